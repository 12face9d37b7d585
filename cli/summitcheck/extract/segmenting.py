"""Reading an article's lines: units, page furniture, the headline, and sentences (steps 1 and 2 of
the package docstring)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexical
from ..lazy import compiled
from .words import _DIGIT, _is_gerund, _verbish

TITLE_WORDS = 30
FURNITURE_WORDS = 40  # longer lines are judged sentence by sentence
MIN_WORDS, MAX_WORDS = 6, 90
MIN_SENTENCE_WORDS = 4  # "Income tax rates were left unchanged.": a short outcome is still a claim
MAX_SENTENCE_CHARS = 1200  # 90 long words; a longer "sentence" is a run-on token, not a claim
# Time stays bounded whatever the article (it may hold 5 MB): drafting stops after MAX_CLAIMS claims
# (five times what an editor reviews) or MAX_EXAMINED lines and sentences (a book), and says where.
MAX_CLAIMS = 500
MAX_EXAMINED = 40_000



_FURNITURE = [  # (kind, pattern); "short" patterns apply only to lines of at most 12 words
    ("placeholder", compiled(r"\{[A-Za-z][\w ]*\}")),
    ("navigation", compiled(r"^(you are here|your current location|home\s*[>»›/|])|>>|\s[»›]\s"
                              r"|^[\w&' -]{1,25}(\s[|•·/]\s[\w&' -]{1,25}){2,}$", re.I)),
    ("subscription", compiled(
        # "Subscribe", "Sign up here", not news of subscribers or of a country that will "sign up to the pact"
        r"\b(?:un)?subscribe\b|\bsubscribers? only\b|\b(?:become|already) a (?:paid )?subscriber|(?:limited|exclusive|available)"
        r" to (?:paid |premium )?subscribers|(?:^|[.!?|\[]\s*)sign (?:up|in)\b"
        # the outlet's newsletter ("our free newsletter", "Newsletters may contain …"), not news of one ("its newsletter
        # business grew 18%")
        r"|\b(?:our|your|free)\b[^.!?]{0,60}\bnewsletters?\b|\bnewsletters?\b[^.!?]{0,60}\b(?:sign up|subscribe|inbox|delivered)\b"
        r"|^\W*(?:\w+\W+){0,3}newsletters?\b(?:\W+\w+){0,3}\W*$|^privacy notice\b|^newsletters?\s*[:|]"
        r"|^(?:an?|the) (?:(?:free|daily|weekly|monthly|morning|evening) )+newsletter\b"
        # a menu: "Politics Economy Tech Opinion Newsletters Podcasts"
        r"|^(?-i:(?:[A-Z][\w&'’-]*|with|and|of|the|us|&)\W+){1,10}(?-i:Newsletters?)(?-i:\W+(?:[A-Z][\w&'’-]*|with|and|of|the"
        r"|us|&)){0,10}\W*$"
        r"|\bsign (?:up|in) (?:or|and) (?:create|register)\b|\bcreate (?:a |an |your )?(?:free )?(?:\w+ )?account\b"
        r"|\blog ?in\b|check your (e-?mail|inbox)|confirmation link"
        # appeals for money: "Support the Chronicle from as little as £1", "you can help keep it that way"
        r"|^support (?:the|us|our)\b.{0,60}\b(?:as little as|just)\b|\b(?:from|for) (?:as little as|just) \W?\d+(?:\.\d+)?\W? (?:a|per)"
        r" (?:month|week|year)\b.{0,30}\byou can help\b|\bit only takes a minute\b|\bsupport (?:our|independent) journalism\b"
        r"|spam folder|(?:straight to|delivered to|in) your inbox|join our community|^ok,? thanks\b|create (a |an )?(free )?account"
        r"|already (a )?(member|subscriber)|unlock (this|full)"
        # the page kept for paying readers: "This is premium content that requires an active … subscription to view.",
        # "You may already have access to this premium content …"
        # — the page speaking of itself, at the line's end or by name ("… to read this article"), not a subscription
        # in the news ("Netflix will require a paid subscription to view live sports", "customers would lose access to
        # this content after the merger")
        r"|\bsubscription\s+to\s+(?:view|read|access|continue)(?:\s+reading)?(?:[.!\s]*$|\s+(?:this|the\s+full)\s+"
        r"(?:article|story|content|page|piece|report)\b)|\baccess\s+to\s+this\s+(?:premium|exclusive|paid|subscriber)\s+"
        r"content\b"
        # promotions of the outlet's own products: "Everything you need to know about rates, every Thursday."
        r"|^everything you need to know\b|,\s+every (?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$|\bemail updates\b"
        r"|\bfollow (?:topics|authors|this story)\b|personali[sz]ed (?:\w+ )?feed|\bfollow our (?:live|full|latest)\b"
        r"|^(?:live )?coverage (?:begins|starts|continues)\b"
        # a trial offer after the product's name or a sentence ("TradeScope Plus: Get unlimited access … Try it free for
        # 30 days"), not news of one ("Investors can try the app free for 30 days, the exchange said")
        r"|(?:^|[:.!?]\s+)(?:get|try|start|enjoy|unlock)\b[^.!?]{0,40}\b(?:unlimited access|(?:your |a )?free trial"
        r"|(?:it|us) (?:free|for free)|free for \d+ (?:days|weeks|months))\b"
        # "… so check back for updates": the page promising more of itself
        r"|\bcheck back (?:later|soon|here|with us|for (?:the |more |further |our )?(?:updates?|details|full|latest|more)"
        r"\b)", re.I)),
    ("disclaimer", compiled(
        r"does not constitute|not (financial|investment) advice|\bconstitutes? (?:\w+ )?(?:investment|financial) advice"
        r"|investment (should be cautious|involves risk)"
        r"|market (carries|involves) risks?|for (general )?information(al)? purposes|all rights reserved|©"
        r"|copyright \d{4}|at (one's|your) own (risk|responsibility)|views expressed|terms of (use|service)"
        r"|privacy policy|\bcookies\b"
        # the page disowning what it carries ("… as a result of reliance on the information, including data and quotes,
        # contained within this website") and warning its reader ("Please be fully informed regarding the risks …")
        r"|\b(?:information|content|material)\b[^.!?]{0,60}\b(?:contained|provided|published|found)\s+(?:with)?(?:in|on)\s+"
        r"this\s+(?:website|site|page|article|publication)\b|^please\b[^.!?]{0,80}\brisks?\b"
        # "The content of this article was relevant at the time of publishing."
        r"|^the\s+(?:content|information)\s+(?:of|in)\s+this\s+(?:article|story|page|post)\s+was\s+(?:relevant|accurate"
        r"|correct)\b", re.I)),
    ("disclaimer", compiled(
        # About the page itself ("written with the help of AI tools"), not news about AI ("help firms adopt AI tools").
        r"\b(?:written|produced|generated|compiled|created|prepared|translated|drafted|summari[sz]ed|checked)\s+"
        r"(?:with|by|using)\s+(?:the\s+)?(?:(?:help|assistance|aid|support|use)\s+of\s+)?(?:an?\s+)?"
        r"(?:AI|A\.I\.|artificial intelligence|machine translation|generative)\b"
        r"|^(?:this|the)\s+(?:article|story|content|text|summary|piece|report)\b.{0,120}\b(?:AI|artificial intelligence)\b"
        r"|\bAI[- ](?:assisted|generated)\s+(?:content|summary|article|story|text)\b|\bmachine[- ]translat(?:ed|ion)\b"
        r"|^\(?(?:this|the)\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:corrected|updated|amended|changed|clarified)\b"
        r"|\b(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|piece)\b"
        r"|^(?:correction|clarification|editor'?s note|update[sd]?)\b[^:]{0,60}:"
        # the page on what it said before: "… this article previously said the levy will apply from April"
        r"|\bthis\s+(?:article|story|report|piece|post)\s+(?:previously|originally|initially|incorrectly|wrongly|mistakenly)"
        r"\s+(?:said|stated|reported|gave|described|misstated|named|referred)\b"
        r"|terms (?:and|&) conditions|by using this (?:site|website|service|app)|you agree to (?:our|the)"
        r"|licensing rights|^our standards\b|earns? (?:a )?commission|affiliate links?|trust principles|quotes (?:are )?delayed"
        # a market page's data notice: "Data is a real-time snapshot *Data is delayed at least 15 minutes."
        r"|\b(?:data|prices|quotes)\s+(?:is\s+|are\s+)?delayed\s+(?:by\s+)?(?:at\s+least\s+|up\s+to\s+)?\d+\s*min"
        r"(?![^.!?]*\b(?:said|says|told|according\s+to|announced|reported)\b)|\breal-time"
        r"\s+snapshot\b|\bhas a disclosure policy\b"
        # the shop's disclosure in any words: "When readers buy through links on this page, Gadgetly may earn an
        # affiliate commission", "… may receive a small commission"
        r"|\b(?:we|us|our\s+\w+|this\s+(?:site|page|website))\s+(?:may|might|can|could)\s+(?:earn|receive|get)\s+(?:an?\s+)?"
        r"(?:small\s+)?(?:affiliate\s+)?commission\b(?!\s+of\b)"
        r"|\b(?:you|readers?)\s+(?:buy|purchase|shop)(?:s|es|ing)?\s+(?:something\s+|a\s+product\s+)?(?:through|via|using|from)"
        r"\s+(?:the\s+|our\s+|these\s+|retailer\s+|affiliate\s+)*links?\b"
        r"|^the (?:author|writer|columnist)s?\s+(?:has|have|holds?|owns?)\s+no\s+(?:positions?|holdings?|shares)\b"
        r"|is the world'?s (?:\w+[- ])?(?:largest|leading|biggest) (?:\w+ )?(?:news|information|media)", re.I)),
    ("byline", compiled(r"^\((?:additional )?(?:reporting|writing|editing|compiled|research) by\b.*\)$", re.I)),
    # "AP Business Writer Tom Reed contributed to this report.", "Reuters staff contributed reporting."
    ("byline", compiled(r"^(?=.{0,160}$).*\bcontributed (?:to (?:this|the) (?:report|story|article)|(?:additional )?reporting)\b",
                          re.I)),
    # A reporter's note about themselves: "Dana covers the Federal Reserve …", "Jordan Pike is a senior reporter …".
    ("byline", compiled(r"^(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+\s+(?:has (?:covered|reported on|written about) .{3,80} for"
                          r" (?:\d+|\w+) (?:years|decades)\b|is an? (?:[\w-]+\s){0,3}(?:reporter|correspondent"
                          r"|editor|writer|journalist|columnist)\b|(?:covers|writes about|reports on)\b(?=.*\b(?:previously"
                          r"|before joining|joined|is based|based in|reported (?:on|for)|has covered)\b))")),
    ("social", compiled(r"^(?=.{0,200}$)(?:follow\b.{0,60}\bon (?:x|twitter|instagram|facebook|linkedin|threads"
                          r"|bluesky|mastodon)\b|.*(?:^|\s)@[A-Za-z_][\w_]{2,}\W*$)", re.I)),
    ("more link", compiled(r"^(read more|read\s*:\s*(?-i:[A-Z0-9\"“‘'])(?![^.!?]*\b(?:said|told|according\s+to|announced"
                             r"|wrote)\b)|continue reading|read the full|click here|learn more|see more"
                             r"|view more|show more|load more|read next\s*:?\s*\S)", re.I)),  # "Read next" alone heads a list
    ("byline", compiled(r"profile (image|photo|picture)|^(?:file )?(photo|image|picture|credit|source)s?\s*:"
                          # a byline with its date or reading time, however long: "By Ann Lee and Tom Reed | Updated …"
                          r"|^by\s+(?-i:[A-Z][\w.'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]+){0,7})\s*[|·•]"
                          r"|\bap photo\b|via reuters\b|\b(?:photo(?:graph)?|image|picture)?\s*credit\s*:", re.I)),
    ("caption", compiled(r"^\[(?:photo|image|picture|video|graphic)s?(?:\s*[:|][^\]]{0,60})?\]|\((?:photo|image|picture)s?\s*:"
                          r"|^(?:(?:image|photo|picture|video)\s+)?caption\s*:\s*\S", re.I)),
    # A data strip: "Report date: Oct 28 | Consensus EPS: $0.84 | Consensus revenue: $3.12B"
    ("widget", compiled(r"^[A-Z][\w ()/.-]{0,30}:[^|]{1,40}(?:\|\s*[A-Z][\w ()/.-]{0,30}:[^|]{1,40}){2,}$")),
    # An agency's conversion note: "($1 = 1.6176 Australian dollars)"
    ("widget", compiled(r"^\(\s*\S{0,3}\s?1\s*=\s*\S{0,3}\s?[\d.,]+\s+[A-Za-z .]+\)$")),
    # A photo caption ends in its credit, agency and photographer: "… March 3, 2026. REUTERS/Dado Ruvic/File Photo".
    ("caption", compiled(r"(?<![\w/])[A-Z][\w&.-]*(?:/[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}){1,3}\s*$"
                          # or spaced, glued to the caption's stop: "… on Nov. 19, 2025.Ola Berg / AP file"
                          r"|[.!?][\"”’)]?\s?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s/\s[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}"
                          r"(?:\s(?:file|pool|handout))?\s*$")),
    # What a page says about itself, in shapes rather than one outlet's phrases. Every branch of the next three is
    # anchored at the line's start, so a news line costs one failed look at its first words.
    # Notes on the text: "(Refiles to fix a typo)", "(Updates with analyst comment)", "This story was first published
    # by …", "Disclaimer: …", "The author is chief economist at …", "This article is more than 1 month old".
    ("disclaimer", compiled(
        r"^\(\s*(?:refiles?|corrects?|updates?|adds|recasts?|fixes|clarifies|rewrites|repeats|changes|removes|inserts"
        r"|deletes|re-?issues?|withdraws)\b[^()]{0,200}\)\W*$|^refile[sd]?\b"
        r"|^\(?(?:this|the)\s+(?:article|story|report|piece|post)\s+(?:has\s+been|was|is\s+being)\s+(?:refiled|republished"
        r"|revised|re-?issued|edited|withdrawn)\b"
        r"|^\(?(?:this|the above)\s+(?:article|story|piece|post|report|content)\s+(?:was|has been|is|first|originally)\s+"
        r"(?:\w+\s+)?(?:published|appeared|ran|syndicated|auto-?generated)\b"
        # where the page first ran, naming its outlet: "This article by <outlet> was first published on <date>." (a
        # line of its own, closing soon after the verb; "This report by the IMF was first published in 2019 and …" goes on)
        r"|^\(?this\s+(?:article|story|report|piece|post)\s+by\s+[^.!?]{1,60}?\s+(?:(?:was|has\s+been)\s+)?"
        r"(?:(?:first|originally)\s+)(?:published|appeared)\b.{0,40}$"
        r"|^\(?only the headline\b|^disclaimer\b|^\(?(?:full\s+)?disclosures?\s*:"
        r"|^this (?:article|story|content|page|piece) is (?:more|over|older) than\b"
        # the outlet closing its correction: "We regret the error.", "The Ledger regrets the error.", "Gearline regrets
        # the mistake." — a masthead's shape, a line of its own ("Vantor said it regrets the error and has contacted …",
        # "Finance Minister Ito regrets the error.", "The central bank regrets the mistake." are news; the site's own
        # name above the headline is read in _body)
        r"|^(?:we|(?-i:The(?:\s+[A-Z][\w.&'’-]*){1,3}|[A-Z][\w.&'’-]*))\s+regrets?\s+(?:the|this|these|any)\s+(?:errors?"
        r"|mistakes?|omissions?|inaccurac(?:y|ies))\W*$"
        # "We have corrected this article: …"
        r"|^we(?:'ve|’ve|\s+have)\s+(?:corrected|amended|updated|clarified|changed)\s+this\s+(?:article|story|report|piece"
        r"|post)\b"
        # the story still being written: "This is a developing story.", "More details will be added.", "Further details
        # to follow." ("More details of the package will be announced …" names what is to come: news)
        r"|^\W*(?:this is an? |this )?(?:breaking|developing) (?:news )?(?:story|report)\b"
        r"|^(?:more|further|full) (?:details|information|updates?) (?:will |are )?(?:to )?(?:follow|be (?:added|published"
        r"|posted))(?:\s+(?:shortly|soon|later|in due course|as (?:it|they) becomes? available|when available))?\s*[.!]?\s*$"
        # the wire on its own sourcing: "<Agency> was not able to verify the figures", "… could not independently
        # confirm …"; not someone reported as unable ("The ministry said it was unable to confirm …")
        # ("The ministry did not confirm the figure" is news: "confirm" needs "independently" or "immediately"), and the
        # wire's unanswered call: "<Company> did not immediately respond to a request for comment."
        r"|^(?:(?-i:[A-Z][\w.&'’-]*)\s+){1,3}(?:was|were|is|has\s+been|could|did)\s+(?:not\s+(?:been\s+)?able\s+to|unable"
        r"\s+to|not|n[o'’]t)\s+(?:independently\s+)?verify\s+(?:the\s+(?:report|reports|figures?|claims?|details|accounts?|statements?|information|footage|video|images?|authenticity)|this|that|these|those|them|it|independently)\b"
        r"(?![^.!?]*\b(?:said|says|told|according|showed|shows|found)\b)"
        r"|^(?:[\w.&'’-]+\s+){1,4}(?:was|were|is|has\s+been|could|did)\s+(?:not\s+(?:been\s+)?able\s+to|unable\s+to|not"
        r"|n[o'’]t)\s+(?:independently|immediately)\s+(?:verify|confirm)\b(?![^.!?]*\b(?:said|says|told|according)\b)"
        r"|^(?:[\w.&'’-]+\s+){1,6}(?:did\s+not|didn[’']t)\s+immediately\s+(?:respond|reply)\s+to\s+(?:a\s+|an\s+|our\s+)?"
        r"(?:requests?|emails?|calls?|messages?|queries)\b[^.!?]{0,40}[.!]?\s*$"
        r"|\bcould not (?:be )?(?:independently )?(?:verified|confirmed) (?:independently|by (?:the )?(?-i:[A-Z])[\w.&'’-]*)\b"
        r"|^\(?(?:the )?(?:author|writer|columnist|contributor)s?\s+(?:is|are|was|works|writes|has been)\b"
        r"|^about the (?:author|writer)s?\b"
        # How the page was made, the page as the subject of a verb of making ("This interview has been condensed and
        # edited for clarity", "This story was translated from Spanish by an automated tool"), or the making's
        # participle opening the line ("Translated from the French by …"); "This budget was prepared by …" is news.
        r"|^\(?(?:this|the following|the above)\s+(?:article|story|piece|interview|transcript|summary|post"
        r"|page|translation|conversation|q\s?&\s?a)\s+(?:was|were|is|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}?"
        r"(?:translated|written|produced|generated|created|prepared|compiled|edited|condensed|abridged|shortened|checked"
        r"|reviewed|fact-checked|summari[sz]ed|drafted|adapted|transcribed)\b"
        r"|^(?:\w+ly\s+)?(?:translated|transcribed)\s+(?:from|by|with|using|into)\b", re.I)),
    # The page as the subject of its own sentence ("this" names the page itself, so "This OECD report is part of a
    # series …" and "Nordbank's reporting is supported by data …" stay news): "This article is part of our … series, produced with the financial
    # support of …", "Reporting for this story was funded by …", "The Courier's climate journalism is supported by …";
    # and the outlet's own plans at the event ("We'll be at the launch and will have first impressions …", "Our
    # correspondent will be in Frankfurt …"), unless someone is reported saying it. Anchored: one failed look per line.
    ("disclaimer", compiled(
        r"^\(?(?:this(?!\s+(?:year|week|month|quarter|time|season)\b)\s+(?:[\w'’-]+\s+){0,3}?(?:article|story|piece|series|feature|coverage|reporting|journalism|content"
        r"|newsletter|podcast|episode|page|post|blog)|our\s+(?:[\w'’-]+\s+){0,3}?(?:article|story|piece"
        r"|report|series|feature|project|coverage|reporting|journalism|content|investigation|newsletter|podcast|episode"
        r"|page|post|blog))\s+(?:is|was|are|were|has\s+been|have\s+been|forms?|formed)\s+(?:(?:a|an|the)\s+)?(?:part\s+of"
        r"|produced|funded|supported|sponsored|underwritten|made\s+possible|brought\s+to\s+you|paid\s+for"
        r"|in\s+(?:partnership|collaboration|association))\b"
        # the live page signing off: "Thank you for joining us. Today's coverage was brought to you by …"
        r"|^thank(?:s|\s+you)\s+(?:(?:so\s+)?much\s+)?for\s+(?:joining|following|reading|watching|staying\s+with|being\s+with)"
        r"\s+(?:us|along|our)\b(?![^.!?]*(?:[,\"”’]\s*(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|added)\b|\baccording\b))"
        r"|^(?:today['’]s|this|our)\s+(?:live\s+)?(?:coverage|blog|page)\s+(?:was|has\s+been|is)\s+(?:brought\s+to\s+you"
        r"|edited|produced|written|compiled)\s+by\b"
        r"|^(?:reporting|research|travel|coverage)\s+for\s+(?:this|our)\s+(?:[\w-]+\s+){0,2}?(?:article|story|piece|report"
        r"|series|feature|project|coverage|investigation)\b"
        r"|^(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}['’]s?\s+(?:[\w-]+\s+){0,3}?(?:(?:journalism"
        r"|coverage)\s+(?:is|was|are)\s+(?:\w+\s+)?(?:funded|supported|sponsored|underwritten|made\s+possible)|reporting"
        r"\s+(?:is|was|are)\s+(?:\w+\s+)?(?:funded|sponsored|underwritten|made\s+possible))\s+(?:by|with|through)\b"
        # The subject may be the outlet's team by the outlet's name ("The Courier's politics team will bring you live
        # coverage from 7.30pm"), or its reporters by theirs ("Our colleagues Ann Lee and Tom Reed are at the lock-in");
        # "The ministry's team will bring forward the review" and "The firm's team will be at the fair" stay news (a
        # named organisation's team only when it brings the reader something or has coverage for them).
        # Someone reported saying it comes after a comma or a quotation ("…, the governor said"): "We'll be watching to
        # see what the governor says" is still the newsroom's.
        r"|^(?:we|i|our\s+(?:[\w-]+\s+){0,2}?(?:team|reporters?|correspondents?|editors?|staff|writers?|colleagues?"
        r"|journalists?)(?:\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+){0,5})?)(?:'ll|’ll|\s+will"
        r"|\s+shall|'re|’re|\s+are|\s+is|'m|’m|\s+am)(?![^.!?]*(?:[,\"”’]\s*(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|added)\b"
        r"|\baccording\b))\s+(?:\w+\s+){0,2}?(?:be\s+(?:at"
        r"|in|on|there|live|here|back|inside|watching|following\s+(?:along|live|(?:all\s+)?(?:the\s+)?(?:latest|developments"
        r"|events|proceedings|updates|news))|covering|reporting|blogging|locked|heading)\b"
        r"|have\s+(?:[\w-]+\s+){0,3}?(?:impressions|updates|coverage|reaction|analysis"
        r"|the\s+latest)\b|bring(?:ing)?\s+you\b|updat(?:e|ing)\s+(?:this|the)\s+(?:story|article|page|post|blog)\b"
        r"|keep(?:ing)?\s+you\b)"
        r"|^our\s+(?:[\w-]+\s+){0,2}?(?:reporters?|correspondents?|colleagues?|journalists?)(?:\s+(?-i:[A-Z])[\w'’-]+"
        r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+){0,5})?\s+(?:are|is)\s+(?:at|in|inside)\b"
        r"(?![^.!?]*\b(?:said|says|told|according)\b)"
        r"|^(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}['’]s?\s+(?:[\w-]+\s+){0,4}?(?:team|reporters"
        r"|correspondents|editors|staff|desk|newsroom)\s+(?:will|'ll|’ll|are|is)\s+(?:be\s+)?(?:bring(?:ing)?\s+you\b"
        r"|hav(?:e|ing)\s+(?:[\w-]+\s+){0,3}?(?:live\s+)?(?:updates|coverage|reaction|analysis)\b)"
        r"(?![^.!?]*\b(?:said|says|told|according)\b)", re.I)),
    # The outlet speaking to its reader: "Join our Telegram channel …", "Follow us on …", "Download our app",
    # "We will be running a live blog from 9am", "Story continues below advertisement", "Tags: …", "Also read: …".
    # Our/us/your are matched in lower case only: "Follow US lead" is news.
    ("subscription", compiled(
        r"^(?:(?:click|tap) here (?:to|and) )?(?:join|follow|download|install|get|stay|listen|subscribe|tune in|like|catch|visit|explore|browse"
        r"|add|bookmark|watch|read|register|become)\b[^.!?]{0,80}\b(?:(?-i:[Oo]ur|us|[Yy]our)|newsletters?|podcasts?|app"
        r"|alerts)\b"
        r"|^(?:we(?:'ll|’ll|'re|’re| will| are| were)?|i(?:'ll|’ll| will| am)|hello|hi|welcome|good (?:morning|afternoon"
        r"|evening)|stay with us)\b[^.!?]{0,100}\b(?:live[- ]?blog\w*|live (?:coverage|updates|page|text|stream)"
        r"|(?:this|our|the) (?:live )?blog|our (?:live )?coverage|(?:latest )?updates (?:throughout|as (?:it|they)|below"
        r"|here)|as it happens)\b"
        r"|^follow (?:below|along|here|this page|this blog)\b"
        # the outlet's programmes: "You can watch a special programme on Channel Nine from 7pm", "You can also listen to
        # our podcast …" ("Viewers can watch the launch live …" names its subject; "You can claim …" is no programme)
        r"|^you\s+can\s+(?:also\s+)?(?:watch|listen\s+(?:to|in)|stream|catch|hear|tune\s+in)\b[^.!?]{0,80}\b(?:programmes?"
        r"|programs?|coverage|specials?|shows?|broadcasts?|podcasts?|channel|radio|tv|television|bulletins?|live\s*streams?)\b"
        # "We'll be reporting live from the launch …"
        r"|^we(?:'ll|’ll| will| are|'re|’re) (?:be )?(?:reporting|covering|bringing you|streaming)\s+(?:[\w-]+\s+){0,3}?live\b"
        # a shopping page's price widget: "Prices last checked 3 Mar 2027. We compare over 100 million offers …"
        r"|^prices? (?:(?:last )?checked|(?:(?:were|are|is) )?(?:correct|accurate) (?:at|as of))\b"
        # a price widget's line: "<Product> (2025): Now $349 at <Shop> (was $449)", "Pre-order for $999 at <Shop>" — a
        # price, a shop and nothing else; the news says what costs it ("The Slate costs $549 at Lumio's stores.")
        r"|^(?:[^:.!?]{1,60}:\s*)?(?:(?:now|only|just|from|deal|pre-?order(?:\s+it)?\s+(?:for|from)|buy(?:\s+it)?\s+(?:for"
        r"|from)|get\s+it\s+for)\s*:?\s*)?[$£€]\s?\d[\d,]*(?:\.\d+)?\s+(?:at|from|@)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])"
        r"[\w.&'’-]*){0,3}\s*(?:\(\s*(?:was|rrp|list(?:\s+price)?|reg\.?|orig\.?)\s*:?\s*[$£€]\s?\d[\d,]*(?:\.\d+)?\s*\))?\s*$"
        # the page's policy on its readers' comments: "<Outlet> may edit your comments …", "Your comments may be
        # published …"
        r"|^(?:[\w.&'’-]+\s+){0,3}(?:may|can|will|reserves?\s+the\s+right\s+to)\s+(?:edit|moderate|publish|shorten)\s+"
        r"your\s+(?:comments?|emails?|letters?|contributions?)\b"
        r"|^your\s+(?:comments?|emails?|posts?|messages?|contributions?)\s+(?:may|will|can|might)\s+(?:be\s+)?(?:published"
        r"|edited|moderated|used|shown|removed)\b"
        # the page on its own workings: "This page will update automatically", "There may be some technical issues
        # with older browsers" ("Microsoft said there may be issues with older browsers" names its subject)
        r"|^(?:this|the)\s+(?:live\s+)?(?:page|blog)\s+(?:will|should|may|does|is\s+set\s+to)\s+(?:\w+\s+)?(?:update"
        r"|refresh|reload)"
        r"|^there\s+(?:may|might|could)\s+be\s+(?:some\s+)?(?:technical\s+)?(?:issues|problems|difficulties)\s+with\s+"
        r"(?:some\s+|older\s+|your\s+)*(?:internet\s+|web\s+)?browsers?\b"
        r"(?![^.!?]*(?:[,\"”’]\s*(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|added|warned|wrote)\b|\baccording\b))"
        # a photo the page shows, described by whoever supplied it: "This undated photo provided by <Firm> shows …", "A
        # handout photo released by the ministry shows …" ("The photo, released by the agency, shows …" is reported)
        r"|^(?:this|these|(?:the|an?)\s+(?:undated|handout|file)|an?\s+(?:undated\s+|file\s+)?handout)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:photos?|photographs?|images?|pictures?|stills?)\b[^.!?]{0,60}\b(?:provided|released|supplied|distributed|taken"
        r"|obtained)\s+by\b"
        # the outlet blogging its own coverage: "<Outlet> will blog the analysis and reaction through the day"
        r"|^(?:here,?\s+)?(?:[\w'’.-]+\s+){1,5}(?:will|['’]ll)\s+(?:be\s+)?(?:live[- ]?)?blog(?:ging)?\b"
        # the outlet's reporters after an opening circumstance: "Before that, however, our colleagues <A> and <B> will
        # be locked in the Bank's basement"
        r"|^[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+(?:(?:however|meanwhile|though),\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:reporters?"
        r"|correspondents?|colleagues?|journalists?)(?:\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+)?(?-i:[A-Z])"
        r"[\w'’-]+){0,5})?\s+(?:will|['’]ll|are|is)\s+(?:be\s+)?(?:at|in|inside|locked|heading|watching|covering|reporting)\b"
        r"(?![^.!?]*(?:[,\"”’]\s*(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|added)\b|\baccording\b))"
        # the reader told where to follow the page's coverage: "You can follow all the latest updates from the summit
        # here"; "Investors can follow the decision live on the bank's website" is news
        r"|^you\s+(?:can|could|will\s+be\s+able\s+to|['’]ll\s+be\s+able\s+to)\s+(?:follow|read|catch)\s+(?:all\s+)?"
        r"(?:of\s+)?(?:the\s+|our\s+)?(?:latest\s+)?(?:live\s+)?(?:updates|coverage|developments|reaction|blog)\b"
        r"|^(?:this|the) (?:live )?(?:blog|page|discussion|comment section|thread)\b[^.!?]{0,40}\b(?:closed|ended|paused"
        r"|no longer)\b|^comments? (?:are|is|have been) (?:now )?(?:closed|disabled|turned off)\b"
        r"|^(?:your email address will not be published|required fields are marked|please (?:enter|leave) your"
        r" (?:comment|name|email))|^(?:story|article|text) continues (?:below|after|under)\b"
        r"|^continue reading (?:below|after)\b|^(?:listen to|hear) (?:this|the) (?:article|story)\b"
        r"|^(?:click|tap) (?:here )?to (?:enlarge|expand|zoom|view|play|watch|listen|read)\b"
        r"|^(?:item|image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}\b|^#\w+\s*[|:]"
        r"|^(?:video|watch|photos|listen|podcast|gallery)\s*\|"
        r"|^(?:ie ?\d+|internet explorer|your browser) (?:is )?(?:not supported|out of date|outdated)"
        r"|^(?:please )?(?:enable|turn on) javascript|^for (?:an optimal|the best) experience\b"
        r"|^(?:tags?|topics?|keywords|filed under|categories|category)\s*:\s*[^.!?\s][^.!?]{0,200}$"
        r"|^(?:also read|read also|also see|see also|related(?: stories| articles| coverage)?|must read|don'?t miss"
        r"|also in the news|more from\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?=\s*[:|]\s*(?-i:[A-Z0-9\"“‘']))"
        r"|do not miss|recommended(?: for you| reading| stories)?|more on this(?: story| topic| subject)?|top stories|trending"
        r"|in pictures|breakingviews|factbox)\s*[:|]\s*\S"
        r"|^reuse this content|^share this\b.{0,40}$|^print this (?:article|page|story)", re.I)),
    # The page speaking of who may read it, and the reader's meter, by shape (the page or the reader as subject, a count
    # of free articles), at the line's start or after a sentence or a dash: "Article reserved for subscribers - you have
    # read 2 of your 3 free articles", "Access to comments is restricted to members", "Only subscribers can comment",
    # "4 free stories left".  Who may use a thing in the news ("The feature will be available to subscribers from
    # March", "Access to the loans is restricted to firms …") names another subject or goes on past the readers.
    ("subscription", compiled(
        r"(?:^|[.!?]\s+|\s[-–—|•]\s)\W*(?:(?:(?:full|unlimited|continued)\s+)?(?:(?:access\s+to|reading)\s+)?"
        r"(?:(?:this|the|our)\s+)?(?:article|story|content|comments?|page|analysis|piece|feature|section|archive|podcast"
        r"|newsletter|edition|access|reading|commenting)\s+(?:(?:is|are)\s+)?(?:only\s+)?(?:reserved|restricted|limited"
        r"|available|exclusive|open|accessible)\s+(?:only\s+)?(?:to|for)\s+(?:[^\W\d][\w-]*\s+){0,2}?(?:subscribers|members"
        r"|subscription holders|readers|account holders)\W*(?:$|[.!]\s|\s[-–—|•]\s)"
        r"|only\s+(?:[\w-]+\s+)?(?:subscribers|members)\s+(?:can|may)\s+(?:read|comment|access|view|see|listen|watch"
        r"|share|download)\b[^.!?]{0,40}\b(?:this|the|our)\s+(?:article|story|content|page|piece|podcast|newsletter)\b"
        r"(?![^.!?]*\b(?:said|says|told|according)\b)"
        r"|(?:(?:you(?:'ve|’ve|\s+have)?|this\s+is\s+your)\b[^.!?]{0,50}\b|\d+\s+(?:more\s+)?)free\s+(?:articles?"
        r"|stor(?:y|ies)|reads?|pieces?)\b)", re.I)),
    # The outlet's offer: an imperative ending in its product, alone or before the offer's terms ("Get <OUTLET>
    # DIGITAL: the full e-paper …", "Upgrade to <Outlet> Premium", "Discover our subscription offers").
    ("subscription", compiled(
        r"^(?:get|try|discover|unlock|upgrade(?:\s+to)?|become|enjoy)(?=[^.!?]{0,60}(?:$|:))(?:\s+[\w'’&-]+){0,5}?\s+"
        r"(?:(?-i:[A-Z]{3,})|premium|digital|plus|unlimited|subscriptions?|memberships?|offers?|edition|app)"
        r"(?:\W*$|\s*:\s)", re.I)),
    # Credits and bios: "(With inputs from agencies)", "Writing by …; Editing by …", "Video Editor: …", "Writes about
    # the U.S. economy … Previously covered …", "Sam Okafor is the Ledger's economics editor." Names are capitalised:
    # "Reporting by the Financial Times suggested …" is news.
    ("byline", compiled(
        r"^\(?(?i:with (?:inputs?|additional reporting|reporting|contributions?|agency inputs?) from|(?:inputs|information)"
        r" from (?:agencies|wires|news agencies)|(?:some |additional )?(?:information|material) (?:for|in) this"
        r" (?:report|story|article))\b"
        r"|^(?i:(?:additional |further )?(?:reporting|writing|editing|compiled|research|edited|written|produced|graphics?"
        r"|video|production)(?: and (?:editing|writing|reporting))? by)\s+[A-Z][\w.'’-]+(?:\s+(?:and\s+)?[A-Z][\w.'’-]+){0,4}"
        r"(?:\s+(?:in|at|from|for)\s+[^;]{1,60})?\s*(?:[;,.)]|$)"
        r"|^(?i:writes (?:about|on|for)|covers|previously (?:covered|worked|wrote|reported|served)"
        r"|has (?:covered|written about|reported on))\b"
        r"|^(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+\s+is\s+(?:the\s+)?[A-Z][\w&.'’ -]{0,40}['’]s?\s+(?:[\w-]+\s){0,3}"
        r"(?:reporter|correspondent|editor|writer|journalist|columnist)\b"
        r"|^(?i:(?:(?:video|photo|graphics?|picture|senior|deputy|chief|managing|news|copy|desk)\s+)?(?:editor|producer"
        r"|photographer|illustrator|designer|reporter|writer|anchor)s?\s*:)\s*[A-Z][^.!?]{0,60}$")),
    # A caption's closing credit: "… on Nov 11. PHOTO: AGENCY", "… in Lisbon. Picture: AFP", "Pic: Supplied",
    # "Photo = Hanseo News", "… in Ostrava. File photo". Only a few words may follow the credit's colon.
    ("caption", compiled(
        r"(?:^|[.!?][\"”’)]?\s+|\(\s*|\|\s*)(?:(?:file|handout|stock|archive)\s+)?(?:photo(?:graph)?s?|photographer|images?"
        r"|pictures?|pics?|illustration|credits?|courtesy)(?:\s+credits?)?\s*[:=](?:\s*\S+){1,8}\s*$"
        r"|[.!?][\"”’)]?\s+(?:(?:file|handout|stock|archive)\s+(?:photo|image|picture)|(?:photo(?:graph)?|image)"
        r"\s+(?:by|courtesy of)\s+[^.!?]{1,60}|(?:photo|image)\s+courtesy\b[^.!?]{0,60})\W*$"
        # "Getty Images" closing a caption, not the company in the news ("Getty Images shares fell 8%")
        r"|(?:^|[.!?)/]\s*|\(\s*|\bvia\s+)getty images\b[^.!?]{0,40}$", re.I)),
    # Disowning and embedded posts: "The Ledger is not responsible for the content of external sites", "Views are
    # personal", "pic.twitter.com/…".
    ("disclaimer", compiled(
        r"\bnot responsible for the content of (?:external|third[- ]party|linked)\b"
        r"|\bviews (?:are|expressed (?:here |above )?are) (?:personal|(?:his|her|their|the author'?s|my) own)\b"
        r"|pic\.twitter\.com/", re.I)),
]
# For the patterns not anchored at the line's start, the words of which every match holds at least one: a line
# without any is not scanned (most lines are news; an alternation of fifty branches is tried at every position
# otherwise). A needle may be one of _MARKS, a character some matches hold instead of a word.
_MARKS = "/@>»›|•·"
_NEEDLES = {id(_FURNITURE[i][1]): frozenset(words.split()) for i, words in (
    (1, "you your home > » › | • · /"),
    (6, "contributed"),
    (8, "follow @"),
    (10, "by profile photo photos image images picture pictures credit credits source sources reuters photocredit"
         " photographcredit imagecredit picturecredit"),
    (14, "/"),
    (2, "subscribe unsubscribe subscriber subscribers newsletter newsletters sign account log login check confirmation"
        " spam inbox join ok create already unlock everything every email follow personalised personalized coverage"
        " support little just minute journalism privacy get try start enjoy subscription content"),
    (3, "constitute constitutes advice investment market information informational rights copyright own views terms privacy"
        " cookies please content material relevant accurate correct"),
    (4, "ai artificial machine generative corrected updated amended changed clarified version correction clarification"
        " editor editors update updates conditions using agree licensing standards commission commissions affiliate principles"
        " previously originally initially incorrectly wrongly mistakenly"
        " link links"
        " author authors writer writers columnist columnists"
        " delayed world snapshot disclosure"),
    (18, "subscribers members readers holders free"),
    (len(_FURNITURE) - 2, "photo photos photograph photographs photographer image images picture pictures pic pics"
                          " illustration credit credits courtesy getty"),
    (len(_FURNITURE) - 1, "responsible views pic"),
)}
# Patterns whose every branch opens at the line's start (^, without re.M), with the words that a match elsewhere needs
# (its other branches open with one): `search` would try every position of the line, and fail at each but the first,
# one branch after another (the long notes-on-the-text pattern cost more than any other on a news line), so the line's
# start is tried alone and the rest of it only when it holds one of the words (tests/test_prefilters.py).
_ANCHORED = {id(_FURNITURE[i][1]): frozenset(words.split()) for i, words in (
    (5, ""), (6, ""), (7, ""), (8, ""), (9, ""), (12, ""), (13, ""), (15, "could"), (16, ""), (17, ""), (19, ""), (20, ""),
)}
_SHORT_FURNITURE = [
    ("byline", compiled(r"^(?i:(?:written |reporting |edited |editing )?by|authors?)\b\s*:?\s*"
                          r"(?!(?i:january|february|march|april|may|june|july|august|september|october|november|december|monday"
                          r"|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
                          r"|dec)\b)"
                          r"[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*(?:[,;(|·].*)?$")),
    ("counter", compiled(r"^\W*\d[\d,.]*\s*[km]?\s*(people\s+)?(have\s+)?(views?|viewed|watched|reads?|readers"
                           r"|comments?|shares?|likes?)\W*$|\bmin(ute)?s?\s+read\b"
                           r"|^(?:comments?|views?|shares?|reads?|likes?|replies)\s?:?\s?\(?\d[\d,]*[km]?\)?$"
                           # how long the page takes: "Reading time: 6 min", "Listening time 4 minutes", "Time to read: 3'"
                           r"|\b(?:reading|listening|read|listen)\s+time\s*:?\s*(?:about\s+|approx\.?\s+)?\d+\s*(?:min(?:ute)?s?\b|')"
                           r"|\btime to (?:read|listen)\s*:?\s*\d", re.I)),
    ("share", compiled(r"^(share|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|copy link|advertisement"
                         r"|sponsored|comments?|menu|skip to (main )?content)( (this|on \w+|the))?( article| story| page)?"
                         r"\W*$", re.I)),
]
# A line of dates and times only: "Updated 7:02 AM GMT+2, May 6, 2027", "Published Mon 3 Feb 2025 09.41 GMT".
_TIMESTAMP_WORDS = compiled(
    r"\b(?:updated|published|posted|last|first|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist"
    r"|jst|et|ct|mt|pt|local|time|an|ago|hours?|mins?|minutes?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b\.?|[\d:.,/+|()–—-]+", re.I)
# What opens a note about the article, however long: "Correction: An earlier version of this article said …".
_NOTE_LEAD = compiled(r"\(?(?:correction|clarification|editor'?s note|corrections? (?:and|&) clarifications?)\b[^:]{0,60}:"
                        r"|\(?(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|piece)\b", re.I)
_TAG = compiled(r"<!--.*?-->|</?[A-Za-z][^<>]{0,400}>|&(?:nbsp|#160|#xa0);", re.I)
_HTML_PAGE = compiled(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_LIST_HEADING = compiled(
    r"^(related|popular|latest|recommended|trending|tags?|topics|more|most (read|popular|viewed|shared)"
    r"|you (may|might) (also )?like|see also|also see|further reading|editor'?s picks|top stories|read (next|also)|also read"
    r"|don'?t miss|do not miss)"
    r"\b[\w' ]{0,40}:?\s*$|^[\w' :-]{0,30}\b(?:full|more|related|latest|further) coverage\s*:?\s*$", re.I)
# A link in a list, tagged with its section: "- Opinion: A $64-billion deficit is a choice", "- Markets: Asian shares …"
_KICKER_LINK = compiled(r"^\s*(?:[-•*·▪]\s*)?(?:opinion|analysis|explainer|live|map|video|watch|listen|podcast|graphics?"
                          r"|factbox|timeline|photos|gallery|interview|q ?& ?a|news|markets|business|world|politics|sport|tech"
                          r"|technology|europe|americas|asia(?: pacific)?|africa|middle east|australia|uk|us)\s*:\s+(?:[^.!?]|\.(?=\d))+$",
                          re.I)
# A link to another piece tagged with its form, whatever its last mark ("Analysis: Why the summit will disappoint.",
# "Watch: Governor says rates will stay high"); a section's name may head a paragraph of news ("UK: Inflation rose …"),
# and so may the form itself when body copy follows ("Analysis: the decision leaves the door open …, economists said.",
# "Live: the summit opens on Tuesday …": a headline opens in capitals and reports no one's words, _reads_as_body)
_FORMAT_LINK = compiled(r"^(?:opinion|analysis|explainer|live|video|watch|listen|podcast|factbox|timeline|photos"
                        r"|gallery|interview|q ?& ?a|map|graphics?)\s*:\s+(?-i:[A-Z0-9\"“‘'])", re.I)
# What heads a list of topics rather than of claims: a short question, a table of contents.
_TOPICS_LEAD = compiled(r"^(?:(?:\S+\s+){0,9}\S+\?|(?:jump|skip) to\s*:?|in this (?:article|story|guide)\s*:?|contents\s*:?"
                          r"|on this page\s*:?)$", re.I)
# "Key Takeaways", "Key points", "Highlights", "At a glance": a summary of the story above its body, in bullets.
_SUMMARY_HEADING = compiled(r"^(?:key (?:points|takeaways|facts|numbers)|(?:the )?highlights|(?:\S+\s+){0,3}at a glance"
                              r"|in brief|in short|summary|the big picture|the short version|tl;?dr)\s*:?$", re.I)
# A headline quoting its speaker: "Goyal: EU deal will create 'lakhs of jobs' in textiles", "Kolar: cuts 'within
# weeks'" (a name of up to four capitalised words, a colon, a quotation in single quotes), or a question.
_LINK_HEADLINE = compiled(r"^(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}:\s.*?\s['‘]\w[^'’]*\w['’](?!\w)|\?\W*$")
_BULLET = compiled(r"^\s*(?:[-•*·▪–—]|\d{1,2}[.)])\s+")
# Bounded repetitions keep the scan linear on "x.x.x.x…" (a domain has few labels of at most 63 letters).
_SOURCE_TAG = compiled(r"(?<=[.!?\"”’])\s?(?:[a-z0-9-]{1,63}\.){1,4}(?:com|org|net|gov|edu|io|news|info|co\.uk|co\.jp"
                         r"|jp|uk|de|fr|in|au|ca)\b(?![./\w])")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr st jr sr inc co corp ltd gov sen rep gen col lt sgt prof no nos vs etc approx est fig
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k e.g i.e a.m p.m
calif fla ariz colo conn mich minn okla tenn wis nev penn ala
""".split())  # the last line: US states as datelines write them ("SAN FRANCISCO, Calif. (AP) —")
# A deck glued to the story's first sentence when copied, with no stop and no space ("… stayed above Bank targetThe
# Bank of England has kept …"): a sentence opening right after a lower-case word.
_SENTENCE_END = compiled(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9$€£¥])|(?<=[a-z]{3})\.(?=[A-Z][a-z])"
                         r"|(?<=[a-z]{3})(?=(?:The|This|Its|Shares)\s)")
# "FRANKFURT, Oct 17 (Agency) - ", "WASHINGTON (AP) — ", "Oct 17 (Reuters) -": where and when it was filed.
_DATELINE = compiled(
    r"^(?:(?:[A-Z][A-Z.'’/ -]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]{1,14})?)??"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)(?:\s*\([A-Za-z][\w .&/-]{1,30}\)){0,2}"
    r"|[A-Z][\w.'’/ -]{1,40}?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?(?:\s*\([A-Za-z][\w .&/-]{1,30}\)){1,2}"
    r"|\([A-Za-z][\w .&/-]{1,30}\))"  # the agency alone: "(RTTNews) - "
    r"\s*[-–—]+\s+(?=[\"“A-Z])"
    # the place, then the agency and the date in one bracket: "CAIRO (Agency News / Wire - 12th April, 2020) The …"
    r"|^[A-Z][A-Z.'’ -]{1,40}\s*\([A-Za-z][^()]{2,60}\b(?:19|20)\d\d\)\s+(?=[\"“A-Z])")
# Verbs that say someone else spoke or wrote a sentence ("…, economists at Nordbank wrote in a note").
_SPOKEN = r"(?:said|says|told|according|wrote|writes|noted|notes|added|adds|reported|estimated)"
# A sentence whose subject is the outlet or its reader, said in its own voice (no quotation, no one reported saying it).
_FIRST_PERSON = compiled(r"(?:we|i|our|you|your)\b(?![^\"“”]*[\"“”])(?![^.!?]*\b" + _SPOKEN + r"\b)", re.I)
# The same voice anywhere in a sentence: "Get the week's top stories in your inbox."
_OWN_VOICE = compiled(r"\b(?:we|our|(?-i:us)|you|your)\b(?![^\"“”]*[\"“”])(?![^.!?]*\b" + _SPOKEN + r"\b)", re.I)
# "Whether the group agrees…": a question; "Here's what Wall Street expects": a sentence that announces what follows
_INDIRECT = compiled(r"(?:whether|how|why|what|when|who|which|here(?:'s|’s|\s+is|\s+are))\b", re.I)


@dataclass
class _Page:
    """What reading an article's lines has found so far, shared by the stages that read them."""

    title: str | None = None
    site: str | None = None  # a short line before the headline; the title when nothing longer comes
    title_line: int | None = None
    dropped: int = 0  # lines of furniture
    examined: int = 0  # lines and sentences looked at, against MAX_EXAMINED
    stopped_at: int | None = None
    summary_lines: set[int] = field(default_factory=set)  # bullets under a summary heading ("Key Takeaways")


@dataclass(frozen=True)
class _Sentence:
    text: str  # verbatim, whitespace folded
    line: int


_ENDS_IN_PUNCTUATION = compiled(r"[.!?:;\"”’)]$")
# A line cut where the page wrapped it, whatever its length: it opens with a conjunction ("But Wall Street" / "is even
# more focused …") or ends in a word no heading or sentence ends in ("… press conference at" / "2:30 p.m. ET …").
# (asked of the unit's first and last lines only, not of the unit joined again for every line: that was quadratic in
# a run of wrapped lines)
_WRAPPED_START = compiled(r"(?:But|And|Yet|Or|Nor)\s")
_WRAPPED_END = compiled(r"\s(?:at|of|the|a|an|to|in|on|for|from|with|by|and|or|but|than|as|its|their"
                        r"|his|her|our|whose|which|that)$")


def _wrapped(unit: list[str]) -> bool:
    """Whether the unit's lines, joined, open with a conjunction or end in a word no heading or sentence ends in."""
    if len(unit) == 1:
        return _WRAPPED_START.match(unit[0]) is not None or _WRAPPED_END.search(unit[0]) is not None
    return _WRAPPED_START.match(unit[0] + " ") is not None or _WRAPPED_END.search(" " + unit[-1]) is not None


# A date stamp a crawl or a content system set before the first words: "date 2026-03-04 Finance Minister …"
_CRAWL_DATE = compiled(r"^(?:date|published|updated|posted)?\s*:?\s*\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?\s+"
                       r"(?=[A-Z\"“])", re.I)


# bounded and without its own marker inside: an unclosed "**" must not make every later one scan to the line's end
_MARKDOWN_STRONG = compiled(r"\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*|__(?=\S)([^_\n]{1,200}?)(?<=\S)__")


_CELL_GAP = compiled(r"[ \t]{2,}|\t")


def _menu(line: str) -> str:
    """A menu the page set in cells, its gaps kept when copied ("Home  India  World  Business  Opinion  Videos"): five cells
    or more, each a word or three, capitalised, with no figure and no stop — written with bars, as menus are read
    (_FURNITURE's navigation). Any other line is given back as it is: folding its spaces is no change of its words."""
    cells = _CELL_GAP.split(line.strip())
    if len(cells) >= 5 and all(
            0 < len(cell.split()) <= 3 and any(ch.isupper() for ch in cell.split()[0]) and cell[-1].isalnum()
            and not _DIGIT.search(cell) for cell in cells):
        return " | ".join(cells)
    return line


def _units(text: str) -> Iterator[tuple[int, str, bool]]:
    """(line, text, whether a blank line comes before it) of each line, with lines wrapped inside a paragraph joined;
    read lazily."""
    unit: list[str] = []  # the lines of the current unit, joined when it ends: linear in the text
    start = words = 0
    previous_end = -1
    blank = spaced = False
    for number, line in enumerate(text.splitlines(), 1):
        if "<" in line or "&" in line:
            line = _TAG.sub(" ", line)  # tags and non-breaking spaces of a pasted HTML fragment
        if "  " in line or "\t" in line:
            line = _menu(line)
        line = _CRAWL_DATE.sub("", " ".join(line.split()), count=1)
        if "**" in line or "__" in line:
            line = _MARKDOWN_STRONG.sub(r"\1\2", line)  # "- **Revenue (Q3):** $2.6 billion": the mark-up, not the words
        if not line:
            previous_end, blank = -1, True
            continue
        if unit and previous_end == number - 1 and not _ENDS_IN_PUNCTUATION.search(unit[-1]) \
                and ((line[0].islower() and words > 8) or ((line[0].islower() or line[0].isdigit() or line[0] in "$€£¥")
                                                           and _wrapped(unit))):
            unit.append(line)
            words += len(line.split())
        else:
            if unit:
                yield start, " ".join(unit), spaced
            unit, start, words, spaced, blank = [line], number, len(line.split()), blank, False
        previous_end = number
    if unit:
        yield start, " ".join(unit), spaced


_ROUGH_SENTENCE = compiled(r"\S.*?(?:[.!?](?=\s)|$)")
_SENTENCE_BREAK = compiled(r"[.!?]\s")


# kept: a paragraph's sentences are judged inside it, then again one by one (_sentences)
@lru_cache(maxsize=1 << 12)
def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a line of an article is, or None when it may be body text."""
    if line and not line[0].isalnum():
        # a bullet, an arrow or a pictograph is no word of the line: "• This article was amended on …", "▶ Read more: …"
        # (a banner between pictographs is read whole below)
        unmarked = _LEADING_MARKS.sub("", line, count=1)
        if unmarked != line and unmarked:
            kind = furniture_kind(unmarked)
            if kind:
                return kind
    words = len(line.split())
    if _BRACKETED_MEDIA.match(line):
        return "caption"  # a caption wrapped whole in brackets after its label, however long: "[Photo: … (Photo by …)]"
    if line.endswith((")", ").", ")\u201d")) and _picture_credit(line):
        return "caption"  # a caption ends in its picture's credit, however long: "… power grids. (Xinhua/Liu Bin)"
    if _is_table_row(line):
        return "widget"  # a table flattened into one line, however long
    if words > FURNITURE_WORDS and _NOTE_LEAD.match(line):
        return "disclaimer"  # a long correction note is one note: its restated figures are no claims
    if words > FURNITURE_WORDS:
        # A paragraph is furniture when most of its sentences are ("The market carries risks. …");
        # a news paragraph that mentions a newsletter or cookies keeps its other sentences.
        parts = list(itertools.islice(_ROUGH_SENTENCE.finditer(line), 60))
        flagged = sum(1 for m in parts if len(m.group().split()) <= FURNITURE_WORDS and furniture_kind(m.group()))
        return "disclaimer" if flagged * 2 > len(parts) else None
    if _TICKER_MOVE.search(line) and (_is_ticker(line) or _is_ticker(_DATA_LABEL.sub("", line, count=1))
                                      or _is_quote_strip(line)):
        return "widget"  # quotes and their moves, alone or under a label: "Market data: Nikkei 225 39,105 (+0.8%), …"
    kind = _pattern_kind(line)
    if kind in ("subscription", "social") and _SENTENCE_BREAK.search(line):
        # a promo closing a news paragraph ("…, analysts wrote on Monday. Sign up for our newsletter."): the
        # paragraph is news, its promo sentence is left out alone (_sentences), when another sentence reports a
        # figure or a named speaker's words; one in the page's own voice ("Get the week's top stories in your
        # inbox.") or of the page's offer ("Get the latest auto industry news delivered every week.") is the promo's
        sentences = [m.group() for m in itertools.islice(_ROUGH_SENTENCE.finditer(line), 60)]
        # (a "sentence" that is the whole line is not another sentence of it: reading it again would never end)
        if any(one != line and _reads_as_sentence(one) and not _OWN_VOICE.search(one) and furniture_kind(one) is None
               and (_DIGIT.search(one) or re.search(r"\b" + _SPOKEN + r"\b", one)) for one in sentences):
            return None
    if kind:
        return kind
    if _SPEAKER_ON.match(line):
        return "caption"
    if line and words <= 12 and unicodedata.category(line[0]) == "So" \
            and unicodedata.category(line[-1]) == "So":
        return "subscription"  # a banner between pictographs: "⚡ Get All Content for 20% Off ⚡"
    if words <= 25 and (_KICKER_LINK.match(line) or (_FORMAT_LINK.match(line) and not _reads_as_body(line))):
        return "more link"
    if words <= 12:
        if _TIMESTAMP_WORDS.sub("", line).strip() == "" and _DIGIT.search(line):
            return "timestamp"
        for kind, pattern in _SHORT_FURNITURE:
            if pattern.search(line):
                return kind
        if _LIST_HEADING.match(line) or _links_lead(line):
            return "list"
    if _is_meta_strip(line):
        return "timestamp"  # "Published Sep 14, 2026 11:30 AM ET | Comments (87)"
    return None


# A line wrapped whole in square brackets after a picture's or a video's label: "[Photo: …]", "[Image: … Credit: …]",
# "[Photo caption: …]", "[Video: … - 3:12]" (a bracket inside ends the shape: "[Photo] … [1/2]" is read as before)
_BRACKETED_MEDIA = compiled(r"^\[\s*(?:photo(?:graph)?|image|picture|video|graphic|illustration)s?(?:\s+caption)?\s*[:|]"
                            r"[^\[\]]*\]\W*$", re.I)
# Marks before a line's first word: bullets, dashes, arrows, pictographs ("• ", "- ", "▶ "); not a sign ("-0.4%"), a
# quotation mark, a bracket or a currency.
_LEADING_MARKS = compiled(r"^(?:[^\w\s\"“”‘’'(\[{$€£¥+#@%&]\s*)+(?<=\s)|^[-–—−+]\s+")
# A picture's credit closing a caption, in brackets: the agency and the photographer ("(Xinhua/Liu Bin)", "(AP Photo/Evan
# Vucci, File)"), the photographer and the agency ("(Kay Lin/Agency)"), or a credit word ("(Photo by Kay Lin)", "(Picture:
# PA)"). A poll's credit names no person ("(Reuters/Ipsos)"), nor does a pair of codes ("(EUR/USD)").
_NAME = r"[A-Z][a-z][\w.'’-]*"
_BRACKET_CREDIT = compiled(
    r"\(\s*(?:(?i:(?:file\s+|handout\s+)?(?:photo(?:graph)?|picture|pic|image)s?(?:\s+credit)?)\s*(?::|(?i:by)\b)\s*[^()]{1,60}"
    r"|[A-Z][\w.&'’-]{0,30}(?:\s(?i:photo))?\s?/\s?" + _NAME + r"\s" + _NAME + r"(?:\s" + _NAME + r")?"
    r"|" + _NAME + r"\s" + _NAME + r"\s?/\s?[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,2}"
    r"|[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,3}\s(?i:photo(?:graph)?|picture|image|handout)s?)"
    r"(?:\s?/\s?[A-Z][\w.&'’ -]{0,30})?(?:,\s*(?i:file)(?:\s+(?i:photo))?)?\s*\)[.”\"]?$")
_CREDIT_WORD = compiled(r"\b(?:photo(?:graph)?|picture|pic|image)s?\b", re.I)
_ATTRIBUTION = compiled(r"\b(?:said|told|according\s+to|announced|wrote|noted|added|reported|estimated|confirmed)\b")
_PERSON = compiled(_NAME + r"\s(" + _NAME + r")")


def _picture_credit(line: str) -> bool:
    """Whether a line ends in a picture's credit in brackets. A credit word says so ("(AP Photo/Evan Marsh)", "(Photo by
    Kay Lin)"); a bare name and an organisation ("(Christine Lagarde/ECB)") may be the tag of the speaker the line
    reports: it is a photographer's only when the line reports no one's words and does not name that person before it."""
    found = _BRACKET_CREDIT.search(line)
    if found is None:
        return False
    if _CREDIT_WORD.search(found.group()):
        return True
    before = line[:found.start()]
    if _ATTRIBUTION.search(before):
        return False
    surnames = {m.group(1) for m in _PERSON.finditer(found.group())}  # "Lagarde" of "(Christine Lagarde/ECB)"
    return not any(re.search(r"\b" + re.escape(name) + r"\b", before) for name in surnames)


# The label of a strip of market data: "Market data: ", "Markets: "
_DATA_LABEL = compiled(r"^[A-Z][\w &/-]{0,25}:\s+")
_LOWER_WORD = compiled(r"\b[a-z]{2,}\b")
_TABLE_ROWS = 6


def _is_table_row(line: str) -> bool:
    """Whether a line is a table flattened when the page was copied ("Quarter Q4 2018 Q3 2018 Q2 2018 Q1 2018 EPS
    Estimate 0.08 0.06 0.06 0.04 EPS Actual 0.1 0.11 0.11 0.08"): six numbers or more, not one word in lower case and no
    stop — labels and values for the eye, no sentence. News says what the numbers are ("Revenue rose 12% to …")."""
    return (len(_NUMBER.findall(line)) >= _TABLE_ROWS and _LOWER_WORD.search(line) is None
            and _LINE_CLOSED.search(line) is None)


# A byline the page set beside its headline, glued to it when copied: "RBA to hold – Reuters PollBy Dana Reyes".
_GLUED_BYLINE = compiled(r"(?<=[a-z])By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$")
# A video's caption: who speaks, all in capitals, then "on" what, with no verb and no stop ("Political Editor Ann Vale
# on the changes to expect on Thursday", "ECB President Lagarde on why rates stay high"). News has its verb: "Finance
# Minister Ann Vale on Monday said …" is closed by its stop.
_SPEAKER_ON = compiled(r"^(?:[A-Z][\w'’.&-]*\s+){2,8}on\s+(?:the|how|why|what|whether|where|when|his|her|their|its)\s+[a-z]"
                       r"[^.!?]*[^.!?:;\"”’)\s]$")


_LETTERS = compiled(r"[a-z]+")


def _pattern_kind(line: str) -> str | None:
    """The kind of the first of _FURNITURE's patterns that a line of at most FURNITURE_WORDS words matches."""
    words_in: set[str] | None = None
    for kind, pattern in _FURNITURE:
        needles = _NEEDLES.get(id(pattern))
        if needles is not None:
            if words_in is None:
                words_in = _words_in(line)
            if not needles & words_in:
                continue  # none of the words the pattern needs: the costly scan is skipped
        elsewhere = _ANCHORED.get(id(pattern))
        if elsewhere is not None:
            if pattern.match(line):
                return kind
            if not elsewhere:
                continue
            if words_in is None:
                words_in = _words_in(line)
            if elsewhere.isdisjoint(words_in):
                continue
        if pattern.search(line):
            return kind
    return None


def _words_in(line: str) -> set[str]:
    """The words of a line as _NEEDLES lists them (lower case), and its marks."""
    low = line.lower()
    return set(_LETTERS.findall(low)) | ({"ai"} if "a.i." in low else set()) | (
        {"copyright"} if "©" in low else set()) | {mark for mark in _MARKS if mark in line}


# A quote's move: "+0.31%", "-1.20", "▲0.4%", "(-1.44%)".
_TICKER_MOVE = compiled(r"(?:^|[\s(])[+\-−▲▼]\s?\d[\d,]*(?:\.\d+)?%?")
_TICKER_WORDS = frozenset("at as of close open closed opened pre market after hours prev previous pts points chg change"
                          " vol volume delayed".split())


_NUMBER = compiled(r"\d[\d,]*(?:\.\d+)?")
_LOWER_CASE_WORD = compiled(r"\b[a-z][a-z-]+\b")
_LEADING_SYMBOL = compiled(r"[A-Z]{2,5}\s")


def _is_ticker(line: str) -> bool:
    """Whether a line is a market ticker strip ("S&P 500 5,102.40 +0.31% | Nasdaq …", "KLR  Kestler Rail Corp.  31.06
    +0.44 (+1.44%)  As of 11:32 AM EST"): quotes and their moves with no word of a sentence, where news says what
    moved ("The S&P 500 rose 0.3% to 5,102.40")."""
    numbers = _NUMBER.findall(line)
    lower = [w for w in _LOWER_CASE_WORD.findall(line) if w not in _TICKER_WORDS]
    # two quotes' moves, or one after a ticker symbol: a table line "Inflation: 2.4% (-0.1)" may be the report's figure
    return len(numbers) >= 2 and not lower and (len(_TICKER_MOVE.findall(line)) >= 2 or _LEADING_SYMBOL.match(line) is not None
                                                 or "▲" in line or "▼" in line)  # an arrow is no word of prose


_BAR = compiled(r"\s[|•·]\s")
_PLACE = compiled(r"(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*(?:\s[-−]?\d{1,2}\s?°\s?[CF])?")


def _is_meta_strip(line: str) -> bool:
    """Whether a line is the page's metadata between bars: a time stamp or a counter, with the page's other labels (a
    place, a byline, the weather) — "Published Sep 14, 2026 11:30 AM ET | Comments (87)", "Sunday, September 13, 2026 |
    New Delhi 31°C". Each part is short and no sentence; news does not set its words between bars."""
    parts = _BAR.split(line)
    if not 2 <= len(parts) <= 12:
        return False
    stamped = False
    for part in parts:
        part = part.strip()
        if not part or len(part.split()) > 10 or part.endswith((".", "!", "?")):
            return False
        kind = furniture_kind(part)
        if kind in ("timestamp", "counter") or (_TIMESTAMP_WORDS.sub("", part).strip() == "" and _DIGIT.search(part)):
            stamped = True
        elif kind is None and not _PLACE.fullmatch(part):
            return False
    return stamped


def _is_quote_strip(line: str) -> bool:
    """Quotes between bars, each a level and its signed move ("10-year Treasury yield 4.21% (+3 bps) | 2-year 4.55% (+2
    bps)"): a strip of market data, where news says what moved ("The 10-year yield rose 3 basis points to 4.21%")."""
    parts = line.split(" | ")
    return len(parts) >= 2 and all(len(p.split()) <= 8 and _TICKER_MOVE.search(p) is not None
                                   and len(_NUMBER.findall(p)) >= 2 and not p.rstrip().endswith((".", "!", "?")) for p in parts)


# What closes a sentence or a line of data; an agency's credit may follow the stop ("… to the Cabinet. - Agency"). A
# closing quotation mark closes a sentence only after its stop ('… would move "carefully".', '… "carefully."'): another
# story's headline ends in its quotation ('Galipolo says inflation target "is not negotiable"'), while a labelled line
# of data may end in a name in quotes ('Research: €23.1bn, including €1.2bn for the "High-Tech Agenda"').
_LINE_CLOSED = compiled(r"[.!?:;)][\"”’)]*(?:\s+[-–—]\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})?$"
                        r"|^[^:]{1,40}:\s.*[\"”’]$")


# Another story's headline ending in its quotation is short ('Galipolo says inflation target "is not negotiable"')
_QUOTED_HEADLINE_WORDS = 12


def _is_heading(line: str) -> bool:
    if line.endswith(("\"", "”", "’")) and len(line.split()) > _QUOTED_HEADLINE_WORDS:
        return False  # 'Asked about July, Lagarde said rates could fall to 1.75% "if the data allow…"': a paragraph
    return not _LINE_CLOSED.search(line) and len(line.split()) <= 20


_ENDS_AS_SENTENCE = compiled(r"[.!?][\"”’)]*$")


def _is_body_prose(line: str) -> bool:
    # What ends a related-articles list: a paragraph, not another headline or teaser.
    return len(line.split()) >= 35 and _ENDS_AS_SENTENCE.search(line) is not None and not _cut_off(line)


_ENDS_AS_STATEMENT = compiled(r"[.!][\"”’)]*$")


def _reports_news(line: str) -> bool:
    """What also ends a list of links, after a blank line: a paragraph of a dozen words or more, closed by a full stop,
    that reports a figure or a named speaker's words, not in the page's own voice ("Data released on Tuesday showed
    prices rose 4.7% …" after a "More on this story" list of headlines). A list's links carry no full stop, its teasers
    follow their headline with no blank line, and the notes at the page's foot speak to the reader or carry no figure."""
    return (len(line.split()) >= 12 and _ENDS_AS_STATEMENT.search(line) is not None and _reads_as_sentence(line)
            and not _cut_off(line) and not _OWN_VOICE.search(line)
            and (_DIGIT.search(line) or re.search(r"\b" + _SPOKEN + r"\b", line)) is not None)


def _reads_as_body(line: str) -> bool:
    """Body copy, not a headline that kept its stop: it reports who said it ("…, economists said", "the Treasury
    announced …"; a headline says "says") or runs longer than a headline."""
    return len(line.split()) > _HEADLINE_WORDS or _ATTRIBUTION.search(line) is not None


_HEADLINE_WORDS = 20


def _cut_off(line: str) -> bool:
    return line.endswith(("...", "…"))


_ENDS_IN_STOP = compiled(r"[.!]\W*$")
_ENDS_IN_QUESTION = compiled(r"\?\W*$")


def _body(text: str, page: _Page) -> Iterator[tuple[int, str, bool]]:
    """The units of body text, and whether each was a bullet point; the headline and the count of
    furniture lines go to page."""
    in_list = False
    listed = False  # the list under a related / popular heading has had an item
    topics = False  # bullets under "What's on the agenda?" or "Jump to:" name topics, they claim nothing
    deck = False  # the first unit after the headline may be its deck: "X tipped to dominate as deficit narrows"
    summary = False  # bullets under "Key Takeaways" restate the story (_Page.summary_lines)
    led = False  # bullets under a line ending in a colon are its items
    links = False  # bullets of a list of other stories' headlines
    unmarked = False  # in a run of list items whose bullets were lost when the page was copied
    about = False  # in a box "About <the company / the event>" at the page's foot: what the outlet says of it every time
    faq = False  # in a box of explainers under "<Topic> FAQs" at the page's foot, to its end
    half = text.count("\n") // 2
    seen: set[str] = set()
    writers: set[str] = set()  # the byline's names, whole and by part: a paragraph they open is the writer's bio
    previous = ""
    units = _units(text)
    ahead = next(units, None)
    while ahead is not None:
        (line_no, unit, spaced), ahead = ahead, next(units, None)
        previous, last = unit, previous
        if page.examined >= MAX_EXAMINED:
            page.stopped_at = line_no
            return
        page.examined += 1
        kind = furniture_kind(unit)
        if kind == "caption" and page.title is None and _SPEAKER_ON.match(unit):
            kind = None  # before the headline, "<Name> on the ropes as …" is the headline, not a video's caption
        if kind == "byline" or _ROLE_LINE.match(unit):
            writers |= _writers(unit if kind == "byline" else last)
        if writers and kind is None and _is_bio(unit, writers):
            kind = "byline"
        if kind == "list":
            in_list, listed = True, False
        if in_list and kind is None and (_is_body_prose(unit) or (_reports_news(unit) and (spaced or (
                not listed and (ahead is None or not _cut_off(ahead[1])) and _reads_as_body(unit))))):
            # a paragraph ends the list; right under its heading, a sentence of body copy says the links were not
            # copied ("You may also like" above "The Treasury announced the minimum wage will rise by 4.1% …"), unless
            # a teaser cut off follows it: a link's headline ("Steel exports set to stay high in 2027." / "According to
            # the latest customs data, …"); a headline with its stop is a link ("Bank of the North cuts its policy
            # rate to 3.75% as growth slows in the third quarter.")
            in_list = False
        listed = listed or (in_list and kind is None)
        if kind is None and line_no > half and _ABOUT_BOX.match(unit) and not any(
                _verbish(w) for w in unit.split()[1:]):
            about = True  # "About ECB's press conference", "About Acme Corp.": the box runs to the next heading
        elif about and kind is None and (_is_heading(unit) or _BULLET.match(unit)):
            about = False
        faq = faq or (kind is None and line_no > half and _FAQ_HEADING.match(unit) is not None)
        if kind or in_list or about or (faq and not _DIGIT.search(unit)):  # an explainer states no figure
            page.dropped += 1
            led = unmarked = False  # "Read more:" ends the items above it: the headlines under it are no items
            # a bare lead ("Read more:", "Also read:") heads a list of other stories: the bullets after it are links
            links = links or (kind in ("more link", "list") and _BARE_LEAD.match(unit) is not None)
            continue
        if page.site and (_OWNED_PAGE.match(unit[len(page.site):]) or _SITE_REGRETS.match(unit[len(page.site):])) \
                and _fold(unit).startswith(_fold(page.site)):
            # "Silicon Beat is part of Halden Media Group.": the page's own name, its owner; "Halden Ledger regrets the
            # error.": its correction
            page.dropped += 1
            continue
        key = _fold(unit)
        if key in seen:
            continue
        seen.add(key)
        if page.title is not None and ahead is not None and not ahead[2] and len(key) > 12 \
                and _fold(ahead[1]).startswith(key) and furniture_kind(ahead[1]) in ("caption", "byline"):
            page.dropped += 1  # the picture's text, which the next line repeats with its credit: its caption
            continue
        if page.title is None and ((len(unit.split()) < 5 and not _BULLET.match(unit)) or _numbered_label(unit)):
            page.site = page.site or _BULLET.sub("", unit)  # "Meridian News Agency" above the headline: the site's name
            continue
        if page.title is None:
            if len(unit.split()) > TITLE_WORDS:
                page.title = _first_words(unit)
            else:
                page.title, page.title_line = _GLUED_BYLINE.sub("", _BULLET.sub("", unit)), line_no
                if not _reads_as_sentence(unit) and not _PARAGRAPH.search(unit):
                    deck = True
                    continue  # a headline; a lead sentence standing first is the title and a claim too
        was_deck, deck = deck, False
        bullet = _BULLET.match(unit) is not None
        # Bullets drawn by the page's style sheet are lost when it is copied: lines under a lead ending in a colon
        # ("Key Findings:"), none closed by a stop, each with a figure or a verb ("48 out of 49 economists see the
        # bank holding at 1.5%"), are its items when at least two come in a row; a lone unclosed line is a heading.
        # A heading opens with a capital: a lower-case line under the lead ("widely expected to hike another 25 basis
        # points") is an item, even alone.
        unmarked = not bullet and (led or unmarked) and _unmarked_item(unit) and (
            unmarked or unit[0].islower() or (ahead is not None and _unmarked_item(ahead[1])))
        bullet = bullet or unmarked
        glued = [] if bullet else _glued_items(unit)
        if glued:  # a list flattened into one line when copied: its items, each a bullet
            led = False
            for item in glued:
                yield line_no, item, True
            continue
        if bullet and topics:
            page.dropped += 1
            continue
        topics = not bullet and _TOPICS_LEAD.match(unit) is not None
        summary = (summary and bullet) or (not bullet and _SUMMARY_HEADING.match(unit) is not None)
        if summary and bullet:
            page.summary_lines.add(line_no)
        if bullet and not summary and not led and not _ENDS_IN_STOP.search(unit) \
                and (links or _link_headline(_BULLET.sub("", unit))):
            # Another story's headline ("Goyal: EU deal will create 'lakhs of jobs'"): a speaker's name, a colon and a
            # quote in single quotes, with no full stop; the bullets after it in its list are headlines too. A question
            # ("- Why does the decision matter?") is no claim either, but it starts no list: the bullets after it are news.
            links = links or not _ENDS_IN_QUESTION.search(unit)
            page.dropped += 1
            continue
        links = links and bullet
        if not bullet:
            led = unit.rstrip().endswith(":")  # "The budget is expected to include:" leads its items
        if bullet:  # a bullet point is a sentence, with or without its full stop
            unit = _BULLET.sub("", unit)
        elif _is_heading(unit) and not (was_deck and _is_deck(unit)):
            continue
        yield line_no, unit, bullet


# A writer's name in a byline ("By Jonas Lindqvist, Senior Wearables Editor", "Written by Chidi Okafor and Mei Chen"):
# two to four capitalised words; an agency or desk ("By Reuters Staff", "By Bloomberg News") names no writer.
_BYLINE_NAMES = compiled(r"^\W*(?i:(?:(?:written|reported|reporting|edited|words|text|story)\s+)?by)\s*:?\s+"
                         r"((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+(?:\s*(?:,|and|&)\s*(?:[A-Z][\w.'’-]+\s+){1,3}"
                         r"[A-Z][\w.'’-]+)*)")
_DESK_WORDS = frozenset("news staff agency agencies press desk team service services wire wires reporters editors"
                        " bureau online digital media".split())
# The writer's role on a line of its own under their name ("Jonas Lindqvist" / "Senior Wearables Editor").
_ROLE_LINE = compiled(r"^(?:[A-Z][\w&'’-]*\s+){0,4}(?i:editor|reporter|correspondent|writer|journalist|columnist"
                      r"|contributor|reviewer|critic)s?\s*$")


_NAME_LINE = compiled(r"^(?!By\s)((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+)$")  # a byline's own line names no writer
_NAME_SEPARATOR = compiled(r"\s*(?:,|\band\b|&)\s*")


def _writers(line: str) -> set[str]:
    """The names of the writers a byline or the line above a role line names, whole and by first name."""
    m = _BYLINE_NAMES.match(line) or _NAME_LINE.match(line)
    if m is None:
        return set()
    names = set()
    for name in _NAME_SEPARATOR.split(m.group(1)):
        parts = name.split()
        if 2 <= len(parts) <= 4 and not any(p.lower() in _DESK_WORDS or p.isupper() for p in parts):
            names |= {name, parts[0]}  # a surname alone is how news names the people it reports on
    return names


_LEADING_NAME = compiled(r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+)\s+[a-z]")


def _is_bio(unit: str, writers: set[str]) -> bool:
    """Whether a paragraph is the writer's bio: a byline's name (whole or first) is its subject, followed by
    the verb ("Jonas has tested more than 150 smartwatches …", "Anna Vogt covers the Swiss economy …"). "Reed Capital
    has raised …" under a byline of Tom Reed names a firm, not the writer."""
    m = _LEADING_NAME.match(unit)
    return m is not None and m.group(1) in writers


# The heading of a box about a company or an event, as press releases and market pages close: a few words after "About",
# naming it ("About Acme Corp.", "About the Bank of England"), not a subheading of the story ("About the vote")
_ABOUT_BOX = compiled(r"^About\s+(?:the\s+)?[A-Z0-9](?:[\w&'’.,-]*\s+){0,6}[\w&'’.-]+\.?$")
# (other stories as the page names them: "other", "earlier", "related" … before the word, not "Success stories in numbers:")
_LINKS_LEAD = compiled(r"\b(?:other|more|related|earlier|recent|latest|top|further|previous|past|popular|similar|our)\s+"
                       r"(?:[\w-]+\s+)?(?:headlines|stories|articles|links|reads)\b[^.!?]*:$", re.I)


def _links_lead(line: str) -> bool:
    """A lead naming what follows as other stories, with no verb of its own: "Some other headlines from the past week
    or so:", "Earlier stories on the talks:". "The stories of three firms show the trend:" says something."""
    words = line.split()
    return _LINKS_LEAD.search(line) is not None and not any(_verbish(w.strip(",;:")) for w in words)


_UNMARKED_ITEM_WORDS = 40


def _unmarked_item(line: str) -> bool:
    """Whether a line may be an item of a list whose bullet marks were lost: not closed by a stop, not furniture,
    short, with a figure or a verb ("24 of 45 respondents forecast a steady rate", "Median response sees cuts in June")."""
    words = line.split()
    return (3 <= len(words) <= _UNMARKED_ITEM_WORDS and not _LINE_CLOSED.search(line) and furniture_kind(line) is None
            and _BULLET.match(line) is None and (_DIGIT.search(line) is not None
                                                 or any(_verbish(w.strip(",;:")) and not _is_gerund(w) for w in words[1:])))


# What a page says of its own outlet, after the outlet's name ("… is part of Halden Media Group", "… is published
# by …"): the owner, on every page of the site.
_SITE_REGRETS = compiled(r"\s+regrets\s+(?:the|this|these|any)\s+(?:errors?|mistakes?|omissions?|inaccurac(?:y|ies))\W*$",
                         re.I)
_OWNED_PAGE = compiled(r"\s+is\s+(?:(?:a\s+)?part\s+of|owned\s+by|published\s+by|a\s+(?:trademark|brand|division)\s+of)"
                       r"\s+(?-i:[A-Z])[^,;:.!?]*[.!]?\s*$", re.I)  # the owner's name and nothing after it
# "Interest rates FAQs", "Central banks FAQs": a market site's box of explainers on a topic, the same on every page of it
# ("Frequently asked questions" after a budget story may restate its figures: those answers stay)
_FAQ_HEADING = compiled(r"^(?:[\w&'’-]+\s+){1,4}FAQs?\s*:?$", re.I)
# A lead with nothing after it but its colon, or two or three words ("Read more:", "Also read", "Related coverage")
_BARE_LEAD = compiled(r"^[^:]{0,40}:\s*$|^\S+(?:\s+\S+){0,2}$")


# A list flattened into one line, each item's dash kept before its label: "-Earnings (Q3): $114 Mln. vs. $129 Mln. last
# year. -EPS (Q3): $0.36 vs. $0.37 last year. -Analysts Estimate: $0.33" (a dash before a figure is its sign: "-11.6%")
_GLUED_ITEM = compiled(r"(?:^|\s)-(?=[A-Z][^:.!?]{0,40}:\s)")
_GLUED_ITEMS = 3


def _glued_items(unit: str) -> list[str]:
    """The items of a list flattened into one line, when it holds three or more dashed "Label: value" items."""
    marks = list(_GLUED_ITEM.finditer(unit))
    if len(marks) < _GLUED_ITEMS:
        return []
    items = []
    for i, mark in enumerate(marks):
        item = unit[mark.end():marks[i + 1].start() if i + 1 < len(marks) else len(unit)].strip()
        if item:
            items.append(item)
    return items


def _numbered_label(unit: str) -> bool:
    """A short numbered line above the headline, a section's or a list's label ("1. Metro Report"): up to three words
    after the number, none a figure or a verb. A bullet of news says something ("- Rates held at 4%")."""
    if not _BULLET.match(unit):
        return False
    words = _BULLET.sub("", unit).split()
    return len(words) <= 3 and not _DIGIT.search(" ".join(words)) and not any(_verbish(w) for w in words)


def _link_headline(line: str) -> bool:
    """Whether a bullet reads as another story's headline (_LINK_HEADLINE): a question, or a speaker's name, a colon
    and a quote.  A label the dictionary knows as a word ("Outlook: growth seen as 'modest' at 1.2%", "Guidance: …")
    names a topic of this article, not a speaker ("Kolar: …", "Piyush Goyal: …")."""
    m = _LINK_HEADLINE.search(line)
    if m is None:
        return False
    label = line.split(":", 1)[0].split() if not line.rstrip().endswith("?") else []
    return not (len(label) == 1 and lexical.groups(label[0].lower()) != lexical.NO_GROUPS)


def _is_deck(line: str) -> bool:
    """A line under the headline that says something, headline-style ("Cost-of-living relief tipped to dominate as
    deficit forecast narrows", "Powell says rates still below neutral, signals more hikes"): six words or more, with a
    verb; a byline or a section name has none."""
    words = line.split()
    return len(words) >= 6 and any(_verbish(w.strip(",;:")) and not _is_gerund(w) for w in words[1:])


# A sentence ending inside the unit, another opening after it: "Amazon is scheduled to report on Thursday. Here's what
# you need to know:" is a paragraph standing first, whatever its last stop; no headline holds two sentences.
_PARAGRAPH = compiled(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z][a-z'’]*\s+[a-z])")


def _reads_as_sentence(line: str) -> bool:
    """A full sentence rather than a headline: a final full stop, a dozen words or more (six with a verb), not in
    title case."""
    words = line.split()
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    # "Japanese automaker Sorano Motor lowered its annual profit forecast on Friday.": a short lead with its verb
    verb = any(_verbish(w.strip(",;:")) and not _is_gerund(w) for w in words[1:])
    return (bool(_ENDS_AS_SENTENCE.search(line)) and (len(words) >= 12 or (len(words) >= 6 and verb))
            and not title_case) or _DATELINE.match(line) is not None


def _first_words(unit: str) -> str:
    words = unit.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


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
            # "U.S." and "a.m." hold a stop; a decimal figure ("to 1.1%.", "$1,299.99.") ends its sentence
            # (a single letter is an initial, "Bruce R. Chizen"; a single digit ends a date, "as of May 1. Over …")
            if chunk[m.start()] == "." and (last in _ABBREVIATIONS or (len(last.strip("(\"“")) == 1
                                                                        and not last.strip("(\"“").isdigit())
                                             or ("." in last and not any(c.isdigit() for c in last))):
                continue
            pieces.append(chunk[start:end].strip())
            start = end
            if len(pieces) >= limit:
                break
        pieces.append(chunk[start:].strip())
        if len(pieces) >= limit:
            break
    pieces = [p for p in pieces[:max(limit, 0)] if p]
    furniture = [furniture_kind(p) is not None for p in pieces]
    out = []
    for i, piece in enumerate(pieces):
        if _cut_off(piece) or (i == 0 and piece[0].islower() and not item) or piece.endswith("?") \
                or (piece.endswith("!") and not _exclaimed_statement(piece)) \
                or (_INDIRECT.match(piece) and not (_WHEN_CLAUSE.match(piece) and _OWN_VOICE.search(piece) is None)) \
                or len(piece) > MAX_SENTENCE_CHARS \
                or furniture[i]:
            continue  # an excerpt cut off, a fragment, a question or a cry: not a claim
        if any(furniture) and _FIRST_PERSON.match(piece):
            continue  # "Our team will share photos straight away. Follow along on our live blog.": the page's own plans
        # an item under a lead is stated with it: "$1bn for defence" says enough
        if (2 if item else MIN_SENTENCE_WORDS) <= len(piece.split()) <= MAX_WORDS:
            out.append(_Sentence(piece, line))
    return out, len(pieces)


# "When excluding one-off items, Norvane earned …", "When the board meets, it is expected to …": a clause of time
# before the main one, not an indirect question ("When the cut will come remains unclear.")
_WHEN_CLAUSE = compiled(r"when\b[^,;:]{2,120},\s+\S", re.I)
_EXCLAIMED_WORDS = 10


def _exclaimed_statement(piece: str) -> bool:
    """A statement that ends in an exclamation mark ("The launch event will take place on 9 June, and there is a lot
    riding on it!"): ten words or more with a verb, not in the page's own voice; a cry ("What a week!") or the page's
    call ("Don't miss our live coverage!") is shorter or speaks to the reader."""
    words = piece.split()
    return (len(words) >= _EXCLAIMED_WORDS and _OWN_VOICE.search(piece) is None
            and any(_verbish(w.strip(",;:!")) and not _is_gerund(w) for w in words[1:]))


_NOT_WORD_OR_SPACE = compiled(r"[^\w\s]")


def _fold(text: str) -> str:
    return " ".join(_NOT_WORD_OR_SPACE.sub(" ", text.lower()).split())
