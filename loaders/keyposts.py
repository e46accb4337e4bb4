"""Reading the key posts councils write beside a councillor's name ("Deputy Leader and Cabinet Member
for Business, Employment and Culture") as posts of the role scheme.

ModernGov's ``<keyposts>`` is free text, one or several posts joined by " and ", " / " or ";". Each
part is matched against the patterns below; what matches none (Rotherham's "Neighbourhood Lead for
Brixton", a "Deputy Cabinet Member", who is not in the cabinet) is reported, not guessed.

Mayors are the delicate case. Most councils' "Mayor" (and "Lord Mayor", and "Chair of the Council")
is the ceremonial chair of the council, ``role:civic-mayor``, and their "Deputy Mayor" its vice-chair.
A council run by a directly elected mayor names that office "Elected Mayor" or "Executive Mayor" in its
key posts; in such a council a bare "Mayor" is the elected mayor (``role:mayor``) and the "Deputy
Mayor" the mayor's deputy (``role:deputy-leader``). :func:`parse` is told which kind of council it
reads (``elected_mayor``).

Hand-written patterns rather than a model: the vocabulary of council offices is small and fixed, and
a wrong guess would put someone in a cabinet they never sat in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROLE_WORD = r"(?:the\s+)?(?:vice[- ]?chai|deputy|cabinet|leader|chair|advisory|mayor|lord\s+mayor|chief|whip|executive|elected)"
_SPLIT = re.compile(rf"\s*(?:;|\s/\s|\s+and\s+(?={_ROLE_WORD}))\s*", re.IGNORECASE)
_CHAIR = r"chai?r?(?:man|woman|person)?"


@dataclass(frozen=True)
class KeyPost:
    """One post read from key-post text: its role, whether it is a post of the council or of the
    holder's party group on it, a qualifier telling posts of one role apart (a portfolio, a
    committee) and the text it was read from."""

    role: str  # a role slug of the role scheme
    scope: str  # "council" or "group"
    qualifier: str | None
    text: str


_PATTERNS: list[tuple[re.Pattern[str], str, str, int | None]] = [
    # (pattern, role, scope, group holding the qualifier)
    (re.compile(r"^(?:the\s+)?(?:leader\s+of\s+the\s+(?:council|executive)|council\s+leader|leader)$", re.IGNORECASE),
     "leader", "council", None),
    (re.compile(r"^(?:the\s+)?(?:executive|elected|directly\s+elected)\s+mayor(?:\s+of\s+.+)?$", re.IGNORECASE), "mayor", "council", None),
    (re.compile(r"^(?:the\s+)?deputy\s+leader(?:\s+of\s+the\s+(?:council|executive))?(?:\s*\((.+)\))?$", re.IGNORECASE),
     "deputy-leader", "council", 1),
    (re.compile(r"^(?:the\s+)?leader\s+of\s+the\s+(?:opposition|.+\s+group)$", re.IGNORECASE), "leader", "group", None),
    (re.compile(r"^(?:the\s+)?deputy\s+leader\s+of\s+the\s+(?:opposition|.+\s+group)$", re.IGNORECASE), "deputy-leader", "group", None),
    (re.compile(r"^(?:advisory\s+)?(?:cabinet\s+member|executive\s+member|portfolio\s+holder)"
                r"(?:\s+for\s+|\s*[-\u2013:,]\s*)?(.*)$", re.IGNORECASE), "cabinet-member", "council", 1),
    (re.compile(r"^((?:chief|deputy\s+chief|assistant|opposition|group)\s+)?whip$", re.IGNORECASE), "whip", "group", 1),
    (re.compile(rf"^(?:the\s+)?(?:chair|{_CHAIR})\s+of\s+(?:the\s+)?(?:full\s+)?council$", re.IGNORECASE), "civic-mayor", "council", None),
    (re.compile(rf"^(?:the\s+)?vice[- ]?{_CHAIR}\s+of\s+(?:the\s+)?(?:full\s+)?council$", re.IGNORECASE), "vice-chair", "council", None),
    (re.compile(rf"^(?:area\s+)?vice[- ]?{_CHAIR}(?:\s+of(?:\s+the)?\s+|\s*[-\u2013:,]\s*)(.+)$", re.IGNORECASE), "vice-chair", "council", 1),
    (re.compile(rf"^(?:area\s+)?{_CHAIR}(?:\s+of(?:\s+the)?\s+|\s*[-\u2013:,]\s*)(.+)$", re.IGNORECASE), "chair", "council", 1),
    (re.compile(rf"^(.+?)\s+vice[- ]?{_CHAIR}$", re.IGNORECASE), "vice-chair", "council", 1),
    (re.compile(rf"^(.+?)\s+{_CHAIR}$", re.IGNORECASE), "chair", "council", 1),
]
_CIVIC_MAYOR = re.compile(r"^(?:the\s+)?(?:lord\s+)?mayor(?:\s+of\s+.+)?$", re.IGNORECASE)
_DEPUTY_MAYOR = re.compile(r"^(?:the\s+)?deputy\s+(?:lord\s+)?mayor(?:\s+of\s+.+)?$", re.IGNORECASE)
_NOT_CABINET = re.compile(r"^(?:deputy|assistant)\s+cabinet\s+member", re.IGNORECASE)


def split(text: str) -> list[str]:
    """The separate posts of a key-post text (one per line, and joined within a line)."""
    parts = [part for line in text.splitlines() for part in _SPLIT.split(" ".join(line.split()))]
    return [part.strip(" ,.") for part in parts if part.strip(" ,.")]


def parse_one(text: str, *, elected_mayor: bool = False) -> KeyPost | None:
    """The post one piece of key-post text names, or ``None`` if it names none of the scheme's roles."""
    text = " ".join(text.split())
    if _NOT_CABINET.match(text):
        return None
    if _CIVIC_MAYOR.match(text):
        return KeyPost("mayor" if elected_mayor else "civic-mayor", "council", None, text)
    if _DEPUTY_MAYOR.match(text):
        return KeyPost("deputy-leader" if elected_mayor else "vice-chair", "council", None, text)
    for pattern, role, scope, group in _PATTERNS:
        m = pattern.match(text)
        if m:
            qualifier = (m.group(group) or "").strip(" -:,") if group else ""
            return KeyPost(role, scope, qualifier or None, text)
    return None


def parse(text: str, *, elected_mayor: bool = False) -> tuple[list[KeyPost], list[str]]:
    """The posts a key-post text names, and the parts it could not read."""
    posts, unread = [], []
    for part in split(text):
        post = parse_one(part, elected_mayor=elected_mayor)
        if post:
            posts.append(post)
        else:
            unread.append(part)
    return posts, unread


def names_elected_mayor(texts: list[str]) -> bool:
    """Whether key-post texts name a directly elected mayor (so "Mayor" there is that mayor)."""
    pattern = re.compile(r"\b(?:executive|elected)\s+mayor\b", re.IGNORECASE)
    return any(pattern.search(t) for t in texts)
