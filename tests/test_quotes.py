"""Quotes against their article: what copying changes is ignored, what the words say is not."""

from __future__ import annotations

import pytest

from summitcheck.quotes import Article

ARTICLE = Article("article.txt", (
    "Japan\u2019s Prime Minister will visit Washington.\n"
    "He is \u201cready to talk\u201d about the US\u2013Japan alliance \u2014 and about\n"
    "   trade,  including   LNG purchases.\n"
    "The yen fell 0.5% against the dollar.\n"
))


@pytest.mark.parametrize("quote, line", [
    ("Japan's Prime Minister will visit Washington", 1),         # straight apostrophe for a curly one
    ('He is "ready to talk"', 2),                                  # straight double quotes
    ("the US-Japan alliance - and about trade", 2),                # hyphens for dashes, a line break
    ("the US—Japan alliance—and about trade", 2),                  # em dashes with no spaces
    ("and about trade, including LNG purchases", 2),               # runs of spaces and a line break
    ("including LNG purchases", 3),
    ("THE YEN FELL 0.5%", 4),                                      # letter case
    ("He is … about the US–Japan alliance", 2),                    # an ellipsis marks an omission
    ("Japan’s Prime Minister ... LNG purchases", 1),
    ("visit Wash\u00adington\u200b", 1),                        # invisible characters from a web page
])
def test_found(quote: str, line: int) -> None:
    where = ARTICLE.locate(quote)
    assert where.found and where.score == 100.0
    assert where.line == line


@pytest.mark.parametrize("quote", [
    "Japan's Prime Minister will visit Tokyo",     # a changed word
    "The yen fell 5% against the dollar",          # a changed figure
    "LNG purchases … He is ready to talk",         # the parts of an ellipsis out of order
    "He is ready to talk",                         # the quotation marks are part of the text
])
def test_not_found(quote: str) -> None:
    assert not ARTICLE.locate(quote).found


def test_closest_passage_and_its_line() -> None:
    where = ARTICLE.locate("The yen fell 5% against the dollar")
    assert where.line == 4
    assert where.passage == "The yen fell 0.5% against the dollar."
    assert 80 < where.score < 100


def test_closest_passage_is_one_readable_line() -> None:
    where = ARTICLE.locate("ready to talk about the US-Japan alliance and about trade including gas")
    assert not where.found and "\n" not in where.passage and "  " not in where.passage
    assert where.line == 2


def test_empty_article_and_empty_quote() -> None:
    assert not Article("empty.txt", "").locate("anything").found
    assert not ARTICLE.locate("…").found
