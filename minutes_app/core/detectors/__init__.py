"""Detectors: find entities in one paragraph; link them across the document."""

from __future__ import annotations

from ..model import Entity
from .figures import detect_figures


def detect_paragraph(text: str) -> list[Entity]:
    """Every entity in one paragraph, offsets relative to the paragraph."""
    return detect_figures(text)


def link_document(text: str, entities: list[Entity]) -> list[Entity]:
    """Document-level step: decide which person mentions are officials."""
    return list(entities)
