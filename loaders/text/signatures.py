"""Signatures: who signed a statement, a letter, a motion or an agreement.

``rule_sign`` reads "signed a joint statement", "wrote in an open letter", "a letter signed by A and B",
an agreement signed by its parties; ``signatories_listed`` reads "its signatories were A and B"; and
``_letter_signed`` the signatories of a letter read after its last sentence.
"""

from __future__ import annotations

from dataclasses import replace

from .dates import When
from .linking import Entity, Mention
from .sentence import (
    Fact,
    Sentence,
    _coordinated_from,
    _kind,
    _modal_before,
    _people_listed,
    _person_named_at,
    _refused,
)
from .stance_words import (
    AUTHORING,
    BEARING,
    COUNTS,
    POSSESSIVES,
    PUTTING,
    SIGNATORY_NOUNS,
    STATEMENT_NOUNS,
    _agreement,
    _as_did,
    _bare_signature,
    _letter_sender,
    _no_confidence,
    _same_noun,
    _signed_by,
    _statement_iri,
    _statement_noun,
    _writer_of,
)
from .words import (
    BE,
    DECIDERS,
    DETERMINER_WORDS,
    INCLUDE_WORDS,
    NEGATION,
)

#: The verbs of the main clause after "In a joint statement, A and B ...".
JOINT_VERBS = {"said", "say", "says", "wrote", "write", "warned", "argued", "likened", "called", "urged", "added",
               "insisted", "accused", "declared", "described", "demanded"}


#: The marks a list's lines open with.
LIST_MARKS = {"-", "•", "*", "–", "—"}
#: the words signatories_listed reads
_SIGNING_WORDS = SIGNATORY_NOUNS | AUTHORING | {"name", "names", "signatures", "signed"}


class SignatureRules:
    """Rules for who signed a statement, a letter, a motion or an agreement."""

    def rule_sign(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"more than 70 Labour council leaders, who wrote in yesterday's Sunday Times of their concern that
        the NEC's actions ...": a statement they signed, which opposes what it criticises."""
        if name == "SIGN_letter" and self._agreement_signed(s, start, end):
            return
        if name == "SIGN_letter" and not any(w in ("letter", "statement") for w in s.lower[end:end + 4]):
            return
        if name == "SIGN_own":
            # "Her letter to the Prime Minister, written on Saturday": the letter's writer signed it
            signers = [m for m in [_writer_of(s, start) or _letter_sender(s, start, end)] if m is not None]
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

    def joint_statement(self, s: Sentence) -> None:
        """"In a joint statement issued this morning, A and B said ...", "In an article published last
        night, A, B and C likened ...": the people the main clause opens with (two at least, or any
        number after "joint") signed the statement or article the fronted phrase names. Cost: a look
        only at a sentence that opens with "In a" or "In an"."""
        if s.n < 6 or s.lower[0] != "in" or s.lower[1] not in ("a", "an"):
            return
        joint = s.lower[2] == "joint"
        noun = 2 + joint
        if s.lower[noun] not in STATEMENT_NOUNS | {"article"}:
            return
        if noun + 1 < s.n and s.lower[noun + 1] == "to":
            return  # "In a letter to the party chair, X, Y said": a letter's addressee, read by rule_sign
        comma = next((k for k in range(noun + 1, min(s.n, noun + 12)) if s.lower[k] == ","), None)
        first = s.at(comma + 1) if comma is not None and comma + 1 < s.n else None
        if first is None or first.first != comma + 1 or _kind(first) != "PERSON" or first.label == "PRON" or \
                s.hedged(comma + 1):
            return
        # the people named before the main clause's verb, past their asides ("A, who chairs the ERG, and
        # B likened ...", "A and Reform's chief whip, B, said ...")
        verb = next((k for k in range(first.last + 1, s.n) if s.lower[k] in JOINT_VERBS), None)
        if verb is None:
            return
        signers = [m for m in s.mentions if first.first <= m.first < verb and m.entity is not None
                   and _kind(m) == "PERSON" and m.label != "PRON"]
        if len(signers) < (1 if joint else 2):
            return
        when, _ = self.date_near(s, noun, event=True)
        creator = signers[0].entity
        # labelled as the text describes it ("article published by the Telegraph last night")
        label = " ".join(s.words[2:comma]).replace(" 's", "'s")
        statement = self.linker.mint(_statement_iri(self.linker.doc_key, creator.iri, when), label[:1].upper() +
                                     label[1:], "STATEMENT", ())
        self.statement = statement
        a, b = self.evidence_span(s, 0, max(m.last for m in signers))
        for m in signers:
            self.add(Fact("signed", m.entity, statement, a, b, "signed-letter", 0.75, when=when, statement=statement,
                          creator=creator))

    def signatories_listed(self, s: Sentence) -> None:
        """Signatories told without "signed X": listed after a noun of signatories ("Its signatories were
        A, B and C", "Signatories to the letter included A and B", "Among the signatories were A"), placed
        among them ("A and B were among the signatories", "A was one of its signatories"), names put to a
        text ("ten MPs who had put their names to a statement", "A added her name to the letter"), or a
        bare "signed" joined by "as did" ("A also signed, as did B"). The object is the letter or
        statement the sentence names, else the one the document last told of; hedged, negated or
        withdrawn-from signatures give nothing ("A refused to sign", "A would have signed")."""
        for k in s.positions(_SIGNING_WORDS):
            word, at = s.lower[k], k  # ``at``: where a hedge or negation is looked for
            if word in SIGNATORY_NOUNS:
                signers = self._listed_signatories(s, k)
            elif word in ("name", "names") and k >= 2 and s.lower[k - 1] in POSSESSIVES and \
                    s.lower[k - 2] in PUTTING and k + 1 < s.n and s.lower[k + 1] == "to":
                signers, at = [m for m in self.people_before(s, k - 2) if m.label != "PRON"], k - 2
                if not any(w in STATEMENT_NOUNS for w in s.lower[k + 2:k + 10]):
                    continue  # "put their names to the bill's amendment": not a letter or statement
                # "Forty-one MPs have put their names to the letter, among them A and B": each named too
                signers += [m for m in _signed_by(s, k + 1) if m not in signers]
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

    def signatures_in_list(self, s: Sentence) -> None:
        """"The letter is signed by:" and a list, one signatory a line ("- Sir Albert Bore, Leader,
        Birmingham City Council"): the person each line opens with signed the letter. The list ends at the
        first line that is no list item. Cost: a look at each sentence's first and last words."""
        if self.signing_list:
            if next((w for w in s.lower if w.strip()), None) not in LIST_MARKS:
                self.signing_list = False
            else:
                # (past a title: "- Councillor Phil Bale, Leader, Cardiff Council")
                first = next((m for m in s.mentions if m.first <= 4 and m.entity is not None and _kind(m) == "PERSON"
                              and m.label != "PRON"), None)
                if first is not None:
                    self._signatures(s, [first], first.first)
                return
        if [w for w in s.lower[-4:] if w.strip()][-2:] in (["by", ":"], ["signatories", ":"]) and \
                any(w in STATEMENT_NOUNS for w in s.lower) and \
                not s.hedged(len(s.lower) - 1):
            self.signing_list = True

    def _listed_signatories(self, s: Sentence, k: int) -> list[Mention]:
        """The people a noun of signatories at ``k`` lists or is said of: after "were", "included" within
        five words ("Its Labour signatories were A, B and C"), or before "were among" / "was one of"."""
        be = next((j for j in range(k + 1, min(s.n, k + 6)) if s.lower[j] in BE | INCLUDE_WORDS), None)
        if be is not None:
            return _people_listed(s, be)
        named = _person_named_at(s, k + 1 + (k + 1 < s.n and s.lower[k + 1] == ","))
        if named is not None:
            return _coordinated_from(s, named)  # "two of its signatories, Councillor A and Councillor B"
        among = next((j for j in range(max(0, k - 4), k) if s.lower[j] in ("among", "of")), None)
        verb = next((j for j in range(max(0, k - 7), k) if s.lower[j] in BE), None)
        if among is not None and verb is None and among >= 3 and s.lower[among - 2] == ",":
            # "A, one of the signatories, said": the one the aside is said of
            named = s.at(among - 3)
            return [named] if named is not None and _kind(named) == "PERSON" and named.label != "PRON" else []
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
                if told is not None else self.title_noun or "statement"  # (what the document says it is)
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
        signers = self._groups_signing(s, signers, start)
        when, _ = self.date_near(s, start, event=True)
        a, b = self.evidence_span(s, min([m.first for m in signers if m.label != "CONTEXT"] + [start, agreement.first]),
                                  max([m.last for m in signers if m.label != "CONTEXT"] + [end - 1, agreement.last]))
        for m in signers:
            self.add(Fact("signed", m.entity, agreement.entity, a, b, "signed-agreement", 0.75, when=when,
                          statement=agreement.entity, creator=signers[0].entity))
        return True

    def _groups_signing(self, s: Sentence, signers: list[Mention], verb: int) -> list[Mention]:
        """Parties named as their groups on a council ("The SNP and Labour groups on the City of Edinburgh
        Council signed their coalition agreement"): each party's group on the council the sentence names, else
        the one in context. Other signers as they are."""
        last = max((m.last for m in signers if _kind(m) == "PARTY" and m.label != "CONTEXT"), default=None)
        if last is None or last + 1 >= s.n or s.lower[last + 1] not in ("group", "groups"):
            return signers
        council = next((m.entity for m in s.mentions if m.entity is not None and _kind(m) == "COUNCIL"
                        and m.first < verb), None) or self.linker.council_in_context()
        if council is None or council.kind != "COUNCIL":
            return signers
        return [Mention(m.start, m.end, m.text, m.label, m.first, m.last,
                        self.linker.council_group(m.entity, council, m.text.removeprefix("the "))) if _kind(m) == "PARTY"
                else m for m in signers]

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
        return [m for m in phrase if _kind(m) in ("PARTY", "GROUP", "COUNCIL")]  # (councils sign devolution deals)

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
        statement = self.linker.mint(_statement_iri(self.linker.doc_key, letter.signers[0].iri, when),
                                     letter.label(self.title_noun), "STATEMENT", ())
        a, b = letter.span or (0, 0)
        for who in letter.signers:
            self.add(Fact("signed", who, statement, a, b, "signed-letter", 0.8, when=when,
                          statement=statement, creator=letter.signers[0]))
