"""Resolving the temporal expressions a document uses against its publication date.

The pipeline finds the expressions ("a fortnight ago", "yesterday's", "on Tuesday", "in May", "since
2008", "in April last year", "the following week"); only those short strings are read here, never
whole sentences. Relative expressions need the publication date: without one they stay unresolved
(the fact is marked ``pg:unresolvedDate``), never guessed. Absolute dates resolve without it.

Three kinds of expression:

- absolute ("17 July 2018", "in 2019", "April 2016"): read as they are;
- relative to the publication date ("yesterday", "last Thursday", "earlier this year", "in July"):
  the most recent such day before it (or the next one, for a future statement);
- relative to the story's own time ("the following week", "the day before", "three days later",
  "that evening", "hours earlier"): anaphoric, read against a reference date the caller gives (the
  date the sentence or the text before it was talking about); without one they stay unresolved.

dateparser reads whatever the fast path below does not. The fast path exists because dateparser costs
1-5 ms a call and these few closed forms (weekdays, months, "N weeks ago", "last month", day-month-year)
are nearly all the dates news text uses; it gives the same days dateparser gives for them (checked
by the tests), except "last year"/"next year", which dateparser reads as a day in the current month.
Anaphoric expressions, seasons and "at the weekend" dateparser does not read at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

_LEAD = re.compile(r"^(?:on|in|since|from|at|by|during|until|before|after|of|earlier|later)\s+", re.IGNORECASE)
#: "since the elections of May 2023": the election's date is the time told.
_ELECTION_LEAD = re.compile(r"^since the (?:\w+ )?elections? (?:of|on|in) ", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_ABSOLUTE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
_THIS_PERIOD = re.compile(r"^(?:earlier |later )?(?:this|in the) (month|year|week)$", re.IGNORECASE)
_MONTH_LAST_YEAR = re.compile(r"^(?:in )?(\w+) (last|next) year$", re.IGNORECASE)
_LAST_NAMED = re.compile(r"^last (\w+)$", re.IGNORECASE)
#: "later that month" is anaphoric too (read, once "later" is cleaned off, as the reference day: the text
#: does not say how much later), and so is "in the afternoon" (of the day the story is telling)
_ANAPHORIC = re.compile(r"\b(?:following|previous|same)\b|\b(?:before|after|later|earlier)$|^that\s|^the\s+next\s"
                        r"|^(?:later|earlier)\s+that\s|^(?:in\s+|during\s+)?the\s+(?:morning|afternoon|evening|night)$",
                        re.IGNORECASE)
#: A part of a month: "the end of April", "early June", "mid-July", "late May 2019"; and the day read for it.
_PART_OF_MONTH = re.compile(r"^(?:(?:the )?(end|close|middle|start|beginning) of |(early|mid|late) )(.+)$")
PART_DAYS = {"start": 1, "beginning": 1, "early": 1, "middle": 15, "mid": 15, "late": 24, "end": 28, "close": 28}
#: The months of each season; a season is read as its middle month.
SEASON_MONTHS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}
_SEASONS = {season: months[1] for season, months in SEASON_MONTHS.items()}
_DAY_MONTH = re.compile(r"^(?:\w+,? )?(\d{1,2})(?:st|nd|rd|th)? (\w+)(?:,? (\d{4}))?$")
_MONTH_DAY_YEAR = re.compile(r"^(\w+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")
_AGO = re.compile(r"^(?:([\w-]+) )?(minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?) ago$")


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
    return _ABSOLUTE_YEAR.search(expression) is None or bool(re.search(r"\b(last|next|this|ago)\b", expression, re.IGNORECASE))


def anaphoric(expression: str) -> bool:
    """Whether the expression is read against the story's own time ("the following week", "the day
    before", "three days later", "that evening"), not the publication date."""
    return bool(_ANAPHORIC.search(" ".join(expression.split()).strip(" ,.;:")))


def resolve(expression: str, published: date | None, future: bool = False, reference: date | None = None) -> When:
    """Resolve one temporal expression. ``future`` prefers the next matching day over the last one
    (for "on 24 May" in "is expected to be confirmed on 24 May"); ``reference`` is the day an
    anaphoric expression counts from.

    Cost: a dict probe when seen before; otherwise microseconds on the fast path and one dateparser
    call (about 1-5 ms) for anything else."""
    cleaned = _clean(expression)
    if not cleaned:
        return When(None, "day", expression)
    if anaphoric(cleaned):
        if reference is None:
            return When(None, "day", expression)
        day, precision = _relative_to(cleaned.lower(), reference)
        return When(day, precision, expression)
    if published is None and needs_anchor(cleaned):
        return When(None, "day", expression)
    day, precision = _cached(cleaned, published, future)
    return When(day, precision, expression)


def _clean(expression: str) -> str:
    text = " ".join(expression.split()).strip(" ,.;:")
    text = _POSSESSIVE.sub("", text)
    if _THIS_PERIOD.match(text) or re.match(r"^(?:in the|the) (?:spring|summer|autumn|winter)", text, re.IGNORECASE):
        return text
    if re.match(r"^(?:at|over) the weekend$", text, re.IGNORECASE):
        return "the weekend"
    return _LEAD.sub("", _ELECTION_LEAD.sub("", text))


def _shift_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _relative_to(text: str, ref: date) -> tuple[date | None, str]:
    """An anaphoric expression read against ``ref``: "the following week" is seven days on."""
    words = text.replace("-", " ").split()
    words = [w for w in words if w != "the"]
    if len(words) == 2 and words[-1] in _SEASONS and words[0] in ("that", "same", "following", "next", "previous"):
        return _season_from(words[-1], ref, {"that": 0, "same": 0, "previous": -1}.get(words[0], 1)), "month"
    if words and words[0] in ("that", "same"):
        return ref, "day"
    if len(words) == 1 and words[0] in ("morning", "afternoon", "evening", "night"):
        return ref, "day"  # "in the afternoon"
    if len(words) >= 2 and words[0] == "same":
        return ref, "day"
    sign = -1 if words and words[-1] in ("before", "earlier") or (words and words[0] == "previous") else 1
    if words and words[0] in ("following", "next", "previous"):
        unit, count = (words[1] if len(words) > 1 else "day"), 1
    elif len(words) == 2:  # "day after", "week before", "hours earlier"
        unit, count = words[0], 1
    elif len(words) == 3:  # "three days later", "a week after"
        unit, count = words[1], _NUMBERS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
        if count is None:
            return None, "day"
    else:
        return None, "day"
    unit = unit.rstrip("s")
    if unit in ("hour", "minute", "morning", "evening", "night", "afternoon"):
        return ref, "day"
    if unit == "day":
        return ref + timedelta(days=sign * count), "day"
    if unit in ("week", "weekend"):
        return ref + timedelta(days=sign * 7 * count), "week"
    if unit == "fortnight":
        return ref + timedelta(days=sign * 14 * count), "week"
    if unit == "month":
        return _shift_months(ref, sign * count), "month"
    if unit == "year":
        return date(ref.year + sign * count, 1, 1), "year"
    if unit == "decade":
        return date(ref.year + sign * 10 * count, 1, 1), "year"
    return None, "day"


def _season_from(season: str, ref: date, step: int) -> date:
    """The middle month of ``season`` as a story told up to ``ref`` names it: "that autumn" (step 0) the one
    of ``ref``'s year, "the following spring" (1) the first after ``ref``'s season, "the previous winter" (-1)
    the last before it. A winter is named by its January."""
    mid = _SEASONS[season]
    months = SEASON_MONTHS[season]
    year = ref.year + (1 if season == "winter" and ref.month == 12 else 0)
    if step == 0:  # (a winter after the spring of ``ref``'s year is the coming one)
        return date(ref.year + 1 if season == "winter" and ref.month >= 3 else year, mid, 1)
    if step > 0:
        return date(year if mid > ref.month and ref.month not in months else year + 1, mid, 1)
    return date(year if mid < ref.month and ref.month not in months else year - 1, mid, 1)


@lru_cache(maxsize=8192)
def _cached(text: str, published: date | None, future: bool) -> tuple[date | None, str]:
    fast = _fast(text, published, future)
    if fast is not None:
        return fast
    base = datetime.combine(published, datetime.min.time()) if published else datetime(2000, 1, 1)
    m = _MONTH_LAST_YEAR.match(text)
    if m and m.group(1).lower() in _MONTHS and published:
        year = published.year + (-1 if m.group(2).lower() == "last" else 1)
        text = f"{m.group(1)} {year}"
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None, "day"
    return parsed.date(), _period_of(text)


def _month(word: str) -> int | None:
    word = word.lower()
    return _MONTHS.index(word) + 1 if word in _MONTHS else None


def _fast(text: str, published: date | None, future: bool) -> tuple[date | None, str] | None:
    """The closed forms most dates take, computed directly; None for anything else (dateparser's)."""
    low = text.lower()
    part = _PART_OF_MONTH.match(low.replace("-", " "))
    if part:
        # "at the end of April", "mid-June", "late May 2019": a day of that part of the month
        which, rest = part.group(1) or part.group(2), part.group(3)
        month = _fast(rest, published, future)
        if month is not None and month[0] is not None and month[1] == "month":
            day = PART_DAYS[which]
            return month[0].replace(day=day), "week" if day > 1 else "month"
    if _YEAR.match(low):
        return date(int(low), 1, 1), "year"
    m = _DAY_MONTH.match(low)
    if m and _month(m.group(2)):
        day, month = int(m.group(1)), _month(m.group(2))
        if m.group(3):
            return _safe(int(m.group(3)), month, day), "day"
        if published is None:
            return None
        if future:
            year = published.year if (month, day) > (published.month, published.day) else published.year + 1
        else:
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return _safe(year, month, day), "day"
    m = _MONTH_DAY_YEAR.match(low)
    if m and _month(m.group(1)):
        return _safe(int(m.group(3)), _month(m.group(1)), int(m.group(2))), "day"
    words = low.replace("-", " ").split()
    if len(words) == 2 and _month(words[0]) and _YEAR.match(words[1]):
        return date(int(words[1]), _month(words[0]), 1), "month"
    if published is None:
        return None
    if len(words) == 3 and _month(words[0]) and words[1] in ("last", "next") and words[2] == "year":
        return date(published.year + (-1 if words[1] == "last" else 1), _month(words[0]), 1), "month"
    if len(words) == 2 and words[0] in _WEEKDAYS and words[1] in ("morning", "evening", "night", "afternoon"):
        words = words[:1]
    m = _THIS_PERIOD.match(low)
    if m:
        unit = m.group(1)
        if unit == "year":
            return date(published.year, 1, 1), "year"
        if unit == "month":
            return date(published.year, published.month, 1), "month"
        if low.startswith("earlier"):
            return _earlier_this_week(published), "week"
        return published, "week"
    if len(words) == 1:
        w = words[0]
        if w in ("today", "tonight"):
            return published, "day"
        if w == "yesterday":
            return published - timedelta(days=1), "day"
        if w == "tomorrow":
            return published + timedelta(days=1), "day"
        if w in _WEEKDAYS:
            return _weekday(published, _WEEKDAYS.index(w), 1 if future else -1), "day"
        if _month(w):
            month = _month(w)
            if future:
                year = published.year if month > published.month else published.year + 1
            else:
                year = published.year if month <= published.month else published.year - 1
            return date(year, month, 1), "month"
        return None
    if low in ("the weekend", "weekend"):
        return _weekday(published, 5, 1 if future else -1), "day"
    if len(words) >= 2 and words[-1] in _SEASONS and words[0] in ("the", "in", "last", "this", "next"):
        month = _SEASONS[words[-1]]
        year = published.year
        if words[0] in ("the", "in") and not future and published.month in SEASON_MONTHS[words[-1]]:
            # "the autumn" in a story of early September: this autumn, so far (winter: this December, or
            # the January of a winter that began last year)
            return date(year, published.month if published.month == 12 else min(month, published.month), 1), "month"
        if words[0] == "last" or (words[0] in ("the", "in") and not future and month > published.month):
            year -= 1
        elif words[0] == "next" or (future and month < published.month):
            year += 1
        return date(year, month, 1), "month"
    if len(words) == 2 and words[0] in ("last", "this", "next"):
        which, unit = words
        step = {"last": -1, "this": 0, "next": 1}[which]
        if unit in ("night", "morning", "evening", "afternoon"):
            return (published - timedelta(days=1) if which == "last" else published), "day"
        if unit == "week":
            return published + timedelta(days=7 * step), "week"
        if unit == "month":
            return _shift_months(published, step), "month"
        if unit == "year":
            return date(published.year + step, 1, 1), "year"
        if unit == "weekend":
            return _weekday(published, 5, step or -1), "day"
        if unit in _WEEKDAYS and which == "last":
            return _weekday(published, _WEEKDAYS.index(unit), -1), "day"
        if unit in _WEEKDAYS and which == "next":
            return _weekday(published, _WEEKDAYS.index(unit), 1), "day"
        if _month(unit) and which == "this":  # the month of the publication year, before or after it
            return date(published.year, _month(unit), 1), "month"
        if _month(unit) and which == "next":
            # "at next May's elections": to come, never the time of a fact told; dateparser reads no date in
            # it either, and its first call costs 0.4 s a process (a worker's share of a whole batch)
            return None, "day"
        if _month(unit) and which == "last":
            # "last August" is the most recent August before the publication month.
            month = _month(unit)
            return date(published.year if month < published.month else published.year - 1, month, 1), "month"
        return None
    m = _AGO.match(low)
    if m:
        count = 1 if m.group(1) is None else (_NUMBERS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit()
                                                                            else None))
        if count is None:
            return None
        unit = m.group(2).rstrip("s")
        if unit in ("minute", "hour"):  # counted back from the day, not its midnight: "eight hours ago" is today
            return published - timedelta(days=count // 24 if unit == "hour" else 0), "day"
        if unit == "day":
            return published - timedelta(days=count), "day"
        if unit in ("week", "fortnight"):
            return published - timedelta(days=count * (14 if unit == "fortnight" else 7)), "day"
        if unit == "month":
            return _shift_months(published, -count), "month"
        if unit == "decade":
            return date(published.year - 10 * count, 1, 1), "year"
        return date(published.year - count, published.month, 1), "year"
    return None


def part_of_month(when: When, part: str) -> When:
    """A month's date narrowed to the part of it the text names before the date ("the end" of "of April")."""
    day = PART_DAYS.get(part)
    if day is None or when.day is None or when.precision != "month":
        return when
    return When(when.day.replace(day=day), "week" if day > 1 else "month", when.expression)


def _earlier_this_week(published: date) -> date:
    """"earlier this week": a day between the week's Monday and the day before publication, the middle
    one (Tuesday for a Friday paper); the publication day itself on a Monday."""
    return published - timedelta(days=published.weekday()) + timedelta(days=max(0, (published.weekday() - 1) // 2))


def _weekday(published: date, weekday: int, direction: int) -> date:
    """The nearest ``weekday`` strictly before (``direction`` -1) or after (1) the publication day."""
    delta = (published.weekday() - weekday) % 7 or 7
    if direction < 0:
        return published - timedelta(days=delta)
    return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)


def _safe(year: int, month: int | None, day: int) -> date | None:
    try:
        return date(year, month or 1, day)
    except ValueError:
        return None


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
