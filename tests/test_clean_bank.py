"""Correct text must come out clean: two fresh authors' banks of correct passages and minutes, with figures in the
phrasings of real pages (tests/clean_bank_r11/README.md, tests/clean_bank_r11b/README.md). Every false alarm
they showed was fixed at its mechanism (tests/core/test_clean_bank_lead11.py, test_clean_bank2_lead11.py); anything
here is a new false alarm."""

from pathlib import Path

import pytest

from minutes_app.core.engine import analyze

HERE = Path(__file__).resolve().parent
BANKS = (HERE / "clean_bank_r11" / "passages.txt", HERE / "clean_bank_r11b" / "passages.txt")


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.code, f.text) for f in analyze(text).findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize("bank", BANKS, ids=lambda path: path.parent.name)
def test_every_correct_passage_is_clean(bank):
    passages = [line for line in bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(passages) >= 150
    noisy = {number: found for number, passage in enumerate(passages, 1) if (found := _alarms(passage))}
    assert not noisy, noisy


def test_every_correct_document_is_clean():
    documents = sorted((HERE / "clean_bank_r11b").glob("doc*.txt"))
    assert len(documents) >= 8
    noisy = {path.name: found for path in documents if (found := _alarms(path.read_text(encoding="utf-8")))}
    assert not noisy, noisy
