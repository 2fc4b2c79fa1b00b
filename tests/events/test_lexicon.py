from pathlib import Path

import pytest

from parley.errors import KnowledgeError
from parley.events.codebook import load_codebook
from parley.events.lexicon import load_lexicon, parse_patterns


def test_lexicon_covers_every_root() -> None:
    lex = load_lexicon(known_codes=set(load_codebook().codes))
    assert len(lex) >= 1000
    roots = {p.code[:2] for p in lex.patterns()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_user_patterns_are_added_and_checked(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text('"042":\n  - {verb: jet, prep: [to]}\n', encoding="utf-8")
    lex = load_lexicon([user], known_codes=set(load_codebook().codes))
    assert any(p.code == "042" for p in lex.by_verb["jet"])


def test_bad_pattern_rejected() -> None:
    with pytest.raises(KnowledgeError):
        parse_patterns({"042": [{"verb": "go", "noun": "trip"}]}, origin="x.yaml")
    with pytest.raises(KnowledgeError):
        parse_patterns({"042": [{"verb": "go", "colour": "red"}]}, origin="x.yaml")


def test_unknown_code_rejected(tmp_path: Path) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text('"999":\n  - {verb: zap}\n', encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_lexicon([user], known_codes=set(load_codebook().codes))
