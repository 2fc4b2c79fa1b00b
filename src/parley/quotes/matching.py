"""Comparing wordings of one statement: which words differ, how close they are, and the
statements of a set of --out records with every wording and its source.

`diff_words(a, b)` aligns two wordings word by word (case, curly/straight marks and
punctuation do not count as differences) and returns the runs that differ, with character
spans into each wording; `mark_differences` renders them for people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz import fuzz

_WORD = re.compile(r"[\w\u00c0-\u017f]+(?:['\u2019.][\w\u00c0-\u017f]+)*")


@dataclass(frozen=True, slots=True)
class WordDiff:
    """One run of words that differs between wording `a` and wording `b`.

    `op` is "replace", "delete" (only in a) or "insert" (only in b); spans are [start, end)
    character offsets into a and b (empty where the run is absent)."""

    op: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    a_words: tuple[str, ...]
    b_words: tuple[str, ...]


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _key(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.replace("\u2019", "'")).encode("ascii", "ignore").decode()
    return folded.lower()


def diff_words(a: str, b: str) -> list[WordDiff]:
    """The runs of words that differ between two wordings, in order."""
    wa, wb = _words(a), _words(b)
    sm = SequenceMatcher(a=[_key(w) for w, _, _ in wa], b=[_key(w) for w, _, _ in wb], autojunk=False)
    out: list[WordDiff] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        a_span = (wa[i1][1], wa[i2 - 1][2]) if i2 > i1 else _gap(wa, i1, len(a))
        b_span = (wb[j1][1], wb[j2 - 1][2]) if j2 > j1 else _gap(wb, j1, len(b))
        out.append(WordDiff(op, a_span, b_span, tuple(w for w, _, _ in wa[i1:i2]), tuple(w for w, _, _ in wb[j1:j2])))
    return out


def _gap(words: list[tuple[str, int, int]], i: int, n: int) -> tuple[int, int]:
    pos = words[i][1] if i < len(words) else n
    return pos, pos


def mark_differences(text: str, spans: Iterable[tuple[int, int]], *, left: str = "[", right: str = "]") -> str:
    """`text` with each non-empty span wrapped in the markers."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if e <= s or s < pos:
            continue
        out += [text[pos:s], left, text[s:e], right]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def word_similarity(a: str, b: str) -> float:
    """0-100: the share of words two wordings have in common, in order."""
    ka, kb = [_key(w) for w, _, _ in _words(a)], [_key(w) for w, _, _ in _words(b)]
    if not ka and not kb:
        return 100.0
    return round(100.0 * SequenceMatcher(a=ka, b=kb, autojunk=False).ratio(), 1)


def wording_similarity(a: str, b: str) -> float:
    """0-100: how close two wordings of a statement are; a wording cut out of a longer one
    (a trimmed quote) counts as close. The one measure used to group and to show wordings."""
    na, nb = _plain(a), _plain(b)
    short, long_ = sorted((na, nb), key=len)
    partial = fuzz.partial_ratio(short, long_) if len(short) >= 25 else 0.0
    return max(fuzz.token_set_ratio(na, nb) * (0.9 if min(len(na), len(nb)) < 25 else 1.0), partial * 0.95, fuzz.ratio(na, nb))


def _plain(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


@dataclass(frozen=True, slots=True)
class Wording:
    """One wording of a statement as one article carries it."""

    text: str
    article_id: str
    outlet: str
    direct: bool
    similarity: float  # to the statement's first wording, 0-100
    differs: tuple[tuple[int, int], ...]  # spans of `text` that differ from the first wording


@dataclass(slots=True)
class Statement:
    """A statement with its speaker and every wording of it across articles."""

    id: str
    speaker: str | None
    wordings: list[Wording] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({w.outlet or w.article_id for w in self.wordings})


def statements(records: Iterable[dict[str, Any]], *, speaker: str | None = None) -> list[Statement]:
    """The statements in --out records (grouped by each quote's "statement" id; a quote
    without one is a statement of its own), optionally only those whose speaker matches."""
    found: dict[str, Statement] = {}
    for rec in records:
        for q in rec.get("quotes", []):
            spk = q.get("speaker") or {}
            if speaker is not None and not _speaker_matches(speaker, spk):
                continue
            sid = q.get("statement") or f"{rec.get('id')}:{q['span'][0]}"
            st = found.setdefault(sid, Statement(id=sid, speaker=spk.get("name") or None))
            if any(w.text == q["quote"] and w.article_id == rec.get("id") for w in st.wordings):
                continue
            st.wordings.append(_wording(st, q, rec))
    return list(found.values())


def _wording(st: Statement, q: dict[str, Any], rec: dict[str, Any]) -> Wording:
    text = q["quote"]
    first = st.wordings[0].text if st.wordings else None
    sim = 100.0 if first is None else wording_similarity(first, text)
    differs = () if first is None else tuple(d.b_span for d in diff_words(first, text) if d.b_span[1] > d.b_span[0])
    return Wording(
        text=text, article_id=str(rec.get("id")), outlet=str(rec.get("outlet") or ""), direct=bool(q.get("direct", True)), similarity=sim, differs=differs
    )


def _speaker_matches(wanted: str, spk: dict[str, Any]) -> bool:
    key = _key(wanted)
    return any(key in _key(str(spk.get(k) or "")) for k in ("name", "text", "code"))
