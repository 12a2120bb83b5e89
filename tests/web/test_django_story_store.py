"""DjangoStoryStore: grouping over database tables gives what the in-memory store gives, across runs."""

from __future__ import annotations

import pytest

from pantau.data import sample_articles_path
from pantau.engine.analysis import Analysis
from pantau.engine.grouping import StoryIndex
from pantau.engine.pipeline import analyze_stream
from pantau.ingest.sources import read_inputs
from pantau.web.grouping_store.django_story_store import DjangoStoryStore
from pantau.web.grouping_store.models import GroupedArticle, GroupingCounter

pytestmark = pytest.mark.django_db(transaction=True)


def groupings(articles, index) -> list[tuple]:
    return [
        (a.id, a.story, a.news_event, a.duplicate_of)
        for a in analyze_stream(articles, index=index)
        if isinstance(a, Analysis)
    ]


def sequence_value() -> int:
    return GroupingCounter.objects.filter(name="sequence").values_list("value", flat=True).first() or 0


@pytest.fixture(scope="module")
def sample_articles():
    return list(read_inputs([str(sample_articles_path())]))


def test_same_groupings_as_the_in_memory_store(sample_articles):
    in_memory = groupings(sample_articles, StoryIndex())
    in_database = groupings(sample_articles, StoryIndex(DjangoStoryStore()))
    assert in_database == in_memory
    assert len({story for _, story, _, _ in in_memory}) < len(in_memory)  # some articles were grouped


def test_a_second_run_continues_where_the_first_stopped(sample_articles):
    """Two runs (two processes, in effect: fresh store objects) group like one continuous run."""
    half = len(sample_articles) // 2
    continuous = groupings(sample_articles, StoryIndex())
    first = groupings(sample_articles[:half], StoryIndex(DjangoStoryStore()))
    second = groupings(sample_articles[half:], StoryIndex(DjangoStoryStore()))
    assert first + second == continuous
    assert sequence_value() == len(continuous)


def test_re_adding_an_article_gives_the_same_answer_and_stores_nothing_new(sample_articles):
    first = groupings(sample_articles[:10], StoryIndex(DjangoStoryStore()))
    again = groupings(sample_articles[:10], StoryIndex(DjangoStoryStore()))
    assert again == first
    assert GroupedArticle.objects.count() == 10


def test_a_failed_add_leaves_nothing_behind(sample_articles):
    store = DjangoStoryStore()
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.next_sequence()
            store.count_document(["kampanye", "camat"])
            raise RuntimeError("crash in the middle of an add")
    assert sequence_value() == 0
    assert store.document_frequencies(["kampanye"]) == {"kampanye": 0}
