"""Checks against the user's Danh bạ cán bộ (roster.py), passed in as ``Analyzer.roster``.
Both are silent while the roster is empty.

roster-former-title: a person of the roster written with a title the roster gives them only
for a period that ended before the document's date (its date line; today without one) — a
former title written as current. Fix: "nguyên" + the roster's form of that title.

roster-name-near-miss: a name one slip away from a roster name ("Nguyễn Văn Thê" for "Nguyễn
Văn Thể", "Ngyễn Văn Thể"), flagged only when exactly one roster name is that close. Close
means: the same number of syllables, and each syllable that differs either differs only in
its accents or is not a Vietnamese syllable at all; a real, different syllable ("Văn An" /
"Văn Anh") is another person. Thủy, Thúy and Thùy are three names: "Thuy" written without
accents, folding to several roster names, is left alone. Fix: the roster's form.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from ..model import Severity
from ..roster import Person, folded, name_key
from ..vietnamese import is_syllable
from .dates import document_date
from .names import _mentions
from .registry import DocumentContext, Example, Issue, rule

# The roster the examples below run with (tests/checks/test_rule_examples.py passes it).
EXAMPLE_ROSTER = (
    Person("Nguyễn Văn Thể", ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương"),
           valid_from="2020-10-01"),
    Person("Nguyễn Thị Thủy", ("Bí thư Chi bộ",), "Chi bộ Tổ dân phố 5", "2020-01-01", "2025-06-30"),
    Person("Nguyễn Thị Thủy", ("Chủ tịch Ủy ban Mặt trận Tổ quốc phường",), "", "2025-07-01"),
    Person("Nguyễn Thị Thúy", ("Kế toán",)),
    Person("Lê Văn Anh", ("Trưởng thôn",)),
)

_DATE = "Hà Nội, ngày 15 tháng 3 năm 2026\n"
_CUTOFF = 90  # rapidfuzz ratio on accent-folded names, for names with a misspelt syllable


@dataclass(frozen=True)
class _Index:
    by_key: dict[str, tuple[Person, ...]]  # name_key → the person's entries
    by_fold: dict[str, tuple[str, ...]]  # folded name → the distinct names (roster forms) folding to it
    folds: tuple[str, ...]  # the folded names, for fuzzy lookup


_cache: dict[int, tuple[tuple, _Index]] = {}


def _index(roster: tuple) -> _Index:
    """Built once per roster snapshot (the engine keeps the same tuple until the roster changes)."""
    cached = _cache.get(id(roster))
    if cached is not None and cached[0] is roster:
        return cached[1]
    by_key: dict[str, list[Person]] = defaultdict(list)
    names_by_fold: dict[str, dict[str, str]] = defaultdict(dict)
    for person in roster:
        by_key[person.key].append(person)
        names_by_fold[folded(person.name)].setdefault(person.key, person.name)
    index = _Index({k: tuple(v) for k, v in by_key.items()},
                   {f: tuple(names.values()) for f, names in names_by_fold.items()}, tuple(names_by_fold))
    _cache.clear()
    _cache[id(roster)] = (roster, index)
    return index


def _matches(written: str, title: str) -> bool:
    """A title as written is the roster's title, or a shortening of it (whole words)."""
    a, b = name_key(written).split(), name_key(title).split()
    return bool(a) and a == b[:len(a)]


@rule("roster-former-title", severity=Severity.WARNING, title="Chức vụ cũ ghi như chức vụ hiện tại (theo danh bạ)",
      scope="document", examples=(
          Example(_DATE + "Đồng chí Nguyễn Thị Thủy, Bí thư Chi bộ, phát biểu ý kiến.", "Bí thư Chi bộ",
                  "nguyên Bí thư Chi bộ"),
          Example(_DATE + "Đồng chí Nguyễn Thị Thủy, nguyên Bí thư Chi bộ, phát biểu ý kiến."),
          Example(_DATE + "Đồng chí Nguyễn Thị Thủy, Chủ tịch Ủy ban Mặt trận Tổ quốc phường, phát biểu."),
          Example("Hà Nội, ngày 15 tháng 3 năm 2025\nĐồng chí Nguyễn Thị Thủy, Bí thư Chi bộ, phát biểu ý kiến."),
          Example("- Thời gian: 14 giờ, ngày 05 tháng 10 năm 2024.\n"  # a biên bản: its date is in Thời gian
                  "- Chủ trì: đồng chí Nguyễn Thị Thủy, Bí thư Chi bộ."),
          Example("- Thời gian: 14 giờ, ngày 05 tháng 10 năm 2025.\n"
                  "- Chủ trì: đồng chí Nguyễn Thị Thủy, Bí thư Chi bộ.", "Bí thư Chi bộ", "nguyên Bí thư Chi bộ"),
          Example(_DATE + "Đồng chí Nguyễn Thị Thúy, Bí thư Chi bộ, phát biểu ý kiến."),  # not the same person
      ))
def roster_former_title(ctx: DocumentContext) -> Iterator[Issue]:
    if not ctx.roster:
        return
    index = _index(ctx.roster)
    day = _document_day(ctx)
    for entity in ctx.of_kind("official"):
        entries = index.by_key.get(name_key(entity.get("name") or ""))
        if not entries or entity.get("former"):
            continue
        current = [p for p in entries if p.valid_on(day)]
        past = [p for p in entries if p.ended_before(day)]
        for written in entity.get("titles") or ():
            if any(_matches(written, t) for p in current for t in p.titles):
                continue
            held = next((t for p in past for t in p.titles if _matches(written, t)), None)
            at = entity.text.find(written)
            if held is None or at < 0:
                continue
            before = entity.text[:at].rstrip().lower()
            if before.endswith("nguyên") or before.endswith("nguyên là"):
                continue
            now = "; ".join(t for p in current for t in p.titles)
            ended = max(p.valid_to for p in past if held in p.titles)
            message = (f"Theo danh bạ cán bộ, {entity.get('name')} giữ chức “{held}” đến ngày "
                       f"{_vn_date(ended)}" + (f"; nay là {now}." if now else "."))
            start = entity.start + at
            yield Issue(start, start + len(written), message, f"nguyên {held}")


_TOP = 20  # a biên bản's date is in "Thời gian", a few lines under the header


def _document_day(ctx: DocumentContext) -> dt.date:
    """The date line's; else (a biên bản has none) the first full date near the top; else today."""
    own = document_date(ctx)
    if own is not None:
        return own
    top = ctx.paragraphs[min(_TOP, len(ctx.paragraphs)) - 1].end if ctx.paragraphs else 0
    for entity in ctx.of_kind("figure", "date"):
        if entity.start < top and entity.get("year") and entity.get("month") and entity.get("day"):
            try:
                return dt.date(entity.get("year"), entity.get("month"), entity.get("day"))
            except (TypeError, ValueError):
                continue
    return dt.date.today()


def _vn_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _close(written: str, known: str) -> bool:
    """Each differing syllable differs only in accents, or is no Vietnamese syllable."""
    a, b = written.split(), known.split()
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b) if name_key(x) != name_key(y)]
    return bool(differ) and all(folded(x) == folded(y) or not is_syllable(x.lower()) for x, y in differ)


@rule("roster-name-near-miss", severity=Severity.WARNING, title="Tên gần giống một người trong danh bạ",
      scope="document", examples=(
          Example("Đồng chí Nguyễn Văn Thê phát biểu chỉ đạo hội nghị.", "Nguyễn Văn Thê", "Nguyễn Văn Thể"),
          Example("Đồng chí Ngyễn Văn Thể phát biểu chỉ đạo hội nghị.", "Ngyễn Văn Thể", "Nguyễn Văn Thể"),
          Example("Đồng chí Nguyễn Văn Thể phát biểu chỉ đạo hội nghị."),
          Example("Đồng chí Nguyễn Thị Thuỳ báo cáo kết quả."),  # Thủy in the other tone style
          Example("Đồng chí Nguyễn Thị Thuy báo cáo kết quả."),  # folds to Thủy and Thúy: left alone
          Example("Đồng chí Lê Văn An phát biểu ý kiến."),  # An is a name of its own, not a slip of Anh
      ))
def roster_name_near_miss(ctx: DocumentContext) -> Iterator[Issue]:
    if not ctx.roster:
        return
    index = _index(ctx.roster)
    for start, end, name in _mentions(ctx):
        if name_key(name) in index.by_key:
            continue
        key = folded(name)
        candidates = set(index.by_fold.get(key, ()))
        if not candidates:
            # imported on the first use: ~8 ms that a check without a roster never pays
            from rapidfuzz import fuzz, process

            for _, score, at in process.extract(key, index.folds, scorer=fuzz.ratio, score_cutoff=_CUTOFF, limit=3):
                candidates.update(index.by_fold[index.folds[at]])
        close = [known for known in candidates if _close(name, known)]
        if len(candidates) == 1 and len(close) == 1:
            yield Issue(start, end, f"Danh bạ cán bộ ghi “{close[0]}”: kiểm tra lại tên này.", close[0])
