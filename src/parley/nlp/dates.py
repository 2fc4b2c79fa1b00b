"""Resolving date expressions against the article's own date.

"earlier on Wednesday" in a report dated Wednesday 12 February 2025 is 2025-02-12:
weekday names resolve to the latest such day not after the article's date (the next one
after "next"), relative words to the base, and absolute dates through dateparser.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1, "tomorrow": 1}
_HAS_YEAR_OR_MONTH = re.compile(r"\b(\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*", re.IGNORECASE)
_DURATION = re.compile(r"\b(minute|hour|second|decade|century|years?\s+(ago|old)|weeks?|months?|days?)\b", re.I)
# compiled once: resolve_date runs for every DATE entity of every article
_RELATIVE_WORDS = [(re.compile(rf"\b{word}\b"), offset) for word, offset in _RELATIVE.items()]
_WEEKDAY_WORDS = [(wd, name, re.compile(rf"\b{name}\b")) for wd, name in enumerate(_WEEKDAYS)]


def resolve_date(expression: str, base: date | None, *, future: bool = False) -> date | None:
    """Resolve one DATE expression; None when it names no single day.

    A bare weekday is the latest such day up to the base date, or — in a sentence about
    what is to come (`future`) — the next one from it ("will meet on Friday")."""
    text = expression.strip().lower()
    if not text or (_DURATION.search(text) and not _HAS_YEAR_OR_MONTH.search(text)):
        return None
    for word, offset in _RELATIVE_WORDS:
        if word.search(text):
            return base + timedelta(days=offset) if base else None
    for wd, name, pattern in _WEEKDAY_WORDS:
        if pattern.search(text) and not _HAS_YEAR_OR_MONTH.search(text.replace(name, "")):
            if base is None:
                return None
            if "next" in text:
                return _weekday(base, wd, forward=True) + (timedelta(days=7) if wd == base.weekday() else timedelta(0))
            return _weekday(base, wd, forward=future and "last" not in text)
    if not _HAS_YEAR_OR_MONTH.search(text):
        return None
    return _absolute(text, base)


def _weekday(base: date, weekday: int, *, forward: bool) -> date:
    if forward:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def _absolute(text: str, base: date | None) -> date | None:
    import dateparser
    from dateparser.search import search_dates

    if not re.search(r"(?<!\d)\d{1,2}(?!\d)", text):
        return None  # a month or a year alone names no single day
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month", "day"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    fixed = re.sub(r",(?=\d)", ", ", text)
    fixed = re.sub(r"^(on|since|by|from|until|before|after)\s+", "", fixed)
    try:
        parsed = dateparser.parse(fixed, languages=["en"], settings=settings)  # type: ignore[arg-type]
        if parsed is None:
            found = search_dates(fixed, languages=["en"], settings=settings)  # type: ignore[arg-type]
            parsed = found[0][1] if found else None
    except Exception:  # dateparser raises on some odd inputs; the date is then unknown
        return None
    return parsed.date() if parsed else None
