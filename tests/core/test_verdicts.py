"""One verdict rule for the target detector, the document model and the target checks."""

import pytest

from minutes_app.core.quantities.verdicts import attainment_verdict, verdict


@pytest.mark.parametrize(("result", "target", "comparator", "expected"), [
    (1254, 1200, ">=", "vượt"),     # thực hiện 1.254 trên chỉ tiêu 1.200
    (60, 60, ">=", "đạt"),
    (52, 60, ">=", "chưa đạt"),
    (92.0, 90, ">=", "vượt"),       # "từ 90% trở lên": above a floor exceeds it
    (0.8, 1, "<=", "đạt"),          # "không quá 1%": further under a ceiling is not "vượt"
    (1, 1, "<=", "đạt"),
    (1.3, 1, "<=", "chưa đạt"),
    (2.0, 2.0, "<", "chưa đạt"),    # "dưới 2%" is not met by 2%
    (1.9, 2.0, "<", "đạt"),
])
def test_verdict(result, target, comparator, expected):
    assert verdict(result, target, comparator) == expected


def test_attainment():
    assert attainment_verdict(104.5) == "vượt"
    assert attainment_verdict(100) == "đạt"
    assert attainment_verdict(88.7) == "chưa đạt"
