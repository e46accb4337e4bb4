"""Relation rules for a cabinet portfolio given in words rather than named as an office.

"X takes the portfolio for energy and climate change", "X, who also takes the cabinet brief for
economy and skills", "X gets a portfolio covering community engagement", "X was given responsibility
for housing", "brought X into his cabinet with responsibility for climate change": X holds the office
"cabinet member for <portfolio>" on the council in context (the gold guide keeps the role as the text
names the portfolio). Only with a council in context: a minister's brief is told with the government's
own titles, which the office rules read.
"""

from __future__ import annotations

from .sentence import Fact, Sentence, _kind

#: Nouns that name a portfolio given to someone, and the words that introduce what it covers.
PORTFOLIO_NOUNS = {"portfolio", "brief", "responsibility", "responsibilities"}
COVERING = {"for", "covering", "over"}
#: Verbs (and "with") that give a portfolio to the person before them, within a few words.
GIVING = {"takes", "took", "take", "taking", "gets", "got", "get", "given", "handed", "holds", "keeps", "kept",
          "retains", "retained", "with", "assumes", "assumed"}
#: Words that end the portfolio's own words ("for housing, which ...", "for finance and the deputy ...").
PORTFOLIO_ENDS = {",", ".", ";", ":", "(", ")", "which", "who", "that", "while", "as", "but", "until", "from",
                  "in", "on", "at", "since", "after", "before", "when", "—", "–", "-", "'s", "’s"}


class PortfolioRules:
    """Cabinet portfolios given in words."""

    def portfolios_given(self, s: Sentence) -> None:
        """Read "X takes the portfolio for Y" and its variants (see the module docstring)."""
        for k in s.positions(PORTFOLIO_NOUNS, 0, s.n - 1):
            if s.lower[k + 1] not in COVERING:
                continue
            verb = next((j for j in range(k - 1, max(-1, k - 5), -1) if s.lower[j] in GIVING), None)
            if verb is None or s.hedged(verb):
                continue
            words = _portfolio_words(s, k + 2)
            if not words:
                continue
            person = self._portfolio_holder(s, verb)
            council = self.linker.council_in_context()
            if person is None or council is None:
                continue
            role = "cabinet-member-for-" + "-".join(words)
            a, b = self.evidence_span(s, min(person.first, verb), k + 1 + len(words))
            self.add(Fact("holds_office", person.entity, council, a, b, "office-portfolio-given", 0.7, role=role,
                          is_start=False, seat=True))

    def cabinet_listed(self, s: Sentence) -> None:
        """"The new cabinet includes Ada Quint (housing) and Tom Reyland (finance and resources)": each
        person named with a portfolio in brackets, in a sentence about a cabinet, holds "cabinet member for
        <portfolio>" on the council in context; so do the lines of a list after "The new cabinet:". Brackets
        holding a party or a ward (capitalised) are not a portfolio. Cost: a look only in sentences with
        the word "cabinet" or after one that ends with a colon."""
        before = self.sentences[-2] if len(self.sentences) > 1 else None
        listed = self.cabinet_line == s.index - 1 or before is not None and "cabinet" in before.lower and \
            [w for w in before.lower if w.strip()][-1:] == [":"]
        if "(" not in s.lower or not ("cabinet" in s.lower or listed):  # (or the lines after "The cabinet:")
            return
        council = self.linker.council_in_context()
        if council is None:
            return
        for m in s.mentions:
            k = m.last + 1
            if _kind(m) != "PERSON" or m.entity is None or m.label == "PRON" or k + 2 >= s.n or s.lower[k] != "(":
                continue
            close = next((j for j in range(k + 1, min(s.n, k + 10)) if s.lower[j] == ")"), None)
            inside = s.words[k + 1:close] if close is not None else []
            if not inside or not all((w.isalpha() and w.islower()) or w in (",", "&") for w in inside):
                continue
            words = ["and" if w in (",", "&") else w.lower() for w in inside]
            a, b = self.evidence_span(s, m.first, close)
            self.add(Fact("holds_office", m.entity, council, a, b, "office-portfolio-listed", 0.65,
                          role="cabinet-member-for-" + "-".join(words), is_start=False, seat=True))
            if listed:
                self.cabinet_line = s.index

    def _portfolio_holder(self, s: Sentence, verb: int):  # type: ignore[no-untyped-def]
        """Who the portfolio is given to: the person just after "brought ... into his cabinet with", the
        subject of the verb (a relative clause's person, an aside's), or the person a passive names."""
        if s.lower[verb] == "with":
            # "brought X, who leads the Green group, into his cabinet with responsibility for Y"
            into = next((j for j in range(verb - 1, max(-1, verb - 6), -1) if s.lower[j] == "into"), None)
            if into is None:
                return None
            people = [m for m in s.mentions if m.last < into and _kind(m) == "PERSON" and m.entity is not None
                      and m.label != "PRON"]
            return people[-1] if people and s.lower[people[-1].first - 1] in ("brought", "bring", "brings") \
                else None
        people = [p for p in self.people_before(s, verb) if p.entity is not None and _kind(p) == "PERSON"]
        return people[0] if len(people) == 1 else None


def _portfolio_words(s: Sentence, k: int) -> list[str]:
    """The words of the portfolio from ``k``: lowercase or capitalised words and "and", up to eight,
    stopping at punctuation, a function word or a name; nothing when none is read."""
    words: list[str] = []
    while k < s.n and len(words) < 8:
        low = s.lower[k]
        if low in PORTFOLIO_ENDS or not (s.words[k].isalpha() or low == "&"):
            break
        m = s.at(k)
        if m is not None and _kind(m) == "PERSON":
            break
        words.append("and" if low == "&" else low)
        k += 1
    while words and words[-1] in ("and", "the", "a", "an"):
        words.pop()
    return words if words and words[0] not in ("the", "a", "an", "his", "her", "their", "its") else []
