"""tests/dev10_shares: real passages full of shares (see its README). No share finding at error level on a
consistent passage (every base a clerk chose is respected), no share warning either, and the
sources' own slips stay found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_app.core.engine import analyze

FOLDER = Path(__file__).parent / "dev10_shares"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
SHARE_CODES = {"percent-mismatch", "vote-mismatch"}


def _share_findings(name: str):
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    analysis = analyze(text)
    return text, [f for f in analysis.findings if f.code in SHARE_CODES and f.severity.value in ("error", "warning")]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e["clean"]))
def test_consistent_passages_get_no_share_finding(name):
    _, found = _share_findings(name)
    assert not found, [(f.text, f.severity.value, f.message) for f in found]


def test_the_sources_slip_with_a_written_base_is_an_error():
    text, found = _share_findings("truong_chuan_2017")
    at = text.index("55,1%")
    assert any(f.start <= at < f.end and f.severity.value == "error" for f in found)


def test_a_ratio_written_beside_its_wrong_share_is_an_error():
    text, found = _share_findings("namcan_xeploai_2018")
    at = text.index("99,43%")
    assert any(f.start <= at < f.end and f.severity.value == "error" for f in found)


def test_every_slip_of_the_ratings_under_a_ratio_of_all_is_found():
    """"51/51 tổ chức …, trong đó: Hoàn thành xuất sắc nhiệm vụ 08 (…), chiếm tỷ lệ 15,67%; …": the levels under a
    ratio of all of its total are shares of it, also after a bracket that splits the level's count."""
    text = (FOLDER / "namcan_xeploai_2018.txt").read_text(encoding="utf-8")
    found = analyze(text).findings
    for slip in EXPECTED["namcan_xeploai_2018"]["real_errors"]:
        at = text.index(slip["text"]) + len(slip["text"]) - 1
        assert any(f.code == slip["code"] and f.start <= at < f.end for f in found), slip["text"]
