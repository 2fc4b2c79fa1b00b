"""Finding quoted text: spans inside curly and straight marks, quotes that run over
paragraphs (an opening mark at each new paragraph), unterminated quotes, and block quotes
set off without marks whose speaker stands alone on the next line after a dash."""

from __future__ import annotations

import re

OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
CLOSE = {"\u201d", "\u00bb"}
STRAIGHT = '"'
_SIGNIFICANT = re.compile("[" + re.escape("".join([*OPEN, *CLOSE, STRAIGHT, "\n"])) + "]")
_CURLY = re.compile("[" + re.escape("".join([*OPEN, *CLOSE])) + "]")
# "– Braže", "— Mohamed Hamdan Dagalo": a name alone on a line after a dash
DASH_NAME_LINE = re.compile(
    r"^[ \t]*[\u2013\u2014-][ \t]*(?P<name>[A-Z\u00c0-\u017f][\w\u00c0-\u017f'.-]*(?:[ \t]+[A-Z\u00c0-\u017f][\w\u00c0-\u017f'.-]*){0,3})[ \t]*$",
    re.MULTILINE,
)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of quoted text, in order: the text *inside* quotation marks, and
    whole paragraphs quoted as a block above a dash-and-name line.

    A quote still open at the end of a paragraph continues when the next paragraph opens
    with a quotation mark (the newspaper convention); otherwise it ends with its paragraph.
    """
    marked = _marked_spans(text)
    return sorted(marked + _block_quotes(text, marked))


def _marked_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    n = len(text)
    # only quotation marks and line breaks move the scan on; the regex skips the rest
    for m in _SIGNIFICANT.finditer(text):
        i, ch = m.start(), m.group()
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
    if start is not None and n > start:
        spans.append((start, n))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _block_quotes(text: str, marked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs without marks directly above a "– Name" line: a quoted block."""
    out: list[tuple[int, int]] = []
    for m in DASH_NAME_LINE.finditer(text):
        end = m.start() - 1  # the newline before the dash line
        if end <= 0 or text[end] != "\n":
            continue
        start = text.rfind("\n", 0, end) + 1
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a < 2 or DASH_NAME_LINE.match(text, start) or any(ma < b and a < mb for ma, mb in marked):
            continue
        out.append((a, b))
    return out


def balance(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen [a, b) so that it does not cut a pair of curly quotation marks in half
    (a reported clause that ends inside “…” keeps its closing mark)."""
    depth = 0
    for m in _CURLY.finditer(text, a, b):  # the marks alone, not every character
        ch = m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            if depth == 0:
                opener = max(text.rfind(o, 0, a) for o in OPEN)
                if opener >= 0 and "\n" not in text[opener:a]:
                    a = opener
            else:
                depth -= 1
    if depth > 0:
        closer = min((i for i in (text.find(c, b) for c in CLOSE) if i >= 0), default=-1)
        if closer >= 0 and "\n" not in text[b:closer]:
            b = closer + 1
    return a, b


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
