"""The ``page`` and ``page_size`` query parameters of the API lists, bounded.

An unbounded ``page`` becomes an OFFSET the database cannot hold (SQLite's and PostgreSQL's are
64-bit): ``page=10**20`` was a 500. Nobody pages that far; past ``MAX_PAGE`` the answer is the
(empty) page ``MAX_PAGE``.
"""

from __future__ import annotations

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50
MAX_PAGE = 100_000


def page_and_size(params) -> tuple[int, int]:
    """(page ≥ 1, 1 ≤ size ≤ MAX_PAGE_SIZE); values that are not whole numbers give the defaults."""
    return (
        _bounded(params.get("page"), default=1, low=1, high=MAX_PAGE),
        _bounded(params.get("page_size"), default=DEFAULT_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE),
    )


def _bounded(value, *, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value)) if value not in (None, "") else default
    except ValueError:
        number = default
    return min(high, max(low, number))
