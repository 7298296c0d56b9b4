"""The base a share names in the words right after it (quantities/share_bases.py, model.ShareBase), read once on
the percentage, and the checks that read it instead of re-reading the words: sentences of our own, positive and
near-miss."""

import pytest

from minutes_app.core.detectors import detect_paragraph
from minutes_app.core.engine import analyze
from minutes_app.core.quantities import read_paragraph
from minutes_app.core.reading import Reading


def share(text, number):
    reading = Reading(text)
    for q in read_paragraph(reading, detect_paragraph(reading)).quantities:
        if q.text == number:
            assert q.kind == "percent"
            return q
    raise AssertionError(f"{number} not read in {text!r}")


def warnings(text):
    return [(f.code, text[f.start:f.end]) for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# --- the record ------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, words, phrase, head, noun_class", [
    # "của tổng số": linker, "tổng", the measure "số", then the noun; "trên địa bàn" opens another phrase
    ("Toàn xã còn 150 hộ nghèo, chiếm 7,5% của tổng số hộ trên địa bàn.", "7,5%", "của tổng số hộ trên địa bàn",
     ("hộ",), "hộ", "household"),
    # an area named by what was flooded: no known noun head (its first word, as a quantity's, and no class)
    ("Lúa bị ngập 126,5 ha, trong đó 41,3 ha mất trắng, chiếm 32,6% diện tích bị ngập.", "32,6%",
     "diện tích bị ngập", ("diện", "tích", "bị", "ngập"), "diện", None),
    # "số lượng": a count, its noun after it
    ("Chi hội kết nạp 35 hội viên, bằng 14% số lượng hội viên đầu năm.", "14%", "số lượng hội viên đầu năm",
     ("hội", "viên", "đầu", "năm"), "hội viên", "person"),
    # a level compared with
    ("Doanh thu của hợp tác xã ước đạt 4,2 tỷ đồng, đạt 45% so với kế hoạch năm.", "45%", "so với kế hoạch năm",
     ("kế", "hoạch", "năm"), "kế hoạch", "item"),
    # the base's own figure in a bracket after it
    ("Chi bộ có 5 đảng viên nữ, chiếm 20,8% số đảng viên (24 đồng chí).", "20,8%", "số đảng viên",
     ("đảng", "viên"), "đảng viên", "person"),
    # a no-break space after the percentage is a space
    ("Có 338.310 người tham gia bảo hiểm y tế, bằng 94,12%\u00a0dân số (359.450 người).", "94,12%", "dân số",
     ("dân", "số"), "dân", None),
])
def test_base_named_after_a_share(text, number, words, phrase, head, noun_class):
    base = share(text, number).base
    assert base is not None and base.named
    assert text[base.start:base.end] == words
    assert base.phrase == phrase
    assert (base.head, base.noun_class) == (head, noun_class)


def test_base_reading_keeps_its_figure_and_lead():
    text = "Trồng rừng tập trung chiếm 61,5% tổng diện tích (trên 2.400 ha) của dự án."
    base = share(text, "61,5%").base
    assert base.total.text == "tổng" and base.measure.text == "diện tích" and not base.words
    assert base.figure is not None and base.figure.text.startswith("2.400") and base.figure_lead.text == "trên"
    compared = share("Doanh thu đạt 45% so với kế hoạch năm.", "45%").base
    assert compared.compared and not share(text, "61,5%").base.compared


@pytest.mark.parametrize("text, number", [
    ("Tỷ lệ hộ nghèo giảm còn 3,5%, thấp hơn mục tiêu của Nghị quyết.", "3,5%"),  # a mark right after it
    ("Tỷ lệ tiêm chủng mở rộng đạt 98%.", "98%"),  # nothing after it
    ("Tỷ lệ thu gom rác thải đạt 30% (theo số liệu năm 2024).", "30%"),  # a bracket of words, no figure
])
def test_no_base_after_a_share(text, number):
    assert share(text, number).base is None


def test_near_misses_of_the_record():
    # a bracketed figure right after the share names no base in words
    alone = share("Lĩnh vực giao thông chiếm 72,4% (901 vụ); lĩnh vực đất đai 128 vụ (10,3%).", "72,4%").base
    assert alone is not None and not alone.named and alone.figure.text.startswith("901") and alone.description == ()
    # an acronym is a base with no known noun head
    gdp = share("Vốn đầu tư toàn xã hội bằng 6,28% GDP của tỉnh.", "6,28%").base
    assert gdp.words[0].text == "GDP" and gdp.noun_class is None and gdp.noun(3) is None
    # a bracket after more words than a base is named by belongs to them, not to the share
    long = share("Có 40 hộ, chiếm 40% số hộ gia đình có người thân đi làm ăn xa ở nước ngoài (120 hộ).", "40%").base
    assert long.figure is None and len(long.words) == 8


# --- the relations and checks that read it ------------------------------------------------------

def share_whole(text, number):
    reading = Reading(text)
    return next(r.whole.text for r in read_paragraph(reading, detect_paragraph(reading)).relations
                if r.share is not None and r.share.text == number)


@pytest.mark.parametrize("text, number, whole", [
    # the base's words describe an earlier figure of the part's measure: that figure is the whole
    ("Diện tích lúa bị ngập là 126,5 ha trên tổng số 214,8 ha gieo cấy; trong đó 41,3 ha mất trắng, chiếm 32,6% "
     "diện tích bị ngập.", "32,6%", "126,5"),
    ("Xã có 3.200 ha đất nông nghiệp, diện tích được tưới chủ động 2.560 ha; vụ này hạn hán làm 384 ha thiếu nước, "
     "bằng 15% diện tích được tưới chủ động.", "15%", "2.560"),
    # near-miss: the words describe no figure before it, the nearest whole of the measure is read
    ("Xã có 3.200 ha đất nông nghiệp, diện tích được tưới chủ động 2.560 ha; vụ này hạn hán làm 384 ha thiếu nước, "
     "bằng 12% diện tích trồng lúa.", "12%", "3.200"),
])
def test_share_of_the_figure_its_base_describes(text, number, whole):
    assert share_whole(text, number) == whole


@pytest.mark.parametrize("text, expected", [
    # the share names a base in words the whole the reader would infer is not told in: another base, unstated
    ("Xã trồng 1.200 ha ngô, bị thiệt hại 300 ha, chiếm 40,5% diện tích bị hạn.", []),
    ("Huyện nuôi 4.800 con lợn; đợt này phải tiêu hủy 360 con, bằng 12,4% số con mắc bệnh.", []),
    # near-miss: the whole is told in the base's words, so it is checked (360 / 4.800 = 7,5%)
    ("Huyện có 4.800 con lợn mắc bệnh; đã tiêu hủy 360 con, bằng 12,4% số con mắc bệnh.",
     [("percent-mismatch", "12,4%")]),
])
def test_base_named_in_other_words(text, expected):
    assert warnings(text) == expected


@pytest.mark.parametrize("text", [
    # the count in the bracket after a share restates it: never the whole of the counts told after it
    "Năm 2025 toàn tỉnh xảy ra 2.150 vụ tai nạn lao động.\nNgành xây dựng chiếm 48,4% số vụ (1.041 vụ); ngành khai "
    "khoáng 312 vụ (14,5%); các ngành khác 797 vụ (37,1%).",
    "Hội nghị có 64 đại biểu dự.\nĐại biểu nữ chiếm 40,6% (26 đại biểu); 12 đại biểu là người dân tộc thiểu số (18,8%).",
    "Toàn xã có 1.560 hộ.\nHộ làm nông nghiệp chiếm 62,5% số hộ (975 hộ); hộ kinh doanh dịch vụ 390 hộ (25,0%); hộ "
    "khác 195 hộ (12,5%).",
    # the figure in the bracket after a named base is that share's, not a result of the plan after it
    "Có 338.310 người tham gia bảo hiểm y tế, bằng 94,12% dân số (359.450 người); kế hoạch năm 350.000 người, đạt 96,7%.",
])
def test_a_shares_bracketed_figure_is_its_own(text):
    assert warnings(text) == []


@pytest.mark.parametrize("text, expected", [
    # a part's rate told like its whole's, in one sentence: "TP." closes an abbreviation, not the sentence
    ("Tổng vốn huy động đạt 264.821 triệu đồng, bằng 99,63% so với cùng kỳ, trong đó chi nhánh TP. Vinh đạt 184.990 "
     "triệu đồng, bằng 99,88%.", []),
    ("Tổng vốn huy động đạt 264.821 triệu đồng, bằng 99,63% so với cùng kỳ, trong đó chi nhánh thành phố Vinh đạt "
     "184.990 triệu đồng, bằng 99,88%.", []),
    # near-miss: the whole's rate in the sentence before tells nothing of how this one is told
    ("Tổng vốn huy động đạt 264.821 triệu đồng, bằng 99,63% so với cùng kỳ. Chi nhánh Vinh đạt 184.990 triệu đồng, "
     "bằng 99,88%.", [("percent-mismatch", "99,88%")]),
])
def test_rate_told_like_its_whole_in_one_sentence(text, expected):
    assert warnings(text) == expected


# --- what the words after a share make of it: a plan, a base set apart, a base with a name of its own ---------------

def cue_text(cue):
    return None if cue is None else cue.text


@pytest.mark.parametrize("text, number, plan", [
    ("Thu ngân sách xã đạt 1,2 tỷ đồng, bằng 97% kế hoạch năm.", "97%", "kế hoạch"),
    ("Kết nạp 14 đảng viên mới, đạt 104% so với chỉ tiêu Nghị quyết đề ra.", "104%", "chỉ tiêu"),
    ("Giải ngân vốn đầu tư công 18 tỷ đồng, đạt 90% KH.", "90%", "KH"),
    # near-misses: a plan word not right after the share, or after "của" (a whole some of which is taken)
    ("Giải ngân 18 tỷ đồng, đạt 90%, kế hoạch năm là 20 tỷ đồng.", "90%", None),
    ("Kinh phí đã chi 300 triệu đồng, bằng 30% của kế hoạch vốn cả nhiệm kỳ.", "30%", None),
    ("Hoàn thành 80% khối lượng kế hoạch năm.", "80%", None),
])
def test_plan_a_share_names(text, number, plan):
    base = share(text, number).base
    assert cue_text(base and base.plan) == plan


@pytest.mark.parametrize("text, number, apart", [
    ("Doanh thu đạt 12 tỷ đồng, tăng 8% so với cùng kỳ.", "8%", "so với"),
    ("Kinh tế của huyện tăng trưởng bình quân 7,5%/năm trong giai đoạn.", "7,5%", "/ năm"),
    ("Có 62 đồng chí nữ, chiếm 4,9% tổng số đảng viên của Đảng bộ.", "4,9%", "tổng"),
    ("Số người tham gia bảo hiểm y tế bằng 94% dân số toàn xã.", "94%", "dân số"),
    ("Hộ có thu nhập từ 60 triệu đồng trở lên chiếm 35% trong tổng số hộ.", "35%", "trong tổng"),
    # near-misses: the base is words of the part's own kind, or nothing follows
    ("Có 62 đồng chí nữ, chiếm 4,9% số đảng viên dự họp.", "4,9%", None),
    ("Số người tham gia bảo hiểm y tế đạt 94%.", "94%", None),
    ("Kinh tế tăng trưởng 7,5%, vượt kế hoạch năm.", "7,5%", None),
])
def test_words_that_set_a_shares_base_apart(text, number, apart):
    base = share(text, number).base
    assert cue_text(base and base.apart) == apart


@pytest.mark.parametrize("text, number, own", [
    ("Vốn đầu tư toàn xã hội bằng 6,28% GDP của tỉnh.", "6,28%", "GDP"),
    ("Chi thường xuyên bằng 5% NSNN của huyện.", "5%", "NSNN"),
    ("Công trình đã thi công đạt 60% khối lượng cả năm.", "60%", "khối lượng"),
    ("Nhà máy nước hoạt động đạt 70% công suất thiết kế.", "70%", "công suất"),
    # near-misses: a capitalised name is no acronym; a count's noun is no measure of the work
    ("Tỷ lệ hộ dùng nước sạch đạt 95% Kế hoạch năm.", "95%", None),
    ("Có 35 hộ vay vốn, chiếm 60% hộ nghèo của xã.", "60%", None),
])
def test_base_with_a_name_of_its_own(text, number, own):
    base = share(text, number).base
    assert cue_text(base and base.own_name) == own


@pytest.mark.parametrize("text, kind, whole", [
    # a plan named after the share: the plan of its sentence, not the count before it
    ("Kế hoạch năm giao 40 đảng viên; đến nay kết nạp 36 đảng viên, đạt 90% kế hoạch.", "result-vs-plan", "40"),
    ("Chỉ tiêu giao 50 hộ thoát nghèo, thực hiện được 45 hộ, đạt 90% so với chỉ tiêu.", "result-vs-plan", "50"),
    # near-miss: no plan named after the share, the whole it was listed under
    ("Xã có 300 hộ, trong đó 45 hộ nghèo, chiếm 15%.", "share-of", "300"),
])
def test_relations_read_the_named_plan(text, kind, whole):
    reading = Reading(text)
    found = [(r.kind, r.whole.text) for r in read_paragraph(reading, detect_paragraph(reading)).relations
             if r.share is not None]
    assert (kind, whole) in found


@pytest.mark.parametrize("text, expected", [
    # a base with a name of its own is no count before the share: nothing to check
    ("Toàn huyện có 1.250 hộ sản xuất; giá trị xuất khẩu nông sản đạt 300 tỷ đồng, bằng 6,5% GDP của huyện.", []),
    ("Huyện có 120 công trình; đã thi công 45 công trình, đạt 60% khối lượng cả năm.", []),
    # near-miss: no name after the share, the whole of its kind is the base (45 / 120 = 37,5%)
    ("Huyện có 120 công trình; đã thi công 45 công trình, đạt 60%.", [("percent-mismatch", "60%")]),
])
def test_share_of_a_base_with_its_own_name(text, expected):
    assert warnings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "tổng dư nợ" is told before the whole in its sentence, though a figure with a dot stands between
    ("Tổng dư nợ cho vay (của 1.200 khách hàng) đạt 31.902 tỷ đồng. Trong đó dư nợ cho vay nông nghiệp 24.356 tỷ "
     "đồng, chiếm 74,6% tổng dư nợ.", [("percent-mismatch", "74,6%")]),
    ("Tổng dư nợ cho vay (của 1.200 khách hàng) đạt 31.902 tỷ đồng. Trong đó dư nợ cho vay nông nghiệp 24.356 tỷ "
     "đồng, chiếm 76,3% tổng dư nợ.", []),
    # near-miss: the whole is told in other words, so it is not the total the share names
    ("Tổng vốn huy động (của 1.200 khách hàng) đạt 31.902 tỷ đồng. Trong đó dư nợ cho vay nông nghiệp 24.356 tỷ "
     "đồng, chiếm 74,6% tổng dư nợ.", []),
])
def test_total_named_before_the_whole_in_its_sentence(text, expected):
    assert warnings(text) == expected
