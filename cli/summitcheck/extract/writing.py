"""A draft written out as a claim file, with notes for the editor; and the note on uncompared figures."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import yaml

from .segmenting import MAX_CLAIMS, MAX_EXAMINED

if TYPE_CHECKING:
    from ..verdict import CheckResult
    from . import Draft


def uncompared_note(result: CheckResult) -> str | None:
    """How many figures of a check went uncompared and why, in one line; None when all were compared.

    A figure is compared when discrepancy.FigureIndex links it to one of the other article's; why one
    is left alone is FigureIndex.uncompared's to say.
    """
    from ..discrepancy import FigureIndex  # only for a check of drafted text
    from ..pairing import Lexicon, claim_texts

    expected, outcomes = list(result.preview.claims), list(result.report.claims)
    lexicon = Lexicon([claim_texts(c) for c in expected + outcomes],
                      [f.metric for c in expected + outcomes for f in c.figures])
    index = FigureIndex(lexicon, expected, outcomes, (result.preview.published, result.report.published))
    at = {id(c): j for j, c in enumerate(outcomes)}
    index.link({(i, at[id(e.match.claim)]) for i, e in enumerate(result.expectations)
                if e.match is not None and id(e.match.claim) in at})
    why = index.uncompared()
    if not why:
        return None
    total = len(index.pf) + len(index.rf)
    reasons = "; ".join(f"{k}: {v}" for k, v in why.most_common())
    return f"{sum(why.values())} of {total} figure{'s' if total != 1 else ''} went uncompared ({reasons})"


def _with_notes(body: str, notes: dict[str, list[str]]) -> str:
    """The dumped claims with a `# check:` comment under each claim or figure the extractor is unsure of."""
    out: list[str] = []
    claim, figure = "", -1
    for line in body.split("\n"):
        out.append(line)
        if line.startswith("  - id: "):
            claim, figure = yaml.safe_load(line[len("  - id: "):]), -1
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


def claim_file_text(draft: Draft, text_ref: str | None) -> str:
    """The draft as a claim file (version 1); text_ref is the article's path relative to where it is written."""
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
    body = yaml.dump({"document": header, "claims": claims}, Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, width=10_000, default_flow_style=False)
    body = _with_notes(body, draft.notes)
    source = os.path.basename(doc.text) if doc.text else "the article"
    lead = (f"# Drafted by `summitcheck extract` from {source}: {len(claims)} claims.\n"
            "# A draft: check each claim against the article, delete what is not worth checking,\n"
            "# and sharpen statements, metrics and topics before running `summitcheck check`.\n")
    if draft.stopped_at is not None:
        lead += f"# {stop_note(draft)}.\n"
    return lead + re.sub(r"(?<!claims:)\n  - id: ", "\n\n  - id: ", body)
