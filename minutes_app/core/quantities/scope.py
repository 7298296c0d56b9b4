"""What each number is about, read once as data on its Quantity: its SUBJECT (the body, unit or
place it counts for: "xã Tân An", "chi bộ trường a"; None for the document's own issuer), its
EVENT (the act its clause tells: kết nạp, khen thưởng, tiêm phòng, thu, chi …, resources/
quantity_events.txt; "có" for a stock stated with "có" / "tổng số") and its PERIOD (quý III, 9
tháng, năm 2025, lũy kế, đầu năm, nhiệm kỳ …), each from its clause, else its sentence.

Two numbers are one figure only when noun, event, subject and period agree; a part can be
compared with a whole stated elsewhere only when they do. A heading's period and subject reach
the lines under it at document scope (``document_scopes``); this module reads a paragraph.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import lru_cache

from ..keywords import Keywords
from ..resources import word_list, word_pairs
from .model import Clause, Quantity

# a sentence that sets plans and lists them after its colon: "Nghị quyết năm 2026 giao một số chỉ tiêu chủ yếu: kết nạp 30
# đảng viên; bê tông hóa 42 km …"; a figure after it, in that sentence, is a plan. The verb of setting comes first:
# "Kết quả thực hiện các chỉ tiêu Nghị quyết giao: …" lists what was done.
PLAN_LIST_LEAD = re.compile(r"(?:(?<!\w)(?:giao|đề\s+ra|đặt\s+ra|xác\s+định)(?:\s+[^\W\d_]+){0,4}?\s+(?:các\s+)?"
                            r"(?:chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|kế\s+hoạch)(?:\s+[^\W\d_]+){0,4}"
                            # "Nghị quyết HĐND xã giao: …" (not "bàn giao:", "chuyển giao:": handed over)
                            r"|(?<!\w)(?<!bàn\s)(?<!chuyển\s)giao)\s*:"
                            r"(?:[^.]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)


def _first_letters(letters: str) -> str:
    """A lookahead on the letters a pattern's words open with (both cases): the pattern's many
    alternatives are tried only where one of them can start (speed: a third of the time)."""
    return "(?=[" + re.escape("".join(sorted(set(letters + letters.upper())))) + "])"

# a named unit: its kind and a name (capitalised words, a number or a letter): "xã Tân An", "Chi bộ ấp 3",
# "Phường A", "thôn Đông Hưng"; "Đảng bộ xã" (no name) and "toàn Đảng bộ" name the issuer, not a sub-unit
_UNIT_KINDS = (r"xã|phường|thị\s+trấn|thôn|ấp|bản|buôn|làng|khu\s+phố|tổ\s+dân\s+phố|khóm|khối|chi\s+bộ|đảng\s+bộ|"
               r"chi\s+đoàn|chi\s+hội|trường|trạm|hợp\s+tác\s+xã|HTX|công\s+ty|huyện|quận|tỉnh|thành\s+phố|"
               r"cơ\s+sở|đơn\s+vị|tổ")
_SUBJECT = re.compile(_first_letters("xptấbláakcđhq") + r"(?<!\w)(?P<kind>" + _UNIT_KINDS + r")\s+(?:(?P<sub>" + _UNIT_KINDS + r")\s+)?(?=\w)",
                      re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+")
# "An" opens many a place's name ("phường An Phú", "xã An Bình", "tỉnh An Giang") as well as a body's word ("Ban An
# toàn giao thông", "Công An"): a name when the word after it is capitalised and no body's word
_PLACE_NAME_AN = re.compile(r"An\s+(?!(?:Ninh|Toàn)\b)[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÝÓÒỎÕỌÉÈẺẼẸ]")
_NOT_A_NAME = frozenset(("Đảng", "Nhà", "Ban", "Ủy", "Uỷ", "Hội", "Đoàn", "Nghị", "Quyết", "Kế", "Chỉ", "Tổng",
                         "Việt", "Nam", "Trung", "Ương", "Thường", "Chấp", "Hành", "Mặt", "Trận", "Tổ", "Quốc",
                         "Cựu", "Chiến", "Binh", "Phụ", "Nữ", "Nông", "Dân", "Thanh", "Niên", "Liên", "Đội",
                         "Quân", "Sự", "Công", "An", "Y", "Tế"))

# the bodies that act in a sentence ("Cấp ủy các cấp và chi bộ kiểm tra …", "UBKT các cấp kiểm tra …"): two
# counts of one act by two bodies are two quantities
_ACTORS = re.compile(
    _first_letters("btuủcđhqm") + r"(?<!\w)(?:(?P<btv>ban\s+thường\s+vụ|btv)|(?P<tt>thường\s+trực)|(?P<ubkt>(?:ủy|uỷ|uy)\s+ban\s+kiểm\s+tra|ubkt)"
    r"|(?P<capuy>cấp\s+(?:ủy|uỷ|uy))|(?P<cap>các\s+cấp)|(?P<chibo>chi\s+bộ|chi\s+(?:ủy|uỷ|uy))|(?P<danguy>đảng\s+(?:ủy|uỷ|uy)|đảng\s+bộ)"
    r"|(?P<tinhuy>tỉnh\s+(?:ủy|uỷ|uy))|(?P<huyenuy>huyện\s+(?:ủy|uỷ|uy)|quận\s+(?:ủy|uỷ|uy)|thị\s+(?:ủy|uỷ|uy))|(?P<thanhuy>thành\s+(?:ủy|uỷ|uy))"
    r"|(?P<bch>ban\s+chấp\s+hành|bch)|(?P<hdnd>hđnd|hội\s+đồng\s+nhân\s+dân)|(?P<ubnd>ubnd|(?:ủy|uỷ|uy)\s+ban\s+nhân\s+dân)"
    r"|(?P<mttq>mttq|mặt\s+trận)|(?P<congan>công\s+an)|(?P<quansu>quân\s+sự)|(?P<quochoi>quốc\s+hội)"
    r"|(?P<bbt>ban\s+bí\s+thư)|(?P<bct>bộ\s+chính\s+trị)|(?P<chinhphu>chính\s+phủ)|(?P<tw>trung\s+ương)"
    r"|(?P<doan>đoàn\s+kiểm\s+tra|đoàn\s+giám\s+sát)|(?P<ttnd>(?:ban\s+)?thanh\s+tra\s+nhân\s+dân)"
    r"|(?P<gsdt>ban\s+giám\s+sát\s+đầu\s+tư))"
    r"(?:\s+(?P<level>xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|cơ\s+sở|các\s+cấp))?(?!\w)",
    re.IGNORECASE)

_COUNTED_BEFORE = re.compile(r"\d\s*$")  # a number right before a body's name counts it
_PERIODS = re.compile(
    _first_letters("0123456789qbscmtnlđkg") + r"(?<!\w)(?:(?P<quarter>quý\s+(?:IV|I{1,3}|[1-4]))(?![\w])"
    r"|(?P<months>(?:\d{1,2}|ba|sáu|chín|mười\s+một|mười\s+hai)\s+tháng)(?!\w)(?!\s+tuổi)"
    r"|(?<![\d/])(?P<month>tháng\s+\d{1,2})(?![\d])"
    r"|(?P<year>năm\s+(?:19|20)\d\d)(?![\d/])"
    r"|(?P<cumulative>lũy\s+kế|luỹ\s+kế|từ\s+đầu\s+(?:năm|nhiệm\s+kỳ))(?!\w)"
    r"|(?P<opening>đầu\s+(?:kỳ|nhiệm\s+kỳ)|đầu(?=\s+năm(?!\s+(?:19|20)\d\d)))(?!\w)"
    r"|(?P<earlier>cùng\s+kỳ|năm\s+trước|năm\s+ngoái|kỳ\s+trước)(?!\w)"
    r"|(?P<term>nhiệm\s+kỳ|giai\s+đoạn)(?!\w))",
    re.IGNORECASE)
_COMPARED = re.compile(r"(?<!\w)(?:so\s+với|tăng|giảm|hơn|từ)(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)
_LENGTH_BEFORE = re.compile(r"(?<!\w)(?:đủ|dưới|trên|sau|hơn|quá|vòng|mất|kéo\s+dài)\s+$", re.IGNORECASE)
_NOW = re.compile(r"(?<!\w)(?:hiện\s+(?:đã|nay|có|tại)|đến\s+nay|tính\s+đến)(?!\w)", re.IGNORECASE)
_NOW_PERIOD = frozenset((("now", "đến nay"),))
_DATED = re.compile(r"\s+(?:hết\s+)?ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})(?!\d)", re.IGNORECASE)  # after "tính đến"
_SPAN_BEFORE = re.compile(r"(?:tháng|quý\s+[IV1-4]+)\s+$", re.IGNORECASE)
_MONTH_WORDS = {"ba": "3", "sáu": "6", "chín": "9", "mười một": "11", "mười hai": "12"}
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
# kinds that set a number apart from one that does not name them ("lũy kế" and a plain figure)
_MARKED = frozenset(("cumulative", "opening", "earlier", "term"))
SPANS = frozenset(("quarter", "months", "month"))  # the kinds of a period that name a stretch of the year


@lru_cache(maxsize=1)
def _events() -> tuple[re.Pattern, dict[str, str]]:
    """resources/quantity_events.txt as one pattern (longest words first) and words → event."""
    table = {words.lower(): event for words, event in word_pairs("quantity_events")}
    alternatives = []
    for words in sorted(table, key=len, reverse=True):
        alternative = re.escape(words).replace(r"\ ", r"\s+")
        alternatives.append(alternative + _EVENT_GUARDS.get(words, ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE), table


# short words that are also the first syllable of other words ("thu hút", "chi bộ", "cấp ủy")
_EVENT_GUARDS = {
    "thu": r"(?!\s+(?:hút|hoạch|nhập|gom|hồi|thập|về|hẹp|nhỏ|xếp|dọn|hình)(?!\w))",
    "chi": r"(?!\s+(?:bộ|hội|đoàn|ủy|uỷ|nhánh|tiết|cục|phí|đội|tiêu|ngành|phối|cấp)(?!\w))",
    "cấp": r"(?=\s+(?:mới|đổi|lại|giấy|thẻ|phát|cho|sổ|\d))",
    "tặng": r"(?!\s+(?:thêm|lên|trưởng)(?!\w))",
    "trao": r"(?!\s+(?:đổi)(?!\w))",
    "tiêm": r"(?!\s+chủng\s+mở\s+rộng)",
    "đánh giá": r"(?!\s+(?:cao|chung)(?!\w))",
    "giới thiệu": r"(?!\s+sinh\s+hoạt)",
}
_STOCK = re.compile(r"(?:(?<!\w)(?:hiện\s+)?có|tổng\s+số(?:\s+[^\W\d_]+){0,4}\s*(?:là|:)?)\s*$", re.IGNORECASE)
_EVENT_AFTER = 40  # the act told right after a number's noun ("36 thanh niên nhập ngũ"), in four words
_PURPOSE_AFTER = 60  # the act a number's noun was put forward for ("14 đoàn viên ưu tú cho chi bộ xem xét kết nạp")
_STOP = re.compile(r"[,;:()]")
_JOINED = re.compile(r"(?:\s+[^\W\d_]+){0,5}\s*(?:,|và)\s*", re.IGNORECASE)
_EVENT_BEFORE = 80  # how far before a number its act is looked for


def event_at(text: str, start: int, end: int, last: bool = True) -> str | None:
    """The act of resources/quantity_events.txt named last (or first) in ``text[start:end]``."""
    found = event_match(text, start, end, last)
    return None if found is None else _act_of(text, found)


def _act_of(text: str, match: re.Match) -> str | None:
    """The act a match names; "chưa giải quyết 1.159 vụ việc" is the act not done, not the act."""
    event = _events()[1].get(" ".join(match.group().lower().split()))
    waived = WAIVED_BEFORE.search(text, max(0, match.start() - 16), match.start()) if event else None
    return f"{' '.join(waived['how'].lower().split())} {event}" if waived else event


# the act not done, or waived: "chưa giải quyết", "tạm hoãn gọi nhập ngũ", "miễn gọi nhập ngũ"
# what was done and the body it was done into, after the count's noun ("… được kết nạp vào Đảng") or before the count
_INTO_BODY = re.compile(r"(?:\s+(?:đã|được|vừa|mới|kết\s+nạp(?:\s+lại)?)){0,3}\s+vào\s+(?P<body>Đảng|Đoàn|Hội|"
                        r"Công\s+đoàn|Đội)(?!\w)")

_INTO_BODY_BEFORE = re.compile(r"(?<!\w)vào\s+(?P<body>Đảng|Đoàn|Hội|Công\s+đoàn|Đội)(?!\w)")


@lru_cache(maxsize=1)
def _member_of() -> dict[str, str]:
    """The member noun of a body ("đoàn viên" → "Đoàn"): resources/member_bodies.txt."""
    return dict(word_pairs("member_bodies"))


def admitted_into(text: str, act_end: int, start: int, noun_end: int, head: str | None) -> str | None:
    """The body a count was admitted into when it is not the one its noun is a member of: "41 đoàn viên được kết nạp
    vào Đảng" is another act than "kết nạp 372 đoàn viên" (into the Đoàn); "48 đảng viên được kết nạp vào Đảng" is
    "kết nạp 48 đảng viên". Looked for right after the noun, or between the act and the count."""
    into = _INTO_BODY.match(text, noun_end)
    if into is None and act_end < start:
        into = _INTO_BODY_BEFORE.search(text, act_end, start)
    if into is None or _member_of().get(head or "") == into["body"]:
        return None
    return into["body"].lower()


WAIVED_BEFORE = re.compile(r"(?<!\w)(?P<how>chưa|không|miễn|tạm\s+hoãn|hoãn)(?:\s+gọi)?\s+$", re.IGNORECASE)


def act_items(text: str, windows: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Every act of resources/quantity_events.txt a text tells (not one it names: "hình thức kỷ
    luật"), once: (start, end, event); within ``windows`` (sorted) when given."""
    pattern, _ = _events()
    found = []
    for start, end in windows if windows is not None else [(0, len(text))]:
        found.extend((m.start(), m.end(), _act_of(text, m))
                     for m in pattern.finditer(text, start, end)
                     if not _NAMED_ACT.search(text, max(0, m.start() - 20), m.start()))
    return found


def _windows(text: str, quantities: list[Quantity], clauses: list[Clause]) -> list[tuple[int, int]]:
    """Where the acts of a paragraph's counts and amounts may be told: from their clause's label (at
    most _EVENT_BEFORE back) to _EVENT_AFTER past them, merged."""
    windows: list[tuple[int, int]] = []
    for q in quantities:
        if q.kind not in ("count", "money"):
            continue
        clause = clauses[q.clause] if q.clause < len(clauses) else None
        if clause is None:
            start = max(0, q.start - _EVENT_BEFORE)
        elif clause.opener == ":" and q.clause:
            start = clauses[q.clause - 1].start  # the label's act ("Giới thiệu …: 9 đồng chí")
        else:
            start = max(clause.start, q.start - _EVENT_BEFORE)
        window = (start, min(len(text), q.end + _PURPOSE_AFTER + 8))  # (the farther of the acts after)
        if windows and window[0] <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], window[1]))
        else:
            windows.append(window)
    return windows


# a purpose link ("để", "nhằm", "cho"): the act after it is what something is for
_PURPOSE_LINK = re.compile(r"(?<!\w)(?:để|nhằm|cho)(?!\w)", re.IGNORECASE)
# what ends a link's reach: a comma ("Năm 2025, để trẻ hóa đội ngũ, Đảng bộ xã đã kết nạp") or another verb joined by
# "và" ("tạo điều kiện cho quần chúng học lớp bồi dưỡng và kết nạp 8 đảng viên")
_LINK_BREAK = re.compile(r"[,;:()]|(?<!\w)và(?!\w)", re.IGNORECASE)
_CONSIDER = re.compile(r"(?<!\w)(?:xem\s+xét|xét)(?!\w)", re.IGNORECASE)


def _someone_else(text: str, start: int, end: int) -> bool:
    """[start, end), the words between a purpose link and its act, name who does the act: a named body or person
    ("cho Đảng", "để Ngân hàng Chính sách xã hội"), one of resources/purpose_agents.txt ("cho chi bộ", "để cấp trên"),
    or its consideration ("để xem xét kết nạp"). Nothing between ("để kết nạp", "đề nghị cho kết nạp") is the act
    itself; "cho thấy", "cho quần chúng … học" name no one who does it."""
    between = text[start:end].strip()
    if not between or _LINK_BREAK.search(between):
        return False
    if _CONSIDER.search(between) or between[0].isupper():
        return True
    lowered = " ".join(between.lower().split())
    return any(lowered == agent or lowered.startswith(agent + " ") for agent in _purpose_agents())


@lru_cache(maxsize=1)
def _purpose_agents() -> tuple[str, ...]:
    return tuple(word_list("purpose_agents"))


def _put_forward_link(text: str, start: int, act: int) -> int | None:
    """Where the purpose link of [start, act) opens that makes the act at ``act`` one put forward, done by someone
    else it names ("giới thiệu để chi bộ xem xét kết nạp 20 đoàn viên"); None when the act is the clause's own
    ("tổ chức lễ để kết nạp 5 đảng viên", a sentence's opening "Để …", "Năm 2025, để trẻ hóa đội ngũ, … kết nạp")."""
    nearest = None  # (the link nearest the act: "tổ chức hội nghị cho các chi bộ để kết nạp" is the act itself)
    for link in _PURPOSE_LINK.finditer(text, start, act):
        if text[start:link.start()].strip():
            nearest = link
    return nearest.start() if nearest is not None and _someone_else(text, nearest.end(), act) else None


def _purpose_between(text: str, start: int, act: int) -> bool:
    """A count at ``start`` is put forward for the act at ``act`` after it: a purpose link between them, "để" or
    "nhằm" ("20 quần chúng để kết nạp") or "cho" with whom ("14 đoàn viên cho chi bộ xem xét kết nạp")."""
    for link in _PURPOSE_LINK.finditer(text, start, act):
        if _LINK_BREAK.search(text, start, link.start()):
            return False
        if link.group().lower() != "cho" or _someone_else(text, link.end(), act):
            return True
    return False


def _act_after(acts, text: str, end: int, clause_end: int) -> tuple[int, int, str] | None:
    """The first act of ``acts`` after a count ending at ``end``, before the clause's next mark and within reach of
    a purpose link ("… 12 đoàn viên ưu tú để chi bộ xem xét kết nạp")."""
    reach = min(clause_end, end + _PURPOSE_AFTER)
    stop = _STOP.search(text, end, reach)
    limit = stop.start() if stop else reach
    for a in itertools.islice(acts, bisect_left(acts, (end,)), None):  # (the acts are in order)
        if a[0] > limit:
            return None  # (it and every later one end past the limit)
        if a[1] <= limit:
            return a
    return None


def _act_at(acts, start: int, end: int) -> tuple[int, int, str] | None:
    """The last act of ``acts`` within [start, end), with its span."""
    found = None
    for a in itertools.islice(acts, bisect_left(acts, (start,)), None):  # (not every act before start)
        if a[0] >= end:
            break
        if start <= a[0] and a[1] <= end:
            found = a
    return found


def _act_in(acts, start: int, end: int) -> str | None:
    """The last act of ``acts`` (in order of their starts, as act_items reads them) within [start, end)."""
    found = _act_at(acts, start, end)
    return None if found is None else found[2]


def event_match(text: str, start: int, end: int, last: bool = True) -> re.Match | None:
    """Where ``event_at`` found its act."""
    pattern, _ = _events()
    found = None
    for match in pattern.finditer(text, start, end):
        if _NAMED_ACT.search(text, max(0, match.start() - 20), match.start()):
            continue  # "hình thức kỷ luật", "công tác kiểm tra": the act named, not done
        found = match
        if not last:
            break
    return found


_NAMED_ACT = re.compile(r"(?<!\w)(?:hình\s+thức|khiếu\s+nại|quyết\s+định|công\s+tác|việc|nhiệm\s+vụ|hồ\s+sơ|"
                        r"quy\s+chế|chương\s+trình|kế\s+hoạch|chỉ\s+tiêu|xóa\s+bỏ|thay\s+đổi|chuẩn\s+y)\s+$",
                        re.IGNORECASE)





def period_items(text: str) -> list[tuple[int, int, str, str, bool]]:
    """Every period a text names, once: (start, end, kind, value, told) - ``told`` False for a marked
    period after "so với", "tăng" (a comparison), a length ("chưa đủ 6 tháng") or the "đầu" of
    "9 tháng đầu năm"."""
    items = []
    if not _PERIOD_WORDS(text):  # (_PERIOD_HINT.search(text), by substring tests: speed)
        return items
    for match in _PERIODS.finditer(text):
        kind, start = match.lastgroup, match.start()
        told = True
        if kind in _MARKED and _COMPARED.search(text, max(0, start - 16), start):
            told = False
        if kind == "months" and _LENGTH_BEFORE.search(text, max(0, start - 12), start):
            continue  # "chưa đủ 6 tháng", "sau 3 tháng": a length of time, not the period told
        if kind == "opening" and _SPAN_BEFORE.search(text, max(0, start - 12), start):
            continue  # "9 tháng đầu năm", "quý I đầu năm": a span, not the opening moment
        value = " ".join(match.group().lower().split())
        if kind == "quarter":
            number = value.split()[1]
            value = "quý " + _ROMAN.get(number, number.upper())
        elif kind == "months":
            count = value[:-len(" tháng")]
            value = _MONTH_WORDS.get(count, count) + " tháng"
        elif kind == "cumulative":
            value = "lũy kế"
        elif kind == "opening":
            value = "đầu kỳ"
        items.append((start, match.end(), kind, value, told))
    return items


_PERIOD_HINT = re.compile(r"quý|tháng|năm|kế|kỳ|đầu|đoạn|trước", re.IGNORECASE)
_PERIOD_WORDS = Keywords(_PERIOD_HINT)


def periods_in(items, start: int, end: int, marked: bool = False) -> frozenset[tuple[str, str]]:
    """The periods of ``items`` within [start, end); marked ones ("lũy kế", "đầu năm", "cùng kỳ",
    "nhiệm kỳ") only with ``marked`` and when told, not compared."""
    return frozenset((kind, value) for a, b, kind, value, told in items if start <= a and b <= end and (
        kind not in _MARKED or marked and told))


def period_of(stretch: str, marked: bool = False) -> frozenset[tuple[str, str]]:
    """The periods a stretch names, as (kind, value): ("quarter", "quý III"), ("months", "9 tháng")."""
    return periods_in(period_items(stretch), 0, len(stretch), marked)


def subject_items(text: str) -> list[tuple[int, int, str]]:
    """Every named unit of a text, once: (start, end, subject) ("Chi bộ Trường A" → "trường a")."""
    items = []
    for match in _SUBJECT.finditer(text):
        name = []
        at = match.end()
        for word in _WORDS.finditer(text, at, at + 40):
            word_text = word.group()
            if (text[at:word.start()] != " " and name) or text[at:word.start()].strip() or not (word_text[0].isupper() or word_text.isdigit() and len(
                    word_text) <= 3) or not name and word_text in _NOT_A_NAME and not _PLACE_NAME_AN.match(text, word.start()):
                break
            name.append(word_text.lower())
            at = word.end()
        if name:
            kind = " ".join((match.group("sub") or match.group("kind")).lower().split())
            items.append((match.start(), at, f"{kind} {' '.join(name)}"))
    for match in _PLACE.finditer(text):  # "Tại Quảng Bình, …": a place named without its kind
        name, at = [], match.end()
        for word in _WORDS.finditer(text, at, at + 40):
            if (text[at:word.start()] != " " and name) or not word.group()[0].isupper():
                break
            name.append(word.group().lower())
            at = word.end()
        if name and name[0] not in ("hội", "đại", "kỳ", "buổi", "lễ") and not _SUBJECT.match(text, match.end()):
            items.append((match.start(), at, " ".join(name)))
    items.sort()
    return items


_PLACE = re.compile(r"(?<!\w)(?:[Tt]ại|[Ởở])\s+(?=[A-ZĐ])")


def subject_in(items, start: int, end: int) -> str | None:
    """The last named unit of ``items`` within [start, end)."""
    found = None
    for a, b, subject in items:
        if start <= a and b <= end:
            found = subject
    return found


def subject_of(stretch: str) -> str | None:
    """The last named unit of a stretch, None when it names none."""
    return subject_in(subject_items(stretch), 0, len(stretch))


def actor_items(text: str) -> list[tuple[int, str]]:
    """Every acting body of a text, once: (start, key), the key with its level ("congan-xã", "congan-huyện")."""
    items = []
    for match in _ACTORS.finditer(text):
        level = match.group("level")
        body = next(name for name, value in match.groupdict().items() if value and name != "level")
        items.append((match.start(), f"{body}-{' '.join(level.lower().split())}" if level else body))
    return items


def actors_of(stretch: str) -> tuple[str, ...]:
    """The acting bodies a stretch names, as sorted keys ("capuy", "cap", "chibo")."""
    return tuple(sorted({key for _, key in actor_items(stretch)}))


def periods_agree(first: frozenset, second: frozenset) -> bool:
    """Two periods that may be one: no kind named by both with two values ("quý I", "quý II";
    "năm 2024", "năm 2025", a report's own year counting), no two different spans ("quý III", "9
    tháng"; a year named alone is the whole year: "Năm 2025 … 126" and "Sáu tháng đầu năm … 62"),
    and a cumulative, opening, earlier or term figure only against one of the same mark."""
    kinds_a = {"year" if k == "docyear" else k for k, _ in first}
    kinds_b = {"year" if k == "docyear" else k for k, _ in second}
    if (kinds_a & _MARKED) != (kinds_b & _MARKED):
        return False
    for kind in kinds_a & kinds_b:
        values_a = {v for k, v in first if k == kind or kind == "year" and k == "docyear"}
        values_b = {v for k, v in second if k == kind or kind == "year" and k == "docyear"}
        if values_a != values_b:
            return False
    spans_a, spans_b = kinds_a & SPANS, kinds_b & SPANS
    if not spans_a and any(k == "year" for k, _ in first):
        spans_a = {"year"}
    if not spans_b and any(k == "year" for k, _ in second):
        spans_b = {"year"}
    return not (spans_a and spans_b and spans_a != spans_b)


_COMPARED_YEAR = re.compile(r"(?<!\w)so(?:\s+với)?(?:\s+[^\W\d_]+){0,3}\s+$", re.IGNORECASE)


def years_told(text: str, sentences: list[tuple[int, int]], quantity: Quantity) -> frozenset[str]:
    """The year a figure is told of: the last its sentence names before it ("Năm 2021, …; năm 2023, hộ nghèo còn 412
    hộ"); none when its sentence names a year only after it (a comparison's, "giảm 31 hộ so với năm 2024", or the next
    clause's); else the years of its period (a sentence before)."""
    s_start, s_end = next(((a, b) for a, b in sentences if a <= quantity.start < b), (0, len(text)))
    years = [(s_start + a, value) for a, _, kind, value, _ in period_items(text[s_start:s_end]) if kind == "year"]
    # (not a comparison's, "so với năm 2024", nor one in a bracket closed before it: "(năm 2024 là 742,81 tỷ đồng, năm
    # 2025 là 782,53 tỷ đồng), đã thu hồi …")
    before = [value for at, value in years if at < quantity.start and not _COMPARED_YEAR.search(text, max(0, at - 24), at)
              and ")" not in text[at:quantity.start]]
    if before or years:
        return frozenset(before[-1:])
    return frozenset(value for kind, value in quantity.period if kind in ("year", "docyear"))


def read_scopes(text: str, quantities: list[Quantity], clauses: list[Clause],
                sentences: list[tuple[int, int]]) -> None:
    """Set ``subject``, ``event`` and ``period`` on each new quantity of a paragraph (before
    anyone else sees it): from the clause up to the number (the event: the last act named
    since the previous number of the clause, else right after its noun, else "có" for a
    stock), else from the whole sentence; a clause opened by ":" reads its label too. The
    subject is read for a number told with an act (the others are compared by nothing)."""
    previous_end: dict[int, int] = {}
    periods: dict = {}  # a sentence's periods from the sentences before it, read once
    by_sentence: dict[int, list] = {}

    def sentence_periods(index: int) -> list:
        """The periods of one sentence (paragraph offsets), read when first needed."""
        if index not in by_sentence:
            a, b = sentences[index] if 0 <= index < len(sentences) else (0, len(text))
            by_sentence[index] = [(x + a, y + a, k, v, t) for x, y, k, v, t in period_items(text[a:b])]
        return by_sentence[index]

    acts = act_items(text, _windows(text, quantities, clauses))
    read: dict = {}  # a sentence's subjects and actors, read when a number with an act first needs them
    previous_event: dict[int, str | None] = {}

    def period_at(quantity: Quantity, label_start: int, c_end: int, s_start: int, s_end: int) -> frozenset:
        period_list = sentence_periods(quantity.sentence)
        if label_start < s_start:  # a label in the sentence before (":" ends no sentence; kept for safety)
            period_list = period_list + sentence_periods(quantity.sentence - 1)
        period = periods_in(period_list, label_start, c_end, marked=True)
        if not period and (now := _NOW.search(text, label_start, quantity.start)):
            dated = _DATED.match(text, now.end(), quantity.start)
            # "hiện đã thu 11,64 tỷ đồng": up to now, whatever the heading's period; "Tính đến ngày 30/6/2025": up to
            # that day (two such days are two moments)
            period = frozenset((("now", dated["date"]),)) if dated else _NOW_PERIOD
        period = period or periods_in(period_list, s_start, s_end, marked=True)
        if not period:
            if quantity.sentence not in periods:
                periods[quantity.sentence] = next(
                    (found for index in range(quantity.sentence - 1, -1, -1)
                     if (found := periods_in(sentence_periods(index), *sentences[index]))), frozenset())
            period = periods[quantity.sentence]
        return period

    for quantity in quantities:
        if quantity.kind not in ("count", "money", "ratio") or quantity.kind == "count" and quantity.head is None:
            continue  # a share is of its part's act and scope: nothing reads a percent's or a bare number's
        clause = clauses[quantity.clause] if quantity.clause < len(clauses) else None
        c_start, c_end = (clause.start, clause.end) if clause else (0, len(text))
        s_start, s_end = sentences[quantity.sentence] if quantity.sentence < len(sentences) else (0, len(text))
        label_start = c_start
        if clause is not None and clause.opener == ":" and quantity.clause > 0:
            label_start = clauses[quantity.clause - 1].start  # "Giới thiệu đoàn viên ưu tú cho Đảng: 9 đồng chí"
        if quantity.kind == "ratio":
            # only its period: "1.959/18.240 hộ" of "Năm 2021, …" is no base of a share of 2023 (its act and
            # subject are its part's, read by nothing)
            object.__setattr__(quantity, "period", period_at(quantity, label_start, c_end, s_start, s_end))
            continue
        since = max(previous_end.get(quantity.clause, c_start), c_start, quantity.start - _EVENT_BEFORE)
        previous_end[quantity.clause] = quantity.end
        act = _act_at(acts, since, quantity.end)  # (to its end: "cấp 40 giấy" looks at the number)
        event, put_forward = act and act[2], False
        if act is not None and (link := _put_forward_link(text, since, min(act[0], quantity.start))) is not None:
            # "giới thiệu để chi bộ xem xét kết nạp 20 đoàn viên": put forward, not admitted - the act before the link
            event, put_forward = _act_in(acts, since, link), True
        if event is None and quantity.clause in previous_event and _JOINED.fullmatch(text, since, quantity.start):
            event = previous_event[quantity.clause]  # "kiểm tra 564 đảng viên và 128 tổ chức đảng"
        if event is None and since == c_start and label_start < c_start:
            event = _act_in(acts, label_start, c_start)
        if acts and acts[-1][0] >= quantity.end and (following := _act_after(acts, text, quantity.end, c_end)):
            if _purpose_between(text, quantity.end, following[0]):
                # "giới thiệu 14 đoàn viên cho chi bộ xem xét kết nạp", "20 quần chúng để kết nạp": the act after is
                # what they were put forward for
                put_forward = True
            elif event is None and following[1] <= min(c_end, quantity.end + _EVENT_AFTER) \
                    and len(text[quantity.end:following[0]].split()) <= 4:
                event = following[2]
        if event is None and _STOCK.search(text, max(since, quantity.start - 40), quantity.start):
            event = "có"
        period = period_at(quantity, label_start, c_end, s_start, s_end)
        subject = None
        if event is not None:  # whose act it is: only a number told with an act is compared by it
            first = min(s_start, label_start)
            if (first, s_end) not in read:  # the sentence's (and label's) units, places and bodies, read once
                stretch = text[first:s_end]
                read[(first, s_end)] = ([(a + first, b + first, n) for a, b, n in subject_items(stretch)],
                                        [(a + first, key) for a, key in actor_items(stretch)])
            subject_list, actor_list = read[(first, s_end)]
            named = subject_in(subject_list, label_start, c_end) or subject_in(subject_list, s_start, s_end)
            # (a body counted is no actor: "Ban Thường vụ đã kiểm tra 6 chi bộ và 14 đảng viên" is the BTV's act)
            actors = tuple(sorted({key for at, key in actor_list if first <= at < quantity.start
                                   and not _COUNTED_BEFORE.search(text, max(0, at - 8), at)}))
            subject = "|".join(filter(None, (named, "+".join(actors)))) or None
        previous_event[quantity.clause] = event
        object.__setattr__(quantity, "event", event)
        object.__setattr__(quantity, "period", period)
        object.__setattr__(quantity, "subject", subject)
        object.__setattr__(quantity, "put_forward", put_forward)


_HEADER_KINDS = ("issuer", "type", "title", "party_name", "date_line")
_SCOPE_KINDS = (*_HEADER_KINDS, "heading")  # (a LineKind equals its value: compared, not hashed)


def document_scopes(ctx) -> tuple[list[tuple[str | None, frozenset]], frozenset[str], int | None]:
    """Per paragraph, the subject and period its headings set (a top heading sets both, a lower
    one what it names); the subjects that name the document's own issuer (its header lines,
    title and a news headline): a number "of xã Tân An" in a report of Đảng bộ xã Tân An is the
    issuer's; and the index of a news headline (its figures sum up the text: any period)."""
    cached = ctx.memo.get(("quantities.document_scopes", ctx.text))
    if cached is not None:
        return cached
    lines = ctx.lines
    typed = bool(lines) and len(lines) == len(ctx.paragraphs)
    # Only header lines, headings and the first three lines set anything: the runs between them inherit one state,
    # so a re-check visits those lines (each read once per its text) and not every paragraph of the document.
    first = range(min(3, len(ctx.paragraphs)))
    marks = sorted({index for index, line in enumerate(lines) if line.kind in _SCOPE_KINDS}.union(first)) if typed \
        else list(first)
    runs: list[tuple[tuple[str | None, frozenset], int]] = []  # (state, how many paragraphs hold it)
    issuer: set[str] = set()
    subject, period = None, frozenset()
    year = None
    held = 0  # paragraphs before the next mark
    for index in marks:
        runs.append(((subject, period), index - held + 1))
        held = index + 1
        kind = lines[index].kind.value if typed else "body"
        text = ctx.paragraphs[index].text
        if kind in _HEADER_KINDS or index < 3 and text.isupper():
            named, actors, named_year = _header_reading(ctx, text)
            if named:
                issuer.add(named)
            # the issuer's own organs: "ĐẢNG BỘ XÃ …" acts as "Đảng ủy", "CHI BỘ …" as "Chi bộ"
            issuer.update(actors)
            if year is None and kind in ("type", "title"):
                year = named_year
        elif kind == "heading":
            named, named_period, top = _heading_reading(ctx, text)
            if top:
                subject, period = named, named_period
            else:
                subject, period = named or subject, named_period or period
    runs.append(((subject, period), len(ctx.paragraphs) - held))
    if year is not None:  # the report's year: a figure naming no year is of it
        runs = [((subject, period if any(k == "year" for k, _ in period) else period | {("docyear", year)}), count)
                for (subject, period), count in runs]
    inherited = list(itertools.chain.from_iterable(itertools.repeat(state, count) for state, count in runs))
    headline = _headline(ctx)
    if headline is not None:  # a news headline names the document's own subject ("Đảng bộ xã Văn Xá kết nạp …")
        text = ctx.paragraphs[headline].text
        issuer.update(subject for _, _, subject in subject_items(text))
        issuer.update(key for actor in actors_of(text) for key in (actor, actor.partition("-")[0]))
    result = (inherited, frozenset(issuer), headline)
    ctx.memo[("quantities.document_scopes", ctx.text)] = result
    return result


def _header_reading(ctx, text: str) -> tuple[str | None, tuple[str, ...], str | None]:
    """A header line's named unit, the keys of the bodies it names (each with its level and without), and the one
    year it names (None for none or several): remembered per its text."""
    key = ("quantities.scope_header", text)
    found = ctx.memo.get(key)
    if found is None:
        named_year = [v for k, v in period_of(text) if k == "year"]
        found = ctx.memo[key] = (subject_of(text), tuple(k for actor in actors_of(text) for k in (
            actor, actor.partition("-")[0])), named_year[0] if len(named_year) == 1 else None)
    return found


def _heading_reading(ctx, text: str) -> tuple[str | None, frozenset, bool]:
    """A heading's named unit, its period (marked ones too) and whether it is a top heading: remembered per its text."""
    key = ("quantities.scope_heading", text)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = (subject_of(text), period_of(text, marked=True),
                                 bool(_TOP.match(text) or text.strip().isupper()))
    return found


def _headline(ctx) -> int | None:
    """A news headline: the first paragraph, short, with no full stop, over a longer one."""
    written = list(itertools.islice((i for i, p in enumerate(ctx.paragraphs) if p.text.strip()), 2))  # (the first two)
    if len(written) < 2:
        return None
    first, second = ctx.paragraphs[written[0]].text.strip(), ctx.paragraphs[written[1]].text.strip()
    if len(first) > 160 or first.endswith((".", ":", ";")) or len(second) < len(first) or first.isupper():
        return None
    return written[0]


_TOP = re.compile(r"\s*(?:[IVX]{1,4}\s*[.)/-]|PHẦN\s|Phần\s+thứ)")


def effective_scope(quantity: Quantity, inherited: tuple[str | None, frozenset], issuer: frozenset[str]
                    ) -> tuple[str | None, frozenset]:
    """A quantity's subject (None for the issuer) and period, its heading's where it names none; a
    period naming no year takes the report's."""
    subject = quantity.subject or inherited[0]
    if subject:
        named, _, actors = subject.partition("|") if "|" in subject or " " in subject else ("", "", subject)
        named = "" if named in issuer else named
        actors = "+".join(a for a in actors.split("+") if a and a not in issuer)
        subject = "|".join(filter(None, (named, actors))) or None
    period = quantity.period or inherited[1]
    if quantity.period and not any(k in ("year", "docyear") for k, _ in period):
        period = period | {("docyear", v) for k, v in inherited[1] if k in ("year", "docyear")}
    return subject, period


def named_subject_at(ctx, offset: int, issuer_too: bool = False) -> str | None:
    """The named unit or place (not the issuer's, unless ``issuer_too``) the sentence holding a document offset tells
    about up to it, else its heading's: what sets two mentions of one count apart ("Tại Quảng
    Bình, … 13 tổ chức đảng" is not the 59 of the paragraph before)."""
    inherited, issuer, _ = document_scopes(ctx)
    index = ctx.paragraph_index(offset)
    if index is None:
        return None
    paragraph = ctx.paragraphs[index]
    at = offset - paragraph.start
    sentence = next(((a, b) for a, b in ctx.reading(paragraph).sentences if a <= at < b), (0, at))
    key = ("quantities.subject_items", paragraph.text)  # (read once per paragraph, not once per offset)
    items = ctx.memo.get(key)
    if items is None:
        items = ctx.memo[key] = subject_items(paragraph.text)
    named = subject_in(items, sentence[0], at) or subject_in(items, 0, at) or _carried_subject(
        ctx, index) or inherited[index][0]
    return None if named in issuer and not issuer_too else named


_CARRIED_BACK = 2  # body paragraphs a named place carries over ("Tại Hà Nội, …" then "Ủy ban … đã kỷ luật …")


def _carried_subject(ctx, index: int) -> str | None:
    """The place or unit the body paragraphs just before name last, when the paragraph names none: a news
    item tells one place a paragraph or two ("Tại Hà Nội, … kiểm tra …" then "Ủy ban kiểm tra các cấp đã thi
    hành kỷ luật 59 tổ chức Đảng …"). A heading stops it (its own subject is inherited)."""
    lines = ctx.lines
    if not lines or len(lines) != len(ctx.paragraphs):
        return None
    for back in range(index - 1, max(-1, index - 1 - _CARRIED_BACK), -1):
        if lines[back].kind.value != "body":
            return None
        named = subject_of(ctx.paragraphs[back].text)
        if named:
            return named
    return None


# the tier of the state or the Party a count is of ("HĐND cấp huyện", "đại biểu cấp xã"): the same words of two tiers
# count two bodies (the councils of the district and of the communes), never one figure told twice
_TIER = re.compile(r"(?<!\w)cấp\s+(?P<tier>" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(
    word_list("tiers"), key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
# "Theo hướng dẫn của cấp tỉnh, …": the tier of the one who guided the work, not of what is counted
_TIER_SOURCE = re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in word_list(
    "tier_source_cues")) + r")(?!\w)", re.IGNORECASE)
_PHRASE_END = re.compile(r"[;:()]|[,.](?!\d)")  # (not the marks inside "1.250", "96,5")


def tier_at(ctx, offset: int) -> str | None:
    """The tier that qualifies the count at a document offset (lower case, spaces single): one named after the number
    in its own phrase ("42 tổ chức đảng cấp cơ sở"), else the last its sentence names before it ("HĐND cấp huyện có
    35 đại biểu"), unless that one sits in a phrase of who guided the work ("Theo hướng dẫn của cấp tỉnh, …")."""
    index = ctx.paragraph_index(offset)
    if index is None:
        return None
    paragraph = ctx.paragraphs[index]
    text, at = paragraph.text, offset - paragraph.start
    start, end = next(((a, b) for a, b in ctx.reading(paragraph).sentences if a <= at < b), (0, len(text)))
    stop = _PHRASE_END.search(text, at, end)
    found = _TIER.search(text, at, stop.start() if stop else end)
    if found is None:
        for tier in reversed(list(_TIER.finditer(text, start, at))):
            phrase = max(start, max((text.rfind(c, start, tier.start()) + 1 for c in ",;:("), default=start))
            if not _TIER_SOURCE.search(text, phrase, tier.start()):
                found = tier
                break
    return " ".join(found["tier"].lower().split()) if found else None


def two_tiers(ctx, first: int, later: int) -> bool:
    """Both mentions' sentences name a tier, and not the same one."""
    a = tier_at(ctx, first)
    return a is not None and (b := tier_at(ctx, later)) is not None and a != b
