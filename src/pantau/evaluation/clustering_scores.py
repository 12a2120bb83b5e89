"""How well a grouping of articles matches the labelled grouping: pairwise and B-cubed.

Both take ``{article id: group key}`` over the same ids. A key of ``None`` means "in no group": the
article stands alone (an output with no ``story`` groups it with nothing).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from pantau.evaluation.binary_scores import harmonic_mean, ratio


@dataclass(frozen=True)
class ClusteringScore:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def group_key(value: object) -> object:
    """A hashable key for whatever an output put in ``story`` (normally a string)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def members(assignment: dict[str, object]) -> dict[str, frozenset[str]]:
    """Each id -> the ids in its group (itself included)."""
    groups: dict[object, set[str]] = defaultdict(set)
    for ident, key in assignment.items():
        groups[("alone", ident) if key is None else ("key", key)].add(ident)
    return {ident: frozenset(groups[("alone", ident) if key is None else ("key", key)])
            for ident, key in assignment.items()}


def _same_group_pairs(assignment: dict[str, object]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    groups: dict[object, list[str]] = defaultdict(list)
    for ident, key in assignment.items():
        if key is not None:
            groups[key].append(ident)
    for ids in groups.values():
        pairs.update(combinations(sorted(ids), 2))
    return pairs


def pair_score(expected: dict[str, object], got: dict[str, object]) -> ClusteringScore:
    """Over every pair of articles: is "same group in the output" right about "same group in the labels"?"""
    gold, pred = _same_group_pairs(expected), _same_group_pairs(got)
    hits = len(gold & pred)
    return ClusteringScore(
        precision=ratio(hits, len(pred), 1.0 if not gold else 0.0),
        recall=ratio(hits, len(gold), 1.0 if not pred else 0.0),
    )


def bcubed_score(expected: dict[str, object], got: dict[str, object]) -> ClusteringScore:
    """Per-article overlap of its labelled group and its output group, averaged (Bagga & Baldwin 1998).

    Unlike pair scores, a big group does not outweigh many small ones quadratically.
    """
    gold, pred = members(expected), members(got)
    ids = list(expected)
    if not ids:
        return ClusteringScore(1.0, 1.0)
    precision = sum(len(gold[i] & pred[i]) / len(pred[i]) for i in ids) / len(ids)
    recall = sum(len(gold[i] & pred[i]) / len(gold[i]) for i in ids) / len(ids)
    return ClusteringScore(precision, recall)
