"""`parley evaluate stories`: story clustering, reprint detection and contradiction detection
scored on the project's own set.

Gold: `stories.jsonl` ({id, story, outlet, published, title, text, reprint_of}) and
`contradictions.jsonl` ({story, a, b, kind, a_text, b_text}). Clustering sees only the
texts, titles and dates, never the gold story labels. A predicted contradiction matches a
gold one when it links the same two articles (a reprint standing for its original) and its
two passages overlap the gold passages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from parley.evaluate.common import PRF, f1, ratio, read_gold
from parley.stories.claims import Contradiction, extract_claims, story_contradictions
from parley.stories.dedup import Doc, find_reprints, source_keys
from parley.stories.index import cluster_stories
from parley.stories.linker import place_words


@dataclass(slots=True)
class StoryScores:
    n_articles: int = 0
    n_stories: int = 0
    n_predicted: int = 0
    bcubed_p: float = 0.0
    bcubed_r: float = 0.0
    pair_p: float = 0.0
    pair_r: float = 0.0
    reprints: PRF = field(default_factory=PRF)
    contra_tp: int = 0
    contra_pred: int = 0
    contra_found: int = 0
    contra_gold: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def bcubed_f1(self) -> float:
        return f1(self.bcubed_p, self.bcubed_r)

    @property
    def pair_f1(self) -> float:
        return f1(self.pair_p, self.pair_r)

    @property
    def contra_p(self) -> float:
        return ratio(self.contra_tp, self.contra_pred)

    @property
    def contra_r(self) -> float:
        return ratio(self.contra_found, self.contra_gold)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering against gold labels."""
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for k in gold:
        pc[pred[k]].add(k)
        gc[gold[k]].add(k)
    p = sum(len(pc[pred[k]] & gc[gold[k]]) / len(pc[pred[k]]) for k in gold)
    r = sum(len(pc[pred[k]] & gc[gold[k]]) / len(gc[gold[k]]) for k in gold)
    return ratio(p, len(gold)), ratio(r, len(gold))


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall: pairs of articles put in one story."""
    tp = fp = fn = 0
    for x, y in combinations(sorted(gold), 2):
        same_p, same_g = pred[x] == pred[y], gold[x] == gold[y]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    return ratio(tp, tp + fp), ratio(tp, tp + fn)


def evaluate_stories(gold_path: Path | None = None, contradictions_path: Path | None = None) -> StoryScores:
    """Score clustering, reprints and contradictions on the gold sets (the project's by default)."""
    rows = read_gold(gold_path, "stories.jsonl")
    gold_contra = read_gold(contradictions_path, "contradictions.jsonl")
    docs = [Doc(r["id"], r["text"], r.get("outlet") or "", date.fromisoformat(r["published"]) if r.get("published") else None) for r in rows]
    s = StoryScores(n_articles=len(rows), n_stories=len({r["story"] for r in rows}))
    gold = {r["id"]: r["story"] for r in rows}
    pred = cluster_stories([(d.id, (r.get("title") or "") + "\n" + d.text, d.published) for d, r in zip(docs, rows, strict=True)])
    s.n_predicted = len(set(pred.values()))
    s.bcubed_p, s.bcubed_r = bcubed(pred, gold)
    s.pair_p, s.pair_r = pairwise(pred, gold)
    original_of = find_reprints(docs)
    _score_reprints(s, original_of, {r["id"]: r.get("reprint_of") for r in rows})
    found = _predicted_contradictions(docs, pred, original_of)
    _score_contradictions(s, found, gold_contra, {r["id"]: r["text"] for r in rows}, {r["id"]: r.get("reprint_of") or r["id"] for r in rows})
    return s


def _score_reprints(s: StoryScores, predicted: dict[str, str], gold: dict[str, str | None]) -> None:
    want = {(k, v) for k, v in gold.items() if v}
    got = set(predicted.items())
    s.reprints = PRF(tp=len(got & want), fp=len(got - want), fn=len(want - got))
    s.errors += [f"reprint missed: {k} copies {v}" for k, v in sorted(want - got)] + [f"reprint wrong: {k} -> {v}" for k, v in sorted(got - want)]


def _predicted_contradictions(docs: list[Doc], story_of: dict[str, str], original_of: dict[str, str]) -> list[Contradiction]:
    excluded = place_words()
    source_of = source_keys(docs, original_of)
    by_story: dict[str, dict[str, Any]] = defaultdict(dict)
    for d in docs:
        by_story[story_of[d.id]][d.id] = extract_claims(d.id, d.text, excluded)
    out: list[Contradiction] = []
    for claims in by_story.values():
        out.extend(story_contradictions(claims, source_of))
    return out


def _overlaps(text: str, passage: str, start: int, end: int) -> bool:
    i = text.find(passage)
    return i >= 0 and start < i + len(passage) and i < end


def _matches(c: Contradiction, g: dict[str, Any], texts: dict[str, str], root: dict[str, str]) -> bool:
    for x, y in ((c.a, c.b), (c.b, c.a)):
        if root.get(x.article_id, x.article_id) != root.get(g["a"], g["a"]) or root.get(y.article_id, y.article_id) != root.get(g["b"], g["b"]):
            continue
        if _overlaps(texts[x.article_id], g["a_text"], x.start, x.end) and _overlaps(texts[y.article_id], g["b_text"], y.start, y.end):
            return True
    return False


def _score_contradictions(s: StoryScores, found: list[Contradiction], gold: list[dict[str, Any]], texts: dict[str, str], root: dict[str, str]) -> None:
    s.contra_pred, s.contra_gold = len(found), len(gold)
    s.contra_tp = sum(any(_matches(c, g, texts, root) for g in gold) for c in found)
    s.contra_found = sum(any(_matches(c, g, texts, root) for c in found) for g in gold)
    for g in gold:
        if not any(_matches(c, g, texts, root) for c in found):
            s.errors.append(f"contradiction missed: {g['kind']} {g['a']} {g['a_text']!r} / {g['b']} {g['b_text']!r}")
    for c in found:
        if not any(_matches(c, g, texts, root) for g in gold):
            s.errors.append(f"contradiction not in gold: {c.kind} {c.a.article_id} {c.a.text!r} / {c.b.article_id} {c.b.text!r}")
