"""Throughput of story grouping against a datasketch-only dedupe baseline, in the same process.

    python benchmarks/bench_grouping.py            # 100,000 articles
    python benchmarks/bench_grouping.py --n 5000   # a quick run

The stream is generated from our own texts (pantau.engine.grouping.synthetic_news): outlets' own
write-ups of the same incidents, near-verbatim syndicated copies with word edits, AMP renderings
and splices. The baseline is what a plain near-duplicate pass costs: datasketch MinHash (128
permutations) over word 3-grams and a MinHashLSH (threshold 0.5) queried then inserted per
article. The two run alternately over the same stream, 1,000 articles at a time, so that other
load on the machine slows both alike; times are CPU seconds of this process. Full grouping (duplicates, stories, news events, outlet sources) must reach at least the
baseline's articles per second on one core. Also printed: peak memory, and how well the stories
and duplicates match the generator's truth.
"""

from __future__ import annotations

import argparse
import itertools
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


class Baseline:
    """The datasketch-only dedupe: MinHash (128 permutations) of word 3-grams, MinHashLSH at 0.5."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=0.5, num_perm=128)
        self.flagged = 0

    def add(self, item: SyntheticArticle) -> None:
        words = item.text.lower().split()
        minhash = MinHash(num_perm=128)
        minhash.update_batch([" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)])
        self.flagged += bool(self.lsh.query(minhash))
        self.lsh.insert(item.id, minhash)


def run_interleaved(n: int, seed: int, chunk: int):
    """Both runs over the same stream, alternating in chunks so machine load hits both alike.

    The stream is generated chunk by chunk and dropped after use, so memory is the indexes'.
    Times are CPU seconds of this process (time.process_time), one core.
    """
    baseline, index = Baseline(), StoryIndex()
    assigned: dict[str, tuple[str, str | None]] = {}
    truth: dict[str, str] = {}
    words = 0
    baseline_seconds = grouping_seconds = 0.0
    growth = {"baseline": 0.0, "grouping": 0.0}  # resident memory added during each one's turns
    errors = 0  # articles grouping could not place (they would make it look faster)
    articles = stream(n, seed=seed)
    while True:
        items = list(itertools.islice(articles, chunk))
        if not items:
            break
        analyses = [as_analysis(item) for item in items]
        for item in items:
            truth[item.id] = item.story
            words += len(item.text.split())
        rss, began = current_rss_mb(), time.process_time()
        for item in items:
            baseline.add(item)
        baseline_seconds += time.process_time() - began
        growth["baseline"] += current_rss_mb() - rss
        rss, began = current_rss_mb(), time.process_time()
        for analysis in analyses:
            grouping = index.add(analysis)
            assigned[analysis.id] = (grouping.story, grouping.duplicate_of)
            errors += "error" in grouping.explanation
        grouping_seconds += time.process_time() - began
        growth["grouping"] += current_rss_mb() - rss
    return baseline_seconds, baseline.flagged, grouping_seconds, assigned, truth, words, growth, errors


def pair_scores(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Pair precision and recall from the contingency counts (no pair enumeration)."""
    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter((predicted[i], truth[i]) for i in truth))
    predicted_pairs = pairs(Counter(predicted.values()))
    true_pairs = pairs(Counter(truth.values()))
    return (both / predicted_pairs if predicted_pairs else 1.0, both / true_pairs if true_pairs else 1.0)


def current_rss_mb() -> float:
    """Resident memory now (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return 0.0


def peak_rss_mb() -> float:
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the stream (default 100000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chunk", type=int, default=1000, help="articles per turn when alternating the two runs")
    args = parser.parse_args(argv)

    rss_start = peak_rss_mb()
    baseline_seconds, baseline_flagged, grouping_seconds, assigned, truth, words, growth, errors = run_interleaved(
        args.n, args.seed, args.chunk
    )
    n = len(truth)
    print(f"stream: {n} articles, {len(set(truth.values()))} true stories, {words / n:.0f} words on average")
    baseline_rate = n / baseline_seconds
    grouping_rate = n / grouping_seconds
    print(f"baseline (datasketch MinHash 128 + MinHashLSH 0.5, dedupe only): {baseline_rate:8.0f} articles/s "
          f"({baseline_seconds:.1f} s CPU, {baseline_flagged} with LSH candidates)")
    print(f"full grouping (duplicates + stories + news events + sources):      {grouping_rate:8.0f} articles/s "
          f"({grouping_seconds:.1f} s CPU)")
    print(f"ratio full/baseline: {grouping_rate / baseline_rate:.2f}  "
          f"{'OK' if grouping_rate >= baseline_rate else 'SLOWER THAN BASELINE'}")
    print(f"peak memory (whole process: both indexes and the results): {peak_rss_mb():.0f} MB "
          f"(at start {rss_start:.0f} MB); grown during grouping's turns {growth['grouping']:.0f} MB, "
          f"during the baseline's {growth['baseline']:.0f} MB")

    predicted = {article_id: story for article_id, (story, _) in assigned.items()}
    precision, recall = pair_scores(predicted, truth)
    flagged = sum(1 for _, duplicate in assigned.values() if duplicate)
    print(f"stories: {len(set(predicted.values()))} found for {len(set(truth.values()))} true; "
          f"pair precision {precision:.3f}, pair recall {recall:.3f}; {flagged} articles marked duplicate_of; "
          f"{errors} grouping errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
