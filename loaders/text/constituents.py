"""The councils an authority is made of: "the West Yorkshire Combined Authority, which brings together the
five councils of Leeds, Bradford, ...", "whose members are the borough councils of Darlington, ...",
"Bolton, Bury, ... and Wigan, the ten councils that make up the Greater Manchester Combined Authority",
"the West of England Combined Authority, which covers A, B and C", "its member councils: A, B and C", "the
seven members of the combined authority are A, B, ...":
each council is part of the authority (``part_of``, undated: a state the text reports).
"""

from __future__ import annotations

from .linking import Entity, Mention
from .sentence import Fact, Sentence, _coordinated_from, _kind

#: Words that say the organisation before them is made of the councils after them ...
MADE_OF = (("brings", "together"), ("bring", "together"), ("brought", "together"), ("whose", "members", "are"),
           ("is", "made", "up", "of"), ("are", "made", "up", "of"), ("comprises",), ("comprising",),
           ("covers",), ("covering",))
#: Cues that say so only of a combined authority ("which covers A, B and C"): a county "covers" its districts.
AUTHORITY_ONLY = {("covers",), ("covering",)}
#: Nouns of an authority's member councils, before the list of them: "its member councils: A, B and C", "the
#: five constituent councils, A, B, C, D and E".
MEMBER_NOUNS = (("member", "councils"), ("constituent", "councils"), ("constituent", "authorities"))
#: ... and the ones that say the councils before them make up the organisation after them.
MAKE_UP = (("make", "up"), ("makes", "up"), ("made", "up"))
CUE_STARTS = {cue[0] for cue in MADE_OF + MAKE_UP + MEMBER_NOUNS} | {"members"}


class ConstituentRules:
    """Rules for the councils an authority is made of."""

    def constituents(self, s: Sentence) -> None:
        """Add "COUNCIL part_of AUTHORITY" for councils listed as an authority's members (see the module
        docstring). Two councils at least; never the authority itself. Cost: a scan of the sentence's
        words for the cue words."""
        for k in s.positions(CUE_STARTS):
            for cue in MADE_OF:
                if tuple(s.lower[k:k + len(cue)]) == cue:
                    self._made_of(s, k, k + len(cue), cue in AUTHORITY_ONLY)
            for cue in MAKE_UP:
                if tuple(s.lower[k:k + len(cue)]) == cue and not (k + 2 < s.n and s.lower[k + 2] == "of"):
                    self._make_up(s, k, k + len(cue))
            if tuple(s.lower[k:k + 2]) in MEMBER_NOUNS:
                self._members_listed(s, k + 2)
            elif s.lower[k:k + 2] == ["members", "of"]:
                self._members_of(s, k + 2)

    def _members_listed(self, s: Sentence, end: int) -> None:
        """"a board on which he sits with the leaders of its member councils: A, B and C", "the five
        constituent councils, A, B, C, D and E": the councils listed right after the noun (past ":", "," or
        "are") are the authority's, the one the text named last."""
        whole = self._last_authority()
        if whole is not None:
            self._add_parts(s, whole, _councils_at(s, end + (end < s.n and s.lower[end] in (":", ",", "are", "were"))),
                            end - 2)

    def _members_of(self, s: Sentence, end: int) -> None:
        """"The seven members of the combined authority are A, B, C ...": the councils after the verb are
        the authority's (the one named after "of", or the one the text named last for "the combined
        authority")."""
        named = s.at(end) if end < s.n else None
        if named is None and s.lower[end:end + 3] == ["the", "combined", "authority"]:
            whole, verb = self._last_authority(), end + 3  # the bare words: the authority named last
        elif named is not None and named.first == end and (named.entity is not None and named.entity.is_authority or
                                                           named.label == "DEF" and "authority" in named.text.lower()):
            whole = named.entity if named.entity is not None and named.entity.is_authority else self._last_authority()
            verb = named.last + 1
        else:
            return
        if whole is not None and verb + 1 < s.n and s.lower[verb] in ("are", "were", "include", "included"):
            self._add_parts(s, whole, _councils_at(s, verb + 1), end - 2)

    def _made_of(self, s: Sentence, k: int, end: int, authority_only: bool = False) -> None:
        whole = self._authority_before(s, k)
        if whole is not None and authority_only and "combined authority" not in whole.label.lower():
            return
        first = next((m for m in s.mentions if m.first >= end and _kind(m) == "COUNCIL"), None)
        # (past a short description: "brings together the two councils for the area, City of York Council")
        if whole is None or first is None or first.first - end > 10 or \
                first.first - end > 6 and s.lower[first.first - 1] != ",":
            return
        self._add_parts(s, whole, [m for m in _coordinated_from(s, first) if _kind(m) == "COUNCIL"], k)

    def _make_up(self, s: Sentence, k: int, end: int) -> None:
        named = next((m for m in s.mentions if end <= m.first <= end + 3 and m.entity is not None
                      and m.entity.kind in ("COUNCIL", "BODY")), None)
        whole, last = (named.entity, named.last) if named is not None else (None, None)
        if whole is None and "authority" in s.lower[end:end + 4]:
            # "make up the combined authority": the authority the text named last
            whole, last = self._last_authority(), s.lower.index("authority", end)
        listed = [m for m in s.mentions if m.last < k and _kind(m) == "COUNCIL"]
        if whole is not None and not listed and last is not None and last + 2 < s.n and s.lower[last + 1] == ",":
            # "the four boroughs that make up the combined authority, Barnsley, Doncaster, Rotherham and
            # Sheffield": the councils listed in apposition after the whole
            after = s.at(last + 2)
            listed = [after] if after is not None and after.first == last + 2 and _kind(after) == "COUNCIL" else []
        if whole is None or not listed:
            return
        self._add_parts(s, whole, [m for m in _coordinated_from(s, listed[0]) if _kind(m) == "COUNCIL"], k)

    def _authority_before(self, s: Sentence, k: int) -> Entity | None:
        """The organisation a "brings together" clause is about: the one named just before (past ",
        which"), or "the new combined authority" for the authority the text named last."""
        before = [m for m in s.mentions if m.last < k and m.last >= k - 4]
        m = before[-1] if before else None
        if m is not None and m.entity is not None and m.entity.kind in ("COUNCIL", "BODY"):
            return m.entity
        if m is None and "authority" in s.lower[max(0, k - 3):k] or \
                m is not None and m.label == "DEF" and "authority" in m.text.lower():
            return self._last_authority()
        return None

    def _last_authority(self) -> Entity | None:
        """The authority the text named last: the graph's before one the text minted from the bare words
        "Combined Authority"."""
        named = [e for e in reversed(list(self.linker.entities.values())) if e.kind in ("COUNCIL", "BODY")
                 and e.is_authority]
        return next((e for e in named if not e.minted), named[0] if named else None)

    def _add_parts(self, s: Sentence, whole: Entity, parts: list[Mention], k: int) -> None:
        parts = [p for p in parts if p.entity is not None and p.entity != whole]
        if len(parts) < 2:
            return
        for p in parts:
            a, b = self.evidence_span(s, min(p.first, k), max(p.last, k))
            self.add(Fact("part_of", p.entity, whole, a, b, "part-of-constituent", 0.7))


def _councils_at(s: Sentence, j: int) -> list[Mention]:
    """The councils listed from token ``j`` ("A, B and C"), none unless a council's mention starts there."""
    first = s.at(j) if j < s.n else None
    if first is None or first.first != j or _kind(first) != "COUNCIL":
        return []
    return [m for m in _coordinated_from(s, first) if _kind(m) == "COUNCIL"]
