"""Small, checked rewrites of SPARQL text that pyoxigraph offers no API for.

pyoxigraph parses and evaluates in one call and exposes no syntax tree, so three things the protocol
needs are done on the text, at the top level of the query (outside every ``{ }``):

- :func:`has_dataset_clause`: does the query name its own dataset (``FROM``/``FROM NAMED``)? Then
  the server's union default graph must not replace it.
- :func:`cap_rows`: put the server's row cap into a query that already ends in ``LIMIT`` or in a
  ``VALUES`` block (the common case, appending ``LIMIT n``, needs no scan: see ``sparql_exec``).
- :func:`with_using`: the protocol's ``using-graph-uri``/``using-named-graph-uri`` as ``USING`` and
  ``USING NAMED`` clauses of every ``DELETE``/``INSERT`` operation, which is what the protocol says
  they mean (SPARQL 1.1 Protocol, 2.2.3).

Every rewrite is handed back to Oxigraph, which rejects it if the scan went wrong; nothing here is a
security check (``sparql_guard`` decides about ``SERVICE`` and ``LOAD`` with the engine's own parser).

The scanner is hand-written because no library tokenizes SPARQL faithfully: Pygments' lexer is made
for colouring (a long string swallows everything up to the next backslash) and rdflib's parser costs
about 20 ms a query. It knows exactly the lexical forms that can hide braces and keywords (IRIs,
four kinds of string, comments, escaped local names) and treats everything else as words and
punctuation. One ambiguity is resolved the simple way: ``<`` followed by IRI characters up to ``>``
is read as an IRI, as in every realistic query (``FILTER(?a<?b)`` without spaces still reads right:
``?b)`` holds no IRI-closing ``>``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
               |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\r\n]|\\.)*'
               |"(?:[^"\\\r\n]|\\.)*")
  | (?P<var>[?$][^\s{}()\[\];,.'"<>#=!&|+*/^?$]+)
  | (?P<word>(?:[^\s{}()\[\];,'"<>\#=!&|+*/^?$@\\]|\\[_~.\-!$&'()*+,;=/?\#@%])+)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_WORD_END = re.compile(r"\.+$")  # ``?s ?p ex:o.`` ends a triple: the dot is not part of the name


@dataclass(frozen=True)
class Token:
    kind: str  # space, comment, iri, string, var, word, open, close, other
    text: str
    start: int
    end: int
    depth: int  # how many ``{`` enclose the token (an ``open`` token counts the depth outside it)

    def is_keyword(self, *words: str) -> bool:
        return self.kind == "word" and self.text.upper() in words


class CannotRewrite(ValueError):
    """The text could not be rewritten as asked; the message says what the client can do."""


def scan(text: str) -> list[Token]:
    """The tokens of ``text`` with their brace depth. Cost: one regex pass, about 1 µs a token."""
    out: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        start, end = m.span()
        value = m.group()
        if kind == "close":
            depth = max(depth - 1, 0)
        if kind == "word" and value.endswith(".") and not _is_number(value):
            trimmed = _WORD_END.sub("", value)
            if trimmed:
                out.append(Token("word", trimmed, start, start + len(trimmed), depth))
            out.append(Token("other", value[len(trimmed):], start + len(trimmed), end, depth))
            continue
        out.append(Token(kind, value, start, end, depth))
        if kind == "open":
            depth += 1
    return out


def _is_number(word: str) -> bool:
    return bool(re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", word))


def _significant(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if t.kind not in ("space", "comment")]


def has_dataset_clause(text: str) -> bool:
    """Whether a query names its dataset with ``FROM`` or ``FROM NAMED`` (at its top level)."""
    if "from" not in text.lower():
        return False
    return any(t.depth == 0 and t.is_keyword("FROM") for t in scan(text))


def cap_rows(text: str, limit: int) -> str:
    """``text`` answering at most ``limit`` solutions, for a query whose top level already ends in a
    ``LIMIT`` or a ``VALUES`` block (where ``LIMIT`` cannot simply be appended).

    A ``LIMIT`` within the cap is kept (the text comes back unchanged), a larger one is lowered to the
    cap, and a final ``VALUES`` block without ``LIMIT`` gets ``LIMIT limit`` before it. Raises
    :class:`CannotRewrite` when the query shows neither."""
    tokens = _significant(scan(text))
    top = [t for t in tokens if t.depth == 0]
    for i, token in enumerate(top):
        if token.is_keyword("LIMIT") and i + 1 < len(top) and top[i + 1].kind == "word" \
                and top[i + 1].text.isdigit():
            number = top[i + 1]
            if int(number.text) <= limit:
                return text
            return text[:number.start] + str(limit) + text[number.end:]
    values = [t for t in top if t.is_keyword("VALUES")]
    if values:
        at = values[-1].start
        return f"{text[:at]}LIMIT {limit}\n{text[at:]}"
    raise CannotRewrite(f"this server answers at most {limit} rows and could not add that limit to the query; "
                        f"end it with LIMIT {limit} (before a final VALUES block)")


def with_using(text: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """An update with the protocol's dataset written into each ``DELETE``/``INSERT ... WHERE``
    operation as ``USING``/``USING NAMED`` clauses; ``DELETE WHERE { P }`` becomes the equivalent
    ``DELETE { P } USING ... WHERE { P }``. Raises :class:`CannotRewrite` when the update has its
    own ``USING`` or ``WITH`` (the protocol makes that an error) and ``ValueError`` for a bad IRI."""
    clauses = " ".join([f"USING {ox.NamedNode(g)}" for g in default_graphs]
                       + [f"USING NAMED {ox.NamedNode(g)}" for g in named_graphs])
    tokens = _significant(scan(text))
    top = [(i, t) for i, t in enumerate(tokens) if t.depth == 0]
    if any(t.is_keyword("USING", "WITH") for _, t in top):
        raise CannotRewrite("the update names its dataset (USING or WITH) and the request names one too "
                            "(using-graph-uri or using-named-graph-uri); give only one")
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in text order
    for i, where in top:
        if not where.is_keyword("WHERE"):
            continue
        before = tokens[i - 1] if i else None
        if before is not None and before.is_keyword("DELETE"):
            group_end = _group_end(tokens, i + 1)
            if group_end is None:
                continue  # malformed: Oxigraph will say where
            pattern = text[tokens[i + 1].start:tokens[group_end].end]
            edits.append((before.start, tokens[group_end].end, f"DELETE {pattern} {clauses} WHERE {pattern}"))
        else:
            edits.append((where.start, where.start, f"{clauses} "))
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


def _group_end(tokens: list[Token], i: int) -> int | None:
    """The index of the ``}`` closing the group that opens at ``tokens[i]``."""
    if i >= len(tokens) or tokens[i].kind != "open":
        return None
    depth = tokens[i].depth
    for j in range(i + 1, len(tokens)):
        if tokens[j].kind == "close" and tokens[j].depth == depth:
            return j
    return None
