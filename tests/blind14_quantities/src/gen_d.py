from gen_a import P,N,T
DOCS={}
# ---------- tin 1: tổng kết đảng bộ xã
DOCS['th01_ea_tar_tong_ket_2026']=('tin_hoi_nghi',[
"Đảng bộ xã Ea Tar tổng kết công tác xây dựng Đảng năm 2026",
"(Cập nhật 09:15, thứ Sáu, 18/12/2026)",
"Ngày 17/12, Đảng ủy xã Ea Tar tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị và nhiệm vụ phát triển kinh tế - xã hội năm 2026. Đồng chí Nguyễn Đình Khương, Phó Bí thư Thường trực Đảng ủy xã chủ trì hội nghị; dự có đại diện Ban Tổ chức Tỉnh ủy và bí thư 27 chi bộ trực thuộc.",
"Theo báo cáo tại hội nghị, năm 2026 Đảng bộ xã kết nạp 47 đảng viên mới, đạt "+P(47,40,1)+"% chỉ tiêu Tỉnh ủy giao (40 đảng viên); 100% chi bộ có nguồn đều phát triển được đảng viên. Thu ngân sách trên địa bàn 21,7 tỷ đồng, đạt "+P(217,200,1)+"% dự toán. Tổng giá trị sản xuất trên địa bàn ước 1.862 tỷ đồng, gấp 1,4 lần năm 2020 (1.216 tỷ đồng). Toàn xã có 35.410/38.600 người tham gia bảo hiểm y tế, đạt tỷ lệ 91,2%.",
"Đánh giá, xếp loại tổ chức đảng năm 2026: trong 27 chi bộ có 6 chi bộ hoàn thành xuất sắc nhiệm vụ, 18 chi bộ hoàn thành tốt nhiệm vụ, 3 chi bộ hoàn thành nhiệm vụ; không có chi bộ không hoàn thành nhiệm vụ. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt "+P(24,27,1)+"%.",
"Cà phê vẫn là cây trồng chủ lực với 4.120 ha, trong đó 1.060 ha đã tái canh; sầu riêng 865 ha, năng suất bình quân 14,5 tấn/ha. Xã có 2 thôn đồng bào dân tộc thiểu số, 4.318 hộ với 19.742 nhân khẩu.",
"Phát biểu chỉ đạo, đồng chí đại diện Ban Tổ chức Tỉnh ủy ghi nhận những kết quả Đảng bộ xã đạt được trong năm đầu tiên vận hành mô hình chính quyền địa phương 2 cấp, đề nghị quan tâm phát triển đảng viên trong doanh nghiệp tư nhân và đoàn viên thanh niên.",
"Kết luận hội nghị, đồng chí Nguyễn Đình Khuông đề nghị các chi bộ tập trung thực hiện 3 nhóm giải pháp: nâng cao chất lượng sinh hoạt chi bộ; rà soát, tạo nguồn phát triển đảng viên năm 2027 với chỉ tiêu từ 45 đảng viên trở lên; đẩy mạnh chuyển đổi số trong công tác đảng.",
"Dịp này, Đảng ủy xã khen thưởng 5 tập thể có thành tích xuất sắc gồm: Chi bộ thôn 3, Chi bộ thôn 7, Chi bộ buôn Ea Kmar, Chi bộ Trường THCS Lê Quý Đôn; đồng thời tặng giấy khen cho 12 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2022-2026) và trao Huy hiệu 40 năm tuổi Đảng cho 3 đồng chí.",
"H'Linh Niê",
],[
("derived-mismatch","gấp 1,4 lần năm 2020","1.862/1.216 ≈ 1,53 lần (khoảng 1,5 lần)"),
("percent-mismatch","đạt tỷ lệ 91,2%","35.410/38.600 = 91,7%"),
("name-inconsistent","Nguyễn Đình Khuông","người chủ trì viết là Nguyễn Đình Khương ở đoạn đầu"),
("count-mismatch","khen thưởng 5 tập thể","chỉ liệt kê 4 tập thể"),
])
# ---------- tin 2: kỳ họp HĐND phường
DOCS['th02_hdnd_phuong_nghi_hai_ky_hop']=('tin_hoi_nghi',[
"HĐND phường Nghi Hải khóa I tổ chức kỳ họp thứ 5",
"Sáng ngày 14/7/2026, Hội đồng nhân dân phường Nghi Hải khóa I, nhiệm kỳ 2026-2031 tổ chức kỳ họp thứ 5 (kỳ họp thường lệ giữa năm). Kỳ họp làm việc trong 01 ngày.",
"Tham dự kỳ họp có 24/27 đại biểu Hội đồng nhân dân phường; vắng 4 đại biểu có lý do. Dự kỳ họp còn có lãnh đạo Đảng ủy, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam phường và đại diện cử tri 11 khối phố.",
"Báo cáo của Ủy ban nhân dân phường cho biết: 6 tháng đầu năm 2026, thu ngân sách trên địa bàn đạt 8,46 tỷ đồng, bằng "+P(846,1530,1)+"% dự toán năm (15,3 tỷ đồng), tăng "+P(846-746,746,1)+"% so với cùng kỳ năm 2025 (7,46 tỷ đồng). Giá trị sản xuất ngành thủy sản ước 214 tỷ đồng; sản lượng khai thác 3.870 tấn, trong đó cá cơm 1.420 tấn. Phường có 6 tàu cá công suất từ 90 CV trở lên được lắp thiết bị giám sát hành trình, đạt 100%.",
"Về văn hóa - xã hội, phường đã chi trả trợ cấp cho 1.106 đối tượng bảo trợ xã hội với tổng kinh phí 2,95 tỷ đồng; tổ chức 48 lớp học bơi cho 1.312 trẻ em. Tỷ lệ hộ nghèo còn 1,06%, hộ cận nghèo 2,3%.",
"Tại kỳ họp, các đại biểu thảo luận sôi nổi. Kỳ họp có 15 ý kiến phát biểu tại hội trường, trong đó 17 ý kiến chất vấn về tiến độ Dự án kè chắn sóng (giai đoạn 2), việc cấp giấy chứng nhận quyền sử dụng đất cho 86 hộ dân khối Hải Bình và tình trạng sạt lở bờ biển dài 1,2 km.",
"Chủ tịch Ủy ban nhân dân phường đã giải trình, làm rõ; cam kết hoàn thành cấp giấy chứng nhận cho 86 hộ trước ngày 30/9/2026.",
"Kỳ họp đã xem xét 6 tờ trình và biểu quyết thông qua 6 nghị quyết quan trọng, trong đó có Nghị quyết điều chỉnh dự toán ngân sách năm 2026 và Nghị quyết về kế hoạch đầu tư công trung hạn.",
"Kỳ họp cũng bầu bổ sung 01 Ủy viên Ủy ban nhân dân phường với 23/24 đại biểu có mặt tán thành, bằng "+P(23,27)+"% tổng số đại biểu Hội đồng nhân dân phường.",
"Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân phường đề nghị Ủy ban nhân dân phường khẩn trương cụ thể hóa, đưa nghị quyết vào cuộc sống. Kỳ họp thứ 5 đã ban hành 7 nghị quyết, kết thúc lúc 17 giờ 30 cùng ngày./.",
"Thu Hà",
],[
("attendance-mismatch","vắng 4 đại biểu có lý do","24 có mặt + 4 vắng = 28 ≠ 27 đại biểu; vắng phải là 3"),
("part-exceeds-whole","trong đó 17 ý kiến chất vấn","17 ý kiến chất vấn > 15 ý kiến phát biểu"),
("figure-inconsistent","ban hành 7 nghị quyết","cùng kỳ họp đã nêu thông qua 6 nghị quyết"),
])
# ---------- tin 3: chi bộ thôn Khe Tâm
DOCS['th03_chibo_thon_khe_tam_so_ket']=('tin_hoi_nghi',[
"Chi bộ thôn Khe Tâm sơ kết năm 2026, bàn chủ trương làm đường liên thôn",
"Tối 28/11/2026, Chi bộ thôn Khe Tâm (Đảng bộ xã Nam Sơn) tổ chức sinh hoạt định kỳ, sơ kết công tác năm 2026 và bàn chủ trương huy động nguồn lực làm đường liên thôn.",
"Chi bộ hiện có 31 đảng viên, trong đó 28 đảng viên chính thức, 3 đảng viên dự bị; không có đảng viên miễn sinh hoạt. Dự sinh hoạt có 25 đồng chí (22 đảng viên chính thức, 3 đảng viên dự bị); vắng 6 đồng chí có lý do (đồng chí Lý Văn Sình, Chíu A Sáng, Tằng Văn Lộc, Bàn Thị Mai, Đặng Văn Hòa), chủ yếu đi làm ăn xa.",
"Theo báo cáo của chi ủy, năm 2026 thôn thu hoạch 312 tấn quế khô, gồm quế vỏ 186 tấn, quế cành 96 tấn và lá quế chưng cất 40 tấn; giá quế vỏ bình quân 38.000 đồng/kg, cao hơn năm 2025 khoảng 4.000 đồng/kg. Kế hoạch trồng rừng năm 2026 là 25 ha, thôn đã trồng được 23,4 ha, đạt "+P(234,250,1)+"%, hoàn thành vượt kế hoạch. Thôn có 164 hộ với 702 nhân khẩu; số hộ nghèo còn 9 hộ, giảm 5 hộ so với đầu năm.",
"Về công tác xây dựng Đảng, chi bộ kết nạp 2 đảng viên mới (đều là đoàn viên thanh niên), chuyển chính thức cho 1 đồng chí; 27/28 đảng viên chính thức được đánh giá hoàn thành nhiệm vụ trở lên.",
"Nội dung được quan tâm nhất là chủ trương làm 2,8 km đường bê tông nối thôn Khe Tâm với thôn Tân Ốc, tổng dự toán 4,2 tỷ đồng; ngân sách hỗ trợ 3,5 tỷ đồng, nhân dân đóng góp 0,7 tỷ đồng bằng tiền và ngày công. Nhiều đảng viên băn khoăn mức đóng góp bình quân hơn 4,2 triệu đồng/hộ là cao so với thu nhập của đồng bào.",
"Kết quả biểu quyết của 22 đảng viên chính thức có mặt: 14 đồng chí tán thành, 6 đồng chí không tán thành, 2 đồng chí có ý kiến khác. Với kết quả này, nghị quyết về chủ trương làm đường đã được chi bộ thông qua; chi ủy sẽ phối hợp với Ban công tác Mặt trận thôn họp dân trước ngày 10/12/2026.",
"Phát biểu tại buổi sinh hoạt, đồng chí Phó Bí thư Đảng ủy xã đề nghị chi bộ chú ý giải thích cho nhân dân, xem xét miễn, giảm đóng góp cho 9 hộ nghèo và 12 hộ cận nghèo.",
"Bàn Văn Thành",
],[
("absentee-count-mismatch","vắng 6 đồng chí có lý do","chỉ nêu tên 5 đồng chí vắng"),
("sum-mismatch","lá quế chưng cất 40 tấn","186 + 96 + 40 = 322 ≠ 312 tấn; phải là 30 tấn"),
("target-status-mismatch","hoàn thành vượt kế hoạch","23,4 < 25 ha (93,6%): chưa hoàn thành kế hoạch"),
("resolution-not-passed","đã được chi bộ thông qua","14 tán thành trên 28 đảng viên chính thức = đúng một nửa, không quá 1/2 (cần ≥ 15): không được thông qua"),
])
# ---------- tin 4: clean, phát triển đảng viên 9 tháng (cấp tỉnh)
DOCS['th04_ket_nap_dang_vien_9_thang']=('tin_hoi_nghi',[
"9 tháng năm 2026: toàn Đảng bộ tỉnh kết nạp 1.386 đảng viên, đạt 69,3% chỉ tiêu",
"Chiều 06/10/2026, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III/2026, đánh giá kết quả phát triển đảng viên 9 tháng và bàn giải pháp 3 tháng cuối năm.",
"Theo báo cáo, 9 tháng năm 2026 toàn Đảng bộ tỉnh kết nạp được 1.386 đảng viên mới, đạt "+P(1386,2000,1)+"% chỉ tiêu năm (2.000 đảng viên), tăng 174 đảng viên ("+P(174,1212,1)+"%) so với cùng kỳ năm 2025 (1.212 đảng viên). So với tổng số đảng viên toàn Đảng bộ đầu năm (86.420 đồng chí), số đảng viên được kết nạp bằng "+P(1386,86420)+"%.",
"Trong số đảng viên mới kết nạp có 412 đảng viên là đoàn viên thanh niên, chiếm "+P(412,1386,1)+"%; 96 đảng viên là người dân tộc thiểu số; 23 đảng viên là chủ doanh nghiệp hoặc người lao động trong doanh nghiệp tư nhân. Quý III riêng có 538 đảng viên được kết nạp, nhiều nhất trong 3 quý.",
"Một số đảng bộ có tỷ lệ kết nạp cao so với chỉ tiêu giao như: Đảng bộ Công an tỉnh (94/100 đảng viên), Đảng bộ Quân sự tỉnh (61/70) và Đảng bộ phường Bắc Sơn (38/40). Tuy nhiên, vẫn còn 17 tổ chức cơ sở đảng chưa kết nạp được đảng viên nào, trong đó 9 chi bộ nông thôn vùng cao và 5 chi bộ doanh nghiệp.",
"Cũng trong 9 tháng, các cấp ủy đã xét công nhận đảng viên chính thức cho 1.127 đồng chí; xóa tên 31 đảng viên và cho ra khỏi Đảng 12 trường hợp; trao Huy hiệu Đảng đợt 2/9 cho 2.046 đảng viên.",
"Hội nghị cũng thông tin: 6 tháng đầu năm, tỷ lệ kết nạp mới đạt 42,4% chỉ tiêu năm (848 đảng viên); như vậy quý III đã có bước chuyển biến rõ nét.",
"Phát biểu chỉ đạo, đồng chí Trưởng Ban Tổ chức Tỉnh ủy yêu cầu các cấp ủy rà soát nguồn, phấn đấu 3 tháng cuối năm kết nạp thêm ít nhất "+N(2000-1386)+" đảng viên để hoàn thành chỉ tiêu; xem kết quả phát triển đảng viên là một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng cuối năm.",
"Dịp này, hội nghị dành 15 phút để quán triệt Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng liên quan đến thủ tục kết nạp.",
"Minh Khôi",
],[])
# ---------- tin 5: clean, kết quả bầu cử tại xã
DOCS['th05_ket_qua_bau_cu_xa_son_thuy']=('tin_hoi_nghi',[
"Xã Sơn Thủy: 99,87% cử tri đi bầu cử",
"Ngày 17/3/2026, Ủy ban bầu cử xã Sơn Thủy họp công bố kết quả bầu cử đại biểu Hội đồng nhân dân xã khóa I, nhiệm kỳ 2026-2031, sau cuộc bầu cử ngày 15/3/2026.",
"Theo đó, toàn xã có 18.420 cử tri trong danh sách, chia thành 14 khu vực bỏ phiếu; có 18.396 cử tri đã tham gia bỏ phiếu, đạt tỷ lệ "+P(18396,18420)+"%. Trong đó, 6 khu vực bỏ phiếu có 100% cử tri đi bầu; 24 cử tri không tham gia bỏ phiếu chủ yếu là người đi làm ăn xa không về kịp. Số cử tri lần đầu tham gia bỏ phiếu là 1.215 người, phần lớn là đoàn viên thanh niên.",
"Tổng số phiếu thu vào 18.396 phiếu; số phiếu hợp lệ 18.372 phiếu, chiếm "+P(18372,18396)+"%; số phiếu không hợp lệ 24 phiếu.",
"Xã được bầu 30 đại biểu Hội đồng nhân dân tại 6 đơn vị bầu cử (các đơn vị số 1, 2 và 4 mỗi đơn vị bầu 6 đại biểu; 3 đơn vị còn lại mỗi đơn vị bầu 4 đại biểu), số người ứng cử là 50 người; ở mọi đơn vị, số người ứng cử nhiều hơn số đại biểu được bầu ít nhất 2 người. Kết quả, 30 người đã trúng cử, trong đó 9 đại biểu nữ (30%), 4 đại biểu là người dân tộc thiểu số, 6 đại biểu dưới 40 tuổi và 21 đại biểu tái cử. Người có số phiếu cao nhất đạt "+P(14872,18372)+"% số phiếu hợp lệ (14.872 phiếu); người trúng cử có số phiếu thấp nhất đạt "+P(12930,18372)+"% (12.930 phiếu).",
"Cũng tại khu vực bỏ phiếu số 3, tổ bầu cử kết thúc kiểm phiếu lúc 22 giờ 40 phút cùng ngày, sớm nhất trong toàn xã; khu vực bỏ phiếu số 11 kết thúc muộn nhất lúc 2 giờ 15 phút ngày 16/3/2026 do có nhiều cử tri nhất (1.604 cử tri).",
"Ủy ban bầu cử xã đề nghị các tổ bầu cử hoàn thiện hồ sơ, bàn giao tài liệu về Ủy ban nhân dân xã; đại biểu trúng cử chuẩn bị cho kỳ họp thứ nhất Hội đồng nhân dân xã khóa I, dự kiến tổ chức vào cuối tháng 3/2026. Công tác bầu cử diễn ra an toàn, dân chủ, đúng luật; không có khiếu nại, tố cáo.",
"Cùng ngày, Ủy ban bầu cử xã cũng thông tin kết quả tại địa bàn đối với cuộc bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân tỉnh, được tổng hợp gửi Ủy ban bầu cử tỉnh theo quy định./.",
"Hoài Phương",
],[])
