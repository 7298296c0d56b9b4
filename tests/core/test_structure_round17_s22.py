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


# ------------------------------------------------------------- lists opened inside the minutes' parts

MINUTES = ("ĐẢNG BỘ PHƯỜNG AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ TRƯỜNG TIỂU HỌC AN BÌNH\n*\tAn Bình, ngày 20 tháng 5 "
           "năm 2026\nBIÊN BẢN\nSINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ II NĂM 2026\nThời gian: 14 giờ 00, ngày 19/5/2026.\n"
           "Địa điểm: Phòng họp nhà trường.\nChủ trì: đồng chí Lê Văn Hào, Bí thư chi bộ.\nThư ký: đồng chí Đỗ Thị Vân.\n"
           "Đảng viên có mặt 17/18 đồng chí.\n1. Đồng chí Lê Văn Hào trình bày chuyên đề về giáo dục kỹ năng sống.\n"
           "2. Thảo luận:\n- Đồng chí Phan Thị Lan: đề nghị tăng thời lượng hoạt động ngoài giờ.\n{}\n"
           "Buổi sinh hoạt kết thúc lúc 16 giờ 30 cùng ngày.\nCHỦ TRÌ\tTHƯ KÝ\nLê Văn Hào\tĐỗ Thị Vân\n")


@pytest.mark.parametrize("part", [
    "3. Kết luận của đồng chí chủ trì: thống nhất các giải pháp sau:\n- Tổ khối 5 xây dựng câu lạc bộ đọc sách trong tháng "
    "9/2026.\n- Nhân viên thư viện bổ sung 200 đầu sách ngay từ đầu năm học.\n4. Biểu quyết: 17/17 đảng viên có mặt nhất trí.",
    "3. Chi bộ thống nhất giao:\n- Tổ khối 5 xây dựng câu lạc bộ đọc sách trong tháng 9/2026;\n- Nhân viên thư viện bổ sung "
    "200 đầu sách ngay từ đầu năm học;\n4. Biểu quyết: 17/17 đảng viên có mặt nhất trí.",
    "3. Biểu quyết: 17/17 đảng viên có mặt nhất trí thông qua chuyên đề. Chi bộ giao:\n- Tổ khối 5 xây dựng câu lạc bộ đọc "
    "sách trong tháng 9/2026.\n- Nhân viên thư viện bổ sung 200 đầu sách ngay từ đầu năm học.",
])
def test_a_numbered_part_or_a_last_sentence_ending_with_a_colon_opens_a_task_list(part):
    texts = [t for _, t in _tasks(MINUTES.format(part))]
    assert any("câu lạc bộ đọc sách" in t for t in texts) and any("200 đầu sách" in t for t in texts)
    assert not any("17/17" in t or "tăng thời lượng" in t for t in texts)  # the vote, the debate: no tasks


@pytest.mark.parametrize("item, owner, task", [
    ("- Đồng chí Vũ Thị Hằng, Tổng phụ trách Đội, tổ chức ngày hội đọc sách, báo cáo chi bộ vào kỳ sinh hoạt tháng "
     "10/2026.", "Đồng chí Vũ Thị Hằng", "tổ chức ngày hội"),
    ("- Đ/c Mạc Văn Tùng, phụ trách công tác thư viện, kiểm kê toàn bộ sách giáo khoa trước ngày 30/6/2026.",
     "Đ/c Mạc Văn Tùng", "kiểm kê toàn bộ"),
    ("- Đồng chí Lưu Minh Đức, Trưởng ban chỉ đạo bán trú, rà soát danh sách học sinh ăn bán trú trong tháng 8/2026.",
     "Đồng chí Lưu Minh Đức", "rà soát danh sách"),
])
def test_a_comrades_role_between_commas_is_no_task_verb(item, owner, task):
    part = "3. Kết luận: chi bộ thống nhất các giải pháp sau:\n" + item
    assert _has(_tasks(MINUTES.format(part)), owner, task)


def test_near_miss_a_role_without_a_closing_comma_keeps_the_comrade():
    part = ("3. Kết luận: chi bộ thống nhất các giải pháp sau:\n- Đồng chí Lưu Minh Đức, Phó Bí thư chi bộ hoàn thiện hồ sơ "
            "kết nạp quần chúng Trịnh Thu, trình Đảng ủy phường trước ngày 10/6/2026.")
    assert _has(_tasks(MINUTES.format(part)), "Đồng chí Lưu Minh Đức", "hoàn thiện hồ sơ")


def test_a_meeting_to_report_at_is_the_deadline_with_vao_or_tai():
    part = ("3. Kết luận: chi bộ thống nhất các giải pháp sau:\n- Tổ khối 4 khảo sát thói quen đọc của học sinh, báo cáo "
            "vào kỳ sinh hoạt tháng 9/2026.\n- Tổ khối 3 lập danh mục sách nói, báo cáo tại buổi sinh hoạt tháng 10/2026.")
    deadlines = [t.deadline.value for t in analyze(MINUTES.format(part)).structure.tasks if t.deadline]
    assert deadlines == ["vào kỳ sinh hoạt tháng 9/2026", "tại buổi sinh hoạt tháng 10/2026"]


# ------------------------------------------------------------- a sentence of its own owner inside an item

@pytest.mark.parametrize("item, owner, task", [
    ("- Duy trì giờ đọc sách đầu tuần. Đồng chí Phan Thị Lan phụ trách, lập lịch đọc cho từng lớp trước ngày 05/9/2026.",
     "Đồng chí Phan Thị Lan", "phụ trách, lập lịch"),
    ("- Đổi mới sinh hoạt tổ chuyên môn; mỗi tháng một chủ đề. Tổ trưởng tổ khối 3 xây dựng kế hoạch cả năm học.",
     "Tổ trưởng tổ khối 3", "xây dựng kế hoạch"),
    ("- Tăng cường an toàn trường học. Ban đại diện cha mẹ học sinh phối hợp nhà trường trực cổng giờ tan học.",
     "Ban đại diện cha mẹ học sinh", "phối hợp nhà trường"),
])
def test_a_later_sentence_naming_its_own_owner_is_a_task_of_its_own(item, owner, task):
    tasks = _tasks(MINUTES.format("3. Kết luận: chi bộ thống nhất các giải pháp sau:\n" + item))
    assert len(tasks) == 2 and _has(tasks, owner, task)


@pytest.mark.parametrize("item", [
    "- Tập trung kết nạp 2 đảng viên còn lại; các tổ khối chủ động tạo nguồn trong quý III/2026.",
    "- Hoàn thành bồi dưỡng quần chúng Trịnh Thu. Đồng chí Phan Thị Lan phụ trách, xong trước ngày 30/6/2026.",
    "- Chuẩn bị tổng kết năm học; Văn phòng nhà trường chủ trì, hoàn thành trong tháng 5/2026.",
])
def test_near_miss_a_clause_naming_who_carries_the_item_out_keeps_one_task(item):
    assert len(_tasks(MINUTES.format("3. Kết luận: chi bộ thống nhất các giải pháp sau:\n" + item))) == 1
