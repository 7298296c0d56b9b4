"""Announced counts against the items listed: "đạt 2 chỉ tiêu gồm: (1)…; (2)…; (3)…"."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from ..keywords import Phrases
from ..model import Related, Severity
from ..numbers import WORD_NUMBERS, written_like
from ..quantities import head_of, quantities_of, unit_end
from ..quantities.attendance_reader import person_names
from ..quantities.ballots import ELECTION_LIST, candidate_rows
from ..quantities.lists import one_kind, paragraph_layer
from ..quantities.scope import period_items
from ..reading import abbreviation_before, sentence_spans, tokenize
from ..resources import word_list, word_set
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule

# the words that announce a list ("gồm", "như sau"), before or instead of its colon
_LINK_WORDS = r"(?:bao gồm|gồm có|gồm|cụ thể như sau|như sau|cụ thể(?: là)?|đó là)"
# After a counted noun (the layer's quantity), what announces its list: "gồm", "như sau", ":".
_ANNOUNCED = re.compile(
    r"\s++(?P<unit>[^\W\d_]+(?:,?\s++(?:[^\W\d_]+|[IVX]+/\d{4}|\d{1,2}/\d{4}|\d{4}\s*[-–]\s*\d{4}|\d{4}|(?<=tháng\s)\d{1,2}(?!\d)))"
    r"{0,7}?)"  # possessive: long runs of spaces; "tháng 12 năm 2025"; "4 cơ quan, đơn vị:"; "nhiệm kỳ 2025 – 2027"
    r"(?P<link>(?:\s*+\([^()]{1,80}\))?\)?(?:\s++sau)?\s*+,?\s*+" + _LINK_WORDS + r"\s*+:?"
    r"|\)?(?:\s++sau)?\s*+:)",  # "(03 chi bộ): …" too; an aside in brackets before "gồm" ("(28/28 phiếu) gồm:")
    re.IGNORECASE,
)


# the noun with its qualifier before the period the layer read for its count ("4 nhóm nhiệm vụ trọng tâm | quý IV năm
# 2026:"), and what announces the list after that period
_UNIT_BEFORE_PERIOD = re.compile(r"\s++[^\W\d_]+(?:\s++[^\W\d_]+){0,7}?(?:\s++trong)?\s++")
_LINK = re.compile(r"\s*+,?\s*+" + _LINK_WORDS + r"\s*+:?|\s*+:",
                   re.IGNORECASE)


def _period_tail(text: str, quantity) -> _Announcement | None:
    """A count whose noun and qualifier are followed by its own period, as the quantity layer read it, then its list:
    "4 nhóm nhiệm vụ trọng tâm quý IV năm 2026:". The period's words are the layer's (scope.period_items), in a run."""
    run = None
    for start, end, kind, value, _ in period_items(text[quantity.end:quantity.end + 160]):
        if run is None:
            if (kind, value) not in quantity.period:
                return None  # (the first period after the noun is not its count's: another's)
            run = [start, end]
        elif not text[quantity.end + run[1]:quantity.end + start].strip():
            run[1] = end  # "quý IV" "năm 2026"
        else:
            break
    if run is None or not _UNIT_BEFORE_PERIOD.fullmatch(text, quantity.end, quantity.end + run[0]):
        return None
    link = _LINK.match(text, quantity.end + run[1])
    if link is None:
        return None
    unit_start = quantity.end + len(text[quantity.end:]) - len(text[quantity.end:].lstrip())
    return _Announcement(quantity.text, quantity.start, text[unit_start:quantity.end + run[1]], unit_start, link.end())


@dataclass(frozen=True)
class _Announcement:
    """A count the layer read ("3 chỉ tiêu", "bốn nhiệm vụ") and the words announcing its list."""

    n: str
    n_start: int
    unit: str
    unit_start: int
    link_end: int
    long: bool = False  # people announced with a long description before the colon: their names only count
    named: bool = False  # bodies announced with a long description before "gồm": items opening with the noun only
    soft: bool = False  # announced by "là": what follows may be a description, so a finding is a warning
    next_sentence: bool = False  # the list opens the next sentence ("… 7 đảng bộ …. Cụ thể, Đảng bộ A …; …")

    def __getitem__(self, name: str) -> str:
        return {"n": self.n, "unit": self.unit}[name]

    def start(self, group: str | None = None) -> int:
        return self.unit_start if group == "unit" else self.n_start

    def end(self, group: str | None = None) -> int:
        return self.n_start + len(self.n) if group == "n" else self.link_end


def announcements(text: str, layer, with_is: bool = False) -> list[_Announcement]:
    found = []
    found_long = []
    for quantity in layer.quantities:
        if quantity.kind == "ratio" and quantity.total and quantity.value < quantity.total and with_is:
            # "có 5/34 tỉnh, thành phố có tỷ lệ … cao nhất là A, B, C và D": the ratio's part is the count its list
            # names (read after "là" only, a warning)
            if quantity.head and not quantity.decimals and quantity.value < 30 and (
                    match := _ANNOUNCED_IS_LONG.match(text, quantity.end)) and match["unit"].lower().startswith(
                    quantity.head) and not _EXAMPLES.search(match["unit"]) and not (
                    _DIGIT.search(match["unit"]) and not _MADE_OF.search(text, match.end("unit"), match.end())):
                # (a description holding a share is announced by "gồm" only: "5/18 xã có tỷ lệ … dưới 2%, cao nhất là
                # A, B và C" names the first of them)
                part = quantity.text.split("/")[0].strip()
                found.append(_Announcement(part, quantity.start, match["unit"], match.start("unit"), match.end(),
                                           soft=True))
            continue
        if quantity.kind != "count" or quantity.head is None or quantity.decimals or quantity.value >= 100:
            continue
        match = _ANNOUNCED.match(text, quantity.end)
        if match and "," in match["unit"] and any(head_of(p.strip())[1] is None for p in match["unit"].split(",")[1:]):
            match = None  # "45 đảng viên, trong đó:" is a breakdown; "4 cơ quan, đơn vị:" two nouns of one list
        if match and match["link"].lstrip().startswith(")") and _MADE_OF_BRACKET.search(
                text, max(0, quantity.start - 16), quantity.start):
            match = None  # "bảng C (gồm 6 địa phương): A nhất, B nhì, C ba": the bracket tells what the noun before it
            # is made of; the colon after it is that noun's, and what follows is not the 6
        if match:
            found.append(_Announcement(quantity.text, quantity.start, match["unit"], match.start("unit"), match.end()))
        elif quantity.period and (tail := _period_tail(text, quantity)):
            found.append(tail)
        elif with_is and (match := _ANNOUNCED_IS.match(text, quantity.end)) and quantity.head and \
                match["unit"].lower().startswith(quantity.head):
            # "cả 4 công trình trọng điểm là A, B và C", "3 đảng viên được tặng Huy hiệu Đảng là các đồng chí A, B":
            # "là" announces a list less surely than "gồm" or ":" (a warning)
            found.append(_Announcement(quantity.text, quantity.start, match["unit"], match.start("unit"), match.end(),
                                       soft=True))
        elif quantity.noun_class == "organisation" and (match := _ANNOUNCED_LONG_GOM.match(text, quantity.end)) and \
                quantity.head and match["unit"].lower().startswith(quantity.head) and not _EXAMPLES.search(match["unit"]):
            # "có 5 chi bộ được công nhận trong sạch, vững mạnh tiêu biểu gồm Chi bộ thôn 1, …": the items that open
            # with the noun count (a warning)
            found_long.append((quantity, _Announcement(quantity.text, quantity.start, match["unit"][:len(quantity.head)],
                                                       match.start("unit"), match.end(), named=True)))
        elif quantity.noun_class == "organisation" and (match := _ANNOUNCED_LONG_COLON.match(text, quantity.end)) and \
                quantity.head and match["unit"].lower().startswith(quantity.head) and not _EXAMPLES.search(match["unit"]) \
                and not _LINKED.search(match["unit"]):
            # "tặng giấy khen cho 4 chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền (2015 - 2019): Chi bộ A, …", "Có 3
            # trường được công nhận mới đạt chuẩn quốc gia trong năm học: Trường A, …": a count described at length,
            # then a colon and its list; the items that open with the noun count (a warning)
            found_long.append((quantity, _Announcement(quantity.text, quantity.start, match["unit"][:len(quantity.head)],
                                                       match.start("unit"), match.end(), named=True)))
        elif quantity.noun_class == "organisation" and (match := _ANNOUNCED_NEXT_SENTENCE.match(text, quantity.end)) and \
                quantity.head and match["unit"].lower().startswith(quantity.head) and not _EXAMPLES.search(match["unit"]):
            # "Có 7 đảng bộ trực thuộc Thành ủy đã kết nạp vượt kế hoạch. Cụ thể, Đảng bộ huyện A kết nạp …; … và
            # Đảng bộ quận B …": the next sentence lists the bodies, each opening with the noun (a warning)
            found_long.append((quantity, _Announcement(quantity.text, quantity.start, match["unit"][:len(quantity.head)],
                                                       match.start("unit"), match.end(), named=True,
                                                       next_sentence=True)))
        elif quantity.noun_class == "person":
            # "đã xử lý 3 đối tượng sử dụng trái phép chất ma túy bằng hình thức …: Nguyễn Văn T., …"
            match = _ANNOUNCED_LONG.match(text, quantity.end)
            if match and quantity.head and match["unit"].lower().startswith(quantity.head) and not _EXAMPLES.search(
                    match["unit"]):
                head = match["unit"][:len(quantity.head)]  # the finding names the count and its noun only
                found_long.append((quantity, _Announcement(quantity.text, quantity.start, head, match.start("unit"),
                                                           match.end(), long=True)))
        elif quantity.noun_class not in (None, "person") and quantity.head and (
                match := _ANNOUNCED_DESCRIBED.match(text, quantity.end)) and \
                match["unit"].lower().startswith(quantity.head) and not _EXAMPLES.search(match["unit"]):
            # "tổ chức 4 lớp học tập, bồi dưỡng gồm: lớp …, lớp …, lớp …", "04 lớp tập huấn chuyển giao khoa học kỹ
            # thuật, gồm:" then its lines: a count described at length (or by two verbs), then "gồm:" and its list;
            # the items that open with the noun, or the lines under it, count (inline: a warning)
            found.append(_Announcement(quantity.text, quantity.start, match["unit"][:len(quantity.head)],
                                       match.start("unit"), match.end(), soft=True))
        elif quantity.noun_class == "item" and quantity.head and (
                match := _ANNOUNCED_ORDINALS.match(text, quantity.end)) and match["unit"].lower().startswith(
                quantity.head) and (_word_ordinal_items(text[match.end():]) or _numbered_items(text[match.end():])):
            # "4 nhóm giải pháp trọng tâm cho 6 tháng cuối năm: một là, …; hai là, …": a description of any length
            # (a span of months, a year in it), then the colon and items counted by their own ordinals
            found.append(_Announcement(quantity.text, quantity.start, match["unit"][:len(quantity.head)],
                                       match.start("unit"), match.end()))
    for quantity, announcement in found_long:
        # "3 đồng chí được tặng Huy hiệu 30 năm và 2 đồng chí được tặng Huy hiệu 40 năm: A, B, …": one list for both
        if not any(q is not quantity and q.clause == quantity.clause and q.noun_class == quantity.noun_class
                   and q.start < announcement.link_end for q in layer.quantities):
            found.append(announcement)
    return found


_ANNOUNCED_IS = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:\s++(?:[^\W\d_]+|(?<=năm\s)\d{4}(?!\d))){0,12}?)\s++là(?:\s++các)?(?=\s)",
                           re.IGNORECASE)  # "3 xã đăng ký hoàn thành năm 2020 là A, B và C", "4 huyện đã hoàn thành chỉ
# tiêu phát triển người tham gia tỉnh giao là A (101,2%), B (100,4%), C (102,1%)": described at some length
# (a ratio's noun may be two joined by a comma: "5/34 tỉnh, thành phố có tỷ lệ cử tri đi bầu cao nhất là …")
# (a share among the words: "16/63 địa phương có tỷ lệ giải ngân đạt trên 3% gồm: …")
_ANNOUNCED_IS_LONG = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:,?\s++(?:[^\W\d_]+|\d+(?:,\d+)?%)){0,11}?)\s++(?:là(?:\s++các)?|"
                                r"(?:bao\s+gồm|gồm\s+có|gồm)(?:\s*+:)?)(?=\s)",
                                re.IGNORECASE)
_ANNOUNCED_LONG = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:\s++(?:[^\W\d_]+|\d{1,2}(?=\s+năm\s)|\d{4}\s*[-–]\s*\d{4}))"
                             r"{8,24}?)"
                             r"(?:\s*+\([^()]{1,80}\)(?:\s++(?:bao\s+gồm|gồm\s+có|gồm|là))?"
                             r"|,?\s++(?:bao\s+gồm|gồm\s+có|gồm)(?:\s++(?:các\s+)?(?:đồng\s+chí|ông\s*(?:,|/)?\s*bà|ông|bà))?)?"
                             r"\s*+:",
                             re.IGNORECASE)  # "… được tặng Huy hiệu 30 năm tuổi Đảng:", "… cao nhất (28/28 phiếu) gồm:",
# "… đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I, gồm các đồng chí:"
# bodies described at length before the colon of their list; the years or the span of years they are described by
_ANNOUNCED_LONG_COLON = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:,?\s++(?:[^\W\d_]+|\d{1,2}(?=\s+năm\s)|\(\s*\d{4}\s*[-–]\s*"
                                  r"\d{4}\s*\)|(?<=năm\s)\d{4}(?!\d))){3,24}?)\s*+:", re.IGNORECASE)
# things described at length (a span of months, a year among the words) before the colon of an ordinal list
_ANNOUNCED_ORDINALS = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:,?\s++(?:[^\W\d_]+|\d{1,2}(?=\s+tháng\s)|(?<=năm\s)\d{4}(?!\d)|"
                                 r"\d{4}\s*[-–]\s*\d{4})){0,24}?)\s*+:", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MADE_OF = re.compile(r"gồm", re.IGNORECASE)
_LINKED = re.compile(r"(?<!\w)(?:gồm|là)(?!\w)", re.IGNORECASE)  # (a list "gồm:" is read as such, above)
# a count, words about it (no other number) to the sentence's end, and the next sentence opening its list
_ANNOUNCED_NEXT_SENTENCE = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:,?\s++[^\W\d_]+){0,24}?)\.\s++"
                                      r"(?:Cụ\s+thể|Đó\s+là|Bao\s+gồm|Gồm(?:\s+có)?)\s*+[:,]\s*+")
_ANNOUNCED_DESCRIBED = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:,?\s++[^\W\d_]+){0,20}?),?\s++(?:bao\s+gồm|gồm\s+có|gồm)\s*+:",
                                  re.IGNORECASE)
# (a year or a level's number among the words: "… đạt chuẩn quốc gia mức độ 1 năm 2020 gồm: …")
_ANNOUNCED_LONG_GOM = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:,?\s++(?:[^\W\d_]+|\d+(?:,\d+)?%|(?<=năm\s)\d{4}(?!\d)|"
                                 r"(?<=độ\s)\d(?!\d))){5,32}?),?\s++"
                                 r"(?:bao\s+gồm|gồm\s+có|gồm)"
                                 r"\s*+:?", re.IGNORECASE)


_NOT_A_COUNT = re.compile(r"(?:tháng|ngày|năm|quý|thứ|số|khóa|khoá|lần|Điều|khoản)\s*$", re.IGNORECASE)
_MARKER = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=;))\(?(?P<m>\d{1,2}|[a-zđ])\)(?=\s)")
_BULLET_LINE = re.compile(r"^\s*(?:[-–+•]\s|\(?\d{1,2}[.)]\s|[a-zđ]\)\s)")
_NEW_ANNOUNCEMENT = re.compile(r"\.\s+[^\W\d_]")  # a new sentence ends the list; ";" separates its items


def _new_sentence(text: str) -> re.Match | None:
    """Where a new sentence starts in ``text`` (_NEW_ANNOUNCEMENT), past the dot of an abbreviation: "(TP. Thanh
    Hóa)" in an item is no end of the list (the shared sentence reader's abbreviations)."""
    for found in _NEW_ANNOUNCEMENT.finditer(text):
        if not abbreviation_before(text, found.start()):
            return found
    return None


_TITLE = "Số lượng nêu khác số mục liệt kê"
_MADE_OF_BRACKET = re.compile(r"\(\s*(?:bao\s+gồm|gồm(?:\s+có)?|có|với)\s+$", re.IGNORECASE)

# words that may join two items inside what a reader took as one (resources/list_joiners.txt):
# "tiêu chí môi trường và khu dân cư mẫu" may be two criteria
_JOINER = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in sorted(
    word_list("list_joiners"), key=len, reverse=True)) + r")(?=\s)", re.IGNORECASE)
_ITEM_CUT = re.compile(r"[,;]|" + _JOINER.pattern, re.IGNORECASE)


def _most_items(segment: str) -> int:
    """The most items a list may hold: cut at every ",", ";" and joiner word."""
    return len([p for p in _ITEM_CUT.split(re.sub(r"\([^()]*\)", "", segment)) if p and p.strip(" .")])


@rule("count-mismatch", severity=Severity.ERROR, title=_TITLE, examples=(
    Example("Văn phòng, Ban Tổ chức, Ban Tuyên giáo và Ủy ban Kiểm tra là 3 cơ quan tham mưu của Huyện ủy.",
            "3 cơ quan", "4 cơ quan"),
    Example("Văn phòng, Ban Tổ chức, Ban Tuyên giáo và Ủy ban Kiểm tra là 4 cơ quan tham mưu của Huyện ủy."),
    # places or bodies described at length (a share among the words), then "gồm" and their names closed by "và"
    Example("Có 7 xã có tỷ lệ tiêm chủng đạt 100%, gồm các xã: Tân An, Tân Hòa, Phú Mỹ, Phú Lâm, Hòa Bình và Hòa Lợi.",
            "7 xã", "6 xã"),
    Example("Có 7 xã có tỷ lệ tiêm chủng đạt 100%, gồm các xã: Tân An, Tân Hòa, Phú Mỹ, Phú Lâm, Hòa Bình, Hòa Lợi và "
            "Hòa Phú."),
    Example("Có 6 xã có tỷ lệ hộ nghèo dưới 2% gồm: Tân An, Tân Hòa, Phú Mỹ, Phú Lâm, Hòa Lợi."),
    Example("Đến nay, có 6/18 xã có tỷ lệ hộ nghèo dưới 2% gồm: Tân An, Tân Hòa, Phú Mỹ, Phú Lâm và Hòa Lợi.", "6/18"),
    Example("Đến nay, có 5/18 xã có tỷ lệ hộ nghèo dưới 2%, cao nhất là Tân An, Tân Hòa và Phú Mỹ."),
    Example("Trong quý I, có 6/25 địa phương có tỉ lệ giải ngân đạt trên 5% gồm: Tân Phú, Định Quán, Vĩnh Cửu, Long "
            "Thành và Nhơn Trạch.", "6/25"),
    # a bracket telling what the noun before it is made of ("(gồm 6 …)", "(có 8 xã)"): the colon after it is that noun's
    Example("Ở khối B (gồm 6 trường trung học cơ sở): Trường Lê Lợi nhất, Trường Quang Trung nhì, Trường Kim Đồng ba."),
    Example("Cụm thi đua số 2 (có 8 xã): xã Tân An dẫn đầu, xã Tân Lập xếp thứ hai."),
    Example("Đội tuyển của huyện (bao gồm 5 vận động viên): Nguyễn Văn Hùng giành huy chương vàng, Lê Văn Tâm huy "
            "chương bạc."),
    Example("Tặng giấy khen cho các chi bộ (03 chi bộ): Chi bộ thôn Đông, Chi bộ thôn Tây.", "03 chi bộ"),
    # a list whose items run on into the next sentences (opening as an item did, or with the announced noun): the run's
    # items are counted, and fewer than announced in all of it is still a warning
    Example("Hội nghị thảo luận 6 nội dung: công tác xây dựng Đảng; công tác kiểm tra, giám sát. Công tác dân vận; "
            "công tác thi đua, khen thưởng.", "6 nội dung", "4 nội dung"),
    Example("Chi bộ đề ra 5 giải pháp: tăng cường giáo dục chính trị; tăng cường kiểm tra, giám sát. Tăng cường sinh "
            "hoạt chuyên đề; tăng cường phát triển đảng viên.", "5 giải pháp", "4 giải pháp"),
    Example("Năm tới, Hội tập trung 7 nhiệm vụ: đẩy mạnh tuyên truyền; đẩy mạnh phong trào thi đua. Đẩy mạnh hỗ trợ "
            "hội viên vay vốn; đẩy mạnh phát triển hội viên.", "7 nhiệm vụ", "4 nhiệm vụ"),
    Example("Chi bộ đề ra 4 giải pháp: tăng cường giáo dục chính trị; tăng cường kiểm tra, giám sát. Tăng cường sinh "
            "hoạt chuyên đề; tăng cường phát triển đảng viên."),
    Example("Năm tới, Hội tập trung 5 nhiệm vụ: đẩy mạnh tuyên truyền; đẩy mạnh phong trào thi đua. Đẩy mạnh hỗ trợ "
            "hội viên vay vốn; đẩy mạnh phát triển hội viên. Đẩy mạnh công tác an sinh xã hội."),
    Example("Hội nghị thảo luận 5 nội dung: công tác xây dựng Đảng; công tác kiểm tra, giám sát. Công tác dân vận; "
            "công tác thi đua, khen thưởng; công tác cải cách hành chính."),
    Example("Phiên họp sẽ xem xét 6 tờ trình về: Điều chỉnh kế hoạch đầu tư công năm 2025; phân bổ vốn sự nghiệp. Điều "
            "chỉnh dự toán thu, chi ngân sách; quyết toán ngân sách năm 2024. Tờ trình về biên chế, tờ trình về giá "
            "đất."),
    Example("Hội nghị thảo luận 7 nội dung: Công tác xây dựng Đảng năm 2025; phương hướng năm 2026. Công tác kiểm tra, "
            "giám sát; công tác dân vận. Nội dung về nhân sự; nội dung về thi đua."),
    Example("Kỳ họp thông qua 6 báo cáo: kết quả thực hiện nhiệm vụ năm 2025; nhiệm vụ năm 2026. Báo cáo thẩm tra của "
            "các Ban; báo cáo công tác của Tòa án, Viện kiểm sát."),
    Example("Chi đoàn thực hiện 5 công trình thanh niên: sửa đường làng, trồng cây xanh, làm cổng chào. Công trình sửa "
            "đường làng dài 2 km.", "5 công trình"),
    # bodies described at length (a span of years too) before the colon of their list
    Example("Tặng giấy khen cho 4 chi bộ hoàn thành xuất sắc nhiệm vụ 3 năm liền (2022 - 2024): Chi bộ thôn Đông, Chi "
            "bộ thôn Tây, Chi bộ Trạm Y tế.", "4 chi bộ"),
    Example("Tặng giấy khen cho 3 chi bộ hoàn thành xuất sắc nhiệm vụ 3 năm liền (2022 - 2024): Chi bộ thôn Đông, Chi "
            "bộ thôn Tây, Chi bộ Trạm Y tế."),
    # a ratio's part announces the list its "là" names (a warning)
    Example("Toàn huyện có 3/12 xã, thị trấn chưa đạt chuẩn tiếp cận pháp luật là xã An Phú, xã Bình Minh.",
            "3/12 xã", "2/12 xã"),
    Example("Toàn huyện có 2/12 xã, thị trấn chưa đạt chuẩn tiếp cận pháp luật là xã An Phú, xã Bình Minh."),
    Example("Có 4/21 đơn vị có tỷ lệ thu cao nhất là Phòng Tài chính, Trường Tiểu học Hòa Bình, Trạm Y tế xã An Lạc.",
            "4/21 đơn vị"),
    Example("Có 3/15 chi bộ xếp loại hoàn thành nhiệm vụ là do chưa thực hiện tốt việc sinh hoạt định kỳ."),
    # described at length before "là" (each name with its figure in brackets), or with an aside in brackets before
    # "gồm:"; a ratio's part announcing the names "gồm" lists, set apart by ";" (a warning)
    Example("Có 4 huyện đã hoàn thành chỉ tiêu phát triển người tham gia tỉnh giao là Tiên Phước (101,2%), Hiệp Đức "
            "(100,4%), Phước Sơn (102,1%).", "4 huyện", "3 huyện"),
    Example("Có 3 huyện đã hoàn thành chỉ tiêu phát triển người tham gia tỉnh giao là Tiên Phước (101,2%), Hiệp Đức "
            "(100,4%), Phước Sơn (102,1%)."),
    Example("Kết quả, 3 đồng chí có số phiếu tín nhiệm cao nhất (24/24 phiếu, chiếm 100%) gồm: Lê Văn Tám - Bí thư "
            "Huyện ủy, Chủ tịch HĐND huyện và Trần Thị Hoa - Phó Bí thư Thường trực Huyện ủy.", "3 đồng chí",
            "2 đồng chí"),
    Example("Kết quả, 2 đồng chí có số phiếu tín nhiệm cao nhất (24/24 phiếu, chiếm 100%) gồm: Lê Văn Tám - Bí thư "
            "Huyện ủy, Chủ tịch HĐND huyện và Trần Thị Hoa - Phó Bí thư Thường trực Huyện ủy."),
    Example("Ban Thường vụ đã giới thiệu 3 đồng chí (theo thứ tự số phiếu từ cao xuống thấp) gồm: ông Lê Văn Tám, bà "
            "Trần Thị Hoa.", "3 đồng chí", "2 đồng chí"),
    Example("Năm 2025 có 5 trường được công nhận đạt chuẩn quốc gia mức độ cao là Trường Tiểu học Hòa Bình, Trường THCS "
            "Lê Lợi, Trường Mầm non Hoa Sen và Trường THCS Kim Đồng.", "5 trường", "4 trường"),
    Example("Hội nghị giới thiệu 4 đồng chí đủ tiêu chuẩn tham gia Ban Chấp hành khóa mới (xếp theo số phiếu) gồm: ông "
            "Lê Văn Tám, bà Trần Thị Hoa, ông Nguyễn Văn Bình.", "4 đồng chí", "3 đồng chí"),
    Example("Kết quả có 9/24 tổ chức cơ sở đảng đạt trong sạch vững mạnh gồm Đảng bộ xã An Phú; Tân Lập; Hòa Bình; "
            "Đảng bộ Quân sự huyện; Trung tâm Y tế huyện; Tòa án nhân dân huyện, Viện Kiểm sát nhân dân huyện; Kho bạc "
            "Nhà nước.", "9/24", "8/24"),
    Example("Kết quả có 8/24 tổ chức cơ sở đảng đạt trong sạch vững mạnh gồm Đảng bộ xã An Phú; Tân Lập; Hòa Bình; "
            "Đảng bộ Quân sự huyện; Trung tâm Y tế huyện; Tòa án nhân dân huyện, Viện Kiểm sát nhân dân huyện; Kho bạc "
            "Nhà nước."),
    Example("Có 4/19 xã, thị trấn hoàn thành sớm kế hoạch gồm Tân An, Tân Lập, Phú Lộc.", "4/19", "3/19"),
    Example("Năm nay có 3/12 xã đạt chuẩn gồm: Tân An; Tân Lập đạt 18 tiêu chí; Phú Lộc."),
    Example("Sau khi sắp xếp, cả tỉnh có 9 xã đảo: huyện Vân Sơn có 3 xã là Hải An, Hải Bình và Hải Đông; huyện Cát "
            "Tiên có xã Bạch Long và Long Hải; huyện Cô Sơn có xã Đảo Nhỏ; huyện Hòn Mê có xã Hòn Mê."),
    # the dot of an abbreviation ("TP.") inside an item ends no list; a bracket's commas cut no item; a level's number
    # or a year among the words of a long announcement
    Example("4 trường tiểu học đạt chuẩn năm nay gồm: Trường Tiểu học An Phú và Trường Tiểu học Bình Minh (TP. Thanh "
            "Hóa), Trường Tiểu học Hòa Lạc (huyện Yên Định); Trường Tiểu học Tân Thành (huyện Nga Sơn)."),
    Example("5 trường tiểu học đạt chuẩn năm nay gồm: Trường Tiểu học An Phú và Trường Tiểu học Bình Minh (TP. Thanh "
            "Hóa), Trường Tiểu học Hòa Lạc (huyện Yên Định); Trường Tiểu học Tân Thành (huyện Nga Sơn).",
            "5 trường tiểu học", "4 trường tiểu học"),
    Example("Năm 2025 có 5 trường mầm non được công nhận đạt chuẩn quốc gia mức độ 2 gồm: Trường Mầm non Hoa Sen, "
            "Trường Mầm non Sơn Ca (xã Tân Hòa, huyện Phú Lương), Trường Mầm non Họa Mi và Trường Mầm non Vàng Anh.",
            "5 trường"),
    Example("Năm 2025 có 4 trường mầm non được công nhận đạt chuẩn quốc gia mức độ 2 gồm: Trường Mầm non Hoa Sen, "
            "Trường Mầm non Sơn Ca (xã Tân Hòa, huyện Phú Lương), Trường Mầm non Họa Mi và Trường Mầm non Vàng Anh."),
    # the names end where ";" opens the next count
    Example("Hội nghị bầu 3 đồng chí Phó Bí thư là: Ngô Thành Trung và Lê Văn Quý; 1 đồng chí Chủ nhiệm Ủy ban Kiểm "
            "tra.", "3 đồng chí", "2 đồng chí"),
    Example("Hội nghị bầu 2 đồng chí Phó Bí thư là: Ngô Thành Trung và Lê Văn Quý; 1 đồng chí Chủ nhiệm Ủy ban Kiểm "
            "tra."),
    Example("Chi bộ Thôn 1, Chi bộ Thôn 2 và Chi bộ Trường Tiểu học là hai chi bộ được khen thưởng.",
            "hai chi bộ", "ba chi bộ"),
    Example("Chi bộ Thôn 1, Chi bộ Thôn 2 và Chi bộ Trường Tiểu học là ba chi bộ được khen thưởng."),
    Example("Xã Tân An, xã Tân Phú và thị trấn Tân Hòa là 2 đơn vị về đích nông thôn mới.", "2 đơn vị", "3 đơn vị"),
    Example("Xã Tân An, xã Tân Phú và thị trấn Tân Hòa là 3 đơn vị về đích nông thôn mới."),
    # names of their own, without the kind of body before each
    Example("Các trường Mầm non Hoa Sen, Tiểu học Kim Đồng, THCS Lê Lợi và THCS Chu Văn An là 3 trường đạt chuẩn "
            "quốc gia.", "3 trường", "4 trường"),
    Example("Các trường Mầm non Hoa Sen, Tiểu học Kim Đồng, THCS Lê Lợi và THCS Chu Văn An là 4 trường đạt chuẩn "
            "quốc gia."),
    # names in brackets after the count (a warning)
    Example("Năm 2024 có 4 xã (Tân An, Tân Phú và Tân Hòa) được công nhận đạt chuẩn nông thôn mới.", "4 xã", "3 xã"),
    Example("Năm 2024 có 3 xã (Tân An, Tân Phú và Tân Hòa) được công nhận đạt chuẩn nông thôn mới."),
    Example("Chi hội thôn 1, chi hội thôn 3 và chi hội thôn Nà Lầu là 4 chi hội được tặng Giấy khen.", "4 chi hội",
            "3 chi hội"),
    # titles in quotation marks, nothing else in the list (a warning)
    Example('Hội đã xây dựng 3 mô hình: "Phụ nữ giúp nhau phát triển kinh tế", "Gia đình 5 không 3 sạch", "Tiết kiệm '
            'vì phụ nữ nghèo" và "Câu lạc bộ dân vũ".', "3 mô hình", "4 mô hình"),
    # people announced with a long description before the colon: their names count (a warning)
    Example("Đã xử lý 3 đối tượng sử dụng trái phép chất ma túy bằng hình thức đưa vào cơ sở cai nghiện bắt buộc: "
            "Nguyễn Văn T., Lê Văn H., Trần Thị M. và Vũ Văn K.", "3 đối tượng", "4 đối tượng"),
    Example("Ủy ban nhân dân xã tặng giấy khen cho ba tập thể: Trạm Y tế xã, Trường Mầm non Sơn Ca, Công an xã và "
            "Hợp tác xã Nông nghiệp Tân Tiến.", "ba tập thể", "bốn tập thể"),
    # Not a list of names before "là": a sentence, a person with a title.
    Example("Năm nay, công tác kiểm tra, giám sát là 1 trong 3 nhiệm vụ trọng tâm."),
    Example("Đồng chí Nguyễn Văn An, Bí thư Chi bộ và đồng chí Lê Thị Bình là 2 đại biểu dự Đại hội."),
    Example("Chi bộ đã đề ra 2 giải pháp: một là, tăng cường giáo dục; hai là, kiện toàn tổ chức."),
    Example("Chi bộ đề ra 3 giải pháp: một là, tăng cường giáo dục; hai là, kiện toàn tổ chức; ba là, đổi mới "
            "sinh hoạt; bốn là, kiểm tra, giám sát.", "3 giải pháp", "4 giải pháp"),
    # items after a colon, cut at every ",", "và": fewer than announced is sure (a warning)
    Example("Các chi đoàn thực hiện 05 công trình thanh niên: tuyến đường hoa thôn Nà Mò, sân bóng chuyền thôn "
            "Khuổi Pụt, tuyến đèn thôn Nà Cà, bể chứa nước sạch tại điểm trường Lũng Vài.", "05 công trình"),
    Example("Hội nghị thống nhất 3 nhóm giải pháp: nâng cao chất lượng sinh hoạt chi bộ, đẩy mạnh phát triển "
            "đảng viên, tăng cường kiểm tra giám sát."),
    Example("Chi bộ đề ra 2 nhiệm vụ: phát triển kinh tế, văn hóa, xã hội và bảo đảm quốc phòng, an ninh."),
    Example("Hội nghị tập trung thảo luận 3 nội dung: Thứ nhất, công tác xây dựng Đảng. Thứ hai, phát triển kinh tế. "
            "Thứ ba, quốc phòng, an ninh."),
    Example("Đảng ủy tặng Giấy khen cho các tổ chức đảng là Chi bộ thôn Kon Brông, Chi bộ Trạm Y tế xã và Chi bộ "
            "Công an xã (tổng cộng 04 tập thể).", "04 tập thể", "03 tập thể"),
    # people named, then counted after "là" (a warning); bodies after a long description and "gồm" (a warning)
    Example("Đồng chí Nguyễn Văn An, đồng chí Trần Thị Bình và đồng chí Lê Văn Cường là 2 đồng chí được đề nghị tặng "
            "Giấy khen.", "2 đồng chí", "3 đồng chí"),
    Example("Năm 2025 có 5 chi bộ được công nhận trong sạch, vững mạnh tiêu biểu gồm Chi bộ thôn 1, Chi bộ thôn 2, "
            "Chi bộ thôn 4 và Chi bộ Trạm Y tế.", "5 chi bộ", "4 chi bộ"),
    Example("Năm 2025 có 4 chi bộ được công nhận trong sạch, vững mạnh tiêu biểu gồm Chi bộ thôn 1, Chi bộ thôn 2, "
            "Chi bộ thôn 4 và Chi bộ Trạm Y tế."),
    # people named one by one, titles between them
    Example("Tổ kiểm phiếu gồm 3 đồng chí: Nguyễn Văn Hải (Tổ trưởng), Trần Văn Nam, Lê Thị Hoa và Đinh Văn Sơn.",
            "3 đồng chí", "4 đồng chí"),
    Example("Tổ kiểm phiếu gồm 4 đồng chí: Nguyễn Văn Hải (Tổ trưởng), Trần Văn Nam, Lê Thị Hoa và Đinh Văn Sơn."),
    Example("Ban Chỉ đạo gồm 05 đồng chí: đồng chí Nguyễn Văn An, Bí thư Đảng ủy; đồng chí Trần Thị Bình, Phó Bí thư; "
            "đồng chí Lê Văn Cường, Chủ tịch UBND xã; đồng chí Phạm Thị Dung, Chủ tịch UBMTTQ xã.",
            "05 đồng chí", "04 đồng chí"),
    # fewer items than announced, one holding a joiner ("và", "cùng", "với"): ambiguous, silent
    Example("Đến nay xã còn 3 tiêu chí chưa đạt gồm: tiêu chí cơ sở vật chất văn hóa, tiêu chí môi trường và khu "
            "dân cư mẫu."),
    Example("Chi bộ đề ra 3 nhiệm vụ trọng tâm gồm: nhiệm vụ phát triển kinh tế cùng bảo đảm an ninh trật tự, nhiệm "
            "vụ xây dựng Đảng."),
    Example("Phường còn 4 tiêu chí chưa đạt, gồm: tiêu chí nhà ở dân cư, tiêu chí y tế.", "4 tiêu chí", "2 tiêu chí"),
    # a count described at length or by two verbs, then "gồm:" and items that each open with its noun (a warning)
    Example("Trong năm, Hội tổ chức 4 lớp học tập, bồi dưỡng gồm: lớp nghiệp vụ công tác hội, lớp kỹ năng tuyên "
            "truyền, lớp tin học văn phòng.", "4 lớp", "3 lớp"),
    Example("Trong năm, Hội tổ chức 3 lớp học tập, bồi dưỡng gồm: lớp nghiệp vụ công tác hội, lớp kỹ năng tuyên "
            "truyền, lớp tin học văn phòng."),
    Example("Trong năm, Hội tổ chức 4 lớp học tập, bồi dưỡng gồm: nghiệp vụ công tác hội, kỹ năng tuyên truyền, tin "
            "học văn phòng."),
    # the count in brackets before its list; items separated by ";"
    Example("Các chi bộ được khen thưởng (03 chi bộ): Chi bộ thôn Đông; Chi bộ thôn Tây; Chi bộ Trường Mầm non; "
            "Chi bộ Quân sự.", "03 chi bộ", "04 chi bộ"),
    # examples, or an item standing for several: not a list to count
    Example("Quốc hội thông qua 11 nghị quyết như: Nghị quyết về giám sát; Nghị quyết về quyết toán ngân sách; "
            "Nghị quyết về xử lý nợ xấu…"),
    Example("Đảng ủy tặng Giấy khen cho 05 chi bộ: Chi bộ thôn 1 - 3, Chi bộ Trường Mầm non và Chi bộ Trạm Y tế."),
    Example("Ban Chỉ đạo gồm 7 đồng chí: đồng chí Bí thư Đảng ủy làm Trưởng ban, đồng chí Chủ tịch UBND xã làm Phó "
            "Trưởng ban và các thành viên là trưởng các ban, ngành."),
    # things described at any length (a span of months, a year) before the colon of an ordinal or numbered list
    Example("Đảng ủy thống nhất 4 nhóm giải pháp trọng tâm cho 3 tháng cuối năm 2024: một là, đẩy nhanh giải ngân vốn "
            "đầu tư; hai là, hoàn thành thu ngân sách; ba là, chăm lo Tết cho hộ nghèo.", "4 nhóm giải pháp",
            "3 nhóm giải pháp"),
    Example("Đảng ủy thống nhất 3 nhóm giải pháp trọng tâm cho 3 tháng cuối năm 2024: một là, đẩy nhanh giải ngân vốn "
            "đầu tư; hai là, hoàn thành thu ngân sách; ba là, chăm lo Tết cho hộ nghèo."),
    Example("UBND phường đề ra 2 nhiệm vụ cấp bách trong 6 tháng đầu năm: (1) chỉnh trang vỉa hè các tuyến phố chính; "
            "(2) số hóa hồ sơ hộ tịch; (3) tổng vệ sinh môi trường.", "2 nhiệm vụ", "3 nhiệm vụ"),
    Example("Năm nay, chi bộ đề ra 4 giải pháp trọng tâm cho 6 tháng cuối năm: nâng cao chất lượng sinh hoạt, đẩy mạnh "
            "phát triển đảng viên, tăng cường kiểm tra."),
    # people described at length, then "gồm các đồng chí:" / "bao gồm các ông, bà:" and their names (a warning)
    Example("Đại hội bầu 5 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ huyện lần thứ XXI, gồm các đồng chí: "
            "Lê Văn An, Trần Thị Bình, Phạm Văn Cường và Ngô Thị Dung.", "5 đại biểu", "4 đại biểu"),
    Example("Hội nghị cử tri đã giới thiệu 3 người ứng cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031, bao gồm "
            "các ông, bà: Hoàng Văn Tám, Lò Thị Hoa.", "3 người", "2 người"),
    Example("Đại hội bầu 4 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ huyện lần thứ XXI, gồm các đồng chí: "
            "Lê Văn An, Trần Thị Bình, Phạm Văn Cường và Ngô Thị Dung."),
    # bodies described at length before ", gồm:" (a warning)
    Example("Năm 2024 có 3 bệnh viện được nâng hạng hoặc công nhận đạt mức chất lượng cao hơn, gồm: Bệnh viện Đa khoa "
            "huyện Tân Sơn và Bệnh viện Phục hồi chức năng tỉnh.", "3 bệnh viện", "2 bệnh viện"),
    Example("Năm 2024 có 2 bệnh viện được nâng hạng hoặc công nhận đạt mức chất lượng cao hơn, gồm: Bệnh viện Đa khoa "
            "huyện Tân Sơn và Bệnh viện Phục hồi chức năng tỉnh."),
    # items set apart by ";" and opening with the same words, each told with its own commas (a warning); items of
    # several openings ("chỉnh trang đô thị, vỉa hè" may be two) or joined by "và" prove nothing
    Example("Đến hết năm, thành phố có 4 chỉ tiêu không đạt là: tỷ lệ doanh nghiệp có hệ thống xử lý nước thải; tỷ lệ "
            "trạm y tế xã, phường đạt chuẩn quốc gia; tỷ lệ thiết chế văn hóa cấp huyện, cấp xã hoạt động hiệu quả.",
            "4 chỉ tiêu", "3 chỉ tiêu"),
    Example("Tỉnh còn 5 tiêu chí chưa hoàn thành: số xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu; "
            "số xã có đường huyện được nhựa hóa; số xã có trạm y tế đạt chuẩn.", "5 tiêu chí", "3 tiêu chí"),
    Example("Đến hết năm, thành phố có 3 chỉ tiêu không đạt là: tỷ lệ doanh nghiệp có hệ thống xử lý nước thải; tỷ lệ "
            "trạm y tế xã, phường đạt chuẩn quốc gia; tỷ lệ thiết chế văn hóa cấp huyện, cấp xã hoạt động hiệu quả."),
    Example("Đến nay, phường còn 5 nhiệm vụ chưa hoàn thành: chỉnh trang đô thị, vỉa hè; cải tạo chợ trung tâm; số "
            "hóa hồ sơ địa chính, hộ tịch."),
    Example("Xã còn 3 tiêu chí chưa đạt: giao thông; môi trường và an toàn thực phẩm."),
    # a list pairing other people with the counted ones, who are named again by their noun: not all of them
    Example("Chi bộ phân công 4 đảng viên giúp đỡ 2 quần chúng ưu tú: đồng chí Lê Văn An và Trần Thị Bình kèm cặp quần "
            "chúng Ngô Văn Cường; đồng chí Phạm Văn Dũng và Võ Thị Em kèm cặp quần chúng Đỗ Thị Giang."),
    Example("Giao 3 giáo viên phụ đạo 2 học sinh: cô Lê Thị An và thầy Trần Văn Bình phụ đạo học sinh Ngô Văn Cường, "
            "cô Phạm Thị Dung phụ đạo học sinh Đỗ Thị Giang."),
))
def count_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """The number announced before "gồm"/":" must equal the items that follow in the same
    paragraph, counted as numbered markers (1) (2) … or a) b) …, or, when there are no
    markers, as ";"/","-separated items each opening with the announced noun
    ("5 chi bộ gồm: Chi bộ A; Chi bộ B; …"). A list it cannot read is left alone."""
    layer = quantities_of(ctx)
    for match in announcements(ctx.text, layer, with_is=True):
        for issue in _announced_list(ctx, match):
            yield replace(issue, severity=Severity.WARNING) if match.soft else issue
    yield from _count_after_list(ctx)
    if "(" in ctx.text:
        yield from _names_in_bracket(ctx)


# a count of bodies or places, then their names in brackets: "có 5 tỉnh (Nam Định, Đồng Nai, Hà Nam, Hưng Yên và Hải
# Dương)"
_BRACKET_AFTER_COUNT = re.compile(r"\s++(?P<unit>[^\W\d_]+(?:\s++[^\W\d_]+){0,3}?)\s*+\((?P<inside>[^()]{3,300})\)")


def _names_in_bracket(ctx: ParagraphContext) -> Iterator[Issue]:
    """A count of bodies or places followed by a bracket that names them and nothing else ("5 tỉnh (Nam Định,
    Đồng Nai, Hà Nam, Hưng Yên và Hải Dương)"): as many names as the count (a warning: a name may hold a comma)."""
    for quantity in quantities_of(ctx).quantities:
        if quantity.kind != "count" or quantity.noun_class != "organisation" or quantity.decimals or \
                quantity.value >= 30 or quantity.head is None:
            continue
        match = _BRACKET_AFTER_COUNT.match(ctx.text, quantity.end)
        if match is None or not match["unit"].lower().startswith(quantity.head) or any(
                c.isdigit() for c in match["inside"]):
            continue
        named = _named_items(match["inside"], quantity.head)
        if named is None:
            continue
        announcement = _Announcement(quantity.text, quantity.start, match["unit"], match.start("unit"),
                                     match.start("inside"))
        for issue in _compare(ctx.text, announcement, named):
            yield replace(issue, severity=Severity.WARNING)


def _closed_by_and(sentence: str, last: str) -> bool:
    """Whether "và" stands right before the last item of a list written as one sentence ("A, B và C")."""
    return bool(re.search(r"\bvà\s*$", re.split(r";|,", sentence)[-1].split(last.strip())[0]))


_SET_APART = re.compile(r"(?:riêng|ngoài\s+ra|còn)\s", re.IGNORECASE)


def _semicolon_items(first: str, unit: str) -> int | None:
    """Items told at length, each with its own figures and commas, one per ";" ("Đảng bộ A kết nạp 21 đảng viên, đạt
    105%; Đảng bộ B kết nạp …"), every one opening with the announced noun: how many, leaving out the one set apart
    after them ("riêng Đảng bộ C chỉ mới kết nạp …"); None when the list is not so written."""
    segments = [re.sub(r"^(?:và|,)\s+", "", p.strip()) for p in first.split(";") if p.strip()]
    kept = [p for p in segments if not _SET_APART.match(p)]
    if len(segments) < 2 or len(kept) < 2 or any(_SET_APART.match(p) for p in segments[:len(kept)]):
        return None  # (a set-apart item only at the end)
    return len(kept) if all(p.lower().startswith(unit.lower()) for p in kept) else None


def _announced_list(ctx: ParagraphContext, match: _Announcement) -> Iterator[Issue]:
    """The findings on one announced count against the list after it."""
    rest = ctx.text[match.end():]
    sentence = ctx.text[match.end():_sentence_end(ctx.reading.sentences, match.end(), len(ctx.text))]
    if _DEGREE_END.search(sentence) and head_of(match["unit"])[1] == "person":
        # "gồm: BS. Y Thông Niê (Trạm trưởng), YS. Nguyễn Thị Hường, …": a degree's dot ends no sentence
        sentence = ctx.text[match.end():_past_degrees(ctx.text, match.end())]
    if _EXAMPLES.search(match["unit"]) or _ELLIPSIS.search(sentence):
        return  # "11 Nghị quyết như: A; B; …": examples, not the whole list
    if head_of(match["unit"])[1] == "person" and _ATTENDANCE_BEFORE.search(
            ctx.text, max(0, match.start() - 60), match.start()):
        return  # "vắng: 04 chị, gồm chị A, chị B, chị C": the absentees are the attendance rules' to count
    if match.named:  # a warning: only a list whose every item opens with the noun is read
        listed, most = _noun_items(rest, match["unit"])
        end = _new_sentence(rest)
        segment = rest[:end.start()] if end else rest
        first = _first_sentence(segment)
        # (a bracket after an item, "(Xã Yên Thọ, huyện Như Thanh)", is of that item: its commas cut nothing)
        parts = [p for p in re.split(r";|,|\bvà\b", re.sub(r"\([^()]*\)", "", first)) if p.strip()]
        if listed is not None and listed == len(parts) == most and (not match.next_sentence or (
                _closed_by_and(first, parts[-1]) and abs(listed - (_value(match["n"]) or 0)) <= 2)):
            # a list in the next sentence is all of them only when closed by "và" before its last item, and
            # a few items off (a list far shorter than its count names examples)
            for issue in _compare(ctx.text, match, listed):
                yield replace(issue, severity=Severity.WARNING)
        elif not match.next_sentence and (items := _semicolon_items(first, match["unit"])) is not None:
            for issue in _compare(ctx.text, match, items):
                yield replace(issue, severity=Severity.WARNING)
        elif not match.next_sentence and listed is None and (items := _closed_names(first, match["unit"])) is not None:
            # "7 xã có tỷ lệ … đạt 100%, gồm các xã: Tân An, …, Hòa Bình và Hòa Lợi": places or bodies named
            # without their kind, the list closed by "và" before its last name (a warning: a name may hold a comma)
            for issue in _compare(ctx.text, match, items):
                yield replace(issue, severity=Severity.WARNING)
        return
    if match.long:  # a warning: the names after a long description may be another list
        for issue in _compare(ctx.text, match, _people(ctx.text, match, sentence)):
            yield replace(issue, severity=Severity.WARNING)
        return
    if rest.strip():
        listed = _numbered_items(rest) or _word_ordinal_items(rest)
        if listed is None:
            listed, most = _noun_items(rest, match["unit"])
            announced = _value(match["n"])
            if listed is not None and announced is not None and listed < announced < 13 and most > listed:
                # an item holds a joiner ("tiêu chí môi trường và khu dân cư mẫu"): the count is
                # ambiguous, unless even every cut gives fewer than announced (a warning)
                if most < announced:
                    for issue in _compare(ctx.text, match, most):
                        yield replace(issue, severity=Severity.WARNING)
                return
        quoted = _quoted_items(sentence) if listed is None else None
        if quoted is not None:  # '3 mô hình: "Phụ nữ giúp nhau …", "Gia đình 5 không 3 sạch" và "…"'
            for issue in _compare(ctx.text, match, quoted):
                yield replace(issue, severity=Severity.WARNING)
            return
        if listed is None and head_of(match["unit"])[1] == "organisation":
            again = _NOUN_AGAIN.match(sentence)  # "gồm các phường: Phường 1, …"
            named = _named_items(sentence[again.end():] if again and again["noun"].lower().startswith(
                head_of(match["unit"])[0]) else sentence, head_of(match["unit"])[0])
            if named is not None:  # "cho ba tập thể: Trạm Y tế xã, Trường Mầm non Sơn Ca, Công an xã và …"
                for issue in _compare(ctx.text, match, named):
                    yield replace(issue, severity=Severity.WARNING)
                return
        if listed is None and head_of(match["unit"])[1] == "person":
            listed = _people(ctx.text, match, sentence)
        elif listed is None and match.soft:
            return  # after "là", words that are not names may be a description ("4 công trình là niềm tự hào, …")
        elif listed is None and ctx.text[:match.end()].rstrip().endswith(":"):
            yield from _fewer_items(ctx.text, match, sentence, _timed(quantities_of(ctx), match.end(),
                                                                     match.end() + len(sentence)))
            return
        yield from _compare(ctx.text, match, listed)


_NAME_HEADS = re.compile(r"(?:Văn phòng|Ban|Ủy ban|Uỷ ban|Sở|Phòng|Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ|Trường|Xã|xã|Phường|"
                         r"phường|Thị trấn|thị trấn|Thôn|thôn|Tổ|Hội|Đoàn|Công an|Mặt trận|Cục|Chi cục|Trung tâm|"
                         r"Bệnh viện|Công ty|Hợp tác xã|Ấp|ấp|Khu phố|Bản|bản|Huyện|huyện)\b")
_ANOTHER_COUNT = re.compile(r"\s*(?:,|và|cùng|với)\s*(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s",
                            re.IGNORECASE)
_AFTER_LIST = re.compile(r"\s(?:là|gồm)\s+(?:cả\s+)?$|\(\s*(?:(?:tổng\s+cộng|tổng\s+số|cả|gồm)\s*(?:là\s+|có\s+)?)?$",
                         re.IGNORECASE)
_LIST_OPENS = re.compile(r"\s(?:là|gồm|gồm có|bao gồm)\s+(?P<name>\S.*)$")


def _list_before(layer, text: str, quantity):
    """The clause of a count written after its list ("… là 3 cơ quan", "… (03 phong trào)") and the words of
    that clause before the link word, or None when no link stands before the count."""
    clause = layer.clauses[quantity.clause] if quantity.clause < len(layer.clauses) else None
    if clause is None:
        return None
    before = text[clause.start:quantity.start]
    link = _AFTER_LIST.search(before)
    return (clause, before[:link.start()]) if link else None


def _count_after_list(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Văn phòng, Ban Tổ chức, Ban Tuyên giáo và Ủy ban Kiểm tra là 3 cơ quan": a count
    written after its list of names (bodies or places, each opening with its kind) must
    equal the names listed before it in the same clause."""
    layer = quantities_of(ctx)
    text = ctx.text
    for quantity in layer.quantities:
        if quantity.kind == "count" and _ANOTHER_COUNT.match(text, unit_end(text, quantity)):
            continue  # "… là 3 xã và 1 thị trấn": the names before are shared by two counts
        if quantity.kind == "count" and quantity.noun_class in ("person", "household") and 2 <= quantity.value <= 12:
            # households named by their heads: "các hộ ông A, bà B và ông C – 03 hộ gia đình"
            yield from _people_before(ctx, quantity)
            continue
        if quantity.kind == "count" and quantity.noun_class == "item" and 2 <= quantity.value <= 12:
            yield from _titles_before(ctx, quantity)
            continue
        if quantity.kind != "count" or quantity.noun_class != "organisation" or quantity.value < 2:
            continue
        found = _list_before(layer, text, quantity)
        if found is None:
            continue
        clause, listed = found
        listed = listed.strip()
        index = quantity.clause
        while clause.opener == ";" and index > 0 and layer.clauses[index - 1].sentence == clause.sentence and _only_names(
                text[layer.clauses[index - 1].start:layer.clauses[index - 1].end].strip(), quantity.head):
            # "Chi bộ thôn Đông; Chi bộ thôn Tây; Chi bộ Trường Mầm non là 2 chi bộ": names closed by ";"
            index -= 1
            listed = text[layer.clauses[index].start:layer.clauses[index].end].strip() + ", " + listed
            if layer.clauses[index].opener != ";":
                break
        listed = re.sub(r"^(?:(?:Trong đó|Riêng|Cụ thể|Các|Những)\s*,?\s*)", "", listed, flags=re.IGNORECASE)
        items = [i.strip() for i in re.split(r",|\s+và\s+", listed) if i.strip()]
        items = _named_tail(items, quantity.head)
        # "Các trường Mầm non Hoa Sen, Tiểu học Kim Đồng …", "Các thôn Đông, thôn Tây …": the noun opens the first name
        if len(items) < 2 or not all(_a_name(i, quantity.head) for i in items):
            continue
        if len(items) == quantity.value or len(items) < quantity.value and any(_JOINER.search(i) for i in items):
            continue  # equal, or an item holding "cùng"/"với" may be two
        end = unit_end(text, quantity)
        head_end = quantity.end + 1 + len(quantity.head or "") if quantity.head else end
        written = _restate(quantity.text, len(items))
        yield Issue(quantity.start, head_end,
                    f"Nêu {text[quantity.start:head_end]} nhưng trước đó liệt kê {len(items)} tên: "
                    + "; ".join(items) + ".", written + text[quantity.end:head_end],
                    related=_item_spans(text, items, layer.clauses[index].start, quantity.start))


def _item_spans(text: str, items: list[str], start: int, end: int) -> tuple[Related, ...]:
    """Where each listed item stands, in order, between ``start`` and ``end``."""
    spans = []
    for item in items:
        at = text.find(item, start, end)
        if at == -1:
            continue
        spans.append(Related(at, at + len(item), "item"))
        start = at + len(item)
    return tuple(spans)


_NAMES_THEN_COUNT = re.compile(r"(?:các\s+)?(?:đồng\s+chí|ông|bà)\s+(?P<names>[^.;:()–—]{5,200}?)\s*(?:[–—]|\slà(?:\s+cả)?|\((?:\s*cả|\s*gồm)?)\s*$",
                               re.IGNORECASE)


def _people_before(ctx: ParagraphContext, quantity) -> Iterator[Issue]:
    """"giới thiệu các đồng chí Lò Văn Pình, Vi Thị Hạnh, Sầm Văn Chung và Kha Thị Nga – 3 đồng chí
    được đề nghị …": people named before a dash, then counted (a warning: a name may be misread)."""
    text = ctx.text
    match = _NAMES_THEN_COUNT.search(text, max(0, quantity.start - 220), quantity.start)
    if match is None or _UNCOUNTABLE.search(match["names"]):
        return
    names = person_names(match["names"])
    if names is None or len(names) < 2 or len(names) == quantity.value:
        return
    head_end = quantity.end + 1 + len(quantity.head or "") if quantity.head else unit_end(text, quantity)
    yield Issue(quantity.start, head_end, f"Nêu {text[quantity.start:head_end]} nhưng trước đó liệt kê "
                f"{len(names)} người.", _restate(quantity.text, len(names)) + text[quantity.end:head_end],
                severity=Severity.WARNING)


def _titles_before(ctx: ParagraphContext, quantity) -> Iterator[Issue]:
    """'Các mô hình "A", "B" và "C" là 2 mô hình …', '… "C" (03 phong trào)': titles in quotation marks
    listed before the count that counts them (a warning: a title may hold a comma)."""
    layer = quantities_of(ctx)
    text = ctx.text
    found = _list_before(layer, text, quantity)
    if found is None:
        return
    listed = found[1]
    first = _QUOTED_TITLE.search(listed)
    if first is None or len(listed[:first.start()].split()) > 4:
        return  # at most the noun before the titles ("Các mô hình", "Phong trào")
    titles = _quoted_items(listed[first.start():])
    if titles is None or titles == quantity.value:
        return
    end = quantity.end + 1 + len(quantity.head) if quantity.head else unit_end(text, quantity)
    yield Issue(quantity.start, end, f"Nêu {text[quantity.start:end]} nhưng trước đó liệt kê {titles} tên trong "
                "ngoặc kép.", _restate(quantity.text, titles) + text[quantity.end:end], severity=Severity.WARNING)


# a title in quotation marks in a list of titles (either mark may open or close it)
_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]{2,120})[\"”]")


def _quoted_items(sentence: str) -> int | None:
    """How many titles in quotation marks a list holds, when it is nothing else (the marks
    and ",", ";", "và" between them); None otherwise."""
    sentence = sentence.split(";")[0] if sentence.count(";") and not _QUOTED_TITLE.search(sentence.split(";")[-1]) else sentence
    items = _QUOTED_TITLE.findall(sentence)
    if len(items) < 2 or re.sub(r"[,;.\s]|\bvà\b", "", _QUOTED_TITLE.sub("", sentence)):
        return None
    return len(items)


def _named_items(sentence: str, head: str | None = None) -> int | None:
    """How many bodies or places a list names (up to its ";"), when every item is a name
    (_a_name); None when one is not (a list of names only is countable: a name may hold a
    comma, so a warning). Items set apart by ";", three or more, each opening with a capital and
    holding no figure, are names whatever their words ("Đảng bộ xã A; B; Tòa án nhân dân huyện,
    Viện Kiểm sát nhân dân huyện; Bảo hiểm xã hội"): the list, not the first of them."""
    listed = _semicolon_names(sentence)
    if listed is not None:
        return listed
    sentence = sentence.split(";")[0]
    if _UNCOUNTABLE.search(sentence) or _ELLIPSIS.search(sentence):
        return None
    items = [i.strip(" .") for i in re.split(r",|\s+và\s+", re.sub(r"\([^()]*\)", "", sentence)) if i.strip(" .")]
    if any(_joins_two(i) for i in items):
        return None  # "Trạm Y tế xã cùng Công an xã": one name or two
    return len(items) if len(items) >= 2 and all(_a_name(i, head, most=16) for i in items) else None


# the noun told again after "gồm" ("gồm các xã: …", "gồm có các đơn vị: …"): not the first item
_NOUN_AGAIN = re.compile(r"\s*(?:các|những)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*:\s*", re.IGNORECASE)


def _closed_names(first: str, unit: str) -> int | None:
    """How many bodies or places a list after a long description names, when every item is a name (_named_items)
    and "và" stands before the last one, the list being the whole of its sentence; None otherwise."""
    again = _NOUN_AGAIN.match(first)
    if again is not None:
        if not again["noun"].lower().startswith(unit.lower()):
            return None  # "gồm các đơn vị sự nghiệp: …" after "5 trường": another noun, another list
        first = first[again.end():]
    elif first.lstrip(" :")[:1].islower():
        return None  # a description goes on ("gồm có xã A …")
    named = _named_items(first.lstrip(" :"), unit)
    if named is None or ";" in first:
        return None
    parts = [p for p in re.split(r",|\s+và\s+", re.sub(r"\([^()]*\)", "", first)) if p.strip(" .:")]
    return named if len(parts) == named and _closed_by_and(first, parts[-1]) else None


def _joins_two(item: str) -> bool:
    """A joiner inside an item that may join two names: another body's kind after it ("Trạm Y tế xã cùng Công an xã"),
    or an item opened by no body's kind; after a kind, words that open none are the name's own ("Chi bộ Người có công
    với cách mạng tỉnh")."""
    joiners = list(_JOINER.finditer(item))
    if not joiners:
        return False
    if not (_NAME_HEADS.match(item) or _body_kind_at(item, 0)):
        return True
    return any(_body_kind_at(item, j.end() + 1) or item[j.end() + 1:].startswith(item.split()[0] + " ") for j in joiners)


def _semicolon_names(sentence: str) -> int | None:
    """Names set apart by ";" (see _named_items), the first one alone in its piece: "A, B và C; Hải Phòng có đặc khu
    D" is a list of the count's own, then other clauses. Each piece is one name: "và" inside it belongs to the name
    ("Phòng Tài nguyên và Môi trường"), and a joiner before another body's kind ("Phòng Y tế và Trạm Y tế") makes
    the count unknown; a piece holds several names only when each of its "," parts opens with a body's kind
    ("Tòa án nhân dân huyện, Viện Kiểm sát nhân dân huyện")."""
    if _UNCOUNTABLE.search(sentence) or _ELLIPSIS.search(sentence):
        return None
    pieces = [p.strip(" .") for p in re.sub(r"\([^()]*\)", "", sentence).split(";") if p.strip(" .")]
    if len(pieces) < 3 or "," in pieces[0] or any(_PREDICATE.search(p) for p in pieces):
        return None
    items = []
    for piece in pieces:
        parts = [i.strip() for i in piece.split(",") if i.strip()]
        if len(parts) > 1 and not all(_NAME_HEADS.match(i) or _body_kind_at(i, 0) for i in parts):
            return None  # "Phòng Văn hóa, Thông tin": one name or two
        items.extend(parts)
    if all(i[:1].isupper() and len(i.split()) <= 10 and not any(c.isdigit() for c in i) and not any(
            _body_kind_at(i, j.end() + 1) or i[j.end() + 1:].startswith(i.split()[0] + " ")
            for j in _JOINER.finditer(i)) for i in items):
        return len(items)  # ("Phòng Y tế và Phòng Giáo dục", "Công an xã cùng Ban Chỉ huy Quân sự": two)
    return None


def _body_kind_at(text: str, at: int) -> bool:
    """A body's kind (resources/org_heads.txt, as capitalised there) opens ``text`` at ``at``."""
    return any(text.startswith(kind, at) and not text[at + len(kind):at + len(kind) + 1].isalnum()
               for kind in _body_kinds())


@lru_cache(maxsize=1)
def _body_kinds() -> tuple[str, ...]:
    return tuple(word_list("org_heads"))


_PREDICATE = re.compile(r"(?<!\w)(?:có|là|được|đạt|gồm)(?!\w)", re.IGNORECASE)
_LONG_NAME_NOT = re.compile(r"(?<!số\s)\d|(?<!\w)(?:là|được|đạt|gồm|đã|đang|sẽ|vừa)(?!\w)", re.IGNORECASE)


def _a_name(item: str, head: str | None = None, most: int = 8) -> bool:
    """A body or place named in a list: opening with its kind ("Chi bộ thôn Đông", "xã Tân
    An", the counted noun itself: "chi hội thôn 3"; a kind of body of
    resources/quantity_heads.txt with a name: "tổ hợp tác rau an toàn Phố Mới"), or a proper
    name of capitalised words ("Mầm non Hoa Sen", "THCS Lê Lợi"), at most 8 words (``most``, up to 16, after a body's
    kind: "Chi bộ Chi cục Thi hành án dân sự huyện Tân Phú")."""
    words = item.split()
    if not words or len(words) > max(most, 8) or len(words) > 8 and (not _NAME_HEADS.match(item)
                                                                      or _LONG_NAME_NOT.search(item)):
        return False  # (in a list after its count, a body's kind may open a long name: "Chi bộ Hội Người cao tuổi với
        # đồng bào dân tộc huyện", not a clause: "huyện Vân Sơn có 3 xã là Hải An", "Đoàn công tác … đã làm việc với …")
    if _NAME_HEADS.match(item) or head and item.lower().startswith(head.lower() + " "):
        return True
    if head_of(item)[1] == "organisation" and any(w[:1].isupper() or w.isdigit() for w in words[1:]):
        return True
    if words[0][:1].isupper() and len(words) <= 4 and words[-1].isdigit() and not any(c.isdigit() for c in words[:-1]):
        return True  # "Sư đoàn 316", "Lữ đoàn 406": a unit's kind and its number
    return words[0][:1].isupper() and sum(w[:1].isupper() for w in words) >= 2 and not any(c.isdigit() for c in item)


def _name_syllables() -> frozenset[str]:
    """Lower-case syllables that may stand in a body's name after its proper name ("Trạm Y tế
    xã", "Công an huyện"): those of resources/org_continuation.txt and of the name heads."""
    if not _NAME_SYLLABLES:
        heads = _NAME_HEADS.pattern.replace("(?:", "").replace(")\\b", "").replace("\\b", "")
        _NAME_SYLLABLES.update(w.lower() for entry in (*word_list("org_continuation"), *heads.split("|"))
                               for w in entry.split())
    return frozenset(_NAME_SYLLABLES)


_NAME_SYLLABLES: set[str] = set()


def _only_names(clause: str, head: str | None = None) -> bool:
    """"Chi bộ thôn Đông", "Trường Mầm non Hoa Sen, Trạm Y tế xã": a clause that names bodies
    and nothing else; "Chi bộ thôn Tây đạt xuất sắc" has its own predicate after the name."""
    clause = re.sub(r"^[^:]*:\s*", "", clause) if ":" in clause else clause
    items = [i.strip() for i in re.split(r",|\s+và\s+", clause) if i.strip()]
    if not items or not all(_a_name(i, head) for i in items):
        return False
    allowed = _name_syllables()
    for item in items:
        words = item.split()
        last = max((k for k, w in enumerate(words) if w[:1].isupper() or any(c.isdigit() for c in w)), default=0)
        if any(w.lower().strip(".;") not in allowed for w in words[last + 1:]):
            return False  # a lower-case word after the proper name that no name carries: a predicate
    return True


def _named_tail(items: list[str], head: str | None = None) -> list[str]:
    """"… tặng Giấy khen cho các tổ chức … là Chi bộ A, Chi bộ B và Chi bộ C": the names
    after the "là"/"gồm" that opens the list (the clause's earlier words are not items)."""
    for index in range(len(items) - 1, -1, -1):
        opening = _LIST_OPENS.search(items[index])
        if opening and _a_name(opening["name"], head) and index < len(items) - 1:
            return [opening["name"], *items[index + 1:]]
        if not _a_name(items[index], head):
            return items
    return items


@rule("count-mismatch", severity=Severity.ERROR, title=_TITLE, scope="document", examples=(
    Example("Hội nghị đã thảo luận 3 nội dung:\n1. Báo cáo kết quả 9 tháng.\n2. Phương hướng quý IV.", "3 nội dung"),
    Example("Hội nghị đã thảo luận 2 nội dung:\n1. Báo cáo kết quả 9 tháng.\n2. Phương hướng quý IV."),
    Example("Hội nghị thống nhất 3 nhiệm vụ trọng tâm trong quý IV:\n1. Đẩy mạnh thu ngân sách.\n2. Hoàn thành "
            "xây dựng nông thôn mới.\n3. Chuẩn bị đại hội chi bộ.\n4. Làm tốt công tác an sinh xã hội.",
            "3 nhiệm vụ trọng tâm trong quý IV", "4 nhiệm vụ trọng tâm trong quý IV"),
    # lines that count the announced thing split it: the sum rule's, not a list of items
    Example("Đánh giá, xếp loại 26 tổ chức cơ sở đảng:\na) Hoàn thành xuất sắc nhiệm vụ: 5 tổ chức;\n"
            "b) Hoàn thành tốt nhiệm vụ: 18 tổ chức;\nc) Hoàn thành nhiệm vụ: 3 tổ chức."),
    # lines that count another thing (the attendance of each conference) are the items, each with its figure
    Example("Tổ chức 02 hội nghị, gồm:\n- Hội nghị sơ kết: 120 lượt;\n- Hội nghị chuyên đề: 95 lượt;\n"
            "- Hội nghị tổng kết: 80 lượt.", "02 hội nghị", "03 hội nghị"),
    # "-" lines that each open with the announced noun and name one thing before their colon: one item each, whatever
    # figures and commas follow (a warning); a line that may name two ("Nhiệm vụ A, B") proves nothing
    Example("Hội đồng đã biểu quyết thông qua 04 nghị quyết, gồm:\n- Nghị quyết về kế hoạch đầu tư công năm 2025: "
            "20/20 đại biểu có mặt tán thành;\n- Nghị quyết về dự toán thu, chi ngân sách năm 2025: 20/20 đại biểu có "
            "mặt tán thành;\n- Nghị quyết về quyết toán ngân sách năm 2023: 19 đại biểu tán thành, 01 đại biểu không "
            "tán thành.", "04 nghị quyết", "03 nghị quyết"),
    Example("Chi bộ đã ban hành 4 kế hoạch, gồm:\n- Kế hoạch về học tập, quán triệt nghị quyết: ban hành tháng 3;\n- "
            "Kế hoạch về kiểm tra, giám sát năm 2025: ban hành tháng 1;\n- Kế hoạch về phát triển đảng viên: giao chỉ "
            "tiêu cho từng tổ đảng.", "4 kế hoạch", "3 kế hoạch"),
    Example("UBND huyện ban hành 5 quyết định, cụ thể:\n- Quyết định thành lập Ban Chỉ đạo: ký ngày 12/3, có hiệu lực "
            "ngay;\n- Quyết định phê duyệt kế hoạch: ký ngày 20/3, gửi các xã;\n- Quyết định giao chỉ tiêu: ký ngày "
            "02/4, gửi các phòng, ban.", "5 quyết định", "3 quyết định"),
    Example("Hội đồng đã biểu quyết thông qua 03 nghị quyết, gồm:\n- Nghị quyết về kế hoạch đầu tư công năm 2025: "
            "20/20 đại biểu có mặt tán thành;\n- Nghị quyết về dự toán ngân sách năm 2025: 20/20 đại biểu có mặt tán "
            "thành;\n- Nghị quyết về quyết toán ngân sách năm 2023: 19 đại biểu tán thành, 01 đại biểu không tán "
            "thành."),
    Example("Đảng ủy giao 3 nhiệm vụ trọng tâm:\n- Nhiệm vụ phát triển kinh tế, giữ vững quốc phòng, an ninh;\n- "
            "Nhiệm vụ xây dựng Đảng, chính quyền."),
    Example("Trong năm, Hội tổ chức 3 hội thi sau:\n- Hội thi cán bộ hội giỏi cấp xã, thu hút 12 chi hội, 60 hội "
            "viên;\n- Hội thi tìm hiểu pháp luật, với 80 thí sinh tham dự."),
    # the election list's size against the vote table after it, one line a candidate (a warning)
    Example("Danh sách bầu cử gồm 05 đồng chí.\nKết quả kiểm phiếu:\nLê Văn An | 15 phiếu | 93,75%\n"
            "Trần Thị Bình | 14 phiếu | 87,5%\nPhạm Văn Cường | 5 phiếu | 31,25%\nĐỗ Thị Dung | 4 phiếu | 25%",
            "05 đồng chí", "04 đồng chí"),
    Example("Danh sách bầu cử gồm 04 đồng chí.\nKết quả kiểm phiếu:\nLê Văn An | 15 phiếu | 93,75%\n"
            "Trần Thị Bình | 14 phiếu | 87,5%\nPhạm Văn Cường | 5 phiếu | 31,25%\nĐỗ Thị Dung | 4 phiếu | 25%"),
    Example("Danh sách bầu cử gồm 05 đồng chí.\nCác đồng chí trúng cử:\nLê Văn An | 15 phiếu | 93,75%\n"
            "Trần Thị Bình | 14 phiếu | 87,5%\nPhạm Văn Cường | 10 phiếu | 62,5%"),
    # the count described at length before "gồm:", its lines under it
    Example("Phòng Giáo dục mở 03 lớp tập huấn chuyên môn cho giáo viên các trường mầm non trên địa bàn huyện, gồm:\n"
            "1. Lớp phương pháp dạy học tích cực;\n2. Lớp ứng dụng công nghệ thông tin;\n3. Lớp kỹ năng chăm sóc trẻ;\n"
            "4. Lớp phòng chống bạo lực học đường.", "03 lớp", "04 lớp"),
    Example("Phòng Giáo dục mở 04 lớp tập huấn chuyên môn cho giáo viên các trường mầm non trên địa bàn huyện, gồm:\n"
            "1. Lớp phương pháp dạy học tích cực;\n2. Lớp ứng dụng công nghệ thông tin;\n3. Lớp kỹ năng chăm sóc trẻ;\n"
            "4. Lớp phòng chống bạo lực học đường."),
    # "-" lines under a count of indicators, criteria or tasks, each telling one with its figures (a label joining
    # nothing before its colon, or a statement with a figure): one item a line (a warning)
    Example("Đến cuối năm, phường còn 4 tiêu chí chưa đạt, gồm:\n- Tỷ lệ hộ dùng nước sạch: đạt 82%, kế hoạch 90%;\n"
            "- Thu nhập bình quân đầu người: 51 triệu đồng, kế hoạch 55 triệu đồng;\n- Cơ sở vật chất văn hóa: mới "
            "đạt 2/3 nội dung.", "4 tiêu chí", "3 tiêu chí"),
    Example("Về xây dựng Đảng, Đại hội đề ra 5 chỉ tiêu:\n- Hằng năm có trên 90% chi bộ hoàn thành tốt nhiệm vụ;\n- "
            "Kết nạp từ 30 đảng viên mới trở lên mỗi năm;\n- 100% cán bộ, đảng viên học tập các nghị quyết.",
            "5 chỉ tiêu", "3 chỉ tiêu"),
    Example("Huyện giao 3 nhiệm vụ cho năm 2026:\n- Tốc độ tăng trưởng (GRDP) đạt 8,5%;\n- Thu ngân sách: 420 tỷ "
            "đồng.", "3 nhiệm vụ", "2 nhiệm vụ"),
    Example("Về xây dựng Đảng, Đại hội đề ra 3 chỉ tiêu:\n- Hằng năm có trên 90% chi bộ hoàn thành tốt nhiệm vụ;\n- "
            "Kết nạp từ 30 đảng viên mới trở lên mỗi năm;\n- 100% cán bộ, đảng viên học tập các nghị quyết."),
    Example("Xã còn 3 tiêu chí chưa đạt, gồm:\n- Giao thông, thủy lợi: đạt 80% khối lượng;\n- Y tế: chưa có bác sĩ."),
    Example("Đại hội đề ra 4 chỉ tiêu chủ yếu:\n- Thu nhập bình quân đầu người và tỷ lệ hộ nghèo đạt kế hoạch 2026;\n"
            "- Kết nạp từ 30 đảng viên mới trở lên."),
    # lines that each open with a count of a kind of the announced thing, adding up to it: its kinds, not its items
    Example("Đảng ủy đã ban hành 15 văn bản chỉ đạo quý II năm 2025, gồm:\n- 4 nghị quyết;\n- 6 kế hoạch;\n- 5 công "
            "văn."),
    Example("Đảng ủy đã ban hành 15 văn bản chỉ đạo, gồm:\n- 4 nghị quyết;\n- 6 kế hoạch;\n- 4 công văn.",
            "15 văn bản chỉ đạo", "3 văn bản chỉ đạo"),
    # the count's own period (the layer's) between its noun and the colon of its list
    Example("Hội nghị thống nhất 4 nhóm nhiệm vụ trọng tâm quý IV năm 2026:\n1. Tập trung thu ngân sách;\n2. Chỉ đạo "
            "thu hoạch vụ mùa;\n3. Bảo đảm an ninh trật tự.", "4 nhóm nhiệm vụ trọng tâm quý IV năm 2026",
            "3 nhóm nhiệm vụ trọng tâm quý IV năm 2026"),
))
def count_mismatch_bullets(ctx: DocumentContext) -> Iterator[Issue]:
    """The same, for a paragraph that ends with the announcement and lists its items as
    the bullet lines that follow ("ba nội dung sau:" then "- …" lines)."""
    yield from _election_list(ctx)
    paragraphs = ctx.written_paragraphs  # (shared, read only)
    refers = [found for _, found in ctx.per_paragraph(_refers_above, with_reading=True)]  # (one per paragraph above)
    for index, paragraph in enumerate(paragraphs):
        if index >= 2 and refers[index]:
            yield from _bodies_above(ctx, paragraphs, index)
        if index >= 2 and _TOTAL_LINE.match(paragraph.text):
            yield from _total_of_names(ctx, paragraphs, index)
        if not paragraph.text.rstrip().endswith(":"):
            continue
        yield from _people_lines(ctx, paragraphs, index)
        for match in announcements(paragraph.text, paragraph_layer(ctx, paragraph)):
            if not paragraph.text[match.end():].strip():
                if _COUNT_JOINED_BEFORE.search(paragraph.text, max(0, match.start() - 60), match.start()):
                    continue  # "kiểm tra 14 lượt tổ chức đảng và 3 đảng viên, cụ thể:": the lines list both counts
                following = paragraphs[index + 1:]
                listed = _bullet_lines(following)
                if listed is None:
                    continue
                # One "-" line may hold several items ("- Đồng chí A, đồng chí B: …"), so fewer
                # dashes than announced proves nothing; numbered lines are one item each.
                if _counted_breakdown(ctx, following[:listed], match["unit"]) \
                        or _counts_add_up(ctx, following[:listed], _value(match["n"])):
                    continue  # "xếp loại 26 tổ chức cơ sở đảng:" then "a) … : 5 tổ chức;": its parts, not items
                numbered = _marker_kind(_BULLET_LINE.match(following[0].text).group()) not in "-–+•"
                item = head_of(match["unit"])[1] == "item"
                if not numbered and listed < (_value(match["n"]) or 0) and not all(
                        _one_item(line.text) or _opens_with(line.text, match["unit"]) or item and _one_told(line.text)
                        for line in following[:listed]):
                    continue  # ("- Nghị quyết về …: 23/23 đại biểu tán thành;" under "05 nghị quyết, gồm:": one each)
                for issue in _compare(paragraph.text, match, listed):
                    yield replace(issue, start=issue.start + paragraph.start, end=issue.end + paragraph.start,
                                  severity=None if numbered else Severity.WARNING)


def _names_a_list(text: str) -> bool:
    return "danh sách" in text.lower()


def _election_list(ctx: DocumentContext) -> Iterator[Issue]:
    """"Danh sách bầu cử gồm 12 đồng chí" then the vote table, one line a candidate with their votes: as many lines
    as the list has people (a warning: the table might leave a candidate out)."""
    for paragraph, listing in ctx.per_paragraph(_names_a_list):  # (lowered once per paragraph text, not per re-check)
        if not listing:
            continue
        index = paragraph.index
        for q in paragraph_layer(ctx, paragraph).quantities:
            if q.kind != "count" or q.noun_class != "person" or q.decimals or not ELECTION_LIST.search(
                    paragraph.text, max(0, q.start - 80), q.start):
                continue
            found = candidate_rows(ctx, index)
            if found is None or found[0] == q.value:
                continue
            listed, first = found
            end = unit_end(paragraph.text, q)
            yield Issue(q.start + paragraph.start, end + paragraph.start,
                        f"Danh sách bầu cử nêu {paragraph.text[q.start:end]} nhưng bảng kết quả kiểm phiếu ngay sau "
                        f"đó có {listed} người.", _restate(q.text, listed) + paragraph.text[q.end:end], Severity.WARNING,
                        (Related(ctx.paragraphs[first].start, ctx.paragraphs[first].end, "part"),))


# a count joined to the announced one by "và" or a comma ("14 lượt tổ chức đảng và 3 đảng viên, cụ thể:")
_COUNT_JOINED_BEFORE = re.compile(r"\d[^\d.;:]{0,50}?(?:\s+và|,)\s*$")
# possessive: one name word per repeat, never every split of a long run of letters (polynomial backtracking)
# (also a numbered line holding the name alone: "1. Đ/c Nguyễn Văn Đạt")
_PERSON_LINE = re.compile(r"\s*(?:[-–+•]|\d{1,2}[.)])\s*(?:Ông|Bà|Anh|Chị|Đồng chí|Đ/c|đồng chí|đ/c)\s+"
                          r"(?P<name>(?:[A-ZĐÀ-Ỹ]\w*+\s*+){2,5})(?:\([^()]*\)\s*)?(?:[:–-]|[.;]?\s*$)")
_ELECTED_LEAD = re.compile(r"(?<!\w)(?:bầu|trúng\s+cử|được\s+bầu)(?!\w)", re.IGNORECASE)


def _people_lines(ctx: DocumentContext, paragraphs, index: int) -> Iterator[Issue]:
    """"Đại hội bầu Hội đồng quản trị gồm 05 thành viên, kết quả trúng cử (…):" then one "-"
    line per person elected ("- Ông Đặng Văn Lộc: 80/84 phiếu"): the people listed must be
    as many as the count of people the lead announced (a warning: a line may be missing its
    person, or one elected may be listed elsewhere)."""
    paragraph = paragraphs[index]
    if not _ELECTED_LEAD.search(paragraph.text) or len(paragraph.text) > 300:
        return
    people = [q for q in paragraph_layer(ctx, paragraph).quantities
              if q.kind == "count" and q.noun_class == "person" and 2 <= q.value <= 30 and not q.decimals]
    if len(people) != 1:
        return  # which count the lines list is not clear
    lines = 0
    for line in paragraphs[index + 1:]:
        if not _PERSON_LINE.match(line.text):
            break
        lines += 1
    if lines < 2 or lines >= people[0].value:
        return  # more lines may be every candidate with the votes, elected or not
    quantity = people[0]
    head_end = unit_end(paragraph.text, quantity)
    yield Issue(quantity.start + paragraph.start, head_end + paragraph.start,
                f"Nêu {paragraph.text[quantity.start:head_end]} nhưng các dòng dưới liệt kê {lines} người.",
                _restate(quantity.text, lines) + paragraph.text[quantity.end:head_end], severity=Severity.WARNING)


_REFERS_ABOVE = re.compile(r"(?<!\w)(?:nêu\s+trên|kể\s+trên|trên\s+đây|vừa\s+nêu)(?!\w)", re.IGNORECASE)
# Every match of _REFERS_ABOVE holds one of its phrases: a paragraph with none (nearly all) is not searched
# by the pattern from every letter (speed; tests/core/test_keywords.py)
_may_refer_above = Phrases("nêu trên", "kể trên", "trên đây", "vừa nêu")


def _refers_above(reading) -> bool:
    """The paragraph refers to what is listed above it ("04 cơ quan nêu trên"): remembered per paragraph text."""
    return _may_refer_above(reading) and bool(_REFERS_ABOVE.search(reading.text))


# "04 cơ quan, đơn vị nêu trên": the count names the lines above; other words between ("3 cơ quan tham mưu
# nêu trên") may pick some of the lines out, so they are not compared
_JUST_ABOVE = re.compile(r"(?:\s*,\s*(?:đơn\s+vị|địa\s+phương))?\s+(?:nêu\s+trên|kể\s+trên|trên\s+đây|vừa\s+nêu)(?!\w)",
                         re.IGNORECASE)
_BODY_LINE = re.compile(r"\s*[-–+•]\s*(?:(?:Các|Những)\s+)?(?P<body>\S+(?:\s+\S+){0,2})")


def _bodies_above(ctx: DocumentContext, paragraphs, index: int) -> Iterator[Issue]:
    """"Đề nghị 04 cơ quan, đơn vị nêu trên …" under "-" lines that each open with the body given the task
    ("- UBND xã chỉ đạo …", "- Văn phòng Đảng ủy hướng dẫn …"): a line names one body at least, so more lines
    than the count is sure (a warning; fewer proves nothing, a line may name several)."""
    paragraph = paragraphs[index]
    lines = 0
    for line in reversed(paragraphs[:index]):
        body = _BODY_LINE.match(line.text)
        if body is None:
            break
        if not (_NAME_HEADS.match(body["body"]) or head_of(body["body"].lower())[1] == "organisation"
                or body["body"].split()[0].isupper() and len(body["body"].split()[0]) >= 2):
            return  # a line that opens with no body: not a list of bodies
        lines += 1
    if lines < 2:
        return
    text = paragraph.text
    for quantity in paragraph_layer(ctx, paragraph).quantities:
        if quantity.kind != "count" or quantity.noun_class != "organisation" or not 2 <= quantity.value < lines:
            continue
        head_end = unit_end(text, quantity)
        if not _JUST_ABOVE.match(text, head_end):
            continue  # "04 cơ quan, đơn vị nêu trên": the count itself refers to the lines
        end = quantity.end + 1 + len(quantity.head) if quantity.head else head_end
        yield Issue(quantity.start + paragraph.start, end + paragraph.start,
                    f"Nêu {text[quantity.start:end]} nhưng ở trên liệt kê {lines} dòng, mỗi dòng giao cho một cơ "
                    "quan, đơn vị.", _restate(quantity.text, lines) + text[quantity.end:end],
                    severity=Severity.WARNING)


_TOTAL_LINE = re.compile(r"\s*(?:[-–+•]\s*)?(?:Tổng\s+cộng|Cộng|Tổng\s+số)\s*:?\s*\d", re.IGNORECASE)


def _total_of_names(ctx: DocumentContext, paragraphs, index: int) -> Iterator[Issue]:
    """"- Chi bộ thôn Đông;" "- Chi bộ thôn Tây;" then "Tổng cộng: 4 tập thể.": a total line under lines that
    each name one body or one person (and count nothing) counts those lines (a warning)."""
    paragraph = paragraphs[index]
    layer = paragraph_layer(ctx, paragraph)
    total = next((q for q in layer.quantities if q.kind == "count"), None)
    if total is None or total.noun_class not in ("organisation", "person") or total.value < 2:
        return
    lines, kind = 0, None
    for above, line in enumerate(reversed(paragraphs[:index]), 1):
        marker = _BULLET_LINE.match(line.text)
        if marker is None or kind is not None and _marker_kind(marker.group()) != kind:
            if (marker is not None or line.text.rstrip().endswith(":")) and above < index and \
                    _BULLET_LINE.match(paragraphs[index - above - 1].text):
                return  # "b) Chi bộ hoàn thành tốt nhiệm vụ:" with more lines above: the total counts every group
            break
        kind = _marker_kind(marker.group())
        body = re.sub(r"\([^()]*\)", "", line.text[marker.end():]).strip(" .;")
        one = _ONE_PERSON.match(body) and len(_PERSON_WORD.findall(body)) == 1 if total.noun_class == "person" else \
            _a_name(body) and not _JOINER.search(body) and "," not in body
        if not one or any(q.kind == "count" for q in paragraph_layer(ctx, line).quantities):
            return  # a line that names no one thing, or counts: not a list of names
        lines += 1
    if lines < 2 or lines == total.value:
        return
    text = paragraph.text
    end = total.end + 1 + len(total.head) if total.head else unit_end(text, total)
    yield Issue(total.start + paragraph.start, end + paragraph.start,
                f"Nêu tổng cộng {text[total.start:end]} nhưng các dòng trên liệt kê {lines} tên.",
                _restate(total.text, lines) + text[total.end:end], severity=Severity.WARNING)


def _opens_with(line: str, unit: str) -> bool:
    """A "-" line that opens with the announced noun and names one thing before its colon ("- Nghị quyết về dự toán
    …: 23/23 đại biểu tán thành, …" under "05 nghị quyết, gồm:"): one item told with its details, whatever commas
    follow, and the title of a text after "về" whatever its commas ("- Nghị quyết về dự toán thu, chi ngân sách …");
    "- Nhiệm vụ phát triển kinh tế, giữ vững quốc phòng" may name two."""
    head = head_of(unit.lower())[0]
    body = _BULLET_LINE.sub("", line, count=1).lstrip().lower()
    named = re.sub(r"\([^()]*\)", "", body.split(":")[0])
    return bool(head) and body.startswith(head + " ") and (
        body.startswith(head + " về ") or "," not in named and not _JOINER.search(named))


def _one_item(line: str) -> bool:
    """A "-" line that can hold one item only: short, no "," or "và" joining two things
    ("- Báo cáo kết quả công tác năm 2025;"), no ":" opening a group; or one speaker's words ("+ Đ/c Trần Thị
    Lụa: đề nghị bổ sung …, …")."""
    if _SPEAKER_LINE.match(line):
        return True
    body = re.sub(r"\([^()]*\)", "", _BULLET_LINE.sub("", line, count=1)).strip(" .;")
    body = _QUOTED_NAME.sub("Q", body)  # a name in quotes is one ("Mô hình “Nhà sạch, vườn đẹp”"), its comma no joint
    if _ONE_PERSON.match(body) and len(_PERSON_WORD.findall(body)) == 1 and not _JOINER.search(body):
        return True  # "- Quần chúng Nguyễn Văn An, sinh năm 1995;": one person and what is said of them
    return bool(body) and len(body.split()) <= 14 and not re.search(r"[,:]", body) and not _JOINER.search(body)


def _one_told(line: str) -> bool:
    """A "-" line under a count of things (indicators, criteria, tasks) that tells one of them with its figures:
    a label joining nothing before its colon ("- Thu nhập bình quân đầu người: thực hiện 46 triệu đồng, kế hoạch 48
    triệu đồng;"), or a statement with a figure and no joiner ("- Kết nạp từ 20 đảng viên mới trở lên mỗi năm;");
    closed by ";" or "." as the items of a list are. "- Giao thông, thủy lợi: …" may name two."""
    body = re.sub(r"\([^()]*\)", "", _BULLET_LINE.sub("", line, count=1)).strip()
    if not body or body[-1] not in ";." or ";" in body[:-1]:
        return False
    label, colon, _ = body.partition(":")
    if colon:
        return bool(label.strip()) and "," not in label and not _JOINER.search(label)
    return bool(re.search(r"\d", body)) and not _JOINER.search(body)


# a name in quotes on a "-" line (_one_item), a pair of the same marks on one line
_QUOTED_NAME = re.compile(r'"[^"\n]{1,80}"|“[^”\n]{1,80}”')
_SPEAKER_LINE = re.compile(r"\s*[-–+•]\s*(?i:đồng\s+chí|đ/c|ông|bà|anh|chị)\s+(?:[A-ZĐÀ-Ỹ][\w']*+\s*+){1,4}"
                           r"(?:\([^()]{0,60}\)\s*)?:")
_PERSON_WORD = re.compile(r"(?<!\w)(?:đồng\s+chí|đ/c|ông|bà|anh|chị|quần\s+chúng)(?!\w)", re.IGNORECASE)
_ONE_PERSON = re.compile(r"(?i:đồng\s+chí|đ/c|ông|bà|anh|chị|quần\s+chúng)\s+(?:[A-ZĐÀ-Ỹ]\w*+\s*+){2,5}(?:[,(]|$)")


def _counted_breakdown(ctx: DocumentContext, lines, unit: str) -> bool:
    """Every line counts the announced kind of thing (or is a bare "Label: number"): the
    lines split the announced count, they are not its items."""
    head, noun_class, _ = head_of(unit)
    if noun_class is None:
        return False
    for line in lines:
        counts = [q for q in paragraph_layer(ctx, line).quantities if q.kind == "count"]
        if not any(one_kind(q.noun_class, q.head, noun_class, head) or q.bare for q in counts):
            return False  # ("04 lớp tập huấn:" then "- …: 62 lượt;": the lines are the classes, each with its attendance)
    return True


def _counts_add_up(ctx: DocumentContext, lines, announced: int | None) -> bool:
    """Every line opens with a count of its own and those counts add up to the announced one ("15 văn bản, gồm:" then
    "- 4 nghị quyết;", "- 6 kế hoạch;", "- 5 công văn."): the lines are its kinds, each counted, not its items."""
    if announced is None or len(lines) < 2:
        return False
    total = 0.0
    for line in lines:
        layer = paragraph_layer(ctx, line)
        first = min(layer.quantities, key=lambda q: q.start, default=None)
        if first is None or first.kind != "count" or first.decimals or _BULLET_LINE.match(line.text) is None \
                or line.text[_BULLET_LINE.match(line.text).end():first.start].strip():
            return False  # ("- Hội thi …, thu hút 12 chi hội": a count told of the item, not the item's count)
        total += first.value
    return abs(total - announced) < 1e-9


# (also items numbered "I. …; II. …" or "1. …; 2. …" in the sentence: each marker's period may end a sentence)
_ORDINAL_OPENING = re.compile(r"\s*(?:thứ\s+nhất|một\s+là|trước\s+hết|một,|thứ\s+\w+\s+là|[-–+•]|(?:[IVX]{1,4}|\d{1,2})[.)]\s)",
                              re.IGNORECASE)


# an item that stands for several ("Chi bộ thôn 1 - 3", "các thành viên là trưởng các ban") makes a list uncountable
_UNCOUNTABLE = re.compile(r"\d\s*[-–]\s*\d|\btừ\s+\S+\s+\d+\s+đến\b|(?:^|[,;:]|\svà)\s*(?:các|những|đại diện|một số)\s",
                          re.IGNORECASE)
_EXAMPLES = re.compile(r"\s(?:như|như là|chẳng hạn|điển hình là|tiêu biểu là|trong đó có)$", re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_ELLIPSIS = re.compile(r"(?=[….v])(?:…|\.\.\.|\bv\.v\b|\bvân vân\b)", re.IGNORECASE)
_ATTENDANCE_BEFORE = re.compile(r"(?:vắng(?:\s+mặt)?|có mặt|miễn(?:\s+sinh\s+hoạt)?|dự họp|tham dự)(?:\s*:)?[^.;:]{0,40}$",
                                re.IGNORECASE)


_DEGREE_END = re.compile(r"(?<!\w)(?:(?:[A-ZĐ]{2,4}|Th[Ss]|Ts)\.)+\s*$")  # "BS.", "ĐD.", "NHS.", "ThS.", not "An."
_STOP = re.compile(r"\.(?=\s|$)")


def _past_degrees(text: str, start: int) -> int:
    """Where the sentence from ``start`` ends, a dot after an abbreviated degree ("BS.", "ThS.", "YS.") aside."""
    for stop in _STOP.finditer(text, start):
        if not _DEGREE_END.search(text, max(start, stop.start() - 12), stop.end()):
            return stop.end()
    return len(text)


def _sentence_end(sentences: list[tuple[int, int]], at: int, default: int) -> int:
    """Where the shared reading's sentence holding ``at`` ends."""
    return next((end for start, end in sentences if start <= at < end), default)


def _people(text: str, match: _Announcement, sentence: str) -> int | None:
    """"Tổ kiểm phiếu gồm 3 đồng chí: Nguyễn Văn Hải (Tổ trưởng), Trần Văn Nam, Lê Thị Hoa, Đinh
    Văn Sơn": the people named up to the sentence's end, when every item is a person or a title
    of the one before; None when it is not such a list. Who was absent or present is the
    attendance rules' to count."""
    if _ATTENDANCE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
        return None
    # "các đồng chí:", "các ông (bà):", "đồng chí:" before the names
    sentence = re.sub(r"^\s*(?:(?:các|những)\s+(?:đồng chí|ông|bà)(?:\s*\((?:ông|bà)\)|\s*/\s*(?:ông|bà))?\s*:?"
                      r"|(?:đồng chí|ông|bà)\s*:)\s*", "", sentence)
    if _UNCOUNTABLE.search(sentence):
        return None
    head = head_of(match["unit"])[0]
    if head and head not in ("đồng chí", "ông", "bà") and re.search(r"(?<!\w)" + re.escape(head) + r"(?!\w)",
                                                                    sentence, re.IGNORECASE):
        # "giúp đỡ 2 quần chúng ưu tú: đồng chí A và B giúp quần chúng C; …": the list pairs other people with the
        # counted ones, named again by their noun; its names are not all of them
        return None
    clause = _NEW_CLAUSE.search(sentence)
    # "…: A, B, C và D; bầu đ/c C làm Bí thư, đ/c A làm Phó Bí thư": the list ends where a new clause opens
    names = person_names(sentence[:clause.start()] if clause else sentence)
    if names:  # "A, B và C, đồng chí A làm Tổ trưởng": a person named again is no new item
        names = list(dict.fromkeys(_bare_name(n) for n in names))
    return len(names) if names and len(names) >= 2 else None


def _bare_name(name: str) -> str:
    """The capitalised words of a name, its honorific and what is said after it left out."""
    words = re.sub(r"^(?i:đồng\s+chí|đ/c|ông|bà|anh|chị)\s+", "", name).split()
    return " ".join(itertools.takewhile(lambda w: w[:1].isupper(), words)) or name


# ";" then a lower-case word that is no honorific or title, or a number (the next count: "…: A và B; 1 đồng chí Chủ
# nhiệm …"): a new clause, not the next person of the list
_NEW_CLAUSE = re.compile(r";\s*(?!(?i:đồng\s+chí|đ/c|ông|bà|anh|chị)\s)(?=[a-zđà-ỹ]|\d)")
_TIME_REASONS = frozenset(("year", "period", "duration or period"))  # not "5/5" (a day, or a vote)


def _timed(layer, start: int, end: int) -> str:
    """The digits of ``start``..``end`` that are no dates, years or periods of the layer ("năm 2025",
    "tháng 12"), others blanked: what is left tells whether a list holds quantities."""
    text = layer.text
    spans = [(n.start, n.end) for n in layer.not_quantities if n.reason in _TIME_REASONS and start <= n.start < end]
    chars = list(text[start:end])
    for a, b in spans:
        chars[a - start:b - start] = " " * (b - a)
    return "".join(chars)


def _fewer_items(text: str, match: _Announcement, sentence: str, undated: str | None = None) -> Iterator[Issue]:
    """"thực hiện 05 công trình thanh niên: A, B, C, D.": the list after the colon, cut at every
    ",", ";" and "và", can only count more items than it holds; fewer than announced is sure
    (a warning: the items are not checked one by one). Any number in the list stops it: a
    quantity makes it a breakdown, and even numbered names ("thôn 1, 2 và 5") may each stand
    for more than one item."""
    if not sentence.strip() or re.search(r"\d", sentence if undated is None else undated) or ":" in sentence \
            or _ORDINAL_OPENING.match(sentence):
        return  # "3 nội dung: Thứ nhất, …" goes on in the sentences after
    announced = _value(match["n"])
    least = len([i for i in sentence.split(";") if i.strip(" .")])
    if announced is not None and least < announced:
        run = _list_run(text, match.end() + len(sentence), sentence, match["unit"])
        if run:
            # "8 báo cáo về: A; B. C; D. Báo cáo E …": the items run on past the sentence; the run's items, not the
            # sentence's, are the list ("6 nội dung: A; B. C; D." holds four)
            whole = sentence.rstrip(" .") + "; " + "; ".join(part.rstrip(" .") for part in run)
            if _may_hold(whole, announced) or len([i for i in whole.split(";") if i.strip(" .")]) > announced:
                return
            sentence = whole
            least = len([i for i in sentence.split(";") if i.strip(" .")])
    elif announced is None and _list_run(text, match.end() + len(sentence), sentence, match["unit"]):
        return
    if announced is not None and 3 <= least and announced < least <= 12:
        # "4 công trình: A; B; C; D; E.": each ";" closes an item, so more items than announced is sure, even
        # when an item stands for several ("… và các khoản đóng góp tự nguyện")
        for issue in _compare(text, match, least):
            yield replace(issue, severity=Severity.WARNING)
        return
    if _UNCOUNTABLE.search(sentence):
        return  # an item may stand for several: fewer items than announced proves nothing
    openings = {_opening(item) for item in sentence.split(";") if item.strip(" .")}
    if announced is not None and 2 <= least < announced <= 12 and len(openings) == 1 and not _JOINER.search(sentence):
        # "4 chỉ tiêu không đạt là: tỷ lệ trạm y tế xã, phường, thị trấn đạt chuẩn; tỷ lệ …; tỷ lệ …": items set
        # apart by ";", each opening with the same words, tell their own details with commas ("chỉnh trang đô thị,
        # vỉa hè; cải tạo chợ" may be three); with no "và" joining two, fewer than announced is sure (a warning)
        for issue in _compare(text, match, least):
            yield replace(issue, severity=Severity.WARNING)
        return
    items = _most_items(sentence)  # cut at every joiner too ("A cùng B"): fewer than announced is then sure
    if announced is None or not 1 <= items < announced or announced > 12:
        return
    for issue in _compare(text, match, items):
        yield replace(issue, severity=Severity.WARNING)


def _list_run(text: str, after: int, sentence: str, unit: str) -> list[str]:
    """The sentences after a list that are more of it: the first opens as one of the list's items does (their first
    two words) or with the announced noun ("Báo cáo …" after "8 báo cáo về:") and is itself items set apart by ";";
    each later one opens the same way. Sentences of the paragraph as the shared reading cuts them."""
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    openings = {_opening(item) for item in _ITEM_CUT.split(sentence) if item.strip(" .")}
    noun = _opening(unit)[:1]
    run: list[str] = []
    for start, stop in sentence_spans(text[after:end]):
        following = text[after + start:after + stop]
        opening = _opening(following)
        if not opening:
            continue  # (the list's own stop, read as a sentence of its own)
        if not run and ";" not in following or not (opening in openings or opening[:1] == noun):
            break
        run.append(following)
        openings |= {_opening(item) for item in _ITEM_CUT.split(following) if item.strip(" .")}
    return run


def _opening(segment: str) -> tuple[str, ...]:
    """The first two words of a list's item, in lower case (the shared tokenizer's words)."""
    return tuple(token.lower for token in tokenize(segment) if token.is_word)[:2]


def _may_hold(items: str, announced: int) -> bool:
    """A list cut at ";" that runs on past its sentence may hold the announced count: unless its items all open alike
    and no joiner may join two (each ";" then closes one item, its commas its details: the count is sure), an item
    may stand for several ("báo cáo thẩm tra của các Ban") and any count may be meant."""
    openings = {_opening(i) for i in items.split(";") if i.strip(" .")}
    if len(openings) == 1 and not _JOINER.search(items):
        return len([i for i in items.split(";") if i.strip(" .")]) == announced
    return True


def _compare(text: str, match: _Announcement, listed: int | None) -> Iterator[Issue]:
    announced = _value(match["n"])
    if announced is None or announced < 2 or listed is None or listed == announced:
        return
    if listed < announced and text.rstrip().endswith(";"):
        return  # "thông qua 04 nghị quyết về: Kế hoạch …;" and the paragraph ends: the list goes on past it
    known = head_of(match["unit"])[1] is not None  # "tham luận" is a noun, though "tham" opens "tham gia"
    if not known and match["unit"].split()[0].lower() in word_set("unit_stop_words") or _NOT_A_COUNT.search(
            text, max(0, match.start() - 12), match.start()):
        return  # "tháng 6 với kết quả:", "lần thứ 3 gồm": a date or an ordinal, not a count
    end = match.start("unit") + len(match["unit"])
    suggestion = _restate(match["n"], listed) + text[match.end("n"):end]
    yield Issue(match.start(), end, f"Nêu {match['n']} {match['unit']} nhưng liệt kê {listed} mục ngay sau đó.",
                suggestion)


def _value(token: str) -> int | None:
    return int(token) if token.isdigit() else WORD_NUMBERS.get(token.lower())


def _restate(original: str, listed: int) -> str:
    """Write the corrected count the way the author wrote the wrong one (digits or words)."""
    if original.isdigit():
        return written_like(str(listed), original)
    words = {v: k for k, v in WORD_NUMBERS.items()}
    word = words.get(listed, str(listed))
    return word.capitalize() if original[0].isupper() else word


def _numbered_items(rest: str) -> int | None:
    """How many markers (1) (2) … run in order from the start of ``rest``; None if none."""
    # the first marker opens ``rest`` (after blanks): matched there, and the next ones read only while they run in
    # order (listing every marker of a long paragraph for each count was quadratic)
    first = _MARKER.match(rest, len(rest) - len(rest.lstrip()))
    if first is None:
        return None
    expected = _first_marker(first["m"])
    if expected is None:
        return None
    count = 0
    for marker in itertools.chain((first,), _MARKER.finditer(rest, first.end())):
        if marker["m"] != expected:
            break
        count += 1
        expected = str(int(expected) + 1) if expected.isdigit() else chr(ord(expected) + 1)
    return count if count >= 2 else None


_ORDINAL_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_WORD_ORDINAL = re.compile(r"(?:^|[;:.]\s*|\s)(" + "|".join(_ORDINAL_WORDS) + r")\s+là\s*,", re.IGNORECASE)


def _word_ordinal_items(rest: str) -> int | None:
    """"một là, …; hai là, …; ba là, …": how many run in order from the start of ``rest``."""
    blank = len(rest) - len(rest.lstrip(" :"))
    if blank < len(rest) - 1 and not rest[blank].lower().startswith("m"):
        return None  # (what precedes "một" must be blank: not read through a long paragraph for each count)
    markers = [m.group(1).lower() for m in itertools.islice(_WORD_ORDINAL.finditer(rest), len(_ORDINAL_WORDS))]
    if len(markers) < 2 or markers[0] != "một" or rest[:rest.lower().find("một")].strip(" :"):
        return None
    count = 0
    for expected, marker in zip(_ORDINAL_WORDS, markers):
        if marker != expected:
            break
        count += 1
    return count


def _first_marker(marker: str) -> str | None:
    return marker if marker in ("1", "a") else None


def _first_sentence(text: str) -> str:
    """The text up to its first sentence's stop, as the shared sentence reader ends it: the dot of an abbreviation
    ("(TP. Thanh Hóa)" in an item of the list) ends nothing."""
    spans = sentence_spans(text)
    if not spans:
        return text
    end = spans[0][1]
    return text[:end - 1] if text[end - 1:end] == "." else text[:end]


def _noun_items(rest: str, unit: str) -> tuple[int | None, int]:
    """Items of a list after "gồm:" that each open with the announced noun (None if unclear),
    and the most items the list may hold when every ",", ";" and joiner word cuts it (parts
    not opening with the noun may be items of their own: "tiêu chí A, tiêu chí B và khu dân
    cư mẫu")."""
    head = unit.split()[0].lower()
    if len(unit.split()) > 1 and unit.split()[1].islower():
        head = " ".join(unit.split()[:2]).lower()  # "chi bộ", "văn phòng"
    end = _new_sentence(rest)
    segment = rest[:end.start()] if end and ";" not in rest[:end.start()] else _first_sentence(rest)
    parts = [p.strip() for p in re.split(r";|,|\bvà\b", segment) if p.strip()]
    if not parts or not parts[0].lower().startswith(head) or _UNCOUNTABLE.search(segment):
        return None, 0
    count = 0
    for part in parts:
        if part.lower().startswith(head):
            count += 1
    if count < 2:
        return None, 0
    # a joiner followed by words not opening with the noun may start an item of its own
    # ("…, tiêu chí môi trường và khu dân cư mẫu"); a part after a mere "," may be the title
    # or detail of the one before ("đồng chí A, Bí thư Đảng ủy"), so it is not counted
    most = count
    if head_of(unit)[1] != "person":
        for part in re.split(r"[;,]", re.sub(r"\([^()]*\)", "", segment)):
            pieces = _JOINER.split(part)
            most += sum(1 for piece in pieces[1:] if piece.strip(" .") and not piece.strip().lower().startswith(head))
    return count, most


def _bullet_lines(paragraphs) -> int | None:
    """Consecutive lines that open with the same kind of marker as the first ("-", "1.",
    "a)"): a heading "4. Tổ chức thực hiện" after "-" items ends the list; so does the item
    closed by "." after items closed by ";" ("a) …; b) …; c) …." then "d) Thời hạn: …"), and a
    line of a few words without a stop after items closed by one, a body line under it ("3. Ý
    kiến thảo luận" then "Các đồng chí phát biểu …"): the next section's heading."""
    count, kind, ends = 0, None, []
    for index, paragraph in enumerate(paragraphs):
        match = _BULLET_LINE.match(paragraph.text)
        marker = _marker_kind(match.group()) if match else None
        if marker is None or (kind is not None and marker != kind):
            break
        end = paragraph.text.rstrip()[-1:]
        if ends and ";" in ends and ends[-1] == ".":
            break  # the list closed with "."
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        # (a line ending in "," goes on into the sentence below, "3. Đồng chí C – Ủy viên," then "đã tiến hành …":
        # the last item, not a heading)
        if len(ends) >= 2 and all(e in ".;" for e in ends) and end not in ".;:," and len(paragraph.text.split()) <= 9 \
                and following is not None and not _BULLET_LINE.match(following.text):
            break
        kind = marker
        ends.append(end)
        count += 1
    return count if count >= 2 else None


def _marker_kind(marker: str) -> str:
    marker = marker.strip()
    if marker[0].isdigit() or marker.startswith("("):
        return "number"
    return "letter" if marker[0].isalpha() else marker[0]
