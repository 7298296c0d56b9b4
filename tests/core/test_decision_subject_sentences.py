"""An adopted resolution's name and an election's subject are read on the shared sentences: the dot grouping a
number's thousands ("1.500", "2.300") is no sentence end and does not cut them (review of round 17: both readers cut
at any "."); a full stop still ends them."""

import pytest

from minutes_app.core.engine import analyze

HEAD = "BIÊN BẢN HỘI NGHỊ\n"


def decisions(line: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.subject) for d in analyze(HEAD + line).structure.built().decisions]


@pytest.mark.parametrize("line, subject", [
    ("Hội nghị đã biểu quyết thông qua Nghị quyết về mức thu quỹ 1.500 nghìn đồng mỗi hộ.",
     "Nghị quyết về mức thu quỹ 1.500 nghìn đồng mỗi hộ"),
    ("Hội nghị thống nhất thông qua Nghị quyết về dự toán 2.450 triệu đồng. Đồng chí Bí thư kết luận hội nghị.",
     "Nghị quyết về dự toán 2.450 triệu đồng"),
    ("Kỳ họp ban hành Nghị quyết hỗ trợ 3.000 hộ nghèo (giai đoạn 2026 - 2030); giao Ủy ban nhân dân tổ chức thực hiện.",
     "Nghị quyết hỗ trợ 3.000 hộ nghèo (giai đoạn 2026 - 2030)"),
])
def test_a_resolutions_name_runs_past_a_grouped_number(line, subject):
    assert ("resolution", subject) in decisions(line)


@pytest.mark.parametrize("line, subject", [
    ("Đại hội bầu Ban Chấp hành gồm 15 đồng chí đại diện cho 2.300 hội viên, với 98/100 đại biểu tán thành.",
     "bầu Ban Chấp hành gồm 15 đồng chí đại diện cho 2.300 hội viên"),
    ("Đại hội bầu đoàn đại biểu đại diện cho 1.250 đảng viên dự Đại hội cấp trên với 118/120 đại biểu tán thành.",
     "bầu đoàn đại biểu đại diện cho 1.250 đảng viên dự Đại hội cấp trên"),
    ("Hội nghị bầu Tổ công tác thu 1.000 phiếu lấy ý kiến (3 đồng chí) với 20/21 đồng chí tán thành.",
     "bầu Tổ công tác thu 1.000 phiếu lấy ý kiến"),
])
def test_an_elections_subject_runs_past_a_grouped_number(line, subject):
    assert subject in [s for _, s in decisions(line)]


@pytest.mark.parametrize("line, subject", [
    ("Hội nghị biểu quyết thông qua Nghị quyết về mức thu quỹ 2. Kết quả: 9/9 đồng chí tán thành.",
     "Nghị quyết về mức thu quỹ 2"),
    ("Chi bộ nhất trí thông qua Nghị quyết tháng 11. Đồng chí Lan được phân công theo dõi.",
     "Nghị quyết tháng 11"),
    ("Kỳ họp đã thông qua Nghị quyết về kế hoạch năm 2026. Các đại biểu thảo luận thêm về giáo dục.",
     "Nghị quyết về kế hoạch năm 2026"),
])
def test_a_full_stop_still_ends_a_resolutions_name(line, subject):
    assert subject in [s for _, s in decisions(line)]


@pytest.mark.parametrize("line, subject", [
    ("Hội nghị đã biểu quyết thông qua Đề án hỗ trợ 1.200 hộ nghèo giai đoạn 2026 - 2030.",
     "Đề án hỗ trợ 1.200 hộ nghèo giai đoạn 2026 - 2030"),
    ("Đại hội đã biểu quyết thông qua Chương trình hành động vận động 2.500 hội viên tham gia.",
     "Chương trình hành động vận động 2.500 hội viên tham gia"),
    ("Hội nghị biểu quyết thông qua Quy chế chi tiêu nội bộ với mức 1.800 nghìn đồng mỗi quý.",
     "Quy chế chi tiêu nội bộ với mức 1.800 nghìn đồng mỗi quý"),
    ("Hội nghị đã biểu quyết thông qua Đề án hỗ trợ 12 hộ nghèo. Đồng chí Bí thư kết luận hội nghị.",
     "Đề án hỗ trợ 12 hộ nghèo"),  # the full stop still ends it
])
def test_a_voted_documents_name_runs_to_its_full_stop(line, subject):
    assert ("resolution", subject) in decisions(line)
