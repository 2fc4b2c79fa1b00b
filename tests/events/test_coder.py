"""The coder on one sentence per CAMEO root, and on negation, passive, coordination,
reported speech, nominal events and non-events."""

from __future__ import annotations

from datetime import date

import pytest

from parley.model import Article, Event
from parley.pipeline import Pipeline, analyze

DAY = date(2025, 2, 12)

ROOTS = [
    ("01", "The Kremlin declined to comment on the reports about Ukraine."),
    ("02", "Germany appealed to China for help in ending the war."),
    ("03", "Iran offered to mediate between Saudi Arabia and Yemen."),
    ("04", "French President Emmanuel Macron met Chinese President Xi Jinping in Beijing."),
    ("05", "Japan praised South Korea for its decision."),
    ("06", "India and France cooperated militarily in the Indian Ocean."),
    ("07", "The United States provided military aid to Ukraine."),
    ("08", "Russia released three Ukrainian prisoners of war."),
    ("09", "Poland investigated the Russian drone incursion."),
    ("10", "Ukraine demanded that Russia withdraw its troops."),
    ("11", "Germany criticized China over its support for Russia."),
    ("12", "Hungary rejected the European Union's proposal."),
    ("13", "North Korea threatened South Korea with nuclear retaliation."),
    ("14", "Thousands of Georgians protested against the government in Tbilisi."),
    ("15", "China mobilized troops near the border with India."),
    ("16", "Canada cut diplomatic ties with Iran."),
    ("17", "Russia arrested a French citizen in Moscow."),
    ("18", "Russian soldiers killed a Ukrainian police officer."),
    ("19", "Israel launched airstrikes on Hamas positions in Gaza."),
    ("20", "Iraqi forces carried out a mass killing of Kurdish civilians."),
]


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return analyze(Article(id="t", text=text, published=DAY), pipeline).events


@pytest.mark.parametrize(("root", "text"), ROOTS, ids=[r for r, _ in ROOTS])
def test_one_sentence_per_root(pipeline: Pipeline, root: str, text: str) -> None:
    roots = {e.cameo[:2] for e in _events(pipeline, text)}
    assert root in roots, f"{text!r} coded {sorted(roots)}"


def _find(events: list[Event], root: str) -> Event:
    return next(e for e in events if e.cameo.startswith(root))


def test_source_target_and_provenance(pipeline: Pipeline) -> None:
    text = "German Defense Minister Boris Pistorius criticized the U.S. for its concessions."
    e = _find(_events(pipeline, text), "11")
    assert e.source and e.source.actor.code == "DEUGOV"
    assert e.target and e.target.actor.country == "USA"
    assert text[e.start : e.end] == "criticized" and e.rule.startswith("pattern:")
    assert e.plover.type == "ACCUSE" and e.quad_class == 3 and e.date == DAY


def test_passive_voice(pipeline: Pipeline) -> None:
    e = _find(_events(pipeline, "The Ukrainian delegation was received by Turkish President Recep Tayyip Erdogan."), "04")
    assert e.source and e.source.actor.country == "TUR"


def test_coordinated_sources(pipeline: Pipeline) -> None:
    events = [e for e in _events(pipeline, "France and Germany condemned Russia's strike on a hospital.") if e.cameo.startswith("11")]
    assert {e.source.actor.country for e in events if e.source} == {"FRA", "DEU"}
    assert all(e.target and e.target.actor.country == "RUS" for e in events)


def test_negation_flagged(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Turkey did not sign the agreement with Greece.")
    assert any(e.negated for e in events)


def test_refusal_is_reject(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Hungary refused to meet the Ukrainian delegation.")
    assert any(e.cameo.startswith("12") for e in events)


def test_reported_speech_codes_both(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Ukraine said Russia attacked a power plant in Kharkiv.")
    roots = {(e.source.actor.country if e.source else "", e.cameo[:2]) for e in events}
    assert ("UKR", "01") in roots and (("RUS", "19") in roots or ("RUS", "18") in roots)


def test_modality(pipeline: Pipeline) -> None:
    e = _find(_events(pipeline, "Chinese President Xi Jinping will visit Russia next week."), "04")
    assert e.modality == "intended"


def test_nominal_event_between(pipeline: Pipeline) -> None:
    events = _events(pipeline, "A 90-minute phone call between Macron and Zelensky focused on air defence.")
    assert any(e.cameo.startswith("04") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say the talks could reshape the region.",
        "The global community is closely monitoring developments.",
        "U.S. leaders have historically demanded clear commitments in times of crisis.",
        "What was the outcome of the conversation between Trump and Putin?",
    ],
)
def test_non_events(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def _dyads(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.actor.code[:3] if e.source else "", e.target.actor.code[:3] if e.target else "", e.cameo) for e in events}


def test_readiness_adjective_passes_its_subject_to_the_verb(pipeline: Pipeline) -> None:
    # the subject of "was ready" is the one who would meet
    assert ("BRA", "UKR", "036") in _dyads(_events(pipeline, "Lula said he was ready to meet Zelensky in Brasilia."))


def test_speaker_party_to_a_joint_accord(pipeline: Pipeline) -> None:
    # the speaker's side agreeing with another party: one event, and no bare statement
    dyads = _dyads(_events(pipeline, "Scholz said Berlin and Paris agreed on the need for joint borrowing."))
    assert ("DEU", "FRA", "019") in dyads
    assert ("FRA", "DEU", "019") not in dyads
    assert not any(code == "010" for _, _, code in dyads)


def test_passive_victim_is_not_the_source_of_the_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Ukrainian President Volodymyr Zelensky was wounded in an airstrike near Kharkiv.")
    assert not any(e.source is not None and e.source.actor.code.startswith("UKR") and e.cameo.startswith("19") for e in events)


def test_country_adjective_names_the_attacker(pipeline: Pipeline) -> None:
    # the strike is the means of the killing: one act by Israel's military, aimed at Hezbollah
    events = _events(pipeline, "Hezbollah commander Fuad Shukr was killed in an Israeli airstrike in Beirut.")
    assert [(e.source.actor.code, e.target.actor.country) for e in events if e.source and e.target] == [("ISRMIL", "LBN")]
    assert events[0].cameo[:2] in ("18", "19")


def test_a_place_stands_for_its_country_as_the_target_of_an_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Russian artillery shelled Kharkiv.")
    e = _find(events, "19")
    assert e.source and e.source.actor.code == "RUSMIL"
    assert e.target and e.target.actor.code == "UKR" and e.target.rule == "kb.place" and e.target.text == "Kharkiv"
    assert ("ISR", "PSE", "190") in _dyads(_events(pipeline, "Israel struck targets in Rafah."))


def test_a_place_gives_no_target_outside_material_conflict(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Japan praised the talks in Geneva.")
    assert not any(e.target is not None and e.target.rule == "kb.place" for e in events)


def test_lone_country_acts_through_its_government(pipeline: Pipeline) -> None:
    # "Iran said …" is Tehran speaking; coordinated signatories act through their
    # governments too (EVENTS_CONVENTIONS.md, R1), and force is the military's (R1b)
    said = _find(_events(pipeline, "Iran said the sanctions were illegal."), "01")
    assert said.source and said.source.actor.code == "IRNGOV"
    expelled = _find(_events(pipeline, "Canada expelled six Indian diplomats."), "1")
    assert expelled.source and expelled.source.actor.code == "CANGOV"
    signed = _events(pipeline, "India and the United Kingdom signed a free trade agreement in London.")
    assert signed and {e.source.actor.code for e in signed if e.source} == {"INDGOV", "GBRGOV"}
    shelled = _find(_events(pipeline, "Russia shelled Kharkiv overnight."), "19")
    assert shelled.source and shelled.source.actor.code == "RUSMIL"
    assert shelled.target and shelled.target.actor.code == "UKR"


def test_own_act_replaces_the_statement(pipeline: Pipeline) -> None:
    # "Iran said it would not attend the talks": the statement reports Iran's own (negated) act
    events = _events(pipeline, "Iran said it would not attend the talks.")
    assert not any(e.cameo == "010" for e in events)
    talks = _find(events, "04")
    assert talks.negated and talks.source and talks.source.actor.code == "IRNGOV"


def test_every_coordinated_target_and_source(pipeline: Pipeline) -> None:
    urged = [e for e in _events(pipeline, "Qatar's prime minister urged Israel and Hamas to return to the negotiating table.") if e.cameo.startswith("02")]
    assert {e.target.actor.code for e in urged if e.target} == {"ISR", "PSEREB"}
    recognised = _events(pipeline, "Spain, Ireland and Norway formally recognised the State of Palestine.")
    assert {e.source.actor.code for e in recognised if e.source} == {"ESPGOV", "IRLGOV", "NORGOV"}


def test_coordinated_subjects_are_each_others_partners(pipeline: Pipeline) -> None:
    spoke = _events(pipeline, "Mexican President Claudia Sheinbaum and Prime Minister Mark Carney spoke by phone on Monday.")
    assert {(e.source.actor.country, e.target.actor.country) for e in spoke if e.source and e.target and e.cameo.startswith("04")} == {
        ("MEX", "CAN"),
        ("CAN", "MEX"),
    }


def test_directives_take_the_code_of_their_act(pipeline: Pipeline) -> None:
    demanded = _events(pipeline, "The EU demanded that Belarus release all political prisoners.")
    assert [e.cameo for e in demanded] == ["1053"]  # the release itself is not reported as done
    refused = _events(pipeline, "Putin refused to travel to Istanbul to meet Zelensky.")
    assert [e.cameo for e in refused] == ["125"]


def test_conditional_and_habitual_clauses_report_nothing(pipeline: Pipeline) -> None:
    threat = _events(pipeline, "Russia threatened to seize European assets if the EU confiscated frozen Russian funds.")
    assert all(e.cameo.startswith("13") for e in threat)
    assert not _events(pipeline, "The European Council meets four times a year in Brussels.")


def test_agents_take_the_country_the_sentence_places_them_in(pipeline: Pipeline) -> None:
    bomb = _events(pipeline, "Militants detonated a car bomb near a police station in Quetta.")
    assert bomb and bomb[0].source and bomb[0].source.actor.country == "PAK"
    assert bomb[0].source.rule == "located.agent"


def test_readiness_for_an_event_is_an_intent(pipeline: Pipeline) -> None:
    open_to = _find(_events(pipeline, "Putin said Moscow was open to negotiations with Kyiv."), "03")
    assert open_to.cameo == "036" and open_to.modality == "intended"


def test_unaddressed_protest_targets_the_own_government(pipeline: Pipeline) -> None:
    rally = _find(_events(pipeline, "Thousands of protesters rallied in Tbilisi on Sunday."), "14")
    assert rally.source and rally.source.actor.code == "GEOCVL"
    assert rally.target and rally.target.actor.code == "GEOGOV" and rally.rule.endswith("+own_government")


def test_people_named_as_people_are_civilians_of_the_place(pipeline: Pipeline) -> None:
    killed = _find(_events(pipeline, "RSF fighters killed dozens of villagers in El Geneina."), "1")
    assert killed.target and killed.target.actor.code == "SDNCVL"


def test_capitals_as_places_and_as_governments(pipeline: Pipeline) -> None:
    recalled = _find(_events(pipeline, "Algeria recalled its ambassador from Paris."), "16")
    assert recalled.target and recalled.target.actor.code == "FRA"
    apologised = _find(_events(pipeline, "Kyiv apologised to Warsaw for the incident."), "05")
    assert apologised.target and apologised.target.actor.code == "POLGOV"


def test_purposes_and_backgrounds_are_not_reported_events(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Taiwan put its forces on alert after China launched military drills around the island.")
    assert [e.cameo[:2] for e in events] == ["15"] and events[0].source and events[0].source.actor.country == "TWN"
    travel = _events(pipeline, "Putin refused to travel to Istanbul to meet Zelensky.")
    assert not any(e.cameo.startswith("04") for e in travel)
