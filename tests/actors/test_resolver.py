"""Actor resolution on short texts (one shared pipeline)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors.api import resolve_text
from parley.model import Mention
from parley.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str, on: date = date(2025, 2, 12)) -> dict[str, str]:
    return {m.text: m.actor.code for m in resolve_text(pipeline, text, on=on)}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Lavrov said Moscow would not accept European peacekeepers.", "Lavrov", "RUSGOV"),
        ("Macron called European leaders to a meeting.", "Macron", "FRAGOV"),
        ("Jordan closed its airspace to all flights.", "Jordan", "JOR"),
        ("Turkish carmakers expect higher costs.", "Turkish carmakers", "TURBUS"),
        ("Lebanese army units moved south.", "Lebanese army units", "LBNMIL"),
        ("Hamas fighters released two hostages.", "Hamas fighters", "PSEREB"),
        ("Wagner mercenaries left Mali.", "Wagner mercenaries", "RUSMIL"),
        ("Brussels said it would respond to the tariffs.", "Brussels", "IGOEUREEC"),
        ("Former Polish president Lech Walesa criticised the deal.", "Former Polish president Lech Walesa", "POLELI"),
        # people and posts of a named organisation stand for it
        ("IAEA inspectors left the plant on Friday.", "IAEA inspectors", "IGOUNOIAE"),
        ("Drones hit Hezbollah positions overnight.", "Hezbollah positions", "LBNREB"),
        # non-governmental actors need no country
        ("A rights group documented the abuses.", "rights group", "NGO"),
        # coordinated adjectives after a country name modify the same head
        ("US and Japanese warships sailed through the strait.", "US and Japanese warships", "USAMIL"),
        ("US and Japanese warships sailed through the strait.", "Japanese warships", "JPNMIL"),
        # a name listed with its article, after another phrase ("the army and the RSF")
        ("The police and the Rapid Support Forces exchanged fire.", "the Rapid Support Forces", "SDNREB"),
        # military ranks of a non-state armed group are the group
        ("A Hezbollah commander was wounded.", "Hezbollah commander", "LBNREB"),
        ("Kyiv freed 90 Russian prisoners of war.", "90 Russian prisoners of war", "RUSMIL"),
        ("Haitian hostage-takers released the missionaries.", "Haitian hostage-takers", "HTICRM"),
        ("Libya's presidential council met in Tripoli.", "Libya's presidential council", "LBYGOV"),
        ("Chinese refiners bought more Iranian oil.", "Chinese refiners", "CHNBUS"),
        ("The IAEA board passed a resolution.", "IAEA board", "IGOUNOIAE"),
        ("A spokesman for the Turkish army denied the report.", "spokesman for the Turkish army", "TURMIL"),
        ("Kenyan health officials confirmed the outbreak.", "Kenyan health officials", "KENGOV"),
        ("Gunmen seized two Canadian missionaries.", "two Canadian missionaries", "CANCVL"),
    ],
)
def test_explicit_mentions(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    assert _codes(pipeline, text)[mention] == code


@pytest.mark.parametrize(
    "text",
    [
        "The delegation stayed at a hotel in Moscow.",
        "Georgia's governor vetoed the bill.",
        "Students in Paris, Texas, held a rally.",
        "She spoke Ukrainian at home.",
        "Chad, a farmer from Nebraska, sold his soybeans.",
        "The orchestra performed Wagner at the festival.",
        "A recording of Irving Berlin's songs was played.",
    ],
)
def test_non_actors(pipeline: Pipeline, text: str) -> None:
    assert _codes(pipeline, text) == {}


def test_a_named_spokesperson_is_the_person_not_the_office(pipeline: Pipeline) -> None:
    """ "A spokeswoman for the European Commission, Paula Pinho, said …": the name (which
    the parser hangs on the organisation) says who speaks; the quote goes to her."""
    text = "A spokeswoman for the European Commission, Paula Pinho, said the bloc would take “all necessary steps” to protect its industry."
    codes = _codes(pipeline, text)
    assert "spokeswoman for the European Commission" not in codes
    from parley.model import Article
    from parley.pipeline import analyze

    quotes = analyze(Article(id="p", text=text), pipeline).quotes
    assert quotes and all(q.speaker is not None and "Pinho" in q.speaker.text for q in quotes)
    # unnamed, the spokesperson still speaks for the organisation
    assert _codes(pipeline, "A spokeswoman for the European Commission said the bloc would act.")["spokeswoman for the European Commission"] == "IGOEURECM"


def test_dates_choose_the_office(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Trump attacked the prosecutors.", date(2023, 5, 1))["Trump"] == "USAELI"
    assert _codes(pipeline, "The Taliban attacked a checkpoint.", date(2021, 5, 1))["The Taliban"] == "AFGREB"
    assert _codes(pipeline, "The Taliban closed the schools.", date(2023, 5, 1))["The Taliban"] == "AFGGOV"


def test_namesakes_are_told_apart_by_date_and_context(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Johnson said the House would not vote on the bill.", date(2024, 2, 14))["Johnson"] == "USALEG"
    text = "Johnson, the former British prime minister, visited Kyiv."
    assert _codes(pipeline, text, date(2024, 6, 2))["Johnson, the former British prime minister"] == "GBRELI"


def test_what_an_article_states_is_learned_with_its_chain(pipeline: Pipeline) -> None:
    text = "Moldovan Foreign Minister Ion Popescu said talks must go on. Popescu added that the minister would travel to Kyiv."
    found: list[Mention] = resolve_text(pipeline, text, on=date(2025, 2, 12))
    by_text = {m.text: m for m in found}
    assert by_text["Popescu"].actor.code == "MDAGOV"
    assert by_text["Popescu"].rule == "learned.surname"
    assert by_text["Popescu"].chain == ("Moldovan Foreign Minister Ion Popescu",)
    minister = by_text["minister"]
    assert minister.actor.code == "MDAGOV" and minister.chain[-1] == "Moldovan Foreign Minister Ion Popescu"
    rec = minister.to_dict()
    assert rec["rule"] == "coref.title" and rec["span"] == [minister.start, minister.end]


def test_it_refers_to_the_last_state(pipeline: Pipeline) -> None:
    found = resolve_text(pipeline, "Beijing said it would lift the restrictions.", on=None)
    it = [m for m in found if m.text == "it"]
    assert it and it[0].actor.country == "CHN" and it[0].rule == "coref.it"
