from parley.quotes.marks import balance, quote_spans


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


def test_block_quote_above_a_dash_line() -> None:
    text = "Intro line.\nWe must not allow this war to become a frozen conflict.\n– Macron\nMore text."
    (span,) = quote_spans(text)
    assert text[span[0] : span[1]] == "We must not allow this war to become a frozen conflict."


def test_faq_bullets_are_not_block_quotes() -> None:
    assert quote_spans("- What was agreed?\n- Both sides agreed to meet.\n") == []


def test_balance_keeps_the_closing_mark() -> None:
    text = "said the situation remained “extremely fragile”."
    a = text.index("the")
    b = text.index("fragile") + len("fragile")
    assert text[slice(*balance(text, a, b))] == "the situation remained “extremely fragile”"
