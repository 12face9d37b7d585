"""Drafting claims from an article's plain text, offline and by rule: no model, same text, same draft.

1. The text is cut into units: a line, or lines wrapped inside one paragraph.
   Page furniture is dropped (segmenting._FURNITURE: navigation, view counters, bylines
   and profile captions, subscription prompts, disclaimers, share buttons,
   "Read more" links), and so is everything under a related / popular /
   latest-articles heading until the next paragraph of body prose.  The first
   remaining unit of at most TITLE_WORDS words is the headline (the title);
   headings (short lines without a full stop) and repeats are not claims.
2. Units are cut into sentences (not at "U.S." or "Mr."; a source tag glued
   after a sentence, "…if necessary.apnews.com", is dropped).  A sentence cut
   off by an ellipsis or starting mid-word is an excerpt, not a claim.
3. A sentence is check-worthy when its evidence adds up to CHECK_WORTHY:
   a figure (2), something done or to be done (1: a modal such as "will" or
   "may", a verb of decision or change, a past-tense verb), and a named actor
   (1: a country, or a capitalised word inside the sentence).  Commentary
   about the event ("a significant focus was…", "marked a significant step",
   "was pivotal") counts −2.
4. A sentence listing several commitments in -ing clauses ("including
   increasing US gas purchases, raising defense spending, and expanding …")
   gives one claim per commitment, plus one for what follows the list; so
   does one subject with several verbs of intent ("hopes to …, and plans to …,
   while also committing to …").  Every claim keeps the whole sentence as its
   verbatim quote.
5. Each claim gets its figures (a metric named from the words around the
   number; dates, years and model numbers such as "iPhone 17" are not
   figures), a topic from TOPICS (the topic with most of its words in the
   statement), `negated: true` when polarity.py finds an odd number of
   negation cues in some clause (polarity.denies), and an id from its rarest key words, unique in the file.

The stages live in the package's modules: segmenting (1, 2), worthiness (3),
statements (4), metrics (5: metric names and topics), ids (5: claim ids) and
writing (the claim file); words holds the word lists several of them share.
This module ties them together (draft_claims) and re-exports what the rest of
summitcheck uses.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field

from ..dates import published_day
from ..errors import InputError
from ..figures import FoundFigure, in_year_of
from ..lazy import compiled
from ..model import Claim, Document, Figure
from ..polarity import denies
from ..quotes import read_article
from ..schema import MAX_FIGURES
from .ids import _claim_id, _rarity, _slug
from .metrics import TOPICS, _metric, _topic, article_models, market_quote, published_date
from .segmenting import _HTML_PAGE, MAX_CLAIMS, MAX_EXAMINED, _body, _fold, _Page, _Sentence, _sentences, furniture_kind
from .statements import _Antecedents, _clean, _split, lead_frame, unquoted
from .worthiness import CHECK_WORTHY, _baselines, _date_figures, _evidence, _worthy_figures
from .writing import claim_file_text, stop_note

# A lead that announces what follows without saying anything: "Here's what analysts expect:", "Here is how the
# company did:".
_ANNOUNCES = compiled(r"\s*here(?:'s|’s|\s+is|\s+are)\s+(?:what|how)\b", re.I)

__all__ = [
    "CHECK_WORTHY", "MAX_CLAIMS", "MAX_EXAMINED", "TOPICS", "Draft", "claim_file_text", "draft_article",
    "draft_claims", "furniture_kind", "stop_note",
]


@dataclass(frozen=True)
class Draft:
    """Claims drafted from an article, and what was left out on the way."""

    document: Document
    furniture: int  # lines dropped as page furniture or related-article lists
    passed_over: int  # sentences judged not check-worthy
    stopped_at: int | None = None  # the line where drafting stopped at MAX_CLAIMS or MAX_EXAMINED
    # Where the extractor is unsure, for a YAML comment: by claim id, or "id#n" for its n-th figure.
    notes: dict[str, list[str]] = field(default_factory=dict)


def draft_article(path: str | os.PathLike[str], role: str, doc_id: str | None = None) -> Draft:
    """Read an article's text file and draft its claims.

    InputError when the file cannot be read or holds nothing check-worthy.
    """
    article = read_article(path)
    name = os.fspath(path)
    page = _HTML_PAGE.search(article.text[:20_000])
    if page:
        raise InputError("is an HTML page, not an article's text: save the page as text, or copy its words into a"
                         " .txt file", name, article.text.count("\n", 0, page.start()) + 1)
    default_id = _slug(os.path.splitext(os.path.basename(name))[0], 40) or role
    draft = draft_claims(article.text, role, doc_id or default_id, name)
    if not draft.document.claims:
        reasons = [f"{draft.furniture} lines of page furniture left out"] if draft.furniture else []
        if draft.passed_over:
            reasons.append(f"{draft.passed_over} sentences without a figure, an actor or an action")
        if draft.stopped_at is not None:
            reasons.append(stop_note(draft))
        detail = f" ({'; '.join(reasons)})" if reasons else ""
        raise InputError(f"no check-worthy sentence found{detail}; nothing to draft a claim file from", name)
    return draft


def draft_claims(text: str, role: str, doc_id: str, path: str | None = None) -> Draft:
    """Draft the claims of an article's text; the document's claims may be empty."""
    page = _Page()
    parts: list[tuple[_Sentence, str, str, list[FoundFigure]]] = []
    passed_over = 0
    seen: set[str] = set()
    antecedents = _Antecedents()
    claim_notes: dict[int, list[str]] = {}  # by id() of the sentence
    previous: dict[int, str] = {}  # by id() of a sentence: the sentence before it, for what "it"/"its" point to
    # Every sentence read is kept alive until the draft is done: the two tables above are keyed by id(), and the id
    # of a sentence passed over could otherwise be given to a later one, which then took its notes (a "'The company'
    # read as …" note came and went from run to run).
    read: list[_Sentence] = []
    before = ""
    lead: str | None = None  # "The budget is expected to include:" before a bulleted list of measures
    lead_sentence: _Sentence | None = None  # the lead's sentence, a claim only until its items come
    # a preview's dates over before it was published are background (worthiness._date_figures)
    preview_of = None if role != "preview" else (published_day(published_date(text)) or -float("inf"))
    lead_said = False  # whether the lead is a sentence its items are stated with
    for unit_line, unit, bullet in _body(text, page):
        lead = lead if bullet else None
        if lead and lead_sentence is not None:
            # The lead frames its items ("The budget will contain new money in four areas:"): the items are the
            # claims, each stated with it; the lead stays only for a figure that is not a count of its items.
            parts = [p for p in parts if p[0] is not lead_sentence or any(f.quantity.dimension != "count" for f in p[3])]
            lead_sentence = None
        sentences, examined = _sentences(unit, unit_line, MAX_EXAMINED - page.examined, item=lead is not None)
        read.extend(sentences)
        page.examined += examined
        for sentence in sentences:
            key = _fold(sentence.text)
            # A list item under a lead ending in a colon is one claim of the lead: judged and stated with it.
            listed = f"{lead} {sentence.text}" if lead else sentence.text
            if key not in seen:
                seen.add(key)
                # An item of a list under a lead ending in a colon is one of the measures the lead announces.
                if _evidence(listed, _worthy_figures(listed), role) + (lead is not None) < CHECK_WORTHY:
                    passed_over += 1
                else:
                    unsure: list[str] = []
                    cleaned = _clean(sentence.text, antecedents, item=lead is not None, unsure=unsure, role=role)
                    claim_notes.setdefault(id(sentence), []).extend(unsure)
                    # a "Key Takeaways" bullet restates the body, where its measures are claims of their own
                    pieces = _split(cleaned, measures=unit_line not in page.summary_lines, role=role)
                    if lead and lead_said:  # one item is one claim: its commas are not a list of their own
                        item = cleaned[:1].lower() + cleaned[1:] if sentence.text[:1].islower() else cleaned
                        frame = lead_frame(lead)
                        pieces = [(f"{frame} {item}" if frame else f"{lead}: {item}", item)]
                        claim_notes.setdefault(id(sentence), []).append("an item of a list, stated with its lead")
                    elif lead:  # "Here's what analysts expect:" announces its items and says nothing itself
                        pieces = [(cleaned, cleaned)]
                    if antecedents.resolved:
                        claim_notes.setdefault(id(sentence), []).append(antecedents.resolved)
                    if sentence.line == page.title_line:
                        claim_notes.setdefault(id(sentence), []).append("also the headline: is it a claim?")
                    for k, (statement, own) in enumerate(pieces):
                        statement = unquoted(statement)  # a mark left without its partner when a quotation was cut
                        # a claim with no figure of its own may be about when something happens: its date
                        figures = _worthy_figures(statement) or _date_figures(statement, preview_of)
                        if k and _evidence(statement, figures, role) < CHECK_WORTHY:
                            continue  # "…, and some investors are pushing for a buyback": an aside, not a claim
                        parts.append((sentence, statement, own, figures))
            antecedents.read(sentence.text)
            previous[id(sentence)], before = before, sentence.text
        if not bullet and unit.rstrip().endswith(":") and sentences:
            lead = _clean(sentences[-1].text, antecedents, role=role).rstrip(":")
            lead_sentence, lead_said = sentences[-1], True
        elif not bullet and unit.rstrip().endswith(":") and _ANNOUNCES.match(unit):
            # a lead that is no sentence of its own ("Here's what analysts polled by Factline expect:") still leads
            # its items: each is one of the figures it announces, stated alone
            lead, lead_sentence, lead_said = unit.rstrip().rstrip(":"), None, False
        if len(parts) >= MAX_CLAIMS or page.examined >= MAX_EXAMINED:
            page.stopped_at = unit_line
            break
    parts = parts[:MAX_CLAIMS]
    published = published_date(text)  # the year of a date written without one ("on Nov 12")
    models = article_models(" ".join(sentence.text for sentence in read))  # what "the Pro" stands for
    rarity = _rarity([own for _, _, own, _ in parts])
    claims: list[Claim] = []
    taken: set[str] = set()
    suffixes: dict[str, int] = {}
    placed: set[tuple[str, str]] = set()
    figure_notes: dict[tuple[int, int], str] = {}  # (claim, figure) index: why the editor should look
    split_from = Counter(id(sentence) for sentence, _, _, _ in parts)
    for sentence, statement, own, figures in parts:
        claim_figures: list[Figure] = []
        bases = _baselines(statement, figures)
        for f in [] if role == "preview" and market_quote(sentence.text) else figures:
            if len(claim_figures) == MAX_FIGURES:  # what a claim file may hold; the rest is left out
                figure_notes[(len(claims), MAX_FIGURES - 1)] = f"the sentence holds more figures: only {MAX_FIGURES} are kept"
                break
            spot = (sentence.text, _fold(f.text))
            if spot in placed or any(b is f for b in bases.values()):
                continue  # a figure of a sentence's head goes to its first claim only; a baseline is no outcome
            placed.add(spot)
            base = bases.get(id(f))
            # a claim split from a longer sentence reads "it" with the whole sentence before it
            context = previous.get(id(sentence), "")
            if statement != sentence.text.rstrip("."):
                context = f"{context} {sentence.text}"
            metric, note = _metric(statement, f, figures, context, role, models)
            if note:
                figure_notes[(len(claims), len(claim_figures))] = note
            claim_figures.append(Figure(metric, in_year_of(f.quantity, published, ahead=role == "preview"), baseline=base.quantity if base else None))
        claims.append(Claim(
            id=_claim_id(own, claim_figures, rarity, taken, suffixes),
            statement=statement,
            topic=_topic(own) or _topic(statement),
            quote=sentence.text,
            negated=True if denies(statement) else None,
            figures=tuple(claim_figures),
            line=sentence.line,
        ))
    notes = {c.id: [*claim_notes.get(id(part[0]), []), *(
        [f"one of {split_from[id(part[0])]} claims drafted from one sentence"] if split_from[id(part[0])] > 1 else [])]
        for c, part in zip(claims, parts, strict=True)}
    notes = {k: v for k, v in notes.items() if v}
    for (i, j), note in figure_notes.items():
        notes.setdefault(f"{claims[i].id}#{j}", []).append(note)
    document = Document(id=doc_id, role=role, title=page.title or page.site or doc_id, claims=tuple(claims), text=path,
                        path=path, published=published)
    return Draft(document, page.dropped, passed_over, page.stopped_at, notes)
