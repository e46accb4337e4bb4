"""A synthetic but realistic partygraph graph, for benchmarks and scale tests: ``partygraph synth``.

:func:`generate` writes, as N-Triples streamed to a file, twenty years (by default) of UK-style local
politics in exactly the model of ``ontology/README.md``:

- councils with GSS-shaped codes, wards, a council group per party with seats, and a local party per
  group; the parties and national bodies of ``data/reference/parties.ttl`` (same IRIs);
- councillors (people) elected every four years in each ward (each council on its own cycle), on
  behalf of a party: re-elected, retired, defeated, deselected, suspended, defecting mid-term,
  replaced at by-elections; one ``org:Membership`` per person per term;
- leader, deputy leader, cabinet portfolios and group leaders, with holders changing at elections
  and in mid-term changes of leader;
- one ``pg:Control`` per council per term (majority, minority, coalition with partners and a lead
  party, no overall control) with the seat count of each party;
- the national bodies' ``pg:Authority`` over their party's council groups under a rule, and their
  members and chairs (council leaders among them);
- decisions (select, deselect, suspend, intervene, instruct, request, investigate), some with a
  ``pg:evidence`` quote, and open letters of council leaders opposing interventions;
- ``dcterms:source`` on every fact, pointing at addresses under ``.invalid`` (RFC 6761): nothing here
  is a claim about the real world, and the council codes (serials from 900001) never collide with
  real GSS codes, so a synthetic graph can share a store with real data.

Deterministic: the same options give byte-identical output (each council draws from its own random
stream, seeded by ``seed`` and its position). Memory holds one council at a time plus a small index of
council leaders; the triples go straight to the file. Cost: about 0.25 million triples per second here
(pyoxigraph's serialiser dominates); the ``bench`` preset (400 councils, 20,000 seats, 20 years) is
1.7 million triples, the ``http`` preset 1.0 million.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ..ontology import uris
from ..ontology.namespaces import DCTERMS, FOAF, ORG, PG, RDF, RDFS, SCHEMA, SKOS, XSD

SOURCE_HOST = "https://synth.partygraph.invalid"


@dataclass(frozen=True)
class SynthOptions:
    """How big a graph to make. ``councillors`` is the number of seats across all councils at any one
    time (the way the UK counts its councillors); the number of people is larger, since seats change
    hands at every election."""

    councils: int = 400
    councillors: int = 20_000
    years: int = 20
    seed: int = 1
    until: int = 2024  # the last year with elections; the last terms stay open ("still true")

    def check(self) -> None:
        if not 1 <= self.councils <= 99_999:
            raise ValueError(f"--councils must be between 1 and 99999, not {self.councils}")
        if self.councillors < 4 * self.councils:
            raise ValueError(f"--councillors must be at least 4 per council ({4 * self.councils} for "
                             f"{self.councils} councils), not {self.councillors}")
        if not 1 <= self.years <= 200:
            raise ValueError(f"--years must be between 1 and 200, not {self.years}")
        if not self.until - self.years >= 1900:
            raise ValueError(f"--years {self.years} before {self.until} starts before 1900")


#: Named sizes. ``bench`` is the influence benchmark's graph; ``http`` is about a million triples.
PRESETS: dict[str, SynthOptions] = {
    "bench": SynthOptions(),
    "http": SynthOptions(councils=240, councillors=12_000),
    "small": SynthOptions(councils=12, councillors=480, years=8),
}


@dataclass
class SynthReport:
    """What :func:`generate` wrote."""

    triples: int = 0
    councils: int = 0
    wards: int = 0
    people: int = 0
    councillor_people: int = 0
    memberships: int = 0
    controls: int = 0
    decisions: int = 0
    statements: int = 0
    seconds: float = 0.0
    kinds: Counter = field(default_factory=Counter)  # pg:controlKind slug -> number of controls

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["kinds"] = dict(self.kinds)
        return out


# ---------------------------------------------------------------- the political landscape (invented)

@dataclass(frozen=True)
class Party:
    slug: str
    adjective: str  # "Labour" in "Ashby Labour group"
    body: str | None  # the reference national body (slug under body/{party}/) with authority over groups
    rule: str | None  # the rule that authority rests on


PARTIES: dict[str, Party] = {p.slug: p for p in [
    Party("labour", "Labour", "nec", "chapter-13"),
    Party("conservative", "Conservative", "party-board", "constitution-schedule-7"),
    Party("liberal-democrats", "Liberal Democrat", "federal-board", "federal-constitution-article-9"),
    Party("green", "Green", "executive", "constitution-local-parties"),
    Party("snp", "SNP", "national-executive-committee", "constitution-council-groups"),
    Party("plaid-cymru", "Plaid Cymru", None, None),
    Party("ukip", "UKIP", None, None),
    Party("reform-uk", "Reform UK", None, None),
    Party("independent", "Independent", None, None),
]}

RULE_LABELS = {
    "labour": "Labour Party Rule Book, Chapter 13 (local government)",
    "conservative": "Conservative Party Constitution, Schedule 7 (local government)",
    "liberal-democrats": "Liberal Democrat Federal Constitution, Article 9",
    "green": "Green Party constitution, local parties and council groups",
    "snp": "SNP constitution, council groups",
}

#: (nation, GSS entity prefix, label pattern, share of councils). Serials start at 900001.
COUNCIL_TYPES = [
    ("england", "E06", "{} Council", 0.14),
    ("england", "E07", "{} District Council", 0.36),
    ("england", "E07", "{} Borough Council", 0.10),
    ("england", "E08", "{} Metropolitan Borough Council", 0.09),
    ("england", "E09", "{} London Borough Council", 0.08),
    ("england", "E10", "{} County Council", 0.06),
    ("wales", "W06", "{} County Borough Council", 0.07),
    ("scotland", "S12", "{} Council", 0.10),
]

#: Base vote shares by nation; each council tilts them. UKIP stands until 2017, Reform UK from 2019.
SHARES = {
    "england": {"labour": 30, "conservative": 33, "liberal-democrats": 14, "green": 7, "independent": 9,
                "ukip": 5, "reform-uk": 5},
    "wales": {"labour": 38, "plaid-cymru": 20, "conservative": 18, "liberal-democrats": 7, "independent": 14,
              "ukip": 3, "reform-uk": 3},
    "scotland": {"snp": 34, "labour": 24, "conservative": 20, "liberal-democrats": 9, "green": 5,
                 "independent": 10},
}

PORTFOLIOS = ["finance", "housing", "environment", "children and families", "adult social care",
              "transport", "planning", "health", "culture and leisure", "communities", "economic growth",
              "climate"]

FIRST = ["Aaliyah", "Abdul", "Adam", "Aisha", "Alan", "Alex", "Alice", "Amanda", "Amir", "Amy", "Andrew", "Angela",
         "Anna", "Anthony", "Asif", "Barbara", "Ben", "Bernard", "Beth", "Bilal", "Brian", "Carol", "Catherine",
         "Chris", "Claire", "Colin", "Craig", "Daniel", "David", "Deborah", "Dennis", "Diane", "Donna", "Eileen",
         "Elaine", "Emma", "Eric", "Farah", "Fatima", "Fiona", "Frank", "Gareth", "Gary", "Geoff", "Gillian",
         "Graham", "Hannah", "Harjit", "Helen", "Ian", "Imran", "Irene", "Jack", "Jacqueline", "James", "Jane",
         "Janet", "Jason", "Jean", "Jennifer", "John", "Jonathan", "Joseph", "Julie", "Karen", "Kate", "Keith",
         "Kevin", "Kim", "Lesley", "Linda", "Lisa", "Louise", "Lynne", "Malcolm", "Margaret", "Mark", "Martin",
         "Mary", "Matthew", "Michael", "Michelle", "Mohammed", "Nadia", "Naomi", "Neil", "Nicola", "Nigel", "Olivia",
         "Owen", "Pamela", "Patricia", "Paul", "Pauline", "Peter", "Priya", "Rachel", "Rajesh", "Rebecca", "Richard",
         "Robert", "Rosemary", "Ruth", "Sajid", "Samantha", "Sandra", "Sarah", "Sean", "Sharon", "Simon", "Sophie",
         "Stephen", "Steven", "Stuart", "Susan", "Tariq", "Teresa", "Thomas", "Tracey", "Trevor", "Una", "Valerie",
         "Vikram", "Wendy", "William", "Yasmin", "Zoe"]
LAST = ["Ahmed", "Akhtar", "Allen", "Anderson", "Armstrong", "Atkinson", "Bailey", "Baker", "Barker", "Barnes",
        "Bell", "Bennett", "Bibi", "Bird", "Booth", "Bradley", "Brown", "Butler", "Campbell", "Carter", "Chapman",
        "Clarke", "Collins", "Cook", "Cooper", "Cox", "Davies", "Dawson", "Dixon", "Doyle", "Edwards", "Ellis",
        "Evans", "Fisher", "Fletcher", "Foster", "Fox", "Gibson", "Gill", "Graham", "Grant", "Gray", "Green",
        "Griffiths", "Hall", "Hamilton", "Harris", "Harrison", "Hart", "Hill", "Holmes", "Hughes", "Hunt", "Hussain",
        "Jackson", "James", "Johnson", "Jones", "Kaur", "Kelly", "Kennedy", "Khan", "King", "Knight", "Lee", "Lewis",
        "Lloyd", "Marshall", "Martin", "Mason", "Matthews", "Miah", "Mills", "Mitchell", "Moore", "Morgan", "Morris",
        "Murphy", "Murray", "Owen", "Palmer", "Parker", "Patel", "Pearson", "Phillips", "Powell", "Price", "Quinn",
        "Rahman", "Reid", "Reynolds", "Richards", "Roberts", "Robinson", "Rogers", "Ross", "Russell", "Saunders",
        "Scott", "Shah", "Sharma", "Shaw", "Simpson", "Singh", "Smith", "Stevens", "Stewart", "Taylor", "Thomas",
        "Thompson", "Turner", "Walker", "Ward", "Watson", "Webb", "Wells", "White", "Wilkinson", "Williams", "Wilson",
        "Wood", "Wright", "Young"]
PLACE_A = ["Ash", "Bar", "Black", "Bram", "Brad", "Brent", "Brook", "Cal", "Cam", "Carr", "Chad", "Chel", "Clay",
           "Cold", "Corn", "Crow", "Dal", "Dun", "Eden", "Elm", "Fal", "Fen", "Gar", "Glen", "Gold", "Grang", "Hal",
           "Hart", "Hay", "Hazel", "Holm", "Kel", "Kil", "Kings", "Lang", "Lin", "Lock", "Mal", "Mar", "Mead", "Mil",
           "Mor", "Nor", "Oak", "Ord", "Pen", "Pit", "Ral", "Red", "Ros", "Rush", "Sal", "Sand", "Shaw", "Stan",
           "Stow", "Sud", "Tal", "Thorn", "Tor", "Wal", "Wen", "West", "Whit", "Wick", "Wil", "Wood", "Wyn", "Yar"]
PLACE_B = ["ford", "ley", "ton", "bury", "wick", "ham", "field", "mouth", "stead", "by", "dale", "worth", "combe",
           "minster", "brook", "hurst", "well", "more", "thorpe", "caster", "den", "holme", "wood", "bridge", "gate",
           "moor"]
WARD_WORDS = ["North", "South", "East", "West", "Central", "Park", "Green", "Hill", "Vale", "Common", "Castle",
              "Abbey", "Bridge", "Mill", "Heath", "Meadows", "Riverside", "Old", "Town", "Harbour", "Priory", "Moor",
              "Fields", "Cross", "Forest"]


# ---------------------------------------------------------------- terms

def _nn(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


TYPE, LABEL, ALT, NAME = _nn(RDF.type), _nn(RDFS.label), _nn(SKOS.altLabel), _nn(FOAF.name)
START, END, SOURCE = _nn(SCHEMA.startDate), _nn(SCHEMA.endDate), _nn(DCTERMS.source)
DATE_TYPE = _nn(XSD.date)


def _date(d: date) -> ox.Literal:
    return ox.Literal(d.isoformat(), datatype=DATE_TYPE)


def _source(*path: object) -> ox.NamedNode:
    return ox.NamedNode(f"{SOURCE_HOST}/" + "/".join(str(p) for p in path))


def election_day(year: int) -> date:
    """The first Thursday of May: the usual day of English, Welsh and Scottish local elections."""
    first = date(year, 5, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7)


class _Out:
    """Triples on their way to the file, in batches (one pyoxigraph serialiser call per batch)."""

    def __init__(self, sink: IO[bytes], report: SynthReport):
        self.sink, self.report, self.batch = sink, report, []

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.batch.append(ox.Triple(s, p, o))
        if len(self.batch) >= 50_000:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            ox.serialize(self.batch, self.sink, format=ox.RdfFormat.N_TRIPLES)
            self.report.triples += len(self.batch)
            self.batch = []


@dataclass
class _Seat:
    ward: ox.NamedNode
    person: ox.NamedNode | None = None
    party: str | None = None


@dataclass
class _Held:
    """A post held from ``start`` until closed."""

    person: ox.NamedNode
    party: str
    start: date


@dataclass
class _Leader:
    party: str
    person: ox.NamedNode
    start: date
    end: date | None


@dataclass
class _Intervention:
    decision: ox.NamedNode
    party: str
    body: ox.NamedNode
    when: date
    council: ox.NamedNode
    council_label: str


# ---------------------------------------------------------------- the generator

class _Generator:
    def __init__(self, options: SynthOptions, out: _Out):
        self.o = options
        self.out = out
        self.report = out.report
        self.person_count = 0
        self.leaders: list[_Leader] = []
        self.interventions: list[_Intervention] = []
        self.used_places: set[str] = set()
        self.first_year = options.until - options.years + 1

    # --------------------------------------------------------- helpers

    def t(self, s: ox.NamedNode, p: object, o: object) -> None:
        self.out.add(s, p if isinstance(p, ox.NamedNode) else _nn(p), o)  # type: ignore[arg-type]

    def person(self, rng: random.Random) -> ox.NamedNode:
        self.person_count += 1
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        iri = _nn(uris.person(f"{uris.slugify(name)}-{self.person_count}"))
        self.t(iri, TYPE, _nn(FOAF.Person))
        self.t(iri, LABEL, ox.Literal(name))
        self.t(iri, NAME, ox.Literal(name))
        self.report.people += 1
        return iri

    def membership(self, member: ox.NamedNode, organisation: ox.NamedNode, role: str, start: date,
                   end: date | None, source: ox.NamedNode, *, post: ox.NamedNode | None = None,
                   party: str | None = None, ward: ox.NamedNode | None = None) -> None:
        if end is not None and end <= start:
            return  # a holding that never held a single day is not a fact
        m = _nn(uris.membership(member.value, organisation.value, role, start, post.value if post else None))
        self.t(m, TYPE, _nn(ORG.Membership))
        self.t(m, ORG.member, member)
        self.t(m, ORG.organization, organisation)
        self.t(m, ORG.role, _nn(uris.role(role)))
        if post is not None:
            self.t(m, PG.post, post)
        if party is not None:
            self.t(m, PG.onBehalfOf, _nn(uris.party(party)))
        if ward is not None:
            self.t(m, PG.ward, ward)
        self.t(m, START, _date(start))
        if end is not None:
            self.t(m, END, _date(end))
        self.t(m, SOURCE, source)
        self.report.memberships += 1

    def post(self, organisation: ox.NamedNode, role: str, label: str, qualifier: str | None = None,
             source: ox.NamedNode | None = None) -> ox.NamedNode:
        p = _nn(uris.post(organisation.value, role, qualifier))
        self.t(p, TYPE, _nn(ORG.Post))
        self.t(p, LABEL, ox.Literal(label))
        self.t(p, ORG.postIn, organisation)
        self.t(p, ORG.role, _nn(uris.role(role)))
        if source is not None:
            self.t(p, SOURCE, source)
        return p

    def decision(self, body: ox.NamedNode, action: str, affects: ox.NamedNode, when: date, label: str,
                 source: ox.NamedNode, rng: random.Random, rule: ox.NamedNode | None = None,
                 quote: str | None = None) -> ox.NamedNode:
        d = _nn(uris.decision(body.value, action, affects.value, when))
        self.t(d, TYPE, _nn(PG.Decision))
        self.t(d, LABEL, ox.Literal(label))
        self.t(d, PG.decidedBy, body)
        self.t(d, PG.action, _nn(uris.action(action)))
        self.t(d, PG.affects, affects)
        if rule is not None:
            self.t(d, PG.underRule, rule)
        self.t(d, START, _date(when))
        self.t(d, SOURCE, source)
        if quote is not None:
            self.evidence(d, source, quote, "synth-decision", rng)
        self.report.decisions += 1
        return d

    def evidence(self, fact: ox.NamedNode, source: ox.NamedNode, quote: str, rule: str,
                 rng: random.Random) -> None:
        start = rng.randrange(0, 4000)
        e = _nn(uris.evidence(source.value, start, start + len(quote), rule))
        self.t(fact, PG.evidence, e)
        self.t(e, TYPE, _nn(PG.Evidence))
        self.t(e, DCTERMS.source, source)
        self.t(e, PG.quote, ox.Literal(quote))
        self.t(e, PG.startOffset, ox.Literal(start))
        self.t(e, PG.endOffset, ox.Literal(start + len(quote)))
        self.t(e, PG.rule, ox.Literal(rule))

    def place(self, rng: random.Random) -> str:
        for _ in range(1000):
            name = rng.choice(PLACE_A) + rng.choice(PLACE_B)
            if rng.random() < 0.15:
                name = f"{rng.choice(['North', 'South', 'East', 'West', 'Upper', 'Great'])} {name}"
            if name not in self.used_places:
                self.used_places.add(name)
                return name
        name = f"{rng.choice(PLACE_A)}{rng.choice(PLACE_B)} {len(self.used_places)}"
        self.used_places.add(name)
        return name

    # --------------------------------------------------------- national level

    def national(self) -> None:
        for party in PARTIES.values():
            if party.body is None:
                continue
            body = _nn(uris.body(party.slug, party.body))
            rule = _nn(uris.rule(party.slug, party.rule or "rules"))
            self.t(rule, TYPE, _nn(PG.Rule))
            self.t(rule, LABEL, ox.Literal(RULE_LABELS[party.slug]))
            self.t(rule, PG.ruleOf, _nn(uris.party(party.slug)))
            self.t(rule, SOURCE, _source("rules", party.slug))
            a = _nn(uris.authority(body.value, uris.party(party.slug), rule.value))
            self.t(a, TYPE, _nn(PG.Authority))
            self.t(a, LABEL, ox.Literal(f"Authority over {party.adjective} council groups"))
            self.t(a, PG.authorityHolder, body)
            self.t(a, PG.overGroupsOf, _nn(uris.party(party.slug)))
            self.t(a, PG.underRule, rule)
            self.t(a, SOURCE, _source("rules", party.slug))

    def national_members(self, rng: random.Random) -> None:
        """Members (two-year terms) and chairs of each national body; some are council leaders."""
        for party in PARTIES.values():
            if party.body is None:
                continue
            body = _nn(uris.body(party.slug, party.body))
            chair = self.post(body, "chair", f"Chair of the {party.adjective} national body",
                              source=_source("bodies", party.slug))
            pool = [self.person(rng) for _ in range(60)]
            for year in range(self.first_year, self.o.until + 1, 2):
                start, end = date(year, 9, 20), date(year + 2, 9, 20)
                leaders = sorted({ld.person.value for ld in self.leaders if ld.party == party.slug
                                  and ld.start <= start and (ld.end is None or start < ld.end)})
                members = rng.sample(pool, 24) + [_nn(p) for p in rng.sample(leaders, min(6, len(leaders)))]
                source = _source("bodies", party.slug, "members", year)
                for person in members:
                    self.membership(person, body, "member", start, end, source)
                self.membership(members[0], body, "chair", start, end, source, post=chair)

    def letters(self, rng: random.Random) -> None:
        """Open letters of a party's council leaders against some of its national body's interventions."""
        for item in self.interventions:
            when = item.when + timedelta(days=rng.randint(3, 12))
            signers = sorted({ld.person.value for ld in self.leaders if ld.party == item.party
                              and ld.start <= when and (ld.end is None or when < ld.end)})
            if len(signers) < 3:
                continue
            chosen = rng.sample(signers, min(len(signers), rng.randint(3, 70)))
            s = _nn(uris.statement(item.decision.value, when))
            adjective = PARTIES[item.party].adjective
            source = _source("news", when.year, f"letter-{uris.digest(s.value, length=8)}")
            self.t(s, TYPE, _nn(PG.Statement))
            self.t(s, LABEL, ox.Literal(f"Letter of {adjective} council leaders on the intervention "
                                        f"in {item.council_label}"))
            for person in sorted(chosen):
                self.t(s, PG.signedBy, _nn(person))
            self.t(s, PG.signatoryCount, ox.Literal(len(chosen)))
            self.t(s, PG.opposes, item.decision)
            self.t(s, DCTERMS.date, _date(when))
            self.t(s, SOURCE, source)
            self.evidence(s, source, f"{len(chosen)} {adjective} council leaders signed a letter calling the "
                                     f"decision on {item.council_label} an affront to local democracy.",
                          "synth-letter", rng)
            self.report.statements += 1

    # --------------------------------------------------------- one council

    def council(self, index: int, seats_total: int) -> None:
        rng = random.Random(f"partygraph-synth:{self.o.seed}:{index}")
        pick = rng.random() * sum(share for *_, share in COUNCIL_TYPES)
        for kind in COUNCIL_TYPES:
            pick -= kind[-1]
            if pick <= 0:
                break
        nation, prefix, pattern, _ = kind
        gss = f"{prefix}{900001 + index:06d}"
        place = self.place(rng)
        label = pattern.format(place)
        c = _nn(uris.council(gss))
        src = _source("councils", gss)
        self.t(c, TYPE, _nn(PG.Council))
        self.t(c, LABEL, ox.Literal(label))
        self.t(c, ALT, ox.Literal(f"{place} Council"))
        self.t(c, PG.gssCode, ox.Literal(gss))
        self.t(c, PG.nation, ox.Literal(nation.title()))
        self.t(c, SOURCE, src)
        self.report.councils += 1

        # wards of one to three seats
        wards: list[ox.NamedNode] = []
        seats: list[_Seat] = []
        names: set[str] = set()
        while len(seats) < seats_total:
            size = min(seats_total - len(seats), rng.choice([3, 3, 3, 2, 2, 1]))
            name = f"{rng.choice(PLACE_A)}{rng.choice(PLACE_B)} {rng.choice(WARD_WORDS)}"
            while name in names:
                name = f"{name} {rng.choice(WARD_WORDS)}"
            names.add(name)
            w = _nn(uris.ward(gss, name))
            self.t(w, TYPE, _nn(PG.Ward))
            self.t(w, LABEL, ox.Literal(name))
            self.t(w, PG.wardOf, c)
            wards.append(w)
            seats += [_Seat(w) for _ in range(size)]
        self.report.wards += len(wards)

        # the council's lean: base shares, tilted once per council and a little per ward
        lean = {p: s * rng.uniform(0.3, 1.5) for p, s in SHARES[nation].items()}
        dominant = rng.choices(sorted(lean), [lean[p] for p in sorted(lean)])[0]
        lean[dominant] *= 2.5
        ward_tilt = {w.value: {p: rng.uniform(0.6, 1.5) for p in lean} for w in wards}

        leader_post = self.post(c, "leader", f"Leader of {label}", source=src)
        deputy_post = self.post(c, "deputy-leader", f"Deputy Leader of {label}", source=src)
        portfolios = sorted(rng.sample(PORTFOLIOS, 6))
        cabinet_posts = [self.post(c, "cabinet-member", f"Cabinet Member for {p.title()}, {label}", p, src)
                         for p in portfolios]
        groups: dict[str, ox.NamedNode] = {}
        group_leader_posts: dict[str, ox.NamedNode] = {}
        local_parties: dict[str, ox.NamedNode] = {}

        def group(party: str) -> ox.NamedNode:
            if party not in groups:
                g = _nn(uris.council_group(party, gss))
                adjective = PARTIES[party].adjective
                self.t(g, TYPE, _nn(PG.CouncilGroup))
                self.t(g, LABEL, ox.Literal(f"{place} {adjective} group"))
                self.t(g, _nn(ORG.unitOf), _nn(uris.party(party)))
                self.t(g, PG.groupOn, c)
                self.t(g, SOURCE, src)
                groups[party] = g
                group_leader_posts[party] = self.post(g, "leader", f"Leader of the {place} {adjective} group",
                                                      source=src)
                lp = _nn(uris.body(party, f"local/{gss}"))
                self.t(lp, TYPE, _nn(PG.PartyBody))
                self.t(lp, LABEL, ox.Literal(f"{place} {adjective} local party"))
                self.t(lp, _nn(ORG.unitOf), _nn(uris.party(party)))
                self.t(lp, SOURCE, src)
                local_parties[party] = lp
            return groups[party]

        # elections every four years on the council's own cycle, the first term starting before the
        # period so that every day of it has a council
        first = self.first_year - 3 + (index % 4)
        years = list(range(first, self.o.until + 1, 4))
        swing = {p: 1.0 for p in lean}
        leader: _Held | None = None
        deselected: set[str] = set()
        for term, year in enumerate(years):
            day = election_day(year)
            end = election_day(years[term + 1]) if term + 1 < len(years) else None
            results = _source("elections", gss, year)
            for p in swing:
                swing[p] = min(2.5, max(0.3, swing[p] * rng.uniform(0.8, 1.25)))
            standing = {p: lean[p] * swing[p] for p in lean
                        if not (p == "ukip" and year > 2017) and not (p == "reform-uk" and year < 2019)}

            # the election: an incumbent party often holds its seat; otherwise the seat is drawn by vote
            # share, squared because first past the post rewards the larger parties beyond their votes
            for seat in seats:
                tilt = ward_tilt[seat.ward.value]
                parties = sorted(standing)
                if seat.party in standing and rng.random() < 0.5:
                    winner = seat.party
                else:
                    winner = rng.choices(parties, [(standing[p] * tilt[p]) ** 2 for p in parties])[0]
                keeps = (seat.person is not None and seat.party == winner
                         and seat.person.value not in deselected and rng.random() < 0.78)
                if not keeps:
                    seat.person = self.person(rng)
                    self.report.councillor_people += 1
                    if winner != "independent" and rng.random() < 0.05:
                        group(winner)
                        self.decision(local_parties[winner], "select", seat.person,
                                      day - timedelta(days=rng.randint(60, 200)),
                                      f"{place} {PARTIES[winner].adjective} local party selects a candidate",
                                      _source("news", year, gss, "selections"), rng)
                seat.party = winner
                group(winner)
            deselected = set()

            tally = Counter(seat.party for seat in seats)
            admin = self.control(c, label, day, end, tally, len(seats), rng, results)
            lead = admin[0]
            span = ((end or date(self.o.until, 12, 31)) - day).days
            meeting = day + timedelta(days=rng.randint(12, 24))
            sitting = {s.person.value: s.party for s in seats if s.person is not None and s.party is not None}
            lead_members = sorted(p for p, party in sitting.items() if party == lead)

            # the leader: continues if still a councillor of the lead party, else the lead group elects one
            if leader is not None and (sitting.get(leader.person.value) != lead or rng.random() < 0.2):
                self.close_leader(leader, c, leader_post, groups, group_leader_posts, day, src)
                leader = None
            if leader is None and lead_members:
                leader = _Held(_nn(rng.choice(lead_members)), lead, meeting)
            busy = {leader.person.value} if leader else set()
            if leader is not None and end is not None and rng.random() < 0.15:
                change = day + timedelta(days=rng.randint(200, max(201, span - 100)))
                successors = [p for p in lead_members if p not in busy]
                if successors:
                    self.close_leader(leader, c, leader_post, groups, group_leader_posts, change, src)
                    leader = _Held(_nn(rng.choice(successors)), lead, change)
                    busy.add(leader.person.value)

            # deputy, cabinet and the other groups' leaders, for the term, chosen among those elected
            admin_members = sorted(p for p, party in sitting.items() if party in admin and p not in busy)
            if admin_members:
                chosen = rng.sample(admin_members, min(7, len(admin_members)))
                self.membership(_nn(chosen[0]), c, "deputy-leader", meeting, end, src, post=deputy_post,
                                party=sitting[chosen[0]])
                for post, person in zip(cabinet_posts, chosen[1:]):
                    self.membership(_nn(person), c, "cabinet-member", meeting, end, src, post=post,
                                    party=sitting[person])
                busy.update(chosen)
            for party in sorted(set(sitting.values()) - {lead}):
                person = rng.choice(sorted(p for p, q in sitting.items() if q == party))
                self.membership(_nn(person), groups[party], "leader", meeting, end, src,
                                post=group_leader_posts[party])
                busy.add(person)

            # mid-term events for the other councillors, each closing one membership and opening another
            terms: list[tuple[_Seat, ox.NamedNode, str, date, date | None]] = []
            for seat in seats:
                assert seat.person is not None and seat.party is not None
                start, person, party = day, seat.person, seat.party
                roll = rng.random()
                when = day + timedelta(days=rng.randint(60, max(61, span - 60)))
                if person.value in busy:
                    roll = 1.0
                body_slug = PARTIES[party].body
                if roll < 0.012 and body_slug is not None:
                    # suspended by the national body: sits as an independent from then on
                    self.decision(_nn(uris.body(party, body_slug)), "suspend", person, when,
                                  f"{PARTIES[party].adjective} national body suspends a {place} councillor",
                                  _source("news", when.year, gss, "suspension"), rng,
                                  _nn(uris.rule(party, PARTIES[party].rule or "rules")),
                                  quote=f"The party confirmed on {when:%d %B %Y} that the councillor had been "
                                        "suspended pending an investigation.")
                    terms.append((seat, person, party, start, when))
                    start, party = when, "independent"
                    group(party)
                elif roll < 0.025:
                    # defects to another party
                    terms.append((seat, person, party, start, when))
                    start, party = when, rng.choice([p for p in standing if p != party])
                    group(party)
                elif roll < 0.045:
                    # resigns; a by-election five weeks later fills the seat
                    terms.append((seat, person, party, start, when))
                    parties = sorted(standing)
                    party = rng.choices(parties, [standing[p] for p in parties])[0]
                    group(party)
                    person = self.person(rng)
                    self.report.councillor_people += 1
                    start = when + timedelta(days=35)
                elif end is not None and roll < 0.075 and party != "independent":
                    self.decision(local_parties[party], "deselect", person, end - timedelta(days=rng.randint(90, 240)),
                                  f"{place} {PARTIES[party].adjective} local party deselects a councillor",
                                  _source("news", end.year, gss, "deselections"), rng,
                                  quote="Members voted not to reselect the sitting councillor for the next election.")
                    deselected.add(person.value)
                seat.person, seat.party = person, party
                terms.append((seat, person, party, start, end))
            for seat, person, party, start, stop in terms:
                self.membership(person, c, "councillor", start, stop, results, party=party, ward=seat.ward)

            # the national body steps in now and then; a letter of council leaders may follow
            body_slug = PARTIES[lead].body
            if body_slug and end is not None and rng.random() < 0.06:
                body = _nn(uris.body(lead, body_slug))
                when = day + timedelta(days=rng.randint(100, max(101, span - 100)))
                action = rng.choice(["intervene", "instruct", "request", "investigate"])
                target, name = (c, label) if action == "request" else (groups[lead], f"the {place} group")
                verb = {"intervene": "intervene in", "instruct": "instruct", "request": "make a request of",
                        "investigate": "investigate"}[action]
                d = self.decision(body, action, target, when,
                                  f"The {PARTIES[lead].adjective} national body decides to {verb} {name}",
                                  _source("news", when.year, gss, f"national-{action}"), rng,
                                  _nn(uris.rule(lead, PARTIES[lead].rule or "rules")),
                                  quote=f"The party's national body voted on {when:%d %B %Y} to {verb} {name}.")
                if rng.random() < 0.6:
                    self.interventions.append(_Intervention(d, lead, body, when, c, label))
        if leader is not None:
            self.close_leader(leader, c, leader_post, groups, group_leader_posts, None, src)

    def close_leader(self, held: _Held, council: ox.NamedNode, post: ox.NamedNode, groups: dict[str, ox.NamedNode],
                     group_posts: dict[str, ox.NamedNode], end: date | None, source: ox.NamedNode) -> None:
        """Write a leadership (of the council and of its group, same dates) once its end is known."""
        self.membership(held.person, council, "leader", held.start, end, source, post=post, party=held.party)
        self.membership(held.person, groups[held.party], "leader", held.start, end, source,
                        post=group_posts[held.party])
        if end is None or end > held.start:
            self.leaders.append(_Leader(held.party, held.person, held.start, end))

    def control(self, council: ox.NamedNode, label: str, start: date, end: date | None,
                tally: Counter, total: int, rng: random.Random, source: ox.NamedNode) -> list[str]:
        """Write the council's control for a term; return the administration's parties, lead first."""
        ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
        (first, first_seats), second = ranked[0], (ranked[1] if len(ranked) > 1 else (None, 0))
        controllers: list[str]
        if first_seats * 2 > total and first != "independent":
            kind, controllers, lead = "majority", [first], None
        elif second[0] is not None and first_seats + second[1] > total / 2 and rng.random() < 0.6:
            kind, controllers, lead = "coalition", [first, second[0]], first
        elif rng.random() < 0.5:
            kind, controllers, lead = "minority", [first], first
        else:
            kind, controllers, lead = "no-overall-control", [first], first
        ctl = _nn(uris.control(council.value, "+".join(controllers), start))
        self.t(ctl, TYPE, _nn(PG.Control))
        self.t(ctl, LABEL, ox.Literal(f"{label}: {kind.replace('-', ' ')} from {start.year}"))
        self.t(ctl, PG.council, council)
        for party in controllers:
            self.t(ctl, PG.controlledBy, _nn(uris.party(party)))
        if lead is not None:
            self.t(ctl, PG.leadParty, _nn(uris.party(lead)))
        self.t(ctl, PG.controlKind, _nn(uris.control_kind(kind)))
        self.t(ctl, PG.seats, ox.Literal(sum(tally[p] for p in controllers)))
        self.t(ctl, PG.totalSeats, ox.Literal(total))
        for party, n in ranked:
            part = _nn(f"{ctl.value}/{party}")
            self.t(ctl, PG.composition, part)
            self.t(part, PG.party, _nn(uris.party(party)))
            self.t(part, PG.seats, ox.Literal(n))
        self.t(ctl, START, _date(start))
        if end is not None:
            self.t(ctl, END, _date(end))
        self.t(ctl, SOURCE, source)
        self.report.controls += 1
        self.report.kinds[kind] += 1
        return controllers


def seat_counts(options: SynthOptions) -> list[int]:
    """Seats per council: between about half and one and a half times the average, summing exactly
    to ``options.councillors``."""
    rng = random.Random(f"partygraph-synth:{options.seed}:seats")
    weights = [rng.uniform(0.5, 1.5) for _ in range(options.councils)]
    scale = options.councillors / sum(weights)
    counts = [max(4, int(w * scale)) for w in weights]
    i = 0
    while sum(counts) != options.councillors:
        step = 1 if sum(counts) < options.councillors else -1
        if counts[i % len(counts)] + step >= 4:
            counts[i % len(counts)] += step
        i += 1
    return counts


def reference_triples(reference: Path, used: set[str]) -> Iterator[ox.Triple]:
    """The triples of ``reference`` (parties.ttl) about the parties and bodies the generator uses, so a
    synthetic graph labels them even when the reference data is not loaded beside it."""
    for triple in ox.parse(path=str(reference), base_iri=f"{uris.base()}id/"):
        if isinstance(triple.subject, ox.NamedNode) and triple.subject.value in used:
            yield triple


def generate(output: str | Path | IO[bytes], options: SynthOptions = SynthOptions(), *,
             reference: Path | None = None) -> SynthReport:
    """Write a synthetic graph as N-Triples to ``output`` (a path, or a binary file). ``reference`` is
    ``data/reference/parties.ttl``; its triples about the parties and bodies used are copied in.

    Cost: linear in councils x seats x years; about 0.3 M triples/s, a few MB of memory whatever the size."""
    options.check()
    started = time.perf_counter()
    report = SynthReport()
    if isinstance(output, (str, Path)):
        with open(output, "wb") as sink:
            return _run(sink, options, reference, report, started)
    return _run(output, options, reference, report, started)


def _run(sink: IO[bytes], options: SynthOptions, reference: Path | None, report: SynthReport,
         started: float) -> SynthReport:
    out = _Out(sink, report)
    gen = _Generator(options, out)
    if reference is not None:
        used = {str(uris.party(p)) for p in PARTIES} | {str(uris.body(p.slug, p.body)) for p in PARTIES.values()
                                                        if p.body}
        for triple in reference_triples(reference, used):
            out.add(triple.subject, triple.predicate, triple.object)  # type: ignore[arg-type]
    gen.national()
    for index, seats in enumerate(seat_counts(options)):
        gen.council(index, seats)
    rng = random.Random(f"partygraph-synth:{options.seed}:national")
    gen.national_members(rng)
    gen.letters(rng)
    out.flush()
    report.seconds = time.perf_counter() - started
    return report


__all__ = ["PRESETS", "SynthOptions", "SynthReport", "election_day", "generate", "seat_counts"]
