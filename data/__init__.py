"""The bundled sample data: the vocabulary and the reference data written for partygraph, in the
order ``partygraph demo`` loads them."""

from __future__ import annotations

from pathlib import Path

from ..ontology import VOCABULARY_FILES

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference"


def sample_files() -> list[Path]:
    """The vocabulary files, then every reference file (``data/reference/*.ttl``) by name."""
    return [*VOCABULARY_FILES, *sorted(REFERENCE.glob("*.ttl"))]
