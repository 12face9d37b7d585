"""From a check-worthy sentence to statements: who "he" or "the bank" is, no dateline, lead-in or
attribution, and one statement per commitment of a compound sentence (step 4)."""

from __future__ import annotations

import re

from ..lazy import LazyPattern, compiled
from ..text import COUNTRIES, STOPWORDS
from .segmenting import _DATELINE, MIN_WORDS
from .words import _ACTION_WORDS, _DETERMINERS, _MODALS, _is_gerund, _terms, _verbish
from .worthiness import _FORWARD, _NAMED_VERB, _PAST, _worthy_figures

# Statements drop who said it and the connective in front; the quote keeps them.
_LEAD_INS = compiled(
    r"^(?:according to [^,]{1,60},(?:\s*(?:seen|obtained|reviewed) by [^,]{1,40},)?\s*"
    r"|(?:our |the |other |informed |unnamed |several |two |people familiar[^,]*?)?sources?"
    r"(?: familiar with [^,]*?)?\s+(?:say|said|says|revealed|told \w+|added)(?: that)?,?\s+"
    r"|(?:people|officials|analysts|economists|diplomats|delegates)\s+(?:briefed on|familiar with|close to)\s+[^,]{1,40}?"
    r"\s+(?:say|said|says)(?: that)?,?\s+"
    r"|(?:additionally|moreover|furthermore|meanwhile|in addition|in response|separately|notably|also"
    r"|however|still|instead),\s*)", re.I)
# "The bank", "the group's": a common noun standing for an organisation named before ("The Bank of England" is a name).
_GENERIC_SUBJECT = compiled(r"^([Tt]he (?:group|company|firm|bank|central bank|cartel|alliance|government|ministry"
                              r"|administration|committee|carmaker|airline|lender|insurer|retailer))(?:['’]s)?\b")

# Compound sentences.  A list of -ing clauses: "…, including increasing X, raising Y, and expanding Z".
_LIST_CUE = compiled(r"(?:,\s*|\s+)(including|such as|by|through|namely|like)\s+|,\s+|:\s+")
# One subject, several verbs of intent: "hopes to A and plans to B, while also committing to C".
_INTENT_SPLIT = compiled(
    r"\s+and\s+(?:also\s+)?(?=(?:plans|planned|hopes|hoped|aims|aimed|wants|wanted|intends|intended|seeks|sought"
    r"|pledged|pledges|promised|promises|vowed|vows|agreed|agrees|committed|commits|will|would"
    r"|(?:is|are) (?:due|expected|set|likely|scheduled|poised) to)\s)"
    r"|,\s*while\s+(?=(?:also\s+)?[a-z]+ing\s)"
    # "… is expected to raise its dividend … and to announce a buyback": the same frame's second verb
    r"|,?\s+and\s+(?:also\s+)?to\s+(?=[a-z]+\s)")


_LEADING_CONJUNCTION = compiled(r"^(?:But|And|Yet|So|Still)\s+(?=\S)")
_CAPITALISED_INSIDE = compiled(r"(?<=[\w,;] )[A-Z][\w+&'’-]*")
_CAPITALISED_WORD = compiled(r"\b[A-Z][a-zà-ÿ'’-]+\b")
_PARENTHESIS = compiled(r"\s*\([^)]*\)")
_THE_BEFORE_CAPITAL = compiled(r"\b[Tt]he\s+(?=[A-Z])")
_RELATIVE_BETWEEN_COMMAS = compiled(r",\s+(?:which|who|whose)\b[^,]*,")
_QUOTED_WORDS = compiled(r"[\"“][^\"“”]*[\"”]")
_LEADING_PLURAL_VERB = compiled(r"^\s+(are|have|were)\b")


class _Antecedents:
    """The people and organisations an article has named so far, for "He", "She", "It", "The bank"."""

    def __init__(self) -> None:
        self.person: str | None = None
        self.org: str | None = None
        self.kinds: dict[str, str] = {}  # the organisation named last of each kind (_ORG_KINDS), for "The bank"
        self.group: str | None = None  # a plural subject ("Opposition parties", "G7 leaders") for "They"
        self.group_last = False  # whether that group was named after the organisation
        self.resolved: str | None = None  # what the last resolve() did, for the editor
        self.names: set[str] = set()  # words written capitalised inside a sentence: names
        self.surnames: dict[str, str] = {}  # a person's last name: how the article first named them
        self.thing: str | None = None  # what the last sentence named, for an object "it" (_thing)

    def read(self, sentence: str) -> None:
        """Note who a sentence names, after it has been drafted (a pronoun points back, not forward)."""
        text = _LEAD_INS.sub("", _DATELINE.sub("", _cut_link_notes(sentence), count=1))
        text = _LEADING_CONJUNCTION.sub("", text)  # "But the bank kept …": the bank is the subject
        self.names.update(m.group() for m in _CAPITALISED_INSIDE.finditer(text))  # not first words
        mentions = [(m.start(), m.group().rstrip(",")) for m in _PERSON.finditer(text)]
        mentions += [(m.start(1), m.group(1)) for m in _ROLE_NAME.finditer(text) if m.group(1)[:1].isupper()]
        for _, person in mentions:
            self.surnames[person.split()[-1]] = person
        # "Trump reiterated …" after "US President Trump": a surname alone names the person met before.
        mentions += [(m.start(), self.surnames[m.group()]) for m in _CAPITALISED_WORD.finditer(text)
                     if m.group() in self.surnames]
        people = [person for _, person in sorted(mentions)]
        before = _subject(text, past=True)
        subject = _subject(text) or before  # a report's lead: "Vantrek raised its forecast"
        if before and subject and len(before.split()) >= 2 and len(before) < len(subject):
            subject = before  # "Harlow Bank reported a 9% rise …": the subject ends at its verb, not at "rise"
        subject = _PARENTHESIS.sub("", subject) if subject else None  # "Norvik (NASDAQ: NVKS)"
        if subject and _NAME_SUBJECT.fullmatch(subject) and _HIS_HER.search(text, len(subject)):
            # "Rachel Reeves will deliver her third budget": a person, never what "it" stands for
            people.append(subject)
            self.surnames[subject.split()[-1]] = subject
            subject = None
        described = _DESCRIBED.fullmatch(subject) if subject else None
        if described and (described.group(1) in _ORG_WORDS or described.group(1).endswith(_ORG_ENDINGS)):
            subject = described.group(2)  # "German truckmaker Vantrek": the company is Vantrek
        if subject and "," not in subject and not _PRONOUN.match(subject) and not _GENERIC_SUBJECT.match(subject) and self._is_org(subject):
            self.org, self.group_last = subject, False
            self.kinds[_org_kind(subject)] = subject
        elif subject and "," not in subject and _plural(subject) and not _PERSON.search(subject):
            self.group, self.group_last = subject, True
        if people:
            self.person = max(people, key=len) if len(people) > 1 and text.find(people[-1]) < 3 else people[-1]
        self.thing = self._thing(text)

    def _is_org(self, subject: str) -> bool:
        words = subject.split()
        if _PERSON.search(subject) or re.search(r"\b" + _TITLE_WORDS + r"\b", subject) \
                or words[-1].removesuffix("'s").removesuffix("’s") in self.surnames:
            return False  # a person, or a person's role ("The Finance Minister")
        if _head(subject) in _ORG_WORDS:
            return True  # the head noun names an organisation: "Sweden's central bank", not "ministry officials"
        # Up to three capitalised words that are not a person's and are names, not a sentence's first
        # word ("Guidance will matter"): "Norvik", "OPEC+", "Aster Computing".
        return len(words) <= 3 and words[0].lower() not in _NOT_ORGS and all(w[:1].isupper() for w in words) and any(
            w in self.names or sum(c.isupper() for c in w) > 1 or any(t in COUNTRIES for t, _ in _terms(w))
            for w in words)

    def resolve(self, text: str, quoted: bool = False) -> str:
        """text with its pronouns named: the subject's (_resolve_subject), then an object "it" ("no mention of it",
        "we expect it to support 8K"): the thing the clause before named, or the sentence before; never in a
        quotation, whose "it" is the speaker's."""
        text = self._resolve_subject(text, quoted)
        m = None if quoted else _OBJECT_IT.search(text)
        if m is None or _SHARE_OF_IT.search(text[:m.start(1)]) or _inside_quotation(text[:m.start()]):
            return text
        joint = None
        for j in _IT_CLAUSE_JOINT.finditer(text, 0, m.start()):
            joint = j
        if joint is None and any(_named_thing(text[t.end():m.start()]) for t in _THE_BEFORE_CAPITAL.finditer(text[:m.start()])):
            return text  # "… keep selling the Watch 2 rather than discontinue it": the clause names it already
        thing = self._thing(text[:joint.start()]) if joint else self.thing
        if not thing:
            return text
        named = thing[:1].lower() + thing[1:] if thing.startswith("The ") else thing
        note = f"'it' read as {named}"
        self.resolved = f"{self.resolved}; {note}" if self.resolved else note
        return text[:m.start(1)] + named + text[m.end(1):]

    def _thing(self, clause: str) -> str | None:
        """What an object "it" may name in a clause: an organisation as its subject; else the last thing it names
        ("describes the Zephyr X2 as …"); else its subject when that is no person, pronoun or plural ("The digital
        services tax is not on the agenda")."""
        clause = _DATELINE.sub("", _RELATIVE_BETWEEN_COMMAS.sub("", clause), count=1)
        clause = _QUOTED_WORDS.sub("", clause)  # a quotation's words are the speaker's
        subject = _subject(clause) or _subject(clause, past=True)
        subject = _PARENTHESIS.sub("", subject) if subject else None
        if subject and ("," in subject or _PRONOUN_START.fullmatch(subject.split()[0]) or _PERSON.search(subject)
                        or subject.split()[-1] in self.surnames or subject.split()[-1].lower() in STOPWORDS
                        or subject.split()[0].lower() in _NOT_ORGS - {"the"}):
            subject = None  # "The standard deduction for" (cut at "salaried"), "Most economists": no thing
        if subject and self._is_org(subject):
            return subject
        things = [_named_thing(clause[m.end():]) for m in _THE_BEFORE_CAPITAL.finditer(clause)]
        things = [t for t in things if t and (not subject or t not in subject)]
        if things:
            return f"the {things[-1]}"
        return subject if subject and not _plural(subject) and subject.split()[-1].lower() not in _NOT_ORGS else None

    def _resolve_subject(self, text: str, quoted: bool = False) -> str:
        """text with a pronoun subject named: a person for he/she, an organisation for it/the bank; after a
        leading phrase too ("In Britain, it is expected …")."""
        lead = _LEADING_PHRASE.match(text)
        at = lead.end() if lead else 0
        m = _PRONOUN.match(text[at:].capitalize() if at else text)
        # a common noun is written in lower case, also in a sentence written in capitals ("THE GOVERNMENT WILL …")
        generic = _GENERIC_SUBJECT.match(text[:1] + text[1:].lower() if text[:24].isupper() else text)
        said, named = None, None
        if m and m.group(1) in {"He", "She"} and self.person:
            said, named = m.group(1), self.person
        elif m and m.group(1) == "It" and self.org and not quoted and not _DUMMY_IT.match(text[at:]):
            # a speaker's "it" is seldom the organisation; "It seems …", "It is understood that …" name nothing
            said, named = m.group(1), self.org
        elif m and m.group(1) == "They" and (self.group or self.org) and not quoted:
            # the group named last, or the organisation ("OPEC+ … They are then expected to …")
            said, named = m.group(1), self.group if self.group and (self.group_last or not self.org) else self.org
        elif generic and _org_kind(generic.group(1)) in self.kinds:
            # "The bank may also …" after "The European Central Bank …"; never the board named after the bank
            said, named, at = generic.group(1), self.kinds[_org_kind(generic.group(1))], 0
        self.resolved = f"'{text[at:at + len(said)]}' read as {named}" if said and named else None
        if not (said and named):
            return text
        rest = text[at + len(said):]
        if said == "They" and named == self.org:  # "They are then expected" of one organisation: "OPEC+ is …"
            rest = _LEADING_PLURAL_VERB.sub(lambda v: " " + _SINGULAR[v.group(1)], rest)
        return text[:at] + named + rest


_PRONOUN = compiled(r"^(He|She|It|They)\s+(?=[a-z])")
# "It" standing for the clause after it, not for anything named before: "It looks like …", "It seems likely that …",
# "It is understood that …", "It is thought ministers will …", "It is too early to say". "It is expected to cut …"
# and "It is likely to raise …" name the subject: read as before.
_DUMMY_IT = compiled(r"It\s+(?:looks|looked|seems|seemed|appears|appeared)\b"
                     r"|It(?:['’]s|\s+is|\s+was|\s+remains|\s+(?:would|will|may|could|might)\s+be|\s+ha[sd]\s+been)\s+(?:not\s+)?"
                     r"(?:(?:(?:also|now|still|not|very|quite|so|far|more|less)\s+)?(?:clear|unclear|likely|unlikely|"
                     r"possible|probable|true|understood|thought|believed|known|said|reported|expected|hoped|feared|"
                     r"doubtful|uncertain|certain|obvious|evident|striking|notable)\s+(?:that|whether)\b|(?:thought|understood|believed|expected|hoped|feared|reported"
                     r"|known|rumou?red|said|clear|unclear|likely|unlikely|possible|probable)\s+(?!to\b)[a-z]"
                     r"|(?:too\s+(?:early|soon|late)|important|hard|difficult|possible|impossible|necessary|unclear|time)\s+to\b)")
_NAME_SUBJECT = compiled(r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,2}")
_HIS_HER = compiled(r"\b(?:her|his|she|he|him|herself|himself)\b")
# "it" as an object: after a verb or a preposition ("no mention of it", "$749 for it", "expect it to support"), not
# the subject of a clause of speech or reason ("said it would", "because it is") nor before a verb of its own.
_OBJECT_IT = compiled(r"\b(?!(?:said|says|say|that|because|as|when|if|and|but|so|while|where|whether|though|although"
                        r"|until|unless|after|before|since|once|what|how|why|which|than|think|believe|hope|thinks"
                        r"|believes|hopes|whom|who|is|was|be)\s)[a-z]+\s+(it)\b(?![’'])(?!\s+(?:is|was|will|would"
                        r"|has|had|could|can|may|might|should|must|does|did|[a-z]+s|[a-z]+ed)\b)")
# "much of it", "the end of it", "in favour of it": a share of something or an idiom, not a thing to name
_SHARE_OF_IT = compiled(r"\b(?:much|most|some|all|part|none|any|half|end|rest|each|one|both|more|less|favour|favor"
                          r"|lot|bulk|share|out|because)\s+of\s+$")


def _inside_quotation(before: str) -> bool:
    """Whether text ending here is inside a quotation (an odd number of straight marks, or a curly one open)."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_IT_CLAUSE_JOINT = compiled(r"(?:,|;)\s+(?:and|but|while)\s+|;\s+")


def _named_thing(text: str) -> str | None:
    """The name after "the" ("Zephyr X2 as …" gives "Zephyr X2"; "EU-Mercosur trade agreement and …" the whole
    noun phrase): capitalised words and numbers, then up to three lower-case nouns."""
    names: list[str] = []
    nouns: list[str] = []
    for w in text.split()[:7]:
        bare = w.strip(",;:.\"“”()")
        if bare[:1].isupper() or bare[:1].isdigit():
            if nouns:
                break
            names.append(bare)
        elif names and bare[:1].islower() and len(nouns) < 3 and bare.lower() not in STOPWORDS and not _verbish(bare) \
                and not bare.endswith("ly"):
            nouns.append(bare)
        else:
            break
        if bare != w:
            break  # a comma or a quotation mark ends the noun phrase
    return " ".join(names + nouns) if names and names[0][:1].isupper() else None
# A web page's note on a link ("Kessler-Brandt (KBGn.DE), opens new tab lowered …"): no word of the article.
# What the page glued into a sentence: a link's "opens new tab", an agency's credit after the last stop ("… to the
# Cabinet. - Agency"), and a live quote after a company's name ("Treehouse Foods (THS 0.44%) were slammed",
# "(NASDAQ:ABCD -1.25%)"): the day's move of the share as the page was saved, not a figure of the story.
_LINK_NOTE = compiled(r",?\s+opens new tab\b|(?<=[.!?])\s+[-–—]\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s*$"
                      r"|\s\((?:[A-Z]{2,8}:\s?)?([A-Z]{1,5})(?:\.[A-Z]{1,2})?\s+[+\-−]?\d{1,3}\.\d\d%\)")
_INITIAL_OF = compiled(r"\b([A-Za-z])[\w'’-]*")
_LINK_NOTE_FILLERS = frozenset("of the and for on in to a an".split())


def _cut_link_notes(sentence: str) -> str:
    """The sentence without what a page's links add: "opens new tab", an agency credit after the last stop, a live
    share quote after a company's name ("Norvik Foods (NVK -2.35%)"). A bracket whose letters are the initials of the
    words before it is an acronym with its value, kept: "the Secured Overnight Financing Rate (SOFR 4.33%)"."""
    def cut(m: re.Match[str]) -> str:
        symbol = m.group(1)
        # a signed value is a day's move ("General Motors (GM -1.20%)"), and a ticker may be the initials too
        if symbol and len(symbol) >= 2 and not re.search(r"[+\-−]\d", m.group()):
            before = [w.group(1).upper() for w in _INITIAL_OF.finditer(sentence[max(0, m.start() - 80):m.start()])
                      if w.group().lower() not in _LINK_NOTE_FILLERS]
            if "".join(before[-len(symbol):]) == symbol:
                return m.group()
        return ""
    return _LINK_NOTE.sub(cut, sentence)
# A name after a description in lower case: "German carmaker Kessler-Brandt", "chipmaker Norvik".
_DESCRIBED = compiled(r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+([A-Z][\w&+.'’-]*(?:\s+[A-Z][\w&+.'’-]*){0,2})")
_ORG_ENDINGS = ("maker", "producer", "manufacturer", "operator", "giant", "conglomerate")
_LEADING_PHRASE = compiled(r"^(?:In|On|At|For|By|Under|After|Before|Meanwhile|Separately|Instead|Later|Then)\b[^,]{0,40},\s+"
                             r"(?=(?:he|she|it|they)\s)")
_SINGULAR = {"are": "is", "have": "has", "were": "was"}


_HEAD_QUALIFIER = compiled(r"\s+(?:of|at|from|in|for|with)\s+")


def _head(subject: str) -> str:
    """The head noun of a subject, before what qualifies it: "bank" of "The Reserve Bank of Australia", "analysts" of
    "Analysts at two large banks"."""
    words = _HEAD_QUALIFIER.split(subject)[0].split()
    return words[-1].lower().rstrip(",").removesuffix("'s").removesuffix("’s") if words else ""


# What "The bank", "The committee" or "The company" may stand for: an organisation of the same kind ("The bank" is
# never "the Monetary Policy Board"); a name with no such word ("Norvik Semiconductor", "OPEC+") is a company or group.
_ORG_KINDS = {
    "bank": frozenset("bank banks reserve fed ecb boj boe snb rba rbi rbnz pboc riksbank bundesbank lender".split()),
    "committee": frozenset("committee board council panel mpc fomc commission".split()),
    "government": frozenset("government administration cabinet".split()),
    "ministry": frozenset("ministry treasury department".split()),
}


_CAPITALS_ONLY = compiled(r"[A-Z+]+")


def _org_kind(name: str) -> str:
    head = _head(name)  # "Bank Rate" is a rate, "the Bank of England" a bank
    kind = next((kind for kind, heads in _ORG_KINDS.items() if head in heads), "name")
    if kind == "name" and any(t in COUNTRIES for t, _ in _terms(name)) and not _CAPITALS_ONLY.fullmatch(name):
        return "government"  # "The government will …" after "Japan is expected to …"; "OPEC+" is a group
    return kind


_GROUP_QUALIFIER = compiled(r"\s+(?:of|from|in|at)\s+")
_AGENT_NOUN = compiled(r"[a-z-]+(?:ers|ists|ants|ians)")


def _plural(subject: str) -> bool:
    """ "Opposition parties", "Leaders of the Group of Seven", "G7 finance ministers": people or things in the plural."""
    words = _GROUP_QUALIFIER.split(subject)[0].split()
    head = words[-1].lower()
    # people or bodies that act ("parties", "leaders", "producers", "economists"), not "Sales" or "prices"
    return words[0].lower() not in _NOT_ORGS - {"the", "analysts", "economists", "officials", "leaders", "policymakers"} \
        and (head in _GROUPS or _AGENT_NOUN.fullmatch(head) is not None)


_GROUPS = frozenset("""
parties allies countries nations governments companies firms banks states unions members leaders ministers
officials delegates diplomats negotiators investors analysts economists policymakers lawmakers regulators
producers exporters importers lenders carmakers automakers airlines voters citizens protesters rebels troops
""".split())
_TITLE_WORDS = (r"(?:President|Prime Minister|Chancellor|Chair(?:man|woman)?|Governor|Secretary|Minister|CEO|Premier"
                r"|Commissioner|Director|Chief [Ee]xecutive|Treasurer|Senator|King|Queen|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)")
# A role written in lower case before a name set off by commas: "Nato's secretary general, Mark Rutte, has …"
_ROLES = (r"(?:president|prime minister|chancellor|chair(?:man|woman)?|governor|secretary general|secretary|minister"
          r"|chief executive|ceo|premier|commissioner|director|treasurer|spokes(?:man|woman|person)|chief economist)")
# A person: a title and a name ("ECB President Christine Lagarde", "Prime Minister Ishiba"), or a first and last
# name before a verb of speech ("Anke Steiner said"; not "Norvik Semiconductor is expected").
_PERSON = compiled(
    r"\b(?:(?:[A-Z][A-Za-z.+]*\s+){0,2}" + _TITLE_WORDS + r"(?:\s+[A-Z][a-zà-ÿ'’-]+){1,3}"
    r"|[A-Z][a-zà-ÿ'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-zà-ÿ'’-]+(?=,?\s+(?:said|says|told|added|declined|refused"
    r"|argued|noted|wrote)\b))")
_ROLE_NAME = compiled(r"\b" + _ROLES + r",\s+([A-Z][a-zà-ÿ'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-zà-ÿ'’-]+),", re.I)
_ORG_WORDS = frozenset("""
bank banks fund group company firm government ministry council commission committee cartel corp corporation inc
boe snb rba rbi rbnz pboc bundesbank fomc mpc
ltd plc agency authority reserve riksbank fed ecb boj opec opec+ imf union parliament board administration
treasury exchange regulator lender insurer carmaker airline retailer alliance organisation organization watchdog
""".split())
_NOT_ORGS = frozenset("""
the a an analysts economists markets investors traders officials sources leaders policymakers this that these those
there it they we he she i you some many most all both each one two three
""".split())


def _clean(sentence: str, antecedents: _Antecedents, item: bool = False, unsure: list[str] | None = None,
           role: str = "report") -> str:
    """The sentence as a statement: no dateline, lead-in, speaker or circumstances before the claim, a pronoun
    subject named, no trailing full stop; a quotation with its speaker after it is what was quoted. An item of a
    list may have no verb of its own. What the editor should look at (an aside left out that holds a figure) is
    added to unsure."""
    text = _DATELINE.sub("", _cut_link_notes(sentence), count=1)
    quoted = _QUOTED.match(text)
    if quoted:
        text = quoted.group(1) or quoted.group(2)  # "They" in a quotation is the speaker's, not the article's
    for _ in range(3):  # "As for new games, our sources say Orrin is …": circumstances, then who said it
        stripped = _speaker_lead(_LEAD_INS.sub("", text, count=1), role)
        stripped = _expected(stripped) if role == "preview" else stripped
        stripped = _leading_context(stripped, unsure)
        if stripped == text:
            break
        text = stripped[:1].upper() + stripped[1:]
    text = antecedents.resolve(text, quoted is not None or _QUOTATION.match(text) is not None)
    text = _trim(text.rstrip().rstrip(".:;"), item, unsure, outcomes=role == "report")
    letters = list(filter(str.isalpha, text))  # filter and map: C loops, where a comprehension runs in Python
    if letters and sum(map(str.isupper, letters)) > 0.8 * len(letters) and len(text.split()) >= 4:
        text = _sentence_case(text)
    return text[:1].upper() + text[1:] if text else sentence


# '"She is likely to refuse to commit," said Maya Fitzgerald, chief economist at …': what was said is the claim; so is
# the last sentence of a quotation of several, whose opening mark stands a sentence earlier ('"We think a hold is likely.
# That is good news for bonds," said …': no mark before its closing one).
_QUOTED = compiled(r"^(?:[\"“](.{12,}?)|([^\"“”]{12,}?))[,.]?[\"”]\s*,?\s*(?:(?:said|says|added|wrote)\s+[^,]{2,60}?|[^,\"“”]{2,60}?\s+"
                     r"(?:said|says|added|wrote))(?:,[^\"“”]*)?\.?$")
# Any quotation with its speaker after it, also when its opening mark stands a sentence earlier ('"We have been clear.
# It is not something we are doing," he told reporters'): its "it" and "they" are the speaker's, not the article's.
_QUOTATION = compiled(r"^(?:[\"“]|(?=[^\"“”]+[,.]?[\"”]))(.{12,}?)[,.]?[\"”]\s*,?\s*(?:(?:said|says|added|wrote|told)\s+"
                        r"|[^,\"“”]{2,60}?\s+(?:said|says|added|wrote|told)\b)")
# A remark on the claim: a noun (one to three words after its article) and a clause of its own that says who did
# something with it, "a phrase the bank has used …", "a price Brightline has kept …", or a participle with its
# agent or time, "a demand pressed for months by …", "a move welcomed by investors". What the remark says is not what
# the claim expects or reports, whatever its figures or years ("… since early 2025").
# the remark's noun, written in lower case: not a word that joins ("…, the Germans and the Dutch have left …" is the
# main clause after a leading phrase)
_REMARK_NOUN = r"(?!(?:and|or|but|nor|the|an?|of|to|in|on|at|by|for|with|from)\s)[a-z][\w-]*"
_REMARK = (r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?" + _REMARK_NOUN + r"\s+(?:(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
           r"|[A-Z][\w&'’-]*\s+(?:[A-Z][\w&'’-]*\s+)?)(?:[a-z]+ly\s+|first\s+|already\s+|once\s+)?"
           r"(?:has|have|had|[a-z]{3,}ed)\b"
           # not a state ("a payout unchanged for three years", "a rate unmoved since May"): un- adjectives
           r"|,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?" + _REMARK_NOUN + r"\s+(?!un)[a-z]{3,}ed\s+(?:for|by|since|over)\b")
_TRAILING = compiled(
    r",\s+(?:saying|adding|arguing|citing|explaining|according to|a (?:larger|smaller|bigger|move|decision|step|sign)"
    r"|an? \w+ (?:move|step|sign|shift)|the (?:first|second|third|largest|biggest|latest)|as (?:policymakers|officials"
    r"|investors|markets|analysts|traders)|which|who|amid|marking|reminiscent of|in a (?:move|sign|bid)|although|though)\b"
    # the circumstances rather than the claim: "…, as a slowdown weighs on prices", "…, despite a push by …",
    # "…, a theme that dominated …", "…, aimed at reducing …", "…, to be phased in …", "… when ministers meet online"
    r"|,\s+as\s+(?!(?:expected|planned|forecast|scheduled|promised|agreed|predicted|anticipated|announced|widely|it|he|she"
    r"|they|had|part|much|many|well|soon|long|far|early|late)\b)(?=\S+\s+\S+\s+\S)"
    r"|,\s+(?:despite|ahead of|in the face of|because|in an effort|in a bid|to be|having|after(?! which)|given|if|unless"
    r"|albeit)\b"
    r"|,\s+(?:its|their)\s+(?:first|second|third|fourth|fifth|latest|biggest|largest|only)\b"
    # a remark on the object: "…, a model she has hinted at in interviews"
    r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:he|she|it|they|we)\s+(?:has|have|had|is|are|was|were|[a-z]{3,}ed)\b"
    # … or on the claim, by people who watch it: "…, a theme diplomats say will dominate …", "…, a formula officials
    # have used to signal …"; "…, part of a plan to …"; a purpose: "…, to replace the duty drivers do not pay"
    r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:[A-Z][\w-]*\s+)?(?:officials|analysts|economists|investors|diplomats"
    r"|critics|executives|observers|people|sources|traders|ministers|leaders|officers|bankers|lawmakers)\s+(?:\w+\s+)?"
    r"(?:has|have|had|say|says|said|see|sees|saw|call|calls|called|believe|believes|expect|expects|[a-z]{3,}ed)\b"
    r"|,\s+(?:as\s+)?part of\b"
    r"|,\s+(?:in order\s+)?to\s+(?!(?:the|a|an|its|their|his|her|about|around|some|roughly|nearly|between|from|be|date"
    r"|members|investors|customers|shareholders)\b)[a-z]{3,}\s+(?:the|a|an|its|their|his|her|some|more|any|[a-z]+s)\b"
    r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who|as)\s"
    # a remark on the claim by a noun with a clause of its own: "…, a phrase the bank has used since March", "…, a
    # price Brightline has kept for three generations", "…, a demand pressed for months by farmers' unions"
    r"|" + _REMARK + r"|,\s+(?:aimed|designed|intended|phased|backed|led|driven|fuell?ed|helped|hurt|spurred|prompted|weighed|dragged"
    r"|buoyed|boosted|pressured|underpinned|hampered|held back|pushed|[a-z]{3,}ed)\s+(?:at|in|by|down|up|on|to|over|back"
    r"|from|for)\b"
    r"|\s+as\s+(?!(?:expected|planned|forecast|scheduled|promised|agreed|much|many|well|soon|long|far|part)\b)"
    r"(?:[\w-]+\s+){1,3}?(?:[a-z]{3,}s|is|are|was|were|has|have)\b"
    # "… when ministers meet online"; not "…, when the US president will hand …", a claim of its own (_RELATIVE_CLAUSE)
    r"|\s+when\s+(?!(?:\S+\s+){1,4}?(?:will|would|is\s+(?:expected|set|due)|are\s+(?:expected|set|due))\b)"
    r"(?:it|they|he|she|ministers|leaders|officials|policymakers|the\s+\w+|[A-Z][\w+]*)\s+\w+")
# A participle clause trailing a claim ("…, undercutting rivals", "…, opting instead for …") is an aside,
# unless its verb carries a claim of its own ("…, signalling more cuts", "…, raising rates to 2%").
_PARTICIPLE = compiled(r",\s+(?!including\b)([a-z]+ing)\s")
_CLAIM_PARTICIPLES = compiled(r"(?:signal|pledg|promis|vow|commit|warn|threaten|announc|agree|approv|confirm|declin"
                                r"|refus|rul|keep|leav|hold|hik|rais|cut|lower|lift|boost|reduc|increas|decreas|extend"
                                r"|paus|resum|sign|launch|unveil|discuss|focus|opt|invest|choos|prefer|replac|swap|switch)")


# "…, some analysts said, although …", "…, two diplomats said, for a session …", "…, according to a poll of
# 14 analysts, as …": who said it, in the middle of a sentence.
_SPEECH = r"(?:said|say|says|told \w+|added|reported|wrote|claimed|noted|estimated|show|shows|showed)"
_WHEN_SAID = r"(?:\s+(?:on|in|at|late|earlier|last|this)\s+(?:an?\s+)?[\w-]+(?:\s+\w+)?)?"  # "… said on Monday"
_MID_ATTRIBUTION = compiled(
    r",\s+(?:according to [^,]{3,80}|(?!(?:and|but|which|who|while|as)\b)(?:(?:some|two|three|four|five|several|many|most"
    r"|the|other)\s+)?(?:[\w’'+.-]+\s+){0,6}?" + _SPEECH + _WHEN_SAID + r"|said\s+(?:[\w’'+-]+\s*){1,5}?)(?=\s*,\s+\S)")
_ATTRIBUTION = compiled(r",\s+(?:according to [^,]+|(?:the |two |three |several |some )?[\w\s’'+.-]{0,90}?"
                          r"\b" + _SPEECH + _WHEN_SAID + r"|said (?:the |two |three |several )?[\w\s’'-]{1,40}?)$")
# "Kazakhstan, which has pumped above its target for two years, is expected …": an aside between subject and verb.
_RELATIVE_ASIDE = compiled(r",\s+(which|who|whose|the|an?|[a-z]{3,}ed(?=\s+(?:in|by|at|on|for|since|after|from|over"
                             r"|during|until)\b))\s+[^,;:]{3,160},\s+(?=(\S+))")
_APPOSITIVE_VERB = compiled(r"\b(?:is|are|was|were|be|has|have|had|will|would|can|could|may|might|should|that|which|who"
                              r"|whose|says?|said)\b", re.I)
# "In a separate decision due in early December, Saudi Arabia is expected …": circumstances before the subject.
# the last word before a relative pronoun is a noun of the appositive ("the money set aside for loans that …")
_NOUN_BEFORE = compiled(r"[a-z][\w’'-]*[a-z]\s+$")
_LEADING_CONTEXT = compiled(r"^(?:In a|In an|In the|At the|At a|With|After|Ahead of|Despite|Amid|Following|Against|Under"
                              r"|Before|As part of|As for|On top of|Beyond|If|Unless|While"
                              # "Hours before the summit, …", "Shortly after the vote, …"
                              r"|(?:Hours|Days|Weeks|Minutes|Moments|Shortly|Just|Soon|Two days|Three days)\s+(?:before|after|ahead of))"
                              r"\s[^,]{6,100},\s+(?=[A-Za-z])")
_PERIOD_WORDS = compiled(r"\b(?:19|20)\d\d\b|\b(?:quarter|half|year|month|fiscal|Q[1-4]|H[12])\b", re.I)


def _leading_context(text: str, unsure: list[str] | None) -> str:
    """text without the circumstances before its subject ("If you need more storage, the Nova Digital undercuts …",
    "With $9 billion of cash in hand, Brantley is expected to …"), when a clause follows; a period ("In the third
    quarter, …") stays, and so do the figures of circumstances when the clause has neither figures nor a look ahead."""
    lead = _LEADING_CONTEXT.match(text)
    if not lead or _PERIOD_WORDS.search(lead.group()):
        return text
    rest = text[lead.end():]
    rest = rest[:1].upper() + rest[1:]
    if not (_subject(rest, past=True) or _NAMED_VERB.match(rest)):
        return text
    if _worthy_figures(lead.group()):
        if not (_worthy_figures(rest) or _FORWARD.search(rest)):
            return text
        if unsure is not None:
            unsure.append(f"left out of the statement, with its figures: '{lead.group().strip(' ,')[:70]}'")
    return rest


# "The White House said on Friday that 18 leaders had confirmed …", "Senior officials have told the Courier the
# budget is not expected …": who said it, before the claim.
_SPEAKER = compiled(
    r"^(?P<who>[A-Z][\w.'’&+-]*(?:\s+(?!(?:said|says|say|told|have|has|is|are|was|were|will|would|may|might|could"
    r"|should|can|to|be|likely|expected|set|due)\b)[\w.'’&+-]+){0,6}?)\s+"
    r"(?:(?:said|says|say)(?:\s+(?:on|in|at|late|earlier|last|this)\s+\w+)?(?:\s+that)?"
    # "Economists broadly agreed that …", "Analysts believe that …": what they hold is the claim
    r"|(?:broadly |largely |generally |widely |mostly )?(?:agreed|agree|agrees|believe|believes|believed|think|thinks"
    r"|reckon|reckons|predict|predicts|predicted|argue|argues|argued|warned|warn|warns|estimate|estimates|estimated)"
    r"\s+that"
    r"|(?:have |has )?told\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # "Executives told an investor conference in May that …"
    r"|(?:an?|the|last\s+\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:conference|meeting|audience|forum|briefing|summit|event|hearing"
    r"|committee|parliament|lawmakers|investors|analysts|shareholders|call))"
    r"(?:\s+(?:on|in|at|late|earlier|last|this)\s+\w+)?(?:\s+that)?)\s+(?=\S)")
_SOURCES = frozenset("""
officials sources analysts economists diplomats people delegates spokesperson spokesman spokeswoman aides insiders
traders investors executives negotiators
""".split())
_PRONOUN_START = compiled(r"(?:it|its|he|his|she|her|they|their|we|our|this|that|these|those|there)\b", re.I)


def _speaker_lead(text: str, role: str) -> str:
    """text without who said it when a clause of its own follows: in a preview, whoever said it (the claim is what
    is expected); in a report, only sources and officials ("the finance minister said …" may be the outcome). A
    pronoun after the speaker ("Japan said it would …") points back to the speaker: the sentence stays."""
    m = _SPEAKER.match(text)
    if not m:
        return text
    rest = text[m.end():]
    who = m.group("who").lower().split()
    if _PRONOUN_START.match(rest) or not _clause_start(rest) or (role != "preview" and not _SOURCES & set(who)):
        return text
    return rest


# "Most economists expect the committee to vote …", "Analysts polled by the Herald said they expect the bank to …":
# who expects it, then what is expected and its verb.
_EXPECTER = LazyPattern(
    r"^(?:(?:most|many|some|several|all|both|the|other|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+the\s+)?)?"
    r"(?:[\w-]+\s+)?(?:economists|analysts|strategists|traders|investors|executives|officials|diplomats|markets|observers"
    r"|forecasters|sources|insiders|bankers|experts|money markets|respondents)"
    r"(?:\s+(?:polled|surveyed|asked|at|from|in|with|by|who)\b(?:(?!\s(?:is|are|were|was|will|would)\s)[^,;:\"“”]){0,60}?)?"
    r"\s+(?:(?:said|say|says)\s+(?:that\s+)?they\s+)?(?:broadly\s+|widely\s+|largely\s+|mostly\s+|now\s+|also\s+)?"
    r"(?:expect|expects|see|sees|predict|predicts|anticipate|anticipates)\s+"
    r"(?P<what>(?!(?:it|them|that|this|to)\b)[^,;:\"“”]{1,80}?)\s+to\s+(?P<verb>[a-z]+)\b", re.I)


def _expected(text: str) -> str:
    """ "Analysts expect Corvane to lift its dividend …" as what is expected: "Corvane is expected to lift its dividend …"
    (who expects it leaves a preview's statement, as a speaker does); "Traders expect rates to stay …" gives "Rates are
    expected to stay …"."""
    m = _EXPECTER.match(text)
    if not m:
        return text
    what = m.group("what")
    be = "are" if _plural_noun(what) else "is"
    # "Analysts expect an adjusted gross margin of 58%" stays: without its verb the claim would be too short to tell
    # from a report's other figures (it paired with the quarter's earnings at 35)
    if m.group("verb").lower() in _OBJECT_STARTS | {"about", "around", "some", "roughly", "nearly"}:
        return text  # "expect inflation to about 3%" is no verb
    return f"{what[:1].upper()}{what[1:]} {be} expected to {text[m.start('verb'):]}"


_CLAUSE_PUNCTUATION = compiled(r"[,;:\"“”]")


def _clause_start(text: str) -> bool:
    """Whether text opens with a subject and its verb, no comma or quotation between ("20 leaders had confirmed …",
    "As many as 11 countries were …"; not "Oval Office, “They will come …")."""
    for i, w in enumerate(text.split()[:8]):
        if i and _has_verb(f"x {w}"):
            return True
        if _CLAUSE_PUNCTUATION.search(w):
            return False
    return False


def _has_verb(clause: str) -> bool:
    """Whether a clause has a finite verb, so that what follows a comma may be an aside."""
    return any(w in _MODALS or w in {"is", "are", "was", "were", "has", "have", "had"} or w in _ACTION_WORDS
               or _PAST.fullmatch(w) for w in (w.lower().strip(",;:") for w in clause.split()[1:]))


_WORD_IN_S = compiled(r"[a-z]{3,}s")


_WITH_EXAMPLE = compiled(r",\s+(?:including|such as|notably|among them)\s+[^,]+$")


def _trim(statement: str, item: bool = False, unsure: list[str] | None = None, outcomes: bool = False) -> str:
    """The main clause: who said it goes ("…, two sources said"), and so do asides that hold no figure: a
    relative clause after the subject, circumstances before it, a trailing reason or participle clause. With outcomes
    (a report), a decision told by a participle between the subject and its verb ("The Lisbon Accord, signed after three
    days of talks, commits …") is stated as a clause of its own after the main one, for _clauses to split."""
    decided: list[str] = []
    statement = _MID_ATTRIBUTION.sub("", statement)
    attribution = _ATTRIBUTION.search(statement)
    if attribution and len(statement[:attribution.start()].split()) >= 3:
        statement = statement[:attribution.start()]
    for m in reversed(list(_RELATIVE_ASIDE.finditer(statement))):
        aside = statement[m.start():m.end()]
        verb = m.group(2)
        finite = (_verbish(verb) and not _is_gerund(verb)) or _PAST.fullmatch(verb) or _WORD_IN_S.fullmatch(verb)
        # "Capital spending, the government's main growth lever, is expected …": an appositive has no verb of its own
        # ("a closely watched gauge", "the ninth-largest in the United States" read no verb: no auxiliary, no relative)
        appositive = m.group(1).lower() in {"the", "a", "an"}
        # …and one whose first verb is in a relative clause of its noun ("Impairment charges, the money set aside for
        # loans that may go bad, are forecast …") is still a noun phrase: the verb is the relative's, not the subject's
        verb_of_aside = _APPOSITIVE_VERB.search(aside)
        appositive_ok = not appositive or (len(aside.split()) <= 12 and (
            verb_of_aside is None or (verb_of_aside.group().lower() in {"that", "which", "who", "whose"}
                                      and _NOUN_BEFORE.search(aside[:verb_of_aside.start()]) is not None)))
        # a participle ("…, halted in August by a shortage, restarted …") or an appositive leaves a whole clause however
        # short ("Net interest margin is expected to narrow")
        participle = m.group(1).endswith("ed")
        if finite and appositive_ok and not _worthy_figures(aside) and len(statement[:m.start()].split()) <= 8 \
                and len(statement.split()) - len(aside.split()) >= (5 if participle or appositive else 10):
            # a long main clause stands alone; a short one ("Brazil will not become a full member") needs its aside
            subject = statement[:m.start()]
            if outcomes and subject[:1].isupper() and ((participle and _DECIDED.fullmatch(m.group(1)))
                                                       or (appositive and _SERIES.match(aside))):
                # "The cut, the bank's twelfth in a row, was …": the series is the outcome said again
                decided.append(f"{subject} {'were' if _plural_noun(subject) else 'was'} {aside.strip(' ,')}")
            statement = statement[:m.start()] + " " + statement[m.end():]
    for _ in range(3):  # an aside in each clause: "…, tracking X, and leaders are expected to …, citing Y"
        cut = _aside(statement, item, outcomes)
        if cut is None:
            break
        if outcomes:
            decided.extend(_said_again(statement[:cut[0]], statement[cut[0]:cut[1]]))
        if unsure is not None and _worthy_figures(statement[cut[0]:cut[1]]):
            left_out = statement[cut[0]:cut[1]].strip(" ,;:")
            unsure.append(f"left out of the statement, with its figures: '{left_out[:70]}{'…' if len(left_out) > 70 else ''}'")
        start = cut[0]
        # "…, with even the council's hawks, including Nagel, having signalled …": the participle cut was the verb of a
        # "with" phrase whose comma before it closed an example ("including …"); the phrase goes with it, as no verb of
        # its own is left to tell what its members do ("…, with a price of ¥79,980 for the standard model, making it
        # …" keeps its phrase: no example closed there, and a figure)
        opened = statement.rfind(", with ", 0, start)
        phrase = statement[opened + 2:start] if opened > 0 else ""
        if phrase and statement[cut[0]:].lstrip(" ,").split(None, 1)[0].endswith("ing") \
                and _WITH_EXAMPLE.search(phrase) and not _has_verb(phrase) and not _worthy_figures(phrase):
            start = opened
        statement = statement[:start].rstrip(" ,;:") + statement[cut[1]:]
    return statement.rstrip(" ,;:") + "".join(f", and {clause}" for clause in decided)


# Participles that tell a decision was taken ("adopted after two days of talks"), not a state ("halted in May").
_DECIDED = compiled(r"adopted|signed|approved|agreed|announced|unveiled|launched|passed|published|released|ratified"
                      r"|endorsed|issued|confirmed|completed|finali[sz]ed|concluded|sealed|voted|enacted|introduced")


# An outcome placed in a series: "…, its fourth cut in a row", "…, the bank's twelfth straight", "…, its first net gain
# in six quarters", "…, the lowest since 2021", "…, unchanged from the previous quarter".
_SERIES = compiled(r",\s+(?:unchanged\s+(?:from|on)\b|(?:the|its|their|[\w.’'-]+['’]s?)\s+(?:[\w’'-]+\s+){0,3}?(?:first"
                     r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|biggest"
                     r"|largest|smallest|highest|lowest|sharpest|steepest|fastest|slowest|weakest|strongest)\b(?:\s+[\w’'-]+){0,4}?"
                     r"\s+(?:in\s+a\s+row|straight|consecutive|since|in\s+(?:\w+\s+)?(?:years?|quarters?|months?|weeks?|decades?)"
                     r"|on\s+record|ever)\b)")
# "…, saying (that) the board had ruled out further hikes": what was said, when it is a clause
_SAYING_CLAUSE = compiled(r",\s+(?:saying|adding|arguing|insisting|warning|noting)\s+(?:that\s+)?(.+)")
# "…, as did three opposition members": another subject of the same predicate (not "as was widely expected")
_AS_DID = compiled(r",\s+as\s+(?:did|does|do|has|have|had|was|were|is|are)\s+(?!(?:widely|expected|planned|forecast"
                     r"|been|predicted|anticipated|the\s+case|usual|customary)\b)([^,;]{3,80})(?:,.*)?$")


def _said_again(head: str, aside: str) -> list[str]:
    """The claims a report's trailing aside makes of its own: what someone is reported saying, as a clause ("…, saying
    the board had ruled out further hikes" → "the board had ruled out further hikes"), and the same predicate of another
    subject ("Lind voted for the motion, as did three opposition members" → "three opposition members voted for the
    motion")."""
    said = _SAYING_CLAUSE.match(aside)
    if said and _clause_start(said.group(1)):
        return [said.group(1).rstrip(" ,;:.")]
    also = _AS_DID.match(aside.rstrip(" ,;:."))
    subject = _subject(head, past=True) if also else None
    if also and subject and not _has_verb(f"x {also.group(1)}"):
        return [f"{also.group(1)} {head[len(subject):].strip(' ,')}"]
    return []


_PHRASE_QUALIFIER = compiled(r"\s+(?:of|for|in|at|on|from|with)\s+")
_PLURAL_WORD = compiled(r"[a-z-]+[^su'’]s")


def _plural_noun(phrase: str) -> bool:
    """Whether a noun phrase is plural by its head noun written in lower case ("purchases of bills", "rates"); a name
    ("Harbourline", "Siemens") is one."""
    head = _PHRASE_QUALIFIER.split(phrase)[0].split()[-1]
    return head[:1].islower() and _PLURAL_WORD.fullmatch(head) is not None


_AS_WORD_AT_END = compiled(r"\bas\s+\w+$")
_COMMA_RELATIVE = compiled(r",\s+(?:[a-z]{3,}ed|which|who|whose)\b[^,]*")
_EXAMPLES_OR_LIST = compiled(r"\b(?:such as|including|like)\b|,.*\band\b")
_COMMA_CIRCUMSTANCE = compiled(r",\s+(after|because|although|though|since|as|while)\s+(.*)")
_COMMA_REMARK_PRONOUN = compiled(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:he|she|it|they|we)\s")
_COMMA_REMARK_CLAUSE = compiled(_REMARK)
_COMMA_REMARK_CALLED = compiled(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?(?:[\w-]+\s+){0,4}?(?:described|called"
                        r"|dubbed|labell?ed|termed|say|says|said|see|sees|deemed)\b")


def _aside(statement: str, item: bool, outcomes: bool = False) -> tuple[int, int] | None:
    """Where the first trailing aside of a clause starts and ends (at the next clause or the end), when it holds no
    figure and follows a finite verb (an item of a list needs none). With outcomes (a report), an aside that places the
    outcome in a series ("…, its fourth cut in a row", "…, unchanged from the previous quarter") is the outcome said
    again, and stays."""
    cuts = sorted(list(_TRAILING.finditer(statement))
                  + [m for m in _PARTICIPLE.finditer(statement)
                     if _is_gerund(m.group(1)) and not _CLAIM_PARTICIPLES.match(m.group(1))],
                  key=lambda m: m.start())
    for m in cuts:
        head = statement[:m.start()]
        if _FORWARD_WHICH.match(statement, m.start()):
            continue  # "…, which is expected to flag risks": a claim of its own (_clauses)
        if outcomes and _SERIES.match(statement, m.start()):
            continue
        if _AS_WORD_AT_END.search(head):
            continue  # "as many as 11 countries were expected …": a comparison, not a clause of its own
        # "Production at the plant, halted in August by a shortage, restarted on …": the head's verb must stand
        # outside the asides that follow its subject
        main = _COMMA_RELATIVE.sub("", head)
        if len(head.split()) < (2 if item else MIN_WORDS - 1) or not (item or _has_verb(main)):
            continue  # "A small group of policymakers, led by …, is likely to dissent": the verb comes after
        joint = next((j for j in _CLAUSE_JOINT.finditer(statement, m.end()) if _clause_follows(statement, j)), None)
        end = joint.start() if joint else len(statement)
        if m.group().lstrip().startswith("when "):
            # "… revenue of $4.12 billion when it releases results on Tuesday, up from $3.87 billion": a clause opened
            # without a comma ends at the next one
            comma = statement.find(",", m.end())
            end = min(end, comma) if comma > 0 else end
        span = statement[m.start():end]
        if m.re is _PARTICIPLE and _EXAMPLES_OR_LIST.search(span.lstrip(", ")):
            continue  # "…, focusing on sectors such as gas, steel and cars": a list says what the claim is about
        speech = m.group().lstrip(", ").startswith(("saying", "adding", "arguing"))
        # "…cut rates by 25 basis points to 3%, as inflation stalled above the 2% goal": a reason is no outcome,
        # whatever its figures, when the claim before it has figures of its own
        reason = m.group().startswith(", as ") and bool(_worthy_figures(head))
        # "…likely to secure an exemption, after Madrid argued that it could meet its goals while spending under 3.5%":
        # a clause of circumstance after an expectation or a claim with figures of its own is no outcome, whatever
        # its figures; so is a remark on the object ("…, a model she has hinted at as the $30,000 EV")
        opener = _COMMA_CIRCUMSTANCE.match(span)
        # "…, after lowering its assumption for productivity growth to 1% a year": a gerund after "after" opens one too
        circumstance = opener is not None and (_clause_start(opener.group(2)) or (
            opener.group(1) in {"after", "since", "while"} and _is_gerund(opener.group(2).split()[0]))) and bool(
            _worthy_figures(head) or _FORWARD.search(head))
        # what someone calls the claim: "…, an aim that one senior diplomat described as 'ambitious'", "…, a theme
        # officials say will feature …" (its "one senior" is no figure of the claim)
        remark = _COMMA_REMARK_PRONOUN.match(span) is not None \
            or _COMMA_REMARK_CALLED.match(span) is not None or _COMMA_REMARK_CLAUSE.match(span) is not None
        # ", as did X, who …": X did the same, a claim of its own (_said_again), whatever the figures of its aside
        also = outcomes and _AS_DID.match(span.rstrip(" ,;:.")) is not None
        if speech or reason or circumstance or remark or also or not _worthy_figures(span):
            return m.start(), end
    return None


_KEEP_UPPER = {"us", "u.s.", "uk", "eu", "un", "nato", "opec", "opec+", "lng", "gdp", "ai", "ceo", "fed",
               "ecb", "boj", "imf", "g7", "g20", "usd", "jpy", "eur"}


# Double quotation marks, opening and closing (straight marks are both); single marks are also apostrophes.
_OPENING, _CLOSING = "\"“", "\"”"


def unquoted(statement: str) -> str:
    """The statement without the marks of the quotation it was cut from. A quotation of several sentences, or one
    cut at a clause ('"We expect capex to remain the main lever, with revenue spending held tight."' gives '"We expect
    capex to remain the main lever'), leaves a mark with no partner at the statement's start or end; a statement that
    is a whole quotation is what was said, as a quotation with its speaker after it is (_QUOTED). Marks inside it
    ('… called the plan "prudent"') stay."""
    text = statement.strip()
    marks = sum(text.count(m) for m in "\"“”")
    if text[:1] in _OPENING and text[-1:] in _CLOSING and marks == 2:
        return text[1:-1].strip().rstrip(".") or statement  # a statement has no final stop
    if text[:1] in _OPENING and (marks == 1 or (text[:1] == "“" and "”" not in text)):
        text = text[1:].lstrip()
    if text[-1:] in _CLOSING and text and (sum(text.count(m) for m in "\"“”") == 1 or (text[-1] == "”" and "“" not in text)):
        text = text[:-1].rstrip().rstrip(".")
    return text or statement


def _sentence_case(text: str) -> str:
    words = text.lower().split()
    out = [w.upper() if w.strip(",.;:()\"'") in _KEEP_UPPER else w for w in words]
    return " ".join(out)


def _split(statement: str, measures: bool = True, role: str = "report") -> list[tuple[str, str]]:
    """One (statement, own words) per commitment of a compound sentence; else the sentence itself. Without measures,
    a list of measures of one verb stays one claim (a summary's bullet: its body states each). In a preview, who
    expects a later clause leaves it too ("…, and economists expect the decision to draw two dissents")."""
    listed = _split_colon(statement)
    if listed:
        return listed
    out = []
    for part in _explained(statement):
        for k, clause in enumerate(_clauses(part)):
            clause = _expected(clause) if k and role == "preview" else clause
            out += (_split_list(clause) or _split_intents(clause)
                    or (measures and (_split_measures(clause) or _split_objects(clause))) or [(clause, clause)])
    return out


_LEADING_PRONOUN = compiled(r"(its|their|his|her|it|they|he|she)\b")


def _explained(statement: str) -> list[str]:
    """ "The United Arab Emirates was the main beneficiary: its baseline was raised by 0.3 million bpd": the clause
    after the colon is the claim, its "its" the head's subject; the head stays a claim only when it has a figure or
    looks ahead ("She was more forthcoming about what comes next:" is a frame)."""
    head, colon, rest = statement.partition(": ")
    words = rest.split()
    if not colon or not rest[:1].islower() or len(words) < 5 or len(head.split()) < 3 or not any(
            w in _MODALS or w in {"is", "are", "was", "were", "has", "have", "had"} or _PAST.fullmatch(w)
            for w in words[1:6]):
        return [statement]
    subject = _subject(head, past=True)
    pronoun = _LEADING_PRONOUN.match(rest)
    if subject and pronoun and not _PRONOUN.match(subject):
        owner = subject if pronoun.group(1) in {"it", "they", "he", "she"} else f"{subject}'s"
        rest = owner + rest[pronoun.end():]
    keep_head = _worthy_figures(head) or _FORWARD.search(head)
    return [head, rest[:1].upper() + rest[1:]] if keep_head else [rest[:1].upper() + rest[1:]]


# A new clause: "…, and the final declaration is expected …", "… but, as widely anticipated, the declaration stopped …",
# "…, with the RBA seen projecting growth of 2.3%" (its own subject and verb; _clause_follows checks them).
_CLAUSE_JOINT = compiled(# "…, and while the leaks got a lot right, there are a couple of surprises"
                           r",\s+(?:and|but)\s+(?:while|although|though|if|as)\s+[^,]{3,60},\s+(?=\S)"
                           r"|(?:,|;)\s+(?:and|but|while|with)\s+(?=\S)|\s+but,\s+[^,]{3,40},\s+(?=\S)|;\s+(?=[a-z])")


_ING_WORD = compiled(r"[a-z]{3,}ing")


def _clauses(statement: str) -> list[str]:
    """Clauses with their own subject and verb: "…, and they expect the unemployment rate to rise"; and a second
    verb in the past of the same subject: "OPEC+ kept output unchanged, but said it would …" gives "OPEC+ said …"."""
    pieces = []
    participles: set[int] = set()  # pieces after "with" that act through a participle ("with two members dissenting")
    start = 0
    subject = _subject(statement, past=True)
    joints = [*_CLAUSE_JOINT.finditer(statement), *_SAME_SUBJECT.finditer(statement), *_RELATIVE_CLAUSE.finditer(statement),
              *_FORWARD_WHICH.finditer(statement)]
    for m in sorted(joints, key=lambda m: m.start()):
        if m.start() < start:
            continue
        right = statement[m.end():].split()
        left = statement[start:m.start()]
        if len(left.split()) < MIN_WORDS - 1 or len(right) < 4:
            continue
        if m.re is _SAME_SUBJECT:
            if not subject or not (right[1].lower() in _OBJECT_STARTS or right[0].lower() in _DENIED
                                   or right[0].lower() in _ACTION_WORDS) or _PAST.search(left) is None:
                continue
            pieces.append(left)
            statement = statement[:m.end()] + f"{subject} " + statement[m.end():]
        elif m.re is _FORWARD_WHICH:
            # "… publish its Financial Stability Review, which is expected to flag …": the review is expected to flag
            named = _object_phrase(left)
            if not named:
                continue
            pieces.append(left)
            statement = statement[:m.end()] + f"{named} " + statement[m.end():]
        elif m.re is _RELATIVE_CLAUSE:
            # "… a summit at which host Emmanuel Macron will not seek a communiqué": a claim of its own
            if not any(w.lower() in _MODALS or _FORWARD.fullmatch(w) or _PAST.fullmatch(w) for w in right[1:6]):
                continue
            pieces.append(left)
        elif _clause_follows(statement, m):
            pieces.append(left)
        elif m.group().strip(" ,").startswith("with") and any(_ING_WORD.fullmatch(w) for w in right[1:7]):
            pieces.append(left)  # "…, with Europe following later in the year": its own claim, not the first one's
            participles.add(len(pieces))
        else:
            continue
        start = m.end()
    pieces.append(statement[start:])
    # A clause that neither looks ahead, reports an outcome nor holds a figure ("…, and some investors are
    # pushing for a higher payout") is colour, not a claim.
    return [p[:1].upper() + p[1:] for k, p in enumerate(pieces)
            if not k or _FORWARD.search(p) or _PAST.search(p) or _worthy_figures(p) or k in participles]


_EXPECTED_WORD = compiled(r"(?:seen|expected|set|due|likely|forecast|projected|tipped|predicted)")
_EXPECTED_WORD_NEAR = compiled(r"(?:seen|expected|set|due|likely)")


def _clause_follows(statement: str, joint: re.Match[str]) -> bool:
    """Whether a subject and its verb follow a joint: "…, and the final declaration is expected …", "…, and the Arc
    starts at …"."""
    right = statement[joint.end():].split()
    if len(right) < 4 or _verbish(right[0]) or _PAST.fullmatch(right[0]):
        return False  # "…, and said it would …": the same subject's next verb (_SAME_SUBJECT)
    with_ = joint.group().strip(" ,").startswith("with")
    return any(w.lower() in _MODALS or w.lower() in {"is", "are", "was", "were", "has", "have", "had"}
               or (((_verbish(w) and not _is_gerund(w)) or _PAST.fullmatch(w)) and not with_)
               # "with the RBA seen projecting …", "with the jobless rate projected to rise …"
               or (with_ and _EXPECTED_WORD.fullmatch(w))
               or (_WORD_IN_S.fullmatch(w) and right[i][:1].isupper()) for i, w in enumerate(right[1:6])) or (
        # "…, with external members Catherine Mann and Megan Greene seen voting …": a longer subject of names
        with_ and any(_EXPECTED_WORD_NEAR.fullmatch(w) for w in right[6:10]))


_OBJECT_STARTS = frozenset("the a an its their his her this that these those our to".split())
# A relative clause that looks ahead on its own: "…, which is expected to flag risks", "…, which is likely to trim …".
_FORWARD_WHICH = compiled(r",\s+which\s+(?=(?:is|are)\s+(?:also\s+)?(?:expected|likely|set|due|forecast|tipped|poised"
                            r"|scheduled|said|seen|widely expected)\s+to\s)")
_NOT_IN_PHRASE = frozenset("to on at for with by from into about after before in as than over under".split())


def _object_phrase(left: str) -> str | None:
    """The noun phrase a clause ends on, the antecedent of a "which" after it: from its last determiner ("The Financial
    Stability Review" of "… publish its Financial Stability Review"), or its closing name ("Orbis OS 5" of "The watches
    will run Orbis OS 5")."""
    words = left.split()[-8:]
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() in _DETERMINERS), None)
    if at is None or any(w.lower() in _NOT_IN_PHRASE or w.endswith(",") for w in words[at:]):
        at = len(words)
        while at > 1 and (words[at - 1][:1].isupper() or words[at - 1][:1].isdigit()):
            at -= 1
        if at == len(words) or at <= 1:
            return None
    phrase = words[at:]
    if phrase[0].lower() in _DETERMINERS:
        phrase = ["The" if phrase[0].lower() not in {"a", "an"} else phrase[0].capitalize(), *phrase[1:]]
    return " ".join(phrase)


_RELATIVE_CLAUSE = compiled(r",?\s+(?:at|in|during|under|after) which\s+(?=[A-Za-z])|,\s+when\s+(?=[A-Za-z])")
# "…, but said its members would …", "… and declared a dividend of 40 cents": the subject's second verb, in the past.
_SAME_SUBJECT = compiled(r"(?:,\s+|\s+)(?:and|but)\s+(?:also\s+)?(?=(?:said|agreed|[a-z]{3,}ed)\s"
                           # "… but did not agree a wider statement", "…, and see 1.6% growth in 2028"
                           r"|(?:did|does|do)\s+not\s|(?:didn't|didn’t|failed to|declined to|refused to)\s"
                           r"|(?<=, and )(?:see|sees|expect|expects|project|projects|forecast|forecasts)\s)")
_DENIED = frozenset("did does do didn't didn’t failed declined refused".split())


def _split_colon(statement: str) -> list[tuple[str, str]]:
    """ "The budget is expected to include three measures: a cut in X, a rise in Y and a freeze on Z":
    one claim per measure, each stated with the words before the colon."""
    head, colon, rest = statement.partition(": ")
    if not colon or not rest[:1].islower() or len(head.split()) < 3:
        return []  # no list, or a quotation ("she said: We …")
    items = re.split(r";\s*(?:and\s+)?" if ";" in rest else r",\s+(?:and\s+)?|\s+and\s+", rest)
    items = [i.strip(" ,") for i in items if i.strip(" ,")]
    if len(items) < 2 or any(len(i.split()) < 2 for i in items) or any(
            w in _MODALS or w in {"is", "are", "was", "were", "has", "have", "had"} for i in items for w in i.lower().split()):
        return []  # "what comes next: a compact crossover is coming in 2028, built on …" explains; it lists nothing
    frame = lead_frame(head)
    return [(f"{frame} {item}" if frame else f"{head}: {item}", item) for item in items]


_AUXILIARIES = frozenset("""
is are was were be been has have had also still again now then likely expected set due to widely probably
""".split()) | _MODALS
_PARTICLES = frozenset("out up off on in forward back down through".split())


def lead_frame(lead: str) -> str | None:
    """The subject and verb of a lead before a list, for stating each item with it: "The budget will contain new money
    in four areas:" gives "The budget will contain" ("… $6.2-billion for housing"); None when the lead has no verb
    ("Among the new measures:", "Cheaper:"), where the item is stated after the lead and its colon."""
    subject = _subject(lead)
    if not subject:
        return None
    words = lead.split()[len(subject.split()):]
    at = 0
    while at < len(words) and (words[at].lower() in _AUXILIARIES or words[at].lower().endswith("ly")):
        at += 1
    if at >= len(words) or not words[at][:1].islower():
        return None
    at += 1 + (at + 1 < len(words) and words[at + 1].lower() in _PARTICLES)
    return " ".join([subject, *words[:at]])


_LIST_SEPARATOR = compiled(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+(?=[a-z]+ing\b)")


def _split_list(statement: str) -> list[tuple[str, str]]:
    for cue in _LIST_CUE.finditer(statement):
        rest = statement[cue.end():]
        if not rest or not _is_gerund(rest.split()[0]):
            continue
        items = _LIST_SEPARATOR.split(rest)
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


_STEM_TAKING_E = compiled(r"([aeiou][cvzs]|[^aeiou][aeiou]k|nc|[^aeiou]at|[^aeiou]ut|ir|[^aeiou]ur|[^aeiou]id|[^aeiou]ud"
                       r"|[^aeiou]ar|[^aeiou]or|ang|eng|[rd]g|[^aeiou]ag|[^aeiou]in|[rl]s|[lr]v|rc)$")


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
        elif _STEM_TAKING_E.search(stem_):
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
    frame = _frame(first)
    for m, start, end in zip(cuts, starts, ends, strict=True):
        piece = statement[start:end].strip(" ,")
        if m.group().rstrip().endswith(" to"):
            if not (frame and frame.endswith(" to")):
                return []  # "… agreed to cut output and to review it in June" without a frame of intent: one claim
            pieces.append(f"{frame} {piece}")
            continue
        if m.group().lstrip(", ").startswith("while"):
            verb = "are" if " and " in subject or (subject.endswith("s") and subject[:1].islower()) else "is"
            piece = f"{verb} {piece}"
        pieces.append(f"{subject} {piece}")
    if any(len(p.split()) < 4 for p in pieces):
        return []
    return [(p, p) for p in pieces]


# Verbs that state a measure a budget, a bank or a company takes, beyond _ACTION_WORDS: what may begin the second
# and later measures of one subject ("… to freeze X, raise Y and extend Z"); a word not known as a verb (or not in
# the past before an object, in a report) continues the measure before it ("duties on tobacco, alcohol and gambling").
_MEASURE_VERBS = frozenset("""
freeze froze frozen scrap abolish introduce expand fund create double halve restore cap ban allow require publish
confirm reveal outline appoint end replace maintain offer provide spend allocate earmark adopt back endorse postpone
review remove waive exempt suspend resume pause scale phase abandon axe drop widen narrow tighten simplify reform
privatise privatize nationalise nationalize merge close open build hire shed name
""".split())


def _measure_verb(word: str, past: bool) -> bool:
    """Whether a word begins a measure: a verb of _ACTION_WORDS or _MEASURE_VERBS, in the past ("froze", "doubled",
    "scrapped") when past."""
    w = word.lower()
    # a preview's measures are in the base form: "…, backed by a fund" is no second measure
    stems = {w} | ({w[:-1], w[:-2], w[:-3]} if past and w.endswith("ed") else set())
    known = any(s in _ACTION_WORDS or s in _MEASURE_VERBS for s in stems if s)
    return known and (not past or bool(_PAST.fullmatch(w)) or w in {"froze", "shed"})


_MEASURE_JOINT = compiled(r",\s+(?:and\s+)?|\s+and\s+")
_FRAME_ADVERBS = frozenset("also likely probably again then still further now once".split())


def _split_measures(statement: str) -> list[tuple[str, str]]:
    """ "The treasurer is expected to freeze the fuel excise, raise the tobacco levy by 5% and extend the write-off":
    one claim per measure, each with the subject and its frame ("The treasurer is expected to"); a report's "The
    minister froze X, raised Y and extended Z" likewise, with its subject. Each measure opens with its verb and has
    an object ("review and extend the buyback" is one measure)."""
    frame = _frame(statement)
    past = False
    if frame is None:  # a report: the subject before its first verb in the past ("froze" is no -ed form)
        words = statement.split()
        at = next((i for i, w in enumerate(words[:7]) if i and w[:1].islower() and _measure_verb(w, True)), 0)
        frame = " ".join(words[:at]) if at and words[0][:1].isupper() else None
        past = True
    if not frame or not statement.startswith(frame):
        return []
    words = statement[len(frame):].split()
    while words and words[0].lower() in _FRAME_ADVERBS:  # "will likely cut …": the adverb is the frame's
        frame, words = f"{frame} {words[0]}", words[1:]
    rest = " ".join(words)
    if not words or not (_measure_verb(words[0], past) or (not past and _verbish(words[0]))):
        return []
    pieces, start = [], 0
    for m in _MEASURE_JOINT.finditer(rest):
        after = rest[m.end():].split()
        if len(after) >= 2 and _measure_verb(after[0], past) and after[1].lower() not in {"and", "or", "to", "of"}:
            pieces.append(rest[start:m.start()].strip(" ,"))
            start = m.end()
    pieces.append(rest[start:].strip(" ,"))
    if len(pieces) < 2 or any(len(p.split()) < 2 for p in pieces) or " and " not in rest:
        return []
    return [(f"{frame} {p}", p) for p in pieces]


_CLAUSE_WORDS = frozenset("is are was were be been has have had that which who".split())
# An item of a list of measures: a noun phrase that opens with an article, a possessive, a figure or a word of
# quantity ("a cut to the fuel excise", "an extra $4 billion for hospitals", "new funding for schools").
_ITEM_START = compiled(r"(?:(?:an?|the|its|their|his|her|new|extra|additional|further|higher|lower|more)\b"
                         r"|[$€£¥]|\d)", re.I)


_ENDS_IN_AND = compiled(r"\b(?:and|as well as)\s+$")
_BOTH_BETWEEN_EITHER = compiled(r"\b(?:both|between|either)\b")


def _split_objects(statement: str) -> list[tuple[str, str]]:
    """ "The budget is expected to include a cut to the fuel excise, a freeze on thresholds and a new levy on
    betting" (or with semicolons, or "… as well as …"): one claim per measure, each stated with the subject and
    verb ("The budget is expected to include"). Every item is a noun phrase of two words or more that opens with an
    article, a figure or a word of quantity, and holds no clause: "deals on minerals, AI and chips" is one thing."""
    joint = r";\s+(?:and\s+)?" if ";" in statement else r",\s+(?:and\s+)?|\s+and\s+"
    joints = list(re.finditer(rf"{joint}|\s+as well as\s+", statement))
    # a list ends in "and" ("A, B and C"); ", a sharp deterioration from …" after a claim is an appositive
    if not joints or not _ENDS_IN_AND.search(joints[-1].group()):
        return []
    chunks = [c.strip(" ,;") for c in re.split(rf"{joint}|\s+as well as\s+", statement)]
    if _BOTH_BETWEEN_EITHER.search(chunks[0]):
        return []  # "under both the new and the old regimes": one thing of two parts
    frame = lead_frame(chunks[0])
    if frame is None:  # a report: "The budget introduced …"
        subject = _subject(chunks[0], past=True)
        words = chunks[0].split()
        verb = words[len(subject.split())] if subject and len(words) > len(subject.split()) else ""
        frame = f"{subject} {verb}" if subject and _PAST.fullmatch(verb) else None
    if not frame or not chunks[0].startswith(frame):
        return []
    items = [chunks[0][len(frame):].strip(), *chunks[1:]]
    figure_led = [i[:1] in "$€£¥" or i[:1].isdigit() for i in items]
    if any(len(i.split()) < 2 or not _ITEM_START.match(i) or _clause_in(i) for i in items) or (
            not figure_led[0] and any(figure_led)):
        return []  # "put the 16 Pro at £2,399 … and €2,799 …": the figures are no measures of the verb
    return [(f"{frame} {i}", i) for i in items]


def _clause_in(item: str) -> bool:
    """Whether a list item holds a clause of its own: a modal, a form of be or have, a relative word, or a verb in
    the past after a noun ("the unemployment rate climbed to 7.1%"; not "the two dedicated freight corridors")."""
    words = item.lower().split()
    return any(w in _MODALS or w in _CLAUSE_WORDS or (
        k > 0 and _PAST.fullmatch(w) is not None and w not in _PAST_NOUNS and not _ITEM_START.fullmatch(words[k - 1])
        and not any(c.isdigit() for c in words[k - 1]) and words[k - 1] not in {"two", "three", "four", "five", "newly"})
        for k, w in enumerate(words))


_PAST_NOUNS = frozenset("cut set put hit beat".split())  # "a tax cut", "a 2p cut": nouns as often as verbs


_SUBJECT_WORDS = 6  # the most words a clause's subject is taken to hold


def _subject(clause: str, past: bool = False) -> str | None:
    """The words before the first verb of a clause, when they look like its subject; with past, a verb in the
    past tense ("The board authorised …") ends the subject too."""
    # A verb after the seventh word leaves no subject (at most six words), as none does: the words after it are not read.
    words = clause.split(None, _SUBJECT_WORDS + 1)[:_SUBJECT_WORDS + 1]
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if lw in _MODALS or lw in _ACTION_WORDS or lw in {"is", "are", "was", "were", "has", "have"} \
                or (past and i and w[:1].islower() and _PAST.fullmatch(lw)):
            subject = " ".join(words[:i])
            return subject if 0 < i <= _SUBJECT_WORDS and subject[:1].isupper() else None
    return None
