"""The rule registry: every check is a small function registered under a stable code.

A rule module (one per family, e.g. arithmetic.py) decorates its functions with @rule;
the registry imports every module of this package, so adding a rule touches one file.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import compress, repeat
from operator import attrgetter, eq, is_
from typing import Any, Callable, Iterable, Literal, Mapping, MutableMapping, Sequence

from ..model import Entity, Finding, Related, Severity
from ..reading import Reading
from ..structure import Line
from ..text import Paragraph

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Issue:
    """What a rule yields: the registry turns it into a Finding with the rule's code."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # None: the rule's default
    related: tuple[Related, ...] = ()  # spans the finding rests on (whole, parts, plan …)


@dataclass
class ParagraphContext:
    """One paragraph's text, its reading and the entities detected in it (paragraph-relative
    offsets). Rules read tokens, words and sentences from ``reading``, never from the text."""

    text: str
    entities: list[Entity]
    reading: Reading = None  # type: ignore[assignment]  (made from text when not given)

    def __post_init__(self) -> None:
        if self.reading is None:
            self.reading = Reading(self.text)

    def of_kind(self, kind: str, type_: str | None = None) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind and (type_ is None or e.get("type") == type_)]


@dataclass
class DocumentContext:
    """The whole document: text, paragraphs and all entities (document offsets).

    A document check runs after every edit, so it must stay cheap: work that depends on one
    paragraph only goes through ``per_paragraph``, which remembers it across analyses.
    """

    text: str
    paragraphs: list[Paragraph]
    entities: list[Entity]
    paragraph_findings: list[Finding] = field(default_factory=list)
    memo: MutableMapping[tuple[str, str], Any] = field(default_factory=dict)
    paragraph_entities: Mapping[int, Sequence[Entity]] = field(default_factory=dict)  # paragraph offsets
    readings: Mapping[int, Reading] = field(default_factory=dict)  # by paragraph index
    lines: Sequence[Line] = ()  # by paragraph index, typed (structure.lines)
    structure: Any = None  # the DocStructure (core/structure), built before the document rules
    roster: tuple = ()  # the user's Danh bạ cán bộ (roster.Person entries); empty: roster checks are silent

    def reading(self, paragraph: Paragraph) -> Reading:
        return self.readings.get(paragraph.index) or Reading(paragraph.text)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_index(self, offset: int) -> int | None:
        """The index of the paragraph holding ``offset`` (document offsets); None between paragraphs."""
        at = bisect_right(self._paragraph_starts, offset) - 1
        return at if at >= 0 and offset < self.paragraphs[at].end else None

    def of_kind(self, kind: str, type_: str | None = None) -> list[Entity]:
        return [e for e in self._by_kind.get(kind, ()) if type_ is None or e.get("type") == type_]

    @cached_property
    def _by_kind(self) -> dict[str, list[Entity]]:
        """The entities by kind, in their order, sorted out once: several rules ask for the officials or the
        targets of a document of thousands of entities at every re-check. (Read by the rules, which run before
        the engine sorts ``entities`` in place.)"""
        # (sorted out in C: a Python loop over every entity cost more than all the look-ups it saves)
        kinds = list(map(_KIND, self.entities))
        return {kind: list(compress(self.entities, map(eq, kinds, repeat(kind)))) for kind in set(kinds)}

    def per_paragraph(self, func: Callable[..., Any], with_entities: bool = False,
                      with_reading: bool = False) -> list[tuple[Paragraph, Any]]:
        """``func(paragraph_text)`` - or ``func(paragraph_text, entities)`` with the paragraph's
        entities in paragraph offsets, or ``func(reading)`` with the paragraph's shared reading,
        or ``func(reading, entities)`` with both - for every non-empty paragraph, computed once
        per distinct text. ``func`` must be pure and use paragraph-relative offsets."""
        # one table per function, keyed by paragraph text: a re-check looks every paragraph up in it
        key = ("per_paragraph", f"{func.__module__}.{func.__qualname__}")
        table = self.memo.get(key)
        if table is None:
            table = self.memo[key] = {}
        # Every paragraph is looked up, for each of ~25 functions at every re-check, where an edit
        # changed one: the look-ups and the pairs are made by map and zip, a Python loop only
        # visits the misses (all of them on a first analysis, one after an edit).
        written = self.written_paragraphs
        values = list(map(table.get, self._written_texts, repeat(_MISSING)))
        # (the misses found in C too: after an edit every function misses its edited paragraph, and a loop over
        # every paragraph to reach it cost more than the look-ups)
        for at in compress(range(len(values)), map(is_, values, repeat(_MISSING))):
            paragraph = written[at]
            value = table.get(paragraph.text, _MISSING)  # (a text written twice: read at its first)
            if value is not _MISSING:
                values[at] = value
                continue
            if with_entities and with_reading:
                value = func(self.reading(paragraph), self.paragraph_entities.get(paragraph.index, ()))
            elif with_entities:
                value = func(paragraph.text, self.paragraph_entities.get(paragraph.index, ()))
            elif with_reading:
                value = func(self.reading(paragraph))
            else:
                value = func(paragraph.text)
            values[at] = table[paragraph.text] = value
        return list(zip(written, values))

    @cached_property
    def written_paragraphs(self) -> list[Paragraph]:
        """The paragraphs that hold more than white space, in order (found once per analysis)."""
        return [p for p in self.paragraphs if p.text and not p.text.isspace()]

    @cached_property
    def _written_texts(self) -> list[str]:
        return [p.text for p in self.written_paragraphs]


_MISSING = object()
_KIND = attrgetter("kind")


@dataclass(frozen=True)
class Example:
    """A rule's example, kept beside it as data and run by one generic test
    (tests/checks/test_rule_examples.py), as LanguageTool keeps its rules' examples.

    With ``flagged`` set, the rule must mark that text (its first occurrence) and, with
    ``fix`` set, accepting the suggestion must write ``fix`` there. With ``flagged`` None the
    text is a near-miss the rule must leave silent.
    """

    text: str
    flagged: str | None = None
    fix: str | None = None


Scope = Literal["paragraph", "document"]
Check = Callable[..., Iterable[Issue]]


@dataclass(frozen=True)
class Rule:
    """One rule: a stable code, and up to two checks under it, one that reads a paragraph
    (cached with the paragraph) and one that reads the whole document (kept cheap)."""

    code: str
    family: str
    severity: Severity
    title: str
    paragraph_check: Check | None = None
    document_check: Check | None = None
    examples: tuple[Example, ...] = ()

    @property
    def scope(self) -> str:
        return "+".join(s for s, f in (("paragraph", self.paragraph_check), ("document", self.document_check)) if f)

    def run(self, context: ParagraphContext | DocumentContext) -> list[Finding]:
        check = self.document_check if isinstance(context, DocumentContext) else self.paragraph_check
        text = context.text
        findings = []
        try:
            issues = list(check(context))
        except Exception:  # noqa: BLE001
            # One faulty rule must not take the others' findings (or the app) with it.
            log.exception("rule %s failed; its findings are skipped", self.code)
            return []
        for issue in issues:
            findings.append(
                Finding(
                    code=self.code,
                    severity=issue.severity or self.severity,
                    start=issue.start,
                    end=issue.end,
                    text=text[issue.start:issue.end],
                    message=issue.message,
                    suggestion=issue.suggestion,
                    related=issue.related,
                )
            )
        return findings


_RULES: dict[str, Rule] = {}


def rule(code: str, *, severity: Severity, title: str, scope: Scope = "paragraph", examples: Sequence[Example] = ()):
    """Register a check under ``code``; ``title`` is the short Vietnamese name shown in
    settings. A code may get one paragraph check and one document check; the examples of
    both are the rule's."""

    def register(func: Check) -> Check:
        family = func.__module__.rsplit(".", 1)[-1]
        slot = "paragraph_check" if scope == "paragraph" else "document_check"
        existing = _RULES.get(code)
        if existing is None:
            _RULES[code] = Rule(code, family, severity, title, **{slot: func}, examples=tuple(examples))
        elif getattr(existing, slot) is None and existing.family == family:
            _RULES[code] = replace(existing, **{slot: func}, examples=existing.examples + tuple(examples))
        else:
            raise ValueError(f"duplicate rule code {code}")
        return func

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule, importing each family module of this package once."""
    if not _FAMILIES_IMPORTED:  # listing the package's folder at every analysis cost ~1 ms
        package = importlib.import_module(__package__)
        for module in pkgutil.iter_modules(package.__path__):
            if module.name != "registry":
                importlib.import_module(f"{__package__}.{module.name}")
        _FAMILIES_IMPORTED.append(True)
    return dict(sorted(_RULES.items()))


_FAMILIES_IMPORTED: list[bool] = []
