"""The CAMEO codebook, Goldstein scale, QuadClass and the CAMEO -> PLOVER mapping, as data."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from parley.errors import KnowledgeError
from parley.model import Plover


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: Plover

    @property
    def root(self) -> str:
        return self.code[:2]


class Codebook:
    """Look up CAMEO codes; every code knows its Goldstein value, QuadClass and PLOVER type."""

    def __init__(self, records: list[dict[str, Any]], plover: dict[str, Any]) -> None:
        self.codes: dict[str, Code] = {}
        for rec in records:
            try:
                p = rec.get("plover") or {}
                code = str(rec["code"])
                self.codes[code] = Code(
                    code=code,
                    name=str(rec["name"]),
                    goldstein=float(rec["goldstein"]),
                    quad_class=int(rec["quad_class"]),
                    plover=Plover(type=p.get("type"), mode=p.get("mode"), context=p.get("context")),
                )
            except (KeyError, TypeError, ValueError) as e:
                raise KnowledgeError(f"CAMEO codebook entry {rec!r} is malformed ({e})") from e
        self.plover_types = {t["type"]: t for t in plover.get("types", [])}
        self.plover_contexts = [c["context"] for c in plover.get("contexts", [])]

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> Code:
        """The entry for a code; unknown 4-digit codes fall back to their 3-digit parent."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.codes:
                return self.codes[candidate]
        raise KnowledgeError(f"unknown CAMEO code {code!r}; see `parley codes` for the codebook")

    def roots(self) -> list[Code]:
        return [c for k, c in sorted(self.codes.items()) if len(k) == 2]


def _data(name: str) -> Any:
    ref = resources.files("parley.events") / "data" / name
    try:
        with ref.open("r", encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as e:
        raise KnowledgeError(f"events/data/{name} cannot be read: {e}") from e


def load_codebook() -> Codebook:
    return Codebook(_data("cameo.yaml") or [], _data("plover.yaml") or {})


class Parents:
    """The organisation a body acts for in event records (`events/data/parents.yaml`)."""

    def __init__(self, prefixes: dict[str, str], codes: dict[str, str], agents: dict[str, str] | None = None) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[0]))
        self.codes = codes
        self.agents = agents or {}

    def __call__(self, code: str) -> str:
        if code in self.codes:
            return self.codes[code]
        if len(code) == 6 and code[3:] in self.agents and not code.startswith(("IGO", "NGO")):
            return code[:3] + self.agents[code[3:]]
        return next((parent for prefix, parent in self.prefixes if code.startswith(prefix)), code)


def load_parents() -> Parents:
    ref = resources.files("parley.events") / "data" / "parents.yaml"
    with ref.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return Parents(*({str(k): str(v) for k, v in (data.get(key) or {}).items()} for key in ("prefixes", "codes", "agents")))
