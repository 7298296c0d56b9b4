DOC3 = ("doc03.txt", """ĐẢNG BỘ TỈNH ĐỒNG NAI
ĐẢNG ỦY XÃ PHÚ HÒA
*
Số 86-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Hòa, ngày 12 tháng 12 năm 2025
BÁO CÁO
kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025
Đảng bộ xã hiện có 52 tổ chức đảng trực thuộc (48 chi bộ và 4 đảng bộ bộ phận) với 1.874 đảng viên. Ban Chấp hành Đảng bộ xã báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025 như sau:
I- KẾT QUẢ THỰC HIỆN
1- Công tác kiểm tra, giám sát của cấp ủy, chi bộ
Ban Thường vụ Đảng ủy kiểm tra 8 tổ chức đảng và 15 đảng viên (trong đó 9 đồng chí là cấp ủy viên), đạt 100% kế hoạch; giám sát chuyên đề 11 tổ chức đảng và 18 đảng viên. Qua kiểm tra, 6/8 tổ chức đảng thực hiện tốt, 2 tổ chức đảng còn hạn chế trong việc ra nghị quyết chuyên đề.
48/48 chi bộ trực thuộc xây dựng và thực hiện kế hoạch kiểm tra, giám sát; các chi bộ kiểm tra 96 đảng viên, bình quân 2 đảng viên mỗi chi bộ, và giám sát 131 đảng viên.
2- Công tác kiểm tra, giám sát của Ủy ban Kiểm tra Đảng ủy
- Kiểm tra 5 đảng viên khi có dấu hiệu vi phạm, đạt 125% kế hoạch (4 đảng viên); kết luận 4/5 đảng viên có vi phạm (80%), trong đó 3 đồng chí vi phạm đến mức phải thi hành kỷ luật.
- Kiểm tra 9 tổ chức đảng cấp dưới thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng.
- Kiểm tra tài chính đảng tại 6 tổ chức đảng với tổng số tiền được kiểm tra 1,86 tỷ đồng; phát hiện 2 tổ chức có sai sót về chứng từ với số tiền 12,4 triệu đồng, bằng 0,67% số tiền được kiểm tra.
- Tiếp nhận 3 đơn tố cáo, trong đó 2 đơn thuộc thẩm quyền; đã giải quyết 2/2 đơn, kết luận 1 đơn tố cáo đúng một phần và 1 đơn tố cáo sai.
3- Công tác thi hành kỷ luật
Các tổ chức đảng có thẩm quyền đã thi hành kỷ luật 9 đảng viên (khiển trách 5, cảnh cáo 3, khai trừ 1), trong đó Ủy ban Kiểm tra Đảng ủy thi hành kỷ luật 3 đảng viên, các chi bộ thi hành kỷ luật 6 đảng viên. So với năm 2024 (12 đảng viên), số đảng viên bị kỷ luật giảm 3 trường hợp, tức giảm 25%. Trong 9 đảng viên bị kỷ luật có 2 cấp ủy viên và 4 đồng chí là cán bộ, công chức.
Nhận 1 đơn khiếu nại kỷ luật đảng; sau khi xem xét, Ủy ban Kiểm tra quyết định giữ nguyên hình thức kỷ luật.
Lũy kế nhiệm kỳ 2020-2025 (tính cả các đảng bộ xã cũ trước sắp xếp), toàn Đảng bộ kiểm tra 37 tổ chức đảng và 84 đảng viên; thi hành kỷ luật 46 đảng viên, bình quân 9,2 trường hợp mỗi năm.
II- HẠN CHẾ, NGUYÊN NHÂN
Còn 3/48 chi bộ (6,3%) chậm xây dựng kế hoạch giám sát; một số báo cáo tự kiểm tra của đảng viên còn chung chung. Nguyên nhân chủ yếu là đội ngũ làm công tác kiểm tra ở chi bộ kiêm nhiệm, thay đổi nhiều sau sắp xếp.
III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1- Ban Thường vụ Đảng ủy kiểm tra ít nhất 1/4 số chi bộ trực thuộc, tức 12 chi bộ.
2- Các chi bộ giám sát không dưới 20% tổng số đảng viên, tức ít nhất 375 đảng viên.
3- Giải quyết 100% đơn tố cáo, khiếu nại kỷ luật đảng thuộc thẩm quyền, không để tồn đọng.
Nơi nhận:
- Ủy ban Kiểm tra Tỉnh ủy (b/c),
- Các đồng chí Đảng ủy viên,
- Các chi bộ, đảng bộ bộ phận,
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Hoàng Minh Châu""".split("\n"), [
("sum","52","48","4"),("le","9","15"),("sum","8","6","2"),("pct","48","48","=100"),("div","96","48","2"),
("pct","5","4","125"),("pct","4","5","80"),("le","3","4"),
("mul","1,86","=1000","=1860"),("pct","12,4","=1860","0,67"),
("sum","3","2","=1"),("pct","2","2","=100"),("sum","2","1","1"),
("sum","9","5","3","1"),("sum","9","3","6"),("dif","12","9","3"),("dec","9","12","25"),("le","2","9"),("le","4","9"),
("div","46","=5","9,2"),("pct","3","48","6,3"),
("feq","12","48","1","4"),("fge","375","1.874","20","=100"),("flt","=374","1.874","20","=100"),
])
