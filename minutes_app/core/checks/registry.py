"""The rule registry: every check is a small function registered under a stable code.

A rule module (one per family, e.g. arithmetic.py) decorates its functions with @rule;
the registry imports every module of this package, so adding a rule touches one file.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Callable, Iterable, Literal

from ..model import Entity, Finding, Severity
from ..text import Paragraph


@dataclass(frozen=True)
class Issue:
    """What a rule yields: the registry turns it into a Finding with the rule's code."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # None: the rule's default


@dataclass
class ParagraphContext:
    """One paragraph's text and the entities detected in it (paragraph-relative offsets)."""

    text: str
    entities: list[Entity]

    def of_kind(self, kind: str, type_: str | None = None) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind and (type_ is None or e.get("type") == type_)]


@dataclass
class DocumentContext:
    """The whole document: text, paragraphs and all entities (document offsets)."""

    text: str
    paragraphs: list[Paragraph]
    entities: list[Entity]
    paragraph_findings: list[Finding] = field(default_factory=list)

    def of_kind(self, kind: str, type_: str | None = None) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind and (type_ is None or e.get("type") == type_)]


Scope = Literal["paragraph", "document"]


@dataclass(frozen=True)
class Rule:
    code: str
    family: str
    severity: Severity
    scope: Scope
    title: str
    func: Callable[..., Iterable[Issue]]

    def run(self, context: ParagraphContext | DocumentContext) -> list[Finding]:
        text = context.text
        findings = []
        for issue in self.func(context):
            findings.append(
                Finding(
                    code=self.code,
                    severity=issue.severity or self.severity,
                    start=issue.start,
                    end=issue.end,
                    text=text[issue.start:issue.end],
                    message=issue.message,
                    suggestion=issue.suggestion,
                )
            )
        return findings


_RULES: dict[str, Rule] = {}


def rule(code: str, *, severity: Severity, title: str, scope: Scope = "paragraph"):
    """Register a check. ``title`` is the short Vietnamese name shown in settings."""

    def register(func: Callable[..., Iterable[Issue]]) -> Callable[..., Iterable[Issue]]:
        if code in _RULES:
            raise ValueError(f"duplicate rule code {code}")
        family = func.__module__.rsplit(".", 1)[-1]
        _RULES[code] = Rule(code, family, severity, scope, title, func)
        return func

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule, importing each family module of this package once."""
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        if module.name != "registry":
            importlib.import_module(f"{__package__}.{module.name}")
    return dict(sorted(_RULES.items()))
