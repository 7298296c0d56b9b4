"""Document numbers (domain.md §5): Party "15-NQ/TU", state "Số: 15/QĐ-UBND"."""

import pytest

from minutes_app.core.model import Severity
from tests.helpers import SEEDS, findings


def found(text):
    return [(f.text, f.suggestion) for f in findings(text, "doc-number-format")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # stray spaces
        ("Thực hiện Hướng dẫn số 12 -HD/BTCTU của Ban Tổ chức.", ("12 -HD/BTCTU", "12-HD/BTCTU")),
        ("Theo Kết luận 07 - KL/ĐU của Đảng ủy.", ("07 - KL/ĐU", "07-KL/ĐU")),
        ("Triển khai Chỉ thị số 05-CT/ TW.", ("05-CT/ TW", "05-CT/TW")),
        ("Căn cứ Quyết định số 214/ QĐ-UBND của tỉnh.", ("214/ QĐ-UBND", "214/QĐ-UBND")),
        # one separator used twice
        ("Thực hiện Nghị quyết số 09/NQ/ĐU của Đảng ủy xã.", ("09/NQ/ĐU", "09-NQ/ĐU")),
        ("Theo Kế hoạch 33-KH-UBND của huyện.", ("33-KH-UBND", "33/KH-UBND")),
        # a number in the other system's style
        ("Quyết định số 102-QĐ/UBND ngày 3/3/2023.", ("102-QĐ/UBND", "102/QĐ-UBND")),
        ("Thông báo số 41/TB-HU của Huyện ủy.", ("41/TB-HU", "41-TB/HU")),
    ],
)
def test_doc_number_format_found(text, expected):
    assert found(text) == [expected]


def test_colon_in_party_header_is_info():
    (finding,) = findings("ĐẢNG ỦY XÃ TÂN AN\nSố: 27-NQ/ĐU\nTân An, ngày 02 tháng 3 năm 2023", "doc-number-format")
    assert (finding.text, finding.suggestion, finding.severity) == ("Số:", "Số", Severity.INFO)


@pytest.mark.parametrize(
    "text",
    [
        "Số 27-NQ/ĐU",
        "Số: 215/QĐ-UBND",
        "Thực hiện Quy định số 08-QĐi/TW và Hướng dẫn 36-HD/VPTW.",
        "Nghị định số 30/2020/NĐ-CP và Thông tư số 01/2011/TT-BNV.",
        "Luật số 59/2020/QH14 và Công văn số 123/UBND-VP.",
        "Sửa đổi Quy định 97, 98-QĐ/TW của Ban Bí thư.",
        "Quyết định số 1234/QĐ-TTg của Thủ tướng.",
        "Giai đoạn 2021 - 2025, lễ 30 - 4, tỷ lệ 15/20, ngày 15/12/2022.",
        # the invalid date is invalid-date's, not this rule's
        "Nghị quyết số 15-NQ/TU, ngày 31/11/2022 của Tỉnh ủy.",
    ],
)
def test_doc_number_silent(text):
    assert found(text) == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_only_the_stray_space(seed):
    expected = [("08- QĐ/TU", "08-QĐ/TU")] if seed.name.startswith("003") else []
    assert found(seed.read_text(encoding="utf-8")) == expected
