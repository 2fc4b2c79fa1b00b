"""Shared fixtures: the seed reports, one loaded pipeline per test session, a temp store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.config import Settings
from parley.core import Parley
from parley.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def _find_seeds() -> Path:
    """The seed reports live beside the project in ../shared/seeds (PARLEY_SEEDS overrides)."""
    if os.environ.get("PARLEY_SEEDS"):
        return Path(os.environ["PARLEY_SEEDS"])
    for parent in ROOT.parents:
        cand = parent / "shared" / "seeds"
        if cand.is_dir():
            return cand
    return ROOT.parent / "shared" / "seeds"


SEEDS = _find_seeds()
SEED_A = SEEDS / "000_8fce114dfaf812e8.txt"
SEED_B = SEEDS / "002_b699c7c479d8d77e.txt"
EXAMPLES = ROOT / "examples" / "corpus"


# The seed reports live beside the project (../shared/seeds); tests that read them are
# marked so that a checkout without them says so instead of failing on a missing file.
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed reports not found at {SEEDS}; set PARLEY_SEEDS")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'parley.db'}"


@pytest.fixture
def parley(db_url: str, pipeline: Pipeline) -> Parley:
    return Parley(Settings(db=db_url), pipeline=pipeline)


@pytest.fixture(scope="session")
def seed_records(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:  # type: ignore[type-arg]
    """The --out records of both seeds, analysed once per session."""
    import io

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    p = Parley(Settings(db=f"sqlite:///{db}"), pipeline=pipeline)
    buf = io.StringIO()
    p.analyze_paths([str(SEED_A), str(SEED_B)], out=buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    return {r["id"]: r for r in recs}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def tmp_inputs(tmp_path: Path) -> Iterator[Path]:
    d = tmp_path / "inputs"
    d.mkdir()
    yield d
