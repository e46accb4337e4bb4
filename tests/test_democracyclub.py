"""The Democracy Club results loader: elections, ballots, candidacies with votes, winners as
councillors from the election date, parties by Electoral Commission id and wards by GSS code; bad
files refused with the record named, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sparql_rows import scalar, select

from partygraph import loaders
from partygraph.data import sample_files
from partygraph.graph.store import open_store
from partygraph.loaders import democracyclub
from partygraph.loaders.base import LoadContext, SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
RESULTS = FIXTURES / "dc-haringey-results.json"
ID = "https://w3id.org/partygraph/id/"


@pytest.fixture
def store(register_store):
    return register_store




@pytest.fixture(scope="module")
def shared_store(shared_dir):
    st = open_store(None)
    loaders.ingest(st, sample_files())
    loaders.ingest(st, [shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"])
    (item, _), = loaders.ingest(st, [shared_dir / "data" / "democracyclub" / "sheffield-area-local-results-2021.json"])
    yield st, item
    st.close()


def test_the_shared_results_give_every_ballot_candidacy_and_winner(shared_store, shared_dir):
    st, item = shared_store
    data = json.loads((shared_dir / "data" / "democracyclub" / "sheffield-area-local-results-2021.json").read_text())
    winners = sum(c["is_winner"] for b in data for c in b["candidate_results"])
    assert scalar(st, """SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a pg:Ballot ; pg:identifier ?id
        FILTER STRSTARTS(?id, "democracyclub:ballot:") }""") == len(data) == 95
    dc = 'pg:identifier ?id FILTER STRSTARTS(?id, "democracyclub:")'
    assert scalar(st, f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a pg:Candidacy ; {dc} }}") == 633
    assert scalar(st, f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a pg:Candidacy ; pg:elected true ; {dc} }}") == winners
    assert scalar(st, f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a pg:Election ; {dc} }}") == 4
    # every winner sits from election day
    assert scalar(st, """SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m org:role role:councillor ;
        schema:startDate "2021-05-06"^^<http://www.w3.org/2001/XMLSchema#date> ; dcterms:source ?s }""") == winners
    assert item.record.issued.isoformat() == "2021-05-06"
    assert "95 ballots, 633 candidacies" in item.notes[0]


def test_party_53_is_labour_and_wards_come_by_gss(shared_store):
    st, _ = shared_store
    rows = select(st, """SELECT ?party ?votes ?ward ?council WHERE { ?c pg:candidate ?p ; pg:ballot ?b ; pg:party ?party ;
        pg:votes ?votes . ?p rdfs:label "Roger Noel Davison" . ?b pg:ward ?ward . ?ward pg:wardOf ?council }""")
    assert rows == [{"party": f"{ID}party/liberal-democrats", "votes": "2904", "ward": f"{ID}ward/E05010867",
                     "council": f"{ID}council/E08000019"}]
    labour = scalar(st, f"SELECT (COUNT(?c) AS ?n) WHERE {{ ?c a pg:Candidacy ; pg:party <{ID}party/labour> }}")
    assert labour == 155
    assert select(st, f"SELECT ?label WHERE {{ <{ID}ward/E05010867> rdfs:label ?label }}") == [{"label": "Ecclesall"}]


def test_wards_without_a_gss_code_are_named_within_their_council(shared_store):
    st, _ = shared_store
    rows = select(st, f"""SELECT ?ward WHERE {{ ?ward pg:wardOf <{ID}council/E08000018> ; rdfs:label "Anston & Woodsetts" }}""")
    assert rows == [{"ward": f"{ID}ward/E08000018/anston-and-woodsetts"}]


def test_parties_the_graph_lacks_are_minted_with_their_identifier(shared_store):
    st, item = shared_store
    rows = select(st, """SELECT ?p ?label WHERE { ?p a pg:PoliticalParty ; pg:identifier "democracyclub:party:11473" ; rdfs:label ?label }""")
    assert rows == [{"p": f"{ID}party/rotherham-democratic-party", "label": "Rotherham Democratic Party"}]
    assert any("Rotherham Democratic Party" in n and "minted" in n for n in item.notes)


def test_a_fixture_with_a_by_election(store):
    loaders.ingest(store, [RESULTS])
    rows = select(store, """SELECT ?ballot ?date ?seats WHERE { ?ballot a pg:Ballot ; pg:electionDate ?date ;
        pg:seatsContested ?seats ; pg:identifier ?id FILTER STRSTARTS(?id, "democracyclub:") } ORDER BY ?ballot""")
    assert [(r["ballot"].rsplit("/", 1)[1], r["date"], int(r["seats"])) for r in rows] == [
        ("local-haringey-bruce-grove-2018-05-03", "2018-05-03", 1),
        ("local-haringey-harringay-by-2016-05-05", "2016-05-05", 1),
        ("local-haringey-noel-park-2018-05-03", "2018-05-03", 2),
        ("local-haringey-tottenham-green-2018-05-03", "2018-05-03", 1)]
    # the Bruce Grove post is a GSS code; Harringay's is not
    assert select(store, f"SELECT ?w WHERE {{ ?w pg:gssCode 'E05000268' ; pg:wardOf <{ID}council/E09000014> }}") == [
        {"w": f"{ID}ward/E05000268"}]
    assert select(store, f"SELECT ?w WHERE {{ ?w rdfs:label 'Harringay' ; pg:wardOf <{ID}council/E09000014> }}") == [
        {"w": f"{ID}ward/E09000014/harringay"}]
    independent = select(store, """SELECT ?party WHERE { ?c pg:candidate ?p ; pg:party ?party . ?p rdfs:label "Lou Kent" }""")
    assert independent == [{"party": f"{ID}party/independent"}]


def test_loading_is_deterministic(store):
    first = democracyclub.load(RESULTS, LoadContext(store=store))
    second = democracyclub.load(RESULTS, LoadContext(store=store))
    assert first.content.digest() == second.content.digest()
    (_, done), = loaders.ingest(store, [RESULTS])
    (_, again), = loaders.ingest(store, [RESULTS])
    assert again.unchanged and again.graph == done.graph


def test_an_api_page_is_read_like_a_list(store, tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"count": 4, "next": None, "results": json.loads(RESULTS.read_text())}))
    (item, _), = loaders.ingest(store, [page])
    assert item.record.loader == "democracyclub" and "4 ballots, 9 candidacies, 5 elected" in item.notes[0]


# ---------------------------------------------------------------- bad input

def refused(store, path: Path, message: str, **options: str) -> None:
    before = len(store._store)
    with pytest.raises(SourceError) as caught:
        loaders.ingest(store, [path], LoadContext(store=store, options=options), loader="democracyclub")
    assert message in str(caught.value), str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert len(store._store) == before


def mutated(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(RESULTS.read_text())
    change(data)
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data, indent=1))
    return path


def test_malformed_json_names_line_and_column(store, tmp_path):
    path = tmp_path / "results.json"
    path.write_text(RESULTS.read_text()[:500])
    refused(store, path, "malformed JSON")


@pytest.mark.parametrize("change, message", [
    (lambda d: d[1].update(ballot_paper_id="local.haringey.tottenham-green.03-05-2018"),
     "result set 1: ballot_paper_id 'local.haringey.tottenham-green.03-05-2018' is not a Democracy Club ballot id"),
    (lambda d: d[1].update(ballot_paper_id="local.haringey.tottenham-green.2018-02-30"),
     "result set 1: the date of ballot local.haringey.tottenham-green.2018-02-30: '2018-02-30' is not a date"),
    (lambda d: d[2]["candidate_results"][1].update(num_ballots="lots"),
     "result set 2 (local.haringey.noel-park.2018-05-03): candidate_results[1]: num_ballots 'lots' is not a number of votes"),
    (lambda d: d[2]["candidate_results"][0]["membership"].pop("person"),
     "candidate_results[0]: the candidate has no person id and name"),
    (lambda d: d[3]["candidate_results"][0]["membership"]["post"].update(id="gss:E0500"),
     "post id 'gss:E0500' is not a GSS code"),
    (lambda d: d[3]["candidate_results"][1]["membership"]["election"].update(id="local.haringey.2022-05-05"),
     "belongs to election 'local.haringey.2022-05-05', not 'local.haringey.2018-05-03'"),
    (lambda d: d[0].update(ballot_paper_id="local.atlantis.harringay.2016-05-05"),
     "cannot tell the council of the ballot: no council in the graph is called 'atlantis'"),
    (lambda d: d.__setitem__(0, {"ballot": "x"}), "result set 0: not a result set"),
])
def test_bad_records_are_refused_by_position(store, tmp_path, change, message):
    refused(store, mutated(tmp_path, change), message)


def test_not_a_list_of_result_sets(store, tmp_path):
    path = tmp_path / "results.json"
    path.write_text('{"persons": []}')
    refused(store, path, "expected a list of Democracy Club result sets")


def test_without_the_register_the_council_cannot_be_found(tmp_path):
    with open_store(None) as bare:
        refused(bare, RESULTS, "load the local-authority register first")
