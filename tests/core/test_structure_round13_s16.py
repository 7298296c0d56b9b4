"""Round 13 (engineer s16): the document model on the retired blind8 set, each fault by its mechanism.

- signature blocks side by side whose cells are pushed across with as many TABs as the left cell's length asks (a TAB
  stop every eight characters): the role, the position under it and the name under that are one column although their
  lines hold different counts of TABs; and a signature beside the recipients whose lines do the same;
- chairs told after the chair ("; cùng chủ trì có đồng chí B … và đồng chí C"), after the verb ("Chủ trì hội nghị có
  đồng chí A", "… chủ trì, gồm các đồng chí A, B và C"), and a presidium listed after "các đồng chí" whose first name
  alone a sentence gave: every one of them (a family name the list lacks counts with a known middle name);
- the meeting of a state leader's thông báo kết luận ("đồng chí X - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe …"),
  read as a Ban Thường vụ's is: name, kind, chair, venue; a chi bộ nghị quyết's "căn cứ kết quả buổi sinh hoạt chi bộ
  ngày …" names no meeting and no kind;
- a venue that is a room keeps the block and the body whose seat it is ("Hội trường tầng 5, nhà A, Bệnh viện Đa khoa
  tỉnh", "Phòng họp số 1, UBND tỉnh"), not the body that holds the meeting after it ("tại Hội trường xã, UBND xã tổ
  chức …");
- a title written after the person elected ("đồng chí A, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trúng cử") is no second
  person elected ("Phó Bí", where the title goes on in small letters);
- a task item that opens with a request to a body by name ("2.4- Đề nghị UBND phường chỉ đạo …") is owned by it, as a
  "Giao …" item is; "tổng kết", "sơ kết" and "đẩy nhanh" are task verbs (the owner stopped at a later verb);
- a condition after a task ("…; trường hợp đủ điều kiện thì lập hồ sơ …") names no owner of a task of its own;
- a task verb and a colon ("yêu cầu các chi bộ tập trung: A; B; C") open a list of that owner's tasks, one a clause.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

BB_HEAD = ("ĐẢNG BỘ XÃ NA HANG\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ BẢN PẮC\tNa Hang, ngày 09 tháng 3 năm 2026\n"
           "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026\n"
           "Thời gian: 19 giờ 30 phút, ngày 09/3/2026.\nĐịa điểm: Nhà văn hóa bản Pắc.\n"
           "Chủ trì: đồng chí Ma Văn Thịnh, Bí thư Chi bộ.\nThư ký: đồng chí Hoàng Thị Nhài, chi ủy viên.\n"
           "Chi bộ biểu quyết thông qua nghị quyết tháng 3/2026 với 14/14 đảng viên chính thức có mặt tán thành.\n"
           "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.\n")


def _signers(tail: str):
    return [(s.role and s.role.value, s.position and s.position.value, s.name and s.name.value)
            for s in analyze(BB_HEAD + tail).structure.signers]


# ---------------------------------------------------------------- signature columns aligned by TAB stops

@pytest.mark.parametrize(("tail", "expected"), [
    # the right column's three lines start at 4, 5 and 3 TABs: all at the same TAB stop, or the nearest one
    ("THƯ KÝ\t\t\t\tT/M CHI BỘ\n\t\t\t\t\tBÍ THƯ\nHoàng Thị Nhài\t\t\t\tMa Văn Thịnh",
     [("THƯ KÝ", None, "Hoàng Thị Nhài"), ("T/M CHI BỘ", "BÍ THƯ", "Ma Văn Thịnh")]),
    ("NGƯỜI GHI BIÊN BẢN\t\t\tCHỦ TRÌ\n\t\t\t\t\tBÍ THƯ CHI BỘ\nHoàng Thị Nhài\t\t\t\tMa Văn Thịnh",
     [("NGƯỜI GHI BIÊN BẢN", None, "Hoàng Thị Nhài"), ("CHỦ TRÌ", "BÍ THƯ CHI BỘ", "Ma Văn Thịnh")]),
    # three blocks: the names line holds one TAB between names, the roles line two
    ("ỦY VIÊN\t\tỦY VIÊN\t\tT/M TỔ KIỂM PHIẾU\n\t\t\t\t\tTỔ TRƯỞNG\nLa Văn Hùng\tNông Thị Sen\tMa Văn Thịnh",
     [("ỦY VIÊN", None, "La Văn Hùng"), ("ỦY VIÊN", None, "Nông Thị Sen"),
      ("T/M TỔ KIỂM PHIẾU", "TỔ TRƯỞNG", "Ma Văn Thịnh")]),
])
def test_signature_columns_pushed_across_by_tabs(tail, expected):
    assert _signers(tail) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    # the recipients hold the left cell: every other cell is the one signature, whatever its TABs
    ("Nơi nhận:\t\t\t\tT/M CHI BỘ\n- Đảng ủy xã (b/c),\t\tBÍ THƯ\n- Lưu chi bộ.\t\t\t\tMa Văn Thịnh",
     [("T/M CHI BỘ", "BÍ THƯ", "Ma Văn Thịnh")]),
    ("Nơi nhận:\t\t\t\tT/M BAN THƯỜNG VỤ\n- Thường trực Huyện ủy (b/c),\tPHÓ BÍ THƯ\n- Các chi bộ,\n"
     "- Lưu.\t\t\t\t\tMa Văn Thịnh",
     [("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Ma Văn Thịnh")]),
    ("Nơi nhận:\t\t\tKT. GIÁM ĐỐC\n- Như trên;\t\t\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\t\t\t\tMa Văn Thịnh",
     [("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ma Văn Thịnh")]),
])
def test_a_signature_beside_the_recipients_is_one_column(tail, expected):
    assert _signers(tail) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    # near-misses that were read right and stay so: a table's empty cells (one TAB a cell), a stacked signature
    ("Người ghi biên bản\t\tT/M CHI BỘ\n\t\tBÍ THƯ\nHoàng Thị Nhài\t\tMa Văn Thịnh",
     [("Người ghi biên bản", None, "Hoàng Thị Nhài"), ("T/M CHI BỘ", "BÍ THƯ", "Ma Văn Thịnh")]),
    ("THƯ KÝ\tCHỦ TRÌ\nHoàng Thị Nhài\tMa Văn Thịnh",
     [("THƯ KÝ", None, "Hoàng Thị Nhài"), ("CHỦ TRÌ", None, "Ma Văn Thịnh")]),
    ("CHỦ TRÌ\nMa Văn Thịnh\nTHƯ KÝ\nHoàng Thị Nhài",
     [("CHỦ TRÌ", None, "Ma Văn Thịnh"), ("THƯ KÝ", None, "Hoàng Thị Nhài")]),
])
def test_signature_layouts_already_read(tail, expected):
    assert _signers(tail) == expected


# ---------------------------------------------------------------- chairs named after the chair, after the verb, in a list

BB_OPEN = ("ĐẢNG BỘ HUYỆN BẢO LẠC\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ CỐC PÀNG\tCốc Pàng, ngày 20 tháng 4 năm 2026\n"
           "BIÊN BẢN\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 9\n"
           "Thời gian: 8 giờ 00 phút, ngày 20/4/2026.\nĐịa điểm: Hội trường Đảng ủy xã.\n")


def _chairs(body: str, opening: str = BB_OPEN):
    return [c.value for c in analyze(opening + body + "\nTHƯ KÝ\tCHỦ TRÌ\n").structure.meeting.chairs]


@pytest.mark.parametrize(("body", "chairs"), [
    ("Đồng chí Nông Văn Lục, Bí thư Đảng ủy xã chủ trì hội nghị; cùng chủ trì có đồng chí Hoàng Thị Mỵ, Phó Bí thư "
     "Thường trực Đảng ủy xã và đồng chí Lý Văn Páo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.",
     ["Nông Văn Lục", "Hoàng Thị Mỵ", "Lý Văn Páo"]),
    ("Đồng chí Nông Văn Lục, Bí thư Đảng ủy xã chủ trì hội nghị; đồng chí Hoàng Thị Mỵ, Phó Bí thư Thường trực Đảng ủy "
     "xã cùng chủ trì.", ["Nông Văn Lục", "Hoàng Thị Mỵ"]),
    ("Đồng chí Nông Văn Lục, Bí thư Đảng ủy xã chủ trì; cùng chủ trì là đồng chí Lý Văn Páo, Chủ tịch UBND xã.",
     ["Nông Văn Lục", "Lý Văn Páo"]),
])
def test_co_chairs_told_after_the_chair(body, chairs):
    assert _chairs(body) == chairs


@pytest.mark.parametrize(("body", "chairs"), [
    # near-misses: what follows the chair's clause is no chair (guests, the secretary, a speaker)
    ("Đồng chí Nông Văn Lục, Bí thư Đảng ủy xã chủ trì hội nghị; dự hội nghị có đồng chí Đàm Văn Sơn, Phó Trưởng Ban "
     "Tổ chức Huyện ủy.", ["Nông Văn Lục"]),
    ("Đồng chí Nông Văn Lục, Bí thư Đảng ủy xã chủ trì hội nghị; đồng chí Hoàng Thị Mỵ, Văn phòng Đảng ủy làm thư ký.",
     ["Nông Văn Lục"]),
    ("Đồng chí Nông Văn Lục, Bí thư Đảng ủy xã chủ trì hội nghị; đồng chí Lý Văn Páo, Chủ tịch UBND xã báo cáo kết quả "
     "thu ngân sách quý I.", ["Nông Văn Lục"]),
])
def test_what_follows_the_chair_is_no_chair(body, chairs):
    assert _chairs(body) == chairs


@pytest.mark.parametrize(("body", "chairs"), [
    ("Chủ trì hội nghị có đồng chí Nông Văn Lục, Bí thư Đảng ủy xã và đồng chí Hoàng Thị Mỵ, Phó Bí thư Thường trực "
     "Đảng ủy xã.", ["Nông Văn Lục", "Hoàng Thị Mỵ"]),
    ("Chủ trì phiên họp có đồng chí Nông Văn Lục, Bí thư Đảng ủy xã.", ["Nông Văn Lục"]),
    ("Chủ trì hội nghị là đồng chí Nông Văn Lục, Bí thư Đảng ủy xã.", ["Nông Văn Lục"]),  # (read before, as a label)
    ("Hội nghị do Ban Thường vụ Đảng ủy chủ trì, gồm các đồng chí Nông Văn Lục, Hoàng Thị Mỵ và Lý Văn Páo.",
     ["Nông Văn Lục", "Hoàng Thị Mỵ", "Lý Văn Páo"]),
])
def test_chairs_named_after_the_verb(body, chairs):
    assert _chairs(body) == chairs


NEWS_OPEN = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LẠC\nTrang chủ » Hoạt động đoàn thể\n"
             "Đại hội Hội Cựu chiến binh xã Cốc Pàng lần thứ VII, nhiệm kỳ 2026 - 2031\nCập nhật: 22/4/2026 10:05\n"
             "Ngày 21/4, Hội Cựu chiến binh xã Cốc Pàng tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2026 - 2031. "
             "Đại hội có 86/90 đại biểu tham dự.\n")


@pytest.mark.parametrize(("body", "chairs"), [
    # the presidium listed after "các đồng chí", names without "đồng chí" each, one family name the list lacks
    ("Đoàn Chủ tịch gồm các đồng chí Nông Văn Lục, Tao Văn Sình, Hoàng Thị Mỵ điều hành đại hội.",
     ["Nông Văn Lục", "Tao Văn Sình", "Hoàng Thị Mỵ"]),
    ("Đoàn Chủ tịch gồm các đồng chí Nông Văn Lục, Hoàng Thị Mỵ và Lý Văn Páo điều hành đại hội.",
     ["Nông Văn Lục", "Hoàng Thị Mỵ", "Lý Văn Páo"]),
    ("Đoàn Chủ tịch đại hội gồm các đồng chí Sầm Văn Khoa, Nông Văn Lục chủ trì, điều hành phiên làm việc.",
     ["Sầm Văn Khoa", "Nông Văn Lục"]),
])
def test_the_presidium_is_every_chair(body, chairs):
    assert _chairs(body, NEWS_OPEN) == chairs


@pytest.mark.parametrize("body", [
    # near-misses: a body chairs, the people after the verb are guests
    "Ban Thường vụ Đảng ủy chủ trì hội nghị, có đồng chí Đàm Văn Sơn, Phó Trưởng Ban Tổ chức Huyện ủy dự.",
    "Thường trực Đảng ủy chủ trì hội nghị; có đồng chí Đàm Văn Sơn, Phó Trưởng Ban Tổ chức Huyện ủy dự và chỉ đạo.",
    "Hội nghị do Thường trực Đảng ủy chủ trì, có sự tham dự của đồng chí Đàm Văn Sơn, Phó Trưởng Ban Tổ chức Huyện ủy.",
])
def test_guests_after_the_verb_are_no_chairs(body):
    assert _chairs(body) == []


# ---------------------------------------------------------------- the meeting a kết luận or a nghị quyết records

TB_HEAD = ("UBND TỈNH CAO BẰNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG\t\t\tĐộc lập - Tự do - Hạnh phúc\n"
           "Số: 118/TB-VPUBND\t\tCao Bằng, ngày 22 tháng 4 năm 2026\nTHÔNG BÁO\n")


def _meeting(text: str):
    m = analyze(text).structure.meeting
    return (m.name and m.name.value, m.kind and m.kind.value, [c.value for c in m.chairs], m.place and m.place.value)


@pytest.mark.parametrize(("body", "expected"), [
    ("Kết luận của Phó Chủ tịch UBND tỉnh Đàm Văn Hạnh tại cuộc họp về tiến độ xây dựng nhà văn hóa xóm\n"
     "Ngày 20/4/2026, tại Phòng họp số 2, UBND tỉnh, đồng chí Đàm Văn Hạnh - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp "
     "nghe báo cáo tiến độ xây dựng nhà văn hóa xóm. Tham dự có lãnh đạo Sở Tài chính, Sở Xây dựng.\n",
     ("cuộc họp nghe báo cáo tiến độ xây dựng nhà văn hóa xóm", "hội nghị", ["Đàm Văn Hạnh"],
      "Phòng họp số 2, UBND tỉnh")),
    ("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp bàn giải pháp phòng, chống cháy rừng\n"
     "Ngày 19/4/2026, Chủ tịch UBND tỉnh Nông Thanh Tùng chủ trì cuộc họp bàn giải pháp phòng, chống cháy rừng mùa "
     "khô. Dự họp có lãnh đạo Sở Nông nghiệp và Môi trường.\n",
     ("cuộc họp bàn giải pháp phòng, chống cháy rừng mùa khô", "hội nghị", ["Nông Thanh Tùng"], None)),
    ("Kết luận của Giám đốc Sở Y tế tại phiên họp giao ban tháng 4 năm 2026\n"
     "Ngày 21/4/2026, tại Hội trường tầng 3, Sở Y tế, đồng chí Lục Thị Hoa, Giám đốc Sở Y tế chủ trì phiên họp giao ban "
     "tháng 4 năm 2026.\n",
     ("phiên họp giao ban tháng 4 năm 2026", "hội nghị", ["Lục Thị Hoa"], "Hội trường tầng 3, Sở Y tế")),
])
def test_a_state_leaders_conclusions_record_the_meeting(body, expected):
    assert _meeting(TB_HEAD + body + "1. Giao Sở Tài chính rà soát kinh phí, báo cáo trước ngày 30/4/2026.\n") == expected


NQ_HEAD = ("ĐẢNG BỘ XÃ HÀ QUẢNG\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ XÓM NẶM NÀNG\tHà Quảng, ngày 08 tháng 4 năm 2026\n"
           "*\nSố 04-NQ/CB\nNGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ tháng 4 năm 2026\n- Căn cứ Điều lệ Đảng;\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 07/4/2026,", (None, None)),
    ("- Căn cứ kết quả buổi sinh hoạt chi bộ ngày 07/4/2026,", (None, None)),
    ("- Căn cứ kết quả thảo luận tại buổi sinh hoạt ngày 07/4/2026,", (None, None)),
    # near-misses: a kind or a period names the meeting
    ("- Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 07/4/2026,", ("sinh hoạt chi bộ thường kỳ", "thường kỳ")),
    ("- Căn cứ kết quả thảo luận tại buổi sinh hoạt chuyên đề quý II ngày 07/4/2026,",
     ("sinh hoạt chuyên đề quý II", "chuyên đề")),
])
def test_a_chi_bo_meeting_told_by_its_day_alone_names_nothing(line, expected):
    text = NQ_HEAD + line + "\nCHI BỘ XÓM NẶM NÀNG QUYẾT NGHỊ:\n1- Các đảng viên đóng đảng phí đầy đủ.\n"
    m = analyze(text).structure.meeting
    assert (m.name and m.name.value, m.kind and m.kind.value) == expected
    assert m.date.value == "2026-04-07"


# ---------------------------------------------------------------- a room, then the block or body whose seat it is

@pytest.mark.parametrize(("sentence", "place"), [
    ("Hôm nay, hồi 8 giờ 00 phút ngày 20/4/2026, tại Hội trường tầng 2, nhà B, Bệnh viện Đa khoa huyện, Chi bộ Khoa "
     "Nội tổ chức sinh hoạt thường kỳ tháng 4.", "Hội trường tầng 2, nhà B, Bệnh viện Đa khoa huyện"),
    ("Hôm nay, lúc 14 giờ 00 phút ngày 20/4/2026, tại Phòng họp số 3, UBND huyện, Chi bộ Phòng Nội vụ tổ chức sinh "
     "hoạt thường kỳ tháng 4.", "Phòng họp số 3, UBND huyện"),
    ("Hôm nay, lúc 14 giờ 00 phút ngày 20/4/2026, tại phòng họp tầng 4, Công ty Cổ phần Chè Cao Bằng, Chi bộ Công ty "
     "tổ chức sinh hoạt thường kỳ tháng 4.", "phòng họp tầng 4, Công ty Cổ phần Chè Cao Bằng"),
    # near-misses: the body after the venue holds the meeting; an address after the venue is not part of it
    ("Hôm nay, lúc 14 giờ 00 phút ngày 20/4/2026, tại Hội trường xã, UBND xã tổ chức sinh hoạt thường kỳ tháng 4.",
     "Hội trường xã"),
    ("Hôm nay, lúc 14 giờ 00 phút ngày 20/4/2026, tại Phòng họp số 1, Đảng ủy xã đã tổ chức sinh hoạt thường kỳ "
     "tháng 4.", "Phòng họp số 1"),
    ("Hôm nay, lúc 19 giờ 00 phút ngày 20/4/2026, tại Nhà văn hóa xóm, xã Hà Quảng, Chi bộ xóm tổ chức sinh hoạt "
     "thường kỳ tháng 4.", "Nhà văn hóa xóm"),
])
def test_a_room_keeps_the_building_it_is_in(sentence, place):
    text = ("ĐẢNG BỘ HUYỆN HÀ QUẢNG\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHOA NỘI\tHà Quảng, ngày 20 tháng 4 năm 2026\n"
            "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2026\n" + sentence + "\nTHƯ KÝ\tCHỦ TRÌ\n")
    assert analyze(text).structure.meeting.place.value == place


# ---------------------------------------------------------------- a title after the person elected is no second person

def _elected(sentence: str):
    text = (BB_OPEN + "Tổng số Ủy viên Ban Chấp hành: 15 đồng chí; có mặt 15 đồng chí.\n" + sentence +
            "\nTHƯ KÝ\tCHỦ TRÌ\n")
    return sorted(d.person for d in analyze(text).structure.decisions if d.kind == "election")


@pytest.mark.parametrize(("sentence", "people"), [
    ("Hội nghị bầu bổ sung 01 Ủy viên Ban Thường vụ; đồng chí Nông Văn Lục, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trúng "
     "cử với 100% số phiếu.", ["Nông Văn Lục"]),
    ("Hội nghị bầu bổ sung Ủy viên Ban Thường vụ; đồng chí Hoàng Thị Mỵ, Phó Chủ tịch UBND xã trúng cử với 15/15 phiếu.",
     ["Hoàng Thị Mỵ"]),
    ("Đồng chí Lý Văn Páo, Phó Bí thư Đảng ủy xã được Ban Chấp hành bầu giữ chức Bí thư Đảng ủy xã.", ["Lý Văn Páo"]),
    # near-miss: a list of names elected together keeps every one
    ("Kết quả: các đồng chí Nông Văn Lục, Hoàng Thị Mỵ và Lý Văn Páo trúng cử Ban Thường vụ.",
     ["Hoàng Thị Mỵ", "Lý Văn Páo", "Nông Văn Lục"]),
])
def test_the_title_after_an_elected_person_is_no_other_person(sentence, people):
    assert _elected(sentence) == people


# ---------------------------------------------------------------- a task item asking a body by name; more task verbs

KL_HEAD = ("ĐẢNG BỘ TỈNH CAO BẰNG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG SÔNG HIẾN\t\n*\n"
           "Số 12-KL/ĐU\tSông Hiến, ngày 24 tháng 4 năm 2026\nKẾT LUẬN\n"
           "của Ban Thường vụ Đảng ủy phường tại hội nghị giao ban tháng 4 năm 2026\n"
           "Ngày 23/4/2026, Ban Thường vụ Đảng ủy phường tổ chức hội nghị giao ban tháng 4 năm 2026. Ban Thường vụ kết "
           "luận như sau:\n2- Nhiệm vụ trọng tâm tháng 5 năm 2026\n")


def _tasks(item: str):
    return [(t.text.value.split(",")[0], t.owner and t.owner.value) for t in analyze(KL_HEAD + item + "\n").structure.tasks]


@pytest.mark.parametrize(("item", "expected"), [
    ("2.1- Đề nghị UBND phường chỉ đạo bộ phận một cửa rút ngắn thời gian giải quyết hồ sơ đất đai.",
     [("chỉ đạo bộ phận một cửa rút ngắn thời gian giải quyết hồ sơ đất đai", "UBND phường")]),
    ("2.2- Đề nghị UBND các tổ dân phố Hợp Giang, Sông Bằng đẩy nhanh việc thu gom rác thải, hoàn thành trong tháng "
     "5/2026.", [("đẩy nhanh việc thu gom rác thải", "UBND các tổ dân phố Hợp Giang, Sông Bằng")]),
    ("2.3- Đề nghị đồng chí Chủ tịch UBND phường chỉ đạo rà soát các hộ kinh doanh, báo cáo trước ngày 20/5/2026.",
     [("chỉ đạo rà soát các hộ kinh doanh", "đồng chí Chủ tịch UBND phường")]),
    # near-miss: a request to no one named assigns nothing
    ("2.4- Đề nghị các chi bộ quan tâm hơn đến công tác phát triển đảng viên.",
     [("Đề nghị các chi bộ quan tâm hơn đến công tác phát triển đảng viên", None)]),
])
def test_a_task_item_asking_a_body_is_owned_by_it(item, expected):
    assert _tasks(item) == expected


@pytest.mark.parametrize(("item", "expected"), [
    ("2.1- Ủy ban Kiểm tra Đảng ủy tổng kết công tác kiểm tra, giám sát quý I, trình Ban Thường vụ trước ngày "
     "10/5/2026.", [("tổng kết công tác kiểm tra", "Ủy ban Kiểm tra Đảng ủy")]),
    ("2.2- Các tổ dân phố đẩy nhanh tiến độ chỉnh trang hẻm, xong trước ngày 30/5/2026.",
     [("đẩy nhanh tiến độ chỉnh trang hẻm", "Các tổ dân phố")]),
    ("2.3- Ban Xây dựng Đảng sơ kết việc thực hiện Chỉ thị số 50-CT/TW, báo cáo trong tháng 5/2026.",
     [("sơ kết việc thực hiện Chỉ thị số 50-CT/TW", "Ban Xây dựng Đảng")]),
])
def test_review_and_speed_up_are_task_verbs(item, expected):
    assert _tasks(item) == expected


def test_an_opinion_asking_a_body_is_no_task():
    text = (BB_OPEN + "Ý kiến thảo luận:\n- Đồng chí Đàm Văn Sơn: đề nghị UBND xã sớm sửa chữa đường vào bản Pác Bó.\n"
            "THƯ KÝ\tCHỦ TRÌ\n")
    assert [t.owner and t.owner.value for t in analyze(text).structure.tasks if "Pác Bó" in t.text.value] in ([], [None])


# ---------------------------------------------------------------- a condition after a task is no owner of another task

TB_OPEN = ("Kết luận của Phó Chủ tịch UBND tỉnh Đàm Văn Hạnh tại cuộc họp về tiến độ xây dựng nhà văn hóa xóm\n"
           "Ngày 20/4/2026, đồng chí Đàm Văn Hạnh - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ xây "
           "dựng nhà văn hóa xóm.\nSau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh Đàm Văn Hạnh kết luận như sau:\n"
           "1. Ghi nhận sự cố gắng của các địa phương.\n")


@pytest.mark.parametrize(("item", "expected"), [
    ("2. Giao UBND huyện Hà Quảng tổ chức đối thoại với 12 hộ chưa đồng thuận, hoàn thành trước ngày 15/5/2026; trường "
     "hợp đủ điều kiện thì lập hồ sơ cưỡng chế theo quy định.",
     [("tổ chức đối thoại với 12 hộ chưa đồng thuận", "UBND huyện Hà Quảng")]),
    ("2. Giao Sở Xây dựng hướng dẫn các huyện hoàn thiện hồ sơ, hoàn thành trước ngày 20/5/2026; trường hợp chậm tiến độ "
     "thì báo cáo UBND tỉnh xem xét.", [("hướng dẫn các huyện hoàn thiện hồ sơ", "Sở Xây dựng")]),
    ("2. Giao Sở Tài chính thẩm định dự toán kinh phí, hoàn thành trước ngày 25/5/2026; trường hợp phát sinh vướng mắc "
     "thì tham mưu UBND tỉnh xử lý.", [("thẩm định dự toán kinh phí", "Sở Tài chính")]),
    # near-miss: a clause that opens with who does it is a task of its own
    ("2. Giao UBND huyện Hà Quảng tổ chức đối thoại với 12 hộ chưa đồng thuận, hoàn thành trước ngày 15/5/2026; Sở Tài "
     "chính bố trí kinh phí hỗ trợ.", [("tổ chức đối thoại với 12 hộ chưa đồng thuận", "UBND huyện Hà Quảng"),
                                        ("bố trí kinh phí hỗ trợ", "Sở Tài chính")]),
])
def test_a_condition_after_a_task_names_no_owner(item, expected):
    text = TB_HEAD + TB_OPEN + item + "\nVăn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.\n"
    assert [(t.text.value.split(",")[0], t.owner and t.owner.value) for t in analyze(text).structure.tasks] == expected


# ---------------------------------------------------------------- a verb and a colon open a list of one owner's tasks

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kết luận hội nghị, đồng chí Sầm Văn Khoa yêu cầu các chi bộ tập trung: rà soát danh sách đảng viên, hoàn thành "
     "trong tháng 5/2026; đẩy mạnh phong trào thi đua; vận động nhân dân tham gia bảo hiểm y tế.",
     [("rà soát danh sách đảng viên", "các chi bộ"), ("đẩy mạnh phong trào thi đua", "các chi bộ"),
      ("vận động nhân dân tham gia bảo hiểm y tế", "các chi bộ")]),
    ("Kết luận hội nghị, đồng chí Sầm Văn Khoa yêu cầu các địa phương tập trung: tổng kết phong trào thi đua năm 2025; "
     "chuẩn bị tốt đại hội chi hội nhiệm kỳ mới, hoàn thành trước ngày 30/6/2026.",
     [("tổng kết phong trào thi đua năm 2025", "các địa phương"),
      ("chuẩn bị tốt đại hội chi hội nhiệm kỳ mới", "các địa phương")]),
    ("Kết luận hội nghị, đồng chí Sầm Văn Khoa yêu cầu các ngành tập trung: kiểm tra an toàn thực phẩm dịp Tết; xử lý "
     "nghiêm các vi phạm; báo cáo kết quả về UBND xã.",
     [("kiểm tra an toàn thực phẩm dịp Tết", "các ngành"), ("xử lý nghiêm các vi phạm", "các ngành"),
      ("báo cáo kết quả về UBND xã", "các ngành")]),
    # near-miss: without the colon, a clause with no deadline after the task is no task of the same owner
    ("Kết luận hội nghị, đồng chí Sầm Văn Khoa yêu cầu các chi bộ rà soát danh sách đảng viên, hoàn thành trong tháng "
     "5/2026; phong trào thi đua cần được nhân rộng.", [("rà soát danh sách đảng viên", "các chi bộ")]),
])
def test_a_list_of_tasks_opened_by_a_verb_and_a_colon(sentence, expected):
    tasks = analyze(NEWS_OPEN + sentence + "\n").structure.tasks
    assert [(t.text.value.split(",")[0], t.owner and t.owner.value) for t in tasks] == expected
