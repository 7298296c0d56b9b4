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


def gold(text: str) -> dict:
    """The document model of ``text`` in the gold files' shape (bench/score_structure.py compares them)."""
    return analyze(text).structure.to_gold()
