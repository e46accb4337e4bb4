"""Who an event is about, shared by the resignation and the decision rules.

A pronoun that is a decision's object or a resignation's subject read as the person of the last event
(``EventSubjects._event_pronoun``); "has since" as an adverb (``_since_adverb``); a group followed by
the names of its members (``_named_after_group``); counts written as words (``_number``).
"""

from __future__ import annotations

from .linking import Entity, Mention
from .reference import event_person, reported_speaker
from .sentence import Sentence, _coordinated_from, _kind

#: Numbers written as words, up to twenty: "Eight councillors voted for the motion", "two of its councillors".
NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}


class EventSubjects:
    """The person a pronoun in an event stands for."""

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
        if person is None and excluding is not None and m.entity == excluding:
            # "the general secretary, Jennie Formby, suspended him": no one decides about themselves, so
            # "him" is the last person, of his gender, the text was about (not one this sentence names)
            gender = {"him": "m", "her": "f"}.get(m.text.lower())
            person = self.linker.last_subject(excluding, gender) if gender is not None else None
            if any(p.entity == person and p.label != "PRON" for p in s.mentions):
                person = None  # one the sentence names is no "him": "X concluded that Y was investigating him"
        if person is None or person == m.entity:
            return m
        return Mention(m.start, m.end, m.text, "PRON", m.first, m.last, person)


def _since_adverb(s: Sentence, start: int) -> int:
    """"Labour has since selected X", "she has since resigned": "since" after "has" is an adverb, not
    the conjunction that opens a clause; the subject is looked for before it."""
    if start >= 2 and s.lower[start - 1] == "since" and s.lower[start - 2] in ("has", "have", "had"):
        return start - 1
    return start


def _named_after_group(s: Sentence, group: Mention) -> list[Mention]:
    """"two of its candidates, Craig Smith and Jo Bell, who are being investigated": the people a group's
    mention is followed by, in apposition, are the ones decided about."""
    if _kind(group) != "COLLECTIVE" or group.last + 2 >= s.n or s.lower[group.last + 1] != ",":
        return []
    first = s.at(group.last + 2)
    if first is None or first.first != group.last + 2 or first.entity is None or first.entity.kind != "PERSON":
        return []
    return _coordinated_from(s, first)


def _entity(item: Mention | Entity) -> Entity | None:
    return item.entity if isinstance(item, Mention) else item


def _number(word: str) -> int | None:
    """A count written in figures or as a word up to twenty."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
