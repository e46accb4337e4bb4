"""ModernGov ``GetCouncillorsByWard`` XML: a council's councillors by ward, with party, terms of
office and key posts (``{host}/mgWebService.asmx/GetCouncillorsByWard``).

What it writes, for the council the file is about:

- each councillor as a ``foaf:Person`` (linked to people already in the graph by
  :mod:`.linking`; ``pg:identifier "moderngov:{domain}:{councillorid}"``), the name without "Councillor",
  "Mayor" or post-nominal honours;
- each ward as a ``pg:Ward`` of the council (an existing ward of the same name is reused);
- a councillor membership of the council per term of office (``startdate``/``enddate`` in
  dd/mm/yyyy, ``unspecified`` = still open). The file gives only the *current* ward and party, so
  those go on the term that holds on the observation date; a councillor with no term that holds then
  gets one membership observed on that date (``pg:observedOn``), since the file says they sit now;
- the council group of each party with councillors (``uris.council_group``);
- key posts (:mod:`.keyposts`): leader, deputy leaders, cabinet members, mayors, chairs as posts of
  the council; group leaders and whips as posts of the holder's party group; each held from the
  observation date. A "Mayor"/"Deputy Mayor" title before a name is the civic mayor and deputy
  (or, where the file names an elected mayor, that mayor and deputy);
- the ``pg:Control`` the seats imply on the observation date: a party with more than half of the
  seats has a majority; otherwise there is no overall control, led (``pg:leadParty``) by the party of
  the leader of the council when the file names one. Independents never form a majority. Seats in
  total are the councillor counts of the wards (a vacancy still counts), with a ``pg:composition``
  per party.

**Which council.** ``--council GSS|NAME`` (``options["council"]``) wins; otherwise the file name must
start with the council's web domain (``lambeth.gov.uk.CouncillorsByWard.xml``, also
``moderngov.lambeth.gov.uk...``). The register has no website column, so the domain's council label
("lambeth") is matched against the register's gov.uk slugs (``govuk:lambeth``) and then against
council names, exactly; anything but one council is an error that says what to pass.

**Observation date.** The files carry no date. ``--observed YYYY-MM-DD`` (``options["observed"]``)
wins; otherwise the latest date written anywhere in the file (a term's start or end) is used: the
list cannot be older than that, and it is the most recent day the file can vouch for. A file with no
dates at all needs ``--observed``. The date becomes the source's ``dcterms:issued``.

XML is parsed with defusedxml: entity declarations (the "billion laughs"), external entities and
external DTDs are refused with an error naming the line.

Cost: one parse (about 2 ms for 63 councillors) plus the linking queries (about 70).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlparse
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml.ElementTree as safe_etree
from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from rdflib import URIRef

from ..graph.lookup import normalise
from ..graph.sources import Content, SourceRecord
from ..ontology import uris
from ..ontology.namespaces import ORG, PG, RDF, RDFS
from . import keyposts
from .base import LoadContext, Loaded, SourceError, source_key
from .entities import Triples, parse_day, parse_iso, party_slug, person_name
from .linking import Linker, Seat, council_info, councils_called, read_overrides, resolve_council, tier, wards_of

NAME = "moderngov"
DESCRIPTION = "ModernGov GetCouncillorsByWard XML"

#: Host names in front of a council's domain that say nothing about which council it is.
_HOST_PREFIXES = {"www", "moderngov", "democracy", "democratic", "committees", "councillors", "mgov", "modgov",
                  "cmis", "meetings", "services", "council"}
_DOMAIN = re.compile(r"^((?:[a-z0-9-]+\.)+?)(gov\.uk|gov\.wales|llyw\.cymru|gov\.scot|org\.uk|co\.uk)(?:\.|$)", re.IGNORECASE)
_TITLE = re.compile(r"^(?:the\s+)?(?P<title>(?:deputy\s+)?(?:lord\s+)?mayor)\s+(?:\((?P<inner>[^)]*)\)|(?P<rest>.+))$", re.IGNORECASE)
_INDEPENDENT = {"independent", "independents", "non-aligned", "non aligned", "no party", "unaligned"}


# ---------------------------------------------------------------- reading the XML

class _LineBuilder(TreeBuilder):
    """A tree builder that remembers the line each element starts on (ElementTree does not)."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: safe_etree.DefusedXMLParser | None = None
        self.lines: dict[int, int] = {}

    def start(self, tag, attrs):  # type: ignore[no-untyped-def]
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


@dataclass
class _Councillor:
    id: str
    raw_name: str
    name: str
    alternatives: list[str]
    title: str | None
    party: str | None
    ward: str
    ward_seats: int
    keyposts: str
    terms: list[tuple[date, date | None]]  # start, and end (exclusive) or None
    line: int
    problems: list[str]


@dataclass
class _File:
    wards: list[tuple[str, int, int]] = field(default_factory=list)  # name, seats, line
    councillors: list[_Councillor] = field(default_factory=list)
    hosts: Counter[str] = field(default_factory=Counter)


def parse(path: Path) -> _File:
    """Read and check the file. Raises :class:`SourceError` naming the file and line."""
    builder = _LineBuilder()
    parser = safe_etree.DefusedXMLParser(target=builder)
    builder.parser = parser
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 16), b""):
                parser.feed(block)
        root = parser.close()
    except ParseError as e:
        line, column = e.position
        raise SourceError(f"{path}:{line}:{column}: malformed XML: {_expat_message(e)}") from None
    except (EntitiesForbidden, ExternalReferenceForbidden, DTDForbidden, DefusedXmlException) as e:
        line = parser.parser.CurrentLineNumber
        raise SourceError(f"{path}:{line}: refused: {_hostile(e)}") from None
    lines = builder.lines

    def at(element: Element) -> str:
        return f"{path}:{lines.get(id(element), 0)}"

    if _local(root.tag) != "councillorsbyward":
        raise SourceError(f"{at(root)}: the root element is <{_local(root.tag)}>, not <councillorsbyward>: "
                          "not a ModernGov GetCouncillorsByWard file")
    out = _File()
    wards = [w for w in root.iter() if _local(w.tag) == "ward"]
    if not wards:
        raise SourceError(f"{at(root)}: no <ward> elements: nothing to load")
    for ward in wards:
        title = _text(ward, "wardtitle")
        if not title:
            raise SourceError(f"{at(ward)}: a <ward> without a <wardtitle>")
        members = [c for c in ward.iter() if _local(c.tag) == "councillor"]
        count_text = next((" ".join((e.text or "").split()) for e in ward.iter() if _local(e.tag) == "councillorcount"), "")
        try:
            seats = int(count_text) if count_text else len(members)
        except ValueError:
            raise SourceError(f"{at(ward)}: <councillorcount> {count_text!r} is not a number") from None
        out.wards.append((title, max(seats, len(members)), lines.get(id(ward), 0)))
        for element in members:
            out.councillors.append(_councillor(element, title, max(seats, len(members)), at))
            for url in (_text(element, "photosmallurl"), _text(element, "photobigurl")):
                if url and urlparse(url).hostname:
                    out.hosts[urlparse(url).hostname] += 1  # type: ignore[index]
    ids = Counter(c.id for c in out.councillors)
    repeated = [c for c in out.councillors if ids[c.id] > 1]
    if repeated:
        first = repeated[0]
        raise SourceError(f"{path}:{repeated[1].line}: councillorid {first.id} appears twice "
                          f"(also on line {first.line})")
    return out


def _councillor(element: Element, ward: str, ward_seats: int, at) -> _Councillor:  # type: ignore[no-untyped-def]
    where = at(element)
    cid = _text(element, "councillorid")
    raw = _text(element, "fullusername")
    if not cid:
        raise SourceError(f"{where}: a <councillor> without a <councillorid>")
    if not raw:
        raise SourceError(f"{where}: councillor {cid} has no <fullusername>")
    title = None
    m = _TITLE.match(" ".join(raw.split()))
    if m:
        title = " ".join(m.group("title").lower().split())
        raw_person = m.group("inner") or m.group("rest")
    else:
        raw_person = raw
    name, alternatives = person_name(raw_person)
    if not name:
        raise SourceError(f"{where}: councillor {cid} has no name left once titles are removed ({raw!r})")
    terms = []
    problems: list[str] = []
    for term in (t for t in element.iter() if _local(t.tag) == "termofoffice"):
        start_text, end_text = _text(term, "startdate"), _text(term, "enddate")
        if not start_text:
            raise SourceError(f"{at(term)}: a term of office of councillor {cid} without a <startdate>")
        start = parse_day(start_text, f"{at(term)}: startdate of councillor {cid}")
        end = None
        if end_text and end_text.lower() != "unspecified":
            end = parse_day(end_text, f"{at(term)}: enddate of councillor {cid}")
            if end < start:
                # Real registers have these (Lambeth's 8893: 14/08/2014 to 09/07/2014). The councillor is
                # listed as sitting, so the start stands and the impossible end is dropped, with a note.
                problems.append(f"{at(term)}: councillor {cid}'s term ends ({end_text}) before it starts "
                                f"({start_text}); the end is ignored")
                end = None
        terms.append((start, end))
    keypost_elements = [k for k in element.iter() if _local(k.tag) == "keypost"]
    posts_text = "\n".join(_all_text(k) for k in keypost_elements) if keypost_elements else _text(element, "keyposts")
    return _Councillor(cid, raw, name, alternatives, title, _text(element, "politicalpartytitle") or None, ward,
                       ward_seats, posts_text or "", terms, int(where.rsplit(":", 1)[1]), problems)


# ---------------------------------------------------------------- loading

def sniff(path: Path, head: bytes) -> float:
    if b"<councillorsbyward" in head.lower() or b":councillorsbyward" in head.lower():
        return 0.95
    return 0.3 if "councillorsbyward" in path.name.lower() else 0.0


def load(path: Path, context: LoadContext) -> Loaded:
    data = parse(path)
    store = context.store
    domain = _domain(path.name)
    if context.options.get("council"):
        council = resolve_council(store, context.options["council"], f"{path}: --council")
    else:
        council = _council_from_name(store, path, domain)
    info = council_info(store, council)  # type: ignore[arg-type]
    council_label = str(info.get("label") or council)
    gss = str(info.get("gss") or info.get("code") or "")
    observed = _observed(path, data, context)
    domain = domain or _site(data) or gss.lower()
    key = source_key(NAME, path, context)
    record = SourceRecord(key=key, title=context.options.get("title") or f"ModernGov councillors by ward: {council_label}",
                          loader=NAME, url=context.options.get("url") or _service_url(data), publisher=council_label,
                          issued=observed, kind="register", file_name=path.name, iri_override=context.source_iri)
    linker = Linker.for_source(store, str(record.iri), read_overrides(context.options.get("overrides")), context.batch)
    builder = _Builder(URIRef(council), council_label, gss, tier(info.get("type")), domain, observed, linker,
                       wards_of(store, council, linker.exclude))
    notes = builder.build(data)
    linker.evidence(builder.triples, record.iri)
    notes = [f"{council_label} ({gss}), observed on {observed.isoformat()}", *notes, *linker.notes()]
    return Loaded(record, Content(triples=builder.triples.items), notes)


class _Builder:
    """Turns a parsed file into triples for one council."""

    def __init__(self, council: URIRef, label: str, gss: str, council_tier: str | None, domain: str,
                 observed: date, linker: Linker, wards: dict[str, str]):
        self.council, self.label, self.gss, self.tier = council, label, gss, council_tier
        self.domain, self.observed, self.linker, self.known_wards = domain, observed, linker, wards
        self.triples = Triples()
        self.parties: dict[str, URIRef | None] = {}
        self.groups: dict[URIRef, URIRef] = {}

    def build(self, data: _File) -> list[str]:
        notes: list[str] = [p for c in data.councillors for p in c.problems]
        t = self.triples
        ward_iris = {name: self._ward(name) for name, _, _ in data.wards}
        elected_mayor = keyposts.names_elected_mayor([c.keyposts for c in data.councillors])
        seats: Counter[URIRef] = Counter()
        leader_party: URIRef | None = None
        unread: list[str] = []
        for c in data.councillors:
            party = self._party(c.party) if c.party else None
            ward = ward_iris[c.ward]
            identifier = f"moderngov:{self.domain}:{c.id}"
            person = self.linker.person(record=identifier, name=c.name, identifiers=[identifier],
                                        contexts=[str(self.council)], seats=self._link_seats(c))
            t.person(person, c.name, alternatives=c.alternatives, identifiers=[identifier])
            if party is not None:
                seats[party] += 1
            self._seats(person, c, party, ward)
            posts, missed = keyposts.parse(c.keyposts, elected_mayor=elected_mayor)
            if c.title:
                posts.append(keyposts.parse_one(c.title, elected_mayor=elected_mayor))  # type: ignore[arg-type]
            for post in posts:
                self._keypost(person, c, post, party)
                if post.role in ("leader", "mayor") and post.scope == "council":
                    leader_party = party
            unread += [f"{c.name}: {m}" for m in missed]
        total = sum(n for _, n, _ in data.wards)
        self._control(seats, total, leader_party)
        notes.append(f"{len(data.councillors)} councillors in {len(data.wards)} wards; "
                     + ", ".join(f"{self._party_name(p)} {n}" for p, n in seats.most_common())
                     + (f", no party {len(data.councillors) - sum(seats.values())}"
                        if len(data.councillors) > sum(seats.values()) else ""))
        if unread:
            notes.append(f"key posts not in the role scheme, kept out ({len(unread)}): " + "; ".join(unread))
        return notes

    # ------------------------------------------------------------ pieces

    def _link_seats(self, c: _Councillor) -> list[Seat]:
        """The councillor's seats as linking compares them: the current term in the current ward,
        vouched for up to the observation date; past terms without a ward (the file does not say)."""
        out = []
        for start, end in c.terms:
            current = start <= self.observed and (end is None or self.observed < end)
            out.append(Seat(str(self.council), normalise(c.ward) if current else None, start=start, end=end,
                            seen=self.observed if current else None, tier=self.tier, council_label=self.label))
        if not any(s.ward for s in out):
            out.append(Seat(str(self.council), normalise(c.ward), seen=self.observed, tier=self.tier,
                            council_label=self.label))
        return out

    def _ward(self, name: str) -> URIRef:
        existing = self.known_wards.get(normalise(name))
        iri = URIRef(existing) if existing else uris.ward(self.gss, name)
        self.triples.add(iri, RDF.type, PG.Ward)
        self.triples.add(iri, RDFS.label, name)
        self.triples.add(iri, PG.wardOf, self.council)
        return iri

    def _party(self, title: str) -> URIRef:
        if title not in self.parties:
            found = self.linker.party(title)
            if found is None:
                found = uris.party(uris.slugify(title))
                self.triples.add(found, RDF.type, PG.PoliticalParty)
                self.triples.add(found, RDFS.label, title)
            self.parties[title] = found
        party = self.parties[title]
        assert party is not None
        if party not in self.groups:
            group = uris.council_group(party_slug(party), self.gss)
            self.triples.add(group, RDF.type, PG.CouncilGroup)
            self.triples.add(group, RDFS.label, f"{title} group on {self.label}")
            self.triples.add(group, ORG.unitOf, party)
            self.triples.add(group, PG.groupOn, self.council)
            self.groups[party] = group
        return party

    def _party_name(self, party: URIRef) -> str:
        return next((title for title, iri in self.parties.items() if iri == party), str(party))

    def _seats(self, person: URIRef, c: _Councillor, party: URIRef | None, ward: URIRef) -> None:
        current_done = False
        label = f"{c.name}, councillor for {c.ward} on {self.label}"
        for start, end in sorted(c.terms, key=lambda term: term[0]):
            current = start <= self.observed and (end is None or self.observed < end)
            self.triples.membership(person, self.council, "councillor", start=start, end=end,
                                    party=party if current else None, ward=ward if current else None,
                                    label=label if current else f"{c.name}, councillor on {self.label}")
            current_done = current_done or current
        if not current_done:
            self.triples.membership(person, self.council, "councillor", observed=self.observed, party=party,
                                    ward=ward, label=label)

    def _keypost(self, person: URIRef, c: _Councillor, post: keyposts.KeyPost, party: URIRef | None) -> None:
        if post.scope == "group":
            if party is None:
                return
            organisation, org_label = self.groups[party], f"{self._party_name(party)} group on {self.label}"
        else:
            organisation, org_label = self.council, self.label
        post_iri = self.triples.post(organisation, post.role, f"{post.text}, {org_label}", post.qualifier)
        self.triples.membership(person, organisation, post.role, post=post_iri, party=party, observed=self.observed,
                                label=f"{c.name}, {post.text}, {org_label}")

    def _control(self, seats: Counter[URIRef], total: int, leader_party: URIRef | None) -> None:
        independent = {p for p in seats if self._party_name(p).strip().lower() in _INDEPENDENT}
        ranked = [(p, n) for p, n in seats.most_common() if p not in independent]
        majority = ranked[0][0] if ranked and ranked[0][1] * 2 > total else None
        controller = majority or "no-overall-control"
        iri = uris.control(self.council, controller, self.observed)
        t = self.triples
        t.add(iri, RDF.type, PG.Control)
        t.add(iri, PG.council, self.council)
        t.add(iri, PG.totalSeats, total)
        t.add(iri, PG.observedOn, self.observed)
        if majority is not None:
            t.add(iri, PG.controlKind, uris.control_kind("majority"))
            t.add(iri, PG.controlledBy, majority)
            t.add(iri, PG.seats, seats[majority])
            t.add(iri, RDFS.label, f"{self._party_name(majority)} majority on {self.label}: "
                                   f"{seats[majority]} of {total} seats")
        else:
            t.add(iri, PG.controlKind, uris.control_kind("no-overall-control"))
            t.add(iri, PG.leadParty, leader_party)
            if leader_party is not None:
                t.add(iri, PG.seats, seats[leader_party])
            t.add(iri, RDFS.label, f"No overall control of {self.label} ({total} seats)")
        for party, n in sorted(seats.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            part = URIRef(f"{iri}/{party_slug(party)}")  # a seat count is part of its control
            t.add(iri, PG.composition, part)
            t.add(part, PG.party, party)
            t.add(part, PG.seats, n)


# ---------------------------------------------------------------- helpers

def _council_from_name(store, path: Path, domain: str | None) -> str:  # type: ignore[no-untyped-def]
    if not domain:
        raise SourceError(f"{path}: cannot tell which council this is: the file name does not start with a "
                          "council's web domain (like lambeth.gov.uk.CouncillorsByWard.xml); pass --council GSS|NAME")
    key = _council_key(domain)
    found = councils_called(store, key)
    if len(found) == 1:
        return found[0]
    if not found:
        raise SourceError(f"{path}: cannot tell which council this is: no council in the graph is called "
                          f"{key!r} (from {domain}); load the local-authority register first, in an earlier "
                          "`partygraph load`, or pass --council GSS|NAME")
    listed = ", ".join(sorted(uris.local_path(c) or c for c in found))
    raise SourceError(f"{path}: cannot tell which council this is: {key!r} (from {domain}) could be any of "
                      f"{listed}; pass --council GSS|NAME")


def _domain(file_name: str) -> str | None:
    """The council's web domain a file name (or host name) starts with, without host prefixes:
    ``moderngov.lambeth.gov.uk.CouncillorsByWard.xml`` -> ``lambeth.gov.uk``."""
    m = _DOMAIN.match(file_name.lower())
    if not m:
        return None
    labels = [x for x in m.group(1).strip(".").split(".") if x]
    while len(labels) > 1 and labels[0] in _HOST_PREFIXES:
        labels.pop(0)
    return ".".join([*labels, m.group(2)])


def _council_key(domain: str) -> str:
    """The label of a web domain that names the council: ``lambeth.gov.uk`` -> ``lambeth``."""
    return domain.split(".", 1)[0]


def _site(data: _File) -> str | None:
    if not data.hosts:
        return None
    host = data.hosts.most_common(1)[0][0]
    return _domain(host + ".") or host


def _service_url(data: _File) -> str | None:
    """The ModernGov web service the file came from, by the host its photo links point at."""
    if not data.hosts:
        return None
    host = data.hosts.most_common(1)[0][0]
    return f"https://{host}/mgWebService.asmx/GetCouncillorsByWard"


def _observed(path: Path, data: _File, context: LoadContext) -> date:
    if context.options.get("observed"):
        return parse_iso(context.options["observed"], f"{path}: --observed")
    days = [d for c in data.councillors for term in c.terms for d in term if d]
    if not days:
        raise SourceError(f"{path}: the file has no dates, so when it was read is unknown; "
                          "pass --observed YYYY-MM-DD")
    return max(days)


def _local(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1].lower() if "}" in text else text.lower()


def _text(element: Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return " ".join((child.text or "").split())
    return ""


def _all_text(element: Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _expat_message(error: ParseError) -> str:
    return re.sub(r": line \d+, column \d+$", "", str(error))


def _hostile(error: Exception) -> str:
    if isinstance(error, EntitiesForbidden):
        return (f"the file declares the entity {error.name!r}; entity declarations are refused "
                "(they allow entity-expansion attacks)")
    if isinstance(error, ExternalReferenceForbidden):
        return f"the file refers to an external resource ({error.sysid or error.pubid}); external entities are refused"
    if isinstance(error, DTDForbidden):
        return "the file has a document type declaration; DTDs are refused"
    return str(error)


__all__ = ["DESCRIPTION", "NAME", "load", "parse", "sniff"]
