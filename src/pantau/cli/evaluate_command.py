"""``pantau evaluate``: score an analysis output against hand labels."""

from __future__ import annotations

import argparse
import json
import sys

from pantau.evaluation.jsonl_files import EvaluationInputError, OutputFile, read_labels, read_outputs
from pantau.evaluation.run_comparison import compare
from pantau.evaluation.scorecard import METRIC_NAMES, score
from pantau.evaluation.table_report import render_comparison, render_failures, render_table

HELP = "Score OUTPUT.jsonl (from 'pantau analyze') against LABELS.jsonl (devset format)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("labels", metavar="LABELS.jsonl", help="hand labels in the devset format (../shared/devset/labels.jsonl)")
    parser.add_argument("output", metavar="OUTPUT.jsonl", help="analysis output, or '-' to read it from standard input")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--failures", action="store_true",
                        help="also list every article that fails a score: metric, id, expected, got")
    parser.add_argument("--metric", action="append", choices=METRIC_NAMES, metavar="NAME",
                        help="with --failures: list only this score's failures (repeatable; one of "
                        + ", ".join(METRIC_NAMES) + ")")
    parser.add_argument("--notes", action="store_true", help="with --failures: add the labeller's notes")
    parser.add_argument("--skip-doubtful", action="store_true", help="leave out labels marked doubtful")
    parser.add_argument("--baseline", metavar="OLD.jsonl",
                        help="an earlier output: also show each figure's change and the articles fixed or broken")


def _read_output(path: str) -> OutputFile:
    if path == "-":
        return read_outputs("<stdin>", stdin_text=sys.stdin.read())
    return read_outputs(path)


def run(args: argparse.Namespace) -> int:
    try:
        labels = read_labels(args.labels)
        output = _read_output(args.output)
        baseline = read_outputs(args.baseline) if args.baseline else None
    except EvaluationInputError as exc:
        print(f"pantau evaluate: {exc}", file=sys.stderr)
        return 2
    if args.skip_doubtful:
        labels = {i: label for i, label in labels.items() if not label.get("doubtful")}
        if not labels:
            print(f"pantau evaluate: {args.labels}: every label is doubtful", file=sys.stderr)
            return 2
    for problem in output.unreadable_lines + (baseline.unreadable_lines if baseline else []):
        print(f"pantau evaluate: skipped {problem}", file=sys.stderr)
    card = score(labels, output)
    comparison = compare(score(labels, baseline), card) if baseline else None
    if args.json:
        data = card.as_json(with_failures=args.failures)
        if args.failures and args.metric:
            data["failures"] = {m: rows for m, rows in data["failures"].items() if m in args.metric}
        if comparison:
            data["comparison"] = comparison.as_json()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(render_table(card))
    if comparison:
        print()
        print(render_comparison(comparison))
    if args.failures:
        print()
        print(render_failures(card, with_notes=args.notes, metrics=args.metric))
    return 0
