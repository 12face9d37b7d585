"""What each figure measures (its metric name, with the period it is for) and a claim's topic (step 5)."""

from __future__ import annotations

import re

from ..figures import RATE_MOVES, FoundFigure
from ..lazy import LazyPattern, compiled
from ..text import COUNTRIES, DOWN_WORDS, MONTHS, UP_WORDS
from .segmenting import _fold
from .statements import _LEAD_INS, _subject
from .words import _ACTORS, _COMMA_OR, _DETERMINERS, _DIGIT, _MODALS, _MONTHS, _NEXT_WORD, _is_gerund, _terms, _verbish

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
versus vs vs.
""".split())  # "$1.21 vs. $1.14 expected": a comparison, no noun the figure measures
_METRIC_SKIP_BEFORE = frozenset("to at by of from near with for around over in past next last the a an "
                                "is was were are be been of about roughly beyond above below under than "
                                "averaging totalling totaling reaching topping exceeding worth nearly almost just "
                                "some unchanged steady stable flat untouched intact unaltered unamended".split())
# What grows has growth ("the economy to grow 1.6%" is economic growth, as "GDP growth" names it).
_GROW = frozenset("grow grows grew growing grown".split())
_CHANGE_NOUNS = {**dict.fromkeys(UP_WORDS, "increase"), **dict.fromkeys(DOWN_WORDS, "cut"),
                 "raised": "rise", "raise": "rise", "raises": "rise", "hiked": "hike", "hike": "hike",
                 **dict.fromkeys(_GROW, "growth")}
_LEVEL_VERBS = frozenset("amount amounts amounted total totals totaled totalled stand stands stood come comes came "
                         "reach reaches reached hit hits stay stays stayed remain remains remained".split())
# The finite forms of those verbs, which end a subject ("margin came in at"); "total", "amount" are nouns too.
_LEVEL_FINITE = frozenset("amounts amounted totals totaled totalled stands stood comes came reaches reached hits "
                          "stays stayed remains remained".split())
_CHANGE_VERBS = frozenset("rise fall climb drop reach hit increase decrease grow shrink stand remain slow ease "
                          "accelerate edge dip slip widen narrow return".split())
_POSSESSIVES = frozenset("its their his her".split())
_PREPOSITIONS = frozenset("with in of for on to from between against".split())


_TOKEN = compiled(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]\.?|[A-Za-z]|\d+(?:[.,]\d+)*|[,;:()!?]|\S")


_LETTER = compiled(r"[A-Za-z]")
_ENDS_IN_COPULA = compiled(r"\b(?:is|are|was|were|be|been)\s+$")
_TRAILING_IN_FISCAL = compiled(r"\s+(?:in|for)(?:\s+fiscal)?$")


# An aside between a noun phrase and its verb: ", its fiscal second," of "pretax profit for the July-September quarter,
# its fiscal second, rose 11%"; ", the bank's preferred gauge," of "core inflation, the bank's preferred gauge, slowed".
# A determiner opens it, no number or clause mark is inside, and a lower-case word that opens no clause follows it.
_APPOSITIVE = compiled(r",\s+(?:its|their|his|her|the|an?)\s+[^,;:()\d]{1,50},(?=\s+(?!(?:and|or|but|while|whereas|which|"
                       r"who|whose|with|as|after|before|when|if|although|though|so|then|in|on|at|for|to|by|from)\b)"
                       r"[a-z]+\b)")


def _without_asides(sentence: str, figures: list[FoundFigure]) -> str:
    """sentence with each aside between a noun phrase and its verb (_APPOSITIVE) blanked, its length kept so that
    the figures' places hold; an aside holding a figure stays."""
    def blank(m: re.Match[str]) -> str:
        inside = any(m.start() <= g.start < m.end() for g in figures)
        return m.group() if inside else " " * len(m.group())
    return _APPOSITIVE.sub(blank, sentence)


def _metric(sentence: str, figure: FoundFigure, others: list[FoundFigure] | None = None,
            previous: str = "", role: str = "report", models: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """What a figure measures: the noun phrase it quantifies, with its year or quarter; and a note
    for the editor when the name is a guess.  `previous` is the sentence before, for what "it" and
    "its" point back to ("The cloud division … Analysts expect its revenue to grow 25%"); `models` are the
    product models the article names in full (article_models), for its short forms ("the Pro")."""
    if figure.quantity.dimension == "date":
        return _date_metric(sentence, figure), None
    sentence = _without_asides(sentence, [figure, *(others or [])])
    restated = next((g for g in others or [] if g.end <= figure.start
                     and _COMMA_OR.fullmatch(sentence[g.end:figure.start])), None)
    if restated is not None:
        # "earned $610 million, or 97 cents a share": the same thing in other terms, named as the figure before
        return _metric(sentence, restated, others, previous, role, models)
    claimed = _CLAIM_RELATIVE.search(sentence[:figure.start])
    if claimed:
        # "its N4 chip, which one leaker claims is 30% faster": the figure is said of what "which" points back to
        antecedent = _phrase_before(sentence[:claimed.start()])
        if antecedent:
            return _owned(antecedent, sentence, sentence.rfind(antecedent, 0, claimed.start()), previous), None
    price = _price(sentence, figure, others or [], previous, models)
    if price:
        return price, None
    if figure.quantity.dimension == "count" and figure.quantity.unit in _ACTORS:
        # "as many as 11 allies will report …", "signed by nine countries": how many act, named by what is counted
        # (compared only within claims that pair: discrepancy._GENERIC)
        return figure.text.split()[-1].lower(), None
    # A figure measures something of its own clause: "sales in the cloud division rose 25%, while
    # revenue from the hardware business fell 8%" — 8% is the hardware business's.
    cut = max((m.end() for m in _CLAUSE.finditer(sentence, 0, figure.start)
               if _LETTER.search(sentence[m.end():figure.start])), default=0)
    clause = sentence[cut:]
    here = FoundFigure(figure.start - cut, figure.end - cut, figure.quantity)
    mine = [FoundFigure(g.start - cut, g.end - cut, g.quantity) for g in others or [] if g.start >= cut]
    name, note = _named(clause, here, mine, previous)
    guided = _FORECAST_VERB.search(clause[:here.start].rsplit(",", 1)[-1])
    if guided and role == "preview" and _ENDS_IN_COPULA.search(clause[:guided.start()]) \
            and clause[guided.end():].startswith(" to "):
        # a preview's "profit is forecast to fall to €2.1 billion" is the expectation of the outcome the report
        # gives, not guidance (a report's "is forecast to" is a forecast it states)
        guided = None
    # "it expects revenue of $4.7 billion to $4.8 billion": guidance, not an outcome (how many moves a rate will
    # make is a projection on both sides: there "forecast" would tell it from nothing)
    if not _FORECAST_NAME.search(name) and guided and figure.quantity.unit not in RATE_MOVES:
        name = f"{name} forecast"
    # the period stated after the figure, before the next figure ("2.9% this year and 2.6% in 2027")
    following = min((g.start for g in others or [] if g.start >= figure.end), default=len(sentence))
    window = sentence[figure.end:following].split(",")[0]
    qualifier = _BARE_PERIOD.match(window) or _QUALIFIER.search(window) or _LEADING_PERIOD.match(sentence)
    if qualifier is None and not _PERIOD_WORDS.search(sentence):
        # a sentence that names no period goes on in the one the sentence before opened ("For the fiscal
        # second quarter, … earned $1.30 a share. Revenue rose 21% to $8.41 billion.")
        qualifier = _LEADING_PERIOD.match(previous) or _QUARTER_BEFORE.search(previous)
    name = _TRAILING_IN_FISCAL.sub("", name)  # "revenue in fiscal" cut before its year
    if name and qualifier and _fold(qualifier.group(1)) not in _fold(name):
        # "inflation at 1.4% in 2027", "For 2026-27, … a deficit target of 4.3%": the period is part of the metric
        name = f"{name} {qualifier.group().strip(' ,')}"
    if not name:
        name = " ".join(w for _, w in _terms(sentence)[:4]) or "figure"
        note = "no noun phrase found for this figure: metric made of the sentence's first words"
    return name, note


# Words that say how sure or how planned an event is, not what it is: "is expected to start", "will have to wait".
_NOT = compiled(r"n['’]t\b")
_NOT_THE_EVENT = _MODALS | frozenset("is are was were be been being has have had to expected likely set not wo ca".split())


def _date_metric(sentence: str, figure: FoundFigure) -> str:
    """What a date is the date of: the words of its clause before it, less how sure or planned the event is
    ("Deliveries in the US are expected to start in May" → "Deliveries US start"; "US orders will start shipping
    on May 19" → "US orders start shipping").  The date itself is no part of the name: "in May" must not make it
    a metric of May, which "in June" would then never answer."""
    lead = _NOT.sub(" not", sentence[:figure.start])  # "won't ship": "wo not", no "won"
    cut = max((m.end() for m in _CLAUSE.finditer(lead) if _LETTER.search(lead[m.end():])), default=0)
    words = [w for _, w in _terms(lead[cut:]) if w.lower() not in _NOT_THE_EVENT]
    comma = lead.rfind(", ", cut)
    if comma >= 0:
        # "According to analysts who track its orders, the Slate Fold will go on sale": after the lead-in, when
        # what follows still names a thing and what happens to it
        after = [w for _, w in _terms(lead[comma + 2:]) if w.lower() not in _NOT_THE_EVENT]
        words = after if len(after) >= 2 else words
    return " ".join(words[:6]) or "date"


# What markets quote: a company's shares, a currency, a yield, a named index ("euro zone", "won a contract" and
# "consumer price index" are not markets).
_MARKET = (r"(?:shares|stocks?|(?:share|stock) price|futures|yields?|dollar|euro(?![\s-]*(?:zone|area))|yen|pound"
           r"|sterling|krone|krona|franc|yuan|renminbi|rupee|loonie|peso|rand|currency|bonds?|gilts?|bunds?"
           r"|Nasdaq|S&P 500|Dow|FTSE|Nikkei|DAX)")
# How an article quotes a market at the time of writing, said of the market word itself (at most three words
# between them): "was trading at", "closed 0.4% higher", "have gained 9% so far this year".
_QUOTED = LazyPattern(rf"\b{_MARKET}\b(?:\s+[\w.'’-]+){{0,3}}?\s+(?:(?:was|were|is|are)\s+(?:trading|quoted|changing"
                     r"\s+hands)|traded|closed|opened|ended|finished|(?:have|has)\s+(?:gained|risen|fallen|lost|climbed"
                     r"|dropped|slipped|rallied|added))\b", re.I)
_EXPECTING = LazyPattern(r"\b(?:will|would|could|may|might|expected|expects?|likely|forecasts?|projected|seen|see|predict"
                        r"\w*|target)\b", re.I)


def market_quote(sentence: str) -> bool:
    """Whether a preview's sentence quotes a market at the time of writing ("The krone was trading at 10.62 per
    dollar on Wednesday"; "Fenwick shares have gained 9% so far this year"): not an expectation, and the report
    quotes the market again after the event, so its figures are not drafted for comparison."""
    return bool(_QUOTED.search(sentence) and not _EXPECTING.search(sentence))


# a month written in full or abbreviated ("Nov", "Sept"), never a word that starts like one ("Mayor")
_MONTH_NUMBERS = {**{m: i for i, m in enumerate(MONTHS, 1)}, **{m[:3]: i for i, m in enumerate(MONTHS, 1)},
                  "sept": 9}
_DATE = compiled(r"\b(?:(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2}),\s+(?P<y1>(?:19|20)\d\d)"
                   r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\s+(?P<y2>(?:19|20)\d\d)"
                   r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b")
DATE_LINES = 40  # a page gives its date near the top: the byline, the dateline, "Updated …"


def published_date(text: str) -> str | None:
    """The first full date in an article's first DATE_LINES lines, as YYYY-MM-DD ("Nov. 24, 2026",
    "7 December 2026", "2026-11-24"): what "next year" and "this quarter" in its figures are read against."""
    for line in text.splitlines()[:DATE_LINES]:
        for m in _DATE.finditer(line):
            if m.group("y3"):
                year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
            else:
                month = _MONTH_NUMBERS.get((m.group("m1") or m.group("m2")).lower(), 0)
                year, day = int(m.group("y1") or m.group("y2")), int(m.group("d1") or m.group("d2"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# Where a clause of its own starts inside a sentence.
_CLAUSE = compiled(r",\s*(?:while|whereas|but|with)\s+|;\s+")
# A verb that makes a figure a forecast: "forecast third-quarter revenue of", "it expects revenue of".
_FORECAST_VERB = compiled(r"\b(?:forecasts?|forecasted|forecasting|projects?|projected|guided|guides|predicts?"
                            r"|predicted)\b|\b(?:it|we|company|firm|group)\s+(?:now\s+|also\s+)?(?:expects|sees)\b", re.I)
_FORECAST_NAME = compiled(r"\b(?:forecasts?|projections?|outlook|guidance|targets?|estimates?)\b", re.I)
# A finite verb of change right before its figure: "revenue rose 10%", "shares down 6%".
# "would expand just 1.2%", "rose only 3%": an adverb of degree may stand between.
_CHANGED = compiled(r"\b([a-z]+)\s+(?:(?:just|only|a\s+further|another)\s+)?(?:by\s+)?$", re.I)
# What stands between a subject and its verb of change: "Kestrel shares had gained 22%", "freight revenue
# would grow 8%", "revenue is expected to rise 5%" (after "that", the metric is the clause's subject).
_AUXILIARIES = compiled(r"(?:\s+(?:has|have|had|is|are|was|were|be|been|would|will|could|may|might|should|can|must"
                          r"|to|likely|also|still|now"
                          # a participle only before its "to": "The inflation forecast rose" keeps its noun
                          r"|(?:expected|forecast|projected|seen|set|due)(?=\s+to\b)))+\s*$", re.I)
_MORE_UP = frozenset("jumped jumps climbed climbs surged surges gained gains soared soars advanced advances added up "
                     "rebounded".split())
_MORE_DOWN = frozenset("dropped drops slipped slips slid slides plunged plunges tumbled tumbles dipped dips sank sinks "
                       "eased eases down lost loses".split())
# A part of a company named as a subject: "The cloud division", "The data-center segment".
_SEGMENT = compiled(r"^\W*(?:the|its)\s+((?:[\w-]+\s+){0,3}?(?:division|segment|unit|business|arm))\b", re.I)


_EARNED = frozenset("earned earns earn".split())
_CHANGING = frozenset("rising falling easing climbing dropping growing slowing sliding jumping".split())
_CHANGE_AFTER = {**dict.fromkeys("increase increases rise rises gain gains jump jumps growth climb".split(), "increase"),
                 **dict.fromkeys("decrease decreases fall falls drop drops decline declines cut cuts slide".split(),
                                 "decrease")}


def _change_noun(word: str) -> str | None:
    """The change a noun after a figure names ("a 12% increase" → "increase"), None for any other word."""
    return _CHANGE_AFTER.get(word.lower())


def _change(word: str) -> str | None:
    """The change noun of a verb of change ("rose" → "increase"), None for any other word."""
    w = word.lower()
    if w in _GROW:
        return "growth"
    if w in UP_WORDS or w in _MORE_UP:
        return "increase"
    if w in DOWN_WORDS or w in _MORE_DOWN:
        return "decrease"
    return None


# A relative clause that reports a claim about its antecedent, up to the figure: "…, which one leaker claims is ",
# "…, which one insider claims will cost ", "… that analysts estimate at "; not "said on Wednesday that it expects "
# (a pronoun after "that" opens what was said).
_CLAIM_RELATIVE = compiled(r",?\s+(?:which|that)\s+(?!(?:it|they|he|she|we|i|you)\s)(?:[\w'’-]+\s+){0,3}?"
                           r"(?:claims?|claimed|says?|said|believes?|thinks?|reckons?|insists?|estimates?|estimated|expects?|suggests?|puts?|values?|valued)\s+"
                           r"(?:(?:is|are|was|were|will|would|could|may|might)\s+)?(?:(?:be|cost|costs|reach|total|top"
                           r"|hit)\s+)?(?:(?:at|around|about|roughly|some|nearly|almost)\s+)*$")


# A part of a counted whole: "one of the two dissenters", "each of its three divisions", "one of only two bidders".
_PARTITIVE = compiled(r"\b(?:one|two|three|four|five|some|most|all|each|none|any|several|many|few|both|either|neither)"
                      r"\s+of\s+(?:(?:the|its|their|his|her|our|only|just)\s+)*$", re.I)


_CHANGE_IN_WHAT = compiled(r"\s+[a-z]+\s+(?:in|of)\s+(?:the\s+)?(.+)")
_ONLY_COMMA_OR_ARTICLE = compiled(r"\s*,?\s*(?:an?|the)?\s*")
_ADJUSTED_IN_CLAUSE = compiled(r"[^,;]*\badjusted\b")
_AND_OR = compiled(r"\s+(?:and|or)\s+")
_OF_FOLLOWS = compiled(r"\s*of\b", re.I)
_DETERMINED_WORD_AT_END = compiled(r"\b(?:the|a|an|its|their)\s+([a-z]+)\s*$")
_RELATIVE_VERB_AT_END = compiled(r",?\s+(?:which|that)\s+(?:\w+ly\s+)?\w+\s+(?:at|to|of|around|about)?\s*$")
_SEGMENT_WORD = compiled(r"\b(?:segment|unit|division|business|arm)\b", re.I)
_INNER_POSSESSIVE = compiled(r"(?<=\w )(?:its|their)\s+")


def _named(sentence: str, figure: FoundFigure, others: list[FoundFigure], previous: str) -> tuple[str, str | None]:
    """The noun phrase a figure quantifies in its clause, and a note when it is a guess."""
    note = None
    if figure.quantity.dimension == "count" and figure.quantity.unit in RATE_MOVES:
        return f"rate {figure.quantity.unit}s", None  # "two more quarter-point cuts in 2027": how many, in its period
    raw = sentence[:figure.start]
    if figure.quantity.dimension == "count" and figure.quantity.unit and _PARTITIVE.search(raw):
        return figure.text.split()[-1].lower(), None  # "one of the two dissenters": a count of dissenters
    verb_before = _CHANGED.search(raw)
    change = _change(verb_before.group(1)) if verb_before else None
    if verb_before and change:
        # "Revenue rose 10% to $4.52 billion": 10% is the change; the level, after "to", is named below
        # "Kestrel shares had gained 22%": the noun phrase stands before the auxiliary
        before = _AUXILIARIES.sub(" ", raw[:verb_before.start()])
        name = _phrase_before(before) or _subject_metric(before)
        if name:
            return _owned(f"{name} {change}", before, before.rfind(name.split()[0]), previous), None
    noun = _NEXT_WORD.match(sentence[figure.end:])
    change = _change_noun(noun.group(1)) if noun else None
    of_what = _CHANGE_IN_WHAT.match(sentence[figure.end:])
    if change and of_what and _phrase_after(" " + of_what.group(1)):
        return f"{_phrase_after(' ' + of_what.group(1))} {change}", None  # "a 28% rise in the PHLX index"
    if change:
        # "is seen at $4.6 billion, a 12% increase from …": the change of what the clause is about
        # "$4.6 billion, a 12% increase": the change is of what the figure before it measures
        lead = next((raw[:g.start] for g in others if g.end <= figure.start
                     and _ONLY_COMMA_OR_ARTICLE.fullmatch(raw[g.end:])), raw)
        name = _phrase_before(lead) or _subject_metric(lead)
        if name:
            return f"{name} {change}", None
    if verb_before and verb_before.group(1).lower() in _EARNED:
        # "Telvora earned 88 cents a share on an adjusted basis": the figure is its earnings
        adjusted = "adjusted " if _ADJUSTED_IN_CLAUSE.match(sentence[figure.end:]) else ""
        return f"{adjusted}earnings", None
    owned_at = figure.start  # where a possessive ("its") would stand before the metric
    after = _phrase_after(sentence[figure.end:])
    joined = _AND_OR.match(sentence[figure.end:])
    partner = next((g for g in others if joined and g.start == figure.end + joined.end()
                    and g.quantity.unit == figure.quantity.unit), None)
    shared = _phrase_after(sentence[partner.end:]) if partner is not None and not after else ""
    if shared and not shared.split()[0].lower().endswith("ly"):  # "€41bn and €48bn respectively": no noun
        after = shared  # "41mm and 45mm case sizes": both measure case sizes
    lead = _without_chained_figures(sentence[:figure.start], figure, others or [])
    if after and figure.quantity.dimension == "percent" and _OF_FOLLOWS.match(sentence[figure.end:]):
        whole = _phrase_before(lead)  # "spending to 2% of GDP": a share of GDP
        name = f"{whole} as a share of {after}" if whole else f"share of {after}"
    elif after:
        name = after
        modifier = _DETERMINED_WORD_AT_END.search(sentence[:figure.start])
        if modifier and _OF_FOLLOWS.match(sentence[figure.end:]) and not _verbish(modifier.group(1)) \
                and modifier.group(1) not in _METRIC_SKIP_BEFORE:
            name = f"{modifier.group(1)} {name}"  # "the remaining 1.2 million bpd of voluntary cuts"
    else:
        relative = _RELATIVE_VERB_AT_END.search(lead)
        # "its bond sales, which currently run at 5 billion crowns": the figure measures what "which" names.
        name = _phrase_before(lead[:relative.start()] if relative else lead)
        if name:
            owned_at = lead.rfind(name)  # "keep its voluntary cut of 1 million bpd": its is before the phrase
        else:
            name = _subject_metric(lead)
            note = "metric guessed from the sentence's subject"
        lowered = lead.lower().split()
        if name and lowered and lowered[-1] == "by":  # "cut its rate by 0.5 pp" measures the cut
            changed = next((w for w in reversed(lowered[-8:-1]) if w in _CHANGE_NOUNS), None)
            if changed:
                name = f"{name} {_CHANGE_NOUNS[changed]}"
    name = _owned(name, sentence, owned_at, previous)
    segment = _SEGMENT.match(sentence)
    if segment and name and _fold(segment.group(1)) not in _fold(name) and not _SEGMENT_WORD.search(name):
        name = f"{segment.group(1)} {name}"  # "The data-center segment is expected to post revenue of …"
    name = name.strip(" ,;:")
    if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1]:
        name = name[:-1]
    name = _INNER_POSSESSIVE.sub("", name)  # "pace of its bond sales": whose is the claim's subject
    return name, note


def _owned(name: str, sentence: str, owned_at: int, previous: str) -> str:
    """The name with whose it is when "its"/"their" stands before it: a country ("Japan's trade
    surplus"), or a part of the company named as the subject here or in the sentence before ("The
    cloud division … its revenue" → "cloud division revenue")."""
    owner = sentence[:owned_at].split()[-1:]
    if not owner or owner[0].lower() not in _POSSESSIVES:
        return name
    named = _owner(sentence[:owned_at])
    if named:
        return f"{named}'s {name}"
    segment = _SEGMENT.match(sentence) or _SEGMENT.match(previous)
    return f"{segment.group(1)} {name}" if segment else name


# What a product is called: a name with a model code and its variant words ("Orbis X5 Pro", "AsterBook 14",
# "the 16 Pro"); a bare number counts only after a capitalised name or before a variant word.
# An edition in capitals after a model code is a variant too ("Deck 2 OLED"), a market's code is not ("Slate 11 US
# price"); a name with no digit ("Vela GT") is no product here.
_VARIANT = r"(?:\s+(?:Pro|Max|Ultra|Plus|Mini|Air|Lite|Fold|Flip|Edge|(?!(?:US|UK|EU|USA)\b)[A-Z]{2,5}\b(?![-.]\w)))"
_PRODUCT = compiled(rf"\b(?:[A-Z][\w-]*\s+)?[A-Za-z]+\d\w*{_VARIANT}*(?![\w,.]*\d)|\b[A-Z][\w-]*\s+\d{{1,3}}\b{_VARIANT}*"
                      rf"(?![\d,.]\d)|\b\d{{1,3}}{_VARIANT}+")
# A verb that puts a price on something: "costs", "is priced at", "starts at", "keep … at", "put it at".
_PRICE_VERB = compiled(r"\b(?:costs?|costing|priced|prices?|retails?|sells?|selling|sold\s+for|starts?|starting"
                         r"|stays?|remains?|keeps?|kept|put|puts|tipped|set)\b", re.I)
# Where a price applies: "in the US", "across the euro zone", "In the UK, …".
_REGION = compiled(r"\b(?:[Ii]n|[Aa]cross|[Ff]or)\s+(?:the\s+)?((?:U\.S\.|U\.K\.|[A-Z][a-z]+|US|UK|EU)(?:\s+[A-Z][a-z]+)?"
                     r"|euro[- ]?zone|euro area)\b")
_DIFFERENCE = compiled(r"^\s*(?:(more|higher|dearer|above)|(less|lower|cheaper|below))\b", re.I)


_ENDS_IN_BY = compiled(r"\bby\s+$")
_SCALED_AMOUNT = compiled(r"\d\s*(?:bn|billion|m|mn|million|trillion|tn|crore|lakh)\b", re.I)
_YEAR = compiled(r"(?:19|20)\d\d")
_IT = compiled(r"\bit\b")
_LEADING_ARTICLE = compiled(r"^(?:The|A|An)\s+")


def _price(sentence: str, figure: FoundFigure, others: list[FoundFigure], previous: str,
           models: tuple[str, ...] = ()) -> str | None:
    """A product's price, where a sentence puts one on a named model ("the base Orbis X5 at $799 in
    the US" → "Orbis X5 price in the US").  The model is the one named in the figure's own clause ("…, with the
    Max models at $1,599": a short form the article defines, `models`), else in the sentence before it, else
    the model the sentence before is about (its subject: "The Slate 11 is tipped at $549, the same as the Slate
    10 it replaces. In the UK, … £499" prices the Slate 11).  The market is the one named next to the figure,
    else after the last comma before it, else at the sentence's head ("In the UK, …").  A difference ("$50 more than") is the
    price's increase.  None when the figure is no such price, or a difference by which something is undercut or
    beaten ("by around $200")."""
    q = figure.quantity
    lead = sentence[:figure.start]
    if q.dimension != "money" or _ENDS_IN_BY.search(lead) \
            or _SCALED_AMOUNT.search(q.text) or not _PRICE_VERB.search(lead):
        return None
    taken = [(g.start, g.end) for g in others]
    clause_at = max((m.end() for m in _CLAUSE.finditer(lead)), default=0)
    # the figure's clause, else the first model of the sentence's head ("In Britain the Fold 3 costs £1,749, up from
    # £1,699 for the Fold 2, while buyers in Germany … will pay 1,999 euros": the Fold 3's), else the last one named
    head = lead[:lead.find(",")] if "," in lead else ""
    product = _model_in(lead, clause_at, taken, models) or _model_in(head, 0, taken, models, first=True) \
        or _model_in(lead, 0, taken, models)
    if product is None and (_IT.search(lead) or _IT.search(previous)):
        subject = _subject(previous) or ""
        product = _model_in(subject, 0, [], models) or _model_in(previous, 0, [], models)
    if product is None:
        return None
    product = _LEADING_ARTICLE.sub("", product)
    difference = _DIFFERENCE.match(sentence[figure.end:])
    if difference:
        return f"{product} price {'increase' if difference.group(1) else 'decrease'}"
    region = _place(sentence[figure.end:].split(",")[0]) or _place(lead.rsplit(",", 1)[-1]) or _place(
        sentence.split(",")[0] if sentence.split(",")[0] != sentence else "")
    return f"{product} price in {region}" if region else f"{product} price"


# A short form of a model the article names in full: "the Pro" of "Slate 13 Pro", "the Max models" of "N5 Max".
_SHORT_FORM = compiled(r"\b[Tt]he\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def article_models(text: str) -> tuple[str, ...]:
    """The product models an article names in full ("Slate 13 Pro", "N5 Max"), in order of first mention: what
    its short forms ("the Pro") stand for."""
    return tuple(dict.fromkeys(_LEADING_ARTICLE.sub("", m.group().strip()) for m in _PRODUCT.finditer(text)
                               if not _YEAR.fullmatch(m.group().strip())))


def _expanded(short: str, models: tuple[str, ...]) -> str | None:
    """The one model of the article whose name ends in `short` and is longer ("Pro" → "Slate 13 Pro"); None when
    none or several do."""
    words = short.split()
    found = {m for m in models if len(m.split()) > len(words) and m.split()[-len(words):] == words}
    return found.pop() if len(found) == 1 else None


def _model_in(text: str, start: int, taken: list[tuple[int, int]], models: tuple[str, ...],
              first: bool = False) -> str | None:
    """The last (with first, the first) model named in text[start:], in full or by a short form of one of
    `models`, outside the spans `taken` by figures."""
    full = [m for m in _PRODUCT.finditer(text, start)
            if not any(a <= m.start() < b for a, b in taken) and not _YEAR.fullmatch(m.group().strip())]
    found = [(m.start(), m.group().strip()) for m in full]
    for m in _SHORT_FORM.finditer(text, start):
        expanded = _expanded(m.group(1), models)
        # "A new Keyboard Folio for the Pro is expected to cost $199": after a preposition, the short form names
        # what the priced thing is for, not the priced thing
        after_preposition = text[start:m.start()].split()[-1:] in ([w] for w in (*_PREPOSITIONS, "at", "by"))
        if expanded and not after_preposition and not any(f.start() <= m.start(1) < f.end() for f in full):
            found.append((m.start(), expanded))
    return (min(found) if first else max(found))[1] if found else None


_PLACE_RE = compiled(r"euro[- ]?zone|euro area", re.I)


def _place(text: str) -> str | None:
    """A country or area named by "in/across the …" in text, as written ("the US", "the euro zone")."""
    for m in _REGION.finditer(text):
        written = m.group(1)
        if _PLACE_RE.fullmatch(written) or any(s in COUNTRIES for s, _ in _terms(written)):
            return ("the " if m.group().split()[1].lower() == "the" else "") + written
    return None


# The year, quarter or half a figure is for: "1.4% in 2027", "$9 billion for the third quarter", "in the three
# months ending May 31".
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "to $47.5 billion by 2030-31", "2% of GDP by 2027": the value reached by then is that year's.
_QUALIFIER = compiled(r"\s*,?\s*(?:(?:in|for|at|by|over|through|during)\s+(?:the\s+end\s+of\s+)?)"
                        r"((?:fiscal\s+)?(?:(?:end-)?(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?"
                        r"|the (?:three|six|3|6)[- ]months?|the (?:year|12 months|twelve months) to " + _MONTH_NAMES
                        + r"(?:\s+(?:19|20)\d\d)?"
                        r"|(?:the|its|their) (?:fiscal )?(?:first|second|third|fourth|final|current|next) (?:fiscal )?"
                        r"(?:quarter|half|year)(?: of (?:19|20)\d\d)?"
                        r"|" + _MONTH_NAMES + r"(?:\s+(?:19|20)\d\d)?(?!\s*\d)"
                        r"|Q[1-4](?: (?:19|20)\d\d)?|[HQ][1-4]|(?:this|next|last) year))\b")
# A period the sentence before is about: "… buybacks and dividends during the quarter."
_QUARTER_BEFORE = compiled(r"\s(?:during|in|for)\s+(the\s+(?:fiscal\s+)?(?:first\s+|second\s+|third\s+|fourth\s+)?"
                             r"quarter)[.!?]?$")
_PERIOD_WORDS = compiled(r"\b(?:(?:19|20)\d\d|quarter|year|month|half|week|annual|January|February|March|April|May"
                           r"|June|July|August|September|October|November|December|Q[1-4]|H[12])\b", re.I)
# A period right after its figure, without a preposition: "4.6% next year", "2.9% this year".
_BARE_PERIOD = compiled(r"\s*(?:so far\s+)?((?:this|next|last) (?:year|quarter))\b")


# A period leading the sentence: "For 2026-27, …", "In the first quarter, …".
_LEADING_PERIOD = compiled(r"\s*(?:in|for)\s+((?:fiscal\s+)?(?:19|20)\d\d(?:[-/]\d\d)?|the (?:fiscal )?(?:first|second"
                             r"|third|fourth) (?:fiscal )?(?:quarter|half))(?:\s+as\s+a\s+whole)?\s*,", re.I)


_ENDS_IN_TO_FROM_AT = compiled(r"\s(?:to|from|at)\s*$")
_ENDS_IN_FIGURE_PREPOSITION = compiled(r"\s(?:by|of|at|to|from|around|about)\s*$")


def _without_chained_figures(lead: str, figure: FoundFigure, others: list[FoundFigure]) -> str:
    """ "cut its rate by 25 basis points to 1.75%": for 1.75% the words before are "cut its rate"."""
    while True:
        m = _ENDS_IN_TO_FROM_AT.search(lead)
        before = next((g for g in others if g.end <= len(lead) and g is not figure
                       and m and not lead[g.end:m.start()].strip(" ,")), None)
        if m is None or before is None:
            return lead
        lead = _ENDS_IN_FIGURE_PREPOSITION.sub(" ", lead[:before.start]).rstrip() + " "


def _words_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


# Scale and unit words the figure reader leaves after a number ("₹47,000 crore"): part of the value, not the metric.
_TIME_WORDS = _MONTHS | frozenset("next this last year years month week quarter today tomorrow yesterday monday "
                                  "tuesday wednesday thursday friday saturday sunday earlier later".split())
# Participles that qualify a metric rather than act: "adjusted earnings", "projected deficit".
_PARTICIPLE_ADJECTIVES = frozenset("adjusted unadjusted diluted combined revised estimated projected proposed planned "
                                   "reported consolidated annualised annualized expanded imported exported".split())
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
        if i == 1 and not out and lw in _POSSESSIVES and words[0].lower() == "of":
            continue  # "14% of its revenue": whose is the subject's
        if i == 0 and lw in _PREPOSITIONS | {"at", "by", "per", "a", "an", "over", "during", "through", "until",
                                             "within"}:
            return ""  # "1 million bpd in place", "$40 billion over the 18 months": not what the number measures
        if not w[0].isalpha() or lw in _METRIC_STOPS or _DIGIT.match(w):
            break
        if out and lw in _DETERMINERS and out[-1].lower() not in _PREPOSITIONS:
            break
        if out and lw in {"it", "they", "we", "he", "she"}:
            break  # "voluntary cuts it made in 2023": a relative clause, not the noun phrase
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


# A verb that puts a level on what stands before it, with its modal or auxiliary: "the jobless rate would top out
# at", "is seen peaking at", "to settle at": the metric is the noun phrase before the verb group.
_LEVELLING = compiled(r"(?:\s+(?:would|will|could|may|might|to|is|are|was|were|be|been|seen|expected|likely))*"
                        r"\s+(?:(?:top|bottom)(?:s|ped|ping|ed|ing)?\s+out|peak(?:s|ed|ing)?|level(?:s|led|ling)?\s+off"
                        r"|settl(?:e|es|ed|ing))\s+(?:at\s+)?$", re.I)


# Words that say a figure is a span of what stands before them: "its estimate of the neutral rate unchanged in a
# range of 2.5% to 3.5%", "duties on pork ranging from 4.9% to 19.8%".
_SPANNING = compiled(r"\s+(?:unchanged\s+)?(?:in|within)\s+an?\s+(?:range|band)\s+of\s*$"
                       r"|\s+(?:ranging|ranges|range)\s+(?:from|between)\s*$", re.I)


# Nouns spelt as verbs that head a figure's noun phrase: "its 2027 inflation forecast to 2.4%".
_HEAD_NOUNS = frozenset("forecast forecasts estimate estimates plan plans target targets cut cuts increase increases "
                        "rise rises hike hikes".split())


def _after_determiner(words: list[str], i: int, head: bool) -> bool:
    """Whether words[i] follows a determiner closely ("the expected rise"), or is the head of a noun phrase a
    determiner opens with only words that are not verbs between ("its 2027 inflation forecast"): a verb-like
    word there is a noun."""
    if any(x.lower() in _DETERMINERS for x in words[max(0, i - 2):i]):
        return True
    if not head or words[i].lower() not in _HEAD_NOUNS:
        return False  # "the bank now sees inflation", "the segment rose": a verb, not the phrase's head
    for j in range(i - 1, max(-1, i - 6), -1):
        w = words[j].lower()
        if w in _DETERMINERS:
            return True
        if not w[0].isalnum() or (_verbish(w) and w not in _PARTICIPLE_ADJECTIVES) or w in _METRIC_STOPS \
                or w in _PREPOSITIONS:
            return False
    return False


_FIGURE_WORD = compiled(r"[$€£¥%]|\d+(?:[.,]\d+)*$")
_ACRONYM = compiled(r"[A-Z][A-Za-z]{1,5}")  # "CRR", "EPS", "SLR" (_phrase_before checks the capital after it)


def _phrase_before(text: str) -> str:
    text = _SPANNING.sub(" ", _LEVELLING.sub(" ", text))
    words = _words_of(text)
    i = len(words) - 1
    while i >= 0:
        if words[i].lower() in _METRIC_SKIP_BEFORE or (_FIGURE_WORD.match(words[i]) and not _YEAR.fullmatch(words[i])):
            i -= 1
        elif i >= 2 and words[i] == ")" and words[i - 2] == "(" and _ACRONYM.fullmatch(words[i - 1]):
            i -= 3  # "the cash reserve ratio (CRR) to 3.5%": the acronym restates the phrase before it
        else:
            break
    # "the unemployment rate to rise to 4.4%": the change verb sits between the metric and the figure.
    change = ""
    if i >= 1 and words[i].lower() in _CHANGE_VERBS and words[i - 1].lower() in {"to", "will", "would", "could"}:
        # "revenue to grow 30%" measures the growth; "the rate to rise to 4.4%" the rate itself.
        change = "" if words[min(i + 1, len(words) - 1)].lower() in {"to", "at"} else _CHANGE_NOUNS.get(words[i].lower(), "")
        i -= 2
    elif i >= 1 and i + 1 < len(words) and words[i + 1].lower() == "to" and (
            _change(words[i]) or words[i].lower() in _CHANGING):
        i -= 1  # "trimmed mean inflation falling to 2.7%": the level of what is falling
    elif i >= 0 and words[i].lower() in _LEVEL_VERBS:
        return ""  # "total cuts … amount to 2.2 million bpd": the subject names it
    elif i >= 1 and words[i].lower() in {"up", "down"} and (_verbish(words[i - 1]) or words[i - 1].lower() in {
            "is", "are", "was", "were", "be", "been"}):
        i -= 2  # "gilt yields edged down 2 basis points to 3.41%": a verb and its particle, the level is the yields'

    out: list[str] = []
    # "restart monthly increases of 150,000 bpd": the word before "of" and its figure is a noun
    before_of = i + 1 < len(words) and words[i + 1].lower() == "of"
    while i >= 0 and len(out) < 8:
        w = words[i]
        lw = w.lower()
        if out and i >= 2 and w == ")" and words[i - 2] == "(" and _ACRONYM.fullmatch(words[i - 1]):
            i -= 3  # "the goods and services tax (GST) rate": the acronym restates the words before it
            continue
        # "its voluntary cut", "the inflation forecast": after a determiner, a verb-like word is a noun.
        noun = (_after_determiner(words, i, not out) or (before_of and not out)) and not (
            out and lw in _MODALS) and lw not in {"is", "are", "was", "were", "be", "been", "has", "have", "had"}
        # "for 2027", and inside a noun phrase "its fiscal 2027 capital spending plan"
        year = _YEAR.fullmatch(w) is not None and i >= 1 and words[i - 1].lower() in {
            "for", "in", "of", "fiscal", "its", "the", "their"}
        if lw in {"year", "quarter"} and i >= 1 and words[i - 1].lower() in {"this", "next", "last"} and not out:
            out += [w, words[i - 1]]  # "its estimate for growth this year to 1.8%": the period the figure is for
            i -= 2
            continue
        noun = noun or (bool(out) and lw in _PARTICIPLE_ADJECTIVES)  # "adjusted earnings"
        # "to report adjusted …", "would restart monthly …": the word after "to" or a modal is a verb
        infinitive = bool(out) and i >= 1 and (words[i - 1].lower() == "to" or words[i - 1].lower() in _MODALS) \
            and not noun
        if not (w[0].isalpha() or year) or (_verbish(w) and not noun) or infinitive \
                or lw in _METRIC_STOPS - {"on", "at", "from", "by"}:
            break
        if out and lw in _DETERMINERS and i >= 2 and _is_gerund(words[i - 1]) and words[i - 2].lower() in {"for", "of"}:
            out += [w, words[i - 1], words[i - 2]]  # "its target for cutting the debt pile": the gerund's object
            i -= 3
            continue
        if out and lw in _DETERMINERS and (i == 0 or words[i - 1].lower() not in {"in", "of", "with", "for", "on",
                                                                                  "under"}):
            break  # "the top foreign investors": the noun phrase starts here; "in the U.S." goes on
        out.append(w)
        i -= 1
    out.reverse()
    while out and out[0].lower() in _DETERMINERS | {"in", "of", "for", "with"}:
        out.pop(0)
    return " ".join([*out, change]) if out and change else " ".join(out)


# A verb of saying or showing opens a reported clause, whose own subject is what its figure measures: "Harlow said
# operating income rose 8% to $1.2 billion", "Data showed core prices rose 2.5%".
# "reports", "shows", "notes" are nouns as often: not before a verb or a preposition of their own ("the new senior
# notes is expected to yield …", "notes due 2030")
_REPORTED = compiled(r"\b(?:said|says|say|reported|announced|announces|showed|noted|(?:reports|shows|notes)(?!\s+(?:is|are|was"
                     r"|were|will|would|could|may|might|should|can|have|has|had|to|of|and|or|on|in|for|from|due|with|at|by)\b))"
                     r"\s+(?:that\s+)?", re.I)


def _subject_metric(text: str) -> str:
    # "The iPhone 17 Pro will be priced at $999" → "iPhone 17 Pro price".
    reported = [m.end() for m in _REPORTED.finditer(text) if text[m.end():].strip()]
    if reported:
        text = text[reported[-1]:]
    words = text.split()
    noun = next((_FIGURE_VERBS[w.lower()] for w in reversed(words) if w.lower() in _FIGURE_VERBS), "")
    subject: list[str] = []
    for w in words:
        if w.endswith(","):
            subject.append(w.rstrip(","))
            break
        if (_verbish(w) or w.lower() in _LEVEL_FINITE) and subject:  # "Underlying inflation": a first word ending in -ing is no verb
            break  # "Adjusted gross margin came in at 61.5%": the subject ends at its verb
        subject.append(w)
    while subject and subject[0].lower() in _DETERMINERS:
        subject.pop(0)
    return " ".join([*subject[:6], noun]).strip()


_LEADING_THE = compiled(r"^the\s+", re.I)
_BY_AGENT = compiled(r"\bby ((?:[A-Z][\w.'’-]*\s?){1,4})")


def _owner(before: str) -> str | None:
    """Whose figure "its" or "their" means: a named subject of the clause, or the agent after "by".

    Only a country is kept ("Japan's trade surplus"): a company's or a bank's name, or "Analysts",
    written before "its" adds words the other article's metric does not share."""
    clause = _LEAD_INS.sub("", before.strip())
    subject = _subject(clause)
    if subject and all(w[:1].isupper() for w in subject.split()):
        named = _LEADING_THE.sub("", subject)
        return named if any(s in COUNTRIES for s, _ in _terms(named)) else None
    agents = _BY_AGENT.findall(before)
    return agents[-1].strip() if agents else None


# Direction words ("hike", "cut" stem to "increase", "decrease") say nothing of a topic.
_TOPIC_STEMS = {topic: frozenset(s for w in words for s, _ in _terms(w)) - {"increase", "decrease"}
                for topic, words in TOPICS.items()}


def _topic(statement: str) -> str | None:
    """The topic with most words in the statement; on a tie, the one named first."""
    found = [s for s, _ in _terms(statement)]
    best: tuple[int, int] | None = None
    chosen = None
    for topic, vocabulary in _TOPIC_STEMS.items():
        positions = [i for i, s in enumerate(found) if s in vocabulary]
        if positions and (best is None or (-len(positions), positions[0]) < best):
            best, chosen = (-len(positions), positions[0]), topic
    return chosen
