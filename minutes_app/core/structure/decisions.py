"""Decisions: votes (subject, tán thành / không tán thành / ý kiến khác, base), elections (who,
to what, votes and share of valid ballots), discipline (who, which form), resolutions adopted.

Votes are read by quantities/votes.py and ballot counts by quantities/ballots.py (once per analysis);
this module gives them their subject and kind.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterator

from ..resources import word_set
from .document import Decision
from .scan import NAME_WORDS, lines_with, real_name

# (a subject runs on past the dot of a number: "biểu quyết mức đóng góp 1.500 nghìn đồng")
_SUBJECT = re.compile(r"(?:biểu quyết|nhất trí|thống nhất|bỏ phiếu|thông qua)\s*(?:(?:bằng|theo|với)\s+(?:hình thức\s+)?"
                      r"(?:giơ tay|biểu quyết giơ tay|bỏ phiếu kín|phiếu kín)\s*)?(?:thông qua|về|đối với|tán thành)?\s*"
                      r"(?P<subject>[^:;\n]{3,160}?)\s*(?::|;|\.(?!\d)|$|,?\s*(?:kết quả|với|như sau))", re.IGNORECASE)
_NONE_AGAINST = re.compile(r"(?:không tán thành|không đồng ý|không nhất trí|phản đối)\s*:?\s*(?:không|không có)\b(?!\s*\d)|"
                           r"không (?:có )?(?:ý kiến|đồng chí|đảng viên|đại biểu|ai)(?: nào)? (?:không tán thành|không đồng ý|"
                           r"không nhất trí|phản đối)", re.IGNORECASE)
_NONE_OTHER = re.compile(r"(?:ý kiến khác|không biểu quyết)\s*:?\s*(?:không|không có)\b(?!\s*\d)|"
                         r"không có (?:ý kiến (?:nào )?khác|(?:đồng chí|đảng viên|đại biểu|ai)(?: nào)? (?:có ý kiến khác|"
                         r"không biểu quyết))", re.IGNORECASE)
# the subject is a disciplinary decision itself ("thi hành kỷ luật đồng chí X", "hình thức kỷ luật"), not a paper about
# one ("thông qua báo cáo và quyết định kỷ luật gửi Đảng ủy phường")
_DISCIPLINE_SUBJECT = re.compile(r"(?:thi hành|hình thức|mức|xét|xem xét|đề nghị)\s+kỷ luật|kỷ luật\s+(?:đối với\s+)?(?:đồng chí|đ/c|"
                                 r"đảng viên)|^\s*kỷ luật\b")
_FORMS = ("khiển trách", "cảnh cáo", "cách chức", "khai trừ", "giải tán")
# "18/19 phiếu đồng ý đề nghị kỷ luật đồng chí X bằng hình thức khiển trách", "21/25 phiếu đồng ý hình thức khiển trách",
# "22/26 phiếu (84,6%) đồng ý kỷ luật bằng hình thức khiển trách":
# the count's own words name the disciplinary form
_FORM_AFTER = re.compile(r"\b(?:(?:đề nghị|thi hành|(?:đồng ý|tán thành|nhất trí)(?:\s+(?:đề nghị|thi hành))?)\s+kỷ luật\b"
                         r"[^.;]{0,80}?\bhình thức|"
                         r"(?:đồng ý|tán thành|nhất trí)\s+(?:với\s+)?(?:hình thức|mức)(?:\s+kỷ luật)?)\s+(?P<form>"
                         + "|".join(_FORMS) + r")\b", re.IGNORECASE)
_PERSON = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c)\s+(?P<name>" + NAME_WORDS + r")")
# whom an election names when no "đồng chí" does: a member of a Hội or a delegate of a state body as "chị", "ông" …
# ("hiệp y bầu bổ sung chị Đoàn Thị Mỹ Linh giữ chức Phó Chủ tịch Hội"). A whole word, capitalised only where a clause
# opens: "Bà", "Ông", "Anh" also open place and body names ("Tỉnh ủy Bà Rịa - Vũng Tàu", "xã Thanh Hóa Bình" holds "a
# Bình" too, "Công đoàn Trường" holds "Trường" after "đoàn").
_TITLED_PERSON = re.compile(r"(?:(?<!\w)(?:ông|bà|anh|chị)|(?:^|(?<=[.;:,(\-–•+])|(?<=[.;:,(\-–•+]\s))(?:Ông|Bà|Anh|Chị))"
                            r"\s+(?P<name>" + NAME_WORDS + r")", re.MULTILINE)
_DISCIPLINED = re.compile(r"(?:kỷ luật(?:\s+đối với)?(?:\s+đảng viên(?=\s+[A-ZĐÀ-Ỹ]))?|[Đđ]ảng viên (?:được|bị) xem xét(?: kỷ luật)?"
                          r"\s*:?)\s+(?:(?:[Đđ]ồng chí|[Đđ]/c)\s+)?(?P<name>" + NAME_WORDS + r")")
# A candidate's name right before the ballots the quantity layer read: "- Đồng chí A: 29/30 phiếu", "1. A: 29 phiếu",
# "…: A đạt 29/30 phiếu", "gồm 2 đồng chí: A (28 phiếu), B (27 phiếu)", "… hợp lệ. Đồng chí A được 38 phiếu"
_CANDIDATE_BEFORE = re.compile(
    r"(?:^|[-–•+;]\s*|\d[.)]\s*|[:,]\s*|(?<!\d)\.\s+|\bvà\s+)(?:(?P<comrade>[Đđ]ồng chí|[Đđ]/c)\s+)?"
    r"(?P<name>" + NAME_WORDS + r")"
    r"\s*(?:\((?!\s*\d)[^)]*\)\s*)?[:,–-]?\s*\(?\s*(?:được\s+|đạt\s+|có\s+)?$", re.MULTILINE)
_PHIEU_AFTER = re.compile(r"\s*phiếu")


class _Candidate:
    """A candidate and the ballots for them, with the groups the election reader reads (document offsets)."""

    def __init__(self, named: re.Match, count: int, whole: int | None, end: int):
        self.named, self.groups, self._end = named, {"name": named["name"], "comrade": named["comrade"],
                                                     "n": str(count), "b": str(whole) if whole is not None else None}, end

    def start(self) -> int:
        return self.named.start()

    def end(self) -> int:
        return self._end

    def __getitem__(self, group: str):
        return self.groups[group]


def _candidates(text: str, ballots, start: int, end: int):
    """The candidates named right before a count of ballots (``ballots``: the quantity layer's counts and ratios)."""
    for at, stop, count, whole in ballots[bisect.bisect_left(ballots, (start,)):]:
        if at >= end:
            break
        phieu = _PHIEU_AFTER.match(text, stop, end)
        if phieu is None:
            continue
        named = _CANDIDATE_BEFORE.search(text, max(start, text.rfind("\n", 0, at) + 1), at)
        if named is not None:
            yield _Candidate(named, count, whole, phieu.end())


_NOT_ELECTED = re.compile(r"không trúng cử|không đủ số phiếu|chưa trúng cử", re.IGNORECASE)
_POSITION = re.compile(r"(?:trúng cử|đắc cử|tái cử|bầu|giữ chức|làm|vào chức danh|chức danh)\s+(?:chức\s+)?(?P<pos>(?:Bí thư|Phó [Bb]í thư|"
                       r"Chi ủy viên|Ủy viên|Chủ nhiệm|Phó [Cc]hủ nhiệm|Chủ tịch|Phó [Cc]hủ tịch)[^,.;:()\d]{0,60}?)(?=\s+(?:với|bằng|đạt|được|có)\b|[,.;:()\d]|$)")
_ELECTED_LIST = re.compile(r"(?:trúng cử|được bầu vào|đắc cử)\s+(?:vào\s+)?(?P<body>[^:.;\d]{0,60}?)\s*(?:gồm|là)\s*"
                           r"(?:các đồng chí|các đ/c|đồng chí)?\s*:?\s*(?P<names>[^.;\n]{5,300})", re.IGNORECASE)
_COLLECTIVE = re.compile(r"[Bb]ầu\s+(?:(?P<m>\d+)\s+đồng chí\s+vào\s+)?(?P<body>(?:ra\s+)?(?:Ban Chấp hành|Chi ủy|Ban Thường vụ|Đoàn đại biểu|đoàn đại biểu|"
                         r"Ủy ban Kiểm tra|BCH|\d+\s+đại biểu|\d+\s+đồng chí đi dự)[^.;:]{0,120}?)"
                         r"(?:\s+gồm\s+(?P<n>\d+)\s+đồng chí)?(?=[.;:,]|\s+với\s|\s+và\s+(?:bầu|(?:biểu quyết\s+)?thông qua)\b|$)")
# "Hội nghị đã biểu quyết thông qua Báo cáo chính trị và Nghị quyết hội nghị": documents adopted by a vote with no count
# ("… biểu quyết thống nhất thông qua 6 tờ trình trình HĐND tỉnh", "nhất trí thông qua các đề án": papers counted, not named)
_VOTED_DOCUMENT = re.compile(r"(?:biểu quyết|(?<![Đđ]ề nghị )[Tt]hống nhất|(?<![Đđ]ề nghị )[Nn]hất trí)\s+thông qua\s+(?P<what>(?:toàn văn\s+)?(?:Báo cáo|Đề án|Chương trình|Quy chế|"
                             r"Kế hoạch|Tờ trình|Danh sách|Quy định|Phương án)\s[^;:]{2,120}|"
                             r"(?:\d{1,2}|các)\s+(?:[Tt]ờ trình|[Đđ]ề án|[Bb]áo cáo|[Cc]hương trình|[Kk]ế hoạch|[Pp]hương án)\b[^;:]{0,120})")
# "…; trong đó Nghị quyết về dự toán thu, chi ngân sách năm 2026 được 28/28 …": a document named right before its count
_NAMED_DOCUMENT = re.compile(r"(?:[;:]\s*|\btrong đó\s+|,\s*)(?P<what>(?:Nghị quyết|Báo cáo|Đề án|Tờ trình|Quy chế|Chương trình|"
                             r"Kế hoạch|Danh sách)\s[^.;:\n]{3,150}?)\s+(?:được|với|có)\s+(?=\d|100\s?%)")
# (a title is a word of its own: the "ông" ending "Đông", "Công" inside a name names no one)
_ELECTED_AFTER = re.compile(r"(?<!\w)(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+(?P<name>" + NAME_WORDS + r")\s+(?:tiếp tục\s+)?(?:được (?:tín nhiệm\s+)?bầu|trúng cử|tái đắc cử|đắc cử)")
_RESOLUTION = re.compile(r"(?:biểu quyết\s+)?(?:thông qua|ban hành|nhất trí thông qua|thống nhất thông qua)\s+"
                         r"(?P<what>(?:toàn văn\s+|dự thảo\s+|(?:(?<=thông qua )|(?<=ban hành ))(?:\d+|các)\s+)?Nghị quyết[^;:]{0,120})",
                         re.IGNORECASE)


# What follows the name of what was adopted, not part of it: its list ("5 nghị quyết quan trọng, gồm: …", "38 nghị
# quyết, bao gồm"), what it carries ("Nghị quyết về phát triển kinh tế - xã hội năm 2024 với các chỉ tiêu chủ yếu như"),
# and the next thing done ("Dự thảo Nghị quyết và tiến hành bế mạc Đại hội")
_SUBJECT_TAIL = re.compile(r"(?:,?\s+(?:bao\s+)?gồm\b|\s+với\s+(?:các|những|một số)\s+(?:chỉ tiêu|mục tiêu|nội dung|nhiệm vụ)\b|"
                           r"\s+và\s+(?:tiến hành|bế mạc|kết thúc)\b|"
                           r",\s*trong đó\b|"  # "6 tờ trình …, trong đó có tờ trình về …": one of them, named after
                           # "thông qua 11 nghị quyết …, đồng thời tiến hành bỏ phiếu tín nhiệm …": the next act
                           r",\s*(?:đồng thời|sau đó|tiếp đó)\s+(?:tiến hành|bầu|bỏ phiếu|xem xét|thảo luận|nghe)\b).*$",
                           re.IGNORECASE)


# a label that tells where the vote stands in the minutes, not what it is about: "Về nội dung 3", "Kết quả biểu quyết",
# "Phần II", "Nội dung thứ hai"
_NO_SUBJECT = re.compile(r"[\W_]*(?:(?:về\s+)?(?:nội dung|vấn đề|phần|mục|việc)\s+(?:thứ\s+)?(?:\d{1,2}|[IVX]{1,4}|nhất|hai|ba|"
                         r"tư|bốn|năm|sáu)|kết quả(?:\s+(?:biểu quyết|bỏ phiếu))?|biểu quyết)[\W_]*", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\d{1,3}(?:,\d+)?\s?%\s*\(\s*$")
# The subject of a vote that adopts a resolution (not "the draft of", not a proposal about one)
_ADOPTS_RESOLUTION = re.compile(r"\s*(?:(?:Chi bộ|Đại hội|Hội nghị|Ban Chấp hành|Ban Thường vụ|Đảng ủy|Cuộc họp|Kỳ họp|HĐND)"
                                r"[^,.;:]{0,40}?\s+(?=(?:đã\s+)?(?:biểu quyết|nhất trí|thống nhất|thông qua)\b))?(?:đã\s+)?"
                                r"(?:(?:biểu quyết|nhất trí|thống nhất)\s+)?(?:thông qua\s+)?(?:toàn văn\s+)?(?:bản\s+)?"
                                r"nghị quyết\b(?!\s+(?:số|về việc sửa))", re.IGNORECASE)


def read_decisions(text: str, votes: list, rounds: list, body: list[tuple[int, int]],
                   present: int | None = None, meeting: bool = True,
                   official_present: int | None = None, layers=(), ratios=(), ballots=(),
                   split_present: int | None = None, *, full_stop: FullStop) -> list[Decision]:
    """``full_stop``: where a stretch of the text stops by the shared tokens, which end a resolution's name and an
    election's subject (not the dot inside "1.500" or "T.Ư"); ``present``: the meeting's attendance, the base of "100% đảng viên có mặt tán thành"; ``meeting``: the
    document records or reports a meeting (a báo cáo's "đã thi hành kỷ luật …" tells of past decisions);
    ``official_present``: the official members present, ``split_present`` the same where the text splits those
    present into chính thức and dự bị itself."""
    decisions: list[Decision] = []
    used: list[tuple[int, int]] = []
    named: set[int] = set()  # votes whose subject is the document named right before the count
    starts = sorted(v.start for v in votes)
    candidates: _NamedCandidates | None = None  # read once, when a vote first needs them
    for vote in votes:
        if _MINUTES_READ_BACK.match(text, _sentence_start(text, vote.start)):
            continue  # "Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí dự họp nhất trí 100%": the minutes' close
        # "… thông qua chuyên đề, 100% (12/12) đảng viên … đồng ý", "Nghị quyết này đã được 100% (19/19) đồng chí …": the
        # count in brackets is told after its share, what the vote is about is told before both
        shared = _SHARE_BEFORE.search(text, max(0, vote.start - 14), vote.start)
        at = shared.start() if shared else vote.start
        subject, subject_start = _subject(text, at, full_stop)
        label = _clause_label(text, at) or _line_label(text, at)
        if label is not None and not _NO_SUBJECT.fullmatch(label[0]):  # "Về nội dung 3: …" places the vote, names nothing
            subject, subject_start = label
        if subject is not None:
            subject = subject.rstrip(" ,;:(–-") or None  # "… là 03 đồng chí (100% tán thành)": not the bracket it opens
        if subject is not None and _NO_SUBJECT.fullmatch(subject):
            subject, subject_start = None, at  # "… thống nhất. Kết quả biểu quyết: 9/9": a label, not what was voted
        passive = _PASSIVE_SUBJECT.match(text, _sentence_start(text, at), at) if subject is None else None
        if passive:  # "Nghị quyết được 15/15 đồng chí đảng viên chính thức biểu quyết tán thành": what was adopted
            subject, subject_start = passive["what"], passive.start("what")
        if subject is None:  # "Nghị quyết này đã được 20/21 đồng chí tán thành": the document adopted, named before its count
            told = _ADOPTED_BEFORE.search(text, max(text.rfind("\n", 0, at) + 1, at - 80), at)
            if told:
                subject, subject_start = told["what"], told.start("what")
        # (the last document named before this count: "…; trong đó Nghị quyết A được 28/28 …; Nghị quyết B được 27/28 …"
        # gives B its own count, not A's twice)
        nearer = None
        for named_document in _NAMED_DOCUMENT.finditer(text, max(subject_start, text.rfind("\n", 0, vote.start) + 1),
                                                      vote.end):
            if named_document.start("what") >= vote.start:
                break
            nearer = named_document
        if nearer is not None and nearer.start() > subject_start and nearer.start("what") < vote.start:
            # "thông qua 14 nghị quyết; trong đó Nghị quyết về dự toán … được 28/28 đại biểu tán thành": the one counted
            subject, subject_start = nearer["what"].strip(" ,"), nearer.start("what")
            named.add(subject_start)
        clause_from = max(text.rfind(";", 0, vote.start), text.rfind("\n", 0, vote.start))
        if subject is None or subject_start < clause_from:
            # "Hội nghị thống nhất cho ý kiến về nhân sự …; 100% đại biểu có mặt biểu quyết tán thành Nghị quyết về nhiệm
            # vụ quý IV": the count's own clause names what it adopts after its verb; the clause before is another matter
            # (and where nothing before names it, what it names after is the subject)
            line_end = text.find("\n", vote.start)
            clause_end = _clause_end(text, vote.start, line_end if line_end >= 0 else len(text))
            counted = re.compile(r"\d").search(text, vote.start, clause_end)
            # (after the count: "… nhất trí thông qua Quy chế … với 9/9 đồng chí tán thành" names it before, its own way)
            after = _OBJECT_AFTER.search(text, counted.end(), clause_end) if counted else None
            if after is not None:
                subject, subject_start = after["what"].strip(" ,"), after.start("what")
        approve = vote.parts.get("approve")
        count = vote.count("approve")
        base = approve.denominator.value if approve and approve.denominator else None
        if base is None and vote.present is not None:
            base = vote.present.value
        low = (subject or "").lower()
        kind, person, outcome = "vote", None, "thông qua"
        line_end = text.find("\n", vote.start)
        sentence = text[vote.start:_clause_end(text, vote.start, line_end if line_end >= 0 else len(text))]
        elected = _ELECTED_AFTER.search(sentence)  # "Với 25/25 phiếu tán thành, đồng chí A được bầu giữ chức …"
        if elected is None:  # "Kết quả, ông A trúng cử với 26/28 đại biểu có mặt tán thành": the count of that election
            before = text[_sentence_start(text, vote.start):vote.start]
            elected = next((m for m in _ELECTED_AFTER.finditer(before)
                            if re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,10}?(?:với|bằng|đạt)\s+(?:số phiếu\s+|tỷ lệ\s+)?",
                                            before[m.end():])), None)
        if elected is None:  # the person before the count, the count after a few words of its own
            opening = max(text.rfind("\n", 0, vote.start) + 1, max((m.end() for m in re.finditer(
                r"[.;]\s", text[max(0, vote.start - 200):vote.start])), default=0) + max(0, vote.start - 200))
            elected = next((m for m in _ELECTED_AFTER.finditer(text, opening, vote.start)
                            if re.fullmatch(r"[^.;]{0,30}", text[m.end():vote.start])), None)
        agreed_form = _FORM_AFTER.search(sentence)
        if any(f in low for f in _FORMS) or _DISCIPLINE_SUBJECT.search(low) or agreed_form:
            # (or the count's own words name the form: "18/19 phiếu đồng ý đề nghị kỷ luật đồng chí X bằng hình thức
            # khiển trách")
            kind = "discipline"
            person = _person_in(subject)  # "kỷ luật đồng chí X bằng hình thức khiển trách"
            if person is None:
                person_match = _DISCIPLINED.search(text) or _PERSON.search(text, max(0, vote.start - 400), vote.end)
                person = person_match["name"] if person_match else None
            outcome = agreed_form["form"].lower() if agreed_form else next(  # the form the count agrees to, if said
                (f for f in _FORMS if f in text[max(0, vote.start - 300):vote.end].lower()), None)
        elif re.search(r"đoàn chủ tịch|đoàn thư ký|ban kiểm phiếu|tổ kiểm phiếu|ban thẩm tra", low):
            pass  # "biểu quyết bầu Đoàn Chủ tịch gồm 02 đồng chí …: 30/30 tán thành": the congress's own bodies, a vote
        elif re.search(r"\bbầu\s+(?:lần|vòng)\s+(?:\d|hai|ba)|biểu quyết bầu\b", low) and not elected:
            pass  # "Đại hội biểu quyết bầu lần 2 với 02 đ/c Khang và Bảo: 26/26 tán thành": a vote to hold another round
        elif re.search(r"\bbầu\b(?!\s+cử)|trúng cử", low) or elected or (
                not re.search(r"thông qua|danh sách", low) and re.match(r"\s*(?:[-–•+]\s*)?bầu\b(?!\s+cử)",
                                                                      text[text.rfind("\n", 0, vote.start) + 1:], re.I)):
            kind = "election"  # "Bầu Bí thư Chi bộ (biểu quyết giơ tay): Đồng chí X được 17/17 … tán thành"
            opening = min(subject_start, text.rfind("\n", 0, vote.start) + 1)
            person_match = _PERSON.search(text, opening, vote.end) or _TITLED_PERSON.search(text, opening, vote.end)
            if elected:
                person_match = elected
            person = person_match["name"] if person_match else None
            outcome = "trúng cử"
        against, abstain = vote.count("against"), vote.count("other")
        line_end = text.find("\n", vote.end)
        said = text[vote.start:line_end if line_end >= 0 and line_end - vote.end < 200 else vote.end]
        if against is None and _NONE_AGAINST.search(said):
            against = 0  # "Không tán thành: không", "không có ý kiến không tán thành"
        if abstain is None and _NONE_OTHER.search(said):
            abstain = 0
        if count is None:  # "100% … tán thành (14/14 đồng chí)", "với 37/37 đồng chí đảng viên chính thức có mặt tán thành"
            line_start = text.rfind("\n", 0, vote.start) + 1
            stops = [m.end() for m in re.finditer(r"[.;]\s", text[line_start:vote.start])]
            pair = _ratio_in(text, ratios, line_start + (stops[-1] if stops else 0), vote.start + len(said), _VOTERS_AFTER)
            if pair and pair[2] <= pair[3]:
                count, base = pair[2], base if base is not None else pair[3]
        elif not (approve and approve.denominator):  # "tán thành 13, … (13/15 đồng chí có mặt)": 15 is the base
            pair = _ratio_in(text, ratios, vote.start, vote.start + len(said))
            if pair and pair[2] == count and pair[3] >= count:
                base = pair[3]
        if base is None and count:  # "20 phiếu đồng ý, 1 phiếu không đồng ý trên 21 phiếu thu về": the whole written after
            over = _OVER_WHOLE.search(re.split(r";|\.\s", said)[0])
            if over and int(over["n"]) >= count + (against or 0) + (abstain or 0):
                base = int(over["n"])
        if base is None and count and approve is not None and approve.count is not None and kind != "election":
            base = _base_of_members_share(text, count, approve.count.end, (against or 0) + (abstain or 0))
        if base is None and count and approve is not None and approve.pct and approve.pct[0] > 0:
            base = _base_of_share(count, approve.pct[0], approve.pct[1])  # "15 đồng chí tán thành (93,75%)": of 16
        if base is None and count and against is not None and abstain is not None:
            # "Tán thành: 15; Không tán thành: 0; Ý kiến khác: 1 (đạt 93,75%)": the share, told after the last count,
            # is the approval's of all who voted
            for part in vote.parts.values():
                whole = _base_of_share(count, part.pct[0], part.pct[1]) if part.pct and part.pct[0] > 0 else None
                if whole is not None and whole == count + against + abstain:
                    base = whole
                    break
        if base is None and count:
            base = _base_of_said_share(count, vote, said, (against or 0) + (abstain or 0), text)
        if base is None and count and against is not None and kind != "election" and (
                abstain is not None and count + against + abstain == present or
                official_present and count + against + (abstain or 0) == official_present or
                # "tán thành 24 đồng chí, 01 đồng chí không tán thành, không có đồng chí nào không biểu quyết": the three boxes
                # told are those who voted (the official members present, fewer than all present), as gold authors file
                # it; not where they add up past those present (a count the text gets wrong)
                abstain is not None and present is not None and count + against + abstain < present):
            # "15 đồng chí đồng ý, 02 đồng chí không đồng ý, 0 không biểu quyết": all present (or all the official members
            # present, who alone vote) voted
            base = count + against + (abstain or 0)
        if count is None and _READ_BACK.search(text, max(text.rfind("\n", 0, vote.start) + 1, vote.start - 160), vote.start):
            continue  # "Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí dự họp nhất trí 100%": the closing formula
        if count is None and present and _ALL.search(said):  # "100% đảng viên có mặt tán thành"
            # "100% đảng viên chính thức có mặt"; "100% đảng viên có mặt" where the text splits those present ("Có mặt: 10
            # (chính thức 09, dự bị 01)"): the official members, who alone vote (Điều lệ Điều 3; tests/blind_structure/
            # README.md, votes written "100% đảng viên (có mặt) tán thành")
            official = re.search(r"chính thức", said, re.IGNORECASE)
            voters = official_present if official_present and official else split_present or present
            count, base = voters, base if base is not None else voters
        against, abstain = _unanimous(count, base, against, abstain, said)
        if kind == "election":  # ballots for a person: against and abstain are not what they count
            against, abstain = vote.count("against"), vote.count("other")
        if person is None and kind == "vote":
            person = _person_in(subject)
        if person is None and kind == "vote" and (subject is None or re.fullmatch(r"(?:bằng|theo)\s.*", subject)):
            # "Chi bộ xét đề nghị công nhận đảng viên chính thức cho đ/c X. Biểu quyết bằng giơ tay: 21/21 …"
            before = text[text.rfind("\n", 0, vote.start) + 1:vote.start]
            if re.search(r"kết nạp|công nhận|chính thức|quần chúng", before, re.IGNORECASE):
                # the candidate where the line names one ("đồng chí A đọc nghị quyết giới thiệu quần chúng B"), else
                # the person it names
                candidate = _CANDIDATE.search(before)
                person = _trim(candidate["name"] or candidate["name2"]) if candidate else _person_in(before)
        if person is None and kind == "vote":
            # "Quần chúng Đỗ Thị Lan Anh được chi bộ biểu quyết đề nghị kết nạp với 27/27 …": the person the sentence opens with
            before = text[_sentence_start(text, vote.start):vote.start]
            if re.search(r"kết nạp|công nhận|chính thức|khen thưởng|giới thiệu", before, re.IGNORECASE):
                person = _person_in(before)
        if person is None and kind == "vote" and (subject is None or re.fullmatch(r"(?:bằng|theo)\s.*", subject)):
            # "II. XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC ĐỐI VỚI ĐỒNG CHÍ X" / "Phần 2. Xét công nhận chính thức cho đ/c X" …
            # "Biểu quyết: 11/13 đồng chí tán thành": the candidate the part of the minutes is about
            person = _candidate_of_part(text, max([d.end for d in decisions] + [vote.start - 1500, 0]), vote.start)
        if person is None and kind == "vote" and re.search(r"kết nạp|công nhận", text[vote.start:vote.end], re.IGNORECASE):
            # "- Tán thành đề nghị kết nạp: 10/11 đồng chí": the one candidate the minutes name before it
            if candidates is None:
                candidates = _candidates_named(text)
            person = candidates.sole_before(vote.start)
        end = vote.end
        later = bisect.bisect_right(starts, vote.start)
        following = starts[later] if later < len(starts) and starts[later] < vote.end else None
        if following is not None:
            # "… 12/12 tán thành; biểu quyết đề nghị kết nạp … 11/12 …": the next vote of the line, from the clause it
            # opens, is its own
            cut = max([_last_full_stop(text, vote.start, following), text.rfind(";", vote.start, following)] +
                      [m.start() for m in _NEXT_ACT.finditer(text, vote.start, following)])
            end = cut if cut > vote.start else following
        stop = re.search(r"\.[ \t]+(?=[A-ZĐÀ-Ỹ])", text[vote.start:end])
        if stop and not re.search(r"\d", text[vote.start + stop.end():end]):
            end = vote.start + stop.start() + 1  # "… đạt 100%. Chi bộ cũng thống nhất thông qua …": the next sentence is not this vote
        decisions.append(Decision(kind, min(subject_start, vote.start), end, subject, count,
                                  against, abstain, base, person, None, outcome))
        used.append((min(subject_start, vote.start), end))
    decisions.extend(_discipline_counts(text, layers, used, rounds))
    if meeting:
        decisions.extend(_discipline_stated(text, lines_with(text, body, "discipline"), decisions))
    voting = set(lines_with(text, body, "ballot")) | set(lines_with(text, body, "elect"))
    following = False  # the rows of a kiểm phiếu table under a "Số phiếu" header or a line about the ballots
    for span in body:
        row = "|" in text[span[0]:span[1]] or "\t" in text[span[0]:span[1]]
        if span in voting:
            following = True
        elif following and row:
            voting.add(span)
        else:
            following = False
    decisions.extend(_elections(text, rounds, [span for span in body if span in voting], used, ballots))
    decisions.extend(_named_elections(text, lines_with(text, body, "elect"), decisions, ballots))
    decisions.extend(_counted_agreements(text, body, decisions, ratios))
    decisions.extend(_elected_with(text, lines_with(text, body, "elect"), decisions, ballots))
    decisions.extend(_bodies_elected(text, lines_with(text, body, "elect"), decisions))
    decisions.extend(_agreed(text, lines_with(text, body, "agree"), decisions))
    decisions.extend(_all_adopted(text, lines_with(text, body, "adopt"), decisions, present))
    adopted = set(lines_with(text, body, "adopt"))
    resolving = set(lines_with(text, body, "resolution")) | set(lines_with(text, body, "voted"))
    decisions.extend(_resolutions(text, [s for s in body if s in adopted and s in resolving], used,
                                  decisions, full_stop, present, named, ratios))
    # "Nghị quyết được 15/15 đồng chí … biểu quyết tán thành": adopted, told with "tán thành" instead of "thông qua"
    decisions.extend(_adopted_passive(text, [s for s in body if s in resolving and (
        s in adopted or "tán thành" in text[s[0]:s[1]])], decisions, present, ratios))
    decisions = sorted((replace(d, person=_trim(d.person)) if d.person else d for d in decisions
                        if not _MINUTES_READ_BACK.match(text, _sentence_start(text, d.start))), key=lambda d: d.start)
    # "Thông qua Nghị quyết Hội nghị lần thứ tám: 13/13 tán thành": a resolution adopted, with its count
    decisions = [replace(d, kind="resolution") if d.kind == "vote" and d.person is None
                 and _ADOPTS_RESOLUTION.match(d.subject or "") else d for d in decisions]
    decisions = [_nomination(text, d) if d.kind == "election" and d.person else d for d in decisions]
    return _one_per_election(decisions, text)


# what a count adopts, named after its verb: "… biểu quyết tán thành Nghị quyết về …", "… nhất trí thông qua Quy chế …"
_OBJECT_AFTER = re.compile(r"\b(?:tán thành|nhất trí|đồng ý|thông qua)\s+(?:thông qua\s+)?(?P<what>(?:[Nn]ghị quyết|Chương trình|"
                           r"Quy chế|Kế hoạch|Đề án|Báo cáo|Tờ trình|Danh sách)\b[^.;:()]{0,120})")


# "Cho ý kiến giới thiệu đồng chí X để bầu bổ sung vào Ban Thường vụ: …; đồng chí X được 23/26 phiếu": the meeting votes to
# put a name forward for a body that elects elsewhere, no one is elected here (three authors file it a vote: blind12,
# blind13, dev13); a sentence that tells the result of an election ("trúng cử", "được bầu") stays one
_NOMINATES = re.compile(r"\bgiới thiệu\s+(?:(?:nhân sự|đồng chí|đ/c|ông|bà)\b)[^.;:]{0,120}?\b(?:để\s+|tham gia\s+)?"
                        r"(?:bầu|ứng cử|giữ chức|kiện toàn|bổ sung)\b", re.IGNORECASE)
_ELECTED_HERE = re.compile(r"trúng cử|đắc cử|được bầu|được tín nhiệm bầu", re.IGNORECASE)


def _nomination(text: str, decision: Decision) -> Decision:
    start = _sentence_start(text, decision.start)
    line_end = text.find("\n", decision.start)
    end = _sentence_end(text, decision.start, line_end if line_end >= 0 else len(text))
    nominated = _NOMINATES.search(text, start, decision.start)
    if nominated is None or _ELECTED_HERE.search(text, start, end):
        return decision
    colon = text.find(":", nominated.end(), decision.start)
    subject = text[nominated.start():colon if colon >= 0 else _clause_end(text, nominated.start(), decision.start)]
    subject = subject.strip(" :;,")
    return replace(decision, kind="vote", subject=subject or decision.subject, outcome="thông qua")


_FORM = r"(?:khiển trách|cảnh cáo|cách chức|khai trừ)"
# "Hội nghị đã xem xét, thi hành kỷ luật bằng hình thức cảnh cáo đối với đồng chí X", "Ban Thường vụ quyết định thi hành
# kỷ luật đồng chí X bằng hình thức khiển trách": a disciplinary decision told without its ballots
_DISCIPLINE_STATED = re.compile(
    r"(?:Hội nghị|Chi bộ|Đảng ủy|Đảng uỷ|Ban Thường vụ|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|Ban Chấp hành|Chi ủy|Chi uỷ|Cuộc họp)"
    r"(?:(?!\bđề nghị\b|\bsẽ\b|\bdự kiến\b)[^.;]){0,80}?\bthi hành kỷ luật\s+(?:bằng\s+)?(?:hình thức\s+)?(?P<form>" + _FORM + r")?"
    r"[^.;]{0,20}?(?:đối với\s+|cho\s+)?(?:(?:đảng viên\s+)?(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)|đảng viên)\s+(?P<name>" + NAME_WORDS + r")"
    r"(?:[^.;]{0,80}?bằng\s+hình thức\s+(?P<form2>" + _FORM + r"))?")


def _discipline_stated(text: str, body, decisions) -> list[Decision]:
    found = []
    for start, end in body:
        for match in _DISCIPLINE_STATED.finditer(text, start, end):
            form = match["form"] or match["form2"]
            name = _trim(match["name"])
            stops = [m.end() for m in re.finditer(r"[.;]\s", text[start:match.start()])]
            if re.search(r"\b(?:đề nghị|kiến nghị|sẽ|dự kiến)\b", text[start + (stops[-1] if stops else 0):match.start()]):
                continue  # "Chi bộ đề nghị Ủy ban Kiểm tra thi hành kỷ luật …": a proposal to another body
            if form is None or any(d.kind == "discipline" and (d.person == name or d.start <= match.start() < d.end)
                                   for d in decisions + found):
                continue
            found.append(Decision("discipline", match.start(), match.end(), "hình thức kỷ luật", None, None, None, None,
                                  name, None, form.lower()))
    return found


def _one_per_election(decisions: list[Decision], text: str = "") -> list[Decision]:
    """"Đồng chí A được bầu làm Bí thư với 20/20 phiếu tán thành" read both as a vote and as a named election:
    one election, the reading with more counts."""
    kept: list[Decision] = []
    for d in decisions:
        twin = next((k for k in kept if d.kind == k.kind == "election" and d.person and d.person == k.person
                     and (d.votes_for is not None and d.votes_for == k.votes_for or (d.votes_for is None or k.votes_for is None)
                          and text.rfind("\n", 0, d.start) == text.rfind("\n", 0, k.start))  # one line: one election
                     and abs(d.start - k.start) < 300
                     and not _other_seat(_seat(_line_of(text, d.start)), _seat(_line_of(text, k.start)))), None)
        if twin is None:
            kept.append(d)
            continue
        filled = sum(x is not None for x in (d.votes_for, d.against, d.abstain, d.base, d.position))
        if filled > sum(x is not None for x in (twin.votes_for, twin.against, twin.abstain, twin.base, twin.position)):
            kept[kept.index(twin)] = replace(d, position=d.position or twin.position)
    return kept


_ALL = re.compile(r"\b100\s?%|\btoàn thể\b|\btất cả\b|\bnhất trí hoàn toàn\b", re.IGNORECASE)
# (a state body's vote names its person "ông"/"bà": "Miễn nhiệm Phó Trưởng Ban … đối với bà Lương Thị Huế")
_SUBJECT_PERSON = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c|[Qq]uần chúng|[Đđ]ảng viên|[Đđ]oàn viên|[Hh]ội viên|(?<!\w)(?:[Ôô]ng|[Bb]à))\s+"
                             r"(?P<name>" + NAME_WORDS + r")")


_PASSIVE_SUBJECT = re.compile(r"\s*(?P<what>(?:Nghị quyết|Dự thảo|Báo cáo|Quy chế|Chương trình|Kế hoạch|Danh sách)[^.;:]{0,100}?)"
                              r"\s+(?:đã\s+)?được\s*(?:(?:sự\s+)?(?:nhất trí|đồng ý)\s+(?:của\s+)?)?$")


# The minutes' own closing ("Biên bản đã được đọc lại …, các đồng chí dự họp nhất trí 100%"): no decision of the meeting
_MINUTES_READ_BACK = re.compile(r"\s*Biên bản\s+(?:này\s+|được lập[^.,;]{0,40},\s*)?(?:đã\s+)?(?:được\s+)?(?:đọc lại|thông qua)",
                                re.IGNORECASE)


def _sentence_end(text: str, at: int, end: int) -> int:
    """Where the sentence holding ``at`` ends (at ". " before a capital, or ``end``)."""
    stop = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ\d])").search(text, at, end)
    return stop.start() if stop else end


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after ". " or the line's start)."""
    line_start = text.rfind("\n", 0, at) + 1
    stops = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ\d])", text[line_start:at + 1]) if m.end() <= at - line_start]
    return line_start + (stops[-1] if stops else 0)


def _base_of_share(count: int, pct: float, decimals: int) -> int | None:
    """The whole a share was taken of: 15 at 93,75% → 16 (the printed share must round back to itself)."""
    whole = round(count * 100 / pct)
    if whole < count or whole <= 0:
        return None
    return whole if abs(round(count * 100 / whole, decimals) - pct) < 10 ** -decimals else None


_ADOPTED_BEFORE = re.compile(r"(?P<what>Nghị quyết(?: này| [Đđ]ại hội| [Hh]ội nghị| [Kk]ỳ họp)?)\s+(?:đã\s+)?được\s+(?:[^\d.;]{0,20})$")
# the minutes read back to the meeting at its close, agreed with no count of their own
_READ_BACK = re.compile(r"[Bb]iên bản[^.;]{0,80}?(?:đọc lại|đọc cho|đã đọc|được đọc|thông qua trước)[^.;]{0,80}$")
# a share written in a vote's clause: "đạt 94,74%", "(89,47%)", "chiếm 5,26%"
_SHARE = re.compile(r"(?<![\d,.])(?P<v>\d{1,3}(?:,\d{1,2})?)\s?%")
# what may follow such a share: nothing, or those who voted ("số đảng viên chính thức có mặt", "đại biểu dự họp")
_SHARE_OF_VOTERS = re.compile(r"\s*(?:[),.;]|$|(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:phiếu\s+hợp\s+lệ|(?:đồng chí|đ/c|đảng viên|đại biểu|"
                              r"ủy viên|uỷ viên|thành viên)(?:\s+chính\s+thức)?\s+(?:có\s+mặt|dự\s+họp|tham\s+dự|biểu\s+quyết)))",
                              re.IGNORECASE)


# a share of the whole membership written right after a count: "(bằng 88,57% tổng số đại biểu HĐND xã)", "đạt 91,3%
# tổng số Ủy viên", "bằng 72,22% đảng viên chính thức của chi bộ" (not "số đảng viên được triệu tập", "số hộ")
_SHARE_OF_MEMBERS = re.compile(r"[\s,(]*(?:bằng|đạt|chiếm|tỷ lệ|tỉ lệ)?\s*(?P<v>\d{1,3}(?:,\d{1,2})?)\s?%\s*(?:của\s+)?"
                               r"(?:tổng\s+số\s+(?:các\s+)?(?:đảng viên|đại biểu|ủy viên|uỷ viên|thành viên)"
                               r"|(?:số\s+)?(?:đảng viên|đại biểu|ủy viên|uỷ viên|thành viên)\s+chính\s+thức)"
                               r"(?!\s+(?:có\s+mặt|dự|tham\s+dự|được\s+triệu\s+tập|biểu\s+quyết))", re.IGNORECASE)
_COUNT_WORD = re.compile(r"\s*(?:phiếu|đồng chí|đ/c|đảng viên|đại biểu|ủy viên|uỷ viên|thành viên)?(?:\s+(?:tán thành|"
                         r"đồng ý|nhất trí))?")


# the whole a vote's counts are told over, after them: "… trên 21 phiếu thu về", ", trên tổng số 16 người dự", "(tính
# trên 24 đồng chí có mặt)"
_OVER_WHOLE = re.compile(r"(?:^|[\s,(])(?:tính\s+)?trên\s+(?:tổng\s+số\s+)?(?P<n>\d{1,4})\s+(?:phiếu|người|đồng chí|đ/c|"
                         r"đại biểu|đảng viên|ủy viên|uỷ viên|thành viên)\b", re.IGNORECASE)


def _base_of_members_share(text: str, count: int, end: int, others: int = 0) -> int | None:
    """The membership a vote's count is written as a share of, right after it ("31 đại biểu tán thành (bằng 88,57%
    tổng số đại biểu HĐND xã)": of 35): the denominator the text itself uses (the schema's base: the count a share of
    the members is taken of, as the text writes it)."""
    words = _COUNT_WORD.match(text, end)
    share = _SHARE_OF_MEMBERS.match(text, words.end() if words else end)
    if share is None:
        return None
    value = float(share["v"].replace(",", "."))
    decimals = len(share["v"].split(",")[1]) if "," in share["v"] else 0
    whole = _base_of_share(count, value, decimals) if 0 < value < 100 else None
    return whole if whole is not None and whole >= count + others else None


def _base_of_said_share(count: int, vote, said: str, others: int, text: str = "") -> int | None:
    """The whole the vote's clause takes a share of, when the count it names says none: "tán thành 18, không tán
    thành 01, đạt 94,74% số đảng viên chính thức có mặt" (of 19), "17 đồng chí đồng ý (trên tổng số 19 …, đạt
    89,47%)". A share is read as the share of the count it belongs to: a part's own count first ("không tán thành 01
    (5,26%)" is 1 of 19), else the approval's; the whole must hold every count the vote names."""
    least = count + others
    for part in vote.parts.values():
        own = part.count if isinstance(part.count, int) else getattr(part.count, "value", None)
        if not part.pct or part.pct[0] <= 0 or not own or text and not _SHARE_OF_VOTERS.match(text, part.pct[3]):
            continue
        for value in (own, count):
            whole = _base_of_share(value, part.pct[0], part.pct[1])
            if whole is not None and whole >= least and whole > 1:
                return whole
    clause = re.split(r";|\.\s", said)[0]
    for match in _SHARE.finditer(clause):
        if not _SHARE_OF_VOTERS.match(clause, match.end()):
            continue  # "chiếm 72,7% số đảng viên được triệu tập", "phủ 95% số hộ": a share of another whole
        value = float(match["v"].replace(",", "."))
        decimals = len(match["v"].split(",")[1]) if "," in match["v"] else 0
        if 0 < value < 100:
            whole = _base_of_share(count, value, decimals)
            if whole is not None and whole >= least:
                return whole
    return None


def _line_end(text: str, at: int, limit: int = 240) -> int:
    """The end of the line holding ``at``, at most ``limit`` characters on."""
    end = text.find("\n", at)
    return min(end if end >= 0 else len(text), at + limit)


def _unanimous(count, base, against, abstain, said: str) -> tuple:
    """The counts against and abstaining as the minutes state them (the schema: "for/against/abstain as
    stated"): a unanimous vote ("15/15 đồng chí có mặt nhất trí", "100% tán thành") or one whose parts fill
    its base ("24/25 tán thành, 1 không tán thành") does not state the missing zeros, so they stay None;
    stated zeros ("không có ý kiến khác", "không tán thành: 0") are read where the counts are read."""
    return against, abstain


def _person_in(subject: str | None) -> str | None:
    """The person a vote is about ("công nhận đảng viên chính thức cho đồng chí Ngô Thị Hà")."""
    for match in _SUBJECT_PERSON.finditer(subject or ""):
        if not re.search(r"\b(?:do|bởi|của|theo|(?<!đối\s)với)\s+$", subject[:match.start()]):
            # not "… do đồng chí A trình bày"; "đối với đồng chí A" names whom the vote is about
            return match["name"]
    return None


# a candidate for admission or for full membership, as a part of the minutes introduces them
_CANDIDATE = re.compile(r"(?i:quần chúng)\s+(?P<name>" + NAME_WORDS + r")|(?i:kết nạp|chính thức)(?i:[^.;:\n]{0,40}?)\s(?i:cho|đối với)"
                        r"\s+(?:(?i:đồng chí|đ/c|quần chúng)\s+)?(?P<name2>" + NAME_WORDS + r")")
# the opening of a part of the minutes: "II. …", "II- …", "Phần 2. …", "2) …", or a line in capitals
_PART_OPENING = re.compile(r"^(?:[IVX]{1,4}\s*[.\-–)]|(?i:phần)\s+\d+\s*[.:]|\d{1,2}\s*[.)])\s", re.MULTILINE)


def _candidate_of_part(text: str, start: int, end: int) -> str | None:
    """The candidate named first in the part of the minutes before a vote (from its opening line, else ``start``), its
    heading in capitals read in title case ("XÉT KẾT NẠP QUẦN CHÚNG LÒ THỊ XUÂN"); None where the part tells of no
    admission or full membership."""
    opening = None
    for opening in _PART_OPENING.finditer(text, start, end):
        pass
    part = start  # the lines' offsets are within text[part:end], whichever heading is kept
    for line in re.finditer(r"^[^\n]*$", text[part:end], re.MULTILINE):
        letters = [c for c in line[0] if c.isalpha()]
        if len(letters) > 12 and all(c.isupper() for c in letters) and (opening is None or part + line.start() > opening.start()):
            opening = None
            start = part + line.start()
    start = opening.start() if opening is not None else start
    window = text[start:end]
    if not re.search(r"kết nạp|chính thức", window, re.IGNORECASE):
        return None
    # a heading in capitals: its words in title case, so the name pattern reads them
    window = "\n".join(" ".join(w[:1] + w[1:].lower() for w in line.split(" ")) if sum(c.isupper() for c in line) >
                       0.8 * max(1, sum(c.isalpha() for c in line)) else line for line in window.split("\n"))
    found = next(filter(None, map(_CANDIDATE.search, window.split("\n"))), None)  # (a name never runs onto the next line)
    return _trim(found["name"] or found["name2"]) if found else None


class _NamedCandidates:
    """The candidates for admission or full membership the text names, read once for all its votes: where each name
    ends, the first name, and how many are named before a second, other name."""

    def __init__(self, ends: list[int], first: str | None, alone: int):
        self.ends, self.first, self.alone = ends, first, alone

    def sole_before(self, end: int) -> str | None:
        """The candidate the text names before ``end``, when it names one only."""
        named = bisect.bisect_right(self.ends, end)
        return self.first if 0 < named <= self.alone else None


def _candidates_named(text: str) -> _NamedCandidates:
    ends, first, alone = [], None, None
    for line in re.finditer(r"[^\n]+", text):  # (a name never runs onto the next line)
        for match in _CANDIDATE.finditer(text, line.start(), line.end()):
            name = _trim(match["name"] or match["name2"])
            first = first or name
            if alone is None and name != first:
                alone = len(ends)
            ends.append(match.end())
    return _NamedCandidates(ends, first, len(ends) if alone is None else alone)


def _last_full_stop(text: str, start: int, end: int) -> int:
    """The last "." in text[start:end] that ends a sentence, not one between digits ("1.500 triệu đồng"); -1 if none."""
    at = text.rfind(".", start, end)
    while at > 0 and text[at - 1].isdigit() and text[at + 1:at + 2].isdigit():
        at = text.rfind(".", start, at)
    return at


def _trim(name: str) -> str:
    """"Nguyễn Văn An được" → "Nguyễn Văn An" (the name patterns' letter class also holds "đ")."""
    words = name.split()
    while len(words) > 2 and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


# ", thông qua Quy chế với 11/12 …": a clause of the line that opens the next vote
_NEXT_ACT = re.compile(r",\s*(?:đồng thời\s+)?(?:biểu quyết|thông qua|nhất trí|thống nhất|bầu)\b", re.IGNORECASE)
_CLAUSE_LABEL = re.compile(r"(?<=[.;:])\s*(?P<label>[^\W\d][^:;.\n]{2,120}?)\s*:\s*$")


def _clause_label(text: str, start: int) -> tuple[str, int] | None:
    """"…: 12/12 tán thành. Thông qua kế hoạch trồng cây: 11/12 tán thành", "…; Quy chế làm việc: tán thành 11/12": the
    label of a later clause of the line, right before its count, names that vote (the line's first label names the
    first)."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _CLAUSE_LABEL.search(text, line_start, start)
    if match is None or re.search(r"tán thành|biểu quyết|không tán thành|ý kiến khác", match["label"], re.IGNORECASE):
        return None
    return match["label"], match.start("label")


def _line_label(text: str, start: int) -> tuple[str, int] | None:
    """"a) Quy chế chi tiêu nội bộ năm 2024: tán thành 10/11": the label names the subject."""
    line_start = text.rfind("\n", 0, start) + 1
    match = re.match(r"\s*(?:[a-zđ]\)|\d+[.)]|[-–•+])?\s*(?P<label>[^:\n]{3,120}?)\s*:", text[line_start:start + 1])
    if not match or re.search(r"tán thành|biểu quyết|không tán thành|ý kiến khác", match["label"], re.IGNORECASE):
        return None
    return match["label"], line_start + match.start("label")


def _subject(text: str, start: int, full_stop: FullStop) -> tuple[str | None, int]:
    """The last "biểu quyết thông qua X" / "thông qua X" before a vote (its line or the line above)."""
    line_start = text.rfind("\n", 0, start) + 1
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    election = None
    window = text[line_start:start]
    at = 0
    while found := _ELECTION.search(window, at):  # the last "bầu …" of the line that runs past no full stop
        if full_stop(line_start + found.start(), line_start + found.end()) is None:
            election, at = found, found.end()
        else:
            at = found.start() + 1
    if election:
        adopted = re.search(r"\s+và\s+(?:biểu quyết\s+)?thông qua\s+(?P<what>[^.;:]{3,})$", election[0])
        if adopted:  # "bầu 07 đại biểu … và thông qua Nghị quyết Đại hội với 100% …": the count is the last clause's
            return adopted["what"], line_start + election.start() + adopted.start("what")
        return election[0], line_start + election.start()
    window_start = max(0, start - 300, previous if start - line_start < 40 else line_start)
    window = text[window_start:start]
    found = None
    for match in _SUBJECT.finditer(window):
        if match["subject"].lstrip().startswith("(") or re.search(r"(?:tham gia|hình thức)\s*$", window[:match.start()],
                                                                  re.IGNORECASE):
            continue  # "có 463 đại biểu tham gia biểu quyết (bằng 95,07% …), trong đó": who voted, not on what
        found = match
    if not found:
        return None, start
    subject = found["subject"].strip(" ,")
    return subject, window_start + found.start()


# The words that tie a ballot count to a form of discipline, read around the quantity layer's numbers:
# "11/14 phiếu đề nghị khiển trách", "khiển trách: 11/14", "khiển trách 15/20 phiếu", "… khiển trách đối với đồng chí X
# với 13/15 phiếu"
_FORM_WORD = re.compile(r"(?P<form>khiển trách|cảnh cáo|cách chức|khai trừ)", re.IGNORECASE)
_COUNT_THEN_FORM = re.compile(r"\s*(?:phiếu|đồng chí|đảng viên|đại biểu|ủy viên)?\s*"
                              r"(?:\(\s*(?:đạt\s+|chiếm\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s*\)\s*)?"  # "22/26 phiếu (84,6%) đề nghị …"
                              r"(?:đề nghị\s+|tán thành\s+|chọn\s+|"
                              r"đồng ý\s+|biểu quyết\s+|bỏ phiếu\s+)?(?:hình thức\s+)?", re.IGNORECASE)
_FORM_THEN_COUNT = re.compile(r"\s*:\s*|\s+|[^.;:\d]{0,80}?\svới\s+(?:số phiếu\s+)?|\s+là\s+", re.IGNORECASE)
_VOTER_HEADS = (None, "phiếu", "đồng chí", "đảng viên", "đại biểu", "ủy viên")


def _discipline_counts(text: str, layers, used, rounds=()) -> list[Decision]:
    """"Khiển trách: 11/14 phiếu; Cảnh cáo: 3/14", "11/14 phiếu đề nghị khiển trách": the form with
    most votes is adopted; the base is the denominator written, else the valid ballots. The counts are
    the quantity layer's (``layers``: the paragraphs' document offsets and layers)."""
    found = []  # (start, end, count, written base, form)
    for offset, layer in layers:
        para = layer.text
        forms = list(_FORM_WORD.finditer(para))
        if not forms:
            continue
        for quantity in layer.quantities:
            if quantity.kind not in ("count", "ratio") or quantity.decimals or not (
                    quantity.head in _VOTER_HEADS or quantity.head.startswith(_VOTER_HEADS[1:])):  # "đảng viên chính thức"
                continue
            start = offset + quantity.start
            if any(a <= start < b for a, b in used):
                continue
            form = _form_of(para, quantity, forms)
            if form:
                base = int(quantity.total) if quantity.kind == "ratio" and quantity.total else None
                found.append((start, offset + quantity.end, int(quantity.value), base, form))
    if not found:
        return []
    found.sort()
    best = max(found, key=lambda f: (f[2], f[3] is not None))  # the same count told again over its base: that base
    person_match = _DISCIPLINED.search(text)  # "thi hành kỷ luật đồng chí X", "Đảng viên được xem xét: đồng chí X"
    if person_match is None:
        for person_match in _PERSON.finditer(text, max(0, found[0][0] - 1500), found[0][0]):
            pass
    if person_match is None:
        person_match = _PERSON.search(text, found[-1][1], found[-1][1] + 300)
    person = person_match["name"] if person_match else None
    valid = next((r.counts["valid"][0] for r in rounds if "valid" in r.counts), None)
    if valid is None:  # "Số phiếu phát ra 14, thu vào 14, tất cả hợp lệ", "Phiếu phát ra 16, thu vào 16, hợp lệ 16"
        window = text[max(0, found[0][0] - 400):found[0][0]]
        stated = re.search(r"(?:thu vào|thu về|phát ra)\s*:?\s*(\d+)[^.;\n]{0,40}?(?:tất cả|đều)\s+hợp lệ", window,
                           re.IGNORECASE) or re.search(r"(?<!không )hợp lệ\s*:?\s*(?:là\s+)?(\d+)", window, re.IGNORECASE)
        valid = int(stated[1]) if stated else None
    base = best[3] if best[3] else _base_of_members_share(text, best[2], best[1]) or valid
    used.append((found[0][0], found[-1][1]))
    # the lines that tell the counts, with their labels ("- Khiển trách: 07 phiếu (63,64%)" … "- Cảnh cáo: 03 phiếu …")
    line_start = text.rfind("\n", 0, found[0][0]) + 1
    start = line_start + len(re.match(r"\s*(?:[-–•+*]\s*)?", text[line_start:found[0][0]])[0])
    line_end = text.find("\n", found[-1][1])
    end = len(text) if line_end < 0 else line_end
    end = start + len(text[start:end].rstrip(" ;."))
    return [Decision("discipline", start, end, "hình thức kỷ luật", best[2], None, None,
                     base, person, None, best[4].lower())]


def _form_of(para: str, quantity, forms) -> str | None:
    """The form of discipline a ballot count is for: the form right after it ("11/14 phiếu đề nghị khiển
    trách"), or right before it ("khiển trách: 11/14", "khiển trách 15/20 phiếu", "… khiển trách … với 13/15
    phiếu") with no other form between."""
    for form in forms:
        if form.start() >= quantity.end:
            if _COUNT_THEN_FORM.fullmatch(para, quantity.end, form.start()):
                return form["form"]
            break
    before = [f for f in forms if f.end() <= quantity.start]
    if before:
        form = before[-1]
        between = _FORM_THEN_COUNT.fullmatch(para, form.end(), quantity.start)
        # ("Số phiếu đề nghị hình thức khiển trách là 19/29 đảng viên chính thức": the ballots for the form, over the
        # members the Điều lệ counts)
        if between and (":" in between[0] or quantity.head == "phiếu" or re.match(r"\s*phiếu", para[quantity.end:]) or (
                between[0].strip() == "là" and re.search(r"[Ss]ố phiếu[^.;:\d]{0,40}$", para[:form.start()]))):
            return form["form"]
    return None


# "thu vào 28 phiếu, tất cả đều hợp lệ", "28 phiếu thu về đều hợp lệ", "100% phiếu hợp lệ": every ballot counted is valid
_ALL_VALID = re.compile(r"[^.;\n]{0,40}?(?:(?:tất cả|toàn bộ|cả)\b[^.;\n]{0,25}?(?<!không )\bđều hợp lệ|"
                        r"(?:tất cả|toàn bộ|100\s?%)(?:\s+\d+)?\s+(?:số\s+)?phiếu\s+(?:đều\s+)?hợp lệ|\bđều hợp lệ)",
                        re.IGNORECASE)


def _valid_ballots(rounds: list, text: str = ""):
    """The valid ballots of the count an election at a document offset belongs to: the last round of ballots that
    starts before it (a congress counts the Chi ủy, then the delegates, each with its own valid ballots), else the
    first round; None when that round does not state its valid ballots (not the ballots issued or collected)."""
    marks = []
    for rnd in rounds:
        if not rnd.counts:
            continue
        valid = rnd.counts["valid"][0] if "valid" in rnd.counts else None
        if valid is None and "collected" in rnd.counts and "invalid" in rnd.counts:
            valid = rnd.counts["collected"][0] - rnd.counts["invalid"][0]  # "thu vào 40, không hợp lệ 1"
        last = rnd.counts.get("collected") or rnd.counts.get("issued")
        all_valid = _ALL_VALID.match(text, last[2]) if last is not None and "invalid" not in rnd.counts else None
        if valid is None and all_valid and not re.search(r"\bkhông\b", all_valid[0]):
            valid = last[0]
        marks.append((min(at for _, at, _ in rnd.counts.values()), valid))
    marks.sort(key=lambda mark: mark[0])  # by offset only: a round's valid ballots may be None
    starts = [start for start, _ in marks]

    def valid_at(position: int) -> int | None:
        if not marks:
            return None
        index = bisect.bisect_right(starts, position) - 1
        return marks[max(index, 0)][1]
    return valid_at


# A clause that tells of ballots: an election told there without its own count has the valid ballots for base
# ("cả 02 đồng chí đều đạt trên 90% số phiếu hợp lệ"); one told without ballots has none ("Chi ủy họp, bầu đồng chí
# A giữ chức Bí thư": the text states no denominator).
_BALLOT_WORD = re.compile(r"\bphiếu\b", re.IGNORECASE)
_ANOTHER_ROUND = re.compile(r"\b(?:bầu|trúng cử)\b", re.IGNORECASE)


def _elections(text: str, rounds: list, body, used, ballots=()) -> list[Decision]:
    found: list[Decision] = []
    valid_at = _valid_ballots(rounds, text)
    seen, tallied = set(), set()
    for start, end in body:
        line = text[start:end]
        valid = valid_at(start)

        def ballot_base(at: int, valid=valid) -> int | None:
            """The base of an election told without its count: the valid ballots when its sentence tells of ballots,
            or the next one does before it names another round ("… bầu 15 đồng chí vào Ban Chấp hành. Tổng số phiếu
            phát ra 146, hợp lệ 146"; not "… bầu 03 đồng chí vào Chi ủy. Tại phiên bầu Bí thư, số phiếu …")."""
            stop = _sentence_end(text, at, end)
            if _BALLOT_WORD.search(text, _sentence_start(text, at), stop):
                return valid
            ballots = _BALLOT_WORD.search(text, stop, _sentence_end(text, min(stop + 2, end), end))
            return valid if ballots and not _ANOTHER_ROUND.search(text, stop, ballots.start()) else None
        row = _candidate_row(line)  # "1 | Huỳnh Văn Sang | 35 phiếu | 97,2%": a row of the kiểm phiếu table
        if row is not None and not any(a <= start < b for a, b in used):
            name, votes, base, at = row
            if (name, votes, _seat(line)) not in tallied:
                seen.add(name)
                tallied.add((name, votes, _seat(line)))
                base = base or valid
                outcome = "không trúng cử" if base and votes * 2 <= base else "trúng cử"
                found.append(Decision("election", start + at, end, None, votes, None, None, base, name, None, outcome))
            continue
        for match in _candidates(text, ballots, start, end):
            if any(a <= match.start() < b for a, b in used):
                continue
            name = _trim(match["name"])  # the name class also holds lower-case letters: "Nguyễn Văn An được"
            votes = int(match["n"])
            if name.split()[0].lower() in ("tổng", "số", "phiếu") or (name, votes, _seat(line)) in tallied:
                continue
            if not match["comrade"] and (name.split()[0] not in word_set("surnames", lower=False) or len(name.split()) < 2):
                continue  # "…, Đại hội 30 phiếu": only a person's name stands before ballots without "đồng chí"
            seen.add(name)
            tallied.add((name, votes, _seat(line)))  # one person may be elected twice (chi ủy, then Bí thư), each with its votes
            base = int(match["b"]) if match["b"] else valid_at(match.start())
            after = text[match.end():_clause_end(text, match.end(), min(end, match.end() + 120))]  # not the next one's
            outcome = "trúng cử"
            if _NOT_ELECTED.search(after) or (base and votes * 2 <= base):
                outcome = "không trúng cử"
            position = _POSITION.search(line)
            share = _SHARE_AFTER.match(text, match.end(), end)  # "27 phiếu (96,43%)": the share is the same fact
            found.append(Decision("election", match.start(), share.end() if share else match.end(), None, votes, None, None,
                                  base, name, position["pos"].strip() if position else None, outcome))
        for match in re.finditer(r"(?:[Đđ]ồng chí|[Đđ]/c|\b[Ôô]ng|\b[Bb]à)\s+(?P<name>" + NAME_WORDS + r")"
                                 r"(?P<more>(?:\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?" + NAME_WORDS + r")*)"
                                 r"(?:(?![Đđ]ồng chí|\b[Ôô]ng\s|\b[Bb]à\s)[^.;]){0,80}?(?P<verdict>không trúng cử|trúng cử|tái đắc cử|đắc cử|tái cử|"
                                 r"được (?:tín nhiệm |(?:Chi ủy|Ban Chấp hành|Ban Thường vụ|Hội nghị|Đại hội)[^\d,.;:]{0,40}? )?"
                                 r"bầu (?:lại )?(?:làm|giữ chức)|(?<!bầu )giữ chức)", line):  # "được Chi ủy khóa mới bầu giữ chức Bí thư"
            if match["verdict"] == "giữ chức" and not re.search(
                    r"\bbầu\b", line[_sentence_start(line, match.start()):match.start()]):
                continue  # "các đồng chí A, B giữ chức Phó Bí thư" is an election only after a "bầu" of its sentence
            names = [_trim(match["name"])]
            for at, piece in _pieces(match["more"]):
                if _apposition(line, match.start("more") + at):
                    continue  # "đồng chí A, Trưởng Công an xã, trúng cử": A's title, no second person
                more = _trim(re.sub(r"^(?:ông|bà|đồng chí)\s+", "", piece.strip()))
                if more and not real_name(more):
                    break  # "đồng chí A, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trúng cử": A's titles, no other names
                names += [more] if more else []
            outcome = "không trúng cử" if match["verdict"] == "không trúng cử" else "trúng cử"
            shared = _POSITION.search(line, match.start("verdict"))  # "các đồng chí A, B được bầu giữ chức Phó Bí thư"
            for other in names[1:]:
                if other in seen:
                    _set_outcome(found, other, outcome)
                    continue
                seen.add(other)
                found.append(Decision("election", start + match.start(), start + match.end(), None, None, None, None,
                                      ballot_base(start + match.start()) if match["verdict"] != "giữ chức" else None,
                                      other,
                                      shared["pos"].strip() if shared else None, outcome))
            name = names[0]
            tail = line[match.end():match.end() + 140]
            tail = tail[:_clause_end(tail, 0, len(tail))]  # "… trúng cử với 34/36 phiếu", not the next clause's
            votes, base = _ballots(text, ballots, start + match.start(), start + match.end() + len(tail),
                                   valid_at(start + match.start())) if len(names) == 1 else (None, None)
            office = _office(position["pos"]) if (position := _POSITION.search(line, match.start())) else None
            if name in seen and (votes is None or (name, votes, _seat(line)) in tallied) and not (
                    votes is None and office and match["verdict"].startswith("được")
                    and office not in _seats_held(text, found, name)):
                _set_outcome(found, name, outcome)
                continue
            # "Đồng chí A (a Chi ủy member by ballot) được Chi ủy bầu giữ chức Bí thư": a second election, to an office
            # "… trúng cử với 34/36 phiếu": a second election of one person (chi ủy, then Bí thư), with its own votes
            if any(a <= start + match.start() < b for a, b in used):
                continue
            seen.add(name)
            if votes is not None:
                tallied.add((name, votes, _seat(line)))
            if base is None and match["verdict"] != "giữ chức":  # (one who holds an office the vote gave: no ballots)
                base = ballot_base(start + match.start())
            position = _POSITION.search(line, match.start())
            told = start + match.end() + (len(tail) if votes is not None else 0)  # "… trúng cử với 26/28 phiếu (92,86%)"
            found.append(Decision("election", start + match.start(), told, None, votes, None, None,
                                  base, name, position["pos"].strip() if position else None, outcome))
        for match in _ELECTED_LIST.finditer(line):  # "Các đồng chí trúng cử Chi ủy khóa mới gồm: A, B, C"
            for piece in re.split(r"\s*(?:,|;|\bvà\b)\s*", match["names"]):
                name = _NAME_START.match(piece)
                if name is None or name["name"].split()[0] not in word_set("surnames", lower=False):
                    continue
                person = _trim(name["name"])
                if person in seen:
                    _set_outcome(found, person, "trúng cử")
                    continue
                seen.add(person)
                at = start + match.start("names") + match["names"].find(person)
                found.append(Decision("election", at, at + len(person), None, None, None, None, ballot_base(at), person,
                                      match["body"].strip() or None, "trúng cử"))
        for match in _COLLECTIVE.finditer(text, start, end):
            if any(a <= match.start() < b for a, b in used):
                continue
            if _TO_COME.search(text, max(start, match.start() - 60), match.start()):
                continue  # "Ban Chấp hành khóa mới họp phiên thứ nhất bầu Ban Thường vụ …": an election still to come
            body_name = match["body"].strip()
            if body_name.startswith("ra "):
                body_name = body_name[3:]
            found.append(Decision("election", match.start(), match.end(), body_name, None, None, None,
                                  ballot_base(match.start()), None,
                                  body_name, f"bầu {match['n'] or match['m']} đồng chí" if match["n"] or match["m"]
                                  else "đã bầu"))
    people = [d for d in found if d.person]
    collective = sorted(d.start for d in found if not d.person)
    # a body elected person by person ("Bầu Chi ủy: đồng chí A 27 phiếu …") is those people's elections
    return [d for d in found if d.person or not any(
        d.start <= p.start < min([c for c in collective if c > d.start] + [d.start + 800])
        and (p.position is None or _same_body(p.position, d.subject)) for p in people)]


def _pieces(names: str):
    """(offset, text) of each piece of "A, B và C" (the text between commas and "và")."""
    at = 0
    for joint in [*re.finditer(r"\s*(?:,|\bvà\b)\s*", names), None]:
        stop = joint.start() if joint else len(names)
        if names[at:stop].strip():
            yield at, names[at:stop]
        if joint:
            at = joint.end()


def _apposition(line: str, at: int) -> bool:
    """"đồng chí A, Trưởng Công an xã, trúng cử …", "đồng chí B, Phó Chủ tịch UBND xã, …": a title after the name,
    not a second person."""
    told = line[at:at + 40].lower()
    return any(told.startswith(title) and not told[len(title):len(title) + 1].isalpha() for title in _titles())


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(word_set("titles"))


_TO_COME = re.compile(r"(?:\bsẽ|dự kiến|chuẩn bị|kế hoạch|họp phiên (?:thứ nhất|đầu tiên))\s+(?:[^.;,]{0,30}\s)?$",
                      re.IGNORECASE)
_NAME_CELL = re.compile(r"(?:\d{1,3}[.)]\s*)?(?:(?:[Đđ]ồng chí|[Đđ]/c)\s+)?(?P<name>" + NAME_WORDS + r")")
_VOTES_CELL = re.compile(r"(?P<n>\d{1,4})\s*(?:/\s*(?P<b>\d{1,4}))?\s*(?:phiếu(?:\s+bầu)?)?", re.IGNORECASE)


def _candidate_row(line: str) -> tuple[str, int, int | None, int] | None:
    """(name, votes, base, offset of the name) of a table row "1 | Huỳnh Văn Sang | 35 phiếu | 97,2%" (cells split
    by "|", TABs or a run of spaces): one cell is a person's name, the next number cell ends in "phiếu" or the row
    has no other count (a share in % is not one)."""
    if "|" not in line and "\t" not in line and "   " not in line:
        return None
    cells = [(m.group(), m.start()) for m in re.finditer(r"[^|\t]+?(?=\s*(?:\||\t|\s{3,}|$))", line) if m.group().strip()]
    name = None
    for i, (cell, at) in enumerate(cells):
        cell_s = cell.strip()
        found = _NAME_CELL.fullmatch(cell_s)
        words = found["name"].split() if found else []
        if name is None and found and len(words) >= 2 and (words[0] in word_set("surnames", lower=False) or (
                3 <= len(words) <= 4 and words[1] in ("Văn", "Thị"))):  # "Giáp Văn Toàn": a rarer family name
            name = (_trim(found["name"]), at + (len(cell) - len(cell.lstrip())) + found.start("name"), i)
            continue
        if name is not None:
            votes = _VOTES_CELL.fullmatch(cell_s)
            if votes and ("phiếu" in cell_s.lower() or not any("phiếu" in c.lower() for c, _ in cells)):
                return name[0], int(votes["n"]), int(votes["b"]) if votes["b"] else None, name[1]
    return None


_SHARE_AFTER = re.compile(r"\s*[,(=]?\s*(?:đạt\s+|chiếm\s+)?(?:tỷ lệ\s+)?\d+(?:[,.]\d+)?\s*%\)?")
_SEAT = re.compile(r"\b(?:bầu|trúng cử|đắc cử)\s+(?:trực tiếp\s+|bổ sung\s+)?(?:chức(?: danh| vụ)?\s+)?(?:\d+\s+)?"
                   r"(?P<seat>Phó Bí thư|Bí thư|Chi ủy viên|Ủy viên|Chủ nhiệm|Phó Chủ nhiệm|Chủ tịch|Phó Chủ tịch|"
                   r"đại biểu(?: chính thức| dự khuyết)?|Chi ủy|Ban Chấp hành|Ban Thường vụ)", re.IGNORECASE)


_OFFICES = ("phó bí thư", "bí thư", "chủ tịch", "phó chủ tịch", "chủ nhiệm", "phó chủ nhiệm", "đại biểu", "đại biểu chính thức",
            "đại biểu dự khuyết")


def _other_seat(a: str | None, b: str | None) -> bool:
    """Two mentions elect to different seats: one names an office (Bí thư, Phó Bí thư, đại biểu …) the other does not
    name ("Chi ủy" then "Phó Bí thư"); a row of the ballots and the sentence that restates it are one election."""
    return a != b and (a in _OFFICES or b in _OFFICES)


def _line_of(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _seat(line: str) -> str | None:
    """The seat a line elects to ("Đại hội bầu Phó Bí thư Chi bộ: …"): the same votes for another seat are another
    election, the same votes restated for one seat are not."""
    match = _SEAT.search(line)
    seat = match["seat"].lower() if match else None
    return seat if seat in _OFFICES else None  # a body's members ("Chi ủy") restated are one election


def _seats_held(text: str, decisions, name: str) -> set:
    """The seats a person was already read elected to: the office of the decision, else the seat its line or the
    heading of its count names ("KIỂM PHIẾU BẦU BÍ THƯ CHI BỘ" over a table of candidates), None for a body's member."""
    return {_office(d.position) or _seat(_line_of(text, d.start)) or _seat_above(text, d.start)
            for d in decisions if d.person == name}


def _seat_above(text: str, at: int) -> str | None:
    """The office the nearest line above (up to 8 lines) that names an election's seat elects to."""
    end = text.rfind("\n", 0, at)
    for _ in range(8):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        match = _SEAT.search(text, begin, end)
        if match:
            return match["seat"].lower() if match["seat"].lower() in _OFFICES else None
        end = begin - 1
    return None


def _office(position: str | None) -> str | None:
    """The office a position names ("Bí thư Chi bộ" → "bí thư", "Phó Bí thư" → "phó bí thư"), None for a body's
    member ("Chi ủy", "Ủy viên Ban Thường vụ")."""
    low = (position or "").lower().strip()
    return next((o for o in sorted(_OFFICES, key=len, reverse=True) if low.startswith(o)), None)


def _same_body(position: str, body: str | None) -> bool:
    """"Ủy viên Ban Thường vụ" is a seat of "Ban Thường vụ …"; "Bí thư Đảng ủy xã" is a seat of its own."""
    words = (body or "").lower().split()[:3]
    return bool(words) and " ".join(words) in position.lower()


def _set_outcome(found: list[Decision], name: str, outcome: str) -> None:
    """A later sentence ("… không trúng cử") settles a candidate's outcome."""
    from dataclasses import replace

    for i, decision in enumerate(found):
        if decision.person == name:
            found[i] = replace(decision, outcome=outcome)


_BAU_GROUP = re.compile(r"bầu(?:\s+bổ sung)?(?:\s+\d+\s+đồng chí)?\s+vào\s+(?P<body>[^,.;:]{3,100}?)(?:,[^:.]{0,60})?\s*,?\s*"
                        r"gồm(?:\s+các)?\s+đồng chí\s*:?\s*(?P<names>[^.]{5,400})")
_PROPOSED = re.compile(r"(?:đề nghị|đề xuất|sẽ|dự kiến|chuẩn bị|giới thiệu|kế hoạch)\s+(?:tiến hành\s+)?$", re.IGNORECASE)
# "bầu bổ sung đồng chí X vào Ban Thường vụ", "bầu bổ sung đồng chí X, Phó Chủ tịch UBND xã giữ chức Ủy viên Ban Thường vụ",
# "bầu: đ/c X làm Bí thư (3/3 phiếu); đ/c Y - Phó Bí thư (3/3 phiếu)" (the next one's office after a dash)
_BAU_ONE = re.compile(r"bầu(?:\s+bổ sung)?\s*:?\s+(?:đồng chí|đ/c|ông|bà)\s+(?P<name>" + NAME_WORDS + r")"
                      r"(?:\s*,\s*[^,.;:()]{3,80}?,?)?\s+"
                      r"(?:vào|làm|giữ chức(?: vụ)?|tái cử|tái đắc cử)\s+(?P<body>[^,.;:()]{3,80}?)(?=\s+(?:với|bằng|đạt)\b|[,.;:(]|$)")
_BAU_NEXT = re.compile(r"(?:[;,]|\s(?=và\b))\s*(?:và\s+)?(?:đồng chí|đ/c)\s+(?P<name>" + NAME_WORDS + r")\s+"
                       r"(?:vào|làm|giữ chức(?: vụ)?|[-–])\s+(?P<body>(?:Bí thư|Phó Bí thư|Chi ủy viên|Chi uỷ viên|Ủy viên|Uỷ viên|"
                       r"Ban |Chủ nhiệm|Phó Chủ nhiệm|Chủ tịch|Phó Chủ tịch)[^,.;:()]{0,80}?)"
                       r"(?=\s+(?:với|bằng|đạt)\b|[,.;:(]|$)")
_NAME_START = re.compile(r"\s*(?:đồng chí\s+)?(?P<name>" + NAME_WORDS + r")")


# the role a body is elected to lead a group of bodies: "Cụm trưởng", "làm phó cụm", "Khối phó", "Tổ trưởng tổ thi đua"
_GROUP_ROLE = (r"(?:(?i:cụm|khối|tổ|nhóm)\s+(?i:trưởng|phó)|(?i:trưởng|phó)\s+(?i:cụm|khối|tổ|nhóm)|"
               r"(?i:đơn vị)\s+(?i:trưởng|phó|thường trực|chủ trì))(?:\s+(?!(?:để|nhằm|và|năm|trong)\b)[^\s,;.:()]+){0,5}?")


_NEXT_BODY = re.compile(r"(?:\s+(?:năm|nhiệm kỳ)\s+[^,;.]{1,20}?)?\s*(?:,|;|\bvà\b)\s*(?:(?-i:bầu)\s+)?")


@lru_cache(maxsize=1)
def _body_elected_pattern() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in sorted(word_set("org_heads", lower=False), key=len, reverse=True))
    return re.compile(r"(?P<who>(?-i:" + heads + r")\s[^,;.:()]{2,90}?)\s+làm\s+(?P<role>" + _GROUP_ROLE + r")"
                      r"(?=\s*[,;.)]|\s+(?:để|nhằm|và|năm|trong|nhiệm kỳ)\b|\s*$)")


def _bodies_elected(text: str, body, decisions) -> list[Decision]:
    """"Hội nghị đã bầu Đảng ủy Sở Y tế làm Cụm trưởng, Đảng ủy Trường Cao đẳng Y tế làm Cụm phó": bodies, not people,
    chosen to lead a group of bodies (a cluster or bloc of emulation), one assignment per body named after "bầu". No
    ballot elects a body: the members agree which of them heads the group, so it is no election, whatever the verb."""
    found = []
    for start, end in body:
        for elect in re.finditer(r"(?<!\w)bầu\s+", text[start:end], re.IGNORECASE):
            at = start + elect.end()
            if _TO_COME.search(text, max(start, at - 60), start + elect.start()) or re.search(
                    r"(?:đề nghị|đề xuất|xin|sẽ)\s+$", text[max(start, at - 40):start + elect.start()], re.IGNORECASE):
                continue  # "Cụm sẽ bầu …", "đề nghị bầu …": an election still to come
            stop = _sentence_end(text, at, end)
            pattern = _body_elected_pattern()
            while (match := pattern.match(text, at, stop)) is not None:
                if not any(d.start <= match.start() < d.end for d in decisions):
                    who, role = match["who"].strip(), match["role"].strip()
                    found.append(Decision("assignment", match.start(), match.end(), f"{who} làm {role}", None, None,
                                          None, None, None, role, "đã chọn"))
                # (the next body after the term the role is held for: "… làm Cụm trưởng năm 2026 và Sở B làm Cụm phó")
                joined = _NEXT_BODY.match(text, match.end(), stop)
                if joined is None:
                    break
                at = joined.end()
    return found


def _named_elections(text: str, body, decisions, ballots=()) -> list[Decision]:
    """"bầu bổ sung 3 đồng chí vào Ban Chấp hành …, gồm các đồng chí: A, chức vụ; B, …" and
    "bầu bổ sung đồng chí X vào Ban Thường vụ": one election per person."""
    known = {d.person for d in decisions if d.person}

    def read(name: str, seat: str, at: int) -> bool:
        """Already read: the same person to the same seat, or in the same line (a vote read it); "Chi ủy khóa mới
        bầu đồng chí A (elected to the Chi ủy by ballot) giữ chức Bí thư" is a second election."""
        line = (text.rfind("\n", 0, at), text.find("\n", at) % (len(text) + 1))
        return _office(seat) in _seats_held(text, decisions, name) or any(
            d.person == name and line[0] < d.start < line[1] for d in decisions)
    prior = set(known)
    found = []
    for start, end in body:
        for match in _BAU_GROUP.finditer(text, start, end):
            for piece in re.finditer(r"[^;]+", match["names"]):
                name = _NAME_START.match(piece[0])
                if name and name["name"] not in known:
                    known.add(name["name"])
                    at = match.start("names") + piece.start() + name.start("name")
                    found.append(Decision("election", at, at + len(name["name"]), None, None, None, None, None,
                                          name["name"], match["body"].strip(), "trúng cử"))
        for match in _BAU_ONE.finditer(text, start, end):
            if _PROPOSED.search(text, max(start, match.start() - 40), match.start()):
                continue  # "Hội nghị thống nhất đề nghị bầu đồng chí X … tại kỳ họp sau": an election still to come
            votes, base = _ballots(text, ballots, match.start("body"), _clause_end(text, match.end(), end), None)
            if not (match["name"] in prior and read(match["name"], match["body"], match.start())):  # not read from its vote
                found.append(Decision("election", match.start(), match.end(), None, votes, None, None, base,
                                      match["name"], match["body"].strip(), "trúng cử"))
            elif votes is not None:  # "Số phiếu bầu đồng chí A làm Bí thư là 26/27": its count, read without it before
                line = (text.rfind("\n", 0, match.start()), text.find("\n", match.start()) % (len(text) + 1))
                at = next((i for i, d in enumerate(decisions) if d.kind == "election" and d.person == match["name"]
                           and d.votes_for is None and line[0] < d.start < line[1]), None)
                if at is not None:
                    decisions[at] = replace(decisions[at], votes_for=votes, base=decisions[at].base or base)
            position = match.end()
            while (more := _BAU_NEXT.search(text, position, end)) and not re.search(r"\.(?!\d)", text[position:more.start()]):
                # "…; đồng chí B làm Phó Bí thư với 22/24 phiếu": the same "bầu" goes on to the next person
                position = more.end()
                if more["name"] in prior and read(more["name"], more["body"], more.start()) or more["name"] in known - prior:
                    continue
                known.add(more["name"])
                votes, base = _ballots(text, ballots, more.start("body"), _clause_end(text, more.end(), end), None)
                found.append(Decision("election", more.start(), more.end(), None, votes, None, None, base,
                                      more["name"], more["body"].strip(), "trúng cử"))
    return found


# The words after a ratio of the quantity layer that make it a count of votes: "(17/17) đồng chí có mặt tán thành",
# "19/19 đảng viên", and a helper that finds such a ratio in a span of the document.
_APPROVED_AFTER = re.compile(r"\)?\s*(?:đồng chí|đảng viên|đại biểu|đ/c)?(?:\s+có mặt)?\s*(?:tán thành|nhất trí|đồng ý)",
                             re.IGNORECASE)
_VOTERS_AFTER = re.compile(r"\s*(?:đồng chí|đảng viên|đại biểu|phiếu|đ/c)")
_COUNTED_AFTER = re.compile(r"\)?\s*(?:đồng chí|đảng viên|đại biểu|đ/c|phiếu|người)")
_VOTERS_BEFORE = re.compile(r"(?:đồng chí|đảng viên|đại biểu|đ/c|người|thành viên|ủy viên)(?:\s+(?:chính thức|có mặt|dự họp|"
                            r"tham dự))*\s*\(\s*$")


# an election named before its count: "bầu Ban Chấp hành gồm 15 đồng chí", up to " với", a comma, a colon or the count
_ELECTION = re.compile(r"\bbầu\s+[^;:]{3,140}?(?=\s+với\s|\s*[,:;(]|$)")
# text[start:end]'s first full stop by the shared tokens (a "." standing as a token of its own), or None
FullStop = Callable[[int, int], "int | None"]


def _to_full_stop(pattern: re.Pattern, text: str, start: int, end: int, full_stop: FullStop) -> Iterator[re.Match]:
    """The matches of ``pattern`` in text[start:end], each cut at the first full stop it would run past."""
    at = start
    while found := pattern.search(text, at, end):
        begin = found.start()
        stop = full_stop(begin, found.end())
        if stop is not None:
            found = pattern.match(text, begin, stop)
        if found is None:  # the next search goes on past this start: stepping from ``at`` was quadratic in a paragraph
            at = begin + 1
            continue
        yield found
        at = max(found.end(), begin + 1)


def _ratio_in(text: str, ratios, start: int, end: int, after: re.Pattern | None = None) -> tuple | None:
    """The first ratio the quantity layer read in text[start:end] ((start, end, count, whole), document offsets)
    whose next words match ``after``."""
    for ratio in ratios[bisect.bisect_left(ratios, (start,)):]:
        if ratio[0] >= end:
            break
        if ratio[1] <= end and (after is None or after.match(text, ratio[1])):
            return ratio
    return None


def _resolutions(text: str, body, used, decisions, full_stop: FullStop, present: int | None = None,
                 named=frozenset(), ratios=()) -> list[Decision]:
    found = []
    for start, end in body:
        matches = sorted([*_to_full_stop(_RESOLUTION, text, start, end, full_stop),
                          *_to_full_stop(_VOTED_DOCUMENT, text, start, end, full_stop)], key=lambda m: m.start())
        for match in matches:
            if found and found[-1].start <= match.start() < found[-1].end:
                continue

            def apart(a: int) -> bool:  # "thông qua 14 nghị quyết; trong đó Nghị quyết X được 28/28": X is the vote's
                return a in named and match.end("what") <= a
            if any(a - 300 <= match.start() < b and not apart(a) for a, b in used) or \
                    any(d.start - 50 <= match.start() <= d.end and not apart(d.start) for d in decisions):
                continue
            if re.search(r"(?:dự thảo|đóng góp|thảo luận|xây dựng)\s*$", text[max(start, match.start() - 25):match.start()]):
                continue
            stops = [m.end() for m in re.finditer(r"[.;]\s", text[start:match.start()])]
            if match[0].lower().startswith("ban hành") and re.match(r"(?:\d+|các)\s", match["what"]) and not re.search(
                    r"(?:[Kk]ỳ họp|[Hh]ội nghị|[Đđ]ại hội|[Pp]hiên họp)(?:\s+(?:này|thứ\s+\S+))?\s+(?:đã\s+)?$",
                    text[start + (stops[-1] if stops else 0):match.start()]):
                continue  # "Ban Chấp hành đã ban hành 05 nghị quyết chuyên đề": papers of the year, not adopted here
            if re.search(r"\b(?:sẽ|dự kiến|chưa|chuẩn bị|để)\b", text[start + (stops[-1] if stops else 0):match.start()]):
                continue  # "Chi bộ sẽ biểu quyết thông qua Nghị quyết tại kỳ sinh hoạt tháng 11": not yet adopted
            if re.search(r"\btrong\s+(?:vòng\s+)?\d+\s+ngày|\btrước ngày\b|\bchậm nhất\b|\bhoàn thành trước\b",
                         text[match.start():_clause_end(text, match.end(), end)]):
                continue  # "Văn phòng Đảng ủy ban hành nghị quyết hội nghị trong 03 ngày làm việc": a task with its deadline
            what = _SUBJECT_TAIL.sub("", match["what"].strip())
            said = text[match.start():min(end, match.end() + 300)]
            if apart(min([d.start for d in decisions if d.start >= match.end("what")] + [end])):
                said = text[match.start():match.end("what")]  # the counted vote after it is another document's
            # "…: 100% (17/17) đồng chí có mặt tán thành" the vote reader left: the quantity layer's ratio, then approval
            share = _ratio_in(text, ratios, match.start(), match.start() + len(said), _APPROVED_AFTER)
            if share is None and re.search(r"biểu quyết|nhất trí|thống nhất|tán thành",
                                           text[_sentence_start(text, match.start()):match.start() + len(said)], re.I):
                # "… thống nhất thông qua Nghị quyết, biểu quyết 29/29 đồng chí đạt 100%", "(29/29 đồng chí, đạt 100%)":
                # the voters counted in the sentence that adopts it
                sentence_end = _clause_end(text, match.end(), min(end, match.start() + len(said)))
                share = _ratio_in(text, ratios, match.start(), sentence_end, _COUNTED_WHO)
                if share and present and share[3] > present:
                    share = None  # a count of something else than those present
            if share and share[2] <= share[3]:
                what = re.sub(r"\s+bằng hình thức.*$|\s+với$", "", what)
                told_votes = text[match.start():_line_end(text, match.end())]  # the sentence's stated zeros, if any
                against = 0 if _NONE_AGAINST.search(told_votes) else None
                abstain = 0 if _NONE_OTHER.search(told_votes) else None
                found.append(Decision("vote", match.start(), match.end(), what, share[2], against, abstain,
                                      share[3], None, None, "thông qua"))
                break
            before = text[max(start, match.start() - 80):match.start()]
            if present and (re.search(r"\b100\s?%[^.;]{0,60}?(?:tán thành|nhất trí|đồng ý)", said, re.IGNORECASE) or
                            re.search(r"\b100\s?%[^.;]{0,50}?(?:đã\s+)?$", before)):  # "100% đảng viên … đã biểu quyết thông qua"
                what = re.sub(r"\s+với\s+100.*$", "", what)  # "… với 100% đại biểu dự hội nghị tán thành"
                found.append(Decision("vote", match.start(), match.end(), what, present, None, None, present, None, None,
                                      "thông qua"))
                break
            found.append(Decision("resolution", match.start(), match.end(), what, None, None, None, None, None, None,
                                  "thông qua"))
            break
    return found[:2]


# "Nghị quyết này đã được 100% (19/19) đồng chí đảng viên chính thức có mặt tại kỳ sinh hoạt nhất trí thông qua",
# "Nghị quyết được Chi bộ thông qua … với 19/19 đảng viên … tán thành": the document adopted, told of itself
_PASSIVE = re.compile(r"(?P<what>(?:(?:[Cc]ác|[Cc]ả\s+\d+|\d+)\s+nghị quyết(?: (?:này|trên|nói trên))?|"
                      r"Nghị quyết(?: này| [Đđ]ại hội| [Hh]ội nghị| [Kk]ỳ họp)?))"
                      r"\s+(?:đều\s+)?(?:đã\s+)?được\s+(?P<said>[^.;\n]{0,160}?)\b(?:thông qua|tán thành)\b"
                      r"(?P<after>[^.;\n]{0,120})")
def _adopted_passive(text: str, body, decisions, present: int | None, ratios=()) -> list[Decision]:
    found = []
    for start, end in body:
        for match in _PASSIVE.finditer(text, start, end):
            if any(d.start <= match.end() and match.start() <= d.end for d in decisions):
                continue  # read already as a vote
            said = match["said"] + " " + match["after"]
            pair = _ratio_in(text, ratios, match.start("said"), match.end("after"), _COUNTED_AFTER)
            if pair is None:  # "Nghị quyết được 100% đảng viên có mặt (18/18) biểu quyết thông qua": the voters, then their count
                pair = _ratio_in(text, ratios, match.start("said"), match.end("said"))
                if pair is not None and not _VOTERS_BEFORE.search(text, match.start("said"), pair[0]):
                    pair = None
            if pair and pair[2] <= pair[3]:
                count, base = pair[2], pair[3]
            elif present and re.search(r"\b100\s?%", said):
                count, base = present, present
            else:
                if "thông qua" not in text[start:end] and "ban hành" not in text[start:end]:
                    continue  # "Nghị quyết được trên 2/3 tổng số đại biểu tán thành": no count of its own, no adoption told
                if not any(0 <= match.start() - d.end <= 300 and d.kind == "vote" for d in decisions):
                    # "… Ý kiến khác: 1 đồng chí. Nghị quyết được chi bộ thông qua.": the vote above, told again
                    found.append(Decision("resolution", match.start(), match.end(), match["what"], None, None, None,
                                          None, None, None, "thông qua"))
                continue
            found.append(Decision("vote", match.start(), match.end(), match["what"], count, None, None, base,
                                  None, None, "thông qua"))
    return found


# A ratio of the quantity layer that counts approvals, in a sentence the vote reader left: "thống nhất 13/13 ý kiến với
# phương án …", "11/11 đảng viên chính thức tham gia biểu quyết tán thành", "nhất trí 21/21 đồng chí thông qua …"
# ("27/28 bí thư chi bộ dự giao ban đồng ý": the secretaries of the chi bộ a committee's working meeting gathers)
_APPROVERS_AFTER = re.compile(r"\)?\s*(?:ý kiến|đồng chí|đảng viên|đại biểu|đ/c|ủy viên|uỷ viên|thành viên|bí thư(?:\s+chi bộ)?)"
                              r"(?:\s+chính thức)?"
                              r"(?:\s+(?:có mặt|dự họp|dự giao ban|dự hội nghị|tham dự|tham gia biểu quyết|tham gia|biểu quyết|"
                              r"đều))*\s*"
                              r"(?:tán thành|nhất trí|đồng ý|thống nhất)\b", re.IGNORECASE)
_APPROVING_BEFORE = re.compile(r"(?:thống nhất|nhất trí|tán thành|đồng ý)\s*(?:\(\s*)?$", re.IGNORECASE)
# "Các đại biểu dự họp thống nhất 100% (22/22) với phương án …": those who met agree in full, the bracket counts them
_ALL_APPROVING_BEFORE = re.compile(r"(?:đại biểu|hội nghị|chi bộ|thành viên|đảng viên|đồng chí|cuộc họp|ban chấp hành|"
                                   r"ban thường vụ|chi ủy|chi uỷ)[^.;,\d]{0,30}?\b(?:thống nhất|nhất trí|tán thành|đồng ý)"
                                   r"\s+100\s?%\s*\(\s*$", re.IGNORECASE)
_COUNTED_WHO = re.compile(r"\)?\s*(?:ý kiến|đồng chí|đảng viên|đại biểu|đ/c|ủy viên|uỷ viên)\b", re.IGNORECASE)
_TOLD_SUBJECT = re.compile(r"(?:biểu quyết\s+)?(?:thông qua|với|về|đối với)\s+(?P<what>[^.;:]{3,150}?)\s*(?=[.;:]|$)"
                           r"|(?P<what2>[^.;:]{3,150}?)\s*:\s*$", re.IGNORECASE)


_AGAINST_COUNT = re.compile(r"[,;]\s*(?:có\s+)?(?P<n>\d{1,3})\s+(?:ý kiến|đồng chí|đảng viên|đại biểu|đ/c|ủy viên|uỷ viên|"
                            r"thành viên|bí thư)\s+(?:\w+\s+){0,2}?(?:không tán thành|không đồng ý|không nhất trí|phản đối)",
                            re.IGNORECASE)
_ELECTS = re.compile(r"\s*(?:[-–•+]\s*)?[Bb]ầu\b(?!\s+cử)(?!\s+(?:lần|vòng)\s)")
_CONGRESS_BODIES = re.compile(r"đoàn chủ tịch|đoàn thư ký|ban kiểm phiếu|tổ kiểm phiếu|ban thẩm tra", re.IGNORECASE)


def _counted_agreements(text: str, body, decisions, ratios) -> list[Decision]:
    """Votes told by a ratio with its approving words around it, where no decision was read in the sentence."""
    found = []
    starts = [start for start, _ in body]
    lines = {}  # the body line of each ratio (speed: the ratios are few, the lines many)
    for ratio in ratios:
        k = bisect.bisect_right(starts, ratio[0]) - 1
        if k >= 0 and ratio[1] <= body[k][1]:
            lines.setdefault(body[k], []).append(ratio)
    for (start, end), in_line in lines.items():
        line = text[start:end]
        if not re.search(r"thống nhất|nhất trí|tán thành|đồng ý", line, re.IGNORECASE) or "phiếu" in line.lower():
            continue  # ballots are an election's or a discipline's: their own readers
        for at, stop, count, whole in in_line:
            if count > whole or not (_APPROVERS_AFTER.match(text, stop) or (
                    _APPROVING_BEFORE.search(text, max(start, at - 20), at) and _COUNTED_WHO.match(text, stop)) or (
                    count == whole and re.match(r"\s*\)", text[stop:stop + 3])
                    and _ALL_APPROVING_BEFORE.search(text, max(start, at - 80), at))):
                continue
            stops = [m.end() for m in re.finditer(r"[.;]\s", text[start:at])]
            sentence = start + (stops[-1] if stops else 0)
            after = re.search(r"[.;](?=\s|$)", text[stop:end])
            sentence_end = stop + after.start() if after else end
            if any(d.start < sentence_end and sentence < d.end for d in decisions + found):
                continue  # read already in this sentence
            told = _TOLD_SUBJECT.search(text, stop, sentence_end) or _TOLD_SUBJECT.search(text, sentence, at)
            what = (told["what"] or told["what2"]).strip(" ,") if told else None
            told_votes = text[sentence:_line_end(text, sentence_end)]  # "…; không có ý kiến không tán thành; …"
            against = 0 if _NONE_AGAINST.search(told_votes) else None
            against_told = _AGAINST_COUNT.search(text, stop, sentence_end)
            if against is None and against_told and count + int(against_told["n"]) <= whole:
                against = int(against_told["n"])  # "…, 01 ý kiến không đồng ý"
            abstain = 0 if _NONE_OTHER.search(told_votes) else None
            # "Bầu Ban Thanh tra nhân dân 03 thành viên bằng hình thức biểu quyết: 16/16 đại biểu thống nhất": a body
            # elected by show of hands (person null), not the congress's own bodies nor a vote to hold another round
            elects = what is not None and _ELECTS.match(what) and not _CONGRESS_BODIES.search(what)
            found.append(Decision("election" if elects else "vote", sentence, sentence_end, what, count, against, abstain,
                                  whole, None, None, "trúng cử" if elects else "thông qua"))
    return found


# "Tại hội nghị, với 30/31 phiếu (96,77%), đồng chí A, Trưởng Công an phường, được bầu bổ sung vào Ban Thường vụ …": the
# ballots told before the person elected
_ELECTED_WITH = re.compile(r"\b[Vv]ới\s+(?:số phiếu\s+)?(?=\d)(?:[^,;]|(?<=\d),(?=\d)){1,40}?,\s*(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+(?P<name>"
                           + NAME_WORDS + r")(?:,[^,.;]{2,80},)?\s+(?:đã\s+)?(?:được (?:tín nhiệm\s+)?bầu(?:\s+bổ sung)?|trúng cử|"
                           r"tái đắc cử|đắc cử)\s+(?:vào\s+|làm\s+|giữ chức\s+)?(?P<seat>[^.;,\d]{3,80}?)(?=\s+nhiệm kỳ|[.;,]|$)")


def _elected_with(text: str, body, decisions, ballots) -> list[Decision]:
    found = []
    for start, end in body:
        for match in _ELECTED_WITH.finditer(text, start, end):
            name = _trim(match["name"])
            if any(d.person == name and d.start < match.end() and match.start() < d.end + 200 for d in decisions):
                continue
            votes, base = _ballots(text, ballots, match.start(), match.start("name"), None)
            if votes is None:
                continue
            found.append(Decision("election", match.start(), match.end(), None, votes, None, None, base, name,
                                  match["seat"].strip(), "trúng cử"))
    return found


# "Cuộc họp thống nhất đề xuất UBND tỉnh điều chỉnh danh sách …": the meeting's decision without a vote.
_AGREED = re.compile(r"(?:(?:^|(?<=[.;:]\s))(?:[-–•+]\s*)?(?:[Cc]uộc họp|[Hh]ội nghị|[Cc]hi bộ|Đảng ủy|Đảng uỷ|Ban Thường vụ|"
                     r"Ban Chấp hành|[Cc]hi ủy|[Cc]hi uỷ|[Đđ]ại hội|[Pp]hiên họp|[Kk]ỳ họp)(?:\s+đã)?|kết luận[,:])\s+(?:thống nhất|nhất trí)\s+(?P<what>(?:đề xuất|đề nghị|kiến nghị)\s"
                     r"[^.;\n]{5,200})", re.MULTILINE)


def _agreed(text: str, body, decisions) -> list[Decision]:
    found = []
    for start, end in body:
        for match in _AGREED.finditer(text, start, end):
            if any(start <= d.end and d.start <= end and (d.start - 50 <= match.start() <= d.end + 50
                                                           or d.start < match.end() and match.start() < d.end)
                   for d in decisions):
                continue  # the agreement the vote of its own line counted
            what = match["what"].strip(" ,")
            if re.search(r"chuẩn y|phê duyệt kết quả|xem xét,? quyết định|trình [^.;]{0,40}tại kỳ họp", what):
                continue  # "thống nhất đề nghị Ban Thường vụ chuẩn y kết quả bầu cử", "… trình HĐND xã tại kỳ họp thứ 5 xem
                # xét, quyết định": the decision is the other body's
            found.append(Decision("resolution", match.start("what"), match.start("what") + len(what), what, None, None,
                                  None, None, None, None, what))
    return found


_ALL_ADOPTED = re.compile(r"(?:thống nhất|nhất trí)\s+(?:100\s?%|tuyệt đối|hoàn toàn)\s+(?:biểu quyết\s+)?thông qua\s+"
                          r"(?P<what>[^.;\n]{3,150})", re.IGNORECASE)


def _all_adopted(text: str, body, decisions, present: int | None) -> list[Decision]:
    """"Ban Chấp hành thống nhất 100% thông qua Báo cáo …": everyone present voted for it."""
    found = []
    if not present:
        return found
    for start, end in body:
        for match in _ALL_ADOPTED.finditer(text, start, end):
            stops = [m.end() for m in re.finditer(r"[.;]\s", text[start:match.start()])]
            sentence = start + (stops[-1] if stops else 0)
            if any(sentence <= d.start < match.end() for d in decisions + found):  # read already in this sentence
                continue
            what = match["what"].strip(" ,")
            found.append(Decision("vote", match.start(), match.end(), what, present, None, None, present, None, None,
                                  "thông qua"))
    return found


# "với số phiếu 16/17", "số phiếu bầu: 15": a count of ballots told by its label before it
_BALLOTS_LABEL = re.compile(r"số phiếu(?: bầu)?\s*:?\s*(?:đạt\s+|là\s+)?$")


_BALLOTS_ARE = re.compile(r"\b[Ss]ố phiếu\b[^.;]*\blà\s*$")  # "Số phiếu bầu đồng chí A làm Bí thư là 26/27"


def _ballots(text: str, ballots, start: int, end: int, valid: int | None) -> tuple[int | None, int | None]:
    """"với 17/17 phiếu", "với số phiếu 16/17", "được 15 phiếu" → (votes, base): the first ballot count the
    quantity layer read in text[start:end] (``ballots``: (start, end, count, whole or None) of its counts and ratios)."""
    for at, stop, count, whole in ballots[bisect.bisect_left(ballots, (start,)):]:
        if at >= end:
            break
        if stop <= end and (text.startswith("phiếu", stop + len(text[stop:stop + 3]) - len(text[stop:stop + 3].lstrip()))
                            or _BALLOTS_LABEL.search(text, max(start, at - 25), at)
                            or _BALLOTS_ARE.search(text[max(0, start - 80):at])):
            return count, whole if whole is not None else valid
    return None, None


def _clause_end(text: str, start: int, end: int) -> int:
    stop = re.compile(r"[.;](?=\s|$)").search(text, start, end)
    return stop.start() if stop else end
