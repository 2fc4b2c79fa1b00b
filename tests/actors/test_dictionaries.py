"""User dictionaries (YAML) and the PETRARCH `.actors` / `.agents` import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.actors.dictionaries import load_user_dictionary, parse_petrarch_actors, parse_petrarch_agents
from parley.actors.kb import KnowledgeBase, load_builtin
from parley.errors import KnowledgeError

ACTORS = """\
# a PETRARCH actors file
DONALD_TRUMP_ [USAGOV 20170120-20210120]
+PRESIDENT_TRUMP_
+DONALD_J._TRUMP_
[USAELI 20210120-20250120]
[USAGOV >20250120]
GRAND_DUCHY_OF_FENWICK_ [FEN]
+FENWICK_
"""

AGENTS = """\
WIDGETEER_ [~BUS] {WIDGETEERS_}
SHOGUN_ [~GOV]
"""


def test_petrarch_actors_parse_names_synonyms_and_dated_codes() -> None:
    recs = parse_petrarch_actors(ACTORS, origin="t.actors")
    trump, acme = recs
    assert trump["name"] == "Donald Trump"
    assert trump["aliases"] == ["PRESIDENT TRUMP", "DONALD J. TRUMP"]
    assert [(r["sector"], r["from"], r["to"]) for r in trump["roles"]] == [
        ("GOV", date(2017, 1, 20), date(2021, 1, 20)),
        ("ELI", date(2021, 1, 20), date(2025, 1, 20)),
        ("GOV", date(2025, 1, 20), None),
    ]
    assert (acme["kind"], acme["code"], acme["aliases"]) == ("state", "FEN", ["FENWICK"])


def test_petrarch_actors_reject_a_synonym_before_any_actor() -> None:
    with pytest.raises(KnowledgeError, match=r"t\.actors:1"):
        parse_petrarch_actors("+ORPHAN_\n", origin="t.actors")


def test_petrarch_agents_parse_plurals() -> None:
    recs = parse_petrarch_agents(AGENTS, origin="t.agents")
    assert recs[0] == {"name": "widgeteer", "aliases": ["widgeteers"], "kind": "agent", "sector": "BUS"}
    assert recs[1]["sector"] == "GOV"


def _kb_with(tmp_path: Path, name: str, text: str) -> KnowledgeBase:
    kb = load_builtin()
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert load_user_dictionary(kb, path) >= 1
    return kb


def test_imported_actors_are_dated_people(tmp_path: Path) -> None:
    kb = _kb_with(tmp_path, "t.actors", ACTORS)
    person = next(e.person for e in kb.lookup("President Trump") if e.person is not None)
    assert person.source == "dictionary"
    assert person.actor_on(date(2018, 1, 1)).code == "USAGOV"
    assert person.actor_on(date(2023, 1, 1)).code == "USAELI"
    assert person.actor_on(date(2025, 6, 1)).code == "USAGOV"


def test_imported_agents_are_agent_words(tmp_path: Path) -> None:
    kb = _kb_with(tmp_path, "t.agents", AGENTS)
    assert [(e.kind, e.sector) for e in kb.lookup("widgeteers")] == [("agent", "BUS")]


def test_a_yaml_user_entry_wins_over_the_built_in_one(tmp_path: Path) -> None:
    builtin = [e for e in load_builtin().lookup("Gazprom")]
    assert builtin and builtin[0].sector == "BUS"
    kb = _kb_with(tmp_path, "mine.yaml", "- {name: Gazprom, country: RUS, sector: GOV}\n")
    entries = kb.lookup("Gazprom")
    assert entries[0].source == "dictionary" and entries[0].sector == "GOV"
    assert all(e.source != "kb" for e in entries)


def test_a_yaml_person_with_dates(tmp_path: Path) -> None:
    text = "- {name: Jane Example, aliases: [Example], country: FIN, sector: GOV, from: 2020-01-01, to: 2022-01-01}\n"
    kb = _kb_with(tmp_path, "people.yaml", text)
    person = next(e.person for e in kb.lookup("Example") if e.person is not None)
    assert person.actor_on(date(2021, 1, 1)).code == "FINGOV"
    assert person.actor_on(date(2023, 1, 1)).code == "FINELI"


def test_a_dictionary_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="list"):
        _kb_with(tmp_path, "bad.yaml", "name: x\n")
