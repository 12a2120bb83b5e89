"""Where each of the 38 provinces sits on the tile-grid map.

A tile grid keeps every province the same size, so small provinces with many cases (DKI Jakarta, DI
Yogyakarta) stay as visible as Papua; and it is our own data, so the map needs no boundary files
under someone else's licence and no external tiles. The layout follows geography loosely: Sumatra on
the left, Java along the bottom row, Kalimantan and Sulawesi in the middle, Maluku and Papua on the
right.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProvinceTile:
    code: str  # Kemendagri province code
    short: str  # the abbreviation the news and Bawaslu use, short enough to fit a tile
    name: str  # official name
    col: int
    row: int


PROVINCE_TILES: tuple[ProvinceTile, ...] = (
    ProvinceTile("11", "ACEH", "Aceh", 0, 0),
    ProvinceTile("12", "SUMUT", "Sumatera Utara", 1, 1),
    ProvinceTile("14", "RIAU", "Riau", 2, 1),
    ProvinceTile("21", "KEPRI", "Kepulauan Riau", 3, 1),
    ProvinceTile("13", "SUMBAR", "Sumatera Barat", 1, 2),
    ProvinceTile("15", "JAMBI", "Jambi", 2, 2),
    ProvinceTile("17", "BKL", "Bengkulu", 1, 3),
    ProvinceTile("16", "SUMSEL", "Sumatera Selatan", 2, 3),
    ProvinceTile("19", "BABEL", "Kepulauan Bangka Belitung", 3, 3),
    ProvinceTile("18", "LAMPUNG", "Lampung", 2, 4),
    ProvinceTile("31", "DKI", "Daerah Khusus Ibukota Jakarta", 4, 4),
    ProvinceTile("36", "BANTEN", "Banten", 3, 5),
    ProvinceTile("32", "JABAR", "Jawa Barat", 4, 5),
    ProvinceTile("33", "JATENG", "Jawa Tengah", 5, 5),
    ProvinceTile("34", "DIY", "Daerah Istimewa Yogyakarta", 5, 6),
    ProvinceTile("35", "JATIM", "Jawa Timur", 6, 5),
    ProvinceTile("51", "BALI", "Bali", 7, 5),
    ProvinceTile("52", "NTB", "Nusa Tenggara Barat", 8, 5),
    ProvinceTile("53", "NTT", "Nusa Tenggara Timur", 9, 5),
    ProvinceTile("65", "KALTARA", "Kalimantan Utara", 7, 1),
    ProvinceTile("61", "KALBAR", "Kalimantan Barat", 5, 2),
    ProvinceTile("62", "KALTENG", "Kalimantan Tengah", 6, 2),
    ProvinceTile("64", "KALTIM", "Kalimantan Timur", 7, 2),
    ProvinceTile("63", "KALSEL", "Kalimantan Selatan", 7, 3),
    ProvinceTile("75", "GTLO", "Gorontalo", 10, 1),
    ProvinceTile("71", "SULUT", "Sulawesi Utara", 11, 1),
    ProvinceTile("76", "SULBAR", "Sulawesi Barat", 8, 2),
    ProvinceTile("72", "SULTENG", "Sulawesi Tengah", 9, 2),
    ProvinceTile("73", "SULSEL", "Sulawesi Selatan", 8, 3),
    ProvinceTile("74", "SULTRA", "Sulawesi Tenggara", 9, 3),
    ProvinceTile("82", "MALUT", "Maluku Utara", 12, 1),
    ProvinceTile("81", "MALUKU", "Maluku", 12, 3),
    ProvinceTile("96", "PBD", "Papua Barat Daya", 13, 2),
    ProvinceTile("92", "PABAR", "Papua Barat", 14, 2),
    ProvinceTile("91", "PAPUA", "Papua", 15, 2),
    ProvinceTile("94", "PATENG", "Papua Tengah", 14, 3),
    ProvinceTile("95", "PAPEG", "Papua Pegunungan", 15, 3),
    ProvinceTile("93", "PASEL", "Papua Selatan", 15, 4),
)

TILE_BY_CODE: dict[str, ProvinceTile] = {tile.code: tile for tile in PROVINCE_TILES}
GRID_COLUMNS = max(tile.col for tile in PROVINCE_TILES) + 1
GRID_ROWS = max(tile.row for tile in PROVINCE_TILES) + 1
