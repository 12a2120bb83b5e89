"""The dateline that opens an Indonesian news lead: who published it and where it was written.

Outlets write it in many orders: "JAKARTA, KORANPALPRES.COM –", "MAKASSAR,TERASnews.id –",
"Suarautara.com , Kotamobagu –", "LIPUTAN15.COM,TOMOHON-", "MAKASSAR|ProNews.id –", "JAKARTA -",
"Jakarta (ANTARA) -", "viralnasional.com -JAKARTA --", "[PORTAL-ISLAM.ID]". A dateline is a short
head of one to three parts (place names and outlet names), a dash or bar, then the lead sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAX_HEAD = 70
# The lead after a dateline is a sentence, not a headline: long enough to tell them apart.
_MIN_LEAD = 60
_SEPARATOR = re.compile(r"\s*(?:--|[–—‒−]|\||-(?=\s|[A-Z\"“])|[:.](?=\s))\s*")
_PART_SPLIT = re.compile(r"\s*(?:,|\||--|[–—‒−]|\s-|-(?=[A-Z]))\s*")
# Older wire datelines carry the day: "Ambon, 17/9 (ANTARA) -".
_DAY_MONTH = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*")
_DOMAIN = re.compile(r"^[A-Za-z0-9][\w-]*(?:\.\s?[A-Za-z]{2,10}){1,3}$")
_PAREN_OUTLET = re.compile(r"^(?P<place>.*?)\s*\((?P<outlet>[A-Za-z][\w .-]{1,25})\)$")
_BRACKET_OUTLET = re.compile(r"^\s*\[(?P<outlet>[\w.-]+\.[A-Za-z]{2,10})\]\s*(?P<rest>\S.*)$")
_WORD = re.compile(r"^(?:[A-Z][A-Za-z'’.]*|[A-Z0-9]+)$")
# An all-caps word or a CamelCase brand ("BETVNEWS", "SuaraNet", "IDN Times").
_BRANDED = re.compile(r"\b[A-Z]{3,}\b|\b[A-Z][a-z]+[A-Z]")
_LEAD_START = re.compile(r"^[\"“‘'A-Z0-9]")


@dataclass(frozen=True)
class Dateline:
    outlet: str | None  # as written, e.g. "KORANPALPRES.COM"; see outlet_name()
    place: str | None  # title case, e.g. "Jakarta"
    head_length: int  # characters of the line the dateline takes, separator included


def parse_dateline(line: str) -> Dateline | None:
    """The dateline at the start of ``line``, or None when the line does not open with one."""
    bracketed = _BRACKET_OUTLET.match(line)
    if bracketed and len(bracketed["rest"]) >= _MIN_LEAD:
        return Dateline(outlet=bracketed["outlet"], place=None, head_length=bracketed.start("rest"))
    found: Dateline | None = None
    # Try every separator in the head; the longest head that still parses wins, so that
    # "Exposetimur.com – Jakarta, –" keeps the place and not only the outlet.
    for sep in _SEPARATOR.finditer(line[: _MAX_HEAD + 4]):
        head, rest = line[: sep.start()], line[sep.end():]
        if not head.strip() or sep.start() > _MAX_HEAD:
            break
        mark = sep.group().strip()
        if mark == "." and (found or not head.isupper() or _PART_SPLIT.search(head)):
            continue  # "JAKARTA. Anggota …" is a dateline; "Ia pulang. Besok …" is two sentences
        parsed = _parse_head(head)
        if mark == ":" and parsed and (found or (_PART_SPLIT.search(head) and not is_domain(parsed[0]))):
            continue  # "Jakarta: …", "Kendari, Sultrakini.com: …" are datelines; "Bawaslu, KPU: …" is not
        if parsed and len(rest) >= _MIN_LEAD and _LEAD_START.match(rest):
            found = Dateline(outlet=parsed[0], place=parsed[1], head_length=sep.end())
    return found


def outlet_name(written: str) -> str:
    """"KORANPALPRES.COM" -> "koranpalpres.com", "TRIBUNSUMSEL. COM" -> "tribunsumsel.com"."""
    return re.sub(r"\s+", "", written).lower() if _DOMAIN.match(written) else written.strip().lower()


def is_domain(written: str | None) -> bool:
    return bool(written and _DOMAIN.match(written.strip()))


def _parse_head(head: str) -> tuple[str | None, str | None] | None:
    parts = [p for p in _PART_SPLIT.split(head.strip()) if p]
    if not 1 <= len(parts) <= 3:
        return None
    outlet: str | None = None
    places: list[str] = []
    for part in parts:
        part = _DAY_MONTH.sub("", part)
        if not part:
            continue
        paren = _PAREN_OUTLET.match(part)
        if _DOMAIN.match(part):
            if outlet:
                return None
            outlet = part
        elif paren and (not paren["place"] or _is_name(paren["place"])):
            outlet = outlet or paren["outlet"]
            places += [paren["place"]] if paren["place"] else []
        elif _is_name(part):
            places.append(part)
        else:
            return None
    if len(places) > 2 or (outlet and len(places) > 1):
        return None
    if not outlet and len(places) == 2:
        first_is_place, second_is_place = _is_region_name(places[0]), _is_region_name(places[1])
        if second_is_place and not first_is_place:  # "Mapos, Mamuju –": the outlet came first
            places.reverse()
        elif not first_is_place and not (any(_BRANDED.search(p) for p in places) or " " not in places[1]):
            # A title and a person's name ("Ketua Bawaslu, Rahmat Bagja –") is no dateline: a brand
            # is written in capitals or CamelCase, or is one word ("Tangerang, Bantenhits").
            return None
        # Otherwise the place comes first by convention: "BENGKULU, BETVNEWS", "Manado, IDN Times".
        places, outlet = places[:1], places[1]
    place = _title(places[0]) if places else None
    return outlet, place


def _is_region_name(part: str) -> bool:
    """The whole ``part`` names a region or kecamatan in the packaged gazetteer."""
    from pantau.engine.regions.gazetteer import gazetteer  # loaded only for ambiguous datelines

    candidate = part.title() if part.isupper() else part
    found = gazetteer().find(candidate)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate)


def _is_name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 3 and len(part) <= 30 and all(_WORD.match(w) for w in words)


def _title(place: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in place.split())
