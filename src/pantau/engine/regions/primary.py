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
PREFIX_WEIGHTS = {"institution": 1.6, "kabupaten": 1.5, "kota": 1.5, "province": 1.5, "locative": 1.2}
DATELINE_WEIGHT = 0.25
CAPITAL_WEIGHT = 0.15  # a bare "Jakarta": the capital where national bodies sit, rarely the subject
MIN_SCORE = 1.2  # less than about one clear mention is no evidence of a primary region
# A province wins over its own kabupaten/kota when its own mentions outweigh the best one by this.
PROVINCE_OVER_REGENCY = 1.3

# National institutions and national framing: evidence that a story has no primary region.
_NATIONAL = re.compile(
    r"\b(?:Bawaslu RI|Bawaslu Republik Indonesia|KPU RI|DKPP|KASN|BKN|Kemendagri|Mendagri|KemenPAN-?RB|MenPAN-?RB"
    r"|DPR RI|Komisi II|se-Indonesia|seluruh Indonesia|secara nasional|tingkat nasional|Presiden)\b"
)


@dataclass
class PrimaryChoice:
    code: str | None
    scores: dict[str, float] = field(default_factory=dict)  # why: the weight each region got
    warnings: list[str] = field(default_factory=list)


def mention_weight(mention: RegionMention, text_length: int, confirmed: set[str]) -> float:
    if mention.in_outlet_name or mention.contradicted:
        return 0.0
    if mention.needs_context and mention.prefix is None and mention.code not in confirmed:
        return 0.0
    if mention.code == "31" and mention.surface.lower() == "jakarta" and mention.prefix != "province":
        return CAPITAL_WEIGHT
    weight = PREFIX_WEIGHTS.get(mention.prefix or "", 1.0)
    if mention.in_title:
        return weight * TITLE_WEIGHT
    if mention.in_dateline:
        return DATELINE_WEIGHT
    if mention.start < LEAD_CHARS:
        weight *= LEAD_BONUS
    return weight


def choose_primary(found: MentionSet, text: str) -> PrimaryChoice:
    table = region_table()
    # A name that is also a common word counts once the article names the region unambiguously.
    confirmed = {m.code for m in found.mentions if not m.needs_context or m.prefix is not None}
    scores: Counter = Counter()
    for mention in found.mentions:
        scores[mention.code] += mention_weight(mention, len(text), confirmed)
    scores = Counter({code: score for code, score in scores.items() if score > 0})
    choice = PrimaryChoice(code=None, scores=dict(scores))
    if not scores:
        return choice
    province_total: Counter = Counter()
    for code, score in scores.items():
        province_total[table[code].province_code] += score
    best_province, best_total = province_total.most_common(1)[0]
    all_total = sum(province_total.values())
    national_cues = len(_NATIONAL.findall(text))
    if best_total < MIN_SCORE:
        return choice
    # Spread over provinces with none carrying the story: national statistics, a national list.
    strong_provinces = [p for p, s in province_total.items() if s >= 1.0]
    if len(strong_provinces) >= 3 and best_total < 0.5 * all_total:
        return choice
    if national_cues >= 2 and best_total < 2.0:
        return choice
    regencies = [(s, c) for c, s in scores.items() if "." in c and table[c].province_code == best_province]
    own = scores.get(best_province, 0.0)
    if regencies:
        best_regency_score, best_regency = max(regencies)
        if own <= PROVINCE_OVER_REGENCY * best_regency_score:
            choice.code = best_regency
            return choice
    choice.code = best_province
    return choice
