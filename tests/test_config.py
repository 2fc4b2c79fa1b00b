from pathlib import Path

import pytest

from parley.config import Settings, settings_help


def test_environment_and_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_BATCH_SIZE", "4")
    monkeypatch.setenv("PARLEY_RERANKER", "/tmp/x.joblib")
    s = Settings.from_env(db="sqlite:///x.db", model=None)
    assert s.batch_size == 4 and s.db == "sqlite:///x.db" and s.model == "en_core_web_md"
    assert s.reranker == Path("/tmp/x.joblib")


def test_every_setting_has_help() -> None:
    assert all(text for _name, _default, text in settings_help())
