"""Offices won in a vote between two people: "In the Labour group's leadership contest X beat Y by 22
votes to 13", "The SDLP has a new leader. X defeated Y by 172 votes to 133", "Portsmouth City Council
is under Liberal Democrat leadership again after X beat Y by 21 votes to 20".

The winner takes the office the contest was for: a leadership the sentence names (its possessor's, else
the party in context), the leadership a council is said to be "under", or the office the sentence
before announced. The loser named "the incumbent" held it.
"""

from __future__ import annotations

from .linking import ORG_KINDS, Entity, Mention
from .sentence import Fact, Sentence, _kind
from .words import NEGATION

#: Verbs of winning a vote against someone.
BEATING = {"beat", "beats", "beating", "defeated", "defeats", "defeating", "edged", "ousted", "outpolled"}


class ContestRules:
    """Rules for offices won in a contested vote."""

    def contests_won(self, s: Sentence) -> None:
        """"X beat Y by 22 votes to 13": X holds the office contested (see the module); "beat the
        incumbent, Y": Y held it. Cost: a look only in sentences with the word "votes"."""
        if "votes" not in s.lower:
            return
        for k in s.positions(BEATING, 1, s.n - 3):
            if s.hedged(k) or any(w in NEGATION for w in s.lower[max(0, k - 3):k]):
                continue
            by = next((j for j in range(k + 2, min(s.n - 1, k + 16)) if s.lower[j] == "by"
                       and "votes" in s.lower[j + 1:j + 4]), None)
            if by is None:
                continue
            loser = next((m for m in s.mentions if k < m.first < by and _kind(m) == "PERSON"), None)
            winners = [p for p in self.people_before(s, k) if _kind(p) == "PERSON" and p.label != "PRON"]
            if loser is None or not winners or winners[0].entity is None:
                continue
            office = self._contested_office(s, k, winners[0].entity)
            if office is None:
                continue
            role, org = office
            when, _ = self.date_near(s, k, event=True)
            a, b = self.evidence_span(s, winners[0].first, by + 3)
            self.add(Fact("holds_office", winners[0].entity, org, a, b, "office-contest-won", 0.7, role=role,
                          when=when, is_start=when is not None, seat=True))
            if "incumbent" in s.lower[k:loser.first] and loser.entity is not None:
                a, b = self.evidence_span(s, k, loser.last)
                self.add(Fact("holds_office", loser.entity, org, a, b, "office-incumbent", 0.6, role=role,
                              is_start=False, seat=True))

    def _contested_office(self, s: Sentence, k: int, winner: Entity) -> tuple[str, Entity] | None:
        """The (role, organisation) a vote at token ``k`` was for, or None. A leadership of no one named
        ("won the party's leadership contest") is of the winner's party as the text gave it, else of the
        party the document is about, else of the party in context."""
        lead = next((j for j in range(s.n) if s.lower[j] in ("leadership", "leadership's")), None)
        if lead is not None:
            role = "deputy-leader" if lead > 0 and s.lower[lead - 1] in ("deputy", "depute") else "leader"
            under = next((j for j in range(lead - 1, max(0, lead - 5), -1) if s.lower[j] == "under"), None)
            if under is not None and under >= 2 and s.lower[under - 1] in ("is", "was", "are", "back"):
                # "Portsmouth City Council is under Liberal Democrat leadership again after ...": the council's
                subject = next((m for m in s.mentions if m.last < under and _kind(m) == "COUNCIL"
                                and under - m.last <= 3), None)
                return (role, subject.entity) if subject is not None and subject.entity is not None else None
            owner = _possessor_before(s, lead - (1 if role == "deputy-leader" else 0))
            org = owner.entity if owner is not None and owner.label != "DEF" else \
                self.parties.get(winner.iri) or self.linker.topic or self.linker.party_in_context()
            return (role, org) if org is not None and org.kind in ORG_KINDS - {"COLLECTIVE"} else None
        if self.announced is not None and self.announced[0] >= s.index - 1:
            return self.announced[2], self.announced[1]
        return None


def _possessor_before(s: Sentence, j: int) -> Mention | None:
    """"the Labour group's leadership": the organisation named just before "'s" ending at token ``j - 1``,
    or just before ``j`` ("the SNP leadership"). ("the party's" is a DEF mention: the party in context.)"""
    k = j - 1
    if k >= 1 and s.lower[k] in ("'s", "’s"):
        k -= 1
    m = s.at(k) if k >= 0 else None
    return m if m is not None and m.entity is not None and m.entity.kind in ORG_KINDS - {"COLLECTIVE"} else None
