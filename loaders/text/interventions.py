"""Interventions and bars told without a decision word: "placed the group in special measures", "took
charge of the city's Labour group", "sent commissioners into the council", "refused to let X stand", "ruled
that X could not stand".

A party or a body that puts a group (or a council) in special measures, or takes charge of a group,
intervenes in it; so does a minister or a government that sends commissioners into a council or takes powers
over it; one that will not let someone stand for it deselects them.
"""

from __future__ import annotations

from .linking import Mention
from .sentence import Fact, Sentence, _kind
from .words import DECIDERS, NEGATION

#: Verbs that put something in special measures: "placed the group in special measures".
PLACING = {"placed", "places", "put", "puts", "putting", "placing"}
#: Verbs that send commissioners into a council: "sent commissioners into", "appointed commissioners to
#: oversee"; and that take powers over one.
SENDING = {"sent", "send", "sends", "sending", "appointed", "appoints", "appoint", "appointing", "installed",
           "installs", "install", "installing"}
TAKING = {"taken", "took", "takes", "taking", "take"}
#: Verbs that leave someone off a shortlist.
LEAVING = {"left", "leaves", "leaving", "kept", "keeps"}
#: Verbs before "that" that report a ruling: "ruled that X could not stand".
RULING = {"ruled", "rules", "decided", "decides", "determined", "concluded"}


class InterventionRules:
    """Rules for interventions and bars told in other words."""

    def special_measures(self, s: Sentence) -> None:
        """"Labour's headquarters placed the group in special measures": the subject (a party or body)
        intervenes in the group or council named between the verb and "in special measures". Cost: a
        look only where "measures" is a word of the sentence."""
        for k in s.positions(("measures",), 2):
            if s.lower[k - 1] != "special" or s.lower[k - 2] != "in":
                continue
            verb = next((v for v in range(k - 3, max(-1, k - 12), -1) if s.lower[v] in PLACING), None)
            if verb is None or s.hedged(verb) or any(w in NEGATION for w in s.lower[max(0, verb - 2):verb]):
                continue
            target = next((m for m in s.mentions if verb < m.first < k - 2 and m.entity is not None
                           and _kind(m) in ("GROUP", "COUNCIL")), None)
            # "Labour's headquarters placed ...": the party whose office it is
            subject = self.subject_before(s, verb, DECIDERS) or \
                min(s.before(verb, {"PARTY", "BODY"}, limit=6), key=lambda m: m.first, default=None)
            if target is None or subject is None or subject.entity is None or subject.entity == target.entity:
                continue
            self._intervened(s, subject, target, verb, k)

    def commissioners_sent(self, s: Sentence) -> None:
        """A government's intervention in a council: "Eric Pickles today sent commissioners into the London
        Borough of Tower Hamlets", "appointed commissioners to oversee Croydon Council", "the council has
        worked under commissioners sent in by Eric Pickles", "the government has taken formal powers over
        Spelthorne Borough Council": the minister or government intervenes in the council (named after the
        commissioners, or before them, or in context). Not hedged or negated. Cost: a look only where
        "commissioners" or "powers" is a word of the sentence."""
        for k in s.positions(("commissioners", "powers"), 1):
            verb, council, subject = self._sending(s, k)
            if verb is None or s.hedged(verb) or any(w in NEGATION for w in s.lower[max(0, verb - 3):verb]):
                continue
            if council is None:
                here = self.linker.council_in_context()
                council = Mention(0, 0, here.label, "CONTEXT", k, k, here) if here is not None else None
            if subject is None or council is None or subject.entity is None or council.entity is None or \
                    _kind(council) != "COUNCIL" or _kind(subject) not in ("PERSON", "BODY"):
                continue
            self._intervened(s, subject, council, verb, max(k, council.last if council.label != "CONTEXT" else k))

    def _sending(self, s: Sentence, k: int) -> tuple[int | None, Mention | None, Mention | None]:
        """The verb, the council and the sender of the commissioners (or powers) at ``k``."""
        after = next((m for m in s.after(k, {"COUNCIL"}, limit=3) if m.first <= k + 8), None)
        if s.lower[k] == "powers":
            verb = next((v for v in range(max(0, k - 3), k) if s.lower[v] in TAKING), None)
            if verb is None or after is None or s.lower[after.first - 1] != "over" and s.lower[after.first - 2:after.first] != ["over", "the"]:
                return None, None, None
            return verb, after, self.subject_before(s, verb, {"PERSON", "BODY"})
        if k + 3 < s.n and s.lower[k + 1] in SENDING and "by" in s.lower[k + 2:k + 4]:
            # "commissioners sent in by Eric Pickles": the council named before, else the one in context
            by = k + 2 + s.lower[k + 2:k + 4].index("by")
            agent = s.at(by + 1)
            before = next(iter(reversed(list(s.before(k, {"COUNCIL"}, limit=12)))), None)
            return (k + 1, before, agent) if agent is not None and agent.first == by + 1 else (None, None, None)
        verb = next((v for v in range(k - 1, max(-1, k - 4), -1) if s.lower[v] in SENDING), None)
        if verb is None or after is None or not any(w in ("into", "in", "to", "at") for w in s.lower[k + 1:after.first]):
            return None, None, None
        return verb, after, self.subject_before(s, verb, {"PERSON", "BODY"})

    def group_taken_over(self, s: Sentence, subject: Mention, k: int) -> bool:
        """"the party's national leadership took charge of the city's Labour group": a party or body in
        charge of a group (not a council) intervenes in it. True when a group follows "charge of"."""
        group = next((m for m in s.after(k + 1, {"GROUP"}, limit=5) if m.entity is not None), None)
        if group is None or s.lower[k + 1] != "of":
            return False
        if _kind(subject) in ("PARTY", "BODY") and subject.entity is not None and subject.entity != group.entity:
            self._intervened(s, subject, group, k, group.last)
        return True

    def _intervened(self, s: Sentence, subject: Mention, target: Mention, verb: int, last: int) -> None:
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, min(subject.first, verb), max(target.last, last))
        self.add(Fact("decided", subject.entity, target.entity, a, b, "decided-intervene", 0.75, action="intervene",
                      when=when))

    def left_off(self, s: Sentence) -> None:
        """"A panel of the NEC left Jamie Driscoll off the shortlist", "left a popular local councillor, X, off
        the longlist of candidates": the body rejects the person (named, or a pronoun for one). Not hedged or
        negated. Cost: a look only at "shortlist" and "longlist"."""
        for k in s.positions(("shortlist", "longlist"), 3):
            if s.lower[k - 2:k] != ["off", "the"]:
                continue
            verb = next((v for v in range(k - 3, max(-1, k - 12), -1) if s.lower[v] in LEAVING), None)
            if verb is None or s.hedged(verb) or any(w in NEGATION for w in s.lower[max(0, verb - 2):verb]):
                continue
            person = next((m for m in reversed(s.mentions) if verb < m.first < k - 2 and _kind(m) == "PERSON"
                           and m.entity is not None), None)
            subject = self.subject_before(s, verb, DECIDERS)
            if person is None or subject is None or subject.entity is None:
                continue
            when, _ = self.date_near(s, verb, event=True)
            a, b = self.evidence_span(s, subject.first, k)
            self.add(Fact("decided", subject.entity, person.entity, a, b, "decided-reject", 0.75, action="reject",
                          when=when))

    def not_let_stand(self, s: Sentence) -> None:
        """"the NEC refused to let the sitting MP, X, stand under its banner again", "the NEC ruled that
        X could not stand for Labour again": the body deselects X (named, not a pronoun). Cost: a look
        only where "stand" is a word of the sentence."""
        for k in s.positions(("stand",), 2):
            person = self._standing_person(s, k)
            if person is None:
                continue
            if s.lower[person.first - 1] in ("let", "allow") or s.lower[person.first - 1] == "," and \
                    "let" in s.lower[max(0, person.first - 8):person.first]:
                verb = next((v for v in range(person.first - 1, max(-1, person.first - 10), -1)
                             if s.lower[v] in ("refused", "refuses", "declined", "declines")), None)
            elif s.lower[k - 1] == "not" and s.lower[k - 2] in ("could", "can", "cannot", "would"):
                verb = next((v for v in range(person.first - 1, max(-1, person.first - 10), -1)
                             if s.lower[v] in RULING), None)
            else:
                continue
            if verb is None or s.hedged(verb):
                continue
            body = self.subject_before(s, verb, DECIDERS)
            if body is None or body.entity is None:
                continue
            when, _ = self.date_near(s, verb, event=True)
            a, b = self.evidence_span(s, body.first, k)
            self.add(Fact("decided", body.entity, person.entity, a, b, "decided-deselect", 0.75, action="deselect",
                          when=when))

    @staticmethod
    def _standing_person(s: Sentence, k: int) -> Mention | None:
        """The person named just before "stand" at ``k`` (past "could not"), or before the comma that closes
        their apposition ("the sitting MP, X, stand")."""
        j = k - 1
        while j > 0 and s.lower[j] in ("not", "could", "can", "cannot", "would", ","):
            j -= 1
        m = s.at(j)
        if m is None or m.last != j or _kind(m) != "PERSON" or m.entity is None or m.label == "PRON":
            return None
        return m
