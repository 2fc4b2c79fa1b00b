"""Checkable claims in article text and the contradictions between two articles' claims.

A claim is a number (count, duration, amount), a date (weekday of an event), a place, an
actor (mediator, leader, counterpart) or a polarity (X happened / X did not happen), tied to
the passage that states it. Two articles contradict each other on a claim key when both
state it and their values cannot both be true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from parley.stories.text import STOP, stem

_NUMWORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUMWORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1}
_NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted((w for w in _NUMWORDS if len(w) > 2), key=len, reverse=True)) + ")"
_QUAL = r"(?P<q>about|around|roughly|approximately|some|nearly|almost|at least|more than|over|up to|less than)?\s*"
_CLASSES = {
    "people": "people persons workers civilians children sailors passengers",
    "troops": "soldiers servicemen prisoners troops fighters",
    "staff": "staff|members staff employees executives",
    "drones": "drones",
    "rockets": "rockets missiles",
    "inspectors": "inspectors",
    "articles": "articles",
}
_NOUN = {w.replace("|", " "): cls for cls, ws in _CLASSES.items() for w in ws.split()}
_NOUNS = "|".join(sorted(_NOUN, key=len, reverse=True))
_COUNT = re.compile(
    rf"\b{_QUAL}(?P<n>{_NUM})(?:\s+of\s+(?:the\s+)?(?P<tot>{_NUM})|\s+of\s+(?:the|its|their|[\w']+'s)(?:\s+[\w']+'s)?)?"
    rf"\s+(?:[A-Z][a-z]+\s+|staff\s+)?(?P<noun>{_NOUNS})\b",
    re.I,
)
_CREW = re.compile(rf"\bcrew of\s+{_QUAL}(?P<n>{_NUM})\b", re.I)
_MONEY = re.compile(rf"{_QUAL}\$(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<m>million|billion)?", re.I)
_DUR = re.compile(
    rf"\b{_QUAL}(?P<n>{_NUM}|a|an)[\s\-‐]+(?P<u>hour|minute)s?(?P<half>[\s\-‐]+and[\s\-‐]+a[\s\-‐]+half)?(?P<tail>[\s\-‐]+(?:long\s+)?(?:phone\s+|video\s+)?(?:call|conversation|talks|meeting|session))?",
    re.I,
)
_CONTEXT = {
    "killed": "kill killed killing dead died deaths",
    "injured": "injured injuring wounded hurt injuries",
    "detained": "detained held holding arrested detentions",
    "exchanged": "exchanged exchange swap returned handed freed released",
}
_CTX = {w: c for c, ws in _CONTEXT.items() for w in ws.split()}
_WEEKDAY = re.compile(r"\bon\s+(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_REPORTING = re.compile(
    r"\b(said|says|told|reported|announced|denied|warned|called|urged|reaffirmed|stated|added|confirmed|published|claimed|accused)\b(?:\s+\w+){0,2}\s*$", re.I
)
_ANCHORS = {
    "meet": "met meet meeting meetings talks session",
    "attack": "attack attacks strike struck shelling shelled fired launched hit",
    "exchange": "exchange exchanged swap handover",
    "arrive": "arrived arrival",
    "release": "released",
    "call": "call spoke phoned",
}
_ANCHOR = {w: a for a, ws in _ANCHORS.items() for w in ws.split()}
_HYPOTHETICAL = re.compile(r"\b(expected to|hoped|hopes|if|could|might|may|plans? to|will)\b", re.I)
_PLACE = r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?(?P<p>[A-Z][\w'’]+(?:\s+(?:of\s+)?[A-Z][\w'’]+)*)"
_FACILITY = re.compile(rf"\b(?:port|terminal|harbou?r)\s+(?:of|at)\s+{_PLACE}|\bthe\s+(?P<c>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*)\s+(?:\w+\s+)?camp\b")
_MEDIATOR = re.compile(rf"\b(?:mediated|brokered)\s+by\s+{_PLACE}")
_LED = re.compile(r"\b(?P<own>[A-Z][\w'’]+)\s+(?:delegation|negotiators|team)\s+(?:led|headed)\s+by\s+(?P<who>[^,.;]+)")
_COUNTERPART = re.compile(
    r"\b(?:met|(?:meeting|call|video|spoke)\b[^.]{0,30}?\bwith)\s+"
    r"(?P<who>(?:[A-Za-z][\w'’.-]*\s+){0,6}?[A-Z][\w'’-]+(?:\s+(?:von der|al|bin)?\s*[A-Z][\w'’-]+)+)"
)
_NEG = re.compile(r"\b(?:no one|nobody|no|not|never|neither)\b\s+(?P<rest>(?:[\w'’-]+[\s,]*){0,4})", re.I)
_LIGHT = {"send", "make", "have", "give", "take", "hold", "been", "be", "was", "were", "is", "are", "one", "has", "had", "yet"}
_TITLES = set(
    [
        "minister",
        "foreign",
        "vice",
        "president",
        "prime",
        "secretary",
        "director",
        "chief",
        "commissioner",
        "commission",
        "european",
        "speaker",
        "deputy",
        "general",
        "head",
        "spokesman",
        "spokeswoman",
    ]
)


Value = tuple[float, float] | frozenset[str] | bool


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement in an article, with the passage that makes it."""

    article_id: str
    kind: str  # number | date | place | actor | negation
    key: str
    value: Value
    start: int
    end: int
    text: str
    sentence: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two passages from two articles that cannot both be true."""

    kind: str
    key: str
    a: Claim
    b: Claim

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "key": self.key,
            "a": {"article": self.a.article_id, "span": [self.a.start, self.a.end], "text": self.a.text},
            "b": {"article": self.b.article_id, "span": [self.b.start, self.b.end], "text": self.b.text},
        }


def extract_claims(article_id: str, text: str, places_excluded: frozenset[str] = frozenset()) -> list[Claim]:
    """Every checkable claim in an article's text."""
    from parley.stories.text import sentences

    out: list[Claim] = []
    for s0, s1, sent in sentences(text):
        hypothetical = bool(_HYPOTHETICAL.search(sent))
        for fn in (_counts, _durations, _money, _actors) if hypothetical else (_counts, _durations, _money, _dates, _places, _actors, _polarity):
            for kind, key, value, a, b in fn(sent, places_excluded):
                while a < b and sent[a].isspace():
                    a += 1
                out.append(Claim(article_id, kind, key, value, s0 + a, s0 + b, sent[a:b], (s0, s1)))
    return out


def _num(word: str) -> float:
    w = word.lower().replace(",", "")
    return float(_NUMWORDS[w]) if w in _NUMWORDS else float(w)


def _interval(value: float, qual: str | None) -> tuple[float, float]:
    q = (qual or "").lower()
    if q in {"nearly", "almost"}:
        return value * 0.9, value
    if q in {"at least", "more than", "over"}:
        return value, float("inf")
    if q in {"up to", "less than"}:
        return 0.0, value
    if q:
        return value * 0.88, value * 1.12
    return value * 0.97, value * 1.03


Found = list[tuple[str, str, Value, int, int]]


def _counts(sent: str, _x: frozenset[str]) -> Found:
    out: Found = []
    words = [w.lower().strip(",.") for w in sent.split()]
    for m in _COUNT.finditer(sent):
        cls = _NOUN[m.group("noun").lower()]
        if cls in {"people", "troops", "staff"}:
            ctx = _context(sent, m.start(), m.end(), words)
            if ctx is None:
                continue
            cls = f"{ctx}:{cls}"
        if m.group("tot"):
            out.append(("number", cls + ":part", _interval(_num(m.group("n")), m.group("q")), m.start(), m.end()))
            out.append(("number", cls, _interval(_num(m.group("tot")), None), m.start(), m.end()))
        elif m.group("n").lower() not in {"a", "an"}:
            out.append(("number", cls, _interval(_num(m.group("n")), m.group("q")), m.start(), m.end()))
    for m in _CREW.finditer(sent):
        out.append(("number", "crew", _interval(_num(m.group("n")), m.group("q")), m.start(), m.end()))
    return out


def _context(sent: str, a: int, b: int, _words: list[str]) -> str | None:
    before = re.findall(r"[a-z]+", sent[max(0, a - 40) : a].lower())[-5:]
    after = re.findall(r"[a-z]+", sent[b : b + 40].lower())[:5]
    for w in reversed(before):
        if w in _CTX:
            return _CTX[w]
    for w in after:
        if w in _CTX:
            return _CTX[w]
    return None


def _durations(sent: str, _x: frozenset[str]) -> Found:
    out: Found = []
    for m in _DUR.finditer(sent):
        lasted = re.search(r"\b(lasted|for|after)\s*$", sent[: m.start()].lower()) or re.search(r"\b(lasted|for|after)\s+\w+\s*$", sent[: m.start()].lower())
        if not (lasted or m.group("tail")):
            continue
        n = 1.0 if m.group("n").lower() in {"a", "an"} else _num(m.group("n"))
        minutes = n * (60 if m.group("u").lower() == "hour" else 1) + (30 if m.group("half") else 0)
        out.append(("number", "duration", _interval(minutes, m.group("q")), m.start(), m.end()))
    return out


def _money(sent: str, _x: frozenset[str]) -> Found:
    mult = {"million": 1e6, "billion": 1e9}
    return [
        ("number", "amount", _interval(float(m.group("n").replace(",", "")) * mult.get((m.group("m") or "").lower(), 1.0), m.group("q")), m.start(), m.end())
        for m in _MONEY.finditer(sent)
    ]


def _anchor_near(sent: str, pos: int, span: int = 80) -> str | None:
    words = re.findall(r"[a-z]+", sent[max(0, pos - span) : pos].lower())
    for w in reversed(words):
        if w in _ANCHOR:
            return _ANCHOR[w]
    return None


def _dates(sent: str, _x: frozenset[str]) -> Found:
    out: Found = []
    for m in _WEEKDAY.finditer(sent):
        if _REPORTING.search(sent[: m.start()]):
            continue
        anchor = _anchor_near(sent, m.start(), 200)
        if anchor:
            out.append(("date", f"date:{anchor}", frozenset({m.group("d")}), m.start(), m.end()))
    return out


def _ok_place(p: str, excluded: frozenset[str]) -> bool:
    first = p.split()[0]
    return bool(p) and p.lower() not in excluded and first.lower() not in excluded and not re.search(r"-[a-z]", p) and first not in _DAYS_MONTHS


_DAYS_MONTHS = set(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)


def _places(sent: str, excluded: frozenset[str]) -> Found:
    out: Found = []
    for m in _FACILITY.finditer(sent):
        g = "p" if m.group("p") else "c"
        p = m.group(g)
        if _ok_place(p, excluded):
            out.append(("place", "place:facility", frozenset({p.lower()}), m.start(g), m.end(g)))
    for m in re.finditer(rf"\b(?P<prep>in|at|towards|toward)\s+{_PLACE}", sent):
        p = m.group("p")
        if not _ok_place(p, excluded):
            continue
        anchor = _anchor_near(sent, m.start(), 70)
        if anchor in {"meet", "attack"}:
            out.append(("place", f"place:{anchor}", frozenset({p.lower()}), m.start("p"), m.end("p")))
    return out


def _names(phrase: str, excluded: frozenset[str]) -> frozenset[str]:
    words = re.findall(r"[A-Z][\w'’-]+", phrase)
    return frozenset(w.lower() for w in words if w.lower() not in _TITLES and w.lower() not in excluded and not (w.isupper() and len(w) <= 4))


def _actors(sent: str, excluded: frozenset[str]) -> Found:
    out: Found = []
    for m in _MEDIATOR.finditer(sent):
        out.append(("actor", "actor:mediator", frozenset({m.group("p").lower()}), m.start(), m.end()))
    for m in _LED.finditer(sent):
        who = _names(" ".join(m.group("who").split()[:6]), excluded)
        if who:
            out.append(("actor", f"actor:led:{m.group('own').lower()}", who, m.start(), m.end()))
    for m in _COUNTERPART.finditer(sent):
        who = _names(m.group("who"), excluded)
        if who:
            out.append(("actor", "actor:counterpart", who, m.start(), m.end()))
    return out


def _polarity(sent: str, _x: frozenset[str]) -> Found:
    out: Found = []
    negated: set[str] = set()
    for m in _NEG.finditer(sent):
        words = [w for w in re.findall(r"[a-z]+", m.group("rest").lower()) if w not in STOP]
        keys = []
        for w in words:
            if w in _LIGHT:
                continue
            keys.append(stem(w))
            if w not in {"send", "include", "report"}:
                break
        for k in keys[:2]:
            negated.add(k)
            out.append(("negation", f"polarity:{k}", False, m.start(), m.end() + len(m.group("rest").rstrip())))
    lower = sent.lower()
    for m in re.finditer(r"[a-z]+", lower):
        k = stem(m.group(0))
        if k in _POLAR and k not in negated:
            out.append(("negation", f"polarity:{k}", True, m.start(), m.end()))
    return out


# what a plain positive sentence can assert against a negated one
_POLAR = {"injur", "kill", "releas", "abandon", "civilian", "delegat", "attend", "sign"}


def _conflict(a: Claim, b: Claim) -> bool:
    if a.kind == "number":
        ia, ib = a.value, b.value
        assert isinstance(ia, tuple) and isinstance(ib, tuple)
        return ia[1] < ib[0] or ib[1] < ia[0]
    if a.kind == "negation":
        return a.value != b.value
    assert isinstance(a.value, frozenset) and isinstance(b.value, frozenset)
    return not (a.value & b.value)


def contradictions(claims_a: list[Claim], claims_b: list[Claim]) -> list[Contradiction]:
    """Where two articles disagree: one contradiction per claim key, naming both passages."""
    by_key_b: dict[str, list[Claim]] = {}
    for c in claims_b:
        by_key_b.setdefault(c.key, []).append(c)
    by_key_a: dict[str, list[Claim]] = {}
    for c in claims_a:
        by_key_a.setdefault(c.key, []).append(c)
    out = []
    for key, ca in by_key_a.items():
        cb = by_key_b.get(key)
        if not cb:
            continue
        if ca[0].kind == "negation":
            pair = next(((x, y) for x in ca for y in cb if x.value != y.value), None)
            if pair is not None:
                out.append(Contradiction("negation", key, *pair))
            continue
        # numbers, dates, places, actors: a conflict only when no statement of either side agrees
        if all(_conflict(x, y) for x in ca for y in cb):
            x, y = max(((x, y) for x in ca for y in cb), key=lambda p: _likeness(p[0].text, p[1].text))
            out.append(Contradiction(ca[0].kind, key, x, y))
    return out


def _likeness(a: str, b: str) -> int:
    """Which two passages to show: shared names weigh twice as much as shared words."""
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return sum(2 if w[0].isupper() else 1 for w in wa & wb)


def story_contradictions(claims: dict[str, list[Claim]], same_source: dict[str, str]) -> list[Contradiction]:
    """Contradictions between every two articles of a story that are not copies of one another."""
    out = []
    for x, y in combinations(sorted(claims), 2):
        if same_source.get(x, x) == same_source.get(y, y):
            continue
        out.extend(contradictions(claims[x], claims[y]))
    return out
