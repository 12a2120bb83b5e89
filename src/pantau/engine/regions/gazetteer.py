"""Every way the news names a region, in one Aho–Corasick automaton: one pass over a text.

Keys are lower-cased surface forms; each maps to the Kemendagri codes it may mean. A bare name
("Bekasi") may mean several (Kabupaten and Kota Bekasi); later stages pick one from context.
Kecamatan names are in the same automaton, but only as evidence for the kabupaten/kota they
belong to, never as a region mention of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from pantau.engine.regions.reference import RegionTable, read_data_file, region_table

# Words inside a region name that the news writes in lower case ("kota Makassar").
_LOWER_OK = {"kota", "kabupaten", "dan", "administrasi", "provinsi", "una"}
# Kecamatan names shorter than this are too often ordinary words or initials.
_MIN_DISTRICT_LEN = 4


@dataclass(frozen=True)
class GazetteerEntry:
    codes: tuple[str, ...]  # Kemendagri codes this form may mean (districts: their kabupaten/kota)
    is_district: bool = False  # a kecamatan name: context, not a mention
    needs_context: bool = False  # also a common word or personal name ("Batu", "Bima", "Pati")
    exact_case: str | None = None  # all-caps abbreviations match only as written ("NTT", "OKU")


@dataclass(frozen=True)
class RawMatch:
    start: int
    end: int
    entry: GazetteerEntry

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


class Gazetteer:
    def __init__(self, table: RegionTable, aliases: dict):
        forms: dict[str, dict] = {}
        needs_context = {name.lower() for name in aliases.get("needs_context", [])}

        def add(form: str, code: str) -> None:
            key = form.lower()
            slot = forms.setdefault(key, {"codes": [], "exact": None})
            if code not in slot["codes"]:
                slot["codes"].append(code)
            if form.isupper() and len(form) <= 5:
                slot["exact"] = form

        for entry in table.entries.values():
            add(entry.name, entry.code)
            add(entry.bare_name, entry.code)
        for code, names in aliases["aliases"].items():
            for name in names:
                add(name, code)
        self._automaton = ahocorasick.Automaton()
        for key, slot in forms.items():
            codes = tuple(sorted(slot["codes"]))
            self._automaton.add_word(
                key,
                (len(key), GazetteerEntry(codes, False, key in needs_context, slot["exact"])),
            )
        for regency_code, names in table.districts.items():
            for name in names:
                key = name.lower()
                if len(key) < _MIN_DISTRICT_LEN or key in forms:
                    continue
                existing = self._automaton.get(key, None)
                codes = (regency_code,) if existing is None else tuple(sorted({*existing[1].codes, regency_code}))
                self._automaton.add_word(key, (len(key), GazetteerEntry(codes, True)))
        self._automaton.make_automaton()

    def find(self, text: str) -> list[RawMatch]:
        """Leftmost-longest matches on word boundaries, written as names are (capitalised)."""
        low = _lower_same_length(text)
        found: list[RawMatch] = []
        for end_index, (length, entry) in self._automaton.iter(low):
            start, end = end_index - length + 1, end_index + 1
            if not _on_word_boundaries(text, start, end) or not _written_as_name(text, start, end, entry):
                continue
            found.append(RawMatch(start, end, entry))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[RawMatch] = []
        last_end = -1
        for match in found:
            if match.start >= last_end:
                kept.append(match)
                last_end = match.end
        return kept


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters ("İ") lower-case to two; keep offsets aligned with the original text.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def _written_as_name(text: str, start: int, end: int, entry: GazetteerEntry) -> bool:
    surface = text[start:end]
    if entry.exact_case is not None:
        return surface == entry.exact_case
    for word in surface.replace("-", " ").split():
        if word.lower() in _LOWER_OK:
            continue
        if not word[0].isupper() and not word[0].isdigit():
            return False
    return True


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(region_table(), read_data_file("aliases.json"))
