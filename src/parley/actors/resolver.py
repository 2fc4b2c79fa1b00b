"""Resolving the noun phrases of a parsed article to actors.

For every noun-phrase head the resolver combines what the phrase's own words say (a
person of the knowledge base, a country adjective, a seat of government, a title such as
"Defense Minister") and, where the phrase is a pronoun, a bare title or a surname, what the
article said before (in-document coreference). What an article states about an unknown
person ("Latvian Foreign Minister Baiba Braže") is learned for the rest of that article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from parley.actors.kb import Entry, KnowledgeBase, fold
from parley.ingest.normalize import NormalizedText
from parley.model import Actor, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Token

CORE_DEPS = {"compound", "amod", "poss", "nmod", "flat", "nummod", "case", "punct", "npadvmod"}
STATE_KINDS = {"country", "adjective", "seat", "region", "igo", "demonym"}
# Nouns that speak for whoever modifies them ("a Kremlin readout", "the ministry's statement").
VOICE_NOUNS = {
    "readout",
    "statement",
    "communique",
    "communiqué",
    "announcement",
    "release",
    "transcript",
    "note",
    "letter",
    "post",
    "message",
    "decree",
    "declaration",
}
# Nouns that stand for their possessor's side ("their teams", "Kyiv's negotiators").
SIDE_NOUNS = {"team", "delegation", "negotiator", "representative", "envoy", "side", "camp", "counterpart"}
# Group nouns that take their country from a modifier ("European allies", "Arab states").
GROUP_NOUNS = {
    "ally",
    "nation",
    "country",
    "partner",
    "state",
    "capital",
    "neighbour",
    "neighbor",
    "member",
    "power",
    "friend",
    "adversary",
    "rival",
    "counterpart",
}
CIVILIAN_NOUNS = {"people", "public", "citizen", "civilian", "resident", "population"}
PAIR_WORDS = {"both", "two"}
SINGULAR_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"}


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    entries: list[Entry]


@dataclass(slots=True)
class DocActors:
    """The actor mentions of one article and the means to resolve any token to its actors."""

    doc: Doc
    norm: NormalizedText
    sent_of: list[int]
    by_head: dict[int, tuple[Mention, ...]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    first_person: dict[int, Mention] = field(default_factory=dict)  # filled by the quotes stage

    def for_token(self, tok: Token) -> tuple[Mention, ...]:
        """The actors a noun-phrase head stands for (two for "both leaders"); () if none."""
        if tok.i in self.first_person:
            return (self.first_person[tok.i],)
        return self.by_head.get(tok.i, ())

    def span(self, start_char: int, end_char: int) -> tuple[int, int]:
        return self.norm.to_original(start_char, end_char)


class ActorResolver:
    """Resolves actor mentions in spaCy docs against a knowledge base."""

    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self.matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns: dict[str, list[Doc]] = {}
        for key, entries in kb.entries.items():
            for phrase in {e.phrase for e in entries}:
                patterns.setdefault(key, []).append(nlp.make_doc(phrase))
                if fold(phrase) != phrase.lower():
                    patterns[key].append(nlp.make_doc(fold(phrase)))
        for key, docs in patterns.items():
            self.matcher.add(key, docs)
        self.vocab = nlp.vocab

    # -- matching ---------------------------------------------------------------------------
    def _matches(self, doc: Doc) -> dict[int, _Match]:
        from spacy.util import filter_spans

        spans = []
        for match_id, start, end in self.matcher(doc):
            key = self.vocab.strings[match_id]
            entries = [e for e in self.kb.entries.get(key, []) if _case_ok(e, doc[start:end].text) and _context_ok(e, doc, start, end)]
            if entries:
                span = doc[start:end]
                span.label_ = key
                spans.append((span, entries))
        by_span = {(s.start, s.end): es for s, es in spans}
        out: dict[int, _Match] = {}
        for span in filter_spans([s for s, _ in spans]):
            m = _Match(span.start, span.end, by_span[(span.start, span.end)])
            for i in range(span.start, span.end):
                out[i] = m
        for tok in doc:
            # plural and inflected agent words ("presidents") through their lemma
            if tok.i not in out and tok.pos_ == "NOUN" and tok.lemma_.lower() != tok.lower_:
                agents = [e for e in self.kb.lookup(tok.lemma_) if e.kind == "agent"]
                if agents:
                    out[tok.i] = _Match(tok.i, tok.i + 1, agents)
        return out

    # -- resolution -----------------------------------------------------------------------
    def resolve(self, doc: Doc, norm: NormalizedText, *, on: date | None, quote_ranges: list[tuple[int, int]] = ()) -> DocActors:  # type: ignore[assignment]
        """Resolve every noun-phrase head of `doc` in document order."""
        sent_of = [0] * len(doc)
        for si, sent in enumerate(doc.sents):
            for t in sent:
                sent_of[t.i] = si
        state = DocActors(doc=doc, norm=norm, sent_of=sent_of)
        run = _Run(self.kb, doc, self._matches(doc), state, on, list(quote_ranges))
        for tok in doc:
            if tok.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "X", "NUM", "DET") and not _is_inner(tok):
                found = run.resolve_head(tok)
                if found:
                    state.by_head[tok.i] = found
                    for m in found:
                        if m.rule.startswith(("kb.", "title.", "learned.", "dictionary.")) and m not in state.mentions:
                            state.mentions.append(m)
        return state


def _case_ok(entry: Entry, text: str) -> bool:
    phrase = entry.phrase
    if phrase.islower():
        return True
    if phrase.isupper() and len(phrase.replace(".", "")) >= 2:
        return text == phrase or text.replace(".", "") == phrase.replace(".", "")
    return text[:1].isupper()


def _context_ok(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    # An ambiguous country name ("Georgia", "Jordan", "Chad") counts only where the
    # parser's entity recogniser agrees that it is a place.
    if entry.kind == "country" and entry.ambiguous:
        return all(doc[i].ent_type_ in ("GPE", "LOC", "NORP") for i in range(start, end))
    if entry.kind == "person":
        return (
            not any(doc[i].ent_type_ in ("GPE", "ORG", "LOC", "FAC") and doc[i].ent_type_ != "" for i in range(start, end)) or doc[start].ent_type_ == "PERSON"
        )
    return True


def _is_inner(tok: Token) -> bool:
    """Tokens that are part of a bigger noun phrase, not heads of their own."""
    return (tok.dep_ in ("compound", "flat", "case", "punct", "det") or (tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"))) and tok.pos_ != "PRON"


class _Run:
    """The state of resolving one document: the mention history used for coreference."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, matches: dict[int, _Match], state: DocActors, on: date | None, quotes: list[tuple[int, int]]) -> None:
        self.kb, self.doc, self.matches, self.state, self.on = kb, doc, matches, state, on
        self.quotes = quotes
        self.history: list[Mention] = []
        self.pairs: list[tuple[Mention, Mention]] = []
        self.learned: dict[str, Actor] = {}

    def _in_quote(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.quotes)

    def mention(self, toks: list[Token], actor: Actor, rule: str, chain: tuple[str, ...] = ()) -> Mention:
        lo, hi = min(t.i for t in toks), max(t.i for t in toks)
        start_c, end_c = self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi].text)
        o_start, o_end = self.state.span(start_c, end_c)
        return Mention(
            text=self.state.norm.original[o_start:o_end], start=o_start, end=o_end, sentence=self.state.sent_of[lo], actor=actor, rule=rule, chain=chain
        )

    def resolve_head(self, tok: Token) -> tuple[Mention, ...]:
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PAIR_WORDS:
            return self._pronoun(tok, low)
        core = _core(tok)
        found = self._explicit(tok, core)
        if found is not None:
            self._remember(tok, found)
            return (found,)
        return self._anaphor(tok, core)

    def _remember(self, tok: Token, m: Mention) -> None:
        self.history.append(m)
        # "X and Y" makes a pair for later "both"/"the two leaders"/"they".
        if tok.dep_ == "conj" and tok.head.i in self.state.by_head:
            first = self.state.by_head[tok.head.i][0]
            if first.actor.name != m.actor.name:
                self.pairs.append((first, m))

    # explicit mentions: the phrase's own words say who it is
    def _explicit(self, head: Token, core: list[Token]) -> Mention | None:
        entries = [(m, e) for m in _unique(self.matches.get(t.i) for t in core) for e in m.entries]
        head_match = self.matches.get(head.i)
        persons = [e for m, e in entries if e.kind == "person" and e.person is not None]
        if persons and (head_match is not None and any(e.kind == "person" for e in head_match.entries)):
            person = persons[0].person
            assert person is not None
            return self.mention(core, person.actor_on(self.on), f"kb.person.{person.source}")
        states = [(m, e) for m, e in entries if e.kind in STATE_KINDS]
        agents = [(m, e) for m, e in entries if e.kind == "agent"]
        head_entries = head_match.entries if head_match is not None else []
        head_kinds = {e.kind for e in head_entries}
        if head.ent_type_ == "PERSON" and not head_kinds & (STATE_KINDS | {"agent"}):
            return self._person(head, core, states, agents)
        if not states:
            return None
        _, e0 = _closest(states, head)
        sector = ""
        if head_kinds & {"country", "region", "igo"}:
            sector = next((e.sector for _, e in agents if e.sector), "")
            rule = "kb." + e0.kind
        elif head_kinds & {"seat", "demonym"}:
            sector, rule = next((e.sector for e in head_entries if e.kind in ("seat", "demonym")), ""), "kb." + e0.kind
        elif "agent" in head_kinds:
            sector = next(e.sector for e in head_entries if e.kind == "agent")
            rule = "title." + e0.kind
        elif head.lemma_.lower() in VOICE_NOUNS:
            sector, rule = (e0.sector or "GOV"), "title.voice"
        elif head.lemma_.lower() in SIDE_NOUNS:
            sector, rule = "GOV", "title.side"
        elif head.lemma_.lower() in GROUP_NOUNS | CIVILIAN_NOUNS:
            sector = "CVL" if head.lemma_.lower() in CIVILIAN_NOUNS else ""
            rule = "title.group"
        elif "adjective" in head_kinds or head.ent_type_ == "NORP":
            rule = "kb.adjective"  # "the Russians", "Ukrainian" used as a noun
            sector = "CVL" if head.tag_ in ("NNS", "NNPS") else ""
        else:
            return None
        if e0.kind == "seat" and not sector:
            sector = "GOV"
        return self.mention(core, _state_actor(e0, sector), rule)

    def _person(self, head: Token, core: list[Token], states: list[tuple[_Match, Entry]], agents: list[tuple[_Match, Entry]]) -> Mention | None:
        name_toks = [t for t in core if t.ent_type_ == "PERSON" and t.i not in self.matches]
        name = " ".join(t.text for t in sorted(name_toks, key=lambda t: t.i)) or head.text
        key = fold(head.text)
        if states or agents:
            country_e = _closest(states, head)[1] if states else None
            sector = next((e.sector for _, e in agents if e.sector), "")
            actor = (
                _state_actor(country_e, sector, name=name, kind="person", source="title")
                if country_e
                else Actor(name=name, sector=(sector,) if sector else (), kind="person", source="title")
            )
            if actor.code:
                self.learned[key] = actor
                self.learned[fold(name)] = actor
            return self.mention(core, actor, "title.apposition" if actor.code else "title.unplaced")
        if key in self.learned or fold(name) in self.learned:
            return self.mention(core, self.learned.get(key) or self.learned[fold(name)], "learned.surname")
        return self.mention(core, Actor(name=name, kind="person", source="unknown"), "unresolved.person")

    # anaphora: pronouns, bare titles, "both", "the two leaders"
    def _pronoun(self, tok: Token, low: str) -> tuple[Mention, ...]:
        if low in FIRST_PERSON:
            return ()  # resolved through the quote's speaker by the quotes stage
        if low in SINGULAR_PRONOUNS:
            prev = self._last(lambda m: m.actor.kind == "person", tok)
            return (self._via(tok, prev, "coref.pronoun"),) if prev else ()
        if low in PLURAL_PRONOUNS or low in PAIR_WORDS:
            pair = self._last_pair(tok)
            if pair:
                return tuple(self._via(tok, m, "coref.pair") for m in pair)
            prev = self._last(lambda m: m.actor.kind != "person", tok)
            return (self._via(tok, prev, "coref.plural"),) if prev and low in PLURAL_PRONOUNS else ()
        return ()

    def _anaphor(self, tok: Token, core: list[Token]) -> tuple[Mention, ...]:
        lemma = tok.lemma_.lower()
        head_match = self.matches.get(tok.i)
        agent = next((e for e in head_match.entries if e.kind == "agent"), None) if head_match else None
        paired = any(c.lower_ in PAIR_WORDS for c in tok.children) or (
            tok.tag_ == "NNS" and any(c.lower_ == "the" for c in tok.children) and agent is not None and agent.is_person_word
        )
        if paired and (agent is not None or lemma in {"party", "side", "leader", "country", "nation"}):
            pair = self._last_pair(tok)
            if pair:
                return tuple(self._via(tok, m, "coref.pair") for m in pair)
        if agent is not None and agent.is_person_word and tok.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in tok.children):
            prev = self._last(lambda m: m.actor.kind == "person" and (not m.actor.sector or m.actor.sector[0] == agent.sector), tok)
            if prev:
                return (self._via(tok, prev, "coref.title"),)
        if lemma in SIDE_NOUNS or lemma in VOICE_NOUNS:
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.i in self.state.by_head:
                return tuple(self._via(tok, m, "coref.possessor") for m in self.state.by_head[poss.i])
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and fold(tok.text) in self.learned):
            found = self._person(tok, core, [], [])
            if found is not None and found.actor.code:
                self.history.append(found)
            return (found,) if found is not None else ()
        return ()

    def _via(self, tok: Token, m: Mention, rule: str) -> Mention:
        mm = self.mention([tok], m.actor, rule, chain=(m.text, *m.chain))
        return mm

    def _last(self, ok: Callable[[Mention], bool], tok: Token) -> Mention | None:
        inside = self._in_quote(tok)
        for m in reversed(self.history):
            if m.start >= self.state.span(tok.idx, tok.idx + len(tok.text))[0]:
                continue
            m_inside = any(a <= m.start < b for a, b in self._orig_quotes())
            if m_inside and not inside:
                continue  # a speaker pronoun outside a quote never points into the quote
            if ok(m) and m.actor.code:
                return m
        return None

    def _orig_quotes(self) -> list[tuple[int, int]]:
        return [self.state.span(a, b) for a, b in self.quotes]

    def _last_pair(self, tok: Token) -> tuple[Mention, Mention] | None:
        pos = self.state.span(tok.idx, tok.idx + 1)[0]
        pairs = [p for p in self.pairs if p[1].start < pos]
        last_pair = pairs[-1] if pairs else None
        # the two most recent distinct persons, if more recent than the last explicit pair
        people: list[Mention] = []
        for m in reversed(self.history):
            if m.start < pos and m.actor.kind == "person" and m.actor.code and all(p.actor.name != m.actor.name for p in people):
                people.append(m)
            if len(people) == 2:
                break
        if len(people) == 2 and (last_pair is None or people[1].start > last_pair[1].start):
            return people[1], people[0]
        return last_pair


def misparsed_conjunct(tok: Token) -> bool:
    """ "President Trump and Russian President Putin" parsed with Trump as a modifier of
    Putin: a modifier that carries its own "and" is really a coordinated phrase."""
    return tok.dep_ in ("nmod", "compound", "appos") and any(c.dep_ == "cc" for c in tok.children)


def _core(head: Token) -> list[Token]:
    out = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if misparsed_conjunct(c):
                continue
            if c.dep_ in CORE_DEPS or (c.dep_ == "appos" and t is head):
                out.append(c)
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and t is head:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.append(p)
                        stack.append(p)
    return [t for t in out if not (t.dep_ == "punct" or t.dep_ == "case")] or [head]


def _unique(items: object) -> list[_Match]:
    seen: list[_Match] = []
    for m in items:  # type: ignore[attr-defined]
        if m is not None and all(m is not s for s in seen):
            seen.append(m)
    return seen


def _closest(found: list[tuple[_Match, Entry]], head: Token) -> tuple[_Match, Entry]:
    return min(found, key=lambda me: (0 if me[0].start <= head.i < me[0].end else 1, abs(me[0].start - head.i)))


def _state_actor(e: Entry, sector: str, *, name: str = "", kind: str = "", source: str = "") -> Actor:
    code = e.code or e.country
    sectors = tuple(s for s in sector.split(",") if s) if sector else ()
    if e.kind == "igo":
        sectors = sectors or tuple(s for s in e.sector.split(",") if s)
        return Actor(name=name or e.name, code=code, country="", sector=sectors, kind=kind or "igo", source=source or e.source)
    main = sectors[0] if sectors else ""
    return Actor(
        name=name or e.name,
        code=code + (main if main not in ("IGO",) else ""),
        country=e.country,
        sector=sectors,
        kind=kind or ("region" if e.kind == "region" else "state"),
        source=source or e.source,
    )
