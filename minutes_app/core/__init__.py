"""The Qt-free engine: load → text → detectors → entities → checks → findings.

Nothing under this package may import Qt, so the CLI, the tests and the GUI share it.
"""

from .engine import Analysis, Analyzer, analyze
from .model import Entity, Finding, Severity

__all__ = ["Analysis", "Analyzer", "Entity", "Finding", "Severity", "analyze"]
