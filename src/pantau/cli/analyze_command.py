"""``pantau analyze``: read articles, write one contract line per article."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path

from tqdm import tqdm

from pantau.cli.read_arguments import add_read_arguments, read_options, read_options_problem
from pantau.engine.analysis import Analysis
from pantau.engine.article import Article, ReadError
from pantau.engine.grouping import StoryIndex
from pantau.engine.grouping.sqlite_story_store import SqliteStoryStore
from pantau.engine.pipeline import analyze_stream
from pantau.ingest.sources import read_inputs

HELP = "Analyse articles (JSONL, .txt, .html, RSS/Atom, URLs, directories, '-') into contract JSONL."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, URLs, or '-' for JSONL on stdin")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of standard output")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with -o: continue an interrupted run. Ids already in OUT (error lines included: delete "
        "one to retry it) are not written again and new lines are appended; a half-written last "
        "line is removed first. Every input is still read and analysed, so story grouping sees the "
        "earlier articles as in one uninterrupted run.",
    )
    parser.add_argument(
        "--stories", metavar="INDEX.sqlite3",
        help="keep the story index in this SQLite file, so a later run (the next hour's feeds) continues "
        "the same stories; it is written as each article is grouped, survives a crash, and several runs "
        "may share it at once. Without it, stories span only this run's inputs.",
    )
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="processes for the per-article stages (default 1)")
    parser.add_argument("--include-text", action="store_true", help="also write the cleaned article text")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    add_read_arguments(parser)


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"pantau analyze: {problem}", file=sys.stderr)
        return 2
    options = read_options(args)
    already_written = _prepare_resume(Path(args.output)) if args.resume else set()
    started = time.perf_counter()
    counts = {"read": 0, "failed": 0, "duplicates": 0, "skipped": 0}
    exact_duplicates: set[str] = set()
    show_progress = not args.quiet and sys.stderr.isatty()
    mode = "a" if args.resume else "w"
    out_cm = open(args.output, mode, encoding="utf-8") if args.output else nullcontext(sys.stdout)
    articles = _noting_exact_duplicates(read_inputs(args.inputs, options), exact_duplicates)
    # An explicit size: a terminal that reports 0x0 (some ptys) would otherwise hide the bar.
    size = shutil.get_terminal_size()
    bar_cm = tqdm(desc="analysing", unit=" art", disable=not show_progress, file=sys.stderr,
                  ncols=size.columns, nrows=size.lines)
    with out_cm as out, bar_cm as bar:
        for item in analyze_stream(articles, index=_story_index(args.stories), workers=args.workers):
            bar.update(1)
            if isinstance(item, ReadError):
                counts["failed"] += 1
            else:
                counts["read"] += 1
                counts["duplicates"] += item.duplicate_of is not None or item.id in exact_duplicates
            if item.id in already_written:
                counts["skipped"] += 1
                continue
            out.write(json.dumps(_as_line(item, args.include_text), ensure_ascii=False) + "\n")
            out.flush()  # a crash loses at most the line being written; --resume repairs that
    if not args.quiet:
        elapsed = time.perf_counter() - started
        resumed = f", {counts['skipped']} already in {args.output}" if args.resume else ""
        print(
            f"pantau analyze: {counts['read']} articles read, {counts['failed']} failed, "
            f"{counts['duplicates']} duplicates{resumed}, {elapsed:.1f} s",
            file=sys.stderr,
        )
    return 1 if counts["failed"] else 0


def _story_index(path: str | None) -> StoryIndex | None:
    return StoryIndex(SqliteStoryStore(path)) if path else None


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.workers < 1:
        return "--workers must be at least 1"
    if args.resume and not args.output:
        return "--resume needs -o OUT.jsonl (the file to continue)"
    return read_options_problem(args)


def _prepare_resume(output: Path) -> set[str]:
    """Ids already in ``output``; a last line cut off by a crash is removed so appending is clean."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    ids: set[str] = set()
    for line in data.splitlines(keepends=True):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if line.endswith(b"\n") and isinstance(record, dict) and "id" in record:
            ids.add(str(record["id"]))
    if data and not data.endswith(b"\n"):
        with output.open("r+b") as fh:
            fh.truncate(data.rfind(b"\n") + 1)
    return ids


def _noting_exact_duplicates(items: Iterable[Article | ReadError], ids: set[str]) -> Iterator[Article | ReadError]:
    for item in items:
        if isinstance(item, Article) and item.exact_duplicate_of:
            ids.add(item.id)
        yield item


def _as_line(item: Analysis | ReadError, include_text: bool) -> dict:
    if isinstance(item, ReadError):
        return {"id": item.id, "source": item.source, "error": item.error}
    return item.to_contract(include_text=include_text)
