import sqlite3
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from parley.errors import StoreError
from parley.model import Actor, Article, ArticleAnalysis, Event, Failure, Mention, Plover
from parley.store.db import Store


def _analysis(text: str = "Trump called Putin.") -> ArticleAnalysis:
    art = Article(id="a1", text=text, title="T", outlet="Wire", published=date(2025, 2, 12))
    usa = Mention(
        text="Trump", start=0, end=5, sentence=0, actor=Actor(name="Donald Trump", code="USAGOV", country="USA", sector=("GOV",)), rule="kb.person.kb"
    )
    rus = Mention(
        text="Putin", start=13, end=18, sentence=0, actor=Actor(name="Vladimir Putin", code="RUSGOV", country="RUS", sector=("GOV",)), rule="kb.person.kb"
    )
    ev = Event(
        article_id="a1",
        sentence=0,
        start=6,
        end=12,
        text=text,
        source=usa,
        target=rus,
        cameo="041",
        goldstein=1.0,
        quad_class=1,
        plover=Plover("CONSULT", "phone"),
        rule="test",
        confidence=0.9,
    )
    return ArticleAnalysis(article=art, content_hash=text, mentions=[usa, rus], events=[ev])


def test_sqlite_store_roundtrip_and_wal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    store = Store(url)
    store.save(_analysis())
    assert store.counts()["events"] == 1
    (rec,) = store.records()
    assert rec["events"][0]["source"]["code"] == "USAGOV"
    assert store.is_current("a1", "Trump called Putin.")
    with sqlite3.connect(tmp_path / "p.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = resources.files("parley.store") / "migrations" / "versions"
        newest = max(p.name.split("_")[0] for p in versions.iterdir() if p.name[:4].isdigit())
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == newest


def test_resave_replaces_rows(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    store.save(_analysis())
    store.save(_analysis("Trump called Putin again."))
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 0, "mentions": 2, "errors": 0}
    assert not store.is_current("a1", "Trump called Putin.")


def test_failures_recorded(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    store.record_failure(Failure(source="x.jsonl", line=3, reason="malformed JSON"))
    assert store.failures()[0].line == 3


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        Store("nosuchdialect://nowhere")
