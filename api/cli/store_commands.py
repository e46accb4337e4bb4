"""The store commands: load, query, update, export, validate, stats."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ... import loaders
from ...graph import formats
from ...graph.store import Result
from ...ontology import uris
from ...ontology.namespaces import PREFIXES
from . import app
from .common import StoreOption, console, fail, opened, read_text_argument, reported

QUERY_FORMATS = ["table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld", "rdfxml"]


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Files to load: RDF, or any kind a loader knows.")],
    store: StoreOption = None,
    graph: Annotated[str | None, typer.Option(help="IRI to know the source by (one file only).")] = None,
    loader: Annotated[str | None, typer.Option(help="Use this loader instead of guessing.")] = None,
    rdf_format: Annotated[str | None, typer.Option("--format", help="RDF format, when the name does not say.")] = None,
    council: Annotated[str | None, typer.Option(help="The council a register is about (GSS code or name).")] = None,
    title: Annotated[str | None, typer.Option(help="The source's title.")] = None,
    url: Annotated[str | None, typer.Option(help="The source's public address.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published the source.")] = None,
    published: Annotated[str | None, typer.Option(help="When it was published (YYYY-MM-DD).")] = None,
    observed: Annotated[str | None, typer.Option(help="When a register was read (YYYY-MM-DD), if the file does not say.")] = None,
    overrides: Annotated[Path | None, typer.Option(help="Entity-linking override file (YAML; see loaders/linking.py).")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                             help="Worker processes for a batch of documents (default: one per core).")] = None,
) -> None:
    """Load files, each replacing its source's named graph atomically. All files are checked before
    any is written: one bad file and nothing changes."""
    if graph and len(paths) > 1:
        fail("--graph names one source; give one file")
    options = {k: v for k, v in {"format": rdf_format, "council": council, "title": title, "url": url,
                                 "publisher": publisher, "published": published, "observed": observed,
                                 "overrides": str(overrides) if overrides else None}.items() if v}
    with reported(), opened(store) as st:
        context = loaders.LoadContext(store=st, options=options, source_iri=graph)
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                      console=console, transient=True, disable=not console.is_terminal) as bar:
            tasks: dict[str, int] = {}

            def report(item: loaders.Loaded, done: int, total: int) -> None:
                key = item.record.key
                if key not in tasks:
                    tasks[key] = bar.add_task(item.record.file_name or key, total=total)
                bar.update(tasks[key], completed=done, total=total)

            results = loaders.ingest(st, paths, context, loader=loader, progress=report,
                                     jobs=jobs or loaders.workers.default_jobs())
        for item, replacement in results:
            verb = "unchanged" if replacement.unchanged else "loaded"
            console.print(f"{verb} {item.record.file_name or item.record.key}: {replacement.triples} triples "
                          f"in {replacement.graph} ({replacement.seconds:.2f} s)", highlight=False)
            for note in item.notes:
                console.print(f"  {note}", highlight=False)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(metavar="QUERY|@FILE", help="A SPARQL 1.1 query, or @file, or @- for stdin.")],
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(QUERY_FORMATS)}.")] = "table",
) -> None:
    """Run a SPARQL query over every graph (their union is the default graph)."""
    if fmt not in QUERY_FORMATS:
        fail(f"unknown format {fmt!r} (one of: {', '.join(QUERY_FORMATS)})", 2)
    with reported(), opened(store) as st:
        result = st.query(read_text_argument(sparql))
        if fmt == "table":
            print_table(result)
        else:
            out = result.serialize(None, formats.by_name(fmt)) or b""
            sys.stdout.buffer.write(out)
            sys.stdout.flush()


@app.command()
def update(
    sparql: Annotated[str, typer.Argument(metavar="UPDATE|@FILE", help="A SPARQL 1.1 update, or @file, or @- for stdin.")],
    store: StoreOption = None,
) -> None:
    """Run a SPARQL update, in one transaction."""
    with reported(), opened(store) as st:
        st.update(read_text_argument(sparql))
        console.print("updated")


@app.command()
def export(
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="nquads or trig.")] = "nquads",
    out: Annotated[Path | None, typer.Option(help="File to write (.gz to compress); default stdout.")] = None,
) -> None:
    """Write every graph, with its provenance, as N-Quads or TriG."""
    with reported(), opened(store) as st:
        chosen = formats.rdf_by_name(fmt)
        if not chosen.is_dataset:
            fail(f"export writes nquads or trig, not {fmt}", 2)
        if out is None:
            st.export(sys.stdout.buffer, chosen)
            sys.stdout.flush()
            return
        opener = gzip.open if out.suffix == ".gz" else open
        with opener(out, "wb") as f:  # type: ignore[operator]
            st.export(f, chosen)
        console.print(f"wrote {out}")


@app.command()
def validate(
    store: StoreOption = None,
    file: Annotated[Path | None, typer.Option("--file", help="Validate this RDF file instead of the store.")] = None,
) -> None:
    """Check the store (or a file) against the SHACL shapes; list each violation. Exit 1 if any."""
    from ...graph import validate as shacl  # pyshacl is slow to import; only this command needs it

    with reported():
        if file is not None:
            if not file.is_file():
                fail(f"{file}: no such file")
            fmt = formats.rdf_for_path(file)
            if fmt is None:
                fail(f"{file}: not a recognised RDF format")
            try:
                data = shacl.file_graph(file, fmt)
            except SyntaxError as e:
                fail(formats.describe_syntax_error(file, e))
        else:
            with opened(store) as st:
                data = shacl.store_graph(st)
        violations = shacl.validate_graph(data)
    for v in violations:
        console.print(str(v), highlight=False, soft_wrap=True)
    if violations:
        fail(f"{len(violations)} violation(s) in {len(data)} triples")
    console.print(f"conforms: {len(data)} triples checked")


@app.command()
def stats(store: StoreOption = None) -> None:
    """How much the store holds: triples, graphs, sources and the commonest classes."""
    with reported(), opened(store) as st:
        s = st.stats()
    console.print(f"{s.triples} triples in {s.graphs} named graphs from {len(s.sources)} sources", highlight=False)
    sources = Table("source", "loader", "triples", "loaded", title="sources")
    for src in s.sources:
        sources.add_row(src.title, src.loader, str(src.triples), src.loaded[:19])
    console.print(sources)
    classes = Table("class", "count", title="classes")
    for cls, n in s.classes[:25]:
        classes.add_row(compact(cls), str(n))
    console.print(classes)


def compact(iri: str) -> str:
    """An IRI as ``prefix:name`` where a known prefix fits, and minted IRIs as their ``id/`` path."""
    if iri.startswith(f"{uris.base()}id/"):
        return iri[len(uris.base()):]
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _cell(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def print_table(result: Result) -> None:
    if result.kind == "ask":
        console.print("true" if result.boolean else "false")
        return
    if result.kind == "graph":
        sys.stdout.buffer.write(result.serialize(None, formats.by_name("turtle")) or b"")
        return
    table = Table(*result.variables)
    count = 0
    for row in result:
        table.add_row(*(_cell(row[v]) if v in row else "" for v in result.variables))
        count += 1
    console.print(table)
    console.print(f"{count} row(s)", style="dim")
