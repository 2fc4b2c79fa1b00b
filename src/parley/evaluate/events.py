"""`parley evaluate events`: precision, recall and F1 of event coding against gold sentences.

Gold format (JSONL), one item per sentence or short passage:

    {"id": "e001", "text": "…", "date": "2025-02-12",
     "events": [{"source": "USAGOV", "target": "RUSGOV", "cameo": "041", "negated": false}]}

`source`/`target` are CAMEO actor codes (country or IGO code plus an optional agent code;
target may be null), `cameo` a CAMEO event code. Three views are scored:
strict (source code + target code + event code), lenient (source country + target country +
root code) and per root code (lenient), with a confusion table of root codes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parley.evaluate.common import PRF, read_gold
from parley.model import Article, Event
from parley.pipeline import Pipeline, analyze_batch


@dataclass(slots=True)
class EventScores:
    strict: PRF = field(default_factory=PRF)
    lenient: PRF = field(default_factory=PRF)
    by_root: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    root_f1_micro: PRF = field(default_factory=PRF)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    items: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)


def _country(code: str | None) -> str:
    if not code:
        return ""
    return code[:3]


def strict_key(source: str | None, target: str | None, cameo: str) -> tuple[str, str, str]:
    return (source or "", target or "", cameo)


def lenient_key(source: str | None, target: str | None, cameo: str) -> tuple[str, str, str]:
    return (_country(source), _country(target), cameo[:2])


def predicted_keys(events: Iterable[Event]) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo) for e in events]


def _match(gold: list[tuple[str, str, str]], pred: list[tuple[str, str, str]]) -> tuple[int, list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    remaining = Counter(pred)
    tp, missed = 0, []
    for g in gold:
        if remaining[g] > 0:
            remaining[g] -= 1
            tp += 1
        else:
            missed.append(g)
    return tp, missed, list(remaining.elements())


def score_item(s: EventScores, gold_events: list[dict[str, Any]], events: list[Event], item_id: str) -> None:
    """Add one gold item and its predicted events to the scores."""
    pred = predicted_keys(events)
    gold = [(g.get("source"), g.get("target"), str(g["cameo"])) for g in gold_events]
    tp, missed, extra = _match([strict_key(*g) for g in gold], [strict_key(*p) for p in pred])
    s.strict.tp += tp
    s.strict.fn += len(missed)
    s.strict.fp += len(extra)
    tp, missed_l, extra_l = _match([lenient_key(*g) for g in gold], [lenient_key(*p) for p in pred])
    s.lenient.tp += tp
    s.lenient.fn += len(missed_l)
    s.lenient.fp += len(extra_l)
    for g in gold:
        key = lenient_key(*g)
        if key not in missed_l:
            s.by_root[key[2]].tp += 1
    for k in missed_l:
        s.by_root[k[2]].fn += 1
    for k in extra_l:
        s.by_root[k[2]].fp += 1
    # root-level scoring for the bar: per-sentence sets of root codes
    g_roots, p_roots = Counter(str(g[2])[:2] for g in gold), Counter(p[2][:2] for p in pred)
    common = sum((g_roots & p_roots).values())
    s.root_f1_micro.tp += common
    s.root_f1_micro.fn += sum(g_roots.values()) - common
    s.root_f1_micro.fp += sum(p_roots.values()) - common
    _confuse(s, missed_l, extra_l)
    if missed or extra:
        s.errors.append({"id": item_id, "missed": missed, "extra": extra})


def _confuse(s: EventScores, missed: list[tuple[str, str, str]], extra: list[tuple[str, str, str]]) -> None:
    extra = list(extra)
    for m in missed:
        # pair a missed gold event with an extra prediction of the same dyad, else of the same source
        same_dyad = next((e for e in extra if e[:2] == m[:2]), None) or next((e for e in extra if e[0] == m[0]), None)
        if same_dyad is not None:
            extra.remove(same_dyad)
            s.confusion[(m[2], same_dyad[2])] += 1
        else:
            s.confusion[(m[2], "none")] += 1
    for e in extra:
        s.confusion[("none", e[2])] += 1


def evaluate_events(pipeline: Pipeline, gold_path: Path | None = None) -> EventScores:
    """Analyse every gold item and score the events found."""
    items = read_gold(gold_path, "events.jsonl")
    articles = [
        Article(id=str(it.get("id", n)), text=it["text"], published=date.fromisoformat(it["date"]) if it.get("date") else None) for n, it in enumerate(items)
    ]
    s = EventScores()
    for (article, result), item in zip(analyze_batch(articles, pipeline), items, strict=True):
        s.items += 1
        events = [] if isinstance(result, Exception) else result.events
        score_item(s, item.get("events", []), events, article.id)
    return s


def confusion_table(s: EventScores) -> list[list[str]]:
    """Rows of the root-code confusion table (gold rows × predicted columns)."""
    labels = sorted({g for g, _ in s.confusion} | {p for _, p in s.confusion}, key=lambda x: (x == "none", x))
    rows = [["gold\\pred", *labels]]
    for g in labels:
        rows.append([g, *[str(s.confusion.get((g, p), "")) for p in labels]])
    return rows
