"""The primary region of an article (CONTRACT.md "Region"): whose ASN or incident it is about.

Each mention is weighed by where it stands and what stands before it: the title and the lead
count most; "Bawaslu X", "Pemkab X", "Bupati X" more than a passing "X"; the dateline and outlet
names ("Tribun Sultra") hardly at all. Weights add up per kabupaten/kota and per province. A story
spread over several provinces, or carried only by national institutions, has no primary region.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pantau.engine.regions.mentions import MentionSet, RegionMention
from pantau.engine.regions.reference import region_table

TITLE_WEIGHT = 3.0
LEAD_CHARS = 400
LEAD_BONUS = 1.5
# "district": a kecamatan written as such ("Kecamatan X", "Camat X"), counted for its kabupaten/kota.
PREFIX_WEIGHTS = {"institution": 1.6, "kabupaten": 1.5, "kota": 1.5, "province": 1.5, "locative": 1.2, "district": 1.0}
DATELINE_WEIGHT = 0.25
CAPITAL_WEIGHT = 0.15  # a bare "Jakarta": the capital where national bodies sit, rarely the subject
ADDRESS_WEIGHT = 0.2  # an office or a residence address says where someone sits, not what happened
MIN_SCORE = 1.2  # less than about one clear mention is no evidence of a primary region
# A province wins over its own kabupaten/kota when its own mentions outweigh the best one by this.
PROVINCE_OVER_REGENCY = 1.3
JAKARTA = "31"
# Civil servants named near several kabupaten/kota of a province: a provincial tally, not one case.
TALLY_REGENCIES = 3
ASN_LEAD = 1.5  # how far the kabupaten/kota of the ASN must lead the next one

# National institutions and national framing: evidence that a story has no primary region.
_NATIONAL = re.compile(
    r"\b(?:Bawaslu RI|Bawaslu Republik Indonesia|KPU RI|DKPP|KASN|BKN|Kemendagri|Mendagri|KemenPAN-?RB|MenPAN-?RB"
    r"|DPR RI|Komisi II|se-Indonesia|seluruh Indonesia|secara nasional|tingkat nasional|Presiden|[Cc]apres|[Cc]awapres"
    r"|Pilpres|Timnas|TKN|TPN|[Cc]alon [Pp]residen|[Pp]artai [Pp]olitik)\b"
)
# Prefixes that tie a region to a local institution or government, not just to a place.
_ANCHORING = {"institution", "kabupaten", "kota", "province", "district"}


@dataclass
class PrimaryChoice:
    code: str | None
    scores: dict[str, float] = field(default_factory=dict)  # why: the weight each region got
    warnings: list[str] = field(default_factory=list)


def mention_weight(mention: RegionMention, confirmed: set[str]) -> float:
    if mention.in_outlet_name or mention.contradicted:
        return 0.0
    if mention.in_address:
        return ADDRESS_WEIGHT
    if mention.needs_context and mention.prefix is None and mention.code not in confirmed:
        return 0.0
    if mention.code == "31" and mention.surface.lower() == "jakarta" and mention.prefix != "province":
        return CAPITAL_WEIGHT
    weight = PREFIX_WEIGHTS.get(mention.prefix or "", 1.0)
    if mention.in_title:
        return weight * TITLE_WEIGHT
    if mention.in_dateline or mention.statement_place:
        return DATELINE_WEIGHT
    if mention.start < LEAD_CHARS:
        weight *= LEAD_BONUS
    return weight


def confirmed_codes(found: MentionSet) -> set[str]:
    """Regions named unambiguously somewhere in the article: a name that is also a common word
    ("Batu", "Pati") counts only for these, or after a region prefix."""
    return {m.code for m in found.mentions if not m.needs_context or m.prefix is not None}


def choose_primary(found: MentionSet, text: str) -> PrimaryChoice:
    table = region_table()
    confirmed = confirmed_codes(found)
    scores: Counter = Counter()
    near_asn: Counter = Counter()
    anchored: set[str] = set()
    for mention in found.mentions:
        weight = mention_weight(mention, confirmed)
        if weight <= 0:
            continue
        scores[mention.code] += weight
        if mention.near_asn and not mention.statement_place:
            near_asn[mention.code] += weight
        if mention.in_title or mention.prefix in _ANCHORING:
            anchored.add(mention.code)
    choice = PrimaryChoice(code=None, scores=dict(scores))
    if not scores:
        return choice
    province_total: Counter = Counter()
    for code, score in scores.items():
        province_total[table[code].province_code] += score
    best_province, best_total = province_total.most_common(1)[0]
    if best_total < MIN_SCORE or _is_national(province_total, best_total, anchored, best_province, text, scores):
        return choice
    regencies = sorted(
        ((s, c) for c, s in scores.items() if "." in c and table[c].province_code == best_province), reverse=True
    )
    own = scores.get(best_province, 0.0)
    if regencies:
        best_regency_score, best_regency = regencies[0]
        # Jakarta's kota are administrative, not autonomous: the news names the province's offices
        # and the kota where things happen, and the kota is the place.
        if best_province == JAKARTA or own <= PROVINCE_OVER_REGENCY * best_regency_score:
            choice.code = best_regency
            return choice
        asn_ranked = sorted(((near_asn[c], c) for _, c in regencies if near_asn[c] >= 1.0), reverse=True)
        if 0 < len(asn_ranked) < TALLY_REGENCIES and (
            len(asn_ranked) == 1 or asn_ranked[0][0] >= ASN_LEAD * asn_ranked[1][0]
        ):
            # A provincial body reporting on one kabupaten/kota's civil servants: that kabupaten/kota.
            choice.code = asn_ranked[0][1]
            return choice
    choice.code = best_province
    return choice


def _is_national(
    province_total: Counter, best_total: float, anchored: set[str], best_province: str, text: str, scores: Counter
) -> bool:
    """Spread over provinces with none carrying the story, or national framing with no local anchor."""
    table = region_table()
    all_total = sum(province_total.values())
    # A round-up of incidents, each with its own local body ("Bawaslu Ponorogo", "Polres Lamongan",
    # "Bawaslu Kota Bogor"), in several provinces and none leading: a national list.
    local = sorted((scores[c] for c in anchored if "." in c), reverse=True)
    local_provinces = {table[c].province_code for c in anchored if "." in c}
    if len(local) >= 3 and len(local_provinces) >= 2 and local[0] < 2 * local[1]:
        return True
    if sum(1 for s in province_total.values() if s >= 1.0) >= 3 and best_total < 0.5 * all_total:
        return True
    if sum(1 for s in province_total.values() if s >= 3.0) >= 2 and best_total < 0.6 * all_total:
        return True
    national_cues = len(_NATIONAL.findall(text))
    locally_anchored = any(table[code].province_code == best_province for code in anchored)
    if national_cues >= 1 and not locally_anchored:
        return True
    return national_cues >= 2 and best_total < 2.0
