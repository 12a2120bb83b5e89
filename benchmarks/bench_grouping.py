"""Throughput of story grouping against a datasketch-only dedupe baseline, in the same process.

    python benchmarks/bench_grouping.py            # 100,000 articles
    python benchmarks/bench_grouping.py --n 5000   # a quick run

The stream is generated from our own texts (pantau.engine.grouping.synthetic_news): outlets' own
write-ups of the same incidents, near-verbatim syndicated copies with word edits, AMP renderings
and splices. The baseline is what a plain near-duplicate pass costs: datasketch MinHash (128
permutations) over word 3-grams and a MinHashLSH (threshold 0.5) queried then inserted per
article. Full grouping (duplicates, stories, news events, outlet sources) must reach at least the
baseline's articles per second on one core. Also printed: peak memory, and how well the stories
and duplicates match the generator's truth.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from collections import Counter

from datasketch import MinHash, MinHashLSH

from pantau.engine.analysis import Analysis, Region, Violation
from pantau.engine.grouping import StoryIndex
from pantau.engine.grouping.synthetic_news import REGIONS, SyntheticArticle, stream

_KIND_TO_EVENT = {"violation_case": "violation_case", "coordination_meeting": "coordination_meeting",
                  "declaration_or_pledge": "declaration_or_pledge", "outreach": "outreach"}
_REGION_CODES = {name: f"{i // 3 + 11}.{i + 1:02d}" for i, (name, _) in enumerate(REGIONS)}


def as_analysis(item: SyntheticArticle) -> Analysis:
    """What the per-article stages would hand to grouping for this article."""
    return Analysis(
        id=item.id, url=item.url, title=item.title, outlet=item.outlet, pub_date=item.pub_date, language="id",
        about_asn_neutrality=item.kind in _KIND_TO_EVENT, event_kind=_KIND_TO_EVENT.get(item.kind),
        violation=Violation(is_case=item.kind == "violation_case"), actors=[],
        region=Region("regency", _REGION_CODES[item.region], item.region, item.province),
        regions_mentioned=[], event_date=item.event_date, story=None, news_event=None, duplicate_of=None,
        warnings=[], text=item.text,
    )


def run_baseline(items: list[SyntheticArticle]) -> tuple[float, int]:
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    duplicates = 0
    started = time.perf_counter()
    for item in items:
        words = item.text.lower().split()
        minhash = MinHash(num_perm=128)
        minhash.update_batch([" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)])
        duplicates += bool(lsh.query(minhash))
        lsh.insert(item.id, minhash)
    return time.perf_counter() - started, duplicates


def run_grouping(analyses: list[Analysis]) -> tuple[float, StoryIndex, dict[str, tuple[str, str | None]]]:
    index = StoryIndex()
    assigned = {}
    started = time.perf_counter()
    for analysis in analyses:
        grouping = index.add(analysis)
        assigned[analysis.id] = (grouping.story, grouping.duplicate_of)
    return time.perf_counter() - started, index, assigned


def pair_scores(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Pair precision and recall from the contingency counts (no pair enumeration)."""
    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter((predicted[i], truth[i]) for i in truth))
    predicted_pairs = pairs(Counter(predicted.values()))
    true_pairs = pairs(Counter(truth.values()))
    return (both / predicted_pairs if predicted_pairs else 1.0, both / true_pairs if true_pairs else 1.0)


def peak_rss_mb() -> float:
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the stream (default 100000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    items = list(stream(args.n, seed=args.seed))
    analyses = [as_analysis(item) for item in items]
    copies = sum(1 for i, item in enumerate(items) if i and item.title and "amp/" in item.url)
    print(f"stream: {len(items)} articles, {len(set(i.story for i in items))} true stories, "
          f"{sum(len(i.text.split()) for i in items) / len(items):.0f} words on average")
    gc.collect()
    rss_before = peak_rss_mb()

    baseline_seconds, baseline_duplicates = run_baseline(items)
    gc.collect()
    grouping_seconds, index, assigned = run_grouping(analyses)

    baseline_rate = len(items) / baseline_seconds
    grouping_rate = len(items) / grouping_seconds
    print(f"baseline (datasketch MinHash 128 + MinHashLSH 0.5, dedupe only): {baseline_rate:8.0f} articles/s "
          f"({baseline_seconds:.1f} s, {baseline_duplicates} flagged)")
    print(f"full grouping (duplicates + stories + news events + sources):      {grouping_rate:8.0f} articles/s "
          f"({grouping_seconds:.1f} s)")
    print(f"ratio full/baseline: {grouping_rate / baseline_rate:.2f}  "
          f"{'OK' if grouping_rate >= baseline_rate else 'SLOWER THAN BASELINE'}")
    print(f"peak memory (process, corpus included): {peak_rss_mb():.0f} MB; before grouping runs: {rss_before:.0f} MB")

    truth = {item.id: item.story for item in items}
    predicted = {article_id: story for article_id, (story, _) in assigned.items()}
    precision, recall = pair_scores(predicted, truth)
    flagged = sum(1 for _, duplicate in assigned.values() if duplicate)
    print(f"stories: {len(set(predicted.values()))} found for {len(set(truth.values()))} true; "
          f"pair precision {precision:.3f}, pair recall {recall:.3f}; duplicates flagged {flagged} "
          f"(AMP renderings in stream: {copies})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
