"""Throughput of Parley's analyze path against spaCy's own nlp.pipe on the same texts.

    .venv/bin/python benchmarks/throughput.py [--words 60000] [--model en_core_web_md]

Prints words/second of (1) spaCy alone, (2) Parley's per-article analysis (nlp + actors +
quotes + events), (3) the whole `analyze` command path (reading files, analysis, store
writes, cross-article linking), the ratios to spaCy alone, and peak memory (max RSS).
All three are measured in the same run on the same texts. (1) and (2) are interleaved
batch by batch (see main), summed over `--repeat` rounds, and also timed in CPU seconds
of this process; the overhead of each round is printed too, so that its spread shows.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def corpus(words: int) -> list[dict[str, str]]:
    """Articles from the example corpus and the seeds, repeated until `words` words."""
    base = [json.loads(line) for line in (ROOT / "examples" / "corpus" / "feb2025.jsonl").read_text().splitlines() if line.strip()]
    base += [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    out: list[dict[str, str]] = []
    total, i = 0, 0
    while total < words:
        rec = dict(base[i % len(base)])
        rec["id"] = f"{rec['id']}-{i}"
        # vary the text a little so content hashes differ and nothing is skipped
        rec["text"] = rec["text"] + f"\nReport number {i}."
        out.append(rec)
        total += len(rec["text"].split())
        i += 1
    return out


def stage_times(pipeline: object, texts: list[str]) -> dict[str, float]:
    """Seconds each Parley stage adds on top of the parse, over already-parsed texts."""
    from parley.ingest.normalize import normalize
    from parley.nlp.arrays import doc_arrays, sentence_bounds
    from parley.pipeline import _dates
    from parley.quotes.extractor import extract_quotes
    from parley.quotes.marks import quote_spans

    p = pipeline
    norms = [normalize(t) for t in texts]
    docs = p.nlp.pipe([n.text for n in norms])  # type: ignore[attr-defined]
    times = dict.fromkeys(("arrays", "dates", "actors", "quotes", "events"), 0.0)
    for norm, doc in zip(norms, docs, strict=True):
        t0 = time.perf_counter()
        arrays, sents = doc_arrays(doc), sentence_bounds(doc)  # read once, shared by the stages
        t1 = time.perf_counter()
        _, base = _dates(doc, norm, None, arrays=arrays, sents=sents)
        t2 = time.perf_counter()
        spans = quote_spans(norm.text)
        actors = p.resolver.resolve(doc, norm, on=base, quote_ranges=spans, arrays=arrays, sents=sents)  # type: ignore[attr-defined]
        t3 = time.perf_counter()
        extract_quotes(actors.view(), actors, spans, article_id="b")  # type: ignore[arg-type]
        t4 = time.perf_counter()
        p.coder.code(doc, actors, article_id="b", sentence_dates={}, base=base)  # type: ignore[attr-defined]
        t5 = time.perf_counter()
        for k, a, b in (("arrays", t0, t1), ("dates", t1, t2), ("actors", t2, t3), ("quotes", t3, t4), ("events", t4, t5)):
            times[k] += b - a
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--model", default="en_core_web_md")
    ap.add_argument("--repeat", type=int, default=3, help="rounds over the corpus; each round interleaves spaCy alone and Parley batch by batch")
    ap.add_argument("--batch", type=int, default=16, help="articles per interleaved pair")
    args = ap.parse_args()

    from parley.config import Settings
    from parley.core import Parley
    from parley.model import Article
    from parley.pipeline import Pipeline, analyze_batch

    settings = Settings(model=args.model)
    pipeline = Pipeline(settings)
    recs = corpus(args.words)
    n_words = sum(len(r["text"].split()) for r in recs)
    texts = [r["text"] for r in recs]
    list(pipeline.nlp.pipe(texts[:4]))  # warm up

    articles = [Article(id=r["id"], text=r["text"]) for r in recs]
    list(analyze_batch(articles[:4], pipeline))  # warm up the stages' caches too

    # Interleaved batch by batch: each batch of articles is parsed by spaCy alone and
    # analysed by Parley (which parses it again) one right after the other, in alternating
    # order. This machine's speed drifts by tens of percent from one minute to the next (a
    # virtual machine), so whole separate runs compare different machines; a pair measured
    # back to back (about a second) sees one. The headline is the median of the pairs'
    # overheads, which a drift in the middle of a pair cannot move; the sums are printed too.
    step = args.batch
    spacy_s = analysis_s = spacy_cpu = analysis_cpu = 0.0
    n_events = 0
    per_round: list[float] = []
    per_pair: list[float] = []
    for r in range(args.repeat):
        round_spacy = round_analysis = 0.0
        for k in range(0, len(articles), step):
            pair = [0.0, 0.0]
            batch_texts, batch = texts[k : k + step], articles[k : k + step]
            for side in (0, 1) if (k // step + r) % 2 == 0 else (1, 0):
                t0, c0 = time.perf_counter(), time.process_time()
                if side == 0:
                    for _ in pipeline.nlp.pipe(batch_texts, batch_size=settings.batch_size):
                        pass
                else:
                    found = sum(len(a.events) for _, a in analyze_batch(batch, pipeline) if not isinstance(a, Exception))
                secs, cpu = time.perf_counter() - t0, time.process_time() - c0
                pair[side] = cpu
                if side == 0:
                    spacy_s, spacy_cpu, round_spacy = spacy_s + secs, spacy_cpu + cpu, round_spacy + secs
                else:
                    analysis_s, analysis_cpu, round_analysis = analysis_s + secs, analysis_cpu + cpu, round_analysis + secs
                    n_events += found if r == 0 else 0
            per_pair.append(100 * (pair[1] / pair[0] - 1))
        per_round.append(100 * (round_analysis / round_spacy - 1))
    spacy_s, analysis_s, spacy_cpu, analysis_cpu = (x / args.repeat for x in (spacy_s, analysis_s, spacy_cpu, analysis_cpu))
    stage_s = stage_times(pipeline, texts)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
        p = Parley(Settings(db=f"sqlite:///{tmp}/bench.db", model=args.model), pipeline=pipeline)
        t0 = time.perf_counter()
        result = p.analyze_paths([str(src)])
        full_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def wps(s: float) -> float:
        return n_words / s

    print(f"model {args.model}; {len(recs)} articles, {n_words} words; {n_events} events")
    print(f"spaCy nlp.pipe alone        {wps(spacy_s):9.0f} words/s")
    for label, secs in (("Parley analysis (per article)", analysis_s), ("Parley analyze path (+store) ", full_s)):
        overhead = 100 * (secs / spacy_s - 1)
        print(f"{label} {wps(secs):7.0f} words/s  ratio to spaCy {spacy_s / secs:.3f} (overhead {overhead:.1f}%)")
    q = statistics.quantiles(per_pair, n=4) if len(per_pair) > 1 else [per_pair[0]] * 3
    print(f"  median overhead of {len(per_pair)} back-to-back pairs (CPU time): {q[1]:.1f}% (quartiles {q[0]:.1f}% .. {q[2]:.1f}%)")
    print(f"  overhead per round (sums): {', '.join(f'{x:.1f}%' for x in per_round)}")
    cpu_overhead = 100 * (analysis_cpu / spacy_cpu - 1)
    print(f"  in CPU time: spaCy alone {spacy_cpu:.2f} s, analysis {analysis_cpu:.2f} s, ratio {spacy_cpu / analysis_cpu:.3f} (overhead {cpu_overhead:.1f}%)")
    for stage, secs in stage_s.items():
        print(f"  stage {stage:<8} {secs:6.2f} s = {100 * secs / spacy_s:5.1f}% of spaCy's time")
    print(f"analysed {len(result.analyzed)} articles; peak memory (max RSS) {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
