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
