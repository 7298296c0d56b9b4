"""Named wholes (quantities/named.py), reviewer round 7: "số 2" is an identifier, not "số <the set>", and a
count placed in another period than the earlier count is another set. Sentences written for this test."""

import pytest

from minutes_app.core.engine import analyze


def _exceeds(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.code == "part-exceeds-whole"]


@pytest.mark.parametrize("text", [
    # an identifier "số N" before the act names no set
    "Đoàn kiểm tra số 1 đã kiểm tra 6 đảng viên. Đoàn kiểm tra số 2 đã kiểm tra 8 đảng viên, 8 đảng viên được "
    "kiểm tra đều chấp hành tốt.",
    "Tổ công tác số 1 đã giám sát 4 đảng viên. Tổ công tác số 3 giám sát 7 đảng viên.",
    "Đoàn giám sát số 1 giám sát 3 chi bộ.\nĐoàn giám sát số 2 giám sát 5 chi bộ.",
    # two periods: a month and the year, a month and a quarter
    "Tháng 5, Đảng ủy trao Huy hiệu Đảng cho 4 đảng viên. Trong năm có 19 đảng viên được trao Huy hiệu Đảng.",
    "Trong tháng, tổ chức khám bệnh cho 120 người. Có 250 người được khám bệnh trong quý.",
    "Quý I, Ủy ban Kiểm tra kiểm tra 3 đảng viên.\nCả năm, có 11 đảng viên được kiểm tra khi có dấu hiệu vi phạm.",
    "6 tháng đầu năm, các chi bộ giám sát 12 đảng viên. Lũy kế từ đầu nhiệm kỳ, 85 đảng viên được giám sát.",
])
def test_other_identifier_or_period_is_silent(text):
    assert _exceeds(text) == []


@pytest.mark.parametrize("text", [
    # the same period, or none named: the later count is some of the earlier one
    "Trong năm, Ủy ban Kiểm tra giám sát 05 tổ chức đảng và 09 đảng viên. Qua giám sát, có 11 đảng viên được "
    "giám sát còn hạn chế.",
    "6 tháng đầu năm, Ủy ban Kiểm tra kiểm tra 8 đảng viên. Trong 6 tháng đầu năm, có 10 đảng viên được kiểm tra "
    "có vi phạm.",
    "Đầu năm có 47 hộ đăng ký. Trong số hộ đã đăng ký, có 52 hộ đạt danh hiệu gia đình văn hóa.",
    "Đảng ủy giám sát 6 đảng viên. Trong năm, 8 đảng viên được giám sát đều chấp hành tốt.",
])
def test_same_period_still_found(text):
    assert len(_exceeds(text)) == 1


def _errors(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.severity.value == "error"]


@pytest.mark.parametrize("text", [
    # "cụm 1" names a cluster, as "tổ 1" and "thôn 1" do: no part of a breakdown
    "Xã chia thành 4 cụm thi đua, cụ thể: cụm 1 có 5 thôn, cụm 2 có 4 thôn, cụm 3 có 4 thôn, cụm 4 có 3 thôn.",
    "Hội chia 3 cụm sinh hoạt, gồm: cụm 1 gồm 4 chi hội, cụm 2 gồm 3 chi hội, cụm 3 gồm 5 chi hội.",
    "Các thôn thi đua theo 2 cụm: cụm 1 (6 thôn) do đồng chí Phó Chủ tịch phụ trách, cụm 2 (5 thôn) do đồng chí "
    "Chủ tịch Mặt trận phụ trách.",
])
def test_numbered_cluster_is_no_count(text):
    assert _errors(text) == []


def test_cluster_breakdown_still_summed():
    text = ("Chi bộ vận động 112 hộ tham gia; phân công theo 3 cụm: cụm 1 có 38 hộ, cụm 2 có 41 hộ, cụm 3 có 29 "
            "hộ.")
    assert [f.code for f in analyze(text).findings if f.severity.value != "info"] == ["sum-mismatch"]
