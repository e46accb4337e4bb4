"""The vocabulary parses, aligns to the published vocabularies, and its shapes accept the sample data
and reject broken facts; IRIs are minted deterministically."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from partygraph.data import sample_files
from partygraph.graph import formats
from partygraph.graph.validate import file_graph, validate_graph
from partygraph.ontology import ONTOLOGY_FILE, SCHEMES_FILE, SHAPES_FILE, uris
from partygraph.ontology.namespaces import ORG, PG, PROV, SCHEMA


def vocabulary() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_FILE)
    g.parse(SCHEMES_FILE)
    return g


def test_every_class_and_property_is_labelled_and_commented_or_aligned():
    g = vocabulary()
    terms = set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(
        g.subjects(RDF.type, OWL.DatatypeProperty))
    assert len(terms) > 40
    for term in terms:
        assert str(term).startswith(str(PG)), term
        assert g.value(term, RDFS.label) is not None, f"{term} has no label"


def test_alignment_to_org_prov_and_popolo():
    g = vocabulary()
    assert (PG.PoliticalParty, RDFS.subClassOf, ORG.FormalOrganization) in g
    assert (PG.PartyBody, RDFS.subClassOf, ORG.OrganizationalUnit) in g
    assert (PG.Decision, RDFS.subClassOf, PROV.Activity) in g
    assert (PG.Statement, RDFS.subClassOf, PROV.Entity) in g
    assert (PG.onBehalfOf, OWL.equivalentProperty, URIRef("http://www.w3.org/ns/opengov#onBehalfOf")) in g


def test_concept_schemes_cover_the_design():
    g = vocabulary()
    roles = {str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, URIRef(
        "https://w3id.org/partygraph/ontology/role"))}
    actions = {str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, URIRef(
        "https://w3id.org/partygraph/ontology/action"))}
    assert {"leader", "deputy-leader", "mayor", "councillor", "chair", "vice-chair", "general-secretary",
            "member", "cabinet-member"} <= roles
    assert {"intervene", "instruct", "request", "pause", "suspend", "expel", "deselect", "select", "appoint",
            "remove", "elect", "scrap", "approve", "reject", "investigate"} == actions


def test_shapes_accept_the_sample_data():
    for path in sample_files():
        data = file_graph(path, formats.rdf_for_path(path))
        for extra in (ONTOLOGY_FILE, SCHEMES_FILE):
            data.parse(extra)
        assert validate_graph(data) == [], path


def test_shapes_reject_broken_facts():
    g = Graph()
    m = uris.membership("p", "o", "leader")
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, uris.person("someone")))
    g.add((m, SCHEMA.startDate, Literal(date(2018, 5, 1))))
    g.add((m, SCHEMA.endDate, Literal(date(2017, 5, 1))))
    council = uris.council("E09000014")
    g.add((council, RDF.type, PG.Council))
    g.add((council, RDFS.label, Literal("Haringey")))
    g.add((council, PG.gssCode, Literal("not-a-code")))
    d = uris.decision("b", "request", "c")
    g.add((d, RDF.type, PG.Decision))
    g.add((d, PG.decidedBy, uris.body("labour", "nec")))
    messages = {v.message for v in validate_graph(g)}
    assert "a membership has exactly one org:organization" in messages
    assert "a membership has an org:role" in messages
    assert "starts after it ends" in messages
    assert "a council has exactly one GSS code like E09000014" in messages
    assert "a decision has exactly one action (pg:action)" in messages
    assert "has no date: neither schema:startDate, pg:observedOn nor pg:unresolvedDate" in messages


def test_shapes_file_parses():
    assert len(Graph().parse(SHAPES_FILE)) > 50


def test_minting_is_deterministic_and_follows_the_base(monkeypatch):
    assert uris.council("e09000014") == URIRef("https://w3id.org/partygraph/id/council/E09000014")
    assert uris.council_group("labour", "E09000014").endswith("/id/body/labour/group/E09000014")
    assert uris.membership("a", "b", "leader", date(2018, 1, 1)) == uris.membership("a", "b", "leader", "2018-01-01")
    assert uris.membership("a", "b", "leader") != uris.membership("a", "b", "deputy-leader")
    assert uris.post(uris.council("E09000014"), "leader").endswith("/id/post/council/E09000014/leader")
    assert uris.post(uris.council("E09000014"), "cabinet-member", "Environment & Transport").endswith(
        "/cabinet-member/environment-and-transport")
    monkeypatch.setenv("PARTYGRAPH_BASE", "http://localhost:8000")
    assert uris.party("labour") == URIRef("http://localhost:8000/id/party/labour")
    assert uris.local_path("http://localhost:8000/id/party/labour") == "party/labour"
    assert uris.local_path("https://elsewhere.example/x") is None


@pytest.mark.parametrize("text, slug", [("Claire Kober", "claire-kober"), ("Bishop's", "bishops"),
                                        ("Joseph Ejiófor", "joseph-ejiofor"), ("  Lambeth & Southwark ",
                                                                               "lambeth-and-southwark")])
def test_slugify(text, slug):
    assert uris.slugify(text) == slug


def test_slugify_refuses_nothing():
    with pytest.raises(ValueError):
        uris.slugify("!!!")


def test_every_role_the_text_lexicon_names_is_a_concept_of_the_role_scheme():
    import json

    from partygraph.loaders.text import pipeline

    lexicon = json.loads((pipeline.PATTERNS / "roles.json").read_text(encoding="utf-8"))
    named = set(lexicon["roles"].values()) | set(lexicon["council_roles"])
    g = vocabulary()
    scheme = {str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, URIRef(
        "https://w3id.org/partygraph/ontology/role"))}
    assert named - scheme == set()


def test_civic_heads_under_their_own_titles_are_civic_mayors(memory_store, tmp_path):
    # The text loader keeps "Lord Provost" as written; ModernGov's "Mayor" is role:civic-mayor. One query
    # over the hierarchy finds both.
    from partygraph import loaders

    loaders.ingest(memory_store, sample_files())
    doc = tmp_path / "provost.md"
    doc.write_text("---\ntitle: Provost\npublished: 2022-05-20\nkind: article\n---\n"
                   "Morag Lindsay was elected Lord Provost of Glasgow City Council yesterday.\n", encoding="utf-8")
    loaders.ingest(memory_store, [doc])
    rows = memory_store.query("""PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX role: <https://w3id.org/partygraph/ontology/role/>
        SELECT DISTINCT ?role WHERE { ?m org:role ?role . ?role skos:broader* role:civic-mayor }""")
    assert {str(r["role"].value).rsplit("/", 1)[1] for r in rows} >= {"lord-provost"}
