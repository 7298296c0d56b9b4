"""Issue 18, round 21 (chairs): the meeting's chair where last round's sets still missed it, by shape —
a news item whose portal counter ("Số lượt xem: 389") was read as the header's number, so its whole body was taken
for header; the chair told only under a photo; the chair's role closing a person's apposition after a label
("Thành phần: đồng chí A, Bí thư chi bộ, chủ trì; …"). Sentences of our own, none copied from a dev or held-out set."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

CHI_BO = "ĐẢNG BỘ XÃ HÒA BÌNH\nCHI BỘ THÔN ĐỒNG TÂM\n*\nHòa Bình, ngày 14 tháng 3 năm 2026\nBIÊN BẢN\n" \
         "Sinh hoạt chi bộ thường kỳ tháng 3 năm 2026\n"


def chairs(text: str) -> list[str]:
    meeting = analyze(text).structure.meeting
    return [c.value for c in meeting.chairs] if meeting else []


# ------------------------------------------------------------------ a counter line is no document number

NEWS = ("Trang chủ >> Tin tức >> Xây dựng Đảng\nChi bộ thôn Đồng Tâm tổ chức Đại hội nhiệm kỳ 2025 - 2027\n"
        "Ngày đăng: 10/04/2025 09:10\n"
        "Sáng 9/4, Chi bộ thôn Đồng Tâm tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2025 - 2027.\n"
        "Đoàn Chủ tịch Đại hội gồm các đồng chí Trịnh Văn Lực, Bí thư Chi bộ và Đào Thị Hoa, Phó Bí thư Chi bộ.\n"
        "Đại hội đã bầu Chi ủy khóa mới gồm 3 đồng chí.\nMinh Hà\n{counter}\nCác tin khác:\n- Hội nghị sơ kết quý I\n")


@pytest.mark.parametrize("counter", ["Số lượt xem: 412", "Số lượt truy cập: 1.530", "Số người đọc: 77"])
def test_a_counter_after_the_article_is_no_number_and_keeps_the_body(counter):
    analysis = analyze(NEWS.format(counter=counter))
    assert analysis.structure.header.doc_number is None
    assert [c.value for c in analysis.structure.meeting.chairs] == ["Trịnh Văn Lực", "Đào Thị Hoa"]


def test_a_number_line_still_reads_as_the_number():
    text = ("ĐẢNG BỘ XÃ HÒA BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐỒNG TÂM\nSố 07-BB/CB\tHòa Bình, ngày 14 tháng 3 "
            "năm 2026\nBIÊN BẢN\nSinh hoạt chi bộ thường kỳ tháng 3 năm 2026\nChủ trì: đồng chí Trịnh Văn Lực.\n")
    assert analyze(text).structure.header.doc_number.value == "07-BB/CB"


LISTING = ("Nghị quyết về công tác cán bộ năm 2024\n{line}\nỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang, ngày 05 tháng 3 năm 2024\n"
           "NGHỊ QUYẾT\nVề công tác cán bộ\nĐiều 1. Nội dung.\n")


@pytest.mark.parametrize(("line", "number"), [
    ("Số hiệu: 12/2024/NQ-HĐND", "12/2024/NQ-HĐND"),   # a legal database's listing: its label "Số hiệu"
    ("Số hiệu 05-NQ/TU", "05-NQ/TU"),
    ("Số lượt xem: 12", None),
    ("Số điện thoại: 0219 3866 123", None),
])
def test_a_listing_label_gives_the_number_and_a_counter_none(line, number):
    found = analyze(LISTING.format(line=line)).structure.header.doc_number
    assert (found.value if found else None) == number


# ------------------------------------------------------------------ the chair told only under a photo

ITEM = ("Chi bộ thôn Bản Mạ sinh hoạt chuyên đề về bảo vệ rừng\nNgày đăng: 22/10/2026\n"
        "Ngày 21/10, Chi bộ thôn Bản Mạ tổ chức sinh hoạt chuyên đề quý III năm 2026 với chủ đề bảo vệ rừng đầu nguồn.\n"
        "{caption}\n"
        "Các đảng viên đã thảo luận, thống nhất giao mỗi đảng viên theo dõi một tổ hộ nhận khoán bảo vệ rừng.\n"
        "Lan Anh\n")


@pytest.mark.parametrize(("caption", "chair"), [
    ("Ảnh: Đồng chí Hoàng Văn Páo, Bí thư Chi bộ thôn Bản Mạ, chủ trì buổi sinh hoạt. Ảnh: Lan Anh", ["Hoàng Văn Páo"]),
    ("Đồng chí Lò Thị Xuân, Bí thư Chi bộ, chủ trì sinh hoạt chuyên đề. (Ảnh: Lan Anh)", ["Lò Thị Xuân"]),
    ("Ảnh: Đồng chí Vi Văn Tám, Bí thư Chi bộ, phát biểu tại buổi sinh hoạt. Ảnh: Lan Anh", []),
    ("Ảnh: Quang cảnh buổi sinh hoạt chuyên đề. Ảnh: Lan Anh", []),
])
def test_the_chair_a_photo_caption_names(caption, chair):
    assert chairs(ITEM.format(caption=caption)) == chair


def test_a_chair_the_body_names_is_kept_over_the_caption():
    body = ITEM.format(caption="Ảnh: Đồng chí Hoàng Văn Páo, Bí thư Chi bộ, chủ trì buổi sinh hoạt. Ảnh: Lan Anh")
    body = body.replace("Các đảng viên đã", "Đồng chí Lò Thị Xuân, Phó Bí thư Chi bộ chủ trì buổi sinh hoạt. Các đảng viên đã")
    assert chairs(body) == ["Lò Thị Xuân"]


# ------------------------------------------------------------------ the role closing an apposition after a label

@pytest.mark.parametrize(("line", "chair"), [
    ("Thành phần: đồng chí Đinh Thị Quế, Bí thư chi bộ, Trưởng thôn, chủ trì; đồng chí Bế Văn Thạch, Chi ủy viên, "
     "thư ký.", ["Đinh Thị Quế"]),
    ("Thành phần dự họp: đồng chí Mai Văn Khoa (chủ trì); đồng chí Lý Thị Nga (thư ký); 15 đảng viên của chi bộ.",
     ["Mai Văn Khoa"]),
    ("Gồm có: đồng chí Tạ Văn Bình, Phó Bí thư chi bộ - chủ trì; đồng chí Kha Thị Liễu, đảng viên - thư ký.",
     ["Tạ Văn Bình"]),
])
def test_the_role_closing_an_apposition_names_the_chair(line, chair):
    assert chairs(CHI_BO + line + "\nTổng số đảng viên: 17 đồng chí; có mặt 16 đồng chí.\n") == chair


@pytest.mark.parametrize("line", [
    # the verb with its object: a task handed to someone, not the meeting's chair
    "Nội dung: đồng chí Đinh Thị Quế, Bí thư chi bộ, chủ trì xây dựng kế hoạch làm đường giao thông nông thôn.",
    "Phân công: đồng chí Bế Văn Thạch, Chi ủy viên, chủ trì việc thu quỹ khuyến học.",
    # no role after the name: a list of those present
    "Thành phần: đồng chí Đinh Thị Quế, Bí thư chi bộ; đồng chí Bế Văn Thạch, Chi ủy viên.",
])
def test_the_verb_with_an_object_after_a_label_names_no_chair(line):
    assert chairs(CHI_BO + line + "\nTổng số đảng viên: 17 đồng chí; có mặt 16 đồng chí.\n") == []


# ------------------------------------------------------------------ a condition is no target

PLAN = ("ĐẢNG ỦY XÃ ĐÔNG HƯNG\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tĐông Hưng, ngày 28 tháng 12 năm 2025\nBÁO CÁO\n"
        "kết quả công tác năm 2025, phương hướng năm 2026\n{body}\nT/M ĐẢNG ỦY\nBÍ THƯ\nPhan Văn Lộc\n")


def target_names(body: str) -> list[str]:
    return [str(t.name) for t in analyze(PLAN.format(body=body)).structure.targets]


@pytest.mark.parametrize("body", [
    "Các chỉ tiêu chủ yếu năm 2026: nhiệt độ trung bình khoảng 24 độ C; sản lượng lúa đạt 9.000 tấn.",
    "Các chỉ tiêu chủ yếu năm 2026: giá lúa bình quân 7.800 đồng/kg; sản lượng lúa đạt 9.000 tấn.",
    "Các chỉ tiêu chủ yếu năm 2026: giá phân bón tăng 5%; sản lượng lúa đạt 9.000 tấn.",
    "Các chỉ tiêu chủ yếu năm 2026: lượng mưa trung bình 1.800 mm; sản lượng lúa đạt 9.000 tấn.",
    "Các chỉ tiêu chủ yếu năm 2026: sản lượng lúa đạt 9.000 tấn; cà phê nhân bình quân 95.000 đồng/kg.",
])
def test_the_weather_and_market_prices_under_a_target_heading_are_no_targets(body):
    assert target_names(body) == ["Sản lượng lúa"]


@pytest.mark.parametrize(("body", "name"), [
    ("Các chỉ tiêu chủ yếu năm 2026: giá trị sản xuất nông nghiệp đạt 150 tỷ đồng.", "Giá trị sản xuất nông nghiệp"),
    ("Các chỉ tiêu chủ yếu năm 2026: thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.",
     "Thu nhập bình quân đầu người"),
    ("Các chỉ tiêu chủ yếu năm 2026: tổng sản lượng lương thực đạt 12.500 tấn.", "Tổng sản lượng lương thực"),
])
def test_levels_a_body_sets_stay_targets(body, name):
    assert target_names(body) == [name]


# ------------------------------------------------------------------ the body holding the meeting is no part of the venue

VENUE = "ĐẢNG BỘ XÃ HÒA BÌNH\nCHI BỘ THÔN ĐỒNG TÂM\n*\nHòa Bình, ngày 14 tháng 3 năm 2026\nBIÊN BẢN\nHội nghị chuyên đề\n" \
        "{line}\nChủ trì: đồng chí Trịnh Văn Lực, Bí thư chi bộ.\n"


@pytest.mark.parametrize(("line", "place"), [
    ("Hôm nay, ngày 14/3/2026, tại Hội trường UBND xã, Trung tâm Chính trị huyện tổ chức hội nghị quán triệt nghị quyết.",
     "Hội trường UBND xã"),
    ("Hôm nay, ngày 14/3/2026, tại Nhà văn hóa thôn Đồng Tâm, Trung tâm Văn hóa huyện phối hợp tổ chức hội nghị.",
     "Nhà văn hóa thôn Đồng Tâm"),
    ("Hôm nay, ngày 14/3/2026, tại Nhà văn hóa thôn, Trường Tiểu học Hòa Bình tổ chức hội nghị.", "Nhà văn hóa thôn"),
    # the building the room is in stays part of the venue
    ("Hôm nay, ngày 14/3/2026, tại Hội trường tầng 2, Trung tâm Chính trị huyện Yên Lạc, Chi bộ tổ chức hội nghị.",
     "Hội trường tầng 2, Trung tâm Chính trị huyện Yên Lạc"),
    ("Hôm nay, ngày 14/3/2026, tại Phòng họp số 3, Trung tâm Hành chính công tỉnh, Chi bộ tổ chức hội nghị.",
     "Phòng họp số 3, Trung tâm Hành chính công tỉnh"),
])
def test_a_centre_after_the_venue_joins_it_only_as_its_seat(line, place):
    meeting = analyze(VENUE.format(line=line)).structure.meeting
    assert meeting.place.value == place


# ------------------------------------------------------------------ review of chairs: only a roster's label, only the meeting

@pytest.mark.parametrize("line", [
    # a task's label: "chủ trì" names who leads the work, whatever closes the apposition
    "Chi bộ thống nhất phân công: đồng chí Bế Văn Thạch, Chi ủy viên, chủ trì; Chi hội Nông dân phối hợp.",
    "Giao nhiệm vụ: đồng chí Bế Văn Thạch, Trưởng thôn - chủ trì; Đoàn Thanh niên phối hợp thực hiện.",
    "Trách nhiệm thực hiện: đồng chí Bế Văn Thạch, Chi ủy viên (chủ trì); các chi hội phối hợp.",
    "Về sửa nhà văn hóa: đồng chí Bế Văn Thạch, Trưởng ban công tác Mặt trận, chủ trì; đồng chí Kha Thị Liễu phối hợp.",
])
def test_the_role_closing_an_apposition_after_a_task_label_names_no_chair(line):
    assert chairs(CHI_BO + line + "\nTổng số đảng viên: 17 đồng chí; có mặt 16 đồng chí.\n") == []


@pytest.mark.parametrize(("line", "chair"), [
    ("Thành phần hội nghị: đồng chí Đinh Thị Quế, Bí thư chi bộ, chủ trì; đồng chí Bế Văn Thạch, Phó Bí thư.",
     ["Đinh Thị Quế"]),
    ("Thành phần tham dự gồm: đồng chí Bế Văn Thạch, Chi ủy viên, thư ký; đồng chí Đinh Thị Quế, Bí thư chi bộ, chủ trì.",
     ["Đinh Thị Quế"]),
    ("Chủ trì: đồng chí Mai Văn Khoa, Bí thư chi bộ (chủ trì).", ["Mai Văn Khoa"]),
    ("2. Thành phần: đồng chí Mai Văn Khoa, Bí thư chi bộ, chủ trì; đồng chí Lý Thị Nga, thư ký.", ["Mai Văn Khoa"]),
])
def test_the_role_closing_an_apposition_after_a_roster_label_names_the_chair(line, chair):
    assert chairs(CHI_BO + line + "\nTổng số đảng viên: 17 đồng chí; có mặt 16 đồng chí.\n") == chair


@pytest.mark.parametrize(("caption", "chair"), [
    # the verb's object is a task or a part of the meeting: no chair
    ("Ảnh: Đồng chí Hoàng Văn Páo, Trưởng thôn, được giao chủ trì xây dựng kế hoạch trồng rừng. Ảnh: Lan Anh", []),
    ("Ảnh: Đồng chí Hoàng Văn Páo chủ trì phần thảo luận tổ. Ảnh: Lan Anh", []),
    ("Ảnh: Đồng chí Hoàng Văn Páo chủ trì phiên thảo luận về giao khoán rừng. Ảnh: Lan Anh", []),
    # the meeting, or none
    ("Ảnh: Đồng chí Hoàng Văn Páo chủ trì buổi làm việc. Ảnh: Lan Anh", ["Hoàng Văn Páo"]),
    ("Ảnh: Đồng chí Hoàng Văn Páo, Bí thư Chi bộ, chủ trì, điều hành hội nghị. Ảnh: Lan Anh", ["Hoàng Văn Páo"]),
    ("Ảnh: Đồng chí Hoàng Văn Páo, Bí thư Chi bộ, chủ trì. Ảnh: Lan Anh", ["Hoàng Văn Páo"]),
])
def test_a_caption_names_the_chair_only_of_the_meeting(caption, chair):
    assert chairs(ITEM.format(caption=caption)) == chair


@pytest.mark.parametrize(("body", "name"), [
    # a cost or a value a body sets, counted per unit of goods, stays a target
    ("Các chỉ tiêu chủ yếu năm 2026: giá thành sản xuất lúa giảm xuống dưới 4.200 đồng/kg.", "Giá thành sản xuất lúa giảm"),
    ("Các chỉ tiêu chủ yếu năm 2026: chi phí sản xuất chè giảm còn 3.000 đồng/kg.", "Chi phí sản xuất chè"),
    ("Các chỉ tiêu chủ yếu năm 2026: giá trị sản phẩm trên 1 kg chè khô đạt 250.000 đồng/kg.",
     "Giá trị sản phẩm trên 1 kg chè khô"),
])
def test_a_cost_per_unit_of_goods_stays_a_target(body, name):
    assert [n.split(" đạt")[0] for n in target_names(body)] == [name]


def summary_rows(body: str) -> list[str]:
    from minutes_app.export.figures import chosen_figures
    return [row.value for row in chosen_figures(analyze(PLAN.format(body=body)))[0]]


@pytest.mark.parametrize("body", [
    "Các chỉ tiêu chủ yếu năm 2026: nhiệt độ trung bình khoảng 23 độ C; sản lượng lúa đạt 9.000 tấn.",
    "Các chỉ tiêu chủ yếu năm 2026: giá lúa bình quân 7.500 đồng/kg; lượng mưa 1.700 mm; sản lượng lúa đạt 9.000 tấn.",
    "Các chỉ tiêu chủ yếu năm 2026: giá bán cà phê bình quân đạt 90.000 đồng/kg; sản lượng lúa đạt 9.000 tấn.",
])
def test_a_condition_level_is_no_figure_row_either(body):
    assert summary_rows(body) == []


def test_a_hall_in_a_centre_where_the_meeting_is_held_keeps_its_building():
    for line, place in [
        ("Hôm nay, ngày 14/3/2026, tại Phòng họp, Trung tâm Hành chính công huyện được tổ chức hội nghị chi bộ.",
         "Phòng họp, Trung tâm Hành chính công huyện"),
        ("Hôm nay, ngày 14/3/2026, tại Hội trường tầng 2, Trụ sở Đảng ủy xã được tổ chức hội nghị chuyên đề.",
         "Hội trường tầng 2, Trụ sở Đảng ủy xã"),
        # the centre acting, not the seat (near miss)
        ("Hôm nay, ngày 14/3/2026, tại Phòng họp, Trung tâm Chính trị huyện tổ chức hội nghị chuyên đề.", "Phòng họp"),
    ]:
        assert analyze(VENUE.format(line=line)).structure.meeting.place.value == place, line
