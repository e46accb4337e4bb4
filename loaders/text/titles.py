"""Councillor as a title: "Councillor Jane Doe", "Cllr Doe", "Cllr. Doe", "County Councillor Doe",
"Councillors Doe, Roe and Poe", "Cllrs Doe and Roe".

A title states the seat (docs/text-gold-guide.md, "Councillor as a title"): the person holds the office
of councillor on the council the text ties them to. ``councillor_titles`` notes each titled person with
the council their sentence names, if it names exactly one; ``titles_settled`` (after the last sentence)
keeps those ties, and gives an untied title the document's council: the council its title names (the
council whose meeting minutes are, "Eight Brent councillors dropped"), else the one council the document
names, if it names exactly one (as a council's own press releases do). A document that names several
councils, none in its title, and does not tie the person to one prints nothing: which seat is the
reader's guess. Never a ward or a group: only a
council named as one ("Kirklees Council", "London Borough of Sutton") is an object, not "the County
Council" (which linking may resolve by a guess) nor "(Golcar)" after a name. Undated: a title says the
seat was held when the text was written or, for "former Councillor", at some time before.

Cost: one pass over each sentence's tokens, looking only at the title words.
"""

from __future__ import annotations

from .linking import Entity, Mention
from .sentence import Fact, Sentence, _coordinated_from, _kind
from .words import HONORIFIC_WORDS

#: The title, singular and plural, with or without the abbreviation's full stop (a tokenizer special case
#: keeps "Cllr." one token, so the full stop ends no sentence).
TITLE_WORDS = {"councillor", "cllr", "cllr.", "coun"}
PLURAL_TITLE_WORDS = {"councillors", "cllrs", "cllrs."}
ALL_TITLE_WORDS = TITLE_WORDS | PLURAL_TITLE_WORDS
#: Words that say a name is a council's, and the words of a council's name that name no place.
COUNCIL_WORDS = {"council", "cyngor", "comhairle"}
GENERIC_WORDS = {"the", "this", "city", "county", "borough", "district", "metropolitan", "town", "of", "royal", "london",
                 "and"}


class TitleRules:
    """Rules for the seat a councillor's title states."""

    def councillor_titles(self, s: Sentence) -> None:
        """Note each person named with a councillor's title, with the one council their sentence names
        (or none); and the councils each sentence names, for ``titles_settled``."""
        named = [m.entity for m in s.mentions if _names_a_council(m)]
        councils = {council.iri: council for council in named}
        self.councils_named.update(councils)
        for council in named:
            self.council_namings[council.iri] = self.council_namings.get(council.iri, 0) + 1
        tie = next(iter(councils.values())) if len(councils) == 1 else None
        for k in s.positions(ALL_TITLE_WORDS, 0, s.n - 1):
            word = s.lower[k]
            if not s.words[k][:1].isupper():
                continue  # "a councillor", "the councillors": a description, read by the office rules
            people = self._titled_people(s, k, plural=word in PLURAL_TITLE_WORDS)
            self.titled.extend((person.entity, tie, s, k, person.last) for person in people)

    def _titled_people(self, s: Sentence, k: int, plural: bool) -> list[Mention]:
        """The person (or, after a plural title, the people coordinated) named straight after the title
        at token ``k``, past honorifics ("Councillor Dr Jane Doe")."""
        j = k + 1
        while j < s.n and s.lower[j] in HONORIFIC_WORDS | {"."}:
            j += 1
        first = s.at(j) if j < s.n else None
        if first is None or first.first != j or first.entity is None or _kind(first) != "PERSON" or \
                first.label == "PRON":
            return []
        people = _coordinated_from(s, first) if plural else [first]
        return [p for p in people if p.entity is not None and _kind(p) == "PERSON" and p.label != "PRON"]

    def titles_settled(self) -> None:
        """Add the seat of each titled person: the council their sentence named, else the document's one
        council. Cost: one pass over the titles noted."""
        if not self.titled:
            return
        only = self._one_council()
        main = self._most_named_council()
        for person, tie, s, first, last in self.titled:
            council = tie or only or self._council_office(person) or main
            if council is None:
                continue
            a, b = self.evidence_span(s, first, last)
            self.add(Fact("holds_office", person, council, a, b, "office-councillor-title", 0.7,
                          role="councillor", is_start=False, seat=True))

    def _council_office(self, person: Entity) -> Entity | None:
        """The one council in which the document gives ``person`` an office ("Councillor David Mellen,
        Leader of the Council"): a councillor's title and a council office are a seat on that council
        (not a directly elected mayor's authority, whose mayor is no councillor)."""
        councils = {f.object.iri: f.object for f in self.facts if f.relation == "holds_office" and f.subject == person
                    and f.object.kind == "COUNCIL" and f.object.noun != "authority"}
        return next(iter(councils.values())) if len(councils) == 1 else None

    def _one_council(self) -> Entity | None:
        """The council the document is about: the one its title names (a meeting's minutes name other
        councils, "a member of Derby City Council", without changing whose meeting it was), else the one
        the document names when it names exactly one."""
        if self.linker.home is not None:
            return self.linker.home
        return next(iter(self.councils_named.values())) if len(self.councils_named) == 1 else None

    def _most_named_council(self) -> Entity | None:
        """The council the document names by its name most often, three times at least and twice as often
        as any other: the one a reader takes a councillor's title in it to be of (a guess the guide lets a
        gold file mark optional)."""
        counts = sorted(((n, iri) for iri, n in self.council_namings.items()), reverse=True)
        if not counts or counts[0][0] < 3 or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return None  # (a round-up of councils names none of them most; two namings are no story's subject)
        return self.councils_named[counts[0][1]]


def _names_a_council(m: Mention) -> bool:
    """A mention that names a council the graph knows, by its name: "Kent County Council", "Cyngor
    Gwynedd"; not "the County Council" or "this Council" (which linking may resolve to a council by a
    guess), nor a bare place ("Councillor X (Sutton)": a ward)."""
    if m.entity is None or m.entity.kind != "COUNCIL":
        return False
    words = {w.lower() for w in m.text.split()}
    council = words & COUNCIL_WORDS or {"borough", "of"} <= words  # "London Borough of Sutton"
    return bool(council) and bool(words - COUNCIL_WORDS - GENERIC_WORDS)
