import pytest

from pantau.evaluation.binary_scores import BinaryScore


def test_precision_recall_f1_from_counted_pairs():
    # (expected, got): 2 hits, 1 false alarm, 1 miss, 1 correct rejection
    score = BinaryScore.count([(True, True), (True, True), (False, True), (True, False), (False, False)])
    assert (score.true_positives, score.false_positives, score.false_negatives, score.true_negatives) == (2, 1, 1, 1)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_macro_f1_weighs_the_rare_class_as_much_as_the_common_one():
    # Saying "yes" to everything: F1 of yes is high, F1 of no is zero, macro-F1 halves it.
    score = BinaryScore.count([(True, True)] * 9 + [(False, True)])
    assert score.f1 == pytest.approx(2 * 0.9 / 1.9)
    assert score.flipped().f1 == 0.0
    assert score.macro_f1() == pytest.approx(score.f1 / 2)


def test_no_positives_anywhere_is_perfect_but_missing_all_positives_is_not():
    assert BinaryScore.count([(False, False)] * 3).f1 == 1.0
    missed = BinaryScore.count([(True, False), (False, False)])
    assert missed.recall == 0.0 and missed.f1 == 0.0
