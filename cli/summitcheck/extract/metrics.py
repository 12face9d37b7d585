"""What each figure measures (its metric name, with the period it is for) and a claim's topic (step 5)."""

from __future__ import annotations

import re

from ..figures import FoundFigure
from ..text import COUNTRIES, DOWN_WORDS, UP_WORDS, terms
from .segmenting import _fold
from .statements import _LEAD_INS, _subject
from .words import _MODALS, _MONTHS, _verbish

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
_CHANGE_NOUNS = {**dict.fromkeys(UP_WORDS, "increase"), **dict.fromkeys(DOWN_WORDS, "cut"),
                 "raised": "rise", "raise": "rise", "raises": "rise", "hiked": "hike", "hike": "hike"}
_LEVEL_VERBS = frozenset("amount amounts amounted total totals totaled totalled stand stands stood come comes came "
                         "reach reaches reached hit hits".split())
_CHANGE_VERBS = frozenset("rise fall climb drop reach hit increase decrease grow shrink stand remain".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our your".split())
_POSSESSIVES = frozenset("its their his her".split())
_PREPOSITIONS = frozenset("with in of for on to from between against".split())


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
