"""The document model: typed lines now; the document's parts are built on them."""

from .lines import Line, LineKind, classify_lines, line_shape

__all__ = ["Line", "LineKind", "classify_lines", "line_shape"]
