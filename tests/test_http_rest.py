"""The REST routes over the bundled reference data: every route, its filters, and its failures
(404 for nothing, 300 with candidates for several, 400/422 for bad parameters). Answers are checked
against the store itself or against the facts of data/reference/labour-haringey-2018.ttl."""

from __future__ import annotations

import datetime as dt

import pytest
from defusedxml import ElementTree
from fastapi.testclient import TestClient

from partygraph.api.app import create_app
from partygraph.graph import governance, influence
from partygraph.ontology import uris
from partygraph.ontology.namespaces import PG

HARINGEY = str(uris.council("E09000014"))
NEC = str(uris.body("labour", "nec"))
KOBER = str(uris.person("claire-kober"))
EJIOFOR = str(uris.person("joseph-ejiofor"))
GROUP = str(uris.council_group("labour", "E09000014"))


@pytest.fixture
def client(sample_store):
    return TestClient(create_app(sample_store))


def council_count(store) -> int:
    rows = store.query(f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a <{PG.Council}> }}")
    return int(next(iter(rows))["n"].value)


# ---------------------------------------------------------------------- councils

def test_councils_list_pages_and_filters(client, sample_store):
    everything = client.get("/councils", params={"limit": 500}).json()
    assert everything["total"] == council_count(sample_store) == len(everything["items"])
    labels = [c["label"] for c in everything["items"]]
    assert labels == sorted(labels)
    page = client.get("/councils", params={"limit": 1, "offset": 0}).json()
    assert page["total"] == everything["total"] and len(page["items"]) == 1
    assert page["items"][0] == everything["items"][0]
    haringey = client.get("/councils", params={"name": "HARINGEY"}).json()  # any case, alternative names too
    assert [c["iri"] for c in haringey["items"]] == [HARINGEY]
    assert haringey["items"][0]["gss"] == "E09000014" and haringey["items"][0]["current"] is True
    assert client.get("/councils", params={"name": "Borough of Haringey"}).json()["total"] == 1
    assert client.get("/councils", params={"name": "Atlantis"}).json() == {"total": 0, "limit": 50, "offset": 0,
                                                                          "items": []}
    assert client.get("/councils", params={"current": "false"}).json()["total"] == 0


def test_council_filters_on_register_fields(memory_store):
    memory_store.update("""
        PREFIX pg: <https://w3id.org/partygraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <http://schema.org/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        INSERT DATA { GRAPH <urn:register> {
          <%(a)s> a pg:Council ; rdfs:label "Alpha Council" ; pg:gssCode "E06000001" ; pg:nation "England" ;
             pg:region "North East" ; pg:authorityType "UA" ; schema:startDate "1996-04-01"^^xsd:date .
          <%(b)s> a pg:Council ; rdfs:label "Beta District Council" ; pg:gssCode "E07000001" ; pg:nation "England" ;
             pg:region "South East" ; pg:authorityType "NMD" ; schema:endDate "2009-04-01"^^xsd:date .
          <%(c)s> a pg:Council ; rdfs:label "Gamma Council" ; pg:gssCode "S12000001" ; pg:nation "Scotland" ;
             pg:region "Scotland" ; pg:authorityType "SCO" .
        } }""" % {"a": uris.council("E06000001"), "b": uris.council("E07000001"), "c": uris.council("S12000001")})
    client = TestClient(create_app(memory_store))

    def gss(**params):
        return [c["gss"] for c in client.get("/councils", params=params).json()["items"]]

    assert gss() == ["E06000001", "E07000001", "S12000001"]
    assert gss(nation="england") == ["E06000001", "E07000001"]
    assert gss(region="South East") == ["E07000001"]
    assert gss(type="sco") == ["S12000001"]
    assert gss(current="true") == ["E06000001", "S12000001"]
    assert gss(current="false") == ["E07000001"]
    assert gss(nation="England", current="true") == ["E06000001"]
    beta = client.get("/councils/E07000001").json()
    assert beta["end"] == "2009-04-01" and beta["current"] is False and beta["type"] == "NMD"


def test_one_council_by_gss_name_or_iri(client):
    for ref in ["E09000014", "e09000014", "Haringey", "Haringey Council", HARINGEY]:
        response = client.get(f"/councils/{ref}")
        assert response.status_code == 200, ref
        assert response.json()["iri"] == HARINGEY
    same_as = client.get("/councils/E09000014").json()["same_as"]
    assert "http://www.wikidata.org/entity/Q213560" in same_as
    missing = client.get("/councils/Atlantis")
    assert missing.status_code == 404 and "Atlantis" in missing.json()["detail"]


def test_governance_is_the_library_answer(client, sample_store):
    for day, leader in [("2018-01-29", KOBER), ("2018-06-01", EJIOFOR)]:
        response = client.get("/councils/Haringey/governance", params={"at": day})
        assert response.status_code == 200
        body = response.json()
        expected = governance.who_governs(sample_store, HARINGEY, dt.date.fromisoformat(day))
        assert body == expected.model_dump(mode="json")
        assert body["leader"]["person"]["iri"] == leader
        assert body["control"]["party"]["iri"] == str(uris.party("labour"))
    assert client.get("/councils/E09000014/governance", params={"at": "29/01/2018"}).status_code == 422
    assert client.get("/councils/Atlantis/governance").status_code == 404


# ---------------------------------------------------------------------- people and bodies

def test_a_person_has_offices_over_time(client):
    for ref in ["claire-kober", "Claire Kober", KOBER]:
        response = client.get(f"/people/{ref}")
        assert response.status_code == 200, ref
        assert response.json()["iri"] == KOBER
    person = client.get("/people/joseph-ejiofor").json()
    posts = [(o["post"]["iri"], o["start"]) for o in person["offices"]]
    assert (str(uris.post(str(uris.council("E09000014")), "leader")), "2018-05-24") in posts
    when = [o["start"] or o["observed"] for o in person["offices"]]
    assert None not in when and when == sorted(when)  # oldest first, by start or by the day seen
    assert all(o["sources"] for o in person["offices"])
    assert all(m["post"] is None for m in person["memberships"])
    kober = client.get("/people/claire-kober").json()
    leader = next(o for o in kober["offices"] if o["post"]["label"] == "Leader of Haringey Council")
    assert (leader["start"], leader["end"], leader["precision"]) == ("2008-01-01", "2018-05-03", "year")
    assert leader["on_behalf_of"]["iri"] == str(uris.party("labour"))


def test_people_routes_refuse_other_kinds(client):
    assert client.get("/people/Labour").status_code == 404
    assert client.get("/people/").status_code == 404


def test_a_body_has_its_party_authority_members_and_decisions(client, sample_store):
    nec = client.get("/bodies/labour/nec")
    assert nec.status_code == 200
    body = nec.json()
    assert body["iri"] == NEC and body["party"]["iri"] == str(uris.party("labour"))
    assert any(a["over_groups_of"] and a["over_groups_of"]["iri"] == str(uris.party("labour")) and a["rule"]
               for a in body["authority"])
    decisions = sample_store.query(f"SELECT DISTINCT ?d WHERE {{ ?d <{PG.decidedBy}> <{NEC}> }}")
    assert {d["iri"] for d in body["decisions"]} == {r["d"].value for r in decisions}
    assert client.get("/bodies/Labour NEC").json()["iri"] == NEC
    group = client.get("/bodies/labour/group/E09000014").json()
    assert group["council"]["iri"] == HARINGEY
    assert any(m["post"] and m["member"]["iri"] == EJIOFOR for m in group["members"])


def test_a_council_group_counts_its_councillors(memory_store):
    party, council = uris.party("green"), uris.council("E09000001")
    group, person = uris.council_group("green", "E09000001"), uris.person("sam-example")
    memberships = uris.membership(str(person), str(council), "councillor", "2022-05-05")
    memory_store.update(f"""
        PREFIX pg: <https://w3id.org/partygraph/ontology#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <http://schema.org/>
        INSERT DATA {{ GRAPH <urn:g> {{
          <{group}> a pg:CouncilGroup ; rdfs:label "City Green group" ; org:unitOf <{party}> ; pg:groupOn <{council}> .
          <{person}> rdfs:label "Sam Example" .
          <{memberships}> a org:Membership ; org:member <{person}> ; org:organization <{council}> ;
             org:role <https://w3id.org/partygraph/ontology/role/councillor> ; pg:onBehalfOf <{party}> ;
             schema:startDate "2022-05-05"^^<http://www.w3.org/2001/XMLSchema#date> .
        }} }}""")
    body = TestClient(create_app(memory_store)).get(f"/bodies/{group}").json()
    (member,) = body["members"]
    assert member["derived"] is True and member["member"]["label"] == "Sam Example"
    assert member["start"] == "2022-05-05" and member["organisation"]["iri"] == str(group)


# ---------------------------------------------------------------------- decisions

def test_decisions_filter_by_body_thing_and_dates(client):
    by_nec = client.get("/decisions", params={"by": "labour/nec"}).json()
    assert by_nec["total"] == len(by_nec["items"]) >= 2
    assert all(d["decided_by"]["iri"] == NEC for d in by_nec["items"])
    dates = [d["date"] for d in by_nec["items"]]
    assert dates == sorted(dates)
    about = client.get("/decisions", params={"affects": "E09000014", "from": "2018-01-01", "to": "2018-01-31"}).json()
    request = [d for d in about["items"] if d["action"]["label"] == "request"]
    assert request and request[0]["decided_by"]["iri"] == NEC and request[0]["date"] == "2018-01-23"
    assert {"iri": HARINGEY, "label": "Haringey London Borough Council"} in request[0]["affects"]
    assert request[0]["sources"] and request[0]["rule"]["iri"] == str(uris.rule("labour", "chapter-13"))
    assert all("2018-01-01" <= d["date"] <= "2018-01-31" for d in about["items"])
    later = client.get("/decisions", params={"by": NEC, "from": "2018-01-24"}).json()
    assert all(d["date"] >= "2018-01-24" for d in later["items"])
    paged = client.get("/decisions", params={"limit": 1, "offset": 1}).json()
    everything = client.get("/decisions", params={"limit": 500}).json()
    assert paged["total"] == everything["total"] and paged["items"] == everything["items"][1:2]


def test_decision_failures(client):
    assert client.get("/decisions", params={"from": "2019-01-01", "to": "2018-01-01"}).status_code == 400
    assert client.get("/decisions", params={"by": "Atlantis Committee"}).status_code == 404
    assert client.get("/decisions", params={"from": "yesterday"}).status_code == 422
    assert client.get("/decisions", params={"limit": 0}).status_code == 422


def test_an_ambiguous_reference_lists_the_candidates(memory_store):
    memory_store.update("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT DATA { GRAPH <urn:g> {
          <%s> a <https://w3id.org/partygraph/ontology#PartyBody> ; rdfs:label "Executive Committee" .
          <%s> a <https://w3id.org/partygraph/ontology#PartyBody> ; rdfs:label "Executive Committee" .
        } }""" % (uris.body("a", "exec"), uris.body("b", "exec")))
    client = TestClient(create_app(memory_store))
    response = client.get("/decisions", params={"by": "Executive Committee"})
    assert response.status_code == 300
    body = response.json()
    assert body["parameter"] == "by"
    assert {c["iri"] for c in body["candidates"]} == {str(uris.body("a", "exec")), str(uris.body("b", "exec"))}
    assert client.get(f"/bodies/{uris.body('a', 'exec')}").status_code == 200  # asking again by IRI works
    assert client.get("/bodies/Executive Committee").status_code == 300


# ---------------------------------------------------------------------- chains

def test_chains_are_the_library_answer(client, sample_store):
    params = {"from": "Labour NEC", "to": "Haringey Council", "at": "2018-01-29"}
    response = client.get("/chains", params=params)
    assert response.status_code == 200
    body = response.json()
    expected = influence.chains(sample_store, NEC, HARINGEY, dt.date(2018, 1, 29)).model_dump(mode="json")
    assert body == expected
    assert body["from"]["iri"] == NEC and body["to"]["iri"] == HARINGEY
    mechanisms = [[e["mechanism"] for e in chain["edges"]] for chain in body["chains"]]
    assert ["authority", "controls"] in mechanisms and ["decided"] in mechanisms
    assert all(e["evidence"] for chain in body["chains"] for e in chain["edges"])
    assert len(client.get("/chains", params={**params, "k": 1}).json()["chains"]) == 1
    early = client.get("/chains", params={**params, "at": "2014-01-01"}).json()
    assert ["decided"] not in [[e["mechanism"] for e in c["edges"]] for c in early["chains"]]


def test_chains_svg_is_a_drawing_of_the_same_chains(client):
    response = client.get("/chains.svg", params={"from": "Labour NEC", "to": "Haringey Council", "at": "2018-01-29"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    svg = ElementTree.fromstring(response.content)
    assert svg.tag.endswith("svg")
    text = " ".join(t.text or "" for t in svg.iter() if t.tag.endswith("text"))
    assert "Haringey Labour group" in text and "authority" in text


def test_chain_failures(client):
    assert client.get("/chains", params={"from": "Labour NEC"}).status_code == 422
    assert client.get("/chains", params={"from": "Labour NEC", "to": "Atlantis"}).status_code == 404
    assert client.get("/chains", params={"from": "Labour NEC", "to": "Haringey", "k": 0}).status_code == 422
    assert client.get("/chains", params={"from": "Labour NEC", "to": "Haringey", "max_hops": 99}).status_code == 422
    assert client.get("/chains.svg", params={"from": "Atlantis", "to": "Haringey"}).status_code == 404


# ---------------------------------------------------------------------- search

def test_search_finds_by_name_identifier_and_kind(client):
    hits = client.get("/search", params={"q": "Claire Kober"}).json()
    assert hits[0]["iri"] == KOBER and hits[0]["matched"] == "label"
    assert client.get("/search", params={"q": "E09000014"}).json()[0]["iri"] == HARINGEY
    fuzzy = client.get("/search", params={"q": "Haringy Council", "kind": "council"}).json()
    assert [h["iri"] for h in fuzzy] == [HARINGEY]
    people = client.get("/search", params={"q": "haringey", "kind": "person"}).json()
    assert all("http://xmlns.com/foaf/0.1/Person" in h["types"] for h in people)
    assert client.get("/search", params={"q": "Labour", "limit": 2}).json().__len__() <= 2
    assert client.get("/search", params={"q": "zzzzqqqq"}).json() == []
    assert client.get("/search", params={"q": ""}).status_code == 422
    assert client.get("/search", params={"q": "x", "kind": "planet"}).status_code == 422


def test_the_openapi_schema_names_every_route_and_model(client):
    schema = client.get("/openapi.json").json()
    for path in ["/councils", "/councils/{id}", "/councils/{id}/governance", "/people/{id}", "/bodies/{id}",
                 "/decisions", "/chains", "/chains.svg", "/search", "/fragments", "/id/{path}", "/dump",
                 "/.well-known/void"]:
        assert path in schema["paths"], path
    assert {"Council", "CouncilPage", "Person", "Body", "DecisionPage", "Governance", "ChainResult", "Choices",
            "SearchHit"} <= set(schema["components"]["schemas"])
    assert "/explore/chains" not in schema["paths"]  # pages are for people, not part of the API contract


@pytest.mark.shared
def test_councils_over_the_register_of_every_uk_authority(shared_dir, memory_store):
    """The mySociety register (470 authorities, 397 current) loaded by its loader, filtered over HTTP,
    against counts taken from the CSV itself."""
    import csv

    from partygraph import loaders

    register = shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"
    loaders.ingest(memory_store, [register])
    rows = list(csv.DictReader(register.open(encoding="utf-8")))
    today = dt.date.today().isoformat()
    client = TestClient(create_app(memory_store))

    def total(**params):
        return client.get("/councils", params={"limit": 1, **params}).json()["total"]

    assert total() == len(rows) == 470
    current = [r for r in rows if not r["end-date"] or r["end-date"] > today]
    assert total(current="true") == len(current)
    assert total(current="false") == len(rows) - len(current)
    wales = [r for r in current if r["nation"] == "Wales"]
    assert total(nation="wales", current="true") == len(wales) > 0
    london = [r for r in rows if r["region"] == "London"]
    assert total(region="London") == len(london) > 0
    kind = rows[0]["local-authority-type-name"]
    assert total(type=kind.upper()) == sum(r["local-authority-type-name"] == kind for r in rows)
    page = client.get("/councils", params={"nation": "Scotland", "limit": 10, "offset": 10}).json()
    assert len(page["items"]) == 10 and all(c["nation"] == "Scotland" for c in page["items"])
