"""Word differences and similarity between wordings; statements from --out records."""

from __future__ import annotations

from parley.quotes.matching import diff_words, mark_differences, statements, word_similarity, wording_similarity

A = "Together with the U.S., we are charting our next steps to stop Russian aggression and ensure a lasting, reliable peace."
B = "Together with the U.S., we are determining our next steps to end Russian aggression and ensure a long-lasting and reliable peace."


def test_diff_marks_only_the_changed_words() -> None:
    diffs = diff_words(A, B)
    changed = [(d.a_words, d.b_words) for d in diffs]
    assert (("charting",), ("determining",)) in changed
    assert (("stop",), ("end",)) in changed
    assert any(d.op == "insert" and d.b_words == ("long",) for d in diffs)
    marked = mark_differences(B, [d.b_span for d in diffs])
    assert "[determining]" in marked and "[end]" in marked and "Together with the U.S." in marked


def test_case_marks_and_punctuation_are_not_differences() -> None:
    assert diff_words("“We will not back down,” he said", '"we will NOT back down" he said') == []
    assert word_similarity("Ukraine is not for sale.", "ukraine is not for sale") == 100.0


def test_trimmed_quote_is_close_and_different_statement_is_not() -> None:
    full = "No one wants peace more than Ukraine. Together with the U.S., we are charting our next steps."
    assert wording_similarity(full, "Together with the U.S., we are charting our next steps") >= 90
    assert word_similarity(full, "Tariffs are taxes on our own consumers") < 30


def test_statements_group_wordings_with_sources_and_filter_by_speaker() -> None:
    zel = {"name": "Volodymyr Zelensky", "text": "Zelensky", "code": "UKRGOV"}
    records = [
        {"id": "a", "outlet": "Kyiv Daily", "quotes": [{"quote": A, "span": [0, 10], "speaker": zel, "direct": True, "statement": "Q1"}]},
        {"id": "b", "outlet": "Wire", "quotes": [{"quote": B, "span": [5, 9], "speaker": zel, "direct": True, "statement": "Q1"}]},
        {"id": "b", "outlet": "Wire", "quotes": [{"quote": "We are ready.", "span": [20, 33], "speaker": None, "direct": True, "statement": None}]},
    ]
    (st,) = statements(records, speaker="zelenskÝ")
    assert st.speaker == "Volodymyr Zelensky" and st.outlets == ["Kyiv Daily", "Wire"]
    first, second = st.wordings
    assert first.similarity == 100.0 and first.differs == ()
    assert 70 <= second.similarity < 100 and any(B[s:e] == "determining" for s, e in second.differs)
    assert len(statements(records)) == 2
