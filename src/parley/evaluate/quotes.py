"""`parley evaluate quotes`: quote-span precision/recall/F1 (direct and reported apart) and
speaker accuracy on gold paragraphs.

Gold format (JSONL): {"id", "text", "quotes": [{"quote", "speaker", "verb", "direct"}]};
`quote` is the exact quoted words (inside the marks) or the reported clause, `speaker` the
name as written (surname, or an institution's head noun) or null.

Conventions of the gold set:
- direct: the words inside the marks, without a trailing comma (a final full stop inside the
  marks stays); a block quote above a "– Name" line is direct too.
- reported: the content clause of a speech verb (or what "according to X" sources), without
  the final full stop, direct false; coordinated "… and that …" clauses are one clause; the
  speaker's own further acts ("… and urged …") and the writer's comment ("…, a claim that
  could not be verified") are not part of it.
- a partial quote inside a reported clause gives both: the reported clause (marks kept) and
  the quoted words as a direct quote with the same speaker and verb. Quoted fragments of one
  or two words count as a direct quote only when they complete the speech verb or a copula
  under it ("would be “unacceptable”", "it “deeply regrets”"); deeper in the clause they are
  emphasis or labels ("would “never” give up", "take “necessary measures”") carried by the
  reported clause alone. Names and scare quotes are no quotes.
- generic sources ("analysts say", "diplomats said") are speakers like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.evaluate.common import PRF, ratio, read_gold
from parley.ingest.normalize import fold_quotes
from parley.model import Article, Quote
from parley.pipeline import Pipeline, analyze

MATCH_OVERLAP = 0.6


@dataclass(slots=True)
class QuoteScores:
    all: PRF = field(default_factory=PRF)
    direct: PRF = field(default_factory=PRF)
    reported: PRF = field(default_factory=PRF)
    speaker_ok: int = 0
    speaker_n: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_ok, self.speaker_n)


def _overlap(text: str, gold: str, q: Quote) -> float:
    start = text.find(gold)
    if start < 0:
        return 0.0
    end = start + len(gold)
    inter = min(end, q.end) - max(start, q.start)
    return inter / max(end - start, q.end - q.start) if inter > 0 else 0.0


def speaker_matches(gold: str | None, q: Quote) -> bool:
    if gold is None:
        return q.speaker is None
    if q.speaker is None:
        return False
    g = fold_quotes(gold).lower()
    names = " ".join((q.speaker.actor.name, q.speaker.text, *q.speaker.chain)).lower()
    return g in fold_quotes(names) or fold_quotes(names).split()[-1:] == g.split()[-1:]


def evaluate_quotes(pipeline: Pipeline, gold_path: Path | None = None) -> QuoteScores:
    s = QuoteScores()
    for item in read_gold(gold_path, "quotes.jsonl"):
        text = item["text"]
        found = analyze(Article(id=str(item.get("id")), text=text), pipeline).quotes
        used: set[int] = set()
        for g in item.get("quotes", []):
            kind = s.direct if g.get("direct", True) else s.reported
            best = max(((i, _overlap(text, g["quote"], q)) for i, q in enumerate(found) if i not in used), key=lambda x: x[1], default=None)
            if best is not None and best[1] >= MATCH_OVERLAP:
                used.add(best[0])
                q = found[best[0]]
                s.all.tp += 1
                kind.tp += 1
                s.speaker_n += 1
                if speaker_matches(g.get("speaker"), q):
                    s.speaker_ok += 1
                else:
                    s.errors.append(
                        {"id": item.get("id"), "quote": g["quote"][:60], "gold_speaker": g.get("speaker"), "got": q.speaker.actor.name if q.speaker else None}
                    )
            else:
                s.all.fn += 1
                kind.fn += 1
                s.errors.append({"id": item.get("id"), "missed": g["quote"][:60]})
        for i, q in enumerate(found):
            if i not in used:
                s.all.fp += 1
                (s.direct if q.direct else s.reported).fp += 1
                s.errors.append({"id": item.get("id"), "spurious": q.quote[:60]})
    return s
