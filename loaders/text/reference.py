"""Who a letter's "I" and "we" are: the people who sign it.

A letter ("Dear Prime Minister, ... I have decided to resign from the party ... Yours sincerely, A B")
states its writers' acts in the first person and names them only at the end, after the sign-off. The
relation rules read an "I" or "we" subject as the letter's writer (a placeholder entity, ``Letter.writer``);
when the sign-off has named the signatories, ``Letter.resolve`` gives those facts to them (to the one
signatory for "I", to every signatory for "we"), and each signatory has signed the letter. A document
with no signed sign-off keeps none of the placeholder's facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .linking import Entity, Mention

if TYPE_CHECKING:
    from .sentence import Sentence

#: The closing words of a letter before its signatures: "Yours sincerely,", "Yours faithfully,".
SIGN_OFF_SECOND = {"sincerely", "faithfully", "truly", "ever", ","}
#: Words of a closing line other than "Yours ...": "With best wishes,", "Kind regards,", "Best wishes for
#: the campaign,", "In solidarity,".
SIGN_OFF_WORDS = {"wishes", "regards", "sincerely", "faithfully", "solidarity", "fraternally", "respectfully"}
#: Words that may stand between the start of a signature line and the name: "Councillor A B", "The Rt Hon A B".
SIGNATURE_TITLES = {"councillor", "cllr", "the", "rt", "hon", "right", "honourable", "dr", "sir", "dame", "mr", "mrs",
                    "ms", "miss", "lord", "baroness", "professor", "rev", "reverend", "."}
#: Words between a first-person subject and its verb: "I have decided to resign", "we have today written".
FIRST_PERSON_GAP = {"have", "had", "am", "are", "was", "were", "also", "today", "now", "hereby", "decided", "to", "writing",
                    "therefore", "must", "do", "strongly", "unreservedly", "publicly", "'ve", "’ve", "'m", "’m"}
FIRST_PERSON = {"i": "I", "we": "we"}


@dataclass
class Letter:
    """What the document has shown of a letter: its addressee, date, signatories and the placeholder
    entity standing for its writer(s) until the sign-off names them."""

    doc_key: str
    addressee: str | None = None
    signers: list[Entity] = field(default_factory=list)
    signed_off: bool = False
    listed: bool = False  # whether a heading line ("Signed:") opened the signatures: a list, not a signature
    when: object | None = None  # the date line's When, if the letter has one
    span: tuple[int, int] | None = None  # the signature block (the evidence of the signatures)
    titled: bool = True  # whether the salutation names an office ("Dear Chancellor,"), not a first name
    writer: Entity = field(init=False)
    writers: Entity = field(init=False)

    def __post_init__(self) -> None:
        self.writer = Entity(f"urn:partygraph:letter-writer:{self.doc_key}", "I", "PERSON")
        self.writers = Entity(f"urn:partygraph:letter-writers:{self.doc_key}", "we", "COLLECTIVE")

    def read(self, s: Sentence) -> None:
        """Note the salutation ("Dear Prime Minister,"), the sign-off and, in the sentences after the
        sign-off, the people named at the start of a line (the signatories)."""
        if s.n >= 2 and s.lower[0] == "dear" and self.addressee is None:
            words = []
            for w in s.words[1:]:
                if w in (",", ":") or not w.strip():
                    break
                words.append(w)
            self.addressee = " ".join(words) or None
            title = s.at(1)
            # "Dear Prime Minister," and "Dear Chancellor," name an office; "Dear Jeremy," a person
            self.titled = len(words) > 1 or title is not None and title.label == "ROLE"
        elif 3 <= s.n <= 24 and s.lower[0] == "to" and self.addressee is None and not self.signed_off and \
                [w for w in s.lower if w.strip()][-1] == ",":
            # "To everyone who lives and works in Folkestone, Hythe and Romney Marsh,": a salutation too
            self.addressee = " ".join(w for w in s.words[1:] if w.strip()).rstrip(" ,") or None
            self.titled = False
        elif s.n >= 3 and s.lower[0] == "from" and s.lower[1] == ":" and not self.signers:
            # a memo's header, "From: Councillor Jane Doe": its writer, as a sign-off names them
            named = [m for m in s.mentions if m.entity is not None and m.entity.kind == "PERSON" and m.label != "PRON"]
            if named:
                self.signers.append(named[0].entity)
                self.span = (s.char(named[0].first), s.char_end(named[0].last))
        elif s.n >= 2 and s.lower[0] == "yours" and s.lower[1] in SIGN_OFF_SECOND or \
                self.addressee is not None and _closing_line(s):
            self.signed_off = True
        elif 2 <= s.n <= 4 and s.lower[0] in ("signed", "signatories", "signatures") and \
                [w for w in s.lower if w.strip()][-1] == ":":
            self.signed_off = self.listed = True  # "Signed:" over a list of names, one a line
        elif self.signed_off and len(self.signers) < (40 if self.listed else 12):
            named = [m for m in s.mentions if m.entity is not None and m.entity.kind == "PERSON"
                     and m.label != "PRON" and _line_start(s, m) and m.entity not in self.signers]
            if named:
                self.signers += [m.entity for m in named]
                self.span = self.span or (s.char(named[0].first), s.char_end(named[-1].last))

    def subject(self, s: Sentence, verb: int) -> Mention | None:
        """The writer placeholder when the clause's subject just before ``verb`` is "I" or "we"."""
        k = verb - 1
        while k >= 0 and s.lower[k] in FIRST_PERSON_GAP:
            k -= 1
        if k < 0 or s.words[k] not in ("I", "we", "We"):
            return None
        entity = self.writer if s.lower[k] == "i" else self.writers
        return Mention(0, 0, s.words[k], "WRITER", k, k, entity)

    def label(self, noun: str | None = None) -> str:
        """The letter's name as a reader gives it: "Letter to the Prime Minister", else "Letter of X" (or
        what the document's title says it is, ``noun``: "Statement of X")."""
        if self.addressee:
            # "Dear Prime Minister," is to the prime minister; "Dear Jeremy," to Jeremy
            article = "the " if self.titled and not self.addressee.lower().startswith("the ") else ""
            return f"Letter to {article}{self.addressee}"
        return f"{(noun or 'letter').capitalize()} of {self.signers[0].label}"

    def stands_for(self, entity: Entity) -> list[Entity]:
        """The signatories a placeholder subject stands for (none if it is not a placeholder or the
        letter names no signatory; "I" only when one person signed)."""
        if entity == self.writer:
            return self.signers[:1] if len(self.signers) == 1 else []
        if entity == self.writers:
            return list(self.signers)
        return [entity]

    def is_placeholder(self, entity: Entity) -> bool:
        return entity in (self.writer, self.writers)


def _line_start(s: Sentence, m: Mention) -> bool:
    """Whether mention ``m`` opens a line of the sentence (a signature block: one signatory a line), past
    a title of address ("Councillor A B", "The Rt Hon A B MP")."""
    k = m.first
    while k > 0 and s.lower[k - 1] in SIGNATURE_TITLES:
        k -= 1
    return k == 0 or not s.words[k - 1].strip() or "\n" in s.words[k - 1]


def _closing_line(s: Sentence) -> bool:
    """A letter's closing line other than "Yours ...": a short line ending in a comma with a word of
    closing ("With best wishes for the campaign,", "Kind regards,", "In solidarity,")."""
    words = [w for w in s.lower if w.strip()]
    return 2 <= len(words) <= 8 and words[-1] == "," and any(w in SIGN_OFF_WORDS for w in words)


#: Person pronouns by gender, as the text uses them for a decision's object or a resignation's subject.
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def event_person(pronoun: Mention, recent: list[Entity], gender_of: dict[str, str],
                 excluding: Entity | None = None) -> Entity | None:
    """Who "him" or "she" is when a sentence tells an event about them: the person the last event of
    this or the previous sentence was about (``recent``, oldest first: who resigned, who was decided
    about), of the pronoun's gender where the text has shown theirs, and not the clause's own subject
    ("Starmer sacked X as a minister, and the party suspended him": X; "The by-election was called after
    Y resigned the seat; Labour had suspended him in October": Y). None when no event fits, so the
    linker's reading stands."""
    word = pronoun.text.lower()
    gender = "m" if word in MALE else "f" if word in FEMALE else None
    if gender is None:
        return None
    for entity in reversed(recent):
        if entity.kind == "PERSON" and entity != excluding and gender_of.get(entity.iri, gender) == gender:
            return entity
    return None


#: Verbs that report what their subject says of themselves: "X announced that she would stand down".
REPORTING = {"said", "says", "announced", "announces", "confirmed", "confirms", "revealed", "reveals", "told",
             "tells", "declared", "declares", "indicated", "indicates", "insisted", "insists", "wrote", "writes",
             "admitted", "admits", "stated", "states", "informed", "informs", "reported", "reports", "advised"}
#: Words that may stand between a reporting verb and its "that": an adverb, a date, an indirect object.
_REPORT_GAP = 8


def reported_speaker(s: Sentence, pronoun: Mention) -> Entity | None:
    """Who "he" or "she" is in a clause reported by its own speaker: "X announced on 16 July that he would
    stand down" (X), "Y, who said last year that she was standing down, ..." (Y, the head of the relative
    clause), "Z, who has led the party since 2000 and who announced that he would step down" (Z). The
    speaker is the person named (not a pronoun) just before the reporting verb, or before ", who"; not
    the person told ("told X that he"). None when the pronoun is not in such a clause."""
    if pronoun.text.lower() not in MALE | FEMALE:
        return None
    k = pronoun.first - 1
    if k < 1 or s.lower[k] != "that":
        return None
    verb = next((j for j in range(k - 1, max(-1, k - _REPORT_GAP), -1) if s.lower[j] in REPORTING), None)
    if verb is None or any(w in (",", ";") for w in s.lower[verb + 1:k]) and s.lower[verb] != "told":
        return None
    j = verb - 1
    while j >= 0 and s.lower[j] in ("has", "had", "have", "also", "then", "later", "publicly", "formally"):
        j -= 1
    if j >= 0 and s.lower[j] == "who":
        # the head of the relative clause: the person before ", who" (past "... and who")
        # (not one named inside an apposition: "Y, a close ally of Z, who announced": Y)
        heads = [m for m in s.mentions if m.last < j and m.entity is not None and m.entity.kind == "PERSON"
                 and m.label != "PRON" and m.last + 1 < s.n and s.lower[m.last + 1] == ","
                 and not (m.first > 0 and s.lower[m.first - 1] in ("of", "to", "with", "for", "by", "from"))]
        return heads[-1].entity if heads else None
    if j >= 1 and s.lower[j] == ",":
        # "X, the cabinet member for transport, said that she ...": the person the sentence opens with,
        # whose apposition closes before the verb
        first = s.mentions[0] if s.mentions else None
        if first is not None and first.first <= 1 and first.entity is not None and first.entity.kind == "PERSON" \
                and first.label != "PRON" and first.last + 1 < j and s.lower[first.last + 1] == ",":
            return first.entity
        return None
    m = s.at(j) if j >= 0 else None
    if m is None or m.entity is None or m.entity.kind != "PERSON" or m.label == "PRON":
        return None
    return m.entity
