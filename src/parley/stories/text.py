"""Text helpers shared by the cross-article stage: terms, sentences, stems, word diffs."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

_WORD = re.compile(r"[a-z][a-z'-]+")
_TOKEN = re.compile(r"[A-Za-z0-9$][\w$'’.,-]*[\w$]|[A-Za-z0-9$]")
_SENT_END = re.compile(r"(?<=[.!?…”\"])\s+|\n+")

STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "we",
        "our",
        "you",
        "not",
        "but",
        "also",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "than",
        "then",
        "there",
        "about",
        "into",
        "over",
        "after",
        "before",
        "more",
        "most",
        "such",
        "said",
        "says",
    ]
)
SYNONYMS = {"wound": "injur", "hurt": "injur", "injuri": "injur", "dead": "kill", "die": "kill", "death": "kill", "free": "releas"}


def terms(text: str) -> list[str]:
    """Content words of a text for TF-IDF (lower case, no stop words, at least three letters)."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w.endswith("'s"):
            w = w[:-2]
        if w not in STOP and len(w) > 2:
            out.append(w)
    return out


def stem(word: str) -> str:
    """A light suffix-stripping stem with a few synonyms (wounded/injured, dead/killed)."""
    w = word.lower().strip("'’")
    for suffix in ("ion", "ies", "ing", "ed", "es", "s", "y", "e"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return SYNONYMS.get(w, w)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0).rstrip(".,"), m.start() + offset, m.start() + offset + len(m.group(0).rstrip(".,"))) for m in _TOKEN.finditer(text)]


def sentences(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each sentence, offsets into `text`."""
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), text[pos : m.start()]
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), text[pos:]


def normalize(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


def mark_differences(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both wordings as (word, differs) lists: the words one wording has and the other lacks are marked."""
    wa, wb = a.split(), b.split()
    ka, kb = [normalize(w) for w in wa], [normalize(w) for w in wb]
    out_a = [(w, True) for w in wa]
    out_b = [(w, True) for w in wb]
    for block in difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).get_matching_blocks():
        for i in range(block.size):
            out_a[block.a + i] = (wa[block.a + i], False)
            out_b[block.b + i] = (wb[block.b + i], False)
    return out_a, out_b
