"""Where the dateline is: "JAKARTA, KORANPALPRES.COM –", "LIPUTAN15.COM,TOMOHON-", "Palu (ANTARA) -".

The dateline names where the outlet filed from, not what the article is about, so region mentions
inside it count for little. Only the opening of the text is searched.
"""

from __future__ import annotations

import re

from pantau.engine.regions.gazetteer import gazetteer

_SEARCH_CHARS = 500
_CHUNK = r"[A-Za-z0-9][\w.'’ -]{1,40}?"
_DASH = r"(?:\s*[–—]+|\s+-{1,2}|-{1,2}(?=\s)|(?<=[A-Z])-{1,2}|\s*:|\s*\|)"
# One or two short chunks (place and outlet, either order, "(ANTARA)" allowed) before a dash.
_DATELINE = re.compile(
    rf"(?:^|(?<=[\s>\]]))(?P<body>{_CHUNK}(?:\s*\([A-Za-z ]+\))?(?:\s*[,|]\s*{_CHUNK})?){_DASH}(?=\s*[A-Z\"“'‘(])"
)
_CHUNK_SPLIT = re.compile(r"[,|]|\([A-Za-z ]+\)")


def find_dateline_span(text: str) -> tuple[int, int] | None:
    """The span of the dateline in the first characters of ``text``, if there is one."""
    head = text[:_SEARCH_CHARS]
    for match in _DATELINE.finditer(head):
        chunks = [chunk.strip() for chunk in _CHUNK_SPLIT.split(match.group("body"))]
        if any(_is_place_name(chunk) for chunk in chunks if chunk):
            return match.start(), match.end()
    return None


def _is_place_name(place: str) -> bool:
    """The whole ``place`` is a region or kecamatan name (in capitals or as written)."""
    candidate = place.title() if place.isupper() else place
    found = gazetteer().find(candidate)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate)
