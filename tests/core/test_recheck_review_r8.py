"""Reviewer r8: a re-check after an edit (one Analyzer, its paragraph cache and per-paragraph tables carried over)
gives what a fresh analysis of the edited text gives: findings with their related spans, entities and the document
structure. Documents of our own in the shapes of round 8 (news leads with chairs and venues, a state resolution
copied from a web table, minutes with attendance and votes, reports with stated target levels), edited by
one-character insertions, deletions and replacements and by removing or repeating whole paragraphs."""

from __future__ import annotations

import random

import pytest

from minutes_app.core.engine import Analyzer, analyze

DOCUMENTS = [
    "Trang chủ > Tin tức > Chính trị\nHuyện ủy Mai Sơn tổng kết công tác xây dựng Đảng năm 2025\n15/12/2025 08:30\n(Báo Sơn La) - Sáng 14/12, tại Hội trường Trung tâm Chính trị huyện, Huyện ủy Mai Sơn tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026 với sự chủ trì của đồng chí Lò Văn Thắng, Bí thư Huyện ủy.\nDự hội nghị có đồng chí Cầm Thị Hoa, Phó Trưởng Ban Tổ chức Tỉnh ủy.\nNăm 2025, Đảng bộ huyện kết nạp được 412 đảng viên mới, đạt 103% kế hoạch. Toàn huyện có hơn 6.000 đảng viên sinh hoạt tại 48 tổ chức cơ sở đảng.\nTỷ lệ hộ nghèo của huyện giảm còn 4,1%, thấp hơn mục tiêu 5% đề ra.\nPhát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục nâng cao chất lượng sinh hoạt chi bộ.\nMinh Hằng\n",
    "Hội nghị Ban Chấp hành Đảng bộ huyện Tam Đường lần thứ 12\n08/10/2025 16:05\nTTĐT - Chiều 7/10, tại Hội trường Huyện ủy, Ban Chấp hành Đảng bộ huyện Tam Đường tổ chức Hội nghị lần thứ 12, khóa XXI. Các đồng chí: Giàng A Páo, Bí thư Huyện ủy; Lường Văn Quý, Phó Bí thư Thường trực Huyện ủy; Tẩn Thị Mai, Chủ tịch UBND huyện đồng chủ trì hội nghị.\nHội nghị đã thảo luận, cho ý kiến vào báo cáo kết quả lãnh đạo thực hiện nhiệm vụ chính trị 9 tháng đầu năm 2025. Theo báo cáo, tổng thu ngân sách trên địa bàn ước đạt 96,5 tỷ đồng, bằng 82% dự toán năm.\nToàn huyện có 1.860 ha chè, trong đó có 420 ha chè đạt tiêu chuẩn VietGAP.\nHoàng Long\n",
    "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH LAI CHÂU | Độc lập - Tự do - Hạnh phúc |\nSố: 15/NQ-HĐND | Lai Châu, ngày 10 tháng 7 năm 2026 |\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2026\nHỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\nKHÓA XVI, KỲ HỌP THỨ 5\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2025;\nXét Tờ trình số 88/TTr-UBND ngày 25 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.\nQUYẾT NGHỊ:\nĐiều 1. Các chỉ tiêu chủ yếu năm 2026\n1. Tốc độ tăng trưởng kinh tế từ 8-8,5%.\n2. Tỷ lệ hộ nghèo giảm dưới 2%.\n3. Tỷ lệ dân số tham gia bảo hiểm y tế trên 95%.\n4. Tỷ lệ trường đạt chuẩn quốc gia không dưới 70%.\n5. Tỷ lệ thất nghiệp ở khu vực thành thị không quá 3%.\nĐiều 2. Tổ chức thực hiện\nGiao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\nNghị quyết này đã được Hội đồng nhân dân tỉnh Lai Châu khóa XVI, kỳ họp thứ 5 thông qua ngày 10 tháng 7 năm 2026.\nCHỦ TỊCH\nVũ Văn Hoàn\n",
    "ĐẢNG BỘ XÃ HƯNG ĐẠO\nCHI BỘ THÔN TÂN LẬP\nĐẢNG CỘNG SẢN VIỆT NAM\nHưng Đạo, ngày 12 tháng 11 năm 2025\nBIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025\nThời gian: 19 giờ 30 phút, ngày 12 tháng 11 năm 2025.\nĐịa điểm: tại Nhà văn hóa thôn Tân Lập.\nChủ trì: đồng chí Phạm Văn Dũng, Bí thư chi bộ.\nThư ký: đồng chí Đỗ Thị Lan, chi ủy viên.\nTổng số đảng viên: 25 đồng chí. Có mặt: 23 đồng chí. Vắng mặt: 2 đồng chí (có lý do).\nTrong tháng, thôn thu quỹ xây dựng đường giao thông được hơn 120 triệu đồng, đạt khoảng 80% kế hoạch.\nTỷ lệ hộ nộp thuế đúng hạn từ 22-25%.\nChi bộ biểu quyết thông qua nghị quyết tháng với 23/23 đồng chí tán thành, đạt 100%.\nBuổi sinh hoạt kết thúc 21 giờ 15 phút cùng ngày.\nTHƯ KÝ\nĐỗ Thị Lan\nCHỦ TRÌ\nPhạm Văn Dũng\n",
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 112/BC-UBND\nTân Phong, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2025\n1. Tổng sản lượng lương thực đạt 9.850 tấn, bằng 101,5% kế hoạch.\n2. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 9,8%, chỉ tiêu đề ra là dưới 10%.\n3. Tỷ lệ hộ dân sử dụng nước sạch đạt 92%, chỉ tiêu là trên 90%.\n4. Tỷ lệ lao động qua đào tạo đạt 68%, chỉ tiêu kế hoạch là 70%.\n5. Số vụ vi phạm trật tự an toàn giao thông giảm 3 vụ so với năm 2024.\nNăm 2026, xã phấn đấu thu ngân sách trên địa bàn đạt không dưới 12 tỷ đồng.\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Quang Vinh\n",
    "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ QUẢNG PHÚ | Độc lập - Tự do - Hạnh phúc\nSố: 04/BB-HĐND | Quảng Phú, ngày 18 tháng 12 năm 2025\nBIÊN BẢN\nKỳ họp thứ 9, Hội đồng nhân dân xã khóa XXI\nThời gian: Khai mạc lúc 7 giờ 30 phút, ngày 18 tháng 12 năm 2025.\nĐịa điểm: Hội trường UBND xã Quảng Phú.\nChủ tọa: ông Lê Đình Toàn, Chủ tịch HĐND xã.\nThư ký: bà Nguyễn Thị Mơ, đại biểu HĐND xã.\nTổng số đại biểu HĐND xã: 25 đại biểu; có mặt 24 đại biểu; vắng 1 đại biểu (có lý do).\nKỳ họp đã thông qua Nghị quyết về dự toán ngân sách xã năm 2026 với 24/24 đại biểu có mặt tán thành, đạt 100%.\nKỳ họp kết thúc lúc 11 giờ 30 phút cùng ngày.\nTHƯ KÝ\nNguyễn Thị Mơ\nCHỦ TỌA\nLê Đình Toàn\n",
    "CHI BỘ THÔN BÌNH AN | ĐẢNG CỘNG SẢN VIỆT NAM\nBình An, ngày 5 tháng 3 năm 2026\nBIÊN BẢN\nHọp chi bộ bàn công tác tháng 3 năm 2026\nHôm nay, vào lúc 19 giờ 00 phút ngày 5 tháng 3 năm 2026, tại nhà văn hóa thôn Bình An, Chi bộ thôn Bình An tổ chức họp chi bộ.\nTổng số đảng viên: 18 đồng chí; có mặt 16 đồng chí; vắng 2 đồng chí (đồng chí Lê Văn Tư đi công tác, đồng chí Trần Văn Năm ốm).\nChủ trì: đồng chí Bùi Văn Hải, Bí thư Chi bộ. Thư ký: đồng chí Vi Thị Thanh.\nChi bộ thống nhất giao đồng chí Lò Văn Phong, Trưởng thôn phối hợp với Ban công tác Mặt trận vận động nhân dân hiến 300 m2 đất mở rộng đường nội thôn, hoàn thành trước ngày 30/4/2026.\nBuổi họp kết thúc lúc 21 giờ 00 phút cùng ngày.\n",
    "Đại hội đại biểu Hội Nông dân xã Ea Tiêu lần thứ X\n25/05/2025 15:00\nSáng 24/5, Hội Nông dân xã Ea Tiêu tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025-2030. Dự Đại hội có 95 đại biểu đại diện cho hơn 1.800 hội viên nông dân trong xã.\nNhiệm kỳ 2020-2025, Hội đã phối hợp tổ chức 46 lớp tập huấn chuyển giao khoa học kỹ thuật cho 2.760 lượt hội viên.\nĐại hội đề ra mục tiêu đến năm 2030 có trên 60% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.\n",
]

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ0123456789 ,.%-/:;()"


def _state(analysis) -> tuple:
    findings = [(f.code, f.severity.value, f.start, f.end, f.message, f.suggestion,
                 tuple((r.role, r.start, r.end) for r in f.related)) for f in analysis.findings]
    entities = [(e.kind, e.start, e.end, e.text, repr(sorted(e.data.items()))) for e in analysis.entities]
    return findings, entities, analysis.structure.to_json()


def _edit(text: str, rnd: random.Random) -> str:
    paragraphs = text.split("\n")
    roll = rnd.random()
    if roll < 0.15 and len(paragraphs) > 3:
        del paragraphs[rnd.randrange(len(paragraphs))]  # a whole paragraph deleted
        return "\n".join(paragraphs)
    if roll < 0.25:
        paragraphs.insert(rnd.randrange(len(paragraphs)), paragraphs[rnd.randrange(len(paragraphs))])  # one repeated
        return "\n".join(paragraphs)
    at = rnd.randrange(len(text))
    roll = rnd.random()
    if roll < 0.4:
        return text[:at] + rnd.choice(LETTERS) + text[at:]
    if roll < 0.7:
        return text[:at] + text[at + 1:]
    return text[:at] + rnd.choice(LETTERS) + text[at + 1:]


@pytest.mark.parametrize("index", range(len(DOCUMENTS)))
def test_a_recheck_after_edits_equals_a_fresh_analysis(index):
    rnd = random.Random(80 + index)
    text = DOCUMENTS[index]
    analyzer = Analyzer()
    assert _state(analyzer.analyze(text)) == _state(analyze(text))
    for step in range(10):
        text = _edit(text, rnd)
        mine, fresh = _state(analyzer.analyze(text)), _state(analyze(text))
        for part, got, want in zip(("findings", "entities", "structure"), mine, fresh):
            assert got == want, (step, part)


def test_the_documents_are_clean_and_read():
    """The documents say nothing wrong (no error, no warning) and each is read as what it is."""
    genres = []
    for document in DOCUMENTS:
        analysis = analyze(document)
        assert not [f for f in analysis.findings if f.severity.value in ("error", "warning")], document[:60]
        genres.append(analysis.structure.genre)
    assert genres == ["tin_hoi_nghi", "tin_hoi_nghi", "nghi_quyet", "bien_ban", "bao_cao", "bien_ban", "bien_ban",
                      "tin_hoi_nghi"]
