"""What a finding's rule is called on screen: its title (the rule's own metadata, English from the
interface table) and its kind (resources/rule_kinds.txt, by the rule's family, in both languages).

A clerk reads these; the rule's code (``percent-mismatch``) is for support and stays in a tooltip.
"""

from __future__ import annotations

from functools import lru_cache

from ..core.resources import word_list
from . import i18n


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, str]]:
    """family → (Vietnamese kind, English kind)."""
    kinds = {}
    for line in word_list("rule_kinds"):
        family, vietnamese, english = (part.strip() for part in line.split("|"))
        kinds[family] = (vietnamese, english)
    return kinds


def rule_kind(family: str) -> str:
    """The kind of a rule of ``family`` in the interface's language ("" for a family with none)."""
    vietnamese, english = _kinds().get(family, ("", ""))
    return english if i18n.language() == "en" and english else vietnamese


def rule_titles(rules: dict) -> dict[str, str]:
    """code → the rule's title in the interface's language."""
    return {code: i18n.tr(rule.title) for code, rule in rules.items()}


def rule_kinds(rules: dict) -> dict[str, str]:
    """code → the rule's kind in the interface's language."""
    return {code: rule_kind(rule.family) for code, rule in rules.items()}
