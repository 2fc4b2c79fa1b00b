"""Incremental story clustering: TF-IDF over title and text, date window, term blocking.

A new article is compared only with stories that share one of its most distinctive terms
(an inverted index from term to the stories that carry it) and that have a member within
the date window. Stories that fell out of the window leave the posting lists, and a term's
list takes at most `max_block` stories (too common a term blocks nothing), so each article
costs at most `keys × max_block` look-ups and the run grows linearly with the articles.
IDF weights change as articles arrive; a stored vector is re-weighted when the collection
has grown by a quarter since it was computed.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from parley.stories.text import terms

STORY_THRESHOLD = 0.125
DATE_WINDOW_DAYS = 3


@dataclass(slots=True)
class _Doc:
    tf: dict[str, int]
    published: date | None
    weighted_at: int = 0
    vector: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class StoryIndex:
    """Places articles one at a time into stories; `story_of` maps article id to story id."""

    threshold: float = STORY_THRESHOLD
    window: int = DATE_WINDOW_DAYS
    keys: int = 40
    max_block: int = 200
    max_candidates: int = 20
    members_checked: int = 8
    docs: dict[str, _Doc] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    postings: dict[str, dict[str, date | None]] = field(default_factory=lambda: defaultdict(dict))
    df: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    n_docs: int = 0

    def add(self, article_id: str, text: str, published: date | None) -> str:
        """Place one article: join the most similar story in the date window, or start one."""
        tf: dict[str, int] = defaultdict(int)
        for t in terms(text):
            tf[t] += 1
        self.n_docs += 1
        for t in tf:
            self.df[t] += 1
        doc = _Doc(tf=dict(tf), published=published)
        vec = self._vector(doc)
        keys = sorted(vec, key=vec.__getitem__, reverse=True)[: self.keys]
        best, best_sim = None, 0.0
        for sid in self._candidates(keys, published):
            sim = max((self._sim(vec, self._vector(self.docs[m])) for m in self._recent(sid, published)), default=0.0)
            if sim > best_sim:
                best, best_sim = sid, sim
        sid = best if best is not None and best_sim >= self.threshold else "S" + hashlib.sha1(article_id.encode()).hexdigest()[:8]
        self.docs[article_id] = doc
        self.story_of[article_id] = sid
        self.members[sid].append(article_id)
        for k in keys:
            post = self.postings[k]
            if sid in post or len(post) < self.max_block:
                last = post.get(sid)
                post[sid] = published if last is None or published is None else max(last, published)
        return sid

    def _candidates(self, keys: list[str], published: date | None) -> list[str]:
        shared: dict[str, int] = defaultdict(int)
        for k in keys:
            post = self.postings.get(k)
            if not post:
                continue
            stale = []
            for sid, last in post.items():
                if published is None or last is None or abs((published - last).days) <= self.window:
                    shared[sid] += 1
                elif last < published:
                    stale.append(sid)
            # articles arrive roughly in date order: a story whose last article lies before the
            # window will not be joined again through this term, so the posting list stays short
            for sid in stale:
                del post[sid]
        return sorted(shared, key=lambda s: -shared[s])[: self.max_candidates]

    def _recent(self, sid: str, published: date | None) -> list[str]:
        out = []
        for m in reversed(self.members[sid]):
            d = self.docs[m].published
            if published is None or d is None or abs((published - d).days) <= self.window:
                out.append(m)
                if len(out) >= self.members_checked:
                    break
        return out

    def _vector(self, doc: _Doc) -> dict[str, float]:
        if doc.vector and self.n_docs <= doc.weighted_at * 1.25:
            return doc.vector
        n = self.n_docs
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + self.df[t]) + 1.0) for t, c in doc.tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        doc.vector = {t: v / norm for t, v in vec.items()}
        doc.weighted_at = n
        return doc.vector

    @staticmethod
    def _sim(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())


def cluster_stories(items: list[tuple[str, str, date | None]], *, index: StoryIndex | None = None) -> dict[str, str]:
    """Story id per article for (id, text, date) items, placed in date order."""
    index = index if index is not None else StoryIndex()
    for aid, text, d in sorted(items, key=lambda x: (x[2] or date.min, x[0])):
        index.add(aid, text, d)
    return dict(index.story_of)
