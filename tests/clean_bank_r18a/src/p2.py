"""Tourism; trade and markets (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# ---- tourism
a("Năm 2024, toàn tỉnh đón và phục vụ 4,82 triệu lượt khách du lịch, tăng 14,2% so với cùng kỳ, đạt 107,1% kế hoạch năm; trong đó khách quốc tế đạt 318 nghìn lượt.",
  ("pct", "4,82", "=4,5", "107,1"), ("gro", "4,82", "=4,22", "14,2"), ("lt", "318", "=4820"))
a("Tổng thu từ khách du lịch ước đạt 6.845 tỷ đồng, tăng 18,6% so với năm 2023 (5.772 tỷ đồng), đạt 104,5% kế hoạch.",
  ("gro", "6.845", "5.772", "18,6"), ("pct", "6.845", "=6.550", "104,5"))
a("Sáu tháng đầu năm, lượng khách lưu trú đạt 1,16 triệu lượt, bằng 52,7% kế hoạch năm 2,2 triệu lượt; số ngày lưu trú bình quân 1,8 ngày/khách.",
  ("pct", "1,16", "2,2", "52,7"))
a("Trong dịp nghỉ lễ 30/4 và 01/5 kéo dài 5 ngày, từ ngày 27/4 đến 01/5/2024, các khu, điểm du lịch đón 186.400 lượt khách, doanh thu ước 214,5 tỷ đồng, bình quân khoảng 1,15 triệu đồng mỗi lượt khách.",
  ("dys", "=27/4/2024", "=01/5/2024", "5"), ("div", "214,5", "=186,4", "=1,151"), ("rnd", "=1,1508", "1,15"))
a("Toàn tỉnh có 628 cơ sở lưu trú với 11.942 buồng, trong đó 47 khách sạn được xếp hạng từ 3 đến 5 sao với 4.105 buồng, chiếm 34,4% tổng số buồng.",
  ("pct", "4.105", "11.942", "34,4"), ("lt", "47", "628"))
a("Công suất sử dụng buồng bình quân năm đạt 58,3%, tăng 6,1 điểm phần trăm so với năm trước; riêng tháng 7 đạt 81,6%.",
  ("dif", "58,3", "=52,2", "6,1"))
a("Khu du lịch quốc gia Mộc Châu đón 1,37 triệu lượt khách, chiếm 28,4% tổng lượng khách của tỉnh; khách quốc tế đến khu du lịch là 42.600 lượt.",
  ("pct", "1,37", "=4,82", "28,4"))
a("Lễ hội Hoa ban năm 2025 diễn ra từ 14-15/3, thu hút khoảng 35.000 lượt khách; trong 2 ngày diễn ra lễ hội, tổng thu du lịch ước đạt 42 tỷ đồng, bình quân 1,2 triệu đồng mỗi lượt khách.",
  ("dys", "=14/3/2025", "=15/3/2025", "2"), ("div", "42", "=35", "1,2"))
a("Đến nay, tỉnh có 14 điểm du lịch cộng đồng được công nhận, tăng 5 điểm so với đầu nhiệm kỳ; 96 hộ kinh doanh dịch vụ lưu trú tại nhà dân (homestay), bình quân gần 7 hộ mỗi điểm.",
  ("dif", "14", "=9", "5"), ("div", "96", "14", "7"))
a("Doanh thu từ khách quốc tế đạt 1.126 tỷ đồng, chiếm 16,4% tổng thu du lịch; mức chi tiêu bình quân của một lượt khách quốc tế khoảng 3,54 triệu đồng, gấp hơn 2 lần khách nội địa.",
  ("pct", "1.126", "=6.845", "16,4"), ("div", "=1126000", "=318000", "3,54"))
a("Sở Văn hóa, Thể thao và Du lịch đã cấp mới 23 thẻ hướng dẫn viên du lịch quốc tế và 41 thẻ hướng dẫn viên nội địa, nâng tổng số hướng dẫn viên được cấp thẻ lên 412 người.",
  ("sum", "=64", "23", "41"))
a("Tuần Văn hóa - Du lịch biển được tổ chức từ ngày 19 đến 25/6/2024, gồm 7 ngày với 18 hoạt động, trong đó có 5 hoạt động thể thao trên biển.",
  ("dys", "=19/6/2024", "25/6/2024", "7"), ("lt", "5", "18"))
a("Tàu du lịch đường thủy tuyến Tam Cốc - Bích Động phục vụ 2.494 chuyến trong tháng 2, bình quân 86 chuyến mỗi ngày; tháng 2/2024 có 29 ngày.",
  ("div", "2.494", "29", "86"))
a("Giá vé tham quan tại 6 di tích do tỉnh quản lý được điều chỉnh từ 30.000 đồng lên 40.000 đồng/lượt, tăng 33,3%; người cao tuổi và học sinh được giảm 50%, tức còn 20.000 đồng/lượt.",
  ("gro", "40.000", "30.000", "33,3"), ("mul", "40.000", "=0,5", "20.000"))
a("Sau 9 tháng, đường bay Đà Lạt - Bangkok khai thác 156 chuyến với 24.180 lượt hành khách, bình quân 155 khách mỗi chuyến.",
  ("div", "24.180", "156", "155"))
a("Khu di tích đón 812.000 lượt khách, trong đó 96.000 lượt khách quốc tế, chiếm 11,8%; số còn lại 716.000 lượt là khách trong nước.",
  ("pct", "96.000", "812.000", "11,8"), ("dif", "812.000", "96.000", "716.000"))
a("Năm 2024 tỉnh tổ chức 3 đoàn khảo sát, xúc tiến du lịch tại Hàn Quốc, Nhật Bản và Thái Lan; tổng kinh phí 1,86 tỷ đồng, bình quân 620 triệu đồng mỗi đoàn.",
  ("div", "=1.860", "3", "620"))
a("Tỷ lệ lấp đầy phòng của khách sạn Sông Hàn trong quý III đạt 92,4%, cao hơn 14,7 điểm phần trăm so với khách sạn Biển Xanh cùng địa bàn (77,7%).",
  ("dif", "92,4", "77,7", "14,7"))
a("Kế hoạch đặt ra cho giai đoạn 2021-2025 là đón 20 triệu lượt khách; sau 4 năm đã đón 17,3 triệu lượt, đạt 86,5%, năm 2025 cần đón thêm ít nhất 2,7 triệu lượt.",
  ("pct", "17,3", "20", "86,5"), ("dif", "20", "17,3", "2,7"))

# ---- trade, markets, prices
a("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2024 ước đạt 68.452 tỷ đồng, tăng 10,8% so với năm trước, đạt 101,4% kế hoạch.",
  ("gro", "68.452", "=61.780", "10,8"), ("pct", "68.452", "=67.500", "101,4"))
a("Kim ngạch xuất khẩu 11 tháng đạt 2.146 triệu USD, bằng 95,4% kế hoạch năm; riêng tháng 11 đạt 218 triệu USD, tăng 9,5% so với cùng kỳ.",
  ("pct", "2.146", "=2.250", "95,4"), ("gro", "218", "=199,1", "9,5"))
a("Kim ngạch nhập khẩu năm 2024 đạt 1.528 triệu USD, giảm 4,2% so với năm 2023; cán cân thương mại xuất siêu 812 triệu USD, gấp 1,5 lần năm trước.",
  ("dec", "1.528", "=1.595", "4,2"), ("dif", "=2.340", "1.528", "812"))
a("Trong cơ cấu hàng xuất khẩu, nhóm hàng dệt may chiếm 38,6%, gỗ và sản phẩm gỗ chiếm 21,3%, thủy sản chiếm 12,4%; các nhóm hàng còn lại chiếm 27,7%.",
  ("sum", "=100", "38,6", "21,3", "12,4", "27,7"))
a("Chỉ số giá tiêu dùng (CPI) bình quân năm 2024 tăng 3,62% so với năm 2023, thấp hơn mục tiêu kiểm soát lạm phát dưới 4,5%.",
  ("lt", "3,62", "4,5"))
a("Toàn huyện có 24 chợ, gồm 1 chợ hạng I, 5 chợ hạng II và 18 chợ hạng III; đã chuyển đổi mô hình quản lý 9 chợ, đạt 37,5% tổng số chợ.",
  ("sum", "24", "1", "5", "18"), ("pct", "9", "24", "37,5"))
a("Chợ trung tâm xã có 212 điểm kinh doanh cố định, đã bố trí 187 điểm, đạt 88,2%; 25 điểm còn lại đang tiếp tục mời gọi hộ kinh doanh.",
  ("pct", "187", "212", "88,2"), ("dif", "212", "187", "25"))
a("Lực lượng quản lý thị trường đã kiểm tra 846 vụ, phát hiện 517 vụ vi phạm, chiếm 61,1%; thu nộp ngân sách 4,28 tỷ đồng, tăng 15,4% so với cùng kỳ.",
  ("pct", "517", "846", "61,1"), ("gro", "4,28", "=3,709", "15,4"))
a("Trong số 517 vụ vi phạm, có 126 vụ kinh doanh hàng cấm và hàng nhập lậu, 218 vụ hàng giả, xâm phạm quyền sở hữu trí tuệ, 173 vụ gian lận thương mại và vi phạm khác.",
  ("sum", "517", "126", "218", "173"))
a("Giá trị hàng hóa vi phạm bị tịch thu, tiêu hủy khoảng 2,36 tỷ đồng; trong đó 1.245 chai rượu ngoại không rõ nguồn gốc và 3.800 bao thuốc lá điếu nhập lậu.",
  ("lt", "1.245", "3.800"))
a("Phiên chợ hàng Việt về nông thôn tổ chức ngày 19 và 20/10/2024 tại xã Bình Minh với 45 gian hàng, doanh thu ước 1,35 tỷ đồng, bình quân 30 triệu đồng mỗi gian hàng.",
  ("dys", "=19/10/2024", "20/10/2024", "=2"), ("div", "=1.350", "45", "30"))
a("Sản lượng vải thiều xuất khẩu sang Nhật Bản đạt 236 tấn, tăng 68 tấn so với vụ trước (168 tấn), tương ứng tăng 40,5%.",
  ("dif", "236", "168", "68"), ("gro", "236", "168", "40,5"))
a("Giá xăng E5 RON92 tại kỳ điều hành ngày 03/10/2024 giảm 580 đồng/lít, từ 20.160 đồng xuống còn 19.580 đồng/lít.",
  ("dif", "20.160", "19.580", "580"), ("wd", "03/10/2024", "=3"))
a("Năm 2024, tỉnh có 2.184 doanh nghiệp thành lập mới với tổng vốn đăng ký 18.762 tỷ đồng, bình quân 8,6 tỷ đồng mỗi doanh nghiệp; số doanh nghiệp giải thể là 312.",
  ("div", "18.762", "2.184", "8,6"))
a("Số doanh nghiệp quay trở lại hoạt động là 648, tăng 17,2% so với năm trước; số tạm ngừng kinh doanh có thời hạn là 1.036, giảm 6,1%.",
  ("gro", "648", "=553", "17,2"), ("dec", "1.036", "=1.103", "6,1"))
a("Trung tâm Xúc tiến thương mại hỗ trợ 57 doanh nghiệp tham gia 8 hội chợ trong và ngoài nước, bình quân hơn 7 doanh nghiệp mỗi hội chợ; ký kết 34 biên bản ghi nhớ.",
  ("div", "57", "8", "=7,1"), ("gt", "57", "=56"))
a("Mạng lưới bán lẻ hiện đại có 7 siêu thị, 2 trung tâm thương mại và 146 cửa hàng tiện lợi; số cửa hàng tiện lợi tăng 29 cửa hàng so với cuối năm 2023.",
  ("dif", "146", "=117", "29"))
a("Chỉ số giá tiêu dùng tháng 12/2024 tăng 0,27% so với tháng trước và tăng 2,94% so với cùng kỳ năm trước; trong 11 nhóm hàng chính có 9 nhóm tăng giá, 2 nhóm giảm.",
  ("sum", "11", "9", "2"))
a("Kim ngạch xuất khẩu của khu vực có vốn đầu tư nước ngoài chiếm 71,8% tổng kim ngạch, khu vực kinh tế trong nước chiếm 28,2%.",
  ("sum", "=100", "71,8", "28,2"))
a("Thương mại điện tử: 318 doanh nghiệp, hợp tác xã được hỗ trợ đưa sản phẩm lên sàn giao dịch, vượt 6% so với kế hoạch 300 đơn vị; trong đó 64 sản phẩm OCOP.",
  ("gro", "318", "300", "6"), ("lt", "64", "318"))
a("Sản lượng điện thương phẩm năm 2024 đạt 2.418 triệu kWh, tăng 8,7% so với năm 2023; trong đó điện cho công nghiệp, xây dựng chiếm 62,3%.",
  ("gro", "2.418", "=2.224", "8,7"))
