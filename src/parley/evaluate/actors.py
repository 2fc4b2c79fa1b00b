"""`parley evaluate actors`: country and sector accuracy of actor resolution on gold mentions.

Gold format (JSONL): {"context", "mention", "date", "country", "sector", "category"} where
country is ISO alpha-3, a CAMEO region code, "IGO", or null for a non-actor, and sector a
CAMEO agent code or null.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parley.evaluate.common import ratio, read_gold
from parley.ingest.normalize import normalize
from parley.model import Mention
from parley.pipeline import Pipeline
from parley.quotes.marks import quote_spans


@dataclass(slots=True)
class ActorScores:
    n: int = 0
    country_ok: int = 0
    sector_ok: int = 0
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        return ratio(self.country_ok, self.n)

    @property
    def sector_accuracy(self) -> float:
        return ratio(self.sector_ok, self.n)


def predicted_country(m: Mention | None) -> str | None:
    if m is None or not m.actor.code:
        return None
    if m.actor.code.startswith("IGO") or m.actor.kind == "igo":
        return "IGO"
    return m.actor.country or m.actor.code[:3]


def predicted_sector(m: Mention | None) -> str | None:
    if m is None or not m.actor.code or m.actor.code.startswith("IGO"):
        return None
    return m.actor.sector[0] if m.actor.sector else None


def resolve_mention(pipeline: Pipeline, context: str, mention: str, on: date | None) -> Mention | None:
    """The actor Parley gives the gold mention in its context (best-overlapping span)."""
    norm = normalize(context)
    doc = pipeline.nlp(norm.text)
    actors = pipeline.resolver.resolve(doc, norm, on=on, quote_ranges=quote_spans(norm.text))
    start = context.find(mention)
    end = start + len(mention)
    # the mention overlapping the gold span most and, of equal overlap, the one with the
    # least text outside it ("Georgia" in "Georgia's prime minister" is the country)
    best, best_key = None, (0, 0)
    for tok in doc:
        for m in actors.for_token(tok):
            overlap = min(end, m.end) - max(start, m.start)
            key = (overlap, -((m.end - m.start) - overlap))
            if overlap > 0 and (best is None or key > best_key):
                best, best_key = m, key
    return best


def evaluate_actors(pipeline: Pipeline, gold_path: Path | None = None) -> ActorScores:
    scores = ActorScores()
    for item in read_gold(gold_path, "actors.jsonl"):
        on = date.fromisoformat(item["date"]) if item.get("date") else None
        m = resolve_mention(pipeline, item["context"], item["mention"], on)
        country, sector = predicted_country(m), predicted_sector(m)
        c_ok = country == item.get("country")
        s_ok = c_ok and (sector == item.get("sector") or item.get("country") is None)
        scores.n += 1
        scores.country_ok += c_ok
        scores.sector_ok += s_ok
        cat = scores.by_category[item.get("category", "")]
        cat[0] += 1
        cat[1] += c_ok
        cat[2] += s_ok
        if not (c_ok and s_ok):
            scores.errors.append(
                {
                    "id": item.get("id"),
                    "mention": item["mention"],
                    "gold": (item.get("country"), item.get("sector")),
                    "got": (country, sector),
                    "rule": m.rule if m else None,
                }
            )
    return scores
