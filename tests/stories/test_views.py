from __future__ import annotations

from pathlib import Path

import pytest

from parley.core import Parley
from parley.errors import InputError
from parley.stories.views import compare, list_stories, story_view

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(pipeline, tmp_path_factory: pytest.TempPathFactory) -> Parley:  # type: ignore[no-untyped-def]
    from parley.config import Settings

    p = Parley(Settings(db=f"sqlite:///{tmp_path_factory.mktemp('v6') / 'c.db'}"), pipeline=pipeline)
    p.analyze_paths([str(ROOT / "examples" / "corpus" / "feb2025.jsonl")])
    return p


def test_story_view_and_reprint(corpus: Parley) -> None:
    (sid, n, _title), *_ = list_stories(corpus.store)
    assert n == 7
    view = story_view(corpus.store, sid)
    assert {a["id"]: a["copy_of"] for a in view.articles}["gazette-001"] == "meridian-001"
    assert any(f["status"] == "corroborated" for f in view.events)
    assert any(c["key"] == "duration" and "ledger-001" in (c["a"]["article"], c["b"]["article"]) for c in view.contradictions)


def test_compare_two_outlets(corpus: Parley) -> None:
    c = compare(corpus.store, "meridian-001", "ledger-001")
    assert c.both and c.quotes
    assert any(d["key"] == "duration" for d in c.disagreements)
    with pytest.raises(InputError):
        compare(corpus.store, "meridian-001", "nope")
