"""Shading and drawing the tile map."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pantau.web.ui.tile_map_svg import SHADES, legend_steps, render_tile_map, shade_of


def test_shades_run_from_none_to_the_busiest():
    assert shade_of(0, 10) == 0
    assert shade_of(1, 10) == 1
    assert shade_of(10, 10) == len(SHADES) - 1
    assert shade_of(1, 1000) == 1  # one case never looks like none
    assert [shade_of(n, 10) for n in range(11)] == sorted(shade_of(n, 10) for n in range(11))


def test_legend_covers_every_count_once():
    for max_count in (1, 3, 7, 10, 123):
        steps = legend_steps(max_count)
        covered = [n for step in steps[1:] for n in range(step.low, step.high + 1)]
        assert covered == list(range(1, max_count + 1)), max_count
        for step in steps[1:]:
            assert shade_of(step.low, max_count) == shade_of(step.high, max_count) == step.shade


def test_svg_is_well_formed_and_escapes_text():
    svg = render_tile_map(
        {"71": 3},
        href_for=lambda code: f"/peta/{code}/?a=1&b=2",
        describe=lambda code, n: f"<{code}> {n}",
        aria_label='Peta "uji"',
    )
    root = ET.fromstring(svg)  # raises on unescaped & or <
    ns = "{http://www.w3.org/2000/svg}"
    tiles = root.findall(f"{ns}a")
    assert len(tiles) == 38
    sulut = next(t for t in tiles if t.get("data-code") == "71")
    assert sulut.get("href") == "/peta/71/?a=1&b=2"
    assert sulut.find(f"{ns}title").text == "<71> 3"
    assert sulut.find(f"{ns}rect").get("fill") == SHADES[-1]
