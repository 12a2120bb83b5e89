"""Precision, recall and F1 of a yes/no decision, and the accuracy of a value."""

from __future__ import annotations

from dataclasses import dataclass


def ratio(part: int, whole: int, empty: float) -> float:
    """``part / whole``; ``empty`` when nothing was there to count."""
    return part / whole if whole else empty


def harmonic_mean(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


@dataclass(frozen=True)
class BinaryScore:
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @classmethod
    def count(cls, pairs: list[tuple[bool, bool]]) -> "BinaryScore":
        """``pairs`` are (expected, got)."""
        return cls(
            true_positives=sum(e and g for e, g in pairs),
            false_positives=sum(g and not e for e, g in pairs),
            false_negatives=sum(e and not g for e, g in pairs),
            true_negatives=sum(not e and not g for e, g in pairs),
        )

    def flipped(self) -> "BinaryScore":
        """The same decisions scored for the negative class."""
        return BinaryScore(self.true_negatives, self.false_negatives, self.false_positives, self.true_positives)

    @property
    def precision(self) -> float:
        # Predicting no positives when there are none is perfect; when there are some, recall says so.
        return ratio(self.true_positives, self.true_positives + self.false_positives,
                     1.0 if self.false_negatives == 0 else 0.0)

    @property
    def recall(self) -> float:
        return ratio(self.true_positives, self.true_positives + self.false_negatives,
                     1.0 if self.false_positives == 0 else 0.0)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def macro_f1(self) -> float:
        """Mean of the F1 of both classes, so that the rarer class weighs as much as the common one."""
        return (self.f1 + self.flipped().f1) / 2
