"""The per-token arrays say exactly what the Token objects say."""

from __future__ import annotations

from typing import Any

import pytest

from parley.ingest.normalize import normalize
from parley.nlp.arrays import doc_arrays
from tests.conftest import EXAMPLES

TEXTS = [
    "",
    "Peace.",
    "President Trump and Russian President Putin spoke by phone, the Kremlin said on Wednesday.",
    "“We will not accept this,” Braže said.\n– Braže\n\nAccording to officials, the talks, according to Reuters, ended. ACCORDING TO ME.",
]


def _example_texts() -> list[str]:
    import json

    lines = (EXAMPLES / "feb2025.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("text", TEXTS + _example_texts())
def test_arrays_match_the_tokens(nlp: Any, text: str) -> None:
    doc = nlp(normalize(text).text)
    arrays = doc_arrays(doc)
    assert len(arrays) == len(doc)
    for tok in doc:
        assert arrays.pos[tok.i] == tok.pos_
        assert arrays.dep[tok.i] == tok.dep_
        assert arrays.head[tok.i] == tok.head.i
        assert arrays.kids[tok.i] == [c.i for c in tok.children]
        assert sorted(arrays.subtree(tok.i)) == sorted(t.i for t in tok.subtree)  # the same set
        assert (arrays.lemma_ids[tok.i], arrays.lower_ids[tok.i]) == (tok.lemma, tok.lower)
        assert (arrays.ent[tok.i], arrays.iob[tok.i]) == (tok.ent_type_, tok.ent_iob)
        assert (arrays.idx[tok.i], arrays.length[tok.i]) == (tok.idx, len(tok))
        assert (arrays.lemmas[tok.i], arrays.lowers[tok.i]) == (tok.lemma, tok.lower)
    for word in ("according", "to", "the", "zzzq"):
        assert arrays.where_lower(word) == [t.i for t in doc if t.lower_ == word]


@pytest.mark.parametrize("text", TEXTS + _example_texts())
def test_sentence_bounds_match_doc_sents(nlp: Any, text: str) -> None:
    from parley.nlp.arrays import sentence_bounds, sentence_of_tokens

    doc = nlp(normalize(text).text)
    bounds = sentence_bounds(doc)
    assert bounds == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    sents = list(doc.sents)
    assert sentence_of_tokens(bounds, len(doc)) == [next(k for k, s in enumerate(sents) if s.start <= t.i < s.end) for t in doc]


@pytest.mark.parametrize("text", [*TEXTS, "On Monday and on 12 February 2025 they met; in the 1990s, and next week."])
def test_date_entities_match_doc_ents(nlp: Any, text: str) -> None:
    from parley.pipeline import _date_entities

    doc = nlp(normalize(text).text)
    want = [(e.start, e.end, e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "DATE"]
    assert [(e.start, e.end, e.start_char, e.end_char, e.text) for e in _date_entities(doc_arrays(doc), doc.text)] == want
