"""A re-ranker learned from users' gold labels: keeps or drops the coder's candidate events.

`parley train events GOLD.jsonl` runs the coder over the gold sentences, labels each
candidate event correct when it matches a gold event (countries + root code), and fits a
logistic regression on features of the event, its pattern, its actors and the sentence.
`analyze` then drops candidates the model scores below the threshold. The model is saved
with joblib to the path of the `reranker` setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley.errors import ConfigError
from parley.model import Event

THRESHOLD = 0.35


def features(e: Event) -> dict[str, Any]:
    """Features of one candidate event: its rule, code, actors, modality and words."""
    f: dict[str, Any] = {
        "rule=" + e.rule.split(":")[0]: 1,
        "pattern=" + e.rule: 1,
        "root=" + e.cameo[:2]: 1,
        "code=" + e.cameo: 1,
        "trigger=" + e.trigger.lower(): 1,
        "modality=" + e.modality: 1,
        "negated": int(e.negated),
        "has_target": int(e.target is not None),
        "confidence": e.confidence,
        "source_rule=" + (e.source.rule.split(".")[0] if e.source else "none"): 1,
        "target_rule=" + (e.target.rule.split(".")[0] if e.target else "none"): 1,
        "source_kind=" + (e.source.actor.kind if e.source else "none"): 1,
        "target_kind=" + (e.target.actor.kind if e.target else "none"): 1,
        "question": int(e.text.rstrip().endswith("?")),
    }
    for w in e.text.lower().split()[:60]:
        f["w=" + w.strip(".,;:“”\"'")] = 1
    return f


@dataclass(slots=True)
class Reranker:
    """A fitted vectoriser + classifier."""

    vectorizer: Any
    model: Any
    threshold: float = THRESHOLD

    def keep(self, events: list[Event]) -> list[Event]:
        if not events:
            return events
        probs = self.model.predict_proba(self.vectorizer.transform([features(e) for e in events]))[:, 1]
        return [e for e, p in zip(events, probs, strict=True) if p >= self.threshold]

    def save(self, path: Path) -> None:
        import joblib

        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump({"vectorizer": self.vectorizer, "model": self.model, "threshold": self.threshold}, path)


def fit(samples: list[tuple[Event, bool]]) -> Reranker:
    """Fit a re-ranker on (candidate event, is correct) pairs."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len({ok for _, ok in samples}) < 2:
        raise ConfigError("training needs both correct and wrong candidate events; add more gold sentences")
    vec = DictVectorizer()
    x = vec.fit_transform([features(e) for e, _ in samples])
    model = LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")
    model.fit(x, [ok for _, ok in samples])
    return Reranker(vec, model)


def load(path: Path) -> Reranker | None:
    """The saved re-ranker, or None when there is none at `path`."""
    if not path.exists():
        return None
    import joblib

    try:
        data = joblib.load(path)
        return Reranker(data["vectorizer"], data["model"], float(data.get("threshold", THRESHOLD)))
    except Exception as e:  # a corrupt or foreign file: say which and what to do
        raise ConfigError(f"{path}: not a Parley event re-ranker ({e}); delete it or retrain with `parley train events`") from e
