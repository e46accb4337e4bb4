"""Resolving the temporal expressions a document uses against its publication date.

The pipeline finds the expressions ("a fortnight ago", "yesterday's", "on Tuesday", "in May", "since
2008", "in April last year"); only those short strings reach dateparser, which is slow on whole
sentences. Relative expressions need the publication date: without one they stay unresolved (the
fact is marked ``pg:unresolvedDate``), never guessed. Absolute dates resolve without it.

dateparser reads the expression itself; a few English forms it does not read ("earlier this month",
"MONTH last year", "last MONTH") are rewritten into forms it does, not computed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import dateparser

_LEAD = re.compile(r"^(?:on|in|since|from|at|by|during|until|before|after|earlier|later)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_ABSOLUTE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
_THIS_PERIOD = re.compile(r"^(?:earlier |later )?this (month|year|week)$", re.I)
_MONTH_LAST_YEAR = re.compile(r"^(?:in )?(\w+) (last|next) year$", re.I)
_LAST_MONTH_NAME = re.compile(r"^last (\w+)$", re.I)

@dataclass(frozen=True)
class When:
    """A resolved date, how precisely it is known (``day``, ``week``, ``month`` or ``year``), and the
    expression it came from."""

    day: date | None
    precision: str
    expression: str

    @property
    def resolved(self) -> bool:
        return self.day is not None


def needs_anchor(expression: str) -> bool:
    """Whether the expression can only be read against a publication date (it names no year)."""
    return _ABSOLUTE_YEAR.search(expression) is None or bool(re.search(r"\b(last|next|this|ago)\b", expression, re.I))


def resolve(expression: str, published: date | None, future: bool = False) -> When:
    """Resolve one temporal expression. ``future`` prefers the next matching day over the last one
    (for "on 24 May" in "is expected to be confirmed on 24 May").

    Cost: a dict probe when seen before; otherwise one dateparser call (about 1-5 ms)."""
    cleaned = _clean(expression)
    if not cleaned:
        return When(None, "day", expression)
    if published is None and needs_anchor(cleaned):
        return When(None, "day", expression)
    day, precision = _cached(cleaned, published, future)
    return When(day, precision, expression)


def _clean(expression: str) -> str:
    text = " ".join(expression.split()).strip(" ,.;:")
    text = _POSSESSIVE.sub("", text)
    if _THIS_PERIOD.match(text):
        return text
    return _LEAD.sub("", text)


@lru_cache(maxsize=4096)
def _cached(text: str, published: date | None, future: bool) -> tuple[date | None, str]:
    base = datetime.combine(published, datetime.min.time()) if published else datetime(2000, 1, 1)
    m = _THIS_PERIOD.match(text)
    if m and published:
        unit = m.group(1).lower()
        if unit == "year":
            return date(published.year, 1, 1), "year"
        if unit == "month":
            return date(published.year, published.month, 1), "month"
        text = "this week"
    m = _MONTH_LAST_YEAR.match(text)
    if m and m.group(1).lower() in _MONTHS and published:
        year = published.year + (-1 if m.group(2).lower() == "last" else 1)
        text = f"{m.group(1)} {year}"
    m = _LAST_MONTH_NAME.match(text)
    if m and m.group(1).lower() in _MONTHS and published:
        # "last August" is the most recent August before the publication month.
        month = _MONTHS.index(m.group(1).lower()) + 1
        year = published.year if month < published.month else published.year - 1
        return date(year, month, 1), "month"
    if _YEAR.match(text):
        return date(int(text), 1, 1), "year"
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None, "day"
    return parsed.date(), _period_of(text)


def _period_of(text: str) -> str:
    """How precise a parsed expression is: "May" is a month, "2008" a year, "last week" a week."""
    words = text.lower().split()
    if any(w in ("week", "fortnight") for w in words) and "ago" not in words:
        return "week"
    has_day_number = any(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w) for w in words)
    if any(w in _WEEKDAYS for w in words) or has_day_number or any(
            w in ("yesterday", "today", "tomorrow", "ago", "day", "night", "morning", "evening") for w in words):
        return "day"
    if any(w in _MONTHS for w in words) or "month" in words:
        return "month"
    if any(_YEAR.match(w) for w in words) or "year" in words:
        return "year"
    return "day"
