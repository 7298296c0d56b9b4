"""Every rule's own examples (kept beside the rule as data, @rule(examples=…)), run through
the whole engine: each wrong sentence is flagged where the example says, with its fix, and
each near-miss stays silent."""

from __future__ import annotations

import pytest

from minutes_app.core.checks import all_rules
from minutes_app.core.checks.roster_checks import EXAMPLE_ROSTER
from minutes_app.core.engine import analyze

CASES = [pytest.param(rule.code, example, id=f"{rule.code}-{index}")
         for rule in all_rules().values() for index, example in enumerate(rule.examples)]


@pytest.mark.parametrize("code, example", CASES)
def test_rule_example(code, example):
    # the roster checks read the user's roster: every example runs with a small one (it changes no other rule)
    findings = [f for f in analyze(example.text, roster=EXAMPLE_ROSTER).findings if f.code == code]
    if example.flagged is None:
        assert not findings, f"near-miss flagged: {[(f.text, f.message) for f in findings]}"
        return
    start = example.text.index(example.flagged)
    end = start + len(example.flagged)
    hits = [f for f in findings if f.start < end and start < f.end or f.start == f.end == start]
    assert hits, f"{example.flagged!r} not flagged; {code} found: {[(f.text, f.message) for f in findings]}"
    if example.fix is not None:
        expected = example.text[:start] + example.fix + example.text[end:]
        fixed = [example.text[:f.start] + f.suggestion + example.text[f.end:] for f in hits if f.suggestion is not None]
        assert expected in fixed, f"fix {example.fix!r} not offered: {fixed}"
