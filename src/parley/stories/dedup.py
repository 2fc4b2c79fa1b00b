"""Near-duplicates: reprints and syndicated copies (MinHash/LSH), and who counts as a source.

A reprint, a syndicated copy or a copy in the same outlet is the same source as its
original; a block inside an article that restates the article itself (FAQ, summary box)
is part of that article and never a second source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from datasketch import MinHash, MinHashLSH

from parley.pipeline import _RECAP  # one definition of what a recap block looks like
from parley.stories.text import normalize

NUM_PERM = 64
LSH_THRESHOLD = 0.5
# a copy may add a headline, an intro sentence or a closing line: containment of the shorter
# text's shingles in the longer one decides, not Jaccard over both
CONTAINMENT = 0.8
SHINGLE = 5


@dataclass(frozen=True, slots=True)
class Doc:
    """What source counting needs to know about an article."""

    id: str
    text: str
    outlet: str = ""
    published: date | None = None


@dataclass(slots=True)
class ReprintIndex:
    """Incremental near-duplicate index: `original_of` maps a copy to its earliest original."""

    lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM))
    shingles: dict[str, set[str]] = field(default_factory=dict)
    original_of: dict[str, str] = field(default_factory=dict)
    similarity: dict[str, float] = field(default_factory=dict)

    def add(self, doc_id: str, text: str) -> str | None:
        """Index one article (in publication order); return the id of the article it copies, if any."""
        sh = shingles(body(text))
        if not sh:
            return None
        mh = MinHash(num_perm=NUM_PERM)
        for s in sh:
            mh.update(s.encode("utf-8"))
        best, best_c = None, 0.0
        for other in self.lsh.query(mh):
            o = self.shingles[other]
            c = len(sh & o) / min(len(sh), len(o))
            if c > best_c:
                best, best_c = other, c
        self.lsh.insert(doc_id, mh)
        self.shingles[doc_id] = sh
        if best is not None and best_c >= CONTAINMENT:
            root = self.original_of.get(best, best)
            self.original_of[doc_id] = root
            self.similarity[doc_id] = best_c
            return root
        return None


def body(text: str) -> str:
    """The article without its recap block (FAQ, summary box), which restates it."""
    m = _RECAP.search(text)
    return text[: m.start()] if m else text


def recap_start(text: str) -> int | None:
    """Offset where a recap block (FAQ, key points, summary) begins, if the article has one."""
    m = _RECAP.search(text)
    return m.start() if m else None


def shingles(text: str) -> set[str]:
    words = normalize(text).split()
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def find_reprints(docs: list[Doc]) -> dict[str, str]:
    """Copy id -> original id; the original is the earliest published (then first by id) of a group of copies."""
    index = ReprintIndex()
    for d in sorted(docs, key=lambda d: (d.published or date.min, d.id)):
        index.add(d.id, d.text)
    return dict(index.original_of)


def source_keys(docs: list[Doc], original_of: dict[str, str]) -> dict[str, str]:
    """Independent-source key per article: copies share their original's, one outlet is one source."""
    by_id = {d.id: d for d in docs}
    out = {}
    for d in docs:
        root = by_id.get(original_of.get(d.id, d.id), d)
        outlet = re.sub(r"\W+", " ", root.outlet.lower()).strip()
        out[d.id] = f"outlet:{outlet}" if outlet else f"article:{root.id}"
    return out
