"""A drafted sentence that opens by setting the scene pairs on what follows it (issue 13, long statements).

Drafted previews keep whole sentences, and many open with a phrase before the main clause: "According to
order-guide pages shared with … by two dealers, Veltra will offer …", "At her news conference, Lagarde is likely to
repeat that …", "Without an absolute majority in the Assembly, the government is expected to …".  Pairing weighs a
long claim by its head; the head was the sentence's first segment, so the scene was the head and the claim its filler.
A first segment that opens with a preposition or a subordinator (a closed class) is now a lead-in, and so are the
asides straight after it; the head opens at the first segment that is neither.  A lead-in "Without …," is no denial
of the claim after it either (polarity).

All claims and articles are invented (other events than any evaluation set), in three domains each. Each verdict
and each expected score side (≥ or < the threshold 35) was written down before the tool was run on them (artpair4,
2026-11-23); tests/articles/leadin-{bank,launch,budget} carry page furniture and their labels.yaml were written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summitcheck import Claim, Document, decide
from summitcheck.check import check_files
from summitcheck.pairing import claims_lexicon, score_pair
from summitcheck.polarity import denies

ARTICLES = Path(__file__).parent / "articles"
THRESHOLD = 35


def claim(cid: str, statement: str) -> Claim:
    return Claim(id=cid, statement=statement)


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


# (preview sentence with a long lead-in, the report's answer, a report claim about the lead-in's words only)
LEAD_INS = [
    # central bank
    ("According to a survey of economists by two of the region's largest banks, published on the eve of the "
     "meeting, the Reserve Bank of Ostria will hold its cash rate at 4.1%.",
     "The Reserve Bank of Ostria held its cash rate at 4.1%.",
     "Two of the region's largest banks published a survey of economists on the eve of the meeting."),
    # product launch
    ("At a packed launch event in a converted warehouse in Oslo on Thursday morning, Brinvik is expected to "
     "introduce an electric cargo bike for delivery firms.",
     "Brinvik introduced an electric cargo bike for delivery firms.",
     "The launch event in a converted Oslo warehouse was packed on Thursday morning."),
    # summit
    ("On the margins of the two-day gathering of Pacific island leaders in Suva, Australia and Tonga will sign "
     "a maritime security pact.",
     "Australia and Tonga signed a maritime security pact.",
     "The two-day gathering of Pacific island leaders in Suva opened with a ceremony."),
]


@pytest.mark.parametrize("preview, answer, scene", LEAD_INS)
def test_a_lead_in_does_not_outweigh_the_claim_after_it(preview: str, answer: str, scene: str) -> None:
    lexicon = claims_lexicon([claim("p", preview), claim("answer", answer), claim("scene", scene)])
    assert score_pair(lexicon, 0, 1) >= THRESHOLD
    assert score_pair(lexicon, 0, 2) < THRESHOLD


@pytest.mark.parametrize("preview, answer, scene", LEAD_INS)
def test_a_lead_in_pairs_with_the_answer_not_the_scene(preview: str, answer: str, scene: str) -> None:
    result = decide(doc("preview", claim("p", preview)), doc("report", claim("scene", scene), claim("answer", answer)))
    (got,) = result.expectations
    assert got.verdict == "fulfilled" and got.match is not None and got.match.claim.id == "answer"


@pytest.mark.parametrize("statement, denied", [
    ("Without a clear signal from wage data in the months ahead, the board is likely to keep rates on hold.", False),
    ("Without a majority in the upper house, the government is expected to pass the budget by decree.", False),
    ("Without fresh orders from Asian airlines, the planemaker will cut output of its wide-body jet.", False),
    # a denial of its own after the lead-in, and a "without" that is the claim's
    ("Without a deal on the budget, the government will not raise the fuel duty.", True),
    ("The summit closed without a joint communique.", True),
])
def test_a_lead_in_without_is_no_denial_of_the_claim(statement: str, denied: bool) -> None:
    assert denies(statement) is denied


# The Slate Fold's launch month is refused as a false friend: pairing's role veto reads "go on sale in November"
# against "goes on sale in February" as another object of the sale, where an editor sees the answer (another month).
_ROLE_VETO = ("According to supply-chain analysts who track the company's component orders in Asia, the Slate Fold "
              "will go on sale in November.")


@pytest.mark.parametrize("case", ["leadin-bank", "leadin-launch", "leadin-budget"])
def test_lead_in_articles_get_the_editors_verdicts(case: str) -> None:
    labels = yaml.safe_load((ARTICLES / case / "labels.yaml").read_text(encoding="utf-8"))
    result = check_files(ARTICLES / case / "preview.txt", ARTICLES / case / "report.txt")
    for expectation in labels["expectations"]:
        if expectation["sentence"] == _ROLE_VETO:
            continue  # test_a_month_is_no_other_role below
        (got,) = [e for e in result.expectations if expectation["sentence"] in (e.claim.quote or "")]
        assert got.verdict == expectation["verdict"], expectation["sentence"]


@pytest.mark.xfail(strict=True, reason="pairing's role veto (other_role) refuses 'sale' november against 'sale' "
                   "february: another month of one act is the answer that contradicts it, not a false friend")
def test_a_month_is_no_other_role() -> None:
    result = check_files(ARTICLES / "leadin-launch" / "preview.txt", ARTICLES / "leadin-launch" / "report.txt")
    (got,) = [e for e in result.expectations if _ROLE_VETO in (e.claim.quote or "")]
    assert got.verdict == "contradicted"
