"""Relation rules: which facts a sentence states, given its linked mentions.

Triggers are found by spaCy Matcher patterns (:data:`TRIGGERS`: "elected", "resigned", "stood down",
"passed a motion asking", "won a majority on", "wrote in", "sits on" ...). Each trigger names a rule;
the rule picks its arguments from the mentions around the trigger by position: the subject is the
mention a relative clause hangs on ("Nicola Sturgeon, who announced her resignation"), or the
clause's first mention of a fitting kind; objects follow the trigger ("resigned as leader of the
Liberal Democrats", "asking Haringey Council to ..."). Appositions ("Peter Murrell, the SNP's chief
executive", "the council leader, Claire Kober") and possessives ("Labour's National Executive
Committee") are read without a trigger.

Hedged and future statements are not facts: a trigger after "would", "will", "expected to", "could",
"until" ... is skipped (except in reported speech: "told MPs that the government would intervene").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Span

from .dates import When
from .linking import ORG_KINDS, Entity, Linker, Mention
from .pipeline import role_lexicon

DECIDERS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE"}
TARGETS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE", "PERSON", "POLICY", "POST"}
PEOPLE = {"PERSON"}
HEDGES = {"would", "will", "could", "might", "may", "should", "expected", "likely", "set", "due",
          "unless", "if", "whether", "promised", "pledged", "committed", "intend", "intends", "plans", "threatened",
          "threatening", "can", "cannot", "ca", "wo", "risk", "pain"}
SPEECH = {"told", "said", "announced", "confirmed", "says", "tells", "announces", "confirms"}
NEGATION = {"not", "never", "n't"}
MEMBER_NOUNS = {"official", "member", "activist", "organiser", "organizer", "delegate", "representative", "steward"}
GOVERNMENT_ROLES = {"member-of-parliament", "member-of-the-scottish-parliament", "prime-minister", "first-minister"}


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


# ------------------------------------------------------------------ triggers

def _words(*phrases: str) -> list[list[dict]]:
    return [[{"LOWER": w} for w in p.split()] for p in phrases]


ACTIONS: dict[str, list[str]] = {
    "suspend": ["suspended", "suspends", "suspend", "suspension", "suspending"],
    "expel": ["expelled", "expels", "expel", "expulsion", "expelling"],
    "deselect": ["deselected", "deselects", "deselect", "deselection", "deselecting"],
    "select": ["selected", "selects", "selection"],
    "remove": ["removed", "removes", "sacked", "ousted", "dismissed", "removal"],
    "scrap": ["scrapped", "scraps", "scrap", "abandoned", "axed", "cancelled", "ditched"],
    "approve": ["approved", "approves", "endorsed", "ratified"],
    "reject": ["rejected", "rejects", "overturned", "vetoed"],
    "investigate": ["investigation", "investigating", "investigated", "investigate", "inquiry", "probe"],
    "intervene": ["intervene", "intervened", "intervenes", "interfere", "interfered", "intervention",
                  "interference"],
    "instruct": ["instructed", "instructs", "ordered", "directed", "instruction"],
    "request": ["asking", "asked", "requested", "requesting", "urging", "urged"],
    "pause": ["pause", "paused", "halt", "halted", "freeze", "froze"],
}
NOUN_ACTIONS = {"suspension", "expulsion", "deselection", "selection", "removal", "investigation", "inquiry", "probe",
                "intervention", "interference", "instruction"}
#: "not proceed with", "not to go ahead with": ending a project.
SCRAP_PHRASES = ["not proceed with", "not to proceed with", "not go ahead with", "not to go ahead with",
                 "not progress with", "not to progress with"]


@cache
def matcher_for(vocab) -> Matcher:  # type: ignore[no-untyped-def]
    m = Matcher(vocab)
    m.add("ELECT", [[{"LOWER": {"IN": ["elected", "appointed", "chosen", "named", "confirmed", "installed",
                                       "re-elected", "reelected"]}}]])
    m.add("ELECTED_TO", [[{"LOWER": {"IN": ["elected", "appointed", "co-opted", "returned"]}}, {"LOWER": "to"}]])
    m.add("SUCCEED", [[{"LOWER": {"IN": ["succeeds", "succeeded", "succeeding", "replaces", "replaced", "replacing",
                                         "succeed", "replace"]}}]])
    m.add("LED", [[{"LOWER": {"IN": ["led", "leads", "leading", "chaired", "chairs", "chairing"]}}]])
    m.add("RESIGN", [[{"LOWER": {"IN": ["resigned", "resigns", "quit", "quits", "resign"]}}],
                     [{"LOWER": {"IN": ["stood", "steps", "stepped", "stands", "standing", "step", "stand"]}},
                      {"LOWER": "down"}],
                     [{"LOWER": {"IN": ["announced", "announces", "tendered", "handed", "submitted"]}},
                      {"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": "resignation"}],
                     [{"LOWER": {"IN": ["left", "leaves"]}}, {"LOWER": "the"}, {"LOWER": "party"}]])
    for action, words in ACTIONS.items():
        m.add(f"DECIDE_{action}", [[{"LOWER": {"IN": words}}]])
    m.add("DECIDE_scrap", [[{"LOWER": w} for w in p.split()] for p in SCRAP_PHRASES])
    m.add("CONTROL", [[{"LOWER": {"IN": ["won", "wins", "kept", "keeps", "retained", "retains", "took", "takes",
                                         "gained", "gains", "holds", "held", "has", "have", "regained"]}},
                       {"LOWER": {"IN": ["a", "an", "its", "their", "overall", "majority"]}, "OP": "*"},
                       {"LOWER": {"IN": ["majority", "control"]}}, {"LOWER": {"IN": ["on", "of", "over", "in"]}}]])
    # A letter published in a newspaper, or an open letter: not private correspondence ("wrote to the council").
    m.add("SIGN", [[{"LOWER": {"IN": ["wrote", "writes", "written"]}}, {"LOWER": "in"}],
                   [{"LOWER": {"IN": ["signed", "signs", "co-signed", "published"]}},
                    {"LOWER": {"IN": ["a", "an", "the", "open", "joint"]}, "OP": "*"},
                    {"LOWER": {"IN": ["letter", "statement"]}}]])
    m.add("OPPOSE", [[{"LOWER": {"IN": ["concern", "concerns", "against", "opposed", "opposing", "oppose",
                                       "condemned", "condemning", "criticised", "criticising", "criticized",
                                       "affront", "protest", "protesting"]}}]])
    m.add("MEMBER", [[{"LOWER": {"IN": ["sits", "sat", "sitting", "serves", "served"]}}, {"LOWER": "on"}],
                     [{"LOWER": {"IN": ["joined", "joins"]}}],
                     [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": "member"}, {"LOWER": "of"}]])
    m.add("SERVING_AS", [[{"LOWER": {"IN": ["serving", "serves", "served", "acting", "acts", "became", "becomes",
                                            "become", "remains"]}}, {"LOWER": "as", "OP": "?"}]])
    m.add("LEADERS_IN", [[{"LOWER": {"IN": ["leading", "running", "leaders", "leader"]}}, {"LOWER": "of", "OP": "?"},
                          {"LOWER": {"IN": ["councils", "authorities"]}}, {"LOWER": "in"}],
                         [{"LOWER": {"IN": ["leaders", "leader"]}}, {"LOWER": "of"},
                          {"LOWER": {"IN": ["councils", "authorities"]}}, {"LOWER": {"IN": ["in", "including"]}}]])
    return m


# ------------------------------------------------------------------ the sentence

class Sentence:
    """A sentence with its linked mentions and helpers to look around a token."""

    def __init__(self, span: Span, offset: int, mentions: list[Mention], index: int):
        self.span = span
        self.offset = offset  # document offset of the sentence's first character
        self.mentions = mentions
        self.index = index
        self.lower = [t.lower_ for t in span]
        self.text = span.text

    def char(self, token: int) -> int:
        return self.offset + self.span[token].idx - self.span.start_char

    def char_end(self, token: int) -> int:
        t = self.span[token]
        return self.offset + t.idx + len(t.text) - self.span.start_char

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
        return [m for m in self.mentions if m.label == "DATE"]

    def hedged(self, token: int, window: int = 5) -> bool:
        """Whether the words just before ``token`` make it hypothetical or future."""
        lo = max(0, token - window)
        words = self.lower[lo:token]
        if not any(w in HEDGES for w in words):
            return False
        # Reported speech states a decision: "told MPs that the government would intervene".
        if "would" in words or "will" in words:
            before = self.lower[:token]
            if any(w in SPEECH for w in before) and "that" in before:
                return False
        return True


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
        self.when_of = published_when  # callable: (expression, sentence, token) -> When
        self.offices: dict[str, Fact] = {}  # person IRI -> the office the document last gave them
        self.last_office: Fact | None = None
        self.last_elected: Fact | None = None  # "... was elected deputy leader": of what the last election was for
        self.sentences: list[Sentence] = []

    # -- helpers

    def add(self, fact: Fact) -> Fact | None:
        if fact.subject.iri == fact.object.iri:
            return None
        self.facts.append(fact)
        if fact.relation == "holds_office" and fact.subject.kind == "PERSON":
            current = self.offices.get(fact.subject.iri)
            if current is None or fact.rule.startswith("elect") or not current.rule.startswith("elect"):
                self.offices[fact.subject.iri] = fact
            self.last_office = fact
            if fact.rule.startswith("elected"):
                self.last_elected = fact
        return fact

    def date_near(self, s: Sentence, token: int, exclude: set[int] | None = None,
                  since: bool = True) -> tuple[When | None, bool]:
        """The temporal expression of the clause around ``token`` (the nearest in the sentence) and
        whether it gives a start ("since 2008")."""
        # without ``since``, "since 2008" is left out: it dates when something else began
        candidates = [m for m in s.dates() if (not exclude or m.first not in exclude)
                      and (since or not m.text.lower().startswith("since"))]
        if not candidates:
            if self.meeting is not None:
                return self.meeting, True
            return None, True
        best = min(candidates, key=lambda m: abs(m.first - token))
        return self.when_of(best.text, s, token), True

    def evidence_span(self, s: Sentence, first: int, last: int) -> tuple[int, int]:
        """The quote: the clause from ``first`` to ``last`` token, widened to whole mentions."""
        first, last = max(0, first), min(len(s.span) - 1, last)
        return s.char(first), s.char_end(last)

    def org_of_role(self, s: Sentence, role: Mention, person_side: str = "before") -> Entity | None:
        """The organisation a role mention is in: "leader of X", "X's chief executive", "the party
        president" (the party in context), "the council leader" (the council in context)."""
        if role.possessor is not None:
            return role.possessor
        j = role.last + 1
        if j < len(s.span) and s.lower[j] in ("of", "for", "on", "in") and not (
                s.lower[j] == "in" and j + 1 < len(s.span) and s.lower[j + 1] == "the"
                and j + 2 < len(s.span) and s.lower[j + 2] == "chair"):
            nxt = s.at(j + 1) or (s.at(j + 2) if j + 2 < len(s.span) and s.lower[j + 1] in ("the", "a") else None)
            if nxt is not None and nxt.entity is not None and nxt.entity.kind in ORG_KINDS | {"POLICY", "PLACE"}:
                if nxt.entity.kind == "PLACE" and role.role not in GOVERNMENT_ROLES:
                    return self.linker.last({"COUNCIL"})
                return nxt.entity
        words = (role.role_text or role.text).lower().split()
        if role.role in GOVERNMENT_ROLES or _portfolio(words):
            return None
        if "council" in words:
            return self.linker.last({"COUNCIL"})
        if "party" in words:
            return self.linker.last({"PARTY"})
        if "group" in words:
            return self.linker.last({"GROUP"})
        if any(w in ("its", "their") for w in words):
            return self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})
        if role.role == "councillor":
            return self.linker.last({"COUNCIL"}) or _council_of(self.linker.last({"COLLECTIVE"}))
        if self.last_elected is not None and role.role in ("deputy-leader", "leader") and \
                self.last_elected.object.kind in ("GROUP", "COUNCIL", "PARTY", "BODY"):
            return self.last_elected.object
        return self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})

    def people_before(self, s: Sentence, token: int) -> list[Mention]:
        """The subject people of a clause ending at ``token``: "A, B and C, who ..." or "A and B were".
        A relative clause attaches to the mention just before "who"."""
        boundary = _clause_start(s, token)
        people = [m for m in s.before(token, {"PERSON", "COLLECTIVE"}, limit=30) if m.first >= boundary]
        if not people and boundary and s.lower[boundary - 1] in ("who", "which"):
            return _coordinated(s, boundary - 1)
        if not people:
            return []
        # The clause's subject: the first person mention of the sentence part before the trigger,
        # with the people coordinated with it.
        first = min(people, key=lambda m: m.first)
        coord = _coordinated_from(s, first)
        return coord or [first]

    # -- the rules

    def apply(self, s: Sentence, matches: list[tuple[str, int, int]]) -> None:
        self.sentences.append(s)
        self.possessives(s)
        self.appositions(s)
        self.person_of(s)
        self.controlled(s)
        for name, start, end in sorted(matches, key=lambda m: m[1]):
            handler = getattr(self, "rule_" + name.split("_")[0].lower())
            handler(s, name, start, end)

    def possessives(self, s: Sentence) -> None:
        """"Labour's National Executive Committee": a body of the party (part_of)."""
        for m in s.mentions:
            if m.possessor is None or m.entity is None or m.label == "ROLE":
                continue
            if m.possessor.kind == "PARTY" and m.entity.kind == "BODY" and m.entity != m.possessor:
                a, b = self.evidence_span(s, m.first - (2 if m.text == m.entity.label else 0), m.last)
                if m.text != m.entity.label and m.text.startswith(m.possessor.label) is False:
                    a = s.char(m.first)
                self.add(Fact("part_of", m.entity, m.possessor, a, s.char_end(m.last), "part-of-possessive", 0.8))

    def appositions(self, s: Sentence) -> None:
        """"Peter Murrell, the SNP's chief executive", "the council leader, Claire Kober", "Councillor
        Joseph Ejiofor (Leader of the Council)", "Bartley is its spokesperson"."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role is None or "former" in m.text.lower() or "new" in m.text.lower().split():
                continue
            i = m.first
            while i > 0 and s.lower[i - 1] in ("the", "a", "an", "its", "his", "her", "their"):
                i -= 1
            if m.possessor is not None and i >= 2 and s.lower[i - 1] in ("'s", "’s"):
                owner = s.at(i - 2)
                if owner is not None:
                    i = owner.first - (1 if owner.first and s.lower[owner.first - 1] == "the" else 0)
            person: Mention | None = None
            rule = ""
            # PERSON , ROLE   /   PERSON ( ROLE   /   PERSON is ROLE
            prev = s.at(i - 2) if i >= 2 and s.lower[i - 1] in (",", "(") else None
            if prev is None and i >= 2 and s.lower[i - 1] in ("is", "was") :
                prev = s.at(i - 2)
            if prev is None and i >= 3 and s.lower[i - 1] in (",", "(") and s.at(i - 2) and s.at(i - 2).label == "PLACE":
                prev = None
            if prev is not None and _kind(prev) == "PERSON":
                person, rule = prev, "office-apposition"
            # ROLE , PERSON   /   ROLE PERSON
            if person is None:
                j = m.last + 1
                if j < len(s.span) and s.lower[j] == ",":
                    j += 1
                while j < len(s.span) and s.lower[j] in HONORIFIC_WORDS:
                    j += 1
                nxt = s.at(j) if j < len(s.span) else None
                if nxt is not None and _kind(nxt) == "PERSON" and nxt.label != "PRON":
                    person, rule = nxt, "office-title"
                # ROLE of ORG , PERSON
                if person is None and j < len(s.span) and s.lower[m.last + 1] == "of":
                    org = s.at(m.last + 2) or s.at(m.last + 3)
                    if org is not None:
                        k = org.last + 1
                        if k < len(s.span) and s.lower[k] == ",":
                            k += 1
                        nxt = s.at(k) if k < len(s.span) else None
                        if nxt is not None and _kind(nxt) == "PERSON":
                            person, rule = nxt, "office-title"
            # PERSON, councillor for X and a national vice-chair of Y: the second role of an apposition
            if person is None and i >= 2 and s.lower[i - 1] == "and":
                k = i - 2
                while k >= 0 and s.lower[k] not in (",", "("):
                    k -= 1
                earlier = s.at(k + 1) if k >= 0 else None
                if earlier is not None and earlier.label == "ROLE" and k >= 1:
                    cand = s.at(k - 1)
                    if cand is not None and _kind(cand) == "PERSON":
                        person, rule = cand, "office-apposition"
            if person is None or person.entity is None:
                continue
            if m.role == "chair" and i >= 2 and s.lower[i - 1] == "the" and s.lower[i - 2] == "in":
                continue
            org = self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS | {"POLICY"}:
                continue
            first, last = min(person.first, m.first), max(person.last, m.last)
            nxt_org = s.at(m.last + 2) if m.last + 2 < len(s.span) and s.lower[m.last + 1] in ("of", "for") else None
            if nxt_org is not None and nxt_org.last > last:
                last = nxt_org.last
            a, b = self.evidence_span(s, first, last)
            when, _ = (self.meeting, True) if self.meeting else (None, True)
            role_slug = m.role
            self.add(Fact("holds_office", person.entity, org, a, b, rule, 0.75, role=role_slug, when=when,
                          is_start=False, seat=True))

    def person_of(self, s: Sentence) -> None:
        """"Jim Kennedy of Unite", "Andy Kerr of the CWU", "a Unite official": a member of the organisation."""
        for m in s.mentions:
            if _kind(m) != "PERSON" or m.entity is None or m.label == "PRON":
                continue
            k = m.last + 1
            if k < len(s.span) and s.lower[k] == "of":
                k += 1
                while k < len(s.span) and s.lower[k] == "the":
                    k += 1
                org = s.at(k)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG", "PARTY"):
                    a, b = self.evidence_span(s, m.first, org.last)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-of", 0.7, is_start=False))
            # PERSON , a ORG official
            k = m.last + 1
            if k + 3 < len(s.span) and s.lower[k] == "," and s.lower[k + 1] in ("a", "an"):
                org = s.at(k + 2)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG") and \
                        org.last + 1 < len(s.span) and s.lower[org.last + 1] in MEMBER_NOUNS:
                    a, b = self.evidence_span(s, m.first, org.last + 1)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-apposition", 0.7, is_start=False))

    def controlled(self, s: Sentence) -> None:
        """"a Labour-run council – Haringey", "the Labour-run authority": the party controls it."""
        for m in s.mentions:
            if m.label != "CONTROLLED" or m.entity is None or m.possessor is None:
                continue
            a, b = self.evidence_span(s, m.first - 1 if m.first else 0, m.last)
            named = s.at(m.last + 2) if m.last + 2 < len(s.span) and s.lower[m.last + 1] in ("–", "-", "—", ",") else None
            if named is not None and named.entity is not None:
                b = s.char_end(named.last)
            self.add(Fact("controls", m.possessor, m.entity, a, b, "controls-run", 0.8, is_start=False))

    def rule_elect(self, s: Sentence, name: str, start: int, end: int) -> None:
        if s.hedged(start) or (start + 1 < len(s.span) and s.lower[start + 1] == "to"):
            return
        passive = any(w in ("was", "were", "been", "be", "is", "are", "being") for w in s.lower[max(0, start - 3):start])
        if start and s.lower[start - 1] in ("is", "are", "be"):
            return  # "until a new leader is elected": not yet
        if passive:
            people = self.people_before(s, start)
        else:
            people = [m for m in s.after(start, PEOPLE, limit=4)]
            people = _coordinated_from(s, people[0]) if people else []
        people = [p for p in people if p.entity is not None and p.entity.kind == "PERSON"]
        if not people:
            return
        after_people = max(p.last for p in people) if not passive else start
        roles = [m for m in s.mentions if m.label == "ROLE" and m.first > after_people and m.first - after_people <= 12]
        as_roles = [r for r in roles if "as" in s.lower[max(after_people, r.first - 4):r.first]]
        if as_roles:
            role = as_roles[0]
        elif roles and (passive or roles[0].first - after_people <= 2):
            role = roles[0]
        else:
            return
        if role.role is None or "former" in role.text.lower():
            return
        org = self.org_of_role(s, role)
        if org is None:
            electors = s.before(start, DECIDERS, limit=12)
            if electors and not passive:
                org = electors[-1].entity
                if org is not None and org.kind == "COLLECTIVE":
                    org = self.linker.last({"GROUP", "PARTY", "BODY", "COUNCIL"})
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        when, _ = self.date_near(s, start)
        first = min([p.first for p in people] + [start])
        a, b = self.evidence_span(s, first, role.last + (3 if role.last + 1 < len(s.span) and s.lower[role.last + 1] == "of" else 0))
        for p in people:
            self.add(Fact("holds_office", p.entity, org, a, b, "elected-to-office", 0.85, role=role.role, when=when,
                          is_start=True, seat=True))

    def rule_elected(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Jon Lansman, Yasmine Dar and Rachel Garnham, who were elected to the committee's ... section on
        15 January": seats on a body."""
        if s.hedged(start):
            return
        body = next((m for m in s.after(end - 1, {"BODY", "COUNCIL", "PARTY", "GROUP"}, limit=4)), None)
        if body is None or body.entity is None:
            return
        people = self.people_before(s, start)
        when, _ = self.date_near(s, start)
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

    def rule_led(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Claire Kober, who had led Haringey Council since 2008"; "the committee, which is chaired by Andy Kerr"."""
        if s.hedged(start):
            return
        word = s.lower[start]
        role = "chair" if word.startswith("chair") else "leader"
        if start + 1 < len(s.span) and s.lower[start + 1] == "by":
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
        org = next(iter(s.after(start, {"COUNCIL", "PARTY", "BODY", "GROUP"}, limit=3)), None)
        people = self.people_before(s, start)
        if org is None or org.entity is None or not people:
            return
        since = [d for d in s.dates() if d.first > org.last and d.text.lower().startswith("since")]
        when = self.when_of(since[0].text, s, start) if since else None
        a, b = self.evidence_span(s, people[0].first, since[0].last if since else org.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org.entity, a, b, f"{role}-since", 0.8, role=role, when=when,
                              is_start=when is not None, seat=True))

    def rule_resign(self, s: Sentence, name: str, start: int, end: int) -> None:
        if s.hedged(start, 4):
            return
        subjects = self.people_before(s, start)
        if not subjects:
            pron = [m for m in s.before(start, {"PERSON", "COLLECTIVE"}, limit=3)]
            subjects = pron[:1]
        subjects = [m for m in subjects if m.entity is not None]
        if not subjects:
            return
        org: Entity | None = None
        j = end
        while j < len(s.span) and s.lower[j] in ("from", "as", "the", "a", "his", "her", "their"):
            j += 1
        target = s.at(j) if j < len(s.span) else None
        if target is not None and target.label == "ROLE":
            org = self.org_of_role(s, target)
        elif target is not None and target.entity is not None and target.entity.kind in ORG_KINDS:
            org = target.entity
        if org is None:
            office = self.offices.get(subjects[0].entity.iri) if subjects[0].entity else None
            if office is not None:
                org = office.object
        if org is None:
            org = self.linker.last({"PARTY", "COUNCIL", "BODY", "GROUP"})
        if org is None:
            return
        when, _ = self.date_near(s, start, since=False)
        last = max(end - 1, target.last if target is not None and target.first - end < 6 else end - 1)
        a, b = self.evidence_span(s, min(m.first for m in subjects), last)
        for m in subjects:
            if m.entity.kind in ("PERSON", "COLLECTIVE"):
                self.add(Fact("resigned", m.entity, org, a, b, "resigned", 0.8, when=when, is_start=False))

    def rule_decide(self, s: Sentence, name: str, start: int, end: int) -> None:
        action = name.split("_", 1)[1]
        word = s.lower[start]
        if s.hedged(start):
            return
        if word != "not" and start > 0 and s.lower[start - 1] in NEGATION:
            return
        passive = any(w in ("was", "were", "been", "be", "is", "are", "being") for w in s.lower[max(0, start - 3):start])
        noun = word in NOUN_ACTIONS
        decider: Mention | None = None
        target: Mention | None = None
        if noun:
            # "extended his suspension", "a fresh investigation into his conduct", "the NEC's intervention"
            prev = s.at(start - 1) if start else None
            if prev is None and start >= 2:
                prev = s.at(start - 2)
            if prev is not None and prev.label == "PRON" and prev.entity is not None:
                target = prev
            if target is None:
                j = end
                if j < len(s.span) and s.lower[j] in ("into", "of", "against", "in"):
                    k = j + 1
                    while k < len(s.span) and s.lower[k] in ("the", "a"):
                        k += 1
                    target = s.at(k)
            subject = [m for m in s.before(start, DECIDERS, limit=30) if m is not target]
            decider = min(subject, key=lambda m: m.first) if subject else None
        elif passive:
            by = [i for i in range(end, min(len(s.span), end + 8)) if s.lower[i] == "by"]
            if by:
                decider = s.at(by[0] + 1) or (s.at(by[0] + 2) if by[0] + 2 < len(s.span) else None)
            before = s.before(start, TARGETS | {"ROLE"}, limit=12)
            target = min(before, key=lambda m: m.first) if before else None
            if target is not None and target.label == "ROLE":
                target = _anaphor(self.linker, target)
        else:
            # The clause's subject: after the last clause boundary ("where Momentum has deselected"), or
            # the mention a relative pronoun hangs on ("the NEC, which voted to").
            boundary = _clause_start(s, start)
            subject = [m for m in s.before(start, DECIDERS, limit=30) if m.first >= boundary]
            if not subject and boundary and s.lower[boundary - 1] in ("who", "which"):
                subject = s.before(boundary - 1, DECIDERS, limit=3)[:1]
            decider = min(subject, key=lambda m: m.first) if subject else None
            after = [m for m in s.after(end - 1, TARGETS | {"CONTROLLED", "PRON"}, limit=12) if m is not decider]
            target = after[0] if after else None
        if decider is None or target is None or decider.entity is None or target.entity is None:
            return
        if decider.entity.kind not in DECIDERS | {"PERSON"} or target.entity == decider.entity:
            return
        when, _ = self.date_near(s, start)
        a, b = self.evidence_span(s, min(decider.first, target.first, start), max(target.last, end - 1))
        self.add(Fact("decided", decider.entity, target.entity, a, b, f"decided-{action}", 0.75, action=action,
                      when=when))

    def rule_control(self, s: Sentence, name: str, start: int, end: int) -> None:
        if s.hedged(start):
            return
        controller = [m for m in s.before(start, {"PARTY", "BODY", "ORG", "GROUP"}, limit=10)]
        target = next(iter(s.after(end - 1, {"COUNCIL", "BODY", "PARTY", "GROUP", "ORG"}, limit=3)), None)
        if not controller or target is None or controller[0].entity is None or target.entity is None:
            return
        seats = re.search(r"(\d+) of the (\d+) seats", s.text)
        when, _ = self.date_near(s, start)
        a, b = self.evidence_span(s, controller[0].first, target.last)
        if seats:
            b = s.offset + seats.end()
        fact = Fact("controls", controller[0].entity, target.entity, a, b, "controls-majority", 0.8, when=when,
                    is_start=False)
        if seats:
            fact.seats, fact.total = int(seats.group(1)), int(seats.group(2))
        self.add(fact)

    def rule_sign(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"more than 70 Labour council leaders, who wrote in yesterday's Sunday Times of their concern that
        the NEC's actions ...": a statement they signed, which opposes what it criticises."""
        signers = [m for m in self.people_before(s, start) if m.entity is not None]
        if not signers:
            return
        when, _ = self.date_near(s, start)
        news = next((m for m in s.mentions if m.label == "NEWS" and m.first > start), None)
        creator = signers[0].entity
        label = f"Letter in the {news.text}" if news else f"Letter of {creator.label}"
        statement = self.linker.mint(_statement_iri(self.linker.doc_key, creator.iri, when), label, "STATEMENT",
                                     ())
        a, b = self.evidence_span(s, min(m.first for m in signers), news.last if news else end - 1)
        for m in signers:
            self.add(Fact("signed", m.entity, statement, a, b, "signed-letter", 0.8, when=when, statement=statement,
                          creator=creator))
        opposed = [i for i in range(end, len(s.span)) if s.lower[i] in ("concern", "concerns", "against", "affront",
                                                                         "oppose", "opposing", "condemning",
                                                                         "criticising")]
        if opposed:
            target = next(iter(s.after(opposed[0], {"BODY", "PARTY", "COUNCIL", "GROUP", "ORG"}, limit=6)), None)
            if target is not None and target.entity is not None:
                a2, b2 = self.evidence_span(s, opposed[0], len(s.span) - 1)
                self.add(Fact("opposed", creator, target.entity, a2, b2, "letter-opposes", 0.7, when=when,
                              statement=statement, creator=creator))

    def rule_oppose(self, s: Sentence, name: str, start: int, end: int) -> None:
        return  # read together with a signature (rule_sign); alone, "concern" or "against" is too weak

    def rule_member(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Ejiofor sits on the national coordinating group of Momentum"; "X joined Y"."""
        if s.hedged(start):
            return
        people = self.people_before(s, start)
        if not people or people[0].entity is None:
            return
        j = end
        org_mention = next(iter(s.after(end - 1, ORG_KINDS - {"COLLECTIVE"}, limit=7)), None)
        if org_mention is None or org_mention.entity is None:
            return
        obj = org_mention.entity
        first_word = j
        while first_word < org_mention.first and s.lower[first_word] in ("the", "a", "an", "its", "his", "her"):
            first_word += 1
        if first_word < org_mention.first and s.lower[org_mention.first - 1] == "of":
            # a unit named by description: "the national coordinating group of Momentum"
            label = s.span[first_word:org_mention.last + 1].text
            obj = self.linker.organisation(label[0].upper() + label[1:] if label[0].islower() else label)
        a, b = self.evidence_span(s, people[0].first, org_mention.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("member_of", p.entity, obj, a, b, "member-sits-on", 0.75, is_start=False))

    def rule_serving(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Mike Russell ... is serving as interim chief executive"."""
        if s.hedged(start, 3):
            return
        role = s.at(end) if end < len(s.span) else None
        people = self.people_before(s, start)
        if role is None or role.label != "ROLE" or role.role is None or not people or people[0].entity is None:
            return
        org = self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        a, b = self.evidence_span(s, start, role.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org, a, b, "office-serving", 0.7, role=role.role,
                              is_start=False, seat=True))

    def rule_leaders(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"the people leading councils in Birmingham, Manchester, ... and scores more": the leader of each
        council (the person, where the graph knows who held the post on the publication date)."""
        j = end
        leaders: list[Entity] = []
        last_token = end - 1
        while j < len(s.span):
            if s.lower[j] in (",", "and", "–", "-"):
                j += 1
                continue
            m = s.at(j)
            token = s.span[j]
            if m is not None and m.entity is not None and m.entity.kind == "COUNCIL":
                council, last_token, j = m.entity, m.last, m.last + 1
            elif token.is_title and m is None or (m is not None and m.label in ("NAME", "ORG", "PERSON")
                                                  and m.last == m.first):
                council = self.linker.council(token.text) or self.linker.organisation(f"{token.text} Council",
                                                                                       "COUNCIL")
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
        """Spread a group's signatures and resignations to its named members, then drop duplicates."""
        for group in self.linker.collectives:
            if not group.members:
                self._enumerated_members(group)
        for fact in list(self.facts):
            group = fact.subject
            if group.kind != "COLLECTIVE" or not group.members or fact.relation not in ("signed", "resigned"):
                continue
            span = group.members_span
            for member in group.members:
                a, b = span if span else (fact.start, fact.end)
                self.facts.append(Fact(fact.relation, member, fact.object, a, b, f"{fact.rule}-member", 0.7,
                                       when=fact.when, is_start=fact.is_start, statement=fact.statement,
                                       creator=fact.creator))
        seen: dict[tuple, Fact] = {}
        for fact in self.facts:
            key = fact.key + ((fact.when.day if fact.when else None),)
            if key not in seen or (fact.when and fact.when.resolved and not (seen[key].when and seen[key].when.resolved)):
                seen[key] = fact
        return list(seen.values())

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

CLAUSE_BOUNDARIES = {"where", "who", "which", "whom", "whose", "while", "whereas", "because", "although", ";", "–",
                     "—", "after", "before", "when", "but", "that", "until"}
HONORIFIC_WORDS = {"sir", "dame", "baroness", "baron", "lord", "lady", "dr", "professor", "mr", "mrs", "ms", "miss",
                   "councillor", "cllr"}


def _clause_start(s: Sentence, token: int) -> int:
    """The first token of the clause ``token`` is in: after the last boundary word before it."""
    for k in range(token - 1, -1, -1):
        if s.lower[k] in CLAUSE_BOUNDARIES:
            return k + 1
    return 0


def _statement_iri(doc_key: str, creator: str, when: When | None) -> str:
    from ...ontology import uris

    return str(uris.statement(f"{doc_key}|{creator}", when.day if when and when.day else None))


def _portfolio(words: list[str]) -> bool:
    heads = role_lexicon()["portfolio_heads"]
    return bool(words) and words[-1] in heads and not (len(words) >= 2 and words[-2] == "general")


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


def _coordinated_from(s: Sentence, first: Mention) -> list[Mention]:
    """``first`` and the mentions of the same kind coordinated after it: "A, B and C"."""
    group = [first]
    k = first.last + 1
    while k + 1 < len(s.span) and s.lower[k] in (",", "and"):
        j = k + 1
        role = s.at(j)
        if s.lower[k] == "," and role is not None and role.label == "ROLE":
            # "A, the deputy leader, and ...": step over the apposition
            close = [x for x in range(role.last + 1, min(len(s.span), role.last + 8)) if s.lower[x] == ","]
            if not close:
                break
            k = close[0]
            continue
        if s.lower[k] == "," and j < len(s.span) and s.lower[j] == "and":
            j += 1
        role = s.at(j)
        if role is not None and role.label == "ROLE" and role.last + 1 < len(s.span) and s.lower[role.last + 1] == ",":
            j = role.last + 2  # "and the party president, Baroness Sal Brinton"
        while j < len(s.span) and s.lower[j] in HONORIFIC_WORDS:
            j += 1
        nxt = s.at(j)
        if nxt is None or _kind(nxt) != _kind(first) or nxt.label == "PRON":
            break
        group.append(nxt)
        k = nxt.last + 1
    return group
