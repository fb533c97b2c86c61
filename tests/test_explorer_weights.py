"""The explorer's criterion labels (names.criterion_labels) and its weights file (qgis_side.weights)."""
import json

import pytest

from resilience_planner.qgis_side.names import criterion_labels, recorded_criteria
from resilience_planner.qgis_side.weights import algorithm_parameters, function_rows, weight_settings, write_weights


def test_labels_from_the_recorded_criteria():
    criteria = [['flood_depth', 'hazard', 'Flood depth 2050'], ['population', 'population', 'worldpop_2020'],
                ['vulnerability', 'vulnerability', 'svi'], ['access', 'access', 'Clinics'],
                ['access_2', 'access_field', 'walk_m']]
    assert criterion_labels([c[0] for c in criteria], criteria) == [
        'Flood depth 2050', 'People', 'Vulnerability', 'Access to Clinics', 'Access (walk_m)']


def test_labels_of_a_ranking_written_before_the_criteria_were_recorded():
    assert criterion_labels(['flood_depth', 'population', 'vulnerability', 'access']) == [
        'Flood depth', 'People', 'Vulnerability', 'Access']
    assert recorded_criteria(None) == [] and recorded_criteria('{"cut short') == [] and recorded_criteria('3') == []


def test_value_functions_read_back_from_their_description():
    rows = function_rows('flood_depth: linear, 0 at 0, 1 at 1.5; heat: step, 1 from 35; '
                         'landslide: classes 1: 0.2, 2: 0.6, 3: 1, other: 0; population: linear, 0 at 0, 1 at 120.5')
    assert rows == {'flood_depth': ['linear', '0', '1.5', ''], 'heat': ['step', '35', '', ''],
                    'landslide': ['classes', '', '', '1:0.2; 2:0.6; 3:1; other:0'],
                    'population': ['linear', '0', '120.5', '']}


def test_the_weights_file_and_the_priority_map_parameters(tmp_path):
    criteria = [['flood', 'hazard', 'Flood'], ['slide', 'hazard', 'Landslide'], ['population', 'population', 'pop'],
                ['access', 'access', 'Clinics']]
    settings, unscored = weight_settings(criteria, 'flood: linear, 0 at 0, 1 at 2; population: linear, 0 at 0, 1 at 90',
                                         ['flood', 'slide', 'population', 'access'], [0.4, 0.1, 0.3, 0.2], 'r.gpkg')
    # A hazard whose scoring the ranking does not record keeps the default row, and the caller is told.
    assert unscored == ['Landslide']
    assert settings['hazard_settings'] == ['Flood', 'linear', '0', '2', '', 0.4,
                                           'Landslide', 'linear', '0', '', '', 0.1]
    assert settings['population_weight'] == 0.3 and settings['access_weight'] == 0.2
    assert 'vulnerability_weight' not in settings and settings['weights_from'].startswith('r.gpkg, ')
    assert algorithm_parameters(settings) == {'HAZARD_SETTINGS': settings['hazard_settings'],
                                              'POPULATION_WEIGHT': 0.3, 'ACCESS_WEIGHT': 0.2}
    path = tmp_path / 'weights.json'
    write_weights(str(path), settings)
    assert json.loads(path.read_text(encoding='utf-8')) == settings
    listed = tmp_path / 'list.json'
    listed.write_text('[1, 2]')
    with pytest.raises(ValueError, match='one JSON object'):
        write_weights(str(listed), settings)
    assert listed.read_text() == '[1, 2]'


def test_the_run_parameters_recorded_besides_the_weights():
    from resilience_planner.qgis_side.weights import run_parameters
    criteria = [['flood_depth', 'hazard', 'Flood'], ['population', 'population', 'worldpop'],
                ['access', 'access', 'clinics']]
    functions = 'flood_depth: linear, 0 at 0, 1 at 1.5; population: linear, 0 at 0, 1 at 187.25; ' \
                'access: linear, 0 at 200, 1 at 1500'
    settings = {'method': 'product', 'missing': 'nodata', 'runs': 50, 'spread': 0.2, 'cell': 25.0}
    parameters, lost = run_parameters(settings, functions, criteria)
    assert parameters == {'METHOD': 1, 'MISSING': 2, 'CELL_SIZE': 25.0, 'SENSITIVITY_RUNS': 50,
                          'SENSITIVITY_SPREAD': 0.2, 'POPULATION_HIGH': 187.25, 'ACCESS_LOW': 200.0,
                          'ACCESS_HIGH': 1500.0}
    assert lost == []
    # A ranking from before the cell size was recorded, its functions cut short: said, never guessed.
    parameters, lost = run_parameters({'method': 'sum', 'missing': 'reweight'}, 'flood_depth: linear, 0 at 0, 1 at 1.5',
                                      criteria)
    assert parameters == {'METHOD': 0, 'MISSING': 0}
    assert lost == ['the cell size', 'the population bound', 'the access bounds']


def test_the_weights_file_and_the_dialog_number_methods_alike():
    """run_parameters writes METHOD and MISSING as indexes into the engine's lists; the priority map's enums
    must list them in the same order."""
    from resilience_planner.algorithms.priority_map import METHOD_KEYS, MISSING_KEYS
    from resilience_planner.core.priority import METHODS, MISSING
    assert METHOD_KEYS == METHODS and MISSING_KEYS == MISSING


def test_two_hazards_of_one_name_are_two_rows_by_position():
    criteria = [['flood', 'hazard', 'Flood'], ['flood_2', 'hazard', 'Flood'], ['heat', 'hazard', 'Heat'],
                ['heat_2', 'hazard', 'heat'], ['population', 'population', 'pop']]
    settings, unscored = weight_settings(
        criteria, 'flood_2: step, 1 from 0.5; heat: linear, 0 at 33, 1 at 40; heat_2: linear, 0 at 30, 1 at 45',
        ['flood', 'flood_2', 'heat', 'heat_2', 'population'], [0.1, 0.2, 0.3, 0.15, 0.25])
    # The two floods by their positions, each with its own scoring; "Heat" and "heat" each by its name (the
    # priority map matches a name exactly before it ignores case).
    assert settings['hazard_settings'] == ['1', 'linear', '0', '', '', 0.1, '2', 'step', '0.5', '', '', 0.2,
                                           'Heat', 'linear', '33', '40', '', 0.3, 'heat', 'linear', '30', '45', '',
                                           0.15]
    assert unscored == ['Flood (hazard 1)']
    assert settings['population_weight'] == 0.25
    one, _ = weight_settings([['flood', 'hazard', 'Flood']], '', ['flood'], [1.0])
    assert one['hazard_settings'][0] == 'Flood'
