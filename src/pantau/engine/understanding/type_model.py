"""A learned fallback for the violation type when no cue names the deed.

Fresh articles written in new wording showed the cue rules' commonest type error: no cue fires,
so the type is "unspecified", though only a few real cases leave the deed unsaid. This multinomial
logistic regression reads the stemmed words and word pairs of the title and of the sentences that
tell the incident, plus the rules' scores (or ``r:none`` when none fired), and it was trained on
the very cases the rules miss, so it learned which words such cases use. It only speaks when the
rules found nothing, and only when it is fairly sure (measured: devset CV and fresh batches, see
the data README). Weights ship as JSON (type_model.json); scoring is pure Python.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import pantau
from pantau.engine.understanding.features import ArticleView
from pantau.engine.understanding.text_units import stem, words

TYPE_MODEL_PATH = Path(pantau.__file__).parent / "data" / "understanding" / "type_model.json"
# Below this probability the model's best type is no better than "the deed is not said".
MIN_PROBABILITY = 0.3
# Families whose presence marks a sentence as telling the incident rather than rules or context.
_INCIDENT_FAMILIES = ("asn", "individual", "alleged", "campaign")
# Words that carry no behaviour; dropping them keeps word pairs about the deed.
_STOP = frozenset(
    "yang dan di ke dari itu ini dengan untuk pada dalam oleh akan juga sudah telah tersebut karena "
    "atau saat sebagai bahwa ia dia mereka kami kita tidak belum masih para se nya pun lah".split()
)


@lru_cache(maxsize=1)
def load_type_model() -> dict | None:
    """The shipped weights, or None when none were trained (the rules then decide alone)."""
    if not TYPE_MODEL_PATH.is_file():
        return None
    with TYPE_MODEL_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def learned_type(view: ArticleView, rule_scores: dict[str, float], model: dict | None = None) -> str | None:
    """The type the model is at least MIN_PROBABILITY sure of, or None."""
    model = model or load_type_model()
    if model is None:
        return None
    probs = type_probabilities(type_features(view, rule_scores), model)
    best = max(probs, key=probs.get)
    return best if probs[best] >= MIN_PROBABILITY else None


def incident_sentences(view: ArticleView) -> list[int]:
    """Indexes of the sentences that speak of the incident: those naming an actor, an allegation or
    campaign behaviour; all sentences when none does (a terse brief)."""
    chosen = [i for i, s in enumerate(view.sentences) if any(f in s.hits for f in _INCIDENT_FAMILIES)]
    return chosen or list(range(len(view.sentences)))


def type_features(view: ArticleView, rule_scores: dict[str, float]) -> dict[str, float]:
    """Stemmed words and adjacent pairs of the title (t:, tb:) and incident sentences (w:, b:),
    and the rules' scores scaled to the best one (r:), or r:none when no cue fired."""
    feats: dict[str, float] = {}
    _add_terms(feats, words(view.title), "t:", "tb:")
    for index in incident_sentences(view):
        _add_terms(feats, words(view.sentences[index].text), "w:", "b:")
    top = max(rule_scores.values(), default=0.0)
    if top > 0:
        for name, value in rule_scores.items():
            if value > 0:
                feats["r:" + name] = value / top
    else:
        feats["r:none"] = 1.0
    return feats


def _add_terms(feats: dict[str, float], tokens: list[str], unigram: str, bigram: str) -> None:
    stems = [stem(token) for token in tokens if token not in _STOP and len(token) > 1]
    for word in stems:
        feats[unigram + word] = 1.0
    for first, second in zip(stems, stems[1:]):
        feats[bigram + first + "_" + second] = 1.0


def type_probabilities(feats: dict[str, float], model: dict) -> dict[str, float]:
    """Softmax over the types the model was trained on."""
    scores = list(model["intercepts"])
    weights = model["weights"]
    for name, value in feats.items():
        row = weights.get(name)
        if row is not None:
            for k, weight in enumerate(row):
                scores[k] += weight * value
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {name: e / total for name, e in zip(model["classes"], exps)}
