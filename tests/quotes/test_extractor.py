from parley.model import Article
from parley.pipeline import Pipeline, analyze


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, bool]]:
    a = analyze(Article(id="t", text=text), pipeline)
    return [(q.quote, q.speaker.actor.name if q.speaker else None, q.direct) for q in a.quotes]


def test_speaker_after_quote_and_pronoun(pipeline: Pipeline) -> None:
    text = "Kremlin spokesman Dmitry Peskov spoke on Monday. “The talks were useful,” he told reporters."
    assert ("The talks were useful", "Dmitry Peskov", True) in _quotes(pipeline, text)


def test_inverted_speech_verb(pipeline: Pipeline) -> None:
    text = "“We are ready to negotiate,” said Sergei Lavrov, the Russian foreign minister."
    (q,) = [q for q in _quotes(pipeline, text) if q[2]]
    assert q[1] == "Sergei Lavrov"


def test_scare_quotes_are_not_statements(pipeline: Pipeline) -> None:
    text = "The so-called “peace plan” was discussed by the ministers."
    assert _quotes(pipeline, text) == []


def test_dash_line_speaker(pipeline: Pipeline) -> None:
    text = "“Russia has to be forced to peace, and soon.”\n– Braže\nThe remark drew attention."
    (q,) = _quotes(pipeline, text)
    assert q[1] is not None and "Bra" in q[1]


def test_reported_speech_is_indirect(pipeline: Pipeline) -> None:
    text = "German Defense Minister Boris Pistorius warned that such concessions could undermine Ukraine's security."
    quotes = _quotes(pipeline, text)
    assert quotes == [("such concessions could undermine Ukraine's security", "Boris Pistorius", False)]


def test_unknown_speaker_says_so(pipeline: Pipeline) -> None:
    text = "“This will not stand for long.”\nThe market closed early."
    (q,) = _quotes(pipeline, text)
    assert q[1] is None
