"""Helpers shared by the tests: the seed reports and a one-line engine run."""

from __future__ import annotations

from pathlib import Path

from minutes_app.core.engine import analyze

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def seed_text(prefix: str) -> str:
    """The seed whose file name starts with ``prefix`` ("001")."""
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text(encoding="utf-8")


def findings(text: str, code: str):
    return [f for f in analyze(text).findings if f.code == code]


def loud(text: str, code: str):
    """The errors and warnings of ``code`` (info findings are hints, not verdicts)."""
    return [f for f in analyze(text).findings if f.code == code and f.severity.value in ("error", "warning")]


def loud_on(text: str, code: str, flagged: str):
    """The errors and warnings of ``code`` that overlap the first occurrence of ``flagged``."""
    start = text.index(flagged)
    end = start + len(flagged)
    return [f for f in loud(text, code) if f.start < end and start < f.end]


def gold(text: str) -> dict:
    """The document model of ``text`` in the gold files' shape (bench/score_structure.py compares them)."""
    return analyze(text).structure.to_gold()
