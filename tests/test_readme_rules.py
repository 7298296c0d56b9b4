"""README's list of checks is generated from the rule registry; this fails while it is stale.

Fix: `make docs`, then commit README.md with the rule change.
"""

from pathlib import Path

from scripts.make_docs import BEGIN, END, rules_block

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_rule_list_matches_registry():
    readme = README.read_text(encoding="utf-8")
    current = readme[readme.index(BEGIN):readme.index(END) + len(END)]
    assert current == rules_block(), "README.md's rule list is out of date: run `make docs`"


def test_every_rule_documents_what_it_catches():
    from minutes_app.core.checks import all_rules
    from scripts.make_docs import describe

    for code, rule in all_rules().items():
        assert describe(rule), f"{code}: neither its check nor its module has a docstring"
