"""Resolving the noun phrases of a parsed article to actors.

For every noun-phrase head the resolver combines what the phrase's own words say (a
person of the knowledge base, a country adjective, a seat of government, a title such as
"Defense Minister") and, where the phrase is a pronoun, a bare title or a surname, what the
article said before (in-document coreference). What an article states about an unknown
person ("Latvian Foreign Minister Baiba Braže") is learned for the rest of that article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

import numpy

from parley.actors.kb import Entry, KnowledgeBase, Person, fold
from parley.ingest.normalize import NormalizedText
from parley.model import Actor, Mention
from parley.nlp.arrays import DocArrays, SentenceBounds, doc_arrays, label_table, sentence_bounds, sentence_of_tokens
from parley.nlp.lite import LiteDoc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

CORE_DEPS = {"compound", "amod", "poss", "nmod", "flat", "nummod", "case", "punct", "npadvmod"}
# Parts of speech of the words that may head a phrase naming an actor.
HEAD_POS = {"NOUN", "PROPN", "PRON", "ADJ", "X", "NUM", "DET"}
# Dependencies of the tokens that are part of a bigger noun phrase, not heads of their own.
INNER_DEPS = frozenset({"compound", "flat", "case", "punct", "det"})
STATE_KINDS = {"country", "adjective", "seat", "body", "region", "igo", "demonym"}
NAMED_KINDS = {"person", "group"}  # entries that carry a Person (dated offices / standing)
# Places that stand for a government only when they act: "Moscow said", not "a hotel in Moscow".
PLACE_KINDS = {"seat", "region"}
# Prepositions that make their object a location or a path, not an actor.
LOCATIVE_PREPS = {"in", "at", "inside", "outside", "near", "around", "across", "throughout", "within", "into", "down", "up", "along", "past", "beyond"}
PATH_PREPS = {"down", "up", "along"}  # "down the Congo", "along Downing Street": rivers and streets
# Head nouns that make a US-state (or other subdivision) reading of a name: "Georgia's governor".
SUBNATIONAL_HEADS = {"governor", "state", "county", "legislature", "statehouse", "lawmaker", "senator"}
PERSON_NOUNS = {"man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "husband", "wife", "friend", "native", "owner", "driver"}
ORGANISATION_NOUNS = {"group", "organisation", "organization", "company", "firm", "movement", "party", "giant", "maker", "producer", "operator"}
PLACE_NOUNS = {"capital", "city", "town", "port", "region", "province", "state", "country", "island", "village", "enclave", "republic"}
FORMER_WORDS = {"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired"}
# Nouns that speak for whoever modifies them ("a Kremlin readout", "the ministry's statement").
VOICE_NOUNS = {
    "report",
    "findings",
    "assessment",
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
# Nouns for the people, posts and sites of a named organisation, which stand for it ("IAEA
# inspectors", "UN investigators", "Hezbollah targets", "Houthi positions").
MEMBER_NOUNS = {
    "inspector",
    "investigator",
    "monitor",
    "observer",
    "expert",
    "staff",
    "staffer",
    "worker",
    "employee",
    "personnel",
    "target",
    "position",
    "stronghold",
    "outpost",
    "hideout",
    "board",
    "panel",
}
# Sectors of non-state armed groups, whose officers and troops are the group itself.
ARMED_GROUP_SECTORS = {"REB", "INS", "SEP", "UAF"}
# Nouns for those who speak for an organisation named in a "for" phrase.
SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople"}
# Agent sectors that stand on their own without a country ("a rights group reported"):
# CAMEO codes them as NGOs.
TRANSNATIONAL_SECTORS = {"NGO", "HRI"}
# Nouns that stand for their possessor's side ("their teams", "Kyiv's negotiators").
SIDE_NOUNS = {"team", "delegation", "negotiator", "representative", "envoy", "side", "camp", "counterpart"}
# Group nouns that take their country from a modifier ("European allies", "Arab states").
# These nouns stand for governments ("Western allies", "Gulf states", "European capitals").
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
# Heads that "both" or "the two" make a pair of even without an agent word ("both parties").
PAIR_HEADS = {"party", "side", "leader", "country", "nation"}
# Lemmas of the heads that _anaphor resolves through their neighbours.
ANAPHOR_LEMMAS = PAIR_HEADS | SIDE_NOUNS | VOICE_NOUNS
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

    doc: Doc  # the parse of norm.text
    norm: NormalizedText
    sent_of: list[int]
    arrays: DocArrays
    by_head: dict[int, tuple[Mention, ...]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    first_person: dict[int, Mention] = field(default_factory=dict)  # filled by the quotes stage
    states: dict[int, Entry] = field(default_factory=dict)  # country words inside other phrases
    # gazetteer places ("Kharkiv", "Khan Younis"), on the head token of their name; never actors
    places: dict[int, Entry] = field(default_factory=dict)
    place_mentions: dict[int, Mention] = field(default_factory=dict)
    lite: LiteDoc | None = None  # see view()
    bounds: SentenceBounds = field(default_factory=list)  # the doc's sentences (parley.nlp.arrays)

    def view(self) -> LiteDoc:
        """The light view of `doc` (parley.nlp.lite) that the quotes and events stages walk,
        made on first use and shared by them."""
        if self.lite is None:
            if not self.bounds:
                self.bounds = sentence_bounds(self.doc)
            self.lite = LiteDoc(self.doc, self.arrays, self.bounds, self.sent_of, self.norm.text)
        return self.lite

    def for_token(self, tok: Token) -> tuple[Mention, ...]:
        """The actors a noun-phrase head stands for (two for "both leaders"); () if none."""
        if tok.i in self.first_person:
            return (self.first_person[tok.i],)
        return self.by_head.get(tok.i, ())

    def modifier_actor(self, tok: Token) -> Mention | None:
        """The state a country adjective or name stands for where it only modifies another
        noun ("an Israeli airstrike", "Iranian nuclear facilities"): the country, no sector."""
        entry = self.states.get(tok.i)
        if entry is None or tok.dep_ not in ("amod", "compound", "nmod"):
            return None
        a, b = self.span(tok.idx, tok.idx + len(tok.text))
        actor = _state_actor(entry, "")
        return Mention(text=self.norm.original[a:b], start=a, end=b, sentence=self.sent_of[tok.i], actor=actor, rule="kb.modifier")

    def place_actor(self, tok: Token) -> Mention | None:
        """The country a place name lies in ("shelled Kharkiv": Ukraine), for the event coder
        to use where a material-conflict event names its target only by a place."""
        return self.place_mentions.get(tok.i)

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
        self._pair_ids = {nlp.vocab.strings.add(w) for w in PAIR_WORDS}  # LOWER ids of PAIR_WORDS

    # -- matching ---------------------------------------------------------------------------
    def _matches(self, doc: Doc, text: str, arrays: DocArrays) -> tuple[dict[int, _Match], list[_Match]]:
        """The knowledge-base phrases of a doc (whose text is `text`) by token, and, apart
        from them, its places."""
        spans: list[_Match] = []
        places: list[_Match] = []
        strings, entries_of = self.vocab.strings, self.kb.entries
        idx, length = arrays.idx, arrays.length
        for match_id, start, end in self.matcher(doc):
            candidates = entries_of.get(strings[match_id], [])
            phrase = text[idx[start] : idx[end - 1] + length[end - 1]]  # doc[start:end].text, without building the Span
            entries = [e for e in candidates if e.kind != "place" and _case_ok(e, phrase) and _context_ok(e, doc, arrays, start, end, self.kb)]
            if entries:
                spans.append(_Match(start, end, entries))
            found = [e for e in candidates if e.kind == "place" and _case_ok(e, phrase)]
            if found and _place_ok(arrays, start, end):
                places.append(_Match(start, end, found))
        out: dict[int, _Match] = {}
        # longest first; of two as long, the later one, which ends nearer the English head
        # ("Israeli military spokesman": "military spokesman", not "Israeli military")
        for m in sorted(spans, key=lambda m: (m.end - m.start, m.end), reverse=True):
            if all(i not in out for i in range(m.start, m.end)):
                for i in range(m.start, m.end):
                    out[i] = m
        pos, lemmas, lowers = arrays.pos, arrays.lemmas, arrays.lowers
        # plural and inflected agent words ("presidents") through their lemma: the nouns whose
        # lemma and lower-case form differ
        for i in numpy.flatnonzero(arrays.lemma_ids != arrays.lower_ids).tolist():
            if pos[i] != "NOUN" or i in out:
                continue
            lemma = strings[lemmas[i]]
            if lemma.lower() != strings[lowers[i]]:
                agents = [e for e in self.kb.lookup(lemma) if e.kind == "agent"]
                if agents:
                    out[i] = _Match(i, i + 1, agents)
        return out, _place_spans(places, out)

    # -- resolution -----------------------------------------------------------------------
    def resolve(
        self,
        doc: Doc,
        norm: NormalizedText,
        *,
        on: date | None,
        quote_ranges: Sequence[tuple[int, int]] = (),
        arrays: DocArrays | None = None,
        sents: SentenceBounds | None = None,
    ) -> DocActors:
        """Resolve every noun-phrase head of `doc` (the parse of `norm.text`) in document
        order. `arrays` and `sents` are the doc's arrays and sentence bounds, when the caller
        has them already."""
        bounds = sents if sents is not None else sentence_bounds(doc)
        sent_of = sentence_of_tokens(bounds, len(doc))
        arrays = arrays if arrays is not None else doc_arrays(doc)
        state = DocActors(doc=doc, norm=norm, sent_of=sent_of, arrays=arrays, bounds=bounds)
        matches, places = self._matches(doc, norm.text, arrays)
        for i, match in matches.items():
            if match.end - match.start != 1:
                continue
            entry = next((e for e in match.entries if e.kind in ("adjective", "country") and not e.ambiguous), None)
            if entry is not None:
                state.states[i] = entry
        for place in places:
            self._record_place(state, place)
        run = _Run(self.kb, doc, matches, state, on, list(quote_ranges))
        listed: set[Mention] = set()  # state.mentions as a set, for the membership test
        strings, pos, ent, lowers, lemmas = self.vocab.strings, arrays.pos, arrays.ent, arrays.lowers, arrays.lemmas
        above, pair_ids = run.above_matches, self._pair_ids
        for i in _phrase_heads(doc, arrays, matches):
            if (
                i not in above
                and ent[i] != "PERSON"
                and pos[i] != "PRON"
                and lowers[i] not in pair_ids
                and (pos[i] != "PROPN" or not run.learned)
                and strings[lemmas[i]].lower() not in ANAPHOR_LEMMAS
            ):
                # no word of the knowledge base, no person's name, no pronoun and no noun
                # that refers back: the head stands for nobody (see resolve_head)
                continue
            tok = doc[i]
            found = run.resolve_head(tok)
            if len(found) == 1:
                found = found + run.coordinated_modifiers(tok, found[0])
            if found:
                state.by_head[i] = found
                for m in found:
                    if m.rule.startswith(("kb.", "title.", "learned.", "dictionary.")):
                        n = len(listed)
                        listed.add(m)  # hashes the mention once, where a test and an add would hash it twice
                        if len(listed) > n:
                            state.mentions.append(m)
        return state

    def _record_place(self, state: DocActors, place: _Match) -> None:
        """A place is recorded on the head of its name with the country it lies in."""
        doc, entry = state.doc, place.entries[0]
        head = doc[place.start : place.end].root
        span = doc[place.start : place.end]
        a, b = state.span(span.start_char, span.end_char)
        crec = self.kb.countries.get(entry.country, {})
        actor = Actor(name=str(crec.get("name") or entry.country), code=entry.code or entry.country, country=entry.country, kind="state", source=entry.source)
        state.places[head.i] = entry
        state.place_mentions[head.i] = Mention(text=state.norm.original[a:b], start=a, end=b, sentence=state.sent_of[head.i], actor=actor, rule="kb.place")


def _place_spans(places: list[_Match], actors: dict[int, _Match]) -> list[_Match]:
    """The longest places that no actor phrase at least as long overlaps: "Arakan" inside
    "Arakan Army" is the group's name, "Moscow region" is more than the seat "Moscow"."""
    taken: set[int] = set()
    out: list[_Match] = []
    for m in sorted(places, key=lambda m: (m.end - m.start, m.end), reverse=True):
        toks = range(m.start, m.end)
        if any(i in taken for i in toks):
            continue
        if any(actors[i].end - actors[i].start >= m.end - m.start for i in toks if i in actors):
            continue
        taken.update(toks)
        out.append(m)
    return out


def _place_ok(arrays: DocArrays, start: int, end: int) -> bool:
    """A place name not inside a longer person, work or event name ("Florence Nightingale",
    "the Battle of Kursk"); a lone name the recogniser calls a person ("Khan Younis") counts."""
    return not _inside_other_name(arrays, start, end)


def _case_ok(entry: Entry, text: str) -> bool:
    phrase = entry.phrase
    if phrase.islower():
        return True
    if phrase.isupper() and len(phrase.replace(".", "")) >= 2:
        return text == phrase or text.replace(".", "") == phrase.replace(".", "")
    # a capitalised name matches capitalised text; a name listed with a lower-case article
    # ("the Rapid Support Forces") matches that article in running text too
    return text[:1].isupper() or text[:1] == phrase[:1]


def _context_ok(entry: Entry, doc: Doc, arrays: DocArrays, start: int, end: int, kb: KnowledgeBase) -> bool:
    kind = entry.kind
    if kind in NAMED_KINDS:
        return _name_ok(entry, arrays, start, end)
    if entry.ambiguous and kind == "country":
        return _ambiguous_place_ok(doc, arrays, start, end, kb) and not _subnational(doc, end, kb)
    if entry.ambiguous:
        # "Wagner" the group, not the composer: an organisation, a modifier of a noun, or
        # named with an organisation noun ("Memorial, the Russian human rights group")
        last = doc[end - 1]
        return (
            last.ent_type_ in ("ORG", "NORP", "GPE")
            or (last.dep_ in ("compound", "nmod") and last.head.pos_ == "NOUN")
            or any(c.dep_ == "appos" and _is_organisation_noun(c, kb) for c in last.children)
        )
    if kind in ("country", "seat", "body", "region") and (_inside_other_name(arrays, start, end) or _modified_by_other_noun(doc, arrays, start, kb)):
        return False  # "George Washington", "Irving Berlin", "chicken Kiev"
    if kind in ("country", "seat") and _town_of_subdivision(doc, arrays, end, entry.country, kb):
        return False  # "Moscow, Idaho", "Lebanon, Pennsylvania"
    return not (kind == "seat" and _subnational(doc, end, kb))  # "Washington state"


_IOB_INSIDE = 1  # Token.ent_iob of a token inside (not at the start of) an entity


def _name_ok(entry: Entry, arrays: DocArrays, start: int, end: int) -> bool:
    """A person's or group's name counts unless the parser puts it inside a longer name of
    another kind ("Trump Tower", "Johnson & Johnson") or calls it a place."""
    ent, iob = arrays.ent, arrays.iob
    if ent[start] == "PERSON":
        return True
    ents = {e for e in ent[start:end] if e}
    if not ents:
        return True
    if entry.ambiguous and not ents & {"ORG", "NORP"}:
        return False
    # the recogniser often calls a lone foreign surname a place or an organisation ("Lavrov")
    # the entity must not reach beyond the name (an organisation named after the person)
    # (a match at the doc's start reads the last token as its predecessor, as doc[-1] does)
    return not ((iob[start] == _IOB_INSIDE and ent[start - 1] == ent[start]) or (end < len(ent) and iob[end] == _IOB_INSIDE))


def _inside_other_name(arrays: DocArrays, start: int, end: int) -> bool:
    """The match sits inside a longer person or work name ("Irving Berlin", "George Washington")."""
    ent, iob = arrays.ent, arrays.iob
    first = ent[start]
    if first not in ("PERSON", "WORK_OF_ART", "FAC", "EVENT"):
        return False
    before = start > 0 and ent[start - 1] == first and iob[start] == _IOB_INSIDE
    after = end < len(ent) and iob[end] == _IOB_INSIDE and ent[end] == first
    return before or after


def _modified_by_other_noun(doc: Doc, arrays: DocArrays, start: int, kb: KnowledgeBase) -> bool:
    """A place name led by a name or noun the knowledge base does not know, which makes it
    part of another name: "Irving Berlin", "chicken Kiev" (not "the capital Kyiv")."""
    if start == 0:
        return False
    p = start - 1
    if arrays.dep[p] not in ("compound", "flat") or arrays.head[p] < start:
        return False
    prev = doc[p]
    if prev.lemma_.lower() in PLACE_NOUNS or _known(prev.text, kb):
        return False
    return prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.text.islower())


def _known(text: str, kb: KnowledgeBase) -> bool:
    """A word the knowledge base knows as something that can be an actor (not just a place)."""
    return any(e.kind != "place" for e in kb.lookup(text))


def _town_of_subdivision(doc: Doc, arrays: DocArrays, end: int, country: str, kb: KnowledgeBase) -> bool:
    """ "Moscow, Idaho": a place name followed by a subdivision of another country."""
    if end + 1 >= len(arrays) or label_table(arrays.strings)[arrays.lowers[end]] != ",":
        return False
    for n in (1, 2, 3):
        if end + 1 + n <= len(doc):
            sub = kb.subdivisions.get(fold(doc[end + 1 : end + 1 + n].text))
            if sub is not None:
                return sub != country
    return False


def _subnational(doc: Doc, end: int, kb: KnowledgeBase) -> bool:
    """A name that is also a subdivision ("Georgia", "Washington") used with a noun only a
    subdivision has: "Georgia's governor", "Washington state"."""
    last = doc[end - 1]
    if fold(last.text) not in kb.subdivisions:
        return False
    head = last.head
    nxt = doc[end] if end < len(doc) else None
    return (last.dep_ in ("poss", "compound", "nmod") and head.lemma_.lower() in SUBNATIONAL_HEADS) or (nxt is not None and nxt.lower_ == "state")


def _ambiguous_place_ok(doc: Doc, arrays: DocArrays, start: int, end: int, kb: KnowledgeBase) -> bool:
    """An ambiguous country name ("Georgia", "Jordan", "Chad") counts as the country where
    the parser calls it a place, or where it stands alone (not part of a longer person name)
    and nothing marks it as a person ("Chad, a farmer") or a US state ("Georgia's governor")."""
    toks = doc[start:end]
    last = doc[end - 1]
    if any(c.dep_ == "appos" and _is_person_noun(c, kb) for c in last.children):
        return False
    if start > 0 and doc[start - 1].lower_ == "the" and not any(e.kind == "country" for e in kb.lookup("the " + toks.text)):
        return False  # "the Niger" is the river; the country is never named so
    if all(t.ent_type_ in ("GPE", "LOC", "NORP") for t in toks):
        return True
    return not (_inside_other_name(arrays, start, end) or any(t.ent_type_ == "PERSON" and t.ent_iob_ == "I" for t in toks))


def _is_person_noun(tok: Token, kb: KnowledgeBase) -> bool:
    """ "farmer", "man", "minister": a noun that denotes a person."""
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or any(e.kind == "agent" and e.is_person_word for e in kb.lookup(lemma))


def _is_organisation_noun(tok: Token, kb: KnowledgeBase) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in ORGANISATION_NOUNS or any(e.kind == "agent" and not e.is_person_word for e in kb.lookup(lemma))


def _names_someone(tok: Token, matches: dict[int, _Match]) -> bool:
    """A capitalised KB name mis-tagged as a verb or adjective ("Macron called …")."""
    m = matches.get(tok.i)
    return m is not None and tok.i == m.end - 1 and tok.text[:1].isupper() and any(e.kind in NAMED_KINDS for e in m.entries)


def _phrase_heads(doc: Doc, arrays: DocArrays, matches: dict[int, _Match]) -> list[int]:
    """The tokens that may head a phrase naming an actor, in document order."""
    pos, dep, head = arrays.pos, arrays.dep, arrays.head
    return [
        i
        for i, p in enumerate(pos)
        if (p in HEAD_POS or (i in matches and _names_someone(doc[i], matches)))
        # and not part of a bigger noun phrase (a modifier, a determiner; pronouns never are)
        and not ((dep[i] in INNER_DEPS or (dep[i] == "amod" and pos[head[i]] in ("NOUN", "PROPN"))) and p != "PRON")
    ]


class _Run:
    """The state of resolving one document: the mention history used for coreference."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, matches: dict[int, _Match], state: DocActors, on: date | None, quotes: list[tuple[int, int]]) -> None:
        self.kb, self.doc, self.matches, self.state, self.on = kb, doc, matches, state, on
        self.quotes = quotes
        self.history: list[Mention] = []
        self.pairs: list[tuple[Mention, Mention]] = []
        self.learned: dict[str, Actor] = {}
        self.introduced: dict[str, Mention] = {}  # where the article stated what it learned
        self._cores: dict[int, list[int]] = {}
        self._with_cc: set[int] | None = None
        self.text = state.norm.text  # the doc's text
        self.arrays = state.arrays
        # The matched tokens and all their ancestors: only phrases headed there can hold a
        # word of the knowledge base (a phrase's core words all descend from its head).
        self.above_matches: set[int] = set()
        heads = state.arrays.head
        for i in matches:
            while i not in self.above_matches:
                self.above_matches.add(i)
                if heads[i] == i:
                    break
                i = heads[i]

    def core(self, head: Token) -> list[int]:
        """The indices of the words of the phrase `head` heads (see `_core`), worked out
        once per head."""
        found = self._cores.get(head.i)
        if found is None:
            if self._with_cc is None:
                # the tokens with a coordinating conjunction among their children
                self._with_cc = {h for i, (h, d) in enumerate(zip(self.arrays.head, self.arrays.dep, strict=True)) if d == "cc" and h != i}
            found = self._cores[head.i] = _core(head.i, self.arrays, self.state.doc.vocab.strings, self._with_cc)
        return found

    def word(self, i: int) -> str:
        """The text of token `i` (doc[i].text)."""
        a = self.arrays.idx[i]
        return self.text[a : a + self.arrays.length[i]]

    def former(self, core: list[int]) -> bool:
        """ "former prime minister", "ex-president": an office held no longer (CAMEO ELI)."""
        names, lower = label_table(self.arrays.strings), self.arrays.lowers
        return any(w in FORMER_WORDS or w.startswith("ex-") for w in (names[lower[i]] for i in core))

    def _children(self, tok: Token) -> list[Token]:
        """tok.children, from the doc's arrays."""
        return [self.doc[c] for c in self.state.arrays.kids[tok.i]]

    def _in_quote(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.quotes)

    def mention(self, indices: list[int], actor: Actor, rule: str, chain: tuple[str, ...] = ()) -> Mention:
        """The mention of `actor` by the tokens at `indices` (from the first to the last)."""
        lo, hi = min(indices), max(indices)
        idx = self.arrays.idx
        o_start, o_end = self.state.span(idx[lo], idx[hi] + self.arrays.length[hi])
        return Mention(
            text=self.state.norm.original[o_start:o_end], start=o_start, end=o_end, sentence=self.state.sent_of[lo], actor=actor, rule=rule, chain=chain
        )

    def coordinated_modifiers(self, head: Token, first: Mention) -> tuple[Mention, ...]:
        """ "Indian and Pakistani troops": one phrase, one actor per coordinated adjective."""
        if first.actor.kind not in ("state", "region"):
            return ()
        out: list[Mention] = []
        dep, kids = self.state.arrays.dep, self.state.arrays.kids
        for mod in (c for c in kids[head.i] if dep[c] in ("amod", "compound", "nmod")):
            for conj in (self.doc[c] for c in kids[mod] if dep[c] == "conj"):
                m = self.matches.get(conj.i)
                entry = next((e for e in m.entries if e.kind in ("adjective", "country", "region")), None) if m else None
                if entry is None or entry.code == first.actor.code[:3]:
                    continue
                sector = first.actor.sector[0] if first.actor.sector else ""
                out.append(self.mention([conj.i, head.i], _state_actor(entry, sector), first.rule + ".coordinated"))
        return tuple(out)

    def resolve_head(self, tok: Token) -> tuple[Mention, ...]:
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PAIR_WORDS:
            return self._pronoun(tok, low)
        found = self._explicit(tok)
        if found is not None:
            self._remember(tok, found)
            return (found,)
        return self._anaphor(tok)

    def _remember(self, tok: Token, m: Mention) -> None:
        self.history.append(m)
        # "X and Y" makes a pair for later "both"/"the two leaders"/"they".
        if tok.dep_ == "conj" and tok.head.i in self.state.by_head:
            first = self.state.by_head[tok.head.i][0]
            if first.actor.name != m.actor.name:
                self.pairs.append((first, m))

    # explicit mentions: the phrase's own words say who it is
    def _explicit(self, head: Token) -> Mention | None:
        if head.lemma_.lower() in SPOKES_NOUNS:
            # "a spokesperson for the Israeli military" speaks for the military
            dep, kids = self.arrays.dep, self.arrays.kids
            objs = [p for c in kids[head.i] if dep[c] == "prep" and self.word(c).lower() == "for" for p in kids[c] if dep[p] == "pobj"]
            # "A spokeswoman for the Commission, Paula Pinho,": the parser hangs the person's
            # name on the organisation; the name says who speaks, as any apposition does
            person = any(dep[c] == "appos" and self.arrays.ent[c] == "PERSON" for o in [head.i, *objs[:1]] for c in kids[o])
            voiced = self._explicit(self.doc[objs[0]]) if objs and objs[0] in self.above_matches and not person else None
            if voiced is not None and voiced.actor.code:
                return self.mention([*self.core(head), objs[0]], voiced.actor, "title.spokesperson")
        if head.i not in self.above_matches:
            # no word of the knowledge base in the phrase (most phrases): what follows
            # comes down to this
            return self._person(head, self.core(head), [], []) if head.ent_type_ == "PERSON" else None
        core = self.core(head)
        matches = self.matches
        entries = [(m, e) for m in _unique([matches[i] for i in core if i in matches]) for e in m.entries]
        head_match = self.matches.get(head.i)
        if not entries and head_match is None:
            return self._person(head, core, [], []) if head.ent_type_ == "PERSON" else None
        head_entries = head_match.entries if head_match is not None else []
        head_kinds = {e.kind for e in head_entries}
        states = [(m, e) for m, e in entries if e.kind in STATE_KINDS]
        agents = [(m, e) for m, e in entries if e.kind == "agent"]
        named = self._named(head, head_match, entries, states)
        if named is not None:
            return named
        if head.ent_type_ == "PERSON" and not head_kinds & (STATE_KINDS | {"agent"}):
            return self._person(head, core, states, agents)
        if not states and head_match is not None:
            # "a rights group", "aid workers": non-governmental actors need no country
            ngo = next((e for e in head_entries if e.kind == "agent" and e.sector in TRANSNATIONAL_SECTORS), None)
            if ngo is not None:
                return self.mention(
                    core,
                    Actor(name=" ".join(self.word(i) for i in sorted(core)), code="NGO", sector=(ngo.sector,), kind="group", source="title"),
                    "title.ngo",
                )
        if not states or _used_as_place(head, head_kinds):
            return None
        _, e0 = _closest(states, head)
        found = _state_sector(head, head_kinds, head_entries, agents, e0, core, self.arrays)
        if found is None:
            return None
        sector, rule = found
        if e0.kind == "seat" and not sector:
            sector = "GOV"
        if not sector and head.lemma_.lower() in GROUP_NOUNS:
            sector = "GOV"  # "Gulf states", "Western allies": their governments
        if sector and sector != "ELI" and self.former(core):
            sector = "ELI"
        return self.mention(core, _state_actor(e0, sector), rule)

    def _named(self, head: Token, head_match: _Match | None, entries: list[tuple[_Match, Entry]], states: list[tuple[_Match, Entry]]) -> Mention | None:
        """A person or named group of the knowledge base heading the phrase ("Putin",
        "Chinese President Xi Jinping") or modifying a title ("Likud ministers")."""
        named = [(m, e) for m, e in entries if e.kind in NAMED_KINDS and e.person is not None]
        if not named:
            return None
        on_head = [(m, e) for m, e in named if m is head_match or _name_goes_on(head, m, e)]
        if on_head:
            m0 = on_head[0][0]
            if m0.end - m0.start == 1 and fold(head.text) in self.learned:
                # a bare surname the article has already introduced ("Defence Minister Kim
                # Yong-hyun" … "Kim") is that person, not a namesake of the knowledge base
                return self._learned(self.core(head), fold(head.text))
            countries = {e.country for _, e in states if e.country} | {e.code for _, e in states if e.kind == "region"}
            core_toks = [i for m, _ in named for i in range(m.start, m.end)]
            person = _pick_person([e.person for _, e in on_head if e.person is not None], countries, self.on)
            actor = _as_stated(person.actor_on(self.on), [e for _, e in entries if e.kind == "agent"], self.former(self.core(head)))
            return self.mention(self.core(head) + core_toks, actor, f"kb.{person.kind}.{person.source}")
        head_agent = next((e for e in (head_match.entries if head_match else []) if e.kind == "agent"), None)
        groups = [e.person for _, e in named if e.kind == "group" and e.person is not None]
        if groups and head_agent is None and head.lemma_.lower() in MEMBER_NOUNS and head_match is None:
            group = groups[0].actor_on(self.on)
            return self.mention(self.core(head), group, "title.member")
        if head_agent is None or not groups:
            return None
        group = groups[0].actor_on(self.on)
        own = group.sector and (head_agent.defer or _rank_of_armed_group(head_agent.sector, group.sector[0]))
        sector = group.sector[0] if own else head_agent.sector
        sectors = (sector,) if sector else ()
        actor = Actor(name=group.name, code=group.country + sector, country=group.country, sector=sectors, kind="group", source=group.source)
        return self.mention(self.core(head), actor, "title.group")

    def _person(self, head: Token, core: list[int], states: list[tuple[_Match, Entry]], agents: list[tuple[_Match, Entry]]) -> Mention | None:
        ent = self.arrays.ent
        name_toks = [i for i in core if ent[i] == "PERSON" and i not in self.matches]
        name = " ".join(self.word(i) for i in sorted(name_toks)) or head.text
        key = fold(head.text)
        if states or agents:
            country_e = _closest(states, head)[1] if states else None
            sector = next((e.sector for _, e in agents if e.sector), "")
            if country_e is not None and country_e.kind == "body" and _rank_of_armed_group(sector, country_e.sector):
                sector = country_e.sector  # "Hezbollah commander X": a rebel, not an army officer
            if sector and self.former(core):
                sector = "ELI"  # "Former Polish president Lech Walesa"
            actor = (
                _state_actor(country_e, sector, name=name, kind="person", source="title")
                if country_e
                else Actor(name=name, sector=(sector,) if sector else (), kind="person", source="title")
            )
            found = self.mention(core, actor, "title.apposition" if actor.code else "title.unplaced")
            if actor.code:
                for k in (key, fold(name)):
                    self.learned[k], self.introduced[k] = actor, found
            return found
        k = key if key in self.learned else fold(name)
        if k in self.learned:
            return self._learned(core, k)
        return self.mention(core, Actor(name=name, kind="person", source="unknown"), "unresolved.person")

    def _learned(self, toks: list[int], key: str) -> Mention:
        """A later bare mention of a person the article introduced, with the introduction as its chain."""
        intro = self.introduced.get(key)
        chain = (intro.text, *intro.chain) if intro is not None else ()
        return self.mention(toks, self.learned[key], "learned.surname", chain=chain)

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
        if low in ("it", "its", "itself") and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            # "Beijing said it would lift …": a state or organisation, never a person
            # "firms it accuses of …": a relative clause's pronoun is not the noun the clause describes
            described = -1
            if tok.head.dep_ == "relcl":
                described = self.state.span(tok.head.head.idx, tok.head.head.idx + 1)[0]
            prev = self._last(
                lambda m: m.actor.kind in ("state", "igo", "region") and m.sentence >= self.state.sent_of[tok.i] - 1 and not (m.start <= described < m.end), tok
            )
            return (self._via(tok, prev, "coref.it"),) if prev else ()
        return ()

    def _anaphor(self, tok: Token) -> tuple[Mention, ...]:
        lemma = tok.lemma_.lower()
        head_match = self.matches.get(tok.i)
        agent = next((e for e in head_match.entries if e.kind == "agent"), None) if head_match else None
        # the children are read only for the few heads where they can matter
        if agent is not None or lemma in PAIR_HEADS:
            children = self._children(tok)
            paired = any(c.lower_ in PAIR_WORDS for c in children) or (
                tok.tag_ == "NNS" and any(c.lower_ == "the" for c in children) and agent is not None and agent.is_person_word
            )
            if paired:
                pair = self._last_pair(tok)
                if pair:
                    return tuple(self._via(tok, m, "coref.pair") for m in pair)
        if agent is not None and agent.is_person_word and tok.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in self._children(tok)):
            prev = self._last(lambda m: m.actor.kind == "person" and (not m.actor.sector or m.actor.sector[0] == agent.sector), tok)
            if prev:
                return (self._via(tok, prev, "coref.title"),)
        if lemma in SIDE_NOUNS or lemma in VOICE_NOUNS:
            poss = next((c for c in self._children(tok) if c.dep_ == "poss"), None)
            if poss is not None and poss.i in self.state.by_head:
                return tuple(self._via(tok, m, "coref.possessor") for m in self.state.by_head[poss.i])
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and fold(tok.text) in self.learned):
            found = self._person(tok, self.core(tok), [], [])
            if found is not None and found.actor.code:
                self.history.append(found)
            return (found,) if found is not None else ()
        return ()

    def _via(self, tok: Token, m: Mention, rule: str) -> Mention:
        mm = self.mention([tok.i], m.actor, rule, chain=(m.text, *m.chain))
        return mm

    def _last(self, ok: Callable[[Mention], bool], tok: Token) -> Mention | None:
        inside = self._in_quote(tok)
        pos = self.state.span(tok.idx, tok.idx + len(tok.text))[0]
        quotes = self._orig_quotes()
        for m in reversed(self.history):
            if m.start >= pos:
                continue
            m_inside = any(a <= m.start < b for a, b in quotes)
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


def _name_goes_on(head: Token, m: _Match, e: Entry) -> bool:
    """ "Chinese President Xi" + "Jinping": the head completes the matched person's name
    (but "Kim" + "Kardashian" does not complete Kim Jong Un's)."""
    if e.kind != "person" or e.person is None or m.end != head.i or head.ent_type_ != "PERSON":
        return False
    return fold(head.text) in fold(e.person.name).split()


def _as_stated(actor: Actor, titles: list[Entry], former: bool) -> Actor:
    """What the article says about a known person fills what the knowledge base leaves open:
    "Milei, the libertarian opposition candidate" (no office then) is OPP; a "former" title
    makes ELI."""
    if actor.kind != "person" or not actor.country:
        return actor
    if former and actor.sector and actor.sector[0] not in ("ELI",):
        sector = "ELI"
    elif not actor.sector and titles and titles[0].sector:
        sector = titles[0].sector
    else:
        return actor
    return replace(actor, code=actor.country + sector, sector=(sector,))


def _pick_person(people: list[Person], countries: set[str], on: date | None) -> Person:
    """Of several people sharing a name ("Johnson"), the one the phrase's country points to,
    then one in office on the date, then the first listed."""
    fitting = [p for p in people if p.country in countries or p.igo[3:6] in countries] or people
    active = [p for p in fitting if on is not None and p.role_on(on) is not None]
    return (active or fitting)[0]


def _used_as_place(head: Token, head_kinds: set[str]) -> bool:
    """A seat or region named as a location ("a hotel in Moscow", "walk down Downing
    Street"), or any place as a path ("down the Congo"), is not an actor."""
    if not head_kinds or head.dep_ != "pobj" or head.head.dep_ == "agent":
        return False
    prep = head.head.lower_
    if head_kinds <= PLACE_KINDS | {"body"}:
        return prep in LOCATIVE_PREPS
    return prep in PATH_PREPS and bool(head_kinds & {"country"})


def _state_sector(
    head: Token, head_kinds: set[str], head_entries: list[Entry], agents: list[tuple[_Match, Entry]], e0: Entry, core: list[int], arrays: DocArrays
) -> tuple[str, str] | None:
    """The sector and rule of a phrase whose country comes from a state word; None when
    the phrase is no actor ("Ukrainian" the language)."""
    lemma = head.lemma_.lower()
    if head_kinds & {"country", "region", "igo"}:
        return next((e.sector for _, e in agents if e.sector), ""), "kb." + e0.kind
    if head_kinds & {"seat", "body", "demonym"}:
        return next((e.sector for e in head_entries if e.kind in ("seat", "body", "demonym")), ""), "kb." + e0.kind
    if "agent" in head_kinds:
        agent = next(e for e in head_entries if e.kind == "agent")
        # "Wagner fighters": a generic member noun takes the named body's own sector
        own = e0.kind == "body" and e0.sector and (agent.defer or _rank_of_armed_group(agent.sector, e0.sector))
        return (e0.sector if own else agent.sector), "title." + e0.kind
    if lemma in VOICE_NOUNS:
        return (e0.sector or "GOV"), "title.voice"
    if lemma in MEMBER_NOUNS and e0.kind in ("igo", "body"):
        return e0.sector, "title.member"
    if lemma in SIDE_NOUNS:
        return "GOV", "title.side"
    if lemma in GROUP_NOUNS | CIVILIAN_NOUNS:
        return ("CVL" if lemma in CIVILIAN_NOUNS else "GOV"), "title.group"
    # "Lebanese army units", "Philippine navy personnel": the agent word modifying the head
    dep, heads = arrays.dep, arrays.head
    modifier = next((e for m, e in agents if any(m.start <= i < m.end and dep[i] == "compound" and heads[i] == head.i for i in core)), None)
    if modifier is not None:
        return modifier.sector, "title.modifier"
    if ("adjective" in head_kinds or head.ent_type_ == "NORP") and head.tag_ in ("NNS", "NNPS"):
        return "CVL", "kb.adjective"  # "the Russians"; a lone "Ukrainian" is the language
    return None


def _rank_of_armed_group(agent_sector: str, group_sector: str) -> bool:
    """A military title ("commander", "soldiers") of a non-state armed group names a member
    of that group, in the group's own sector (REB, INS, SEP, UAF)."""
    return agent_sector == "MIL" and group_sector in ARMED_GROUP_SECTORS


def misparsed_conjunct(tok: Token) -> bool:
    """ "President Trump and Russian President Putin" parsed with Trump as a modifier of
    Putin: a modifier that carries its own "and" is really a coordinated phrase."""
    return tok.dep_ in ("nmod", "compound", "appos") and any(c.dep_ == "cc" for c in tok.children) and not _adjective_conjunct(tok)


def _adjective_conjunct(tok: Token) -> bool:
    """ "US and British warplanes": the modifier's conjunct is an adjective, so the two
    modify the same head; not a misparsed coordination of two phrases."""
    return any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in tok.children)


def _core(h: int, arrays: DocArrays, strings: StringStore, with_cc: set[int]) -> list[int]:
    """The indices of the words of the phrase token `h` heads: its modifiers, appositions
    and "of" objects, found through the doc's arrays (this runs for every candidate head of
    every article). `with_cc` holds the tokens that have a "cc" child."""
    dep, kids, lower = arrays.dep, arrays.kids, arrays.lowers
    out = [h]
    stack = [h]
    while stack:
        t = stack.pop()
        for c in kids[t]:
            if c in with_cc and dep[c] in ("nmod", "compound", "appos") and not any(dep[k] == "conj" and arrays.pos[k] == "ADJ" for k in kids[c]):
                continue  # a misparsed conjunct (see misparsed_conjunct)
            if dep[c] in CORE_DEPS or (dep[c] == "appos" and t == h):
                out.append(c)
                stack.append(c)
            elif dep[c] == "prep" and t == h and strings[lower[c]] == "of":
                for p in kids[c]:
                    if dep[p] == "pobj":
                        out.append(p)
                        stack.append(p)
    return [i for i in out if not (dep[i] == "punct" or dep[i] == "case")] or [h]


def _unique(items: list[_Match]) -> list[_Match]:
    """The matches in order, each once (a phrase of several tokens is one match)."""
    if len(items) < 2:
        return items
    seen: list[_Match] = []
    for m in items:
        if all(m is not s for s in seen):
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
