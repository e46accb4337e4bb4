"""Decisions about people and bodies: suspended, expelled, selected, deselected, investigated, removed,
approved, rejected, scrapped, paused, requested, instructed, an intervention.

``rule_decide`` reads one decision trigger (the lexicon's ``DECIDE_<action>`` keys): told by a noun
("his suspension", "an investigation into X", "confirmed the intervention"), in the passive ("X was
suspended by the NEC", "Among those suspended were A, B and C"; with no agent, the paragraph's last
decider, or for a party's own sanctions the party the document is about) or in the active ("the board
expelled X"). Decisions not taken (``not_decided``), reversed ("lifted his suspension") or that are a
person's support ("he backed a motion") give nothing. A decision about a list of people is one fact
per person; "removed X as chairman of Y" also ends X's office (``removed_from``).
"""

from __future__ import annotations

from .dates import When
from .event_subjects import NUMBER_WORDS, _entity, _named_after_group, _since_adverb
from .linking import ORG_KINDS, Entity, Linker, Mention
from .not_decided import (
    PREPOSITIONS,
    _conditional,
    _dismissed_as_verdict,
    _motion_terms,
    _not_taken,
    _yet_to_be,
)
from .sentence import (
    REQUEST_WORDS,
    Fact,
    Sentence,
    _clause_end,
    _coordinated_from,
    _kind,
    _passive,
    _passive_subject,
    _people_listed,
    _relative_object,
)
from .words import (
    _VERB_GROUP,
    BE,
    DECIDERS,
    DETERMINER_WORDS,
    GO_WORDS,
    HONORIFIC_WORDS,
    INCLUDE_WORDS,
    NEGATION,
    SEAT_ROLES,
    TARGETS,
    object_pronoun_before,
)

#: Decisions a party takes about its own members and candidates (the party the document is about,
#: when a passive sentence names no one: "Corbyn had been suspended pending an investigation").
PARTY_ACTIONS = {"suspend", "expel", "select", "deselect", "investigate"}
#: Triggers too common in other senses to take a far object: the object must follow at once.
WEAK = {"ended", "terminated", "accepted", "accept", "accepts", "refused", "refuses", "named", "agreed"}
#: Things a body agrees in the course of its business, no decision about anyone: "agreed a timetable".
PROCEDURE = {"timetable", "orders", "minutes", "agenda"}
#: Verbs that end a membership, an expulsion: "terminated the membership of X", "his membership was cancelled".
MEMBERSHIP_ENDING = {"terminated", "cancelled", "ended"}
#: Trigger words that are nouns as often as verbs: "a council tax freeze", "a pause in the talks".
NOUN_OR_VERB = {"freeze", "halt", "pause"}
#: Words before a verb's base form: "voted to freeze", "will pause", "did not halt".
VERB_LEADS = {"to", "will", "would", "should", "could", "can", "may", "might", "must", "not", "and", "or", "also",
              "then", "n't", "did", "do", "does"}
#: Verbs that undo a decision named by a noun: "lifted his suspension", "overturned the expulsion".
REVERSALS = {"lifted", "lifts", "lifting", "overturned", "overturns", "revoked", "rescinded", "reversed", "quashed",
             "ended", "ends"}
#: "dropped X": removed (or deselected), only with a person straight after.
DROP_WORDS = {"dropped", "drops", "dropping"}
#: "backed": a person's support for a motion or a person, a decision only when a body backs it.
BACKING = {"backed", "backs", "backing"}
#: Decisions told by a noun: "his suspension", "an investigation into X", "the NEC's intervention".
NOUN_ACTIONS = {"suspension", "expulsion", "deselection", "selection", "removal", "investigation", "inquiry", "probe",
                "intervention", "interference", "instruction"}
#: Their plurals, nouns too: "the suspensions concerned the members' non-attendance" (no verb, no object).
NOUN_ACTIONS |= {"suspensions", "expulsions", "deselections", "selections", "removals", "investigations", "inquiries",
                 "probes", "interventions", "instructions"}
#: What a candidate withdraws from: "withdrew from the contest", "pulled out of the race" (no decision to scrap).
CONTESTS = {"contest", "race", "election", "ballot", "running", "leadership", "by-election", "primary", "hustings"}
#: Verbs of support: "backed", "endorsed", "supported" (a body's approval; a crowd's support).
SUPPORT_WORDS = {"backed", "backs", "backing", "endorsed", "endorse", "endorses", "endorsing", "endorsement"}
#: Verbs of approval that, with a person as their object and no vote count, tell support, not a decision
#: (a body that ratifies or endorses a choice of leader decides; one that backs or accepts someone does not).
PERSON_SUPPORT = {"backed", "backs", "backing", "accepted", "accept", "accepts", "approved", "approves", "agreed",
                  "agrees"}
#: What an investigation can be into that stands for a person's conduct: "into allegations that he ...".
CLAIM_NOUNS = {"allegations", "allegation", "claims", "claim", "complaints", "complaint", "reports", "suggestions"}
#: "had no choice but to": the verb after it is done.
CHOICE_NOUNS = {"choice", "alternative", "option"}


class DecisionRules:
    """Rules for decisions about people and bodies."""

    def _members_before(self, s: Sentence, group: Mention) -> list[Mention]:
        """The people said to be among a group a decision names ("Shabina Qayyum was one of seven Peterborough
        Labour councillors suspended by the party", "A and B were among four councillors suspended"): the
        decision's targets are they, named, not the group."""
        if _kind(group) != "COLLECTIVE":
            return []
        be = _among(s, group)
        if be is None:
            return []
        return [p for p in self.people_before(s, be) if _kind(p) == "PERSON" and p.entity is not None
                and p.label != "PRON"]

    def rule_decide(self, s: Sentence, name: str, start: int, end: int) -> None:
        """A decision trigger ``DECIDE_<action>`` at ``start``..``end``: unless the words around it say no
        decision was taken, its deciders and targets (by a noun, in the passive or in the active), one fact
        per target (and per co-decider)."""
        action = name.split("_", 1)[1]
        word = s.lower[start]
        if _no_decision(s, start, end, action):
            return
        if action == "scrap" and word in MEMBERSHIP_ENDING and self._membership_ended(s, start, end):
            return
        passive = _passive(s, start) or _reduced_passive(s, start, end)
        noun = word in NOUN_ACTIONS
        if noun and any(w in REVERSALS for w in s.lower[max(0, start - 4):start]):
            return  # "the party had lifted the suspension of X": undone, not taken
        if noun:
            deciders, targets = self._noun_arguments(s, start, end, action)
        elif passive or _inverted(s, start, end):
            deciders, targets = self._passive_arguments(s, start, end, action)
        else:
            deciders, targets = self._active_arguments(s, start, end, action)
        if word in DROP_WORDS and (noun or passive or not targets or _kind(targets[0]) != "PERSON"
                                   or targets[0].first > end + 1):
            return  # only "dropped X": "support dropped", "dropped out of the race", "dropped the policy"
        after = [end] + ([targets[0].last + 1] if targets and targets[0].last >= end else [])
        if action == "remove" and (any(s.lower[k] == "as" and any(
                m is not None and m.role == "candidate" for m in map(s.at, range(k + 1, min(s.n, k + 4))))
                for k in after if k < s.n) or targets and _candidate_apposition(s, targets[0])):
            # "removed as the candidate", "dumped X as their candidate for mayor", "dropped X, its candidate in Y"
            action = "deselect"
        targets = [p for t in targets for p in (_named_after_group(s, t) or self._members_before(s, t) or [t])]
        if action == "approve" and word in SUPPORT_WORDS and targets and _kind(targets[0]) == "PERSON" and \
                _vote_count_after(s, targets[0].last):
            action = "elect"  # "the group backed Nesil Caliskan by 24 votes to 22": a vote for a person
        if action == "approve" and word in PERSON_SUPPORT and targets and _kind(targets[0]) == "PERSON":
            return  # "Labour and the Conservatives backed him", "the group had accepted X": support, not a decision
        if action == "request" and s.lower[start] in ("called", "calls", "calling", "call") and targets and \
                _kind(targets[0]) == "PERSON" and targets[0].last + 2 < s.n and \
                s.lower[targets[0].last + 1] == "to" and s.lower[targets[0].last + 2] in GO_WORDS and \
                not (deciders and self._sent_away(s, deciders[0], targets)):
            return  # "Labour called on him to resign": a call to go opposes (confidence.py), it decides nothing
        if action == "request" and deciders and self._sent_away(s, deciders[0], targets):
            action = "remove"
        elif word == "ask":
            return  # a bare "ask" is read only as sending away: "for a party to ask X to do it" is no request
        if action == "approve" and targets and _kind(targets[0]) in ("THING", "POLICY") and \
                any(max(start, targets[0].last) < k <= targets[0].last + 2 for k in s.triggers):
            return  # "approved a motion suspending X": the decision is the motion's, read at its own verb
        if action == "approve" and targets and any(end <= k < targets[0].first for k in s.triggers):
            return  # "approved the expulsion of 20 members": the expulsion is the decision, read at its noun
        if action == "approve" and targets and s.lower[targets[0].last] in PROCEDURE:
            return  # "the board agreed a timetable", "the Committee agreed the Standing Orders": procedure
        if not noun and not passive and word in BACKING and deciders and _kind(deciders[0]) == "PERSON":
            return  # "he backed a motion", "X publicly backed Y": a person's support or vote, not a decision
        if not noun and not passive and deciders and isinstance(deciders[0], Mention) and \
                _object_relative(s, deciders[0]) and _relative_object(s, start) is None:
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
        if decider is not None and decider.kind == "COLLECTIVE" and word in SUPPORT_WORDS and s.lower[start - 1] != "to":
            # "senior Labour figures endorsed the decision", "most members backed X": support, no body's act
            # ("members voted to endorse the deal" is a vote, a decision)
            return
        targets = [t for t in targets if t.entity is not None]
        if decider is None or not targets:
            return
        if word in SUPPORT_WORDS and "/faction/" in decider.iri and _kind(targets[0]) == "PERSON":
            return  # "Harris, backed by Momentum": a faction's support for a candidate, no body's decision
        if decider.kind not in DECIDERS | {"PERSON"} or (action == "request" and decider.kind == "COLLECTIVE"):
            return
        if action in ("request", "approve") and decider.kind == "PERSON":
            return  # "he urged members to ...", "X endorsed the government": a person's plea or support, no decision
        targets = [t for t in targets if t.entity != decider]
        if action in ("approve", "scrap"):
            # a body approves or ends a thing or a person's office, never a party: "backed a compromise put
            # forward by the Alliance Party", "ended Labour's 40-year grip": the party is whose thing it is
            targets = [t for t in targets if _kind(t) != "PARTY"]
        if not targets:
            return
        when = self._noun_event_date(s, start, end) if noun and _told_before(s, start) else \
            self.date_near(s, start, event=True)[0]
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

    def _membership_ended(self, s: Sentence, start: int, end: int) -> bool:
        """"Plaid Cymru has terminated the membership of X", "the memberships of A and B had been
        cancelled", "ended his Labour membership": an expulsion of each member named after "of" (or of the
        person "his" / "her" stands for), by the clause's party or body, else by the party the document
        is about. True when the trigger ends a membership (whether or not a fact could be made)."""
        k = end
        while k < s.n and (s.lower[k] in DETERMINER_WORDS | {"his", "her", "their", "party"} or
                           s.at(k) is not None and _kind(s.at(k)) == "PARTY"):
            k += 1  # "his Labour Party membership": past the party named
        passive = _passive(s, start)
        if k < s.n and s.lower[k] in ("membership", "memberships") and not passive:
            noun = k
        else:
            noun = next((j for j in range(start - 1, max(-1, start - 25), -1)
                         if s.lower[j] in ("membership", "memberships")), None)
            if noun is None or not passive:
                return False
        if noun + 1 < s.n and s.lower[noun + 1] == "of":
            first = s.at(noun + 2) if noun + 2 < s.n else None
            targets = _coordinated_from(s, first) if first is not None and _kind(first) == "PERSON" else []
        else:
            owner = s.at(noun - 1)
            if owner is None and noun >= 2 and s.lower[noun - 1] in ("'s", "’s"):
                owner = s.at(noun - 2)
            targets = [self._event_pronoun(s, owner)] if owner is not None and _kind(owner) == "PERSON" else []
        targets = [t for t in targets if t.entity is not None and t.entity.kind == "PERSON"]
        # the active's subject; the passive's agent, else the body that announced it ("the party
        # confirmed that the memberships of A and B had been cancelled"), else the paragraph's decider
        agent = self.agent(s, start, end, "expel") if passive else None
        subject = self.subject_before(s, start if not passive else noun, DECIDERS)
        if subject is None and passive:
            subject = min(s.before(noun, DECIDERS, limit=30), key=lambda m: m.first, default=None)
        decider = _entity(agent) if agent is not None else subject.entity if subject is not None else None
        decider = decider or self.deciders.get(s.paragraph) or self.linker.topic
        if not targets or decider is None or decider.kind not in DECIDERS:
            return True
        when = self.date_near(s, start, event=True)[0]
        a, b = self.evidence_span(s, min([start, noun] + [t.first for t in targets if t.label != "CONTEXT"]),
                                  max([end - 1] + [t.last for t in targets if t.label != "CONTEXT"]))
        for t in targets:
            self.add(Fact("decided", decider, t.entity, a, b, "decided-expel", 0.75, action="expel", when=when))
        return True

    def _noun_event_date(self, s: Sentence, start: int, end: int) -> When | None:
        """The date of a decision named by a noun after "following", "after" or "since" ("after Mike Bird
        stood down following his suspension by the party"): an earlier event, dated only by a date in
        its own phrase ("following his suspension on 3 May"), never by the clause's ("last night" dates the
        resignation). Undated, the document's other telling of the decision gives its date."""
        for m in s.dates():
            if start < m.first <= end + 8 and not any(w in (",", ";") for w in s.lower[end:m.first]):
                return self.when_of(m, s, start)
        return None

    def _noun_arguments(self, s: Sentence, start: int, end: int,
                        action: str) -> tuple[list[Mention | Entity], list[Mention]]:
        """Who decided and about whom, for a decision told by a noun ("his suspension", "an
        investigation into X", "the NEC's intervention")."""
        deciders: list[Mention | Entity] = []
        targets: list[Mention] = []
        # "extended his suspension", "a fresh investigation into his conduct", "the NEC's intervention",
        # "suspended pending an investigation"
        prev = s.at(start - 1) if start else None
        if prev is None and start >= 2:
            prev = s.at(start - 2)
        if prev is not None and prev.label == "PRON" and prev.entity is not None:
            targets = [self._event_pronoun(s, prev)]
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
        given = _given_noun(s, start) if not targets else None
        if given is not None:
            # "A, B and C were each given a six-month suspension", "he received a formal warning": the
            # ones given it
            targets = [m for m in self.people_before(s, given) if _kind(m) in ("PERSON", "COLLECTIVE")
                       and (m.label != "PRON" or m.entity is not None)]
        pending = action == "investigate" and start >= 2 and s.lower[start - 2] == "pending"
        if not targets and pending:
            t = self.subject_before(s, start, {"PERSON", "COLLECTIVE"})
            targets = [t] if t is not None else []
        subject = [m for m in s.before(start, DECIDERS, limit=30) if not targets or m is not targets[0]]
        by = _noun_agent(s, end, targets)
        if by is not None:
            # "following his suspension by the Conservative Party", "the expulsion of X by the NEC": the
            # agent after "by", not a body the sentence names before the noun
            return [by], targets
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
        return deciders, targets

    def _passive_arguments(self, s: Sentence, start: int, end: int,
                           action: str) -> tuple[list[Mention | Entity], list[Mention]]:
        """Who decided and about whom, for a decision in the passive ("X was suspended by the NEC",
        "Among those suspended were A, B and C")."""
        deciders: list[Mention | Entity] = []
        targets: list[Mention] = []
        inverted = _inverted(s, start, end)
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
            seat = s.at(target.last + 1) if target is not None and target.last + 1 < s.n else None
            if seat is not None and seat.label == "ROLE" and seat.role in SEAT_ROLES and _kind(target) == "COUNCIL":
                target = seat  # "the East Belfast MP's elevation was endorsed": the member, not a council
            if target is not None and target.label == "ROLE":
                target = _anaphor(self.linker, target)
            if target is not None:
                targets = _coordinated_from(s, target) if _kind(target) == "PERSON" else [target]
        if not deciders and action in ("select", "deselect"):
            # "selected as Labour's candidate"
            role = next((m for m in s.after(end - 1, {"ROLE"}, limit=5) if m.role == "candidate"), None)
            named = s.at(role.first - 1) if role is not None and role.first > 0 else None
            if role is not None and role.possessor is not None:
                deciders = [role.possessor]
            elif named is not None and named.entity is not None and _kind(named) == "PARTY":
                deciders = [named]  # "selected as the Green Party candidate for Bolton West"
            elif action == "deselect" and targets:
                # "X was barred from standing for the Green Party": the party stood for
                k = next((k for k in range(end, min(s.n - 1, end + 6)) if s.lower[k] == "for"
                          and s.lower[k - 1] in ("standing", "running")), None)
                party = s.at(k + 1 + (s.lower[k + 1] == "the")) if k is not None else None
                if party is not None and party.entity is not None and _kind(party) == "PARTY":
                    deciders = [party]
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
        return deciders, targets

    def _active_arguments(self, s: Sentence, start: int, end: int,
                          action: str) -> tuple[list[Mention | Entity], list[Mention]]:
        """Who decided and about whom, for a decision in the active ("the board expelled X")."""
        deciders: list[Mention | Entity] = []
        targets: list[Mention] = []
        word = s.lower[start]
        subject = _subject_after_and(s, start) or self.subject_before(s, _no_choice_but(s, _since_adverb(s, start)),
                                                                      DECIDERS | {"PERSON"})
        if subject is not None and _object_of_earlier_verb(s, subject, start):
            subject = None  # "the prime minister made A deputy prime minister and removed B": not A
        deciders = [subject] if subject is not None else []
        if subject is not None and _kind(subject) in DECIDERS:
            # "Both the parliamentary party and the Federal Executive had approved the deal": both decided
            deciders += [m for m in [_joined_body(s, subject)] if m is not None and m.last < start]
        limit = 4 if word in WEAK else 12
        after = [m for m in s.after(end - 1, TARGETS | {"CONTROLLED", "PRON"}, limit=limit)
                 if m is not subject and m.first < _clause_end(s, end)]
        # "suspended all nine of its councillors", "turned down his bid": a possessive determiner is
        # not the object
        after = [m for m in after if not (m.label == "PRON" and s.lower[m.first] in ("its", "his", "their")
                                          or (s.lower[m.first] == "her" and m.last + 1 < s.n
                                              and not object_pronoun_before(s.lower[m.last + 1])
                                              and (s.at(m.last + 1) is not None or s.words[m.last + 1].islower())))]
        # "voted to remove the Conservative X": the party describes the person, who is the object
        after = [m for i, m in enumerate(after) if not (_kind(m) in ("PARTY", "GROUP") and i + 1 < len(after)
                                                        and after[i + 1].first == m.last + 1
                                                        and _kind(after[i + 1]) == "PERSON")]
        # "backed the change, as did X": X is a second subject; "sacked one of his own ministers": no
        # one named
        after = [m for m in after if not _second_subject(s, end, m.first) and
                 not m.text.lower().startswith("one of ")]
        if action == "request" and after and not _asked_next(s, end, after[0]):
            after = []  # "urged the leadership to listen to members": the one asked is no mention; not "members"
        if action == "intervene":
            # intransitive: "intervene in X" (the body whose X it is: "in the housing policy of a council")
            after = [m for m in after if m.first - end <= 3 and s.lower[end] in ("in", "at")]
            if after and after[0].label in ("THING", "POLICY") and after[0].last + 1 < s.n and \
                    s.lower[after[0].last + 1] == "of":
                owner = next(iter(s.after(after[0].last + 1, ORG_KINDS | {"CONTROLLED"}, limit=3)), None)
                after = [owner] if owner is not None else after
        named = _office_holder_named(s, end)
        if named is not None:
            after = [named]  # "suspended the leader of Christchurch Borough Council, David Flagg": Flagg
        head = _relative_object(s, start)
        if head is not None:
            # "Yvonne Davies, whom Labour suspended in 2020": the one the relative clause hangs on
            return deciders, head
        if after:
            after[0] = self._event_pronoun(s, after[0], _entity(subject) if subject is not None else None)
            targets = _coordinated_from(s, after[0]) if _kind(after[0]) == "PERSON" else [after[0]]
        elif action == "intervene" and deciders:
            council = self.linker.last({"COUNCIL"})
            if council is not None:
                targets = [Mention(0, 0, council.label, "CONTEXT", start, start, council)]
        return deciders, targets

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


#: Adjectives coordinated with a decision's participle used as one ("independent and suspended Labour councillors").
STATUS_ADJECTIVES = frozenset({"independent", "former", "sitting", "remaining", "rebel", "new", "other"})


def _among(s: Sentence, group: Mention) -> int | None:
    """The token of "was" / "were" before "one of" or "among" and a count before ``group`` ("X was one of seven
    Labour councillors", "A and B were among four councillors"), or None."""
    k = group.first - 1
    while k >= 0 and (s.lower[k] in NUMBER_WORDS or s.lower[k].isdigit()):
        k -= 1
    if k >= 0 and s.lower[k] == "among":
        k -= 1
    elif k >= 1 and s.lower[k - 1:k + 1] == ["one", "of"]:
        k -= 2
    else:
        return None
    return k if k >= 1 and s.lower[k] in ("was", "were", "is", "are") else None


def _no_decision(s: Sentence, start: int, end: int, action: str) -> bool:
    """Whether the decision word at ``start`` states no decision: hedged, not taken (``not_decided``),
    negated, a request in a condition, "dismissed ... as" a verdict, a complement ("refused to apologise"),
    a noun ("a council tax freeze"), inside a role or a date, the whip's (read by ``rule_whip``), or an
    adjective ("the suspended councillors")."""
    word = s.lower[start]
    if s.hedged(start) or _not_taken(s, start, end, action) or _motion_terms(s) or _yet_to_be(s, start):
        return True
    if word in ("directed", "direction") and (end < s.n and s.lower[end] in ("at", "towards", "against") or
                                              start > 0 and s.lower[start - 1] in ("of", "new", "political")):
        return True  # "a remark directed at X", "a change of direction": aimed, or a course; no instruction
    if word != "not" and start > 0 and s.lower[start - 1] in NEGATION:
        return True
    if word in ("orders", "order") and start > 0 and s.lower[start - 1] == "standing":
        return True  # "a review of standing orders": a council's rules, no instruction
    if start > 1 and s.title(start) and s.title(start - 1) and s.words[start - 1].isalpha() and \
            not s.title(start - 2):
        return True  # "the Independent Inquiry into Child Sexual Abuse": a name, no decision
    if start > 2 and s.lower[start - 1] == "be" and "that" in s.lower[max(0, start - 8):start - 1]:
        that = max(k for k in range(max(0, start - 8), start - 1) if s.lower[k] == "that")
        if any(w in REQUEST_WORDS for w in s.lower[max(0, that - 4):that]):
            return True  # "a letter demanding that she be suspended": asked for, not done
    if action == "request" and _conditional(s, start):
        return True
    if word.startswith("dismiss") and _dismissed_as_verdict(s, end):
        return True  # "dismissed the rebels as extremists", "dismissed the claims as nonsense": a verdict
    if end < s.n and s.lower[end] == "to" and action in ("reject", "approve", "scrap"):
        return True  # "refused to apologise", "agreed to stay on": a complement, not a decision about something
    if action == "approve" and end < s.n and s.lower[end] == "with":
        return True  # "where they agreed with it", "agrees with the leader": a view shared, not a decision taken
    if action == "scrap" and word in ("withdrew", "withdraws", "pulled", "pulls") and \
            any(w in CONTESTS for w in s.lower[end:end + 4]):
        return True  # "withdrew from the contest", "pulled out of the race": a candidate's withdrawal
    before = s.lower[start - 1] if start > 0 else ""
    if word in NOUN_OR_VERB and before and (before in DETERMINER_WORDS or (
            s.words[start - 1].isalpha() and s.words[start - 1].islower() and before not in VERB_LEADS)):
        return True  # "campaigned on a council tax freeze", "a pause": a noun, not a decision taken
    inside = s.at(start)
    if inside is not None and inside.label in ("ROLE", "DATE") or (
            word == "removed" and "whip" in s.lower[max(0, start - 4):start + 4]):
        return True
    # "the suspended councillors", "two suspended Labour councillors", "independent and suspended Labour
    # councillors", "enough approved candidates": an adjective
    attributive = before in ("the", "a", "an", "its", "their", "his", "her") or word.endswith("ed") and (
        before in ("several", "both", "all", "enough", "no", "more", "other", "many", "some", "fewer") or
        before in NUMBER_WORDS or before.isdigit() or
        before in ("and", "or", ",") and start > 1 and s.lower[start - 2] in STATUS_ADJECTIVES)
    return word not in NOUN_ACTIONS and attributive and start + 1 < s.n and s.at(start + 1) is not None



def _noun_agent(s: Sentence, end: int, targets: list[Mention]) -> Mention | None:
    """The agent of a decision noun: "by X" straight after the noun ("his suspension by the party") or
    after its "of" object ("the expulsion of X by the NEC"), a body or a person."""
    k = end
    if targets and targets[0].first >= end and targets[0].label != "CONTEXT":
        k = targets[0].last + 1
    if k >= s.n or s.lower[k] != "by":
        return None
    k += 1
    while k < s.n and s.lower[k] in ("the", "a", "an"):
        k += 1
    m = s.at(k) if k < s.n else None
    if m is None or m.entity is None or m.label in ("PRON", "DATE") or _kind(m) not in DECIDERS | {"PERSON"}:
        return None
    return m


def _given_noun(s: Sentence, start: int) -> int | None:
    """The verb of giving before a decision noun at ``start`` ("were each given a six-month suspension",
    "received an indefinite suspension"), past its article and its length; None when there is none."""
    k = start - 1
    while k > 0 and (s.lower[k] in NOUN_LENGTH or s.lower[k].isdigit()):
        k -= 1
    return k if k < start - 1 and s.lower[k] in GIVING and s.lower[k + 1] in ("a", "an") else None


#: Verbs that give a sanction to the one who is their subject in the passive or receives it.
GIVING = {"given", "handed", "received", "receives", "receive", "receiving"}
#: Words between a verb of giving and its decision noun: "given a six-month suspension".
NOUN_LENGTH = {"a", "an", "-", "six", "three", "two", "four", "twelve", "one", "month", "months", "week", "weeks",
               "year", "years", "day", "indefinite", "formal", "administrative", "temporary", "further", "fresh",
               "immediate", "lengthy", "short", "full"}


def _told_before(s: Sentence, start: int) -> bool:
    """Whether a decision noun at ``start`` is named as an earlier event: "following his suspension", "after
    the expulsion of X", "since her removal"."""
    k = start - 1
    while k > 0 and s.lower[k] in ("his", "her", "their", "its", "the", "a"):
        k -= 1
    return k >= 0 and s.lower[k] in ("following", "after", "since")


def _inverted(s: Sentence, start: int, end: int) -> bool:
    """"Those suspended were A and B", "The Tameside councillors suspended are A, B and C": a participle
    after the ones it is said of, the people it was done to named after the verb that follows."""
    if start >= 1 and s.lower[start - 1] == "those":
        return True
    group = s.at(start - 1) if start else None
    return group is not None and group.last == start - 1 and _kind(group) == "COLLECTIVE" and \
        s.lower[start].endswith("ed") and end < s.n and s.lower[end] in BE | INCLUDE_WORDS


def _reduced_passive(s: Sentence, start: int, end: int) -> bool:
    """"Lucy Roe, sacked from the cabinet by the prime minister two months ago, was elected ...", "Jo Bell,
    expelled by the party in 2019, ...": a past participle right after a person and a comma, with its agent
    after "by" before the aside's next comma, is a passive said of that person (the person is not the one
    who decided)."""
    group = s.at(start - 1) if start else None
    if group is not None and group.last == start - 1 and _kind(group) == "COLLECTIVE" and \
            s.lower[start].endswith("ed") and _among(s, group) is not None:
        return True  # "X was one of seven Labour councillors suspended by the party": said of the group
    if start < 2 or s.lower[start - 1] != "," or not s.lower[start].endswith("ed"):
        return False
    person = s.at(start - 2)
    if person is None or person.last != start - 2 or _kind(person) != "PERSON" or person.label in ("PRON", "ROLE"):
        return False
    for k in range(end, min(s.n, end + 8)):
        if s.lower[k] in (",", ";", "."):
            return False
        if s.lower[k] == "by":
            return True
    return False


def _object_of_earlier_verb(s: Sentence, subject: Mention, start: int) -> bool:
    """Whether the mention read as the subject of a verb after "and" is the object of the verb before it:
    "the prime minister made David Lammy deputy prime minister and removed Ms Powell" (a lowercase word
    that is no article, preposition, adverb or conjunction right before the mention; the subject is then
    one the rules did not read, so nothing is printed rather than a decision by the wrong person)."""
    k = start - 1
    while k > 0 and s.lower[k] in ("then", "also", "later", "promptly", "swiftly"):
        k -= 1
    if k < 1 or s.lower[k] != "and" or subject.first < 1 or subject.last >= k:
        return False
    before = s.words[subject.first - 1]
    if not before.isalpha() or not before.islower() or before.lower() in DETERMINER_WORDS | PREPOSITIONS | {
            "and", "but", "or", "then", "also", "when", "as", "while", "after", "before", "that", "who", "which",
            "his", "her", "its", "their", "our", "both", "only", "even", "later", "now", "since"}:
        return False
    # a subject of that earlier verb named before it ("the prime minister made ..."; not "On Monday evening
    # the group met and dropped X", where the word before the group is part of a date)
    return any(m.last < subject.first - 1 and m.label != "DATE" and (m.label == "ROLE" or _kind(m) in DECIDERS | {
        "PERSON"}) for m in s.mentions)


def _asked_next(s: Sentence, end: int, asked: Mention) -> bool:
    """Whether the one asked follows the request verb at once ("asked the council to", "urged Ms X to",
    "asking them to"): only articles, honorifics or a date may stand between. A request's object is the
    verb's direct object; a mention further on is inside what is asked ("urged the leadership to listen to
    members", "urged voters to give both their votes to the SNP")."""
    between = [k for k in range(end, asked.first) if s.at(k) is None or s.at(k).label != "DATE"]
    return all(s.lower[k] in DETERMINER_WORDS | HONORIFIC_WORDS | {"its", "their", "his", "her", ","} for k in between)


def _no_choice_but(s: Sentence, start: int) -> int:
    """Where the subject of a verb after "had no choice but to" is looked for: before "no" ("he had no
    alternative but to ask X": his decision; "but" there joins no second clause)."""
    if start >= 5 and s.lower[start - 2:start] == ["but", "to"] and s.lower[start - 3] in CHOICE_NOUNS and \
            s.lower[start - 4] == "no":
        return start - 4
    return start


def _vote_count_after(s: Sentence, k: int) -> bool:
    """Whether "by N votes to M" (or "by N to M") follows within three words after ``k``."""
    for j in range(k + 1, min(s.n - 3, k + 4)):
        if s.lower[j] == "by" and s.lower[j + 1].isdigit() and "to" in s.lower[j + 2:j + 4]:
            return True
    return False


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


def _anaphor(linker: Linker, role: Mention) -> Mention | None:
    """"The former Mayor of London had been suspended": a role description standing for the person
    last mentioned."""
    person = linker.last({"PERSON"})
    if person is None:
        return None
    return Mention(role.start, role.end, role.text, "PRON", role.first, role.last, person)


def _office_holder_named(s: Sentence, k: int) -> Mention | None:
    """The person named in apposition to an office right at ``k`` ("the leader of Christchurch Borough
    Council, David Flagg", "its deputy leader, Jane Doe"): the one a decision about the office's holder is
    about, not the office's organisation."""
    role = s.at(k) if k < s.n else None
    if (role is None or role.label == "PRON") and k + 1 < s.n and s.lower[k] in ("its", "their", "his", "her"):
        role = s.at(k + 1)
    if role is not None and _kind(role) == "PARTY" and role.last + 1 < s.n and role.first <= k + 1:
        # "voted out its Conservative leader, Alec Robertson": the holder's party before the office
        office = s.at(role.last + 1)
        role = office if office is not None and office.first == role.last + 1 else None
        k = role.first - 1 if role is not None else k
    if role is None or role.label != "ROLE" or role.first > k + 1 or role.role is None:
        return None
    last = role.last
    if last + 2 < s.n and s.lower[last + 1] == "of" and (org := s.at(last + 2)) is not None and org.first == last + 2:
        last = org.last
    person = s.at(last + 2) if last + 2 < s.n and s.lower[last + 1] == "," else None
    if person is None or person.first != last + 2 or person.label == "PRON" or _kind(person) != "PERSON":
        return None
    return person
