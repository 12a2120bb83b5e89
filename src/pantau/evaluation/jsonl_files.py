"""Reading the labels file (strict: it is the yardstick) and an output file (lenient: it is being judged)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


class EvaluationInputError(Exception):
    """A file cannot serve as labels or output; the message names the file (and line)."""


@dataclass
class OutputFile:
    records: dict[str, dict]  # id -> the first readable line with that id
    errors: dict[str, str] = field(default_factory=dict)  # id -> the "error" the pipeline wrote
    unreadable_lines: list[str] = field(default_factory=list)  # "file:line: reason", for stderr
    duplicate_ids: list[str] = field(default_factory=list)


def _lines(path: Path) -> list[tuple[int, str]]:
    try:
        # utf-8-sig: a byte-order mark written by some editors must not make line 1 unreadable
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise EvaluationInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise EvaluationInputError(f"{path}: is a directory, expected a .jsonl file") from None
    except UnicodeDecodeError as exc:
        raise EvaluationInputError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise EvaluationInputError(f"{path}: cannot be read ({exc.strerror})") from None
    return [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


def read_labels(path: Path | str) -> dict[str, dict]:
    """Labels in the devset format, keyed by id, in file order. Any bad line stops the run."""
    labels: dict[str, dict] = {}
    for number, line in _lines(Path(path)):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationInputError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise EvaluationInputError(f"{path}:{number}: a label needs a string 'id'")
        if record["id"] in labels:
            raise EvaluationInputError(f"{path}:{number}: id {record['id']!r} is labelled twice")
        for key in ("is_violation_case", "about_asn_neutrality"):
            if not isinstance(record.get(key), bool):
                raise EvaluationInputError(f"{path}:{number}: {key!r} must be true or false")
        labels[record["id"]] = record
    if not labels:
        raise EvaluationInputError(f"{path}: holds no labels")
    return labels


def read_outputs(path: Path | str, stdin_text: str | None = None) -> OutputFile:
    """An analysis output: bad lines are noted and skipped so that the rest can still be scored.

    ``stdin_text`` is the text of ``-`` (standard input), so that ``pantau analyze … | pantau
    evaluate LABELS -`` works.
    """
    out = OutputFile(records={})
    if stdin_text is not None:
        numbered = [(n, line) for n, line in enumerate(stdin_text.splitlines(), start=1) if line.strip()]
    else:
        numbered = _lines(Path(path))
    for number, line in numbered:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            out.unreadable_lines.append(f"{path}:{number}: not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            out.unreadable_lines.append(f"{path}:{number}: no string 'id'")
            continue
        ident = record["id"]
        if ident in out.records or ident in out.errors:
            out.duplicate_ids.append(ident)
            continue
        if record.get("error"):
            out.errors[ident] = str(record["error"])
        else:
            out.records[ident] = record
    return out
