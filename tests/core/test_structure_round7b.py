"""Shapes of issue 18, round 7 (second engineer): a news page whose portal name and menu stand above the
headline, target tables and sentences (which number is the plan and which the result, the period a report
covers), and vote lines. Sentences and documents of our own, none copied from a dev or held-out set."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def gold(text: str) -> dict:
    return analyze(text).structure.to_gold()


LEAD = ("Sáng 12/9, Chi bộ thôn Bản Chang (Đảng bộ xã Na Rì) tổ chức sinh hoạt chi bộ thường kỳ tháng 9 năm 2025. "
        "Đồng chí Hoàng Văn Sơn, Bí thư Chi bộ chủ trì buổi sinh hoạt.\n"
        "Buổi sinh hoạt có 24/26 đảng viên tham dự. Chi bộ thống nhất giao chi ủy rà soát danh sách hộ nghèo.\n"
        "Tin, ảnh: Minh Châu\n")
HEADLINE = "Chi bộ thôn Bản Chang sinh hoạt thường kỳ gắn với rà soát hộ nghèo"


# ------------------------------------------------------------------ news: the portal's name above its menu

@pytest.mark.parametrize("top", [
    "CỔNG THÔNG TIN ĐIỆN TỬ XÃ NA RÌ\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\n"
    "Trang chủ > Tin tức > Xây dựng Đảng\n" + HEADLINE + "\nNgày đăng: 14/09/2025 | Lượt xem: 112\n",
    "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ NA RÌ\nTrang chủ\tTin tức\tChính quyền\tCông dân\tDoanh nghiệp\n"
    + HEADLINE + "\n14/09/2025 07:30\tLượt xem: 98\n",
    "Báo điện tử Đảng bộ tỉnh Thái Nguyên\nThời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao\n"
    "Chính trị > Xây dựng Đảng\n" + HEADLINE + "\n14/09/2025\n",
])
def test_the_headline_is_the_line_under_the_portal_menu(top):
    found = gold(top + LEAD)
    assert found["title"] == HEADLINE
    assert found["date"] == "2025-09-12" and found["meeting"]["date"] == "2025-09-12"


@pytest.mark.parametrize("top", [  # near-misses: the headline is the first line; a sapo or a share bar follows it
    HEADLINE + "\nChia sẻ | In bài\nNgày đăng: 14/09/2025\n",
    HEADLINE + "\n14/09/2025 | Lượt xem: 112\nChi bộ thôn Bản Chang vừa tổ chức buổi sinh hoạt thường kỳ tháng 9\n",
    "Trang chủ > Tin tức > Xây dựng Đảng\n" + HEADLINE + "\nNgày đăng: 14/09/2025\n",
])
def test_a_headline_with_no_portal_name_above_it_stays(top):
    assert gold(top + LEAD)["title"] == HEADLINE


# ------------------------------------------------------------------ votes

MINUTES = ("ĐẢNG BỘ XÃ ĐÔNG SƠN\nCHI BỘ THÔN ĐÔNG\n*\nĐông Sơn, ngày 10 tháng 10 năm 2025\nBIÊN BẢN\n"
           "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\nThời gian: 19 giờ 30 phút, ngày 10/10/2025.\n"
           "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.\nThư ký: đồng chí Trần Thị Bình.\n"
           "Chi bộ có 16 đảng viên, có mặt 14 đồng chí, vắng 2 đồng chí.\n")


@pytest.mark.parametrize("closing", [
    "Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí dự họp nhất trí 100%.",
    "Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày. Biên bản được đọc lại, 14/14 đồng chí có mặt nhất trí.",
    "Biên bản được lập thành 02 bản, đã thông qua trước chi bộ, 100% đảng viên có mặt nhất trí.",
])
def test_the_minutes_read_back_is_no_decision(closing):
    text = MINUTES + "- Chi bộ biểu quyết thông qua Nghị quyết tháng 10: 14/14 đồng chí có mặt tán thành.\n" + closing + "\n"
    decisions = gold(text)["decisions"]
    assert len(decisions) == 1 and decisions[0]["for"] == 14


def test_a_vote_on_the_minutes_themselves_stays():  # near-miss: a vote, not the closing formula
    text = MINUTES + "Chi bộ biểu quyết thông qua biên bản kiểm phiếu bằng giơ tay: 14/14 đồng chí có mặt tán thành.\n"
    assert [d["for"] for d in gold(text)["decisions"]] == [14]


@pytest.mark.parametrize("sentence, person, count, base", [
    ("Kết quả, ông Lương Văn Tú trúng cử với 26/28 đại biểu có mặt tán thành (đạt 92,86%).", "Lương Văn Tú", 26, 28),
    ("Bà Hà Thị Mai được bầu giữ chức Phó Chủ tịch HĐND xã với 27/28 đại biểu tán thành.", "Hà Thị Mai", 27, 28),
    ("Đồng chí Vi Văn Sáng trúng cử Chủ tịch UBND xã với tỷ lệ 28/28 đại biểu có mặt tán thành.", "Vi Văn Sáng", 28, 28),
])
def test_an_election_told_with_its_count_of_approval_is_one_election(sentence, person, count, base):
    text = ("HĐND xã Đông Sơn khóa XII tổ chức kỳ họp thứ 5.\nKỳ họp có 28/30 đại biểu tham dự.\n"
            "Kỳ họp tiến hành bầu bổ sung chức danh. " + sentence + "\n")
    elections = [d for d in gold("BIÊN BẢN\nKỲ HỌP THỨ 5 HĐND XÃ ĐÔNG SƠN\n" + text)["decisions"] if d["kind"] == "election"]
    assert [(d["person"], d["for"], d["base"]) for d in elections] == [(person, count, base)]
