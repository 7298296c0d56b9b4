"""Round 14, the summary read as a secretary who must sign it (issue 18: "The summary, per genre", "Layout"), read
back from the DOCX on documents of our own: what the figure rows leave to the sections that tell it (attendance,
opinions, tasks), what a news summary keeps of its meeting (attendance, the resolution adopted), the tasks' words
without the deadline the next cell tells, who implements by when, references that never name a portal's banner
or the last section for a signature, titles that go on from their type line, and lines that keep with their table."""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary

from .docx_reading import block_texts as _texts
from .docx_reading import section as _section
from .docx_reading import summary_of_text as _export
from .docx_reading import table_rows

MINUTES_HEAD = ("ĐẢNG BỘ PHƯỜNG HÒA AN\nCHI BỘ KHU PHỐ 4\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nBIÊN BẢN\n"
                "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025\n"
                "Vào lúc 14 giờ 00, ngày 05 tháng 11 năm 2025, tại Hội trường khu phố 4, Chi bộ khu phố 4 tiến hành "
                "sinh hoạt thường kỳ tháng 11 năm 2025.\n"
                "Đồng chí Trần Văn Bình, Bí thư chi bộ chủ trì; đồng chí Lê Thị Hoa, chi ủy viên, ghi biên bản.\n")
MINUTES_FOOT = ("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày.\n"
                "THƯ KÝ\t\t\t\tT/M CHI BỘ\n\t\t\t\tBÍ THƯ\nLê Thị Hoa\t\t\t\tTrần Văn Bình\n")





# ------------------------------------------------------------------ figure rows leave what a section tells

@pytest.mark.parametrize("attendance, opinion, task, parts", [
    ("Tổng số đảng viên của chi bộ: 18 đồng chí (16 chính thức, 2 dự bị).\n"
     "Có mặt: 15 đồng chí (13 chính thức, 2 dự bị).\n",
     "Đồng chí Phạm Văn Dũng: đề nghị chi bộ hỗ trợ thêm 07 hộ khó khăn sửa chữa nhà ở.\n",
     "- Giao đồng chí Phạm Văn Dũng vận động 12 hộ còn lại đóng góp quỹ khuyến học, hoàn thành trước ngày 30/11/2025.\n",
     ("13 chính thức", "07 hộ", "12 hộ")),
    ("Chi bộ có 21 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt đảng.\n"
     "Có mặt: 17 đồng chí; vắng 04 đồng chí chính thức.\n",
     "Đồng chí Hà Thị Mến: đề nghị chi bộ vận động 6 hộ còn lại lắp đồng hồ nước riêng.\n",
     "- Chi ủy rà soát danh sách 03 quần chúng ưu tú, xong trước ngày 20/12/2025.\n",
     ("02 đồng chí", "04 đồng chí", "6 hộ", "03 quần chúng")),
    ("Tổng số đảng viên: 30 đồng chí.\nCó mặt: 26 đồng chí (24 chính thức, 2 dự bị); vắng 4 đồng chí có lý do.\n",
     "Đồng chí Lý Văn Khánh: kiến nghị giao tổ tự quản 8 thành viên trực đêm.\n",
     "- Phân công đồng chí Lý Văn Khánh vận động 15 hộ tham gia bảo hiểm y tế trong tháng 12/2025.\n",
     ("24 chính thức", "8 thành viên", "15 hộ")),
])
def test_figure_rows_leave_attendance_requests_and_tasks_to_their_sections(attendance, opinion, task, parts, tmp_path):
    text = (MINUTES_HEAD + attendance + "NỘI DUNG SINH HOẠT\n"
            "Chi bộ đánh giá kết quả tháng 10/2025: vận động được 52/60 hộ đóng góp quỹ khuyến học; thu đảng phí "
            "đủ 18/18 đồng chí.\nÝ KIẾN THẢO LUẬN\n" + opinion + "KẾT LUẬN CỦA CHỦ TRÌ\n" + task + MINUTES_FOOT)
    document = _export(text, tmp_path)
    values = [row[2] for row in table_rows(_section(document, "NỘI DUNG VÀ SỐ LIỆU CHÍNH"), columns=4)]
    assert any("52/60" in v for v in values) and any("18/18" in v for v in values), values
    for part in parts:
        assert not any(part in v for v in values), (part, values)
    # and the sections that tell them do
    told = _texts(_section(document, "Ý KIẾN THẢO LUẬN")) + " ".join(
        " ".join(r) for r in table_rows(_section(document, "KẾT LUẬN VÀ NHIỆM VỤ")))
    assert opinion.split(": ", 1)[-1].split(",")[0].rstrip(".\n")[:20] in told or parts[-1] in told


@pytest.mark.parametrize("opinion, value", [
    # near-misses: a fact a speaker states is a fact of the period, and a report presented by a member is content
    ("Đồng chí Bùi Thị Nga: tổ dân phòng hiện chỉ có 5 người, cần bổ sung lực lượng.", "5 người"),
    ("Đồng chí Lê Thị Thu, Phó Bí thư báo cáo: khu phố thu được 48.500.000 đồng quỹ vì người nghèo.",
     "48.500.000 đồng"),
    ("Đồng chí Phạm Văn Dũng cho biết đã có 11 hộ đăng ký gia đình văn hóa.", "11 hộ"),
])
def test_a_fact_told_by_a_speaker_stays_a_figure_row(opinion, value, tmp_path):
    text = (MINUTES_HEAD + "Có mặt: 15 đồng chí.\nNỘI DUNG SINH HOẠT\nThu đảng phí đủ 18/18 đồng chí.\n"
            "Ý KIẾN THẢO LUẬN\n" + opinion + "\n" + MINUTES_FOOT)
    values = [row[2] for row in table_rows(_section(_export(text, tmp_path), "NỘI DUNG VÀ SỐ LIỆU CHÍNH"), columns=4)]
    assert any(v.startswith(value) for v in values), values


# ------------------------------------------------------------------ a news item keeps its meeting

NEWS = [
    ("Trang chủ | Giới thiệu | Tin tức | Liên hệ\nCỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯNG THỊNH\nTin tức > Hoạt động Đảng ủy\n"
     "Đảng ủy xã Hưng Thịnh tổng kết công tác năm 2025\nThứ Sáu, 19/12/2025 | 08:30 | Lượt xem: 532\n"
     "Chiều 18/12, Ban Chấp hành Đảng bộ xã Hưng Thịnh tổ chức Hội nghị lần thứ năm tổng kết công tác năm 2025. "
     "Đồng chí Đinh Văn Quý, Bí thư Đảng ủy xã chủ trì Hội nghị. Dự Hội nghị có 27/29 đồng chí Ủy viên Ban Chấp "
     "hành.\nTheo báo cáo, năm 2025 tổng thu ngân sách trên địa bàn đạt 38,2 tỷ đồng, bằng 112% dự toán.\n"
     "Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2026 với 27/27 đồng chí dự họp tán thành.\n"
     "Kết luận Hội nghị, đồng chí Đinh Văn Quý yêu cầu các chi bộ hoàn thành kiểm điểm cuối năm trước ngày "
     "31/12/2025.\nThu Hà - Văn phòng Đảng ủy\nChia sẻ: Facebook | Zalo\n",
     "27/29", "27"),
    ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN\nTrang chủ / Tin tức / Tin hoạt động\n"
     "Huyện ủy Tân Sơn họp Ban Chấp hành mở rộng\nNgày đăng: 05/03/2025 | Lượt xem: 210\n"
     "Sáng 04/3, Ban Chấp hành Đảng bộ huyện Tân Sơn tổ chức Hội nghị lần thứ 22. Đồng chí Hà Văn Lâm, Bí thư "
     "Huyện ủy chủ trì. Dự Hội nghị có 41/45 đồng chí Huyện ủy viên.\n"
     "Quý I, toàn huyện trồng mới 312 ha rừng tập trung, thu ngân sách đạt 21,6 tỷ đồng.\n"
     "Hội nghị biểu quyết thông qua Nghị quyết chuyên đề về chuyển đổi số với 41/41 đồng chí tán thành.\n"
     "Kết luận Hội nghị, đồng chí Hà Văn Lâm giao Ban Tuyên giáo Huyện ủy xây dựng kế hoạch tuyên truyền trong "
     "tháng 4/2025.\nChia sẻ: Facebook | Zalo\nTin liên quan:\n",
     "41/45", "41"),
    ("Trang chủ | Tin tức | Văn bản\nCỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BẮC LÝ\nTin tức > Sự kiện\n"
     "Đảng ủy phường Bắc Lý sơ kết 6 tháng\nThứ Hai, 07/07/2025 | 15:10 | Lượt xem: 98\n"
     "Chiều 05/7, Ban Chấp hành Đảng bộ phường Bắc Lý tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2025. "
     "Đồng chí Trương Thị Yến, Bí thư Đảng ủy phường chủ trì. Dự Hội nghị có 19/21 đồng chí Ủy viên Ban Chấp "
     "hành.\nSáu tháng, phường cấp 146 giấy chứng nhận quyền sử dụng đất, giải quyết 98% hồ sơ đúng hạn.\n"
     "Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm với 19/19 đồng chí dự họp tán "
     "thành.\nKết luận Hội nghị, đồng chí Trương Thị Yến yêu cầu các chi bộ hoàn thành thu đảng phí trước ngày "
     "30/7/2025.\nChia sẻ: Facebook | Zalo\n",
     "19/21", "19"),
]


@pytest.mark.parametrize("text, present, votes", NEWS)
def test_a_news_summary_keeps_the_attendance_and_the_resolution_adopted(text, present, votes, tmp_path):
    document = _export(text, tmp_path)
    info = _texts(_section(document, "THÔNG TIN HỘI NGHỊ"))
    assert f"Thành phần: có mặt {present}" in info, info
    conclusion = _section(document, "KẾT LUẬN, CHỈ ĐẠO VÀ NHIỆM VỤ")
    decisions = table_rows(conclusion, columns=6)
    assert decisions and decisions[0][0].startswith("Nghị quyết") and decisions[0][1] == votes, decisions
    # the tasks' table is a table of its own, a line apart (with nothing between them Word joins two tables)
    kinds = [type(block).__name__ for block in conclusion]
    assert kinds[:3] == ["Table", "Paragraph", "Table"] and conclusion[1].text == "Nhiệm vụ được giao:", kinds
    assert conclusion[1].paragraph_format.keep_with_next


@pytest.mark.parametrize("text", [t for t, _, _ in NEWS])
def test_references_never_name_the_portals_banner(text, tmp_path):
    document = _export(text, tmp_path)
    told = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "CỔNG THÔNG TIN" not in told, told
    assert "“Chiều" in told or "“Sáng" in told  # the references are still there, by the sentence's first words


def test_a_news_item_without_attendance_has_no_attendance_line(tmp_path):
    # near-miss: a news item naming no count of who attended says nothing of it (no "không nêu" for a field
    # the layout adds only when the source has it)
    text = NEWS[0][0].replace(" Dự Hội nghị có 27/29 đồng chí Ủy viên Ban Chấp hành.", "").replace(
        " với 27/27 đồng chí dự họp tán thành", "")
    document = _export(text, tmp_path)
    info = _texts(_section(document, "THÔNG TIN HỘI NGHỊ"))
    assert "Thành phần" not in info, info
    conclusion = _section(document, "KẾT LUẬN, CHỈ ĐẠO VÀ NHIỆM VỤ")
    assert "Nhiệm vụ được giao:" not in _texts(conclusion) or table_rows(conclusion, columns=6)


# ------------------------------------------------------------------ tasks: the deadline once; who implements by when

CONCLUSION_HEAD = ("ĐẢNG BỘ TỈNH HÒA BÌNH\nHUYỆN ỦY LẠC SƠN\n*\nSố 88-KL/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Lạc Sơn, ngày 15 tháng 10 năm 2025\nKẾT LUẬN\n"
                   "của Ban Thường vụ Huyện ủy về công tác quý III, nhiệm vụ quý IV năm 2025\n"
                   "I- ĐÁNH GIÁ CHUNG\nQuý III, tình hình kinh tế - xã hội của huyện ổn định; thu ngân sách đạt 61% "
                   "dự toán.\nII- NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025\n")
CONCLUSION_FOOT = "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nBùi Văn Tỉnh\n"
TASKS = [
    ("1- Ban cán sự đảng UBND huyện chỉ đạo thu hoạch lúa mùa, xong trước 30/10/2025.",
     "Chỉ đạo thu hoạch lúa mùa", "trước 30/10/2025"),
    ("2- Giao Ban Tổ chức Huyện ủy hướng dẫn kiểm điểm cuối năm, hoàn thành trước ngày 15/11/2025.",
     "Hướng dẫn kiểm điểm cuối năm", "trước ngày 15/11/2025"),
    ("3- Ủy ban Kiểm tra Huyện ủy kiểm tra 04 tổ chức đảng trong tháng 11/2025.",
     "Kiểm tra 04 tổ chức đảng", "trong tháng 11/2025"),
    # near-miss: a deadline inside the sentence stays where the text puts it
    ("4- Giao Văn phòng Huyện ủy trình dự thảo chương trình công tác trước ngày 20/11/2025 để Ban Thường vụ cho ý kiến.",
     "Trình dự thảo chương trình công tác trước ngày 20/11/2025 để Ban Thường vụ cho ý kiến", "trước ngày 20/11/2025"),
    # near-miss: no deadline, the words as written
    ("5- Công an huyện chủ trì giữ vững an ninh trật tự dịp cuối năm.",
     "Chủ trì giữ vững an ninh trật tự dịp cuối năm", "không nêu"),
]


def _conclusion(tmp_path):
    text = CONCLUSION_HEAD + "\n".join(line for line, _, _ in TASKS) + "\n" + CONCLUSION_FOOT
    return _export(text, tmp_path)


def test_a_task_ending_on_its_deadline_tells_it_in_the_deadline_cell_only(tmp_path):
    rows = table_rows(_section(_conclusion(tmp_path), "NHIỆM VỤ, GIẢI PHÁP"), columns=4)
    got = [(row[2].split("\n")[0], row[3]) for row in rows]
    for _, words, deadline in TASKS:
        assert (words, deadline) in got, (words, got)


def test_who_implements_names_the_tasks_and_their_deadlines_not_their_words_again(tmp_path):
    told = _texts(_section(_conclusion(tmp_path), "TỔ CHỨC THỰC HIỆN"))
    assert "Phân công thực hiện các nhiệm vụ ở mục IV:" in told, told
    assert "- Ban cán sự đảng UBND huyện: nhiệm vụ 1, trước 30/10/2025." in told, told
    assert "- Ban Tổ chức Huyện ủy: nhiệm vụ 2, trước ngày 15/11/2025." in told, told
    assert "- Ủy ban Kiểm tra Huyện ủy: nhiệm vụ 3, trong tháng 11/2025." in told, told
    for _, words, _ in TASKS:
        assert words.lower() not in told.lower(), (words, told)


def test_a_title_that_goes_on_from_its_type_line_is_not_capitalised_as_a_sentence(tmp_path):
    document = _conclusion(tmp_path)
    title = next(p.text for p in document.paragraphs if p.text.startswith("TÓM TẮT"))
    assert title == "TÓM TẮT KẾT LUẬN của Ban Thường vụ Huyện ủy về công tác quý III, nhiệm vụ quý IV năm 2025", title
    info = _texts(_section(document, "THÔNG TIN VĂN BẢN"))
    assert "- Trích yếu: Kết luận của Ban Thường vụ Huyện ủy về công tác quý III" in info, info
    assert "Kỳ báo cáo" not in info, info  # a kết luận is no report


@pytest.mark.parametrize("footer, signer", [
    (CONCLUSION_FOOT, "Bùi Văn Tỉnh (T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ)"),
    # the block set beside Nơi nhận with tabs, as many offices type it
    ("Nơi nhận:\t\tT/M BAN THƯỜNG VỤ\n- Như trên;\t\tBÍ THƯ\n- Lưu VP.\t\tĐặng Thị Hường\n",
     "Đặng Thị Hường (T/M BAN THƯỜNG VỤ, BÍ THƯ)"),
    ("Nơi nhận:\t\tKT. BÍ THƯ\n- Thường trực Tỉnh ủy;\t\tPHÓ BÍ THƯ\n- Lưu VP.\t\tLò Văn Pản\n",
     "Lò Văn Pản (KT. BÍ THƯ, PHÓ BÍ THƯ)"),
])
def test_the_signer_is_told_as_the_block_reads_and_cited_without_the_last_section(footer, signer, tmp_path):
    text = CONCLUSION_HEAD + TASKS[0][0] + "\n" + footer
    info = _texts(_section(_export(text, tmp_path), "THÔNG TIN VĂN BẢN"))
    line = next(x for x in info.split("\n") if x.startswith("- Người ký:"))
    assert line.startswith(f"- Người ký: {signer} (“"), line
    assert "II ›" not in line, line


# ------------------------------------------------------------------ layout and the rest

def test_the_closing_note_is_left_aligned_not_stretched_around_a_long_file_name(tmp_path):
    path = tmp_path / "bien_ban_sinh_hoat_chi_bo_khu_pho_4_thang_11_nam_2025_ban_sua_lan_3.txt"
    path.write_text(MINUTES_HEAD + "Có mặt: 15 đồng chí.\n" + MINUTES_FOOT, encoding="utf-8")
    out = tmp_path / "summary.docx"
    write_summary(analyze(path.read_text(encoding="utf-8")), out, source=path)
    note = next(p for p in Document(str(out)).paragraphs if p.text.startswith("Bản tóm tắt do"))
    assert note.alignment == WD_ALIGN_PARAGRAPH.LEFT


@pytest.mark.parametrize("body, agenda", [
    # items 1 and 2 are long sentences (read as text), item 3 a short heading: a list of one point would mislead;
    # the list under "NỘI DUNG SINH HOẠT" is the agenda, each item to its first colon or stop (round 15)
    ("NỘI DUNG SINH HOẠT\n1. Thông tin thời sự; quán triệt kế hoạch phòng, chống dịch bệnh trên đàn gia súc của "
     "Đảng ủy phường trong mùa đông xuân năm 2025 - 2026.\n2. Đánh giá kết quả tháng 10/2025: thu đảng phí đủ "
     "18/18 đồng chí; vận động được 52/60 hộ đóng góp quỹ khuyến học.\n3. Nhiệm vụ tháng 11/2025.\n",
     "Các nội dung: 1. Thông tin thời sự; 2. Đánh giá kết quả tháng 10/2025; 3. Nhiệm vụ tháng 11/2025."),
    ("NỘI DUNG SINH HOẠT\nb) Nhiệm vụ tháng 11/2025.\n", None),
    # near-misses: an agenda whose numbering starts at its first item is told
    ("I. ĐÁNH GIÁ THÁNG 10\nThu đảng phí đủ 18/18 đồng chí.\nII. NHIỆM VỤ THÁNG 11\nVận động quỹ khuyến học.\n",
     "Các nội dung: I. ĐÁNH GIÁ THÁNG 10; II. NHIỆM VỤ THÁNG 11."),
    ("1. Đánh giá tháng 10\nThu đảng phí đủ 18/18 đồng chí.\n2. Nhiệm vụ tháng 11\nVận động quỹ khuyến học.\n",
     "Các nội dung: 1. Đánh giá tháng 10; 2. Nhiệm vụ tháng 11."),
])
def test_the_agenda_is_told_only_from_its_first_item(body, agenda, tmp_path):
    text = MINUTES_HEAD + "Có mặt: 15 đồng chí.\n" + body + MINUTES_FOOT
    told = [b.text for b in _section(_export(text, tmp_path), "NỘI DUNG VÀ SỐ LIỆU CHÍNH") if hasattr(b, "text")]
    listed = [t for t in told if t.startswith("Các nội dung")]
    assert listed == ([agenda] if agenda else []), told


REPORT = ("UBND TỈNH KON TUM\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 310/BC-SYT\nKon Tum, ngày 05 tháng 7 năm 2025\nBÁO CÁO\nKết quả công tác y tế 6 tháng đầu năm 2025\n"
          "I. KẾT QUẢ THỰC HIỆN\n")


@pytest.mark.parametrize("sentence, value", [
    ("Số giường bệnh đạt 32,4 giường/vạn dân.", "32,4 giường/vạn dân"),
    ("Toàn tỉnh có 11,2 bác sĩ/vạn dân, tăng so với cùng kỳ.", "11,2 bác sĩ/vạn dân"),
    ("Tỷ suất sinh thô ở mức 15,8 trẻ/1.000 dân.", "15,8 trẻ/1.000 dân"),
    # near-miss: a slash to another figure is no rate
    ("Toàn tỉnh có 86/102 xã đạt Bộ tiêu chí quốc gia về y tế.", "86/102 xã"),
])
def test_a_figure_keeps_the_rate_it_is_told_per(sentence, value, tmp_path):
    rows = table_rows(_section(_export(REPORT + sentence + "\n", tmp_path), "SỐ LIỆU NỔI BẬT"), columns=4)
    assert any(row[2].startswith(value) for row in rows), rows


def test_the_line_opening_the_findings_keeps_with_their_table(tmp_path):
    text = REPORT + "Toàn tỉnh có 86/102 xã đạt chuẩn, đạt tỷ lệ 80,3%.\n"
    blocks = _section(_export(text, tmp_path), "KẾT QUẢ KIỂM TRA")
    assert blocks[0].text.startswith("Chương trình phát hiện"), blocks[0].text
    assert blocks[0].paragraph_format.keep_with_next


@pytest.mark.parametrize("plans", [
    "Hội nghị thống nhất các chỉ tiêu năm 2026, trong đó: thu ngân sách trên địa bàn 40 tỷ đồng; kết nạp 6 đảng "
    "viên mới.",
    "Hội nghị thống nhất 2 chỉ tiêu chủ yếu năm 2026, trong đó: tốc độ tăng giá trị sản xuất đạt 9% trở lên; thu "
    "ngân sách trên địa bàn 41 tỷ đồng.",
    "Hội nghị thống nhất chỉ tiêu năm 2026: tỷ lệ hộ nghèo giảm xuống dưới 1,5%; thu ngân sách 39 tỷ đồng; kết nạp "
    "ít nhất 7 đảng viên mới.",
    "",  # near-miss: every target judged, no count of others
])
def test_the_tally_counts_the_targets_with_no_result_yet(plans, tmp_path):
    text = (NEWS[0][0].replace("bằng 112% dự toán", "bằng 112% dự toán (34 tỷ đồng)")
            .replace("Hội nghị đã biểu quyết", (plans + "\n" if plans else "") + "Hội nghị đã biểu quyết"))
    blocks = _section(_export(text, tmp_path), "CHỈ TIÊU")
    future = sum(row[4] == "chưa có kết quả" for row in table_rows(blocks, columns=6))
    assert future or not plans, "the reader reads no plan of the sentence: the test no longer tests the tally"
    tally = next(line for line in _texts(blocks).split("\n") if "chỉ tiêu:" in line)
    if future:
        assert tally.endswith(f"; {future} chỉ tiêu chưa có kết quả để đánh giá."), tally
    else:
        assert "chưa có kết quả" not in tally, tally


BALLOT_HEAD = ("ĐẢNG BỘ XÃ AN THẠNH\t\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP BÌNH LỢI\n*\t\tAn Thạnh, ngày 20 tháng 4 năm "
               "2025\nBIÊN BẢN KIỂM PHIẾU\nBầu Chi ủy nhiệm kỳ 2025 - 2027\nĐại hội Chi bộ ấp Bình Lợi nhiệm kỳ 2025 - "
               "2027 khai mạc lúc 8 giờ 00 ngày 20/4/2025 tại Văn phòng ấp Bình Lợi.\n")
BALLOT_FOOT = "T/M BAN KIỂM PHIẾU\nTRƯỞNG BAN\nPhạm Văn Lộc\n"


@pytest.mark.parametrize("body, expected", [
    ("Số phiếu phát ra: 22; số phiếu thu về: 22; số phiếu hợp lệ: 21; số phiếu không hợp lệ: 01.\n"
     "TT | Họ và tên | Số phiếu | Tỷ lệ %\n1 | Nguyễn Văn Hậu | 20 | 95,24%\n2 | Trần Thị Kim Chi | 17 | 80,95%\n"
     "3 | Lê Văn Phước | 8 | 38,1%\n"
     "Các đồng chí Nguyễn Văn Hậu, Trần Thị Kim Chi trúng cử Chi ủy. Đồng chí Lê Văn Phước không trúng cử.\n",
     ["trúng cử (20/21 = 95,24%)", "trúng cử (17/21 = 80,95%)", "không trúng cử (8/21 = 38,1%)"]),
    ("Danh sách bầu cử: 01 đồng chí (Nguyễn Văn Hậu).\nSố phiếu phát ra: 26; thu về: 26; hợp lệ: 26.\n"
     "Đồng chí Nguyễn Văn Hậu đạt 25/26 phiếu, tỷ lệ 96,15%, trúng cử Bí thư Chi bộ.\n",
     ["trúng cử (25/26 = 96,15%)"]),
    # near-miss: a vote by show of hands says its outcome, with no share of ballots
    ("Đại hội biểu quyết số lượng Chi ủy là 03 đồng chí với 24/24 đảng viên chính thức có mặt tán thành.\n",
     ["thông qua"]),
])
def test_an_election_tells_the_share_of_the_ballots_it_was_won_with(body, expected, tmp_path):
    rows = table_rows(_section(_export(BALLOT_HEAD + body + BALLOT_FOOT, tmp_path), "BIỂU QUYẾT, BẦU CỬ VÀ QUYẾT ĐỊNH"),
                      columns=6)
    assert [row[5] for row in rows] == expected, rows


# ------------------------------------------------------------------ the frame of a state body's summary

def _header_cells(document):
    left, right = document.tables[0].rows[0].cells
    return left, right


@pytest.mark.parametrize("issuer, lines", [
    ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG", ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG HƯNG"]),
    ("ỦY BAN NHÂN DÂN PHƯỜNG NAM HỒNG", ["ỦY BAN NHÂN DÂN", "PHƯỜNG NAM HỒNG"]),
    ("HỘI ĐỒNG NHÂN DÂN HUYỆN KIM BẢNG", ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN KIM BẢNG"]),
    ("UBND THỊ TRẤN PHONG THỔ", ["UBND", "THỊ TRẤN PHONG THỔ"]),
    # near-misses: a short name stays on its line; a place of one word is not left alone
    ("SỞ TÀI CHÍNH", ["SỞ TÀI CHÍNH"]),
    ("VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH", ["VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH"]),
])
def test_a_state_bodys_header_keeps_the_national_title_on_one_line_and_breaks_a_long_name_before_its_place(
        issuer, lines, tmp_path):
    text = (f"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 41/BC-UBND\n"
            "Đông Hưng, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n"
            "I. KẾT QUẢ\nThu ngân sách đạt 12,4 tỷ đồng.\n")
    document = _export(text, tmp_path)
    left, right = _header_cells(document)
    assert [p.text for p in left.paragraphs][-len(lines) - 1:-1] == lines, [p.text for p in left.paragraphs]
    assert {run.font.size.pt for p in left.paragraphs[:-1] for run in p.runs} == {13}  # NĐ 30: 12 to 13 pt
    national, motto = right.paragraphs[0], right.paragraphs[1]
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert {run.font.size.pt for run in national.runs} == {12}  # NĐ 30: 12 to 13 pt; 13 pt broke it in two
    assert right.width.mm >= 95, right.width.mm  # 34 capitals in 12 pt bold need about 90 mm
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and motto._p.find(qn("w:pPr")).find(qn("w:pBdr")) is not None


def test_a_reference_to_a_table_row_starts_at_its_name_not_its_row_number(tmp_path):
    body = ("Số phiếu phát ra: 22; số phiếu thu về: 22; số phiếu hợp lệ: 21; số phiếu không hợp lệ: 01.\n"
            "TT | Họ và tên | Số phiếu | Tỷ lệ %\n1 | Nguyễn Văn Hậu | 20 | 95,24%\n2 | Trần Thị Kim Chi | 17 | 80,95%\n"
            "Các đồng chí Nguyễn Văn Hậu, Trần Thị Kim Chi trúng cử Chi ủy.\n")
    rows = table_rows(_section(_export(BALLOT_HEAD + body + BALLOT_FOOT, tmp_path), "BIỂU QUYẾT, BẦU CỬ VÀ QUYẾT ĐỊNH"),
                      columns=6)
    refs = [row[0].split("\n")[-1] for row in rows]
    assert refs == ["“Nguyễn Văn Hậu | 20…”", "“Trần Thị Kim Chi…”"], refs


@pytest.mark.parametrize("sentence, value, kept", [
    ("Sáu tháng, phòng đã cấp 118 giấy phép xây dựng cho hộ gia đình.", "118 giấy phép", True),
    ("Huyện đã nâng cấp 27 trạm bơm điện phục vụ sản xuất vụ mùa.", "27 trạm bơm", True),
    ("Tổng số 47 cán bộ y tế xã được tập huấn sơ cứu ban đầu.", "47 cán bộ", True),
    # near-misses: the number of a hamlet, a village or a house is a name, not a count
    ("Trạm y tế đặt tại nhà số 14 đường Trần Phú từ tháng 3.", "14", False),
    ("Chi bộ ấp 3 tổ chức ra quân làm đường giao thông nông thôn.", "3", False),
    ("Thôn 7 hoàn thành kéo điện chiếu sáng đường quê.", "7", False),
])
def test_a_count_after_a_word_ending_like_an_ordinal_word_is_a_count(sentence, value, kept, tmp_path):
    rows = table_rows(_section(_export(REPORT + "Toàn tỉnh khám cho 2.150 lượt người.\n" + sentence + "\n", tmp_path),
                               "SỐ LIỆU NỔI BẬT"), columns=4)
    assert any(row[2].startswith(value) for row in rows) == kept, rows


RESOLUTION_HEAD = ("ĐẢNG BỘ PHƯỜNG NGỌC KHÁNH\nCHI BỘ TỔ DÂN PHỐ SỐ 7\n*\nSố 05-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Ngọc Khánh, ngày 10 tháng 5 năm 2026\nNGHỊ QUYẾT\nsinh hoạt chi bộ thường kỳ tháng 5 năm 2026\n")
RESOLUTION_BODY = ("CHI BỘ QUYẾT NGHỊ\nI. ĐÁNH GIÁ KẾT QUẢ THÁNG 4 NĂM 2026\nChi bộ vận động 88/90 hộ đóng quỹ khuyến học.\n"
                   "II. NHIỆM VỤ THÁNG 6 NĂM 2026\n1. Chi ủy kiểm tra 03 đảng viên trước ngày 20/6/2026.\n"
                   "T/M CHI BỘ\nBÍ THƯ\nLương Thị Xuân\n")


@pytest.mark.parametrize("sitting, attendance, vote", [
    ("Chi bộ có tổng số 28 đảng viên (25 chính thức, 3 dự bị); có mặt 24 đồng chí; vắng 04 đồng chí. Nghị quyết "
     "được 22/22 đảng viên chính thức có mặt biểu quyết tán thành (100%).\n", "có mặt 24/28, vắng 4", "22/22 tán thành"),
    ("Tổng số đảng viên: 19 đồng chí; có mặt: 17 đồng chí.\nNghị quyết được 15/15 đảng viên chính thức có mặt nhất "
     "trí thông qua.\n", "có mặt 17/19, vắng 2", "15/15 tán thành"),
    ("Chi bộ có 33 đảng viên, có mặt 30 đồng chí, vắng 3 đồng chí có lý do. Chi bộ biểu quyết thông qua nghị quyết với "
     "27/27 đảng viên chính thức có mặt tán thành.\n", "có mặt 30/33, vắng 3", "27/27 tán thành"),
])
def test_a_resolution_tells_the_sitting_that_adopted_it(sitting, attendance, vote, tmp_path):
    info = _texts(_section(_export(RESOLUTION_HEAD + sitting + RESOLUTION_BODY, tmp_path), "THÔNG TIN VĂN BẢN"))
    assert f"- Thành phần: {attendance} (" in info, info
    line = next(x for x in info.split("\n") if x.startswith("- Biểu quyết:"))
    assert vote in line and "Thông qua:" not in line, line


def test_a_resolution_naming_no_sitting_has_no_attendance_or_vote_line(tmp_path):
    # near-miss: nothing said of the sitting, nothing told, no "không nêu" (the layout adds the lines only when known)
    info = _texts(_section(_export(RESOLUTION_HEAD + RESOLUTION_BODY, tmp_path), "THÔNG TIN VĂN BẢN"))
    assert "Thành phần" not in info and "Biểu quyết" not in info, info


@pytest.mark.parametrize("text", [
    MINUTES_HEAD + "Có mặt: 15 đồng chí.\nNỘI DUNG SINH HOẠT\nThu đảng phí đủ 18/18 đồng chí.\n" + MINUTES_FOOT,
    REPORT + "Toàn tỉnh có 86/102 xã đạt chuẩn, đạt tỷ lệ 80,3%.\n",  # ends on a table of findings
    NEWS[1][0],
])
def test_the_signature_never_stands_alone_on_the_last_page(text, tmp_path):
    from docx.table import Table

    document = _export(text, tmp_path)
    blocks = list(document.iter_inner_content())
    note = next(i for i, b in enumerate(blocks) if not isinstance(b, Table) and b.text.startswith("Bản tóm tắt do"))
    last = blocks[note - 1]  # the body's last block keeps with the note, which keeps with the signature
    held = [p for c in last.rows[-1].cells for p in c.paragraphs] if isinstance(last, Table) else [last]
    assert all(p.paragraph_format.keep_with_next for p in held)
    assert blocks[note].paragraph_format.keep_with_next
