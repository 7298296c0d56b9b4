DOC4 = ("doc04.txt", """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 142/BC-UBND
Tân Hưng, ngày 18 tháng 6 năm 2025
BÁO CÁO
Kết quả cải cách hành chính, chuyển đổi số và công tác tiếp công dân 6 tháng đầu năm 2025
Thực hiện Công văn số 1085/UBND-NV ngày 05/6/2025 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã báo cáo kết quả 6 tháng đầu năm 2025 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Giải quyết thủ tục hành chính
Bộ phận Một cửa tiếp nhận mới 2.764 hồ sơ, trong đó trực tuyến 2.201 hồ sơ, chiếm 79,6%; kỳ trước chuyển sang 23 hồ sơ. Đã giải quyết 2.741 hồ sơ, trong đó đúng hạn và trước hạn 2.733 hồ sơ, đạt 99,71%; đang giải quyết trong hạn 46 hồ sơ.
Số hồ sơ trực tuyến toàn trình là 1.308 hồ sơ, bằng 47,3% tổng số hồ sơ tiếp nhận mới và bằng 59,4% số hồ sơ nộp trực tuyến.
Thu phí, lệ phí 214,6 triệu đồng, trong đó thu qua tài khoản và các phương thức không dùng tiền mặt 151,3 triệu đồng, chiếm 70,5%.
2. Số hóa và chuyển đổi số
Số hóa 2.146 trang sổ hộ tịch, đạt 53,7% kế hoạch năm (4.000 trang).
Phối hợp Công an xã kích hoạt tài khoản định danh điện tử mức độ 2 cho 7.912/8.630 công dân thuộc diện, đạt 91,7%, tăng 6,2 điểm phần trăm so với thời điểm 31/12/2024 (85,5%).
Duy trì 14 tổ công nghệ số cộng đồng với 98 thành viên, bình quân 7 thành viên mỗi tổ; trong đó đoàn viên thanh niên 52 người, hội viên phụ nữ 31 người.
Phát hành 1.064 văn bản đi trên hệ thống quản lý văn bản và điều hành, trong đó 1.049 văn bản được ký số, đạt 98,6%; 100% văn bản đến được tiếp nhận, xử lý trên môi trường mạng.
3. Tiếp công dân, giải quyết đơn thư
Lãnh đạo Ủy ban nhân dân xã tiếp công dân định kỳ 12 buổi với 31 lượt người. Tiếp nhận 27 đơn (21 đơn kiến nghị, phản ánh; 4 đơn khiếu nại; 2 đơn tố cáo), trong đó 18 đơn thuộc thẩm quyền, 9 đơn không thuộc thẩm quyền đã hướng dẫn hoặc chuyển cơ quan có thẩm quyền. Đã giải quyết 15/18 đơn thuộc thẩm quyền, đạt 83,3%; 3 đơn còn lại đang trong thời hạn giải quyết.
II. HẠN CHẾ
Tỷ lệ hồ sơ trực tuyến toàn trình (47,3%) còn thấp hơn chỉ tiêu năm (không thấp hơn 50%) 2,7 điểm phần trăm. Còn 8 hồ sơ giải quyết trễ hạn, chủ yếu thuộc lĩnh vực đất đai.
III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Hoàn thành số hóa 1.854 trang sổ hộ tịch còn lại của kế hoạch năm.
2. Nâng tỷ lệ hồ sơ trực tuyến toàn trình lên từ 50% trở lên; tỷ lệ hồ sơ đúng hạn đạt trên 99,5%.
3. Giải quyết dứt điểm 3 đơn còn trong hạn, bảo đảm tỷ lệ giải quyết đơn thuộc thẩm quyền cả năm từ 90% trở lên.
Nơi nhận:
- UBND huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT, VP.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Lộc""".split("\n"), [
("pct","2.201","2.764","79,6"),("pct","2.733","2.741","99,71"),("sum","=2787","2.764","23"),("sum","=2787","2.741","46"),
("dif","2.741","2.733","8"),
("pct","1.308","2.764","47,3"),("pct","1.308","2.201","59,4"),("pct","151,3","214,6","70,5"),
("pct","2.146","4.000","53,7"),("pct","7.912","8.630","91,7"),("dif","91,7","85,5","6,2"),
("div","98","14","7"),("le","52","98"),("le","31","98"),
("sum","27","21","4","2"),("sum","27","18","9"),("pct","15","18","83,3"),("sum","18","15","3"),
("pct","1.049","1.064","98,6"),("dif","50","47,3","2,7"),("dif","4.000","2.146","1.854"),("gt","99,71","99,5"),
])
