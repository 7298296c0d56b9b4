"""The absentees of an attendance block, each with the reason written beside the name.

The absence clause ("Vắng: …", "vắng 2 đồng chí …", "vắng mặt có lý do: …") runs to the end of its
sentence, or over the bulleted lines after a "Vắng:" that ends its line. Inside it every person
(a name after đồng chí / đ/c / ông / bà, or two or more capitalised words opening with a known
surname) opens an item that runs to the next person; the item's reason is what follows the name:

- a bracket "(ốm)", unless the bracket holds the whole list ("vắng 2 (đồng chí A — ốm, đồng chí B …)");
- after a dash or a colon: "A — ốm", "A - đi công tác", "A: đi học";
- "lý do: …", "vì …", "do …";
- after the position ("A, Phó Trưởng phòng, đi học"): the first comma piece in lower case, or what follows a dash
  after it ("A, Chi cục trưởng – bận họp tại UBND tỉnh").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import alternation, word_pairs, word_set

_LABEL = re.compile(r"(?<!\w)(?:vắng(?:\s+mặt)?|không\s+có\s+mặt)(?!\w)(?!\s+(?:sinh hoạt|họp)\s+\d)", re.IGNORECASE)
_HONORIFIC = re.compile(r"(?:đồng\s+chí|đ/c|đ\.c|ông|bà)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w']*")
_SENTENCE_END = re.compile(r"\.(?=\s+[^\W\d_]*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])|\n")
_NOT_NAME = ("Phó", "Trưởng", "Bí", "Chủ", "Ủy", "Uỷ", "Giám", "Chánh", "Chi", "Đảng", "Ban", "Hội", "Tổ", "Văn",
             "Trung", "Nhà", "Trường", "Cán", "Chuyên", "Kế", "Thủ", "Phòng", "Sở", "Bộ", "Đoàn", "Thư", "Lý", "Do",
             "Có", "Không", "Đi", "Nghỉ", "Ốm", "Bận")
# "có lý do" says only that a reason was given: no reason itself
_STATUS = re.compile(r"^\s*(?:đều\s+)?có\s+l[ýí]\s+do\s*[:.]?\s*$", re.IGNORECASE)
# "không lý do", "không có lý do", "không rõ lý do": the absence unexcused, itself the reason the minutes state
_UNEXCUSED = re.compile(r"(?<!\w)không\s+(?:có\s+|rõ\s+)?l[ýí]\s+do(?!\w)", re.IGNORECASE)
_REASON_LEAD = re.compile(r"^\s*(?:[-–—:]+\s*)?(?:l[ýí]\s+do\s*:?\s*|vì\s+|do\s+)?", re.IGNORECASE)


_HONORIFIC_LINE = re.compile(r"\s*(?:Đồng chí|Đ/c|Ông|Bà)\s+[A-ZĐÀ-Ỹ]")
# "Vắng: 02 đồng chí." then one bulleted line per person: the count alone opens the list
_COUNT_ONLY = re.compile(r"\s*:?\s*\d+\s*(?:đồng chí|đảng viên|đ/c|người|đại biểu)?\s*(?:,\s*)?(?:đều\s+)?(?:có lý do|cụ thể|gồm)?"
                         r"\s*[:.]?", re.IGNORECASE)
# what a bracket after a name may tell of the person rather than why they are absent: "(chính thức)", "(dự bị)"
_STATUS_NOTE = re.compile(r"\s*(?:đảng viên\s+)?(?:chính thức|dự bị)\s*", re.IGNORECASE)


# "…, vắng 2 đồng chí có lý do; mời dự có đồng chí A": the guests after the absence clause are no absentees
# (resources/guests.txt: the words naming an invited person or telling who came as a guest)
GUESTS = re.compile(r"[;,]\s*(?:" + alternation(w for w, kind in word_pairs("guests") if kind in ("invited", "attending"))
                    + r")\b", re.IGNORECASE)


def absence_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each absence clause of the block ``start``-``end`` (document offsets)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    clauses = []
    for label in _LABEL.finditer(text, line_start, line_end):
        if clauses and label.start() < clauses[-1][1]:
            continue
        stop = _SENTENCE_END.search(text, label.end(), len(text))
        clause_end = stop.start() if stop else len(text)
        guests = GUESTS.search(text, label.end(), clause_end)
        clause_end = guests.start() if guests else clause_end
        opened = text[line_start:label.start()]
        if opened.count("(") > opened.count(")"):  # "(đồng chí A vắng, đi học); mời dự có …": the bracket bounds it
            close = text.find(")", label.end(), clause_end)
            clause_end = close if close >= 0 else clause_end
        said = text[label.end():clause_end].rstrip()
        if (said.endswith(":") or _COUNT_ONLY.fullmatch(said)) and clause_end < len(text) and text[clause_end] == "\n":
            cursor = clause_end + 1  # "Vắng:" then "- đồng chí A (ốm)" lines
            table = False
            while cursor < len(text):
                nl = text.find("\n", cursor)
                nl = len(text) if nl < 0 else nl
                row = text[cursor:nl]
                table = table or (cursor == clause_end + 1 and bool(_TABLE_HEAD.search(row)))
                if not (re.match(r"\s*(?:[-–—+•*]|\d+[.)]|[a-zđ]\))\s*", row) or table and _CELL.search(row)
                        or said.endswith(":") and _HONORIFIC_LINE.match(row)):  # "Đồng chí A, lý do: ốm" lines
                    break
                clause_end, cursor = nl, nl + 1
        clauses.append((label.end(), clause_end))
    return clauses


# "TT | Họ và tên | Chức vụ | Lý do vắng": the absentees in a table under the absence line
_TABLE_HEAD = re.compile(r"(?:^|\||\t)\s*(?:Họ và tên|Họ tên|Họ, tên)\s*(?:\||\t)", re.IGNORECASE)
_CELL = re.compile(r"\s*\|\s*|\t+")


def _table(text: str, a: int, b: int) -> list[tuple[tuple[str, int, int], tuple[str, int, int] | None]] | None:
    """The rows of an absentee table in text[a:b]: the name cell, and the reason cell where the header names one.
    A roll of everyone invited, its note column saying "Có mặt" or "Vắng - nghỉ ốm" row by row, names as absent
    only the rows marked absent, each with what follows the mark as its reason."""
    rows = _table_rows(text, a, b)
    if rows is None:
        return None
    roll = any(note and _PRESENT_NOTE.fullmatch(note[0]) for _, _, note in rows)
    found = []
    for name, reason, note in rows:
        if roll:
            marked = _ABSENT_NOTE.match(note[0]) if note else None
            if marked is None:
                continue
            told = note[0][marked.end():].strip()
            told = told[:-1].rstrip() if told.endswith(")") and "(" not in told else told  # "Vắng (ốm)"
            at = note[1] + note[0].find(told, marked.end()) if told else None
            reason = reason or ((told, at, at + len(told)) if told else None)
        found.append((name, reason))
    return found


# the note a roll writes beside each person: present, or absent with the reason after the mark
_PRESENT_NOTE = re.compile(r"\s*có\s+mặt\s*\.?\s*", re.IGNORECASE)
_ABSENT_NOTE = re.compile(r"\s*vắng(?:\s+mặt)?(?:\s*(?:có\s+lý\s+do)?\s*[-–—:,(]\s*|\s+(?=[^\W\d_])|\s*$)", re.IGNORECASE)


def _table_rows(text: str, a: int, b: int):
    """(name, reason, note) of each row of a table of people in text[a:b], the reason where the header names a
    column of reasons and the note where it names one of notes ("Ghi chú", "Tình hình dự họp")."""
    found, name_col, reason_col, note_col = [], None, None, None
    position = a
    for row in text[a:b].split("\n"):
        row_start, position = position, position + len(row) + 1
        if not _CELL.search(row):
            continue
        cells, at = [], 0
        for piece in _CELL.split(row):
            at = row.find(piece, at) if piece else at
            cells.append((piece.strip(), row_start + at + len(piece) - len(piece.lstrip())))
            at += len(piece)
        cells = [c for c in cells if c[0] or c is not cells[0]] if cells and not cells[0][0] else cells
        if name_col is None:
            heads = [c[0].lower() for c in cells]
            name_col = next((i for i, h in enumerate(heads) if re.match(r"họ(?: và|,)? tên", h)), None)
            reason_col = next((i for i, h in enumerate(heads) if "lý do" in h), None)
            note_col = next((i for i, h in enumerate(heads) if re.match(r"ghi chú|tình hình|có mặt|dự họp|điểm danh", h)),
                            None)
            if name_col is None:
                return None
            continue
        if name_col >= len(cells) or not re.fullmatch(r"(?:[A-ZĐÀ-Ỹ][\w']*\s+){1,4}[A-ZĐÀ-Ỹ][\w']*", cells[name_col][0]):
            continue
        name, at = cells[name_col]
        reason = cells[reason_col] if reason_col is not None and reason_col < len(cells) and cells[reason_col][0] else None
        note = cells[note_col] if note_col is not None and note_col < len(cells) and cells[note_col][0] else None
        found.append(((name, at, at + len(name)), (reason[0], reason[1], reason[1] + len(reason[0])) if reason else None,
                      note))
    return found if name_col is not None else None


# "Đồng chí A xin phép vắng", "đ/c B báo vắng", "ông C vắng mặt", "các đồng chí D và E vắng": people, then the label
_PERSON_WORDS = r"(?:[A-ZĐÀ-Ỹ][\w']*\s+){1,4}[A-ZĐÀ-Ỹ][\w']*"
_TITLE = r"(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)"
_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:" + _TITLE + r"\s+)?")
_NAMED_BEFORE = re.compile(_TITLE + r"\s+(?P<name>" + _PERSON_WORDS + r"(?:" + _JOINT.pattern + _PERSON_WORDS + r")*)\s+"
                           r"(?:đã\s+|có\s+|cùng\s+|đều\s+)?(?:xin\s+phép\s+|xin\s+|báo\s+)?(?:vắng(?:\s+mặt)?|không\s+có\s+mặt)\s*$")


def read_absentees(text: str, start: int, end: int) -> list[tuple[tuple[str, int, int], tuple[str, int, int] | None]]:
    """((name, start, end), (reason, start, end) or None) for each person named absent."""
    found = []
    for a, b in absence_clauses(text, start, end):
        if _TABLE_HEAD.search(text, a, b):
            rows = _table(text, text.find("\n", a, b) + 1, b)
            if rows is not None:
                found.extend(rows)
                continue
        people = _people(text[a:b])
        # (a body after a person's bracketed reason opens an item of its own: "…, ông A - Chủ tịch UBND xã B (bận
        # tiếp đoàn), Công ty TNHH C (không báo)")
        bodies = tuple(o for o in _bodies(text[a:b]) if not any(
            p[3] <= o[1] < _item_end(people, k, b - a) and not re.search(r"\)\s*[,;]\s*$", text[a + p[2]:a + o[3]])
            for k, p in enumerate(people)))
        if bodies:  # "vắng: đại diện Công an tỉnh (có lý do), Phòng Nghiệp vụ Y": a state meeting's absent bodies
            people = tuple(sorted(people + bodies, key=lambda p: p[1]))
        if not people:
            before = _NAMED_BEFORE.search(text, text.rfind("\n", 0, a) + 1, a)
            if before:  # "Đồng chí Tống Văn Lực xin phép vắng vì đi khám bệnh": the person named before the label
                reason = _reason(text[a:b], 0, b - a)  # (one reason for all: "các đồng chí A và B vắng vì …")
                at = before.start("name")
                for piece in _JOINT.split(before["name"]):
                    at = text.index(piece, at)
                    found.append(((piece, at, at + len(piece)), (reason[0], a + reason[1], a + reason[2]) if reason else None))
                    at += len(piece)
                continue
        told = 0  # where the clause's text read so far ends: a person's name or own reason
        for k, (name, s, e, opening) in enumerate(people):
            item_end = _item_end(people, k, b - a)
            reason = _reason(text[a:b], e, item_end)
            unexcused = None if reason else list(_UNEXCUSED.finditer(text, a + told, a + opening))
            if unexcused:  # "Vắng không lý do: đ/c A", "…; không lý do 01: đ/c B": the group's heading says it
                reason = (unexcused[-1][0], unexcused[-1].start() - a, unexcused[-1].end() - a)
            told = max(e, reason[2] if reason else e)
            found.append(((name, a + s, a + e), (reason[0], a + reason[1], a + reason[2]) if reason else None))
    return found


def _item_end(people, k: int, end: int) -> int:
    return people[k + 1][3] if k + 1 < len(people) else end


# a body invited to a state meeting, named where an item of the absence list opens
_BODY = re.compile(r"(?:^|(?<=[:;,(])|(?<=\bvà)|(?<=\bgồm))\s*(?P<open>(?:đại diện|Đại diện)\s+(?:lãnh đạo\s+)?)?"
                   r"(?P<body>(?P<noun>Công an|Phòng|Sở|Ban|Bệnh viện|Trung tâm|UBND|Ủy ban|Uỷ ban|Chi cục|Văn phòng|Trạm|"
                   r"Hạt|Kho bạc|Ngân hàng|Cục|Chi nhánh|Công ty|Hội|Đoàn|Trường|Đài|Báo|BHXH|Bảo hiểm xã hội|Điện lực)"
                   r"\s[^,;()\n.:]{2,60}?)(?=\s*(?:[,;()\n.:]|$|\s(?:và|có|không|do|vì|đi|bận)\s|\s[-–—]\s))")


@lru_cache(maxsize=4096)
def _bodies(clause: str) -> tuple[tuple[str, int, int, int], ...]:
    """(name, start, end, start of the item) of each body the absence clause names as absent."""
    found = []
    for match in _BODY.finditer(clause):
        body = match["body"].rstrip()
        second = (body[len(match["noun"]):].split() or [""])[0]
        if not (second[:1].isupper() or second in ("tỉnh", "xã", "phường", "thành", "huyện", "khu", "đặc")):
            continue  # "Hội trưởng Hội Phụ nữ", "Ban chỉ huy": a title or a common noun, no body's name
        if re.search(r"\d", body) and not re.search(r"\b(?:số|khu vực)\s+\d", body, re.IGNORECASE):
            continue
        found.append((body, match.start("body"), match.start("body") + len(body), match.start("open") if match["open"]
                      else match.start("body")))
    return tuple(found)


@lru_cache(maxsize=4096)
def _people(clause: str) -> tuple[tuple[str, int, int, int], ...]:
    """(name, start, end, start of its honorific) of each person in the clause."""
    surnames = word_set("surnames", lower=False)
    middle_names = word_set("middle_names", lower=False)
    words = list(_WORD.finditer(clause))
    people = []
    i = 0
    while i < len(words):
        run = [words[i]]
        while run[-1].group()[0].isupper() and i + len(run) < len(words) and \
                clause[run[-1].end():words[i + len(run)].start()] == " " and words[i + len(run)].group()[0].isupper():
            run.append(words[i + len(run)])
        if not run[0].group()[0].isupper() or len(run) < 2 or len(run) > 6:
            i += len(run)
            continue
        titled = run[0].group() in ("Ông", "Bà") and len(run) >= 3  # "- Ông Đặng Hữu Nghĩa, …": the honorific opens the line
        if titled:
            run = run[1:]
            i += 1
        honorific = _HONORIFIC.search(clause, 0, run[0].start())
        first = run[0].group()
        # ("gồm các đại biểu Nguyễn Văn A (ốm), …": the noun of those counted before the first name opens it too)
        opens_item = re.search(r"(?:^|[:;,(\n]|[-–—+•]|\bvà|\bgồm|\blà)(?:\s+các)?(?:\s+(?:đại biểu|ủy viên|uỷ viên|đảng viên))?"
                               r"\s*$", clause[:run[0].start()]) or (
            # "(Phó Bí thư Lê Văn Cường đi học)": a name after the title it holds
            # "(Bí thư Chi đoàn Lê Văn Cường - đi công tác)": after the title of a body's post too
            re.search(r"(?:\b[Tt]hư|\b[Vv]iên|\b[Tt]rưởng|\b[Tt]ịch|\bChi (?:đoàn|hội|bộ))\s$", clause[:run[0].start()])
            and len(run) >= 2)
        named = first not in _NOT_NAME or len(run) >= 3 and run[1].group() in ("Văn", "Thị")  # "Đoàn Văn Khoa", not "Đoàn Thanh niên"
        # a family name no list holds, its middle syllable a tên đệm ("Tao Văn Xuân", "Vừ Thị Dợ") among the items
        middle = len(run) >= 3 and first not in _NOT_NAME and run[1].group() in middle_names
        if honorific or ((first in surnames or middle) and named and opens_item):
            opening = honorific.start() if honorific else run[0].start()
            people.append((clause[run[0].start():run[-1].end()], run[0].start(), run[-1].end(), opening))
        i += len(run)
    return tuple(people)


def _reason(clause: str, at: int, end: int) -> tuple[str, int, int] | None:
    """The reason in ``clause[at:end]``, the stretch between a name and the next person."""
    line_end = clause.find("\n", at, end)
    if line_end > at and clause[at:line_end].strip(" ,;:-–—"):
        end = line_end  # "+ Đ/c A – đi học" then "+ Đ/c B – ốm": the reason ends with its line
    item = clause[at:end]
    opened = clause[:at].count("(") > clause[:at].count(")")  # the list itself is in brackets
    paren = re.search(r"\(([^()]{2,160})\)", item)
    if paren and _STATUS_NOTE.fullmatch(paren[1]):  # "A (chính thức) – đi tập huấn": the reason follows the note
        item_rest = _reason(clause, at + paren.end(), end)
        if item_rest:
            return item_rest
        paren = None
    if paren:
        lead = _STATUS_NOTE.match(paren[1] + ",")
        if lead and paren[1][lead.end():lead.end() + 1] == ",":  # "(đảng viên dự bị, đi làm ăn xa)"
            return _span(item, paren.start(1) + lead.end() + 1, paren.end(1), at)
        return _span(item, paren.start(1), paren.end(1), at)
    stretch = item
    if opened:
        close = stretch.find(")")
        stretch = stretch[:close] if close >= 0 else stretch
    stretch = re.split(r";|\s+và\s+(?=(?:đồng chí|đ/c|ông|bà)\b)|\.\s", stretch)[0]
    stretch = re.sub(r"(?:,|\s)+(?:và|cùng)?\s*$", "", stretch)
    if not stretch.strip(" ,:-–—"):
        return None
    dash = re.match(r"\s*(?:[-–—]+|:)\s*", stretch)
    if dash:
        piece = _REASON_LEAD.sub("", stretch[dash.end():], count=1)
        offset = len(stretch) - len(piece)
        return _span(item, offset, len(stretch), at)
    dash = re.search(r"\s[-–—]\s+(?=[a-zđà-ỹ]|[Ll][ýí]\s+do)", stretch)
    if dash:  # "A, Chi cục trưởng Chi cục Kiểm lâm – bận họp tại UBND tỉnh", "B, Phó Chủ tịch UBND xã – lý do: ốm"
        piece = _REASON_LEAD.sub("", stretch[dash.end():], count=1)
        return _span(item, len(stretch) - len(piece), len(stretch), at)
    pieces = list(re.finditer(r"[^,]+", stretch))
    for piece in pieces:
        words = piece.group().strip()
        if not words:
            continue
        if _STATUS_NOTE.fullmatch(piece.group()):
            continue  # "A, đảng viên dự bị, đi làm ăn xa": the person's standing, then the reason
        lead = re.match(r"\s*(?:l[ýí]\s+do\s*:?\s*|vì\s+|do\s+)", piece.group(), re.IGNORECASE)
        titled = re.match(r"[^:]+:\s*(?=[a-zđà-ỹ])", piece.group())
        if titled and not lead and not words[0].islower():  # "A, Phó Bí thư: đi công tác tỉnh": the post, then why
            return _span(item, piece.start() + titled.end(), len(stretch), at)
        if re.match(r"(?:chức vụ|chức danh|đơn vị|nơi công tác)\s*:", words, re.IGNORECASE):
            continue  # "A, chức vụ: Phó Chủ tịch UBND xã": the post, labelled
        if lead or words[0].islower():
            begin = piece.start() + (lead.end() if lead else len(piece.group()) - len(piece.group().lstrip()))
            return _span(item, begin, len(stretch), at)
    return None


def _span(item: str, a: int, b: int, offset: int) -> tuple[str, int, int] | None:
    value = item[a:b]
    lead = re.match(r"\s*(?:vì\s+)?l[ýí]\s+do\s*:?\s*(?=\S)", value, re.IGNORECASE)  # "(lý do: ốm)", "vì lý do sức khỏe"
    if lead:
        value, a = value[lead.end():], a + lead.end()
    stripped = value.strip(" ,;.:-–—")
    if stripped.endswith(")") and stripped.count(")") > stripped.count("("):
        stripped = stripped[:-1].rstrip(" ,;.")
    if len(stripped) < 2 or _STATUS.match(stripped):
        return None
    start = offset + a + value.find(stripped)
    return stripped, start, start + len(stripped)
