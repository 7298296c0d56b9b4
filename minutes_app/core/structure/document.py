"""The document model: typed, frozen records with their spans (document offsets).

``DocStructure`` is what a secretary reads off a biên bản, a báo cáo, a nghị quyết or a news
item (domain.md §1-§2): who issued it, its number, place and date, its title; the meeting
(when, where, who chaired, who kept the minutes, in what form), attendance, the agenda
sections, the opinions, each decision (vote, election, discipline, resolution), the targets
with a verdict that respects the period, the tasks with owner and deadline, the closing
time, the signatures and "Nơi nhận". Every value keeps where it was read so a view can
select it; a value not stated in the text is None (an empty tuple for lists).

``to_gold()`` gives the plain schema of the gold files (tests/blind_structure/README.md);
``to_json()`` adds the spans for the CLI's JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

GENRES = ("bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi", "other")


@dataclass(frozen=True)
class Field:
    """A value read from the text and the span it was read from."""

    value: Any
    start: int
    end: int

    def __str__(self) -> str:
        return str(self.value)


def value(item: Field | None) -> Any:
    return item.value if item is not None else None


@dataclass(frozen=True)
class Header:
    issuer: Field | None = None  # lowest issuing body (CHI BỘ THÔN ĐÔNG HẠ)
    issuer_parent: Field | None = None  # the line above it (ĐẢNG BỘ XÃ TÂN AN)
    system: str | None = None  # "party" (ĐẢNG CỘNG SẢN VIỆT NAM) or "state" (Quốc hiệu)
    doc_number: Field | None = None  # 14-BB/ĐU, without "Số:"
    place: Field | None = None
    date: Field | None = None  # ISO "2025-10-12"
    date_line: Field | None = None  # the whole "<place>, ngày … tháng … năm …"
    type_line: Field | None = None  # BIÊN BẢN, BÁO CÁO …
    title: Field | None = None  # the lines under the type line, joined; news: the headline

    @property
    def state_body(self) -> bool:
        """Issued by a state body: a Quốc hiệu header, or with neither header a news item's organiser
        such as "HĐND xã …" (a state body's summary carries the Quốc hiệu, a Party body's the Party's name)."""
        if self.system is not None or self.issuer is None:
            return self.system == "state"
        return bool(_STATE_BODY.match(str(self.issuer.value)))


# (its standing body is the state body's too: "Thường trực HĐND TP"; not "Thường trực Huyện ủy")
_STATE_BODY = re.compile(r"(?:Thường trực\s+)?(?:Hội đồng nhân dân|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|"
                         r"UBND|Sở|Phòng|Cục|Chi cục|Bộ|Ban quản lý|Trung tâm|Công an|Thanh tra)\b", re.IGNORECASE)


@dataclass(frozen=True)
class News:
    dateline: Field | None = None  # "12/07/2023 09:15" with its ISO date as value
    headline: Field | None = None
    lead: Field | None = None
    byline: Field | None = None
    captions: tuple[Field, ...] = ()
    debris: tuple[Field, ...] = ()  # breadcrumbs, "Chia sẻ", counters: never facts
    # The debris that is surely the page's and not the article's (its menu, buttons, counters, copyright, the
    # related headlines after "Tin liên quan"): what the editor offers to delete. The rest of the debris (a short
    # line above the headline, a second date stamp) may be the article's own words.
    furniture: tuple[Field, ...] = ()
    # The links to other articles: the "Tin liên quan" heading and the headlines under it, no text of the document
    links: tuple[Field, ...] = ()


@dataclass(frozen=True)
class DayMonth:
    """A day told without its year ("Ngày 26/04", "vào lúc 8 giờ ngày 14/10") in a document that gives no year to
    complete it (no date line, dateline, nor a year in its title or text): kept as written rather than lost."""

    day: int
    month: int

    def __str__(self) -> str:
        return f"{self.day:02d}/{self.month:02d}"


@dataclass(frozen=True)
class Meeting:
    name: Field | None = None
    kind: Field | None = None  # thường kỳ | chuyên đề | đại hội | hội nghị BCH | hội nghị
    start: Field | None = None  # "HH:MM"
    end: Field | None = None  # closing time "HH:MM"
    date: Field | None = None  # ISO
    day_month: Field | None = None  # a DayMonth: the day the text tells when no year can be known (date is then None)
    place: Field | None = None
    chairs: tuple[Field, ...] = ()
    secretary: Field | None = None
    guests: tuple[Field, ...] = ()  # upper-level officials attending
    form: Field | None = None  # trực tiếp | trực tuyến | trực tiếp kết hợp trực tuyến
    points: Field | None = None  # how many điểm cầu an online meeting joined (an int)


@dataclass(frozen=True)
class Absentee:
    name: Field
    reason: Field | None = None


@dataclass(frozen=True)
class Attendance:
    total: Field | None = None
    official: Field | None = None
    probationary: Field | None = None
    present: Field | None = None
    absent: Field | None = None
    absentees: tuple[Absentee, ...] = ()


@dataclass(frozen=True)
class Section:
    number: str  # "II", "1", "a" ("" for an unnumbered upper-case heading)
    title: str
    level: int
    path: str  # "II.1"
    start: int
    end: int


@dataclass(frozen=True)
class Opinion:
    speaker: Field
    position: Field | None
    gist: Field


@dataclass(frozen=True)
class Decision:
    kind: str  # vote | election | discipline | resolution | assignment (a body chosen to head a group of bodies)
    start: int
    end: int
    subject: str | None = None
    votes_for: int | None = None
    against: int | None = None
    abstain: int | None = None
    base: int | None = None
    person: str | None = None
    position: str | None = None  # elected to what
    outcome: str | None = None  # thông qua | trúng cử | không trúng cử | khiển trách …
    # the share its line prints for the count over its base ("94,1%" of "được 32/34 phiếu, đạt 94,1%"), as written: what
    # the views show, not the count's quotient at another precision
    share: Field | None = None


@dataclass(frozen=True)
class Target:
    name: str
    start: int
    end: int
    target: float | None = None
    result: float | None = None
    unit: str | None = None
    period: str | None = None
    verdict: str | None = None  # đạt | vượt | chưa đạt | tiến độ | None (future)
    progress: str | None = None  # "tiến độ 56% kế hoạch năm" for mid-period progress
    level_text: str | None = None  # the level as written ("85%", "12 triệu đồng"); None: only its value is known
    comparator: str | None = None  # the comparison the text states ("<", "<=", ">", ">="; None for a bare plan)
    # the share its line prints for this result over this plan ("75,5%" of "62/80 tổ chức (đạt 75,5% kế hoạch năm)"),
    # as written: what the views show, whatever ``progress`` computes (issue 18)
    share: Field | None = None


@dataclass(frozen=True)
class Task:
    text: Field
    owner: Field | None = None
    deadline: Field | None = None


@dataclass(frozen=True)
class Signer:
    role: Field | None
    position: Field | None
    name: Field | None


@dataclass(frozen=True)
class DocStructure:
    genre: str = "other"
    header: Header = field(default_factory=Header)
    news: News | None = None
    meeting: Meeting | None = None
    attendance: Attendance | None = None
    sections: tuple[Section, ...] = ()
    opinions: tuple[Opinion, ...] = ()
    decisions: tuple[Decision, ...] = ()
    targets: tuple[Target, ...] = ()
    tasks: tuple[Task, ...] = ()
    closing: Field | None = None
    signers: tuple[Signer, ...] = ()
    recipients: tuple[Field, ...] = ()
    # numbers the quantity layer reads as no quantity (dates, times, ordinals, durations, years, document
    # numbers, numbers in a title line), each with its reason, the ballots counted for an election ("ballot count")
    # and the levels of what no body sets under a target heading ("condition level": the weather, a market's price):
    # never a figure row of the summary
    not_figures: tuple[Field, ...] = field(default=(), compare=False, metadata={"internal": True})
    # the ballots of the first count of a vote by ballot, each with its kind (issued, collected, valid, invalid):
    # figure rows of the summary, though the quantity layer reads no figure there ("số phiếu phát ra 20")
    ballots: tuple[Field, ...] = field(default=(), compare=False, metadata={"internal": True})

    def section_at(self, offset: int) -> Section | None:
        """The innermost heading above ``offset``."""
        found = None
        for section in self.sections:
            if section.start > offset:
                break
            found = section
        return found

    @property
    def posted(self) -> Field | None:
        """The date the document bears: a news item's the day it was posted ("25/04/2023" under its headline), not
        the day of the meeting it tells ("Chiều 24/4, …", which ``header.date`` falls back to, as the gold files
        date a news item); any other document's its date line."""
        if self.news is not None and self.news.dateline is not None:
            return self.news.dateline
        return self.header.date

    def to_gold(self) -> dict[str, Any]:
        """The schema of the gold files: plain values, no spans."""
        h, m, a = self.header, self.meeting, self.attendance
        return {
            "genre": self.genre,
            "issuer": value(h.issuer), "issuer_parent": value(h.issuer_parent),
            "doc_number": value(h.doc_number), "place": value(h.place), "date": value(h.date),
            "title": value(h.title),
            "meeting": None if m is None else {
                "name": value(m.name), "kind": value(m.kind), "start": value(m.start), "end": value(m.end),
                "date": value(m.date), "place": value(m.place), "chairs": [c.value for c in m.chairs],
                "secretary": value(m.secretary), "form": value(m.form)},
            "attendance": None if a is None else {
                "total": value(a.total), "official": value(a.official), "probationary": value(a.probationary),
                "present": value(a.present), "absent": value(a.absent),
                "absentees": [{"name": x.name.value, "reason": value(x.reason)} for x in a.absentees]},
            "decisions": [{"kind": d.kind, "subject": d.subject, "person": d.person, "position": d.position,
                           "for": d.votes_for, "against": d.against, "abstain": d.abstain, "base": d.base,
                           "outcome": d.outcome} for d in self.decisions],
            "targets": [{"name": t.name, "target": t.target, "result": t.result, "unit": t.unit,
                         "period": t.period, "verdict": t.verdict} for t in self.targets],
            "tasks": [{"text": t.text.value, "owner": value(t.owner), "deadline": value(t.deadline)}
                      for t in self.tasks],
            "signers": [{"role": value(s.role), "position": value(s.position), "name": value(s.name)}
                        for s in self.signers],
            "recipients": [r.value for r in self.recipients],
        }

    def to_json(self) -> dict[str, Any]:
        """Everything, with spans: the ``structure`` of the CLI's JSON."""
        return _plain(self)


def _plain(obj: Any) -> Any:
    if isinstance(obj, Field):
        return {"value": _plain(obj.value), "start": obj.start, "end": obj.end}  # a DayMonth: {"day", "month"}
    if is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj) if not f.metadata.get("internal")}
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    return obj
