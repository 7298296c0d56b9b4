"""The document model: typed lines (lines.py), then the document's parts (DocStructure,
document.py) built once per analysis (build.py)."""

from .build import LazyStructure, build_structure
from .document import DocStructure, Field
from .lines import Line, LineKind, classify_lines, line_shape

__all__ = ["DocStructure", "LazyStructure", "Field", "Line", "LineKind", "build_structure", "classify_lines", "line_shape"]
