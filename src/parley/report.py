"""The readable summary of what is stored: articles, actors, events by date, quotes, failures."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from parley.store.db import Store

Record = dict[str, Any]


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "—"
    return f"{a.get('name') or a.get('text')} [{a.get('code') or '?'}]"


def _table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def articles_table(records: list[Record]) -> Table:
    t = _table("Articles", ("id", "outlet", "published", "story", "title"))
    for r in records:
        t.add_row(r["id"], r.get("outlet") or "", r.get("published") or "", r.get("story") or "", (r.get("title") or "")[:70])
    return t


def actors_table(records: list[Record]) -> Table:
    counts: Counter[tuple[str, str]] = Counter()
    for r in records:
        for e in r["events"]:
            for side in ("source", "target"):
                if e.get(side):
                    counts[(e[side]["name"], e[side]["code"])] += 1
        for q in r["quotes"]:
            if q.get("speaker"):
                counts[(q["speaker"]["name"], q["speaker"]["code"])] += 1
    t = _table("Actors", ("actor", "code", "mentions in events/quotes"))
    for (name, code), n in counts.most_common(40):
        t.add_row(name, code or "?", str(n))
    return t


def events_table(records: list[Record], limit: int) -> Table:
    t = _table("Events by date", ("date", "article", "source", "cameo", "plover", "target", "goldstein", "evidence"))
    events = [(e.get("date") or r.get("published") or "", r["id"], e) for r in records for e in r["events"]]
    for d, aid, e in sorted(events, key=lambda x: (x[0], x[1], x[2]["span"][0]))[:limit]:
        neg = " (neg)" if e["negated"] else ""
        t.add_row(d, aid[:18], _actor(e["source"]), e["cameo"] + neg, e["plover"]["type"] or "—", _actor(e["target"]), f"{e['goldstein']:+.1f}", e["trigger"])
    return t


def quotes_table(records: list[Record], limit: int) -> Table:
    t = _table("Quotes", ("article", "speaker", "verb", "kind", "statement", "quote"))
    for r in records:
        for q in r["quotes"][:limit]:
            speaker = _actor(q["speaker"]) if q["speaker"] else "[italic]unknown[/italic]"
            t.add_row(r["id"][:18], speaker, q["verb"] or "", "direct" if q["direct"] else "reported", q.get("statement") or "", q["quote"][:160])
    return t


def print_report(store: Store, console: Console, *, limit: int = 200) -> None:
    """Print the report of everything in the store."""
    records = list(store.records())
    counts = store.counts()
    console.print(
        f"[bold]Parley report[/bold] — {counts['articles']} articles, {counts['events']} events, {counts['quotes']} quotes, {counts['errors']} failures"
    )
    for table in (articles_table(records), actors_table(records), events_table(records, limit), quotes_table(records, limit)):
        console.print(table)
    failures = store.failures()
    if failures:
        t = _table("Inputs that could not be analysed", ("source", "reason"))
        for f in failures[-50:]:
            t.add_row(f.source + (f":{f.line}" if f.line else ""), f.reason)
        console.print(t)
