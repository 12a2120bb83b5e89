"""``pantau demo``: analyse the bundled sample corpus and show what pantau finds."""

from __future__ import annotations

import argparse

HELP = "Analyse the bundled sample articles and print a readable summary."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    raise SystemExit("pantau demo: not built yet")
