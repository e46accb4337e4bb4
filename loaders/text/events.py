"""Relation rules for events: resignations, defections, the whip, decisions about people, and bars.

"resigned", "stood down", "quit" (``rule_resign``: the office or body left, the cabinet, the whip
given up); a defection from one party to another (``rule_defect``); the whip withdrawn, suspended or
restored (``rule_whip``); a body's decision about a person or a body: suspended, expelled, selected,
deselected, investigated, removed, an intervention (``rule_decide``, ``removed_from``), including by a
noun ("his suspension", "confirmed the intervention") and its reversal ("lifted his suspension"); and
a bar from standing (``rule_bar``).

A decision about a list of people ("suspended A, B and C") is one fact per person.
"""

from __future__ import annotations

import re

from rdflib.namespace import ORG

from ...ontology import uris
from .dates import When
from .linking import ORG_KINDS, Entity, Linker, Mention
from .reference import event_person, reported_speaker
from .sentence import (
    Fact,
    Sentence,
    _clause_end,
    _clause_start,
    _coordinated_from,
    _kind,
    _modal_before,
    _noun_follows,
    _passive,
    _passive_subject,
    _people_listed,
    _portfolio,
    _present,
    _refused,
)
from .stances import _statement_iri
from .words import (
    _VERB_GROUP,
    BE,
    DECIDERS,
    DETERMINER_WORDS,
    GO_WORDS,
    GOVERNMENT_ROLES,
    HONORIFIC_WORDS,
    INCLUDE_WORDS,
    LEADING_ROLES,
    NEGATION,
    OBJECT_FOLLOWERS,
    TARGETS,
)

#: Roles that are a seat in a parliament: "the MP for X" names a constituency.
#: Words after a place that make it a parliamentary seat: "his North Down seat".
SEAT_WORDS = {"seat", "seats", "constituency", "constituencies"}
#: Decisions a party takes about its own members and candidates (the party the document is about,
#: when a passive sentence names no one: "Corbyn had been suspended pending an investigation").
PARTY_ACTIONS = {"suspend", "expel", "select", "deselect", "investigate"}
#: Triggers too common in other senses to take a far object: the object must follow at once.
WEAK = {"ended", "terminated", "accepted", "accept", "accepts", "refused", "refuses", "named", "agreed"}
WHIP_VERBS = {"withdrawn", "withdrew", "withdraw", "withdrawing", "removed", "remove", "removing", "suspended",
              "suspend", "lost", "loses", "stripped", "strip"}
WHIP_RESTORED = {"restored", "restore", "restores", "regained", "returned", "given"}
#: "gave up the whip", "had given up the leadership".
GIVE_UP = {"given", "gave", "give", "gives", "giving"}
#: A party's leading offices: "stood down as leader" in a party's story is the party's.
PARTY_LEADERS = {"leader", "deputy-leader", "co-leader", "party-leader"}
#: Words that name a legislature, whose "Leader" a party's leader is not: "the Assembly".
LEGISLATURES = {"assembly", "parliament", "senedd", "commons", "lords"}
#: Verbs of a wish or an offer before "to resign": "wished to resign", "offered to stand down" (not done).
DESIRES = {"wish", "wishes", "wished", "want", "wanted", "hope", "hopes", "hoped", "offer", "offers", "offered",
           "offering", "willing", "ready", "prepared", "keen", "intended", "planned", "planning", "considering"}
#: Words that tell a motion failed: "the motion was defeated", "the motion fell", "was not carried".
MOTION_FAILED = {"defeated", "lost", "rejected", "fell", "falls", "carried", "passed"}
#: Words that open a condition or a means not taken: "if the councillors asked him to", "without asking them".
CONDITIONS = {"if", "unless", "without"}
#: "gave up the post", "had given up the job": the office the story is about.
POST_NOUNS = {"post", "job", "role", "position", "leadership"}


def _the_post(s: Sentence, end: int) -> bool:
    """"gave up the post", "given up the leadership": an office named by a common noun."""
    return end + 1 < s.n and s.lower[end] in ("the", "his", "her", "their") and s.lower[end + 1] in POST_NOUNS


class EventRules:
    """Rules for resignations, defections, the whip, decisions and bars."""

    def rule_resign(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"X resigned as leader of Y", "X has left the party", "walked out of the Labour group", "had
        given up the Labour whip", "Those leaving are A, B and C": X (each of A, B, C) resigned from the
        organisation left, or whose office was given up."""
        if s.hedged(start, 4) or s.requested(start) or _modal_before(s, start) or _refused(s, start):
            return
        if start > 1 and s.lower[start - 1] == "to" and s.lower[start - 2] in DESIRES:
            return  # "he wished to resign", "offered to stand down": wanted or offered, not done
        if start > 0 and s.lower[start - 1] == "by" and any(w in NEGATION for w in s.lower[max(0, start - 8):start]):
            return  # "he would not betray those members by resigning": the means of something not done
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
        elif (first_person := self.letter.subject(s, start)) is not None:
            # "..., and I am also stepping down as deputy leader": the letter's writer, not a name before
            subjects = [first_person]
        elif (reported := self._reported_subject(s, start)) is not None:
            # "X, who announced that she was standing down": the speaker, not a person the clause hangs on
            subjects = [reported]
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
            org = self._party_office_left(s, target, org)
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
        # "X resigned first thing, followed by the schools minister, Y, and Z": they left it too
        subjects = subjects + [m for m in _followed_by(s, end) if m.entity not in [p.entity for p in subjects]]
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

    def resignation_of(self, s: Sentence) -> None:
        """A resignation told as a noun: "following the resignation of Councillor X", "after the
        resignation of X as leader of the council", "since X's resignation". The organisation as for a
        verb: the office named after "as", else the one the document gave X, else a leading office the
        sentence gives another (a leader's predecessor left it). Hedged ("a call for the resignation of X") or
        requested resignations give nothing."""
        for k in range(1, s.n - 1):
            if s.lower[k] not in ("resignation", "departure"):
                continue
            person = None
            if s.lower[k + 1] == "of":
                j = k + 2
                while j < s.n and s.lower[j] in HONORIFIC_WORDS:
                    j += 1
                m = s.at(j) if j < s.n else None
                person = m if m is not None and m.first in (k + 2, j) else None
                end = m.last + 1 if person is not None else k + 1
            else:
                # "X's resignation", "X's abrupt resignation": the possessor, past up to two describing words
                j = k - 1
                while j > k - 3 and j > 0 and s.words[j].isalpha() and s.words[j].islower() and s.at(j) is None:
                    j -= 1
                if j >= 1 and s.lower[j] in ("'s", "’s"):
                    person, end = s.at(j - 1), k + 1
            if person is None or _kind(person) != "PERSON" or person.label == "PRON" or person.entity is None:
                continue
            if s.hedged(k) or any(w in REQUEST_NOUNS for w in s.lower[max(0, k - 4):k]):
                continue
            org = self._org_left(s, person, end)
            if org is None:
                continue
            when, _ = self.date_near(s, k, since=False, event=True)
            a, b = self.evidence_span(s, min(k, person.first), max(k, person.last))
            self.add(Fact("resigned", person.entity, org, a, b, "resigned-noun", 0.75, when=when, is_start=False))

    def _org_left(self, s: Sentence, person: Mention, end: int) -> Entity | None:
        """What ``person`` left, read from ``end``: "as leader of X" (the office's organisation), else the
        office the document gave them, else a leading office this sentence gives another."""
        j = end
        while j < s.n and s.lower[j] in ("as", "the", "a"):
            j += 1
        target = s.at(j) if j < s.n and j > end and s.lower[end] == "as" else None
        if target is not None and target.label == "ROLE":
            org = self._office_held(s, person, target) or self.org_of_role(s, target)
            if org is not None:
                return org
        office = self.offices.get(person.entity.iri)
        if office is not None:
            return office.object
        # "X, Leader of the Council, who took up the post following the resignation of Y": an office told in
        # this sentence (further back, a passing resignation is too often of something else)
        if self.last_office is not None and self.last_office.role in LEADING_ROLES and \
                self.last_office.subject != person.entity and self.last_office.start >= s.char(0):
            return self.last_office.object
        return None

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

    def _party_office_left(self, s: Sentence, role: Mention, org: Entity | None) -> Entity | None:
        """"X stood down as depute leader" in a story about a party, with no council in it: the party's
        office, not a council or a parliament the text named in passing (a council story, a sentence that names that
        council, or a role that says whose it is ("leader of X", "X's leader") keeps ``org``)."""
        topic = self.linker.topic
        legislature = org is not None and any(w in LEGISLATURES for w in org.label.lower().split())
        if topic is None or self.linker.home is not None or org is None or \
                (org.kind in ("PARTY", "GROUP", "BODY") and not legislature) or \
                role.possessor is not None or (role.role or "").replace("depute", "deputy") not in PARTY_LEADERS:
            return org
        k = role.last + 1
        dated = any(j < s.n and s.at(j) is not None and s.at(j).label == "DATE" for j in (k, k + 1))  # "on 3 March"
        if k < s.n and s.lower[k] in ("of", "for", "on") and not dated or any(m.entity == org for m in s.mentions):
            return org
        return topic

    def _reported_subject(self, s: Sentence, start: int) -> Mention | None:
        """The pronoun subject of a resignation verb at ``start`` ("that she was standing down", "that he
        would step down") read as its reporting verb's speaker (``reference.reported_speaker``)."""
        for j in range(start - 1, max(-1, start - 4), -1):
            m = s.at(j)
            if m is not None and m.label == "PRON":
                speaker = reported_speaker(s, m)
                return Mention(m.start, m.end, m.text, "PRON", m.first, m.last, speaker) if speaker else None
        return None

    def _event_pronoun(self, s: Sentence, m: Mention, excluding: Entity | None = None) -> Mention:
        """A person pronoun that is a decision's object or a resignation's subject, read as the person the
        last event of this or the previous sentence was about (``reference.event_person``); other
        mentions, and pronouns no event fits, as linked."""
        if m.label != "PRON":
            return m
        speaker = reported_speaker(s, m)
        if speaker is not None and speaker != excluding:
            # "X announced that she would stand down": the speaker, whoever the last event was about
            return Mention(m.start, m.end, m.text, "PRON", m.first, m.last, speaker)
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
        if _background_count(s, start):
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
        if s.hedged(start) or _not_taken(s, start, end, action) or _motion_terms(s) or _yet_to_be(s, start):
            return
        if word in ("directed", "direction") and (end < s.n and s.lower[end] in ("at", "towards", "against") or
                                                  start > 0 and s.lower[start - 1] in ("of", "new", "political")):
            return  # "a remark directed at X", "a change of direction": aimed, or a course; no instruction
        if word != "not" and start > 0 and s.lower[start - 1] in NEGATION:
            return
        if action == "request" and _conditional(s, start):
            return
        if word.startswith("dismiss") and _dismissed_as_verdict(s, end):
            return  # "dismissed the rebels as extremists", "dismissed the claims as nonsense": a verdict
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
                    if t is None and j + 1 < s.n and s.lower[j] == "into":
                        targets = self._claims_about(s, k)
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
            if not deciders and targets and s.resolution(start) and self.meeting is not None:
                # "RESOLVED that Councillor X be removed from the office of Leader": the meeting's council
                council = self.linker.home or self.linker.last({"COUNCIL"})
                deciders = [council] if council is not None else []
            if not deciders and targets:
                decider = self.deciders.get(s.paragraph) if self.actions.get(s.paragraph) in (action, None) or \
                    (action in PARTY_ACTIONS and self.actions.get(s.paragraph) in PARTY_ACTIONS) else None
                if decider is None and action in PARTY_ACTIONS and _kind(targets[0]) in ("PERSON", "COLLECTIVE"):
                    decider = self.linker.topic
                if decider is not None:
                    deciders = [decider]
        else:
            subject = _subject_after_and(s, start) or self.subject_before(s, _no_choice_but(s, _since_adverb(s, start)),
                                                                          DECIDERS | {"PERSON"})
            deciders = [subject] if subject is not None else []
            if subject is not None and _kind(subject) in DECIDERS:
                # "Both the parliamentary party and the Federal Executive had approved the deal": both decided
                deciders += [m for m in [_joined_body(s, subject)] if m is not None and m.last < start]
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
            # "voted to remove the Conservative X": the party describes the person, who is the object
            after = [m for i, m in enumerate(after) if not (_kind(m) in ("PARTY", "GROUP") and i + 1 < len(after)
                                                            and after[i + 1].first == m.last + 1
                                                            and _kind(after[i + 1]) == "PERSON")]
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
        if action == "request" and deciders and self._sent_away(s, deciders[0], targets):
            action = "remove"
        elif word == "ask":
            return  # a bare "ask" is read only as sending away: "for a party to ask X to do it" is no request
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
            council = decider.council or self.linker.last({"COUNCIL"})
            if decider.party is not None and decider.noun == "councillors" and council is not None:
                # "Labour councillors then turned down a pact": the party's group on the council decided
                decider = self.linker.council_group(decider.party, council)
            else:
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

    def removed_in_words(self, s: Sentence) -> None:
        """Removals told without a removal trigger: "councillors voted to remove X" (a decision to remove,
        by a vote or a resolution: "voted", "agreed", "resolved", "decided" before "to remove", "to oust",
        "to sack"), "the group got rid of its leader X", "X was taken off the planning committee" (by whoever
        took the paragraph's last decision). Read as the removal trigger would be, with its hedges."""
        for k in range(1, s.n - 1):
            word = s.lower[k]
            if word in REMOVE_INFINITIVES and s.lower[k - 1] == "to" and k >= 2 and s.lower[k - 2] in RESOLVING_VERBS:
                subject = self.subject_before(s, k - 2, DECIDERS | {"PERSON"})
                if subject is not None and subject.label != "PRON":
                    # ("he had decided to remove him": two pronouns, too often read as the wrong people)
                    self.rule_decide(s, "DECIDE_remove", k, k + 1)
            elif word == "rid" and s.lower[k - 1] in ("got", "gets", "get", "getting") and s.lower[k + 1] == "of":
                self.rule_decide(s, "DECIDE_remove", k - 1, k + 2)
            elif word == "taken" and s.lower[k + 1] == "off" and s.lower[k - 1] in BE and k + 2 < s.n and \
                    s.lower[k + 2] in ("the", "his", "her", "their") and \
                    any(w.startswith("committee") or w in ("cabinet", "board", "panel") for w in s.lower[k + 2:k + 12]):
                self.rule_decide(s, "DECIDE_remove", k, k + 2)

    def motion_rejected(self, s: Sentence) -> None:
        """A motion voted down, told by the vote rather than by a verb of rejecting: "councillors voted 31 to
        29 against a motion of no confidence", "eight councillors voted for the motion and 14 against",
        "the motion was defeated by 30 votes to 12", "the motion fell". The body that voted rejected the
        motion: a council or body named as the clause's subject, else the council the document is about.
        A person's own vote against a motion ("Jones voted against the motion") is no decision."""
        for k in range(1, s.n - 1):
            word = s.lower[k]
            if word in ("voted", "votes") and _motion_noun_near(s, k):
                if not (_vote_count(s, k) or _voted_down(s, k)):
                    continue
            elif word in MOTION_FAILED and s.lower[k - 1] in BE | NEGATION | {"motion"} and \
                    "motion" in s.lower[max(0, k - 5):k]:
                if word in ("carried", "passed") and s.lower[k - 1] not in NEGATION and \
                        not any(w in NEGATION for w in s.lower[max(0, k - 3):k]):
                    continue  # only "was not carried"
            else:
                continue
            if s.hedged(k) or _modal_before(s, k):
                continue
            self._reject_motion(s, k)
            return

    def _reject_motion(self, s: Sentence, k: int) -> None:
        """The decision that the motion told at ``k`` was rejected, by the voting body."""
        subject = self.subject_before(s, k, {"COUNCIL", "BODY"})
        body = subject.entity if subject is not None and subject.label != "PRON" else None
        body = body or self.linker.home or self.linker.last({"COUNCIL"})
        if body is None:
            return
        motion = self._motion(self.motion_target) if self.motion_target is not None else \
            self.linker.mint(_statement_iri(self.linker.doc_key, body.iri + "motion", None), _motion_label(s, k),
                             "POLICY", ())
        when, _ = self.date_near(s, k, event=True)
        a, b = self.evidence_span(s, max(0, k - 3), min(s.n - 1, k + 8))
        self.add(Fact("decided", body, motion, a, b, "decided-reject", 0.7, action="reject", when=when))

    def _claims_about(self, s: Sentence, k: int) -> list[Mention]:
        """"an investigation into allegations that he misused money", "into claims that X broke the
        rules": the person the claims are about (the subject of their "that" clause; a pronoun is the
        person of the sentence's last event, as for a decision's object)."""
        if not (k + 2 < s.n and s.lower[k] in CLAIM_NOUNS and s.lower[k + 1] == "that"):
            return []
        m = s.at(k + 2)
        if m is None or m.first != k + 2 or m.entity is None or _kind(m) != "PERSON":
            return []
        return [self._event_pronoun(s, m) if m.label == "PRON" else m]

    def _sent_away(self, s: Sentence, asker: Mention | Entity, targets: list[Mention]) -> bool:
        """"The First Minister asked X to leave the government", "she asked him to leave her cabinet": a
        person asking a member to leave a government or a cabinet removes them (only its head can ask it,
        and the member cannot refuse). "asked X to leave the party" or "to step down" stays a request."""
        person = _entity(asker)
        if len(targets) != 1 or _kind(targets[0]) != "PERSON" or person is None or person.kind != "PERSON":
            return False
        k = targets[0].last + 1
        if not (k + 2 < s.n and s.lower[k] == "to" and s.lower[k + 1] == "leave"):
            return False
        j = k + 2
        while j < s.n and j < k + 5 and s.at(j) is None and s.lower[j] in DETERMINER_WORDS | {"his", "her", "my"}:
            j += 1
        body = s.at(j) if j < s.n else None
        return body is not None and (body.entity is not None and body.entity.kind == "GOVERNMENT" or
                                     s.lower[body.last] in ("government", "cabinet"))

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
#: Verbs that undo a decision named by a noun: "lifted his suspension", "overturned the expulsion".
REVERSALS = {"lifted", "lifts", "lifting", "overturned", "overturns", "revoked", "rescinded", "reversed", "quashed",
             "ended", "ends"}
#: "dropped X": removed (or deselected), only with a person straight after.
DROP_WORDS = {"dropped", "drops", "dropping"}
#: "backed": a person's support for a motion or a person, a decision only when a body backs it.
BACKING = {"backed", "backs", "backing"}
NOUN_ACTIONS = {"suspension", "expulsion", "deselection", "selection", "removal", "investigation", "inquiry", "probe",
                "intervention", "interference", "instruction"}
#: Counts that open an unnamed object: "two of its councillors".
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "all"}
#: Nouns whose "to"-infinitive is a decision wanted or proposed, not taken: "resisted calls to suspend X",
#: "under pressure to expel her", "a bid to deselect him".
#: What an investigation can be into that stands for a person's conduct: "into allegations that he ...".
#: Words before "the resignation of X" that make it wanted, not done: "calls for the resignation of X".
REQUEST_NOUNS = {"calls", "call", "called", "calling", "demanded", "demands", "demand", "demanding", "sought", "seek",
                 "urged", "for"}
#: Verbs of a body's decision before "to remove": "councillors voted to remove X", "the board agreed to oust him".
RESOLVING_VERBS = {"voted", "vote", "votes", "agreed", "agrees", "resolved", "resolves", "decided", "decides", "chose",
                   "opted"}
#: The infinitives of removal read after those verbs (the triggers hold only the finite forms).
REMOVE_INFINITIVES = {"remove", "oust", "sack", "dismiss", "depose", "topple"}
CLAIM_NOUNS = {"allegations", "allegation", "claims", "claim", "complaints", "complaint", "reports", "suggestions"}
#: "had no choice but to": the verb after it is done.
CHOICE_NOUNS = {"choice", "alternative", "option"}
#: Vague counts of people: "more than a dozen MPs", "several councillors", "dozens of members".
VAGUE_COUNTS = {"dozen", "dozens", "several", "many", "scores", "hundreds", "number", "handful"}
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
    # the nearest before the aside: "X was chosen after Y, who had led it for years, stood down": Y
    return head[-1:]


def _background_count(s: Sentence, start: int) -> bool:
    """"More than a dozen MPs have lost the whip since 2019", "Several councillors have had the whip
    removed over the years": a vague count of people over a period is background, not an event (no one
    is named, and the decisions are many)."""
    before = s.lower[max(0, start - 10):start]
    if not any(w in VAGUE_COUNTS for w in before) or not any(w in ("have", "has") for w in before):
        return False
    after = s.lower[start + 1:min(s.n, start + 10)]
    return "since" in after or "over" in after and "years" in after or "point" in after


def _followed_by(s: Sentence, end: int) -> list[Mention]:
    """"resigned first thing, followed by the schools minister, A, and the Treasury minister B", "resigned
    from the party together with (along with) B": the people named after ", followed by", "together with"
    or "along with" (within eight words of the verb), each after "by", "with", "and", a comma or their
    role, up to the next event or ";" (not "followed by a statement from A": A's statement)."""
    k = next((k for k in range(end, min(s.n - 2, end + 8)) if s.lower[k] == "followed" and s.lower[k + 1] == "by"
              and s.lower[k - 1] == "," or s.lower[k] in ("together", "along") and s.lower[k + 1] == "with"), None)
    if k is None:
        return []
    stop = min([t for t in s.triggers if t > k + 1] + [j for j in range(k, s.n) if s.lower[j] in (";", ":")] + [s.n])
    people = []
    for m in s.mentions:
        if not (k + 1 < m.first < stop) or _kind(m) != "PERSON" or m.label in ("PRON", "ROLE") or m.entity is None:
            continue
        before = s.at(m.first - 1) or (s.at(m.first - 2) if s.lower[m.first - 1] == "," else None)
        if s.lower[m.first - 1] in ("by", "with", "and", ",") and (before is None or before.label == "ROLE") or \
                before is not None and before.label == "ROLE":
            people.append(m)
    return people


def _no_choice_but(s: Sentence, start: int) -> int:
    """Where the subject of a verb after "had no choice but to" is looked for: before "no" ("he had no
    alternative but to ask X": his decision; "but" there joins no second clause)."""
    if start >= 5 and s.lower[start - 2:start] == ["but", "to"] and s.lower[start - 3] in CHOICE_NOUNS and \
            s.lower[start - 4] == "no":
        return start - 4
    return start


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


def _motion_noun_near(s: Sentence, k: int) -> bool:
    """Whether a motion is voted on right after ``k``: "voted 31 to 29 against a motion", "voted for the
    motion"."""
    return any(w in ("motion", "resolution") for w in s.lower[k + 1:k + 9])


def _motion_label(s: Sentence, k: int) -> str:
    """"Motion to remove her from office": the motion's own words after ``k``, to a comma or "and"."""
    j = next((x for x in range(max(0, k - 5), min(s.n, k + 9)) if s.lower[x] in ("motion", "resolution")), None)
    if j is None:
        return "Motion"
    words = []
    for w in s.words[j + 1:j + 8]:
        if w in (",", ".", ";") or w.lower() in ("and", "was", "were", "by"):
            break
        words.append(w)
    return " ".join([s.words[j].capitalize(), *words])


def _vote_count(s: Sentence, k: int) -> bool:
    """"voted 31 to 29 against a motion", "voted by 31 votes to 29 against": more votes against it."""
    words = s.lower[k + 1:k + 9]
    if "against" not in words:
        return False
    counts = [_number(w) for w in words[:words.index("against")]]
    counts = [c for c in counts if c is not None]
    return len(counts) >= 2 and counts[0] > counts[1]


def _voted_down(s: Sentence, k: int) -> bool:
    """"Eight councillors voted for the motion ... and 14 against": the count before "voted" and the count
    before a later "against", the second larger."""
    before = _number(s.lower[k - 1]) if k >= 1 else None
    if before is None and k >= 2:
        before = _number(s.lower[k - 2])  # "Eight councillors voted"
    if before is None or k + 1 >= s.n or s.lower[k + 1] != "for":
        return False
    against = next((j for j in range(k + 2, s.n) if s.lower[j] == "against"), None)
    after = _number(s.lower[against - 1]) if against is not None else None
    return after is not None and after > before


NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}


def _number(word: str) -> int | None:
    """A count written in figures or as a word up to twenty."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _dismissed_as_verdict(s: Sentence, end: int) -> bool:
    """Whether "dismissed" is a verdict, not a removal: "as" within twelve words, followed by what is not an
    office ("dismissed the MPs trying to unseat her as extremists"; "was dismissed as chief whip" removes)."""
    k = next((j for j in range(end, min(s.n - 1, end + 12)) if s.lower[j] == "as"), None)
    if k is None:
        return False
    j = k + 1
    while j < s.n and s.lower[j] in DETERMINER_WORDS | {"his", "her", "their", "its"}:
        j += 1
    m = s.at(j) if j < s.n else None
    return m is None or m.label != "ROLE"


def _conditional(s: Sentence, start: int) -> bool:
    """Whether the verb at ``start`` is in a condition or a means not taken: "if the other councillors
    asked him to", "unless the group asks her", "sent it without asking them" (its clause, back to a
    comma, opens with "if", "unless" or "without", within eight words)."""
    for k in range(start - 1, max(-1, start - 9), -1):
        if s.lower[k] in (",", ";", "and", "but"):
            return False
        if s.lower[k] in CONDITIONS:
            return True
    return False


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


def _joined_body(s: Sentence, subject: Mention) -> Mention | None:
    """The body joined to a deciding body by "and": "the parliamentary party and the Federal Executive" (of
    any kind of body; a person joined so is not a body's co-decider)."""
    k = subject.last + 1
    if k >= s.n or s.lower[k] != "and":
        return None
    k += 1
    while k < s.n and s.lower[k] in ("the", "its", "their"):
        k += 1
    m = s.at(k) if k < s.n else None
    return m if m is not None and m.first == k and _kind(m) in DECIDERS and m.entity is not None else None


def _yet_to_be(s: Sentence, start: int) -> bool:
    """"His appointment still has to be ratified by the party", "needs to be approved", "is yet to be
    endorsed": a decision still to be taken."""
    return start >= 3 and s.lower[start - 1] == "be" and s.lower[start - 2] == "to" and \
        s.lower[start - 3] in ("has", "have", "had", "needs", "need", "yet", "remains", "remain", "due")


def _motion_terms(s: Sentence) -> bool:
    """A motion's terms quoted as moved ('"That this Council has no confidence in X, removes him from
    office and ..."'): what it would decide, not a decision (the minutes tell whether it was carried)."""
    return s.n > 1 and s.lower[0] in ('"', "“") and s.lower[1] == "that"


def _entity(item: Mention | Entity) -> Entity | None:
    return item.entity if isinstance(item, Mention) else item


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


def _anaphor(linker: Linker, role: Mention) -> Mention | None:
    """"The former Mayor of London had been suspended": a role description standing for the person
    last mentioned."""
    person = linker.last({"PERSON"})
    if person is None:
        return None
    return Mention(role.start, role.end, role.text, "PRON", role.first, role.last, person)
