"""Vote results in minutes (domain.md §2-§3): counts, percentages and the majority rule.

Votes are read by the quantity layer (quantities/votes.py). Who was present comes from the vote itself or from the
nearest attendance block before it (attendance.py). Probationary members cannot vote, and a
Party resolution needs more than half of the official members called (Điều lệ Điều 10.5,
QĐ 24 §9.3.2), not of those present.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import Related, Severity
from ..numbers import format_vi, round_half_up, written_like
from ..quantities import quantities_of, unit_end
from ..quantities.attendance_blocks import Block, Fact, attendance_blocks
from ..quantities.ballots import ballot_rounds
from ..quantities.confidence import confidence_runs
from ..quantities.levels import classification_levels
from ..quantities.lists import paragraph_layer
from ..quantities.relations import (
    level_groups,
    members_whole,
    names_non_voters,
    same_classification,
    vote_levels,
)
from ..quantities.votes import VOTE_KINDS, Vote, votes
from ..resources import word_list
from ..structure.scan import real_name
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule

# The minutes themselves say the proposal failed (checked on the vote and the line after it).
_NOT_PASSED = re.compile(
    r"(?:không|chưa)\s+(?:được\s+)?(?:[^\W\d]+\s+){0,2}?thông\s+qua|không\s+trúng\s+cử|bác\s+bỏ"
    r"|không\s+(?:đủ|đạt)\s+(?:số\s+phiếu|điều\s+kiện|đa\s+số)"
    # "3/17 đảng viên chính thức đồng ý, chưa quá một nửa": the minutes say the approvals fell short
    r"|(?:không|chưa)\s+(?:(?:đủ|đạt)\s+)?(?:quá|trên)\s+(?:một\s+)?(?:nửa|bán)", re.IGNORECASE)

def _meeting(blocks: list[Block], vote: Vote, text: str) -> Block | None:
    """The attendance block this vote belongs to: the nearest one before it, unless the vote
    states its own base ("3/3 đồng chí chi ủy", "40/43 phiếu") that is none of the block's
    counts: then it is another body's vote and the block says nothing about it."""
    before = [b for b in blocks if b.start <= vote.start]  # a block may share the vote's paragraph, or open it
    if not before:
        return None
    block = before[-1]
    meetings = [b for b in before if b.present() is not None or b.value("absent") is not None]
    if meetings and block.present() is None and block.value("absent") is None and \
            block.value("total", "official") is None:
        # "Tổng số đảng viên toàn Đảng bộ hiện là 1.347 đồng chí" between the meeting's
        # attendance and its vote: a figure of the report, not this meeting
        block = meetings[-1]
    if _belongs(block, vote, text):
        return block
    # "27/28 đảng viên chính thức được đánh giá hoàn thành nhiệm vụ" read as attendance between the meeting's and
    # its vote: an earlier meeting whose counts the vote's own base is
    return next((b for b in reversed(meetings) if b is not block and _belongs(b, vote, text)), None)


def _belongs(block: Block, vote: Vote, text: str) -> bool:
    """The vote's stated base (its denominators, those present) is one of the block's counts, or none is stated."""
    stated = {p.denominator.value for p in vote.parts.values() if p.denominator}
    stated |= {vote.present.value} if vote.present else set()
    known = {block.value("total"), block.present(), block.present_official(), block.official_total(), _called(block)}
    if any(p.count and _COMMITTEE.search(text, p.count.end, p.count.end + 24) for p in vote.parts.values()):
        # "có mặt 29/31 đồng chí Ủy viên Ban Chấp hành" then "12/31 ủy viên tán thành": a committee's members, the
        # base of both (not "4/8 đồng chí phát biểu" read as those present, then "8/8 đảng viên tán thành")
        known.add(block.stated_base())
    if block.value("total") is not None and block.value("total", "probationary") is not None:
        known.add(block.value("total") - block.value("total", "probationary"))  # the official members, by subtraction
    if any(p.official_base and p.denominator.value <= (block.official_total() or 0) for p in vote.parts.values()):
        return True  # "x/y đảng viên chính thức có mặt": y official members of this meeting
    if vote.present_official and vote.present.value <= (_called(block) or 0):
        return True  # "đảng viên chính thức có mặt 19 đồng chí" of a chi bộ of 24: some of this meeting's official members
    return not stated or bool(stated & known)


_VOTERS = re.compile(r"\s*(đại\s+biểu|hội\s+viên|thành\s+viên|xã\s+viên|cử\s+tri|ủy\s+viên|uỷ\s+viên)(?!\w)", re.IGNORECASE)


def _voters(text: str, vote: Vote) -> str:
    """What the voters are called where the vote counts them ("39 đại biểu tán thành" of an HĐND, "20 hội
    viên"); "đảng viên" for a Party meeting's "đồng chí"."""
    for part in vote.parts.values():
        if part.count is not None:
            named = _VOTERS.match(text, part.count.end)
            if named:
                return " ".join(named[1].lower().split())
    return "đảng viên"


def _bases(vote: Vote, block: Block | None, voters: str = "đảng viên") -> list[tuple[int, str]]:
    """Upper bounds on the number of voters, each with the words that name it in a message."""
    no_vote = " (đảng viên dự bị không có quyền biểu quyết)"
    bases = []
    if vote.present:
        bases.append((vote.present.value, f"{vote.present.value} {voters} có mặt"))
    for part in vote.parts.values():
        if part.denominator:
            bases.append((part.denominator.value, f"mẫu số {part.denominator.value} đã ghi"))
    if block:
        official_total, present, official = block.official_total(), block.present(), block.present_official()
        if official_total is not None:
            bases.append((official_total, f"{official_total} đảng viên chính thức{no_vote}"))
        if present is not None:
            bases.append((present, f"{present} {voters} có mặt"))
        if official is not None and official != present:
            bases.append((official, f"{official} đảng viên chính thức có mặt{no_vote}"))
    return bases


def _committee_total(ctx: DocumentContext, block: Block) -> int | None:
    """"Ban Chấp hành Đảng bộ xã có 31 đồng chí ủy viên": the committee's member count, read
    by the quantity layer (a person count cued as a whole) in the block's paragraphs."""
    present = block.present()
    for paragraph in ctx.paragraphs:
        if paragraph.end <= block.start or paragraph.start >= block.end:
            continue
        if not _COMMITTEE.search(paragraph.text):
            continue
        for quantity in paragraph_layer(ctx, paragraph).quantities:
            if quantity.kind == "ratio" and quantity.noun_class == "person" and quantity.total and _CALLED_AFTER.match(
                    paragraph.text, unit_end(paragraph.text, quantity)):
                return int(quantity.total)  # "21/21 đồng chí Ủy viên Ban Chấp hành được triệu tập"
            if quantity.kind == "count" and quantity.noun_class == "person" and (
                    quantity.role == "whole" or _COMPOSED_OF.search(paragraph.text, 0, quantity.start)) \
                    and (present is None or quantity.value >= present):
                return int(quantity.value)
    stated = [d.value for key, d in block.denominators if key == ("present", None)]
    if len(set(stated)) == 1:
        return stated[0]  # "có 17/21 đồng chí ủy viên tham dự"
    # "Ban Chấp hành Đảng bộ xã khóa I hiện có 29 đồng chí." in the line right before the block
    before = [p for p in ctx.paragraphs if p.end <= block.start and p.text.strip()][-1:]
    if before and _COMMITTEE.search(before[0].text):
        sentences = ctx.reading(before[0]).sentences
        whole = members_whole(before[0].text, list(paragraph_layer(ctx, before[0]).quantities), *sentences[-1]) \
            if sentences else None
        if whole is not None and (present is None or whole.value >= present):
            return int(whole.value)
    return None


_CALLED_AFTER = re.compile(r"\s*(?:được|phải)\s+triệu\s+tập", re.IGNORECASE)
_COMPOSED_OF = re.compile(r"(?<!\w)gồm(?:\s+có)?\s*:?\s*$", re.IGNORECASE)


def _called(block: Block | None, text: str = "", ctx: DocumentContext | None = None) -> int | None:
    """Official members called (the strict denominator of domain.md §3), at its smallest reading.
    The members of a committee (Ban Chấp hành, Ban Thường vụ, chi ủy: "có 31 đồng chí ủy viên")
    are all official members."""
    if block is None:
        return None
    official = block.official_total()
    if official is None and block.value("total", "probationary") is None:
        line_start = text.rfind("\n", 0, block.start) + 1
        if _COMMITTEE.search(text[line_start:block.end]):
            official = block.value("total")
            base = block.stated_base()
            if official is not None and base is not None and not block.same_roll(base):
                official = base  # "có 27/31 ủy viên", then the Đảng bộ's 1.215 members: the committee's 31
            elif official is None and base is not None:
                official = base  # "có mặt 29/31 đồng chí Ủy viên Ban Chấp hành" and no total: the committee's 31
        if official is None and ctx is not None:
            official = _committee_total(ctx, block)
    readings = []
    if official is not None:
        readings.append(official - sum(block.excluded("exempt")) - sum(block.excluded("away")))
    called = block.value("total", "called")  # "Số đảng viên được triệu tập: 43" (dự bị among them)
    if called is not None:
        readings.append(called - (block.value("total", "probationary") or 0))
    return min(readings) if readings else None


_COMMITTEE = re.compile(r"\b(?:ủy\s+viên|uỷ\s+viên|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|BCH|BTV|[Cc]hi\s+ủy|"
                        r"Ủy\s+ban\s+Kiểm\s+tra|UBKT)\b")
# The minutes declare the proposal adopted: where a resolution without a majority is wrong. A choice adopted ("Hội
# nghị thống nhất giới thiệu đồng chí …", "… thống nhất chọn phương án 1"): its verbs are resources/choice_verbs.txt.
_ADOPTED_WORDS = (r"(?<!sẽ\s)(?<!để\s)(?:đã|được)\s+(?:[^\W\d]+\s+){0,4}?thông\s+qua|thống\s+nhất\s+thông\s+qua|"
                  r"nhất\s+trí\s+thông\s+qua|quyết\s+nghị\s+thông\s+qua|(?:tuyên\s+bố|kết\s+luận)\s*:?\s+thông\s+qua|"
                  r"(?:nghị\s+quyết|đề\s+án|chủ\s+trương|quy\s+chế)\s+có\s+hiệu\s+lực")


@lru_cache(maxsize=1)
def _choice() -> str:
    verbs = sorted((r"\s+".join(map(re.escape, w.split())) for w in word_list("choice_verbs")), key=len, reverse=True)
    return rf"(?:thống\s+nhất|nhất\s+trí)\s+(?:{'|'.join(verbs)})"


@lru_cache(maxsize=1)
def _adopted() -> re.Pattern:
    return re.compile(f"{_ADOPTED_WORDS}|{_choice()}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _adopted_before() -> re.Pattern:
    return re.compile(f"{_ADOPTED_WORDS}|{_choice()}|biểu\\s+quyết\\s+thông\\s+qua", re.IGNORECASE)


def _matches(pct: float, decimals: int, count: int, whole: int) -> bool:
    return whole > 0 and abs(round_half_up(count / whole * 100, decimals) - pct) < 1e-6


@rule("vote-mismatch", severity=Severity.ERROR, title="Kết quả biểu quyết không khớp", examples=(
    Example("Có 20 đảng viên chính thức dự họp; tán thành 12, không tán thành 10.", "12"),
    Example("Có 22 đảng viên chính thức dự họp; tán thành 12, không tán thành 10."),
    Example("Hội nghị có 45 đại biểu dự, tán thành 42 (93,3%), không tán thành 4 (8,9%)."
            , "42"),
    Example("Hội nghị có 45 đại biểu dự, tán thành 40 (88,9%), không tán thành 4 (8,9%), không biểu quyết 1."),
))
def vote_levels_exceed(ctx: ParagraphContext):
    """"Có 20 đảng viên dự họp; tán thành 12, không tán thành 10": the quantity layer reads
    the votes as levels of one classification of the voters counted just before them;
    together they cannot be more than the voters (fewer is abstention, not an error)."""
    for relation in quantities_of(ctx).of("sum-of"):
        whole, parts = relation.whole, relation.parts
        total = sum(p.value for p in parts)
        if total <= whole.value or not vote_levels(parts, ctx.text):
            continue
        listed = " + ".join(f"{p.label or ''} {p.text}".strip() for p in parts)
        related = (Related(whole.start, unit_end(ctx.text, whole), "whole"),
                   *(Related(p.start, unit_end(ctx.text, p), "part") for p in parts))
        yield Issue(parts[0].start, parts[0].end,
                    f"Biểu quyết {listed} = {total:g}, nhiều hơn {whole.text} {whole.head or ''} biểu quyết.".replace(
                        "  ", " "), None, None, related)


@rule("vote-mismatch", severity=Severity.ERROR, title="Kết quả biểu quyết không khớp", scope="document", examples=(
    # the National Assembly's results: those who voted, then each kind, each with its share of all the deputies
    Example("Với 439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu: 437 đại biểu tán thành, chiếm "
            "tỷ lệ 88,80%; 2 đại biểu không tán thành (0,41%); 1 đại biểu không biểu quyết (0,20%).", "437"),
    Example("Với 439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu: 436 đại biểu tán thành, chiếm "
            "tỷ lệ 88,80%; 2 đại biểu không tán thành (0,41%); 1 đại biểu không biểu quyết (0,20%)."),
    Example("Với 470 đại biểu tham gia biểu quyết, chiếm 95,72% tổng số đại biểu; 468 đại biểu tán thành (95,32%), "
            "1 đại biểu không tán thành (0,2%), 1 đại biểu không biểu quyết (0,2%)."),
    Example("Kết quả có 455 đại biểu tham gia biểu quyết tán thành, chiếm 92,3% tổng số đại biểu Quốc hội."),
    Example("Tổng số phiếu phát ra là 30, thu vào 31 phiếu.", "31"),
    Example("Tổng số phiếu phát ra là 31, thu vào 31 phiếu."),
    Example("Phát ra 45 phiếu; số phiếu thu vào: 45; số phiếu hợp lệ: 43; số phiếu không hợp lệ là 3 phiếu.", "là 3"),
    Example("Phát ra 45 phiếu; số phiếu thu vào: 45; số phiếu hợp lệ: 42; số phiếu không hợp lệ là 3 phiếu."),
    Example("Biểu quyết thông qua Nghị quyết: 100% đảng viên có mặt nhất trí (17/18 đồng chí).", "100%"),
    Example("Biểu quyết thông qua Nghị quyết: 100% đảng viên có mặt nhất trí (18/18 đồng chí)."),
    # passing it, said of those present, is approving it
    Example("Hội đồng nhân dân tỉnh đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu có mặt biểu quyết thông "
            "qua (48/50 đại biểu).", "100%"),
    Example("Biểu quyết thông qua Nghị quyết: 100% đại biểu có mặt thông qua (27/29 đại biểu).", "100%"),
    Example("Các nghị quyết được 100% thành viên có mặt biểu quyết thông qua (9/11 thành viên).", "100%"),
    Example("Hội đồng nhân dân tỉnh đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu có mặt biểu quyết thông "
            "qua (50/50 đại biểu)."),
    Example("Kỳ họp đã thông qua 6 nghị quyết với 100% đại biểu có mặt biểu quyết thông qua."),
    # a candidate's votes and the ballots that did not vote for them are at most the ballots
    Example("Số phiếu phát ra 25, số phiếu thu vào 25, hợp lệ 25.\nĐồng chí Lê Văn An: 24 phiếu, đạt 96%; 02 phiếu "
            "không bầu.", "02", "01"),
    Example("Số phiếu phát ra 25, số phiếu thu vào 25, hợp lệ 25.\nĐồng chí Lê Văn An: 24 phiếu, đạt 96%; 01 phiếu "
            "không bầu."),
    # a candidate cannot have more votes than the valid ballots
    Example("Tổng số phiếu hợp lệ: 35 phiếu. Đồng chí Nguyễn Văn An đạt 37 phiếu (105,7%).", "37"),
    Example("Tổng số phiếu thu về 36 phiếu, hợp lệ 36 phiếu. Đồng chí Trần Văn Bình trúng cử với 38 phiếu.", "38"),
    Example("Tổng số phiếu thu về 36 phiếu, hợp lệ 36 phiếu. Đồng chí Trần Văn Bình trúng cử với 34 phiếu."),
    # the voters counted as hội viên, thành viên, người
    Example("Có mặt 21 hội viên. Biểu quyết: tán thành 20 hội viên, không tán thành 2 hội viên.", "20"),
    Example("Có mặt 21 hội viên. Biểu quyết: tán thành 19 hội viên, không tán thành 2 hội viên."),
    # every voter voted, the minutes say: the votes are all the official members present
    Example("Thành phần: Ban Chấp hành có 29 đồng chí; có mặt 27 đồng chí, vắng 2 đồng chí.\nQuy chế làm việc: tán "
            "thành 24 đồng chí, không tán thành 02 đồng chí; không có đồng chí nào không biểu quyết.", "24"),
    Example("Thành phần: Ban Chấp hành có 29 đồng chí; có mặt 27 đồng chí, vắng 2 đồng chí.\nQuy chế làm việc: tán "
            "thành 24 đồng chí, không tán thành 02 đồng chí."),
    # one level chosen per ballot: the levels' ballots together are at most the valid ones
    Example("Số phiếu phát ra 06, thu về 06, hợp lệ 06. Kết quả: hình thức khiển trách 04 phiếu; hình thức cảnh cáo "
            "01 phiếu; không kỷ luật: 02 phiếu.", "04 phiếu"),
    Example("Số phiếu phát ra 07, thu về 07, hợp lệ 07. Kết quả: hình thức khiển trách 04 phiếu; hình thức cảnh cáo "
            "01 phiếu; không kỷ luật: 02 phiếu."),
    Example("Số phiếu phát ra 9, thu vào 9, hợp lệ 9. Đồng chí Lê Văn An đạt 8 phiếu, đồng chí Trần Bình đạt 7 phiếu."),
    # a vote of confidence rates each official on one of three options (resources/ballot_options.txt)
    Example("Phát ra 33 phiếu, thu về 33 phiếu. Kết quả lấy phiếu tín nhiệm đồng chí Chủ tịch UBND xã: tín nhiệm cao "
            "27 phiếu, tín nhiệm 5 phiếu, tín nhiệm thấp 3 phiếu.", "27 phiếu, tín nhiệm 5 phiếu, tín nhiệm thấp 3 phiếu"),
    Example("Phát ra 33 phiếu, thu về 33 phiếu. Kết quả lấy phiếu tín nhiệm đồng chí Chủ tịch UBND xã: tín nhiệm cao "
            "27 phiếu, tín nhiệm 5 phiếu, tín nhiệm thấp 1 phiếu."),
    # each official's three ratings in a vote of confidence are the same ballots: one whose ratings come to another
    # total than the others' (a warning)
    Example("Ông Lê Văn An, Chủ tịch UBND huyện, có 41 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm "
            "thấp. Bà Trần Thị Bình, Phó Chủ tịch UBND huyện, có 38 phiếu tín nhiệm cao, 9 phiếu tín nhiệm, không có "
            "phiếu tín nhiệm thấp. Ông Phạm Văn Cường, Trưởng Công an huyện, có 35 phiếu tín nhiệm cao, 10 phiếu tín "
            "nhiệm và 2 phiếu tín nhiệm thấp.", "41 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1"),
    Example("Đồng chí Chủ tịch HĐND xã đạt số phiếu tín nhiệm cao là 24 phiếu, tín nhiệm hai phiếu và không có phiếu "
            "tín nhiệm thấp.\nĐồng chí Phó Chủ tịch HĐND xã có số phiếu tín nhiệm cao là 20 phiếu, tín nhiệm năm "
            "phiếu, tín nhiệm thấp 1 phiếu.\nĐồng chí Chủ tịch UBND xã có 19 phiếu tín nhiệm cao, 4 phiếu tín nhiệm "
            "và 2 phiếu tín nhiệm thấp.", "19 phiếu tín nhiệm cao, 4 phiếu tín nhiệm và 2"),
    Example("Ông Lê Văn An có 40/47 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. Bà Trần Thị "
            "Bình có 39/47 phiếu tín nhiệm cao, 7 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. Ông Phạm Văn Cường có 30/47 "
            "phiếu tín nhiệm cao, 12 phiếu tín nhiệm và 3 phiếu tín nhiệm thấp.", "30/47"),
    Example("Bà Lê Thị Mai nhận được số phiếu tín nhiệm cao nhiều nhất là 30/35 phiếu; số phiếu tín nhiệm là 5/35 và "
            "không có phiếu tín nhiệm thấp. Ông Vũ Văn Sơn có 28/35 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu "
            "tín nhiệm thấp.\nÔng Hà Văn Tùng là người có số phiếu tín nhiệm thấp nhiều nhất, với 4 phiếu, 12 phiếu "
            "tín nhiệm cao và 18 phiếu tín nhiệm.", "4 phiếu, 12 phiếu tín nhiệm cao và 18"),
    Example("Ông Lê Văn An có 40 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. Bà Trần Thị Bình "
            "có 38 phiếu tín nhiệm cao, 9 phiếu tín nhiệm, không có phiếu tín nhiệm thấp. Ông Phạm Văn Cường có 35 "
            "phiếu tín nhiệm cao, 10 phiếu tín nhiệm và 2 phiếu tín nhiệm thấp."),
    Example("Ông Lê Văn An có 41 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. Bà Trần Thị Bình "
            "có 38 phiếu tín nhiệm cao, 9 phiếu tín nhiệm, không có phiếu tín nhiệm thấp."),
    # a share of all the members although only those present voted (a base the minutes state): silent
    Example("Chi bộ có 32 đảng viên, có mặt 29 đồng chí. Biểu quyết thông qua nghị quyết: 28 đồng chí tán thành, chiếm "
            "87,5%."),
    # who may vote, said in the attendance line, is no vote held there: the line still counts those present
    Example("Số đảng viên có mặt 24 đồng chí, trong đó 22 đảng viên chính thức có quyền biểu quyết và 2 đảng viên dự "
            "bị.\nKết quả biểu quyết: tán thành 21 đồng chí; không tán thành 1 đồng chí; ý kiến khác 1 đồng chí.", "21"),
    Example("Có mặt 19 đảng viên (17 đảng viên chính thức có quyền biểu quyết, 2 đảng viên dự bị).\nBiểu quyết thông "
            "qua nghị quyết: 17 đồng chí tán thành, 1 đồng chí không tán thành.", "17 đồng chí tán thành"),
    Example("Đảng viên có mặt: 30 đồng chí; trong đó có quyền biểu quyết 27 đồng chí (3 đồng chí dự bị).\nKết quả biểu "
            "quyết: 26/27 đồng chí tán thành, 2 đồng chí không tán thành.", "26/27"),
    Example("Có mặt 19 đảng viên (17 đảng viên chính thức có quyền biểu quyết, 2 đảng viên dự bị).\nBiểu quyết thông "
            "qua nghị quyết: 16 đồng chí tán thành, 1 đồng chí không tán thành."),
    # guests present cast no vote: the votes are at most those present less the guests
    Example("Đại hội (có mặt 40 hội viên, trong đó có 4 hội viên khách mời): 36 hội viên tán thành, 2 hội viên không "
            "tán thành, 1 hội viên có ý kiến khác.", "36 hội viên tán thành, 2 hội viên không tán thành, 1"),
    Example("Hội nghị công đoàn có mặt 30 đoàn viên, trong đó 2 đồng chí không có quyền biểu quyết. Biểu quyết: 27 đồng "
            "chí tán thành, 2 đồng chí không tán thành.", "27 đồng chí tán thành, 2"),
    Example("Biểu quyết thông qua Nghị quyết kỳ họp (có mặt 15 đại biểu, trong đó có 2 đại biểu khách mời): 12 đại biểu "
            "tán thành, 1 đại biểu không tán thành, 1 đại biểu có ý kiến khác.", "12 đại biểu tán thành, 1 đại biểu không "
            "tán thành, 1"),
    Example("Biểu quyết thông qua Nghị quyết kỳ họp (có mặt 15 đại biểu, trong đó có 2 đại biểu khách mời): 11 đại biểu "
            "tán thành, 1 đại biểu không tán thành, 1 đại biểu có ý kiến khác."),
    Example("Đại hội Hội Cựu chiến binh (có mặt 40 hội viên, trong đó có 4 hội viên khách mời): 34 hội viên tán thành, 1 "
            "hội viên không tán thành, 1 hội viên có ý kiến khác."),
    Example("Hội nghị công đoàn có mặt 30 đoàn viên, trong đó 2 đồng chí không có quyền biểu quyết. Biểu quyết: 26 đồng "
            "chí tán thành, 2 đồng chí không tán thành."),
    Example("Kỳ họp HĐND xã có mặt 25 đại biểu (trong đó 3 đại biểu mời). Biểu quyết thông qua Nghị quyết: 20 đại biểu "
            "tán thành, 1 đại biểu không tán thành, 1 đại biểu có ý kiến khác."),
    # guests besides those present (not among them): nothing to take out
    Example("Kỳ họp có mặt 28 đại biểu và 2 đại biểu khách mời. Biểu quyết thông qua Nghị quyết: 27 đại biểu tán thành, "
            "1 đại biểu không tán thành."),
))
def vote_mismatch(ctx: DocumentContext):
    """More votes than voters, or a vote percentage that its own counts do not give; in an
    election, valid + invalid ballots that are not the ballots collected; in a secret vote on
    the levels of one classification (hình thức kỷ luật, tán thành / không tán thành), more
    ballots for the levels than valid ballots."""
    yield from _ballot_issues(ctx)
    yield from _confidence_issues(ctx)
    blocks = attendance_blocks(ctx)
    flagged = [(f.start, f.end) for f in ctx.paragraph_findings if f.text.endswith("%")]
    for vote in votes(ctx):
        block = _meeting(blocks, vote, ctx.text)
        counted = {k: vote.count(k) for k in VOTE_KINDS if vote.count(k) is not None}
        total = sum(counted.values())
        anchor = vote.parts["approve"].count
        heads = _heads_present(vote, block)
        voters = _voters(ctx.text, vote)
        bases = _bases(vote, block, voters)
        present = vote.present.value if vote.present else block.present() if block is not None else None
        guests = _guests_among(ctx, vote, block, present)
        if guests:
            bases.append((present - guests, f"{present - guests} {voters} có quyền biểu quyết ({present} có mặt, "
                                             f"trừ {guests} khách mời không biểu quyết)"))
        for base, name in sorted(bases):
            if total > base and anchor:
                listed = " + ".join(f"{_NAMES[k]} {v}" for k, v in counted.items())
                shown = f"{listed} = {total}" if len(counted) > 1 else listed
                # the whole vote is marked, from its first count to its last: any of them may be the slip
                counts = [part.count for part in vote.parts.values() if part.count is not None]
                # "31/31 đồng chí có mặt tán thành" with 3 of the 31 dự bị: the room's consent, written as many clerks
                # write it, every head counted; the figures agree with each other, only who may vote is in question
                # (a note, not an arithmetic slip). A tally split by kind ("tán thành 11, ý kiến khác 2") counts
                # ballots, which only official members cast: more of them than official members stays an error.
                procedural = heads is not None and total == heads == counted.get("approve") and base < heads
                yield Issue(min(c.start for c in counts), max(c.end for c in counts),
                            f"Biểu quyết {shown}, nhiều hơn {name}." + (
                                f" Số biểu quyết bằng {heads} người có mặt: nếu đã tính cả đảng viên dự bị, chỉ ghi "
                                "số đảng viên chính thức biểu quyết." if procedural else ""), None,
                            Severity.INFO if procedural else None)
                break
        issue = _all_voted_issue(ctx.text, vote, block, counted, total, anchor) or _every_kind_issue(
            vote, block, counted, total)
        if issue is not None:
            yield issue
        for issue in _percent_issues(ctx.text, vote, block, ctx):
            if not any(a < issue.end and issue.start < b for a, b in flagged):
                yield issue  # arithmetic.py may already have judged "15/16 (93,7%)"


def _guests_among(ctx: DocumentContext, vote: Vote, block: Block | None, present: int | None) -> int:
    """"có mặt 15 đại biểu, trong đó có 2 đại biểu khách mời": those present who cast no vote (guests, invited
    deputies, those without a vote), read by the quantity layer as parts of the count of those present, in the
    paragraphs from the meeting's attendance to the vote."""
    counts = [part.count.start for part in vote.parts.values() if part.count is not None]
    if present is None or not counts:
        return 0
    last = ctx.paragraph_index(min(counts))
    first = ctx.paragraph_index(block.start) if block is not None else None
    if last is None:
        return 0
    guests = {}
    for paragraph in ctx.paragraphs[first if first is not None and first <= last else last:last + 1]:
        for relation in paragraph_layer(ctx, paragraph).of("part-of"):
            whole = relation.whole
            if whole.kind == "count" and whole.noun_class == "person" and whole.value == present:
                for part in relation.parts:
                    if part.noun_class == "person" and part.value < present and names_non_voters(paragraph.text, part):
                        guests[(paragraph.index, part.start)] = int(part.value)
    return sum(guests.values())


def _heads_present(vote: Vote, block: Block | None) -> int | None:
    """Everyone in the room, probationary members among them: those present as the vote or the meeting's
    attendance counts them; None when the vote writes its base as official members ("26/27 đảng viên chính thức")."""
    if any(part.official_base for part in vote.parts.values()):
        return None
    if vote.present is not None:
        return vote.present.value
    return block.present() if block is not None else None


_NAMES = {"approve": "tán thành", "against": "không tán thành", "other": "ý kiến khác"}
# The minutes say every voter voted: the votes together are all of them.
_ALL_VOTED = re.compile(r"không\s+có\s+(?:đồng\s+chí|đại\s+biểu|ai|người)\s+(?:nào\s+)?(?:không\s+biểu\s+quyết|vắng\s+biểu\s+quyết|"
                        r"bỏ\s+phiếu\s+trắng)|(?:tất\s+cả|100%)\s+(?:các\s+)?(?:đồng\s+chí|đại\s+biểu|đảng\s+viên)"
                        r"(?:\s+có\s+mặt)?\s+(?:đều\s+)?(?:tham\s+gia\s+)?biểu\s+quyết", re.IGNORECASE)


def _every_kind_issue(vote: Vote, block: Block | None, counted: dict, total: int) -> Issue | None:
    """"tán thành 17/19 đ/c; không tán thành 01 đ/c; không biểu quyết: không": every kind of vote is counted
    (tán thành, không tán thành, ý kiến khác / không biểu quyết) against the voters the approvals are written
    over, those present, so together they are all the voters (a warning: a voter may have left before the
    vote). Approvals over the whole roll ("12/21" of a committee with 19 present) are not."""
    base = vote.parts["approve"].denominator
    if base is None or len(counted) != len(VOTE_KINDS) or total >= base.value:
        return None
    # the voters: the official members present when the minutes tell them apart ("Có mặt: 24 đồng chí, gồm 22
    # đảng viên chính thức và 2 dự bị" then "tán thành 22/24 đảng viên chính thức": 24 is the official roll)
    voters = block.present_official() if block is not None else None
    if voters is None:
        voters = vote.present.value if vote.present else block.present() if block is not None else None
    if voters is None or base.value != voters:
        return None
    listed = " + ".join(f"{_NAMES[k]} {v}" for k, v in counted.items())
    counts = [part.count for part in vote.parts.values() if part.count is not None]
    return Issue(min(c.start for c in counts), max(c.end for c in counts),
                 f"Biểu quyết {listed} = {total}, ít hơn {base.value} người biểu quyết đã ghi "
                 f"({vote.parts['approve'].count.value}/{base.value}).", None, Severity.WARNING,
                 (Related(base.start, base.end, "whole"),))


def _all_voted_issue(text: str, vote: Vote, block: Block | None, counted: dict, total: int, anchor):
    """"tán thành 24 đồng chí, không tán thành 02 đồng chí; không có đồng chí nào không biểu quyết"
    with 27 members of a committee present: when the minutes say every voter voted, the votes
    add up to the voters (the official members present; a committee's are all official)."""
    if anchor is None or len(counted) < 2:
        return None
    line_end = text.find("\n", vote.end)
    line_end = len(text) if line_end == -1 else line_end
    said = _ALL_VOTED.search(text, vote.start, min(line_end, vote.end + 200))
    if said is None:
        return None
    line_start = text.rfind("\n", 0, block.start) + 1 if block is not None else 0
    committee = block is not None and _COMMITTEE.search(text, line_start, block.end)
    voters = block.present_official() if block is not None else None
    if voters is None and block is not None and committee:
        voters = block.present()
    if voters is None or total == voters or total > voters:
        return None  # more votes than voters is the other check's
    listed = " + ".join(f"{_NAMES[k]} {v}" for k, v in counted.items())
    return Issue(anchor.start, anchor.end, f"Biểu quyết {listed} = {total}, khác {voters} đồng chí có mặt được "
                 f"biểu quyết, dù biên bản ghi “{said.group()}”.", None, None, (Related(said.start(), said.end(), "cue"),))


def _percent_issues(text: str, vote: Vote, block: Block | None, ctx: DocumentContext | None = None):
    """A printed percentage must be the count over its own denominator or, when none is
    written, over one of the meeting's: present, official present, official called, or any
    count of persons stated in its paragraph or the ones before (clerks give shares of all the
    members or deputies although only some voted). Without a written denominator the base is
    inferred: a warning naming the bases tried, never an error."""
    denominators = [p.denominator.value for p in vote.parts.values() if p.denominator]
    people = None
    for kind, part in vote.parts.items():
        if part.pct is None or part.count is None:
            continue
        value, decimals, start, end = part.pct
        if part.denominator:
            wholes = [part.denominator.value]
        else:
            total = block.value("total") if block else None  # dividing by all members: a habit, not a miscount
            wholes = denominators + [b for b, _ in _bases(vote, block)] + [_called(block) or 0, total or 0]
        wholes = sorted({w for w in wholes if w > 0})
        if not wholes or any(_matches(value, decimals, part.count.value, w) for w in wholes):
            continue
        if not part.denominator and any(_matches(value, decimals, part.count.value, w) for w in _implied_bases(vote)):
            continue  # "439 đại biểu tham gia biểu quyết (89,41%) …; 2 không tán thành (0,41%)": of all the deputies
        if not part.denominator and ctx is not None:
            if people is None:
                people = _people_in_scope(ctx, start)
            if any(_matches(value, decimals, part.count.value, w) for w in people):
                continue  # "Chi bộ có 32 đảng viên, có mặt 29 …: 28 đồng chí tán thành, chiếm 87,5%": of all 32
        approve = vote.parts["approve"]
        if kind != "approve" and approve.count is not None and approve.pct is None and any(
                _matches(value, decimals, approve.count.value, w) for w in wholes):
            continue  # "Tán thành: 15; Không tán thành: 0; Ý kiến khác: 1 (đạt 93,75%)": the approvals' share, last
        inferred = kind == "approve" and vote.passed and part.denominator is not None
        if inferred and part.denominator.value in _rolls(ctx, block, start):
            continue  # "có 50 đại biểu. … 100% đại biểu có mặt biểu quyết thông qua (48/50)": 48 present, all passed it
        printed = text[start:end]
        implied = _implied_bases(vote)
        if implied and not part.denominator:  # the base the voters' own share implies, named too
            wholes = sorted(set(wholes) | {round(vote.present.value * 100 / vote.present_pct[0])})
        computed = ", ".join(f"{part.count.value}/{w} = {format_vi(part.count.value / w * 100, decimals)}%"
                             for w in wholes)
        suggestion = None
        if part.denominator:
            right = format_vi(part.count.value / wholes[0] * 100, decimals)
            suggestion = right + printed[len(printed.rstrip("%").rstrip()):]
        yield Issue(start, end,
                    f"{_NAMES[kind].capitalize()} {part.count.value}: {computed}, không khớp với {printed} đã ghi "
                    f"(làm tròn đến {decimals} chữ số thập phân).",
                    suggestion=suggestion, severity=None if part.denominator and not inferred else Severity.WARNING)


def _rolls(ctx: DocumentContext | None, block: Block | None, offset: int) -> set[float]:
    """The rolls stated near a vote: the meeting's members, and the counts of persons in its paragraph and the few
    before it (not a ratio's whole, which may be the vote's own)."""
    rolls = {block.value("total")} if block is not None and block.value("total") else set()
    at = ctx.paragraph_index(offset) if ctx is not None else None
    if at is not None:
        for paragraph in ctx.paragraphs[max(0, at - _PARAGRAPHS_BACK):at + 1]:
            rolls.update(q.value for q in paragraph_layer(ctx, paragraph).quantities
                         if q.kind == "count" and q.noun_class == "person")
    return rolls


def _implied_bases(vote: Vote) -> list[int]:
    """The whole the voters' own share implies ("439 đại biểu tham gia biểu quyết, chiếm 89,41% tổng số đại biểu":
    439 of about 491): every whole the printed share allows."""
    if vote.present is None or vote.present_pct is None or vote.present_pct[0] <= 0:
        return []
    value, decimals = vote.present_pct
    half = 0.5 * 10 ** -decimals
    low, high = vote.present.value * 100 / (value + half), vote.present.value * 100 / max(value - half, 1e-9)
    return list(range(max(vote.present.value, int(low)), int(high) + 1))[:50]


_PARAGRAPHS_BACK = 8


def _people_in_scope(ctx: DocumentContext, offset: int) -> set[float]:
    """Every count of persons (and ratio's total) in the paragraph at ``offset`` and the few before it."""
    paragraphs = ctx.paragraphs
    at = ctx.paragraph_index(offset)
    if at is None:
        return set()
    found = set()
    for paragraph in paragraphs[max(0, at - _PARAGRAPHS_BACK):at + 1]:
        for q in paragraph_layer(ctx, paragraph).quantities:
            if q.kind in ("count", "ratio") and q.noun_class == "person":
                found.add(int(q.total if q.kind == "ratio" and q.total else q.value))
    return {v for v in found if v > 0}


@rule("resolution-not-passed", severity=Severity.WARNING, title="Nghị quyết chưa đủ quá nửa tán thành",
      scope="document", examples=(
          Example("Tổng số 9 đảng viên chính thức. Có mặt 8 đồng chí. Biểu quyết: 4 đồng chí tán thành, "
                  "4 không tán thành.", "4"),
          Example("Tổng số 9 đảng viên chính thức. Có mặt 8 đồng chí. Biểu quyết: 5 đồng chí tán thành, "
                  "3 không tán thành."),
          Example("Tổng số đảng viên chính thức: 25 đồng chí. Có mặt: 14 đồng chí.\n"
                  "Nghị quyết được biểu quyết thông qua với 12/14 đồng chí tán thành.", "12"),
          # The declaration after the vote carries the finding.
          Example("Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí. Biểu quyết: 7 đồng chí tán thành, "
                  "6 đồng chí không tán thành. Chủ trì kết luận nghị quyết đã được chi bộ thông qua.",
                  "đã được chi bộ thông qua"),
          Example("Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí. Biểu quyết: 8 đồng chí tán thành, "
                  "5 đồng chí không tán thành. Chủ trì kết luận nghị quyết đã được chi bộ thông qua."),
          # A committee's members are all official members.
          Example("Ban Chấp hành Đảng bộ xã có 31 đồng chí ủy viên. Có mặt 27 đồng chí.\n"
                  "- Đề án: tán thành 15/27 đồng chí có mặt, không tán thành 12 đồng chí. Hội nghị đã thông qua Đề án.",
                  "đã thông qua"),
          Example("Ban Chấp hành Đảng bộ xã có 31 đồng chí ủy viên. Có mặt 27 đồng chí.\n"
                  "- Đề án: tán thành 16/27 đồng chí có mặt, không tán thành 11 đồng chí. Hội nghị đã thông qua Đề án."),
          # an inspection committee's members too
          Example("Thành phần: UBKT có 07 đồng chí; có mặt 06 đồng chí; vắng 01 đồng chí.\nBiểu quyết: 03/06 đồng chí "
                  "có mặt tán thành, 03 đồng chí đề nghị bổ sung. Chủ nhiệm UBKT kết luận: Chương trình được thông qua.",
                  "Chương trình được thông qua"),
          Example("Thành phần: UBKT có 07 đồng chí; có mặt 06 đồng chí; vắng 01 đồng chí.\nBiểu quyết: 04/06 đồng chí "
                  "có mặt tán thành, 02 đồng chí đề nghị bổ sung. Chủ nhiệm UBKT kết luận: Chương trình được thông qua."),
          # all of too few present approving
          Example("Chi bộ có 20 đảng viên chính thức, dự họp 9 đồng chí. Biểu quyết: 100% đảng viên dự họp tán thành. "
                  "Nghị quyết được thông qua.", "Nghị quyết được thông qua"),
          Example("Chi bộ có 20 đảng viên chính thức, dự họp 16 đồng chí. Biểu quyết: 100% đảng viên dự họp tán thành. "
                  "Nghị quyết được thông qua."),
          # a committee's members, the base written after those present and after the approvals alike
          Example("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4, có mặt 29/31 đồng chí Ủy viên Ban Chấp hành.\nSau khi "
                  "thảo luận, Hội nghị đã biểu quyết thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2026 với "
                  "12/31 ủy viên tán thành.", "12"),
          Example("Phiên họp Ban Thường vụ Huyện ủy có mặt 11/13 đồng chí Ủy viên Ban Thường vụ.\nKết quả: 6/13 ủy viên "
                  "tán thành, 5 ủy viên không tán thành; Ban Thường vụ thống nhất thông qua Đề án.", "6/13"),
          Example("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4, có mặt 29/31 đồng chí Ủy viên Ban Chấp hành.\nSau khi "
                  "thảo luận, Hội nghị đã biểu quyết thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2026 với "
                  "27/31 ủy viên tán thành."),
          Example("Chi bộ có 9 đảng viên chính thức. Có 4/8 đồng chí có mặt phát biểu ý kiến.\nChi bộ biểu quyết thông qua "
                  "nghị quyết với 8/8 đảng viên chính thức có mặt tán thành."),
          # a smaller body named with its size on the vote's own sentence votes among its own members
          Example("Hội nghị Ban Chấp hành có mặt 19 đồng chí. Ban Thường vụ (5 đồng chí) biểu quyết thông qua Quy chế làm "
                  "việc: 4 đồng chí tán thành, 1 đồng chí không tán thành."),
          Example("Chi bộ sinh hoạt có mặt 14 đảng viên.\nChi ủy gồm 3 đồng chí đã biểu quyết thông qua phân công nhiệm "
                  "vụ: 2 đồng chí tán thành, 1 đồng chí có ý kiến khác."),
          Example("Hội nghị Ban Chấp hành Đoàn trường có mặt 15 đồng chí. Ban Thường vụ Đoàn trường (5 đồng chí) biểu "
                  "quyết thông qua kế hoạch: 3 đồng chí tán thành, 2 đồng chí có ý kiến khác."),
          Example("Hội nghị Ban Chấp hành có mặt 19 đồng chí. Ban Thường vụ (5 đồng chí) biểu quyết thông qua Quy chế làm "
                  "việc: 2 đồng chí tán thành, 3 đồng chí không tán thành.", "biểu quyết thông qua Quy chế làm việc: 2"),
          Example("Hội nghị Ban Chấp hành Công đoàn có mặt 11 đồng chí. Ban Thường vụ Công đoàn (3 đồng chí) biểu quyết: 1 "
                  "đồng chí tán thành, 2 đồng chí không tán thành; Hội nghị đã thông qua.",
                  "1 đồng chí tán thành, 2 đồng chí không tán thành; Hội nghị đã thông qua"),
          # the committee only named in the sentence before: the vote is the chi bộ's
          Example("Hội nghị chi bộ có mặt 12 đảng viên chính thức. Chi ủy (3 đồng chí) báo cáo dự thảo. Biểu quyết thông "
                  "qua Nghị quyết: 5 đồng chí tán thành, 7 đồng chí không tán thành.", "Biểu quyết thông qua Nghị quyết: 5"),
          # those present named as official members: some of this meeting's official members, whatever its own
          # count of those present says
          Example("Chi bộ có 26 đảng viên, gồm 22 chính thức, 4 dự bị. Có mặt 20 đồng chí.\nBiểu quyết kế hoạch: đảng viên "
                  "chính thức có mặt 18 đồng chí; tán thành 11 đồng chí, không tán thành 7 đồng chí.", "11"),
          Example("Tổng số đảng viên 18 (16 chính thức, 2 dự bị). Có mặt 15 đồng chí.\nBiểu quyết: 13 đảng viên chính thức có "
                  "mặt; tán thành 8 đồng chí, không tán thành 5 đồng chí. Chi bộ quyết nghị thông qua chương trình.",
                  "quyết nghị thông qua"),
          Example("Chi bộ có 26 đảng viên, gồm 22 chính thức, 4 dự bị. Có mặt 20 đồng chí.\nBiểu quyết kế hoạch: đảng viên "
                  "chính thức có mặt 18 đồng chí; tán thành 12 đồng chí, không tán thành 6 đồng chí."),
          Example("Tổng số đảng viên 18 (16 chính thức, 2 dự bị). Có mặt 15 đồng chí.\nBiểu quyết: 13 đảng viên chính thức có "
                  "mặt; tán thành 9 đồng chí, không tán thành 4 đồng chí. Chi bộ quyết nghị thông qua chương trình."),
          # the official members unknown: more than half of those present may be no majority of the roll, or may be
          Example("Có mặt 21 đồng chí.\nBiểu quyết: 12 đồng chí tán thành, 9 đồng chí không tán thành. Nghị quyết được "
                  "thông qua."),
          # the declaration of adoption on the vote's line or the next one, before the next vote begins
          Example("Chi bộ có 20 đảng viên chính thức, có mặt 17 đồng chí.\nBiểu quyết phương án: tán thành 10 đồng chí, không "
                  "tán thành 5 đồng chí, ý kiến khác 2 đồng chí.\nĐồng chí chủ trì tuyên bố: phương án được chi bộ thông qua.",
                  "được chi bộ thông qua"),
          Example("Chi bộ có 16 đảng viên chính thức, có mặt 14 đồng chí. Biểu quyết chủ trương: tán thành 8 đồng chí, không "
                  "tán thành 6 đồng chí. Chi bộ quyết nghị thông qua chủ trương.", "quyết nghị thông qua"),
          Example("Đảng bộ có 40 đảng viên chính thức; có mặt 35 đồng chí.\nBiểu quyết dự toán: tán thành 20 đồng chí, không "
                  "tán thành 15 đồng chí.\nVới kết quả trên, dự toán đã được thông qua.", "đã được thông qua"),
          Example("Chi bộ có 20 đảng viên chính thức, có mặt 17 đồng chí.\nBiểu quyết phương án: tán thành 11 đồng chí, không "
                  "tán thành 4 đồng chí, ý kiến khác 2 đồng chí.\nĐồng chí chủ trì tuyên bố: phương án được chi bộ thông qua."),
          # the declaration after the next vote is that vote's; another paper adopted, or the minutes read back, is not
          # what was voted on
          Example("Chi bộ có 20 đảng viên chính thức, có mặt 18 đồng chí.\nBiểu quyết kế hoạch: tán thành 10 đồng chí, không "
                  "tán thành 8 đồng chí.\nBiểu quyết quy chế: tán thành 16 đồng chí, không tán thành 2 đồng chí. Quy chế được "
                  "thông qua.", "10"),
          Example("Chi bộ có 20 đảng viên chính thức, có mặt 18 đồng chí.\nBiểu quyết kế hoạch: tán thành 10 đồng chí, không "
                  "tán thành 8 đồng chí.\nHội nghị đã thông qua báo cáo chính trị."),
          Example("Chi bộ có 20 đảng viên chính thức, có mặt 18 đồng chí.\nBiểu quyết kế hoạch: tán thành 10 đồng chí, không "
                  "tán thành 8 đồng chí.\nBiên bản đã được đọc lại và thông qua."),
          # a council's deputies or a congress's delegates are the base, not party members
          Example("Đại biểu HĐND xã: tổng số 25 đại biểu; có mặt 20 đại biểu.\nBiểu quyết thông qua Nghị quyết: 12 đại biểu "
                  "tán thành, 8 đại biểu không tán thành.", "12"),
          Example("Đại biểu HĐND xã: tổng số 25 đại biểu; có mặt 20 đại biểu.\nBiểu quyết thông qua Nghị quyết: 13 đại biểu "
                  "tán thành, 7 đại biểu không tán thành."),
          Example("Đại hội đại biểu Đảng bộ xã có 120 đại biểu chính thức được triệu tập, có mặt 115 đại biểu.\nBiểu quyết "
                  "thông qua Nghị quyết Đại hội: 110 đại biểu tán thành, 5 đại biểu không tán thành."),
          Example("Đại hội đại biểu Đảng bộ xã có 120 đại biểu chính thức được triệu tập, có mặt 115 đại biểu.\nBiểu quyết "
                  "thông qua Nghị quyết Đại hội: 58 đại biểu tán thành, 57 đại biểu không tán thành. Nghị quyết được thông "
                  "qua.", "Nghị quyết được thông qua"),
          # a mass organisation's congress adopts by its own charter (most often of those present): only approvals not
          # more than half of those present are surely short
          Example("Đại hội Hội Nông dân xã có 150 đại biểu được triệu tập, có mặt 140 đại biểu.\nBiểu quyết: 72 đại biểu tán "
                  "thành, 68 đại biểu không tán thành. Nghị quyết được thông qua."),
          Example("Đại hội Hội Cựu chiến binh phường có 90 đại biểu được triệu tập, có mặt 86 đại biểu.\nBiểu quyết: 44 đại "
                  "biểu tán thành, 42 đại biểu không tán thành. Nghị quyết được thông qua."),
          Example("Đại hội Hội Nông dân xã có 150 đại biểu được triệu tập, có mặt 140 đại biểu.\nBiểu quyết: 70 đại biểu tán "
                  "thành, 70 đại biểu không tán thành. Nghị quyết được thông qua.", "Nghị quyết được thông qua"),
          # the approvals written over a committee's members ("16/33 đồng chí ủy viên BCH đồng ý"): its members are the base
          Example("Ban Chấp hành Đảng bộ phường có 33 đồng chí; có mặt 30 đồng chí.\nKết quả: đồng chí Lê Văn An được 16/33 "
                  "đồng chí ủy viên BCH đồng ý, 14 phiếu không đồng ý. Hội nghị thống nhất giới thiệu đồng chí Lê Văn An.",
                  "16"),
          Example("Hội nghị Ban Chấp hành có 27 ủy viên, có mặt 25 đồng chí.\nBiểu quyết Quy chế làm việc: 13/27 đồng chí ủy "
                  "viên Ban Chấp hành tán thành, 12 đồng chí không tán thành. Quy chế được thông qua.", "13"),
          Example("Ban Thường vụ có 11 đồng chí, có mặt 10 đồng chí.\nKết quả biểu quyết: 5 đồng chí ủy viên Ban Thường vụ "
                  "tán thành, 5 đồng chí không tán thành.", "5"),
          Example("Ban Chấp hành Đảng bộ phường có 33 đồng chí; có mặt 30 đồng chí.\nKết quả: đồng chí Lê Văn An được 17/33 "
                  "đồng chí ủy viên BCH đồng ý, 13 phiếu không đồng ý."),
          Example("Hội nghị Ban Chấp hành có 27 ủy viên, có mặt 25 đồng chí.\nBiểu quyết Quy chế làm việc: 14/27 đồng chí ủy "
                  "viên Ban Chấp hành tán thành, 11 đồng chí không tán thành."),
          Example("Ban Thường vụ có 11 đồng chí, có mặt 10 đồng chí.\nKết quả biểu quyết: 6 đồng chí ủy viên Ban Thường vụ "
                  "tán thành, 4 đồng chí không tán thành."),
          # the vote's subject naming a second paper in passing: the declaration adopts the first
          Example("Chi bộ có 19 đảng viên chính thức, có mặt 14 đồng chí.\nChi bộ biểu quyết thông qua Nghị quyết tháng 5 (bao "
                  "gồm kế hoạch trồng cây). Kết quả: 8/14 đồng chí tán thành, 6 đồng chí không tán thành. Nghị quyết được "
                  "thông qua.", "Nghị quyết được thông qua"),
          # a choice between alternatives: the declaration names the one chosen, the other is no failed resolution;
          # told over the roll without a declaration, a minority option is just that
          Example("Ban Chấp hành Đảng bộ xã (21 ủy viên) biểu quyết chọn địa điểm: phương án 1 có 12/21 ủy viên tán thành; "
                  "phương án 2 có 9/21 ủy viên tán thành. Hội nghị thống nhất chọn phương án 1."),
          Example("Ban Chấp hành Đảng bộ xã (21 ủy viên) biểu quyết chọn địa điểm: phương án 1 có 12/21 ủy viên tán thành; "
                  "phương án 2 có 9/21 ủy viên tán thành."),
          Example("Ban Chấp hành Đảng bộ xã (21 ủy viên) biểu quyết chọn địa điểm: phương án 1 có 10/21 ủy viên tán thành; "
                  "phương án 2 có 9/21 ủy viên tán thành. Hội nghị thống nhất chọn phương án 1.", "10/21"),
          # adoption to come, or the purpose of a change, is no declaration that it passed
          Example("Chi bộ có 12 đảng viên chính thức, có mặt 11 đồng chí.\nBiểu quyết: tán thành 6 đồng chí, không tán "
                  "thành 5 đồng chí.\nĐồng chí Bí thư đề nghị bổ sung ý kiến, nghị quyết sẽ được thông qua tại kỳ họp sau.",
                  "6"),
          # a choice between candidates is the vote of the one it names: a loser's votes are no failed resolution
          Example("Chi ủy có 7 đồng chí, có mặt 7 đồng chí.\nKết quả lấy ý kiến: đồng chí Hoàng Văn Minh được 3/7 đồng chí "
                  "tán thành; đồng chí Đỗ Thị Hằng được 4/7 đồng chí tán thành. Chi ủy thống nhất giới thiệu đồng chí Đỗ "
                  "Thị Hằng."),
          Example("Chi ủy có 7 đồng chí, có mặt 7 đồng chí.\nKết quả lấy ý kiến: đồng chí Hoàng Văn Minh được 4/7 đồng chí "
                  "tán thành; đồng chí Đỗ Thị Hằng được 3/7 đồng chí tán thành. Chi ủy thống nhất giới thiệu đồng chí Đỗ "
                  "Thị Hằng.", "3/7"),
          Example("Chi bộ có 16 đảng viên chính thức, có mặt 15 đồng chí.\nBiểu quyết nhân sự: đồng chí Vi Văn Tùng được 7 "
                  "đồng chí tán thành; đồng chí Nông Thị Hoa được 8 đồng chí tán thành. Chi bộ thống nhất lựa chọn đồng chí "
                  "Vi Văn Tùng.", "7 đồng chí tán thành"),
          Example("Chi bộ có 16 đảng viên chính thức, có mặt 15 đồng chí.\nBiểu quyết nhân sự: đồng chí Vi Văn Tùng được 9 "
                  "đồng chí tán thành; đồng chí Nông Thị Hoa được 6 đồng chí tán thành. Chi bộ thống nhất lựa chọn đồng chí "
                  "Vi Văn Tùng."),
          # the body holding the congress decides its kind, not a Party body mentioned at it
          Example("Đại hội Hội Liên hiệp Phụ nữ phường có 120 đại biểu được triệu tập, có mặt 110 đại biểu; đồng chí Phó Bí "
                  "thư Thường trực Đảng ủy phường dự và phát biểu.\nBiểu quyết: 58 đại biểu tán thành, 52 đại biểu không "
                  "tán thành. Nghị quyết Đại hội được thông qua."),
          Example("Đại hội Đoàn Thanh niên xã có 90 đại biểu được triệu tập, có mặt 84 đại biểu; chi bộ thôn cử 2 đảng viên "
                  "dự.\nBiểu quyết: 43 đại biểu tán thành, 41 đại biểu không tán thành. Nghị quyết Đại hội được thông qua."),
          Example("Đại hội đại biểu Đảng bộ phường có 120 đại biểu được triệu tập, có mặt 110 đại biểu.\nBiểu quyết: 58 đại "
                  "biểu tán thành, 52 đại biểu không tán thành. Nghị quyết Đại hội được thông qua.", "58"),
          Example("Đại hội Hội Cựu chiến binh xã có 120 đại biểu được triệu tập, có mặt 110 đại biểu, dưới sự lãnh đạo của "
                  "Đảng ủy xã.\nBiểu quyết: 50 đại biểu tán thành, 60 đại biểu không tán thành. Nghị quyết Đại hội được "
                  "thông qua.", "50"),
      ))
def resolution_not_passed(ctx: DocumentContext):
    """Approvals must exceed half of the official members called, not of those present."""
    blocks = attendance_blocks(ctx)
    all_votes = votes(ctx)
    for vote in all_votes:
        approve = vote.parts["approve"].count
        if approve is None:
            approve = _unanimous_present(vote, _meeting(blocks, vote, ctx.text))
        after = ctx.text.find("\n", vote.end + 1)
        line_start = ctx.text.rfind("\n", 0, vote.start) + 1
        if approve is None or _NOT_PASSED.search(ctx.text, line_start, after if after != -1 else len(ctx.text)):
            continue  # the minutes themselves say it did not pass
        block = _meeting(blocks, vote, ctx.text)
        called, who = _called(block, ctx.text, ctx), "được triệu tập"
        members = "đảng viên chính thức"
        body = _own_body(ctx, vote)
        if body is not None and block is not None and body < max(block.present() or 0, called or 0):
            # "Chi ủy (3 đồng chí) biểu quyết …: 2 tán thành, 1 ý kiến khác" in a chi bộ meeting of 12: the vote is the
            # smaller body's its line names with its size, judged against that body's members, not the meeting's
            block, called, who, members = None, body, "", "ủy viên"
        council = block is not None and called is None and block.value("total") is not None and bool(
            _COUNCIL.search(ctx.text, ctx.text.rfind("\n", 0, block.start) + 1, block.end))
        if council:
            # "Đại biểu HĐND phường: tổng số 25 đ/c; có mặt 18 đ/c": a council's resolution needs more than half
            # of all its deputies (Luật Tổ chức chính quyền địa phương), not of those present
            called, who, members = block.value("total"), "", "đại biểu HĐND"
        congress = None  # the delegates' base when the voters are a congress's delegates: "party" or "other"
        if not council and block is not None and _voters(ctx.text, vote) == "đại biểu" and not _COUNCIL.search(
                ctx.text, ctx.text.rfind("\n", 0, block.start) + 1, vote.end):
            congress = "party" if _party_meeting(ctx, block) else "other"
            if congress == "other":
                # "Đại hội Hội Nông dân xã … có mặt 140 đại biểu": a mass organisation adopts by its own charter,
                # most often by those present; only approvals not more than half of those present are surely short
                called, who, members = vote.present.value if vote.present else block.present(), "có mặt", "đại biểu"
            else:
                members = "đại biểu chính thức"  # a Party congress of delegates: those summoned (QĐ 24 §9.3.1)
        if called is None and block is not None:
            called, who = block.present_official(), "có mặt"
        if called is None and vote.members is not None:
            # "có mặt 5/7 ủy viên; … được 3/5 ủy viên có mặt tán thành": the committee's 7 members
            called, who, members = vote.members.value, "", "ủy viên"
        if called is None and vote.present is not None and _COMMITTEE.search(
                ctx.text, ctx.text.rfind("\n", 0, vote.start) + 1, vote.start):
            # "Chi ủy gồm 5 đồng chí, có mặt 4 đồng chí; 2/4 đồng chí tán thành": a committee's members are all
            # official, so those present are at most those called
            called, who, members = vote.present.value, "có mặt", "ủy viên"
        stated = vote.parts["approve"].denominator
        if stated and vote.parts["approve"].official_base and stated.value > (called or 0):
            called, who = stated.value, "có mặt"  # official members present: never more than those called
        if called and approve.value * 2 <= called:
            if block is not None and _COMMITTEE.search(ctx.text, ctx.text.rfind("\n", 0, block.start) + 1, block.end):
                members = "ủy viên"  # a committee's members are all official members
            message = (f"Tán thành {approve.value} không quá một nửa {called} {members}{' ' + who if who else ''} "
                       f"(cần ít nhất {called // 2 + 1}); theo Điều lệ Đảng (Điều 10), nghị quyết chỉ có giá "
                       f"trị khi quá nửa số đảng viên chính thức được triệu tập tán thành, không tính trên số có mặt.")
            if congress == "other":
                message = (f"Tán thành {approve.value} không quá một nửa {called} đại biểu có mặt (cần ít nhất "
                           f"{called // 2 + 1}).")
            elif congress == "party":
                message = (f"Tán thành {approve.value} không quá một nửa {called} {members}{' ' + who if who else ''} "
                           f"(cần ít nhất {called // 2 + 1}); theo Điều lệ Đảng (Điều 10), nghị quyết của đại hội chỉ có "
                           "giá trị khi quá nửa số đại biểu chính thức được triệu tập tán thành, không tính trên số có mặt.")
            if council:
                message = (f"Tán thành {approve.value} không quá một nửa tổng số {called} đại biểu HĐND (cần ít nhất "
                           f"{called // 2 + 1}); nghị quyết của HĐND phải được quá nửa tổng số đại biểu HĐND biểu quyết "
                           "tán thành, không tính trên số có mặt.")
            # the vote's own line first ("Chi bộ biểu quyết thông qua nghị quyết: 8/14 … tán thành"), then the next one
            next_vote = _next_start(all_votes, vote)
            claim = _adoption_after(ctx.text, approve.end, next_vote) or _adoption_before(
                ctx.text, approve.start) or _adoption_after(ctx.text, approve.end, next_vote, lines=2)
            if claim is not None and not _same_thing(ctx, vote, claim, all_votes):
                continue  # "Hội nghị đã thông qua Báo cáo chính trị" after a vote on a plan: another thing adopted
            if claim is None:
                if stated is not None and stated is vote.members and stated.value == called:
                    continue  # "phương án 2 có 10/21 ủy viên tán thành": told over the committee's roll, not said to pass
                yield Issue(approve.start, approve.end, message)
                continue
            # "… Nghị quyết được thông qua": the declaration is what is wrong; on one line with the
            # approvals, the finding runs from one to the other
            same_line = "\n" not in ctx.text[min(claim[0], approve.start):max(claim[1], approve.end)]
            start, end = (min(claim[0], approve.start), max(claim[1], approve.end)) if same_line else claim
            yield Issue(start, end, "Ghi là đã thông qua, nhưng: " + message[0].lower() + message[1:],
                        related=(Related(approve.start, approve.end, "part"), Related(claim[0], claim[1], "cue")))


def _party_meeting(ctx: DocumentContext, block: Block) -> bool:
    """A Party organisation's congress, judged by the body that holds it, never by a Party body mentioned on the way
    ("Đồng chí Bí thư Đảng ủy xã dự …" at a Hội Nông dân congress): a Party document's header, else the first of the
    meeting's name, the title, the issuer, the congress's own name on the attendance's line ("Đại hội đại biểu Đảng bộ
    xã … có 150 đại biểu") that names a body; a body opening with a Party organisation's name
    (resources/party_bodies.txt) is the Party's. None named: not surely the Party's."""
    structure = ctx.structure
    header = structure.header if structure is not None else None
    if header is not None and header.system == "party":
        return True
    meeting = structure.meeting if structure is not None else None
    named = [str(field.value) for field in (meeting.name if meeting else None, header.title if header else None,
                                            header.issuer if header else None) if field is not None and field.value]
    line_start = ctx.text.rfind("\n", 0, block.start) + 1
    named += [ctx.text[m.start():block.end] for m in _CONGRESS.finditer(ctx.text, line_start, block.end)][:1]
    for name in named:
        held = _HELD_BY.match(name)
        if held is not None and held.end() < len(name):
            return bool(_party_body().match(name, held.end()))
    return False


# what opens a meeting's name before the body holding it: "Đại hội đại biểu", "Hội nghị Ban Chấp hành"
_HELD_BY = re.compile(r"\s*(?:(?:Đại\s+hội|Hội\s+nghị)(?:\s+đại\s+biểu)?\s+)?(?:(?:Ban\s+Chấp\s+hành|BCH|"
                      r"Ban\s+Thường\s+vụ|BTV)\s+)?", re.IGNORECASE)
_CONGRESS = re.compile(r"(?<!\w)Đại\s+hội(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _party_body() -> re.Pattern:
    names = sorted((r"\s+".join(map(re.escape, w.split())) for w in word_list("party_bodies")), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(names)})(?!\w)", re.IGNORECASE)


def _own_body(ctx: DocumentContext, vote: Vote) -> int | None:
    """"Ban Thường vụ (5 đồng chí) biểu quyết thông qua …": the size of a committee named on the vote's own line before
    its counts, read by the quantity layer (a count of persons right after the committee's name)."""
    counts = [part.count.start for part in vote.parts.values() if part.count is not None]
    if not counts:
        return None
    first = min(counts)  # (the vote's span may open at those present it took from the meeting's sentence)
    line_start = ctx.text.rfind("\n", 0, first) + 1
    at = ctx.paragraph_index(first)
    if at is None:
        return None
    paragraph = ctx.paragraphs[at]
    for s_start, s_end in ctx.reading(paragraph).sentences:
        if paragraph.start + s_start <= first < paragraph.start + s_end:
            line_start = max(line_start, paragraph.start + s_start)  # the vote's own sentence, not the one before
    for quantity in paragraph_layer(ctx, paragraph).quantities:
        start = paragraph.start + quantity.start
        if quantity.kind != "count" or quantity.noun_class != "person" or not line_start <= start < first:
            continue
        named = _COMMITTEE_SIZE.search(ctx.text, line_start, start + 1)
        if named and named.end() == start:
            return int(quantity.value)
    return None


# a committee's name, then its size in brackets or after "gồm" / "có"
_COMMITTEE_SIZE = re.compile(_COMMITTEE.pattern + r"(?:\s+[^\W\d]+){0,4}?\s*(?:\(\s*|,?\s+(?:gồm|có)\s+)(?=\d)")


_COUNCIL = re.compile(r"(?<!\w)(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?!\w)", re.IGNORECASE)


def _unanimous_present(vote: Vote, block: Block | None) -> Fact | None:
    """"Biểu quyết: 100% đảng viên dự họp tán thành": all those present approved, so the
    approvals are the members present (the official ones when the block says how many; a
    count with probationary members among them only overstates the approvals)."""
    part = vote.parts.get("approve")
    if part is None or part.pct is None or part.pct[0] != 100 or block is None or any(
            vote.parts.get(k) and (vote.parts[k].count or vote.parts[k].pct) for k in ("against", "other")):
        return None
    present = block.present_official() or block.value("present")
    if present is None and vote.present is not None:
        present = vote.present.value
    return Fact(present, part.pct[2], part.pct[3]) if present else None


def _adoption_before(text: str, start: int) -> tuple[int, int] | None:
    """"Chi bộ biểu quyết thông qua nghị quyết với 8/17 đồng chí tán thành": the declaration
    opening the vote's own line."""
    line_start = text.rfind("\n", 0, start) + 1
    found = None
    for found in _adopted_before().finditer(text, max(line_start, start - 200), start):
        pass
    if found is None or _NOT_PASSED.search(text, max(line_start, found.start() - 12), start):
        return None
    return found.start(), found.end()


def _adoption_after(text: str, end: int, next_vote: int, lines: int = 1) -> tuple[int, int] | None:
    """The declaration of adoption right after a vote: on its line, or (``lines`` 2) on the next one too ("Đồng chí
    chủ trì tuyên bố: phương án được chi bộ thông qua"), before the next vote begins (a declaration after it is that
    vote's)."""
    stop = text.find("\n", end + 1)
    stop = text.find("\n", stop + 1) if stop != -1 and (lines == 2 or not text[end:stop].strip(" .;,\n")) else stop
    stop = len(text) if stop == -1 else stop
    found = _adopted().search(text, end, min(stop, end + 300, next_vote))
    if found is None or _NOT_PASSED.search(text, end, found.end()):
        return None
    return found.start(), found.end()


def _next_start(all_votes: list[Vote], vote: Vote) -> int:
    return min((v.start for v in all_votes if v.start > vote.end), default=vote.end + 10_000)


def _same_thing(ctx: DocumentContext, vote: Vote, claim: tuple[int, int], all_votes: list[Vote]) -> bool:
    """The declaration adopts what the vote was on: a kind of paper (resources/adopted_objects.txt) its sentence names
    is one the vote is on, with the same designation when both give one ("chọn phương án 1" after the votes on
    phương án 1 and phương án 2), or either names none; the minutes read back are never the vote's thing. What the vote
    is on: the papers named on its line before its counts, each kind as last named, else the document model's
    decision."""
    said = _objects(_sentence_of(ctx, claim[0]))
    if any(noun == "biên bản" for noun, _, _ in said):
        return False
    first = min((part.count.start for part in vote.parts.values() if part.count is not None), default=vote.start)
    line_start = ctx.text.rfind("\n", 0, first) + 1
    chosen = _chosen_person(ctx.text, claim)
    if chosen is not None:
        # "đồng chí A được 20/33 …; đồng chí B được 11/33 … Hội nghị thống nhất giới thiệu đồng chí A": a choice
        # between candidates is the vote of the one it names; each vote's candidate is the last named before its
        # counts, after the counts of the vote before it (a vote's span runs on to its sentence's end)
        since = max([line_start] + [part.count.end for other in all_votes if other is not vote
                                    for part in other.parts.values() if part.count and part.count.end <= first])
        named = [name for found in _PERSON.finditer(ctx.text, since, first) if (name := _name(found))]
        if named:
            return named[-1] == chosen
    # each kind as last named before the counts ("phương án 1 có 11/21 …; phương án 2 có 10/21": the second is 2's)
    own = {noun: (noun, mark, at) for noun, mark, at in sorted(_objects(ctx.text[line_start:first]), key=lambda o: o[2])}
    if own:
        voted = list(own.values())
    else:
        decisions = ctx.structure.decisions if ctx.structure is not None else ()
        voted = _objects(" ".join(d.subject or "" for d in decisions if d.start < vote.end and vote.start < d.end))
    return not said or not voted or any(noun == other and (not mark or not other_mark or mark == other_mark)
                                        for noun, mark, _ in said for other, other_mark, _ in voted)


def _chosen_person(text: str, claim: tuple[int, int]) -> str | None:
    """"thống nhất giới thiệu đồng chí Lê Văn An": the person a declared choice names right after its verb."""
    if not re.search(_choice() + r"$", text[claim[0]:claim[1]], re.IGNORECASE):
        return None
    found = _PERSON.match(text, claim[1])
    return _name(found) if found is not None else None


def _name(found: re.Match) -> str | None:
    """The person's name after "đồng chí" / "ông" / "bà": its capitalised words ("Lê Văn An được …"), a name only when
    real_name knows it."""
    words = []
    for word in found[1].split():
        if not word[0].isupper():
            break
        words.append(word)
    name = " ".join(words)
    return name if real_name(name) else None


# a person named with the word before a name: what a choice and a candidate's vote name
_PERSON = re.compile(r"\s*(?<!\w)(?:[Đđ]ồng\s+chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à)\s+((?:\w+\s+){0,3}\w+)")


def _sentence_of(ctx: DocumentContext, at: int) -> str:
    index = ctx.paragraph_index(at)
    if index is None:
        return ""
    paragraph = ctx.paragraphs[index]
    for start, end in ctx.reading(paragraph).sentences:
        if paragraph.start + start <= at < paragraph.start + end:
            return paragraph.text[start:end]
    return ""


def _objects(words: str) -> list[tuple[str, str, int]]:
    """Each paper named in ``words``: its kind, its designation ("1", "II", "A" right after it, or ""), its place."""
    plain = " ".join(words.lower().split())
    return [(m[1], (m[2] or "").lower(), m.start()) for m in _object_names().finditer(plain)]


@lru_cache(maxsize=1)
def _object_names() -> re.Pattern:
    """The kinds of paper of resources/adopted_objects.txt, the longest first, each with its designation."""
    nouns = sorted({" ".join(w.lower().split()) for w in word_list("adopted_objects")}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)({'|'.join(map(re.escape, nouns))})(?:\s+(\d{{1,2}}|[ivx]{{1,4}}|[a-zđ]))?(?!\w)")


def _ballot_issues(ctx: DocumentContext):
    for ballots in ballot_rounds(ctx):
        counts = {kind: value for kind, (value, _, _) in ballots.counts.items()}
        if {"valid", "invalid", "collected"} <= counts.keys() and counts["valid"] + counts["invalid"] != counts["collected"]:
            _, start, end = ballots.counts["invalid"]
            yield Issue(start, end, f"Phiếu hợp lệ {counts['valid']} + không hợp lệ {counts['invalid']} = "
                        f"{counts['valid'] + counts['invalid']}, khác số phiếu thu vào {counts['collected']}.",
                        written_like(str(counts["collected"] - counts["valid"]), ctx.text[start:end])
                        if counts["collected"] >= counts["valid"] else None)
        base = counts.get("valid", counts.get("collected"))
        for count, start, end in ballots.votes:
            if base is not None and count > base:
                named = "phiếu hợp lệ" if "valid" in counts else "phiếu thu vào"
                yield Issue(start, end, f"Số phiếu bầu {count} nhiều hơn {base} {named}: một ứng cử viên không thể "
                            "được nhiều phiếu hơn số phiếu hợp lệ.")
        for (count, _, _), (refused, start, end) in ballots.refusals:
            if base is not None and count + refused > base:
                named = "phiếu hợp lệ" if "valid" in counts else "phiếu thu vào"
                yield Issue(start, end, f"Số phiếu bầu {count} + {refused} phiếu không bầu = {count + refused}, nhiều "
                            f"hơn {base} {named}: mỗi phiếu hoặc bầu hoặc không bầu cho ứng cử viên đó.",
                            written_like(str(base - count), ctx.text[start:end]) if base >= count else None)
        yield from _option_issues(ctx, ballots, counts)
        if {"collected", "issued"} <= counts.keys() and counts["collected"] > counts["issued"]:
            _, start, end = ballots.counts["collected"]
            yield Issue(start, end, f"Số phiếu thu vào ({counts['collected']}) nhiều hơn số phiếu phát ra "
                        f"({counts['issued']}).")


def _option_issues(ctx: DocumentContext, ballots, counts: dict[str, int]):
    """"Số phiếu phát ra 06, thu về 06, hợp lệ 06. Kết quả: khiển trách 04 phiếu; cảnh cáo 01
    phiếu; không kỷ luật: 02 phiếu": ballots for the levels of one classification choose one
    level each, so together they cannot be more than the valid ballots (unlike an election's
    candidates, several on one ballot)."""
    base = counts.get("valid", counts.get("collected"))
    if base is None:
        return
    _, _, after = ballots.counts["valid" if "valid" in counts else "collected"]
    options = []
    for paragraph in ctx.paragraphs:
        if paragraph.end <= after or options and paragraph.start > options[-1][0].end + paragraph.start + 1:
            continue
        if paragraph.start > after + 400:
            break
        listed = _LIST_ITEM.match(paragraph.text) is not None
        if options and not listed:
            break
        sentences = ctx.reading(paragraph).sentences
        here = []
        for q in paragraph_layer(ctx, paragraph).quantities:
            if q.start + paragraph.start <= after:
                continue
            label = _label_before(paragraph.text, q)
            groups = level_groups(q, paragraph.text) if _option_label().fullmatch(label) else _ballot_option(
                label, paragraph.text, q)
            if q.kind != "count" or q.head != "phiếu" or not groups or here and not any(
                    a <= here[0].start and q.start < b for a, b in sentences):
                if here:
                    break  # the options of one question are one sentence's
                continue
            here.append(q)
            options.append((q, groups, paragraph))
        if options and not (listed and len(here) == 1 and _label_before(paragraph.text, here[0]) == paragraph.text[
                :here[0].start].strip(" \t-–+•*:").lower()):
            # "- Khiển trách: 14 phiếu;" then "- Cảnh cáo: 05 phiếu;": lines that are each one option and its count
            # go on in the next line (not "- Đồng chí A: khiển trách 10 phiếu", one person's question a line)
            break
    # (an option named after its count, "24 phiếu tín nhiệm cao", is named by those words)
    labels = [_option_name(p.text, q) for q, _, p in options]
    if len(options) < 2 or len(set(labels)) < len(labels) or not same_classification([g for _, g, _ in options]):
        return  # a level named twice: several questions (one per person), not one
    total = sum(q.value for q, _, _ in options)
    if total <= base:
        return
    first, last = options[0], options[-1]
    named = "phiếu hợp lệ" if "valid" in counts else "phiếu thu vào"
    listed = " + ".join(q.text for q, _, _ in options)
    yield Issue(first[0].start + first[2].start, unit_end(last[2].text, last[0]) + last[2].start,
                f"Các phương án biểu quyết cộng lại {listed} = {total:g} phiếu, nhiều hơn {base} {named}: mỗi phiếu "
                "chỉ chọn một phương án.", None, None,
                tuple(Related(q.start + p.start, unit_end(p.text, q) + p.start, "part") for q, _, p in options))


def _confidence_issues(ctx: DocumentContext):
    """A vote of confidence told official by official: every ballot rates each of them on one option, so each
    official's tín nhiệm cao + tín nhiệm + tín nhiệm thấp are the same ballots. When most officials' counts (two at
    least) come to one total, one whose counts come to another is a slip (a warning naming the total the others
    share; it is inferred, not stated)."""
    for records in confidence_runs(ctx):
        yield from _run_issues(ctx, records)


def _run_issues(ctx: DocumentContext, records):
    """The officials of one vote (a run of records): one whose total is not the most shared one."""
    if len(records) < 3:
        return
    totals = Counter(r.total for r in records)
    common, shared = totals.most_common(1)[0]
    if shared < 2 or shared * 2 <= len(records):
        return
    for record in records:
        if record.total == common or record.total in _voters_stated(ctx, record):
            continue  # (the voters its own paragraph states: "25 đại biểu có mặt" rated this one on other ballots)
        listed = " + ".join(q.text.split("/")[0].strip() for q in record.counts)  # ("40/47 phiếu": its 40)
        yield Issue(record.start, record.end,
                    f"Các mức tín nhiệm cộng lại {listed} = {record.total:g} phiếu, trong khi của {shared} người khác "
                    f"đều là {common:g} phiếu: mỗi phiếu đánh giá mỗi người ở đúng một mức.", None, Severity.WARNING,
                    tuple(Related(q.start, unit_end(ctx.text, q), "part") for q in record.counts))


def _voters_stated(ctx: DocumentContext, record) -> set[float]:
    """The counts of persons or ballots a record's paragraph states besides the record's own counts."""
    at = ctx.paragraph_index(record.start)
    if at is None:
        return set()
    paragraph = ctx.paragraphs[at]
    own = {(q.start, q.end) for q in record.counts}
    return {q.value for q in paragraph_layer(ctx, paragraph).quantities if q.kind == "count"
            and (q.noun_class == "person" or q.head == "phiếu")
            and (q.start + paragraph.start, q.end + paragraph.start) not in own}


def _label_before(text: str, quantity) -> str:
    return re.split(r"[,;:(.]", text[max(0, quantity.start - 50):quantity.start].rstrip(" :"))[-1].strip(
        " \t-–+•*").lower()


_LIST_ITEM = re.compile(r"\s*[-–+•*]\s")


def _option_name(text: str, quantity) -> str:
    label = _label_before(text, quantity)
    if _option_label().fullmatch(label) or any(label in options for options in _ballot_options()):
        return label
    return _words_after(text, quantity)


def _words_after(text: str, quantity) -> str:
    """The words after a count's noun "phiếu" up to the next mark ("24 phiếu tín nhiệm cao, …": "tín nhiệm cao")."""
    noun = _BALLOT_NOUN.match(text, quantity.end)
    return re.split(r"[,;:(.]", text[noun.end():], maxsplit=1)[0].strip().lower() if noun else ""


_BALLOT_NOUN = re.compile(r"\s*phiếu(?!\w)", re.IGNORECASE)


def _ballot_option(label: str, text: str, quantity) -> frozenset[int] | None:
    """The question (as a group number past the classifications') whose option names a count of ballots, before it
    ("tín nhiệm cao 25 phiếu") or after it ("25 phiếu tín nhiệm cao"): resources/ballot_options.txt."""
    following = _words_after(text, quantity)
    for index, options in enumerate(_ballot_options()):
        if label in options or following in options:
            return frozenset((len(classification_levels()) + index,))
    return None


@lru_cache(maxsize=1)
def _ballot_options() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(o.strip().lower() for o in line.split("|")) for line in word_list("ballot_options"))


@lru_cache(maxsize=1)
def _option_label() -> re.Pattern:
    levels = sorted({level for group in classification_levels() for level in group}, key=len, reverse=True)
    return re.compile(r"(?:(?:hình\s+thức|phương\s+án|ý\s+kiến)\s+)?(?:" + "|".join(re.escape(lv) for lv in levels) + ")")
