"""Pairing: rare shared terms decide, common words and negation do not."""

from __future__ import annotations

from summitcheck import Claim, Document, Figure, decide, parse_figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, **kw: object) -> Claim:
    return Claim(id=cid, statement=statement, **kw)  # type: ignore[arg-type]


def verdicts(preview: Document, report: Document, **kw: float) -> dict[str, tuple[str, str | None]]:
    result = decide(preview, report, **kw)
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in result.expectations}


def test_common_words_alone_do_not_pair() -> None:
    preview = doc("preview",
                  claim("pipeline", "Japan may back a gas pipeline in Alaska for the US", keywords=("LNG",)),
                  claim("lng", "Japan may buy more US LNG"))
    report = doc("report",
                 claim("currency", "Japan and the US left currency matters to finance ministers"),
                 claim("buy-lng", "Japan agreed to buy more American LNG"))
    got = verdicts(preview, report)
    assert got["lng"] == ("fulfilled", "buy-lng")
    assert got["pipeline"][0] == "absent"  # LNG alone does not make the Alaska pipeline happen


def test_negation_is_decided_after_pairing() -> None:
    preview = doc("preview", claim("buy", "Japan will buy Alaska gas"))
    report = doc("report", claim("no-buy", "Japan will not buy Alaska gas"), claim("other", "Stocks fell"))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.match is not None and e.match.claim.id == "no-buy"
    assert e.verdict == "contradicted"
    assert "opposite polarity" in e.reasons[0]


def test_opposite_direction_contradicts() -> None:
    preview = doc("preview", claim("hike", "The central bank will raise its policy rate"))
    report = doc("report", claim("cut", "The central bank cut its policy rate"))
    assert verdicts(preview, report)["hike"] == ("contradicted", "cut")


def test_one_report_claim_answers_several_expectations() -> None:
    preview = doc("preview",
                  claim("budget", "Japan will increase its defense budget"),
                  claim("spending", "Japan will raise defense spending"))
    report = doc("report", claim("defense", "Japan agreed to boost defense spending and its defense budget"))
    got = verdicts(preview, report)
    assert got == {"budget": ("fulfilled", "defense"), "spending": ("fulfilled", "defense")}
    assert decide(preview, report).unanticipated == ()


def test_threshold_is_respected() -> None:
    preview = doc("preview", claim("meet", "Leaders will meet in Geneva on Tuesday"))
    report = doc("report", claim("met", "Leaders met in Geneva"))
    assert verdicts(preview, report, threshold=10)["meet"][0] == "fulfilled"
    assert verdicts(preview, report, threshold=100)["meet"][0] == "absent"


def test_a_shared_metric_pairs_claims_whose_words_differ() -> None:
    preview = doc("preview", claim("surplus", "Tokyo's surplus keeps growing",
                                   figures=(Figure("Japan's trade surplus with the US", parse_figure("$56bn")),)))
    report = doc("report", claim("deficit", "Trump complained about the imbalance",
                                 figures=(Figure("US trade deficit with Japan", parse_figure("$68bn")),)))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.verdict == "contradicted" and e.match is not None and e.match.via == "figure"
    assert [d.difference_pct for d in result.discrepancies] == [21.4]


def test_unrelated_claims_with_the_same_common_words_stay_apart() -> None:
    preview = doc("preview", claim("visit", "President Trump will visit Japan next week"))
    report = doc("report", claim("steel", "President Trump criticised Japan over steel quotas"))
    assert verdicts(preview, report)["visit"][0] == "absent"
