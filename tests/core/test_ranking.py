"""The explorer's re-ranking (core.ranking, no QGIS): four settlements worked by hand.

Criteria flood, population, vulnerability; weights 0.5 / 0.25 / 0.25, weighted sum, missing reweighted.
    A: 0.8, 0.4, 0.2  -> 0.40 + 0.10 + 0.05              = 0.55 -> 55
    B: 0.2, 1.0, 0.6  -> 0.10 + 0.25 + 0.15              = 0.50 -> 50
    C: 0.0, 0.4, 1.0  -> 0.00 + 0.10 + 0.25              = 0.35 -> 35
    D: --,  0.8, 0.4  -> (0.25 * 0.8 + 0.25 * 0.4) / 0.5 = 0.60 -> 60 (flood missing: reweighted)
"""
import numpy as np
import pytest

from resilience_planner.core.ranking import normalised, rebalance, rerank

MEANS = np.array([[0.8, 0.4, 0.2], [0.2, 1.0, 0.6], [0.0, 0.4, 1.0], [np.nan, 0.8, 0.4]])
A, B, C, D = range(4)
FLOOD, PEOPLE, VULNERABILITY = range(3)


def test_scores_ranks_and_order_worked_by_hand():
    ranking = rerank(MEANS, [0.5, 0.25, 0.25])
    assert ranking.scores == pytest.approx([55.0, 50.0, 35.0, 60.0])
    assert ranking.ranks.tolist() == [2, 3, 4, 1]
    assert ranking.order.tolist() == [D, A, B, C]
    assert ranking.row_of().tolist() == [1, 2, 3, 0]


def test_the_two_main_drivers_and_their_shares():
    ranking = rerank(MEANS, [0.5, 0.25, 0.25])
    # A: parts 0.40, 0.10, 0.05 of 0.55; B: 0.10, 0.25, 0.15 of 0.50; C: 0, 0.10, 0.25 of 0.35;
    # D: flood missing counts no part, 0.20 and 0.10 of 0.30.
    assert ranking.drivers.tolist() == [[FLOOD, PEOPLE], [PEOPLE, VULNERABILITY], [VULNERABILITY, PEOPLE],
                                        [PEOPLE, VULNERABILITY]]
    assert ranking.driver_shares == pytest.approx(np.array(
        [[0.40 / 0.55, 0.10 / 0.55], [0.5, 0.3], [0.25 / 0.35, 0.10 / 0.35], [2 / 3, 1 / 3]]))


def test_a_slider_step_rebalances_the_others_and_reranks():
    # People set to half the weight: flood and vulnerability keep their 2:1 ratio in the other half.
    weights = rebalance([0.5, 0.25, 0.25], PEOPLE, 0.5)
    assert weights == pytest.approx([1 / 3, 1 / 2, 1 / 6])
    ranking = rerank(MEANS, weights)
    # A: 0.8/3 + 0.4/2 + 0.2/6 = 0.5; B: 0.2/3 + 0.5 + 0.1 = 0.6667; C: 0.2 + 1/6 = 0.3667;
    # D: (0.8/2 + 0.4/6) / (2/3) = 0.7.
    assert ranking.scores == pytest.approx([50.0, 200 / 3, 110 / 3, 70.0])
    assert ranking.order.tolist() == [D, B, A, C]


def test_ties_share_the_best_rank_and_keep_the_input_order():
    ranking = rerank(MEANS, [0.0, 1.0, 0.0])          # people alone: 0.4, 1.0, 0.4, 0.8
    assert ranking.ranks.tolist() == [3, 1, 3, 2]
    assert ranking.order.tolist() == [B, D, A, C]
    # One criterion carries the whole score: no second driver.
    assert ranking.drivers[:, 1].tolist() == [-1, -1, -1, -1]
    assert ranking.driver_shares[:, 0] == pytest.approx([1, 1, 1, 1])


def test_settlements_without_a_score_are_left_out_of_the_list():
    ranking = rerank(MEANS, [0.5, 0.25, 0.25], missing='nodata')
    assert np.isnan(ranking.scores[D]) and np.isnan(ranking.ranks[D])
    assert ranking.order.tolist() == [A, B, C]
    assert ranking.row_of()[D] == -1


def test_the_product_method_is_the_weighted_geometric_mean():
    ranking = rerank(MEANS[:2], [0.5, 0.25, 0.25], method='product')
    assert ranking.scores == pytest.approx([100 * 0.8 ** 0.5 * 0.4 ** 0.25 * 0.2 ** 0.25,
                                            100 * 0.2 ** 0.5 * 1.0 ** 0.25 * 0.6 ** 0.25])


def test_rebalance_edges():
    assert rebalance([1.0, 0.0, 0.0], 0, 0.4) == pytest.approx([0.4, 0.3, 0.3])   # the others had none
    assert rebalance([0.2, 0.8], 1, 1.5) == pytest.approx([0.0, 1.0])             # clipped to the range
    assert rebalance([3.0], 0, 0.1) == pytest.approx([1.0])                       # one criterion is all
    assert normalised([0, 0]) == pytest.approx([0.5, 0.5])
    assert normalised([2, 1, 1]) == pytest.approx([0.5, 0.25, 0.25])


def test_missing_nodata_ranks_those_whose_weighted_criteria_are_present():
    # D has no flood: with missing = nodata it has no score while flood weighs anything ...
    ranking = rerank(MEANS, [0.5, 0.25, 0.25], missing='nodata')
    assert ranking.scores[:3] == pytest.approx([55.0, 50.0, 35.0]) and np.isnan(ranking.scores[D])
    assert ranking.order.tolist() == [A, B, C] and ranking.row_of()[D] == -1
    # ... and is ranked once flood weighs 0: people and vulnerability half each.
    # A 0.2 + 0.1 = 30; B 0.5 + 0.3 = 80; C 0.2 + 0.5 = 70; D 0.4 + 0.2 = 60.
    ranking = rerank(MEANS, [0.0, 0.5, 0.5], missing='nodata')
    assert ranking.scores == pytest.approx([30.0, 80.0, 70.0, 60.0])
    assert ranking.order.tolist() == [B, C, D, A]
