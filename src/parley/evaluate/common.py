"""Shared helpers of the evaluations: reading gold files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from parley.errors import InputError


def read_gold(path: Path | None, bundled: str) -> list[dict[str, Any]]:
    """Gold records from a JSONL file, or the project's own set bundled with the package."""
    if path is None:
        ref = resources.files("parley.evaluate") / "data" / bundled
        text = ref.read_text(encoding="utf-8")
        source = f"parley/evaluate/data/{bundled}"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"cannot read gold file ({e})", source=str(path)) from e
        source = str(path)
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InputError(f"malformed JSON ({e.msg})", source=source, line=n) from e
    return out


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class PRF:
    """True/false positive and false negative counts with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)
