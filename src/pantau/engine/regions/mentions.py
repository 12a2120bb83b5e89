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

# The word(s) just before a name say what kind of region it is. Looked up as the last one, two or
# three words before the name (lower case, without dots and brackets): set lookups, not regexes.
_PHRASE_SETS: dict[str, set[str]] = {
    "province": {
        "provinsi", "prov", "pemprov", "gubernur", "wagub", "pilgub", "pj gubernur", "penjabat gubernur",
        "wakil gubernur", "pemerintah provinsi", "dprd provinsi", "bawaslu provinsi", "kpu provinsi",
        "sekda provinsi",
    },
    "kota": {
        "kota", "pemkot", "walikota", "walkot", "wali kota", "pilwalkot", "pilwako", "pemerintah kota",
        "penjabat walikota", "penjabat wali kota", "pj wali kota", "pj walikota", "wakil wali kota",
        "wakil walikota", "dprd kota", "kota administrasi",
    },
    "kabupaten": {
        "kabupaten", "kab", "pemkab", "bupati", "wabup", "pilbup", "pj bupati", "pjs bupati", "plt bupati",
        "penjabat bupati", "wakil bupati", "pemerintah kabupaten", "dprd kabupaten", "kabupaten administrasi",
    },
    "institution": {
        "bawaslu", "panwaslu", "panwaslih", "panwas", "kpu", "kpud", "kip", "dprd", "polres", "polresta",
        "kapolres", "kejari", "sekda", "sekretaris daerah", "pilkada", "asn", "pns", "pppk", "kadis",
        "bkpsdm", "bkd", "inspektorat", "kemenag", "pj", "pjs", "dinas", "bkn", "kanreg", "kanwil", "bpbd",
        "kesbangpol", "setda", "opd",
    },
    "locative": {"di", "se-", "se", "ke", "wilayah", "daerah", "asal", "warga"},
}  # fmt: skip
_KIND_ORDER = ("province", "kota", "kabupaten", "institution", "locative")
# Before these words a "name" is a place below the kabupaten, a street, or not a place at all.
_NOT_REGION_WORDS = set(
    """kecamatan kec kelurahan kel desa distrik jalan jl gang dusun nagari kampung universitas hotel bandara
    pelabuhan gunung sungai danau selat teluk stasiun terminal pasar masjid rs rsud smp smpn sma sman sd
    sdn smk smkn""".split()
)
_DISTRICT_WORDS = {"kecamatan", "kec", "distrik"}
_DISTRICT_OFFICE_WORDS = _DISTRICT_WORDS | {"camat"}
# Outlet names that carry a region ("Tribun Sultra", "Radar Bali", "Bali Tribune", "Mamuju Pos").
# "Berita Palembang" is a site's section label above the headline.
_OUTLET_BEFORE_WORDS = {
    "tribun", "radar", "antara", "harian", "koran", "pos", "times", "berita", "detik", "kabar", "inews", "rri",
    "tvri", "kompas", "sindonews", "okezone",
}  # fmt: skip
_OUTLET_AFTER = re.compile(
    r"^(?:\s*(?:pos|post|ekspres|express|today|news|times|tv|terkini|online|tribune|tribun)\b|\.(?:com|co|id|net)\b)",
    re.IGNORECASE,
)
_STRIP = str.maketrans("", "", ".()[],:;\"'“”")


def _last_words(before: str, n: int = 3) -> list[str]:
    return before.lower().translate(_STRIP).split()[-n:]


_CONTEXT_CHARS = 45
# "Jalan H. Bau No. 46, Mangkura, Kota Makassar"; "..., Jakarta Pusat, DKI Jakarta, Indonesia, 10270".
_ADDRESS_BEFORE = re.compile(r"\b(?:Jalan|Jl\.?|Gedung|Lantai|Kantor Redaksi|Alamat)\b[^.\n;:]*$")
_STATEMENT_PLACE = re.compile(
    r"\b(?:kata|ujar|ucap|jelas|ungkap|tutur|tegas|sebut|terang|papar|imbuh)(?:nya)?\b[^.;\n]{0,50}\bdi\s+$"
)
_POSTCODE_AFTER = re.compile(r"^[^.\n]{0,30}\b\d{5}\b")
_PROVINCE_GOVERNMENT = re.compile(
    r"\b(?:Pemprov|Pemerintah Provinsi|[Pp]rovinsi|Setda Prov|Sekda Prov|Sekprov"
    r"|(?<![Cc]alon )(?<![Pp]emilihan )(?<![Cc]agub )[Gg]ubernur)\b"
)
# Civil servants named near a region name: the region of the ASN an article is about.
_ASN_WINDOW = 90
_ASN_WORDS = re.compile(
    r"\b(?:ASN|PNS|PPPK|[Aa]paratur [Ss]ipil [Nn]egara|[Pp]egawai [Nn]egeri|[Cc]amat|[Ll]urah|[Kk]epala [Dd]inas|[Kk]adis\w*"
    r"|[Ss]ekda|[Gg]uru|[Kk]epala [Ss]ekolah|[Pp]j\.? [Bb]upati|[Pp]enjabat [Bb]upati|[Pp]j\.? [Ww]ali ?[Kk]ota"
    r"|[Pp]enjabat [Ww]ali ?[Kk]ota|[Kk]asi|[Kk]abid|OPD|[Dd]inas)\b"
)
# Links to other stories inside the text ("BACA JUGA: Bawaslu OKU Periksa 4 Pejabat") name the
# regions of those stories, not of this one. A link runs to the end of its line (at most 160 chars).
_RELATED_LINK_WORDS = ("baca juga", "simak juga", "lihat juga", "berita terkait", "artikel terkait", "baca selengkapnya")
_RELATED_LINK_CHARS = 160


def _related_link_spans(low: str) -> list[tuple[int, int]]:
    spans = []
    for phrase in _RELATED_LINK_WORDS:
        start = low.find(phrase)
        while start != -1:
            line_end = low.find("\n", start)
            end = start + len(phrase) + _RELATED_LINK_CHARS
            spans.append((start, end if line_end == -1 else min(end, line_end)))
            start = low.find(phrase, start + 1)
    return spans


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
    in_address: bool = False  # part of a street address (an office, a residence, a page footer)
    statement_place: bool = False  # where someone spoke: "kata Wirka di Denpasar, Sabtu (27/7)"
    near_asn: bool = False  # civil servants are named in the same stretch of text: where the ASN is
    candidates: tuple[str, ...] = ()


@dataclass
class MentionSet:
    """All region mentions of one article (title first, then text) and kecamatan evidence."""

    mentions: list[RegionMention] = field(default_factory=list)
    district_votes: Counter = field(default_factory=Counter)  # kabupaten/kota code -> kecamatan hits
    district_spans: list[tuple[int, int]] = field(default_factory=list)  # kecamatan names in the text


def find_mentions(text: str, title: str | None = None, dateline_span: tuple[int, int] | None = None) -> MentionSet:
    result = MentionSet()
    raw: list[tuple[RawMatch, str, bool]] = []
    for source, in_title in ((title or "", True), (text, False)):
        for match in gazetteer().find(source):
            raw.append((match, source, in_title))
    related = _related_link_spans(text.lower())
    pending: list[RegionMention] = []
    for match, source, in_title in raw:
        if not in_title and any(start <= match.start < end for start, end in related):
            continue
        before = source[max(0, match.start - _CONTEXT_CHARS) : match.start]
        after = source[match.end : match.end + 20]
        words = _last_words(before)
        last = words[-1] if words else ""
        if match.entry.is_district:
            # A bare kecamatan name is weak evidence; "Kecamatan X" is strong.
            vote = 1.0 if last in _DISTRICT_WORDS else 0.5
            for code in match.entry.codes:
                result.district_votes[code] += vote
            if not in_title:
                result.district_spans.append((match.start, match.end))
            if last in _DISTRICT_OFFICE_WORDS and len(match.entry.codes) == 1:
                # "Camat Tamalate", "Kecamatan Dungaliyo": a kecamatan of one kabupaten/kota names
                # that kabupaten/kota even when the article never writes its name.
                pending.append(
                    RegionMention(
                        code=match.entry.codes[0],
                        start=match.start,
                        end=match.end,
                        surface=match.surface(source),
                        in_title=in_title,
                        prefix="district",
                        candidates=match.entry.codes,
                    )
                )
            continue
        if last in _NOT_REGION_WORDS:
            continue
        mention = RegionMention(
            code="",
            start=match.start,
            end=match.end,
            surface=match.surface(source),
            in_title=in_title,
            prefix=_prefix_kind(words, match.surface(source)),
            in_outlet_name=last in _OUTLET_BEFORE_WORDS or words[-2:] == ["idn", "times"] or bool(_OUTLET_AFTER.match(after)),
            needs_context=match.entry.needs_context,
            candidates=match.entry.codes,
        )
        if not in_title and dateline_span is not None:
            mention.in_dateline = dateline_span[0] <= match.start < dateline_span[1]
        mention.statement_place = bool(_STATEMENT_PLACE.search(source, max(0, match.start - 70), match.start))
        mention.in_address = bool(_ADDRESS_BEFORE.search(before) or _POSTCODE_AFTER.match(source[match.end : match.end + 40]))
        window = source[max(0, match.start - _ASN_WINDOW) : match.end + _ASN_WINDOW]
        # Civil servants of the provincial government near a city name are not the city's.
        mention.near_asn = bool(_ASN_WORDS.search(window)) and not _PROVINCE_GOVERNMENT.search(window)
        pending.append(mention)
    _resolve(pending, result.district_votes)
    result.mentions = [m for m in pending if m.code]
    return result


def _prefix_kind(words: list[str], surface: str = "") -> str | None:
    """The kind of the longest known phrase that ends the words before a name.

    A name written in full ("Kota Kotamobagu") may complete the phrase before it ("Penjabat Wali
    Kota Kotamobagu" is the acting mayor's office, not just the place)."""
    first = surface.split(" ", 1)[0].lower()
    if first in ("kota", "kabupaten") and words:
        for size in (3, 2):
            phrase = " ".join([*words[-(size - 1) :], first])
            for kind in _KIND_ORDER[:3]:
                if phrase in _PHRASE_SETS[kind]:
                    return kind
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        for kind in _KIND_ORDER:
            if phrase in _PHRASE_SETS[kind]:
                return kind
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
