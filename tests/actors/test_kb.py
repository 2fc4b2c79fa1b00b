"""The built-in knowledge base: coverage of the ISO list and dated offices."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from parley.actors.api import resolve_text
from parley.actors.kb import KnowledgeBase, fold, load_builtin
from parley.ingest.normalize import normalize
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_builtin()


def test_every_iso_country_is_in_countries_yaml(kb: KnowledgeBase) -> None:
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in kb.countries]
    assert missing == []


def _person(kb: KnowledgeBase, alias: str, country: str = ""):  # type: ignore[no-untyped-def]
    people = [e.person for e in kb.lookup(alias) if e.person is not None and (not country or e.person.country == country)]
    assert people, alias
    return people[0]


def test_dated_person_resolves_to_the_office_of_the_day(kb: KnowledgeBase) -> None:
    zaluzhnyi = _person(kb, "Zaluzhnyi")
    assert zaluzhnyi.actor_on(date(2023, 11, 1)).code == "UKRMIL"
    assert zaluzhnyi.actor_on(date(2024, 7, 12)).code == "UKRGOV"


def test_former_office_holder_is_eli_and_returning_one_is_not(kb: KnowledgeBase) -> None:
    trump = _person(kb, "Trump")
    assert trump.actor_on(date(2023, 5, 10)).code == "USAELI"
    assert trump.actor_on(date(2025, 2, 12)).code == "USAGOV"
    assert _person(kb, "Kuleba").actor_on(date(2025, 2, 15)).code == "UKRELI"


def test_igo_office_and_national_office(kb: KnowledgeBase) -> None:
    borrell = _person(kb, "Borrell")
    assert borrell.actor_on(date(2022, 9, 30)).code.startswith("IGO")
    assert borrell.actor_on(date(2019, 1, 24)).code == "ESPGOV"


def test_opposition_and_legislative_roles(kb: KnowledgeBase) -> None:
    assert _person(kb, "Sunak").actor_on(date(2024, 9, 11)).code == "GBROPP"
    assert _person(kb, "Rubio").actor_on(date(2024, 4, 20)).code == "USALEG"


def test_groups_change_standing_over_time(kb: KnowledgeBase) -> None:
    taliban = _person(kb, "Taliban")
    assert taliban.kind == "group"
    assert taliban.actor_on(date(2021, 8, 10)).code == "AFGREB"
    assert taliban.actor_on(date(2022, 12, 20)).code == "AFGGOV"


def test_companies_and_bodies_fix_country_and_sector(kb: KnowledgeBase) -> None:
    gazprom = kb.lookup("Gazprom")[0]
    assert (gazprom.kind, gazprom.country, gazprom.sector) == ("body", "RUS", "BUS")
    assert any(e.kind == "igo" for e in kb.lookup("Brussels"))
    assert not any(e.kind == "seat" for e in kb.lookup("Brussels"))


def test_subdivisions_and_fold(kb: KnowledgeBase) -> None:
    assert kb.subdivisions[fold("Idaho")] == "USA"
    assert fold("Braže\u2019s") == "braze's"


def test_a_place_loads_with_its_country(kb: KnowledgeBase) -> None:
    kharkiv = next(e for e in kb.lookup("Kharkiv") if e.kind == "place")
    assert (kharkiv.country, kharkiv.code, kharkiv.name) == ("UKR", "UKR", "Kharkiv")
    assert {e.kind for e in kb.lookup("Khan Yunis")} == {"place"}
    # capitals stay seats of government and are not repeated in the gazetteer
    assert not any(e.kind == "place" for e in kb.lookup("Kyiv"))


def test_a_place_is_not_an_actor(pipeline: Pipeline) -> None:
    text = "Officials met at a hotel in Munich. Talks in Geneva ended. Khan Younis was calm."
    norm = normalize(text)
    doc = pipeline.nlp(norm.text)
    actors = pipeline.resolver.resolve(doc, norm, on=date(2025, 2, 12))
    assert actors.mentions == []
    assert not any(m.actor.code for found in actors.by_head.values() for m in found)
    recorded = {doc[i].text: e.country for i, e in actors.places.items()}
    assert recorded == {"Munich": "DEU", "Geneva": "CHE", "Younis": "PSE"}
    assert resolve_text(pipeline, text, on=date(2025, 2, 12)) == []
