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
  the people after the verb.

Dates: the temporal expression nearest the trigger in its sentence; an event sentence with none
("Tom Watson was elected deputy leader at the same conference") takes the time the paragraph was
talking about, unless its verb is in the past perfect ("had stood down"), which places it earlier.

``Rules`` is the extractor: it applies every family of rules to one document's sentences in order
(``apply``) and, after the last, settles what needs the whole document (``finish``: a letter's
signatories, the story's day for undated events, a counted group's facts spread to each member it
enumerates). This module holds what the families share: adding a fact, dating it (``date_near``),
its evidence span, and finding the subject, the people, the place or the agent around a trigger.
Each family is a mixin in its own module, using the attributes ``Rules.__init__`` sets:

- ``offices``: who holds an office, and elections, appointments, selections, successions;
- ``control``: which party controls a council;
- ``events``: resignations, defections, the whip, decisions (suspensions, expulsions ...) and bars;
- ``stances``: who opposes whom or what, and who signed a statement;
- ``membership``: who is a member of what.

``sentence`` holds ``Fact``, ``Sentence`` and the helpers that only read a sentence; ``words`` the
word lists several modules use.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from .constituents import ConstituentRules
from .contests import ContestRules
from .control import ControlRules
from .dates import When, part_of_month
from .elections import ElectionRules
from .events import EventRules
from .linking import ORG_KINDS, PRONOUNS_OBJECT, Entity, Linker, Mention
from .membership import MembershipRules
from .offices import OfficeRules
from .paired import PairedOfficeRules
from .portfolios import PortfolioRules
from .posts import PostRules
from .reference import Letter
from .sentence import (
    SPEECH,
    Fact,
    Sentence,
    _anchored,
    _aside_opening,
    _clause_start,
    _coordinated,
    _coordinated_from,
    _council_role,
    _in_aside,
    _kind,
    _passive_subject,
    _relative_head,
    duration,
    relational,
    season_of_a_thing,
    when_clause_date,
)
from .stances import StanceRules
from .tenure import TenureRules
from .titles import TitleRules
from .words import _VERB_GROUP, COUNTED_NOUNS, DECIDERS, SEAT_ROLES

#: Decisions about a person or a group of people, never about a party.
SANCTIONS = {"suspend", "expel", "remove", "deselect"}
#: Head nouns of a party's people at large, who are no one's appointees.
MEMBERS_AT_LARGE = {"members", "councillors", "mps", "msps", "activists"}
#: Offices a council and its groups have as well as a party: which the party's name may describe.
LOCAL_LEADS = {"leader", "deputy leader", "deputy-leader"}
#: How many days before publication a news story's lead event may be told to have happened.
RECENT_DAYS = 7
#: How precise a date is, for choosing between two tellings of one event.
PRECISION = {"year": 0, "month": 1, "week": 2, "day": 3}
#: Rules whose facts are events (an election, a decision, a resignation, a signature), which the story's
#: day dates when the text gives them no date; an office or a membership seen to hold is not dated so.
EVENT_RULES = ("elected", "office-took-over", "office-succeeded", "office-won", "decided", "resigned", "signed",
               "member-joined")
#: Offices that can be held for the time being ("acting leader", "interim chief executive").
STAND_IN_ROLES = {"leader", "mayor", "chief-executive", "chair", "speaker", "general-secretary", "president"}
#: Prepositions whose object is never the subject of the verb that follows.
SUBJECT_NOT_AFTER = {"in", "at", "on", "from", "under", "during", "against"}  # not "since", "after": conjunctions too


# ------------------------------------------------------------------ the extractor

#: Words between a listed clause's subject and its verb: "..., C, was chosen".
LISTED_CLAUSE_GAP = {",", "was", "were", "is", "are", "has", "had", "have", "been", "be", "will", "also", "then"}
#: The expressions of days the text did not give, only implied ("X has resigned": the publication day).
INFERRED_DAYS = {"has", "letter"}


def _better_told(when: When, than: When) -> bool:
    """Whether a telling's date says more than another's: more precise, or as precise and stated where
    the other was implied by the publication day."""
    if PRECISION[when.precision] != PRECISION[than.precision]:
        return PRECISION[when.precision] > PRECISION[than.precision]
    return than.expression in INFERRED_DAYS and when.expression not in INFERRED_DAYS


#: Words that may stand between a clausal ", and" and a verb sharing the first clause's subject.
SHARED_SUBJECT_GAP = {"also", "then", "later", "subsequently", "promptly", "immediately", "has", "had", "have"}


class Rules(OfficeRules, PostRules, ContestRules, ConstituentRules, TitleRules, TenureRules, ElectionRules, PairedOfficeRules,
            PortfolioRules, ControlRules, EventRules, StanceRules, MembershipRules):
    """Applies the relation rules to one document's sentences, in order."""

    def __init__(self, linker: Linker, meeting: When | None, published_when,  # type: ignore[no-untyped-def]
                 minutes: bool = False, title_noun: str | None = None):
        self.linker = linker
        self.title_noun = title_noun  # what the document's title says it is ("open letter"), if a statement
        self.cabinet_line: int | None = None  # the sentence of the last line of a cabinet's list read
        self.facts: list[Fact] = []
        self.meeting = meeting  # minutes: the date of the meeting, for what it resolved
        self.minutes = minutes  # whether the document is a meeting's minutes
        self.when_of = published_when  # callable: (date mention, sentence, token) -> When
        self.offices: dict[str, Fact] = {}  # person IRI -> the office the document last gave them
        self.calls: set[tuple[str, str]] = set()  # (subject, person) of calls to go: opposed, not requests
        self.motion_target: Entity | None = None  # the person of the last motion of no confidence read
        self.left: dict[str, Fact] = {}  # person IRI -> the office the document said they left
        self.listed_role: str | None = None  # the role a heading line lists ("the following chairs:")
        # who a heading line says chose the items under it ("The Council appointed ...:"), and how
        self.list_chooser: tuple[Entity, str] | None = None
        # who a sentence said filled a set of offices ("the group elected two deputy leaders and its other
        # officers"): (chooser, action, paragraph, day), for the holders the next sentences name
        self.officer_chooser: tuple[Entity, str, int, date | None] | None = None
        self.parties: dict[str, Entity] = {}  # person IRI -> the party the document said they belonged to
        self.last_office: Fact | None = None
        # the office a sentence announced a new holder for ("Kent has a new leader"): (sentence index,
        # organisation, role)
        self.announced: tuple[int, Entity, str] | None = None
        self.lead_office: Fact | None = None  # the first office the document gave (not a seat)
        self.lead_sentence = -1  # the sentence it was read in
        self.office_paragraph: int | None = None  # the paragraph of the last office
        self.last_elected: Fact | None = None  # "... was elected deputy leader": of what the last election was for
        self.deciders: dict[int, Entity] = {}  # paragraph -> who took its last decision
        self.actions: dict[int, str] = {}  # paragraph -> what its last decision was
        self.sentences: list[Sentence] = []
        self.undated: list[tuple[Fact, int]] = []  # events told before the text gave any time, by sentence
        self.last_left_org: Entity | None = None  # the organisation of the last resignation read
        self.letter = Letter(linker.doc_key)  # a letter's "I" and "we": its signatories
        self.statement: Entity | None = None  # the letter or statement the document last told as signed
        self.signing_list = False  # a sentence ended "signed by:", and its list of signatories goes on
        # people named with a councillor's title: (person, the one council their sentence names, sentence,
        # first token, last token), settled when the document's councils are all known
        self.titled: list[tuple[Entity, Entity | None, Sentence, int, int]] = []
        self.councils_named: dict[str, Entity] = {}  # IRI -> a council the text names by its name
        self.council_namings: dict[str, int] = {}  # IRI -> how many times the text names it by its name

    # -- helpers

    def add(self, fact: Fact) -> Fact | None:
        if fact.subject.iri == fact.object.iri:
            return None
        if fact.relation == "holds_office" and fact.role in SEAT_ROLES and fact.object.kind == "COUNCIL":
            return None  # "the Tamworth MP": a constituency the graph knows only as the council of its town
        if fact.relation == "decided" and fact.action == "request" and \
                (fact.subject.iri, fact.object.iri) in self.calls:
            return None  # "called on X to step down": printed as opposed, not as a request
        if fact.relation == "holds_office" and fact.role == "member" and fact.object.kind == "COUNCIL" and \
                not fact.object.is_authority:
            if re.search(r"\bmember for\b", self._quote(fact)):
                return None  # "Adam Holloway, the member for Gravesham": a seat in a House named by its place
            fact.role = "councillor"  # "a member of the council since 2012", "remains a Member": a seat on it
        if fact.role in self.linker.role_labels:
            fact.extra.setdefault("role_label", self.linker.role_labels[fact.role])
        if fact.relation == "holds_office" and fact.object.kind == "PARTY" and fact.role in LOCAL_LEADS and \
                not self._placed_after(fact):
            council = self.linker.council_in_context()
            if council is not None and council.kind == "COUNCIL" and not council.is_authority:
                fact.extra["council"] = council  # (the council the story was about then: see _localised)
        if fact.relation == "holds_office" and fact.role in STAND_IN_ROLES:
            # kept apart from the role the rules read ("his deputy", the office left): printed only
            fact.extra["printed_role"] = self._stand_in(fact)
        self.facts.append(fact)
        # (an office taken up is an event too: "X has been re-elected leader", told before any time)
        if fact.when is None and (fact.relation in ("resigned", "decided") or fact.relation == "holds_office" and
                                  fact.is_start) and self.sentences and \
                self.sentences[-1].inherit is None and self.meeting is None:
            self.undated.append((fact, len(self.sentences) - 1))
        if fact.subject.kind == "PERSON" and fact.object.kind == "PARTY" and fact.relation in ("member_of",
                                                                                                "holds_office"):
            self.parties.setdefault(fact.subject.iri, fact.object)
        if fact.relation == "holds_office" and fact.subject.kind == "PERSON":
            here = len(self.sentences) - 1
            subject = self.linker.subjects[-1] if self.linker.subjects else None
            if fact.role not in SEAT_ROLES and fact.role != "councillor" and \
                    fact.rule not in ("office-left", "resigned-office") and (
                        self.lead_office is None or self.lead_sentence == here and
                        self.lead_office.subject != subject and fact.subject == subject):
                # the office the story leads with (its first sentence with one: its subject's office, not
                # an office of someone else that sentence names), what "the post" stands for
                self.lead_office, self.lead_sentence = fact, here
            current = self.offices.get(fact.subject.iri)
            if current is None or fact.rule.startswith("elect") or not current.rule.startswith("elect"):
                self.offices[fact.subject.iri] = fact
            self.last_office = fact
            self.office_paragraph = self.sentences[-1].paragraph if self.sentences else None
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
                      and not season_of_a_thing(m, s)
                      and (since or not m.text.lower().startswith("since"))
                      and not (relational(m, s) and not _anchored(m, s))]
        if event:
            # "since 2017" before an event's verb dates something else ("X, who has represented Y since
            # 2017, announced that he had been suspended"); after it, when the event began
            candidates = [m for m in candidates if not (m.text.lower().startswith("since") and m.first < token)
                          and not m.text.lower().startswith("until") and not _until_before(s, token, m)]
        # "Susan Aitken, who has led the group since 2014, was elected leader": a date inside an aside
        # the token is not in dates the aside's fact, not the clause's
        candidates = [m for m in candidates if not _in_aside(s, m, token)]
        lo, hi = s.segment(token)
        candidates = [m for m in candidates if lo <= m.first < hi] or candidates
        # "endorse the agreement their leaders struck last week", "backed the deal which the party made in
        # May": a date in a clause on the event's object dates that clause, when another date is left
        own = [m for m in candidates if not _in_object_clause(s, token, m)]
        # (for an event, a date only in such a clause is none of its own: "won the leadership of Welsh
        # Labour, the party that has governed since 1999")
        candidates = own or ([m for m in candidates if m.first < token] if event else candidates)
        if event:
            # "gave up the leadership after she was elected commissioner earlier this month": a date in a
            # clause of its own after the event ("after", "before" ... with its own subject) dates
            # that clause's event, not this one; so does one in a relative clause on the event's object
            # ("suspended X, the councillor who until the end of last year chaired the committee")
            candidates = [m for m in candidates if not _in_later_clause(s, token, m) and not (
                m.first > token and _open_relative(s, token, m.first, ("who", "whose")))]
        if any(relational(m, s) and m.last < token <= m.last + 5 and "," not in s.lower[m.last + 1:token]
               for m in s.dates()):
            # "four months after he won the contest": a time counted back from another event, unknown here
            return None, True
        # "was a ward chairman in 1992 and was elected a councillor in 1998", "elected in 2005, became a
        # minister in 2011": a date closing an earlier predicate is not the one after the verb's own
        after = [m for m in candidates if m.first > token and  # (not "chose X, who turned 19 this month,")
                 not _open_relative(s, token, m.first, ("who", "which", "whose", "that"))]
        if after:
            candidates = [m for m in candidates if m.first > token or m.first == 0 or
                          not any(w in (",", "and", ";") for w in s.lower[m.last + 1:token])]
        if not candidates:
            if self.meeting is not None:
                return self.meeting, True
            if event and s.inherit is not None and not s.pluperfect(token):
                return s.inherit, True
            return None, True
        best = min(candidates, key=lambda m: abs(m.first - token))
        when = self.when_of(best, s, token)
        if best.first >= 2 and s.lower[best.first - 2] == "the" and s.lower[best.first].startswith("of"):
            when = part_of_month(when, s.lower[best.first - 1])  # "at the end of April": "the end" + "of April"
        return when, True

    def holder_of(self, role: str | None) -> Entity | None:
        """Who a role named without a person stands for ("the leader should resign", "Dear Prime
        Minister"): the person of the latest office of that role the document gave, or None."""
        return next((f.subject for f in reversed(list(self.offices.values())) if f.role == role), None)

    def post_office(self, paragraph: int, index: int) -> tuple[str, Entity] | None:
        """The office (role, organisation) "the post" stands for in sentence ``index`` of ``paragraph`` when
        the sentence names none: the last office the paragraph gave, else one the sentence before
        announced ("Newport Council has a new leader. X was voted into the post"), else the office the
        story leads with."""
        office = self.last_office if self.office_paragraph == paragraph else None
        if office is None and self.announced is not None and self.announced[0] == index - 1:
            return self.announced[2], self.announced[1]
        office = office or self.lead_office
        return (office.role, office.object) if office is not None and office.role else None

    def lead_person(self) -> Entity | None:
        """The person the story leads with: the holder of its lead office."""
        return self.lead_office.subject if self.lead_office is not None else None

    def new_holder_of(self, role: str | None) -> Entity | None:
        """Who "the new leader" is: the one the document last elected to that office, else its holder."""
        if self.last_elected is not None and self.last_elected.role == role:
            return self.last_elected.subject
        return self.holder_of(role)

    def evidence_span(self, s: Sentence, first: int, last: int) -> tuple[int, int]:
        """The quote: the clause from ``first`` to ``last`` token, widened to whole mentions (in either
        order: a date may come before the person it dates)."""
        first, last = max(0, min(first, last)), min(s.n - 1, max(first, last))
        return s.char(first), s.char_end(last)

    def _placed_after(self, fact: Fact) -> bool:
        """Whether the words right after ``fact``'s evidence place the office ("who leads the Conservatives
        at Holyrood", "the party's leader in Wales"): then it is not the council's in context."""
        s = self._reading(fact.end)
        after = s.text[fact.end - s.offset:].split()[:2] if s is not None else []
        return len(after) == 2 and after[0] in ("at", "in") and after[1][:1].isupper()

    def _quote(self, fact: Fact) -> str:
        """The lower-cased text of ``fact``'s evidence in the sentence being read ("" outside it)."""
        s = self._reading(fact.start)
        return s.text[fact.start - s.offset:fact.end - s.offset].lower() if s is not None else ""

    def _reading(self, offset: int) -> Sentence | None:
        """The sentence being read, if the document offset ``offset`` is in it."""
        s = self.sentences[-1] if self.sentences else None
        return s if s is not None and s.offset <= offset <= s.offset + len(s.text) else None

    def _stand_in(self, fact: Fact) -> str:
        """An office held for the time being or shared keeps its qualifier (docs/text-gold-guide.md:
        modifiers kept): "Jane Smith, who is acting leader" is an acting leader, "interim chief executive"
        an interim one, "the Green co-leader" a co-leader and "co-chairman" a co-chairman, when the fact's
        evidence in the sentence says so."""
        quote = self._quote(fact)
        if not quote:
            return fact.role
        found = re.search(r"\b(acting|interim)\s+" + fact.role.replace("-", r"[\s-]"), quote) or \
            re.search(r"\bon an? (acting|interim) basis\b", quote)  # "led on an acting basis by X"
        if found:
            return f"{found.group(1)}-{fact.role}"
        # an office shared: "the Green co-leader", "co-chairman of the party", "they co-chaired it"
        # (only when the evidence never names the office without "co-": "A, who leads the group, and B,
        # leader of the other, were appointed co-leaders" is A's leadership of the group)
        word = fact.role.replace("-", r"[\s-]")
        shared = re.search(r"\bco-?(" + word + r")(man|woman|person|men|women)?(?:s|ed)?\b", quote)
        plain = re.search(r"(?<!co-)(?<!co)\b" + word, quote)
        suffix = {"men": "man", "women": "woman"}.get(shared.group(2), shared.group(2)) if shared else None
        return f"co-{fact.role}{suffix or ''}" if shared and not plain else fact.role

    def place_before(self, s: Sentence, role: Mention) -> Entity | None:
        """"a Bristol city councillor": the council of the place named just before a council role."""
        if not _council_role(role.role) and role.role not in ("leader", "mayor"):
            return None
        k = role.first - 1
        if k >= 0 and s.lower[k] in ("city", "county", "borough", "district", "town"):
            k -= 1
        named = s.at(k) if k >= 0 else None
        if named is not None and named.last == k and named.entity is not None and _kind(named) == "COUNCIL":
            return named.entity  # "a Ceredigion county councillor": the council the graph named
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
        if kind not in ("city", "county", "borough", "district", "town") and (
                s.lower[k] == "the" or s.lower[k] not in ("a", "an") and self.linker.council_in_context() is not None):
            # "the Byker councillor", "Nelson councillor X" in a story about Caerphilly: a name the graph
            # knows as no council is the councillor's ward ("a Wokingham councillor" is one of that place's
            # council, known or not; "a Nelson town councillor" of a town's)
            return self.linker.council_in_context()
        suffix = {"city": "City Council", "county": "County Council", "borough": "Borough Council",
                  "district": "District Council"}.get(kind, "Council")
        return self.linker.organisation(f"{name} {suffix}", "COUNCIL")

    def seat_role_given(self, person: Entity) -> str | None:
        """The member's title (a SEAT_ROLES role) the document gave ``person``: the latest seat fact, else a
        title within six words of a mention of them, named ("Neil Parish, the Conservative MP for Y", "The
        Conservative MP Anne Marie Morris"). Cost: a pass over the sentences read so far."""
        held = [f.role for f in self.facts if f.relation == "holds_office" and f.subject == person and
                f.role in SEAT_ROLES]
        if held:
            return held[-1]
        for before in self.sentences:
            for m in before.mentions:
                if m.label == "ROLE" and m.role in SEAT_ROLES and any(
                        x.entity == person and x.label != "PRON" and abs(x.first - m.first) <= 6
                        for x in before.mentions):
                    return m.role
        return None

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
        told = [k for k in range(boundary, token) if s.lower[k] in SPEECH and s.at(k) is None]
        if told and any(m.first > told[-1] and _kind(m) == "PERSON" and m.label != "PRON"
                        for m in s.before(token, {"PERSON"}, limit=30)):
            # "Farage had told him Mr Tice was taking over the post": the reported clause has its own subject
            boundary = told[-1] + 1 + (1 if told[-1] + 1 < s.n and s.lower[told[-1] + 1] in PRONOUNS_OBJECT else 0)
        # (not the object of "against" or "from": "who stood against Yousaf and has since joined Alba")
        people = [m for m in s.before(token, {"PERSON", "COLLECTIVE"}, limit=30) if m.first >= boundary
                  and not (m.first > 0 and s.lower[m.first - 1] in ("against", "from"))]
        if not people and boundary and s.lower[boundary - 1] in ("who", "which"):
            coordinated = _coordinated(s, boundary - 1)
            if not any(_kind(m) in ("PERSON", "COLLECTIVE") for m in coordinated):
                # "X, the Conservative who led the council": the party describes X, the clause is X's
                coordinated = _apposition_person(s, boundary - 1, token) or coordinated
            if not any(_kind(m) in ("PERSON", "COLLECTIVE") for m in coordinated) and "," in s.lower[boundary:token]:
                # "X, a former Army officer who holds the Military Cross, succeeded Y": the verb after the
                # aside's closing comma is the one the aside describes
                described = _passive_subject(s, token)
                coordinated = [described] if described is not None and _kind(described) == "PERSON" else coordinated
            return coordinated
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
        near = max(people, key=lambda m: m.last)
        listed = s.at(near.first - 2) if near.first >= 2 else None  # "A, B, C and D, resigned": one list
        if near is not first and _kind(near) == "PERSON" and near.first > 0 and s.lower[near.first - 1] in (",", "and") \
                and all(w in LISTED_CLAUSE_GAP for w in s.lower[near.last + 1:token]) \
                and any(t < near.first for t in s.triggers) and \
                not (listed is not None and listed.last == near.first - 2 and _kind(listed) == "PERSON"):
            # "A was elected Provost, B became Depute Provost and the group leader, C, was chosen as Leader":
            # clauses listed, each with its own subject just before its verb
            return [near]
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
            if s.lower[boundary - 1] == "who" and "PERSON" in kinds and subject and _kind(subject[0]) != "PERSON":
                # "Jon Lansman, chair of Momentum, who said ...": "who" is a person, the one the aside describes
                person = _relative_head(s, boundary - 1)
                subject = [person] if person is not None and _kind(person) == "PERSON" else subject
        if not subject and boundary >= 2 and s.clausal_and(boundary - 1) and \
                all(w in SHARED_SUBJECT_GAP for w in s.lower[boundary:token]):
            # "Johnson appointed A chancellor, and made B education secretary": the second verb's subject
            # is the first's, when the first is the sentence's main clause (not "noted that the groups had
            # agreed ..., and endorsed", "when it won 13 seats, and later signed")
            return self.subject_before(s, boundary - 2, kinds) if _clause_start(s, boundary - 2) == 0 else None
        if not subject:
            return None
        first = min(subject, key=lambda m: m.first)
        if "PERSON" in kinds and _kind(first) != "PERSON":
            described = _person_described(s, first, boundary, token)
            if described is not None:
                return described
        body = s.at(first.last + 1) if first.last + 1 < token else None
        if body is not None and body.possessor is not None and body.possessor == first.entity and \
                _kind(body) == "BODY":
            return body  # "the Green Party management board suspended X": the party's body decided
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
            owner = None
            for j in range(k + 1, min(s.n, k + 9)):
                m = s.at(j)
                if owner is not None and j > owner + 3:
                    break  # "voted out by her own colleagues barely a week after Labour gained ...": no one named
                definite = m is not None and m.label == "ROLE" and (
                    m.first == k + 1 and m.text.lower().startswith("the ") or m.first == k + 2 and s.lower[k + 1] == "the")
                holder = self.holder_of(m.role) if definite and not (
                    m.last + 1 < s.n and s.lower[m.last + 1] in (",", "of")) else None
                if holder is not None:
                    # "dismissed as Shadow Foreign Secretary by the Leader": the one the document gave that office
                    return Mention(m.start, m.end, m.text, "CONTEXT", m.first, m.last, holder)
                if m is not None and m.label == "PRON" and s.lower[j] in ("his", "her", "their", "its"):
                    owner = j  # "by his fellow Liberal Democrat councillors": whose they are, not who
                    continue
                if m is not None and m.entity is not None and _kind(m) in DECIDERS | {"PERSON"} and m.label != "DATE":
                    if m.last + 1 < s.n and s.lower[m.last + 1] in ("of", "'s", "’s"):
                        continue  # "a panel of the party's committee": the committee
                    council = self.linker.council_in_context() if _kind(m) == "PARTY" and m.last + 1 < s.n and \
                        s.lower[m.last + 1] in ("colleagues", "councillors") else None
                    if council is not None and council.kind == "COUNCIL":
                        # "chosen by his Conservative colleagues": the party's group on the council
                        group = self.linker.council_group(m.entity, council, m.text.removeprefix("the "))
                        return Mention(m.start, m.end, m.text, "CONTEXT", m.first, m.last + 1, group)
                    return m
                if s.lower[j] in (",", ";", "who", "which", "that"):
                    break
            break
        if action in ("suspend", "expel", "remove", "deselect"):
            for k in range(end, min(s.n, end + 4)):
                # ("expelled from the party", "thrown out of the Liberal Democrats")
                if s.lower[k] == "from" or s.lower[k] == "of" and s.lower[k - 1] == "out":
                    for j in range(k + 1, min(s.n, k + 4)):
                        m = s.at(j)
                        if m is not None and m.entity is not None and _kind(m) in DECIDERS:
                            if m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s"):
                                continue  # "suspended from the council's Conservative group": the group
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
        self.leadership_possessed(s)
        self.led_under(s)
        self.with_as_anywhere(s)
        self.person_of(s)
        self.controlled(s)
        self.controlled_by(s)
        self.controlled_predicate(s)
        self.councils_listed(s)
        self.party_before_name(s)
        self.party_apposition(s)
        self.person_of_party(s)
        self.party_candidate(s)
        self.party_colleagues(s)
        self.party_people_named(s)
        self.group_formed(s)
        self.officers_listed(s)
        self.councillors_listed(s)
        self.councillor_titles(s)
        self.line_offices(s)
        self.listed_as(s)
        self.group_officers_paired(s)
        self.portfolios_given(s)
        self.cabinet_listed(s)
        self.copular(s)
        self.relative_office(s)
        self.role_is_person(s)
        self.offices_left(s)
        self.offices_held(s)
        self.wards_represented(s)
        self.contests_won(s)
        self.voted_in(s)
        self.constituents(s)
        self.leadership_given_up(s)
        self.council_won(s)
        self.in_hands(s)
        self.under_party(s)
        self.fell_to(s)
        self.special_measures(s)
        self.commissioners_sent(s)
        self.left_off(s)
        self.not_let_stand(s)
        self.majority_won(s)
        self.majority_held(s)
        self.council_run(s)
        self.run_relative(s)
        self.administration_led(s)
        self.charge_taken(s)
        self.administration(s)
        self.administrations_named(s)
        self.administration_formed(s)
        self.coalition_run(s)
        self.power_shared(s)
        self.opposed_in_words(s)
        self.signatories_listed(s)
        self.signatures_in_list(s)
        self.joint_statement(s)
        self.removed_in_words(s)
        self.readmitted(s)
        self.motion_rejected(s)
        for name, start, end in sorted(matches, key=lambda m: m[1]):
            handler = getattr(self, "rule_" + name.split("_")[0].lower())
            handler(s, name, start, end)
        self.resignation_of(s)  # after the triggers: the office a successor was just elected to
        self.listed_choices(s)  # after every office rule: the offices its line gave

    # -- after the last sentence

    def _localised(self) -> None:
        """A party's leadership read in a story about a council ("the Conservative leader, Patrick Harley"),
        held by someone the reference data says did not hold that office in the party on the publication
        date, nor ever, is local: the council's, where the text gives the party control of it, else the
        party's group on it. Where the reference data names no holder, the party's office is kept (nothing
        to tell them apart by). Cost: two cached queries per party and role."""
        ruling = {(f.subject.iri, f.object.iri) for f in self.facts if f.relation == "controls"}
        for f in self.facts:
            council = f.extra.get("council") if f.relation == "holds_office" and f.object.kind == "PARTY" else None
            if council is None:
                continue
            holder = self.linker.holder_on(f.object, f.role)
            if holder is None or holder.iri == f.subject.iri or self.linker.ever_held(f.object, f.role, f.subject):
                continue  # (nor "when he led the party" of a party's former leader)
            f.object = council if (f.object.iri, council.iri) in ruling else \
                self.linker.council_group(f.object, council)

    def _drop_misreadings(self) -> None:
        """One pass over the facts, for readings no fact may make: a party's membership told as an office
        ("she remains a member": ``member_of``, once); a leadership told by its party ("Dan Thomas, the
        Conservative leader", "Our leader, X") that the text also gives in a council or a council group
        (that one is the office); an appointment of a party's members or councillors at large ("a cabinet
        made up of Reform councillors": an appointment names the people appointed); a party or a council
        suspended, expelled, removed or deselected ("ousting the Conservatives": a party is voted out or left;
        "Plaid expelled ... Cardiff Council": a party's sanction falls on people, never on a council)."""
        members = {(f.subject.iri, f.object.iri) for f in self.facts if f.relation == "member_of"}
        local = {(f.subject.iri, f.role) for f in self.facts if f.relation == "holds_office"
                 and f.object.kind in ("COUNCIL", "GROUP")}
        kept: list[Fact] = []
        for f in self.facts:
            if f.relation == "holds_office" and f.object.kind == "PARTY" and f.role == "member":
                if (f.subject.iri, f.object.iri) not in members:
                    members.add((f.subject.iri, f.object.iri))
                    kept.append(replace(f, relation="member_of", role=None, seat=False))
            elif not (f.relation == "holds_office" and f.object.kind == "PARTY" and f.role in LOCAL_LEADS
                      and (f.subject.iri, f.role) in local or
                      f.relation == "decided" and f.action == "appoint" and f.object.kind == "COLLECTIVE"
                      and f.object.noun in MEMBERS_AT_LARGE or
                      f.relation == "decided" and f.action in SANCTIONS and f.object.kind in ("PARTY", "COUNCIL")):
                kept.append(f)
        self.facts = kept

    def finish(self) -> list[Fact]:
        """Spread a group's signatures and resignations, and the decisions taken about it, to its
        named members, then drop duplicates."""
        for group in self.linker.collectives:
            if not group.members:
                self._enumerated_members(group)
            self._group_seats(group)
        self._letter_signed()
        self.titles_settled()
        published = self.linker.published
        for fact in self.facts:
            if published is not None and fact.when is not None and fact.when.resolved and fact.when.day > published:
                # a date after publication ("will run the council until 2027", "is standing down this
                # summer") is when nothing the text reports happened: the meeting's day, else none
                fact.when = self.meeting
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
                # (an office taken up is an event too: "X is the new leader", "Y becomes its chairman")
                if fact.when is None and (fact.rule.startswith(EVENT_RULES) or fact.relation == "holds_office"
                                          and fact.is_start) and fact.key not in told:
                    fact.when = day
        self._dated_by_retelling()
        for fact in list(self.facts):
            self._spread_to_members(fact)
        self._one_day_per_statement()
        self._localised()
        self._drop_misreadings()
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
                    fact.key not in best or _better_told(fact.when, best[fact.key].when)):
                best[fact.key] = fact
        started = {f.key for f in seen.values() if f.relation == "holds_office" and f.is_start
                   and f.when is not None and f.when.resolved}
        for fact in seen.values():
            if fact.key in dated and not (fact.when is not None and fact.when.resolved):
                continue  # "He led the party" after "took over in 2018": the dated telling says more
            if fact.relation == "holds_office" and not fact.is_start and fact.key in started:
                continue  # "the Leader, Councillor X" where the text also says "Leader since May 2021": one tenure
            # (a week apart when one telling is dated only by the publication: "took charge of the group",
            # retold "placed the group in special measures on Friday")
            twin = next((o for o in out if fact.relation == "decided" and fact.when is not None and fact.when.resolved
                         and o.key == fact.key and o.when is not None and o.when.resolved
                         and abs((o.when.day - fact.when.day).days) <= (
                             RECENT_DAYS if INFERRED_DAYS & {o.when.expression, fact.when.expression} else 2)), None)
            if twin is not None:
                if twin.when.expression in INFERRED_DAYS and fact.when.expression not in INFERRED_DAYS:
                    out[out.index(twin)] = fact  # "X has been suspended" retold "suspended him yesterday"
                continue
            if fact.relation == "resigned" and fact.key in best and best[fact.key] is not fact:
                continue  # "Leonard resigned in January ... shortly after Leonard stepped down": one resignation
            if fact.relation == "decided" and fact.key in best and fact.when is not None and fact.when.resolved and \
                    PRECISION[fact.when.precision] < PRECISION[best[fact.key].when.precision]:
                continue  # a vaguer telling of a decision dated more precisely elsewhere

            out.append(fact)
        # an office shared is so in every telling ("the party's co-leaders, A and B" and "A and B were elected
        # in October 2021", which the dated telling keeps)
        shared = {f.key: f.extra["printed_role"] for f in self.facts
                  if str(f.extra.get("printed_role", "")).startswith("co-") and f.role and f.role[:3] != "co-"}
        for fact in out:
            if fact.key in shared and fact.extra.get("printed_role") == fact.role:
                fact.extra["printed_role"] = shared[fact.key]
        return out

    def _rest_of_paragraph(self, index: int) -> list[Sentence]:
        """The two sentences after sentence ``index`` that are in its paragraph."""
        here = self.sentences[index]
        return [s for s in self.sentences[index + 1:index + 3] if s.paragraph == here.paragraph]

    def _told_next(self, index: int) -> When | None:
        """The time of an event a paragraph opens with before the text has given any ("Kezia Dugdale
        has resigned as leader ... She announced the decision last night"): the first date of the
        next sentences of the paragraph (of the next paragraph, after a lead of one sentence), if it is
        of the days (or the week: "this week") just before publication (an older date there belongs to
        something else: "She was elected leader in August 2015")."""
        here = self.sentences[index]
        # a lead of one sentence is dated by the paragraph after it ("Reform UK has expelled X." / "The
        # party acted yesterday ...")
        lede = index == 0 or self.sentences[index - 1].paragraph != here.paragraph
        for s in self.sentences[index + 1:index + 3]:
            if s.paragraph != here.paragraph and not (lede and s.paragraph == here.paragraph + 1):
                break
            for m in s.dates():
                if m.text.lower().startswith(("since", "until")) or relational(m, s) or s.pluperfect(m.first):
                    continue
                when = self.when_of(m, s, m.first)
                recent = self.linker.published is not None and when.resolved and when.precision in ("day", "week") and \
                    0 <= (self.linker.published - when.day).days <= RECENT_DAYS
                return when if recent else None
        return None

    def _dated_by_retelling(self) -> None:
        """A decision the lead tells as news ("X has had the whip suspended", dated by the publication)
        and the text retells with a day ("The chief whip suspended the whip yesterday") happened that
        day, whoever the retelling names as its decider. Cost: one pass over the decisions."""
        published = self.linker.published
        if published is None:
            return
        told = [f for f in self.facts if f.relation == "decided" and f.when is not None and f.when.resolved
                and f.when.expression not in INFERRED_DAYS]
        for fact in self.facts:
            if fact.relation != "decided" or fact.when is not None and fact.when.expression not in INFERRED_DAYS:
                continue
            again = next((f for f in told if f is not fact and f.object == fact.object and f.action == fact.action
                          and f.when.precision == "day" and 0 < (published - f.when.day).days <= 2), None)
            if again is not None:
                fact.when = again.when

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
                        or s.pluperfect(m.first) or _in_aside(s, m, s.n) and not _aside_on_a_thing(s, m):
                    # "X, who resigned on Thursday night as chief whip, has now lost the whip" (but "the SNP,
                    # which took charge at Wednesday's first meeting": the story's own day)
                    continue
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
        if fact.action == "request":
            return  # "wrote to each of the eleven asking them to withdraw": asked as one actor, told once
        a, b = group.members_span or (fact.start, fact.end)
        told = {f.key for f in self.facts}
        for member in group.members:
            subject, obj = (member, fact.object) if side == "subject" else (fact.subject, member)
            spread = Fact(fact.relation, subject, obj, a, b, f"{fact.rule}-member", 0.7, action=fact.action,
                          when=fact.when, is_start=fact.is_start, statement=fact.statement, creator=fact.creator)
            if spread.key not in told:  # the member's own telling ("Its signatories were A, B ...") says more
                self.facts.append(spread)
        if group.noun in COUNTED_NOUNS:
            self.facts.remove(fact)  # "both men": the two named, no group of the text's own

    def _one_day_per_statement(self) -> None:
        """A statement is made once, and the graph gives it one date: its signatures and oppositions, told
        with different days ("issued earlier this month", a list of its signatories, the day they withdrew
        it), all take the day most of them give (of equals, the first told). Without this the statement
        node held several dates and the summary paired each signatory with one of them by chance."""
        told: dict[str, list[Fact]] = {}
        for fact in self.facts:
            if fact.relation in ("signed", "opposed") and fact.statement is not None and fact.when is not None \
                    and fact.when.resolved:
                told.setdefault(fact.statement.iri, []).append(fact)
        for facts in told.values():
            votes = Counter(f.when.day for f in facts)  # type: ignore[union-attr]
            best = max(facts, key=lambda f: votes[f.when.day])  # type: ignore[union-attr]
            for fact in facts:
                fact.when = best.when

    def _group_seats(self, group: Entity) -> None:
        """"Six Liverpool city councillors have been suspended ... A, B, C, D, E and F": each member the text
        names of a group of one council's councillors sits on that council (undated: the seat is held, not
        won, in what the text tells)."""
        if group.noun != "councillors" or group.council is None or group.council.kind != "COUNCIL" or \
                not group.members:
            return
        a, b = group.members_span or (0, 0)
        told = {f.key for f in self.facts}
        for member in group.members:
            fact = Fact("holds_office", member, group.council, a, b, "office-councillors-named", 0.7,
                        role="councillor", seat=True)
            if member.kind == "PERSON" and fact.key not in told:
                self.facts.append(fact)

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

DASHES = {"–", "—", "-"}
#: Kinds of mention that can open a clause on a noun ("the agreement their leaders struck").
CLAUSE_SUBJECTS = {"PERSON", "COLLECTIVE", "PARTY", "BODY", "GROUP", "COUNCIL", "PRON"}


def _aside_on_a_thing(s: Sentence, date: Mention) -> bool:
    """Whether the aside a date is in is a relative clause on an organisation or an event (", which ..."),
    not on a person (", who ..."): a person's aside tells their own past."""
    opening = _aside_opening(s, date)
    return opening is not None and opening + 1 < s.n and s.lower[opening + 1] == "which"


def _in_object_clause(s: Sentence, token: int, date: Mention) -> bool:
    """Whether a date after the event at ``token`` sits in a clause on the event's object: a relative
    pronoun between ("the deal which the party made in May") or a noun followed straight by a new subject
    ("the agreement their leaders struck last week")."""
    if date.first <= token:
        return False
    between = s.lower[token + 1:date.first]
    if any(w in ("which", "whom") for w in between) or ("that" in between and between.index("that") > 0):
        return True
    inside = [m for m in s.mentions if token < m.first and m.last < date.first]
    # (an organisation too, before a pronoun: "stood down as leader of Reform UK, the party he founded
    # two years ago")
    return any(a.last + 1 == b.first and (_kind(a) in ("THING", "POLICY", "POST") and _kind(b) in CLAUSE_SUBJECTS
                                          or _kind(a) in ORG_KINDS and s.lower[b.first] in SUBJECT_PRONOUNS)
               for a, b in zip(inside, inside[1:]))


#: Conjunctions that open a clause of its own time after an event's verb ("when" does not: "had the whip
#: suspended when she joined the programme in 2012" is dated by it).
SUBORDINATORS = {"after", "before", "since", "until", "because"}
#: Subject pronouns: "after she was elected", "when they lost".
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def _in_later_clause(s: Sentence, token: int, date: Mention) -> bool:
    """Whether a date after the event at ``token`` sits in a subordinate clause with a subject of its own
    ("X gave up the leadership after she was elected commissioner earlier this month"): a conjunction
    followed at once by a subject pronoun, between the event and the date."""
    return date.first > token and any(s.lower[k] in SUBORDINATORS and s.lower[k + 1] in SUBJECT_PRONOUNS
                                      for k in range(token + 1, date.first - 1))


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


def _apposition_person(s: Sentence, who: int, token: int) -> list[Mention]:
    """The person a relative clause describes when it ends an apposition: "X, the former Bolton MP who
    now sits on the NEC", "X, a Unison official who also sits on the board", "X, the councillor for
    Riverside who chairs the committee": the person before the apposition's comma (the apposition
    starts with an article and names no other person). Only for a verb inside the relative clause
    (``token`` before its closing comma): the main verb after it has the aside rules (its dates apart)."""
    if who < 1 or s.lower[who] != "who" or "," in s.lower[who + 1:token]:
        return []
    end = who - 1 if s.lower[who - 1] == "," else who  # "X, a Dalton councillor, who also takes ..."
    for c in range(end - 1, max(0, end - 12), -1):
        if s.lower[c] in (";", "(", ")", "who", "which") or s.words[c] in ("—", "–"):
            return []
        m = s.at(c)
        if m is not None and _kind(m) == "PERSON":
            return []
        if s.lower[c] != ",":
            continue
        if c + 1 >= end or s.lower[c + 1] not in ("the", "a", "an"):
            return []
        person = s.at(c - 1)
        return [person] if person is not None and person.last == c - 1 and _kind(person) == "PERSON" else []
    return []


def _person_described(s: Sentence, org: Mention, boundary: int, token: int) -> Mention | None:
    """The person whose office names ``org`` before a verb at ``token``: "The Prime Minister and Leader
    of the Conservative Party, Rishi Sunak, has appointed" (the name in apposition after the office),
    "Boris Johnson, who today became Leader of the Conservative Party, has appointed" (the name the
    relative clause hangs on, when a comma closes that clause just before the verb). None when the
    organisation is the subject itself ("The Labour Party, its NEC said, has ...")."""
    k = org.first - 1
    while k >= 0 and s.lower[k] in ("the", "a", "an"):
        k -= 1
    role = s.at(k - 1) if k >= 1 and s.lower[k] == "of" else None
    if role is None or role.label != "ROLE":
        return None
    verb = token - 1
    while verb > org.last and s.lower[verb] in _VERB_GROUP | {"today", "yesterday", "tonight", "formally"}:
        verb -= 1
    if s.lower[verb] != ",":
        return None
    named = s.at(verb - 1)
    if named is not None and _kind(named) == "PERSON" and named.first > org.last and s.lower[named.first - 1] == ",":
        return named
    if boundary >= 3 and s.lower[boundary - 1] == "who" and s.lower[boundary - 2] == ",":
        head = s.at(boundary - 3)
        if head is not None and _kind(head) == "PERSON" and not any(s.lower[c] == "," for c in range(org.last + 1, verb)):
            return head
    return None


def _until_before(s: Sentence, token: int, m: Mention) -> bool:
    """Whether a date after the event's word at ``token`` ends a term "until" names ("be elected Leader of
    the Council until the Annual Meeting of the Council in May 2015", "to hold office until ... 2016"): it
    dates the term's end, not the event."""
    return m.first > token and any(w in ("until", "till") for w in s.lower[token:m.first]) and \
        not any(w in (";", ".") for w in s.lower[token:m.first])


def _open_relative(s: Sentence, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether a relative clause opened between ``start`` and ``end`` is still open at ``end``: a comma
    after its last relative word closes it ("elected X, who represents Longhorsley, as its leader at a
    meeting yesterday": yesterday is the election's)."""
    opened = [k for k in range(start, end) if s.lower[k] in words]
    return bool(opened) and "," not in s.lower[opened[-1] + 1:end]
