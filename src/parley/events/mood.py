"""How an event is said: negation, modality, declared intent, and the clauses (habitual,
comparative) that report no event at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.events.families import directed_code
from parley.events.frames import READINESS
from parley.quotes.extractor import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

HABITUAL = {
    "historically",
    "traditionally",
    "often",
    "usually",
    "typically",
    "frequently",
    "generally",
    "customarily",
    "regularly",
    "routinely",
    "annually",
    "periodically",
}

COMPARISON = {"similar", "reminiscent", "parallel", "like", "compare", "resemble", "remind", "echo", "akin", "analogous"}

NEGATORS = {"refuse", "decline", "reject", "deny", "fail", "avoid", "reluctant", "unwilling"}

INTENT = {"want", "plan", "intend", "hope", "seek", "aim", "expect", "wish", "prepare", "promise", "pledge", "vow", "set"}

FUTURE = {"will", "'ll", "shall", "going"}

HYPOTHETICAL = {"would", "could", "might", "may", "can"}

DEMANDED = {"must", "should", "need", "ought"}

# predicates whose negation, said of another actor, is an accusation ("X does not want peace")
PEACE_WORDS = {
    "peace",
    "end",
    "stop",
    "negotiate",
    "talk",
    "ceasefire",
    "truce",
    "compromise",
    "settle",
    "settlement",
    "agreement",
    "deal",
    "dialogue",
    "cooperate",
    "de-escalate",
}


CONDITIONAL = {"if", "unless", "whether"}

# subordinate clauses that give a reported act its background, not a new report
BACKGROUND = {"after", "before", "since", "until", "once"}


def excluded(v: Token) -> bool:
    """Habitual, comparative, conditional and generic clauses report no event ("meets four
    times a year", "if the EU confiscated …", "declined to say whether it would …")."""
    if v.dep_ == "relcl" and v.pos_ in ("VERB", "AUX") and not any(c.lower_ in ("who", "which", "that", "where", "when") for c in v.children):
        return True  # "firms it accuses of …": a clause describing a noun is background; "…, where he met X" narrates (R8)
    for c in v.children:
        lower = c.lower_
        if lower in HABITUAL or (lower == "how" and c.dep_ == "advmod"):
            return True
        if c.dep_ == "mark" and (lower in CONDITIONAL or (lower in BACKGROUND and v.dep_ == "advcl")):
            return True  # "if the EU confiscated …"; "after China launched drills": background
        if lower in ("times", "time") and any(g.lower_ in ("a", "per", "every", "each") for g in c.subtree):
            return True  # "four times a year"
    h = v
    for _ in range(3):
        # a clause inside a conditional ("unless Kyiv agreed to sign") is conditional too
        if h.dep_ not in ("xcomp", "conj") or h.head.i == h.i:
            break
        h = h.head
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in h.children):
            return True
    # a clause inside a comparison ("similar to how Russia annexed …"), and a sentence
    # whose main verb compares ("The crisis echoes 2014"): the root is its own head
    a = v
    for _ in range(4):
        a = a.head
        if a.lemma_.lower() in COMPARISON:
            return True
    return False


# verbs whose negation is a positive act of its own ("did not rule out sending troops" keeps
# an option open, 014), coded by a pattern that requires the negation
LITOTES = {"rule"}


def is_negated(v: Token) -> bool:
    if any(c.dep_ == "neg" for c in v.children):
        return not (v.lemma_.lower() in LITOTES and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children))
    h = v
    for _ in range(3):
        if h.dep_ not in ("xcomp", "conj") or h.head.i == h.i:
            break
        h = h.head
        if any(c.dep_ == "neg" for c in h.children) or h.lemma_.lower() in NEGATORS:
            return True
    return False


def modality_of(v: Token) -> str:
    aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    h = v
    chain = []
    for _ in range(3):
        if h.dep_ not in ("xcomp", "ccomp", "conj") or h.head.i == h.i:
            break
        h = h.head
        chain.append(h)
        aux |= {c.lower_ for c in h.children if c.dep_ in ("aux", "auxpass")}
    if aux & DEMANDED:
        return "demanded"
    if any(c.lemma_.lower() == "if" for c in v.children) or aux & HYPOTHETICAL:
        return "hypothetical"
    if aux & FUTURE or any(h.lemma_.lower() in INTENT for h in chain):
        return "intended"
    if any(h.lemma_.lower() in SPEECH_VERBS for h in chain):
        return "reported"
    return "asserted"


def negated_peace(clause: Token) -> bool:
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return clause.lemma_.lower() in INTENT | {"be"} and bool(words & PEACE_WORDS)


FUTURE_AUX = {"will", "would", "'ll", "shall", "going"}


def intent_code(code: str) -> str | None:
    """The CAMEO code for declaring an intent to do `code` (03x, or 13x for conflict)."""
    return directed_code("03", code)


def declared_intent(v: Token) -> bool:
    """Whether an act is declared as intended: "ready/prepared/willing to …", or reported
    with a future auxiliary ("said it would release …")."""
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children)
    h = v
    for _ in range(4):
        if h.dep_ not in ("xcomp", "ccomp", "conj", "acomp") or h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in READINESS or h.lemma_.lower() in INTENT:
            return True
        future = future or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in h.children)
        if h.lemma_.lower() in SPEECH_VERBS:
            return future
    return False
