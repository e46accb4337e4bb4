"""A person a sentence opens by describing, not naming: "The Upper Bann MLA, a retired Army captain,
...", "The Tamworth MP stepped down ...", "The new leader, who is 45, ...".

Reporters name someone once and then describe them by their seat or their new office. Such a
description opening a sentence is its subject, and stands for a person the story has named: a seat
("the X MP", "the X councillor") for the person the story is about (the holder of the office it leads
with, else the last sentence's subject), a new office ("the new leader") for the one the document
last elected to that office. It is read as a
mention of that person, so every rule reads the sentence as it would with the name; the seat and
the place it names are background, as they are after a name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .linking import Entity, Linker, Mention
from .pipeline import Arrays

#: The seat words a description by seat ends on: "the Upper Bann MLA", "the Byker councillor".
SEAT_WORDS = frozenset({"mp", "mla", "msp", "ms", "am", "mep", "councillor"})


def described_person(mentions: list[Mention], a: Arrays, start: int, end: int, offset: int, linker: Linker,
                     holder_of: Callable[[str | None], Entity | None], lead: Entity | None) -> list[Mention]:
    """The sentence's mentions with an opening description of a person read as that person (see the
    module docstring); unchanged when the sentence opens otherwise or the text has named no one it
    can stand for. Cost: a look at the sentence's first few words."""
    if end - start < 4 or a.lowers[start] != "the":
        return mentions
    k = start + 1
    while k < end and a.words[k][:1].isupper() and a.lowers[k] not in SEAT_WORDS:
        k += 1
    person: Entity | None = None
    if start + 1 < k < end and a.lowers[k] in SEAT_WORDS:
        # "The Harrow East MP, who ...", "The Livingston South councillor will ...": not "The MP for X"
        if k + 1 < end and (a.words[k + 1][:1].isupper() or a.lowers[k + 1] == "for") or any(
                m.first < k - start and m.entity is not None and m.entity.kind == "PERSON" for m in mentions):
            return mentions  # "The Conservative MP Anne Marie Morris", "The Rt Hon Boris Johnson MP": named
        # (the subjects before this sentence's own, which _mentions has already noted)
        person = lead or next((e for e in reversed(linker.subjects[-4:-1]) if e is not None), None)
    elif a.lowers[start + 1] == "new":
        # "The new leader, who is 45, ...": the one the document last elected (or gave) that office
        role = next((m for m in mentions if m.label == "ROLE" and m.first == 0 and m.last < 4), None)
        if role is None or role.last + start + 1 < end and a.words[role.last + start + 1][:1].isupper():
            return mentions
        k = start + role.last
        person = holder_of(role.role)
    if person is None or person.kind != "PERSON":
        return mentions
    first, last = 0, k - start
    described = Mention(offset + a.idx[start], offset + a.ends[k], " ".join(a.words[start:k + 1]), "DEF", first,
                        last, person)
    if linker.subjects:
        linker.subjects[-1] = person  # the sentence is about them, whoever else it names
    return [described] + [m for m in mentions if m.first > last]


def body_in_apposition(mentions: list[Mention], a: Arrays, start: int) -> list[Mention]:
    """The sentence's mentions with a body described in general words and then named in apposition read
    as the body named: "Labour's ruling body, the National Executive Committee, voted ..." is the NEC,
    not a "ruling body of Labour" of the document's own. Only a described body the text minted, followed
    by a comma and a body the graph knows, closed by a comma or the sentence's end. Cost: one pass over
    the mentions."""
    out = list(mentions)
    for i, m in enumerate(out[:-1]):
        n = out[i + 1]
        if m.entity is None or not m.entity.minted or m.entity.kind != "BODY" or n.entity is None or \
                n.entity.minted or n.entity.kind != "BODY" or a.lowers[start + m.last + 1] != "," or \
                not (n.first == m.last + 2 or n.first == m.last + 3 and a.lowers[start + m.last + 2] == "the") or \
                (start + n.last + 1 < len(a.lowers) and a.lowers[start + n.last + 1] not in (",", ".", ";")):
            continue
        out[i] = replace(m, entity=n.entity)
    return out
