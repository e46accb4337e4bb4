"""Named SPARQL queries: the ``*.rq`` (query) and ``*.ru`` (update) files beside this module.

Each file opens with a header of ``#+`` lines in YAML (after grlc)::

    #+ name: council-governance
    #+ description: Who controls a council on a date, with seats.
    #+ params:
    #+   council: {type: iri, description: the council}
    #+   at: {type: date, description: the day asked about, default: today}

Parameters appear in the SPARQL as ``?_name``. :meth:`NamedQuery.bind` replaces each with the value
written as a SPARQL term (escaped by pyoxigraph, so values cannot change the query's shape); a
parameter left out stays a variable, which matches anything. No SPARQL lives in Python strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import yaml

HERE = Path(__file__).resolve().parent
_PARAM = re.compile(r"[?$]_([A-Za-z][A-Za-z0-9_]*)\b")
_TYPES = {"iri", "iris", "iri-list", "date", "string", "integer", "boolean", "term", "triples"}


class QueryNotFound(KeyError):
    pass


class BadParameter(ValueError):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "string"
    description: str = ""
    default: object = None
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    path: Path
    params: dict[str, Param] = field(default_factory=dict)
    is_update: bool = False

    def bind(self, **values: object) -> str:
        """The SPARQL text with ``?_name`` replaced by the given values (``None`` leaves it unbound).

        Raises :class:`BadParameter` for an unknown or missing-but-required parameter or a value of
        the wrong type."""
        unknown = set(values) - set(self.params)
        if unknown:
            raise BadParameter(f"{self.name}: unknown parameter(s) {', '.join(sorted(unknown))}")
        rendered: dict[str, str] = {}
        for name, param in self.params.items():
            value = values.get(name, param.default)
            if value == "today" and param.type == "date":
                value = date.today()
            if value is None:
                if param.required:
                    raise BadParameter(f"{self.name}: parameter {name!r} is required")
                continue
            rendered[name] = render(value, param.type, name)
        return _PARAM.sub(lambda m: rendered.get(m.group(1), m.group(0)), self.text)


def render(value: object, kind: str, name: str = "value") -> str:
    """A Python value as SPARQL term syntax, checked against the parameter type."""
    try:
        if kind == "iri":
            return str(ox.NamedNode(str(value)))
        if kind in ("iris", "iri-list"):
            # "iris" fills a VALUES block (space-separated), "iri-list" an IN (...) list (comma-separated).
            items = [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
            if kind == "iri-list" and not items:
                raise ValueError  # IN () is not SPARQL
            return (" " if kind == "iris" else ", ").join(str(ox.NamedNode(str(v))) for v in items)
        if kind == "date":
            if isinstance(value, datetime):
                value = value.date()
            d = value if isinstance(value, date) else date.fromisoformat(str(value))
            return str(ox.Literal(d.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")))
        if kind == "integer":
            return str(int(value))  # type: ignore[call-overload]
        if kind == "boolean":
            return "true" if value else "false"
        if kind == "triples":
            return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in value)  # type: ignore[attr-defined]
        if kind == "term":
            if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
                return str(value)
            raise TypeError
        return str(ox.Literal(str(value)))
    except (ValueError, TypeError) as e:
        raise BadParameter(f"parameter {name!r}: {value!r} is not a valid {kind}") from e


def _parse(path: Path) -> NamedQuery:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line[2:].removeprefix(" ") for line in lines if line.startswith("#+")]
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
    except yaml.YAMLError as e:
        raise ValueError(f"{path}: bad header: {e}") from None
    params: dict[str, Param] = {}
    for pname, spec in (meta.get("params") or {}).items():
        spec = spec or {}
        ptype = spec.get("type", "string")
        if ptype not in _TYPES:
            raise ValueError(f"{path}: parameter {pname!r} has unknown type {ptype!r}")
        params[pname] = Param(pname, ptype, spec.get("description", ""), spec.get("default"),
                              bool(spec.get("required", False)))
    text = "\n".join(line for line in lines if not line.startswith("#+"))
    used = set(_PARAM.findall(text))
    if used - set(params):
        raise ValueError(f"{path}: ?_{', ?_'.join(sorted(used - set(params)))} used but not declared")
    if meta.get("name", path.stem) != path.stem:
        raise ValueError(f"{path}: the header names it {meta.get('name')!r}; a query is named by its file")
    return NamedQuery(
        name=path.stem,
        description=str(meta.get("description", "")).strip(),
        text=text.strip() + "\n",
        path=path,
        params=params,
        is_update=path.suffix == ".ru",
    )


@cache
def get(name: str) -> NamedQuery:
    """The named query ``name``: the file ``{name}.rq`` (or ``{name}.ru`` for an update) beside this
    module, read once per process."""
    for suffix in (".rq", ".ru"):
        path = HERE / f"{name}{suffix}"
        if path.is_file():
            return _parse(path)
    known = ", ".join(sorted(p.stem for p in HERE.glob("*.r[qu]")))
    raise QueryNotFound(f"no named query {name!r} (known: {known})")


def catalogue() -> dict[str, NamedQuery]:
    """Every named query, by name (for listings and checks; each file is parsed once)."""
    return {path.stem: get(path.stem) for path in sorted(HERE.glob("*.r[qu]"))}


_PREFIX_LINE = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w-]*)?:\s*<([^>]*)>\s*$", re.I | re.M)


def join_updates(texts: list[str]) -> str:
    """Several bound updates as one request (one transaction): their PREFIX lines gathered into one
    prologue, since Oxigraph reads a single prologue after a ``;``. Two updates that bind one prefix
    to different IRIs are refused."""
    prefixes: dict[str, str] = {}
    bodies = []
    for text in texts:
        for name, iri in _PREFIX_LINE.findall(text):
            if prefixes.setdefault(name, iri) != iri:
                raise ValueError(f"prefix {name}: bound to both <{prefixes[name]}> and <{iri}>")
        bodies.append(_PREFIX_LINE.sub("", text).strip())
    prologue = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())
    return prologue + " ;\n".join(bodies)
