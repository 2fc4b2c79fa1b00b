"""`parley story`, `parley compare` and `parley evaluate stories`: thin faces over parley.stories.

Registered from cli/main.py with `register(app)` and `register_evaluate(evaluate_app)`.
"""

from __future__ import annotations

from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape

from parley.errors import ParleyError

DbOpt = Annotated[Optional[str], typer.Option("--db", help="SQLAlchemy URL of the store (default sqlite:///parley.db)")]  # noqa: UP045


def _console() -> Console:
    import sys

    return Console() if sys.stdout.isatty() else Console(width=160)


def _store(db: str | None) -> Any:
    from parley.config import Settings
    from parley.core import Parley

    return Parley(Settings.from_env(db=db)).store


def _fail(e: ParleyError) -> None:
    Console(stderr=True).print(f"[red]error:[/red] {escape(str(e))}")
    raise typer.Exit(2)


def _marked(words: list[tuple[str, bool]]) -> str:
    # «» keep the marks visible when the output is not a terminal (no colours)
    return " ".join(f"[bold red]«{escape(w)}»[/bold red]" if diff else escape(w) for w, diff in words)


def story(story_id: Annotated[Optional[str], typer.Argument(help="story id (omit to list the stories)")] = None, db: DbOpt = None) -> None:  # noqa: UP045
    """A story's timeline of aligned events with status and sources, its statements side by side, its outlets."""
    from parley.stories.views import list_stories, story_view

    out = _console()
    try:
        store = _store(db)
        if story_id is None:
            for sid, n, title in list_stories(store):
                out.print(f"{sid}  {n:>3} article(s)  {escape(title)}")
            return
        view = story_view(store, story_id)
    except ParleyError as e:
        _fail(e)
        return
    out.print(f"[bold]story {view.story_id}[/bold]: {len(view.articles)} article(s)")
    for a in view.articles:
        copy = f" (copy of {a['copy_of']})" if a["copy_of"] else ""
        out.print(f"  {a['published'] or '?'}  {escape(a['id'])}  {escape(a['outlet'] or '-')}  {escape(a['title'] or '')}{copy}")
    out.print("[bold]outlets[/bold]: " + ", ".join(f"{escape(o)} ({n})" for o, n in sorted(view.outlets.items())))
    out.print("[bold]timeline[/bold]")
    for f in view.events:
        arts = ", ".join(sorted({m["article"] for m in f["mentions"]}))
        status = f"[{_style(f['status'])}]{f['status']}[/]"
        out.print(f"  {f['date'] or '?'}  {escape(f['label'])}  {status}  articles={f['n_articles']} sources={f['n_sources']}  ({escape(arts)})")
    out.print("[bold]statements[/bold]")
    for f, ws in view.statements:
        out.print(f"  {escape(f['label'])}  [{_style(f['status'])}]{f['status']}[/]  articles={f['n_articles']} sources={f['n_sources']}")
        for w in ws:
            tag = " (restated in its recap block)" if w.restated else ""
            out.print(f"    {escape(w.outlet)} [{escape(w.article_id)}]{tag}: {_marked(w.marked)}")
    _print_contradictions(out, view.contradictions)


def _style(status: str) -> str:
    return {"corroborated": "green", "contradicted": "red"}.get(status, "yellow")


def _print_contradictions(out: Console, items: list[dict[str, Any]]) -> None:
    out.print("[bold]disagreements[/bold]" + ("" if items else ": none found"))
    for c in items:
        a, b = c["a"], c["b"]
        left = f"{escape(a['article'])} {a['span']} {escape(a['text'])!r}"
        right = f"{escape(b['article'])} {b['span']} {escape(b['text'])!r}"
        out.print(f"  {c['kind']} ({escape(c['key'])}): {left}  ≠  {right}")


def compare(
    a: Annotated[str, typer.Argument(help="first article id")],
    b: Annotated[str, typer.Argument(help="second article id")],
    db: DbOpt = None,
) -> None:
    """What two articles both report, what only one reports, where they disagree, quote wordings side by side."""
    from parley.stories.views import compare as compare_articles

    out = _console()
    try:
        c = compare_articles(_store(db), a, b)
    except ParleyError as e:
        _fail(e)
        return
    for title, facts in (("both report", c.both), (f"only {a}", c.only_a), (f"only {b}", c.only_b)):
        out.print(f"[bold]{escape(title)}[/bold]: {len(facts)}")
        for f in facts:
            out.print(f"  {f['date'] or '?'}  {escape(f['label'])}  {f['status']}")
    _print_contradictions(out, c.disagreements)
    out.print("[bold]quotes side by side[/bold]" + ("" if c.quotes else ": none shared"))
    for f, ws in c.quotes:
        out.print(f"  {escape(f['label'])}")
        for w in ws:
            out.print(f"    {escape(w.article_id)}: {_marked(w.marked)}")


def evaluate_stories_cmd(show_errors: bool = False) -> None:
    """Story clustering (B-cubed, pairwise), reprint detection and contradiction detection on the project's set."""
    from parley.evaluate.stories import evaluate_stories

    out = _console()
    try:
        s = evaluate_stories()
    except ParleyError as e:
        _fail(e)
        return
    out.print(f"stories: articles={s.n_articles} gold stories={s.n_stories} predicted stories={s.n_predicted}")
    out.print(f"clustering B-cubed precision={s.bcubed_p:.3f} recall={s.bcubed_r:.3f} F1={s.bcubed_f1:.3f}")
    out.print(f"clustering pairwise precision={s.pair_p:.3f} recall={s.pair_r:.3f} F1={s.pair_f1:.3f}")
    r = s.reprints
    out.print(f"reprints precision={r.precision:.3f} recall={r.recall:.3f} (tp={r.tp} fp={r.fp} fn={r.fn})")
    counts = f"predicted={s.contra_pred} matched={s.contra_tp} gold={s.contra_gold} found={s.contra_found}"
    out.print(f"contradictions precision={s.contra_p:.3f} recall={s.contra_r:.3f} ({counts})")
    if show_errors:
        for problem in s.errors:
            out.print(f"  [dim]{escape(problem)}[/dim]")


def register(app: typer.Typer) -> None:
    """Add `parley story` and `parley compare`."""
    app.command("story")(story)
    app.command("compare")(compare)


def register_evaluate(evaluate_app: typer.Typer) -> None:
    """Add `parley evaluate stories`."""
    evaluate_app.command("stories")(evaluate_stories_cmd)
