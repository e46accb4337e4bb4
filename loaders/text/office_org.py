"""Which organisation an office belongs to (``org_of_role``), when the text names it ("leader of X",
"X's chief executive", "the Scottish Labour leader") and when it does not: the government of a nation
for a government office (``government_of``), the party in context for a party's own offices, the group
last named for a group's offices, the council in context for a council's.
"""

from __future__ import annotations

from ...ontology import uris
from .linking import NATION_OWNED, ORG_KINDS, Entity, Mention
from .office_words import (
    DEVOLVED_ROLE_NATIONS,
    GROUP_OFFICES,
    HOUSE_LEADERS,
    NATION_WORDS,
    PARTY_OFFICES,
    _bracketed_party,
    _council_of,
    _minister,
    _party_of_councillor,
    _whole_name,
)
from .sentence import (
    Sentence,
    _council_role,
    _kind,
    _portfolio,
)
from .words import (
    ASSEMBLY_WORDS,
    GOVERNMENT_ROLES,
    SEAT_ROLES,
)

#: Words before a government office that make it another country's.
FOREIGN = {"ireland's", "irish", "taoiseach", "us", "american", "french", "german", "dutch", "spanish", "italian",
           "canadian", "australian", "indian", "chinese", "russian", "ukrainian", "israeli"}
#: Words that open a clause of its own after an office: what it names is not the office's context.
LATER_CLAUSE = {"when", "while", "after", "because", "although", "though", "where", "which", "who"}


#: Words after a place and a party that name the local party, not the party's group on the council.
LOCAL_PARTY_WORDS = {"association", "associations", "party", "branch", "federation", "constituency", "clp"}


class OfficeOrgRules:
    """Which organisation an office is in."""

    def _party_group(self, party: Entity, role: Mention) -> Entity | None:
        """"Labour's group leader", "the SNP group whip": an office in the party's group on the council in
        context, not in the party; None when the role says no "group" or no council is in context."""
        if party.kind != "PARTY" or "group" not in f"{role.text} {role.role_text or ''}".lower().split():
            return None
        council = self.linker.council_in_context()
        return self.linker.council_group(party, council) if council is not None else None

    def org_of_role(self, s: Sentence, role: Mention, person_side: str = "before") -> Entity | None:
        """The organisation a role mention is in: "leader of X", "X's chief executive", "the Scottish
        Labour leader", "the party president" (the party in context), "the council leader", "Lord
        Provost" (the council in context)."""
        if role.antecedent is not None:
            return self.org_of_role(s, role.antecedent)  # "resigned the post": the office it stands for
        if role.possessor is not None and role.possessor.kind != "PERSON":
            # (not "Aitken's deputy leader of the council": a person's is the office's)
            return self._party_group(role.possessor, role) or role.possessor
        nation = NATION_OWNED.match(role.text)
        if nation is not None and (role.role in GOVERNMENT_ROLES or (role.role or "").endswith(("secretary", "minister"))):
            return self.linker.government(uris.slugify(nation.group(1)))  # "Scotland's finance secretary"
        k = role.first - 1
        while k > 1 and s.lower[k] in ("two", "three", "four", "joint", "other", "new"):
            k -= 1
        owner = s.at(k - 1) if k < role.first - 1 and s.lower[k] in ("'s", "’s") else None
        if owner is not None and owner.entity is not None and owner.entity.kind in ORG_KINDS - {"COLLECTIVE"}:
            return self._party_group(owner.entity, role) or owner.entity  # "one of the council's two deputy leaders"
        j = role.last + 1
        if role.role == "councillor" and j + 1 < s.n and s.lower[j] == "from" and s.title(j + 1):
            # "a Conservative councillor from Stockton": the council of that place, if the graph knows it
            # (not the council in context)
            last = j + 1
            while last + 1 < s.n and s.title(last + 1):
                last += 1
            # (else "a Ceredigion county councillor from Aberaeron": the council named before the role)
            return self.linker.council_named(" ".join(s.words[j + 1:last + 1])) or self.place_before(s, role)
        if j + 1 < s.n and s.lower[j] == "of" and s.lower[j + 1] in ("our", "my", "your") and s.at(j + 1) is None:
            return None  # "leader of our group": the writer's, whom the text does not name
        if s.lower[j:j + 3] in (["of", "their", "group"], ["of", "its", "group"]):
            return self._group_in_context()  # "the leader of their group": a group, never the party
        if role.role == "speaker" and not (j < s.n and s.lower[j] in ("of", "for")):
            # "the Speaker, Sir Lindsay Hoyle": the Speaker of the legislature the story names last (the
            # Northern Ireland Assembly's has one too), else of the House of Commons
            house = next((e for e in reversed(self.linker.recent) if e.kind == "BODY" and
                          set(e.label.split()) & ASSEMBLY_WORDS), None)
            return house or self.linker.institution("mps", None)
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
                if _kind(nxt) == "COUNCIL" and party is not None and party.first == nxt.last + 1 and \
                        _kind(party) == "GROUP":
                    return party.entity  # "leader of the South Derbyshire Conservative Group": the group
                if nxt.entity is not None and nxt.entity.kind == "COUNCIL" and party is not None and \
                        party.first == nxt.last + 1 and party.entity is not None and party.entity.kind == "PARTY" and \
                        party.text.split()[-1].lower() not in LOCAL_PARTY_WORDS and \
                        not (party.last + 1 < s.n and s.lower[party.last + 1] in LOCAL_PARTY_WORDS):
                    # "leader of the Barnet Conservatives": the party's group on that place's council (not "the
                    # Christchurch Conservative association", "Brighton and Hove Green Party": a local party)
                    return self.linker.council_group(party.entity, nxt.entity, party.text)
                if nxt.entity is not None and nxt.entity.kind != "PARTY" and party is not None and \
                        party.entity is not None and party.entity.kind == "PARTY":
                    return party.entity  # "leader of the UK Liberal Democrats": the party, not a place
                if nxt.entity is not None and nxt.entity.kind == "PARTY" and \
                        s.lower[nxt.last + 1:nxt.last + 2] in (["group"], ["opposition"]) and \
                        (council := self.linker.council_in_context()) is not None:
                    # "leader of the Labour opposition group": the party's group on the council in context
                    return self.linker.council_group(nxt.entity, council, nxt.text.removeprefix("the "))
                if nxt.entity is None and nxt.label == "DEF" and nxt.text.lower().split()[-1] in ("council", "authority"):
                    # "the Liberal Democrat leader of the council, X" where no council is known: the council's
                    # office (or none), never the party's
                    return self.linker.council_in_context()
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
        if prev is not None and prev.entity is not None and prev.entity.kind == "PARTY" and prev.first >= 2 and \
                s.lower[prev.first - 1] in ("'s", "’s"):
            owner = s.at(prev.first - 2)
            if owner is not None and owner.entity is not None and owner.entity.kind == "COUNCIL":
                return owner.entity  # "the council's Labour leader, X": the council's leader, of that party
        if prev is not None and prev.entity is not None and prev.entity.kind == "PARTY" and prev.first >= 1 and \
                s.lower[prev.first - 1] == "its":
            owner = next(iter(s.before(prev.first - 1, ORG_KINDS - {"COLLECTIVE"}, limit=12)), None)
            if owner is not None and owner.entity is not None and owner.entity.kind == "COUNCIL":
                return owner.entity  # "Cornwall Council voted out its Conservative leader, X": the council's
        if prev is not None and prev.entity is not None and prev.entity.kind == "PARTY" and _of_unnamed(s, j):
            return None  # "the Labour chair of the Commons standards committee": the holder's party, not the office's
        if prev is not None and prev.entity is not None and prev.entity.kind == "PARTY" and \
                "council" in (role.role_text or role.text).lower().split():
            return self.linker.council_in_context()  # "the Reform council leader, X": the council's, of that party
        if prev is not None and prev.entity is not None and prev.entity.kind in ORG_KINDS - {"COLLECTIVE"} and \
                not (prev.entity.kind == "PARTY" and _council_role(role.role)):
            # "the Scottish Labour leader", "SNP leader"; but "the Labour mayor", "Green councillor X": the
            # holder's party, the office the council's
            return self._party_group(prev.entity, role) or prev.entity
        words = (role.role_text or role.text).lower().split()
        if "shadow" in words:  # the opposition's front bench: an office in the party
            return self.linker.last({"PARTY"})
        if role.role in HOUSE_LEADERS:  # "the Leader of the House of Commons": the office is the House's
            return self.linker.institution(HOUSE_LEADERS[role.role], None)
        if role.role in SEAT_ROLES:
            return None
        bare = [w for w in words if w not in ("the", "a", "an")]
        if bare and bare[-1] in ("spokesman", "spokeswoman", "spokesperson") and "government" not in bare:
            return self.linker.party_of_office()  # "the education spokesman": a party's front bench, not a minister
        if role.role in GOVERNMENT_ROLES or (_portfolio(words) and role.role != "spokesperson") or \
                _minister(bare) or "secretary of state" in " ".join(words) or bare[:2] == ["cabinet", "secretary"]:
            return self.government_of(s, role, bare)
        if "commissioner" in role.role:
            # the commissioners a government sends in run part of the council in context; a police and
            # crime commissioner, an election or a standards commissioner is no council's office
            other = role.role == "police-and-crime-commissioner" or any(
                w in ("election", "standards", "information") for w in s.lower[max(0, role.first - 2):role.last + 4]) \
                or any(c in role.text for c in "'’") or \
                role.first > 0 and s.lower[role.first - 1] in ("'", "’")  # (nor "the victims' commissioner")
            return None if other else self.linker.council_in_context()
        place = self.place_before(s, role)
        if place is not None:
            return place
        if role.role in ("chair", "vice-chair") and _bracketed_party(s):
            # "Councillor X (Labour), the outgoing Chairman": a party in brackets is the member's, and the
            # chair of a meeting that names members so is the council's
            council = self.linker.council_in_context()
            if council is not None:
                return council
        if role.role == "convener" and j < s.n and s.lower[j] == "of":
            # "Convener of the Audit, Risk and Scrutiny Board": the board, however long its name
            board = next((m for m in s.mentions if j < m.first <= j + 8 and m.entity is not None
                          and m.entity.kind in ("BODY", "ORG")), None)
            if board is not None:
                return board.entity
        if "council" not in words and any(w in ("its", "their") for w in words):
            group = self._their_group(s, role)
            if group is not None and group.kind == "GROUP":
                return group  # "the Labour group elected X as its leader and Y as its deputy leader": the group's
        home = self.linker.home
        if self.minutes and home is not None and not home.minted and \
                role.role in ("leader", "deputy-leader") and s.words[role.last][:1].isupper() and "group" not in words:
            # a council's minutes: "the Deputy Leader, Councillor X" is the council's (a council the graph knows:
            # not "the Ulster Unionist Council", a party's, that a title names like a council)
            return home
        if "council" in words or _council_role(role.role):
            # a council's office is never a party's: without a council in context, no organisation
            return self.linker.council_in_context() or _council_of(self.linker.last({"COLLECTIVE"}))
        base = _deputised(role.role)
        possessed = any(w in ("his", "her", "their", "its") for w in words)  # "his deputy": read by _deputy_of
        deputised = next((f.object for f in self.facts if f.relation == "holds_office" and f.role == base), None) \
            if base and base != "leader" and not possessed else None
        if deputised is not None:
            # "X is appointed Chairman ... Y Deputy Chairman": the organisation of the office the story
            # first gave (its lead office, not a rival's named later)
            return deputised
        if "party" in words:
            return self.linker.party_of_office()
        if "group" in words:
            # "chose X as group leader": the group last named, else the party's group on the council in context
            return self._group_in_context()
        if any(w in ("its", "their") for w in words):
            return self._their_group(s, role) or self.linker.last({"PARTY", "BODY", "COUNCIL", "GROUP"})
        if role.first > 0 and s.lower[role.first - 1] == "our" and role.role in ("leader", "deputy-leader"):
            return self.linker.party_of_office()  # "Sir Keir Starmer, our leader": the writer's party
        if role.role in ("deputy-leader", "leader") and words[-1:] != ["group"] and \
                not any(_kind(m) in ORG_KINDS - {"COLLECTIVE"} for m in s.mentions if m.entity is not None):
            # "Barnet. ... Richard Cornelius stays on as leader": a bare leadership in a sentence naming no
            # organisation is the council's that the round-up's paragraph is about
            # (not after a group named since: "the group elected its officers. X was chosen as deputy leader")
            council = self.linker.paragraph_council() if self.linker.topic is None and \
                self.linker.last({"GROUP", "COUNCIL"}) == self.linker.last({"COUNCIL"}) else None
            if council is not None and not council.is_authority:  # (a mayor's or a combined authority has no leader)
                return council
        if self.last_elected is not None and role.role in ("deputy-leader", "leader") and \
                self.last_elected.object.kind in ("GROUP", "COUNCIL", "PARTY", "BODY") and \
                self.last_elected.object.noun != "authority" and not _house(self.last_elected.object):
            return self.last_elected.object  # (a mayor's authority has no leader)
        # (not a body the sentence names only in a later clause: "served as deputy until June, when ... while
        # it was on the government's amber list" is no government office)
        clause = next((k for k in range(role.last + 1, s.n) if s.lower[k] in LATER_CLAUSE), None)
        # (nor, for a leadership, a House: "his predecessor was elected to Parliament. Rai became deputy
        # leader in 2018" is no deputy leader of Parliament, whose leaders have offices of their own)
        last = next((e for e in reversed(self.linker.recent) if e.kind in ("PARTY", "COUNCIL", "GROUP") or
                     e.kind == "BODY" and not s.only_after(e, clause) and not (
                         role.role in ("leader", "deputy-leader") and _house(e))), None)
        if last is not None and last.kind == "PARTY" and role.role in ("leader", "deputy-leader") and \
                _party_of_councillor(s, role, last):
            # "X, the Green councillor for Y, was elected leader": the party says what X is; a bare
            # leadership taken by a councillor is the council's in context (or nothing)
            return self.linker.council_in_context()
        if last is not None and last.kind == "GROUP" and role.role in GROUP_OFFICES:
            return last  # "The Labour group met. X was chosen as deputy leader": the group's officer
        if role.role in ("chief-executive", "monitoring-officer") and (
                self.linker.council_in_context() is not None or last is not None and last.kind == "GROUP"):
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
        named = _named_tokens(s)
        for m in reversed(s.mentions):
            if m.last >= role.first or m.entity is None or m.label == "PRON" and m.entity.kind == "COUNCIL":
                continue  # ("the group ... used its meeting to pick X as its leader": "its" is no council's)
            if sum(1 for k in range(m.last + 1, role.first) if k not in named) > 12 or any(w in (":", ";") for w in s.lower[m.last + 1:role.first]):
                return None  # (not past a clause of its own: "Its group has changed captain: ... named X as their leader")
            if m.entity.kind == "GROUP":
                return m.entity
            if m.entity.kind == "COLLECTIVE" and m.entity.noun == "councillors" and m.entity.party is not None and \
                    s.lower[m.last - 1] not in ("the", "its", "their", "these", "those"):  # not "the councillors" read back
                council = m.entity.council or self.linker.council_in_context()
                return self.linker.council_group(m.entity.party, council) if council is not None else None
            if m.entity.kind == "COUNCIL" and m.first > 0 and s.lower[m.first - 1] in ("on", "in"):
                continue  # "the Liberal Democrat group on Shropshire Council ... its leader": the group's place
            if m.entity.kind in ("PARTY", "COUNCIL", "BODY"):
                # "Walsall Council elected Garry Perry as its leader": the organisation the clause is about
                return m.entity if m.label != "ROLE" and role.first - m.last <= 8 and not any(
                    s.lower[k] in (",", ";", "who", "which", "after", "before") for k in range(m.last + 1, role.first)) \
                    else None
        return None

    def government_of(self, s: Sentence, role: Mention, words: list[str]) -> Entity | None:
        """The government a government office belongs to. The Prime Minister, a secretary of state, the
        Chancellor and a "X secretary" are the UK Government's; a first minister, a "cabinet secretary
        for X", the Counsel General and the Lord Advocate a devolved government's: the nation the words
        around the role name ("Scotland's First Minister", "the Welsh First Minister"), else the nation
        the document is about (none: no organisation); a minister is the document's devolved
        government's, else the UK Government's."""
        before = s.lower[max(0, role.first - 2):role.first] + (role.role_text or role.text).lower().split()[:2]
        if any(w in FOREIGN for w in before):
            return None  # "Ireland's foreign affairs minister", "the US secretary of state": no UK government's
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


def _deputised(role: str | None) -> str | None:
    """The office a deputy's stands in for ("deputy-chair": "chair"), or None for any other role."""
    for prefix in ("deputy-", "vice-"):
        if role and role.startswith(prefix):
            return role[len(prefix):]
    return None


def _of_unnamed(s: Sentence, j: int) -> bool:
    """Whether "of" at ``j`` opens an organisation the text names in words the graph does not know ("of the
    Commons standards committee"): a word that is no mention, past an article, before any mention."""
    if not (j + 1 < s.n and s.lower[j] == "of"):
        return False
    k = j + 1 + (s.lower[j + 1] in ("the", "a", "an"))
    return k < s.n and s.at(k) is None and s.words[k].isalpha() and s.lower[k] not in ("our", "my", "your", "its")


def _named_tokens(s: Sentence) -> set[int]:
    """The tokens of the sentence's people's names and offices, which do not count in the distance from an
    office to its group ("the group elected A as its leader and B as its deputy leader": the second office
    is as near its group as the first)."""
    return {k for m in s.mentions if m.label == "ROLE" or _kind(m) == "PERSON" for k in range(m.first, m.last + 1)}


def _house(org: Entity) -> bool:
    """Whether ``org`` is a legislature ("Parliament", "the Senedd"): its leaders hold offices of their own."""
    return org.kind == "BODY" and bool(set(org.label.split()) & ASSEMBLY_WORDS)
