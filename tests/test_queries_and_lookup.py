"""Named queries (headers, parameters, binding that cannot inject) and name lookup."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS

from partygraph.graph import lookup, queries
from partygraph.graph.queries import BadParameter, NamedQuery, Param, QueryNotFound
from partygraph.graph.sources import Content, SourceRecord


def test_every_named_query_parses_and_declares_its_parameters():
    catalogue = queries.catalogue()
    assert {"provenance-switch", "journal-entries", "lookup-names", "stats-classes"} <= set(catalogue)
    for q in catalogue.values():
        assert q.description, q.name
        assert q.path.suffix in (".rq", ".ru")
        assert q.is_update == (q.path.suffix == ".ru")


def test_unknown_query_lists_the_known_ones():
    with pytest.raises(QueryNotFound) as caught:
        queries.get("no-such-query")
    assert "lookup-names" in str(caught.value)


def sketch(**params: Param) -> NamedQuery:
    text = "SELECT * WHERE { ?s ?p ?_value . FILTER (?d <= ?_at) VALUES ?g { ?_graphs } }"
    return NamedQuery("sketch", "a test", text, queries.HERE / "sketch.rq", params)


def test_binding_renders_terms_safely():
    q = sketch(value=Param("value", "string"), at=Param("at", "date"), graphs=Param("graphs", "iris"))
    text = q.bind(value='a" } ; DROP ALL ; #', at=date(2018, 1, 29), graphs=["http://a/", "http://b/"])
    assert '"a\\" } ; DROP ALL ; #"' in text
    assert '"2018-01-29"^^<http://www.w3.org/2001/XMLSchema#date>' in text
    assert "<http://a/> <http://b/>" in text


def test_unbound_optional_parameters_stay_variables():
    q = sketch(value=Param("value", "string"), at=Param("at", "date"), graphs=Param("graphs", "iris"))
    assert "?_value" in q.bind(at="2018-01-01", graphs=[])


def test_bad_parameters_are_refused():
    q = sketch(value=Param("value", "iri", required=True), at=Param("at", "date"), graphs=Param("graphs", "iris"))
    with pytest.raises(BadParameter, match="required"):
        q.bind()
    with pytest.raises(BadParameter, match="not a valid iri"):
        q.bind(value="http://a/> } DROP ALL {")
    with pytest.raises(BadParameter, match="not a valid date"):
        q.bind(value="http://a/", at="29/01/2018")
    with pytest.raises(BadParameter, match="unknown parameter"):
        q.bind(value="http://a/", colour="red")


def test_today_default_for_dates():
    q = sketch(value=Param("value", "string"), at=Param("at", "date", default="today"),
               graphs=Param("graphs", "iris"))
    assert date.today().isoformat() in q.bind(value="x")


# ---------------------------------------------------------------- lookup


def test_lookup_by_iri_identifier_name_and_fuzzy_name(sample_store):
    nec = "https://w3id.org/partygraph/id/body/labour/nec"
    haringey = "https://w3id.org/partygraph/id/council/E09000014"
    assert lookup.resolve(sample_store, nec).matched == "iri"
    assert lookup.resolve(sample_store, "E09000014").iri == haringey
    assert lookup.resolve(sample_store, "e09000014").iri == haringey
    assert lookup.resolve(sample_store, "Q213560").iri == haringey
    assert lookup.resolve(sample_store, "ec:PP53").iri.endswith("/party/labour")
    assert lookup.resolve(sample_store, "Labour NEC").iri == nec
    assert lookup.resolve(sample_store, "the Labour NEC").iri == nec
    assert lookup.resolve(sample_store, "Labour's governing body").iri == nec
    assert lookup.resolve(sample_store, "Haringey Council").iri == haringey
    fuzzy = lookup.resolve(sample_store, "Claire Kobber")
    assert fuzzy.matched == "fuzzy" and fuzzy.label == "Claire Kober"


def test_lookup_narrows_by_kind(sample_store):
    assert lookup.find(sample_store, "Haringey", kinds=["person"]) == []
    with pytest.raises(ValueError):
        lookup.find(sample_store, "Haringey", kinds=["planet"])


def test_lookup_reports_ambiguity_and_absence(memory_store):
    people = []
    for slug in ("john-smith-lambeth", "john-smith-rotherham"):
        iri = URIRef(f"https://w3id.org/partygraph/id/person/{slug}")
        people += [(iri, RDF.type, FOAF.Person), (iri, RDFS.label, Literal("John Smith"))]
    memory_store.replace_source(SourceRecord("test/people", "people", "test"), Content(triples=people))
    with pytest.raises(lookup.Ambiguous) as caught:
        lookup.resolve(memory_store, "John Smith")
    assert len(caught.value.candidates) == 2
    with pytest.raises(lookup.NotFound):
        lookup.resolve(memory_store, "Nobody At All")


def test_lookup_index_follows_the_store(memory_store):
    with pytest.raises(lookup.NotFound):
        lookup.resolve(memory_store, "Jane Doe")
    iri = URIRef("https://w3id.org/partygraph/id/person/jane-doe")
    memory_store.replace_source(SourceRecord("test/jane", "jane", "test"),
                                Content(triples=[(iri, RDF.type, FOAF.Person), (iri, RDFS.label, Literal("Jane Doe"))]))
    assert lookup.resolve(memory_store, "Jane Doe").iri == str(iri)


@pytest.mark.parametrize("raw, normal", [("The Labour Party's NEC", "labour party nec"),
                                         ("Lambeth & Southwark", "lambeth and southwark"),
                                         ("  Ejiófor ", "ejiofor")])
def test_normalise(raw, normal):
    assert lookup.normalise(raw) == normal
