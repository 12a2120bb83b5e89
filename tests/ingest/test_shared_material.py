"""The done-when checks on the real articles in ../shared (skipped when it is not there)."""

import json
import re

from pantau.engine.article import Article
from pantau.ingest.sources import read_inputs

# Page furniture that must not reach the later stages (case-insensitive, at a line start).
FURNITURE = re.compile(
    r"^\s*\(?(baca juga|tinggalkan balasan|komentar$|alamat email anda|bagikan$|advertisement$|editor\s*:|penulis\s*:|pewarta\s*:)",
    re.IGNORECASE | re.MULTILINE,
)


def test_seeds_read_as_five_articles_with_their_outlets(seeds_dir):
    labels = {json.loads(line)["id"]: json.loads(line) for line in (seeds_dir / "labels.jsonl").open()}
    articles = list(read_inputs([str(seeds_dir)]))
    assert [a.id for a in articles] == sorted(labels)  # labels.jsonl and README.md are not articles
    for article in articles:
        assert isinstance(article, Article)
        assert article.outlet == labels[article.id]["outlet"]
        assert not FURNITURE.search(article.text), article.id
        assert article.exact_duplicate_of is None


def test_seed_headlines_are_titles_and_leads_are_not(seeds_dir):
    for article in read_inputs([str(seeds_dir)]):
        first_line = (seeds_dir / f"{article.id}.txt").read_text(encoding="utf-8").split("\n", 1)[0].strip()
        if article.title is not None:
            assert article.title == first_line and not article.text.startswith(first_line)
        else:
            assert article.dateline_place is not None  # it opened with a dateline, not a headline
    titled = [a for a in read_inputs([str(seeds_dir)]) if a.title]
    assert len(titled) >= 2


def test_devset_reads_without_errors(devset_dir):
    items = list(read_inputs([str(devset_dir / "articles.jsonl")]))
    assert len(items) == 83
    assert all(isinstance(i, Article) for i in items)
    for article in items:
        assert not FURNITURE.search(article.text), article.id
        assert article.outlet
    # a page and its AMP copy are recognised at read time
    assert sum(a.exact_duplicate_of is not None for a in items) >= 2
