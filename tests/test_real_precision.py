"""Real public text nobody on the project wrote (tests/real/, 267 reports and news items): the
checker raises no error there that a person has not confirmed, and its findings, judged by hand in tests/real/judgments.json,
stay at least 85 % right. New findings are judged with `bench/score_real.py --record`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import score_real  # noqa: E402


def test_no_error_and_warnings_mostly_right():
    counts = score_real.score()
    assert counts["errors_not_judged_right"] == 0, counts
    judged = counts["true"] + counts["false"]
    assert judged and counts["true"] / judged >= 0.85, counts
