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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX as AUX_POS
from spacy.parts_of_speech import NOUN as NOUN_POS
from spacy.parts_of_speech import PROPN as PROPN_POS
from spacy.parts_of_speech import VERB as VERB_POS

from parley.actors.kb import Entry, KnowledgeBase
from parley.actors.resolver import DocActors
from parley.events.codebook import Codebook, load_parents
from parley.events.families import FAMILIES, directed_code, protest_code, refines
from parley.events.frames import (
    LIGHT_VERBS,
    OBJ_DEPS,
    PLACE_PREPS,
    QUANTITY_HEADS,
    TEMPORAL_PREPS,
    addressee,
    clause_tokens,
    complement_lemmas,
    governing_verb,
    head_actors,
    nominal_event_context,
    noun_sources,
    np_actors,
    place_target,
    prep_objects,
    readiness_noun,
    target_candidates,
    verb_sources,
    with_conjuncts,
)
from parley.events.lexicon import Lexicon, Pattern
from parley.events.mood import (
    DEMANDED,
    FUTURE,
    HYPOTHETICAL,
    NEGATORS,
    declared_intent,
    excluded,
    intent_code,
    is_negated,
    modality_of,
    negated_peace,
)
from parley.model import Actor, Event, Mention
from parley.quotes.extractor import INTERPRETIVE, SPEECH_VERBS, content_clause, subject_of

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span, Token


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
    # what someone is allowed, helped or made to do is the allowing, helping or forcing
    "allow",
    "permit",
    "let",
    "enable",
    "authorize",
    "authorise",
    "force",
    "compel",
}


# verbs whose complement did not happen, or is denied to have happened
DENIED = {"deny", "avoid", "prevent", "dispute", "refute"}

# verbs whose "of"/"for" complement is what someone is charged with, not a reported act
CHARGING = {
    "accuse",
    "blame",
    "suspect",
    "charge",
    "convict",
    "indict",
    "criticize",
    "criticise",
    "condemn",
    "denounce",
    "fault",
    "punish",
    "sanction",
    "praise",
    "thank",
    "commend",
}

# a protest's purpose clause ("rallied to demand …") is what the protest is about
PROTEST_VERBS = {"protest", "rally", "march", "demonstrate", "gather", "block", "blockade", "strike", "boycott", "riot", "picket", "occupy"}

# verbs of stopping or giving up something: what is asked, offered or refused is to yield
CESSATION_VERBS = {"stop", "halt", "end", "cease", "withdraw", "remove", "abandon", "scrap", "suspend", "pull", "dismantle"}

MILITARY_NOUNS = {
    "drill",
    "exercise",
    "strike",
    "attack",
    "offensive",
    "campaign",
    "operation",
    "troop",
    "force",
    "soldier",
    "bombardment",
    "shelling",
    "fire",
    "fighting",
    "hostility",
    "warship",
    "military",
    "army",
    "war",
    "incursion",
    "blockade",
    "siege",
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
    "warning",
    "order",
    "decision",
    "agreement",
}


# verbs whose coordinated subjects act on each other ("X and Y clashed / exchanged fire")
SYMMETRIC_VERBS = {"exchange", "clash", "fight", "battle", "skirmish", "trade", "swap", "reconcile", "spar", "feud"}


RECIPROCAL_CODES = {"019", "0311", "0312"}  # "X and Y saw eye to eye"


RECIPROCAL_ROOTS = {"03", "04", "05", "06"}

# the prepositions of a partner ("met with", "spoke to"), implied by coordinated subjects
RECIPROCAL_PREPS = frozenset({"with", "between"})


# verbs of assessment: what they say "according to" someone is an opinion, not a statement of fact
OPINION_VERBS = {"seem", "appear", "look", "remain"}

# people named only as people: the civilians of the country where an act happens
VICTIM_WORDS = {"civilian", "villager", "people", "resident", "man", "woman", "child", "family", "tourist", "worshipper", "passenger", "person", "inhabitant"}

# persons named only by their nationality ("a Swedish national", "Afghan nationals")
NATIONAL_WORDS = {"national", "citizen", "men", "women", "detainee", "hostage", "prisoner", "migrant"}

# where civilians live or shelter ("demolished Palestinian homes")
DWELLINGS = {"home", "house", "shelter", "tent", "apartment", "residence", "dwelling"}

# numbers standing alone for people ("hundreds of thousands rallied")
CROWD_WORDS = {"thousand", "hundred", "million", "dozen", "crowd", "thousands", "hundreds", "millions"}

# where a phrase places someone ("protesters in Belgrade", "a bomb near a police station in Quetta")
LOCATIVE_PREPS = {"in", "across", "near", "outside", "at", "throughout", "inside"}

# material conflict (coerce, assault, fight, mass violence): the target may be a place
PLACE_TARGET_ROOTS = {"17", "18", "19", "20"}

# what "authorities" do as police and as judiciary (EVENTS_CONVENTIONS.md, R4)
POLICE_VERBS = {"arrest", "detain", "raid", "round", "apprehend", "seize", "hold"}
JUDICIAL_VERBS = {"charge", "indict", "convict", "sentence", "prosecute", "try", "jail", "imprison"}

# what a show of force is said to answer: "after X launched drills", "following threats"
RESPONSE_WORDS = {"after", "following", "amid"}

# releasing, coercing and assaulting people: done by a state's own organs, to its own people
OWN_PEOPLE_ROOTS = {"08", "09", "17", "18"}

# installations named by the force they belong to ("police station", "army post")
INSTALLATION_NOUNS = {
    "station",
    "base",
    "post",
    "facility",
    "headquarters",
    "barracks",
    "checkpoint",
    "outpost",
    "garrison",
    "airbase",
    "depot",
    "airfield",
    "position",
    "trench",
}

# where a show of force faces a foreign country
FACING_PREPS = ("opposite", "near", "toward", "towards", "off", "around", "along")

# pledges and provisions of aid: "for" someone names who receives it
BENEFIT_ROOTS = {"03", "07"}

# a government's answer to protests at home is aimed at its civilians (R10)
PROTEST_RESPONSE_ROOTS = {"08", "13", "15", "17"}
PROTEST_NOUNS = frozenset({"protest", "demonstration", "unrest", "rally", "riot", "protester", "demonstrator", "uprising"})
CONDITION_WORDS = frozenset({"if", "unless", "after", "as", "while", "when"})
RESPONSE_PREPS = frozenset(RESPONSE_WORDS | {"ahead", "over", "before", "against"})
# event nouns that hold their place in an "in" phrase ("the G20 summit in New Delhi")
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "talks", "forum", "ceremony", "inauguration", "funeral", "session", "games", "olympics"})

# verbs whose direct object is a place, not a government ("patrolled the capital")
PLACE_OBJECT_VERBS = frozenset({"patrol", "tour", "visit", "enter", "leave"})

# ships whose seizure is an act of armed force (R1b)
VESSEL_NOUNS = frozenset({"tanker", "ship", "vessel", "boat", "freighter", "trawler", "yacht", "warship", "carrier", "ferry", "dhow"})

# appeals, demands and threats: aimed at whoever is to act ("demanded that X release")
DIRECTED_ROOTS = {"02", "10", "13"}

# what an attack's participle reports as its toll (", killing 24 people"; R15)
RESULT_VERBS = frozenset({"kill", "injure", "wound", "leave", "claim"})

# acts that move people or goods somewhere: "to" a capital names the destination
MOVEMENT_ROOTS = {"04", "07", "15"}

# acts of armed force (posture, assault, fighting, mass violence): a country's military acts
FORCE_ROOTS = {"15", "18", "19", "20"}


@dataclass(frozen=True, slots=True)
class _Hit:
    pattern: Pattern
    trigger: Token
    target_toks: tuple[Token, ...]


@dataclass(slots=True)
class _Frames:
    """The patterns a verb is tried against, and an index of them by required object."""

    patterns: list[Pattern]
    all_object: bool  # every pattern needs an object
    any_prep: bool  # some pattern needs a preposition
    free: list[int]  # positions of the patterns that need no object
    by_object: dict[str, list[int]]  # object lemma -> positions of the patterns that accept it


class EventCoder:
    """Codes the events of one parsed article."""

    def __init__(self, codebook: Codebook, lexicon: Lexicon, kb: KnowledgeBase | None = None) -> None:
        self.codebook = codebook
        self.lexicon = lexicon
        self.kb = kb
        self._agents: dict[str, str] = {}  # agent word -> sector, filled as words are met
        self._persons: dict[str, bool] = {}  # whether a word names a person ("ambassador")
        self._igos: dict[str, Actor | None] = {}  # organisation names met as modifiers
        self.parent = load_parents()
        self._keys: tuple[set[int], set[int], int] | None = None
        self._sorted_keys: tuple[Any, Any] | None = None
        self._frames: dict[tuple[int, bool], tuple[list[Pattern], _Frames]] = {}
        self._matched: dict[int, _Hit | None] = {}  # per document: verb token -> its match
        self._bounds: list[tuple[int, int]] = []  # per document: sentence -> character bounds
        self._particled = {lemma for lemma, ps in lexicon.by_verb.items() if any(p.particle for p in ps)}

    def prepare(self, strings: StringStore) -> None:
        """Build what the coder looks tokens up by, so that the first article pays nothing."""
        self._trigger_keys(strings)

    def _trigger_keys(self, strings: StringStore) -> tuple[set[int], set[int], int]:
        """Hashes of the lemmas that can trigger an event (verbs, nouns, speech verbs), so
        that a document's candidate tokens are found without reading each token's strings."""
        if self._keys is None:

            def hashes(words: Iterable[str]) -> set[int]:
                return {strings.add(f) for w in words for f in (w, w.capitalize(), w.title())}

            self._keys = (hashes([*self.lexicon.by_verb, *SPEECH_VERBS]), hashes(self.lexicon.by_noun), strings.add("according"))
        return self._keys

    def _candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens worth a look: known verbs and nouns, and "according"."""
        verbs, nouns, according = self._trigger_keys(doc.vocab.strings)
        if self._sorted_keys is None:
            self._sorted_keys = (numpy.array(sorted(verbs), dtype=numpy.uint64), numpy.array(sorted(nouns), dtype=numpy.uint64))
        verb_keys, noun_keys = self._sorted_keys
        arr = doc.to_array([POS, LEMMA, LOWER])
        pos, lemma = arr[:, 0], arr[:, 1]

        def known(keys: Any) -> Any:  # lemma in keys, by binary search in the sorted hashes
            if not len(keys):
                return numpy.zeros(len(lemma), dtype=bool)
            at = numpy.minimum(numpy.searchsorted(keys, lemma), len(keys) - 1)
            return keys[at] == lemma

        ok = ((pos == VERB_POS) | (pos == AUX_POS)) & known(verb_keys)
        ok |= ((pos == NOUN_POS) | (pos == PROPN_POS)) & known(noun_keys)
        ok |= arr[:, 2] == according
        return numpy.flatnonzero(ok).tolist()

    def code(self, doc: Doc, actors: DocActors, *, article_id: str, sentence_dates: dict[int, date], base: date | None) -> list[Event]:
        events: list[Event] = []
        self._matched = {}
        cands = self._candidates(doc)
        if not cands:
            return []
        # the coder walks the parse (actors.doc, which is `doc`) through its light view
        # (parley.nlp.lite): its tokens answer the Token API the frame readers use without
        # spaCy's per-access cost
        lite = actors.view()
        bounds = lite.bounds
        self._bounds = [(b[2], b[3]) for b in bounds]
        k = 0
        for si in range(len(bounds)):
            sent = cast("Span", lite.sentence(si))
            mine = []
            while k < len(cands) and cands[k] < sent.end:
                if cands[k] >= sent.start:
                    mine.append(cast("Token", lite.token(cands[k])))
                k += 1
            if not mine:
                continue
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is not None and last.text == "?":
                continue  # questions ask, they do not report
            found = self._sentence(sent, mine, actors, article_id, sentence_dates, base)
            # "Lavrov said Moscow was studying a proposal": the act of the speaker's own side
            # is what the statement reports; a plain 010 beside it would count it twice
            acting = {e.source.actor.code for e in found if e.source and not e.rule.startswith("speech.")}
            acting |= {c + "GOV" for c in acting if len(c) == 3}
            # a speech verb coded by a frame of its own ("warned that relations had sunk")
            framed = {e.start for e in found if not e.rule.startswith("speech.")}
            events.extend(
                e
                for e in found
                if not (e.rule == "speech.statement" and e.source and e.source.actor.code in acting)
                and not (e.rule.startswith("speech.pattern") and e.start in framed)
            )
        return _implicit_targets(_dedupe(events))

    def _sentence(self, sent: Span, toks: list[Token], actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        out: list[Event] = []
        if self.kb is not None:
            self._locate_agents(sent, actors)
        violent: set[int] = set()  # tokens that reported an assault, fight or mass violence
        for tok in toks:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in self.lexicon.by_verb:
                if lemma in RESULT_VERBS and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in violent:
                    continue  # "bombed the station, killing 24 people": the attack's toll, not a second act
                hit = self._match_verb(tok, self.lexicon.by_verb[lemma])
                if hit is not None:
                    found = self._events_for(hit, verb_sources(tok, actors), actors, article_id, dates, base)
                    if any(e.cameo[:2] in FORCE_ROOTS for e in found):
                        violent.add(tok.i)
                    if any(e.cameo == "015" for e in found):
                        found += self._claimed(tok, verb_sources(tok, actors), actors, article_id, dates, base)
                    out.extend(found)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and lemma in self.lexicon.by_noun:
                # a noun modifying another ("Defense Secretary", "peace deal") names no event
                hit = self._match_noun(tok, self.lexicon.by_noun[lemma])
                if hit is not None:
                    out.extend(self._events_for(hit, noun_sources(tok, actors), actors, article_id, dates, base))
            if tok.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS:
                out.extend(self._speech(tok, actors, article_id, dates, base))
            elif tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                out.extend(self._according_to(tok, actors, article_id, dates, base))
        return out

    def _for_event(self, m: Mention) -> Mention:
        """An organisation's body acts for the organisation: "the WFP" is coded IGOUNO; a
        region's group of states ("Western partners", "European allies") is the region."""
        a = m.actor
        if a.kind == "region" and m.rule in ("title.group", "kb.region") and a.sector == ("GOV",):
            return replace(m, actor=replace(a, code=a.code[:3], sector=()))
        parent = self.parent(a.code)
        return m if parent == a.code else replace(m, actor=replace(a, code=parent))

    def _venue(self, v: Token) -> str:
        """The country a meeting takes place in, from an "in"/"at" place in its clause."""
        head = governing_verb(v) if v.pos_ in ("NOUN", "PROPN") else v
        if v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("nsubj", "nsubjpass"):
            head = v.head
        for tok in clause_tokens(head if head is not None else v):
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and self.kb is not None:
                country = self._place_country(tok)
                if country:
                    return country
        return ""

    def _phrase_sector(self, tok: Token) -> str:
        """The agent sector of a noun with its modifiers ("aid workers" NGO, "opposition
        figures" OPP, "political prisoners"), else of the noun alone ("workers" LAB)."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        for k in range(len(mods)):
            sector = self._agent_sector(" ".join(c.lemma_.lower() for c in mods[k:]) + " " + tok.lemma_.lower())
            if sector:
                return sector
        return self._agent_sector(tok.lemma_.lower())

    def _people_role(self, tok: Token) -> str:
        """The agent sector of a noun that names people ("national", "men" CVL,
        "researcher" EDU) or where civilians live ("homes"), or "" for any other noun
        (EVENTS_CONVENTIONS.md, R4)."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN":
            return ""
        if lemma in VICTIM_WORDS or lemma in NATIONAL_WORDS or lemma in DWELLINGS:
            return "CVL"  # civilian shelters take their people (EVENTS_CONVENTIONS.md, R10)
        return self._phrase_sector(tok) if self.kb is not None and self._person_word(lemma) else ""

    def _own_people(self, v: Token, sources: list[Mention], actors: DocActors) -> list[Mention]:
        """ "Venezuelan police arrested opposition figures", "Belarus released political
        prisoners": people named only by what they are, acted on by a state's own organs
        with no other country in view, are that state's people."""
        src = sources[0].actor
        if not src.country or not (set(src.sector) & {"GOV", "COP", "JUD", "SPY"} or src.code == src.country) or self.kb is None:
            return []
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs:
            # "arrested and questioned two sailors": the object the coordinated verbs share
            objs = [o for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]
        for o in objs:
            # "hundreds of protesters" are the protesters; "the deaths of protesters" that an
            # inquiry looks into are not whom it investigates
            of = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            for h in [o, *(of if o.lemma_.lower() in QUANTITY_HEADS or o.pos_ == "NUM" or o.lemma_.lower() in CROWD_WORDS else [])]:
                if actors.for_token(h) or any(actors.modifier_actor(c) for c in h.children):
                    continue
                sector = self._phrase_sector(h)
                if not sector or sector in ("GOV", "REB", "INS", "SEP", "SPY"):
                    continue
                code = "NGO" if sector == "NGO" else src.country + sector
                actor = Actor(name=f"{src.country} {sector}", code=code, country=src.country, sector=(sector,), kind="state", source="own")
                return [_mention_at(actors, h, h, actor, "own.people")]
        return []

    def _installation(self, v: Token) -> str:
        """The force a violent act's object belongs to when it is an installation named by
        its force ("a police station", "an army post", "a military base"), or ""; a site of
        mixed use ("nuclear and military facilities") belongs to no one force."""
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "near") for p in c.children if p.dep_ == "pobj"]
        # "used grenades … against its positions": the aim of the weapon used
        holders = [*objs, *(a for o in objs for a in o.children if a.dep_ == "acl")]
        objs += [p for o in holders for c in o.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "at") for p in c.children if p.dep_ == "pobj"]
        for o in objs:
            if o.lemma_.lower() not in INSTALLATION_NOUNS or self.kb is None:
                continue
            mods = [c for c in o.children if c.dep_ in ("compound", "amod")]
            if any(cc.dep_ == "conj" for c in mods for cc in c.children):
                return ""
            for c in mods:
                sector = self._agent_sector(c.lemma_.lower())
                if sector in ("MIL", "COP"):
                    return sector
            # "Georgian positions", "its base": a country or owner named on it takes nothing away
            if not [c for c in mods if c.ent_type_ not in ("NORP", "GPE")] and o.lemma_.lower() in (
                "base",
                "barracks",
                "garrison",
                "outpost",
                "airbase",
                "position",
                "trench",
            ):
                return "MIL"
        return ""

    def _victims(self, v: Token) -> str:
        """The agent sector of the people a violent act is done to, when they are named
        only by what they are ("civilians", "hundreds of villagers", "pupils")."""
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against") for p in c.children if p.dep_ == "pobj"]
        for o in objs:
            heads = [o, *(p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
            for h in heads:
                lemma = h.lemma_.lower()
                if lemma in VICTIM_WORDS:
                    return "CVL"
                if self.kb is not None and self._person_word(lemma):
                    sector = self._phrase_sector(h)
                    if sector and sector not in ("GOV", "MIL", "REB", "INS", "SEP", "CRM"):
                        return sector
        return ""

    def _person_word(self, lemma: str) -> bool:
        if lemma not in self._persons:
            self._persons[lemma] = self.kb is not None and any(e.kind == "agent" and e.is_person_word for e in self.kb.lookup(lemma))
        return self._persons[lemma]

    def _agent_sector(self, lemma: str) -> str:
        if lemma not in self._agents:
            assert self.kb is not None
            self._agents[lemma] = next((e.sector for e in self.kb.lookup(lemma) if e.kind == "agent" and e.sector), "")
        return self._agents[lemma]

    def _locate_agents(self, sent: Span, actors: DocActors) -> None:
        """ "Protesters rallied in Tbilisi", "militants detonated a bomb in Quetta": an agent
        word that names no country is of the country the sentence places it in. The actor
        is marked `located` in its rule so that users can tell it from a named one."""
        where = ""
        arrays = actors.arrays
        dep, pos, heads, lowers, strings, doc = arrays.dep, arrays.pos, arrays.head, arrays.lowers, arrays.strings, sent.doc
        for i in range(sent.start, sent.end):
            # tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS, from the doc's arrays
            if dep[i] == "pobj" and strings[lowers[heads[i]]] in LOCATIVE_PREPS:
                tok = doc[i]
                found = actors.place_actor(tok) or next((m for m in actors.for_token(tok) if m.actor.kind == "state" and m.actor.country), None)
                where = found.actor.country if found is not None else self._place_country(tok)
                if where:
                    break
        if not where:
            return
        for i in range(sent.start, sent.end):
            if pos[i] != "NOUN" or i in actors.by_head or dep[i] not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
                continue
            tok = doc[i]
            if any(actors.modifier_actor(c) is not None for c in tok.children):
                continue
            # "protesters", "opposition supporters", "hundreds of thousands" (people)
            sector = self._phrase_sector(tok) or next(
                (self._agent_sector(c.lemma_.lower()) for c in tok.children if c.dep_ == "compound" and self._agent_sector(c.lemma_.lower())), ""
            )
            if not sector and tok.lemma_.lower() in CROWD_WORDS and not any(c.dep_ == "prep" for c in tok.children):
                sector = "CVL"
            if not sector:
                continue
            # aid groups are coded without a country (EVENTS_CONVENTIONS.md, R4)
            actor = Actor(
                name=f"{where} {sector}", code="NGO" if sector == "NGO" else where + sector, country=where, sector=(sector,), kind="state", source="located"
            )
            mention = _mention_at(actors, tok, tok, actor, "located.agent", chain=(where,))
            actors.by_head[tok.i] = (mention,)

    def _igo_modifier(self, actors: DocActors) -> Callable[[Token], Mention | None]:
        """A reader of organisation names that only modify a noun ("defied UN sanctions",
        "vetoed a UN Security Council resolution", "struck Hezbollah targets"): the
        organisation is whom the act is aimed at. The actor stage resolves only phrase
        heads, so these names are looked up here."""

        def read(tok: Token) -> Mention | None:
            if self.kb is None or not (tok.pos_ == "PROPN" or tok.text.isupper()) or tok.dep_ not in ("compound", "nmod"):
                return None
            words = [t for t in tok.subtree if t.dep_ in ("compound", "nmod") or t.i == tok.i]
            if words[-1].i != tok.i or tok.i - words[0].i != len(words) - 1:
                return None  # only a plain run of names ending in this token
            name = " ".join(t.text for t in words)
            if name not in self._igos:
                self._igos[name] = _organisation(self.kb.lookup(name), name)
            actor = self._igos[name]
            if actor is None:
                return None
            return _mention_at(actors, words[0], tok, actor, "kb.igo.modifier")

        return read

    def _deploys_police(self, v: Token) -> bool:
        """Whether the force a posture verb moves or alerts is police ("police officers",
        "border guards"), read from the head and compounds of its object's phrase."""
        if self.kb is None:
            return False
        for o in (c for c in v.children if c.dep_ in OBJ_DEPS):
            for t in o.subtree:
                if t.pos_ != "NOUN":
                    continue
                phrase = " ".join(x.lemma_.lower() for x in t.children if x.dep_ == "compound") + " " + t.lemma_.lower()
                if self._agent_sector(phrase.strip()) == "COP" or self._agent_sector(t.lemma_.lower()) == "COP":
                    return True
        return False

    def _protesters(self, v: Token, sources: list[Mention], actors: DocActors) -> list[Mention]:
        """A government's act that answers protests at home ("withdrew the bill after mass
        protests", "deployed officers ahead of planned protests", "threatened a state of
        emergency if protests continued") is aimed at its own civilians."""
        src = sources[0].actor
        if not src.country or src.kind not in ("state", "person") or (not set(src.sector) & {"GOV", "COP", "MIL", "JUD", "LEG"} and src.code != src.country):
            return []
        heads = [v, *(c for c in v.children if c.dep_ == "xcomp")]  # "threatened to declare … if protests continued"
        for c in (c for h in heads for c in h.children):
            if not ((c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_WORDS for m in c.children)) or c.lower_ in RESPONSE_PREPS):
                continue
            for t in c.subtree:
                if t.lemma_.lower() in PROTEST_NOUNS and not any(actors.for_token(x) for x in t.subtree):
                    actor = Actor(name=f"{src.country} CVL", code=src.country + "CVL", country=src.country, sector=("CVL",), kind="state", source="own")
                    return [_mention_at(actors, t, t, actor, "own.protesters")]
        return []

    def _responded_to(self, v: Token, sources: list[Mention], actors: DocActors) -> list[Mention]:
        """The actor a show of force answers ("put its forces on alert after China launched
        drills", "scrambled jets after Russian bombers flew near its airspace", "because of
        Wagner forces"): the subject of an "after" clause or the object of an "after",
        "because of", "ahead of" or "in response to" phrase (EVENTS_CONVENTIONS.md, R10)."""
        own = {s.actor.country or s.actor.code[:3] for s in sources}
        cands: list[Token] = []
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in RESPONSE_WORDS for m in c.children):
                subj = subject_of(c)
                cands += [subj] if subj is not None and subj.dep_ == "nsubj" else []
            elif c.dep_ == "prep" and c.lower_ in RESPONSE_WORDS:
                cands += [p for p in c.children if p.dep_ == "pobj"]
            elif c.lower_ in ("because", "ahead") or (c.dep_ == "prep" and c.lower_ == "in"):
                # "because of X", "ahead of X", "in response to X"
                inner = [p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "response"] or [c]
                cands += prep_objects(inner[0], [], ("of", "to"))
                if c.lower_ != "in":
                    cands += [p for p in c.children if p.dep_ == "pobj"]  # "because" parsed as the preposition
        # "drills opposite Taiwan", "troops near Ukraine": a foreign country the force faces
        cands += prep_objects(v, [c for c in v.children if c.dep_ in OBJ_DEPS], FACING_PREPS)
        for t in cands:
            found = [m for m in np_actors(t, actors, depth=2) if (m.actor.country or m.actor.code[:3]) not in own]
            if found:
                return found[:1]
        return []

    def _destination(self, v: Token, sources: list[Mention], actors: DocActors, code: str = "") -> Mention | None:
        """The country of the place a movement goes to ("sent aid into Gaza", "arrived in
        Beijing", "deployed police to New Caledonia", "airdropped food over Gaza") or a
        withdrawal leaves ("withdrew from the city of Kherson"): a gazetteer place or a
        capital, not one inside the doer's own country (EVENTS_CONVENTIONS.md, R10)."""
        preps: tuple[str, ...] = ("to", "into", "in") if v.lemma_.lower() == "arrive" else ("to", "into")
        if code.startswith("07"):
            preps += ("over",)
        if code.startswith("15"):
            preps += ("in",)  # "stationed a brigade in Lithuania" (not in its own country)
        if code.startswith("087"):
            preps = ("from", "out")
        places = prep_objects(v, [c for c in v.children if c.dep_ in OBJ_DEPS], preps)
        # "the city of Kherson", "the port of Odesa": the place named in the "of" phrase
        places += [p for t in places for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return self._foreign_place(places, sources, actors)

    def _foreign_place(self, toks: Iterable[Token], sources: list[Mention], actors: DocActors) -> Mention | None:
        """The first of `toks` that names a gazetteer place or a capital outside the doers'
        own countries, as that country."""
        own = {s.actor.country or s.actor.code[:3] for s in sources}
        for tok in toks:
            found = actors.place_actor(tok)
            if found is None:
                # a country named as the place ("stationed a brigade in Lithuania")
                found = next((_as_place(m) for m in actors.for_token(tok) if m.actor.kind == "state" and m.actor.code == m.actor.country), None)
            country = found.actor.country if found is not None else (self._place_country(tok) if self.kb is not None else "")
            if not country or country in own:
                continue
            if found is not None:
                return found
            crec = self.kb.countries.get(country, {}) if self.kb is not None else {}
            actor = Actor(name=str(crec.get("name") or country), code=country, country=country, kind="state", source="kb")
            return _mention_at(actors, tok, tok, actor, "kb.place.destination")
        return None

    def _capital_place(self, v: Token, target_toks: Iterable[Token], actors: DocActors) -> Mention | None:
        """The country of a capital that names where a material act was aimed, itself or as
        the modifier of the place ("near Damascus airport"), when no gazetteer place does."""
        assert self.kb is not None
        objs = [c for c in v.children if c.dep_ in OBJ_DEPS]
        for tok in [*target_toks, *prep_objects(v, objs, (*PLACE_PREPS, "at"))]:
            for t in [tok, *(c for c in tok.children if c.dep_ == "compound")]:
                if t.pos_ != "PROPN":
                    continue
                found = [e for e in self.kb.lookup(t.text) if e.kind in ("seat", "capital") and e.country]
                if found:
                    country = found[0].country
                    crec = self.kb.countries.get(country, {})
                    actor = Actor(name=str(crec.get("name") or country), code=country, country=country, kind="state", source="kb")
                    return _mention_at(actors, t, t, actor, "kb.place.capital")
        return None

    def _place_country(self, tok: Token) -> str:
        """The country of a capital or known place named in a locative phrase ("in Nairobi",
        "in Tel Aviv"), which the actor stage leaves alone because there it is no actor."""
        assert self.kb is not None
        words = [t for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i]
        for name in (" ".join(t.text for t in words), tok.text):
            for e in self.kb.lookup(name):
                if e.kind in ("seat", "place", "capital") and e.country:
                    return e.country
        return ""

    def _according_to(self, tok: Token, actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        """ "…, according to human rights groups": the source states what the sentence says."""
        to = tok.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        speakers = [m for m in (head_actors(pobj, actors) if pobj is not None else ()) if m.actor.code]
        if not speakers or tok.head.lemma_.lower() in OPINION_VERBS:
            return []  # "a stalemate seems likely, according to officials": an assessment
        return [self._event(article_id, tok, actors, speakers[0], None, "010", "speech.according_to", 0.45, False, "asserted", dates, base)]

    # -- pattern matching ------------------------------------------------------------------
    def _match_verb(self, v: Token, patterns: list[Pattern]) -> _Hit | None:
        if v.i in self._matched:
            return self._matched[v.i]
        hit = self._match_verb_frame(v, patterns)
        self._matched[v.i] = hit
        return hit

    def _verb_frames(self, patterns: list[Pattern], has_content: bool) -> _Frames:
        """The patterns of a verb that _match_verb_frame tries (not weak; with a content
        clause, not the plain ones) and what it asks of them as a whole, worked out once
        per verb lemma."""
        key = (id(patterns), has_content)
        found = self._frames.get(key)
        if found is not None and found[0] is patterns:
            return found[1]
        # plain statements are coded from their content by _speech
        kept = [p for p in patterns if not p.weak and not (has_content and p.specificity == 0)]
        by_object: dict[str, list[int]] = {}
        for k, p in enumerate(kept):
            for o in p.object:
                by_object.setdefault(o, []).append(k)
        frames = _Frames(kept, all(p.object for p in kept), any(p.prep for p in kept), [k for k, p in enumerate(kept) if not p.object], by_object)
        self._frames[key] = (patterns, frames)  # the list is kept, so that its id stays its own
        return frames

    def _match_verb_frame(self, v: Token, patterns: list[Pattern]) -> _Hit | None:
        has_content = v.lemma_.lower() in SPEECH_VERBS and content_clause(v) is not None
        frames = self._verb_frames(patterns, has_content)
        patterns = frames.patterns
        if not patterns:
            return None
        children = list(v.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        objs = [c for c in children if c.dep_ in OBJ_DEPS or (passive and c.dep_ == "nsubjpass")]
        if not objs:
            # "did not sign the minerals deal" parsed with the noun as a clausal complement
            objs = [c for c in children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
        if not objs and not passive:
            # "pardoned and released 18 prisoners": coordinated verbs share the object
            # the parser hangs on the last of them
            objs = [o for c in children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj" and o.i > c.i]
        objs += [cc for o in objs for cc in o.children if cc.dep_ == "conj"]
        if not objs and frames.all_object:
            return None  # "have", "make": every frame needs its object
        # the verb's frame, computed once and compared with each pattern as sets
        particles = {c.lower_ for c in children if c.dep_ == "prt"}
        obj_lemmas = {o.lemma_.lower() for o in objs}
        preps: set[str] = set()
        comp_objs: list[Token] = []
        if frames.any_prep:
            preps = {c.lower_ for t in [v, *objs] for c in t.children if c.dep_ in ("prep", "agent", "dative")}
            # "offered to host a meeting between X and Y": the participants of the complement's object
            comp_objs = [
                o
                for c in children
                if c.dep_ in ("xcomp", "ccomp")
                for cc in [c, *(x for x in c.children if x.dep_ == "conj")]
                for o in cc.children
                if o.dep_ in OBJ_DEPS
            ]
            preps |= {c.lower_ for o in comp_objs for c in o.children if c.dep_ == "prep" and c.lower_ == "between"}
            subj = subject_of(v)
            if subj is not None and any(c.dep_ == "conj" for c in subj.children) and not passive:
                # "X and Y spoke by phone", "X and Y met": each is the other's partner, as if
                # "X spoke with Y" had been written
                preps |= RECIPROCAL_PREPS
        complements: set[str] | None = None
        clause: set[str] | None = None
        any_particle = v.lemma_.lower() in self._particled
        # only the patterns that need no object or one of the verb's objects can match
        order = frames.free
        with_object = [k for lemma in obj_lemmas for k in frames.by_object.get(lemma, ())]
        if with_object:
            order = sorted({*order, *with_object})
        for p in (patterns[k] for k in order):
            if (p.particle and p.particle not in particles) or (not p.particle and particles and any_particle):
                continue  # "rule out" is not "rule"
            if p.object and not obj_lemmas & p.object:
                continue
            if p.prep and not preps & p.prep:
                continue
            if p.xcomp:
                complements = complement_lemmas(v, objs) if complements is None else complements
                if not complements & p.xcomp:
                    continue
            if p.requires:
                clause = {t.lemma_.lower() for t in clause_tokens(v)} if clause is None else clause
                if not clause & p.requires:
                    continue
            prep_objs = prep_objects(v, [*objs, *comp_objs], p.prep) if p.prep else []
            return _Hit(p, v, tuple(target_candidates(v, objs, prep_objs, p, passive)))
        return None

    def _claimed(self, v: Token, sources: list[Mention], actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        """The act a claim of responsibility or an acknowledgement is about, done by the
        claimant ("Hamas claimed responsibility for a rocket barrage", "the military
        acknowledged that an airstrike had hit a camp"; EVENTS_CONVENTIONS.md, R6)."""
        cands = [p for o in v.children if o.dep_ in OBJ_DEPS for p in prep_objects(o, [], ("for",))]
        cands += prep_objects(v, [], ("for",)) + [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        for c in cands:
            lemma = c.lemma_.lower()
            hit: _Hit | None = None
            if c.pos_ in ("VERB", "AUX") and lemma in self.lexicon.by_verb:
                hit = self._match_verb(c, self.lexicon.by_verb[lemma])
            elif c.pos_ in ("NOUN", "PROPN") and lemma in self.lexicon.by_noun:
                mods = {m.lemma_.lower() for m in c.children if m.dep_ in ("compound", "amod", "nmod")}
                p = next((p for p in self.lexicon.by_noun[lemma] if not p.weak and p.code[:2] in FORCE_ROOTS and (not p.modifiers or mods & p.modifiers)), None)
                if p is not None:
                    # "a rocket barrage fired towards Tel Aviv": the aim named on the noun or its participle
                    acl = [a for a in c.children if a.dep_ == "acl"]
                    hit = _Hit(p, c, tuple(prep_objects(c, acl, ("on", "against", "at", "towards", "toward", "into"))))
            if hit is not None and hit.pattern.code[:2] in FORCE_ROOTS:
                return [replace(e, rule=e.rule + "+claimed") for e in self._events_for(hit, sources, actors, article_id, dates, base)]
        return []

    def _match_noun(self, n: Token, patterns: list[Pattern]) -> _Hit | None:
        mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
        sentence: set[str] | None = None
        reports: bool | None = None
        for p in patterns:
            if p.weak or p.code.startswith("01") or (p.modifiers and not mods & p.modifiers):
                continue
            if p.requires:
                sentence = {t.lemma_.lower() for t in n.sent} if sentence is None else sentence
                if not sentence & p.requires:
                    continue
            if reports is None:
                # "Zelenskyy's remarks" refer to a statement, they do not make one; nor does
                # "whether it would extend its investigation" or "after China launched drills"
                gov = governing_verb(n)
                reports = nominal_event_context(n) and not self._referenced(n) and not (gov is not None and (excluded(gov) or self._only_wanted(gov)))
            if not reports:
                return None
            preps = p.prep or frozenset({"with", "between", "to", "against", "on"})
            targets = prep_objects(n, [], preps) + prep_objects(n, [], ("with", "between", "to", "against", "on", "from"))
            if p.code[:2] in BENEFIT_ROOTS:
                targets += prep_objects(n, [], ("for",))  # "an aid package for Ukraine": the recipient
            return _Hit(p, n, tuple(targets))
        return None

    # -- building events ---------------------------------------------------------------------
    def _events_for(self, hit: _Hit, sources: list[Mention], actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        v = hit.trigger
        if excluded(v) or self._only_wanted(v):
            return []
        sources = [s for s in sources if s.actor.code]
        if not sources:
            return []
        targets: list[Mention] = []
        direct = False  # whether the target is the trigger's own object
        located: list[Mention] = []  # people placed only by where the sentence happens
        if hit.pattern.target != "none":
            # a required object is usually the event's matter ("hold talks", "voiced
            # concerns about …"), but when it names people ("expelled two Estonian
            # diplomats") it is the target: tried last, and only its own words
            shallow = [o for o in hit.trigger.children if o.dep_ in OBJ_DEPS] if hit.pattern.object else []
            # "summoned the British ambassador", "expelled two Estonian diplomats": a required
            # object that is a person is whom the act is aimed at
            named = [o for o in shallow if self._person_word(o.lemma_.lower()) and head_actors(o, actors)]
            igo = self._igo_modifier(actors)
            if hit.pattern.code[:2] == "04":
                # "met his Indian counterpart on the sidelines of the G20 summit": whom one
                # meets is the object; the phrase around it is the venue
                named = [o for o in v.children if o.dep_ in OBJ_DEPS and head_actors(o, actors)] + named
            for t, depth in [*((o, 1) for o in named), *((t, 3) for t in hit.target_toks), *((o, 2) for o in shallow)]:
                if hit.pattern.code[:2] == "15" and _inside_object(t, v):
                    continue  # "deployed officers", "called up brigades": the doer's own force
                found = np_actors(
                    t,
                    actors,
                    depth=depth,
                    skip=lambda m: any(m.actor.name == s.actor.name or m.actor.code == s.actor.code for s in sources),
                    modifier=igo,
                    role=self._people_role,
                )
                if found and all(m.rule == "located.agent" for m in found):
                    # "expelled a diplomat from the Estonian embassy in Moscow": where the
                    # sentence happens is weaker than a country named in the phrase
                    located = located or found
                    continue
                if (
                    found
                    and hit.pattern.code[:2] == "15"
                    and t.dep_ == "pobj"
                    and t.head.lower_ in ("to", "into")
                    and all(m.actor.kind == "region" for m in found)
                ):
                    continue  # "sent a carrier group to the eastern Mediterranean": a sea or region is no adversary
                if found:
                    place_preps = ("to", "from", "into", "in", "at") if hit.pattern.code[:2] in MOVEMENT_ROOTS else ("from", "into", "in", "at")
                    if t.dep_ == "dobj" and v.lemma_.lower() in PLACE_OBJECT_VERBS:
                        found = [_as_place(m) for m in found]  # "patrolled Port-au-Prince": the city as a place
                    if t.dep_ == "pobj" and t.head.lower_ in place_preps:
                        # "recalled its ambassador from Paris", "delivered supplies to Port
                        # Sudan" name places; "apologised to Warsaw" names a government
                        found = [_as_place(m) for m in found]
                    targets = found
                    # "visited Putin", "travelled to meet Modi" name whom a visit is to;
                    # "for talks with Wang Yi" names it only inside an adjunct
                    direct = t.head.i == v.i or (t.dep_ == "pobj" and t.head.head.i == v.i and t.head.lower_ != "for")
                    break
        code = self.codebook.get(hit.pattern.code)
        if not targets and code.root in DIRECTED_ROOTS and hit.pattern.target != "none":
            # "demanded that Azerbaijan release …", "urged that Kyiv accept …": whom the
            # demand is addressed to is the subject of the act demanded
            own = {s.actor.code[:3] for s in sources}
            for comp in v.children:
                if comp.dep_ not in ("ccomp", "xcomp") or comp.pos_ not in ("VERB", "AUX"):
                    continue
                # the parser sometimes hangs that subject on the verb as a compound ("that
                # Azerbaijan release"): a proper name before the verb
                subj = next((x for x in comp.children if x.dep_ == "nsubj" or (x.dep_ == "compound" and x.pos_ == "PROPN" and x.i < comp.i)), None)
                cands = [*np_actors(subj, actors), actors.modifier_actor(subj)] if subj is not None else []
                found = [m for m in cands if m is not None and m.actor.code[:3] not in own]
                if found:
                    targets = found[:1]
                    break
        if not targets and code.root in ("12", "13") and hit.pattern.target != "none":
            # "refused to travel to Istanbul to meet Zelensky", "threatened to expel the
            # envoy": whom the refused or threatened act is aimed at
            own = {s.actor.code[:3] for s in sources}
            frontier = [c for c in v.children if c.dep_ == "xcomp"]
            for _ in range(2):
                objs = [o for c in frontier for o in c.children if o.dep_ in ("dobj", "dative")]
                found = [m for o in objs for m in np_actors(o, actors, depth=1) if m.actor.code[:3] not in own and m.actor.kind in ("person", "state", "igo")]
                if found:
                    targets = found[:1]
                    break
                frontier = [
                    a for c in frontier for a in c.children if a.dep_ in ("xcomp", "advcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                ]
        if not targets and code.code.startswith("086") and hit.pattern.target != "none":
            # "allowed aid trucks to enter northern Gaza": access is granted to the place entered
            comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]
            place = place_target(comps[0], [o for c in comps for o in c.children if o.dep_ in OBJ_DEPS], actors) if comps else None
            if place is not None and all(place.actor.country != (s.actor.country or s.actor.code[:3]) for s in sources):
                targets = [place]
        if not targets and code.root == "04" and hit.pattern.target != "none":
            # a visit or meeting "in Beijing" is with the host government
            for t in prep_objects(v, [], ("in", "to")):
                found = [m for m in np_actors(t, actors) if m.actor.kind == "state" and all(m.actor.code[:3] != s.actor.code[:3] for s in sources)]
                if found:
                    targets = found[:1]
                    break
        if not targets and code.root in OWN_PEOPLE_ROOTS and len(sources) == 1 and hit.pattern.target != "none":
            targets = self._own_people(v, sources, actors)
        if code.root == "15":
            if not targets and hit.pattern.target != "none":
                targets = self._responded_to(v, sources, actors)
            if self._deploys_police(v):
                # "sent police officers to …", "raised the alert of its border guards": a
                # country acts through its police (EVENTS_CONVENTIONS.md, R1b)
                sources = [_through(s, "COP") for s in sources]
        if not targets and code.root in PROTEST_RESPONSE_ROOTS and len(sources) == 1 and hit.pattern.target != "none":
            targets = self._protesters(v, sources, actors)
        placed = False
        if code.code == "042" and hit.pattern.target != "none" and not (direct and any(t.actor.kind == "person" for t in targets)):
            # a visit is to the place travelled to ("travelled to Johannesburg for the BRICS
            # summit" is a visit to South Africa, not to BRICS; "attend the summit in New
            # Delhi" one to India)
            objs = [c for c in v.children if c.dep_ in OBJ_DEPS and c.lemma_.lower() in GATHERING_NOUNS]
            where = prep_objects(v, objs, ("to", "in"))
            # a capital travelled to is a place (R3): "to Moscow" is Russia
            place = place_target(v, where, actors) or next((_as_place(m) for t in where for m in actors.for_token(t) if m.rule == "kb.seat"), None)
            # a capital the actor stage leaves alone inside an adjunct ("the summit in New Delhi")
            place = place or self._foreign_place(where, sources, actors)
            if place is not None:
                targets, placed = [place], True
        if not targets and (code.root in MOVEMENT_ROOTS or code.code == "042" or code.code.startswith("087")) and hit.pattern.target != "none":
            # "sent aid into Gaza", "arrived in Beijing": the country the act goes to;
            # "withdrew from the city of Kherson": the country a force leaves
            place = self._destination(v, sources, actors, code.code)
            targets, placed = ([place], True) if place is not None else ([], False)
        if not targets and (code.root in PLACE_TARGET_ROOTS or code.code == "042") and hit.pattern.target != "none":
            # "Russian artillery shelled Kharkiv": a material act aimed at a place is aimed
            # at the country it lies in (its own, for a government's forces at home)
            place = place_target(v, hit.target_toks, actors)
            if place is None and code.root in PLACE_TARGET_ROOTS and self.kb is not None:
                # "hit targets near Damascus airport", "fired rockets at the Damascus
                # suburbs": a capital naming the place is that place's country (R3)
                place = self._capital_place(v, hit.target_toks, actors)
            targets, placed = ([place], True) if place is not None else ([], False)
            if place is not None and code.root in PLACE_TARGET_ROOTS:
                # "killed hundreds of civilians in El Geneina": the people of that country
                # mass violence against a place is against its people (EVENTS_CONVENTIONS.md)
                sector = self._victims(v) or ("CVL" if code.root == "20" else "")
                if sector:
                    a = place.actor
                    targets = [
                        replace(place, actor=replace(a, code="NGO" if sector == "NGO" else a.country + sector, sector=(sector,)), rule="kb.place.victims")
                    ]
        targets = targets or located
        if not targets and code.root in FORCE_ROOTS and hit.pattern.target != "none":
            # "Azerbaijan said Armenian forces violated the ceasefire", "Armenia said
            # Azerbaijan was massing troops near the border": a state reporting another's
            # armed act with no one else named reports it as done to itself
            reporter = _reporting_state(v, sources, actors)
            targets = [reporter] if reporter is not None else []
        if code.root in PLACE_TARGET_ROOTS and len(targets) == 1 and targets[0].actor.kind == "state" and not targets[0].actor.sector:
            # "a car bomb near a police station in Quetta", "missiles at a military facility
            # in Russia": an installation is its force's (EVENTS_CONVENTIONS.md, R10)
            sector = self._installation(v)
            if sector and targets[0].actor.country:
                a = targets[0].actor
                targets = [replace(targets[0], actor=replace(a, code=a.country + sector, sector=(sector,)), rule=targets[0].rule + "+installation")]
        pairs: list[tuple[Mention, Mention | None]]
        symmetric = code.root in RECIPROCAL_ROOTS or code.code in RECIPROCAL_CODES or v.lemma_.lower() in SYMMETRIC_VERBS
        # "a ceasefire between Israel and Hezbollah": the parties of a nominal event joined
        # by "between" act on each other, whatever the code (EVENTS_CONVENTIONS.md, R9)
        symmetric = symmetric or (v.pos_ in ("NOUN", "PROPN") and len(sources) >= 2 and _between_parties(v, sources, actors))
        speaker = _speaking_party(v, sources, actors) if symmetric and not targets and len(sources) >= 2 else None
        other: Mention | None = None
        if speaker is not None:
            other = next((s for s in sources if s.actor.code[:3] != speaker.actor.code[:3]), None)
            speaker = speaker if other is not None else None
        if speaker is not None:
            # "Xi said China and Russia saw eye to eye": the speaker states its own side's
            # accord with the other party, one event from the speaker
            pairs = [(speaker, other)]
        elif (not targets or placed) and len(sources) >= 2 and symmetric:
            # "X and Y agreed" / "both leaders": a joint event, recorded in both directions
            one, two = (_as_government(x, code.root, code.code) for x in sources[:2])
            pairs = [(one, two), (two, one)]
        else:
            tgts: list[Mention | None] = list(targets) if targets else [None]
            # sources take their government or military role in _event, from the final code
            pairs = [(src, tgt) for src in sources for tgt in tgts]
        # a nominal event under a light verb is said as the verb is ("would not attend the talks")
        gov = governing_verb(v) if v.pos_ in ("NOUN", "PROPN") else None
        said = gov if gov is not None and gov.lemma_.lower() in LIGHT_VERBS else v
        negated, modality = is_negated(said), modality_of(said)
        conf = 0.55 + 0.08 * hit.pattern.specificity - (0.2 if hit.pattern.weak else 0.0)
        code_s, rule = hit.pattern.code, f"pattern:{hit.pattern.id}"
        declared = declared_intent(v) or (v.pos_ in ("NOUN", "PROPN") and readiness_noun(v) is not None)
        intent = intent_code(code_s) if not negated and declared else None
        if intent is not None:
            # "Erdogan said he was ready to host talks": an intent, not yet an act
            code_s, rule, modality = intent, rule + "+intent", "intended"
        if speaker is not None:
            rule += "+speaker_party"
        if intent is None:
            code_s, rule = self._refine(v, code_s, rule)
        if intent is None and code_s in ("040", "046") and (v.pos_ in ("NOUN", "PROPN") or v.lemma_.lower() == "meet"):
            # "talks were held in Jeddah between Ukrainian and American delegations": a
            # meeting on neither side's ground is CAMEO's meeting at a third location
            venue = self._venue(v)
            parties = {m.actor.country or m.actor.code[:3] for pair in pairs for m in pair if m is not None}
            if venue and pairs[0][1] is not None and venue not in parties:
                code_s, rule = "044", rule + "+third_location"
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
        if code_s == "1711" and any(o.dep_ in OBJ_DEPS and o.lemma_.lower() in VESSEL_NOUNS for o in trig.children):
            s = _through(s, "MIL")  # seizing a ship is an act of armed force (R1b)
        s = self._for_event(_as_government(s, code.root, code_s))
        if code.root in ("09", "17") and s.actor.sector == ("GOV",) and s.text.lower().endswith(("authorities", "authority")):
            # "authorities" that arrest are the police, that charge or convict the judiciary;
            # "arrested and investigated": the second act is the arresting police's too
            lemma = trig.lemma_.lower()
            if trig.dep_ == "conj" and trig.head.lemma_.lower() in POLICE_VERBS | JUDICIAL_VERBS:
                lemma = trig.head.lemma_.lower()
            sector = "JUD" if lemma in JUDICIAL_VERBS else "COP" if lemma in POLICE_VERBS else ""
            if sector and s.actor.country:
                s = replace(s, actor=replace(s.actor, code=s.actor.country + sector, sector=(sector,)))
        if t is not None and (code_s.startswith("042") or code.root in PLACE_TARGET_ROOTS):
            t = _as_place(t)
        t = self._for_event(t) if t is not None else None
        si = actors.sent_of[trig.i]
        sa, sb = actors.span(*self._bounds[si])
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

    def _refine(self, v: Token, code: str, rule: str, clauses: list[Token] | None = None) -> tuple[str, str]:
        """An appeal, demand, rejection or threat coded generically ("demanded that Russia
        withdraw", "refused to release") takes the sub-code of the act it is about; a protest
        takes the sub-code of its stated aim ("rallied to demand his resignation" 1411)."""
        if code[:2] == "14" and len(code) == 3:
            aim = self._protest_aim(v)
            specific = protest_code(code, aim) if aim is not None else None
            return (specific, f"{rule}+aim:{aim}") if specific else (code, rule)
        if code[:2] not in FAMILIES or code[:2] == "03":
            return code, rule
        act = self._wanted_act(v, clauses)
        if act is None:
            return code, rule
        specific = directed_code(code[:2], act)
        if specific is None or not refines(code, specific):
            return code, rule
        return specific, f"{rule}+act:{act}"

    def _protest_aim(self, v: Token) -> str | None:
        """The code of what a protest demands, from its purpose clause: "marched to demand
        the government's resignation", "rallied …, demanding his impeachment"."""
        for c in v.children:
            if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB":
                continue
            if not (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                continue
            patterns = self.lexicon.by_verb.get(c.lemma_.lower())
            hit = self._match_verb(c, patterns) if patterns else None
            if hit is not None and not hit.pattern.weak and hit.pattern.code[:2] == "10":
                return hit.pattern.code
        return None

    def _wanted_act(self, v: Token, clauses: list[Token] | None = None) -> str | None:
        """The CAMEO code of the act a directive verb is about: its complement verb ("to
        release"), its content clause ("that Israel withdraw") or its object or "for" noun
        ("demanded the resignation", "called for a ceasefire")."""
        cands = list(clauses or [])
        cands += [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        cands += [c for c in v.children if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for o in (c for c in v.children if c.dep_ in OBJ_DEPS and c.pos_ == "NOUN"):
            if o.lemma_.lower() in WANTED_NOUNS:
                # "rejected Japan's request for a summit", "Turkey's offer to mediate"; the
                # request itself is not the act
                cands += [c for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]
                cands += [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for p in c.children if p.dep_ == "pobj"]
            else:
                cands.append(o)
        cands += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            lemma = c.lemma_.lower()
            if c.pos_ in ("VERB", "AUX") and lemma in CESSATION_VERBS:
                # "demanded that China halt its drills", "stop sending balloons"
                objs = {t.lemma_.lower() for t in c.subtree}
                return "087" if objs & MILITARY_NOUNS else "080"
            if c.pos_ in ("VERB", "AUX") and lemma in self.lexicon.by_verb:
                hit = self._match_verb(c, self.lexicon.by_verb[lemma])
                if hit is not None and not hit.pattern.weak:
                    return hit.pattern.code
            elif c.pos_ == "NOUN" and lemma in self.lexicon.by_noun:
                mods = {m.lemma_.lower() for m in c.children if m.dep_ in ("compound", "amod", "nmod")}
                words: set[str] | None = None
                for p in self.lexicon.by_noun[lemma]:
                    if p.weak or (p.modifiers and not mods & p.modifiers):
                        continue
                    if p.prep and not any(x.dep_ == "prep" and x.lower_ in p.prep for x in c.children):
                        continue  # "calls … to publish" are not calls "with" someone
                    if p.requires:
                        words = {t.lemma_.lower() for t in c.subtree} if words is None else words
                        if not words & p.requires:
                            continue
                    return p.code
        return None

    def _referenced(self, n: Token) -> bool:
        """A nominal event that another event verb acts on is referred to, not reported
        ("condemned Russia's invasion", "offered to host talks", "refused to attend the
        talks"); only light verbs ("held talks") and temporal phrases report it."""
        if n.dep_ in ("nsubj", "nsubjpass"):
            return False  # "Talks between X and Y took place": the subject reports itself
        gov = governing_verb(n)
        if gov is None:
            return False
        if n.dep_ == "pobj" and n.head.lower_ in TEMPORAL_PREPS:
            return False
        lemma = gov.lemma_.lower()
        if lemma in LIGHT_VERBS:
            if n.dep_ in OBJ_DEPS and lemma in self.lexicon.by_verb:
                hit = self._match_verb(gov, self.lexicon.by_verb[lemma])
                if hit is not None and n.lemma_.lower() in hit.pattern.object:
                    return True  # "opened an inquiry": the verb's frame already codes it
            return self._only_wanted(gov)
        return lemma in self.lexicon.by_verb or lemma in DIRECTIVE or lemma in NEGATORS

    def _only_wanted(self, v: Token, depth: int = 0) -> bool:
        """An action that is asked for, offered, refused or threatened ("called on Beijing
        to release …", "demanded that Russia withdraw", "refused to lift …") has not
        happened: the governing verb's event (appeal, demand, rejection) stands for it."""
        if v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and v.head.head.lemma_.lower() in CHARGING:
            return True  # "accused Russia of using chemical agents": the accusation is coded
        if v.dep_ == "advcl" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            if v.head.lemma_.lower() in PROTEST_VERBS:
                return True  # "marched in Belgrade to demand …": what the protest is for
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # a purpose ("travelled to Istanbul to meet Zelensky", "appealed to Israel and
                # Hamas to agree to a ceasefire") is what the act is for, not a report that it
                # happened (EVENTS_CONVENTIONS.md, R8)
                return True
        if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in DENIED:
            return True  # "denied that its troops took part", "to avoid being encircled"
        if (
            v.dep_ == "ccomp"
            and v.head.lemma_.lower() in ("warn", "threaten")
            and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL | FUTURE for c in v.children)
        ):
            return True  # "warned that Russia could use nuclear weapons": a threat, coded as one
        if v.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children):
            return True  # "citizens it had wrongfully detained": background to the reported act
        if v.dep_ not in ("xcomp", "ccomp", "acl", "conj") or v.head.i == v.i:
            return False
        head = v.head
        while head.dep_ == "conj" and head.head.i != head.i and v.dep_ == "conj":
            head = head.head  # "to release A and free B"
        if v.dep_ == "conj":
            if head.dep_ not in ("xcomp", "ccomp", "acl"):
                return False
            head = head.head
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN"):
            return lemma in WANTED_NOUNS
        if lemma in DIRECTIVE and v.dep_ == "ccomp" and lemma in SPEECH_VERBS:
            return True  # "demanded that Russia withdraw": the demand is coded, not the act
        if lemma in SPEECH_VERBS - DIRECTIVE:
            return False
        # the governing verb stands for it only when it is coded itself ("called on X to
        # release" is an appeal); "Seoul would seek to restore dialogue" keeps its act
        patterns = self.lexicon.by_verb.get(lemma, [])
        if patterns and self._match_verb(head, patterns) is not None:
            return True
        # "urged China to use its influence to help …": wanted in turn
        return depth < 3 and head.dep_ in ("xcomp", "ccomp", "acl") and self._only_wanted(head, depth + 1)

    # -- reported speech --------------------------------------------------------------------
    def _speech(self, v: Token, actors: DocActors, article_id: str, dates: dict[int, date], base: date | None) -> list[Event]:
        """Reported speech: the statement itself, and what its content says the speaker did
        ("Europe must …" is a demand, "Putin does not want peace" an accusation, "Ukraine
        will not join NATO" a rejection)."""
        if excluded(v):
            return []
        if v.lemma_.lower() in INTERPRETIVE and not any(c.dep_ == "nsubj" for c in v.children):
            return []
        subj = subject_of(v)
        # "Ukraine and its European allies demanded …": each coordinated speaker
        speakers = [m for m in (with_conjuncts([subj], actors) if subj is not None else ()) if m.actor.code]
        first = content_clause(v)
        clauses = [first] if first is not None else []
        clauses += [cc for c in clauses for cc in c.children if cc.dep_ == "conj" and cc.pos_ in ("VERB", "AUX")]
        if not speakers or not clauses:
            return []
        out: list[Event] = []
        for speaker in speakers[:4]:
            out += self._statement(v, _as_government(speaker, "01"), clauses, actors, article_id, dates, base)
        return out

    def _statement(
        self, v: Token, s: Mention, clauses: list[Token], actors: DocActors, article_id: str, dates: dict[int, date], base: date | None
    ) -> list[Event]:
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
        attitude = _speaker_attitude(clauses[0], s, actors) if clauses and v.lemma_.lower() in PLAIN_SPEECH else None
        if attitude is not None:
            # "X said he was pessimistic about …": the statement is the comment (012/013)
            code, target = attitude
            rule = f"speech.attitude.{code}"
        elif verb_patterns:
            # a demand, warning or accusation is aimed at its addressee ("warned the West
            # that …") or at whom the content is about ("demanded that Tehran dismantle …")
            code, rule = verb_patterns[0].code, f"speech.pattern:{verb_patterns[0].id}"
            target = addressee(v, clauses, s, actors)
            code, rule = self._refine(v, code, rule, clauses)
        out.append(self._event(article_id, v, actors, s, target, code, rule, 0.45, is_negated(v), "asserted", dates, base))
        if code == "015":
            out += self._claimed(v, [s], actors, article_id, dates, base)  # "acknowledged that an airstrike had hit …"
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
        if negated_peace(clause):
            return self._event(article_id, v, actors, s, about[0], "112", "speech.negative_claim", 0.6, False, "asserted", dates, base)
        if aux & FUTURE and any(c.dep_ == "neg" for c in clause.children):
            # "Ukraine will not join NATO", said by another state: the speaker rules it out
            return self._event(article_id, v, actors, s, about[0], "120", "speech.ruled_out", 0.5, False, "asserted", dates, base)
        return None


def _as_government(m: Mention, root: str, code: str = "") -> Mention:
    """A country named bare as the doer acts through its government ("Iran said", "Mali
    and Niger cut ties") or, for acts of armed force, its military ("Russia shelled
    Kharkiv"); expulsions and deportations stay with the government."""
    return _through(m, "MIL" if root in FORCE_ROOTS and not code.startswith("201") else "GOV")


def _through(m: Mention, sector: str) -> Mention:
    """A country named bare as the doer acting through one of its organs (`sector`); any
    other mention unchanged."""
    a = m.actor
    if a.kind != "state" or a.sector or len(a.code) != 3 or a.code != a.country:
        return m
    return replace(m, actor=replace(a, code=a.code + sector, sector=(sector,)))


def _mention_at(actors: DocActors, first: Token, last: Token, actor: Actor, rule: str, chain: tuple[str, ...] = ()) -> Mention:
    """A mention of `actor` by the words from `first` to `last`, with offsets into the original text."""
    a, b = actors.span(first.idx, last.idx + len(last.text))
    return Mention(text=actors.norm.original[a:b], start=a, end=b, sentence=actors.sent_of[first.i], actor=actor, rule=rule, chain=chain)


def _as_place(m: Mention) -> Mention:
    """A capital that is a destination or a place attacked is the country, not its
    government ("visited Tokyo", "missiles struck Kyiv")."""
    if m.rule != "kb.seat" or not m.actor.country:
        return m
    a = m.actor
    return replace(m, actor=replace(a, code=a.country, sector=()), rule="kb.seat.place")


def _inside_object(t: Token, v: Token) -> bool:
    """Whether a token lies in the phrase of a verb's direct object."""
    while t.head.i != t.i:
        if t.head.i == v.i:
            return t.dep_ in OBJ_DEPS
        t = t.head
    return False


def _organisation(entries: Iterable[Entry], name: str) -> Actor | None:
    """The organisation (an IGO or NGO, or an armed or state body such as Hezbollah) that
    knowledge-base entries give a name, or None."""
    for e in entries:
        if e.kind == "igo" and e.code:
            return Actor(name=e.name or name, code=e.code, country="", sector=(), kind="igo", source=e.source)
        if e.kind == "body" and e.country and e.sector and e.sector.split(",")[0] != "GOV":
            sector = e.sector.split(",")[0]
            return Actor(name=e.name or name, code=(e.code or e.country) + sector, country=e.country, sector=(sector,), kind="state", source=e.source)
    return None


def _between_parties(n: Token, sources: list[Mention], actors: DocActors) -> bool:
    """Whether the sources of a nominal event are the parties it is "between"."""
    between = prep_objects(n, [], ("between",)) or (prep_objects(n.head, [], ("between",)) if n.dep_ == "nsubjpass" else [])
    names = {m.actor.name for m in with_conjuncts(between[:1], actors)}
    return all(s.actor.name in names for s in sources[:2])


def _reporting_state(v: Token, sources: list[Mention], actors: DocActors) -> Mention | None:
    """The state (its bare country) whose statement reports the act `v` of another
    country's forces, when `v` is the statement's content clause."""
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subj = subject_of(v.head)
    speakers = [m for m in (actors.for_token(subj) if subj is not None else ()) if m.actor.country and m.actor.kind in ("state", "person")]
    if not speakers or any(s.actor.country in ("", speakers[0].actor.country) for s in sources):
        return None
    a = speakers[0].actor
    return replace(speakers[0], actor=Actor(name=a.country, code=a.country, country=a.country, kind="state", source=a.source), rule="reported.victim")


def _speaking_party(v: Token, sources: list[Mention], actors: DocActors) -> Mention | None:
    """The speaker of the statement a joint event is reported in, when the speaker's own
    country is one of the coordinated parties ("Wong said Canberra and Wellington agreed"):
    the statement is then the speaker's account of its own side's act."""
    h = v
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ != "ccomp" or h.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subj = subject_of(h.head)
    speakers = [m for m in (actors.for_token(subj) if subj is not None else ()) if m.actor.code]
    if not speakers or not any(s.actor.code[:3] == speakers[0].actor.code[:3] for s in sources):
        return None
    return speakers[0]


# CAMEO 012 / 013: the speaker's own pessimism or optimism about a matter ("said he was
# deeply pessimistic about …", "said they were confident that …")
ATTITUDE_ADJECTIVES = {
    "012": frozenset({"pessimistic", "sceptical", "skeptical", "doubtful", "gloomy", "worried", "concerned", "alarmed", "fearful", "despondent"}),
    "013": frozenset({"optimistic", "hopeful", "confident", "upbeat", "encouraged", "positive", "sanguine", "bullish"}),
}
SELF_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
PLAIN_SPEECH = frozenset({"say", "tell", "add", "state", "declare", "insist", "stress", "reiterate", "note", "explain", "write", "tweet", "remark"})
ATTITUDE_COPULAS = frozenset({"be", "remain", "feel", "stay", "sound"})


def _speaker_attitude(clause: Token, speaker: Mention, actors: DocActors) -> tuple[str, Mention | None] | None:
    """The speaker's stated attitude in a "said he was ADJ …" content clause: the code
    (012 pessimistic, 013 optimistic) and the first other country the attitude is about."""
    if clause.lemma_.lower() not in ATTITUDE_COPULAS or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in SELF_PRONOUNS:
        return None
    adj = next((c for c in clause.children if c.dep_ == "acomp"), None)
    if adj is None:
        return None
    code = next((k for k, words in ATTITUDE_ADJECTIVES.items() if adj.lower_ in words), None)
    if code is None:
        return None
    own = speaker.actor.country or speaker.actor.code[:3]
    for tok in adj.subtree:
        for m in actors.for_token(tok):
            country = m.actor.country or m.actor.code[:3]
            if m.actor.code and country != own:
                # what the attitude is about is the country ("the mission in Haiti": HTI)
                return code, replace(m, actor=replace(m.actor, code=m.actor.country, sector=())) if m.actor.country else m
    return code, None


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
        if e.target is None and e.source is not None and e.cameo[:2] == "14" and e.source.actor.country and "GOV" not in e.source.actor.sector:
            # a protest or strike that names no addressee is aimed at the protesters' own
            # government (EVENTS_CONVENTIONS.md, R10); the target points at the trigger
            a = e.source.actor
            gov = Actor(name=f"{a.country} government", code=a.country + "GOV", country=a.country, sector=("GOV",), kind="state", source="implicit")
            target = Mention(text=e.trigger, start=e.start, end=e.end, sentence=e.sentence, actor=gov, rule="implicit.own_government")
            out.append(replace(e, target=target, rule=e.rule + "+own_government", confidence=e.confidence * 0.8))
            continue
        if e.target is None and e.source is not None and e.cameo[:2] in IMPLICIT_TARGET_ROOTS and weight:
            own = e.source.actor.code[:3]
            ranked = sorted((k for k in weight if k != own), key=lambda k: -weight[k])
            if ranked and weight[ranked[0]] >= 3:
                e = replace(e, target=latest[ranked[0]], rule=e.rule + "+implicit_target", confidence=e.confidence * 0.6)
        out.append(e)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per trigger, source and CAMEO root (one with a target preferred), then one
    per sentence, dyad and root: the most confident wins; a targetless event whose source
    has an event of the same root with a target in the sentence adds nothing."""
    by_trigger: dict[tuple[int, str, str], list[Event]] = {}
    for e in events:
        k = (e.start, e.source.actor.name if e.source else "", e.cameo[:2])
        olds = by_trigger.setdefault(k, [])
        if not olds:
            olds.append(e)
            continue
        top = max(olds, key=lambda o: (o.target is not None, o.confidence))
        if e.target is not None and top.target is not None and e.rule == top.rule:
            if all(o.target is None or o.target.actor.name != e.target.actor.name for o in olds):
                olds.append(e)  # "urged Israel and Hamas": one act aimed at each conjunct
        elif (e.target is not None, e.confidence) > (top.target is not None, top.confidence):
            by_trigger[k] = [e]
    kept = [e for es in by_trigger.values() for e in es]
    targeted = {(e.sentence, e.source.actor.name if e.source else "", e.cameo[:3]) for e in kept if e.target is not None}
    best: dict[tuple[int, str, str, str], Event] = {}
    for e in kept:
        if e.target is None and (e.sentence, e.source.actor.name if e.source else "", e.cameo[:3]) in targeted:
            continue  # "struck Rafah … and shelled the camp": the act with its target stands for both
        key = (e.sentence, e.source.actor.name if e.source else "", e.target.actor.name if e.target else "", e.cameo[:2])
        if key not in best or e.confidence > best[key].confidence:
            best[key] = e
    return sorted(best.values(), key=lambda e: (e.sentence, e.start))
