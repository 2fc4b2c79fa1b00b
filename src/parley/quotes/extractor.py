"""Quotations and reported speech with their speakers.

Direct quotes come from quotation-mark spans; the speaker is the subject of the speech
verb that governs the quote in the parse ("…,” he declared), a name alone on the next line
after a dash ("– Braže"), or the subject of a sentence that ends with a colon before it.
Reported speech is the complement clause of a speech verb ("X stressed that …") or what
follows "according to X". A quote whose speaker cannot be determined has speaker None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.actors.resolver import DocActors
from parley.model import Mention, Quote

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
# verbs that govern a partial quote as their object or in a prepositional phrase
_DASH_LINE = re.compile(r"^[ \t]*[\u2013\u2014-][ \t]*(?P<name>[^\n]{2,80})$", re.MULTILINE)
_NAME_WORDS = re.compile(r"^[A-Z\u00c0-\u017f][\w\u00c0-\u017f'.-]*(?:\s+[A-Z\u00c0-\u017f][\w\u00c0-\u017f'.-]*){0,3}$")


def extract_quotes(doc: Doc, actors: DocActors, spans: list[tuple[int, int]], *, article_id: str) -> list[Quote]:
    """All direct and reported quotations of one parsed article."""
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    for a, b in spans:
        q = _direct(doc, actors, a, b, article_id)
        if q is not None:
            quotes.append(q)
            covered.append((a, b))
    quotes.extend(_reported(doc, actors, covered, article_id))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _tokens_in(doc: Doc, a: int, b: int) -> list[Token]:
    return [t for t in doc if a <= t.idx < b and not t.is_space]


def _direct(doc: Doc, actors: DocActors, a: int, b: int, article_id: str) -> Quote | None:
    toks = _tokens_in(doc, a, b)
    if not toks:
        return None
    words = [t for t in toks if t.is_alpha]
    inside = {t.i for t in toks}
    verb, subject_tok = _governor(toks, inside)
    if len(words) <= 2 and (verb is None or verb.lemma_.lower() not in SPEECH_VERBS):
        return None  # scare quotes around a word or a name are not a statement
    speaker: Mention | None = None
    rule = "quote.unattributed"
    if subject_tok is not None:
        found = actors.for_token(subject_tok)
        if found:
            speaker, rule = found[0], "quote.governor"
    if speaker is None:
        speaker, how = _dash_speaker(doc, actors, b)
        if speaker is not None:
            rule = how
    if speaker is None and verb is None:
        speaker = _colon_speaker(doc, actors, toks[0])
        rule = "quote.colon" if speaker is not None else rule
    o_start, o_end = actors.span(a, b)
    if speaker is not None:
        for t in toks:
            if t.lower_ in ("i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"):
                actors.first_person[t.i] = speaker
    return Quote(
        article_id=article_id,
        quote=actors.norm.original[o_start:o_end],
        start=o_start,
        end=o_end,
        sentence=actors.sent_of[toks[0].i],
        speaker=speaker,
        verb=verb.lemma_.lower() if verb is not None and speaker is not None else None,
        direct=True,
        rule=rule,
    )


def _governor(toks: list[Token], inside: set[int]) -> tuple[Token | None, Token | None]:
    """The verb outside the quote that governs it, and that verb's (inherited) subject."""
    roots = [t for t in toks if t.head.i not in inside or t.head is t]
    for r in roots:
        h = r.head
        steps = 0
        while h.i in inside and h.head is not h:
            h = h.head
        while h.i not in inside and steps < 4:
            if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() != "be":
                subj = subject_of(h)
                if subj is not None and subj.i not in inside:
                    return h, subj
                if h.lemma_.lower() in SPEECH_VERBS:
                    return h, subj
            if h.head is h:
                break
            h, steps = h.head, steps + 1
    # the quote may itself hold the sentence root, with "he declared" attached inside it
    for t in toks:
        for c in t.children:
            if c.i not in inside and c.pos_ == "VERB" and c.lemma_.lower() in SPEECH_VERBS:
                return c, subject_of(c)
    return None, None


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
        if h.dep_ in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "acl") and h.head is not h:
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
    if conj.tag_ not in FINITE or head.head is head:
        return False
    subordinate = any(c.dep_ == "mark" for c in head.children) or head.dep_ in ("advcl", "ccomp", "relcl")
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
    own_modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in conj.children)
    return subordinate and modal and not own_modal


def _dash_speaker(doc: Doc, actors: DocActors, end: int) -> tuple[Mention | None, str]:
    # "…Russia has to be forced to peace.” \n – Braže
    text = doc.text
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip(" \t”\"'.,") != "":
        return None, ""
    m = _DASH_LINE.match(text, nl + 1)
    if m is None or not _NAME_WORDS.match(m["name"].strip()):
        return None, ""
    name_start = m.start("name")
    for t in doc:
        if name_start <= t.idx < m.end("name"):
            found = actors.for_token(t) or actors.for_token(t.head)
            if found:
                return found[0], "quote.dash_line"
    return None, ""


def _colon_speaker(doc: Doc, actors: DocActors, first: Token) -> Mention | None:
    # Peskov told reporters: “…”
    prev = first.i - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].text in "\u201c\"'"):
        prev -= 1
    if prev < 0 or doc[prev].text != ":":
        return None
    sent = doc[prev].sent
    verb = sent.root
    subj = subject_of(verb)
    found = actors.for_token(subj) if subj is not None else ()
    return found[0] if found else None


def _reported(doc: Doc, actors: DocActors, covered: list[tuple[int, int]], article_id: str) -> list[Quote]:
    out: list[Quote] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in SPEECH_VERBS:
            comp = content_clause(tok)
            if lemma in INTERPRETIVE and not any(c.dep_ == "nsubj" for c in tok.children):
                continue
            if comp is None or lemma in ("ask", "press", "echo"):
                continue
            q = _reported_clause(doc, actors, tok, comp, covered, article_id, rule="reported.ccomp")
            if q is not None:
                out.append(q)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            q = _according_to(doc, actors, tok, covered, article_id)
            if q is not None:
                out.append(q)
    return out


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


def _reported_clause(doc: Doc, actors: DocActors, verb: Token, comp: Token, covered: list[tuple[int, int]], article_id: str, *, rule: str) -> Quote | None:
    toks = [t for t in comp.subtree if t.dep_ != "mark" or t.head is not comp]
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    # extend over coordinated "… and that …" clauses
    for c in comp.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            toks = sorted(set(toks) | set(c.subtree), key=lambda t: t.i)
            while toks and toks[-1].is_punct:
                toks = toks[:-1]
    if len(toks) < 3:
        return None
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(ca - 1 <= a < cb + 1 or ca <= b - 1 < cb for ca, cb in covered):
        return None  # already a direct quote
    subj = subject_of(verb)
    found = actors.for_token(subj) if subj is not None else ()
    o_start, o_end = actors.span(a, b)
    return Quote(
        article_id=article_id,
        quote=actors.norm.original[o_start:o_end],
        start=o_start,
        end=o_end,
        sentence=actors.sent_of[verb.i],
        speaker=found[0] if found else None,
        verb=verb.lemma_.lower(),
        direct=False,
        rule=rule if found else rule + ".unattributed",
    )


def _according_to(doc: Doc, actors: DocActors, tok: Token, covered: list[tuple[int, int]], article_id: str) -> Quote | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    phrase = set(tok.subtree) | {to} | set(to.subtree)
    rest = [t for t in sent if t not in phrase and not t.is_space]
    while rest and rest[0].is_punct:
        rest = rest[1:]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if len(rest) < 3:
        return None
    a, b = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    if any(ca <= a < cb for ca, cb in covered):
        return None
    found = actors.for_token(pobj)
    o_start, o_end = actors.span(a, b)
    return Quote(
        article_id=article_id,
        quote=actors.norm.original[o_start:o_end],
        start=o_start,
        end=o_end,
        sentence=actors.sent_of[tok.i],
        speaker=found[0] if found else None,
        verb="according to",
        direct=False,
        rule="reported.according_to",
    )
