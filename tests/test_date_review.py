"""Review of the dates-as-figures work (fixdates, 2026-11-23): a year-less date in a preview, bounds and
quarters put in a year.  Every verdict below was written down before the code was run."""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Settings, decide
from summitcheck.figures import format_interval, in_year_of, parse_figure
from summitcheck.model import Figure


def _verdict(exp: tuple[str, str, str], rep: tuple[str, str, str], pub_p: str | None = None,
             pub_r: str | None = None) -> str:
    def doc(role: str, c: tuple[str, str, str], published: str | None) -> Document:
        figure = Figure(c[1], in_year_of(parse_figure(c[2]), published, ahead=role == "preview"))
        claim = Claim(id=role[0], statement=c[0], figures=(figure,))
        return Document(id=role[0], role=role, title=role, claims=(claim,), published=published)
    (e,) = decide(doc("preview", exp, pub_p), doc("report", rep, pub_r), Settings()).expectations
    return e.verdict


@pytest.mark.parametrize(("value", "published", "shown"), [
    ("Sept. 3", "2027-03-01", "2027-09-03"),  # a preview looks ahead: not the September just gone
    ("Nov 12", "2027-01-10", "2027-11-12"),
    ("Jan 12", "2026-12-20", "2027-01-12"),
    ("March 3", "2027-03-05", "2027-03-03"),  # a few days' slack: the day just gone stays
    ("by December", "2027-03-01", "before 2028-01-01"),
    ("by Q4", "2027-03-01", "before 2028-01-01"),
    ("by June", "2027-03-01", "before 2027-07-01"),
])
def test_a_previews_date_without_its_year_is_ahead(value: str, published: str, shown: str) -> None:
    assert format_interval(in_year_of(parse_figure(value), published, ahead=True)) == shown


@pytest.mark.parametrize(("value", "published", "shown"), [
    ("Q1", "2027-02-01", "2027-01-01 to 2027-03-31"),  # not to April 1: 2000 had a Feb 29
    ("in the first half", "2027-02-01", "2027-01-01 to 2027-06-30"),
    ("Q4", "2027-10-01", "2027-10-01 to 2027-12-31"),
    ("Feb 29", "2027-02-10", "2027-02-28"),
    ("by December", "2026-12-20", "before 2027-01-01"),  # a bound settles its year on its last day
])
def test_a_span_put_in_a_year_keeps_its_months(value: str, published: str, shown: str) -> None:
    assert format_interval(in_year_of(parse_figure(value), published)) == shown


@pytest.mark.parametrize(("exp", "rep", "pub_p", "pub_r", "want"), [
    (("The summit will open on Sept. 3", "summit opening", "Sept. 3"),
     ("The summit opened on September 3", "summit opening", "September 3"), "2027-03-01", "2027-09-04",
     "fulfilled"),
    (("The central bank will decide by December", "rate decision", "by December"),
     ("The central bank decided on December 10, 2027", "rate decision", "December 10, 2027"), "2027-03-01", None,
     "fulfilled"),
    (("The company will report by Q4", "earnings report", "by Q4"),
     ("The company reported on November 2, 2027", "earnings report", "November 2, 2027"), "2027-03-01", None,
     "fulfilled"),
    (("The deal should close in Q1", "deal close", "Q1"),
     ("The deal closed on April 1, 2027", "deal close", "April 1, 2027"), "2027-01-05", None, "contradicted"),
    (("The budget will pass in the first half", "budget vote", "in the first half"),
     ("The budget passed on July 1, 2027", "budget vote", "July 1, 2027"), "2027-01-05", None, "contradicted"),
])
def test_verdicts_on_previews_dates(exp: tuple[str, str, str], rep: tuple[str, str, str], pub_p: str | None,
                                    pub_r: str | None, want: str) -> None:
    assert _verdict(exp, rep, pub_p, pub_r) == want


def test_date_figures_is_linear_on_long_runs() -> None:
    import time

    from summitcheck.extract.worthiness import _date_figures
    for text in ("On May " * 6000, "said on May 3 " * 3000, "A" * 50000, "May " * 10000, "1 " * 20000):
        started = time.process_time()
        _date_figures(text)
        assert time.process_time() - started < 3.0


@pytest.mark.parametrize(("statement", "drafted"), [
    ("The company announced in a statement on March 3 that the plant would close", []),  # the day of the saying
    ("The minister said on Tuesday, May 5, that talks would resume", []),
    ("The company said the plant will close on March 3", ["on March 3"]),  # the day of what is said
    ("The bank announced that rates would rise on June 12", ["on June 12"]),
    ("The summit will open in Lima on Nov 12", ["on Nov 12"]),
])
def test_a_date_of_the_saying_is_not_drafted(statement: str, drafted: list[str]) -> None:
    from summitcheck.extract.worthiness import _date_figures
    assert [f.text for f in _date_figures(statement)] == drafted


@pytest.mark.parametrize(("text", "found"), [
    ("A report by June Sarpong found that staff were underpaid", []),  # a name, not a month
    ("Pressure on May's government is mounting", []),
    ("Talks with April Ryan in March went well", ["in March"]),
    ("The launch is set for May, Apple said", ["for May"]),
    ("The plant will open in May 2027 Reuters reported", ["in May 2027"]),
    ("Deliveries start on June 3 Monday", ["on June 3"]),
    ("The vote comes in June", ["in June"]),
])
def test_a_name_is_not_read_as_a_month(text: str, found: list[str]) -> None:
    from summitcheck.dates import find_dates
    assert [text[s:e] for s, e, *_ in find_dates(text)] == found


def test_month_names_on_long_runs_are_linear() -> None:
    import time

    from summitcheck.dates import find_dates
    for text in ("by June " * 8000, "by June Sarpong " * 5000, "May " * 10000, "A" * 50000, "by " + "Jun" * 10000):
        started = time.process_time()
        find_dates(text)
        assert time.process_time() - started < 3.0


@pytest.mark.parametrize(("exp", "rep", "want"), [
    (("The summit will be held on Nov 12", "summit date", "Nov 12"),
     ("The summit was held on Dec 5", "summit date", "Dec 5"), "contradicted"),  # not 'nov ≠ dec': the dates differ
    (("The budget will be presented on Dec 14", "budget date", "Dec 14"),
     ("The budget was presented on Jan 12", "budget date", "Jan 12"), "contradicted"),
    (("The rocket will launch on Sept 3", "launch date", "Sept 3"),
     ("The rocket launched on Sept 3", "launch date", "Sept 3"), "fulfilled"),
])
def test_a_dates_words_are_no_role(exp: tuple[str, str, str], rep: tuple[str, str, str], want: str) -> None:
    assert _verdict(exp, rep) == want


@pytest.mark.parametrize(("sentence", "dates"), [
    ("The bank last cut interest rates in September 2025.", []),  # background: before the preview was written
    ("The two leaders last met in Osaka in June 2019.", []),
    ("The company previously delayed the launch from May.", []),
    ("Its last earnings call was held on January 28, 2026.", []),
    ("The summit will open in Geneva on June 3.", ["on June 3"]),  # what the preview expects
    ("The plant is expected to open in September 2026.", ["in September 2026"]),
])
def test_a_previews_background_date_is_no_expectation(sentence: str, dates: list[str]) -> None:
    from summitcheck.extract import draft_claims
    text = f"Preview\n\nBy Staff Reporter\nMarch 10, 2026\n\n{sentence}\n"
    claims = draft_claims(text, "preview", "p").document.claims
    assert [f.quantity.text for c in claims for f in c.figures if f.quantity.dimension == "date"] == dates
