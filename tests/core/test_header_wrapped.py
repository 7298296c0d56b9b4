"""Issuing bodies written over two header lines, or in sentence case."""

import pytest

from minutes_app.core.engine import analyze

TAIL = "\n\nBIÊN BẢN\nSinh hoạt chi bộ thường kỳ\n\nHôm nay, chi bộ họp."


@pytest.mark.parametrize(("header", "issuer", "parent"), [
    ("ĐẢNG BỘ TỈNH GIA LAI\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG\t\nTỈNH\t",
     "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "ĐẢNG BỘ TỈNH GIA LAI"),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ MỸ HIỆP\tĐộc lập - Tự do - Hạnh phúc",
     "ỦY BAN NHÂN DÂN XÃ MỸ HIỆP", None),
    ("BAN CHẤP HÀNH ĐẢNG BỘ\tĐẢNG CỘNG SẢN VIỆT NAM\nPHƯỜNG HÒA XUÂN\t", "BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG HÒA XUÂN", None),
    # a line that opens a body of its own is the next level, not a continuation
    ("ĐẢNG BỘ XÃ IA PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 3\t", "CHI BỘ THÔN 3", "ĐẢNG BỘ XÃ IA PHÚ"),
    ("ĐẢNG BỘ XÃ IA PHÚ\nCHI BỘ THÔN 3\n*\nĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ THÔN 3", "ĐẢNG BỘ XÃ IA PHÚ"),
    ("TỈNH ỦY QUẢNG NGÃI\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\t", "BAN TỔ CHỨC", "TỈNH ỦY QUẢNG NGÃI"),
    # typed in sentence case
    ("Đảng bộ xã Tân Hòa\tĐẢNG CỘNG SẢN VIỆT NAM\nChi bộ thôn Đông\t", "Chi bộ thôn Đông", "Đảng bộ xã Tân Hòa"),
])
def test_issuer(header, issuer, parent):
    structure = analyze(header + TAIL).structure
    assert structure.header.issuer.value == issuer
    assert (structure.header.issuer_parent.value if structure.header.issuer_parent else None) == parent


def test_two_bodies_apart_are_not_joined():
    """Lines that are not next to each other are two bodies, even when the second opens with a place."""
    text = "ĐẢNG BỘ XÃ A\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nXÃ B\t" + TAIL
    assert analyze(text).structure.header.issuer.value != "ĐẢNG BỘ XÃ A XÃ B"
