"""The claim-file format (version 1), defined once: the loader validates against it."""

from __future__ import annotations

from dataclasses import dataclass

from .model import EXPECTATION_VERDICTS

ID_PATTERN = r"[a-z0-9][a-z0-9_-]*"
# A topic is a short phrase: up to five words ("trade", "monetary policy"), each of letters,
# digits, "-" or "_", the first word starting with a letter, one space between words.
TOPIC_WORDS = 5
TOPIC_PATTERN = rf"[^\W\d_][\w-]*(?: [\w-]+){{0,{TOPIC_WORDS - 1}}}"


@dataclass(frozen=True)
class Field:
    """One key of a mapping in a claim file.

    kind is one of: text, id, topic, date, bool, role, verdict, value (a figure
    value: text or a number), list (of `item`), mapping (of `fields`).
    nullable: an empty value (`null`) is allowed and means something.
    """

    kind: str
    required: bool = False
    help: str = ""
    item: Field | None = None
    fields: dict[str, Field] | None = None
    min_items: int = 0
    max_items: int | None = None
    nullable: bool = False


# A claim is one sentence: a few figures.  The cap bounds the time figure linking
# may take on the figures of two paired claims, which are weighed all against all.
MAX_FIGURES = 100

FIGURE = {
    "metric": Field("text", True, "what the number measures, e.g. 'Japan's trade surplus with the US'"),
    "value": Field("value", True, "the value as written: '$56bn', 'about 2%', '25 basis points'"),
    "from": Field("value", False, "the value it changed from, in the same unit: a baseline, not an outcome"),
}

CLAIM = {
    "id": Field("id", True, "unique in the file; [a-z0-9][a-z0-9_-]*"),
    "statement": Field("text", True, "the claim in one sentence"),
    "topic": Field("topic", False, f"a word or short phrase (up to {TOPIC_WORDS} words), e.g. 'trade' or "
                                   "'monetary policy'; helps pairing and groups the summary by topic"),
    "quote": Field("text", False, "verbatim from the article"),
    "negated": Field("bool", False, "true when the claim says something did not / will not happen"),
    "keywords": Field("list", False, "extra words that help pairing", item=Field("word")),
    "figures": Field("list", False, f"numbers the claim states (at most {MAX_FIGURES})",
                     item=Field("mapping", fields=FIGURE), max_items=MAX_FIGURES),
}
# A part of a compound claim ("cut rates and signal more cuts"): the fields of a claim,
# judged on its own; its id defaults to "<claim id>.1", ".2" …
PART = {**CLAIM, "id": Field("id", False, "unique in the file; default: the claim's id, '.', its number")}
CLAIM["parts"] = Field("list", False, "sub-claims judged one by one; the claim is partly fulfilled when "
                                      "their verdicts differ", item=Field("mapping", fields=PART))

DOCUMENT = {
    "id": Field("id", True, "short; [a-z0-9][a-z0-9_-]*"),
    "role": Field("role", True, "preview or report"),
    "title": Field("text", True, "the article's headline"),
    "outlet": Field("text", False, "who published it"),
    "published": Field("date", False, "ISO date, e.g. 2025-01-31"),
    "url": Field("text", False, "where the article is"),
    "text": Field("text", False, "path of the article's text, relative to this file"),
}

CLAIM_FILE = {
    "document": Field("mapping", True, "the article", fields=DOCUMENT),
    "claims": Field("list", True, "the article's claims, at least one",
                    item=Field("mapping", fields=CLAIM), min_items=1),
}

OVERRIDE = {
    "expectation": Field("id", True, "the id of the preview claim whose verdict is overruled"),
    "verdict": Field("verdict", False, "the verdict to give: " + ", ".join(EXPECTATION_VERDICTS)),
    "match": Field("id", False, "a report claim id to pair with, or null to pair with nothing", nullable=True),
    "note": Field("text", True, "why: shown beside the verdict in every format"),
    "by": Field("text", True, "who made the call"),
}

REVIEW_FILE = {
    "overrides": Field("list", True, "an editor's corrections, applied after the automatic verdicts",
                       item=Field("mapping", fields=OVERRIDE)),
}

# How each kind of scalar is written in JSON Schema; the loader checks the same
# things (and a few a schema cannot say: unique ids, readable figure values, real dates).
_JSON_KINDS: dict[str, dict[str, object]] = {
    "text": {"type": "string", "pattern": r"\S"},
    # a keyword: text, or a bare number an editor writes among words (a year, a model number), read as written
    "word": {"type": ["string", "number"], "pattern": r"\S"},
    "id": {"type": "string", "pattern": f"^{ID_PATTERN}$"},
    "topic": {"type": "string", "pattern": f"^{TOPIC_PATTERN}$"},
    "date": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    "bool": {"type": "boolean"},
    "role": {"enum": ["preview", "report"]},
    "verdict": {"enum": list(EXPECTATION_VERDICTS)},
    "value": {"type": ["string", "number"]},
}


def json_schema(kind: str = "claims") -> dict[str, object]:
    """The claim-file (or, kind="review", the review-file) format as JSON Schema (draft 2020-12),
    generated from the fields above."""
    if kind == "review":
        title, description, fields = (
            "summitcheck review file",
            "An editor's overrides of automatic verdicts (review.yaml beside the claim files).",
            REVIEW_FILE)
    else:
        title, description, fields = (
            "summitcheck claim file",
            "The claims of one article, a preview or a report, for `summitcheck check`.",
            CLAIM_FILE)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "description": description,
        **_json_mapping(fields),
    }


def _json_field(field: Field) -> dict[str, object]:
    if field.kind == "mapping":
        assert field.fields is not None
        out = _json_mapping(field.fields)
    elif field.kind == "list":
        assert field.item is not None
        out = {"type": "array", "items": _json_field(field.item)}
        if field.min_items:
            out["minItems"] = field.min_items
        if field.max_items is not None:
            out["maxItems"] = field.max_items
    else:
        out = dict(_JSON_KINDS[field.kind])
    if field.nullable:
        out = {"anyOf": [out, {"type": "null"}]}
    if field.help:
        out = {"description": field.help, **out}
    return out


def _json_mapping(fields: dict[str, Field]) -> dict[str, object]:
    return {
        "type": "object",
        "properties": {key: _json_field(field) for key, field in fields.items()},
        "required": [key for key, field in fields.items() if field.required],
        "additionalProperties": False,
    }
