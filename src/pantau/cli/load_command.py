"""``pantau load``: analyse articles (or read analyses) and store them in the web app's database."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from tqdm import tqdm

from pantau.cli.read_arguments import add_read_arguments, read_options, read_options_problem
from pantau.ingest.read_options import ReadOptions

HELP = (
    "Analyse articles like 'pantau analyze' and store the results in the web app's database "
    "(idempotent: loading the same input again adds nothing; an interrupted load resumes when re-run)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, URLs, or '-' for JSONL on stdin")
    parser.add_argument(
        "--analysed",
        action="store_true",
        help="the inputs are already-analysed contract JSONL (output of 'pantau analyze'); store them as they are",
    )
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="processes for the per-article stages (default 1)")
    parser.add_argument("--batch-size", type=int, default=500, metavar="N", help="articles stored per transaction (default 500)")
    parser.add_argument(
        "--reanalyse",
        action="store_true",
        help="analyse articles that are already stored again and update them (default: skip them, "
        "so re-running an interrupted load only does what is left)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    add_read_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.workers < 1 or args.batch_size < 1:
        print("pantau load: --workers and --batch-size must be at least 1", file=sys.stderr)
        return 2
    if problem := read_options_problem(args):
        print(f"pantau load: {problem}", file=sys.stderr)
        return 2
    from pantau.web.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    report = load_inputs(
        args.inputs, analysed=args.analysed, workers=args.workers, batch_size=args.batch_size,
        show_progress=not args.quiet and sys.stderr.isatty(), skip_stored=not args.reanalyse,
        options=read_options(args),
    )
    for error in report["errors"][:50]:
        print(f"pantau load: {error}", file=sys.stderr)
    if len(report["errors"]) > 50:
        print(f"pantau load: … and {len(report['errors']) - 50} more errors", file=sys.stderr)
    if not args.quiet:
        queued = f", {report['queued']} batches queued for workers" if report["queued"] else ""
        skipped = f", {report['skipped']} already stored" if report["skipped"] else ""
        print(
            f"pantau load: {report['stored']} articles stored{skipped}, {report['failed']} failed{queued}, "
            f"{report['seconds']:.1f} s",
            file=sys.stderr,
        )
    return 1 if report["failed"] else 0


def load_inputs(
    inputs: list[str], *, analysed: bool = False, workers: int = 1, batch_size: int = 500, show_progress: bool = False,
    skip_stored: bool = False, options: ReadOptions | None = None,
) -> dict[str, Any]:
    """Analyse (or read) and store every input; returns counts and per-item errors."""
    from django.conf import settings

    from pantau.web.monitoring.tasks import store_analyses_task

    started = time.perf_counter()
    report: dict[str, Any] = {"stored": 0, "failed": 0, "queued": 0, "skipped": 0, "errors": []}
    origin = " ".join(inputs)[:200]
    contracts = read_contract_lines(inputs) if analysed else analyse_inputs(inputs, workers, skip_stored, report, options)
    with tqdm(desc="memuat", unit=" art", disable=not show_progress, file=sys.stderr) as bar:
        for batch in _batches(_counted(contracts, bar, report), batch_size):
            if settings.CELERY_TASK_ALWAYS_EAGER:
                outcome = store_analyses_task.apply(args=(batch, origin)).get()
                report["stored"] += outcome["stored"]
                report["failed"] += outcome["failed"]
                report["errors"].extend(outcome["errors"])
            else:  # a broker is configured: workers store, this process only analyses and queues
                store_analyses_task.delay(batch, origin)
                report["queued"] += 1
    report["seconds"] = time.perf_counter() - started
    return report


def analyse_inputs(
    inputs: list[str], workers: int, skip_stored: bool = False, report: dict[str, Any] | None = None,
    options: ReadOptions | None = None,
) -> Iterator[dict[str, Any]]:
    """Contract objects (with text) from the engine; read errors become error lines. With
    ``skip_stored``, articles already in the database (and so already grouped) are not analysed."""
    from pantau.engine.article import ReadError
    from pantau.engine.grouping import StoryIndex
    from pantau.engine.pipeline import analyze_stream
    from pantau.ingest.sources import read_inputs
    from pantau.web.grouping_store.django_story_store import DjangoStoryStore

    # The grouping index lives in the database: a later load, or another loader running at the
    # same time, continues the same stories instead of starting over.
    index = StoryIndex(DjangoStoryStore())
    articles = read_inputs(inputs, options)
    if skip_stored:
        articles = _not_yet_stored(articles, report if report is not None else {})
    for item in analyze_stream(articles, index=index, workers=workers):
        if isinstance(item, ReadError):
            yield {"id": item.id, "error": f"{item.source}: {item.error}"}
        else:
            yield item.to_contract(include_text=True)


def _not_yet_stored(items: Iterable, report: dict[str, Any], chunk: int = 200) -> Iterator:
    """Pass read errors and articles whose id is not stored yet; count the others in ``skipped``."""
    from pantau.engine.article import ReadError
    from pantau.web.grouping_store.models import GroupedArticle
    from pantau.web.monitoring.models import Article

    def flush(pending):
        ids = [a.id for a in pending if not isinstance(a, ReadError)]
        # Stored and grouped: both, or a crash between grouping and storing would lose the article.
        done = set(Article.objects.filter(key__in=ids).values_list("key", flat=True)) & set(
            GroupedArticle.objects.filter(article_id__in=ids).values_list("article_id", flat=True)
        )
        report["skipped"] = report.get("skipped", 0) + sum(
            1 for a in pending if not isinstance(a, ReadError) and a.id in done
        )
        return [a for a in pending if isinstance(a, ReadError) or a.id not in done]

    pending: list = []
    for item in items:
        pending.append(item)
        if len(pending) >= chunk:
            yield from flush(pending)
            pending = []
    if pending:
        yield from flush(pending)


def read_contract_lines(inputs: list[str]) -> Iterator[dict[str, Any]]:
    """Contract objects from JSONL files or stdin; a line that is not JSON becomes an error line."""
    for spec in inputs:
        if spec == "-":
            yield from _parse_lines(sys.stdin, "-")
            continue
        try:
            with open(spec, encoding="utf-8") as fh:
                yield from _parse_lines(fh, spec)
        except OSError as exc:
            yield {"id": spec, "error": f"cannot read: {exc.strerror or exc}"}


def _parse_lines(lines: Iterable[str], source: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": f"{source}:{number}", "error": f"not JSON ({exc.msg})"}
            continue
        if not isinstance(obj, dict):
            yield {"id": f"{source}:{number}", "error": "not a JSON object"}
            continue
        yield obj


def _counted(items: Iterable[dict[str, Any]], bar, report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Advance the progress bar per article; report error lines here (they are not stored), so the
    count is right even when workers store the rest."""
    for item in items:
        bar.update(1)
        if item.get("error"):
            report["failed"] += 1
            report["errors"].append(f"{item.get('id')}: {item['error']}")
            continue
        yield item


def _batches(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
