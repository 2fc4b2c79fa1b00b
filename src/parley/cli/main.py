"""`parley` — thin commands over the library. Only this module exits the process."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parley.config import Settings, settings_help
from parley.core import Parley
from parley.errors import ParleyError

app = typer.Typer(help="Parley: who did what to whom and who said what, with sources.", no_args_is_help=True, pretty_exceptions_enable=False)
err = Console(stderr=True)
out = Console()

DbOpt = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy URL of the store (default sqlite:///parley.db)")]  # noqa: UP045
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy model name or path")]  # noqa: UP045


def _parley(db: str | None = None, model: str | None = None, **kw: object) -> Parley:
    return Parley(Settings.from_env(db=db, model=model, **kw))


def _fail(e: ParleyError) -> None:
    err.print(f"[red]error:[/red] {e}")
    raise typer.Exit(2)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files, directories, or - for JSONL on stdin")],
    db: DbOpt = None,
    out_file: Annotated[Optional[Path], typer.Option("--out", help="write one JSON object per article (the stable interface)")] = None,  # noqa: UP045
    model: ModelOpt = None,
    max_file_mb: Annotated[Optional[float], typer.Option("--max-file-mb", help="largest single file/record accepted")] = None,  # noqa: UP045
    force: Annotated[bool, typer.Option("--force", help="re-analyse articles even when unchanged")] = False,
) -> None:
    """Analyse news reports into the store (and optionally a JSONL file)."""
    try:
        p = _parley(db, model, max_file_mb=max_file_mb)
        _ = p.store  # open (and migrate) the store before the slow model load
        _ = p.pipeline
        fh = out_file.open("w", encoding="utf-8") if out_file else None
        try:
            with Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True) as bar:
                task = bar.add_task("analyse", total=None)
                result = p.analyze_paths(paths, out=fh, progress=lambda n: bar.advance(task, n), force=force)
        finally:
            if fh:
                fh.close()
    except ParleyError as e:
        _fail(e)
        return
    for f in result.failures:
        where = f.source + (f":{f.line}" if f.line and f":{f.line}" not in f.source else "")
        err.print(f"[yellow]skipped[/yellow] {where}: {f.reason}")
    err.print(f"analysed {len(result.analyzed)}, unchanged {len(result.unchanged)}, failed {len(result.failures)} → {p.settings.db}")
    if result.processed == 0:
        raise typer.Exit(1)


@app.command()
def report(db: DbOpt = None, limit: Annotated[int, typer.Option(help="rows per table")] = 200) -> None:
    """Print a readable summary of the store: articles, actors, events by date, quotes."""
    from parley.report import print_report

    try:
        print_report(_parley(db).store, out, limit=limit)
    except ParleyError as e:
        _fail(e)


@app.command("settings")
def show_settings() -> None:
    """List every setting with its default and meaning."""
    for name, default, text in settings_help():
        out.print(f"[bold]{name}[/bold] (default {default}, env PARLEY_{name.upper()}): {text}")


def main() -> None:
    try:
        app()
    except ParleyError as e:  # pragma: no cover - safety net for errors raised outside commands
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)


if __name__ == "__main__":
    main()
