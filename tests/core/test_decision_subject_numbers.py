"""A vote's subject runs on past the dot that groups a number's thousands (review of round 16: "mức đóng góp 1.500
nghìn đồng" was cut to "mức đóng góp 1"); a full stop still ends it."""

import pytest

from minutes_app.core.engine import analyze

HEAD = "BIÊN BẢN HỌP CHI BỘ\n"


def subjects(line: str) -> list[str]:
    return [d.subject for d in analyze(HEAD + line).structure.built().decisions]


@pytest.mark.parametrize("line, subject", [
    ("Chi bộ biểu quyết mức đóng góp 1.500 nghìn đồng mỗi đảng viên: 20/20 đồng chí tán thành.",
     "mức đóng góp 1.500 nghìn đồng mỗi đảng viên"),
    ("Hội nghị biểu quyết thông qua dự toán thu quỹ 12.000.000 đồng: 15/15 đồng chí tán thành.",
     "dự toán thu quỹ 12.000.000 đồng"),
    ("Chi ủy biểu quyết về mức hỗ trợ 2.000 nghìn đồng cho hộ khó khăn: 7/7 đồng chí tán thành.",
     "mức hỗ trợ 2.000 nghìn đồng cho hộ khó khăn"),
])
def test_a_number_with_thousands_stays_in_the_subject(line, subject):
    assert subjects(line) == [subject]


@pytest.mark.parametrize("line, subject", [
    ("Hội nghị biểu quyết thông qua kế hoạch năm 2025. Kết quả: 15/15 đồng chí tán thành.", "kế hoạch năm 2025"),
    ("Chi bộ biểu quyết kết nạp quần chúng Lò Văn Tú. Kết quả: 12/12 đồng chí tán thành.",
     "kết nạp quần chúng Lò Văn Tú"),
    ("Hội nghị biểu quyết thông qua mức đóng góp 2. Kết quả: 9/9 đồng chí tán thành.", "mức đóng góp 2"),
])
def test_a_full_stop_still_ends_it(line, subject):
    assert subjects(line) == [subject]
