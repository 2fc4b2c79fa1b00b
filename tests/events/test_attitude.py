"""Statements of the speaker's own pessimism (012) or optimism (013)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.model import Article, Event
from parley.pipeline import Pipeline, analyze

DAY = date(2025, 3, 1)


def _statements(pipeline: Pipeline, text: str) -> list[Event]:
    events = analyze(Article(id="t", text=text, published=DAY), pipeline).events
    return [e for e in events if e.cameo[:2] == "01"]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("The Norwegian foreign minister said she was hopeful about a settlement with Venezuela.", "013", "VEN"),
        ("Brazil's president said he was sceptical about the prospects of a deal in Geneva with Argentina.", "012", "ARG"),
        ("Indonesian officials said they were confident that talks with Malaysia would resume.", "013", "MYS"),
    ],
)
def test_said_adjective_is_the_comment(pipeline: Pipeline, text: str, code: str, target: str) -> None:
    found = _statements(pipeline, text)
    assert [e.cameo for e in found] == [code], [(e.cameo, e.rule) for e in found]
    assert found[0].target is not None and found[0].target.actor.country == target
    assert found[0].rule == f"speech.attitude.{code}"


def test_negated_or_other_subject_stays_a_statement(pipeline: Pipeline) -> None:
    # not the speaker's own attitude, and a denied attitude: plain statements
    for text in (
        "The Norwegian foreign minister said Venezuela was optimistic about the talks.",
        "The Norwegian foreign minister said she was not optimistic about the talks.",
    ):
        assert all(e.cameo == "010" for e in _statements(pipeline, text)), text
