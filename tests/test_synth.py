"""The synthetic graph generator (``partygraph synth``): deterministic, valid against the SHACL shapes,
realistic in the ways the benchmarks rely on, and loadable as it is."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from partygraph import loaders
from partygraph.api.cli import app
from partygraph.data import REFERENCE
from partygraph.graph import formats, synth, validate
from partygraph.graph.influence import chains, reach
from partygraph.graph.store import open_store
from partygraph.ontology import uris

PARTIES = REFERENCE / "parties.ttl"
MEDIUM = synth.SynthOptions(councils=40, councillors=1_600, years=12, seed=7)
PREFIXES = """PREFIX pg: <https://w3id.org/partygraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX role: <https://w3id.org/partygraph/ontology/role/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def generated(options: synth.SynthOptions) -> tuple[bytes, synth.SynthReport]:
    sink = io.BytesIO()
    report = synth.generate(sink, options, reference=PARTIES)
    return sink.getvalue(), report


@pytest.fixture(scope="module")
def medium(tmp_path_factory: pytest.TempPathFactory):
    """The medium graph, loaded into an in-memory store the way a user loads it."""
    path = tmp_path_factory.mktemp("synth") / "medium.nt"
    report = synth.generate(path, MEDIUM, reference=PARTIES)
    store = open_store(None)
    loaders.ingest(store, [path])
    yield store, report, path
    store.close()


def count(store, where: str) -> int:
    rows = list(store.query(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
    return int(rows[0]["n"].value)


def test_the_same_options_give_the_same_bytes():
    small = synth.PRESETS["small"]
    first, report = generated(small)
    again, _ = generated(small)
    assert first == again
    other, _ = generated(synth.SynthOptions(**{**small.__dict__, "seed": small.seed + 1}))
    assert other != first
    assert report.triples == first.count(b"\n") and report.triples > 10_000


def test_the_output_conforms_to_the_shapes(tmp_path: Path):
    path = tmp_path / "small.nt"
    synth.generate(path, synth.PRESETS["small"], reference=PARTIES)
    data = validate.file_graph(path, formats.rdf_by_name("ntriples"))
    violations = validate.validate_graph(data)
    assert violations == [], "\n".join(str(v) for v in violations[:10])


def test_councils_have_synthetic_gss_codes_that_never_collide_with_real_ones(medium):
    store, report, _ = medium
    rows = list(store.query(PREFIXES + "SELECT ?code WHERE { ?c a pg:Council ; pg:gssCode ?code }"))
    codes = [r["code"].value for r in rows]
    assert len(codes) == len(set(codes)) == MEDIUM.councils == report.councils
    for code in codes:
        assert re.fullmatch(r"[EWS]\d{2}9\d{5}", code) and int(code[3:]) >= 900001, code
    labels = [r["l"].value for r in store.query(PREFIXES + "SELECT ?l WHERE { ?c a pg:Council ; rdfs:label ?l }")]
    assert len(set(labels)) == len(labels)


def test_seats_at_any_date_match_the_councillors_asked_for(medium):
    store, _, _ = medium
    for day in ("2014-06-01", "2019-02-01", "2023-12-31"):
        sitting = count(store, f"""?m org:role role:councillor ; schema:startDate ?s .
            OPTIONAL {{ ?m schema:endDate ?e }}
            FILTER (?s <= "{day}"^^xsd:date && (!BOUND(?e) || "{day}"^^xsd:date < ?e))""")
        # a seat is empty for the five weeks between a resignation and its by-election
        assert 0.97 * MEDIUM.councillors <= sitting <= MEDIUM.councillors, (day, sitting)


def test_every_fact_names_its_source(medium):
    store, _, _ = medium
    for cls in ("org:Membership", "pg:Control", "pg:Decision", "pg:Statement", "pg:Authority", "org:Post",
                "pg:CouncilGroup"):
        assert count(store, f"?f a {cls} FILTER NOT EXISTS {{ ?f dcterms:source ?s }}") == 0, cls
        assert count(store, f"?f a {cls}") > 0, cls


def test_one_control_per_council_at_a_time(medium):
    store, report, _ = medium
    overlapping = count(store, """?a a pg:Control ; pg:council ?c ; schema:startDate ?as .
        ?b a pg:Control ; pg:council ?c ; schema:startDate ?bs .
        OPTIONAL { ?a schema:endDate ?ae }
        FILTER (?a != ?b && ?as <= ?bs && (!BOUND(?ae) || ?bs < ?ae))""")
    assert overlapping == 0
    assert set(report.kinds) == {"majority", "minority", "coalition", "no-overall-control"}
    # a coalition names its partners and its lead party
    assert count(store, """?c pg:controlKind <https://w3id.org/partygraph/ontology/control/coalition> ;
        pg:leadParty ?lead . FILTER NOT EXISTS { ?c pg:controlledBy ?lead }""") == 0
    assert count(store, """?c pg:controlKind <https://w3id.org/partygraph/ontology/control/coalition> .
        FILTER NOT EXISTS { ?c pg:controlledBy ?x, ?y FILTER (?x != ?y) }""") == 0


def test_office_holders_are_councillors_of_that_council_when_they_take_office(medium):
    store, _, _ = medium

    def rows(where: str) -> list[tuple[str, str, date, date | None]]:
        query = PREFIXES + f"SELECT ?who ?council ?start ?end WHERE {{ {where} OPTIONAL {{ ?m schema:endDate ?end }} }}"
        return [(r["who"].value, r["council"].value, date.fromisoformat(r["start"].value),
                 date.fromisoformat(r["end"].value) if "end" in r else None) for r in store.query(query)]

    seats: dict[tuple[str, str], list[tuple[date, date | None]]] = {}
    for who, council, start, end in rows("?m org:role role:councillor ; org:member ?who ; "
                                         "org:organization ?council ; schema:startDate ?start ."):
        seats.setdefault((who, council), []).append((start, end))
    offices = rows("?m pg:post ?post ; org:member ?who ; org:organization ?council ; schema:startDate ?start . "
                   "?council a pg:Council .")
    assert len(offices) > 3 * MEDIUM.councils
    for who, council, start, _ in offices:
        assert any(s <= start and (e is None or start < e) for s, e in seats.get((who, council), [])), \
            f"{who} takes office on {council} on {start} without a seat"


def test_careers_are_realistic(medium):
    store, report, _ = medium
    assert report.councillor_people > MEDIUM.councillors  # seats change hands
    re_elected = count(store, """{ SELECT ?p WHERE { ?m org:member ?p ; org:role role:councillor }
        GROUP BY ?p HAVING (COUNT(?m) >= 3) }""")
    switched = count(store, """{ SELECT ?p WHERE { ?m org:member ?p ; org:role role:councillor ; pg:onBehalfOf ?party }
        GROUP BY ?p HAVING (COUNT(DISTINCT ?party) >= 2) }""")
    leaders = count(store, """{ SELECT ?c WHERE { ?m org:role role:leader ; org:organization ?c . ?c a pg:Council }
        GROUP BY ?c HAVING (COUNT(DISTINCT ?m) >= 2) }""")
    assert re_elected > 100 and switched > 10 and leaders > MEDIUM.councils / 2
    query = PREFIXES + "SELECT DISTINCT ?a WHERE { ?d pg:action ?a }"
    actions = {r["a"].value.rsplit("/", 1)[-1] for r in store.query(query)}
    assert {"select", "deselect", "suspend"} <= actions
    assert actions & {"intervene", "instruct", "request", "investigate"}
    assert count(store, "?e a pg:Evidence ; pg:quote ?q") > 0


def test_reference_parties_and_bodies_keep_their_iris_and_labels(medium):
    store, _, _ = medium
    nec = str(uris.body("labour", "nec"))
    assert count(store, f'<{nec}> <http://www.w3.org/2004/02/skos/core#altLabel> "Labour NEC"') == 1
    assert count(store, f"?a pg:authorityHolder <{nec}> ; pg:overGroupsOf <{uris.party('labour')}>") == 1


def test_the_projection_runs_on_it(medium):
    store, _, _ = medium
    day = date(2019, 1, 1)
    row = next(iter(store.query(PREFIXES + f"""SELECT ?council WHERE {{
        ?c pg:council ?council ; pg:controlledBy <{uris.party('labour')}> ;
           pg:controlKind <https://w3id.org/partygraph/ontology/control/majority> ; schema:startDate ?s .
        OPTIONAL {{ ?c schema:endDate ?e }}
        FILTER (?s <= "2019-01-01"^^xsd:date && (!BOUND(?e) || "2019-01-01"^^xsd:date < ?e)) }}
        ORDER BY ?council LIMIT 1""")))
    council = row["council"].value
    result = chains(store, "Labour NEC", council, day, k=5)
    mechanisms = [[e.mechanism for e in c.edges] for c in result.chains]
    assert ["authority", "controls"] in mechanisms
    assert all(e.evidence for c in result.chains for e in c.edges)
    reached = {r.node.iri for r in reach(store, "Labour NEC", day).councils}
    assert council in reached


def test_the_command_writes_a_file_that_loads(tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "s.nt"
    result = runner.invoke(app, ["synth", "--preset", "small", "--councils", "6", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "6 councils" in result.stdout
    triples = sum(1 for _ in ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES))
    assert f"{triples:,} triples" in result.stdout
    loaded = runner.invoke(app, ["load", str(out), "--store", str(tmp_path / "store")])
    assert loaded.exit_code == 0, loaded.output
    assert f"{triples} triples" in loaded.stdout


@pytest.mark.parametrize("args, message", [
    (["--preset", "huge"], "unknown preset"),
    (["--councils", "0"], "--councils"),
    (["--councils", "10", "--councillors", "20"], "at least 4 per council"),
    (["--years", "0"], "--years"),
])
def test_bad_options_exit_2(tmp_path: Path, args: list[str], message: str):
    out = tmp_path / "bad.nt"
    result = CliRunner().invoke(app, ["synth", *args, "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not out.exists()


def test_seat_counts_add_up():
    for options in (synth.PRESETS["bench"], synth.PRESETS["http"], MEDIUM):
        counts = synth.seat_counts(options)
        assert sum(counts) == options.councillors and len(counts) == options.councils and min(counts) >= 4


def test_election_day_is_the_first_thursday_of_may():
    assert synth.election_day(2018) == date(2018, 5, 3)
    assert synth.election_day(2014) == date(2014, 5, 1)
    assert synth.election_day(2022) == date(2022, 5, 5)
