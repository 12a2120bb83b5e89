"""``pantau``: one entry point, one module per command (``<name>_command.py``)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from pantau import __version__

# Each command module defines ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS = {
    "analyze": "pantau.cli.analyze_command",
    "evaluate": "pantau.cli.evaluate_command",
    "demo": "pantau.cli.demo_command",
    "load": "pantau.cli.load_command",
    "serve": "pantau.cli.serve_command",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pantau",
        description="Supervise the neutrality of civil servants (ASN) in elections: "
        "read the news, find alleged violations, group coverage, follow cases.",
    )
    parser.add_argument("--version", action="version", version=f"pantau {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        # Every line written so far is whole (each is flushed): say how to continue, no traceback.
        hint = " (rerun with --resume to continue)" if getattr(args, "output", None) else ""
        print(f"pantau {args.command}: interrupted{hint}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`pantau analyze … | head`): not an error worth a traceback.
        # Point stdout at devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
