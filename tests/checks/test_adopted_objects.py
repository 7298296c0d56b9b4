"""The kinds of paper a vote adopts (resources/adopted_objects.txt), read by one escaped pattern compiled once."""

from minutes_app.core.checks.votes import _objects


def test_each_paper_with_its_designation():
    found = _objects("Biểu quyết thông qua Phương án 2 và Quy chế làm việc")
    assert [(noun, mark) for noun, mark, _ in found] == [("phương án", "2"), ("quy chế", "")]


def test_a_longer_word_is_no_paper():
    assert _objects("Kế hoạch năm; phương ánh sáng") == [("kế hoạch", "", 0)]
    assert _objects("dự toán ngân sách, dự toánh") == [("dự toán", "", 0)]


def test_the_minutes_read_back():
    assert [noun for noun, _, _ in _objects("Biên bản được đọc lại, thông qua báo cáo chính trị")] == [
        "biên bản", "báo cáo"]
