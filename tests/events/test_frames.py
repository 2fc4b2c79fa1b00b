from parley.events.frames import np_actors
from parley.ingest.normalize import normalize
from parley.pipeline import Pipeline


def _actors_of(pipeline: Pipeline, text: str, word: str) -> list[str]:
    norm = normalize(text)
    doc = pipeline.nlp(norm.text)
    actors = pipeline.resolver.resolve(doc, norm, on=None)
    tok = next(t for t in doc if t.text == word)
    return [m.actor.country or m.actor.code for m in np_actors(tok, actors)]


def test_possessor_of_object(pipeline: Pipeline) -> None:
    assert _actors_of(pipeline, "France condemned Russia's strike on a hospital.", "strike") == ["RUS"]


def test_prepositional_object(pipeline: Pipeline) -> None:
    assert _actors_of(pipeline, "Washington raised tariffs on imports from Mexico.", "imports") == ["MEX"]


def test_no_actor(pipeline: Pipeline) -> None:
    assert _actors_of(pipeline, "The market closed early.", "market") == []
