"""Fetch an http(s) URL politely: timeout, retries with backoff, a size cap, feed-or-page sniffing."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message

from pantau.ingest.feed_reader import looks_like_feed
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions

_CHUNK = 64 * 1024
_FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
    # Older names many servers still send (Python's own http.server among them).
    "application/x-rss+xml", "application/x-atom+xml", "text/rss+xml", "text/atom+xml",
)
_XML_TYPES = ("application/xml", "text/xml")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
# Worth another try: the server or the network may recover. A 404 or 403 will not.
_RETRY_STATUS = {429, 500, 502, 503, 504}
# The per-read timeout does not stop a server that trickles a few bytes at a time forever, so the
# whole body must arrive within this many timeouts.
_BODY_TIMEOUTS = 6


@dataclass
class Fetched:
    url: str  # after redirects
    kind: str  # "feed", "page" or "text"
    data: bytes
    charset: str | None


def fetch(url: str, options: ReadOptions) -> Fetched:
    """The document at ``url``; :class:`ReadFailure` naming the reason when it cannot be had."""
    if not url.lower().startswith(("http://", "https://")):
        raise ReadFailure("only http:// and https:// URLs can be fetched")
    attempts = options.retries + 1
    wait = options.backoff
    last_problem = "no attempt made"
    for attempt in range(1, attempts + 1):
        try:
            return _fetch_once(url, options)
        except _Retryable as exc:
            last_problem = str(exc)
            if attempt < attempts:
                time.sleep(wait)
                wait *= 2
    tries = f"{attempts} tries" if attempts > 1 else "1 try"
    raise ReadFailure(f"{last_problem} ({tries})")


class _Retryable(Exception):
    pass


def _fetch_once(url: str, options: ReadOptions) -> Fetched:
    try:
        if not urllib.parse.urlsplit(url).hostname:
            raise ReadFailure("invalid URL: no host name")
        request = urllib.request.Request(url, headers={"User-Agent": options.user_agent, "Accept": "*/*"})
    except ValueError as exc:
        raise ReadFailure(f"invalid URL: {exc}") from None
    try:
        with urllib.request.urlopen(request, timeout=options.timeout) as response:
            headers: Message = response.headers
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise ReadFailure(_too_big(int(declared), options.max_bytes))
            data = _read_capped(response, options.max_bytes, _BODY_TIMEOUTS * options.timeout)
            if declared and declared.isdigit() and len(data) < int(declared):
                # The connection closed early; half an article would be analysed as if whole.
                raise _Retryable(f"response cut short: {len(data)} of {int(declared)} bytes")
            data = _decompressed(data, headers.get("Content-Encoding", ""), options.max_bytes)
            return Fetched(
                url=response.geturl(),
                kind=_kind(headers.get_content_type(), data),
                data=data,
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # urllib follows redirects itself; one left over is a loop or too many hops
            raise ReadFailure(f"too many redirects or a redirect loop (HTTP {exc.code})") from None
        problem = " ".join(f"HTTP {exc.code} {exc.reason}".split())
        if exc.code in _RETRY_STATUS:
            raise _Retryable(problem) from None
        raise ReadFailure(problem) from None
    except (TimeoutError, socket.timeout):
        raise _Retryable(f"timed out after {options.timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise _Retryable(f"timed out after {options.timeout:g} s") from None
        if isinstance(reason, socket.gaierror):
            raise ReadFailure(f"host not found: {reason.strerror or reason}") from None
        raise _Retryable(f"could not connect: {getattr(reason, 'strerror', None) or reason}") from None
    except http.client.InvalidURL as exc:  # a space or control character in the host or path
        raise ReadFailure(f"invalid URL: {exc}") from None
    except http.client.HTTPException as exc:  # a garbled status line, a body cut short: may not recur
        raise _Retryable(f"broken HTTP response: {type(exc).__name__} {exc}".strip()) from None
    except (ConnectionError, OSError) as exc:
        raise _Retryable(f"connection failed: {exc.strerror or exc}") from None


def _read_capped(response, max_bytes: int, seconds: float) -> bytes:
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read1(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise ReadFailure(_too_big(total, max_bytes, at_least=True))
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise ReadFailure(f"the server sends too slowly: only {total / 1024:.0f} KB in {seconds:g} s, given up")
    if not total:
        raise ReadFailure("empty response (the server sent no content)")
    return b"".join(chunks)


def _decompressed(data: bytes, encoding: str, max_bytes: int) -> bytes:
    """The body as sent before compression. We ask for none, but some servers gzip regardless,
    and the gzip bytes would otherwise be refused as a binary file."""
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip") or not encoding and data[:2] == b"\x1f\x8b":
        wbits = 16 + zlib.MAX_WBITS
    elif encoding == "deflate":
        wbits = zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS  # zlib-wrapped or raw, servers differ
    elif encoding in ("", "identity"):
        return data
    else:
        raise ReadFailure(f"the server compressed the response with {encoding!r}, which cannot be read")
    inflater = zlib.decompressobj(wbits)
    try:
        plain = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise ReadFailure(f"broken {encoding or 'gzip'} compression: {exc}") from None
    if len(plain) > max_bytes:
        raise ReadFailure(_too_big(len(plain), max_bytes, at_least=True))
    return plain


def _kind(content_type: str, data: bytes) -> str:
    if content_type in _FEED_TYPES or looks_like_feed(data):
        return "feed"
    if content_type in _XML_TYPES or content_type in _PAGE_TYPES or content_type == "application/octet-stream":
        return "page"
    if content_type == "text/plain":
        return "text"
    raise ReadFailure(f"not a web page or feed (content type {content_type})")


def _too_big(size: int, cap: int, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return f"too large: {more}{size / 1_048_576:.1f} MB, over the {cap / 1_048_576:g} MB cap"
