"""The text commands: ``extract`` (documents to dated, evidenced facts) and ``evaluate`` (score the
extractor against gold files). Thin: the work is :mod:`partygraph.loaders.text.run`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ...loaders.text.run import evaluate_corpus, extract_documents, graph_text
from . import app
from .common import StoreOption, console, fail, opened, reported

EXTRACT_FORMATS = ["json", "table", "turtle", "trig"]


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Documents: Markdown or text with front matter, or HTML.")],
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXTRACT_FORMATS)}.")] = "table",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Extract and print, but write nothing.")] = False,
    title: Annotated[str | None, typer.Option(help="The document's title.")] = None,
    url: Annotated[str | None, typer.Option(help="The document's public address.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    published: Annotated[str | None, typer.Option(help="When it was published (YYYY-MM-DD).")] = None,
    kind: Annotated[str | None, typer.Option(help="article, letter, minutes, statement ...")] = None,
    graph: Annotated[str | None, typer.Option(help="IRI to know the source by (one document only).")] = None,
) -> None:
    """Read documents, link what they mention to the graph, store each one's facts in its own named
    graph (unless --dry-run) and print what the graph holds: one JSON object per document with
    --format json."""
    if fmt not in EXTRACT_FORMATS:
        fail(f"unknown format {fmt!r} (one of: {', '.join(EXTRACT_FORMATS)})", 2)
    if graph and len(paths) > 1:
        fail("--graph names one source; give one document", 2)
    options = {k: v for k, v in {"title": title, "url": url, "publisher": publisher, "published": published,
                                 "kind": kind}.items() if v}
    with reported(), opened(store) as st:
        results = extract_documents(paths, st, options, dry_run=dry_run, source_iri=graph)
        for item in results:
            if fmt == "json":
                sys.stdout.write(json.dumps(item.summary, ensure_ascii=False) + "\n")
            elif fmt in ("turtle", "trig"):
                sys.stdout.buffer.write(graph_text(item.scratch or st, item.graph, fmt))
            else:
                _table(item.summary)
                for note in item.loaded.notes:
                    console.print(f"  {note}", highlight=False)
                if item.replacement is not None:
                    verb = "unchanged" if item.replacement.unchanged else "stored"
                    console.print(f"  {verb} in {item.graph}", highlight=False)
                elif dry_run:
                    console.print("  dry run: nothing written", highlight=False)
        sys.stdout.flush()


def _table(summary: dict) -> None:
    table = Table("relation", "subject", "object", "date", "quote", title=summary["document"], title_justify="left")
    for f in summary["facts"]:
        relation = f["relation"] + (f" ({f['action']})" if f.get("action") else "") + (
            f" ({f['role']})" if f.get("role") else "")
        table.add_row(relation, f["subject"]["label"], f["object"]["label"], f["date"] or "", f["quote"][:70])
    console.print(table)


@app.command()
def evaluate(
    corpus: Annotated[list[Path], typer.Argument(help="Folders of documents, each with gold files in gold/.")],
    store: StoreOption = None,
    gold: Annotated[list[Path] | None, typer.Option(help="Gold folder for each corpus folder (default: its gold/).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    show: Annotated[bool, typer.Option("--show", help="List the facts missed, the facts printed wrongly and the facts found with a wrong date.")] = False,
) -> None:
    """Extract every document that has a gold file (a dry run: nothing is written) and score the
    facts: precision, recall, F1 and date accuracy, by the rules of the fact-summary form."""
    if fmt not in ("table", "json"):
        fail(f"unknown format {fmt!r} (one of: table, json)", 2)
    with reported(), opened(store) as st:
        total, per_document = evaluate_corpus(corpus, st, gold)
    if fmt == "json":
        out = {"total": total.as_dict(), "documents": {k: v.as_dict() for k, v in per_document.items()}}
        if show:
            out["missed"], out["wrong"], out["misdated"] = total.missed, total.wrong, total.misdated
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return
    table = Table("document", "precision", "recall", "F1", "dates", "found/gold", "correct/printed")
    for name, s in [*per_document.items(), ("all", total)]:
        table.add_row(name, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", f"{s.date_accuracy:.2f}",
                      f"{s.found}/{s.gold}", f"{s.correct}/{s.printed}")
    console.print(table)
    if show:
        for m in total.missed:
            console.print(f"missed: {m['document']}: {m['relation']} {m['subject']} -> {m['object']}", highlight=False)
        for w in total.wrong:
            console.print(f"wrong: {w['document']}: {w['relation']} {w['subject']['label']} -> {w['object']['label']}",
                          highlight=False)
        for d in total.misdated:
            console.print(f"misdated: {d['document']}: {d['relation']} {d['subject']['label']} -> "
                          f"{d['object']['label']}: {d['date'] or 'no date'}, gold {d['gold_date']}", highlight=False)
