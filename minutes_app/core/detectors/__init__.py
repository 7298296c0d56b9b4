"""Detectors: find entities in one paragraph; link them across the document."""

from __future__ import annotations

from collections import Counter

from ..model import Entity
from .figures import detect_figures
from .officials import detect_officials
from .organizations import detect_organizations
from .targets import detect_targets


def detect_paragraph(text: str) -> list[Entity]:
    """Every entity in one paragraph, offsets relative to the paragraph."""
    people = detect_officials(text)
    figures = detect_figures(text)
    organizations = detect_organizations(text, [(e.start, e.end) for e in people])
    targets = detect_targets(text, figures)
    return people + organizations + figures + targets


def link_document(text: str, entities: list[Entity]) -> list[Entity]:
    """Decide which person mentions are officials and count each official's mentions.

    A titled mention makes a person an official; an untitled mention ("đồng chí Nguyễn
    Văn Thể", or the bare name) counts for the official of the same name (compared without
    tone marks, so a misspelt mention still links and the names rule can flag it).
    Other people named as "đồng chí …" (members speaking or absent in minutes) stay
    "person"; untitled names with no such word are dropped: bylines, photo credits.
    """
    titled = {e.get("person_id") for e in entities if e.kind == "official"}
    linked = []
    for entity in entities:
        if entity.kind == "person":
            if entity.get("person_id") in titled:
                entity = Entity("official", entity.start, entity.end, entity.text, entity.data)
            elif not entity.get("prefixed"):
                continue
        linked.append(entity)
    mentions = Counter(e.get("person_id") for e in linked if e.kind == "official")
    return [
        Entity(e.kind, e.start, e.end, e.text, {**e.data, "mentions": mentions[e.get("person_id")]})
        if e.kind == "official" else e
        for e in linked
    ]
