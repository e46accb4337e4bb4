"""mySociety's register of UK local authorities (``uk_local_authorities_current.csv``, package
uk_la_past_current of mysociety/uk_local_authority_names_and_codes; CC BY 4.0, credit mySociety).

One ``pg:Council`` per row, current and past: the official name as ``rdfs:label``; the short name and
the capitalised alternative names as ``skos:altLabel``, the lowercase spellings (kept by mySociety for
matching: "haringey london boro") as ``pg:alias``; ``pg:gssCode`` and ``owl:sameAs`` the ONS
statistical-geography IRI; ``pg:localAuthorityCode``; the register's gov.uk slug as
``pg:identifier "govuk:{slug}"`` (what ModernGov file names are matched against); type, region,
nation; start and end dates; and, for a council replaced by others, a dated ``org:ChangeEvent``.

The register has no website column, so no ``pg:website`` is written.

Dates: the register writes the end of an abolished authority either as the vesting day of its
successors (``2023-04-01``) or as the day before it (``2020-03-31``). partygraph's ``schema:endDate``
is the first day a fact no longer holds, so an end date of 31 March - the last day before a 1 April
reorganisation, which is when UK reorganisations take effect - is written as the next day.

The 25 Northern Irish districts abolished in 2015 have no GSS code in the register: they are
``id/council/{register code}`` (``council/NIR-A``), which cannot clash with a GSS code.

Cost: one pass over the CSV (470 rows, about 11k triples, well under 0.1 s here).
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from rdflib import URIRef

from ..graph.sources import Content, SourceRecord
from ..ontology import uris
from ..ontology.namespaces import ORG, OWL, PG, RDF, RDFS, SCHEMA
from .base import LoadContext, Loaded, SourceError, source_key
from .entities import Triples, day_after, parse_iso

NAME = "register"
DESCRIPTION = "mySociety local-authority register CSV (uk_local_authorities_current.csv)"

URL = "https://github.com/mysociety/uk_local_authority_names_and_codes"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
CREDIT = "Contains data from mySociety's UK local authority names and codes register (CC BY 4.0)"

#: The columns this loader reads; any other columns are ignored.
REQUIRED = ("local-authority-code", "official-name", "nice-name", "gss-code", "start-date", "end-date",
            "replaced-by", "nation", "region", "local-authority-type-name", "alt-names", "gov-uk-slug")

_GSS = re.compile(r"^[EWSNK]\d{8}$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,9}$")


def sniff(path: Path, head: bytes) -> float:
    first = head.split(b"\n", 1)[0]
    if b"local-authority-code" in first and b"gss-code" in first:
        return 0.95
    if path.suffix.lower() == ".csv" and (b"local-authority-code" in first or path.name.startswith("uk_local_authorities")):
        return 0.6  # ours, but with the wrong columns: load() says which
    return 0.0


def load(path: Path, context: LoadContext) -> Loaded:
    rows = read(path)
    triples = Triples()
    codes = {row["local-authority-code"]: (line, row) for line, row in rows}
    for line, row in rows:
        _council(triples, path, line, row, codes)
    key = source_key(NAME, path, context)
    record = SourceRecord(key=key, title=context.options.get("title") or f"mySociety local-authority register ({path.name})",
                          loader=NAME, url=context.options.get("url") or URL, publisher="mySociety", kind="register",
                          licence=LICENCE, credit=CREDIT, file_name=path.name, iri_override=context.source_iri)
    current = sum(1 for _, row in rows if not row["end-date"].strip())
    notes = [f"{len(rows)} authorities ({current} current, {len(rows) - current} past)"]
    return Loaded(record, Content(triples=triples.items), notes)


def read(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of the register, each with its line number, after checking the header and every
    field this loader uses. Raises :class:`SourceError` naming the file and line."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:  # a byte-order mark is not part of the header
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise SourceError(f"{path}:1: not the local-authority register: missing column(s) "
                                  f"{', '.join(missing)} (found: {', '.join(header[:8]) or 'nothing'}"
                                  f"{', ...' if len(header) > 8 else ''})")
            rows = []
            for row in reader:
                if None in row:
                    raise SourceError(f"{path}:{reader.line_num}: more fields than the {len(header)} columns of the header")
                if any(v is None for v in row.values()):
                    raise SourceError(f"{path}:{reader.line_num}: fewer fields than the {len(header)} columns of the header")
                rows.append((reader.line_num, row))
    except UnicodeDecodeError as e:
        raise SourceError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except csv.Error as e:
        raise SourceError(f"{path}: malformed CSV: {e}") from None
    if not rows:
        raise SourceError(f"{path}: the register has a header but no authorities")
    seen_codes: dict[str, int] = {}
    seen_gss: dict[str, int] = {}
    for line, row in rows:
        where = f"{path}:{line}"
        code = row["local-authority-code"].strip()
        if not _CODE.match(code):
            raise SourceError(f"{where}: local-authority-code {code!r} is not a register code (like HRY)")
        if code in seen_codes:
            raise SourceError(f"{where}: local-authority-code {code} is also on line {seen_codes[code]}")
        seen_codes[code] = line
        if not row["official-name"].strip():
            raise SourceError(f"{where}: {code} has no official-name")
        gss = row["gss-code"].strip()
        if gss:
            if not _GSS.match(gss):
                raise SourceError(f"{where}: gss-code {gss!r} is not a GSS code (like E09000014)")
            if gss in seen_gss:
                raise SourceError(f"{where}: gss-code {gss} is also on line {seen_gss[gss]}")
            seen_gss[gss] = line
        for column in ("start-date", "end-date"):
            if row[column].strip():
                parse_iso(row[column], f"{where}: {column}")
    for line, row in rows:
        for successor in _codes(row["replaced-by"]):
            if successor not in seen_codes:
                raise SourceError(f"{path}:{line}: replaced-by names {successor!r}, which is not in the register")
    return rows


def council_iri(row: dict[str, str]) -> URIRef:
    """``council/{GSS}``, or ``council/{register code}`` for the authorities that have no GSS code."""
    return uris.council(row["gss-code"].strip() or row["local-authority-code"].strip())


def end_date(text: str, where: str) -> date | None:
    """The register's end date as partygraph's exclusive end (module docstring: 31 March -> 1 April)."""
    if not text.strip():
        return None
    day = parse_iso(text, where)
    return day_after(day) if (day.month, day.day) == (3, 31) else day


def _council(triples: Triples, path: Path, line: int, row: dict[str, str],
             codes: dict[str, tuple[int, dict[str, str]]]) -> None:
    where = f"{path}:{line}"
    iri = council_iri(row)
    code = row["local-authority-code"].strip()
    gss = row["gss-code"].strip()
    official = " ".join(row["official-name"].split())
    alternatives, aliases = _names(row)
    triples.add(iri, RDF.type, PG.Council)
    triples.names(iri, official, alternatives, aliases)
    triples.add(iri, PG.localAuthorityCode, code)
    if gss:
        triples.add(iri, PG.gssCode, gss)
        triples.add(iri, OWL.sameAs, uris.ons(gss))
    for former in _codes(row.get("former-gss-codes", "")):
        triples.add(iri, PG.identifier, f"gss-former:{former}")
    slug = row["gov-uk-slug"].strip()
    triples.add(iri, PG.identifier, f"govuk:{slug}" if slug else None)
    triples.add(iri, PG.authorityType, row["local-authority-type-name"].strip())
    triples.add(iri, PG.region, row["region"].strip())
    triples.add(iri, PG.nation, row["nation"].strip())
    start = parse_iso(row["start-date"], f"{where}: start-date") if row["start-date"].strip() else None
    end = end_date(row["end-date"], f"{where}: end-date")
    triples.dated(iri, start=start, end=end)
    successors = _codes(row["replaced-by"])
    if successors:
        when = end
        event = uris.iri(f"change/council/{uris.digest(code, when)}")  # one change per abolished council
        names = [" ".join(codes[s][1]["official-name"].split()) for s in successors]
        triples.add(event, RDF.type, ORG.ChangeEvent)
        triples.add(event, RDFS.label, f"{official} replaced by {' and '.join(names)}")
        triples.add(event, ORG.originalOrganization, iri)
        triples.add(iri, ORG.changedBy, event)
        triples.add(event, SCHEMA.startDate, when)
        for successor in successors:
            other = council_iri(codes[successor][1])
            triples.add(event, ORG.resultingOrganization, other)
            triples.add(other, ORG.resultedFrom, event)


def _names(row: dict[str, str]) -> tuple[list[str], list[str]]:
    """Alternative labels (the nice name and the capitalised alternative names) and aliases (the
    lowercase matching variants). mySociety's alt-names keep a few mis-decoded spellings ("MÃ´n");
    those are dropped."""
    alternatives = [row["nice-name"].strip()]
    aliases = []
    # Names are separated by a bare comma; a comma and a space belongs to a name ("Armagh City, Banbridge ...").
    for name in (n.strip() for n in re.split(r",(?! )", row["alt-names"])):
        if not name or "\ufffd" in name or "ï¿½" in name:
            continue
        (aliases if name == name.lower() else alternatives).append(name)
    return alternatives, aliases


def _codes(text: str) -> list[str]:
    return [c.strip() for c in text.split(",") if c.strip()]
