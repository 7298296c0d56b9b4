"""Reading the votes of minutes (domain.md §2-§3): consecutive lines carrying tán thành /
không tán thành / ý kiến khác; each count takes its label from the words before it ("tán
thành: 16/16") or right after it ("16/16 đồng chí có mặt tán thành"). The numbers come from
the quantity layer's reading (number_tokens); the label words are cue patterns. Read once
per analysis: the vote rules (checks/votes.py) and the document structure read the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Sequence

from ..keywords import Phrases
from ..model import Entity
from ..numbers import parse_number
from ..reading import Reading
from .attendance_blocks import Fact, Unit, figure_spans, once_per_document, split_units, unit_numbers
from .attendance_reader import PERSONS
from .reader import number_tokens

if TYPE_CHECKING:
    from ..checks.registry import DocumentContext

_LABEL_RE = re.compile(
    r"(?<!\w)(?:"
    r"(?P<against>không\s+(?:tán\s+thành|đồng\s+ý|nhất\s+trí)|phản\s+đối)"
    # ("không ý kiến 0", "không ý kiến: 01": the ballot's third box, an abstention)
    r"|(?P<other>ý\s+kiến\s+khác|không\s+biểu\s+quyết|phiếu\s+trắng|không\s+ý\s+kiến(?!\s+(?:khác|nào|gì)))"
    # ("100% đại biểu có mặt biểu quyết thông qua (457/475 đại biểu)": passing it, said of those present, is approving)
    # (the inner group marks that reading: it is inferred, lastgroup stays "approve")
    r"|(?P<approve>tán\s+thành|đồng\s+ý|nhất\s+trí|(?P<passed>(?<=mặt\sbiểu\squyết\s)thông\s+qua|(?<=mặt\s)thông\s+qua))"
    r"|(?P<present>có\s+mặt|dự\s+họp)"
    r")(?!\w)",
    re.IGNORECASE,
)
# the probationary members' own words right before a label or a count, in the same clause
_PROBATIONARY_BEFORE = re.compile(r"dự\s+bị[^;,.\d]{0,30}$", re.IGNORECASE)
VOTE_KINDS = ("approve", "against", "other")
# Every match of a vote kind (VOTE_KINDS) holds one of these: a paragraph with none holds no vote,
# and _LABEL_RE is not searched there (speed; tests/core/test_keywords.py checks the list against
# every branch). Keep it in step with _LABEL_RE.
_may_hold_vote = Phrases("tán thành", "đồng ý", "nhất trí", "phản đối", "ý kiến khác", "không biểu quyết", "phiếu trắng",
                         "không ý kiến", "thông qua")
# "16/33 đồng chí ủy viên BCH đồng ý": a committee's members named after the person noun
_COMMITTEE_MEMBER = r"(?:ủy|uỷ)\s+viên(?:\s+(?:BCH|BTV|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ))?"
# the person nouns of attendance, ballots, and opinions ("27 ý kiến tán thành", not "2 ý kiến khác")
_UNIT = rf"(?:\s*(?:{PERSONS}|phiếu|ý\s+kiến(?!\s+khác)))?"
# "16 đồng chí chính thức có mặt tán thành", "1 đồng chí có ý kiến khác", "2 ý kiến không tán thành"
# "27/27 đồng chí đảng viên chính thức có mặt tán thành" (two person nouns), "100% đảng viên có mặt (27/27) tán thành"
# (the ratio in brackets before its label)
# (also the ratio in brackets after its share, before its noun: "100% (12/12) đảng viên chính thức có mặt đồng ý")
_POSTFIX = re.compile(r"(?:[ \t]*\))?" + _UNIT + r"(?:\s+(?:đảng\s+viên|đại\s+biểu|" + _COMMITTEE_MEMBER + r"))?(?:\s+chính\s+thức)?(?:\s+(?:có\s+mặt|dự\s+họp|tham\s+dự|tham\s+gia\s+biểu\s+quyết))?"
                      r"(?:\s*\))?\s*(?:đã\s+)?(?:biểu\s+quyết\s+)?"
                      r"(?:có\s+(?:ý\s+kiến\s+(?=không\s))?(?=ý\s+kiến\s+khác|không\s+(?:tán|đồng|nhất)))?", re.IGNORECASE)
# Possessive \s*+: plain \s* runs anchored by $ were cubic on long runs of spaces.
_PCT_AFTER_COUNT = re.compile(_UNIT + r"\s*+[(,:]?\s*+(?:đạt|chiếm|bằng|tỷ\s+lệ|tỉ\s+lệ|=)?\s*+$", re.IGNORECASE)
# "21 đồng chí tán thành (đạt 95,45%)", "tán thành, chiếm 95,45%": the share right after the count's label
_PCT_AFTER_LABEL = re.compile(r"\s*+[(,:]?\s*+(?:đạt|chiếm|bằng|tỷ\s+lệ|tỉ\s+lệ)?\s*+", re.IGNORECASE)
# "22 trên 22 đồng chí", "20 trên tổng số 22 đồng chí": a count and its base in words
_ON_BASE = re.compile(r"\s+trên\s+(?:tổng\s+số\s+)?", re.IGNORECASE)
# "…, bằng 85,7% tổng số đảng viên chính thức phải triệu tập": a share of another base
_OTHER_BASE = re.compile(r"\s*(?:tổng|số|so\s+với|của|trên)(?!\w)", re.IGNORECASE)
# ("439 đại biểu tham gia biểu quyết": those who voted, as the National Assembly's results count them)
# the share of those present or voting, right after their count and its words
_PCT_AFTER_PRESENT = re.compile(_UNIT + r"(?:\s+(?:đảng\s+viên|đại\s+biểu))?(?:\s+(?:có\s+mặt|dự\s+họp|tham\s+dự|"
                                r"tham\s+gia\s+biểu\s+quyết))\s*[(,]?\s*(?:đạt|chiếm|bằng)?\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*",
                                re.IGNORECASE)
_PRESENT_IN = re.compile(r"có\s+mặt|dự\s+họp|tham\s+dự|tham\s+gia\s+biểu\s+quyết", re.IGNORECASE)
_RATIO_AFTER_LABEL = re.compile(r"\s*\(\s*")
_CLOSED_BEFORE_LABEL = re.compile(r"[ \t]*(?:đồng\s+chí|đ/c|đảng\s+viên|đại\s+biểu)?[ \t]*\)[ \t]*(?:đã\s+)?(?:biểu\s+quyết\s+)?", re.IGNORECASE)
_OFFICIAL_BASE = re.compile(r"\s*(?:đồng\s+chí\s+|đ/c\s+)?(?:đảng\s+viên\s+)?chính\s+thức", re.IGNORECASE)
# "tán thành: 16", "nhất trí là 16 đồng chí", "tán thành đạt 100%"; not "đồng ý cho 2 đồng chí".
_PREFIX_FILLER = re.compile(r"[\s:=,(–-]*(?:(?:là|có|gồm|với|đạt|chiếm|bằng|tỷ\s+lệ|tỉ\s+lệ)[\s:]*)?",
                            re.IGNORECASE)
_COUNT_END = re.compile(rf"\s*(?:(?:{PERSONS}|phiếu|ý\s+kiến)(?!\w)|[,;.:()–-]|$)", re.IGNORECASE)
# "- Tán thành đề nghị kết nạp: 10/11 đồng chí", "+ Đồng ý thông qua dự thảo: 12": a label opening its line or list item,
# what is approved, then a colon and the count
_OBJECT_THEN_COLON = re.compile(r"\s+[^\W\d][^\d:;.\n]{0,60}?\s*:\s*", re.IGNORECASE)
_ITEM_OPENING = re.compile(r"\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))?\s*")



# "được quá một nửa tổng số ủy viên Ban Chấp hành (27 đồng chí) tán thành": the base restated in a bracket after
# "tổng số …", not a count of votes
_BASE_IN_BRACKET = re.compile(r"tổng\s+số(?!\s+phiếu)[^()\d]{0,60}\(\s*$", re.IGNORECASE)
# zero written as a word after a label: "không biểu quyết: không", "ý kiến khác: không có."
_ZERO_WORD = re.compile(r"\s*:?\s*(không)(?:\s+có)?\s*(?=[.;,)]|$)", re.IGNORECASE)


@dataclass
class Part:
    count: Fact | None = None
    denominator: Fact | None = None
    pct: tuple[float, int, int, int] | None = None  # value, decimals, start, end
    official_base: bool = False  # "9/14 đảng viên chính thức (có mặt)": the base counts official members


@dataclass
class Vote:
    start: int
    end: int
    parts: dict[str, Part] = field(default_factory=dict)
    present: Fact | None = None
    # "đảng viên chính thức có mặt 19 đồng chí", "22 đảng viên chính thức có mặt": those present are named as the
    # official members, so they are at most the meeting's official members, whatever else its attendance says
    present_official: bool = False
    members: Fact | None = None  # "có mặt 5/7 ủy viên": the committee's members, all of them official
    # "439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu": the share the voters are of a base
    # left unstated (value, printed decimals)
    present_pct: tuple[float, int] | None = None
    # the approvals were read from "… có mặt (biểu quyết) thông qua": passing it is taken as approving it, an
    # inferred reading ("100% đại biểu có mặt biểu quyết thông qua (48/50 đại biểu)" may mean all 48 present)
    passed: bool = False

    def count(self, kind: str) -> int | None:
        part = self.parts.get(kind)
        return part.count.value if part and part.count else None


class _Token(NamedTuple):
    start: int
    end: int
    kind: str | None  # a label, or None for a figure
    pct: str | None = None
    a: str | None = None
    b: str | None = None
    b_start: int = 0
    passed: bool = False  # an approval label read from "thông qua" (Vote.passed)

    def shifted(self, offset: int) -> "_Token":
        return self._replace(start=self.start + offset, end=self.end + offset, b_start=self.b_start + offset)


def _scan(reading: Reading, entities: Sequence[Entity]) -> tuple[tuple[Unit, bool, tuple[_Token, ...]], ...]:
    """Per paragraph (remembered across analyses): each unit, whether it holds a vote label,
    and its labels and figures (the numbers from the quantity layer's reading)."""
    text = reading.text
    lines = []
    skip = None
    voting = _may_hold_vote(reading)
    for unit in split_units(reading):
        piece = text[unit.start:unit.end]
        labels = list(_LABEL_RE.finditer(piece)) if voting else []  # without a vote its labels are not kept
        tokens: list[_Token] = []
        vote = any(m.lastgroup in VOTE_KINDS for m in labels)
        if vote:
            skip = figure_spans(entities, ("count", "ratio", "percent")) if skip is None else skip
            tokens = [_Token(m.start() + unit.start, m.end() + unit.start, m.lastgroup, passed=bool(m["passed"]))
                      for m in labels]
            for start, end, pct, a, b, b_start in _figures(reading, unit):
                if not any(x < end and start < y for x, y in skip) and not _BASE_IN_BRACKET.search(
                        text, max(unit.start, start - 80), start):
                    tokens.append(_Token(start, end, None, pct, a, b, b_start))
            tokens.sort(key=lambda t: t.start)
        lines.append((unit, vote, tuple(tokens)))
    return tuple(lines)


def _figures(reading: Reading, unit: Unit):
    """(start, end, percentage, count, denominator, denominator start) of every percentage
    ("93,3%", "100 %") and whole count or ratio ("16", "16/18") of a unit."""
    percents = {}
    for number in number_tokens(reading):
        if unit.start <= number.start and number.end <= unit.end and number.number is not None \
                and "." not in number.text and not number.glued_before:
            follower, gap, follower_end = number.follower()
            if follower == "%" and gap <= 1:
                percents[number.start] = (number, follower_end)
    counts = {a.start: (a, b) for a, b in unit_numbers(reading, unit, clock=False)}
    text = reading.text
    for start in sorted(counts):
        a, b = counts.get(start, (None, True))
        if b is None:
            on = _ON_BASE.match(text, a.end)
            if on and on.end() in counts and counts[on.end()][1] is None:
                counts[start] = (a, counts.pop(on.end())[0])  # "22 trên 22 đồng chí": the ratio 22/22
    for start in sorted(percents.keys() | counts.keys()):
        if start in percents:
            number, end = percents[start]
            yield start, end, number.text, None, None, end
        else:
            a, b = counts[start]
            yield start, (b or a).end, None, a.text, b.text if b else None, b.start if b else a.end


@once_per_document
def votes(ctx: DocumentContext) -> list[Vote]:
    """Every vote of the document: consecutive lines with vote labels, split at each new tán thành."""
    found: list[Vote] = []
    current: Vote | None = None
    for paragraph, lines in ctx.per_paragraph(_scan, with_entities=True, with_reading=True):
        for unit, vote, tokens in lines:
            if not vote:
                current = None
                continue
            tokens = tuple(t.shifted(paragraph.start) for t in tokens)
            current = _read(ctx.text, paragraph.start + unit.end, tokens, current, found)
    return [v for v in found if v.parts.get("approve")]


def _read(text: str, end: int, tokens: tuple[_Token, ...], current: Vote | None, found: list[Vote]) -> Vote | None:
    label: str | None = None
    cursor = consumed = opened = tokens[0].start if tokens else end  # opened: where the last label began
    last_figure: tuple[str, int, int] | None = None  # label, end of the previous count, end of a label after it
    for token in tokens:
        if token.kind and token.start < consumed:
            continue  # the label a count before it already took ("16 đồng chí tán thành")
        if _PROBATIONARY_BEFORE.search(text, max(0, token.start - 40), token.start):
            # "Đảng viên dự bị có mặt (02 đồng chí) … không biểu quyết": those with no vote are neither voters nor a vote
            label, cursor, last_figure = None, token.end, None
            continue
        after_label, passed = 0, False
        if token.kind:
            if token.kind == "approve" and current and "approve" in current.parts and label != "approve":
                current = None
            if current is None:
                current = Vote(token.start, end)
                found.append(current)
            current.end = max(current.end, end)
            current.passed = current.passed or token.passed
            label, cursor, opened = token.kind, token.end, token.start
            zero = _ZERO_WORD.match(text, token.end, end) if token.kind in ("against", "other") else None
            if zero and token.kind not in current.parts:  # "không biểu quyết: không": none
                current.parts[token.kind] = Part(Fact(0, zero.start(1), zero.end(1)))
                label, cursor = None, zero.end()
            continue
        if token.pct and last_figure and last_figure[0] == "present" and _PCT_AFTER_PRESENT.fullmatch(
                text, last_figure[1], token.start):
            owner = "present"  # "439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu"
        elif token.pct and last_figure and (_PCT_AFTER_COUNT.match(text[last_figure[1]:token.start]) or (
                last_figure[2] and _PCT_AFTER_LABEL.fullmatch(text, last_figure[2], token.start)
                and current is not None and _bare(current, last_figure[0])
                and not _OTHER_BASE.match(text, token.end, end))):
            owner = last_figure[0]  # "21 đồng chí tán thành (đạt 95,45%)": the share of the count before its label
        elif token.b and last_figure and last_figure[2] and _RATIO_AFTER_LABEL.fullmatch(
                text, last_figure[2], token.start):
            owner = last_figure[0]  # "100% đảng viên có mặt nhất trí (17/18 đồng chí)"
        elif token.b and (closed := _CLOSED_BEFORE_LABEL.match(text, token.end, end)) and \
                (following := _LABEL_RE.match(text, closed.end(), end)) and following.lastgroup in VOTE_KINDS:
            # "100% đảng viên chính thức có mặt (29/29) tán thành": the ratio in brackets is the count of the label after it
            owner = following.lastgroup
            consumed = after_label = following.end()
            passed = bool(following["passed"])
            if owner == "approve" and current and "approve" in current.parts and current.parts["approve"].count:
                current = None
        elif label and (_PREFIX_FILLER.fullmatch(text[cursor:token.start]) or (
                _OBJECT_THEN_COLON.fullmatch(text, cursor, token.start) and _ITEM_OPENING.fullmatch(
                    text, text.rfind("\n", 0, opened) + 1, opened))) and (
                token.pct or token.b or _COUNT_END.match(text, token.end, end)) and not (
                label == "present" and _vote_after(text, token.end, end)) and not (
                # "27/28 bí thư … đồng ý, 01 ý kiến không đồng ý": a count after a comma that its own label follows is
                # that label's, not a second count of the one before
                "," in text[cursor:token.start] and _vote_after(text, token.end, end)):
            owner = label  # (not "có mặt (27/27) tán thành": the count of those present who approved)
        else:
            after = _POSTFIX.match(text, token.end, end)
            following = _LABEL_RE.match(text, after.end(), end)
            owner = following.lastgroup if following else None
            if owner is None and _PRESENT_IN.search(after.group()):
                owner = "present"  # "trên tổng số 20 đảng viên có mặt"
            consumed = following.end() if following else consumed
            after_label = following.end() if following else 0
            if owner == "approve" and current and "approve" in current.parts:
                current = None
            passed = bool(following and following["passed"])
        if owner is None:
            label, cursor, last_figure = None, token.end, None
            continue
        if current is None:
            current = Vote(token.start, end)
            found.append(current)
        current.passed = current.passed or passed
        _put(current, owner, token, text)
        label, cursor, last_figure = None, token.end, (owner, token.end, after_label)
    return current


def _vote_after(text: str, at: int, end: int) -> bool:
    """A vote label follows the count at ``at`` ("(27/27) tán thành")."""
    following = _LABEL_RE.match(text, _POSTFIX.match(text, at, end).end(), end)
    return following is not None and following.lastgroup in VOTE_KINDS


def _bare(vote: Vote, owner: str) -> bool:
    """The count of ``owner`` has no base of its own yet (a share after its label may give it)."""
    part = vote.parts.get(owner)
    return part is not None and part.count is not None and part.denominator is None


# "đảng viên chính thức có mặt: 19 đồng chí": the official members' words, then the label, right before the count
_OFFICIAL_PRESENT_BEFORE = re.compile(r"chính\s+thức\s+(?:có\s+mặt|dự\s+họp|tham\s+dự)\s*[:(]?\s*(?:là\s+)?$", re.IGNORECASE)
_COMMITTEE_MEMBERS = re.compile(r"\s*(?:đồng\s+chí\s+)?(?:ủy|uỷ)\s+viên(?!\s+dự\s+khuyết)", re.IGNORECASE)


def _put(vote: Vote, owner: str, token: _Token, text: str) -> None:
    if owner == "present":
        if token.pct:
            number = parse_number(token.pct)
            if number and vote.present is not None and vote.present_pct is None:
                vote.present_pct = (number.value, number.decimals)
            return
        approve = vote.parts.get("approve")
        if token.a and token.b and vote.present is None and approve is not None and approve.count is not None and \
                approve.count.value == int(parse_number(token.a).value):
            # "tán thành 13, …, ý kiến khác 1 (13/15 đồng chí có mặt, đạt 86,67%)": 13 of the 15 present
            vote.present = Fact(int(parse_number(token.b).value), token.b_start, token.end)
            if approve.denominator is None:
                approve.denominator = vote.present
            return
        if token.a and vote.present is None:
            vote.present = Fact(int(parse_number(token.a).value), token.start, token.end)
            vote.present_official = bool(_OFFICIAL_BASE.match(text, token.end) or _OFFICIAL_PRESENT_BEFORE.search(
                text, max(0, token.start - 60), token.start))
            if token.b and _COMMITTEE_MEMBERS.match(text, token.end):
                vote.members = Fact(int(parse_number(token.b).value), token.b_start, token.end)
        return
    part = vote.parts.setdefault(owner, Part())
    if token.pct:
        number = parse_number(token.pct)
        if part.pct is None and number:
            part.pct = (number.value, number.decimals, token.start, token.end)
    elif part.count is None:
        part.count = Fact(int(parse_number(token.a).value), token.start, token.start + len(token.a))
        if token.b:
            part.denominator = Fact(int(parse_number(token.b).value), token.b_start, token.end)
            part.official_base = bool(_OFFICIAL_BASE.match(text, token.end))
            if owner == "approve" and vote.members is None and _COMMITTEE_MEMBERS.match(text, token.end):
                # "được 16/33 đồng chí ủy viên BCH đồng ý": the committee's members (or those of them present, fewer)
                vote.members = part.denominator


