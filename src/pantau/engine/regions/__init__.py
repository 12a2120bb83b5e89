"""Regions: Kemendagri reference data, a gazetteer of how the news names regions, and the rules
that pick the region an article is about."""

from __future__ import annotations

from dataclasses import dataclass, field

from pantau.engine.analysis import Region
from pantau.engine.regions.consistency import confused_province_warnings, drop_contradicting_provinces
from pantau.engine.regions.dateline import find_dateline_span
from pantau.engine.regions.mentions import find_mentions
from pantau.engine.regions.primary import choose_primary, confirmed_codes
from pantau.engine.regions.reference import region_table


@dataclass
class RegionFindings:
    primary: Region | None
    mentioned: list[Region] = field(default_factory=list)  # in order of first mention
    warnings: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    # Where region and kecamatan names stand in the text (never part of a person's name).
    spans: list[tuple[int, int]] = field(default_factory=list)


def find_regions(text: str, title: str | None = None) -> RegionFindings:
    """The primary region and every region mentioned in an article."""
    table = region_table()
    found = find_mentions(text, title, find_dateline_span(text))
    warnings = drop_contradicting_provinces(found.mentions, text, title)
    choice = choose_primary(found, text)
    warnings += confused_province_warnings(choice.code, found.mentions)
    confirmed = confirmed_codes(found)
    ordered: list[str] = []
    for mention in sorted(found.mentions, key=lambda m: (not m.in_title, m.start)):
        if mention.code in ordered or mention.in_outlet_name or mention.contradicted:
            continue
        if mention.needs_context and mention.prefix is None and mention.code not in confirmed:
            continue  # "Batu besar ..." at the start of a sentence
        ordered.append(mention.code)
    return RegionFindings(
        primary=table.to_region(choice.code) if choice.code else None,
        mentioned=[table.to_region(code) for code in ordered],
        warnings=warnings + choice.warnings,
        scores=choice.scores,
        spans=sorted([(m.start, m.end) for m in found.mentions if not m.in_title] + found.district_spans),
    )
