from parley.stories.text import mark_differences, sentences, stem, terms


def test_terms_drop_stop_words_and_possessives() -> None:
    assert terms("The Kremlin's readout said the talks") == ["kremlin", "readout", "talks"]


def test_stem_folds_synonyms() -> None:
    assert stem("wounded") == stem("injured") == "injur"
    assert stem("released") == "releas"


def test_sentences_keep_offsets() -> None:
    text = "One sentence. Another one!"
    assert [text[a:b] for a, b, _ in sentences(text)] == ["One sentence.", "Another one!"]


def test_mark_differences_marks_changed_words() -> None:
    a, b = mark_differences("we are charting our next steps", "we are determining our next steps")
    assert [w for w, d in a if d] == ["charting"]
    assert [w for w, d in b if d] == ["determining"]
