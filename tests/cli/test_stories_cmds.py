import typer
from typer.testing import CliRunner

from parley.cli.stories_cmds import register, register_evaluate


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    ev = typer.Typer()
    register_evaluate(ev)
    app.add_typer(ev, name="evaluate")
    return app


def test_evaluate_stories_prints_scores() -> None:
    res = CliRunner().invoke(_app(), ["evaluate", "stories"])
    assert res.exit_code == 0
    assert "B-cubed" in res.output and "pairwise" in res.output and "contradictions precision" in res.output


def test_story_and_compare_on_an_empty_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'e.db'}"
    assert CliRunner().invoke(_app(), ["story", "--db", db]).exit_code == 0
    res = CliRunner().invoke(_app(), ["story", "S1", "--db", db])
    assert res.exit_code == 2
    assert CliRunner().invoke(_app(), ["compare", "a", "b", "--db", db]).exit_code == 2
