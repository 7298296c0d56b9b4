"""The same quantity stated twice must have the same value ("bầu bổ sung 6 Ủy viên Ban Chấp
hành" … later "6 đồng chí Ủy viên Ban Chấp hành")."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from ..model import Entity, Severity
from ..numbers import format_vi
from ..resources import word_list
from .registry import DocumentContext, Issue, rule

_FILLERS = ("các đồng chí ", "đồng chí ")
_TARGET_BEFORE = re.compile(r"chỉ tiêu|kế hoạch|phấn đấu|mục tiêu|dự kiến|ít nhất|tối thiểu|không quá|tối đa", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"[^,;.()]{0,30}\b(?:trở lên|trở xuống)")


@rule("figure-inconsistent", severity=Severity.WARNING, title="Cùng một số liệu ghi khác nhau", scope="document")
def figure_inconsistent(ctx: DocumentContext) -> Iterator[Issue]:
    """Counts of one thing that disagree in one document. "One thing" is narrow on purpose:
    a unit naming a body ("Ủy viên Ban Thường vụ"), a stated total ("tổng số 27 đảng
    viên"), or the head count of one event ("kết nạp 26 đảng viên mới", "bầu bổ sung 3 đồng
    chí"). Plain counts of common nouns ("13 tổ chức cơ sở đảng", "50 tổ chức cơ sở đảng")
    are different groups; targets and counts of other periods are different quantities."""
    groups: dict[str, list[tuple[Entity, frozenset[str], int]]] = defaultdict(list)
    for paragraph, keyed in ctx.per_paragraph(_keyed_counts, with_entities=True):
        for figure, key, scope in keyed:
            groups[key].append((figure.shifted(paragraph.start), scope, paragraph.index + 1))
    for mentions in groups.values():
        first, first_scope, first_paragraph = mentions[0]
        for later, scope, _ in mentions[1:]:
            if first_scope and scope and first_scope != scope:
                continue  # "trong quý" and "lũy kế": two periods, two quantities
            if later.get("value") != first.get("value"):
                yield Issue(later.start, later.end,
                            f"“{_stated(later)}” khác với “{_stated(first)}” "
                            f"đã nêu trước đó (đoạn {first_paragraph}); cùng một số liệu phải ghi "
                            "thống nhất.", _restated(first, later))


def _keyed_counts(text: str, entities) -> tuple[tuple[Entity, str, frozenset[str]], ...]:
    """One paragraph's counts that name one thing, with their key and period scope
    (remembered per paragraph text, so a re-check reads only edited paragraphs)."""
    keyed = []
    for figure in entities:
        if figure.kind != "figure" or figure.get("type") not in ("count", "money"):
            continue
        sentence = _sentence_before(text, figure)
        if _TARGET_BEFORE.search(re.split(r"[;:,(]", sentence)[-1]) or _TARGET_AFTER.match(text, figure.end):
            continue  # a target, not a result
        key = _key(text, figure, sentence)
        if key:
            clause_after = re.split(r"[;:,.()]", text[figure.end:figure.end + 80])[0]
            keyed.append((figure, key, _scope(sentence + " " + clause_after)))
    return tuple(keyed)


def _key(text: str, figure: Entity, sentence: str) -> str | None:
    if figure.get("type") == "money":  # "đã giải ngân 1.049,3 tỷ đồng" … "vốn đã giải ngân 1.094,3 tỷ đồng"
        event = _event(sentence, "")
        return f"{event}: tiền" if event else None
    unit = figure.get("unit") or ""
    for filler in _FILLERS:
        if unit.lower().startswith(filler):
            unit = unit[len(filler):]
    words = unit.split()
    if re.search(r"tổng số\s*$", sentence.lower()) and words:
        return "tổng số " + " ".join(words).lower()
    capitalised = [w for w in words[1:] if w[0].isupper()]
    if len(words) >= 3 and words[0][0].isupper() and capitalised:
        return " ".join(words[:5]).lower()
    event = _event(sentence, text[figure.end:figure.end + 60])
    if event:
        return f"{event}: {' '.join(words[:3]).lower() or 'đồng chí'}"
    return None


def _event(before: str, after: str) -> str | None:
    """The event a count is the head count of: named just before it in its clause, or just
    after it ("4 đồng chí vừa được bầu bổ sung")."""
    clause_before = re.split(r"[;:,(]", before)[-1].lower()
    clause_after = re.split(r"[;:,.()]", after)[0].lower()
    for event in word_list("count_events"):
        if clause_before.rstrip().endswith(event.lower()) or f" {event.lower()}" in clause_after:
            return event.lower()
    return None


def _sentence_before(text: str, figure: Entity) -> str:
    """The sentence up to the figure, at most 200 characters back (a long run of figures in
    one sentence would otherwise be re-read for each)."""
    window = max(0, figure.start - 200)
    start = max(text.rfind(". ", window, figure.start), text.rfind("\n", window, figure.start),
                text.rfind(";", window, figure.start), window - 1)
    return text[start + 1:figure.start]


def _scope(sentence: str) -> frozenset[str]:
    lower = sentence.lower()
    found = {s for s in word_list("count_scopes") if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", lower)}
    found |= set(re.findall(r"(?:năm|quý|tháng)\s+[\divx]+(?:/\d{4})?", lower))
    return frozenset(found)


def _stated(figure: Entity) -> str:
    return f"{figure.text} {figure.get('unit')}" if figure.get("type") == "count" else figure.text


def _restated(first: Entity, later: Entity) -> str:
    """The earlier value, written the way the later mention writes its own."""
    if first.get("type") == "money":
        return first.text
    return _same_style(format_vi(first.get("value"), first.get("decimals") or 0), later.text)


def _same_style(value: str, written: str) -> str:
    """Keep the writer's zero padding ("02" stays two digits)."""
    return value.zfill(len(written)) if written.startswith("0") else value
