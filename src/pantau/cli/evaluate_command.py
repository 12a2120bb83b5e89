"""``pantau evaluate``: score an analysis output against hand labels."""

from __future__ import annotations

import argparse

HELP = "Score OUTPUT.jsonl (from 'pantau analyze') against LABELS.jsonl (devset format)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("labels", metavar="LABELS.jsonl")
    parser.add_argument("output", metavar="OUTPUT.jsonl")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


def run(args: argparse.Namespace) -> int:
    raise SystemExit("pantau evaluate: not built yet")
