DOC6 = ("doc06.txt", """Cập nhật lúc 16:20, Thứ Năm, 09/01/2025 (GMT+7)
Tai nạn giao thông năm 2024 giảm cả ba tiêu chí
Chiều 09/01, Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Thanh Phong, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì hội nghị.
Theo báo cáo, năm 2024 toàn tỉnh xảy ra 287 vụ tai nạn giao thông, làm chết 164 người, bị thương 231 người. So với năm 2023 (318 vụ, 179 người chết, 262 người bị thương), tai nạn giao thông giảm 31 vụ (9,7%), giảm 15 người chết (8,4%) và giảm 31 người bị thương (11,8%). Chỉ tiêu được giao là kéo giảm từ 5% đến 10% số người chết; kết quả giảm 8,4%, nằm trong khoảng chỉ tiêu.
Thành phố là địa phương xảy ra nhiều vụ tai nạn nhất với 61 vụ, chiếm 21,3% số vụ toàn tỉnh. Có 3/9 huyện, thị xã, thành phố tăng số người chết so với năm trước, 6 địa phương còn lại giảm.
Lực lượng chức năng đã phát hiện, xử lý 96.412 trường hợp vi phạm, phạt tiền 142,6 tỷ đồng, tăng 18,2% so với năm 2023 (120,6 tỷ đồng); tước giấy phép lái xe 4.215 trường hợp. Riêng vi phạm nồng độ cồn là 21.508 trường hợp, chiếm 22,3% tổng số trường hợp bị xử lý.
Tổng kinh phí bảo đảm trật tự an toàn giao thông năm 2024 là 18,75 tỷ đồng, trong đó chi cho lực lượng công an 12,4 tỷ đồng, chiếm 66,1%.
Công tác tuyên truyền được đẩy mạnh với 1.248 buổi tuyên truyền pháp luật về trật tự an toàn giao thông, thu hút 96.500 lượt người tham dự, bình quân khoảng 77 người mỗi buổi. Trong 6 "điểm đen" tai nạn giao thông trên các tuyến quốc lộ, đã xử lý xong 4 điểm; 2 điểm còn lại sẽ hoàn thành trong quý I/2025.
Phát biểu tại hội nghị, đại diện Công an tỉnh cho biết tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm trên các tuyến quốc lộ đạt trên 98%, song tại các tuyến đường liên thôn, liên xóm vẫn còn thấp. Một số ý kiến đề nghị tăng cường tuần tra vào khung giờ từ 18 giờ đến 22 giờ, thời điểm xảy ra nhiều vụ tai nạn liên quan đến rượu, bia.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Lê Thanh Phong yêu cầu năm 2025 kéo giảm tai nạn giao thông từ 5% trở lên trên cả ba tiêu chí, trong đó số người chết không quá 155 người; xử lý nghiêm vi phạm nồng độ cồn, chạy quá tốc độ, không để xảy ra ùn tắc kéo dài trên các tuyến trọng điểm dịp Tết Nguyên đán.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể và 27 cá nhân; Ban An toàn giao thông tỉnh tặng Giấy khen cho 18 tập thể và 36 cá nhân, nâng tổng số được khen thưởng lên 30 tập thể và 63 cá nhân có thành tích trong công tác bảo đảm trật tự an toàn giao thông năm 2024.
Phó Chủ tịch UBND tỉnh Lê Thanh Phong trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Đức Trung
Đức Trung""".split("\n"), [
("wd","09/01/2025","=3"),
("dif","318","287","31"),("dec","287","318","9,7"),("dif","179","164","15"),("dec","164","179","8,4"),("dif","262","231","31"),("dec","231","262","11,8"),
("rng","5","8,4","10"),("pct","61","287","21,3"),("sum","9","3","6"),
("gro","142,6","120,6","18,2"),("pct","21.508","96.412","22,3"),("pct","12,4","18,75","66,1"),
("fle","155","164","=95","=100"),("fgt","=156","164","=95","=100"),
("div","96.500","1.248","77"),("sum","6","4","2"),("sum","30","12","18"),("sum","63","27","36"),
])
