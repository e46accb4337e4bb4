"""The SPARQL endpoint's answer cache: a repeated query is answered from memory until the store
changes; each format and dataset is its own entry; it can be turned off."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from partygraph.api.app import create_app
from partygraph.api.result_cache import ResultCache
from partygraph.api.settings import Settings

TOKEN = "cache-test-token"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://example.org/Thing> }"
JSON = {"Accept": "application/sparql-results+json"}


def client_for(store, **changes):  # type: ignore[no-untyped-def]
    return TestClient(create_app(store, Settings(update_token=TOKEN, **changes)))


def count(response) -> int:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_a_repeated_query_is_answered_from_the_cache_until_the_store_changes(memory_store):
    with client_for(memory_store) as client:
        first = client.get("/sparql", params={"query": COUNT}, headers=JSON)
        again = client.get("/sparql", params={"query": COUNT}, headers=JSON)
        assert count(first) == count(again) == 0
        assert "x-cache" not in first.headers and again.headers["x-cache"] == "hit"
        assert again.content == first.content
        update = client.post("/sparql", data={"update": "INSERT DATA { <http://example.org/a> a "
                                                        "<http://example.org/Thing> }"},
                             headers={"Authorization": f"Bearer {TOKEN}"})
        assert update.status_code == 204
        after = client.get("/sparql", params={"query": COUNT}, headers=JSON)
        assert "x-cache" not in after.headers and count(after) == 1


def test_each_format_and_dataset_is_its_own_entry(memory_store):
    with client_for(memory_store) as client:
        json_answer = client.get("/sparql", params={"query": COUNT}, headers=JSON)
        csv_answer = client.get("/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"})
        assert "x-cache" not in csv_answer.headers
        assert csv_answer.headers["content-type"].startswith("text/csv")
        assert json_answer.headers["content-type"].startswith("application/sparql-results+json")
        scoped = client.get("/sparql", params={"query": COUNT, "default-graph-uri": "http://example.org/g"},
                            headers=JSON)
        assert "x-cache" not in scoped.headers


def test_the_cache_can_be_turned_off(memory_store):
    with client_for(memory_store, cache_bytes=0) as client:
        client.get("/sparql", params={"query": COUNT}, headers=JSON)
        again = client.get("/sparql", params={"query": COUNT}, headers=JSON)
        assert "x-cache" not in again.headers


def test_errors_are_not_cached(memory_store):
    with client_for(memory_store) as client:
        for _ in range(2):
            bad = client.get("/sparql", params={"query": "SELECT * WHERE {"}, headers=JSON)
            assert bad.status_code == 400 and "x-cache" not in bad.headers


def test_the_budget_drops_the_least_recently_used():
    cache = ResultCache(budget=10)
    cache.put("a", b"12345", "text/plain")
    cache.put("b", b"12345", "text/plain")
    assert cache.get("a") is not None  # a is now the most recently used
    cache.put("c", b"12345", "text/plain")
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c") is not None
    cache.put("huge", b"x" * 11, "text/plain")
    assert cache.get("huge") is None and cache.used == 10
    with pytest.raises(KeyError):
        cache._items["b"]
