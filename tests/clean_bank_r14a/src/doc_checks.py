# -*- coding: utf-8 -*-
"""Per-document arithmetic for doc01..doc06 (called from check.py). Every asserted figure is also
looked up in the document text with in_doc(), so a later edit of the text breaks the check."""


def run(DOCS, in_doc, pct, num, wd, D):
    # doc01: biên bản kết quả kiểm phiếu, tổ bầu cử, bầu 4 trong 6
    ds, bp, hl, khl = 1387, 1379, 1352, 27
    assert in_doc(1, "1.387 người", "1.379 người, đạt tỷ lệ 99,42%", "1.352 phiếu", "27 phiếu")
    assert pct(bp, ds) == "99,42" and hl + khl == bp
    assert ds - bp == 8 and 6 + 2 == 8 and in_doc(1, "Có 8 cử tri", "6 cử tri", "2 cử tri")
    votes = {"1.241": "91,79", "1.198": "88,61", "1.086": "80,33", "947": "70,04", "602": "44,53", "289": "21,38"}
    tot = 0
    for v, p in votes.items():
        n = int(v.replace('.', ''))
        assert pct(n, hl) == p, (v, pct(n, hl))
        assert in_doc(1, f"{v} phiếu, đạt {p}%")
        tot += n
    assert tot == 5363 and 4 * hl == 5408 and tot <= 4 * hl and in_doc(1, "5.363 phiếu", "5.408 phiếu")
    assert wd("23/5/2021") == "Chủ nhật"

    # doc02: biên bản kỳ họp HĐND xã; tỷ lệ tán thành trên 26 đại biểu hiện có
    assert 27 - 1 == 26 and 24 + 2 == 26 and in_doc(1 + 1, "Có mặt 24/26", "vắng 02 đại biểu")
    assert pct("21.49", "19.8", 1) == "108,5" and in_doc(2, "21,49 tỷ đồng, bằng 108,5%")
    assert pct(35, 42) == "83,33" and pct(7, 42) == "16,67" and 35 + 7 == 42
    for tt, ktt, kbq, p in [(24, 0, 0, "92,31"), (23, 1, 0, "88,46"), (21, 2, 1, "80,77"), (22, 0, 2, "84,62")]:
        assert tt + ktt + kbq == 24 and pct(tt, 26) == p and tt > 26 / 2
        assert in_doc(2, f"tán thành {tt}, không tán thành {ktt}, không biểu quyết {kbq}; đạt {p}%")
    assert D("1.65") + D("0.7") == D("2.35")

    # doc03: báo cáo Mặt trận xã 2018
    assert 98 / 14 == 7 and pct(35, 38) == "92,11" and pct(2418, 2561) == "94,42"
    assert pct("168.4", 150) == "112,27" and D("168.4") - 147 == D("21.4")
    assert 2 * 50 == 100 and 3 * 12 == 36 and 64 * D("0.4") == D("25.6")
    assert 100 + 36 + D("25.6") == D("161.6") and D("168.4") - D("161.6") == D("6.8")
    assert pct(97, 2561) == "3,79" and pct(72, 2561) == "2,81" and 97 - 72 == 25
    assert pct(8, 9) == "88,89" and 8 + 1 == 9 and 24 + 3 == 27
    assert in_doc(3, "168,4 triệu đồng, đạt 112,27%", "161,6 triệu đồng", "6,8 triệu đồng", "97 hộ (3,79%)", "72 hộ (2,81%)", "9/10 chỉ tiêu", "13/14 ấp")

    # doc04: tin đại hội Hội Nông dân xã
    assert wd("16/03/2023") == "Thứ Năm" and in_doc(4, "Thứ Năm, 16/03/2023")
    assert pct(312, 300, 0) == "104" and pct(2036, 2318, 1) == "87,8"
    assert pct(3215, 4380) == "73,40" and 41 + 562 + 2612 == 3215
    assert 1150 - 420 == 730 and pct(730, 420, 1) == "173,8" and 46 * 25 == 1150
    assert 1150 + 5 * 100 == 1650 and 11 + 1 == 12 and 18 < 25
    assert pct(5, 15) == "33,33" and pct(4, 15) == "26,67"
    assert in_doc(4, "147/150", "73,40%", "173,8%", "(33,33%)", "(26,67%)", "147/147")

    # doc05: biên bản kiểm phiếu bầu BCH công đoàn cơ sở, bầu 9 trong 11
    assert pct(221, 236) == "93,64" and 221 + 15 == 236 and 11 + 4 == 15 and 218 + 3 == 221
    v = [214, 211, 207, 203, 198, 192, 186, 179, 165, 96, 61]
    ps = ["98,17", "96,79", "94,95", "93,12", "90,83", "88,07", "85,32", "82,11", "75,69", "44,04", "27,98"]
    for n, p in zip(v, ps):
        assert pct(n, 218) == p and in_doc(5, f"{n} phiếu, đạt {p}%")
    assert v == sorted(v, reverse=True) and sum(v) <= 9 * 218
    assert min(v[:9]) > 218 / 2 and max(v[9:]) < 218 / 2 and min(v[:9]) > 221 / 2
    assert pct(5, 9) == "55,56" and in_doc(5, "5 nữ (55,56%)")

    # doc06: báo cáo tổng hợp ý kiến cử tri
    lv = [(58, "27,23"), (47, "22,07"), (39, "18,31"), (31, "14,55"), (24, "11,27"), (14, "6,57")]
    assert sum(n for n, _ in lv) == 213
    for n, p in lv:
        assert pct(n, 213) == p and in_doc(6, f"{n} ý kiến ({p}%)")
    assert 21 + 96 + 96 == 213 and pct(21, 213) == "9,86" and pct(96, 213) == "45,07"
    assert 4186 / 46 == 91 and pct(171, 187) == "91,44" and pct(16, 187) == "8,56" and 171 + 16 == 187
    assert 213 - 187 == 26 and pct(700 - 500, 500, 0) == "40"
    assert in_doc(6, "4.186 lượt cử tri", "bình quân 91 cử tri/điểm", "171 ý kiến (91,44%)", "16 ý kiến (8,56%)", "tăng 26 ý kiến")

    for k, txt in DOCS.items():
        assert 2300 <= len(txt) <= 3200, (k, len(txt))
