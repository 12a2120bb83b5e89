"""Dispatch every input (file, directory, URL, "-") to the reader for its kind."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from pantau.engine.article import Article, ReadError, stable_id


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | ReadError]:
    """Articles (or read errors) from every input, in the order given."""
    for spec in inputs:
        if spec == "-":
            yield from _read_jsonl_lines(sys.stdin, "-")
            continue
        path = Path(spec)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in {".jsonl", ".txt"}:
                    yield from read_inputs([str(child)])
        elif path.suffix.lower() == ".jsonl":
            with path.open(encoding="utf-8") as fh:
                yield from _read_jsonl_lines(fh, spec)
        elif path.suffix.lower() == ".txt":
            text = path.read_text(encoding="utf-8")
            yield Article(id=path.stem, text=text, source=spec)
        else:
            yield ReadError(id=stable_id(spec, None), source=spec, error="unsupported input")


def _read_jsonl_lines(lines: Iterable[str], source: str) -> Iterator[Article | ReadError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        obj = json.loads(line)
        yield Article(
            id=str(obj.get("id") or stable_id(obj.get("url"), obj.get("text"))),
            text=obj.get("text") or "",
            title=obj.get("title"),
            url=obj.get("url"),
            outlet=obj.get("outlet"),
            pub_date=obj.get("pub_date"),
            source=f"{source}:{number}",
        )
