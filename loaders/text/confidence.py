"""Opposition in words: calls to step down, motions, votes and letters of no confidence, votes against.

``opposed_in_words`` reads "X called on Y to resign", "A tabled a motion of no confidence in B", "voted
against the motion" and the movers of a motion ("a motion moved by A and B"); a request by one's own
leader is not opposition.
"""

from __future__ import annotations

from .dates import When
from .event_subjects import _named_after_group
from .linking import ORG_KINDS, Entity, Mention
from .reference import event_person
from .sentence import (
    Fact,
    Sentence,
    _before_aside_who,
    _clause_start,
    _coordinated_from,
    _kind,
    _people_listed,
)
from .stance_words import (
    BRANDING,
    CALL_ADVERBS,
    CALL_MODALS,
    DAMNING,
    HONORIFICS,
    MOTION_NOUNS,
    MOTION_VERDICTS,
    MOVING_VERBS,
    NO_CONFIDENCE_VERBS,
    PRAISE,
    QUOTES,
    SAYING_VERBS,
    SIGNING_VERBS,
    SPEAKING,
    _and_by,
    _facing,
    _go_follows,
    _head_of_relative,
    _no_confidence,
    _possessed,
    _statement_iri,
)
from .words import (
    BE,
    DETERMINER_WORDS,
    GO_WORDS,
    INCLUDE_WORDS,
    NEGATION,
    PEOPLE,
)

#: Verbs that press their object to do something: "urged him to stand down" is a call to go.
URGING = {"urged", "urges", "urging", "pressed", "presses", "pressing"}
# made once: the rules look every word up in them
_VERDICT_OR_SPEAKING = MOTION_VERDICTS | SPEAKING
_VERDICT_OR_BRANDING = MOTION_VERDICTS | BRANDING
_MODAL_OR_BE = CALL_MODALS | {"be"}  # what opposed_in_words's reported calls to go start from
_OPPOSING_WORDS = URGING | _VERDICT_OR_SPEAKING | BRANDING | {  # and every other word it reads
    "called", "calls", "calling", "voted", "vote", "votes", "voting", "confidence"}


class ConfidenceRules:
    """Rules for opposition stated as calls to go, no-confidence motions and votes against."""

    def opposed_in_words(self, s: Sentence) -> None:
        """"A and B jointly called on Starmer to step down", "the NEC passed a vote of no confidence in
        him", "she had submitted a letter of no confidence in Sunak": the subject opposes the person
        (a statement of theirs; a call to go is not also printed as a request). Hedged sentences, and
        no-confidence phrases with a verb said of the object ("survived a vote of no confidence in
        him"), give nothing. Cost: a look at each "called"/"calls" and each "confidence"."""
        for k in s.positions(_MODAL_OR_BE, 2, s.n - 1):
            named = s.at(k - 1) if s.lower[k] == "be" else None
            if s.lower[k] in CALL_MODALS or named is not None and named.first >= 1 and \
                    s.lower[named.first - 1] == "that":
                # at the sentence's end too: "said B should resign."; "demanded that B be suspended"
                self._said_should_go(s, k)
        for k in s.positions(_OPPOSING_WORDS, 1, s.n - 3):
            word = s.lower[k]
            urged = word in URGING and s.at(k + 1) is not None  # "urged him to stand down"
            on = k + 1
            if word in ("called", "calls", "calling"):
                dated = {j for d in s.dates() for j in range(d.first, d.last + 1)}
                while on < s.n - 2 and on < k + 5 and (s.lower[on] in CALL_ADVERBS or on in dated):
                    on += 1  # "had called publicly last month for Carswell to go"
            if word in ("called", "calls", "calling") and s.lower[on] in ("on", "for") or urged:
                at = on + 1 if not urged else k + 1
                target = self._called_on(s, at)
                after = target.last + 1 + (target.last + 1 < s.n and s.lower[target.last + 1] == ",") \
                    if target is not None else s.n
                if target is None or target.entity is None or target.entity.kind != "PERSON" or \
                        not (after + 1 < s.n and s.lower[after] == "to" and s.lower[after + 1] in GO_WORDS):
                    continue
                j = k
                while j > 0 and s.lower[j - 1] in CALL_ADVERBS:
                    j -= 1
                # a call to go opposes, whoever makes it: a party leader calling on their own MP to stand
                # down too (docs/text-gold-guide.md: "called on to go"); a group's call is no one's statement
                subjects = [m for m in self.people_before(s, j) if m.entity is not None and
                            m.entity != target.entity and m.entity.kind == "PERSON"]
                if not subjects:
                    # "Labour called on him to resign": a party or body's call to go opposes too (and is
                    # no request, decisions.py); "Four Labour MSPs, A, B, C and D, called on him to go": the
                    # people named, else the group
                    body = self.subject_before(s, j, {"PARTY", "BODY", "GROUP", "COUNCIL", "COLLECTIVE"})
                    subjects = [] if body is None or body.entity is None or body.label == "PRON" else \
                        _named_after_group(s, body) or [body]
                if target.label == "PRON" and subjects:
                    # "B also urged him to stand down": the one the story's events are about (as "said he
                    # should resign")
                    target = self._event_pronoun_target(s, target, subjects[0].entity) or target
                self._opposes(s, subjects, target, j, after + 1, "letter-opposes-call")
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
                    subjects = [m for m in self.people_before(s, k) if m.label != "PRON"] or [
                        m for m in [self.subject_before(s, k, {"COLLECTIVE", "GROUP", "PARTY"})] if m is not None]
                # people, or a group or party as one ("with all 30 opposition councillors voting against him")
                subjects = [m for m in subjects if m.entity is not None and m.entity != target.entity and
                            m.entity.kind in ("PERSON", "COLLECTIVE", "GROUP", "PARTY")]
                if target.label == "PRON" and subjects and any(m.entity == target.entity for m in s.mentions
                                                               if m.last < k and m.label != "PRON"):
                    # "Councillors A, B and C voted against her": never one of them (the linker took the
                    # nearest name), but the one the story's events were about
                    target = self._event_pronoun_target(s, target, subjects[0].entity)
                    if target is None:
                        continue
                self._opposes(s, subjects, target, k, target.last, "letter-opposes-vote")
            elif word == "confidence" and _no_confidence(s, k):
                self._no_confidence_in(s, k)
            elif word in _VERDICT_OR_SPEAKING and self.motion_target is not None:
                self._against_the_motion(s, k)
            if word in _VERDICT_OR_BRANDING and (s.lower[k + 1] in ("his", "her") or _possessed(s, k + 1)):
                # "A called his words deeply offensive", "B branded Y's remarks vile": on someone's words
                self._verdict(s, k, k + (2 if s.lower[k + 1] in ("his", "her") else 1))
            elif word in BRANDING and s.lower[k + 1] in ("the", "it", "this"):
                # "A branded the process unfair": a verdict, read as "called the" is (no trigger of its own).
                # ("accused X of" was tried: the gold files list accusations in background as no opposition)
                self._verdict(s, k, k + 2)

    def _called_on(self, s: Sentence, at: int) -> Mention | None:
        """Who a call at ``at`` is on: the person named there, past a title ("called on Councillor Ben
        Duncan to resign") or a role in apposition ("called on their leader, Richard Leonard, to resign"),
        or the holder the document gave a role named alone ("called on the leader to resign")."""
        named = s.at(at)
        if named is None and at + 1 < s.n and s.lower[at] in ("the", "their", "his", "her", "its"):
            named = s.at(at + 1)  # "their leader": a role, with its determiner
            if named is not None and named.label == "ROLE":
                at += 1
        if named is None or named.first != at:
            return None
        if named.label != "ROLE":
            return named
        k = named.last + 1 + (named.last + 1 < s.n and s.lower[named.last + 1] == ",")
        person = s.at(k) if k < s.n else None
        if person is not None and person.first == k and _kind(person) == "PERSON" and person.label != "PRON":
            return person
        holder = self.holder_of(named.role) if named.last + 1 < s.n and s.lower[named.last + 1] == "to" else None
        return Mention(named.start, named.end, named.text, "PRON", named.first, named.last, holder) \
            if holder is not None else None

    def _said_should_go(self, s: Sentence, k: int) -> None:
        """A call to go in reported speech: "A said B should resign", "A insisted that the leader must
        step down", "A said he should 'do the decent thing and resign'". The person just before the
        modal at ``k`` is the target (a pronoun or a role the document gave a holder stands for them);
        the subject is the clause's person before a saying verb ahead of the target. A sayer speaking of
        themselves, a question ("asked whether B should go") and a negation ("should not resign") give
        nothing. Cost: a look at each "should" and "must"."""
        if not _go_follows(s, k + 1):
            return
        target = s.at(k - 1)
        if target is None or target.last != k - 1 or _kind(target) != "PERSON":
            return
        if target.label == "ROLE":
            holder = self.holder_of(target.role)
            if holder is None:
                return
            target = Mention(target.start, target.end, target.text, "PRON", target.first, target.last, holder)
        if target.entity is None:
            return
        j = target.first - 1
        while j >= 0 and (s.lower[j] in ("that", ",") or s.lower[j] in DETERMINER_WORDS):
            j -= 1
        if j < 1 or s.lower[j] not in SAYING_VERBS:
            return
        subjects = [m for m in self.people_before(s, j) if m.entity is not None and m.entity.kind == "PERSON"]
        if target.label == "PRON" and subjects and target.entity == subjects[0].entity:
            target = self._event_pronoun_target(s, target, subjects[0].entity)
        subjects = [m for m in subjects if target is not None and m.entity != target.entity]
        if target is not None:
            self._opposes(s, subjects, target, j, min(s.n - 1, k + 2), "letter-opposes-call")

    def _event_pronoun_target(self, s: Sentence, pronoun: Mention, sayer: Entity) -> Mention | None:
        """"A said he should resign": one tells another to go, so a pronoun the linker read as the sayer
        is the person the last three sentences' events were about (who was decided about, who resigned,
        who was opposed), of the pronoun's gender, not the sayer. None when no event fits. (Tried for
        "no confidence in him" and "attacked her" too: there the linker's reading and the last event
        agree on the wrong person as often as on the right one, so those pronouns stay unread.)"""
        lo = self.sentences[-3].char(0) if len(self.sentences) >= 3 else 0
        recent = [f.subject if f.relation == "resigned" else f.object for f in self.facts
                  if lo <= f.start < s.char(pronoun.first) and f.relation in ("resigned", "decided", "opposed")]
        person = event_person(pronoun, recent, self.linker.gender, sayer)
        return None if person is None else Mention(pronoun.start, pronoun.end, pronoun.text, "PRON", pronoun.first,
                                                   pronoun.last, person)

    def _no_confidence_in(self, s: Sentence, k: int) -> None:
        """A motion, vote or letter of no confidence in a person (``k`` is "confidence"): "the NEC passed a
        vote of no confidence in him", "A moved a motion stating that the council no longer had trust and
        confidence in the Leader of the Council, Councillor B", "a motion submitted by A and C in the
        following terms: 'That this group has no confidence in B'", "The motion of no confidence was brought
        by A" (B: the person of the document's last such motion), "My motion is one of no confidence in B"
        (a letter's writer). Whoever moved, tabled, submitted, brought or passed it opposes the person;
        hedged ("may ask for a motion of no confidence") or survived motions give nothing."""
        target = self._confidence_target(s, k)
        if target is None or s.hedged(k, 8):
            return  # "any five members may ask for a motion of no confidence in B"
        self.motion_target = target.entity
        movers, verb = self._movers(s, k)
        if not movers and s.n > 1 and "that" in (s.lower[0], s.lower[1]) and (s.lower[0] == "that" or s.lower[0] in QUOTES):
            # the terms of a motion quoted after "A moved the following motion:", a sentence of its own
            before = self.sentences[-2] if len(self.sentences) > 1 else None
            words = [w for w in before.lower if w.strip()] if before is not None else []
            if before is not None and before.paragraph >= s.paragraph - 1 and words and words[-1] == ":":
                movers, _ = self._movers(before, before.n)
        if not movers and verb is None:
            movers, verb = self._declared_no_confidence(s, k)
        movers = [m for m in movers if m.entity is not None and m.entity != target.entity]
        if not movers:
            return
        self._opposes(s, movers, target, verb if verb is not None else k, target.last, "letter-opposes-no-confidence")
        if verb is not None and s.lower[verb] in SIGNING_VERBS:
            # "a motion submitted by A and B", "A tabled a motion of no confidence": a motion its tablers signed
            noun = next((w for w in reversed(s.lower[max(0, k - 5):k]) if w in MOTION_NOUNS), "motion")
            motion = self._motion(target.entity, noun.rstrip("s"))
            when, _ = self.date_near(s, verb, event=True)
            a, b = self.evidence_span(s, min(m.first for m in movers if m.label != "CONTEXT") if all(
                m.label != "CONTEXT" for m in movers) else verb, max(verb, target.last))
            for m in movers:
                if _kind(m) == "PERSON":
                    self.add(Fact("signed", m.entity, motion, a, b, "signed-motion", 0.75, when=when,
                                  statement=motion, creator=movers[0].entity))

    def _declared_no_confidence(self, s: Sentence, k: int) -> tuple[list[Mention], int | None]:
        """"B said he had no confidence in Mr Nesbitt as leader", "A said his party had no confidence in the
        First Minister either", "C has no confidence in D": the one who declares it (``k`` is "confidence",
        after "has/had/have no"). The clause's named person or body, else, for a pronoun or "his party",
        the person who said it."""
        if k < 2 or s.lower[k - 1] != "no" or s.lower[k - 2] not in ("has", "had", "have", "having"):
            return [], None
        verb = k - 2
        before = s.at(verb - 1) if verb else None
        reported = before is not None and before.label == "PRON" or s.lower[verb - 1] == "party" and \
            s.lower[verb - 2] in ("his", "her", "their")  # "said he had", "said his party had"
        subject = None if reported else self.subject_before(s, verb, PEOPLE | ORG_KINDS)
        if subject is not None and subject.label != "PRON" and subject.entity is not None and \
                _clause_start(s, verb) <= subject.first:
            return [subject], verb
        said = next((j for j in range(verb - 1, max(-1, verb - 6), -1) if s.lower[j] in SAYING_VERBS), None)
        if said is None:
            return [], None
        aside = _before_aside_who(s, said)  # "Mr McCrea, who lost to Mr Nesbitt last year, said ..."
        sayer = aside[0] if aside else self.subject_before(s, said, PEOPLE)
        if sayer is None or sayer.label == "PRON" or sayer.entity is None or _kind(sayer) != "PERSON":
            return [], None
        return [sayer], said

    def _motion(self, person: Entity, noun: str = "motion") -> Entity:
        """The document's motion (or letter) of no confidence in ``person``: one entity per person and noun."""
        return self.linker.mint(_statement_iri(self.linker.doc_key, person.iri + noun, None),
                                f"{noun.capitalize()} of no confidence in {person.label}", "POLICY", ())

    def _against_the_motion(self, s: Sentence, k: int) -> None:
        """Opposition to a motion of no confidence the document has told of: "A spoke against the motion",
        "B voted against the motion", "C called the motion a disgrace", "D branded it shameful" (a damning
        word within four words, "it" right after the verb). The speaker is the clause's named person (not
        a pronoun); the object the motion, one entity per document."""
        nxt = s.lower[k + 1:k + 4]
        if s.lower[k] in SPEAKING:
            if nxt[:3] != ["against", "the", "motion"]:
                return
        elif not (nxt[:2] == ["the", "motion"] or nxt[:1] == ["it"]) or \
                not any(w in DAMNING for w in s.lower[k + 2:k + 7]) or any(w in PRAISE for w in s.lower[k + 2:k + 7]):
            return
        if s.hedged(k) or k > 0 and s.lower[k - 1] in NEGATION:
            return
        speaker = _head_of_relative(s, k) or next(
            (m for m in self.people_before(s, k) if _kind(m) == "PERSON" and m.label != "PRON"), None)
        if speaker is None or speaker.entity is None:
            return
        motion = self._motion(self.motion_target)
        target = Mention(0, 0, motion.label, "CONTEXT", k + 1, k + 1, motion)
        self._opposes(s, [speaker], target, k, min(s.n - 1, k + 4), "letter-opposes-criticism")

    def _confidence_target(self, s: Sentence, k: int) -> Mention | None:
        """The person "no confidence in" names: a person right after "in", the holder of a role named there
        ("in the Leader of the Council, Councillor B": the person in apposition, else the one the document
        made leader), a letter's "me"; with no "in", the person of the document's last such motion or
        removal."""
        if k + 2 >= s.n or s.lower[k + 1] != "in":
            faced = _facing(s, k)
            if faced is not None:
                return faced
            # "The motion of no confidence was brought by A": the person of the last such motion, or the
            # one the document last told removed
            removed = next((f.object for f in reversed(self.facts) if f.relation == "decided" and
                            f.action == "remove" and f.object.kind == "PERSON"), None)
            person = self.motion_target or removed
            return Mention(0, 0, person.label, "CONTEXT", k, k, person) if person is not None else None
        if s.lower[k + 2] == "me":
            # a letter's writer (dropped if it has no signatory); "in him" is too often the wrong person
            return Mention(0, 0, "me", "WRITER", k + 2, k + 2, self.letter.writer)
        j = k + 2
        while j + 1 < s.n and s.lower[j] in HONORIFICS:
            j += 1  # "no confidence in Mr Nesbitt"
        m = s.at(j)
        if m is None or m.first not in (k + 2, j) or m.label == "PRON":
            return None
        if m.label == "ROLE":
            j = m.last + 1
            of = s.at(j + 1) if j + 1 < s.n and s.lower[j] == "of" else None
            if of is not None and of.first == j + 1 and _kind(of) != "PERSON":
                j = of.last + 1  # "the Leader of the Council, Councillor B"
            if j < s.n and s.lower[j] == ",":
                j += 1
                title = s.at(j)
                if title is not None and title.label == "ROLE" and title.last - title.first < 2:
                    j = title.last + 1  # "Councillor B"
                while j < s.n and s.lower[j] in HONORIFICS:
                    j += 1
                named = s.at(j) if j < s.n else None
                if named is not None and named.first == j and _kind(named) == "PERSON" and named.label != "PRON":
                    return named
            holder = self.holder_of(m.role)
            return Mention(m.start, m.end, m.text, "CONTEXT", m.first, m.last, holder) if holder else None
        if m.entity is None or _kind(m) != "PERSON":
            return None
        return m

    def _movers(self, s: Sentence, k: int) -> tuple[list[Mention], int | None]:
        """Who moved, tabled, submitted, brought or passed the motion told in ``s`` before ``k`` or by an
        agent anywhere in it: "A moved a motion ...", "a motion submitted by A and C", "was brought by the
        Rev A", "the NEC passed a vote"; "my motion" in a letter is its writer's. Returns the movers and
        the verb's token."""
        for v in range(s.n - 2):
            if s.lower[v] in MOVING_VERBS and s.lower[v + 1] == "by" and not s.hedged(v):
                j = v + 2
                while j < s.n and s.lower[j] in HONORIFICS | {"the"}:
                    j += 1
                agent = s.at(j) if j < s.n else None
                if agent is not None and agent.first in (v + 2, j) and agent.entity is not None and agent.label != "PRON" \
                        and _kind(agent) in PEOPLE | ORG_KINDS:
                    return (_coordinated_from(s, agent) if _kind(agent) == "PERSON" else []) or \
                        [agent, *_and_by(s, agent)], v
        for v in range(k - 1, -1, -1):
            if s.lower[v] == "my" and v + 1 < s.n and s.lower[v + 1] in MOTION_NOUNS:
                # "My motion is one of no confidence in B": the letter's writer (dropped if it has no
                # signatory). A letter's "our motion" is its group's, which the signatures do not name.
                return [Mention(0, 0, s.words[v], "WRITER", v, v, self.letter.writer)], v
            if s.lower[v] in NO_CONFIDENCE_VERBS | MOVING_VERBS and not s.hedged(v) and \
                    (k - v <= 6 or any(w in MOTION_NOUNS for w in s.lower[v + 1:k])):
                subject = self.subject_before(s, v, PEOPLE | ORG_KINDS)  # ("Labour MPs backed a motion ...")
                if subject is None or subject.label == "PRON" or subject.entity is None:
                    return [], v
                return (_coordinated_from(s, subject) if _kind(subject) == "PERSON" else []) or [subject], v
        return [], None

    def _opposes(self, s: Sentence, subjects: list[Mention], target: Mention, verb: int, last: int,
                 rule: str, declared: bool = False, after: When | None = None) -> None:
        """Each subject opposes the target through a statement of their own; the pairs are recorded so
        a request decision is not printed for them too. ``declared``: the caller has read the hedge
        (a declared challenge). ``after``: the date of the event a reaction answers, taken when the
        sentence gives no date of its own."""
        if not subjects or (s.hedged(verb) and not declared):
            return
        when = after if after is not None and not s.dates() else self.date_near(s, verb, event=True)[0]
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
