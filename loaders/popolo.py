"""Popolo JSON (https://www.popoloproject.com/specs/), the format of EveryPolitician: ``persons``,
``organizations``, ``memberships``, ``posts``, ``areas`` and ``events`` (legislative periods).

Mapping:

- an organization classified ``party`` is a ``pg:PoliticalParty``, linked to a party in the graph by
  identifier or exact name, else minted; one classified ``council`` (or ``local authority``) is a
  ``pg:Council`` and must carry a ``gss`` identifier or a name the graph knows; one whose parent is a
  party is a ``pg:PartyBody`` (``org:unitOf`` the party); anything else an ``org:FormalOrganization``
  (``org:subOrganizationOf`` its parent);
- a post is an ``org:Post`` in its organisation, its role read against the role scheme ("Councillor",
  "Chairman" -> chair; an unknown role is ``role:member``, reported in the notes);
- a person is a ``foaf:Person`` linked by :mod:`.linking`: identifiers (``wikidata`` -> ``pg:wikidata``,
  any other scheme -> ``pg:identifier "{scheme}:{value}"``), then names within the organisations
  the file says they belong to; ``other_names`` become alternative labels;
- an area classified as a ward (or division) of a council is a ``pg:Ward``; other areas are
  ``prov:Location`` at ``id/area/{gss or slug}``;
- a membership is an ``org:Membership`` with its post, party (``on_behalf_of_id``), ward (``area_id``)
  and dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, with ``pg:datePrecision``); a membership with no
  start takes its legislative period's, or is observed on ``--observed``; one with neither is an error.

Every id a record refers to must be defined in the file: a dangling ``person_id``,
``organization_id``, ``post_id``, ``on_behalf_of_id``, ``area_id``, ``parent_id`` or
``legislative_period_id`` is an error naming the record.

Cost: one pass over the JSON plus the linking queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import URIRef

from ..graph.lookup import normalise
from ..graph.sources import Content, SourceRecord
from ..ontology import uris
from ..ontology.namespaces import ORG, OWL, PG, PROV, RDF, RDFS, SCHEMA, SKOS
from .base import LoadContext, Loaded, SourceError, read_json, source_key
from .entities import Triples, parse_iso, parse_partial, party_slug, person_name, role_slug
from .linking import Linker, Seat, council_info, read_overrides, resolve_council, tier

NAME = "popolo"
DESCRIPTION = "Popolo JSON (persons, organizations, memberships, posts, areas), as EveryPolitician publishes"

_COLLECTIONS = ("persons", "organizations", "memberships", "posts", "areas", "events")
_WARD_KINDS = {"ward", "electoral ward", "division", "electoral division", "ward/division"}
_COUNCIL_KINDS = {"council", "local authority", "local_authority", "local council"}


@dataclass
class _Org:
    iri: URIRef
    label: str
    kind: str  # party, council, body, organisation
    gss: str = ""
    tier: str | None = None


def sniff(path: Path, head: bytes) -> float:
    text = head.lstrip()
    if text.startswith(b"{") and b'"persons"' in head and (b'"memberships"' in head or b'"organizations"' in head):
        return 0.9
    return 0.5 if path.name.lower().endswith((".popolo.json", "-popolo.json", "ep-popolo-v1.0.json")) else 0.0


def load(path: Path, context: LoadContext) -> Loaded:
    data = _read(path)
    key = source_key(NAME, path, context)
    record = SourceRecord(key=key, title=context.options.get("title") or f"Popolo ({path.name})", loader=NAME,
                          url=context.options.get("url"), publisher=context.options.get("publisher"),
                          issued=parse_iso(context.options["observed"], f"{path}: --observed")
                          if context.options.get("observed") else None,
                          kind="register", file_name=path.name, iri_override=context.source_iri)
    linker = Linker.for_source(context.store, str(record.iri), read_overrides(context.options.get("overrides")),
                              context.batch)
    builder = _Builder(path, data, context, linker)
    builder.build()
    linker.evidence(builder.triples, record.iri)
    counts = ", ".join(f"{len(data[c])} {c}" for c in _COLLECTIONS if data[c])
    return Loaded(record, Content(triples=builder.triples.items), [counts, *builder.notes, *linker.notes()])


def _read(path: Path) -> dict[str, list[dict]]:
    raw = read_json(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("persons"), list):
        raise SourceError(f"{path}: not Popolo JSON: expected an object with a list of persons")
    data: dict[str, list[dict]] = {}
    for collection in _COLLECTIONS:
        items = raw.get(collection) or []
        if not isinstance(items, list):
            raise SourceError(f"{path}: {collection} is not a list")
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            where = f"{path}: {collection}[{i}]"
            if not isinstance(item, dict):
                raise SourceError(f"{where}: not an object")
            if collection != "memberships":
                ident = str(item.get("id") or "")
                if not ident:
                    raise SourceError(f"{where}: has no id")
                if ident in seen:
                    raise SourceError(f"{where}: id {ident!r} is also {collection}[{seen[ident]}]")
                seen[ident] = i
        data[collection] = items
    _check_references(path, data)
    return data


_REFERENCES = {
    "memberships": (("person_id", "persons"), ("organization_id", "organizations"), ("post_id", "posts"),
                    ("on_behalf_of_id", "organizations"), ("area_id", "areas"), ("legislative_period_id", "events")),
    "posts": (("organization_id", "organizations"), ("area_id", "areas")),
    "organizations": (("parent_id", "organizations"),),
    "areas": (("parent_id", "areas"),),
    "events": (("organization_id", "organizations"),),
}


def _check_references(path: Path, data: dict[str, list[dict]]) -> None:
    """Every id a record names is defined in the file; memberships name a person and an organisation."""
    ids = {c: {str(item["id"]) for item in data[c]} for c in _COLLECTIONS if c != "memberships"}
    for collection, fields in _REFERENCES.items():
        for i, item in enumerate(data[collection]):
            for field_name, target in fields:
                value = item.get(field_name)
                if value not in (None, "") and str(value) not in ids[target]:
                    label = f" (id {item['id']!r})" if item.get("id") else ""
                    raise SourceError(f"{path}: {collection}[{i}]{label}: {field_name} {value!r} names no "
                                      f"{target[:-1] if target != 'persons' else 'person'} in the file")
    for i, m in enumerate(data["memberships"]):
        where = f"{path}: memberships[{i}]{' (id ' + repr(m['id']) + ')' if m.get('id') else ''}"
        if not m.get("person_id"):
            raise SourceError(f"{where}: has no person_id")
        if not m.get("organization_id") and not m.get("post_id"):
            raise SourceError(f"{where}: has neither organization_id nor post_id")


class _Builder:
    def __init__(self, path: Path, data: dict[str, list[dict]], context: LoadContext, linker: Linker):
        self.path, self.data, self.context, self.linker = path, data, context, linker
        self.store = context.store
        self.triples = Triples()
        self.notes: list[str] = []
        self.orgs: dict[str, _Org] = {}
        self.posts: dict[str, tuple[URIRef, str, _Org]] = {}
        self.areas: dict[str, URIRef] = {}
        self.wards: set[URIRef] = set()
        self.names: dict[URIRef, str] = {}
        self.events = {str(e["id"]): e for e in data["events"]}
        self.by_id = {c: {str(x["id"]): x for x in data[c]} for c in ("organizations", "posts", "areas", "persons")}
        observed = context.options.get("observed")
        self.observed = parse_iso(observed, f"{path}: --observed") if observed else None

    def build(self) -> None:
        for i, org in enumerate(self.data["organizations"]):
            self._org(org, f"{self.path}: organizations[{i}] (id {org['id']!r})")
        for i, post in enumerate(self.data["posts"]):
            self._post(post, f"{self.path}: posts[{i}] (id {post['id']!r})")
        people = self._people()
        for i, m in enumerate(self.data["memberships"]):
            self._membership(m, people, self._where(i, m))

    # ------------------------------------------------------------ organisations, posts, areas

    def _org(self, org: dict, where: str) -> _Org:
        oid = str(org["id"])
        if oid in self.orgs:
            return self.orgs[oid]
        name = " ".join(str(org.get("name") or "").split())
        if not name:
            raise SourceError(f"{where}: has no name")
        kind = str(org.get("classification") or "").strip().lower()
        identifiers = _identifiers(org)
        parent = None
        if org.get("parent_id"):
            pid = str(org["parent_id"])
            if pid == oid:
                raise SourceError(f"{where}: is its own parent")
            parent = self._org(self.by_id["organizations"][pid], f"{self.path}: organizations (id {pid!r})")
        t = self.triples
        if kind == "party":
            iri = self.linker.party(name, _keys(identifiers))
            if iri is None:
                iri = uris.party(uris.slugify(name))
            entry = _Org(iri, name, "party")
            t.add(iri, RDF.type, PG.PoliticalParty)
        elif kind in _COUNCIL_KINDS:
            gss = next((v.upper() for s, v in identifiers if s in ("gss", "ons")), "")
            iri_text = str(uris.council(gss)) if gss else resolve_council(self.store, name, where)
            info = council_info(self.store, iri_text) if self.store is not None and not gss else {}
            iri = URIRef(iri_text)
            gss = gss or str(info.get("gss") or info.get("code") or "")
            entry = _Org(iri, name, "council", gss, tier(str(info["type"]) if info.get("type") else None))
            t.add(iri, RDF.type, PG.Council)
            t.add(iri, PG.gssCode, gss if gss and gss[0] in "EWSNK" and len(gss) == 9 else None)
        elif parent is not None and parent.kind == "party":
            iri = self.linker.existing(name, _keys(identifiers), "body") or uris.body(party_slug(parent.iri), uris.slugify(name))
            entry = _Org(iri, name, "body")
            t.add(iri, RDF.type, PG.PartyBody)
            t.add(iri, ORG.unitOf, parent.iri)
        else:
            iri = self.linker.existing(name, _keys(identifiers), "body") or uris.organisation(uris.slugify(name))
            entry = _Org(iri, name, "organisation")
            t.add(iri, RDF.type, ORG.FormalOrganization)
            t.add(iri, ORG.subOrganizationOf, parent.iri if parent else None)
        others = [str(n.get("name")) for n in org.get("other_names") or [] if isinstance(n, dict) and n.get("name")]
        if self.linker.known(str(iri)):
            self.triples.many(iri, SKOS.altLabel, [name, *others])  # it has its own label already
        else:
            t.names(iri, name, others)
        self._write_identifiers(iri, identifiers)
        for field_name, predicate in (("founding_date", "startDate"), ("dissolution_date", "endDate")):
            if org.get(field_name) and kind != "party":
                day, _ = parse_partial(str(org[field_name]), f"{where}: {field_name}")
                t.add(iri, SCHEMA[predicate], day)
        self.orgs[oid] = entry
        return entry

    def _post(self, post: dict, where: str) -> None:
        org_id = str(post.get("organization_id") or "")
        if not org_id:
            raise SourceError(f"{where}: has no organization_id")
        org = self.orgs[org_id]
        label = " ".join(str(post.get("label") or "").split())
        if not label:
            raise SourceError(f"{where}: has no label")
        role = self._role(post.get("role") or label, where)
        area = self._area(str(post["area_id"]), org, where) if post.get("area_id") else None
        iri = self.triples.post(org.iri, role, f"{label}, {org.label}", label)
        if area is not None:
            self.triples.add(iri, PROV.atLocation, area)
        self.posts[str(post["id"])] = (iri, role, org)

    def _role(self, text: object, where: str) -> str:
        role = role_slug(str(text)) if text else None
        if role is None:
            self.notes.append(f"{where}: role {text!r} is not in the role scheme: written as member")
            return "member"
        return role

    def _area(self, area_id: str, org: _Org | None, where: str) -> URIRef:
        if area_id in self.areas:
            return self.areas[area_id]
        area = self.by_id["areas"][area_id]
        name = " ".join(str(area.get("name") or "").split())
        if not name:
            raise SourceError(f"{where}: area {area_id!r} has no name")
        identifiers = _identifiers(area)
        gss = next((v.upper() for s, v in identifiers if s in ("gss", "ons")), "")
        kind = str(area.get("classification") or "").strip().lower()
        t = self.triples
        if kind in _WARD_KINDS and (gss or (org is not None and org.kind == "council")):
            iri = uris.ward(org.gss if org else "", name, gss=gss or None)
            t.add(iri, RDF.type, PG.Ward)
            self.wards.add(iri)
            t.add(iri, PG.wardOf, org.iri if org is not None and org.kind == "council" else None)
            t.add(iri, PG.gssCode, gss or None)
        else:
            iri = uris.iri(f"area/{gss or uris.slugify(name)}")
            t.add(iri, RDF.type, PROV.Location)
        t.add(iri, RDFS.label, name)
        self._write_identifiers(iri, [(s, v) for s, v in identifiers if s not in ("gss", "ons")])
        self.areas[area_id] = iri
        return iri

    # ------------------------------------------------------------ people and memberships

    def _people(self) -> dict[str, URIRef]:
        """Link every person, with the organisations and council seats of their memberships as context."""
        contexts: dict[str, list[str]] = {}
        seats: dict[str, list[Seat]] = {}
        for i, m in enumerate(self.data["memberships"]):
            where = self._where(i, m)
            org = self._membership_org(m)
            if org.kind != "party":
                contexts.setdefault(str(m["person_id"]), []).append(str(org.iri))
            if org.kind == "council":
                start, end, seen = self._dates(m, where)
                ward = self.by_id["areas"].get(str(m.get("area_id") or "")) or {}
                if not ward and m.get("post_id"):
                    ward = self.by_id["areas"].get(str(self.by_id["posts"][str(m["post_id"])].get("area_id") or "")) or {}
                seats.setdefault(str(m["person_id"]), []).append(
                    Seat(str(org.iri), normalise(str(ward.get("name"))) if ward.get("name") else None, start=start,
                         end=end, seen=seen or start, tier=org.tier, council_label=org.label))
        out: dict[str, URIRef] = {}
        for i, person in enumerate(self.data["persons"]):
            where = f"{self.path}: persons[{i}] (id {person['id']!r})"
            raw = " ".join(str(person.get("name") or "").split())
            if not raw:
                raise SourceError(f"{where}: has no name")
            name, alternatives = person_name(raw)
            alternatives += [str(n.get("name")) for n in person.get("other_names") or []
                             if isinstance(n, dict) and n.get("name")]
            identifiers = _identifiers(person)
            keys = [f"{s}:{v}" for s, v in identifiers if s != "wikidata"]
            wikidata = next((v.upper() for s, v in identifiers if s == "wikidata"), None)
            record = keys[0] if keys else (wikidata or f"popolo:{person['id']}")
            iri = self.linker.person(record=record, name=name, identifiers=[*keys, *([wikidata] if wikidata else [])],
                                     contexts=list(dict.fromkeys(contexts.get(str(person["id"]), []))),
                                     seats=seats.get(str(person["id"]), []))
            self.triples.person(iri, name, alternatives=alternatives, identifiers=keys, wikidata=wikidata)
            self.names[iri] = name
            out[str(person["id"])] = iri
        return out

    def _where(self, i: int, m: dict) -> str:
        return f"{self.path}: memberships[{i}]" + (f" (id {m['id']!r})" if m.get("id") else "")

    def _membership_org(self, m: dict) -> _Org:
        if m.get("organization_id"):
            return self.orgs[str(m["organization_id"])]
        return self.posts[str(m["post_id"])][2]

    def _dates(self, m: dict, where: str) -> tuple[date | None, date | None, date | None]:
        start = end = None
        period = self.events.get(str(m.get("legislative_period_id") or ""), {})
        start_text = m.get("start_date") or period.get("start_date")
        end_text = m.get("end_date") or period.get("end_date")
        if start_text:
            start, _ = parse_partial(str(start_text), f"{where}: start_date")
        if end_text:
            end, _ = parse_partial(str(end_text), f"{where}: end_date")
        if start and end and end < start:
            raise SourceError(f"{where}: ends ({end_text}) before it starts ({start_text})")
        return start, end, None if start else self.observed

    def _membership(self, m: dict, people: dict[str, URIRef], where: str) -> None:
        person = people[str(m["person_id"])]
        post_iri, post_role, org = (self.posts[str(m["post_id"])] if m.get("post_id") else (None, None, None))
        if m.get("organization_id"):
            org = self.orgs[str(m["organization_id"])]
        assert org is not None
        role = post_role or self._role(m.get("role") or ("councillor" if org.kind == "council" else "member"), where)
        start, end, observed = self._dates(m, where)
        precision = None
        start_text = m.get("start_date") or self.events.get(str(m.get("legislative_period_id") or ""), {}).get("start_date")
        if start_text:
            _, precision = parse_partial(str(start_text), f"{where}: start_date")
        if start is None and observed is None:
            raise SourceError(f"{where}: has no start_date (nor a legislative period with one); "
                              "pass --observed YYYY-MM-DD to say when the file was read")
        party = self.orgs[str(m["on_behalf_of_id"])].iri if m.get("on_behalf_of_id") else None
        area_id = m.get("area_id") or (self.by_id["posts"][str(m["post_id"])].get("area_id") if m.get("post_id") else None)
        ward = self._area(str(area_id), org, where) if area_id else None
        ward = ward if ward in self.wards else None
        label = f"{self.names[person]}, {m.get('label') or role.replace('-', ' ')}, {org.label}"
        self.triples.membership(person, org.iri, role, post=post_iri, party=party, ward=ward, start=start, end=end,
                                observed=observed, precision=precision, label=label,
                                sources=[str(s["url"]) for s in m.get("sources") or []
                                         if isinstance(s, dict) and str(s.get("url", "")).startswith("http")])
        if party is not None and org.kind == "council" and org.gss:
            group = uris.council_group(party_slug(party), org.gss)
            party_label = next((o.label for o in self.orgs.values() if o.iri == party), "party")
            self.triples.add(group, RDF.type, PG.CouncilGroup)
            self.triples.add(group, RDFS.label, f"{party_label} group on {org.label}")
            self.triples.add(group, ORG.unitOf, party)
            self.triples.add(group, PG.groupOn, org.iri)

    def _write_identifiers(self, iri: URIRef, identifiers: list[tuple[str, str]]) -> None:
        for scheme, value in identifiers:
            if scheme == "wikidata":
                self.triples.add(iri, PG.wikidata, value.upper())
                self.triples.add(iri, OWL.sameAs, uris.wikidata(value))
            else:
                self.triples.add(iri, PG.identifier, f"{scheme}:{value}")


def _keys(identifiers: list[tuple[str, str]]) -> list[str]:
    """Identifiers as the graph writes them: ``scheme:value``, or a bare QID for Wikidata."""
    return [v.upper() if s == "wikidata" else f"{s}:{v}" for s, v in identifiers]


def _identifiers(item: dict) -> list[tuple[str, str]]:
    out = []
    for ident in item.get("identifiers") or []:
        if isinstance(ident, dict) and ident.get("scheme") and ident.get("identifier"):
            out.append((str(ident["scheme"]).strip().lower(), str(ident["identifier"]).strip()))
    return out


__all__ = ["DESCRIPTION", "NAME", "load", "sniff"]
