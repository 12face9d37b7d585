"""The HTML report: self-contained, escaped, and checked in a real browser (headless Chromium)."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser import Browser, find_chromium
from helpers import SEED_CASE
from helpers import run_cli as run

CHROMIUM = find_chromium()
# CI installs Chromium and sets this, so the browser test can never be skipped there unnoticed.
REQUIRED = os.environ.get("SUMMITCHECK_REQUIRE_BROWSER") == "1"


@pytest.fixture
def nasty_case(tmp_path: Path) -> Path:
    (tmp_path / "preview.yaml").write_text(
        "document: {id: p, role: preview, title: 'Budget <script>alert(1)</script> talks',"
        " url: 'javascript:alert(2)'}\n"
        "claims:\n"
        "  - id: budget\n"
        "    statement: \"The <b>budget</b> of $5bn & \\\"more\\\" will rise <img src=x onerror=alert(3)>\"\n"
        "    quote: \"</blockquote><script>alert(4)</script>\"\n", encoding="utf-8")
    (tmp_path / "report.yaml").write_text(
        "document: {id: r, role: report, title: R, url: 'https://example.org/r'}\n"
        "claims:\n"
        "  - id: budget-up\n"
        "    statement: \"The <b>budget</b> of $5bn will rise\"\n", encoding="utf-8")
    return tmp_path


def _html(*args: str) -> str:
    code, out, err = run("check", *args, "-f", "html")
    assert (code, err) == (0, "")
    return out


def test_the_page_is_self_contained() -> None:
    page = _html()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert not re.search(r"\b(src|srcset|action)\s*=", page), "nothing is fetched"
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page, "a Content-Security-Policy forbids any request and any script"
    # Links (to the articles, when the claim files give their address) are not fetched; the seed gives none.
    assert re.findall(r'href="([^"]*)"', page) == []


def test_claim_text_is_escaped(nasty_case: Path) -> None:
    page = _html(str(nasty_case))
    assert "<script>" not in page and "<b>budget" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;budget&lt;/b&gt;" in page
    assert "&lt;/blockquote&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert "$5bn &amp; &quot;more&quot;" in page
    assert 'href="javascript:' not in page, "only web addresses become links"
    assert 'href="https://example.org/r"' in page


def test_the_page_shows_the_same_findings_as_json() -> None:
    page = _html()
    doc = json.loads(run("check", "-f", "json")[1])
    for e in doc["expectations"]:
        article = re.search(rf'<article class="pair (\w+)" id="expectation-{e["id"]}">', page)
        assert article and article.group(1) == e["verdict"], e["id"]
    for u in doc["unanticipated"]:
        assert f'<span class="claim-id">{u["id"]}</span>' in page
    assert "<mark>approximately $56 billion</mark>" in page and "<mark>$68 billion</mark>" in page


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("SUMMITCHECK_REQUIRE_BROWSER=1 but chromium or chromedriver is not installed")
        pytest.skip("headless Chromium is not installed (Debian packages chromium and chromium-driver)")
    session = Browser(*CHROMIUM)
    yield session
    session.close()


def _screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SUMMITCHECK_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_in_a_browser_the_page_reads_without_javascript(browser: Browser, tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(SEED_CASE, case)
    (case / "review.yaml").write_text(
        "overrides:\n  - expectation: alaska-pipeline\n    verdict: fulfilled\n"
        "    match: trillion-dollar-investment\n    note: Confirmed by our Washington correspondent\n"
        "    by: Desk editor\n", encoding="utf-8")
    page = tmp_path / "report.html"
    assert run("check", str(case), "-o", str(page))[0] == 0
    browser.open(page.as_uri())

    assert browser.script("return document.scripts.length") == 0
    assert browser.script("return performance.getEntriesByType('resource').length") == 0, "no request was made"
    assert browser.text(browser.find("h1")) == "What was expected, and what happened"
    badges = [browser.text(b) for b in browser.find_all(".summary .badge")]
    assert badges == ["7 fulfilled", "2 contradicted", "1 absent", "4 unanticipated", "1 discrepancy",
                      "1 overridden by the editor"]
    assert len(browser.find_all("article.pair")) == 10

    # Side by side: what the preview expected, and beside it what the report said.
    trade = "#expectation-trade-surplus"
    left, right = (browser.rect(s) for s in browser.find_all(f"{trade} .side"))
    assert abs(left["y"] - right["y"]) < 1 and left["x"] + left["width"] <= right["x"]
    said = browser.text(browser.find_all(f"{trade} .side")[1])
    assert said.startswith("THE REPORT SAID\ntrade-deficit") and "$68 billion trade deficit" in said
    assert browser.text(browser.find(f"{trade} .badge")) == "contradicted"
    assert browser.style(browser.find(f"{trade} .badge"), "background-color") == "rgba(198, 40, 40, 1)"
    # For readers, sentences; the machine's reasons fold away until asked for.
    explained = browser.text(browser.find(f"{trade} .explanation"))
    assert explained.startswith("The report says “President Trump highlighted the $68 billion trade deficit")
    assert "which contradicts the expected “Japan runs a trade surplus" in explained and "score" not in explained
    assert browser.text(browser.find(f"{trade} .reasons")) == ""
    browser.script(f"document.querySelector('{trade} details.how').open = true")
    assert "figure differs" in browser.text(browser.find(f"{trade} .reasons"))

    # Both figures of the discrepancy are highlighted.
    marks = browser.find_all("#discrepancies mark")
    assert [browser.text(m) for m in marks] == ["approximately $56 billion", "$68 billion"]
    assert all(browser.style(m, "background-color") == "rgba(255, 224, 138, 1)" for m in marks)

    # The override says who and why.
    alaska = browser.text(browser.find("#expectation-alaska-pipeline"))
    assert "✎ overridden by Desk editor" in alaska and "Confirmed by our Washington correspondent" in alaska
    assert "the machine said absent" in alaska

    unanticipated = [browser.text(c) for c in browser.find_all("#unanticipated .claim-id")]
    assert unanticipated == ["top-foreign-investors", "nippon-steel", "security-concerns",
                             "currency-to-finance-ministers"]
    assert "trade 0 1 0 0 1" in browser.text(browser.find("#topics")).replace("\n", " ").replace("\t", " ")

    shot = _screenshot_dir(tmp_path) / "html-report.png"
    png = browser.screenshot(shot)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000


def test_in_a_browser_a_script_in_a_claim_shows_as_text(browser: Browser, nasty_case: Path, tmp_path: Path) -> None:
    page = tmp_path / "nasty.html"
    assert run("check", str(nasty_case), "-o", str(page))[0] == 0
    browser.open(page.as_uri())
    assert browser.script("return document.scripts.length") == 0
    assert browser.script("return document.images.length") == 0
    assert "Budget <script>alert(1)</script> talks" in browser.text(browser.find(".articles"))
    budget = browser.text(browser.find("#expectation-budget"))
    assert "The <b>budget</b> of $5bn & \"more\" will rise <img src=x onerror=alert(3)>" in budget
    assert "“</blockquote><script>alert(4)</script>”" in budget
    links = browser.find_all(".articles a")  # the report's https address; the preview's javascript: one is text
    assert [browser.text(a) for a in links] == ["R"]
    browser.screenshot(_screenshot_dir(tmp_path) / "html-escaped.png")
