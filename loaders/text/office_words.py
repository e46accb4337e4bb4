"""Words and sentence helpers the office rules share: role families (a party's offices, a group's),
describing words passed over before a role, verbs of winning, and small looks around a token (a party
in brackets, the entity at a token, the council of an entity)."""

from __future__ import annotations

from .linking import ORG_KINDS, Entity, Linker, Mention
from .pipeline import POST_NOMINALS
from .sentence import (
    Sentence,
    _council_role,
    _kind,
)
from .words import (
    HONORIFIC_WORDS,
    SEAT_ROLES,
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


#: The offices of a House's government business, each with its House's members' noun (linking.INSTITUTIONS).
HOUSE_LEADERS = {"leader-of-the-house-of-commons": "mps", "deputy-leader-of-the-house-of-commons": "mps",
                 "leader-of-the-house-of-lords": "peers"}


#: Organisations and offices whose former holders an apposition states: a council's and a group's
#: leadership ("former council leader X", "X, a former leader of Tameside Council"). A party's, a
#: government's or an officer's former post is background the gold files leave out.
FORMER_ORG_KINDS = {"COUNCIL", "GROUP"}
FORMER_ROLES = {"leader", "deputy-leader", "co-leader"}
#: Words that describe a group between a verb of leading and its name ("led the joint Green and
#: Independent group", "leads the main opposition group"): the group is still what was led.
GROUP_DESCRIBING = {"joint", "ruling", "opposition", "largest", "main", "official", "strong"}  # ("the 19-strong SNP group")
#: Places whose possessive makes a party its local group: "leads the city's Liberal Democrats".
PLACE_NOUNS = {"city", "county", "borough", "council", "island", "town", "district"}
#: Words just before an office that give it to the clause's subject: "was elected Provost of X".
OFFICE_GIVING_WORDS = {"elected", "became", "becomes", "named", "appointed", "chosen", "as", "installed",
                       "confirmed", "declared", "made"}
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
    while j > 0 and (s.lower[j - 1] in DESCRIBING_WORDS or j >= 3 and s.lower[j - 2] == "-" and
                     "".join(s.lower[j - 3:j]) in DESCRIBING_WORDS):
        j -= 1 if s.lower[j - 1] in DESCRIBING_WORDS else 3  # "long-serving" is three tokens
    return j if j < i and j > 0 and s.lower[j - 1] in ("a", "an", "the", "another") else i


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


#: Nouns that end a title said in plain words: "finance chief", "portfolio holder", "health spokesman".
TITLE_NOUNS = {"chief", "head", "holder", "spokesman", "spokeswoman", "spokesperson", "lead", "champion", "boss"}


def _past_second_title(s: Sentence, j: int) -> int:
    """After a title, the end of a second one coordinated with it before a name: "SNP Leader and First
    Minister X" (j is at "and": returns the token after "First Minister"), "deputy leader and finance chief,
    X" (returns the comma's token); ``j`` unchanged otherwise."""
    if j + 1 < s.n and s.lower[j] == "and":
        # "the council's deputy leader and finance chief, Peter Oakford": a second title in words, then the
        # name in apposition
        k = next((x for x in range(j + 1, min(s.n - 1, j + 5)) if s.lower[x] == ","), None)
        if k is not None and k > j + 1 and s.lower[k - 1] in TITLE_NOUNS and \
                all(s.words[x].isalpha() and s.words[x].islower() and s.at(x) is None for x in range(j + 1, k)) and \
                s.at(k + 1) is not None and _kind(s.at(k + 1)) == "PERSON":
            return k
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
    """"A as X and B as Y", "A as X, B as Y and C as Z", "A X and B Y" (appointed Alex Burghart shadow
    chancellor of the Duchy of Lancaster and Claire Coutinho shadow energy secretary): each person with
    the office after them (one pair, or none, when the list is not of that form)."""
    pairs: list[tuple[Mention, Mention]] = []
    person: Mention | None = first
    while person is not None and _kind(person) == "PERSON":
        k = person.last + 1
        while k < s.n and s.words[k] in POST_NOMINALS:
            k += 1  # "Kim Bromley-Derry CBE DL as Managing Director Commissioner"
        seat = s.at(k) if k < s.n else None
        if seat is not None and seat.first == k and seat.label == "ROLE" and seat.role in SEAT_ROLES and \
                seat.text.isupper():
            k = seat.last + 1  # "James Cleverly MP and Ben Elliot as Co-Chairmen": letters after a name
        if k + 1 < s.n and s.lower[k] == "as":
            k += 1
        opened = k
        while k < s.n and s.lower[k] in ("a", "an", "the", "its", "his", "her", "their"):
            k += 1
        role = s.at(k) if k < s.n else None
        if role is None or role.label != "ROLE" or not opened <= role.first <= k:  # "as its leader": one mention
            break
        pairs.append((person, role))
        k = role.last + 1
        if k + 1 < s.n and s.lower[k] in ("of", "for"):  # the office's own words: "of the Duchy of Lancaster"
            k = next((j for j in range(k, min(s.n, k + 7)) if s.lower[j] in (",", "and", ";")), s.n)
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
