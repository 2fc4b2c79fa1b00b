import pytest

from parley.errors import KnowledgeError
from parley.events.codebook import load_codebook


def test_codebook_complete() -> None:
    cb = load_codebook()
    assert len(cb.roots()) == 20
    assert len(cb.codes) >= 300
    for code, entry in cb.codes.items():
        assert -10 <= entry.goldstein <= 10
        if len(code) >= 3:
            assert code[:2] in cb.codes, f"{code} has no root"
        if len(code) == 4:
            assert code[:3] in cb.codes, f"{code} has no 3-digit parent"
        root = int(code[:2])
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert entry.quad_class == expected, code


def test_known_values() -> None:
    cb = load_codebook()
    assert cb.get("041").plover.type == "CONSULT"
    assert cb.get("041").goldstein == 1.0
    assert cb.get("112").plover.type == "ACCUSE"
    assert cb.get("190").quad_class == 4
    assert cb.get("0369").code == "036"  # unknown 4-digit code falls back to its parent


def test_plover_types() -> None:
    cb = load_codebook()
    assert len(cb.plover_types) == 16
    used = {c.plover.type for c in cb.codes.values() if c.plover.type}
    assert used <= set(cb.plover_types)


def test_unknown_code() -> None:
    with pytest.raises(KnowledgeError):
        load_codebook().get("99")
