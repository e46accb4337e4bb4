"""The text loader: quality bars on the shared and bundled corpora, bad input, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partygraph import loaders
from partygraph.api.cli import app
from partygraph.loaders.base import LoadContext, SourceError
from partygraph.loaders.text import build, dates, read
from partygraph.loaders.text.evaluate import names_match, score
from partygraph.loaders.text.run import evaluate_corpus, extract_documents

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def _bar(total) -> None:
    assert total.precision >= 0.85, total.as_dict()
    assert total.recall >= 0.8, total.as_dict()
    assert total.date_accuracy >= 0.9, total.as_dict()


def test_quality_bar_shared_corpus(sample_store, shared_dir):
    total, per = evaluate_corpus([shared_dir / "corpus"], sample_store)
    assert len(per) == 3
    _bar(total)


def test_quality_bar_all_documents(sample_store, shared_dir):
    total, per = evaluate_corpus([shared_dir / "corpus", CORPUS], sample_store)
    assert len(per) >= 11
    _bar(total)


def test_bundled_corpus_has_eight_documents_with_gold():
    docs = sorted(CORPUS.glob("*.md"))
    assert len(docs) >= 8
    assert all((CORPUS / "gold" / f"{d.stem}.json").is_file() for d in docs)


def test_works_on_an_empty_graph(memory_store):
    total, _ = evaluate_corpus([CORPUS], memory_store)
    assert total.precision >= 0.85 and total.recall >= 0.7, total.as_dict()


def test_relative_dates():
    from datetime import date
    assert dates.resolve("a fortnight ago", date(2018, 1, 29)).day == date(2018, 1, 15)
    assert dates.resolve("yesterday’s", date(2018, 1, 29)).day == date(2018, 1, 28)
    assert dates.resolve("on Tuesday", date(2018, 1, 24)).day == date(2018, 1, 23)
    assert dates.resolve("In April last year", date(2018, 5, 22)).day == date(2017, 4, 1)
    assert not dates.resolve("yesterday", None).resolved
    assert dates.resolve("17 July 2018", None).day == date(2018, 7, 17)


# ------------------------------------------------------------------ the scorer on hand-made cases

def _printed(rel, s, o, **kw):
    return {"relation": rel, "subject": {"label": s}, "object": {"label": o}, **kw}


GOLD = {"entities": {"a": ["Labour Party", "Labour"], "b": ["Haringey Council"], "p": ["Claire Kober"],
                     "x": ["Momentum"]},
        "facts": [{"relation": "controls", "subject": "a", "object": "b"},
                  {"relation": "holds_office", "role": "deputy leader", "subject": "p", "object": "b",
                   "date": "2008", "date_window_days": 366},
                  {"relation": "member_of", "subject": "p", "object": "x", "optional": True}]}


def test_scorer_matches_by_the_readme_rules():
    assert names_match("The Labour Party's", "labour party")
    assert names_match("Haringey London Borough Council", "Haringey Council")  # words of the shorter
    assert not names_match("NEC", "Haringey Council")
    result = score([_printed("controls", "Labour", "Haringey London Borough Council"),
                    _printed("holds_office", "Claire Kober", "Haringey Council", role="deputy-leader",
                             date="2008-06-01")], GOLD)
    assert (result.precision, result.recall, result.date_accuracy) == (1.0, 1.0, 1.0)


def test_scorer_optional_duplicates_and_dates():
    result = score([_printed("member_of", "Claire Kober", "Momentum"),  # optional: neither counts nor costs
                    _printed("controls", "Labour", "Haringey Council"),
                    _printed("controls", "Labour", "Haringey Council"),  # a duplicate costs
                    _printed("holds_office", "Claire Kober", "Haringey Council", role="deputy leader",
                             date="2010-01-01")], GOLD)
    assert result.printed == 3 and result.correct == 2
    assert result.recall == 1.0 and result.date_accuracy == 0.0


# ------------------------------------------------------------------ bad input

def test_bad_input(tmp_path, memory_store):
    context = LoadContext(store=memory_store)
    empty = tmp_path / "empty.md"
    empty.write_text("---\ntitle: x\n---\n   \n")
    with pytest.raises(SourceError, match="empty.md: the document has no text"):
        build(empty, context)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(SourceError, match="binary"):
        build(binary, context)
    bad_date = tmp_path / "d.md"
    bad_date.write_text("---\npublished: last year\n---\nText.\n")
    with pytest.raises(SourceError, match="d.md: publication date"):
        build(bad_date, context)


def test_no_publication_date_leaves_relative_dates_unresolved(tmp_path, memory_store):
    doc = tmp_path / "undated.md"
    doc.write_text("Ken Livingstone resigned from the Labour Party yesterday.\n")
    extracted, = extract_documents([doc], memory_store)
    fact, = [f for f in extracted.summary["facts"] if f["relation"] == "resigned"]
    assert fact["date"] is None
    marked = memory_store.query("ASK { GRAPH ?g { ?m <https://w3id.org/partygraph/ontology#unresolvedDate> \"yesterday\" } }")
    assert marked.boolean


def test_broken_html_and_other_language(tmp_path, memory_store):
    html = tmp_path / "page.html"
    html.write_text("<html><body><div><p>Ken Livingstone resigned from the Labour Party yesterday, saying the case "
                    "against him had become a distraction from the work of the party.<p>More text <b>here")
    extracted, = extract_documents([html], memory_store, {"published": "2018-05-22"}, dry_run=True)
    assert any(f["relation"] == "resigned" and f["date"] == "2018-05-21" for f in extracted.summary["facts"])
    french = tmp_path / "fr.md"
    french.write_text("---\npublished: 2020-01-01\n---\nLe conseil municipal a voté hier une motion sur le logement.\n")
    extracted, = extract_documents([french], memory_store, dry_run=True)
    assert extracted.summary["facts"] == [] and "no facts found" in extracted.loaded.notes


@pytest.mark.slow
def test_five_megabyte_document(tmp_path, memory_store):
    para = (CORPUS / "truss-conservative-leader-2022-09-06.md").read_text().split("---\n", 2)[2]
    big = tmp_path / "big.md"
    big.write_text("---\npublished: 2022-09-06\n---\n" + "\n\n".join([para] * (5_000_000 // len(para))))
    assert big.stat().st_size >= 4_900_000
    extraction, loaded = build(big, LoadContext(store=memory_store))
    assert any(f.relation == "holds_office" for f in extraction.facts)
    assert memory_store.stats().triples == 0  # nothing written by building


# ------------------------------------------------------------------ registry and CLI

def test_registry_picks_text_and_keeps_rdf(tmp_path):
    assert loaders.pick(CORPUS / "truss-conservative-leader-2022-09-06.md").NAME == "text"
    ttl = tmp_path / "x.ttl"
    ttl.write_text("@prefix ex: <http://example.org/> . ex:a ex:b ex:c .\n")
    assert loaders.pick(ttl).NAME == "rdf"


def test_cli_extract_json_dry_run_and_idempotence(tmp_path):
    runner = CliRunner()
    store = tmp_path / "store"
    doc = CORPUS / "yousaf-snp-leader-2023-03-28.md"
    dry = runner.invoke(app, ["extract", str(doc), "--store", str(store), "--format", "json", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    summary = json.loads(dry.output.splitlines()[0])
    assert summary["document"] == doc.name and summary["facts"]
    stats = runner.invoke(app, ["stats", "--store", str(store)])
    assert "0 sources" in stats.output
    first = runner.invoke(app, ["extract", str(doc), "--store", str(store), "--format", "json"])
    second = runner.invoke(app, ["extract", str(doc), "--store", str(store), "--format", "json"])
    assert first.exit_code == 0 and first.output == second.output
    stored = json.loads(first.output)
    from partygraph.graph.store import open_store
    from partygraph.loaders.text.summary import summary as render
    with open_store(store) as st:
        assert render(st, stored["source"], doc.name) == stored  # what the store holds, by the named query
        st.forget_source(st.sources()[0].source)
        assert render(st, stored["source"], doc.name)["facts"] == []
    leader = [f for f in stored["facts"] if f["relation"] == "holds_office" and f["role"] == "leader"]
    assert leader and leader[0]["subject"]["label"] == "Humza Yousaf" and leader[0]["date"] == "2023-03-27"


def test_cli_evaluate(shared_dir):
    result = CliRunner().invoke(app, ["evaluate", str(shared_dir / "corpus"), str(CORPUS), "--store", ":memory:",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"]["gold"] >= 70
