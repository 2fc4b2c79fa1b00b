"""The light view answers what spaCy's tokens, sentences and slices answer."""

from __future__ import annotations

from typing import Any

import pytest

from parley.ingest.normalize import normalize
from parley.nlp.arrays import doc_arrays, sentence_bounds, sentence_of_tokens
from parley.nlp.lite import LiteDoc
from tests.nlp.test_arrays import TEXTS, _example_texts


def _view(nlp: Any, text: str) -> tuple[Any, LiteDoc]:
    doc = nlp(normalize(text).text)
    bounds = sentence_bounds(doc)
    return doc, LiteDoc(doc, doc_arrays(doc), bounds, sentence_of_tokens(bounds, len(doc)))


@pytest.mark.parametrize("text", TEXTS + _example_texts())
def test_lite_tokens_match_spacy(nlp: Any, text: str) -> None:
    doc, lite = _view(nlp, text)
    assert len(lite) == len(doc)
    for tok, lt in zip(doc, lite, strict=True):
        for attr in ("i", "idx", "text", "dep_", "pos_", "lemma_", "lower_", "ent_type_", "ent_iob_", "tag_", "is_punct", "is_space"):
            assert getattr(lt, attr) == getattr(tok, attr), (attr, tok.i, tok.text)
        assert lt.head.i == tok.head.i
        assert [c.i for c in lt.children] == [c.i for c in tok.children]
        assert [c.i for c in lt.lefts] == [c.i for c in tok.lefts]
        assert [c.i for c in lt.rights] == [c.i for c in tok.rights]
        assert [t.i for t in lt.subtree] == [t.i for t in tok.subtree]
        assert (lt.left_edge.i, lt.right_edge.i) == (tok.left_edge.i, tok.right_edge.i)
        assert (lt.sent.start, lt.sent.end, lt.sent.start_char, lt.sent.end_char) == (tok.sent.start, tok.sent.end, tok.sent.start_char, tok.sent.end_char)
        assert len(lt) == len(tok)
    assert [(s.start, s.end, s.text) for s in lite.sents] == [(s.start, s.end, s.text) for s in doc.sents]


def test_one_object_per_token_so_identity_works(nlp: Any) -> None:
    doc, lite = _view(nlp, "Russia and China signed a deal in Beijing on Monday. It was praised.")
    root = lite.sentence(0).root
    assert root is lite[root.i] and root.head is root  # a root is its own head, as in spaCy
    assert root.i == doc[0:11].root.i
    for c in root.children:
        assert c.head is root
    assert set(root.subtree) == {lite[i] for i in range(root.left_edge.i, root.right_edge.i + 1)}
    assert lite[-1] is lite[len(lite) - 1]


def test_slices_and_sentences(nlp: Any) -> None:
    doc, lite = _view(nlp, "Talks were held in Jeddah. Both sides spoke.")
    span = lite[1:4]
    assert [t.text for t in span] == [t.text for t in doc[1:4]]
    assert span.text == doc[1:4].text and len(span) == 3
    assert [t.i for t in reversed(lite.sentence(1))] == [t.i for t in reversed(list(doc.sents)[1])]
    assert lite.sentence(1)[0].text == "Both" and lite.sentence(1)[-1].text == "."
    assert len(lite[3:3]) == 0
    with pytest.raises(IndexError):
        lite[len(doc)]
    with pytest.raises(IndexError):
        lite.sentence(0)[99]
