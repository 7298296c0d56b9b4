"""Vietnamese number forms and their printed precision."""

import pytest

from minutes_app.core.numbers import format_vi, parse_number, parse_roman, round_half_up


@pytest.mark.parametrize(
    "text, value, decimals",
    [("2.465", 2465, 0), ("75,5", 75.5, 1), ("02", 2, 0), ("1.921,25", 1921.25, 2), ("5,680", 5.68, 3)],
)
def test_parse_number(text, value, decimals):
    number = parse_number(text)
    assert number.value == pytest.approx(value) and number.decimals == decimals


@pytest.mark.parametrize("text", ["12.3", "1. 357", "abc", "", "1,2,3"])
def test_not_a_vietnamese_number(text):
    assert parse_number(text) is None


def test_format_is_the_inverse_of_parse():
    assert format_vi(77.5, 1) == "77,5"
    assert format_vi(2465) == "2.465"
    assert format_vi(1234567.891, 2) == "1.234.567,89"


def test_round_half_up_not_bankers():
    assert round_half_up(77.45, 1) == 77.5
    assert round_half_up(0.285 * 100, 0) == 29
    assert round_half_up(2.5, 0) == 3


@pytest.mark.parametrize("text, value", [("I", 1), ("IV", 4), ("XIII", 13), ("VII", 7), ("XIV", 14)])
def test_roman(text, value):
    assert parse_roman(text) == value


@pytest.mark.parametrize("text", ["IIII", "VV", "ABC", ""])
def test_not_roman(text):
    assert parse_roman(text) is None
