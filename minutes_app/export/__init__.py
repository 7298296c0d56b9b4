"""DOCX exports (issue 4): the structured summary and the annotated copy of the report.

The CLI and the editor import this package only when the user exports, so python-docx does
not slow their start-up.
"""

from .annotated import write_annotated
from .summary import write_summary

__all__ = ["write_annotated", "write_summary"]
