"""Quotations and reported speech with their speakers.

Direct quotes come from quoted spans (quotes.marks); the speaker is the subject (or passive
agent) of the speech verb that governs the quote, climbing over the verbs of the reported
clause a partial quote sits in ("Macron insisted that Europe had to “take …”" is Macron's),
a name alone on the next line after a dash ("– Braže"), the subject of a sentence that ends
with a colon before it, or, for a quote with no attribution of its own right after a
speaker's sentence in the same paragraph, that speaker again. Reported speech is the
complement clause of a speech verb ("X stressed that …") or what follows "according to X".
Names, labels and scare quotes are not statements. A quote whose speaker cannot be
determined has speaker None (quotes.speakers never guesses).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.actors.resolver import DocActors
from parley.model import Mention, Quote
from parley.nlp.arrays import DocArrays
from parley.quotes.marks import DASH_NAME_LINE, balance
from parley.quotes.speakers import Said, as_written, resolve_speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEECH_VERBS = frozenset(
    [
        "say",
        "state",
        "declare",
        "tell",
        "add",
        "remark",
        "stress",
        "emphasize",
        "emphasise",
        "note",
        "warn",
        "urge",
        "insist",
        "claim",
        "assert",
        "argue",
        "explain",
        "announce",
        "confirm",
        "write",
        "post",
        "tweet",
        "reply",
        "respond",
        "answer",
        "comment",
        "acknowledge",
        "admit",
        "deny",
        "recall",
        "suggest",
        "promise",
        "vow",
        "pledge",
        "predict",
        "reiterate",
        "underline",
        "underscore",
        "observe",
        "report",
        "indicate",
        "caution",
        "concede",
        "contend",
        "maintain",
        "affirm",
        "proclaim",
        "quip",
        "complain",
        "charge",
        "allege",
        "accuse",
        "testify",
        "signal",
        "stress",
        "agree",
        "conclude",
        "echo",
        "ask",
        "demand",
        "press",
    ]
)
# verbs that report only with a subject of their own ("reports indicated that …"); as
# participles ("…, indicating that …") they are the writer's reading, not speech
INTERPRETIVE = frozenset({"indicate", "suggest", "signal", "show", "imply", "mean"})

# verbs that put words in a speaker's mouth by naming or judging something with them
# ("called the protests a “revolution attempt”", "dismissed the report as “fiction”")
CHARACTERISING = frozenset({"call", "describe", "dismiss", "label", "term", "brand", "characterise", "characterize", "denounce", "hail"})
# nouns for the speech act itself: an apposition "…, a claim that could not be verified" is
# the writer's comment on the reported words, not part of them
SPEECH_ACT_NOUNS = frozenset({"claim", "assertion", "allegation", "accusation", "charge", "remark", "comment", "version", "account", "denial"})
WH_WORDS = frozenset({"when", "whether", "what", "how", "why", "where", "who", "which", "if"})
# verbs that only link a quoted complement to its subject ("remained “extremely fragile”")
COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "stay", "sound", "look"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})


@dataclass(slots=True)
class _Draft:
    """A quote found before its speaker is settled (speakers depend on earlier quotes)."""

    a: int  # offsets into the normalised text
    b: int
    toks: list[Token]
    direct: bool
    verb: Token | None  # the governing speech verb
    who: Token | None  # the token naming the speaker
    rule: str
    colon: bool = False


def extract_quotes(doc: Doc, actors: DocActors, spans: list[tuple[int, int]], *, article_id: str) -> list[Quote]:
    """All direct and reported quotations of one parsed article."""
    text = actors.norm.text  # == doc.text, which spaCy rebuilds from the tokens on every access
    drafts = [d for a, b in spans if (d := _direct(doc, a, b)) is not None]
    drafts += _reported(doc, text, actors.arrays, [(d.a, d.b) for d in drafts])
    drafts.sort(key=lambda d: (d.a, not d.direct))
    quoted = [(d.a, d.b) for d in drafts]
    earlier: list[Said] = []
    quotes: list[Quote] = []
    for d in drafts:
        speaker, rule, verb = _attribute(doc, actors, d, earlier, quoted)
        earlier.append(Said(d.a, d.b, _attribution_sentence(actors, d), speaker, verb))
        o_start, o_end = actors.span(d.a, d.b)
        quotes.append(
            Quote(
                article_id=article_id,
                quote=actors.norm.original[o_start:o_end],
                start=o_start,
                end=o_end,
                sentence=actors.sent_of[(d.verb or d.toks[0]).i] if not d.direct else actors.sent_of[d.toks[0].i],
                speaker=speaker,
                verb=verb,
                direct=d.direct,
                rule=rule,
            )
        )
        if d.direct and speaker is not None:
            for t in d.toks:
                if t.lower_ in FIRST_PERSON:
                    actors.first_person[t.i] = speaker
    return quotes


def _attribution_sentence(actors: DocActors, d: _Draft) -> int:
    return actors.sent_of[d.verb.i] if d.verb is not None else actors.sent_of[d.toks[-1].i]


def _attribute(doc: Doc, actors: DocActors, d: _Draft, earlier: list[Said], quoted: list[tuple[int, int]]) -> tuple[Mention | None, str, str | None]:
    """Speaker, rule and speech verb of a draft."""
    verb = d.verb.lemma_.lower() if d.verb is not None else None
    speaker = resolve_speaker(d.who, actors, earlier, quoted) if d.who is not None else None
    if speaker is not None or not d.direct:
        return speaker, d.rule if speaker is not None else d.rule + ".unattributed", verb
    found = _dash_speaker(doc, actors, d.b)
    if found is not None:
        return found, "quote.dash_line", verb
    if d.verb is None and not d.colon:
        prev = _continued_from(doc, actors, d, earlier)
        if prev is not None:
            return prev.speaker, "quote.continuation", prev.verb
    return None, "quote.unattributed", verb


def _continued_from(doc: Doc, actors: DocActors, d: _Draft, earlier: list[Said]) -> Said | None:
    """ "“…,” she said. “…”": a quote with no attribution of its own that follows the
    previous speaker's sentence in the same paragraph continues that speaker's words."""
    if not earlier:
        return None
    prev = earlier[-1]
    if prev.speaker is None or prev.end > d.a or "\n" in actors.norm.text[prev.end : d.a]:
        return None
    return prev if actors.sent_of[d.toks[0].i] - prev.sentence <= 1 else None


def _tokens_in(doc: Doc, a: int, b: int) -> list[Token]:
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if a <= t.idx < b and not t.is_space]


def _direct(doc: Doc, a: int, b: int) -> _Draft | None:
    toks = _tokens_in(doc, a, b)
    if not toks:
        return None
    words = [t for t in toks if t.is_alpha]
    colon = _after_colon(doc, toks[0])
    if colon is not None:
        root = colon.sent.root
        verb = root if _speaks(root) else None
        return _Draft(a, b, toks, True, verb, subject_of(root), "quote.colon", colon=True)
    inside = {t.i for t in toks}
    speech, first = _governor(toks, inside)
    if _is_name(words) or (len(words) <= 2 and first is not None and speech is not first):
        return None  # scare quotes around a word, a label or a name are not a statement
    if first is None and len(words) <= 2:
        return None
    if first is not None and speech is None:
        return None  # words governed by a verb nobody speaks through: a title, a sign, a label
    who = speaker_token(speech) if speech is not None else None
    if who is not None and who.i in inside and speech is not None:
        # "“… any agreements made without us,” he said": the parser took words of the quote
        # for the verb's subject; whoever speaks a direct quote stands outside it
        who = next((c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside), None)
    return _Draft(a, b, toks, True, speech, who, "quote.governor")


def _is_name(words: list[Token]) -> bool:
    return 0 < len(words) <= 5 and words[0].text[:1].isupper() and all(w.text[:1].isupper() or w.lower_ in ("and", "of", "the", "for") for w in words)


def _speaks(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in INTERPRETIVE and not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "summoned to explain …": speech intended or required, not reported
    return verb.pos_ in ("VERB", "AUX") and (lemma in SPEECH_VERBS or lemma in CHARACTERISING)


def _governor(toks: list[Token], inside: set[int]) -> tuple[Token | None, Token | None]:
    """The speech verb outside the quote that governs it (climbing over the verbs of the
    reported clause it sits in), and the first verb above it."""
    roots = [t for t in toks if t.head.i not in inside and t.dep_ != "punct"]
    for r in roots:
        h, first = r.head, None
        for _ in range(8):
            if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() not in COPULAS:
                first = first or h
                if _speaks(h):
                    return h, first
            if h.head.i == h.i:
                break
            h = h.head
        if first is not None:
            return None, first
    # the quote may itself hold the sentence root, with "he declared" attached inside it
    for t in toks:
        for c in t.children:
            if c.i not in inside and c.pos_ == "VERB" and _speaks(c):
                return c, c
    return None, None


def speaker_token(verb: Token) -> Token | None:
    """Who speaks through `verb`: the agent of a passive ("described by officials as …"),
    else its (inherited) subject."""
    for c in verb.children:
        if c.dep_ == "agent":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return subject_of(verb)


FINITE = {"VBD", "VBZ", "VBP"}
MODALS = {"could", "would", "might", "may", "can", "should", "will", "must"}


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction, clauses and prepositions."""
    h = verb
    for _ in range(6):
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and h.lemma_.lower() in SPEECH_VERBS):
                return c
        if h.dep_ == "conj" and _attached_too_low(h):
            h = h.head.head
            continue
        if h.dep_ in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "acl") and h.head.i != h.i:
            h = h.head
            continue
        if h.dep_ == "relcl":
            return h.head
        break
    return None


def _attached_too_low(conj: Token) -> bool:
    """ "He underscored …, so it could negotiate … and urged allies": a finite verb joined to
    a modal verb of a subordinate clause belongs to the main clause above it."""
    head = conj.head
    if conj.tag_ not in FINITE or head.head.i == head.i:
        return False
    subordinate = any(c.dep_ == "mark" for c in head.children) or head.dep_ in ("advcl", "ccomp", "relcl")
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
    own_modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in conj.children)
    return subordinate and modal and not own_modal


def _dash_speaker(doc: Doc, actors: DocActors, end: int) -> Mention | None:
    # "…Russia has to be forced to peace.” \n – Braže
    text = actors.norm.text
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip(" \t”\"'.,") != "":
        return None
    m = DASH_NAME_LINE.match(text, nl + 1)
    if m is None:
        return None
    toks = [t for t in doc if m.start("name") <= t.idx < m.end("name")]
    for t in toks:
        found = actors.for_token(t) or actors.for_token(t.head)
        if found:
            return found[0]
    heads = [t for t in toks if t.head not in toks or t.head.i == t.i]
    return as_written(heads[0], actors) if heads else None


def _after_colon(doc: Doc, first: Token) -> Token | None:
    # Peskov told reporters: “…”
    prev = first.i - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].text in "\u201c\"'"):
        prev -= 1
    return doc[prev] if prev >= 0 and doc[prev].text == ":" else None


def _reported(doc: Doc, text: str, arrays: DocArrays, covered: list[tuple[int, int]]) -> list[_Draft]:
    out: list[_Draft] = []
    # only verbs and "according" can introduce reported speech: look at those tokens alone
    according = set(arrays.where_lower("according"))
    strings, lemmas = arrays.strings, arrays.lemmas
    # the speech verbs, read from the arrays' lemmas before any Token is made
    candidates = [i for i, pos in enumerate(arrays.pos) if (pos == "VERB" and strings[lemmas[i]].lower() in SPEECH_VERBS) or i in according]
    for tok in (doc[i] for i in candidates):
        if tok.pos_ == "VERB" and (lemma := tok.lemma_.lower()) in SPEECH_VERBS:
            comp = content_clause(tok) or _misplaced_clause(tok)
            if comp is None or lemma in ("ask", "press", "echo") or not _speaks(tok) or _negated(tok) or _is_question(comp):
                continue
            d = _reported_clause(doc, text, arrays, tok, comp, covered)
            if d is not None:
                out.append(d)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            d = _according_to(doc, text, tok, covered)
            if d is not None:
                out.append(d)
    return out


def _negated(verb: Token) -> bool:
    # "it has not yet said when …" reports no statement
    return any(c.dep_ == "neg" for c in verb.children)


def _is_question(comp: Token) -> bool:
    first = comp.left_edge
    return first.lower_ in WH_WORDS and first.dep_ in ("advmod", "mark", "nsubj", "dobj", "attr")


def content_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports: the complement after it, or one before it that
    ends right at the verb ("…, officials said") — not a clause ended by a colon."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > verb.i]
    if after:
        return after[0]
    for c in comps:
        gap = [t for t in verb.doc[c.right_edge.i + 1 : verb.i] if t.is_punct]
        if not any(t.text in (":", ";", ".") for t in gap):
            return c
    return None


def _reported_clause(doc: Doc, text: str, arrays: DocArrays, verb: Token, comp: Token, covered: list[tuple[int, int]]) -> _Draft | None:
    toks = set(arrays.subtree(comp.i))
    # coordinated "… and that …" clauses, and "said X wanted … but would defend itself":
    # a modal verb joined to the speech verb is still what was said
    extra = [c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    extra += [c for c in verb.children if c.dep_ == "conj" and c.i > comp.i and _modal_only(c)]
    for c in extra:
        toks.update(arrays.subtree(c.i))
    # the clause is worked on as token indices; only the few tokens that need a closer look
    # become Token objects
    ordered = _without_comment(doc, arrays, _without_own_acts(doc, arrays, sorted(toks), comp))
    dep, head = arrays.dep, arrays.head
    ordered = [i for i in ordered if dep[i] != "mark" or head[i] != comp.i]
    span = _clause_span_of(doc, text, arrays, ordered, covered)
    if span is None:
        return None
    return _Draft(span[0], span[1], _tokens_in(doc, *span), False, verb, speaker_token(verb), "reported.ccomp")


def _modal_only(verb: Token) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _without_own_acts(doc: Doc, arrays: DocArrays, toks: list[int], comp: Token) -> list[int]:
    """Drop "… and announced a meeting": a second speech act joined inside the clause
    without a subject of its own is the speaker's act, not part of what was said."""
    drop: set[int] = set()
    dep = arrays.dep
    for i in toks:
        if dep[i] != "conj":
            continue
        t = comp if i == comp.i else doc[i]
        past = t.tag_ in FINITE or (t.tag_ == "VBN" and not _perfect_or_passive(t) and not _perfect_or_passive(t.head))
        if past and t.i != comp.i and _speaks_or_names(t) and not any(c.dep_ == "nsubj" for c in t.children):
            drop |= {u.i for u in t.subtree}
            drop |= {c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i}
    return [i for i in toks if i not in drop] if drop else toks


def _perfect_or_passive(verb: Token) -> bool:
    # "had been arrested and charged": the participle shares its auxiliaries
    return any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_.lower() in ("have", "be")) for c in verb.children)


def _speaks_or_names(verb: Token) -> bool:
    return verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in CHARACTERISING


def _without_comment(doc: Doc, arrays: DocArrays, toks: list[int]) -> list[int]:
    """Drop a closing phrase that comments on the speech act ("…, a claim that could not be
    independently verified")."""
    strings, lemmas = arrays.strings, arrays.lemmas
    for i in toks:
        if strings[lemmas[i]].lower() not in SPEECH_ACT_NOUNS:
            continue
        t = doc[i]
        before = t.left_edge.i - 1
        if t.right_edge.i >= toks[-1] and before >= 0 and doc[before].text == ",":
            return [u for u in toks if u < before]
    return toks


def _misplaced_clause(verb: Token) -> Token | None:
    """ "said after meeting Trump that Jordan would …": a that-clause the parser hung on the
    adverbial phrase between the speech verb and its complement."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for t in prep.subtree:
            if t.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
                return t
    return None


def _clause_span(text: str, toks: list[Token], covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The character span in `text` (the doc's text) of a reported clause, or None when it
    is too short or is itself one direct quote (“stated that “all options are being considered””)."""
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    if not _words_outside(toks, covered, at_least=2):
        return None
    return balance(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _clause_span_of(doc: Doc, text: str, arrays: DocArrays, toks: list[int], covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """`_clause_span` of the tokens at the indices `toks` (in order), making Token objects
    only of the tokens it looks at."""
    lo, hi = 0, len(toks)
    dep = arrays.dep
    while lo < hi and (dep[toks[lo]] == "mark" or doc[toks[lo]].is_punct):
        lo += 1
    while hi > lo and doc[toks[hi - 1]].is_punct:
        hi -= 1
    if hi - lo < 3:
        return None
    if not _words_outside((doc[i] for i in toks[lo:hi]), covered, at_least=2):
        return None
    first, last = toks[lo], toks[hi - 1]
    return balance(text, arrays.idx[first], arrays.idx[last] + arrays.length[last])


def _words_outside(toks: Iterable[Token], covered: list[tuple[int, int]], *, at_least: int) -> bool:
    """Whether `at_least` of the words lie outside every covered span (stops counting there)."""
    n = 0
    for t in toks:
        if t.is_alpha and not any(ca <= t.idx < cb for ca, cb in covered):
            n += 1
            if n >= at_least:
                return True
    return False


def _according_to(doc: Doc, text: str, tok: Token, covered: list[tuple[int, int]]) -> _Draft | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    main = tok.head
    if pobj is None or not (main.dep_ == "ROOT" or main.tag_ in FINITE or any(c.dep_ == "aux" for c in main.children)):
        return None  # "rebels, backed according to UN experts by …": the source of a detail only
    phrase = set(tok.subtree) | {to} | set(to.subtree)
    rest = [t for t in tok.sent if t not in phrase and not t.is_space]
    span = _clause_span(text, rest, covered)
    if span is None:
        return None
    return _Draft(span[0], span[1], _tokens_in(doc, *span), False, None, pobj, "reported.according_to")
