"""What a line may hold, read once per distinct line text (cached like ``line_shape``): the
document pass runs a reader's regular expressions only on the lines whose words call for it,
so rebuilding the model after an edit stays a few milliseconds on a 200k-character report."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import word_list, word_set
from ..text import word_trie

# A person's name as the readers of lines match it: two to five capitalised syllables ("Nguyễn Văn An"); a syllable
# of a Central Highlands name may hold an apostrophe before a capital ("H'Linh Niê", "Y'Siu"). (The capitals are
# spelt out: the range À-Ỹ holds the small letters too, "đ", "ư", "ở", so "đã", "được" read as capitalised.)
_CAPITAL = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
NAME_WORDS = rf"(?:[{_CAPITAL}](?:[a-zà-ỹđ]|'[{_CAPITAL}]?)*\s+){{1,4}}[{_CAPITAL}](?:[a-zà-ỹđ]|'[{_CAPITAL}]?)*"


def real_name(name: str) -> bool:
    """Capitalised words that are a person's name, not a body's or a title's ("Đảng ủy", "Phó Bí" of "Phó Bí thư", cut
    where the title goes on in small letters): a known family name, or a known middle name second in three or four
    syllables ("Tao Văn Dũng", "Chamaléa Thị Hoa": family names the list lacks)."""
    words = name.split()
    return bool(words) and name.lower() not in _title_starts() and (words[0] in word_set("surnames", lower=False) or (
        3 <= len(words) <= 4 and words[1] in word_set("middle_names", lower=False)))


@lru_cache(maxsize=1)
def _title_starts() -> frozenset[str]:
    """The first words of every title of resources/titles.txt ("phó bí" of "Phó Bí thư"), lower-cased."""
    starts = set()
    for title in word_list("titles"):
        words = title.lower().split()
        starts.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
    return frozenset(starts)

_WORDS = {
    "giao": ("giao", "yêu cầu"),
    "assigned": ("trước ngày", "trong tháng", "trong quý", "trong tuần", "chậm nhất", "xong trước", "trong vòng",
                 "trong thời hạn"),
    "intro": ("nhiệm vụ", "giải pháp", "phương hướng", "nội dung", "công việc", "việc", "kết luận", "đề nghị", "yêu cầu",
              "nhấn mạnh", "quán triệt"),
    "agreed": ("về nhiệm vụ", "đối với nhiệm vụ", "về phương hướng", "đối với phương hướng"),
    "ballot": ("phiếu",),
    "elect": ("bầu", "trúng cử", "đắc cử"),
    "resolution": ("nghị quyết",),
    "voted": ("biểu quyết thông qua", "thống nhất thông qua", "nhất trí thông qua"),
    "adopt": ("thông qua", "ban hành"),
    "agree": ("thống nhất đề", "nhất trí đề", "thống nhất kiến", "nhất trí kiến"),
    "discipline": ("khiển trách", "cảnh cáo", "cách chức", "khai trừ"),
    "time": ("lúc", "hồi", "bắt đầu", "hôm nay", "giờ"),
    "end": ("kết thúc", "bế mạc", "lập xong"),
    "form": ("trực tuyến", "trực tiếp"),
    "person": ("đồng chí", "đ/c", "ông ", "bà ", "phát biểu", "tham luận"),
    "opinion": ("- đồng chí", "- đ/c", "- ông", "- bà", "đồng chí", "phát biểu", "tham luận", "trình bày"),
    "present": ("dự", "có mặt"),
    "meeting": ("họp", "sinh hoạt", "hội nghị", "đại hội"),
    "term": ("giai đoạn", "nhiệm kỳ"),
    "target_lead": ("chỉ tiêu", "mục tiêu"),
    "forward": ("phương hướng", "nhiệm vụ", "năm tới", "thời gian tới", "kế hoạch", "phấn đấu"),
}


# Each distinct word once, with the families it names and those of every word that begins it
# ("biểu quyết thông qua" names "voted"; "thông qua", inside it, is found where it starts).
_FAMILIES_OF: dict[str, set[str]] = {}
for _name, _words in _WORDS.items():
    for _word in _words:
        _FAMILIES_OF.setdefault(_word, set()).add(_name)
_WITH_PREFIXES = {word: frozenset().union(*(names for other, names in _FAMILIES_OF.items() if word.startswith(other)))
                  for word in _FAMILIES_OF}


_ANY_WORD = re.compile(word_trie(_FAMILIES_OF))


@lru_cache(maxsize=65536)
def tags(line: str) -> frozenset[str]:
    """The reader families worth running on ``line``: those of every word of ``_WORDS`` the line holds
    (as a substring, found at each place it starts: one pattern search per word found, not one
    substring test per word of the list)."""
    low = line.lower()
    found: set[str] = set()
    search, at = _ANY_WORD.search, 0
    while (match := search(low, at)) is not None:
        found |= _WITH_PREFIXES[match[0]]
        at = match.start() + 1
    if "intro" in found and ":" not in low:
        found.discard("intro")
    if ":" in low[:70] or " là " in low[:50]:  # "Chủ trì cuộc họp là ông …"
        found.add("label")
    return frozenset(found)


def lines_with(text: str, spans, tag: str):
    """The (start, end) spans among ``spans`` whose line may hold ``tag``."""
    return [(start, end) for start, end in spans if tag in tags(text[start:end])]


# Longer texts are lower-cased each time, not remembered: a reader may pass the whole document with the bounds of
# one item (content._task), and each edit makes a new document text; remembering those kept two copies of the
# whole text per edit (about 400 kB per edit of a 90k-character text, up to the cache's 8192 entries).
_REMEMBERED_UP_TO = 2000


def lowered(text: str) -> str | None:
    """``text.lower()``, letter for letter, made once per line text for the readers' word tests; None when a
    letter lower-cases to two or folds apart from re's IGNORECASE (then the pattern itself must decide)."""
    return _lowered_line(text) if len(text) <= _REMEMBERED_UP_TO else _lower(text)


def _lower(text: str) -> str | None:
    if "İ" in text or "ı" in text or "ſ" in text:
        return None
    return text.lower()


_lowered_line = lru_cache(maxsize=8192)(_lower)


class Gate:
    """``Keywords(pattern)(text)`` (core/keywords.py), the same answer, on the line lower-cased once
    (``lowered``) for all the gates a line passes through."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern):
        from ..keywords import Keywords

        self.pattern, self.words = pattern, Keywords(pattern).words

    def __call__(self, text: str) -> bool:
        low = lowered(text) if self.words is not None else None
        if low is None:
            return self.pattern.search(text) is not None
        for word in self.words:
            if word in low:
                return True
        return False


class Anchored:
    """``pattern.search`` and ``pattern.finditer``, the same matches, tried only where one of ``words``
    starts (speed: a pattern that opens with a look-behind or an alternation of words is otherwise
    retried from every letter of a long line).

    ``words`` (lower case) must be such that every match of ``pattern`` opens with one of them, as its
    lower-cased text; they are looked for in the lower-cased text, and the pattern is matched at each
    place one starts, in order. Look-behinds and ``\\b`` see the text before that place, as a search does."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, tuple(words)

    def _starts(self, text: str, pos: int, endpos: int) -> list[int] | None:
        # only the part searched is lower-cased (a reader may pass the whole document with one item's bounds)
        whole = pos <= 0 and endpos >= len(text)
        low = lowered(text if whole else text[pos:endpos])
        if low is None:
            return None
        base = 0 if whole else pos
        starts = set()
        for word in self.words:
            at = low.find(word)
            while at >= 0:
                starts.add(base + at)
                at = low.find(word, at + 1)
        return sorted(starts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        starts = self._starts(text, pos, end)
        if starts is None:
            return self.pattern.search(text, pos, end)
        match = self.pattern.match
        for at in starts:
            found = match(text, at, end)
            if found is not None:
                return found
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        starts = self._starts(text, pos, end)
        if starts is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        match, after = self.pattern.match, pos
        for at in starts:
            if at < after:
                continue
            found = match(text, at, end)
            if found is not None:
                yield found
                after = found.end() if found.end() > found.start() else found.end() + 1
