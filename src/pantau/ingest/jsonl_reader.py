"""JSONL: one article object a line (CONTRACT.md "Input"); a bad line is an error, not the end."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pantau.engine.article import Article, ReadError, stable_id
from pantau.ingest.article_cleaning import build_article
from pantau.ingest.html_reader import article_from_page
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.text_repair import decode_bytes

# Keys that make a JSON object an article rather than, say, a label record.
ARTICLE_KEYS = ("text", "html")
# Encodings whose newline is more than one byte: splitting their bytes at b"\n" cuts characters in
# half, so such a file is decoded as a whole stream (UTF-32 first: its BOM starts like UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192


def read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    try:
        with path.open("rb") as stream:
            yield from read_jsonl_stream(stream, str(path), options)
    except OSError as exc:
        raise ReadFailure(f"cannot read file: {exc.strerror or exc}") from None


def read_jsonl_stream(stream, source: str, options: ReadOptions, *, empty: str = "empty file") -> Iterator[Article | ReadError]:
    """JSONL from a binary stream (a file, stdin) or a text one: UTF-16/32 with a BOM decoded as a
    whole, and a binary stream refused in one error rather than one per chunk between its 0x0A bytes.
    """
    if isinstance(stream, io.TextIOBase) and not hasattr(stream, "buffer"):
        yield from read_jsonl_lines(stream, source, options, empty=empty)  # already text (a replaced stdin)
        return
    stream = getattr(stream, "buffer", stream)
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    head = stream.peek(_SNIFF)[:_SNIFF]
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)
            yield from read_jsonl_lines(text, source, options, empty=empty)
            return
    if b"\x00" in head:
        raise ReadFailure("binary file, not text (contains NUL bytes)")
    yield from read_jsonl_lines(stream, source, options, empty=empty)


def read_jsonl_lines(
    lines: Iterable[bytes | str], source: str, options: ReadOptions, *, empty: str = "empty file"
) -> Iterator[Article | ReadError]:
    """Articles from JSONL lines (bytes or str), streamed so a large file is never held whole."""
    seen_content = False
    for number, raw in enumerate(lines, 1):
        line_source = f"{source}:{number}"
        if not raw.strip():
            continue
        seen_content = True
        try:
            yield _article(raw, line_source, number, options)
        except ReadFailure as exc:
            yield ReadError(id=_error_id(raw, line_source), source=line_source, error=exc.reason)
        except Exception as exc:  # noqa: BLE001 — one line's surprise must not lose the rest of the file
            reason = f"line {number}: unexpected error while reading: {type(exc).__name__}: {exc}"
            yield ReadError(id=_error_id(raw, line_source), source=line_source, error=reason)
    if not seen_content:
        raise ReadFailure(empty)


def looks_like_article_file(path: Path, probe_lines: int = 5) -> bool:
    """Whether a JSONL file found in a directory holds articles (and not, say, labels beside them)."""
    try:
        with path.open("rb") as lines:
            for number, raw in enumerate(lines):
                if number >= probe_lines:
                    break
                try:
                    obj = json.loads(raw)
                except ValueError:
                    return True  # not JSON: read it, so the bad lines are reported
                if isinstance(obj, dict) and any(key in obj for key in ARTICLE_KEYS):
                    return True
    except OSError:
        return True  # let the reader report why it cannot be opened
    return False


def _article(raw: bytes | str, source: str, number: int, options: ReadOptions) -> Article:
    if len(raw) > options.max_bytes:
        raise ReadFailure(f"line {number} too large: {len(raw) / 1_048_576:.1f} MB, over the cap")
    text_line, warnings = decode_bytes(raw) if isinstance(raw, bytes) else (raw, [])
    try:
        obj = json.loads(text_line)
    except ValueError as exc:
        raise ReadFailure(f"line {number} is not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise ReadFailure(f"line {number} is not a JSON object")
    text, html = obj.get("text"), obj.get("html")
    if text is not None and not isinstance(text, str) or html is not None and not isinstance(html, str):
        raise ReadFailure(f"line {number}: 'text' and 'html' must be strings")
    warnings = list(warnings)
    url = _web_url(obj.get("url"), warnings)
    given_id = _given_id(obj.get("id"), warnings)
    fields = {name: _str_field(obj, name, warnings) for name in ("title", "outlet", "pub_date")}
    if text and text.strip():
        return build_article(
            id=given_id or stable_id(url, text), text=text, source=source, url=url, warnings=warnings, **fields
        )
    if html and html.strip():
        return article_from_page(html, id=given_id, url=url, source=source, warnings=warnings, **fields)
    raise ReadFailure(f"line {number} has no text (needs a non-empty 'text' or 'html')")


def _str_field(obj: dict, name: str, warnings: list[str]) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        warnings.append(f"{name} {json.dumps(value)[:60]} is not a string; ignored")
        return None
    return value if value and value.strip() else None


def _given_id(value: object, warnings: list[str]) -> str | None:
    """The record's id as text; a blank or structured one is replaced by a stable hash, with a warning."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        warnings.append(f"id {json.dumps(value)[:60]} is not a string or number; a hash id is used")
        return None
    return str(value).strip()


def _web_url(value: object, warnings: list[str]) -> str | None:
    """An http(s) URL, else None: anything else (javascript:, file:, a bare path) is no link to show."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    warnings.append(f"url {json.dumps(value)[:60]} is not an http(s) URL; ignored")
    return None


def _error_id(raw: bytes | str, source: str) -> str:
    try:
        obj = json.loads(raw)
        given = _given_id(obj.get("id"), []) if isinstance(obj, dict) else None
        if given:
            return given
    except ValueError:
        pass
    return stable_id(source, None)
