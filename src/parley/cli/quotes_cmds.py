"""`parley quotes`: the statements in the store with speaker, wordings and sources.

Registered from cli/main.py with `register(app)`; the work is `parley.quotes.matching.statements`.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from parley.config import Settings
from parley.core import Parley
from parley.errors import ParleyError
from parley.quotes.matching import Statement, Wording, statements

DbOpt = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy URL of the store (default sqlite:///parley.db)")]  # noqa: UP045
SpeakerOpt = Annotated[Optional[str], typer.Option("--speaker", help="only statements whose speaker name contains NAME (accents and case ignored)")]  # noqa: UP045


def _parley(db: str | None = None) -> Parley:
    return Parley(Settings.from_env(db=db))


def _console() -> Console:
    # «» keep the differing words visible when the output is not a terminal (no colours)
    return Console() if sys.stdout.isatty() else Console(width=160)


def quotes(speaker: SpeakerOpt = None, db: DbOpt = None) -> None:
    """List statements: speaker, each wording (words that differ from the first marked «»), article and outlet."""
    try:
        found = statements(_parley(db).records(), speaker=speaker)
    except ParleyError as e:
        Console(stderr=True).print(f"[red]error:[/red] {escape(str(e))}")
        raise typer.Exit(2) from e
    out = _console()
    if not found:
        out.print("no statements" + (f" by {escape(speaker)}" if speaker else ""))
        return
    for st in sorted(found, key=lambda s: (s.speaker or "~", -len(s.wordings), s.id)):
        out.print(_heading(st))
        for w in st.wordings:
            out.print(_line(w))


def _heading(st: Statement) -> str:
    who = escape(st.speaker) if st.speaker else "[dim]speaker unknown[/dim]"
    return f"[bold]{escape(st.id)}[/bold]  {who}  ({len(st.wordings)} wording(s), {len(st.outlets)} source(s))"


def _line(w: Wording) -> str:
    text, pos, parts = w.text, 0, []
    for s, e in sorted(w.differs):
        parts += [escape(text[pos:s]), f"[bold red]«{escape(text[s:e])}»[/bold red]"]
        pos = e
    parts.append(escape(text[pos:]))
    kind = "direct" if w.direct else "reported"
    return f"  {w.similarity:5.1f}  {escape(w.outlet or '-')} / {escape(w.article_id)} ({kind}): “{''.join(parts)}”"


def register(app: typer.Typer) -> None:
    """Add `parley quotes` to the application."""
    app.command("quotes")(quotes)
