from parley.stories.statements import group_statements, same_speaker, wording_similarity

Z = {"name": "Volodymyr Zelensky", "code": "UKRGOV"}


def _rec(aid: str, quote: str, start: int = 0, speaker: dict | None = None) -> dict:  # type: ignore[type-arg]
    return {"id": aid, "quotes": [{"quote": quote, "span": [start, start + len(quote)], "speaker": speaker or Z}]}


def test_two_wordings_are_one_statement() -> None:
    a = _rec("A", "Together with the U.S., we are charting our next steps to stop Russian aggression")
    b = _rec("B", "Together with the U.S., we are determining our next steps to end Russian aggression")
    got = group_statements([a, b])
    assert len(set(got.values())) == 1


def test_different_speakers_stay_apart() -> None:
    a = _rec("A", "We will not accept any deal made without us at all")
    b = _rec("B", "We will not accept any deal made without us at all", speaker={"name": "Pete Hegseth", "code": "USAGOV"})
    assert len(set(group_statements([a, b]).values())) == 2


def test_speaker_spelling_variants() -> None:
    assert same_speaker(Z, {"name": "Volodymyr Zelenskyy", "code": "UKRGOV"})
    assert wording_similarity("real security guarantees", "real security guarantees now") > 72
