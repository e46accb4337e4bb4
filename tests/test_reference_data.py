"""The reference data written for partygraph: it validates, every fact cites a public page from the
fact sheet, its councils are the register's, and the facts of the fact sheet are there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from partygraph import loaders
from partygraph.data import REFERENCE, sample_files
from partygraph.graph.store import open_store
from partygraph.graph.validate import validate_graph
from partygraph.ontology import ONTOLOGY_FILE, SCHEMES_FILE, uris
from partygraph.ontology.namespaces import ORG, PG

FACT_FILES = [REFERENCE / "labour-haringey-2018.ttl", REFERENCE / "council-leaders-2018.ttl",
              REFERENCE / "labour-officers-2018.ttl"]
FACT_CLASSES = [ORG.Membership, PG.Control, PG.Decision, PG.Statement, PG.Authority, PG.Candidacy, PG.Policy,
                PG.Rule, PG.Election, PG.Ballot]
PREFIXES = ("PREFIX pg: <https://w3id.org/partygraph/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
            "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX dcterms: <http://purl.org/dc/terms/> ")


def parsed(path: Path) -> Graph:
    return Graph().parse(path, format="turtle", publicID=f"{uris.base()}id/")


def test_all_reference_files_together_conform_to_the_shapes():
    data = Graph()
    for path in sample_files():
        data.parse(path, format="turtle", publicID=f"{uris.base()}id/")
    data.parse(ONTOLOGY_FILE)
    data.parse(SCHEMES_FILE)
    assert validate_graph(data) == []


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.name)
def test_every_fact_cites_a_public_page(path):
    graph = parsed(path)
    facts = {s for cls in FACT_CLASSES for s in graph.subjects(RDF.type, cls)}
    assert facts
    unsourced = [str(f) for f in facts if (f, DCTERMS.source, None) not in graph]
    assert unsourced == []


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.name)
def test_the_pages_cited_are_those_of_the_fact_sheet(path, shared_dir):
    sheet = (shared_dir / "reference" / "facts-labour-haringey-2018.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^- \d\d: (\S+)$", sheet, flags=re.MULTILINE))
    assert len(listed) == 52
    cited = {str(o) for o in parsed(path).objects(None, DCTERMS.source)}
    assert cited and cited <= listed, sorted(cited - listed)


def test_councils_are_named_and_coded_as_in_the_register(shared_dir):
    with open_store(None) as st:
        loaders.ingest(st, [shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"])
        official = {row["c"].value: row["label"].value for row in st.query(
            PREFIXES + "SELECT ?c ?label WHERE { ?c a pg:Council ; rdfs:label ?label }")}
    for path in FACT_FILES:
        graph = parsed(path)
        for council in graph.subjects(RDF.type, PG.Council):
            assert str(council) in official, council
            code = str(graph.value(council, PG.gssCode))
            assert str(council).endswith(f"/council/{code}")
            if path.name == "council-leaders-2018.ttl":
                assert str(graph.value(council, RDFS.label)) == official[str(council)]


@pytest.fixture(scope="module")
def reference():
    st = open_store(None)
    loaders.ingest(st, sample_files())
    yield st
    st.close()


def holders(store, post: str, day: str) -> set[str]:
    rows = store.query(PREFIXES + f"""SELECT DISTINCT ?name WHERE {{
        ?m pg:post <{uris.base()}id/post/{post}> ; org:member/rdfs:label ?name .
        OPTIONAL {{ ?m schema:startDate ?start }} OPTIONAL {{ ?m pg:observedOn ?seen }} OPTIONAL {{ ?m schema:endDate ?end }}
        FILTER (COALESCE(?start, ?seen) <= "{day}"^^<http://www.w3.org/2001/XMLSchema#date>
                && (!BOUND(?end) || "{day}"^^<http://www.w3.org/2001/XMLSchema#date> < ?end)) }}""")
    return {row["name"].value for row in rows}


def test_labours_officers_through_2018(reference):
    assert holders(reference, "party/labour/general-secretary", "2018-01-29") == {"Iain McNicol"}
    assert holders(reference, "party/labour/general-secretary", "2018-03-20") == {"Jennie Formby"}
    assert holders(reference, "body/labour/nec/chair", "2018-01-23") == {"Andy Kerr"}
    assert holders(reference, "body/labour/nec/vice-chair", "2018-01-23") == {"Jennie Formby"}
    assert holders(reference, "body/labour/nec/vice-chair", "2018-05-22") == {"Wendy Nichols"}
    assert holders(reference, "body/labour/shadow-cabinet/shadow-minister/communities-and-local-government",
                   "2018-01-23") == {"Andrew Gwynne"}
    nec = {row["name"].value for row in reference.query(PREFIXES + f"""SELECT ?name WHERE {{
        ?m org:organization <{uris.base()}id/body/labour/nec> ; org:role <https://w3id.org/partygraph/ontology/role/member> ;
           schema:startDate "2018-01-15"^^<http://www.w3.org/2001/XMLSchema#date> ; org:member/rdfs:label ?name }}""")}
    assert nec == {"Jon Lansman", "Yasmine Dar", "Rachel Garnham"}


def test_the_leaders_of_january_2018(reference):
    expected = {"E09000014/leader": "Claire Kober", "E08000025/leader": "Ian Ward", "E08000003/leader": "Richard Leese",
                "E08000021/leader": "Nick Forbes", "E09000022/leader": "Lib Peck", "E09000023/mayor": "Steve Bullock",
                "E06000047/leader": "Simon Henig", "E08000018/leader": "Chris Read", "E08000001/leader": "Linda Thomas",
                "E10000006/leader": "Stewart Young", "E08000030/leader": "Sean Coughlan",
                "E08000031/leader": "Roger Lawrence"}
    for post, name in expected.items():
        assert holders(reference, f"council/{post}", "2018-01-29") == {name}, post


def test_the_council_leaders_letter_and_the_decision_it_opposes(reference):
    rows = reference.query(PREFIXES + """SELECT ?date ?count ?signer ?opposes WHERE {
        ?s a pg:Statement ; rdfs:label "Letter of Labour council leaders in the Sunday Times" ; dcterms:date ?date ;
           pg:signatoryCount ?count ; pg:signedBy/rdfs:label ?signer ; pg:opposes ?opposes }""")
    rows = list(rows)
    assert {r["date"].value for r in rows} == {"2018-01-28"} and {r["count"].value for r in rows} == {"70"}
    assert {r["signer"].value for r in rows} == {"Ian Ward", "Sean Coughlan", "Roger Lawrence"}
    assert f"{uris.base()}id/decision/labour/nec/2018-01-23/haringey-request" in {r["opposes"].value for r in rows}
    proposer = list(reference.query(PREFIXES + """SELECT ?name WHERE {
        <https://w3id.org/partygraph/id/decision/labour/nec/2018-01-23/haringey-request> pg:proposedBy/rdfs:label ?name }"""))
    assert [r["name"].value for r in proposer] == ["Jim Kennedy"]


def test_conflicts_between_sources_are_said_in_comments():
    graph = parsed(REFERENCE / "labour-haringey-2018.ttl")
    comments = " ".join(str(c) for c in graph.objects(None, RDFS.comment))
    assert "Sources conflict" in comments and "Sources differ" in comments
    kober = URIRef(f"{uris.base()}id/membership/claire-kober/haringey-leader")
    assert "followed here" in str(graph.value(kober, RDFS.comment))


@pytest.mark.slow
def test_what_the_structured_loaders_write_conforms_to_the_shapes(shared_dir):
    from partygraph.graph.validate import store_graph
    from partygraph.loaders.base import LoadContext

    fixtures = Path(__file__).parent / "fixtures" / "structured"
    data = shared_dir / "data"
    with open_store(None) as st:
        loaders.ingest(st, sample_files())
        loaders.ingest(st, [data / "local-authorities" / "uk_local_authorities_current.csv"])
        loaders.ingest(st, sorted((data / "moderngov").glob("*.xml")))
        loaders.ingest(st, [data / "democracyclub" / "sheffield-area-local-results-2021.json"])
        loaders.ingest(st, [fixtures / "haringey.gov.uk.CouncillorsByWard.xml"])
        loaders.ingest(st, [fixtures / "dc-haringey-results.json"])
        loaders.ingest(st, [fixtures / "haringey.popolo.json"], LoadContext(store=st, options={"observed": "2018-07-01"}))
        loaders.ingest(st, [fixtures / "no-overall-control.CouncillorsByWard.xml"],
                       LoadContext(store=st, options={"council": "E10000006"}))
        graph = store_graph(st)
    assert len(graph) > 25_000
    assert validate_graph(graph) == []


def test_party_leaders_cite_a_page_and_one_leader_holds_each_post_at_a_time():
    graph = parsed(REFERENCE / "party-leaders.ttl")
    tenures = list(graph.subjects(RDF.type, ORG.Membership))
    assert len(tenures) >= 30
    assert [str(t) for t in tenures if (t, DCTERMS.source, None) not in graph] == []
    by_post: dict = {}
    for t in tenures:
        start = graph.value(t, URIRef("http://schema.org/startDate")).toPython()
        end = graph.value(t, URIRef("http://schema.org/endDate"))
        by_post.setdefault(graph.value(t, PG.post), []).append((start, end.toPython() if end else None, str(t)))
    for post, spans in by_post.items():
        spans.sort()
        assert all(a[1] is not None and a[1] <= b[0] for a, b in zip(spans, spans[1:])), (post, spans)
        assert all(end is None or start < end for start, end, _ in spans), (post, spans)
