"""Editors write a year or a model number among a claim's keywords as a bare YAML number
(`keywords: [BSP, 2026]`); every labeller of this session's blind sets did. It is kept as written, not
refused: a keyword is a word for pairing, and the loader reads the text the file holds."""

from pathlib import Path

import jsonschema
import pytest
import yaml

from summitcheck import schema
from summitcheck.errors import InputError
from summitcheck.load import load_claims

FILE = """document: {{id: p, role: preview, title: T}}
claims:
  - id: a
    statement: The bank will publish its 2026 outlook
    keywords: {keywords}
"""


@pytest.mark.parametrize(("keywords", "read"), [
    ("[BSP, 2026]", ("BSP", "2026")),
    ("[outlook, 3.50, 007]", ("outlook", "3.50", "007")),   # as written: not 3.5, not 7
    ("[1_000]", ("1_000",)),
])
def test_a_number_among_the_keywords_is_kept_as_written(tmp_path: Path, keywords: str, read: tuple[str, ...]) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text(FILE.format(keywords=keywords), encoding="utf-8")
    assert load_claims(path).claims[0].keywords == read
    # the published JSON Schema says the same, so that other tools accept the file too
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema.json_schema())


@pytest.mark.parametrize("keywords", ["[yes]", "[~]", "[[a, b]]"])
def test_a_keyword_that_is_no_word_is_still_refused(tmp_path: Path, keywords: str) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text(FILE.format(keywords=keywords), encoding="utf-8")
    with pytest.raises(InputError, match="keywords item 1"):
        load_claims(path)
