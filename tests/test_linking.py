"""Entity linking across sources: by identifier, by name within a council, by fuzzy name; never across
councils or between conflicting seats; explained, and undone by an override file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sparql_rows import PREFIXES
from typer.testing import CliRunner

from partygraph import loaders
from partygraph.api.cli import app
from partygraph.data import sample_files
from partygraph.graph.store import open_store
from partygraph.loaders import linking
from partygraph.loaders.base import LoadContext, SourceError
from partygraph.loaders.linking import Seat, conflict, tier

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
REGISTER = FIXTURES / "register-sample.csv"
HARINGEY = FIXTURES / "haringey.gov.uk.CouncillorsByWard.xml"
LEWISHAM = FIXTURES / "lewisham.gov.uk.CouncillorsByWard.xml"
RESULTS = FIXTURES / "dc-haringey-results.json"
POPOLO = FIXTURES / "haringey.popolo.json"
ID = "https://w3id.org/partygraph/id/"


@pytest.fixture
def store(register_store):
    return register_store


def load(store, path: Path, **options: str):
    (item, replacement), = loaders.ingest(store, [path], LoadContext(store=store, options=options))
    return item, replacement


def people_called(store, name: str) -> set[str]:
    rows = store.query(PREFIXES + f'SELECT DISTINCT ?p WHERE {{ ?p a <http://xmlns.com/foaf/0.1/Person> ; rdfs:label "{name}" }}')
    return {row["p"].value for row in rows}


def wards_of(store, person: str) -> set[str]:
    rows = store.query(PREFIXES + f"SELECT DISTINCT ?w WHERE {{ ?m org:member <{person}> ; org:role role:councillor ; pg:ward/rdfs:label ?w }}")
    return {row["w"].value for row in rows}


def decision(item, name: str) -> str:
    return next(line for line in item.notes if line.strip().startswith(f"{name} ("))


# ---------------------------------------------------------------- what conflicts

D = date


def test_seats_on_two_councils_of_one_tier_at_once_conflict():
    lambeth = Seat("lambeth", "a", start=D(2014, 5, 22), seen=D(2015, 1, 1), tier="district")
    rotherham = Seat("rotherham", "b", start=D(2014, 5, 22), seen=D(2015, 1, 1), tier="district")
    assert conflict(lambeth, rotherham) == "councillor on lambeth and on rotherham on 2014-05-22"


def test_a_county_seat_beside_a_district_seat_is_not_a_conflict():
    county = Seat("cumbria", "x", start=D(2017, 5, 4), seen=D(2018, 1, 1), tier="county")
    district = Seat("allerdale", "y", start=D(2015, 5, 7), seen=D(2018, 1, 1), tier="district")
    assert conflict(county, district) is None
    combined = Seat("gmca", None, start=D(2017, 5, 4), tier=None)
    assert conflict(combined, district) is None


def test_two_wards_of_one_council_conflict_only_when_held_together():
    first = Seat("haringey", "noel park", start=D(2014, 5, 22), end=D(2018, 5, 3))
    overlapping = Seat("haringey", "harringay", start=D(2016, 5, 5), seen=D(2016, 5, 5))
    afterwards = Seat("haringey", "harringay", start=D(2018, 5, 3), seen=D(2018, 5, 3))
    same_ward = Seat("haringey", "noel park", start=D(2016, 5, 5), seen=D(2016, 5, 5))
    assert "two wards (noel park, harringay)" in conflict(first, overlapping)
    assert conflict(first, afterwards) is None  # the end is the first day it no longer held
    assert conflict(first, same_ward) is None


def test_an_open_seat_is_vouched_for_only_up_to_its_sources_date():
    listed = Seat("haringey", "seven sisters", start=D(2014, 5, 22), seen=D(2017, 6, 1))
    assert listed.known() == (D(2014, 5, 22), D(2017, 6, 1))
    assert conflict(listed, Seat("haringey", "tottenham green", start=D(2018, 5, 3), seen=D(2018, 5, 3))) is None
    assert conflict(listed, Seat("haringey", "tottenham green", start=D(2016, 5, 5), seen=D(2016, 5, 5)))
    assert Seat("haringey").known() is None


def test_tiers_of_authority_types():
    assert tier("County") == "county"
    assert tier("London borough") == tier("Non-metropolitan district") == tier("Unitary authority") == "district"
    assert tier("Combined authority") is None
    assert tier(None) == "district"  # unknown: assume seats can conflict, so no risky merge


# ---------------------------------------------------------------- the hard cases, end to end

def test_the_same_name_on_two_councils_is_two_people(store):
    load(store, HARINGEY)
    item, _ = load(store, LEWISHAM, observed="2019-01-10")
    smiths = people_called(store, "Pat Smith")
    assert len(smiths) == 2 and f"{ID}person/pat-smith" in smiths
    assert "minted -> person/pat-smith-" in decision(item, "Pat Smith")
    assert "person/pat-smith is taken" in decision(item, "Pat Smith")


def test_a_councillor_who_moves_ward_is_one_person(store):
    load(store, HARINGEY)  # Alex Moreno, Seven Sisters, 2014 (the list was read in June 2017)
    item, _ = load(store, RESULTS)  # Alex Maria Moreno, elected for Tottenham Green in 2018
    assert "linked by fuzzy -> person/alex-moreno" in decision(item, "Alex Maria Moreno")
    assert "similar name (score 95) in Haringey" in decision(item, "Alex Maria Moreno")
    assert wards_of(store, f"{ID}person/alex-moreno") == {"Seven Sisters", "Tottenham Green"}


def test_a_person_in_a_councillor_list_and_in_election_results_is_one_person(store):
    load(store, HARINGEY)
    item, _ = load(store, RESULTS)
    assert "linked by name -> person/robin-hale; same name in Haringey London Borough Council, same ward" in decision(item, "Robin Hale")
    assert people_called(store, "Robin Hale") == {f"{ID}person/robin-hale"}
    identifiers = {row["id"].value for row in store.query(
        PREFIXES + f"SELECT ?id WHERE {{ <{ID}person/robin-hale> pg:identifier ?id }}")}
    assert identifiers == {"moderngov:haringey.gov.uk:105", "democracyclub:person:90004"}


def test_seats_that_conflict_keep_two_people_apart(store):
    load(store, HARINGEY)  # Sam Jones sits for Noel Park from 2014, still listed in June 2017
    item, _ = load(store, RESULTS)  # a Sam Jones wins a 2016 by-election in Harringay: someone else
    line = decision(item, "Sam Jones")
    assert "minted -> person/sam-jones-" in line
    assert "councillor for two wards (harringay, noel park) of Haringey London Borough Council on 2016-05-05" in line
    assert len(people_called(store, "Sam Jones")) == 2
    # the 2018 Noel Park winner of the same name is the councillor of the list
    assert wards_of(store, f"{ID}person/sam-jones") == {"Noel Park"}


def test_shared_rotherham_councillors_are_found_in_the_2021_results(shared_dir):
    with open_store(None) as st:
        loaders.ingest(st, sample_files())
        loaders.ingest(st, [shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"])
        loaders.ingest(st, [shared_dir / "data" / "moderngov" / "rotherham.gov.uk.CouncillorsByWard.xml"])
        (item, _), = loaders.ingest(st, [shared_dir / "data" / "democracyclub" / "sheffield-area-local-results-2021.json"])
        # Holderness in the 2015 list, Aughton & Swallownest in 2021: moved ward, one person
        assert "linked by name -> person/lyndsay-pitchley" in decision(item, "Lyndsay Pitchley")
        assert wards_of(st, f"{ID}person/lyndsay-pitchley") == {"Holderness", "Aughton & Swallownest"}
        # UKIP in the list, Rotherham Democratic Party in 2021: one person, two parties
        parties = {row["p"].value.rsplit("/", 1)[1] for row in st.query(PREFIXES + f"""SELECT DISTINCT ?p WHERE {{
            ?m org:member <{ID}person/paul-hague> ; pg:onBehalfOf ?p }}""")}
        assert parties == {"ukip", "rotherham-democratic-party"}
        # a Sheffield candidate with a Rotherham councillor's name is not merged across councils
        assert not [n for n in item.notes if "linked by" in n and "Rotherham" not in n]


def test_two_people_of_one_name_in_one_council_are_not_guessed_between(store, tmp_path):
    twins = tmp_path / "twins.ttl"
    twins.write_text(f"""@prefix org: <http://www.w3.org/ns/org#> . @prefix pg: <https://w3id.org/partygraph/ontology#> .
@prefix schema: <http://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix role: <https://w3id.org/partygraph/ontology/role/> .
<{ID}person/chris-vale-a> a <http://xmlns.com/foaf/0.1/Person> ; rdfs:label "Chris Vale" .
<{ID}person/chris-vale-b> a <http://xmlns.com/foaf/0.1/Person> ; rdfs:label "Chris Vale" .
<{ID}membership/cv-a> a org:Membership ; org:member <{ID}person/chris-vale-a> ; org:organization <{ID}council/E09000014> ;
    org:role role:councillor ; schema:startDate "2010-05-06"^^<http://www.w3.org/2001/XMLSchema#date> ;
    schema:endDate "2014-05-22"^^<http://www.w3.org/2001/XMLSchema#date> .
<{ID}membership/cv-b> a org:Membership ; org:member <{ID}person/chris-vale-b> ; org:organization <{ID}council/E09000014> ;
    org:role role:councillor ; schema:startDate "2006-05-04"^^<http://www.w3.org/2001/XMLSchema#date> ;
    schema:endDate "2010-05-06"^^<http://www.w3.org/2001/XMLSchema#date> .
""")
    loaders.ingest(store, [twins])
    item, _ = load(store, RESULTS)
    line = decision(item, "Chris Vale")
    assert "ambiguous between person/chris-vale-a, person/chris-vale-b" in line and "minted" in line


def test_a_wikidata_id_links_whatever_the_name(store, tmp_path):
    known = tmp_path / "known.ttl"
    known.write_text(f"""<{ID}person/j-lee> a <http://xmlns.com/foaf/0.1/Person> ;
        <http://www.w3.org/2000/01/rdf-schema#label> "J. Lee" ; <https://w3id.org/partygraph/ontology#wikidata> "Q123456789" .""")
    loaders.ingest(store, [known])
    text = POPOLO.read_text().replace('{"scheme": "example-register", "identifier": "JL-7"}',
                                      '{"scheme": "wikidata", "identifier": "q123456789"}')
    path = tmp_path / "lee.popolo.json"
    path.write_text(text)
    item, _ = load(store, path, observed="2018-07-01")
    assert "linked by identifier -> person/j-lee (Q123456789)" in " ".join(item.notes) or \
        "1 by identifier" in " ".join(item.notes)
    assert people_called(store, "Jordan Lee") == {f"{ID}person/j-lee"}


# ---------------------------------------------------------------- deterministic, read-only

def test_linking_reads_the_store_and_never_writes_it(store):
    load(store, HARINGEY)
    before, version = len(store._store), store.version
    loaders.prepare([RESULTS, POPOLO], LoadContext(store=store, options={"observed": "2018-07-01"}))
    assert len(store._store) == before and store.version == version


def test_reloading_a_source_that_others_link_to_keeps_every_iri(store):
    from partygraph.graph.sources import ntriples_line
    from partygraph.loaders import moderngov

    def facts(loaded) -> set[str]:  # everything but the link evidence, which tells how the graph looked
        evidence = {str(o) for _, p, o in loaded.content.triples if str(p).endswith("#evidence")}
        return {ntriples_line(t) for t in loaded.content.triples if str(t[0]) not in evidence and not str(t[1]).endswith("#evidence")}

    first = moderngov.load(HARINGEY, LoadContext(store=store))
    load(store, HARINGEY)
    load(store, RESULTS)
    again = moderngov.load(HARINGEY, LoadContext(store=store))
    assert facts(again) == facts(first)
    # Democracy Club's records now point at the list's people, so the list's evidence says so
    assert "linked by name -> person/robin-hale" in decision(again, "Robin Hale")
    _, unchanged = load(store, HARINGEY)
    _, still = load(store, HARINGEY)
    assert still.unchanged and still.graph == unchanged.graph


def test_a_batch_reloaded_reads_as_it_did_the_first_time(store):
    # A councillor list and the results that name its people, loaded together: each is linked against
    # the graph outside the batch. Before, each linked to the other's previous graph, so every reload
    # swapped their people's IRIs and the results re-declared parties the last version had declared.
    batch = [HARINGEY, RESULTS]
    first = {item.record.iri: r.graph for item, r in loaders.ingest(store, batch)}
    for _ in range(2):
        again = loaders.ingest(store, batch)
        assert all(r.unchanged for _, r in again)
        assert {item.record.iri: r.graph for item, r in again} == first
    # as on a first load, one name mints one IRI on both sides (no seat check across the batch: load
    # the list first, then the results, for that)
    assert people_called(store, "Robin Hale") == {f"{ID}person/robin-hale"}


# ---------------------------------------------------------------- overrides and explanations

def overrides(tmp_path: Path, text: str) -> str:
    path = tmp_path / "overrides.yaml"
    path.write_text(text)
    return str(path)


def test_a_wrong_merge_is_undone_by_reloading_with_an_override(store, tmp_path):
    load(store, HARINGEY)
    load(store, RESULTS)
    assert people_called(store, "Robin Hale") == {f"{ID}person/robin-hale"}
    file = overrides(tmp_path, "- record: democracyclub:person:90004\n  distinct: true\n")
    item, replaced = load(store, RESULTS, overrides=file)
    assert replaced.replaced is not None
    assert "distinct in" in decision(item, "Robin Hale")
    assert len(people_called(store, "Robin Hale")) == 2
    assert wards_of(store, f"{ID}person/robin-hale") == {"Noel Park"}  # the list's seat only
    candidacies = list(store.query(PREFIXES + f"SELECT ?c WHERE {{ ?c pg:candidate <{ID}person/robin-hale> }}"))
    assert candidacies == []


def test_an_override_can_force_a_link_or_forbid_one(store, tmp_path):
    load(store, HARINGEY)
    file = overrides(tmp_path, f"""
- record: democracyclub:person:90020
  same_as: {ID}person/sam-jones
- name: Alex Maria Moreno
  not: [{ID}person/alex-moreno]
""")
    item, _ = load(store, RESULTS, overrides=file)
    assert "linked by override -> person/sam-jones" in decision(item, "Sam Jones")
    assert "minted -> person/alex-maria-moreno" in decision(item, "Alex Maria Moreno")


@pytest.mark.parametrize("text, message", [
    ("record: x\n", "an override file is a list of entries"),
    ("- record: x\n  same_as: https://a/\n  distinct: true\n", "entry 1: give exactly one of same_as, distinct or not"),
    ("- same_as: https://a/\n", "entry 1: says neither record nor name"),
    ("- record: x\n  colour: red\n", "entry 1: unknown key(s) colour"),
    ("- record: x\n  same_as: person/x\n", "entry 1: 'person/x' is not an IRI"),
    ("- record: x\n  same_as: [\n", "not YAML"),
])
def test_bad_override_files_are_refused(store, tmp_path, text, message):
    file = overrides(tmp_path, text)
    before = len(store._store)
    with pytest.raises(SourceError) as caught:
        load(store, HARINGEY, overrides=file)
    assert message in str(caught.value) and str(caught.value).startswith(file)
    assert len(store._store) == before
    with pytest.raises(SourceError, match="no such override file"):
        linking.read_overrides(tmp_path / "missing.yaml")


def test_every_decision_is_explained(store):
    load(store, HARINGEY)
    load(store, RESULTS)
    rows = linking.explain(store, f"{ID}person/alex-moreno")
    rules = {(str(r["title"]).split(":")[0].split(" (")[0], r["rule"], r["quote"]) for r in rows}
    assert rules == {("ModernGov councillors by ward", "link-minted", "Alex Moreno"),
                     ("Democracy Club results", "link-fuzzy", "Alex Maria Moreno")}
    fuzzy = next(r for r in rows if r["rule"] == "link-fuzzy")
    assert "similar name (score 95)" in str(fuzzy["detail"]) and str(fuzzy["record"]) == "democracyclub:person:90001"


def test_the_explain_link_command(tmp_path):
    folder = tmp_path / "store"
    with open_store(folder) as st:
        loaders.ingest(st, sample_files())
        loaders.ingest(st, [REGISTER])
        loaders.ingest(st, [HARINGEY])
        loaders.ingest(st, [RESULTS])
    runner = CliRunner()
    result = runner.invoke(app, ["explain-link", "Robin Hale", "--store", str(folder)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "person/robin-hale" in result.output and "minted" in result.output and "name" in result.output
    assert "same name in Haringey London Borough Council, same ward" in result.output
    ambiguous = runner.invoke(app, ["explain-link", "Sam Jones", "--store", str(folder)], env={"COLUMNS": "250"})
    assert ambiguous.exit_code == 2 and "ambiguous" in ambiguous.output
    missing = runner.invoke(app, ["explain-link", "Nobody Atall Whatsoever", "--store", str(folder)])
    assert missing.exit_code == 1
    plain = runner.invoke(app, ["explain-link", "Jennie Formby", "--store", str(folder)], env={"COLUMNS": "250"})
    assert plain.exit_code == 0 and "no link evidence" in plain.output
