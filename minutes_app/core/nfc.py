"""Analysing text typed or pasted in decomposed form (NFD: Unikey's "Unicode tổ hợp", macOS,
PDFs) without changing it: the engine reads the NFC form and maps offsets back.

Files are normalised when loaded; text arriving through the editor is not, and must not be
rewritten behind the user's back (domain.md §7).
"""

from __future__ import annotations

import unicodedata


def nfc_with_map(text: str) -> tuple[str, list[int]] | None:
    """The NFC form of ``text`` and, for each of its offsets (end included), the offset in
    ``text``; None when ``text`` is already NFC or cannot be mapped cluster by cluster."""
    if unicodedata.is_normalized("NFC", text):
        return None
    pieces: list[tuple[str, int, int]] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        pieces.append((unicodedata.normalize("NFC", text[i:j]), i, j))
        i = j
    normal = "".join(piece for piece, _, _ in pieces)
    if normal != unicodedata.normalize("NFC", text):
        return None  # composition across clusters (not Vietnamese): analyse as written
    mapping = []
    for piece, start, end in pieces:
        mapping.extend([start] + [end] * (len(piece) - 1))
    mapping.append(len(text))
    return normal, mapping
