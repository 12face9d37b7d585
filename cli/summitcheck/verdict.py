"""Verdicts: pairing proposes, the polarity, direction and figure checks decide."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from . import currencies, lexical, variants, verdicts
from .discrepancy import Discrepancy, FigureIndex, FigureLink, Things, Uncompared, _Metric, other_measure
from .errors import FigureError, InputError
from .figures import Quantity, describe_unit, find_figures, format_interval, parse_figure
from .lazy import compiled
from .model import Claim, Document, Figure, Override, Review
from .pairing import (
    AMBIGUITY_MARGIN,
    Apart,
    Lexicon,
    Measure,
    Pairing,
    PairingRun,
    claims_lexicon,
    false_friend,
    other_converse,
    other_instance,
    other_name,
    other_role,
    predicted_models,
    score_pair,
)
from .polarity import (
    DIRECTION_NAMES,
    against_expectations,
    beside_expected,
    bounded_start,
    calendar_day,
    denied_denial,
    denied_object,
    denied_opposite,
    direction,
    is_negated,
    keeps_forecast,
    left_out,
    missed_figure,
    moved_by,
    names_forecast,
    not_all,
    only_against_all,
    opposed_directions,
    opposition,
    other_dissents,
    other_start,
    other_tally,
    other_time_side,
    passed_over,
    questioned,
    refusal_to_speak,
    refused_to_speak,
    removal_as_cut,
    revises,
    risk_balance,
    said_of,
)
from .qualifiers import fiscal_end, qualifiers
from .quotes import QuoteLocation
from .settings import DEFAULT_SETTINGS, Settings
from .text import MAX_TEXT_CHARS, may_hold, terms

VERDICTS = verdicts.NAMES
T = TypeVar("T")


@dataclass(frozen=True)
class Match:
    """The report claim an expectation paired with."""

    claim: Claim
    score: float
    via: str  # "terms", "figure", or "editor" (set by an override)


@dataclass(frozen=True)
class Overruling:
    """An editor's override as applied: who, why, and what the machine had said."""

    by: str
    note: str
    verdict_before: str
    match_before: str | None  # the report claim id the machine paired, if any

    def reason(self, verdict: str) -> str:
        changed = f"{self.verdict_before} → {verdict}" if verdict != self.verdict_before else f"kept {verdict}"
        return f"overridden by {self.by} ({changed}): {self.note}"


@dataclass(frozen=True)
class Expectation:
    """A preview claim with its verdict and the reasons for it, first reason first."""

    claim: Claim
    verdict: str
    match: Match | None
    reasons: tuple[str, ...]
    override: Overruling | None = None
    parts: tuple[Expectation, ...] = ()  # its parts' verdicts, when the claim lists `parts:`
    history: tuple[Step, ...] = ()  # its verdict in each report, when there are several


@dataclass(frozen=True)
class Step:
    """An expectation in one report of several: what that report says, and the standing verdict after it."""

    report: Document
    expectation: Expectation  # as that report alone decides it
    standing: str  # the standing verdict once this report is in


@dataclass(frozen=True)
class CheckResult:
    """Everything a check found; every renderer draws from this alone."""

    preview: Document
    report: Document
    expectations: tuple[Expectation, ...]
    unanticipated: tuple[Claim, ...]
    discrepancies: tuple[Discrepancy, ...]
    settings: Settings  # the threshold and tolerance it was decided with
    summary: dict[str, int] = field(default_factory=dict)
    # Where each claim's quote stands in its article, by (role, claim id); see quotes.py.
    quotes: Mapping[tuple[str, str], QuoteLocation] = field(default_factory=dict)
    review: str | None = None  # the review file whose overrides were applied
    reports: tuple[Document, ...] = ()  # every report, in publication order, when there are several
    # When an article's claims were drafted: how many figures were compared with none and why (uncompared_figures).
    uncompared: Uncompared | None = None

    def report_of(self, claim: Claim) -> Document:
        """The report a report claim comes from (the latest report holding that very claim)."""
        for doc in reversed(self.reports):
            if any(c is claim for c in doc.claims):
                return doc
        return self.report

    @property
    def overridden(self) -> int:
        """How many expectations an editor's override decided."""
        return sum(1 for e in self.expectations if e.override is not None)

    @property
    def shown_verdicts(self) -> tuple[str, ...]:
        """The verdicts a summary for people lists: 'partial' only when a claim has parts to differ."""
        if any(c.parts for c in self.preview.claims) or self.summary.get(verdicts.PARTIAL.name):
            return VERDICTS
        return tuple(v for v in VERDICTS if v != verdicts.PARTIAL.name)

    @property
    def by_topic(self) -> dict[str | None, dict[str, int]]:
        """Counts per verdict (and of discrepancies) for each topic, in order of first appearance.

        Expectations and discrepancies count under the preview claim's topic,
        unanticipated outcomes under the report claim's; None collects claims without one.
        """
        counts: dict[str | None, dict[str, int]] = {}

        def row(topic: str | None) -> dict[str, int]:
            return counts.setdefault(topic, {**dict.fromkeys(VERDICTS, 0), "discrepancies": 0})

        for e in self.expectations:
            row(e.claim.topic)[e.verdict] += 1
        for claim in self.unanticipated:
            row(claim.topic)["unanticipated"] += 1
        for d in self.discrepancies:
            row(d.preview_claim.topic)["discrepancies"] += 1
        return counts

    def quote_of(self, role: str, claim: Claim) -> QuoteLocation | None:
        """Where the claim's quote stands in the article of that role, when known."""
        return self.quotes.get((role, claim.id))

    def has(self, finding: str) -> bool:
        """Whether the result holds at least one finding of a kind (a verdict or 'discrepancy')."""
        key = "discrepancies" if finding == "discrepancy" else finding
        return self.summary.get(key, 0) > 0


def _once(links: list[FigureLink], outcomes: list[Claim], expected: list[Claim]) -> list[FigureLink]:
    """The links with each preview figure met once per value: a report that states one value twice (a deck and
    its body: "just one cut next year", "just one more quarter-point reduction in 2027") gives one discrepancy, not
    two: at the fuller statement, the one an editor reads the value in.  And each report figure met once per value
    by a preview article: one that states a value twice (its prose and a box of numbers to watch: "U.S. tariffs are
    expected to have cost about 650 million euros in the quarter", "Tariff cost: about 650 mln euros") gives one, at
    its fuller statement; an editor's claim file that expects one value in two claims wrote each on purpose."""
    kept: dict[tuple[int, int, float, float, str], FigureLink] = {}
    for link in links:
        key = (link.preview_claim, id(link.preview), link.report.quantity.low, link.report.quantity.high,
               link.report.quantity.unit)
        if key not in kept or len(outcomes[link.report_claim].statement) > len(outcomes[kept[key].report_claim].statement):
            kept[key] = link
    back: dict[tuple[int, int, float, float, str] | int, FigureLink] = {}
    for link in kept.values():
        if expected[link.preview_claim].quote is None:
            back[id(link)] = link
            continue
        key = (link.report_claim, id(link.report), link.preview.quantity.low, link.preview.quantity.high,
               link.preview.quantity.unit)
        if key not in back or len(expected[link.preview_claim].statement) > len(expected[back[key].preview_claim].statement):
            back[key] = link
    chosen = {id(link) for link in back.values()}
    return [link for link in links if id(link) in chosen]


def decide(preview: Document, report: Document, settings: Settings = DEFAULT_SETTINGS,
           review: Review | None = None) -> CheckResult:
    """Pair the preview's expectations with the report's claims and give each a verdict.

    review: an editor's overrides, applied after the automatic verdicts; an override
    naming an unknown claim id is an InputError at its line of the review file.
    """
    expected, outcomes = list(preview.claims), list(report.claims)
    lexicon = claims_lexicon(expected + outcomes, len(expected),
                             [preview.published] * len(expected) + [report.published] * len(outcomes))
    n = len(expected)
    threshold, tolerance = settings.threshold, settings.tolerance
    # long articles: the figures are indexed while a second process scores part of the pairings
    run = PairingRun(lexicon, range(n), range(n, n + len(outcomes)), threshold,
                     sum(len({f.metric for c in side for f in c.figures}) for side in (expected, outcomes)))
    try:
        figures = FigureIndex(lexicon, expected, outcomes, (preview.published, report.published),
                              (preview.title, report.title))
    except BaseException:
        run.cancel()
        raise
    pairings = run.result(figures_apart(figures, lexicon), figures_measure(figures, lexicon))
    paired = [_pair(i, pairings[i], figures, lexicon, threshold) for i in range(n)]
    links = figures.link({(i, j) for i, (j, _, _) in enumerate(paired) if j is not None})
    judge = _Judge(figures, links, tolerance, lexicon)

    results = []
    for i, (claim, (j, match, reasons)) in enumerate(zip(expected, paired, strict=True)):
        vetoed = _vetoed(pairings[i], figures.report, j, len(expected))
        refused = pairings[i].vetoed
        if j is None and vetoed and refused is not None and refused.score >= threshold:
            # absent because its closest claim is a false friend: that is the reason to read first
            reasons, vetoed = vetoed, reasons
        reasons = [*reasons, *vetoed, *_capped(pairings[i]), *figures.capped(i), *lexicon.limits(i)]
        if j is None or match is None:
            results.append(Expectation(claim, "absent", None, (*reasons, *_unread(claim))))
            continue
        verdict, why = judge(i, j)
        if verdict == "absent":  # the report claim speaks of it but says nothing of whether it happens
            results.append(Expectation(claim, "absent", None, (*why, *reasons, *_unread(claim))))
            continue
        ordered = (*why, *reasons) if verdict == "contradicted" else (*reasons, *why)
        results.append(Expectation(claim, verdict, match, (*ordered, *_unread(claim), *_unread(match.claim, "report "))))

    # the figures linked by name or sentence, and those a verdict found answering each other within a pair
    # whose sentences read them as one measure (FigureIndex.answer), in document order
    at = ({id(e.figure): p for p, e in enumerate(figures.pf)}, {id(e.figure): r for r, e in enumerate(figures.rf)})
    found = sorted([*links, *judge.answered.values()], key=lambda k: (at[0][id(k.preview)], at[1][id(k.report)]))
    # after each link to an outcome, the preview's estimate against the estimate the report restates beside it
    found = [k for link in found for k in (link, *figures.estimate_links([link]))]
    discrepancies = tuple(
        Discrepancy(link.preview.metric, expected[link.preview_claim], outcomes[link.report_claim], link)
        for link in _once(found, outcomes, expected) if link.disagrees(tolerance)
    )
    discrepancies += _counts_apart(results, expected, outcomes, judge, discrepancies, threshold, tolerance)

    if review is not None:
        results = _apply_review(review, results, preview, report, lexicon, judge)

    answered = {e.match.claim.id for e in results if e.match is not None}
    unanticipated = tuple(c for c in outcomes if c.id not in answered)
    summary = summarize(results, unanticipated, discrepancies)
    return CheckResult(preview, report, tuple(results), unanticipated, discrepancies,
                       settings, summary, review=review.path if review is not None else None)


def _counts_apart(results: Sequence[Expectation], expected: Sequence[Claim], outcomes: Sequence[Claim], judge: _Judge,
                  found: Sequence[Discrepancy], threshold: float, tolerance: float) -> tuple[Discrepancy, ...]:
    """The counts a verdict found to differ (_counted: "16 CPU cores" / "14 CPU cores", "some 800 executives" / "more
    than 1,100 executives"), as discrepancies, where the pairing is sure (its score reaches the threshold), the two
    are in one unit, and no discrepancy of the pair already gives the two values: the editor lists them as figure conflicts, though drafting
    named no figure.  A count read across a weak pairing (attendance / those who stayed away) may count two things."""
    at = {id(c): j for j, c in enumerate(outcomes)}
    given = {(id(d.preview_claim), id(d.report_claim), d.link.preview.quantity.low, d.link.preview.quantity.high,
              d.link.report.quantity.low, d.link.report.quantity.high) for d in found}
    more = []
    for i, e in enumerate(results):
        if e.verdict != "contradicted" or e.match is None or e.match.via != "terms" or e.match.score < threshold:
            continue
        j = at.get(id(e.match.claim), -1)
        for a, b in judge.counted.get((i, j), []):
            if a.quantity.unit != b.quantity.unit:
                continue  # "third-quarter output" against a "three-week" stoppage: no count of one thing
            link = FigureLink(i, j, a, b, a.quantity.gap(b.quantity), a.quantity.agrees(b.quantity))
            key = (id(expected[i]), id(outcomes[j]), a.quantity.low, a.quantity.high, b.quantity.low, b.quantity.high)
            if link.disagrees(tolerance) and key not in given:
                given.add(key)
                more.append(Discrepancy(a.metric, expected[i], outcomes[j], link))
    return tuple(more)


def uncompared_figures(result: CheckResult) -> Uncompared:
    """How many figures of a check (the preview and its latest report) were linked to none of the other
    article's, and why: the editor of a drafted article learns that "no figure to compare" may hide a
    figure named differently, for another period, or in another unit.  Linked as decide links them, with
    the pairs the verdicts settled on (an editor's override included)."""
    expected, outcomes = list(result.preview.claims), list(result.report.claims)
    lexicon = claims_lexicon(expected + outcomes, len(expected), [result.preview.published] * len(expected)
                             + [result.report.published] * len(outcomes))
    index = FigureIndex(lexicon, expected, outcomes, (result.preview.published, result.report.published),
                        (result.preview.title, result.report.title))
    at = {id(c): j for j, c in enumerate(outcomes)}
    index.link({(i, at[id(e.match.claim)]) for i, e in enumerate(result.expectations)
                if e.match is not None and id(e.match.claim) in at})
    return Uncompared(len(index.pf) + len(index.rf), tuple(index.uncompared().most_common()))


def summarize(expectations: Sequence[Expectation], unanticipated: Sequence[Claim],
              discrepancies: Sequence[Discrepancy]) -> dict[str, int]:
    """A count per verdict, in verdict order, then of discrepancies."""
    summary = {v: sum(1 for e in expectations if e.verdict == v) for v in verdicts.EXPECTATION_NAMES}
    summary["unanticipated"] = len(unanticipated)
    summary["discrepancies"] = len(discrepancies)
    return summary


def _apply_review(review: Review, results: list[Expectation], preview: Document, report: Document,
                  lexicon: Lexicon, judge: _Judge) -> list[Expectation]:
    """The expectations as the editor decided.  A new pairing is judged as the machine would
    judge it, then an explicit verdict wins; "absent" leaves nothing paired.  The first
    reason says who overrode the verdict and why; the machine's reasons follow."""
    expected, outcomes = list(preview.claims), list(report.claims)
    results = list(results)
    for o, (i, r) in zip(review.overrides, resolve_review(review, preview, report), strict=True):
        before = results[i]
        match, verdict, reasons = before.match, before.verdict, list(before.reasons)
        if r is not None and (match is None or match.claim.id != o.match):
            match = Match(outcomes[r], score_pair(lexicon, i, len(expected) + r), "editor")
            verdict, why = judge(i, r)
            reasons = [f"the editor paired it with '{o.match}' (term score {match.score:g})", *why,
                       *_unread(expected[i]), *_unread(match.claim, "report ")]
        if verdict == "absent" and r is not None and not o.verdict:
            match = None  # the claim paired only refuses to speak of it (_Judge): nothing is said of it
        if o.unpair or o.verdict == "absent":
            if match is not None:
                reasons = [f"the editor unpaired it from '{match.claim.id}'", *_unread(expected[i])]
            match, verdict = None, "absent"
        verdict = o.verdict or verdict
        overruling = Overruling(o.by, o.note, before.verdict, before.match.claim.id if before.match else None)
        results[i] = Expectation(expected[i], verdict, match, (overruling.reason(verdict), *reasons), overruling)
    return results


def resolve_review(review: Review, preview: Document, report: Document) -> list[tuple[int, int | None]]:
    """For each override, the index of its expectation and of the report claim it names (None: none).

    InputError, at the override's line, for an id the claim files do not have.
    """
    position = {c.id: i for i, c in enumerate(preview.claims)}
    report_ids = {c.id: r for r, c in enumerate(report.claims)}
    return [(_known(o.expectation, position, "expectation", preview, review, o),
             _known(o.match, report_ids, "report claim", report, review, o) if o.match is not None else None)
            for o in review.overrides]


def _known(claim_id: str, ids: Mapping[str, int], what: str, doc: Document, review: Review,
           override: Override) -> int:
    if claim_id in ids:
        return ids[claim_id]
    from rapidfuzz import fuzz, process

    best = process.extractOne(claim_id, list(ids), scorer=fuzz.ratio, score_cutoff=75)
    known = ", ".join(list(ids)[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    hint = f" (did you mean '{best[0]}'?)" if best else f"; its ids: {known}"
    where = f" in {doc.path}" if doc.path else ""
    raise InputError(f"override of '{override.expectation}': no {what} '{claim_id}'{where}{hint}",
                     review.path, override.line)


def _unread(claim: Claim, side: str = "") -> list[str]:
    """A reason for each figure of the claim left out because its value could not be read."""
    return [side + u.reason() for u in claim.unread]


def _vetoed(pairing: Pairing, outcomes: Sequence[Claim], paired: int | None, offset: int) -> list[str]:
    """A reason naming the closer report claim refused as a false friend, when there was one."""
    refused = pairing.vetoed
    if refused is None or refused.index - offset == paired:
        return []
    return [f"'{outcomes[refused.index - offset].id}' (score {refused.score:g}) is not the same fact: "
            f"the expectation {refused.why}"]


def _capped(pairing: Pairing) -> list[str]:
    if not pairing.capped:
        return []
    return [f"only the {pairing.capped} report claims sharing its rarest terms were scored "
            f"(the cap that bounds pairing time on very large files)"]


def _said(lexicon: Lexicon, index: int) -> frozenset[int]:
    """The terms of a claim with every term related to them."""
    near, weak = lexicon.near(index)
    return near | weak


def figures_apart(figures: FigureIndex, lexicon: Lexicon) -> Apart:
    """For pairing's decision under the threshold (pairing.Apart): how the figures of an expectation and a
    report claim (indices into the lexicon) are told apart, in the words of the names that part them."""
    offset = len(figures.preview)

    def apart(e: int, r: int) -> str | None:
        found = figures.told_apart(e, r - offset, (_said(lexicon, e), _said(lexicon, r)))
        if found is None:
            return None
        mine, theirs, (a, b) = found
        return f"'{mine.metric}' names {a} where '{theirs.metric}' names {b}"
    return apart


def figures_measure(figures: FigureIndex, lexicon: Lexicon) -> Measure:
    """For pairing's decision under the threshold (pairing.Measure): whether an agreeing figure of an expectation
    and a report claim (indices into the lexicon) is one measure of one thing (FigureIndex.one_measure)."""
    offset = len(figures.preview)

    def measure(e: int, r: int) -> bool | None:
        return figures.one_measure(e, r - offset, (_said(lexicon, e), _said(lexicon, r)))
    return measure


def _pair(i: int, pairing: Pairing, figures: FigureIndex, lexicon: Lexicon,
          threshold: float) -> tuple[int | None, Match | None, list[str]]:
    """The report claim (index) expectation i pairs with, as a Match, and why; (None, None, why) when absent.

    Terms propose; a pairing whose figures are all of the same metric for another
    period, model or version ("growth 2025" against "growth 2026") is refused in
    favour of the claim holding i's metric, or the runner-up.
    """
    outcomes, offset = figures.report, len(figures.preview)
    best, runner_up = pairing.best, pairing.runner_up
    refused: list[str] = []
    denied: list[str] = []  # candidates that do not speak of what a negated expectation denies
    for candidate in (best, runner_up):
        if candidate is None or (candidate.score < threshold and (candidate is not best or pairing.mutual is None)):
            break
        j = candidate.index - offset
        unsaid = _denied_unsaid(figures.preview[i], lexicon, candidate.index, outcomes[j])
        if unsaid is not None:
            denied.append(f"'{outcomes[j].id}' (score {candidate.score:g}) does not speak of the '{unsaid}' "
                          f"the expectation denies")
            continue
        other = figures.other_metric(i, j)
        if other is not None:
            mine, theirs, (a, b) = other
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{theirs.metric}' for {b}, "
                           f"not {a} as '{mine.metric}'")
            continue
        unrelated = figures.unrelated_metrics(i, j, (lexicon.sets[i], lexicon.sets[candidate.index]))
        if unrelated is not None:
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{unrelated[1].metric}', "
                           f"another metric than '{unrelated[0].metric}'")
            continue
        measured = figures.other_thing_measured(i, j) if candidate.score >= threshold else None
        if measured is not None:
            # under the threshold the gate weighs figures told apart itself (pairing.answers)
            mine_figure, theirs_figure, (mine_head, theirs_head) = measured
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{theirs_figure.metric}', a figure "
                           f"of {theirs_head}, not of {mine_head} as '{mine_figure.metric}'")
            continue
        part = figures.other_part(i, j, (_said(lexicon, i), _said(lexicon, candidate.index)))
        if part is not None:
            mine_figure, theirs_figure, (mine_words, theirs_words) = part
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{theirs_figure.metric}': "
                           f"{theirs_words}, where '{mine_figure.metric}' is {mine_words}")
            continue
        market = figures.other_market(i, j)
        if market is not None:
            mine_figure, theirs_figure, (mine_market, theirs_market) = market
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{theirs_figure.metric}' "
                           f"({theirs_market}), another market than '{mine_figure.metric}' ({mine_market})")
            continue
        per = figures.other_denominator(i, j)
        if per is not None:
            mine_figure, theirs_figure, (mine_per, theirs_per) = per
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{theirs_figure.metric}' "
                           f"({theirs_per}), where '{mine_figure.metric}' is {mine_per}")
            continue
        said = (_said(lexicon, i), _said(lexicon, candidate.index))
        apart = figures.told_apart(i, j, said)
        if apart is not None and all(
                _written(words, claim.statement, terms_said, lexicon)
                # what a figure quantifies, an editor's name says (other_thing reads only claim files' names)
                or isinstance(apart[2], Things)
                for words, claim, terms_said in zip(apart[2], (figures.preview[i], outcomes[j]), said, strict=True)):
            # the statements themselves say what parts the figures ("In Europe the Nova 9 Pro will cost €1,249" /
            # "The Nova 9 Pro with 1TB of storage costs $1,499"); names alone do not ("The economy is expected to
            # grow 2.1%" / "The economy grew 1.8%" with figures named for 2026 and for 2025)
            mine_figure, theirs_figure, (mine_words, theirs_words) = apart
            refused.append(f"'{outcomes[j].id}' (score {candidate.score:g}) gives '{theirs_figure.metric}' "
                           f"({theirs_words}), where '{mine_figure.metric}' is {mine_words}")
            continue
        exact = figures.closest_claim(i, than=j)
        if exact is not None and (why := false_friend(lexicon.entities[i], lexicon.entities[offset + exact[0]])
                                  or other_role(lexicon, i, offset + exact[0])
                                  or other_converse(lexicon, i, offset + exact[0])
                                  or other_name(lexicon, i, offset + exact[0])
                                  or other_instance(lexicon, i, offset + exact[0])):
            refused.append(f"'{outcomes[exact[0]].id}' holds its metric but is not the same fact: the expectation {why}")
            exact = None
        if exact is not None:
            k, figure = exact
            score = score_pair(lexicon, i, offset + k)
            return k, Match(outcomes[k], score, "figure"), [
                f"pairs with '{outcomes[k].id}' through the metric '{figure.metric}' (term score {score:g}; "
                f"'{outcomes[j].id}', score {candidate.score:g}, holds no figure of that metric)", *refused, *denied]
        # what joined them: the terms both write, then the bridges ("pay ≈ salaries" alone when nothing is written alike)
        joined = "; ".join(part for part in (f"shares {_terms(candidate.shared)}" if candidate.shared else "",
                                             ", ".join(candidate.bridges)) if part)
        scored = f"score {candidate.score:g}"
        if candidate.score < threshold and pairing.mutual is not None:
            # under the threshold: say why it answers all the same
            next_score, rival = pairing.mutual
            scored += (f" < {threshold:g}, but each is the other's closest: the next claim scores {next_score:g}, "
                       f"another expectation {rival:g}")
        reasons = [f"pairs with '{outcomes[j].id}' ({scored}; {joined})", *refused, *denied]
        if candidate is best and runner_up is not None and runner_up.score >= threshold \
                and best.score - runner_up.score < AMBIGUITY_MARGIN:
            reasons.append(f"'{outcomes[runner_up.index - offset].id}' is nearly as close (score {runner_up.score:g})")
        return j, Match(outcomes[j], candidate.score, "terms"), reasons
    closest = figures.closest_claim(i)
    if closest is not None and (why := false_friend(lexicon.entities[i], lexicon.entities[offset + closest[0]])
                                or other_role(lexicon, i, offset + closest[0])
                                or other_converse(lexicon, i, offset + closest[0])
                                or other_name(lexicon, i, offset + closest[0])
                                or other_instance(lexicon, i, offset + closest[0])):
        # "Spain will get flexibility on the 3.5% goal" is not answered by Belgium's 3.5%
        refused.append(f"'{outcomes[closest[0]].id}' holds its metric but is not the same fact: the expectation {why}")
        closest = None
    refused_friend = pairing.vetoed
    if closest is not None and refused_friend is not None and refused_friend.score >= threshold \
            and offset + closest[0] != refused_friend.index \
            and lexicon.met(i, offset + closest[0])[1] <= lexicon.met(i, refused_friend.index)[1] \
            and figures.likeness(i, refused_friend.index - offset) >= figures.likeness(i, closest[0]):
        # the false friend refused gave this very metric and said more of the expectation than
        # this claim does: its figure alone is no answer ("Spain will get flexibility on the 3.5%
        # core goal": Belgium got it; the allies' 3.5% core target is not about Spain either)
        refused.append(f"'{outcomes[closest[0]].id}' holds its metric but says nothing of the expectation "
                       f"that '{outcomes[refused_friend.index - offset].id}' did not")
        closest = None
    if closest is not None:
        j, figure = closest
        score = score_pair(lexicon, i, offset + j)
        why = "; ".join(refused) if refused else f"term score {score:g}" + (f" < {threshold:g}" if score < threshold else "")
        return j, Match(outcomes[j], score, "figure"), [
            f"pairs with '{outcomes[j].id}' through the metric '{figure.metric}' ({why})", *denied]
    if refused:
        return None, None, [f"no report claim gives this metric: {'; '.join(refused)}", *denied]
    if denied:
        return None, None, [f"no report claim speaks of what it denies: {'; '.join(denied)}"]
    if best is None:
        return None, None, [f"no report claim shares enough of its key terms to reach the threshold {threshold:g}"]
    closest_claim = outcomes[best.index - offset]
    # under the threshold, figures told apart ask more than the words shared can give (pairing.answers)
    told = f"; their figures measure other things: {pairing.apart}" if pairing.apart is not None else ""
    return None, None, [
        f"no report claim close enough: the closest, '{closest_claim.id}', scores {best.score:g} < {threshold:g}{told}"]


def _written(words: str, statement: str, said: frozenset[int], lexicon: Lexicon) -> bool:
    """Whether a statement writes every word of what FigureIndex.told_apart found ("1tb, 9 pro"), each as the
    start of one of its words ("jun" of "June", "eu" of "Europe") or a word of the statement's own terms or
    their relatives (`said`: "disbursements" of "has so far disbursed"); a period described ("a full year") is
    not.  What a bracket adds ("homes (a count)") is no word the statement must write."""
    text = statement.lower()
    return all(re.search(rf"(?<![a-z0-9]){re.escape(w)}", text)
               or any(lexicon.classes.get(s) in said for s, _ in terms(w, lexicon.folds, lexicon=True))
               for w in _BRACKETED.sub(" ", words).replace(",", " ").split())


# What a bracket adds to the words that part two figures: "homes (a count)", "share (percent)".
_BRACKETED = compiled(r"\([^()]*\)")


def _other_named(statement: str, obj: list[str], other: str) -> bool:
    """Whether two denials deny acts on two things each named by a name: "will not launch a new iPhone" / "did not
    launch a new iPad" (a name is written with a capital inside its sentence); two denials in common words ("a
    timetable" / "no date") may be one thing in other words."""
    theirs = denied_object(other)
    if theirs is None or not obj or not theirs[1]:
        return False
    return _named(statement, obj[-1]) and _named(other, theirs[1][-1]) and obj[-1] != theirs[1][-1]


def _named(statement: str, word: str) -> bool:
    """Whether a word is written as a name in a statement: with a capital ("Galaxy", "iPhone"), not as its first word."""
    m = re.search(rf"(?<=\s)({re.escape(word)})\b", statement, re.I)
    return m is not None and any(ch.isupper() for ch in m.group(1))


def _denied_unsaid(claim: Claim, lexicon: Lexicon, r: int, outcome: Claim) -> str | None:
    """What a negated expectation denies ("will not forecast a global recession": a recession), when
    report claim r does not speak of it in any word related to it: the claim is about that thing not
    happening, and a claim that shares only the verb and its setting ("trimmed its world forecast")
    neither confirms nor contradicts it.  The object's head decides; a vague head ("its dairy
    sector") is read by its other words, a change ("a cut in the gasoline tax") by what changes, a
    part by its whole too ("the emergency clause of the debt brake").  A noun that names a fall ("recession":
    the economy declines) is spoken of by a report claim that says the thing falls ("the economy will
    shrink"), or what the noun's phrase names ("a depreciation of the won" / "the won fell 4%").
    A report claim that denies too speaks of a thing not happening in the setting both share, in its own
    words ("will not set a timetable" / "offered no date"; "not expected to agree on the MFF" / "failed to
    reach agreement on the long-term budget"): on every released label this check refused such a pair only
    where the editor paired them (docs/rule-audit.md)."""
    if not is_negated(claim)[0]:
        return None
    found = denied_object(claim.statement)
    if found is None:
        return None
    _, obj, after = found
    if is_negated(outcome, claim)[0] and not _other_named(claim.statement, obj, outcome.statement):
        return None
    if bounded_start(claim.statement, outcome.statement) is not None:
        return None  # the report dates the start the denial bounds ("no US sale before 2027" / "deliveries begin")
    things = lexical.falling(obj[-1])
    if things is not None and direction(outcome.statement)[0] == "down":
        about = [*things, *obj[:-1], *(after[1:] if after[:1] in (["in"], ["of"]) else [])]
        if not {s for s, _ in terms(outcome.statement)}.isdisjoint(s for w in about for s, _ in terms(w)):
            return None

    def classes(words: list[str]) -> list[int]:
        return [lexicon.classes[s] for w in words for s, _ in terms(w, lexicon.folds, lexicon=True)
                if s in lexicon.classes]

    wanted = classes(obj[-1:])
    # the object's other words, when written alike: "its rice market" / "rice stays excluded" (not
    # "a global recession" / "world forecast", a modifier met only through a related word)
    modifiers = classes(obj[:-1])
    if not wanted or wanted[-1] in lexicon.vague:
        wanted, modifiers = modifiers, []
    elif wanted[-1] in lexicon.direction:
        wanted = classes(after[1:])
    elif after[:1] == ["of"]:  # "the emergency clause of the debt brake": the brake's clause
        wanted += classes(after[1:])
    wanted = [c for c in wanted if c not in lexicon.actors and c not in lexicon.vague]
    if not wanted:
        return None
    near, weak = lexicon.near(r)
    said = near | weak | (lexicon.metric_sets[r] if lexicon.metric_sets else frozenset())
    if said.intersection(wanted) or lexicon.sets[r].intersection(set(modifiers) - lexicon.actors):
        return None
    return " ".join(obj)


def _same_baseline(a: Figure, b: Figure) -> bool:
    """Whether two figures both moved from one baseline (their "from" values agree)."""
    return a.baseline is not None and b.baseline is not None and a.baseline.comparable(b.baseline) \
        and a.baseline.agrees(b.baseline)


class _Judge:
    """Verdicts of paired claims: polarity, direction, then every figure of both, linked or not."""

    def __init__(self, figures: FigureIndex, links: list[FigureLink], tolerance: float, lexicon: Lexicon) -> None:
        self.figures, self.tolerance, self.lexicon = figures, tolerance, lexicon
        self.links_of: dict[int, list[FigureLink]] = {}
        # (preview, report) figures a verdict found answering each other though unlinked (_named_apart), as links
        # when their sentences read them as one measure: discrepancies like the linked ones
        self.answered: dict[tuple[int, int], FigureLink] = {}
        # (expectation, report claim) -> the counts of one thing the two statements give differently ("16 CPU
        # cores" / "14 CPU cores"), as figures named by the noun counted: discrepancies of a sure pairing
        self.counted: dict[tuple[int, int], list[tuple[Figure, Figure]]] = {}
        # the preview values each linked report figure was linked with (by its index in figures.rf)
        self.linked_with: dict[int, list[Quantity]] = {}
        at = {id(e.figure): r for r, e in enumerate(figures.rf)}
        for link in links:
            self.links_of.setdefault(link.preview_claim, []).append(link)
            self.linked_with.setdefault(at[id(link.report)], []).append(link.preview.quantity)

    def __call__(self, i: int, j: int) -> tuple[str, list[str]]:
        """The verdict of expectation i paired with report claim j, and its reasons: "absent" when j only
        refuses to speak of something other than speaking (polarity.refused_to_speak)."""
        claim, other = self.figures.preview[i], self.figures.report[j]
        later = _horizon(claim.statement) if claim.figures and not _sizes_only(claim) else None
        if later is not None and not _timed(other.statement):
            # "expect the policy rate to reach 1.25% by the end of the year" / "Policy rate: 1%": where the rate ends
            # the year is not yet known; the decision's level does not answer it
            return "absent", [f"the expectation gives a level '{later}'; '{other.id}' names no such time: what it "
                              f"says is not that level"]
        contradictions = []
        notes = []
        negated, why = is_negated(claim, other)
        other_negated, other_why = is_negated(other, claim)
        mine, my_word = _direction(claim, other)
        theirs, their_word = _direction(other, claim)
        moved, other_moved = _moved(claim), _moved(other)
        # a claim's figures that say how they moved outweigh its words, which may speak of something
        # else: "projected to grow 1.8 per cent, down from 2.0" is a cut of the forecast, not a rise
        # ("grow" is the measure's own verb)
        if moved[0] is not None:
            mine, my_word = moved
        if other_moved[0] is not None:
            theirs, their_word = other_moved
        if other_negated and not negated and (removed := removal_as_cut(other.statement, claim.statement)) is not None:
            notes.append(f"'{removed[0]}' is a cut to nothing, more than the '{removed[1]}' expected")
            other_negated = False
        if other_negated and not negated and (told := said_of(claim.statement, other.statement)) is not None:
            # "will address the rupee's slide" / "said the bank does not target any level for the rupee"
            notes.append(f"'{told[1]}' tells what was said: it is the '{told[0]}' expected; its negation "
                         f"({other_why}) is in what was said")
            other_negated = False
        if other_negated and not negated and (asked := questioned(claim.statement)) is not None \
                and (refusal := refusal_to_speak(other.statement)) is not None:
            # "will face questions about the merger" / "declined to comment on the merger": the question was put
            notes.append(f"'{refusal}' answers the question '{asked}' expects")
            other_negated = False
        if negated != other_negated and (left_open := _both_left_open(claim, other, negated)) is not None:
            # "declined to say whether more job cuts are planned" / "would not rule out further job cuts": neither
            # says whether it happens, and both say so
            notes.append(left_open)
            negated = other_negated
        if other_negated and not negated and (refusal := refused_to_speak(other.statement, claim.statement)):
            # "refused to say whether they would be frozen" neither confirms nor denies a freeze
            return "absent", [f"'{other.id}' says '{refusal}': a refusal to speak says nothing of whether what "
                              f"the expectation says happens"]
        # "4K remains exclusive to Premium" says the Standard tier does not get it: it agrees with "will not add
        # 4K to the Standard tier" and contradicts "the Standard plan will get 4K"
        for keeper, keeper_negated, getter, getter_negated in ((other, other_negated, claim, negated),
                                                               (claim, negated, other, other_negated)):
            if keeper_negated or (out := left_out(keeper.statement, getter.statement)) is None:
                continue
            whose = "the expectation" if getter is claim else f"'{other.id}'"
            if getter_negated:
                notes.append(f"'{out[0]}' leaves out '{out[1]}', as {whose} says")
                negated = other_negated = True
            else:
                contradictions.append(f"'{out[0]}' leaves out '{out[1]}', which {whose} says gets it")
            break
        denied = None
        if negated != other_negated:
            denier, sayer = (claim, other) if negated else (other, claim)
            denied = denied_opposite(denier.statement, sayer.statement)
        # "will not raise" is "stays": no change, whichever of the two says it
        if negated != other_negated and opposed_directions(mine, theirs) and "hold" in (mine, theirs) \
                and (mine == "hold") == other_negated:
            notes.append(f"'{my_word if negated else their_word}' denied means no change, as "
                         f"'{their_word if negated else my_word}' says")
            mine = theirs = None
        elif denied is not None:
            # "no member dissented" is "unanimous"; "did not attend" is "skipped"
            notes.append(f"'{denied[1]}' denied means '{denied[2]}' ({denied[0]})")
        elif negated and not other_negated and (bound := bounded_start(claim.statement, other.statement)) is not None:
            # "will not go on sale in the US before 2027" / "US deliveries will begin in late 2026": when it starts
            if bound[2]:
                notes.append(f"'{other.id}' starts in {bound[1]}: not {bound[0]}, as the expectation says")
            else:
                contradictions.append(f"'{other.id}' starts in {bound[1]}, {bound[0]}, when the expectation says "
                                      f"it does not start")
        elif negated != other_negated and (timed := other_time_side(claim.statement, other.statement)) is not None:
            # "will not finish on schedule" is "finished behind schedule"
            notes.append(f"'{timed[0] if negated else timed[1]}' denied means '{timed[1] if negated else timed[0]}'")
        elif negated and other_negated and opposed_directions(mine, theirs) and mine in ("up", "down") \
                and theirs == "hold":
            # "is not expected to include any new tax cuts" / "offers no fresh tax relief, leaving the bracket in
            # place": the denied move is the hold the report tells
            notes.append(f"'{my_word}' denied means no change, as '{their_word}' says")
            mine = theirs = None
        elif negated and other_negated and (refused := _refused_denial(claim, other)) is not None:
            contradictions.append(refused)
        elif negated != other_negated:
            says = "did not or will not happen" if negated else "happens"
            other_says = "did not happen" if other_negated else "did"
            contradictions.append(
                f"opposite polarity: the expectation says it {says} ({why}); '{other.id}' says it {other_says} ({other_why})"
            )
        balances = risk_balance(claim.statement), risk_balance(other.statement)
        if balances[0] is not None and balances[1] is not None and balances[0][0] != balances[1][0]:
            contradictions.append(f"another balance of risks: the expectation says '{balances[0][1]}'; "
                                  f"'{other.id}' says '{balances[1][1]}'")
        opposed = opposition(claim.statement, other.statement) if denied is None else None
        if opposed is not None:
            contradictions.append(f"opposite cues ({opposed[0]}): the expectation says '{opposed[1]}'; "
                                  f"'{other.id}' says '{opposed[2]}'")
        if opposed_directions(mine, theirs) \
                and (rate := self._rate_and_growth(i, j, mine, theirs, my_word, their_word)) is not None:
            notes.append(rate)
        elif opposed_directions(mine, theirs) and (kept := _forecast_kept(claim, other, mine, my_word, their_word)):
            notes.append(kept)
        elif opposed_directions(mine, theirs):
            contradictions.append(
                f"opposite direction: the expectation says {DIRECTION_NAMES[mine or '']} ('{my_word}'); "
                f"'{other.id}' says {DIRECTION_NAMES[theirs or '']} ('{their_word}')"
            )
        tallies = other_tally(claim.statement, other.statement)
        if tallies is not None:
            contradictions.append(f"another tally: the expectation says '{tallies[0]}'; '{other.id}' says '{tallies[1]}'")
        counted = other_dissents(claim.statement, other.statement) if tallies is None else None
        if counted is not None:
            contradictions.append(f"another count of dissents: the expectation says '{counted[0]}'; "
                                  f"'{other.id}' says '{counted[1]}'")
        some = not_all(claim.statement, other.statement)
        if some is not None:
            contradictions.append(f"not all: the expectation says '{some[0]}'; '{other.id}' says '{some[1]}'")
        only = only_against_all(claim.statement, other.statement)
        if only is not None:
            contradictions.append(f"one part against the whole: the expectation says '{only[0]}'; '{other.id}' says "
                                  f"'{only[1]}'")
        missed = missed_figure(other.statement)
        if missed is not None and (said := _said_figure(missed[1])) is not None \
                and any(f.quantity.comparable(said) and f.quantity.agrees(said) for f in claim.figures):
            # the report says its outcome came in below (above) the very figure the expectation gives
            contradictions.append(f"'{other.id}' says the outcome came in {missed[0]} the {missed[1]} expected")
        beside = _beside(claim, other)
        if beside is not None:
            contradictions.append(f"'{other.id}' gives {beside[0]} against the {beside[1]} expected")
        chosen = _chosen_over(claim, other)
        if chosen is not None:
            contradictions.append(f"'{other.id}' says '{chosen[0]}' rather than the {chosen[1]} the expectation gives")
        contrary = against_expectations(other.statement)
        if contrary is not None and against_expectations(claim.statement) is None:
            contradictions.append(f"'{other.id}' says the outcome went '{contrary}'")
        days = calendar_day(claim.statement), calendar_day(other.statement)
        if days[0] is not None and days[1] is not None and days[0][0] != days[1][0]:
            contradictions.append(f"another day: the expectation says '{days[0][1]}'; '{other.id}' says '{days[1][1]}'")
        if negated == other_negated and (timed := other_time_side(claim.statement, other.statement)) is not None:
            contradictions.append(f"another time: the expectation says '{timed[0]}'; '{other.id}' says '{timed[1]}'")
        starts = other_start(claim.statement, other.statement)
        if starts is not None:
            # "take effect from April" / "starting in May", "begin in March" / "in the second quarter": one start,
            # another time
            contradictions.append(f"another time: the expectation says it starts in '{starts[0]}'; "
                                  f"'{other.id}' says '{starts[1]}'")
        parts = predicted_models(claim.statement, other.statement)
        if parts is not None:  # both speak of one model: what they say it has differs
            contradictions.append(f"another model in what is said of the one both name: the expectation says "
                                  f"'{parts[0]}'; '{other.id}' says '{parts[1]}'")
        for link in self.links_of.get(i, []):
            ended = fiscal_end(qualifiers(link.preview.metric)[0], qualifiers(link.report.metric)[0])
            text = (f"'{link.preview.metric}': {link.preview.quantity.text} ({format_interval(link.preview.quantity)}) "
                    f"vs {link.report.quantity.text} in '{self.figures.report[link.report_claim].id}'"
                    + (f" ({ended}: a fiscal year and the month that may end it)" if ended else ""))
            also = self._also_given(link, j) if link.disagrees(self.tolerance) else None
            if also is not None:
                notes.append(f"figure differs: {text}; but '{also.metric}' {also.quantity.text} in the same claim "
                             f"agrees: which of the two answers the expectation is not read")
            elif link.disagrees(self.tolerance):
                pct = link.difference_pct
                change = f", {pct:+g} %" if pct is not None else ""
                contradictions.append(f"figure differs: {text}{change}")
            else:
                notes.append(f"figure agrees: {text}")
            shared_word = _ambiguous_currency(link.preview.quantity, link.report.quantity) \
                or _ambiguous_currency(link.report.quantity, link.preview.quantity)
            if shared_word:
                notes.append(shared_word)
            before, after = link.preview.baseline, link.report.baseline
            if before is not None and after is not None and not before.agrees(after):
                notes.append(f"baselines differ: {before.text} vs {after.text} (a baseline is not an outcome)")
        deadlines = _deadline(claim.statement), _deadline(other.statement)
        if deadlines[0] is not None and deadlines[1] is not None:
            given = f"the expectation says '{deadlines[0]}'; '{other.id}' says '{deadlines[1]}'"
            if deadlines[0].split()[-1] != deadlines[1].split()[-1]:
                contradictions.append(f"another year: {given}")
            else:
                notes.append(f"the year agrees: {given}")
        for differs, text, as_figures in _counted(claim, other):
            (contradictions if differs else notes).append(text)
            if differs and as_figures is not None:
                self.counted.setdefault((i, j), []).append(as_figures)
        apart = self._named_apart(i, j)
        if apart is not None:
            (contradictions if apart[0] else notes).append(apart[1])
        notes.extend(self._unlinked(i, j))
        if contradictions:
            return "contradicted", [*contradictions, *notes]
        if not notes:
            notes.append("same polarity; no figure to compare" if not negated else "both negated; no figure to compare")
        return "fulfilled", notes

    def _rate_and_growth(self, i: int, j: int, mine: str | None, theirs: str | None, my_word: str, their_word: str
                         ) -> str | None:
        """The reason, when two opposite change words speak of one figure, linked and agreeing, in two ways: one
        moves a rate to its figure and the other grows the thing the rate measures by that figure ("growth will
        ease to 1.5%" / "the economy will expand 1.5%"), or one revises a forecast to the figure and the other
        moves the thing forecast ("trim its US growth forecast to 1.8%" / "the economy growing 1.8%": the revision
        moves the forecast, not growth).  Two revisions the opposite way still oppose."""
        claim, other = self.figures.preview[i], self.figures.report[j]
        kinds = moved_by(claim.statement, my_word), moved_by(other.statement, their_word)
        # a revision counts against a claim that speaks of the thing forecast only: "kept its projection at 1.0%"
        # or "raised its forecast" speak of the forecast, and a hold is the forecast's own
        revised = revises(claim.statement, my_word), revises(other.statement, their_word)
        if revised[0] != revised[1] and ("hold" in (mine, theirs)
                                         or names_forecast(other.statement if revised[0] else claim.statement)):
            revised = (False, False)
        if set(kinds) != {"level", "amount"} and revised[0] == revised[1]:
            return None
        link = next((link for link in self.links_of.get(i, []) if link.report_claim == j
                     and (link.preview.quantity.dimension == "percent" or revised[0] != revised[1])
                     and not link.disagrees(self.tolerance)), None)
        if link is None:
            return None
        if revised[0] != revised[1]:
            revision, move = (my_word, their_word) if revised[0] else (their_word, my_word)
            return (f"'{revision}' revises a forecast to {link.preview.quantity.text}; '{move}' is the move of the "
                    f"thing forecast, by the same figure: not opposite moves")
        level, amount = (my_word, their_word) if kinds[0] == "level" else (their_word, my_word)
        return (f"'{level}' moves the rate to {link.preview.quantity.text}; '{amount}' grows by the same figure: "
                f"one rate, not opposite moves")

    def _named_apart(self, i: int, j: int) -> tuple[bool, str] | None:
        """(whether they differ, the reason) when expectation i and report claim j each give one figure of a
        unit for the slot the expectation predicts, neither linked to any figure: drafting named the two
        differently ("loan for Ukraine" / "Ukraine"), yet within one pair they answer each other, and an
        editor calls the right move with another figure contradicted.  The slot's figure is found among
        several of a unit (_answers).  Figures naming other periods, models or versions, another measure of
        one kind (operating / net), a change against a level, a value that is the other's baseline, or figures
        of two things (FigureIndex.other_thing: "new pledges" / "disbursements to date") are no answer."""
        figures = self.figures
        if i not in figures.of_preview or j not in figures.of_report:
            return None  # a side without figures: the statements' words (costly to read) are not needed
        # a pair that shares one word ("forecast") may speak of two things; a period both figures name
        # ("by 2029-30") is a second word they share
        shared = len(_about(figures.preview[i].statement) & _about(figures.report[j].statement))
        if not shared:
            return None
        for p, r in _answers(figures, i, j, self.linked_with):
            a, b = figures.pf[p], figures.rf[r]
            # a move in percent is not the level it moves ("fell 8%" / "7.4% of revenue"); a sum or a count
            # named by its verb ("increases of 140,000 barrels a day") is the sum either way
            if (a.metric.changes != b.metric.changes and a.quantity.dimension in ("percent", "pp")) \
                    or a.metric.qualifiers.conflict(b.metric.qualifiers) is not None \
                    or other_measure(a.metric, b.metric) is not None \
                    or variants.apart(a.metric.models, b.metric.models) is not None \
                    or shared + (a.metric.qualifiers.shared(b.metric.qualifiers) > 0) < 2 \
                    or any(base is not None and base.agrees(other) for base, other in
                           ((a.figure.baseline, b.quantity), (b.figure.baseline, a.quantity))) \
                    or figures.other_thing(p, r, (_said(self.lexicon, i),
                                                  _said(self.lexicon, len(figures.preview) + j))) is not None:
                continue
            if not _near(a.quantity, b.quantity):
                continue  # "$8.6 billion" of revenue and a bare "$2.12" of a share price: two things
            differs = not a.quantity.agrees(b.quantity) and a.quantity.gap(b.quantity) >= self.tolerance
            said = (f"'{a.figure.metric}' {a.figure.quantity.text} vs '{b.figure.metric}' {b.figure.quantity.text} "
                    f"in '{figures.report[j].id}'")
            how = f"the one figure in {describe_unit(a.quantity)} of each" \
                if not _among(figures, i, j, p, self.linked_with) \
                else f"the figures in {describe_unit(a.quantity)} that answer each other"
            if differs:
                if (link := figures.answer(p, r)) is not None:
                    self.answered[(p, r)] = link
                return True, f"figure differs (named apart; {how}): {said}"
            return False, f"figure agrees (named apart; {how}): {said}"
        return None

    def _also_given(self, link: FigureLink, j: int) -> Figure | None:
        """Another figure of report claim j, unlinked and of the link's unit, that agrees with the linked
        preview figure, not as a baseline or a comparison, nor for another period or model: "Refresh rate: up to
        90Hz (Vista 2); up to 120Hz (Pro)" gives the 120Hz expected, whichever figure drafting linked.
        None when there is none ("120Hz, lower than the 144Hz of the rival" gives no 144Hz)."""
        figures = self.figures
        if link.report_claim != j:
            return None
        linked = next(p for p in figures.of_preview.get(link.preview_claim, []) if figures.pf[p].figure is link.preview)
        a = figures.pf[linked]
        # both moved from one baseline ("to 7.0% from 6.8%" / "to 7.2% from 6.8%"): they measure one thing, and a
        # figure of the claim that moved from no such baseline ("and pegged growth for 2026-27 at 7.0%") is another's
        shared = _same_baseline(link.preview, link.report)
        for r in figures.of_report.get(j, []):
            b = figures.rf[r]
            if shared and not _same_baseline(link.preview, b.figure):
                continue
            if r not in figures.linked[1] and b.quantity.comparable(a.quantity) and b.quantity.agrees(a.quantity) \
                    and a.metric.qualifiers.conflict(b.metric.qualifiers) is None \
                    and not _compared_with(figures.report[j].statement, b.figure):
                return b.figure
        return None

    def _unlinked(self, i: int, j: int) -> list[str]:
        """A reason for each figure of i, and of j, that was compared with nothing."""
        figures, found = self.figures, []
        for p in figures.of_preview.get(i, []):
            f = figures.pf[p].figure
            if p not in figures.linked[0]:
                found.append(f"figure not compared: '{f.metric}' {f.quantity.text}: "
                             f"{figures.why_unlinked('preview', p, figures.report[j], j)}")
        for r in figures.of_report.get(j, []):
            f = figures.rf[r].figure
            if r not in figures.linked[1]:
                found.append(f"report figure not compared: '{f.metric}' {f.quantity.text} in "
                             f"'{figures.report[j].id}': {figures.why_unlinked('report', r, figures.preview[i], i)}")
        return found


# Words of expecting and saying: any preview and report share them, whatever they speak of.
_SAYING = frozenset(s for w in ("expect", "expected", "forecast", "forecasts", "said", "say", "says", "likely", "seen",
                                "see", "sees", "predicted") for s, _ in terms(w))


def _about(statement: str) -> frozenset[str]:
    """The stems a statement speaks of, words of expecting and saying left out."""
    return frozenset(s for s, _ in terms(statement)) - _SAYING


# Words that bring in a figure to measure against, not to state: "lower than the 144Hz", "down from 2.1%",
# "compared with 305 kroner", "after 2.8% this year", "above the 3%" (a bound is written without "the").
_COMPARING = compiled(r"\b(?:(?:than|from|compared\s+(?:with|to)|against|versus|vs\.?|after)"
                        r"(?:\s+(?:the|a|an|its|their|last\s+year's|an\s+estimated|a\s+revised))?"
                        r"|(?:below|above|short\s+of|ahead\s+of|beyond|missing|beating|exceeding)\s+(?:the|its|their))\s*$",
                        re.I)


# Words of what was expected or held before: a report restating the expectation ("short of the 2.1 billion
# euro average estimate", "having previously guided for 6% to 8%") gives the value it measures against.
_EXPECTING = frozenset(s for w in ("expect", "expected", "expectation", "estimate", "estimated", "forecast",
                                   "consensus", "poll", "previously", "previous", "guided", "sought", "predicted",
                                   "projected", "anticipated", "hoped", "prior")
                       for s, _ in terms(w))


def _compared_with(statement: str, figure: Figure) -> bool:
    """Whether the statement brings in the figure as a comparison ("lower than the 144Hz") or as the value
    that was expected or held before ("the 2.1 billion euro average estimate")."""
    at = statement.find(figure.quantity.text)
    before = statement[max(0, at - 40):at] if at >= 0 else ""
    said = {s for s, _ in terms(before.rsplit(",", 1)[-1] + " " + figure.metric)}
    return (at >= 0 and _COMPARING.search(before) is not None) or bool(said & _EXPECTING)


# Words that end the noun phrase after a number: "18 leaders had confirmed", "50 new clinics in the north".
_PHRASE_END = frozenset("""a an the of in on at to for by with from into over under and or but than as that which who
    whom whose will would could should may might can must shall is are was were be been being has have had do does did
    it its their his her our your this these those per each every""".split())
_NUMBER = compiled(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                     r"ninety|hundred|dozen)$", re.I)
_YEAR_NUMBER = compiled(r"(?:19|20)\d\d")
# Who spoke is no count of what happened: "two officials said", "according to four diplomats", "three people
# familiar with the talks"
# (not "two members said they would dissent": what they said is of themselves)
# (nor "three models are said to use": a passive says what is said of them)
_SOURCE_AFTER = compiled(r"(?:\s+(?!(?:are|is|was|were|be|been|being)\b)[\w'’-]+){0,5}?\s+"
                           r"(?:(?:said|say|says|told)\b(?!\s+(?:that\s+)?(?:they|we)\b)|(?:familiar|briefed|speaking|quoted)\b)",
                           re.I)
_SOURCE_BEFORE = compiled(r"\baccording\s+to\s+(?:some\s+|at\s+least\s+)?$", re.I)
# A span that says since when, not how long: "the fastest pace in two years", "the first cut in three years"
_SINCE_SPAN = compiled(r"\b(?:first|last|most|least|record|(?!(?:inter|requ|prot|harv|inv|sugg|cont|for|dig|arr|hon|mod"
                         r"|manif|qu|w|r|t|n|ch|gu|p|v|cr)est\b)[a-z]+est)\b(?:\s+[\w-]+){0,5}\s+(?:in|since)\s+$",
                         re.I)
# Where a count could open: a word beginning with a digit or a number word (a digit inside "w123x" or
# "A321neo" opens none); a statement without one holds no count and is not read for figures.  Two searches:
# the digit's is written to start with the digit (\b before it, as a lookbehind), which the engine skips
# ahead to, and the number words' is tried only when one of them is in the text (text.may_hold); one
# pattern opening with \b was tried at every position (~200 us for a 1.5 KB claim).
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                 "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen")
_DIGIT_OPENS = compiled(r"\d(?<!\w\d)")
_NUMBER_WORD_OPENS = compiled(rf"\b(?:{'|'.join(_NUMBER_WORDS)})\b", re.I)


def _count_opens(statement: str) -> bool:
    """Whether a count could open in the statement: a word beginning with a digit or a number word."""
    return bool(_DIGIT_OPENS.search(statement)
                or (may_hold(statement, _NUMBER_WORDS) and _NUMBER_WORD_OPENS.search(statement)))


# A year a move or a pledge runs to: "forward to 2032", "by 2027", "until 2030" (not "in 2027", a period;
# not "compared to 2024", a baseline, nor "from 2025 to 2030", a span).
_DEADLINE = compiled(r"(?<!compared )(?<![12][09]\d\d )\b(?:to|by|until|till|through)\s+((?:19|20)\d\d)\b(?![-–/%]|\s+(?:to|and)\s+(?:19|20)\d\d)")


_DEADLINE_YEAR = compiled(r"\s(?:19|20)\d\d")  # in every match of _DEADLINE; a search the engine skips ahead in


def _deadline(statement: str) -> str | None:
    """The one deadline year a statement gives, as written ("to 2033"); None when it gives none or several."""
    text = statement[:MAX_TEXT_CHARS]
    # _DEADLINE opens with \b and lookbehinds, tried at every position: only a text with a year after a space is read
    found = {m.group(1): m.group() for m in _DEADLINE.finditer(text)} if _DEADLINE_YEAR.search(text) else {}
    return next(iter(found.values())) if len(found) == 1 else None


def _restated(value: Quantity, others: list[T], quantity: Callable[[T], Quantity]) -> list[T]:
    """The others giving the very value (the same interval: "the old model's 15 hours" twice), else those
    agreeing with it ("15 hours" within "up to 16 hours" too)."""
    exact = [o for o in others if (quantity(o).low, quantity(o).high) == (value.low, value.high)]
    return exact or [o for o in others if quantity(o).agrees(value)]


# A count named as what was not so: "rather than the three trims", "instead of the five colours", "not 18 leaders".
_CONTRASTED = compiled(r"\b(?:rather\s+than|instead\s+of|not)\s+(?:(?:the|its|their|some|about|around)\s+)?$", re.I)
# "extend the licences to 18 months, from six months now", "up from 12 stores": where a move started
_FROM = compiled(r"\bfrom\s+(?:(?:the|its|their|some|about|around|just)\s+)?$", re.I)


@dataclass(frozen=True)
class _Count:
    """A count a statement gives, and of what."""

    stem: str  # the stem of the noun it counts, or of the verb that gives it ("delivered 58,400")
    written: str  # that noun or verb as written
    quantity: Quantity
    at: int  # where it stands in the statement
    before_head: str | None  # the stem of the word before the noun: a compound's first noun ("trim" of "trim levels")
    verb: bool = False  # given by a verb: it counts the noun of the verb's family ("delivered" / "deliveries")
    contrasted: bool = False  # named as what was not so ("rather than the three trims")
    baseline: bool = False  # where a move started ("to 18 months, from six months now"): not what it reached

    def counts(self, other: _Count) -> bool:
        """Whether the two count one thing: the same noun, a compound and its first noun ("trim levels" /
        "trims"), or a noun and a verb of its WordNet family ("deliveries" / "delivered")."""
        if self.verb or other.verb:
            if self.verb == other.verb:
                return False
            verb, noun = (self, other) if self.verb else (other, self)
            return not lexical.groups(verb.written.lower())[0].isdisjoint(lexical.groups(noun.written.lower())[0])
        return self.stem == other.stem or self.stem == other.before_head or other.stem == self.before_head


@lru_cache(maxsize=4096)
def _counts(statement: str) -> tuple[_Count, ...]:
    """Each count of a thing the statement gives: the noun it counts is the first plural word of the phrase
    after the number ("50 new Medicare urgent care clinics", "another six months", "as many as 900 positions");
    none when the phrase holds none ("in 2027", "a 5-1 vote").  Counts of one thing are plural in English; a
    count without a noun says nothing to compare, unless English leaves the noun out: after a contrast that
    named it ("rather than the 18 leaders organisers had hoped for, there were 15") the number counts that
    noun; right after a verb ("delivered 58,400 of the SUV") it counts what the verb does.
    Only the first MAX_TEXT_CHARS are read, as pairing and polarity read them, and each statement once however
    many pairs it is judged in: reading a long statement whole for every pair took minutes on 18 MB files."""
    statement = statement[:MAX_TEXT_CHARS]
    found: list[_Count] = []
    if not _count_opens(statement):
        return ()
    for f in find_figures(statement):
        q = f.quantity
        if q.dimension != "count":
            continue
        words = statement[f.start:].split()
        at = next((k for k, w in enumerate(words) if _NUMBER.search(w.strip(",.;:!?"))), None)
        if at is None or _YEAR_NUMBER.fullmatch(words[at].strip(",.;:")):
            continue
        head, phrase = None, []
        for w in words[at + 1:at + 7] if words[at][-1] not in ",.;:!?" else ():
            bare = w.strip(",.;:!?()\"'’").lower()
            if bare in _PHRASE_END or (not bare.isalpha() and "-" not in bare):
                break
            if len(bare) > 3 and bare.endswith("s") and not bare.endswith("ss"):
                head = bare
                break
            phrase.append(bare)
            if w[-1] in ",.;:!?)":
                break
        if head is not None and (_SOURCE_AFTER.match(statement, f.end) or _SOURCE_BEFORE.search(statement, 0, f.start)
                                 or (q.is_span and _SINCE_SPAN.search(statement, 0, f.start))):
            continue
        contrasted = _CONTRASTED.search(statement[max(0, f.start - 40):f.start]) is not None
        baseline = _FROM.search(statement[max(0, f.start - 40):f.start]) is not None
        if head is not None:
            stems = terms(head)  # "years" is no term of pairing's: its singular keys it then
            stem = stems[0][0] if stems else head[:-1]
            if q.is_span and words[0].lower() == "over" and at == 1:
                q = parse_figure(" ".join(words[1:at + 2]).strip(",.;:"))  # "over five years": during them, not more
            first = terms(phrase[-1]) if phrase else []
            found.append(_Count(stem, head, q, f.start, first[0][0] if first else None, contrasted=contrasted,
                                baseline=baseline))
            continue
        if at + 1 < len(words) and words[at][-1] not in ",.;:!?" \
                and words[at + 1].strip(",.;:!?()\"'’").lower() not in _PHRASE_END:
            continue  # a number with a word after it that is not its noun: it counts nothing read here
        named = [c for c in found if c.contrasted and not c.verb]
        if named:  # "instead of the five colours that had leaked, there are only three"
            found.append(_Count(named[-1].stem, named[-1].written, q, f.start, named[-1].before_head))
            continue
        verb = statement[:f.start].split()[-1:] if not words[0][0].isalpha() or at == 0 else []
        if verb and verb[0].isalpha() and verb[0].islower() and verb[0] not in _PHRASE_END \
                and any(base != verb[0] for base in lexical.lemmas(verb[0])):
            # an inflected verb right before the number: "delivered 58,400", "hired 700"
            found.append(_Count(terms(verb[0])[0][0] if terms(verb[0]) else verb[0], verb[0], q, f.start, None,
                                verb=True))
    return tuple(found)


def _drafted(claim: Claim, count: Quantity) -> bool:
    """Whether the claim gives the count as a drafted figure ("99,000 tonnes" of "99,000 tonnes a year")."""
    return any(f.quantity.text in count.text or count.text in f.quantity.text for f in claim.figures)


def _counted(claim: Claim, other: Claim) -> list[tuple[bool, str, tuple[Figure, Figure] | None]]:
    """(whether they differ, the reason, the two counts as figures named by the noun counted unless either is a
    drafted figure) for each thing both claims count once ("as many as 11 agreements" /
    "nine agreements", "another 12 months" / "six months"), once a count both restate is set aside (the old
    model's 36 hours), and a count named as what was not so ("rather than the three trims") when another is
    left.  Counts already compared as drafted figures on both sides, and counts brought in as a
    comparison ("than the 30 stores"), are left to the figures."""
    mine = _counts(claim.statement)
    if not mine:
        return []
    theirs = _counts(other.statement)
    found = []
    for stem in dict.fromkeys(c.stem for c in mine if not c.verb):
        ours = [c for c in mine if c.stem == stem and not c.verb]
        others = [c for c in theirs if any(o.counts(c) for o in ours)]
        if len(ours) > 1 and len(others) > 1:
            for c in list(ours):
                same = _restated(c.quantity, others, lambda o: o.quantity)
                if len(same) == 1:
                    ours.remove(c)
                    others.remove(same[0])
        for side in (ours, others):
            if len(side) > 1 and not all(c.contrasted for c in side):
                side[:] = [c for c in side if not c.contrasted]
            if len(side) > 1 and not all(c.baseline for c in side):
                side[:] = [c for c in side if not c.baseline]  # the move's start is not what it reached
        if len(ours) != 1 or len(others) != 1:
            continue
        (a, b) = ours[0], others[0]
        if (_drafted(claim, a.quantity) and _drafted(other, b.quantity)) \
                or _COMPARING.search(claim.statement[max(0, a.at - 40):a.at]) \
                or _COMPARING.search(other.statement[max(0, b.at - 40):b.at]):
            continue
        x, y = a.quantity, b.quantity
        said = f"the expectation says '{x.text}'; '{other.id}' says '{y.text}'"
        name = f"count of {a.written}"
        # a count drafted as a figure on either side is left to the figures' links, which know its day, its
        # baseline, its place ("closed at 212 crowns on Monday" / "198 crowns on Wednesday": two observations)
        drafted = any(f.quantity.text.lower() in q.text.lower() or q.text.lower() in f.quantity.text.lower()
                      for c, q in ((claim, x), (other, y)) for f in c.figures)
        found.append((not x.agrees(y), f"{name} {'agrees' if x.agrees(y) else 'differs'}: {said}",
                      None if drafted else (Figure(name, x), Figure(name, y))))
    return found


def _near(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are of one size (less than twice each other): a figure an editor reads as the
    other's miss ("around 5 billion francs" bought, 3.2 billion reported), not another measure (a market
    value of $11 billion beside revenue of $4 billion, a share price beside a sum in billions)."""
    x, y = abs(a.value), abs(b.value)
    return min(x, y) > 0 and max(x, y) < 2 * min(x, y)


def _of_unit(figures: FigureIndex, i: int, j: int, p: int, linked_with: Mapping[int, list[Quantity]]
             ) -> tuple[list[int], list[int]]:
    """The figures of expectation i and of report claim j in preview figure p's unit, none linked: a linked
    figure has its answer.  A report figure linked with the very value of p, stated again in another claim
    of the preview ("a deficit of about $38 billion is expected"), answers p as well; one linked with a figure of
    expectation i itself has its answer in this pair ("a buyback of up to £750 million, on top of the £500 million
    programme completed in August" / "a £750m buyback": the £750m answers "up to £750 million", whose bound also
    holds £500 million)."""
    a = figures.pf[p].quantity
    own = [figures.pf[q].quantity for q in figures.of_preview.get(i, []) if q in figures.linked[0]]
    return ([q for q in figures.of_preview.get(i, []) if q not in figures.linked[0]
             and figures.pf[q].quantity.comparable(a)],
            [r for r in figures.of_report.get(j, []) if figures.rf[r].quantity.comparable(a)
             and (r not in figures.linked[1] or (any(v.agrees(a) and a.agrees(v) for v in linked_with.get(r, ()))
                                                 and not any(v is q for v in linked_with.get(r, ()) for q in own)))])


def _among(figures: FigureIndex, i: int, j: int, p: int, linked_with: Mapping[int, list[Quantity]]) -> bool:
    """Whether preview figure p's unit is given more than once in the pair (i, j)."""
    ours, theirs = _of_unit(figures, i, j, p, linked_with)
    return len(ours) > 1 or len(theirs) > 1


def _answers(figures: FigureIndex, i: int, j: int, linked_with: Mapping[int, list[Quantity]]) -> list[tuple[int, int]]:
    """The (preview, report) figures of expectation i and report claim j that answer each other, unlinked:
    in each unit, the one figure left on each side once a value both claims restate is set aside (the
    mid-year deficit, last year's fare: context, not the forecast), or else the one report figure whose name
    shares what the expectation's measures (words of change left out), or else the one pair that moved from
    the same baseline (ARPU of 312 kroner and 318 kroner, both from 305).  None for a unit where more
    than one figure is left on either side and no shared baseline tells which is the forecast: the
    report's "€75bn, less than the €90bn the commission had sought" may answer "€90bn" either way."""
    found = []
    for p in figures.of_preview.get(i, []):
        if p in figures.linked[0]:
            continue
        ours, theirs = _of_unit(figures, i, j, p, linked_with)
        for q in list(ours):
            if q == p:
                continue
            agreeing = _restated(figures.pf[q].quantity, theirs, lambda r: figures.rf[r].quantity)
            if len(agreeing) == 1 and len(theirs) > 1:
                ours.remove(q)
                theirs.remove(agreeing[0])
        if len(ours) == 1 and len(theirs) == 1:
            found.append((p, theirs[0]))
            continue
        named = _measuring(figures.pf[p].metric)
        alike = [r for r in theirs if _names_what(named, figures.rf[r].metric)]
        if ours == [p] and len(alike) == 1:
            # "investment bank increase" 14% answers "Income at the investment bank increase"; "driven increase"
            # 21% (", driven by a 21% rise in fixed income") names nothing it measures
            found.append((p, alike[0]))
            continue
        base = figures.pf[p].figure.baseline
        if base is None:
            continue
        same = [r for r in theirs if (b := figures.rf[r].figure.baseline) is not None and b.agrees(base)]
        rivals = [q for q in ours if (b := figures.pf[q].figure.baseline) is not None and b.agrees(base)]
        if len(same) == 1 and rivals == [p]:
            found.append((p, same[0]))
    return found


def _names_what(named: frozenset[int], metric: _Metric) -> bool:
    """Whether a report figure's name says what the expectation's measures (`named`): it shares a word beside
    its head, or all it measures is among those words.  A generic head alone is not enough: "inflation rate"
    does not answer "policy rate"."""
    theirs = _measuring(metric)
    shared = named & theirs
    head = metric.head[0] if metric.head is not None else None
    return bool(shared) and (bool(shared - {head}) or theirs <= named)


def _measuring(metric: _Metric) -> frozenset[int]:
    """What a metric name says is measured: its head and the words beside it, words of change left out."""
    return metric.beside_head | ({metric.head[0]} if metric.head is not None else frozenset())


def _said_figure(text: str) -> Quantity | None:
    """The figure a report's words give, None when it cannot be read."""
    try:
        return parse_figure(text)
    except FigureError:
        return None


# A figure's number as written, with the scale after it: "200 billion", "$1.2bn", "four"
_FIGURE_NUMBER = compiled(r"(?:[$€£¥]|us\$)?\d[\d.,]*(?:\s*(?:billion|million|trillion|thousand|bn|mn|m|k)\b)?"
                          r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
_HEDGE = compiled(r"^(?:about|around|roughly|some|nearly|almost|approximately|an estimated|as many as|as much as|"
                  r"up to)\s+", re.I)


def _beside(claim: Claim, other: Claim) -> tuple[str, str] | None:
    """(the outcome, the figure expected) when the report claim prints its outcome beside the figure that was
    expected ("$1.21 vs. $1.14 expected"), the two differ, and the expectation gives the figure expected and not the
    outcome: what it expected did not come."""
    found = beside_expected(other.statement)
    if found is None or beside_expected(claim.statement) is not None:
        return None
    outcome, expected = _said_figure(found[0]), _said_figure(found[1])
    if outcome is None or expected is None or not outcome.comparable(expected) or outcome.agrees(expected):
        return None
    mine = [f.quantity for f in claim.figures if f.quantity.comparable(expected)]
    if any(q.agrees(expected) for q in mine) and not any(q.agrees(outcome) for q in mine):
        return found
    return None


def _chosen_over(claim: Claim, other: Claim) -> tuple[str, str] | None:
    """(the outcome figure as written, the figure passed over) when the report claim says its outcome was chosen
    over the very figure the expectation gives ("by 100 billion yen per quarter rather than 200 billion yen" against
    "shrink its purchases by 200 billion yen each quarter"), and the expectation gives no figure agreeing with the
    outcome.  A figure passed over that writes no unit takes the outcome's ("three colours rather than the four")."""
    if passed_over(claim.statement):
        return None  # the expectation weighs the two itself ("by 100 billion rather than 200 billion")
    statement = other.statement
    for at, words in passed_over(statement):
        before = [f for f in other.figures if statement.rfind(f.quantity.text, 0, at) >= 0]
        if not before:
            continue
        outcome = max(before, key=lambda f: statement.rfind(f.quantity.text, 0, at)).quantity
        number, theirs = _FIGURE_NUMBER.match(words), _FIGURE_NUMBER.search(_HEDGE.sub("", outcome.text))
        if number is None or theirs is None:
            continue
        # the outcome's own words around the number passed over: "200 billion yen per quarter", "four colours"
        text = _HEDGE.sub("", outcome.text)
        alternative = _said_figure(text[:theirs.start()] + number.group() + text[theirs.end():])
        if alternative is None or alternative.agrees(outcome):
            continue
        mine = [f.quantity for f in claim.figures if f.quantity.comparable(alternative)]
        if any(q.agrees(alternative) for q in mine) and not any(q.agrees(outcome) for q in mine):
            return outcome.text, number.group()
    return None


_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A later time a forecast level is given for: "by the end of the year", "at the end of 2027", "by end-June", "by
# year-end", "end the year at", "ending 2026 at" (not "at the end of the summit", nor "until", which bounds a measure)
_HORIZON = compiled(rf"\b(?:by|at)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|decade|quarter|20\d\d"
                    rf"|{_MONTH_NAMES})\b|\bby\s+(?:year|quarter)-end\b|\bby\s+end-(?:20\d\d|year|{_MONTH_NAMES})\b"
                    rf"|\bend(?:ing)?\s+(?:the|this|next)\s+year\b|\bend(?:ing)?\s+20\d\d\b", re.I)
# a time a report claim gives a level for: any end ("at year-end", "end-June", "at the end of December"), a year of its
# own ("in 2026", "for the fiscal year": it may be the horizon);
# or a forecast of its own, which speaks of a later time whether it names it or not ("now expects net debt to fall to
# 2.2 times", "projected the rate at 3.4%")
_TIMED = compiled(r"\bend\b|\b20\d\d\b|\b(?:this|next|the|fiscal|financial)\s+year\b"
                  r"|\b(?:will|would|expects?|expected|forecasts?"
                  r"|forecast|projects?|projected|projections?|sees|seen|targets?|outlook|guidance)\b", re.I)


def _horizon(statement: str) -> str | None:
    """The later time an expectation's level is forecast for, as written, when it gives one (_HORIZON)."""
    m = _HORIZON.search(statement[:MAX_TEXT_CHARS]) if "end" in statement.lower() else None
    return m.group() if m is not None else None


# a figure written as the size of a thing ("agree a €50bn aid package", "sign a $10 billion deal"): a deadline then
# dates the act, not a level the thing will reach
_SIZE_OF = compiled(r"\b(?:an?|the|its|their)\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to)\s+)?$", re.I)


def _sizes_only(claim: Claim) -> bool:
    """Whether every figure of a claim stands as the size of a thing (_SIZE_OF), none as a level it forecasts."""
    statement = claim.statement[:MAX_TEXT_CHARS]
    for figure in claim.figures:
        at = statement.find(figure.quantity.text)
        if at < 0 or _SIZE_OF.search(statement[max(0, at - 40):at]) is None:
            return False
    return True


def _timed(statement: str) -> bool:
    """Whether a report claim gives its level for a time of its own (_TIMED): an end, a year, a forecast."""
    return _TIMED.search(statement[:MAX_TEXT_CHARS]) is not None


def _ambiguous_currency(q: Quantity, other: Quantity) -> str | None:
    """A reason when a figure's currency is a word several currencies share ("francs"), and how it was compared
    with the other figure of its metric: in that word, or as the code the other gives ("Sh" against "KSh")."""
    word = q.unit.partition("/")[0]
    codes = currencies.ambiguous_unit(word)
    if codes is None:
        return None
    listed = ", ".join(codes[:6]) + (", …" if len(codes) > 6 else "")
    code = other.unit.partition("/")[0]
    if code != word and code in codes:
        return (f"currency ambiguous: '{word}' in {q.text} could be any of {listed}; read as {code}, the "
                f"currency {other.text} gives for the same metric")
    return (f"currency ambiguous: '{word}' in {q.text} could be any of {listed}; compared only with "
            f"figures in {word} (an ISO code would say which)")


def _both_left_open(claim: Claim, other: Claim, negated: bool) -> str | None:
    """The reason, when of two claims of opposite polarity the negated one refuses to speak of a thing ("declined
    to say whether more job cuts are planned") and the other refuses to deny it ("would not rule out further job
    cuts"): both leave it open, which is what each says."""
    refuser, opener = (claim, other) if negated else (other, claim)
    refusal, kept_open = refusal_to_speak(refuser.statement), denied_denial(opener.statement)
    if refusal is None or kept_open is None:
        return None
    return f"'{refusal}' and '{kept_open}' both leave open whether it happens"


def _refused_denial(claim: Claim, other: Claim) -> str | None:
    """The reason, when of two negated claims one refuses a denial ("refused to rule out a rise") and
    the other denies the act ("will not rise"): the first leaves open what the second says will not be."""
    mine, theirs = denied_denial(claim.statement), denied_denial(other.statement)
    if (mine is None) == (theirs is None):
        return None
    # a refusal to speak ("declined to comment on a windfall tax") denies nothing either: both leave it open
    if refusal_to_speak(other.statement if mine is not None else claim.statement) is not None:
        return None
    if theirs is not None:
        return f"'{other.id}' says '{theirs}': it leaves open what the expectation says will not happen"
    return f"the expectation says '{mine}': it leaves open what '{other.id}' says did not happen"


def _forecast_kept(claim: Claim, other: Claim, mine: str | None, my_word: str, their_word: str) -> str:
    """The reason, when one side keeps a forecast ("will keep its growth forecast for 2026 at 4.5%") and the other
    moves the thing forecast, naming no forecast ("the economy is projected to expand by 4.5%"): the hold is the
    forecast's, the move the thing's, so they are no opposite moves (figures, when given, still decide)."""
    keeper, word, mover, move = (claim, my_word, other, their_word) if mine == "hold" \
        else (other, their_word, claim, my_word)
    if not keeps_forecast(keeper.statement, word) or names_forecast(mover.statement):
        return ""
    return f"'{word}' keeps a forecast; '{move}' is the move of the thing forecast: not opposite moves"


def _direction(claim: Claim, other: Claim) -> tuple[str | None, str]:
    """The statement's direction word (weighed against the other claim: see polarity.direction), else the one
    direction its figures' baselines agree on."""
    found = direction(claim.statement, other.statement)
    if found[0] is not None:
        return found
    return _moved(claim)


def _moved(claim: Claim) -> tuple[str | None, str]:
    """The one direction the claim's figures moved in from their baselines, with the move as written."""
    moves = {(f.direction, f"{f.baseline.text} → {f.quantity.text}") for f in claim.figures
             if f.baseline is not None and f.direction is not None}
    if len({kind for kind, _ in moves}) == 1:
        kind, shown = min(moves)
        return kind, shown
    return None, ""


def _terms(shared: tuple[str, ...]) -> str:
    shown = ", ".join(shared[:4])
    return shown + (f" and {len(shared) - 4} more" if len(shared) > 4 else "")
