"""The summary's figure rows (export/figures.py) on small texts written for each shape."""

from __future__ import annotations

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

REPORT = ("ĐẢNG BỘ XÃ A\nCHI BỘ THÔN B\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nA, ngày 12 tháng 10 năm 2025\n\nBÁO CÁO\n"
          "Kết quả công tác quý III năm 2025\n\nI. KẾT QUẢ\n")
MINUTES = REPORT.replace("BÁO CÁO\nKết quả công tác quý III năm 2025", "BIÊN BẢN\nSINH HOẠT CHI BỘ THÁNG 10 NĂM 2025")


def rows(text: str) -> list[str]:
    return [row.value for row in chosen_figures(analyze(text))[0]]


def test_a_target_is_told_in_its_table_not_again_as_a_figure_row():
    body = "Trồng rừng tập trung quý III: kế hoạch 120 ha, thực hiện 134,5 ha. Sửa chữa 12 nhà ở cho hộ nghèo.\n"
    assert rows(REPORT + body) == ["12 nhà"]
    assert rows(MINUTES + body) == ["12 nhà"]


def test_a_clause_opening_with_its_figure_is_told_by_the_words_after_it():
    got = chosen_figures(analyze(REPORT + "Thu ngân sách đạt 41,2 tỷ đồng; 100% tổ dân phố đã tổ chức ngày hội đại "
                                          "đoàn kết.\n"))[0]
    assert [(r.subject, r.value) for r in got] == [("Thu ngân sách", "41,2 tỷ đồng"),
                                                   ("Tổ dân phố đã tổ chức ngày hội đại đoàn kết", "100%")]


def test_ordinals_of_a_conference_copyright_and_phone_numbers_are_no_facts():
    got = rows(REPORT + "Thực hiện Hội nghị Trung ương 10 khóa XIII, chi bộ đã rà soát 48 hộ nghèo; thôn huy động 120 "
                        "ngày công khắc phục bão số 3.\n© 2023 Cổng thông tin điện tử xã A. Giấy phép số 45/GP-TTĐT. "
                        "Điện thoại: 0211.3835.123\n")
    assert got == ["48 hộ nghèo", "120 ngày công khắc phục"]


def test_a_figure_after_trong_do_with_a_non_breaking_space_is_a_row_of_its_own():
    got = rows(REPORT + "Hằng năm, 90% đảng viên hoàn thành tốt nhiệm vụ (năm 2024 đạt 92%), trong\u00a0đó có 20%\u00a0đảng "
                        "viên hoàn thành xuất sắc nhiệm vụ.\n")
    assert "20%" in got and not any("trong" in value for value in got)


def test_a_holiday_written_as_day_slash_month_is_no_ratio():
    got = rows(REPORT + "Nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, chi bộ tặng 12 suất quà; "
                        "15/18 hộ đạt gia đình văn hóa.\n")
    assert "2/9" not in got and "12 suất quà" in got and "15/18 hộ" in got


def test_a_rate_keeps_its_per_unit_and_copies_of_the_minutes_are_no_fact():
    from minutes_app.core.engine import analyze
    from minutes_app.export.figures import chosen_figures

    head = ("ĐẢNG BỘ XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 2\n*\nBIÊN BẢN\n"
            "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n")
    rows = [r.text for r in chosen_figures(analyze(
        head + "Thu hoạch 1.385 ha lúa mùa, năng suất bình quân ước 54,6 tạ/ha.\n"
               "Mức hỗ trợ xây mới 60 triệu đồng/hộ, sửa chữa 30 triệu đồng/hộ.\n"
               "Thu nhập bình quân đạt 58 triệu đồng/người/năm.\n"
               "Biên bản lập thành 03 bản, đã đọc lại cho các đại biểu cùng nghe.\n"))[0]]
    assert any(r.endswith("54,6 tạ/ha") for r in rows), rows
    assert any("60 triệu đồng/hộ" in r for r in rows) and any("30 triệu đồng/hộ" in r for r in rows), rows
    assert any("58 triệu đồng/người/năm" in r for r in rows), rows
    assert not any("03 bản" in r for r in rows), rows
    # near-misses: a ratio stays a ratio, and printed copies of something else are a fact
    rows = [r.text for r in chosen_figures(analyze(
        head + "Kiểm tra 12/15 hộ, đạt 80%.\nThư viện xã bổ sung 300 bản sách mới.\n"))[0]]
    assert any("12/15" in r for r in rows) and any("300 bản" in r for r in rows), rows


# -- the subject of a row says what its figures count (issue 18): the quantity layer's reading of the sentence, never
# another figure's words, a time phrase or a base


def subjects(body: str) -> dict[str, str]:
    return {row.value: row.subject for row in chosen_figures(analyze(REPORT + body + "\n"))[0]}


def test_a_predicate_after_another_figure_is_the_row_s_own_subject():
    got = subjects("Toàn huyện xảy ra 41 vụ tai nạn giao thông, làm chết 18 người, bị thương 26 người.")
    assert got["26 người"] == "Bị thương" and got["18 người"] == "Làm chết", got
    got = subjects("Trong năm trên địa bàn xảy ra 12 vụ cháy, làm hư hỏng 3 nhà, thiệt hại 450 triệu đồng.")
    assert got["450 triệu đồng"] == "Thiệt hại" and "12" not in got["3 nhà"], got
    got = subjects("Chi bộ đã kết nạp 3 đảng viên mới, chuyển chính thức 2 đảng viên.")
    assert got["2 đảng viên"] == "Chuyển chính thức", got


def test_a_bare_change_or_share_keeps_the_topic_of_its_sentence():
    got = subjects("Thu ngân sách đạt 41,2 tỷ đồng/72,4 tỷ đồng dự toán năm, bằng 56,9%.")
    assert got["56,9%"] == "Thu ngân sách: bằng", got  # not "Dự toán năm", the base of the figure before
    got = subjects("Giải ngân vốn đầu tư công được 18,4 tỷ đồng/25 tỷ đồng kế hoạch, đạt 73,6%.")
    assert got["73,6%"] == "Giải ngân vốn đầu tư công", got
    got = subjects("Quốc hội đã thông qua 12 luật, 9 nghị quyết.")
    assert got["9 nghị quyết"] == "Quốc hội đã thông qua", got  # the clause's topic, not "12 luật"


def test_a_figure_that_opens_its_noun_phrase_is_told_by_the_words_after_it():
    got = subjects("Năm 2024 có 95% đảng viên hoàn thành tốt nhiệm vụ, trong đó 15% đảng viên hoàn thành xuất sắc "
                   "nhiệm vụ.")
    assert got["15%"] == "Đảng viên hoàn thành xuất sắc nhiệm vụ", got
    got = subjects("Cả nước đã có 13,17 triệu người tham gia bảo hiểm xã hội bắt buộc.")
    assert got["13,17 triệu"] == "Người tham gia bảo hiểm xã hội bắt buộc", got
    got = subjects("Hằng năm, có 98% hộ gia đình đạt danh hiệu gia đình văn hóa.")
    assert got["98%"] == "Hộ gia đình đạt danh hiệu gia đình văn hóa", got


def test_a_time_or_source_phrase_is_no_subject():
    got = subjects("Hơn 2 năm qua, có 87 lượt đảng viên được khen thưởng.")
    assert got["87 lượt đảng viên"] == "Được khen thưởng", got
    got = subjects("Tại hội nghị, 6 tập thể được tặng giấy khen.")
    assert got["6 tập thể"] == "Được tặng giấy khen", got
    got = subjects("Trong nhiệm kỳ Đảng bộ đã kết nạp 35 đảng viên mới.")
    assert got["35 đảng viên mới"] == "Đảng bộ đã kết nạp", got


def test_hedges_and_copulas_end_no_subject():
    got = subjects("Sản lượng lương thực cả năm ước đạt trên 39 vạn tấn. Tổng vốn huy động ước đạt khoảng 120 tỷ đồng.")
    assert got["39 vạn tấn"] == "Sản lượng lương thực cả năm" and got["120 tỷ đồng"] == "Tổng vốn huy động", got
    got = subjects("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 96,5%.")
    assert got["96,5%"] == "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", got


def test_near_misses_a_base_after_a_share_and_a_topical_opener_stay_as_written():
    got = subjects("Thu ngân sách nhà nước trên địa bàn đạt 92% dự toán.")
    assert got["92%"] == "Thu ngân sách nhà nước trên địa bàn", got  # "dự toán" is the base, not what is counted
    got = subjects("Đối với chính quyền, đạt 4 chỉ tiêu.")
    assert got["4 chỉ tiêu"] == "Đối với chính quyền", got
    got = subjects("Xã đã phát hiện 3 ổ dịch nhỏ.")
    assert got["3 ổ dịch nhỏ"] == "Xã đã phát hiện", got  # "phát hiện" is one word: its "hiện" is no hedge


def test_a_change_told_right_after_its_figure_is_one_fact():
    assert rows(REPORT + "Tổng sản phẩm bình quân đầu người đạt 62,4 triệu đồng (tăng 7,7%).\n") == [
        "62,4 triệu đồng (tăng 7,7%)"]
    assert rows(REPORT + "Trong quý xảy ra 33 vụ vi phạm trật tự xây dựng, tăng 8 vụ.\n") == [
        "33 vụ vi phạm trật tự xây dựng, tăng 8 vụ"]
    assert rows(REPORT + "Tổng thu đạt 3,2 tỷ đồng, tăng 7,7% tương đương 0,23 tỷ đồng.\n") == [
        "3,2 tỷ đồng, tăng 7,7% tương đương 0,23 tỷ đồng"]


def test_near_misses_other_nouns_and_a_breakdown_in_brackets_stay_rows_of_their_own():
    got = rows(REPORT + "Số vụ tai nạn giao thông giảm 6 vụ, số người chết giảm 2 người.\n")
    assert got == ["6 vụ", "2 người"], got
    got = rows(REPORT + "Doanh thu đạt 188 tỷ đồng (trong đó dịch vụ 40%).\n")
    assert "188 tỷ đồng" in got and "40%" in got, got
    got = rows(REPORT + "Xảy ra 12 vụ cháy, tăng 5 người bị thương.\n")
    assert "12 vụ cháy" in got and not any("tăng 5" in r for r in got[:1]), got


def test_the_opinions_a_meeting_heard_are_its_routine_not_a_fact():
    for sentence in ("Có 9 lượt ý kiến tham gia.", "Hội nghị có 12 ý kiến tham gia, các ý kiến thống nhất cao.",
                     "Sau khi nghe báo cáo, có 6 lượt ý kiến tham gia; chi bộ thống nhất."):
        assert not any("ý kiến" in r for r in rows(MINUTES + "Chi bộ kết nạp 2 đảng viên mới. " + sentence + "\n")), \
            sentence
    # near-misses: what a consultation gathered is a fact
    got = rows(REPORT + "Lấy ý kiến nhân dân vào dự thảo, nhận được 25 ý kiến tham gia vào dự thảo.\n")
    assert any("25 ý kiến" in r for r in got), got
    got = rows(REPORT + "Thôn tổ chức đối thoại, tiếp nhận 14 ý kiến góp ý của người dân.\n")
    assert any("14 ý kiến" in r for r in got), got


def test_an_age_is_no_fact_but_what_is_counted_at_that_age_is():
    for sentence in ("Chế độ áp dụng cho người hưởng trợ cấp tuất trên 80 tuổi.",
                     "Đại biểu trẻ tuổi nhất là đoàn viên Lò Thị Hoa, 19 tuổi.",
                     "Độ tuổi bình quân của Ban Chấp hành không quá 35 tuổi."):
        assert not any("tuổi" in r for r in rows(REPORT + "Chi bộ kết nạp 2 đảng viên mới. " + sentence + "\n")), \
            sentence
    got = rows(REPORT + "Toàn xã có 215 cụ trên 80 tuổi được mừng thọ.\n")
    assert any(r.startswith("215 cụ") for r in got), got


def test_a_share_alone_in_a_bracket_is_one_fact_with_the_count_before_it():
    assert rows(REPORT + "Đồng chí Lò Văn Sính trúng cử với 30/31 phiếu (96,77%).\n") == ["30/31 phiếu (96,77%)"]
    assert rows(REPORT + "Khiển trách: 3 phiếu (18,8%).\n") == ["3 phiếu (18,8%)"]
    # near-miss: a share that opens its own bracketed clause is a row of its own
    got = rows(REPORT + "Trồng mới 12 ha rừng (năm 2024 đạt 95%).\n")
    assert "95%" in got, got


def test_the_words_after_a_part_or_a_bracketed_share_tell_what_it_counts():
    got = subjects("Cấp ủy thi hành kỷ luật 42 cán bộ, đảng viên vi phạm, trong đó có 9 trường hợp là người đứng đầu.")
    assert got["9 trường hợp"] == "Người đứng đầu", got
    got = subjects("Toàn huyện có 18/21 xã (chiếm 85,7% tổng số xã) đạt tiêu chí giao thông.")
    assert all(s == "Đạt tiêu chí giao thông" for v, s in got.items() if "85,7%" in v), got
    got = subjects("Dự hội nghị có đồng chí Lò Văn Tâm, Phó Bí thư Đảng ủy cùng 05 quần chúng ưu tú được mời tham dự.")
    assert got["05 quần chúng ưu tú"] == "Được mời tham dự", got
    # near-misses: inside its bracket, the words after a figure are its own; a base after a share is no subject
    got = subjects("Toàn xã có 96 mẹ Việt Nam Anh hùng (12 mẹ còn sống).")
    assert got.get("12 mẹ") == "Còn sống", got
    got = subjects("Số hộ sử dụng nước sạch chiếm 97,5% tổng số hộ trong xã.")
    assert got["97,5%"] == "Số hộ sử dụng nước sạch", got


def test_a_bracketed_share_after_its_count_and_noun_is_one_fact():
    assert rows(REPORT + "Kiểm tra được 62/80 tổ chức đảng (đạt 77,5%).\n") == ["62/80 tổ chức đảng (đạt 77,5%)"]
    assert rows(REPORT + "Toàn huyện có 14 xã (chiếm 70% tổng số xã) đạt chuẩn nông thôn mới.\n") == [
        "14 xã (chiếm 70%)"]
    assert rows(REPORT + "Tổng số đảng viên là 3.160 đảng viên, chiếm 3,03% dân số (tăng 0,03%).\n") == [
        "3.160 đảng viên, chiếm 3,03% dân số (tăng 0,03%)"]
    # near-miss: a bracket that tells something else stays a row of its own
    got = rows(REPORT + "Kết nạp 12 đảng viên mới (trong đó 4 đồng chí là đoàn viên).\n")
    assert any(r.startswith("12 đảng viên") for r in got) and any(r.startswith("4 đồng chí") for r in got), got


def test_a_verdict_after_the_counted_noun_is_its_subject():
    got = subjects("Đánh giá chung: 4/6 chỉ tiêu đạt và vượt kế hoạch; sản lượng lúa giảm.")
    assert got["4/6 chỉ tiêu"] == "Đạt và vượt kế hoạch", got
    got = subjects("Trong 9 tháng, 6.000 đảng viên bị kỷ luật.")
    assert got["6.000 đảng viên bị kỷ"] == "Bị kỷ luật" or got.get("6.000 đảng viên bị kỷ luật") == "Bị kỷ luật", got
    # near-miss: a base after a share is no verdict
    got = subjects("Giải ngân vốn đầu tư công đạt 64,2% kế hoạch.")
    assert got["64,2%"] == "Giải ngân vốn đầu tư công", got


def test_a_speakers_request_is_no_figure_row():
    # round 7: the figures after "đề nghị / đề xuất / kiến nghị" on an opinion line are what someone asks for
    body = ("Tổng diện tích cấp giấy chứng nhận đạt 1.046 giấy.\n"
            "- Đại diện UBND xã Lệ Thủy đề nghị hướng dẫn xử lý các thửa đất sai lệch diện tích trên 10%.\n"
            "- Ông Lê Trọng Nghĩa đề xuất điều chỉnh 18 ha từ xã Trường Phú sang xã Kim Ngân.\n"
            "- Bà Hồ Thị Lan kiến nghị bổ sung 2 tỷ đồng kinh phí đo đạc.\n")
    assert rows(MINUTES + body) == ["1.046 giấy"]


def test_a_speakers_report_keeps_its_figures():
    body = ("- Ông Lê Trọng Nghĩa báo cáo: đã trồng 18 ha rừng thay thế.\n"
            "- Đại diện UBND xã cho biết đã hỗ trợ 46 hộ di dời; đề nghị Sở hỗ trợ thêm cán bộ.\n")
    assert [r.split()[:2] for r in rows(MINUTES + body)] == [["18", "ha"], ["46", "hộ"]]
