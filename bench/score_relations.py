"""How well the quantity layer READS the relations a reviewer checks, on real text: the hand-written
gold of tests/dev11_relations/gold.json (paragraphs of tests/real, see its README).

    python bench/score_relations.py [--split dev|test|all] [--detail]

For each gold relation (share, sum, plan-result, part-of, count-list, same-figure):

- read: the paragraph's layer (quantities.read_paragraph) has a relation linking every gold number
  (each gold span inside a quantity the relation names as whole, part or share; a ratio "105/130"
  is itself the part-of link of its two numbers; a count-list is read when the count rule's
  announcement reader starts a list at the count). same-figure links are made at document level
  (quantities/restated.py) and are not scored as read, only by mutation.
- mutations: one number of the relation changed by one digit (from the last digit leftwards, the
  nearest value ±1, ±2 … that breaks the relation's arithmetic at the printed precision, so
  every mutation is a real inconsistency): the percent, the whole, a part, the plan, the result,
  the count. A mutation is caught when the mutated document has an error or a warning its clean
  version lacks (code and message, as bench/score_pairs.py).
- false findings: errors and warnings of the checks of figures (FIGURE_FAMILIES) overlapping a gold paragraph whose
  relations all hold.

Documents are split by a stable hash (sha1 of the file name: remainder 0 of 3 → test, else dev).
Work on dev; --split test prints aggregates only (no --detail).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.core.checks.counts import announcements  # noqa: E402
from minutes_app.core.detectors import detect_paragraph  # noqa: E402
from minutes_app.core.engine import Analyzer  # noqa: E402
from minutes_app.core.numbers import parse_number  # noqa: E402
from minutes_app.core.quantities import read_paragraph  # noqa: E402
from minutes_app.core.reading import Reading  # noqa: E402

GOLD = ROOT / "tests" / "dev11_relations" / "gold.json"
REAL = ROOT / "tests" / "real"
KINDS = ("share", "sum", "plan-result", "part-of", "count-list", "same-figure")


def split_of(doc: str) -> str:
    return "test" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def locate(paragraph: str, ref: str) -> tuple[int, int]:
    """The span of "77,5%" (a number followed by "%") or "35#2" (the second number written 35) in the paragraph."""
    text, _, nth = ref.partition("#")
    percent = text.endswith("%")
    text = text.rstrip("%")
    pattern = re.compile(r"(?<![\w.,])" + re.escape(text) + (r"(?=\s?%)" if percent else r"(?!\d|[.,]\d)"))
    found = list(pattern.finditer(paragraph))
    index = int(nth or 1) - 1
    if index >= len(found):
        raise ValueError(f"{ref!r} not in paragraph: {paragraph[:80]!r}")
    return found[index].start(), found[index].end()


def value(ref: str) -> tuple[float, int]:
    text = ref.partition("#")[0].rstrip("%")
    number = parse_number(text)
    if number is None:  # "99.3" written with a point for the decimal mark
        return float(text), len(text.partition(".")[2])
    return number.value, number.decimals


def refs(relation: dict) -> dict[str, str]:
    """role → number ref of a gold relation (parts numbered part1, part2 …)."""
    out = {}
    for role in ("percent", "part", "whole", "result", "plan", "excess", "count"):
        if relation.get(role) is not None:
            out[role] = relation[role]
    for i, part in enumerate(relation.get("parts", ()), 1):
        out[f"part{i}"] = part
    for i, figure in enumerate(relation.get("figures", ()), 1):
        out[f"figure{i}"] = figure
    return out


def values_of(relation: dict) -> dict[str, tuple[float, int]]:
    """role → (value, printed decimals), a role written in another unit ("scale") brought to the others'."""
    scale = relation.get("scale", {})
    return {role: _scaled(value(ref), scale.get(role, 1)) for role, ref in refs(relation).items()}


def _scaled(printed: tuple[float, int], scale: float) -> tuple[float, int]:
    return printed[0] * scale, printed[1] - round(math.log10(scale))


def holds(relation: dict, values: dict[str, tuple[float, int]]) -> bool:
    """The relation's arithmetic at the printed precision (a percent may be rounded or truncated)."""
    kind = relation["kind"]

    def near(computed: float, printed: tuple[float, int]) -> bool:
        step = 10 ** -printed[1]
        return abs(computed - printed[0]) <= step / 2 + 1e-9 or 0 <= computed - printed[0] < step

    if kind == "share":
        return values["whole"][0] > 0 and near(100 * values["part"][0] / values["whole"][0], values["percent"])
    if kind == "sum":
        parts = [v for role, v in values.items() if role.startswith("part")]
        total = values["whole"][0] if "whole" in values else 100.0
        decimals = max([d for _, d in parts] + [values.get("whole", (0, 0))[1]])
        rounded = decimals > 0 or "whole" not in values or relation.get("scale")  # each part rounded at its last digit
        slack = len(parts) * 0.5 * 10 ** -decimals if rounded else 0
        return abs(sum(v for v, _ in parts) - total) <= slack + 1e-9 * total
    if kind == "part-of":
        return all(v[0] <= values["whole"][0] for role, v in values.items() if role.startswith("part"))
    if kind == "plan-result":
        result, plan = values["result"][0], values["plan"][0]
        ok = True
        if "excess" in values:
            ok &= abs(result - plan - values["excess"][0]) < 1e-6 * max(1.0, result)
        if "percent" in values and plan:
            ok &= near(100 * (result - plan) / plan if "excess" in values else 100 * result / plan, values["percent"])
        return ok
    if kind == "count-list":
        return values["count"][0] == relation["items"]
    if kind == "same-figure":
        return len({v for v, _ in values.values()}) == 1
    raise ValueError(kind)


def mutate(relation: dict, paragraph: str, role: str) -> tuple[int, int, str] | None:
    """One digit of the number in ``role`` changed so the relation no longer holds: (start, end, new)."""
    roles = refs(relation)
    start, end = locate(paragraph, roles[role])
    written = paragraph[start:end]
    values = values_of(relation)
    digits = [i for i, c in enumerate(written) if c.isdigit()]
    for position in reversed(digits):
        for delta in (1, -1, 2, -2, 3, -3):
            digit = int(written[position]) + delta
            if not 0 <= digit <= 9 or digit == 0 and position == digits[0] and len(digits) > 1:
                continue
            new = written[:position] + str(digit) + written[position + 1:]
            scale = relation.get("scale", {}).get(role, 1)
            changed = dict(values, **{role: _scaled(value(new), scale)})
            if not holds(relation, changed):
                return start, end, new
    return None


def mutation_roles(relation: dict) -> list[str]:
    roles = refs(relation)
    wanted = {"share": ["percent", "part", "whole"], "sum": ["whole", "part1", "part2"],
              "part-of": ["part1", "whole"], "plan-result": ["result", "plan", "percent", "excess"],
              "count-list": ["count"], "same-figure": ["figure2"]}[relation["kind"]]
    return [r for r in wanted if r in roles]


_ACCEPTED = {  # the layer's relation kinds that link each gold kind's numbers
    "share": {"share-of", "share-named", "level-shares", "share-open", "result-vs-plan", "excess"},
    "sum": {"sum-of", "distribution", "balance", "net", "difference", "kind-total", "presence", "raised", "gap"},
    "part-of": None,  # any relation naming the part and the whole
    "plan-result": {"result-vs-plan", "excess", "gap", "difference", "growth", "share-of"},
}


def read(relation: dict, paragraph: str, layer) -> bool | None:
    kind = relation["kind"]
    spans = [locate(paragraph, ref) for ref in refs(relation).values()]
    if kind == "same-figure":
        return None
    if kind == "count-list":
        start = spans[0][0]
        return any(a.n_start <= start < a.n_start + len(a.n) for a in announcements(paragraph, layer, with_is=True))
    if kind == "part-of":  # each part linked to the whole ("105/130": the ratio links its part and its whole)
        whole, parts = spans[:1], spans[1:]
        return all(any(q.kind == "ratio" and all(q.start <= s and e <= q.end for s, e in whole + [part])
                       for q in layer.quantities) or _linked(layer, whole + [part], None) for part in parts)
    return _linked(layer, spans, _ACCEPTED[kind])


def _linked(layer, spans: list[tuple[int, int]], accepted: set[str] | None) -> bool:
    for rel in layer.relations:
        if accepted is not None and rel.kind not in accepted:
            continue
        named = [rel.whole, *rel.parts] + ([rel.share] if rel.share is not None else [])
        if all(any(q.start <= s and e <= q.end for q in named) for s, e in spans):
            return True
    return False


def _found(analysis):
    return [f for f in analysis.findings if f.severity.value in ("error", "warning")]


# the checks of figures: a finding of theirs on a clean gold paragraph is false (spelling, style and format findings
# there may be true)
FIGURE_FAMILIES = frozenset({"arithmetic", "attendance", "consistency", "counts", "derived", "targets", "votes"})


def _figure_codes() -> frozenset[str]:
    from minutes_app.core.checks import all_rules
    return frozenset(code for code, rule in all_rules().items() if rule.family in FIGURE_FAMILIES)


def score(split: str, detail: bool = False):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["paragraphs"]
    totals = {name: Counter() for name in ("relations", "read", "mutations", "caught", "no mutation")}
    clean_paragraphs = with_error = with_any = 0
    details = []
    figure_codes = _figure_codes()
    by_doc: dict[str, list[dict]] = {}
    for entry in gold:
        if split == "all" or split_of(entry["doc"]) == split:
            by_doc.setdefault(entry["doc"], []).append(entry)
    for doc, entries in sorted(by_doc.items()):
        analyzer = Analyzer()
        clean = analyzer.analyze((REAL / doc).read_text(encoding="utf-8"))
        text = clean.text
        before = Counter((f.code, f.message) for f in _found(clean))
        for entry in entries:
            paragraph = clean.paragraphs[entry["line"]]
            reading = Reading(paragraph.text)
            layer = read_paragraph(reading, detect_paragraph(reading))
            all_hold = True
            for relation in entry["relations"]:
                kind = relation["kind"]
                true = relation.get("holds", True)
                all_hold &= true
                got = read(relation, paragraph.text, layer)
                if got is not None:
                    totals["relations"][kind] += 1
                    totals["read"][kind] += got
                if detail and got is False:
                    details.append(f"MISS {doc} L{entry['line']} {kind} {refs(relation)}")
                if not true:
                    continue
                for role in mutation_roles(relation):
                    change = mutate(relation, paragraph.text, role)
                    if change is None:
                        totals["no mutation"][kind] += 1
                        continue
                    start, end, new = change
                    start += paragraph.start
                    end += paragraph.start
                    mutated = analyzer.analyze(text[:start] + new + text[end:])
                    left = before.copy()
                    new_findings = []
                    for f in _found(mutated):
                        key = (f.code, f.message)
                        if left[key]:
                            left[key] -= 1
                        else:
                            new_findings.append(f)
                    totals["mutations"][kind] += 1
                    totals["caught"][kind] += bool(new_findings)
                    if detail:
                        mark = "CAUGHT" if new_findings else "missed"
                        codes = ",".join(sorted({f.code for f in new_findings}))
                        details.append(f"{mark} {doc} L{entry['line']} {kind} {role} "
                                       f"{text[start:end]}→{new} {codes}")
            if all_hold:
                clean_paragraphs += 1
                inside = [f for f in _found(clean) if f.start < paragraph.start + len(paragraph.text)
                          and paragraph.start < f.end and f.code in figure_codes]
                with_error += any(f.severity.value == "error" for f in inside)
                with_any += bool(inside)
                if detail and inside:
                    details.append(f"FALSE? {doc} L{entry['line']} " + "; ".join(f"{f.code} {f.text}" for f in inside))
    return totals, (clean_paragraphs, with_error, with_any), len(by_doc), details


def main(argv: list[str]) -> int:
    split = "dev"
    if "--split" in argv:
        split = argv[argv.index("--split") + 1]
    detail = "--detail" in argv and split != "test"
    totals, (clean, with_error, with_any), docs, details = score(split, detail)
    print(f"split {split}: {docs} documents")
    names = list(totals)
    print(f"{'kind':14s}" + "".join(f"{n:>12s}" for n in names))
    for kind in KINDS:
        print(f"{kind:14s}" + "".join(f"{totals[n][kind]:12d}" for n in names))
    print(f"{'total':14s}" + "".join(f"{sum(totals[n].values()):12d}" for n in names))
    rel, got = sum(totals["relations"].values()), sum(totals["read"].values())
    mut, caught = sum(totals["mutations"].values()), sum(totals["caught"].values())
    print(f"read {got}/{rel} = {got / max(rel, 1):.1%}; mutations caught {caught}/{mut} = {caught / max(mut, 1):.1%}")
    print(f"clean gold paragraphs {clean}: with a figure error {with_error}, with any figure error or warning {with_any}")
    for line in details:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
