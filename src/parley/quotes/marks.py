"""Finding quotation-mark spans in text: curly and straight marks, quotes that run over
paragraphs (an opening mark at each new paragraph) and unterminated quotes."""

from __future__ import annotations

OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
CLOSE = {"\u201d", "\u00bb"}
STRAIGHT = '"'


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the text *inside* quotation marks, in order.

    A quote still open at the end of a paragraph continues when the next paragraph opens
    with a quotation mark (the newspaper convention); otherwise it ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if start is None:
            if ch in OPEN or (ch == STRAIGHT and _opens(text, i)):
                start = i + 1
        elif ch in CLOSE or ch == STRAIGHT:
            if i > start:
                spans.append((start, i))
            start = None
        elif ch in OPEN and i > 0 and text[i - 1] == "\n":
            pass  # continuation mark of a multi-paragraph quote
        elif ch == "\n" and not _continues(text, i):
            if i > start:
                spans.append((start, i))
            start = None
        i += 1
    if start is not None and n > start:
        spans.append((start, n))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _opens(text: str, i: int) -> bool:
    # a straight mark opens when it is not glued to the end of a word
    return i == 0 or not text[i - 1].isalnum() or (text[i + 1 : i + 2].isalpha() and text[i - 1] in " \n(\u2014\u2013-:")


def _continues(text: str, i: int) -> bool:
    j = i
    while j < len(text) and text[j] in "\n \t":
        j += 1
    return j < len(text) and (text[j] in OPEN or text[j] == STRAIGHT)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    # the comma before a closing mark belongs to the sentence, not to the quoted words
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
        b -= 1
    return a, b
