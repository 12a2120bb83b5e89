"""A text that puts a kabupaten/kota in the wrong province ("Muna Barat, Sulawesi Tengah").

The kabupaten/kota is the more specific, more often right fact: keep its real province, drop the
contradicting province mention from the evidence, and say so in a warning.
"""

from __future__ import annotations

import re

from pantau.engine.regions.mentions import RegionMention
from pantau.engine.regions.reference import region_table

# What may stand between a kabupaten/kota and the province the writer places it in.
_JOINER = re.compile(r"^\s*(?:,|\(|di|provinsi|,\s*provinsi|di provinsi)?\s*$", re.IGNORECASE)
_MAX_GAP = 25


def drop_contradicting_provinces(mentions: list[RegionMention], text: str, title: str | None) -> list[str]:
    """Mark province mentions that contradict the kabupaten/kota just before them; return warnings."""
    table = region_table()
    warnings: list[str] = []
    ordered = sorted(mentions, key=lambda m: (not m.in_title, m.start))
    for left, right in zip(ordered, ordered[1:]):
        if left.in_title != right.in_title or "." not in left.code or "." in right.code:
            continue
        source = (title or "") if left.in_title else text
        gap = source[left.end : right.start]
        if len(gap) > _MAX_GAP or not _JOINER.match(gap):
            continue
        real = table[left.code].province_code
        if right.code != real:
            right.contradicted = True
            warnings.append(
                f"the text places {table[left.code].name} in {table[right.code].name}; "
                f"it is in {table[real].name} (Kemendagri {left.code})"
            )
    return warnings
