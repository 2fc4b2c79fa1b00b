"""The cross-article stage over stored analyses.

    reprints (MinHash/LSH) -> stories (incremental TF-IDF, blocked) -> statements
      -> aligned events and statements -> claims and contradictions -> status

`link(...)` is a pure function of the articles' texts and --out records; `link_store`
runs it over everything in the store and writes the results back (story ids and
statement ids into the records, aligned facts and contradictions into their tables).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from parley.stories.align import AlignedFact, align_events, align_statements, attach_contradictions
from parley.stories.claims import Claim, Contradiction, extract_claims, story_contradictions
from parley.stories.dedup import Doc, find_reprints, recap_start, source_keys
from parley.stories.index import StoryIndex, cluster_stories
from parley.stories.statements import group_statements, same_speaker, wording_similarity

if TYPE_CHECKING:
    from parley.store.db import Store

__all__ = ["CrossArticle", "StoryIndex", "cluster_stories", "group_statements", "link", "link_store", "same_speaker", "wording_similarity"]


@dataclass(slots=True)
class CrossArticle:
    """Everything the cross-article stage found."""

    story_of: dict[str, str] = field(default_factory=dict)
    original_of: dict[str, str] = field(default_factory=dict)
    source_of: dict[str, str] = field(default_factory=dict)
    statement_of: dict[tuple[str, int, int], str] = field(default_factory=dict)
    facts: list[AlignedFact] = field(default_factory=list)
    contradictions: list[tuple[str, Contradiction]] = field(default_factory=list)


def place_words() -> frozenset[str]:
    """Country names, adjectives and demonyms: too coarse to tell two places apart."""
    data = yaml.safe_load((resources.files("parley.actors") / "data" / "countries.yaml").read_text(encoding="utf-8"))
    return frozenset(w.lower() for c in data for k in ("names", "adjectives", "demonyms") for w in c.get(k) or [])


def link(docs: list[Doc], records: list[dict[str, Any]], *, titles: dict[str, str] | None = None) -> CrossArticle:
    """The whole cross-article stage over articles and their --out records (pure)."""
    titles = titles or {}
    result = CrossArticle()
    result.original_of = find_reprints(docs)
    result.source_of = source_keys(docs, result.original_of)
    event_dates = _event_dates(records)
    result.story_of = cluster_stories([(d.id, (titles.get(d.id, "") + "\n" + d.text), d.published or event_dates.get(d.id)) for d in docs])
    result.statement_of = group_statements(records)
    recap_of = {d.id: recap_start(d.text) for d in docs}
    excluded = place_words()
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        if rec["id"] in result.story_of:
            by_story[result.story_of[rec["id"]]].append(rec)
    texts = {d.id: d.text for d in docs}
    for story, recs in sorted(by_story.items()):
        claims: dict[str, list[Claim]] = {r["id"]: extract_claims(r["id"], texts[r["id"]], excluded) for r in recs} if len(recs) > 1 else {}
        found = story_contradictions(claims, result.source_of)
        facts = align_events(story, recs, result.source_of, recap_of) + align_statements(story, recs, result.statement_of, result.source_of, recap_of)
        attach_contradictions(facts, found)
        result.facts.extend(facts)
        result.contradictions.extend((story, c) for c in found)
    return result


def _event_dates(records: list[dict[str, Any]]) -> dict[str, date]:
    # an article without a publication date is placed on the date its first event carries
    out = {}
    for rec in records:
        d = next((ev["date"] for ev in rec.get("events", []) if ev.get("date")), None)
        if d:
            out[rec["id"]] = date.fromisoformat(d)
    return out


def link_store(store: Store) -> None:
    """Recompute the cross-article stage over everything in the store and save it."""
    records = list(store.records())
    meta = store.article_texts()
    docs = [Doc(aid, text, outlet, date.fromisoformat(p) if p else None) for aid, (text, outlet, p) in meta.items()]
    titles = {r["id"]: r.get("title") or "" for r in records}
    result = link(docs, records, titles=titles)
    store.set_stories(result.story_of)
    store.set_statements(result.statement_of)
    store.save_cross_article(
        articles=[
            {"article_id": d.id, "story_id": result.story_of.get(d.id), "original_id": result.original_of.get(d.id), "source_key": result.source_of[d.id]}
            for d in docs
        ],
        facts=list({f.id: f.to_dict() for f in result.facts}.values()),
        contradictions=[{"story_id": s} | c.to_dict() for s, c in result.contradictions],
    )
