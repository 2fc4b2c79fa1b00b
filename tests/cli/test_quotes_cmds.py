"""`parley quotes` through Typer's runner over a store holding both seeds."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from parley.cli import quotes_cmds
from parley.config import Settings
from parley.core import Parley
from parley.pipeline import Pipeline
from tests.conftest import SEED_A, SEED_B, needs_seeds

pytestmark = needs_seeds

runner = CliRunner()


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> typer.Typer:
    def make(db: str | None = None) -> Parley:
        return Parley(Settings.from_env(db=db), pipeline=pipeline)

    monkeypatch.setattr(quotes_cmds, "_parley", make)
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    quotes_cmds.register(app)
    return app


def test_quotes_lists_one_statement_in_two_wordings(app: typer.Typer, db_url: str, pipeline: Pipeline) -> None:
    Parley(Settings(db=db_url), pipeline=pipeline).analyze_paths([str(SEED_A), str(SEED_B)])
    r = runner.invoke(app, ["quotes", "--speaker", "Zelensky", "--db", db_url])
    assert r.exit_code == 0, r.output
    assert "Volodymyr Zelensky" in r.output and "2 source(s)" in r.output
    assert "«charting»" in r.output or "«determining»" in r.output
    assert SEED_A.stem in r.output and SEED_B.stem in r.output
    assert "Hegseth" not in r.output


def test_quotes_on_an_empty_store(app: typer.Typer, db_url: str) -> None:
    r = runner.invoke(app, ["quotes", "--speaker", "nobody", "--db", db_url])
    assert r.exit_code == 0 and "no statements" in r.output
