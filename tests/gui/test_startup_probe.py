"""The start-up probe that `make bench` and the build's smoke test time: a real editor
process opens a seed, shows its highlights, says so and quits by itself."""

from bench.bench_startup import installed_command, window_times


def test_editor_reports_first_highlights_and_quits():
    (seconds,), _ = window_times(installed_command(), runs=1)
    assert seconds > 0  # reaching here means the marker came and the process ended on its own
