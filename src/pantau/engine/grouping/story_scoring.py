"""How well one article fits one story: a score and the signals behind it.

Text similarity alone cannot tell the Makassar July Rakornas from the Ancol September one (same
speakers, same words), nor pledges held the same day in two provinces. So the score adds, to the
TF-IDF cosine, the evidence that separates incidents: shared distinctive key terms (names, venues,
figures), shared actors, and vetoes on contradicting region, event kind or event date.

A case's stages (viral video → denial → report → examination → recommendation → sanction) are
told in different words by different outlets, often naming the accused only by initials or by
office ("Camat Landono"). So a case also counts who it accuses (accused_identity.py), the accused's
office, the violation type in the same region, and names its headline carries; a different
accused in the same regency doubles the names a join needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from pantau.engine.grouping.accused_identity import accused_relation
from pantau.engine.grouping.story_store import StoryProfile

# Events held on one day: a different date means a different event.
ONE_DAY_KINDS = frozenset({"coordination_meeting", "declaration_or_pledge", "outreach"})
ONE_DAY_TOLERANCE = 2  # days; reports of the same meeting date it a day off now and then
# Beyond this, two dates of a one-day event are two events, whatever names they share (the same
# speakers go to every meeting); within it, a misread date (the publication day) is possible.
ONE_DAY_MISREAD_DAYS = 7
CASE_SPAN_DAYS = 120  # a case's incident dates stay within this (viral video → sanction)

JOIN_THRESHOLD = 0.42
TEXT_WEIGHT = 0.6
NAME_WEIGHT = 0.5
ACTOR_EVIDENCE = 3.0  # an actor named by the who/where/when stage on both sides, on top of the name
SAME_KIND_BONUS = 0.05
SAME_DATE_BONUS = 0.1
SAME_REGION_BONUS = 0.1
REGION_MISMATCH_PENALTY = 0.3
DATE_MISMATCH_PENALTY = 0.3
# Key-term evidence that lifts the region-mismatch penalty entirely: the delegations of one
# national meeting share its venue, date and speakers; two local pledges share none of them.
EVIDENCE_OVERRIDING_MISMATCH = 16.0
# Articles of the same kind share most of their words (the template of a pledge, a logistics
# delivery); an incident is told apart by its names, so a join needs some shared distinctive
# names — about two story-unique terms — unless the texts are near rewrites of each other.
MIN_KEY_EVIDENCE = 7.0
MIN_KEY_EVIDENCE_SAME_GATHERING = 6.0  # same kind of one-day event on the same date: fewer names needed
REWRITE_COSINE = 0.75
MAX_TERM_EVIDENCE = 6.0  # one name counts at most this much, however rare
MAX_NAMES = 8
FULL_KEY_EVIDENCE = 16.0  # evidence at which the name signal is at its full weight
# The same accused person (by name, shorter name or initials), or the same place-bound office
# ("Camat Landono"): as much as a rare shared name.
ACCUSED_EVIDENCE = 5.0
# A case of the same violation type in the same region: not enough alone (a regency has many
# campaign-attending civil servants), but it backs a single shared name such as the accused's.
SAME_TYPE_EVIDENCE = 2.0
# The same office accused in the same region ("camat" and "15 camat se-Makassar"): a hint only.
SAME_ROLE_EVIDENCE = 1.5
# A shared name the article's headline carries is what the article is about (the accused, the
# place of the incident), not a passing mention in the background paragraphs.
HEADLINE_NAME_FACTOR = 1.5
DIFFERENT_ACCUSED_GATE_FACTOR = 2.0  # both name an accused and no one matches: twice the names
# One pledge or meeting per region per day: the same kind, date and region with alike texts needs
# only one distinctive name more (the two pledges of one day in two regencies differ in region).
MIN_KEY_EVIDENCE_SAME_PLACE_AND_DAY = 3.0
SAME_PLACE_AND_DAY_COSINE = 0.4


@dataclass(slots=True)
class ArticleFeatures:
    terms: dict[str, float]  # sublinear term frequencies
    key_terms: frozenset[str]
    key_runs: tuple[frozenset[str], ...]  # key terms written together: one name, one piece of evidence
    run_of: dict[str, frozenset[str]]  # key term -> the first run it appears in
    actor_names: frozenset[str]
    region_codes: frozenset[str]  # the primary region, when known
    event_kind: str | None
    event_day: int | None
    day: int | None  # publication day, else event day: for windows and news events
    accused: frozenset[str] = frozenset()  # accused persons' names and initials (see accused_keys)
    violation_type: str | None = None  # of a case, when the understanding stage named one
    stage: str | None = None  # of a case: reported, under_examination, recommended, ...
    office_holders: frozenset[str] = frozenset()  # "camat landono": see office_holder_keys
    title_terms: frozenset[str] = frozenset()  # key terms the headline carries: what it is about
    accused_roles: frozenset[str] = frozenset()  # "camat", "kepala sekolah": see accused_roles


@dataclass(slots=True)
class Fit:
    score: float
    signals: dict
    joinable: bool = False  # score at or above the threshold and the evidence gate passed


def day_ordinal(iso: str | None) -> int | None:
    """The date ordinal of a full ISO date; None for partial or unreadable dates."""
    if not iso or len(iso) < 10:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def codes_related(a: str, b: str) -> bool:
    """Same region, or one contains the other ("71" contains "71.74")."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


PRIOR_STORIES = 100


class IdfTable:
    """Inverse document frequencies for one decision, from the store's counts so far."""

    def __init__(
        self, documents: int, frequencies: dict[str, int], stories: int, story_frequencies: dict[str, int]
    ) -> None:
        self.log_n = math.log(documents + 1)
        self.frequencies = frequencies
        self.log_stories = math.log(stories + PRIOR_STORIES + 1)
        self.story_frequencies = story_frequencies

    def idf(self, term: str) -> float:
        return 1.0 + self.log_n - math.log(self.frequencies.get(term, 0) + 1)

    def surprise(self, term: str) -> float:
        """How rare a key term is among stories: 0 when every story has it, log(S+1) when none.

        Counted over stories, not articles, so the name at the centre of a 40-article story stays
        as distinctive as it was when the story began. PRIOR_STORIES pseudo-stories without the
        term stand for the news before the index started: key terms are names, and a name seen in
        two of the first five stories is still rare.
        """
        return max(0.0, self.log_stories - math.log(self.story_frequencies.get(term, 0) + 1))


def weighted_vector(terms: dict[str, float], idf: IdfTable) -> tuple[dict[str, float], float]:
    """TF-IDF weights and their Euclidean norm (``idf`` must know every term's frequency)."""
    log_n = idf.log_n + 1.0
    frequencies = idf.frequencies
    log = math.log
    vector = {t: w * (log_n - log(frequencies.get(t, 0) + 1)) for t, w in terms.items()}
    return vector, math.sqrt(sum(v * v for v in vector.values())) or 1.0


def cosine(a: dict[str, float], a_norm: float, b: dict[str, float], b_norm: float) -> float:
    """Cosine of two weighted vectors.

    A story's vector is weighted when the story last changed, the article's now; document
    frequencies drift slowly, and recomputing every candidate's vector per article would cost
    most of the time grouping has.
    """
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    return dot / (a_norm * b_norm)


def fit(
    article: ArticleFeatures,
    vector: dict[str, float],
    norm: float,
    story: StoryProfile,
    idf: IdfTable,
) -> Fit:
    """Score the article against the story; a veto sets the score to 0 and names the reason."""
    signals: dict = {}
    veto = _contradiction(article, story)
    if veto:
        return Fit(0.0, {"veto": veto})
    text = cosine(vector, norm, story.vector, story.norm)
    signals["text_cosine"] = round(text, 3)
    accused = accused_relation(article.accused, story.accused)
    same_accused = accused == "same"
    shared_offices = sorted(article.office_holders & story.office_holders)
    if text < REWRITE_COSINE and not (article.key_terms & story.key_terms.keys()) and not (
        same_accused or shared_offices
    ):
        # No name in common and no rewrite: it cannot pass the gate, skip the rest.
        signals["too_few_shared_names"] = "no shared names"
        return Fit(round(TEXT_WEIGHT * text, 4), signals)
    same_region = bool(article.region_codes and story.region_codes) and any(
        codes_related(a, s) for a in article.region_codes for s in _settled_regions(story)
    )
    # A meeting's headline names its venue, which other regions' meetings that day may share.
    headline_counts = article.event_kind not in ONE_DAY_KINDS or same_region
    evidence, shared_keys = _name_evidence(article, story, idf, headline_counts)
    if shared_keys:
        signals["shared_key_terms"] = shared_keys
    shared_actors = sorted(article.actor_names & story.actor_names)
    if shared_actors:
        signals["shared_actors"] = shared_actors
        # Only actors whose names the key terms did not already count.
        counted = set(shared_keys)
        evidence += ACTOR_EVIDENCE * sum(1 for name in shared_actors if not set(name.split()) <= counted)
    if same_accused:
        signals["same_accused"] = True
        evidence += ACCUSED_EVIDENCE
    elif shared_offices and accused != "different":  # else the office is someone else's mention
        signals["same_office_holder"] = shared_offices
        evidence += ACCUSED_EVIDENCE
    if same_region and not same_accused and not article.accused_roles.isdisjoint(story.accused_roles):
        signals["same_accused_role"] = sorted(article.accused_roles & story.accused_roles)
        evidence += SAME_ROLE_EVIDENCE
    if same_region and accused != "different" and article.violation_type in story.violation_types:
        signals["same_violation_type"] = article.violation_type
        evidence += SAME_TYPE_EVIDENCE
    signals["key_term_evidence"] = round(evidence, 2)
    score = TEXT_WEIGHT * text + NAME_WEIGHT * min(1.0, evidence / FULL_KEY_EVIDENCE)

    same_kind = bool(article.event_kind) and article.event_kind in story.event_kinds
    if same_kind:
        signals["same_event_kind"] = article.event_kind
        score += SAME_KIND_BONUS
    one_day = article.event_kind in ONE_DAY_KINDS or any(k in ONE_DAY_KINDS for k in story.event_kinds)
    gap = None
    if article.event_day is not None and story.event_days:
        gap = min(abs(article.event_day - d) for d in story.event_days)
        if gap == 0:
            signals["same_event_date"] = date.fromordinal(article.event_day).isoformat()
            score += SAME_DATE_BONUS
        elif one_day and gap > ONE_DAY_TOLERANCE:
            # Another meeting or pledge, unless the names say it is this one and a date was misread.
            signals["different_event_date"] = f"{gap} days apart"
            score -= DATE_MISMATCH_PENALTY * (1.0 - min(1.0, evidence / EVIDENCE_OVERRIDING_MISMATCH))
    # One meeting on one date that shares a distinctive name (its venue, a speaker) with the story:
    # delegations from several regions at one national event write it up as their local news.
    same_gathering = one_day and same_kind and gap is not None and gap <= ONE_DAY_TOLERANCE

    if article.region_codes and story.region_codes:
        if same_region:
            signals["same_region"] = True
            score += SAME_REGION_BONUS
        elif not (same_gathering and evidence >= MIN_KEY_EVIDENCE_SAME_GATHERING):
            # The same topic elsewhere is another story, unless distinctive names outweigh the
            # place; an incident happens in one place, so a case needs twice the names.
            signals["different_region"] = True
            overriding = EVIDENCE_OVERRIDING_MISMATCH
            if article.event_kind == "violation_case" or "violation_case" in story.event_kinds:
                overriding *= 2
            score -= REGION_MISMATCH_PENALTY * (1.0 - min(1.0, evidence / overriding))

    needed = MIN_KEY_EVIDENCE_SAME_GATHERING if same_gathering else MIN_KEY_EVIDENCE
    if same_gathering and gap == 0 and same_region and text >= SAME_PLACE_AND_DAY_COSINE:
        signals["same_place_and_day"] = True
        needed = MIN_KEY_EVIDENCE_SAME_PLACE_AND_DAY
    if accused == "different" and article.event_kind == "violation_case" and "violation_case" in story.event_kinds:
        # Another person accused in the same regency shares its Bawaslu officials and often the
        # earlier case's names ("after the Camat X case..."). Not a veto: the stage that names
        # the accused errs now and then, and a rewrite or many shared names still join.
        signals["different_accused"] = True
        needed *= DIFFERENT_ACCUSED_GATE_FACTOR
    gate = evidence >= needed or text >= REWRITE_COSINE
    if not gate:
        signals["too_few_shared_names"] = f"{evidence:.1f} < {needed}"
    return Fit(round(score, 4), signals, joinable=gate and score >= JOIN_THRESHOLD)


def _settled_regions(story: StoryProfile) -> list[str]:
    """The story's own region (its first) and any other seen at least twice: one stray member
    placed elsewhere must not make every later article from there "same region"."""
    codes = iter(story.region_codes.items())
    first = next(codes)[0]
    return [first, *(code for code, n in codes if n >= 2)]


def _name_evidence(
    article: ArticleFeatures, story: StoryProfile, idf: IdfTable, headline_counts: bool = False
) -> tuple[float, list[str]]:
    """Summed rarity of the names both share; the words of one written name count as one.

    A name counts in proportion to how much of it matches: "Wahyu Nurul Umasugi" against a story
    that only knows some other "Wahyu" is a third of a match, "Bagja" against "Rahmat Bagja" a whole.
    """
    story_terms = story.key_terms
    common = article.key_terms & story_terms.keys()
    if not common:
        return 0.0, []
    members = max(1, story.originals)
    by_run: dict[frozenset[str], list[str]] = {}
    for term in sorted(common):  # set order varies per process: explanations must not
        by_run.setdefault(article.run_of[term], []).append(term)
    pieces: list[tuple[float, list[str]]] = []
    for run, shared in by_run.items():
        # A name most of the story's articles carry is the story's; one that a single article of
        # a long story mentions in passing is not (otherwise big stories attract everything).
        rarity = sorted(
            (min(idf.surprise(t), MAX_TERM_EVIDENCE) * min(1.0, 2.0 * story_terms[t] / members), t) for t in shared
        )[::-1]
        value = (rarity[0][0] + 0.25 * sum(r for r, _ in rarity[1:])) * len(shared) / len(run)
        # A name with a hyphenated pair ("Andi Lolo-Haerani") is a candidate ticket: it heads
        # many cases' headlines in one regency.
        if headline_counts and not article.title_terms.isdisjoint(shared) and not any("-" in t for t in run):
            value *= HEADLINE_NAME_FACTOR
        pieces.append((value, [t for _, t in rarity]))
    pieces.sort(key=lambda piece: (-piece[0], piece[1]))
    pieces = pieces[:MAX_NAMES]
    return sum(v for v, _ in pieces), [t for _, terms in pieces for t in terms]


def _contradiction(article: ArticleFeatures, story: StoryProfile) -> str | None:
    kind = article.event_kind
    story_kinds = story.event_kinds
    if kind and story_kinds and kind not in story_kinds:
        # "other" is the understanding stage's undecided kind (a sanction told as an appointment
        # story, say): it contradicts nothing, and must pass the name gate like any article.
        if (kind == "violation_case" and any(k != "other" for k in story_kinds)) or (
            "violation_case" in story_kinds and kind != "other"
        ):
            return "case versus non-case event"
    if article.event_day is not None and story.event_days:
        gap = min(abs(article.event_day - d) for d in story.event_days)
        if gap > CASE_SPAN_DAYS:
            return "event dates too far apart"
        one_day = kind in ONE_DAY_KINDS or any(k in ONE_DAY_KINDS for k in story_kinds)
        if one_day and gap > ONE_DAY_MISREAD_DAYS:
            return f"another meeting or pledge: dates {gap} days apart"
    return None
