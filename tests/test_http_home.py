"""The home page and its council form."""

from __future__ import annotations

from fastapi.testclient import TestClient

from partygraph.api.app import create_app
from partygraph.api.settings import Settings


def test_home_links_the_interfaces_and_the_explorers(sample_store):
    with TestClient(create_app(sample_store, Settings())) as client:
        page = client.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        for target in ("/sparql", "/docs", "/fragments", "/.well-known/void", "/dump", "/explore/chains?",
                       "/explore/councils/E09000014?at=2018-01-29"):
            assert target in page.text, target


def test_the_council_form_finds_a_council_by_name(sample_store):
    with TestClient(create_app(sample_store, Settings())) as client:
        found = client.get("/explore/councils/", params={"council": "Haringey Council", "at": "2018-01-29"})
        assert found.status_code == 200 and "Claire Kober" in found.text
        assert client.get("/explore/councils/", params={"council": "Atlantis"}).status_code == 404
        assert client.get("/explore/councils/").status_code == 404
