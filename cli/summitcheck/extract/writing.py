"""A draft written out as a claim file, with notes for the editor."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import yaml

from ..lazy import compiled
from .segmenting import MAX_CLAIMS, MAX_EXAMINED

if TYPE_CHECKING:
    from . import Draft


# the id's scalar read back as it was written; libyaml's reader when present (the same values, faster)
_SAFE_LOADER = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


def _with_notes(body: str, notes: dict[str, list[str]]) -> str:
    """The dumped claims with a `# check:` comment under each claim or figure the extractor is unsure of."""
    out: list[str] = []
    claim, figure = "", -1
    for line in body.split("\n"):
        out.append(line)
        if line.startswith("  - id: "):
            claim, figure = yaml.load(line[len("  - id: "):], Loader=_SAFE_LOADER), -1
            out += [f"    # check: {n}" for n in notes.get(str(claim), [])]
        elif line.startswith("      - metric: "):
            figure += 1
            out += [f"        # check: {n}" for n in notes.get(f"{claim}#{figure}", [])]
    return "\n".join(out)


def stop_note(draft: Draft) -> str:
    """Why drafting did not read the whole article, for the draft and the command's message."""
    return (f"drafting stopped at line {draft.stopped_at}: the limit is {MAX_CLAIMS:,} claims or {MAX_EXAMINED:,} lines"
            " and sentences read; the rest of the article was not drafted")


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:  # noqa: ARG002 - PyYAML's signature
        super().increase_indent(flow, False)  # "claims:" then "  - id: …", as editors write it


def _yaml(data: dict[str, object], dumper: type) -> str:
    """The block YAML of a claim file by one of PyYAML's dumpers: keys in order, no line wrapping."""
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)


def _dump_pure(data: dict[str, object]) -> str:
    """The claim file's YAML by PyYAML's Python emitter, lists indented under their keys."""
    return _yaml(data, _Dumper)


_UNICODE_BREAK = frozenset("\x85\u2028\u2029")  # line breaks to YAML besides "\n"


def _dump_c(data: dict[str, object]) -> str:
    """The same text as _dump_pure by libyaml's emitter (~10x faster), whose block lists cannot be indented.

    libyaml writes a list under a key at the key's indent ("claims:" then "- id: …"). Every line
    of the claims list is one step further in in _dump_pure's text, and a claim's figures (always its
    last key, so every line up to the next claim at column 0) one step more. Only "claims" holds
    lists and it is the last key, so its lines are those after the column-0 "claims:".
    """
    body = _yaml(data, yaml.CSafeDumper)
    if not _UNICODE_BREAK.isdisjoint(body):  # lines this re-indenting does not split: rare, leave them to PyYAML
        return _dump_pure(data)
    head, sep, claims = body.partition("\nclaims:\n")
    if not sep:  # no claims: "claims: []", nothing indented
        return body
    out: list[str] = []
    in_figures = False
    for line in claims.split("\n")[:-1]:
        if line.startswith("- "):
            in_figures = False
        out.append((("    " if in_figures else "  ") + line) if line else line)  # a blank line in a scalar stays blank
        if line == "  figures:":
            in_figures = True
    return head + sep + "\n".join(out) + "\n"


# libyaml is optional in PyYAML: without it the Python emitter writes the same text, slower
_dump = _dump_c if getattr(yaml, "__with_libyaml__", False) else _dump_pure


def _claim_data(draft: Draft, text_ref: str | None) -> dict[str, object]:
    """The claim file's content (version 1) before it is written out."""
    doc = draft.document
    header = {"id": doc.id, "role": doc.role, "title": doc.title}
    if doc.published:
        header["published"] = doc.published
    if text_ref:
        header["text"] = text_ref
    claims = []
    for c in doc.claims:
        entry: dict[str, object] = {"id": c.id, "statement": c.statement}
        if c.topic:
            entry["topic"] = c.topic
        entry["quote"] = c.quote
        if c.negated:
            entry["negated"] = True
        if c.figures:
            entry["figures"] = [{"metric": f.metric, "value": f.quantity.text,
                                 **({"from": f.baseline.text} if f.baseline is not None else {})} for f in c.figures]
        claims.append(entry)
    return {"document": header, "claims": claims}


_LATER_CLAIM = compiled(r"(?<!claims:)\n  - id: ")


def claim_file_text(draft: Draft, text_ref: str | None) -> str:
    """The draft as a claim file (version 1); text_ref is the article's path relative to where it is written."""
    doc = draft.document
    data = _claim_data(draft, text_ref)
    body = _with_notes(_dump(data), draft.notes)
    source = os.path.basename(doc.text) if doc.text else "the article"
    lead = (f"# Drafted by `summitcheck extract` from {source}: {len(doc.claims)} claims.\n"
            "# A draft: check each claim against the article, delete what is not worth checking,\n"
            "# and sharpen statements, metrics and topics before running `summitcheck check`.\n")
    if draft.stopped_at is not None:
        lead += f"# {stop_note(draft)}.\n"
    return lead + _LATER_CLAIM.sub("\n\n  - id: ", body)
