"""Shared logic of the corpus tests: a folder of realistic minutes, reports and news items,
each with a sidecar of what the checker must say about it (<name>.txt + <name>.expected.json).

Sidecar: {"genre", "clean", "planted": [{"code", "text", "note"}], "officials": [names]}.

1. Every planted problem is found: a finding with that code overlapping an occurrence of
   the planted text.
2. No false alarms: a clean document has no error/warning finding at all; a planted one has
   none that overlaps no planted text.
3. Officials: every listed name is an ``official`` entity's ``name`` and no official entity
   carries another name. A misspelt variant that is itself a planted ``name-inconsistent``
   text may appear as an official's name (that is how the document writes it).

Used by tests/test_corpus.py (tests/corpus and tests/corpus_holdout must pass) and by
bench/score_corpus.py, which scores every corpus, tests/corpus_blind included: a blind set
the engine is measured on, not tuned to.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from minutes_app.core.engine import analyze

GENRES = {"bien_ban", "bao_cao", "tin_hoi_nghi"}
BLOCKING = ("error", "warning")


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _overlaps(finding, spans) -> bool:
    if finding.start == finding.end:  # an empty span marks a position
        return any(a <= finding.start < b for a, b in spans)
    return any(finding.start < b and a < finding.end for a, b in spans)


def _describe(finding) -> str:
    return f"{finding.code} [{finding.severity.value}] {finding.text!r} @{finding.start}: {finding.message}"


class Corpus:
    """One corpus folder and the four checks run on each of its documents."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.documents = sorted(p.stem for p in folder.glob("*.txt"))
        self._analysis = lru_cache(maxsize=None)(self._analyze)

    def text(self, name: str) -> str:
        return (self.folder / f"{name}.txt").read_text(encoding="utf-8")

    def expected(self, name: str) -> dict:
        return json.loads((self.folder / f"{name}.expected.json").read_text(encoding="utf-8"))

    def _analyze(self, name: str):
        return analyze(self.text(name))

    def analysis(self, name: str):
        return self._analysis(name)

    def planted_params(self) -> list:
        return [
            pytest.param(name, index, id=f"{name}[{index}]-{problem['code']}")
            for name in self.documents
            for index, problem in enumerate(self.expected(name)["planted"])
        ]

    def check_well_formed(self, name: str) -> None:
        """The corpus itself: UTF-8 NFC text of sane length whose sidecar matches it."""
        text = self.text(name)
        expected = self.expected(name)
        assert unicodedata.is_normalized("NFC", text)
        assert 1500 <= len(text) <= 5000, len(text)
        assert expected["genre"] in GENRES
        assert expected["clean"] is (not expected["planted"])
        assert 1 <= len(expected["planted"]) <= 4 or expected["clean"]
        for problem in expected["planted"]:
            assert problem["code"] and problem["note"]
            assert problem["text"] in text, problem["text"]
        for official in expected["officials"]:
            assert official in text, official

    def check_planted_found(self, name: str, index: int) -> None:
        problem = self.expected(name)["planted"][index]
        analysis = self.analysis(name)
        spans = _occurrences(analysis.text, problem["text"])
        # "other": an author's shape no code names (a growth rate, a difference): any error or warning on it
        hits = [f for f in analysis.findings if _overlaps(f, spans) and (f.code == problem["code"] or problem[
            "code"] == "other" and f.severity.value in ("error", "warning"))]
        same_code = [_describe(f) for f in analysis.findings if f.code == problem["code"]]
        assert hits, (
            f"{problem['code']} not reported on {problem['text']!r} ({problem['note']}); "
            f"findings with that code elsewhere: {same_code or 'none'}"
        )

    def check_no_unexpected(self, name: str) -> None:
        expected = self.expected(name)
        analysis = self.analysis(name)
        spans = [span for problem in expected["planted"]
                 for span in _occurrences(analysis.text, problem["text"])]
        unexpected = [f for f in analysis.findings
                      if f.severity.value in BLOCKING and not _overlaps(f, spans)]
        kind = "clean document" if expected["clean"] else "outside the planted problems"
        assert not unexpected, f"{kind}: " + "; ".join(_describe(f) for f in unexpected)

    def check_officials(self, name: str) -> None:
        expected = self.expected(name)
        analysis = self.analysis(name)
        listed = set(expected["officials"])
        variants = {p["text"] for p in expected["planted"] if p["code"] == "name-inconsistent"}
        officials = [e for e in analysis.entities if e.kind == "official"]
        found = {e.get("name") for e in officials}
        missing = sorted(listed - found)
        extra = sorted({f"{e.get('name')!r} (from {e.text!r})" for e in officials
                        if e.get("name") not in listed | variants})
        assert not missing and not extra, f"missing: {missing}; not officials here: {extra}"
