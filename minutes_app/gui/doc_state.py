"""Per-document memory kept outside the document: ignored findings and rules switched off.

Stored as a small JSON sidecar in the user data folder, keyed by the file's absolute path,
so the user's report itself is never touched. Ignores are remembered by ``Finding.key``
(code, text), which survives edits elsewhere in the document.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .atomic import write_bytes_atomic

log = logging.getLogger(__name__)


@dataclass
class DocState:
    ignored: set[tuple[str, str, str]] = field(default_factory=set)
    disabled_rules: set[str] = field(default_factory=set)

    def is_empty(self) -> bool:
        return not self.ignored and not self.disabled_rules


def _key(path: Path) -> str:
    normal = os.path.normcase(str(Path(path).resolve()))
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


def _sidecar(path: Path) -> Path:
    return paths.documents_dir() / f"{_key(path)}.json"


def load_state(path: Path) -> DocState:
    """The remembered state of the document at ``path`` (empty when none)."""
    try:
        raw = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DocState()
    except (OSError, ValueError) as err:
        log.warning("document state unreadable: %s", err)
        return DocState()
    ignored = {tuple(str(part) for part in key) for key in raw.get("ignored", [])
               if isinstance(key, list) and len(key) == 3}
    disabled = {str(c) for c in raw.get("disabled_rules", [])}
    return DocState(ignored, disabled)


def save_state(path: Path, state: DocState) -> None:
    """Persist ``state`` for ``path``; an empty state removes the sidecar."""
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
        "ignored": sorted([list(k) for k in state.ignored]),
        "disabled_rules": sorted(state.disabled_rules),
    }
    try:
        write_bytes_atomic(sidecar, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), private=True)
    except OSError as err:
        log.warning("could not save document state: %s", err)
