"""Relation rules for offices told by their end: an office left, lost or handed on says that it was held.

"X stood down as leader of Cardiff Council", "X quit as leader of the council in May", "X, who steps
down after two years as Leader", "X is no longer leader of the council", "X has given up the leadership of the Labour
group", "X has been replaced as leader of the group by Y" and "She succeeds Y" (after the document gave
her an office) each say that X held the office (docs/text-gold-guide.md: "holds (or held)"). The
resignation itself, and its date, are the event rules' (events.py); these facts are undated: the text
says when the office ended, not when it began.
"""

from __future__ import annotations

from .linking import ORG_KINDS, Entity, Mention
from .sentence import Fact, Sentence, _kind
from .words import DETERMINER_WORDS, SEAT_ROLES

#: Words that end a clause's verb of leaving an office just before "as ROLE": "resigned as", "stood
#: down as", "stepped aside as", "was removed as", "was replaced as".
LEFT_AS = {"resigned", "resigns", "resign", "resigning", "quit", "quits", "quitting", "down", "aside", "removed",
           "replaced", "ousted", "sacked", "deposed", "dismissed", "toppled"}
#: The first of those verbs whose subject is the one who came in ("replaced X as leader").
REPLACING = {"replaced", "ousted", "deposed", "toppled", "sacked", "removed", "dismissed"}
#: Verbs of giving up a leadership: "has given up the leadership of the Labour group".
GAVE_UP = {"given", "gave", "give", "gives", "giving", "relinquished", "relinquishes", "resigned", "quit",
           "surrendered", "lost"}
#: Nouns of time before "as ROLE" that state a tenure: "after two years as Leader", "a decade as chair".
TENURE_NOUNS = {"years", "year", "months", "month", "decade", "decades", "weeks", "spell", "stint", "term", "terms",
                "tenure", "time"}
#: Verbs before "to succeed Y" that make the succession done ("was elected to succeed Y").
SUCCESSION_VERBS = {"elected", "chosen", "voted", "picked", "appointed", "selected", "installed", "named"}
#: Organisations whose offices left are read as held: a council's and a group's. A minister's resignation
#: names the office only to say what was given up (the gold files keep it to the event); a party office's
#: tenure is most often dated from its start, told elsewhere in the story, which this rule cannot read
#: (tried: 7 more found on the development set, 4 more wrong, and 4 of the 7 printed undated).
LEFT_ORG_KINDS = {"GROUP", "COUNCIL"}
#: Rules whose office is a state the document reports, not one just taken up: no predecessor held it.
STATE_RULES = ("office-serving", "office-predecessor", "office-left")


class TenureRules:
    """Offices read from their end (an office left, a predecessor succeeded)."""

    def offices_left(self, s: Sentence) -> None:
        """"X resigned as leader of the party", "X, who steps down after two years as Leader", "X is no
        longer leader of the council": X held the office (the role's organisation as ``org_of_role``
        reads it); "X was replaced as leader by Y": Y holds it now."""
        for role in s.mentions:
            if role.label != "ROLE" or role.role is None or role.role in SEAT_ROLES or role.role == "candidate" or \
                    "former" in role.text.lower() or "shadow" in role.text.lower():
                continue
            k = _before_determiners(s, role.first)
            verb = _leaving_verb(s, k)
            if verb is None or s.hedged(verb) or _infinitive(s, verb):
                continue  # "would step down as leader", "called on her to step down as leader"
            people = self.people_before(s, verb)
            if s.lower[verb] in REPLACING and not _passive_before(s, verb):
                # "She replaced X as leader": the object left the office, the subject took it
                people = [m for m in s.after(verb, {"PERSON"}, limit=3) if m.last < role.first]
            people = [p for p in people if p.entity is not None and p.entity.kind == "PERSON"]
            org = self.org_of_role(s, role) if people else None
            if org is None or org.kind not in LEFT_ORG_KINDS:
                continue
            last = role.last
            nxt = s.at(role.last + 2) if role.last + 2 < s.n and s.lower[role.last + 1] == "of" else None
            if nxt is not None and nxt.entity == org:
                last = nxt.last
            a, b = self.evidence_span(s, people[0].first, last)
            for p in people:
                self._add_past(Fact("holds_office", p.entity, org, a, b, "office-left", 0.7, role=role.role,
                                    is_start=False, seat=True))
            self._replaced_by(s, role, last, org)

    def _replaced_by(self, s: Sentence, role: Mention, last: int, org: Entity) -> None:
        """"X has been replaced as leader of the group by Y": Y took the office X left."""
        k = last + 1
        if k + 1 >= s.n or s.lower[k] != "by" or not _passive_before(s, _before_determiners(s, role.first) - 1):
            return
        while k + 1 < s.n and s.lower[k + 1] in ("cllr", "councillor", "mr", "mrs", "ms", "dr", "sir", "dame"):
            k += 1
        new = s.at(k + 1)
        if new is None or _kind(new) != "PERSON" or new.entity is None:
            return
        when, _ = self.date_near(s, k, event=True)
        a, b = self.evidence_span(s, role.first, new.last)
        self.add(Fact("holds_office", new.entity, org, a, b, "office-replaced-by", 0.7, role=role.role, when=when,
                      is_start=True, seat=True))

    def leadership_given_up(self, s: Sentence) -> None:
        """"X has given up the leadership of the Labour group", "X relinquished the party leadership":
        X was the organisation's leader."""
        for k in s.positions(("leadership",), 2):
            if s.lower[k - 1] not in ("the", "party", "group") and s.lower[k - 1] not in ("his", "her"):
                continue
            j = k - 1
            while j > 0 and s.lower[j] in ("the", "party", "group", "his", "her"):
                j -= 1
            if s.lower[j] == "up":
                j -= 1
            if s.lower[j] not in GAVE_UP or s.hedged(j):
                continue
            org = None
            if k + 2 < s.n and s.lower[k + 1] == "of":
                nxt = s.at(k + 2) or (s.at(k + 3) if s.lower[k + 2] == "the" and k + 3 < s.n else None)
                org = nxt.entity if nxt is not None else None
            elif s.lower[k - 1] == "party":
                org = self.linker.party_of_office()
            people = [p for p in self.people_before(s, j) if p.entity is not None and p.entity.kind == "PERSON"]
            if org is None or org.kind not in ("PARTY", "GROUP", "COUNCIL", "BODY") or not people:
                continue
            a, b = self.evidence_span(s, people[0].first, k + 2)
            for p in people:
                self._add_past(Fact("holds_office", p.entity, org, a, b, "office-given-up", 0.7, role="leader",
                                    is_start=False, seat=True))

    def _add_past(self, fact: Fact) -> None:
        """Add an office that ended without making it the office the document gives its holder now (which
        the event rules read: the office a later resignation or decision is about)."""
        current, last = self.offices.get(fact.subject.iri), self.last_office
        if self.add(fact) is None:
            return
        if current is None:
            self.offices.pop(fact.subject.iri, None)
        else:
            self.offices[fact.subject.iri] = current
        self.last_office = last

    def _predecessor_held(self, s: Sentence, start: int, successor: Mention, predecessor: Mention,
                          office: Fact | None) -> None:
        """"X was elected leader of the party. She succeeds Y", "..., succeeding Y", "takes over from Y":
        with no "as ROLE", the one succeeded held the office the document just gave the successor (an
        election, an office taken up; not one the successor was only said to hold or to be serving in).
        Dated only by a "since" in Y's relative clause. "The contest to succeed Y" is no succession yet
        ("elected to succeed Y" is)."""
        if start >= 2 and s.lower[start - 1] == "to" and s.lower[start - 2] not in SUCCESSION_VERBS:
            return
        if office is None or not office.role or not office.is_start or office.rule in STATE_RULES or \
                office.subject != successor.entity or predecessor.entity is None or \
                predecessor.entity.kind != "PERSON" or office.object.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        when, last = None, predecessor.last
        if predecessor.last + 2 < s.n and s.lower[predecessor.last + 1] == "," and \
                s.lower[predecessor.last + 2] == "who":
            # "Y, who had held the chairmanship since February": when Y's tenure began
            since = next((d for d in s.dates() if predecessor.last < d.first <= predecessor.last + 12
                          and d.text.lower().startswith("since") and "," not in s.lower[predecessor.last + 2:d.first]),
                         None)
            if since is not None:
                when, last = self.when_of(since, s, since.first), since.last
        a, b = self.evidence_span(s, successor.first, last)
        self.add(Fact("holds_office", predecessor.entity, office.object, a, b, "office-predecessor", 0.7,
                      role=office.role, when=when, is_start=when is not None, seat=True))


def _before_determiners(s: Sentence, first: int) -> int:
    """The token before a role's determiners and possessor ("as the party's", "as its"): where "as"
    should be."""
    k = first - 1
    while k > 0 and (s.lower[k] in DETERMINER_WORDS or s.lower[k] in ("its", "his", "her", "their", "party", "'s",
                                                                          "’s")):
        k -= 1
    return k


def _leaving_verb(s: Sentence, k: int) -> int | None:
    """The token of a verb of leaving before "as" at ``k`` ("stood down as", "resigned as", "after two
    years as", "removed from the office of"), or "no longer" before a role at ``k + 1``; None otherwise."""
    if k >= 1 and s.lower[k] == "longer" and s.lower[k - 1] == "no":
        return k - 1
    if k >= 4 and s.lower[k] == "of" and s.lower[k - 1] in ("office", "post", "position") and \
            s.lower[k - 2] == "the" and s.lower[k - 3] == "from" and s.lower[k - 4] in LEFT_AS:
        return k - 4  # "was removed from the office of Leader of the Council"
    if k < 1 or s.lower[k] != "as":
        return None
    if s.lower[k - 1] in LEFT_AS:
        return k - 1
    # "after two years as Leader", "after a decade as chair": a tenure that ended (only after a leaving
    # verb in the clause before: "who steps down today after two years as Leader")
    if s.lower[k - 1] in TENURE_NOUNS and k >= 3 and "after" in s.lower[max(0, k - 4):k - 1]:
        verb = next((j for j in range(k - 2, max(-1, k - 10), -1) if s.lower[j] in LEFT_AS), None)
        return verb
    return None


def _infinitive(s: Sentence, verb: int) -> bool:
    """"to step down as", "to resign as": a verb of leaving in the infinitive (asked, planned, refused,
    expected) tells nothing done."""
    first = verb - 1 if s.lower[verb] in ("down", "aside") else verb
    return first >= 1 and s.lower[first - 1] == "to"


def _passive_before(s: Sentence, verb: int) -> bool:
    """"has been replaced", "was removed": a form of "be" just before the verb."""
    return verb >= 1 and s.lower[verb - 1] in ("been", "was", "were", "is", "be", "being")
