"""The shipped linear model: plain JSON weights, scored in pure Python (no scikit-learn at run time)."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import pantau

MODEL_PATH = Path(pantau.__file__).parent / "data" / "understanding" / "model.json"
CLASSES = ("not_about", "about_not_case", "case")


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The weights that scripts/train_understanding.py wrote into pantau/data/understanding/."""
    with MODEL_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def class_probabilities(feats: dict[str, float], model: dict | None = None) -> dict[str, float]:
    """Softmax over the classes of a multinomial logistic regression, temperature-scaled."""
    model = model or load_model()
    weights = model["weights"]
    scores = list(model["intercepts"])
    for name, value in feats.items():
        row = weights.get(name)
        if row is not None:
            for k, weight in enumerate(row):
                scores[k] += weight * value
    temperature = model.get("temperature", 1.0)
    top = max(scores)
    exps = [math.exp((s - top) / temperature) for s in scores]
    total = sum(exps)
    return {name: e / total for name, e in zip(model["classes"], exps)}


# Log-odds shifts applied when who/where/when names the accused. The training data carries no
# extracted actors, so these are set by hand and checked with `train_understanding.py --report
# --with-actors`: an accused civil servant rules out "not about ASN neutrality" (a case-ward shift
# as well measured worse: the text already says whether it is a case); an accused who is
# explicitly not ASN (village head, KPU ad-hoc staff) makes "not about" likelier.
ACCUSED_ASN_NOT_ABOUT_SHIFT = -2.0
ACCUSED_NON_ASN_SHIFT = 1.5


def actor_adjusted(
    probs: dict[str, float], actors: list | None, text_names_asn: bool = True
) -> dict[str, float]:
    """``probs`` shifted by who the accused are; a non-ASN accused only counts when the text names
    no civil servant at all (a round-up of village heads and ASN is still about ASN)."""
    accused = [a for a in actors or [] if getattr(a, "accused", False)]
    if not accused:
        return probs
    shift = {name: 0.0 for name in probs}
    if any(a.is_asn for a in accused):
        shift["not_about"] = ACCUSED_ASN_NOT_ABOUT_SHIFT
    elif all(a.is_asn is False for a in accused) and not text_names_asn:
        shift["not_about"] = ACCUSED_NON_ASN_SHIFT
    weighted = {name: p * math.exp(shift[name]) for name, p in probs.items()}
    total = sum(weighted.values())
    return {name: w / total for name, w in weighted.items()}
