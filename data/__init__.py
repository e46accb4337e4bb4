"""The bundled sample data: the vocabulary, the reference facts and the documents written for
partygraph, and the order ``partygraph demo`` loads them in (with the shared registers, when a
``../shared`` folder is there)."""

from __future__ import annotations

from pathlib import Path

from ..ontology import VOCABULARY_FILES

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference"
CORPUS = HERE / "corpus"


def sample_files() -> list[Path]:
    """The vocabulary files, then every reference file (``data/reference/*.ttl``) by name."""
    return [*VOCABULARY_FILES, *sorted(REFERENCE.glob("*.ttl"))]


def corpus_files() -> list[Path]:
    """The documents written for partygraph (``data/corpus/*.md``), for the text loader."""
    return sorted(CORPUS.glob("*.md"))


def demo_stages(shared: Path | None = None) -> list[tuple[str, list[Path]]]:
    """What ``partygraph demo`` loads, as stages: each stage is linked against what earlier ones
    loaded (councils before their councillors, people before the documents that mention them).

    ``shared`` is a folder laid out like ``../shared`` (``data/``, ``corpus/``); its registers and
    documents are read in place, never copied."""
    stages = [("vocabulary and reference facts", sample_files())]
    data = shared / "data" if shared else None
    if data and data.is_dir():
        stages.append(("local-authority register", sorted((data / "local-authorities").glob("*.csv"))))
        stages.append(("councillors", sorted((data / "moderngov").glob("*.xml"))))
        stages.append(("election results", sorted((data / "democracyclub").glob("*.json"))))
    documents = corpus_files()
    if shared and (shared / "corpus").is_dir():
        documents += sorted((shared / "corpus").glob("*.md"))
    stages.append(("documents", documents))
    return [(name, paths) for name, paths in stages if paths]
