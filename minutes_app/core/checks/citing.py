"""How a message points at another sentence of the document: by its first words, as a reader finds it by eye
(issue 18: nobody counts paragraphs, so "đoạn 9" tells the clerk nothing; "câu “Năm 2025, toàn xã có…”" does)."""

from __future__ import annotations

FIRST_WORDS = 5  # as many as the summary's references quote (export/refs.py)
_MARKERS = "-–•+* \t"  # a list item's dash: not what the eye looks for


def sentence_cited(ctx, offset: int) -> str:
    """"câu “Năm 2025, toàn xã có 1.200…”": the sentence holding ``offset`` (document offsets)."""
    index = ctx.paragraph_index(offset)
    if index is None:
        return "câu trước đó"
    paragraph = ctx.paragraphs[index]
    start, end = ctx.reading(paragraph).sentence_at(offset - paragraph.start)
    words = paragraph.text[start:end].lstrip(_MARKERS).split()
    cut = " ".join(words[:FIRST_WORDS]).rstrip(",;:.| ")
    return f"câu “{cut}{'…' if len(words) > FIRST_WORDS else ''}”"
