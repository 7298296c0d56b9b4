"""What meeting, when, where, who chaired, and who organised it: read from the text.

The summary's section I and its header need these facts, and the engine has no detector for
them. Each one is looked for first as a labelled line of a biên bản ("Thời gian: …", "Chủ trì:
…", domain.md §2), then in the sentence of a news-style report that says the meeting was held
("Đảng ủy X tổ chức Hội nghị …"). Anything not found stays None, so the summary can say
"không xác định" instead of guessing; every fact keeps its offset for the "đoạn N" reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.engine import Analysis
from ..core.reading import sentence_spans


@dataclass(frozen=True)
class Fact:
    """A detected value and where it was read (document offsets)."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class MeetingInfo:
    title: Fact | None  # the report's own title line
    meeting: Fact | None
    time: Fact | None
    place: Fact | None
    chair: Fact | None
    organiser: Fact | None  # the Party body that held the meeting: the header's issuing body
    place_date: Fact | None  # "Hà Nội, ngày 05 tháng 3 năm 2024" for the header, when given


_MEETING_NOUN = r"(?:[Hh]ội nghị|[Đđ]ại hội|[Cc]uộc họp|[Pp]hiên họp|[Kk]ỳ họp|[Bb]uổi sinh hoạt|[Ss]inh hoạt chi bộ|[Gg]iao ban)"
_HELD = re.compile(r"\b(?:tổ chức|tiến hành|khai mạc|họp)\s+(?P<meeting>" + _MEETING_NOUN + r"\b)")
_LABEL = re.compile(r"^\s*(?:\d+[.)-]?\s*|[-–•+]\s*)?(?P<label>[^\W\d_][^:]{1,30}?)\s*:\s*(?P<value>\S(?:.*\S)?)\s*+$")
_LABELS = {
    "meeting": ("hội nghị", "cuộc họp", "nội dung cuộc họp", "tên cuộc họp"),
    "time": ("thời gian", "thời gian họp", "thời gian bắt đầu"),
    "place": ("địa điểm", "địa điểm họp"),
    "chair": ("chủ trì", "chủ tọa", "chủ toạ", "người chủ trì", "chủ trì hội nghị"),
}
_TIME = re.compile(
    r"(?:(?:vào\s+)?lúc\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s*)?"
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?:\s+ngày)?|[Nn]gày|[Hh]ôm)\s+\d{1,2}"
    r"(?:/\d{1,2}(?:/\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
)
_PLACE = re.compile(
    r"\btại\s+(?P<place>(?!(?:Quyết định|Nghị quyết|Kết luận|Chỉ thị|Thông báo|Hội nghị|hội nghị|Đại hội|"
    r"văn bản|Công văn|Kế hoạch)\b)[^,.;()]{3,80}?)(?=\s*(?:[,.;(]|$|\s(?:nhằm|để|với|do|dưới|vào)\b))"
)
_CHAIR = re.compile(r"\bchủ\s+(?:trì|tọa|toạ)(?=\s*(?:[.;,]|$)|\s+" + _MEETING_NOUN + ")")
_COMRADE = re.compile(r"\b[Đđ]ồng chí\s+")
_PARTY_BODY = re.compile(
    r"(?:Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Chi ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Ban Thường vụ|"
    r"Ban Chấp hành|Ủy ban Kiểm tra)\b"
)
_NAME_STOP = {"vừa", "đã", "tổ", "tiến", "khai", "họp", "chủ", "hiện", "được", "có", "là", "đạt", "đề", "nhằm",
              "để", "với", "về", "trong", "sau", "khi", "cũng", "tiếp", "tập", "chỉ", "lãnh", "thực", "cho", "làm"}
_PLACE_DATE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\d,]{1,40}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$"
)
_DATE_LINE = re.compile(r"^\s*(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})\s*$")
MAX_TITLE_CHARS = 250
HEAD_PARAGRAPHS = 6  # the title and date line are at the top of a report


def detect(analysis: Analysis) -> MeetingInfo:
    labelled = _labelled(analysis)
    held = _held_sentence(analysis)
    title = _title(analysis)
    meeting = labelled.get("meeting") or (held and _meeting_from(held, analysis.text))
    if meeting is None and title and re.search(_MEETING_NOUN + r"|[Bb]iên bản", title.value):
        meeting = title
    return MeetingInfo(
        title=title,
        meeting=meeting,
        time=labelled.get("time") or (held and _search(_TIME, analysis.text, *held)),
        place=labelled.get("place") or (held and _place_in(held, analysis.text)),
        chair=labelled.get("chair") or _chair(analysis),
        organiser=held and _organiser(held, analysis),
        place_date=_place_date(analysis),
    )


def _title(analysis: Analysis) -> Fact | None:
    """The first line with letters, if it reads as a title: short, no closing full stop."""
    for paragraph in analysis.paragraphs:
        text = paragraph.text.strip().rstrip(" |*_")
        if not any(ch.isalpha() for ch in text):
            continue
        if len(text) > MAX_TITLE_CHARS or text[-1] in ".!?…:;":
            return None
        start = paragraph.start + paragraph.text.index(text)
        return Fact(text, start, start + len(text))
    return None


def _labelled(analysis: Analysis) -> dict[str, Fact]:
    """'Thời gian: 8 giờ ngày …' style lines of a biên bản; the first line per field wins."""
    found: dict[str, Fact] = {}
    for paragraph in analysis.paragraphs:
        match = _LABEL.match(paragraph.text)
        if not match:
            continue
        label = match["label"].strip().lower()
        for field, names in _LABELS.items():
            if field not in found and label in names:
                value = match["value"].rstrip(".;").rstrip()  # the line's own full stop is not the value
                start = paragraph.start + match.start("value")
                found[field] = Fact(value, start, start + len(value))
    return found


def _held_sentence(analysis: Analysis) -> tuple[int, int] | None:
    """Document span of the first sentence saying a meeting was held."""
    for paragraph in analysis.paragraphs:
        if not _HELD.search(paragraph.text):
            continue
        for start, end in sentence_spans(paragraph.text):
            if _HELD.search(paragraph.text, start, end):
                return paragraph.start + start, paragraph.start + end
    return None


def _meeting_from(held: tuple[int, int], text: str) -> Fact:
    match = _HELD.search(text, *held)
    start = match.start("meeting")
    value = text[start:held[1]].rstrip(" .;:")
    value = value[0].upper() + value[1:]
    return Fact(value, start, start + len(value))


def _search(pattern: re.Pattern[str], text: str, start: int, end: int) -> Fact | None:
    match = pattern.search(text, start, end)
    return Fact(match.group(0), match.start(), match.end()) if match else None


def _place_in(held: tuple[int, int], text: str) -> Fact | None:
    match = _PLACE.search(text, *held)
    if not match:
        return None
    return Fact(match["place"].strip(), match.start("place"), match.end("place"))


def _organiser(held: tuple[int, int], analysis: Analysis) -> Fact | None:
    """The Party body that is the subject of the 'held' sentence.

    Candidates are the organisation entities the engine found before the verb and the body
    this module reads there itself; the one nearest the verb wins, the longer on a tie (the
    engine may stop a long name such as "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh" early).
    """
    subject_end = _HELD.search(analysis.text, *held).start()
    candidates = [Fact(e.text, e.start, e.end) for e in analysis.entities_of("organization")
                  if held[0] <= e.start and e.end <= subject_end and _PARTY_BODY.match(e.text)]
    bodies = list(_PARTY_BODY.finditer(analysis.text, held[0], subject_end))
    if bodies:
        start = bodies[-1].start()
        clause = re.split(r"[,;:.()]", analysis.text[start:subject_end], maxsplit=1)[0]
        words = clause.split()
        kept = words[:2]
        for word in words[2:]:
            if word.lower() in _NAME_STOP:
                break
            kept.append(word)
        value = " ".join(kept)
        candidates.append(Fact(value, start, start + len(value)))
    return max(candidates, key=lambda f: (f.start, f.end - f.start), default=None)


def _chair(analysis: Analysis) -> Fact | None:
    """'Đồng chí X, <titles>, chủ trì Hội nghị': the officials named before "chủ trì"."""
    text = analysis.text
    for paragraph in analysis.paragraphs:
        for s_start, s_end in sentence_spans(paragraph.text):
            start, end = paragraph.start + s_start, paragraph.start + s_end
            keyword = _CHAIR.search(text, start, end)
            if not keyword:
                continue
            officials = [e for e in analysis.entities_of("official") if start <= e.start < keyword.start()]
            if officials:
                return Fact("; ".join(_person(e) for e in officials), officials[0].start, officials[-1].end)
            comrade = None
            for comrade in _COMRADE.finditer(text, start, keyword.start()):
                pass
            if comrade:
                value = text[comrade.end():keyword.start()].strip(" ,;")
                if 3 <= len(value) <= 200:
                    return Fact(_name_then_titles(value), comrade.end(), comrade.end() + len(value))
    return None


def _person(entity) -> str:
    name = entity.get("name") or entity.text
    titles = ", ".join(entity.get("titles") or [])
    return f"{name} – {titles}" if titles else name


def _name_then_titles(value: str) -> str:
    """'Vũ Đức Chính, Tỉnh ủy viên, Bí thư' → 'Vũ Đức Chính – Tỉnh ủy viên, Bí thư'."""
    name, _, titles = value.partition(",")
    return f"{name.strip()} – {titles.strip()}" if titles.strip() else name.strip()


def _place_date(analysis: Analysis) -> Fact | None:
    """A '<place>, ngày … tháng … năm …' line, or a bare date line, among the first lines."""
    seen = 0
    for paragraph in analysis.paragraphs:
        if not paragraph.text.strip():
            continue
        seen += 1
        if seen > HEAD_PARAGRAPHS:
            break
        text = paragraph.text.strip()
        start = paragraph.start + paragraph.text.index(text)
        if _PLACE_DATE.match(text):
            return Fact(text, start, start + len(text))
        date = _DATE_LINE.match(text)
        if date:
            day, month = int(date["d"]), int(date["m"])
            if 1 <= day <= 31 and 1 <= month <= 12:
                return Fact(official_date(day, month, int(date["y"])), start, start + len(text))
    return None


def official_date(day: int, month: int, year: int) -> str:
    """'ngày 05 tháng 02 năm 2021': day < 10 and months 1-2 take a leading 0 (domain.md §5)."""
    month_text = f"{month:02d}" if month <= 2 else str(month)
    return f"ngày {day:02d} tháng {month_text} năm {year}"
