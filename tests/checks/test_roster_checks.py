"""The roster checks read only the roster passed to the engine: silent without one, and the
roster's near-miss rule never picks between several people whose names fold alike."""

from __future__ import annotations

import time

from minutes_app.core.checks.roster_checks import EXAMPLE_ROSTER
from minutes_app.core.engine import Analyzer, analyze
from minutes_app.core.roster import Person

CODES = {"roster-former-title", "roster-name-near-miss"}
TEXT = ("Hà Nội, ngày 15 tháng 3 năm 2026\n"
        "Đồng chí Nguyễn Thị Thủy, Bí thư Chi bộ, phát biểu ý kiến.\n"
        "Đồng chí Nguyễn Văn Thê phát biểu chỉ đạo hội nghị.\n")


def _roster_findings(text, roster=()):
    return [(f.code, f.text, f.suggestion) for f in analyze(text, roster=roster).findings if f.code in CODES]


def test_silent_without_a_roster():
    assert _roster_findings(TEXT) == []


def test_flags_with_the_roster():
    assert _roster_findings(TEXT, EXAMPLE_ROSTER) == [
        ("roster-former-title", "Bí thư Chi bộ", "nguyên Bí thư Chi bộ"),
        ("roster-name-near-miss", "Nguyễn Văn Thê", "Nguyễn Văn Thể"),
    ]


def test_three_names_that_fold_alike_are_left_alone():
    roster = (Person("Nguyễn Thị Thủy"), Person("Nguyễn Thị Thúy"), Person("Nguyễn Thị Thùy"))
    for written in ("Nguyễn Thị Thuy", "Nguyễn Thị Thụy", "Nguyễn Thị Thũy"):
        assert _roster_findings(f"Đồng chí {written} báo cáo kết quả.\n", roster) == []
    assert _roster_findings("Đồng chí Nguyễn Thị Thuỳ báo cáo kết quả.\n", roster) == []


def test_the_engine_picks_up_a_changed_roster():
    analyzer = Analyzer()
    assert not [f for f in analyzer.analyze(TEXT).findings if f.code in CODES]
    analyzer.roster = EXAMPLE_ROSTER
    assert len([f for f in analyzer.analyze(TEXT).findings if f.code in CODES]) == 2


def test_a_large_roster_keeps_the_check_fast():
    surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
    middles = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Hồng"]
    givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai",
              "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn", "Vinh",
              "Yến", "Hạnh", "Hiếu", "Khánh", "Linh", "Lộc", "Nga", "Oanh", "Phúc", "Quyên",
              "Tài", "Thành", "Thủy", "Trang", "Tú", "Uyên", "Việt", "Xuyến", "Duy", "Giang",
              "Hòa", "Huy", "Kiên", "Lâm", "Mạnh", "Nhung", "Quý", "Sang", "Toàn", "Vân"]
    roster = tuple(Person(f"{s} {m} {g}", ("Đảng viên",)) for s in surnames for m in middles for g in givens)
    assert len(roster) == 5000
    analyzer = Analyzer(roster=roster + EXAMPLE_ROSTER)
    analyzer.analyze(TEXT)  # builds the index once
    started = time.perf_counter()
    analysis = analyzer.analyze(TEXT + "Đồng chí Trầnn Hữu Thắng phát biểu.\nĐồng chí Trần Hữu Thắg phát biểu.\n")
    assert time.perf_counter() - started < 1.0
    found = [(f.text, f.suggestion) for f in analysis.findings if f.code == "roster-name-near-miss"]
    assert ("Trầnn Hữu Thắng", "Trần Hữu Thắng") in found
    # "Thắg" is as close to Thắng as to Thành: two roster names, so no guess
    assert not [f for f in found if f[0] == "Trần Hữu Thắg"]
