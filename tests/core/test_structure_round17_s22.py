"""Round 17 (engineer s22): tasks where gold authors of several sets read them and the reader did not, in sentences of
our own (tests/blind_structure/README.md, rulings of round 17).

- a paragraph under "Tổ chức thực hiện" with no list marks: each clause that opens with who does what is a task; a
  standing responsibility ("Chi ủy có / chịu trách nhiệm …"), the formula "căn cứ … tổ chức thực hiện", a bare
  "triển khai thực hiện" and the vote that adopts the text are none;
- a directive ("Phát biểu chỉ đạo / Bế mạc kỳ họp, … đề nghị / yêu cầu …") to the meeting's own body written in lower
  case ("chi bộ", "chi ủy") is a task when it sets a dated deadline; the next ";" clause with no owner after such a
  task is the same body's next charge; "các đại biểu …" own the clause they open.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

RESOLUTION = ("ĐẢNG BỘ XÃ PHÚ HÒA\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN BÌNH MINH\n*\tPhú Hòa, ngày 04 tháng 9 năm 2026\n"
              "Số 09-NQ/CB\nNGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ tháng 9 năm 2026\n"
              "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
              "- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 03/9/2026,\nCHI BỘ THÔN BÌNH MINH QUYẾT NGHỊ\n"
              "I. NHIỆM VỤ THÁNG 9/2026\n- Vận động các hộ hoàn thành nộp quỹ phòng, chống thiên tai trước ngày 25/9/2026.\n"
              "II. TỔ CHỨC THỰC HIỆN\n{}\n"
              "T/M CHI BỘ\nBÍ THƯ\nLa Văn Khải\n")

NEWS = ("Chi bộ thôn Đồng Tâm sinh hoạt chuyên đề\n"
        "Ngày 14/8/2026, Chi bộ thôn Đồng Tâm, xã Yên Lạc tổ chức sinh hoạt chuyên đề về phát triển kinh tế vườn đồi. "
        "Chi bộ có 24 đảng viên, 22 đồng chí có mặt.\n{}\n")


def _tasks(text: str):
    return [(t.owner.value if t.owner else None, t.text.value) for t in analyze(text).structure.tasks]


def _has(tasks, owner_start: str, text_start: str) -> bool:
    return any((o or "").lower().startswith(owner_start.lower()) and t.startswith(text_start) for o, t in tasks)


# ------------------------------------------------------------- prose under "Tổ chức thực hiện"

@pytest.mark.parametrize("paragraph, owner, task", [
    ("Chi ủy xây dựng kế hoạch thực hiện, phân công đảng viên phụ trách từng cụm dân cư; định kỳ báo cáo Đảng ủy xã. "
     "Nghị quyết được 100% (16/16) đảng viên chính thức có mặt biểu quyết thông qua.", "Chi ủy", "xây dựng kế hoạch"),
    ("Nghị quyết đã được 18/19 đảng viên có mặt tán thành. Đồng chí Phó Bí thư Chi bộ đôn đốc, kiểm tra các tổ "
     "đảng thực hiện, báo cáo kết quả tại kỳ sinh hoạt tháng 10/2026.", "Đồng chí Phó Bí thư", "đôn đốc, kiểm tra"),
    ("Các tổ đảng căn cứ nghị quyết tổ chức thực hiện; Ban công tác Mặt trận thôn tuyên truyền nghị quyết đến các hộ "
     "trong tháng 9.", "Ban công tác Mặt trận", "tuyên truyền nghị quyết"),
])
def test_a_clause_naming_who_does_what_under_to_chuc_thuc_hien_is_a_task(paragraph, owner, task):
    assert _has(_tasks(RESOLUTION.format(paragraph)), owner, task)


@pytest.mark.parametrize("paragraph", [
    "Chi ủy có trách nhiệm cụ thể hóa nghị quyết thành kế hoạch, phân công đảng viên thực hiện. Nghị quyết được "
    "17/17 đảng viên chính thức có mặt biểu quyết tán thành.",
    "Chi ủy chịu trách nhiệm triển khai, kiểm tra việc thực hiện nghị quyết; mỗi đảng viên căn cứ nhiệm vụ được "
    "phân công xây dựng kế hoạch cá nhân.",
    "Các tổ đảng, chi hội đoàn thể căn cứ nghị quyết này tổ chức thực hiện; các đoàn thể triển khai thực hiện, "
    "báo cáo kết quả tại kỳ sinh hoạt tháng 10/2026.",
])
def test_a_responsibility_a_formula_or_a_vote_under_to_chuc_thuc_hien_is_no_task(paragraph):
    assert [t for o, t in _tasks(RESOLUTION.format(paragraph)) if not t.startswith("Vận động")] == []


# ------------------------------------------------------------- a directive to the meeting's own body, in lower case

@pytest.mark.parametrize("sentence, owner, task", [
    ("Phát biểu chỉ đạo, đồng chí Trịnh Văn Lộc đề nghị chi bộ sớm lập danh sách hộ trồng cây ăn quả, gửi Đảng ủy xã "
     "trước ngày 30/8/2026.", "chi bộ", "sớm lập danh sách"),
    ("Phát biểu kết luận, đồng chí Hà Thị Nguyệt yêu cầu chi ủy hoàn chỉnh đề án vườn mẫu, hoàn thành trong tháng "
     "9/2026.", "chi ủy", "hoàn chỉnh đề án"),
    ("Bế mạc kỳ họp, ông Lò Văn Tiến đề nghị UBND xã chỉ đạo giải tỏa các điểm lấn chiếm hành lang đường trong quý "
     "IV/2026; các đại biểu tăng cường giám sát việc thu, chi ngân sách.", "UBND xã", "chỉ đạo giải tỏa"),
])
def test_a_directive_with_a_dated_deadline_is_a_task(sentence, owner, task):
    assert _has(_tasks(NEWS.format(sentence)), owner, task)


@pytest.mark.parametrize("sentence", [
    "Phát biểu chỉ đạo, đồng chí Trịnh Văn Lộc đề nghị chi bộ duy trì nền nếp sinh hoạt chuyên đề hằng quý.",
    "Phát biểu chỉ đạo, đồng chí Hà Thị Nguyệt yêu cầu chi bộ quan tâm giáo dục thanh niên trong dịp Tết.",
    "Phát biểu chỉ đạo, đồng chí Trịnh Văn Lộc đề nghị chi ủy khóa mới sớm xây dựng chương trình hành động, tập trung "
    "phát triển kinh tế vườn đồi.",
])
def test_an_exhortation_to_the_meetings_own_body_without_a_date_is_no_task(sentence):
    assert _tasks(NEWS.format(sentence)) == []


@pytest.mark.parametrize("sentence, task", [
    ("Phát biểu chỉ đạo, đồng chí Trịnh Văn Lộc đề nghị chi bộ sớm xây dựng quy chế phối hợp, hoàn thành trong tháng "
     "9/2026; quan tâm bồi dưỡng quần chúng ưu tú trong đoàn viên thanh niên.", "quan tâm bồi dưỡng"),
    ("Phát biểu chỉ đạo, bà Đào Thị Sen đề nghị Ban Chấp hành khóa mới ban hành chương trình công tác toàn khóa trong "
     "quý IV/2026; tăng cường kiểm tra, giám sát hoạt động của các chi hội.", "tăng cường kiểm tra"),
    ("Phát biểu kết luận, đồng chí Hà Thị Nguyệt yêu cầu chi ủy hoàn thiện hồ sơ đề nghị kết nạp, gửi Ban Xây dựng "
     "Đảng trước ngày 15/9/2026; rà soát đảng viên được miễn sinh hoạt.", "rà soát đảng viên"),
])
def test_the_next_clause_of_a_dated_directive_is_the_same_bodys_task(sentence, task):
    tasks = _tasks(NEWS.format(sentence))
    assert len(tasks) == 2 and tasks[1][1].startswith(task) and tasks[1][0] == tasks[0][0]


def test_the_next_clause_of_an_undated_directive_is_not_taken():
    sentence = ("Phát biểu chỉ đạo, đồng chí Trịnh Văn Lộc đề nghị Đảng ủy xã làm tốt công tác chuẩn bị đại hội; "
                "tăng cường nắm tình hình dư luận trong nhân dân.")
    assert not any(t.startswith("tăng cường") for _, t in _tasks(NEWS.format(sentence)))
