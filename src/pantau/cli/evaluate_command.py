"""``pantau evaluate``: score an analysis output against hand labels."""

from __future__ import annotations

import argparse
import json
import sys

from pantau.evaluation.jsonl_files import EvaluationInputError, read_labels, read_outputs
from pantau.evaluation.scorecard import METRIC_NAMES, score
from pantau.evaluation.table_report import render_failures, render_table

HELP = "Score OUTPUT.jsonl (from 'pantau analyze') against LABELS.jsonl (devset format)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("labels", metavar="LABELS.jsonl")
    parser.add_argument("output", metavar="OUTPUT.jsonl", help="analysis output, or '-' to read it from standard input")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--failures", action="store_true",
                        help="also list every article that fails a score: metric, id, expected, got")
    parser.add_argument("--metric", action="append", choices=METRIC_NAMES, metavar="NAME",
                        help="with --failures: list only this score's failures (repeatable; one of "
                        + ", ".join(METRIC_NAMES) + ")")
    parser.add_argument("--notes", action="store_true", help="with --failures: add the labeller's notes")
    parser.add_argument("--skip-doubtful", action="store_true", help="leave out labels marked doubtful")


def run(args: argparse.Namespace) -> int:
    try:
        labels = read_labels(args.labels)
        if args.output == "-":
            output = read_outputs("<stdin>", stdin_text=sys.stdin.read())
        else:
            output = read_outputs(args.output)
    except EvaluationInputError as exc:
        print(f"pantau evaluate: {exc}", file=sys.stderr)
        return 2
    if args.skip_doubtful:
        labels = {i: label for i, label in labels.items() if not label.get("doubtful")}
        if not labels:
            print(f"pantau evaluate: {args.labels}: every label is doubtful", file=sys.stderr)
            return 2
    for problem in output.unreadable_lines:
        print(f"pantau evaluate: skipped {problem}", file=sys.stderr)
    card = score(labels, output)
    if args.json:
        data = card.as_json(with_failures=args.failures)
        if args.failures and args.metric:
            data["failures"] = {m: rows for m, rows in data["failures"].items() if m in args.metric}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render_table(card))
        if args.failures:
            print()
            print(render_failures(card, with_notes=args.notes, metrics=args.metric))
    return 0
