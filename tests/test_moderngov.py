"""The ModernGov GetCouncillorsByWard loader: councillors, wards, terms, parties, groups, key posts and
the control the seats imply; which council a file is about and when it was read; hostile and broken
XML refused with its line, nothing written."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import defusedxml.ElementTree as safe_etree
import pytest
from sparql_rows import select

from partygraph import loaders
from partygraph.data import sample_files
from partygraph.graph import lookup
from partygraph.graph.store import open_store
from partygraph.loaders import moderngov
from partygraph.loaders.base import LoadContext, SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
REGISTER = FIXTURES / "register-sample.csv"
HARINGEY = FIXTURES / "haringey.gov.uk.CouncillorsByWard.xml"
LEWISHAM = FIXTURES / "lewisham.gov.uk.CouncillorsByWard.xml"
HUNG = FIXTURES / "no-overall-control.CouncillorsByWard.xml"
ID = "https://w3id.org/partygraph/id/"
OBSERVED = {"lambeth": date(2014, 8, 14), "rotherham": date(2015, 5, 7), "southwark": date(2016, 1, 22)}
GSS = {"lambeth": "E09000022", "rotherham": "E08000018", "southwark": "E09000028"}


@pytest.fixture
def store(register_store):
    return register_store



def load(store, path: Path, **options: str):
    (item, replacement), = loaders.ingest(store, [path], LoadContext(store=store, options=options))
    return item, replacement


def councillors_on(store, gss: str, day: date) -> dict[str, str | None]:
    """Person -> party of the councillor memberships of a council that hold on a day."""
    rows = select(store, f"""SELECT ?person ?party WHERE {{
        ?m org:organization <{ID}council/{gss}> ; org:role role:councillor ; org:member ?person .
        OPTIONAL {{ ?m schema:startDate ?start }} OPTIONAL {{ ?m pg:observedOn ?seen }} OPTIONAL {{ ?m schema:endDate ?end }}
        FILTER (COALESCE(?start, ?seen) <= "{day}"^^<http://www.w3.org/2001/XMLSchema#date>
                && (!BOUND(?end) || "{day}"^^<http://www.w3.org/2001/XMLSchema#date> < ?end))
        OPTIONAL {{ ?m pg:onBehalfOf ?party }} }}""")
    out: dict[str, str | None] = {}
    for row in rows:
        out[row["person"]] = row.get("party") or out.get(row["person"])
    return out


# ---------------------------------------------------------------- the shared files

@pytest.fixture(scope="module")
def shared_store(shared_dir):
    st = open_store(None)
    loaders.ingest(st, sample_files())
    loaders.ingest(st, [shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"])
    items = loaders.ingest(st, sorted((shared_dir / "data" / "moderngov").glob("*.xml")))
    yield st, {item.record.file_name.split(".")[0]: item for item, _ in items}
    st.close()


@pytest.mark.parametrize("council", ["lambeth", "rotherham", "southwark"])
def test_each_shared_file_gives_63_councillors_with_the_files_parties(shared_store, shared_dir, council):
    st, items = shared_store
    sitting = councillors_on(st, GSS[council], OBSERVED[council])
    assert len(sitting) == 63
    # the seats per party, counted straight from the XML, against those in the graph
    root = safe_etree.parse(shared_dir / "data" / "moderngov" / f"{council}.gov.uk.CouncillorsByWard.xml").getroot()
    titles = Counter((c.findtext("politicalpartytitle") or "").strip() for c in root.iter("councillor"))
    expected: Counter[str] = Counter()
    for title, n in titles.items():
        if title:
            expected[lookup.resolve(st, title, ["party"]).iri] += n
    assert Counter(p for p in sitting.values() if p) == expected
    assert items[council].record.issued == OBSERVED[council]
    assert f"observed on {OBSERVED[council].isoformat()}" in items[council].notes[0]


def test_the_control_each_file_implies(shared_store):
    st, _ = shared_store
    rows = select(st, """SELECT ?council ?seats ?total ?party WHERE { ?c a pg:Control ; pg:council ?council ;
        pg:controlKind <https://w3id.org/partygraph/ontology/control/majority> ; pg:controlledBy ?party ;
        pg:seats ?seats ; pg:totalSeats ?total ; pg:observedOn ?seen }""")
    got = {r["council"].rsplit("/", 1)[1]: (int(r["seats"]), int(r["total"]), r["party"].rsplit("/", 1)[1]) for r in rows}
    assert got == {"E09000022": (58, 63, "labour"), "E08000018": (47, 63, "labour"), "E09000028": (48, 63, "labour")}


def test_titles_and_honours_are_taken_out_of_names(shared_store):
    st, _ = shared_store
    names = {r["name"] for r in select(st, "SELECT ?name WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; rdfs:label ?name }")}
    assert {"Donatus Anyanwu", "Saleha Jaffer", "Maggi Clark", "Peter John", "Danial Adilypour"} <= names
    assert not [n for n in names if n.startswith(("Councillor", "Mayor", "Deputy Mayor", "The Mayor")) or n.endswith(("OBE", "MBE"))]
    peter = select(st, "SELECT ?alt WHERE { ?p rdfs:label 'Peter John' ; skos:altLabel ?alt }")
    assert {r["alt"] for r in peter} == {"Peter John OBE"}


def test_the_mayor_in_a_name_is_the_civic_mayor(shared_store):
    st, _ = shared_store
    rows = select(st, """SELECT ?name ?role ?org WHERE { ?m pg:post ?post ; org:member ?p ; org:organization ?org .
        ?post org:role ?role . ?p rdfs:label ?name
        FILTER (?name IN ('Donatus Anyanwu', 'Saleha Jaffer', 'Maggi Clark')) }""")
    got = {(r["name"], r["role"].rsplit("/", 1)[1]) for r in rows}
    assert got == {("Donatus Anyanwu", "civic-mayor"), ("Saleha Jaffer", "vice-chair"), ("Maggi Clark", "civic-mayor")}


def test_key_posts_become_posts_of_the_council_or_the_group(shared_store):
    st, items = shared_store
    rows = select(st, f"""SELECT ?name ?post ?org WHERE {{ ?m pg:post ?post ; org:member ?p ; org:organization ?org .
        ?p rdfs:label ?name FILTER (STRSTARTS(STR(?org), "{ID}") && ?name IN ('Lib Peck', 'Tim Briggs', 'Matthew Bennett', 'Paul Gadsby')) }}""")
    got = {(r["name"], r["post"].removeprefix(f"{ID}post/")) for r in rows}
    assert ("Lib Peck", "council/E09000022/leader") in got
    assert ("Matthew Bennett", "council/E09000022/cabinet-member/housing") in got
    assert ("Tim Briggs", "body/conservative/group/E09000022/leader") in got  # "Leader of the Opposition"
    assert ("Paul Gadsby", "body/labour/group/E09000022/whip/chief") in got
    assert "Neighbourhood Lead for Brixton" in " ".join(items["lambeth"].notes)


def test_terms_give_dated_memberships_and_the_current_term_carries_ward_and_party(shared_store):
    st, _ = shared_store
    rows = select(st, """SELECT ?start ?end ?ward ?party WHERE { ?p rdfs:label 'Sue Ellis' .
        ?m org:member ?p ; org:role role:councillor ; schema:startDate ?start .
        OPTIONAL { ?m schema:endDate ?end } OPTIONAL { ?m pg:ward/rdfs:label ?ward } OPTIONAL { ?m pg:onBehalfOf ?party } }
        ORDER BY ?start""")
    assert [(r["start"], r.get("end"), r.get("ward"), bool(r.get("party"))) for r in rows] == [
        ("1995-05-05", "2008-05-01", None, False), ("2010-05-09", None, "Wickersley", True)]


def test_a_listed_councillor_whose_terms_all_ended_is_observed_in_office(shared_store, shared_dir):
    st, _ = shared_store
    root = safe_etree.parse(shared_dir / "data" / "moderngov" / "rotherham.gov.uk.CouncillorsByWard.xml").getroot()
    closed = [c for c in root.iter("councillor")
              if (terms := list(c.iter("termofoffice"))) and all(t.findtext("enddate") != "unspecified" for t in terms)]
    assert closed, "the shared Rotherham file has a councillor whose every term has ended"
    identifier = f"moderngov:rotherham.gov.uk:{closed[0].findtext('councillorid')}"
    person = lookup.resolve(st, identifier).iri
    assert person in councillors_on(st, "E08000018", OBSERVED["rotherham"])


def test_an_impossible_term_keeps_its_start_and_is_reported(shared_store):
    st, items = shared_store
    assert any("councillor 8893's term ends (09/07/2014) before it starts (14/08/2014)" in n for n in items["lambeth"].notes)
    rows = select(st, """SELECT ?start ?end WHERE { ?p rdfs:label 'Sonia Winifred' . ?m org:member ?p ;
        org:role role:councillor ; schema:startDate ?start OPTIONAL { ?m schema:endDate ?end } }""")
    assert rows == [{"start": "2014-08-14"}]


def test_the_councillor_without_a_party_sits_for_no_party(shared_store):
    st, items = shared_store
    sitting = councillors_on(st, "E09000022", OBSERVED["lambeth"])
    assert sum(1 for p in sitting.values() if p is None) == 1
    assert "no party 1" in " ".join(items["lambeth"].notes)


def test_the_source_names_the_web_service(shared_store):
    _, items = shared_store
    assert items["lambeth"].record.url == "https://moderngov.lambeth.gov.uk/mgWebService.asmx/GetCouncillorsByWard"
    assert items["lambeth"].record.publisher == "London Borough of Lambeth"


# ---------------------------------------------------------------- fixtures written for these tests

def test_a_vacancy_counts_in_the_total_and_the_majority_is_of_all_seats(store):
    item, _ = load(store, HARINGEY)
    assert item.record.issued == date(2017, 6, 1)  # the latest date in the file: a by-election
    rows = select(store, f"""SELECT ?seats ?total ?party WHERE {{ ?c pg:council <{ID}council/E09000014> ;
        pg:observedOn ?seen ; pg:seats ?seats ; pg:totalSeats ?total ; pg:controlledBy ?party }}""")
    assert rows == [{"seats": "6", "total": "9", "party": f"{ID}party/labour"}]
    composition = select(store, f"""SELECT ?party ?seats WHERE {{ ?c pg:council <{ID}council/E09000014> ;
        pg:observedOn ?seen ; pg:composition ?part . ?part pg:party ?party ; pg:seats ?seats }}""")
    assert {(r["party"].rsplit("/", 1)[1], int(r["seats"])) for r in composition} == {("labour", 6), ("liberal-democrats", 2)}


def test_a_hung_council_has_no_overall_control_led_by_the_leaders_party(store):
    load(store, HUNG, council="Cumbria County Council")
    rows = select(store, f"""SELECT ?kind ?lead ?seats ?total WHERE {{ ?c pg:council <{ID}council/E10000006> ;
        pg:observedOn ?seen ; pg:controlKind ?kind ; pg:leadParty ?lead ; pg:seats ?seats ; pg:totalSeats ?total
        FILTER NOT EXISTS {{ ?c pg:controlledBy ?anyone }} }}""")
    assert rows == [{"kind": "https://w3id.org/partygraph/ontology/control/no-overall-control",
                     "lead": f"{ID}party/labour", "seats": "3", "total": "10"}]


def test_another_shape_namespace_keypost_elements_and_an_elected_mayor(store):
    item, _ = load(store, LEWISHAM, observed="2019-01-10")
    assert item.record.issued == date(2019, 1, 10)
    rows = select(store, f"""SELECT ?name ?role WHERE {{ ?m pg:post ?post ; org:member ?p ; org:organization <{ID}council/E09000023> .
        ?post org:role ?role . ?p rdfs:label ?name ; pg:identifier ?id FILTER STRSTARTS(?id, "moderngov:lewisham.gov.uk:") }}""")
    got = {(r["name"], r["role"].rsplit("/", 1)[1]) for r in rows}
    assert got == {("Morgan Ellis", "mayor"), ("Pat Smith", "deputy-leader"), ("Pat Smith", "cabinet-member"),
                   ("Ria Cole", "civic-mayor"), ("Tom Hart", "cabinet-member")}
    assert len(councillors_on(store, "E09000023", date(2019, 1, 10))) == 5


def test_the_council_option_wins_over_the_file_name(store, tmp_path):
    renamed = tmp_path / "southwark.gov.uk.CouncillorsByWard.xml"
    renamed.write_bytes(HARINGEY.read_bytes())
    item, _ = load(store, renamed, council="E09000014")
    assert "(E09000014)" in item.notes[0]
    assert len(councillors_on(store, "E09000014", date(2017, 6, 1))) == 8
    assert councillors_on(store, "E09000028", date(2017, 6, 1)) == {}


def test_parties_not_in_the_graph_are_minted(tmp_path):
    with open_store(None) as bare:
        loaders.ingest(bare, [REGISTER])
        load(bare, HARINGEY)
        parties = {r["p"] for r in select(bare, "SELECT ?p WHERE { ?p a pg:PoliticalParty }")}
        assert parties == {f"{ID}party/labour", f"{ID}party/liberal-democrat"}


def test_loading_is_deterministic_and_a_reload_changes_nothing(store):
    first = moderngov.load(HARINGEY, LoadContext(store=store))
    second = moderngov.load(HARINGEY, LoadContext(store=store))
    assert first.content.digest() == second.content.digest()
    _, done = load(store, HARINGEY)
    _, again = load(store, HARINGEY)
    assert not done.unchanged and again.unchanged and again.graph == done.graph


def test_the_registry_sniffs_moderngov_files():
    assert loaders.pick(HARINGEY) is moderngov
    assert loaders.pick(LEWISHAM) is moderngov


# ---------------------------------------------------------------- bad input: a clear error, nothing written

def refused(store, path: Path, message: str, **options: str) -> str:
    before = len(store._store)
    with pytest.raises(SourceError) as caught:
        load(store, path, **options)
    assert message in str(caught.value), str(caught.value)
    assert len(store._store) == before
    return str(caught.value)


def test_the_council_must_be_determinable(store, tmp_path):
    refused(store, HUNG, "cannot tell which council this is: the file name does not start with a council's web domain")
    nowhere = tmp_path / "nowhere.gov.uk.CouncillorsByWard.xml"
    nowhere.write_bytes(HARINGEY.read_bytes())
    refused(store, nowhere, "no council in the graph is called 'nowhere' (from nowhere.gov.uk)")
    refused(store, HARINGEY, "council 'Newcastle' is ambiguous", council="Newcastle")
    with open_store(None) as empty:
        message = refused(empty, HARINGEY, "no council in the graph is called 'haringey'")
        assert "load the local-authority register first" in message


def test_a_name_two_councils_share_is_ambiguous(tmp_path):
    lines = REGISTER.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    clash = [r.replace("Lambeth,lambeth,", "Lambeth,lambeth,twinville,") if r.startswith("LBH") else
             r.replace("Lewisham,lewisham,", "Lewisham,lewisham,twinville,") if r.startswith("LEW") else r for r in rows]
    path = tmp_path / "uk_local_authorities_current.csv"
    path.write_text("\n".join([header, *clash]) + "\n", encoding="utf-8")
    twin = tmp_path / "twinville.gov.uk.CouncillorsByWard.xml"
    twin.write_bytes(HARINGEY.read_bytes())
    with open_store(None) as st:
        loaders.ingest(st, [path])
        refused(st, twin, "'twinville' (from twinville.gov.uk) could be any of council/E09000022, council/E09000023")


def test_a_file_without_dates_needs_the_observation_date(store):
    refused(store, LEWISHAM, "the file has no dates, so when it was read is unknown; pass --observed")
    refused(store, LEWISHAM, "--observed: '10/01/2019' is not a date (YYYY-MM-DD)", observed="10/01/2019")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE councillorsbyward [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<councillorsbyward><wards><ward><wardtitle>&lol3;</wardtitle></ward></wards></councillorsbyward>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE councillorsbyward [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<councillorsbyward><wards><ward><wardtitle>&secret;</wardtitle></ward></wards></councillorsbyward>
"""


@pytest.mark.parametrize("text, message", [
    (BILLION_LAUGHS, ":3: refused: the file declares the entity 'lol'; entity declarations are refused"),
    (EXTERNAL_ENTITY, ":2: refused: the file declares the entity 'secret'"),
])
def test_hostile_xml_is_refused(store, tmp_path, text, message):
    path = tmp_path / "haringey.gov.uk.CouncillorsByWard.xml"
    path.write_text(text, encoding="utf-8")
    refused(store, path, message)


def edited(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = HARINGEY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / HARINGEY.name
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def test_truncated_xml_is_refused_with_its_line(store, tmp_path):
    path = tmp_path / HARINGEY.name
    text = HARINGEY.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    lines = len(text[: len(text) // 2].splitlines())
    message = refused(store, path, "malformed XML")
    assert message.startswith((f"{path}:{lines}:", f"{path}:{lines + 1}:"))


@pytest.mark.parametrize("old, new, message", [
    ("<startdate>22/05/2014</startdate>", "<startdate>2014-05-22</startdate>",
     ":15: startdate of councillor 101: '2014-05-22' is not a date (dd/mm/yyyy)"),
    ("<enddate>unspecified</enddate>", "<enddate>soon</enddate>", ":15: enddate of councillor 101: 'soon' is not a date"),
    ("<councillorcount>3</councillorcount>", "<councillorcount>three</councillorcount>",
     ":4: <councillorcount> 'three' is not a number"),
    ("<councillorid>102</councillorid>", "<councillorid>101</councillorid>", "councillorid 101 appears twice"),
    ("<fullusername>Councillor Pat Smith</fullusername>", "<fullusername></fullusername>", "councillor 102 has no <fullusername>"),
    ("<wardtitle>Noel Park</wardtitle>", "<wardtitle></wardtitle>", ":38: a <ward> without a <wardtitle>"),
    ("<councillorsbyward>", "<councillors_by_ward>", "the root element is <councillors_by_ward>"),
])
def test_broken_files_are_refused_with_their_line(store, tmp_path, old, new, message):
    if old == "<councillorsbyward>":
        path = edited(tmp_path, "</councillorsbyward>", "</councillors_by_ward>")
        path.write_text(path.read_text().replace(old, new), encoding="utf-8")
    else:
        path = edited(tmp_path, old, new)
    refused(store, path, message)


def test_an_external_dtd_is_never_fetched(store, tmp_path):
    import http.server
    import threading

    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "boom">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        text = HARINGEY.read_text(encoding="utf-8").replace(
            '<?xml version="1.0" encoding="utf-8"?>',
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE councillorsbyward SYSTEM "http://127.0.0.1:{server.server_port}/x.dtd">')
        path = tmp_path / HARINGEY.name
        path.write_text(text, encoding="utf-8")
        item, _ = load(store, path)
        assert "8 councillors" in " ".join(item.notes)
    finally:
        server.shutdown()
    assert requests == []


# ---------------------------------------------------------------- through the command line

def test_the_load_command_takes_the_observation_date_council_and_overrides(tmp_path):
    from typer.testing import CliRunner

    from partygraph.api.cli import app

    folder = str(tmp_path / "store")
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["load", *map(str, args), "--store", folder], env={"COLUMNS": "300"})

    assert run(*sample_files()).exit_code == 0
    assert run(REGISTER).exit_code == 0
    missing = run(LEWISHAM)
    assert missing.exit_code == 1 and "pass --observed YYYY-MM-DD" in missing.output
    loaded = run(LEWISHAM, "--observed", "2019-01-10")
    assert loaded.exit_code == 0, loaded.output
    assert "London Borough of Lewisham (E09000023), observed on 2019-01-10" in loaded.output
    hung = run(HUNG, "--council", "E10000006")
    assert hung.exit_code == 0 and "Cumbria County Council (E10000006)" in hung.output
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("- record: moderngov:haringey.gov.uk:101\n  distinct: true\n")
    forced = run(HARINGEY, "--overrides", overrides)
    assert forced.exit_code == 0 and "Claire Kober (moderngov:haringey.gov.uk:101): minted" in forced.output
    hostile = tmp_path / "haringey.gov.uk.CouncillorsByWard.xml"
    hostile.write_text(BILLION_LAUGHS)
    refused_ = run(hostile)
    assert refused_.exit_code == 1 and "refused: the file declares the entity 'lol'" in refused_.output
