"""libyaml's emitter, re-indented, writes the same claim files as PyYAML's Python emitter."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck.extract import draft_article
from summitcheck.extract.writing import _claim_data, _dump_c, _dump_pure

from helpers import ROOT

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")

ARTICLES = sorted({*(ROOT / "tests").rglob("*.txt"), *(ROOT / "seeds").rglob("*.txt")})


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_both_writers_write_the_same_drafts(article: Path) -> None:
    for role in ("preview", "report"):
        data = _claim_data(draft_article(article, role), article.name)
        assert _dump_c(data) == _dump_pure(data)


def test_an_empty_draft_is_written_alike() -> None:
    data = {"document": {"id": "x", "role": "preview", "title": "T"}, "claims": []}
    assert _dump_c(data) == _dump_pure(data) == "document:\n  id: x\n  role: preview\n  title: T\nclaims: []\n"


# scalars a draft could hold: quotes, colons, dashes, line breaks, blank lines, YAML words, non-ASCII
_TEXT = st.lists(st.sampled_from([*"ab -:#'\"\n\t€é…\u2028", "yes", "- x", "figures:", "0.5", "\n\n"]),
                 max_size=12).map("".join)
_FIGURE = st.fixed_dictionaries({"metric": _TEXT, "value": _TEXT}, optional={"from": _TEXT})


@st.composite
def _claim(draw: st.DrawFn) -> dict[str, object]:
    """A claim's keys in the order writing._claim_data puts them (figures last)."""
    claim: dict[str, object] = {"id": draw(_TEXT), "statement": draw(_TEXT)}
    if draw(st.booleans()):
        claim["topic"] = draw(_TEXT)
    claim["quote"] = draw(_TEXT)
    if draw(st.booleans()):
        claim["negated"] = True
    if draw(st.booleans()):
        claim["figures"] = draw(st.lists(_FIGURE, min_size=1, max_size=3))
    return claim


@settings(max_examples=200, deadline=None)
@given(title=_TEXT, claims=st.lists(_claim(), max_size=3))
def test_both_writers_agree_on_any_scalars(title: str, claims: list[dict[str, object]]) -> None:
    data = {"document": {"id": "d", "role": "report", "title": title}, "claims": claims}
    assert _dump_c(data) == _dump_pure(data)
