import json
from pathlib import Path

from parley.evaluate.train import train_events
from parley.events.rerank import load
from parley.pipeline import Pipeline

GOLD = [
    {
        "id": "1",
        "text": "Germany criticized China over its support for Russia.",
        "date": "2025-02-12",
        "events": [{"source": "DEUGOV", "target": "CHN", "cameo": "111"}],
    },
    {"id": "2", "text": "Japan praised South Korea for its decision.", "date": "2025-02-12", "events": [{"source": "JPN", "target": "KOR", "cameo": "051"}]},
    {"id": "3", "text": "Analysts said Russia attacked Ukraine.", "date": "2025-02-12", "events": [{"source": "RUS", "target": "UKR", "cameo": "190"}]},
    {
        "id": "4",
        "text": "France condemned the attack, and Italy praised the response.",
        "date": "2025-02-12",
        "events": [{"source": "ITA", "target": None, "cameo": "051"}],
    },
]


def test_train_saves_a_reranker_that_analyze_uses(pipeline: Pipeline, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in GOLD * 3), encoding="utf-8")
    out = tmp_path / "rr.joblib"
    result = train_events(pipeline, gold, out=out, folds=2)
    assert out.exists() and result.samples > 0 and 0 < result.positives < result.samples
    reranker = load(out)
    assert reranker is not None
    assert pipeline.reranker is None  # training does not switch the shared pipeline on
