"""The one exception readers raise for an input they cannot turn into an article."""

from __future__ import annotations


class ReadFailure(Exception):
    """An input (file, URL, feed entry, JSONL line) that cannot be read; the message is the reason.

    Readers raise it; :mod:`pantau.ingest.sources` turns it into a :class:`ReadError` line so the
    run goes on with the next input.
    """

    @property
    def reason(self) -> str:
        return str(self.args[0]) if self.args else "unreadable input"
