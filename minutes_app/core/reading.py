"""The engine's one reading of a paragraph: tokens, words and sentences, made once and shared.

Every detector and rule reads a paragraph through its ``Reading``: no rule tokenizes or
splits sentences for itself. Vietnamese writes a word as several syllables separated by
spaces ("cán bộ", "tổ chức cơ sở đảng"), so syllables are grouped into words by the longest
matches against the Viet74K word list (resources/words_viet74k.txt), choosing for each run
of syllables the split into the fewest words: "cán bộ bộ phận" is "cán bộ | bộ phận",
"khẩn trương trình" is "khẩn trương | trình".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterator, NamedTuple

from .lexicon import compound_prefixes, compound_words
from .text import PairMemo, number_starts, to_old_tone_style

# Words may carry an apostrophe inside (Ê Đê names: H'Yâm); numbers keep their separators;
# "PGS.TS" stays one token. (White space, a third of a text, is turned away by the lookahead before the
# four branches are tried at it: speed.)
TOKEN_RE = re.compile(r"(?=\S)(?:[^\W\d_]+(?:['’][^\W\d_]+)*(?:\.[^\W\d_]+)?|\d+(?:[.,]\d+)*|/|[^\w\s])")

_INNER_MARKS = re.compile(r"['’.]")  # inside one word token: H'Hen, PGS.TS
MAX_WORD = 4  # syllables: longer Viet74K entries are idioms, not words of these reports


class Token(NamedTuple):
    """A syllable, a number or a punctuation mark (a tuple: tens of thousands per page)."""

    text: str
    start: int
    end: int
    lower: str
    key: str  # lower case, tone placement folded: what lexicons are keyed by
    is_word: bool  # a syllable or a word of letters, not a number or a mark
    # Fields, not properties: asked of tens of thousands of tokens a page, they are worked out once
    # per distinct word (_FORMS), where a property computed them at every read.
    is_capitalized: bool  # 'Nguyễn' yes; 'UBND' no (an acronym); 'nguyễn' no
    is_upper_word: bool  # opens with a capital (only letters have a case: digits and marks are False)


def tokenize(text: str) -> list[Token]:
    # The hottest loop of the engine: a dict remembers each word's forms (lower case, key and
    # the flags of its case), and tuples are built directly.
    tokens = []
    append = tokens.append
    new = tuple.__new__
    get = _FORMS.get
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        forms = get(word)
        if forms is None:
            lower = word.lower()
            upper = word[0].isupper()
            forms = _FORMS[word] = (lower, to_old_tone_style(lower), word[0].isalpha(),
                                    upper and (len(word) == 1 or not word[1:].isupper()), upper)
            if len(_FORMS) > 200_000:
                _FORMS.clear()
        # the fields written out: a starred tuple display builds a list first, then the tuple
        append(new(Token, (word, match.start(), match.end(), forms[0], forms[1], forms[2], forms[3], forms[4])))
    return tokens


_FORMS: dict[str, tuple[str, str, bool, bool, bool]] = {}
_JOINERS = ("", " ", "\u00a0")


def adjacent(tokens: list[Token], i: int, text: str) -> bool:
    """True when tokens[i] and tokens[i+1] are one space apart: a run of spaces or a tab
    separates columns (side-by-side signature blocks), not syllables of one phrase."""
    return i + 1 < len(tokens) and text[tokens[i].end:tokens[i + 1].start] in _JOINERS


class Word(NamedTuple):
    """Tokens ``first``..``last - 1`` read as one word; ``known`` when the word list has it
    (always for a lone syllable, which the list need not hold)."""

    first: int
    last: int
    start: int
    end: int
    key: str  # the tokens' keys joined by spaces
    known: bool

    @property
    def size(self) -> int:
        return self.last - self.first


def segment(tokens: list[Token], text: str, covered: list[bool] | None = None) -> list[Word]:
    """Group syllables into words: in each run of adjacent word tokens, the split into the
    fewest known words (ties go to the longer first word). ``covered``, when given, is set
    True for every token inside some known multi-syllable word, chosen or not."""
    if not tokens:
        return []
    # The tokens' fields as columns: indexing them is cheaper than reading attributes.
    _, starts, ends, _, keys, is_word, _, _ = zip(*tokens)
    words: list[Word] = []
    append = words.append
    new = tuple.__new__
    i, n = 0, len(tokens)
    while i < n:
        if not is_word[i]:
            append(new(Word, (i, i + 1, starts[i], ends[i], keys[i], True)))
            i += 1
            continue
        j, end = i + 1, ends[i]
        while j < n and is_word[j]:  # the run goes on while one space (or none) separates them (_JOINERS)
            if starts[j] != end and (starts[j] - end > 1 or text[end] not in " \u00a0"):
                break
            end = ends[j]
            j += 1
        if j == i + 1:
            append(new(Word, (i, j, starts[i], end, keys[i], True)))
        else:
            _segment_run(keys, starts, ends, i, j, covered, append)
        i = j
    return words


def _segment_run(keys, starts, ends, first: int, last: int, covered: list[bool] | None, append) -> None:
    known = compound_words()
    prefixes = compound_prefixes()  # a longer word is looked for only after one of its prefixes
    # spans[k]: lengths of the words that start at token k, for the k where a known word starts
    spans: dict[int, list[int]] = {}
    reach = first  # where the last known word found ends
    overlapping = False  # two known words found overlap, or one token opens two
    memo = _PAIRS.firsts
    for k in range(first, last - 1):
        # what the pair of syllables is (a word, the prefix of a longer one), remembered by its
        # two keys as _FORMS remembers a word's forms: no string is joined for a pair seen before
        seconds = memo.get(keys[k])
        flags = seconds.get(keys[k + 1]) if seconds is not None else None
        if flags is None:
            flags = _PAIRS.remember(keys[k], keys[k + 1], seconds)
        if not flags:
            continue  # (most pairs: no word, and the prefix of none)
        if flags & _WORD:
            lengths = spans[k] = [1, 2]
        else:
            lengths = None
        if flags & _PREFIX:  # a longer word may start here: its syllables joined and looked up
            key = f"{keys[k]} {keys[k + 1]}"
            m = k + 2
            while m < last and m < k + MAX_WORD and key in prefixes:
                key = f"{key} {keys[m]}"
                if key in known:
                    if lengths is None:
                        lengths = spans[k] = [1]
                    lengths.append(m - k + 1)
                m += 1
        if lengths is not None:
            longest = lengths[-1]
            if covered is not None:
                covered[k:k + longest] = [True] * longest
            if k < reach or len(lengths) > 2:
                overlapping = True
            reach = k + longest
    new = tuple.__new__
    if not spans:  # no word of two syllables or more
        for k in range(first, last):
            append(new(Word, (k, k + 1, starts[k], ends[k], keys[k], True)))
        return
    if not overlapping:
        # Most runs: the known words found stand apart, so the split into the fewest words takes
        # each of them (any other split has more words): no search over the splits is needed.
        k = first
        while k < last:
            lengths = spans.get(k)
            if lengths is None:
                append(new(Word, (k, k + 1, starts[k], ends[k], keys[k], True)))
                k += 1
            else:
                b = k + lengths[1]
                append(new(Word, (k, b, starts[k], ends[b - 1], " ".join(keys[k:b]), True)))
                k = b
        return
    size = last - first
    best = [0] * (size + 1)  # fewest words covering tokens first + k .. last
    choice = [1] * (size + 1)
    for k in range(size - 1, -1, -1):
        lengths = spans.get(first + k)
        if lengths is None:
            best[k] = best[k + 1] + 1
            continue
        best[k] = size + 1
        for length in reversed(lengths):  # longest first: ties go to the longer word
            if best[k + length] + 1 < best[k]:
                best[k], choice[k] = best[k + length] + 1, length
    k = 0
    while k < size:
        length = choice[k]
        a, b = first + k, first + k + length
        key = keys[a] if length == 1 else " ".join(keys[a:b])
        append(new(Word, (a, b, starts[a], ends[b - 1], key, True)))
        k += length


_WORD, _PREFIX = 1, 2  # a pair of syllables is a known word; is the prefix of a longer one
def _pair_flags(first: str, second: str) -> int:
    key = f"{first} {second}"
    return (_WORD if key in compound_words() else 0) | (_PREFIX if key in compound_prefixes() else 0)


_PAIRS = PairMemo(_pair_flags)  # first key → second key → _WORD | _PREFIX, as pairs are met


# A sentence ends at . ! ? … (and closing quotes or brackets) before a space and a capital,
# a digit or an opening quote, unless the stop closes an abbreviation or an initial. (The first
# mark written apart, "[.!?…][.!?…]*" for "[.!?…]+": a pattern that opens with a repeat is tried at
# every character, one that opens with a set skips to the next mark in C; 7.4 → 2.7 ms on the
# bench's 200k characters, the same matches.)
_STOP = re.compile(r"[.!?…][.!?…]*[\"”’)\]]*(?=\s+[\"“(\[]?(?:[^\W\d_a-zđ]|\d))")
_ABBREVIATIONS = frozenset({"tp", "tx", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "cn", "th.s", "ts.bs", "đ/c",
                            "đc", "ô", "bà", "st", "nxb", "tr", "q", "p", "h", "x", "v.v", "vv", "k/t", "t/m",
                            "tm", "kt", "no", "số"})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries inside one paragraph, as (start, end) offsets, spaces trimmed."""
    spans = []
    start = 0
    for match in _STOP.finditer(text):
        if match.group().startswith(".") and len(match.group()) == 1 and abbreviation_before(text, match.start()):
            continue
        end = match.end()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def abbreviation_before(text: str, dot: int) -> bool:
    """The word before the stop is an abbreviation ("TP. Hồ Chí Minh") or an initial."""
    begin = dot
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in "(“\"":
        begin -= 1
    word = text[begin:dot]
    if not word or word.isdigit():
        return False
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def token_syllables(token: Token) -> Iterator[tuple[int, int]]:
    """(start, end) of each syllable of a word token: the runs of letters between its apostrophes
    and dots ("H'Hen" → H, Hen; "PGS.TS" → PGS, TS)."""
    start = token.start
    for part in _INNER_MARKS.split(token.text):
        if part:
            yield start, start + len(part)
        start += len(part) + 1


class _once:
    """functools.cached_property without its lock: Python 3.11's takes one at every first read,
    ~2 µs against ~0.9 µs here (measured), and a page makes thousands of first reads. The value
    is kept in the instance's own attributes, where later reads find it without calling here.
    Two threads reading one new attribute at once both compute it, and get equal values."""

    __slots__ = ("func", "name")

    def __init__(self, func):
        self.func, self.name = func, func.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


_NONE = object()  # not yet derived (None may be a derived value)
_FIRST = itemgetter(0)  # Word.first


@dataclass(frozen=True, eq=False)
class Reading:
    """One paragraph read once: its tokens, words and sentences (paragraph offsets)."""

    text: str

    @_once
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @_once
    def words(self) -> list[Word]:
        return self._segmentation[0]

    @_once
    def in_known_word(self) -> list[bool]:
        """Per token: it belongs to some known multi-syllable word (chosen by the
        segmentation or not), so it is no word on its own there."""
        return self._segmentation[1]

    @_once
    def _segmentation(self) -> tuple[list[Word], list[bool]]:
        covered = [False] * len(self.tokens)
        return segment(self.tokens, self.text, covered), covered

    def derived(self, key: str, make):
        """``make(self)``, computed once per reading: what several rules derive from one
        paragraph (the capitalisation patterns, say) is shared, not recomputed."""
        cache = self.__dict__.get("_derived")
        if cache is None:
            cache = self.__dict__["_derived"] = {}
        value = cache.get(key, _NONE)
        if value is _NONE:
            value = cache[key] = make(self)
        return value

    @_once
    def syllables(self) -> list[tuple[int, int]]:
        """(start, end) of every run of letters: the word tokens cut at their apostrophes and
        dots ("H'Hen" → H, Hen; "PGS.TS" → PGS, TS), what a syllable dictionary is asked about."""
        return list(self.iter_syllables())

    def iter_syllables(self) -> Iterator[tuple[int, int]]:
        """The syllables, made as they are read: a check that reads them once keeps no list of
        tens of thousands of pairs alive with the paragraph (for the cycle collector to walk)."""
        for token in self.tokens:
            if not token.is_word:
                continue
            if token.text.isalpha():  # most tokens: one syllable, nothing to cut
                yield token.start, token.end
                continue
            yield from token_syllables(token)

    @_once
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)

    @_once
    def number_starts(self) -> list[int]:
        """Where each run of digits begins (text.number_starts): where the figure and number
        patterns are tried (text.number_matches)."""
        return number_starts(self.text)

    @_once
    def word_of_token(self) -> list[int]:
        """Index into ``words`` of the word each token belongs to."""
        # The words cover the tokens in order, each token once (see segment).
        return [w for w, word in enumerate(self.words) for _ in range(word.last - word.first)]

    def word_index(self, i: int) -> int:
        """``word_of_token[i]`` by a binary search over the words: the rules ask it of a few tokens
        of a paragraph, and the whole list (one entry per token) cost more than their look-ups."""
        return bisect_right(self.words, i, key=_FIRST) - 1

    def sentence_at(self, offset: int) -> tuple[int, int]:
        for span in self.sentences:
            if span[0] <= offset < span[1]:
                return span
        return (0, len(self.text))

    def adjacent(self, i: int) -> bool:
        return adjacent(self.tokens, i, self.text)
