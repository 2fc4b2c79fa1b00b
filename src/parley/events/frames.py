"""Reading event frames off the dependency parse: subjects, objects, prepositional
targets, complements, the clause of a verb, and the actors inside a noun phrase."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from parley.actors.resolver import DocActors, misparsed_conjunct
from parley.events.lexicon import Pattern
from parley.model import Actor, Mention
from parley.quotes.extractor import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJ_DEPS = {"dobj", "attr", "oprd"}

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

TARGET_PREPS = ("with", "to", "against", "from", "on", "between", "for", "at", "toward", "towards", "into", "of")

# Prepositions whose object is where a material act happened ("shelling in Kharkiv").
PLACE_PREPS = ("in", "on", "at", "near", "into", "across")


# -- parse helpers ----------------------------------------------------------------------------
def complement_lemmas(v: Token, objs: list[Token]) -> set[str]:
    """Lemmas of the verb's complements up to three levels down ("agreed to have our teams
    start negotiations"), and of its objects' clauses ("intention to visit")."""
    out: set[str] = set()
    frontier = [c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "prep")]
    frontier += [c for o in objs for c in o.children if c.dep_ in ("acl", "relcl", "prep")]
    for _ in range(3):
        nxt = []
        for t in frontier:
            out.add(t.lemma_.lower())
            # "allowed IAEA inspectors to visit": the complement's own subject is part of it
            nxt += [
                c
                for c in t.children
                if c.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "acl", "conj") or (c.dep_ == "nsubj" and t.dep_ in ("ccomp", "xcomp"))
            ]
        frontier = nxt
    return out


def clause_tokens(v: Token) -> list[Token]:
    """The tokens of a verb's own clause: its subtree without nested finite clauses."""
    out, stack = [v], [v]
    while stack:
        for c in stack.pop().children:
            if c.dep_ not in ("conj", "advcl", "relcl", "ccomp", "parataxis", "cc", "acl"):
                out.append(c)
                stack.append(c)
    return out


def prep_objects(head: Token, objs: list[Token], preps: Iterable[str]) -> list[Token]:
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


def target_candidates(v: Token, objs: list[Token], prep_objs: list[Token], p: Pattern, passive: bool) -> list[Token]:
    cands = list(prep_objs)
    if not p.object:
        cands += objs
    cands += [c for c in v.children if c.dep_ == "dative"]
    # "filed a case against Israel at the ICJ": "at" names the venue more often than the target
    cands += prep_objects(v, objs, [p for p in TARGET_PREPS if p != "at"]) + prep_objects(v, objs, ("at",))
    for pobj in prep_objects(v, objs, ("for", "on", "about", "over")):
        # "pressed for guarantees from X", "concerns about steps by X" (not "concessions to X")
        cands += prep_objects(pobj, [], ("from", "by", "of"))
    for pobj in prep_objects(v, objs, ("in",)):
        if (pobj.head.head.i == v.i or pobj.head.head in objs) and any(o.pos_ == "NUM" or o.lemma_.lower() in QUANTITY_HEADS for o in objs):
            # "pledged $4 billion in aid to Ukraine", "$4.5 billion in loans for Ukraine's
            # reconstruction": the amount's "in" phrase (on the verb or on the amount) says
            # what is given
            cands += prep_objects(pobj, [], ("to", "for"))
    # "expressed a desire to settle the dispute with Eritrea", "a plan to send troops to
    # Poland": the clause of the object noun acts on the target
    # (not when the noun is someone's: "Ukraine's right to strike targets inside Russia")
    for o in objs:
        if any(c.dep_ == "poss" for c in o.children):
            continue
        for a in (c for c in o.children if c.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)):
            cands += prep_objects(a, [cc for cc in a.children if cc.dep_ in OBJ_DEPS], ("with", "to", "from", "against"))
    if passive:
        cands = [c for c in v.children if c.dep_ == "nsubjpass"] + cands
    # the object of a complement verb ("agreed to meet Putin", "threatened to impose tariffs
    # on imports from Mexico") and the subject of a that-clause ("demanded that Tehran …")
    # ("vowed to keep supplying Kyiv": through a complement's own complement too)
    comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]
    comps += [cc for c in comps if c.dep_ == "xcomp" for cc in c.children if cc.dep_ == "xcomp"]
    for c in comps:
        cands += [cc for cc in c.children if cc.dep_ in OBJ_DEPS or (c.dep_ == "ccomp" and cc.dep_ == "nsubj")]
        cands += prep_objects(c, [cc for cc in c.children if cc.dep_ in OBJ_DEPS], TARGET_PREPS)
        cands += prep_objects(c, [], ("with", "to", "from"))
    return cands


def verb_sources(v: Token, actors: DocActors) -> list[Mention]:
    children = list(v.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is None:
            # "was killed in an Israeli airstrike": the act named as the means names the doer
            for p in prep_objects(v, [], ("in", "by")):
                doer = [m for m in (actors.modifier_actor(c) for c in p.children if c.dep_ in ("amod", "compound", "nmod")) if m is not None]
                doer += [m for c in p.children if c.dep_ == "poss" for m in head_actors(c, actors)]
                if doer and p.lemma_.lower() in MEANS_NOUNS:
                    return doer[:1]
            return []  # "the public are urged to …": no one is said to act
        subs = [p for p in agent.children if p.dep_ == "pobj"]
    else:
        s = subject_of(v) or _adjective_subject(v)
        if s is None and v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and v.i > v.head.i:
            s = v.head  # "The Armenian and Azerbaijani ministers negotiated …" parsed as a noun phrase
        subs = [s] if s is not None else []
    return with_conjuncts(subs, actors)


def _adjective_subject(v: Token) -> Token | None:
    """The subject of a verb complementing a predicate adjective ("he was ready to meet
    Putin", "Moscow is willing to resume talks"): the copula's subject, which the generic
    subject search does not reach because it stops at the adjective."""
    h = v
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head  # "ready to meet and (to) negotiate"
    if h.dep_ != "xcomp" or h.head.pos_ != "ADJ" or h.head.dep_ not in ("acomp", "xcomp", "conj"):
        return None
    return subject_of(h.head.head)


def nominal_event_context(n: Token) -> bool:
    """A noun reports an event only as the object of a light or announcing verb ("had a
    phone conversation", "proposed a summit"), in a temporal phrase ("during the call"),
    with a possessor ("China's offer") or with its participants ("talks between X and Y");
    as a sentence subject or a generic object ("end the war") it refers, it does not report."""
    if prep_objects(n, [], ("between",)):
        return True  # "a phone call between X and Y focused on …"
    if n.dep_ == "nsubjpass" and n.head.lemma_.lower() in LIGHT_VERBS and prep_objects(n.head, [], ("between",)):
        return True  # "Talks were held in Jeddah between X and Y"
    if n.dep_ in ("nsubj", "nsubjpass", "csubj", "appos"):
        return False  # "…, his first trip to China": an apposition restates, it does not report
    if n.dep_ == "pobj" and n.head.head.pos_ in ("NOUN", "PROPN") and n.head.lower_ != "between":
        return False  # "support for Russia's military operation": named inside another phrase
    if any(c.dep_ == "poss" for c in n.children):
        return True
    gov = n.head
    if readiness_noun(n):
        return True  # "Moscow was open to negotiations": a declared intent
    if n.dep_ == "pobj" and gov.dep_ == "prep":
        # "during a visit to Tel Aviv" reports; "support for Russia's operation" and
        # "involvement in the attack" only name an event inside another phrase
        # "during a visit to Tel Aviv", "after deadly unrest": the circumstances of the
        # reported act, not a report of their own (EVENTS_CONVENTIONS.md, R8) — unless the
        # phrase names who took part: "during a 90-minute conversation, Trump and Putin …"
        if gov.lower_ not in TEMPORAL_PREPS or gov.head.pos_ not in ("VERB", "AUX"):
            return False
        subj = subject_of(gov.head)
        return bool(prep_objects(n, [], ("with",))) or (subj is not None and any(c.dep_ == "conj" or misparsed_conjunct(c) for c in subj.children))
    if n.dep_ in ("dobj", "attr", "oprd"):
        if any(c.dep_ in ("xcomp", "ccomp") for c in gov.children):
            return False  # "ordered the UN mission to leave": the noun is who is told
        return gov.lemma_.lower() in LIGHT_VERBS
    return False


READINESS = {"ready", "prepared", "willing", "open", "eager", "keen", "determined", "committed", "poised"}


def readiness_noun(n: Token) -> Token | None:
    """The adjective of readiness an event noun completes ("open to negotiations", "ready
    for talks"), or None."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("to", "for"):
        return None
    adj = n.head.head
    return adj if adj.pos_ == "ADJ" and adj.lemma_.lower() in READINESS else None


# nouns that only count or group the event noun they govern ("a round of talks")
COUNT_NOUNS = {"round", "series", "set", "wave", "number", "part", "day", "week", "hour"}


def governing_verb(n: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition (and through
    "a round of", "a series of")."""
    h = n.head
    if n.dep_ == "pobj" and h.dep_ in ("prep", "agent"):
        h = h.head
    if h.pos_ == "NOUN" and h.lemma_.lower() in COUNT_NOUNS and n.dep_ == "pobj" and n.head.lower_ == "of":
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") and h.i != n.i else None


def noun_sources(n: Token, actors: DocActors) -> list[Mention]:
    poss = [c for c in n.children if c.dep_ == "poss"]
    if poss:
        return with_conjuncts(poss, actors)
    # "an Israeli airstrike", "a Russian drone attack": the country word names the attacker
    for c in n.children:
        modifier = actors.modifier_actor(c)
        if modifier is not None:
            return [modifier]
    gov = n.head
    adj = readiness_noun(n)
    if adj is not None:
        s = subject_of(adj.head) if adj.dep_ in ("acomp", "xcomp", "conj") else None
        return with_conjuncts([s], actors) if s is not None else []
    if n.dep_ == "pobj" and gov.dep_ in ("prep", "agent"):
        gov = gov.head
    if n.dep_ in ("dobj", "attr", "pobj", "nsubjpass", "npadvmod") and gov.pos_ in ("VERB", "AUX"):
        s = subject_of(gov)
        if s is not None and s.dep_ == "nsubjpass":
            # "Nasrallah was killed in an airstrike": the passive subject suffered the
            # strike, it did not carry it out; the agent, if named, did ("Talks were held
            # between X and Y": the noun is no source of its own; its participants are)
            s = next((p for c in gov.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if s is not None:
            return with_conjuncts([s], actors)
    # "a phone conversation between X and Y": the participants are the sources and targets
    between = prep_objects(n, [], ("between",)) or (prep_objects(n.head, [], ("between",)) if n.dep_ == "nsubjpass" else [])
    return with_conjuncts(between[:1], actors)


def conjuncts(t: Token) -> list[Token]:
    """A phrase head and every head coordinated with it ("Spain, Ireland and Norway")."""
    out, stack = [], [t]
    while stack:
        u = stack.pop(0)
        out.append(u)
        stack += [c for c in u.children if c.dep_ == "conj"]
    return out


def with_conjuncts(toks: list[Token], actors: DocActors) -> list[Mention]:
    out: list[Mention] = []
    for t in toks:
        found = [m for u in [*(c for c in t.children if misparsed_conjunct(c)), *conjuncts(t)] for m in head_actors(u, actors)]
        for m in found:
            if any(m.actor.name == o.actor.name for o in out):
                continue
            if not m.actor.sector and any(o is not m and o.actor.sector and o.actor.country == m.actor.country for o in found):
                continue  # "US and British warplanes": "US" is already in "US warplanes"
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


# acts and arms that can be the means of a passive act ("was killed in an Israeli strike")
MEANS_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "operation", "ambush", "assault", "drone", "missile"}

# arms and military machines: "Russian missiles struck …" is Russia's military acting
WEAPONS = {
    "missile",
    "drone",
    "rocket",
    "tank",
    "warplane",
    "jet",
    "aircraft",
    "artillery",
    "warship",
    "submarine",
    "helicopter",
    "bomber",
    "gunship",
    "frigate",
    "destroyer",
    "howitzer",
    "shell",
    "bulldozer",
    "vessel",
    "navy",
    "airstrike",
}


# people named by their role, whose country a coordinated modifier gives ("US and
# Philippine troops", "US and Russian officials")
ROLE_NOUNS = {
    "troop": "MIL",
    "force": "MIL",
    "soldier": "MIL",
    "official": "GOV",
    "diplomat": "GOV",
    "minister": "GOV",
    "leader": "GOV",
    "negotiator": "GOV",
    "police": "COP",
}


def head_actors(tok: Token, actors: DocActors) -> tuple[Mention, ...]:
    """The actors a phrase head stands for; "thousands of Georgians" stands for Georgians,
    "Russian cruise missiles" for Russia's military."""
    found = actors.for_token(tok)
    if found:
        return found
    lemma = tok.lemma_.lower()
    if lemma in WEAPONS or lemma in ROLE_NOUNS:
        sector = ROLE_NOUNS.get(lemma, "MIL")
        for c in tok.children:
            m = actors.modifier_actor(c)
            if m is None or not m.actor.country:
                continue
            others = [x for x in (_conjunct_state(cc, actors) for cc in c.children if cc.dep_ == "conj") if x is not None and x.actor.country]
            if lemma not in WEAPONS and not others:
                continue  # "Russian officials" is the actor stage's; only coordinated modifiers are read here
            rule = "weapon.modifier" if lemma in WEAPONS else "role.modifiers"
            return tuple(
                replace(x, actor=replace(x.actor, code=x.actor.country + sector, sector=(sector,), name=f"{x.actor.name} ({sector})"), rule=rule)
                for x in [m, *others]
            )
    if tok.lemma_.lower() in QUANTITY_HEADS or tok.pos_ == "NUM":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actors.for_token(p)
    return ()


def _conjunct_state(tok: Token, actors: DocActors) -> Mention | None:
    """The state a coordinated modifier names ("US and British warplanes"): the parser
    attaches "British" to "US" as a conjunct, where it is no modifier of its own."""
    found = actors.modifier_actor(tok)
    if found is not None:
        return found
    found = next((m for m in actors.for_token(tok) if m.actor.kind == "state" and m.actor.country), None)
    entry = actors.states.get(tok.i)
    if found is None and entry is not None and entry.country:
        a, b = actors.span(tok.idx, tok.idx + len(tok.text))
        actor = Actor(name=entry.name or entry.country, code=entry.code or entry.country, country=entry.country, kind="state", source=entry.source)
        found = Mention(text=actors.norm.original[a:b], start=a, end=b, sentence=actors.sent_of[tok.i], actor=actor, rule="kb.modifier")
    return found


def np_actors(
    tok: Token,
    actors: DocActors,
    *,
    depth: int = 3,
    skip: Callable[[Mention], bool] | None = None,
    modifier: Callable[[Token], Mention | None] | None = None,
    role: Callable[[Token], str] | None = None,
) -> list[Mention]:
    """The first actor found in a noun phrase: its head, then its possessor and modifiers
    ("Russia's strike", "the British ambassador"), then its prepositional objects
    ("imports from Mexico", "the release of hostages held by Hamas"), breadth first.
    `modifier` reads modifiers the actor stage leaves alone ("UN sanctions"); `role` gives
    the agent sector of a noun that names people, so that "a Swedish national" is Sweden's
    civilians and not Sweden."""
    frontier, seen = [tok], 0
    for _ in range(depth):
        nxt: list[Token] = []
        for t in frontier:
            found = [m for m in head_actors(t, actors) if m.actor.code and not (skip and skip(m))]
            if found:
                # "urged Israel and Hamas", "imports from Mexico and Canada": every conjunct
                for u in conjuncts(t)[1:]:
                    found += [m for m in head_actors(u, actors) if m.actor.code and all(m.actor.name != f.actor.name for f in found) and not (skip and skip(m))]
                return found
            found_mod = actors.modifier_actor(t) if t.i != tok.i else None
            if found_mod is None and modifier is not None and t.i != tok.i:
                found_mod = modifier(t)
            if found_mod is not None and not (skip and skip(found_mod)):
                a = found_mod.actor
                sector = role(t.head) if role is not None and a.kind == "state" and not a.sector and a.country else ""
                if sector:
                    found_mod = replace(found_mod, actor=replace(a, code=a.country + sector, sector=(sector,)), rule=found_mod.rule + "+role")
                return [found_mod]
            seen += 1
            nxt += [c for c in t.children if c.dep_ in NP_DEPS]
            nxt += [p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            for clause in (c for c in t.children if c.dep_ in ("acl", "relcl")):
                for agent in (a for a in clause.children if a.dep_ == "agent"):
                    nxt += [p for p in agent.children if p.dep_ == "pobj"]
                if clause.dep_ == "acl" and clause.tag_ == "VBN":
                    # "vehicles imported from China", "chips bound for China", "arms
                    # shipped to Russia": where the goods come from or go to
                    nxt += prep_objects(clause, [], ("from", "for", "to"))
        frontier = nxt
    return []


def place_target(v: Token, target_toks: Iterable[Token], actors: DocActors) -> Mention | None:
    """The country of a place an act is aimed at or happens in ("shelled Kharkiv", "struck
    targets in Rafah"): searched in the target candidates and their phrases, then in the
    locative objects of the verb and of its direct object."""
    objs = [c for c in v.children if c.dep_ in OBJ_DEPS]
    for tok in [*target_toks, *prep_objects(v, objs, PLACE_PREPS)]:
        frontier = [tok]
        for _ in range(3):
            for t in frontier:
                found = actors.place_actor(t)
                if found is not None:
                    return found
            nxt: list[Token] = []
            for c in (c for t in frontier for c in t.children):
                if c.dep_ in NP_DEPS:
                    nxt.append(c)
                elif c.dep_ == "prep":
                    nxt += [p for p in c.children if p.dep_ == "pobj"]
            frontier = nxt
    return None


def addressee(v: Token, clauses: list[Token], speaker: Mention, actors: DocActors) -> Mention | None:
    cands = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    cands += prep_objects(v, [], ("to", "on", "upon", "against"))
    cands += [c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "warned it would impose sanctions on Lithuanian officials": the target of a threat is
    # the object of the threatened act (EVENTS_CONVENTIONS.md, R10)
    for clause in clauses:
        objs = [c for c in clause.children if c.dep_ in OBJ_DEPS]
        cands += objs + prep_objects(clause, objs, ("on", "against", "to", "with"))
    for t in cands:
        found = [m for m in np_actors(t, actors) if m.actor.code[:3] != speaker.actor.code[:3]]
        if found:
            return found[0]
    return None
