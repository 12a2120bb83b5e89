"""The options for reading inputs, shared by every command that reads articles (analyze, load)."""

from __future__ import annotations

import argparse

from pantau.ingest.read_options import MEGABYTE, ReadOptions

_DEFAULTS = ReadOptions()


def add_read_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-links", action="store_true",
        help="for feed entries that carry only a summary, fetch the linked page for the full text "
        "(the summary stays when the page cannot be read)",
    )
    parser.add_argument(
        "--max-size", type=float, default=_DEFAULTS.max_bytes / MEGABYTE, metavar="MB",
        help=f"refuse a file, page or feed (or JSONL line) larger than this (default {_DEFAULTS.max_bytes // MEGABYTE})",
    )
    parser.add_argument(
        "--timeout", type=float, default=_DEFAULTS.timeout, metavar="S",
        help=f"seconds to wait for a web server (default {_DEFAULTS.timeout:g})",
    )
    parser.add_argument(
        "--retries", type=int, default=_DEFAULTS.retries, metavar="N",
        help=f"extra attempts for a URL after a timeout, refused connection or 5xx (default {_DEFAULTS.retries}), "
        "waiting 0.5 s, 1 s, 2 s, … between them",
    )


def read_options_problem(args: argparse.Namespace) -> str | None:
    if args.max_size <= 0 or args.timeout <= 0 or args.retries < 0:
        return "--max-size and --timeout must be positive, --retries zero or more"
    return None


def read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(
        max_bytes=int(args.max_size * MEGABYTE), timeout=args.timeout, retries=args.retries,
        follow_feed_links=args.follow_links,
    )
