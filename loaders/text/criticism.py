"""Opposition by criticism: "opposed", "criticised", "condemned", damning verdicts and contests.

``rule_oppose`` reads a criticism verb and its object ("has publicly criticised X"), a damning verdict on a
decision or someone's words ("called the decision perverse"), a letter's addressee criticised, a quote's
sayer, and a contest ("stood against him").
"""

from __future__ import annotations

from .dates import When
from .linking import Entity, Mention
from .not_decided import _dismissed_as_verdict
from .pipeline import HONORIFICS as HONORIFIC_TITLES
from .reference import reported_speaker
from .sentence import (
    Sentence,
    _coordinated_from,
    _kind,
    _modal_before,
    _noun_follows,
    _passive,
    _passive_subject,
    _refused,
)
from .stance_words import (
    ACCUSING,
    CLASHING,
    CONTEST_WORDS,
    CRITICISM,
    DAMNING,
    DECLARING,
    DEPARTURES,
    LETTER_CRITICISM,
    LETTER_DAMNING,
    PRAISE,
    SAYINGS,
    SPOKESPEOPLE,
    VERDICT_NOUNS,
    VOTE_WORDS,
    _joined_past_roles,
)
from .words import (
    DECIDERS,
    DETERMINER_WORDS,
    HONORIFIC_WORDS,
    NEGATION,
    PEOPLE,
    TARGETS,
)

#: Words between a subject and its verb that leave it the subject ("she had accused", "he also accused").
AUXILIARIES = {"had", "has", "have", "also", "then", "repeatedly", "publicly", "openly", "previously"}


class CriticismRules:
    """Rules for opposition stated by criticism, verdicts and contests."""

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
        if word in ACCUSING:
            self._accusation(s, start, end)
            return
        if word in ("dismissed", "dismisses"):
            self._dismissed(s, start, end)
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
        if _passive(s, verb) and not vote and word not in ("critical", "scathing"):
            # "was critical of X", "was scathing about X": an adjective, active
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
                # a clash is between people or parties: "brought the Games to the city and had clashed
                # with X" is the person's, not the Games'
                kinds = PEOPLE | {"PARTY", "GROUP"} if word in CLASHING else PEOPLE | DECIDERS
                subject = self.subject_before(s, verb, kinds)
                speaker = reported_speaker(s, subject) if subject is not None and subject.label == "PRON" else None
                if speaker is not None:
                    # "X said on Thursday that she opposed the NEC's decision": the speaker
                    subject = Mention(subject.start, subject.end, subject.text, "CONTEXT", subject.first,
                                      subject.last, speaker)
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

    def _accusation(self, s: Sentence, start: int, end: int) -> None:
        """"A accused B of double standards": A opposes B, when B is named (not a pronoun: "sacked her,
        accusing her of leaking" is the sacking's reason, and "who had accused him" a background) and
        "of" follows B. The subject is the clause's person or body; a hedge, a negation or a passive
        ("was accused of") gives nothing."""
        if start > 0 and s.lower[start - 1] in NEGATION or _modal_before(s, start) or _passive(s, start):
            return
        target = self._criticised(s, end, False)
        if target is None or target.entity is None or target.label == "PRON":
            return
        k = target.last + 1
        told = next((d for d in s.dates() if d.first == k), None)
        if told is not None:
            k = told.last + 1  # past its time: "accused Labour last month of handing the city to the SNP"
        if k < s.n and s.lower[k] == ",":  # past an apposition: "accused Ruth Smeeth, the MP for X, of"
            k = next((c + 1 for c in range(k + 1, min(s.n, k + 16)) if s.lower[c] == ","), k)
        if k >= s.n or s.lower[k] != "of":
            return
        subject = self.subject_before(s, start, PEOPLE | DECIDERS)
        opening = _sentence_subject(s) if s.lower[start - 1] in ("and", "but") else None
        if opening is not None and (subject is None or opening.last + 1 < start and any(
                w in SAYING_VERBS for w in s.lower[opening.last + 1:subject.first])):
            # "A said the MP was right to go but accused B of ...", "He said the new administration had
            # inherited ... and accused Labour of ...": the sentence's own subject, not one in what was said
            subject = opening
        if subject is None or subject.entity is None or subject.entity == target.entity or \
                subject.label == "PRON" and subject is not opening and not (s.lower[subject.first] in ("he", "she") and all(
                    w in AUXILIARIES for w in s.lower[subject.last + 1:start]) and (
                    subject.first == 0 or subject.first <= 8 and _opening_phrase(s, subject.first))):
            # (a pronoun only as the sentence's own subject, first or after its time: "She accused Ed
            # Miliband of ...", "Before polling day she had accused the Lib Dems of ...")
            return
        subjects = (_coordinated_from(s, subject) if _kind(subject) == "PERSON" else []) or [subject]
        self._opposes(s, [m for m in subjects if m.entity is not None], target, start, target.last,
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
        holder = self.holder_of(role) or \
            self._address_block_person(addressee.lower().split())
        if holder is None or self.letter.is_placeholder(holder):
            return
        target = Mention(0, 0, holder.label, "CONTEXT", start, start, holder)
        writer = Mention(0, 0, "I", "WRITER", start, start, self.letter.writer)
        self._opposes(s, [writer], target, start, min(s.n - 1, start + 6), "letter-opposes-criticism")

    def _address_block_person(self, title: list[str]) -> Entity | None:
        """The person an address block names just above the addressee's title ("Boris Johnson MP /
        Prime Minister" before "Dear Prime Minister,"): a person mention followed within three words by
        the title's words, on its line or the next (each line of a block is a sentence), before the
        salutation."""
        for s, after in zip(self.sentences, self.sentences[1:] + [None]):
            if s.n and s.lower[0] == "dear":
                return None
            words = s.lower + (after.lower if after is not None else [])
            for m in s.mentions:
                if m.entity is None or m.entity.kind != "PERSON" or m.label == "PRON":
                    continue
                for k in range(m.last + 1, min(len(words), m.last + 4)):
                    if words[k:k + len(title)] == title:
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
        target = self._last_decider(s, critic.entity, k)
        if target is not None:
            self._opposes(s, [critic], target, start, min(s.n - 1, k + len(window)), "letter-opposes-criticism")

    def _last_decider(self, s: Sentence, critic: Entity, k: int) -> Mention | None:
        """Who took the decision a verdict at ``k`` is passed on: the decider of the last decision of the
        last eight sentences (not the critic); the body that took it before its party, a party before a
        person (a leader's say)."""
        lo = self.sentences[-9].char(0) if len(self.sentences) > 9 else 0
        decided = [f for f in self.facts if f.relation == "decided" and lo <= f.start < s.char(0)
                   and f.subject != critic and f.subject.kind in DECIDERS | {"PERSON", "PARTY"}]
        if not decided:
            return None
        rank = {"PERSON": 0, "PARTY": 1}
        decider = max(reversed(decided), key=lambda f: rank.get(f.subject.kind, 2)).subject
        return Mention(0, 0, decider.label, "CONTEXT", k, k, decider)

    def _dismissed(self, s: Sentence, start: int, end: int) -> None:
        """"A dismissed B as extremists", "A dismissed it as a cop-out": a dismissive verdict; A opposes B
        (named right after the verb), or for "it" or a decision noun, whoever took the last decision. Not
        in the passive ("was dismissed as chief whip" is a removal) nor with an office after "as"."""
        if _passive(s, start) or not _dismissed_as_verdict(s, end) or s.hedged(start):
            return
        # a person before a body: "her party colleague Sammy Wilson dismissed it"
        critic = self.subject_before(s, start, PEOPLE) or self.subject_before(s, start, DECIDERS)
        if critic is None or critic.entity is None or critic.label == "PRON":
            return
        k = end + (end < s.n and s.lower[end] in ("the", "this"))
        if k < s.n and (s.lower[k] in ("it", "this") or s.lower[k] in VERDICT_NOUNS and s.at(k) is None):
            target = self._last_decider(s, critic.entity, k)
        else:
            target = self._criticised(s, end, False)
        if target is None or target.entity is None or target.entity == critic.entity or target.label == "PRON":
            return
        self._opposes(s, [critic], target, start, max(target.last, k), "letter-opposes-criticism")

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
        while k < s.n and k < end + 3 and s.at(k) is None and s.lower[k] in DETERMINER_WORDS | HONORIFIC_WORDS | {
                "new", "former"}:
            k += 1  # (past a title: "accused Ms Aitken of")
        m = s.at(k) if k < s.n else None
        if m is None or m.label in ("DATE", "PRON") or _kind(m) not in TARGETS | {"ROLE"}:
            return None
        possessor = m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s")
        if vote and (possessor or not any(w[:1].isupper() for w in s.words[m.first:m.last + 1])):
            return None  # "voted against the government's bill": the bill; "against the motion": which one?
        if m.label == "ROLE":
            holder = self.holder_of(m.role)
            return Mention(m.start, m.end, m.text, "PRON", m.first, m.last, holder) if holder is not None else None
        if not possessor and _noun_follows(s, m.last + 1):
            return None  # "criticised the Labour Party conference": the conference
        return m


def _opening_phrase(s: Sentence, k: int) -> bool:
    """Whether the words before ``k`` are a phrase of time or place that opens the sentence ("Before polling
    day", "On Monday,"): no one named in them and no clause of their own."""
    return not any(m.first < k and _kind(m) in PEOPLE | DECIDERS for m in s.mentions) and \
        not any(w in CLAUSE_OPENERS for w in s.lower[:k])


#: Words that open a clause of its own, whose subject a pronoun after them may be.
CLAUSE_OPENERS = {"who", "whom", "that", "when", "while", "whilst", "because", "as", "if", "although", "though",
                  "since", "where", "which", "and", "but", "said", "says", "told"}


#: Verbs of saying, after which a clause has a subject of its own.
SAYING_VERBS = {"said", "says", "warned", "warns", "argued", "argues", "claimed", "claims", "insisted", "insists",
                "told", "tells", "added", "adds"}


def _sentence_subject(s: Sentence) -> Mention | None:
    """The person or body that opens the sentence as its subject (past titles: "Cllr Sarah Cooper", "Mr
    Allen"; "He", "She"; past a possessor: "Scottish Labour's Jackie Baillie"), else None."""
    k = 0
    while k < s.n and s.words[k] in HONORIFIC_TITLES:
        k += 1
    m = s.at(k) if k < s.n else None
    if m is not None and m.last + 2 < s.n and s.lower[m.last + 1] in ("'s", "’s"):
        m = s.at(m.last + 2)  # "Scottish Labour's Jackie Baillie": the person, not the party
        k = m.first if m is not None else k
    if m is None or m.first != k or _kind(m) not in PEOPLE | DECIDERS or m.entity is None:
        return None
    return m if m.label != "PRON" or s.lower[k] in ("he", "she", "they") else None
