"""Drafting claims from an article's plain text, offline and by rule: no model, same text, same draft.

1. The text is cut into units: a line, or lines wrapped inside one paragraph.
   Page furniture is dropped (FURNITURE: navigation, view counters, bylines
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
   negation cues, and an id from its rarest key words, unique in the file.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import yaml

from .errors import InputError
from .figures import FigureError, FoundFigure, find_figures, parse_figure
from .model import Claim, Document, Figure
from .polarity import negation_cues
from .quotes import read_article
from .schema import ID_PATTERN, MAX_FIGURES
from .text import COUNTRIES, DOWN_WORDS, STOPWORDS, TITLES, UP_WORDS, actor_names, stem, terms

if TYPE_CHECKING:
    from .verdict import CheckResult

CHECK_WORTHY = 2
TITLE_WORDS = 30
FURNITURE_WORDS = 40  # longer lines are judged sentence by sentence
MIN_WORDS, MAX_WORDS = 6, 90
MAX_SENTENCE_CHARS = 1200  # 90 long words; a longer "sentence" is a run-on token, not a claim
# Time stays bounded whatever the article (it may hold 5 MB): drafting stops after MAX_CLAIMS claims
# (five times what an editor reviews) or MAX_EXAMINED lines and sentences (a book), and says where.
MAX_CLAIMS = 500
MAX_EXAMINED = 40_000

# Topics, in order of preference on a tie; a word counts when its stem is the stem of a listed word.
TOPICS: dict[str, tuple[str, ...]] = {
    "tariffs": ("tariff", "tariffs", "duty", "duties", "levy", "levies"),
    "trade": ("trade", "surplus", "deficit", "imbalance", "export", "exports", "import", "imports",
              "goods", "trading", "shipments"),
    "energy": ("energy", "gas", "lng", "oil", "crude", "pipeline", "barrel", "barrels", "opec",
               "electricity", "power", "coal", "fuel", "renewable", "solar", "refinery"),
    "defense": ("defense", "defence", "military", "troops", "weapons", "arms", "missile", "missiles",
                "army", "navy", "pentagon", "soldiers"),
    "security": ("security", "nuclear", "northkorea", "threat", "threats", "terrorism", "cyber",
                 "indo-pacific", "sanctions", "alliance"),
    "investment": ("investment", "investments", "invest", "investor", "investors", "acquisition",
                   "manufacturing", "factory", "factories", "plant", "plants", "jobs", "companies", "steel"),
    "currency": ("currency", "currencies", "exchange", "yen", "forex", "devaluation"),
    "rates": ("rate", "rates", "inflation", "monetary", "bps", "easing", "tightening"),
    "production": ("output", "production", "quota", "quotas", "supply", "bpd"),
    "prices": ("price", "prices", "priced", "cost", "costs", "brent", "expensive", "cheaper"),
    "technology": ("ai", "chip", "chips", "semiconductor", "semiconductors", "iphone", "smartphone",
                   "phone", "device", "software", "launch", "model", "camera", "battery"),
    "economy": ("economy", "economic", "growth", "gdp", "recession", "unemployment", "budget", "fiscal",
                "spending", "debt"),
    "climate": ("climate", "emissions", "carbon", "warming", "net-zero"),
    "diplomacy": ("summit", "meeting", "meet", "talks", "visit", "relationship", "rapport", "ties",
                  "relations", "diplomacy", "diplomatic"),
}

_FURNITURE = [  # (kind, pattern); "short" patterns apply only to lines of at most 12 words
    ("placeholder", re.compile(r"\{[A-Za-z][\w ]*\}")),
    ("navigation", re.compile(r"^(you are here|your current location|home\s*[>»›/|])|>>|\s[»›]\s"
                              r"|^[\w&' -]{1,25}(\s[|•·/]\s[\w&' -]{1,25}){2,}$", re.I)),
    ("subscription", re.compile(
        r"subscribe|newsletter|\bsign (up|in)\b|\blog ?in\b|check your (e-?mail|inbox)|confirmation link"
        r"|spam folder|(?:straight to|delivered to|in) your inbox|join our community|^ok,? thanks\b|create (a |an )?(free )?account"
        r"|already (a )?(member|subscriber)|unlock (this|full)", re.I)),
    ("disclaimer", re.compile(
        r"does not constitute|not (financial|investment) advice|investment (should be cautious|involves risk)"
        r"|market (carries|involves) risks?|for (general )?information(al)? purposes|all rights reserved|©"
        r"|copyright \d{4}|at (one's|your) own (risk|responsibility)|views expressed|terms of (use|service)"
        r"|privacy policy|\bcookies\b", re.I)),
    ("disclaimer", re.compile(
        r"\b(?:written|produced|generated|compiled|created|prepared|translated|drafted|summari[sz]ed)\b.{0,80}"
        r"\b(?:AI|A\.I\.|artificial intelligence|machine translation)\b|\bAI[- ](?:assisted|generated|tools?)\b"
        r"|terms (?:and|&) conditions|by using this (?:site|website|service|app)|you agree to (?:our|the)"
        r"|licensing rights|^our standards\b|earns? (?:a )?commission|affiliate links?|trust principles|quotes (?:are )?delayed"
        r"|is the world'?s (?:\w+[- ])?(?:largest|leading|biggest) (?:\w+ )?(?:news|information|media)", re.I)),
    ("byline", re.compile(r"^\((?:additional )?(?:reporting|writing|editing|compiled|research) by\b.*\)$", re.I)),
    ("social", re.compile(r"^(?=.{0,200}$)(?:follow\b.{0,60}\bon (?:x|twitter|instagram|facebook|linkedin|threads"
                          r"|bluesky|mastodon)\b|.*(?:^|\s)@[A-Za-z_][\w_]{2,}\W*$)", re.I)),
    ("more link", re.compile(r"^(read more|continue reading|read the full|click here|learn more|see more"
                             r"|view more|show more|load more|read next)", re.I)),
    ("byline", re.compile(r"profile (image|photo|picture)|^(photo|image|picture|credit|source)s?\s*:"
                          r"|getty images|\bap photo\b|via reuters\b", re.I)),
]
_SHORT_FURNITURE = [
    ("byline", re.compile(r"^(?i:(?:written |reporting |edited |editing )?by|authors?)\b\s*:?\s*"
                          r"(?!(?i:january|february|march|april|may|june|july|august|september|october|november|december|monday"
                          r"|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
                          r"|dec)\b)"
                          r"[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*(?:[,;(|·].*)?$")),
    ("counter", re.compile(r"^\W*\d[\d,.]*\s*[km]?\s*(people\s+)?(have\s+)?(views?|viewed|watched|reads?|readers"
                           r"|comments?|shares?|likes?)\W*$|\bmin(ute)?s?\s+read\b", re.I)),
    ("share", re.compile(r"^(share|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|copy link|advertisement"
                         r"|sponsored|comments?|menu|skip to (main )?content)( (this|on \w+|the))?( article| story| page)?"
                         r"\W*$", re.I)),
]
# A line of dates and times only: "Updated 7:02 AM GMT+2, May 6, 2027", "Published Mon 3 Feb 2025 09.41 GMT".
_TIMESTAMP_WORDS = re.compile(
    r"\b(?:updated|published|posted|last|first|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist"
    r"|jst|local|time|ago|hours?|mins?|minutes?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b\.?|[\d:.,/+|()–—-]+", re.I)
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]{0,400}>|&(?:nbsp|#160|#xa0);", re.I)
_HTML_PAGE = re.compile(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_LIST_HEADING = re.compile(
    r"^(related|popular|latest|recommended|trending|tags?|topics|more|most (read|popular|viewed|shared)"
    r"|you (may|might) also like|see also|further reading|editor'?s picks|top stories|read (next|also))"
    r"\b[\w' ]{0,40}:?\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*·▪–—]|\d{1,2}[.)])\s+")
# Bounded repetitions keep the scan linear on "x.x.x.x…" (a domain has few labels of at most 63 letters).
_SOURCE_TAG = re.compile(r"(?<=[.!?\"”’])\s?(?:[a-z0-9-]{1,63}\.){1,4}(?:com|org|net|gov|edu|io|news|info|co\.uk|co\.jp"
                         r"|jp|uk|de|fr|in|au|ca)\b(?![./\w])")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr st jr sr inc co corp ltd gov sen rep gen col lt sgt prof no nos vs etc approx est fig
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k e.g i.e a.m p.m
""".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9$€£¥])|(?<=[a-z]{3})\.(?=[A-Z][a-z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")

# Evidence that a sentence says something was or will be done.
_MODALS = frozenset("will would may might could can shall should must won't".split())
_ACTION_WORDS = frozenset("""
plan plans planned aim aims aimed intend intends intended hope hopes hoped want wants seek seeks sought
expect expects expected consider considers considering pledge pledges pledged promise promises promised
vow vows vowed agree agrees agreed commit commits committed announce announces announced approve approves
decide decides decided sign signs signed meet meets met hold holds held say says said tell tells told
make makes made buy buys bought sell sells sold invest invests impose imposes imposed launch launches
launched unveil unveils unveiled keep keeps kept reach reaches reached set sets put puts give gives gave
take takes took win wins won lose loses lost delay delays extend extends extended join joins
likely threaten threatens threatened warn warns warned urge urges urged see sees saw seen forecast
forecasts project projects estimate estimates stand stands stood hit hits bring brings brought leave leaves
left rise rises rose fall falls fell
""".split()) | UP_WORDS | DOWN_WORDS
_COMMENTARY = re.compile(
    r"^(a|an|another|the|one)\s+(\w+\s+){0,2}(focus|topic|theme|highlight|development|step|point|question|issue)s?\b"
    r"|\b(was|were|is|are|be|been)\s+(also\s+)?(pivotal|significant|prominent|critical|crucial|notable|important"
    r"|key|central|major|remarkable|historic|noteworthy)\b"
    r"|\bmarked (a|an)\s+(\w+\s+)?(step|milestone|turning point|moment|shift)\b"
    r"|\bdemonstrated (a|an|their|its|his|her) (shared )?(commitment|willingness|resolve|desire)\b", re.I)
_ACTOR_NOUNS = frozenset("""
leaders leader ministers minister government governments officials administration bank banks committee
board members company companies firm firms group alliance council parliament congress senate negotiators
producers cartel regulators policymakers lawmakers delegates executives investors president chair stocks
shares markets prices yields bonds dollar currency oil inflation unemployment economy exports imports
""".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_CAPITALS_NOT_NAMES = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday i".split())

# Statements drop who said it and the connective in front; the quote keeps them.
_LEAD_INS = re.compile(
    r"^(?:according to [^,]{1,60},\s*|(?:informed |unnamed |several |two |people familiar[^,]*?)?sources?"
    r"(?: familiar with [^,]*?)?\s+(?:say|said|says|revealed|told \w+|added)(?: that)?,?\s+"
    r"|(?:additionally|moreover|furthermore|meanwhile|in addition|in response|separately|notably|also"
    r"|however|still|instead),\s*)", re.I)
# "FRANKFURT, Oct 17 (Agency) - ", "WASHINGTON (AP) — ", "Oct 17 (Reuters) -": where and when it was filed.
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s+[A-Z][A-Za-z.]{1,9}\s+\d{1,2})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                       r"(?:\s*\([A-Za-z][\w .&-]{1,30}\))?\s*[-–—]+\s+(?=[\"“A-Z])")
_INDIRECT = re.compile(r"(?:whether|how|why|what|when|who|which)\b", re.I)  # "Whether the group agrees…": a question
_GENERIC_SUBJECT = re.compile(r"^(the (?:group|company|firm|bank|central bank|cartel|alliance|government|ministry"
                              r"|administration|committee|carmaker|airline|lender|insurer|retailer))(?:['’]s)?\b", re.I)

# Compound sentences.  A list of -ing clauses: "…, including increasing X, raising Y, and expanding Z".
_LIST_CUE = re.compile(r"(?:,\s*|\s+)(including|such as|by|through|namely|like)\s+|,\s+|:\s+")
_NOT_GERUNDS = frozenset("""
during including according morning evening thing nothing something anything everything king ring spring
string bring sing wing meeting building funding spending trading housing pricing ceiling beijing
reading boeing wedding hearing briefing landing offering earnings savings outstanding remaining leading
following long among shipping banking lending rating ranking manufacturing
mining engineering marketing advertising
""".split())
# One subject, several verbs of intent: "hopes to A and plans to B, while also committing to C".
_INTENT_SPLIT = re.compile(
    r"\s+and\s+(?:also\s+)?(?=(?:plans|planned|hopes|hoped|aims|aimed|wants|wanted|intends|intended|seeks|sought"
    r"|pledged|pledges|promised|promises|vowed|vows|agreed|agrees|committed|commits|will|would)\s)"
    r"|,\s*while\s+(?=(?:also\s+)?[a-z]+ing\s)")
_FIGURE_VERBS = {"priced": "price", "costs": "price", "cost": "price", "sells": "price", "valued": "value",
                 "worth": "value", "totals": "total", "totaled": "total", "totalled": "total"}
_METRIC_STOPS = frozenset("""
and or but that which who whom whose to as than while because if when after before since so was were is
are be been will would has have had could may might can should on at from by into against amid despite
""".split())
_METRIC_SKIP_BEFORE = frozenset("to at by of from near with for around over in past next last the a an "
                                "is was were are be been of about roughly beyond above below under than "
                                "averaging totalling totaling reaching topping exceeding worth nearly almost just "
                                "some".split())
_CHANGE_NOUNS = {**{w: "increase" for w in UP_WORDS}, **{w: "cut" for w in DOWN_WORDS},
                 "raised": "rise", "raise": "rise", "raises": "rise", "hiked": "hike", "hike": "hike"}
_LEVEL_VERBS = frozenset("amount amounts amounted total totals totaled totalled stand stands stood come comes came "
                         "reach reaches reached hit hits".split())
_CHANGE_VERBS = frozenset("rise fall climb drop reach hit increase decrease grow shrink stand remain".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our your".split())
_POSSESSIVES = frozenset("its their his her".split())
_PREPOSITIONS = frozenset("with in of for on to from between against".split())
_ID_NOISE = frozenset("""
make made take took plan plans announce announced consider considering support supporting hold held
say said told include including focus focusing further additional certain among particularly especially
first second third fourth fifth last next new key major
""".split())


@dataclass(frozen=True)
class Draft:
    """Claims drafted from an article, and what was left out on the way."""

    document: Document
    furniture: int  # lines dropped as page furniture or related-article lists
    passed_over: int  # sentences judged not check-worthy
    stopped_at: int | None = None  # the line where drafting stopped at MAX_CLAIMS or MAX_EXAMINED
    # Where the extractor is unsure, for a YAML comment: by claim id, or "id#n" for its n-th figure.
    notes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class _Page:
    """What reading an article's lines has found so far, shared by the stages that read them."""

    title: str | None = None
    site: str | None = None  # a short line before the headline; the title when nothing longer comes
    title_line: int | None = None
    dropped: int = 0  # lines of furniture
    examined: int = 0  # lines and sentences looked at, against MAX_EXAMINED
    stopped_at: int | None = None


@dataclass(frozen=True)
class _Sentence:
    text: str  # verbatim, whitespace folded
    line: int


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
    lead: str | None = None  # "The budget is expected to include:" before a bulleted list of measures
    for unit_line, unit, bullet in _body(text, page):
        lead = lead if bullet else None
        sentences, examined = _sentences(unit, unit_line, MAX_EXAMINED - page.examined, item=lead is not None)
        page.examined += examined
        for sentence in sentences:
            key = _fold(sentence.text)
            # A list item under a lead ending in a colon is one claim of the lead: judged and stated with it.
            listed = f"{lead} {sentence.text}" if lead else sentence.text
            if key not in seen:
                seen.add(key)
                if _evidence(listed, _worthy_figures(listed), role) < CHECK_WORTHY:
                    passed_over += 1
                else:
                    cleaned = _clean(sentence.text, antecedents)
                    if lead:
                        cleaned = f"{lead}: {cleaned[:1].lower() + cleaned[1:] if sentence.text[:1].islower() else cleaned}"
                        claim_notes.setdefault(id(sentence), []).append("an item of a list, stated with its lead")
                    if antecedents.resolved:
                        claim_notes.setdefault(id(sentence), []).append(antecedents.resolved)
                    if sentence.line == page.title_line:
                        claim_notes.setdefault(id(sentence), []).append("also the headline: is it a claim?")
                    for statement, own in _split(cleaned):
                        parts.append((sentence, statement, own, _worthy_figures(statement)))
            antecedents.read(sentence.text)
        if not bullet and unit.rstrip().endswith(":") and sentences:
            lead = _clean(sentences[-1].text, antecedents).rstrip(":")
        if len(parts) >= MAX_CLAIMS or page.examined >= MAX_EXAMINED:
            page.stopped_at = unit_line
            break
    parts = parts[:MAX_CLAIMS]
    rarity = _rarity([own for _, _, own, _ in parts])
    claims: list[Claim] = []
    taken: set[str] = set()
    suffixes: dict[str, int] = {}
    placed: set[tuple[str, str]] = set()
    figure_notes: dict[tuple[int, int], str] = {}  # (claim, figure) index: why the editor should look
    split_from = Counter(id(sentence) for sentence, _, _, _ in parts)
    for sentence, statement, own, figures in parts:
        claim_figures = []
        bases = _baselines(statement, figures)
        for f in figures:
            if len(claim_figures) == MAX_FIGURES:  # what a claim file may hold; the rest is left out
                figure_notes[(len(claims), MAX_FIGURES - 1)] = f"the sentence holds more figures: only {MAX_FIGURES} are kept"
                break
            spot = (sentence.text, _fold(f.text))
            if spot in placed or any(b is f for b in bases.values()):
                continue  # a figure of a sentence's head goes to its first claim only; a baseline is no outcome
            placed.add(spot)
            base = bases.get(id(f))
            metric, note = _metric(statement, f, figures)
            if note:
                figure_notes[(len(claims), len(claim_figures))] = note
            claim_figures.append(Figure(metric, f.quantity, baseline=base.quantity if base else None))
        cues = negation_cues(statement)
        claims.append(Claim(
            id=_claim_id(own, claim_figures, rarity, taken, suffixes),
            statement=statement,
            topic=_topic(own) or _topic(statement),
            quote=sentence.text,
            negated=True if len(cues) % 2 else None,
            figures=tuple(claim_figures),
            line=sentence.line,
        ))
    notes = {c.id: [*claim_notes.get(id(part[0]), []), *(
        [f"one of {split_from[id(part[0])]} claims drafted from one sentence"] if split_from[id(part[0])] > 1 else [])]
        for c, part in zip(claims, parts, strict=True)}
    notes = {k: v for k, v in notes.items() if v}
    for (i, j), note in figure_notes.items():
        notes.setdefault(f"{claims[i].id}#{j}", []).append(note)
    document = Document(id=doc_id, role=role, title=page.title or page.site or doc_id, claims=tuple(claims), text=path, path=path)
    return Draft(document, page.dropped, passed_over, page.stopped_at, notes)


# --- units, furniture and the title -------------------------------------------------------------

def _units(text: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each line, with lines wrapped inside a paragraph joined; read lazily."""
    unit: list[str] = []  # the lines of the current unit, joined when it ends: linear in the text
    start = words = 0
    previous_end = -1
    for number, line in enumerate(text.splitlines(), 1):
        if "<" in line or "&" in line:
            line = _TAG.sub(" ", line)  # tags and non-breaking spaces of a pasted HTML fragment
        line = " ".join(line.split())
        if not line:
            previous_end = -1
            continue
        if unit and previous_end == number - 1 and not re.search(r"[.!?:;\"”’)]$", unit[-1]) \
                and line[0].islower() and words > 8:
            unit.append(line)
            words += len(line.split())
        else:
            if unit:
                yield start, " ".join(unit)
            unit, start, words = [line], number, len(line.split())
        previous_end = number
    if unit:
        yield start, " ".join(unit)


def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a line of an article is, or None when it may be body text."""
    words = len(line.split())
    if words > FURNITURE_WORDS:
        # A paragraph is furniture when most of its sentences are ("The market carries risks. …");
        # a news paragraph that mentions a newsletter or cookies keeps its other sentences.
        parts = [p for p in itertools.islice(re.finditer(r"\S.*?(?:[.!?](?=\s)|$)", line), 60)]
        flagged = sum(1 for m in parts if len(m.group().split()) <= FURNITURE_WORDS and furniture_kind(m.group()))
        return "disclaimer" if flagged * 2 > len(parts) else None
    for kind, pattern in _FURNITURE:
        if pattern.search(line):
            return kind
    if words <= 12:
        if _TIMESTAMP_WORDS.sub("", line).strip() == "" and re.search(r"\d", line):
            return "timestamp"
        for kind, pattern in _SHORT_FURNITURE:
            if pattern.search(line):
                return kind
        if _LIST_HEADING.match(line):
            return "list"
    return None


def _is_heading(line: str) -> bool:
    return not re.search(r"[.!?:;\"”’)]$", line) and len(line.split()) <= 20


def _is_body_prose(line: str) -> bool:
    # What ends a related-articles list: a paragraph, not another headline or teaser.
    return len(line.split()) >= 35 and re.search(r"[.!?][\"”’)]*$", line) is not None and not _cut_off(line)


def _cut_off(line: str) -> bool:
    return line.endswith(("...", "…"))


def _body(text: str, page: _Page) -> Iterator[tuple[int, str, bool]]:
    """The units of body text, and whether each was a bullet point; the headline and the count of
    furniture lines go to page."""
    in_list = False
    seen: set[str] = set()
    for line_no, unit in _units(text):
        if page.examined >= MAX_EXAMINED:
            page.stopped_at = line_no
            return
        page.examined += 1
        kind = furniture_kind(unit)
        if kind == "list":
            in_list = True
        if in_list and kind is None and _is_body_prose(unit):
            in_list = False
        if kind or in_list:
            page.dropped += 1
            continue
        key = _fold(unit)
        if key in seen:
            continue
        seen.add(key)
        if page.title is None and len(unit.split()) < 5 and not _BULLET.match(unit):
            page.site = page.site or unit  # "Meridian News Agency" above the headline: the site's name
            continue
        if page.title is None:
            if len(unit.split()) > TITLE_WORDS:
                page.title = _first_words(unit)
            else:
                page.title, page.title_line = _BULLET.sub("", unit), line_no
                if not _reads_as_sentence(unit):
                    continue  # a headline; a lead sentence standing first is the title and a claim too
        bullet = _BULLET.match(unit) is not None
        if bullet:  # a bullet point is a sentence, with or without its full stop
            unit = _BULLET.sub("", unit)
        elif _is_heading(unit):
            continue
        yield line_no, unit, bullet


def _reads_as_sentence(line: str) -> bool:
    """A full sentence rather than a headline: a final full stop, a dozen words or more, not in title case."""
    words = line.split()
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    return bool(re.search(r"[.!?][\"”’)]*$", line)) and len(words) >= 12 and not title_case or _DATELINE.match(line) is not None


def _first_words(unit: str) -> str:
    words = unit.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


# --- sentences and check-worthiness -------------------------------------------------------------

def _sentences(unit: str, line: int, limit: int, item: bool = False) -> tuple[list[_Sentence], int]:
    """The sentences of a unit that may be claims, from its first `limit` pieces, and how many pieces were looked at."""
    unit = _SOURCE_TAG.sub("\n", unit)
    pieces: list[str] = []
    for chunk in unit.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(chunk):
            end = m.end()
            # Only the word before the stop matters; a bounded look keeps "U.S. U.S. …" linear.
            before = chunk[max(start, m.start() - 40):end].rstrip("\"”’)]").rstrip(".!?")
            last = before.split()[-1].lower() if before.split() else ""
            if chunk[m.start()] == "." and (last in _ABBREVIATIONS or len(last.strip("(\"“")) == 1 or "." in last):
                continue
            pieces.append(chunk[start:end].strip())
            start = end
            if len(pieces) >= limit:
                break
        pieces.append(chunk[start:].strip())
        if len(pieces) >= limit:
            break
    pieces = [p for p in pieces[:max(limit, 0)] if p]
    out = []
    for i, piece in enumerate(pieces):
        if _cut_off(piece) or (i == 0 and piece[0].islower() and not item) or piece.endswith(("?", "!")) or _INDIRECT.match(piece) \
                or len(piece) > MAX_SENTENCE_CHARS or furniture_kind(piece):
            continue  # an excerpt cut off, a fragment, a question or a cry: not a claim
        if MIN_WORDS <= len(piece.split()) <= MAX_WORDS:
            out.append(_Sentence(piece, line))
    return out, len(pieces)


# A preview's expectations, whoever their subject: "is expected to", "will", "could", "would mark".
_FORWARD = re.compile(
    r"\b(?:(?:expected|set|likely|poised|due|scheduled|slated|tipped|seen|forecast|projected|planning|plans?|aims?"
    r"|intends?|hopes?|ready|going)\s+to|will|won't|would|could|may|might|should|shall|likely|expects?|anticipates?)\b",
    re.I)
# A report's outcomes: a verb in the past tense.
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|said|told|held|kept|left|set|cut|put|rose|fell|grew|made|took|gave|met|won|lost"
                   r"|saw|came|went|became|began|brought|sought|bought|sold|spent|paid|stood|hit|beat|missed|struck|agreed"
                   r"|was|were|did|had)\b")


def _evidence(sentence: str, figures: list[FoundFigure], role: str = "report") -> int:
    """How strongly a sentence reads as a checkable claim (see the module docstring)."""
    words = _WORD.findall(sentence)
    lower = [w.lower().strip("'’") for w in words]
    score = 2 if figures else 0
    if role == "preview" and _FORWARD.search(sentence) or role == "report" and _PAST.search(sentence) \
            and (figures or len(words) >= 8):
        score += 1  # an expectation or an outcome counts whatever its subject
    if any(w in _MODALS or w in _ACTION_WORDS or (w.endswith("ed") and len(w) > 4) for w in lower):
        score += 1
    countries = {s for s, _ in terms(sentence) if s in COUNTRIES}
    named = any(w[0].isupper() and w.lower() not in _CAPITALS_NOT_NAMES for w in words[1:])
    if countries or named or _ACTOR_NOUNS & set(lower):
        score += 1
    if _COMMENTARY.search(sentence):
        score -= 2
    return score


def _worthy_figures(sentence: str) -> list[FoundFigure]:
    """The figures of a sentence worth checking: not dates, years, ordinals or parts of names."""
    scan = re.sub(r"\\(?=\d)", "¥", sentence)  # a yen sign that came through as a backslash
    out = []
    for f in find_figures(scan):
        q = f.quantity
        if re.search(r"[,;]\s", f.text):
            continue  # "the first quarter, two sources": words that happen to follow each other
        before = scan[:f.start].rstrip()
        previous = before.split()[-1].strip(",.;:(\"“") if before.split() else ""
        if q.dimension == "count":
            if not q.unit or q.unit[0].isdigit():
                continue  # a bare number: a day, a year, a count of nothing named
            if previous.lower() in _MONTHS or q.unit in _MONTHS or q.unit in {"st", "nd", "rd", "th"}:
                continue  # a date or an ordinal
            if re.fullmatch(r"1[89]\d\d|20\d\d", f.text.strip()) or re.match(r"(1[89]\d\d|20\d\d)\b", f.text):
                continue  # a year ("the 2025 budget")
            if any(c.isupper() for c in previous) and previous.lower() not in _CAPITALS_NOT_NAMES | {"the", "a", "an"}:
                continue  # a model or a name: "iPhone 17", "Section 232", "Article 5"
            if f.text.split()[-1][:1].isupper():
                continue  # "17 Pro", "2025 Annual Meeting": a name again
            if f.start and (scan[f.start - 1].isalpha() or scan[f.start - 1] == "-" and f.start > 1
                            and scan[f.start - 2].isalnum()):
                continue  # glued to letters: "G7", "F-35"
            if scan[f.end:f.end + 1].isalpha():
                continue  # "5G"
            if not _counts_a_quantity(f, scan):
                continue
        out.append(f)
    return out


# What lies between an outcome and its baseline: "to 1.5% from 1.8%", "0.9%, down from 1.2%".
_FROM_AFTER = re.compile(r"(?:\s+(?:in|for)\s+\S+|\s+(?:this|last|next)\s+\w+)?"
                         r"\s*,?\s*(?:(?:up|down|unchanged|rising|falling|compared)\s+)?(?:from|with|against|versus|vs\.?)\s+"
                         r"(?:the\s+|an?\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _baselines(statement: str, figures: list[FoundFigure]) -> dict[int, FoundFigure]:
    """For each outcome figure (by id), the figure it changed from: "to 1.5% from 1.8%", "from 10% to 18%",
    "0.9%, down from 1.2%". A baseline is written as `from:`, never compared as an outcome."""
    found: dict[int, FoundFigure] = {}
    split: list[FoundFigure] = []
    for f in figures:
        # The reader takes "from 10% to 18%" for a range: it is a change, 18% from 10%.
        parts = re.fullmatch(r"(.+?)\s+to\s+(.+)", f.text)
        if parts and _FROM_BEFORE.search(statement[:f.start]):
            try:
                low, high = parse_figure(parts.group(1)), parse_figure(parts.group(2))
            except FigureError:
                split.append(f)
                continue
            base, outcome = FoundFigure(f.start, f.start + len(parts.group(1)), low), FoundFigure(
                f.end - len(parts.group(2)), f.end, high)
            split += [base, outcome]
            found[id(outcome)] = base
        else:
            split.append(f)
    figures[:] = split
    for a, b in zip(figures, figures[1:], strict=False):
        between = statement[a.end:b.start]
        if not a.quantity.comparable(b.quantity):
            continue
        if _FROM_AFTER.fullmatch(between):
            found[id(a)] = b  # "to 1.5% from 1.8%"
        elif re.fullmatch(r"\s+to\s+", between) and _FROM_BEFORE.search(statement[:a.start]):
            found[id(b)] = a  # "from 10% to 18%"
    return found


# Counts that are not figures an editor compares: durations ("almost five years"), people and sources
# ("two sources", "18 economists"), ordinals ("the third fiscal quarter"), names ("Group of Seven"),
# clock times ("11:00") and a number before a verb or an adjective ("the other two see").
_DURATIONS = frozenset("second minute hour day week month year decade century quarter session term".split())
_PEOPLE = frozenset("""
source leader economist analyst official person people member minister country nation delegate lawmaker
policymaker governor trader respondent expert participant reporter observer diplomat banker strategist
""".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())


def _counts_a_quantity(f: FoundFigure, scan: str) -> bool:
    unit = f.quantity.unit.lower()
    first = f.text.split()[0]
    following = re.match(r"\s+([a-z]+?)s?\b", scan[f.end:])
    if unit in _DURATIONS or unit in _PEOPLE or first.lower() in _ORDINALS \
            or following is not None and following.group(1) in _DURATIONS:  # "four straight months"
        return False
    if first[:1].isupper() and f.start and not re.search(r"[.!?]\W*$", scan[:f.start]):
        return False  # "Seven" of "Group of Seven": a number word capitalised inside a sentence names something
    if f.start and scan[f.start - 1] == ":" or scan[f.end:f.end + 3].startswith((":", " am", " pm", " a.m", " p.m")):
        return False  # 11:00, 9 am
    return not (unit in STOPWORDS or unit in _MODALS or unit in _ACTION_WORDS or unit.endswith(("al", "ic", "ive")))


# --- statements and compound sentences ----------------------------------------------------------

class _Antecedents:
    """The people and organisations an article has named so far, for "He", "She", "It", "The bank"."""

    def __init__(self) -> None:
        self.person: str | None = None
        self.org: str | None = None
        self.resolved: str | None = None  # what the last resolve() did, for the editor
        self.names: set[str] = set()  # words written capitalised inside a sentence: names
        self.surnames: dict[str, str] = {}  # a person's last name: how the article first named them

    def read(self, sentence: str) -> None:
        """Note who a sentence names, after it has been drafted (a pronoun points back, not forward)."""
        text = _LEAD_INS.sub("", _DATELINE.sub("", sentence, count=1))
        self.names.update(m.group() for m in re.finditer(r"(?<=[\w,;] )[A-Z][\w+&'’-]*", text))  # not first words
        mentions = [(m.start(), m.group().rstrip(",")) for m in _PERSON.finditer(text)]
        for _, person in mentions:
            self.surnames[person.split()[-1]] = person
        # "Trump reiterated …" after "US President Trump": a surname alone names the person met before.
        mentions += [(m.start(), self.surnames[m.group()]) for m in re.finditer(r"\b[A-Z][a-zà-ÿ'’-]+\b", text)
                     if m.group() in self.surnames]
        people = [person for _, person in sorted(mentions)]
        subject = _subject(text)
        subject = re.sub(r"\s*\([^)]*\)", "", subject) if subject else None  # "Norvik (NASDAQ: NVKS)"
        if subject and "," not in subject and not _PRONOUN.match(subject) and not _GENERIC_SUBJECT.match(subject) and self._is_org(subject):
            self.org = subject
        if people:
            self.person = max(people, key=len) if len(people) > 1 and text.find(people[-1]) < 3 else people[-1]

    def _is_org(self, subject: str) -> bool:
        words = subject.split()
        if _PERSON.search(subject) or re.search(r"\b" + _TITLE_WORDS + r"\b", subject) \
                or words[-1].rstrip("'’s") in self.surnames:
            return False  # a person, or a person's role ("The Finance Minister")
        if words[-1].lower().rstrip(",").removesuffix("'s").removesuffix("’s") in _ORG_WORDS:
            return True  # the head noun names an organisation: "Sweden's central bank", not "ministry officials"
        # Up to three capitalised words that are not a person's and are names, not a sentence's first
        # word ("Guidance will matter"): "Norvik", "OPEC+", "Aster Computing".
        return len(words) <= 3 and words[0].lower() not in _NOT_ORGS and all(w[:1].isupper() for w in words) and any(
            w in self.names or sum(c.isupper() for c in w) > 1 or any(t in COUNTRIES for t, _ in terms(w))
            for w in words)

    def resolve(self, text: str) -> str:
        """text with a pronoun subject named: a person for he/she, an organisation for it/the bank."""
        m = _PRONOUN.match(text)
        generic = _GENERIC_SUBJECT.match(text)
        said, named = None, None
        if m and m.group(1).lower() in {"he", "she"} and self.person:
            said, named = m.group(1), self.person
        elif m and m.group(1).lower() == "it" and self.org:
            said, named = m.group(1), self.org
        elif generic and self.org and not _GENERIC_SUBJECT.match(self.org):
            said, named = generic.group(1), self.org  # "The bank may also …" after "The European Central Bank …"
        self.resolved = f"'{said}' read as {named}" if named else None
        return named + text[len(said):] if said and named else text


_PRONOUN = re.compile(r"^(He|She|It)\s+(?=[a-z])")
_TITLE_WORDS = (r"(?:President|Prime Minister|Chancellor|Chair(?:man|woman)?|Governor|Secretary|Minister|CEO|Premier"
                r"|Commissioner|Director|Chief Executive|Treasurer|Senator|King|Queen|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)")
# A person: a title and a name ("ECB President Christine Lagarde", "Prime Minister Ishiba"), or a first and last
# name before a verb of speech ("Anke Steiner said"; not "Norvik Semiconductor is expected").
_PERSON = re.compile(
    r"\b(?:(?:[A-Z][A-Za-z.+]*\s+){0,2}" + _TITLE_WORDS + r"(?:\s+[A-Z][a-zà-ÿ'’-]+){1,3}"
    r"|[A-Z][a-zà-ÿ'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-zà-ÿ'’-]+(?=,?\s+(?:said|says|told|added|declined|refused"
    r"|argued|noted|wrote)\b))")
_ORG_WORDS = frozenset("""
bank banks fund group company firm government ministry council commission committee cartel corp corporation inc
ltd plc agency authority reserve riksbank fed ecb boj opec opec+ imf union parliament board administration
treasury exchange regulator lender insurer carmaker airline retailer alliance organisation organization
""".split())
_NOT_ORGS = frozenset("""
the a an analysts economists markets investors traders officials sources leaders policymakers this that these those
there it they we he she i you some many most all both each one two three
""".split())


def _clean(sentence: str, antecedents: _Antecedents) -> str:
    """The sentence as a statement: no dateline or lead-in, a pronoun subject named, no trailing full stop."""
    text = _DATELINE.sub("", sentence, count=1)
    for _ in range(3):
        stripped = _LEAD_INS.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    text = antecedents.resolve(text)
    text = _trim(text.rstrip().rstrip("."))
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters) and len(text.split()) >= 4:
        text = _sentence_case(text)
    return text[:1].upper() + text[1:] if text else sentence


_TRAILING = re.compile(
    r",\s+(?:saying|adding|arguing|citing|explaining|according to|a (?:larger|smaller|bigger|move|decision|step|sign)"
    r"|an? \w+ (?:move|step|sign|shift)|the (?:first|second|third|largest|biggest|latest)|as (?:policymakers|officials"
    r"|investors|markets|analysts|traders)|which|amid|marking|reminiscent of|in a (?:move|sign|bid)|although|though)\b")


# "…, some analysts said, although …": who said it, in the middle of a sentence.
_MID_ATTRIBUTION = re.compile(r",\s+(?:(?:some|two|three|several|many|most|the|other)\s+)?(?:[\w’'-]+\s+){0,3}?"
                              r"(?:said|say|says|told \w+|added)\s*,\s+(?=(?:although|though|but|while|and)\b)")
_ATTRIBUTION = re.compile(r",\s+(?:according to [^,]+|(?:the |two |three |several |some )?[\w\s’'-]{0,50}?"
                          r"\b(?:said|says|added|told \w+|reported))$")


def _trim(statement: str) -> str:
    """The main clause: who said it at the end goes ("…, two sources said"), and a trailing aside
    ("…, a larger move than expected") when it holds no figure."""
    statement = _MID_ATTRIBUTION.sub(", ", statement)
    attribution = _ATTRIBUTION.search(statement)
    if attribution and len(statement[:attribution.start()].split()) >= MIN_WORDS - 1:
        statement = statement[:attribution.start()]
    m = _TRAILING.search(statement)
    speech = m is not None and m.group().lstrip(", ").startswith(("saying", "adding", "arguing"))
    if m and len(statement[:m.start()].split()) >= MIN_WORDS - 1 and (speech or not _worthy_figures(statement[m.start():])):
        return statement[:m.start()]
    return statement


_KEEP_UPPER = {"us", "u.s.", "uk", "eu", "un", "nato", "opec", "opec+", "lng", "gdp", "ai", "ceo", "fed",
               "ecb", "boj", "imf", "g7", "g20", "usd", "jpy", "eur"}


def _sentence_case(text: str) -> str:
    words = text.lower().split()
    out = [w.upper() if w.strip(",.;:()\"'") in _KEEP_UPPER else w for w in words]
    return " ".join(out)


def _split(statement: str) -> list[tuple[str, str]]:
    """One (statement, own words) per commitment of a compound sentence; else the sentence itself."""
    listed = _split_colon(statement)
    if listed:
        return listed
    out = []
    for clause in _clauses(statement):
        out += _split_list(clause) or _split_intents(clause) or [(clause, clause)]
    return out


_CLAUSE_JOINT = re.compile(r"(?:,|;)\s+(?:and|but|while)\s+(?=(?:they|he|she|it|we|the \w+|an? \w+|[A-Z]\w+)\s)"
                           r"|;\s+(?=[a-z])")


def _clauses(statement: str) -> list[str]:
    """Clauses with their own subject and verb: "…, and they expect the unemployment rate to rise"."""
    pieces = []
    start = 0
    for m in _CLAUSE_JOINT.finditer(statement):
        right = statement[m.end():].split()
        left = statement[start:m.start()]
        if len(left.split()) >= MIN_WORDS - 1 and len(right) >= 4 and any(_verbish(w) for w in right[1:3]):
            pieces.append(left)
            start = m.end()
    pieces.append(statement[start:])
    return [p[:1].upper() + p[1:] for p in pieces]


def _split_colon(statement: str) -> list[tuple[str, str]]:
    """ "The budget is expected to include three measures: a cut in X, a rise in Y and a freeze on Z":
    one claim per measure, each stated with the words before the colon."""
    head, colon, rest = statement.partition(": ")
    if not colon or not rest[:1].islower() or len(head.split()) < 3:
        return []  # no list, or a quotation ("she said: We …")
    items = re.split(r";\s*(?:and\s+)?" if ";" in rest else r",\s*(?:and\s+)?|\s+and\s+", rest)
    items = [i.strip(" ,") for i in items if i.strip(" ,")]
    if len(items) < 2 or any(len(i.split()) < 2 for i in items):
        return []
    return [(f"{head}: {item}", item) for item in items]


def _is_gerund(word: str) -> bool:
    w = word.lower()
    return w.endswith("ing") and len(w) > 5 and w not in _NOT_GERUNDS


def _split_list(statement: str) -> list[tuple[str, str]]:
    for cue in _LIST_CUE.finditer(statement):
        rest = statement[cue.end():]
        if not rest or not _is_gerund(rest.split()[0]):
            continue
        items = re.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+(?=[a-z]+ing\b)", rest)
        listed: list[str] = []
        for item in items:
            if not item or not _is_gerund(item.split()[0]):
                break
            listed.append(item.strip())
        if len(listed) < 2:
            continue
        head = statement[:cue.start()].rstrip(", ")
        word = cue.group(1)
        joint = f", {word} " if word else ", "
        frame = _frame(head)
        out = [(f"{frame} {_base_form(item)}" if frame else f"{head}{joint}{item}", item) for item in listed]
        tail_at = _after(rest, listed[-1])
        tail = rest[tail_at:].lstrip(" ,;")
        if len([w for w in tail.split() if w.lower() not in STOPWORDS]) >= 2:
            out.append((f"{head} {tail}", f"{head} {tail}"))
        return out
    return []


def _frame(head: str) -> str | None:
    """ "Japan might" of "Japan might make concessions"; "Japan plans to" of "Japan plans to make …"."""
    subject = _subject(head)
    if not subject:
        return None
    words = head.split()[len(subject.split()):]
    if words and words[0].lower() in _MODALS:
        return f"{subject} {words[0]}"
    if "to" in [w.lower() for w in words[1:4]]:
        upto = [w.lower() for w in words].index("to", 1)
        return " ".join([subject, *words[:upto + 1]])
    return None


_GERUND_BASES = {"using": "use", "focusing": "focus", "adding": "add", "being": "be", "dying": "die",
                 "lying": "lie", "tying": "tie", "bringing": "bring", "singing": "sing", "creating": "create"}


def _base_form(item: str) -> str:
    """ "raising defense spending" → "raise defense spending": the -ing word in its base form."""
    first, _, rest = item.partition(" ")
    w = first.lower()
    if w in _GERUND_BASES:
        base = _GERUND_BASES[w]
    else:
        stem_ = w[:-3]
        if len(stem_) > 2 and stem_[-1] == stem_[-2] and stem_[-1] not in "lsz":
            base = stem_[:-1]  # cutting, planning
        elif re.search(r"([aeiou][cvzs]|[^aeiou][aeiou]k|nc|[^aeiou]at|[^aeiou]ut|ir|[^aeiou]ur|[^aeiou]id|[^aeiou]ud"
                       r"|[^aeiou]ar|[^aeiou]or|ang|eng|[rd]g|[^aeiou]ag|[^aeiou]in|[rl]s|[lr]v|rc)$", stem_):
            base = stem_ + "e"  # raising, increasing, reducing, creating, securing, changing
        else:
            base = stem_
    return f"{base} {rest}".strip()


def _after(rest: str, last_item: str) -> int:
    at = rest.find(last_item)
    return at + len(last_item) if at >= 0 else len(rest)


def _split_intents(statement: str) -> list[tuple[str, str]]:
    cuts = list(_INTENT_SPLIT.finditer(statement))
    if not cuts:
        return []
    first = statement[:cuts[0].start()]
    subject = _subject(first)
    if not subject:
        return []
    pieces = [first]
    starts = [m.end() for m in cuts]
    ends = [m.start() for m in cuts[1:]] + [len(statement)]
    for m, start, end in zip(cuts, starts, ends, strict=True):
        piece = statement[start:end].strip(" ,")
        if m.group().lstrip(", ").startswith("while"):
            verb = "are" if " and " in subject or subject.endswith("s") and subject[:1].islower() else "is"
            piece = f"{verb} {piece}"
        pieces.append(f"{subject} {piece}")
    if any(len(p.split()) < 4 for p in pieces):
        return []
    return [(p, p) for p in pieces]


def _subject(clause: str) -> str | None:
    """The words before the first verb of a clause, when they look like its subject."""
    words = clause.split()
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if lw in _MODALS or lw in _ACTION_WORDS or lw in {"is", "are", "was", "were", "has", "have"}:
            subject = " ".join(words[:i])
            return subject if 0 < i <= 6 and subject[:1].isupper() else None
    return None


# --- figures' metrics, topics and ids -----------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]\.?|[A-Za-z]|\d+(?:[.,]\d+)*|[,;:()!?]|\S")


def _metric(sentence: str, figure: FoundFigure, others: list[FoundFigure] | None = None) -> tuple[str, str | None]:
    """What a figure measures: the noun phrase it quantifies, with its year or quarter; and a note
    for the editor when the name is a guess."""
    note = None
    owned_at = figure.start  # where a possessive ("its") would stand before the metric
    after = _phrase_after(sentence[figure.end:])
    lead = _without_chained_figures(sentence[:figure.start], figure, others or [])
    if after and figure.quantity.dimension == "percent" and re.match(r"\s*of\b", sentence[figure.end:], re.I):
        whole = _phrase_before(lead)  # "spending to 2% of GDP": a share of GDP
        name = f"{whole} as a share of {after}" if whole else f"share of {after}"
    elif after:
        name = after
    else:
        relative = re.search(r",?\s+(?:which|that)\s+(?:\w+ly\s+)?\w+\s+(?:at|to|of|around|about)?\s*$", lead)
        # "its bond sales, which currently run at 5 billion crowns": the figure measures what "which" names.
        name = _phrase_before(lead[:relative.start()] if relative else lead)
        if name:
            owned_at = lead.rfind(name)  # "keep its voluntary cut of 1 million bpd": its is before the phrase
        else:
            name = _subject_metric(lead)
            note = "metric guessed from the sentence's subject"
        lowered = lead.lower().split()
        if name and lowered and lowered[-1] == "by":  # "cut its rate by 0.5 pp" measures the cut
            verb = next((w for w in reversed(lowered[-8:-1]) if w in _CHANGE_NOUNS), None)
            if verb:
                name = f"{name} {_CHANGE_NOUNS[verb]}"
    owner = sentence[:owned_at].split()[-1:]
    if owner and owner[0].lower() in _POSSESSIVES:
        named = _owner(sentence[:owned_at])
        name = f"{named}'s {name}" if named else name
    name = name.strip(" ,;:")
    if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1]:
        name = name[:-1]
    name = re.sub(r"(?<=\w )(?:its|their)\s+", "", name)  # "pace of its bond sales": whose is the claim's subject
    clause = sentence[figure.end:].split(",")[0]
    qualifier = _QUALIFIER.search(clause) or _LEADING_PERIOD.match(sentence)
    name = re.sub(r"\s+(?:in|for)(?:\s+fiscal)?$", "", name)  # "revenue in fiscal" cut before its year
    if name and qualifier and _fold(qualifier.group(1)) not in _fold(name):
        # "inflation at 1.4% in 2027", "For 2026-27, … a deficit target of 4.3%": the period is part of the metric
        name = f"{name} {qualifier.group().strip(' ,')}"
    if not name:
        name = " ".join(w for _, w in terms(sentence)[:4]) or "figure"
        note = "no noun phrase found for this figure: metric made of the sentence's first words"
    return name, note


# The year, quarter or half a figure is for: "1.4% in 2027", "$9 billion for the third quarter".
_QUALIFIER = re.compile(r"\s*,?\s*(?:in|for)\s+((?:fiscal\s+)?(?:(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?"
                        r"|(?:the|its|their) (?:fiscal )?(?:first|second|third|fourth|current|next) (?:fiscal )?"
                        r"(?:quarter|half|year)"
                        r"|Q[1-4](?: (?:19|20)\d\d)?|[HQ][1-4]|(?:this|next) year))\b")


# A period leading the sentence: "For 2026-27, …", "In the first quarter, …".
_LEADING_PERIOD = re.compile(r"\s*(?:in|for)\s+((?:fiscal\s+)?(?:19|20)\d\d(?:[-/]\d\d)?|the (?:fiscal )?(?:first|second"
                             r"|third|fourth) (?:fiscal )?(?:quarter|half))\s*,", re.I)


def _without_chained_figures(lead: str, figure: FoundFigure, others: list[FoundFigure]) -> str:
    """ "cut its rate by 25 basis points to 1.75%": for 1.75% the words before are "cut its rate"."""
    while True:
        m = re.search(r"\s(?:to|from|at)\s*$", lead)
        before = next((g for g in others if g.end <= len(lead) and g is not figure
                       and m and not lead[g.end:m.start()].strip(" ,")), None)
        if m is None or before is None:
            return lead
        lead = re.sub(r"\s(?:by|of|at|to|from|around|about)\s*$", " ", lead[:before.start]).rstrip() + " "


def _words_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _verbish(word: str) -> bool:
    w = word.lower()
    return (w in _MODALS or w in _ACTION_WORDS or w in {"is", "are", "was", "were", "be", "been", "has", "have", "had"}
            or (w.endswith("ed") and len(w) > 4) or _is_gerund(w))


# Scale and unit words the figure reader leaves after a number ("₹47,000 crore"): part of the value, not the metric.
_TIME_WORDS = _MONTHS | frozenset("next this last year years month week quarter today tomorrow yesterday monday "
                                  "tuesday wednesday thursday friday saturday sunday earlier later".split())
# Participles that qualify a metric rather than act: "adjusted earnings", "projected deficit".
_PARTICIPLE_ADJECTIVES = frozenset("adjusted unadjusted diluted combined revised estimated projected proposed planned "
                                   "reported consolidated annualised annualized expanded".split())
_UNIT_WORDS = frozenset("lakh lakhs crore crores bps bp pp basis points point percentage".split())


def _phrase_after(text: str) -> str:
    words = _words_of(text)
    while words and words[0].lower() in _UNIT_WORDS:
        words = words[1:]
    if words and (words[0].lower() in _METRIC_STOPS | _TIME_WORDS or words[0].lower() in {"a", "an", "the"}):
        return ""  # "4.4% next year", "1.75% on Thursday": when, not what
    out: list[str] = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i == 0 and lw == "of":
            continue
        if i == 0 and lw in _PREPOSITIONS | {"at", "by", "per", "a", "an"}:
            return ""  # "1 million bpd in place": what follows is not what the number measures
        if not w[0].isalpha() or lw in _METRIC_STOPS or re.match(r"\d", w):
            break
        if out and lw in _DETERMINERS and out[-1].lower() not in _PREPOSITIONS:
            break
        if not out and (_verbish(w) or lw in _DETERMINERS):
            break
        if lw == "located" and out:
            continue
        out.append(w)
        if len(out) == 7:
            break
    while out and out[-1].lower() in {"with", "in", "of", "for", "the"}:
        out.pop()
    return " ".join(out)


def _phrase_before(text: str) -> str:
    words = _words_of(text)
    i = len(words) - 1
    while i >= 0 and (words[i].lower() in _METRIC_SKIP_BEFORE or re.match(r"[$€£¥%]|\d+(?:[.,]\d+)*$", words[i])
                      and not re.fullmatch(r"(19|20)\d\d", words[i])):
        i -= 1
    # "the unemployment rate to rise to 4.4%": the change verb sits between the metric and the figure.
    change = ""
    if i >= 1 and words[i].lower() in _CHANGE_VERBS and words[i - 1].lower() in {"to", "will", "would", "could"}:
        # "revenue to grow 30%" measures the growth; "the rate to rise to 4.4%" the rate itself.
        change = "" if words[min(i + 1, len(words) - 1)].lower() in {"to", "at"} else _CHANGE_NOUNS.get(words[i].lower(), "")
        i -= 2
    elif i >= 0 and words[i].lower() in _LEVEL_VERBS:
        return ""  # "total cuts … amount to 2.2 million bpd": the subject names it
    out: list[str] = []
    while i >= 0 and len(out) < 8:
        w = words[i]
        lw = w.lower()
        # "its voluntary cut", "the inflation forecast": after a determiner, a verb-like word is a noun.
        noun = any(x.lower() in _DETERMINERS for x in words[max(0, i - 2):i]) and not (
            out and lw in _MODALS) and lw not in {"is", "are", "was", "were", "be", "been", "has", "have", "had"}
        year = re.fullmatch(r"(19|20)\d\d", w) is not None and i >= 1 and words[i - 1].lower() in {"for", "in", "of"}
        noun = noun or (bool(out) and lw in _PARTICIPLE_ADJECTIVES)  # "adjusted earnings"
        infinitive = bool(out) and i >= 1 and words[i - 1].lower() == "to" and not noun  # "to report adjusted …"
        if not (w[0].isalpha() or year) or (_verbish(w) and not noun) or infinitive \
                or lw in _METRIC_STOPS - {"on", "at", "from", "by"}:
            break
        if out and lw in _DETERMINERS and (i == 0 or words[i - 1].lower() not in {"in", "of", "with", "for", "on"}):
            break  # "the top foreign investors": the noun phrase starts here; "in the U.S." goes on
        out.append(w)
        i -= 1
    out.reverse()
    while out and out[0].lower() in _DETERMINERS | {"in", "of", "for", "with"}:
        out.pop(0)
    return " ".join([*out, change]) if out and change else " ".join(out)


def _subject_metric(text: str) -> str:
    # "The iPhone 17 Pro will be priced at $999" → "iPhone 17 Pro price".
    words = text.split()
    noun = next((_FIGURE_VERBS[w.lower()] for w in reversed(words) if w.lower() in _FIGURE_VERBS), "")
    subject: list[str] = []
    for w in words:
        if w.endswith(","):
            subject.append(w.rstrip(","))
            break
        if _verbish(w) and subject:  # "Underlying inflation": a first word ending in -ing is no verb
            break
        subject.append(w)
    while subject and subject[0].lower() in _DETERMINERS:
        subject.pop(0)
    return " ".join([*subject[:6], noun]).strip()


def _owner(before: str) -> str | None:
    """Whose figure "its" or "their" means: a named subject of the clause, or the agent after "by".

    Only a country is kept ("Japan's trade surplus"): a company's or a bank's name, or "Analysts",
    written before "its" adds words the other article's metric does not share."""
    clause = _LEAD_INS.sub("", before.strip())
    subject = _subject(clause)
    if subject and all(w[:1].isupper() for w in subject.split()):
        named = re.sub(r"^the\s+", "", subject, flags=re.I)
        return named if any(s in COUNTRIES for s, _ in terms(named)) else None
    agents = re.findall(r"\bby ((?:[A-Z][\w.'’-]*\s?){1,4})", before)
    return agents[-1].strip() if agents else None


# Direction words ("hike", "cut" stem to "increase", "decrease") say nothing of a topic.
_TOPIC_STEMS = {topic: frozenset(s for w in words for s, _ in terms(w)) - {"increase", "decrease"}
                for topic, words in TOPICS.items()}


def _topic(statement: str) -> str | None:
    """The topic with most words in the statement; on a tie, the one named first."""
    found = [s for s, _ in terms(statement)]
    best: tuple[int, int] | None = None
    chosen = None
    for topic, vocabulary in _TOPIC_STEMS.items():
        positions = [i for i, s in enumerate(found) if s in vocabulary]
        if positions and (best is None or (-len(positions), positions[0]) < best):
            best, chosen = (-len(positions), positions[0]), topic
    return chosen


def _rarity(texts: list[str]) -> dict[str, float]:
    frequency = Counter(s for text in texts for s in {s for s, _ in terms(text)})
    n = max(len(texts), 1)
    return {s: math.log((n + 1) / (k + 0.5)) for s, k in frequency.items()}


_ACTORS = COUNTRIES | {stem(t) for t in TITLES}


def _claim_id(own: str, figures: list[Figure], rarity: dict[str, float], taken: set[str],
              suffixes: dict[str, int]) -> str:
    """A few key words of the claim, rarest in the article first chosen, kept in their order."""
    source = figures[0].metric if figures else own
    words = source.split()
    verb = next((i for i, w in enumerate(words) if _verbish(w.strip(",;:"))), None)
    if verb is not None and not figures:
        predicate = " ".join(words[verb + 1:])
        if len(_id_words(predicate)) >= 2:
            source = predicate
    candidates = _id_words(source)
    if not candidates:
        candidates = [(i, s, w) for i, (s, w) in enumerate(terms(own)) if s not in _ACTORS]
    ranked = sorted(dict((s, (p, w)) for p, s, w in reversed(candidates)).items(),
                    key=lambda kv: (-rarity.get(kv[0], 0.0), kv[1][0]))
    chosen: list[tuple[int, str]] = []
    for _, (position, written) in ranked:
        chosen.append((position, written))
        slug = _slug("-".join(w for _, w in sorted(chosen)), 48)
        if len(chosen) >= 3 and slug not in taken:
            break
    slug = _slug("-".join(w for _, w in sorted(chosen)), 48) or "claim"
    unique, n = slug, suffixes.get(slug, 2)
    while unique in taken:
        unique, n = f"{slug}-{n}", n + 1
    suffixes[slug] = n  # the next suffix to try: a list of like lines is not probed -2, -3, … each time
    taken.add(unique)
    return unique


def _id_words(text: str) -> list[tuple[int, str, str]]:
    names = actor_names([text])
    return [(position, s, written) for position, (s, written) in enumerate(terms(text))
            if s not in _ACTORS and s not in names and written not in _ID_NOISE and written not in _CAPITALS_NOT_NAMES
            and not _verbish(written) and not written.endswith("ly") and len(written) >= 3]


def _slug(text: str, limit: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug if re.fullmatch(ID_PATTERN, slug) else ""


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def uncompared_note(result: CheckResult) -> str | None:
    """How many figures of a check went uncompared and why, in one line; None when all were compared.

    A figure is compared when discrepancy.FigureIndex links it to one of the other article's.  One left
    alone has no figure of a like metric over there, or has one only in another unit, or lost to a
    closer figure of that metric.
    """
    from .discrepancy import FigureIndex  # only for a check of drafted text
    from .match import Lexicon, claim_texts

    expected, outcomes = list(result.preview.claims), list(result.report.claims)
    lexicon = Lexicon([claim_texts(c) for c in expected + outcomes],
                      [f.metric for c in expected + outcomes for f in c.figures])
    index = FigureIndex(lexicon, expected, outcomes, (result.preview.published, result.report.published))
    at = {id(c): j for j, c in enumerate(outcomes)}
    index.link({(i, at[id(e.match.claim)]) for i, e in enumerate(result.expectations)
                if e.match is not None and id(e.match.claim) in at})
    why: Counter[str] = Counter()
    for side, entries, others in ((0, index.pf, index.rf), (1, index.rf, index.pf)):
        with_candidates = {p for _, p, r in index.candidates} if side == 0 else {r for _, p, r in index.candidates}
        for k, entry in enumerate(entries):
            if k in index.linked[side]:
                continue
            if k in with_candidates:
                why["a closer figure of that metric was compared instead"] += 1
            elif any(_like_metrics(entry.figure.metric, o.figure.metric) for o in others):
                why["a like metric only in another unit or period"] += 1
            else:
                why["no figure of a like metric in the other article"] += 1
    if not why:
        return None
    total = len(index.pf) + len(index.rf)
    reasons = "; ".join(f"{k}: {v}" for k, v in why.most_common())
    return f"{sum(why.values())} of {total} figure{'s' if total != 1 else ''} went uncompared ({reasons})"


def _like_metrics(a: str, b: str) -> bool:
    sa, sb = {s for s, _ in terms(a)}, {s for s, _ in terms(b)}
    return bool(sa and sb) and len(sa & sb) * 2 >= len(sa | sb)


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
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # "claims:" then "  - id: …", as editors write it


def claim_file_text(draft: Draft, text_ref: str | None) -> str:
    """The draft as a claim file (version 1); text_ref is the article's path relative to where it is written."""
    doc = draft.document
    header = {"id": doc.id, "role": doc.role, "title": doc.title}
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
