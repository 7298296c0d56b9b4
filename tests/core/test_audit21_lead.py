"""Round 21's audit of real pages (two false findings, each fixed at its mechanism, with sentences of our own):
a share whose bracket names its own total ("đạt 98% (so với tổng số 50 đại biểu)") after a ratio of those who took
part, and a surname right after a title's shorter form ("Huyện ủy Viên Hồng Tiến")."""

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import findings


def _alarms(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in analyze(text).findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize("text", [
    "Kết quả bỏ phiếu 49/49 số phiếu tán thành, đạt 98% (so với tổng số 50 đại biểu), bầu ông Trần Văn Hải giữ chức "
    "Chủ tịch Hội đồng nhân dân thành phố.",
    "Có 45/45 phiếu tán thành, đạt 91,84% (so với tổng số 49 đại biểu Hội đồng nhân dân tỉnh).",
    "Kết quả 38/38 phiếu đồng ý, đạt 95% (của tổng số 40 đại biểu).",
])
def test_a_share_of_the_total_its_own_bracket_names(text):
    assert _alarms(text) == []


@pytest.mark.parametrize("text, wrong", [
    ("Kết quả bỏ phiếu 49/49 số phiếu tán thành, đạt 96% (so với tổng số 50 đại biểu).", "96%"),
    ("Có 45/45 phiếu tán thành, đạt 93,84% (so với tổng số 49 đại biểu).", "93,84%"),
    ("Kết quả 52/54 phiếu đồng ý, đạt 94,3% (so với tổng số 56 đại biểu).", "94,3%"),
])
def test_a_share_neither_base_gives_is_still_wrong(text, wrong):
    assert any(f.text == wrong for f in findings(text, "percent-mismatch"))


@pytest.mark.parametrize("text", [
    "Tại hội nghị, Phó Bí thư Thường trực Huyện ủy Viên Hồng Tiến đề nghị các tổ chức cơ sở đảng tăng cường kết nạp.",
    "Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy Viên Minh Khoa ghi nhận kết quả đạt được.",
    "Thay mặt Ban Thường vụ, Thường trực Tỉnh ủy Viên Đức Thịnh trao Huy hiệu Đảng.",
])
def test_a_surname_after_a_title_is_a_name(text):
    assert not findings(text, "capitalization")


@pytest.mark.parametrize("text", [
    "Đồng chí Nguyễn Văn An, Huyện ủy Viên, Bí thư Đảng ủy xã phát biểu.",
    "Dự hội nghị có đồng chí Lê Văn Bình, Tỉnh ủy Viên, Giám đốc Sở Nội vụ.",
    "Ông Trần Văn Cường, Đảng ủy Viên phụ trách khối dân vận.",
])
def test_a_capital_inside_a_title_is_still_questioned(text):
    assert findings(text, "capitalization")


@pytest.mark.parametrize("text", [
    "Ông Đinh Công Sơn, Ủy Viên Ban Thường vụ Đảng ủy.",
    "Bà Lê Thị Hoa, Huyện ủy Viên Hội đồng nhân dân huyện.",
    "Đồng chí Trần Văn Nam, Tỉnh ủy Viên Đảng ủy Khối.",
])
def test_a_body_after_the_capital_is_no_name(text):
    assert findings(text, "capitalization")
