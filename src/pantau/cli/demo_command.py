"""``pantau demo``: a working web app on this machine, with the bundled sample corpus analysed.

Migrates the database (SQLite in ./var unless PANTAU_DATA_DIR / PANTAU_DATABASE_URL say otherwise),
loads the sample corpus through the real pipeline, creates three demo accounts (RI, a province, a
kabupaten) and serves the app until interrupted.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

HELP = "Set up the web app with the bundled sample articles and demo accounts, and serve it."

# username -> (region code, what the account sees). The sample corpus has most of its cases in
# Sulawesi Tenggara, Kabupaten Konawe Selatan.
DEMO_ACCOUNTS = {
    "demo-ri": ("", "Bawaslu RI: seluruh Indonesia"),
    "demo-sultra": ("74", "Bawaslu Provinsi Sulawesi Tenggara"),
    "demo-konsel": ("74.05", "Bawaslu Kabupaten Konawe Selatan"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1)")
    parser.add_argument("--no-serve", action="store_true", help="set everything up, print the logins, and exit")
    parser.add_argument("--processes", type=int, default=2, metavar="N", help="server processes (default 2)")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="processes for the analysis (default 1)")


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print("pantau demo: --port must be between 1 and 65535", file=sys.stderr)
        return 2
    from pantau.web.django_setup import setup_django

    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from pantau.cli.load_command import load_inputs

    print(f"pantau demo: database {_database_label(settings)}", file=sys.stderr)
    call_command("migrate", verbosity=0, interactive=False)
    with ExitStack() as stack:
        corpus = _demo_corpus(stack)
        if corpus is None:
            print("pantau demo: no sample corpus found; the app starts empty", file=sys.stderr)
        else:
            print(f"pantau demo: analysing {corpus} …", file=sys.stderr)
            report = load_inputs(
                [str(corpus)], workers=args.workers, show_progress=sys.stderr.isatty(), skip_stored=True
            )
            print(
                f"pantau demo: {report['stored']} articles stored, {report['skipped']} already there, "
                f"{report['failed']} failed, {report['seconds']:.1f} s",
                file=sys.stderr,
            )
    logins = ensure_demo_accounts(Path(settings.DATA_DIR))
    url = f"http://{args.host}:{args.port}/"
    print(f"\npantau demo: open {url} and log in as one of:")
    for username, (code, label) in DEMO_ACCOUNTS.items():
        print(f"  {username:<12} {logins[username]:<24} {label}")
    print(f"(the passwords are kept in {Path(settings.DATA_DIR) / 'demo-accounts.json'})\n", flush=True)
    if args.no_serve:
        return 0
    return serve(args.host, args.port, args.processes)


def serve(host: str, port: int, processes: int = 1) -> int:
    """Serve until interrupted (see pantau.web.http_server); whitenoise serves the static files."""
    from pantau.web.http_server import serve_forever

    try:
        serve_forever(host, port, processes)
    except OSError as exc:  # the port is taken, the address is not ours
        print(f"pantau: cannot serve on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def ensure_demo_accounts(data_dir: Path) -> dict[str, str]:
    """Create the demo accounts once, with random passwords kept in the data directory."""
    from pantau.web.accounts.actions import do_create_user, do_grant_region_role
    from pantau.web.accounts.models import User

    secrets_file = data_dir / "demo-accounts.json"
    logins: dict[str, str] = json.loads(secrets_file.read_text(encoding="utf-8")) if secrets_file.exists() else {}
    for username, (code, _label) in DEMO_ACCOUNTS.items():
        user = User.objects.filter(username=username).first()
        if user is None or username not in logins:
            logins[username] = logins.get(username) or secrets.token_urlsafe(12)
            if user is None:
                user = do_create_user(username, logins[username])
            else:
                user.set_password(logins[username])
                user.save(update_fields=["password"])
        do_grant_region_role(user, code)
    secrets_file.touch(mode=0o600)
    secrets_file.write_text(json.dumps(logins, indent=1), encoding="utf-8")
    return logins


def _demo_corpus(stack: ExitStack) -> Path | None:
    """The bundled sample corpus, else the project's shared seeds when run from a checkout."""
    try:
        from pantau.data import sample_articles_path

        articles = sample_articles_path()
        if articles.is_file():
            return stack.enter_context(resources.as_file(articles))
    except ImportError:
        pass
    for seeds in (Path.cwd().parent / "shared" / "seeds", Path(__file__).resolve().parents[3].parent / "shared" / "seeds"):
        if seeds.is_dir():
            return seeds
    return None


def _database_label(settings) -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return str(db["NAME"])
    return f"{db['ENGINE'].rsplit('.', 1)[-1]} {db.get('HOST') or ''}/{db.get('NAME')}"
