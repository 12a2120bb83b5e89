"""The StoryStore seam: the SQLite store persists across restarts and serialises concurrent workers."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from pantau.engine.grouping import StoryIndex
from pantau.engine.grouping.sqlite_story_store import SqliteStoryStore
from tests.engine.test_grouping_traps import BONE, CASE_STAGES, article

ARTICLES_PER_WORKER = 25


def _case_article(worker: int, number: int):
    _, day, text = CASE_STAGES[number % len(CASE_STAGES)]
    # Each worker's outlet adds its own closing line: related articles, not all verbatim copies.
    text = f"{text} Laporan ini disusun redaksi mitra {worker}-{number} dari Watampone."
    return article(f"w{worker}-{number}", text, region=BONE, kind="violation_case", pub_date=day,
                   outlet=f"mitra{worker}.id")


def _add_batch(path: str, worker: int, barrier) -> None:
    index = StoryIndex(SqliteStoryStore(path))
    barrier.wait()
    for number in range(ARTICLES_PER_WORKER):
        index.add(_case_article(worker, number))


def test_the_sqlite_store_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite"
    first_run = StoryIndex(SqliteStoryStore(path))
    for i, day, text in CASE_STAGES[:2]:
        first_run.add(article(i, text, region=BONE, kind="violation_case", pub_date=day, outlet=f"{i}.id"))
    first_run.store.close()

    second_run = StoryIndex(SqliteStoryStore(path))
    later = second_run.add(article("c3", CASE_STAGES[2][2], region=BONE, kind="violation_case",
                                   pub_date=CASE_STAGES[2][1], outlet="c3.id"))
    again = second_run.add(article("c1", CASE_STAGES[0][2], region=BONE, kind="violation_case"))
    assert later.story == "s-c1"
    assert again.explanation == {"seen_before": True}
    assert second_run.story_outlets("s-c1") == (3, 3)


def test_a_failed_add_leaves_nothing_behind(tmp_path: Path) -> None:
    store = SqliteStoryStore(tmp_path / "stories.sqlite")
    index = StoryIndex(store)
    broken = article("bad", CASE_STAGES[0][2])
    broken.actors = [object()]  # not an Actor: fails half-way through the add
    grouping = index.add(broken)
    assert grouping.story == "s-bad"
    assert "AttributeError" in grouping.explanation["error"]
    assert store.get_article("bad") is None
    assert store.next_sequence() == 0  # the sequence number taken inside was rolled back too


def test_two_workers_adding_one_story_at_once_neither_split_nor_lose_it(tmp_path: Path) -> None:
    path = str(tmp_path / "stories.sqlite")
    SqliteStoryStore(path).close()  # create the schema before the race
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(2)
    workers = [context.Process(target=_add_batch, args=(path, w, barrier)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0

    store = SqliteStoryStore(path)
    stories = {store.get_article(f"w{w}-{n}").story for w in (1, 2) for n in range(ARTICLES_PER_WORKER)}
    assert len(stories) == 1
    story = store.get_story(stories.pop())
    assert sorted(story.members) == sorted(f"w{w}-{n}" for w in (1, 2) for n in range(ARTICLES_PER_WORKER))
