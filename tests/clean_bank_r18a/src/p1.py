"""Justice and courts; environment and natural resources (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# ---- justice, courts, judgment enforcement, legal aid
a("Năm 2024, Tòa án nhân dân huyện thụ lý 1.246 vụ việc các loại, đã giải quyết 1.187 vụ việc, đạt tỷ lệ 95,3%; số còn lại 59 vụ việc đang trong thời hạn giải quyết.",
  ("pct", "1.187", "1.246", "95,3"), ("dif", "1.246", "1.187", "59"))
a("Về án hình sự, Tòa án đã thụ lý 214 vụ với 356 bị cáo; đã xét xử 211 vụ với 349 bị cáo, đạt 98,6% về số vụ và 98,0% về số bị cáo.",
  ("pct", "211", "214", "98,6"), ("pct", "349", "356", "98,0"))
a("Tỷ lệ bản án, quyết định bị hủy do nguyên nhân chủ quan là 0,42%, giảm 0,17 điểm phần trăm so với năm 2023 (0,59%), thấp hơn chỉ tiêu Quốc hội giao là không quá 1,16%.",
  ("dif", "0,59", "0,42", "0,17"), ("lt", "0,42", "1,16"))
a("Trong tổng số 538 vụ việc hôn nhân và gia đình đã giải quyết, hòa giải thành 212 vụ, chiếm 39,4%; trong đó có 47 vụ đoàn tụ.",
  ("pct", "212", "538", "39,4"), ("lt", "47", "212"))
a("Chi cục Thi hành án dân sự thụ lý 2.318 việc, trong đó có điều kiện thi hành 1.952 việc; đã thi hành xong 1.604 việc, đạt 82,2% số việc có điều kiện, vượt 4,2 điểm phần trăm so với chỉ tiêu 78%.",
  ("pct", "1.604", "1.952", "82,2"), ("dif", "82,2", "78", "4,2"), ("lt", "1.952", "2.318"))
a("Về tiền, tổng số phải thi hành là 186,4 tỷ đồng, trong đó có điều kiện 142,7 tỷ đồng; đã thi hành xong 51,3 tỷ đồng, đạt 35,9% số tiền có điều kiện thi hành.",
  ("pct", "51,3", "142,7", "35,9"), ("lt", "142,7", "186,4"))
a("Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã thực hiện 673 vụ việc, trong đó tham gia tố tụng 418 vụ việc, chiếm 62,1%; tư vấn pháp luật 255 vụ việc.",
  ("sum", "673", "418", "255"), ("pct", "418", "673", "62,1"))
a("Trong số 418 vụ việc tham gia tố tụng, người được trợ giúp là người dân tộc thiểu số chiếm 126 vụ việc, trẻ em 58 vụ việc và người thuộc hộ nghèo 97 vụ việc; một người có thể thuộc nhiều diện nên các nhóm không cộng gộp.",
  ("lt", "126", "418"), ("lt", "97", "418"))
a("Viện kiểm sát nhân dân huyện thụ lý kiểm sát 97 tin báo, tố giác tội phạm, đã giải quyết 91 tin, đạt 93,8%; tỷ lệ giải quyết vượt 3,8 điểm phần trăm so với yêu cầu 90%.",
  ("pct", "91", "97", "93,8"), ("dif", "93,8", "90", "3,8"))
a("Phòng Tư pháp đã chứng thực 12.486 bản sao từ bản chính và 3.207 chữ ký, tổng cộng 15.693 việc; thu lệ phí 64,7 triệu đồng nộp ngân sách.",
  ("sum", "15.693", "12.486", "3.207"))
a("Trong 6 tháng đầu năm, Ủy ban nhân dân xã đăng ký khai sinh cho 218 trẻ, trong đó đăng ký đúng hạn 211 trường hợp, chiếm 96,8%; đăng ký khai tử 74 trường hợp.",
  ("pct", "211", "218", "96,8"))
a("Toàn huyện có 96 tổ hòa giải ở cơ sở với 583 hòa giải viên, bình quân hơn 6 hòa giải viên mỗi tổ; năm 2024 các tổ tiếp nhận 142 vụ việc, hòa giải thành 121 vụ việc, đạt 85,2%.",
  ("div", "583", "96", "6"), ("pct", "121", "142", "85,2"))
a("Trong 142 vụ việc tiếp nhận, ngoài 121 vụ hòa giải thành, có 14 vụ hòa giải không thành, các bên đã được hướng dẫn đến cơ quan có thẩm quyền; 7 vụ việc còn lại đang tiếp tục hòa giải.",
  ("sum", "142", "121", "14", "7"))
a("Phiên tòa xét xử lưu động vụ án cố ý gây thương tích diễn ra từ 08 giờ đến 11 giờ 30 phút ngày 16/5/2024, kéo dài 210 phút, thu hút khoảng 350 người dân theo dõi.",
  ("tm", "08", "=00", "11", "30", "210"))
a("Tòa án đã tổ chức 26 phiên tòa rút kinh nghiệm, vượt 30% so với chỉ tiêu 20 phiên; trong đó 9 phiên tòa trực tuyến.",
  ("gro", "26", "20", "30"), ("lt", "9", "26"))
a("Tổng số án dân sự tồn chuyển sang năm 2025 là 148 việc, giảm 37 việc so với số tồn chuyển sang năm 2024 (185 việc), tương ứng giảm 20%.",
  ("dif", "185", "148", "37"), ("dec", "148", "185", "20"))
a("Phiên họp giải quyết việc dân sự được mở vào ngày 19 và 20/8/2024 tại trụ sở Tòa án nhân dân tỉnh; sau 2 ngày làm việc, Hội đồng đã ra quyết định công nhận thỏa thuận của các đương sự.",
  ("dys", "=19/8/2024", "20/8/2024", "2"))
a("Sở Tư pháp đã thẩm định 48 dự thảo văn bản quy phạm pháp luật, gồm 11 dự thảo nghị quyết của Hội đồng nhân dân và 37 dự thảo quyết định của Ủy ban nhân dân tỉnh.",
  ("sum", "48", "11", "37"))
a("Thời gian giải quyết bình quân một hồ sơ lý lịch tư pháp rút ngắn từ 10 ngày xuống còn 6 ngày, giảm 40%; số phiếu cấp qua mạng chiếm 71,5% trong tổng số 4.386 phiếu.",
  ("dec", "6", "10", "40"), ("mul", "4.386", "=0,715", "=3.136"))
a("Kết quả cưỡng chế thi hành án năm 2024: tổ chức 17 cuộc cưỡng chế, trong đó 12 cuộc cưỡng chế giao nhà, đất và 5 cuộc kê biên tài sản; không để xảy ra sự cố.",
  ("sum", "17", "12", "5"))

# ---- environment and natural resources
a("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96,4%, vượt 1,4 điểm phần trăm so với chỉ tiêu 95%; ở khu vực nông thôn đạt 78,6%.",
  ("dif", "96,4", "95", "1,4"))
a("Bình quân mỗi ngày trên địa bàn huyện phát sinh khoảng 86,5 tấn chất thải rắn sinh hoạt, đã thu gom 79,2 tấn, đạt 91,6%; phần còn lại 7,3 tấn được các hộ tự xử lý tại chỗ.",
  ("pct", "79,2", "86,5", "91,6"), ("dif", "86,5", "79,2", "7,3"))
a("Tỷ lệ che phủ rừng năm 2024 đạt 42,36%, tăng 0,21 điểm phần trăm so với năm 2023; diện tích rừng trồng mới tập trung đạt 1.284 ha, bằng 107% kế hoạch 1.200 ha.",
  ("pct", "1.284", "1.200", "107"), ("dif", "42,36", "=42,15", "0,21"))
a("Trong năm xảy ra 4 vụ cháy rừng với tổng diện tích thiệt hại 6,8 ha, giảm 3 vụ và 5,1 ha so với năm trước (7 vụ, 11,9 ha).",
  ("dif", "7", "4", "3"), ("dif", "11,9", "6,8", "5,1"))
a("Lực lượng kiểm lâm đã phát hiện, xử lý 63 vụ vi phạm Luật Lâm nghiệp, giảm 12 vụ so với cùng kỳ (75 vụ), tương ứng giảm 16%; tịch thu 18,6 m3 gỗ các loại.",
  ("dif", "75", "63", "12"), ("dec", "63", "75", "16"))
a("Sở Tài nguyên và Môi trường đã thẩm định 27 hồ sơ đánh giá tác động môi trường, cấp 41 giấy phép môi trường; thời gian giải quyết bình quân 19 ngày, ngắn hơn 11 ngày so với quy định 30 ngày.",
  ("dif", "30", "19", "11"))
a("Qua kiểm tra 58 cơ sở sản xuất, kinh doanh, phát hiện 14 cơ sở vi phạm, chiếm 24,1%; đã xử phạt vi phạm hành chính tổng số tiền 1.265 triệu đồng, bình quân 90,4 triệu đồng mỗi cơ sở vi phạm.",
  ("pct", "14", "58", "24,1"), ("div", "1.265", "14", "90,4"))
a("Mẫu nước mặt tại 12 điểm quan trắc trên sông Cầu có 10 điểm đạt quy chuẩn cột B1, chiếm 83,3%; 2 điểm còn lại vượt ngưỡng chỉ tiêu amoni từ 1,2 đến 1,6 lần.",
  ("pct", "10", "12", "83,3"), ("dif", "12", "10", "2"))
a("Chỉ số chất lượng không khí (VN_AQI) trung bình năm tại trạm quan trắc tự động là 68, ở mức trung bình; số ngày có chỉ số trên 100 là 23 ngày, chiếm 6,3% số ngày trong năm 2024.",
  ("pct", "23", "=366", "6,3"))
a("Tỷ lệ dân cư nông thôn sử dụng nước sạch đáp ứng quy chuẩn đạt 61,8%, tăng 4,7 điểm phần trăm so với đầu nhiệm kỳ (57,1%); dân cư đô thị sử dụng nước sạch từ hệ thống cấp nước tập trung đạt 98,2%.",
  ("dif", "61,8", "57,1", "4,7"))
a("Tổng thu tiền cấp quyền khai thác khoáng sản năm 2024 đạt 38,6 tỷ đồng, bằng 128,7% dự toán 30 tỷ đồng và tăng 12,5% so với cùng kỳ năm trước.",
  ("pct", "38,6", "30", "128,7"), ("gro", "38,6", "=34,31", "12,5"))
a("Toàn tỉnh có 34 giấy phép khai thác khoáng sản còn hiệu lực, trong đó 21 giấy phép khai thác đá xây dựng, 9 giấy phép khai thác cát lòng sông và 4 giấy phép khai thác đất san lấp.",
  ("sum", "34", "21", "9", "4"))
a("Có 142/168 cơ sở sản xuất có phát sinh nước thải lớn đã lắp đặt hệ thống quan trắc tự động, đạt 84,5%; 26 cơ sở còn lại được yêu cầu hoàn thành trước ngày 31/12/2025.",
  ("pct", "142", "168", "84,5"), ("dif", "168", "142", "26"))
a("Mô hình phân loại rác tại nguồn được nhân rộng ra 37/52 thôn, tổ dân phố, đạt 71,2%; bình quân mỗi thôn có 64 hộ tham gia, tổng cộng 2.368 hộ.",
  ("pct", "37", "52", "71,2"), ("div", "2.368", "37", "64"))
a("Lượng rác thải nhựa thu hồi sau chiến dịch “Chủ nhật xanh” ngày 09/6/2024 là 3,84 tấn, gấp 1,6 lần so với đợt ra quân năm 2023 (2,4 tấn).",
  ("wd", "09/6/2024", "=6"), ("div", "3,84", "2,4", "1,6"))
a("Kinh phí sự nghiệp môi trường năm 2024 là 24,8 tỷ đồng, đã giải ngân đến ngày 30/9 là 15,6 tỷ đồng, đạt 62,9% kế hoạch năm; số còn lại 9,2 tỷ đồng tập trung cho thu gom, vận chuyển rác thải.",
  ("pct", "15,6", "24,8", "62,9"), ("dif", "24,8", "15,6", "9,2"))
a("Dự án đóng cửa bãi rác Đồng Xoài có tổng diện tích 4,75 ha, đã hoàn thành phủ lớp đất và trồng cây xanh trên 3,8 ha, đạt 80%; phần diện tích còn lại 0,95 ha sẽ hoàn thành trong quý II/2025.",
  ("pct", "3,8", "4,75", "80"), ("dif", "4,75", "3,8", "0,95"))
a("Hai lò đốt rác sinh hoạt của xã Tân Phú và xã Tân Lập có công suất lần lượt 12 tấn/ngày và 8 tấn/ngày; riêng lò của xã Tân Lập mới vận hành đạt 75% công suất, tức khoảng 6 tấn/ngày.",
  ("mul", "8", "=0,75", "6"), ("pct", "6", "8", "75"))
a("Tỷ lệ đất có rừng đã cấp giấy chứng nhận cho hộ gia đình, cá nhân đạt 88,4%; diện tích được giao mới trong năm là 216,5 ha cho 143 hộ, bình quân 1,51 ha mỗi hộ.",
  ("div", "216,5", "143", "1,51"))
a("Trong tháng cao điểm “Ngày Môi trường thế giới 5/6”, từ ngày 01 đến 30/6/2024, các đoàn thể đã tổ chức 46 đợt ra quân, thu hút 5.820 lượt người tham gia.",
  ("dys", "=01/6/2024", "30/6/2024", "=30"))
