"""`parley train events`: fit the re-ranker on gold labels and report cross-validated scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from parley.errors import ConfigError
from parley.evaluate.common import read_gold
from parley.evaluate.events import EventScores, lenient_key, predicted_keys, score_item
from parley.events.rerank import Reranker, fit
from parley.model import Article, Event
from parley.pipeline import Pipeline, analyze_batch


@dataclass(slots=True)
class TrainResult:
    samples: int
    positives: int
    baseline: EventScores
    reranked: EventScores
    folds: int
    path: Path


def _candidates(pipeline: Pipeline, items: list[dict[str, Any]]) -> list[list[Event]]:
    arts = [
        Article(id=str(it.get("id", n)), text=it["text"], published=date.fromisoformat(it["date"]) if it.get("date") else None) for n, it in enumerate(items)
    ]
    reranker, pipeline.reranker = pipeline.reranker, None  # train on the coder's raw output
    try:
        return [[] if isinstance(r, Exception) else r.events for _, r in analyze_batch(arts, pipeline)]
    finally:
        pipeline.reranker = reranker


def _labelled(events: list[Event], gold: list[dict[str, Any]]) -> list[tuple[Event, bool]]:
    wanted = [lenient_key(g.get("source"), g.get("target"), str(g["cameo"])) for g in gold]
    out = []
    for e, key in zip(events, predicted_keys(events), strict=True):
        k = lenient_key(*key)
        ok = k in wanted
        if ok:
            wanted.remove(k)
        out.append((e, ok))
    return out


def train_events(pipeline: Pipeline, gold_path: Path | None, *, out: Path, folds: int = 5) -> TrainResult:
    """Fit on all gold items and save; score with `folds`-fold cross-validation first."""
    items = read_gold(gold_path, "events.jsonl")
    cands = _candidates(pipeline, items)
    baseline, reranked = EventScores(), EventScores()
    for k in range(folds):
        train = [s for i, (ev, it) in enumerate(zip(cands, items, strict=True)) if i % folds != k for s in _labelled(ev, it.get("events", []))]
        try:
            model: Reranker | None = fit(train)
        except ConfigError:
            model = None  # a fold without both labels: the coder's output stands
        for i, (ev, it) in enumerate(zip(cands, items, strict=True)):
            if i % folds == k:
                score_item(baseline, it.get("events", []), ev, str(it.get("id")))
                score_item(reranked, it.get("events", []), model.keep(ev) if model else ev, str(it.get("id")))
    samples = [s for ev, it in zip(cands, items, strict=True) for s in _labelled(ev, it.get("events", []))]
    final = fit(samples)
    final.save(out)
    return TrainResult(samples=len(samples), positives=sum(ok for _, ok in samples), baseline=baseline, reranked=reranked, folds=folds, path=out)
