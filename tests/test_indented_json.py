"""render.indented.dumps writes what json.dumps(value, ensure_ascii=False, allow_nan=False, indent=2) writes."""

from __future__ import annotations

import enum
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck.render import indented


class Level(enum.IntEnum):
    LOW = 1


class Tag(str):
    pass


def _json(value: object) -> tuple[str, str]:
    """json.dumps' text, or its error's type and message."""
    try:
        return "text", json.dumps(value, ensure_ascii=False, allow_nan=False, indent=2)
    except (TypeError, ValueError) as e:
        return type(e).__name__, str(e)


def _mine(value: object) -> tuple[str, str]:
    try:
        return "text", indented.dumps(value)
    except (TypeError, ValueError) as e:
        return type(e).__name__, str(e)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.just(Level.LOW),
                    st.text(max_size=3).map(Tag), st.just(b"bytes"), st.just(1j))
KEYS = st.one_of(st.text(), st.integers(), st.floats(), st.booleans(), st.none(), st.just(Level.LOW),
                 st.tuples(st.integers()))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                                                       st.dictionaries(KEYS, inner, max_size=4)), max_leaves=25)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_the_same_text_or_the_same_error_as_json_dumps(value: object) -> None:
    assert _mine(value) == _json(value)


@pytest.mark.parametrize("value", [{}, [], {"a": []}, [{}], "é\u2028\"\\\n", [math.nan], {math.inf: 1}, {"a": {"b": [1, 2.5, None]}},
                                   {(1,): 2}, {1: "one", None: "none", 2.5: "x"}, {True: "yes", False: "no"}])
def test_examples(value: object) -> None:
    assert _mine(value) == _json(value)


def test_a_circular_document_is_refused_as_json_refuses_it() -> None:
    loop: list[object] = []
    loop.append(loop)
    mapping: dict[str, object] = {}
    mapping["self"] = mapping
    assert _mine(loop) == _json(loop) == ("ValueError", "Circular reference detected")
    assert _mine(mapping) == _json(mapping)
