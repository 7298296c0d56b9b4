"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VIQR, detected and converted
to Unicode NFC (domain.md §7); and Unicode text damaged the same way (``cp1252``: UTF-8
bytes read as Windows-1252 and saved again, "Ä‘á»“ng chÃ­" for "đồng chí").

TCVN3 and VNI are font encodings: a byte is drawn as a Vietnamese letter by the font
(.VnTime, VNI-Times), and anything that reads the bytes as Windows-1252 shows mojibake
("Uû ban nh©n d©n", "Vieät Nam"). Here the mojibake is the working form: a byte ``b``
is the character ``byte_char(b)``, one character per byte, so a .txt read with
``decode_bytes`` and a .docx run whose characters Word stored as Windows-1252 both go
through the same text converters, and nothing is lost before the user chooses to convert.

TCVN3 has no codes for toned capitals: the ".VnTimeH" companion fonts draw the lower-case
codes as capitals, so only the font tells the case (``upper=True``). In plain text they
stay lower case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SCHEMES = ("tcvn3", "vni", "viqr", "cp1252")
NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI", "viqr": "VIQR",
         "cp1252": "UTF-8 bị đọc nhầm theo Windows-1252 (lỗi phông)"}


def byte_char(b: int) -> str:
    """The character Windows-1252 shows for byte ``b``; its five undefined bytes read as
    Latin-1 so that every byte has exactly one character and back."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


_BYTE_CHARS = "".join(byte_char(b) for b in range(256))
_CHAR_BYTE = {ch: b for b, ch in enumerate(_BYTE_CHARS)}


def decode_bytes(raw: bytes) -> str:
    """Legacy bytes as their one-character-per-byte mojibake (lossless, see module doc)."""
    return "".join(_BYTE_CHARS[b] for b in raw)


def char_byte(ch: str) -> int | None:
    """The byte a mojibake character stands for; Word also stores symbol-font text in the
    private area U+F000–U+F0FF. None for a character no byte gives (real Unicode text)."""
    if 0xF000 <= ord(ch) <= 0xF0FF:
        return ord(ch) - 0xF000
    return _CHAR_BYTE.get(ch)


# TCVN3 (ABC): bytes 0xA1–0xFE, lower-case letters and the seven toneless capitals
# (Ă Â Ê Ô Ơ Ư Đ). These agree with TCVN 5712:1993 (VN1) at every letter ABC keeps; VN1's
# extra capitals (0xAF, 0xBA, 0xC0–0xC5…) and combining marks (0xB0–0xB4) are not in the
# ABC fonts, so those bytes stay what Windows-1252 shows (°, ±, À…).
_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_MAP = {_BYTE_CHARS[b]: letter for b, letter in _TCVN3_LETTERS.items()}
# What tcvn3_to_unicode writes for a character that a byte gives (any other stays as it is), as a str.translate table:
# the text mapped in C, where a generator over its characters took ~10 ms of every load of a long document (each is
# tried as TCVN3 mojibake, legacy.detect_text).
_TCVN3_TABLE = {ord(ch): letter for ch in [*_CHAR_BYTE, *map(chr, range(0xF000, 0xF100))]
                if (letter := _TCVN3_MAP.get(_BYTE_CHARS[char_byte(ch)], ch)) != ch}
_TCVN3_INVERSE = {letter: b for b, letter in _TCVN3_LETTERS.items()}

# VNI-Windows: a toned or modified vowel is the base letter followed by one mark byte;
# the mark bytes differ for lower and upper case. Shown here as their Windows-1252 text.
_VNI_MARKS_LOWER = {
    "ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "â": "\u0302", "à": "\u0302\u0300", "á": "\u0302\u0301", "å": "\u0302\u0309", "ã": "\u0302\u0303",
    "ä": "\u0302\u0323",
    "ê": "\u0306", "è": "\u0306\u0300", "é": "\u0306\u0301", "ú": "\u0306\u0309", "ü": "\u0306\u0303",
    "ë": "\u0306\u0323",
}
# Upper-case marks are the lower-case byte minus 0x20 (ø F8 → Ø D8).
_VNI_MARKS_UPPER = {ch.upper(): mark for ch, mark in _VNI_MARKS_LOWER.items()}
# Letters VNI gives a byte of their own: đ, ơ, ư and the toned i, y-dot.
_VNI_SINGLE = {
    "ñ": "đ", "ô": "ơ", "ö": "ư", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Ñ": "Đ", "Ô": "Ơ", "Ö": "Ư", "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}
# Which marks each base takes: â/ê/ô from ^ and ă from breve; ơ/ư (single bytes) take tones.
_VNI_BASES = "aeiouyAEIOUY" + "ôöÔÖ"
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for base in _VNI_BASES:
        letter = _VNI_SINGLE.get(base, base)
        for marks in (_VNI_MARKS_LOWER, _VNI_MARKS_UPPER):
            for code, mark in marks.items():
                if base in "ôöÔÖ" and mark not in _TONE_MARKS:
                    continue  # ơ/ư take only a tone
                if mark[0] == "\u0306" and letter.lower() != "a" or mark[0] == "\u0302" and letter.lower() not in "aeo":
                    continue  # breve only on a; circumflex only on a, e, o
                if letter.lower() == "i" or letter.lower() == "y" and mark == "\u0323":
                    continue  # those have single bytes (ì í ỉ ĩ ị ỵ)
                composed = unicodedata.normalize("NFC", letter + mark)
                if len(composed) == 1:
                    pairs[base + code] = composed
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, [*_VNI_PAIRS, *_VNI_SINGLE]), key=len, reverse=True)))
# The inverse writes the lower-case marks after a lower-case base and the upper-case marks
# after a capital, as VNI keyboards do.
_VNI_INVERSE: dict[str, str] = {}
for _code, _letter in list(_VNI_SINGLE.items()) + list(_VNI_PAIRS.items()):
    if len(_code) == 2 and (_code[0].isupper() != _code[1].isupper()):
        continue
    _VNI_INVERSE.setdefault(_letter, _code)


def tcvn3_to_unicode(text: str, upper: bool = False) -> str:
    """TCVN3 mojibake → Unicode NFC. ``upper``: the text was in a ".VnXxxH" font, where every
    letter is drawn as a capital."""
    out = text.translate(_TCVN3_TABLE)
    return unicodedata.normalize("NFC", out.upper() if upper else out)


# Symbol-font text (U+F000–U+F0FF, char_byte) found, and turned into the mojibake of its bytes, in C: a test of every
# character by a generator took ~2 ms of every load of a long document (each is tried as VNI mojibake).
_SYMBOL_FONT = re.compile("[\uf000-\uf0ff]")
_SYMBOL_BYTES = {0xF000 + b: ch for b, ch in enumerate(_BYTE_CHARS)}


def vni_to_unicode(text: str) -> str:
    """VNI mojibake → Unicode NFC (a base letter and its mark byte, longest match first)."""
    if _SYMBOL_FONT.search(text):
        text = text.translate(_SYMBOL_BYTES)
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_PAIRS.get(m.group()) or _VNI_SINGLE[m.group()], text))


def unicode_to_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes (the inverse, for tests and round trips). Toned capitals have no
    code: they are written lower case, as TCVN3 plain text does."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3_INVERSE.get(ch)
        if code is None and ch.isupper() and ch.lower() in _TCVN3_INVERSE and ch not in "ĂÂÊÔƠƯĐ":
            code = _TCVN3_INVERSE[ch.lower()]
        if code is None:
            code = _CHAR_BYTE.get(ch)
            if code is None or code in _TCVN3_LETTERS:  # "á" is byte 0xE1, which TCVN3 draws as "ỏ"
                raise ValueError(f"{ch!r} has no TCVN3 code")
        out.append(code)
    return bytes(out)


def unicode_to_vni(text: str) -> str:
    """Unicode → VNI mojibake text (its bytes: ``.encode('cp1252')``)."""
    return "".join(_VNI_INVERSE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# VIQR (RFC 1456): ' ` ? ~ . tones, ( breve, ^ circumflex, + horn, dd for đ; "\" escapes.
_VIQR_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_MODS = {"(": "\u0306", "^": "\u0302", "+": "\u031b"}
_VIQR_MOD_BASES = {"(": "aA", "^": "aeoAEO", "+": "ouOU"}
_SENTENCE_PUNCTUATION = ".?!,;:)\"”"
_VIQR_RE = re.compile(r"\\(.)|([dD][dD])|([aeiouyAEIOUY])([(^+]?)([`'?~.]?)")
_VIQR_MARKED = re.compile(r"[aeiouyAEIOUY](?:[(^+][`'?~.]?|[`'?~]|\.(?=[a-zA-Z]))|\b(?:dd|DD|Dd)[aeiouyAEIOUY]")


def viqr_to_unicode(text: str) -> str:
    """VIQR → Unicode NFC. A mark is read only where it makes a Vietnamese letter with the
    letter before it ("Qui Nho+n", "ho.c ta^.p"); "\\." is a literal dot. A "." or "?" after a
    word's last vowel is a tone when more punctuation follows ("ma.." = "mạ."), or when the
    word is a syllable with it and the line goes on ("Bo^. Chi'nh tri.": "Bộ Chính trị.");
    at the end of a line, a word that is a syllable either way keeps it as punctuation."""

    def letter(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return m.group(1)
        if m.group(2):
            return "Đ" if m.group(2)[0] == "D" else "đ"
        base, mod, tone = m.group(3), m.group(4), m.group(5)
        out = base
        if mod:
            if base not in _VIQR_MOD_BASES[mod]:
                return base + mod + tone
            out += _VIQR_MODS[mod]
        if tone:
            if tone in "?." and not _final_tone(m, out, tone):
                return unicodedata.normalize("NFC", out) + tone
            out += _VIQR_TONES[tone]
        return unicodedata.normalize("NFC", out)

    return unicodedata.normalize("NFC", _VIQR_RE.sub(letter, text))


def _final_tone(m: re.Match[str], letter: str, tone: str) -> bool:
    """Whether a "." or "?" right after a vowel is its tone (see viqr_to_unicode)."""
    from .vietnamese import is_syllable

    text, end = m.string, m.end()
    following = text[end:end + 1]
    if following and (following.isalpha() or following in _SENTENCE_PUNCTUATION or following == "\\"):
        return True
    start = m.start()
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "(^+`'~"):
        start -= 1
    stem = viqr_to_unicode(text[start:m.start()]).lstrip("(^+`'~")  # "(chi?": "(" opens, no breve
    plain = unicodedata.normalize("NFC", stem + letter)
    toned = unicodedata.normalize("NFC", stem + letter + _VIQR_TONES[tone])
    if not is_syllable(toned):
        return False
    if not is_syllable(plain):
        return True
    rest = text[end:].lstrip(" \t")
    return bool(rest) and rest[0] != "\n"


def unicode_to_viqr(text: str) -> str:
    """Unicode → VIQR (for tests): base letter, modifier, tone; đ as dd; a literal mark
    character after a vowel, and a literal "dd", escaped with "\\"."""
    inverse_tones = {v: k for k, v in _VIQR_TONES.items()}
    inverse_mods = {v: k for k, v in _VIQR_MODS.items()}
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        previous = out[-1][-1:] if out else ""
        if ch == "\\":
            out.append("\\\\")
            continue
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        if (ch in "(^+`'?~." and previous in "aeiouyAEIOUY" + "".join(_VIQR_TONES) + "".join(_VIQR_MODS)
                and previous) or (ch in "dD" and previous in "dD" and previous):
            out.append("\\" + ch)
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        mods = "".join(inverse_mods[m] for m in marks if m in inverse_mods)
        tones = "".join(inverse_tones[m] for m in marks if m in inverse_tones)
        out.append(base + mods + tones if len(mods) + len(tones) == len(marks) else ch)
    return "".join(out)


# A run of the characters Windows-1252 shows for bytes 0x80–0xFF: where UTF-8 was read as
# Windows-1252, each Vietnamese letter became two or three of them ("á»“" for "ồ").
_MOJIBAKE_RUN = re.compile("[" + re.escape(_BYTE_CHARS[0x80:]) + "]+")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def cp1252_mojibake_to_unicode(text: str) -> str:
    """UTF-8 read as Windows-1252 → the Unicode it was ("Ä‘á»“ng chÃ­" → "đồng chí"). Each run
    of such characters goes back to its bytes and is read as UTF-8; bytes that are no UTF-8 keep
    their character, so real Latin-1 letters ("Hoà") and the rest of the text are left as they are."""
    def repair(match: re.Match[str]) -> str:
        decoded = bytes(_CHAR_BYTE[ch] for ch in match.group()).decode("utf-8", "surrogateescape")
        return _ESCAPED_BYTE.sub(lambda m: _BYTE_CHARS[ord(m.group()) - 0xDC00], decoded)

    return unicodedata.normalize("NFC", _MOJIBAKE_RUN.sub(repair, text))


CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode, "viqr": viqr_to_unicode,
              "cp1252": cp1252_mojibake_to_unicode}


def convert(text: str, scheme: str, upper: bool = False) -> str:
    if scheme == "tcvn3":
        return tcvn3_to_unicode(text, upper)
    return CONVERTERS[scheme](text)


@dataclass(frozen=True)
class LegacySpan:
    """A stretch of the document's text written in a legacy scheme (a whole .txt, or the
    runs of one .docx font); ``upper`` for TCVN3 capital fonts (.VnTimeH)."""

    start: int
    end: int
    scheme: str
    upper: bool = False


def convert_spans(text: str, spans) -> str:
    """The text with every span converted (spans in order, not overlapping)."""
    out = []
    position = 0
    for span in sorted(spans, key=lambda s: s.start):
        out.append(text[position:span.start])
        out.append(convert(text[span.start:span.end], span.scheme, span.upper))
        position = span.end
    out.append(text[position:])
    return unicodedata.normalize("NFC", "".join(out))


def font_scheme(font: str | None) -> tuple[str, bool] | None:
    """(scheme, upper) told by a font name: ".VnTime" TCVN3, ".VnTimeH" TCVN3 capitals,
    "VNI-Times" VNI; None for a Unicode font."""
    if not font:
        return None
    name = font.strip()
    if name.lower().startswith(".vn"):
        return "tcvn3", name.endswith("H")
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return "vni", False
    return None


# Detection. A legacy text is recognised by how many of its words become Vietnamese
# syllables once converted, against how many already are.
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000


def _score(text: str) -> tuple[int, int]:
    """(words that are Vietnamese syllables with a non-ASCII letter, words with a non-ASCII
    letter): ASCII words read alike in every scheme and tell nothing."""
    from .vietnamese import is_syllable

    good = total = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        good += is_syllable(word)
    return good, total


def _looks_viqr(text: str) -> bool:
    marked = len(_VIQR_MARKED.findall(text))
    return marked >= 3 and marked * 20 >= len(_WORD.findall(text))


def detect_text(text: str) -> str | None:
    """'tcvn3', 'vni', 'viqr' or 'cp1252' when ``text`` reads as that scheme's mojibake, else
    None (already Unicode, or not Vietnamese)."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        if _looks_viqr(sample):
            good, total = _score(viqr_to_unicode(sample))
            return "viqr" if total and good * 10 >= total * 7 else None
        return None
    as_is, _ = _score(sample)
    scores = {}
    for scheme in ("tcvn3", "vni", "cp1252"):
        good, total = _score(convert(sample, scheme))
        # The converted text must read mostly well, and clearly better than the text as it is.
        # Mojibake of UTF-8 leaves Unicode text as it is (only runs that are UTF-8 bytes change),
        # and its fragments ("cÃ³", "há»p") often pass for syllables: reading better is enough.
        better = good > as_is if scheme == "cp1252" else good >= 2 * as_is + 1
        if total and good * 10 >= total * 7 and better:
            scores[scheme] = good
    if "tcvn3" in scores and scores["tcvn3"] == scores.get("vni"):
        return None  # both tables read it equally well ("böa a"): too little text to tell
    return max(scores, key=scores.get) if scores else None


def detect_bytes(raw: bytes) -> str | None:
    """'tcvn3' or 'vni' when the bytes of a .txt are in that single-byte scheme. Run on the
    raw bytes before any decoding (a cp1258 decode loses them); UTF-8 bytes are not legacy."""
    sample = raw[:_SAMPLE * 2]
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError as err:
        if len(raw) > len(sample) and err.start >= len(sample) - 3:
            return None  # UTF-8 cut in the middle of a character by the sample
    scheme = detect_text(decode_bytes(raw[:_SAMPLE]))
    return scheme if scheme in ("tcvn3", "vni") else None


def converted_text(loaded, scheme: str | None = None) -> str | None:
    """The Unicode text of a loaded document (core.loading.LoadedDocument), or None when
    there is nothing to convert. ``scheme`` forces a table: then a .txt that is not UTF-8 is
    read again from its bytes, a .docx's legacy runs (or its whole text) use that table."""
    if scheme is None:
        return convert_spans(loaded.text, loaded.legacy) if loaded.legacy else None
    if loaded.encoding == "docx":
        spans = [LegacySpan(s.start, s.end, scheme, s.upper and scheme == "tcvn3") for s in loaded.legacy]
        return convert_spans(loaded.text, spans or [LegacySpan(0, len(loaded.text), scheme)])
    text = loaded.text
    # Mojibake is one Windows-1252 character a byte; a character outside that set means the
    # file's bytes were read as something else (UTF-8, cp1258) and must be read again.
    # cp1258 turns some bytes into combining marks that NFC then merges ("n" + 0xDE → "ñ").
    if scheme in ("tcvn3", "vni") and (loaded.encoding == "cp1258"
                                       or any(ch not in _CHAR_BYTE for ch in text if ch != "\n")):
        from .text import normalize

        text = normalize(decode_bytes(loaded.path.read_bytes()))
    return convert(text, scheme)
