from parley.quotes.marks import quote_spans


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text)]


def test_curly_and_straight() -> None:
    assert _texts('He said “we will go,” and she said "no way".') == ["we will go", "no way"]


def test_multi_paragraph_quote_continues() -> None:
    text = "“First part of it.\n“Second paragraph ends here,” he said.\nNext."
    (q,) = _texts(text)
    assert q.startswith("First part") and q.endswith("ends here")


def test_unterminated_quote_ends_with_paragraph() -> None:
    text = "“Never closed\nA new paragraph."
    assert _texts(text) == ["Never closed"]


def test_apostrophes_are_not_quotes() -> None:
    assert _texts("Ukraine's leaders and the '90s") == []
