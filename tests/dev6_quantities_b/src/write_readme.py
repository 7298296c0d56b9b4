import json, os, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location('b', os.path.join(HERE, 'build_and_validate.py')); b = importlib.util.module_from_spec(spec)
import io, contextlib
with contextlib.redirect_stdout(io.StringIO()): spec.loader.exec_module(b)
SHAPE = {
 'bc_ubnd_xa_tanphuoc_ktxh_9thang_2025': '"9,62 tỷ đồng/11,8 tỷ đồng, đạt 84,7% dự toán" – both amounts written as a "/"-ratio inside a "Trong đó" list (81,5%)',
 'tin_sotaichinh_hoalam_thu_ngansach_6thang_2025': 'share of a whole given in the previous sentence and the news title; the other share (84,1%) is right',
 'bc_bvdk_khuvuc_namson_9thang_2025': '"A | B | C | D" table, one row\'s % column wrong (1.187/1.650 = 71,9 printed 73,9)',
 'bc_bqlda_dtxd_giaingan_11thang_2025': '"Tổng … là 386,42 tỷ đồng, cụ thể:" three money parts add to 386,15',
 'tb_sogddt_hoalam_tuyensinh_lop10_2025': '"A | B | C" table, "Tổng cộng" row wrong in one column only (digit swap 2.287 → 2.278)',
 'tin_ubnd_tinh_hoalam_xoa_nhatam_2025': '"xóa 1.236 căn …, chia ra: xây mới 903 căn, sửa chữa 342 căn" (= 1.245)',
 'bc_congan_xa_hoalac_6thang_2025': 'whole (14 vụ PPHS) in para 1, part "chiếm phần lớn với 16 vụ" in para 2',
 'bc_truong_thcs_binhnguyen_hk1_2025_2026': 'whole "khối 9 có … 146 học sinh" in the scale paragraph, "đăng ký ôn thi là 151 em" two paragraphs later',
 'bb_giaoban_sonnmt_thang9_2025': '"thống nhất 05 nhiệm vụ trọng tâm quý IV như sau:" + 4 "+" bullets',
 'tin_bqlda_giaothong_tongket_2025': '"khen thưởng 7 tập thể …, gồm:" 6 names by commas, last joined by "và"',
 'tin_hdnd_tinh_hoalam_giaingan_dtc_2025': 'news title 2.465 tỷ vs body 2.645 tỷ (body agrees with its parts and %)',
 'bc_ubnd_phuong_dongthanh_ngansach_2025': 'unit change: 24.863 triệu đồng in section I vs "24,68 tỷ đồng" in Đánh giá chung',
 'bc_trungtamyte_khuvuc_dongthanh_2025': 'summary 48.521 lượt vs TAB table whose "Tổng cộng" (correct) is 48.215',
 'nq_hdnd_xa_hoalac_ktxh_2025': '"giảm còn 3,12%, đạt chỉ tiêu Nghị quyết (dưới 3%)"',
 'bc_xa_sondong_thuchi_ngansach_2025': 'year-end "31,42 tỷ đồng/32,6 tỷ đồng, đạt 96,4% dự toán, hoàn thành kế hoạch năm"',
 'tin_sogddt_hoalam_truong_chuan_2025': '"26/38 trường …, tỷ lệ 68,4% (chỉ tiêu từ 70% trở lên) – vượt chỉ tiêu"',
 'bb_phienhop_ubnd_phuong_bacson_thang10_2025': '09 thành viên; có mặt 07; vắng 01 (named) – one member unaccounted; a khách mời is listed',
 'bb_kyhop_hdnd_xa_sondong_ky4': 'có mặt 25/27; tán thành 23 (85,19% of 27, correct) + không tán thành 01 + không biểu quyết 02 = 26',
 'tin_cucthue_khuvuc_thu_9thang_2025': 'other (growth): "tăng 14,2% so với cùng kỳ (cùng kỳ năm 2024 đạt 372,8 tỷ đồng)" with 412,6 → 10,7%',
 'bc_ubnd_xa_namson_giamngheo_2025': 'other (difference): "cao hơn năm 2024 là 7,9 triệu đồng (năm 2024: 61,3 triệu đồng)" with 68,4 → 7,1',
}
rows = []; clean = []
for d in b.DOCS:
    if d['planted']:
        c, s, n = d['planted'][0]
        rows.append(f"| {d['name']} | {d['genre']} | {c} | {SHAPE[d['name']]} | `{s}` |")
    else:
        clean.append(f"| {d['name']} | {d['genre']} | " + '; '.join(d['near']) + ' |')
near_pl = [f"- {d['name']}: " + '; '.join(d['near']) for d in b.DOCS if d['planted'] and d['near']]
from collections import Counter
cc = Counter(d['planted'][0][0] for d in b.DOCS if d['planted'])
txt = f"""# round7 / bank_b — quantity shape bank (provincial departments, state agencies, KT-XH, budget, portal news)

Written 2026-12-06 by an independent helper session under `../AUTHOR_RULES.md`. Not opened: checker code, its
tests (except `tests/dev5_quantities_b/README.md` and one of its `.expected.json`, for the format), bench,
resources, other dev_sets folders. Checker not run.

Before writing, real public texts were read with `search` (pages corpus): HĐND xã kỳ họp cuối năm 2025 news
(Ứng Hòa, Biện Thượng, Triệu Sơn, Nông Cống), a provincial 10-month KT-XH summary (Lâm Đồng), Bộ Công an /
city police 6-month sơ kết news, a provincial health-centre item, budget-disclosure pages. Habits borrowed
(never content): "bằng 608% dự toán", "vượt 26/28 chỉ tiêu", shares in brackets "289 tỷ đồng (8,69%)", money in
triệu "708.795 triệu đồng", "đạt gần 91% dự toán", "giảm 3.009 vụ (-24,25%)", "1.442/1.901 vụ (đạt tỷ lệ hơn
75%)", "điều tra làm rõ 172 vụ, 344 đối tượng", "khóa I" xã HĐND after 07/2025. All names, bodies and figures
invented (fictional tỉnh Hòa Lâm, post-07/2025: xã/phường/đặc khu, no huyện).

30 documents, 3–10 paragraphs (table rows count as paragraphs), 490–1.100 characters, UTF-8 NFC, one paragraph per
line. 20 carry exactly ONE planted problem; 10 are clean near-misses. `src/build_and_validate.py` holds every text,
the planted span + note, near-miss notes, and the arithmetic (Decimal, half-up to the printed decimals); it checks
NFC, length 400–1.400, planted span occurs exactly once and contains a digit, every correct figure is right and
each planted figure is really wrong; exits 1 on any problem. `src/write_readme.py` regenerates this file.

## Planted (20) — counts by code: {dict(cc)}

| file | genre | code | shape | span |
|---|---|---|---|---|
""" + '\n'.join(rows) + """

Secondary near-misses inside planted files (must stay silent):
""" + '\n'.join(near_pl) + """

## Clean near-misses (10)

| file | genre | what a careless checker might wrongly flag |
|---|---|---|
""" + '\n'.join(clean) + '\n'
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(txt)
