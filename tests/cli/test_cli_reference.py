from pathlib import Path

from pantau.cli.reference import render_reference

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_docs_cli_reference_matches_every_commands_help():
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(), (
        "docs/cli.md is out of date: run `python -m pantau.cli.reference > docs/cli.md`"
    )


def test_every_command_has_help_text():
    text = render_reference()
    for command in ("analyze", "evaluate", "load", "serve", "demo"):
        assert f"## pantau {command}\n" in text
