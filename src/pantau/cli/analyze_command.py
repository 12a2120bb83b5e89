"""``pantau analyze``: read articles, write one contract line per article."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import nullcontext

from tqdm import tqdm

from pantau.engine.analysis import Analysis
from pantau.engine.article import ReadError
from pantau.engine.pipeline import analyze_stream
from pantau.ingest.sources import read_inputs

HELP = "Analyse articles (JSONL, .txt, .html, RSS/Atom, URLs, directories, '-') into contract JSONL."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, URLs, or '-' for JSONL on stdin")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of standard output")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="processes for the per-article stages (default 1)")
    parser.add_argument("--include-text", action="store_true", help="also write the cleaned article text")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def run(args: argparse.Namespace) -> int:
    if args.workers < 1:
        print("pantau analyze: --workers must be at least 1", file=sys.stderr)
        return 2
    started = time.perf_counter()
    counts = {"read": 0, "failed": 0, "duplicates": 0}
    show_progress = not args.quiet and sys.stderr.isatty()
    out_cm = open(args.output, "w", encoding="utf-8") if args.output else nullcontext(sys.stdout)
    with out_cm as out, tqdm(desc="analysing", unit=" art", disable=not show_progress, file=sys.stderr) as bar:
        for item in analyze_stream(read_inputs(args.inputs), workers=args.workers):
            out.write(json.dumps(_as_line(item, args.include_text), ensure_ascii=False) + "\n")
            if isinstance(item, ReadError):
                counts["failed"] += 1
            else:
                counts["read"] += 1
                counts["duplicates"] += item.duplicate_of is not None
            bar.update(1)
    if not args.quiet:
        elapsed = time.perf_counter() - started
        print(
            f"pantau analyze: {counts['read']} articles read, {counts['failed']} failed, "
            f"{counts['duplicates']} duplicates, {elapsed:.1f} s",
            file=sys.stderr,
        )
    return 1 if counts["failed"] else 0


def _as_line(item: Analysis | ReadError, include_text: bool) -> dict:
    if isinstance(item, ReadError):
        return {"id": item.id, "source": item.source, "error": item.error}
    return item.to_contract(include_text=include_text)
