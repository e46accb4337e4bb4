"""The partygraph vocabulary as data (``partygraph.ttl``, ``schemes.ttl``, ``shapes.ttl``), its
namespaces and the minting of data IRIs. Imports none of partygraph's other packages."""

from __future__ import annotations

from pathlib import Path

from . import uris
from .namespaces import PG, PREFIXES

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = HERE / "partygraph.ttl"
SCHEMES_FILE = HERE / "schemes.ttl"
SHAPES_FILE = HERE / "shapes.ttl"

#: The files that make up the vocabulary, loaded into every store by ``partygraph demo``.
VOCABULARY_FILES = (ONTOLOGY_FILE, SCHEMES_FILE)

__all__ = ["HERE", "ONTOLOGY_FILE", "PG", "PREFIXES", "SCHEMES_FILE", "SHAPES_FILE", "VOCABULARY_FILES", "uris"]
