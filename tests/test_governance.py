"""Who governs a council on a date: the library function, its JSON, and the `governs` command with its
failures; over the reference data, the shared councillor lists and the fixtures."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import defusedxml.ElementTree as safe_etree
import pytest
from typer.testing import CliRunner

from partygraph import loaders
from partygraph.api.cli import app
from partygraph.data import sample_files
from partygraph.graph import lookup
from partygraph.graph.governance import Governance, who_governs
from partygraph.graph.store import open_store
from partygraph.loaders.base import LoadContext

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
ID = "https://w3id.org/partygraph/id/"
runner = CliRunner()


def at(text: str) -> date:
    return date.fromisoformat(text)


# ---------------------------------------------------------------- the reference data

def test_haringey_on_29_january_2018_is_claire_kober_and_labour(sample_store):
    g = who_governs(sample_store, "Haringey", at("2018-01-29"))
    assert g.council.iri == f"{ID}council/E09000014" and g.council.gss == "E09000014"
    assert g.control.kind == "majority" and g.control.party.iri == f"{ID}party/labour"
    assert (g.control.seats, g.control.total_seats) == (49, 57)
    assert g.leader.person.label == "Claire Kober" and g.leader.post.iri == f"{ID}post/council/E09000014/leader"
    assert g.leader.since == date(2008, 1, 1)
    assert g.group.iri == f"{ID}body/labour/group/E09000014"
    assert [(b.iri, b.rule.iri) for b in g.bodies_above] == [(f"{ID}body/labour/nec", f"{ID}rule/labour/chapter-13")]
    assert {h.person.label for h in g.executive} == {"Claire Kober", "Peray Ahmet"}
    pages = {page for s in g.sources for page in s.pages}
    assert "https://www.bbc.co.uk/news/uk-england-london-42870086" in pages
    assert {s.title for s in g.sources} >= {"labour-haringey-2018.ttl"}


def test_haringey_on_1_june_2018_is_joseph_ejiofor(sample_store):
    g = who_governs(sample_store, "E09000014", at("2018-06-01"))
    assert g.leader.person.label == "Joseph Ejiofor" and g.leader.since == date(2018, 5, 24)
    assert (g.control.seats, g.control.total_seats) == (42, 57)


def test_between_leaders_the_controlling_groups_leader_is_named(sample_store):
    g = who_governs(sample_store, "Haringey Council", at("2018-05-10"))
    assert g.leader.person.label == "Joseph Ejiofor"
    assert g.leader.post.iri == f"{ID}post/body/labour/group/E09000014/leader"


def test_a_coalition_names_its_lead_party_and_partners(sample_store):
    g = who_governs(sample_store, "Cumbria County Council", at("2018-01-29"))
    assert g.control.kind == "coalition"
    assert g.control.party.iri == f"{ID}party/labour"
    assert [p.iri for p in g.control.partners] == [f"{ID}party/liberal-democrats"]
    assert (g.control.seats, g.control.total_seats) == (42, 84)
    assert [(s.party.iri.rsplit("/", 1)[1], s.seats) for s in g.control.composition] == [
        ("conservative", 37), ("labour", 26), ("liberal-democrats", 16)]
    assert g.leader.person.label == "Stewart Young"


def test_control_and_leaders_change_with_the_date(sample_store):
    bolton = {day: who_governs(sample_store, "Bolton Metropolitan Borough Council", at(day))
              for day in ("2017-12-31", "2018-01-29", "2018-06-01", "2018-12-01")}
    assert bolton["2017-12-31"].leader.person.label == "Cliff Morris"
    assert bolton["2018-01-29"].leader.person.label == "Linda Thomas"
    assert (bolton["2018-06-01"].control.kind, bolton["2018-06-01"].control.seats) == ("majority", 31)
    assert bolton["2018-12-01"].control.kind == "no-overall-control"
    assert bolton["2018-12-01"].control.party.iri == f"{ID}party/labour"
    lewisham = who_governs(sample_store, "Lewisham", at("2018-01-29"))
    assert lewisham.leader.person.label == "Steve Bullock" and lewisham.leader.role == "mayor"
    assert who_governs(sample_store, "Lewisham", at("2018-06-01")).leader.person.label == "Damien Egan"
    # before any fact about a council, the answer says so rather than guessing
    early = who_governs(sample_store, "Lewisham", at("1990-01-01"))
    assert early.control is None and early.leader is None and early.executive == []


def test_every_council_of_the_seed_article_has_a_leader_and_control_in_january_2018(sample_store):
    for council in ("Haringey", "Birmingham City Council", "Manchester City Council", "Newcastle City Council",
                    "Lambeth", "Lewisham", "Durham County Council", "Rotherham Metropolitan Borough Council",
                    "Bolton Metropolitan Borough Council", "Cumbria County Council"):
        g = who_governs(sample_store, council, at("2018-01-29"))
        assert g.leader is not None, council
        assert g.control is not None and g.control.party.iri == f"{ID}party/labour", council


def test_the_json_has_the_issues_fields(sample_store):
    data = who_governs(sample_store, "Haringey", at("2018-01-29")).model_dump(mode="json")
    assert set(data) >= {"council", "at", "control", "leader", "executive", "group", "bodies_above", "sources"}
    assert set(data["council"]) >= {"iri", "label", "gss"} and data["at"] == "2018-01-29"
    assert set(data["control"]) >= {"party", "seats", "total_seats", "kind", "partners"}
    assert set(data["control"]["party"]) == {"iri", "label"}
    assert set(data["leader"]) >= {"person", "post", "since"} and data["leader"]["since"] == "2008-01-01"
    assert Governance.model_validate(data).leader.person.label == "Claire Kober"


def test_a_council_that_no_longer_exists_is_governed_by_nobody(sample_store):
    loaders.ingest(sample_store, [FIXTURES / "register-sample.csv"])  # Cumbria: abolished on 1 April 2023
    assert who_governs(sample_store, "Cumbria County Council", at("2023-03-31")).control.kind == "coalition"
    gone = who_governs(sample_store, "Cumbria County Council", at("2023-04-01"))
    assert gone.council.until == date(2023, 4, 1)
    assert gone.control is None and gone.leader is None and gone.executive == [] and gone.group is None


def test_names_that_are_ambiguous_or_unknown(sample_store):
    loaders.ingest(sample_store, [FIXTURES / "register-sample.csv"])  # two councils called Newcastle-something
    with pytest.raises(lookup.Ambiguous) as caught:
        who_governs(sample_store, "Newcastle")
    assert {c.iri for c in caught.value.candidates} >= {f"{ID}council/E08000021", f"{ID}council/E07000195"}
    with pytest.raises(lookup.NotFound):
        who_governs(sample_store, "Atlantis")
    assert who_governs(sample_store, "Haringey").at == date.today()


# ---------------------------------------------------------------- the shared councillor lists

@pytest.fixture(scope="module")
def shared_store(shared_dir):
    st = open_store(None)
    loaders.ingest(st, sample_files())
    loaders.ingest(st, [shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"])
    loaders.ingest(st, sorted((shared_dir / "data" / "moderngov").glob("*.xml")))
    yield st
    st.close()


@pytest.mark.parametrize("council, observed, leader", [
    ("Lambeth", "2014-08-14", "Lib Peck"), ("Rotherham", "2015-05-07", "Chris Read"), ("Southwark", "2016-01-22", "Peter John")])
def test_governs_matches_the_party_and_seats_of_each_shared_file(shared_store, shared_dir, council, observed, leader):
    root = safe_etree.parse(shared_dir / "data" / "moderngov" / f"{council.lower()}.gov.uk.CouncillorsByWard.xml").getroot()
    titles = Counter((c.findtext("politicalpartytitle") or "").strip() for c in root.iter("councillor"))
    seats: Counter[str] = Counter()
    for title, n in titles.items():
        if title:
            seats[lookup.resolve(shared_store, title, ["party"]).iri] += n
    biggest, most = seats.most_common(1)[0]
    g = who_governs(shared_store, council, at(observed))
    assert g.control.kind == "majority" and g.control.party.iri == biggest
    assert (g.control.seats, g.control.total_seats) == (most, sum(titles.values()))
    assert Counter({s.party.iri: s.seats for s in g.control.composition}) == seats
    assert g.leader.person.label == leader
    assert g.group.iri == f"{ID}body/labour/group/{g.council.gss}"
    assert any(s.title.startswith("ModernGov councillors by ward") for s in g.sources)


def test_a_newer_source_supersedes_an_old_lists_open_ended_control(shared_store):
    # Lambeth's list (2014) holds open-ended; the reference data's May 2018 result is newer
    g = who_governs(shared_store, "Lambeth", at("2018-06-01"))
    assert (g.control.seats, g.control.total_seats) == (57, 63)
    assert g.control.since == date(2018, 5, 3)


# ---------------------------------------------------------------- fixtures: an elected mayor, a hung council

def test_fixture_councils(tmp_path):
    with open_store(None) as st:
        loaders.ingest(st, sample_files())
        loaders.ingest(st, [FIXTURES / "register-sample.csv"])
        loaders.ingest(st, [FIXTURES / "lewisham.gov.uk.CouncillorsByWard.xml"],
                       LoadContext(store=st, options={"observed": "2019-01-10"}))
        loaders.ingest(st, [FIXTURES / "no-overall-control.CouncillorsByWard.xml"],
                       LoadContext(store=st, options={"council": "E10000006"}))
        lewisham = who_governs(st, "Lewisham", at("2019-02-01"))
        assert lewisham.leader.person.label == "Morgan Ellis" and lewisham.leader.role == "mayor"
        # the 2018 reference mayor's open-ended holding of the same post gives way to the newer list
        assert [(h.person.label, h.role) for h in lewisham.executive] == [
            ("Morgan Ellis", "mayor"), ("Pat Smith", "deputy-leader"), ("Pat Smith", "cabinet-member"),
            ("Tom Hart", "cabinet-member")]
        hung = who_governs(st, "Cumbria", at("2018-01-01"))
        assert hung.control.kind == "no-overall-control" and hung.control.party.iri == f"{ID}party/labour"
        assert (hung.control.seats, hung.control.total_seats) == (3, 10)
        assert hung.leader.person.label == "Eve South"


# ---------------------------------------------------------------- the command

@pytest.fixture(scope="module")
def store_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("governs") / "store"
    with open_store(folder) as st:
        loaders.ingest(st, sample_files())
        loaders.ingest(st, [FIXTURES / "register-sample.csv"])
    return folder


def governs(folder: Path, *args: str):
    return runner.invoke(app, ["governs", *args, "--store", str(folder)], env={"COLUMNS": "200"})


def test_governs_prints_json(store_folder):
    result = governs(store_folder, "Haringey", "--at", "2018-01-29", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["leader"]["person"]["label"] == "Claire Kober"
    assert data["control"]["party"]["label"] == "Labour Party" and data["control"]["seats"] == 49
    later = json.loads(governs(store_folder, "Haringey", "--at", "2018-06-01", "--format", "json").output)
    assert later["leader"]["person"]["label"] == "Joseph Ejiofor"


def test_governs_prints_a_table(store_folder):
    result = governs(store_folder, "Haringey", "--at", "2018-01-29")
    assert result.exit_code == 0, result.output
    assert "London Borough of Haringey (E09000014) on 2018-01-29" in result.output
    assert "control: Labour Party majority: 49 of 57 seats since 2014-05-22" in result.output
    assert "leader: Claire Kober, Leader of Haringey Council (since 2008-01-01)" in result.output
    assert "above the group: National Executive Committee of the Labour Party" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["Newcastle"], 2, "'Newcastle' is ambiguous; candidates: "),
    (["Atlantis"], 1, "no council called 'Atlantis'"),
    (["Haringey", "--at", "29/01/2018"], 2, "--at: '29/01/2018' is not a date (YYYY-MM-DD)"),
    (["Haringey", "--format", "xml"], 2, "unknown format 'xml'"),
])
def test_governs_failures(store_folder, args, code, message):
    result = governs(store_folder, *args)
    assert result.exit_code == code, result.output
    assert message in " ".join(result.output.split())
