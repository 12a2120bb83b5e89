"""The province tile-grid map as inline SVG, drawn on the server.

Server-side SVG needs no JavaScript and no map library, prints well, and every tile is a plain link to
the province's kabupaten/kota list, so the map works with a keyboard and a screen reader too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape

from pantau.web.ui.province_tiles import GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES

TILE = 58  # tile side in SVG units
GAP = 4

# Light to dark: few to many alleged cases. Shade 0 is "none", kept grey so that zero never looks
# like a small number.
SHADES = ("#eceff3", "#fde7cf", "#f9bf85", "#ef8c45", "#d2571f", "#9c3208")
DARK_SHADES = {4, 5}  # white text reads better on these


@dataclass(frozen=True)
class LegendStep:
    shade: int
    colour: str
    low: int
    high: int


def shade_of(count: int, max_count: int) -> int:
    """Shade 0 for no cases; 1..5 by the count's share of the busiest province.

    A share of the maximum (not quantiles) keeps the scale stable when one province is added and
    reads simply: the darkest tile is the busiest province.
    """
    if count <= 0 or max_count <= 0:
        return 0
    step = (len(SHADES) - 1) * count / max_count
    return max(1, min(len(SHADES) - 1, math.ceil(step)))


def legend_steps(max_count: int) -> list[LegendStep]:
    """The count range each shade stands for, for the legend under the map."""
    steps = [LegendStep(0, SHADES[0], 0, 0)]
    if max_count <= 0:
        return steps
    previous_high = 0
    for shade in range(1, len(SHADES)):
        # shade_of(c) <= shade exactly when c <= shade * max / steps
        high = shade * max_count // (len(SHADES) - 1)
        if high > previous_high:
            steps.append(LegendStep(shade, SHADES[shade], previous_high + 1, high))
            previous_high = high
    return steps


OUT_OF_SCOPE_FILL = "#f8f9fb"


def render_tile_map(
    counts: Mapping[str, int],
    href_for: Callable[[str], str],
    describe: Callable[[str, int], str],
    aria_label: str,
    in_scope: Callable[[str], bool] = lambda code: True,
) -> str:
    """SVG markup for all 38 provinces.

    ``counts`` maps a province code to its alleged cases; ``href_for`` gives a tile's link;
    ``describe`` gives its tooltip (already translated by the caller, who knows the language).
    Provinces outside the user's regions (``in_scope`` false) are drawn blank with a dash, so that
    "not yours" never reads as "no cases".
    """
    max_count = max(counts.values(), default=0)
    width = GRID_COLUMNS * (TILE + GAP)
    height = GRID_ROWS * (TILE + GAP)
    parts = [
        f'<svg class="tile-map" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(aria_label)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tile in PROVINCE_TILES:
        count = counts.get(tile.code, 0)
        shade = shade_of(count, max_count)
        x = tile.col * (TILE + GAP)
        y = tile.row * (TILE + GAP)
        mine = in_scope(tile.code)
        text_class = "tile-text dark" if shade in DARK_SHADES else "tile-text"
        fill = SHADES[shade] if mine else OUT_OF_SCOPE_FILL
        parts.append(
            f'<a href="{escape(href_for(tile.code))}" class="tile{"" if mine else " out"}" data-code="{tile.code}">'
            f"<title>{escape(describe(tile.code, count))}</title>"
            f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="6" fill="{fill}"/>'
            f'<text class="{text_class}" x="{x + TILE / 2:g}" y="{y + 24}" text-anchor="middle">'
            f"{escape(tile.short)}</text>"
            f'<text class="{text_class} tile-count" x="{x + TILE / 2:g}" y="{y + 44}" '
            f'text-anchor="middle">{count if mine else "–"}</text>'
            "</a>"
        )
    parts.append("</svg>")
    return "".join(parts)
