"""Offices told by the layout of lines rather than by a sentence: a signature block ("Andy Burnham" over
"Mayor of Greater Manchester") and a list of chairs under a heading line ("The Council appointed the
following chairs:" over "(a) Audit Committee: Councillor Ross Cassie;").

Text that is not hard-wrapped reads each line as a sentence of its own (``pipeline.Arrays``), so a
line's neighbours are the sentences just before it. Cost: a look at each line's first tokens.
"""

from __future__ import annotations

from .linking import ORG_KINDS, Entity, Mention
from .reference import SIGNATURE_TITLES
from .sentence import Fact, Sentence, _kind
from .words import SEAT_ROLES

#: What may open a list item before its organisation: an enumerator "(a)", "1.", "-", "•".
_ENUMERATOR = {"(", ")", "-", "–", "—", "•", "*", "."}
#: Verbs of a heading line that say its chooser chose the items under it.
_CHOOSING = {"appointed", "appoints", "announced", "announces", "named", "names", "elected", "re-elected",
             "confirmed", "made"}
#: Roles a heading line may list, as the plural the heading uses.
_LISTED_ROLES = {"chairs": "chair", "chairmen": "chairman", "chairpersons": "chair", "conveners": "convener",
                 "convenors": "convener", "vice-chairs": "vice-chair"}


class LineRules:
    """Rules for offices a block of lines states."""

    def line_offices(self, s: Sentence) -> None:
        """A signature's role line, and a listed chair's line. ``listed_role`` keeps the role a heading
        line lists for the items under it, until a line that is neither a heading nor an item."""
        before = self.sentences[-2] if len(self.sentences) >= 2 else None
        # (a blank line between a heading and its list keeps them together)
        after_heading = before is not None and self.listed_role is not None and _is_item(s) and \
            _heading_role(before) is not None
        if (before is None or not _next_line(before)) and not after_heading:
            self.listed_role = _heading_role(s)
            return
        self._signature_role(before, s)
        self._listed_chair(s)
        heading = _heading_role(s)
        if heading is not None or not _is_item(s):
            self.listed_role = heading

    def _signature_role(self, name_line: Sentence, s: Sentence) -> None:
        """"John Smith MP" over "Chief Whip" or "Mayor of Greater Manchester" or "Chairman, European
        Research Group": the line's role is the person's, in the organisation it names (else the one in
        context). Not a seat ("Member of Parliament for Birkenhead": who the writer is, background in
        the gold guide)."""
        person = _only_person(name_line)
        k = 1 if s.n and s.lower[0] == "the" else 0
        role = s.at(k) if k < s.n else None
        if person is None or role is None or role.label != "ROLE" or role.first != k or role.role is None or \
                role.role in SEAT_ROLES or role.role == "councillor" or "former" in role.text.lower():
            return
        org = None
        if role.last + 2 < s.n and s.lower[role.last + 1] == ",":
            named = s.at(role.last + 2)  # "Chairman, European Research Group"
            org = named.entity if named is not None and _kind(named) in ORG_KINDS - {"COLLECTIVE"} else None
        org = org or self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        end = s.char_end(max(role.last, _last_org_token(s, role)))
        self.add(Fact("holds_office", person.entity, org, name_line.char(person.first), end, "office-signature-line",
                      0.7, role=role.role, is_start=False, seat=True))

    def _listed_chair(self, s: Sentence) -> None:
        """Under "The Council appointed the following chairs:", a line "(a) Audit Committee: Councillor
        Ross Cassie" gives Cassie the chair of the Audit Committee, and a "(Vice-Chair: Councillor X)" in
        it gives X the vice-chair."""
        role = self.listed_role
        if role is None:
            return
        k = 0
        while k < s.n and (s.lower[k] in _ENUMERATOR or len(s.lower[k]) == 1 or not s.words[k].strip()):
            k += 1
        org = s.at(k) if k < s.n else None
        if org is None or org.first != k or org.entity is None or _kind(org) not in ORG_KINDS - {"COLLECTIVE", "PARTY"} \
                or org.last + 2 >= s.n or s.lower[org.last + 1] != ":":
            return
        holders = [(role, _titled_person(s, org.last + 2))]
        for j in range(org.last + 2, s.n - 2):
            second = s.at(j)
            if second is not None and second.first == j and second.label == "ROLE" and second.role and \
                    s.lower[second.last + 1] == ":":
                holders.append((second.role, _titled_person(s, second.last + 2)))
        for title, person in holders:
            if person is not None:
                self.add(Fact("holds_office", person.entity, org.entity, s.char(org.first), s.char_end(person.last),
                              "office-listed-chair", 0.7, role=title, when=self.meeting, is_start=False, seat=True))

    def listed_as(self, s: Sentence) -> None:
        """A list item "- Councillor Mary Evans as Deputy Leader and Cabinet Member for Highways;": the
        person holds each office named after "as", in the council (or the body) the office names, else
        the council in context. (Who appointed them is the list's heading's, see :meth:`listed_choices`.)"""
        if not _is_item(s):
            return
        k = next((i for i, w in enumerate(s.lower) if w.strip() and w not in _ENUMERATOR and not w.isdigit()), s.n)
        person = _titled_person(s, k)
        if person is None or person.last + 2 >= s.n or s.lower[person.last + 1] != "as":
            return
        j = person.last + 2
        while j < s.n:
            role = s.at(j)
            if role is None or role.label != "ROLE" or role.first != j or role.role is None or role.role in SEAT_ROLES:
                return
            org = self.org_of_role(s, role)
            if org is not None and org.kind in ("COUNCIL", "BODY", "GROUP"):
                self.add(Fact("holds_office", person.entity, org, s.char(person.first),
                              s.char_end(max(role.last, _last_org_token(s, role))), "office-listed-as", 0.7,
                              role=role.role, when=self.meeting, is_start=False, seat=True))
            j = _last_org_token(s, role) + 1
            if j + 1 >= s.n or s.lower[j] not in ("and", ","):
                return
            j += 1

    def listed_choices(self, s: Sentence) -> None:
        """Under a heading line that says who chose ("The Council appointed chairs of its committees,
        including:", "The Leader announced the following appointments:"), each item line's office is that
        chooser's decision: ``appoint`` (``elect`` for "elected"), dated as the office. The heading holds
        for the item lines after it (a blank line between them allowed), until a line that is no item."""
        chooser = self._heading_chooser(s)
        if chooser is not None:
            self.list_chooser = chooser
            return
        if self.list_chooser is None:
            return
        if not _is_item(s):
            self.list_chooser = None
            return
        entity, action = self.list_chooser
        for fact in [f for f in self.facts if f.start >= s.offset and f.relation == "holds_office"
                     and f.subject.kind == "PERSON" and f.role not in SEAT_ROLES and f.role != "councillor"]:
            if fact.subject != entity:
                self.add(Fact("decided", entity, fact.subject, fact.start, fact.end, f"decided-listed-{action}", 0.7,
                              action=action, when=fact.when or self.meeting))

    def _heading_chooser(self, s: Sentence) -> tuple[Entity, str] | None:
        """The chooser a line ending in ":" names before its verb of choosing: a body ("The Council"), a
        person, or an office's holder ("The Leader": the one the document made leader)."""
        words = [w for w in s.lower if w.strip()]
        if len(words) < 3 or words[-1] != ":":
            return None
        verb = next((k for k in range(s.n) if s.lower[k] in _CHOOSING), None)
        if verb is None:
            return None
        # the clause's subject ("In a statement to Parliament, Jim McMahon, the Minister of State for ...
        # Devolution, confirmed": McMahon), else an office named as one ("The Leader announced")
        who = self.subject_before(s, verb, {"PERSON"}) or self.subject_before(s, verb, {"COUNCIL", "GROUP", "BODY"}) \
            or next((m for m in s.mentions if m.last < verb and m.label == "ROLE"), None)
        if who is None:
            return None
        entity = who.entity
        if who.label == "PRON" and self.lead_person() is not None:
            entity = self.lead_person()  # "He has appointed:": the one the story leads with, its new leader
        if who.label == "ROLE":  # "The Leader": the one just elected to it, else its last holder the text gave
            elected = self.last_elected
            entity = elected.subject if elected is not None and elected.role == who.role else self.holder_of(who.role)
        if entity is None or entity.kind not in ("PERSON", "COUNCIL", "GROUP", "BODY"):
            return None
        return entity, "elect" if s.lower[verb] == "elected" else "appoint"  # ("re-elected": its own tokens)


def _next_line(before: Sentence) -> bool:
    """Whether the sentence after ``before`` is the next line of the same block (one line break apart)."""
    return bool(before.n) and before.words[-1].count("\n") == 1 and not before.words[-1].strip()


def _only_person(line: Sentence) -> Mention | None:
    """The person a line names and nothing else ("The Rt Hon Nick Brown MP", "Cllr Jane Doe")."""
    people = [m for m in line.mentions if m.entity is not None and _kind(m) == "PERSON" and m.label != "PRON"]
    if len(people) != 1:
        return None
    p = people[0]
    rest = [w for i, w in enumerate(line.lower) if (i < p.first or i > p.last) and w.strip()]
    if any(w not in SIGNATURE_TITLES and w not in (",", ".", "mp", "msp", "ms", "mla", "am", "mep", "qc", "kc")
           for w in rest):
        return None
    return p


def _heading_role(s: Sentence) -> str | None:
    """The role a line ending in ":" lists: "The Council appointed the following chairs:"."""
    words = [w for w in s.lower if w.strip()]
    if len(words) < 2 or words[-1] != ":":
        return None
    return next((_LISTED_ROLES[w] for w in reversed(words) if w in _LISTED_ROLES), None)


def _is_item(s: Sentence) -> bool:
    """Whether a line is an item of a list: it opens with an enumerator ("(a)", "-", "1.")."""
    words = [w for w in s.lower if w.strip()]
    return bool(words) and (words[0] in _ENUMERATOR or words[0].isdigit())


def _titled_person(s: Sentence, k: int) -> Mention | None:
    """The person named at token ``k``, past a title ("Councillor Ross Cassie")."""
    while k < s.n and s.lower[k] in SIGNATURE_TITLES:
        k += 1
    m = s.at(k) if k < s.n else None
    if m is None or m.entity is None or _kind(m) != "PERSON" or m.label == "PRON":
        return None
    return m


def _last_org_token(s: Sentence, role: Mention) -> int:
    """The last token of the organisation named just after a role ("Mayor of Greater Manchester")."""
    last = role.last
    for m in s.mentions:
        if role.last < m.first <= role.last + 3 and m.label != "ROLE":
            last = max(last, m.last)
    return last
