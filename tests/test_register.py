"""The mySociety local-authority register loader: every authority, current and past, with its codes,
names, dates and successors; and each kind of bad file refused with its line, the store unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph

from partygraph import loaders
from partygraph.graph import lookup
from partygraph.graph.sources import ntriples_line
from partygraph.graph.validate import validate_graph
from partygraph.loaders import register
from partygraph.loaders.base import LoadContext, SourceError
from partygraph.ontology import ONTOLOGY_FILE, SCHEMES_FILE

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
SAMPLE = FIXTURES / "register-sample.csv"
PG = "https://w3id.org/partygraph/ontology#"
ID = "https://w3id.org/partygraph/id/"


def register_file(shared: Path) -> Path:
    return shared / "data" / "local-authorities" / "uk_local_authorities_current.csv"


def count(store, where: str) -> int:
    sparql = (f"PREFIX pg: <{PG}> PREFIX schema: <http://schema.org/> "
              f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {where} }}")
    return int(next(iter(store.query(sparql)))["n"].value)


def values(store, subject: str, predicate: str) -> set[str]:
    rows = store.query(f"SELECT ?o WHERE {{ <{subject}> <{predicate}> ?o }}")
    return {row["o"].value for row in rows}


def test_the_shared_register_gives_470_authorities_397_current(memory_store, shared_dir):
    loaders.ingest(memory_store, [register_file(shared_dir)])
    assert count(memory_store, "?c a pg:Council") == 470
    assert count(memory_store, "?c a pg:Council FILTER NOT EXISTS { ?c schema:endDate ?end }") == 397
    assert count(memory_store, "?c a pg:Council ; pg:gssCode ?g") == 445


def test_a_council_has_its_codes_names_kind_and_ons_link(memory_store, shared_dir):
    loaders.ingest(memory_store, [register_file(shared_dir)])
    haringey = f"{ID}council/E09000014"
    assert values(memory_store, haringey, "http://www.w3.org/2000/01/rdf-schema#label") == {"London Borough of Haringey"}
    assert values(memory_store, haringey, f"{PG}gssCode") == {"E09000014"}
    assert values(memory_store, haringey, f"{PG}localAuthorityCode") == {"HRY"}
    assert values(memory_store, haringey, "http://www.w3.org/2002/07/owl#sameAs") == {
        "http://statistics.data.gov.uk/id/statistical-geography/E09000014"}
    assert values(memory_store, haringey, f"{PG}authorityType") == {"London borough"}
    assert values(memory_store, haringey, f"{PG}region") == {"London"}
    assert values(memory_store, haringey, f"{PG}nation") == {"England"}
    assert "Haringey" in values(memory_store, haringey, "http://www.w3.org/2004/02/skos/core#altLabel")
    assert "haringey london boro" in values(memory_store, haringey, f"{PG}alias")
    assert "govuk:haringey" in values(memory_store, haringey, f"{PG}identifier")
    # the names are there for linking: the gov.uk slug, the GSS code, an alias and the short name find it
    for reference in ("govuk:haringey", "E09000014", "haringey london boro", "Haringey"):
        assert lookup.resolve(memory_store, reference, ["council"]).iri == haringey


def test_commas_inside_alternative_names_are_kept(memory_store, shared_dir):
    loaders.ingest(memory_store, [register_file(shared_dir)])
    abc = f"{ID}council/N09000002"
    names = values(memory_store, abc, "http://www.w3.org/2004/02/skos/core#altLabel")
    assert "Armagh City, Banbridge and Craigavon" in names
    assert "Armagh City" not in names


def test_past_councils_end_and_are_replaced_by_dated_changes(memory_store):
    loaders.ingest(memory_store, [SAMPLE])
    cumbria = f"{ID}council/E10000006"
    assert values(memory_store, cumbria, "http://schema.org/endDate") == {"2023-04-01"}
    rows = list(memory_store.query(
        f"PREFIX org: <http://www.w3.org/ns/org#> SELECT ?to ?when WHERE {{ <{cumbria}> org:changedBy ?e . "
        f"?e org:originalOrganization <{cumbria}> ; org:resultingOrganization ?to ; <http://schema.org/startDate> ?when . "
        "?to org:resultedFrom ?e }"))
    assert {r["to"].value for r in rows} == {f"{ID}council/E06000063", f"{ID}council/E06000064"}
    assert {r["when"].value for r in rows} == {"2023-04-01"}


def test_a_31_march_end_is_written_as_the_vesting_day(memory_store):
    loaders.ingest(memory_store, [SAMPLE])
    # Derry City Council: "2015-03-31" in the register, the last day before the 2015 reorganisation
    assert values(memory_store, f"{ID}council/NIR-A", "http://schema.org/endDate") == {"2015-04-01"}
    assert register.end_date("2020-03-31", "x") == date(2020, 4, 1)
    assert register.end_date("2023-04-01", "x") == date(2023, 4, 1)


def test_a_council_without_a_gss_code_is_named_by_its_register_code_and_still_valid(memory_store):
    loaded = register.load(SAMPLE, LoadContext())
    derry = f"{ID}council/NIR-A"
    assert any(str(s) == derry for s, _, _ in loaded.content.triples)
    graph = Graph().parse(data="".join(ntriples_line(t) for t in loaded.content.triples), format="nt")
    graph.parse(ONTOLOGY_FILE)
    graph.parse(SCHEMES_FILE)
    assert validate_graph(graph) == []


def test_loading_is_deterministic_and_reloading_changes_nothing(memory_store):
    first = register.load(SAMPLE, LoadContext())
    second = register.load(SAMPLE, LoadContext())
    assert first.content.digest() == second.content.digest()
    assert not any(type(t).__name__ == "BNode" for triple in first.content.triples for t in triple)
    (_, done), = loaders.ingest(memory_store, [SAMPLE])
    (_, again), = loaders.ingest(memory_store, [SAMPLE])
    assert not done.unchanged and again.unchanged and again.graph == done.graph


def test_the_source_record_credits_mysociety(memory_store):
    (item, _), = loaders.ingest(memory_store, [SAMPLE])
    assert item.record.licence == "https://creativecommons.org/licenses/by/4.0/"
    assert "mySociety" in item.record.credit and item.record.publisher == "mySociety"
    rows = list(memory_store.query(
        "SELECT ?c WHERE { GRAPH ?g { ?s <http://purl.org/dc/terms/bibliographicCitation> ?c } }"))
    assert rows and "mySociety" in rows[0]["c"].value


def test_the_registry_picks_the_register_loader(shared_dir):
    assert loaders.pick(register_file(shared_dir)) is register
    assert loaders.pick(SAMPLE) is register


# ---------------------------------------------------------------- bad input: an error naming the line, nothing written

def write(tmp_path: Path, text: str, name: str = "uk_local_authorities_current.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("edit, message", [
    (lambda lines: [lines[0].replace("gss-code", "gss"), *lines[1:]], ":1: not the local-authority register: missing column(s) gss-code"),
    (lambda lines: [",".join(c for c in lines[0].split(",") if c not in ("official-name", "start-date")), *lines[1:]],
     "missing column(s) official-name, start-date"),
    (lambda lines: [lines[0], lines[1].replace("2023-04-01", "01/04/2023"), *lines[2:]], ":2: end-date: '01/04/2023' is not a date"),
    (lambda lines: [lines[0], lines[1].replace("E07000026", "E7000026"), *lines[2:]], ":2: gss-code 'E7000026' is not a GSS code"),
    (lambda lines: [*lines, lines[1]], ":17: local-authority-code ALL is also on line 2"),
    (lambda lines: [lines[0], lines[1].replace(",CBD,", ",ZZZ,"), *lines[2:]], ":2: replaced-by names 'ZZZ'"),
    (lambda lines: [lines[0], lines[1] + ",extra", *lines[2:]], ":2: more fields than the 16 columns"),
    (lambda lines: [lines[0], ",".join(lines[1].split(",")[:5]), *lines[2:]], ":2: fewer fields than the 16 columns"),
    (lambda lines: [lines[0], lines[1].replace("ALL,Allerdale Borough Council", "ALL,"), *lines[2:]], ":2: ALL has no official-name"),
    (lambda lines: lines[:1], "has a header but no authorities"),
])
def test_bad_registers_are_refused_with_the_line_and_nothing_is_written(tmp_path, disk_store, edit, message):
    path = write(tmp_path, "\n".join(edit(sample_lines())) + "\n")
    before = disk_store.stats().triples
    with pytest.raises(SourceError) as caught:
        loaders.ingest(disk_store, [path])
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert disk_store.stats().triples == before == 0


def test_a_file_that_is_not_utf8_is_refused(tmp_path, memory_store):
    path = tmp_path / "uk_local_authorities_current.csv"
    path.write_bytes(SAMPLE.read_bytes().replace(b"Haringey", "Haring\u00e9y".encode("latin-1")))
    with pytest.raises(SourceError, match="not UTF-8"):
        loaders.ingest(memory_store, [path])


def test_an_unrelated_csv_is_not_taken_for_the_register(tmp_path, memory_store):
    path = write(tmp_path, "name,code\nLambeth,LBH\n", "councils.csv")
    with pytest.raises(SourceError, match="unknown format"):
        loaders.ingest(memory_store, [path])
    forced = write(tmp_path, "name,code\nLambeth,LBH\n", "other.csv")
    with pytest.raises(SourceError, match=":1: not the local-authority register: missing column"):
        loaders.ingest(memory_store, [forced], loader="register")
