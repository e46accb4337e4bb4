"""Relation rules for offices: who holds an office, and who was elected, appointed or selected to one.

Read without a trigger: appositions ("Peter Murrell, the SNP's chief executive", "the council leader,
Claire Kober", "The Greens' co-leaders, Patrick Harvie and Lorna Slater") and possessives ("Labour's
National Executive Committee"), officers listed after a body, copular sentences ("X is the party's
treasurer"), relative clauses ("X, who is the leader of ..."), a role that is a person ("the leader
was X") and "X of Y" (``person_of``). With a trigger: "elected", "appointed", "selected", "chose X
to chair ..." (``rule_elect``, ``rule_elected``), succession ("succeeded X as leader",
``rule_succeed``), a leadership won (``rule_leadership``), "led" (``rule_led``), "serving as"
(``rule_serving``) and "leaders" (``rule_leaders``).

The organisation an office belongs to, when the text does not name it, is found by ``org_of_role``:
the government of a nation for a government office (``government_of``), the party in context for a
party's own offices, the group last named for a group's offices.
"""

from __future__ import annotations

from .dates import When
from .linking import ORG_KINDS, Entity, Linker, Mention
from .membership import _seated_body
from .sentence import (
    Fact,
    Sentence,
    _clause_start,
    _coordinated,
    _coordinated_from,
    _council_role,
    _head_after,
    _kind,
    _passive,
    _passive_subject,
    _portfolio,
)
from .words import (
    DECIDERS,
    DETERMINER_WORDS,
    GOVERNMENT_ROLES,
    HONORIFIC_WORDS,
    OBJECT_FOLLOWERS,
    PEOPLE,
    SEAT_ROLES,
    seat_role,
)

MEMBER_NOUNS = {"official", "member", "activist", "organiser", "organizer", "delegate", "representative", "steward"}
#: Verbs whose subject a role before them is ("X, the Prime Minister wrote"): no apposition to X.
VERBS_AFTER = {"has", "had", "have", "wrote", "writes", "said", "says", "told", "tells", "will", "would", "did",
               "could", "announced", "added", "insisted", "replied"}
#: Offices of one devolved government whatever the text's nation.
DEVOLVED_ROLE_NATIONS = {"counsel-general": "wales", "lord-advocate": "scotland"}
#: Words that name a nation before or after a government office ("Scotland's First Minister").
NATION_WORDS = {"scotland": "scotland", "scottish": "scotland", "wales": "wales", "welsh": "wales",
                "northern": "northern-ireland", "stormont": "northern-ireland", "holyrood": "scotland"}
#: Offices of a party itself: without an organisation named, the party in context holds them.
PARTY_OFFICES = {"general-secretary", "president", "treasurer", "chief-whip", "deputy-chief-whip"}
#: Offices a party's group (on a council, in a parliament) elects: named without an organisation just
#: after the group was the last organisation named, they are the group's.
GROUP_OFFICES = {"leader", "deputy-leader", "chief-whip", "whip", "deputy-whip", "chair", "vice-chair", "secretary",
                 "treasurer", "group-leader", "business-manager"}


#: Organisations and offices whose former holders an apposition states: a council's and a group's
#: leadership ("former council leader X", "X, a former leader of Tameside Council"). A party's, a
#: government's or an officer's former post is background the gold files leave out.
FORMER_ORG_KINDS = {"COUNCIL", "GROUP"}
FORMER_ROLES = {"leader", "deputy-leader", "co-leader"}
#: Words that describe a group between a verb of leading and its name ("led the joint Green and
#: Independent group", "leads the main opposition group"): the group is still what was led.
GROUP_DESCRIBING = {"joint", "ruling", "opposition", "largest", "main", "official"}
#: Verbs whose subject an office after them belongs to ("A becomes cabinet member for finance, B ...").
PREDICATE_VERBS = {"becomes", "became", "become", "remains", "remained", "takes", "took"}
#: Words that describe a person between an article and the party before their office ("a young Labour
#: councillor", "a veteran Conservative MP"), passed over to find the apposition.
DESCRIBING_WORDS = {"young", "veteran", "senior", "prominent", "backbench", "rookie", "long-serving", "popular"}


def _describing_words_before(s: Sentence, i: int) -> int:
    """The first token of the describing words ending just before token ``i`` after an article: "a
    30-year-old", "a young"; ``i`` itself when there are none (or no article before them)."""
    j = i
    if j >= 5 and s.lower[j - 5].isdigit() and s.lower[j - 4:j] == ["-", "year", "-", "old"]:
        j -= 5  # "30-year-old" is five tokens
    while j > 0 and s.lower[j - 1] in DESCRIBING_WORDS:
        j -= 1
    return j if j < i and j > 0 and s.lower[j - 1] in ("a", "an", "the") else i


class OfficeRules:
    """Rules for offices held, elections, appointments and selections."""

    def org_of_role(self, s: Sentence, role: Mention, person_side: str = "before") -> Entity | None:
        """The organisation a role mention is in: "leader of X", "X's chief executive", "the Scottish
        Labour leader", "the party president" (the party in context), "the council leader", "Lord
        Provost" (the council in context)."""
        if role.possessor is not None and role.possessor.kind != "PERSON":
            return role.possessor  # not "Aitken's deputy leader of the council": a person's is the office's
        k = role.first - 1
        while k > 1 and s.lower[k] in ("two", "three", "four", "joint", "other", "new"):
            k -= 1
        owner = s.at(k - 1) if k < role.first - 1 and s.lower[k] in ("'s", "’s") else None
        if owner is not None and owner.entity is not None and owner.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
            return owner.entity  # "one of the council's two deputy leaders"
        j = role.last + 1
        if role.role == "councillor" and j + 1 < s.n and s.lower[j] == "from" and s.title(j + 1):
            # "a Conservative councillor from Stockton": the council of that place, if the graph knows it
            # (not the council in context)
            last = j + 1
            while last + 1 < s.n and s.title(last + 1):
                last += 1
            return self.linker.council_named(" ".join(s.words[j + 1:last + 1]))
        if j < s.n and s.lower[j] in ("of", "for", "on", "in") and not (
                s.lower[j] == "in" and j + 2 < s.n and s.lower[j + 1] == "the" and s.lower[j + 2] == "chair"):
            for k in range(j + 1, min(s.n, j + 4)):
                nxt = s.at(k)
                if nxt is None:
                    if s.lower[k] in ("the", "a", "an"):
                        continue
                    break
                if nxt.last + 2 < s.n and s.lower[nxt.last + 1] in ("'s", "’s"):
                    # "leader of Newcastle's ruling Labour group": the organisation possessed
                    owned = next((x for x in s.mentions if nxt.last + 1 < x.first <= nxt.last + 4
                                  and x.entity is not None and x.entity.kind in ORG_KINDS - {"COLLECTIVE"}), None)
                    if owned is None:
                        return None  # "a member of Croydon's improvement panel": a body the text does not name
                    nxt = owned
                party = s.at(nxt.last + 1) if nxt.last + 1 < s.n else None
                if nxt.entity is not None and nxt.entity.kind != "PARTY" and party is not None and \
                        party.entity is not None and party.entity.kind == "PARTY":
                    return party.entity  # "leader of the UK Liberal Democrats": the party, not a place
                if nxt.entity is not None and nxt.entity.kind in ORG_KINDS | {"POLICY", "PLACE"}:
                    if role.role in SEAT_ROLES and s.lower[j] == "for":
                        # "the MP for Ashfield": the constituency, not the council of the same name
                        return nxt.entity if nxt.entity.kind == "PLACE" else self.linker.constituency(nxt.text)
                    if nxt.entity.kind == "PLACE" and role.role not in GOVERNMENT_ROLES:
                        if s.lower[j] == "of" or (role.role == "member" and s.lower[j] == "for"):
                            # "the Mayor of London": the place's own authority
                            return self.linker.authority(_whole_name(s, nxt), role.role == "mayor") \
                                if s.lower[j] == "of" else \
                                self.linker.council_named(nxt.text) or self.linker.organisation(nxt.text)
                        # "councillor for Bruce Grove": the ward's council, named before or in context
                        return self.place_before(s, role) or self.linker.council(nxt.text) or \
                            self.linker.council_in_context()
                    if nxt.entity.kind == "PLACE":  # "First Minister of Wales": that nation's government
                        return self.government_of(s, role, (role.role_text or role.text).lower().split())
                    return nxt.entity
                break
        signed = s.at(j + 1) if j + 1 < s.n and s.lower[j] == "," else None
        if signed is not None and signed.first == j + 1 and signed.entity is not None and \
                signed.entity.kind in ORG_KINDS - {"COLLECTIVE"} and (signed.last + 1 >= s.n or s.lower[signed.last + 1]
                                                                      in (".", "\n")):
            return signed.entity  # a signature: "Jane Smith MLA, Leader, Alliance Party"
        prev = s.at(role.first - 1) if role.first > 0 else None
        if prev is not None and prev.entity is not None and prev.entity.kind in ORG_KINDS - {"COLLECTIVE"} and \
                not (prev.entity.kind == "PARTY" and _council_role(role.role)):
            # "the Scottish Labour leader", "SNP leader"; but "the Labour mayor", "Green councillor X": the
            # holder's party, the office the council's
            return prev.entity
        words = (role.role_text or role.text).lower().split()
        if "shadow" in words:  # the opposition's front bench: an office in the party
            return self.linker.last({"PARTY"})
        if role.role in SEAT_ROLES:
            return None
        bare = [w for w in words if w not in ("the", "a", "an")]
        if role.role in GOVERNMENT_ROLES or (_portfolio(words) and role.role != "spokesperson") or \
                _minister(bare) or "secretary of state" in " ".join(words) or bare[:2] == ["cabinet", "secretary"]:
            return self.government_of(s, role, bare)
        place = self.place_before(s, role)
        if place is not None:
            return place
        if role.role in ("chair", "vice-chair") and _bracketed_party(s):
            # "Councillor X (Labour), the outgoing Chairman": a party in brackets is the member's, and the
            # chair of a meeting that names members so is the council's
            council = self.linker.council_in_context()
            if council is not None:
                return council
        if "council" in words or _council_role(role.role):
            # a council's office is never a party's: without a council in context, no organisation
            return self.linker.council_in_context() or _council_of(self.linker.last({"COLLECTIVE"}))
        if "party" in words:
            return self.linker.party_of_office()
        if "group" in words:
            return self.linker.last({"GROUP"})
        if any(w in ("its", "their") for w in words):
            return self._their_group(s, role) or self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})
        if role.first > 0 and s.lower[role.first - 1] == "our" and role.role in ("leader", "deputy-leader"):
            return self.linker.party_of_office()  # "Sir Keir Starmer, our leader": the writer's party
        if self.last_elected is not None and role.role in ("deputy-leader", "leader") and \
                self.last_elected.object.kind in ("GROUP", "COUNCIL", "PARTY", "BODY") and \
                self.last_elected.object.noun != "authority":  # a mayor's authority has no leader
            return self.last_elected.object
        last = self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})
        if last is not None and last.kind == "PARTY" and role.role in ("leader", "deputy-leader") and \
                _party_of_councillor(s, role, last):
            # "X, the Green councillor for Y, was elected leader": the party says what X is; a bare
            # leadership taken by a councillor is the council's in context (or nothing)
            return self.linker.council_in_context()
        if last is not None and last.kind == "GROUP" and role.role in GROUP_OFFICES:
            return last  # "The Labour group met. X was chosen as deputy leader": the group's officer
        if last is not None and last.kind == "GROUP" and role.role in ("chief-executive", "monitoring-officer"):
            return self.linker.council_in_context() or last  # "the chief executive, X": the council's officer
        if role.role in PARTY_OFFICES:
            return self.linker.party_of_office() or self.linker.last({"BODY", "COUNCIL", "GROUP"})
        if last is not None and last.noun == "authority":
            return self.linker.party_in_context()  # "the Mayor of Hull ... X, now the deputy leader": no mayor's
        return self.linker.party_in_context() if last is not None and last.kind == "PARTY" else last

    def _their_group(self, s: Sentence, role: Mention) -> Entity | None:
        """"Labour councillors chose her as their leader", "the Conservative group re-elected him as its
        leader": the group the clause's subject is (a party's councillors are its group on the council in
        context), not the party last named."""
        for m in reversed(s.mentions):
            if m.last >= role.first or m.entity is None:
                continue
            if role.first - m.last > 12:
                return None
            if m.entity.kind == "GROUP":
                return m.entity
            if m.entity.kind == "COLLECTIVE" and m.entity.noun == "councillors" and m.entity.party is not None:
                council = m.entity.council or self.linker.council_in_context()
                return self.linker.council_group(m.entity.party, council) if council is not None else None
            if m.entity.kind in ("PARTY", "COUNCIL", "BODY"):
                return None
        return None

    def government_of(self, s: Sentence, role: Mention, words: list[str]) -> Entity | None:
        """The government a government office belongs to. The Prime Minister, a secretary of state, the
        Chancellor and a "X secretary" are the UK Government's; a first minister, a "cabinet secretary
        for X", the Counsel General and the Lord Advocate a devolved government's: the nation the words
        around the role name ("Scotland's First Minister", "the Welsh First Minister"), else the nation
        the document is about (none: no organisation); a minister is the document's devolved
        government's, else the UK Government's."""
        if role.role in DEVOLVED_ROLE_NATIONS:
            return self.linker.government(DEVOLVED_ROLE_NATIONS[role.role])
        if " ".join(words[:2]) == "cabinet secretary" or role.role in ("first-minister", "deputy-first-minister"):
            nation = self._nation_near(s, role) or self.linker.nation
            return self.linker.government(nation) if nation else None
        if _minister(words):
            return self.linker.government(self._nation_near(s, role) or self.linker.nation)
        return self.linker.government()  # "the Welsh secretary" is a Westminster post

    @staticmethod
    def _nation_near(s: Sentence, role: Mention) -> str | None:
        """The nation named just before or after a role: "Scotland's", "the Welsh", "of Wales"."""
        near = [s.lower[k] for k in range(max(0, role.first - 3), role.first)] + \
            [w.lower() for w in (role.role_text or "").split()[:2]]
        if role.last + 2 < s.n and s.lower[role.last + 1] == "of":
            near += s.lower[role.last + 2:role.last + 4]
        for word in near:
            if word in NATION_WORDS:
                return NATION_WORDS[word]
        return None

    def possessives(self, s: Sentence) -> None:
        """"Labour's National Executive Committee": a body of the party (part_of)."""
        for m in s.mentions:
            if m.possessor is None or m.entity is None or m.label == "ROLE":
                continue
            if m.possessor.kind == "PARTY" and m.entity.kind == "BODY" and m.entity != m.possessor:
                a, _ = self.evidence_span(s, m.first - (2 if m.text == m.entity.label else 0), m.last)
                if m.text != m.entity.label and m.text.startswith(m.possessor.label) is False:
                    a = s.char(m.first)
                self.add(Fact("part_of", m.entity, m.possessor, a, s.char_end(m.last), "part-of-possessive", 0.8))

    def leadership_possessed(self, s: Sentence) -> None:
        """"Theresa May's leadership is no longer in the interests of the party", "a challenge to X's
        leadership": X leads the party in context (or the organisation after "of": "X's leadership of the
        council"). Not a former, a future or a shared leadership ("X's leadership bid", "campaign", "hopes"
        name a contest, not an office held)."""
        for k in range(2, s.n):
            if s.lower[k] != "leadership" or s.lower[k - 1] not in ("'s", "’s"):
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
                while i > 0 and s.title(i - 1) and s.at(i - 1) is None and s.lower[i - 2] in ("a", "an", "the"):
                    i -= 1
            prev_org = s.at(i - 1) if i > 0 else None
            if prev_org is not None and prev_org.entity is not None and prev_org.label != "ROLE" and \
                    prev_org.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
                i = prev_org.first  # "the Scottish Labour leader": the party names the office
                i = _describing_words_before(s, i)  # "a 30-year-old Conservative councillor", "a veteran Labour MP"
            while i > 0 and s.lower[i - 1] in ("the", "a", "an", "its", "his", "her", "their", "then", "current",
                                               "now", "our"):  # "Richard Tice, now the deputy leader"
                i -= 1
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
            if titled is not None and titled.label in ("PERSON", "NAME"):
                prev = None
            if prev is None and i >= 2 and s.lower[i - 1] in ("is", "was"):
                prev = s.at(i - 2)
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
                if j < s.n and s.lower[j] in (",", "("):  # "the Mayor (Councillor X) in the Chair"
                    j += 1
                while j < s.n and s.lower[j] in HONORIFIC_WORDS:
                    j += 1
                j = _past_party(s, j) if j > m.last + 1 else j
                nxt = s.at(j) if j < s.n else None
                if m.role == "councillor" and m.text in ("Councillor", "Cllr") and nxt is not None:
                    # "Councillor X": a form of address (minutes, letters name every member so), not
                    # news that X is a councillor of the council in context
                    nxt = None
                after = s.at(nxt.last + 1) if nxt is not None and nxt.last + 1 < s.n else None
                if after is not None and after.label == "ROLE" and s.lower[m.last + 1] == ",":
                    nxt = None  # "appointed A health secretary, B education secretary": each name's own role
                if i > 0 and s.lower[i - 1] in PREDICATE_VERBS and s.lower[m.last + 1] == ",":
                    nxt = None  # "A becomes cabinet member for finance, B takes ...": A's office, not B's
                if nxt is not None and _kind(nxt) == "PERSON" and nxt.label != "PRON":
                    people, rule = _coordinated_from(s, nxt) or [nxt], "office-title"
                    if m.text.lower().rstrip("s") == m.text.lower():
                        people = people[:1]  # a singular role names one person
                # ROLE of ORG , PERSON
                if not people and j < s.n and m.last + 1 < s.n and s.lower[m.last + 1] == "of":
                    org = s.at(m.last + 2) or (s.at(m.last + 3) if m.last + 3 < s.n else None)
                    if org is not None:
                        k = org.last + 1
                        if k < s.n and s.lower[k] == ",":
                            k = _past_party(s, k + 1)
                        nxt = s.at(k) if k < s.n else None
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
            org = self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS | {"POLICY"} and not (org.kind == "PLACE" and m.role in SEAT_ROLES):
                continue
            if former and (org.kind not in FORMER_ORG_KINDS or m.role not in FORMER_ROLES):
                continue  # "former council leader X": held (undated); a party's or a minister's past is background
            if m.role == "member" and (org.kind == "PARTY" or org.kind == "BODY" and not _seated_body(org.label)):
                continue  # "a member of the Socialist Campaign Group": a membership (membership.py), no seat
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
        for k in range(s.n - 2):
            if s.lower[k] != "councillors" or s.lower[k + 1] != ":":
                continue
            if any(w in ("former", "ex", "prospective", "would-be") for w in s.lower[max(0, k - 3):k]) or s.hedged(k):
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

    def officers_listed(self, s: Sentence) -> None:
        """"a new top team: A as leader, B of Southwick as his deputy, C as chief whip and D as group
        chair": a list of "PERSON as ROLE" items (two or more, each opened by the list's ":" / "," /
        "and" / "with", no verb in it) names each person's office. The offices are one
        organisation's: the one an item names ("group chair"), else the first item's."""
        items: list[tuple[Mention, Mention, str | None]] = []
        for k in range(1, s.n - 2):
            if s.lower[k] != "as":
                continue
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
            while k > 0 and s.lower[k] in ("the", "a", "an", "new", "current", "its", "their"):
                k -= 1
            if k < 1 or s.lower[k] not in ("is", "was") or s.hedged(k) or (k + 1 < s.n and s.lower[k + 1] == "not"):
                continue
            if m.possessor is not None and _kind_of(m.possessor) == "PERSON":
                continue  # "is Smith's deputy": whose deputy is another fact
            # "X, the candidate and until last year the director of Y, is ...": an aside closing before the
            # verb hangs on the clause's first person
            people = self._before_aside(s, k) or [p for p in self.people_before(s, k) if _kind(p) == "PERSON"
                                                  and p.entity is not None and p.label != "PRON"]
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
        holder: tuple[Mention, Mention, bool] | None = None  # the last role read: (person, role, begun)
        for m in s.mentions:
            if m.label != "ROLE" or m.role in (None, "candidate", "member") or m.role in SEAT_ROLES or \
                    "former" in m.text.lower():
                holder = None
                continue
            if holder is not None and m.first >= 2 and s.lower[m.first - 1] == "and" and \
                    s.at(m.first - 2) is holder[1]:
                self._relative_fact(s, holder[0], m, holder[2])  # "... SNP leader and First Minister"
                continue
            k = m.first - 1
            while k > 0 and (s.lower[k] in ("the", "a", "an", "its", "their", "'s", "’s", "acting", "interim")
                             or (s.at(k) is not None and _kind(s.at(k)) in ORG_KINDS)):
                k = s.at(k).first - 1 if s.at(k) is not None and s.at(k) is not m else k - 1
            begun = s.lower[k] in ("became", "becomes")
            if s.lower[k] == "been" and k > 0 and s.lower[k - 1] in ("has", "had"):
                k -= 1
            elif s.lower[k] not in ("is", "was", "became", "becomes"):
                holder = None
                continue
            person = s.at(k - 3) if k >= 3 and s.lower[k - 1] == "who" and s.lower[k - 2] == "," else None
            if person is None or _kind(person) != "PERSON" or person.entity is None or person.label == "PRON":
                holder = None
                continue
            holder = (person, m, begun) if self._relative_fact(s, person, m, begun) else None

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
            k = m.last + 1
            if k + 1 < s.n and s.lower[k] in ("are", "were") and m.text.lower().endswith("s") and not s.hedged(k):
                self._roles_are(s, m, k)  # "His deputy leaders are A, ..., and B"
                continue
            if k + 1 >= s.n or s.lower[k] not in ("is", "was") or s.hedged(k):
                continue
            person = s.at(k + 1)
            if person is None or _kind(person) != "PERSON" or person.entity is None or person.label == "PRON" or \
                    (person.last + 1 < s.n and s.lower[person.last + 1] not in (".", ",", ";", "and", "(")) or \
                    s.lower[:m.first].count(",") or any(s.at(x) is not None for x in range(max(0, m.first - 3), m.first)):
                continue  # the role opens its clause: not "X said the leader is Y's friend"
            org = self._deputy_of(s, m) or self.org_of_role(s, m)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                continue
            a, b = self.evidence_span(s, m.first, person.last)
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

    def _deputy_of(self, s: Sentence, role: Mention) -> Entity | None:
        """"his deputy", "her deputy leader": the organisation whose office the text last gave the person
        the pronoun stands for (the person the sentence before was about)."""
        words = (role.role_text or role.text).lower().split()
        if role.role != "deputy-leader" or not words or words[0] not in ("his", "her"):
            return None
        person = self.linker.last_subject(gender="m" if words[0] == "his" else "f")
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
            if party is not None and party.first == k + 1 and _kind(party) == "PARTY" and party.entity is not None \
                    and s.lower[party.last + 1] == ")" and not party.entity.label.lower().startswith("independent"):
                a, b = self.evidence_span(s, m.first, party.last + 1)
                self.add(Fact("member_of", m.entity, party.entity, a, b, "member-bracket", 0.7, is_start=False))
            # PERSON , a ORG official
            if k + 3 < s.n and s.lower[k] == "," and s.lower[k + 1] in ("a", "an"):
                org = s.at(k + 2)
                if org is not None and org.entity is not None and org.entity.kind in ("BODY", "ORG") and \
                        org.last + 1 < s.n and s.lower[org.last + 1] in MEMBER_NOUNS:
                    a, b = self.evidence_span(s, m.first, org.last + 1)
                    self.add(Fact("member_of", m.entity, org.entity, a, b, "member-apposition", 0.7, is_start=False))

    def rule_elect(self, s: Sentence, name: str, start: int, end: int) -> None:
        if s.hedged(start) or (start + 1 < s.n and s.lower[start + 1] == "to"):
            return
        passive = _passive(s, start)
        aside: set[int] = set()
        as_pairs: list[tuple[Mention, Mention]] = []
        if not passive and end < s.n and s.lower[end] == "by" and start and s.at(start - 1) is None:
            return  # "a team chosen by Downing Street": a thing described, no one appointed
        if start and s.lower[start - 1] in ("is", "are", "be") and not s.resolution(start):
            return  # "until a new leader is elected": not yet
        if passive:
            people = self.people_before(s, start)
            if not people and start > 0 and s.lower[start - 1] in ("was", "were", "been", "be"):
                # "X, the former minister who joined Reform last year, was elected ...": the one the
                # aside describes (the relative clause has its own subject)
                subject = _passive_subject(s, start)
                people = [subject] if subject is not None and _kind(subject) == "PERSON" else []
                # and the aside's dates are its own ("joined Reform last year"), not the election's
                aside = {d.first for d in s.dates() if people and people[0].last < d.first < start}
        else:
            people = [m for m in s.after(start, PEOPLE | {"COLLECTIVE"}, limit=4)]
            as_pairs = _as_pairs(s, people[0]) if people else []
            people = [p for p, _ in as_pairs] if len(as_pairs) > 1 else \
                _coordinated_from(s, people[0]) if people else self._her_before_role(s, end)
        people = [p for p in people if p.entity is not None and p.entity.kind in ("PERSON", "COLLECTIVE")]
        if not people:
            return
        after_people = max(p.last for p in people) if not passive else start
        if not passive and people[0].label == "PRON" and people[0].first == end and s.at(end) is not None:
            after_people = end - 1  # "appointed her General Secretary": the role "her" was read into
        roles = [m for m in s.mentions if m.label == "ROLE" and m.first > after_people and m.first - after_people <= 12]
        as_roles = [r for r in roles if "as" in s.lower[max(after_people, r.first - 4):r.first]]
        if not as_roles and not passive:
            as_roles = self._as_after_aside(s, after_people, s.lower[start] in ("made", "makes", "make"))
        role = None
        if as_roles:
            role = as_roles[0]
        elif roles and (passive or roles[0].first - after_people <= 2):
            role = roles[0]
        appointer = self.appointer(s, start, end, passive, people)
        when, _ = self.date_near(s, start, event=True, exclude=aside)
        if role is not None and role.role == "candidate":
            self.selection(s, start, end, people, role, appointer, when)
            return
        if s.lower[start] == "nominated" and (end < s.n and s.lower[end] == "for" or _kind_of(
                appointer.entity if appointer is not None else None) in ("PERSON", "PARTY")):
            # "X nominated Y", "the DUP nominated Y", "Y was nominated for the office of Chairman": a
            # proposal to the body that decides, not an appointment (the body's office, if any, is read
            # from its resolution)
            if end < s.n and s.lower[end] == "for":
                return
            appointer = None
        if appointer is not None:
            a, b = self.evidence_span(s, min([appointer.first, start] + [p.first for p in people]),
                                      max([p.last for p in people] + [role.last if role else end - 1]))
            self.deciders[s.paragraph] = appointer.entity
            for p in people:
                self.add(Fact("decided", appointer.entity, p.entity, a, b, "decided-appoint", 0.75, action="appoint",
                              when=when))
        if role is None and passive and s.lower[start] == "elected":
            # "Poots had been elected on 14 May": to the office the text has given them
            for p in people:
                office = self.offices.get(p.entity.iri) if p.entity.kind == "PERSON" else None
                dated = [d for d in s.dates() if s.segment(d.first) == s.segment(start)]
                if office is not None and office.role and dated and when is not None:
                    a, b = self.evidence_span(s, p.first, dated[0].last)
                    self.add(Fact("holds_office", p.entity, office.object, a, b, "elected-to-office", 0.7,
                                  role=office.role, when=when, is_start=True, seat=True))
            return
        people = [p for p in people if p.entity.kind == "PERSON"]
        if not passive and len(as_pairs) > 1:
            # "appointed A as managing director commissioner and B as a commissioner": each their own office
            for p, own in as_pairs:
                if p in people:
                    self.elected_to(s, start, passive, [p], own, when)
            return
        paired = [s.at(p.last + 1) if p.last + 1 < s.n else None for p in people]
        if len(people) > 1 and all(r is not None and r.label == "ROLE" for r in paired):
            # "appointed A levelling up secretary, B education secretary and C Welsh secretary": each
            # person has the office named after them
            for p, own in zip(people, paired):
                self.elected_to(s, start, passive, [p], own, when)  # type: ignore[arg-type]
            return
        if role is None and not passive and people and self._chosen_to_lead(s, people, when):
            return
        self.elected_to(s, start, passive, people, role, when)

    #: "chose X to chair the 1922 Committee", "picked her to head their group": the office of each verb.
    LEAD_VERBS = {"lead": "leader", "head": "leader", "chair": "chair", "run": "leader", "convene": "convener"}

    def _chosen_to_lead(self, s: Sentence, people: list[Mention], when: When | None) -> bool:
        """"Conservative MPs chose Bob Blackman to chair the 1922 Committee", "Labour councillors picked
        her to head their group": the person holds the office the verb names, in the organisation after
        it."""
        k = max(p.last for p in people) + 1
        if k + 2 >= s.n or s.lower[k] != "to" or s.lower[k + 1] not in self.LEAD_VERBS:
            return False
        org = next((m for m in s.mentions if k + 1 < m.first <= k + 4 and m.entity is not None
                    and m.entity.kind in ORG_KINDS - {"COLLECTIVE"}), None)
        if org is None:
            return False
        a, b = self.evidence_span(s, people[0].first, org.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org.entity, a, b, "elected-to-lead", 0.75,
                              role=self.LEAD_VERBS[s.lower[k + 1]], when=when, is_start=True, seat=True))
        return True

    def _her_before_role(self, s: Sentence, end: int) -> list[Mention]:
        """"appointed her General Secretary of the party": "her" read into the role is the object, the
        woman the text was about; the role without it is the office."""
        role = s.at(end) if end < s.n else None
        if role is None or role.label != "ROLE" or role.first != end or s.lower[end] != "her":
            return []
        person = self.linker.last_subject(gender="f")
        if person is None or person.kind != "PERSON":
            return []
        return [Mention(role.start, role.start + 3, "her", "PRON", end, end, person)]

    @staticmethod
    def _as_after_aside(s: Sentence, person_last: int, made: bool = False) -> list[Mention]:
        """"appointed Richard Holden, the MP for X and until then a roads minister, as chairman of Y": the
        role after ", as" that closes an aside begun by a comma just after the person (up to 20 words
        on); after "made", the role that closes it at once ("made X, who held the portfolio, its deputy
        leader"). The aside's own roles are not the appointment's. Cost: a look at 20 words."""
        if person_last + 1 >= s.n or s.lower[person_last + 1] != ",":
            return []
        for k in range(person_last + 2, min(s.n - 1, person_last + 22)):
            if s.lower[k] == "," and s.lower[k + 1] == "as":
                return [m for m in s.mentions if m.label == "ROLE" and k + 1 < m.first <= k + 4][:1]
            if made and s.lower[k] == "," and s.lower[k + 1] in ("its", "their", "the", "a", "an"):
                role = s.at(k + 1)
                if role is not None and role.label == "ROLE" and role.first == k + 1 and \
                        (role.last + 1 >= s.n or s.lower[role.last + 1] in (".", ";", "of")):
                    return [role]
        return []

    def elected_to(self, s: Sentence, start: int, passive: bool, people: list[Mention], role: Mention | None,
                   when: When | None) -> None:
        """The office ``people`` were elected or appointed to: the role's organisation, a post in the
        government, or the body that elected them."""
        if role is None or role.role is None or "former" in role.text.lower():
            return
        org = self.org_of_role(s, role)
        shadow = "shadow" in (role.role_text or role.text).lower().split()  # the opposition's: never the government's
        if org is None and not shadow and (role.role in GOVERNMENT_ROLES - SEAT_ROLES or
                                           _portfolio((role.role_text or "").lower().split())):
            org = self.linker.government()  # "appointed X as chancellor": a post in the government
        if org is None:
            electors = s.before(start, DECIDERS, limit=12)
            if electors and not passive:
                org = electors[-1].entity
                if org is not None and org.kind == "COLLECTIVE":
                    org = org.party or self.linker.last({"GROUP", "PARTY", "BODY", "COUNCIL"})
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"} or not people:
            return
        first = min([p.first for p in people] + [start])
        a, b = self.evidence_span(s, first, role.last + (3 if role.last + 1 < s.n and s.lower[role.last + 1] == "of"
                                                         else 0))
        for p in people:
            self.add(Fact("holds_office", p.entity, org, a, b, "elected-to-office", 0.85, role=role.role, when=when,
                          is_start=True, seat=True))
        self.election_decided(s, start, start + 1, passive, people, org, role.role, when, a, b)

    def appointer(self, s: Sentence, start: int, end: int, passive: bool,
                  people: list[Mention]) -> Mention | None:
        """Who appointed: the subject of "X appointed Y" / "X named Y", or the agent of "Y was appointed
        by X". An election is no one's decision."""
        if s.lower[start] not in ("appointed", "named", "picked", "installed", "made", "nominated", "chose", "chosen"):
            return None
        if passive:
            agent = self.agent(s, start, end, "appoint")
            if isinstance(agent, Mention):
                return agent
            decider = self.deciders.get(s.paragraph)
            if decider is not None:
                return Mention(0, 0, decider.label, "CONTEXT", start, start, decider)
            return None
        subject = self.subject_before(s, start, DECIDERS | {"PERSON"}) or self._role_holder(s, start)
        if subject is None or subject.entity is None or subject in people:
            return None
        if subject.entity.kind == "COLLECTIVE":
            institution = self.linker.institution(subject.entity.noun or "", subject.entity.council)
            if institution is not None and (subject.entity.party is not None or self._party_collective(s, subject)):
                # "Conservative MPs chose X", "Labour councillors picked her": a party's members in a
                # House or a council choosing an officer of their own group, not that House's decision
                return None
            if institution is None:
                # "the party's Senedd members nominated X": the group itself, if it belongs to a party
                return subject if subject.entity.party is not None else None
            return Mention(subject.start, subject.end, subject.text, "CONTEXT", subject.first, subject.last, institution)
        return subject

    def _role_holder(self, s: Sentence, start: int) -> Mention | None:
        """"the new Leader named X as her deputy", "the Prime Minister had appointed X": an office as the
        subject of an appointment stands for the one the document gave it to (the last holder of that
        office in that organisation)."""
        boundary = _clause_start(s, start)
        role = next((m for m in s.mentions if m.label == "ROLE" and m.role and boundary <= m.first and m.last < start),
                    None)
        if role is None or any(_kind(m) == "PERSON" for m in s.mentions if role.last < m.first < start):
            return None
        org = self.org_of_role(s, role)
        holder = next((f.subject for f in reversed(self.facts) if f.relation == "holds_office" and f.role == role.role
                       and f.subject.kind == "PERSON" and (org is None or f.object == org)), None)
        if holder is None:
            return None
        return Mention(role.start, role.end, role.text, "CONTEXT", role.first, role.last, holder)

    def selection(self, s: Sentence, start: int, end: int, people: list[Mention], role: Mention,
                  selector: Mention | None, when: When | None) -> None:
        """"Sadiq Khan was selected as Labour's candidate", "Labour has chosen Michael Shanks as its
        candidate": the party selected them."""
        party = role.possessor
        if party is None and selector is not None:
            party = selector.entity
        if party is None:
            subject = self.subject_before(s, start, DECIDERS)
            party = subject.entity if subject is not None else None
        if party is None:
            party = self.deciders.get(s.paragraph) or self.linker.topic
        if party is None or party.kind not in DECIDERS:
            return
        a, b = self.evidence_span(s, min([start] + [p.first for p in people]), role.last)
        for p in people:
            if p.entity.kind == "PERSON":
                self.add(Fact("decided", party, p.entity, a, b, "decided-select", 0.75, action="select", when=when))

    def rule_elected(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Jon Lansman, Yasmine Dar and Rachel Garnham, who were elected to the committee's ... section on
        15 January": seats on a body."""
        if s.hedged(start):
            return
        body = next((m for m in s.after(end - 1, {"BODY", "COUNCIL", "PARTY", "GROUP"}, limit=4)), None)
        if body is None or body.entity is None:
            return
        people = self.people_before(s, start)
        when, _ = self.date_near(s, start, event=True)
        a, b = self.evidence_span(s, min([p.first for p in people] + [start]), body.last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                role = seat_role(body.entity.label, body.entity.kind)
                self.add(Fact("holds_office", p.entity, body.entity, a, b, "elected-to-body", 0.8, role=role,
                              when=when, is_start=True, seat=True))

    def rule_succeed(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"She replaces Iain McNicol": remembered, so that McNicol's resignation is from that office."""
        successor = self.people_before(s, start)
        predecessor = s.after(start, PEOPLE, limit=4)
        if successor and predecessor and successor[0].entity is not None and predecessor[0].entity is not None:
            office = self.offices.get(successor[0].entity.iri)
            if office is not None:
                self.offices.setdefault(predecessor[0].entity.iri, office)
            # "Sir Keir Starmer, who succeeded Corbyn as leader in April": the successor took the office
            k = predecessor[0].last + 1
            role = s.at(k + 1) if k + 1 < s.n and s.lower[k] == "as" else None
            if s.hedged(start) or successor[0].entity.kind != "PERSON":
                return
            if role is None:
                self._predecessor_held(s, start, successor[0], predecessor[0], office)
            office = self.left.get(successor[0].entity.iri) or office
            if role is None and office is not None and office.role and s.lower[start + 1:start + 2] == ["over"]:
                # "Price took over from Leanne Wood in 2018": when the office the text gave them began
                dated = [d for d in s.dates() if d.first > start and s.segment(d.first) == s.segment(start)
                         and not d.text.lower().startswith(("until", "since"))]
                if dated:
                    when = self.when_of(dated[0], s, start)
                    a, b = self.evidence_span(s, successor[0].first, dated[0].last)
                    self.add(Fact("holds_office", successor[0].entity, office.object, a, b, "office-took-over", 0.7,
                                  role=office.role, when=when, is_start=True, seat=True))
                return
            if role is None or role.label != "ROLE" or role.role is None:
                return
            org = self.org_of_role(s, role) or (self.offices[predecessor[0].entity.iri].object
                                                if predecessor[0].entity.iri in self.offices else None)
            if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"}:
                return
            when, _ = self.date_near(s, start, event=True)
            a, b = self.evidence_span(s, successor[0].first, role.last)
            self.add(Fact("holds_office", successor[0].entity, org, a, b, "office-succeeded", 0.75, role=role.role,
                          when=when, is_start=True, seat=True))

    def rule_leadership(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Gething beat Miles for the leadership in March", "she won the Welsh Labour leadership": the
        winner became leader of the party named (or in context)."""
        verb = next((k for k in range(start - 1, max(-1, start - 7), -1) if s.lower[k] in WIN_VERBS), None)
        if verb is None or s.hedged(verb) or s.requested(verb):
            return
        winner = self.subject_before(s, verb, {"PERSON"})
        if winner is None and verb > 0 and s.lower[verb - 1] in ("who", "he", "she"):
            people = self.people_before(s, verb)
            winner = people[0] if people else None
        if winner is None or winner.entity is None or winner.entity.kind != "PERSON":
            return
        owner = next((m for m in reversed(s.mentions) if verb < m.first and m.last < start and m.entity is not None
                      and m.entity.kind in ("PARTY", "BODY", "GROUP")), None)
        org = owner.entity if owner is not None else (
            _definite_party(self.linker) if "party" in s.lower[verb:start] else None) or \
            self.linker.topic or self.linker.last({"PARTY"})
        if org is None:
            return
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, winner.first, end - 1)
        self.add(Fact("holds_office", winner.entity, org, a, b, "office-won-leadership", 0.75, role="leader", when=when,
                      is_start=True, seat=True))

    def rule_led(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Claire Kober, who had led Haringey Council since 2008"; "the committee, which is chaired by Andy Kerr"."""
        if s.hedged(start):
            return
        word = s.lower[start]
        role = "chair" if word.startswith("chair") else "leader"
        if start + 1 < s.n and s.lower[start + 1] == "by":
            person = next(iter(s.after(start + 1, PEOPLE, limit=2)), None)
            org = _described_before(s, start) or next(iter(s.before(start, ORG_KINDS - {"COLLECTIVE"}, limit=6)), None)
            if person is None or org is None or person.entity is None or org.entity is None:
                return
            a, b = self.evidence_span(s, org.first, person.last)
            self.add(Fact("holds_office", person.entity, org.entity, a, b, f"{role}ed-by", 0.8, role=role,
                          is_start=False, seat=True))
            self.with_as(s, person.last + 1, org.entity)
            return
        if word in ("leading",):
            return
        org = _head_after(s, start, {"COUNCIL", "PARTY", "BODY", "GROUP"}, limit=3)
        if org is not None and any(s.at(k) is None and s.words[k].isalpha() and s.words[k].islower()
                                   and s.lower[k] not in DETERMINER_WORDS | {"both"} | GROUP_DESCRIBING
                                   for k in range(start + 1, org.first)):
            return  # "led earlier interventions at Slough": the organisation is not what was led
        people = self.people_before(s, start)
        if org is None or org.entity is None or not people:
            return
        led_all = [org] + self._also_led(s, org)
        for led in led_all:
            # "led the group since 2007 and the council since 2011": each its own date; "led the group
            # and the council since 2018": the one date of both
            since = [d for d in s.dates() if d.first > led.last and d.text.lower().startswith("since")]
            since = [d for d in since if d.first == led.last + 1] or [d for d in since if d.first > led_all[-1].last]
            when = self.when_of(since[0], s, start) if since else None
            a, b = self.evidence_span(s, people[0].first, since[0].last if since else led.last)
            for p in people:
                if p.entity is not None and p.entity.kind == "PERSON":
                    self.add(Fact("holds_office", p.entity, led.entity, a, b, f"{role}-since", 0.8, role=role,
                                  when=when, is_start=when is not None, seat=True))

    def with_as(self, s: Sentence, k: int, org: Entity) -> None:
        """"chaired by A, with B as its deputy chairman", "led by A, with B as her deputy", "with B as
        secretary": B holds the office named after "as" in the organisation just said to be led or
        chaired (the office is read right after the leader, within the same clause)."""
        if k < s.n and s.lower[k] == ",":
            k += 1
        if k + 3 >= s.n or s.lower[k] != "with":
            return
        person = s.at(k + 1)
        if person is None or person.first != k + 1 or _kind(person) != "PERSON" or person.entity is None:
            return
        j = person.last + 1
        if j >= s.n or s.lower[j] != "as":
            return
        j += 1
        if j < s.n and s.lower[j] in ("its", "their", "her", "his") and (s.at(j) is None or s.at(j).label == "PRON"):
            j += 1  # "with B as its secretary"
        role = s.at(j) if j < s.n else None
        if role is None or role.label != "ROLE" or role.role is None or role.role in SEAT_ROLES:
            return
        words = s.lower[role.first:role.last + 1]
        if any(w in ("of", "for") for w in words):
            return  # "with B as leader of the council": an office of its own, read by the apposition rules
        a, b = self.evidence_span(s, k, role.last)
        self.add(Fact("holds_office", person.entity, org, a, b, "office-with-as", 0.7, role=role.role,
                      is_start=False, seat=True))

    @staticmethod
    def _also_led(s: Sentence, org: Mention) -> list[Mention]:
        """"led both the Labour group and the council", "led the group since 2007 and the council
        since 2011": the organisation coordinated with the first (past its own "since" date)."""
        k = org.last + 1
        dated = next((d for d in s.dates() if d.first == k and d.text.lower().startswith("since")), None)
        if dated is not None:
            k = dated.last + 1
        if k + 1 >= s.n or s.lower[k] != "and":
            return []
        k += 1
        while k < s.n and s.at(k) is None and s.lower[k] in ("the", "its", "their", "his", "her"):
            k += 1
        other = s.at(k) if k < s.n else None
        if other is None or other.entity is None or other.entity.kind not in {"COUNCIL", "PARTY", "BODY", "GROUP"} \
                or other.first != k:
            return []
        return [other]

    @staticmethod
    def _party_collective(s: Sentence, group: Mention | Entity) -> bool:
        """Whether a collective mention is a party's ("the SNP's MPs", "Labour's councillors"): a party
        or a party's possessive just before it."""
        if not isinstance(group, Mention) or group.first == 0:
            return False
        k = group.first - 1
        if s.lower[k] in ("'s", "’s") and k > 0:
            k -= 1
        prev = s.at(k)
        return prev is not None and _kind(prev) == "PARTY"

    def rule_serving(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Mike Russell ... is serving as interim chief executive"."""
        if s.hedged(start, 3):
            return
        k = end
        if k < s.n and s.lower[k] == "as":
            k += 1
        owner = s.at(k) if k < s.n else None
        if owner is not None and _kind(owner) == "PERSON" and owner.last + 2 < s.n and \
                s.lower[owner.last + 1] in ("'s", "’s"):
            k = owner.last + 2  # "stays on as Aitken's deputy leader of the council": the role after
        role = s.at(k) if k < s.n else None
        people = self.people_before(s, start) or self._aside_subject(s, start)
        if role is None or role.label != "ROLE" or role.role is None or not people or people[0].entity is None or \
                role.role in SEAT_ROLES:  # "has been an MSP since 2003": a seat as background, as in appositions
            return
        org = self.org_of_role(s, role)
        if org is None or org.kind not in ORG_KINDS - {"COLLECTIVE"} and not (org.kind == "PLACE" and role.role in SEAT_ROLES):
            return
        when, last = None, role.last
        if s.lower[start] in ("becomes", "became") and s.inherit is not None and not s.dates():
            # "X becomes deputy leader" after "At the meeting yesterday, Y was elected leader": an office
            # taken up, on the day the paragraph tells
            when = s.inherit
        # "had been acting leader since ...", "had been the MP for Streatham since 2010"
        since = next((k for k in range(role.last + 1, min(s.n, role.last + 6)) if s.lower[k] == "since"
                      and not any(s.lower[x] in (",", ";") for x in range(role.last + 1, k))), None)
        if since is not None:  # "had been acting leader since Ed Miliband resigned in May"
            dated = next((d for d in s.dates() if d.first >= since and s.segment(since) == s.segment(d.first)), None)
            if dated is not None and not dated.text.lower().startswith("since") or dated is not None:
                when, last = self.when_of(dated, s, dated.first), dated.last
        a, b = self.evidence_span(s, start, last)
        for p in people:
            if p.entity is not None and p.entity.kind == "PERSON":
                self.add(Fact("holds_office", p.entity, org, a, b, "office-serving", 0.7, role=role.role, when=when,
                              is_start=when is not None, seat=True))

    @staticmethod
    def _aside_subject(s: Sentence, start: int) -> list[Mention]:
        """"X, the Bolton MP who had been speaking on health, becomes spokesperson for ...": the person
        an aside closed just before the verb describes (``_passive_subject``), for a verb whose clause
        names no one."""
        if start == 0 or s.lower[start - 1] != ",":
            return []
        person = _passive_subject(s, start)
        return [person] if person is not None and _kind(person) == "PERSON" else []

    def rule_leaders(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"the people leading councils in Birmingham, Manchester, ... and scores more": the leader of each
        council (the person, where the graph knows who held the post on the publication date)."""
        j = end
        leaders: list[Entity] = []
        last_token = end - 1
        while j < s.n:
            if s.lower[j] in (",", "and", "–", "-"):
                j += 1
                continue
            m = s.at(j)
            if m is not None and m.entity is not None and m.entity.kind == "COUNCIL":
                council, last_token, j = m.entity, m.last, m.last + 1
            elif s.title(j) and m is None or (m is not None and m.label in ("NAME", "ORG", "PERSON", "PLACE")
                                               and m.last == m.first):
                word = s.words[j]
                council = self.linker.council(word) or self.linker.organisation(f"{word} Council", "COUNCIL")
                last_token, j = j, j + 1
            else:
                break
            leaders.append(self.linker.leader_of(council))
        if len(leaders) < 2:
            return
        group = next((m.entity for m in reversed(s.mentions) if m.first < start and m.entity is not None
                      and m.entity.kind == "COLLECTIVE"), None)
        a, b = self.evidence_span(s, start, last_token)
        if group is not None:
            group.members.extend(e for e in leaders if e not in group.members)
            group.members_span = (a, b)


# ------------------------------------------------------------------ helpers

#: Verbs of winning a contest: "beat Miles for the leadership", "won the party's leadership contest".
WIN_VERBS = {"won", "wins", "win", "winning", "beat", "beats", "beating", "defeated", "defeats", "defeating", "secured",
             "clinched", "took"}


#: Organisation kinds an apposition can describe ("the ERG, the caucus of ... chaired by X").
DESCRIBED_KINDS = {"BODY", "GROUP", "PARTY", "COUNCIL"}


def _described_before(s: Sentence, k: int) -> Mention | None:
    """The organisation an apposition ending at ``k`` describes: "the European Research Group, the
    caucus of Eurosceptic Conservatives chaired by X", "Momentum, a grassroots movement led by X", "the
    Northern Independents, a breakaway group led by X": the name before the comma, not an
    organisation inside the apposition's "of"-phrase. The apposition starts with an article and a
    lowercase word and holds no other comma."""
    for c in range(k - 1, max(-1, k - 13), -1):
        if s.lower[c] in (";", "(", ")") or s.words[c] in ("—", "–"):
            return None
        if s.lower[c] != ",":
            continue
        if c + 2 >= k or s.lower[c + 1] not in ("the", "a", "an") or not s.words[c + 2].islower():
            return None
        named = s.at(c - 1) if c > 0 else None
        if named is None or named.last != c - 1 or named.entity is None or _kind(named) not in DESCRIBED_KINDS:
            return None
        return named
    return None


#: Words after "X's leadership" that make it a contest or a plan, not an office held.
LEADERSHIP_CONTESTS = {"bid", "bids", "campaign", "campaigns", "hopes", "ambitions", "challenge", "contest",
                       "race", "rival", "rivals", "election", "candidacy"}


def _past_second_title(s: Sentence, j: int) -> int:
    """After a title, the end of a second one coordinated with it before a name: "SNP Leader and First
    Minister X" (j is at "and": returns the token after "First Minister"); ``j`` unchanged otherwise."""
    if j + 1 >= s.n or s.lower[j] != "and" or not s.words[j - 1][:1].isupper():
        return j  # titles before a name are capitalised: not "vacated the chair and Councillor X presided"
    second = s.at(j + 1)
    if second is None or second.label != "ROLE" or second.first != j + 1 or second.role == "councillor" or \
            not s.words[second.first][:1].isupper():
        return j
    nxt = s.at(second.last + 1) if second.last + 1 < s.n else None
    return second.last + 1 if nxt is not None and _kind(nxt) == "PERSON" else j


def _party_of_councillor(s: Sentence, role: Mention, party: Entity) -> bool:
    """Whether ``party`` is named in this sentence, before ``role``, only as the adjective of a council
    role ("the Green councillor for Beccles", "a Labour councillor")."""
    named = [m for m in s.mentions if m.last < role.first and m.entity is party]
    if not named:
        return False
    for m in named:
        nxt = s.at(m.last + 1) if m.last + 1 < s.n else None
        if nxt is None or nxt.label != "ROLE" or not _council_role(nxt.role):
            return False
    return True


def _definite_party(linker: Linker) -> Entity | None:
    """"the party": the party the sentence before named last, else the party the document is about."""
    return linker.party_before()


def _whole_name(s: Sentence, m: Mention) -> str:
    """A place's whole name where it was read in parts ("Greater" and the graph's "Manchester")."""
    end = m.last
    while end + 1 < s.n and s.title(end + 1) and (s.at(end + 1) is None or
                                                   _kind(s.at(end + 1)) in ORG_KINDS | {"PLACE"}):
        end += 1
    return " ".join(s.words[m.first:end + 1])


def _past_party(s: Sentence, j: int) -> int:
    """The token after a party that stands between an apposition's comma and its person ("the leader of
    the council, Labour's Ian Platt", "the council leader, Conservative Sue Hay"): the person's party, not
    the office's; ``j`` itself when no party stands there."""
    k = j + 1 if j < s.n and s.lower[j] == "the" else j  # "the Liberal Democrats' Dan Ogle"
    party = s.at(k) if k < s.n else None
    if party is None or party.first != k or _kind(party) != "PARTY":
        return j
    k = party.last + 1
    if k < s.n and s.lower[k] in ("'s", "’s", "'", "’"):
        k += 1
    while k < s.n and s.lower[k] in HONORIFIC_WORDS:
        k += 1
    person = s.at(k) if k < s.n else None
    return k if person is not None and person.first == k and _kind(person) == "PERSON" else j


def _as_pairs(s: Sentence, first: Mention) -> list[tuple[Mention, Mention]]:
    """"A as X and B as Y", "A as X, B as Y and C as Z": each person with the office after their "as"
    (one pair, or none, when the list is not of that form)."""
    pairs: list[tuple[Mention, Mention]] = []
    person: Mention | None = first
    while person is not None and _kind(person) == "PERSON":
        k = person.last + 1
        if k + 1 >= s.n or s.lower[k] != "as":
            break
        k += 1
        while k < s.n and s.lower[k] in ("a", "an", "the", "its", "his", "her", "their"):
            k += 1
        role = s.at(k) if k < s.n else None
        if role is None or role.label != "ROLE" or role.first != k:
            break
        pairs.append((person, role))
        k = role.last + 1
        if k < s.n and s.lower[k] == ",":
            k += 1
        if k < s.n and s.lower[k] == "and":
            k += 1
        while k < s.n and s.lower[k] in HONORIFIC_WORDS:
            k += 1
        person = s.at(k) if k < s.n and k > role.last + 1 else None
    return pairs


def _bracketed_party(s: Sentence) -> bool:
    """Whether the sentence names a party in brackets after a person ("Councillor X (Labour)")."""
    return any(_kind(m) == "PARTY" and m.first >= 2 and s.lower[m.first - 1] == "(" and m.last + 1 < s.n
               and s.lower[m.last + 1] == ")" and _kind_of(_entity_at(s, m.first - 2)) == "PERSON"
               for m in s.mentions)


def _entity_at(s: Sentence, token: int) -> Entity | None:
    at = s.at(token)
    return at.entity if at is not None else None


def _before_brackets(s: Sentence, close: int) -> Mention | None:
    """The mention just before a short bracket closing at ``close`` ("Councillor X (Dover North)")."""
    k = close - 1
    while k > 0 and close - k <= 6 and s.lower[k] != "(":
        k -= 1
    return s.at(k - 1) if k >= 1 and s.lower[k] == "(" else None


def _minister(words: list[str]) -> bool:
    """A minister's office: "minister", "Minister for Social Partnership", "Minister of Justice"."""
    return words[:1] == ["minister"] or ("minister" in words[:3] and "prime" not in words)


def _kind_of(entity: Entity | None) -> str | None:
    return entity.kind if entity is not None else None


def _council_of(entity: Entity | None) -> Entity | None:
    return entity.council if entity is not None else None
