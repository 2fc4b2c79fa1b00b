"""The event coder: CAMEO codes from verb and noun patterns over the dependency parse.

For each verb (and event noun) whose lemma the lexicon knows, the most specific pattern
whose frame is present in the parse fires. The source is the grammatical subject (the
`by` agent in the passive, inherited through conjunctions and complement clauses), the
target the first actor among the pattern's prepositional objects, the direct object and
the dative. Coordinated subjects give one event each, or one joint event for reciprocal
codes. Negation, modality and reported speech are recorded per event; habitual and
comparison clauses ("how U.S. leaders have historically demanded") yield nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from parley.actors.resolver import DocActors, misparsed_conjunct
from parley.events.codebook import Codebook
from parley.events.lexicon import Lexicon, Pattern
from parley.model import Event, Mention
from parley.quotes.extractor import INTERPRETIVE, SPEECH_VERBS, content_clause, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OBJ_DEPS = {"dobj", "attr", "oprd"}
HABITUAL = {"historically", "traditionally", "often", "usually", "typically", "frequently", "generally", "customarily"}
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
# verbs and nouns whose complement is wanted, not done
DIRECTIVE = {
    "demand",
    "urge",
    "ask",
    "call",
    "press",
    "appeal",
    "request",
    "plead",
    "implore",
    "propose",
    "suggest",
    "recommend",
    "insist",
    "beg",
    "encourage",
    "invite",
    "instruct",
    "order",
    "tell",
    "offer",
    "agree",
    "threaten",
    "promise",
    "pledge",
    "vow",
    "try",
    "attempt",
    "seek",
    "want",
    "wish",
    "need",
    "refuse",
    "decline",
}
WANTED_NOUNS = {
    "demand",
    "call",
    "appeal",
    "request",
    "plan",
    "proposal",
    "offer",
    "threat",
    "promise",
    "pledge",
    "intention",
    "refusal",
    "readiness",
    "willingness",
    "attempt",
    "bid",
    "effort",
    "ultimatum",
    "order",
    "decision",
    "agreement",
}
LIGHT_VERBS = {
    "have",
    "hold",
    "conduct",
    "launch",
    "carry",
    "stage",
    "begin",
    "start",
    "open",
    "resume",
    "host",
    "make",
    "issue",
    "sign",
    "deliver",
    "wage",
    "mount",
    "announce",
    "propose",
    "offer",
    "agree",
    "complete",
    "attend",
    "confirm",
    "unveil",
    "express",
    "voice",
    "extend",
    "convey",
    "lodge",
    "file",
    "impose",
    "order",
    "plan",
    "seek",
    "join",
}
TEMPORAL_PREPS = {"during", "after", "following", "in", "at", "before", "ahead", "since", "throughout"}
# verbs whose coordinated subjects act on each other ("X and Y clashed / exchanged fire")
SYMMETRIC_VERBS = {"exchange", "clash", "fight", "battle", "skirmish", "trade", "swap", "reconcile", "spar", "feud"}
RECIPROCAL_CODES = {"019", "0311", "0312"}  # "X and Y saw eye to eye"
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}
TARGET_PREPS = ("with", "to", "against", "from", "on", "between", "for", "at", "toward", "towards", "into", "of")


@dataclass(frozen=True, slots=True)
class _Hit:
    pattern: Pattern
    trigger: Token
    target_toks: tuple[Token, ...]


class EventCoder:
    """Codes the events of one parsed article."""

    def __init__(self, codebook: Codebook, lexicon: Lexicon) -> None:
        self.codebook = codebook
        self.lexicon = lexicon

    def code(self, doc: Doc, actors: DocActors, *, article_id: str, sentence_dates: dict[int, date], base: date | None) -> list[Event]:
        events: list[Event] = []
        for sent in doc.sents:
            if sent.text.rstrip().endswith("?"):
                continue  # questions ask, they do not report
            found = self._sentence(sent, actors, article_id, sentence_dates, base)
            intents = {e.source.actor.code[:3] for e in found if e.source and e.rule.endswith("+intent")}
            events.extend(e for e in found if not (e.rule == "speech.statement" and e.source and e.source.actor.code[:3] in intents))
        return _implicit_targets(_dedupe(events))

    def _sentence(self, sent: object, actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        out: list[Event] = []
        for tok in sent:  # type: ignore[attr-defined]
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in self.lexicon.by_verb:
                hit = self._match_verb(tok, self.lexicon.by_verb[lemma])
                if hit is not None:
                    out.extend(self._events_for(hit, _verb_sources(tok, actors), actors, article_id, dates, base))
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in self.lexicon.by_noun:
                hit = self._match_noun(tok, self.lexicon.by_noun[lemma])
                if hit is not None:
                    out.extend(self._events_for(hit, _noun_sources(tok, actors), actors, article_id, dates, base))
            if tok.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS:
                out.extend(self._speech(tok, actors, article_id, dates, base))
        return out

    # -- pattern matching ------------------------------------------------------------------
    def _match_verb(self, v: Token, patterns: list[Pattern]) -> _Hit | None:
        children = list(v.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        objs = [c for c in children if c.dep_ in OBJ_DEPS or (passive and c.dep_ == "nsubjpass")]
        objs += [cc for o in objs for cc in o.children if cc.dep_ == "conj"]
        has_content = v.lemma_.lower() in SPEECH_VERBS and content_clause(v) is not None
        # the verb's frame, computed once and compared with each pattern as sets
        particles = {c.lower_ for c in children if c.dep_ == "prt"}
        obj_lemmas = {o.lemma_.lower() for o in objs}
        preps = {c.lower_ for t in [v, *objs] for c in t.children if c.dep_ in ("prep", "agent", "dative")}
        complements: set[str] | None = None
        clause: set[str] | None = None
        any_particle = any(q.particle for q in patterns)
        for p in patterns:
            if p.weak or (has_content and p.specificity == 0):
                continue  # plain statements are coded from their content by _speech
            if (p.particle and p.particle not in particles) or (not p.particle and particles and any_particle):
                continue  # "rule out" is not "rule"
            if p.object and not obj_lemmas & p.object:
                continue
            if p.prep and not preps & p.prep:
                continue
            if p.xcomp:
                complements = _complement_lemmas(v, objs) if complements is None else complements
                if not complements & p.xcomp:
                    continue
            if p.requires:
                clause = {t.lemma_.lower() for t in _clause(v)} if clause is None else clause
                if not clause & p.requires:
                    continue
            prep_objs = _prep_objects(v, objs, p.prep) if p.prep else []
            return _Hit(p, v, tuple(_target_candidates(v, objs, prep_objs, p, passive)))
        return None

    def _match_noun(self, n: Token, patterns: list[Pattern]) -> _Hit | None:
        mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
        for p in patterns:
            if p.modifiers and not mods & p.modifiers:
                continue
            if p.requires and not any(t.lemma_.lower() in p.requires for t in n.sent):
                continue
            if p.weak or p.code.startswith("01") or not _nominal_event_context(n) or self._referenced(n):
                continue  # "Zelenskyy's remarks" refer to a statement, they do not make one
            preps = p.prep or frozenset({"with", "between", "to", "against", "on"})
            targets = _prep_objects(n, [], preps) + _prep_objects(n, [], ("with", "between", "to", "against", "on", "from"))
            return _Hit(p, n, tuple(targets))
        return None

    # -- building events ---------------------------------------------------------------------
    def _events_for(self, hit: _Hit, sources: list[Mention], actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        v = hit.trigger
        if _excluded(v) or self._only_wanted(v):
            return []
        sources = [s for s in sources if s.actor.code]
        if not sources:
            return []
        targets: list[Mention] = []
        if hit.pattern.target != "none":
            for t in hit.target_toks:
                found = [m for m in np_actors(t, actors) if all(m.actor.name != s.actor.name and m.actor.code != s.actor.code for s in sources)]
                if found:
                    targets = found
                    break
        code = self.codebook.get(hit.pattern.code)
        if not targets and code.root == "04" and hit.pattern.target != "none":
            # a visit or meeting "in Beijing" is with the host government
            for t in _prep_objects(v, [], ("in", "to")):
                found = [m for m in np_actors(t, actors) if m.actor.kind == "state" and all(m.actor.code[:3] != s.actor.code[:3] for s in sources)]
                if found:
                    targets = found[:1]
                    break
        pairs: list[tuple[Mention, Mention | None]]
        symmetric = code.root in RECIPROCAL_ROOTS or code.code in RECIPROCAL_CODES or v.lemma_.lower() in SYMMETRIC_VERBS
        if not targets and len(sources) >= 2 and symmetric:
            # "X and Y agreed" / "both leaders": a joint event, recorded in both directions
            pairs = [(sources[0], sources[1]), (sources[1], sources[0])]
        else:
            tgts: list[Mention | None] = list(targets) if targets else [None]
            pairs = [(src, tgt) for src in sources for tgt in tgts]
        negated, modality = _negation(v), _modality(v)
        conf = 0.55 + 0.08 * hit.pattern.specificity - (0.2 if hit.pattern.weak else 0.0)
        code_s, rule = hit.pattern.code, f"pattern:{hit.pattern.id}"
        intent = intent_code(code_s) if not negated and _declared_intent(v) else None
        if intent is not None:
            # "Erdogan said he was ready to host talks": an intent, not yet an act
            code_s, rule, modality = intent, rule + "+intent", "intended"
        out = []
        for src, tgt in pairs:
            c = conf + (0.1 if tgt is not None else 0) - (0.05 if src.rule.startswith("coref") else 0)
            out.append(self._event(article_id, v, actors, src, tgt, code_s, rule, c, negated, modality, dates, base))
        return out

    def _event(
        self,
        article_id: str,
        trig: Token,
        actors: DocActors,
        s: Mention,
        t: Mention | None,
        code_s: str,
        rule: str,
        conf: float,
        negated: bool,
        modality: str,
        dates: dict[int, date],
        base: date | None,
    ) -> Event:
        code = self.codebook.get(code_s)
        si = actors.sent_of[trig.i]
        sent = trig.sent
        sa, sb = actors.span(sent.start_char, sent.end_char)
        ta, tb = actors.span(trig.idx, trig.idx + len(trig.text))
        return Event(
            article_id=article_id,
            sentence=si,
            start=ta,
            end=tb,
            text=actors.norm.original[sa:sb].strip(),
            source=s,
            target=t,
            cameo=code.code if len(code_s) <= len(code.code) else code_s,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            plover=code.plover,
            rule=rule,
            confidence=max(0.05, min(0.99, conf)),
            negated=negated,
            modality=modality,
            date=dates.get(si, base),
            trigger=actors.norm.original[ta:tb],
        )

    def _referenced(self, n: Token) -> bool:
        """A nominal event that another event verb acts on is referred to, not reported
        ("condemned Russia's invasion", "offered to host talks", "refused to attend the
        talks"); only light verbs ("held talks") and temporal phrases report it."""
        gov = _governing_verb(n)
        if gov is None:
            return False
        if n.dep_ == "pobj" and n.head.lower_ in TEMPORAL_PREPS:
            return False
        lemma = gov.lemma_.lower()
        if lemma in LIGHT_VERBS:
            return self._only_wanted(gov)
        return lemma in self.lexicon.by_verb or lemma in DIRECTIVE or lemma in NEGATORS

    def _only_wanted(self, v: Token) -> bool:
        """An action that is asked for, offered, refused or threatened ("called on Beijing
        to release …", "demanded that Russia withdraw", "refused to lift …") has not
        happened: the governing verb's event (appeal, demand, rejection) stands for it."""
        if v.dep_ not in ("xcomp", "ccomp", "acl", "conj") or v.head is v:
            return False
        head = v.head
        while head.dep_ == "conj" and head.head is not head and v.dep_ == "conj":
            head = head.head  # "to release A and free B"
        if v.dep_ == "conj":
            if head.dep_ not in ("xcomp", "ccomp", "acl"):
                return False
            head = head.head
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN"):
            return lemma in WANTED_NOUNS
        if lemma in SPEECH_VERBS - DIRECTIVE:
            return False
        # the governing verb stands for it only when it is coded itself ("called on X to
        # release" is an appeal); "Seoul would seek to restore dialogue" keeps its act
        patterns = self.lexicon.by_verb.get(lemma, [])
        return bool(patterns) and self._match_verb(head, patterns) is not None

    # -- reported speech --------------------------------------------------------------------
    def _speech(self, v: Token, actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        """Reported speech: the statement itself, and what its content says the speaker did
        ("Europe must …" is a demand, "Putin does not want peace" an accusation, "Ukraine
        will not join NATO" a rejection)."""
        if _excluded(v):
            return []
        if v.lemma_.lower() in INTERPRETIVE and not any(c.dep_ == "nsubj" for c in v.children):
            return []
        subj = subject_of(v)
        speakers = [m for m in (actors.for_token(subj) if subj is not None else ()) if m.actor.code]
        first = content_clause(v)
        clauses = [first] if first is not None else []
        clauses += [cc for c in clauses for cc in c.children if cc.dep_ == "conj" and cc.pos_ in ("VERB", "AUX")]
        if not speakers or not clauses:
            return []
        s = speakers[0]
        out: list[Event] = []
        for clause in clauses:
            found = self._content_event(v, clause, s, actors, article_id, dates, base)
            if found is not None:
                out.append(found)
        # the statement itself, coded by the speech verb's own pattern where it has one
        # ("warned" 012, "denied" 016, "welcomed" 051), else as a plain statement (010)
        code, rule = "010", "speech.statement"
        verb_patterns = [p for p in self.lexicon.by_verb.get(v.lemma_.lower(), []) if not p.weak and p.specificity == 0]
        target: Mention | None = None
        if verb_patterns:
            # a demand, warning or accusation is aimed at its addressee ("warned the West
            # that …") or at whom the content is about ("demanded that Tehran dismantle …")
            code, rule = verb_patterns[0].code, f"speech.pattern:{verb_patterns[0].id}"
            target = _addressee(v, clauses, s, actors)
        out.append(self._event(article_id, v, actors, s, target, code, rule, 0.45, _negation(v), "asserted", dates, base))
        return out

    def _content_event(
        self, v: Token, clause: Token, s: Mention, actors: DocActors, article_id: str, dates: dict[int, date], base: date | None
    ) -> Event | None:
        csubj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        about = [m for m in (actors.for_token(csubj) if csubj is not None else ()) if m.actor.code and m.actor.code[:3] != s.actor.code[:3]]
        if not about:
            return None
        aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")} | {clause.lemma_.lower()}
        if aux & DEMANDED or any(c.dep_ == "xcomp" and clause.lemma_.lower() in ("have", "need") for c in clause.children):
            return self._event(article_id, v, actors, s, about[0], "100", "speech.demand", 0.6, False, "demanded", dates, base)
        if _negated_peace(clause):
            return self._event(article_id, v, actors, s, about[0], "112", "speech.negative_claim", 0.6, False, "asserted", dates, base)
        if aux & FUTURE and any(c.dep_ == "neg" for c in clause.children):
            # "Ukraine will not join NATO", said by another state: the speaker rules it out
            return self._event(article_id, v, actors, s, about[0], "120", "speech.ruled_out", 0.5, False, "asserted", dates, base)
        return None


# -- parse helpers ----------------------------------------------------------------------------
def _complement_lemmas(v: Token, objs: list[Token]) -> set[str]:
    """Lemmas of the verb's complements up to three levels down ("agreed to have our teams
    start negotiations"), and of its objects' clauses ("intention to visit")."""
    out: set[str] = set()
    frontier = [c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "prep")]
    frontier += [c for o in objs for c in o.children if c.dep_ in ("acl", "relcl", "prep")]
    for _ in range(3):
        nxt = []
        for t in frontier:
            out.add(t.lemma_.lower())
            nxt += [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "acl", "conj")]
        frontier = nxt
    return out


def _clause(v: Token) -> list[Token]:
    """The tokens of a verb's own clause: its subtree without nested finite clauses."""
    out, stack = [v], [v]
    while stack:
        for c in stack.pop().children:
            if c.dep_ not in ("conj", "advcl", "relcl", "ccomp", "parataxis", "cc", "acl"):
                out.append(c)
                stack.append(c)
    return out


def _prep_objects(head: Token, objs: list[Token], preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    out: list[Token] = []
    for t in [head, *objs]:
        for c in t.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in wanted:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.append(p)
                        out += [cc for cc in p.children if cc.dep_ == "conj"]
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                out.append(c)
    return out


def _target_candidates(v: Token, objs: list[Token], prep_objs: list[Token], p: Pattern, passive: bool) -> list[Token]:
    cands = list(prep_objs)
    if not p.object:
        cands += objs
    cands += [c for c in v.children if c.dep_ == "dative"]
    cands += _prep_objects(v, objs, TARGET_PREPS)
    for pobj in _prep_objects(v, objs, ("for", "on", "about", "over")):
        # "pressed for guarantees from X", "concerns about steps by X" (not "concessions to X")
        cands += _prep_objects(pobj, [], ("from", "by", "of"))
    if passive:
        cands = [c for c in v.children if c.dep_ == "nsubjpass"] + cands
    # the object of a complement verb ("agreed to meet Putin", "threatened to impose tariffs
    # on imports from Mexico") and the subject of a that-clause ("demanded that Tehran …")
    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp"):
            cands += [cc for cc in c.children if cc.dep_ in OBJ_DEPS or (c.dep_ == "ccomp" and cc.dep_ == "nsubj")]
            cands += _prep_objects(c, [cc for cc in c.children if cc.dep_ in OBJ_DEPS], TARGET_PREPS)
            cands += _prep_objects(c, [], ("with", "to", "from"))
    return cands


def _verb_sources(v: Token, actors: DocActors) -> list[Mention]:
    children = list(v.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is None:
            return []  # "the public are urged to …": no one is said to act
        subs = [p for p in agent.children if p.dep_ == "pobj"]
    else:
        s = subject_of(v)
        subs = [s] if s is not None else []
    return _with_conjuncts(subs, actors)


def _nominal_event_context(n: Token) -> bool:
    """A noun reports an event only as the object of a light or announcing verb ("had a
    phone conversation", "proposed a summit"), in a temporal phrase ("during the call"),
    with a possessor ("China's offer") or with its participants ("talks between X and Y");
    as a sentence subject or a generic object ("end the war") it refers, it does not report."""
    if _prep_objects(n, [], ("between",)):
        return True  # "a phone call between X and Y focused on …"
    if n.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return False
    if any(c.dep_ == "poss" for c in n.children):
        return True
    gov = n.head
    if n.dep_ == "pobj" and gov.dep_ == "prep":
        return gov.lower_ in TEMPORAL_PREPS
    if n.dep_ in ("dobj", "attr", "oprd"):
        return gov.lemma_.lower() in LIGHT_VERBS
    return False


def _governing_verb(n: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition."""
    h = n.head
    if n.dep_ == "pobj" and h.dep_ in ("prep", "agent"):
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") and h is not n else None


def _noun_sources(n: Token, actors: DocActors) -> list[Mention]:
    poss = [c for c in n.children if c.dep_ == "poss"]
    if poss:
        return _with_conjuncts(poss, actors)
    gov = n.head
    if n.dep_ == "pobj" and gov.dep_ in ("prep", "agent"):
        gov = gov.head
    if n.dep_ in ("dobj", "attr", "pobj", "nsubjpass", "npadvmod") and gov.pos_ in ("VERB", "AUX"):
        s = subject_of(gov)
        if s is not None:
            return _with_conjuncts([s], actors)
    # "a phone conversation between X and Y": the participants are the sources and targets
    between = _prep_objects(n, [], ("between",))
    return _with_conjuncts(between[:1], actors)


def _with_conjuncts(toks: list[Token], actors: DocActors) -> list[Mention]:
    out: list[Mention] = []
    for t in toks:
        for u in [*(c for c in t.children if misparsed_conjunct(c)), t, *(c for c in t.children if c.dep_ == "conj")]:
            for m in head_actors(u, actors):
                if all(m.actor.name != o.actor.name for o in out):
                    out.append(m)
    return out


QUANTITY_HEADS = {
    "thousand",
    "hundred",
    "dozen",
    "million",
    "group",
    "number",
    "crowd",
    "some",
    "many",
    "most",
    "all",
    "several",
    "part",
    "contingent",
    "delegation",
    "team",
    "unit",
    "battalion",
}
NP_DEPS = ("poss", "compound", "amod", "nmod", "appos")


def head_actors(tok: Token, actors: DocActors) -> tuple[Mention, ...]:
    """The actors a phrase head stands for; "thousands of Georgians" stands for Georgians."""
    found = actors.for_token(tok)
    if found:
        return found
    if tok.lemma_.lower() in QUANTITY_HEADS or tok.pos_ == "NUM":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actors.for_token(p)
    return ()


def np_actors(tok: Token, actors: DocActors) -> list[Mention]:
    """The first actor found in a noun phrase: its head, then its possessor and modifiers
    ("Russia's strike", "the British ambassador"), then its prepositional objects
    ("imports from Mexico", "the release of hostages held by Hamas"), breadth first."""
    frontier, seen = [tok], 0
    for _ in range(3):
        nxt: list[Token] = []
        for t in frontier:
            found = [m for m in head_actors(t, actors) if m.actor.code]
            if found:
                return found
            seen += 1
            nxt += [c for c in t.children if c.dep_ in NP_DEPS]
            nxt += [p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            for clause in (c for c in t.children if c.dep_ in ("acl", "relcl")):
                for agent in (a for a in clause.children if a.dep_ == "agent"):
                    nxt += [p for p in agent.children if p.dep_ == "pobj"]
        frontier = nxt
    return []


def _addressee(v: Token, clauses: list[Token], speaker: Mention, actors: DocActors) -> Mention | None:
    cands = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    cands += _prep_objects(v, [], ("to", "on", "upon", "against"))
    cands += [c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for t in cands:
        found = [m for m in np_actors(t, actors) if m.actor.code[:3] != speaker.actor.code[:3]]
        if found:
            return found[0]
    return None


def _first_actor(toks: Iterable[Token], actors: DocActors, not_this: Mention) -> Mention | None:
    for t in toks:
        for m in actors.for_token(t):
            if m.actor.code and m.actor.name != not_this.actor.name:
                return m
    return None


def _excluded(v: Token) -> bool:
    """Habitual, comparative and generic clauses report no event."""
    if any(c.lemma_.lower() in HABITUAL or (c.dep_ == "advmod" and c.lower_ == "how") for c in v.children):
        return True
    return any(a.lemma_.lower() in COMPARISON for a in list(v.ancestors)[:4])


def _negation(v: Token) -> bool:
    if any(c.dep_ == "neg" for c in v.children):
        return True
    h = v
    for _ in range(3):
        if h.dep_ not in ("xcomp", "conj") or h.head is h:
            break
        h = h.head
        if any(c.dep_ == "neg" for c in h.children) or h.lemma_.lower() in NEGATORS:
            return True
    return False


def _modality(v: Token) -> str:
    aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    h = v
    chain = []
    for _ in range(3):
        if h.dep_ not in ("xcomp", "ccomp", "conj") or h.head is h:
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


def _negated_peace(clause: Token) -> bool:
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return clause.lemma_.lower() in INTENT | {"be"} and bool(words & PEACE_WORDS)


READINESS = {"ready", "prepared", "willing", "open", "eager", "keen", "determined", "committed", "poised"}
FUTURE_AUX = {"will", "would", "'ll", "shall", "going"}
# the "express intent" code for an intended act, by the act's code (most specific first)
INTENT_BY_CODE = {
    "045": "039",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "161": "1313",
    "163": "1312",
    "1621": "1311",
    "162": "1311",
}
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "15": "138", "16": "131", "17": "131", "18": "138", "19": "138", "20": "138"}


def intent_code(code: str) -> str | None:
    """The CAMEO code for declaring an intent to do `code` (03x, or 13x for conflict)."""
    for key in (code, code[:3]):
        if key in INTENT_BY_CODE:
            return INTENT_BY_CODE[key]
    return INTENT_BY_ROOT.get(code[:2])


def _declared_intent(v: Token) -> bool:
    """Whether an act is declared as intended: "ready/prepared/willing to …", or reported
    with a future auxiliary ("said it would release …")."""
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children)
    h = v
    for _ in range(4):
        if h.dep_ not in ("xcomp", "ccomp", "conj", "acomp") or h.head is h:
            return False
        h = h.head
        if h.lemma_.lower() in READINESS or h.lemma_.lower() in INTENT:
            return True
        future = future or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in h.children)
        if h.lemma_.lower() in SPEECH_VERBS:
            return future
    return False


IMPLICIT_TARGET_ROOTS = {"10", "11", "12", "13", "14"}


def _implicit_targets(events: list[Event]) -> list[Event]:
    """Criticism, demands and rejections that name no target ("European leaders voiced
    concerns about possible concessions") are aimed at the article's principal actor: the
    country most often source or target of its other events. Marked in the rule id and
    given a lower confidence, so users can filter them out."""
    weight: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for e in events:
        for m in (e.source, e.target):
            if m is not None and m.actor.code:
                key = m.actor.code[:3]
                weight[key] = weight.get(key, 0) + 1
                latest.setdefault(key, m)
    out = []
    for e in events:
        if e.target is None and e.source is not None and e.cameo[:2] in IMPLICIT_TARGET_ROOTS and weight:
            own = e.source.actor.code[:3]
            ranked = sorted((k for k in weight if k != own), key=lambda k: -weight[k])
            if ranked and weight[ranked[0]] >= 3:
                e = replace(e, target=latest[ranked[0]], rule=e.rule + "+implicit_target", confidence=e.confidence * 0.6)
        out.append(e)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per trigger, source and CAMEO root (one with a target preferred), then one
    per sentence, dyad and root: the most confident wins."""
    by_trigger: dict[tuple[int, str, str], Event] = {}
    for e in events:
        k = (e.start, e.source.actor.name if e.source else "", e.cameo[:2])
        old = by_trigger.get(k)
        if old is None or (e.target is not None, e.confidence) > (old.target is not None, old.confidence):
            by_trigger[k] = e
    best: dict[tuple[int, str, str, str], Event] = {}
    for e in by_trigger.values():
        key = (e.sentence, e.source.actor.name if e.source else "", e.target.actor.name if e.target else "", e.cameo[:2])
        if key not in best or e.confidence > best[key].confidence:
            best[key] = e
    return sorted(best.values(), key=lambda e: (e.sentence, e.start))
