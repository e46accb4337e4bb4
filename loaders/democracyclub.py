"""Democracy Club / YourNextRepresentative results: result sets of the candidates API v0.9
(``https://candidates.democracyclub.org.uk/api/v0.9/result_sets/``; CC BY 4.0, credit Democracy Club).

The file is a list of result sets, or one page of the API (``{"results": [...]}``). Each result set
is a ballot (``local.sheffield.ecclesall.2021-05-06``) with its candidates' results. What it writes:

- each election (``pg:Election``, ``id/election/{slug}``) and ballot (``pg:Ballot``, ``id/ballot/{slug}``)
  with its date, its ward and the number elected;
- each candidacy (``pg:Candidacy``): the person, the party (``pg:party``), the votes, whether elected,
  and the result set's public URL (``dcterms:source``);
- for each winner, a councillor membership of the council starting on the election date, for the
  ward, on behalf of the party;
- people linked by :mod:`.linking` (``pg:identifier "democracyclub:person:{id}"``, then by name among
  the council's office-holders and candidates); parties by their Democracy Club identifier
  (``democracyclub:party:53`` is Labour in the reference data), or minted when the graph has none;
- wards by GSS code (post ``gss:E05010867`` -> ``id/ward/E05010867``), or, for posts without one
  (``ROT:anston-and-woodsetts``), by name within the council, reusing a ward already in the graph.

The council of a ballot is read from its id (``local.sheffield...`` -> "sheffield", matched against
the register's gov.uk slugs and council names) or given with ``--council`` for single-council files.

Cost: one pass over the JSON, the linking queries (one or two per candidate) and one council lookup
per organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import URIRef

from ..graph.lookup import normalise
from ..graph.sources import Content, SourceRecord
from ..ontology import uris
from ..ontology.namespaces import DCTERMS, ORG, OWL, PG, RDF, RDFS
from .base import LoadContext, Loaded, SourceError, read_json, source_key
from .entities import Triples, parse_iso, party_slug
from .linking import Linker, Seat, council_info, councils_called, read_overrides, resolve_council, tier, wards_of

NAME = "democracyclub"
DESCRIPTION = "Democracy Club / YourNextRepresentative results (API v0.9 result sets, JSON)"
URL = "https://candidates.democracyclub.org.uk/"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
CREDIT = "Contains data from Democracy Club's candidates database (CC BY 4.0)"

_BALLOT = re.compile(r"^(?P<type>[a-z]+)\.(?P<org>[a-z0-9-]+)\.(?:[a-z0-9.-]+\.)?(?P<date>\d{4}-\d{2}-\d{2})$")


@dataclass
class _Council:
    iri: URIRef
    label: str
    gss: str
    tier: str | None
    wards: dict[str, str]


def sniff(path: Path, head: bytes) -> float:
    return 0.95 if b'"ballot_paper_id"' in head and b'"candidate_results"' in head else 0.0


def load(path: Path, context: LoadContext) -> Loaded:
    result_sets = _read(path)
    key = source_key(NAME, path, context)
    dates = sorted(_ballot_date(rs, f"{path}: result set {i}") for i, rs in enumerate(result_sets))
    record = SourceRecord(key=key, title=context.options.get("title") or f"Democracy Club results ({path.name})",
                          loader=NAME, url=context.options.get("url") or URL, publisher="Democracy Club",
                          issued=dates[-1], kind="results", licence=LICENCE, credit=CREDIT, file_name=path.name,
                          iri_override=context.source_iri)
    linker = Linker.for_source(context.store, str(record.iri), read_overrides(context.options.get("overrides")),
                              context.batch)
    builder = _Builder(path, context, linker)
    for i, result_set in enumerate(result_sets):
        builder.result_set(result_set, f"{path}: result set {i} ({result_set.get('ballot_paper_id', '?')})")
    linker.evidence(builder.triples, record.iri)
    summary = (f"{len(result_sets)} ballots, {builder.candidacies} candidacies, {builder.winners} elected, "
               f"in {len(builder.councils)} councils")
    notes = [summary, *builder.notes, *linker.notes()]
    return Loaded(record, Content(triples=builder.triples.items), notes)


def _read(path: Path) -> list[dict]:
    data = read_json(path)
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data = data["results"]
    if not isinstance(data, list) or not data:
        raise SourceError(f"{path}: expected a list of Democracy Club result sets (or an API page with results)")
    for i, item in enumerate(data):
        if not isinstance(item, dict) or "ballot_paper_id" not in item or not isinstance(item.get("candidate_results"), list):
            raise SourceError(f"{path}: result set {i}: not a result set (needs ballot_paper_id and candidate_results)")
    return data


def _ballot_date(result_set: dict, where: str) -> date:
    ballot = str(result_set.get("ballot_paper_id") or "")
    m = _BALLOT.match(ballot)
    if not m:
        raise SourceError(f"{where}: ballot_paper_id {ballot!r} is not a Democracy Club ballot id "
                          "(like local.sheffield.ecclesall.2021-05-06)")
    return parse_iso(m.group("date"), f"{where}: the date of ballot {ballot}")


class _Builder:
    def __init__(self, path: Path, context: LoadContext, linker: Linker):
        self.path, self.context, self.linker = path, context, linker
        self.triples = Triples()
        self.councils: dict[str, _Council] = {}
        self.parties: dict[str, URIRef] = {}
        self.elections: set[str] = set()
        self.candidacies = self.winners = 0
        self.notes: list[str] = []

    def result_set(self, rs: dict, where: str) -> None:
        t = self.triples
        ballot_id = str(rs["ballot_paper_id"])
        when = _ballot_date(rs, where)
        council = self._council(_BALLOT.match(ballot_id).group("org"), where)  # type: ignore[union-attr]
        results = rs["candidate_results"]
        if not results:
            raise SourceError(f"{where}: no candidate results")
        first = self._membership_of(results[0], f"{where}: candidate_results[0]")
        election = first.get("election") or {}
        election_id = str(election.get("id") or "")
        if not election_id:
            raise SourceError(f"{where}: candidate_results[0]: the membership names no election")
        post = first.get("post") or {}
        ward = self._ward(council, post, where)
        election_iri = uris.election(uris.slugify(election_id))
        if election_id not in self.elections:
            self.elections.add(election_id)
            t.add(election_iri, RDF.type, PG.Election)
            t.add(election_iri, RDFS.label, election.get("name") or election_id)
            t.add(election_iri, PG.electionDate, when)
            t.add(election_iri, PG.identifier, f"democracyclub:election:{election_id}")
        ballot = uris.ballot(uris.slugify(ballot_id))
        t.add(ballot, RDF.type, PG.Ballot)
        t.add(ballot, RDFS.label, f"{post.get('label') or ballot_id}, {election.get('name') or election_id}")
        t.add(ballot, PG.election, election_iri)
        t.add(ballot, PG.ward, ward)
        t.add(ballot, PG.electionDate, when)
        t.add(ballot, PG.identifier, f"democracyclub:ballot:{ballot_id}")
        source = URIRef(str(rs["url"])) if str(rs.get("url") or "").startswith("http") else None
        t.add(ballot, DCTERMS.source, source)
        elected = 0
        for j, result in enumerate(results):
            elected += self._candidate(result, f"{where}: candidate_results[{j}]", council, ballot, ward,
                                       str(post.get("label") or ""), when, source, election_id)
        t.add(ballot, PG.seatsContested, elected)

    def _membership_of(self, result: object, where: str) -> dict:
        if not isinstance(result, dict) or not isinstance(result.get("membership"), dict):
            raise SourceError(f"{where}: a candidate result without a membership")
        return result["membership"]

    def _candidate(self, result: dict, where: str, council: _Council, ballot: URIRef, ward: URIRef, ward_name: str,
                   when: date, source: URIRef | None, election_id: str) -> int:
        t = self.triples
        m = self._membership_of(result, where)
        if str((m.get("election") or {}).get("id") or "") != election_id:
            raise SourceError(f"{where}: belongs to election {(m.get('election') or {}).get('id')!r}, "
                              f"not {election_id!r} like the rest of the ballot")
        person_data = m.get("person") or {}
        if not person_data.get("id") or not str(person_data.get("name") or "").strip():
            raise SourceError(f"{where}: the candidate has no person id and name")
        votes = result.get("num_ballots")
        if votes is not None and (not isinstance(votes, int) or isinstance(votes, bool) or votes < 0):
            raise SourceError(f"{where}: num_ballots {votes!r} is not a number of votes")
        won = bool(result.get("is_winner"))
        name = " ".join(str(person_data["name"]).split())
        identifier = f"democracyclub:person:{person_data['id']}"
        seat = Seat(str(council.iri), normalise(ward_name) or None, start=when, seen=when, tier=council.tier,
                    council_label=council.label)
        person = self.linker.person(record=identifier, name=name, identifiers=[identifier],
                                    contexts=[str(council.iri)], seats=[seat] if won else [])
        t.person(person, name, identifiers=[identifier])
        party = self._party(m.get("on_behalf_of") or {}, where)
        candidacy = uris.candidacy(ballot, person)
        t.add(candidacy, RDF.type, PG.Candidacy)
        t.add(candidacy, RDFS.label, f"{name}, {ward_name or ballot} ({when.isoformat()})")
        t.add(candidacy, PG.candidate, person)
        t.add(candidacy, PG.ballot, ballot)
        t.add(candidacy, PG.party, party)
        t.add(candidacy, PG.votes, votes)
        t.add(candidacy, PG.elected, won)
        t.add(candidacy, PG.identifier, f"democracyclub:candidacy:{m['id']}" if m.get("id") else None)
        t.add(candidacy, DCTERMS.source, source)
        self.candidacies += 1
        if won:
            self.winners += 1
            t.membership(person, council.iri, "councillor", start=when, party=party, ward=ward,
                         label=f"{name}, councillor for {ward_name} on {council.label}",
                         sources=[str(source)] if source else [])
            if party is not None:
                group = uris.council_group(party_slug(party), council.gss)
                t.add(group, RDF.type, PG.CouncilGroup)
                t.add(group, RDFS.label, f"{self._party_label(party)} group on {council.label}")
                t.add(group, PG.groupOn, council.iri)
                t.add(group, ORG.unitOf, party)
        return int(won)

    def _party(self, data: dict, where: str) -> URIRef | None:
        pid, name = str(data.get("id") or ""), str(data.get("name") or "").strip()
        if not pid and not name:
            return None
        key = pid or name
        if key not in self.parties:
            found = self.linker.party(name, [f"democracyclub:{pid}"] if pid else [])
            if found is None:
                found = uris.party(uris.slugify(name or pid))
                self.triples.add(found, RDF.type, PG.PoliticalParty)
                self.triples.add(found, RDFS.label, name or pid)
                self.notes.append(f"party {name!r} ({pid}) is not in the graph: minted {uris.local_path(str(found))}")
            self.triples.add(found, PG.identifier, f"democracyclub:{pid}" if pid else None)
            self.parties[key] = found
        return self.parties[key]

    def _party_label(self, party: URIRef) -> str:
        return next((k for k, v in self.parties.items() if v == party), str(party))

    def _council(self, org: str, where: str) -> _Council:
        if org not in self.councils:
            store = self.context.store
            if self.context.options.get("council"):
                iri = resolve_council(store, self.context.options["council"], f"{self.path}: --council")
            else:
                found = councils_called(store, org)
                if len(found) != 1:
                    why = "no council in the graph is called" if not found else "several councils are called"
                    raise SourceError(f"{where}: cannot tell the council of the ballot: {why} {org!r}; load the "
                                      "local-authority register first, in an earlier `partygraph load`, or pass --council")
                iri = found[0]
            info = council_info(store, iri)  # type: ignore[arg-type]
            self.councils[org] = _Council(URIRef(iri), str(info.get("label") or iri),
                                          str(info.get("gss") or info.get("code") or ""), tier(info.get("type")),
                                          wards_of(store, iri, self.linker.exclude))
        return self.councils[org]

    def _ward(self, council: _Council, post: dict, where: str) -> URIRef:
        post_id, label = str(post.get("id") or ""), str(post.get("label") or "").strip()
        if not label:
            raise SourceError(f"{where}: the post (ward) has no label")
        if post_id.startswith("gss:"):
            gss = post_id[4:]
            if not re.fullmatch(r"[EWSNK]\d{8}", gss):
                raise SourceError(f"{where}: post id {post_id!r} is not a GSS code")
            iri = uris.ward(council.gss, label, gss=gss)
            existing = council.wards.get(normalise(label))
            if existing and existing != str(iri):
                self.triples.add(URIRef(existing), OWL.sameAs, iri)  # the same ward, minted by name elsewhere
        else:
            existing = council.wards.get(normalise(label))
            iri = URIRef(existing) if existing else uris.ward(council.gss, label)
        council.wards.setdefault(normalise(label), str(iri))
        t = self.triples
        t.add(iri, RDF.type, PG.Ward)
        t.add(iri, RDFS.label, label)
        t.add(iri, PG.wardOf, council.iri)
        if post_id.startswith("gss:"):
            t.add(iri, PG.gssCode, post_id[4:])
        t.add(iri, PG.identifier, f"democracyclub:post:{post_id}" if post_id else None)
        return iri

