"""Repair common defects of scraped news text while keeping a map back to the original.

The repaired text is what spaCy reads; every offset found in it is mapped back through
`NormalizedText.to_original` so facts always point into the text as it was received.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

# Characters replaced one-for-one: typographic apostrophes, odd hyphens and spaces.
_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": " ",
    "\ufeff": " ",
}
_URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+\.(?:com|org|net|gov|int|io|eu|uk|de|fr|ru|ua)\b")
# The same without the e-mail branch, which backtracks over every word and cannot match
# in a text without "@"; and what any match of it contains, a cheap test that one may exist.
_URLISH_NO_MAIL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|int|io|eu|uk|de|fr|ru|ua)\b")
_DOMAIN_END = re.compile(r"\.(?:com|org|net|gov|int|io|eu|uk|de|fr|ru|ua)\b")
# ",senior" / ";and" -> insert a space; digits on either side ("1,000") are left alone.
# (The patterns start with the punctuation so that the regex engine can skip to it; the
# look-behinds include it.)
_COMMA_GLUE = re.compile(r"([,;])(?<=[A-Za-z\)\]\"”'][,;])(?=[A-Za-z“\"])")
# "consultations.Experts" (lower-case word, full stop, capitalised word) or
# "U.S.commitments" (abbreviation, full stop, lower-case word of 2+ letters).
_STOP_GLUE = re.compile(r"\.(?:(?<=[a-z]{2}\.)(?=[A-Z][a-z])|(?<=\b[A-Z]\.[A-Z]\.)(?=[a-z]{2}))")
# A lower-case letter that starts a line or follows sentence-final punctuation after a
# lower-case word ("war. analysts" but not "U.S. leaders").
_LOWER_START = re.compile(r"(?:^|(?<=\n)|(?<=[a-z0-9\)]{2}[.!?] )|(?<=[a-z0-9\)]{2}[.!?][”\"] ))([\"“'‘(\-–—]\s?)?([a-z])")
# Where a match of _LOWER_START can start: just after one of these (or at the very start).
_AFTER_BREAK = re.compile(r"\n|[.!?][”\"]? ")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Repaired text plus, for each of its characters, the index in the original."""

    text: str
    original: str
    index: tuple[int, ...]  # len(text) + 1 entries; the last maps the end of text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the repaired text onto the original text."""
        o_start = self.index[start]
        o_end = self.index[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def normalize(text: str) -> NormalizedText:
    """Return the repaired text of `text` with its offset map."""
    protected = _protected_spans(text)
    inserts = sorted(_insertion_points(text, protected))
    # whole-string operations, not a loop per character: this runs on every article
    mapped = text
    for old, new in _CHAR_MAP.items():
        if old in mapped:
            mapped = mapped.replace(old, new)
    index: list[int] = []
    pieces: list[str] = []
    done = 0
    for p in inserts:
        pieces += (mapped[done : p + 1], " ")
        index += range(done, p + 1)
        index.append(p)  # the inserted space maps onto the punctuation before it
        done = p + 1
    pieces.append(mapped[done:])
    index += range(done, len(text) + 1)  # the last entry maps the end of text
    repaired = "".join(pieces)
    for m in _lower_starts(repaired):
        pos = m.start(2)
        if not _inside(index[pos], protected):
            repaired = repaired[:pos] + repaired[pos].upper() + repaired[pos + 1 :]
    return NormalizedText(text=repaired, original=text, index=tuple(index))


def _lower_starts(text: str) -> Iterator[re.Match[str]]:
    """The matches of _LOWER_START.finditer(text), tried only where one can start: the
    look-behinds make the regex engine try every position otherwise."""
    end = 0
    for q in itertools.chain((0,), (b.end() for b in _AFTER_BREAK.finditer(text))):
        if q < end:
            continue  # inside the previous match, as finditer would skip it
        m = _LOWER_START.match(text, q)
        if m is not None:
            yield m
            end = m.end()


def _protected_spans(text: str) -> list[tuple[int, int]]:
    if "@" in text:
        pattern = _URLISH
    elif "http" in text or "www." in text or _DOMAIN_END.search(text):
        pattern = _URLISH_NO_MAIL
    else:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _insertion_points(text: str, protected: list[tuple[int, int]]) -> set[int]:
    points = {m.start(1) for m in _COMMA_GLUE.finditer(text)}
    points |= {m.start() for m in _STOP_GLUE.finditer(text)}
    return {p for p in points if not _inside(p, protected)}


def fold_quotes(text: str) -> str:
    """Text with accents removed and typographic quotes made plain, for comparisons."""
    import unicodedata

    table: dict[str, str | int | None] = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    text = text.translate(str.maketrans(table))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
