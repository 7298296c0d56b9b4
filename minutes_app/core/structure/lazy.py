"""The DocStructure of one analysis, built when first read.

Kept apart from build.py on purpose: the readers behind the full model (meeting, decisions,
targets, tasks) compile many patterns when imported, ~60 ms that a command-line check of a
report, which never reads the model, need not pay; they are imported on the first build.
"""

from __future__ import annotations

from ..collector import collector_paused
from .document import DocStructure, Header, News
from .header import genre_without_type, read_header, read_news


class LazyStructure:
    """The DocStructure of one analysis, built on first use (the CLI's JSON, an export, the
    editor's worker thread), so a re-check that nobody reads the model of stays cheap. The rules
    read ``genre_hint`` and ``header_hint`` (the header alone, a few lines' work) without building
    the rest. Every other attribute is the built DocStructure's."""

    def __init__(self, ctx):
        self._ctx = ctx
        self._built: DocStructure | None = None
        self._news: News | None = None
        lines = list(ctx.lines)
        header, genre, _ = read_header(ctx.text, lines) if lines else (Header(), "other", 0)
        if genre == "other" and header.type_line is None and header.system is None:
            genre = genre_without_type(ctx.text, lines)
        self.genre_hint, self.header_hint = genre, header

    def built(self) -> DocStructure:
        if self._built is None:
            from .build import build_structure

            with collector_paused():
                self._built = build_structure(self._ctx, self._news)
            self._ctx = None  # the context (and its text) is not kept beyond the build
        return self._built

    @property
    def news_hint(self) -> News | None:
        """A news item's dateline, headline, lead, byline, captions and page furniture, read alone (a few lines'
        work, where the whole model is several times the rules' own): what web-debris needs. The build reuses it."""
        if self._built is not None:
            return self._built.news
        if self._news is None and self.genre_hint == "tin_hoi_nghi":
            self._news = read_news(self._ctx.text, list(self._ctx.lines))
        return self._news

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.built(), name)

    def __eq__(self, other):
        return self.built() == (other.built() if isinstance(other, LazyStructure) else other)

    __hash__ = None
