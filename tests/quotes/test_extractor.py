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


def _full(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, bool, str | None]]:
    a = analyze(Article(id="t", text=text), pipeline)
    return [(q.quote, q.speaker.text if q.speaker else None, q.direct, q.verb) for q in a.quotes]


def test_continuation_keeps_the_speaker(pipeline: Pipeline) -> None:
    text = "“We will not be intimidated,” the Polish foreign minister, Radosław Sikorski, said on Monday. “Poland has never been safer.”"
    second = _full(pipeline, text)[1]
    assert second[0] == "Poland has never been safer." and second[1] is not None and "Sikorski" in second[1] and second[3] == "say"


def test_institutions_speak(pipeline: Pipeline) -> None:
    for text, who in [
        ("The health ministry said at least 40 people had died in the floods.", "ministry"),
        ("Officials in Manila said the vessel had been rammed twice.", "Officials in Manila"),
        ("The ministry's statement said the border would stay closed.", "ministry"),
    ]:
        ((_quote, speaker, direct, _),) = _full(pipeline, text)
        assert speaker is not None and who in speaker and not direct


def test_partial_quote_speaker_is_the_subject_of_the_speech_verb(pipeline: Pipeline) -> None:
    text = "Macron insisted that Europe had to “take its destiny into its own hands” and announced a summit."
    quotes = _full(pipeline, text)
    assert ("take its destiny into its own hands", "Macron", True, "insist") in quotes
    assert ("Europe had to “take its destiny into its own hands”", "Macron", False, "insist") in quotes


def test_pronoun_speaker_is_the_previous_speaker_not_a_name_in_the_clause(pipeline: Pipeline) -> None:
    text = "Ms Navalnaya told the conference that Western governments had misjudged Putin. “He will take whatever you give him,” she said."
    direct = [q for q in _full(pipeline, text) if q[2]]
    assert direct[0][1] is not None and "Navalnaya" in direct[0][1]


def test_names_labels_and_questions_are_not_statements(pipeline: Pipeline) -> None:
    assert _full(pipeline, "The protesters, who call themselves “Last Generation”, blocked the road.") == []
    assert _full(pipeline, "The minister has not said whether he will resign.") == []
    assert _full(pipeline, "Thousands marched with signs reading “You have blood on your hands”.") == []


def test_characterising_verb_and_block_quote(pipeline: Pipeline) -> None:
    assert _full(pipeline, "Mr Kagame dismissed the report as “nonsense”.")[0][1:] == ("Mr Kagame", True, "dismiss")
    (q,) = _full(pipeline, "Peace must be built from below, not imposed from above.\n– Abiy Ahmed")
    assert q[0] == "Peace must be built from below, not imposed from above." and q[1] == "Abiy Ahmed"


def test_reported_clause_leaves_out_the_writers_comment(pipeline: Pipeline) -> None:
    text = "The army claimed its forces had taken the village of Dachne, a claim that could not be verified."
    ((quote, speaker, _direct, verb),) = _full(pipeline, text)
    assert quote == "its forces had taken the village of Dachne" and speaker == "The army" and verb == "claim"


def test_the_speaker_of_a_direct_quote_is_outside_it(pipeline: Pipeline) -> None:
    # the parser makes "any agreements" (inside the quote) a subject of "said"
    text = (
        "In Kyiv, Volodymyr Zelensky insisted that Ukraine would not be bypassed. "
        "“We cannot accept, as an independent country, any agreements made without us,” he said on Thursday."
    )
    speakers = {q: s for q, s, _ in _quotes(pipeline, text)}
    assert speakers["We cannot accept, as an independent country, any agreements made without us"] == "Volodymyr Zelensky"
