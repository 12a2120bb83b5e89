import pytest

from pantau.evaluation.clustering_scores import bcubed_score, pair_score


GOLD = {"a": "s1", "b": "s1", "c": "s1", "d": "s2", "e": None}


def test_pair_score_counts_pairs_put_together():
    # output joins a-b correctly, misses c, wrongly joins d and e
    got = {"a": "x", "b": "x", "c": "y", "d": "z", "e": "z"}
    score = pair_score(GOLD, got)
    # gold pairs: ab ac bc; output pairs: ab de
    assert score.precision == pytest.approx(1 / 2)
    assert score.recall == pytest.approx(1 / 3)


def test_unlabelled_group_keys_mean_standing_alone():
    alone = {i: None for i in GOLD}
    score = pair_score(GOLD, alone)
    assert score.recall == 0.0
    assert pair_score({"a": None, "b": None}, {"a": None, "b": None}).f1 == 1.0


def test_bcubed_averages_per_article_overlap():
    got = {"a": "x", "b": "x", "c": "y", "d": "z", "e": "z"}
    score = bcubed_score(GOLD, got)
    # precision per article: a 1, b 1, c 1, d 1/2, e 1/2 ; recall: a 2/3, b 2/3, c 1/3, d 1, e 1
    assert score.precision == pytest.approx((1 + 1 + 1 + 0.5 + 0.5) / 5)
    assert score.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_identical_grouping_under_other_names_is_perfect():
    got = {"a": 7, "b": 7, "c": 7, "d": 8, "e": None}
    assert pair_score(GOLD, got).f1 == 1.0
    assert bcubed_score(GOLD, got).f1 == 1.0


def test_odd_group_values_from_an_output_do_not_break_scoring():
    from pantau.evaluation.clustering_scores import group_key

    got = {i: group_key(v) for i, v in {"a": ["x"], "b": ["x"], "c": {"k": 1}, "d": 3, "e": None}.items()}
    assert pair_score({"a": "s", "b": "s", "c": None, "d": None, "e": None}, got).f1 == 1.0
