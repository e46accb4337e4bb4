"""Relation rules: which facts a sentence states, given its linked mentions.

Triggers come from the lexicon ``patterns/triggers.json`` ("elected", "resigned", "stood down",
"asking", "majority on", "wrote in", "sits on", "whip" ...), found by the pipeline's PhraseMatcher.
Each trigger names a rule; the rule picks its arguments from the mentions around the trigger by
position and by a few function words:

- the subject is the mention a relative clause hangs on ("Nicola Sturgeon, who announced her
  resignation"), or the clause's first mention of a fitting kind (a clause starts after "that",
  "who", "when", ", and" ...); objects follow the trigger ("resigned as leader of the Liberal
  Democrats", "asking Haringey Council to ...");
- passive voice: the agent follows "by" ("rejected on Tuesday by a panel of the party's Scottish
  Executive Committee") or, for a sanction, "from" ("were suspended from the party"); without either,
  it is the body the paragraph's last decision was taken by, or for a party's own sanctions and
  selections the party the document is about; "Among those suspended ... were A, B and C" names
  the people after the verb;
- a decision about a list of people ("suspended A, B and C") is one fact per person;
- appositions ("Peter Murrell, the SNP's chief executive", "the council leader, Claire Kober",
  "The Greens' co-leaders, Patrick Harvie and Lorna Slater") and possessives ("Labour's National
  Executive Committee") are read without a trigger.

Hedged and future statements are not facts: a trigger after "would", "will", "expected to", "could",
"until" ... is skipped (except in reported speech: "told MPs that the government would intervene").

Dates: the temporal expression nearest the trigger in its sentence; an event sentence with none
("Tom Watson was elected deputy leader at the same conference") takes the time the paragraph was
talking about, unless its verb is in the past perfect ("had stood down"), which places it earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rdflib.namespace import ORG

from ...ontology import uris
from .dates import When
from .linking import ORG_KINDS, Entity, Linker, Mention
from .pipeline import Arrays, role_lexicon
from .reference import Letter, event_person

DECIDERS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE"}
TARGETS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE", "PERSON", "POLICY", "POST"}
PEOPLE = {"PERSON"}
HEDGES = {"would", "will", "could", "might", "may", "should", "expected", "likely", "set", "due",
          "unless", "if", "whether", "promised", "pledged", "committed", "intend", "intends", "plans", "threatened",
          "threatening", "can", "cannot", "ca", "wo", "risk", "pain", "proposed", "wants", "want", "rather", "minded",
          "ought"}
SPEECH = {"told", "said", "announced", "confirmed", "says", "tells", "announces", "confirms"}
NEGATION = {"not", "never", "n't"}
#: A resignation's verbs in the present: "X resigns", "Y steps down", "Z announces her resignation".
PRESENT_FORMS = {"resigns", "quits", "steps", "stands", "leaves", "announces", "tenders", "hands", "submits"}
#: How many days before publication a news story's lead event may be told to have happened.
RECENT_DAYS = 7
#: How precise a date is, for choosing between two tellings of one event.
PRECISION = {"year": 0, "month": 1, "week": 2, "day": 3}
#: Rules whose facts are events (an election, a decision, a resignation, a signature), which the story's
#: day dates when the text gives them no date; an office or a membership seen to hold is not dated so.
EVENT_RULES = ("elected", "office-took-over", "office-succeeded", "office-won", "decided", "resigned", "signed",
               "member-joined")
#: Verbs of a meeting's resolution: "RESOLVED that X be elected", "the council agreed that Y be appointed".
RESOLVING = {"resolved", "agreed", "decided", "voted"}
MEMBER_NOUNS = {"official", "member", "activist", "organiser", "organizer", "delegate", "representative", "steward"}
#: Roles that are a seat in a parliament: "the MP for X" names a constituency.
#: Words after a place that make it a parliamentary seat: "his North Down seat".
SEAT_WORDS = {"seat", "seats", "constituency", "constituencies"}
SEAT_ROLES = {"member-of-parliament", "member-of-the-scottish-parliament", "member-of-the-senedd",
              # as read when the text's "the" is dropped from the role ("a Member of the Scottish Parliament")
              "member-of-scottish-parliament", "member-of-senedd"}
GOVERNMENT_ROLES = {*SEAT_ROLES, "prime-minister",
                    "first-minister", "counsel-general", "attorney-general", "solicitor-general", "lord-advocate"}
#: Offices that can be held for the time being ("acting leader", "interim chief executive").
STAND_IN_ROLES = {"leader", "mayor", "chief-executive", "chair", "speaker", "general-secretary", "president"}
#: Verbs whose subject a role before them is ("X, the Prime Minister wrote"): no apposition to X.
VERBS_AFTER = {"has", "had", "have", "wrote", "writes", "said", "says", "told", "tells", "will", "would", "did",
               "could", "announced", "added", "insisted", "replied"}
#: Offices of one devolved government whatever the text's nation.
DEVOLVED_ROLE_NATIONS = {"counsel-general": "wales", "lord-advocate": "scotland"}
#: Words that name a nation before or after a government office ("Scotland's First Minister").
NATION_WORDS = {"scotland": "scotland", "scottish": "scotland", "wales": "wales", "welsh": "wales",
                "northern": "northern-ireland", "stormont": "northern-ireland", "holyrood": "scotland"}
#: Offices of a party itself: without an organisation named, the party in context holds them.
PARTY_OFFICES = {"general-secretary", "president", "treasurer", "chief-whip", "deputy-chief-whip"}
BE = {"was", "were", "been", "be", "is", "are", "being"}
#: Prepositions whose object is never the subject of the verb that follows.
SUBJECT_NOT_AFTER = {"in", "at", "on", "from", "under", "during"}  # not "since", "after": conjunctions too
INCLUDE_WORDS = {"include", "included", "includes", "including"}
REQUEST_WORDS = {"asked", "asking", "asks", "ask", "called", "calling", "calls", "urged", "urging", "urges", "told",
                 "pressed", "pressing", "wanted", "wants", "invited", "demanded", "demanding", "expected", "encouraged",
                 "advised", "ordered", "instructed", "forced", "pressure"}
#: Decisions a party takes about its own members and candidates (the party the document is about,
#: when a passive sentence names no one: "Corbyn had been suspended pending an investigation").
PARTY_ACTIONS = {"suspend", "expel", "select", "deselect", "investigate"}
#: Triggers too common in other senses to take a far object: the object must follow at once.
WEAK = {"ended", "terminated", "accepted", "accept", "accepts", "refused", "refuses", "named", "agreed"}
WHIP_VERBS = {"withdrawn", "withdrew", "withdraw", "withdrawing", "removed", "remove", "removing", "suspended",
              "suspend", "lost", "loses", "stripped", "strip"}
WHIP_RESTORED = {"restored", "restore", "restores", "regained", "returned", "given"}
CONTROL_VERBS = {"won", "wins", "kept", "keeps", "retained", "retains", "took", "takes", "gained", "gains", "holds",
                 "held", "holding", "has", "have", "regained", "lost"}
#: "a majority of the seats", "a majority in the chamber": words after a control trigger that name the
#: council in context without naming it.
CHAMBER_WORDS = {"seats", "chamber", "town", "council", "authority"}
#: "Labour will run the council", "Labour has run Leicester City Council since 2019": the verb, the
#: auxiliaries between a party and it, and the nouns that stand for the council in context.
RUN_FORMS = {"run", "runs", "ran", "running"}
RUN_AUX = {"will", "has", "have", "had", "is", "was", "been", "now", "already", "still", "also", "continue",
           "continues", "continued", "to", "and", "then"}
#: Offices a party's group (on a council, in a parliament) elects: named without an organisation just
#: after the group was the last organisation named, they are the group's.
GROUP_OFFICES = {"leader", "deputy-leader", "chief-whip", "whip", "deputy-whip", "chair", "vice-chair", "secretary",
                 "treasurer", "group-leader", "business-manager"}
#: Offices whose holder's call on someone to go is a request, not opposition.
LEADING_ROLES = {"leader", "party-leader", "first-minister", "prime-minister", "chief-whip", "co-leader",
                 "deputy-leader", "chair", "chairman", "general-secretary"}
#: "called on X to step down": what a call that opposes its object asks of them.
GO_WORDS = {"step", "stand", "resign", "quit", "go", "leave"}
#: "passed a vote of no confidence in him", "submitted a letter of no confidence in Sunak": the verbs by
#: which a person or a body states it (not "survived" or "faces", said of the object).
NO_CONFIDENCE_VERBS = {"submitted", "submit", "submits", "passed", "pass", "passes", "backed", "backs", "sent",
                       "tabled", "moved", "supported", "signed", "carried", "lodged", "wrote", "put"}
#: Words between a subject and "called" that leave it the subject ("he and X jointly called on").
CALL_ADVERBS = {"jointly", "also", "publicly", "repeatedly", "openly", "then", "have", "has", "had", "last", "night"}
RUN_OBJECTS = {"city", "council", "authority", "borough", "county", "town"}
#: "The councils Reform now runs are A, B and C": a head noun naming councils, a party that runs them,
#: and the list after "are" / "include" / ":". Each listed name is a council the party controls.
COUNCIL_NOUNS = {"councils", "authorities", "boroughs"}
RUNS_VERBS = {"runs", "run", "controls", "control", "controlled", "leads", "led", "won", "took", "gained", "holds",
              "held"}
#: "won 38 of the 54 seats", "walked away with 57 of the 81 seats": the words before a count of seats won.
SEAT_WIN_VERBS = {"won", "took", "with", "gained", "secured", "captured", "holds", "held", "has", "had"}
LIST_OPENERS = {"are", "were", "include", "included", "including", ":"}
#: "Reform's candidate Sarah Pochin": a common noun between a party's possessive and a person's name.
PARTY_PERSON_NOUNS = {"candidate", "mp", "msp", "ms", "mla", "councillor", "leader", "member", "peer", "mayor",
                      "activist", "chairman", "chair", "treasurer", "spokesman", "spokeswoman"}
#: "won Shropshire Council from the Conservatives": a council won outright, named at once after the verb.
COUNCIL_WIN_VERBS = {"won", "wins", "took", "takes", "gained", "gains", "captured", "seized", "regained"}


# ------------------------------------------------------------------ facts

@dataclass
class Fact:
    """One fact read from a sentence, before it becomes RDF."""

    relation: str
    subject: Entity
    object: Entity
    start: int
    end: int
    rule: str
    confidence: float
    role: str | None = None
    action: str | None = None
    when: When | None = None
    is_start: bool = True  # the date is when it began (false: when it was seen to hold)
    seat: bool = False  # a post (holds_office), not a plain membership
    seats: int | None = None
    total: int | None = None
    statement: Entity | None = None
    creator: Entity | None = None
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple:
        return (self.relation, self.subject.iri, self.object.iri, self.role, self.action)


# ------------------------------------------------------------------ the sentence

class Sentence:
    """A sentence with its linked mentions and helpers to look around a token (token indices count
    from the sentence's first token)."""

    def __init__(self, arrays: Arrays, start: int, end: int, offset: int, mentions: list[Mention], index: int,
                 paragraph: int = 0, text: str = ""):
        self.arrays = arrays
        self.base = start
        self.n = end - start
        self.offset_in_doc = offset  # document offset of the paragraph
        self.offset = offset + arrays.idx[start]  # document offset of the sentence's first character
        self.mentions = mentions
        self.index = index
        self.paragraph = paragraph
        self.text = text
        self.lower = arrays.lowers[start:end]
        self.words = arrays.words[start:end]
        self.inherit: When | None = None  # the time the paragraph was talking about before this sentence
        self.triggers: list[int] = []  # where the sentence's relation triggers start
        self._dates = [m for m in mentions if m.label == "DATE"]
        self._in_date = {k for m in self._dates for k in range(m.first, m.last + 1)}

    def char(self, token: int) -> int:
        return self.offset_in_doc + self.arrays.idx[self.base + token]

    def char_end(self, token: int) -> int:
        return self.offset_in_doc + self.arrays.ends[self.base + token]

    def title(self, token: int) -> bool:
        w = self.words[token]
        return w[:1].isupper() and w.istitle()

    def at(self, token: int) -> Mention | None:
        for m in self.mentions:
            if m.first <= token <= m.last:
                return m
        return None

    def before(self, token: int, kinds: set[str], limit: int = 40) -> list[Mention]:
        return [m for m in reversed(self.mentions) if m.last < token and token - m.last <= limit and _kind(m) in kinds]

    def after(self, token: int, kinds: set[str], limit: int = 14) -> list[Mention]:
        return [m for m in self.mentions if m.first > token and m.first - token <= limit and _kind(m) in kinds]

    def dates(self) -> list[Mention]:
        return self._dates

    def hedged(self, token: int, window: int = 5) -> bool:
        """Whether the words just before ``token`` make it hypothetical or future."""
        lo = max(0, token - window)
        words = [w for k, w in enumerate(self.lower[lo:token], lo) if k not in self._in_date]
        if "until" in words and any(w in ("has", "have", "is", "are") for w in words[words.index("until"):]):
            return True  # "until the SNP has chosen his successor": not yet
        if not any(w in HEDGES for w in words):
            return False
        # Reported speech states a decision: "told MPs that the government would intervene".
        if "would" in words or "will" in words:
            before = self.lower[:token]
            if any(w in SPEECH for w in before) and "that" in before:
                return False
        return True

    def clausal_and(self, k: int) -> bool:
        """Whether ", and" / ", but" at ``k`` joins two clauses (a trigger on each side), not a list."""
        return self.lower[k] in ("and", "but") and k > 0 and self.lower[k - 1] == "," and \
            any(t < k - 1 for t in self.triggers) and any(t > k for t in self.triggers)

    def segment(self, token: int) -> tuple[int, int]:
        """The clause-level part of the sentence ``token`` is in, between ";" and clausal ", and"."""
        lo, hi = 0, self.n
        for k in range(token - 1, -1, -1):
            if self.lower[k] == ";" or self.clausal_and(k):
                lo = k + 1
                break
        for k in range(token + 1, self.n):
            if self.lower[k] == ";" or self.clausal_and(k):
                hi = k
                break
        return lo, hi

    def requested(self, token: int) -> bool:
        """"called on her to resign", "asked him to stand down": what someone was asked to do, not done."""
        return token > 0 and self.lower[token - 1] == "to" and any(
            w in REQUEST_WORDS for w in self.lower[max(0, token - 7):token - 1])

    def resolution(self, token: int) -> bool:
        """"RESOLVED: that X be elected Leader", "agreed that Y be appointed": what a meeting decided,
        in the subjunctive of a resolution, is done."""
        before = self.lower[:token]
        return "that" in before and any(w in RESOLVING for w in before[:before.index("that")])

    def pluperfect(self, token: int) -> bool:
        """"had stood down", "had been suspended": an event placed before the story's time."""
        return "had" in self.lower[max(0, token - 3):token]


def relational(m: Mention, s: Sentence) -> bool:
    """"a month after the council declared itself bankrupt", "the day before the result": a time
    counted from an event named after it, which dates the sentence only when that event's own date
    follows ("the day after the election on 4 July")."""
    return m.text.lower().endswith(("after", "before")) and m.last + 1 < s.n and s.words[m.last + 1][:1].isalpha()


def _anchored(m: Mention, s: Sentence) -> bool:
    """"the day after the party's defeat at the election on 4 July": a relational time whose event's own
    date follows in the same phrase, no comma between ("four days after the count, the group ... since
    March 2014" is not one)."""
    return any(m.last < d.first <= m.last + 12 and "," not in s.lower[m.last + 1:d.first] for d in s.dates())


def duration(m: Mention, s: Sentence) -> bool:
    """"suspended for one week after a hearing", "for six months": how long, not when."""
    return m.first > 0 and s.lower[m.first - 1] == "for" and not m.text.lower().startswith(("in ", "on ", "since "))


def when_clause_date(s: Sentence, token: int) -> Mention | None:
    """"until October last year, when she resigned", "in 2010, when the NEC removed him": the date just
    before ", when" is the time of the when-clause's event (``token`` in that clause)."""
    for m in s.dates():
        k = m.last + 2
        if k < token <= k + 10 and s.lower[k - 1] == "," and s.lower[k] == "when" and "," not in s.lower[k:token] \
                and _clause_end(s, k + 1) > token and not any(k < d.first < token for d in s.dates()):
            return m
    return None


#: Modal verbs that make a verb a few words on hypothetical: "said he should 'do the decent thing and resign'".
#: ("would" and "will" are read by ``Sentence.hedged``, which lets reported speech through: "announced
#: that he would stand down" is a resignation).
MODALS = {"should", "could", "might", "must", "ought"}
#: "gave up the whip", "had given up the leadership".
GIVE_UP = {"given", "gave", "give", "gives", "giving"}


def _modal_before(s: Sentence, start: int) -> bool:
    """Whether a modal verb stands in the eight words before ``start`` with no comma between."""
    for k in range(start - 1, max(-1, start - 9), -1):
        if s.lower[k] in (",", ";"):
            return False
        if s.lower[k] in MODALS:
            return True
    return False


#: "refused to resign", "declined to step down": not done.
REFUSALS = {"refused", "refuses", "refusing", "declined", "declines", "declining", "resisted", "resists", "resisting"}
#: "gave up the post", "had given up the job": the office the story is about.
POST_NOUNS = {"post", "job", "role", "position", "leadership"}


#: Words that may follow an organisation left without being part of a longer noun phrase.
AFTER_LEFT = {"and", "or", "but", "to", "in", "on", "at", "for", "after", "before", "over", "with", "without", "by",
              "from", "of", "as", "amid", "following", "since", "until", "when", "because", "while", "who", "which",
              "whose", "that", "where", "yesterday", "today", "tonight", "last", "this", "earlier", "altogether",
              "entirely", "just", "only", "nearly", "almost", "shortly", "soon", "once", "twice", "again", "too",
              "saying", "citing", "complaining", "claiming"}


def _noun_follows(s: Sentence, k: int) -> bool:
    """Whether a lowercase word that can carry on a noun phrase follows at ``k`` ("the Labour Party
    conference", "the group meeting")."""
    return k < s.n and s.words[k].isalpha() and s.words[k].islower() and s.lower[k] not in AFTER_LEFT


def _refused(s: Sentence, start: int) -> bool:
    """"He refused to resign", "has declined to stand down": what someone would not do."""
    return start >= 2 and s.lower[start - 1] == "to" and \
        any(w in REFUSALS for w in s.lower[max(0, start - 4):start - 1])


def _the_post(s: Sentence, end: int) -> bool:
    """"gave up the post", "given up the leadership": an office named by a common noun."""
    return end + 1 < s.n and s.lower[end] in ("the", "his", "her", "their") and s.lower[end + 1] in POST_NOUNS


def _present(s: Sentence, start: int) -> bool:
    """"resigns", "is resigning", "steps down": a verb in the present, not in a subordinate "if"."""
    word = s.lower[start]
    if word.endswith("ing"):
        return start > 0 and s.lower[start - 1] in ("is", "are")
    return word in PRESENT_FORMS and "if" not in s.lower[max(0, start - 4):start]


def _passive(s: Sentence, start: int) -> bool:
    """"was suspended", "had been quickly expelled" - but not "had been right to expel"."""
    window = s.lower[max(0, start - 3):start]
    if s.lower[start].endswith("ing"):
        return False  # "has been investigating": progressive, not passive
    return any(w in BE for w in window) and "to" not in window[-2:]


def _kind(m: Mention) -> str:
    if m.entity is not None:
        return m.entity.kind
    return m.label


# ------------------------------------------------------------------ the extractor

class Rules:
    """Applies the relation rules to one document's sentences, in order."""

    def __init__(self, linker: Linker, meeting: When | None, published_when):  # type: ignore[no-untyped-def]
        self.linker = linker
        self.facts: list[Fact] = []
        self.meeting = meeting  # minutes: the date of the meeting, for what it resolved
        self.when_of = published_when  # callable: (date mention, sentence, token) -> When
        self.offices: dict[str, Fact] = {}  # person IRI -> the office the document last gave them
        self.calls: set[tuple[str, str]] = set()  # (subject, person) of calls to go: opposed, not requests
        self.left: dict[str, Fact] = {}  # person IRI -> the office the document said they left
        self.parties: dict[str, Entity] = {}  # person IRI -> the party the document said they belonged to
        self.last_office: Fact | None = None
        self.last_elected: Fact | None = None  # "... was elected deputy leader": of what the last election was for
        self.deciders: dict[int, Entity] = {}  # paragraph -> who took its last decision
        self.actions: dict[int, str] = {}  # paragraph -> what its last decision was
        self.sentences: list[Sentence] = []
        self.undated: list[tuple[Fact, int]] = []  # events told before the text gave any time, by sentence
        self.last_left_org: Entity | None = None  # the organisation of the last resignation read
        self.letter = Letter(linker.doc_key)  # a letter's "I" and "we": its signatories

    # -- helpers

    def add(self, fact: Fact) -> Fact | None:
        if fact.subject.iri == fact.object.iri:
            return None
        if fact.relation == "holds_office" and fact.role in SEAT_ROLES and fact.object.kind == "COUNCIL":
            return None  # "the Tamworth MP": a constituency the graph knows only as the council of its town
        if fact.relation == "decided" and fact.action == "request" and \
                (fact.subject.iri, fact.object.iri) in self.calls:
            return None  # "called on X to step down": printed as opposed, not as a request
        if fact.role in self.linker.role_labels:
            fact.extra.setdefault("role_label", self.linker.role_labels[fact.role])
        if fact.relation == "holds_office" and fact.role in STAND_IN_ROLES:
            # kept apart from the role the rules read ("his deputy", the office left): printed only
            fact.extra["printed_role"] = self._stand_in(fact)
        self.facts.append(fact)
        if fact.when is None and fact.relation in ("resigned", "decided") and self.sentences and \
                self.sentences[-1].inherit is None and self.meeting is None:
            self.undated.append((fact, len(self.sentences) - 1))
        if fact.subject.kind == "PERSON" and fact.object.kind == "PARTY" and fact.relation in ("member_of",
                                                                                                "holds_office"):
            self.parties.setdefault(fact.subject.iri, fact.object)
        if fact.relation == "holds_office" and fact.subject.kind == "PERSON":
            current = self.offices.get(fact.subject.iri)
            if current is None or fact.rule.startswith("elect") or not current.rule.startswith("elect"):
                self.offices[fact.subject.iri] = fact
            self.last_office = fact
            if fact.rule.startswith("elected"):
                self.last_elected = fact
        return fact

    def date_near(self, s: Sentence, token: int, exclude: set[int] | None = None,
                  since: bool = True, event: bool = False) -> tuple[When | None, bool]:
        """The temporal expression of the clause around ``token`` (the nearest in the sentence) and
        whether it gives a start ("since 2008"). An event sentence without one takes the paragraph's
        time (``event``)."""
        if event:
            told = when_clause_date(s, token)
            if told is not None and (not exclude or told.first not in exclude):
                return self.when_of(told, s, token), True
        # without ``since``, "since 2008" is left out: it dates when something else began
        candidates = [m for m in s.dates() if (not exclude or m.first not in exclude) and not duration(m, s)
                      and (since or not m.text.lower().startswith("since"))
                      and not (relational(m, s) and not _anchored(m, s))]
        if event:
            # "since 2017" before an event's verb dates something else ("X, who has represented Y since
            # 2017, announced that he had been suspended"); after it, when the event began
            candidates = [m for m in candidates if not (m.text.lower().startswith("since") and m.first < token)
                          and not m.text.lower().startswith("until")]
        # "Susan Aitken, who has led the group since 2014, was elected leader": a date inside an aside
        # the token is not in dates the aside's fact, not the clause's
        candidates = [m for m in candidates if not _in_aside(s, m, token)]
        lo, hi = s.segment(token)
        candidates = [m for m in candidates if lo <= m.first < hi] or candidates
        if any(relational(m, s) and m.last < token <= m.last + 5 and "," not in s.lower[m.last + 1:token]
               for m in s.dates()):
            # "four months after he won the contest": a time counted back from another event, unknown here
            return None, True
        if not candidates:
            if self.meeting is not None:
                return self.meeting, True
            if event and s.inherit is not None and not s.pluperfect(token):
                return s.inherit, True
            return None, True
        best = min(candidates, key=lambda m: abs(m.first - token))
        return self.when_of(best, s, token), True

    def evidence_span(self, s: Sentence, first: int, last: int) -> tuple[int, int]:
        """The quote: the clause from ``first`` to ``last`` token, widened to whole mentions (in either
        order: a date may come before the person it dates)."""
        first, last = max(0, min(first, last)), min(s.n - 1, max(first, last))
        return s.char(first), s.char_end(last)

    def _stand_in(self, fact: Fact) -> str:
        """An office held for the time being keeps its qualifier (docs/text-gold-guide.md: modifiers
        kept): "Jane Smith, who is acting leader" is an acting leader, "interim chief executive" an
        interim one, when the fact's evidence in the sentence says so."""
        s = self.sentences[-1] if self.sentences else None
        if s is None or not s.offset <= fact.start <= s.offset + len(s.text):
            return fact.role
        quote = s.text[fact.start - s.offset:fact.end - s.offset].lower()
        found = re.search(r"\b(acting|interim)\s+" + fact.role.replace("-", r"[\s-]"), quote)
        return f"{found.group(1)}-{fact.role}" if found else fact.role

    def org_of_role(self, s: Sentence, role: Mention, person_side: str = "before") -> Entity | None:
        """The organisation a role mention is in: "leader of X", "X's chief executive", "the Scottish
        Labour leader", "the party president" (the party in context), "the council leader", "Lord
        Provost" (the council in context)."""
        if role.possessor is not None and role.possessor.kind != "PERSON":
            return role.possessor  # not "Aitken's deputy leader of the council": a person's is the office's
        k = role.first - 1
        while k > 1 and s.lower[k] in ("two", "three", "four", "joint", "other", "new"):
            k -= 1
        owner = s.at(k - 1) if k < role.first - 1 and s.lower[k] in ("'s", "’s") else None
        if owner is not None and owner.entity is not None and owner.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
            return owner.entity  # "one of the council's two deputy leaders"
        j = role.last + 1
        if j < s.n and s.lower[j] in ("of", "for", "on", "in") and not (
                s.lower[j] == "in" and j + 2 < s.n and s.lower[j + 1] == "the" and s.lower[j + 2] == "chair"):
            for k in range(j + 1, min(s.n, j + 4)):
                nxt = s.at(k)
                if nxt is None:
                    if s.lower[k] in ("the", "a", "an"):
                        continue
                    break
                if nxt.last + 2 < s.n and s.lower[nxt.last + 1] in ("'s", "’s"):
                    # "leader of Newcastle's ruling Labour group": the organisation possessed
                    owned = next((x for x in s.mentions if nxt.last + 1 < x.first <= nxt.last + 4
                                  and x.entity is not None and x.entity.kind in ORG_KINDS - {"COLLECTIVE"}), None)
                    if owned is None:
                        return None  # "a member of Croydon's improvement panel": a body the text does not name
                    nxt = owned
                party = s.at(nxt.last + 1) if nxt.last + 1 < s.n else None
                if nxt.entity is not None and nxt.entity.kind != "PARTY" and party is not None and \
                        party.entity is not None and party.entity.kind == "PARTY":
                    return party.entity  # "leader of the UK Liberal Democrats": the party, not a place
                if nxt.entity is not None and nxt.entity.kind in ORG_KINDS | {"POLICY", "PLACE"}:
                    if role.role in SEAT_ROLES and s.lower[j] == "for":
                        # "the MP for Ashfield": the constituency, not the council of the same name
                        return nxt.entity if nxt.entity.kind == "PLACE" else self.linker.constituency(nxt.text)
                    if nxt.entity.kind == "PLACE" and role.role not in GOVERNMENT_ROLES:
                        if s.lower[j] == "of" or (role.role == "member" and s.lower[j] == "for"):
                            # "the Mayor of London": the place's own authority
                            return self.linker.authority(_whole_name(s, nxt), role.role == "mayor") \
                                if s.lower[j] == "of" else \
                                self.linker.council_named(nxt.text) or self.linker.organisation(nxt.text)
                        # "councillor for Bruce Grove": the ward's council, named before or in context
                        return self.place_before(s, role) or self.linker.council(nxt.text) or \
                            self.linker.council_in_context()
                    if nxt.entity.kind == "PLACE":  # "First Minister of Wales": that nation's government
                        return self.government_of(s, role, (role.role_text or role.text).lower().split())
                    return nxt.entity
                break
        signed = s.at(j + 1) if j + 1 < s.n and s.lower[j] == "," else None
        if signed is not None and signed.first == j + 1 and signed.entity is not None and \
                signed.entity.kind in ORG_KINDS - {"COLLECTIVE"} and (signed.last + 1 >= s.n or s.lower[signed.last + 1]
                                                                      in (".", "\n")):
            return signed.entity  # a signature: "Jane Smith MLA, Leader, Alliance Party"
        prev = s.at(role.first - 1) if role.first > 0 else None
        if prev is not None and prev.entity is not None and prev.entity.kind in ORG_KINDS - {"COLLECTIVE"} and \
                not (prev.entity.kind == "PARTY" and _council_role(role.role)):
            # "the Scottish Labour leader", "SNP leader"; but "the Labour mayor", "Green councillor X": the
            # holder's party, the office the council's
            return prev.entity
        words = (role.role_text or role.text).lower().split()
        if "shadow" in words:  # the opposition's front bench: an office in the party
            return self.linker.last({"PARTY"})
        if role.role in SEAT_ROLES:
            return None
        bare = [w for w in words if w not in ("the", "a", "an")]
        if role.role in GOVERNMENT_ROLES or (_portfolio(words) and role.role != "spokesperson") or \
                _minister(bare) or "secretary of state" in " ".join(words) or bare[:2] == ["cabinet", "secretary"]:
            return self.government_of(s, role, bare)
        place = self.place_before(s, role)
        if place is not None:
            return place
        if role.role in ("chair", "vice-chair") and _bracketed_party(s):
            # "Councillor X (Labour), the outgoing Chairman": a party in brackets is the member's, and the
            # chair of a meeting that names members so is the council's
            council = self.linker.council_in_context()
            if council is not None:
                return council
        if "council" in words or _council_role(role.role):
            # a council's office is never a party's: without a council in context, no organisation
            return self.linker.council_in_context() or _council_of(self.linker.last({"COLLECTIVE"}))
        if "party" in words:
            return self.linker.party_of_office()
        if "group" in words:
            return self.linker.last({"GROUP"})
        if any(w in ("its", "their") for w in words):
            return self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})
        if role.first > 0 and s.lower[role.first - 1] == "our" and role.role in ("leader", "deputy-leader"):
            return self.linker.party_of_office()  # "Sir Keir Starmer, our leader": the writer's party
        if self.last_elected is not None and role.role in ("deputy-leader", "leader") and \
                self.last_elected.object.kind in ("GROUP", "COUNCIL", "PARTY", "BODY") and \
                self.last_elected.object.noun != "authority":  # a mayor's authority has no leader
            return self.last_elected.object
        last = self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})
        if last is not None and last.kind == "GROUP" and role.role in GROUP_OFFICES:
            return last  # "The Labour group met. X was chosen as deputy leader": the group's officer
        if last is not None and last.kind == "GROUP" and role.role in ("chief-executive", "monitoring-officer"):
            return self.linker.council_in_context() or last  # "the chief executive, X": the council's officer
        if role.role in PARTY_OFFICES:
            return self.linker.party_of_office() or self.linker.last({"BODY", "COUNCIL", "GROUP"})
        if last is not None and last.noun == "authority":
            return self.linker.party_in_context()  # "the Mayor of Hull ... X, now the deputy leader": no mayor's
        return self.linker.party_in_context() if last is not None and last.kind == "PARTY" else last

    def government_of(self, s: Sentence, role: Mention, words: list[str]) -> Entity | None:
        """The government a government office belongs to. The Prime Minister, a secretary of state, the
        Chancellor and a "X secretary" are the UK Government's; a first minister, a "cabinet secretary
        for X", the Counsel General and the Lord Advocate a devolved government's: the nation the words
        around the role name ("Scotland's First Minister", "the Welsh First Minister"), else the nation
        the document is about (none: no organisation); a minister is the document's devolved
        government's, else the UK Government's."""
        if role.role in DEVOLVED_ROLE_NATIONS:
            return self.linker.government(DEVOLVED_ROLE_NATIONS[role.role])
        if " ".join(words[:2]) == "cabinet secretary" or role.role in ("first-minister", "deputy-first-minister"):
            nation = self._nation_near(s, role) or self.linker.nation
            return self.linker.government(nation) if nation else None
        if _minister(words):
            return self.linker.government(self._nation_near(s, role) or self.linker.nation)
        return self.linker.government()  # "the Welsh secretary" is a Westminster post

    @staticmethod
    def _nation_near(s: Sentence, role: Mention) -> str | None:
        """The nation named just before or after a role: "Scotland's", "the Welsh", "of Wales"."""
        near = [s.lower[k] for k in range(max(0, role.first - 3), role.first)] + \
            [w.lower() for w in (role.role_text or "").split()[:2]]
        if role.last + 2 < s.n and s.lower[role.last + 1] == "of":
            near += s.lower[role.last + 2:role.last + 4]
        for word in near:
            if word in NATION_WORDS:
                return NATION_WORDS[word]
        return None

    def place_before(self, s: Sentence, role: Mention) -> Entity | None:
        """"a Bristol city councillor": the council of the place named just before a council role."""
        if not _council_role(role.role) and role.role not in ("leader", "mayor"):
            return None
        k = role.first - 1
        if k >= 0 and s.lower[k] in ("city", "county", "borough", "district", "town"):
            k -= 1
        end = k
        while k > 0 and s.title(k) and s.at(k) is None:
            k -= 1
        if end <= k:
            return None
        name = " ".join(s.words[k + 1:end + 1])
        kind = s.lower[end + 1] if end + 1 < role.first else ""
        found = self.linker.council(name)
        if found is not None:
            return found
        if kind not in ("city", "county", "borough", "district") and s.lower[k] == "the":
            # "the Byker councillor": a name the graph knows as no council, after "the", is the
            # councillor's ward ("a Wokingham councillor" is one of that place's council)
            return self.linker.council_in_context()
        suffix = {"city": "City Council", "county": "County Council", "borough": "Borough Council",
                  "district": "District Council"}.get(kind, "Council")
        return self.linker.organisation(f"{name} {suffix}", "COUNCIL")

    def people_before(self, s: Sentence, token: int) -> list[Mention]:
        """The subject people of a clause ending at ``token``: "A, B and C, who ..." or "A and B were".
        A relative clause attaches to the mention just before "who"."""
        k = token - 1
        while k > 0 and s.lower[k] in ("also", "then", "later", "all", "both", "each", "promptly", "swiftly"):
            k -= 1
        if k > 0 and s.lower[k] in DASHES:
            # "four members of his cabinet – A, B and the Counsel General, C – quit": the people named
            # between the dashes
            opening = max((x for x in range(k) if s.lower[x] in DASHES), default=None)
            inner = [m for m in s.mentions if opening is not None and opening < m.first < k and _kind(m) == "PERSON"]
            if inner:
                return _coordinated_from(s, inner[0])
        boundary = _clause_start(s, token)
        people = [m for m in s.before(token, {"PERSON", "COLLECTIVE"}, limit=30) if m.first >= boundary]
        if not people and boundary and s.lower[boundary - 1] in ("who", "which"):
            return _coordinated(s, boundary - 1)
        if not people and boundary and s.lower[boundary - 1] in ("and", "but") and \
                not any(m.first >= boundary and m.last < token for m in s.mentions):
            # "He was appointed ... by Rishi Sunak, but resigned the post": the verb shares the
            # subject of the clause before
            main = [m for m in s.mentions if m.last < boundary and _kind(m) in ("PERSON", "COLLECTIVE")]
            return _coordinated_from(s, main[0]) if main else []
        if not people:
            return []
        # The clause's subject: the first person mention of the sentence part before the trigger,
        # with the people coordinated with it.
        first = min(people, key=lambda m: m.first)
        coord = _coordinated_from(s, first)
        return _before_relative(s, first) + (coord or [first])

    def subject_before(self, s: Sentence, token: int, kinds: set[str]) -> Mention | None:
        """The subject of the clause a verb at ``token`` is in: its first mention of ``kinds``, or the
        mention a relative pronoun hangs on ("the NEC, which voted to")."""
        boundary = _clause_start(s, token)
        # a possessor is not the subject: "a panel of the party's National Executive Committee blocked her"
        # nor is the object of a preposition: "In his place the group chose X", "At a meeting in
        # Birmingham, the members backed ..."
        subject = [m for m in s.before(token, kinds, limit=30) if m.first >= boundary
                   and not (m.last + 1 < token and s.lower[m.last + 1] in ("'s", "’s"))
                   and not (m.first > 0 and s.lower[m.first - 1] in SUBJECT_NOT_AFTER)]
        if not subject and boundary and s.lower[boundary - 1] in ("who", "which"):
            subject = s.before(boundary - 1, kinds, limit=3)[:1]
        if not subject:
            return None
        first = min(subject, key=lambda m: m.first)
        role = s.at(first.last + 1) if first.last + 1 < token else None
        if role is not None and role.label == "ROLE" and "PERSON" in kinds:
            # "The SNP leader, Nicola Sturgeon, called on ...": the party names the office; the person
            # in apposition is the subject
            k = role.last + 1
            named = s.at(k + 1) if k + 1 < token and s.lower[k] == "," else None
            if named is not None and _kind(named) == "PERSON":
                return named
        return first

    def agent(self, s: Sentence, start: int, end: int, action: str) -> Mention | Entity | None:
        """Who took a decision stated in the passive: "by X" (over "a panel of", a date ...), or for a
        sanction "from X"."""
        for k in range(end, min(s.n, end + 10)):
            if s.lower[k] != "by":
                continue
            for j in range(k + 1, min(s.n, k + 9)):
                m = s.at(j)
                if m is not None and m.entity is not None and _kind(m) in DECIDERS | {"PERSON"} and m.label != "DATE":
                    if m.last + 1 < s.n and s.lower[m.last + 1] in ("of", "'s", "’s"):
                        continue  # "a panel of the party's committee": the committee
                    return m
                if s.lower[j] in (",", ";", "who", "which", "that"):
                    break
            break
        if action in ("suspend", "expel", "remove", "deselect"):
            for k in range(end, min(s.n, end + 4)):
                if s.lower[k] == "from":
                    for j in range(k + 1, min(s.n, k + 4)):
                        m = s.at(j)
                        if m is not None and m.entity is not None and _kind(m) in DECIDERS:
                            return m
                    break
        return None

    # -- the rules

    def apply(self, s: Sentence, matches: list[tuple[str, int, int]]) -> None:
        self.sentences.append(s)
        self.letter.read(s)
        if self.letter.addressee is None and len(s.dates()) == 1 and s.dates()[0].first == 0 and \
                s.dates()[0].last + 1 >= len([w for w in s.words if w.strip()]):
            self.letter.when = self.when_of(s.dates()[0], s, 0)  # a date line above "Dear ...": the letter's
        self.possessives(s)
        self.appositions(s)
        self.person_of(s)
        self.controlled(s)
        self.councils_listed(s)
        self.party_before_name(s)
        self.officers_listed(s)
        self.copular(s)
        self.relative_office(s)
        self.role_is_person(s)
        self.council_won(s)
        self.majority_won(s)
        self.council_run(s)
        self.administration(s)
        self.opposed_in_words(s)
        for name, start, end in sorted(matches, key=lambda m: m[1]):
            handler = getattr(self, "rule_" + name.split("_")[0].lower())
            handler(s, name, start, end)

    def possessives(self, s: Sentence) -> None:
        """"Labour's National Executive Committee": a body of the party (part_of)."""
        for m in s.mentions:
            if m.possessor is None or m.entity is None or m.label == "ROLE":
                continue
            if m.possessor.kind == "PARTY" and m.entity.kind == "BODY" and m.entity != m.possessor:
                a, _ = self.evidence_span(s, m.first - (2 if m.text == m.entity.label else 0), m.last)
                if m.text != m.entity.label and m.text.startswith(m.possessor.label) is False:
                    a = s.char(m.first)
                self.add(Fact("part_of", m.entity, m.possessor, a, s.char_end(m.last), "part-of-possessive", 0.8))

    def appositions(self, s: Sentence) -> None:
        """"Peter Murrell, the SNP's chief executive", "the council leader, Claire Kober", "Councillor
        Joseph Ejiofor (Leader of the Council)", "Bartley is its spokesperson", "The Greens'
        co-leaders, Patrick Harvie and Lorna Slater", "Kezia Dugdale, the Scottish Labour leader"."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role is None or m.role == "candidate" or "former" in m.text.lower() \
                    or "new" in m.text.lower().split():
                continue
            i = m.first
            if _council_role(m.role):
                # "a Bristol city councillor": the place belongs to the role
                if i > 0 and s.lower[i - 1] in ("city", "county", "borough", "district", "town"):
                    i -= 1
                while i > 0 and s.title(i - 1) and s.at(i - 1) is None and s.lower[i - 2] in ("a", "an", "the"):
                    i -= 1
            prev_org = s.at(i - 1) if i > 0 else None
            if prev_org is not None and prev_org.entity is not None and prev_org.label != "ROLE" and \
                    prev_org.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
                i = prev_org.first  # "the Scottish Labour leader": the party names the office
            while i > 0 and s.lower[i - 1] in ("the", "a", "an", "its", "his", "her", "their", "then", "current",
                                               "now", "our"):  # "Richard Tice, now the deputy leader"
                i -= 1
            if m.possessor is not None and i >= 2 and s.lower[i - 1] in ("'s", "’s", "'", "’"):
                owner = s.at(i - 2)
                if owner is not None:
                    i = owner.first - (1 if owner.first and s.lower[owner.first - 1] == "the" else 0)
            people: list[Mention] = []
            rule = ""
            titled = s.at(m.last + 1) if m.last + 1 < s.n else None
            # PERSON , ROLE   /   PERSON ( ROLE   /   PERSON is ROLE (unless a name follows: "X, the shadow
            # communities secretary Andrew Gwynne")
            prev = s.at(i - 2) if i >= 2 and s.lower[i - 1] in (",", "(", "–", "—") else None
            if prev is None and i >= 3 and s.lower[i - 1] in (",", "–", "—") and s.lower[i - 2] == ")":
                prev = _before_brackets(s, i - 2)  # "Councillor X (Ward), Leader of ...", "X (Ward) – Cabinet Member"
            if prev is not None and prev.label == "ROLE" and prev.role in SEAT_ROLES and prev.first == prev.last \
                    and prev.first > 0 and _kind_of(_entity_at(s, prev.first - 1)) == "PERSON":
                prev = s.at(prev.first - 1)  # "Sir Jane Smith MP, Leader of the Labour Party": a signature
            if titled is not None and titled.label in ("PERSON", "NAME"):
                prev = None
            if prev is None and i >= 2 and s.lower[i - 1] in ("is", "was"):
                prev = s.at(i - 2)
            if prev is not None and s.lower[i - 1] == "," and m.last + 1 < s.n and s.lower[m.last + 1] in VERBS_AFTER:
                prev = None  # "In a letter to X, the Prime Minister wrote": the role is the clause's subject
            if prev is not None and _kind(prev) == "PERSON":
                people, rule = [prev], "office-apposition"
                if m.text.lower().endswith("s") and s.lower[i - 1] == ",":
                    people = [p for p in _coordinated(s, i - 1) if _kind(p) == "PERSON"] or people
            # ROLE , PERSON (and PERSON)   /   ROLE PERSON; not "X as his deputy, Y as chief whip": an
            # "as ROLE" just after a name is that one's office ("in her first address as president, X"
            # is X's)
            if not people and not (i > 1 and s.lower[i - 1] == "as" and (s.at(i - 2) is not None or s.title(i - 2))):
                j = m.last + 1
                if j < s.n and s.lower[j] in (",", "("):  # "the Mayor (Councillor X) in the Chair"
                    j += 1
                while j < s.n and s.lower[j] in HONORIFIC_WORDS:
                    j += 1
                nxt = s.at(j) if j < s.n else None
                if m.role == "councillor" and m.text in ("Councillor", "Cllr") and nxt is not None:
                    # "Councillor X": a form of address (minutes, letters name every member so), not
                    # news that X is a councillor of the council in context
                    nxt = None
                after = s.at(nxt.last + 1) if nxt is not None and nxt.last + 1 < s.n else None
                if after is not None and after.label == "ROLE" and s.lower[m.last + 1] == ",":
                    nxt = None  # "appointed A health secretary, B education secretary": each name's own role
                if nxt is not None and _kind(nxt) == "PERSON" and nxt.label != "PRON":
                    people, rule = _coordinated_from(s, nxt) or [nxt], "office-title"
                    if m.text.lower().rstrip("s") == m.text.lower():
                        people = people[:1]  # a singular role names one person
                # ROLE of ORG , PERSON
                if not people and j < s.n and m.last + 1 < s.n and s.lower[m.last + 1] == "of":
                    org = s.at(m.last + 2) or (s.at(m.last + 3) if m.last + 3 < s.n else None)
                    if org is not None:
                        k = org.last + 1
                        if k < s.n and s.lower[k] == ",":
                            k += 1
                        nxt = s.at(k) if k < s.n else None
                        if nxt is not None and _kind(nxt) == "PERSON":
                            people, rule = [nxt], "office-title"
            # PERSON, councillor for X and a national vice-chair of Y: the second role of an apposition
            if not people and i >= 2 and s.lower[i - 1] == "and":
                k = i - 2
                while k >= 0 and s.lower[k] not in (",", "("):
                    k -= 1
                earlier = s.at(k + 1) if k >= 0 else None
                if earlier is not None and earlier.label == "ROLE" and k >= 1:
                    cand = s.at(k - 1)
                    if cand is not None and _kind(cand) == "PERSON":
                        people, rule = [cand], "office-apposition"
            if not people and i == 0 and s.lower[0] == "the" and (prev_org is not None or m.possessor is not None):
                people, rule = self._role_as_subject(s, m), "office-anaphor"
            people = [p for p in people if p.entity is not None]
            if people and (m.role in SEAT_ROLES or _council_role(m.role)):
                self._party_adjective(s, m, prev_org, people)
            if not people or m.role in SEAT_ROLES:
                # "X, the MP for Y": a seat named to say who someone is is background (docs/text-gold-
                # guide.md), and its constituency is no organisation; a seat won is told by an event
                continue
            if m.role == "chair" and i >= 2 and s.lower[i - 1] == "the" and s.lower[i - 2] == "in":
                continue
            org = self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS | {"POLICY"} and not (org.kind == "PLACE" and m.role in SEAT_ROLES):
                continue
            if org.kind == "COUNCIL" and not _council_role(m.role):
                self._party_adjective(s, m, prev_org, people)  # "the Labour leader of Hull City Council"
            first, last = min([p.first for p in people] + [m.first, i]), max([p.last for p in people] + [m.last])
            nxt_org = s.at(m.last + 2) if m.last + 2 < s.n and s.lower[m.last + 1] in ("of", "for") else None
            if nxt_org is not None and nxt_org.last > last:
                last = nxt_org.last
            when, is_start = self.meeting, False
            since = next((d for d in s.dates() if m.last < d.first <= m.last + 6
                          and d.text.lower().startswith(("from", "since"))), None)
            if since is not None:  # "was the party's deputy leader from 2008 to 2012"
                when, is_start = self.when_of(since, s, m.first), True
                last = max(last, since.last)
            a, b = self.evidence_span(s, first, last)
            for person in people:
                self.add(Fact("holds_office", person.entity, org, a, b, rule, 0.75, role=m.role, when=when,
                              is_start=is_start, seat=True))

    def officers_listed(self, s: Sentence) -> None:
        """"a new top team: A as leader, B of Southwick as his deputy, C as chief whip and D as group
        chair": a list of "PERSON as ROLE" items (two or more, each opened by the list's ":" / "," /
        "and" / "with", no verb in it) names each person's office. The offices are one
        organisation's: the one an item names ("group chair"), else the first item's."""
        items: list[tuple[Mention, Mention, str | None]] = []
        for k in range(1, s.n - 2):
            if s.lower[k] != "as":
                continue
            # "as group chair": the owner's noun before the role word
            owner = s.lower[k + 1] if s.lower[k + 1] in ("group", "party", "council") else None
            role, person = s.at(k + (2 if owner else 1)), s.at(k - 1)
            if person is not None and _kind(person) != "PERSON" and k >= 3 and s.lower[person.first - 1] == "of":
                person = s.at(person.first - 2)  # "Kelly Chequer of Southwick as his deputy"
            if role is None or role.label != "ROLE" or role.role is None or person is None or \
                    _kind(person) != "PERSON" or person.entity is None or person.label == "PRON":
                continue
            opener = person.first - 1
            while opener >= 0 and s.lower[opener] in HONORIFIC_WORDS | {"cllr", "councillor"}:
                opener -= 1
            if opener < 0 or s.lower[opener] not in (":", ",", "and", "with", ";"):
                continue
            items.append((person, role, owner))
        if len(items) < 2:
            return
        owner = next((o for _, _, o in items if o), None)
        org = {"group": self._group_in_context(), "party": self.linker.party_in_context(),
               "council": self.linker.council_in_context()}[owner] if owner else self.org_of_role(s, items[0][1])
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        when, _ = self.date_near(s, items[0][0].first)  # "confirmed at a meeting on 8 May, was: A as ..."
        for person, role, _ in items:
            a, b = self.evidence_span(s, person.first, role.last)
            self.add(Fact("holds_office", person.entity, org, a, b, "officer-list", 0.7, role=role.role, when=when,
                          is_start=False, seat=True))

    def copular(self, s: Sentence) -> None:
        """"X is the new leader of the Scottish Liberal Democrats", "Y, who entered the Commons last
        June, is the new vice chair for candidates", "Z, 28, is vice chair for youth": an office stated
        with "is" / "was" (the clause's person, past an aside), not hedged, former or a candidacy."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role in (None, "candidate", "member") or m.role in SEAT_ROLES or \
                    "former" in m.text.lower():
                continue
            k = m.first - 1
            if k > 1 and s.lower[k] == "first" and s.lower[k - 1] == "the":
                k -= 1  # "is the first mayor of the West Midlands" (not "was first elected mayor")
            while k > 0 and s.lower[k] in ("the", "a", "an", "new", "current", "its", "their"):
                k -= 1
            if k < 1 or s.lower[k] not in ("is", "was") or s.hedged(k) or (k + 1 < s.n and s.lower[k + 1] == "not"):
                continue
            if m.possessor is not None and _kind_of(m.possessor) == "PERSON":
                continue  # "is Smith's deputy": whose deputy is another fact
            # "X, the candidate and until last year the director of Y, is ...": an aside closing before the
            # verb hangs on the clause's first person
            people = self._before_aside(s, k) or [p for p in self.people_before(s, k) if _kind(p) == "PERSON"
                                                  and p.entity is not None and p.label != "PRON"]
            if len(people) != 1 or (k >= 2 and s.at(k - 1) is not None and s.at(k - 1) is not people[0]
                                    and s.lower[k - 1] != ","):
                continue  # "the leader's office is ...", "A and B are": not one person's office
            org = self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                continue
            a, b = self.evidence_span(s, people[0].first, m.last)
            new = "new" in s.lower[k + 1:m.first + 2]
            # "is the new leader ... after a vote last night": an office begun, dated by its sentence;
            # "is vice chair": a state, dated by nothing
            when = self.date_near(s, k)[0] if new else self.meeting
            self.add(Fact("holds_office", people[0].entity, org, a, b, "office-copular", 0.7, role=m.role,
                          when=when, is_start=new, seat=True))

    def _party_adjective(self, s: Sentence, role: Mention, party: Mention | None, people: list[Mention]) -> None:
        """"X, the Labour MP for Y", "the Green councillor Z": a party named just before a seat or a
        council's office is the holder's party (a membership the text states; the office is not the party's)."""
        if party is None or party.entity is None or party.entity.kind != "PARTY" or party.last != role.first - 1 or \
                party.entity.label.lower().startswith("independent"):
            return
        for p in people:
            a, b = self.evidence_span(s, min(p.first, party.first), max(p.last, role.last))
            self.add(Fact("member_of", p.entity, party.entity, a, b, "member-adjective", 0.7, is_start=False))

    def relative_office(self, s: Sentence) -> None:
        """"X, who has been the party's President for five years", "Y, who became SNP leader and First
        Minister last month", "Z, who is acting leader of the Green Party": an office stated in a relative
        clause on the person named just before "who" (and a second office joined by "and")."""
        holder: tuple[Mention, Mention, bool] | None = None  # the last role read: (person, role, begun)
        for m in s.mentions:
            if m.label != "ROLE" or m.role in (None, "candidate", "member") or m.role in SEAT_ROLES or \
                    "former" in m.text.lower():
                holder = None
                continue
            if holder is not None and m.first >= 2 and s.lower[m.first - 1] == "and" and \
                    s.at(m.first - 2) is holder[1]:
                self._relative_fact(s, holder[0], m, holder[2])  # "... SNP leader and First Minister"
                continue
            k = m.first - 1
            while k > 0 and (s.lower[k] in ("the", "a", "an", "its", "their", "'s", "’s", "acting", "interim")
                             or (s.at(k) is not None and _kind(s.at(k)) in ORG_KINDS)):
                k = s.at(k).first - 1 if s.at(k) is not None and s.at(k) is not m else k - 1
            begun = s.lower[k] in ("became", "becomes")
            if s.lower[k] == "been" and k > 0 and s.lower[k - 1] in ("has", "had"):
                k -= 1
            elif s.lower[k] not in ("is", "was", "became", "becomes"):
                holder = None
                continue
            person = s.at(k - 3) if k >= 3 and s.lower[k - 1] == "who" and s.lower[k - 2] == "," else None
            if person is None or _kind(person) != "PERSON" or person.entity is None or person.label == "PRON":
                holder = None
                continue
            holder = (person, m, begun) if self._relative_fact(s, person, m, begun) else None

    def _relative_fact(self, s: Sentence, person: Mention, role: Mention, begun: bool) -> bool:
        org = self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return False
        a, b = self.evidence_span(s, person.first, role.last)
        when = self.date_near(s, role.last)[0] if begun else self.meeting
        self.add(Fact("holds_office", person.entity, org, a, b, "office-relative", 0.7, role=role.role, when=when,
                      is_start=begun, seat=True))
        return True

    def role_is_person(self, s: Sentence) -> None:
        """"The party chairman is Zia Yusuf.", "His deputy is Rob Gibson, the Spalding member": the
        office named first, then "is" and the one person who holds it (the clause ends after the
        name). "his deputy" is the deputy of the organisation the text gave "him" an office in."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role is None or m.role == "candidate" or "former" in m.text.lower():
                continue
            k = m.last + 1
            if k + 1 < s.n and s.lower[k] in ("are", "were") and m.text.lower().endswith("s") and not s.hedged(k):
                self._roles_are(s, m, k)  # "His deputy leaders are A, ..., and B"
                continue
            if k + 1 >= s.n or s.lower[k] not in ("is", "was") or s.hedged(k):
                continue
            person = s.at(k + 1)
            if person is None or _kind(person) != "PERSON" or person.entity is None or person.label == "PRON" or \
                    (person.last + 1 < s.n and s.lower[person.last + 1] not in (".", ",", ";", "and", "(")) or \
                    s.lower[:m.first].count(",") or any(s.at(x) is not None for x in range(max(0, m.first - 3), m.first)):
                continue  # the role opens its clause: not "X said the leader is Y's friend"
            org = self._deputy_of(s, m) or self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                continue
            a, b = self.evidence_span(s, m.first, person.last)
            self.add(Fact("holds_office", person.entity, org, a, b, "office-role-is", 0.7, role=m.role,
                          when=self.meeting, is_start=False, seat=True))

    def _roles_are(self, s: Sentence, m: Mention, k: int) -> None:
        """"His deputy leaders are A, first elected last year, and B": the people named right after
        "are" and after the last "and" (asides between are passed over), when the role opens its clause."""
        if s.lower[:m.first].count(",") or any(s.at(x) is not None for x in range(max(0, m.first - 3), m.first)):
            return
        people = [p for p in s.mentions if p.first > k and _kind(p) == "PERSON" and p.entity is not None
                  and p.label != "PRON" and s.lower[p.first - 1] in ("are", "were", "and")]
        if len(people) < 2:
            return
        org = self._deputy_of(s, m) or self.org_of_role(s, m)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        for person in people:
            a, b = self.evidence_span(s, m.first, person.last)
            self.add(Fact("holds_office", person.entity, org, a, b, "office-role-is", 0.7, role=m.role,
                          when=self.meeting, is_start=False, seat=True))

    def _deputy_of(self, s: Sentence, role: Mention) -> Entity | None:
        """"his deputy", "her deputy leader": the organisation whose office the text last gave the person
        the pronoun stands for (the person the sentence before was about)."""
        words = (role.role_text or role.text).lower().split()
        if role.role != "deputy-leader" or not words or words[0] not in ("his", "her"):
            return None
        person = self.linker.last_subject(gender="m" if words[0] == "his" else "f")
        office = self.offices.get(person.iri) if person is not None else None
        return office.object if office is not None and office.role in ("leader", "co-leader") else None

    @staticmethod
    def _before_aside(s: Sentence, k: int) -> list[Mention]:
        """"X, who only entered the Commons last June, is ...": the person an aside closing just before
        the verb at ``k`` hangs on, when that person opens the clause."""
        if s.lower[k - 1] != ",":
            return []
        lo = max((x for x in range(k) if s.lower[x] in (";", ":")), default=-1) + 1
        first = next((m for m in s.mentions if m.first >= lo), None)
        if first is None or _kind(first) != "PERSON" or first.entity is None or first.label == "PRON" or \
                first.last + 1 >= k - 1 or s.lower[first.last + 1] != "," or \
                first.first - lo > 1:
            return []
        return [first]

    def _group_in_context(self) -> Entity | None:
        """"the group": the last group named, else the group of the party and the council in context."""
        group = self.linker.last({"GROUP"})
        members = self.linker.last({"COLLECTIVE"})  # "Labour councillors on X met": their party's group
        party = self.linker.party_in_context() or (members.party if members is not None else None)
        council = self.linker.council_in_context()
        if group is None and party is not None and council is not None:
            return self.linker.council_group(party, council)
        return group

    def _role_as_subject(self, s: Sentence, role: Mention) -> list[Mention]:
        """"Keir Starmer sacked X ... The Labour leader said ...": an office named by its
        organisation, opening a sentence as the subject of its verb, stands for the person the
        sentence before was about."""
        k = role.last + 1
        if role.text.lower().endswith("s") or k >= s.n or not s.lower[k].isalpha() or s.at(k) is not None or \
                s.lower[k] in OBJECT_FOLLOWERS or not s.lower[k].islower():
            return []
        person = self.linker.subjects[-2] if len(self.linker.subjects) >= 2 else None
        if person is None or person.kind != "PERSON":
            return []
        return [Mention(role.start, role.end, role.text, "PRON", role.first, role.last, person)]

    def person_of(self, s: Sentence) -> None:
        """"Jim Kennedy of Unite", "Andy Kerr of the CWU", "a Unite official": a member of the organisation."""
        for m in s.mentions:
            if _kind(m) != "PERSON" or m.entity is None or m.label == "PRON":
                continue
            k = m.last + 1
            if k < s.n and s.lower[k] == "of":
                k += 1
                while k < s.n and s.lower[k] == "the":
                    k += 1
                org = s.at(k)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG", "PARTY") and \
                        not (org.entity.minted and org.first == org.last and org.entity.kind != "PARTY"):
                    # "Jim Kennedy of Unite" (a body the graph knows); not "Kelly Chequer of Southwick",
                    # "Lord Johnson of Lainston": one unknown capitalised word after "of" is a place
                    a, b = self.evidence_span(s, m.first, org.last)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-of", 0.7, is_start=False))
            # PERSON (PARTY): "Councillor Jane Smith (Labour)", as minutes and lists name members
            k = m.last + 1
            party = s.at(k + 1) if k + 2 < s.n and s.lower[k] == "(" else None
            if party is not None and party.first == k + 1 and _kind(party) == "PARTY" and party.entity is not None \
                    and s.lower[party.last + 1] == ")" and not party.entity.label.lower().startswith("independent"):
                a, b = self.evidence_span(s, m.first, party.last + 1)
                self.add(Fact("member_of", m.entity, party.entity, a, b, "member-bracket", 0.7, is_start=False))
            # PERSON , a ORG official
            if k + 3 < s.n and s.lower[k] == "," and s.lower[k + 1] in ("a", "an"):
                org = s.at(k + 2)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG") and \
                        org.last + 1 < s.n and s.lower[org.last + 1] in MEMBER_NOUNS:
                    a, b = self.evidence_span(s, m.first, org.last + 1)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-apposition", 0.7, is_start=False))

    def controlled(self, s: Sentence) -> None:
        """"a Labour-run council – Haringey", "the Labour-run authority": the party controls it."""
        for m in s.mentions:
            if m.label != "CONTROLLED" or m.entity is None or m.possessor is None:
                continue
            a, b = self.evidence_span(s, m.first - 1 if m.first else 0, m.last)
            named = s.at(m.last + 2) if m.last + 2 < s.n and s.lower[m.last + 1] in ("–", "-", "—", ",") else None
            if named is not None and named.entity is not None:
                b = s.char_end(named.last)
            self.add(Fact("controls", m.possessor, m.entity, a, b, "controls-run", 0.8, is_start=False))

    def party_before_name(self, s: Sentence) -> None:
        """"the Liberal Democrat Richard Foord", "Labour's Simon Lightwood", "Reform's candidate Sarah
        Pochin": a party named just before a person, as an adjective or a possessive (with at most one
        common noun between), is the person's party."""
        for m in s.mentions:
            if _kind(m) != "PARTY" or m.entity is None or m.last + 2 >= s.n:
                continue
            k = m.last + 1
            if s.lower[k] in ("'s", "’s"):
                k += 1
                if k < s.n and s.lower[k] in PARTY_PERSON_NOUNS:
                    k += 1
            elif not (m.first > 0 and s.lower[m.first - 1] == "the" or m.text.lower().startswith("the ")):
                continue  # "Labour Richard": only "the Labour X" is an adjective
            person = s.at(k) if k < s.n else None
            if person is None or person.first != k or _kind(person) != "PERSON" or person.entity is None or \
                    person.label == "PRON":
                continue
            a, b = self.evidence_span(s, m.first, person.last)
            self.add(Fact("member_of", person.entity, m.entity, a, b, "member-adjective", 0.7, is_start=False))

    def councils_listed(self, s: Sentence) -> None:
        """"The councils Reform now runs are Kent, Durham and Doncaster", "councils Labour controls
        include A and B": each name in the list is a council the party controls. Cost: one pass over
        the sentence's words, only past a plural council noun."""
        for k in range(s.n - 3):
            if s.lower[k] not in COUNCIL_NOUNS:
                continue
            opener = next((j for j in range(k + 1, min(s.n, k + 8)) if s.lower[j] in LIST_OPENERS), None)
            if opener is None:
                return
            party = next((m for m in s.mentions if k < m.first < opener and _kind(m) == "PARTY"
                          and m.entity is not None), None)
            if party is None or not any(w in RUNS_VERBS for w in s.lower[party.last + 1:opener]) or \
                    s.hedged(opener):
                return
            when, _ = self.date_near(s, opener, event=True)
            for first, last in self._title_list(s, opener + 1):
                m = s.at(first)
                council = m.entity if m is not None and m.entity is not None and _kind(m) == "COUNCIL" and \
                    m.first == first else self.linker.organisation(" ".join(s.words[first:last + 1]), "COUNCIL")
                a, b = self.evidence_span(s, k, last)
                self.add(Fact("controls", party.entity, council, a, b, "controls-listed", 0.75, when=when,
                              is_start=False))
            return

    @staticmethod
    def _title_list(s: Sentence, k: int) -> list[tuple[int, int]]:
        """The capitalised names listed from token ``k`` ("Kent, Durham, North Northamptonshire and
        Doncaster"), as (first, last) token pairs; stops at the first word that is neither a name nor a
        separator."""
        items: list[tuple[int, int]] = []
        while k < s.n and s.title(k):
            first = k
            while k + 1 < s.n and s.title(k + 1):
                k += 1
            items.append((first, k))
            k += 1
            while k < s.n and s.lower[k] in (",", "and"):
                k += 1
        return items

    def council_won(self, s: Sentence) -> None:
        """"the Liberal Democrats won Shropshire Council from them": a party took a council outright (the
        council named at once after the verb; "won a seat on X Council" is not this)."""
        for m in s.mentions:
            if _kind(m) != "COUNCIL" or m.entity is None or m.first < 2 or \
                    s.lower[m.first - 1] not in COUNCIL_WIN_VERBS or not m.text.endswith("Council"):
                continue
            party = next(iter(s.before(m.first - 1, {"PARTY", "GROUP"}, limit=4)), None)
            if party is None or party.entity is None or s.hedged(m.first - 1):
                continue
            when, _ = self.date_near(s, m.first - 1, event=True)
            a, b = self.evidence_span(s, party.first, m.last)
            self.add(Fact("controls", party.entity, m.entity, a, b, "controls-won", 0.8, when=when, is_start=False))

    def majority_won(self, s: Sentence) -> None:
        """"Labour took 38 of the 54 seats", "Aspire won 24 of the 45 seats, a majority": a party (or its
        council group: "the Reform UK group holds 65 of the 98 seats") that won
        more than half of a council's seats controls it (the council the sentence names after the count,
        else the council in context; no council, no fact). A House's seats are not a council's: no
        sentence naming a parliament or an assembly is read. Cost: one pass over the sentence's words,
        only where "seats" is one of them."""
        if "seats" not in s.lower or any(w in ASSEMBLY_WORDS for w in s.words):
            return
        self._majority_in_words(s)
        for k in range(s.n - 3):
            won, of = s.lower[k], s.lower[k + 1]
            if not won.isdigit() or of != "of":
                continue
            j = k + 2 + (s.lower[k + 2] == "the")
            if j + 1 >= s.n or not s.lower[j].isdigit() or s.lower[j + 1] != "seats" or \
                    2 * int(won) <= int(s.lower[j]):
                continue
            verb = next((v for v in range(max(0, k - 4), k) if s.lower[v] in SEAT_WIN_VERBS), None)
            if verb is None or s.hedged(verb):
                continue
            # "The Reform UK group holds 65 of the 98 seats": a party's council group holding a majority
            party = next(iter(s.before(verb, {"PARTY", "GROUP"}, limit=4)), None)
            if party is None or party.entity is None:
                continue
            named = next((m for m in s.after(j + 1, {"COUNCIL"}, limit=6) if m.entity is not None), None)
            council = named.entity if named is not None else self.linker.last({"COUNCIL"})
            if council is None or council.kind != "COUNCIL":
                continue
            when, _ = self.date_near(s, verb, event=True)
            a, b = self.evidence_span(s, party.first, j + 1)
            self.add(Fact("controls", party.entity, council, a, b, "controls-majority", 0.75, when=when,
                          is_start=False))

    def _majority_in_words(self, s: Sentence) -> None:
        """"Labour holds all but a couple of the seats on the council", "it won all 54 council seats",
        "Reform UK won 44 seats, a clear majority": a majority of a council's seats said in words. The
        party is the nearest before the verb (a pronoun's party after a colon: "Labour dominates the
        borough: it won ..."); the council the one in context."""
        seats = s.lower.index("seats")
        verb = next((v for v in range(max(0, seats - 9), seats) if s.lower[v] in SEAT_WIN_VERBS), None)
        if verb is None or s.hedged(verb) or any(w in NEGATION for w in s.lower[max(0, verb - 3):verb]):
            return
        between = s.lower[verb + 1:seats]
        after = s.lower[seats + 1:seats + 6]
        all_of = between[:1] == ["all"] and not any(w in ("their", "its", "his", "her") for w in between)
        majority = after[:1] == [","] and "majority" in after and not {"short", "no", "without"} & set(after)
        if not (all_of or majority):
            return
        party = next(iter(s.before(verb, {"PARTY", "GROUP"}, limit=12)), None)
        if party is None or party.entity is None:
            return
        council = self.linker.council_in_context()
        if council is None or council.kind != "COUNCIL":
            return
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, party.first, seats + (after.index("majority") + 1 if majority else 0))
        self.add(Fact("controls", party.entity, council, a, b, "controls-majority-words", 0.7, when=when,
                      is_start=False))

    def council_run(self, s: Sentence) -> None:
        """"Labour will run the City of Edinburgh Council as a minority administration", "Labour has run
        Leicester City Council since 2019": a party that runs a council (named at once after the verb, or
        "the city" / "the council" for the council in context) controls it. The party must be the
        nearest party, group or person before the verb; a negation, a hedge before the auxiliaries, a
        shared ("in coalition") or past ("the previous council") administration gives nothing. Cost:
        one look at each form of "run"."""
        for k in range(1, s.n - 1):
            if s.lower[k] not in RUN_FORMS or s.words[k - 1] == "-":
                continue
            council = self._run_object(s, k)
            after = s.lower[k:k + 10]
            if council is None or any(w in ("coalition", "jointly", "if", "unless") for w in after):
                continue
            j = k - 1
            while j >= 0 and s.lower[j] in RUN_AUX:
                j -= 1
            if s.hedged(j + 1) or any(w in ("not", "never", "no", "n't") for w in s.lower[max(0, k - 4):k]):
                continue
            subject = next((m for m in s.before(k, {"PARTY", "GROUP", "PERSON"}, limit=25)
                            if not (m.label == "PRON" and m.text.lower() in ("it", "its", "they"))), None)
            if subject is None or subject.entity is None or _kind(subject) != "PARTY":
                continue
            when, _ = self.date_near(s, k, event=True)
            a, b = self.evidence_span(s, subject.first, min(s.n - 1, k + 2))
            self.add(Fact("controls", subject.entity, council, a, b, "controls-run", 0.75, when=when,
                          is_start=False))

    def administration(self, s: Sentence) -> None:
        """"at the head of an SNP minority administration", "Newcastle's ruling Labour group": a party
        whose administration (or ruling group) it is controls the council in context. Not a past one
        ("the previous Conservative administration"), nor a shared one, nor a hedged one."""
        for m in s.mentions:
            if m.entity is None or m.entity.kind != "PARTY" or m.first == 0:
                continue
            k = m.last + 1
            if k < s.n and s.lower[k] in ("minority", "majority"):
                k += 1
            head = s.lower[k] if k < s.n else ""
            before = s.lower[m.first - 1]
            if not ((head == "administration" and before in ("a", "an", "the", "its")) or
                    (head == "group" and before == "ruling")):
                continue
            window = s.lower[max(0, m.first - 4):m.first]
            if any(w in ("previous", "former", "outgoing", "last", "old", "coalition", "joint") for w in window) or \
                    s.hedged(m.first) or (k + 1 < s.n and s.lower[k + 1] in ("and", "with")):
                continue
            council = self.linker.council_in_context()
            if council is None:
                continue
            when, _ = self.date_near(s, m.first)
            a, b = self.evidence_span(s, m.first - 1, k)
            self.add(Fact("controls", m.entity, council, a, b, "controls-administration", 0.7, when=when,
                          is_start=False))

    def opposed_in_words(self, s: Sentence) -> None:
        """"A and B jointly called on Starmer to step down", "the NEC passed a vote of no confidence in
        him", "she had submitted a letter of no confidence in Sunak": the subject opposes the person
        (a statement of theirs; a call to go is not also printed as a request). Hedged sentences, and
        no-confidence phrases with a verb said of the object ("survived a vote of no confidence in
        him"), give nothing. Cost: a look at each "called"/"calls" and each "confidence"."""
        for k in range(1, s.n - 3):
            word = s.lower[k]
            if word in ("called", "calls", "calling") and s.lower[k + 1] == "on":
                target = s.at(k + 2)
                if target is None or target.first != k + 2 or target.entity is None or \
                        target.entity.kind != "PERSON" or \
                        not (target.last + 2 < s.n and s.lower[target.last + 1] == "to" and
                             s.lower[target.last + 2] in GO_WORDS):
                    continue
                j = k
                while j > 0 and s.lower[j - 1] in CALL_ADVERBS:
                    j -= 1
                # a leader calling on their own member to go asks as one who can (a request, read by
                # the decision rules); a group's call is no one's statement
                subjects = [m for m in self.people_before(s, j) if m.entity is not None and
                            m.entity != target.entity and m.entity.kind == "PERSON" and not self._leads(m.entity)]
                self._opposes(s, subjects, target, j, target.last + 2, "letter-opposes-call")
            elif word in ("voted", "vote", "votes", "voting") and s.lower[k + 1] == "against":
                target = s.at(k + 2)
                if target is None or target.first != k + 2 or target.entity is None or \
                        target.entity.kind != "PERSON":
                    continue
                if k >= 2 and s.lower[k - 1] == "who" and s.lower[k - 2] == "those":
                    # "Those who voted against him included A, B and C": the people listed
                    listed = next((j for j in range(target.last + 1, s.n) if s.lower[j] in BE | INCLUDE_WORDS), None)
                    subjects = _people_listed(s, listed) if listed is not None else []
                else:
                    subjects = [m for m in self.people_before(s, k) if m.label != "PRON"]
                subjects = [m for m in subjects if m.entity is not None and m.entity.kind == "PERSON" and
                            m.entity != target.entity]
                self._opposes(s, subjects, target, k, target.last, "letter-opposes-vote")
            elif word == "no" and s.lower[k + 1] == "confidence" and s.lower[k + 2] == "in":
                target = s.at(k + 3) if k + 3 < s.n else None
                verb = next((v for v in range(k - 1, max(-1, k - 6), -1) if s.lower[v] in NO_CONFIDENCE_VERBS), None)
                if target is None or target.first != k + 3 or target.entity is None or target.label == "PRON" or \
                        target.entity.kind != "PERSON" or verb is None:
                    continue  # "no confidence in him": a pronoun here is too often read as the wrong person
                subject = next((m for m in s.before(verb, PEOPLE | ORG_KINDS - {"COLLECTIVE"}, limit=8)
                                if m.entity is not None and m.entity != target.entity), None)
                if subject is not None and subject.first >= _clause_start(s, verb):
                    self._opposes(s, [subject], target, verb, target.last, "letter-opposes-no-confidence")

    def _leads(self, person: Entity) -> bool:
        """Whether the document has made ``person`` a leader (of a party, a government)."""
        office = self.offices.get(person.iri)
        return office is not None and office.role in LEADING_ROLES

    def _opposes(self, s: Sentence, subjects: list[Mention], target: Mention, verb: int, last: int,
                 rule: str) -> None:
        """Each subject opposes the target through a statement of their own; the pairs are recorded so
        a request decision is not printed for them too."""
        if not subjects or s.hedged(verb):
            return
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, min(m.first for m in subjects), last)
        for m in subjects:
            kind = {"letter-opposes-call": "Call", "letter-opposes-vote": "Vote",
                    "letter-opposes-criticism": "Criticism"}.get(rule, "No confidence")
            label = f"{kind} of {m.entity.label} against {target.entity.label}"
            statement = self.linker.mint(_statement_iri(self.linker.doc_key, m.entity.iri + rule, when), label,
                                         "STATEMENT", ())
            self.calls.add((m.entity.iri, target.entity.iri))
            self.add(Fact("opposed", m.entity, target.entity, a, b, rule, 0.75, when=when, statement=statement,
                          creator=m.entity))

    def _run_object(self, s: Sentence, k: int) -> Entity | None:
        """The council after the verb of running at ``k``: a council named at once ("ran Haringey
        Council", "run the City of Edinburgh Council"), or "the city" / "the council" (the council in
        context); else None ("ran for mayor", "run the previous council")."""
        j = k + 1 + (s.lower[k + 1] == "the")
        m = s.at(j) if j < s.n else None
        if m is not None and m.first in (k + 1, j) and m.entity is not None and _kind(m) == "COUNCIL":
            return m.entity
        if s.lower[k + 1] == "the" and j < s.n and s.lower[j] in RUN_OBJECTS and (m is None or m.first > j):
            council = self.linker.last({"COUNCIL"})
            return council if council is not None and council.kind == "COUNCIL" else None
        return None

    def rule_elect(self, s: Sentence, name: str, start: int, end: int) -> None:
        if s.hedged(start) or (start + 1 < s.n and s.lower[start + 1] == "to"):
            return
        passive = _passive(s, start)
        if not passive and end < s.n and s.lower[end] == "by" and start and s.at(start - 1) is None:
            return  # "a team chosen by Downing Street": a thing described, no one appointed
        if start and s.lower[start - 1] in ("is", "are", "be") and not s.resolution(start):
            return  # "until a new leader is elected": not yet
        if passive:
            people = self.people_before(s, start)
        else:
            people = [m for m in s.after(start, PEOPLE | {"COLLECTIVE"}, limit=4)]
            people = _coordinated_from(s, people[0]) if people else self._her_before_role(s, end)
        people = [p for p in people if p.entity is not None and p.entity.kind in ("PERSON", "COLLECTIVE")]
        if not people:
            return
        after_people = max(p.last for p in people) if not passive else start
        if not passive and people[0].label == "PRON" and people[0].first == end and s.at(end) is not None:
            after_people = end - 1  # "appointed her General Secretary": the role "her" was read into
        roles = [m for m in s.mentions if m.label == "ROLE" and m.first > after_people and m.first - after_people <= 12]
        as_roles = [r for r in roles if "as" in s.lower[max(after_people, r.first - 4):r.first]]
        if not as_roles and not passive:
            as_roles = self._as_after_aside(s, after_people, s.lower[start] in ("made", "makes", "make"))
        role = None
        if as_roles:
            role = as_roles[0]
        elif roles and (passive or roles[0].first - after_people <= 2):
            role = roles[0]
        appointer = self.appointer(s, start, end, passive, people)
        when, _ = self.date_near(s, start, event=True)
        if role is not None and role.role == "candidate":
            self.selection(s, start, end, people, role, appointer, when)
            return
        if s.lower[start] == "nominated" and (end < s.n and s.lower[end] == "for" or _kind_of(
                appointer.entity if appointer is not None else None) in ("PERSON", "PARTY")):
            # "X nominated Y", "the DUP nominated Y", "Y was nominated for the office of Chairman": a
            # proposal to the body that decides, not an appointment (the body's office, if any, is read
            # from its resolution)
            if end < s.n and s.lower[end] == "for":
                return
            appointer = None
        if appointer is not None:
            a, b = self.evidence_span(s, min([appointer.first, start] + [p.first for p in people]),
                                      max([p.last for p in people] + [role.last if role else end - 1]))
            self.deciders[s.paragraph] = appointer.entity
            for p in people:
                self.add(Fact("decided", appointer.entity, p.entity, a, b, "decided-appoint", 0.75, action="appoint",
                              when=when))
        if role is None and passive and s.lower[start] == "elected":
            # "Poots had been elected on 14 May": to the office the text has given them
            for p in people:
                office = self.offices.get(p.entity.iri) if p.entity.kind == "PERSON" else None
                dated = [d for d in s.dates() if s.segment(d.first) == s.segment(start)]
                if office is not None and office.role and dated and when is not None:
                    a, b = self.evidence_span(s, p.first, dated[0].last)
                    self.add(Fact("holds_office", p.entity, office.object, a, b, "elected-to-office", 0.7,
                                  role=office.role, when=when, is_start=True, seat=True))
            return
        people = [p for p in people if p.entity.kind == "PERSON"]
        paired = [s.at(p.last + 1) if p.last + 1 < s.n else None for p in people]
        if len(people) > 1 and all(r is not None and r.label == "ROLE" for r in paired):
            # "appointed A levelling up secretary, B education secretary and C Welsh secretary": each
            # person has the office named after them
            for p, own in zip(people, paired):
                self.elected_to(s, start, passive, [p], own, when)  # type: ignore[arg-type]
            return
        if role is None and not passive and people and self._chosen_to_lead(s, people, when):
            return
        self.elected_to(s, start, passive, people, role, when)

    #: "chose X to chair the 1922 Committee", "picked her to head their group": the office of each verb.
    LEAD_VERBS = {"lead": "leader", "head": "leader", "chair": "chair", "run": "leader", "convene": "convener"}

    def _chosen_to_lead(self, s: Sentence, people: list[Mention], when: When | None) -> bool:
        """"Conservative MPs chose Bob Blackman to chair the 1922 Committee", "Labour councillors picked
        her to head their group": the person holds the office the verb names, in the organisation after
        it."""
        k = max(p.last for p in people) + 1
        if k + 2 >= s.n or s.lower[k] != "to" or s.lower[k + 1] not in self.LEAD_VERBS:
            return False
        org = next((m for m in s.mentions if k + 1 < m.first <= k + 4 and m.entity is not None
                    and m.entity.kind in ORG_KINDS - {"COLLECTIVE"}), None)
        if org is None:
            return False
        a, b = self.evidence_span(s, people[0].first, org.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org.entity, a, b, "elected-to-lead", 0.75,
                              role=self.LEAD_VERBS[s.lower[k + 1]], when=when, is_start=True, seat=True))
        return True

    def _her_before_role(self, s: Sentence, end: int) -> list[Mention]:
        """"appointed her General Secretary of the party": "her" read into the role is the object, the
        woman the text was about; the role without it is the office."""
        role = s.at(end) if end < s.n else None
        if role is None or role.label != "ROLE" or role.first != end or s.lower[end] != "her":
            return []
        person = self.linker.last_subject(gender="f")
        if person is None or person.kind != "PERSON":
            return []
        return [Mention(role.start, role.start + 3, "her", "PRON", end, end, person)]

    @staticmethod
    def _as_after_aside(s: Sentence, person_last: int, made: bool = False) -> list[Mention]:
        """"appointed Richard Holden, the MP for X and until then a roads minister, as chairman of Y": the
        role after ", as" that closes an aside begun by a comma just after the person (up to 20 words
        on); after "made", the role that closes it at once ("made X, who held the portfolio, its deputy
        leader"). The aside's own roles are not the appointment's. Cost: a look at 20 words."""
        if person_last + 1 >= s.n or s.lower[person_last + 1] != ",":
            return []
        for k in range(person_last + 2, min(s.n - 1, person_last + 22)):
            if s.lower[k] == "," and s.lower[k + 1] == "as":
                return [m for m in s.mentions if m.label == "ROLE" and k + 1 < m.first <= k + 4][:1]
            if made and s.lower[k] == "," and s.lower[k + 1] in ("its", "their", "the", "a", "an"):
                role = s.at(k + 1)
                if role is not None and role.label == "ROLE" and role.first == k + 1 and \
                        (role.last + 1 >= s.n or s.lower[role.last + 1] in (".", ";", "of")):
                    return [role]
        return []

    def elected_to(self, s: Sentence, start: int, passive: bool, people: list[Mention], role: Mention | None,
                   when: When | None) -> None:
        """The office ``people`` were elected or appointed to: the role's organisation, a post in the
        government, or the body that elected them."""
        if role is None or role.role is None or "former" in role.text.lower():
            return
        org = self.org_of_role(s, role)
        if org is None and (role.role in GOVERNMENT_ROLES - SEAT_ROLES or
                            _portfolio((role.role_text or "").lower().split())):
            org = self.linker.government()  # "appointed X as chancellor": a post in the government
        if org is None:
            electors = s.before(start, DECIDERS, limit=12)
            if electors and not passive:
                org = electors[-1].entity
                if org is not None and org.kind == "COLLECTIVE":
                    org = org.party or self.linker.last({"GROUP", "PARTY", "BODY", "COUNCIL"})
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"} or not people:
            return
        first = min([p.first for p in people] + [start])
        a, b = self.evidence_span(s, first, role.last + (3 if role.last + 1 < s.n and s.lower[role.last + 1] == "of"
                                                         else 0))
        for p in people:
            self.add(Fact("holds_office", p.entity, org, a, b, "elected-to-office", 0.85, role=role.role, when=when,
                          is_start=True, seat=True))

    def appointer(self, s: Sentence, start: int, end: int, passive: bool,
                  people: list[Mention]) -> Mention | None:
        """Who appointed: the subject of "X appointed Y" / "X named Y", or the agent of "Y was appointed
        by X". An election is no one's decision."""
        if s.lower[start] not in ("appointed", "named", "picked", "installed", "made", "nominated", "chose", "chosen"):
            return None
        if passive:
            agent = self.agent(s, start, end, "appoint")
            if isinstance(agent, Mention):
                return agent
            decider = self.deciders.get(s.paragraph)
            if decider is not None:
                return Mention(0, 0, decider.label, "CONTEXT", start, start, decider)
            return None
        subject = self.subject_before(s, start, DECIDERS | {"PERSON"})
        if subject is None or subject.entity is None or subject in people:
            return None
        if subject.entity.kind == "COLLECTIVE":
            institution = self.linker.institution(subject.entity.noun or "", subject.entity.council)
            if institution is not None and (subject.entity.party is not None or self._party_collective(s, subject)):
                # "Conservative MPs chose X", "Labour councillors picked her": a party's members in a
                # House or a council choosing an officer of their own group, not that House's decision
                return None
            if institution is None:
                # "the party's Senedd members nominated X": the group itself, if it belongs to a party
                return subject if subject.entity.party is not None else None
            return Mention(subject.start, subject.end, subject.text, "CONTEXT", subject.first, subject.last, institution)
        return subject

    def selection(self, s: Sentence, start: int, end: int, people: list[Mention], role: Mention,
                  selector: Mention | None, when: When | None) -> None:
        """"Sadiq Khan was selected as Labour's candidate", "Labour has chosen Michael Shanks as its
        candidate": the party selected them."""
        party = role.possessor
        if party is None and selector is not None:
            party = selector.entity
        if party is None:
            subject = self.subject_before(s, start, DECIDERS)
            party = subject.entity if subject is not None else None
        if party is None:
            party = self.deciders.get(s.paragraph) or self.linker.topic
        if party is None or party.kind not in DECIDERS:
            return
        a, b = self.evidence_span(s, min([start] + [p.first for p in people]), role.last)
        for p in people:
            if p.entity.kind == "PERSON":
                self.add(Fact("decided", party, p.entity, a, b, "decided-select", 0.75, action="select", when=when))

    def rule_elected(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Jon Lansman, Yasmine Dar and Rachel Garnham, who were elected to the committee's ... section on
        15 January": seats on a body."""
        if s.hedged(start):
            return
        body = next((m for m in s.after(end - 1, {"BODY", "COUNCIL", "PARTY", "GROUP"}, limit=4)), None)
        if body is None or body.entity is None:
            return
        people = self.people_before(s, start)
        when, _ = self.date_near(s, start, event=True)
        a, b = self.evidence_span(s, min([p.first for p in people] + [start]), body.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, body.entity, a, b, "elected-to-body", 0.8, role="member",
                              when=when, is_start=True, seat=True))

    def rule_succeed(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"She replaces Iain McNicol": remembered, so that McNicol's resignation is from that office."""
        successor = self.people_before(s, start)
        predecessor = s.after(start, PEOPLE, limit=4)
        if successor and predecessor and successor[0].entity is not None and predecessor[0].entity is not None:
            office = self.offices.get(successor[0].entity.iri)
            if office is not None:
                self.offices.setdefault(predecessor[0].entity.iri, office)
            # "Sir Keir Starmer, who succeeded Corbyn as leader in April": the successor took the office
            k = predecessor[0].last + 1
            role = s.at(k + 1) if k + 1 < s.n and s.lower[k] == "as" else None
            if s.hedged(start) or successor[0].entity.kind != "PERSON":
                return
            office = self.left.get(successor[0].entity.iri) or office
            if role is None and office is not None and office.role and s.lower[start + 1:start + 2] == ["over"]:
                # "Price took over from Leanne Wood in 2018": when the office the text gave them began
                dated = [d for d in s.dates() if d.first > start and s.segment(d.first) == s.segment(start)
                         and not d.text.lower().startswith(("until", "since"))]
                if dated:
                    when = self.when_of(dated[0], s, start)
                    a, b = self.evidence_span(s, successor[0].first, dated[0].last)
                    self.add(Fact("holds_office", successor[0].entity, office.object, a, b, "office-took-over", 0.7,
                                  role=office.role, when=when, is_start=True, seat=True))
                return
            if role is None or role.label != "ROLE" or role.role is None:
                return
            org = self.org_of_role(s, role) or (self.offices[predecessor[0].entity.iri].object
                                                if predecessor[0].entity.iri in self.offices else None)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                return
            when, _ = self.date_near(s, start, event=True)
            a, b = self.evidence_span(s, successor[0].first, role.last)
            self.add(Fact("holds_office", successor[0].entity, org, a, b, "office-succeeded", 0.75, role=role.role,
                          when=when, is_start=True, seat=True))

    def rule_leadership(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Gething beat Miles for the leadership in March", "she won the Welsh Labour leadership": the
        winner became leader of the party named (or in context)."""
        verb = next((k for k in range(start - 1, max(-1, start - 7), -1) if s.lower[k] in WIN_VERBS), None)
        if verb is None or s.hedged(verb) or s.requested(verb):
            return
        winner = self.subject_before(s, verb, {"PERSON"})
        if winner is None and verb > 0 and s.lower[verb - 1] in ("who", "he", "she"):
            people = self.people_before(s, verb)
            winner = people[0] if people else None
        if winner is None or winner.entity is None or winner.entity.kind != "PERSON":
            return
        owner = next((m for m in reversed(s.mentions) if verb < m.first and m.last < start and m.entity is not None
                      and m.entity.kind in ("PARTY", "BODY", "GROUP")), None)
        org = owner.entity if owner is not None else (
            _definite_party(self.linker) if "party" in s.lower[verb:start] else None) or \
            self.linker.topic or self.linker.last({"PARTY"})
        if org is None:
            return
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, winner.first, end - 1)
        self.add(Fact("holds_office", winner.entity, org, a, b, "office-won-leadership", 0.75, role="leader", when=when,
                      is_start=True, seat=True))

    def rule_led(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Claire Kober, who had led Haringey Council since 2008"; "the committee, which is chaired by Andy Kerr"."""
        if s.hedged(start):
            return
        word = s.lower[start]
        role = "chair" if word.startswith("chair") else "leader"
        if start + 1 < s.n and s.lower[start + 1] == "by":
            person = next(iter(s.after(start + 1, PEOPLE, limit=2)), None)
            org = next(iter(s.before(start, ORG_KINDS - {"COLLECTIVE"}, limit=6)), None)
            if person is None or org is None or person.entity is None or org.entity is None:
                return
            a, b = self.evidence_span(s, org.first, person.last)
            self.add(Fact("holds_office", person.entity, org.entity, a, b, f"{role}ed-by", 0.8, role=role,
                          is_start=False, seat=True))
            return
        if word in ("leading",):
            return
        org = _head_after(s, start, {"COUNCIL", "PARTY", "BODY", "GROUP"}, limit=3)
        if org is not None and any(s.at(k) is None and s.words[k].isalpha() and s.words[k].islower()
                                   and s.lower[k] not in DETERMINER_WORDS | {"both"} for k in range(start + 1, org.first)):
            return  # "led earlier interventions at Slough": the organisation is not what was led
        people = self.people_before(s, start)
        if org is None or org.entity is None or not people:
            return
        led_all = [org] + self._also_led(s, org)
        for led in led_all:
            # "led the group since 2007 and the council since 2011": each its own date; "led the group
            # and the council since 2018": the one date of both
            since = [d for d in s.dates() if d.first > led.last and d.text.lower().startswith("since")]
            since = [d for d in since if d.first == led.last + 1] or [d for d in since if d.first > led_all[-1].last]
            when = self.when_of(since[0], s, start) if since else None
            a, b = self.evidence_span(s, people[0].first, since[0].last if since else led.last)
            for p in people:
                if p.entity is not None and p.entity.kind == "PERSON":
                    self.add(Fact("holds_office", p.entity, led.entity, a, b, f"{role}-since", 0.8, role=role,
                                  when=when, is_start=when is not None, seat=True))

    @staticmethod
    def _also_led(s: Sentence, org: Mention) -> list[Mention]:
        """"led both the Labour group and the council", "led the group since 2007 and the council
        since 2011": the organisation coordinated with the first (past its own "since" date)."""
        k = org.last + 1
        dated = next((d for d in s.dates() if d.first == k and d.text.lower().startswith("since")), None)
        if dated is not None:
            k = dated.last + 1
        if k + 1 >= s.n or s.lower[k] != "and":
            return []
        k += 1
        while k < s.n and s.at(k) is None and s.lower[k] in ("the", "its", "their", "his", "her"):
            k += 1
        other = s.at(k) if k < s.n else None
        if other is None or other.entity is None or other.entity.kind not in {"COUNCIL", "PARTY", "BODY", "GROUP"} \
                or other.first != k:
            return []
        return [other]

    def rule_resign(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"X resigned as leader of Y", "X has left the party", "walked out of the Labour group", "had
        given up the Labour whip", "Those leaving are A, B and C": X (each of A, B, C) resigned from the
        organisation left, or whose office was given up."""
        if s.hedged(start, 4) or s.requested(start) or _modal_before(s, start) or _refused(s, start):
            return
        inverted = start > 0 and s.lower[start - 1] == "those"
        word = s.lower[start]
        if word in ("left", "leaves", "leaving", "walked", "walks", "walking", "walk") and not inverted:
            # only "left Labour", "walked out of the Conservative group": a party, group or body named
            # straight after
            k = end + (1 if end < s.n and s.lower[end] == "the" else 0)
            left = s.at(k) if k < s.n else None
            if left is None or left.first not in (end, k) or left.entity is None or \
                    left.entity.kind not in ("PARTY", "BODY", "GROUP") or _noun_follows(s, left.last + 1):
                return  # not "walked out of the Labour Party conference": the conference was left
        given_up: Entity | None = None
        if word in GIVE_UP:
            # "had given up the Labour whip", "gave up the leadership": only a whip or an office given up
            given_up = self._whip_given_up(s, end)
            following = s.at(end + (1 if end < s.n and s.lower[end] in DETERMINER_WORDS else 0))
            if given_up is None and (following is None or following.label != "ROLE") and not _the_post(s, end):
                return
        if "at" in s.lower[end:end + 2] and any(w.startswith("election") for w in s.lower[end:end + 6]):
            return  # "stood down at the local elections": did not stand again, a term that ended
        if inverted:
            # "Besides X, those leaving are A, B and C": the people listed after the verb
            be = next((k for k in range(end, s.n) if s.lower[k] in BE | INCLUDE_WORDS), None)
            subjects = _people_listed(s, be) if be is not None else []
        elif start > 1 and s.lower[start - 1] == "for":
            # "Fox thanked Councillor Mohammed for resigning": the one thanked resigned
            thanked = s.at(start - 2)
            subjects = [thanked] if thanked is not None and _kind(thanked) == "PERSON" else []
        elif end < s.n and s.lower[end] in ("my", "our"):
            # "I have written to X, chairman of Y, to resign my membership": the writer resigns, not X
            writer = self.letter.writer if s.lower[end] == "my" else self.letter.writers
            subjects = [Mention(0, 0, s.words[end], "WRITER", end, end, writer)]
        else:
            aside = _before_aside_who(s, start)
            subjects = aside if aside is not None else self.people_before(s, _since_adverb(s, start))
        if not subjects and not inverted:
            writer = self.letter.subject(s, start)  # "I have decided to resign from the party": the letter's
            pron = [writer] if writer is not None else [m for m in s.before(start, {"PERSON", "COLLECTIVE"}, limit=3)]
            subjects = pron[:1]
        subjects = [self._event_pronoun(s, m) for m in subjects if m.entity is not None]
        if not subjects:
            return
        if _kind(subjects[0]) == "COLLECTIVE":
            # "Ten councillors, among them X, walked out"; "two Labour councillors, A and B, resigned"
            named = _named_after_group(s, subjects[0])
            # (a group named by its members is its members, as for a decision)
            subjects = named or [subjects[0], *_named_among(s, subjects[0], start)]
        org: Entity | None = given_up or self._cabinet_of(s, subjects[0])
        if org is None and inverted and self.last_left_org is not None:
            org = self.last_left_org  # "those leaving": the organisation the paragraph's walk-out left
        j = end
        while j < s.n and s.lower[j] in ("from", "as", "the", "a", "his", "her", "their"):
            j += 1
        if j + 2 < s.n and s.lower[j + 1] in ("'s", "’s") and s.at(j + 2) is not None and s.at(j + 2).label == "ROLE":
            j += 2  # "resigned as Scotland's health secretary"
        target = s.at(j) if j < s.n else None
        if target is not None and target.label == "ROLE":
            org = self._office_held(s, subjects[0], target) or self.org_of_role(s, target)
            if org is not None and _seat_only(s, org):
                org = None  # "stepping down as deputy leader, having lost his North Down seat": not its office
            if org is None and (target.role in GOVERNMENT_ROLES or _portfolio((target.role_text or "").lower().split())):
                org = self.linker.government()  # "resigned as health secretary": a post in the government
        elif target is not None and target.entity is not None and target.entity.kind in ORG_KINDS:
            org = self._own_party(s, subjects[0], target) or target.entity
        if org is None and subjects[0].entity is not None:
            here = [f for f in self.facts if f.relation == "holds_office" and f.subject == subjects[0].entity
                    and f.start >= s.offset]
            office = here[-1] if here else self.offices.get(subjects[0].entity.iri)
            if office is not None:
                org = office.object
        if org is None and self.last_office is not None and self.last_office.role in LEADING_ROLES and \
                self.last_office.subject not in [m.entity for m in subjects]:
            # "X became leader of the group, three days after Y gave up the post", "The contest was called
            # after Leonard resigned": a leader's predecessor left the office the story is about
            org = self.last_office.object
        if org is None:
            org = self._left_in_context(s)
        if org is None:
            return
        self.last_left_org = org
        when, _ = self.date_near(s, start, since=False, event=True)
        if when is None and self.linker.published is not None and _present(s, start):
            # "he is resigning with immediate effect", "X resigns": told as it happens, on the day
            when = When(self.linker.published, "day", s.words[start])
        news = when is None and start > 0 and s.lower[start - 1] in ("has", "have")  # "has resigned": recent
        last = max(end - 1, target.last if target is not None and target.first - end < 6 else end - 1)
        a, b = self.evidence_span(s, min(m.first for m in subjects), last)
        for m in subjects:
            if m.entity.kind in ("PERSON", "COLLECTIVE"):
                self.add(Fact("resigned", m.entity, org, a, b, "resigned", 0.8, when=when, is_start=False,
                              extra={"news": True} if news else {}))
            if target is not None and target.label == "ROLE" and target.role and m.entity.kind == "PERSON":
                # the office they left, for what the text says later about when they took it
                left = Fact("holds_office", m.entity, org, a, b, "resigned-office", 0.0, role=target.role, seat=True)
                self.offices.setdefault(m.entity.iri, left)
                self.left.setdefault(m.entity.iri, left)

    def _whip_given_up(self, s: Sentence, end: int) -> Entity | None:
        """"given up the Labour whip", "gave up the party whip": the party whose whip it was (named
        before "whip", else the party the text has the person in, else the document's)."""
        k = next((k for k in range(end, min(s.n, end + 4)) if s.lower[k] == "whip"), None)
        if k is None:
            return None
        party = next((m.entity for m in s.mentions if end <= m.first < k and m.entity is not None
                      and m.entity.kind == "PARTY"), None)
        if party is not None:
            return party
        subject = next(iter(self.people_before(s, end)), None)
        known = self.parties.get(subject.entity.iri) if subject is not None and subject.entity is not None else None
        return known or self.linker.topic

    def _cabinet_of(self, s: Sentence, group: Mention) -> Entity | None:
        """"four members of his cabinet resigned": a cabinet's members leave the cabinet (a body of the
        document's own, named "Cabinet"), not the council or party the words "his cabinet" were linked to."""
        k = group.last + 1
        if _kind(group) != "COLLECTIVE" or k + 1 >= s.n or s.lower[k] != "of":
            return None
        owner = s.at(k + 1)
        if owner is None or not owner.text.lower().endswith("cabinet"):
            return None
        key = re.sub(r"[^a-z0-9]+", "-", self.linker.doc_key.lower()).strip("-")
        return self.linker.mint(str(uris.organisation(f"cabinet-{key}")), "Cabinet", "BODY", (str(ORG.Organization),))

    def _office_held(self, s: Sentence, subject: Mention, role: Mention) -> Entity | None:
        """"He would stand down as leader": an office named with no organisation after it ("of X", "X's")
        is the one the document gave the person, with that role."""
        k = role.last + 1
        if subject.entity is None or role.possessor is not None or (k < s.n and (s.lower[k] == "of" or
                                                                                 s.at(k) is not None)):
            return None
        office = self.offices.get(subject.entity.iri)
        return office.object if office is not None and office.role == role.role else None

    def _own_party(self, s: Sentence, subject: Mention, target: Mention) -> Entity | None:
        """"Two Labour councillors ... resigned from the party": "the party" a person or group leaves is
        their own (the group's party, a party named just before the group's noun, the person's as the
        document gave it), not the party named last."""
        if target.text.lower() not in ("the party", "their party", "his party", "her party"):
            return None
        entity = subject.entity
        if entity is None:
            return None
        if entity.kind != "COLLECTIVE":
            return self.parties.get(entity.iri)
        named = next((m for m in s.mentions if m.entity is not None and m.entity.kind == "PARTY"
                      and subject.first - 2 <= m.first and m.last <= subject.last), None)
        return entity.party or (named.entity if named is not None else None)

    def _event_pronoun(self, s: Sentence, m: Mention, excluding: Entity | None = None) -> Mention:
        """A person pronoun that is a decision's object or a resignation's subject, read as the person the
        last event of this or the previous sentence was about (``reference.event_person``); other
        mentions, and pronouns no event fits, as linked."""
        if m.label != "PRON":
            return m
        here = s.char(m.first)
        # the previous sentence's events only when this one names no one the pronoun may be ("X revealed
        # that the party had suspended him": X, as linked)
        named = any(p.entity is not None and p.entity.kind == "PERSON" and p.label != "PRON" and p.last < m.first
                    for p in s.mentions)
        lo = self.sentences[-2].char(0) if len(self.sentences) >= 2 and not named else s.char(0)
        recent = [f.subject if f.relation == "resigned" else f.object for f in self.facts
                  if lo <= f.start < here and (f.relation == "resigned" or f.relation == "decided")]
        person = event_person(m, recent, self.linker.gender, excluding)
        if person is None:
            # "Anderson was arrested on 4 December, and Labour suspended him": the one person the
            # sentence names before the pronoun
            named = {p.entity for p in s.mentions if p.entity is not None and p.entity.kind == "PERSON"
                     and p.label != "PRON" and p.last < m.first and p.entity != excluding}
            person = event_person(m, list(named), self.linker.gender) if len(named) == 1 else None
        if person is None or person == m.entity:
            return m
        return Mention(m.start, m.end, m.text, "PRON", m.first, m.last, person)

    def _left_in_context(self, s: Sentence) -> Entity | None:
        """The organisation a resignation with none named is from: the party, council, body or group
        mentioned last, passing over a seat ("having lost his North Down seat")."""
        for entity in reversed(self.linker.recent):
            if entity.kind in ("PARTY", "COUNCIL", "BODY", "GROUP") and not _seat_only(s, entity):
                return entity
        return None

    def rule_defect(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"X defected to Reform UK", "X crossed the floor to join the Liberal Democrats": X joined that
        party and left the one the document had them in."""
        if s.hedged(start):
            return
        people = [p for p in self.people_before(s, start) if p.entity is not None and p.entity.kind == "PERSON"]
        new = next((m for m in s.after(end - 1, {"PARTY"}, limit=9) if m.entity is not None), None)
        if not people or new is None:
            return
        when, _ = self.date_near(s, start, event=True)
        a, b = self.evidence_span(s, people[0].first, new.last)
        for p in people:
            old = self.parties.get(p.entity.iri)
            if old is None or old == new.entity:
                old = next((e for e in reversed(self.linker.recent) if e.kind == "PARTY" and e != new.entity), None)
            self.add(Fact("member_of", p.entity, new.entity, a, b, "member-joined", 0.75, when=when, is_start=True))
            if old is not None and old != new.entity:
                self.add(Fact("resigned", p.entity, old, a, b, "resigned-defected", 0.7, when=when, is_start=False))

    def rule_whip(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"had the whip withdrawn", "the party withdrew the whip from her", "the whip had been removed
        from him": suspended from the party's group in parliament, a decision of the party."""
        inside = s.at(start)
        if inside is not None and inside.label == "ROLE" or s.hedged(start):
            return
        if any(w in ("himself", "herself", "themselves") for w in s.lower[start + 1:start + 4]):
            return  # "had removed the whip from himself": given up, not withdrawn by the party
        near = s.lower[max(0, start - 4):start + 5]
        if not any(w in WHIP_VERBS for w in near) or any(w in WHIP_RESTORED for w in near):
            return
        target: list[Mention] = []
        for k in range(start + 1, min(s.n, start + 8)):
            if s.lower[k] == "from":
                m = s.at(k + 1) if k + 1 < s.n else None
                if m is not None and m.entity is not None and m.entity.kind in ("PERSON", "COLLECTIVE"):
                    target = _coordinated_from(s, m)
                break
        decider = None
        verb = next((k for k in range(max(0, start - 3), start) if s.lower[k] in WHIP_VERBS), None)
        if not target and verb is not None and not _passive(s, verb) and s.lower[verb] not in ("lost", "loses"):
            # (the subject of "lost the whip" is the one suspended, read below)
            # "The chief whip, Simon Hart, suspended the whip": the subject decided; whose whip it was
            # is the person the story is about
            subject = self.subject_before(s, verb, {"PERSON", "PARTY", "BODY"})
            if subject is not None and subject.entity is not None and subject.entity.kind == "PERSON":
                about = self.linker.last_subject(excluding=subject.entity)
                if about is not None:
                    target = [Mention(0, 0, about.label, "CONTEXT", start, start, about)]
                    decider = subject.entity
        if not target:
            target = [p for p in self.people_before(s, start) if p.entity is not None]
        if not target:
            return
        k = start - 1
        while decider is None and k >= 0 and s.lower[k] in ("the", "its", "their", "his", "her", "party"):
            m = s.at(k)
            if m is not None and m.entity is not None and m.entity.kind == "PARTY":
                decider = m.entity
                break
            k -= 1
        prev = s.at(k) if k >= 0 and decider is None else None
        if prev is not None and prev.entity is not None and prev.entity.kind == "PARTY":
            decider = prev.entity
        if decider is None:
            # "the whip had been removed from him in the Parliamentary Labour Party"
            body = next((m for m in s.after(start, {"BODY"}, limit=8) if m.first > 0
                         and s.lower[m.first - 1] in ("in", "the") and "in" in s.lower[start:m.first]), None)
            decider = body.entity if body is not None and body.entity is not None else None
        if decider is None:
            subject = self.subject_before(s, start, {"PARTY", "BODY"})
            decider = subject.entity if subject is not None else None
        if decider is None:
            group = target[0].entity
            decider = (group.party if group.kind == "COLLECTIVE" else self.parties.get(group.iri)) or self.linker.topic
        if decider is None:
            return
        when, _ = self.date_near(s, start, event=True)
        spots = [m for m in target if m.label != "CONTEXT"]
        first = min([start] + [m.first for m in spots] + ([verb] if verb is not None else []))
        a, b = self.evidence_span(s, first, max([end - 1] + [m.last for m in spots]))
        for m in target:
            self.add(Fact("decided", decider, m.entity, a, b, "decided-whip", 0.75, action="suspend", when=when))

    def rule_decide(self, s: Sentence, name: str, start: int, end: int) -> None:
        action = name.split("_", 1)[1]
        word = s.lower[start]
        if s.hedged(start) or _not_taken(s, start, end, action):
            return
        if word != "not" and start > 0 and s.lower[start - 1] in NEGATION:
            return
        if end < s.n and s.lower[end] == "to" and action in ("reject", "approve", "scrap"):
            return  # "refused to apologise", "agreed to stay on": a complement, not a decision about something
        before = s.lower[start - 1] if start > 0 else ""
        if word in NOUN_OR_VERB and before and (before in DETERMINER_WORDS or (
                s.words[start - 1].isalpha() and s.words[start - 1].islower() and before not in VERB_LEADS)):
            return  # "campaigned on a council tax freeze", "a pause": a noun, not a decision taken
        inside = s.at(start)
        if inside is not None and inside.label in ("ROLE", "DATE") or (
                word == "removed" and "whip" in s.lower[max(0, start - 4):start + 4]):
            return
        if word not in NOUN_ACTIONS and start > 0 and s.lower[start - 1] in ("the", "a", "an", "its", "their", "his",
                                                                             "her") and start + 1 < s.n and \
                s.at(start + 1) is not None:
            return  # "the suspended councillors": an adjective
        passive = _passive(s, start)
        noun = word in NOUN_ACTIONS
        if noun and any(w in REVERSALS for w in s.lower[max(0, start - 4):start]):
            return  # "the party had lifted the suspension of X": undone, not taken
        deciders: list[Mention | Entity] = []
        targets: list[Mention] = []
        if noun:
            # "extended his suspension", "a fresh investigation into his conduct", "the NEC's intervention",
            # "suspended pending an investigation"
            prev = s.at(start - 1) if start else None
            if prev is None and start >= 2:
                prev = s.at(start - 2)
            if prev is not None and prev.label == "PRON" and prev.entity is not None:
                targets = [prev]
            if not targets:
                j = end
                if j < s.n and s.lower[j] in ("into", "of", "against", "in"):
                    k = j + 1
                    while k < s.n and s.lower[k] in ("the", "a"):
                        k += 1
                    t = s.at(k)
                    targets = [t] if t is not None else []
            pending = action == "investigate" and start >= 2 and s.lower[start - 2] == "pending"
            if not targets and pending:
                t = self.subject_before(s, start, {"PERSON", "COLLECTIVE"})
                targets = [t] if t is not None else []
            subject = [m for m in s.before(start, DECIDERS, limit=30) if not targets or m is not targets[0]]
            sanction = self._sanction_here(s, targets) if pending else None
            announced = self._intervention_announced(s, start) if action == "intervene" and not targets else None
            if announced is not None:
                # "The minister, Kemi Badenoch, confirmed the intervention": the announcer's, in the council
                deciders, targets = announced
            elif sanction is not None:
                # "he had been suspended from the party ... pending an investigation": the body that
                # suspended him investigates, not whoever the sentence names first ("told MSPs that")
                deciders = [sanction]
            elif subject:
                deciders = [min(subject, key=lambda m: m.first)]
            elif targets and _kind(targets[0]) in ("PERSON", "COLLECTIVE"):
                # "Corbyn had been suspended pending an investigation": whoever took the paragraph's
                # last decision, or for a party's own sanctions the party the document is about
                decider = self.deciders.get(s.paragraph) or (self.linker.topic if action in PARTY_ACTIONS else None)
                deciders = [decider] if decider is not None else []
        elif passive or (start >= 1 and s.lower[start - 1] == "those"):
            inverted = start >= 1 and s.lower[start - 1] == "those"
            agent = self.agent(s, start, end, action)
            if agent is not None:
                deciders = [agent]
                if isinstance(agent, Mention):  # "by the 1922 Committee and the Party Board": both decided
                    deciders += [m for m in _coordinated_from(s, agent)[1:] if _kind(m) in DECIDERS]
            if inverted:
                # "Among those suspended from the parliamentary party were A, B and C", "Those suspended
                # include A, a councillor; B, ...; and C"
                be = next((k for k in range(end, s.n) if s.lower[k] in BE | INCLUDE_WORDS), None)
                targets = _people_listed(s, be) if be is not None else []
            else:
                target = _passive_subject(s, start)
                if target is None:
                    before = s.before(start, TARGETS | {"ROLE"}, limit=12)
                    target = min(before, key=lambda m: m.first) if before else None
                if target is not None and target.label == "ROLE":
                    target = _anaphor(self.linker, target)
                if target is not None:
                    targets = _coordinated_from(s, target) if _kind(target) == "PERSON" else [target]
            if not deciders and action in ("select", "deselect"):
                # "selected as Labour's candidate"
                role = next((m for m in s.after(end - 1, {"ROLE"}, limit=5) if m.role == "candidate"), None)
                if role is not None and role.possessor is not None:
                    deciders = [role.possessor]
            if not deciders and targets:
                decider = self.deciders.get(s.paragraph) if self.actions.get(s.paragraph) in (action, None) or \
                    (action in PARTY_ACTIONS and self.actions.get(s.paragraph) in PARTY_ACTIONS) else None
                if decider is None and action in PARTY_ACTIONS and _kind(targets[0]) in ("PERSON", "COLLECTIVE"):
                    decider = self.linker.topic
                if decider is not None:
                    deciders = [decider]
        else:
            subject = _subject_after_and(s, start) or self.subject_before(s, _since_adverb(s, start),
                                                                          DECIDERS | {"PERSON"})
            deciders = [subject] if subject is not None else []
            limit = 4 if word in WEAK else 12
            after = [m for m in s.after(end - 1, TARGETS | {"CONTROLLED", "PRON"}, limit=limit)
                     if m is not subject and m.first < _clause_end(s, end)]
            # "suspended all nine of its councillors": a possessive determiner is not the object
            # "suspended all nine of its councillors", "turned down his bid": a possessive determiner is
            # not the object
            after = [m for m in after if not (m.label == "PRON" and s.lower[m.first] in ("its", "his", "their")
                                              or (s.lower[m.first] == "her" and m.last + 1 < s.n
                                                  and s.lower[m.last + 1] not in OBJECT_FOLLOWERS
                                                  and (s.at(m.last + 1) is not None or s.words[m.last + 1].islower())))]
            # "backed the change, as did X": X is a second subject; "sacked one of his own ministers": no
            # one named
            after = [m for m in after if not _second_subject(s, end, m.first) and
                     not m.text.lower().startswith("one of ")]
            if action == "intervene":
                # intransitive: "intervene in X" (the body whose X it is: "in the housing policy of a council")
                after = [m for m in after if m.first - end <= 3 and s.lower[end] in ("in", "at")]
                if after and after[0].label in ("THING", "POLICY") and after[0].last + 1 < s.n and \
                        s.lower[after[0].last + 1] == "of":
                    owner = next(iter(s.after(after[0].last + 1, ORG_KINDS | {"CONTROLLED"}, limit=3)), None)
                    after = [owner] if owner is not None else after
            if after:
                after[0] = self._event_pronoun(s, after[0], _entity(subject) if subject is not None else None)
                targets = _coordinated_from(s, after[0]) if _kind(after[0]) == "PERSON" else [after[0]]
            elif action == "intervene" and deciders:
                council = self.linker.last({"COUNCIL"})
                if council is not None:
                    targets = [Mention(0, 0, council.label, "CONTEXT", start, start, council)]
        if word in DROP_WORDS and (noun or passive or not targets or _kind(targets[0]) != "PERSON"
                                   or targets[0].first > end + 1):
            return  # only "dropped X": "support dropped", "dropped out of the race", "dropped the policy"
        if action == "remove" and (any(s.lower[k] == "as" and k + 2 < s.n and s.at(k + 1) is not None
                                       and s.at(k + 1).role == "candidate" for k in range(end, min(s.n, end + 3)))
                                   or targets and _candidate_apposition(s, targets[0])):
            action = "deselect"  # "removed as the candidate", "dropped X, its candidate in Y"
        targets = [p for t in targets for p in (_named_after_group(s, t) or [t])]
        if action == "approve" and targets and _kind(targets[0]) in ("THING", "POLICY") and \
                any(max(start, targets[0].last) < k <= targets[0].last + 2 for k in s.triggers):
            return  # "approved a motion suspending X": the decision is the motion's, read at its own verb
        if not noun and not passive and word in BACKING and deciders and _kind(deciders[0]) == "PERSON":
            return  # "he backed a motion", "X publicly backed Y": a person's support or vote, not a decision
        if not noun and not passive and deciders and isinstance(deciders[0], Mention) and \
                _object_relative(s, deciders[0]):
            return  # "The inspection, which Jenrick ordered in December, was led by X": X is not its object
        decider = _entity(deciders[0]) if deciders else None
        if decider is not None and decider.kind == "COLLECTIVE" and action == "request":
            return  # "four of his MSPs called on him to go": not a decision of a body
        if decider is not None and decider.kind == "COLLECTIVE":
            decider = self.linker.institution(decider.noun or "", decider.council) or decider
        targets = [t for t in targets if t.entity is not None]
        if decider is None or not targets:
            return
        if decider.kind not in DECIDERS | {"PERSON"} or (action == "request" and decider.kind == "COLLECTIVE"):
            return
        targets = [t for t in targets if t.entity != decider]
        if not targets:
            return
        when, _ = self.date_near(s, start, event=True)
        spots = [t.first for t in targets if t.label != "CONTEXT"] + [start]
        first_decider = deciders[0].first if isinstance(deciders[0], Mention) and deciders[0].label != "CONTEXT" \
            else start
        a, b = self.evidence_span(s, min(spots + [first_decider]),
                                  max([t.last for t in targets if t.label != "CONTEXT"] + [end - 1]))
        self.deciders[s.paragraph], self.actions[s.paragraph] = decider, action
        for t in targets:
            self.add(Fact("decided", decider, t.entity, a, b, f"decided-{action}", 0.75, action=action, when=when))
        if action == "remove" and len(targets) == 1 and _kind(targets[0]) == "PERSON":
            self.removed_from(s, targets[0], end)
        for other in deciders[1:]:  # decided jointly
            entity = _entity(other)
            if entity is not None and entity.kind in DECIDERS and entity != decider:
                for t in targets:
                    if t.entity != entity:
                        self.add(Fact("decided", entity, t.entity, a, b, f"decided-{action}", 0.75, action=action,
                                      when=when))

    def _intervention_announced(self, s: Sentence, start: int) -> tuple[list[Mention], list[Mention]] | None:
        """"X confirmed / announced the intervention": X decided it, in the council in context."""
        k = start - 1
        if k < 1 or s.lower[k] not in ("the", "an", "its", "this") or s.lower[k - 1] not in ANNOUNCING:
            return None
        subject = self.subject_before(s, k - 1, DECIDERS | {"PERSON"})
        council = self.linker.last({"COUNCIL"})
        if subject is None or council is None:
            return None
        return [subject], [Mention(0, 0, council.label, "CONTEXT", start, start, council)]

    def _sanction_here(self, s: Sentence, targets: list[Mention]) -> Entity | None:
        """Who took the suspension or expulsion this sentence has already told about the target."""
        if not targets or targets[0].entity is None:
            return None
        for fact in reversed(self.facts):
            if fact.start < s.offset:
                return None
            if fact.relation == "decided" and fact.action in ("suspend", "expel") and fact.object == targets[0].entity:
                return fact.subject
        return None

    @staticmethod
    def _party_collective(s: Sentence, group: Mention | Entity) -> bool:
        """Whether a collective mention is a party's ("the SNP's MPs", "Labour's councillors"): a party
        or a party's possessive just before it."""
        if not isinstance(group, Mention) or group.first == 0:
            return False
        k = group.first - 1
        if s.lower[k] in ("'s", "’s") and k > 0:
            k -= 1
        prev = s.at(k)
        return prev is not None and _kind(prev) == "PARTY"

    def removed_from(self, s: Sentence, person: Mention, end: int) -> None:
        """"dismissed X as chairman of the Conservative Party": the office X held until then."""
        k = max(end, person.last + 1)
        if k + 1 >= s.n or s.lower[k] != "as":
            return
        role = s.at(k + 1)
        if role is None or role.label != "ROLE" or role.role is None or role.role == "candidate" or \
                s.lower[role.last + 1:role.last + 2] != ["of"]:
            return  # only an office named with its organisation ("as chairman of X")
        org = self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        a, b = self.evidence_span(s, person.first, role.last + 2)
        self.add(Fact("holds_office", person.entity, org, a, b, "removed-from-office", 0.7, role=role.role,
                      is_start=False, seat=True))

    def rule_bar(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"barred X from standing", "X was blocked from standing": a deselection; "Y and Z were also
        barred", after one, another."""
        if s.hedged(start):
            return
        reach = end + 6
        aside = next((k for k in range(end, min(s.n - 1, end + 6)) if s.lower[k] == ","
                      and s.lower[k + 1] in ("who", "which", "whose")), None)
        if aside is not None:  # "blocked David Duguid, who was in hospital, from standing"
            close = next((k for k in range(aside + 2, min(s.n, aside + 25)) if s.lower[k] == ","), None)
            reach = close + 4 if close is not None else reach
        standing = any(s.lower[k] == "from" and k + 1 < s.n and s.lower[k + 1] in ("standing", "running", "contesting")
                       for k in range(end, min(s.n, reach)))
        if not standing and not (_passive(s, start) and self.actions.get(s.paragraph) == "deselect"):
            return
        self.rule_decide(s, "DECIDE_deselect", start, end)

    def rule_control(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Labour kept control of the council", "won a majority on the committee"."""
        verb = next((k for k in range(start - 1, max(-1, start - 5), -1) if s.lower[k] in CONTROL_VERBS), None)
        if verb is None or s.lower[verb] == "lost" or s.hedged(verb):
            return
        controller = [m for m in s.before(verb, {"PARTY", "BODY", "ORG", "GROUP"}, limit=10)]
        target = next(iter(s.after(end - 1, {"COUNCIL", "BODY", "PARTY", "GROUP", "ORG"}, limit=3)), None)
        if target is None and controller and _kind(controller[0]) == "PARTY":
            target = self._chamber(s, end)
        if not controller or target is None or controller[0].entity is None or target.entity is None:
            return
        text = s.text
        seats = re.search(r"(\d+) of the (\d+) seats", text)
        when, _ = self.date_near(s, verb)
        a, b = self.evidence_span(s, controller[0].first, target.last)
        if seats:
            b = s.offset + seats.end()
        fact = Fact("controls", controller[0].entity, target.entity, a, b, "controls-majority", 0.8, when=when,
                    is_start=False)
        if seats:
            fact.seats, fact.total = int(seats.group(1)), int(seats.group(2))
        self.add(fact)

    def _chamber(self, s: Sentence, end: int) -> Mention | None:
        """"Labour holds a majority of the seats", "holding a comfortable majority in the chamber": the
        council in context, as a mention-like target, when the words after the trigger name seats or a
        chamber and the sentence names no parliament or assembly (whose seats are not a council's)."""
        words = [w for w in s.lower[end:end + 3] if w != "the"]
        if not words or words[0] not in CHAMBER_WORDS or any(w in ASSEMBLY_WORDS for w in s.words):
            return None
        council = self.linker.last({"COUNCIL"})
        if council is None or council.kind != "COUNCIL":
            return None
        last = min(s.n - 1, end + 2)
        return Mention(s.char(end), s.char_end(last), council.label, "COUNCIL", end, last, council)

    def rule_sign(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"more than 70 Labour council leaders, who wrote in yesterday's Sunday Times of their concern that
        the NEC's actions ...": a statement they signed, which opposes what it criticises."""
        if name == "SIGN_letter" and not any(w in ("letter", "statement") for w in s.lower[end:end + 4]):
            return
        if name == "SIGN_own":
            # "Her letter to the Prime Minister, written on Saturday": the letter's writer signed it
            signers = [m for m in [_writer_of(s, start)] if m is not None]
        else:
            signers = [m for m in self.people_before(s, start) if m.entity is not None]
        if not signers:
            return
        when, _ = self.date_near(s, start, event=True)
        news = next((m for m in s.mentions if m.label == "NEWS" and m.first > start), None)
        creator = signers[0].entity
        noun = _statement_noun(s, start if name == "SIGN_own" else end)
        label = f"Letter in the {news.text}" if news else f"{noun[:1].upper()}{noun[1:]} of {creator.label}"
        statement = self.linker.mint(_statement_iri(self.linker.doc_key, creator.iri, when), label, "STATEMENT",
                                     ())
        a, b = self.evidence_span(s, min(m.first for m in signers), news.last if news else end - 1)
        for m in signers:
            self.add(Fact("signed", m.entity, statement, a, b, "signed-letter", 0.8, when=when, statement=statement,
                          creator=creator))
        opposed = [i for i in range(end, s.n) if s.lower[i] in ("concern", "concerns", "against", "affront",
                                                                 "oppose", "opposing", "condemning", "criticising")]
        if opposed:
            kinds = {"BODY", "PARTY", "COUNCIL", "GROUP", "ORG"}
            if s.lower[opposed[0]] == "against" and s.lower[opposed[0] - 1] in ("vote", "voted", "voting", "campaign"):
                kinds = kinds | {"PERSON"}  # "a letter ... saying he would vote against him"
            target = next(iter(s.after(opposed[0], kinds, limit=6)), None)
            if target is not None and target.entity is not None and target.entity not in [m.entity for m in signers]:
                a2, b2 = self.evidence_span(s, opposed[0], s.n - 1)
                self.add(Fact("opposed", creator, target.entity, a2, b2, "letter-opposes", 0.7, when=when,
                              statement=statement, creator=creator))

    def rule_oppose(self, s: Sentence, name: str, start: int, end: int) -> None:
        """Opposition stated by a verb of criticism or a vote: "A has publicly criticised B", "B's plan was
        condemned by A", "A attacked the council's decision" (A opposes the council), "the MPs who voted
        against the bill". The subject is the clause's person or body; the object the person, body or
        policy named straight after the verb (the possessor of "B's handling"), or the passive verb's
        subject. "concern", "protest" and "against" without a vote are read only with a signature
        (rule_sign): alone they are too weak."""
        word = s.lower[start]
        if word in ("called", "calls", "calling", "described", "describes", "describing"):
            self._verdict(s, start, end)
            return
        vote = word == "against" and start > 0 and s.lower[start - 1] in VOTE_WORDS
        writer = self.letter.subject(s, start - 1 if vote else start)
        if word in LETTER_CRITICISM and writer is None:
            return  # "the council rejected the plan" is a decision; only a letter's "we reject" opposes
        if not (vote or word in CRITICISM | LETTER_CRITICISM) or _modal_before(s, start) or s.requested(start) or _refused(s, start):
            return
        if start > 0 and s.lower[start - 1] in NEGATION:
            return
        verb = start - 1 if vote else start
        if _passive(s, verb) and not vote:
            agent = self.agent(s, start, end, "oppose")
            target = _passive_subject(s, verb)
            subjects = [agent] if isinstance(agent, Mention) else []
        else:
            target = self._criticised(s, end, vote)
            if writer is not None:
                subjects = [writer]
            elif vote:
                subjects = [m for m in self.people_before(s, verb) if m.label != "PRON"]
            else:
                subject = self.subject_before(s, verb, PEOPLE | DECIDERS)
                subjects = [] if subject is None or subject.label == "PRON" else \
                    (_coordinated_from(s, subject) if _kind(subject) == "PERSON" else []) or [subject]
        if target is None or target.entity is None or target.label == "ROLE" or (vote and _kind(target) == "PERSON"):
            return  # a vote against a person is read by opposed_in_words
        subjects = [m for m in subjects if m.entity is not None and m.entity != target.entity
                    and (_kind(m) in PEOPLE | DECIDERS or m.label == "WRITER")]
        self._opposes(s, subjects, target, verb, target.last, "letter-opposes-vote" if vote else
                      "letter-opposes-criticism")

    def _verdict(self, s: Sentence, start: int, end: int) -> None:
        """"X called the decision perverse", "Y called it a betrayal", "Z described the move as a
        disgrace": a damning verdict on a decision the text has just told is opposition to whoever took
        it (the decider of the last decision of the last eight sentences, not the critic). A verdict
        with praise in it ("the right decision made by the wrong man") gives nothing."""
        k = end
        if s.lower[end - 1] == "the":  # "called the party's decision", "described the handling of"
            while k < s.n and k < end + 3 and s.lower[k] not in VERDICT_NOUNS:
                k += 1
            if k >= s.n or s.lower[k] not in VERDICT_NOUNS:
                return
        window = s.lower[k + 1:min(s.n, k + 9)]
        if "," in window:
            window = window[:window.index(",")]
        if not any(w in DAMNING for w in window) or any(w in PRAISE for w in window) or s.hedged(start):
            return
        critic = self.subject_before(s, start, PEOPLE | DECIDERS)
        if critic is None or critic.entity is None or critic.label == "PRON":
            return
        lo = self.sentences[-9].char(0) if len(self.sentences) > 9 else 0
        decided = [f for f in self.facts if f.relation == "decided" and lo <= f.start < s.char(0)
                   and f.subject != critic.entity and f.subject.kind in DECIDERS | {"PERSON", "PARTY"}]
        if not decided:
            return
        # the body that took the decision before its party, and a party before a person (a leader's say)
        rank = {"PERSON": 0, "PARTY": 1}
        decider = max(reversed(decided), key=lambda f: rank.get(f.subject.kind, 2)).subject
        target = Mention(0, 0, decider.label, "CONTEXT", k, k, decider)
        self._opposes(s, [critic], target, start, min(s.n - 1, k + len(window)), "letter-opposes-criticism")

    def _criticised(self, s: Sentence, end: int, vote: bool) -> Mention | None:
        """The object of a criticism or a vote at ``end``: the first mention within three words (past
        "the", an adverb), or for a criticism the possessor of what is criticised ("criticised the
        First Minister's handling": the First Minister, a role standing for the person the document
        gave it)."""
        k = end
        if k < s.n and s.lower[k] == ",":
            # "We reject, in the strongest terms, the legislation": past an aside between commas
            close = next((c for c in range(k + 1, min(s.n, k + 8)) if s.lower[c] == ","), None)
            k = close + 1 if close is not None else k
            end = k
        while k < s.n and k < end + 3 and s.at(k) is None and s.lower[k] in DETERMINER_WORDS | {"new", "former"}:
            k += 1
        m = s.at(k) if k < s.n else None
        if m is None or m.label in ("DATE", "PRON") or _kind(m) not in TARGETS | {"ROLE"}:
            return None
        possessor = m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s")
        if vote and (possessor or not any(w[:1].isupper() for w in s.words[m.first:m.last + 1])):
            return None  # "voted against the government's bill": the bill; "against the motion": which one?
        if m.label == "ROLE":
            holder = next((f.subject for f in reversed(list(self.offices.values())) if f.role == m.role), None)
            return Mention(m.start, m.end, m.text, "PRON", m.first, m.last, holder) if holder is not None else None
        if not possessor and _noun_follows(s, m.last + 1):
            return None  # "criticised the Labour Party conference": the conference
        return m

    def rule_member(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Ejiofor sits on the national coordinating group of Momentum"; "X joined Y"; "sat on Norwich
        City Council" (a councillor)."""
        if s.hedged(start):
            return
        joined = s.lower[start] in ("joined", "joins", "join")
        if s.lower[start] == "join" and not (start > 0 and s.lower[start - 1] == "to"):
            return
        people = self.people_before(s, start)
        if not people or people[0].entity is None:
            return
        j = end
        org_mention = next(iter(s.after(end - 1, ORG_KINDS - {"COLLECTIVE"}, limit=7)), None)
        if org_mention is None or org_mention.entity is None:
            return
        if org_mention.last + 2 < s.n and s.lower[org_mention.last + 1] in ("'s", "’s"):
            # "sits on Labour's national executive committee": the body possessed, not the possessor
            owned = s.at(org_mention.last + 2)
            if owned is None or owned.entity is None or owned.entity.kind not in ORG_KINDS - {"COLLECTIVE"}:
                return
            org_mention = owned
        obj = org_mention.entity
        first_word = j
        while first_word < org_mention.first and s.lower[first_word] in ("the", "a", "an", "its", "his", "her"):
            first_word += 1
        if first_word < org_mention.first and s.lower[org_mention.first - 1] == "of":
            # a unit named by description: "the national coordinating group of Momentum"
            label = " ".join(s.words[first_word:org_mention.last + 1]).replace(" 's", "'s")
            obj = self.linker.organisation(label[0].upper() + label[1:] if label[0].islower() else label)
        when, _ = self.date_near(s, start, event=True) if joined else (None, False)
        a, b = self.evidence_span(s, people[0].first, org_mention.last)
        for p in people:
            if p.entity is None or p.entity.kind != "PERSON":
                continue
            if not joined and any(w in obj.label.split() for w in ASSEMBLY_WORDS):
                since = next((d for d in s.dates() if org_mention.last < d.first <= org_mention.last + 3
                              and d.text.lower().startswith("since")), None)
                when = self.when_of(since, s, start) if since is not None else None
                self.add(Fact("holds_office", p.entity, obj, a, b, "office-member-of", 0.7, role="member",
                              when=when, is_start=when is not None, seat=True))
            elif obj.kind == "COUNCIL" and not joined:
                self.add(Fact("holds_office", p.entity, obj, a, b, "office-sits-on", 0.7, role="councillor",
                              is_start=False, seat=True))
            else:
                self.add(Fact("member_of", p.entity, obj, a, b, "member-joined" if joined else "member-sits-on", 0.75,
                              when=when, is_start=joined and when is not None))

    def rule_serving(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Mike Russell ... is serving as interim chief executive"."""
        if s.hedged(start, 3):
            return
        k = end
        if k < s.n and s.lower[k] == "as":
            k += 1
        owner = s.at(k) if k < s.n else None
        if owner is not None and _kind(owner) == "PERSON" and owner.last + 2 < s.n and \
                s.lower[owner.last + 1] in ("'s", "’s"):
            k = owner.last + 2  # "stays on as Aitken's deputy leader of the council": the role after
        role = s.at(k) if k < s.n else None
        people = self.people_before(s, start)
        if role is None or role.label != "ROLE" or role.role is None or not people or people[0].entity is None or \
                role.role in SEAT_ROLES:  # "has been an MSP since 2003": a seat as background, as in appositions
            return
        org = self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"} and not (org.kind == "PLACE" and role.role in SEAT_ROLES):
            return
        when, last = None, role.last
        # "had been acting leader since ...", "had been the MP for Streatham since 2010"
        since = next((k for k in range(role.last + 1, min(s.n, role.last + 6)) if s.lower[k] == "since"
                      and not any(s.lower[x] in (",", ";") for x in range(role.last + 1, k))), None)
        if since is not None:  # "had been acting leader since Ed Miliband resigned in May"
            dated = next((d for d in s.dates() if d.first >= since and s.segment(since) == s.segment(d.first)), None)
            if dated is not None and not dated.text.lower().startswith("since") or dated is not None:
                when, last = self.when_of(dated, s, dated.first), dated.last
        a, b = self.evidence_span(s, start, last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org, a, b, "office-serving", 0.7, role=role.role, when=when,
                              is_start=when is not None, seat=True))

    def rule_leaders(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"the people leading councils in Birmingham, Manchester, ... and scores more": the leader of each
        council (the person, where the graph knows who held the post on the publication date)."""
        j = end
        leaders: list[Entity] = []
        last_token = end - 1
        while j < s.n:
            if s.lower[j] in (",", "and", "–", "-"):
                j += 1
                continue
            m = s.at(j)
            if m is not None and m.entity is not None and m.entity.kind == "COUNCIL":
                council, last_token, j = m.entity, m.last, m.last + 1
            elif s.title(j) and m is None or (m is not None and m.label in ("NAME", "ORG", "PERSON", "PLACE")
                                               and m.last == m.first):
                word = s.words[j]
                council = self.linker.council(word) or self.linker.organisation(f"{word} Council", "COUNCIL")
                last_token, j = j, j + 1
            else:
                break
            leaders.append(self.linker.leader_of(council))
        if len(leaders) < 2:
            return
        group = next((m.entity for m in reversed(s.mentions) if m.first < start and m.entity is not None
                      and m.entity.kind == "COLLECTIVE"), None)
        a, b = self.evidence_span(s, start, last_token)
        if group is not None:
            group.members.extend(e for e in leaders if e not in group.members)
            group.members_span = (a, b)

    # -- after the last sentence

    def finish(self) -> list[Fact]:
        """Spread a group's signatures and resignations, and the decisions taken about it, to its
        named members, then drop duplicates."""
        for group in self.linker.collectives:
            if not group.members:
                self._enumerated_members(group)
        self._letter_signed()
        for fact, index in self.undated:
            fact.when = self._told_next(index)
            if fact.when is None and fact.extra.get("news") and self.linker.published is not None and \
                    not any(s.dates() for s in self._rest_of_paragraph(index)):
                # "X has resigned", and the paragraph gives no time at all: news of the day it is printed
                # (an older date next, "She was elected in March 2019", leaves it undated)
                fact.when = When(self.linker.published, "day", "has")
        day = self._story_day()
        if day is not None:
            told = {f.key for f in self.facts if f.when is not None and f.when.resolved}
            for fact in self.facts:
                # only an event told nowhere with a date ("He had the whip removed on Monday" says more)
                if fact.when is None and fact.rule.startswith(EVENT_RULES) and fact.key not in told:
                    fact.when = day
        for fact in list(self.facts):
            self._spread_to_members(fact)
        seen: dict[tuple, Fact] = {}
        for fact in self.facts:
            key = fact.key + ((fact.when.day if fact.when else None),)
            if key not in seen or (fact.when and fact.when.resolved and not (seen[key].when and seen[key].when.resolved)):
                seen[key] = fact
        # the same decision told twice with days a day or two apart ("blocked her ... yesterday",
        # "she had been removed on Wednesday") is one decision: the first telling is kept
        out: list[Fact] = []
        dated = {f.key for f in seen.values() if f.when is not None and f.when.resolved}
        # one resignation told twice: the telling with the most precise date (the first of equals); a
        # decision told again more vaguely ("His expulsion follows last month's meeting") likewise
        best: dict[tuple, Fact] = {}
        for fact in seen.values():
            if fact.relation in ("resigned", "decided") and fact.when is not None and fact.when.resolved and (
                    fact.key not in best or PRECISION[fact.when.precision] > PRECISION[best[fact.key].when.precision]):
                best[fact.key] = fact
        for fact in seen.values():
            if fact.key in dated and not (fact.when is not None and fact.when.resolved):
                continue  # "He led the party" after "took over in 2018": the dated telling says more
            if fact.relation == "decided" and fact.when is not None and fact.when.resolved and any(
                    o.key == fact.key and o.when is not None and o.when.resolved
                    and abs((o.when.day - fact.when.day).days) <= 2 for o in out):
                continue
            if fact.relation == "resigned" and fact.key in best and best[fact.key] is not fact:
                continue  # "Leonard resigned in January ... shortly after Leonard stepped down": one resignation
            if fact.relation == "decided" and fact.key in best and fact.when is not None and fact.when.resolved and \
                    PRECISION[fact.when.precision] < PRECISION[best[fact.key].when.precision]:
                continue  # a vaguer telling of a decision dated more precisely elsewhere

            out.append(fact)
        return out

    def _letter_signed(self) -> None:
        """A letter's facts in the first person become its signatories' (or are dropped when the letter
        names none), and each signatory signed the letter, on its date line's day or the publication day."""
        letter = self.letter
        facts = []
        for fact in self.facts:
            if letter.is_placeholder(fact.subject):
                # the writer's own acts, undated in the text, are told as of the letter's day
                when = fact.when or letter.when or (When(self.linker.published, "day", "letter")
                                                    if self.linker.published else None)
                facts += [replace(fact, subject=who, creator=who if fact.creator is not None else None, when=when)
                          for who in letter.stands_for(fact.subject)]
            else:
                facts.append(fact)
        self.facts = facts
        if not letter.signers:
            return
        when = letter.when or (When(self.linker.published, "day", "letter") if self.linker.published else None)
        statement = self.linker.mint(_statement_iri(self.linker.doc_key, letter.signers[0].iri, when), letter.label(),
                                     "STATEMENT", ())
        a, b = letter.span or (0, 0)
        for who in letter.signers:
            self.add(Fact("signed", who, statement, a, b, "signed-letter", 0.8, when=when,
                          statement=statement, creator=letter.signers[0]))

    def _rest_of_paragraph(self, index: int) -> list[Sentence]:
        """The two sentences after sentence ``index`` that are in its paragraph."""
        here = self.sentences[index]
        return [s for s in self.sentences[index + 1:index + 3] if s.paragraph == here.paragraph]

    def _told_next(self, index: int) -> When | None:
        """The time of an event a paragraph opens with before the text has given any ("Kezia Dugdale
        has resigned as leader ... She announced the decision last night"): the first date of the
        next sentences of the paragraph, if it is of the days (or the week: "this week") just before
        publication (an older
        date there belongs to something else: "She was elected leader in August 2015")."""
        here = self.sentences[index]
        for s in self.sentences[index + 1:index + 3]:
            if s.paragraph != here.paragraph:
                break
            for m in s.dates():
                if m.text.lower().startswith(("since", "until")) or relational(m, s) or s.pluperfect(m.first):
                    continue
                when = self.when_of(m, s, m.first)
                recent = self.linker.published is not None and when.resolved and when.precision in ("day", "week") and \
                    0 <= (self.linker.published - when.day).days <= RECENT_DAYS
                return when if recent else None
        return None

    def _story_day(self) -> When | None:
        """The day the story is about: the first date of its lead paragraph ("yesterday", "on Monday",
        "Monday's annual meeting") if it is a day of the week before publication. An event the
        text tells later without a date of its own or of its paragraph ("At the same meeting X was
        chosen as Lord Provost", "Johnson sacked Julian Smith") took place then, not on the day the
        story was printed."""
        if self.linker.published is None or not self.sentences:
            return None
        # the lead: the first paragraph of more than a salutation ("Sir,")
        first = next((s.paragraph for s in self.sentences if s.n >= 6), self.sentences[0].paragraph)
        for s in self.sentences:
            if s.paragraph < first:
                continue
            if s.paragraph > first:
                break
            for m in s.dates():
                if m.text.lower().startswith(("since", "until")) or relational(m, s) or duration(m, s) \
                        or s.pluperfect(m.first) or _in_aside(s, m, s.n):
                    continue  # "X, who resigned on Thursday night as chief whip, has now lost the whip"
                when = self.when_of(m, s, m.first)
                if when.resolved and when.precision == "day" and \
                        0 <= (self.linker.published - when.day).days <= RECENT_DAYS:
                    return when
                return None
        return None

    def _spread_to_members(self, fact: Fact) -> None:
        """"Seven Labour MPs resigned" and "Seven Labour MPs had the whip suspended", with the seven
        named elsewhere: the same fact for each member (the group's subject side for what the group
        did, its object side for what was decided about it)."""
        if fact.relation in ("signed", "resigned"):
            group, side = fact.subject, "subject"
        elif fact.relation == "decided":
            group, side = fact.object, "object"
        else:
            return
        if group.kind != "COLLECTIVE" or not group.members:
            return
        a, b = group.members_span or (fact.start, fact.end)
        for member in group.members:
            subject, obj = (member, fact.object) if side == "subject" else (fact.subject, member)
            self.facts.append(Fact(fact.relation, subject, obj, a, b, f"{fact.rule}-member", 0.7,
                                   action=fact.action, when=fact.when, is_start=fact.is_start,
                                   statement=fact.statement, creator=fact.creator))

    def _enumerated_members(self, group: Entity) -> None:
        """"Seven Labour MPs resigned ... Chuka Umunna, Luciana Berger, ... and Ann Coffey told ...": a
        counted group followed by a list of exactly that many people names its members."""
        if not group.count or group.count < 2:
            return
        for s in self.sentences:
            people = [m for m in s.mentions if m.entity is not None and m.entity.kind == "PERSON"
                      and m.label in ("PERSON", "NAME")]
            if len(people) < group.count:
                continue
            run = _coordinated_from(s, people[0])
            if len(run) == group.count:
                group.members = [m.entity for m in run]
                group.members_span = (s.char(run[0].first), s.char_end(run[-1].last))
                return


# ------------------------------------------------------------------ helpers

#: Trigger words that are nouns as often as verbs: "a council tax freeze", "a pause in the talks".
NOUN_OR_VERB = {"freeze", "halt", "pause"}
#: Words before a verb's base form: "voted to freeze", "will pause", "did not halt".
VERB_LEADS = {"to", "will", "would", "should", "could", "can", "may", "might", "must", "not", "and", "or", "also",
              "then", "n't", "did", "do", "does"}
PREPOSITIONS = {"in", "on", "at", "by", "for", "with", "from", "of", "under", "during", "after", "before", "through",
                "to", "against", "over"}
#: Verbs that make public a decision named by a noun: "confirmed the intervention".
ANNOUNCING = {"confirmed", "confirms", "announced", "announces", "approved", "ordered", "ordering"}
#: Words that say what kind of statement was signed: "a joint statement", "an open letter".
STATEMENT_MODIFIERS = {"joint", "open", "resignation", "public"}
#: Verbs that undo a decision named by a noun: "lifted his suspension", "overturned the expulsion".
REVERSALS = {"lifted", "lifts", "lifting", "overturned", "overturns", "revoked", "rescinded", "reversed", "quashed",
             "ended", "ends"}
#: "dropped X": removed (or deselected), only with a person straight after.
DROP_WORDS = {"dropped", "drops", "dropping"}
#: "backed": a person's support for a motion or a person, a decision only when a body backs it.
BACKING = {"backed", "backs", "backing"}
NOUN_ACTIONS = {"suspension", "expulsion", "deselection", "selection", "removal", "investigation", "inquiry", "probe",
                "intervention", "interference", "instruction"}
CLAUSE_BOUNDARIES = {":", "where", "who", "which", "whom", "whose", "while", "whereas", "because", "although",
                     ";", "–", "—", "after", "before", "when", "but", "that", "until", "since", "once"}
CLAUSE_ENDS = {"who", "which", "where", "while", "whereas", "because", "although", ";", "–", "—", "when", "but",
               "that", "until", "after", "before"}
FRONTED = {"after", "before", "when", "while", "although", "because", "once", "until", "since"}
#: Words after "her" that make it an object pronoun ("blocked her from standing"), not a determiner.
OBJECT_FOLLOWERS = {"from", "to", "as", "in", "on", "at", "for", "with", "by", "of", "over", "after", "before", "and",
                    "or", ",", ".", ";", ":", "–", "—", "-", "last", "yesterday", "today", "pending", "again", "until",
                    "because", "when", "while", "since", "without", "following", "immediately", "temporarily"}
#: Elected bodies whose members hold a seat (an office), not a plain membership.
ASSEMBLY_WORDS = {"Assembly", "Parliament", "Senedd", "Commons", "Lords"}
DASHES = {"–", "—", "-"}
#: Verbs of winning a contest: "beat Miles for the leadership", "won the party's leadership contest".
WIN_VERBS = {"won", "wins", "win", "winning", "beat", "beats", "beating", "defeated", "defeats", "defeating", "secured",
             "clinched", "took"}
DETERMINER_WORDS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
HONORIFIC_WORDS = {"sir", "dame", "baroness", "baron", "lord", "lady", "dr", "professor", "mr", "mrs", "ms", "miss",
                   "councillor", "cllr"}


#: Words that open an aside between commas ("X, who has led the group since 2014, was elected").
RELATIVES = {"who", "which", "whose"}
ASIDE_OPENERS = {"the", "a", "an", "then", "its", "his", "her", "their"}


def _in_aside(s: Sentence, m: Mention, token: int) -> bool:
    """Whether date mention ``m`` sits in a comma-bounded aside opened by a relative pronoun or a
    noun phrase (", who has led it since 2014,", ", the party's leader since 2017,") that ``token`` is
    not in. Cost: a look at the words between the date and the nearest commas."""
    # an aside may run long (", who stood down as Scotland's finance secretary on the eve of his own
    # budget last year,"): the commas are looked for up to 25 words before and 12 after the date
    opening = next((k for k in range(m.first - 1, max(-1, m.first - 25), -1) if s.lower[k] == ","), None)
    closing = next((k for k in range(m.last + 1, min(s.n, m.last + 12)) if s.lower[k] == ","), None)
    if closing is None and opening is not None and opening + 1 < s.n and s.lower[opening + 1] in RELATIVES and \
            all(w not in (",", ";") for w in s.lower[m.last + 1:]):
        closing = s.n  # "... and dropped Phil Bale, who had led the council since March 2014.": to the end
    if opening is None or closing is None or opening < token < closing or opening + 1 >= s.n:
        return False
    opener = s.lower[opening + 1]
    # a relative clause always; a noun phrase only with "since" (", the party's leader since 2017,"):
    # ", the party announced today," dates the sentence's news
    return opening > 0 and (opener in RELATIVES or opener in ASIDE_OPENERS and m.text.lower().startswith("since"))


def _clause_start(s: Sentence, token: int) -> int:
    """The first token of the clause ``token`` is in: after the last boundary word before it, or
    after ", and" / ", but" joining two clauses."""
    for k in range(token - 1, -1, -1):
        if s.lower[k] in CLAUSE_BOUNDARIES:
            if s.lower[k] == "since" and k + 1 < s.n and s.at(k + 1) is not None and s.at(k + 1).label == "DATE":
                continue
            if s.lower[k] in FRONTED and (k == 0 or s.lower[k - 1] == ","):
                # "Two days later, after MPs protested, Formby suspended him": the clause the verb is
                # in starts after the fronted one's comma
                comma = next((c for c in range(k + 1, token) if s.lower[c] == ","), None)
                if comma is not None:
                    return comma + 1
            return k + 1
        if s.clausal_and(k):
            return k + 1
    return 0


def _clause_end(s: Sentence, token: int) -> int:
    """The first token after the clause that starts at ``token``."""
    for k in range(token, s.n):
        if s.lower[k] in CLAUSE_ENDS or (k + 1 < s.n and s.lower[k] == "," and s.clausal_and(k + 1)):
            return k
    return s.n


def _head_after(s: Sentence, token: int, kinds: set[str], limit: int) -> Mention | None:
    """The first mention of ``kinds`` after ``token``, passing over possessors ("the party's
    Scottish Executive Committee" is the committee)."""
    for m in s.after(token, kinds, limit=limit + 4):
        if m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s"):
            continue
        return m if m.first - token <= limit + 3 else None
    return None


_VERB_GROUP = BE | {"had", "has", "have", "having", "not", "also", "again", "then", "later", "since", "n't", "just",
                   "already", "now", "quickly", "formally", "temporarily", "subsequently", "originally"}


#: Verbs that state an opposition by criticism: "has publicly criticised X", "condemned the decision".
CRITICISM = {"criticised", "criticized", "criticises", "criticizes", "criticising", "criticizing", "condemned",
             "condemns", "condemning", "attacked", "attacks", "denounced", "denounces", "lambasted", "hit", "hits",
             "rounded", "opposed", "opposes"}
#: What a damning verdict is passed on ("called the decision perverse"): a decision or its handling.
VERDICT_NOUNS = {"decision", "move", "result", "delay", "suspension", "expulsion", "deselection", "handling",
                 "process", "intervention", "removal", "sacking", "ruling", "verdict", "decisions", "timing"}
#: Words of a damning verdict: "a disgrace", "frankly appalling", "a betrayal of women".
DAMNING = {"disgrace", "disgraceful", "appalling", "perverse", "disappointing", "chaotic", "betrayal", "shame",
           "shameful", "outrageous", "scandal", "scandalous", "unacceptable", "undemocratic", "stitch-up", "farce",
           "circus", "travesty", "mistake", "insult", "absurd", "ridiculous", "deplorable", "indefensible", "sham",
           "cowardly", "unfair", "unjust", "reckless", "wrong", "bad", "shocking", "woeful", "pathetic", "spineless"}
#: Words that make a verdict praise, or mixed: "the right decision", "a sensible move".
PRAISE = {"right", "correct", "good", "welcome", "sensible", "honour", "proud", "brave", "courageous", "fair"}
#: Verbs of opposition only in a letter's first person: "We reject the legislation".
LETTER_CRITICISM = {"reject"}
#: Words before "against" that make it a vote or a contest: "voted against the bill".
VOTE_WORDS = {"voted", "vote", "votes", "voting", "campaigned", "campaigning", "campaigns"}
#: Counts that open an unnamed object: "two of its councillors".
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "all"}
#: Nouns whose "to"-infinitive is a decision wanted or proposed, not taken: "resisted calls to suspend X",
#: "under pressure to expel her", "a bid to deselect him".
PROPOSAL_NOUNS = {"calls", "call", "demands", "demand", "pressure", "bid", "bids", "attempt", "attempts", "plan",
                  "plans", "proposal", "proposals", "campaign", "motion", "petition", "pressing", "efforts", "effort"}
#: Words after "asked" that make it a question, not a request: "asked how X could ...", "asked why".
QUESTION_WORDS = {"how", "why", "whether", "if", "what", "when", "where", "who", "which"}
#: Words before an "-ing" form that make it the verb of a clause ("is investigating", "has been looking
#: into"), not a participle describing the noun before it ("detectives investigating the party").
ING_LEADS = BE | {"has", "have", "had", "also", "now", "still", "already", "and", "then", "not", "formally", ",",
                  "publicly", "currently", "reportedly"}


def _before_aside_who(s: Sentence, start: int) -> list[Mention] | None:
    """"Jane Smith, the children's minister, who had been sent out to repeat Downing Street's account,
    resigned": a verb right after a comma that closes a ", who ..." aside has the person the aside hangs
    on as its subject, not a name inside the aside (none when the text names no one before the aside;
    None when the verb follows no such aside)."""
    k = start - 1
    while k > 0 and s.lower[k] in ("then", "also", "later", "finally", "promptly"):
        k -= 1
    if k < 2 or s.lower[k] != ",":
        return None
    who = next((w for w in range(k - 1, 0, -1) if s.lower[w] in ("who", "whose") and s.lower[w - 1] == ","), None)
    if who is None or any(s.lower[c] in (";", ":") for c in range(who, k)):
        return None
    head = [m for m in s.mentions if m.last < who and _kind(m) in ("PERSON", "COLLECTIVE") and m.label != "PRON"
            and m.entity is not None and m.first >= _clause_start(s, m.first + 1)]
    return head[:1]


def _since_adverb(s: Sentence, start: int) -> int:
    """"Labour has since selected X", "she has since resigned": "since" after "has" is an adverb, not
    the conjunction that opens a clause; the subject is looked for before it."""
    if start >= 2 and s.lower[start - 1] == "since" and s.lower[start - 2] in ("has", "have", "had"):
        return start - 1
    return start


def _subject_after_and(s: Sentence, start: int) -> Mention | None:
    """"X was arrested on 4 December, and Labour suspended him": a decider named just after ", and",
    right before the verb, is the subject of its own clause (not X, the first of the sentence)."""
    k = start - 1
    while k > 0 and s.lower[k] in _VERB_GROUP | {"swiftly", "promptly", "immediately", "quickly"}:
        k -= 1
    m = s.at(k) if k > 0 else None
    if m is None or m.entity is None or _kind(m) not in DECIDERS | {"PERSON"} or m.label == "PRON":
        return None
    j = m.first - 1 - (1 if m.first >= 1 and s.lower[m.first - 1] == "the" else 0)
    return m if j >= 1 and s.lower[j] == "and" and s.lower[j - 1] == "," else None


def _second_subject(s: Sentence, end: int, first: int) -> bool:
    """Whether a mention at ``first``, after a verb ending at ``end``, is no object of the verb: a
    subject added by "as did" / "as have", or one unnamed member of a group ("one of his ministers")."""
    words = s.lower[end:first]
    if any(a == "as" and b in ("did", "do", "does", "have", "has", "had") for a, b in zip(words, words[1:])):
        return True
    if len(words) >= 3 and words[1] == "of" and (words[0] == "one" or words[0] in NUMBER_WORDS) and \
            words[-1] in ("in", "at", "on", "from", "for"):
        return True  # "suspended one of their candidates in Scotland": a place in an unnamed object
    of = len(words) - 1
    while of > 0 and words[of] in DETERMINER_WORDS | {"own"}:
        of -= 1
    return of >= 1 and words[of - 1:of + 1] == ["one", "of"]  # not "one of them, Michael Gove": named


def _not_taken(s: Sentence, start: int, end: int, action: str) -> bool:
    """Decision words that state no decision taken by anyone the sentence names:
    - a decision refused or wanted: "had resisted calls to suspend X", "refused to expel her", "called on
      the party to suspend him" (the call itself is read as a request or an opposition, at its own verb);
    - a question: "asked how Mrs X could call herself ..." (no one is asked to do anything);
    - an offer of an office: "was asked to chair the party", "an honour to be asked to lead it";
    - a participle describing a common noun: "arrested by detectives investigating the party's finances"
      (the detectives investigate, not the sentence's subject)."""
    word = s.lower[start]
    if start >= 2 and s.lower[start - 1] == "to" and (
            _refused(s, start) or s.lower[start - 2] in PROPOSAL_NOUNS or
            (action not in ("request", "instruct") and s.requested(start))):
        return True
    if action == "request":
        if end < s.n and s.lower[end] in QUESTION_WORDS:
            return True
        complement = next((k for k in range(end, min(s.n, end + 8)) if s.lower[k] == "to"), None)
        if any(w in BE for w in s.lower[max(0, start - 3):start]) and complement is not None and \
                complement + 1 < s.n and s.lower[complement + 1] not in GO_WORDS:
            return True  # "was asked to chair the party"; "was asked to stand down" is a request
    # people described ("officers investigating"); not "a motion suspending X", which is read as taken
    before = s.at(start - 1) if start > 0 else None
    plain = before is None or (before.label == "COLLECTIVE" and before.first == before.last)  # "officers"
    return word.endswith("ing") and start > 0 and plain and s.words[start - 1].isalpha() and \
        s.words[start - 1].islower() and s.lower[start - 1] not in ING_LEADS | PREPOSITIONS | DETERMINER_WORDS \
        and (s.lower[start - 1].endswith("s") or s.lower[start - 1] == "police")


def _passive_subject(s: Sentence, start: int) -> Mention | None:
    """The subject of a passive verb at ``start``: the first mention of its clause ("he had been
    suspended" after "announced that"), or, when a comma closes an aside just before the verb group,
    the mention the aside describes ("Shaheen, an economist who lost to X in 2019, was selected")."""
    k = start - 1
    while k >= 0 and s.lower[k] in _VERB_GROUP:
        k -= 1
    if k < 0:
        return None
    if s.lower[k] == ",":
        for c in range(1, k):
            if s.lower[c] != ",":
                continue
            m = s.at(c - 1)
            if m is not None and _kind(m) in TARGETS and m.label != "DATE":
                first = m
                while first.first > 0 and s.at(first.first - 1) is None and s.lower[first.first - 1] in ("and", ","):
                    prev = s.at(first.first - 2) if first.first >= 2 else None
                    if prev is None or _kind(prev) != _kind(m):
                        break
                    first = prev
                return first
    boundary = _clause_start(s, k + 1)
    if boundary >= 2 and s.lower[boundary - 1] in ("who", "that") and _finite(s, boundary, k):
        # "Four Labour MPs who voted against the bill were suspended": the relative clause has its own
        # verb, so the passive verb is the main clause's and its subject the noun the clause hangs on
        head = s.at(boundary - 2)
        if head is not None and _kind(head) in ("PERSON", "COLLECTIVE"):
            return head
    found = [m for m in s.mentions if boundary <= m.first and m.last <= k and (_kind(m) in TARGETS or m.label == "ROLE")]
    return _person_head(s, found[0]) if found else None


def _finite(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a past-tense verb opens the clause ``lo``..``hi`` ("who voted against", "who had
    backed"), after its auxiliaries."""
    k = lo
    while k <= hi and s.lower[k] in _VERB_GROUP:
        k += 1
    return k < hi and s.at(k) is None and s.words[k].islower() and s.lower[k].endswith("ed")


def _person_head(s: Sentence, first: Mention) -> Mention:
    """The person a noun phrase opening with ``first`` names: "Burnley MP Oliver Ryan", "Labour's Jane
    Smith" are Oliver Ryan and Jane Smith (the mentions run on with no word between, or a possessive
    "'s"), else ``first``."""
    m, k = first, first.last + 1
    while _kind(m) != "PERSON":
        if k < s.n and s.lower[k] in ("'s", "’s"):
            k += 1
        nxt = s.at(k) if k < s.n else None
        if nxt is None or nxt.first != k:
            return first
        m, k = nxt, nxt.last + 1
    return m


def _definite_party(linker: Linker) -> Entity | None:
    """"the party": the party the sentence before named last, else the party the document is about."""
    return linker.party_before()


def _entity(item: Mention | Entity) -> Entity | None:
    return item.entity if isinstance(item, Mention) else item


def _people_listed(s: Sentence, token: int) -> list[Mention]:
    """The people listed after ``token`` ("were two former chancellors, A and B, as well as C, D and E"),
    leaving out those named inside an apposition ("the grandson of Winston Churchill")."""
    out = []
    for m in s.mentions:
        if m.first <= token or m.entity is None or m.entity.kind != "PERSON":
            continue
        if m.first > 0 and s.lower[m.first - 1] in ("of", "to", "with", "by", "for", "from"):
            continue
        out.append(m)
    return out


def _statement_noun(s: Sentence, k: int) -> str:
    """What the text calls the statement signed, from ``k`` on: "a joint statement", "an open letter"
    (a letter when it does not say)."""
    for j in range(k, min(s.n, k + 5)):
        if s.lower[j] in ("letter", "statement"):
            mods = [w for w in s.lower[max(k, j - 2):j] if w in STATEMENT_MODIFIERS]
            return " ".join(mods + [s.lower[j]])
    return "letter"


def _writer_of(s: Sentence, start: int) -> Mention | None:
    """"Her letter to", "Jane Smith's letter to": the person whose letter it is."""
    k = start - 1
    if k >= 0 and s.lower[k] in ("resignation", "open"):
        k -= 1
    if k >= 0 and s.lower[k] in ("'s", "’s"):
        k -= 1
    m = s.at(k) if k >= 0 else None
    if m is None or m.entity is None or m.entity.kind != "PERSON" or m.last != k:
        return None
    return m


def _candidate_apposition(s: Sentence, person: Mention) -> bool:
    """"X, its candidate in Falkirk": the person decided about is named as a candidate right after."""
    k = person.last + 1
    if k + 1 >= s.n or s.lower[k] != ",":
        return False
    role = next((m for m in s.mentions if k < m.first <= k + 3 and m.label == "ROLE"), None)
    return role is not None and role.role == "candidate"


def _object_relative(s: Sentence, subject: Mention) -> bool:
    """"the inspection, which Jenrick ordered": the verb's object is what "which" stands for; not "in
    which Johnson sacked X", where "which" is a preposition's."""
    k = subject.first - 1
    return k >= 0 and s.lower[k] in ("which", "whom") and not (k > 0 and s.lower[k - 1] in PREPOSITIONS)


def _named_after_group(s: Sentence, group: Mention) -> list[Mention]:
    """"two of its candidates, Craig Smith and Jo Bell, who are being investigated": the people a group's
    mention is followed by, in apposition, are the ones decided about."""
    if _kind(group) != "COLLECTIVE" or group.last + 2 >= s.n or s.lower[group.last + 1] != ",":
        return []
    first = s.at(group.last + 2)
    if first is None or first.first != group.last + 2 or first.entity is None or first.entity.kind != "PERSON":
        return []
    return _coordinated_from(s, first)


def _seat_only(s: Sentence, org: Entity) -> bool:
    """Whether the sentence names ``org`` only as a seat ("having lost his North Down seat", "the Foyle
    constituency"): a constituency, never the organisation of an office given up."""
    spots = [m for m in s.mentions if m.entity is not None and m.entity.iri == org.iri]
    return bool(spots) and all(m.last + 1 < s.n and s.lower[m.last + 1] in SEAT_WORDS for m in spots)


def _named_among(s: Sentence, group: Mention, token: int) -> list[Mention]:
    """"Ten councillors, among them the council leader, Neil Rogers, walked out": the people an aside
    right after a group's mention names as among it (", among them", ", including", ", among whom")."""
    k = group.last + 1
    if k + 1 >= token or s.lower[k] != "," or s.lower[k + 1] not in ("among", "including"):
        return []
    close = next((c for c in range(token - 1, k + 1, -1) if s.lower[c] == ","), None)
    return [m for m in s.mentions if k + 1 < m.first and (close is None or m.last < close + 1) and m.last < token
            and m.entity is not None and m.entity.kind == "PERSON" and m.label != "PRON"]


def _statement_iri(doc_key: str, creator: str, when: When | None) -> str:
    from ...ontology import uris

    return str(uris.statement(f"{doc_key}|{creator}", when.day if when and when.day else None))


def _whole_name(s: Sentence, m: Mention) -> str:
    """A place's whole name where it was read in parts ("Greater" and the graph's "Manchester")."""
    end = m.last
    while end + 1 < s.n and s.title(end + 1) and (s.at(end + 1) is None or
                                                   _kind(s.at(end + 1)) in ORG_KINDS | {"PLACE"}):
        end += 1
    return " ".join(s.words[m.first:end + 1])


def _bracketed_party(s: Sentence) -> bool:
    """Whether the sentence names a party in brackets after a person ("Councillor X (Labour)")."""
    return any(_kind(m) == "PARTY" and m.first >= 2 and s.lower[m.first - 1] == "(" and m.last + 1 < s.n
               and s.lower[m.last + 1] == ")" and _kind_of(_entity_at(s, m.first - 2)) == "PERSON"
               for m in s.mentions)


def _entity_at(s: Sentence, token: int) -> Entity | None:
    at = s.at(token)
    return at.entity if at is not None else None


def _before_brackets(s: Sentence, close: int) -> Mention | None:
    """The mention just before a short bracket closing at ``close`` ("Councillor X (Dover North)")."""
    k = close - 1
    while k > 0 and close - k <= 6 and s.lower[k] != "(":
        k -= 1
    return s.at(k - 1) if k >= 1 and s.lower[k] == "(" else None


def _minister(words: list[str]) -> bool:
    """A minister's office: "minister", "Minister for Social Partnership", "Minister of Justice"."""
    return words[:1] == ["minister"] or ("minister" in words[:3] and "prime" not in words)


def _portfolio(words: list[str]) -> bool:
    heads = role_lexicon()["portfolio_heads"]
    return bool(words) and words[-1] in heads and not (len(words) >= 2 and words[-2] == "general")


def _kind_of(entity: Entity | None) -> str | None:
    return entity.kind if entity is not None else None


def _council_role(role: str | None) -> bool:
    """A council's office: a councillor, a provost, a civic mayor, a cabinet member, or one of them
    with a modifier ("depute-provost", "deputy-lord-provost")."""
    heads = role_lexicon()["council_roles"] + ["mayor"]  # a mayor is a council's (or an authority's, named)
    role = role.split("-for-")[0] if role is not None else None  # "cabinet-member-for-finance"
    return role is not None and (role in heads or any(role.endswith("-" + h) for h in heads))


def _council_of(entity: Entity | None) -> Entity | None:
    return entity.council if entity is not None else None


def _anaphor(linker: Linker, role: Mention) -> Mention | None:
    """"The former Mayor of London had been suspended": a role description standing for the person
    last mentioned."""
    person = linker.last({"PERSON"})
    if person is None:
        return None
    return Mention(role.start, role.end, role.text, "PRON", role.first, role.last, person)


def _coordinated(s: Sentence, who: int) -> list[Mention]:
    """The people a relative pronoun at ``who`` refers to: the coordinated list just before it."""
    k = who - 1
    if k >= 0 and s.lower[k] == ",":
        k -= 1
    m = s.at(k) if k >= 0 else None
    if m is None or _kind(m) not in ("PERSON", "COLLECTIVE", "BODY", "PARTY", "COUNCIL", "GROUP"):
        return []
    group = [m]
    k = m.first - 1
    while k >= 1 and s.lower[k] in (",", "and"):
        prev = s.at(k - 1)
        if prev is None or _kind(prev) != _kind(m):
            break
        group.insert(0, prev)
        k = prev.first - 1
    return group


def _before_relative(s: Sentence, first: Mention) -> list[Mention]:
    """"A, who leads the SNP group, and B, leader of the Lib Dem group, were appointed": the person a
    relative clause ending in ", and" just before ``first`` hangs on, coordinated with it."""
    k = first.first - 1
    if k < 2 or s.lower[k] != "and" or s.lower[k - 1] != ",":
        return []
    who = next((x for x in range(k - 2, max(0, k - 14), -1) if s.lower[x] in ("who", "which", ",")), None)
    if who is None or s.lower[who] not in ("who", "which") or who < 2 or s.lower[who - 1] != ",":
        return []
    person = s.at(who - 2)
    return [person] if person is not None and _kind(person) == _kind(first) == "PERSON" and \
        person.label != "PRON" else []


def _coordinated_from(s: Sentence, first: Mention) -> list[Mention]:
    """``first`` and the mentions of the same kind coordinated after it: "A, B and C"."""
    group = [first]
    k = first.last + 1
    while True:
        after = s.at(k) if k < s.n else None
        if after is not None and after.label == "ROLE" and after.first == k:
            k = after.last + 1  # "appointed A levelling up secretary, B education secretary and C ..."
        if not (k + 1 < s.n and s.lower[k] in (",", "and", ";")):
            break
        j = k + 1
        if s.lower[k] in (",", ";"):
            # "A, the deputy leader, and ...", "A, the former Labour defence secretary, and B": step over
            # an apposition (a phrase with a role and no person, up to the next comma)
            close = next((x for x in range(j, min(s.n, j + 9)) if s.lower[x] in (",", ";")), None)
            inner = [s.at(x) for x in range(j, close)] if close is not None else []
            if close is not None and any(x is not None and x.label == "ROLE" for x in inner) and not any(
                    x is not None and _kind(x) == "PERSON" for x in inner):
                k = close
                continue
        if s.lower[k] in (",", ";") and j < s.n and s.lower[j] == "and":
            j += 1
        while j < s.n and s.lower[j] in ("the", "a", "an") and s.at(j) is None:
            j += 1  # "the 1922 Committee and the Conservative Party Board"
        role = s.at(j)
        if role is not None and role.label == "ROLE" and role.last + 1 < s.n and s.lower[role.last + 1] == ",":
            j = role.last + 2  # "and the party president, Baroness Sal Brinton"
        while j < s.n and s.lower[j] in HONORIFIC_WORDS:
            j += 1
        nxt = s.at(j)
        if nxt is None or _kind(nxt) != _kind(first) or nxt.label == "PRON":
            break
        group.append(nxt)
        k = nxt.last + 1
    return group

