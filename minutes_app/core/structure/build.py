"""Build the DocStructure once per analysis from the typed lines, the entities and the
readers the checks already share (attendance blocks, votes, ballot rounds).

The per-line work is the cached ``line_shape`` and the per-paragraph readers (remembered by
``DocumentContext.per_paragraph``); what is left here is one pass over the lines with cheap
regular expressions, a few milliseconds on a 200k-character report (bench/bench_engine.py).
"""

from __future__ import annotations

import bisect
import re
import weakref
from operator import attrgetter

from ..numbers import parse_number
from ..quantities import head_of
from ..reading import sentence_spans
from ..resources import alternation, word_list, word_pairs
from .absentees import GUESTS, read_absentees
from .content import extra_targets, layer_targets, listed_targets, read_targets, read_tasks, stated_levels
from .decisions import read_decisions
from .document import Absentee, Attendance, DayMonth, DocStructure, Field, Header, News, Section
from .header import genre_without_type, is_debris, read_header, read_news, read_tail
from .lines import Line, LineKind
from .meeting import chairs_in_captions, date_in, guest_cue, place_in, read_meeting, read_opinions
from .scan import NAME_WORDS, Anchored
from .shares import printed_shares, vote_shares

_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DIGIT = re.compile(r"\d")
_ABSENT_REASON = re.compile(r"[^;()\n]{0,120}?\((?P<paren>[^)]{2,120})\)|\s*[:–-]\s*(?:lý do\s*:?\s*)?(?P<after>[^,;.()\n]{2,80})"
                            r"|\s*,\s*lý do\s*:?\s*(?P<reason>[^;.()\n]{2,80})")
# ("Đại biểu phát biểu tại điểm cầu bản Nà Hạ": a delegate speaking from a remote point of an online meeting)
_REMOTE = re.compile(r"(?:đại biểu|cán bộ|đảng viên)[^.;]{0,30}?\b(?:dự|tham dự|theo dõi|phát biểu)\b[^.;]{0,20}?\btại điểm cầu",
                     re.IGNORECASE)
_NO_VENUE = re.compile(r"(?:" + alternation(word_list("caption_bodies")) + r")\s|điểm cầu\s+(?:trung tâm|chính)\s*$",
                       re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:đồng chí|đ/c|ông|bà|anh|chị)\s+", re.IGNORECASE)


_CONDITIONS = word_list("condition_levels")
_CONDITION_HEAD = re.compile(r"(?:" + alternation([w for w in _CONDITIONS if w[0] not in "-/"]) + r")(?!\w)", re.IGNORECASE)
_TARGET_COMPOUND = re.compile(r"(?<!\w)(?:" + alternation([w[1:] for w in _CONDITIONS if w[0] == "-"]) + r")(?!\w)",
                              re.IGNORECASE)
_PER_GOODS = re.compile(r"(?:đồng|USD)\s*(?:" + alternation([w for w in _CONDITIONS if w[0] == "/"]) + r")$",
                        re.IGNORECASE)


def _condition_level(target) -> bool:
    """A level of what no body sets: the weather, a market's price, a forecast ("nhiệt độ trung bình khoảng 24 độ C", "giá
    lúa bình quân 7.800 đồng/kg" under "Các chỉ tiêu chủ yếu năm 2026"); not "giá trị sản xuất" nor "thu nhập … đồng/người",
    nor, whatever its unit, what a body does set ("giá thành sản xuất lúa … dưới 4.500 đồng/kg", "chi phí … đồng/kg")."""
    name = str(target.name or "")
    if _TARGET_COMPOUND.search(name):
        return False
    return bool(_CONDITION_HEAD.match(name)) or bool(target.unit and _PER_GOODS.search(str(target.unit).replace(" ", "")))


def build_structure(ctx, news: News | None = None) -> DocStructure:
    """``ctx`` is the engine's DocumentContext (text, paragraphs, lines, entities); ``news``, a news item's parts
    when already read (LazyStructure.news_hint)."""
    text = ctx.text
    lines: list[Line] = list(ctx.lines)
    if not lines:
        return DocStructure()
    header, genre, body_start = read_header(text, lines)
    if genre == "other" and header.type_line is None and header.system is None:
        genre = genre_without_type(text, lines)
    if genre != "tin_hoi_nghi":
        news = None
    elif news is None:
        news = read_news(text, lines)
    if news is not None:
        header = _news_header(text, header, news, ctx)
    signers, recipients, tail_start = read_tail(text, lines, body_start)
    body_lines = range(body_start, max(body_start, tail_start))
    debris = {f.start for f in news.debris} | {f.start for f in news.captions} if news else set()
    body = [(lines[i].start, lines[i].end) for i in body_lines
            if lines[i].end > lines[i].start and not _skip(lines[i], debris, text)]
    year = _year(header, news, text)
    officials = [e for e in ctx.entities if e.kind == "official"]
    title = header.title.value if header.title else None
    lead = (news.lead.start, news.lead.end) if news and news.lead else None
    meeting, closing = read_meeting(text, body, officials, title=header.title, genre=genre, year=year, lead=lead)
    if meeting and meeting.date and isinstance(meeting.date.value, DayMonth):
        # no year anywhere to complete the day: the day and month as written, apart from the ISO date
        meeting = _with(meeting, date=None, day_month=meeting.date)
    if meeting and meeting.kind and meeting.kind.value in ("thường kỳ", "chuyên đề") and (
            header.state_body or _STANDING.match(str(header.issuer.value if header.issuer else ""))):
        # "Phiên họp thường kỳ tháng 11 của UBND xã", "kỳ họp thứ 5 của HĐND": a state body's meeting is a hội nghị
        # (the kinds thường kỳ / chuyên đề are those of a chi bộ's sinh hoạt, HD 12-HD/BTCTW)
        meeting = _with(meeting, kind=Field("hội nghị", meeting.kind.start, meeting.kind.end))
    if genre == "tin_hoi_nghi" and meeting and meeting.kind is None:
        # a news item whose lead names no gathering, its body telling where things happened: "Tại kỳ họp, …", "Tham dự
        # Hội nghị có …", "Kỳ họp đã biểu quyết …" (a HĐND sitting or a conference is a hội nghị; a congress an đại hội)
        told = _GATHERING_TOLD.search(text, 0, min(len(text), 4000))
        if told:
            kind = "đại hội" if told["kind"].lower() == "đại hội" else "hội nghị"
            meeting = _with(meeting, kind=Field(kind, told.start("kind"), told.end("kind")))
    if genre == "tin_hoi_nghi" and meeting and meeting.kind and meeting.kind.value == "hội nghị" and header.issuer and \
            re.match(r"(?:Ban Chấp hành|BCH)\s+(?:Đảng bộ|đảng bộ)\b", str(header.issuer.value)):
        # "Ban Chấp hành Đảng bộ X tổ chức hội nghị tổng kết …": the conference the Ban Chấp hành holds is its own,
        # whatever its purpose (ruling in tests/blind_structure/README.md)
        meeting = _with(meeting, kind=Field("hội nghị BCH", meeting.kind.start, meeting.kind.end))
    if genre == "tin_hoi_nghi" and meeting and meeting.place is None and news:
        # "Quang cảnh hội nghị tại Hội trường … Ảnh: …": the venue a photo caption tells
        # (not "Đại biểu dự tại điểm cầu thôn X": those who joined from a remote point, not where the meeting sat)
        # (nor a body, "Lễ kết nạp đảng viên mới tại Chi bộ Khu dân cư số 9", nor the link's own point, "tại điểm cầu
        # trung tâm": no place named)
        place = next((p for c in news.captions if not _REMOTE.search(text, c.start, c.end)
                      and (p := place_in(text, c.start, c.end)) is not None and not _NO_VENUE.match(p.value)), None)
        if place:
            meeting = _with(meeting, place=place)
    if genre == "tin_hoi_nghi" and meeting and not meeting.chairs and news:
        chairs = chairs_in_captions(text, [(c.start, c.end) for c in news.captions], officials)
        if chairs:
            meeting = _with(meeting, chairs=tuple(chairs))
    if genre == "tin_hoi_nghi" and meeting and meeting.date is None and news and news.dateline:
        meeting = _with(meeting, date=news.dateline)
    if genre == "tin_hoi_nghi" and meeting and meeting.date and news and news.dateline and \
            _year_before(meeting.date.value, news.dateline.value) and \
            not re.search(r"\d{4}", text[meeting.date.start:meeting.date.end]):
        # "Chiều 30/12, …" in an item posted on 05/01/2026: the days before the posting, in the year before
        meeting = _with(meeting, date=Field(f"{int(meeting.date.value[:4]) - 1}{meeting.date.value[4:]}", meeting.date.start,
                                            meeting.date.end))
    if genre == "tin_hoi_nghi" and header.date is None and meeting and meeting.date:
        header = _with(header, date=meeting.date)
    if genre == "bien_ban" and header.date is None and meeting and meeting.date:
        header = _with(header, date=meeting.date)
    if genre == "bien_ban" and meeting and meeting.date is None and header.date:
        # "Hôm nay, hồi 14 giờ 00, tại …": the minutes are dated the day they record
        meeting = _with(meeting, date=header.date)
    if genre == "bien_ban" and meeting and not meeting.chairs:  # told only by the signature "CHỦ TRÌ / name"
        chair = next((s.name for s in signers if s.role and s.name and re.search(
            r"CHỦ TRÌ|CHỦ TỌA|CHỦ TOẠ|ĐOÀN CHỦ TỊCH", s.role.value.upper())), None)
        if chair:
            meeting = _with(meeting, chairs=(chair,))
    if genre == "bien_ban" and meeting and meeting.secretary is None:
        secretary = next((s.name for s in signers if s.role and "THƯ KÝ" in s.role.value.upper() and s.name), None)
        if secretary:
            meeting = _with(meeting, secretary=secretary)
    ratios = _ratios(ctx)  # the quantity layer's ratios, read once for the roll and the votes
    attendance = _attendance(ctx, genre, ratios)
    sections = _sections(text, lines, body_lines)
    from ..quantities.ballots import ballot_rounds
    from ..quantities.votes import votes

    present = attendance.present.value if attendance is not None and attendance.present is not None else None
    official_present = _official_present(text, attendance)
    split_present = _split_present(text, attendance)
    headline = news.headline.start if news and news.headline else -1  # "HĐND XÃ … THÔNG QUA 14 NGHỊ QUYẾT": told below
    # a báo cáo tells of decisions taken elsewhere ("đã thi hành kỷ luật 2 đảng viên (khiển trách: 01 …)"): it records none
    rounds = ballot_rounds(ctx)
    spans = [b for b in body if b[0] != headline]
    decisions = read_decisions(text, votes(ctx), rounds, spans, present, meeting=genre != "bao_cao",
                               official_present=official_present, split_present=split_present, layers=_discipline_layers(ctx, spans, text),
                               ratios=ratios, ballots=_counts(ctx), full_stop=_full_stop(ctx)) \
        if genre != "bao_cao" else []
    decisions = vote_shares(ctx, decisions, rounds)
    # the ballots of the first count of an election (phát ra, thu về, hợp lệ) are figures a reader looks for; those
    # of the later counts repeat its shape (the same voters): told with their election, no figure row of their own
    counted = tuple(Field("ballot count", start, end) for r in rounds[1:] for _, start, end in r.counts.values()) \
        if any(d.kind == "election" for d in decisions) else ()
    period = _doc_period(title, news)
    dated = header.date.value if header.date else None
    # a year's review ("BÁO CÁO kiểm điểm tập thể Chi bộ năm 2025", "Tổng kết công tác năm 2025", held from November;
    # "Tổng kết năm học 2024 - 2025", in May) judges the year it closes: its shortfalls are not progress under way
    review = _YEAR_REVIEW.search(title or "")
    judged = None if review and year and review[1] == str(year) else dated
    plans = _plans(ctx)
    targets = read_targets(text, [e for e in ctx.entities if e.kind == "target"], period, year, plans, judged)
    extra = extra_targets(text, _sentences(text, body), targets, period, dated_short=bool(
        judged and year and judged[:4] == str(year) and "04" <= judged[5:7] <= "11"), year=year, plans=plans)  # drops from ``targets`` the entity readings a clause contradicts
    targets = targets + extra
    targets = targets + layer_targets(text, _plan_pairs(ctx), targets, period, year, judged)
    targets = sorted(targets + listed_targets(text, lines, body_lines, targets, _next_period(period), dated), key=lambda t: t.start)
    # "…, đạt 96,3%, chưa đạt chỉ tiêu": the document's own verdict for its period, not progress towards the year's
    targets = [_with(t, verdict="chưa đạt", progress=None) if t.verdict == "tiến độ" and _SAID_NOT_MET.search(text, t.start, t.end)
               else t for t in targets]
    # "…: 96,4%, đạt chỉ tiêu (từ 95% trở lên)", "tỷ lệ 99,35%, đạt chỉ tiêu 99% kế hoạch năm học": a level met, as the
    # document judges it, is "đạt" (its own words, the verdict a reader keeps), not the "vượt" its numbers would give
    targets = [_with(t, verdict="đạt") if t.verdict == "vượt" and _SAID_MET.search(text, t.start, t.end) else t
               for t in targets]
    targets = printed_shares(ctx, stated_levels(
        text, [_with_its_noun(_planned_excess(text, t)) for t in targets if not _share_of_a_plan(text, t)], ctx.entities))
    targets = [_with(t, period=_plan_year(text, t, year)) if t.period and _SEASON.search(t.period) else t for t in targets]
    targets = [_unit_head(_with(t, name=_without_figures(t.name, t.unit))) for t in targets]
    conditions = tuple(Field("condition level", t.start, t.end) for t in targets if _condition_level(t))
    targets = [t for t in targets if not _condition_level(t)]
    tasks = read_tasks(text, lines, sections, body_lines, dated)
    # "Đồng chí A: 19 phiếu, đạt 100% …" is a candidate's result, read as an election: no opinion
    elected = [(d.start, d.end) for d in decisions if d.kind == "election"]
    opinions = [o for o in read_opinions(text, body, officials)
                if not any(a < o.gist.end and o.speaker.start < b for a, b in elected)]
    return DocStructure(genre, header, news, meeting, attendance, tuple(sections), tuple(opinions),
                        tuple(decisions), tuple(targets), tuple(tasks), closing, signers, recipients,
                        _not_figures(ctx) + counted + conditions, _first_ballots(rounds, decisions))


def _first_ballots(rounds, decisions) -> tuple[Field, ...]:
    """The ballots of the first count of a vote by ballot (an election, a form of discipline): phát ra, thu
    vào, hợp lệ, không hợp lệ, each a field whose value is its kind."""
    if not rounds or not any(d.kind in ("election", "discipline") for d in decisions):
        return ()
    return tuple(Field(kind, start, end) for kind, (start, end) in sorted(rounds[0].said.items(),
                                                                          key=lambda item: item[1][0]))


_LAST_LAYERS: tuple = (lambda: None, [])  # (a weak reference to the context, its layers): the last build's


def _layers(ctx) -> list:
    """(paragraph, its quantity layer) for every paragraph that holds a digit: the numbers read once
    by the quantity layer, shared with the rules; listed once per context (six readers of the build
    walk them)."""
    global _LAST_LAYERS
    from ..quantities import layer_of

    ref, found = _LAST_LAYERS
    if ref() is ctx:
        return found
    readings = getattr(ctx, "readings", None) or {}
    found = []
    for paragraph in ctx.paragraphs:
        reading = readings.get(paragraph.index)
        if reading is not None and _DIGIT.search(paragraph.text):
            found.append((paragraph, layer_of(reading, ctx.paragraph_entities.get(paragraph.index, ()))))
    try:
        _LAST_LAYERS = (weakref.ref(ctx), found)
    except TypeError:  # a context that cannot be weakly referred to: listed again on the next call
        pass
    return found


_START = attrgetter("start")


def _full_stop(ctx):
    """The first full stop of text[start:end] (within one line) by the shared tokens: a "." that is a token of its
    own, not the dot inside a number ("1.500", "3.5.2024") or an abbreviation ("T.Ư", "PGS.TS"); None when none."""
    def first(start: int, end: int) -> int | None:
        at = ctx.paragraph_index(start)
        if at is None:
            return None
        paragraph = ctx.paragraphs[at]
        tokens = ctx.reading(paragraph).tokens
        low, high = start - paragraph.start, end - paragraph.start
        for token in tokens[bisect.bisect_left(tokens, low, key=_START):]:
            if token.start >= high:
                break
            if token.text == ".":
                return paragraph.start + token.start
        return None
    return first


def _ratios(ctx) -> tuple[tuple[int, int, int, int], ...]:
    """The ratios the quantity layer read ("17/17 đồng chí"), as (start, end, count, whole) in document offsets, in
    order: the votes told with a ratio are read off these, not off the raw text."""
    return tuple(sorted((paragraph.start + q.start, paragraph.start + q.end, int(q.value), int(q.total))
                        for paragraph, layer in _layers(ctx) for q in layer.quantities
                        if q.kind == "ratio" and q.total is not None and not q.decimals))


def _counts(ctx, top: int | None = None) -> tuple[tuple[int, int, int, int | None], ...]:
    """The whole counts and ratios the quantity layer read, (start, end, count, whole or None) in document offsets, in
    order: the ballots of an election ("với 17/17 phiếu", "được 15 phiếu") are read off these (the paragraphs that
    name ballots), and a news item's roll (``top``: the paragraphs that start in its first ``top`` characters)."""
    return tuple(sorted((paragraph.start + q.start, paragraph.start + q.end, int(q.value),
                         int(q.total) if q.kind == "ratio" and q.total is not None else None)
                        for paragraph, layer in _layers(ctx)
                        if (paragraph.start < top if top is not None else "phiếu" in paragraph.text)
                        for q in layer.quantities if q.kind in ("count", "ratio") and not q.decimals))


def _discipline_layers(ctx, spans, text: str) -> list:
    """(document offset, quantity layer) of the body paragraphs that name a form of discipline: the ballot
    counts for each form are read from the quantity layer, not from the raw text."""
    from .scan import lines_with

    starts = {start for start, _ in lines_with(text, spans, "discipline")}
    return [(paragraph.start, layer) for paragraph, layer in _layers(ctx) if paragraph.start in starts] if starts else []


def _plans(ctx) -> list[tuple[int, int, str, str]]:
    """The results the quantity layer reads against their plans, written out ("41,2 tỷ đồng/52 tỷ
    đồng dự toán năm (79,2%)", "thực hiện 1.254 triệu đồng, đạt 104,5% kế hoạch"): document offsets
    of the result and the plan, and their texts."""
    found = []
    for paragraph, layer in _layers(ctx):
        for relation in layer.of("result-vs-plan"):
            if relation.explicit and len(relation.parts) == 1:
                result, plan = relation.parts[0], relation.whole
                found.append((paragraph.start + result.start, paragraph.start + plan.start, result.text, plan.text))
    return found


_EXCESS = re.compile(r"\bvượt\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|KH)(?:\s+(?:năm|đề ra|giao|Nghị quyết|NQ|"
                     r"Đại hội))?\s+"  # "(vượt mục tiêu Nghị quyết 0,36%)": by how much
                     r"(?P<n>\d[\d.,]*)", re.IGNORECASE)


def _planned_excess(text: str, target):
    """"Năng suất lúa đạt 62 tạ/ha, vượt kế hoạch 2 tạ/ha": 2 is by how much the plan was exceeded; the plan is 60."""
    if target.result is None or target.target is None or target.result <= target.target:
        return target
    for match in _EXCESS.finditer(text, target.start, target.end):
        number = parse_number(match["n"].rstrip(".,"))
        if number is not None and abs(number.value - target.target) < 1e-9 and number.value <= target.result / 2 and \
                not re.match(r"[^,;.()]{0,25}?\b(?:đề ra|giao|được giao)\b", text[match.end():target.end]):
            # (not "vượt chỉ tiêu 15 đảng viên đề ra" of 18: the plan itself, near the result)
            return _with(target, target=round(target.result - target.target, 6), verdict="vượt", progress=None)
    return target


def _year_before(day: str, posted: str) -> bool:
    """``day`` (ISO, its year taken from the posting) is months after ``posted`` and the same day a year earlier is
    within 120 days before it: a December meeting told in January."""
    from datetime import date

    try:
        when, then = date.fromisoformat(day), date.fromisoformat(posted)
        earlier = when.replace(year=when.year - 1)
    except ValueError:
        return False
    return (when - then).days > 120 and 0 <= (then - earlier).days <= 120


def _plan_pairs(ctx) -> list[tuple]:
    """Every result the quantity layer reads against its plan, with the share told of it: (result start, result end,
    plan start, plan end, result, plan (printed values), unit, share or None, their texts, whether the text names a plan) in
    document offsets. Besides the layer's
    result-vs-plan relations, an open share of a result ("đã cấp 1.046 GCN, đạt 84,35%") whose percentage is that
    result over a number the layer reads as a plan earlier in its sentence ("kế hoạch … là 1.240 giấy")."""
    found = []
    for paragraph, layer in _layers(ctx):
        base = paragraph.start
        for relation in layer.relations:
            if relation.kind == "result-vs-plan" and relation.explicit and len(relation.parts) == 1:
                result, plan = relation.parts[0], relation.whole
            elif relation.kind == "share-of" and relation.explicit and relation.share is not None and \
                    len(relation.parts) == 1 and relation.whole.kind != "ratio" and relation.parts[0] is not relation.whole \
                    and (_PLAN_AFTER.match(layer.text, relation.whole.end) or _PLAN_AFTER.match(layer.text, relation.share.end)):
                # "Trồng rừng tập trung 137,5 ha/150 ha KH, đạt 91,67%": a share of the plan is a result against it
                result, plan = relation.parts[0], relation.whole
            elif relation.kind == "share-of" and relation.explicit and relation.share is not None and \
                    relation.whole.kind == "ratio" and relation.whole.total and \
                    (plan_cue := _PLAN_AFTER.match(layer.text, relation.share.end)):
                # "kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm)": the layer pairs the share with the ratio
                # (the percent check reads 62/80 = 77,5% from the same pairing), and the share is of the plan, so the
                # ratio is a result over its plan, whether or not the share was computed right; read with the verdict
                # the text may say after it ("23/25 lớp, đạt 92% KH, chưa hoàn thành do mưa bão")
                ratio = relation.whole
                said = _SAID_AFTER.match(layer.text, plan_cue.end())
                end = said.end() if said else plan_cue.end()
                found.append((base + ratio.start, base + ratio.end, base + ratio.start, base + end, ratio.value,
                              ratio.total, ratio.unit or ratio.head, relation.share.value, ratio.text.split("/")[0],
                              ratio.text.split("/")[-1], True))
                continue
            elif relation.kind == "share-of" and relation.explicit and relation.share is not None and \
                    relation.whole.kind == "ratio" and relation.whole.total and relation.whole.noun_class in _WORK_DONE:
                # "gieo cấy 612/740 ha lúa (82,7%)", "tiêm phòng được 156.400/170.000 liều, đạt 92%", "72/75 km đê bao đã
                # được gia cố (96%)": an amount of work done of the amount to do, with no plan word — a result against its
                # plan, as a reader of a report reads it; people, households, units and ballots
                # counted this way are a part of a whole ("612/640 đảng viên tham dự (95,63%)"), not a plan
                ratio = relation.whole
                found.append((base + ratio.start, base + ratio.end, base + ratio.start, base + ratio.end, ratio.value,
                              ratio.total, ratio.head or ratio.unit, relation.share.value, ratio.text.split("/")[0],
                              ratio.text.split("/")[-1], False))
                continue
            elif relation.kind == "share-open" and relation.share is not None and len(relation.parts) == 1:
                result, share = relation.parts[0], relation.share
                plan = next((q for q in layer.quantities if q.role == "plan" and q.sentence == result.sentence
                             and q.end <= result.start and q.kind == result.kind and q.kind in ("count", "money")
                             and q.value and abs(result.value / q.value * 100 - share.value) < 0.6 * 10 ** -share.decimals
                             + 1e-9), None)
                if plan is None:
                    continue
            else:
                continue
            if result.kind not in ("count", "money", "percent") or result.kind != plan.kind:
                continue
            share = relation.share.value if relation.share is not None else None
            unit = result.unit or result.head or plan.unit or plan.head
            scale_r, scale_p = (result.scale or 1.0), (plan.scale or 1.0)  # money: its value in printed units
            found.append((base + result.start, base + result.end, base + plan.start, base + plan.end,
                          result.value / scale_r, plan.value / scale_p, unit, share, result.text, plan.text, True))
        found.extend(_cued_pairs(layer, base))
    return found


# the noun classes of work done towards an amount to do (resources/quantity_heads.txt)
_WORK_DONE = frozenset({"area", "length", "mass", "volume", "dose", "building", "plant"})
_SAID_AFTER = re.compile(r"[^\S\n]*\)?[^\S\n]*,[^\S\n]*(?:chưa|không)\s+(?:đạt|hoàn thành)\b", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:so với\s+)?(?:kế hoạch|(?-i:KH)\b|chỉ tiêu|dự toán|mục tiêu)",
                         re.IGNORECASE)
_PLAN_CUE = re.compile(r"(?:chỉ tiêu|kế hoạch|\bKH\b|dự toán|mục tiêu|\bNQ\b|[Nn]ghị quyết)(?:[^\d;.]|(?<=năm )\d{4}){0,70}$",
                       re.IGNORECASE)
_PLAN_CUE_AT = Anchored(_PLAN_CUE, ("chỉ tiêu", "kế hoạch", "kh", "dự toán", "mục tiêu", "nq", "nghị quyết"))
_RESULT_CUE = re.compile(r"(?:đạt|còn|là|ở mức|lên|thực hiện|kết quả(?: thực hiện)?)\s*:?\s*$", re.IGNORECASE)


def _cued_pairs(layer, base: int) -> list[tuple]:
    """A plan and its result the layer read as plain amounts, paired by their cue words and, for counts and money,
    by the share told of them: "Chỉ tiêu thu ngân sách năm 2026: 20 tỷ đồng; kết quả thực hiện: 21,74 tỷ đồng, đạt
    108,7%" (21,74/20 = 108,7%); "Tỷ lệ tham gia BHYT đạt 93,4%, chỉ tiêu Nghị quyết giao năm 2026 là 95%" (a rate
    after "đạt", a level after "chỉ tiêu … là", nothing between)."""
    text, found = layer.text, []
    by_sentence: dict[int, list] = {}
    for q in layer.quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    planned: dict[int, list] = {}  # the wholes of the layer's result-vs-plan relations, by start (an equal one starts there)
    for r in layer.relations:
        if r.kind == "result-vs-plan":
            planned.setdefault(r.whole.start, []).append(r.whole)
    for quantities in by_sentence.values():
        if any(q is w or q == w for q in quantities for w in planned.get(q.start, ())):
            continue
        first = min(q.start for q in quantities)
        start = max(text.rfind(". ", 0, first) + 1, text.rfind("\n", 0, first) + 1, 0)
        percents = [q for q in quantities if q.kind == "percent"]
        amounts = [q for q in quantities if q.kind in ("count", "money")]
        for plan in amounts:
            if not _PLAN_CUE_AT.search(text[start:plan.start]):
                continue
            for result in amounts:
                if result is plan or result.start < plan.end or result.kind != plan.kind or \
                        (result.unit or result.head) != (plan.unit or plan.head) or not plan.value:
                    continue
                share = next((s for s in percents if s.start > result.end and
                              abs(result.value / plan.value * 100 - s.value) < 0.6 * 10 ** -s.decimals + 1e-9), None)
                if share is not None and _RESULT_CUE.search(text[max(plan.end, result.start - 25):result.start]):
                    scale = plan.scale or 1.0
                    found.append((base + result.start, base + result.end, base + plan.start, base + plan.end,
                                  result.value / (result.scale or 1.0), plan.value / scale, result.unit or result.head,
                                  share.value, result.text, plan.text, True))
        for ratio in (q for q in quantities if q.kind == "ratio" and q.total):
            # "Toàn xã có 12/14 thôn đạt chuẩn …, chưa đạt mục tiêu 14 thôn đề ra": the whole of the ratio is the plan
            plan = next((q for q in amounts if q.start > ratio.end and q.value == ratio.total and q.head == ratio.head
                         and _PLAN_CUE_AT.search(text[ratio.end:q.start])), None)
            if plan is not None:
                found.append((base + ratio.start, base + ratio.end, base + plan.start, base + plan.end, ratio.value,
                              plan.value, ratio.head, None, ratio.text.split("/")[0], plan.text, True))
        if len(percents) == 2 and not amounts:
            result, plan = percents
            between = text[result.end:plan.start]
            if _RESULT_CUE.search(text[max(start, result.start - 12):result.start]) and _PLAN_CUE_AT.search(between) and \
                    re.search(r"\s(?:là|:)\s*(?:dưới\s+|không quá\s+|tối đa\s+|trên\s+|từ\s+)?$", between) and \
                    between.count(",") <= 1:
                found.append((base + result.start, base + result.end, base + plan.start, base + plan.end,
                              result.value, plan.value, "%", None, result.text, plan.text, True))
    return found


def _not_figures(ctx) -> tuple[Field, ...]:
    """The numbers the quantity layer reads as no quantity ("21/8" of "ngày 20 và 21/8", "lần thứ 5",
    "19 giờ 30"), in document offsets, with the layer's reason as value."""
    return tuple(Field(n.reason, paragraph.start + n.start, paragraph.start + n.end)
                 for paragraph, layer in _layers(ctx) for n in layer.not_quantities)


# a standing committee's meeting ("Ban Thường vụ Đảng ủy phường họp phiên thường kỳ tháng 10") is a hội nghị too
_STANDING = re.compile(r"(?:Ban Thường vụ|BAN THƯỜNG VỤ|Thường trực|THƯỜNG TRỰC)\b")


_ROLL_AFTER = re.compile(r"\s*(?:đảng viên|đồng chí|đại biểu|ủy viên|uỷ viên|thành viên)[^.;\d]{0,30}?"
                             r"(?:tham dự|dự họp|có mặt|về dự|dự)\b")
# "Thành phần: 19/21 đảng viên, vắng 02 …", "Có mặt: 17/19 đồng chí": the label says who the ratio counts
_ROLL_LABEL = re.compile(r"(?:thành phần(?: tham dự| dự họp)?|có mặt|tham dự|dự họp|hiện diện)\s*:\s*$|"
                         # "Đến dự có 22/25 đảng viên …", "Tham dự sinh hoạt có 100% đảng viên trong chi bộ (19/19 đồng chí)"
                         r"(?<!\w)(?:đến dự|về dự|tham dự|dự)\b[^.;:]{0,60}?(?:\bcó\s+|\(\s*)$", re.IGNORECASE)
_YEAR_REVIEW = re.compile(r"(?:kiểm điểm|tổng kết)\b[^\n]{0,80}?\bnăm\s+(?:học\s+(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b",
                          re.IGNORECASE)  # (a school year closes in May: "Tổng kết năm học 2024 - 2025")
_SAID_MET = re.compile(r"(?<!chưa )(?<!không )\bđạt\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|KH)\b(?!\s+(?:đề ra\s+)?\d[\d.,]*\s*%?\s*(?:trở lên|\)))"
                       r"(?![^.;\n]{0,40}\bvượt\b)", re.IGNORECASE)
_SAID_NOT_MET = re.compile(r"chưa đạt|không đạt|không hoàn thành|chưa hoàn thành", re.IGNORECASE)
# "có mặt 27 (chính thức 25, dự bị 02)", "Có mặt 30 đồng chí (27 chính thức, 3 dự bị)", "dự sinh hoạt có 29 đồng chí,
# trong đó 27 chính thức": the official members among those present
_PRESENT_SPLIT = re.compile(r"(?:có mặt|dự họp|tham dự|dự sinh hoạt|dự hội nghị|dự đại hội)[^.;\n]{0,40}?"
                            r"(?:\(\s*(?:đảng viên\s+)?chính thức\s*:?\s*(\d+)|"
                            r"(?:\(|trong đó)\s*(\d+)\s+(?:đảng viên\s+|đồng chí\s+)?chính thức\b)", re.IGNORECASE)


def _split_present(text: str, attendance: Attendance | None) -> int | None:
    """The official members among those present where the text splits them: "có mặt 27 (chính thức 25, dự bị 02)"."""
    if attendance is None or attendance.present is None:
        return None
    at = attendance.present.start
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    split = _PRESENT_SPLIT.search(text, line_start, line_end if line_end >= 0 else len(text))
    return int(split[1] or split[2]) if split else None


def _official_present(text: str, attendance: Attendance | None) -> int | None:
    """The official members present, who alone vote (Điều lệ Điều 3): as the text splits those present, or those
    present less the probationary members when none is absent."""
    split = _split_present(text, attendance)
    if split is not None or attendance is None or attendance.present is None:
        return split
    probationary = attendance.probationary.value if attendance.probationary is not None else None
    if probationary == 0:
        return attendance.present.value
    if probationary and attendance.absent is not None and attendance.absent.value == 0:
        return attendance.present.value - probationary
    return None


# the classes of a counted noun that a bare act leaves unsaid ("Kết nạp" of 12 đảng viên); not measures (ha, tấn), money
_COUNTED = frozenset({"person", "household", "organisation", "item", "plant", "animal", "building", "vehicle", "dose", "gift"})


def _with_its_noun(target):
    """A target named by its act alone ("Kết nạp", "Tiêm phòng": the words before the number) takes the noun the
    layer counted ("Kết nạp đảng viên mới"), so the summary's table and the outline say what was admitted or vaccinated."""
    from ..quantities.scope import event_match

    name, unit = target.name.strip(), (target.unit or "").strip()
    if not name or not unit or unit == "%" or len(name.split()) > 5:
        return target
    found = event_match(name, 0, len(name))
    rest = name[found.end():].strip().lower() if found is not None else None
    if found is None or rest not in ("", "mới", "thêm", "được"):
        return target  # not an act alone ("Vốn", "Đội tuyển", "Thu nhập bình quân")
    head, kind, _ = head_of(unit)
    if kind not in _COUNTED or head is None or head in name.lower():
        return target
    # "Đoàn xã giới thiệu", "Mỗi năm kết nạp": who or when before the act, the act and what it counts name the target
    act = name[found.start():found.end()]
    act = act[:1].upper() + act[1:]
    if rest == "mới":  # "Kết nạp mới" 46 hội viên: "Kết nạp hội viên mới"
        return _with(target, name=f"{act} {unit}" + ("" if unit.lower().endswith(" mới") else " mới"))
    return _with(target, name=f"{act} {unit}" if rest in ("", "được") else f"{act} {rest} {unit}")


# a period shorter than a year, the season a report covers ("6 tháng đầu năm 2024", "quý I", "9 tháng")
_SEASON = re.compile(r"\b(?:tháng|quý|sáu tháng|chín tháng|nửa đầu năm|học kỳ)\b", re.IGNORECASE)
# the level named as a year's ("dự toán năm", "chỉ tiêu năm 2024", "kế hoạch cả năm", "KH năm")
_YEAR_PLAN = re.compile(r"(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|\bKH)\s+(?:[^\d.;()]{0,25}?\s)?(?:cả\s+)?năm(?:\s+(?P<y>\d{4}))?"
                        r"(?!\s+học)\b|\bdự toán\b(?!\s+(?:quý|tháng|6|9))", re.IGNORECASE)


_GATHERING_TOLD = re.compile(r"(?:\b(?:[Tt]ại|[Tt]ham dự|[Dd]ự|[Qq]uang cảnh)\s+(?:buổi\s+)?|(?:^|(?<=\.\s)|(?<=\n)))"
                             r"(?P<kind>[Kk]ỳ họp|[Hh]ội nghị|[Đđ]ại hội)\b(?=\s*(?:,|có\b|đã\b|:|\s+(?:tổng kết|sơ kết|năm|lần)\b))")


def _plan_year(text: str, target, year: int | None) -> str:
    """A target's period, as a secretary reads it beside the level (issue 18; 128 of the 225 gold targets in progress): the
    year its level is set for when the text names it a year's ("đạt 100% chỉ tiêu năm 2024", "312,6/570,4 tỷ đồng dự
    toán năm"), not the season the report covers, which goes with the result (its progress note)."""
    named = re.search(r"\bnăm\s+(\d{4})$|\bnăm\s+(\d{4})\b(?!\s*[-–])", target.name)
    if named:  # "Hoàn thành giao quân năm 2024: 184/184 thanh niên"
        return f"năm {named[1] or named[2]}"
    stop = re.compile(r"[.;](?:\s|$)|\n").search(text, target.end)
    plan = _YEAR_PLAN.search(text, target.start, stop.start() if stop else len(text))
    if plan is None:
        return target.period
    told = plan["y"]
    return f"năm {told or year}" if told or year else target.period


# a ratio inside a target's name ("Giải quyết đúng hạn 21/30 hồ sơ (", "có 612/652 hộ đạt"): its numbers are the level and
# result the next columns tell
_RATIO_IN_NAME = re.compile(r"(?<![\w/.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*/\s*\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+(?=[^\W\d])")
_COUNT_IN_NAME = r"(?<![\w/.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+(?="


def _without_figures(name: str, unit: str | None) -> str:
    """A target's name as the summary's table shows it beside its level and result: the words, without a ratio or the
    count of its own unit ("Kết nạp 02 đảng viên mới", unit "đảng viên": the count is the result's), and without a
    bracket or a colon left open at its end; other numbers name something ("dưới 5 tuổi", "9 tháng", "lớp 5")."""
    bare = _RATIO_IN_NAME.sub("", name)
    if unit and unit != "%" and unit[:1].isalpha() and not unit.endswith("đồng"):
        head = re.escape(unit.split()[0])
        bare = re.sub(r"(?:\b(?:từ|ít nhất|tối thiểu|trên)\s+)?" + _COUNT_IN_NAME + head + r"\b)", "", bare)
        bare = re.sub(r"(\b" + head + r"\b[^,;()]{0,30}?)\s+trở (?:lên|xuống)\b", r"\1", bare)  # "từ 30 đảng viên trở lên"
    bare = re.sub(r"\s{2,}", " ", bare).strip()
    bare = re.sub(r"\s*[(:,;–-]\s*$", "", bare).strip()
    # "Tổng thu ngân sách … ước thực hiện tỷ đồng": the estimate's verb and the unit it was read with, no part of the name
    bare = re.sub(r"\s+ước(?:\s+(?:thực hiện|đạt|tính))?(?:\s+" + re.escape(unit or "\0") + r")?$", "", bare)
    return bare if len(bare.split()) >= 2 else name


# how or when the thing counted was done, read into its unit: "hồ sơ đúng hạn", "hồ sơ trực tuyến toàn trình"
_MANNER_TAIL = re.compile(r"\s+(?:(?:đúng|trước|quá|trễ)\s+hạn|kịp thời|đúng quy định|đúng tiến độ|trực tuyến(?:\s+(?:toàn trình|"
                          r"một phần))?)$", re.IGNORECASE)


def _unit_head(target):
    """The unit without how or when it was done ("hồ sơ" of "hồ sơ đúng hạn", issue 18's summary review): the manner
    belongs to the target's name ("Giải quyết hồ sơ đúng hạn"); the counted noun keeps its own words ("đảng viên mới",
    "lao động nông thôn", "quần chúng ưu tú")."""
    unit = target.unit
    tail = _MANNER_TAIL.search(unit) if unit and unit != "%" else None
    if tail is None or tail.start() == 0:
        return target
    manner, name = tail[0].strip(), target.name
    if manner.lower() not in name.lower():
        name = f"{name} {manner}"
    return _with(target, name=name, unit=unit[:tail.start()])


def _share_of_a_plan(text: str, target) -> bool:
    """A level or result that is a share of a plan, not an amount (ruling in tests/blind_structure/README.md, as the
    schema's "a percentage-of-plan with no absolute plan is a key figure, not a target"): "phấn đấu đến 30/6 kết nạp đạt
    từ 50% chỉ tiêu năm trở lên", "giải ngân đạt từ 95% kế hoạch vốn trở lên", and a tally of targets ("14/21 chỉ tiêu
    chủ yếu đạt từ 50% kế hoạch trở lên (66,67%)")."""
    from .content import _vn

    span = text[target.start:target.end]
    if (target.unit or "").startswith(("chỉ tiêu", "mục tiêu")) and re.search(
            r"(?<![\d.,/])\d{1,3}\s*/\s*\d{1,3}\s+(?:chỉ tiêu|mục tiêu)", span):
        return True  # "Về chỉ tiêu: đạt 14/21 chỉ tiêu, đạt 66,7%": the targets counted, no target (not "40 chỉ tiêu" hired)
    if target.unit != "%":
        return False
    if re.search(r"(?<![\d.,/])\d{1,3}\s*/\s*\d{1,3}\s+chỉ tiêu", span):
        return True
    # (not the level named before it: "đạt chỉ tiêu 99% kế hoạch năm học"; not the whole quota, "thu ngân sách trên địa
    # bàn đạt 100% chỉ tiêu trên giao", a congress's level for a plan the upper level sets each year)
    return any(value is not None and value != 100 and re.search(r"(?<![\d.,])(?<!chỉ tiêu )(?<!mục tiêu )(?<!kế hoạch )" + re.escape(_vn(value)) +
                                               r"\s*%\s*(?:chỉ tiêu|kế hoạch|KH\b)", span)
               for value in (target.target, target.result))


def _with(record, **changes):
    from dataclasses import replace

    return replace(record, **changes)


def _skip(line: Line, debris: set[int], text: str) -> bool:
    if line.kind in (LineKind.CAPTION, LineKind.DEBRIS):
        return True
    raw = text[line.start:line.end]
    return line.start + len(raw) - len(raw.lstrip()) in debris


def _year(header: Header, news, text: str) -> int | None:
    if header.date:
        return int(header.date.value[:4])
    if news and news.dateline:
        return int(news.dateline.value[:4])
    if header.title:
        # the title's year, not a term's ("… TRƯỞNG THÔN NHIỆM KỲ 2025-2027 VÀ NGÀY HỘI … NĂM 2024") nor one aimed at
        # ("Xã X phấn đấu tỷ lệ nghèo cuối năm 2030 giảm còn 0,23%")
        years = _told_years(header.title.value)
        if years:
            return years[0]
    # no date line: the latest year the text names outside a term ("nhiệm kỳ 2020 - 2025") and the years aimed at,
    # and not a deadline later than every other year ("… cấm xe máy trong nội thành đến năm 2030": a horizon)
    years = _told_years(text[:20000])
    if years:
        deadlines = set(_deadline_years(text[:20000]))
        present = [y for y in years if y not in deadlines]
        return max(present) if present else max(years)
    # "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030" with no other year: a congress sits in its term's first year
    term = _CONGRESS_TERM.search(text[:3000])
    return int(term["first"]) if term else None


# a year aimed at: told in the clause of an aim ("phấn đấu …", "đặt mục tiêu đến cuối năm 2030", "tầm nhìn 2045",
# "định hướng đến năm 2030")
_AIMED_AT = re.compile(r"(?:phấn đấu|mục tiêu|tầm nhìn|chỉ tiêu|định hướng(?=\s+(?:đến|tới)\b))[^.;:]{0,50}$",
                       re.IGNORECASE)
# ... but not the aims of a year whose results are told: "kết quả thực hiện các chỉ tiêu … năm 2024", "hoàn thành mục
# tiêu năm 2023", "Chỉ tiêu năm 2024 đã hoàn thành"
_RESULTS_OF = re.compile(r"(?:thực hiện|kết quả|hoàn thành|đạt|vượt|về đích)(?:\s+[^\W\d]+){0,2}\s*$", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\s*,?\s*đã\s", re.IGNORECASE)
_CONGRESS_TERM = re.compile(r"[Đđ]ại hội[^.;]{0,120}?nhiệm kỳ\s+(?P<first>(?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")


def _told_years(text: str) -> list[int]:
    """The years ``text`` names as when something is or was, in order: not a term's ("nhiệm kỳ 2020 - 2025"), not one
    aimed at ("phấn đấu … cuối năm 2030", "mục tiêu đến năm 2030", "tầm nhìn 2045")."""
    return [int(m[0]) for m in _YEAR.finditer(text)
            if not re.match(r"\s*[-–]\s*\d{4}", text[m.end():m.end() + 10])  # (the first year of a term too)
            and not re.search(r"\d{4}\s*[-–]\s*$", text[max(0, m.start() - 8):m.start()])
            and not _aimed_at(text, m)]


# a deadline: "đến năm 2030", "tới năm 2030" — not "tính đến năm 2024" (so far) nor the end of a span "từ năm 2020 đến
# năm 2024"
_DEADLINE = re.compile(r"(?<!tính )(?<!Tính )\b(?:đến|tới)\s+(?:hết\s+)?năm\s+((?:19|20)\d{2})\b")
_SPAN_START = re.compile(r"\btừ\s+(?:năm\s+)?(?:19|20)\d{2}\b[^.;]{0,30}$", re.IGNORECASE)


def _deadline_years(text: str) -> list[int]:
    return [int(m[1]) for m in _DEADLINE.finditer(text) if not _SPAN_START.search(text, max(0, m.start() - 40), m.start())]


def _aimed_at(text: str, year: re.Match) -> bool:
    aim = _AIMED_AT.search(text, max(0, year.start() - 70), year.start())
    if aim is None:
        return False
    if not aim[0].lower().startswith(("phấn đấu", "tầm nhìn")) and (_RESULTS_OF.search(text, max(0, aim.start() - 40), aim.start())
                                         or _DONE_AFTER.match(text, year.end())):
        return False  # the aims of a year whose results are told ("kết quả thực hiện các chỉ tiêu năm 2024")
    return True


def _doc_period(title: str | None, news) -> str | None:
    """The period the document reports on: "quý I", "6 tháng đầu năm 2024", "tháng 11"."""
    from .content import _PERIOD

    source = title or (news.headline.value if news and news.headline else None)
    match = _PERIOD.search(source or "")
    return match[0] if match else None


def _next_period(period: str | None) -> str | None:
    return None  # the period a listed target is set for is not written beside it: left open


def _news_header(text: str, header: Header, news, ctx) -> Header:
    """News: the headline is the title; the organiser in the lead is the issuer."""
    changes = {}
    if news.headline:
        changes["title"] = news.headline
    if news.lead:
        start, end = news.lead.start, news.lead.end
        if _MANDATE_LEAD.match(text, start, end) and not _ORGANISES.search(text, start, end):
            # "Thực hiện quy chế hoạt động của Ủy ban MTTQ … khóa XII, nhiệm kỳ 2019-2024." over "Sáng ngày 21/12/2021, Ban
            # Thường trực … tổ chức hội nghị …": the mandate stood first, the paragraph after it tells who organised it
            after = next((line for line in ctx.lines if line.start > end and text[line.start:line.end].strip()), None)
            if after is not None:
                start, end = after.start, after.end
        # (the subject after a comma, or the organiser of a passive: "Hội nghị … được TƯ Hội LHPN Việt Nam tổ chức"; "Hội"
        # as a body, not the "Hội" of "Hội nghị"; "chi bộ …" written in lower case after the mandate it carries out)
        match = re.search(r"(?:^|,\s*|\bđược\s+|(?<=/\d{4})\s+|(?<=/\d\d)\s+|(?<=/\d)\s+|(?<=\bnăm \d{4})\s+)(?P<who>(?:Ban Chấp hành|BCH(?=\s+[ĐđHhCc])|Ban Thường vụ|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Huyện ủy|Tỉnh ủy|"
                          r"(?<=, )(?:chi bộ|đảng bộ|đảng ủy)|(?<=\d )(?:chi bộ|đảng bộ|đảng ủy)(?=\s)|(?:TƯ|Trung ương)\s+(?:Hội|Đoàn)|"
                          # "Phường Phổ Thạnh tổ chức kỷ niệm … và họp giao ban": the commune or ward itself
                          r"(?:Phường|Xã)(?=\s+[A-ZĐÀ-Ỹ])|"
                          r"Thành ủy|Quận ủy|Thị ủy|Ủy ban|UBND|HĐND|Hội đồng|Ban|Sở|Trường|Đoàn|Hội(?!\s+(?:nghị|thảo|thi|diễn)\b)|"
                          # "Công an xã …", "Công đoàn Trường …", "Thường trực HĐND xã …", "Liên đoàn Lao động tỉnh …"
                          r"Công an|Công đoàn|Liên đoàn|Thường trực|Bộ Chỉ huy|Ban Chỉ huy|Trung tâm|Bệnh viện|Phòng|"
                          # (an abbreviation glossed in the name: "Hội Cựu chiến binh (CCB) huyện Vĩnh Cửu tổ chức …")
                          r"Chi cục|Cục|Kho bạc|Hợp tác xã|Công ty)(?!\w)(?:[^;:()]|\s\([A-ZĐ][A-ZĐa-z&]{1,9}\)(?=\s)){2,140}?)"
                          r"(?:\s*\((?P<paren>[^)]{3,80})\))?\s+(?:đã\s+|vừa\s+|long trọng\s+|chính thức\s+)*"
                          r"(?:tổ chức|tiến hành|khai mạc|họp|triệu tập)\b", text[start:end])
        if match:
            who = re.split(r"\s+(?:phối hợp|cùng)(?:\s+với)?\s|\s+khóa\s+[IVXLC\d]+|\s+khoá\s+[IVXLC\d]+|,?\s+nhiệm kỳ\s+\d|,\s*(?:tỉnh|thành phố|TP\.?)\s",
                           match["who"].strip())[0]  # "HĐND xã Tân Phước, tỉnh Đồng Tháp": the province is no superior body
            # "Ủy ban Kiểm tra Thành ủy Đà Nẵng sẽ chủ động khảo sát, phát hiện, tiến hành kiểm tra …": the name stops
            # where its predicate starts (the organising verb matched further on is that predicate's)
            named = _PREDICATE.split(who, 1)[0].rstrip(" ,")
            cut, who = named != who, named
            parent = None
            # "Ban Chấp hành Đảng bộ xã X tổ chức …", "Ban Thường vụ Huyện ủy X …": the body named as the lead writes it
            # (tests/blind_structure/README.md, the news issuer "Ban Chấp hành Đảng bộ X tổ chức …": the organising body
            # as the lead writes it)
            # "Chi bộ thôn Tân Minh, xã Vân An", "chi bộ 1, đảng bộ xã Hưng Thịnh", "HĐND xã A, huyện B": the unit
            # after the comma is the superior the lead names
            of = re.search(r"\s+(?:thuộc|trực thuộc)\s+(?P<parent>.+)$|,\s*(?P<parent2>(?:[Đđ]ảng bộ|[Đđ]ảng ủy|Huyện ủy|Thành ủy|"
                           r"Tỉnh ủy|Quận ủy|xã|phường|huyện|quận|thị xã)\s.+)$", who)
            if of:
                parent = (of["parent"] or of["parent2"]).strip(" ,")
                if of["parent2"]:
                    # "Chi bộ bản A, Đảng bộ xã B, huyện C": the unit after the comma; the district after it is where
                    # that unit is, as a province after the body is (a unit named by its place alone keeps it: "xã A, huyện B")
                    parent = re.split(r",\s*(?:huyện|tỉnh|thành phố|quận|thị xã|TP\.?)\s", parent)[0] \
                        if re.match(r"[Đđ]ảng (?:bộ|ủy)|Huyện ủy|Thành ủy|Tỉnh ủy|Quận ủy", parent) else parent
                who = who[:of.start()].rstrip(" ,")  # "Chi bộ thôn A, trực thuộc Đảng bộ xã B, tổ chức …"
            if match["paren"] and not parent and not cut and not re.match(r"(?:tỉnh|thành phố)\s|TP\b|TP\.|TPHCM\b",
                                                            match["paren"].strip(), re.IGNORECASE):
                # "Đảng bộ xã X (tỉnh Nghệ An)": the province it is in, not its superior; "(trực thuộc Tỉnh ủy Y)": Tỉnh ủy Y
                parent = re.sub(r"^(?:trực thuộc|thuộc)\s+", "", match["paren"].strip())
            at = start + match.start("who") + text[start + match.start("who"):].find(who)
            changes["issuer"] = Field(who, at, at + len(who))
            if parent:
                p_at = start + text[start:end].find(parent)
                changes["issuer_parent"] = Field(parent, p_at, p_at + len(parent))
        if "issuer" not in changes:  # "Đại hội đại biểu Đảng bộ xã X lần thứ I … đã khai mạc"
            inner = re.search(r"(?:Đại hội|Hội nghị)[^.;]{0,40}?\b(?P<who>(?:Đảng bộ|Chi bộ|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy)"
                              r"(?:\s+[^\s,.;()]+){1,6}?)(?=\s+(?:lần thứ|khóa|khoá|nhiệm kỳ)|\s*(?:[,(]|\.(?!\d)))",
                              text[start:end]) or \
                re.search(r"(?:[Pp]hiên họp|[Kk]ỳ họp)\s+(?:của\s+)?(?P<who>(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|"
                          r"Hội đồng nhân dân)\s+(?:tỉnh|thành phố|xã|phường|đặc khu)(?:\s+[A-ZĐÀ-Ỹ][^\s,.;()]*){0,3})"
                          r"(?=\s+(?:thường kỳ|định kỳ|chuyên đề|tháng|quý|lần|khóa|khoá)\b|\s*[,.(])", text[start:end]) or \
                re.search(r"(?:Đại hội|Hội nghị)[^.;]{0,120}?\bcủa\s+(?P<who>(?:Đảng bộ|Chi bộ|Đảng ủy|Huyện ủy|Tỉnh ủy|"
                          r"Thành ủy|Ban Chấp hành)(?:\s+[^\s,.;()]+){1,6}?)(?=\s+(?:đã|vừa|được|diễn ra|khai mạc|tổ chức|"
                          r"lần thứ|khóa|khoá|nhiệm kỳ)\b|\s*(?:[,(]|\.(?!\d)))", text[start:end])
            # a name ends at a stop, not at the thousands dot of "kết nạp được 1.235 đảng viên"
            # "Hội nghị sơ kết … 9 tháng đầu năm 2025 của Đảng bộ xã Tam Hưng diễn ra …": the organiser named after "của"
            if inner:
                at = start + inner.start("who")
                changes["issuer"] = Field(inner["who"], at, at + len(inner["who"]))
            elif (held := _HELD_BY.search(text, start, end)) is not None and held["org"][:1].isupper():
                # "Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11 (Khóa X) đã khai mạc": the body named in the meeting's name
                changes["issuer"] = Field(held["org"], held.start("org"), held.end("org"))
        issuer = changes.get("issuer", header.issuer)
        if issuer is not None and _MEETING_NOUN.match(issuer.value):
            # "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII", "ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC CHÀ LÀ NHIỆM KỲ
            # 2025-2027" (a headline read as the header): a meeting is no issuer; the body that holds it, where it names one
            body = _HELD_BY.match(issuer.value)
            issuer = Field(body["org"], issuer.start + body.start("org"), issuer.start + body.end("org")) if body else None
            changes["issuer"] = issuer
        if issuer is not None and "issuer_parent" not in changes and _COMMUNE_BODY.match(issuer.value):
            # "Dự hội nghị có đồng chí X, Ủy viên Ban Thường vụ Thành ủy Đà Nẵng": the province's committee that sent its
            # member to a xã or phường committee's meeting is the superior the lead names
            guest = guest_cue(text, start, end)
            superior = _PROVINCE_COMMITTEE.search(text, guest.end(), end) if guest else None
            if superior:
                changes["issuer_parent"] = Field(superior[0], superior.start(), superior.end())
    return _with(header, **changes) if changes else header


_MANDATE_LEAD = re.compile(r"\s*(?:Thực hiện|Căn cứ|Triển khai thực hiện|Nhằm|Để)\s[^\n]*\.\s*$")
_ORGANISES = re.compile(r"\b(?:tổ chức|tiến hành|khai mạc|họp|triệu tập)\b")
# what a body does, never part of its name (lower case: "Ban Tổ chức Huyện ủy" is a name, "… tổ chức hội nghị" a
# predicate; not "kiểm tra", "chỉ đạo", written in lower case inside names: "Ủy ban kiểm tra", "Ban chỉ đạo 35")
_PREDICATE = re.compile(r"\s+(?:sẽ|đã|đang|vừa|sắp|tổ chức|tiến hành|triển khai|khai mạc|họp|triệu tập|thực hiện|chủ động|"
                        r"ban hành|quyết định|thông qua|tập trung|phát động|"
                        r"luôn|tiếp tục|cũng|đều|không|chưa)(?!\w)")
_MEETING_NOUN = re.compile(r"(?:hội nghị|đại hội|kỳ họp|kì họp|phiên họp|hội thảo|buổi|lễ|sinh hoạt)\b", re.IGNORECASE)
_HELD_BY = re.compile(r"(?:hội nghị|đại hội)(?:\s+đại biểu)?(?:\s+lần thứ\s+\S+)?\s+(?P<org>(?:ban chấp hành|ban thường vụ|chi bộ|"
                      r"đảng bộ|đảng ủy|đảng uỷ|hội|đoàn|công đoàn|ủy ban|uỷ ban|hội đồng)\b.*?)"
                      r"(?=\s+(?:lần thứ|khóa|khoá|nhiệm kỳ|nhiệm kì)\b|\s*[,(]|$)", re.IGNORECASE)
_COMMUNE_BODY = re.compile(r"(?:Ban Chấp hành\s+)?(?:Đảng ủy|Đảng uỷ|Đảng bộ)\s+(?:xã|phường|đặc khu)\s")
_PROVINCE_COMMITTEE = re.compile(r"\b(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,3}(?=[\s,.;()]|$)")


def _attendance(ctx, genre: str, ratios=()) -> Attendance | None:
    return _consistent(_split_completed(_attendance_read(ctx, genre, ratios)))


def _consistent(attendance: Attendance | None) -> Attendance | None:
    """No roll counts fewer members than sat in the meeting: a "total" below those present was another count read as
    the roll ("Tham dự có 150 đại biểu …" beside a "tổng số hộ … đạt 91,2%"), and the absent count taken from it too."""
    if attendance is None or attendance.total is None or attendance.present is None or \
            attendance.total.value >= attendance.present.value:
        return attendance
    absent = attendance.absent if attendance.absent is not None and attendance.absent.value >= 0 else None
    return _with(attendance, total=None, official=None, probationary=None, absent=absent)


# Where a resolution's opening ends: its first heading ("I. KẾT QUẢ …", "1. …", "CHI BỘ QUYẾT NGHỊ"), below which its
# figures are the body's results, not its meeting's roll.
_FIRST_HEADING = re.compile(r"^[^\S\n]*(?:(?:[IVX]+|\d+)[.)][^\S\n]|[^\n]{0,40}?QUYẾT NGHỊ\b)", re.MULTILINE)
# A clause that tells the meeting's roll says who attended ("dự họp có 18/20", "có 5/5 đồng chí … dự", "có mặt"), not
# what members did in the month ("20/20 đảng viên tham gia đầy đủ các buổi học tập") or are ("21/25 đảng viên trên 60
# tuổi"); "dự bị", "dự kiến", "dự thảo", "dự toán", "dự án" say no attendance.
_ATTENDED = re.compile(r"(?<!\w)(?:dự|có mặt|tham dự|hiện diện)(?!\s+(?:bị|kiến|thảo|toán|án)(?!\w))(?!\w)", re.IGNORECASE)


def _opening_end(text: str) -> int:
    """The end of a resolution's opening sentences (at most the first 4,000 characters)."""
    heading = _FIRST_HEADING.search(text, 0, 4000)
    return heading.start() if heading else 4000


def _tells_the_meeting(text: str, at: int) -> bool:
    """The clause around ``at`` (between ".", ";" and line ends) says who attended the meeting."""
    start = max(text.rfind(". ", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find(";", at), text.find("\n", at)) if i >= 0]
    return bool(_ATTENDED.search(text, start, min(ends, default=len(text))))


def _prose_roll(ctx, ratios, top: int = 4000) -> Attendance | None:
    """A minutes' or resolution's roll told in a sentence as news tells it, where no attendance block reads ("Hội nghị có
    14/15 đồng chí Ủy viên Ban Chấp hành dự; đồng chí A vắng mặt có lý do", "Có 27 trong số 29 đảng viên dự họp"): those
    present out of the whole, never a vote's count, and the people the sentence names absent."""
    head = ctx.text[:top]  # (a minutes tells its roll near its top; a figure of the body is no roll)
    for start, end, count, whole in ratios:  # "Thành phần: 13/15 đồng chí ủy viên Ban Chấp hành."
        if start >= top:
            break
        if count <= whole and _ROLL_LABEL.search(head, head.rfind("\n", 0, start) + 1, start) and roll_count(head, end) \
                and not _VOTED.match(head, end):
            count_end, whole_start = _ratio_parts(head, start, end)
            return _news_absentees(Attendance(total=Field(whole, whole_start, end), present=Field(count, start, count_end),
                                              absent=Field(whole - count, start, end)), ctx.text)
    read, from_vote = _news_attendance(head, [r for r in ratios if r[0] < top], _counts(ctx, top=top))
    if read is None or from_vote or read.total is None or read.present is None or \
            _VOTE_BEFORE.search(head, _sentence_at(head, read.present.start), read.present.start):
        return None  # ("Tán thành 24/25 đảng viên chính thức được triệu tập": a vote's count, no roll)
    return _news_absentees(read, ctx.text)


def _news_absent(news: Attendance | None, blocks) -> Attendance | None:
    """Those present counted alone in a news item, and the block that holds that count says who was absent ("Tham dự có
    19 đảng viên của chi bộ, vắng 1 đồng chí đi làm ăn xa"): the roll is both."""
    if news is None or news.total is not None or news.present is None or news.absent is not None:
        return news
    for block in blocks:
        absent = block.facts.get(("absent", None))
        if block.start <= news.present.start < block.end and block.present() == news.present.value and absent is not None \
                and block.value("total") is None:
            return _with(news, absent=Field(absent.value, absent.start, absent.end),
                         total=Field(news.present.value + absent.value, news.present.start, absent.end))
    return news


def _news_absentees(news: Attendance | None, text: str) -> Attendance | None:
    """The absentees a news item names in the roll's own line ("Dự hội nghị có 31/33 Ủy viên …; các đồng chí A và B
    vắng vì đi học", "có mặt 27/29 đảng viên, vắng đồng chí C (ốm)")."""
    if news is None or news.present is None or news.absentees or not news.absent or not news.absent.value:
        return news
    read = read_absentees(text, news.present.start, news.present.end)
    if not read:
        return news
    return _with(news, absentees=tuple(Absentee(Field(*name), Field(*reason) if reason else None) for name, reason in read))


def _news_split(news: Attendance | None, blocks, text: str) -> Attendance | None:
    if news is None or news.total is None or news.official is not None or news.probationary is not None:
        return news
    for block in blocks[:3]:
        split = {sub: block.facts.get(("total", sub)) for sub in ("official", "probationary")}
        if split["official"] is not None and (_OFFICIAL_CALLED.match(text, split["official"].end)
                                              or _DELEGATES_SUMMONED.match(text, split["official"].end)):
            continue  # "Chi bộ có 23 đảng viên chính thức được triệu tập, có mặt 21": the roll summoned, no split of it
        present = block.facts.get(("present", None))
        if any(split.values()) and present is not None and news.present is not None and present.value == news.present.value:
            return _with(news, **{sub: Field(f.value, f.start, f.end) for sub, f in split.items() if f is not None})
    return news


# "Thành phần: đủ 22/22 đảng viên", "Chi bộ hiện có 14 đảng viên; 100% đảng viên tham gia sinh hoạt": all attended
_ALL_ATTENDED = re.compile(r"\b100\s?%\s*(?:đảng viên|đồng chí|đại biểu|ủy viên|uỷ viên)[^.;\d]{0,30}?\b(?:tham dự|có mặt|dự họp|"
                           r"tham gia sinh hoạt|dự sinh hoạt|hiện diện)\b", re.IGNORECASE)
_HAS_MEMBERS = re.compile(r"\b(?:chi bộ|đảng bộ|ban chấp hành|ban thường vụ)[^.;\d]{0,20}?\b(?:hiện\s+)?có\s+(\d{1,3})\s+"
                          r"(?:đảng viên|đồng chí|ủy viên|uỷ viên)\b", re.IGNORECASE)
_FULL_LABEL = re.compile(r"(?:thành phần(?: tham dự| dự họp)?|có mặt|tham dự|dự họp|hiện diện)\s*:\s*(?:đủ\s+|có\s+)?$",
                         re.IGNORECASE)


def _full_roll(text: str, ratios=()) -> Attendance | None:
    """A roll with no attendance block, said to be full near the top of the minutes."""
    head = text[:3000]
    everyone = _ALL_ATTENDED.search(head)
    members = _HAS_MEMBERS.search(head, max(0, everyone.start() - 200), everyone.start()) if everyone else None
    if members:
        n = int(members[1])
        return Attendance(total=Field(n, members.start(1), members.end(1)), present=Field(n, everyone.start(), everyone.end()),
                          absent=Field(0, everyone.start(), everyone.end()))
    for start, end, count, whole in ratios:
        if start >= 3000:
            break
        line_start = text.rfind("\n", 0, start) + 1
        if count == whole and (_FULL_LABEL.search(text, line_start, start) or _ROLL_LABEL.search(text, line_start, start)) \
                and roll_count(text, end):
            return Attendance(total=Field(whole, start, end), present=Field(count, start, end), absent=Field(0, start, end))
    return None


# the words of a vote a count of those present is told with in a resolution: "… thông qua với 33/33 đồng chí có mặt
# nhất trí", "100% (25/25) đảng viên có mặt biểu quyết tán thành"
_VOTE_SENTENCE = re.compile(r"[^.;\n]*?\b(?:thông qua|nhất trí|tán thành|biểu quyết)\b", re.IGNORECASE)


def _sentences(text: str, body: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The body's sentences, a table row whole: a paragraph telling two targets in two sentences ("Kênh mương đã kiên
    cố 1,8/2,4 km theo kế hoạch năm. Quỹ khuyến học thu được 27,5 triệu đồng, kế hoạch cả năm 25 triệu đồng.") tells
    each in its own, and names neither by the other's words."""
    spans = []
    for start, end in body:
        line = text[start:end]
        spans += [(start, end)] if "|" in line or "\t" in line else [(start + a, start + b) for a, b in sentence_spans(line)]
    return spans


def _sentence_at(text: str, at: int) -> int:
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _no_quantity(none: tuple[Field, ...], field) -> bool:
    """The quantity layer reads the number as none (``none``: an ordinal "lần thứ 21", a date, a period): no count of
    a roll."""
    return field.end > field.start and any(n.start <= field.start < n.end for n in none)


def _split_completed(attendance: Attendance | None) -> Attendance | None:
    """"Chi bộ có 35 đảng viên, trong đó 2 đảng viên dự bị": the text splits the roll, the official members are the rest
    (and the probationary ones, where only the official are counted)."""
    if attendance is None or attendance.total is None:
        return attendance
    total, official, probationary = attendance.total, attendance.official, attendance.probationary
    if official is None and probationary is not None and 0 <= probationary.value <= total.value:
        return _with(attendance, official=Field(total.value - probationary.value, probationary.start, probationary.end))
    if probationary is None and official is not None and 0 < official.value <= total.value:
        return _with(attendance, probationary=Field(total.value - official.value, official.start, official.end))
    return attendance


def _attendance_read(ctx, genre: str, ratios=()) -> Attendance | None:
    if genre not in ("bien_ban", "tin_hoi_nghi", "nghi_quyet"):
        return None
    from ..quantities.attendance_blocks import attendance_blocks

    # (a block whose only count the quantity layer reads as none is no roll: "Các đại biểu dự hội nghị Ban Chấp hành lần
    # thứ 21" under a photo)
    blocks = attendance_blocks(ctx)
    if blocks:
        none = _not_figures(ctx)
        blocks = [b for b in blocks if not (b.facts and all(_no_quantity(none, f) for f in b.facts.values()))]
    if genre == "nghi_quyet":
        # "Nghị quyết được … thông qua với 33/33 đồng chí Ủy viên Ban Chấp hành có mặt nhất trí": the vote's count, which
        # the decision carries; no roll of the meeting (tests/blind_structure/README.md, "100% (25/25) đảng viên có mặt"
        # in a nghị quyết)
        blocks = [b for b in blocks if not all(_VOTE_SENTENCE.match(ctx.text, _sentence_at(ctx.text, f.start), f.end + 80)
                                               for f in b.facts.values())]
    if genre == "nghi_quyet" and not blocks:
        # a resolution or a notice of conclusions tells its meeting's roll where a block says it, or in the sentence
        # that opens it ("Có 31/33 đồng chí Ủy viên Ban Chấp hành dự."), never in the vote's count
        roll = _prose_roll(ctx, ratios, top=_opening_end(ctx.text))
        return roll if roll is not None and _tells_the_meeting(ctx.text, roll.present.start) and not _VOTE_SENTENCE.match(
            ctx.text, _sentence_at(ctx.text, roll.present.start), roll.present.end + 80) else None
    if genre == "tin_hoi_nghi":
        news, from_vote = _news_attendance(ctx.text, ratios, _counts(ctx, top=30000))
        if news is not None and news.total is None and news.present is not None and blocks and \
                blocks[0].present() == news.present.value and (
                    blocks[0].value("total") is not None or _stated_total(ctx.text, blocks[0].start, blocks[0].end)):
            news = None  # "… và 41 đảng viên của chi bộ." then "Chi bộ hiện có 46 đảng viên … 41 có mặt": the block's roll
        news = _news_absent(news, blocks)
        if (news is not None and not from_vote) or not blocks:
            # the roll read off a vote ("38/38 đảng viên có mặt tán thành") only when no block says it; a block that
            # splits the same roll ("35 đảng viên, trong đó 2 đảng viên dự bị") gives its split
            return _news_absentees(_news_split(news, blocks, ctx.text), ctx.text)
    if not blocks:
        return _presence_of(ctx) or _full_roll(ctx.text, ratios) or _prose_roll(ctx, ratios) or Attendance()
    block = blocks[0]
    rows = _roll_rows(ctx.text, blocks[:4])
    if rows.get("all") is not None:  # a table "Chính thức | 28 | 26 | 2 / Dự bị | 3 | 3 | 0 / Cộng | 31 | 29 | 2"
        block = rows["all"]

    def fact(head: str, sub: str | None = None, of=None) -> Field | None:
        found = (of or block).facts.get((head, sub))
        return Field(found.value, found.start, found.end) if found else None

    official = fact("total", "official")
    probationary = fact("total", "probationary")
    if rows.get("all") is not None and official is None and probationary is None:
        official = fact("total", of=rows["official"]) if rows.get("official") else None
        probationary = fact("total", of=rows["probationary"]) if rows.get("probationary") else None
    total = fact("total") or fact("total", "called") or _stated_total(ctx.text, block.start, block.end)
    if fact("total") is None and total is not None and _MUST_ATTEND.search(ctx.text, max(block.start, total.start - 40),
                                                                            total.start):
        # "Số đảng viên trong chi bộ 38 đồng chí, …miễn sinh hoạt; số phải dự 32": those bound to attend are the
        # members less the exempted, and the roll is the members, as "Tổng số đảng viên: 24 …; số phải dự 22" reads
        members = _stated_total(ctx.text, block.start, total.start)
        if members is not None and members.value > total.value:
            total = members
    if official is not None and fact("total") is None and (
            _OFFICIAL_CALLED.match(ctx.text, official.end) or _DELEGATES_SUMMONED.match(ctx.text, official.end)):
        # "Chi bộ có 26 đảng viên, 24 đảng viên chính thức được triệu tập": a congress's roll is those summoned, and
        # the membership's split is not the roll's (tests/blind_structure/README.md, "được triệu tập" and the official
        # total)
        total, official, probationary = official, None, None
    if official is None and probationary is None:  # "(chính thức: 15/16; dự bị: 2/2)": the rolls are the bases
        line_start = ctx.text.rfind("\n", 0, block.start) + 1
        split = [_SPLIT_ROLL[kind].search(ctx.text, line_start, block.end) for kind in ("official", "probationary")]
        if all(split):  # (kept on the raw text: the quantity layer reads "dự bị: 2/2" as a day, 2 February)
            official, probationary = (Field(int(m[2]), m.start(2), m.end(2)) for m in split)
    if total is not None and official is None and probationary is None:
        all_official = _ALL_OFFICIAL.search(ctx.text, ctx.text.rfind("\n", 0, block.start) + 1, block.end)
        if all_official:  # "tổng số 16 đồng chí, đều là đảng viên chính thức"
            official = Field(total.value, all_official.start(), all_official.end())
            probationary = Field(0, all_official.start(), all_official.end())
    if total is None and official is not None and probationary is not None:
        total = Field(official.value + probationary.value, official.start, probationary.end)
    present = fact("present")
    sent_on = present is not None and _OTHER_LEVEL.search(ctx.text, max(ctx.text.rfind("\n", 0, present.start) + 1,
                                                                         present.start - 120), present.start)
    if sent_on:  # "Đại hội bầu đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh gồm 7 đồng chí": no one present counted there
        official, probationary = fact("present", "official"), fact("present", "probationary")
        present = Field(official.value + (probationary.value if probationary else 0), official.start, official.end) \
            if official is not None else None
    elif present is None and block.present() is not None:
        present = Field(block.present(), block.start, block.start)
    if genre == "tin_hoi_nghi" and present is not None and present.end > present.start and \
            _ABOUT.search(ctx.text, max(0, present.start - 12), present.start):
        present = None  # "kết nối tới 99 điểm cầu với hơn 3.200 đại biểu tham dự": a news item's round figure, no roll
    if present is None and total is None:  # "Thành phần: 16/18 đảng viên của chi bộ tham dự": the layer's ratio, then who
        line_start = ctx.text.rfind("\n", 0, block.start) + 1
        for start, end, count, whole in ratios:
            if start >= block.end:
                break
            if start >= line_start and count <= whole and (_ROLL_AFTER.match(ctx.text, end) or (
                    _ROLL_LABEL.search(ctx.text, line_start, start) and roll_count(ctx.text, end))):
                present, total = Field(count, start, end), Field(whole, start, end)
                break
    if total is None and present is not None:  # "Có mặt: 17/19 đảng viên", "Đảng viên dự họp: 18/19 đồng chí"
        total = _total_after_present(ctx.text, block.start, block.end, present.value, ratios)
    absent = fact("absent")
    if absent is None:
        parts = [block.value("absent", s) for s in ("reason", "noreason")]
        if any(p is not None for p in parts):
            absent = Field(sum(p or 0 for p in parts), block.start, block.start)
        elif total and present:
            absent = Field(total.value - present.value, block.start, block.start)
    read = read_absentees(ctx.text, block.start, block.end) or (
        _absentees_after(ctx.text, block.end) if absent is not None and absent.value else [])
    if read:
        absentees = [Absentee(Field(*name), Field(*reason) if reason else None) for name, reason in read]
        if genre == "tin_hoi_nghi" and present is None:
            return None
        total = total or _present_and_absent(present, absent)
        return Attendance(total, official, probationary, present, absent, tuple(absentees))
    names = []
    for (head, sub), people in block.names.items():
        if head in ("absent", "reason", "noreason") or sub in ("reason", "noreason"):
            names.extend(people)
    absentees = []
    seen = set()
    for name in names:
        name = _HONORIFIC.sub("", name.strip())
        person = _PERSON.match(name)
        if person is None or person[0] in seen:
            continue
        seen.add(person[0])
        at = ctx.text.find(person[0], block.start)
        if at < 0 or GUESTS.search(ctx.text, max(block.start, ctx.text.rfind("vắng", block.start, at)), at):
            continue  # ("…, vắng 2 đồng chí có lý do; mời dự có đồng chí A": a guest)
        absentees.append(Absentee(Field(person[0], at, at + len(person[0])), _reason(ctx.text, at + len(person[0]))))
    if absent is not None and absent.value and len(absentees) < absent.value:  # the Vắng line names the others
        absentees += [x for x in _absent_line(ctx.text, block.start, block.end) if x.name.value not in seen]
    if genre == "tin_hoi_nghi" and present is None:
        return None
    total = total or _present_and_absent(present, absent)
    return Attendance(total, official, probationary, present, absent, tuple(absentees))


_ROW_LABEL = re.compile(r"\s*(?:\|\s*)?(?:(?P<official>đảng viên chính thức|chính thức)|(?P<probationary>đảng viên dự bị|dự bị)|"
                        r"(?P<all>cộng|tổng cộng|tổng số|tổng|toàn chi bộ))\s*(?:\||\t)", re.IGNORECASE)


def _roll_rows(text: str, blocks) -> dict:
    """The rows of an attendance table, one block each, by their first cell: official, probationary and all."""
    rows = {}
    for block in blocks:
        line_start = text.rfind("\n", 0, block.start) + 1
        label = _ROW_LABEL.match(text, line_start)
        if label is None:
            return rows if "all" in rows else {}
        rows.setdefault(label.lastgroup, block)
    return rows if "all" in rows else {}


def _presence_of(ctx) -> Attendance | None:
    """The first "presence" relation of the quantity layer in the document's first paragraphs, when no attendance
    block reads ("Thành phần tham dự: 18 đại biểu được mời, có mặt 16 đại biểu, vắng 02 đại biểu": the block
    reader takes "tham dự" for a second present count and leaves the line)."""
    from ..quantities import layer_of

    readings = getattr(ctx, "readings", None) or {}
    for paragraph in ctx.paragraphs[:40]:
        reading = readings.get(paragraph.index)
        if reading is None or "vắng" not in paragraph.text.lower():
            continue
        layer = layer_of(reading, ctx.paragraph_entities.get(paragraph.index, ()))
        for relation in layer.of("presence"):
            if relation.cues:  # "146 đại biểu có mặt trên tổng số 150 …, vắng 3": the present count is the whole
                present, (total, absent) = relation.whole, relation.parts
            else:
                total, (present, absent) = relation.whole, relation.parts
            if total.kind != "count" or present.kind != "count" or present.value > total.value:
                continue
            at = paragraph.start

            def field(q):
                return Field(int(q.value), at + q.start, at + q.end)

            # "…, vắng 01 (bà Trương Mỹ Lệ, Phó Chủ tịch UBND xã – đi học lớp bồi dưỡng)": the absentees of the same line
            absentees = tuple(Absentee(Field(*name), Field(*reason) if reason else None)
                              for name, reason in read_absentees(ctx.text, paragraph.start, paragraph.end))
            return Attendance(field(total), None, None, field(present), field(absent), absentees)
    return None


def _absentees_after(text: str, end: int) -> list:
    """The absentees named on the line right after a roll table ("Vắng có lý do: đồng chí A (đi công tác), …")."""
    start = text.find("\n", end) + 1
    if start <= 0:
        return []
    stop = text.find("\n", start)
    stop = stop if stop >= 0 else len(text)
    return read_absentees(text, start, stop) if re.match(r"\s*(?:[-+•]\s*)?vắng\b", text[start:stop], re.IGNORECASE) else []


def _present_and_absent(present: Field | None, absent: Field | None) -> Field | None:
    """"27 đảng viên tham dự (vắng 2 đồng chí có lý do)": those present and those absent are all of them."""
    if present is None or absent is None or absent.end <= absent.start:
        return None
    return Field(present.value + absent.value, min(present.start, absent.start), max(present.end, absent.end))


_PERSON = re.compile(r"(?:[A-ZĐÀ-Ỹ][\w']*\s+){1,4}[A-ZĐÀ-Ỹ][\w']*")
_SPLIT_ROLL = {kind: re.compile(word + r"\s*:?\s*(\d+)\s*/\s*(\d+)", re.IGNORECASE)
               for kind, word in (("official", "chính thức"), ("probationary", "dự bị"))}
# "Đại hội được triệu tập 150 đại biểu chính thức": a congress's delegates are chính thức or dự khuyết, no split of
# party members into official and probationary; those summoned are the roll
_DELEGATES_SUMMONED = re.compile(r"\s*(?:vị\s+)?đại biểu\s+chính thức\b", re.IGNORECASE)
_OFFICIAL_CALLED = re.compile(r"\s*(?:đảng viên|đồng chí|đ/c|đại biểu)?\s*chính thức\s+(?:được\s+)?triệu tập\b", re.IGNORECASE)
_ALL_OFFICIAL = re.compile(r"(?:đều là|tất cả (?:đều )?là|100%(?: là)?)\s+đảng viên chính thức|không có đảng viên dự bị",
                           re.IGNORECASE)
_TOTAL_STATED = re.compile(r"(?:tổng số|được mời|thành phần mời|được triệu tập|triệu tập|gồm có|có tổng)"
                           r"(?:(?!có mặt|vắng|tham dự|dự họp)[^:;.\d]){0,40}?:?\s*"  # not "được mời, có mặt 16"
                           r"(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)(?!\s*%)", re.IGNORECASE)  # (not "… đạt 91,2%")
_TOTAL_BEFORE = re.compile(r"(?:gồm\s+|có\s+|:\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?=\s+(?:đại biểu|đồng chí|đảng viên|người|"
                           r"thành viên|ủy viên|uỷ viên)\s+(?:được mời|được triệu tập)\b)", re.IGNORECASE)
_HAS_TOTAL = re.compile(r"(?:chi bộ|ban chấp hành|ban thường vụ|thường trực|đảng ủy|đảng uỷ|chi ủy|chi uỷ|hội nghị|cuộc họp)[^.;:\d]{0,40}?\s+có\s+(?:tổng số\s+)?(\d+)\s+"
                        r"(?:đảng viên|đồng chí|ủy viên|uỷ viên|người|thành viên)", re.IGNORECASE)
# The members a meeting's attendance counts: a total of "nhân khẩu", "cán bộ, công chức" or "hộ" is another roll.
ROLL_HEADS = ("đảng viên", "đồng chí", "đ/c", "đại biểu", "ủy viên", "uỷ viên", "thành viên", "người")


def roll_count(text: str, end: int) -> bool:
    """The number ending at ``end`` counts the meeting's roll: bare ("Tổng số: 19", "tổng số 19;") or
    with a head the quantity layer reads as one of ROLL_HEADS (not "9.812 nhân khẩu", "75 cán bộ")."""
    words = re.match(r"\s*((?:[^\W\d_][\w/]*\s?){0,4})", text[end:end + 40])[1].strip()
    if not words:
        return True
    head, _, _ = head_of(re.sub(r"^vị\s+", "", words, flags=re.IGNORECASE))
    return bool(head) and (head.startswith(ROLL_HEADS) or head.endswith(("ủy viên", "uỷ viên")))


_ATTENDED_AFTER = re.compile(r"[^,.;:()\d]{0,60}?\b(?:tham dự|dự họp|có mặt|về dự|dự hội nghị|dự đại hội|dự sinh hoạt)\b",
                             re.IGNORECASE)


_MUST_ATTEND = re.compile(r"phải\s+(?:tham\s+)?(?:dự|có mặt|triệu tập)[^\d.;]{0,30}$", re.IGNORECASE)
# "Số đảng viên trong chi bộ 38 đồng chí", "số ủy viên của Ban Chấp hành: 15": the members, told without "tổng số"
_MEMBERS_OF = re.compile(r"(?<!tổng )(?<!\w)số (?:đảng viên|ủy viên|uỷ viên|thành viên)\s+(?:trong|của)\s+(?:chi bộ|ban chấp hành|"
                         r"ban thường vụ|đảng bộ)\s*(?:là|:)?\s*(\d+)(?![.,]?\d)", re.IGNORECASE)


def _stated_total(text: str, start: int, end: int) -> Field | None:
    """"Đại biểu được mời 25 người", "Chi bộ có 18 đảng viên (16 chính thức, 2 dự bị)"."""
    line_start = text.rfind("\n", 0, start) + 1
    for pattern in (_TOTAL_STATED, _HAS_TOTAL, _TOTAL_BEFORE, _MEMBERS_OF):  # "18 đại biểu được mời, có mặt 16"
        for match in pattern.finditer(text, line_start, end):
            if pattern is _HAS_TOTAL and _ATTENDED_AFTER.match(text, match.end()):
                continue  # "Hội nghị có 32 đồng chí Ủy viên Ban Chấp hành tham dự": those present, not the roll
            if _TIME_BEFORE.search(text, max(line_start, match.start(1) - 12), match.start(1)):
                continue  # "Hội nghị … được triệu tập để đánh giá kết quả năm 2025": a year, not the roll
            if roll_count(text, match.end(1)):
                number = parse_number(match[1])
                return Field(int(number.value), match.start(1), match.end(1))
    return None


_TIME_BEFORE = re.compile(r"\b(?:" + alternation(w for w, kind in word_pairs("time_words") if kind == "time") + r")\s*$",
                          re.IGNORECASE)
_BARE_END = re.compile(r"\s*(?:[,;.)]|$)", re.MULTILINE)
_MEMBERS_AFTER = re.compile(r"\s*(?:đồng chí|đảng viên|đại biểu|ủy viên|uỷ viên|người|thành viên|đ/c)", re.IGNORECASE)


def _total_after_present(text: str, start: int, end: int, present: int, ratios=()) -> Field | None:
    """The base of the "present/total" fraction that gave the present count (a ratio of the quantity layer)."""
    line_start = text.rfind("\n", 0, start) + 1
    for at, stop, count, whole in ratios[bisect.bisect_left(ratios, (line_start,)):]:
        if at >= end:
            break
        # ("Tổng số đảng viên dự họp 15/15, tỷ lệ 100%": the fraction alone, who it counts said before it)
        if count == present and whole >= present and (_MEMBERS_AFTER.match(text, stop) or _BARE_END.match(text, stop)):
            return Field(whole, _ratio_parts(text, at, stop)[1], stop)
    return None


def _ratio_parts(text: str, at: int, stop: int) -> tuple[int, int]:
    """Where a ratio's count ends and its whole begins, whatever joins them ("41/45", "41 trên 45")."""
    span = text[at:stop]
    return at + len(re.match(r"[\d.,]*", span)[0]), stop - len(re.search(r"[\d.,]*$", span)[0])


def _reason(text: str, at: int) -> Field | None:
    """The reason written after an absentee's name: "(ốm)", " - đi công tác", ", chức vụ, đi học)"."""
    match = _ABSENT_REASON.match(text, at)
    if match:
        group = "paren" if match["paren"] else "after" if match["after"] else "reason"
        value, start = match[group], match.start(group)
        value = value.strip()
        dashed = group == "after" and re.match(r"\s*[–-]", text[at:at + 3]) is not None
        if group == "paren" or dashed or "(" not in text[max(0, at - 120):at].split(")")[-1]:
            return Field(value, start, start + len(value))
    inside = re.match(r"[^()\n;]{0,150}?[);]", text[at:])
    if inside and "(" in text[max(0, at - 120):at].split(")")[-1]:
        pieces = inside[0][:-1].split(",")
        last = pieces[-1].strip(" -–")
        if last and len(pieces) > 1:
            start = at + inside[0].rfind(last)
            return Field(last, start, start + len(last))
    return None


_WHO = r"(?:đồng chí\s+|vị\s+)?(?:ủy viên|uỷ viên|đại biểu|đảng viên|thành viên|đồng chí)"
# "41/45 Ủy viên Ban Chấp hành tham dự", "Tham dự có 28/31 đảng viên", "có mặt 16/18 đồng chí": a ratio of the quantity
# layer with who it counts after it, and a word of attendance before it or after them
_NEWS_LEAD = re.compile(r"(?:tham dự|dự|về dự|có mặt|tham gia)[^.;\d]{0,40}?(?:có\s+|của\s+)?$", re.IGNORECASE)
_NEWS_WHO = re.compile(r"\s+" + _WHO + r"(?P<tail>[^.;]{0,80}?(?:tham dự|dự họp|dự hội nghị|dự đại hội|dự sinh hoạt|có mặt|về dự|tham gia|"
                       r"\sdự(?=\s*[;,.]))|"  # "Hội nghị có 14/15 đồng chí Ủy viên Ban Chấp hành dự; …"
                       r"(?:\s+chính thức)?\s+được triệu tập|"
                       r"\s+(?:của|trong)\s+(?:chi bộ|đảng bộ|ban chấp hành))?",  # "…; 24/26 đảng viên của chi bộ"
                       re.IGNORECASE)
# The words around two counts of the quantity layer that make them a roll (present of total):
# "135 đại biểu chính thức được triệu tập, có mặt 132 đại biểu"
_CALLED_THEN_PRESENT = re.compile(r"\s+" + _WHO + r"[^.;\d]{0,30}?(?:được\s+)?triệu tập[^.;\d]{0,30}?(?:có mặt|tham dự|dự)\s+",
                                  re.IGNORECASE)
# "Đến dự có 45 đảng viên trong tổng số 48 đảng viên", "… có 148 đại biểu chính thức (trong tổng số 150 đại biểu …)"
_PRESENT_OF_TOTAL = re.compile(r"(?:\s+" + _WHO + r")?(?:(?!đại diện|tiêu biểu|thay mặt)[^.;\d()]){0,25}?\s*\(?\s*"
                               r"(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?", re.IGNORECASE)
# (not "236 đại biểu chính thức đại diện cho trên 7.300 đảng viên": "trên" there is "more than", and the members those
# delegates stand for are no roll of the congress)
# "Chi bộ hiện có 30 đảng viên, 27 đồng chí dự sinh hoạt", "Chi bộ có 30 đảng viên, trong đó 27 đồng chí tham dự"
_MEMBERS_BEFORE = re.compile(r"(?:chi bộ|đảng bộ|ban chấp hành|ban thường vụ)[^.;\d]{0,30}?\s(?:hiện\s+)?có\s+(?:tổng số\s+)?$",
                             re.IGNORECASE)
_MEMBERS_THEN_PRESENT = re.compile(r"\s+" + _WHO + r"\s*[,;]\s*(?:trong đó\s+)?(?:có\s+)?", re.IGNORECASE)
# (not "trong đó 3 đảng viên dự bị": the probationary members, no attending)
_PRESENT_AFTER = re.compile(r"\s+" + _WHO + r"\s+(?:đã\s+)?(?:tham dự|dự(?!\s+bị\b)|có mặt|về dự|tham gia)", re.IGNORECASE)


def _news_count_rolls(text: str, counts, start: int, end: int):
    """(present, total) of two counts of the quantity layer in text[start:end] that state a roll."""
    inside = [c for c in counts[bisect.bisect_left(counts, (start,)):] if c[0] < end and c[3] is None]
    for first, second in zip(inside, inside[1:]):
        between = text[first[1]:second[0]]
        if _CALLED_THEN_PRESENT.fullmatch(between):
            yield Field(second[2], second[0], second[1]), Field(first[2], first[0], first[1])
        elif _PRESENT_OF_TOTAL.fullmatch(between):
            yield Field(first[2], first[0], first[1]), Field(second[2], second[0], second[1])
        elif _MEMBERS_THEN_PRESENT.fullmatch(between) and _MEMBERS_BEFORE.search(text, max(start, first[0] - 60), first[0]) \
                and _PRESENT_AFTER.match(text, second[1]):
            yield Field(second[2], second[0], second[1]), Field(first[2], first[0], first[1])


_PRESENT_ONLY = re.compile(r"(?:đại biểu|đảng viên|đồng chí)\s+(?:tham dự|dự|về dự)\b(?:[^.;\d]|\d+\s+điểm cầu){0,60}?\b(?:là|có|gồm)\s+"
                           r"(?:hơn\s+|gần\s+|trên\s+)?$", re.IGNORECASE)
# "125 đại biểu chính thức đại diện cho đoàn viên, thanh niên toàn xã tham dự": the count whose clause ends in attending
# (the members they stand for may sit between: "236 đại biểu chính thức đại diện cho trên 7.300 đảng viên … đã tham dự")
_COUNT_ATTENDED = re.compile(r"\s*(?:vị\s+)?(?:đại biểu|đảng viên)\b(?:[^.;:()\d]|(?<=cho )(?:trên |hơn |gần )?\d[\d.]*(?= )){0,70}?"
                             r"\s(?:tham dự|về dự|dự họp|có mặt)(?:\s+(?:đại hội|hội nghị|kỳ họp|đầy đủ|đông đủ))?\s*[.;]",
                             re.IGNORECASE)
_ABOUT = re.compile(r"(?:hơn|gần|trên|khoảng|trên dưới)\s+$", re.IGNORECASE)
# "Dự đại hội có đồng chí A, Bí thư Đảng ủy xã và 41 đảng viên của chi bộ", "… sự tham gia của 27 đảng viên trong chi bộ":
# the members of the body that meets, in a sentence that tells who attended
_CELL_MEMBERS = re.compile(r"\s+(?:đồng chí\s+)?đảng viên\s+(?:trong|của|thuộc)\s+(?:chi bộ|đảng bộ)\b", re.IGNORECASE)
_ATTENDING = re.compile(r"(?<!\w)(?:tham dự|dự|tham gia|có mặt)\b(?!\s+bị)", re.IGNORECASE)
# "bầu đoàn đại biểu dự Đại hội … tỉnh gồm 22 đồng chí", "… 9 đại biểu đi dự Đại hội cấp trên": the delegates the meeting
# sends to another level's congress, not those who sat in it
# (not "Có mặt lúc bầu cử: 30": the vote of this congress)
_OTHER_LEVEL = re.compile(r"(?:\bbầu\b(?!\s+cử)[^.;\n]*\bđại biểu|\bđoàn đại biểu|\bđi dự)\b[^.;\n]*$", re.IGNORECASE)
_VOTED = re.compile(r"[^.;,()]{0,60}?\s(?:biểu quyết\s+)?(?:tán thành|nhất trí|đồng ý)\b", re.IGNORECASE)


class _Spans:
    """A ratio's two numbers as a match would give them (``start``/``end`` by group)."""

    def __init__(self, present: Field, total: Field):
        self.fields = {"present": present, "total": total}

    def start(self, group: str | None = None) -> int:
        return self.fields["present"].start if group is None else self.fields[group].start

    def end(self, group: str | None = None) -> int:
        return self.fields["total"].end if group is None else self.fields[group].end


# "Tham dự kỳ họp có ông A - Bí thư …; đại diện các ban, ngành …, cùng với 28/29 vị đại biểu HĐND xã": the roll that
# closes the sentence's list of those attending
_JOINED_ROLL = re.compile(r"(?:^|[.\n]\s*)(?:[Tt]ham dự|[Dd]ự|[Vv]ề dự|[Đđ]ến dự)\b[^.\n]*(?:,|;)\s*(?:cùng với|cùng|và)\s*$")


_BARE_ATTENDED = re.compile(r"(?<!tham)(?<!về)\sdự$")
_VOTE_BEFORE = re.compile(r"\b(?:thông qua|nhất trí|tán thành|biểu quyết)\b[^.;\n]*$", re.IGNORECASE)


def _news_rolls(text: str, ratios, start: int, end: int):
    """(present, total) of the ratios in text[start:end] that count those attending."""
    for ratio in ratios[bisect.bisect_left(ratios, (start,)):]:
        if ratio[0] >= end:
            break
        if "." in text[ratio[0]:ratio[1]]:
            continue  # "3.286/3.412 đảng viên tham gia [học tập]": thousands are a campaign's reach, not a meeting's roll
        who = _NEWS_WHO.match(text, ratio[1])
        if who is None or not (who["tail"] or _NEWS_LEAD.search(text, max(start, ratio[0] - 60), ratio[0])
                               or _JOINED_ROLL.search(text, start, ratio[0])):
            continue
        if who["tail"] and _BARE_ATTENDED.search(who["tail"]) and _VOTE_BEFORE.search(text, start, ratio[0]):
            continue  # "… thông qua Nghị quyết với sự nhất trí của 30/30 đảng viên dự.": the vote's count
        count_end, whole_start = _ratio_parts(text, ratio[0], ratio[1])
        yield Field(ratio[2], ratio[0], count_end), Field(ratio[3], whole_start, ratio[1])


def _news_attendance(text: str, ratios=(), counts=()) -> tuple[Attendance | None, bool]:
    """How many attended, as a news item says it near its top; and whether that was read off a vote."""
    from .scan import tags

    position = 0
    voted = None
    for line in text[:30000].split("\n"):
        if "present" in tags(line) or "triệu tập" in line or "tổng số" in line or "tham gia" in line:
            upto = text[:position + len(line)]  # the line's end bounds what follows a count, as for the patterns below
            for match in _news_rolls(upto, ratios, position, position + len(line)):
                present, total = match
                if present.value > total.value or not roll_count(upto, total.end):
                    continue  # "65 đảng viên trên tổng số 75 cán bộ": the staff, not the members called
                if _VOTED.match(upto, total.end):  # "với 27/27 đảng viên có mặt tán thành": a vote;
                    voted = voted or (total.value, present.value, 0, _Spans(present, total))
                    continue
                return Attendance(total=total, present=present,
                                  absent=Field(total.value - present.value, present.start, total.end)), False
            for present, total in _news_count_rolls(upto, counts, position, position + len(line)):
                if present.value > total.value or not roll_count(upto, total.end):
                    continue  # "65 đảng viên trên tổng số 75 cán bộ": the staff, not the members called
                if _VOTED.match(upto, total.end):
                    voted = voted or (total.value, present.value, 0, _Spans(present, total))
                    continue
                return Attendance(total=total, present=present, absent=Field(
                    total.value - present.value, min(present.start, total.start), max(present.end, total.end))), False
        position += len(line) + 1
    for at, stop, count, whole in counts:  # "tổng số đại biểu dự tại các điểm cầu là 620 đồng chí": who attended, counted
        if whole is None and at < 30000 and (_PRESENT_ONLY.search(text, max(0, at - 120), at) or (
                # "Dự và chỉ đạo có đồng chí A …; và 15 đại biểu HĐND xã", "… và 125 đại biểu chính thức … tham dự":
                # the count that closes the list of those attending, or that the sentence says attended
                not _ABOUT.search(text, max(0, at - 12), at) and (
                    _JOINED_ROLL.search(text, text.rfind("\n", 0, at) + 1, at) or
                    _COUNT_ATTENDED.match(text, stop) or
                    (_CELL_MEMBERS.match(text, stop) and _ATTENDING.search(text, max(text.rfind(". ", 0, at),
                                                                                     text.rfind("\n", 0, at) + 1), at))))) \
                and not re.match(r"\s*/", text[stop:stop + 3]) and roll_count(text, stop) \
                and not _OTHER_LEVEL.search(text, max(0, at - 120), at):
            return Attendance(present=Field(count, at, stop)), False
    if voted:  # "với 30/30 đồng chí có mặt tán thành": those present are the vote's whole; the roll is not told
        whole, _, at, match = voted
        return Attendance(present=Field(whole, at + match.start("total"), at + match.end("total"))), True
    return None, False


_ABSENT_LINE = re.compile(r"[Vv]ắng(?:\s+mặt)?\s*:?[^\n]*?(?=\.\s+[A-ZĐÀ-Ỹ]|\n|$)")  # to the end of its sentence
_NAMED = re.compile(r"(?:đồng chí|đ/c|ông|bà)\s+(?P<name>" + NAME_WORDS + r")"
                    r"(?P<rest>[^;()\n]{0,120}?)(?:\((?P<reason>[^)]{2,120})\))?(?=\s*(?:[;.]|$|\n))")


def _absent_line(text: str, start: int, end: int) -> tuple[Absentee, ...]:
    """"Vắng: 2 đồng chí, có lý do: đồng chí A, chức vụ (lý do); đồng chí B (lý do)"."""
    found = []
    line_end = text.find("\n", end)
    for line in _ABSENT_LINE.finditer(text, start, line_end if line_end > 0 else len(text)):
        named = False
        guests = GUESTS.search(text, line.start(), line.end())  # ("…; mời dự có đồng chí A": no absentee)
        stop = guests.start() if guests else line.end()
        for match in _NAMED.finditer(text, line.start(), stop):
            named = True
            reason = None
            if match["reason"]:
                reason = Field(match["reason"].strip(), match.start("reason"), match.end("reason"))
            found.append(Absentee(Field(match["name"], match.start("name"), match.end("name")), reason))
        if named:
            continue
        for match in _BARE.finditer(text, line.start(), stop):  # "gồm: Lê Văn Tám (ốm), Hà Thị Chín (…)"
            if not all(word[:1].isupper() for word in match["name"].split()):
                continue
            group = "reason" if match["reason"] else "after" if match["after"] else None
            reason = Field(match[group].strip(), match.start(group), match.start(group) + len(match[group].strip())) \
                if group else None
            found.append(Absentee(Field(match["name"], match.start("name"), match.end("name")), reason))
    return tuple(found)


_BARE = re.compile(r"(?:[:;,(]|\bvà\b|\bgồm\b)\s*(?P<name>" + NAME_WORDS + r")"
                   r"(?:\s*\((?P<reason>[^)]{2,120})\)|\s*[-–]\s*(?P<after>[^;,()\n]{2,60}))?")


def _sections(text: str, lines: list[Line], body: range) -> list[Section]:
    """Headings I./1./a) with their path ("II.1")."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    for i in body:
        line = lines[i]
        if line.kind is not LineKind.HEADING:
            continue
        raw = text[line.start:line.end]
        lead = len(raw) - len(raw.lstrip())
        marker = raw[lead:line.marker_end].strip() if line.marker_end else ""
        number = re.sub(r"[.\-–:)\s]+$", "", re.sub(r"^PHẦN\s+", "", marker))
        title = raw[line.marker_end:].strip() if line.marker_end else raw.strip()
        level = line.level or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        if number:
            stack.append((level, number))
        path = number if "." in number else ".".join(n for _, n in stack)  # "4.4" is a path already
        sections.append(Section(number, title, level, path, line.start, line.end))
    return sections


__all__ = ["build_structure", "date_in", "is_debris"]
