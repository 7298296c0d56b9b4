"""Correct passages must come out clean: a fresh author's bank of 233 passages with correct figures in the
phrasings of real pages (tests/clean_bank_r11/README.md). On 6773a7a it gave three false warnings, each
fixed at its mechanism (tests/core/test_clean_bank_lead11.py); any error or warning here is a false alarm."""

from pathlib import Path

from minutes_app.core.engine import analyze

BANK = Path(__file__).resolve().parent / "clean_bank_r11" / "passages.txt"


def test_every_correct_passage_is_clean():
    passages = [line for line in BANK.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(passages) >= 200
    noisy = {}
    for number, passage in enumerate(passages, 1):
        found = [f"{f.severity.value} {f.code} «{f.text}»" for f in analyze(passage).findings
                 if f.severity.value in ("error", "warning")]
        if found:
            noisy[number] = found
    assert not noisy, noisy
