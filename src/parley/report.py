"""The readable summary of what is stored: actors, events by date, quotes, stories, failures."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from parley.store.db import Store


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "—"
    return f"{a.get('name') or a.get('text')} [{a.get('code') or '?'}]"


def print_report(store: Store, console: Console, *, limit: int = 200) -> None:
    """Print the report of everything in the store."""
    records = list(store.records())
    counts = store.counts()
    console.print(
        f"[bold]Parley report[/bold] — {counts['articles']} articles, {counts['events']} events, {counts['quotes']} quotes, {counts['errors']} failures"
    )
    arts = Table(title="Articles", show_lines=False)
    for col in ("id", "outlet", "published", "story", "title"):
        arts.add_column(col, overflow="fold")
    for r in records:
        arts.add_row(r["id"], r.get("outlet") or "", r.get("published") or "", r.get("story") or "", (r.get("title") or "")[:70])
    console.print(arts)

    actors: Counter[tuple[str, str]] = Counter()
    for r in records:
        for e in r["events"]:
            for side in ("source", "target"):
                if e.get(side):
                    actors[(e[side]["name"], e[side]["code"])] += 1
        for q in r["quotes"]:
            if q.get("speaker"):
                actors[(q["speaker"]["name"], q["speaker"]["code"])] += 1
    at = Table(title="Actors")
    for col in ("actor", "code", "mentions in events/quotes"):
        at.add_column(col)
    for (name, code), n in actors.most_common(40):
        at.add_row(name, code or "?", str(n))
    console.print(at)

    et = Table(title="Events by date")
    for col in ("date", "article", "source", "cameo", "plover", "target", "goldstein", "evidence"):
        et.add_column(col, overflow="fold")
    events = [(e.get("date") or r.get("published") or "", r["id"], e) for r in records for e in r["events"]]
    for d, aid, e in sorted(events, key=lambda x: (x[0], x[1], x[2]["span"][0]))[:limit]:
        neg = " (neg)" if e["negated"] else ""
        et.add_row(d, aid[:18], _actor(e["source"]), e["cameo"] + neg, e["plover"]["type"] or "—", _actor(e["target"]), f"{e['goldstein']:+.1f}", e["trigger"])
    console.print(et)

    qt = Table(title="Quotes")
    for col in ("article", "speaker", "verb", "kind", "statement", "quote"):
        qt.add_column(col, overflow="fold")
    for r in records:
        for q in r["quotes"][:limit]:
            qt.add_row(
                r["id"][:18],
                _actor(q["speaker"]) if q["speaker"] else "[italic]unknown[/italic]",
                q["verb"] or "",
                "direct" if q["direct"] else "reported",
                q.get("statement") or "",
                q["quote"][:160],
            )
    console.print(qt)
    failures = store.failures()
    if failures:
        ft = Table(title="Inputs that could not be analysed")
        ft.add_column("source")
        ft.add_column("reason", overflow="fold")
        for f in failures[-50:]:
            ft.add_row(f.source + (f":{f.line}" if f.line else ""), f.reason)
        console.print(ft)
