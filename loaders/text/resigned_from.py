"""What a resignation left: the organisation of the office given up, or the body walked out of.

The office named after "as" belongs to the organisation named with it, else to the one the document gave
the person with that role (``_office_held``); "the party" a person or a group leaves is their own
(``_own_party``); a party office left in a party's story is the party's, not a council's or a
legislature's named in passing (``_party_office_left``); a cabinet's members leave the cabinet
(``_cabinet_of``); "gave up the Labour whip" the party (``_whip_given_up``); with nothing named, the
organisation mentioned last, passing over a seat (``_left_in_context``).
"""

from __future__ import annotations

import re

from rdflib.namespace import ORG

from ...ontology import uris
from .linking import ORG_KINDS, Entity, Mention
from .sentence import Sentence, _kind
from .words import LEADING_ROLES

#: Words after a place that make it a parliamentary seat: "his North Down seat".
SEAT_WORDS = {"seat", "seats", "constituency", "constituencies"}
#: A party's leading offices: "stood down as leader" in a party's story is the party's.
PARTY_LEADERS = {"leader", "deputy-leader", "co-leader", "party-leader"}
#: Words that name a legislature, whose "Leader" a party's leader is not: "the Assembly".
LEGISLATURES = {"assembly", "parliament", "senedd", "commons", "lords"}
#: Rules that read an office from its end (a resignation's own reading, not an office told before it).
LEFT_RULES = ("office-left", "resigned-office")
#: The members' noun of the House a seat role sits in: "stood down as MP" left the House of Commons.
CHAMBER_MEMBERS = {"member-of-parliament": "mps", "member-of-the-scottish-parliament": "msps",
                   "member-of-scottish-parliament": "msps", "member-of-the-senedd": "mss", "member-of-senedd": "mss",
                   "member-of-the-legislative-assembly": "mlas"}
#: A House named before "seat": "gave up his Stormont seat".
SEAT_CHAMBERS = {"commons": "mps", "westminster": "mps", "parliamentary": "mps", "holyrood": "msps", "senedd": "mss",
                 "stormont": "mlas", "assembly": "mlas"}
#: Verbs of a purpose clause after a resignation: "stepped down to take up a seat in the Lords" did not
#: leave the Lords.
PURPOSE_VERBS = {"take", "join", "become", "focus", "concentrate", "spend", "pursue", "run", "stand", "contest",
                 "lead", "return", "care", "seek", "make", "allow", "let", "work", "move"}


class ResignedFrom:
    """The organisation a resignation left."""

    def _org_left(self, s: Sentence, person: Mention, end: int) -> Entity | None:
        """What ``person`` left, read from ``end``: "as leader of X" (the office's organisation), else the
        office the document gave them, else a leading office this sentence gives another."""
        j = end
        while j < s.n and s.lower[j] in ("as", "the", "a"):
            j += 1
        target = s.at(j) if j < s.n and j > end and s.lower[end] == "as" else None
        if target is not None and target.label == "ROLE":
            org = self._office_held(s, person, target) or self.org_of_role(s, target)
            if org is not None:
                return org
        left = s.at(end + 1 + (end + 2 < s.n and s.lower[end + 1] == "the")) if end + 1 < s.n and s.lower[end] == "from" \
            else None
        if left is not None and left.first in (end + 1, end + 2) and left.entity is not None and \
                left.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
            return left.entity  # "my resignation from the government", "the resignation of X from the group"
        office = self.offices.get(person.entity.iri)
        if office is not None:
            return office.object
        # "X, Leader of the Council, who took up the post following the resignation of Y": an office told in
        # this sentence (further back, a passing resignation is too often of something else)
        if self.last_office is not None and self.last_office.role in LEADING_ROLES and \
                self.last_office.subject != person.entity and self.last_office.start >= s.char(0):
            return self.last_office.object
        return None

    def _whip_given_up(self, s: Sentence, end: int) -> Entity | None:
        """"given up the Labour whip", "gave up the party whip": the party whose whip it was (named
        before "whip", else the party the text has the person in, else the document's)."""
        k = next((k for k in range(end, min(s.n, end + 4)) if s.lower[k] == "whip"), None)
        if k is None:
            return None
        party = next((m.entity for m in s.mentions if end <= m.first < k and m.entity is not None
                      and m.entity.kind == "PARTY"), None)
        if party is not None:
            return party
        subject = next(iter(self.people_before(s, end)), None)
        known = self.parties.get(subject.entity.iri) if subject is not None and subject.entity is not None else None
        return known or self.linker.topic

    def _cabinet_of(self, s: Sentence, group: Mention) -> Entity | None:
        """"four members of his cabinet resigned": a cabinet's members leave the cabinet (a body of the
        document's own, named "Cabinet"), not the council or party the words "his cabinet" were linked to."""
        k = group.last + 1
        if _kind(group) != "COLLECTIVE" or k + 1 >= s.n or s.lower[k] != "of":
            return None
        owner = s.at(k + 1)
        if owner is None or not owner.text.lower().endswith("cabinet"):
            return None
        key = re.sub(r"[^a-z0-9]+", "-", self.linker.doc_key.lower()).strip("-")
        return self.linker.mint(str(uris.organisation(f"cabinet-{key}")), "Cabinet", "BODY", (str(ORG.Organization),))

    def _office_held(self, s: Sentence, subject: Mention, role: Mention) -> Entity | None:
        """"He would stand down as leader": an office named with no organisation after it ("of X", "X's")
        is the one the document gave the person, with that role."""
        k = role.last + 1
        if subject.entity is None or role.possessor is not None or (k < s.n and (s.lower[k] == "of" or
                                                                                 s.at(k) is not None)):
            return None
        office = self.offices.get(subject.entity.iri)
        return office.object if office is not None and office.role == role.role else None

    def _office_told(self, subject: Mention, role: Mention) -> Entity | None:
        """The organisation of the latest office with ``role`` the text gave ``subject`` as a fact ("X, who
        had run a minority administration since 2014, resigned as leader": the council's)."""
        return next((f.object for f in reversed(self.facts) if f.relation == "holds_office" and
                     f.subject == subject.entity and f.role == role.role and f.rule not in LEFT_RULES),
                    None) if subject.entity is not None else None

    def _own_party(self, s: Sentence, subject: Mention, target: Mention) -> Entity | None:
        """"Two Labour councillors ... resigned from the party": "the party" a person or group leaves is
        their own (the group's party, a party named just before the group's noun, the person's as the
        document gave it), not the party named last."""
        if target.text.lower() not in ("the party", "their party", "his party", "her party"):
            return None
        entity = subject.entity
        if entity is None:
            return None
        if entity.kind != "COLLECTIVE":
            return self.parties.get(entity.iri)
        named = next((m for m in s.mentions if m.entity is not None and m.entity.kind == "PARTY"
                      and subject.first - 2 <= m.first and m.last <= subject.last), None)
        return entity.party or (named.entity if named is not None else None)

    def _party_office_left(self, s: Sentence, role: Mention, org: Entity | None) -> Entity | None:
        """"X stood down as depute leader" in a story about a party, with no council in it: the party's
        office, not a council or a parliament the text named in passing, and not no office at all (a council story, a
        sentence that names that council, or a role that says whose it is ("leader of X", "X's leader") keeps
        ``org``)."""
        topic = self.linker.topic
        legislature = org is not None and any(w in LEGISLATURES for w in org.label.lower().split())
        if topic is None or self.linker.home is not None or \
                (org is not None and org.kind in ("PARTY", "GROUP", "BODY") and not legislature) or \
                role.possessor is not None or (role.role or "").replace("depute", "deputy") not in PARTY_LEADERS:
            return org
        k = role.last + 1
        dated = any(j < s.n and s.at(j) is not None and s.at(j).label == "DATE" for j in (k, k + 1))  # "on 3 March"
        if k < s.n and s.lower[k] in ("of", "for", "on") and not dated or \
                org is not None and any(m.entity == org for m in s.mentions):
            return org
        return topic

    def _own_party_office(self, person: Mention, role: Mention, org: Entity | None) -> Entity | None:
        """"Y announced his resignation as party leader", "stood down as party chairman": an office the text
        calls the party's, with no party named with it, is in the person's own party (as the document gave
        it, else the party the document is about), not the party named last ("with the Greens saying they
        would vote against him")."""
        if org is None or org.kind != "PARTY" or role.possessor is not None or person.entity is None or \
                "party" not in role.text.lower().split():
            return org
        own = self.parties.get(person.entity.iri)
        if own is not None:
            return own
        topic = self.linker.topic
        return topic if topic is not None and topic.kind == "PARTY" and self.linker.home is None else org

    def _front_bench(self, s: Sentence, person: Mention, j: int) -> Entity | None:
        """"resigned from the front bench", "quit Labour's frontbench": a party's front bench (its spokespeople
        in opposition), a body of the person's party (named before "front bench", else the party the
        document gave the person, else the one it is about), not the organisation named last."""
        words = s.lower[j:j + 2]
        if words[:2] != ["front", "bench"] and words[:1] not in (["frontbench"], ["front-bench"]):
            return None
        # "Labour's front bench" here or earlier in the sentence ("She served on Labour's front bench ... but
        # resigned from the front bench")
        fronts = [k for k in range(s.n - 1) if s.lower[k:k + 2] == ["front", "bench"] or s.lower[k] == "frontbench"]
        named = next((m.entity for m in s.mentions if m.entity is not None and m.entity.kind == "PARTY"
                      and any(f - 3 <= m.last < f for f in fronts)), None)
        party = named or (self.parties.get(person.entity.iri) if person.entity is not None else None) or \
            self.linker.topic or self.linker.last({"PARTY"})
        if party is None or party.kind != "PARTY":
            return None
        slug = party.iri.rstrip("/").rsplit("/", 1)[-1]
        return self.linker.mint(str(uris.organisation(f"{slug}-front-bench")), f"{party.label} front bench", "BODY",
                                (str(ORG.Organization),))

    def _left_in_context(self, s: Sentence, beyond: int | None = None) -> Entity | None:
        """The organisation a resignation with none named is from: the party, council, body or group
        mentioned last, passing over a seat ("having lost his North Down seat") and a body only the clause
        from token ``beyond`` names ("stepped down to take up a seat in the House of Lords")."""
        for entity in reversed(self.linker.recent):
            if entity.kind in ("PARTY", "COUNCIL", "BODY", "GROUP") and not _seat_only(s, entity) and \
                    not (entity.kind == "BODY" and s.only_after(entity, beyond)):
                return entity
        return None

    def _seat_left(self, s: Sentence, person: Mention, k: int) -> Entity | None:
        """"resign his seat", "gave up his Stormont seat" (``k`` the token of "seat"): the House named before
        "seat", else the House of the seat the document gave the person, else, for a councillor, their
        council."""
        chamber = SEAT_CHAMBERS.get(s.lower[k - 1]) if k > 0 else None
        if chamber is not None:
            return self.linker.institution(chamber, None)
        if person.entity is None:
            return None
        held = [f for f in self.facts if f.relation == "holds_office" and f.subject == person.entity
                and (f.role in CHAMBER_MEMBERS or f.role == "councillor")]
        if held and held[-1].role == "councillor":
            return held[-1].object
        # (a member's House by the title: "the Conservative MP" was read as the party's)
        role = self.seat_role_given(person.entity)
        return self.linker.institution(CHAMBER_MEMBERS[role], None) if role in CHAMBER_MEMBERS else None


def _seat_only(s: Sentence, org: Entity) -> bool:
    """Whether the sentence names ``org`` only as a seat ("having lost his North Down seat", "the Foyle
    constituency"): a constituency, never the organisation of an office given up."""
    spots = [m for m in s.mentions if m.entity is not None and m.entity.iri == org.iri]
    return bool(spots) and all(m.last + 1 < s.n and s.lower[m.last + 1] in SEAT_WORDS for m in spots)

