"""Aligned events and statements: one real-world fact, its mentions, its independent sources.

Event mentions from different articles of a story describe the same event when their
actors agree on country (CAMEO code[:3]), their CAMEO roots are the same or compatible
(03/04 for meetings, 02/10 for requests, 11/12 for criticism and rejection, 18/19/20 for
force) and their dates lie within a window. Plain statements (root 01) are left to the
statement grouping. Status: corroborated (two or more independent sources),
single-source, or contradicted (the sources disagree on something checkable).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from parley.stories.claims import Claim, Contradiction

EVENT_WINDOW_DAYS = 3
FAMILIES = ({"03", "04"}, {"02", "10"}, {"11", "12"}, {"18", "19", "20"})
RECIPROCAL = {"03", "04", "05", "06"}


@dataclass(slots=True)
class Mention:
    """One article's wording of an aligned fact."""

    article_id: str
    start: int
    end: int
    text: str
    sentence_text: str
    source_key: str
    restated: bool = False  # inside the article's own recap block (FAQ, summary)
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class AlignedFact:
    """An aligned event or statement with its mentions, sources and status."""

    id: str
    story: str
    kind: str  # event | statement
    label: str
    when: date | None
    mentions: list[Mention] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({m.article_id for m in self.mentions})

    @property
    def sources(self) -> list[str]:
        return sorted({m.source_key for m in self.mentions})

    @property
    def status(self) -> str:
        if self.contradictions:
            return "contradicted"
        return "corroborated" if len(self.sources) >= 2 else "single-source"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "story": self.story,
            "kind": self.kind,
            "label": self.label,
            "date": self.when.isoformat() if self.when else None,
            "status": self.status,
            "n_articles": len(self.articles),
            "n_sources": len(self.sources),
            "sources": self.sources,
            "mentions": [
                {"article": m.article_id, "span": [m.start, m.end], "text": m.text, "sentence": m.sentence_text, "source": m.source_key, "restated": m.restated}
                | m.detail
                for m in self.mentions
            ],
            "contradictions": [c.to_dict() for c in self.contradictions],
        }


def _family(root: str) -> str:
    for fam in FAMILIES:
        if root in fam:
            return "+".join(sorted(fam))
    return root


def _dyad(ev: dict[str, Any]) -> tuple[str, str]:
    src = ((ev.get("source") or {}).get("code") or "")[:3]
    tgt = ((ev.get("target") or {}).get("code") or "")[:3]
    return src, tgt


def _event_key(ev: dict[str, Any], root: str) -> tuple[str, str, str]:
    src, tgt = _dyad(ev)
    if root in RECIPROCAL or _family(root) == _family("03"):
        src, tgt = sorted((src, tgt))  # type: ignore[assignment]
    return root, src, tgt


def align_events(story: str, records: list[dict[str, Any]], source_of: dict[str, str], recap_of: dict[str, int | None]) -> list[AlignedFact]:
    """Aligned events of one story from its articles' --out records."""
    groups: dict[tuple[str, str, str], list[AlignedFact]] = defaultdict(list)
    for rec in records:
        for ev in rec.get("events", []):
            root = str(ev.get("cameo") or "")[:2]
            if not root or root == "01":
                continue
            when = date.fromisoformat(ev["date"]) if ev.get("date") else None
            recap = recap_of.get(rec["id"])
            m = Mention(
                rec["id"],
                ev["span"][0],
                ev["span"][1],
                ev.get("trigger") or "",
                ev.get("text", ""),
                source_of.get(rec["id"], rec["id"]),
                restated=recap is not None and ev["span"][0] >= recap,
                detail={"cameo": ev.get("cameo"), "source_actor": _dyad(ev)[0], "target_actor": _dyad(ev)[1], "negated": bool(ev.get("negated"))},
            )
            key = _event_key(ev, root)
            fact = next((f for f in groups[key] if _near(f.when, when)), None)
            if fact is None:
                label = f"{key[1] or '?'} {'↔' if root in RECIPROCAL else '→'} {key[2] or '?'} CAMEO {root}"
                fact = AlignedFact(_fact_id(story, "E", f"{rec['id']}:{ev.get('cameo')}:{key}", m.start), story, "event", label, when)
                groups[key].append(fact)
            fact.mentions.append(m)
    return _merge_families([f for fs in groups.values() for f in fs])


def _near(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= EVENT_WINDOW_DAYS


def _merge_families(facts: list[AlignedFact]) -> list[AlignedFact]:
    """Second pass: a fact told by some sources joins a compatible-root fact told by others."""
    out: list[AlignedFact] = []
    for f in sorted(facts, key=lambda f: (-len(f.sources), f.id)):
        d = f.mentions[0].detail
        pair = tuple(sorted((d["source_actor"], d["target_actor"])))
        root = str(d["cameo"])[:2]
        host = next(
            (
                o
                for o in out
                if _family(str(o.mentions[0].detail["cameo"])[:2]) == _family(root)
                and str(o.mentions[0].detail["cameo"])[:2] != root
                and tuple(sorted((o.mentions[0].detail["source_actor"], o.mentions[0].detail["target_actor"]))) == pair
                and not set(o.sources) & set(f.sources)
                and _near(o.when, f.when)
            ),
            None,
        )
        if host is None:
            out.append(f)
        else:
            host.mentions.extend(f.mentions)
    return out


def _fact_id(story: str, prefix: str, article_id: str, start: int) -> str:
    return prefix + hashlib.sha1(f"{story}:{article_id}:{start}".encode()).hexdigest()[:10]


def align_statements(
    story: str, records: list[dict[str, Any]], statement_of: dict[tuple[str, int, int], str], source_of: dict[str, str], recap_of: dict[str, int | None]
) -> list[AlignedFact]:
    """Aligned statements of one story: a statement's wordings across its articles."""
    facts: dict[str, AlignedFact] = {}
    for rec in records:
        for q in rec.get("quotes", []):
            sid = statement_of.get((rec["id"], q["span"][0], q["span"][1]))
            if sid is None:
                continue
            recap = recap_of.get(rec["id"])
            speaker = (q.get("speaker") or {}).get("name") or "?"
            fact = facts.get(sid)
            if fact is None:
                # a statement's wordings may fall into several stories: one fact per story
                fact = facts[sid] = AlignedFact(f"{sid}@{story}", story, "statement", speaker, _date(rec.get("published")))
            fact.mentions.append(
                Mention(
                    rec["id"],
                    q["span"][0],
                    q["span"][1],
                    q["quote"],
                    q["quote"],
                    source_of.get(rec["id"], rec["id"]),
                    restated=recap is not None and q["span"][0] >= recap,
                    detail={"speaker": speaker, "direct": bool(q.get("direct")), "outlet": rec.get("outlet") or ""},
                )
            )
    return list(facts.values())


def _date(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def attach_contradictions(facts: list[AlignedFact], found: list[Contradiction]) -> None:
    """A fact is contradicted when its sources disagree: a checkable passage in two of its
    mentions' sentences conflicts, or one source asserts what another negates."""
    for f in facts:
        for c in found:
            if _inside(f, c.a.article_id, c.a.start) and _inside(f, c.b.article_id, c.b.start):
                f.contradictions.append(c)
        if f.kind == "event":
            _negation_conflict(f)


def _inside(f: AlignedFact, article_id: str, pos: int) -> bool:
    for m in f.mentions:
        if m.article_id != article_id:
            continue
        if f.kind == "statement" and m.start <= pos < m.end:
            return True
        if f.kind == "event" and m.sentence_text and abs(pos - m.start) <= len(m.sentence_text) and m.start - len(m.sentence_text) <= pos:
            return True
    return False


def _negation_conflict(f: AlignedFact) -> None:
    pos = [m for m in f.mentions if not m.detail.get("negated")]
    neg = [m for m in f.mentions if m.detail.get("negated")]
    for n in neg:
        other = next((p for p in pos if p.source_key != n.source_key), None)
        if other is not None:
            a = Claim(other.article_id, "negation", "event", True, other.start, other.end, other.text, (other.start, other.end))
            b = Claim(n.article_id, "negation", "event", False, n.start, n.end, n.text, (n.start, n.end))
            f.contradictions.append(Contradiction("negation", "event", a, b))
            return
