"""The 2026-11-23 (third) review's findings on this session's rules, mended.

Each case is a reviewer's reproduction or a variant of it, with the verdict an editor gives, written before the fix.
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide, lexical
from summitcheck.extract import draft_claims, furniture_kind
from summitcheck.figures import parse_figure
from summitcheck.model import Figure

from helpers import decided


def verdict(expected: str, outcome: str, figures: tuple[tuple[str, str], tuple[str, str]] | None = None) -> str:
    return decided(expected, outcome, figures).verdict


# A company named in full on one side and shortly on the other is one company, not two models of a line. Left open:
# a fix that reads a line as two models only where one article writes two of them also compared "Kite 3" with "Kite 3
# Pro" when each article names one model, a false friend editors plant in every launch; structure alone does not tell
# "Corp" from "Pro".
@pytest.mark.xfail(strict=True, reason="variants: a company's legal form after its name reads as a model designator")
@pytest.mark.parametrize("expected, outcome, figures", [
    ("Nvidia is expected to report quarterly revenue of $38 billion", "Nvidia Corp reported quarterly revenue of $39.3 billion",
     (("Nvidia revenue", "$38 billion"), ("Nvidia Corp revenue", "$39.3 billion"))),
    ("Toyota is expected to report an operating profit of 1.2 trillion yen",
     "Toyota Motor reported an operating profit of 1.0 trillion yen",
     (("Toyota operating profit", "1.2 trillion yen"), ("Toyota Motor operating profit", "1.0 trillion yen"))),
])
def test_a_company_in_full_and_in_short_is_one_company(expected: str, outcome: str, figures) -> None:
    assert verdict(expected, outcome, figures) == "contradicted"


# A threshold met: "more than 120,000" meets an expectation of "more than 100,000"; "below 2.5%" stays below 3%.
@pytest.mark.parametrize("expected, outcome, figures", [
    ("More than 100,000 people are expected to march", "More than 120,000 people marched",
     (("marchers", "more than 100,000"), ("marchers", "more than 120,000"))),
    ("Inflation is expected to stay below 3%", "Inflation stayed below 2.5%",
     (("inflation", "below 3%"), ("inflation", "below 2.5%"))),
])
def test_a_threshold_met_is_fulfilled(expected: str, outcome: str, figures) -> None:
    assert verdict(expected, outcome, figures) == "fulfilled"


# "by" naming who acts is no time: "approved by parliament" / "after parliament approved it".
def test_by_an_agent_is_no_deadline() -> None:
    assert verdict("The budget will be approved by parliament on Thursday",
                   "The budget was signed into law after parliament approved it on Thursday") == "fulfilled"
    assert verdict("The talks will close on schedule", "The talks ran two days behind schedule") == "contradicted"


# A country GeoNames names otherwise than WordNet is one country ("Eswatini" is WordNet's "Swaziland").
def test_a_country_renamed_keeps_its_token() -> None:
    folds = lexical.folds()
    assert folds.get("eswatini", "eswatini") == folds.get("mbabane") == folds.get("swaziland", "swaziland")
    assert verdict("Eswatini will receive $20 million in drought aid", "Swaziland received $20 million in drought aid",
                   (("drought aid", "$20 million"), ("drought aid", "$20 million"))) == "fulfilled"


# No hang on a run of dashes before a bracket, or on a long run of capitalised words.
@pytest.mark.parametrize("statement", [
    "The Treasury will forecast a deficit of 4.2% of GDP " + "-" * 40 + " (see table)",
    "Nova Pro US price will be set " + " ".join(["Alpha", "Beta"] * 1500),
])
def test_no_hang_on_runs(statement: str) -> None:
    start = time.process_time()
    decide(Document(id="p", role="preview", title="p", claims=(
               Claim(id="e", statement=statement, figures=(Figure("Nova US price", parse_figure("$499")),)),
               Claim(id="f", statement="Nova Pro price", figures=(Figure("Nova Pro US price", parse_figure("$699")),)))),
           Document(id="r", role="report", title="r", claims=(Claim(id="r", statement="The deficit was 4.4% of GDP"),)))
    assert time.process_time() - start < 10  # seconds: the old code took minutes


# A paragraph that opens with the page's topic tag and an owner is news, unless it is the owner line alone.
def test_an_owner_line_is_only_a_line_of_its_own() -> None:
    page = ("Nissan\n\nNissan board to back turnaround plan\n\n"
            "Nissan is part of Renault's alliance, and the French carmaker is expected to back the turnaround plan "
            "at a board meeting on Friday.\n\nThe plan would cut 9,000 jobs, people familiar with it said.\n")
    statements = [c.statement for c in draft_claims(page, "preview", "d").document.claims]
    assert any("turnaround plan at a board meeting" in s for s in statements), statements


# Lines of news the furniture rules took for the page speaking of itself.
@pytest.mark.parametrize("line", [
    "The feed will refresh every 30 seconds in the new version of the app.",
    "Chirp will remove your posts automatically after 90 days under the new policy.",
    "There may be some problems with older browsers when the web version rolls out, the company warned developers.",
    "We will be following up with a software update that adds the feature in June, the company said in a statement.",
    "Next month, our team will be at CES to show the Slate 11 to retailers.",
    "You can get updates on deliveries in the new app from May.",
    "Our team is at the final stage of testing the new chip.",
])
def test_news_lines_are_no_furniture(line: str) -> None:
    assert furniture_kind(line) is None
