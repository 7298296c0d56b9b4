"""Every rule on random text: it never raises (called directly, not through the registry's
guard) and its spans slice the text; the spelling suggester's work per paragraph stays under
its cap on text whose spaces were lost."""

from hypothesis import given

from minutes_app.core.checks import DocumentContext, ParagraphContext, all_rules
from minutes_app.core.checks.spelling import MAX_SUGGESTION_WORK_PER_PARAGRAPH, spelling
from minutes_app.core.detectors import detect_paragraph, link_document
from minutes_app.core.engine import analyze
from minutes_app.core.reading import Reading
from minutes_app.core.structure import LazyStructure, classify_lines
from minutes_app.core.text import split_paragraphs
from minutes_app.core.vietnamese import SuggestionWork
from tests.properties.strategies import hostile_text, paragraph_up_to


def _in_bounds(issues, text):
    for issue in issues:
        assert 0 <= issue.start <= issue.end <= len(text), issue


@given(hostile_text)
def test_every_rule_directly(text):
    rules = all_rules().values()
    paragraphs = split_paragraphs(text)
    entities, per_paragraph = [], {}
    readings = {}
    for paragraph in paragraphs:
        reading = readings[paragraph.index] = Reading(paragraph.text)
        found = detect_paragraph(reading)
        per_paragraph[paragraph.index] = found
        entities.extend(e.shifted(paragraph.start) for e in found)
        context = ParagraphContext(paragraph.text, list(found), reading)
        for rule in rules:
            if rule.paragraph_check:
                _in_bounds(list(rule.paragraph_check(context)), paragraph.text)
    entities = link_document(text, entities)
    lines = classify_lines([(p.start, p.text) for p in paragraphs])
    document = DocumentContext(text, paragraphs, entities, [], {}, per_paragraph, readings, lines)
    document.structure = LazyStructure(document)
    for rule in rules:
        if rule.document_check:
            _in_bounds(list(rule.document_check(document)), text)


@given(hostile_text)
def test_engine_spans_slice_the_text(text):
    analysis = analyze(text)
    for record in analysis.entities + analysis.findings:
        assert 0 <= record.start <= record.end <= len(text)
        assert text[record.start:record.end] == record.text


@given(paragraph_up_to(2000))
def test_suggestion_work_per_paragraph_is_capped(text):
    before = SuggestionWork.evaluations
    list(spelling(ParagraphContext(text, [])))
    assert SuggestionWork.evaluations - before <= MAX_SUGGESTION_WORK_PER_PARAGRAPH
