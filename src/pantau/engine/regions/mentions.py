"""Region mentions in one article: what each name refers to, read from the words around it.

A bare name is resolved from its prefix ("Pemkot Bekasi" is the Kota, "Bupati Bekasi" the
Kabupaten), then from how the same name is written elsewhere in the article, then from kecamatan
names and provinces mentioned nearby.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pantau.engine.regions.gazetteer import RawMatch, gazetteer
from pantau.engine.regions.reference import region_table

# The word(s) just before a name say what kind of region it is.
_KABUPATEN_BEFORE = re.compile(
    r"(?:\bkabupaten|\bkab\.?|\bpemkab|\bpemerintah kabupaten|\bbupati|\bpjs?\.? bupati|\bpenjabat bupati"
    r"|\bpjs?\.? bupati|\bwakil bupati|\bwabup|\bpilbup|\bdprd kabupaten|\bkabupaten administrasi)\s*$",
    re.IGNORECASE,
)
_KOTA_BEFORE = re.compile(
    r"(?:\bkota|\bpemkot|\bpemerintah kota|\bwali ?kota|\bwalkot|\bpj\.? wali ?kota|\bpenjabat wali ?kota"
    r"|\bwakil wali ?kota|\bpilwalkot|\bpilwako|\bdprd kota|\bkota administrasi)\s*$",
    re.IGNORECASE,
)
_PROVINCE_BEFORE = re.compile(
    r"(?:\bprovinsi|\bprov\.?|\bpemprov|\bpemerintah provinsi|\bgubernur|\bpj\.? gubernur"
    r"|\bpenjabat gubernur|\bwakil gubernur|\bwagub|\bpilgub|\bdprd provinsi|\bbawaslu provinsi"
    r"|\bkpu provinsi|\bsekda provinsi)\s*$",
    re.IGNORECASE,
)
# Institutions and offices named after the place they serve: strong evidence of the subject.
_INSTITUTION_BEFORE = re.compile(
    r"(?:\bbawaslu|\bpanwaslu|\bpanwaslih|\bpanwas|\bkpu|\bkpud|\bkip|\bdprd|\bpolres|\bpolresta|\bkapolres"
    r"|\bkejari|\bsekda|\bsekretaris daerah|\bpilkada|\basn|\bpns|\bpppk|\bcamat|\bkadis|\bdinas [a-z]+"
    r"|\bbkpsdm|\bbkd|\binspektorat|\bkemenag|\bkantor kementerian agama|\bplt\.? bupati|\bpj\.?|\bpjs\.?)"
    r"(?:\s+\([A-Za-z]+\))?\s*$",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(r"(?:\bdi|\bse-?|\bke|\bwilayah|\bdaerah|\basal|\bwarga)\s*$", re.IGNORECASE)
# Before these words a "name" is a place below the kabupaten, a street, or not a place at all.
_NOT_REGION_BEFORE = re.compile(
    r"(?:\bkecamatan|\bkec\.|\bkelurahan|\bkel\.|\bdesa|\bdistrik|\bjalan|\bjl\.?|\bgang|\bdusun|\bnagari"
    r"|\bkampung|\buniversitas|\bhotel|\bbandara|\bpelabuhan|\bgunung|\bsungai|\bdanau|\bselat|\bteluk"
    r"|\bpulau|\bstasiun|\bterminal|\bpasar|\bmasjid|\brs|\brsud|\bsmpn?|\bsman?|\bsdn?|\bsmkn?)\s*$",
    re.IGNORECASE,
)
# Outlet names that carry a region ("Tribun Sultra", "Radar Bali", "Bali Tribune", "Mamuju Pos").
_OUTLET_BEFORE = re.compile(r"(?:\btribun|\bradar|\bidn times|\bantara|\bharian|\bkoran|\bpos)\s*$", re.IGNORECASE)
_OUTLET_AFTER = re.compile(
    r"^(?:\s*(?:pos|post|ekspres|express|today|news|times|tv|terkini|online|tribune|tribun|raya ?pos|\.com|\.co\b|\.id\b|\.net))",
    re.IGNORECASE,
)
_CONTEXT_CHARS = 45
# Links to other stories inside the text ("BACA JUGA: Bawaslu OKU Periksa 4 Pejabat") name the
# regions of those stories, not of this one.
_RELATED_LINK = re.compile(
    r"(?:baca juga|simak juga|lihat juga|berita terkait|artikel terkait|baca selengkapnya)\s*:?[^\n]{0,160}",
    re.IGNORECASE,
)


@dataclass
class RegionMention:
    code: str  # the region this mention was resolved to
    start: int
    end: int
    surface: str
    in_title: bool = False
    prefix: str | None = None  # "kabupaten", "kota", "province", "institution", "locative"
    in_dateline: bool = False
    in_outlet_name: bool = False
    needs_context: bool = False
    contradicted: bool = False  # a province the text wrongly gives for the kabupaten/kota before it
    candidates: tuple[str, ...] = ()


@dataclass
class MentionSet:
    """All region mentions of one article (title first, then text) and kecamatan evidence."""

    mentions: list[RegionMention] = field(default_factory=list)
    district_votes: Counter = field(default_factory=Counter)  # kabupaten/kota code -> kecamatan hits


def find_mentions(text: str, title: str | None = None, dateline_span: tuple[int, int] | None = None) -> MentionSet:
    result = MentionSet()
    raw: list[tuple[RawMatch, str, bool]] = []
    for source, in_title in ((title or "", True), (text, False)):
        for match in gazetteer().find(source):
            raw.append((match, source, in_title))
    related = [(m.start(), m.end()) for m in _RELATED_LINK.finditer(text)]
    pending: list[RegionMention] = []
    for match, source, in_title in raw:
        if not in_title and any(start <= match.start < end for start, end in related):
            continue
        before = source[max(0, match.start - _CONTEXT_CHARS) : match.start]
        after = source[match.end : match.end + 20]
        if match.entry.is_district:
            if not _NOT_REGION_BEFORE.search(before) and not _looks_like_district_prefix(before):
                # A bare kecamatan name is weak evidence; "Kecamatan X" is strong.
                for code in match.entry.codes:
                    result.district_votes[code] += 0.5
            else:
                for code in match.entry.codes:
                    result.district_votes[code] += 1.0
            continue
        if _NOT_REGION_BEFORE.search(before):
            continue
        mention = RegionMention(
            code="",
            start=match.start,
            end=match.end,
            surface=match.surface(source),
            in_title=in_title,
            prefix=_prefix_kind(before),
            in_outlet_name=bool(_OUTLET_BEFORE.search(before) or _OUTLET_AFTER.match(after)),
            needs_context=match.entry.needs_context,
            candidates=match.entry.codes,
        )
        if not in_title and dateline_span is not None:
            mention.in_dateline = dateline_span[0] <= match.start < dateline_span[1]
        pending.append(mention)
    _resolve(pending, result.district_votes)
    result.mentions = [m for m in pending if m.code]
    return result


def _looks_like_district_prefix(before: str) -> bool:
    return bool(re.search(r"(?:\bkecamatan|\bkec\.|\bdistrik)\s*$", before, re.IGNORECASE))


def _prefix_kind(before: str) -> str | None:
    if _PROVINCE_BEFORE.search(before):
        return "province"
    if _KOTA_BEFORE.search(before):
        return "kota"
    if _KABUPATEN_BEFORE.search(before):
        return "kabupaten"
    if _INSTITUTION_BEFORE.search(before):
        return "institution"
    if _LOCATIVE_BEFORE.search(before):
        return "locative"
    return None


def _filter_by_prefix(candidates: tuple[str, ...], prefix: str | None) -> tuple[str, ...]:
    table = region_table()
    if prefix == "province":
        kept = tuple(c for c in candidates if table[c].is_province)
    elif prefix == "kota":
        kept = tuple(c for c in candidates if table[c].is_kota)
    elif prefix == "kabupaten":
        kept = tuple(c for c in candidates if not table[c].is_province and not table[c].is_kota)
    else:
        kept = candidates
    return kept or candidates


def _resolve(mentions: list[RegionMention], district_votes: Counter) -> None:
    """Give every mention one code: prefix first, then the article's other mentions."""
    table = region_table()
    explicit: Counter = Counter()
    for mention in mentions:
        narrowed = _filter_by_prefix(mention.candidates, mention.prefix)
        if len(narrowed) == 1:
            mention.code = narrowed[0]
            explicit[mention.code] += 1
        else:
            mention.candidates = narrowed
    provinces_named = Counter(table[m.code].province_code for m in mentions if m.code)
    for mention in mentions:
        if mention.code:
            continue
        candidates = mention.candidates

        def preference(code: str) -> tuple:
            entry = table[code]
            return (
                explicit[code],
                district_votes[code],
                provinces_named[entry.province_code],
                entry.is_province,  # a bare "Gorontalo", "Jambi", "Bengkulu": the province
                not entry.is_kota,  # a bare "Bekasi", "Malang": the larger Kabupaten
            )

        mention.code = max(candidates, key=preference)
