"""What kind of event an article about ASN neutrality reports when it is not a violation case."""

from __future__ import annotations

from pantau.engine.understanding.features import LEAD_SENTENCES, ArticleView

# Kind -> the cue families that announce it. Appeals and warnings are outreach: Bawaslu and the
# governments deliver them as part of their prevention work, usually at an apel or sosialisasi.
_KIND_FAMILIES = {
    "coordination_meeting": ("meeting",),
    "declaration_or_pledge": ("pledge",),
    "outreach": ("outreach", "appeal"),
    "statistics": ("stats",),
    "regulation_explainer": ("explainer",),
    "opinion": ("opinion",),
}
# When scores tie, an event (meeting, pledge, outreach) beats what was said at it (figures,
# rules): a coordination meeting that quotes last election's tally is still a meeting.
_PRIORITY = tuple(_KIND_FAMILIES)
_WEIGHTS = {"title": 4.0, "lead": 2.0, "body": 1.0}
# Appeals are everywhere in this news; they only decide the kind when nothing else does.
_FAMILY_DISCOUNT = {"appeal": 0.5, "explainer": 0.5, "stats": 0.8, "opinion": 0.7}


def event_kind(view: ArticleView) -> tuple[str, list[int]]:
    """The kind and the indexes of the sentences that announced it."""
    scores = {kind: 0.0 for kind in _PRIORITY}
    where: dict[str, list[int]] = {kind: [] for kind in _PRIORITY}
    for kind, families in _KIND_FAMILIES.items():
        for family in families:
            discount = _FAMILY_DISCOUNT.get(family, 1.0)
            scores[kind] += discount * _WEIGHTS["title"] * min(view.title_hits.get(family, 0), 2)
            for index, sentence in enumerate(view.sentences):
                count = min(sentence.hits.get(family, 0), 2)
                if count:
                    place = "lead" if index < LEAD_SENTENCES else "body"
                    scores[kind] += discount * _WEIGHTS[place] * count
                    where[kind].append(index)
    best = max(_PRIORITY, key=lambda kind: (scores[kind], -_PRIORITY.index(kind)))
    if scores[best] <= 0:
        return "other", []
    return best, where[best]
