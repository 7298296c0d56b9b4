"""Per-document memory kept outside the document: ignored findings and rules switched off.

Stored as a small JSON sidecar in the user data folder, so the user's report itself is never
touched. A sidecar is named after the file's absolute path and also records a hash of the
document's text: a file that was moved, renamed or copied is recognised by its content and
keeps its choices.

An ignore is either one occurrence ("Bỏ qua"), anchored to the finding's identity (rule,
text, message) and the text around it, or every occurrence of that finding ("Bỏ qua tất
cả"). An anchored ignore claims, among the findings with its identity, the one whose
surroundings agree best with what it remembers, so typing elsewhere, or even a word changed
next to it, leaves it on the same occurrence while a second, differently placed occurrence
of the same text stays visible.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..core.model import Finding
from . import paths
from .atomic import write_bytes_atomic

log = logging.getLogger(__name__)

CONTEXT = 40  # characters remembered on each side of an ignored occurrence
MIN_AGREEMENT = 6  # context characters that must still agree for an anchor to hold…
AGREEMENT_SHARE = 0.5  # …and at least this share of what was remembered


@dataclass(frozen=True)
class Ignore:
    """One user choice. ``before``/``after`` are None for "every occurrence"."""

    code: str
    text: str
    message: str
    before: str | None = None
    after: str | None = None

    @property
    def everywhere(self) -> bool:
        return self.before is None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.code, self.text, self.message)

    @classmethod
    def one(cls, finding: Finding, document: str) -> "Ignore":
        before = document[max(0, finding.start - CONTEXT):finding.start]
        after = document[finding.end:finding.end + CONTEXT]
        return cls(finding.code, finding.text, finding.message, before, after)

    @classmethod
    def all(cls, finding: Finding) -> "Ignore":
        return cls(finding.code, finding.text, finding.message)

    def agreement(self, finding: Finding, document: str) -> int:
        """How many remembered context characters still surround ``finding``."""
        before = document[max(0, finding.start - CONTEXT):finding.start]
        after = document[finding.end:finding.end + CONTEXT]
        return _common_suffix(before, self.before or "") + _common_prefix(after, self.after or "")

    def needed(self) -> int:
        """Agreement an occurrence needs to be this anchor's (less if little was remembered)."""
        remembered = len(self.before or "") + len(self.after or "")
        return min(remembered, max(MIN_AGREEMENT, int(remembered * AGREEMENT_SHARE)))

    def to_json(self) -> list:
        return [self.code, self.text, self.message, self.before, self.after]

    @classmethod
    def from_json(cls, raw) -> "Ignore | None":
        if not isinstance(raw, list) or len(raw) not in (3, 5):
            return None
        code, text, message = (str(part) for part in raw[:3])
        if len(raw) == 3 or raw[3] is None:  # older sidecars: by identity, everywhere
            return cls(code, text, message)
        return cls(code, text, message, str(raw[3]), str(raw[4] or ""))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


@dataclass
class DocState:
    ignores: list[Ignore] = field(default_factory=list)
    disabled_rules: set[str] = field(default_factory=set)

    def is_empty(self) -> bool:
        return not self.ignores and not self.disabled_rules

    def hidden(self, findings: Iterable[Finding], document: str) -> set[Finding]:
        """The findings the user's ignores cover in ``document``."""
        findings = list(findings)
        everywhere = {i.key for i in self.ignores if i.everywhere}
        hidden = {f for f in findings if f.key in everywhere}
        anchored = [i for i in self.ignores if not i.everywhere]
        if not anchored:
            return hidden
        by_key: dict[tuple[str, str, str], list[Finding]] = {}
        for finding in findings:
            by_key.setdefault(finding.key, []).append(finding)
        # Best agreements first, so two anchors on one text each keep their own occurrence;
        # an occurrence whose surroundings no longer agree is shown rather than guessed at
        # (the ignored one was deleted, and this is another place with the same text).
        candidates = sorted(((ignore.agreement(f, document), n, f) for n, ignore in enumerate(anchored)
                             for f in by_key.get(ignore.key, ())), key=lambda c: (-c[0], c[1], c[2].start))
        used_anchors: set[int] = set()
        for score, n, finding in candidates:
            if score < anchored[n].needed() or n in used_anchors or finding in hidden:
                continue
            used_anchors.add(n)
            hidden.add(finding)
        return hidden

    def visible(self, findings: Iterable[Finding], document: str) -> list[Finding]:
        findings = list(findings)
        hidden = self.hidden(findings, document)
        return [f for f in findings if f not in hidden]


def content_hash(text: str) -> str:
    """Hash of the document's text as the editor holds it (NFC), to find its state again."""
    return hashlib.sha1(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def _key(path: Path) -> str:
    normal = os.path.normcase(str(Path(path).resolve()))
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


def _sidecar(path: Path) -> Path:
    return paths.documents_dir() / f"{_key(path)}.json"


def _parse(raw: dict) -> DocState:
    ignores = [i for i in (Ignore.from_json(r) for r in raw.get("ignored", [])) if i is not None]
    disabled = {str(c) for c in raw.get("disabled_rules", [])}
    return DocState(list(dict.fromkeys(ignores)), disabled)


def _read(sidecar: Path) -> dict | None:
    try:
        raw = json.loads(sidecar.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        log.warning("document state unreadable: %s", err)
        return None
    return raw if isinstance(raw, dict) else None


def load_state(path: Path, text: str | None = None) -> DocState:
    """The remembered state of the document at ``path``, or of one with the same ``text``.

    The path wins; otherwise the most recently written sidecar whose recorded content hash
    matches (the file was moved, renamed or copied) is used. Empty when neither is known.
    """
    raw = _read(_sidecar(path))
    if raw is not None:
        return _parse(raw)
    if text is None or not text.strip():  # every empty file would share one state
        return DocState()
    wanted = content_hash(text)
    matches = []
    for sidecar in paths.documents_dir().glob("*.json"):
        raw = _read(sidecar)
        if raw is not None and raw.get("content") == wanted:
            matches.append((sidecar.stat().st_mtime, raw))
    if not matches:
        return DocState()
    return _parse(max(matches, key=lambda m: m[0])[1])


def save_state(path: Path, state: DocState, content: str | None = None) -> None:
    """Persist ``state`` for ``path`` and the ``content_hash`` of its text on disk.

    An empty state removes the sidecar; without ``content`` the hash already recorded stays.
    """
    sidecar = _sidecar(path)
    if state.is_empty():
        try:
            sidecar.unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            log.warning("could not remove document state: %s", err)
        return
    data = {
        "path": str(Path(path).resolve()),
        "ignored": [i.to_json() for i in state.ignores],
        "disabled_rules": sorted(state.disabled_rules),
    }
    if content is not None:
        data["content"] = content
    else:
        previous = _read(sidecar)
        if previous is not None and "content" in previous:
            data["content"] = previous["content"]
    try:
        write_bytes_atomic(sidecar, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), private=True)
    except OSError as err:
        log.warning("could not save document state: %s", err)
