"""Exactly what the spelling, capitalisation, tone-style and name checks say on the seeds.

Beyond the two planted slips ("Bí Thư", "tfực"), each finding is a rule of domain.md §4:
"các Chỉ thị, Nghị quyết" (C12, generic plural: the rule's own example), "5 Chi bộ trực
thuộc" (C5), and "tổ chức Đảng" (C3) at info level under its own code.
"""

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity
from tests.helpers import seed_text

CODES = {"spelling", "tone-style-mixed", "capitalization", "capitalization-party-noun",
         "name-inconsistent", "title-inconsistent"}

EXPECTED = {
    "000": [
        ("capitalization", "warning", "Bí Thư", "Bí thư"),
        ("capitalization", "warning", "Chỉ thị, Nghị quyết", "chỉ thị, nghị quyết"),
        ("capitalization", "warning", "Chỉ thị, Nghị quyết", "chỉ thị, nghị quyết"),
    ] + [("capitalization-party-noun", "info", "tổ chức Đảng", "tổ chức đảng")] * 5,
    "001": [],
    "002": [("spelling", "warning", "tfực", "thực")],
    "003": [("capitalization-party-noun", "info", "tổ chức cơ sở Đảng", "tổ chức cơ sở đảng")],
    "004": [("capitalization", "warning", "Chi bộ", "chi bộ")],
}


def test_exactly_these_findings_on_the_seeds():
    for prefix, expected in EXPECTED.items():
        found = [(f.code, f.severity.value, f.text, f.suggestion)
                 for f in analyze(seed_text(prefix)).findings if f.code in CODES]
        assert sorted(found) == sorted(expected), prefix


def test_none_is_an_error():
    for prefix in EXPECTED:
        assert not [f for f in analyze(seed_text(prefix)).findings
                    if f.code in CODES and f.severity is Severity.ERROR], prefix
