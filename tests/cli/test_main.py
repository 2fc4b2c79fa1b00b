"""The CLI through Typer's runner: analyse, report, bad input, idempotence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import main as cli
from parley.config import Settings
from parley.core import Parley
from parley.pipeline import Pipeline
from tests.conftest import SEED_A, SEED_B, needs_seeds, write

runner = CliRunner()


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    def make(db: str | None = None, model: str | None = None, **kw: object) -> Parley:
        return Parley(Settings.from_env(db=db, model=model, **kw), pipeline=pipeline)

    monkeypatch.setattr(cli, "_parley", make)


@needs_seeds
def test_analyze_writes_out_and_store(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "out.jsonl"
    r = runner.invoke(cli.app, ["analyze", str(SEED_A), str(SEED_B), "--db", db_url, "--out", str(out)])
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert {rec["id"] for rec in recs} == {SEED_A.stem, SEED_B.stem}
    for rec in recs:
        assert set(rec) >= {"id", "title", "outlet", "published", "events", "quotes"}
        for e in rec["events"]:
            assert set(e) >= {"sentence", "span", "text", "source", "target", "cameo", "goldstein", "quad_class", "plover", "negated", "confidence", "rule"}
            assert set(e["source"]) >= {"text", "name", "code", "country", "sector"}
        for q in rec["quotes"]:
            assert set(q) >= {"quote", "span", "speaker", "speaker_span", "verb", "direct", "sentence"}
            text = (SEED_A if rec["id"] == SEED_A.stem else SEED_B).read_text(encoding="utf-8")
            assert text[q["span"][0] : q["span"][1]] == q["quote"]  # offsets into the original
    report = runner.invoke(cli.app, ["report", "--db", db_url])
    assert report.exit_code == 0 and "Events by date" in report.output and "Pete Hegseth" in report.output


@needs_seeds
def test_reanalysis_is_idempotent(tmp_path: Path, db_url: str) -> None:
    args = ["analyze", str(SEED_B), "--db", db_url]
    runner.invoke(cli.app, args)
    r = runner.invoke(cli.app, args)
    assert r.exit_code == 0 and "unchanged 1" in r.output
    counts = Parley(Settings(db=db_url)).store.counts()
    assert counts["articles"] == 1


@needs_seeds
def test_bad_inputs_keep_what_was_stored(tmp_path: Path, db_url: str) -> None:
    runner.invoke(cli.app, ["analyze", str(SEED_B), "--db", db_url])
    before = Parley(Settings(db=db_url)).store.counts()
    bad = tmp_path / "bad"
    write(bad / "empty.txt", "")
    write(bad / "binary.txt", b"\x00\xff\x00\x10")
    write(bad / "latin.txt", "Caf\xe9".encode("latin-1"))
    write(bad / "lines.jsonl", '{"id": "good", "text": "Russia and Ukraine exchanged prisoners on Friday."}\n{oops\n')
    write(bad / "page.html", "<html><body><script>while(true){}</script><p>" + "Talks resumed in Geneva, diplomats said. " * 5 + "</p></body></html>")
    r = runner.invoke(cli.app, ["analyze", str(bad), "--db", db_url])
    assert r.exit_code == 0, r.output  # something was processed
    assert "empty.txt" in r.output and "binary" in r.output and "UTF-8" in r.output and "lines.jsonl:2" in r.output
    after = Parley(Settings(db=db_url)).store.counts()
    assert after["articles"] >= before["articles"] + 1 and after["events"] >= before["events"]
    assert after["errors"] >= 4
    rec_ids = {rec["id"] for rec in Parley(Settings(db=db_url)).store.records()}
    assert SEED_B.stem in rec_ids and "good" in rec_ids


def test_nothing_processed_exits_non_zero(tmp_path: Path, db_url: str) -> None:
    empty = write(tmp_path / "empty.txt", "   \n")
    r = runner.invoke(cli.app, ["analyze", str(empty), "--db", db_url])
    assert r.exit_code == 1 and "empty" in r.output


@needs_seeds
def test_huge_file_is_skipped_with_message(tmp_path: Path, db_url: str) -> None:
    big = tmp_path / "huge.txt"
    with big.open("w") as fh:
        for _ in range(50):
            fh.write("The ministers met again and talked. " * 28_000 + "\n")
    assert big.stat().st_size > 50_000_000
    r = runner.invoke(cli.app, ["analyze", str(big), str(SEED_B), "--db", db_url])
    assert r.exit_code == 0 and "huge.txt" in r.output and "--max-file-mb" in r.output


def test_stdin_jsonl(db_url: str) -> None:
    r = runner.invoke(cli.app, ["analyze", "-", "--db", db_url], input='{"id": "s1", "text": "France condemned the attack on Tuesday."}\n')
    assert r.exit_code == 0, r.output
    assert "analysed 1" in r.output


def test_settings_lists_everything() -> None:
    r = runner.invoke(cli.app, ["settings"])
    assert r.exit_code == 0 and "db" in r.output and "PARLEY_MODEL" in r.output


def test_learned_actors_are_kept_with_their_article(tmp_path: Path, db_url: str) -> None:
    art = write(
        tmp_path / "riga.txt",
        "Talks in Riga\nFebruary 12, 2025\n"
        "Estonian Foreign Minister Jaan Kerstmaa met his Latvian counterpart. Kerstmaa said the Baltic states would spend more.\n",
    )
    assert runner.invoke(cli.app, ["analyze", str(art), "--db", db_url]).exit_code == 0
    r = runner.invoke(cli.app, ["actors", "list", "--learned", "--db", db_url])
    assert r.exit_code == 0 and "Jaan Kerstmaa\tESTGOV" in r.output and "riga" in r.output
