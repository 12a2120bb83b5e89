"""How long understanding takes per article, on one core, split by step.

    python benchmarks/bench_understanding.py [--rounds 20]

Articles: the devset (../shared/devset) when present, plus our own written training articles, so the
figure covers real lengths (the devset's excerpts run to ~2,000 characters). The model is loaded
before timing starts (loading happens once per process). Target: under 2 ms per article on average.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from pantau.engine.analysis import WhoWhereWhen
from pantau.engine.article import Article
from pantau.engine.understanding import understand
from pantau.engine.understanding.case_stage import case_stage
from pantau.engine.understanding.event_kind import event_kind
from pantau.engine.understanding.features import features, read_article
from pantau.engine.understanding.model import class_probabilities, load_model
from pantau.engine.understanding.type_model import learned_type, load_type_model
from pantau.engine.understanding.violation_type import violation_type

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT.parent / "shared" / "devset" / "articles.jsonl",
           ROOT / "src" / "pantau" / "data" / "understanding" / "articles.jsonl")
TARGET_MS = 2.0


def load_articles() -> list[Article]:
    articles = []
    for path in SOURCES:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                articles.append(Article(id=item["id"], text=item["text"], title=item.get("title")))
    return articles


def time_per_article(articles: list[Article], rounds: int, step) -> list[float]:
    """CPU milliseconds per article (process time: other processes on the machine do not count),
    one figure per round; each round runs every article once."""
    figures = []
    for _ in range(rounds):
        start = time.process_time()
        for article in articles:
            step(article)
        figures.append((time.process_time() - start) * 1000 / len(articles))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    articles = load_articles()
    if not articles:
        raise SystemExit("no articles to time")
    load_model()
    load_type_model()
    www = WhoWhereWhen()
    views = {a.id: read_article(a.title, a.text) for a in articles}
    feats = {a.id: features(views[a.id]) for a in articles}
    rule_scores = {a.id: violation_type(views[a.id])[1] for a in articles}
    steps = {
        "understand (whole)": lambda a: understand(a, www),
        "  sentences + cue families": lambda a: read_article(a.title, a.text),
        "  features": lambda a: features(views[a.id]),
        "  model": lambda a: class_probabilities(feats[a.id]),
        "  type rules": lambda a: violation_type(views[a.id]),
        # Timed on every article, though understand consults it only when no type cue fires.
        "  type fallback (learned)": lambda a: learned_type(views[a.id], rule_scores[a.id]),
        "  stage rules": lambda a: case_stage(views[a.id]),
        "  event-kind rules": lambda a: event_kind(views[a.id]),
    }
    chars = statistics.mean(len(a.text) for a in articles)
    print(f"{len(articles)} articles, mean {chars:.0f} characters, {args.rounds} rounds, one process")
    for name, step in steps.items():
        figures = time_per_article(articles, args.rounds, step)
        print(f"{name:30s} mean {statistics.mean(figures):.3f} ms/article   best round {min(figures):.3f}")
    devset = [a for a in articles if a.id.startswith("a")]  # devset ids: a0004...; ours: w000...
    if devset:
        long_chars = statistics.mean(len(a.text) for a in devset)
        figures = time_per_article(devset, args.rounds, steps["understand (whole)"])
        print(f"{'understand, devset only':30s} mean {statistics.mean(figures):.3f} ms/article   "
              f"({len(devset)} articles, mean {long_chars:.0f} characters)")
    whole = statistics.mean(time_per_article(articles, args.rounds, steps["understand (whole)"]))
    verdict = "within" if whole < TARGET_MS else "OVER"
    print(f"\nunderstand: {whole:.3f} ms per article on average, {verdict} the {TARGET_MS} ms target")


if __name__ == "__main__":
    main()
