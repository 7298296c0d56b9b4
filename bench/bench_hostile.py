"""Bounded analysis: the slowest paragraph on text whose spaces were lost (as pasted from a
PDF: "vụquyếtCụm;ngoạiưu, đốitrọng…"), random joined syllables, digits and punctuation.
The goal is that no paragraph of up to 2,000 characters holds the editor up (≤ 0.5 s)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from minutes_app.core.engine import Analyzer
from minutes_app.core.vietnamese import SuggestionWork, _by_base

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPHS = 60


def hostile_paragraphs(count: int = PARAGRAPHS, seed: int = 19) -> list[str]:
    rng = random.Random(seed)
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    words = sorted(set(re.findall(r"[^\W\d_]+", seeds)) | {f for forms in _by_base().values() for f in forms})
    punctuation = list(".,;:!?…-/()%") + [" "]
    paragraphs = ["vụquyếtCụm;ngoạiưu, đốitrọng chínhđượctrưởngbanquyếtđịnhngườiđạibiểu"]
    while len(paragraphs) < count:
        parts: list[str] = []
        length = rng.choice((200, 800, 2000))
        while sum(map(len, parts)) < length:
            roll = rng.random()
            if roll < 0.75:
                word = rng.choice(words)
                parts.append(word.capitalize() if rng.random() < 0.15 else word)
            elif roll < 0.88:
                parts.append(str(rng.randrange(10**6)))
            else:
                parts.append(rng.choice(punctuation))
            if rng.random() < 0.12:
                parts.append(" ")
        paragraphs.append("".join(parts)[:2000])
    return paragraphs


def run() -> dict[str, float]:
    Analyzer().analyze("Khởi động: nạp từ điển và quy tắc.")
    slowest = total = 0.0
    work = 0
    for paragraph in hostile_paragraphs():
        analyzer = Analyzer()  # no cache: each paragraph costs its full analysis
        before = SuggestionWork.evaluations
        start = time.process_time()
        analyzer.analyze(paragraph)
        seconds = time.process_time() - start
        work = max(work, SuggestionWork.evaluations - before)
        slowest = max(slowest, seconds)
        total += seconds
    return {"hostile_slowest_paragraph_s": slowest, "hostile_mean_paragraph_ms": 1000 * total / PARAGRAPHS,
            "hostile_max_suggestion_work": work}
