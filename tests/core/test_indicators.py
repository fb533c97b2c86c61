"""Composite indicators, AHP and profile joins (core, no QGIS), worked by hand."""
import math
from statistics import NormalDist

import numpy as np
import pytest

from resilience_planner.core.errors import InputError
from resilience_planner.core.indicators import (
    Indicator,
    ahp_weights,
    competition_rank,
    composite_index,
    indicators_from_rows,
    matrix_from_upper,
    normalise,
    read_preset,
    write_preset,
)
from resilience_planner.core.profiles import join_profiles, normalise_key, parse_number, read_values

# Three settlements A, B, C.  water % (-, weight 2), toilets per 100 (-, 1), floods/year (+, 1).
RAW = np.array([[20.0, 1.0, 4.0],
                [60.0, 3.0, 0.0],
                [100.0, 5.0, 2.0]])
INDICATORS = [Indicator('water', '-', 2), Indicator('toilets', '-', 1), Indicator('floods', '+', 1)]


def test_hand_worked_index_ranks_and_drivers():
    # Min-max: water [0, .5, 1] turned round to [1, .5, 0]; toilets the same; floods [1, 0, .5].
    # Weights 2:1:1 normalise to .5, .25, .25.
    result = composite_index(RAW, INDICATORS)
    np.testing.assert_allclose(result.weights, [0.5, 0.25, 0.25])
    np.testing.assert_allclose(result.score, [1.0, 0.375, 0.125])
    np.testing.assert_array_equal(result.rank, [1, 2, 3])
    np.testing.assert_allclose(result.completeness, [1, 1, 1])
    np.testing.assert_allclose(result.oriented[:, 0], [1, 0.5, 0])
    drivers = result.drivers(['water', 'toilets', 'floods'])
    assert drivers[0] == 'water 50%, toilets 25%, floods 25%'
    assert drivers[1] == 'water 67%, toilets 33%'          # .25 and .125 of .375
    assert drivers[2] == 'floods 100%'


def test_reversed_indicator_is_turned_round_not_negated():
    result = composite_index(RAW[:, :1], [Indicator('water', '-', 1)])
    assert np.all(result.score >= 0)
    np.testing.assert_allclose(result.score, [1.0, 0.5, 0.0])
    plus = composite_index(RAW[:, :1], [Indicator('water', '+', 1)])
    np.testing.assert_allclose(plus.score + result.score, 1.0)


def test_missing_reweight_median_and_null():
    raw = RAW.copy()
    raw[1, 0] = np.nan                                      # B has no water answer
    reweight = composite_index(raw, INDICATORS, missing='reweight')
    # B: (.25 x .5 + .25 x 0) / .5 = .25, from the indicators it has.
    np.testing.assert_allclose(reweight.score, [1.0, 0.25, 0.125])
    np.testing.assert_allclose(reweight.completeness, [1, 0.5, 1])
    median = composite_index(raw, INDICATORS, missing='median')
    # The median of 20 and 100 is 60, B's true value: the full-data scores come back.
    np.testing.assert_allclose(median.score, [1.0, 0.375, 0.125])
    np.testing.assert_allclose(median.completeness, [1, 0.5, 1])
    assert any('median 60' in note for note in median.notes)
    null = composite_index(raw, INDICATORS, missing='null')
    assert math.isnan(null.score[1]) and math.isnan(null.rank[1])
    np.testing.assert_array_equal(null.rank[[0, 2]], [1, 2])
    assert null.drivers(['w', 't', 'f'])[1] is None


def test_settlement_with_nothing_gets_null():
    raw = RAW.copy()
    raw[2, :] = np.nan
    result = composite_index(raw, INDICATORS)
    assert math.isnan(result.score[2]) and result.completeness[2] == 0


def test_normalisations():
    x = np.array([1.0, 2.0, 10.0, np.nan])
    np.testing.assert_allclose(normalise(x, 'minmax')[:3], [0, 1 / 9, 1])
    np.testing.assert_allclose(normalise(x, 'rank')[:3], [0, 0.5, 1])
    mean, sd = np.mean(x[:3]), np.std(x[:3])
    expected = [NormalDist().cdf((v - mean) / sd) for v in x[:3]]
    np.testing.assert_allclose(normalise(x, 'zscore')[:3], expected, rtol=1e-12)
    for method in ('minmax', 'rank', 'zscore'):
        assert math.isnan(normalise(x, method)[3])
    np.testing.assert_allclose(normalise(np.array([5.0, 5.0, 1.0]), 'rank'), [0.75, 0.75, 0])
    np.testing.assert_allclose(normalise(np.array([3.0, 3.0]), 'minmax'), [0.5, 0.5])


def test_index_with_each_normalisation_keeps_the_hand_order():
    for method in ('minmax', 'rank', 'zscore'):
        result = composite_index(RAW, INDICATORS, normalization=method)
        np.testing.assert_array_equal(result.rank, [1, 2, 3]), method
        assert np.all((result.score >= 0) & (result.score <= 1))


def test_competition_rank_ties():
    np.testing.assert_array_equal(competition_rank([0.5, 0.9, 0.5, np.nan, 0.1]), [2, 1, 2, np.nan, 4])


def test_bad_indicator_definitions():
    with pytest.raises(InputError, match='direction "up"'):
        Indicator('water', 'up', 1)
    with pytest.raises(InputError, match='weight -1'):
        Indicator('water', '-', -1)
    with pytest.raises(InputError, match='three columns'):
        indicators_from_rows(['water', '-'])
    with pytest.raises(InputError, match='listed twice: water'):
        indicators_from_rows(['water', '-', '1', 'water', '+', '2'])
    with pytest.raises(InputError, match='All indicator weights are zero'):
        composite_index(RAW, [Indicator('a', '+', 0), Indicator('b', '+', 0), Indicator('c', '+', 0)])


def test_ahp_reproduces_saatys_drinks_example():
    """Saaty, T. L. (2008). Decision making with the analytic hierarchy process.
    International Journal of Services Sciences 1(1), 83-98: "Which drink is consumed
    more in the U.S.?" The paper's derived priorities are coffee .177, wine .019,
    tea .042, beer .116, sodas .190, milk .129, water .327, with C.R. = .022.
    """
    matrix = [[1, 9, 5, 2, 1, 1, 1 / 2],
              [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
              [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
              [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
              [1, 9, 4, 2, 1, 2, 1 / 2],
              [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
              [2, 9, 9, 3, 2, 3, 1]]
    result = ahp_weights(matrix)
    np.testing.assert_allclose(result.weights, [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327], atol=0.0006)
    assert result.consistency_ratio == pytest.approx(0.022, abs=0.0006)
    assert result.consistent


def test_ahp_consistent_matrix_and_inconsistent_warning():
    # Weights .6 .3 .1 give a perfectly consistent matrix: CR 0, the weights come back.
    w = np.array([0.6, 0.3, 0.1])
    result = ahp_weights(w[:, None] / w[None, :])
    np.testing.assert_allclose(result.weights, w)
    assert result.consistency_ratio == pytest.approx(0, abs=1e-9)
    # a > b (9), b > c (9), but c > a (9): badly inconsistent.
    cyclic = matrix_from_upper(['9', '1/9', '9'], 3)
    assert not ahp_weights(cyclic).consistent


def test_ahp_input_checks():
    with pytest.raises(InputError, match='not reciprocal: "a" vs "b" is 3'):
        ahp_weights([[1, 3], [3, 1]], ['a', 'b'])
    with pytest.raises(InputError, match='3 indicators need 3 pairwise judgements'):
        matrix_from_upper(['3', '5'], 3)
    with pytest.raises(InputError, match='"x" is not a pairwise judgement'):
        matrix_from_upper(['x'], 2)
    np.testing.assert_allclose(matrix_from_upper(['1/3'], 2), [[1, 1 / 3], [3, 1]])


def test_preset_round_trip(tmp_path):
    path = tmp_path / 'preset.json'
    write_preset(str(path), 'Test', INDICATORS, 'rank', 'median', 'three indicators')
    preset, indicators = read_preset(str(path))
    assert preset['normalization'] == 'rank' and preset['missing'] == 'median'
    assert [(i.field, i.direction, i.weight) for i in indicators] == [('water', '-', 2), ('toilets', '-', 1),
                                                                      ('floods', '+', 1)]
    (tmp_path / 'broken.json').write_text('{not json')
    with pytest.raises(InputError, match='Cannot read indicator preset'):
        read_preset(str(tmp_path / 'broken.json'))


def test_key_normalisation_and_join_report():
    assert normalise_key(' S01 ') == normalise_key('s01') == 's01'
    assert normalise_key(7) == normalise_key('007') == normalise_key(7.0) == normalise_key('7') == '7'
    assert normalise_key(None) is None and normalise_key(float('nan')) is None
    join = join_profiles([1, 2, 3, 'Kisiwani'], ['3', '01', 'KISIWANI ', '99'])
    assert join.rows == [1, -1, 0, 2]
    assert join.unmatched_settlements == ['2']
    assert join.unmatched_profiles == ['99']
    with pytest.raises(InputError, match='more than once in "profiles": "S1", "s1 "'):
        join_profiles(['s1'], ['S1', 's1 '])
    with pytest.raises(InputError, match='more than once in "settlements"'):
        join_profiles([5, '5'], ['5'])


def test_numbers_from_profile_cells():
    assert parse_number(' 45 % ') == 45.0
    assert parse_number('n/a') is None and parse_number('') is None and parse_number(None) is None
    assert parse_number(3) == 3.0
    with pytest.raises(ValueError):
        parse_number('about half')
    values, problems, _ = read_values([{'w': '10'}, {'w': 'about half'}, {'w': None}], ['w'], 'kyc.csv')
    np.testing.assert_array_equal(np.isnan(values[:, 0]), [False, True, True])
    assert problems and '"about half"' in problems[0] and 'kyc.csv' in problems[0]


def test_equal_scores_share_a_rank_despite_rounding():
    raw = np.array([[0.1, 0.2, 1.0], [0.1, 1.0, 0.2], [0, 0, 0], [1, 1, 1]])
    result = composite_index(raw, [Indicator(f, '+', 1) for f in 'abc'])
    assert result.rank[0] == result.rank[1] == 2


def test_no_data_stays_null_under_every_policy():
    raw = RAW.copy()
    raw[2, :] = np.nan
    for missing in ('reweight', 'median', 'null'):
        result = composite_index(raw, INDICATORS, missing=missing)
        assert math.isnan(result.score[2]) and math.isnan(result.rank[2]), missing


def test_a_missing_zero_weight_indicator_does_not_void_the_score():
    raw = np.array([[1.0, np.nan], [2.0, 5.0], [3.0, 1.0]])
    result = composite_index(raw, [Indicator('water', '+', 1), Indicator('floods', '+', 0)], missing='null')
    assert not math.isnan(result.score[0])
    assert result.completeness[0] == pytest.approx(1.0)


def test_huge_weights_do_not_overflow():
    result = composite_index(RAW, [Indicator('water', '-', 1.5e308), Indicator('toilets', '-', 1.5e308),
                                   Indicator('floods', '+', 1.5e308)])
    np.testing.assert_allclose(result.weights, [1 / 3, 1 / 3, 1 / 3])
    assert not np.isnan(result.score).any()


def test_preset_structure_is_checked(tmp_path):
    for text in ('{"indicators": {"field": "a"}}', '{"indicators": ["a", "b"]}'):
        path = tmp_path / 'bad.json'
        path.write_text(text)
        with pytest.raises(InputError, match='must be a list of objects'):
            read_preset(str(path))
    path = tmp_path / 'flags.json'
    path.write_text('{"indicators": [{"field": "a", "optional": "false"}, {"field": "b", "optional": "true"}]}')
    _, indicators = read_preset(str(path))
    assert [i.optional for i in indicators] == [False, True]
    path.write_text('{"indicators": [{"field": "Water"}, {"field": "water"}]}')
    with pytest.raises(InputError, match='listed twice: water'):
        read_preset(str(path))


def test_keys_ignore_inner_spaces_and_keep_long_integers_exact():
    assert normalise_key('S 01') == normalise_key('s01')
    assert normalise_key('Soweto  East') == normalise_key('soweto east')
    assert normalise_key('12345678901234567') != normalise_key('12345678901234568')
    assert normalise_key('7.50') == normalise_key(7.5) != normalise_key(7)
    with pytest.raises(InputError) as caught:
        join_profiles(['a'], ['Lindi', 'Lindi', 'lindi'])
    assert str(caught.value).count('"Lindi"') == 1


def test_infinite_profile_values_are_named():
    values, problems, _ = read_values([{'w': 'inf'}, {'w': 2}], ['w'], 'kyc.csv')
    assert np.isnan(values[0, 0]) and problems and '"inf"' in problems[0]


def test_two_decimal_reciprocals_are_accepted():
    result = ahp_weights([[1, 3, 7], [0.33, 1, 3], [0.14, 0.33, 1]])
    assert result.weights[0] > result.weights[1] > result.weights[2]


@pytest.mark.parametrize('key, value, words', [
    ('normalization', 'percentile', '"normalization" is "percentile", which is not one of: minmax'),
    ('missing', 'zero', '"missing" is "zero", which is not one of: reweight'),
])
def test_a_preset_with_an_unknown_policy_is_refused_naming_the_valid_ones(tmp_path, key, value, words):
    """Before, "percentile" silently became min-max."""
    import json

    from resilience_planner.core.indicators import read_preset
    path = tmp_path / 'preset.json'
    path.write_text(json.dumps({'name': 'p', key: value, 'indicators': [{'field': 'water', 'direction': '-'}]}),
                    encoding='utf-8')
    with pytest.raises(InputError, match=words):
        read_preset(str(path))
    path.write_text(json.dumps({'name': 'p', 'indicators': [{'field': 'water', 'direction': 'down'}]}),
                    encoding='utf-8')
    with pytest.raises(InputError, match='Indicator "water" has direction "down"'):
        read_preset(str(path))
