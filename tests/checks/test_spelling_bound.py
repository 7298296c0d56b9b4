"""Bounded spelling work: counted in candidate evaluations, never timed."""

from minutes_app.core.checks import ParagraphContext
from minutes_app.core.checks.spelling import MAX_SUGGESTION_WORK_PER_PARAGRAPH, spelling
from minutes_app.core.model import Severity
from minutes_app.core.vietnamese import MAX_CANDIDATES_PER_TOKEN, SuggestionWork, suggest


def _work(text):
    before = SuggestionWork.evaluations
    issues = list(spelling(ParagraphContext(text, [])))
    return SuggestionWork.evaluations - before, issues


def test_the_issue_line_costs_little_work():
    """The line that ran 9–12 s (hunspell's suggestion search on "ngoạiưu")."""
    work, issues = _work("vụquyếtCụm;ngoạiưu, đốitrọng chínhđượctrưởngbanquyếtđịnh")
    assert work <= MAX_CANDIDATES_PER_TOKEN + 50
    assert [i.start for i in issues]  # "ngoạiưu" is still flagged


def test_a_word_costs_at_most_its_cap():
    before = SuggestionWork.evaluations
    suggest("tfựcx")
    assert 0 < SuggestionWork.evaluations - before <= MAX_CANDIDATES_PER_TOKEN + 25


def test_past_the_paragraph_cap_words_are_flagged_without_a_guess():
    # distinct slips, each needing a fresh one-edit search
    slips = [f"{onset}{rhyme}" for onset in ("tf", "bf", "cf", "df", "gf", "hf", "lf", "mf", "nf", "vf")
             for rhyme in ("ực", "ớp", "ứng", "ạch", "ồng", "ương", "iếc", "uất")]
    text = "Kết quả " + " ".join(slips) + "."
    work, issues = _work(text)
    assert work <= MAX_SUGGESTION_WORK_PER_PARAGRAPH
    info = [i for i in issues if i.severity is Severity.INFO]
    assert len(info) == 1 and "quá nhiều từ" in info[0].message
    assert any(i.suggestion is None for i in issues if i.severity is None)
