"""Protests take the sub-code of the aim their purpose clause states (CAMEO 14x1-14x4)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.model import Article
from parley.pipeline import Pipeline, analyze

DAY = date(2025, 3, 1)


def _protests(pipeline: Pipeline, text: str) -> list[str]:
    events = analyze(Article(id="t", text=text, published=DAY), pipeline).events
    return [e.cameo for e in events if e.cameo[:2] == "14"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands of Slovaks marched in Bratislava to demand the resignation of the prime minister.", "1411"),
        ("Hungarian teachers rallied outside parliament in Budapest demanding the impeachment of the president.", "1411"),
        ("Thousands of Slovaks marched in Bratislava on Friday.", "141"),
    ],
)
def test_protest_aim(pipeline: Pipeline, text: str, code: str) -> None:
    assert _protests(pipeline, text) == [code]
