"""Relation rules for membership: who is a member of what.

"sits on", "joined", "sat on Norwich City Council", "sits on the NEC" (an office: ``rule_member``); a party named just before a
person, as an adjective or a possessive ("the Liberal Democrat Richard Foord", "Reform's candidate
Sarah Pochin", ``party_before_name``); a party in apposition ("X, a Liberal Democrat, said",
``party_apposition``); a party or a council group after the person and "of" ("Councillor X of the Labour group",
``person_of_party``).
"""

from __future__ import annotations

from .linking import ORG_KINDS, Mention
from .sentence import Fact, Sentence, _clause_start, _coordinated_from, _kind, _person_named_at, _relative_head
from .words import ASSEMBLY_WORDS, NEGATION, seat_role

#: "Reform's candidate Sarah Pochin": a common noun between a party's possessive and a person's name.
PARTY_PERSON_NOUNS = {"candidate", "mp", "msp", "ms", "mla", "councillor", "leader", "member", "peer", "mayor",
                      "activist", "chairman", "chair", "treasurer", "spokesman", "spokeswoman"}


#: Nouns for a party's rank and file after its name in apposition ("X, a Labour backbencher"): its member.
PARTY_MEMBER_NOUNS = {"member", "activist", "supporter", "backbencher", "loyalist", "stalwart", "veteran", "grandee",
                      "rebel", "moderate"}


#: Plural nouns for the holders of seats, which a party before them labels.
SEAT_NOUNS = {"councillors", "mps", "msps", "ams", "mss", "mlas", "meps", "peers", "lords"}
#: Verbs of forming a group or a party.
FORMING = ("formed", "form", "forming", "set")  # (not "founded": who founded a party long ago is background)
#: The last words of a group's name: "the Dumfries and Galloway Independent Group".
GROUP_HEADS = {"Group", "Party", "Alliance", "Independents", "Association", "Coalition", "Bloc"}
#: Words between a verb of forming and the name of the group formed: "set up a new group called Novantae".
BEFORE_GROUP_FORMED = {"a", "new", "the", "their", "own", "group", "party", "called", "named", ",", "breakaway"}
#: Counts before a party's people: "Two Conservative veterans, A and B".
COUNTED = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}
#: Nouns a party describes that are no person: "X, a Labour stronghold," is a place's.
NOT_PEOPLE_NOUNS = {"stronghold", "seat", "ward", "area", "gain", "hold", "majority", "council", "government",
                    "administration", "group", "party", "campaign", "win", "victory", "town", "city", "borough",
                    "county", "constituency", "heartland", "target", "marginal", "policy", "motion", "manifesto"}


#: Verbs before "as a Conservative" that make the party the person's: "was elected as a Conservative".
ELECTED_AS = {"elected", "re-elected", "returned", "stood", "standing", "stands", "sat", "sits", "sitting", "won"}


#: Verbs of standing for a party ("X, who is standing for Labour"), and the words between them and their subject.
STANDING = {"standing", "stood", "stands", "stand", "running", "runs", "sit", "sits", "sitting"}
STANDING_AUX = {"is", "was", "will", "has", "had", "been", "be", "to", "also", "now", "not", "n't", "could", "might",
                "may", "would", "set"}
#: The head words of bodies whose members hold a seat (an office) rather than a membership.
SEATED_BODY_HEADS = {"committee", "executive", "board", "panel", "forum", "cabinet", "nec"}


#: Words of a party's regional office or headquarters that the text may capitalise like a person's name.
NOT_PERSONAL_NAMES = {"North", "South", "East", "West", "Central", "Headquarters", "Campaign", "Office", "Region",
                      "Midlands", "Scotland", "Wales", "London"}


def _joined_as(s: Sentence, org: Mention) -> Mention | None:
    """The office named after "as" right after an organisation joined ("joins the Welsh Government as
    Cabinet Secretary for Education"), if the text names one."""
    k = org.last + 1
    if k >= s.n or s.lower[k] != "as":
        return None
    k += 1 + (k + 1 < s.n and s.lower[k + 1] in ("a", "an", "the"))
    role = s.at(k) if k < s.n else None
    if role is None or role.label != "ROLE" or role.role is None or role.first > k or \
            role.role in ("member", "candidate"):
        return None
    return role


def _adjective_form(party: Mention) -> bool:
    """Whether a party is named as an adjective ("Liberal Democrat", "Conservative", "Green"), not by its
    name ("the Labour Party", "the Greens"), which a name after it does not describe."""
    last = party.text.split()[-1]
    return last not in ("Party", "party") and not last.endswith("s")


def _seated_body(label: str) -> bool:
    """Whether a body's name is a committee's, a board's or a panel's: its head word (the last word,
    or the word before "of": "National Executive Committee of the Labour Party")."""
    words = label.lower().replace("'s", "").split()
    if "of" in words:
        words = words[:words.index("of")]
    return bool(words) and words[-1] in SEATED_BODY_HEADS


def _council_linked(m) -> bool:  # type: ignore[no-untyped-def]
    """Whether a mention (of a cabinet) was linked to a council."""
    return m.entity is not None and m.entity.kind == "COUNCIL"


#: Words before "the" that make a party's name the object of a phrase ("of the Conservative Party, ...").
_PREPOSITIONS = {"of", "for", "to", "from", "with", "by", "in", "on", "at"}


class MembershipRules:
    """Rules for membership."""

    def party_before_name(self, s: Sentence) -> None:
        """"the Liberal Democrat Richard Foord", "Labour's Simon Lightwood", "Reform's candidate Sarah
        Pochin": a party named just before a person, as an adjective or a possessive (with at most one
        common noun between), is the person's party."""
        for m in s.mentions:
            if _kind(m) != "PARTY" or m.entity is None or m.last + 2 >= s.n:
                continue
            k = m.last + 1
            if s.lower[k] in ("'s", "’s"):
                k += 1
                if k < s.n and s.lower[k] in PARTY_PERSON_NOUNS:
                    k += 1
            elif not (m.first > 0 and s.lower[m.first - 1] in ("the", "fellow") or m.text.lower().startswith("the ")
                      or (m.first == 0 or s.lower[m.first - 1] in (",", "(", ":")) and _adjective_form(m)):
                continue  # "Labour Richard": only "the Labour X", "his fellow Conservative X", "Liberal Democrat X, ..."
            title = s.at(k) if k < s.n else None
            if title is not None and title.first == k and title.label == "ROLE" and title.role == "councillor" and \
                    s.words[k][:1].isupper():
                k = title.last + 1  # "Liberal Democrat Councillor Leigh Frost": past the title
            person = s.at(k) if k < s.n else None
            if person is None or person.first != k or _kind(person) != "PERSON" or person.entity is None or \
                    person.label == "PRON":
                continue
            if not (m.first > 0 and s.lower[m.first - 1] in ("the", "fellow")) and \
                    set(person.text.split()) & NOT_PERSONAL_NAMES:
                continue  # "Labour North West", "Conservative Campaign Headquarters": an office, no person
            # "Labour's Jilly Stevens and Andrei Czolak", "the Conservatives Chris Ridgers and Steve Double": the
            # party's people, listed (a plural names more than one)
            people = [p for p in _coordinated_from(s, person) if _kind(p) == "PERSON" and p.label != "PRON"] \
                if s.lower[m.last + 1] in ("'s", "’s") or m.text.endswith("s") else [person]
            a, b = self.evidence_span(s, m.first, people[-1].last)
            for p in people:
                self.add(Fact("member_of", p.entity, m.entity, a, b, "member-adjective", 0.7, is_start=False))

    def party_apposition(self, s: Sentence) -> None:
        """"Cllr Steve Pitt, a Liberal Democrat, nominated ...", "Jo Hale, a Conservative since 1990, said",
        "X (a Green) ...": a party in apposition, as the noun it is, is the person's party; not "a former
        Conservative", "a Labour-run council" or "a Labour councillor" (the office rules read that)."""
        for m in s.mentions:
            if _kind(m) != "PARTY" or m.entity is None or m.first < 1 or m.last + 1 >= s.n:
                continue
            article = m.first - 1
            self._party_noun_then_name(s, m, article)
            if article >= 2 and s.lower[article] in ("a", "an") and s.lower[article - 1] == "also":
                article -= 1  # "X, also a Conservative, said"
            if article >= 1 and s.lower[article] == "fellow" and s.lower[article - 1] == "a":
                article -= 1  # "Cllr Stella Jones, a fellow Liberal Democrat"
            elif article >= 5 and s.lower[article - 4:article + 1] == [s.lower[article - 4], "-", "year", "-", "old"] \
                    and s.lower[article - 4].isdigit() and s.lower[article - 5] in ("a", "an"):
                article -= 5  # "Ava Etemadzadeh, a 27-year-old Labour activist"
            elif article >= 1 and s.lower[article - 1] in ("a", "an") and s.at(article) is None and \
                    s.words[article].isalpha() and s.words[article].islower() and \
                    s.lower[article] not in ("former", "ex"):
                article -= 1  # "David Lepper, a popular Labour backbencher"
            if article < 2:
                continue
            elected = s.lower[article - 1] == "as" and s.lower[article - 2] in ELECTED_AS
            member_for = s.lower[article] == "the" and s.lower[m.last + 1] == "member" and \
                m.last + 2 < s.n and s.lower[m.last + 2] == "for"  # "X, the Liberal Democrat member for Y"
            # "X, the Liberal Democrat, won": the party as a noun, closed at once
            # ("X, the Conservative who has led the council since 2000": a relative clause closes it too)
            the_noun = s.lower[article] == "the" and s.lower[m.last + 1] in (",", ")", "who") and \
                s.words[m.last][-1:] != "s" and s.words[m.last] != "Party"
            if (s.lower[article] not in ("a", "an", "another", "also") and not member_for and not the_noun) or \
                    s.lower[article - 1] not in (",", "(", "–", "—") and not elected:
                continue
            after = m.last + 1
            if after + 1 < s.n and not m.entity.label.lower().startswith("independent") and (
                    s.lower[after] in PARTY_MEMBER_NOUNS or s.words[after].isalpha() and s.words[after].islower()
                    and s.at(after) is None and s.lower[after] not in NOT_PEOPLE_NOUNS
                    and s.lower[after + 1] in (",", ")", ";", "–", "—")):
                # "X, another Labour member, quit", "a Labour backbencher", "Nik Johnson, a Labour paediatrician,
                # won": the party's member ("an Independent member": no party)
                after += 1
            # ("X, a Green member of the Assembly": the party's member, with a seat besides)
            closed = s.lower[after] in (",", ")", ".", ";", "–", "—", "since", "and", "who", "in", "but", "at", "from") or \
                s.lower[after] == "of" and s.lower[after - 1] == "member"
            if not closed and not member_for:
                continue  # "a Labour councillor", "a Labour-run council": the party describes a noun
            if elected:
                # "Mr Benton was elected as a Conservative in 2019": the subject of the verb
                people = self.people_before(s, article - 2)
                person = people[0] if people else None
            else:
                person = s.at(article - 2)
            if person is None or person.entity is None or _kind(person) != "PERSON" or person.label == "PRON":
                continue
            a, b = self.evidence_span(s, person.first, m.last)
            self.add(Fact("member_of", person.entity, m.entity, a, b, "member-apposition", 0.7, is_start=False))

    def person_of_party(self, s: Sentence) -> None:
        """"Cllr Richard Freeman of Residents for Uttlesford", "Shane Moore, of the Hartlepool Independent
        Union, said", "Councillor Josh Mason, of the Liberal Democrat Group": a person named just before
        "of" and a party or a council group is its member (an office before "of" is read by the office rules:
        "leader of the Labour group")."""
        for m in s.mentions:
            if _kind(m) not in ("PARTY", "GROUP") or m.entity is None or m.first < 2:
                continue
            j = m.first - 1 - (s.lower[m.first - 1] == "the")
            if j < 1 or s.lower[j] != "of":
                continue
            k = j - 1 - (s.lower[j - 1] == ",")
            person = s.at(k) if k >= 0 else None
            if person is None or person.last != k or _kind(person) != "PERSON" or person.entity is None or \
                    person.label == "PRON" or m.entity.label.lower().startswith("independent"):
                continue
            if k < j - 1 and not (m.last + 1 < s.n and s.lower[m.last + 1] in (",", ")", "–", "—")):
                continue  # ", of the X," closes as an aside
            a, b = self.evidence_span(s, person.first, m.last)
            self.add(Fact("member_of", person.entity, m.entity, a, b, "member-of-party", 0.7, is_start=False))

    def _party_noun_then_name(self, s: Sentence, party: Mention, article: int) -> None:
        """"The Conservative, Guy Renner-Thompson, came second", "another Liberal Democrat, Kate Dean, is
        council leader": a party as a noun (after "the", "another" or "a fellow"), then a comma and the
        person it names."""
        last_word = s.words[party.last]
        described = article >= 1 and s.lower[article - 1] in ("the", "another") and s.at(article) is None and \
            s.words[article].isalpha() and s.words[article].islower() and s.lower[article] not in ("former", "ex")
        if described:
            article -= 1  # "losing to the sitting Conservative, Alistair Burt": an adjective between
        if s.lower[article] not in ("the", "another", "fellow") or party.last + 2 >= s.n or \
                s.lower[party.last + 1] != "," or party.entity.label.lower().startswith("independent") or \
                last_word == "Party" or last_word.endswith("s") or \
                article and s.lower[article - 1] in _PREPOSITIONS and not described:
            return  # (not "the Leader of the Conservative Party, Boris Johnson": the party by its name, then its leader)
        person = s.at(party.last + 2)
        if person is None or person.first != party.last + 2 or person.entity is None or \
                _kind(person) != "PERSON" or person.label == "PRON":
            return
        a, b = self.evidence_span(s, party.first, person.last)
        self.add(Fact("member_of", person.entity, party.entity, a, b, "member-apposition", 0.7, is_start=False))

    def party_candidate(self, s: Sentence) -> None:
        """"Andy Street, the Conservative candidate", "the Conservative candidate, Matt Robinson", "Labour's
        candidate, Sue Jeffrey", "Luke Campbell, standing for Reform": a party's candidate is its member.
        Not a former candidate ("the former Labour candidate"), nor a party's choice still to be made
        ("Labour's candidate will be chosen")."""
        for m in s.mentions:
            if _kind(m) != "PARTY" or m.entity is None or m.entity.label.lower().startswith("independent"):
                continue
            f = m.first - 1 - (m.first >= 1 and s.lower[m.first - 1] == "the")  # "for the Greens"
            if f >= 1 and s.lower[f] == "for" and s.lower[f - 1] in STANDING:
                person = self._standing(s, f - 1)
                after = m.last
            else:
                k = m.last + 1
                if k < s.n and s.lower[k] in ("'s", "’s"):
                    k += 1
                if k >= s.n or s.lower[k] != "candidate" or "former" in s.lower[max(0, m.first - 2):m.first]:
                    continue
                before = m.first - (1 if m.first and s.lower[m.first - 1] in ("the", "a") else 0)
                said, described = _copula_after(s, k + 1), _who_was(s, before)
                if before >= 2 and s.lower[before - 1] == ",":
                    person = s.at(before - 2)  # "Andy Street, the Conservative candidate"
                elif described is not None:
                    person = s.at(described)  # "Ian Stewart, who stood as the Labour candidate"
                elif said is not None:
                    person = s.at(said)  # "The Plaid candidate there is Susan Lloyd-Williams"
                    person = person if person is not None and person.first == said else None
                elif k + 2 < s.n and s.lower[k + 1] == ",":
                    j = k + 2 + (1 if k + 3 < s.n and s.lower[k + 2] in ("councillor", "cllr") else 0)
                    person = s.at(j)  # "the Conservative candidate, Matt Robinson" ("..., Councillor X")
                elif k + 1 < s.n and s.at(k + 1) is not None and s.at(k + 1).first == k + 1:
                    person = s.at(k + 1)  # "the Conservative candidate Ben Bradley"
                else:
                    person = None
                after = k
            if person is None or person.entity is None or _kind(person) != "PERSON" or person.label == "PRON":
                continue
            a, b = self.evidence_span(s, min(person.first, m.first), max(person.last, after))
            self.add(Fact("member_of", person.entity, m.entity, a, b, "member-candidate", 0.7, is_start=False))

    @staticmethod
    def _standing(s: Sentence, verb: int) -> Mention | None:
        """Who stands for a party at ``verb``: "X, standing for Reform", "X, who is standing for Labour",
        "X will stand for the Greens" (named, not a pronoun); no one after a negation or a "could",
        "might" or "may" ("could not stand for Labour again")."""
        if verb >= 2 and s.lower[verb - 1] == ",":
            return s.at(verb - 2)
        k = verb - 1
        while k > 0 and s.lower[k] in STANDING_AUX:
            k -= 1
        if any(w in NEGATION | {"could", "might", "may"} for w in s.lower[k:verb]):
            return None
        if s.lower[k] == "who" and k >= 2 and s.lower[k - 1] == ",":
            return _relative_head(s, k)
        person = s.at(k)
        return person if person is not None and person.last == k and _clause_start(s, person.first) >= \
            person.first - 1 else None

    def party_people_named(self, s: Sentence) -> None:
        """"Two Labour councillors on Birmingham City Council, A and B, voted against", "The three Labour
        members for Aston, A, B and C", "Two Conservative veterans, A and B, lost": the people named in
        apposition to a counted group of a party's people are its members. The group's own place ("on X",
        "for X") may come before the comma; a former party ("two former Labour councillors") gives nothing."""
        for m in s.mentions:
            if _kind(m) == "COLLECTIVE" and m.entity is not None and m.entity.party is not None and \
                    any(w[:1].isupper() for w in s.words[m.first + 1:m.last + 1]):  # (its party named in it)
                party, k = m.entity.party, m.last + 1
            elif _kind(m) == "PARTY" and m.entity is not None and m.first > 0 and s.lower[m.first - 1] in COUNTED \
                    and m.last + 2 < s.n and s.words[m.last + 1].islower() and s.words[m.last + 1].endswith("s"):
                party, k = m.entity, m.last + 2  # "Two Conservative veterans, ..."
            else:
                continue
            if party.kind != "PARTY" or "former" in s.lower[max(0, m.first - 2):m.last + 1] or \
                    s.lower[k - 1] in SEAT_NOUNS:
                continue  # (for "four Labour MSPs, A, B, C and D" the party labels the seats: no membership stated)
            if k < s.n and s.lower[k] in ("on", "for", "in", "at"):
                k = next((j for j in range(k + 1, min(s.n, k + 7)) if s.lower[j] == ","), s.n)
            if k + 1 >= s.n or s.lower[k] != ",":
                continue
            first = _person_named_at(s, k + 1)
            if first is None:
                continue
            people = [p for p in _coordinated_from(s, first) if p.entity is not None and _kind(p) == "PERSON"]
            if len(people) < 2:
                continue
            a, b = self.evidence_span(s, m.first, people[-1].last)
            for p in people:
                self.add(Fact("member_of", p.entity, party, a, b, "member-listed", 0.7, is_start=False))

    def group_formed(self, s: Sentence) -> None:
        """"A, B and C formed the Dumfries and Galloway Independent Group", "A and B set up a new group called
        Novantae", "three councillors, A, B and C, left the party to form the Independent Party of Eastleigh
        Councillors": the people who formed a group or party (named just after the verb, past "a new group called"
        or "a new group,") are its members. Hedged or negated forming gives nothing;
        only people named (not "they"). Cost: a look only at the verbs of forming."""
        for k in s.positions(FORMING):
            if s.hedged(k) and not (k >= 1 and s.lower[k - 1] == "to") or \
                    any(w in NEGATION for w in s.lower[max(0, k - 3):k]):
                continue
            if s.lower[k] == "set" and not (k + 1 < s.n and s.lower[k + 1] == "up"):
                continue
            j = k + 1 + (s.lower[k] == "set")
            while j < s.n and j <= k + 7 and s.lower[j] in BEFORE_GROUP_FORMED and s.at(j) is None:
                j += 1  # (only the group formed, not "formed a coalition with the Conservatives")
            last = j - 1  # the name: capitalised words, with "of", "and", "for" inside it
            while last + 1 < s.n and (s.words[last + 1][:1].isupper() or s.lower[last + 1] in ("of", "and", "for", "-")
                                      and last + 2 < s.n and s.words[last + 2][:1].isupper()):
                last += 1  # ("the Cornish Independent Non-Aligned Group")
            if last < j:
                continue
            named = s.at(j)
            if named is not None and named.first == j and named.last == last and named.entity is not None and \
                    _kind(named) in ("GROUP", "PARTY"):
                group = named.entity
            elif named is not None and named.first == j and named.last == last and _kind(named) == "PERSON":
                continue
            elif s.lower[j - 1] in ("called", "named") or any(w in GROUP_HEADS for w in s.words[j:last + 1]):
                # "a new group called Novantae", "the Dumfries and Galloway Independent Group": a name
                # the graph does not know as one, minted
                group = self.linker.organisation(" ".join(s.words[j:last + 1]).replace(" - ", "-"), "BODY")
            else:
                continue  # ("set up a Recovery Board": no group of members)
            if group.kind not in ("GROUP", "PARTY", "BODY"):
                continue
            verb = k - 1 if k >= 1 and s.lower[k - 1] == "to" else k
            if verb != k:  # "left the party to form X": the main verb's subject
                verb = next((v for v in range(verb - 1, 0, -1) if s.lower[v - 1] == ","), verb)
            people = self.people_before(s, verb)
            listed = s.at(people[0].last + 2) if people and _kind(people[0]) == "COLLECTIVE" and \
                people[0].last + 2 < s.n and s.lower[people[0].last + 1] == "," else None
            if listed is not None and listed.first == people[0].last + 2 and _kind(listed) == "PERSON":
                people = _coordinated_from(s, listed)  # "three councillors, A, B and C, left ... to form"
            people = [m for m in people if _kind(m) == "PERSON" and m.entity is not None and m.label != "PRON"]
            if not people:
                continue
            a, b = self.evidence_span(s, min([p.first for p in people] + [k]), last)
            when, _ = self.date_near(s, k, event=True)
            for p in people:
                self.add(Fact("member_of", p.entity, group, a, b, "member-formed", 0.7, when=when))

    def party_colleagues(self, s: Sentence) -> None:
        """"her Sinn Féin colleague Ryan Murphy", "his party colleague Sammy Wilson": the colleague named is
        a member of the party named (or, for "party colleague", of the party the text gave the one whose
        colleague they are), and so is that one."""
        for k in s.positions(("colleague", "colleagues"), 2, s.n - 1):
            party = s.at(k - 1)
            owner = s.at(k - 2) if party is not None and party.label != "PRON" else s.at(k - 1)
            if party is not None and _kind(party) == "PARTY" and party.entity is not None:
                owner = s.at(party.first - 1) if party.first > 0 else None
                org = party.entity
            elif s.lower[k - 1] == "party":
                owner = s.at(k - 2)
                org = self.parties.get(owner.entity.iri) if owner is not None and owner.entity is not None else None
            else:
                continue
            j = k + 1 + (1 if s.lower[k + 1] == "," else 0)
            title = s.at(j) if j < s.n else None
            if title is not None and title.label == "ROLE" and title.role == "councillor" and title.first == title.last:
                j += 1  # "her Labour colleague Councillor Ronnie Nicholson"
            named = s.at(j) if j < s.n else None
            if org is None or named is None or named.first != j or _kind(named) != "PERSON" or named.entity is None:
                continue
            a, b = self.evidence_span(s, owner.first if owner is not None else k - 1, named.last)
            self.add(Fact("member_of", named.entity, org, a, b, "member-colleague", 0.7, is_start=False))
            if owner is not None and owner.entity is not None and _kind(owner) == "PERSON":
                self.add(Fact("member_of", owner.entity, org, a, b, "member-colleague", 0.7, is_start=False))

    def rule_member(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Ejiofor sits on the national coordinating group of Momentum"; "X joined Y"; "sat on Norwich
        City Council" (a councillor)."""
        if s.hedged(start) or "longer" in s.lower[max(0, start - 2):start] or \
                any(w in ("not", "never") for w in s.lower[max(0, start - 2):start]):
            return  # "is no longer a member of", "never joined"
        joined = s.lower[start] in ("joined", "joins", "join", "rejoined", "rejoins", "readmitted", "re-admitted")
        if joined and end < s.n and s.lower[end] == "from":
            return  # "she joins from the Treasury": where she comes from, not what she joins
        if s.lower[start] == "join" and not (start > 0 and s.lower[start - 1] == "to"):
            return
        people = self.people_before(s, start)
        if not people or people[0].entity is None:
            return
        if s.lower[start].startswith("belong"):
            k = start - 1
            while k > 0 and s.lower[k] in ("had", "has", "have", "also", "still", "once", "long"):
                k -= 1
            if s.at(k) not in people:
                return  # "Farron said the language belonged to the era of ...": only a person belongs to a party
        j = end
        org_mention = next(iter(s.after(end - 1, ORG_KINDS - {"COLLECTIVE"}, limit=7)), None)
        if org_mention is None or org_mention.entity is None:
            return
        if org_mention.last + 2 < s.n and s.lower[org_mention.last + 1] in ("'s", "’s"):
            # "sits on Labour's national executive committee": the body possessed, not the possessor
            owned = s.at(org_mention.last + 2)
            if owned is None or owned.entity is None or owned.entity.kind not in ORG_KINDS - {"COLLECTIVE"}:
                return
            org_mention = owned
        if s.lower[org_mention.last] == "cabinet" and _council_linked(org_mention):
            return  # "joins the Cabinet as minister without portfolio": an office, not the council's membership
        obj = org_mention.entity
        first_word = j
        while first_word < org_mention.first and s.lower[first_word] in ("the", "a", "an", "its", "his", "her"):
            first_word += 1
        if first_word < org_mention.first and s.lower[org_mention.first - 1] == "of":
            # a unit named by description: "the national coordinating group of Momentum"
            label = " ".join(s.words[first_word:org_mention.last + 1]).replace(" 's", "'s")
            obj = self.linker.organisation(label[0].upper() + label[1:] if label[0].islower() else label)
        when, _ = self.date_near(s, start, event=True) if joined else (None, False)
        a, b = self.evidence_span(s, people[0].first, org_mention.last)
        office = _joined_as(s, org_mention) if joined else None
        if office is not None:
            # "Kirsty Williams joins the Welsh Government as Cabinet Secretary for Education": an office in it
            a, b = self.evidence_span(s, people[0].first, office.last)
            for p in people:
                if p.entity is not None and p.entity.kind == "PERSON":
                    self.add(Fact("holds_office", p.entity, obj, a, b, "office-joined-as", 0.75, role=office.role,
                                  when=when, is_start=when is not None, seat=True))
            return
        # "has sat on Harrow Council since 2006", "a member of the Assembly since 2011": when the seat was won
        since = next((d for d in s.dates() if org_mention.last < d.first <= org_mention.last + 3
                      and d.text.lower().startswith("since")), None) if not joined else None
        if since is not None:
            when = self.when_of(since, s, start)
        for p in people:
            if p.entity is None or p.entity.kind != "PERSON":
                continue
            if not joined and any(w in obj.label.split() for w in ASSEMBLY_WORDS):
                self.add(Fact("holds_office", p.entity, obj, a, b, "office-member-of", 0.7, role=seat_role(obj.label, obj.kind),
                              when=when, is_start=when is not None, seat=True))
            elif obj.kind == "COUNCIL" and not joined:
                self.add(Fact("holds_office", p.entity, obj, a, b, "office-sits-on", 0.7, role="councillor",
                              when=when, is_start=when is not None, seat=True))
            elif obj.kind == "BODY" and not joined and _seated_body(obj.label):
                # "sits on Labour's NEC", "serves on the 1922 Committee's executive", "a member of the
                # improvement panel": a seat on a committee, board or panel is an office held (role
                # member), as the guide has it; membership is of a party, a union or a faction ("a member
                # of the Socialist Campaign Group" stays member_of)
                self.add(Fact("holds_office", p.entity, obj, a, b, "office-body-member", 0.7, role="member",
                              is_start=False, seat=True))
            else:
                self.add(Fact("member_of", p.entity, obj, a, b, "member-joined" if joined else "member-sits-on", 0.75,
                              when=when, is_start=joined and when is not None))


#: Verbs before "as" that say whose candidate someone was: "who stood as the Labour candidate".
_STOOD = {"stood", "stands", "standing", "ran", "runs", "running", "fought"}


def _who_was(s: Sentence, before: int) -> int | None:
    """The last token of the person a relative clause ending at ``before`` describes ("Ian Stewart, who
    stood as" / "Christine McHugh, who was" before "the Lib Dem candidate"), or None."""
    j = before - 1
    if j >= 1 and s.lower[j] == "as" and s.lower[j - 1] in _STOOD:
        j -= 2
    elif j >= 0 and s.lower[j] in ("was", "is"):
        j -= 1
    else:
        return None
    return j - 2 if j >= 2 and s.lower[j] == "who" and s.lower[j - 1] == "," else None


def _copula_after(s: Sentence, k: int) -> int | None:
    """The token after "is" / "was" (past "there") that follows a party's "candidate" at ``k``: "The Plaid
    candidate there is X", or None."""
    if k < s.n and s.lower[k] == "there":
        k += 1
    return k + 1 if k + 1 < s.n and s.lower[k] in ("is", "was") else None
