"""The command-line reference (docs/cli.md), generated from the parsers' own ``--help``.

Generated rather than written so it cannot drift: a test regenerates it and compares.
"""

from __future__ import annotations

import argparse
import os

from pantau.cli.main import build_parser

HEADER = (
    "# pantau command-line reference\n\n"
    "Generated from `--help` by `python -m pantau.cli.reference > docs/cli.md`; "
    "a test fails when it is out of date.\n"
)


def render_reference() -> str:
    # A fixed width so the text is the same on every terminal (argparse reads COLUMNS).
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        parser = build_parser()
        parts = [HEADER, "## pantau\n", "```\n" + parser.format_help() + "```\n"]
        for name, sub in _subparsers(parser).items():
            parts.append(f"## pantau {name}\n")
            parts.append("```\n" + sub.format_help() + "```\n")
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    return "\n".join(parts)


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse exposes no public accessor for subcommands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


if __name__ == "__main__":
    print(render_reference(), end="")
