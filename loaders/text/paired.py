"""Relation rules for offices listed one to one: each party's group and its leader, in the same order.

"the leaders of the Liberal Democrat, Labour and Independent groups, Councillors A, B and C", "the
Conservative and Labour group leaders, A and B": the n-th person leads the n-th party's group on the
council in context. Only when the two lists are as long as each other (a count that differs is a list
the rule misread: nothing is printed).
"""

from __future__ import annotations

from .linking import Mention
from .sentence import Fact, Sentence, _coordinated_from, _kind
from .words import HONORIFIC_WORDS

#: Plural offices a party's group holds one each, as the pipeline may read them (a role, or a whole of
#: people named by their office: "the leaders").
GROUP_ROLES = {"leader", "deputy-leader", "chief-whip", "whip", "chair", "business-manager"}
PLURAL_ROLES = {"leaders": "leader", "deputy leaders": "deputy-leader", "whips": "whip", "chief whips": "chief-whip"}


class PairedOfficeRules:
    """Offices of several groups paired with their holders."""

    def group_officers_paired(self, s: Sentence) -> None:
        """Read "the leaders of the A, B and C groups, X, Y and Z" and "the A and B group leaders, X and
        Y" (see the module docstring)."""
        for role in s.mentions:
            office = _plural_office(role)
            if office is None:
                continue
            groups, last = self._groups_after(s, role)
            if not groups:
                groups, last = self._groups_before(s, role), role.last
            if len(groups) < 2:
                continue
            people = self._people_after(s, last)
            council = self.linker.council_in_context()
            if len(people) != len(groups) or council is None:
                continue
            a, b = self.evidence_span(s, min(role.first, groups[0].first), people[-1].last)
            for named, person in zip(groups, people):
                group = named.entity if named.entity.kind == "GROUP" else \
                    self.linker.council_group(named.entity, council)
                self.add(Fact("holds_office", person.entity, group, a, b, "office-paired", 0.7, role=office,
                              is_start=False, seat=True))

    @staticmethod
    def _party_list(s: Sentence, k: int) -> tuple[list[Mention], int]:
        """The parties coordinated from token ``k`` ("Liberal Democrat, Labour and Independent") and the
        token after them."""
        first = s.at(k) if k < s.n else None
        if first is None or first.first != k or _kind(first) not in ("PARTY", "GROUP") or first.entity is None:
            return [], k
        named = [first]
        while True:  # "A, B and C", "A and the B group": parties, and a group named last
            j = named[-1].last + 1
            if j < s.n and s.lower[j] == ",":
                j += 1
            if j < s.n and s.lower[j] == "and":
                j += 1
            nxt = s.at(j) if j < s.n and j > named[-1].last + 1 else None
            if nxt is None or nxt.first != j or _kind(nxt) not in ("PARTY", "GROUP") or nxt.entity is None:
                break
            named.append(nxt)
        return named, named[-1].last + 1

    def _groups_after(self, s: Sentence, role: Mention) -> tuple[list[Mention], int]:
        """"leaders of the A, B and C groups": the parties, and the token of "groups"."""
        k = role.last + 1
        if k + 2 >= s.n or s.lower[k] != "of":
            return [], k
        k += 1 + (s.lower[k + 1] == "the")
        groups, after = self._party_list(s, k)
        if after >= s.n or s.lower[after] != "groups":
            return [], k
        return groups, after

    def _groups_before(self, s: Sentence, role: Mention) -> list[Mention]:
        """"the A and B group leaders": the parties (and the group) just before the office."""
        k = role.first - 1
        last = s.at(k) if k >= 0 else None
        if last is None or last.entity is None or _kind(last) != "GROUP" and s.lower[k] != "group":
            return []
        start = k
        while start > 0 and (s.at(start - 1) is not None and _kind(s.at(start - 1)) in ("PARTY", "GROUP")
                             or s.lower[start - 1] in (",", "and")):
            start -= 1
        while start <= k and s.at(start) is None:
            start += 1
        found = s.at(start)
        if found is None:
            return []
        groups, after = self._party_list(s, found.first)
        return groups if groups and after == k + 1 else []

    @staticmethod
    def _people_after(s: Sentence, last: int) -> list[Mention]:
        """The people coordinated after ``last`` and a comma ("groups, Councillors A, B and C")."""
        k = last + 1
        if k >= s.n or s.lower[k] != ",":
            return []
        k += 1
        while k < s.n and (s.lower[k] in HONORIFIC_WORDS or s.lower[k] == "councillors"):
            k += 1
        first = s.at(k) if k < s.n else None
        if first is None or first.first != k or _kind(first) != "PERSON" or first.label == "PRON":
            return []
        return [p for p in _coordinated_from(s, first) if p.entity is not None and p.entity.kind == "PERSON"]


def _plural_office(m: Mention) -> str | None:
    """The office a plural mention names ("the leaders", "group leaders"), if a group's."""
    text = " ".join(w for w in m.text.lower().split() if w not in ("the", "group", "their"))
    if m.label == "ROLE" and m.role in GROUP_ROLES and text.endswith("s"):
        return m.role
    if m.label == "COLLECTIVE":
        return PLURAL_ROLES.get(text)
    return None
