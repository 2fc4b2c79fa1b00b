"""The cross-article stage: articles into stories, quotes into statements.

Runs over stored analyses. Stories: articles whose texts are similar (TF-IDF cosine) and
whose dates lie within a window join the same story; candidates come from an inverted
index of each article's most distinctive terms, so a new article is compared only with
the stories that share them (incremental and sub-quadratic). Statements: quotes of the
same speaker whose wordings are close (rapidfuzz) are one statement.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from parley.store.db import Store

STORY_THRESHOLD = 0.22
DATE_WINDOW_DAYS = 4
STATEMENT_THRESHOLD = 72.0
_WORD = re.compile(r"[a-z][a-z'-]+")


@dataclass(slots=True)
class StoryIndex:
    """Incremental story clustering with term blocking."""

    threshold: float = STORY_THRESHOLD
    window: int = DATE_WINDOW_DAYS
    vectors: dict[str, dict[str, float]] = field(default_factory=dict)
    dates: dict[str, date | None] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    postings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    df: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    n_docs: int = 0

    def add(self, article_id: str, text: str, published: date | None) -> str:
        """Place one article: join the most similar story in the date window or start one."""
        terms = _terms(text)
        self.n_docs += 1
        for t in set(terms):
            self.df[t] += 1
        vec = self._vector(terms)
        keys = sorted(vec, key=vec.__getitem__, reverse=True)[:12]
        candidates: dict[str, int] = defaultdict(int)
        for k in keys:
            for sid in self.postings.get(k, ()):
                candidates[sid] += 1
        best, best_sim = None, 0.0
        for sid, _shared in sorted(candidates.items(), key=lambda kv: -kv[1])[:20]:
            sim = (
                max(self._sim(vec, self.vectors[m]) for m in self.members[sid][-8:] if self._in_window(published, m))
                if any(self._in_window(published, m) for m in self.members[sid])
                else 0.0
            )
            if sim > best_sim:
                best, best_sim = sid, sim
        sid = best if best is not None and best_sim >= self.threshold else "S" + hashlib.sha1(article_id.encode()).hexdigest()[:8]
        self.vectors[article_id] = vec
        self.dates[article_id] = published
        self.story_of[article_id] = sid
        self.members[sid].append(article_id)
        for k in keys:
            self.postings[k].add(sid)
        return sid

    def _vector(self, terms: list[str]) -> dict[str, float]:
        import math

        tf: dict[str, int] = defaultdict(int)
        for t in terms:
            tf[t] += 1
        vec = {t: (1 + math.log(c)) * math.log((1 + self.n_docs) / (1 + self.df[t]) + 1.0) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    @staticmethod
    def _sim(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())

    def _in_window(self, d: date | None, other: str) -> bool:
        o = self.dates.get(other)
        return d is None or o is None or abs((d - o).days) <= self.window


_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "we",
        "our",
        "you",
        "not",
        "but",
        "also",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "than",
        "then",
        "there",
        "about",
        "into",
        "over",
        "after",
        "before",
        "more",
        "most",
        "such",
        "said",
        "says",
    ]
)


def _terms(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2]


def cluster_stories(items: list[tuple[str, str, date | None]]) -> dict[str, str]:
    """Story id per article for (id, text, date) items, in date order."""
    index = StoryIndex()
    for aid, text, d in sorted(items, key=lambda x: (x[2] or date.min, x[0])):
        index.add(aid, text, d)
    return dict(index.story_of)


def group_statements(records: list[dict[str, Any]]) -> dict[tuple[str, int, int], str]:
    """Statement id per quote (article id, start, end): same speaker, close wording."""
    quotes = []
    for rec in records:
        for q in rec.get("quotes", []):
            spk = (q.get("speaker") or {}).get("name") or ""
            if spk and len(q["quote"].split()) >= 4:
                quotes.append((rec["id"], q, spk))
    statement: dict[tuple[str, int, int], str] = {}
    groups: list[list[tuple[str, dict[str, Any], str]]] = []
    for item in quotes:
        for g in groups:
            if same_speaker(g[0][1]["speaker"], item[1]["speaker"]) and any(
                wording_similarity(o[1]["quote"], item[1]["quote"]) >= STATEMENT_THRESHOLD for o in g
            ):
                g.append(item)
                break
        else:
            groups.append([item])
    for g in groups:
        aid, q, _ = g[0]
        sid = "Q" + hashlib.sha1(f"{aid}:{q['span'][0]}".encode()).hexdigest()[:8]
        for a, qq, _ in g:
            statement[(a, qq["span"][0], qq["span"][1])] = sid
    return statement


def same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same canonical name, or the same actor code and a surname spelled alike (Zelensky/Zelenskyy)."""
    if a.get("name") == b.get("name"):
        return True
    if (a.get("code") or "") != (b.get("code") or "") or not a.get("code"):
        return False
    sa, sb = _norm(a.get("name") or "").split()[-1:], _norm(b.get("name") or "").split()[-1:]
    return bool(sa and sb) and fuzz.ratio(sa[0], sb[0]) >= 80


def wording_similarity(a: str, b: str) -> float:
    """0-100: how close two wordings of a statement are (trimmed quotes count as close)."""
    na, nb = _norm(a), _norm(b)
    short, long_ = sorted((na, nb), key=len)
    partial = fuzz.partial_ratio(short, long_) if len(short) >= 25 else 0.0
    return max(fuzz.token_set_ratio(na, nb) * (0.9 if min(len(na), len(nb)) < 25 else 1.0), partial * 0.95, fuzz.ratio(na, nb))


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


def link_store(store: Store) -> None:
    """Recompute stories and statements over everything in the store."""
    texts = store.article_texts()
    items = [(aid, t, date.fromisoformat(p) if p else None) for aid, (t, _o, p) in texts.items()]
    store.set_stories(cluster_stories(items))
    store.set_statements(group_statements(list(store.records())))
