from parley.evaluate.events import EventScores, confusion_table, score_item
from parley.model import Actor, Event, Mention, Plover


def _ev(src: str, tgt: str | None, code: str) -> Event:
    def m(code: str) -> Mention:
        return Mention(text=code, start=0, end=1, sentence=0, actor=Actor(name=code, code=code, country=code[:3]), rule="t")

    return Event(
        article_id="a", sentence=0, start=0, end=1, text="x", source=m(src), target=m(tgt) if tgt else None,
        cameo=code, goldstein=0.0, quad_class=1, plover=Plover(None), rule="t", confidence=0.5,
    )  # fmt: skip


def test_strict_lenient_and_confusion() -> None:
    s = EventScores()
    gold = [{"source": "USAGOV", "target": "RUSGOV", "cameo": "041"}, {"source": "UKRGOV", "target": "RUS", "cameo": "112"}]
    pred = [_ev("USAGOV", "RUSGOV", "041"), _ev("UKR", "RUSGOV", "111"), _ev("FRA", None, "190")]
    score_item(s, gold, pred, "x")
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 2, 1)
    assert (s.lenient.tp, s.lenient.fp, s.lenient.fn) == (2, 1, 0)  # 112 and 111 share root 11
    assert s.by_root["19"].fp == 1
    assert s.confusion[("none", "19")] == 1
    assert confusion_table(s)[0][0] == "gold\\pred"


def test_empty_gold_and_prediction() -> None:
    s = EventScores()
    score_item(s, [], [], "x")
    assert s.strict.f1 == 0.0 and not s.errors
