"""Readers for every input format Parley accepts.

Each reader yields `Article` records or `Failure` records; a bad record never stops the
others from being read. Plain text, HTML (trafilatura), JSONL, CSV, directories
(recursively) and `-` for JSONL on standard input.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.model import Article, Failure

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
DIR_SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson", ".csv", ".tsv"} | HTML_SUFFIXES
FIELDS = ("id", "text", "title", "outlet", "url", "published")

_DATE_LINE = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
    r"(?:[A-Z][a-z]+\.?\s*\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s+\d{1,2}:\d{2}.*)?\s*$"
)

Item = Article | Failure


def read_paths(paths: Iterable[str], *, max_bytes: int) -> Iterator[Item]:
    """Yield articles (or failures) from files, directories and `-` (JSONL on stdin)."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_stream(sys.stdin, source="<stdin>", max_bytes=max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                # a directory walk takes only the formats it can be sure of (.json may be anything)
                if child.suffix.lower() in DIR_SUFFIXES:
                    yield from read_file(child, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield Failure(source=raw, reason="no such file or directory; check the path")


def read_file(path: Path, *, max_bytes: int) -> Iterator[Item]:
    """Yield the articles of one file according to its extension."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("r", encoding="utf-8", errors="strict", newline="") as fh:
                yield from read_jsonl_stream(fh, source=str(path), max_bytes=max_bytes)
        elif suffix in CSV_SUFFIXES:
            yield from _read_csv(path, max_bytes=max_bytes)
        else:
            data = _read_bytes(path, max_bytes=max_bytes)
            if suffix in HTML_SUFFIXES or _looks_like_html(data):
                yield read_html(data, article_id=path.stem, source=str(path))
            else:
                yield read_text(_decode(data, source=str(path)), article_id=path.stem, source=str(path))
    except InputError as e:
        yield Failure(source=e.source or str(path), line=e.line, reason=e.reason, article_id=path.stem)
    except UnicodeDecodeError as e:
        yield Failure(source=str(path), reason=_utf8_hint(e), article_id=path.stem)
    except OSError as e:
        yield Failure(source=str(path), reason=f"cannot read the file ({e.strerror or e}); check permissions")


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article; "
            "split it into articles (JSONL, one per line) or raise --max-file-mb",
            source=str(path),
        )
    return path.read_bytes()


def _decode(data: bytes, *, source: str) -> str:
    if not data.strip():
        raise InputError("file is empty; nothing to analyse", source=source)
    if b"\x00" in data[:8192]:
        raise InputError("file looks binary (it contains NUL bytes); give Parley text, HTML, JSONL or CSV", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(_utf8_hint(e), source=source) from e


def _utf8_hint(e: UnicodeDecodeError) -> str:
    return f"not valid UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start}); re-encode it, e.g. `iconv -f latin1 -t utf-8`"


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_text(text: str, *, article_id: str, source: str = "") -> Article:
    """A plain-text report: an optional title line and date line lead the body.

    Offsets of all facts are into the whole file text, title and date lines included.
    """
    if not text.strip():
        raise InputError("file is empty; nothing to analyse", source=source)
    lines = text.split("\n")
    title, published = "", None
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()][:3]
    if len(nonempty) >= 2:
        first, second = lines[nonempty[0]].strip(), lines[nonempty[1]].strip()
        parsed = parse_date(second) if _DATE_LINE.match(second) else None
        if parsed is not None:
            title, published = first, parsed
        elif _DATE_LINE.match(first) and (d := parse_date(first)):
            published = d
        elif len(first) < 200 and not first.endswith((".", "\u201d", '"')):
            title = first
    return Article(id=article_id, text=text, title=title, published=published, source=source)


def read_html(data: bytes, *, article_id: str, source: str = "") -> Article:
    """Main text and metadata of an HTML page (scripts, styles and boilerplate dropped)."""
    import trafilatura

    if not data.strip():
        raise InputError("file is empty; nothing to analyse", source=source)
    html = _decode(data, source=source)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # trafilatura raises many lxml errors on hostile markup
        raise InputError(f"HTML could not be parsed ({type(e).__name__}); check the file", source=source) from e
    if not text or not text.strip():
        raise InputError("HTML page has no main text that could be extracted", source=source)
    published = parse_date(meta.date) if meta is not None and meta.date else None
    return Article(
        id=article_id,
        text=text,
        title=(meta.title or "") if meta is not None else "",
        outlet=(meta.sitename or "") if meta is not None else "",
        url=(meta.url or "") if meta is not None else "",
        published=published,
        source=source,
    )


def read_jsonl_stream(stream: Iterable[str], *, source: str, max_bytes: int) -> Iterator[Item]:
    """One JSON object per line; a malformed line is reported with its number and skipped."""
    seen_any = False
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        seen_any = True
        try:
            if len(line) > max_bytes:
                raise InputError(f"record is over the {max_bytes / 1e6:.0f} MB limit", source=source, line=n)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"malformed JSON ({e.msg} at column {e.colno}); fix or remove the line", source=source, line=n) from e
            if not isinstance(obj, dict):
                raise InputError('each line must be a JSON object with at least a "text" field', source=source, line=n)
            yield record_to_article(obj, source=source, line=n)
        except InputError as e:
            yield Failure(source=source, line=n, reason=e.reason)
    if not seen_any:
        yield Failure(source=source, reason="file is empty; nothing to analyse")


def _read_csv(path: Path, *, max_bytes: int) -> Iterator[Item]:
    raw = path.read_bytes()
    text = _decode(raw, source=str(path))
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    csv.field_size_limit(max_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(f"CSV needs a header row with a 'text' column (and optionally {', '.join(FIELDS)})", source=str(path), line=1)
    for n, row in enumerate(reader, 2):
        try:
            yield record_to_article(row, source=str(path), line=n)
        except InputError as e:
            yield Failure(source=str(path), line=n, reason=e.reason)


def record_to_article(obj: dict[str, Any], *, source: str, line: int) -> Article:
    """Turn a JSONL/CSV record with fields id, text, title, outlet, url, published into an Article."""
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('record has no "text" (or it is empty)', source=source, line=line)
    rid = obj.get("id")
    article_id = str(rid) if rid not in (None, "") else f"{Path(source).stem}-{line}"
    published = obj.get("published")
    pub = parse_date(str(published)) if published else None
    return Article(
        id=article_id,
        text=text,
        title=str(obj.get("title") or ""),
        outlet=str(obj.get("outlet") or ""),
        url=str(obj.get("url") or ""),
        published=pub,
        source=f"{source}:{line}",
    )


def parse_date(value: str) -> date | None:
    """Parse a publication date written as 'February 12,2025', '12 Feb 2025' or ISO."""
    value = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    import dateparser

    fixed = re.sub(r",(?=\d)", ", ", value)
    parsed = dateparser.parse(fixed, languages=["en"], settings={"STRICT_PARSING": False, "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None
