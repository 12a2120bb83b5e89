"""The verbatim sentences a supervisor reads to see, at a glance, why the article was classified so."""

from __future__ import annotations

from pantau.engine.understanding.features import ArticleView

MAX_SENTENCES = 3
MAX_CHARS = 400


def case_evidence(view: ArticleView, type_sentences: list[int], stage_sentences: list[int]) -> list[str]:
    """The sentence that best states the incident, then what was done, then how far it has gone."""
    chosen: list[int] = []
    incident = _best_incident_sentence(view)
    for index in (incident, *type_sentences[:1], *stage_sentences[:2]):
        if index is not None and index not in chosen:
            chosen.append(index)
    return pick_sentences(view, chosen)


def pick_sentences(view: ArticleView, indexes: list[int]) -> list[str]:
    """The sentences at ``indexes``, verbatim, in text order, at most MAX_SENTENCES."""
    out = []
    for index in sorted(set(indexes))[:MAX_SENTENCES]:
        sentence = view.sentences[index]
        out.append(view.text[sentence.start : sentence.end][:MAX_CHARS])
    return out


def _best_incident_sentence(view: ArticleView) -> int | None:
    best, best_score = None, 0.0
    for index, sentence in enumerate(view.sentences):
        hits = sentence.hits
        score = (
            2.0 * ("asn" in hits)
            + 1.5 * ("alleged" in hits)
            + 1.0 * ("campaign" in hits)
            + 1.0 * ("individual" in hits)
            + 0.5 * ("neutral" in hits)
            - 0.1 * index / max(len(view.sentences), 1)  # earlier is better: leads state the case
        )
        if score > best_score:
            best, best_score = index, score
    return best


def not_about_evidence(view: ArticleView) -> list[str]:
    """For election news that is not about ASN neutrality: the sentences naming the non-ASN actors
    (village heads, KPU ad-hoc staff, elected heads) or the other election topic."""
    chosen = [
        index
        for index, sentence in enumerate(view.sentences)
        if "non_asn" in sentence.hits or "elected" in sentence.hits or "other_election" in sentence.hits
    ]
    return pick_sentences(view, chosen[:2])
