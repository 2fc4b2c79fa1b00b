"""The actor knowledge base: countries, seats of government, regions, organisations,
people with dated offices, agent (sector) words and a gazetteer of places, loaded from the
package's data files and from user dictionaries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from parley.errors import KnowledgeError
from parley.model import Actor

# How an entry's phrase is used: what a match of it contributes to an actor.
KINDS = ("country", "adjective", "demonym", "seat", "body", "region", "igo", "person", "group", "agent", "place")


@dataclass(frozen=True, slots=True)
class Role:
    office: str
    sector: str
    start: date | None
    end: date | None
    country: str = ""
    igo: str = ""

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A person with dated offices, or a named group (party, armed group, company) whose
    sector changes over time (the Taliban: REB, then GOV)."""

    name: str
    country: str
    igo: str
    roles: tuple[Role, ...]
    source: str = "kb"
    kind: str = "person"  # person | group
    sector: str = ""  # a group's sector outside its dated roles

    def actor_on(self, on: date | None) -> Actor:
        """The actor this person is on a date: the office held then, or ELI after leaving office."""
        role = self.role_on(on)
        if role is not None and (role.igo or (self.igo and not role.country and not self.country)):
            # an office in an international organisation (NATO Secretary General)
            return Actor(name=self.name, code=role.igo or self.igo, country="", sector=("IGO",), kind=self.kind, source=self.source)
        if role is not None:
            sector, country = role.sector, role.country or self.country
        elif self.kind == "person" and self.left_office(on):
            sector, country = "ELI", self.country  # former office holder
        else:
            sector, country = self.sector, self.country
        code = country + sector
        return Actor(name=self.name, code=code, country=country, sector=(sector,) if sector else (), kind=self.kind, source=self.source)

    def left_office(self, on: date | None) -> bool:
        """Whether, on a date, the person holds no office but has held one before."""
        return on is not None and any(r.end is not None and r.end <= on for r in self.roles) and not any(r.active(on) for r in self.roles)

    def role_on(self, on: date | None) -> Role | None:
        if not self.roles:
            return None
        if on is None:
            return max(self.roles, key=lambda r: r.start or date.min)
        active = [r for r in self.roles if r.active(on)]
        return max(active, key=lambda r: r.start or date.min) if active else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One phrase of the knowledge base and what it means."""

    kind: str  # one of KINDS
    phrase: str
    code: str = ""  # CAMEO code of the country / region / IGO
    country: str = ""  # ISO alpha-3
    name: str = ""  # canonical name
    sector: str = ""  # agent code for agent words and seats
    person: Person | None = None
    is_person_word: bool = False  # agent words that denote a person ("minister")
    ambiguous: bool = False
    source: str = "kb"
    # generic member nouns ("fighters") whose sector yields to the named group's own
    defer: bool = False


@dataclass(slots=True)
class KnowledgeBase:
    entries: dict[str, list[Entry]] = field(default_factory=dict)  # key: folded lower-case phrase
    countries: dict[str, dict[str, Any]] = field(default_factory=dict)  # iso3 -> record
    people: list[Person] = field(default_factory=list)
    # first-level subdivisions ("Idaho", "Georgia") -> ISO alpha-3 of their country
    subdivisions: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry, *, override: bool = False) -> None:
        key = fold(entry.phrase)
        if override:
            # user entries win over built-in ones with the same phrase
            self.entries[key] = [entry] + [e for e in self.entries.get(key, []) if e.source != "kb" and e is not entry]
        else:
            self.entries.setdefault(key, []).append(entry)

    def lookup(self, phrase: str) -> list[Entry]:
        return self.entries.get(fold(phrase), [])

    def phrases(self) -> list[str]:
        return [es[0].phrase for es in self.entries.values() if es]


@lru_cache(maxsize=65536)  # the same words are folded over and over while resolving actors
def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def _load_yaml(name: str) -> Any:
    try:
        ref = resources.files("parley.actors") / "data" / name
        with ref.open("r", encoding="utf-8") as fh:
            return yaml.safe_load(fh) or []
    except FileNotFoundError:
        return []
    except yaml.YAMLError as e:
        raise KnowledgeError(f"actors/data/{name} is not valid YAML: {e}") from e


def _as_date(value: Any) -> date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise KnowledgeError(f"bad date {value!r} in actor data; use YYYY-MM-DD") from e


def load_builtin() -> KnowledgeBase:
    """Build the knowledge base from the package's data files."""
    kb = KnowledgeBase()
    for rec in _load_yaml("countries.yaml"):
        _add_country(kb, rec)
    for rec in _load_yaml("regions.yaml"):
        code = rec["code"]
        for n in [rec.get("name", ""), *list(rec.get("names") or [])]:
            if n:
                kb.add(Entry("region", n, code=code, name=rec.get("name", n)))
        for a in rec.get("adjectives") or []:
            kb.add(Entry("region", a, code=code, name=rec.get("name", a)))
    for rec in _load_yaml("igos.yaml"):
        names = {rec.get("name", ""), rec.get("short", "")} | set(rec.get("names") or [])
        for n in filter(None, names):
            kb.add(Entry("igo", n, code=rec["code"], name=rec.get("short") or rec.get("name", n), sector=",".join(rec.get("sector") or [])))
    for rec in _load_yaml("people.yaml"):
        add_person(kb, rec, source="kb")
    _add_surnames(kb)
    for rec in _load_yaml("organisations.yaml"):
        _add_organisation(kb, rec)
    for rec in _load_yaml("agents.yaml"):
        iso = str(rec.get("country") or "")
        for w in rec.get("words") or []:
            if iso:
                # a named national body ("the Duma", "Bundeswehr") fixes country and sector
                crec = kb.countries.get(iso, {})
                kb.add(Entry("body", w, code=crec.get("cameo") or iso, country=iso, name=crec.get("name") or iso, sector=rec["sector"]))
            else:
                kb.add(Entry("agent", w, sector=rec["sector"], is_person_word=bool(rec.get("person")), defer=bool(rec.get("defer"))))
    # last, so that a place sharing a name with a person does not hide the surname
    for rec in _load_yaml("places.yaml"):
        _add_place(kb, rec)
    return kb


def _add_place(kb: KnowledgeBase, rec: dict[str, Any]) -> None:
    """A city, region or area of the gazetteer: never an actor, only where things happen."""
    iso = str(rec.get("country") or "")
    crec = kb.countries.get(iso)
    if crec is None:
        raise KnowledgeError(f"place {rec.get('name')!r} in actors/data/places.yaml has unknown country {iso!r}; use an ISO alpha-3 code")
    for n in {rec["name"], *(rec.get("aliases") or [])}:
        kb.add(Entry("place", n, code=crec.get("cameo") or iso, country=iso, name=rec["name"]))


_PARTICLES = {"bin", "al", "el", "de", "da", "von", "van", "der", "le", "la", "di", "du", "jr", "jr.", "sr"}


def _add_surnames(kb: KnowledgeBase) -> None:
    """A person's surname alone ("Sánchez", "Ruto") names them where no other person,
    place or word of the knowledge base shares it; shared surnames stay unresolved here
    and are settled by what the article says (its titles and earlier mentions)."""
    owners: dict[str, list[Person]] = {}
    for person in kb.people:
        words = person.name.split()
        if len(words) < 2 or words[-1].lower().strip(".") in _PARTICLES:
            continue
        owners.setdefault(fold(words[-1]), []).append(person)
    for key, people in owners.items():
        if len(people) != 1 or len(key) < 4 or key in kb.entries:
            continue
        person = people[0]
        kb.add(Entry("person", person.name.split()[-1], country=person.country, name=person.name, person=person, source=person.source))


def _add_organisation(kb: KnowledgeBase, rec: dict[str, Any]) -> None:
    """A company, party or armed group: its country and (possibly dated) sector."""
    iso = str(rec.get("country") or "")
    if rec.get("roles"):
        add_person(kb, rec, source="kb", kind="group")
        return
    crec = kb.countries.get(iso, {})
    for w in {rec["name"], *(rec.get("aliases") or [])}:
        kb.add(
            Entry(
                "body",
                w,
                code=crec.get("cameo") or iso,
                country=iso,
                name=rec["name"],
                sector=str(rec.get("sector") or ""),
                ambiguous=bool(rec.get("ambiguous")),
            )
        )


def _add_country(kb: KnowledgeBase, rec: dict[str, Any]) -> None:
    iso3 = rec["iso3"]
    code = rec.get("cameo") or iso3
    name = rec.get("name") or iso3
    amb = bool(rec.get("ambiguous"))
    kb.countries[iso3] = rec
    for n in {name, *(rec.get("names") or [])}:
        kb.add(Entry("country", n, code=code, country=iso3, name=name, ambiguous=amb))
    for a in rec.get("adjectives") or []:
        kb.add(Entry("adjective", a, code=code, country=iso3, name=name))
    for d in rec.get("demonyms") or []:
        kb.add(Entry("demonym", d, code=code, country=iso3, name=name, sector="CVL"))
    # a capital that usually stands for something else (Brussels: the EU) is no seat
    capital = (rec.get("capital") or "") if rec.get("capital_is_seat", True) else ""
    for s in {capital, *(rec.get("seats") or [])}:
        if s:
            kb.add(Entry("seat", s, code=code, country=iso3, name=name, sector="GOV"))
    for sub in rec.get("subdivisions") or []:
        kb.subdivisions[fold(sub)] = iso3


def add_person(kb: KnowledgeBase, rec: dict[str, Any], *, source: str, kind: str = "person") -> Person:
    roles = tuple(
        Role(
            office=str(r.get("office", "")),
            sector=str(r.get("sector") or "GOV"),
            start=_as_date(r.get("from")),
            end=_as_date(r.get("to")),
            country=str(r.get("country") or ""),
            igo=str(r.get("igo") or ""),
        )
        for r in rec.get("roles") or []
    )
    person = Person(
        name=rec["name"],
        country=str(rec.get("country") or ""),
        igo=str(rec.get("igo") or ""),
        roles=roles,
        source=source,
        kind=kind,
        sector=str(rec.get("sector") or "") if kind == "group" else "",
    )
    kb.people.append(person)
    for alias in {rec["name"], *(rec.get("aliases") or [])}:
        entry = Entry(kind, alias, country=person.country, name=person.name, person=person, source=source, ambiguous=bool(rec.get("ambiguous")))
        kb.add(entry, override=source != "kb")
    return person
