"""Attendance arithmetic in a biên bản (domain.md §2): the "Thành phần" counts must add up.

Counts come from attendance_blocks.py, one block at a time: numbers are never combined
across a report. Every check accepts each reading the forms allow (a total with or without
temporary members, minus exempted or transferred members), so correct minutes stay silent.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from ..model import Related, Severity
from ..numbers import written_like
from ..quantities import unit_end
from ..quantities.attendance_blocks import HEADS, Block, Fact, attendance_blocks
from ..quantities.lists import paragraph_layer
from ..quantities.relations import members_whole, membership_parts, presence_pair
from .registry import DocumentContext, Example, Issue, rule


def _candidates(block: Block, base: int) -> set[int]:
    """base minus any combination of exempted and transferred members stated in the block."""
    exclusions = block.excluded("exempt") + block.excluded("away")
    values = {base}
    for size in range(1, len(exclusions) + 1):
        for combo in combinations(exclusions, size):
            values.add(base - sum(combo))
    return values


def _totals(block: Block) -> set[int]:
    bases = set()
    total = block.value("total")
    official, probationary = block.value("total", "official"), block.value("total", "probationary")
    if block.value("total", "current") is not None:
        bases.add(block.roll())  # restated after a change: the first total and its split are of the roll before it
    else:
        if total is not None:
            bases.add(total)
        if official is not None and probationary is not None:
            bases.add(official + probationary)  # a total that disagrees with its breakdown: either reading
    temp = block.value("total", "temp")
    bases |= {b + temp for b in bases} if temp is not None else set()
    called = block.value("total", "called")  # "Số đảng viên được triệu tập: 43": exempt members already left out
    return {c for b in bases for c in _candidates(block, b)} | ({called} if called is not None else set())


def _breakdown_issue(block: Block, head: str, others: set[int], noun: str, text: str = "") -> Issue | None:
    """chính thức + dự bị (+ tạm thời, + miễn SH) must give the head count."""
    whole = block.facts.get((head, None))
    official, probationary = block.value(head, "official"), block.value(head, "probationary")
    if whole is None or official is None or probationary is None:
        return None
    temp, exempt = block.value(head, "temp"), block.value(head, "exempt")
    sums = {official + probationary}
    sums |= {official + probationary + x for x in (temp, exempt) if x is not None}
    first = min(block.facts[(head, "official")].start, block.facts[(head, "probationary")].start)
    between = text[whole.end:first] if whole.end <= first <= whole.end + 60 else ""
    bracketed = "(" in between and ")" not in between  # "26 (chính thức: 22; dự bị: 03)"
    if whole.value in sums or sums & others and not bracketed:
        return None  # (a breakdown in brackets right after its count is that count's, whatever the others)
    last = max(block.facts[(head, "official")].end, block.facts[(head, "probationary")].end)
    end = last if whole.start < last <= whole.end + 80 else whole.end  # "19 đảng viên (chính thức 16, dự bị 02)"
    return Issue(whole.start, end,
                 f"Chính thức {official} + dự bị {probationary} = {official + probationary}, "
                 f"khác {noun} {whole.value} đảng viên.")


@rule("attendance-mismatch", severity=Severity.ERROR, title="Số đảng viên có mặt, vắng không khớp tổng số",
      scope="document", examples=(
          Example("Chi bộ có 25 đảng viên, có mặt 22 đồng chí, vắng 2 đồng chí.", "22 đồng chí, vắng 2"),
          Example("Chi bộ có 25 đảng viên, có mặt 23 đồng chí, vắng 2 đồng chí."),
          # the members present and the guests are all who attended
          Example("Có mặt: 21 hội viên. Khách mời: 5 người. Tổng số đại biểu dự hội nghị: 28 người.", "28"),
          Example("Có mặt: 21 hội viên. Khách mời: 5 người. Tổng số đại biểu dự hội nghị: 26 người."),
          Example("Chi bộ có 30 đảng viên (2 đồng chí miễn sinh hoạt), có mặt 26 đồng chí, vắng 2 đồng chí."),
          Example("Chi bộ có 12 đảng viên, trong đó 10 đồng chí có mặt, 1 đồng chí vắng mặt có lý do.",
                  "10 đồng chí có mặt"),
          Example("Chi bộ có 12 đảng viên, trong đó 11 đồng chí có mặt, 1 đồng chí vắng mặt có lý do."),
          Example("Hội nghị có 45/47 đồng chí Ủy viên Ban Chấp hành Đảng bộ tham dự, 3 đồng chí vắng có lý do.",
                  "45/47"),
          Example("Hội nghị có 45/47 đồng chí Ủy viên Ban Chấp hành Đảng bộ tham dự, 2 đồng chí vắng có lý do."),
          Example("Chi bộ hiện có 27 đảng viên; dự sinh hoạt 24 đồng chí, vắng 2 đồng chí.", "24"),
          Example("Chi bộ hiện có 27 đảng viên; dự sinh hoạt 25 đồng chí, vắng 2 đồng chí."),
          Example("Tổng số đảng viên: 26 đồng chí; 1 đồng chí được miễn sinh hoạt. Có mặt: 23 đồng chí. "
                  "Vắng mặt: 2 đồng chí có lý do."),
          # members sent to attend elsewhere for a while ("sinh hoạt tạm thời đi/ra nơi khác") are out of the roll,
          # as the exempted are; "sinh hoạt tạm thời" alone names members who came in
          Example("Chi bộ có 25 đảng viên (22 chính thức, 3 dự bị); 2 đồng chí sinh hoạt tạm thời đi nơi khác. "
                  "Có mặt 21 đồng chí, vắng 2 đồng chí có lý do."),
          Example("Chi bộ có 25 đảng viên (22 chính thức, 3 dự bị); 2 đồng chí sinh hoạt tạm thời đi nơi khác. "
                  "Có mặt 21 đồng chí, vắng 1 đồng chí có lý do.", "21 đồng chí, vắng 1"),
          Example("Tổng số đảng viên của chi bộ: 31 đồng chí. Số đồng chí giới thiệu sinh hoạt tạm thời ra nơi khác: "
                  "03. Dự họp: 26 đồng chí; vắng mặt: 02 đồng chí (ốm)."),
          Example("Tổng số đảng viên của chi bộ: 31 đồng chí. Số đồng chí giới thiệu sinh hoạt tạm thời ra nơi khác: "
                  "03. Dự họp: 24 đồng chí; vắng mặt: 02 đồng chí (ốm).", "24 đồng chí; vắng mặt: 02"),
          Example("Đảng viên toàn chi bộ 12 đồng chí; đi sinh hoạt tạm thời đi nơi khác 1 đồng chí. Hiện diện 10 "
                  "đồng chí, vắng 1 đồng chí."),
          Example("Số đảng viên có mặt: 19/21 đồng chí, vắng 3 đồng chí.", "19"),
          Example("Số đảng viên có mặt: 19/21 đồng chí, vắng 2 đồng chí."),
          Example("Có mặt: 15/17 đảng viên. Vắng: 01 đ/c (đ/c Nguyễn Thị Mai đi công tác), 01 đ/c không lý do."),
          Example("Tổng số 9 đảng viên. Có mặt 7 đồng chí, vắng 1 đồng chí. Biểu quyết: 7/7 tán thành.", "7"),
          # the members counted in the sentence or paragraph before (a warning naming them)
          Example("Chi bộ có 21 đảng viên. Có mặt 18 đồng chí, vắng 2 đồng chí.", "18 đồng chí, vắng 2"),
          Example("Chi bộ có 21 đảng viên.\nCó mặt 18 đồng chí, vắng 2 đồng chí.", "18 đồng chí, vắng 2"),
          Example("Chi bộ có 21 đảng viên.\nCó mặt 19 đồng chí, vắng 2 đồng chí."),
          Example("Đảng bộ có 1.250 đảng viên. Hội nghị có mặt 95 đồng chí, vắng 5 đồng chí."),
          # those called to the meeting, or a council's seats, in the sentence before: the roll of the session (a
          # warning naming it), among figures of other nouns; "dự kỳ họp", "dự phiên họp" tell who came
          Example("Đại hội được triệu tập 120 đại biểu chính thức, đại diện cho 1.530 đảng viên. Theo báo cáo thẩm tra "
                  "tư cách đại biểu, có mặt 115 đại biểu, vắng 4 đại biểu có lý do.", "115 đại biểu, vắng 4"),
          Example("Đại hội được triệu tập 120 đại biểu chính thức, đại diện cho 1.530 đảng viên. Theo báo cáo thẩm tra "
                  "tư cách đại biểu, có mặt 116 đại biểu, vắng 4 đại biểu có lý do."),
          Example("Hội đồng nhân dân phường có 27 đại biểu. Dự kỳ họp có 23 đại biểu, vắng 03 đại biểu có lý do.",
                  "23 đại biểu, vắng 03"),
          Example("HĐND xã có 30 đại biểu; dự phiên họp có 26 đại biểu, 03 đại biểu vắng có lý do.", "26"),
          Example("HĐND xã có 30 đại biểu; dự phiên họp có 27 đại biểu, 03 đại biểu vắng có lý do."),
          Example("Hội đồng nhân dân xã có 30 đại biểu. Dự kỳ họp có 6 đại biểu khách mời, vắng 2 đại biểu."),
          Example("Đại hội được triệu tập 150 đại biểu, đại diện cho 1.530 đảng viên. Đến dự có 98 đảng viên, vắng 12 "
                  "đảng viên."),
          # the roll restated after a change ("hiện có", "còn lại") is the base, not the first figure
          Example("Tổng số ủy viên được bầu là 19 đồng chí; 01 đồng chí nghỉ hưu, hiện có 18 đồng chí. Có mặt 16 đồng "
                  "chí, vắng 2 đồng chí."),
          Example("Tổng số ủy viên được bầu là 19 đồng chí; 01 đồng chí nghỉ hưu, hiện có 18 đồng chí. Có mặt 17 đồng "
                  "chí, vắng 2 đồng chí.", "17 đồng chí, vắng 2"),
          # the delegates of a council present
          Example("Kỳ họp có 28/30 đại biểu HĐND xã tham dự; vắng 1 đại biểu có lý do.", "28"),
          Example("Kỳ họp có 28/30 đại biểu HĐND xã tham dự; vắng 2 đại biểu có lý do."),
          # those who must attend ("số phải có mặt") are those called, not those present
          Example("Tổng số đảng viên: 31 đồng chí; miễn sinh hoạt 03 đồng chí; số phải có mặt 28 đồng chí. Có mặt 24 "
                  "đồng chí, vắng 3 đồng chí.", "24"),
          Example("Tổng số đảng viên: 31 đồng chí; miễn sinh hoạt 03 đồng chí; số phải có mặt 28 đồng chí. Có mặt 25 "
                  "đồng chí, vắng 3 đồng chí."),
          # those called who came ("được triệu tập về dự")
          Example("Hội nghị có 87/95 đại biểu được triệu tập về dự, 6 đại biểu vắng có lý do.", "87/95"),
          Example("Hội nghị có 87/95 đại biểu được triệu tập về dự, 8 đại biểu vắng có lý do."),
          # a table whose header cells are the labels, one attendance a row
          Example("Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do\n25 | 21 | 2 | 1", "21"),
          Example("Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do\n25 | 22 | 2 | 1"),
          # a congress's voting delegates ("đại biểu chính thức") against those called, whatever lies between
          Example("Dự Đại hội có 135 đại biểu chính thức trong tổng số 140 đại biểu được triệu tập, thay mặt cho 1.285 "
                  "đảng viên sinh hoạt tại 42 chi bộ; 6 đại biểu vắng mặt có lý do.", "135"),
          Example("Về dự Đại hội có 198 đại biểu chính thức trên tổng số 200 đại biểu được triệu tập, đại diện cho hơn "
                  "3.100 hội viên toàn huyện; vắng 3 đại biểu vì lý do sức khỏe.", "198"),
          Example("Dự Đại hội có 135 đại biểu chính thức trong tổng số 140 đại biểu được triệu tập, thay mặt cho 1.285 "
                  "đảng viên sinh hoạt tại 42 chi bộ; 5 đại biểu vắng mặt có lý do."),
          Example("Về dự Đại hội có 198 đại biểu chính thức trên tổng số 200 đại biểu được triệu tập, đại diện cho hơn "
                  "3.100 hội viên toàn huyện; vắng 2 đại biểu vì lý do sức khỏe."),
      ))
def attendance_mismatch(ctx: DocumentContext):
    """Totals, present and absent counts of one block must add up (domain.md §2); and, in
    a sentence the block reader leaves alone, the quantity layer's presence relation
    ("Chi bộ có 25 đảng viên, có mặt 22 đồng chí, vắng 2 đồng chí")."""
    found = []
    stated = _membership_totals(ctx)
    previous = None
    for block in attendance_blocks(ctx):
        found.extend(_guests_issues(block, previous))
        previous = block
        heads = {block.value(h) for h in HEADS} - {None}
        for head, noun in (("total", "tổng số"), ("present", "số có mặt")):
            issue = _breakdown_issue(block, head, heads - {block.value(head)}, noun, ctx.text)
            if issue:
                found.append(issue)
        found.extend(_absent_issues(block, ctx.text))
        extra = {whole.value for whole, _, _ in stated if block.start <= whole.start < block.end}
        found.extend(_present_issues(block, {int(v) for v in extra}, ctx.text))
        found.extend(_members_before_issues(ctx, block))
    found.extend(_membership_issues(ctx.text, stated, found))
    yield from found
    yield from _presence_issues(ctx, found)


def _guests_issues(block: Block, previous: Block | None):
    """"Có mặt: 19 đồng chí … Đại biểu mời: 12 đồng chí. Tổng số đại biểu dự hội nghị: 33": all
    who attended are the members present (in this block or the one just before) and the
    guests (a warning: who counts as a guest may differ)."""
    attending, guests, present = (block.facts.get(k) for k in (("present", "all"), ("guest", None), ("present", None)))
    if present is None and previous is not None and not previous.conflict:
        present = previous.facts.get(("present", None))
    if attending is None or guests is None or present is None or block.conflict:
        return
    if present.value + guests.value != attending.value:
        yield Issue(attending.start, attending.end,
                    f"Có mặt {present.value} + đại biểu mời {guests.value} = {present.value + guests.value}, khác "
                    f"tổng số dự {attending.value}.", None, Severity.WARNING,
                    (Related(present.start, present.end, "part"), Related(guests.start, guests.end, "part")))


def _members_before_issues(ctx: DocumentContext, block: Block):
    """"Chi bộ có 32 đảng viên (2 đồng chí miễn sinh hoạt). Tham dự 27 đồng chí; vắng 4 đồng
    chí.": a block with no total of its own, under the chi bộ's member count written just
    before it in its paragraph (the quantity layer's whole): those present and absent must be
    the members, or the members less those exempted (a warning naming the count)."""
    if _totals(block) or block.denominators:
        return
    present, absent = block.facts.get(("present", None)), block.facts.get(("absent", None))
    if present is None or absent is None or any(k[0] == "present" and k[1] for k in block.facts):
        return
    paragraph = next((p for p in ctx.paragraphs if p.start <= block.start < p.end), None)
    if paragraph is None:
        return
    layer = paragraph_layer(ctx, paragraph)
    facts = {f.start for f in block.facts.values()}
    wholes = [q for q in layer.quantities if q.kind == "count" and q.noun_class == "person" and q.role == "whole"
              and q.head == "đảng viên" and q.start + paragraph.start < present.start
              and q.start + paragraph.start not in facts and _CHI_BO_HAS.search(paragraph.text, 0, q.start)]
    if len(wholes) != 1:
        return
    whole = wholes[0]
    totals = _candidates(block, int(whole.value))
    absent_value, exact = _absence(block)
    if not exact or {present.value + a for a in _absent_readings(block, absent_value)} & totals:
        return
    shift = paragraph.start
    yield Issue(present.start, absent.end,
                f"Có mặt {present.value} + vắng {absent_value} = {present.value + absent_value}, khác "
                f"{whole.text} {whole.head} của chi bộ{_exclusion_note(block)}.", None, Severity.WARNING,
                (Related(whole.start + shift, unit_end(paragraph.text, whole) + shift, "whole"),))


_CHI_BO_HAS = re.compile(r"(?:^|[.;]\s*)(?:[Cc]hi\s+bộ(?:\s+[^\W\d_]+){0,4}?)\s+(?:hiện\s+)?có\s+(?:tổng\s+số\s+)?$")


def _membership_totals(ctx: DocumentContext) -> list[tuple]:
    """(whole, parts, relation) in document offsets for every member count the quantity layer
    breaks down into chính thức and dự bị ("chi bộ có 19 đảng viên (chính thức 16, dự bị 02)")."""
    found = []
    for paragraph in ctx.paragraphs:
        if "dự bị" not in paragraph.text:
            continue
        for relation in paragraph_layer(ctx, paragraph).of("sum-of"):
            if membership_parts(relation, paragraph.text):
                shift = paragraph.start
                whole = replace(relation.whole, start=relation.whole.start + shift, end=relation.whole.end + shift)
                parts = tuple(replace(p, start=p.start + shift, end=unit_end(paragraph.text, p) + shift)
                              for p in relation.parts)
                found.append((whole, parts, relation))
    return found


def _membership_issues(text: str, stated: list[tuple], found: list[Issue]):
    for whole, parts, _ in stated:
        total = sum(p.value for p in parts)
        if total == whole.value or any(i.start < parts[-1].end and whole.start < i.end for i in found):
            continue
        official, probationary = parts
        # the total may come after its parts ("chính thức 19, dự bị 2, tổng cộng 22"): one span over all
        yield Issue(min(whole.start, parts[0].start), max(whole.end, parts[-1].end),
                    f"Chính thức {official.text} + dự bị {probationary.text} = {total:g}, khác tổng số "
                    f"{whole.text} đảng viên.", None, None,
                    (Related(whole.start, whole.end, "whole"), *(Related(p.start, p.end, "part") for p in parts)))


_EXCLUSIONS = re.compile(r"miễn|chuyển sinh hoạt|tạm thời|sinh hoạt tạm|khách mời|dự bị|chính thức", re.IGNORECASE)


_EXEMPTED = re.compile(r"miễn|chuyển sinh hoạt|tạm thời|sinh hoạt tạm|khách mời|dự khuyết", re.IGNORECASE)


def _presence_after_members(ctx: DocumentContext, found: list[Issue]):
    """"Chi bộ có 21 đảng viên." then a paragraph "Có mặt 18 đồng chí, vắng 2 đồng chí.": the
    members counted in the paragraph before are the whole (inferred: a warning naming it)."""
    previous = None
    for paragraph in ctx.paragraphs:
        if not paragraph.text.strip():
            continue
        before, previous = previous, paragraph
        if before is None or "vắng" not in paragraph.text or _EXCLUSIONS.search(paragraph.text) or any(
                before.start <= i.start < paragraph.end for i in found):
            continue
        layer = paragraph_layer(ctx, paragraph)
        sentences = ctx.reading(paragraph).sentences
        if not sentences or layer.of("presence"):
            continue
        s_start, s_end = sentences[0]
        people = [q for q in layer.quantities if s_start <= q.start < s_end and q.kind == "count"
                  and (q.noun_class == "person" or q.bare)]
        pair = presence_pair(paragraph.text, people, s_start)
        before_sentences = ctx.reading(before).sentences
        if pair is None or not before_sentences or _EXCLUSIONS.search(before.text):
            continue
        whole = members_whole(before.text, list(paragraph_layer(ctx, before).quantities), *before_sentences[-1])
        present, absent = pair
        if whole is None or present.value + absent.value == whole.value:
            continue
        shift = paragraph.start
        yield Issue(present.start + shift, unit_end(paragraph.text, absent) + shift,
                    f"Có mặt {present.text} + vắng {absent.text} = {present.value + absent.value:g}, khác "
                    f"{_describe_whole(whole, before.text)} nêu ở đoạn trước.", None, Severity.WARNING,
                    (Related(whole.start + before.start, unit_end(before.text, whole) + before.start, "whole"),
                     *(Related(q.start + shift, unit_end(paragraph.text, q) + shift, "part") for q in pair)))


def _presence_issues(ctx: DocumentContext, found: list[Issue]):
    yield from _presence_after_members(ctx, found)
    for paragraph in ctx.paragraphs:
        if "vắng" not in paragraph.text or any(paragraph.start <= i.start < paragraph.end for i in found):
            continue
        excluded = bool(_EXCLUSIONS.search(paragraph.text))
        for relation in paragraph_layer(ctx, paragraph).of("presence"):
            if excluded and (not relation.cues or _EXEMPTED.search(paragraph.text)):
                continue  # exempted or transferred members: the block reader's readings apply
            whole, (present, absent) = relation.whole, relation.parts
            if present.value + absent.value == whole.value:
                continue
            shift = paragraph.start
            related = tuple(Related(q.start + shift, unit_end(paragraph.text, q) + shift, role)
                            for q, role in ((whole, "whole"), (present, "part"), (absent, "part")))
            first, last = min(present, absent, key=lambda q: q.start), max(present, absent, key=lambda q: q.start)
            if not relation.explicit:  # the members counted in the sentence before
                yield Issue(first.start + shift, unit_end(paragraph.text, last) + shift,
                            f"Có mặt {present.text} + vắng {absent.text} = {present.value + absent.value:g}, khác "
                            f"{_describe_whole(whole, paragraph.text)} nêu ở câu trước.", None, Severity.WARNING, related)
                continue
            # one span over the three numbers, as for chính thức and dự bị: any of them may be the slip
            yield Issue(min(whole.start, first.start) + shift, unit_end(paragraph.text, last) + shift,
                        f"Có mặt {present.text} + vắng {absent.text} = {present.value + absent.value:g}, "
                        f"khác tổng số {whole.text}"
                        + (f" {whole.head or ''} được triệu tập." if relation.cues else "."), None, None, related)


def _members_noun(text: str, block: Block) -> str:
    """Who the block counts: đảng viên unless it names only delegates ("đại biểu HĐND")."""
    words = text[block.start:block.end].lower()
    if "đại biểu" in words and ("đảng viên" not in words or ("total", "called") in block.facts):
        return "đại biểu"  # (delegates called to a congress "thay mặt cho 3.100 đảng viên": delegates still)
    return "đảng viên"


def _describe_whole(whole, text: str) -> str:
    return f"{whole.text} {text[whole.end:unit_end(text, whole)].strip()}".strip()


def _absence(block: Block) -> tuple[int | None, bool]:
    """Number absent and whether it is exact (False: only a lower bound is stated)."""
    absent = block.value("absent")
    if absent is not None:
        return absent, True
    reason, noreason = block.value("absent", "reason"), block.value("absent", "noreason")
    if reason is None and noreason is None:
        return None, False
    return (reason or 0) + (noreason or 0), reason is not None and noreason is not None


def _absent_issues(block: Block, text: str = ""):
    absent = block.facts.get(("absent", None))
    reason, noreason = block.value("absent", "reason"), block.value("absent", "noreason")
    if absent is None or (reason is None and noreason is None):
        return
    parts = (reason or 0) + (noreason or 0)
    extra = [x for x in (block.value("absent", "exempt"), block.value("absent", "away")) if x is not None]
    exact = reason is not None and noreason is not None
    readings = {parts, parts + sum(extra)}
    listed_extra = [block.facts[("absent", k)] for k in ("exempt", "away") if ("absent", k) in block.facts
                    and absent.end <= block.facts[("absent", k)].start <= absent.end + 80
                    and "\n" not in text[absent.end:block.facts[("absent", k)].start]]
    if listed_extra and len(listed_extra) == len(extra):
        readings = {parts + sum(extra)}  # "Vắng 04, gồm: 01 miễn sinh hoạt, 02 có lý do, 02 không lý do": all of it
    if (exact and absent.value not in readings) or parts > absent.value:
        subs = [block.facts[("absent", k)] for k in ("exempt", "away", "reason", "noreason") if ("absent", k) in block.facts]
        after = [f.end for f in subs if absent.start < f.start and "\n" not in text[absent.start:f.end]]
        end = max(after) if after and max(after) <= absent.end + 160 else absent.end  # the count and its reasons
        listed = [f"có lý do {reason or 0}", f"không lý do {noreason or 0}"]
        total = parts
        if extra and parts + sum(extra) > absent.value:  # "Vắng 05, gồm: 02 miễn sinh hoạt, 02 có lý do, 02 không lý do"
            listed = [f"miễn sinh hoạt {x}" for x in extra] + listed
            total = parts + sum(extra)
        culprit = _named_otherwise(block, absent.value - total)
        if culprit is not None:
            # "Vắng mặt 04 đồng chí. Vắng có lý do 02 đồng chí: [three names]. Vắng không lý do 01": the names make
            # the split add up, so the slip is the count they disagree with, not the total
            fact, label, names = culprit
            yield Issue(fact.start, fact.end,
                        f"Vắng {' + '.join(listed)} = {total}, khác số vắng {absent.value} đồng chí; danh sách vắng "
                        f"{label} nêu tên {names} người, nên số {fact.value} có lẽ ghi nhầm.",
                        written_like(str(names), text[fact.start:fact.end]) if text else None)
            return
        yield Issue(absent.start, end,
                    f"Vắng {' + '.join(listed)} = {total}, khác số vắng {absent.value} đồng chí.")


def _named_otherwise(block: Block, missing: int):
    """The one sub-count of the absent (có lý do, không lý do) whose named list has ``missing`` more names than the
    count says: (its fact, its label, how many are named); None when no such list settles it."""
    found = []
    for sub, label in (("reason", "có lý do"), ("noreason", "không lý do")):
        fact, names = block.facts.get(("absent", sub)), block.names.get(("absent", sub))
        if fact is not None and names and len(names) - fact.value == missing != 0:
            found.append((fact, label, len(names)))
    return found[0] if len(found) == 1 else None


def _present_issues(block: Block, stated: set[int] = frozenset(), ctx_text: str = ""):
    present = block.facts.get(("present", None))
    called = [d for key, d in block.denominators if key == ("present", "called")]
    if present is None and ("present", "called") in block.facts and len(called) == 1:
        # "Có mặt: 23/26 đ/c phải dự": 23 present of the 26 called (those exempted already left out)
        present = block.facts[("present", "called")]
        stated = set(stated) | {called[0].value}
    official, probationary = block.facts.get(("present", "official")), block.facts.get(("present", "probationary"))
    if present is None and official and probationary:  # "có mặt 16 chính thức và 2 dự bị"
        present = Fact(official.value + probationary.value, official.start, probationary.end)
    delegates = [d for key, d in block.denominators if key == ("present", "official")]
    if present is None and official and len(delegates) == 1 and not any(k[1] == "probationary" for k in block.facts):
        # "Về dự Đại hội có 146/150 đại biểu chính thức được triệu tập; vắng 3 đại biểu"
        present = official
    elif present is None and official and not delegates and ("total", "called") in block.facts and not any(
            k[1] == "probationary" for k in block.facts):
        # "có mặt 135 đại biểu chính thức trong tổng số 140 đại biểu được triệu tập": a congress's voting delegates
        # (not full members as against probationary ones) set against those called
        present = official
    totals = _totals(block)
    totals |= {c for b in stated for c in _candidates(block, b)} if totals or called and present is not None and \
        present is block.facts.get(("present", "called")) else set()
    if not totals and present is official and len(delegates) == 1:
        totals = _candidates(block, delegates[0].value)
    if present is not None and not totals:
        # "có mặt 19/21 đồng chí, vắng 3": the base after "/" is the total called
        stated = [d for key, d in block.denominators if key == ("present", None)]
        if len(stated) == 1:
            totals = _candidates(block, stated[0].value)
    if present is None or not totals:
        return
    absent, exact = _absence(block)
    total = block.roll() if block.roll() is not None else max(totals)
    note = _exclusion_note(block)
    if absent is None or not exact:
        if present.value + (absent or 0) > max(totals):
            absent_text = f" + vắng {absent} = {present.value + absent}" if absent else ""
            yield Issue(present.start, present.end,
                        f"Có mặt {present.value}{absent_text} nhiều hơn tổng số {total} "
                        f"{_members_noun(ctx_text, block)}{note}.")
    elif not {present.value + a for a in _absent_readings(block, absent)} & totals and (
            present.value + absent) * 2 > max(totals):
        # (fewer than half of a total: "Tổng số đảng viên toàn Đảng bộ: 1.245 … Hội nghị có 58 đồng chí dự, vắng 02":
        # the members of another, larger body; no Party meeting is held with half its members)
        absent_fact = block.facts.get(("absent", None))
        if absent_fact is not None and block.value("total") is not None and block.value("total", "current") is None \
                and _split_agrees(block, "total") and _split_agrees(block, "present") and block.value("present") == present.value:
            # "Tổng số 31 (chính thức 27, dự bị 4). Có mặt 26 (chính thức 22, dự bị 4). Vắng 06": the total and those
            # present each agree with their own split, and the split tells who is absent (27 − 22, 4 − 4): the
            # absent count is the slip
            readings = " hoặc ".join(str(t - present.value) for t in sorted(totals, reverse=True) if t > present.value)
            yield Issue(absent_fact.start, absent_fact.end,
                        f"Vắng {absent}, nhưng tổng số {total} và số có mặt {present.value} (mỗi số khớp với số "
                        f"chính thức, dự bị của nó) cho số vắng là {readings}{note}.")
            return
        end = absent_fact.end if absent_fact and present.start < absent_fact.start <= present.end + 200 \
            and "\n" not in ctx_text[present.start:absent_fact.start] else present.end
        yield Issue(present.start, end,  # "có mặt 112 đại biểu, vắng 10 đại biểu"
                    f"Có mặt {present.value} + vắng {absent} = {present.value + absent}, "
                    f"khác tổng số {total} {_members_noun(ctx_text, block)}{note}.")
    for key, denominator in block.denominators:
        if key == ("present", None) and block.value("total") is not None and denominator.value not in totals \
                and block.same_roll(denominator.value):
            yield Issue(denominator.start, denominator.end,
                        f"Có mặt {present.value}/{denominator.value}, nhưng tổng số đảng viên ghi là {total}.")


def _split_agrees(block: Block, head: str) -> bool:
    """The head count is stated with its split into official and probationary members, and agrees with it."""
    whole, official, probationary = block.value(head), block.value(head, "official"), block.value(head, "probationary")
    return None not in (whole, official, probationary) and official + probationary == whole


def _absent_readings(block: Block, absent: int) -> set[int]:
    """"Vắng: 01 đ/c (đi công tác), 01 đ/c không lý do": a count with a reason after the
    head count may be one more absentee rather than part of it; both readings are allowed."""
    head = block.facts.get(("absent", None))
    readings = {absent}
    reason, noreason = block.value("absent", "reason"), block.value("absent", "noreason")
    if reason is not None and noreason is not None and reason + noreason == absent:
        return readings  # "vắng: 3 (2 có lý do, 1 không lý do)": the breakdown of the absentees, none more
    if head is not None:
        for sub in ("reason", "noreason"):
            fact = block.facts.get(("absent", sub))
            if fact is not None and fact.start > head.start:
                readings.add(absent + fact.value)
    return readings


def _exclusion_note(block: Block) -> str:
    parts = [f"{v} miễn sinh hoạt" for v in block.excluded("exempt")]
    parts += [f"{v} sinh hoạt tạm thời nơi khác" for v in block.excluded("away")]
    return f" (kể cả khi trừ {', '.join(parts)})" if parts else ""


@rule("absentee-count-mismatch", severity=Severity.WARNING, title="Số người vắng khác danh sách nêu tên",
      scope="document", examples=(
          Example("Chi bộ có 14 đảng viên, có mặt 12 đồng chí, vắng 2 đồng chí có lý do là đồng chí Vũ Văn Hải.",
                  "vắng 2"),
          Example("Chi bộ có 14 đảng viên, có mặt 12 đồng chí, vắng 2 đồng chí có lý do là đồng chí Vũ Văn Hải "
                  "và đồng chí Đỗ Thị Lan."),
          Example("Tổng số đảng viên: 24. Có mặt: 21. Vắng có lý do: 2 (đồng chí Nguyễn Văn An, "
                  "đồng chí Trần Thị Bình, đồng chí Lê Văn Cường).", "do: 2"),
          # the names after a dash
          Example("Có mặt 17/20 đảng viên; vắng 3 đồng chí – đồng chí Lê Văn Tám (đi công tác), "
                  "đồng chí Trần Thị Hoa (ốm).", "vắng 3"),
          Example("Có mặt 18/20 đảng viên; vắng 2 đồng chí – đồng chí Lê Văn Tám (đi công tác), "
                  "đồng chí Trần Thị Hoa (ốm)."),
          Example("Có mặt 18/20 đảng viên; vắng 2 đồng chí - có lý do."),
          # a reason in brackets after each name does not end the list
          Example("Số đảng viên vắng mặt: 03 đồng chí, gồm: Nguyễn Văn An (có lý do), Trần Thị Bích (có lý do), "
                  "Lê Văn Cường (không lý do)."),
          Example("Vắng 3 đồng chí, cụ thể: đồng chí Nguyễn Văn An, đồng chí Trần Thị Bích.", "Vắng 3"),
          # the members counted by another noun ("chị" of a Hội Phụ nữ, "hội viên")
          Example("Tổng số ủy viên: 19 chị; có mặt: 15 chị; vắng: 04 chị, gồm chị Lò Thị Hằng, chị Đinh Thị Mai và "
                  "chị Vi Thị Quyên.", "04"),
      ))
def absentee_count_mismatch(ctx: DocumentContext):
    """The named absentees must be as many as the stated count (domain.md §2)."""
    for block in attendance_blocks(ctx):
        reported = False
        for sub in ("reason", "noreason"):
            fact, names = block.facts.get(("absent", sub)), block.names.get(("absent", sub))
            if fact and names and len(names) != fact.value:
                reported = True
                label = "có lý do" if sub == "reason" else "không lý do"
                yield _names_issue(fact, f"Vắng {label}", names)
        absent = block.facts.get(("absent", None))
        named = sum(len(v) for k, v in block.names.items() if k[0] == "absent")
        unnamed = any(f.value > 0 and (k[0] == "absent" and k[1] is not None) and k not in block.names
                      for k, f in block.facts.items())
        if absent and named and not reported and not unnamed and named != absent.value:
            names = [n for k, v in block.names.items() if k[0] == "absent" for n in v]
            yield _names_issue(absent, "Vắng", names)


def _names_issue(fact: Fact, label: str, names: list[str]) -> Issue:
    listed = ", ".join(names)
    return Issue(fact.start, fact.end,
                 f"{label} {fact.value} đồng chí nhưng danh sách nêu tên {len(names)} người ({listed}).")
