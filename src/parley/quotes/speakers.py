"""Who is speaking: the speaker token of a speech verb and the actor mention it stands for.

The actors stage resolves names, titles and pronouns it knows. A subject of a speech verb
that it leaves unresolved is still the speaker as the text names it ("the army", "Officials
in Nairobi", "Orban"): it becomes a mention with an empty code (rule ``unresolved.*``), or
the actor of its affiliation ("a spokesman for the Bangladeshi government"). A document
("the ministry's statement", "a Kremlin readout") speaks for its author. A pronoun speaker
follows the previous speaker of the paragraph before the actors stage's coreference, which
does not know that words inside a reported clause are not candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.actors.resolver import DocActors
from parley.model import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

# nouns for texts that speak for their author
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "readout",
        "report",
        "communique",
        "communiqué",
        "release",
        "letter",
        "document",
        "declaration",
        "post",
        "message",
        "tweet",
        "memo",
        "notice",
        "transcript",
        "summary",
        "filing",
        "bulletin",
        "announcement",
    }
)
AFFILIATION_PREPS = frozenset({"for", "of", "from", "at", "in", "with"})
SPEAKER_PRONOUNS = frozenset({"he", "she"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "nmod", "flat", "nummod", "quantmod"})


@dataclass(frozen=True, slots=True)
class Said:
    """A quote already attributed, as context for later pronoun and continuation speakers."""

    start: int  # offsets into the normalised text
    end: int
    sentence: int  # the sentence of the attribution (verb) or of the quote's end
    speaker: Mention | None
    verb: str | None = None


def resolve_speaker(tok: Token, actors: DocActors, earlier: Sequence[Said], quoted: Sequence[tuple[int, int]]) -> Mention | None:
    """The speaker mention for a speaker token, or None when the text does not tell."""
    if tok.lower_ in SPEAKER_PRONOUNS:
        return _pronoun_speaker(tok, actors, earlier, quoted)
    found = actors.for_token(tok)
    if found:
        return found[0]
    if tok.pos_ == "PRON":
        return None
    return as_written(tok, actors)


def as_written(tok: Token, actors: DocActors) -> Mention | None:
    """A speaker the actors stage did not resolve, as the text names it."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.lemma_.lower() in DOCUMENT_NOUNS:
        author = _author(tok)
        if author is None:
            return None
        return (actors.for_token(author) or (as_written(author, actors),))[0]
    toks = _phrase(tok)
    affiliated = _affiliation(tok, actors)
    named = _named_by_apposition(tok)
    if named is not None:
        # "the energy minister, Herman Halushchenko": the person, placed by the title if it can be
        toks = list(tok.doc[min(toks[0].i, named[0].i) : max(toks[-1].i, named[-1].i) + 1])
        name = " ".join(t.text for t in named if not t.is_punct or t.text == "-").replace(" - ", "-")
        a = affiliated.actor if affiliated is not None else None
        actor = (
            Actor(name=name, code=a.code, country=a.country, sector=a.sector, kind="person", source="title")
            if a
            else Actor(name=name, kind="person", source="unknown")
        )
        return _mention(actors, toks, actor, "quote.affiliation" if a else "unresolved.person")
    if affiliated is not None:
        return _mention(actors, toks, affiliated.actor, "quote.affiliation")
    names = [t for t in toks if t.pos_ == "PROPN"]
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        kind = "person" if tok.ent_type_ in ("PERSON", "") or len(names) <= 1 else "group"
        name = " ".join(t.text for t in names) or tok.text
        return _mention(actors, toks, Actor(name=name, kind=kind, source="unknown"), f"unresolved.{kind}")
    name = " ".join(t.text for t in toks if t.i == tok.i or t.dep_ not in ("det", "poss", "case"))
    return _mention(actors, toks, Actor(name=name, kind="group", source="unknown"), "unresolved.group")


def _named_by_apposition(tok: Token) -> list[Token] | None:
    """The name set off after a title: "the energy minister, Herman Halushchenko", also when
    the parser hangs it on the title's last noun ("the head of the association, Nino …")."""
    holders = [tok] + [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for h in holders:
        for c in h.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i:
                parts = [t for t in c.subtree if t.dep_ in ("compound", "flat", "punct") or t.i == c.i]
                lo, hi = min(t.i for t in parts), max(t.i for t in parts)
                return [t for t in tok.doc[lo : hi + 1] if t.text != ","]
    return None


def _author(doc_noun: Token) -> Token | None:
    # "the ministry's statement", "the statement from the ministry", "a Kremlin readout"
    for c in doc_noun.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _affiliation(tok: Token, actors: DocActors) -> Mention | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    found = actors.for_token(p)
                    if found:
                        return found[0]
    return None


def _phrase(tok: Token) -> list[Token]:
    """The head with its modifiers and its prepositional phrases ("Officials in Nairobi")."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _MODIFIER_DEPS or (t.i == tok.i and c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS) or (c.dep_ == "pobj" and t.i != tok.i):
                out.append(c)
                stack.append(c)
    lo, hi = min(t.i for t in out), max(t.i for t in out)
    return [t for t in tok.doc[lo : hi + 1] if (not t.is_punct or t.text == "-") and not (t.dep_ == "case" and t.head.i == tok.i)]


def _mention(actors: DocActors, toks: list[Token], actor: Actor, rule: str) -> Mention:
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    o_start, o_end = actors.span(a, b)
    return Mention(text=actors.norm.original[o_start:o_end], start=o_start, end=o_end, sentence=actors.sent_of[toks[0].i], actor=actor, rule=rule)


def _pronoun_speaker(tok: Token, actors: DocActors, earlier: Sequence[Said], quoted: Sequence[tuple[int, int]]) -> Mention | None:
    """ "He said": the speaker of the quote just before in the paragraph; else the actors
    stage's antecedent; else the last person named before, outside any quoted words."""
    sentence = actors.sent_of[tok.i]
    text = actors.norm.text  # == tok.doc.text, without rebuilding it from the tokens
    for s in reversed(earlier):
        if s.start > tok.idx or "\n" in text[s.end : tok.idx]:
            break
        if s.speaker is not None and s.speaker.actor.kind == "person" and sentence - s.sentence <= 1:
            return s.speaker
    found = actors.for_token(tok)
    if found:
        return found[0]
    best: tuple[int, Mention] | None = None
    for i, ms in actors.by_head.items():
        t = tok.doc[i]
        if t.idx >= tok.idx or t.pos_ == "PRON" or any(a <= t.idx < b for a, b in quoted):
            continue
        person = next((m for m in ms if m.actor.kind == "person"), None)
        if person is not None and (best is None or i > best[0]):
            best = (i, person)
    return best[1] if best else None
