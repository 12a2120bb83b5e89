"""The tile layout: every province once, no two tiles on one square, codes that exist."""

from __future__ import annotations

from pantau.web.monitoring.region_table import kemendagri_regions
from pantau.web.ui.province_tiles import GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES


def test_every_kemendagri_province_has_exactly_one_tile():
    provinces = {row["code"]: row["name"] for row in kemendagri_regions() if row["level"] == "province"}
    assert len(provinces) == 38
    assert sorted(tile.code for tile in PROVINCE_TILES) == sorted(provinces)


def test_no_two_tiles_share_a_square_and_all_fit_the_grid():
    squares = [(tile.col, tile.row) for tile in PROVINCE_TILES]
    assert len(set(squares)) == len(squares)
    assert all(0 <= col < GRID_COLUMNS and 0 <= row < GRID_ROWS for col, row in squares)


def test_abbreviations_fit_a_tile():
    assert all(len(tile.short) <= 7 for tile in PROVINCE_TILES)
    assert len({tile.short for tile in PROVINCE_TILES}) == 38
