"""The influence projection, chains, reach, over and rankings, on an invented world
(tests/fixtures/influence/network.ttl) built to hit the edge cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from partygraph import loaders
from partygraph.graph import influence, lookup
from partygraph.graph.influence import chains, holds, over, project, rank, reach
from partygraph.graph.store import open_store
from partygraph.ontology import uris

FIXTURE = Path(__file__).parent / "fixtures" / "influence" / "network.ttl"

EXEC = str(uris.body("alpha", "executive"))
REGIONS = str(uris.body("alpha", "regional-board"))
NORTHVALE, SOUTHMERE, EASTWICK, WESTBROOK = (str(uris.council(g)) for g in
                                             ("E09900001", "E09900002", "E09900003", "E09900004"))
NORTH_ALPHA = str(uris.council_group("alpha", "E09900001"))
SOUTH_ALPHA = str(uris.council_group("alpha", "E09900002"))
SOUTH_BETA = str(uris.council_group("beta", "E09900002"))
SAM, JO = str(uris.person("sam-carter")), str(uris.person("jo-patel"))
LEADER = str(uris.post(NORTHVALE, "leader"))


@pytest.fixture
def world():
    store = open_store(None)
    loaders.ingest(store, [FIXTURE])
    yield store
    store.close()


def paths(result: influence.ChainResult) -> list[list[tuple[str, str, str]]]:
    return [[(e.source.iri, e.mechanism, e.target.iri) for e in c.edges] for c in result.chains]


def edges_of(store, at: date, mechanism: str) -> set[tuple[str, str]]:
    graph = project(store, at).graph
    return {(u, v) for u, v, m in graph.edges(data="mechanism") if m == mechanism}


# ---------------------------------------------------------------- the date test

def test_the_date_test_includes_the_start_and_excludes_the_end():
    start, end = date(2012, 5, 3), date(2016, 5, 5)
    assert not holds(start, end, date(2012, 5, 2))
    assert holds(start, end, date(2012, 5, 3))
    assert holds(start, end, date(2016, 5, 4))
    assert not holds(start, end, date(2016, 5, 5))
    assert holds(None, end, date(1900, 1, 1)) and not holds(None, end, end)
    assert holds(start, None, date(2999, 1, 1)) and not holds(start, None, date(2000, 1, 1))


@pytest.mark.parametrize("day, present", [
    (date(2012, 5, 2), False),   # the day before the majority began
    (date(2012, 5, 3), True),    # its first day
    (date(2016, 5, 4), True),    # its last day
    (date(2016, 5, 5), False),   # the end date is the first day it no longer holds
])
def test_control_edges_at_the_edges_of_their_validity(world, day, present):
    assert ((NORTH_ALPHA, NORTHVALE) in edges_of(world, day, "controls")) is present
    rule_book_path = [(EXEC, "authority", NORTH_ALPHA), (NORTH_ALPHA, "controls", NORTHVALE)]
    assert (rule_book_path in paths(chains(world, EXEC, NORTHVALE, day, k=10))) is present


@pytest.mark.parametrize("day, present", [
    (date(2009, 12, 31), False), (date(2010, 1, 1), True), (date(2019, 12, 31), True), (date(2020, 1, 1), False),
])
def test_authority_over_every_group_of_a_party_at_the_edges_of_its_dates(world, day, present):
    authority = edges_of(world, day, "authority")
    for group in (NORTH_ALPHA, SOUTH_ALPHA):
        assert ((EXEC, group) in authority) is present
    assert (EXEC, SOUTH_BETA) not in authority  # another party's group is not covered
    assert (EXEC, REGIONS) in authority  # the undated authority holds on every day


def test_a_membership_known_only_from_its_observation_holds_from_that_day(world):
    assert (JO, str(uris.post(SOUTHMERE, "deputy-leader"))) not in edges_of(world, date(2016, 12, 31), "holds")
    assert (JO, str(uris.post(SOUTHMERE, "deputy-leader"))) in edges_of(world, date(2017, 1, 1), "holds")


def test_a_decision_appears_from_the_day_it_was_taken(world):
    assert (EXEC, NORTHVALE) not in edges_of(world, date(2016, 2, 29), "decided")
    assert (EXEC, NORTHVALE) in edges_of(world, date(2016, 3, 1), "decided")
    assert (EXEC, SAM) in edges_of(world, date(2016, 3, 10), "deselects")
    assert (EXEC, SAM) not in edges_of(world, date(2016, 3, 9), "deselects")


def test_a_step_shows_a_decision_by_its_title_not_by_a_name_made_of_its_parts(world):
    day = date(2016, 3, 20)
    details = {e.detail for c in chains(world, EXEC, NORTHVALE, day, k=10).chains for e in c.edges
               if e.source.iri == EXEC and e.mechanism == "decided"}
    assert "request: The Alpha Executive asks Northvale Council to drop its budget" in details
    (deselection,) = [e for c in chains(world, EXEC, SAM, day).chains for e in c.edges if e.mechanism == "deselects"]
    assert deselection.detail == "deselect"


# ---------------------------------------------------------------- the projection

def test_councillors_are_members_of_their_party_group_on_the_council(world):
    members = edges_of(world, date(2016, 1, 1), "member_of")
    assert (SOUTH_BETA, JO) in members  # derived from Jo's council membership on behalf of Beta
    assert (SOUTHMERE, JO) in members  # and the council membership itself
    assert (SOUTH_ALPHA, JO) not in members


def test_edges_carry_their_fact_graph_and_dates(world):
    graph = project(world, date(2016, 1, 1)).graph
    data = graph.get_edge_data(NORTH_ALPHA, NORTHVALE)
    (edge,) = data.values()
    assert edge["fact"] == str(uris.iri("control/northvale-2012"))
    assert edge["since"] == date(2012, 5, 3) and edge["until"] == date(2016, 5, 5)
    assert edge["kind"] == "majority" and edge["seats"] == 30 and edge["total"] == 51
    assert len(edge["graphs"]) == 1 and "/graph/rdf/network-ttl/" in edge["graphs"][0]
    assert graph.nodes[NORTHVALE]["kind"] == "council" and graph.nodes[SAM]["kind"] == "person"


def test_the_projection_is_cached_per_date_and_rebuilt_when_the_store_changes(world):
    day = date(2016, 1, 1)
    first = project(world, day)
    assert project(world, day) is first
    assert project(world, date(2016, 1, 2)) is not first
    assert (str(uris.party("gamma")), EASTWICK) not in edges_of(world, day, "controls")
    world.update("""PREFIX pg: <https://w3id.org/partygraph/ontology#>
        INSERT DATA { GRAPH <urn:test:extra> {
          <urn:test:control> a pg:Control ; pg:council <%s> ; pg:controlledBy <%s> } }"""
                 % (EASTWICK, uris.party("gamma")))
    rebuilt = project(world, day)
    assert rebuilt is not first and rebuilt.version > first.version
    assert (str(uris.party("gamma")), EASTWICK) in edges_of(world, day, "controls")


# ---------------------------------------------------------------- chains

def test_a_chain_through_a_coalition(world):
    result = chains(world, "Alpha Executive", "Southmere Council", date(2016, 1, 1))
    best = result.chains[0]
    assert [(e.source.iri, e.mechanism, e.target.iri) for e in best.edges] == [
        (EXEC, "authority", SOUTH_ALPHA), (SOUTH_ALPHA, "controls", SOUTHMERE)]
    control = best.edges[1]
    assert control.detail == "coalition, 33 of 60 seats, led by Beta Party"
    assert control.since == date(2015, 5, 7) and control.until == date(2019, 5, 2)
    # the lead partner's group controls too
    assert (SOUTH_BETA, SOUTHMERE) in edges_of(world, date(2016, 1, 1), "controls")


def test_no_overall_control_runs_from_the_party_when_it_has_no_group(world):
    controls = edges_of(world, date(2017, 1, 1), "controls")
    assert (str(uris.party("gamma")), WESTBROOK) in controls  # no Gamma group on Westbrook
    assert (str(uris.council_group("beta", "E09900004")), WESTBROOK) in controls
    result = chains(world, "Beta Party", "Westbrook Council", date(2017, 1, 1))
    assert paths(result)[0] == [(str(uris.party("beta")), "unit_of", str(uris.council_group("beta", "E09900004"))),
                                (str(uris.council_group("beta", "E09900004")), "controls", WESTBROOK)]
    assert result.chains[0].edges[1].detail.startswith("no overall control, led by Gamma Party")


def test_chains_are_best_first_simple_and_within_the_hop_limit(world):
    result = chains(world, EXEC, NORTHVALE, date(2016, 3, 20), k=20, max_hops=5)
    costs = [c.cost for c in result.chains]
    assert costs == sorted(costs) and len(costs) >= 4
    for chain in result.chains:
        nodes = [chain.edges[0].source.iri] + [e.target.iri for e in chain.edges]
        assert len(nodes) == len(set(nodes)), "a chain visits a node twice"
        assert len(chain.edges) <= 5
        assert nodes[0] == EXEC and nodes[-1] == NORTHVALE
        assert chain.cost == pytest.approx(sum(influence.COSTS[e.mechanism] for e in chain.edges))
        for a, b in zip(chain.edges, chain.edges[1:]):
            assert a.target.iri == b.source.iri
    # with k=2 we get the two best of the same list
    assert paths(chains(world, EXEC, NORTHVALE, date(2016, 3, 20), k=2, max_hops=5)) == paths(result)[:2]


def test_the_hop_limit_cuts_longer_chains(world):
    day = date(2016, 3, 20)
    leader_path = [(EXEC, "authority", NORTH_ALPHA), (NORTH_ALPHA, "member_of", SAM),
                   (SAM, "holds", LEADER), (LEADER, "post_in", NORTHVALE)]
    assert leader_path in paths(chains(world, EXEC, NORTHVALE, day, k=20, max_hops=4))
    limited = chains(world, EXEC, NORTHVALE, day, k=20, max_hops=3)
    assert leader_path not in paths(limited)
    assert all(len(c.edges) <= 3 for c in limited.chains)


def test_parallel_edges_are_separate_chains(world):
    result = chains(world, EXEC, NORTHVALE, date(2016, 3, 20), k=3)
    first, second = result.chains[0], result.chains[1]
    assert [e.mechanism for e in first.edges] == ["decided"] and [e.mechanism for e in second.edges] == ["decided"]
    assert {first.edges[0].fact, second.edges[0].fact} == {
        str(uris.iri("decision/alpha-executive/2016-03-01/request")),
        str(uris.iri("decision/alpha-executive/2016-03-01/instruct"))}
    assert first.cost == second.cost == influence.COSTS["decided"]


def test_cycles_do_not_trap_the_search(world):
    day = date(2016, 1, 1)
    result = chains(world, REGIONS, NORTHVALE, day, k=10, max_hops=6)
    assert paths(result)[0] == [(REGIONS, "authority", EXEC), (EXEC, "authority", NORTH_ALPHA),
                                (NORTH_ALPHA, "controls", NORTHVALE)]
    back = chains(world, EXEC, REGIONS, day, k=10)
    assert paths(back)[0] == [(EXEC, "authority", REGIONS)]
    for chain in back.chains:
        nodes = [chain.edges[0].source.iri] + [e.target.iri for e in chain.edges]
        assert len(nodes) == len(set(nodes))


def test_unreachable_pairs_give_no_chains(world):
    day = date(2016, 1, 1)
    assert chains(world, EXEC, EASTWICK, day).chains == []  # a council nobody controls
    assert chains(world, "Delta Board", NORTHVALE, day).chains == []  # a body with no way in
    assert chains(world, NORTHVALE, EXEC, day).chains == []  # influence does not flow backwards here
    assert chains(world, EXEC, EXEC, day).chains == []


def test_ambiguous_and_unknown_names(world):
    with pytest.raises(lookup.Ambiguous) as caught:
        chains(world, "Alex Morgan", NORTHVALE, date(2016, 1, 1))
    assert {c.iri for c in caught.value.candidates} == {str(uris.person("alex-morgan-1")),
                                                        str(uris.person("alex-morgan-2"))}
    with pytest.raises(lookup.Ambiguous):
        chains(world, EXEC, "The Vale", date(2016, 1, 1))
    with pytest.raises(lookup.NotFound):
        chains(world, "Omega Committee", NORTHVALE, date(2016, 1, 1))


def test_names_identifiers_and_iris_all_resolve(world):
    by_name = chains(world, "Alpha NEC", "Northvale Council", date(2013, 1, 1))
    by_code = chains(world, EXEC, "E09900001", date(2013, 1, 1))
    assert by_name.from_.iri == by_code.from_.iri == EXEC
    assert by_name.to.iri == by_code.to.iri == NORTHVALE
    assert paths(by_name) == paths(by_code)


def test_statements_link_signatories_to_the_body_whose_decision_they_oppose(world):
    result = chains(world, SAM, EXEC, date(2016, 3, 20))
    (chain,) = result.chains
    letter = str(uris.iri("statement/northvale-letter"))
    assert [(e.source.iri, e.mechanism, e.target.iri) for e in chain.edges] == [
        (SAM, "signed", letter), (letter, "opposes", EXEC)]
    assert chain.edges[1].detail == "The Alpha Executive asks Northvale Council to drop its budget"
    assert chains(world, SAM, EXEC, date(2016, 3, 4)).chains == []  # before the letter


def test_every_step_is_evidenced(world):
    result = chains(world, EXEC, NORTHVALE, date(2016, 3, 20), k=10)
    for chain in result.chains:
        for edge in chain.edges:
            assert edge.evidence, f"{edge.mechanism} from {edge.source.label} has no evidence"
    quoted = [e for c in result.chains for e in c.edges if e.fact and e.fact.endswith("/request")]
    assert quoted[0].evidence[0].quote == "The Alpha Executive voted on Tuesday to ask Northvale to drop its budget."
    assert quoted[0].evidence[0].source == "https://example.org/news/2016-03-02/budget"
    assert len(quoted[0].evidence) == 1  # the page named twice (as source and as evidence) appears once
    # the leader's post names no page: its evidence is the loaded source that states it
    post_in = [e for c in result.chains for e in c.edges if e.mechanism == "post_in"]
    assert post_in and post_in[0].evidence[0].source == str(uris.source("rdf/network-ttl"))


def test_the_json_is_the_issues_contract(world):
    data = chains(world, EXEC, NORTHVALE, date(2016, 3, 20), k=3).model_dump(mode="json")
    assert set(data) == {"from", "to", "at", "chains"}
    assert data["from"] == {"iri": EXEC, "label": "Alpha Executive"}
    assert data["at"] == "2016-03-20"
    for chain in data["chains"]:
        assert set(chain) == {"cost", "edges"}
        for edge in chain["edges"]:
            assert set(edge) == {"source", "target", "mechanism", "since", "until", "evidence"}
            assert set(edge["source"]) == {"iri", "label"}
            for item in edge["evidence"]:
                assert set(item) == {"source", "quote"}
    assert data["chains"][0]["edges"][0]["since"] == "2016-03-01"


def test_bad_arguments(world):
    with pytest.raises(ValueError):
        chains(world, EXEC, NORTHVALE, k=0)
    with pytest.raises(ValueError):
        chains(world, EXEC, NORTHVALE, max_hops=0)
    with pytest.raises(ValueError):
        rank(world, by="fame")  # type: ignore[arg-type]


# ---------------------------------------------------------------- reach, over, rank

def test_reach_lists_councils_with_the_cheapest_way(world):
    result = reach(world, "Alpha Executive", date(2016, 1, 1))
    found = {r.node.iri: r for r in result.councils}
    assert set(found) == {NORTHVALE, SOUTHMERE}
    assert found[NORTHVALE].mechanisms == ["authority", "controls"]
    assert [v.iri for v in found[NORTHVALE].via] == [NORTH_ALPHA]
    assert found[NORTHVALE].cost == 2 and found[NORTHVALE].hops == 2
    # once the authority lapses, only the executive's decisions of 2016 (which have no end) remain
    later = reach(world, "Alpha Executive", date(2020, 1, 1)).councils
    assert [(r.node.iri, r.mechanisms) for r in later] == [(NORTHVALE, ["decided"])]
    # a tight budget leaves out what costs more
    assert reach(world, "Alpha Party", date(2016, 1, 1), budget=2.5).councils == []
    assert {r.node.iri for r in reach(world, "Alpha Party", date(2016, 1, 1)).councils} == {NORTHVALE, SOUTHMERE}


def test_over_lists_the_bodies_that_reach_a_council(world):
    result = over(world, "Southmere Council", date(2017, 6, 1))
    found = {r.node.iri: r for r in result.bodies}
    assert {SOUTH_ALPHA, SOUTH_BETA, EXEC, str(uris.party("alpha")), str(uris.party("beta"))} <= set(found)
    assert found[EXEC].mechanisms == ["authority", "controls"] and found[EXEC].via[0].iri == SOUTH_ALPHA
    assert JO not in found
    with_people = {r.node.iri for r in over(world, "Southmere Council", date(2017, 6, 1), people=True).bodies}
    assert JO in with_people  # the deputy leader, through her post
    costs = [r.cost for r in result.bodies]
    assert costs == sorted(costs)


def test_rankings(world):
    day = date(2016, 1, 1)
    by_reach = rank(world, day, by="reach")
    scores = {e.node.iri: e.score for e in by_reach.entries}
    assert scores[EXEC] == 2 and scores[str(uris.party("alpha"))] == 2 and scores[REGIONS] == 2
    assert scores[NORTH_ALPHA] == 1
    assert by_reach.entries[0].score == 2
    pagerank = rank(world, day, by="pagerank")
    assert pagerank.entries[0].node.iri in {EXEC, REGIONS, str(uris.party("alpha"))}
    assert all(0 < e.score < 1 for e in pagerank.entries)
    between = rank(world, day, by="betweenness", limit=50)
    broker = {e.node.iri: e.score for e in between.entries}
    assert broker[NORTH_ALPHA] > 0 and broker[SOUTH_ALPHA] > 0  # every executive chain passes a group
    assert rank(world, day, by="reach", limit=1).entries == by_reach.entries[:1]


def test_several_memberships_on_behalf_of_a_party_make_one_group_membership(world):
    world.update("""PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX pg: <https://w3id.org/partygraph/ontology#>
        PREFIX schema: <http://schema.org/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        INSERT DATA { GRAPH <urn:test:extra> {
          <urn:test:seat> a org:Membership ; org:member <%s> ; org:organization <%s> ;
            pg:onBehalfOf <%s> ; org:role <https://w3id.org/partygraph/ontology/role/councillor> ;
            schema:startDate "2012-05-03"^^xsd:date } }""" % (SAM, NORTHVALE, uris.party("alpha")))
    graph = project(world, date(2015, 1, 1)).graph
    group_edges = [d for d in graph.get_edge_data(NORTH_ALPHA, SAM).values() if d["mechanism"] == "member_of"]
    assert len(group_edges) == 1  # from the seat and from the leadership: one membership of the group
    leader_chains = [c for c in chains(world, EXEC, NORTHVALE, date(2015, 1, 1), k=20).chains
                     if [e.mechanism for e in c.edges] == ["authority", "member_of", "holds", "post_in"]]
    assert len(leader_chains) == 1


def test_a_datetime_is_read_as_its_day(world):
    from datetime import datetime

    assert project(world, datetime(2016, 1, 1, 15, 30)) is project(world, date(2016, 1, 1))
