"""Round 12 (q14): false alarms found on correct text of tests/blind6_quantities and of a bank of real
passages, each silenced by its mechanism, with a slip of the same shape still found. Sentences written
for these tests.

1. Counts sorted by one classification ("cấp tỉnh … 15, cấp huyện 60 và 245 … giỏi cấp xã") that all name
   the same level of another ("giỏi") are no levels of one classification: the first is no whole.
2. A clause opened by "trong đó" tells of what its sentence counted before it: the same words under another
   lead are another figure, not one told twice.
3. Every clause of a sentence opened by "Trong đó" is a part of the count before it; the same words splitting
   another count are another figure.
4. A share that names its base ("bằng 88,89% tổng số đại biểu HĐND tỉnh") is not of a count that itself holds a
   share of that base: that count is some of the base.
5. A plan bounded by its own word ("chỉ tiêu không quá 03 vụ") is a ceiling: fewer is met.
6. A count of two kinds joined ("3.012 con trâu, bò") is all of neither kind's herd.
7. The bracket after "so với năm 2025 (" holds the base compared with, never the result an excess is of.
8. Present and absent that miss their total: the finding spans the total too (any of the three may be the slip).
9. real-word: "tách nhập hộ" (splitting and merging households) is a term of poverty reports, not "nhập hội".
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

CODES = ("sum-mismatch", "attendance-mismatch", "figure-inconsistent", "derived-mismatch", "percent-mismatch",
         "target-status-mismatch", "part-exceeds-whole", "vote-mismatch")


def _flagged(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.value, f.text) for f in analyze(text).findings
            if f.severity.value in ("error", "warning") and f.code in CODES]


CLEAN = (
    # 1. one level of counts sorted another way
    "Qua bình xét, có 320 lượt hội viên đạt danh hiệu sản xuất giỏi các cấp. Trong đó, cấp tỉnh có 15 hội viên, "
    "cấp huyện 60 hội viên và 245 hội viên giỏi cấp xã.",
    "Năm qua có 95 lượt giáo viên được công nhận. Trong đó, cấp tỉnh có 8 giáo viên, cấp huyện 27 giáo viên và "
    "60 giáo viên giỏi cấp trường.",
    "Phong trào thu hút 1.400 hộ đăng ký; kết quả cấp tỉnh có 31 hộ, cấp huyện 140 hộ và 690 hộ giỏi cấp xã.",
    # 2. a "trong đó" clause under two leads
    "Toàn huyện hiện có 95/130 thôn đạt chuẩn văn hóa.\n\nKhu vực phía bắc có 40/52 thôn đạt chuẩn, chiếm tỷ lệ "
    "76,92%; trong đó có 6 thôn được công nhận đạt chuẩn văn hóa kiểu mẫu.\n\nKhu vực phía nam có 55/78 thôn đạt "
    "chuẩn, chiếm tỷ lệ 70,51%; trong đó có 9 thôn được công nhận đạt chuẩn văn hóa kiểu mẫu.",
    "Khối mầm non có 42 trường, tăng 2 trường; trong đó có 12 trường được công nhận đạt chuẩn quốc gia mức độ 2 "
    "trong năm học.\n\nKhối tiểu học có 51 trường, giảm 1 trường; trong đó có 17 trường được công nhận đạt chuẩn "
    "quốc gia mức độ 2 trong năm học.",
    "Năm 2026, xã tổ chức 14 lớp tập huấn kỹ thuật chăn nuôi; trong số đó có 5 lớp được tổ chức ngay tại các "
    "thôn vùng sâu, vùng xa.\n\nNăm 2026, Hội Nông dân tổ chức 9 lớp dạy nghề ngắn hạn; trong số đó có 3 lớp "
    "được tổ chức ngay tại các thôn vùng sâu, vùng xa.",
    # 4. a share of a named base, of a count that itself is a share of it
    "Kết quả biểu quyết: có 42 đại biểu tham gia biểu quyết (bằng 93,33% tổng số đại biểu HĐND tỉnh), có 40 "
    "đại biểu tán thành (bằng 88,89% tổng số đại biểu HĐND tỉnh), có 2 đại biểu không tán thành (bằng 4,44% "
    "tổng số đại biểu HĐND tỉnh).",
    "Có 460 đại biểu tham gia biểu quyết (bằng 95,04% tổng số đại biểu Quốc hội), có 452 đại biểu tán thành "
    "(bằng 93,39% tổng số đại biểu Quốc hội).",
    "Hội nghị có 118 hội viên dự (chiếm 78,67% tổng số hội viên của chi hội), có 110 hội viên nhất trí (chiếm "
    "73,33% tổng số hội viên của chi hội).",
    # 5. a plan bounded by its own word
    "5. Phòng, chống bạo lực gia đình: trong năm xảy ra 02 vụ, chỉ tiêu không quá 03 vụ - đạt chỉ tiêu.",
    "4. Phòng chống cháy nổ: trong năm xảy ra 01 vụ, chỉ tiêu tối đa 02 vụ, đạt chỉ tiêu.",
    "3. Đuối nước trẻ em: năm 2026 xảy ra 1 vụ, chỉ tiêu không quá 1 vụ, đạt chỉ tiêu.",
    # 6. two kinds counted together
    "Chăn nuôi: tổng đàn trâu 820 con, đàn bò 1.340 con. Tiêm phòng đợt 1 cho 1.905 con trâu, bò, đạt 88,2% "
    "tổng đàn trâu, bò.",
    "Tổng đàn lợn 2.150 con, đàn gà 31.000 con. Tiêm phòng dịch tả cho 2.480 con lợn, gà.",
    "Tổng đàn dê 310 con, đàn cừu 120 con; đã tiêm phòng cho 400 con dê và cừu.",
    # 7. an excess after a change against last year's figure in brackets
    "Năm nay kết nạp 65 đảng viên, tăng 5 đồng chí so với năm trước (60 đảng viên), vượt 8,3% chỉ tiêu (60 "
    "đảng viên).",
    "Kết quả này tăng 84 hộ so với năm 2025 (1.042 hộ) và vượt 12,6% chỉ tiêu (1.000 hộ).",
    "Đã giải ngân 540 triệu đồng, tăng 40 triệu đồng so với năm 2025 (500 triệu đồng), vượt 8% kế hoạch (500 "
    "triệu đồng).",
)


@pytest.mark.parametrize("text", CLEAN)
def test_correct_text_is_clean(text):
    assert _flagged(text) == []


# 3. (other readings of these sentences are not this behaviour's: only the figure told twice is asked about)
OPENED_BY_THOSE = (
    "Số lao động nghỉ việc trong năm là 450 người, trong đó chuyển sang làm tự do là 200 người; nghỉ hưu, nghỉ "
    "mất sức là 230 người; do chuyển đi nơi khác là 20 người; Số lao động nghỉ mất sức là 390 người. Trong đó, "
    "quay lại làm việc là 15 người; nghỉ hưu, nghỉ mất sức là 360 người; do chuyển đi nơi khác là 15 người.",
    "Số hộ dùng nước sạch tăng trong năm là 310 hộ, trong đó nối mạng mới là 190 hộ; giếng khoan, nước tự chảy là "
    "100 hộ; nguồn khác là 20 hộ; Số hộ dùng nước tự chảy là 480 hộ. Trong đó, chuyển sang nối mạng là 30 hộ; "
    "giếng khoan, nước tự chảy là 420 hộ; nguồn khác là 30 hộ.",
    "Số hộ thoát nghèo trong năm là 420 hộ, trong đó chuyển sang cận nghèo là 250 hộ; vươn lên khá giả là 170 "
    "hộ. Số hộ thoát cận nghèo là 610 hộ. Trong đó, tái nghèo là 12 hộ; vươn lên, thoát cận nghèo là 598 hộ.",
)
RESTATED = (
    "Số lao động nghỉ mất sức trong năm là 390 người, tăng 12 người.\n\nTổng kết năm, số lao động nghỉ mất sức "
    "trong năm là 395 người.",
    "Số lao động nghỉ việc trong năm là 450 người, trong đó chuyển sang làm tự do là 200 người. Trong đó, nghỉ hưu "
    "là 100 người.\n\nNăm qua, số lao động nghỉ việc trong năm là 455 người.",
)


@pytest.mark.parametrize("text", OPENED_BY_THOSE)
def test_parts_of_a_sentence_opened_by_those_are_no_restatement(text):
    assert "figure-inconsistent" not in {c for c, _, _ in _flagged(text)}


@pytest.mark.parametrize("text", RESTATED)
def test_a_figure_told_twice_outside_such_a_sentence_is_found(text):
    assert "figure-inconsistent" in {c for c, _, _ in _flagged(text)}


SLIPS = (
    ("Chi bộ có 30 đảng viên, hoàn thành tốt nhiệm vụ 20 đồng chí, hoàn thành nhiệm vụ 7 đồng chí.", "sum-mismatch"),
    ("Tổng số đảng viên là 52 đồng chí; chính thức 48 đồng chí, dự bị 3 đồng chí.", "attendance-mismatch"),
    ("Chi hội có 40 hội viên, nam 25 hội viên, nữ 12 hội viên.", "sum-mismatch"),
    ("Khu vực phía bắc có 40/52 thôn đạt chuẩn, chiếm tỷ lệ 76,92%; trong đó có 6 thôn được công nhận đạt chuẩn "
     "văn hóa kiểu mẫu.\n\nKhu vực phía bắc có 40/52 thôn đạt chuẩn, chiếm tỷ lệ 76,92%; trong đó có 8 thôn được "
     "công nhận đạt chuẩn văn hóa kiểu mẫu.", "figure-inconsistent"),
    ("Kết quả biểu quyết: có 42 đại biểu tham gia biểu quyết, có 40 đại biểu tán thành (bằng 92,59% số đại biểu "
     "tham gia).", "percent-mismatch"),
    ("Kết quả biểu quyết: có 42 đại biểu tham gia biểu quyết (bằng 93,33% tổng số đại biểu HĐND tỉnh), có 40 đại "
     "biểu tán thành (bằng 88,89% số đại biểu tham gia).", "percent-mismatch"),
    ("4. Phòng, chống đuối nước trẻ em: trong năm xảy ra 03 vụ, chỉ tiêu không quá 02 vụ - đạt chỉ tiêu.",
     "target-status-mismatch"),
    ("Kết nạp 22 hội viên mới, chỉ tiêu ít nhất 25 hội viên, đạt chỉ tiêu.", "target-status-mismatch"),
    ("Tổng đàn trâu 820 con, đàn bò 1.340 con. Tiêm phòng đợt 1 cho 905 con trâu.", "part-exceeds-whole"),
    ("Tổng đàn trâu 820 con, đàn bò 1.340 con. Tiêm phòng đợt 1 cho 905 con trâu, đạt 100%.", "part-exceeds-whole"),
    ("Năm nay kết nạp 65 đảng viên, tăng 7 đồng chí so với năm 2025 (58 đảng viên), vượt 9,3% chỉ tiêu (60 đảng "
     "viên).", "derived-mismatch"),
    ("Năm nay kết nạp 65 đảng viên, vượt 9,3% chỉ tiêu (60 đảng viên).", "derived-mismatch"),
)


@pytest.mark.parametrize("text, code", SLIPS)
def test_slip_of_the_same_shape_is_found(text, code):
    assert code in {c for c, _, _ in _flagged(text)}, _flagged(text)


def test_presence_finding_spans_its_total():
    text = "Ban Chấp hành Đảng bộ xã có 27 đồng chí; có mặt 24 đồng chí, vắng 02 đồng chí."
    found = [f for f in analyze(text).findings if f.code == "attendance-mismatch"]
    assert found and found[0].text.startswith("27 đồng chí") and found[0].text.endswith("vắng 02 đồng chí")
    assert not [f for f in analyze(text.replace("vắng 02", "vắng 03")).findings if f.code == "attendance-mismatch"]


@pytest.mark.parametrize("text, flagged", (
    ("Do chết, chuyển đi nơi khác, tách nhập hộ là 12 hộ.", False),
    ("Rà soát các trường hợp tách nhập hộ để hưởng chính sách.", False),
    ("Trong năm có 15 trường hợp tách hộ.", False),
    ("Năm nay có 20 thanh niên xin nhập hộ và được kết nạp.", True),
))
def test_household_registration_is_no_real_word_slip(text, flagged):
    assert any(f.code == "real-word" for f in analyze(text).findings) is flagged


# 10. (recall) shares of one base the text does not state: each count over its share gives that base, so they
# agree; the one that stands apart is questioned (a warning naming the base the others give)
ONE_BASE_CLEAN = (
    "Kết quả: có 41 đại biểu tham gia biểu quyết (bằng 91,11% tổng số đại biểu HĐND tỉnh), có 38 đại biểu tán "
    "thành (bằng 84,44% tổng số đại biểu HĐND tỉnh), có 2 đại biểu không tán thành (bằng 4,44% tổng số đại biểu "
    "HĐND tỉnh), có 1 đại biểu không biểu quyết (bằng 2,22% tổng số đại biểu HĐND tỉnh).",
    "Có 470 đại biểu tham gia biểu quyết (bằng 97,92% tổng số đại biểu Quốc hội), trong đó có 468 đại biểu tán "
    "thành (bằng 97,50% tổng số đại biểu Quốc hội).",
    "Đồng chí Chủ tịch UBND xã có số phiếu tín nhiệm cao là 20, chiếm 71,43%; số phiếu tín nhiệm là 5, chiếm "
    "17,86%; số phiếu tín nhiệm thấp là 2, chiếm 7,14%.",
    "Trong đó có 3.200 hộ nghèo (chiếm 12,80% so với tổng số hộ nghèo của tỉnh), 2.100 hộ cận nghèo (chiếm 9,10% "
    "so với tổng số hộ nghèo của tỉnh).",
)
ONE_BASE_SLIPS = (
    ("Kết quả: có 41 đại biểu tham gia biểu quyết (bằng 91,11% tổng số đại biểu HĐND tỉnh), có 38 đại biểu tán "
     "thành (bằng 86,44% tổng số đại biểu HĐND tỉnh), có 2 đại biểu không tán thành (bằng 4,44% tổng số đại biểu "
     "HĐND tỉnh), có 1 đại biểu không biểu quyết (bằng 2,22% tổng số đại biểu HĐND tỉnh).", "86,44%"),
    ("Có 470 đại biểu tham gia biểu quyết (bằng 97,92% tổng số đại biểu Quốc hội), trong đó có 468 đại biểu tán "
     "thành (bằng 97,05% tổng số đại biểu Quốc hội).", "97,05%"),
    ("Đồng chí Chủ tịch UBND xã có số phiếu tín nhiệm cao là 20, chiếm 71,43%; số phiếu tín nhiệm là 7, chiếm "
     "17,86%; số phiếu tín nhiệm thấp là 2, chiếm 7,14%.", "17,86%"),
)


@pytest.mark.parametrize("text", ONE_BASE_CLEAN)
def test_shares_of_one_unstated_base_that_agree_are_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, flagged", ONE_BASE_SLIPS)
def test_the_share_whose_base_stands_apart_is_questioned(text, flagged):
    assert ("percent-mismatch", "warning", flagged) in _flagged(text)


# 11. (recall) the shares of every level of a Party rating add up to 100 %: a level holding the top one in its
# bracket ("trong sạch, vững mạnh … (trong đó … tiêu biểu)"), its comma ("trong sạch, vững mạnh, chiếm …"),
# "yếu kém" as the bottom level, and a second rating in the next sentence
LEVELS_CLEAN = (
    "Tổ chức cơ sở đảng đạt trong sạch, vững mạnh chiếm 85,40% (trong đó, có 18,20% đạt trong sạch, vững mạnh "
    "tiêu biểu); hoàn thành tốt nhiệm vụ chiếm 11,30%; hoàn thành nhiệm vụ chiếm 2,80%; yếu kém chiếm 0,50%. Chi bộ "
    "trực thuộc đạt trong sạch, vững mạnh, chiếm 90,50% (trong đó, có 20,10% chi bộ trong sạch, vững mạnh tiêu "
    "biểu); hoàn thành tốt nhiệm vụ chiếm 8,20%; hoàn thành nhiệm vụ chiếm 1,20%; yếu kém chiếm 0,10%.",
    "Chi bộ đạt trong sạch, vững mạnh, chiếm 76,0% (trong đó 12,0% tiêu biểu); hoàn thành tốt nhiệm vụ chiếm "
    "20,0%; hoàn thành nhiệm vụ chiếm 4,0%; yếu kém chiếm 0%.",
    "Đảng bộ có 40 tổ chức: trong sạch, vững mạnh 28 tổ chức; hoàn thành tốt nhiệm vụ 9 tổ chức; hoàn thành nhiệm "
    "vụ 2 tổ chức; yếu kém 1 tổ chức.",
)
LEVELS_SLIPS = (
    ("Tổ chức cơ sở đảng đạt trong sạch, vững mạnh chiếm 85,40% (trong đó, có 18,20% đạt trong sạch, vững mạnh "
     "tiêu biểu); hoàn thành tốt nhiệm vụ chiếm 11,30%; hoàn thành nhiệm vụ chiếm 2,80%; yếu kém chiếm 0,50%. Chi "
     "bộ trực thuộc đạt trong sạch, vững mạnh, chiếm 90,50% (trong đó, có 20,10% chi bộ trong sạch, vững mạnh tiêu "
     "biểu); hoàn thành tốt nhiệm vụ chiếm 7,20%; hoàn thành nhiệm vụ chiếm 1,20%; yếu kém chiếm 0,10%.", "7,20%"),
    ("Chi bộ đạt trong sạch, vững mạnh, chiếm 76,0% (trong đó 12,0% tiêu biểu); hoàn thành tốt nhiệm vụ chiếm "
     "22,0%; hoàn thành nhiệm vụ chiếm 4,0%; yếu kém chiếm 0%.", "22,0%"),
    ("Đảng bộ có 40 tổ chức: trong sạch, vững mạnh 28 tổ chức; hoàn thành tốt nhiệm vụ 9 tổ chức; hoàn thành nhiệm "
     "vụ 2 tổ chức; yếu kém 2 tổ chức.", "40 tổ chức"),
)


@pytest.mark.parametrize("text", LEVELS_CLEAN)
def test_rating_shares_that_make_100_are_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, flagged", LEVELS_SLIPS)
def test_rating_shares_that_miss_100_are_found(text, flagged):
    found = [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]
    start = text.index(flagged)
    assert any(f.start <= start < f.end or start <= f.start < start + len(flagged) for f in found), _flagged(text)


# 12. (recall) a breakdown announced after a few words and an aside in brackets ("1.126 hộ đạt danh hiệu các cấp
# (đạt 60,1% số hộ đăng ký), gồm: …") splits the count before the aside
ASIDE_CLEAN = (
    "Qua bình xét, 1.136 hộ đạt danh hiệu các cấp (đạt 60,6% số hộ đăng ký), gồm: cấp tỉnh 21 hộ, cấp xã 1.115 hộ.",
    "Toàn xã có 420 hội viên được tập huấn (tăng 35 người so với năm 2025), gồm: 150 hội viên chăn nuôi, 270 hội "
    "viên trồng trọt.",
    "Năm qua có 64 hộ được hỗ trợ nhà ở (trong đó 10 hộ là hộ nghèo), gồm: 40 hộ xây mới, 20 hộ sửa chữa.",
)
ASIDE_SLIPS = (
    ("Qua bình xét, 1.126 hộ đạt danh hiệu các cấp (đạt 60,1% số hộ đăng ký), gồm: cấp tỉnh 21 hộ, cấp xã 1.115 hộ.",
     "1.126"),
    ("Toàn xã có 430 hội viên được tập huấn (tăng 35 người so với năm 2025), gồm: 150 hội viên chăn nuôi, 270 hội "
     "viên trồng trọt.", "430"),
)

# 13. (recall) "tương đương (với)", "tương ứng" before a percentage tell the share of the ratio before it; a count
# with its own share so told is some of a base, no whole of the next count's share
EQUIVALENT_CLEAN = (
    "Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND xã với 20/25 số phiếu, tương đương với 80% đại biểu HĐND xã.",
    "Đồng chí Lê Thị Hoa trúng cử với 118/125 phiếu, tương ứng 94,4%.",
    "Khối lực lượng vũ trang có 14 người thuộc quân đội (các quân khu, quân chủng), chiếm tỷ lệ 6,11%; 3 người "
    "thuộc công an, tương đương 1,31%.",
)
EQUIVALENT_SLIPS = (
    ("Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND xã với 20/25 số phiếu, tương đương với 85% đại biểu HĐND "
     "xã.", "85%"),
    ("Đồng chí Lê Thị Hoa trúng cử với 118/125 phiếu, tương ứng 96,4%.", "96,4%"),
)


@pytest.mark.parametrize("text", ASIDE_CLEAN + EQUIVALENT_CLEAN)
def test_asides_and_equivalents_that_agree_are_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, flagged", ASIDE_SLIPS + EQUIVALENT_SLIPS)
def test_asides_and_equivalents_that_disagree_are_found(text, flagged):
    assert any(flagged in found for _, _, found in _flagged(text)), _flagged(text)


# 14. (recall) a change against last year's figure in brackets is the gap from the level before it, past an aside
# in brackets between them ("14 đảng viên, đạt 70% chỉ tiêu năm (20 đảng viên), tăng 5 … (08 …)")
GAP_CLEAN = (
    "Lũy kế 9 tháng kết nạp 14 đảng viên, đạt 70% chỉ tiêu năm (20 đảng viên), tăng 6 đồng chí so với cùng kỳ năm "
    "2025 (08 đồng chí).",
    "Thu ngân sách ước đạt 67,2 tỷ đồng, bằng 58,4% dự toán (115 tỷ đồng), tăng 3,8 tỷ đồng so với cùng kỳ năm 2025 "
    "(63,4 tỷ đồng).",
    "Tổng thu đạt 67,2 tỷ đồng (trong đó thu thuế 40,1 tỷ đồng), tăng 3,8 tỷ đồng so với cùng kỳ năm 2025 (63,4 tỷ "
    "đồng).",
)
GAP_SLIPS = (
    ("Lũy kế 9 tháng kết nạp 14 đảng viên, đạt 70% chỉ tiêu năm (20 đảng viên), tăng 5 đồng chí so với cùng kỳ năm "
     "2025 (08 đồng chí).", "5"),
    ("Thu ngân sách ước đạt 67,2 tỷ đồng, bằng 58,4% dự toán (115 tỷ đồng), tăng 3,1 tỷ đồng so với cùng kỳ năm "
     "2025 (63,4 tỷ đồng).", "3,1"),
)


@pytest.mark.parametrize("text", GAP_CLEAN)
def test_a_change_past_an_aside_that_agrees_is_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, flagged", GAP_SLIPS)
def test_a_change_past_an_aside_that_disagrees_is_found(text, flagged):
    assert any(f.code == "derived-mismatch" and f.text == flagged for f in analyze(text).findings)


# 15. (recall) list lines: a name in quotes is one item whatever its comma ("- Mô hình “Nhà sạch, vườn đẹp”;"),
# and the people elected may be listed on numbered lines holding the name alone ("1. Đ/c Nguyễn Văn An")
LIST_LINES_CLEAN = (
    '3. Xây dựng mô hình: Hội tiếp tục duy trì 05 mô hình, gồm:\n- CLB "Phụ nữ với pháp luật";\n- Tổ tiết kiệm;\n'
    '- Mô hình "Nhà sạch, vườn đẹp";\n- Mô hình “Năm không, ba sạch”;\n- Tổ tự quản an ninh.\n'
    "4. Công tác khác: tổ chức 3 buổi tọa đàm.",
    '3. Xây dựng mô hình: Hội tiếp tục duy trì 06 mô hình, gồm:\n- CLB "Phụ nữ với pháp luật";\n- Tổ tiết kiệm;\n'
    "- Mô hình nhà sạch, vườn đẹp và mô hình năm không;\n- Tổ tự quản an ninh;\n- Tổ liên kết sản xuất.\n"
    "4. Công tác khác: tổ chức 3 buổi tọa đàm.",
    "Có 3 đồng chí trúng cử Ban Chấp hành Chi hội, gồm:\n1. Đ/c Nguyễn Văn An\n2. Đ/c Lê Thị Bình\n"
    "3. Đ/c Phạm Văn Công\nBiên bản lập xong hồi 11 giờ 30 phút cùng ngày.",
)
LIST_LINES_SLIPS = (
    ('3. Xây dựng mô hình: Hội tiếp tục duy trì 06 mô hình, gồm:\n- CLB "Phụ nữ với pháp luật";\n- Tổ tiết kiệm;\n'
     '- Mô hình "Nhà sạch, vườn đẹp";\n- Mô hình “Năm không, ba sạch”;\n- Tổ tự quản an ninh.\n'
     "4. Công tác khác: tổ chức 3 buổi tọa đàm.", "06 mô hình"),
    ("Có 4 đồng chí trúng cử Ban Chấp hành Chi hội, gồm:\n1. Đ/c Nguyễn Văn An\n2. Đ/c Lê Thị Bình\n"
     "3. Đ/c Phạm Văn Công\nBiên bản lập xong hồi 11 giờ 30 phút cùng ngày.", "4 đồng chí"),
)


@pytest.mark.parametrize("text", LIST_LINES_CLEAN)
def test_list_lines_as_many_as_announced_are_clean(text):
    assert [f for f in analyze(text).findings if f.code == "count-mismatch"] == []


@pytest.mark.parametrize("text, flagged", LIST_LINES_SLIPS)
def test_list_lines_fewer_than_announced_are_found(text, flagged):
    assert any(f.code == "count-mismatch" and f.text.startswith(flagged) for f in analyze(text).findings)


# 16. (recall) a share naming its base ("chiếm 15,9% tổng số đảng viên") is of the total the report opened with,
# further back than an unnamed share looks (a warning naming it)
_OPENING = "Đảng bộ xã hiện có 642 đảng viên, sinh hoạt tại 19 chi bộ trực thuộc.\n" + "".join(
    f"{n}. Nội dung công tác thứ {n} được các chi bộ triển khai đúng kế hoạch.\n" for n in range(1, 11))


@pytest.mark.parametrize("line, flagged", (
    ("Đảng viên được tặng Huy hiệu từ 30 năm tuổi Đảng trở lên 96 đồng chí, chiếm 15,9% tổng số đảng viên.", True),
    ("Đảng viên được tặng Huy hiệu từ 30 năm tuổi Đảng trở lên 96 đồng chí, chiếm 15,0% tổng số đảng viên.", False),
    ("Đảng viên được tặng Huy hiệu từ 30 năm tuổi Đảng trở lên 96 đồng chí, chiếm 15,9%.", False),
))
def test_a_named_base_is_looked_for_further_back(line, flagged):
    found = [f for f in analyze(_OPENING + line).findings if f.code == "percent-mismatch"]
    assert bool(found) is flagged and all(f.severity.value == "warning" for f in found)


# 17. (recall) a total of land or a harvest told with its plan before its split ("1.465,8 ha, bằng 101,2% KH (1.448,4
# ha), gồm: …") is split by the amounts listed, as one of money is; "khác" on the last amount closes the list
SPLIT_CLEAN = (
    "Tổng diện tích gieo trồng 9 tháng 1.461,6 ha, bằng 100,9% KH (1.448,4 ha), gồm: lúa 1.020,5 ha; ngô 312,4 ha; "
    "cây trồng khác 128,7 ha.",
    "Tổng sản lượng lương thực 6.350 tấn, đạt 100,5% kế hoạch (6.320 tấn), cụ thể: lúa 5.200 tấn; ngô 1.150 tấn.",
    "Tổng diện tích gieo trồng 9 tháng 1.465,8 ha, bằng 101,2% KH (1.448,4 ha), gồm: lúa 1.020,5 ha; các loại cây "
    "khác 312,4 ha; ngô 128,7 ha.",
)
SPLIT_SLIPS = (
    ("Tổng diện tích gieo trồng 9 tháng 1.465,8 ha, bằng 101,2% KH (1.448,4 ha), gồm: lúa 1.020,5 ha; ngô 312,4 ha; "
     "cây trồng khác 128,7 ha.", "1.465,8"),
    ("Tổng sản lượng lương thực 6.450 tấn, đạt 102% kế hoạch (6.320 tấn), cụ thể: lúa 5.200 tấn; ngô 1.150 tấn.",
     "6.450"),
)


@pytest.mark.parametrize("text", SPLIT_CLEAN)
def test_a_measured_total_split_past_its_plan_that_adds_up_is_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, flagged", SPLIT_SLIPS)
def test_a_measured_total_split_past_its_plan_that_does_not_add_up_is_found(text, flagged):
    assert any(f.code == "sum-mismatch" and f.text.startswith(flagged) for f in analyze(text).findings)


# 18. a plan listed after "… giao:" is a target, never a figure the result restates; a result whose label repeats
# the plan's words ("tổng sản lượng lương thực có hạt") is measured against it (recall: a warning naming it)
PLAN_LEAD = "Nghị quyết HĐND xã giao: tổng sản lượng lương thực có hạt 10.800 tấn; thu ngân sách 10.500 triệu đồng.\n" \
            "II. KẾT QUẢ THỰC HIỆN\n"
PLAN_CLEAN = (
    PLAN_LEAD + "Tổng sản lượng lương thực có hạt ước đạt 10.236 tấn, đạt 94,8% kế hoạch.",
    PLAN_LEAD + "Tổng sản lượng lương thực có hạt ước đạt 10.236 tấn.",
    "Huyện giao: trồng mới rừng tập trung 120 ha.\nKết quả: trồng mới rừng tập trung 96 ha, đạt 80% kế hoạch.",
)
PLAN_SLIPS = (
    (PLAN_LEAD + "Tổng sản lượng lương thực có hạt ước đạt 10.236 tấn, đạt 96,4% kế hoạch.", "percent-mismatch"),
    ("Đã bàn giao: 12 căn nhà tình nghĩa.\nCuối năm, đã bàn giao 14 căn nhà tình nghĩa.", "figure-inconsistent"),
)


@pytest.mark.parametrize("text", PLAN_CLEAN)
def test_a_plan_given_after_giao_is_no_restated_figure(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, code", PLAN_SLIPS)
def test_a_result_against_the_plan_given_before_is_measured(text, code):
    assert code in {c for c, _, _ in _flagged(text)}, _flagged(text)


# 19. (recall) "Trong số N <noun>, … đã giải quyết M <noun>": what was done to some of them is part of them
IN_THOSE_ACTED_CLEAN = (
    "Trong số 40 ý kiến, kiến nghị của cử tri, UBND xã đã giải quyết và trả lời 38 ý kiến, kiến nghị, đạt tỷ lệ 95%.",
    "Tính đến nay, trong số 26 đơn thư, Ban Tiếp công dân đã giải quyết dứt điểm 24 đơn thư.",
    "Trong số 40 đơn thư nhận trong kỳ, cùng với 10 đơn tồn, UBND xã đã giải quyết 45 đơn thư.",
)
IN_THOSE_ACTED_SLIPS = (
    "Tính đến nay, trong số 40 ý kiến, kiến nghị của cử tri, UBND xã đã giải quyết và trả lời 42 ý kiến, kiến nghị.",
    "Trong số 26 đơn thư, Ban Tiếp công dân đã giải quyết dứt điểm 28 đơn thư.",
)


@pytest.mark.parametrize("text", IN_THOSE_ACTED_CLEAN)
def test_some_of_those_named_first_within_them_is_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text", IN_THOSE_ACTED_SLIPS)
def test_more_of_those_named_first_than_there_are_is_found(text):
    assert "part-exceeds-whole" in {c for c, _, _ in _flagged(text)}


# 20. (recall) bodies announced at length, then listed one per ";" with their own figures and commas, each opening
# with the noun; one set apart after them ("riêng Chi bộ …") is not one of them (a warning)
BODIES_CLEAN = (
    "Trong đó có 3 chi bộ kết nạp đảng viên mới đạt trên 50% chỉ tiêu được giao, bao gồm: Chi bộ thôn Đông kết nạp "
    "được 4 đảng viên, đạt 100%; Chi bộ thôn Tây kết nạp 2 đảng viên, đạt 50%; Chi bộ thôn Nam kết nạp 3 đảng viên, "
    "đạt 75%; riêng Chi bộ thôn Bắc chỉ mới kết nạp được 1 đảng viên, đạt 25%.",
    "Có 3 chi bộ kết nạp đảng viên mới đạt trên 50% chỉ tiêu được giao, bao gồm: Chi bộ thôn Đông kết nạp được 4 đảng "
    "viên, đạt 100%; Chi bộ thôn Tây kết nạp 2 đảng viên, đạt 50%; Chi bộ thôn Nam kết nạp 3 đảng viên, đạt 75%.",
    "Có 2 xã đạt chuẩn nông thôn mới nâng cao trong năm, gồm: Xã An Bình đạt 19/19 tiêu chí, được công nhận tháng 6; "
    "xã Tân Lập đạt 19/19 tiêu chí, được công nhận tháng 10.",
)
BODIES_SLIPS = (
    "Trong đó có 4 chi bộ kết nạp đảng viên mới đạt trên 50% chỉ tiêu được giao, bao gồm: Chi bộ thôn Đông kết nạp "
    "được 4 đảng viên, đạt 100%; Chi bộ thôn Tây kết nạp 2 đảng viên, đạt 50%; Chi bộ thôn Nam kết nạp 3 đảng viên, "
    "đạt 75%; riêng Chi bộ thôn Bắc chỉ mới kết nạp được 1 đảng viên, đạt 25%.",
    "Có 3 xã đạt chuẩn nông thôn mới nâng cao trong năm, gồm: Xã An Bình đạt 19/19 tiêu chí, được công nhận tháng 6; "
    "xã Tân Lập đạt 19/19 tiêu chí, được công nhận tháng 10.",
)


@pytest.mark.parametrize("text", BODIES_CLEAN)
def test_bodies_listed_at_length_as_many_as_announced_are_clean(text):
    assert [f for f in analyze(text).findings if f.code == "count-mismatch"] == []


@pytest.mark.parametrize("text", BODIES_SLIPS)
def test_bodies_listed_at_length_fewer_than_announced_are_found(text):
    assert [f for f in analyze(text).findings if f.code == "count-mismatch"]


# 21. (recall) shares told a sentence after a ratio of their noun ("có 318/320 chi bộ … đánh giá") are of its total
# or of its part, either base: a warning naming the total when neither gives the share; never of ballots
RATIO_BEFORE = "Toàn huyện có 318/320 chi bộ trực thuộc kiểm điểm, đánh giá. Qua đánh giá, 180 chi bộ đạt trong sạch " \
               "vững mạnh, tỷ lệ 56,3%. Có 120 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ {}%."


@pytest.mark.parametrize("text, flagged", (
    (RATIO_BEFORE.format("37,5"), False),
    (RATIO_BEFORE.format("37,7"), False),  # 120/318
    (RATIO_BEFORE.format("40,5"), True),
    ("Đồng chí A với 89/90 phiếu hợp lệ. Đồng chí B có số phiếu tín nhiệm cao là 46, chiếm 48,94%; số phiếu tín "
     "nhiệm là 38, chiếm 40,43%; số phiếu tín nhiệm thấp là 5, chiếm 5,32%.", False),
))
def test_shares_after_a_ratio_of_their_noun(text, flagged):
    found = [f for f in analyze(text).findings if f.code == "percent-mismatch"]
    assert bool(found) is flagged and all(f.severity.value == "warning" for f in found)


# 22. (precision, found on own sentences) "Trong đó" opening the next sentence lists parts each split again by its
# own "gồm": the counts of those inner lists are no more parts of the whole
NESTED = "Trong năm, Sở đã công nhận {} trường đạt chuẩn quốc gia. Trong đó, 12 trường mầm non, gồm 5 trường công " \
         "nhận mới, 3 trường công nhận lại và 4 trường nâng chuẩn; 18 trường tiểu học, gồm 9 trường công nhận mới, " \
         "{} trường công nhận lại."


@pytest.mark.parametrize("text, flagged", (
    (NESTED.format(30, 9), None),
    (NESTED.format("30", 8), "18 trường"),
    (NESTED.format("31", 9), "31 trường"),
))
def test_nested_breakdowns_after_those_are_summed_at_their_own_level(text, flagged):
    found = [f for f in analyze(text).findings if f.code == "sum-mismatch"]
    assert [f.text.startswith(flagged) for f in found] == ([] if flagged is None else [True])
