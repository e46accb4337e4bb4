"""Reading a store in tests: every prefix the tests use, and rows as plain strings."""

from __future__ import annotations

from partygraph.ontology.namespaces import PREFIXES as KNOWN

PREFIXES = "".join(f"PREFIX {name}: <{iri}> " for name, iri in KNOWN.items())


def select(store, sparql: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """The rows of a SELECT (written with any of the project's prefixes), each value as its string."""
    return [{k: v.value for k, v in row.items()} for row in store.query(PREFIXES + sparql)]


def scalar(store, sparql: str) -> int:  # type: ignore[no-untyped-def]
    """The integer ``?n`` of the first row."""
    return int(select(store, sparql)[0]["n"])
