"""The base each share names in the words right after it, read once on the paragraph's tokens and set on the
percentage as its ``base`` (model.ShareBase): "72% của tổng số hộ", "chiếm 32,6% diện tích bị ngập", "đạt 45% so
với kế hoạch", "bằng 94,12% dân số (338.310 người)", and what those words make of it: a plan's share, a base set
apart from the figure before it ("so với cùng kỳ", "/năm", "tổng số …"), a base with a name of its own ("GDP",
"khối lượng"), from the lists in resources/share_*.txt. The relations and the checks read that record; none
re-reads the words after a percentage for itself.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from ..reading import Reading, Token
from ..resources import word_list
from .model import Cue, Quantity, ShareBase
from .reader import head_of

_START = attrgetter("start")
_MAX_WORDS = 8  # of a base's words: a bracket after more belongs to them, not to the share
_LINKERS = ("của", "trên")
# what of the base is taken, as its syllables: the number of (số, số lượng), the area of, the output of
_MEASURES = (("số", "lượng"), ("số",), ("diện", "tích"), ("sản", "lượng"))
# the word before a figure in the bracket after a base: "(tổng số 901 vụ)", "(trên 2.400 ha)", "(khoảng 300 hộ)"
_FIGURE_LEADS = (("tổng", "số"), ("tổng",), ("trên",), ("khoảng",))


@lru_cache(maxsize=None)
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """resources/<name>.txt as the lower-cased tokens of each phrase, the longest first."""
    return tuple(sorted((tuple(phrase.lower().split()) for phrase in word_list(name)), key=len, reverse=True))


def read_share_bases(reading: Reading, quantities: list[Quantity]) -> None:
    """Set ``base`` on every percentage followed by the words of a base or a bracketed figure."""
    tokens = None
    for quantity in quantities:
        if quantity.kind != "percent":
            continue
        if tokens is None:
            tokens = reading.tokens
            starts = {q.start: q for q in quantities}
        base = _base_after(tokens, bisect_left(tokens, quantity.end, key=_START), starts)
        if base is not None:
            object.__setattr__(quantity, "base", base)


def _words(tokens: list[Token], i: int, syllables: tuple[str, ...]) -> Cue | None:
    """The cue of ``syllables`` written from tokens[i] on (any case), None when they are not."""
    end = i + len(syllables)
    if end > len(tokens) or any(t.lower != s for t, s in zip(tokens[i:end], syllables)):
        return None
    first, last = tokens[i], tokens[end - 1]
    return Cue(first.start, last.end, " ".join(t.text for t in tokens[i:end]))


def _first(tokens: list[Token], i: int, choices) -> Cue | None:
    return next((cue for syllables in choices if (cue := _words(tokens, i, syllables)) is not None), None)


def _base_after(tokens: list[Token], i: int, starts: dict[int, Quantity]) -> ShareBase | None:
    """The base named from tokens[i] on: a linker, "tổng", a measure, then its words; then a figure in a bracket; and
    the plan, the words setting it apart, or the name of its own those words open with."""
    if i >= len(tokens):
        return None
    begin = i
    apart = _first(tokens, i, _phrases("share_apart_words"))
    compared = _words(tokens, i, ("so", "với"))
    plan = _first(tokens, i + 2 if compared else i, _phrases("share_plan_nouns"))
    # (an acronym, "GDP", "NSNN", names a base of its own, as a measure of the work does)
    first = tokens[i]
    own_name = Cue(first.start, first.end, first.text) if first.is_upper_word and not first.is_capitalized \
        else _first(tokens, i, _phrases("share_measure_bases"))
    linker = _first(tokens, i, (("so", "với"),) + tuple((w,) for w in _LINKERS))
    i += len(linker.text.split()) if linker else 0
    total = _words(tokens, i, ("tổng",))
    i += 1 if total else 0
    measure = _first(tokens, i, _MEASURES)
    i += len(measure.text.split()) if measure else 0
    words = []
    while i < len(tokens) and tokens[i].is_word and len(words) < _MAX_WORDS:
        words.append(Cue(tokens[i].start, tokens[i].end, tokens[i].text))
        i += 1
    figure = lead = None
    if i < len(tokens) and tokens[i].text == "(":
        # (the bracket may name its linker itself: "đạt 98% (so với tổng số 50 đại biểu)")
        inner = _first(tokens, i + 1, (("so", "với"), ("của",))) if linker is None and not words else None
        j = i + 1 + (len(inner.text.split()) if inner else 0)
        lead = _first(tokens, j, _FIGURE_LEADS)
        j += len(lead.text.split()) if lead else 0
        figure = starts.get(tokens[j].start) if j < len(tokens) else None
        lead = lead if figure is not None else None
    if not words and measure is None and figure is None and apart is None:
        return None
    # (the noun a count is of follows its "số"; an area's or an output's words are told with it)
    named = words if measure is None or measure.text.lower().split()[0] == "số" else [measure, *words]
    head, noun_class = head_of(" ".join(w.text for w in named))[:2] if named else (None, None)
    end = (words[-1].end if words else measure.end if measure else total.end if total else linker.end if linker
           else tokens[begin].start)
    return ShareBase(tokens[begin].start, end, linker, total, measure, tuple(words), head, noun_class, figure, lead,
                     plan, apart, own_name)
