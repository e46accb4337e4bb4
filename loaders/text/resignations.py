"""Resignations and defections: who resigned, quit, stood down, walked out or crossed the floor.

``rule_resign`` reads a resignation verb ("resigned as leader of Y", "has left the party", "walked out of
the Labour group", "had given up the Labour whip", "Those leaving are A, B and C"): its subjects (a
letter's writer, a reporting verb's speaker, the person an aside hangs on, a group's named members,
the people "followed by" names), the organisation left (``resigned_from``) and the date.
``resignation_of`` reads the noun ("following the resignation of X", "X's resignation");
``rule_defect`` a defection ("X defected to Reform UK": joined that party, left the old one).
Hedged, requested, refused, wished or offered resignations give nothing.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib.namespace import ORG

from ...ontology import uris
from .dates import When
from .event_subjects import NUMBER_WORDS, _named_after_group, _since_adverb
from .linking import DEVOLVED_GOVERNMENTS, ORG_KINDS, Entity, Mention
from .reference import REPORTING, reported_speaker
from .resigned_from import CHAMBER_MEMBERS, PURPOSE_VERBS, ResignedFrom, _seat_only
from .sentence import (
    Fact,
    Sentence,
    _before_aside_who,
    _kind,
    _modal_before,
    _noun_follows,
    _people_listed,
    _portfolio,
    _present,
    _refused,
)
from .words import (
    BE,
    DETERMINER_WORDS,
    GOVERNMENT_ROLES,
    HONORIFIC_WORDS,
    INCLUDE_WORDS,
    LEADING_ROLES,
    NEGATION,
    SEAT_ROLES,
)

#: Words of a formal style before a name: "the Rt Hon", "the Right Honourable".
STYLES = {"the", "rt", "hon", "right", "honourable", "rt.", "hon.", "."}
#: Letters after a name: "Boris Johnson MP", "Jane Roe MSP".
POST_NOMINALS = {"mp", "msp", "ms", "mla", "mep", "am", "qc", "kc", "mbe", "obe", "cbe"}
#: "gave up the whip", "had given up the leadership".
GIVE_UP = {"given", "gave", "give", "gives", "giving"}
#: Verbs of a wish or an offer before "to resign": "wished to resign", "offered to stand down" (not done).
DESIRES = {"wish", "wishes", "wished", "want", "wanted", "hope", "hopes", "hoped", "offer", "offers", "offered",
           "offering", "willing", "ready", "prepared", "keen", "intended", "planned", "planning", "considering"}
#: "gave up the post", "had given up the job": the office the story is about.
POST_NOUNS = {"post", "job", "role", "position", "leadership"}
#: Words before "the resignation of X" that make it wanted, not done: "calls for the resignation of X".
REQUEST_NOUNS = {"calls", "call", "called", "calling", "demanded", "demands", "demand", "demanding", "sought", "seek",
                 "urged", "for"}


#: Words that open a clause of cause or time after a resignation.
CLAUSE_AFTER = {"after", "while", "because", "following", "amid", "over", "citing", "saying"}


def _seat_word(s: Sentence, end: int) -> int | None:
    """"resign his seat", "gave up his Stormont seat", "gave up the seat": the token of "seat", or None."""
    if end + 1 >= s.n or s.lower[end] not in ("the", "his", "her", "their"):
        return None
    return next((k for k in range(end + 1, min(s.n, end + 4)) if s.lower[k] == "seat"
                 and all(s.title(x) for x in range(end + 1, k))), None)


def _the_post(s: Sentence, end: int) -> bool:
    """"gave up the post", "given up the leadership": an office named by a common noun."""
    return end + 1 < s.n and s.lower[end] in ("the", "his", "her", "their") and s.lower[end + 1] in POST_NOUNS


#: Nouns that make the gerund after "of" or "for" a matter argued: "the prospect of leaving", "the case for
#: quitting" (not "thanked X for resigning").
ARGUED_NOUNS = {"prospect", "idea", "threat", "possibility", "talk", "case", "risk", "question", "thought", "danger",
                "consequences", "cost", "costs", "merits"}


class ResignationRules(ResignedFrom):
    """Rules for resignations and defections."""

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
        if word.endswith("ing") and start > 1 and (s.lower[start - 1] in ("about", "against") or s.lower[start - 1] in (
                "of", "for") and s.lower[start - 2] in ARGUED_NOUNS):
            return  # "the prospect of leaving the EU", "the case for quitting": a matter argued, not an act
        if word in ("left", "leaves", "leaving", "walked", "walks", "walking", "walk") and not inverted and \
                s.lower[end - 1] != "as":  # ("walked out as Communities Secretary": an office, read below)
            # only "left Labour", "walked out of the Conservative group", "left the council in 1998": a party,
            # group, body or council named straight after (not "walked out of the cabinet", a council's)
            k = end + (1 if end < s.n and s.lower[end] == "the" else 0)
            left = s.at(k) if k < s.n else None
            if left is None or left.first not in (end, k) or left.entity is None or \
                    left.entity.kind not in ("PARTY", "BODY", "GROUP", "COUNCIL") or _noun_follows(s, left.last + 1) or \
                    left.entity.kind == "COUNCIL" and (word.startswith("walk") or "cabinet" in left.text.lower()):
                return  # not "walked out of the Labour Party conference": the conference was left
            k = next((x for x in range(left.last + 1, min(s.n - 1, left.last + 4)) if s.lower[x] in ("with", ",")),
                     None)
            if k is not None and s.lower[k] == "with" and (s.lower[k + 1] in NUMBER_WORDS or s.lower[k + 1].isdigit()):
                return  # "leaving the Tory group with seven councillors": what is left of it, no one leaving
        given_up: Entity | None = None
        seat = _seat_word(s, end)
        purpose = next((k for k in range(end, min(s.n - 1, end + 4)) if s.lower[k] == "to"
                        and s.lower[k + 1] in PURPOSE_VERBS), None)
        # where the resignation's own words end: a purpose ("to take up a seat in the Lords") or a clause of
        # cause or time ("after travelling to Spain while it was on the government's amber list")
        beyond = purpose if purpose is not None else next(
            (k for k in range(end, s.n) if s.lower[k] in CLAUSE_AFTER and s.at(k) is None), None)
        if word in GIVE_UP and seat is None:
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
        elif reported := self._reported_subject(s, start):
            # "X, who announced that she was standing down": the speaker, not a person the clause hangs on;
            # "A and B told the meeting that they were leaving the party": both
            subjects = reported
        elif (named := _role_named(s, start)) is not None:
            # "after his Conservative predecessor, Tony Cox, resigned": the name, not whose predecessor
            subjects = [named]
        elif (opened := _named_after_opener(s, start)) is not None:
            # "Faced with motions ..., and with the Greens saying they would vote against him, Mr Y announced
            # his resignation": the person named right before the verb, not one inside the opening phrase
            subjects = [opened]
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
            group = subjects[0]
            if group.label == "PRON":
                # "two Cabinet ministers, A and B, did ... when they resigned": the group the sentence named
                group = next((m for m in s.mentions if m.entity == group.entity and m.label != "PRON"), group)
            named = _named_after_group(s, group)
            # (a group named by its members is its members, as for a decision)
            subjects = named or [subjects[0], *_named_among(s, subjects[0], start)]
            if subjects[0].label == "PRON" and len(subjects) == 1:
                # "they were leaving the party", "they will resign": a group the sentence does not name
                # may be any of the story's (those who quit the cabinet, the councillors who stayed)
                return
        org: Entity | None = given_up or self._cabinet_of(s, subjects[0]) or (
            self._seat_left(s, subjects[0], seat) if seat is not None else None)
        if org is None and inverted and self.last_left_org is not None:
            org = self.last_left_org  # "those leaving": the organisation the paragraph's walk-out left
        j = end
        while j < s.n and s.lower[j] in ("from", "as", "the", "a", "his", "her", "their"):
            j += 1
        if j + 2 < s.n and s.lower[j + 1] in ("'s", "’s") and s.at(j + 2) is not None and s.at(j + 2).label == "ROLE":
            j += 2  # "resigned as Scotland's health secretary"
        target = s.at(j) if j < s.n and (purpose is None or j < purpose) else None
        # "resigned as the prime minister's anti-corruption champion": an office of his, not the role named
        possessed = target is not None and target.label == "ROLE" and target.last + 1 < s.n and \
            s.lower[target.last + 1] in ("'s", "’s")
        if target is not None and _kind(target) == "PERSON" and target.last + 2 < s.n and \
                s.lower[target.last + 1] in ("'s", "’s"):
            # "resigned from Keir Starmer's shadow cabinet", "from Nicola Sturgeon's cabinet": the body the
            # person leads, not the person (nor their party)
            owned = s.at(target.last + 2)
            if owned is not None and owned.first == target.last + 2 and owned.entity is not None and \
                    _kind(owned) in ("BODY", "ORG") and "shadow" in owned.text.lower().split():
                org = owned.entity
            elif s.lower[target.last + 2] in ("cabinet", "government") and target.entity is not None:
                org = self._government_led(target.entity)
            target = None
        if (target is None or target.entity is None) and org is None and j < s.n and s.lower[j] == "cabinet" and \
                s.lower[j - 1] == "the" and self.linker.council_in_context() is None:
            # "Suella Braverman had quit the cabinet": the government's cabinet, with no council's in the story
            # (not the party the person belongs to)
            org, target = self.linker.mint(str(uris.organisation("uk-cabinet")), "UK Cabinet", "BODY",
                                           (str(ORG.Organization),)), None
        if target is None and org is None and j < s.n and s.lower[j] == "leadership" and \
                not (j + 1 < s.n and s.lower[j + 1] == "of"):
            # "Swinson had to give up the leadership": the party's (of the person, else the one in context)
            person = subjects[0].entity
            org = (self.parties.get(person.iri) if person is not None else None) or self.linker.party_of_office()
        if target is not None and target.label == "ROLE":
            held = self._office_told(subjects[0], target) if target.possessor is None and not (
                target.last + 1 < s.n and (s.lower[target.last + 1] == "of" or s.at(target.last + 1) is not None)) \
                else None
            org = held or self._office_held(s, subjects[0], target) or self.org_of_role(s, target)
            if org is not None and s.only_after(org, beyond):
                org = None  # "resigned as deputy leader after travelling while on the government's amber list"
            if held is None:  # (an office the text gave them is theirs, in a party's story too)
                org = self._party_office_left(s, target, org)
            org = self._own_party_office(subjects[0], target, org)
            if target.role in CHAMBER_MEMBERS:
                org = self.linker.institution(CHAMBER_MEMBERS[target.role], None)  # "standing down as MP for X"
            if org is not None and _seat_only(s, org):
                org = None  # "stepping down as deputy leader, having lost his North Down seat": not its office
            if org is None and (target.role in GOVERNMENT_ROLES or _portfolio((target.role_text or "").lower().split())):
                org = self.linker.government()  # "resigned as health secretary": a post in the government
        elif target is not None and target.entity is not None and target.entity.kind in ORG_KINDS:
            org = self._own_party(s, subjects[0], target) or target.entity
        elif target is None and org is None:
            org = self._front_bench(s, subjects[0], j)
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
            org = self._left_in_context(s, beyond)
        if org is None:
            return
        # "X resigned first thing, followed by the schools minister, Y, and Z": they left it too
        subjects = subjects + [m for m in _followed_by(s, end) + _listed_after(s, end, subjects)
                               if m.entity not in [p.entity for p in subjects]]
        self.last_left_org = org
        when, _ = self.date_near(s, start, since=False, event=True)
        if when is None and self.linker.published is not None and _present(s, start):
            # "he is resigning with immediate effect", "X resigns": told as it happens, on the day
            when = When(self.linker.published, "day", s.words[start])
        news = when is None and start > 0 and s.lower[start - 1] in ("has", "have")  # "has resigned": recent
        last = max(end - 1, target.last if target is not None and target.first - end < 6 else end - 1)
        last = max([last] + [m.last for m in subjects])  # (a list after a colon: its names quoted too)
        a, b = self.evidence_span(s, min(m.first for m in subjects), last)
        for m in subjects:
            if m.entity.kind in ("PERSON", "COLLECTIVE"):
                self.add(Fact("resigned", m.entity, org, a, b, "resigned", 0.8, when=when, is_start=False,
                              extra={"news": True} if news else {}))
            if target is not None and target.label == "ROLE" and target.role and m.entity.kind == "PERSON" and \
                    not possessed:
                # the office they left, for what the text says later about when they took it; and a fact
                # of its own: "resigned as co-chairman of the party" says they held it (undated: the
                # resignation ends the office, the text may date its start elsewhere)
                left = Fact("holds_office", m.entity, org, a, b, "resigned-office", 0.0, role=target.role, seat=True)
                self.offices.setdefault(m.entity.iri, left)
                self.left.setdefault(m.entity.iri, left)
                if target.role not in SEAT_ROLES and (org.kind in ("PARTY", "COUNCIL", "GROUP") or any(
                        x.entity == org for x in s.mentions if target.last < x.first <= target.last + 4)
                        or org.iri in (self.linker.government().iri, self.linker.government(self.linker.nation).iri)
                        or org.label in DEVOLVED_GOVERNMENTS.values()):
                    # (a government post whose government the text leaves out is the nation's: "resigned as
                    # Europe minister", "quit as Welsh secretary")
                    last_office = self.last_office  # an office left is no office the story goes on about
                    self.add(replace(left, rule="office-left", confidence=0.7, is_start=False))
                    self.last_office = last_office
        joined = _party_for(s, target) if org.kind == "PARTY" else None
        if joined is not None and joined.entity != org:
            # "has left the Alliance Party for the Ulster Unionists": joined the other
            a3, b3 = self.evidence_span(s, min(m.first for m in subjects), joined.last)
            for m in subjects:
                if m.entity.kind == "PERSON":
                    self.add(Fact("member_of", m.entity, joined.entity, a3, b3, "member-joined", 0.75, when=when,
                                  is_start=True, extra={"news": True} if news else {}))
        also = self._second_office_left(s, target, org)
        if also is not None:
            # "resigning as First Minister and leader of the SNP": both left
            a2, b2 = self.evidence_span(s, min(m.first for m in subjects), also[0].last)
            for m in subjects:
                if m.entity.kind == "PERSON":
                    self.add(Fact("resigned", m.entity, also[1], a2, b2, "resigned", 0.8, when=when, is_start=False))

    def _government_led(self, person: Entity) -> Entity:
        """The government ``person`` heads or sits in, as the text tells it ("Nicola Sturgeon, the First
        Minister"), else the UK Government."""
        held = [f.object for f in self.facts if f.relation == "holds_office" and f.subject == person
                and f.object.label.endswith("Government")]
        return held[-1] if held else self.linker.government()

    def _second_office_left(self, s: Sentence, target: Mention | None, org: Entity) -> tuple[Mention, Entity] | None:
        """The second office of "as X and Y" after a resignation's first, with its organisation, when
        that is another one than the first's; else None."""
        if target is None or target.label != "ROLE" or target.last + 2 >= s.n or s.lower[target.last + 1] != "and":
            return None
        k = target.last + 2
        k += 1 if s.lower[k] == "as" else 0  # "as First Minister and as leader of the SNP"
        second = s.at(k) if k < s.n else None
        if second is None or second.label != "ROLE" or second.role in SEAT_ROLES:
            return None
        other = self.org_of_role(s, second)
        return (second, other) if other is not None and other != org else None

    def resignation_of(self, s: Sentence) -> None:
        """A resignation told as a noun: "following the resignation of Councillor X", "after the
        resignation of X as leader of the council", "since X's resignation". The organisation as for a
        verb: the office named after "as", else the one the document gave X, else a leading office the
        sentence gives another (a leader's predecessor left it). Hedged ("a call for the resignation of X") or
        requested resignations give nothing."""
        for k in s.positions(("resignation", "departure"), 1, s.n - 1):
            person = None
            if s.lower[k + 1] == "of":
                j = k + 2
                while j < s.n and s.lower[j] in HONORIFIC_WORDS | STYLES:
                    j += 1  # "the resignation of the Rt Hon Boris Johnson MP"
                m = s.at(j) if j < s.n else None
                person = m if m is not None and m.first in (k + 2, j) else None
                end = m.last + 1 if person is not None else k + 1
                if end < s.n and s.lower[end] in POST_NOMINALS:
                    end += 1  # "the resignation of X MP as Leader of ...": the office after "as"
            else:
                # "X's resignation", "X's abrupt resignation": the possessor, past up to two describing words
                j = k - 1
                while j > k - 3 and j > 0 and s.words[j].isalpha() and s.words[j].islower() and s.at(j) is None \
                        and s.lower[j] != "my":
                    j -= 1
                if j >= 1 and s.lower[j] in ("'s", "’s"):
                    person, end = s.at(j - 1), k + 1
                elif s.lower[j] == "my":
                    # "I am writing to tender my resignation from the government": a letter's writer
                    person, end = Mention(0, 0, "my", "WRITER", j, j, self.letter.writer), k + 1
            if person is None or _kind(person) != "PERSON" or person.label == "PRON" or person.entity is None:
                continue
            # ("called for Mr Bradley's immediate resignation": the words before the possessor too)
            if s.hedged(k) or any(w in REQUEST_NOUNS for w in s.lower[max(0, min(k, person.first) - 4):k]):
                continue
            org = self._org_left(s, person, end)
            if org is None:
                continue
            when, _ = self.date_near(s, k, since=False, event=True)
            a, b = self.evidence_span(s, min(k, person.first), max(k, person.last))
            self.add(Fact("resigned", person.entity, org, a, b, "resigned-noun", 0.75, when=when, is_start=False))

    def _reported_subject(self, s: Sentence, start: int) -> list[Mention]:
        """The pronoun subject of a resignation verb at ``start`` ("that she was standing down", "that he
        would step down") read as its reporting verb's speaker (``reference.reported_speaker``); "they" as
        the two or more people named as the reporting verb's subject ("A and B told a meeting that they were
        leaving the party"). Empty when there is none."""
        for j in range(start - 1, max(-1, start - 4), -1):
            m = s.at(j)
            if m is not None and m.label == "PRON":
                if s.lower[j] == "they" and j >= 1 and s.lower[j - 1] == "that":
                    verb = next((v for v in range(j - 2, max(-1, j - 14), -1) if s.lower[v] in REPORTING), None)
                    speakers = [p for p in self.people_before(s, verb) if _kind(p) == "PERSON" and
                                p.label != "PRON" and p.entity is not None] if verb is not None else []
                    return speakers if len(speakers) >= 2 else []
                speaker = reported_speaker(s, m)
                return [Mention(m.start, m.end, m.text, "PRON", m.first, m.last, speaker)] if speaker else []
        return []

    def rule_defect(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"X defected to Reform UK", "X crossed the floor to join the Liberal Democrats": X joined that
        party and left the one the document had them in."""
        if s.hedged(start):
            return
        people = [p for p in self.people_before(s, start) if p.entity is not None and p.entity.kind == "PERSON"]
        parties = [m for m in s.after(end - 1, {"PARTY"}, limit=9) if m.entity is not None]
        k = parties[0].first - 1 if parties else 0
        k -= k > 0 and s.lower[k] == "the"  # "defected from the SNP to Alba"
        left = parties[0] if parties and s.lower[k] == "from" else None
        new = next((m for m in parties if m is not left), None)  # "defected from Labour to the SNP": the SNP
        if people and new is None and left is not None:
            # "a married couple who had defected from the Lib Dems": the party left, the one joined untold
            when, _ = self.date_near(s, start, event=True)
            a, b = self.evidence_span(s, people[0].first, left.last)
            for p in people:
                self.add(Fact("resigned", p.entity, left.entity, a, b, "resigned-defected", 0.7, when=when,
                              is_start=False))
            return
        if not people or new is None:
            return
        when, _ = self.date_near(s, start, event=True)
        a, b = self.evidence_span(s, people[0].first, new.last)
        for p in people:
            old = left.entity if left is not None else self.parties.get(p.entity.iri)
            if old is None or old == new.entity:
                old = next((e for e in reversed(self.linker.recent) if e.kind == "PARTY" and e != new.entity), None)
            self.add(Fact("member_of", p.entity, new.entity, a, b, "member-joined", 0.75, when=when, is_start=True))
            if old is not None and old != new.entity:
                self.add(Fact("resigned", p.entity, old, a, b, "resigned-defected", 0.7, when=when, is_start=False))


def _party_for(s: Sentence, left: Mention | None) -> Mention | None:
    """The party named right after "for" that follows the party ``left`` ("left Labour for the Greens");
    None when there is none."""
    if left is None or left.entity is None or left.entity.kind != "PARTY" or \
            s.lower[left.last + 1:left.last + 2] != ["for"]:
        return None
    k = left.last + 2 + (s.lower[left.last + 2:left.last + 3] == ["the"])
    m = s.at(k) if k < s.n else None
    return m if m is not None and m.first == k and m.entity is not None and m.entity.kind == "PARTY" else None


def _named_after_opener(s: Sentence, start: int) -> Mention | None:
    """"Faced with a motion of no confidence, Jane Roe resigned", "After the vote, and with her group saying it
    would not back her, Ms Roe stood down": a person named (not a pronoun) right before the verb, just after
    a comma (or "the day", "the week": its time), is its subject; the phrase before the comma only sets the
    scene. Not when a named person ends that phrase ("A, B resigned": a list) or when the comma closes an
    aside (read by ``_before_aside_who``)."""
    k = start - 1
    while k > 0 and s.lower[k] in ("then", "also", "later", "finally", "promptly", "has", "have", "had"):
        k -= 1
    m = s.at(k) if k > 0 else None
    if m is None or m.last != k or m.entity is None or _kind(m) != "PERSON" or m.label in ("PRON", "ROLE"):
        return None
    c = m.first - 1
    while c > 0 and s.lower[c] in HONORIFIC_WORDS | {"."}:
        c -= 1  # ", Mr Yousaf announced"
    if c >= 2 and s.lower[c] in ("day", "week", "night", "moment", "month", "year") and s.lower[c - 1] == "the":
        return m  # "..., the day Dominic Raab quit as Brexit secretary": the time of the clause, then its subject
    if c < 1 or s.lower[c] != ",":
        return None
    before = s.at(c - 1)
    if before is not None and _kind(before) == "PERSON" and before.label not in ("PRON", "ROLE"):
        return None  # "A, B resigned"
    if any(s.lower[w] in ("who", "whose", "which") for w in range(max(0, c - 25), c)):
        return None  # ", who ..., X resigned": an aside's rules
    return m


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


def _listed_after(s: Sentence, end: int, subjects: list[Mention]) -> list[Mention]:
    """"five of the party's councillors resigned from the Lib Dems: A, B and C": the people a colon lists
    after the resignation of a group told as a whole (within eight words of the verb), up to ";"."""
    if not subjects or any(_kind(m) != "COLLECTIVE" for m in subjects):
        return []
    colon = next((k for k in range(end, min(s.n - 1, end + 8)) if s.lower[k] == ":"), None)
    if colon is None:
        return []
    stop = next((j for j in range(colon + 1, s.n) if s.lower[j] == ";"), s.n)
    return [m for m in s.mentions if colon < m.first < stop and _kind(m) == "PERSON" and m.label not in ("PRON", "ROLE")
            and m.entity is not None and s.lower[m.first - 1] in (":", ",", "and")]


def _named_among(s: Sentence, group: Mention, token: int) -> list[Mention]:
    """"Ten councillors, among them the council leader, Neil Rogers, walked out": the people an aside
    right after a group's mention names as among it (", among them", ", including", ", among whom")."""
    k = group.last + 1
    if k + 1 >= token or s.lower[k] != "," or s.lower[k + 1] not in ("among", "including"):
        return []
    close = next((c for c in range(token - 1, k + 1, -1) if s.lower[c] == ","), None)
    return [m for m in s.mentions if k + 1 < m.first and (close is None or m.last < close + 1) and m.last < token
            and m.entity is not None and m.entity.kind == "PERSON" and m.label != "PRON"]


#: Nouns that name a person by another's office: "his predecessor, Tony Cox".
SUCCESSION_NOUNS = {"predecessor", "successor", "deputy", "colleague"}


def _role_named(s: Sentence, start: int) -> Mention | None:
    """The person named in apposition to a role right before the verb at ``start`` ("his predecessor,
    Tony Cox, resigned"), else None."""
    k = start - 1
    named = s.at(k - 1) if k > 2 and s.lower[k] == "," else None
    if named is None or named.last != k - 1 or _kind(named) != "PERSON" or named.label in ("PRON", "ROLE") or \
            named.first < 2 or s.lower[named.first - 1] != ",":
        return None
    role = s.at(named.first - 2)
    return named if role is not None and role.label == "ROLE" or s.lower[named.first - 2] in SUCCESSION_NOUNS \
        else None
