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


def confused_province_warnings(primary: str | None, mentions: list[RegionMention]) -> list[str]:
    """Warn when the text names a province easily confused with the primary region's own
    ("Sulawesi Tengah" for a kabupaten of Sulawesi Tenggara) and none of that province's
    kabupaten/kota: the writer probably meant the real one."""
    if primary is None or "." not in primary:
        return []
    table = region_table()
    real = table[primary].province_code
    family = table[real].name.split()[0]
    provinces_with_regencies = {table[m.code].province_code for m in mentions if "." in m.code}
    warnings = []
    for code in dict.fromkeys(m.code for m in mentions if "." not in m.code and not m.contradicted):
        if code != real and code not in provinces_with_regencies and table[code].name.split()[0] == family:
            warnings.append(
                f"the text names {table[code].name}, but {table[primary].name} is in {table[real].name} "
                f"(Kemendagri {primary}); the province was taken from the kabupaten/kota"
            )
    return warnings
