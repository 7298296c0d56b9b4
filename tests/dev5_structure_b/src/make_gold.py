import json, os
OUT = "/work/dev_sets/round6/structure_b"
def T(name, target, result, unit, period, verdict): return {"name":name,"target":target,"result":result,"unit":unit,"period":period,"verdict":verdict}
def K(text, owner, deadline): return {"text":text,"owner":owner,"deadline":deadline}
def S(role, position, name): return {"role":role,"position":position,"name":name}
def M(name, kind, start, end, date, place, chairs, secretary, form):
    return {"name":name,"kind":kind,"start":start,"end":end,"date":date,"place":place,"chairs":chairs,"secretary":secretary,"form":form}
def A(total, official, probationary, present, absent, absentees):
    return {"total":total,"official":official,"probationary":probationary,"present":present,"absent":absent,"absentees":absentees}
def D(kind, subject, person, f, a, ab, base, outcome):
    return {"kind":kind,"subject":subject,"person":person,"for":f,"against":a,"abstain":ab,"base":base,"outcome":outcome}
def G(genre, issuer, parent, num, place, date, title, meeting, att, dec, targets, tasks, signers, rec, key, noise):
    return {"genre":genre,"issuer":issuer,"issuer_parent":parent,"doc_number":num,"place":place,"date":date,"title":title,
            "meeting":meeting,"attendance":att,"decisions":dec,"targets":targets,"tasks":tasks,"signers":signers,
            "recipients":rec,"key_figures":key,"noise_figures":noise}
docs = {}
docs["bc_dang_uy_phuong_quy3"] = G("bao_cao","ĐẢNG ỦY PHƯỜNG NAM CAM ĐỨC","ĐẢNG BỘ TỈNH KHÁNH HÒA","87-BC/ĐU","Nam Cam Đức","2025-10-06",
 "kết quả lãnh đạo thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2025", None, None, [],
 [T("Kết nạp đảng viên mới",35,27,"đảng viên","năm 2025","tiến độ"),
  T("Thu ngân sách nhà nước trên địa bàn",52,38.6,"tỷ đồng","năm 2025","tiến độ"),
  T("Tỷ lệ dân số tham gia BHYT",94,94.3,"%","năm 2025","vượt"),
  T("Hộ gia đình được công nhận \"Gia đình văn hóa\"",8150,None,"hộ","năm 2025",None),
  T("Giải quyết việc làm mới",420,446,"lao động","năm 2025","vượt"),
  T("Tỷ lệ hộ nghèo",0.8,0.62,"%","năm 2025","đạt")],
 [K("Tập trung lãnh đạo hoàn thành các chỉ tiêu năm 2025, nhất là thu ngân sách và kết nạp đảng viên",None,None),
  K("Chỉ đạo các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",None,"trước ngày 20/12/2025"),
  K("chủ trì kiểm tra, giám sát chuyên đề đối với 05 chi bộ theo Chương trình năm 2025, báo cáo Ban Thường vụ","Ủy ban Kiểm tra Đảng ủy","trong tháng 12/2025"),
  K("tham mưu tổ chức Hội nghị Ban Chấp hành tổng kết năm 2025","Văn phòng Đảng ủy","trước ngày 31/12/2025")],
 [S("T/M ĐẢNG ỦY","PHÓ BÍ THƯ THƯỜNG TRỰC","Trương Thị Mỹ Hạnh")],
 ["Ban Thường vụ Tỉnh ủy","Văn phòng Tỉnh ủy","Các đồng chí Đảng ủy viên","Các chi bộ trực thuộc","Lưu Văn phòng Đảng ủy"],
 ["1.126 đảng viên","1.058/1.126 đảng viên","93,96%","11 đảng viên mới","38,6 tỷ đồng","64,2% kế hoạch vốn","5/6 chỉ tiêu"],
 ["87-BC/ĐU","05-KH/ĐU","15/7/2025","30/9/2025","nhiệm kỳ 2025 - 2030","quý III/2025"])

docs["bc_ubnd_xa_9thang"] = G("bao_cao","ỦY BAN NHÂN DÂN XÃ PHÚ LỘC ĐÔNG",None,"296/BC-UBND","Phú Lộc Đông","2025-09-24",
 "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh 9 tháng đầu năm; nhiệm vụ, giải pháp trọng tâm 3 tháng cuối năm 2025",
 None, None, [],
 [T("Tổng diện tích gieo trồng cây hằng năm",2270,2184,"ha","năm 2025","tiến độ"),
  T("Sản lượng chè búp tươi",13500,9870,"tấn","năm 2025","tiến độ"),
  T("Tổng thu ngân sách trên địa bàn",8500,6912,"triệu đồng","năm 2025","tiến độ"),
  T("hợp tác xã",5,7,"hợp tác xã","năm 2025","vượt"),
  T("Tỷ lệ hộ nghèo",3.5,3.12,"%","năm 2025","đạt"),
  T("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",10.5,11.4,"%","năm 2025","chưa đạt"),
  T("Tỷ lệ người dân tham gia BHYT",93,91.8,"%","năm 2025","tiến độ"),
  T("tổng thu ngân sách",8500,None,"triệu đồng","năm 2025",None),
  T("tỷ lệ tham gia BHYT",93,None,"%","năm 2025",None),
  T("tỷ lệ hộ nghèo",3.0,None,"%","năm 2025",None)],
 [K("chủ trì, phối hợp với các thôn hướng dẫn nhân dân chăm sóc chè vụ thu, triển khai sản xuất vụ Đông","Phòng Kinh tế","trước ngày 15/11/2025"),
  K("chủ trì, tham mưu UBND xã xây dựng báo cáo tình hình kinh tế - xã hội năm 2025, trình kỳ họp HĐND xã cuối năm","Văn phòng HĐND và UBND xã","trước ngày 15/12/2025"),
  K("phối hợp Phòng Văn hóa - Xã hội rà soát trẻ suy dinh dưỡng, cân đo bổ sung","Trạm Y tế xã","trong tháng 10/2025"),
  K("duy trì trực sẵn sàng chiến đấu, giữ vững an ninh trật tự dịp cuối năm","Công an xã, Ban Chỉ huy quân sự xã",None)],
 [S("TM. ỦY BAN NHÂN DÂN","CHỦ TỊCH","Hoàng Văn Quyết")],
 ["UBND tỉnh Thái Nguyên","Sở Tài chính","TT Đảng ủy, TT HĐND xã","Chủ tịch, các PCT UBND xã","Lưu: VT, VP"],
 ["2.184 ha","9.870 tấn","6.912 triệu đồng","58,7% kế hoạch vốn","7 hợp tác xã","3,12%","11,4%","91,8%"],
 ["296/BC-UBND","12/NQ-HĐND","18/7/2025","6 tháng cuối năm 2025","giao quân đợt 2"])

docs["bc_so_vhttdl_nam"] = G("bao_cao","SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH","UBND TỈNH ĐẮK LẮK","1047/BC-SVHTTDL","Đắk Lắk","2025-12-02",
 "Kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026", None, None, [],
 [T("Tổng lượt khách du lịch",2400000,2587300,"lượt khách","năm 2025","vượt"),
  T("Tổng thu từ du lịch",5800,5516,"tỷ đồng","năm 2025","chưa đạt"),
  T("Tỷ lệ gia đình đạt danh hiệu \"Gia đình văn hóa\"",85,86.2,"%","năm 2025","vượt"),
  T("Di tích được tu bổ, chống xuống cấp",6,6,"di tích","năm 2025","đạt"),
  T("Huy chương tại các giải thể thao quốc gia",40,33,"huy chương","năm 2025","chưa đạt"),
  T("lượt khách du lịch",2.75,None,"triệu lượt khách","năm 2026",None),
  T("tổng thu từ du lịch",6300,None,"tỷ đồng","năm 2026",None),
  T("tu bổ, chống xuống cấp",7,None,"di tích","năm 2026",None)],
 [K("chủ trì xây dựng Kế hoạch kích cầu du lịch năm 2026, trình Giám đốc Sở","Phòng Quản lý du lịch","trước ngày 20/12/2025"),
  K("phối hợp Trung tâm Huấn luyện và Thi đấu thể thao rà soát lực lượng vận động viên, đề xuất danh sách tập trung đội tuyển","Phòng Quản lý thể dục thể thao","trong quý I/2026"),
  K("tổng hợp, tham mưu tổ chức Hội nghị tổng kết ngành","Văn phòng Sở","trong tháng 01/2026"),
  K("báo cáo kết quả tự chủ tài chính về Phòng Kế hoạch - Tài chính","Các đơn vị sự nghiệp trực thuộc","trước ngày 10/01/2026")],
 [S("KT. GIÁM ĐỐC","PHÓ GIÁM ĐỐC","Nguyễn Thị Kim Oanh")],
 ["UBND tỉnh (b/c)","Bộ VHTTDL (b/c)","Sở Tài chính","Giám đốc, các PGĐ Sở","Lưu: VT, KHTC"],
 ["14 văn bản","310 nghìn lượt khách","3/5 chỉ tiêu","2.587.300","5.516","12,5 tỷ đồng"],
 ["1047/BC-SVHTTDL","2318/UBND-TH","14/11/2025","31/12/2025","lần thứ IX"])

docs["kl_btv_dang_uy_xa"] = G("nghi_quyet","ĐẢNG ỦY XÃ KHÁNH BÌNH NAM","ĐẢNG BỘ TỈNH CÀ MAU","112-KL/ĐU","Khánh Bình Nam","2025-12-05",
 "của Ban Thường vụ Đảng ủy xã tại cuộc họp thường kỳ tháng 12/2025",
 M("cuộc họp thường kỳ tháng 12/2025","hội nghị",None,None,"2025-12-03","Phòng họp Đảng ủy xã",["Lâm Quốc Thái"],None,None),
 A(9,None,None,8,1,[{"name":"Trần Minh Luân","reason":"đi học lớp bồi dưỡng kiến thức quốc phòng"}]),
 [],
 [T("Thu ngân sách",16,14.2,"tỷ đồng","năm 2025","tiến độ")],
 [K("chủ trì, phối hợp Ban Xây dựng Đảng hoàn chỉnh Kế hoạch, tham mưu Thường trực Đảng ủy ban hành","Văn phòng Đảng ủy","trước ngày 15/12/2025"),
  K("hướng dẫn các chi bộ trực thuộc tổ chức kiểm điểm","Ban Xây dựng Đảng","trước ngày 20/12/2025"),
  K("tổng hợp kết quả, báo cáo Ban Thường vụ","Ban Xây dựng Đảng","trước ngày 25/12/2025"),
  K("chỉ đạo rà soát từng công trình, đẩy nhanh giải ngân vốn đầu tư công","UBND xã","đến 31/01/2026"),
  K("tiếp tục kiểm tra khi có dấu hiệu vi phạm đối với 01 đảng viên Chi bộ ấp Cái Rắn","Ủy ban Kiểm tra Đảng ủy","trong tháng 12/2025")],
 [S("T/M BAN THƯỜNG VỤ","BÍ THƯ","Lâm Quốc Thái")],
 ["Ban Thường vụ Tỉnh ủy (b/c)","Các đồng chí Đảng ủy viên","Các chi bộ trực thuộc","Lưu Văn phòng Đảng ủy"],
 ["8/9","14,2 tỷ đồng","88,75%","1.120 ha","61% kế hoạch"],
 ["112-KL/ĐU","03/12/2025","26/12/2025","tháng 11/2025","tháng 12/2025"])

docs["nq_hoi_nghi_bch_phuong"] = G("nghi_quyet","ĐẢNG ỦY PHƯỜNG SƠN NAM HẠ","ĐẢNG BỘ TỈNH HƯNG YÊN","09-NQ/ĐU","Sơn Nam Hạ","2025-12-19",
 "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 7 (mở rộng) về phương hướng, nhiệm vụ năm 2026",
 M("Hội nghị lần thứ 7 (mở rộng)","hội nghị BCH",None,None,"2025-12-18","Hội trường Đảng ủy phường",["Vũ Đình Khải"],None,None),
 A(33,None,None,29,4,[]),
 [D("resolution","phương hướng, nhiệm vụ năm 2026",None,29,0,0,29,"thông qua")],
 [T("Tổng thu ngân sách trên địa bàn",96,None,"tỷ đồng","năm 2026",None),
  T("Kết nạp",40,None,"đảng viên","năm 2026",None),
  T("Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên",90,None,"%","năm 2026",None),
  T("Tỷ lệ hộ nghèo",0.5,None,"%","năm 2026",None)],
 [K("xây dựng kế hoạch thu ngân sách năm 2026, giao chỉ tiêu cho từng tổ dân phố","UBND phường","trong tháng 01/2026"),
  K("chủ trì tham mưu Kế hoạch phát triển đảng viên năm 2026, trình Ban Thường vụ","Ban Xây dựng Đảng","trước ngày 15/01/2026"),
  K("xây dựng Chương trình kiểm tra, giám sát năm 2026","Ủy ban Kiểm tra Đảng ủy",None),
  K("Tiếp tục rà soát, sắp xếp tổ dân phố, nâng cao chất lượng sinh hoạt chi bộ khu dân cư",None,None),
  K("tổ chức quán triệt Nghị quyết đến đảng viên","Các chi bộ trực thuộc","trước ngày 10/01/2026"),
  K("theo dõi, đôn đốc, báo cáo Ban Thường vụ kết quả thực hiện","Văn phòng Đảng ủy","định kỳ hằng quý")],
 [S("T/M BAN CHẤP HÀNH","BÍ THƯ","Vũ Đình Khải")],
 ["Ban Thường vụ Tỉnh ủy","Các đồng chí Ủy viên BCH","Các chi bộ trực thuộc","Lưu VPĐU"],
 ["29/33","29/29","17/19 chỉ tiêu","38 đảng viên mới"],
 ["09-NQ/ĐU","lần thứ 7","khóa I","nhiệm kỳ 2025 - 2030","18/12/2025"])

docs["tin_btv_tinh_uy_truc_tuyen"] = G("tin_hoi_nghi","Ban Thường vụ Tỉnh ủy",None,None,None,"2025-10-15",
 "Ban Thường vụ Tỉnh ủy sơ kết công tác xây dựng Đảng 9 tháng, triển khai nhiệm vụ quý IV",
 M("hội nghị trực tuyến sơ kết công tác xây dựng Đảng 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm quý IV","hội nghị",None,None,"2025-10-15","điểm cầu Tỉnh ủy",["Hà Minh Tuấn","Lò Văn Khiêm"],None,"trực tuyến"),
 None, [],
 [T("kết nạp",2500,1942,"đảng viên","năm 2025","tiến độ")],
 [K("tập trung hoàn thành chỉ tiêu phát triển đảng viên năm 2025, nhất là ở thôn, bản chưa có đảng viên","các cấp ủy",None),
  K("hoàn thành kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên","Các đảng ủy xã, phường","trước ngày 31/01/2026"),
  K("chủ trì, phối hợp Văn phòng Tỉnh ủy hướng dẫn quy trình chuyển sinh hoạt đảng trên phần mềm quản lý đảng viên","Ban Tổ chức Tỉnh ủy","trong tháng 11/2025")],
 [], [],
 ["99 điểm cầu","hơn 3.200 đại biểu","99/99 đảng bộ xã, phường","1.942 đảng viên","77,7%","186 tổ chức đảng","412 đảng viên","58 đảng viên"],
 ["16/10/2025 - 08:05","Lượt xem: 1.386","quý IV","Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3"])

docs["tin_bch_dang_bo_xa_q3"] = G("tin_hoi_nghi","Đảng ủy xã Hòa Phong Tây",None,None,None,"2025-10-07",
 "Đảng ủy xã Hòa Phong Tây tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4",
 M("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4 (mở rộng)","hội nghị BCH",None,None,"2025-10-07",None,["Đinh Văn Lực"],None,None),
 A(35,None,None,31,4,[]),
 [D("resolution","Nghị quyết lãnh đạo nhiệm vụ quý IV",None,31,0,0,31,"thông qua")],
 [T("Tổng thu ngân sách trên địa bàn",12,12.4,"tỷ đồng","năm 2025","vượt"),
  T("kết nạp",25,19,"đảng viên","năm 2025","tiến độ")],
 [K("tập trung chỉ đạo thu ngân sách, đẩy nhanh giải ngân các công trình chuyển tiếp","UBND xã",None),
  K("hướng dẫn các chi bộ kiểm điểm cuối năm","Ban Xây dựng Đảng","trước ngày 15/12/2025"),
  K("ra quân xử lý dứt điểm khai thác cát trái phép","Công an xã","trong quý IV/2025")],
 [], [],
 ["31/35","14/21 chỉ tiêu","12,4 tỷ đồng","103,3%","286 ha","23 nhà","19 đảng viên","76%"],
 ["08/10/2025","Lượt xem: 214","lần thứ 4","nhiệm kỳ 2025 - 2030","khóa I"])

docs["tin_ubnd_tinh_phien_hop"] = G("tin_hoi_nghi","UBND tỉnh",None,None,None,"2025-11-26",
 "UBND tỉnh họp phiên thường kỳ tháng 11: Dồn sức cho các chỉ tiêu về đích",
 M("phiên họp UBND tỉnh thường kỳ tháng 11","hội nghị",None,None,"2025-11-26","điểm cầu tỉnh",["Nguyễn Hữu Phước"],None,"trực tuyến"),
 None, [],
 [T("tổng thu ngân sách nhà nước",24000,21846,"tỷ đồng","năm 2025","tiến độ"),
  T("Kim ngạch xuất khẩu",3750,3912,"triệu USD","năm 2025","vượt"),
  T("xóa nhà tạm, nhà dột nát",1300,1215,"căn","năm 2025","tiến độ")],
 [K("chủ trì, phối hợp Thuế tỉnh rà soát nguồn thu, đề xuất giải pháp chống thất thu, báo cáo UBND tỉnh","Sở Tài chính","trước ngày 05/12"),
  K("giải ngân 100% vốn được giao","các chủ đầu tư","trước ngày 31/01/2026"),
  K("tổng hợp, tham mưu tổ chức Hội nghị tổng kết năm 2025","Văn phòng UBND tỉnh","trong tháng 12")],
 [], [],
 ["103 điểm cầu","21.846 tỷ đồng","91,0%","3.912 triệu USD","4,3%","68,4% kế hoạch","1.215/1.300 căn","18%"],
 ["27/11/2025 19:20","Lượt xem: 2.047","tháng 11","05/12"])

for name, g in docs.items():
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(docs))
