"""Detectors: find entities in one paragraph; link them across the document."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, count, repeat
from operator import attrgetter, is_not

from ..model import Entity
from ..reading import Reading
from ..text import to_old_tone_style
from .figures import detect_figures
from .officials import detect_officials
from .organizations import detect_organizations
from .phrases import lexicon
from .targets import detect_targets


def detect_paragraph(reading: Reading) -> list[Entity]:
    """Every entity in one paragraph, offsets relative to the paragraph."""
    text, tokens = reading.text, reading.tokens
    people = detect_officials(text, tokens)
    figures = detect_figures(text, reading.number_starts)
    organizations = detect_organizations(text, [(e.start, e.end) for e in people], tokens)
    targets = detect_targets(text, figures, reading.sentences)
    return people + organizations + figures + targets


def link_document(text: str, entities: list[Entity]) -> list[Entity]:
    """Decide which person mentions are officials and count each official's mentions.

    A titled mention makes a person an official; an untitled mention ("đồng chí Nguyễn
    Văn Thể", or the bare name) counts for the official of the same name (compared without
    tone marks, so a misspelt mention still links and the names rule can flag it).
    Other people named as "đồng chí …" (members speaking or absent in minutes) stay
    "person"; untitled names with no such word are dropped: bylines, photo credits.
    """
    # Only the people are read: the figures, bodies, targets and tasks (most of a report's entities) pass through,
    # and a re-check links every entity of the document again.
    kinds = list(map(_KIND, entities))
    people = list(compress(count(), map(_PEOPLE.__contains__, kinds)))
    linked: list[Entity | None] = list(entities)
    for i in people:
        if kinds[i] == "person":
            linked[i] = _signed(text, entities[i])
    officials = [e for e in map(linked.__getitem__, people) if e.kind == "official"]
    titled = {e.get("person_id") for e in officials}
    # A former official stays former in the mentions that repeat only the name.
    current = {e.get("person_id") for e in officials if not e.get("former")}
    dropped = False
    for i in people:
        entity = linked[i]
        if entity.kind == "person":
            if entity.get("person_id") in titled:
                data = entity.data if entity.get("person_id") in current else {**entity.data, "former": True}
                linked[i] = Entity("official", entity.start, entity.end, entity.text, data)
            elif not entity.get("prefixed"):
                linked[i], dropped = None, True
    officials = [i for i in people if linked[i] is not None and linked[i].kind == "official"]
    mentions = Counter(linked[i].get("person_id") for i in officials)
    for i in officials:
        e = linked[i]
        linked[i] = Entity(e.kind, e.start, e.end, e.text, {**e.data, "mentions": mentions[e.get("person_id")]})
    return list(compress(linked, map(is_not, linked, repeat(None)))) if dropped else linked


_KIND = attrgetter("kind")
_PEOPLE = frozenset(("person", "official"))


# "(Đã ký)", "(ký, ghi rõ họ tên)", "(ký tên, đóng dấu)", "(Ký và ghi rõ họ tên)"
_SIGNATURE_NOTES = re.compile(r"^\(?\s*(đã ký|ký)(?:\s*(?:,|và)?\s*(?:tên|ghi rõ họ tên|ghi rõ họ và tên|đóng dấu))*\s*\)?$",
                              re.IGNORECASE)
_CELL = re.compile(r"\S+(?: \S+)*")  # signature blocks set columns apart with runs of spaces or tabs
_MEETING_ROLES = {to_old_tone_style(r) for r in ("thư ký", "chủ tọa", "chủ toạ", "chủ trì", "người ghi biên bản")}


def _signed(text: str, person: Entity) -> Entity:
    """A name alone in its line or column under a capitalised office ("PHÓ BÍ THƯ", maybe
    "(Đã ký)" between) is a signer of the document: an official with that title. Side-by-side
    blocks ("THƯ KÝ      CHỦ TRÌ" over two names) are read column by column. A meeting role
    (CHỦ TRÌ, THƯ KÝ, NGƯỜI GHI BIÊN BẢN) is the signer's caption: it names no body, so it never
    clashes with the office written in the text (title-inconsistent)."""
    line_start = text.rfind("\n", 0, person.start) + 1
    line_end = text.find("\n", person.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    caption = _caption_before(line[:person.start - line_start])
    if caption:
        return Entity("official", person.start, person.end, person.text, {**person.data, "titles": [caption]})
    own = _CELL.match(line, person.start - line_start)
    if own is None or own.group() != person.text:
        return person  # not a cell of its own (the cells of a long line are not listed for each name)
    cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
    column = next((k for k, (start, cell) in enumerate(cells)
                   if cell == person.text and line_start + start == person.start), None)
    if column is None:
        return person
    left = len(line[:cells[column][0]].expandtabs())
    span = (left, left + len(person.text))
    for above in reversed(text[:line_start].split("\n")[-6:]):
        above_cells = [m.group() for m in _CELL.finditer(above)]
        if not above_cells or all(_SIGNATURE_NOTES.match(c) for c in above_cells):
            continue
        if len(above_cells) == len(cells):
            cell = above_cells[column]
        else:
            # Columns of unequal height ("NGƯỜI GHI BIÊN BẢN   T/M BAN CHẤP HÀNH" over a lone
            # "BÍ THƯ"): the cell written over the name's own columns.
            cell = _cell_over(above, span)
            if cell is None or _SIGNATURE_NOTES.match(cell):
                continue
        title = _title_line(cell)
        if title:
            return Entity("official", person.start, person.end, person.text, {**person.data, "titles": [title]})
        break
    return person


_CELL_MARKS = ("|", "-", "–", ":")
_CELL_BREAK = re.compile(r"\s*\|\s*|\t+| {2,}| [-–] |: |\)|;\s*")


def _caption_before(before: str) -> str | None:
    """A signer's caption set on the name's own line, one cell to its left: a block pasted as one
    line ("KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | (ký, đóng dấu) | Lò Thị Hương", "T/M ĐẢNG ỦY⇥BÍ THƯ⇥(Đã
    ký)⇥Hầu A Lềnh", "THƯ KÝ: A      CHỦ TRÌ: B", "NGƯỜI GHI BIÊN BẢN (Ký, ghi rõ họ tên) C").
    The cell must be a title or a meeting role in capitals; T/M, KT. lines are authorities, not
    captions. None when there is no such cell."""
    rest = before.rstrip()
    parted = rest != before and ("\t" in before[len(rest):] or "  " in before[len(rest):])
    while rest:
        if rest[-1] in _CELL_MARKS:
            rest, parted = rest[:-1].rstrip(), True
        elif rest[-1] == ")" and "(" in rest and _SIGNATURE_NOTES.match(rest[rest.rfind("("):]):
            rest, parted = rest[:rest.rfind("(")].rstrip(), True
        else:
            break
    if not parted or not rest:
        return None
    cell = _CELL_BREAK.split(rest)[-1].strip()
    return _title_line(cell) if cell and cell.isupper() else None


def _cell_over(line: str, span: tuple[int, int]) -> str | None:
    """The cell of ``line`` overlapping the columns ``span`` most (tabs expanded), if any."""
    line = line.expandtabs()
    best, cell = 0, None
    for m in _CELL.finditer(line):
        overlap = min(m.end(), span[1]) - max(m.start(), span[0])
        if overlap > best:
            best, cell = overlap, m.group()
    return cell


def _title_line(line: str) -> str | None:
    """The lexicon title a signature line spells in capitals ("PHÓ BÍ THƯ" → "Phó Bí thư")."""
    if not line.isupper():
        return None
    key = tuple(to_old_tone_style(w) for w in line.lower().split())
    if " ".join(key) in _MEETING_ROLES:
        return line.capitalize()  # "CHỦ TRÌ": the signer's role at the meeting is their caption
    return lexicon("titles").get(key)
