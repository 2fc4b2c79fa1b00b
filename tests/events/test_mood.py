import pytest

from parley.events.mood import declared_intent, excluded, is_negated, modality_of
from parley.pipeline import Pipeline


def _verb(pipeline: Pipeline, text: str, lemma: str):  # type: ignore[no-untyped-def]
    return next(t for t in pipeline.nlp(text) if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("China will visit Russia.", "visit", "intended"),
        ("Europe must boost its aid.", "boost", "demanded"),
        ("Iran could close the strait.", "close", "hypothetical"),
        ("Germany criticized China.", "criticize", "asserted"),
    ],
)
def test_modality(pipeline: Pipeline, text: str, lemma: str, expected: str) -> None:
    assert modality_of(_verb(pipeline, text, lemma)) == expected


def test_negation_through_refusal(pipeline: Pipeline) -> None:
    assert is_negated(_verb(pipeline, "Hungary refused to meet the delegation.", "meet"))
    assert not is_negated(_verb(pipeline, "Hungary agreed to meet the delegation.", "meet"))


def test_declared_intent(pipeline: Pipeline) -> None:
    assert declared_intent(_verb(pipeline, "Erdogan said he was ready to host talks.", "host"))
    assert declared_intent(_verb(pipeline, "Beijing said it would lift the restrictions.", "lift"))
    assert not declared_intent(_verb(pipeline, "Beijing lifted the restrictions.", "lift"))


def test_habitual_clause_excluded(pipeline: Pipeline) -> None:
    assert excluded(_verb(pipeline, "It recalls how U.S. leaders have historically demanded commitments.", "demand"))


def test_not_ruling_out_is_not_a_negated_event(pipeline: Pipeline) -> None:
    # "did not rule out X" keeps X open (014); plain negation stays negation
    assert not is_negated(_verb(pipeline, "Berlin did not rule out sending tanks.", "rule"))
    assert is_negated(_verb(pipeline, "Berlin did not send tanks.", "send"))


def test_clause_describing_a_noun_is_background(pipeline: Pipeline) -> None:
    assert excluded(_verb(pipeline, "Japan lifted sanctions on banks it accuses of laundering money.", "accuse"))
    # a narrative "where" clause reports an event of its own (R8)
    assert not excluded(_verb(pipeline, "The envoy flew to Oslo, where he met the Norwegian king.", "meet"))
