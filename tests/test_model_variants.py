"""Models of one product line told apart (issue 13: named things in figures and pairing; variants.py).

A name with capitalised words after a line the figures' metric names measure two models of ("Nova" and "Nova
Pro") names another model than the line with other designators, or none: "Nova Japan price" ¥69,980 is no
answer to "Nova Pro Japan price" 99,980 yen, neither compared as "the one figure in money of each" nor paired.
Capitals that name no model are left alone: a company's legal suffix ("Corvane Holdings" beside "Corvane"),
"Bank Rate" beside "the Bank of England" (the articles write "rate" in lower case), a place ("Nova Pro Japan").

The cases are invented (other events, names and places than any evaluation set: an earnings season, a budget,
a car launch, a central bank); each verdict was written down as an editor would give it before the tool was run
(figmodel, 2026-11-23).
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import _defined_roles
from summitcheck.variants import Models, apart


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def verdicts(preview: tuple[Claim, ...], report: tuple[Claim, ...]) -> tuple[dict[str, tuple[str, str | None]],
                                                                           set[tuple[str, str]], dict[str, str]]:
    result = decide(doc("preview", *preview), doc("report", *report))
    return ({e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in result.expectations},
            {(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies},
            {e.claim.id: " | ".join(e.reasons) for e in result.expectations})


# Earnings: a cloud unit; the report gives the whole group's revenue and another unit's, not the cloud's.
EARNINGS = (
    (claim("cloud", "Orbis Cloud revenue is expected to reach €4.1 billion", ("Orbis Cloud revenue", "€4.1 billion")),
     claim("ceo", "Chief executive Lena Stahl is expected to confirm the buyback")),
    (claim("r-group", "Orbis revenue rose to €12.4 billion in the quarter", ("Orbis revenue", "€12.4 billion")),
     claim("r-services", "Orbis Services revenue fell to €1.3 billion", ("Orbis Services revenue", "€1.3 billion")),
     claim("r-ceo", "Stahl confirmed the buyback on a call with analysts")),
    # the editor: the cloud figure is absent (the group's revenue is no cloud revenue), no discrepancy
    {"cloud": ("absent", None), "ceo": ("fulfilled", "r-ceo")},
    set(),
)

# Budget: two payments of one scheme, the base one and its "Plus"; the report gives only the base one.
BUDGET = (
    (claim("plus", "The Family Credit Plus payment will rise to £95 a week",
           ("Family Credit Plus weekly payment", "£95")),
     claim("base", "The basic Family Credit payment will rise to £80 a week", ("Family Credit weekly payment", "£80")),
     claim("fuel", "Fuel duty will be frozen for another year")),
    (claim("r-base", "Family Credit will be paid at £82 a week from April", ("Family Credit weekly payment", "£82")),
     claim("r-fuel", "The chancellor froze fuel duty again")),
    # the editor: the Plus payment is absent (no discrepancy with £82); the base one is contradicted (£80 vs £82,
    # 2.5% apart: a discrepancy)
    {"plus": ("absent", None), "base": ("contradicted", "r-base"), "fuel": ("fulfilled", "r-fuel")},
    {("base", "r-base")},
)

# Car launch: two trims named by words (no numbers), each with a battery; the report gives one of them.
CARS = (
    (claim("sport-pack", "The Strato Sport will carry an 82 kWh battery", ("Strato Sport battery capacity", "82 kWh")),
     claim("base-price", "The Strato is tipped to start at €39,990", ("Strato price", "€39,990")),
     claim("launch", "Halvorsen will unveil the Strato crossover in Oslo")),
    (claim("r-touring-pack", "The Strato Touring carries an 82 kWh battery",
           ("Strato Touring battery capacity", "82 kWh")),
     claim("r-price", "The Strato starts at €41,990", ("Strato price", "€41,990")),
     claim("r-launch", "Halvorsen unveiled its Strato crossover at an event in Oslo"),
     claim("r-sport-price", "The twin-motor Strato Sport costs €52,990", ("Strato Sport price", "€52,990"))),
    # the editor: the Sport's battery is absent (the Touring's is another trim's, whatever its value); the price
    # contradicted; the launch fulfilled
    {"sport-pack": ("absent", None), "base-price": ("contradicted", "r-price"), "launch": ("fulfilled", "r-launch")},
    {("base-price", "r-price")},
)

# The opposite: one model named by other words in its slot ("base", "entry-level", "standard"), where the articles
# measure two models of the line: one metric, compared.
SLOT_WORDS = (
    (claim("base", "The base Strato is expected to cost €39,990 in Norway", ("Strato base price, Norway", "€39,990")),
     claim("sport", "The Strato Sport should cost €52,990 in Norway", ("Strato Sport price, Norway", "€52,990")),
     claim("export", "An export version for Chile is planned", ("Strato Chile price", "$45,000"))),
    (claim("r-base", "Prices in Norway begin at €41,990 for the entry-level Strato",
           ("Strato entry-level price, Norway", "€41,990")),
     claim("r-sport", "The Strato Sport costs €52,990 in Norway", ("Strato Sport price, Norway", "€52,990"))),
    # the editor: the base price is contradicted (€39,990 vs €41,990, a discrepancy); the Sport's fulfilled; the
    # export version absent
    {"base": ("contradicted", "r-base"), "sport": ("fulfilled", "r-sport"), "export": ("absent", None)},
    {("base", "r-base")},
)
BUDGET_SLOT = (
    (claim("basic", "The basic Harbour payment will rise to £80 a week", ("Harbour basic payment", "£80")),
     claim("plus", "Harbour Plus will pay £95 a week", ("Harbour Plus payment", "£95"))),
    (claim("r-standard", "The standard Harbour payment will be £80 a week", ("Harbour standard payment", "£80")),
     claim("r-plus", "Harbour Plus will pay £97 a week", ("Harbour Plus payment", "£97"))),
    # the editor: the basic payment is the standard one (fulfilled), the Plus payment contradicted
    {"basic": ("fulfilled", "r-standard"), "plus": ("contradicted", "r-plus")},
    {("plus", "r-plus")},
)
# Controls: capitals that name no other model.  A company with its legal suffix and without, a cloud unit
# measured beside it; the central bank's "Bank Rate" beside "the Bank of England".
COMPANY = (
    (claim("revenue", "Corvane Holdings will report revenue of $8.2 billion", ("Corvane revenue", "$8.2 billion")),
     claim("cloud", "Corvane Cloud revenue should reach $2.0 billion", ("Corvane Cloud revenue", "$2.0 billion"))),
    (claim("r-revenue", "Corvane said revenue rose to $8.6 billion", ("Corvane revenue", "$8.6 billion")),
     claim("r-cloud", "Corvane Cloud revenue came in at $2.0 billion", ("Corvane Cloud revenue", "$2.0 billion"))),
    {"revenue": ("contradicted", "r-revenue"), "cloud": ("fulfilled", "r-cloud")},
    {("revenue", "r-revenue")},
)
CENTRAL_BANK = (
    (claim("cut", "The Bank of England is expected to cut Bank Rate to 3.75%", ("Bank Rate", "3.75%")),
     claim("gdp", "Bank of England staff see GDP growth of 1.2% next year", ("Bank of England GDP growth forecast", "1.2%"))),
    (claim("r-cut", "The Bank of England lowered interest rates to 3.75%", ("Bank Rate", "3.75%")),
     claim("r-gdp", "The Bank now sees growth of 1.0% next year", ("Bank of England GDP growth forecast", "1.0%"))),
    {"cut": ("fulfilled", "r-cut"), "gdp": ("contradicted", "r-gdp")},
    {("gdp", "r-gdp")},
)


@pytest.mark.parametrize("case", [EARNINGS, BUDGET, CARS, SLOT_WORDS, BUDGET_SLOT, COMPANY, CENTRAL_BANK],
                         ids=["earnings-unit-and-group", "budget-plus-payment", "car-trims-by-word",
                              "car-base-is-entry-level", "budget-basic-is-standard", "company-suffix-control",
                              "bank-rate-control"])
def test_models_of_a_line_are_two_things(case: tuple) -> None:
    preview, report, want, discrepancies = case
    got, found, reasons = verdicts(preview, report)
    assert {k: got[k] for k in want} == want, reasons
    assert found == discrepancies


def test_the_reason_names_the_models() -> None:
    """The refusal says which models differ, so an editor sees why the closest claim was not taken."""
    _, _, reasons = verdicts(*CARS[:2])
    assert "Strato Sport" in reasons["sport-pack"] and "Strato Touring" in reasons["sport-pack"]


def test_designators_are_read_by_structure() -> None:
    names = ["Nova US price", "Nova Pro US price", "Nova Pro Japan price", "Aero 14 Pro price"]
    models = Models([["The Nova will cost $499 in the US", "prices in Japan"]], names)
    assert models.lines == {"nova": frozenset({"", "pro"})}  # "Aero 14 Pro" is a model code: qualifiers.py's
    # a place after the model is the model's market, not another model
    assert models.of("Nova Pro Japan price") == (("nova", "pro", "Nova Pro"),)
    assert apart(models.of("In Japan the Nova is expected to cost ¥69,980"),
                 models.of("Japanese buyers will pay 99,980 yen for the Nova Pro")) == ("Nova", "Nova Pro")
    # a claim about both models meets a claim about one of them
    assert apart(models.of("the Nova and the Nova Pro go on sale"), models.of("the Nova Pro goes on sale")) is None


def test_words_after_a_designator_qualify_the_measure() -> None:
    """eval4's launch: "Tern Long Range gross battery capacity" is no "Tern Long Range usable battery capacity" (the
    editor: another metric), while "Tern base price" is the "Tern entry price"."""
    names = ["Tern Long Range gross battery capacity", "Tern Long Range usable battery capacity", "Tern base price",
             "Tern entry price", "Tern Performance price"]
    models = Models([["The Tern will cost €45,000"]], names)
    assert models.slot("Tern Long Range gross battery capacity") == frozenset()
    assert models.slot("Tern base price") == {"base"}


def test_a_name_introduced_in_full_is_one_line() -> None:
    """"Kestrel Semiconductor (NASDAQ: KSTL) is expected …" and then "Kestrel's revenue": the full name is the
    company's, not a model of a line "Kestrel" (eval2's drafted earnings preview named its figures both ways)."""
    preview = ["Kestrel Semiconductor (NASDAQ: KSTL) is expected to report revenue of $3.1 billion",
               "Kestrel's revenue rose 12% in the second quarter"]
    models = Models([preview, ["Kestrel reported revenue of $3.2 billion"]],
                    ["Kestrel Semiconductor revenue", "Kestrel revenue"])
    assert models.lines == {}
    assert apart(models.of("Kestrel Semiconductor revenue"), models.of("Kestrel revenue")) is None


def test_a_product_and_its_model_is_no_person() -> None:
    """"The twin-motor Strato Sport" is no person named Strato Sport whose role is "twin-motor": its words meet
    nothing ("sport ≈ strato" paired any claim about the Strato with any about the Strato Sport)."""
    assert _defined_roles(["The twin-motor Strato Sport reaches 100 km/h in 4.1 seconds",
                           "Prices for the Strato start at €41,990"]) == set()
    # a person's name keeps its given name and role
    assert ("strategist", "solberg") in _defined_roles(["Ingrid Solberg, the fund's senior strategist, will speak",
                                                        "Solberg said rates would fall"])
