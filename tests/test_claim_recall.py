"""Recall of claim files said in other words (issue 13): acronyms whose initials skip a function
word, and polarity read where it belongs.

Every claim is invented for these tests, from other events and domains than any evaluation set;
each verdict was written down, as an editor would give it, before the tool was run on it
(claimrecall, 2026-11-22).  Each class has three variants from different domains.
"""

from __future__ import annotations

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.pairing import article_acronyms


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, **kw: object) -> Claim:
    return Claim(id=cid, statement=statement, **kw)  # type: ignore[arg-type]


def fig(metric: str, value: str) -> Figure:
    return Figure(metric, parse_figure(value))


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# Acronyms whose initials skip a function word: "small and medium enterprises" is SME,
# "employment and support allowance" ESA, "total cost of ownership" TCO.  A metric name spells
# them out as the other file's acronym; the figures are then of one metric.
def test_central_bank_sme_lending_spelt_out_with_and() -> None:
    preview = doc("preview",
                  claim("sme", "Bank lending to small and medium enterprises is expected to grow 6% this year.",
                        figures=(fig("small and medium enterprises lending growth", "6%"),)),
                  claim("mortgage", "Mortgage lending will grow 4%.", figures=(fig("mortgage lending growth", "4%"),)))
    report = doc("report",
                 claim("r-sme", "SME lending rose 6% in the year, the central bank said.",
                       figures=(fig("SME lending growth", "6%"),)),
                 claim("r-mortgage", "Mortgage lending grew 3.1%.", figures=(fig("mortgage lending growth", "3.1%"),)))
    got = verdicts(preview, report)
    assert got["sme"] == ("fulfilled", "r-sme")
    assert got["mortgage"] == ("contradicted", "r-mortgage")


def test_budget_allowance_spelt_out_with_and() -> None:
    preview = doc("preview",
                  claim("esa", "The employment and support allowance will rise to £140 a week.",
                        figures=(fig("employment and support allowance per week", "£140"),)),
                  claim("jsa", "Jobseeker's allowance will rise to £95 a week.",
                        figures=(fig("jobseeker's allowance per week", "£95"),)))
    report = doc("report",
                 claim("r-esa", "ESA goes up to £140 weekly from April.", figures=(fig("ESA per week", "£140"),)),
                 claim("r-jsa", "Jobseeker's allowance was raised to £95 a week.",
                       figures=(fig("jobseeker's allowance per week", "£95"),)))
    got = verdicts(preview, report)
    assert got["esa"] == ("fulfilled", "r-esa")
    assert got["jsa"] == ("fulfilled", "r-jsa")


def test_launch_total_cost_of_ownership_spelt_out_with_of() -> None:
    preview = doc("preview",
                  claim("tco", "Veltria will claim its new storage array cuts total cost of ownership by 30%.",
                        figures=(fig("total cost of ownership reduction", "30%"),)),
                  claim("capacity", "The array will hold 2 petabytes.", figures=(fig("array capacity", "2 petabytes"),)))
    report = doc("report",
                 claim("r-tco", "Veltria says the array lowers TCO by 30% against its previous model.",
                       figures=(fig("TCO reduction", "30%"),)),
                 claim("r-capacity", "The array stores up to 2 petabytes.", figures=(fig("array capacity", "2 petabytes"),)))
    got = verdicts(preview, report)
    assert got["tco"] == ("fulfilled", "r-tco")
    assert got["capacity"] == ("fulfilled", "r-capacity")


def test_a_sentence_may_spell_a_long_acronym_out_skipping_and() -> None:
    # no figures: the run is found in the statement, its first word capitalised
    preview = doc("preview",
                  claim("wacc", "Weighted average cost of capital allowed for water companies will be raised by the "
                                "regulator.", topic="returns"),
                  claim("bills", "Household water bills will rise in April.", topic="bills"))
    report = doc("report",
                 claim("r-wacc", "The regulator lifted the allowed WACC for water firms.", topic="returns"),
                 claim("r-bills", "Household bills go up in April.", topic="bills"),
                 claim("r-leaks", "Firms must cut leaks by a fifth.", topic="leaks"))
    got = verdicts(preview, report)
    assert got["wacc"] == ("fulfilled", "r-wacc")
    assert got["bills"] == ("fulfilled", "r-bills")


def test_skipping_a_function_word_is_read_only_where_an_acronym_is_likely_spelt_out() -> None:
    # running text: "growth and demand projections" happens to skip-spell GDP, and is no GDP
    found = article_acronyms(["GDP will grow 2%", "Growth and demand projections were cut"])
    assert "growth and demand projections" not in found
    # a metric name or a definition in brackets spells it out
    assert article_acronyms(["SRD grant"], ["social relief of distress grant per month"]) \
        == {"social relief of distress": "srd"}
    assert article_acronyms(["The total cost of ownership (TCO) falls", "TCO"])["total cost of ownership"] == "tco"
