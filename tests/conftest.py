"""Fixtures every test module shares: stores, the sample data and the ../shared folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from partygraph import loaders
from partygraph.data import sample_files
from partygraph.graph.store import OxigraphStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARTYGRAPH_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout (or ``$PARTYGRAPH_SHARED``); tests that need it skip without it."""
    if not (SHARED / "README.md").is_file():
        pytest.skip(f"needs the shared data folder, not found at {SHARED} (set PARTYGRAPH_SHARED)")
    return SHARED


@pytest.fixture
def memory_store() -> OxigraphStore:
    """An empty in-memory store."""
    store = open_store(None)
    yield store
    store.close()


@pytest.fixture
def disk_store(tmp_path: Path) -> OxigraphStore:
    """An empty store in a temporary folder."""
    store = open_store(tmp_path / "store")
    yield store
    store.close()


REGISTER_SAMPLE = ROOT / "tests" / "fixtures" / "structured" / "register-sample.csv"


@pytest.fixture
def register_store() -> OxigraphStore:
    """The sample data and a sample of the local-authority register: what councillor lists, election
    results and Popolo files link to."""
    store = open_store(None)
    loaders.ingest(store, sample_files())
    loaders.ingest(store, [REGISTER_SAMPLE])
    yield store
    store.close()


@pytest.fixture
def sample_store() -> OxigraphStore:
    """An in-memory store holding the bundled sample data (vocabulary and reference facts)."""
    store = open_store(None)
    loaders.ingest(store, sample_files())
    yield store
    store.close()


@pytest.fixture(scope="session")
def every_council(shared_dir):
    """The sample data and every UK local authority (the shared register): the councils a text's places
    are linked to, and a fuzzy match on a ward's name could wrongly land on."""
    store = open_store(None)
    loaders.ingest(store, [*sample_files(), shared_dir / "data" / "local-authorities" / "uk_local_authorities_current.csv"])
    yield store
    store.close()
