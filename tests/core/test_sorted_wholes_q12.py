"""A whole named first ("Trong tổng số 18 chi bộ, …", "trong 24 chỉ tiêu …") and sorted in its sentence into counts of
its own noun (round 11, q12: the misses of tests/dev11_relations). Own sentences, positive and near-miss."""

from __future__ import annotations

from minutes_app.core.detectors import detect_paragraph
from minutes_app.core.engine import analyze
from minutes_app.core.quantities import read_paragraph
from minutes_app.core.reading import Reading


def _relations(text: str) -> list[tuple[str, str, tuple[str, ...], bool]]:
    reading = Reading(text)
    layer = read_paragraph(reading, detect_paragraph(reading))
    return [(r.kind, r.whole.text, tuple(p.text for p in r.parts), r.open_ended) for r in layer.relations]


def _codes(text: str) -> list[str]:
    return [f.code for f in analyze(text).findings if f.severity.value in ("error", "warning")]


def test_each_sibling_of_a_sorted_whole_is_part_of_it():
    relations = _relations("Trong tổng số 18 chi bộ, có 14 chi bộ bầu đủ chi ủy; có 04 chi bộ chỉ bầu Bí thư.")
    assert ("part-of", "18", ("14",), False) in relations
    assert ("part-of", "18", ("04",), False) in relations
    relations = _relations("Năm nay, trong 12 xã, có 7 xã về đích sớm, 3 xã về đích đúng hạn.")
    assert ("part-of", "12", ("7",), False) in relations and ("part-of", "12", ("3",), False) in relations
    relations = _relations("Trong 24 chỉ tiêu chủ yếu, 18 chỉ tiêu thực hiện đạt và vượt, có 2 chỉ tiêu cơ bản đạt.")
    assert ("part-of", "24", ("2",), False) in relations


def test_a_bracket_after_a_sibling_is_about_that_sibling():
    relations = _relations("Trong tổng số 18 chi bộ, có 14 chi bộ bầu đủ chi ủy (trong đó có 01 chi bộ bầu khuyết "
                           "Bí thư); có 04 chi bộ chỉ bầu Bí thư.")
    assert ("part-of", "18", ("04",), False) in relations
    assert not any(kind == "part-of" and whole == "18" and parts == ("01",) for kind, whole, parts, _ in relations)


def test_levels_of_one_classification_make_an_open_ended_sum():
    assert ("sum-of", "18", ("14", "04"), True) in _relations(
        "Trong tổng số 18 chi bộ, có 14 chi bộ hoàn thành tốt nhiệm vụ (trong đó 01 chi bộ mới thành lập); có 04 chi bộ "
        "hoàn thành nhiệm vụ.")
    assert ("sum-of", "20", ("5", "12"), True) in _relations(
        "Trong 20 chi bộ của Đảng bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 12 chi bộ hoàn thành tốt nhiệm vụ.")
    assert ("sum-of", "30", ("6", "20"), True) in _relations(
        "Trong 30 đảng viên, 6 đảng viên xếp loại tốt; 20 đảng viên xếp loại khá.")


def test_more_levels_than_the_whole_is_an_error_fewer_is_silent():
    assert "sum-mismatch" in _codes("Trong 16 chi bộ của Đảng bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 12 chi bộ "
                                    "hoàn thành tốt nhiệm vụ.")
    assert "sum-mismatch" not in _codes("Trong 20 chi bộ của Đảng bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 12 chi "
                                        "bộ hoàn thành tốt nhiệm vụ.")
    assert "sum-mismatch" not in _codes("Trong 24 chỉ tiêu chủ yếu, 19 chỉ tiêu thực hiện đạt và vượt, có 2 chỉ tiêu "
                                        "cơ bản đạt.")


def test_siblings_by_other_properties_are_never_summed_by_the_sort():
    # a commune may meet both standards: the sort reader adds no sum (each stays part of the whole)
    relations = _relations("Trong 30 xã, có 20 xã đạt chuẩn nông thôn mới; có 15 xã đạt chuẩn văn hóa.")
    assert not any(kind == "sum-of" and open_ended for kind, _, _, open_ended in relations)
    relations = _relations("Trong tổng số 120 đảng viên, có 80 đảng viên nữ; có 50 đảng viên là cựu chiến binh.")
    assert not any(kind == "sum-of" and open_ended for kind, _, _, open_ended in relations)
    relations = _relations("Trong tổng số 60 hộ, có 40 hộ nghèo; có 35 hộ có người cao tuổi.")
    assert not any(kind == "sum-of" and open_ended for kind, _, _, open_ended in relations)


def test_no_sort_without_its_cue():
    # "trên 24" is "more than 24"; a period is no whole; another noun is no sibling
    assert not any(k == "part-of" and w == "24" for k, w, _, _ in _relations(
        "Đã thực hiện trên 24 chỉ tiêu, có 15 chỉ tiêu vượt."))
    assert not any(k == "part-of" for k, _, _, _ in _relations("Trong 3 năm, có 15 chi bộ đạt trong sạch vững mạnh."))
    assert not any(k == "part-of" and w == "12" for k, w, _, _ in _relations(
        "Trong 12 xã, có 5 thôn đạt chuẩn văn hóa."))


def test_a_tally_of_targets_and_a_schedule_are_no_plan_of_a_ratio():
    assert "part-exceeds-whole" in _codes("Nhiệm kỳ qua, Đảng bộ đã hoàn thành 22/21 chỉ tiêu Nghị quyết đề ra.")
    assert "part-exceeds-whole" in _codes("Đến nay xã đạt 20/19 tiêu chí nông thôn mới theo kế hoạch.")
    assert "part-exceeds-whole" in _codes("Đến ngày 29/9, 19/18 chi bộ đã tổ chức xong đại hội theo đúng kế hoạch.")
    # near-misses: a result over its plan may be meant
    assert "part-exceeds-whole" not in _codes("Phát triển đảng viên mới 8.793/6.500 đảng viên, vượt chỉ tiêu.")
    assert "part-exceeds-whole" not in _codes("Kết nạp 25/20 đảng viên theo kế hoạch năm.")
    assert "part-exceeds-whole" not in _codes("Đến ngày 29/9, 18/18 chi bộ đã tổ chức xong đại hội theo đúng kế hoạch.")


def _shares(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(w, p, s) for k, w, p, s in ((r.kind, r.whole.text, tuple(q.text for q in r.parts),
                                         r.share.text if r.share else "") for r in _layer(text).relations)
            if k == "share-of"]


def _layer(text: str):
    reading = Reading(text)
    return read_paragraph(reading, detect_paragraph(reading))


def test_a_share_written_out_in_a_bracket_after_its_named_base():
    assert ("609,1 tỷ đồng", ("376,7 tỷ",), "61,8%") in _shares(
        "Vốn đầu tư đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng).")
    assert ("404/495", ("404/495",), "81,6%") in _shares("Xã đạt 81,6% số tiêu chí (404/495).")
    assert ("45/52", ("45/52",), "86,5%") in _shares("Tỷ lệ đạt 86,5% tổng số chi bộ (45/52 chi bộ).")


def test_a_bracket_of_two_periods_after_a_change_is_no_share():
    assert not _shares("Thu ngân sách tăng 5,2% so với cùng kỳ (12.500 tỷ/11.880 tỷ đồng).")
    assert not _shares("Số hộ nghèo giảm 2,5% so với năm trước (1.230/1.262 hộ).")
    assert not _shares("Dư nợ tăng 4,1% cùng kỳ năm trước (1.041/1.000 tỷ đồng).")


def test_a_slash_with_a_space_after_it_is_a_ratio():
    assert [q.kind for q in _layer("Tỷ lệ là 10,49% (2.235/ 21.304).").quantities] == ["percent", "ratio"]
    assert "ratio" in [q.kind for q in _layer("Quốc phòng - an ninh đạt 2/ 2 chỉ tiêu.").quantities]
    # near-misses: a date after its word, a document's number
    assert "ratio" not in [q.kind for q in _layer("Ngày 22/ 7, Đảng bộ xã tổ chức đại hội.").quantities]
    assert "ratio" not in [q.kind for q in _layer("Thực hiện Nghị quyết số 35/ 2017/QH14 của Quốc hội.").quantities]


def _part_of(text: str) -> list[tuple[str, str]]:
    return [(r.whole.text, r.parts[0].text) for r in _layer(text).relations if r.kind == "part-of"]


def test_trong_do_after_counts_of_several_kinds_splits_each_by_its_kind():
    relations = _part_of("UBKT các cấp đã kiểm tra 855 tổ chức đảng và 3.508 đảng viên. Trong đó UBKT Trung ương "
                         "kiểm tra 9 tổ chức đảng và 15 đảng viên, quyết định kỷ luật 4 đồng chí.")
    assert ("855", "9") in relations and ("3.508", "15") in relations and ("3.508", "4") not in relations
    assert ("6.000", "7") in _part_of("Năm 2017 có 81 tổ chức và hơn 6.000 đảng viên bị kỷ luật. Trong đó, Ủy ban "
                                      "Kiểm tra Trung ương kỷ luật 7 đảng viên.")
    relations = _part_of("Toàn huyện có 45 chi bộ và 1.200 đảng viên. Trong số đó 3 chi bộ và 50 đảng viên ở vùng cao.")
    assert ("45", "3") in relations and ("1.200", "50") in relations


def test_no_split_by_kind_when_the_kinds_do_not_tell_the_whole():
    # two counts of one kind before: which one is meant is not clear
    assert not _part_of("Đoàn đã kiểm tra 12 chi bộ và 5 đảng bộ bộ phận. Trong đó 3 chi bộ ở vùng cao.")
    # not a subset: "Cụ thể" lists, the existing breakdown readers decide
    assert ("855", "9") not in _part_of("Đã kiểm tra 855 tổ chức đảng và 3.508 đảng viên. Cụ thể, UBKT tỉnh kiểm "
                                        "tra 9 tổ chức đảng.")
    # a count after the opening clause is no part of it
    assert ("3.508", "4") not in _part_of("Đã kiểm tra 855 tổ chức đảng và 3.508 đảng viên. Trong đó UBKT tỉnh kiểm "
                                          "tra 9 tổ chức đảng, kỷ luật 4 đảng viên.")


def _counts(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.head) for q in _layer(text).quantities if q.kind == "count"]


def test_a_measure_glued_to_its_number_is_read():
    assert ("315", "ha") in _counts("Diện tích lúa đạt 315ha, tăng 13,6% so với cùng kỳ.")
    assert ("7.760", "tấn") in _counts("Sản lượng vải thiều ước đạt 7.760tấn.")
    assert ("12", "km") in _counts("Đã bê tông hóa 12km đường giao thông nông thôn.")


def test_other_letters_glued_to_a_number_make_no_count():
    assert not _counts("Hội nghị bắt đầu lúc 7h30 tại hội trường.")
    assert not _counts("Dịch COVID-19 đã được kiểm soát.")
    assert not _counts("Đã hoàn thành 5m2 sân phơi.")


def test_cities_villages_and_exemplars_are_counted_nouns():
    relations = _layer("Tỉnh có 11 đơn vị hành chính cấp huyện, trong đó có 2 thành phố và 9 huyện.").relations
    assert any(r.kind == "sum-of" and r.whole.text == "11" and [p.text for p in r.parts] == ["2", "9"]
               for r in relations)
    assert [q.kind for q in _layer("Có 5/5 làng đạt danh hiệu làng văn hóa.").quantities] == ["ratio"]
    assert ("54", "điển hình") in _counts("Toàn huyện có 147 mô hình và 54 điển hình dân vận khéo.")
    # near-misses: a date after its word stays a date; a city named, not counted
    assert not _layer("Ngày 5/5, làng tổ chức lễ hội truyền thống.").quantities
    assert not _counts("Đoàn công tác đến thăm thành phố Biên Hòa.")


def test_those_who_voted_and_their_share_of_an_unstated_base():
    wrong = ("Với 439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu, kết quả biểu quyết như sau: "
             "437 đại biểu tán thành, chiếm tỷ lệ 88,80%; 2 đại biểu không tán thành (0,41%); 1 đại biểu không biểu "
             "quyết (0,20%).")
    assert "vote-mismatch" in _codes(wrong)
    assert "vote-mismatch" not in _codes(wrong.replace("437", "436"))
    assert "vote-mismatch" in _codes("Có 300 đại biểu tham gia biểu quyết; 298 đại biểu tán thành, 3 đại biểu không "
                                     "tán thành.")
    # near-misses: shares of the deputies' whole the voters' share implies; the approvals written with the words
    assert "vote-mismatch" not in _codes("Với 470 đại biểu tham gia biểu quyết, chiếm 95,72% tổng số đại biểu; 468 đại "
                                         "biểu tán thành (95,32%), 1 đại biểu không tán thành (0,2%).")
    assert "vote-mismatch" not in _codes("Có 455 đại biểu tham gia biểu quyết tán thành, chiếm 92,3% tổng số đại biểu.")
    assert "vote-mismatch" not in _codes("Có 300 đại biểu tham gia biểu quyết; 297 đại biểu tán thành, 3 đại biểu không "
                                         "tán thành.")


def test_a_tally_past_its_whole_after_its_verb_is_a_ratio_not_a_date():
    assert "part-exceeds-whole" in _codes("Toàn xã có 6/5 làng đạt danh hiệu làng văn hóa.")
    assert "part-exceeds-whole" in _codes("Đã xây dựng được 105/130 mô hình tập thể và 5/4 mô hình cá nhân mới.")
    assert "part-exceeds-whole" in _codes("Hội nghị có 12/9 đại biểu dự họp.")
    # near-misses: a date after its word, or with no verb of a tally before it
    assert "part-exceeds-whole" not in _codes("Đợt 19/5 tổ chức lễ kỷ niệm ngày sinh Bác.")
    assert "part-exceeds-whole" not in _codes("Trước 15/5 chi bộ phải nộp báo cáo về Đảng ủy.")
    assert "part-exceeds-whole" not in _codes("Toàn xã có 5/5 làng đạt danh hiệu làng văn hóa.")


def _sums(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(w, p) for k, w, p, _ in _relations(text) if k == "sum-of"]


def test_an_amount_its_share_of_the_plan_then_its_list():
    assert ("55.722 triệu đồng", ("28.279 triệu đồng", "18.611 triệu đồng", "8.832 triệu đồng")) in _sums(
        "Tổng giá trị sản xuất ước đạt 55.722 triệu đồng, đạt 78,2% so với kế hoạch, trong đó: nông nghiệp 28.279 "
        "triệu đồng; thương mại - dịch vụ 18.611 triệu đồng; công nghiệp và xây dựng 8.832 triệu đồng.")
    assert "sum-mismatch" in _codes(
        "Tổng giá trị sản xuất ước đạt 55.722 triệu đồng, đạt 78,2% so với kế hoạch, trong đó: nông nghiệp 28.279 "
        "triệu đồng; thương mại - dịch vụ 19.611 triệu đồng; công nghiệp và xây dựng 8.832 triệu đồng.")
    assert ("1.250 triệu đồng", ("700 triệu đồng", "550 triệu đồng")) in _sums(
        "Thu ngân sách 1.250 triệu đồng, bằng 104% dự toán, trong đó: thu thuế 700 triệu đồng; thu phí và lệ phí 550 "
        "triệu đồng.")
    # near-miss: "trong đó" with no colon names the main items, never all of them
    assert not _sums("Tổng chi ngân sách 14.305 triệu đồng, bằng 68,2% dự toán; trong đó chi đầu tư 3.980 triệu đồng, "
                     "chi thường xuyên 9.862 triệu đồng.")


def test_a_semicolon_list_keeps_commas_and_va_inside_its_items():
    assert ("70", ("6", "17", "47")) in _sums(
        "Năm 2023 kết nạp 70 đảng viên, gồm: học sinh 6 đồng chí; lực lượng vũ trang và dự bị động viên 17 đồng chí; "
        "ở khu dân cư và doanh nghiệp 47 đồng chí.")
    # near-misses: an item with no number between semicolons, or between commas, leaves the list unsummed
    assert not _sums("Đoàn gồm 12 người, gồm: chi bộ thôn 5 người; đại diện các ban, ngành, đoàn thể của xã; chi bộ "
                     "trường 3 người.")
    assert not _sums("Đoàn gồm 12 người, gồm: chi bộ thôn 5 người, đại diện các ban ngành đoàn thể của xã, chi bộ "
                     "trường 3 người.")


def test_examined_found_at_fault_and_to_be_disciplined_are_a_chain():
    relations = _part_of("UBKT các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 3.005 tổ chức đảng và 8.982 đảng "
                         "viên. Qua kiểm tra, kết luận có 1.575 tổ chức đảng và 6.695 đảng viên có vi phạm; phải thi "
                         "hành kỷ luật 194 tổ chức đảng và 3.465 đảng viên.")
    assert {("3.005", "1.575"), ("8.982", "6.695"), ("1.575", "194"), ("6.695", "3.465")} <= set(relations)
    assert "part-exceeds-whole" in _codes("Ủy ban Kiểm tra đã kiểm tra khi có dấu hiệu vi phạm đối với 12 đảng viên. "
                                          "Qua kiểm tra, kết luận 14 đảng viên có vi phạm.")
    assert "part-exceeds-whole" in _codes("Qua kiểm tra 20 đảng viên, kết luận 5 đảng viên có khuyết điểm, vi phạm; "
                                          "phải thi hành kỷ luật 7 đảng viên.")


def test_no_chain_without_the_words_of_each_step():
    # disciplined with no count found at fault before; a plain "kỷ luật"; another noun
    assert not _part_of("Năm qua phải thi hành kỷ luật 7 đảng viên.")
    assert ("5", "7") not in _part_of("Qua kiểm tra 20 đảng viên, kết luận 5 đảng viên có vi phạm; đã kỷ luật 7 "
                                      "đảng viên trong năm.")
    assert ("5", "7") not in _part_of("Qua kiểm tra 20 đảng viên, kết luận 5 đảng viên có vi phạm; phải thi hành kỷ "
                                      "luật 7 tổ chức đảng.")


def test_a_hedge_or_a_change_in_the_item_before_does_not_end_a_list():
    relations = _part_of("Tổng giá trị sản xuất đạt gần 2.015 tỷ đồng, tăng hơn 11% so với năm 2023. Trong đó, nông - "
                         "lâm - thủy sản đạt hơn 302 tỷ đồng, tăng 6,18%; công nghiệp - xây dựng ước đạt hơn 1.072 tỷ "
                         "đồng, tăng gần 12%.")
    assert ("2.015 tỷ đồng", "302 tỷ đồng") in relations and ("2.015 tỷ đồng", "1.072 tỷ đồng") in relations
    assert ("45", "20") in _part_of("Chi bộ có 45 đảng viên, trong đó có khoảng 20 đảng viên nữ.")
    assert "sum-mismatch" in _codes("Tổng thu đạt 500 triệu đồng. Trong đó, thu thuế đạt hơn 300 triệu đồng, tăng 5%; "
                                    "thu phí đạt 250 triệu đồng.")
    # near-misses: a comparison in the item's own words still ends the list
    assert ("45", "3") not in _part_of("Kết nạp 45 đảng viên, trong đó 12 đảng viên nữ, nhiều hơn 3 đảng viên.")
    assert ("45", "3") not in _part_of("Kết nạp 45 đảng viên, trong đó 12 đảng viên nữ; tăng 3 đảng viên so với "
                                       "năm trước.")
    assert "sum-mismatch" not in _codes("Tổng thu đạt 500 triệu đồng. Trong đó, thu thuế đạt hơn 300 triệu đồng, tăng "
                                        "5%; thu phí đạt 150 triệu đồng.")


def test_names_listed_end_where_the_next_count_opens():
    assert "count-mismatch" in _codes("Hội nghị bầu 3 đồng chí Phó Bí thư là: Ngô Thành Trung và Lê Văn Quý; 1 đồng chí "
                                      "Chủ nhiệm Ủy ban Kiểm tra và 5 đồng chí Ủy viên.")
    assert "count-mismatch" in _codes("Tổ kiểm phiếu gồm 4 đồng chí: Nguyễn Văn Hải, Trần Văn Nam, Lê Thị Hoa; 2 đồng "
                                      "chí khác làm thư ký.")
    assert "count-mismatch" in _codes("Đại hội bầu 3 đồng chí vào Ban Thường vụ là: Ngô Thành Trung và Lê Văn Quý; 1 "
                                      "đồng chí Chủ nhiệm Ủy ban Kiểm tra.")
    # near-misses: the count right; a person's honorific after ";" keeps the list going
    assert "count-mismatch" not in _codes("Hội nghị bầu 2 đồng chí Phó Bí thư là: Ngô Thành Trung và Lê Văn Quý; 1 "
                                          "đồng chí Chủ nhiệm Ủy ban Kiểm tra.")
    assert "count-mismatch" not in _codes("Tổ kiểm phiếu gồm 3 đồng chí: Nguyễn Văn Hải, Trần Văn Nam; đồng chí Lê Thị "
                                          "Hoa.")
    assert "count-mismatch" not in _codes("Tổ kiểm phiếu gồm 3 đồng chí: Nguyễn Văn Hải, Trần Văn Nam, Lê Thị Hoa; 2 "
                                          "đồng chí khác làm thư ký.")


def test_the_noun_named_before_a_bare_ratio_counts_it():
    assert "part-exceeds-whole" in _codes("Xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 64/57.")
    assert "part-exceeds-whole" in _codes("Số đảng viên được đánh giá: 45/42.")
    assert "part-exceeds-whole" in _codes("Số hộ hoàn thành 130/120.")
    # near-misses: no counted noun, a time or money noun, a tally within its whole
    assert "part-exceeds-whole" not in _codes("Tỷ số bàn thắng là 5/3.")
    assert "part-exceeds-whole" not in _codes("Số năm công tác 35/30.")
    assert "part-exceeds-whole" not in _codes("Xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 44/57.")


def test_several_examined_before_the_part_takes_the_one_of_its_sentence():
    text = ("Cấp ủy các cấp kiểm tra 796 tổ chức đảng, 1.256 đảng viên. UBKT các cấp kiểm tra 2 tổ chức đảng, 14 đảng "
            "viên khi có dấu hiệu vi phạm, kết luận 2 tổ chức đảng, 11 đảng viên có khuyết điểm, vi phạm.")
    assert ("14", "11") in _part_of(text) and ("1.256", "11") not in _part_of(text)
    assert "part-exceeds-whole" in _codes(text.replace("11 đảng viên", "21 đảng viên"))
    assert ("20", "5") in _part_of("Năm 2023 đã kiểm tra 50 đảng viên. Qua kiểm tra 20 đảng viên khi có dấu hiệu vi "
                                   "phạm, kết luận 5 đảng viên có vi phạm.")
    # near-misses: two examined in the part's sentence, or none there: which one is meant is not clear
    assert not any(p == "5" for _, p in _part_of("Đã kiểm tra 30 đảng viên. Giám sát 20 đảng viên và kiểm tra 10 đảng "
                                                 "viên, kết luận 5 đảng viên có vi phạm."))
    assert not any(p == "5" for _, p in _part_of("Đã kiểm tra 30 đảng viên. Giám sát 20 đảng viên. Kết luận 5 đảng "
                                                 "viên có vi phạm."))
    assert "part-exceeds-whole" not in _codes(text)
