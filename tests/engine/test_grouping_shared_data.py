"""Grouping through the whole pipeline on the shared seeds and devset (skipped when absent)."""

from __future__ import annotations

import itertools
import json
import random
from collections import defaultdict
from pathlib import Path

from pantau.engine.article import Article
from pantau.engine.grouping import StoryIndex
from pantau.engine.grouping.synthetic_news import unrelated_articles
from pantau.engine.pipeline import analyze_article


def _seed_articles(seeds_dir: Path) -> list[Article]:
    labels = {json.loads(line)["id"]: json.loads(line) for line in (seeds_dir / "labels.jsonl").open()}
    return [
        Article(id=path.stem, text=path.read_text(encoding="utf-8"), outlet=labels[path.stem]["outlet"], source=str(path))
        for path in sorted(seeds_dir.glob("*.txt"))
    ]


def test_the_five_seeds_are_one_story_of_five_independent_outlets_among_unrelated_news(seeds_dir: Path) -> None:
    seeds = _seed_articles(seeds_dir)
    others = [
        Article(id=a.id, text=a.text, title=a.title, url=a.url, outlet=a.outlet, pub_date=a.pub_date)
        for a in unrelated_articles(300, seed=7)
    ]
    stream = list(others)
    rng = random.Random(11)
    for seed in seeds:
        stream.insert(rng.randint(0, len(stream)), seed)

    index = StoryIndex()
    stories = {item.id: index.add(analyze_article(item)).story for item in stream}

    seed_stories = {stories[s.id] for s in seeds}
    assert len(seed_stories) == 1
    story = seed_stories.pop()
    assert index.story_outlets(story) == (5, 5)
    strays = [a.id for a in others if stories[a.id] == story]
    assert strays == []


def _pair_and_bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    def pairs(assignment: dict[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item, group in assignment.items():
            groups[group].append(item)
        return {p for members in groups.values() for p in itertools.combinations(sorted(members), 2)}

    predicted_pairs, gold_pairs = pairs(predicted), pairs(gold)
    true_pairs = len(predicted_pairs & gold_pairs)
    precision = true_pairs / len(predicted_pairs) if predicted_pairs else 1.0
    recall = true_pairs / len(gold_pairs) if gold_pairs else 1.0
    by_predicted: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_predicted[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    b_precision = sum(len(by_predicted[predicted[i]] & by_gold[gold[i]]) / len(by_predicted[predicted[i]]) for i in gold)
    b_recall = sum(len(by_predicted[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in gold)
    b_precision, b_recall = b_precision / len(gold), b_recall / len(gold)
    return precision, recall, 2 * b_precision * b_recall / (b_precision + b_recall)


def test_devset_stories_reach_the_targets(devset_dir: Path) -> None:
    articles = [json.loads(line) for line in (devset_dir / "articles.jsonl").open(encoding="utf-8")]
    gold = {json.loads(line)["id"]: json.loads(line)["cluster"] for line in (devset_dir / "labels.jsonl").open()}
    index = StoryIndex()
    predicted = {}
    for item in articles:
        analysis = analyze_article(Article(id=item["id"], text=item["text"], title=item.get("title"), url=item.get("url")))
        predicted[item["id"]] = index.add(analysis).story
    precision, recall, bcubed = _pair_and_bcubed(predicted, gold)
    pair_f1 = 2 * precision * recall / (precision + recall)
    assert pair_f1 >= 0.85, (precision, recall)
    assert bcubed >= 0.95
