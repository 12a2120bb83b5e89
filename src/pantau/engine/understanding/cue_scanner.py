"""Find where many cue patterns match, fast, by trying each only where it can start.

Scanning a 2,000-character article with forty alternations costs Python's regex engine about a
millisecond, because each pattern is tried at every position. Nearly every cue starts at a word
boundary with known letters ("\\bdilaporkan", "\\b(pj|penjabat) bupati"), so we read those first
letters out of the compiled pattern once, and at run time try a pattern only at the word starts
whose first letters can begin it. Patterns whose start cannot be read (no leading word boundary,
a leading wildcard) are scanned the ordinary way, so the matches found are the same.
"""

from __future__ import annotations

import re
from re import _constants as sre  # noqa: PLC2701 - the parser's opcodes, stable since 3.11
from re import _parser as sre_parse  # noqa: PLC2701

PREFIX_LENGTH = 5
_WORD_START = re.compile(r"\b\w")
_DIGITS = "0123456789"


class _Unreadable(Exception):
    """The pattern's start cannot be told from its first letters."""


def start_prefixes(pattern: re.Pattern[str]) -> set[str] | None:
    """Every string of up to PREFIX_LENGTH characters a match can start with, all matches starting
    at a word boundary; None when that cannot be told."""
    try:
        found = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)), "", False)
    except _Unreadable:
        return None
    if not found or "" in found:
        return None
    return found


def _sequence(items: list, prefix: str, anchored: bool) -> set[str]:
    if len(prefix) >= PREFIX_LENGTH or not items:
        return {prefix}
    op, av = items[0]
    rest = items[1:]
    if op is sre.AT:
        return _sequence(rest, prefix, anchored or av in (sre.AT_BOUNDARY, sre.AT_BEGINNING))
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _sequence(rest, prefix, anchored)
    if op is sre.LITERAL:
        if not anchored:
            raise _Unreadable
        return _sequence(rest, prefix + chr(av), anchored)
    if op is sre.IN:
        if not anchored:
            raise _Unreadable
        chars = _class_chars(av)
        if chars is None:
            return {prefix} if prefix else _raise()
        return set().union(*(_sequence(rest, prefix + c, anchored) for c in chars))
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]) + rest, prefix, anchored)
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(branch) + rest, prefix, anchored) for branch in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, item = av
        if low == 0 and high == 1:
            return _sequence(list(item) + rest, prefix, anchored) | _sequence(rest, prefix, anchored)
        if low >= 1:
            # One repetition is certain; what follows it is not, so stop after it.
            return {p for p in _sequence(list(item), prefix, anchored)}
        if prefix:
            return {prefix}
        raise _Unreadable
    if prefix:
        return {prefix}  # a wildcard or category: the prefix so far is all we know
    raise _Unreadable


def _raise() -> set[str]:
    raise _Unreadable


def _class_chars(entries: list) -> str | None:
    chars = ""
    for op, av in entries:
        if op is sre.LITERAL:
            chars += chr(av)
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars += _DIGITS
        else:
            return None
    return chars if len(chars) <= 12 else None


class CueScanner:
    """Matches of named patterns in a lower-cased text, each pattern tried only where it can start."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.table: dict[str, list[str]] = {}
        self.full_scan: list[str] = []
        for name, pattern in patterns.items():
            prefixes = start_prefixes(pattern)
            if prefixes is None:
                self.full_scan.append(name)
                continue
            for prefix in prefixes:
                self.table.setdefault(prefix, []).append(name)
        self.lengths = sorted({len(prefix) for prefix in self.table})

    def scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        found: dict[str, list[re.Match[str]]] = {name: [] for name in self.patterns}
        busy_until: dict[str, int] = {}
        table, lengths, patterns = self.table, self.lengths, self.patterns
        for start_match in _WORD_START.finditer(text):
            pos = start_match.start()
            names: set[str] = set()
            for length in lengths:
                hit = table.get(text[pos : pos + length])
                if hit:
                    names.update(hit)
            for name in names:
                # Like finditer, matches of one pattern do not overlap.
                if pos < busy_until.get(name, 0):
                    continue
                match = patterns[name].match(text, pos)
                if match:
                    found[name].append(match)
                    busy_until[name] = max(match.end(), pos + 1)
        for name in self.full_scan:
            found[name] = list(self.patterns[name].finditer(text))
        return found
