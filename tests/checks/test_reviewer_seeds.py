"""Exactly what the word, spelling, capitalisation, tone-style and name checks say on the seeds.

Beyond the planted slips ("Bí Thư", "tfực", "trong trong", "thực hiện thực hiện"), each
finding is a usage domain.md §4 advises against but official outlets write both ways, so
info once per document: "các Chỉ thị, Nghị quyết" (C12), "5 Chi bộ trực thuộc" (C5), and
"tổ chức Đảng" (C3) under its own code.
"""

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity
from tests.helpers import seed_text

CODES = {"spelling", "tone-style-mixed", "capitalization", "capitalization-party-noun", "capitalization-convention",
         "name-inconsistent", "title-inconsistent", "real-word", "split-word", "acronym-doubled", "repeated-word"}

EXPECTED = {
    "000": [
        ("capitalization", "warning", "Bí Thư", "Bí thư"),
        ("capitalization-convention", "info", "Chỉ thị, Nghị quyết", "chỉ thị, nghị quyết"),
        ("capitalization-party-noun", "info", "tổ chức Đảng", "tổ chức đảng"),
    ],
    "001": [],
    # "các đảng ủy tfực thuộc": the r struck as its neighbour f; "trực thuộc" is the phrase there
    "002": [("spelling", "warning", "tfực", "trực"), ("repeated-word", "warning", "trong trong", "trong")],
    "003": [("capitalization-party-noun", "info", "tổ chức cơ sở Đảng", "tổ chức cơ sở đảng")],
    "004": [("capitalization-convention", "info", "Chi bộ", "chi bộ"),
            ("repeated-word", "warning", "thực hiện thực hiện", "thực hiện")],
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
