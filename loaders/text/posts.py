"""Offices told by a verb of holding, and "the post" standing for the office the story is about.

"X, who took the post at 25 in 2011", "X had held the post since September", "Y was voted into the
post", "X won the deputy leadership in 1994": the subject holds the office named after the verb; "X
represents the Y ward" is a councillor. "the post" (or "the role", "the job") is no office of its own:
it stands for one the text gave (``anaphoric_post``, read when the sentence's mentions are made,
before its rules: an office named before it in the sentence, else the last its paragraph gave, else
one the sentence before announced ("X has a new leader"), else the office the story leads with), so
every office rule reads it as that office.

Taking an office ("took", "won", "took up", "into") dates its start by its clause; holding it
("held", "holds") is a state, begun at a "since" date if the clause gives one.
"""

from __future__ import annotations

from collections.abc import Sequence

from .linking import ORG_KINDS, Entity, Mention
from .pipeline import COMPASS, Arrays
from .sentence import Fact, Sentence, _kind, _passive
from .words import SEAT_ROLES

#: The nouns "the post" may be said with.
POST_NOUNS = frozenset({"post", "role", "job", "position"})
#: Verbs of taking an office (its start) and of holding one (a state), just before it.
TAKING = {"took", "takes", "take", "taking", "won", "wins", "win", "winning", "accepted", "accepts", "accept",
          "accepting", "filled", "fills", "fill", "filling", "assumed", "assumes", "assume"}
HOLDING = {"held", "holds", "hold", "holding"}
#: Verbs of an office kept: "keeps his post as deputy leader" (a state, like holding it).
KEEPING = {"keeps", "kept", "keep", "keeping", "retains", "retained", "retain", "retaining"}
#: Verbs that announce an office's new holder: "Kent has a new leader", "the group gets a new chair".
ANNOUNCING = {"has", "have", "had", "gets", "got", "get"}
#: Verbs of representing a ward.
REPRESENT_VERBS = {"represents", "represented", "representing", "represent"}
SITS = {"sits", "sat", "sitting"}
_REPRESENTING = REPRESENT_VERBS | SITS  # the words wards_represented reads
#: Words that make a place represented a House's seat, not a ward: "represents Ogmore in the Senedd" (the
#: letters "MS" and "AM" only in capitals: in lower case they are other words).
SEAT_WORDS = {"senedd", "parliament", "assembly", "commons", "westminster", "holyrood", "stormont", "seat",
              "constituency", "mp", "msp", "mla", "region", "european"}


def anaphoric_post(mentions: list[Mention], a: Arrays, start: int, end: int, offset: int,
                   office: tuple[str, Entity] | None) -> list[Mention]:
    """The sentence's mentions (tokens ``start``..``end`` of ``a``) with "the post" / "the role" / "the
    job" read as a ROLE mention of the office it stands for: an office the sentence named before it
    ("appointed deputy chairman ..., but resigned the post"), else ``office`` (role, organisation): the
    last office its paragraph gave ("X was chosen as Lord Provost. She was thrilled to hold the post"), one
    the sentence before announced ("Newport Council has a new leader. X was voted into the post"), or the
    office the story leads with ("Greg succeeds Nadhim Zahawi, who left the post").
    Not "the post of First Minister" (an office named), "the post-Brexit deal", a post that opens its
    sentence ("The post fell vacant": no one's office), nor a post with no office before it. Cost: one
    pass over the sentence's words."""
    covered = {start + k for m in mentions for k in range(m.first, m.last + 1)}
    added = []
    for i in range(start + 2, end):
        if a.lowers[i] not in POST_NOUNS or a.lowers[i - 1] != "the" or i in covered or i - 1 in covered:
            continue
        if i + 1 < end and (a.lowers[i + 1] in ("of", "-", "that", "which") or a.words[i + 1][:1].isupper()):
            continue  # "the post of First Minister", "the post-Brexit arrangements", "the role that ..."
        # (not a title just before a name: "after Nelson councillor Sean Morgan was voted into the post" is
        # not into his seat)
        titled = {m.first - 1 for m in mentions if m.entity is not None and m.entity.kind == "PERSON"}
        before = [m for m in mentions if m.label == "ROLE" and m.role and m.last < i - 1 - start
                  and m.last not in titled]
        if before:
            named = before[-1]
            owner = new_office_of(a.lowers[start:end], mentions, named)
            added.append(Mention(offset + a.idx[i - 1], offset + a.ends[i], f"the {a.words[i]}", "ROLE",
                                 i - 1 - start, i - start, possessor=owner, role=named.role,
                                 antecedent=None if owner is not None else named))
        elif office is not None:
            added.append(Mention(offset + a.idx[i - 1], offset + a.ends[i], f"the {a.words[i]}", "ROLE",
                                 i - 1 - start, i - start, possessor=office[1], role=office[0]))
    return sorted(mentions + added, key=lambda m: m.first) if added else mentions


def new_office_of(lower: Sequence[str], mentions: list[Mention], role: Mention) -> Entity | None:
    """"Caerphilly Council has a new leader": the organisation an office is announced for (named just
    before "has a new", "gets a new"), or None. ``lower`` is the sentence's lowercased words."""
    k = role.first - 1
    while k > 0 and lower[k] in ("new", "a", "an"):
        k -= 1
    if lower[k] not in ANNOUNCING or lower[k + 1] not in ("a", "an"):
        return None
    owner = next((m for m in mentions if m.last == k - 1), None)
    if owner is not None and owner.first > 1 and lower[owner.first - 1] in ("on", "at", "of"):
        # "the Plaid group on Caerphilly Council has a new leader": the group's
        owner = next((m for m in mentions if m.last == owner.first - 2), owner)
    return owner.entity if owner is not None and owner.entity is not None and \
        owner.entity.kind in ORG_KINDS - {"COLLECTIVE"} else None


class PostRules:
    """Rules for offices held or taken, told by a verb before the office."""

    def offices_held(self, s: Sentence) -> None:
        """"X, who took the post at 25 in 2011", "X had held the deputy leadership since 1994", "I followed
        Sir Albert Bore into the post": the clause's subject holds the office after the verb."""
        for m in s.mentions:
            if m.label != "ROLE" or not m.role or m.role in SEAT_ROLES or m.role == "candidate":
                continue
            announced = new_office_of(s.lower, s.mentions, m)
            if announced is not None:
                self.announced = (s.index, announced, m.role)
            verb = m.first - 1
            if verb >= 3 and s.lower[verb] == "of" and s.lower[verb - 1] in POST_NOUNS | {"office"} and \
                    s.lower[verb - 2] == "the":
                verb -= 3  # "held the post of deputy leader": the office named
            if verb >= 3 and s.lower[verb] == "as" and s.lower[verb - 1] in POST_NOUNS | {"seat", "place"} and \
                    s.lower[verb - 2] in ("his", "her", "their", "the") and s.lower[verb - 3] in KEEPING:
                verb -= 3  # "keeps his post as deputy leader": the office kept, a state
            while verb > 0 and s.lower[verb] in ("the", "up", "into", "over"):
                verb -= 1
            into = "into" in s.lower[verb + 1:m.first]
            taking = s.lower[verb] in TAKING or into
            if not (taking or s.lower[verb] in HOLDING | KEEPING) or s.hedged(verb) or \
                    s.lower[verb] in KEEPING and s.lower[verb - 1] == "to" or "former" in m.text.lower() or \
                    "never" in s.lower[max(0, verb - 2):verb]:
                continue
            if taking and m.role == "chair" and m.text.lower() == "the chair":
                continue  # "took the chair": presided over the meeting
            if into and s.lower[verb] not in ("voted", "followed", "came", "stepped", "moved", "elected"):
                continue  # "voted into the post", "followed Y into the post"
            people = [p for p in self.people_before(s, verb) if _kind(p) == "PERSON" and p.entity is not None]
            if not people:
                continue
            org = m.possessor if m.possessor is not None and m.possessor.kind != "PERSON" else self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                continue
            # "held the post since 2015", "since it was created in 2002": the date of the "since" clause
            since_at = next((k for k in range(m.last + 1, min(s.n, m.last + 4)) if s.lower[k] == "since"), None)
            since = next((d for d in s.dates() if since_at is not None and d.first >= since_at
                          and s.segment(d.first) == s.segment(m.first)), None)
            if since is not None:
                when, begun = self.when_of(since, s, m.first), True
            elif taking:
                # (with no date of its own, no date: "Paisley, Robinson and Foster all took the job")
                when, begun = self.date_near(s, verb, since=False)[0], True
            else:
                when, begun = None, False
            a, b = self.evidence_span(s, people[0].first, since.last if since is not None else m.last)
            for p in people:
                self.add(Fact("holds_office", p.entity, org, a, b, "office-held", 0.7, role=m.role, when=when,
                              is_start=begun and when is not None, seat=True))
            if into and s.lower[verb] in ("voted", "elected") and _passive(s, verb):
                # "was voted into the post at the authority's annual general meeting": the body that voted
                self.election_decided(s, verb, verb + 1, True, people, org, m.role, when, a, b)

    def _councillors_place(self, s: Sentence, people: list) -> bool:
        """Whether a place someone represents without the word "ward" ("Barbara Coyne, who represents
        Headington Hill and Northway") is a councillor's: in a story about a council, of someone the text
        gives no seat in a House, in a sentence that names no House, seat or member's title."""
        if self.linker.council_in_context() is None or not people or \
                any(w in SEAT_WORDS for w in s.lower) or any(w in ("MS", "AM") for w in s.words):
            return False
        return not any(p.entity is not None and self.seat_role_given(p.entity) for p in people) and \
            not any(w in COMPASS for w in s.words[people[-1].last:])  # "represented Cardiff West"

    def wards_represented(self, s: Sentence) -> None:
        """"X has represented the Clifton Down ward on Bristol City Council since 2016", "Y, who represents
        Kentish Town ward": who represents a ward is a councillor of the council named after it ("on"),
        else of the council in context; "since" dates the seat's start. A constituency ("represents
        Ogmore in the Senedd") says no "ward" and is read by no rule here."""
        for k in s.positions(_REPRESENTING, 0, s.n - 2):
            if s.lower[k] not in REPRESENT_VERBS and not (s.lower[k] in SITS and s.lower[k + 1] == "for"):
                continue
            j = k + 1 + (s.lower[k + 1] == "for") + (1 if s.lower[k + 1] == "the" else 0)
            place = s.at(j)
            if place is None or place.first != j:
                continue
            ward = place.last + 1 < s.n and s.lower[place.last + 1] in ("ward", "division")
            # (not "Her successor represents ...": a possessive is not the subject)
            people = [p for p in self.people_before(s, k) if _kind(p) == "PERSON" and p.entity is not None
                      and s.lower[p.first] not in ("his", "her", "their")]
            # the council named after "on" ("the Clifton Down ward on Bristol City Council"); a place sat for
            # on a council is a ward, whatever its name ("has represented Sandbach Heath and East on ...")
            on = next((j for j in range(place.last + 1, min(s.n - 1, place.last + 6)) if s.lower[j] == "on"
                       and not any(w in (",", ";", "since", "in", "for") for w in s.lower[place.last + 1:j])), None)
            on_council = s.at(on + 1) if on is not None else None
            if on_council is None or on_council.first != on + 1 or on_council.entity is None or \
                    on_council.entity.kind != "COUNCIL":
                on_council = None
            if not ward and on_council is None and not (place.label == "PLACE" and self._councillors_place(s, people)):
                continue
            council = on_council.entity if on_council is not None else self.linker.council_in_context()
            if not people or council is None or council.kind != "COUNCIL":
                continue
            since = next((d for d in s.dates() if d.first > place.last and d.text.lower().startswith("since")
                          and s.segment(d.first) == s.segment(k)), None)
            when = self.when_of(since, s, k) if since is not None else None
            end = since.last if since is not None else on_council.last if on_council is not None else place.last + ward
            a, b = self.evidence_span(s, people[0].first, end)
            for p in people:
                self.add(Fact("holds_office", p.entity, council, a, b, "office-ward", 0.7, role="councillor",
                              when=when, is_start=when is not None, seat=True))
