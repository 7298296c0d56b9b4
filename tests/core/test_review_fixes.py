"""Faults a review of the 2026-12-06 changes found: each fixed in general and held here."""

import time

from minutes_app.core.checks.counts import _PERSON_LINE, _most_items
from minutes_app.core.engine import Analyzer
from minutes_app.core.structure.build import _ratio_parts


def test_an_election_whose_count_states_no_valid_ballots_is_read_without_a_crash():
    text = ("BIÊN BẢN KIỂM PHIẾU\nĐại hội tiến hành bầu cử Chi ủy.\n30 phiếu phát ra, thu về 30 phiếu.\n"
            "Đồng chí Nguyễn Văn An: 29 phiếu.\nĐồng chí Lê Thị Hoa: 30 phiếu.")
    decisions = Analyzer().analyze(text).structure.decisions
    assert [d.person for d in decisions] == ["Nguyễn Văn An", "Lê Thị Hoa"]
    assert all(d.base is None for d in decisions)  # the count never says how many were valid


def test_a_ratio_written_with_a_word_keeps_its_spans():
    text = "Có 41 trên 45 Ủy viên; 18/19 đảng viên"
    assert _ratio_parts(text, 3, 13) == (5, 11)
    assert _ratio_parts(text, 23, 28) == (25, 26)
    news = ("Hội nghị Ban Chấp hành Đảng bộ xã An Phú lần thứ 5\nThứ Hai, 08/09/2025 10:30\nSáng 5/9, Ban Chấp hành "
            "Đảng bộ xã An Phú tổ chức hội nghị lần thứ 5 để đánh giá kết quả lãnh đạo 8 tháng đầu năm. Có 41 trên 45 "
            "Ủy viên Ban Chấp hành tham dự hội nghị.")
    attendance = Analyzer().analyze(news).structure.attendance
    assert news[attendance.present.start:attendance.present.end] == "41"
    assert news[attendance.total.start:attendance.total.end] == "45"


def test_a_joiner_in_capitals_still_cuts_a_list():
    assert _most_items("tiêu chí A, tiêu chí B Và khu C") == _most_items("tiêu chí A, tiêu chí B và khu C") == 3


def test_a_long_run_of_letters_after_an_honorific_is_read_at_once():
    start = time.perf_counter()
    assert _PERSON_LINE.match("- Ông " + "à" * 400 + "!") is None
    assert time.perf_counter() - start < 0.5  # was polynomial: 80 letters took 1.4 s, 160 about 20 s
    assert _PERSON_LINE.match("- Ông Đặng Văn Lộc: 80/84 phiếu")["name"].strip() == "Đặng Văn Lộc"


def test_a_candidates_result_is_an_election_not_an_opinion():
    text = ("BIÊN BẢN KIỂM PHIẾU\nKết quả kiểm phiếu: số phiếu phát ra 20, số phiếu thu vào 20, số phiếu hợp lệ 19.\n"
            "+ Đ/c Lê Thị Mỹ Hạnh: 19 phiếu, đạt 100% so với số phiếu hợp lệ.\n"
            "+ Đ/c Phạm Ngọc Sơn: 17 phiếu, đạt 89,47%.\n"
            "- Đồng chí Trần Văn Bình, Bí thư Chi bộ: đề nghị các đồng chí phát huy tinh thần trách nhiệm.")
    structure = Analyzer().analyze(text).structure
    assert [d.person for d in structure.decisions] == ["Lê Thị Mỹ Hạnh", "Phạm Ngọc Sơn"]
    assert [o.speaker.value for o in structure.opinions] == ["Trần Văn Bình"]


def test_a_unit_takes_no_letter_of_an_abbreviation():
    from minutes_app.core.detectors.figures import _unit_after

    assert _unit_after("03 đồng chí do đ/c Võ Minh Quân làm trưởng ban", 2) == "đồng chí"
    assert _unit_after("05 đồng chí b/c tại hội nghị", 2) == "đồng chí"
    assert _unit_after("62 triệu đồng/người/năm", 2) == "triệu đồng"  # a rate keeps its noun


def test_a_title_in_capitals_keeps_the_names_the_document_writes():
    from minutes_app.core.structure.meeting import sentence_case

    body = ("Hôm nay, tại hội trường thôn Phú Lễ, Chi bộ tiến hành đại hội. Đảng ủy xã Tân An chỉ đạo. "
            "Báo cáo của Đảng ủy xã Tân An được thông qua.")
    assert sentence_case("ĐẠI HỘI CHI BỘ THÔN PHÚ LỄ NHIỆM KỲ 2025 - 2027", body) == \
        "Đại hội Chi bộ thôn Phú Lễ nhiệm kỳ 2025 - 2027"  # the body writes "Chi bộ" mid-sentence
    assert sentence_case("BÁO CÁO CỦA ĐẢNG ỦY XÃ TÂN AN", body) == "Báo cáo của Đảng ủy xã Tân An"
    assert sentence_case("SINH HOẠT CHI BỘ QUÝ II NĂM 2024") == "Sinh hoạt chi bộ quý II năm 2024"  # no source: as before
