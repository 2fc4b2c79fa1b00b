"""Typed records passed between Parley's stages.

Every extracted fact carries its provenance: the article id, the sentence index, character
offsets into the article's *original* text and the id of the rule that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One news report as read from its source, text untouched."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    source: str = ""  # file path (and line) it came from

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # offsets into the original article text
    end: int
    text: str  # the original text of the sentence


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an actor is: a stable canonical name and its codes."""

    name: str
    code: str = ""  # CAMEO actor code, e.g. USAGOV, RUS, IGOWSTNAT
    country: str = ""  # ISO 3166 alpha-3 (empty for IGOs and regions)
    sector: tuple[str, ...] = ()  # CAMEO agent types / PLOVER sectors, e.g. ("GOV",)
    kind: str = "state"  # state | region | igo | person | group
    source: str = "kb"  # kb | title | dictionary | learned

    @property
    def plover(self) -> dict[str, Any]:
        """The PLOVER form of the actor: country plus sector list."""
        return {"country": self.country or self.code[:3], "sector": list(self.sector)}


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names an actor."""

    text: str
    start: int
    end: int
    sentence: int
    actor: Actor
    rule: str  # e.g. kb.person, title.apposition, coref.pronoun
    chain: tuple[str, ...] = ()  # coreference provenance: texts this mention was resolved through

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {
            "text": self.text,
            "name": a.name,
            "code": a.code,
            "country": a.country,
            "sector": list(a.sector),
            "span": [self.start, self.end],
            "source": a.source,
            "rule": self.rule,
            "chain": list(self.chain),
        }


@dataclass(frozen=True, slots=True)
class Plover:
    type: str | None  # None where PLOVER does not code the event (plain statements)
    mode: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event: who did what to whom, with its evidence."""

    article_id: str
    sentence: int
    start: int  # span of the event's trigger words in the original text
    end: int
    text: str  # the sentence the event was found in (original text)
    source: Mention | None
    target: Mention | None
    cameo: str
    goldstein: float
    quad_class: int
    plover: Plover
    rule: str
    confidence: float
    negated: bool = False
    modality: str = "asserted"  # asserted | intended | hypothetical | demanded | reported
    date: date | None = None
    trigger: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "span": [self.start, self.end],
            "trigger": self.trigger,
            "text": self.text,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {
                "type": self.plover.type,
                "mode": self.plover.mode,
                "context": self.plover.context,
            },
            "negated": self.negated,
            "modality": self.modality,
            "date": self.date.isoformat() if self.date else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (direct) or reported statement (indirect) and who said it."""

    article_id: str
    quote: str  # the quoted words, original text
    start: int
    end: int
    sentence: int
    speaker: Mention | None
    verb: str | None
    direct: bool
    rule: str
    statement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "span": [self.start, self.end],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_span": [self.speaker.start, self.speaker.end] if self.speaker else None,
            "verb": self.verb,
            "direct": self.direct,
            "sentence": self.sentence,
            "rule": self.rule,
            "statement": self.statement,
        }


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    sentence: int
    value: date


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything Parley found in one article; the unit that is stored and exported."""

    article: Article
    content_hash: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    story: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The stable `--out` record documented in the README."""
        out = self.article.to_dict()
        out["story"] = self.story
        out["events"] = [e.to_dict() for e in self.events]
        out["quotes"] = [q.to_dict() for q in self.quotes]
        return out


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analysed, with the reason."""

    source: str
    reason: str
    article_id: str | None = None
    line: int | None = None


__all__ = [
    "Actor",
    "Article",
    "ArticleAnalysis",
    "DateMention",
    "Event",
    "Failure",
    "Mention",
    "Plover",
    "Quote",
    "Sentence",
]
