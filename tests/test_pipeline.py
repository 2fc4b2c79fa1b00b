import pytest

from parley.errors import ConfigError
from parley.model import Article
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
