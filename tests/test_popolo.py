"""The Popolo JSON loader: persons, organisations, posts, areas and memberships in partygraph's model,
linked to what the graph has; dangling ids and bad dates refused with the record named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sparql_rows import select

from partygraph import loaders
from partygraph.loaders import popolo
from partygraph.loaders.base import LoadContext, SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
POPOLO = FIXTURES / "haringey.popolo.json"
ID = "https://w3id.org/partygraph/id/"


@pytest.fixture
def store(register_store):
    return register_store



def load(store, path: Path = POPOLO, **options: str):
    options.setdefault("observed", "2018-07-01")
    (item, replacement), = loaders.ingest(store, [path], LoadContext(store=store, options=options))
    return item, replacement


def test_organisations_link_to_the_party_council_and_body_in_the_graph(store):
    item, _ = load(store)
    kinds = select(store, """SELECT ?o WHERE { ?o org:unitOf <https://w3id.org/partygraph/id/party/labour> ;
        <http://www.w3.org/2004/02/skos/core#altLabel> "National Executive Committee" }""")
    assert {r["o"] for r in kinds} == {f"{ID}body/labour/nec"}
    committee = select(store, f"""SELECT ?o ?founded WHERE {{ ?o org:subOrganizationOf <{ID}council/E09000014> ;
        rdfs:label "Haringey Overview and Scrutiny Committee" ; schema:startDate ?founded }}""")
    assert committee == [{"o": f"{ID}org/haringey-overview-and-scrutiny-committee", "founded": "2001-01-01"}]
    assert "4 persons, 4 organizations, 6 memberships, 4 posts, 2 areas, 1 events" in item.notes[0]


def test_memberships_carry_posts_parties_wards_and_partial_dates(store):
    load(store)
    rows = select(store, """SELECT ?name ?post ?start ?precision ?end ?party ?ward ?seen WHERE {
        ?m a org:Membership ; org:member ?p ; pg:post ?post . ?p rdfs:label ?name
        OPTIONAL { ?m schema:startDate ?start } OPTIONAL { ?m pg:datePrecision ?precision }
        OPTIONAL { ?m schema:endDate ?end } OPTIONAL { ?m pg:onBehalfOf ?party } OPTIONAL { ?m pg:ward ?ward }
        OPTIONAL { ?m pg:observedOn ?seen }
        FILTER (?name IN ("Alex Moreno", "Dana Price") || (?name = "Claire Kober" && ?start = "2008-01-01"^^<http://www.w3.org/2001/XMLSchema#date>)) }""")
    got = {(r["name"], r["post"].removeprefix(f"{ID}post/")): r for r in rows}
    kober = got[("Claire Kober", "council/E09000014/leader/leader-of-haringey-council")]
    assert (kober["start"], kober["precision"], kober["end"]) == ("2008-01-01", "year", "2018-05-03")
    price = got[("Dana Price", "council/E09000014/councillor/councillor-for-bruce-grove")]
    assert (price["start"], price["end"], price["ward"]) == ("2014-05-22", "2018-05-03", f"{ID}ward/E05000268")  # from the term
    chair = got[("Alex Moreno", "org/haringey-overview-and-scrutiny-committee/chair/chair-of-overview-and-scrutiny")]
    assert (chair["start"], chair["precision"]) == ("2018-06-01", "month")
    green = got[("Alex Moreno", "council/E09000014/councillor/councillor-for-tottenham-green")]
    assert green["ward"] == f"{ID}ward/E09000014/tottenham-green" and green["party"] == f"{ID}party/labour"


def test_a_membership_without_a_start_is_observed_when_the_file_was_read(store):
    load(store)
    rows = select(store, """SELECT ?seen WHERE { ?m org:member ?p ; org:organization <https://w3id.org/partygraph/id/party/labour> ;
        pg:observedOn ?seen . ?p rdfs:label "Jordan Lee" }""")
    assert rows == [{"seen": "2018-07-01"}]


def test_people_link_by_identifier_and_by_name_in_context(store):
    loaders.ingest(store, [FIXTURES / "dc-haringey-results.json"])
    item, _ = load(store)
    linked = {line.split(" (")[0].strip(): line for line in item.notes if "linked by" in line}
    assert "Claire Kober" in linked and "linked by name -> person/claire-kober" in linked["Claire Kober"]
    assert "Dana Price" in linked and "linked by name" in linked["Dana Price"]
    # Alex Moreno carries the Democracy Club id in the Popolo file: the same person, whatever the name says
    assert any(n.startswith("people:") and "1 by identifier" in n for n in item.notes)
    people = select(store, """SELECT DISTINCT ?p WHERE { ?p pg:identifier "democracyclub:person:90001" }""")
    assert people == [{"p": f"{ID}person/alex-maria-moreno"}]
    names = select(store, f"""SELECT DISTINCT ?name WHERE {{ <{ID}person/alex-maria-moreno> rdfs:label ?name }}""")
    assert {r["name"] for r in names} == {"Alex Maria Moreno", "Alex Moreno"}


def test_loading_is_deterministic(store):
    context = LoadContext(store=store, options={"observed": "2018-07-01"})
    assert popolo.load(POPOLO, context).content.digest() == popolo.load(POPOLO, context).content.digest()
    _, done = load(store)
    _, again = load(store)
    assert again.unchanged and again.graph == done.graph


def test_the_registry_sniffs_popolo():
    assert loaders.pick(POPOLO) is popolo


# ---------------------------------------------------------------- bad input

def mutated(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(POPOLO.read_text())
    change(data)
    path = tmp_path / "council.popolo.json"
    path.write_text(json.dumps(data, indent=1))
    return path


@pytest.mark.parametrize("change, message", [
    (lambda d: d["memberships"][0].update(person_id="p-nobody"), "memberships[0] (id 'm1'): person_id 'p-nobody' names no person in the file"),
    (lambda d: d["memberships"][4].update(organization_id="o-gone"), "memberships[4] (id 'm5'): organization_id 'o-gone' names no organization"),
    (lambda d: d["memberships"][1].update(post_id="post-x"), "memberships[1] (id 'm2'): post_id 'post-x' names no post"),
    (lambda d: d["memberships"][1].update(on_behalf_of_id="o-tories"), "on_behalf_of_id 'o-tories' names no organization"),
    (lambda d: d["memberships"][3].update(legislative_period_id="term-1066"), "legislative_period_id 'term-1066' names no event"),
    (lambda d: d["posts"][1].update(area_id="a-atlantis"), "posts[1] (id 'post-bruce-grove'): area_id 'a-atlantis' names no area"),
    (lambda d: d["organizations"][2].update(parent_id="o-ghost"), "organizations[2] (id 'o-nec'): parent_id 'o-ghost' names no organization"),
    (lambda d: d["memberships"][2].update(start_date="06/2018"), "memberships[2] (id 'm3'): start_date: '06/2018' is not a date"),
    (lambda d: d["memberships"][0].update(start_date="2019"), "memberships[0] (id 'm1'): ends (2018-05-03) before it starts (2019)"),
    (lambda d: d["persons"].append({"id": "p-kober", "name": "Someone"}), "persons[4]: id 'p-kober' is also persons[0]"),
    (lambda d: d["memberships"][5].pop("person_id"), "memberships[5] (id 'm6'): has no person_id"),
    (lambda d: d["organizations"][1].update(identifiers=[], name="Atlantis Council"), "no council 'Atlantis Council' in the graph"),
])
def test_bad_records_are_refused_by_name(store, tmp_path, change, message):
    path = mutated(tmp_path, change)
    before = len(store._store)
    with pytest.raises(SourceError) as caught:
        load(store, path)
    assert message in str(caught.value), str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert len(store._store) == before


def test_a_membership_with_no_date_at_all_needs_the_observation_date(store):
    before = len(store._store)
    with pytest.raises(SourceError, match=r"memberships\[5\] \(id 'm6'\): has no start_date .* pass --observed"):
        loaders.ingest(store, [POPOLO], LoadContext(store=store))
    assert len(store._store) == before


def test_not_popolo(store, tmp_path):
    path = tmp_path / "x.popolo.json"
    path.write_text('{"people": []}')
    with pytest.raises(SourceError, match="not Popolo JSON"):
        loaders.ingest(store, [path], loader="popolo")
