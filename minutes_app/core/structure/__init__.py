"""The document model: typed lines (lines.py), then the document's parts (DocStructure,
document.py) built once per analysis (build.py), when first read (lazy.py)."""

from .document import DocStructure, Field
from .lazy import LazyStructure
from .lines import Line, LineKind, classify_lines, line_shape


def __getattr__(name: str):
    if name == "build_structure":  # the full readers, imported on demand (see lazy.py)
        from .build import build_structure

        return build_structure
    raise AttributeError(name)


__all__ = ["DocStructure", "LazyStructure", "Field", "Line", "LineKind", "build_structure", "classify_lines", "line_shape"]
