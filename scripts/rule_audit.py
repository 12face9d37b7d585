"""Audit pairing's refusals and routes and the verdict rules by their precision on hand-labelled claim cases.

    python scripts/rule_audit.py                      # every set in tests/labelled
    python scripts/rule_audit.py DIR [DIR ...]        # claim sets: DIR/<case>/{preview,report,verdicts}.yaml
    python scripts/rule_audit.py --rows rows.jsonl    # also write one JSON row per fire

Three layers (docs/rule-audit.md):

A  refusals, each asked on its own (whatever the order pairing asks them in) on every pair of an expectation
   and a report claim in contention: a term score of at least --floor, or the editor's pair.  A refusal of
   the editor's pair is wrong; of any other pair, right.  Fires at or over the threshold (or on the editor's
   pair) are "decisive"; those under it are counted apart ("[<T]"): there the threshold refuses anyway,
   unless the fitted gate (pairing.answers) would have taken the pair.
B  routes, read from the reasons of the check itself: the route that paired (terms over the threshold, each
   the other's closest under it, a figure's metric) is right when its claim is the editor's; a route to
   absent when the editor says absent.  A refusal shown in the reasons ("is not the same fact: …") is right
   when the claim it refused is not the editor's.
C  verdict rules, on the editor's own pair (its figures linked as decide links them): a contradiction rule
   is right when the editor says contradicted; a rule that turns a denial into agreement when fulfilled.

The table gives right/wrong per rule: all sets, the older sets, holdout5-7 (blind when the rules were
written), and each set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "cli"))

from summitcheck import pairing, verdict  # noqa: E402
from summitcheck.check import load_document  # noqa: E402
from summitcheck.discrepancy import FigureIndex  # noqa: E402
from summitcheck.settings import DEFAULT_SETTINGS  # noqa: E402

LABELLED = ROOT / "tests" / "labelled"
# sets written blind after the rules they test had been written several sessions over: a rule wrong more
# often there than on the older sets was fitted to the older ones
LATE = ("holdout5", "holdout6", "holdout7")

Row = dict[str, Any]

# Reasons, first match wins: what the check says of how it paired (or why not).
ROUTES = (
    ("route:figure_over_terms", r"^pairs with '[^']*' through the metric .*holds no figure of that metric"),
    ("route:figure_under_threshold", r"^pairs with '[^']*' through the metric '.*' \(term score [\d.]+ < "),
    ("route:figure_after_refusal", r"^pairs with '[^']*' through the metric"),
    ("route:mutual_under_threshold", r"^pairs with '[^']*' \(score [\d.]+ < [\d.]+, but each is the other's closest"),
    ("route:terms", r"^pairs with '[^']*' \(score"),
    ("absent:no_shared_terms", r"^no report claim shares enough"),
    ("absent:under_threshold_told_apart", r"^no report claim close enough.*their figures measure other things"),
    ("absent:under_threshold", r"^no report claim close enough"),
    ("absent:denied_unsaid", r"^no report claim speaks of what it denies"),
    ("absent:metric_refused", r"^no report claim gives this metric"),
)

# Reasons of a verdict (verdict._Judge), by the rule that wrote them.
VERDICT_RULES = (
    ("contra:opposite_polarity", r"^opposite polarity"),
    ("contra:opposite_direction", r"^opposite direction"),
    ("contra:opposite_cues", r"^opposite cues"),
    ("contra:figure_differs", r"^figure differs"),
    ("contra:another_year", r"^another year"),
    ("contra:another_day", r"^another day"),
    ("contra:another_time", r"^another time"),
    ("contra:another_tally", r"^another tally"),
    ("contra:another_dissents", r"^another count of dissents"),
    ("contra:not_all", r"^not all"),
    ("contra:balance", r"^another balance"),
    ("contra:came_in", r"' says the outcome came in"),
    ("contra:went", r"' says the outcome went"),
    ("contra:leaves_out", r"which .* says gets it$"),
    ("contra:model", r"^another model"),
    ("contra:count_differs", r"^count of .* differs"),
    ("contra:refused_denial", r": it leaves open what"),
    ("agree:denied_means", r"denied means"),
    ("agree:leaves_out_as_said", r"leaves out '.*', as "),
    ("agree:said_of", r"tells what was said"),
    ("agree:cut_to_nothing", r"is a cut to nothing"),
    ("absent:refused_to_speak", r"a refusal to speak"),
)

_REFUSED = re.compile(r"'([^']*)' \(score [\d.]+\) is not the same fact: the expectation (.*)")


def classify(reason: str, table: tuple[tuple[str, str], ...]) -> str | None:
    return next((name for name, pattern in table if re.search(pattern, reason)), None)


def refusals(lexicon: pairing.Lexicon, figures: FigureIndex, i: int, r: int, score: float) -> dict[str, str]:
    """Every refusal that fires on expectation i and report claim r (indices into figures.preview/report)."""
    n = len(figures.preview)
    e, o = i, n + r
    entities = lexicon.entities
    kinds = [frozenset(k for k, found in entities[x].items() if found) for x in (e, o)]
    _, met = lexicon.met(e, o)
    said = (verdict._said(lexicon, e), verdict._said(lexicon, o))
    checks: dict[str, Callable[[], object]] = {
        "pair:false_friend": lambda: pairing.false_friend(entities[e], entities[o]) if kinds[0] & kinds[1] else None,
        "pair:other_object": lambda: pairing._other_object(lexicon, e, o, met - (lexicon.actors | lexicon.generic)),
        "pair:other_role": lambda: pairing.other_role(lexicon, e, o),
        "pair:other_converse": lambda: pairing.other_converse(lexicon, e, o),
        "pair:other_name": lambda: pairing.other_name(lexicon, e, o),
        # pairing asks another owner only under the threshold
        "pair:other_owner": lambda: pairing.other_owner(lexicon, e, o)
        if score < DEFAULT_SETTINGS.threshold else None,
        "verdict:denied_unsaid": lambda: verdict._denied_unsaid(figures.preview[i], lexicon, o, figures.report[r]),
        "verdict:other_metric": lambda: figures.other_metric(i, r),
        "verdict:unrelated_metrics": lambda: figures.unrelated_metrics(i, r, (lexicon.sets[e], lexicon.sets[o])),
        # verdict._pair asks it only at or over the threshold (under it, the gate weighs figures told apart)
        "verdict:other_thing_measured": lambda: figures.other_thing_measured(i, r)
        if score >= DEFAULT_SETTINGS.threshold else None,
        "verdict:other_part": lambda: figures.other_part(i, r, said),
        "verdict:other_market": lambda: figures.other_market(i, r),
        "verdict:other_denominator": lambda: figures.other_denominator(i, r),
        "gate:told_apart": lambda: figures.told_apart(i, r, said),
    }
    fired = {name: str(why)[:160] for name, check in checks.items() if (why := check())}
    if "pair:false_friend" in fired:  # which slot parts them: an exclusion ("core", "adjusted") or a name
        why = fired.pop("pair:false_friend")
        fired["pair:false_friend/" + ("exclusion" if "exclusion" in why else "entity")] = why
    apart = figures.told_apart(i, r, said)
    # as verdict._pair asks it: both statements write what parts the figures, or an editor's names say it
    if apart is not None and (isinstance(apart[2], verdict.Things) or all(
            verdict._written(words, claim.statement, terms, lexicon)
            for words, claim, terms in zip(apart[2], (figures.preview[i], figures.report[r]), said, strict=True))):
        fired["verdict:told_apart_written"] = fired["gate:told_apart"]
    return fired


def audit_case(name: str, case: Path, floor: float) -> Iterator[Row]:
    """The rows of one labelled case (see the module's docstring)."""
    labels = yaml.safe_load((case / "verdicts.yaml").read_text(encoding="utf-8"))
    preview = load_document(case / "preview.yaml", "preview")
    report = load_document(case / "report.yaml", "report")
    result = verdict.decide(preview, report, DEFAULT_SETTINGS)
    expected, outcomes = list(preview.claims), list(report.claims)
    lexicon = pairing.claims_lexicon(expected + outcomes)
    figures = FigureIndex(lexicon, expected, outcomes, (preview.published, report.published))
    at = {c.id: k for k, c in enumerate(expected)}
    at_report = {c.id: k for k, c in enumerate(outcomes)}
    matches = labels.get("matches") or {}
    editor = {(at[c], at_report[m]) for c, m in matches.items() if c in at and m in at_report}
    judge = verdict._Judge(figures, figures.link(editor), DEFAULT_SETTINGS.tolerance, lexicon)
    got = {e.claim.id: e for e in result.expectations}
    for cid, want in labels["expectations"].items():
        i, want_match, e = at[cid], matches.get(cid), got[cid]
        base = {"set": name, "case": case.name, "id": cid, "want": want, "want_match": want_match}
        for r, outcome in enumerate(outcomes):  # A
            score = pairing.score_pair(lexicon, i, len(expected) + r)
            editors = outcome.id == want_match
            if score < floor and not editors:
                continue
            for rule, why in refusals(lexicon, figures, i, r, score).items():
                decisive = editors or score >= DEFAULT_SETTINGS.threshold
                yield {**base, "layer": "A", "rule": rule if decisive else rule + " [<T]", "other": outcome.id,
                       "score": round(score, 1), "ok": not editors, "why": why}
        first = next((x for x in e.reasons if classify(x, ROUTES)), None)  # B
        route = classify(first, ROUTES) if first else "absent:other"
        if e.match is None and route and route.startswith("route:"):
            route = "absent:after_" + route  # paired, then the verdict found it says nothing of it
        ok = e.match.claim.id == want_match if e.match is not None else want == "absent" or want_match is None
        yield {**base, "layer": "B", "rule": route, "other": e.match.claim.id if e.match else None, "ok": ok,
               "why": first or ""}
        for x in e.reasons:
            if (m := _REFUSED.match(x)) is not None:
                shape = re.sub(r"\b(names|measures|has) .*? where it \1 .*", r"\1 X where it \1 Y",
                               re.sub(r"'[^']*'", "Q", m.group(2)))
                yield {**base, "layer": "B", "rule": "refused:" + shape[:50], "other": m.group(1),
                       "ok": m.group(1) != want_match, "why": x}
        if want_match in at_report:  # C
            _, why = judge(i, at_report[want_match])
            fired: dict[str, str] = {}
            for x in why:
                if (rule := classify(x, VERDICT_RULES)) is not None:
                    fired.setdefault(rule, x)
            for rule, x in fired.items():
                right = {"contra": "contradicted", "agree": "fulfilled", "absent": "absent"}[rule.split(":")[0]]
                yield {**base, "layer": "C", "rule": rule, "other": want_match, "ok": want == right, "why": x}


def table(rows: list[Row], sets: list[str]) -> str:
    cells: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        cell = cells[(row["layer"], row["rule"])]
        for key in ("all", "late" if row["set"] in LATE else "older", row["set"]):
            cell[key][0 if row["ok"] else 1] += 1

    def show(cell: dict[str, list[int]], key: str, width: int) -> str:
        return (f"{cell[key][0]}/{cell[key][1]}" if key in cell else ".").rjust(width)

    lines = [f"{'rule (right/wrong)':52} {'all':>9} {'older':>8} {'h5-7':>8}  " + " ".join(s[-9:].rjust(9) for s in sets)]
    for (layer, rule), cell in sorted(cells.items()):
        lines.append(f"{layer} {rule[:50]:50} {show(cell, 'all', 9)} {show(cell, 'older', 8)} {show(cell, 'late', 8)}  "
                     + " ".join(show(cell, s, 9) for s in sets))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, help="claim-set folders (default: every set in tests/labelled)")
    parser.add_argument("--floor", type=float, default=20.0, help="the term score a pair needs to be in contention")
    parser.add_argument("--rows", type=Path, help="write every fire as a JSON line here")
    args = parser.parse_args()
    folders = args.sets or sorted(p for p in LABELLED.iterdir() if p.is_dir())
    rows: list[Row] = []
    for folder in folders:
        name = folder.name if folder.name != "claims" else folder.parent.name
        for case in sorted(p for p in folder.iterdir() if (p / "verdicts.yaml").exists()):
            rows.extend(audit_case(name, case, args.floor))
    if args.rows is not None:
        args.rows.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(table(rows, list(dict.fromkeys(row["set"] for row in rows))))


if __name__ == "__main__":
    main()
