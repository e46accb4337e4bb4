"""Influence commands: ``chain``, ``reach``, ``over``, ``rank``, and ``synth`` (the synthetic graph the
benchmarks load). Thin: each calls one library function of :mod:`partygraph.graph.influence`,
:mod:`partygraph.graph.drawing` or :mod:`partygraph.graph.synth` and prints its result."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import graphviz
import typer
from rich.table import Table

from ...data import REFERENCE
from ...graph import drawing, influence, lookup
from ...graph import synth as synthetic
from . import app
from .common import StoreOption, UsageProblem, console, fail, opened, parse_at, reported

AtOption = Annotated[str | None, typer.Option("--at", help="The day asked about (YYYY-MM-DD); default today.")]
BudgetOption = Annotated[float, typer.Option(help="Cost budget: strong steps cost 1, membership 3, letters 4.")]
ListFormat = Annotated[str, typer.Option("--format", "-f", help="table or json.")]


@contextmanager
def _names() -> Iterator[None]:
    """A name that fits several things, or none, is the user's to fix: exit code 2, with candidates.
    A drawing without Graphviz installed is one line, exit code 1."""
    try:
        yield
    except lookup.Ambiguous as e:
        listed = "; ".join(f"{c.label} <{c.iri}>" for c in e.candidates[:10])
        raise UsageProblem(f"{e.reference!r} could be any of: {listed}. Give an IRI or a fuller name.") from None
    except lookup.NotFound as e:
        raise UsageProblem(str(e)) from None
    except graphviz.ExecutableNotFound:
        fail("drawing needs Graphviz's `dot` program: install Graphviz (apt install graphviz)")


def _check_format(fmt: str, allowed: list[str]) -> None:
    if fmt not in allowed:
        fail(f"unknown format {fmt!r} (one of: {', '.join(allowed)})", 2)


def _json(model: object) -> None:
    sys.stdout.write(model.model_dump_json(indent=2) + "\n")  # type: ignore[attr-defined]
    sys.stdout.flush()


@app.command()
def chain(
    source: Annotated[str, typer.Argument(metavar="FROM", help="A body or person: IRI, GSS code, name or alias.")],
    target: Annotated[str, typer.Argument(metavar="TO", help="What it reaches, usually a council.")],
    at: AtOption = None,
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=100, help="How many chains, best first.")] = 5,
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, max=12, help="Longest chain, in steps.")] = 6,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json, dot or svg.")] = "table",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
    store: StoreOption = None,
) -> None:
    """How FROM reaches TO on a date: the k best chains, each step with its mechanism, dates and sources."""
    _check_format(fmt, ["table", "json", "dot", "svg"])
    with reported(), opened(store) as st, _names():
        result = influence.chains(st, source, target, parse_at(at), k=k, max_hops=max_hops)
        body = {"table": lambda r: _chains_text(r).encode(), "json": lambda r: r.model_dump_json(indent=2).encode(),
                "dot": lambda r: drawing.chain_dot(r).encode(), "svg": drawing.chain_svg}[fmt](result)
        if out is not None:
            out.write_bytes(body)
            console.print(f"wrote {out}", highlight=False)
        else:
            sys.stdout.buffer.write(body if body.endswith(b"\n") else body + b"\n")
            sys.stdout.flush()


def _chains_text(result: influence.ChainResult) -> str:
    lines = [f"{result.from_.label} -> {result.to.label} on {result.at.isoformat()}: {len(result.chains)} chain(s)"]
    if not result.chains:
        lines.append("no chain within the hop limit on that date")
    for number, item in enumerate(result.chains, 1):
        lines.append(f"{number}. cost {item.cost:g}, {len(item.edges)} step(s)")
        for edge in item.edges:
            if edge.mechanism in drawing.EVENTS:
                dates = f"on {edge.since}" if edge.since else ""
            else:
                dates = " ".join(p for p in (f"from {edge.since}" if edge.since else "",
                                             f"until {edge.until}" if edge.until else "") if p)
            detail = f" ({edge.detail})" if edge.detail else ""
            lines.append(f"   {edge.source.label} --{edge.mechanism}{detail}--> {edge.target.label}"
                         + (f"  [{dates}]" if dates else ""))
            for proof in edge.evidence:
                quote = f' "{proof.quote}"' if proof.quote else ""
                lines.append(f"      source: {proof.source}{quote}")
    return "\n".join(lines) + "\n"


def _print_reached(title: str, items: list[influence.Reached], what: str) -> None:
    table = Table(what, "cost", "steps", "how", "via", title=title, title_justify="left")
    for item in items:
        table.add_row(item.node.label, f"{item.cost:g}", str(item.hops), " → ".join(item.mechanisms),
                      " → ".join(v.label for v in item.via))
    console.print(table)


@app.command()
def reach(
    body: Annotated[str, typer.Argument(metavar="BODY", help="A body or person: IRI, identifier, name or alias.")],
    at: AtOption = None,
    budget: BudgetOption = influence.BUDGET,
    fmt: ListFormat = "table",
    store: StoreOption = None,
) -> None:
    """The councils BODY reaches on a date, and how (the cheapest chain to each)."""
    _check_format(fmt, ["table", "json"])
    with reported(), opened(store) as st, _names():
        result = influence.reach(st, body, parse_at(at), budget=budget)
    if fmt == "json":
        _json(result)
        return
    _print_reached(f"{result.body.label} reaches {len(result.councils)} council(s) on {result.at.isoformat()}",
                   result.councils, "council")


@app.command()
def over(
    council: Annotated[str, typer.Argument(metavar="COUNCIL", help="A council: IRI, GSS code, name or alias.")],
    at: AtOption = None,
    budget: BudgetOption = influence.BUDGET,
    people: Annotated[bool, typer.Option("--people", help="List people as well as bodies.")] = False,
    fmt: ListFormat = "table",
    store: StoreOption = None,
) -> None:
    """The bodies that reach COUNCIL on a date, and how (the cheapest chain from each)."""
    _check_format(fmt, ["table", "json"])
    with reported(), opened(store) as st, _names():
        result = influence.over(st, council, parse_at(at), budget=budget, people=people)
    if fmt == "json":
        _json(result)
        return
    _print_reached(f"{len(result.bodies)} reach {result.council.label} on {result.at.isoformat()}",
                   result.bodies, "body")


@app.command()
def rank(
    at: AtOption = None,
    by: Annotated[str, typer.Option(help="reach, pagerank or betweenness.")] = "reach",
    limit: Annotated[int, typer.Option(min=1, help="How many to list.")] = 20,
    budget: BudgetOption = influence.BUDGET,
    fmt: ListFormat = "table",
    store: StoreOption = None,
) -> None:
    """Bodies and people ranked by how much of the council landscape they reach on a date."""
    _check_format(fmt, ["table", "json"])
    if by not in ("reach", "pagerank", "betweenness"):
        fail(f"--by must be reach, pagerank or betweenness, not {by!r}", 2)
    with reported(), opened(store) as st:
        result = influence.rank(st, parse_at(at), by=by, limit=limit, budget=budget)  # type: ignore[arg-type]
    if fmt == "json":
        _json(result)
        return
    table = Table("#", "name", "kind", by, "councils reached", title=f"ranked by {by} on {result.at.isoformat()}",
                  title_justify="left")
    for number, entry in enumerate(result.entries, 1):
        table.add_row(str(number), entry.node.label, entry.kind, f"{entry.score:.6g}", str(entry.councils))
    console.print(table)


@app.command()
def synth(
    out: Annotated[Path, typer.Option("--out", "-o", help="N-Triples file to write (then `partygraph load` it).")],
    preset: Annotated[str, typer.Option(help=f"Starting size: {', '.join(synthetic.PRESETS)}.")] = "bench",
    councils: Annotated[int | None, typer.Option(help="Councils (default: the preset's).")] = None,
    councillors: Annotated[int | None, typer.Option(help="Seats across all councils at any one time.")] = None,
    years: Annotated[int | None, typer.Option(help="Years of history, four-yearly elections.")] = None,
    until: Annotated[int | None, typer.Option(help="The last year with elections.")] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed: the same options give the same file.")] = None,
) -> None:
    """Write a synthetic graph of councils, councillors, offices, control, decisions and letters, in
    partygraph's model (fictitious: sources under .invalid, council codes from 900001)."""
    if preset not in synthetic.PRESETS:
        fail(f"unknown preset {preset!r} (one of: {', '.join(synthetic.PRESETS)})", 2)
    given = {k: v for k, v in {"councils": councils, "councillors": councillors, "years": years,
                               "until": until, "seed": seed}.items() if v is not None}
    options = dataclasses.replace(synthetic.PRESETS[preset], **given)
    try:
        options.check()
    except ValueError as e:
        fail(str(e), 2)
    with reported():
        report = synthetic.generate(out, options, reference=REFERENCE / "parties.ttl")
    console.print(f"wrote {out}: {report.triples:,} triples in {report.seconds:.1f} s — {report.councils} councils, "
                  f"{report.wards:,} wards, {report.people:,} people ({report.councillor_people:,} councillors), "
                  f"{report.memberships:,} memberships, {report.controls:,} controls, {report.decisions:,} "
                  f"decisions, {report.statements:,} letters", highlight=False, soft_wrap=True)
