"""Quotes into statements: the same speaker's words in several wordings across articles."""

from __future__ import annotations

import hashlib
from typing import Any

from rapidfuzz import fuzz

from parley.quotes.matching import wording_similarity
from parley.stories.text import normalize

STATEMENT_THRESHOLD = 72.0
# a recap block rewording the article's own quote is drift inside one source, looser match
RESTATED_THRESHOLD = 55.0


def group_statements(records: list[dict[str, Any]]) -> dict[tuple[str, int, int], str]:
    """Statement id per quote (article id, start, end): same speaker, close wording."""
    quotes = []
    for rec in records:
        for q in rec.get("quotes", []):
            spk = (q.get("speaker") or {}).get("name") or ""
            if spk and len(q["quote"].split()) >= 4:
                quotes.append((rec["id"], q))
    groups: list[list[tuple[str, dict[str, Any]]]] = []
    by_speaker: dict[str, list[int]] = {}
    for item in quotes:
        for gi in _speaker_groups(by_speaker, item[1]["speaker"], groups):
            g = groups[gi]
            if any(wording_similarity(o[1]["quote"], item[1]["quote"]) >= _threshold(o[0], item[0]) for o in g):
                g.append(item)
                break
        else:
            groups.append([item])
            by_speaker.setdefault(_surname(item[1]["speaker"]), []).append(len(groups) - 1)
    statement: dict[tuple[str, int, int], str] = {}
    for g in groups:
        aid, q = g[0]
        sid = "Q" + hashlib.sha1(f"{aid}:{q['span'][0]}".encode()).hexdigest()[:8]
        for a, qq in g:
            statement[(a, qq["span"][0], qq["span"][1])] = sid
    return statement


def _threshold(a: str, b: str) -> float:
    return RESTATED_THRESHOLD if a == b else STATEMENT_THRESHOLD


def _surname(speaker: dict[str, Any]) -> str:
    words = normalize(speaker.get("name") or "").split()
    return words[-1][:4] if words else ""


def _speaker_groups(by_speaker: dict[str, list[int]], speaker: dict[str, Any], groups: list[list[tuple[str, dict[str, Any]]]]) -> list[int]:
    # blocking on the first letters of the surname keeps grouping sub-quadratic
    return [gi for gi in by_speaker.get(_surname(speaker), []) if same_speaker(groups[gi][0][1]["speaker"], speaker)]


def same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same canonical name, or the same actor code and a surname spelled alike (Zelensky/Zelenskyy)."""
    if a.get("name") == b.get("name"):
        return True
    if (a.get("code") or "") != (b.get("code") or "") or not a.get("code"):
        return False
    sa, sb = normalize(a.get("name") or "").split()[-1:], normalize(b.get("name") or "").split()[-1:]
    return bool(sa and sb) and fuzz.ratio(sa[0], sb[0]) >= 80
