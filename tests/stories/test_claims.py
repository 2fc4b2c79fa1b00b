from parley.stories.claims import contradictions, extract_claims, story_contradictions


def _kinds(a: str, b: str) -> set[str]:
    return {c.kind for c in contradictions(extract_claims("a", a), extract_claims("b", b))}


def test_durations_disagree() -> None:
    assert _kinds("The call lasted about 90 minutes.", "The call lasted nearly two hours.") == {"number"}
    assert _kinds("During a 90-minute call they agreed.", "An hour-and-a-half phone call ended.") == set()


def test_casualty_counts_disagree_with_passages() -> None:
    found = contradictions(extract_claims("a", "Drones hit the port, killing three workers."), extract_claims("b", "Officials said five people were killed."))
    assert len(found) == 1
    assert (found[0].a.text, found[0].b.text) == ("three workers", "five people")


def test_assertion_against_negation() -> None:
    assert _kinds("Four Filipino sailors were injured by glass.", "A spokesperson said no one was injured.") == {"negation"}


def test_dates_places_and_actors() -> None:
    assert _kinds("The ministers met in Almaty on Tuesday.", "The ministers held talks in Geneva on Tuesday.") == {"place"}
    assert _kinds("The exchange was mediated by Qatar.", "The swap was mediated by the United Arab Emirates.") == {"actor"}
    assert _kinds("Russia and Ukraine exchanged prisoners on Tuesday.", "The exchange, which took place on Monday, was the fifth.") == {"date"}


def test_copies_are_not_compared() -> None:
    claims = {"a": extract_claims("a", "killing three workers"), "b": extract_claims("b", "five people were killed")}
    assert story_contradictions(claims, {"a": "s", "b": "s"}) == []
