"""Immutable records the engine produces: entities it recognises and findings it reports.

Both carry code-point offsets into the document text (the text the user sees), so every
view - editor, panel, JSON, DOCX - points at exactly the same characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        # (read twice per finding as the engine sorts them: ``_value_``, not the enum's slower ``value`` property)
        return _RANKS[self._value_]


_RANKS = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Entity:
    """A recognised span: kind is official, organization, target, task or figure.

    ``data`` holds the parsed values (name and titles, numeric value and unit, …); it is
    merged into the JSON record next to kind/start/end/text.
    """

    kind: str
    start: int
    end: int
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def shifted(self, offset: int) -> "Entity":
        """The same entity ``offset`` characters on, made without the frozen dataclass's __init__ (the
        engine moves every entity after an edited paragraph, thousands at each re-check of a long text)."""
        moved = object.__new__(Entity)
        moved.__dict__.update(self.__dict__, start=self.start + offset, end=self.end + offset)
        return moved

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def to_json(self) -> dict[str, Any]:
        record = {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}
        record.update({k: v for k, v in self.data.items() if k not in record})
        return record


@dataclass(frozen=True)
class Related:
    """A span a finding rests on besides its own: the whole a share was computed on, the
    parts of a sum, the plan of a result. ``role`` names it (whole, part, plan, result,
    share, earlier, item)."""

    start: int
    end: int
    role: str

    def shifted(self, offset: int) -> "Related":
        return Related(self.start + offset, self.end + offset, self.role)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "role": self.role}


@dataclass(frozen=True)
class Finding:
    """One problem a rule found, modelled on LanguageTool's RuleMatch.

    ``message`` says what is wrong and why, in Vietnamese; ``suggestion`` is the text that
    replaces ``text`` when the user accepts the fix (None when there is no safe fix).
    """

    code: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    related: tuple[Related, ...] = ()  # the whole, parts, plan … the finding was computed from

    def shifted(self, offset: int) -> "Finding":
        return Finding(self.code, self.severity, self.start + offset, self.end + offset, self.text, self.message,
                       self.suggestion, tuple(r.shifted(offset) for r in self.related))

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity that survives unrelated edits, used to remember ignored findings: the
        message names the figures involved ("62/80 = 77,5%"), so "10/20 (75,5%)" is another."""
        return (self.code, self.text, self.message)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "related": [r.to_json() for r in self.related],
        }
