"""``pantau serve``: migrate and serve the web app (no sample data, no demo accounts)."""

from __future__ import annotations

import argparse
import os
import sys

HELP = "Migrate the database and serve the web app (for production, run pantau.web.wsgi under gunicorn/uwsgi)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1)")
    parser.add_argument(
        "--processes", type=int, default=os.cpu_count() or 1, metavar="N",
        help="server processes sharing the port (default: one per core)",
    )


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print("pantau serve: --port must be between 1 and 65535", file=sys.stderr)
        return 2
    from pantau.web.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    from pantau.cli.demo_command import serve

    call_command("migrate", verbosity=0, interactive=False)
    return serve(args.host, args.port, max(1, args.processes))
