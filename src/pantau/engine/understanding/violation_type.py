"""What the accused did: one of CONTRACT.md's twelve violation types, from cue phrases."""

from __future__ import annotations

from pantau.engine.understanding import cues
from pantau.engine.understanding.features import ArticleView, Sentence

# Specific behaviours first: when two types score the same, the rarer, more telling one wins
# (a photo with a finger pose usually also "supports" someone).
_PRIORITY = (
    "declaring_candidacy_while_active",
    "campaign_team_member",
    "party_membership_or_management",
    "mobilising_subordinates",
    "decisions_favouring_candidate",
    "photo_with_candidate_gesture",
    "social_media_support",
    "using_office_facilities",
    "attending_campaign",
    "campaigning_for_candidate",
    "public_support_statement",
)
TITLE_WEIGHT = 3.0
INCIDENT_WEIGHT = 2.0
# Sentences that do not speak of the incident (rules, channels, other cases) still count a little:
# page-2 excerpts often describe the act without naming the actor again.
OTHER_WEIGHT = 0.5
# A sentence that states a prohibition names behaviours but not the deed; it only decides when
# nothing else does (a page-2 excerpt that quotes a commentator).
RULE_WEIGHT = 0.1
WEAK_FACTOR = 0.5
# Broad wording names the type when nothing specific does; a specific cue in any incident
# sentence outweighs it.
BROAD_FACTOR = 0.3


def violation_type(view: ArticleView) -> tuple[str, dict[str, float], list[int]]:
    """The type, every type's score, and the indexes of the sentences that scored it."""
    scores = {name: 0.0 for name in _PRIORITY}
    where: dict[str, list[int]] = {name: [] for name in _PRIORITY}
    title = cues.DISSEMINATION.sub(" ", view.title.lower())
    for name in _PRIORITY:
        # Weak cues do not count in the title: "ASN Dukung Paslon" heads every kind of case.
        if cues.TYPE_CUES[name].search(title):
            scores[name] += TITLE_WEIGHT
    spread = [m.span() for m in view.matches["spread"]]
    weights: dict[int, float] = {}
    # On a tie, the behaviour the article names first is its subject (round-ups lead with the
    # main incident); the priority order settles the rest.
    first = {name: len(view.text) for name in _PRIORITY}
    quoted_rules: dict[str, list[int]] = {name: [] for name in _PRIORITY}
    for name in _PRIORITY:
        for index, (matches, factor) in _cue_sentences(view, name).items():
            # Presence, not count: one sentence that lists four social-media verbs is one act.
            kept = [m.start() for m in matches if not _inside(m.start(), spread)]
            if kept:
                if index not in weights:
                    weights[index] = _weight(view.sentences[index])
                if weights[index] >= OTHER_WEIGHT:
                    first[name] = min(first[name], kept[0])
                if weights[index]:
                    scores[name] += weights[index] * factor
                    where[name].append(index)
                    if weights[index] < OTHER_WEIGHT:
                        quoted_rules[name].append(index)
    best = max(_PRIORITY, key=lambda name: (scores[name], -first[name], -_PRIORITY.index(name)))
    if scores[best] <= 0:
        return "unspecified", scores, []
    # Evidence: the sentences that tell the deed; a quoted rule only when nothing else names it.
    deed = [index for index in where[best] if index not in quoted_rules[best]]
    return best, scores, sorted(deed or where[best])


def _cue_sentences(view: ArticleView, name: str) -> dict[int, tuple[list, float]]:
    """Sentence index -> (matches, factor): a strong cue counts fully, a weak one only half, a
    broad one (synonyms and word forms, cues.BROAD_TYPE_CUES) least; the strongest per sentence."""
    broad = view.matches_by_sentence("broad_type_" + name)
    found = {index: (matches, BROAD_FACTOR) for index, matches in broad.items()}
    weak = view.matches_by_sentence("weak_type_" + name)
    found.update({index: (matches, WEAK_FACTOR) for index, matches in weak.items()})
    found.update({index: (matches, 1.0) for index, matches in view.matches_by_sentence("type_" + name).items()})
    return found


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _weight(sentence: Sentence) -> float:
    hits = sentence.hits
    if cues.RULE_LINE.search(sentence.text):
        return RULE_WEIGHT
    if "non_asn" in hits and "asn" not in hits:
        return 0.0  # another actor's deed (a village head, a PPS member) in a round-up
    return INCIDENT_WEIGHT if _about_incident(hits) else OTHER_WEIGHT


def _about_incident(hits: dict[str, int]) -> bool:
    return ("asn" in hits or "individual" in hits) and ("alleged" in hits or "campaign" in hits)
