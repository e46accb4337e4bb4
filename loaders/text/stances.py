"""Relation rules for stances: who opposes whom or what, and who signed a statement.

Opposition in words (``opposed_in_words``): calls on someone to step down, votes and letters of no
confidence, votes against; with a trigger (``rule_oppose``): "opposed", "criticised", "condemned",
and a damning verdict on a decision ("called the decision perverse", ``_verdict``), not a request
by one's own leader. Signatures (``rule_sign``): "signed a joint statement", "wrote in an open
letter", and a letter's signatories read after its last sentence (``_letter_signed``).
"""

from __future__ import annotations

from dataclasses import replace

from .dates import When
from .linking import ORG_KINDS, Entity, Mention
from .sentence import (
    Fact,
    Sentence,
    _coordinated_from,
    _kind,
    _modal_before,
    _noun_follows,
    _passive,
    _passive_subject,
    _people_listed,
    _refused,
)
from .words import (
    BE,
    DECIDERS,
    DETERMINER_WORDS,
    GO_WORDS,
    HONORIFIC_WORDS,
    INCLUDE_WORDS,
    NEGATION,
    PEOPLE,
    TARGETS,
)

#: "passed a vote of no confidence in him", "submitted a letter of no confidence in Sunak": the verbs by
#: which a person or a body states it (not "survived" or "faces", said of the object).
NO_CONFIDENCE_VERBS = {"submitted", "submit", "submits", "passed", "pass", "passes", "backed", "backs", "sent",
                       "tabled", "moved", "supported", "signed", "carried", "lodged", "wrote", "put"}
#: Verbs by which a motion is put or carried, read with an agent after "by" too: "a motion moved by A".
MOVING_VERBS = {"moved", "tabled", "submitted", "brought", "proposed", "lodged", "passed", "carried", "put",
                "seconded"}
#: Verbs by which a motion is put in writing, which its movers sign: "a motion submitted by A and B".
SIGNING_VERBS = {"submitted", "tabled", "lodged", "signed", "co-signed"}
#: What is moved: "a motion of no confidence", "a vote of no confidence", "a letter of no confidence".
MOTION_NOUNS = {"motion", "vote", "letter", "letters", "resolution", "motions"}
#: What an agreement is called: "coalition agreement", "power-sharing deal", "pact", "accord".
AGREEMENT_NOUNS = {"agreement", "deal", "pact", "accord", "compact", "concordat", "memorandum", "agreements"}
#: Counts of the parties to an agreement: "the two groups", "both parties", "all three groups".
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
#: Verbs of a verdict on a motion: "called the motion a disgrace", "branded it shameful".
MOTION_VERDICTS = {"called", "branded", "brands", "described", "labelled", "labeled", "dismissed"}
#: Verbs of a speech or a vote against a motion: "spoke against the motion".
SPEAKING = {"spoke", "speaks", "argued", "argues", "voted", "votes"}
#: Words between "no" and "confidence": "no longer had trust and confidence in".
CONFIDENCE_GAP = {"longer", "has", "have", "had", "trust", "and", "any", "full"}
#: Opening quotation marks a quoted motion may start with.
QUOTES = {'"', "“", "'", "‘"}
#: Words of address before a name: "the Rev Stuart Piper", "Councillor Nick Kelly".
HONORIFICS = HONORIFIC_WORDS | {"rev", "reverend", "rt", "hon", "."}
#: Words between a subject and "called" that leave it the subject ("he and X jointly called on").
CALL_ADVERBS = {"jointly", "also", "publicly", "repeatedly", "openly", "then", "have", "has", "had", "last", "night"}


class StanceRules:
    """Rules for opposition and signatures."""

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
                # a call to go opposes, whoever makes it: a party leader calling on their own MP to stand
                # down too (docs/text-gold-guide.md: "called on to go"); a group's call is no one's statement
                subjects = [m for m in self.people_before(s, j) if m.entity is not None and
                            m.entity != target.entity and m.entity.kind == "PERSON"]
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
            elif word == "confidence" and _no_confidence(s, k):
                self._no_confidence_in(s, k)
            elif word in MOTION_VERDICTS | SPEAKING and self.motion_target is not None:
                self._against_the_motion(s, k)
            if word in MOTION_VERDICTS | BRANDING and (s.lower[k + 1] in ("his", "her") or _possessed(s, k + 1)):
                # "A called his words deeply offensive", "B branded Y's remarks vile": on someone's words
                self._verdict(s, k, k + (2 if s.lower[k + 1] in ("his", "her") else 1))
            elif word in BRANDING and s.lower[k + 1] in ("the", "it", "this"):
                # "A branded the process unfair": a verdict, read as "called the" is (no trigger of its own).
                # ("accused X of" was tried: the gold files list accusations in background as no opposition)
                self._verdict(s, k, k + 2)

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
        m = s.at(k + 2)
        if m is None or m.first != k + 2 or m.label == "PRON":
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
            holder = next((f.subject for f in reversed(list(self.offices.values())) if f.role == m.role), None)
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
                if agent is not None and agent.first == j and agent.entity is not None and agent.label != "PRON" \
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
                subject = self.subject_before(s, v, PEOPLE | ORG_KINDS - {"COLLECTIVE"})
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

    def rule_sign(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"more than 70 Labour council leaders, who wrote in yesterday's Sunday Times of their concern that
        the NEC's actions ...": a statement they signed, which opposes what it criticises."""
        if name == "SIGN_letter" and self._agreement_signed(s, start, end):
            return
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
        self.statement = statement
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

    def signatories_listed(self, s: Sentence) -> None:
        """Signatories told without "signed X": listed after a noun of signatories ("Its signatories were
        A, B and C", "Signatories to the letter included A and B", "Among the signatories were A"), placed
        among them ("A and B were among the signatories", "A was one of its signatories"), names put to a
        text ("ten MPs who had put their names to a statement", "A added her name to the letter"), or a
        bare "signed" joined by "as did" ("A also signed, as did B"). The object is the letter or
        statement the sentence names, else the one the document last told of; hedged, negated or
        withdrawn-from signatures give nothing ("A refused to sign", "A would have signed")."""
        for k in range(s.n):
            word, at = s.lower[k], k  # ``at``: where a hedge or negation is looked for
            if word in SIGNATORY_NOUNS:
                signers = self._listed_signatories(s, k)
            elif word in ("name", "names") and k >= 2 and s.lower[k - 1] in POSSESSIVES and \
                    s.lower[k - 2] in PUTTING and k + 1 < s.n and s.lower[k + 1] == "to":
                signers, at = [m for m in self.people_before(s, k - 2) if m.label != "PRON"], k - 2
                if not any(w in STATEMENT_NOUNS for w in s.lower[k + 2:k + 10]):
                    continue  # "put their names to the bill's amendment": not a letter or statement
            elif word in ("names", "signatures") and k >= 2 and s.lower[k - 1] == "the" and \
                    s.lower[k - 2] in BEARING and k + 1 < s.n and s.lower[k + 1] == "of":
                # "By this morning it carried the names of more than 20 MLAs", "it bore the signatures of A"
                if s.lower[k - 2] == "with" and not any(w in STATEMENT_NOUNS for w in s.lower[max(0, k - 6):k - 2]):
                    continue  # "with the names of A, B and C all mentioned": names floated, no text signed
                signers = [m for m in s.after(k + 1, {"PERSON", "COLLECTIVE"}, limit=4) if m.label != "PRON"][:1]
                signers = _coordinated_from(s, signers[0]) if signers else []
            elif word in AUTHORING and k >= 1 and s.lower[k - 1] in STATEMENT_NOUNS | {","}:
                # "a statement published before the meeting by A", "the letter, written by A and B"
                by = next((j for j in range(k + 1, min(s.n - 1, k + 6)) if s.lower[j] == "by"), None)
                first = s.at(by + 1) if by is not None else None
                if first is None or first.first != by + 1 or _kind(first) != "PERSON" or first.label == "PRON" or \
                        (s.lower[k - 1] == "," and not any(w in STATEMENT_NOUNS for w in s.lower[max(0, k - 4):k])):
                    continue
                signers, at = _coordinated_from(s, first), by  # (not "had been set out in a statement")
            elif word == "signed" and k + 1 < s.n and s.lower[k + 1] == "by" and \
                    any(w in STATEMENT_NOUNS for w in s.lower[max(0, k - 6):k]):
                # "The letter was signed by A and B"; "His papers were signed by colleagues, among them A"
                signers = _signed_by(s, k + 1)
            elif word == "signed" and _bare_signature(s, k):
                signers = [m for m in self.people_before(s, k) if m.label != "PRON"] + _as_did(s, k)
            else:
                continue
            if not signers or s.hedged(at) or _modal_before(s, at) or _refused(s, at) or \
                    any(w in NEGATION for w in s.lower[max(0, at - 3):at]):
                continue
            self._signatures(s, [m for m in signers if m.entity is not None], k)

    def _listed_signatories(self, s: Sentence, k: int) -> list[Mention]:
        """The people a noun of signatories at ``k`` lists or is said of: after "were", "included" within
        five words ("Its Labour signatories were A, B and C"), or before "were among" / "was one of"."""
        be = next((j for j in range(k + 1, min(s.n, k + 6)) if s.lower[j] in BE | INCLUDE_WORDS), None)
        if be is not None:
            return _people_listed(s, be)
        among = next((j for j in range(max(0, k - 4), k) if s.lower[j] in ("among", "of")), None)
        verb = next((j for j in range(max(0, k - 7), k) if s.lower[j] in BE), None)
        if among is None or verb is None or verb > among:
            return []
        return [m for m in self.people_before(s, verb) if m.label != "PRON"]

    def _signatures(self, s: Sentence, signers: list[Mention], k: int) -> None:
        """Each signer signed the statement the sentence names (a letter or a statement after ``k``, or
        before it), else the one the document last told of, else a statement minted for the first signer."""
        if not signers:
            return
        when, _ = self.date_near(s, k, event=True)
        statement = self.statement
        named = any(w in STATEMENT_NOUNS for w in s.lower)
        if statement is None or (named and not _same_noun(statement, s)):
            # the noun of this sentence, else of the last four ("By this morning it carried the names of ...")
            told = next((x for x in [s, *reversed(self.sentences[-5:-1])] if any(w in STATEMENT_NOUNS for w in x.lower)),
                        None)
            noun = _statement_noun(told, max(0, next(j for j, w in enumerate(told.lower) if w in STATEMENT_NOUNS) - 2)) \
                if told is not None else "statement"
            creator = signers[0].entity
            statement = self.linker.mint(_statement_iri(self.linker.doc_key, creator.iri, when),
                                         f"{noun[:1].upper()}{noun[1:]} of {creator.label}", "STATEMENT", ())
            self.statement = statement
        a, b = self.evidence_span(s, min(m.first for m in signers + [Mention(0, 0, "", "", k, k, None)]),
                                  max(m.last for m in signers + [Mention(0, 0, "", "", k, k, None)]))
        for m in signers:
            if m.entity.kind in ("PERSON", "COLLECTIVE"):
                self.add(Fact("signed", m.entity, statement, a, b, "signed-listed", 0.7, when=when,
                              statement=statement, creator=signers[0].entity))
        target = self._no_confidence_letter(s)
        if target is not None:
            # "A letter of no confidence in X circulated ... it carried the names of A and B": they oppose X
            person = Mention(0, 0, target.label, "CONTEXT", k, k, target)
            self._opposes(s, [m for m in signers if m.entity.kind in ("PERSON", "COLLECTIVE") and m.entity != target],
                          person, k, max(m.last for m in signers), "letter-opposes-no-confidence")

    def _no_confidence_letter(self, s: Sentence) -> Entity | None:
        """The person of the letter of no confidence this sentence or one of the last four tells of (the
        person of the document's last such motion or letter, when a sentence names both a letter and
        denied confidence)."""
        if self.motion_target is None:
            return None
        for x in [s, *reversed(self.sentences[-5:-1])]:
            if any(w in STATEMENT_NOUNS for w in x.lower) and any(
                    w == "confidence" and _no_confidence(x, j) for j, w in enumerate(x.lower)):
                return self.motion_target
        return None

    def _agreement_signed(self, s: Sentence, start: int, end: int) -> bool:
        """An agreement, deal or pact signed: "the two groups signed a coalition agreement last night", "A
        and B signed the deal", "the Power Sharing Agreement signed by the two groups", "the agreement
        signed on Friday by the leaders of the A, B and C groups, Councillors P, Q and R". The signers: the
        people (else the parties or groups) after "by", or before an active "signed"; "the two groups",
        "both parties" are the parties or groups the sentence (else the one before) named before the
        verb. Returns whether the thing signed is an agreement (then the caller reads nothing more)."""
        after = s.at(end + (1 if end < s.n and s.lower[end] in DETERMINER_WORDS else 0)) if end < s.n else None
        # "the agreement for a Joint Administration signed at ...": the agreement within six words before
        before = next((m for m in reversed(s.mentions) if start - 7 < m.last < start and _agreement(m)
                       and "," not in s.lower[m.last + 1:start]), None)
        if after is not None and after.first <= end + 1 and _agreement(after):
            agreement, passive = after, False
        elif before is not None:
            agreement, passive = before, True
        else:
            return False
        if s.hedged(start) or start > 0 and s.lower[start - 1] in NEGATION or agreement.entity is None:
            return True
        if passive:
            by = next((k for k in range(end, min(s.n, end + 10)) if s.lower[k] == "by"), None)
            signers = self._signers_after(s, by, start) if by is not None else []
        else:
            signers = self._counted(s, start) or [m for m in self.people_before(s, start) if m.label != "PRON"]
            if not signers:
                subject = self.subject_before(s, start, DECIDERS - {"COLLECTIVE"})
                signers = _coordinated_from(s, subject) or [subject] if subject is not None else []
        signers = [m for m in signers if m.entity is not None and m.entity != agreement.entity]
        if not signers:
            return True
        when, _ = self.date_near(s, start, event=True)
        a, b = self.evidence_span(s, min([m.first for m in signers if m.label != "CONTEXT"] + [start, agreement.first]),
                                  max([m.last for m in signers if m.label != "CONTEXT"] + [end - 1, agreement.last]))
        for m in signers:
            self.add(Fact("signed", m.entity, agreement.entity, a, b, "signed-agreement", 0.75, when=when,
                          statement=agreement.entity, creator=signers[0].entity))
        return True

    def _signers_after(self, s: Sentence, by: int, verb: int) -> list[Mention]:
        """Who signed, after "by": the people listed in the agent phrase (past "the leaders of the A and B
        groups,"), else the parties or groups, else a count ("the two groups")."""
        end = next((k for k in range(by + 1, s.n) if s.lower[k] in (";", ".", "which", "who")), s.n)
        phrase = [m for m in s.mentions if by < m.first < end and m.label not in ("PRON", "DATE", "ROLE")]
        people = [m for m in phrase if _kind(m) == "PERSON"]
        if people:
            return people
        counted = self._counted(s, min(s.n, by + 4), since=by)
        if counted:
            return counted
        return [m for m in phrase if _kind(m) in ("PARTY", "GROUP")]

    def _counted(self, s: Sentence, verb: int, since: int | None = None) -> list[Mention]:
        """"the two groups", "both parties" just before ``verb`` (or after ``since``): the parties or groups
        the sentence named before, else those of the sentence before, when there are as many."""
        lo = since if since is not None else max(0, verb - 4)
        words = s.lower[lo:verb]
        count = next((COUNTS[w] for w in words if w in COUNTS), None)
        if count is None or not any(w in ("groups", "parties", "sides") for w in words):
            return []
        first = since if since is not None else lo
        named = [m for m in s.mentions if m.last < first and _kind(m) in ("PARTY", "GROUP")]
        if len(named) < count and len(self.sentences) > 1:
            named = [m for m in self.sentences[-2].mentions if _kind(m) in ("PARTY", "GROUP")] + named
        unique = list({m.entity.iri: m for m in named if m.entity is not None}.values())
        return [Mention(0, 0, m.text, "CONTEXT", verb, verb, m.entity) for m in unique[-count:]] \
            if len(unique) >= count else []

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
        if word in LETTER_DAMNING:
            self._addressee_criticised(s, start)
            return
        if word == "against" and start > 0 and s.lower[start - 1] in CONTEST_WORDS | {"campaign"}:
            self._contest(s, start)
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
                if subject is not None and _kind(subject) == "PERSON":
                    subjects += [m for m in _joined_past_roles(s, subject, verb) if m not in subjects]
        if target is None or target.entity is None or target.label == "ROLE" or (vote and _kind(target) == "PERSON"):
            return  # a vote against a person is read by opposed_in_words
        subjects = [m for m in subjects if m.entity is not None and m.entity != target.entity
                    and (_kind(m) in PEOPLE | DECIDERS or m.label == "WRITER")]
        self._opposes(s, subjects, target, verb, target.last, "letter-opposes-vote" if vote else
                      "letter-opposes-criticism")

    def _addressee_criticised(self, s: Sentence, start: int) -> None:
        """A letter's damning words on its addressee: "the disgraceful way in which you have conducted
        yourself" in a letter that opened "Dear Prime Minister,": its writer opposes the person the
        document made prime minister ("you" or "your" within six words after the damning word, which
        praise or a negation just before it undoes). Outside a letter, or with an addressee the document
        gives no one, nothing."""
        addressee = self.letter.addressee
        if not addressee or s.hedged(start) or any(w in NEGATION | PRAISE for w in s.lower[max(0, start - 3):start]):
            return
        if not any(w in ("you", "your", "yourself") for w in s.lower[start + 1:min(s.n, start + 7)]):
            return
        role = addressee.lower().removeprefix("the ").replace(" ", "-")
        holder = next((f.subject for f in reversed(list(self.offices.values())) if f.role == role), None) or \
            self._address_block_person(addressee.lower().split())
        if holder is None or self.letter.is_placeholder(holder):
            return
        target = Mention(0, 0, holder.label, "CONTEXT", start, start, holder)
        writer = Mention(0, 0, "I", "WRITER", start, start, self.letter.writer)
        self._opposes(s, [writer], target, start, min(s.n - 1, start + 6), "letter-opposes-criticism")

    def _address_block_person(self, title: list[str]) -> Entity | None:
        """The person an address block names just above the addressee's title ("Boris Johnson MP /
        Prime Minister" before "Dear Prime Minister,"): a person mention followed within three words by
        the title's words, in a sentence before the salutation."""
        for s in self.sentences:
            if s.n and s.lower[0] == "dear":
                return None
            for m in s.mentions:
                if m.entity is None or m.entity.kind != "PERSON" or m.label == "PRON":
                    continue
                for k in range(m.last + 1, min(s.n, m.last + 4)):
                    if s.lower[k:k + len(title)] == title:
                        return m.entity
        return None

    def _contest(self, s: Sentence, start: int) -> None:
        """A contest or a campaign against a named person: "A, who stood against B in 2017", "A and C
        declared that they would stand against B" (a declared challenge is the opposition itself),
        "the campaign against B was led by A". The object is the person named right after "against"
        (not a pronoun: the linker's guess is too often another person); the subject the clause's
        people, or the agent after "led by". Other modals, a negation, a refusal or a request give
        nothing."""
        target = s.at(start + 1) if start + 1 < s.n else None
        if target is None or target.first != start + 1 or target.entity is None or target.label == "PRON" or \
                target.entity.kind != "PERSON":
            return
        verb = start - 1
        if s.lower[verb] == "campaign":
            # "The campaign against B was led by A": the agent of "led by" within four words
            led = next((k for k in range(target.last + 1, min(s.n - 2, target.last + 5))
                        if s.lower[k] == "led" and s.lower[k + 1] == "by"), None)
            agent = s.at(led + 2) if led is not None and not s.hedged(led) else None
            subjects = [agent] if agent is not None and agent.first == led + 2 and _kind(agent) == "PERSON" else []
        else:
            if verb > 0 and s.lower[verb - 1] in NEGATION or s.requested(verb) or _refused(s, verb):
                return
            declared = next((k for k in range(verb - 1, max(-1, verb - 6), -1) if s.lower[k] in DECLARING), None)
            if (_modal_before(s, verb) or s.hedged(verb)) and declared is None:
                return  # "could stand against B" is a possibility; "declared that they would" a challenge
            subjects = [m for m in self.people_before(s, verb) if m.label != "PRON" and _kind(m) == "PERSON"]
            if not subjects and declared is not None:
                # "A and C declared that they would stand": the reported clause's "they" is the declarers
                subjects = [m for m in self.people_before(s, declared) if m.label != "PRON" and _kind(m) == "PERSON"]
        subjects = [m for m in subjects if m.entity is not None and m.entity.kind == "PERSON" and
                    m.entity != target.entity]
        self._opposes(s, subjects, target, verb, target.last, "letter-opposes-vote",
                      declared=s.lower[verb] != "campaign")

    def _verdict(self, s: Sentence, start: int, end: int) -> None:
        """"X called the decision perverse", "Y called it a betrayal", "Z described the move as a
        disgrace": a damning verdict on a decision the text has just told is opposition to whoever took
        it (the decider of the last decision of the last eight sentences, not the critic). A verdict
        with praise in it ("the right decision made by the wrong man") gives nothing."""
        k = end
        said = self._sayer(s, end)
        if said is not None:
            k = said[1]
        elif s.lower[end - 1] == "the":  # "called the party's decision", "described the handling of"
            while k < s.n and k < end + 3 and s.lower[k] not in VERDICT_NOUNS:
                k += 1
            if k >= s.n or s.lower[k] not in VERDICT_NOUNS:
                return
        window = s.lower[k + 1:min(s.n, k + 9)]
        if "," in window:
            window = window[:window.index(",")]
        if not any(w in DAMNING for w in window) or any(w in PRAISE for w in window) or s.hedged(start):
            return
        critic = self.subject_before(s, start, PEOPLE | DECIDERS) or self._party_spokesperson(s, start)
        if critic is None or critic.entity is None or critic.label == "PRON":
            return
        if said is not None:
            if said[0] is not None and said[0] != critic.entity:
                # "A spokesperson called his words deeply offensive": the critic opposes who said them
                # dated as the decision on them (told before), not as the words quoted in between
                target = Mention(0, 0, said[0].label, "CONTEXT", k, k, said[0])
                self._opposes(s, [critic], target, start, min(s.n - 1, k + len(window)), "letter-opposes-criticism",
                              after=said[2])
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

    def _party_spokesperson(self, s: Sentence, start: int) -> Mention | None:
        """"A party spokesperson called ...", "a party spokesman said": the party the document is about
        speaks (a spokesperson of a party named, "a Labour spokesperson", is read as that party's mention)."""
        words = s.lower[max(0, start - 4):start]
        if "party" not in words or not any(w in SPOKESPEOPLE for w in words) or self.linker.topic is None:
            return None
        topic = self.linker.topic
        return Mention(0, 0, topic.label, "CONTEXT", start, start, topic)

    def _sayer(self, s: Sentence, end: int) -> tuple[Entity | None, int, When | None] | None:
        """What a verdict at ``end`` is passed on when it is someone's words or deeds ("called his words
        deeply offensive", "described X's remarks as unacceptable", "called the defection disappointing"):
        the person (a named possessor; for "his", "her", "the" the person the last eight sentences'
        last decision was about, or for a defection or departure the last to leave), the noun's index and
        the date of that decision or departure. None when the verdict is on something else."""
        k = end - 1 if s.lower[end - 1] in ("the", "his", "her") else end
        owner, pronoun = None, s.lower[k] in ("his", "her")
        if k < s.n and s.at(k) is not None and _kind(s.at(k)) == "PERSON" and s.at(k).label != "PRON":
            m = s.at(k)
            if not (m.last + 2 < s.n and s.lower[m.last + 1] in ("'s", "’s")):
                return None
            owner, k = m.entity, m.last + 2
        else:
            k += 1
        while k < s.n and k < end + 4 and s.lower[k] not in SAYINGS | DEPARTURES:
            k += 1
        if k >= s.n or s.lower[k] not in SAYINGS | DEPARTURES:
            return None
        if owner is None and s.lower[k] in SAYINGS and not pronoun:
            return None, k, None  # "called the comments offensive": whose, the sentence does not say
        if owner is None:
            relation = "resigned" if s.lower[k] in DEPARTURES else "decided"
            # a defection is the story's event, told anywhere before; words, in the last eight sentences
            lo = self.sentences[-9].char(0) if len(self.sentences) > 9 and relation == "decided" else 0
            told = [f for f in self.facts if f.relation == relation and lo <= f.start < s.char(0) and
                    (f.subject if relation == "resigned" else f.object).kind == "PERSON"]
            if not told:
                return None, k, None
            return (told[-1].subject if relation == "resigned" else told[-1].object), k, told[-1].when
        return owner, k, None

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
            elif letter.is_placeholder(fact.object):
                # "a motion of no confidence in me": the writer is the object
                facts += [replace(fact, object=who) for who in letter.stands_for(fact.object)]
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


# ------------------------------------------------------------------ helpers

#: Nouns of those who signed: "its signatories were A and B".
SIGNATORY_NOUNS = {"signatories", "signatory", "signers", "co-signatories", "cosignatories"}
#: Verbs of putting one's name to a text: "had put their names to a statement".
PUTTING = {"put", "puts", "putting", "added", "add", "adds", "adding", "lent", "lend", "lends"}
POSSESSIVES = {"their", "his", "her", "my", "our"}
#: Verbs said of the person a no-confidence motion is against: "X faces a vote of no confidence".
FACING = {"faced", "faces", "facing", "face"}
#: Verbs of a text bearing names: "it carried the names of 20 MLAs".
BEARING = {"carried", "carries", "bore", "bears", "had", "has", "with", "gathered", "collected"}
#: Participles of writing a text, before "by" and its authors: "a statement published by A".
AUTHORING = {"published", "issued", "written", "drafted", "released", "penned", "organised", "organized",
             "co-ordinated", "coordinated"}
#: What is signed: a letter or a statement (an agreement is read by ``_agreement_signed``).
STATEMENT_NOUNS = {"letter", "statement", "letters", "statements", "declaration", "petition", "pledge", "papers"}
#: Words that say what kind of statement was signed: "a joint statement", "an open letter".
STATEMENT_MODIFIERS = {"joint", "open", "resignation", "public"}

#: Verbs that state an opposition by criticism: "has publicly criticised X", "condemned the decision".
CRITICISM = {"criticised", "criticized", "criticises", "criticizes", "criticising", "criticizing", "condemned",
             "condemns", "condemning", "attacked", "attacks", "denounced", "denounces", "lambasted", "hit", "hits",
             "rounded", "opposed", "opposes"}
#: Verbs of a verdict like "called": "branded the process unfair", "labelled the decision a disgrace".
BRANDING = {"branded", "brands", "branding", "labelled", "labels", "labeled", "dubbed", "dubs"}

#: What a damning verdict is passed on ("called the decision perverse"): a decision or its handling.
VERDICT_NOUNS = {"decision", "move", "result", "delay", "hearing", "inquiry", "investigation", "proceedings", "suspension", "expulsion", "deselection", "handling",
                 "process", "intervention", "removal", "sacking", "ruling", "verdict", "decisions", "timing"}
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "source", "insider"}
#: Someone's words or deeds, on which a verdict opposes them: "called his words deeply offensive".
SAYINGS = {"words", "comments", "remarks", "remark", "comment", "chant", "behaviour", "behavior", "conduct",
           "tweet", "tweets", "post", "posts", "speech", "outburst", "language", "claims", "attack"}
#: A leaving, on which a verdict opposes the one who left: "called the defection disappointing".
DEPARTURES = {"defection", "departure", "walkout", "walk-out", "exit"}
#: Words of a damning verdict: "a disgrace", "frankly appalling", "a betrayal of women".
DAMNING = {"inexplicable", "harmful", "offensive", "inappropriate", "shambles", "kangaroo", "damaging", "divisive",
           "hypocritical", "irresponsible", "misguided", "disastrous", "unjustified", "unwarranted", "draconian",
           "vindictive", "dangerous", "racist", "antisemitic", "sexist", "abhorrent", "vile", "despicable",
           "unforgivable", "baseless", "nonsense", "grotesque", "disgrace", "disgraceful", "appalling", "perverse", "disappointing", "chaotic", "betrayal", "shame",
           "shameful", "outrageous", "scandal", "scandalous", "unacceptable", "undemocratic", "stitch-up", "farce",
           "circus", "travesty", "mistake", "insult", "absurd", "ridiculous", "deplorable", "indefensible", "sham",
           "cowardly", "unfair", "unjust", "reckless", "wrong", "bad", "shocking", "woeful", "pathetic", "spineless"}
#: Words that make a verdict praise, or mixed: "the right decision", "a sensible move".
PRAISE = {"right", "correct", "good", "welcome", "sensible", "honour", "proud", "brave", "courageous", "fair"}
#: Damning words a letter says of its addressee: "the disgraceful way in which you have conducted yourself".
LETTER_DAMNING = {"disgraceful", "appalling", "shameful", "outrageous", "deplorable", "indefensible", "scandalous"}
#: Verbs of opposition only in a letter's first person: "We reject the legislation".
LETTER_CRITICISM = {"reject"}
#: Words before "against" that make it a contest with a person: "stood against him as the candidate".
CONTEST_WORDS = {"stood", "stand", "stands", "standing"}
#: Verbs that make a future contest a declared challenge: "declared that they would stand against X".
DECLARING = {"declared", "declares", "announced", "announces", "confirmed", "confirms"}
#: Words before "against" that make it a vote or a contest: "voted against the bill".
VOTE_WORDS = {"voted", "vote", "votes", "voting", "campaigned", "campaigning", "campaigns"}


def _agreement(m: Mention) -> bool:
    """Whether mention ``m`` names an agreement: "a coalition agreement", "the deal", "the Power Sharing
    Agreement", "a pact"."""
    words = m.text.lower().split() + (m.entity.label.lower().split() if m.entity is not None else [])
    return m.label in ("POLICY", "THING") and any(w in AGREEMENT_NOUNS for w in words)


def _head_of_relative(s: Sentence, k: int) -> Mention | None:
    """"A, who took over from B in 2018, called the motion a disgrace": the person the sentence opens with,
    when a relative clause on them ends before the verb at ``k`` (not B, inside it)."""
    first = next((m for m in s.mentions if m.first <= 2 and _kind(m) == "PERSON"), None)
    if first is None or first.label == "PRON" or first.last + 2 >= k:
        return None
    if s.lower[first.last + 1] != "," or s.lower[first.last + 2] not in ("who", "whose"):
        return None
    return first if s.lower[k - 1] == "," else None


def _no_confidence(s: Sentence, k: int) -> bool:
    """Whether "confidence" at ``k`` is denied: "no confidence", "no longer had trust and confidence",
    "lost confidence" (not "a motion of confidence", not "survived a vote of no confidence")."""
    j = k - 1
    while j >= 0 and k - j <= 5 and s.lower[j] in CONFIDENCE_GAP:
        j -= 1
    if j < 0 or s.lower[j] not in ("no", "lost", "loses", "lose", "losing"):
        return False
    return not any(w in ("survived", "survives", "survive", "won", "wins", "defeated") for w in s.lower[max(0, j - 6):j])


def _joined_past_roles(s: Sentence, first: Mention, verb: int) -> list[Mention]:
    """"the former leader A and the former deputy leader B, have criticised X": the people joined to
    the subject ``first`` by "and" (or a comma) past a role of their own before the verb; a person in an
    aside ("A, an ally of B, criticised X") is not joined."""
    joined = []
    for m in s.mentions:
        if not (first.last < m.first < verb) or _kind(m) != "PERSON" or m.label in ("PRON", "ROLE"):
            continue
        k = m.first - 1
        role = s.at(k) if k >= 0 else None
        if role is None or role.label != "ROLE":
            continue  # only "and the former deputy leader B": a role of B's own just before B
        k = role.first - 1
        while k > first.last and s.lower[k] in ("the", "former", "then", "a", "its", "their"):
            k -= 1
        if k > first.last and s.lower[k] == "and":
            joined.append(m)
    return joined


def _facing(s: Sentence, k: int) -> Mention | None:
    """The person facing a motion or vote of no confidence (``k`` is "confidence") that names no one after
    "in": the subject of "faced", "faces" or "survived" before it ("X faces a vote of no confidence tabled by
    Y"), or, after an opening "Faced with ..." / "Facing ...", the person the main clause names right after a
    comma ("Faced with motions of no confidence tabled by A and by B, Mr X resigned")."""
    verb = next((j for j in range(k - 1, max(-1, k - 7), -1) if s.lower[j] in FACING), None)
    if verb is None:
        return None
    if verb > 0:
        m = next((m for m in reversed(s.mentions) if m.last < verb and m.last >= verb - 3), None)
        return m if m is not None and m.entity is not None and _kind(m) == "PERSON" and m.label != "PRON" else None
    for m in s.mentions:
        if m.first <= k or m.entity is None or _kind(m) != "PERSON" or m.label in ("PRON", "ROLE"):
            continue
        c = m.first - 1
        while c > k and s.lower[c] in HONORIFICS:
            c -= 1
        if s.lower[c] == ",":
            return m
    return None


def _and_by(s: Sentence, agent: Mention) -> list[Mention]:
    """A second agent joined to the first: "tabled by the Conservatives and by Labour", "by A and B"."""
    k = agent.last + 1
    if k >= s.n or s.lower[k] != "and":
        return []
    k += 1
    while k < s.n and s.lower[k] in ("by", "the"):
        k += 1
    m = s.at(k) if k < s.n else None
    return [m] if m is not None and m.first == k and m.entity is not None and m.label != "PRON" and \
        _kind(m) in ORG_KINDS else []


def _possessed(s: Sentence, k: int) -> bool:
    """Whether a named person at ``k`` owns what follows ("Y's remarks")."""
    m = s.at(k) if k < s.n else None
    return m is not None and m.first == k and _kind(m) == "PERSON" and m.label != "PRON" and \
        m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s")


def _bare_signature(s: Sentence, k: int) -> bool:
    """"A also signed, as did B", "B signed too.": "signed" with no object, closed by punctuation, "too",
    "as well" or "as did" (not "signed the deal", "signed for the club")."""
    nxt = s.lower[k + 1] if k + 1 < s.n else "."
    return nxt in (",", ".", ";", "too") or s.lower[k + 1:k + 3] in (["as", "did"], ["as", "well"])


def _signed_by(s: Sentence, by: int) -> list[Mention]:
    """The people after "signed by" at ``by``: named right after it ("by A, B and C"), or after "among them",
    "including" within ten words ("by colleagues across the party, among them A")."""
    first = s.at(by + 1) if by + 1 < s.n else None
    if first is None or first.first != by + 1 or _kind(first) != "PERSON" or first.label == "PRON":
        marker = next((j for j in range(by + 1, min(s.n - 1, by + 10))
                       if s.lower[j] == "including" or s.lower[j:j + 2] in (["among", "them"], ["among", "whom"])),
                      None)
        if marker is None:
            return []
        j = marker + (1 if s.lower[marker] == "including" else 2)
        first = next((m for m in s.mentions if j <= m.first <= j + 6 and _kind(m) == "PERSON" and m.label != "PRON"),
                     None)
        if first is None:
            return []
    return _coordinated_from(s, first)


def _as_did(s: Sentence, k: int) -> list[Mention]:
    """"A also signed, as did B and C": the people after "as did" within four words of ``k``."""
    j = next((x for x in range(k + 1, min(s.n - 2, k + 4)) if s.lower[x] == "as" and s.lower[x + 1] == "did"), None)
    if j is None:
        return []
    first = s.at(j + 2)
    return _coordinated_from(s, first) if first is not None and _kind(first) == "PERSON" else []


def _same_noun(statement: Entity, s: Sentence) -> bool:
    """Whether the sentence's letter or statement noun is the statement's own ("the statement" again)."""
    head = statement.label.split(" of ")[0].lower().split()[-1]
    return head in s.lower


def _statement_noun(s: Sentence, k: int) -> str:
    """What the text calls the statement signed, from ``k`` on: "a joint statement", "an open letter"
    (a letter when it does not say)."""
    for j in range(k, min(s.n, k + 5)):
        if s.lower[j] in STATEMENT_NOUNS:
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


def _statement_iri(doc_key: str, creator: str, when: When | None) -> str:
    from ...ontology import uris

    return str(uris.statement(f"{doc_key}|{creator}", when.day if when and when.day else None))
