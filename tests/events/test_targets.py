"""Targets of events whose code is clear: organisations named as modifiers, places a
movement goes to, partners of nominal events, people acted upon and coordinated doers."""

from __future__ import annotations

from datetime import date

import pytest

from parley.model import Article
from parley.pipeline import Pipeline, analyze

DAY = date(2025, 2, 12)


def _dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = analyze(Article(id="t", text=text, published=DAY), pipeline).events
    return {(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.cameo[:2]) for e in events}


def _targets(pipeline: Pipeline, text: str, root: str) -> set[str]:
    return {t for _, t, r in _dyads(pipeline, text) if r == root}


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Belarus ignored NATO warnings and moved more troops to the frontier.", "12", "IGOWSTNAT"),
        ("Venezuela defied UN sanctions by shipping oil to Cuba.", "12", "IGOUNO"),
        ("Russia vetoed a UN Security Council resolution on Syria.", "12", "IGOUNO"),
        ("Syria expelled IAEA inspectors last week.", "16", "IGOUNO"),
    ],
)
def test_organisation_named_as_a_modifier_is_the_target(pipeline: Pipeline, text: str, root: str, target: str) -> None:
    assert target in _targets(pipeline, text, root), _dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Jordan sent forty lorries of food aid into Gaza on Monday.", "07", "PSE"),
        ("The German chancellor arrived in Tokyo on Tuesday.", "04", "JPN"),
    ],
)
def test_destination_of_a_movement_is_the_target(pipeline: Pipeline, text: str, root: str, target: str) -> None:
    assert target in _targets(pipeline, text, root), _dyads(pipeline, text)


def test_a_destination_at_home_is_no_target(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Ukraine sent more troops to Kharkiv.", "15") <= {""}


def test_parties_of_a_nominal_event_between_them_act_on_each_other(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "A truce between Armenia and Azerbaijan came into force on Sunday.")
    assert {(s[:3], t[:3]) for s, t, r in dyads if r == "08"} >= {("ARM", "AZE"), ("AZE", "ARM")}, dyads


def test_coordinated_weapon_modifiers_are_each_a_doer(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "French and Italian warplanes struck Islamic State positions in Libya.")
    sources = sorted(s for s, _, r in dyads if r == "19")
    assert sources == ["FRAMIL", "ITAMIL"], dyads


def test_armed_group_named_as_a_modifier_is_the_target(pipeline: Pipeline) -> None:
    assert "PSEREB" in _targets(pipeline, "Israeli jets bombed Hamas positions near Rafah.", "19")


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Canada pledged $300 million in humanitarian aid to Sudan.", "03", "SDN"),
        ("The Commission launched an inquiry into steel imported from India.", "09", "IND"),
        ("Washington imposed new curbs on drones bound for Iran.", "17", "IRN"),
    ],
)
def test_recipient_and_origin_inside_the_object_phrase(pipeline: Pipeline, text: str, root: str, target: str) -> None:
    assert target in _targets(pipeline, text, root), _dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Greece put its navy on alert after Turkey sent a survey ship into disputed waters.", "TUR"),
        ("Finland raised its readiness level in response to Russian troop movements near the border.", "RUS"),
    ],
)
def test_posture_is_aimed_at_the_actor_it_answers(pipeline: Pipeline, text: str, target: str) -> None:
    assert {t[:3] for t in _targets(pipeline, text, "15")} == {target}, _dyads(pipeline, text)


def test_deployed_force_is_not_the_target_and_police_make_the_doer_police(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "Kenya deployed thousands of police officers in Nairobi ahead of the vote.")
    assert ("KENCOP", "", "15") in dyads, dyads


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Belarusian police detained dozens of opposition activists.", "17", "BLROPP"),
        ("Serbian riot police dispersed protesters outside the presidency.", "17", "SRBCVL"),
    ],
)
def test_people_acted_on_by_their_own_state(pipeline: Pipeline, text: str, root: str, target: str) -> None:
    assert target in _targets(pipeline, text, root), _dyads(pipeline, text)


def test_aid_workers_are_an_ngo_without_a_country(pipeline: Pipeline) -> None:
    assert "NGO" in _targets(pipeline, "Gunmen kidnapped two aid workers in Darfur.", "18")


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Poland deported three Belarusian nationals on Friday.", "17", "BLRCVL"),
        ("Iran refused to free a detained Austrian citizen.", "12", "AUTCVL"),
    ],
)
def test_persons_named_by_nationality_are_civilians(pipeline: Pipeline, text: str, root: str, target: str) -> None:
    assert target in _targets(pipeline, text, root), _dyads(pipeline, text)


def test_a_swap_between_co_subjects_stays_reciprocal(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "Armenia and Azerbaijan exchanged prisoners of war on Wednesday.")
    assert {(s, t) for s, t, r in dyads if r == "08"} == {("ARMGOV", "AZEGOV"), ("AZEGOV", "ARMGOV")}, dyads


def test_whom_one_meets_outranks_the_venue(pipeline: Pipeline) -> None:
    text = "Blinken met his Chinese counterpart Wang Yi on the sidelines of the ASEAN summit in Jakarta."
    assert "CHNGOV" in _targets(pipeline, text, "04"), _dyads(pipeline, text)


def test_a_visit_is_to_the_place_not_to_a_partner_in_an_adjunct(pipeline: Pipeline) -> None:
    text = "Sunak travelled to Kyiv for talks with Zelensky."
    assert _targets(pipeline, text, "04") == {"UKR"}, _dyads(pipeline, text)


def test_the_target_of_a_warning_is_the_object_of_the_threatened_act(pipeline: Pipeline) -> None:
    text = "Moscow warned it would impose sanctions on Finnish companies."
    assert {t[:3] for t in _targets(pipeline, text, "13")} == {"FIN"}, _dyads(pipeline, text)


def test_a_show_of_force_facing_a_foreign_country_targets_it(pipeline: Pipeline) -> None:
    text = "Russia held naval drills near Japan last week."
    assert {t[:3] for t in _targets(pipeline, text, "15")} == {"JPN"}, _dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Insurgents detonated a bomb near a police station in Peshawar.", "PAKCOP"),
        ("Turkish drones struck a military base in Syria on Tuesday.", "SYRMIL"),
    ],
)
def test_an_installation_belongs_to_its_force(pipeline: Pipeline, text: str, target: str) -> None:
    assert target in {t for _, t, r in _dyads(pipeline, text) if r in ("18", "19")}, _dyads(pipeline, text)


def test_coordinated_country_modifiers_of_a_role_noun_are_each_an_actor(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "French and Indian troops held joint exercises in Rajasthan.")
    assert {(s, t) for s, t, r in dyads if r == "06"} == {("FRAMIL", "INDMIL"), ("INDMIL", "FRAMIL")}, dyads


def test_a_country_named_in_the_phrase_outranks_where_the_sentence_happens(pipeline: Pipeline) -> None:
    text = "Poland expelled a diplomat from the Belarusian embassy in Warsaw."
    assert _targets(pipeline, text, "17") == {"BLRGOV"}, _dyads(pipeline, text)


def test_investigated_people_and_a_shared_object_are_the_state_own(pipeline: Pipeline) -> None:
    assert "ITABUS" in _targets(pipeline, "Italian prosecutors investigated a businessman over bribery.", "09")
    dyads = _dyads(pipeline, "Spanish police arrested and questioned three soldiers.")
    assert ("ESPCOP", "ESPMIL", "17") in dyads, dyads


def test_an_inquiry_into_deaths_does_not_target_the_dead(pipeline: Pipeline) -> None:
    text = "Ugandan authorities investigated the deaths of protesters."
    assert _targets(pipeline, text, "09") <= {""}, _dyads(pipeline, text)


def test_a_town_taken_is_its_country_not_its_people(pipeline: Pipeline) -> None:
    text = "Russian forces took control of the town of Avdiivka in Ukraine's Donetsk region."
    assert _targets(pipeline, text, "19") == {"UKR"}, _dyads(pipeline, text)


def test_a_venue_is_not_the_target_of_a_lawsuit(pipeline: Pipeline) -> None:
    text = "Nicaragua filed a case against Germany at the International Court of Justice."
    assert "DEU" in _targets(pipeline, text, "11"), _dyads(pipeline, text)


def test_civilian_homes_take_their_people(pipeline: Pipeline) -> None:
    text = "Soldiers under Israeli command demolished Palestinian houses in Hebron."
    assert "PSECVL" in {t for _, t, r in _dyads(pipeline, text) if r == "17"}, _dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("The Kenyan government scrapped the finance bill after weeks of street protests.", "08", "KENCVL"),
        ("Peruvian police deployed extra officers in Lima ahead of planned demonstrations.", "15", "PERCVL"),
    ],
)
def test_answer_to_protests_is_aimed_at_own_civilians(pipeline: Pipeline, text: str, root: str, target: str) -> None:
    assert target in _targets(pipeline, text, root), _dyads(pipeline, text)


def test_an_attacks_toll_is_not_a_second_event(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "Militants bombed a market in Kabul, killing at least twelve people.")
    assert {r for _, _, r in dyads} == {"18"}, dyads
    assert len(analyze(Article(id="t", text="Militants bombed a market in Kabul, killing at least twelve people.", published=DAY), pipeline).events) == 1


def test_capital_travelled_to_is_the_country(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "French President Emmanuel Macron travelled to Nairobi for a summit.", "04") == {"KEN"}


def test_demand_is_aimed_at_whoever_is_to_act(pipeline: Pipeline) -> None:
    assert "PER" in _targets(pipeline, "Chile demanded that Peru free the detained fishermen.", "10")


def test_seizing_a_ship_is_armed_force(pipeline: Pipeline) -> None:
    assert ("VENMIL", "", "17") in _dyads(pipeline, "Venezuela seized a fishing vessel off its coast.")


def test_authorities_that_arrest_and_investigate_are_police(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "Thai authorities arrested and questioned three Cambodian men.")
    assert {s for s, _, r in dyads if r in ("09", "17")} == {"THACOP"}, dyads


def test_reported_armed_act_is_aimed_at_the_reporting_state(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Somalia said Ethiopian troops violated the truce overnight.", "19") == {"SOM"}
    assert _targets(pipeline, "Peru said Ecuador was massing troops near the border.", "15") == {"PER"}


def test_places_as_objects_and_seas_as_destinations(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Brazilian soldiers began patrolling Caracas under the new mission.", "07") == {"VEN"}
    assert _targets(pipeline, "France deployed warships to the eastern Mediterranean.", "15") == {""}


def test_military_aircraft_are_the_military(pipeline: Pipeline) -> None:
    assert any(s == "SYRMIL" for s, _, _ in _dyads(pipeline, "Syrian government helicopters dropped barrel bombs on Aleppo."))


def test_claimed_attack_is_coded_for_the_claimant(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "Hezbollah claimed responsibility for a rocket barrage fired towards Haifa.")
    assert ("LBNREB", "", "01") in dyads and ("LBNREB", "ISR", "19") in dyads, dyads


def test_coordinated_verbs_share_the_last_object(pipeline: Pipeline) -> None:
    codes = {r for _, _, r in _dyads(pipeline, "Cuba pardoned and released 50 political prisoners.")}
    assert codes == {"08"}, codes


def test_summit_city_is_the_host_country(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Brazilian President Lula did not attend the summit in Nairobi.", "04") == {"KEN"}


def test_acknowledged_strike_is_the_acknowledgers(pipeline: Pipeline) -> None:
    dyads = _dyads(pipeline, "A spokesman for the Turkish army acknowledged that an airstrike had hit a village.")
    assert ("TURMIL", "", "01") in dyads and any(s == "TURMIL" and r == "19" for s, _, r in dyads), dyads


def test_positions_are_the_militarys(pipeline: Pipeline) -> None:
    assert "GEOMIL" in _targets(pipeline, "Russian troops fired artillery shells at Georgian positions.", "19")


def test_access_granted_to_the_place_entered(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Israel allowed fuel trucks to enter Gaza on Sunday.", "08") == {"PSE"}


def test_refused_meeting_is_aimed_at_whom_it_would_meet(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Maduro refused to fly to Bogota to meet Petro.", "12") == {"COLGOV"}


def test_what_an_amount_is_in_names_the_recipient(pipeline: Pipeline) -> None:
    # the "in" phrase hangs on the amount here, not on the verb
    assert "NOR" in {t[:3] for t in _targets(pipeline, "Sweden pledged $300 million in grants for Norway's flood recovery.", "03")}


def test_object_of_a_complements_complement(pipeline: Pipeline) -> None:
    assert "DNK" in {t[:3] for t in _targets(pipeline, "Norway vowed to keep supplying Denmark with fuel.", "03")}


def test_a_withdrawal_is_from_the_country_left(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Belarusian troops withdrew from the town of Bakhmut.", "08") == {"UKR"}


def test_aid_dropped_over_a_place_goes_to_its_country(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Egypt airdropped medicine over Khan Younis.", "07") == {"PSE"}


def test_a_capital_naming_the_place_struck_is_its_country(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Turkish drones struck fuel depots near Baghdad airport.", "19") == {"IRQ"}


def test_forces_stationed_in_another_country_are_aimed_at_it(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "France stationed fighter jets in Estonia.", "15") == {"EST"}
    assert _targets(pipeline, "France stationed fighter jets in Marseille.", "15") == {""}  # at home: no target


def test_the_clause_of_an_object_noun_names_the_target(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Djibouti expressed a desire to end the feud with Eritrea.", "03") == {"ERI"}
