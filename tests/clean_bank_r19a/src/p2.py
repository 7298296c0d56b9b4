"""State: HĐND sessions, UBND reports, budget, investment, poverty, procedures (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Kỳ họp thứ 11 HĐND xã khóa XX, nhiệm kỳ 2021-2026 có 24/26 đại biểu dự; nghị quyết về dự toán ngân sách được thông qua với 23/24 đại biểu có mặt tán thành, bằng 88,5% tổng số đại biểu HĐND xã.",
  ("pct", "23", "26", "88,5"), ("lt", "23", "24"))
a("Nghị quyết có hiệu lực khi được quá nửa tổng số đại biểu HĐND biểu quyết tán thành, tức từ 14 đại biểu trở lên đối với HĐND có 26 đại biểu.",
  ("maj", "14", "26"))
a("Tại kỳ họp, 1 đại biểu không biểu quyết; đại diện lãnh đạo Đảng ủy, Ủy ban MTTQ và các ngành là khách mời, không tham gia biểu quyết.",
  )
a("Tổng thu ngân sách nhà nước trên địa bàn xã năm 2025 ước đạt 14,86 tỷ đồng, bằng 123,8% dự toán HĐND giao (12 tỷ đồng) và bằng 109,6% so với năm 2024.",
  ("pct", "14,86", "12", "123,8"), ("pct", "14,86", "=13,56", "109,6"))
a("Chi ngân sách xã 6 tháng đầu năm 2025 đạt 7,42 tỷ đồng, bằng 47,6% dự toán năm (15,6 tỷ đồng); trong đó chi thường xuyên 5,86 tỷ đồng, chi đầu tư phát triển 1,56 tỷ đồng.",
  ("pct", "7,42", "15,6", "47,6"), ("sum", "7,42", "5,86", "1,56"))
a("Giải ngân vốn đầu tư công của tỉnh đến ngày 30/9/2025 đạt 3.412,6 tỷ đồng, bằng 58,3% kế hoạch vốn Thủ tướng Chính phủ giao (5.853,4 tỷ đồng) và 54,9% kế hoạch tỉnh giao (6.216,1 tỷ đồng).",
  ("pct", "3.412,6", "5.853,4", "58,3"), ("pct", "3.412,6", "6.216,1", "54,9"))
a("Cùng kỳ năm 2024, tỷ lệ giải ngân đạt 51,7% kế hoạch Thủ tướng giao; như vậy năm nay cao hơn 6,6 điểm phần trăm.",
  ("dif", "=58,3", "51,7", "6,6"))
a("Tỷ lệ hộ nghèo của xã cuối năm 2025 còn 1,86% (57 hộ), giảm 1,12 điểm phần trăm so với cuối năm 2024 (2,98%, 91 hộ); số hộ nghèo giảm 34 hộ.",
  ("dif", "2,98", "1,86", "1,12"), ("dif", "91", "57", "34"))
a("Tỷ lệ hộ cận nghèo giảm còn 3,43%; mục tiêu nghị quyết là giảm bình quân mỗi năm từ 1 đến 1,5 điểm phần trăm, năm 2025 giảm 1,26 điểm phần trăm (từ 4,69%).",
  ("dif", "4,69", "3,43", "1,26"), ("rng", "1", "1,26", "1,5"))
a("Toàn xã có 3.064 hộ, trong đó 57 hộ nghèo chiếm 1,86%, 105 hộ cận nghèo chiếm 3,43%.",
  ("pct", "57", "3.064", "1,86"), ("pct", "105", "3.064", "3,43"))
a("Năm 2025, bộ phận một cửa của xã tiếp nhận 4.862 hồ sơ thủ tục hành chính, đã giải quyết 4.791 hồ sơ, trong đó trước và đúng hạn 4.774 hồ sơ, trễ hạn 17 hồ sơ (0,35%).",
  ("sum", "4.791", "4.774", "17"), ("pct", "17", "4.791", "0,35"))
a("Tỷ lệ hồ sơ trễ hạn giảm từ 1,2% năm 2024 xuống 0,35%, thấp hơn mức không quá 1% tỉnh yêu cầu; số hồ sơ đang giải quyết chưa đến hạn là 71.",
  ("lt", "0,35", "1"), ("dif", "=4.862", "=4.791", "71"))
a("Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 68,4% (3.326/4.862 hồ sơ), vượt 8,4 điểm phần trăm so với chỉ tiêu 60%.",
  ("pct", "3.326", "4.862", "68,4"), ("dif", "68,4", "60", "8,4"))
a("Tòa án nhân dân khu vực 3 đã giải quyết 1.318/1.402 vụ việc, đạt 94,0%; tỷ lệ bản án, quyết định bị hủy do lỗi chủ quan là 0,53%, bị sửa 0,91%, đều dưới mức cho phép (1,5% và 3%).",
  ("pct", "1.318", "1.402", "94,0"), ("lt", "0,53", "1,5"), ("lt", "0,91", "3"))
a("So với năm trước, tỷ lệ án bị hủy giảm 0,21 điểm phần trăm (từ 0,74%), tỷ lệ án bị sửa tăng 0,06 điểm phần trăm (từ 0,85%).",
  ("dif", "0,74", "=0,53", "0,21"), ("dif", "=0,91", "0,85", "0,06"))
a("Sau 9 tháng, xã giải ngân 18,7 tỷ đồng vốn đầu tư công, đạt 62,3% kế hoạch năm (30 tỷ đồng), tăng 14,5% so với cùng kỳ; còn 11,3 tỷ đồng phải giải ngân trong quý IV.",
  ("pct", "18,7", "30", "62,3"), ("dif", "30", "18,7", "11,3"), ("gro", "18,7", "=16,33", "14,5"))
a("Bình quân mỗi tháng của quý IV cần giải ngân khoảng 3,77 tỷ đồng để hoàn thành kế hoạch.",
  ("div", "=11,3", "=3", "3,77"))
a("Sáu tháng đầu năm, toàn tỉnh thu ngân sách 9.846 tỷ đồng, bình quân 1.641 tỷ đồng mỗi tháng, đạt 52,1% dự toán (18.900 tỷ đồng).",
  ("div", "9.846", "=6", "1.641"), ("pct", "9.846", "18.900", "52,1"))
a("Năm 2024 thu được 17.236 tỷ đồng; so với năm trước, thu 6 tháng đầu năm 2025 bằng 57,1% số thu cả năm 2024.",
  ("pct", "=9.846", "17.236", "57,1"))
a("Kỳ họp thứ 25 HĐND tỉnh khóa XVIII diễn ra trong 2 ngày 14-15/5/2025; ngày 15/5 có 57/61 đại biểu dự, biểu quyết thông qua 18 nghị quyết, mỗi nghị quyết có từ 55/57 đại biểu tán thành trở lên.",
  ("dys", "=14/5/2025", "=15/5/2025", "2"), ("lt", "57", "61"), ("lt", "55", "57"))
a("Nghị quyết về điều chỉnh kế hoạch đầu tư công có 55 đại biểu tán thành, đạt 90,16% tổng số đại biểu HĐND tỉnh; 2 đại biểu có mặt không biểu quyết.",
  ("pct", "55", "=61", "90,16"), ("dif", "=57", "55", "2"))
a("Chương trình xóa nhà tạm, nhà dột nát: xã có 42 hộ được hỗ trợ, đã khởi công 42/42 nhà, hoàn thành 38 nhà, đạt 90,5%; 4 nhà còn lại hoàn thành trước ngày 31/8/2025.",
  ("pct", "38", "42", "90,5"), ("dif", "42", "38", "4"))
a("Mức hỗ trợ 60 triệu đồng mỗi nhà xây mới và 30 triệu đồng mỗi nhà sửa chữa; với 31 nhà xây mới và 11 nhà sửa chữa, tổng kinh phí hỗ trợ là 2,19 tỷ đồng.",
  ("sum", "=42", "31", "11"), ("sum", "=2.190", "=1.860", "=330"), ("mul", "31", "60", "=1.860"), ("mul", "11", "30", "=330"))
a("Thu nhập bình quân đầu người năm 2025 đạt 62,4 triệu đồng, tăng 5,8 triệu đồng so với năm 2024 (56,6 triệu đồng), tương đương tăng 10,2%.",
  ("dif", "62,4", "56,6", "5,8"), ("gro", "62,4", "56,6", "10,2"))
a("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%, tăng 2,3 điểm phần trăm so với năm trước (91,3%), nhưng chưa đạt chỉ tiêu 95%.",
  ("dif", "93,6", "91,3", "2,3"), ("lt", "93,6", "95"))
a("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 14,2%, không quá 15% theo chỉ tiêu; năm trước là 15,8%.",
  ("lt", "14,2", "15"), ("dif", "15,8", "14,2", "=1,6"))
a("Đến 31/10/2025, diện tích lúa đông xuân thu hoạch đạt 1.286 ha trên 1.342 ha gieo cấy, bằng 95,8%; năng suất bình quân 64,5 tạ/ha, sản lượng ước 8.294,7 tấn.",
  ("pct", "1.286", "1.342", "95,8"), ("mul", "1.286", "=6,45", "8.294,7"))
a("Tổng sản lượng lương thực năm 2025 đạt 14.860 tấn, vượt 6,1% kế hoạch và tăng 3,2% so với năm 2024.",
  ("gro", "14.860", "=14.006", "6,1"), ("gro", "14.860", "=14.399", "3,2"))
a("UBND xã tổ chức 12 cuộc đối thoại với nhân dân, tiếp 146 lượt công dân; bình quân mỗi tháng 12,2 lượt, cao hơn năm trước 1,5 lượt/tháng.",
  ("div", "146", "=12", "12,2"))
a("Trong 146 lượt công dân có 38 lượt đến nhiều lần về cùng một nội dung; số vụ việc thực tế là 97 vụ việc, trong đó 64 vụ việc về đất đai.",
  ("lt", "38", "146"), ("lt", "64", "97"), ("lt", "97", "146"))
a("Xã nhận 53 đơn khiếu nại, tố cáo, kiến nghị, phản ánh; đủ điều kiện xử lý 41 đơn, đã giải quyết 39/41 đơn thuộc thẩm quyền, đạt 95,1%.",
  ("pct", "39", "41", "95,1"), ("lt", "41", "53"))
a("Tỷ lệ giải quyết đơn thuộc thẩm quyền phải đạt từ 85% trở lên; năm 2025 đạt 95,1%, năm 2024 đạt 89,7% (35/39).",
  ("pct", "35", "39", "89,7"), ("ge", "95,1", "85"))
a("Dự án đường giao thông liên xã dài 8,6 km, tổng mức đầu tư 42,8 tỷ đồng; đến 30/6/2025 đã thi công 5,2 km, đạt 60,5% khối lượng, giải ngân 21,4 tỷ đồng, bằng 50% tổng mức đầu tư.",
  ("pct", "5,2", "8,6", "60,5"), ("pct", "21,4", "42,8", "50"))
a("Công tác giải phóng mặt bằng: đã bàn giao 24,36 ha trên tổng 26,1 ha, đạt 93,3%; còn 1,74 ha của 12 hộ chưa thống nhất giá bồi thường.",
  ("pct", "24,36", "26,1", "93,3"), ("dif", "26,1", "24,36", "1,74"))
a("Số doanh nghiệp thành lập mới 9 tháng năm 2025 là 486 doanh nghiệp, vốn đăng ký 3.962 tỷ đồng, bình quân 8,15 tỷ đồng mỗi doanh nghiệp; 112 doanh nghiệp quay trở lại hoạt động.",
  ("div", "3.962", "486", "8,15"))
a("Phường Đông Hải thu ngân sách đạt 108,2% dự toán, phường Tây Hải đạt 96,4%; tính chung hai phường đạt 102,7% dự toán được giao.",
  ("rng", "96,4", "102,7", "108,2"))
a("Từ ngày 30/5-7/6/2025, Đoàn giám sát của Thường trực HĐND xã làm việc tại 6 thôn, trong 9 ngày đã giám sát 23 công trình.",
  ("dys", "=30/5/2025", "=7/6/2025", "9"))
a("Chi trả trợ cấp xã hội hằng tháng cho 638 đối tượng với tổng kinh phí 6 tháng là 1,92 tỷ đồng, bình quân 320 triệu đồng mỗi tháng.",
  ("div", "=1.920", "=6", "320"))
a("Tỷ lệ lao động qua đào tạo đạt 72,6%, trong đó có bằng cấp, chứng chỉ 31,4%; chỉ tiêu năm là 72% và 30%.",
  ("gt", "72,6", "72"), ("gt", "31,4", "30"), ("lt", "31,4", "72,6"))
a("Xã có 11 thôn, trong đó 9/11 thôn đạt chuẩn thôn văn hóa, chiếm 81,8%; 2.873/3.064 hộ đạt gia đình văn hóa, chiếm 93,8%.",
  ("pct", "9", "11", "81,8"), ("pct", "2.873", "3.064", "93,8"))
a("Năm 2024 xã Thạch Đồng có 9 thôn văn hóa, xã Thạch Môn có 8 thôn văn hóa; sau khi hợp nhất thành xã mới, năm 2025 có 16/19 thôn đạt chuẩn, chiếm 84,2%.",
  ("pct", "16", "19", "84,2"))
a("Tỷ lệ trễ hạn hồ sơ đất đai vẫn cao: 14/386 hồ sơ, chiếm 3,6%, gấp khoảng 10 lần tỷ lệ trễ hạn chung của xã (0,35%).",
  ("pct", "14", "386", "3,6"), ("div", "3,6", "0,35", "=10"))
a("Dự toán chi sự nghiệp giáo dục năm 2026 là 4,2 tỷ đồng, không dưới 20% tổng chi thường xuyên (20,5 tỷ đồng), tương đương 20,5%.",
  ("pct", "4,2", "20,5", "20,5"), ("ge", "20,5", "20"))
a("Nợ đọng xây dựng cơ bản giảm từ 3,6 tỷ đồng xuống còn 1,45 tỷ đồng, tức giảm 59,7%.",
  ("dec", "1,45", "3,6", "59,7"))
a("Thời gian giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu giảm từ 30 ngày xuống còn dưới 20 ngày; bình quân thực tế 17,5 ngày.",
  ("lt", "17,5", "20"))
a("Tỷ lệ chất thải rắn sinh hoạt được thu gom đạt 92,3%, tăng 3,1 điểm phần trăm; tỷ lệ hộ sử dụng nước sạch đạt 78,6%, tăng 4,4 điểm phần trăm so với năm 2024 (74,2%).",
  ("dif", "78,6", "74,2", "4,4"), ("dif", "92,3", "=89,2", "3,1"))
a("Diện tích trồng rừng tập trung năm 2025 đạt 186 ha, bằng 93% kế hoạch (200 ha); tỷ lệ che phủ rừng giữ ổn định ở mức 47,2%.",
  ("pct", "186", "200", "93"))
a("Số vụ tai nạn giao thông giảm 2 vụ, từ 7 vụ xuống 5 vụ (giảm 28,6%); số người chết giảm từ 4 người xuống 3 người, số người bị thương không thay đổi.",
  ("dec", "5", "7", "28,6"), ("dif", "7", "5", "2"))
a("Kế hoạch tuyển chọn công dân nhập ngũ năm 2026 là 23 công dân, xã đã khám sơ tuyển 112 thanh niên, trong đó 71 đạt sức khỏe loại 1-3, chiếm 63,4% số được khám.",
  ("pct", "71", "112", "63,4"))
