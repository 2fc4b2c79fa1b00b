"""The seed acceptance test: what EXPECTED.md says Parley must find in the two seed reports."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.conftest import SEEDS, needs_seeds

pytestmark = needs_seeds

EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8")) if SEEDS.is_dir() else {"events": [], "quotes": []}
MUST_EVENTS = [1, 2, 3, 4, 10, 13]
MUST_QUOTES = ["Q2", "Q3", "Q4", "Q6", "Q8", "Q9"]


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", re.sub(r"[\"'\u2013\u2014-]", " ", text)).strip().lower()


def _keys(actor: dict[str, Any] | None) -> set[str]:
    if not actor:
        return set()
    code = str(actor.get("code") or "").upper()
    return {k for k in (str(actor.get("country") or "").upper(), code[:3], code) if k}


def _article(records: dict[str, dict[str, Any]], letter: str) -> dict[str, Any]:
    stem = EXPECTED["articles"][letter]
    return next(r for rid, r in records.items() if stem in rid)


def _event_found(events: list[dict[str, Any]], want: dict[str, Any]) -> bool:
    for e in events:
        src, tgt = _keys(e["source"]), _keys(e["target"])
        s, t = set(want["source"]), set(want["target"])
        dyad = (src & s and tgt & t) or (want["either_way"] and src & t and tgt & s)
        kind = e["cameo"][:2] in want["cameo"] or (e["plover"]["type"] or "") in want["plover"]
        said = any(_norm(k) in _norm(e["text"]) for k in want.get("text_any", [""]))
        if dyad and kind and said:
            return True
    return False


@pytest.mark.parametrize("n", MUST_EVENTS)
def test_required_event(seed_records: dict[str, dict[str, Any]], n: int) -> None:
    want = next(w for w in EXPECTED["events"] if w["n"] == n)
    for letter in want["in"]:
        assert _event_found(_article(seed_records, letter)["events"], want), f"event {n} ({want['what']}) missing in {letter}"


@pytest.mark.parametrize("n", MUST_QUOTES)
def test_required_quote(seed_records: dict[str, dict[str, Any]], n: str) -> None:
    want = next(w for w in EXPECTED["quotes"] if w["n"] == n)
    quotes = _article(seed_records, want["in"])["quotes"]
    ok = [
        q
        for q in quotes
        if _norm(q["quote"]).startswith(_norm(want["begins"]))
        and q["speaker"]
        and any(s in _norm(f"{q['speaker']['name']} {q['speaker']['text']}") for s in want["speaker"])
    ]
    assert ok, f"{n} {want['begins']!r} by {want['speaker']} not found"


def test_no_event_from_analysis_sentences(seed_records: dict[str, dict[str, Any]]) -> None:
    for bad in EXPECTED["no_event_sentences"]:
        events = _article(seed_records, bad["in"])["events"]
        hits = [e for e in events if _norm(bad["contains"]) in _norm(e["text"])]
        assert not hits, f"analysis-only sentence coded: {bad['contains']!r} -> {[h['cameo'] for h in hits]}"


def test_seed_events_are_dated(seed_records: dict[str, dict[str, Any]]) -> None:
    a = _article(seed_records, "A")
    hegseth = [e for e in a["events"] if "earlier on Wednesday" in e["text"]]
    assert hegseth and all(e["date"] == "2025-02-12" for e in hegseth)


def test_key_actors_resolve(seed_records: dict[str, dict[str, Any]]) -> None:
    codes: dict[str, set[str]] = {}
    for rec in seed_records.values():
        for e in rec["events"]:
            for side in ("source", "target"):
                if e[side]:
                    codes.setdefault(e[side]["name"], set()).add(e[side]["code"])
        for q in rec["quotes"]:
            if q["speaker"]:
                codes.setdefault(q["speaker"]["name"], set()).add(q["speaker"]["code"])
    flat = {name: c for name, cs in codes.items() for c in cs}
    assert any(c == "DEUGOV" for n, c in flat.items() if "Pistorius" in n)
    assert any(c == "USAGOV" for n, c in flat.items() if "Hegseth" in n)
    assert any(c == "LVAGOV" for n, c in flat.items() if "Bra" in n)


def test_faq_block_adds_no_events_but_keeps_quotes(seed_records: dict[str, dict[str, Any]]) -> None:
    a = _article(seed_records, "A")
    faq = (SEEDS / f"{EXPECTED['articles']['A']}.txt").read_text(encoding="utf-8").index("Frequently Asked Questions")
    assert a["events"] and all(e["span"][0] < faq for e in a["events"])
    assert any(q["span"][0] > faq for q in a["quotes"])  # the FAQ's rewording stays visible
