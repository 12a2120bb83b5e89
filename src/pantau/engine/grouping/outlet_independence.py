"""Which outlets told a story independently: copies and wire text count once.

Each article gets a *source*: the id of the article it copies (near-verbatim, or a recycled press
release sharing a large part of its 3-grams), ``wire:<agency>`` when it carries a wire agency's
credit, else its own id. A story's independent outlets are the distinct outlets its sources were
first published by — ten Tribun network copies of one report count as one, Antara text in five
regional papers counts as Antara once.
"""

from __future__ import annotations

import re

from pantau.engine.grouping.web_addresses import registrable_domain

# Credits that mark wire copy: "Banda Aceh (ANTARA) -", "JAKARTA, ANTARA -", "(ANTARA News)".
_WIRE_CREDITS = (
    ("antara", re.compile(r"\(\s*antara(?:\s*news)?\s*\)|^[^\n]{0,60}\bantara(?:news)?\s*[-–—]", re.IGNORECASE)),
)
_WIRE_DOMAINS = {"antaranews.com": "antara"}


def outlet_name(outlet: str | None, url: str | None) -> str | None:
    """A comparable outlet name: the URL's registrable domain, else the given name lowercased."""
    domain = registrable_domain(url) if url else None
    if domain:
        return domain
    if outlet:
        name = outlet.strip().lower()
        return registrable_domain(name) if "." in name else name
    return None


def wire_agency(outlet: str | None, text: str) -> str | None:
    """The wire agency whose copy this is, from the outlet or a credit near the top, else None."""
    if outlet in _WIRE_DOMAINS:
        return _WIRE_DOMAINS[outlet]
    head = text[:400]
    for agency, credit in _WIRE_CREDITS:
        if credit.search(head):
            return agency
    return None


def independence_unit(source: str, source_outlet: str | None) -> str:
    """What counts once: a wire agency, else the outlet that first published the source text."""
    if source.startswith("wire:"):
        return source
    return source_outlet or f"article:{source}"
