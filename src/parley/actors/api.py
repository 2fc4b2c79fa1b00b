"""Library functions behind `parley actors …`."""

from __future__ import annotations

from datetime import date

from parley.actors.kb import load_builtin
from parley.ingest.normalize import normalize
from parley.model import Mention
from parley.pipeline import Pipeline
from parley.quotes.marks import quote_spans


def resolve_text(pipeline: Pipeline, text: str, *, on: date | None) -> list[Mention]:
    """Every actor mention in `text`, explicit and resolved through coreference, in order."""
    norm = normalize(text)
    doc = pipeline.nlp(norm.text)
    actors = pipeline.resolver.resolve(doc, norm, on=on, quote_ranges=quote_spans(norm.text))
    out: list[Mention] = []
    for tok in doc:
        for m in actors.for_token(tok):
            if m.actor.code and m not in out:
                out.append(m)
    return out


def list_actors(*, kind: str | None, on: date | None) -> list[tuple[str, ...]]:
    """Rows (kind, phrase, name, code) of the built-in knowledge base."""
    kb = load_builtin()
    rows: list[tuple[str, ...]] = []
    if kind in (None, "person"):
        for p in kb.people:
            a = p.actor_on(on)
            role = p.role_on(on)
            rows.append(("person", p.name, a.code or "?", role.office if role else ""))
    if kind != "person":
        for entries in kb.entries.values():
            for e in entries:
                if e.kind != "person" and (kind is None or e.kind == kind):
                    rows.append((e.kind, e.phrase, e.name or "", e.code or e.sector))
    return rows
