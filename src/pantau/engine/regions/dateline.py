"""Where the dateline is: "JAKARTA, KORANPALPRES.COM –", "LIPUTAN15.COM,TOMOHON-", "Palu (ANTARA) -".

The dateline names where the outlet filed from, not what the article is about, so region mentions
inside it count for little. Only the opening of the text is searched: each dash, colon or bar
there is tried as the end of a dateline whose short segment before it names a place.
"""

from __future__ import annotations

import re

from pantau.engine.regions.gazetteer import gazetteer

_SEARCH_CHARS = 500
_MAX_SEGMENT = 60
# A separator after a dateline: dash (spaced, or glued to a capitalised place), colon or bar,
# followed by the start of the lead sentence.
_SEPARATOR = re.compile(r"(?:\s*[–—]+|\s+-{1,2}|-{1,2}(?=\s)|(?<=[A-Z])-{1,2}|:|\s*\|)(?=\s*[A-Z\"“'‘(])")
_SEGMENT_START = re.compile(r"(?:\n|\.\s|\s{2,}|[\]>])")
_CHUNK_SPLIT = re.compile(r"[,|]|\([A-Za-z ]+\)")


def find_dateline_span(text: str) -> tuple[int, int] | None:
    """The span of the dateline in the first characters of ``text``, if there is one."""
    head = text[:_SEARCH_CHARS]
    for separator in _SEPARATOR.finditer(head):
        end = separator.start()
        window_start = max(0, end - _MAX_SEGMENT)
        starts = [m.end() for m in _SEGMENT_START.finditer(head, window_start, end)]
        start = starts[-1] if starts else window_start
        segment = head[start:end]
        if not segment.strip() or (start == window_start and start > 0 and not starts):
            continue
        chunks = (chunk.strip() for chunk in _CHUNK_SPLIT.split(segment))
        if any(chunk and _is_place_name(chunk) for chunk in chunks):
            return start + len(segment) - len(segment.lstrip()), separator.end()
    return None


def _is_place_name(place: str) -> bool:
    """The whole ``place`` is a region or kecamatan name (in capitals or as written)."""
    if len(place) > 40:
        return False
    candidate = place.title() if place.isupper() else place
    found = gazetteer().find(candidate)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate)
