"""The five seed reports end to end: what a reviewer expects the checker to say."""

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity
from tests.helpers import seed_text

EXPECTED_OFFICIALS = {
    "000": {"Nông Quốc Tuấn", "Nguyễn Phú Trọng"},
    "001": set(),
    "002": {"Nguyễn Văn Thể", "Lại Xuân Lâm", "Đỗ Việt Hà", "Nguyễn Quang Trường"},
    "003": {"Nguyễn Văn Thông", "Nguyễn Thị Kim Chi", "Nguyễn Viết Hưng", "Hoàng Phú Hiền"},
    "004": {"Vũ Đức Chính"},
}

# Errors a reviewer would raise on the seeds; any other error-level finding is a false alarm.
EXPECTED_ERRORS = {
    "001": {("percent-mismatch", "75,5%")},
    "004": {("count-mismatch", "2 chỉ tiêu")},
}


def test_every_titled_person_and_no_one_else():
    for prefix, names in EXPECTED_OFFICIALS.items():
        found = {e.get("name") for e in analyze(seed_text(prefix)).entities_of("official")}
        assert found == names, prefix


def test_titles_attached_as_written():
    def titles(prefix, name):
        return {t for e in analyze(seed_text(prefix)).entities_of("official") if e.get("name") == name
                for t in e.get("titles")}

    assert titles("002", "Nguyễn Văn Thể") >= {"Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối"}
    assert titles("000", "Nông Quốc Tuấn") >= {"Bí thư Đảng ủy", "Thứ trưởng", "Phó Chủ nhiệm"}
    assert titles("002", "Đỗ Việt Hà") == {"Phó Bí thư Đảng ủy Khối"}
    assert titles("003", "Nguyễn Thị Kim Chi") == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy Khối các cơ quan tỉnh"}
    assert titles("004", "Vũ Đức Chính") == {"Tỉnh ủy viên", "Bí thư Đảng ủy", "Chánh Văn phòng UBND tỉnh"}


def test_the_62_of_80_finding():
    found = [f for f in analyze(seed_text("001")).findings if f.code == "percent-mismatch" and f.text == "75,5%"]
    assert len(found) == 1 and found[0].suggestion == "77,5%" and found[0].severity is Severity.ERROR


def test_count_mismatch_in_004_and_both_repeated_words():
    assert [f.text for f in analyze(seed_text("004")).findings if f.code == "count-mismatch"] == ["2 chỉ tiêu"]
    repeated = {f.text for p in ("002", "004") for f in analyze(seed_text(p)).findings if f.code == "repeated-word"}
    assert repeated == {"trong trong", "thực hiện thực hiện"}


def test_no_error_on_correct_figures():
    for prefix in EXPECTED_OFFICIALS:
        errors = {(f.code, f.text) for f in analyze(seed_text(prefix)).findings if f.severity is Severity.ERROR}
        assert errors == EXPECTED_ERRORS.get(prefix, set()), prefix


def test_targets_and_tasks_found():
    analysis = analyze(seed_text("004"))
    statuses = {(e.get("target_text"), e.get("actual_text"), e.get("status")) for e in analysis.entities_of("target")}
    assert ("3", "4", "vượt") in statuses
    assert ("95%", "100%", "vượt") in statuses
    assert len(analyze(seed_text("002")).entities_of("task")) >= 4
