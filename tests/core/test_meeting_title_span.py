"""A resolution's title that names the meeting adopting it ("NGHỊ QUYẾT / sinh hoạt chi bộ thường kỳ tháng 4 năm
2026") gives the meeting's name and kind with the title's own span (review of round 17: both were read at 0-0, so the
summary's entry selected nothing in the document)."""

import pytest

from minutes_app.core.engine import analyze

HEAD = "ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN ĐÔNG\nSố 05-NQ/CB\nAn Bình, ngày 20 tháng 4 năm 2026\nNGHỊ QUYẾT\n"


def meeting(title: str, body: str):
    text = HEAD + title + "\n" + body
    return text, analyze(text).structure.built().meeting


@pytest.mark.parametrize("title, body, name, kind", [
    ("sinh hoạt chi bộ thường kỳ tháng 4 năm 2026",
     "Chi bộ đã thảo luận và thống nhất các nội dung sau.\n1. Tập trung thu hoạch lúa vụ đông xuân.\n",
     "sinh hoạt chi bộ thường kỳ tháng 4 năm 2026", "thường kỳ"),
    ("Phiên họp thường kỳ quý III năm 2026",
     "Chi bộ thống nhất các nội dung sau.\n1. Hoàn thành thu nộp đảng phí (quý III).\n",
     "Phiên họp thường kỳ quý III năm 2026", "thường kỳ"),
    # a title labelled "Nội dung:": the name is what follows the label, and so is its span
    ("Nội dung: sinh hoạt chi bộ định kỳ tháng 6 năm 2026",
     "Chi bộ thống nhất các nội dung sau.\n1. Vận động nhân dân vệ sinh môi trường.\n",
     "sinh hoạt chi bộ định kỳ tháng 6 năm 2026", "thường kỳ"),
])
def test_the_name_read_from_a_dated_title_selects_the_title(title, body, name, kind):
    text, read = meeting(title, body)
    assert read.name.value == name == text[read.name.start:read.name.end]
    assert read.kind.value == kind and (read.kind.start, read.kind.end) == (read.name.start, read.name.end)


def test_a_title_over_two_lines_is_selected_whole():
    text, read = meeting("SINH HOẠT CHI BỘ THƯỜNG KỲ\nTHÁNG 5 NĂM 2026",
                         "Chi bộ đã thảo luận và thống nhất các nội dung sau.\n1. Tập trung thu hoạch lúa.\n")
    assert read.name.value == "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2026"
    assert " ".join(text[read.name.start:read.name.end].split()) == read.name.value


@pytest.mark.parametrize("title", [
    "về công tác phát triển đảng viên năm 2026",  # a subject, not a meeting
    "về lãnh đạo thu hoạch lúa vụ đông xuân tháng 4 năm 2026",
])
def test_a_title_that_names_no_meeting_gives_no_name(title):
    _, read = meeting(title, "Chi bộ thống nhất các nội dung sau.\n1. Kết nạp 2 đảng viên.\n")
    assert read is None or read.name is None
