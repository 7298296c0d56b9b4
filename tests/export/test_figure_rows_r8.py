"""Figure rows, round 8: judged by hand on 40 real documents (tests/real) and fixed by class. Each shape has three
sentences of our own, written as different clerks and reporters write, and near-misses that must stay as they were.

- the hedge or the range before a figure is part of its value ("hơn 6.000 đảng viên", "từ 22-25%");
- the base after a share or a change is part of its value ("đạt 57,2% so dự toán", "tăng 1,04% so với cùng kỳ");
- a fact told twice (a news item's lead and its body) is one row;
- a share and the count it is of in a bracket after it are one row ("99,99% (57.460/57.465 cử tri)");
- the value stops before "khi", "đại diện", "vinh dự", "dẫn", "liên quan" ("14 đảng viên | khi có dấu hiệu vi phạm");
- "1 ha" of "thu nhập trên 1 ha canh tác", "1 kg" of "giá 1 kg" is the unit of a rate, no row;
- a figure opening its clause after a comma, with its own predicate, is told by that predicate, not by the clause
  before the comma ("Buổi lễ diễn ra trang trọng, 4 đồng chí đã được kết nạp");
- the body prose of a news item whose headline was not kept is no portal debris: its figures are rows.
"""

from __future__ import annotations

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary
from minutes_app.export.figures import chosen_figures

from .docx_reading import sections, table_rows

REPORT = ("ĐẢNG BỘ XÃ A\nCHI BỘ THÔN B\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nA, ngày 12 tháng 10 năm 2025\n\nBÁO CÁO\n"
          "Kết quả công tác quý III năm 2025\n\nI. KẾT QUẢ\n")


def rows(body: str) -> dict[str, str]:
    return {row.value: row.subject for row in chosen_figures(analyze(REPORT + body + "\n"))[0]}


@pytest.mark.parametrize("body, value", [
    ("Trong 6 tháng đầu năm, tổng cộng có 81 tổ chức và hơn 6.000 đảng viên bị kỷ luật.", "hơn 6.000 đảng viên"),
    ("Các tổ chức đoàn đã triển khai trên 480 công trình, phần việc thanh niên.", "trên 480 công trình"),
    ("Các cấp công đoàn vận động hỗ trợ vé xe với tổng số tiền gần 32 tỉ đồng.", "gần 32 tỉ đồng"),
    ("Giá con giống cao hơn giá thị trường tại thời điểm khảo giá từ 22-25%.", "từ 22-25%"),
    ("Tỷ lệ hộ nghèo toàn xã giảm còn 1,42%.", "còn 1,42%"),
    ("Hằng năm, mỗi cơ sở Hội duy trì thường xuyên ít nhất 01 loại hình hoạt động.", "ít nhất 01 loại hình hoạt động"),
])
def test_the_hedge_or_the_range_before_a_figure_is_part_of_its_value(body, value):
    assert value in rows(body), rows(body)


def test_near_misses_no_hedge_is_made_up():
    got = rows("Xã có 45 hộ nghèo trên địa bàn; trong năm kết nạp 3 đảng viên mới.")
    assert "45 hộ nghèo" in got and "3 đảng viên mới" in got, got
    got = rows("Toàn huyện có 2 đơn vị trên 10 ha; tổng diện tích đạt 36 ha.")
    assert not any(v.startswith(("trên 2", "trên 36")) for v in got), got
    got = rows("Kết quả thu thuế: Quý 3 - 95% hộ kinh doanh đã nộp đủ thuế.")
    assert not any(v.startswith("3") for v in got), got  # a dash after a name's number is no range


@pytest.mark.parametrize("body, value", [
    ("Trong 6 tháng đầu năm 2024, phường thu ngân sách đạt gần 3,8 tỷ đồng, đạt 57,2% so dự toán, tăng 1,04% so với "
     "cùng kỳ.", "gần 3,8 tỷ đồng, đạt 57,2% so dự toán"),
    ("Trong 6 tháng đầu năm 2024, phường thu ngân sách đạt gần 3,8 tỷ đồng, đạt 57,2% so dự toán, tăng 1,04% so với "
     "cùng kỳ.", "1,04% so với cùng kỳ"),
    ("Địa phương đã cứng hóa mới thêm 1,4 km đường giao thông nông thôn, đạt 31,1% kế hoạch.", "31,1% kế hoạch"),
    ("Giá trị sản xuất cây ăn quả ước đạt 45,7 tỷ đồng, tăng 13,8 tỷ đồng so với năm 2017.",
     "13,8 tỷ đồng so với năm 2017"),
    ("Thu ngân sách trên toàn thành phố ước đạt 333.000 tỷ đồng, bằng 106,8% so với dự toán HĐND thành phố giao và "
     "tăng 2,7% so với cùng kỳ.", "333.000 tỷ đồng, bằng 106,8% so với dự toán HĐND thành phố giao"),
])
def test_the_base_after_a_share_or_a_change_is_part_of_its_value(body, value):
    got = rows(body)
    assert any(v.endswith(value) for v in got), got


def test_near_misses_no_base_when_the_text_gives_none():
    got = rows("Giá trị sản xuất nhiệm kỳ tăng 9,15%. Cơ cấu kinh tế chuyển dịch đúng hướng.")
    assert "9,15%" in got, got
    got = rows("Tỷ trọng nông nghiệp chiếm 34%; xây dựng chiếm 24,3%.")
    assert "34%" in got and "24,3%" in got, got
    got = rows("Thu nhập bình quân đầu người đạt 76,3 triệu đồng/năm, so với bình quân chung của tỉnh còn thấp.")
    assert "76,3 triệu đồng/năm" in got, got  # no share or change: "so với …" after a comma is another clause


def test_a_fact_told_twice_is_one_row():
    text = ("HỘI LIÊN HIỆP PHỤ NỮ HUYỆN HOÀN THÀNH ĐẠI HỘI CẤP CƠ SỞ\n"
            "Từ ngày 15/4 đến ngày 06/5/2021, Hội Liên hiệp Phụ nữ huyện đã chỉ đạo 17/17 đơn vị tổ chức thành công "
            "Đại hội đại biểu phụ nữ cơ sở nhiệm kỳ 2021 - 2026.\n"
            "Kết quả, Hội Liên hiệp Phụ nữ huyện đã chỉ đạo 17/17 đơn vị tổ chức thành công Đại hội đại biểu phụ nữ "
            "cơ sở. Các đại hội đã bầu 153 ủy viên ban chấp hành.\n")
    got, rest = chosen_figures(analyze(text))
    assert [r.value for r in got].count("17/17 đơn vị") == 1, got
    assert any("153" in r.value for r in got) and rest == 0, got
    # near-miss: the same value of two facts stays two rows
    got = rows("Trong đó có 2 đảng viên được nhận huy hiệu 55 năm tuổi đảng, 2 đảng viên được nhận huy hiệu 30 năm "
               "tuổi đảng.")
    assert len(chosen_figures(analyze(REPORT + "Trong đó có 2 đảng viên được nhận huy hiệu 55 năm tuổi đảng, 2 đảng "
                                                "viên được nhận huy hiệu 30 năm tuổi đảng.\n"))[0]) == 2, got
    text = "Chi bộ thôn Đông kết nạp 2 đảng viên mới.\nChi bộ thôn Tây kết nạp 2 đảng viên mới.\n"
    assert len(chosen_figures(analyze(REPORT + text))[0]) == 2


@pytest.mark.parametrize("body, value", [
    ("Bầu cử được tổ chức tại 7 đơn vị bầu cử. Tỷ lệ cử tri đi bầu đạt 99,99% (57.460/57.465 cử tri).",
     "99,99% (57.460/57.465 cử tri)"),
    ("Số hộ tham gia bảo hiểm y tế đạt 96,5% (1.930/2.000 hộ).", "96,5% (1.930/2.000 hộ)"),
    ("Tỷ lệ chi bộ đạt trong sạch vững mạnh là 92,3% (12/13 chi bộ).", "92,3% (12/13 chi bộ)"),
])
def test_a_share_and_its_count_in_a_bracket_are_one_row(body, value):
    got = rows(body)
    assert value in got and len([v for v in got if "%" in v or "/" in v]) == 1, got


@pytest.mark.parametrize("body, value, cut", [
    ("UBKT các cấp kiểm tra một tổ chức đảng, 14 đảng viên khi có dấu hiệu vi phạm.", "14 đảng viên", "khi"),
    ("Văn bản của UBND tỉnh nêu 3 nguyên nhân dẫn đến tình trạng này.", "3 nguyên nhân", "dẫn"),
    ("Dự đại hội có 168 đại biểu đại diện cho hơn 1.000 đảng viên trong toàn Đảng bộ.", "168 đại biểu", "đại diện"),
    ("Tại buổi lễ, đã có 7 đảng viên vinh dự được nhận huy hiệu Đảng.", "7 đảng viên", "vinh dự"),
    ("Cử tri nêu 25 ý kiến với 5 vấn đề lớn liên quan đến nhà chung cư.", "5 vấn đề lớn", "liên quan"),
])
def test_the_value_stops_before_the_words_that_follow_its_noun(body, value, cut):
    got = rows(body)
    assert value in got and not any(v.endswith(cut) for v in got), got


def test_the_unit_of_a_rate_is_no_row():
    got = rows("Giá trị thu nhập trên 1 ha canh tác đạt 197 triệu đồng.")
    assert "197 triệu đồng" in got and not any(v.startswith("1 ha") for v in got), got
    got = rows("Cụ thể giá 1 kg lợn giống lên tới 160.000 đồng/kg.")
    assert not any(v.startswith("1 kg") for v in got) and any("160.000 đồng/kg" in v for v in got), got
    got = rows("Bình quân mỗi 1 hộ được hỗ trợ 2 con bò giống.")
    assert not any(v.startswith("1 hộ") for v in got), got
    # near-misses: one of something counted is a fact
    got = rows("Ban Thường vụ đã thi hành kỷ luật 1 tổ chức đảng và 3 đảng viên.")
    assert "1 tổ chức đảng" in got, got
    got = rows("Trong quý, chi bộ kết nạp 1 đảng viên mới.")
    assert "1 đảng viên mới" in got, got


@pytest.mark.parametrize("body, value, subject", [
    ("Nghi thức của buổi lễ được cử hành một cách trang nghiêm, 4 đồng chí đã được kết nạp vào Đảng.",
     "4 đồng chí", "Đã được kết nạp"),
    ("Hội nghị diễn ra trong không khí dân chủ, 12 tập thể được tặng giấy khen.", "12 tập thể", "Được tặng giấy khen"),
    ("Sau một năm triển khai quyết liệt, 35 hộ đã thoát nghèo bền vững.", "35 hộ", "Đã thoát nghèo bền vững"),
])
def test_a_figure_opening_its_clause_after_a_comma_is_told_by_its_own_predicate(body, value, subject):
    got = rows(body)
    assert got.get(value) == subject, got


def test_near_miss_a_list_after_a_comma_keeps_its_verb():
    got = rows("UBKT các cấp kiểm tra một tổ chức đảng, 14 đảng viên khi có dấu hiệu vi phạm.")
    assert "kiểm tra" in got["14 đảng viên"].lower(), got
    got = rows("Cấp ủy các cấp kiểm tra 796 tổ chức đảng, 1.256 đảng viên.")
    assert "kiểm tra" in got["1.256 đảng viên"].lower(), got


NEWS = ("(kontumtv.vn) – Sáng ngày 12/12, Đoàn TNCS Hồ Chí Minh tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành Tỉnh đoàn "
        "lần thứ II khóa XV, tổng kết công tác đoàn và phong trào thanh thiếu nhi năm 2022.\n"
        "Trong năm 2022, các nội dung đều cơ bản đạt và vượt chỉ tiêu đề ra. Các tổ chức đoàn đã triển khai trên 480 "
        "công trình, phần việc thanh niên với trị giá hơn 5 tỷ đồng; tổ chức 32 hoạt động về xây dựng đô thị văn minh.\n"
        "Nhân dịp này, Tỉnh đoàn đã trao tặng bằng khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc.\n")


@pytest.mark.parametrize("text", [
    NEWS,
    NEWS.replace("(kontumtv.vn) – Sáng ngày 12/12", "Ngày 25.1"),  # a lead the news reader does not recognise
    "Trong nhiệm kỳ qua, Xã đoàn luôn đạt danh hiệu vững mạnh, thực hiện 18 công trình thanh niên với tổng kinh phí "
    "hàng trăm triệu đồng và trao 20 suất học bổng.\nTại đại hội, 60 đại biểu đại diện cho hơn 120 đoàn viên toàn xã "
    "đã bầu 15 đồng chí vào Ban Chấp hành.\n",
])
def test_the_body_of_a_news_item_without_a_headline_is_no_debris(text, tmp_path):
    analysis = analyze(text)
    assert analysis.structure.news is not None
    debris = [text[d.start:d.end] for d in analysis.structure.news.debris]
    assert not any(len(d) > 100 for d in debris), debris
    path = tmp_path / "news.docx"
    write_summary(analysis, path)
    grouped = sections(Document(str(path)))
    heading = next(h for h in grouped if h.endswith(("SỐ LIỆU CHÍNH", "SỐ LIỆU NỔI BẬT", "ĐƯỢC BÁO CÁO")))
    values = [row[2] for row in table_rows(grouped[heading], columns=4)]
    assert len(values) >= 3, values
    assert any(v.startswith(("trên 480", "18 công trình")) for v in values), values


def test_near_miss_portal_lines_above_a_news_item_stay_debris():
    text = ("Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\n"
            "Chi bộ thôn 3 sinh hoạt chuyên đề quý III\n"
            "Sáng 5/9/2025, Chi bộ thôn 3 tổ chức sinh hoạt chuyên đề với sự tham dự của 25 đảng viên, thảo luận về "
            "công tác chuyển đổi số.\nLượt xem: 532\n")
    analysis = analyze(text)
    debris = [text[d.start:d.end] for d in analysis.structure.news.debris]
    assert any(d.startswith("Trang chủ") for d in debris) and any(d.startswith("Lượt xem") for d in debris), debris
    assert not any("532" in r.value for r in chosen_figures(analysis)[0])


@pytest.mark.parametrize("body, value", [
    ("6 tháng đầu năm, tổng sản lượng khai thác quy dầu đạt 13,54 triệu tấn, vượt kế hoạch.", "13,54 triệu tấn"),
    ("Tỉnh mới có diện tích 21.576,5 km², quy mô dân số hơn 3,153 triệu người.", "hơn 3,153 triệu người"),
    ("Năm 2024, cả nước có 3,2 triệu hộ tham gia sản xuất kinh doanh giỏi.", "3,2 triệu hộ"),
])
def test_a_count_in_millions_keeps_its_noun(body, value):
    got = rows(body)
    assert any(v.startswith(value) for v in got), got


def test_near_miss_money_in_millions_stays_money():
    got = rows("Quỹ vận động được 350 triệu đồng. Hỗ trợ mỗi hộ 2 triệu đồng/tháng. Doanh nghiệp đóng góp 1,5 tỷ, cho quỹ.")
    assert "350 triệu đồng" in got and any(v.startswith("2 triệu đồng") for v in got) and "1,5 tỷ" in got, got


@pytest.mark.parametrize("body, value", [
    ("Sản lượng khai thác dầu thô vượt 577 ngàn tấn so với kế hoạch Chính phủ giao từ đầu năm.",
     "577 ngàn tấn so với kế hoạch Chính phủ giao từ đầu năm"),
    ("Toàn tỉnh có 75 xã đạt tiêu chí cơ sở vật chất văn hóa, tăng 70 xã so với năm 2010.", "70 xã so với năm 2010"),
    ("Số vụ tai nạn giao thông giảm 12 vụ so với cùng kỳ.", "12 vụ so với cùng kỳ"),
    ("Có thời điểm đóng góp vào GDP của Tập đoàn lên tới 20 - 25%.", "20-25%"),
    ("Hằng năm số chi bộ hoàn thành tốt nhiệm vụ trở lên đạt từ 83%, không có chi bộ yếu kém.", "từ 83%"),
])
def test_the_base_after_a_counted_change_and_a_range_after_a_cue(body, value):
    got = rows(body)
    assert any(v.endswith(value) or v == value for v in got), got


def test_the_subject_does_not_repeat_the_hedge_of_the_value():
    got = rows("UBND quận có không quá 3 Phó chủ tịch.")
    assert got.get("không quá 3 Phó chủ tịch") == "UBND quận", got
    got = rows("Mỗi chi bộ duy trì ít nhất 2 buổi sinh hoạt chuyên đề mỗi năm.")
    assert not any("ít nhất" in s for s in got.values()), got


BAO_CAO = ("ĐẢNG BỘ XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 3\n*\n\tAn Bình, ngày 10 tháng 01 năm 2026\n\n"
           "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nI. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n")


@pytest.mark.parametrize("sentence, level", [
    ("Tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 93,5% (kế hoạch trên 90%).", "trên 90%"),
    ("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 92% (chỉ tiêu từ 90% trở lên).", "từ 90% trở lên"),
    ("Tỷ lệ hộ nghèo cuối năm còn 1,2% (kế hoạch tối đa 1,5%).", "không quá 1,5%"),
    ("Tỷ lệ học sinh bỏ học còn 0,3% (kế hoạch dưới 0,5%).", "dưới 0,5%"),
    ("Trồng mới 130 ha rừng tập trung (chỉ tiêu 120 ha).", "120"),  # near-miss: a bare level stays bare
])
def test_the_summary_target_table_states_the_level_as_written(sentence, level, tmp_path):
    path = tmp_path / "targets.docx"
    write_summary(analyze(BAO_CAO + sentence + "\n"), path)
    grouped = sections(Document(str(path)))
    (heading,) = [h for h in grouped if h.endswith("KẾT QUẢ THỰC HIỆN CHỈ TIÊU")]
    levels = [row[1] for row in table_rows(grouped[heading])]
    assert any(got == level or got.startswith(level + " ") for got in levels), levels
    if level == "120":
        assert not any("trở lên" in got for got in levels), levels


@pytest.mark.parametrize("body, part, change", [
    ("Sau khi sắp xếp, toàn tỉnh còn 58 đơn vị hành chính cấp xã, gồm 41 xã và 17 phường, giảm 97 đơn vị hành chính.",
     "17 phường", "97 đơn vị hành chính"),
    ("Huyện có 24 đơn vị hành chính cấp xã, gồm 21 xã và 3 thị trấn, giảm 5 đơn vị hành chính.",
     "3 thị trấn", "5 đơn vị hành chính"),
    ("Sau sắp xếp, toàn tỉnh còn 21 đơn vị hành chính cấp huyện, gồm 17 huyện và 4 thành phố, giảm 3 đơn vị hành "
     "chính cấp huyện.", "4 thành phố", "3 đơn vị hành chính cấp huyện"),
])
def test_a_change_of_the_whole_after_a_list_of_parts_is_no_part_s_change(body, part, change):
    got = rows(body)
    # the parts told in their whole's row, as written (round 15: "58 đơn vị …, gồm 41 xã và 17 phường"), the change a
    # row of its own
    assert any(v.endswith(part) for v in got) and any(v.startswith(change) for v in got), got
    assert not any(part in v and change in v for v in got), got


def test_near_miss_a_change_of_the_part_itself_stays_with_it():
    # the part told in its whole's row, as written (round 15), its change right after it
    got = rows("Xảy ra 14 vụ phạm pháp hình sự, trong đó 6 vụ trộm cắp tài sản, giảm 3 vụ.")
    assert any("6 vụ trộm cắp tài sản, giảm 3 vụ" in v for v in got), got
    got = rows("Toàn huyện có 320 hộ nghèo, trong đó 120 hộ người dân tộc thiểu số, giảm 15 hộ so với năm trước.")
    assert any("120 hộ người dân tộc thiểu số, giảm 15 hộ" in v for v in got), got


@pytest.mark.parametrize("body, value", [
    ("Có 4.336/4.371 đảng viên [tỷ lệ 99,2%] đã thực hiện hoàn thành kiểm điểm, đánh giá.",
     "4.336/4.371 đảng viên [tỷ lệ 99,2%]"),
    ("Kết quả có 25/27 đảng viên [92,6%] được xếp loại hoàn thành tốt nhiệm vụ.", "25/27 đảng viên [92,6%]"),
    ("Thu ngân sách đạt 12 tỷ đồng [bằng 105% dự toán].", "12 tỷ đồng [bằng 105% dự toán]"),
])
def test_a_square_bracket_is_closed_and_left_out_of_the_subject(body, value):
    got = rows(body)
    assert value in got and "[" not in got[value] and "]" not in got[value], got


# (round 12: the list is told with its predicate, since the whole after "/" counts all its items: "42/45 chi bộ, đảng bộ
# bộ phận" are 45 units of two kinds, which the value's first noun alone understates)
@pytest.mark.parametrize("body, value, subject", [
    ("UBMTTQVN tỉnh cho biết, đến nay, 11/11 huyện, thị xã, thành phố đã tổ chức thành công Đại hội đại biểu MTTQVN.",
     "11/11 huyện", "Huyện, thị xã, thành phố đã tổ chức thành công Đại hội đại biểu MTTQVN"),
    ("Có 475/583 thôn, làng đã xây dựng nhà văn hóa, số còn lại sử dụng đình làng.", "475/583 thôn",
     "Thôn, làng đã xây dựng nhà văn hóa"),
    ("Đến hết năm, 42/45 chi bộ, đảng bộ bộ phận đều hoàn thành kiểm điểm tập thể.", "42/45 chi bộ",
     "Chi bộ, đảng bộ bộ phận đều hoàn thành kiểm điểm tập thể"),
])
def test_a_subject_that_only_repeats_the_noun_gives_way_to_the_predicate_after_the_list(body, value, subject):
    got = rows(body)
    assert got.get(value) == subject, got


def test_near_miss_a_repeating_subject_without_a_predicate_after_stays():
    got = rows("Trong năm có 5 xã đạt chuẩn nông thôn mới nâng cao; 1 xã nông thôn mới kiểu mẫu.")
    assert "1 xã nông thôn mới kiểu mẫu" in got, got  # nothing better to say: left as it was
    got = rows("Toàn huyện có 12 xã, 2 thị trấn đã hoàn thành đại hội.")
    assert "12 xã" in got, got
