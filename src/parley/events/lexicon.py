"""The verb-pattern lexicon: CAMEO codes triggered by verbs and event nouns with their frames.

Patterns are data (`events/data/verbs.yaml`, plus any user file in the same format):

    "046":
      - {verb: hold, object: [talk, negotiation], prep: [with]}
      - {noun: talk, modifiers: [peace]}
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from parley.errors import KnowledgeError

KEYS = {"verb", "noun", "particle", "object", "prep", "xcomp", "modifiers", "requires", "target", "weak", "id"}


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    code: str
    verb: str = ""
    noun: str = ""
    particle: str = ""
    object: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    target: str = "dobj"
    weak: bool = False
    # How many constraints the pattern has; more specific patterns win. Worked out once
    # here because the coder reads it for every candidate pattern of every verb.
    specificity: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n = sum(bool(x) for x in (self.particle, self.object, self.prep, self.xcomp, self.modifiers, self.requires))
        object.__setattr__(self, "specificity", n)


@dataclass(slots=True)
class Lexicon:
    by_verb: dict[str, list[Pattern]]
    by_noun: dict[str, list[Pattern]]

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_verb.values()) + sum(len(v) for v in self.by_noun.values())

    def patterns(self) -> list[Pattern]:
        return [p for ps in self.by_verb.values() for p in ps] + [p for ps in self.by_noun.values() for p in ps]


def _set(value: Any) -> frozenset[str]:
    if value in (None, ""):
        return frozenset()
    if isinstance(value, str):
        return frozenset({value.lower()})
    return frozenset(str(v).lower() for v in value)


def parse_patterns(data: dict[str, Any], *, origin: str) -> list[Pattern]:
    """Turn the YAML mapping code -> [pattern, ...] into Pattern records, checking keys."""
    out: list[Pattern] = []
    if not isinstance(data, dict):
        raise KnowledgeError(f"{origin}: a pattern file maps CAMEO codes to lists of patterns")
    for code, items in data.items():
        for n, item in enumerate(items or [], 1):
            if not isinstance(item, dict) or bool(item.get("verb")) == bool(item.get("noun")):
                raise KnowledgeError(f"{origin}: pattern {n} of {code} needs exactly one of 'verb' or 'noun'")
            unknown = set(item) - KEYS
            if unknown:
                raise KnowledgeError(f"{origin}: pattern {n} of {code} has unknown keys {sorted(unknown)}")
            head = str(item.get("verb") or item.get("noun")).lower()
            pid = item.get("id") or f"{code}.{head}" + (f".{item['particle']}" if item.get("particle") else "") + f".{n}"
            out.append(
                Pattern(
                    id=f"{origin.rsplit('/', 1)[-1].split('.')[0]}:{pid}",
                    code=str(code),
                    verb=str(item.get("verb") or "").lower(),
                    noun=str(item.get("noun") or "").lower(),
                    particle=str(item.get("particle") or "").lower(),
                    object=_set(item.get("object")),
                    prep=_set(item.get("prep")),
                    xcomp=_set(item.get("xcomp")),
                    modifiers=_set(item.get("modifiers")),
                    requires=_set(item.get("requires")),
                    target=str(item.get("target") or ("prep" if item.get("prep") else "dobj")),
                    weak=bool(item.get("weak")),
                )
            )
    return out


def load_lexicon(extra: list[Path] | None = None, *, known_codes: set[str] | None = None) -> Lexicon:
    """The bundled lexicon plus user pattern files (later files add to earlier ones)."""
    patterns: list[Pattern] = []
    for name in ("verbs.yaml", "core.yaml"):
        ref = resources.files("parley.events") / "data" / name
        if ref.is_file():
            with ref.open("r", encoding="utf-8") as fh:
                patterns += parse_patterns(yaml.safe_load(fh) or {}, origin=name)
    for path in extra or []:
        try:
            patterns += parse_patterns(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, origin=str(path))
        except (OSError, yaml.YAMLError) as e:
            raise KnowledgeError(f"{path}: cannot read the pattern file ({e})") from e
    if known_codes is not None:
        bad = sorted({p.code for p in patterns} - known_codes)
        if bad:
            raise KnowledgeError(f"patterns use codes missing from the CAMEO codebook: {bad[:10]}")
    by_verb: dict[str, list[Pattern]] = defaultdict(list)
    by_noun: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        (by_verb[p.verb] if p.verb else by_noun[p.noun]).append(p)
    for table in (by_verb, by_noun):
        for k in table:
            # most specific first; among equals, user files and core.yaml before verbs.yaml
            table[k].sort(key=lambda p: (-p.specificity, p.weak, p.id.startswith("verbs:")))
    return Lexicon(dict(by_verb), dict(by_noun))
