"""Chains drawn as a picture a journalist can put in an article: Graphviz ``dot``, layered top to
bottom from the body that acts to the council it reaches, each step labelled with its mechanism, what
it was (the rule, the kind of control, the action) and its dates.

Built with the ``graphviz`` package; :func:`chain_svg` runs the ``dot`` program (Graphviz must be
installed). Cost: linear in the steps drawn; ``dot`` takes a few tens of milliseconds for a handful
of chains.
"""

from __future__ import annotations

import textwrap
from datetime import date

import graphviz

from .influence import ChainEdge, ChainResult

#: How each kind of node is drawn: shape, fill colour, border colour.
STYLES: dict[str, tuple[str, str, str]] = {
    "council": ("box", "#dbe9f6", "#2c5d8a"),
    "group": ("box", "#fde8d7", "#b35806"),
    "body": ("box", "#fde8d7", "#b35806"),
    "party": ("box", "#fdd0a2", "#b35806"),
    "faction": ("box", "#efe3f3", "#6a3d9a"),
    "coalition": ("box", "#fdd0a2", "#b35806"),
    "organisation": ("box", "#eeeeee", "#555555"),
    "person": ("ellipse", "#ffffff", "#333333"),
    "post": ("box", "#f7f7f7", "#333333"),
    "policy": ("folder", "#edf8e9", "#31a354"),
    "statement": ("note", "#fff7bc", "#993404"),
}
#: Mechanisms in words, for the edge labels.
WORDS: dict[str, str] = {
    "authority": "has authority over", "unit_of": "includes", "controls": "controls",
    "holds": "holds", "post_in": "office of", "member_of": "has as member",
    "decided": "decided", "selects": "selected", "deselects": "deselected",
    "signed": "signed", "opposes": "opposes", "supports": "supports",
}
#: One colour per chain (chain 1 first), repeating.
PALETTE = ["#1b6ca8", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"]


def _wrap(text: str, width: int = 30) -> str:
    return "\\n".join(textwrap.wrap(text, width)) or text


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


#: Mechanisms that are acts on a day rather than states over a period.
EVENTS = {"decided", "selects", "deselects", "signed", "opposes", "supports"}


def _when(edge: ChainEdge) -> str:
    if edge.since and edge.mechanism in EVENTS:
        return f"on {_day(edge.since)}"
    if edge.since and edge.until:
        return f"{_day(edge.since)} – {_day(edge.until)}"
    if edge.since:
        return f"since {_day(edge.since)}"
    if edge.until:
        return f"until {_day(edge.until)}"
    return ""


def chain_dot(result: ChainResult) -> str:
    """The chains of ``result`` as DOT source: one node per thing, one arrow per distinct step (a
    step shared by several chains is drawn once, in the colour of the best chain using it)."""
    title = f"How {result.from_.label} reaches {result.to.label}, on {_day(result.at)}"
    if not result.chains:
        title += ": no chain found"
    dot = graphviz.Digraph("chains", graph_attr={
        "rankdir": "TB", "label": _wrap(title, 70), "labelloc": "t", "fontname": "Helvetica", "fontsize": "16",
        "nodesep": "0.5", "ranksep": "0.7"},
        node_attr={"fontname": "Helvetica", "fontsize": "12", "style": "filled", "margin": "0.15,0.08"},
        edge_attr={"fontname": "Helvetica", "fontsize": "10"})
    ids: dict[str, str] = {}

    def node(iri: str, label: str, kind: str) -> str:
        if iri not in ids:
            ids[iri] = f"n{len(ids)}"
            shape, fill, border = STYLES.get(kind, ("box", "#ffffff", "#333333"))
            dot.node(ids[iri], _wrap(label), shape=shape, fillcolor=fill, color=border, tooltip=iri, URL=iri,
                     penwidth="2" if iri in (result.from_.iri, result.to.iri) else "1")
        return ids[iri]

    node(result.from_.iri, result.from_.label, result.from_.kind)
    node(result.to.iri, result.to.label, result.to.kind)
    drawn: set[tuple[str, str, str, str | None]] = set()
    for number, chain in enumerate(result.chains, 1):
        colour = PALETTE[(number - 1) % len(PALETTE)]
        for edge in chain.edges:
            key = (edge.source.iri, edge.target.iri, edge.mechanism, edge.fact)
            if key in drawn:
                continue
            drawn.add(key)
            lines = [WORDS.get(edge.mechanism, edge.mechanism)]
            if edge.detail:
                lines.append(textwrap.shorten(edge.detail, 60, placeholder="…"))
            if _when(edge):
                lines.append(_when(edge))
            source = edge.evidence[0].source if edge.evidence else ""
            dot.edge(node(edge.source.iri, edge.source.label, edge.source.kind),
                     node(edge.target.iri, edge.target.label, edge.target.kind),
                     label="\\n".join(_wrap(line, 34) for line in lines), color=colour, fontcolor=colour,
                     penwidth="2" if number == 1 else "1.2", tooltip=f"chain {number}: {source}")
    return dot.source


def chain_svg(result: ChainResult) -> bytes:
    """The chains drawn as SVG by Graphviz ``dot``. Raises :class:`graphviz.ExecutableNotFound` when
    Graphviz is not installed."""
    return graphviz.Source(chain_dot(result)).pipe(format="svg")


__all__ = ["chain_dot", "chain_svg"]
