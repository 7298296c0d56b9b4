"""Party cells, Party committees: minutes and reports (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Chi bộ có 27 đảng viên, trong đó 4 đảng viên được miễn sinh hoạt; dự họp 21/23 đồng chí phải sinh hoạt, vắng 2 đồng chí có lý do.",
  ("dif", "27", "4", "23"), ("dif", "23", "21", "2"))
a("Kết quả biểu quyết: 21/21 đồng chí dự họp tán thành, đạt 100% số đảng viên có mặt và bằng 77,8% tổng số đảng viên của chi bộ.",
  ("pct", "21", "21", "100"), ("pct", "21", "=27", "77,8"))
a("Đảng bộ xã hiện có 412 đảng viên sinh hoạt tại 19 chi bộ trực thuộc; năm 2025 kết nạp 18 đảng viên mới, đạt 120% chỉ tiêu, trong đó 7 đảng viên nữ, 5 đảng viên là người dân tộc thiểu số và 11 đảng viên là đoàn viên thanh niên.",
  ("pct", "18", "=15", "120"), ("lt", "11", "18"), ("lt", "7", "18"))
a("Số đảng viên nữ trong số mới kết nạp và số đảng viên là đoàn viên có thể trùng nhau, vì vậy 7 đảng viên nữ và 11 đoàn viên không cộng thành tổng số 18 đồng chí.",
  ("lt", "11", "18"))
a("Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2024: trong số 386 đảng viên được đánh giá, có 58 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 15,0%; 309 đồng chí hoàn thành tốt nhiệm vụ, chiếm 80,1%; 17 đồng chí hoàn thành nhiệm vụ và 2 đồng chí không hoàn thành nhiệm vụ.",
  ("sum", "386", "58", "309", "17", "2"), ("pct", "58", "386", "15,0"), ("pct", "309", "386", "80,1"))
a("Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ không quá 20% số đảng viên hoàn thành tốt nhiệm vụ trở lên; năm nay chi bộ đề nghị 6 đồng chí, bằng 19,4% số 31 đảng viên được xếp loại từ hoàn thành tốt trở lên.",
  ("pct", "6", "31", "19,4"), ("lt", "19,4", "20"))
a("Đảng bộ có 412 đảng viên; số đảng viên được đánh giá, xếp loại là 386 đồng chí, không tính 26 đảng viên miễn đánh giá do tuổi cao, sức yếu hoặc mới kết nạp chưa đủ 6 tháng.",
  ("dif", "412", "386", "26"))
a("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 12 có 31/33 đồng chí ủy viên dự; nghị quyết được thông qua với 30 phiếu tán thành, 1 phiếu không tán thành, đạt 90,9% tổng số ủy viên Ban Chấp hành.",
  ("sum", "31", "30", "1"), ("pct", "30", "33", "90,9"))
a("Tại buổi sinh hoạt có 2 đại biểu khách mời của Đảng ủy cấp trên và Mặt trận dự theo dõi, không tham gia biểu quyết; chi bộ có 15 đảng viên, dự họp 13 đồng chí, biểu quyết tán thành 13/13.",
  ("pct", "13", "13", "=100"), ("lt", "13", "15"))
a("Sáu tháng đầu năm 2025, Đảng bộ phường kết nạp 23 đảng viên mới, đạt 46% chỉ tiêu năm (50 đảng viên); 6 tháng cuối năm phấn đấu kết nạp thêm ít nhất 27 đảng viên.",
  ("pct", "23", "50", "46"), ("dif", "50", "23", "27"))
a("Công tác thu, nộp đảng phí năm 2024 đạt 186,4 triệu đồng, tăng 12,3 triệu đồng so với năm 2023 (174,1 triệu đồng), tức tăng 7,1%; trích giữ lại tại chi bộ 30% là 55,92 triệu đồng.",
  ("dif", "186,4", "174,1", "12,3"), ("gro", "186,4", "174,1", "7,1"), ("mul", "186,4", "=0,3", "55,92"))
a("Ủy ban Kiểm tra Đảng ủy xã đã kiểm tra 6 tổ chức đảng và 14 đảng viên khi có dấu hiệu vi phạm; kết luận 3/6 tổ chức và 9/14 đảng viên có vi phạm, trong đó 4 đảng viên phải thi hành kỷ luật.",
  ("lt", "3", "6"), ("lt", "4", "9"), ("lt", "9", "14"))
a("Năm 2024, có 18/19 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt 94,7%, trong đó 4 chi bộ hoàn thành xuất sắc nhiệm vụ; 1 chi bộ hoàn thành nhiệm vụ.",
  ("pct", "18", "19", "94,7"), ("sum", "19", "18", "1"), ("lt", "4", "18"))
a("Chi bộ thôn Đông có 34 đảng viên, chi bộ thôn Tây có 29 đảng viên; tại kỳ sinh hoạt tháng 5, thôn Đông dự 30/34, thôn Tây dự 27/29, tỷ lệ tham dự lần lượt là 88,2% và 93,1%.",
  ("pct", "30", "34", "88,2"), ("pct", "27", "29", "93,1"))
a("Đại hội Chi bộ Trường Tiểu học Hòa Bình nhiệm kỳ 2025-2027 được triệu tập 17 đảng viên, có mặt 16 đồng chí; bầu chi ủy với 16 phiếu phát ra, 16 phiếu thu về, đều hợp lệ.",
  ("dif", "17", "16", "=1"))
a("Kết quả bầu Bí thư chi bộ: đồng chí Lê Thị Hạnh trúng cử với 15/16 phiếu hợp lệ, đạt 93,75%; đồng chí Ngô Văn Bình trúng cử Phó Bí thư với 14/16 phiếu, đạt 87,5%.",
  ("pct", "15", "16", "93,75"), ("pct", "14", "16", "87,5"))
a("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 có 150 đại biểu được triệu tập, 148 đại biểu có mặt; bầu Ban Chấp hành 21 đồng chí, số phiếu phát ra 148, thu về 148, hợp lệ 147.",
  ("dif", "150", "148", "=2"), ("dif", "148", "147", "=1"))
a("Người trúng cử có số phiếu thấp nhất đạt 96 phiếu, bằng 65,3% số phiếu hợp lệ và 64,0% số đại biểu được triệu tập; người cao nhất đạt 145 phiếu, bằng 98,6% số phiếu hợp lệ.",
  ("pct", "96", "=147", "65,3"), ("pct", "96", "=150", "64,0"), ("pct", "145", "=147", "98,6"))
a("Đại biểu dự Đại hội có 148 người, trong đó 41 đại biểu nữ (27,7%), 12 đại biểu là người dân tộc thiểu số (8,1%), 19 đại biểu dưới 35 tuổi (12,8%); các nhóm đan xen nhau nên tổng không bằng 148.",
  ("pct", "41", "148", "27,7"), ("pct", "12", "148", "8,1"), ("pct", "19", "148", "12,8"))
a("Ban Chấp hành khóa mới có 21 đồng chí, trong đó 5 đồng chí nữ, chiếm 23,8%; 3 đồng chí trẻ tuổi, chiếm 14,3%; 6 đồng chí tham gia lần đầu, chiếm 28,6%.",
  ("pct", "5", "21", "23,8"), ("pct", "3", "21", "14,3"), ("pct", "6", "21", "28,6"))
a("Trong 3 đồng chí trẻ tuổi có 2 đồng chí nữ, nên 5 ủy viên nữ và 3 ủy viên trẻ tuổi chỉ gồm 6 người.",
  ("sum", "=6", "5", "3", "=-2"))
a("Chỉ tiêu kết nạp đảng viên giai đoạn 2020-2025 là 100 đảng viên; đến hết tháng 9/2025 đã kết nạp 104 đảng viên, vượt 4% chỉ tiêu nhiệm kỳ.",
  ("gro", "104", "100", "4"))
a("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt từ 90% trở lên; năm 2024 đạt 91,7% (22/24 tổ chức), năm 2023 đạt 87,5% (21/24).",
  ("pct", "22", "24", "91,7"), ("pct", "21", "24", "87,5"), ("ge", "91,7", "90"))
a("Tính đến ngày 15/11/2025, đã trao Huy hiệu Đảng cho 46 đồng chí, gồm 2 đồng chí 75 năm tuổi Đảng, 5 đồng chí 65 năm, 11 đồng chí 55 năm, 12 đồng chí 45 năm, 16 đồng chí 40 năm và 30 năm.",
  ("sum", "46", "2", "5", "11", "12", "16"))
a("Chi bộ thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII; đến nay 9/10 nội dung đã hoàn thành, 1 nội dung đang thực hiện.",
  ("sum", "10", "9", "1"))
a("Đồng chí Bí thư chi bộ thông báo: Đảng ủy xã giao chỉ tiêu thu ngân sách 2,46 tỷ đồng; sau 6 tháng đã thu 1,18 tỷ đồng, đạt 48% kế hoạch năm, bằng 104,4% so với cùng kỳ.",
  ("pct", "1,18", "2,46", "48"), ("pct", "1,18", "=1,13", "104,4"))
a("Năm 2025 có 2 đảng viên bị xóa tên do bỏ sinh hoạt, giảm 1 trường hợp so với năm trước; không có đảng viên bị khai trừ.",
  ("dif", "=3", "2", "1"))
a("Tổng số đảng viên của Đảng bộ đến 31/12/2025 là 438 đồng chí, tăng 26 đồng chí so với đầu năm (412), do kết nạp 18, chuyển đến 14, chuyển đi 3, từ trần 1 và xóa tên 2.",
  ("dif", "438", "412", "26"), ("sum", "26", "18", "14", "=-3", "=-1", "=-2"))
a("Đảng ủy phường tổ chức 4 lớp bồi dưỡng nhận thức về Đảng cho 186 quần chúng ưu tú, bình quân 46,5 học viên mỗi lớp; 181 học viên được cấp giấy chứng nhận, đạt 97,3%.",
  ("div", "186", "4", "46,5"), ("pct", "181", "186", "97,3"))
a("Kỳ họp HĐND xã lấy phiếu tín nhiệm: 28/31 đại biểu có mặt bỏ phiếu; đồng chí Chủ tịch UBND xã có 22 phiếu tín nhiệm cao, bằng 78,6% số phiếu.",
  ("pct", "22", "28", "78,6"))
a("Tỷ lệ phiếu tín nhiệm thấp của các chức danh đều dưới 10%, cao nhất là 2/28 phiếu, bằng 7,1%.",
  ("pct", "2", "28", "7,1"), ("lt", "7,1", "10"))
a("Đảng ủy đề ra 24 chỉ tiêu nhiệm kỳ 2020-2025, đến nay có 19 chỉ tiêu đạt và vượt, chiếm 79,2%; 3 chỉ tiêu cơ bản đạt và 2 chỉ tiêu chưa đạt.",
  ("sum", "24", "19", "3", "2"), ("pct", "19", "24", "79,2"))
a("Trong 19 chỉ tiêu đạt và vượt, có 8 chỉ tiêu vượt trên 10% so với nghị quyết; các chỉ tiêu vượt nằm trong số 19, không cộng thêm.",
  ("lt", "8", "19"))
a("Năm 2025, chi bộ đạt 12 buổi sinh hoạt thường kỳ và 4 buổi sinh hoạt chuyên đề; bình quân mỗi quý 1 buổi chuyên đề và 3 buổi thường kỳ.",
  ("div", "12", "=4", "3"), ("div", "4", "=4", "1"))
a("Quỹ chi bộ tồn đầu kỳ 4,35 triệu đồng, thu trong tháng 1,2 triệu đồng, chi 0,85 triệu đồng, tồn cuối kỳ 4,7 triệu đồng.",
  ("sum", "=5,55", "4,35", "1,2"), ("dif", "=5,55", "0,85", "4,7"))
a("Đảng bộ có 7 chi bộ thôn và 5 chi bộ cơ quan, trường học; 6/7 chi bộ thôn và 5/5 chi bộ cơ quan có chi ủy, tổng cộng 11/12 chi bộ có chi ủy.",
  ("sum", "12", "7", "5"), ("sum", "11", "6", "5"))
a("Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025), Đảng ủy xã tổ chức gặp mặt 46 đảng viên được trao Huy hiệu Đảng đợt 3/2.",
  ("dif", "2025", "1930", "95"))
a("Hội nghị sơ kết 6 tháng diễn ra vào sáng thứ Năm, ngày 10/7/2025, từ 7 giờ 30 đến 11 giờ 15, với 41/45 đại biểu được mời có mặt.",
  ("wd", "10/7/2025", "=3"), ("tm", "7", "30", "11", "15", "=225"), ("lt", "41", "45"))
a("Số đảng viên được miễn công tác và sinh hoạt đảng là 37 đồng chí, chiếm 9% tổng số 412 đảng viên; đây không phải là đảng viên vắng mặt.",
  ("pct", "37", "412", "9"))
a("Năm 2024, Ủy ban Kiểm tra giám sát 15 đảng viên, trong đó 4 đồng chí là cấp ủy viên; giám sát 5 tổ chức đảng, đạt 100% kế hoạch giám sát năm.",
  ("lt", "4", "15"))
a("Đảng bộ có 19 chi bộ, mỗi tháng chi bộ sinh hoạt một lần; cấp ủy cấp trên dự sinh hoạt tại 57 buổi trong năm, bình quân 3 buổi mỗi chi bộ.",
  ("div", "57", "19", "3"))
a("Đến 30/6/2025, có 392 đảng viên cài đặt ứng dụng Sổ tay đảng viên điện tử, đạt 95,1% tổng số đảng viên (412); số đảng viên cao tuổi chưa sử dụng là 20 đồng chí.",
  ("pct", "392", "412", "95,1"), ("dif", "412", "392", "20"))
a("Chi bộ giới thiệu 3 quần chúng ưu tú, trong đó có 2 đoàn viên; Đoàn xã giới thiệu 14 đoàn viên ưu tú cho 9 chi bộ, trong đó chi bộ thôn Đông nhận 3 đoàn viên.",
  ("lt", "2", "3"), ("lt", "3", "14"))
a("Ý kiến thảo luận: 9 đồng chí phát biểu, tập trung vào công tác phát triển đảng viên, thu ngân sách và giải phóng mặt bằng; 3 ý kiến đề nghị bổ sung vào nghị quyết.",
  ("lt", "3", "9"))
a("Nghị quyết số 05-NQ/ĐU ngày 14/01/2025 của Đảng ủy xã đặt mục tiêu tỷ lệ hộ nghèo giảm còn dưới 2,5%; cuối năm 2025 tỷ lệ hộ nghèo còn 2,31%, giảm 0,87 điểm phần trăm so với đầu năm (3,18%).",
  ("dif", "3,18", "2,31", "0,87"), ("lt", "2,31", "2,5"))
a("Kết luận hội nghị, đồng chí Bí thư Đảng ủy đề nghị các chi bộ hoàn thành đại hội trước ngày 30/4/2025, tức trong vòng 89 ngày kể từ ngày 01/02/2025.",
  ("dys", "01/02/2025", "30/4/2025", "=89"))
a("Chi bộ có 13 đảng viên chính thức và 2 đảng viên dự bị; 2 đảng viên dự bị không biểu quyết việc công nhận đảng viên chính thức, nên số biểu quyết là 13/13 tán thành.",
  ("sum", "=15", "13", "2"))
a("Năm 2025, Đảng ủy xã kết nạp 18 đảng viên, xét công nhận chính thức 15 đảng viên dự bị; 15 đồng chí này được kết nạp năm 2024, không tính vào chỉ tiêu năm 2025.",
  ("lt", "15", "18"))
a("Đồng chí Phó Bí thư thường trực thông tin: đến ngày 20/10/2025, toàn Đảng bộ có 97,8% đảng viên tham gia học tập nghị quyết (403/412), trong đó có 326 đồng chí học trực tuyến.",
  ("pct", "403", "412", "97,8"), ("lt", "326", "403"))
a("Số đảng viên chưa học tập nghị quyết là 9 đồng chí, đều là đảng viên ốm đau dài ngày hoặc đi làm ăn xa có giấy giới thiệu sinh hoạt tạm thời.",
  ("dif", "=412", "=403", "9"))
