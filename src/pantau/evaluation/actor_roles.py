"""Scoring unnamed actors ("oknum camat", "dua guru ASN") by the position the label gives them.

Most actors in the labels have no name (37 of 49 in the devset), so the name score alone misses
most of them. For each unnamed label actor whose role names a known position, the question is
whether the output marks as accused someone holding that position. Positions are compared as
families, so that spellings of one position agree ("kades" = "kepala desa", "PNS" = "ASN").
A label role that names no known position ("pengguna mobil dinas") is not scored. There is no
precision: unnamed people cannot be told apart, so an extra accused "ASN" is neither right nor
wrong here (the name score and the case score see those errors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Spelling in a role -> position family. Longer phrases first, so "kepala desa" is not "kepala".
_FAMILIES = {
    "kepala desa": "kepala desa", "kades": "kepala desa", "perbekel": "kepala desa", "sangadi": "kepala desa",
    "geuchik": "kepala desa", "keuchik": "kepala desa", "perangkat desa": "perangkat desa",
    "kepala lingkungan": "kepala lingkungan", "kepling": "kepala lingkungan",
    "kepala dinas": "kepala dinas", "kadis": "kepala dinas", "kadisdik": "kepala dinas", "kadinsos": "kepala dinas",
    "kepala sekolah": "kepala sekolah", "kepala sd": "kepala sekolah", "kepala smp": "kepala sekolah",
    "kepala sma": "kepala sekolah", "kepala smk": "kepala sekolah",
    "kepala bidang": "kepala bidang", "kabid": "kepala bidang", "kepala seksi": "kepala seksi", "kasi": "kepala seksi",
    "kepala bagian": "kepala bagian", "kabag": "kepala bagian", "kepala puskesmas": "kepala puskesmas",
    "sekretaris daerah": "sekda", "sekda": "sekda", "camat": "camat", "lurah": "lurah", "guru": "guru",
    "bidan": "bidan", "dosen": "dosen", "perawat": "perawat", "penyuluh": "penyuluh",
    "penjabat": "pj", "pj": "pj", "bupati": "bupati", "wali kota": "wali kota", "walikota": "wali kota",
    "gubernur": "gubernur", "ketua rt": "rt/rw", "ketua rw": "rt/rw", "rt/rw": "rt/rw", "pps": "pps",
    "asn": "asn", "pns": "asn", "pppk": "asn", "aparatur sipil negara": "asn", "pegawai": "asn", "staf": "asn",
}  # fmt: skip
_PATTERN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _FAMILIES), key=len, reverse=True)) + r")\b")


def families(role: object) -> frozenset[str]:
    """Position families a role names: "guru ASN" -> {guru, asn}; "oknum Kades" -> {kepala desa}."""
    if not isinstance(role, str):
        return frozenset()
    return frozenset(_FAMILIES[m.group(0)] for m in _PATTERN.finditer(role.lower()))


@dataclass(frozen=True)
class RoleMatch:
    scored: int  # unnamed label actors with a known position
    found: int  # of those, held by an accused output actor
    missed_roles: tuple[str, ...]  # label roles not found, for the failure listing


def match_unnamed(label: dict, output: dict | None) -> RoleMatch:
    actors = label.get("actors") if isinstance(label.get("actors"), list) else []
    wanted = [(a.get("role"), families(a.get("role"))) for a in actors
              if isinstance(a, dict) and not (isinstance(a.get("name"), str) and a["name"].strip())]
    wanted = [(role, fams) for role, fams in wanted if fams]
    held: set[str] = set()
    if output is not None and isinstance(output.get("actors"), list):
        for actor in output["actors"]:
            if isinstance(actor, dict) and actor.get("accused") is True:
                held |= families(actor.get("role"))
    missed = tuple(str(role) for role, fams in wanted if not fams & held)
    return RoleMatch(len(wanted), len(wanted) - len(missed), missed)


def accused_roles(output: dict) -> list[str]:
    actors = output.get("actors") if isinstance(output.get("actors"), list) else []
    return [str(a.get("role")) for a in actors if isinstance(a, dict) and a.get("accused") is True]
