"""The influence commands end to end (chain, reach, over, rank) against an on-disk store: every
format, and the failures a user meets (ambiguous or unknown names, bad dates and formats: exit 2)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from defusedxml import ElementTree
from typer.testing import CliRunner

from partygraph import loaders
from partygraph.api.cli import app
from partygraph.data import sample_files
from partygraph.graph.influence import chains
from partygraph.graph.store import open_store
from partygraph.ontology import uris

FIXTURE = Path(__file__).parent / "fixtures" / "influence" / "network.ttl"
runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder holding the bundled sample data and the invented world of the influence tests."""
    folder = tmp_path_factory.mktemp("influence") / "store"
    st = open_store(folder)
    loaders.ingest(st, [*sample_files(), FIXTURE])
    st.close()
    return folder


def test_chain_as_json_is_the_library_result(store: Path):
    result = run("chain", "Labour NEC", "Haringey Council", "--at", "2018-01-29", "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    st = open_store(store)
    try:
        expected = chains(st, "Labour NEC", "Haringey Council", date(2018, 1, 29)).model_dump(mode="json")
    finally:
        st.close()
    assert printed == expected
    mechanisms = [[e["mechanism"] for e in c["edges"]] for c in printed["chains"]]
    assert ["decided"] in mechanisms and ["authority", "controls"] in mechanisms


def test_chain_as_text_names_every_step_and_source(store: Path):
    result = run("chain", "Labour NEC", "E09000014", "--at", "2018-06-01", "--store", store)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "National Executive Committee of the Labour Party -> Haringey London Borough Council on 2018-06-01" in out
    assert "--authority (under Labour Party Rule Book, Chapter 13 (local government))--> Haringey Labour group" in out
    assert "Joseph Ejiofor --holds--> Leader of Haringey Council" in out
    assert "on 2018-01-23" in out  # the decision is dated as an act, not a period
    assert "source: https://www.huffingtonpost.co.uk/" in out


def test_chain_k_and_max_hops(store: Path):
    one = json.loads(run("chain", "Alpha Executive", "Northvale Council", "--at", "2016-03-20", "-k", "1",
                         "-f", "json", "--store", store).stdout)
    assert len(one["chains"]) == 1
    short = json.loads(run("chain", "Alpha Executive", "Northvale Council", "--at", "2016-03-20", "-k", "20",
                           "--max-hops", "2", "-f", "json", "--store", store).stdout)
    assert short["chains"] and all(len(c["edges"]) <= 2 for c in short["chains"])


def test_chain_as_svg_and_dot_files(store: Path, tmp_path: Path):
    svg = tmp_path / "chain.svg"
    result = run("chain", "Labour NEC", "Haringey Council", "--at", "2018-01-29", "-f", "svg", "--out", svg,
                 "--store", store)
    assert result.exit_code == 0, result.output
    root = ElementTree.fromstring(svg.read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Haringey Labour group" in " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    dot = run("chain", "Labour NEC", "Haringey Council", "--at", "2018-01-29", "-f", "dot", "--store", store)
    assert dot.exit_code == 0 and dot.stdout.startswith("digraph chains {")


def test_an_unreachable_pair_is_not_an_error(store: Path):
    result = run("chain", "Alpha Executive", "Eastwick Council", "--at", "2016-01-01", "--store", store)
    assert result.exit_code == 0, result.output
    assert "0 chain(s)" in result.stdout and "no chain within the hop limit" in result.stdout


def test_ambiguous_names_list_the_candidates_and_exit_2(store: Path):
    result = run("chain", "Alex Morgan", "Northvale Council", "--store", store)
    assert result.exit_code == 2
    assert str(uris.person("alex-morgan-1")) in result.stderr and str(uris.person("alex-morgan-2")) in result.stderr
    assert run("over", "The Vale", "--store", store).exit_code == 2


@pytest.mark.parametrize("args, message", [
    (["chain", "Omega Committee", "Northvale Council"], "Omega Committee"),
    (["chain", "Alpha Executive", "Northvale Council", "--at", "2016-13-01"], "not a date"),
    (["chain", "Alpha Executive", "Northvale Council", "--format", "png"], "unknown format"),
    (["reach", "Alpha Executive", "--format", "xml"], "unknown format"),
    (["rank", "--by", "fame"], "--by must be"),
])
def test_bad_input_exits_2_with_one_line(store: Path, args: list[str], message: str):
    result = run(*args, "--store", store)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_reach_over_and_rank(store: Path):
    reach = run("reach", "Alpha Executive", "--at", "2016-01-01", "-f", "json", "--store", store)
    assert reach.exit_code == 0, reach.output
    councils = {c["node"]["label"] for c in json.loads(reach.stdout)["councils"]}
    assert councils == {"Northvale Borough Council", "Southmere District Council"}
    table = run("reach", "Labour NEC", "--at", "2018-01-29", "--store", store)
    assert table.exit_code == 0 and "Haringey" in table.stdout and "decided" in table.stdout
    over = json.loads(run("over", "Southmere Council", "--at", "2017-06-01", "--people", "-f", "json",
                          "--store", store).stdout)
    assert "Jo Patel" in {b["node"]["label"] for b in over["bodies"]}
    for by in ("reach", "pagerank", "betweenness"):
        ranked = run("rank", "--at", "2018-01-29", "--by", by, "--limit", "3", "-f", "json", "--store", store)
        assert ranked.exit_code == 0, ranked.output
        entries = json.loads(ranked.stdout)["entries"]
        assert len(entries) == 3 and entries[0]["score"] >= entries[-1]["score"]
    top = json.loads(run("rank", "--at", "2018-01-29", "--limit", "2", "-f", "json", "--store", store).stdout)
    assert {e["node"]["iri"] for e in top["entries"]} == {str(uris.body("labour", "nec")), str(uris.party("labour"))}


def test_svg_without_graphviz_is_one_line(store: Path):
    result = runner.invoke(app, ["chain", "Labour NEC", "Haringey Council", "-f", "svg", "--store", str(store)],
                           env={"PATH": "/nonexistent"})
    assert result.exit_code == 1
    assert "Graphviz" in result.stderr and "Traceback" not in result.output
