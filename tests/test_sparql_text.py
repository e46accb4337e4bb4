"""The SPARQL text rewrites of ``api/sparql_text.py``: each rewrite is run by Oxigraph here, so the
tests check what the engine does with it, not only the text."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from partygraph.api import sparql_text

EX = "http://example.org/"


@pytest.fixture
def store() -> ox.Store:
    store = ox.Store()
    store.update(f"""INSERT DATA {{
        <{EX}a> <{EX}p> 1 . <{EX}b> <{EX}p> 2 . <{EX}c> <{EX}p> 3 . <{EX}d> <{EX}p> 4 .
        GRAPH <{EX}g1> {{ <{EX}a> <{EX}q> "in g1" }}
        GRAPH <{EX}g2> {{ <{EX}b> <{EX}q> "in g2" }}
    }}""")
    return store


def rows(store: ox.Store, query: str) -> list[str]:
    return sorted(str(s[0]) for s in store.query(query))


def test_scan_skips_braces_and_keywords_inside_strings_iris_and_comments() -> None:
    query = (f'SELECT * {{ ?s <{EX}p#x{{}}> """ }} LIMIT 3 """ . ?s ?p \'{{\' # }} LIMIT 9\n'
             f' ?s <{EX}q> "a\\"}}" }} LIMIT 7')
    top = [t for t in sparql_text.scan(query) if t.depth == 0 and t.kind == "word"]
    assert [t.text for t in top] == ["SELECT", "LIMIT", "7"]


def test_scan_reads_escaped_local_names_and_trailing_dots() -> None:
    tokens = [t for t in sparql_text.scan("?s ex:a\\'b ex:o.") if t.kind not in ("space",)]
    assert [(t.kind, t.text) for t in tokens] == [("var", "?s"), ("word", "ex:a\\'b"), ("word", "ex:o"),
                                                  ("other", ".")]


def test_dataset_clause_found_only_at_the_top() -> None:
    assert sparql_text.has_dataset_clause(f"SELECT * FROM <{EX}g1> {{ ?s ?p ?o }}")
    assert sparql_text.has_dataset_clause(f"select * from named <{EX}g1> {{ graph ?g {{ ?s ?p ?o }} }}")
    assert not sparql_text.has_dataset_clause('SELECT * { ?s ?p "from" } # FROM <x>')
    assert not sparql_text.has_dataset_clause(f"SELECT ?from {{ ?from <{EX}from> ?o }}")


def test_cap_lowers_a_large_limit(store: ox.Store) -> None:
    query = f"SELECT ?s {{ ?s <{EX}p> ?o }} ORDER BY ?o LIMIT 100"
    capped = sparql_text.cap_rows(query, 2)
    assert rows(store, capped) == [f"<{EX}a>", f"<{EX}b>"]


def test_cap_keeps_a_smaller_limit_unchanged() -> None:
    query = "SELECT * { ?s ?p ?o } LIMIT 3"
    assert sparql_text.cap_rows(query, 10) is query


def test_cap_goes_before_a_final_values_block(store: ox.Store) -> None:
    query = f'SELECT ?s {{ ?s <{EX}p> ?o }} VALUES ?o {{ 1 2 3 "values" }}'
    capped = sparql_text.cap_rows(query, 2)
    assert capped.index("LIMIT 2") < capped.index("VALUES")
    assert len(rows(store, capped)) == 2
    assert len(rows(store, query)) == 3


def test_cap_ignores_limits_of_subqueries_and_strings() -> None:
    with pytest.raises(sparql_text.CannotRewrite, match="LIMIT 5"):
        sparql_text.cap_rows('SELECT * { { SELECT * { ?s ?p ?o } LIMIT 99 } ?s ?p "LIMIT 1" }', 5)


def test_using_applies_the_protocol_dataset_to_each_operation(store: ox.Store) -> None:
    update = (f"INSERT {{ GRAPH <{EX}out> {{ ?s a <{EX}Seen> }} }} WHERE {{ ?s <{EX}q> ?o }} ;"
              f"DELETE WHERE {{ ?s <{EX}q> ?o }}")
    store.update(sparql_text.with_using(update, [f"{EX}g1"], []))
    seen = rows(store, f"SELECT ?s {{ GRAPH <{EX}out> {{ ?s a <{EX}Seen> }} }}")
    assert seen == [f"<{EX}a>"]  # only g1 was the default graph of the WHERE
    # DELETE WHERE matched nothing in the default graph made of g1 against the store's default graph
    assert rows(store, f"SELECT ?s {{ GRAPH ?g {{ ?s <{EX}q> ?o }} }}") == [f"<{EX}a>", f"<{EX}b>"]


def test_using_named_graphs_reach_graph_patterns(store: ox.Store) -> None:
    update = f"INSERT {{ GRAPH <{EX}out> {{ ?s <{EX}from> ?g }} }} WHERE {{ GRAPH ?g {{ ?s <{EX}q> ?o }} }}"
    store.update(sparql_text.with_using(update, [], [f"{EX}g2"]))
    assert rows(store, f"SELECT ?g {{ GRAPH <{EX}out> {{ ?s <{EX}from> ?g }} }}") == [f"<{EX}g2>"]


def test_using_conflicts_with_the_update_s_own_dataset() -> None:
    for update in (f"WITH <{EX}g1> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
                   f"DELETE {{ ?s ?p ?o }} USING <{EX}g1> WHERE {{ ?s ?p ?o }}"):
        with pytest.raises(sparql_text.CannotRewrite, match="USING or WITH"):
            sparql_text.with_using(update, [f"{EX}g2"], [])


def test_using_leaves_data_operations_alone() -> None:
    update = f'INSERT DATA {{ <{EX}a> <{EX}p> "WHERE" }}'
    assert sparql_text.with_using(update, [f"{EX}g1"], []) == update


def test_using_refuses_a_bad_iri() -> None:
    with pytest.raises(ValueError):
        sparql_text.with_using("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", ["not an iri"], [])
