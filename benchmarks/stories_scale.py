"""Scaling of incremental story clustering (StoryIndex) on generated articles.

    .venv/bin/python benchmarks/stories_scale.py [--sizes 1000 3000 10000 30000 100000] [--seed 7]

Articles are generated from templates with random actors, places, dates and numbers, a few
(3-8) per story, stories spread over a date range that grows with the corpus (a news stream
of steady density). Prints the running time per size, the B-cubed F1 on the generated
stories, the fitted growth exponent (least-squares slope of log time against log n; 1.0 is
linear) and, as the bar to hold, the B-cubed F1 on the project's own set.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import time
from datetime import date, timedelta

from parley.evaluate.stories import bcubed, evaluate_stories
from parley.stories.index import StoryIndex

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "zu",
    "ten",
    "vor",
    "dal",
    "sen",
    "mir",
    "tas",
    "gol",
    "fen",
    "bar",
    "kul",
    "ris",
    "dan",
    "vel",
    "nor",
    "pek",
    "sal",
    "tum",
    "har",
    "zin",
]
TEMPLATES = [
    "{a} and {b} held talks in {p} on {d} about {topic}, officials said. The meeting lasted {n} hours and ended with a statement on {topic}.",
    "Officials from {b} met their counterparts from {a} in {p} to discuss {topic}. {a} said {n} proposals on {topic} were on the table.",
    "{a} accused {b} of breaking the agreement on {topic} near {p}. At least {n} people were reported hurt in {p}, according to local officials.",
    "Talks between {a} and {b} over {topic} continued in {p}, where negotiators said {n} points remained open.",
    "Analysts in {p} said the dispute between {a} and {b} over {topic} could take months to settle, with {n} rounds of talks planned.",
]
TOPICS = [
    "grain exports",
    "water rights",
    "border demarcation",
    "fishing quotas",
    "gas transit",
    "prisoner exchange",
    "rail corridor",
    "tariff schedule",
    "port access",
    "power grid",
]


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def filler(rng: random.Random) -> str:
    """A sentence of background words, as every report has (its own, not the story's)."""
    return " ".join(name(rng, 4).lower() for _ in range(rng.randint(8, 14))).capitalize() + "."


def generate(n: int, rng: random.Random) -> tuple[list[tuple[str, str, date]], dict[str, str]]:
    """`n` articles in stories of 3-8, with their gold story labels."""
    items: list[tuple[str, str, date]] = []
    gold: dict[str, str] = {}
    days = max(30, n // 40)
    start = date(2024, 1, 1)
    s = 0
    while len(items) < n:
        s += 1
        a, b, p = name(rng, 3), name(rng, 3), name(rng, 3)
        topic = f"{rng.choice(TOPICS)} {name(rng, 2).lower()}"
        day = start + timedelta(days=rng.randrange(days))
        for k in range(rng.randint(3, 8)):
            if len(items) >= n:
                break
            picked = rng.sample(TEMPLATES, 2)
            text = " ".join(t.format(a=a, b=b, p=p, topic=topic, n=rng.randint(2, 40), d=day.strftime("%A")) for t in picked)
            text += " " + " ".join(filler(rng) for _ in range(2))
            aid = f"g{s}-{k}"
            items.append((aid, f"{name(rng, 2)} {name(rng, 2)} report\n{text}", day + timedelta(days=rng.randint(0, 1))))
            gold[aid] = f"S{s}"
    items.sort(key=lambda x: (x[2], x[0]))
    return items, gold


def slope(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000, 30000, 100000])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    logs_n, logs_t = [], []
    print(f"{'articles':>9} {'seconds':>9} {'µs/article':>11} {'B-cubed F1':>11}")
    for n in args.sizes:
        items, gold = generate(n, random.Random(args.seed))
        index = StoryIndex()
        # the generated input is not part of the index: keep the collector from rescanning it
        gc.collect()
        gc.freeze()
        t0 = time.perf_counter()
        for aid, text, d in items:
            index.add(aid, text, d)
        dt = time.perf_counter() - t0
        p, r = bcubed(index.story_of, gold)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{n:>9} {dt:>9.2f} {dt / n * 1e6:>11.1f} {f:>11.3f}")
        gc.unfreeze()
        logs_n.append(math.log(n))
        logs_t.append(math.log(dt))
    if len(logs_n) > 1:
        print(f"growth exponent (slope of log time vs log n): {slope(logs_n, logs_t):.2f}  (bar: <= 1.2)")
    s = evaluate_stories()
    print(f"project set: B-cubed F1={s.bcubed_f1:.3f} (bar: >= 0.95), pairwise F1={s.pair_f1:.3f}")


if __name__ == "__main__":
    main()
