"""Offices stated without a trigger verb: appositions ("Peter Murrell, the SNP's chief executive", "the
council leader, Claire Kober", "The Greens' co-leaders, Patrick Harvie and Lorna Slater"), possessives
("Labour's National Executive Committee", "X's leadership"), officers and councillors listed after a
colon, copular sentences ("X is the party's treasurer"), relative clauses ("X, who is the leader of
..."), a role that is a person ("the leader was X") and "X of Y" (``person_of``).
"""

from __future__ import annotations

import re

from .linking import ORG_KINDS, PARTY_BODY_IRI, Entity, Mention
from .membership import _seated_body
from .office_words import (
    FORMER_ORG_KINDS,
    FORMER_ROLES,
    HOUSE_LEADERS,
    LEADERSHIP_CONTESTS,
    MEMBER_NOUNS,
    OFFICE_GIVING_WORDS,
    PREDICATE_VERBS,
    VERBS_AFTER,
    _before_brackets,
    _describing_words_before,
    _entity_at,
    _kind_of,
    _past_party,
    _past_second_title,
)
from .pipeline import BODY_HEADS, party_names
from .sentence import (
    SPEECH,
    Fact,
    Sentence,
    _clause_start,
    _coordinated,
    _coordinated_from,
    _council_role,
    _kind,
    _relative_head,
)
from .words import (
    COUNCILLOR_TITLES,
    HONORIFIC_WORDS,
    OBJECT_FOLLOWERS,
    SEAT_ROLES,
)


class OfficeStatementRules:
    """Offices a sentence states without a trigger verb."""

    def possessives(self, s: Sentence) -> None:
        """"Labour's National Executive Committee", "the National Executive Committee of Plaid Cymru": a
        body of the party (part_of)."""
        for m in s.mentions:
            k = m.last + 2 + (1 if m.last + 2 < s.n and s.lower[m.last + 2] == "the" else 0)
            owner = s.at(k) if m.last + 1 < s.n and s.lower[m.last + 1] == "of" and k < s.n else None
            after = s.at(owner.last + 1) if owner is not None and owner.last + 1 < s.n else None
            if _kind(m) == "BODY" and m.label != "DEF" and owner is not None and owner.first == k and \
                    _kind(owner) in ("PARTY", "BODY") and owner.entity != m.entity and owner.label != "DEF" and \
                    not m.text.isupper() and s.lower[owner.last + 1:owner.last + 2] not in ([","], ["and"]) and \
                    not (after is not None and after.first == owner.last + 1 and after.label == "ROLE"):
                # "the National Executive Committee of Plaid Cymru", "the 1922 Committee of Conservative
                # backbench MPs": the body's owner named after it, and the body that owner's own of the name
                # (not the graph's Labour NEC); not "an Alliance of Liberal Democrat, Labour and Green
                # councillors" (parties listed), nor "the Office of the Liberal Democrat Chief Whip" (an office's)
                body = self.linker.described_body(m.text, owner.entity) if _kind(owner) == "PARTY" else m.entity
                self.add(Fact("part_of", body, owner.entity, s.char(m.first), s.char_end(owner.last),
                              "part-of-named", 0.75))
            party = self._party_in_name(m)
            if party is not None:
                # "the National Executive Committee of the Labour Party": one name, of the body and its party
                self.add(Fact("part_of", m.entity, party, s.char(m.first), s.char_end(m.last), "part-of-named", 0.75))
            if m.possessor is None or m.entity is None or m.label == "ROLE" or \
                    m.label == "DEF" and m.text.split()[-1].lower() not in BODY_HEADS | {"body"}:
                continue  # not "Labour's local government innovation taskforce": no body named
            if m.possessor.kind == "PARTY" and m.entity.kind == "BODY" and m.entity != m.possessor:
                a, _ = self.evidence_span(s, m.first - (2 if m.text == m.entity.label else 0), m.last)
                if m.text != m.entity.label and m.text.startswith(m.possessor.label) is False:
                    a = s.char(m.first)
                self.add(Fact("part_of", m.entity, m.possessor, a, s.char_end(m.last), "part-of-possessive", 0.8))

    def _party_in_name(self, m: Mention) -> Entity | None:
        """The party a party body's full name ends with ("... of the Labour Party"), when the graph's body
        the mention is linked to is that party's (its IRI, /id/body/labour/...); else None."""
        if _kind(m) != "BODY" or m.entity is None or m.label == "DEF" or " of " not in m.text:
            return None
        hit = PARTY_BODY_IRI.search(m.entity.iri)
        tail = re.sub(r"^the\s+", "", m.text.rsplit(" of ", 1)[1], flags=re.IGNORECASE)
        if hit is None or tail not in party_names().get(hit.group(1), ()):
            return None
        return self.linker.party(hit.group(1), tail)

    def leadership_possessed(self, s: Sentence) -> None:
        """"Theresa May's leadership is no longer in the interests of the party", "a challenge to X's
        leadership": X leads the party in context (or the organisation after "of": "X's leadership of the
        council"). Not a former, a future or a shared leadership ("X's leadership bid", "campaign", "hopes"
        name a contest, not an office held)."""
        for k in s.positions(("leadership",), 2):
            if s.lower[k - 1] not in ("'s", "’s"):
                continue
            person = s.at(k - 2)
            if person is None or person.entity is None or _kind(person) != "PERSON" or person.label == "PRON":
                continue
            if k + 1 < s.n and s.lower[k + 1] in LEADERSHIP_CONTESTS:
                continue
            org: Entity | None = None
            if k + 2 < s.n and s.lower[k + 1] == "of":
                named = next((x for x in s.mentions if k + 1 < x.first <= k + 3), None)
                org = named.entity if named is not None and _kind(named) in ORG_KINDS - {"COLLECTIVE"} else None
                if org is None:
                    continue
            org = org or self.linker.party_of_office()
            if org is None or org.kind not in ("PARTY", "COUNCIL", "GROUP"):
                continue
            a, b = self.evidence_span(s, person.first, k)
            self.add(Fact("holds_office", person.entity, org, a, b, "office-leadership-possessed", 0.65,
                          role="leader", is_start=False, seat=True))

    def appositions(self, s: Sentence) -> None:
        """"Peter Murrell, the SNP's chief executive", "the council leader, Claire Kober", "Councillor
        Joseph Ejiofor (Leader of the Council)", "Bartley is its spokesperson", "The Greens'
        co-leaders, Patrick Harvie and Lorna Slater", "Kezia Dugdale, the Scottish Labour leader"."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role is None or m.role == "candidate" or "new" in m.text.lower().split():
                continue
            former = "former" in m.text.lower()
            i = m.first
            if _council_role(m.role):
                # "a Bristol city councillor": the place belongs to the role
                if i > 0 and s.lower[i - 1] in ("city", "county", "borough", "district", "town"):
                    i -= 1
                if i > 1 and s.lower[i - 1] in ("ward", "division") and s.title(i - 2):
                    i -= 1  # "X, the Oval ward councillor": the ward's name, then the word "ward"
                while i > 0 and s.title(i - 1) and s.at(i - 1) is None and (
                        s.lower[i - 2] in ("a", "an", "the") or _describing_words_before(s, i - 1) < i - 1):
                    i -= 1  # ("the veteran Penyrheol councillor")
                ward = s.at(i - 1) if i > 0 else None
                if ward is not None and ward.last == i - 1 and ward.label in ("NAME", "ORG", "PLACE", "WARD") and \
                        ward.first >= 2 and s.lower[ward.first - 1] in ("a", "an", "the") and \
                        s.lower[ward.first - 2] == "," and _kind(ward) not in ("COUNCIL", "PARTY", "GROUP", "BODY"):
                    i = ward.first  # "X, the Black Isle councillor", "X, a Wednesbury South councillor": a ward
            prev_org = s.at(i - 1) if i > 0 else None
            if prev_org is not None and prev_org.entity is not None and prev_org.label != "ROLE" and \
                    prev_org.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
                i = prev_org.first  # "the Scottish Labour leader": the party names the office
                place = s.at(i - 1) if i > 0 and prev_org.entity.kind == "PARTY" and _council_role(m.role) else None
                if place is not None and place.last == i - 1 and _kind(place) == "COUNCIL":
                    i = place.first  # "an Islington Labour councillor": the council, then the holder's party
            i = _describing_words_before(s, i)  # "a 30-year-old Conservative councillor", "the 31-year-old councillor"
            while i > 0 and s.lower[i - 1] in ("the", "a", "an", "its", "his", "her", "their", "then", "current",
                                               "now", "our", "first", "only", "retiring", "outgoing", "another",
                                               "currently", "still", "also") or \
                    s.lower[i - 1] == "former" and m.role in FORMER_ROLES or s.lower[i - 2:i] == ["at", "present"] or \
                    _council_role(m.role) and s.lower[i - 1] in ("independent", "veteran", "long-serving", "local"):
                # ("X, an independent councillor for Carnoustie": a councillor of no party, or a veteran one)
                # "Richard Tice, now the deputy leader", "X, the first Green councillor elected in Y", "Nigel
                # Farage, the former UKIP leader" (a former minister's party is no part of the office)
                former = former or s.lower[i - 1] == "former"
                i -= 2 if s.lower[i - 2:i] == ["at", "present"] else 1
            if m.possessor is not None and i >= 2 and s.lower[i - 1] in ("'s", "’s", "'", "’"):
                owner = s.at(i - 2)
                if owner is not None:
                    i = owner.first - (1 if owner.first and s.lower[owner.first - 1] == "the" else 0)
            people: list[Mention] = []
            rule = ""
            titled = s.at(m.last + 1) if m.last + 1 < s.n else None
            # PERSON , ROLE   /   PERSON ( ROLE   /   PERSON is ROLE (unless a name follows: "X, the shadow
            # communities secretary Andrew Gwynne")
            prev = s.at(i - 2) if i >= 2 and s.lower[i - 1] in (",", "(", "–", "—") else None
            if prev is None and i >= 3 and s.lower[i - 1] in (",", "–", "—") and s.lower[i - 2] == ")":
                prev = _before_brackets(s, i - 2)  # "Councillor X (Ward), Leader of ...", "X (Ward) – Cabinet Member"
            if prev is not None and prev.label == "ROLE" and prev.role in SEAT_ROLES and prev.first == prev.last \
                    and prev.first > 0 and _kind_of(_entity_at(s, prev.first - 1)) == "PERSON":
                prev = s.at(prev.first - 1)  # "Sir Jane Smith MP, Leader of the Labour Party": a signature
            if titled is not None and titled.label in ("PERSON", "NAME") or \
                    m.last + 1 < s.n and s.lower[m.last + 1] == ":":
                prev = None  # "X (Vice-Chair: Councillor Y)": the role is Y's
            if prev is None and i >= 2 and s.lower[i - 1] in ("is", "was"):
                prev = s.at(i - 2)
            elif prev is None and i >= 3 and s.lower[i - 1] == "been" and s.lower[i - 2] in ("has", "had"):
                prev = s.at(i - 3)  # "X has been a South Norfolk councillor since 2015"
            if prev is not None and s.lower[i - 1] == "," and m.last + 1 < s.n and s.lower[m.last + 1] in VERBS_AFTER:
                prev = None  # "In a letter to X, the Prime Minister wrote": the role is the clause's subject
            if prev is not None and _kind(prev) == "PERSON":
                people, rule = [prev], "office-apposition"
                if m.text.lower().endswith("s") and s.lower[i - 1] == ",":
                    people = [p for p in _coordinated(s, i - 1) if _kind(p) == "PERSON"] or people
            # ROLE , PERSON (and PERSON)   /   ROLE PERSON; not "X as his deputy, Y as chief whip": an
            # "as ROLE" just after a name is that one's office ("in her first address as president, X"
            # is X's)
            if not people and not (i > 1 and s.lower[i - 1] == "as" and (s.at(i - 2) is not None or s.title(i - 2))):
                j = m.last + 1
                j = _past_second_title(s, j)  # "SNP Leader and First Minister X": both titles X's
                on = s.at(j + 1) or s.at(j + 2) if j + 2 < s.n and s.lower[j] == "on" else None
                if on is not None and _kind(on) == "COUNCIL" and on.last + 1 < s.n and s.lower[on.last + 1] == "," and \
                        "group" in m.text.lower():
                    j = on.last + 1  # "The DUP's group leader on the council, Councillor X": where, then who
                if j < s.n and s.lower[j] in (",", "("):  # "the Mayor (Councillor X) in the Chair"
                    j += 1
                while j < s.n and s.lower[j] in HONORIFIC_WORDS:
                    j += 1
                j = _past_party(s, j) if j > m.last + 1 else j
                if j + 1 < s.n and s.words[j] == "County" and s.lower[j + 1] in ("councillor", "cllr"):
                    j += 1
                nxt = s.at(j) if j < s.n else None
                if nxt is not None and nxt.label == "ROLE" and nxt.role == "councillor" and j > m.last + 1 and \
                        nxt.text.split()[-1] in COUNCILLOR_TITLES:
                    nxt = s.at(nxt.last + 1)  # "The outgoing Leader, County Councillor X": a title before the name
                if m.role == "councillor" and m.text in COUNCILLOR_TITLES and nxt is not None:
                    # "Councillor X": a form of address (minutes, letters name every member so), not
                    # news that X is a councillor of the council in context
                    nxt = None
                after = s.at(nxt.last + 1) if nxt is not None and nxt.last + 1 < s.n else None
                if after is not None and after.label == "ROLE" and s.lower[m.last + 1] == ",":
                    nxt = None  # "appointed A health secretary, B education secretary": each name's own role
                if m.last + 1 < s.n and s.lower[m.last + 1] == "," and (i > 0 and s.lower[i - 1] in PREDICATE_VERBS or i > 1 and
                                                   s.lower[i - 1] == "as" and s.lower[i - 2] in CONTINUING):
                    # "A becomes cabinet member for finance, B takes ...", "A continues as provost, B is
                    # depute provost": A's office, not B's
                    nxt = None
                if nxt is not None and _kind(nxt) == "PERSON" and nxt.label != "PRON":
                    people, rule = _coordinated_from(s, nxt) or [nxt], "office-title"
                    if m.text.lower().rstrip("s") == m.text.lower():
                        people = people[:1]  # a singular role names one person
                # ROLE of ORG , PERSON (not "A was elected Provost of the council, B became ...": an office
                # given just before is A's)
                if not people and j < s.n and m.last + 1 < s.n and s.lower[m.last + 1] == "of" and \
                        not (i > 0 and s.lower[i - 1] in OFFICE_GIVING_WORDS):
                    org = s.at(m.last + 2) or (s.at(m.last + 3) if m.last + 3 < s.n else None)
                    if org is not None:
                        k = org.last + 1
                        if k < s.n and s.lower[k] == ",":
                            k = _past_party(s, k + 1)
                        nxt = s.at(k) if k < s.n else None
                        if nxt is not None and nxt.label == "ROLE" and nxt.role == "councillor" and \
                                nxt.text in COUNCILLOR_TITLES | {"Councillors"}:
                            nxt = s.at(nxt.last + 1)  # "the Chairman of the Council, Councillor X"
                        if nxt is not None and _kind(nxt) == "PERSON":
                            people, rule = [nxt], "office-title"
            # PERSON, councillor for X and a national vice-chair of Y: the second role of an apposition
            if not people and i >= 2 and s.lower[i - 1] == "and":
                k = i - 2
                while k >= 0 and s.lower[k] not in (",", "("):
                    k -= 1
                earlier = s.at(k + 1) if k >= 0 else None
                if earlier is not None and earlier.label == "ROLE" and k >= 1:
                    cand = s.at(k - 1)
                    if cand is not None and _kind(cand) == "PERSON":
                        people, rule = [cand], "office-apposition"
            if not people and not former and m.role == "leader" and s.lower[i] == "the" and prev_org is not None:
                people, rule = self._party_leader(s, m, prev_org), "office-holder-on-date"
            if not people and i == 0 and s.lower[0] == "the" and (prev_org is not None or m.possessor is not None):
                people, rule = self._role_as_subject(s, m), "office-anaphor"
            people = [p for p in people if p.entity is not None]
            if people and (m.role in SEAT_ROLES or _council_role(m.role)):
                self._party_adjective(s, m, prev_org, people)
            if not people or m.role in SEAT_ROLES:
                # "X, the MP for Y": a seat named to say who someone is is background (docs/text-gold-
                # guide.md), and its constituency is no organisation; a seat won is told by an event
                continue
            if m.role == "chair" and i >= 2 and s.lower[i - 1] == "the" and s.lower[i - 2] == "in":
                continue
            org = prev_org.entity if rule == "office-holder-on-date" else self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS | {"POLICY"} and not (org.kind == "PLACE" and m.role in SEAT_ROLES):
                continue
            if former and not (org.kind in FORMER_ORG_KINDS and m.role in FORMER_ROLES) and \
                    not _office_named(s, m, prev_org, org):
                # "former council leader X": held (undated); another past office only where the text names
                # whose it was ("the party's former chief executive", "a former finance director at Essex
                # County Council", "a former energy secretary"), not where the organisation is a guess
                continue
            if m.role == "member" and (org.kind == "PARTY" or org.kind == "BODY" and not _seated_body(org.label)):
                continue  # "a member of the Socialist Campaign Group": a membership (membership.py), no seat
            if m.role == "councillor" and org.kind == "COUNCIL" and org.is_authority:
                continue  # a combined authority's members are councils' councillors, not its own
            if org.kind == "COUNCIL" and not _council_role(m.role):
                self._party_adjective(s, m, prev_org, people)  # "the Labour leader of Hull City Council"
            first, last = min([p.first for p in people] + [m.first, i]), max([p.last for p in people] + [m.last])
            nxt_org = s.at(m.last + 2) if m.last + 2 < s.n and s.lower[m.last + 1] in ("of", "for") else None
            if nxt_org is not None and nxt_org.last > last:
                last = nxt_org.last
            when, is_start = (None if former else self.meeting), False
            since = next((d for d in s.dates() if m.last < d.first <= m.last + 6
                          and d.text.lower().startswith(("from", "since"))), None)
            if since is not None:  # "was the party's deputy leader from 2008 to 2012"
                when, is_start = self.when_of(since, s, m.first), True
                last = max(last, since.last)
            a, b = self.evidence_span(s, first, last)
            for person in people:
                self.add(Fact("holds_office", person.entity, org, a, b, rule, 0.75, role=m.role, when=when,
                              is_start=is_start, seat=True))

    def councillors_listed(self, s: Sentence) -> None:
        """"The shortlisted candidates are long-serving city councillors: A, who ...; B, a former deputy
        mayor; and C": the people that open the items of a list after "councillors:" (an item opens after
        the colon, a ";" or "; and") each sit on the council in context (no council, no fact; "former
        councillors" and a hedged sentence give nothing). Cost: a look only at "councillors" before ":"."""
        for k in s.positions(("councillors",), 0, s.n - 2):
            if s.lower[k + 1] == ",":
                self._councillors_named(s, k)
                continue
            if k >= 2 and s.lower[k - 1] == "," and s.lower[k + 1] in ("for", "on", "in"):
                self._named_councillors(s, k)  # "A and B, councillors for Mid Galloway and Wigtown West"
                continue
            if s.lower[k + 1] != ":":
                continue
            if _not_sitting(s, k):
                return
            council = self.linker.council_in_context()
            if council is None or council.kind != "COUNCIL":
                return
            people = [m for m in s.mentions if m.first > k + 1 and _kind(m) == "PERSON" and m.entity is not None
                      and m.label != "PRON" and (s.lower[m.first - 1] in (":", ";") or
                                                 s.lower[m.first - 2:m.first] in ([";", "and"], [",", "and"]))]
            if len(people) < 2:
                return
            for p in people:
                a, b = self.evidence_span(s, k, p.last)
                self.add(Fact("holds_office", p.entity, council, a, b, "office-councillors-listed", 0.7,
                              role="councillor", is_start=False, seat=True))
            return

    def _councillors_named(self, s: Sentence, k: int) -> None:
        """"Three of the Tameside councillors, A, B and C, were suspended": the people named in apposition
        to "councillors" sit on the council named before the word (or, with none, the one in context)."""
        if _not_sitting(s, k):
            return
        first = s.at(k + 2)
        if first is None or first.first != k + 2 or _kind(first) != "PERSON" or first.label == "PRON":
            return
        people = [p for p in _coordinated_from(s, first) if p.entity is not None and _kind(p) == "PERSON"]
        whole = s.at(k)  # "the Tameside councillors": a whole of the council its name holds
        council = whole.entity.council if whole is not None and whole.entity is not None and \
            whole.entity.kind == "COLLECTIVE" and whole.entity.council is not None else self.linker.council_in_context()
        if len(people) < 2 or council is None or council.kind != "COUNCIL":
            return
        for p in people:
            a, b = self.evidence_span(s, k, p.last)
            self.add(Fact("holds_office", p.entity, council, a, b, "office-councillors-listed", 0.7,
                          role="councillor", is_start=False, seat=True))

    def _named_councillors(self, s: Sentence, k: int) -> None:
        """"David Inglis and Richard Marsh, councillors for Mid Galloway and Wigtown West": the people listed
        just before ", councillors" (two or more) sit on the council named after it, else the one in context."""
        people: list[Mention] = []
        j = k - 2
        while j >= 0:
            m = s.at(j)
            if m is None or m.last != j or _kind(m) != "PERSON" or m.entity is None or m.label == "PRON":
                break
            people.insert(0, m)
            if m.first < 2 or s.lower[m.first - 1] not in (",", "and"):
                break
            j = m.first - 2
        if len(people) < 2 or _not_sitting(s, k):
            return
        named = s.at(k + 2 + (k + 2 < s.n and s.lower[k + 2] == "the")) if k + 2 < s.n else None
        council = named.entity if named is not None and named.entity is not None and _kind(named) == "COUNCIL" \
            else self.linker.council_in_context()
        if council is None or council.kind != "COUNCIL":
            return
        for p in people:
            a, b = self.evidence_span(s, p.first, k)
            self.add(Fact("holds_office", p.entity, council, a, b, "office-councillors-listed", 0.7,
                          role="councillor", is_start=False, seat=True))

    def officers_listed(self, s: Sentence) -> None:
        """"a new top team: A as leader, B of Southwick as his deputy, C as chief whip and D as group
        chair": a list of "PERSON as ROLE" items (two or more, each opened by the list's ":" / "," /
        "and" / "with", no verb in it) names each person's office. The offices are one
        organisation's: the one an item names ("group chair"), else the first item's."""
        items: list[tuple[Mention, Mention, str | None]] = []
        for k in s.positions(("as",), 1, s.n - 2):
            # "as group chair": the owner's noun before the role word
            owner = s.lower[k + 1] if s.lower[k + 1] in ("group", "party", "council") else None
            role, person = s.at(k + (2 if owner else 1)), s.at(k - 1)
            if person is not None and _kind(person) != "PERSON" and k >= 3 and s.lower[person.first - 1] == "of":
                person = s.at(person.first - 2)  # "Kelly Chequer of Southwick as his deputy"
            if role is None or role.label != "ROLE" or role.role is None or person is None or \
                    _kind(person) != "PERSON" or person.entity is None or person.label == "PRON":
                continue
            opener = person.first - 1
            while opener >= 0 and s.lower[opener] in HONORIFIC_WORDS | {"cllr", "councillor"}:
                opener -= 1
            if opener < 0 or s.lower[opener] not in (":", ",", "and", "with", ";"):
                continue
            items.append((person, role, owner))
        if len(items) < 2:
            return
        owner = next((o for _, _, o in items if o), None)
        org = {"group": self._group_in_context(), "party": self.linker.party_in_context(),
               "council": self.linker.council_in_context()}[owner] if owner else self.org_of_role(s, items[0][1])
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        when, _ = self.date_near(s, items[0][0].first)  # "confirmed at a meeting on 8 May, was: A as ..."
        for person, role, _ in items:
            a, b = self.evidence_span(s, person.first, role.last)
            self.add(Fact("holds_office", person.entity, org, a, b, "officer-list", 0.7, role=role.role, when=when,
                          is_start=False, seat=True))

    def copular(self, s: Sentence) -> None:
        """"X is the new leader of the Scottish Liberal Democrats", "Y, who entered the Commons last
        June, is the new vice chair for candidates", "Z, 28, is vice chair for youth": an office stated
        with "is" / "was" (the clause's person, past an aside), not hedged, former or a candidacy."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role in (None, "candidate", "member") or m.role in SEAT_ROLES or \
                    "former" in m.text.lower():
                continue
            k = m.first - 1
            if k > 1 and s.lower[k] == "first" and s.lower[k - 1] == "the":
                k -= 1  # "is the first mayor of the West Midlands" (not "was first elected mayor")
            while k > 0 and (s.lower[k] in ("the", "a", "an", "new", "current", "its", "their", "next", "now",
                                            "permanent", "substantive", "'s", "’s", "also", "still",
                                            "therefore", "already") or
                             (s.at(k) is not None and s.at(k) is not m and
                                                         _kind(s.at(k)) in ORG_KINDS - {"COLLECTIVE"} and
                                                         s.lower[s.at(k).last + 1] in ("'s", "’s"))):
                # "is now the Democratic Unionist Party's permanent leader": past the owner and the adverb
                k = s.at(k).first - 1 if s.at(k) is not None and s.at(k) is not m else k - 1
            if k >= 3 and s.lower[k] == "be" and s.lower[k - 1] == "to" and s.lower[k - 2] in ("is", "are"):
                k -= 2  # "X is to be the next President": an office settled, taken up later
            been = k >= 2 and s.lower[k] == "been" and s.lower[k - 1] in ("has", "have", "had")
            if been:
                k -= 1  # "has been a South Norfolk councillor since 2015": an office held, as "is" states it
            announced = k >= 2 and s.lower[k] == "be" and s.lower[k - 1] == "will" and \
                any(w in SPEECH for w in s.lower[:k]) and "that" in s.lower[:k]
            if announced:
                k -= 1  # "the group announced that X will be its leader": an office announced
            if k < 1 or s.lower[k] not in ("is", "was") and not (announced or been) or s.hedged(k) or \
                    (k + 1 < s.n and s.lower[k + 1] == "not"):
                continue
            if m.possessor is not None and _kind_of(m.possessor) == "PERSON":
                continue  # "is Smith's deputy": whose deputy is another fact
            # "X, the candidate and until last year the director of Y, is ...": an aside closing before the
            # verb hangs on the clause's first person
            people = self._before_aside(s, k) or [p for p in self.people_before(s, k) if _kind(p) == "PERSON"
                                                  and p.entity is not None and p.label != "PRON"]
            named = s.at(k - 2) if k >= 3 and s.lower[k - 1] == "," else None
            if not people and named is not None and _kind(named) == "PERSON" and named.label != "PRON" and \
                    named.first > 0 and s.lower[named.first - 1] == "," and named.entity is not None:
                people = [named]  # "Her husband, Peter Murrell, is the party's chief executive": the name in apposition
            if len(people) != 1 or (k >= 2 and s.at(k - 1) is not None and s.at(k - 1) is not people[0]
                                    and s.lower[k - 1] != ","):
                continue  # "the leader's office is ...", "A and B are": not one person's office
            org = self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                continue
            a, b = self.evidence_span(s, people[0].first, m.last)
            new = "new" in s.lower[k + 1:m.first + 2]
            # "is the new leader ... after a vote last night": an office begun, dated by its sentence;
            # "is vice chair": a state, dated by nothing
            when = self.date_near(s, k)[0] if new else self.meeting
            self.add(Fact("holds_office", people[0].entity, org, a, b, "office-copular", 0.7, role=m.role,
                          when=when, is_start=new, seat=True))

    def _party_adjective(self, s: Sentence, role: Mention, party: Mention | None, people: list[Mention]) -> None:
        """"X, the Labour MP for Y", "the Green councillor Z": a party named just before a seat or a
        council's office is the holder's party (a membership the text states; the office is not the party's)."""
        if party is None or party.entity is None or party.entity.kind != "PARTY" or party.last != role.first - 1 or \
                party.entity.label.lower().startswith("independent"):
            return
        for p in people:
            a, b = self.evidence_span(s, min(p.first, party.first), max(p.last, role.last))
            self.add(Fact("member_of", p.entity, party.entity, a, b, "member-adjective", 0.7, is_start=False))

    def relative_office(self, s: Sentence) -> None:
        """"X, who has been the party's President for five years", "Y, who became SNP leader and First
        Minister last month", "Z, who is acting leader of the Green Party": an office stated in a relative
        clause on the person named just before "who" (and a second office joined by "and")."""
        # the last role read: (person, the role's last token, begun); a seat's ("MP for Mansfield") holds no
        # fact of its own here (background), but the office joined to it by "and" is the same person's
        holder: tuple[Mention, int, bool] | None = None
        for m in s.mentions:
            seat = m.label == "ROLE" and m.role in SEAT_ROLES
            if holder is not None and m.last <= holder[1]:
                continue  # the seat's place ("MP for Mansfield")
            if m.label != "ROLE" or m.role in (None, "candidate", "member") or "former" in m.text.lower():
                holder = None
                continue
            if holder is not None and m.first >= 2 and s.lower[m.first - 1] == "and" and m.first - 2 == holder[1]:
                if not seat:
                    self._relative_fact(s, holder[0], m, holder[2])  # "... SNP leader and First Minister"
                continue
            k = m.first - 1
            while k > 0 and (s.lower[k] in ("the", "a", "an", "its", "their", "'s", "’s", "acting", "interim", "also",
                                            "still", "now")
                             or s.lower[k] in RANKS or (s.at(k) is not None and _kind(s.at(k)) in ORG_KINDS)):
                k = s.at(k).first - 1 if s.at(k) is not None and s.at(k) is not m else k - 1
            begun = s.lower[k] in ("became", "becomes")
            if s.lower[k] == "been" and k > 0 and s.lower[k - 1] in ("has", "had"):
                k -= 1
            elif s.lower[k] not in ("is", "was", "became", "becomes"):
                holder = None
                continue
            while k > 0 and s.lower[k - 1] in ("today", "yesterday", "then", "later", "also", "soon", "quickly"):
                k -= 1  # "who today became Prime Minister"
            person = _relative_head(s, k - 1) if k >= 3 and s.lower[k - 1] == "who" and s.lower[k - 2] in (",", "and") \
                else None
            if person is None or _kind(person) != "PERSON" or person.entity is None or person.label == "PRON":
                holder = None
                continue
            if seat or _council_role(m.role):
                # "X, who is also an SNP councillor in Renfrewshire": the party before the seat is X's
                self._party_adjective(s, m, s.at(m.first - 1) if m.first else None, [person])
            if seat:
                place = s.at(m.last + 2) if m.last + 2 < s.n and s.lower[m.last + 1] == "for" else None
                holder = (person, place.last if place is not None else m.last, begun)
                continue
            holder = (person, m.last, begun) if self._relative_fact(s, person, m, begun) else None

    def _relative_fact(self, s: Sentence, person: Mention, role: Mention, begun: bool) -> bool:
        org = self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return False
        a, b = self.evidence_span(s, person.first, role.last)
        when = self.date_near(s, role.last)[0] if begun else self.meeting
        self.add(Fact("holds_office", person.entity, org, a, b, "office-relative", 0.7, role=role.role, when=when,
                      is_start=begun, seat=True))
        return True

    def role_is_person(self, s: Sentence) -> None:
        """"The party chairman is Zia Yusuf.", "His deputy is Rob Gibson, the Spalding member": the
        office named first, then "is" and the one person who holds it (the clause ends after the
        name). "his deputy" is the deputy of the organisation the text gave "him" an office in."""
        for m in s.mentions:
            if m.label != "ROLE" or m.role is None or m.role == "candidate" or "former" in m.text.lower():
                continue
            self._named_deputy(s, m)
            k = m.last + 1
            if k + 1 < s.n and s.lower[k] in ("are", "were") and m.text.lower().endswith("s") and not s.hedged(k):
                self._roles_are(s, m, k)  # "His deputy leaders are A, ..., and B"
                continue
            owner = s.at(k + 1 + (k + 1 < s.n and s.lower[k + 1] == "the")) if k + 1 < s.n and s.lower[k] == "of" else None
            if owner is not None and owner.entity is not None and owner.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
                k = owner.last + 1  # "The new leader of Bolton Council is X"
            if k + 1 >= s.n or s.lower[k] not in ("is", "was") or s.hedged(k):
                continue
            person = s.at(_past_description(s, k + 1))
            # (a mention just before the role is its possessor only: "Bolton Council's new leader is X")
            before = [s.at(x) for x in range(max(0, m.first - 3), m.first) if s.at(x) is not None]
            if person is None or _kind(person) != "PERSON" or person.entity is None or person.label == "PRON" or \
                    (person.last + 1 < s.n and s.lower[person.last + 1] not in (".", ",", ";", "and", "(")) or \
                    s.lower[:m.first].count(",") or any(x.entity is None or x.entity != m.possessor for x in before):
                continue  # the role opens its clause: not "X said the leader is Y's friend"
            org = self._deputy_of(s, m, person.entity) or self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                continue
            a, b = self.evidence_span(s, m.first, person.last)
            self.add(Fact("holds_office", person.entity, org, a, b, "office-role-is", 0.7, role=m.role,
                          when=self.meeting, is_start=False, seat=True))

    def _named_deputy(self, s: Sentence, m: Mention) -> None:
        """"with Ruth Bennett as his deputy leader", "Wendy Meikle will be his deputy": the person named
        just before holds the deputy's office in the organisation "he" or "she" leads (``_deputy_of``).
        Only a person named in full, right before "as" (after "with") or before the verb of being."""
        k = m.first - 1
        if k < 2:
            return
        if s.lower[k] == "as":
            person = s.at(k - 1)
            title = s.at(person.first - 1) if person is not None and person.first > 0 else None
            before = title.first - 1 if title is not None and title.label == "ROLE" else \
                person.first - 1 if person is not None else -1  # "with Councillor Alex Wagner as her deputy"
            if person is None or person.last != k - 1 or before < 0 or s.lower[before] != "with" or s.hedged(k):
                return
        elif s.lower[k] in ("is", "becomes") or s.lower[k] == "be" and s.lower[k - 1] == "will":
            v = k - (s.lower[k] == "be")  # "will be his deputy": the deputy named, not a plan
            if v >= 3 and s.lower[v - 2] == "of" and s.words[v - 1][:1].isupper():
                v -= 2  # "Councillor Wendy Meikle of Offerton will be"
            person = s.at(v - 1)
            if person is None or person.last != v - 1 or _clause_start(s, person.first) < person.first - 2 or \
                    s.hedged(person.first):
                return
        else:
            return
        if _kind(person) != "PERSON" or person.entity is None or person.label == "PRON":
            return
        org = self._deputy_of(s, m, person.entity)
        if org is None:
            return
        a, b = self.evidence_span(s, person.first, m.last)
        self.add(Fact("holds_office", person.entity, org, a, b, "office-role-is", 0.7, role=m.role,
                      when=self.meeting, is_start=False, seat=True))

    def _roles_are(self, s: Sentence, m: Mention, k: int) -> None:
        """"His deputy leaders are A, first elected last year, and B": the people named right after
        "are" and after the last "and" (asides between are passed over), when the role opens its clause."""
        if s.lower[:m.first].count(",") or any(s.at(x) is not None for x in range(max(0, m.first - 3), m.first)):
            return
        people = [p for p in s.mentions if p.first > k and _kind(p) == "PERSON" and p.entity is not None
                  and p.label != "PRON" and s.lower[p.first - 1] in ("are", "were", "and")]
        if len(people) < 2:
            return
        org = self._deputy_of(s, m) or self.org_of_role(s, m)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
            return
        for person in people:
            a, b = self.evidence_span(s, m.first, person.last)
            self.add(Fact("holds_office", person.entity, org, a, b, "office-role-is", 0.7, role=m.role,
                          when=self.meeting, is_start=False, seat=True))

    def _deputy_of(self, s: Sentence, role: Mention, deputy: Entity | None = None) -> Entity | None:
        """"his deputy", "her deputy leader": the organisation whose office the text last gave the person
        the pronoun stands for (the person the sentence before was about, never the ``deputy``)."""
        words = (role.role_text or role.text).lower().split()
        if role.role != "deputy-leader" or not words or words[0] not in ("his", "her"):
            return None
        person = self.linker.last_subject(deputy, gender="m" if words[0] == "his" else "f")
        office = self.offices.get(person.iri) if person is not None else None
        return office.object if office is not None and office.role in ("leader", "co-leader") else None

    @staticmethod
    def _before_aside(s: Sentence, k: int) -> list[Mention]:
        """"X, who only entered the Commons last June, is ...": the person an aside closing just before
        the verb at ``k`` hangs on, when that person opens the clause."""
        if s.lower[k - 1] != ",":
            return []
        lo = max((x for x in range(k) if s.lower[x] in (";", ":")), default=-1) + 1
        first = next((m for m in s.mentions if m.first >= lo), None)
        if first is None or _kind(first) != "PERSON" or first.entity is None or first.label == "PRON" or \
                first.last + 1 >= k - 1 or s.lower[first.last + 1] != "," or \
                first.first - lo > 1:
            return []
        return [first]

    def _group_in_context(self) -> Entity | None:
        """"the group": the last group named, else the group of the party and the council in context."""
        group = self.linker.last({"GROUP"})
        members = self.linker.last({"COLLECTIVE"})  # "Labour councillors on X met": their party's group
        party = self.linker.party_in_context() or (members.party if members is not None else None)
        council = self.linker.council_in_context()
        if group is None and party is not None and council is not None:
            return self.linker.council_group(party, council)
        return group

    def _party_leader(self, s: Sentence, role: Mention, party: Mention) -> list[Mention]:
        """"the Labour leader's critics", "accused the Conservative leader of dithering": a party's
        leader named by the office alone, in a story about no council (where "the Labour leader" is as
        often the council group's), stands for whoever the reference data says led the party on the
        publication date. Not "the Labour leader of the council" nor "... in Wales" (but "accused the
        Conservative leader of dithering")."""
        k = role.last + 1
        placed = k + 1 < s.n and s.lower[k] in ("of", "on", "in", "for") and (s.at(k + 1) is not None or
                                                                             not s.lower[k + 1].isalpha() or
                                                                             s.lower[k + 1] == "the")
        if party.entity is None or party.entity.kind != "PARTY" or placed or \
                self.linker.council_in_context() is not None or self.linker.home is not None:
            return []
        person = self.linker.holder_on(party.entity, "leader")
        return [Mention(role.start, role.end, role.text, "PRON", role.first, role.last, person)] if person else []

    def _role_as_subject(self, s: Sentence, role: Mention) -> list[Mention]:
        """"Keir Starmer sacked X ... The Labour leader said ...": an office named by its
        organisation, opening a sentence as the subject of its verb, stands for the person the
        sentence before was about."""
        k = role.last + 1
        if role.text.lower().endswith("s") or k >= s.n or not s.lower[k].isalpha() or s.at(k) is not None or \
                s.lower[k] in OBJECT_FOLLOWERS or not s.lower[k].islower():
            return []
        person = self.linker.subjects[-2] if len(self.linker.subjects) >= 2 else None
        if person is None or person.kind != "PERSON":
            return []
        return [Mention(role.start, role.end, role.text, "PRON", role.first, role.last, person)]

    def person_of(self, s: Sentence) -> None:
        """"Jim Kennedy of Unite", "Andy Kerr of the CWU", "a Unite official": a member of the organisation."""
        for m in s.mentions:
            if _kind(m) != "PERSON" or m.entity is None or m.label == "PRON":
                continue
            k = m.last + 1
            if k < s.n and s.lower[k] == "(":  # "Councillor X (Roseland), of the Independent Group,"
                shut = next((j for j in range(k + 1, min(s.n, k + 8)) if s.lower[j] == ")"), None)
                k = shut + 1 if shut is not None else k
            if k + 1 < s.n and s.lower[k] == "," and s.lower[k + 1] == "of":
                k += 1  # "Councillor X (Roseland), of the Independent Group,", "Nuala McAllister, of the Alliance Party"
            if k < s.n and s.lower[k] == "of":
                k += 1
                while k < s.n and s.lower[k] == "the":
                    k += 1
                org = s.at(k)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG", "PARTY") and \
                        not (org.entity.minted and org.first == org.last and org.entity.kind != "PARTY"):
                    # "Jim Kennedy of Unite" (a body the graph knows); not "Kelly Chequer of Southwick",
                    # "Lord Johnson of Lainston": one unknown capitalised word after "of" is a place
                    a, b = self.evidence_span(s, m.first, org.last)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-of", 0.7, is_start=False))
            # PERSON (PARTY): "Councillor Jane Smith (Labour)", as minutes and lists name members
            k = m.last + 1
            party = s.at(k + 1) if k + 2 < s.n and s.lower[k] == "(" else None
            if k + 2 < s.n and s.lower[k] == "(" and (party is None or _kind(party) != "PARTY"):
                # "Ann Jones (Vale of Clwyd, Welsh Labour)": the seat, then the party, as Senedd minutes give them
                shut = next((j for j in range(k + 1, min(s.n, k + 10)) if s.lower[j] == ")"), None)
                last = s.at(shut - 1) if shut is not None else None
                if last is not None and _kind(last) == "PARTY" and s.lower[last.first - 1] == "," and \
                        s.lower[k + 1:last.first].count(",") == 1:
                    party, k = last, last.first - 1
            # (or "(Conservative, Dunblane and Bridge of Allan)": the party, then the ward)
            closing = next((j for j in range(party.last + 1, min(s.n, party.last + 9)) if s.lower[j] == ")"), None) \
                if party is not None and s.lower[party.last + 1] in (")", ",") else None
            local = party is not None and _kind(party) in ("BODY", "ORG", "GROUP") and \
                party.text.split()[-1] in LOCAL_ORG_HEADS  # "(Havering Residents Association)"
            if party is not None and party.first == k + 1 and (_kind(party) == "PARTY" or local) and \
                    party.entity is not None and closing is not None and \
                    not party.entity.label.lower().startswith("independent"):
                a, b = self.evidence_span(s, m.first, closing)
                self.add(Fact("member_of", m.entity, party.entity, a, b, "member-bracket", 0.7, is_start=False))
            # PERSON , a ORG official
            if k + 3 < s.n and s.lower[k] == "," and s.lower[k + 1] in ("a", "an"):
                org = s.at(k + 2)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG") and \
                        org.last + 1 < s.n and s.lower[org.last + 1] in MEMBER_NOUNS:
                    a, b = self.evidence_span(s, m.first, org.last + 1)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-apposition", 0.7, is_start=False))


def _office_named(s: Sentence, role: Mention, prev_org: Mention | None, org: Entity) -> bool:
    """Whether the text names the organisation of an office itself: a possessor ("the party's"), a name
    just before ("the Labour leader") or after ("of X", "at X"), or a government's office by its words."""
    if role.possessor is not None or (prev_org is not None and prev_org.entity == org):
        return True
    after = s.at(role.last + 2) if role.last + 2 < s.n and s.lower[role.last + 1] in ("of", "at", "for", "in") else None
    if after is None and role.last + 3 < s.n and s.lower[role.last + 1] in ("of", "at", "for", "in") and \
            s.lower[role.last + 2] == "the":
        after = s.at(role.last + 3)
    if after is not None and after.entity == org:
        return True
    # "a former Leader of the House of Commons": an office whose name is its House's
    return org.label.endswith("Government") or role.role in HOUSE_LEADERS


#: Words ranking an office between its article and its name ("the party's first leader", "the
#: council's youngest leader"): the office is still the one held.
RANKS = {"first", "second", "third", "fourth", "fifth", "youngest", "oldest", "only", "longest-serving", "new",
         "current"}


#: Verbs before "as" that keep an office: "continues as provost".
CONTINUING = {"continues", "continued", "remains", "remained", "stays", "stayed", "serves", "served", "returns",
              "returned"}
#: The last words of a local party's or a residents' group's name, read as a party in brackets.
LOCAL_ORG_HEADS = {"Association", "Independents", "Residents", "Ratepayers", "Alliance", "Group"}


def _past_description(s: Sentence, k: int) -> int:
    """The token after a short description of a person at ``k`` ("the Green councillor Felicity Norman",
    "Labour's Jo Bell"): past an article, a party and a seat or councillor title; ``k`` when there is none."""
    j = k + (k < s.n and s.lower[k] in ("the", "a"))
    party = s.at(j) if j < s.n else None
    if party is not None and _kind(party) == "PARTY" and party.first == j:
        j = party.last + 1 + (party.last + 1 < s.n and s.lower[party.last + 1] in ("'s", "’s"))
    title = s.at(j) if j < s.n else None
    if title is not None and title.label == "ROLE" and title.first == j and \
            (title.role == "councillor" or title.role in SEAT_ROLES):
        j = title.last + 1
    nxt = s.at(j) if j < s.n else None
    return j if j > k and nxt is not None and _kind(nxt) == "PERSON" and nxt.first == j else k


def _not_sitting(s: Sentence, k: int) -> bool:
    """Whether "councillors" at ``k`` names people who do not sit now: "former councillors", "would-be
    councillors", or a hedged sentence."""
    return any(w in ("former", "ex", "prospective", "would-be") for w in s.lower[max(0, k - 3):k]) or s.hedged(k)
