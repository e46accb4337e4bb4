"""The HTML pages: the council page and the chain explorer, served to the in-process client and to a
real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; never a downloaded
browser) talking to a live uvicorn server on loopback."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from defusedxml import ElementTree
from fastapi.testclient import TestClient
from http_live import live_server

from partygraph.api.app import create_app
from partygraph.api.pages import ASSETS
from partygraph.ontology import uris

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
HARINGEY = str(uris.council("E09000014"))
NEC = str(uris.body("labour", "nec"))


@pytest.fixture
def client(sample_store):
    return TestClient(create_app(sample_store))


# ---------------------------------------------------------------------- the council page

def test_the_council_page_says_who_governs_with_sources(client):
    response = client.get("/explore/councils/E09000014", params={"at": "2018-01-29"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<h1>Haringey London Borough Council</h1>" in html
    control = html.split('id="control"')[1].split('id="leader"')[0]
    assert "Labour Party" in control and "49 of 57 seats" in control
    leader = html.split('id="leader"')[1].split('id="group"')[0]
    assert "Claire Kober" in leader and "Joseph Ejiofor" not in leader
    assert "Haringey Labour group" in html
    # the NEC can overrule the group, and the page links to the chain from it to the council
    assert 'href="http://testserver/explore/chains?from=' in html and "National Executive Committee" in html
    sources = html.split('id="sources"')[1]
    assert "labour-haringey-2018.ttl" in sources
    assert "https://www.bbc.co.uk/news/uk-england-london-42870086" in sources
    assert "The NEC asks Haringey Council to pause" in html  # a decision about the council


def test_the_council_page_follows_the_date(client):
    html = client.get("/explore/councils/Haringey", params={"at": "2018-06-01"}).text
    leader = html.split('id="leader"')[1].split('id="group"')[0]
    assert "Joseph Ejiofor" in leader and "Claire Kober" not in leader
    assert "42 of 57 seats" in html


def test_council_page_failures(client, memory_store):
    missing = client.get("/explore/councils/Atlantis")
    assert missing.status_code == 404 and "Atlantis" in missing.text
    assert client.get("/explore/councils/E09000014", params={"at": "soon"}).status_code == 422
    for gss in ("E07000001", "E07000002"):
        memory_store.update(f'INSERT DATA {{ GRAPH <urn:g> {{ <{uris.council(gss)}> a '
                            f'<https://w3id.org/partygraph/ontology#Council> ; '
                            f'<http://www.w3.org/2000/01/rdf-schema#label> "Twin Council" }} }}')
    twins = TestClient(create_app(memory_store)).get("/explore/councils/Twin Council")
    assert twins.status_code == 300
    assert twins.text.count('href="http://testserver/explore/councils/') == 2


# ---------------------------------------------------------------------- the explorer and its files

def test_the_explorer_page_loads_only_files_of_this_server(client):
    html = client.get("/explore/chains", params={"from": "Labour NEC", "to": "Haringey", "at": "2018-01-29"}).text
    assert 'value="Labour NEC"' in html and 'value="2018-01-29"' in html
    sources = re.findall(r'(?:src|href)="([^"#]+)"', html)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts == ["http://testserver/static/cytoscape.min.js", "http://testserver/static/cytoscape-dagre.js",
                       "http://testserver/static/explorer.js"]
    assert all(s.startswith("http://testserver/") for s in sources)
    for url in scripts:
        response = client.get(url)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/javascript")
        assert len(response.content) > 1000


def test_static_files_come_from_a_fixed_list(client):
    for name, (path, media) in ASSETS.items():
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and response.headers["content-type"].startswith(media)
        assert response.content == Path(path).read_bytes()
    for name in ["nope.js", "..%2Fpages.py", "node_modules", "package.json"]:
        assert client.get(f"/static/{name}").status_code == 404
    assert client.get("/static/../pages.py").status_code == 404


def test_missing_npm_packages_are_explained(client, monkeypatch, tmp_path):
    from partygraph.api import pages

    monkeypatch.setitem(pages.ASSETS, "cytoscape.min.js", (tmp_path / "absent.js", "text/javascript"))
    response = client.get("/static/cytoscape.min.js")
    assert response.status_code == 404 and "make setup" in response.text


# ---------------------------------------------------------------------- a real browser

@pytest.fixture
def browser_page(sample_store):
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"needs Debian's Chromium at {CHROMIUM} (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with live_server(create_app(sample_store)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        yield page, base, requests, errors
        browser.close()


@pytest.mark.browser
def test_the_chain_explorer_draws_clicks_and_exports(browser_page, client):
    page, base, requests, errors = browser_page
    params = "from=Labour%20NEC&to=Haringey%20Council&at=2018-01-29"
    expected = client.get(f"/chains?{params}").json()
    nodes = {end["iri"] for chain in expected["chains"] for e in chain["edges"] for end in (e["source"], e["target"])}
    page.goto(f"{base}explore/chains?{params}")
    page.wait_for_selector("#explorer[data-ready=true]", timeout=20_000)
    assert int(page.get_attribute("#explorer", "data-nodes")) == len(nodes)
    drawn = page.evaluate("window.partygraphExplorer.cy.nodes().map(n => n.id())")
    assert set(drawn) == nodes
    assert page.inner_text("#status").startswith(f"{len(expected['chains'])} chains on 2018-01-29")
    assert page.locator("#chains li").count() == len(expected["chains"])

    # Click the NEC's node where Cytoscape drew it.
    box = page.locator("#graph").bounding_box()
    x, y = page.evaluate("iri => { const p = window.partygraphExplorer.cy.getElementById(iri).renderedPosition();"
                         " return [p.x, p.y]; }", NEC)
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("document.getElementById('details').dataset.kind === 'node'")
    assert "National Executive Committee of the Labour Party" in page.inner_text("#details")
    assert page.get_attribute("#details a", "href") == f"{base}id/body/labour/nec"

    # Pick the rule-book chain from the list: everything else fades.
    page.locator("#chains li a", has_text="authority → Haringey Labour group → controls").first.click()
    faded = page.evaluate("window.partygraphExplorer.cy.nodes('.faded').map(n => n.id())")
    assert NEC not in faded and HARINGEY not in faded and faded

    # The SVG export is Graphviz's drawing of the same chains.
    href = page.get_attribute("#svg-link", "href")
    assert href.startswith(f"{base}chains.svg?")
    svg = page.request.get(href)
    assert svg.status == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    text = " ".join(t.text or "" for t in ElementTree.fromstring(svg.body()).iter() if t.tag.endswith("text"))
    assert "Haringey Labour group" in text

    assert not errors
    assert all(url.startswith(base) for url in requests), [u for u in requests if not u.startswith(base)]


@pytest.mark.browser
def test_the_explorer_form_autocompletes_and_reports_nothing_found(browser_page):
    page, base, _, errors = browser_page
    page.goto(f"{base}explore/chains")
    page.fill("input[name=to]", "Haringey Coun")
    page.wait_for_function("document.querySelectorAll('#to-options option').length > 0", timeout=10_000)
    options = page.eval_on_selector_all("#to-options option", "os => os.map(o => o.value)")
    assert "Haringey London Borough Council" in options
    page.fill("input[name=from]", "Labour NEC")
    page.fill("input[name=to]", "Atlantis")
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('status').textContent.includes('Atlantis')")
    assert page.evaluate("window.partygraphExplorer.cy.nodes().length") == 0
    assert not errors


@pytest.mark.browser
def test_from_the_council_page_to_the_explorer(browser_page):
    page, base, requests, errors = browser_page
    page.goto(f"{base}explore/councils/E09000014?at=2018-01-29")
    assert "Claire Kober" in page.inner_text("#leader")
    page.click("#bodies-above a.chain")
    page.wait_for_selector("#explorer[data-ready=true]", timeout=20_000)
    assert page.evaluate("iri => window.partygraphExplorer.cy.getElementById(iri).length", HARINGEY) == 1
    assert int(page.get_attribute("#explorer", "data-edges")) >= 2
    page.fill("input[name=at]", "2014-01-01")
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('status').textContent.includes('2014-01-01')")
    mechanisms = page.evaluate("window.partygraphExplorer.cy.edges().map(e => e.data('mechanism'))")
    assert "decided" not in mechanisms  # the 2018 decision had not happened
    assert not errors and all(url.startswith(base) for url in requests)
