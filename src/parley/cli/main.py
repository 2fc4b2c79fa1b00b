"""`parley` — thin commands over the library. Only this module exits the process."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parley.cli import quotes_cmds, stories_cmds
from parley.config import Settings, settings_help
from parley.core import Parley
from parley.errors import ParleyError

app = typer.Typer(help="Parley: who did what to whom and who said what, with sources.", no_args_is_help=True, pretty_exceptions_enable=False)
err = Console(stderr=True)
# reports piped to a file or pager stay readable: wide tables rather than 80 columns
out = Console() if sys.stdout.isatty() else Console(width=160)

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


actors_app = typer.Typer(help="Resolve, list and import actors.", no_args_is_help=True)
evaluate_app = typer.Typer(help="Score Parley against gold files (the project's own sets by default).", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
app.add_typer(evaluate_app, name="evaluate")
quotes_cmds.register(app)
stories_cmds.register(app)
stories_cmds.register_evaluate(evaluate_app)


@actors_app.command("resolve")
def actors_resolve(
    text: Annotated[str, typer.Argument(help="text in which to resolve actor mentions")],
    on: Annotated[Optional[str], typer.Option("--date", help="the date of the text, YYYY-MM-DD")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per mention")] = False,
    model: ModelOpt = None,
) -> None:
    """Resolve the actors mentioned in TEXT (on the office holders of --date)."""
    import json
    from datetime import date as _date

    from parley.actors.api import resolve_text

    try:
        day = _date.fromisoformat(on) if on else None
    except ValueError:
        err.print(f"[red]error:[/red] --date {on!r} is not YYYY-MM-DD")
        raise typer.Exit(2) from None
    try:
        found = resolve_text(_parley(model=model).pipeline, text, on=day)
    except ParleyError as e:
        _fail(e)
        return
    for m in found:
        if as_json:
            typer.echo(json.dumps(m.to_dict(), ensure_ascii=False))
        else:
            out.print(f"{m.text!r} → {m.actor.name} [{m.actor.code or '?'}] ({m.rule})")


@actors_app.command("list")
def actors_list(
    kind: Annotated[Optional[str], typer.Option(help="country | region | igo | person | agent | seat")] = None,  # noqa: UP045
    on: Annotated[Optional[str], typer.Option("--date", help="show people's office on this date")] = None,  # noqa: UP045
    learned: Annotated[bool, typer.Option("--learned", help="list identities that articles stated, with the article as evidence")] = False,
    db: DbOpt = None,
) -> None:
    """List the actors the knowledge base knows (or, with --learned, what the store learned)."""
    from datetime import date as _date

    from parley.actors.api import list_actors

    if learned:
        try:
            rows = _parley(db).store.learned_actors()
        except ParleyError as e:
            _fail(e)
            return
        for name, code, text, article_id in rows:
            typer.echo(f"{name}\t{code}\t{text!r}\t{article_id}")
        return
    day = _date.fromisoformat(on) if on else None
    for row in list_actors(kind=kind, on=day):
        typer.echo("\t".join(row))


@actors_app.command("import")
def actors_import(
    file: Annotated[Path, typer.Argument(help="YAML/CSV dictionary or PETRARCH/TABARI .actors/.agents file")],
    db: DbOpt = None,
) -> None:
    """Check a user dictionary and keep it in the store; its entries win over built-in ones."""
    try:
        n = _parley(db).import_dictionary(file)
    except ParleyError as e:
        _fail(e)
        return
    err.print(f"imported {n} entries from {file}")


@evaluate_app.command("actors")
def evaluate_actors_cmd(
    gold: Annotated[Path | None, typer.Argument(help="gold JSONL (default: the project's own set)")] = None,
    model: ModelOpt = None,
    show_errors: bool = False,
) -> None:
    """Country and sector accuracy of actor resolution."""
    from parley.evaluate.actors import evaluate_actors

    try:
        s = evaluate_actors(_parley(model=model).pipeline, gold)
    except ParleyError as e:
        _fail(e)
        return
    out.print(f"actors: n={s.n} country accuracy={s.country_accuracy:.3f} sector accuracy={s.sector_accuracy:.3f}")
    for cat, (n, c, sec) in sorted(s.by_category.items()):
        out.print(f"  {cat:<14} n={n:<4} country={c / n:.3f} sector={sec / n:.3f}")
    if show_errors:
        for problem in s.errors:
            out.print(f"  [dim]{problem}[/dim]")


@evaluate_app.command("quotes")
def evaluate_quotes_cmd(
    gold: Annotated[Path | None, typer.Argument(help="gold JSONL (default: the project's own set)")] = None,
    model: ModelOpt = None,
    show_errors: bool = False,
) -> None:
    """Quote-span precision/recall/F1 (direct and reported) and speaker accuracy."""
    from parley.evaluate.quotes import evaluate_quotes

    try:
        s = evaluate_quotes(_parley(model=model).pipeline, gold)
    except ParleyError as e:
        _fail(e)
        return
    for name, prf in (("all", s.all), ("direct", s.direct), ("reported", s.reported)):
        out.print(f"quotes {name:<8} precision={prf.precision:.3f} recall={prf.recall:.3f} F1={prf.f1:.3f} (tp={prf.tp} fp={prf.fp} fn={prf.fn})")
    out.print(f"speaker accuracy={s.speaker_accuracy:.3f} ({s.speaker_ok}/{s.speaker_n} matched quotes)")
    if show_errors:
        for problem in s.errors:
            out.print(f"  [dim]{problem}[/dim]")


@evaluate_app.command("events")
def evaluate_events_cmd(
    gold: Annotated[Optional[Path], typer.Argument(help="gold JSONL (default: the project's own set)")] = None,  # noqa: UP045
    model: ModelOpt = None,
    show_errors: bool = False,
    confusion: Annotated[bool, typer.Option(help="print the root-code confusion table")] = True,
) -> None:
    """Event precision/recall/F1: strict, lenient, by root code, with a confusion table."""
    from parley.evaluate.events import confusion_table, evaluate_events

    try:
        s = evaluate_events(_parley(model=model).pipeline, gold)
    except ParleyError as e:
        _fail(e)
        return
    out.print(f"events on {s.items} gold items")
    for name, c in (("strict (source+target+code)", s.strict), ("lenient (countries+root)", s.lenient), ("root codes per sentence", s.root_f1_micro)):
        out.print(f"  {name:<30} precision={c.precision:.3f} recall={c.recall:.3f} F1={c.f1:.3f} (tp={c.tp} fp={c.fp} fn={c.fn})")
    out.print("  by root (lenient):")
    for root, c in sorted(s.by_root.items()):
        out.print(f"    {root}  P={c.precision:.2f} R={c.recall:.2f} F1={c.f1:.2f} (tp={c.tp} fp={c.fp} fn={c.fn})")
    if confusion:
        from rich.table import Table

        rows = confusion_table(s)
        table = Table(title="root-code confusion (lenient misses and extras)")
        for col in rows[0]:
            table.add_column(col, justify="right")
        for row in rows[1:]:
            table.add_row(*row)
        out.print(table)
    if show_errors:
        for problem in s.errors:
            out.print(f"  [dim]{problem}[/dim]")


train_app = typer.Typer(help="Learn from your own gold labels.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("events")
def train_events_cmd(
    gold: Annotated[Optional[Path], typer.Argument(help="gold JSONL in the format of `parley evaluate events` (default: the project's set)")] = None,  # noqa: UP045
    out_path: Annotated[Optional[Path], typer.Option("--out", help="where to save the re-ranker (default: the reranker setting)")] = None,  # noqa: UP045
    folds: Annotated[int, typer.Option(help="cross-validation folds for the printed scores")] = 5,
    model: ModelOpt = None,
) -> None:
    """Fit the event re-ranker on gold labels; print cross-validated scores before and after."""
    from parley.evaluate.train import train_events

    p = _parley(model=model)
    try:
        r = train_events(p.pipeline, gold, out=out_path or p.settings.reranker, folds=folds)
    except ParleyError as e:
        _fail(e)
        return
    out.print(f"{r.samples} candidate events ({r.positives} correct) from the coder; {r.folds}-fold cross-validation:")
    for name, s in (("coder alone", r.baseline), ("with re-ranker", r.reranked)):
        c, root = s.lenient, s.root_f1_micro
        out.print(f"  {name:<15} lenient P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}; strict F1={s.strict.f1:.3f}; root F1={root.f1:.3f}")
    out.print(f"saved to {r.path}; `parley analyze` uses it while the file exists")


def main() -> None:
    try:
        app()
    except ParleyError as e:  # pragma: no cover - safety net for errors raised outside commands
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)


if __name__ == "__main__":
    main()
