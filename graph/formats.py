"""The serialisation formats partygraph reads and writes: short names, media types, file extensions
and the pyoxigraph format each maps to. One table, shared by the CLI and the HTTP API."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str  # the short name users type: --format turtle
    media_type: str  # the canonical media type, sent as Content-Type
    aliases: tuple[str, ...]  # other media types accepted for it
    extensions: tuple[str, ...]
    rdf: ox.RdfFormat | None = None  # for graphs and datasets
    results: ox.QueryResultsFormat | None = None  # for SELECT/ASK results

    @property
    def is_dataset(self) -> bool:
        return self.rdf is not None and self.rdf.supports_datasets


RDF_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("application/x-turtle",), (".ttl",), rdf=ox.RdfFormat.TURTLE),
    Format("ntriples", "application/n-triples", ("text/plain",), (".nt",), rdf=ox.RdfFormat.N_TRIPLES),
    Format("nquads", "application/n-quads", ("text/x-nquads",), (".nq",), rdf=ox.RdfFormat.N_QUADS),
    Format("trig", "application/trig", ("application/x-trig",), (".trig",), rdf=ox.RdfFormat.TRIG),
    Format("jsonld", "application/ld+json", (), (".jsonld",), rdf=ox.RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", ("application/xml",), (".rdf", ".owl", ".xml"), rdf=ox.RdfFormat.RDF_XML),
)

RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", ("application/json",), (".srj", ".json"),
           results=ox.QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), (".srx",),
           results=ox.QueryResultsFormat.XML),
    Format("csv", "text/csv", (), (".csv",), results=ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", (), (".tsv",), results=ox.QueryResultsFormat.TSV),
)

_BY_NAME = {f.name: f for f in RDF_FORMATS + RESULT_FORMATS}
_RDF_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads", "n-quads": "nquads",
                "json-ld": "jsonld", "rdf/xml": "rdfxml", "xml-rdf": "rdfxml"}


class UnknownFormat(ValueError):
    pass


def by_name(name: str) -> Format:
    key = name.strip().lower()
    key = _RDF_ALIASES.get(key, key)
    try:
        return _BY_NAME[key]
    except KeyError:
        known = ", ".join(sorted(_BY_NAME))
        raise UnknownFormat(f"unknown format {name!r} (known: {known})") from None


def rdf_by_name(name: str) -> Format:
    fmt = by_name(name)
    if fmt.rdf is None:
        raise UnknownFormat(f"{name!r} is a results format, not an RDF format")
    return fmt


def rdf_for_path(path: str | Path) -> Format | None:
    """The RDF format a file name implies, or ``None``. ``.xml`` is left out: it is RDF/XML only when
    its root element says so, which :func:`sniff_rdf` checks."""
    suffixes = Path(path).suffixes
    ext = suffixes[-1].lower() if suffixes else ""
    if ext == ".gz" and len(suffixes) > 1:
        ext = suffixes[-2].lower()
    for fmt in RDF_FORMATS:
        if ext in fmt.extensions and ext != ".xml":
            return fmt
    return None


def sniff_rdf(head: bytes) -> Format | None:
    """Guess an RDF format from the first bytes of a file (for files without a telling extension)."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<?xml") or text.startswith(b"<rdf:RDF"):
        return by_name("rdfxml") if b"http://www.w3.org/1999/02/22-rdf-syntax-ns#" in head and b"RDF" in head else None
    if text.startswith(b"@prefix") or text.startswith(b"PREFIX") or text.startswith(b"@base"):
        return by_name("trig") if b"{" in head and b"GRAPH" in head.upper() else by_name("turtle")
    if text.startswith(b"{") or text.startswith(b"["):
        return by_name("jsonld") if b'"@context"' in head or b'"@id"' in head else None
    return None


def describe_syntax_error(where: object, error: SyntaxError) -> str:
    """``file:line:column: message`` from a pyoxigraph parse error."""
    message = str(error)
    if message.startswith("Parser error") and ": " in message:
        message = message.split(": ", 1)[1]
    line, column = getattr(error, "lineno", None), getattr(error, "offset", None)
    if line:
        return f"{where}:{line}:{column}: {message}" if column else f"{where}:{line}: {message}"
    return f"{where}: {message}"
