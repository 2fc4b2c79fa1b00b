from datetime import date

import pytest

from parley.errors import ConfigError
from parley.model import Article
from parley.nlp.dates import resolve_date
from parley.pipeline import STAGES, Pipeline, Stage, analyze, check_stages, content_hash


def test_stages_are_in_dependency_order() -> None:
    check_stages(STAGES)
    with pytest.raises(ConfigError):
        check_stages([Stage("events", ("doc",), ("events",))])


def test_content_hash_depends_on_text_and_metadata() -> None:
    a = Article(id="a", text="Text.", outlet="Wire")
    assert content_hash(a) == content_hash(Article(id="b", text="Text.", outlet="Wire"))
    assert content_hash(a) != content_hash(Article(id="a", text="Text!", outlet="Wire"))
    assert content_hash(a) != content_hash(Article(id="a", text="Text.", outlet="Other"))


def test_offsets_point_into_the_original(pipeline: Pipeline) -> None:
    text = "Talks\nFebruary 12,2025\nGermany criticized China,saying the deal was unfair.\n"
    result = analyze(Article(id="x", text=text), pipeline)
    for s in result.sentences:
        assert text[s.start : s.end] == s.text
    for e in result.events:
        assert text[e.start : e.end] == e.trigger
        for m in (e.source, e.target):
            if m is not None:
                assert text[m.start : m.end] == m.text


def test_date_sentences_and_tense_read_from_the_arrays(pipeline: Pipeline) -> None:
    """The dates stage finds a date's sentence and whether it speaks of the future from the
    shared arrays, as the Span-based reading (Span.sent, Token.lemma_) would."""
    from parley.ingest.normalize import normalize
    from parley.pipeline import _FUTURE_WORDS, _dates

    text = (
        "The ministers met in Rome on Monday. They will meet again on Friday, officials said.\nA summit is scheduled for March 3, 2025. Talks ended on Tuesday."
    )
    norm = normalize(text)
    doc = pipeline.nlp(norm.text)
    found, _ = _dates(doc, norm, date(2025, 2, 12))
    sents = list(doc.sents)
    expected = []
    for e in doc.ents:
        if e.label_ != "DATE":
            continue
        future = any(t.lower_ in _FUTURE_WORDS or t.lemma_.lower() in _FUTURE_WORDS for t in e.sent)
        value = resolve_date(e.text, date(2025, 2, 12), future=future)
        if value is not None:
            expected.append((e.text, next(k for k, s in enumerate(sents) if s.start == e.sent.start), value))
    assert [(d.text, d.sentence, d.value) for d in found] == expected
    assert any(d.value == date(2025, 2, 14) for d in found)  # "will meet again on Friday": the next Friday


def test_a_failing_article_does_not_stop_its_batch(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stages run across a batch; an article whose stage raises gets the exception as
    its result, skips the later stages, and every other article is analysed as alone."""
    from parley.model import Article
    from parley.pipeline import analyze, analyze_batch

    texts = ["Russia and China signed a trade deal on Monday.", "BOOM Iran condemned the strike.", "Germany urged Israel to allow aid into Gaza."]
    articles = [Article(id=f"a{k}", text=t) for k, t in enumerate(texts)]
    alone = {a.id: analyze(a, pipeline) for a in articles}
    real = pipeline.resolver.resolve

    def failing(doc, norm, **kw):  # type: ignore[no-untyped-def]
        if norm.text.startswith("BOOM"):
            raise RuntimeError("actor stage broke")
        return real(doc, norm, **kw)

    monkeypatch.setattr(pipeline.resolver, "resolve", failing)
    out = dict((a.id, r) for a, r in analyze_batch(articles, pipeline))
    assert list(out) == ["a0", "a1", "a2"]
    assert isinstance(out["a1"], RuntimeError)
    for k in ("a0", "a2"):
        got = out[k]
        assert not isinstance(got, Exception)
        assert [(e.cameo, e.source and e.source.actor.code, e.target and e.target.actor.code) for e in got.events] == [
            (e.cameo, e.source and e.source.actor.code, e.target and e.target.actor.code) for e in alone[k].events
        ]
        assert got.events, k
