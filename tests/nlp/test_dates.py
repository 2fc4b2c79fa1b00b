from datetime import date

import pytest

from parley.nlp.dates import resolve_date

WED = date(2025, 2, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("earlier on Wednesday", WED),
        ("Wednesday", WED),
        ("on Tuesday", date(2025, 2, 11)),
        ("next Monday", date(2025, 2, 17)),
        ("next Wednesday", date(2025, 2, 19)),
        ("yesterday", date(2025, 2, 11)),
        ("February 12,2025", WED),
        ("12 February 2025", WED),
        ("Feb. 3", date(2025, 2, 3)),
        ("2025", None),
        ("the near future", None),
        ("90-minute", None),
    ],
)
def test_resolve(text: str, expected: date | None) -> None:
    assert resolve_date(text, WED) == expected


def test_relative_without_base_is_unknown() -> None:
    assert resolve_date("on Wednesday", None) is None


def test_weekday_in_a_sentence_about_the_future() -> None:
    assert resolve_date("on Friday", WED, future=True) == date(2025, 2, 14)
    assert resolve_date("on Friday", WED) == date(2025, 2, 7)
    assert resolve_date("on Wednesday", WED, future=True) == WED
