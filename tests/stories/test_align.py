from parley.stories.align import align_events, align_statements


def _ev(cameo: str, src: str, tgt: str | None, start: int, negated: bool = False) -> dict:  # type: ignore[type-arg]
    return {
        "cameo": cameo,
        "span": [start, start + 5],
        "trigger": "met",
        "text": "sentence",
        "date": "2025-02-12",
        "negated": negated,
        "source": {"code": src},
        "target": {"code": tgt} if tgt else None,
    }


def test_events_from_two_sources_are_corroborated() -> None:
    recs = [{"id": "A", "events": [_ev("040", "USAGOV", "RUSGOV", 0)]}, {"id": "B", "events": [_ev("036", "RUSGOV", "USAGOV", 0)]}]
    facts = align_events("S", recs, {"A": "a", "B": "b"}, {})
    assert [f.status for f in facts] == ["corroborated"]


def test_copies_count_as_one_source_and_recap_is_not_a_source() -> None:
    recs = [
        {"id": "A", "events": [_ev("040", "USAGOV", "RUSGOV", 0), _ev("040", "USAGOV", "RUSGOV", 500)]},
        {"id": "C", "events": [_ev("040", "USAGOV", "RUSGOV", 0)]},
    ]
    facts = align_events("S", recs, {"A": "a", "C": "a"}, {"A": 400})
    assert len(facts) == 1 and facts[0].status == "single-source"
    assert len(facts[0].articles) == 2 and [m.restated for m in facts[0].mentions] == [False, True, False]


def test_negated_mention_contradicts() -> None:
    from parley.stories.align import attach_contradictions

    recs = [{"id": "A", "events": [_ev("040", "USAGOV", "RUSGOV", 0)]}, {"id": "B", "events": [_ev("040", "USAGOV", "RUSGOV", 0, negated=True)]}]
    facts = align_events("S", recs, {"A": "a", "B": "b"}, {})
    attach_contradictions(facts, [])
    assert facts[0].status == "contradicted"


def test_statements_keep_their_wordings() -> None:
    q = {"quote": "words", "span": [1, 6], "speaker": {"name": "X"}, "direct": True}
    recs = [{"id": "A", "quotes": [q]}, {"id": "B", "quotes": [q]}]
    facts = align_statements("S", recs, {("A", 1, 6): "Q1", ("B", 1, 6): "Q1"}, {"A": "a", "B": "b"}, {})
    assert facts[0].status == "corroborated" and len(facts[0].mentions) == 2
