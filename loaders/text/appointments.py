"""Offices given by a trigger verb: "elected", "appointed", "selected", "chose X to chair ..."
(``rule_elect``, ``rule_elected``), succession ("succeeded X as leader", ``rule_succeed``), a leadership
won (``rule_leadership``), "led" (``rule_led``), "serving as" (``rule_serving``) and "leaders"
(``rule_leaders``); each prints the office and, where the text names who chose, their decision.
"""

from __future__ import annotations

from .dates import When
from .decisions import _subject_after_and
from .elections import VOTE_VERBS, _at_a_meeting
from .event_subjects import NUMBER_WORDS
from .linking import ORG_KINDS, Entity, Mention
from .office_words import (
    GROUP_DESCRIBING,
    PLACE_NOUNS,
    WIN_VERBS,
    _as_pairs,
    _definite_party,
    _described_before,
)
from .pipeline import HONORIFICS, role_lexicon
from .reference import REPORTING
from .sentence import (
    Fact,
    Sentence,
    _before_aside_who,
    _clause_start,
    _coordinated_from,
    _council_role,
    _head_after,
    _kind,
    _passive,
    _passive_subject,
    _portfolio,
    _relative_object,
)
from .tenure import SUCCESSION_VERBS
from .words import (
    DECIDERS,
    DETERMINER_WORDS,
    GOVERNMENT_ROLES,
    HONORIFIC_WORDS,
    PEOPLE,
    SEAT_ROLES,
    seat_role,
)


def _listed_after_colon(s: Sentence, plural: Mention) -> tuple[list[Mention], Mention] | None:
    """"named three commissioners: A, B and C", "I have appointed three commissioners: A, a former leader
    of the council; B, ...; and C": the people listed after the colon, each given the office the plural
    names (a ROLE mention made of the plural, its role the singular's). None unless the plural is a
    role's and a colon follows it. Cost: a look at the next token."""
    colon = plural.last + 1
    while colon < s.n and (s.lower[colon] in ("for", "to", "at", "on", "of", "the") or
                           s.at(colon) is not None and _kind(s.at(colon)) in ORG_KINDS):
        colon += 1  # "named three commissioners for Woking Borough Council: ..."
    if plural.label == "ROLE":
        # "appointed two deputy leaders: A and B": a plural office of the lexicon (its role read already)
        singular, role = plural.role_text or plural.text, plural.role if s.lower[plural.last].endswith("s") else None
    else:
        singular = s.lower[plural.last][:-1] if s.lower[plural.last].endswith("s") else ""
        role = role_lexicon()["roles"].get(singular)
    if colon >= s.n or s.words[colon] != ":" or role is None:
        return None
    # each item's head: the person right after the colon or after an item's separator (not one named in
    # an item's description: "B, a former aide to C")
    people = [m for m in s.mentions if m.first > colon and _kind(m) == "PERSON" and m.label != "PRON"
              and (m.first == colon + 1 or s.lower[m.first - 1] in (";", "and") or
                   s.lower[m.first - 1] == "," and s.at(m.first - 2) is not None and _kind(s.at(m.first - 2)) == "PERSON")]
    if not people:
        return None
    return people, Mention(plural.start, plural.end, plural.text, "ROLE", plural.first, plural.last,
                           role=role, role_text=singular)


def _s_group(s: Sentence, party: Mention) -> bool:
    """Whether "'s group" follows the party's mention ("Labour's group")."""
    return s.lower[party.last + 1:party.last + 3] in (["'s", "group"], ["’s", "group"])


def _new_clause(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a clause of its own opens between tokens ``lo`` and ``hi``: "led Labour from 2015 to 2020
    and has held Islington North since 1983" (the second date is the seat's)."""
    return any(s.lower[k] in (",", ";", "and", "but", "who", "which") and k + 1 < s.n and
               s.lower[k + 1] in ("has", "had", "have", "was", "is", "who", "which", "he", "she", "they")
               for k in range(lo, hi))


#: Head nouns of a chaired body the graph may not know: "chairs the Commons energy and climate change committee".
CHAIRED_HEADS = {"committee", "caucus", "panel", "board", "commission", "forum", "society", "taskforce", "inquiry"}
#: Words between a verb and the office it gives: "becomes the second deputy leader".
ROLE_OPENERS = {"the", "a", "an", "its", "their", "our", "his", "her", "first", "second", "third", "new", "next", "sole",
                "joint", "female", "youngest", "oldest", "only", "longest-serving"}


#: Election verbs read only after a meeting's "to": "used its annual meeting to pick X as its new leader".
BASE_ELECT = {"pick", "choose", "elect", "appoint", "reappoint"}
#: Words of a meeting held for a purpose, before "to pick" ("RESOLVED to elect": a meeting's resolution).
MEETING_WORDS = {"met", "meeting", "meet", "used", "gathered", "convened", "assembled", "voted", "resolved", "agreed"}


#: A party named by its members in the plural: in a story about a council, "who leads the Conservatives"
#: leads their group there.
PLURAL_PARTY_NOUNS = {"conservatives", "tories", "democrats", "dems", "greens", "independents", "nationalists",
                      "unionists"}


#: The words before an office that say it is the one given, as "as" does: "appointed X to the position of Leader".
POSITION_OF = [["to", "the", noun, "of"] for noun in ("position", "post", "office", "role")]


def _named_after_office(s: Sentence, end: int) -> list[Mention]:
    """"installed the Labour group leader, Pete Lowe, as leader of the council": the person named in
    apposition to an office held already, right after the verb (within seven words), as its object."""
    comma = next((k for k in range(end, min(s.n - 1, end + 7)) if s.lower[k] == ","), None)
    if comma is None or not any(m.label == "ROLE" and end <= m.first and m.last < comma for m in s.mentions):
        return []
    k = comma + 1
    while k < s.n and s.words[k] in HONORIFICS:
        k += 1  # ", Councillor Claire Young,"
    person = s.at(k)
    if person is None or person.first != k or _kind(person) != "PERSON" or person.label == "PRON" or \
            s.lower[person.last + 1:person.last + 3] != [",", "as"]:
        return []
    return [person]


#: Words after "made" that make it no appointment: "made clear that", "made false statements", "made it plain".
MADE_NO_OFFICE = frozenset({"clear", "plain", "sure", "it", "public", "known", "false", "up", "out", "off", "no",
                            "history", "headlines", "news", "much", "little", "progress", "changes", "mistakes",
                            "comments", "remarks", "statements"})


#: Words before "to succeed" that make the succession a prospect ("favourite to succeed", "expected to").
TIPPED = {"favourite", "favorite", "tipped", "expected", "likely", "set", "poised", "hoping", "hopes", "wants",
          "bid", "race"}


class AppointmentRules:
    """Offices given by elections, appointments, selections and successions."""

    def rule_elect(self, s: Sentence, name: str, start: int, end: int) -> None:
        if s.hedged(start) or (start + 1 < s.n and s.lower[start + 1] == "to"):
            return
        if s.lower[start] in ("made", "makes", "make") and start + 1 < s.n and s.lower[start + 1] in MADE_NO_OFFICE:
            return  # "made clear that he ...", "made false statements": no one made anything
        if s.lower[start] in BASE_ELECT and not (start >= 2 and s.lower[start - 1] == "to" and any(
                w in MEETING_WORDS for w in s.lower[max(0, start - 7):start - 1])):
            return  # only "used its annual meeting to pick X as its leader", not "wants to pick", "will elect"
        # "X returned as interim leader": the one who returned took the office (as a passive's subject)
        passive = _passive(s, start) or s.lower[start:start + 2] == ["returned", "as"]
        if s.lower[start] == "returned" and end == start + 1 and not (passive or "as" in s.lower[end:end + 6]):
            return  # only "the meeting returned X as Leader of the Council", not "returned 40 councillors"
        aside: set[int] = set()
        as_pairs: list[tuple[Mention, Mention]] = []
        listed_role: Mention | None = None
        if not passive and end < s.n and s.lower[end] == "by" and start and s.at(start - 1) is None:
            return  # "a team chosen by Downing Street": a thing described, no one appointed
        if start and s.lower[start - 1] in ("is", "are", "be") and not s.resolution(start):
            return  # "until a new leader is elected": not yet
        if passive:
            # "I was elected Leader of the Council" in a letter: its writer (the signatory, once signed)
            writer = self.letter.subject(s, start) if s.lower[start - 1:start] in (["was"], ["been"]) else None
            people = [writer] if writer is not None and writer.entity == self.letter.writer else \
                self.people_before(s, start)
            named = s.at(people[0].last + 1) if people and people[0].text in ("Councillors", "Cllrs") else None
            if named is not None and named.first == people[0].last + 1 and _kind(named) == "PERSON":
                people = _coordinated_from(s, named)  # "that Councillors Nicolson and Cameron be appointed"
            right = s.at(start - 2) if start >= 2 and s.lower[start - 1] in ("was", "is") else None
            title = s.at(right.first - 1) if right is not None and right.first > 0 else None
            joint = (title.first if title is not None and title.label == "ROLE" else right.first) - 1 \
                if right is not None else -1
            if right is not None and right.last == start - 2 and _kind(right) == "PERSON" and right.label != "PRON" \
                    and people and right is not people[0] and joint > 0 and s.lower[joint] == "and" and \
                    (s.at(joint - 1) is None or _kind(s.at(joint - 1)) != "PERSON"):
                # "X was elected Lord Mayor for the year and Councillor Y was appointed Sheriff": Y, named
                # right before, after an "and" that joins clauses (not "A and B were named")
                people = [right]
            if people and any(s.lower[k] in ("who", "which") for k in range(people[0].last + 1, start)):
                # "X, the former minister who joined Reform last year, was elected": the aside's dates are its own
                aside = {d.first for d in s.dates() if people[0].last < d.first < start}
            if not people and start > 0 and s.lower[start - 1] in ("was", "were", "been", "be"):
                # "X, the former minister who joined Reform last year, was elected ...": the one the
                # aside describes (the relative clause has its own subject)
                subject = _passive_subject(s, start)
                people = [subject] if subject is not None and _kind(subject) == "PERSON" else []
                # and the aside's dates are its own ("joined Reform last year"), not the election's
                aside = {d.first for d in s.dates() if people and people[0].last < d.first < start}
        else:
            titled = end  # "appointed the Rt Hon Sir Patrick McLoughlin": past the titles to the name
            while titled < s.n and (s.words[titled] in HONORIFICS or s.lower[titled] == "the"):
                titled += 1
            people = [m for m in s.after(start, PEOPLE | {"COLLECTIVE"}, limit=4 + titled - end)] or \
                _named_after_office(s, end)
            if end < s.n and s.lower[end] == "me" and (not people or people[0].first > end + 6):
                # "councillors elected me Leader of the Council" in a letter: its writer
                people = [Mention(0, 0, "me", "WRITER", end, end, self.letter.writer)]
            owner = s.at(end + (1 if end < s.n and s.lower[end] == "the" else 0))
            if not people and owner is not None and _kind(owner) == "PARTY" and owner.last + 1 < s.n and \
                    s.lower[owner.last + 1] in ("'s", "’s"):
                # "confirmed the Green Party's Áine Groogan as Deputy Lord Mayor"
                people = [m for m in s.after(owner.last + 1, PEOPLE, limit=1)]
            # "named three commissioners: A, B", "appointed two deputy leaders: A and B": a plural, then a list
            plural = people[0] if people and _kind(people[0]) == "COLLECTIVE" else \
                next((m for m in s.mentions if end <= m.first <= end + 3 and m.label == "ROLE"
                      and all(s.at(j) is None for j in range(end, m.first))), None)
            listed = _listed_after_colon(s, plural) if plural is not None else None
            if listed is not None:
                people, listed_role = listed
            as_pairs = _as_pairs(s, people[0]) if people else []
            people = [p for p, _ in as_pairs] if len(as_pairs) > 1 else \
                _coordinated_from(s, people[0]) if people else \
                _relative_object(s, start) or self._her_before_role(s, end)  # "X, whom the group chose as ..."
        people = [p for p in people if p.entity is not None and p.entity.kind in ("PERSON", "COLLECTIVE")]
        if not people:
            if not passive:
                self._officers_chosen(s, start, end)
            return
        after_people = max(p.last for p in people) if not passive else start
        if not passive and people[0].label == "PRON" and people[0].first == end and s.at(end) is not None:
            after_people = end - 1  # "appointed her General Secretary": the role "her" was read into
        roles = [m for m in s.mentions if m.label == "ROLE" and m.first > after_people and m.first - after_people <= 12]
        by = next((k for k in range(start + 1, min(s.n, start + 4)) if s.lower[k] == "by"), None) if passive else None
        if by is not None:
            roles = [r for r in roles if r.first < by]  # "was made by X, the acting Commissioner": X's office
        # (not "X was elected leader of the council, with Y as his depute": Y's office)
        # ("appointed X to the position of Leader of the Council": the same)
        as_roles = [r for r in roles if ("as" in s.lower[max(after_people, r.first - 4):r.first] or
                                         s.lower[max(after_people, r.first - 4):r.first] in POSITION_OF)
                    and "with" not in s.lower[after_people:r.first]]
        if not as_roles and not passive:
            as_roles = self._as_after_aside(s, after_people, s.lower[start] in ("made", "makes", "make"))
        role = listed_role
        if role is None and as_roles:
            role = as_roles[0]
        elif role is None and roles and (passive or roles[0].first - after_people <= 2):
            role = roles[0]
        if role is not None and role.first > 0 and s.lower[role.first - 1] == "to" and \
                s.lower[role.first] in self.LEAD_VERBS:
            role = None  # "chose X to chair the 1922 Committee": a verb, read by _chosen_to_lead
        appointer = self.appointer(s, start, end, passive, people)
        if s.lower[start] == "confirmed" and (role is None or not as_roles or role.role == "candidate" or
                                              s.lower[after_people + 1:after_people + 2] != ["as"]):
            # only "confirmed X as leader": not "confirmed that ...", "confirmed she would sit as ...", nor a
            # candidate (a selection, read as before)
            appointer = None
        when, _ = self.date_near(s, start, event=True, exclude=aside)
        if role is None and not passive and s.lower[start] in CHOOSING_CANDIDATES:
            role = _as_candidates(s, after_people)
        if role is not None and role.role == "candidate":
            self.selection(s, start, end, people, role, appointer, when)
            return
        if s.lower[start] == "nominated":
            # "X nominated Y", "the DUP nominated Y", "Y was nominated", "the MPs who nominated Y", "Y was
            # nominated for the office": a proposal to the body that decides, not an appointment (the
            # body's office, if any, is read from its resolution)
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
            # "Poots had been elected on 14 May": to the office the text has given them (after "elected for
            # Cannock Chase in 2015", only a seat: not the party chairmanship the story is about)
            seat_only = end < s.n and s.lower[end] == "for"
            for p in people:
                office = self.offices.get(p.entity.iri) if p.entity.kind == "PERSON" else None
                if office is not None and seat_only and office.role not in SEAT_ROLES and office.role != "councillor":
                    continue
                dated = [d for d in s.dates() if s.segment(d.first) == s.segment(start)]
                if office is not None and office.role and dated and when is not None:
                    a, b = self.evidence_span(s, p.first, dated[0].last)
                    self.add(Fact("holds_office", p.entity, office.object, a, b, "elected-to-office", 0.7,
                                  role=office.role, when=when, is_start=True, seat=True))
            return
        people = [p for p in people if p.entity.kind == "PERSON"]
        if not passive and len(as_pairs) > 1:
            # "appointed A as managing director commissioner and B as a commissioner": each their own office
            for p, own in as_pairs:
                if p in people:
                    self.elected_to(s, start, passive, [p], own, when)
            return
        paired = [s.at(p.last + 1) if p.last + 1 < s.n else None for p in people]
        if len(people) > 1 and all(r is not None and r.label == "ROLE" for r in paired):
            # "appointed A levelling up secretary, B education secretary and C Welsh secretary": each
            # person has the office named after them
            for p, own in zip(people, paired):
                self.elected_to(s, start, passive, [p], own, when)  # type: ignore[arg-type]
            return
        if role is None and not passive and people and self._chosen_to_lead(s, people, when):
            return
        respective = _respective_roles(s, role, len(people))
        if respective:
            # "Councillors A and B be appointed Leader and Depute Leader of the Council respectively"
            for p, own in zip(people, respective):
                self.elected_to(s, start, passive, [p], own, when)
            return
        self.elected_to(s, start, passive, people, role, when)

    def voted_in(self, s: Sentence) -> None:
        """"members voted Roger Gough in as Leader of Kent County Council": the one voted in was elected to
        the office after "as". Cost: a look only where "voted" is a word of the sentence."""
        for k in s.positions(("voted",), 0, s.n - 4):
            person = s.at(k + 1)
            if person is None or person.first != k + 1 or _kind(person) != "PERSON" or person.label == "PRON" or \
                    s.lower[person.last + 1:person.last + 3] != ["in", "as"] or s.hedged(k):
                continue
            j = person.last + 3 + (person.last + 3 < s.n and s.lower[person.last + 3] == "the")
            role = s.at(j) if j < s.n else None
            if role is not None and role.label == "ROLE" and role.first in (person.last + 3, j):
                when, _ = self.date_near(s, k, event=True)
                self.elected_to(s, k, False, [person], role, when)

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
        org = self._members_party(s, start, role) if not passive else None
        org = org or self.org_of_role(s, role)
        shadow = "shadow" in (role.role_text or role.text).lower().split()  # the opposition's: never the government's
        if org is None and not shadow and (role.role in GOVERNMENT_ROLES - SEAT_ROLES or
                                           _portfolio((role.role_text or "").lower().split())):
            org = self.linker.government()  # "appointed X as chancellor": a post in the government
        # an office whose organisation the text names, or a council's, with that organisation unknown is no
        # one's office: not the electors' ("the NEC chose X as leader of the council", "the group installed X
        # as council leader", "Labour councillors chose X as the leader of their group")
        named = "council" in s.lower[role.first:role.last + 1] or _council_role(role.role) or \
            role.last + 1 < s.n and s.lower[role.last + 1] in ("of", "for")
        if org is None and not named:
            electors = s.before(start, DECIDERS, limit=12)
            if electors and not passive:
                org = electors[-1].entity
                if org is not None and org.kind == "COLLECTIVE":
                    org = org.party or self.linker.last({"GROUP", "PARTY", "BODY", "COUNCIL"})
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"} or not people:
            return
        first = min([p.first for p in people] + [start])
        a, b = self.evidence_span(s, first, max([role.last + (3 if role.last + 1 < s.n and s.lower[role.last + 1] == "of"
                                                              else 0)] + [p.last for p in people]))
        for p in people:
            self.add(Fact("holds_office", p.entity, org, a, b, "elected-to-office", 0.85, role=role.role, when=when,
                          is_start=True, seat=True))
        self.election_decided(s, start, start + 1, passive, people, org, role.role, when, a, b)
        if passive:
            self.officer_choice(s, org, people, when, a, b, "elect" if s.lower[start] in VOTE_VERBS else "appoint")
        deputy = self.with_as_after(s, role, org)
        chosen = {p.entity for p in people}
        choice = next((f for f in reversed(self.facts) if f.relation == "decided" and f.object in chosen
                       and f.action in ("elect", "appoint") and f.start >= a), None) \
            if deputy is not None and (not passive or self.minutes or _at_a_meeting(s)) else None
        if choice is not None and deputy is not None:
            # "The council elected X as its new Chair, with Y as Vice-Chair": the same body chose Y
            self.add(Fact("decided", choice.subject, deputy, a, b, choice.rule, choice.confidence,
                          action=choice.action, when=when))

    #: Nouns of a set of offices a body fills at once ("elected two deputy leaders and its other officers").
    OFFICER_NOUNS = {"officers", "officer", "executive", "deputies", "leaders", "whips", "chairs", "posts", "team",
                     "officeholders", "office-holders"}

    def _officers_chosen(self, s: Sentence, start: int, end: int) -> None:
        """"the group elected two deputy leaders and its other officers", "The group also elected a new
        executive:": a body filling offices it names only as a set. The holders the same or the next
        paragraph names in offices of that body were its choice (``officer_choice``)."""
        if not any(w in self.OFFICER_NOUNS for w in s.lower[end:min(s.n, end + 8)]):
            return
        chooser = self.subject_before(s, start, {"GROUP", "COUNCIL", "BODY", "COLLECTIVE"})
        body = self._as_body(chooser.entity) if chooser is not None and chooser.entity is not None else None
        if body is not None and body.kind in ("GROUP", "COUNCIL", "BODY"):
            action = "elect" if s.lower[start] in VOTE_VERBS else "appoint"
            when, _ = self.date_near(s, start, event=True)
            self.officer_chooser = (body, action, s.paragraph, when.day if when is not None else None)

    def officer_choice(self, s: Sentence, org: Entity, people: list[Mention], when: When | None, a: int, b: int,
                       action: str | None = None) -> None:
        """The decision of the body a sentence before said filled its offices, for people given an office of
        that body in the same or the next paragraph with no chooser of their own ("Gill Williams was chosen
        as deputy leader", "Jacob Taylor becomes the second deputy leader")."""
        if self.officer_chooser is None:
            return
        body, told, paragraph, day = self.officer_chooser
        if s.paragraph - paragraph > 1 or org != body or when is not None and day is not None and when.day != day:
            return  # (not "X was elected deputy leader in 2015": an earlier choice)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON" and not any(
                    f.relation == "decided" and f.object == p.entity for f in self.facts):
                act = action or told
                self.add(Fact("decided", body, p.entity, a, b, f"decided-{act}", 0.7, action=act, when=when))

    def _members_party(self, s: Sentence, start: int, role: Mention) -> Entity | None:
        """"members chose Councillor X of Dudley as deputy leader": a party's members elect an officer of
        their party (not of the holder's council), when the office names no organisation of its own."""
        if role.role not in ("leader", "deputy-leader", "co-leader") or \
                role.last + 1 < s.n and s.lower[role.last + 1] in ("of", "for"):
            return None
        electors = s.before(start, {"COLLECTIVE"}, limit=3)
        members = electors[-1].entity if electors else None
        if members is None or members.noun != "members" or electors[-1].last != start - 1:
            return None
        return members.party or self.linker.party_of_office()

    def with_as_after(self, s: Sentence, role: Mention, org: Entity) -> Entity | None:
        """"was installed as council leader, with Mandy Watt as his depute": the office of the one named
        after the office given, in the same organisation (within six words or names of it)."""
        k, steps = role.last + 1, 0
        while k < s.n and steps < 6 and s.lower[k] not in (",", "with", ";", "."):
            named = s.at(k)
            k, steps = (named.last if named is not None and named.first == k else k) + 1, steps + 1
        return self.with_as(s, k, org)

    def appointer(self, s: Sentence, start: int, end: int, passive: bool,
                  people: list[Mention]) -> Mention | None:
        """Who appointed: the subject of "X appointed Y" / "X named Y", or the agent of "Y was appointed
        by X". An election is no one's decision."""
        if s.lower[start] not in ("appointed", "named", "picked", "installed", "made", "nominated", "chose", "chosen",
                                  "confirmed"):
            return None  # ("the full council confirmed X as leader": its choice, an appointment)
        if passive:
            agent = self.agent(s, start, end, "appoint")
            if isinstance(agent, Mention):
                return agent
            decider = self.deciders.get(s.paragraph)
            if decider is not None:
                return Mention(0, 0, decider.label, "CONTEXT", start, start, decider)
            return None
        # "He took the seat in 2019, and Sunak made him deputy chairman": the one named after ", and"
        subject = _subject_after_and(s, start) or self.subject_before(s, start, DECIDERS | {"PERSON"}) or \
            self._role_holder(s, start)
        if subject is None or subject.entity is None or subject in people:
            return None
        holder = self._reporting_holder(s, subject) if subject.label == "PRON" else None
        if holder is not None:
            # "The Leader informed Council that he had appointed X": the Leader, not the last one named
            return Mention(subject.start, subject.end, subject.text, "CONTEXT", subject.first, subject.last, holder)
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

    def _reporting_holder(self, s: Sentence, pronoun: Mention) -> Entity | None:
        """The holder of the office that opens a sentence reporting its own act: "The Leader informed
        Council that he had appointed ...", "The Chair announced that she had named ..." (the person the
        document gave that office), or None."""
        k = pronoun.first - 1
        if k < 2 or s.lower[k] != "that":
            return None
        verb = next((v for v in range(k - 1, max(0, k - 4), -1) if s.lower[v] in REPORTING), None)
        role = s.mentions[0] if s.mentions else None
        if verb is None or role is None or role.label != "ROLE" or role.first > 1 or role.last >= verb:
            return None
        org = self.org_of_role(s, role)
        return self._latest_holder(role.role, org) if org is not None else None

    def _latest_holder(self, role: str | None, org: Entity | None) -> Entity | None:
        """The person the document last gave office ``role`` in ``org`` (in any organisation when None)."""
        return next((f.subject for f in reversed(self.facts) if f.relation == "holds_office" and f.role == role
                     and f.subject.kind == "PERSON" and (org is None or f.object == org)), None)

    def _role_holder(self, s: Sentence, start: int) -> Mention | None:
        """"the new Leader named X as her deputy", "the Prime Minister had appointed X": an office as the
        subject of an appointment stands for the one the document gave it to (the last holder of that
        office in that organisation)."""
        boundary = _clause_start(s, start)
        role = next((m for m in s.mentions if m.label == "ROLE" and m.role and boundary <= m.first and m.last < start),
                    None)
        if role is None or any(_kind(m) == "PERSON" for m in s.mentions if role.last < m.first < start):
            return None
        holder = self._latest_holder(role.role, self.org_of_role(s, role))
        if holder is None:
            return None
        return Mention(role.start, role.end, role.text, "CONTEXT", role.first, role.last, holder)

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
            if p.entity is None or p.entity.kind != "PERSON":
                continue
            if s.lower[start] == "returned" and body.entity.kind == "GROUP":
                # "have returned to the official UKIP group": back in the group, no seat won
                self.add(Fact("member_of", p.entity, body.entity, a, b, "member-returned", 0.7, when=when,
                              is_start=when is not None))
            else:
                role = seat_role(body.entity.label, body.entity.kind)
                self.add(Fact("holds_office", p.entity, body.entity, a, b, "elected-to-body", 0.8, role=role,
                              when=when, is_start=True, seat=True))

    def rule_succeed(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"She replaces Iain McNicol": remembered, so that McNicol's resignation is from that office."""
        if s.lower[start] in ("replace", "replaced") and self._replaced_with(s, start):
            return
        if s.lower[start] in ("succeeded", "replaced") and _passive(s, start) and self._succeeded_by(s, start):
            return
        successor = self.people_before(s, start)
        predecessor = s.after(end - 1, PEOPLE, limit=4)  # ("taking over from the Conservative Ian Bowyer")
        if successor and predecessor and successor[0].entity is not None and predecessor[0].entity is not None:
            office = self.offices.get(successor[0].entity.iri)
            if office is not None:
                self.offices.setdefault(predecessor[0].entity.iri, office)
            # "Sir Keir Starmer, who succeeded Corbyn as leader in April": the successor took the office
            k = predecessor[0].last + 1
            role = s.at(k + 1) if k + 1 < s.n and s.lower[k] == "as" else None
            owned = s.at(role.last + 1) if role is not None and role.label != "ROLE" and _kind(role) in ORG_KINDS and \
                role.last + 1 < s.n else None
            if owned is not None and owned.first == role.last + 1 and owned.label == "ROLE":
                role = owned  # "succeeded Alex Salmond as SNP leader": the party's office
            if s.hedged(start) or successor[0].entity.kind != "PERSON":
                return
            if role is None:
                self._predecessor_held(s, start, successor[0], predecessor[0], office)
            if role is None and self.announced is not None and self.announced[0] >= s.index - 1 and \
                    (office is None or office.role != self.announced[2]):
                # "The Plaid group has a new leader too. X, the veteran councillor, has taken over from Y":
                # the office just announced (not the seat the text gave X)
                _, org, announced = self.announced
                when, _ = self.date_near(s, start, event=True)
                a, b = self.evidence_span(s, successor[0].first, predecessor[0].last)
                self.add(Fact("holds_office", successor[0].entity, org, a, b, "office-announced", 0.7,
                              role=announced, when=when, is_start=True, seat=True))
                return
            office = self.left.get(successor[0].entity.iri) or office
            if role is None and office is not None and office.role and (
                    s.lower[start + 1:start + 2] == ["over"] or s.lower[start] in ("succeeded", "replaced")):
                # "Price took over from Leanne Wood in 2018", "X succeeded Steve Aiken in 2021": when the
                # office the text gave them began
                dated = [d for d in s.dates() if d.first > start and s.segment(d.first) == s.segment(start)
                         and not d.text.lower().startswith(("until", "since"))
                         and not any(w in ("who", "which") for w in s.lower[start:d.first])]
                if dated:
                    when = self.when_of(dated[0], s, start)
                    a, b = self.evidence_span(s, successor[0].first, dated[0].last)
                    self.add(Fact("holds_office", successor[0].entity, office.object, a, b, "office-took-over", 0.7,
                                  role=office.role, when=when, is_start=True, seat=True))
                return
            if role is None or role.label != "ROLE" or role.role is None or \
                    start >= 2 and s.lower[start - 1] == "to" and s.lower[start - 2] in TIPPED:
                return  # (nor "the favourite to succeed Ms Sturgeon as SNP leader": not done)
            org = self.org_of_role(s, role) or (self.offices[predecessor[0].entity.iri].object
                                                if predecessor[0].entity.iri in self.offices else None)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                return
            when, _ = self.date_near(s, start, event=True)
            a, b = self.evidence_span(s, successor[0].first, role.last)
            self.add(Fact("holds_office", successor[0].entity, org, a, b, "office-succeeded", 0.75, role=role.role,
                          when=when, is_start=True, seat=True))
            if predecessor[0].entity.kind == "PERSON" and predecessor[0].label != "PRON" and \
                    s.lower[start] in ("succeeded", "succeeds", "succeed", "replaced", "replaces", "replace") and \
                    not (start >= 2 and s.lower[start - 1] == "to" and
                         not any(w in SUCCESSION_VERBS | {"chose", "choose"} for w in s.lower[max(0, start - 6):start])):
                # "X succeeded Y as leader of the Labour group": Y held it before (undated: when Y began is not
                # told); not "the contest to succeed Y as chair" (none yet), but "chose X to succeed Y" (one made)
                self.add(Fact("holds_office", predecessor[0].entity, org, a, b, "office-predecessor", 0.7,
                              role=role.role, is_start=False, seat=True))

    def _succeeded_by(self, s: Sentence, start: int) -> bool:
        """"He was succeeded as leader of the council by Nick Botterill", "X was replaced as chair by Y": the
        one named after "by" took the office after "as" (else the one the document gave the one succeeded)."""
        by = next((k for k in range(start + 1, min(s.n - 1, start + 14)) if s.lower[k] == "by"), None)
        new = s.at(by + 1) if by is not None else None
        old = self.people_before(s, start)
        if new is None or new.first != by + 1 or _kind(new) != "PERSON" or new.entity is None or new.label == "PRON" \
                or not old or old[0].entity is None or s.hedged(start):
            return False
        role = s.at(start + 2) if start + 2 < s.n and s.lower[start + 1] == "as" else None
        when, _ = self.date_near(s, start, event=True)
        if role is not None and role.label == "ROLE" and role.role and role.first == start + 2 and role.last < by:
            org = self.org_of_role(s, role)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                return True
            office_role = role.role
        elif old[0].entity.iri in self.offices and self.offices[old[0].entity.iri].role:
            org, office_role = self.offices[old[0].entity.iri].object, self.offices[old[0].entity.iri].role
        else:
            return True
        a, b = self.evidence_span(s, old[0].first, new.last)
        self.add(Fact("holds_office", new.entity, org, a, b, "office-succeeded", 0.75, role=office_role, when=when,
                      is_start=True, seat=True))
        return True

    def _replaced_with(self, s: Sentence, start: int) -> bool:
        """"the Conservative group voted to replace X as its leader with Y", "Labour councillors ... voted to
        replace her with Y", "the group replaced her with Y": the body that replaced chose Y (``elect``
        after a vote, else ``appoint``) and removed X; Y takes X's office (the one after "as", else the
        one the document gave X). Cost: a look at the 16 words after the verb."""
        if s.hedged(start):
            return False
        # "voted to replace", "voted by 21 votes to 19 to replace" (not "a plan to replace")
        verb = next((k for k in range(start - 2, max(-1, start - 9), -1) if s.lower[k] in ("voted", "agreed", "decided")
                     and not any(w in (",", ";", "and") for w in s.lower[k + 1:start])), None) \
            if start and s.lower[start - 1] == "to" else None
        voted = verb is not None
        if s.lower[start] == "replace" and not voted:
            return False
        verb = start if verb is None else verb
        chooser = self.subject_before(s, verb, {"GROUP", "COUNCIL", "BODY", "PARTY", "COLLECTIVE"})
        body = self._as_body(chooser.entity) if chooser is not None and chooser.entity is not None else None
        if body is None or body.kind not in ("GROUP", "COUNCIL", "BODY"):
            return False
        old = s.after(start, PEOPLE, limit=2)
        with_at = next((k for k in range(start + 1, min(s.n - 1, start + 16)) if s.lower[k] == "with"), None)
        if with_at is None:
            return False
        named = with_at + 1
        while named < s.n and s.lower[named] in HONORIFIC_WORDS:
            named += 1  # "with Cllr Muhammed Butt"
        new = s.at(named) if named < s.n else None
        if not old or new is None or _kind(new) != "PERSON" or new.entity is None or old[0].entity is None or \
                old[0].first > with_at:
            return False
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, chooser.first, new.last)
        action = "elect" if voted and s.lower[verb] == "voted" else "appoint"
        self.add(Fact("decided", body, new.entity, a, b, f"decided-{action}", 0.7, action=action, when=when))
        if _kind(old[0]) == "PERSON":
            self.add(Fact("decided", body, old[0].entity, a, b, "decided-remove", 0.7, action="remove", when=when))
        role = next((s.at(k + 1) for k in (new.last + 1, old[0].last + 1) if k + 1 < s.n and s.lower[k] == "as"
                     and s.at(k + 1) is not None and s.at(k + 1).first == k + 1), None)  # "replace X as their leader with Y"
        if role is not None and role.label == "ROLE" and role.role:
            self.elected_to(s, start, False, [new], role, when)
        elif old[0].entity.iri in self.offices and self.offices[old[0].entity.iri].role:
            office = self.offices[old[0].entity.iri]  # "replaced her with Y": Y takes the office she held
            self.add(Fact("holds_office", new.entity, office.object, a, b, "office-replaced-with", 0.7,
                          role=office.role, when=when, is_start=True, seat=True))
        return True

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
        role = "deputy-leader" if start > 0 and s.lower[start - 1] in ("deputy", "depute") else "leader"
        self.add(Fact("holds_office", winner.entity, org, a, b, "office-won-leadership", 0.75, role=role, when=when,
                      is_start=True, seat=True))  # ("won the deputy leadership": the deputy's office)
        electors = self._meeting_of(s, end)
        if electors is not None and electors.kind == "COLLECTIVE":
            # "won the leadership, beating X in a vote of party members": the members elected the winner
            self.add(Fact("decided", electors, winner.entity, a, b, "decided-elect", 0.7, action="elect", when=when))

    def rule_led(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Claire Kober, who had led Haringey Council since 2008"; "the committee, which is chaired by Andy Kerr"."""
        if s.hedged(start):
            return
        word = s.lower[start]
        role = "chair" if word.startswith("chair") else "leader"
        # "led on an acting basis by X": by the one who stands in (printed as an acting leader)
        by = start + 5 if start + 5 < s.n and s.lower[start + 1] == "on" and s.lower[start + 2] in ("a", "an") and \
            s.lower[start + 4] == "basis" else start + 2 if s.lower[start + 1:start + 3] == ["locally", "by"] else start + 1
        if by < s.n and s.lower[by] in ("at", "in"):
            # "led at Stormont by X", "led in the Senedd by X": where is said before by whom
            by = next((k for k in range(by + 1, min(s.n, by + 5)) if s.lower[k] == "by"
                       and not set(s.lower[by + 1:k]) & {",", ";", "and", "who", "which"}), by)
        if by < s.n and s.lower[by] == "by":
            # "led by Jane Doe", "led by the former Derby North MP Chris Williamson" (past a description)
            stop = next((k for k in range(by + 1, s.n) if s.lower[k] in (",", ";", ".", "and", "who", "which")), s.n)
            person = next((m for m in s.after(by, PEOPLE, limit=8) if m.first < stop and m.label != "PRON"), None)
            k = by + 1 + (1 if by + 1 < s.n and s.lower[by + 1] in ("the", "its", "their") else 0)
            office = s.at(k) if k < s.n else None
            if person is None and office is not None and office.label == "ROLE" and office.last + 2 < s.n and \
                    s.lower[office.last + 1] == ",":
                # "chaired by the party president, Mark Pack": the person the office names in apposition
                named = s.at(office.last + 2)
                person = named if named is not None and _kind(named) == "PERSON" and named.label != "PRON" else None
            org = _described_before(s, start) or next(iter(s.before(start, ORG_KINDS - {"COLLECTIVE"}, limit=6)), None)
            if org is not None and _kind(org) == "COUNCIL" and org.first >= 2 and s.lower[org.first - 1] in ("on", "in"):
                group = s.at(org.first - 2)
                if group is not None and group.last == org.first - 2 and _kind(group) == "GROUP":
                    org = group  # "The SNP group on the council is led by X": the group, not the council
            led = org.entity if org is not None else None
            if start > 0 and s.lower[start - 1] == "administration" and role == "leader":
                # "the Conservative minority administration led by Councillor X": the council's leader, the
                # party the administration's
                led = self.linker.council_in_context()
                org = org or s.at(start - 1) or Mention(0, 0, "", "CONTEXT", start - 1, start - 1, led)
            counted = next(iter(s.before(start, {"PARTY"}, limit=3)), None)
            owner = next(iter(s.before(start, {"PARTY"}, limit=5)), None)
            if owner is not None and (_s_group(s, owner) or s.lower[start + 1] == "locally"):
                # "Labour's group, led by X", "Labour, led locally by X": its group on the council in context
                group = self._party_s_group(s, owner) if _s_group(s, owner) else self._party_group_here(owner)
                org, led = (owner, group.entity) if group is not None else (org, led)
            elif counted is not None and counted.first >= 1 and \
                    (s.lower[counted.first - 1].isdigit() or s.lower[counted.first - 1] in NUMBER_WORDS):
                # "the nine Conservatives, led by Hugh Jones": their group on the council in context
                group = self._party_group_here(counted)
                org, led = (counted, group.entity) if group is not None else (org, led)
            members = next(iter(s.before(start, ORG_KINDS, limit=3)), None)
            if members is not None and members.entity is not None and members.entity.kind == "COLLECTIVE" and \
                    members.entity.party is not None and members.entity.noun == "councillors":
                # "the nine Labour councillors, led by Dennis Goldie": their group on the council in context
                council = members.entity.council or self.linker.council_in_context()
                led = self.linker.council_group(members.entity.party, council) if council is not None else None
                org = members
            if person is None or org is None or person.entity is None or led is None:
                return
            a, b = self.evidence_span(s, org.first, person.last)
            self.add(Fact("holds_office", person.entity, led, a, b, f"{role}ed-by", 0.8, role=role,
                          is_start=False, seat=True))
            self.with_as(s, person.last + 1, led)
            return
        if word in ("leading",):
            return
        if self._led_relative(s, start) or self._opposition_led(s, start) or self._administration_led(s, start) or \
                role == "chair" and self._unnamed_body_chaired(s, start):
            return
        owner = s.at(start + 1) if start + 3 < s.n else None
        if owner is not None and owner.first == start + 1 and _kind(owner) == "PARTY" and _s_group(s, owner):
            org = self._party_s_group(s, owner)  # "leads Sinn Féin's group on the council"
        else:
            org = _head_after(s, start, {"COUNCIL", "PARTY", "BODY", "GROUP"}, limit=3)
        if org is None or org.first > start + 2:
            org = self._council_by_noun(s, start + 1) or org  # "who had led the city since 2019"
        named = s.at(org.last + 1) if org is not None and _kind(org) == "COUNCIL" and org.last + 1 < s.n else None
        if named is not None and named.label == "GROUP" and named.entity is not None:
            org = named  # "leads the Highland Independent Group": the group the council's name begins
        elif named is not None and _kind(named) == "PARTY" and named.entity is not None and named.first == org.last + 1:
            # "chairs Camden Green Party": the party's local party of that place, an organisation of its own
            local = self.linker.organisation(f"{org.text} {named.text}", "BODY")
            org = Mention(org.start, named.end, local.label, "CONTEXT", org.first, named.last, local)
        local = org is not None and _kind(org) == "PARTY" and org.first >= 2 and \
            s.lower[org.first - 1] in ("'s", "’s") and s.lower[org.first - 2] in PLACE_NOUNS
        if org is not None and any(s.at(k) is None and s.words[k].isalpha() and s.words[k].islower()
                                   and s.lower[k] not in DETERMINER_WORDS | {"both"} | GROUP_DESCRIBING
                                   and not (s.lower[k] in PLACE_NOUNS and (local or s.lower[k + 1] in ("'s", "’s")))
                                   for k in range(start + 1, org.first)):
            return  # "led earlier interventions at Slough": the organisation is not what was led
        if org is not None and _kind(org) == "PARTY" and org.last + 1 < s.n and s.title(org.last + 1) and \
                s.at(org.last + 1) is None:
            return  # "chairs Labour Friends of Israel": the party begins another body's name
        plural = org is not None and _kind(org) == "PARTY" and org.text.lower().split()[-1] in PLURAL_PARTY_NOUNS and \
            not (org.last + 1 < s.n and s.lower[org.last + 1] in ("at", "in", "on"))
        if org is not None and (local or plural or org.last + 1 < s.n and s.lower[org.last + 1] == "opposition"):
            # "leads the city's Liberal Democrats", "leads the Conservative opposition", "who leads the
            # Conservatives" (the party's members, not the party): the party's group on the council in context
            org = self._party_group_here(org) or org
        elif org is not None and _kind(org) == "PARTY" and org.entity is not None and org.last + 2 < s.n and \
                s.lower[org.last + 1] in ("on", "at") and (council := s.at(org.last + 2)) is not None and \
                council.entity is not None and _kind(council) == "COUNCIL":
            # "leads the Conservatives on Bedford Borough Council": the party's group there
            group = self.linker.council_group(org.entity, council.entity, org.text.removeprefix("the "))
            org = Mention(org.start, council.end, group.label, "CONTEXT", org.first, council.last, group)
        people = self.people_before(s, start)
        k = start - 1
        while k > 0 and s.lower[k] in ("has", "had", "have", "also"):
            k -= 1
        if k >= 2 and s.lower[k] == "who" and s.lower[k - 1] == "," and s.at(k - 2) is not None and \
                _kind(s.at(k - 2)) == "PERSON":
            people = [s.at(k - 2)]  # "Slater and Patrick Harvie, who led the party": Harvie
        if org is None or org.entity is None or not people:
            return
        led_all = [org] + self._also_led(s, org)
        for led in led_all:
            # "led the group since 2007 and the council since 2011": each its own date; "led the group
            # and the council since 2018": the one date of both
            since = [d for d in s.dates() if d.first > led.last and d.text.lower().startswith(("since", "from"))
                     and not _new_clause(s, led_all[-1].last + 1, d.first)]
            since = [d for d in since if d.first == led.last + 1] or [d for d in since if d.first > led_all[-1].last]
            when = self.when_of(since[0], s, start) if since else None
            a, b = self.evidence_span(s, people[0].first, since[0].last if since else led.last)
            for p in people:
                if p.entity is not None and p.entity.kind == "PERSON":
                    self.add(Fact("holds_office", p.entity, led.entity, a, b, f"{role}-since", 0.8, role=role,
                                  when=when, is_start=when is not None, seat=True))

    def _council_by_noun(self, s: Sentence, k: int) -> Mention | None:
        """"the city", "the authority" at ``k``: the council in context, as a mention-like (not "the town's
        Conservative group", nor a noun the text names as something else); None otherwise."""
        if s.lower[k:k + 1] != ["the"] or k + 1 >= s.n or s.lower[k + 1] not in PLACE_NOUNS | {"authority"} or \
                s.at(k + 1) is not None or s.lower[k + 2:k + 3] in (["'s"], ["’s"]):
            return None
        here = self.linker.council_in_context()
        return Mention(0, 0, here.label, "CONTEXT", k, k + 1, here) if here is not None else None

    def _led_relative(self, s: Sentence, start: int) -> bool:
        """"X began her career on Croydon Council, which she led for a year": the sentence's first person
        (named, not a pronoun) led the organisation the relative clause hangs on; dated only by a "from"
        or "since" right after the verb. True when the words are this clause."""
        if start < 4 or s.lower[start - 1] not in ("he", "she") or s.lower[start - 2] != "which" or \
                s.lower[start - 3] != ",":
            return False
        org = s.at(start - 4)
        if org is None or org.last != start - 4 or org.entity is None or _kind(org) not in ("COUNCIL", "PARTY", "GROUP"):
            return True
        person = next((m for m in s.mentions if m.first < org.first and _kind(m) == "PERSON" and m.label != "PRON"
                       and m.entity is not None), None)
        if person is None:
            return True
        since = [d for d in s.dates() if d.first == start + 1 and d.text.lower().startswith(("since", "from"))]
        when = self.when_of(since[0], s, start) if since else None
        a, b = self.evidence_span(s, person.first, since[0].last if since else start)
        self.add(Fact("holds_office", person.entity, org.entity, a, b, "leader-since", 0.75, role="leader", when=when,
                      is_start=when is not None, seat=True))
        return True

    def _unnamed_body_chaired(self, s: Sentence, start: int) -> bool:
        """"Tim Yeo, who chairs the Commons energy and climate change committee", "Damian Green, who chairs
        the One Nation caucus": a body the graph does not know, named by the words after "the" up to a body's
        head noun (at most eight, no mention among them but a party or a place), is minted and chaired. True
        when the words are this clause."""
        k = start + 1
        if k >= s.n or s.lower[k] != "the":
            return False
        head = next((j for j in range(k + 1, min(s.n, k + 9)) if s.lower[j] in CHAIRED_HEADS), None)
        # (no clause between, commas being a name's: "the Commons culture, media and sport committee", not "the
        # group, which set up a committee"; no person, council or body named in it, nor right after the head)
        if head is None or any(s.lower[j] in (";", "who", "which", "that") for j in range(k + 1, head)) or \
                any((m := s.at(j)) is not None and _kind(m) not in ("PARTY", "PLACE", "ORG", "NAME")
                    for j in range(k + 1, head + 1)) or s.at(head + 1) is not None and s.lower[head + 1] != "of":
            return False
        people = [m for m in self.people_before(s, start) if m.label != "PRON" and _kind(m) == "PERSON"]
        if not people or people[0].entity is None:
            return True
        body = self.linker.organisation(" ".join(s.words[k + 1:head + 1]).replace(" ,", ","), "BODY")
        a, b = self.evidence_span(s, people[0].first, head)
        self.add(Fact("holds_office", people[0].entity, body, a, b, "chair-since", 0.7, role="chair",
                      is_start=False, seat=True))
        return True

    def _administration_led(self, s: Sentence, start: int) -> bool:
        """"Kevin Keenan, who led the outgoing Labour administration", "X, who led the previous minority
        administration for five years": X leads (or led) the council in context (undated: when is not told).
        True when the words are this clause."""
        k = start + 1
        while k < s.n and (s.lower[k] in ("the", "a", "an", "its", "outgoing", "previous", "former", "minority",
                                          "majority", "coalition", "joint") or
                           s.at(k) is not None and _kind(s.at(k)) == "PARTY"):
            k += 1
        if k >= s.n or s.lower[k] != "administration" or k == start + 1:
            return False
        council = self.linker.council_in_context()
        people = [m for m in self.people_before(s, start) if m.label != "PRON" and _kind(m) == "PERSON"]
        if council is None or not people or people[0].entity is None:
            return True
        a, b = self.evidence_span(s, people[0].first, k)
        self.add(Fact("holds_office", people[0].entity, council, a, b, "leader-ran", 0.7, role="leader",
                      is_start=False, seat=True))
        return True

    def _opposition_led(self, s: Sentence, start: int) -> bool:
        """"X has led the opposition on Lambeth Council since May": X is leader of the opposition on that
        council (dated by a "since" or "from" after it). True when the words are this clause."""
        if s.lower[start + 1:start + 3] != ["the", "opposition"] or start + 4 >= s.n or \
                s.lower[start + 3] not in ("on", "in"):
            return False
        council = s.at(start + 4)
        people = [m for m in self.people_before(s, start) if m.label != "PRON" and _kind(m) == "PERSON"]
        if council is None or council.first != start + 4 or _kind(council) != "COUNCIL" or council.entity is None \
                or not people:
            return True
        since = [d for d in s.dates() if d.first == council.last + 1 and d.text.lower().startswith(("since", "from"))]
        when = self.when_of(since[0], s, start) if since else None
        a, b = self.evidence_span(s, people[0].first, since[0].last if since else council.last)
        self.add(Fact("holds_office", people[0].entity, council.entity, a, b, "leader-since", 0.75,
                      role="leader-of-the-opposition", when=when, is_start=when is not None, seat=True))
        return True

    def _party_s_group(self, s: Sentence, party: Mention) -> Mention | None:
        """"Sinn Féin's group on the council", "Labour's group": the party's group on the council named after
        "on" or "in", else on the council in context, as a mention spanning "X's group"; None for a council
        the graph does not know ("the party's group on the Vale council")."""
        on = party.last + 3 < s.n and s.lower[party.last + 3] in ("on", "in")
        council = s.at(party.last + 4) if on and party.last + 4 < s.n else None
        if on and (council is None or _kind(council) != "COUNCIL" or council.entity is None):
            return None
        group = self._party_group_here(party, council.entity if council is not None else None)
        return group and Mention(group.start, s.char_end(party.last + 2), group.text, "CONTEXT", group.first,
                                 party.last + 2, group.entity)

    def _party_group_here(self, party: Mention, council: Entity | None = None) -> Mention | None:
        """The party's group on ``council`` or else the council the story is about, as a mention spanning
        the party's words; None when no council is in context."""
        council = council or self.linker.council_in_context()
        if council is None or party.entity is None:
            return None
        group = self.linker.council_group(party.entity, council, party.text.removeprefix("the "))
        return Mention(party.start, party.end, group.label, "CONTEXT", party.first, party.last, group)

    def led_under(self, s: Sentence) -> None:
        """"The Alliance Party, under Naomi Long, won ...", "Under Jeremy Corbyn, Labour ...": the one a
        party or group is under leads it. Only a person named just after "under", next to the party
        ("under pressure", "under the rules", "under Labour's rules" name no one). Not a trigger word:
        "under the party's constitution" starts no relation. Cost: a look only at "under"."""
        for start in s.positions(("under",)):
            self._led_under(s, start)

    def _led_under(self, s: Sentence, start: int) -> None:
        person = s.at(start + 1) if start + 1 < s.n else None
        if person is None or person.first != start + 1 or _kind(person) != "PERSON" or person.label == "PRON" or \
                person.entity is None or person.last + 1 >= s.n or s.lower[person.last + 1] != ",":
            return
        if start >= 2 and s.lower[start - 1] == ",":
            org = s.at(start - 2)  # "The Alliance Party, under Naomi Long, ..."
        elif start == 0 or s.lower[start - 1] in (",", ";", "but", "and"):
            k = person.last + 2 + (1 if person.last + 2 < s.n and s.lower[person.last + 2] == "the" else 0)
            org = s.at(k) if k < s.n else None  # "Under Jeremy Corbyn, Labour ..."
        else:
            return
        if org is None or org.entity is None or org.entity.kind not in ("PARTY", "GROUP"):
            return
        a, b = self.evidence_span(s, min(org.first, start), max(org.last, person.last))
        self.add(Fact("holds_office", person.entity, org.entity, a, b, "led-under", 0.6, role="leader",
                      is_start=False, seat=True))

    def with_as_anywhere(self, s: Sentence) -> None:
        """"an SNP minority administration, with Mark Macmillan as council leader", "will sit as the
        Brexit Party group, with Mark Reckless AM as its leader", "with Councillor Mary Evans as Deputy
        Leader of Suffolk County Council": B holds the office named after "as", in the organisation the
        office names, else (after "its" / "their") the council group the clause named last, else the
        council in context (never a party or group guessed from context). Cost: a look at each "with"."""
        for k in range(s.n - 3):
            if s.lower[k] == "with" and (s.at(k + 1) is None or s.at(k + 1).label != "PRON"):
                self.with_as(s, k, None)

    def with_as(self, s: Sentence, k: int, org: Entity | None) -> Entity | None:
        """"chaired by A, with B as its deputy chairman", "led by A, with B as her deputy", "with B as
        secretary": B holds the office named after "as" in the organisation just said to be led or
        chaired (the office is read right after the leader, within the same clause); with no ``org``,
        see :meth:`with_as_anywhere`. Returns B, if read."""
        if k < s.n and s.lower[k] == ",":
            k += 1
        if k + 3 >= s.n or s.lower[k] != "with":
            return None
        said = k  # the quote opens at "with"
        title = s.at(k + 1)
        if org is None and title is not None and title.label == "ROLE" and title.role == "councillor" and \
                title.first == title.last == k + 1:
            k += 1  # "with Councillor Colin Hay as deputy group leader"
        person = s.at(k + 1)
        if (person is None or person.first != k + 1 or person.label == "PRON") and \
                s.lower[k + 1] in ("his", "her", "their", "its"):
            # "with his Labour counterpart, Cammy Day, as depute leader": the name after the description
            comma = next((j for j in range(k + 2, min(s.n - 1, k + 6)) if s.lower[j] == ","), None)
            person = s.at(comma + 1) if comma is not None else None
            if person is None or person.first != comma + 1 or person.last + 1 >= s.n or s.lower[person.last + 1] != ",":
                return None
            k = person.first - 1
        if person is None or person.first != k + 1 or _kind(person) != "PERSON" or person.entity is None:
            return None
        j = person.last + 1 + (person.last + 1 < s.n and s.lower[person.last + 1] == "," and person.first > 0
                               and s.lower[person.first - 1] == ",")
        if j >= s.n or s.lower[j] != "as":
            return None
        j += 1
        possessive = s.lower[j] if j < s.n else ""
        if j < s.n and s.lower[j] in ("its", "their", "her", "his") and (s.at(j) is None or s.at(j).label == "PRON"):
            j += 1  # "with B as its secretary"
        role = s.at(j) if j < s.n else None
        if role is None or role.label != "ROLE" or role.role is None or role.role in SEAT_ROLES:
            return None
        words = s.lower[role.first:role.last + 1]
        if org is None:
            if possessive in ("her", "his") or role.role == "councillor" or s.hedged(said):
                return None  # "with B as her deputy": someone's deputy, another rule's
            owner = next(iter(s.before(said, {"GROUP"}, limit=12)), None) if possessive in ("its", "their") \
                else None
            named = any(w in ("of", "for") for w in words)
            org = owner.entity if owner is not None else self.org_of_role(s, role)
            if org is None or not (owner is not None or org.kind == "COUNCIL" and "group" not in words or
                                   named and org.kind in ("GROUP", "BODY", "PARTY")):
                return None  # (not a party or group guessed from context: "with X as leader")
        elif any(w in ("of", "for") for w in words):
            return  # "with B as leader of the council": an office of its own, read by the apposition rules
        a, b = self.evidence_span(s, said, role.last)
        self.add(Fact("holds_office", person.entity, org, a, b, "office-with-as", 0.7, role=role.role,
                      is_start=False, seat=True))
        return person.entity

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
                or other.first != k or other.last + 1 < s.n and s.title(other.last + 1) and s.at(other.last + 1) is None:
            return []  # (not "Green Party" of "Green Party Women": a longer name the graph does not know)
        return [other]

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

    def rule_serving(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Mike Russell ... is serving as interim chief executive"."""
        if s.hedged(start, 3) or any(w in ("never", "not") for w in s.lower[max(0, start - 2):start]):
            return  # (nor "never served as a minister", "chose not to become First Minister")
        if s.lower[start] == "acting" and start > 0 and s.lower[start - 1] in ("the", "a", "an", "its", "their", ","):
            return  # "X, the acting Commissioner for Standards": an adjective of the office, read as apposition
        k = end
        if k + 1 < s.n and s.lower[k] == "in" and "as" in s.lower[k + 1:k + 5]:
            k = s.lower.index("as", k + 1)  # "remains in the Cabinet as Cabinet Secretary for Finance"
        if k < s.n and s.lower[k] == "as":
            k += 1
        owner = s.at(k) if k < s.n else None
        if owner is not None and _kind(owner) == "PERSON" and owner.last + 2 < s.n and \
                s.lower[owner.last + 1] in ("'s", "’s"):
            k = owner.last + 2  # "stays on as Aitken's deputy leader of the council": the role after
        owned_by = None
        owner = s.at(k + 1) if k + 2 < s.n and s.lower[k] == "the" and s.lower[k + 2] in ("'s", "’s") else None
        if owner is not None and owner.last == k + 1 and owner.entity is not None and \
                owner.entity.kind in ("COUNCIL", "PARTY", "GROUP", "BODY"):
            # "became the council's first female leader": the office is the council's ("'s" is skipped below)
            k, owned_by = owner.last + 1, owner.entity
        elif k + 2 < s.n and s.lower[k] == "the" and s.lower[k + 1] in PLACE_NOUNS and s.lower[k + 2] in ("'s", "’s") \
                and s.at(k + 1) is None and (council := self.linker.council_in_context()) is not None:
            k, owned_by = k + 2, council  # "became the borough's first directly elected mayor": the council's
        elif (named := s.at(k)) is not None and named.first == k and _kind(named) == "COUNCIL" and \
                named.entity is not None and named.last + 1 < s.n and s.lower[named.last + 1] in ("'s", "’s"):
            k, owned_by = named.last + 1, named.entity  # "became Middlesbrough's first elected mayor"
        its = s.at(k) if k < s.n and s.lower[k] in ("its", "their") else None
        owned = its.entity if its is not None and its.entity is not None and \
            its.entity.kind in ORG_KINDS - {"COLLECTIVE"} else owned_by  # "became its first directly elected mayor"
        k += owned is not None
        while k < s.n and s.lower[k] in ROLE_OPENERS and s.at(k) is None:
            k += 1  # "becomes the second deputy leader", "becomes our first deputy leader"
        party = self.linker.party_in_context() if k < s.n and s.lower[k] == "party" and s.at(k) is None else None
        k += party is not None  # "becomes party chairwoman": the party the story is about
        role = s.at(k) if k < s.n else None
        named: Entity | None = owned or party
        if role is not None and role.label != "ROLE" and role.entity is not None and \
                role.entity.kind in ORG_KINDS - {"COLLECTIVE"} and role.last + 1 < s.n and \
                role.entity.label.lower() not in ("party", "council", "group"):
            # "becomes the SNP spokesperson for justice": the organisation names the office (not "a Labour
            # councillor", "a Labour member": the party the holder belongs to)
            named, role = role.entity, s.at(role.last + 1)
            if role is not None and role.label == "ROLE" and (role.role in ("member", "councillor") or
                                                              _council_role(role.role or "")):
                return
        # "Duggins, who had served as Mutton's deputy, lost his post as ...": the one the aside is on
        people = _before_aside_who(s, start) or self.people_before(s, start) or self._aside_subject(s, start)
        if role is None or role.label != "ROLE" or role.role is None or not people or people[0].entity is None or \
                role.role in SEAT_ROLES or owned_by is not None and role.role == "candidate":
            return  # "has been an MSP since 2003": a seat as background; "became the party's candidate": no office
        if len(people) > 1 and people[-1].label != "PRON":
            people = [p for p in people if p.label != "PRON"]  # "Alongside her, X becomes ...": X
        if named is None and "mayor" in role.role and s.lower[k - 1] in ("first", "second", "third") and \
                not (role.last + 1 < s.n and s.lower[role.last + 1] == "of"):
            return  # "became the first mayor": of a new authority the sentence may not name
        org = named or self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"} and not (org.kind == "PLACE" and role.role in SEAT_ROLES):
            return
        when, last = None, role.last
        if s.lower[start] in ("becomes", "became", "joins", "joined") and s.inherit is not None and not s.dates():
            # "X becomes deputy leader" after "At the meeting yesterday, Y was elected leader": an office
            # taken up, on the day the paragraph tells
            when = s.inherit
        elif s.lower[start] == "became" and s.dates():
            # "a year later he became leader of the group", "became a minister in 2011": taken up then
            when, _ = self.date_near(s, start, since=False, event=True)
        elif s.lower[start] in ("took", "served") and (taken := next((
                d for d in s.dates() if role.last < d.first <= role.last + 4 and d.text.lower().startswith(("in ", "from "))
                and not any(w in (",", ";", "and", "who", "which") for w in s.lower[role.last + 1:d.first])), None)):
            # "took over as council leader in 2010", "served as Mayor of Dover from 1993 to 1995": the year
            # the office was taken up
            when = self.when_of(taken, s, start)
        # "had been acting leader since ...", "had been the MP for Streatham since 2010"
        since = next((k for k in range(role.last + 1, min(s.n, role.last + 6)) if s.lower[k] == "since"
                      and not any(s.lower[x] in (",", ";") for x in range(role.last + 1, k))), None)
        if since is not None:  # "had been acting leader since Ed Miliband resigned in May"
            dated = next((d for d in s.dates() if d.first >= since and s.segment(since) == s.segment(d.first)), None)
            if dated is not None and not dated.text.lower().startswith("since") or dated is not None:
                when, last = self.when_of(dated, s, dated.first), dated.last
        a, b = self.evidence_span(s, start, last)
        # "became Depute Provost": an office taken up (dated by the story's day if the text gives none)
        begun = when is not None or s.lower[start] in ("became", "becomes")
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org, a, b, "office-serving", 0.7, role=role.role, when=when,
                              is_start=begun, seat=True))
        if s.lower[start] in ("becomes", "became"):
            self.with_as_after(s, role, org)  # "becomes leader of the council, with Y as depute leader"
            self.officer_choice(s, org, people, when, a, b)

    @staticmethod
    def _aside_subject(s: Sentence, start: int) -> list[Mention]:
        """"X, the Bolton MP who had been speaking on health, becomes spokesperson for ...": the person
        an aside closed just before the verb describes (``_passive_subject``), for a verb whose clause
        names no one."""
        if start == 0 or s.lower[start - 1] != ",":
            return []
        person = _passive_subject(s, start)
        return [person] if person is not None and _kind(person) == "PERSON" else []

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


def _respective_roles(s: Sentence, role: Mention | None, count: int) -> list[Mention]:
    """The offices listed from ``role`` ("Leader and Depute Leader of the Council respectively"), one for
    each of ``count`` people in order, when the sentence says "respectively" after them; else []."""
    if role is None or count < 2 or "respectively" not in s.lower[role.last + 1:]:
        return []
    listed = [role]
    k = role.last + 1
    while k < s.n and s.lower[k] in (",", "and"):
        nxt = s.at(k + 1) if k + 1 < s.n else None
        if nxt is None or nxt.label != "ROLE" or nxt.first != k + 1:
            break
        listed.append(nxt)
        k = nxt.last + 1
    return listed if len(listed) == count else []


#: Verbs of a choice that "as their three candidates" or "to stand" makes a selection of candidates.
CHOOSING_CANDIDATES = {"chose", "chosen", "picked", "selected", "choose", "pick", "select", "reselected"}


def _as_candidates(s: Sentence, k: int) -> Mention | None:
    """"chose A, B and C as their three candidates", "picked A and B to stand alongside the leader": the
    people chosen before ``k`` are candidates. A mention standing for the role (its last token where the
    words end), or None."""
    j = k + 1
    if s.lower[j:j + 2] == ["to", "stand"]:
        return Mention(0, 0, "candidate", "ROLE", j, j + 1, role="candidate")
    if j >= s.n or s.lower[j] != "as":
        return None
    j += 1
    while j < s.n and (s.lower[j] in ("the", "their", "its", "his", "her", "our") or s.lower[j] in NUMBER_WORDS
                       or s.lower[j].isdigit()):
        j += 1
    return Mention(0, 0, "candidate", "ROLE", k + 1, j, role="candidate") \
        if j < s.n and s.lower[j] == "candidates" else None
