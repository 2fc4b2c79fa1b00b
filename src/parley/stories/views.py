"""What `parley story` and `parley compare` show, as library functions over the store."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from parley.errors import InputError
from parley.stories.text import mark_differences

if TYPE_CHECKING:
    from parley.store.db import Store


@dataclass(slots=True)
class Wording:
    """One article's wording of a statement, its words marked where it differs from the first."""

    article_id: str
    outlet: str
    text: str
    marked: list[tuple[str, bool]]
    restated: bool = False


@dataclass(slots=True)
class StoryView:
    story_id: str
    articles: list[dict[str, Any]]
    outlets: dict[str, int]
    events: list[dict[str, Any]]
    statements: list[tuple[dict[str, Any], list[Wording]]]
    contradictions: list[dict[str, Any]]


@dataclass(slots=True)
class Comparison:
    a: str
    b: str
    both: list[dict[str, Any]] = field(default_factory=list)
    only_a: list[dict[str, Any]] = field(default_factory=list)
    only_b: list[dict[str, Any]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[tuple[dict[str, Any], list[Wording]]] = field(default_factory=list)


def list_stories(store: Store) -> list[tuple[str, int, str]]:
    """(story id, number of articles, first title) of every story, largest first."""
    records = list(store.records())
    count = Counter(r["story"] for r in records if r.get("story"))
    title: dict[str, str] = {}
    for r in records:
        if r.get("story"):
            title.setdefault(r["story"], r.get("title") or r["id"])
    return [(sid, n, title[sid]) for sid, n in count.most_common()]


def story_view(store: Store, story_id: str) -> StoryView:
    """A story's timeline of aligned events, its statements side by side, its outlets."""
    records = [r for r in store.records() if r.get("story") == story_id]
    if not records:
        raise InputError(f"no story {story_id!r}; `parley story` lists the stories")
    sources = {a["article_id"]: a for a in store.story_articles()}
    articles = [
        {
            "id": r["id"],
            "title": r.get("title"),
            "outlet": r.get("outlet"),
            "published": r.get("published"),
            "copy_of": sources.get(r["id"], {}).get("original_id"),
        }
        for r in records
    ]
    outlet_of = {r["id"]: r.get("outlet") or r["id"] for r in records}
    facts = store.story_facts(story_id)
    events = [f for f in facts if f["kind"] == "event"]
    statements = [(f, wordings(f, outlet_of)) for f in facts if f["kind"] == "statement"]
    return StoryView(story_id, articles, dict(Counter(outlet_of.values())), events, statements, store.story_contradictions(story_id))


def wordings(fact: dict[str, Any], outlet_of: dict[str, str]) -> list[Wording]:
    """A statement's wordings; each is compared with the first and the differing words marked."""
    ms = fact["mentions"]
    if not ms:
        return []
    first = ms[0]["text"]
    out = []
    for i, m in enumerate(ms):
        other = m["text"] if i else (ms[1]["text"] if len(ms) > 1 else first)
        marked = mark_differences(first, other)[1] if i else mark_differences(first, other)[0]
        out.append(Wording(m["article"], outlet_of.get(m["article"], m["article"]), m["text"], marked, bool(m.get("restated"))))
    return out


def compare(store: Store, a: str, b: str) -> Comparison:
    """What two articles both report, what only one reports, where they disagree, their quotes side by side."""
    stored = {r["id"]: r for r in store.records()}
    for aid in (a, b):
        if aid not in stored:
            raise InputError(f"no article {aid!r} in the store")
    outlet_of = {k: r.get("outlet") or k for k, r in stored.items()}
    out = Comparison(a, b)
    for f in store.story_facts():
        arts = {m["article"] for m in f["mentions"]}
        if not arts & {a, b}:
            continue
        if f["kind"] == "statement":
            if {a, b} <= arts:
                out.quotes.append((f, [w for w in wordings(f, outlet_of) if w.article_id in (a, b)]))
            continue
        (out.both if {a, b} <= arts else out.only_a if a in arts else out.only_b).append(f)
    out.disagreements = [c for c in store.story_contradictions() if {c["a"]["article"], c["b"]["article"]} == {a, b}]
    if not out.disagreements:
        out.disagreements = _direct_disagreements(store, a, b)
    return out


def _direct_disagreements(store: Store, a: str, b: str) -> list[dict[str, Any]]:
    # two articles of different stories (or copies) are still checked against each other
    from parley.stories.claims import contradictions, extract_claims
    from parley.stories.linker import place_words

    texts = store.article_texts()
    ex = place_words()
    return [c.to_dict() for c in contradictions(extract_claims(a, texts[a][0], ex), extract_claims(b, texts[b][0], ex))]
