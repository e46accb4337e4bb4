"""``governs`` (who governs a council on a date) and ``explain-link`` (why sources' records are taken
to be one person). Thin: each calls one library function and prints its answer."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from ...graph import lookup
from ...graph.governance import Governance, Holder, who_governs
from ...loaders import linking
from ...ontology import uris
from . import app
from .common import StoreOption, UsageProblem, console, fail, opened, parse_at, reported

FORMATS = ("table", "json")


@app.command()
def governs(
    council: Annotated[str, typer.Argument(metavar="COUNCIL", help="A GSS code, a name or alias, or an IRI.")],
    at: Annotated[str | None, typer.Option(help="The day asked about (YYYY-MM-DD); default today.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    store: StoreOption = None,
) -> None:
    """Who governs a council on a date: control and seats, leader, executive, party group, the party
    bodies above the group, and the sources."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})", 2)
    day = parse_at(at)
    with reported(), opened(store) as st:
        answer = _answer(lambda: who_governs(st, council, day), council)
    if fmt == "json":
        console.print_json(answer.model_dump_json())
    else:
        print_governance(answer)


@app.command("explain-link")
def explain_link(
    thing: Annotated[str, typer.Argument(metavar="NAME|IRI", help="A person (or other thing) by name, identifier or IRI.")],
    store: StoreOption = None,
) -> None:
    """Why the graph takes several sources' records to be one person: for each source that named them,
    the rule that linked it (identifier, name, fuzzy, override) or minted it, the name as written,
    the score and the reason."""
    with reported(), opened(store) as st:
        found = _answer(lambda: lookup.resolve(st, thing), thing)
        rows = linking.explain(st, found.iri)
    console.print(f"{found.label} <{found.iri}>", highlight=False)
    if not rows:
        console.print("no link evidence: no structured loader linked or minted it (it comes from RDF or text "
                      "sources, which name it by IRI)", highlight=False)
        return
    table = Table("source", "rule", "as written", "record", "score", "why")
    for row in rows:
        confidence = row.get("confidence")
        table.add_row(str(row.get("title") or row["source"]), str(row["rule"]).removeprefix("link-"),
                      str(row.get("quote") or ""), str(row.get("record") or ""),
                      f"{float(confidence) * 100:.0f}" if confidence is not None else "",  # type: ignore[arg-type]
                      str(row.get("detail") or ""))
    console.print(table)


def _answer(ask, reference: str):  # type: ignore[no-untyped-def]
    """Run a lookup-backed question, turning an ambiguous name into exit 2 with the candidates and an
    unknown one into exit 1."""
    try:
        return ask()
    except lookup.Ambiguous as e:
        listed = "; ".join(f"{c.label} ({uris.local_path(c.iri) or c.iri})" for c in e.candidates[:10])
        raise UsageProblem(f"{reference!r} is ambiguous; candidates: {listed}. Give a GSS code, an IRI or "
                           "the full name") from None
    except lookup.NotFound as e:
        fail(str(e))


def print_governance(g: Governance) -> None:
    """The answer as a few lines and tables."""
    code = f" ({g.council.gss})" if g.council.gss else ""
    console.print(f"[bold]{g.council.label}[/]{code} on {g.at.isoformat()}", highlight=False)
    if g.council.until and g.at >= g.council.until:
        console.print(f"the council ceased to exist on {g.council.until.isoformat()}", highlight=False)
        return
    c = g.control
    if c is None:
        console.print("control: nothing in the graph for that day", highlight=False)
    else:
        who = c.party.label if c.party else "no party"
        kind = (c.kind or "control").replace("-", " ")
        seats = f": {c.seats} of {c.total_seats} seats" if c.seats is not None and c.total_seats else (
            f" ({c.total_seats} seats)" if c.total_seats else "")
        partners = f", with {', '.join(p.label for p in c.partners)}" if c.partners else ""
        when = (f"since {c.since.isoformat()}" if c.since else
                f"as observed on {c.observed_on.isoformat()}" if c.observed_on else "")
        console.print(f"control: {who} {kind}{partners}{seats} {when}".rstrip(), highlight=False)
        if c.composition:
            console.print("  seats: " + ", ".join(f"{s.party.label} {s.seats}" for s in c.composition), highlight=False)
    console.print(f"leader: {_holder(g.leader)}" if g.leader else "leader: nobody in the graph for that day",
                  highlight=False)
    if g.executive:
        table = Table("executive", "post", "party", "since", title=None)
        for h in g.executive:
            table.add_row(h.person.label, h.post.label, h.party.label if h.party else "", _since(h))
        console.print(table)
    console.print(f"group: {g.group.label}" if g.group else "group: none in the graph", highlight=False)
    for body in g.bodies_above:
        rule = f" (under {body.rule.label})" if body.rule else ""
        console.print(f"above the group: {body.label}{rule}", highlight=False)
    for source in g.sources:
        console.print(f"source: {source.title}" + (f" <{source.url}>" if source.url else ""), highlight=False)
        for page in source.pages:
            console.print(f"  {page}", highlight=False)


def _holder(h: Holder) -> str:
    return f"{h.person.label}, {h.post.label}" + (f" ({_since(h)})" if _since(h) else "")


def _since(h: Holder) -> str:
    if h.since:
        return f"since {h.since.isoformat()}"
    return f"seen {h.observed_on.isoformat()}" if h.observed_on else ""
