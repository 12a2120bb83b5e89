"""Small bar and column charts as inline SVG, drawn on the server.

No chart library and no CDN: the statistics page must work offline in a Bawaslu office, print, and
be read by a screen reader (each chart carries an aria-label, each bar a <title>; the page shows
the same figures as a table).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    href: str | None = None
    css_class: str = ""  # e.g. "baseline" to draw a reference figure differently


def _nice_ceiling(value: int) -> int:
    """The smallest 1-2-5 step number at or above ``value``, so that gridlines fall on round figures."""
    if value <= 0:
        return 1
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _tick_step(ceiling: int) -> int:
    """A whole-number gridline step giving 2-5 gridlines: counts of cases are never fractional."""
    if ceiling <= 5:
        return 1
    leading = ceiling
    while leading >= 10:
        leading //= 10
    # 10 → steps of 2; 20 → 5; 50 → 10 (and the same a power of ten up)
    return ceiling // {1: 5, 2: 4, 5: 5}[leading]


def _format_count(value: int) -> str:
    # Indonesian groups thousands with a dot; the figure must read the same as in the tables.
    return f"{value:,}".replace(",", ".")


def _label_room(labels: Sequence[str]) -> int:
    """Room for the longest label at 12px (about 6.8 units a character), within sensible bounds."""
    longest = max((len(label) for label in labels), default=0)
    return max(100, min(320, round(longest * 6.8) + 14))


def horizontal_bars(bars: Sequence[Bar], aria_label: str, plot_width: int = 360) -> str:
    """One row per bar, label on the left, value at the bar's end.

    The SVG carries its natural size (width/height), so a chart with few bars is not blown up to the
    page width; CSS only shrinks it on narrow screens.
    """
    row_height, bar_height, value_room = 26, 18, 60
    label_width = _label_room([bar.label for bar in bars])
    width = label_width + plot_width + value_room
    height = max(1, len(bars)) * row_height + 6
    top = max((bar.value for bar in bars), default=0) or 1
    parts = [
        f'<svg class="chart hbars" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(aria_label)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, bar in enumerate(bars):
        y = 3 + index * row_height
        length = round(plot_width * bar.value / top, 1) if bar.value > 0 else 0
        bar_class = f"bar {bar.css_class}".strip()
        label = escape(bar.label)
        if bar.href:
            label = f'<a href="{escape(bar.href)}">{label}</a>'
        parts.append(
            f"<g><title>{escape(bar.label)}: {_format_count(bar.value)}</title>"
            f'<text class="chart-label" x="{label_width - 8}" y="{y + bar_height - 4}" '
            f'text-anchor="end">{label}</text>'
            f'<rect class="{bar_class}" x="{label_width}" y="{y}" width="{length:g}" '
            f'height="{bar_height}" rx="3"/>'
            f'<text class="chart-value" x="{label_width + length + 6:g}" y="{y + bar_height - 4}">'
            f"{_format_count(bar.value)}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def columns_over_time(points: Sequence[Bar], aria_label: str) -> str:
    """Vertical columns in time order (one per month), with round-figure gridlines."""
    left, bottom, top_pad, plot_height = 44, 34, 10, 180
    column_step = 34 if len(points) <= 24 else max(8, 816 // max(1, len(points)))
    width = left + max(1, len(points)) * column_step + 10
    height = top_pad + plot_height + bottom
    ceiling = _nice_ceiling(max((p.value for p in points), default=0))
    parts = [
        f'<svg class="chart columns" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(aria_label)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    step = _tick_step(ceiling)
    for value in range(0, ceiling + 1, step):
        y = top_pad + plot_height * (1 - value / ceiling)
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width - 6}" y1="{y:g}" y2="{y:g}"/>'
            f'<text class="chart-axis" x="{left - 6}" y="{y + 4:g}" text-anchor="end">{_format_count(value)}</text>'
        )
    # Label every month when they fit, else every few so the labels never overlap.
    label_every = max(1, math.ceil(48 / column_step))
    for index, point in enumerate(points):
        x = left + index * column_step + 4
        column_height = round(plot_height * point.value / ceiling, 1)
        y = top_pad + plot_height - column_height
        parts.append(
            f"<g><title>{escape(point.label)}: {_format_count(point.value)}</title>"
            f'<rect class="bar {escape(point.css_class)}" x="{x}" y="{y:g}" '
            f'width="{column_step - 8}" height="{column_height:g}" rx="2"/></g>'
        )
        if index % label_every == 0:
            parts.append(
                f'<text class="chart-axis" x="{x + (column_step - 8) / 2:g}" '
                f'y="{top_pad + plot_height + 16}" text-anchor="middle">{escape(point.label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
