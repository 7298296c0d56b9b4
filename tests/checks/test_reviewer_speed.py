"""The reviewer checks stay cheap: seeds ×10 (~210k characters) well under a second of CPU.

CPU time (process_time), not wall time, so a busy machine does not fail the test; the
bound is generous (measured ~0.3 s for all six rules, ~0.03 s for spelling).
"""

import time

from minutes_app.core.checks import all_rules
from minutes_app.core.checks.registry import DocumentContext, ParagraphContext
from minutes_app.core.engine import analyze
from minutes_app.core.text import split_paragraphs
from minutes_app.core.vietnamese import dictionary
from tests.helpers import SEEDS

CODES = ("spelling", "capitalization", "capitalization-party-noun", "tone-style-mixed",
         "name-inconsistent", "title-inconsistent")


def test_dictionary_loads_quickly():
    dictionary.cache_clear()
    start = time.process_time()
    dictionary()
    assert time.process_time() - start < 1.0


def test_six_rules_on_200k_characters():
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    # every paragraph made unique, so no cache can answer for a repeated one
    text = "\n".join(f"{line} (bản {n})" if line.strip() else line
                     for n in range(10) for line in seeds.split("\n"))
    entities = analyze(text, disabled=frozenset(all_rules())).entities
    analyze(seeds)  # word lists and dictionaries loaded once per process
    paragraphs = [p for p in split_paragraphs(text) if p.text.strip()]
    rules = all_rules()
    start = time.process_time()
    for code in CODES:
        rule = rules[code]
        if rule.paragraph_check:
            for paragraph in paragraphs:
                list(rule.paragraph_check(ParagraphContext(paragraph.text, [])))
        if rule.document_check:
            list(rule.document_check(DocumentContext(text, split_paragraphs(text), entities)))
    assert time.process_time() - start < 1.5
