"""The priority engine (core, no QGIS): value functions, overlay on tiny grids worked by hand,
population totals, sensitivity, strips and cancel."""
import os

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from resilience_planner.core.errors import Cancelled, InputError
from resilience_planner.core.priority import (
    DistanceCriterion,
    RasterCriterion,
    ValueFunction,
    ZoneCriterion,
    analysis_grid,
    class_breaks,
    classes_made,
    classify,
    combine,
    dirichlet_weights,
    high_priority_zones,
    priority_map,
    sensitivity,
    settlement_classes,
    settlement_scores,
    value_function,
)
from tests.helpers import square, write_raster

# A 4 x 4 grid of 10 m cells, origin (0, 40), in UTM 37S.
HAZARD = np.array([[0.0, 0.5, 1.0, 2.0],
                   [0.2, 0.4, 0.6, 0.8],
                   [0.0, 0.0, 0.1, 0.3],
                   [1.5, 0.9, 0.0, 0.0]])
PEOPLE = np.array([[1.0, 2.0, 3.0, 4.0],
                   [5.0, 6.0, 7.0, 8.0],
                   [0.0, 0.0, 10.0, 20.0],
                   [9.0, 0.0, 1.0, 0.0]])


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1), dataset.nodata, dataset.transform, dataset.crs


def run(tmp_path, criteria, settlements=None, boundary=None, **options):
    grid = analysis_grid((0, 0, 40, 40), 10, 'EPSG:32737')
    options.setdefault('sensitivity_runs', 0)
    result, high, population = priority_map(
        grid, boundary or [square(0, 0, 40, 40)], criteria, str(tmp_path / 'priority.tif'),
        str(tmp_path / 'classes.tif'), settlements=settlements, work_dir=str(tmp_path), **options)
    return result, high, population


def hazard(tmp_path, weight=1.0, function=None):
    return RasterCriterion('flood', 'flood', write_raster(tmp_path / 'flood.tif', HAZARD.astype('float32')),
                           function or ValueFunction('linear', 0.0, 1.0), weight)


def people(tmp_path, weight=1.0):
    # 10 m cells are 0.01 ha: density = 100 x people per hectare; 0 -> 1000 /ha scores people / 10.
    return RasterCriterion('population', 'population', write_raster(tmp_path / 'people.tif',
                                                                     PEOPLE.astype('float32')),
                           ValueFunction('linear', 0.0, 1000.0), weight, resampling='sum', group='population')


# ------------------------------------------------------------------ value functions and combination

def test_value_functions_by_hand():
    x = np.array([-1.0, 0.0, 0.25, 0.5, 2.0, np.nan])
    assert np.allclose(ValueFunction('linear', 0.0, 0.5).score(x)[:5], [0, 0, 0.5, 1, 1])
    assert np.isnan(ValueFunction('linear', 0.0, 0.5).score(x)[5])
    # Falling: 1 at 0, 0 at 0.5.
    assert np.allclose(ValueFunction('linear', 0.5, 0.0).score(x)[:5], [1, 1, 0.5, 0, 0])
    assert np.allclose(ValueFunction('step', 0.25).score(x)[:5], [0, 0, 1, 1, 1])
    classes = value_function('classes', None, None, '1:0.2; 2=0.6, 3:1', 'slide')
    # A class the mapping does not list has no score (missing), never a silent 0 ...
    scored = classes.score(np.array([0, 1, 2, 3, 4.0]))
    assert np.allclose(scored[1:4], [0.2, 0.6, 1]) and np.isnan(scored[[0, 4]]).all()
    # ... unless the mapping scores all the others.
    others = value_function('classes', None, None, '1:0.2; 2=0.6, 3:1; other:0.1', 'slide')
    assert np.allclose(others.score(np.array([0, 1, 2, 3, 4.0])), [0.1, 0.2, 0.6, 1, 0.1])
    assert others.describe() == 'classes 1: 0.2, 2: 0.6, 3: 1, other: 0.1'


def test_class_scores_with_decimal_commas_are_read_when_semicolons_separate_the_classes():
    """A French or Brazilian office types "2:0,6": with ';' (or a single class) between the classes the comma can
    only be a decimal mark, and the whole text's scores are read by one convention, which is logged."""
    said = []
    comma = value_function('classes', None, None, '1:0,2; 2:0,6; 3:1; other:0,1', 'slide', log=said.append)
    point = value_function('classes', None, None, '1:0.2; 2:0.6; 3:1; other:0.1', 'slide')
    assert comma.classes == point.classes == {1.0: 0.2, 2.0: 0.6, 3.0: 1.0}
    assert comma.default == point.default == 0.1
    assert said == ['Criterion "slide": class scores read with decimal comma, thousands points (as in "0,2", "0,6", '
                    '"0,1").']
    assert value_function('classes', None, None, '2:0,6', 'slide').classes == {2.0: 0.6}
    # The commas of "1=0.2, 2=0.6" still separate classes, also beside a ';'.
    assert value_function('classes', None, None, '1:0.2; 2=0.6, 3:1', 'slide').classes == {1.0: 0.2, 2.0: 0.6,
                                                                                             3.0: 1.0}
    # A comma at the end of the text separates nothing (as before), also after a decimal comma.
    assert value_function('classes', None, None, '1:0.2,', 'slide').classes == {1.0: 0.2}
    assert value_function('classes', None, None, '1:0,2; 2:1,', 'slide').classes == {1.0: 0.2, 2.0: 1.0}
    # DECIMAL = comma or point reads every score one way.
    assert value_function('classes', None, None, '1:0,25; 2:1', 'slide', decimal='comma').classes == {1.0: 0.25,
                                                                                                       2.0: 1.0}


@pytest.mark.parametrize('classes, words', [
    # Commas between the classes and as decimal marks: which is which cannot be told, so nothing is guessed.
    ('1:0,2, 2:0,6', r'in the class scores "1:0,2, 2:0,6", commas separate the classes, so "2" has no score\. If a '
                     r'comma is a decimal mark there, separate the classes with ";"'),
    # A point here and a comma there: the existing refusal of core.numbers, naming both.
    ('1:0.2; 2:0,6', r'Column "class scores" in "slide" mixes decimal points \("0.2"\) and decimal commas \("0,6"\)'),
    ('1:0.2; 2:n/a', 'cannot read class score "2:n/a"'),
    ('1:0,2; 2:about half', 'cannot read class score "2:about half"'),
])
def test_class_scores_that_cannot_be_read_one_way_are_refused(classes, words):
    with pytest.raises(InputError, match=words):
        value_function('classes', None, None, classes, 'slide')


@pytest.mark.parametrize('kind, low, high, classes, words', [
    ('spline', 0, 1, '', 'unknown value function "spline"'),
    ('classes', None, None, '1:high', 'cannot read class score "1:high"'),
    ('classes', None, None, '1:2', 'scores must lie between 0 and 1'),
    ('classes', None, None, '', 'none are given'),
    ('step', None, None, '', 'threshold in the Low column'),
    ('linear', 'deep', 1, '', 'low bound "deep" is not a number'),
])
def test_value_function_settings_are_checked(kind, low, high, classes, words):
    with pytest.raises(InputError, match=words) as err:
        value_function(kind, low, high, classes, 'flood')
    assert 'flood' in str(err.value)


def test_combine_sum_product_and_missing_policies():
    scores = np.array([[0.8, 0.0, np.nan],
                       [0.2, 0.9, 0.5]])
    weights = np.array([0.75, 0.25])
    value, complete = combine(scores, weights, 'sum', 'reweight')
    assert np.allclose(value, [0.75 * 0.8 + 0.25 * 0.2, 0.225, 0.5])
    assert np.allclose(complete, [1, 1, 0.25])
    value, _ = combine(scores, weights, 'product', 'reweight')
    assert np.allclose(value, [0.8 ** 0.75 * 0.2 ** 0.25, 0.0, 0.5])   # a zero score cannot be offset
    assert np.allclose(combine(scores, weights, 'sum', 'zero')[0], [0.65, 0.225, 0.125])
    value, _ = combine(scores, weights, 'sum', 'nodata')
    assert np.allclose(value[:2], [0.65, 0.225]) and np.isnan(value[2])
    # Zero weight: the criterion has no influence, not even through its missing values.
    value, complete = combine(scores, np.array([0.0, 1.0]), 'product', 'nodata')
    assert np.allclose(value, [0.2, 0.9, 0.5]) and np.allclose(complete, 1)


def test_grid_is_snapped_to_the_cell_size_and_refuses_absurd_sizes():
    grid = analysis_grid((103.0, 7.0, 245.0, 96.0), 25, 'EPSG:32737')
    assert (grid.transform.c, grid.transform.f, grid.width, grid.height) == (100.0, 100.0, 6, 4)
    with pytest.raises(InputError, match='Choose a larger cell size'):
        analysis_grid((0, 0, 1e6, 1e6), 0.01, 'EPSG:32737')
    with pytest.raises(InputError, match='positive number of metres'):
        analysis_grid((0, 0, 10, 10), 0, 'EPSG:32737')


# ------------------------------------------------------------------ the overlay, by hand

def test_weighted_sum_on_a_tiny_grid(tmp_path):
    result, _, _ = run(tmp_path, [hazard(tmp_path, 3.0), people(tmp_path, 1.0)])
    expected = 100 * (0.75 * np.clip(HAZARD, 0, 1) + 0.25 * np.clip(PEOPLE / 10.0, 0, 1))
    priority, nodata, transform, crs = read(tmp_path / 'priority.tif')
    assert np.allclose(priority, expected, atol=1e-4)
    assert transform == from_origin(0, 40, 10, 10) and crs.to_epsg() == 32737
    assert np.allclose(result.weights, [0.75, 0.25])
    assert result.population_total == pytest.approx(PEOPLE.sum())
    # Quantile classes: with 16 distinct-enough values each class holds about a fifth.
    classes, class_nodata, _, _ = read(tmp_path / 'classes.tif')
    assert class_nodata == 0 and set(np.unique(classes)) <= {1, 2, 3, 4, 5}
    order = np.argsort(expected.ravel())
    assert np.all(np.diff(classes.ravel()[order].astype(int)) >= 0)     # classes follow the priority
    high = classes >= 4
    assert result.high_cells == high.sum()
    assert result.high_population == pytest.approx(PEOPLE[high].sum())


def test_weighted_product_on_a_tiny_grid(tmp_path):
    run(tmp_path, [hazard(tmp_path), people(tmp_path)], method='product')
    expected = 100 * np.sqrt(np.clip(HAZARD, 0, 1) * np.clip(PEOPLE / 10.0, 0, 1))
    priority, _, _, _ = read(tmp_path / 'priority.tif')
    assert np.allclose(priority, expected, atol=1e-4)


def test_vulnerability_cells_mix_settlements_and_the_base_by_coverage(tmp_path):
    settlements = [square(0, 20, 20, 40),        # rows 0-1, cols 0-1, fully
                   square(20, 20, 25, 30),       # half of the cell at row 1, col 2
                   None]                         # no geometry: not ranked
    vulnerability = ZoneCriterion('vulnerability', 'v', np.array([0.8, 0.6, 0.9]), None, 1.0, base=0.2)
    result, _, _ = run(tmp_path, [vulnerability], settlements=settlements)
    priority, _, _, _ = read(tmp_path / 'priority.tif')
    expected = np.full((4, 4), 20.0)
    expected[0:2, 0:2] = 80.0
    expected[1, 2] = 100 * (0.5 * 0.6 + 0.5 * 0.2)
    assert np.allclose(priority, expected, atol=1e-4)
    # Settlements keep their own value: the half-covered one is not diluted by the base.
    assert np.allclose(result.criteria_means[:2, 0], [0.8, 0.6])
    assert np.allclose(result.priority_mean[:2], [80.0, 60.0])
    # The highest map cell it touches mixes it with the base.
    assert np.allclose(result.priority_max[:2], [80.0, 40.0])
    assert list(result.rank[:2]) == [1, 2] and np.isnan(result.rank[2])
    assert any('not ranked' in note for note in result.notes)


def test_base_vulnerability_defaults_to_the_lowest_settlement(tmp_path):
    criterion = ZoneCriterion('vulnerability', 'v', np.array([0.8, 0.3]), None)
    messages = []
    run(tmp_path, [criterion], settlements=[square(0, 20, 20, 40), square(20, 0, 40, 20)], log=messages.append)
    priority, _, _, _ = read(tmp_path / 'priority.tif')
    assert priority[3, 0] == pytest.approx(30.0)
    assert any('lowest settlement value, 0.3' in m for m in messages)


def test_distance_to_facilities_matches_brute_force(tmp_path):
    points = np.array([[5.0, 35.0], [38.0, 2.0]])
    criterion = DistanceCriterion('access', 'clinics', points, ValueFunction('linear', 0.0, 30.0))
    run(tmp_path, [criterion])
    priority, _, _, _ = read(tmp_path / 'priority.tif')
    cols, rows = np.meshgrid(np.arange(4), np.arange(4))
    x, y = cols * 10 + 5.0, 40 - (rows * 10 + 5.0)
    nearest = np.min(np.hypot(x[..., None] - points[:, 0], y[..., None] - points[:, 1]), axis=-1)
    assert np.allclose(priority, 100 * np.clip(nearest / 30.0, 0, 1), atol=1e-4)


def test_cells_outside_the_boundary_or_excluded_are_nodata(tmp_path):
    result, _, _ = run(tmp_path, [hazard(tmp_path)], boundary=[square(0, 0, 40, 40)],
                       exclude=[square(0, 0, 14, 14)])
    priority, nodata, _, _ = read(tmp_path / 'priority.tif')
    assert priority[3, 0] == nodata and (priority != nodata).sum() == 15
    assert result.cells == 15


def test_missing_hazard_values_follow_the_policy_and_are_reported(tmp_path):
    flood = HAZARD.copy()
    flood[0, 0] = -9999
    path = write_raster(tmp_path / 'gappy.tif', flood.astype('float32'), nodata=-9999)
    criteria = [RasterCriterion('flood', 'flood', path, ValueFunction('linear', 0, 1)), people(tmp_path)]
    result, _, _ = run(tmp_path, criteria, missing='reweight')
    priority, nodata, _, _ = read(tmp_path / 'priority.tif')
    assert priority[0, 0] == pytest.approx(100 * PEOPLE[0, 0] / 10)          # people alone carry the weight
    assert result.missing_share[0] == pytest.approx(1 / 16)
    assert any('flood: no value on 6.2% of the cells' in note for note in result.notes)
    run(tmp_path, criteria, missing='nodata')
    assert read(tmp_path / 'priority.tif')[0][0, 0] == nodata
    run(tmp_path, criteria, missing='zero')
    assert read(tmp_path / 'priority.tif')[0][0, 0] == pytest.approx(50 * PEOPLE[0, 0] / 10)


def test_automatic_high_bound_is_the_95th_percentile_inside_the_boundary(tmp_path):
    criterion = hazard(tmp_path, function=ValueFunction('linear', 0.0, None))
    messages = []
    result, _, _ = run(tmp_path, [criterion], log=messages.append)
    positive = HAZARD[HAZARD > 0]
    assert result.functions[0].high == pytest.approx(np.percentile(positive, 95))
    assert any('95th percentile' in m for m in messages)


# ------------------------------------------------------------------ population totals

@pytest.mark.parametrize('cell, origin', [(7.0, (-3.0, 43.0)), (30.0, (-1.0, 44.0)), (2.5, (0.3, 40.1))])
def test_population_total_is_kept_when_aligned_to_another_grid(tmp_path, cell, origin):
    rng = np.random.default_rng(3)
    size = int(np.ceil(48 / cell))
    counts = rng.uniform(0, 50, (size, size)).astype('float32')
    path = write_raster(tmp_path / 'people.tif', counts, transform=from_origin(origin[0], origin[1], cell, cell))
    criterion = RasterCriterion('population', 'population', path, ValueFunction('linear', 0, 1000),
                                resampling='sum', group='population')
    grid = analysis_grid((-20, -20, 80, 80), 10, 'EPSG:32737')      # covers the whole raster
    result, _, population_grid = priority_map(grid, [square(-20, -20, 80, 80)], [criterion],
                                              str(tmp_path / 'p.tif'), str(tmp_path / 'c.tif'),
                                              work_dir=str(tmp_path), sensitivity_runs=0)
    assert result.population_total == pytest.approx(float(counts.sum(dtype=np.float64)), rel=1e-5)
    on_grid, nodata, _, _ = read(population_grid)
    assert on_grid[on_grid != nodata].sum(dtype=np.float64) == pytest.approx(counts.sum(dtype=np.float64), rel=1e-5)


def test_population_total_is_kept_across_crs(tmp_path):
    """People counted on a geographic grid keep their total on the UTM grid (to 0.5 %)."""
    rng = np.random.default_rng(5)
    counts = rng.uniform(0, 100, (40, 40)).astype('float32')
    # About 0.009 degrees square near Nairobi (UTM 37S).
    path = write_raster(tmp_path / 'people4326.tif', counts, transform=from_origin(36.80, -1.28, 0.0002, 0.0002),
                        crs='EPSG:4326')
    from rasterio.warp import transform_bounds
    xmin, ymin, xmax, ymax = transform_bounds('EPSG:4326', 'EPSG:32737', 36.80, -1.288, 36.808, -1.28)
    grid = analysis_grid((xmin - 100, ymin - 100, xmax + 100, ymax + 100), 50, 'EPSG:32737')
    criterion = RasterCriterion('population', 'population', path, ValueFunction('linear', 0, 1000),
                                resampling='sum', group='population')
    result, _, _ = priority_map(grid, [square(xmin - 100, ymin - 100, xmax + 100, ymax + 100)], [criterion],
                                str(tmp_path / 'p.tif'), str(tmp_path / 'c.tif'), work_dir=str(tmp_path),
                                sensitivity_runs=0)
    assert result.population_total == pytest.approx(float(counts.sum(dtype=np.float64)), rel=5e-3)


# ------------------------------------------------------------------ strips, zones, classes

def test_results_do_not_depend_on_the_strip_size(tmp_path, sample_city):
    from tests.helpers import sample_criteria
    outputs = []
    for strip_cells, folder in ((10_000_000, 'one'), (3_000, 'many')):
        out = tmp_path / folder
        out.mkdir()
        grid, boundary, settlements, criteria = sample_criteria(sample_city)
        result, _, _ = priority_map(grid, boundary, criteria, str(out / 'p.tif'), str(out / 'c.tif'),
                                    settlements=settlements, work_dir=str(out), strip_cells=strip_cells,
                                    sensitivity_runs=20)
        outputs.append((read(out / 'p.tif')[0], read(out / 'c.tif')[0], result))
    (p1, c1, r1), (p2, c2, r2) = outputs
    assert np.array_equal(p1, p2) and np.array_equal(c1, c2)
    assert np.allclose(r1.priority_mean, r2.priority_mean, equal_nan=True)
    assert np.array_equal(r1.rank, r2.rank, equal_nan=True)
    assert np.array_equal(r1.rank_p05, r2.rank_p05, equal_nan=True)


def test_zones_are_the_connected_class_4_5_areas_with_their_people(tmp_path):
    result, zones_path, _ = run(tmp_path, [hazard(tmp_path, 3.0), people(tmp_path, 1.0)])
    zones = list(high_priority_zones(result, zones_path))
    classes, _, _, _ = read(tmp_path / 'classes.tif')
    assert sum(z['area_m2'] for z in zones) == pytest.approx((classes >= 4).sum() * 100.0)
    assert sum(z['population'] for z in zones) == pytest.approx(PEOPLE[classes >= 4].sum())
    priority, _, _, _ = read(tmp_path / 'priority.tif')
    assert max(z['priority_mean'] for z in zones) <= priority[classes >= 4].max() + 1e-6


def histogram_of(values):
    return np.histogram(np.asarray(values, float), bins=10000, range=(0.0, 100.0))[0]


@pytest.mark.parametrize('top', [100.0, 50.0])
def test_when_many_cells_share_the_top_value_they_are_class_5_not_class_1(top):
    values = [10.0, 20.0, 30.0] + [top] * 97                    # 97 % of the cells at the highest value
    breaks = class_breaks(histogram_of(values), 10.0, top)
    classes = classify(np.array(values), breaks)
    assert set(classes[3:].tolist()) == {5}                      # the highest values: the top class
    assert classes[0] < 5 and list(classes) == sorted(classes)   # never lower priorities above higher ones
    assert classes_made(histogram_of(values), breaks) == len(set(classes.tolist()))


def test_equal_priorities_share_a_class_and_a_skewed_map_keeps_its_order():
    values = [1.0] * 60 + [2.0] * 30 + [3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 50.0, 70.0, 90.0]
    breaks = class_breaks(histogram_of(values), 1.0, 90.0)
    classes = classify(np.array(values), breaks)
    for value in set(values):                                   # ties share a class
        assert len(set(classes[np.array(values) == value].tolist())) == 1
    assert classes[-1] == 5 and classes[0] == 1
    order = np.argsort(values, kind='stable')
    assert np.all(np.diff(classes[order].astype(int)) >= 0)


def test_settlement_classes_are_quintiles_of_the_ranked_settlements():
    """40 settlements with distinct priorities: 8 in each class, rank 1 in class 5; ties share."""
    ranks = np.arange(1, 41, dtype=float)
    classes = settlement_classes(ranks, 40)
    assert [int((classes == c).sum()) for c in (1, 2, 3, 4, 5)] == [8, 8, 8, 8, 8]
    assert classes[0] == 5 and classes[7] == 5 and classes[8] == 4 and classes[-1] == 1
    tied = settlement_classes(np.array([1, 1, 1, 4, 5, np.nan]), 5)            # three tied at the top
    assert tied[:3].tolist() == [5, 5, 5] and np.isnan(tied[-1])


def test_class_breaks_quantile_and_equal():
    histogram = np.zeros(10000, np.int64)
    values = np.arange(100) + 0.5                # 0.5 ... 99.5, one each
    np.add.at(histogram, (values * 100).astype(int), 1)
    assert np.allclose(class_breaks(histogram, 0.5, 99.5, 'quantile'), [19.51, 39.51, 59.51, 79.51])
    assert np.allclose(class_breaks(histogram, 0.5, 99.5, 'equal'), [20.3, 40.1, 59.9, 79.7])
    assert list(classify(np.array([0.0, 19.51, 19.52, 99.0, np.nan]), [19.51, 39.51, 59.51, 79.51])) == \
        [1, 1, 2, 5, 0]


# ------------------------------------------------------------------ sensitivity

def test_sensitivity_without_spread_keeps_every_rank():
    means = np.array([[0.9, 0.1], [0.5, 0.4], [0.2, 0.6], [0.0, 0.0]])
    weights = np.array([0.5, 0.5])
    p05, p95, stable = sensitivity(means, weights, runs=50, spread=0.0)
    base = np.array([1, 2, 3, 4])
    assert np.array_equal(p05, base) and np.array_equal(p95, base) and np.all(stable == 1)


def test_sensitivity_is_deterministic_and_widens_with_the_spread():
    rng = np.random.default_rng(0)
    means = rng.uniform(0, 1, (60, 3))
    weights = np.array([0.5, 0.3, 0.2])
    a = sensitivity(means, weights, runs=200, spread=0.2)
    b = sensitivity(means, weights, runs=200, spread=0.2)
    assert all(np.array_equal(x, y) for x, y in zip(a, b))
    wide = sensitivity(means, weights, runs=200, spread=0.6)
    assert 0 < np.mean(a[1] - a[0]) < np.mean(wide[1] - wide[0])
    assert a[2].mean() > wide[2].mean()


def test_dirichlet_weights_centre_on_the_chosen_weights_and_keep_zeros():
    draws = dirichlet_weights(np.array([2.0, 1.0, 0.0, 1.0]), 4000, 0.2)
    assert np.allclose(draws.sum(axis=1), 1)
    assert np.allclose(draws.mean(axis=0), [0.5, 0.25, 0, 0.25], atol=0.01)
    assert np.all(draws[:, 2] == 0)
    # Standard deviation spread * sqrt(w (1 - w)).
    assert draws[:, 0].std() == pytest.approx(0.2 * np.sqrt(0.25), rel=0.1)


def test_settlement_priority_is_the_mean_of_its_cells_for_raster_criteria(tmp_path):
    result, _, _ = run(tmp_path, [hazard(tmp_path, 3.0), people(tmp_path, 1.0)],
                       settlements=[square(0, 20, 20, 40), square(10, 0, 40, 10)])
    expected = 100 * (0.75 * np.clip(HAZARD, 0, 1) + 0.25 * np.clip(PEOPLE / 10.0, 0, 1))
    assert result.priority_mean[0] == pytest.approx(expected[0:2, 0:2].mean())
    assert result.priority_mean[1] == pytest.approx(expected[3, 1:4].mean())
    assert result.priority_max[1] == pytest.approx(expected[3, 1:4].max(), abs=1e-4)
    assert np.allclose(settlement_scores(result.criteria_means, result.weights, 'sum'), result.priority_mean)


def test_a_settlement_without_a_value_is_scored_on_the_rest_and_says_so(tmp_path):
    vulnerability = ZoneCriterion('vulnerability', 'v', np.array([0.8, np.nan]), None, 1.0, base=0.2)
    result, _, _ = run(tmp_path, [hazard(tmp_path), vulnerability],
                       settlements=[square(0, 20, 20, 40), square(20, 0, 40, 20)])
    assert np.isnan(result.criteria_means[1, 1])
    assert result.completeness[1] == pytest.approx(0.5) and result.completeness[0] == pytest.approx(1.0)
    assert result.priority_mean[1] == pytest.approx(100 * result.criteria_means[1, 0])


def test_with_missing_nodata_the_unranked_keep_their_means_for_the_explorer(tmp_path):
    # Settlement 2 has no vulnerability: with missing = nodata it has no priority and no rank, but its flood
    # mean is written, so that the explorer can rank it once the vulnerability weight is 0. Settlement 3 lies
    # outside the boundary (the top 10 m): it has no cells and no means at all, whatever its own value.
    vulnerability = ZoneCriterion('vulnerability', 'v', np.array([0.8, np.nan, 0.5]), ValueFunction('linear', 0.0,
                                                                                                    1.0), 1.0)
    result, _, _ = run(tmp_path, [hazard(tmp_path), vulnerability], missing='nodata',
                       boundary=[square(0, 0, 40, 30)],
                       settlements=[square(0, 10, 20, 30), square(20, 0, 40, 20), square(0, 30, 10, 40)])
    # Flood means by hand: rows 1-2, columns 0-1 = (0.2 + 0.4 + 0 + 0) / 4; rows 2-3, columns 2-3 =
    # (0.1 + 0.3 + 0 + 0) / 4.
    assert result.criteria_means[0] == pytest.approx([0.15, 0.8])
    assert result.criteria_means[1, 0] == pytest.approx(0.1) and np.isnan(result.criteria_means[1, 1])
    assert np.isnan(result.criteria_means[2]).all()
    assert result.priority_mean[0] == pytest.approx(100 * (0.15 + 0.8) / 2)
    assert np.isnan(result.priority_mean[1:]).all() and np.isnan(result.rank[1:]).all()
    assert np.isnan(result.rank_p05[1]) and np.isnan(result.completeness[1])
    # The explorer's re-rank with the vulnerability weight 0 ranks settlement 2 on its flood alone.
    assert settlement_scores(result.criteria_means, np.array([1.0, 0.0]), 'sum', 'nodata')[:2] == \
        pytest.approx([15.0, 10.0])


# ------------------------------------------------------------------ errors and cancel

def test_bad_inputs_get_clear_messages(tmp_path):
    with pytest.raises(InputError, match='All criterion weights are zero'):
        run(tmp_path, [hazard(tmp_path, 0.0)])
    with pytest.raises(InputError, match='No criterion'):
        run(tmp_path, [])
    empty = DistanceCriterion('access', 'clinics', np.empty((0, 2)), ValueFunction('linear', 0, 1))
    with pytest.raises(InputError, match='facilities layer is empty'):
        run(tmp_path, [empty])
    blank = ZoneCriterion('vulnerability', 'vuln', np.array([np.nan]))
    with pytest.raises(InputError, match='no value for any settlement'):
        run(tmp_path, [blank], settlements=[square(0, 0, 10, 10)])
    far = RasterCriterion('flood', 'far flood', write_raster(tmp_path / 'far.tif', HAZARD.astype('float32'),
                                                             transform=from_origin(5000, 5000, 10, 10)),
                          ValueFunction('linear', 0, 1))
    with pytest.raises(InputError, match='"far flood" has no value anywhere inside the boundary'):
        run(tmp_path, [far])


def test_cancel_leaves_nothing_behind_and_keeps_an_existing_output(tmp_path):
    existing = tmp_path / 'priority.tif'
    existing.write_bytes(b'what the user had')
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        run(tmp_path, [hazard(tmp_path), people(tmp_path)], cancelled=cancelled, strip_cells=8)
    assert existing.read_bytes() == b'what the user had'
    leftovers = [name for name in os.listdir(tmp_path) if 'partial' in name or name.startswith(('classes', 'high'))]
    assert leftovers == []


def test_zones_joined_across_strips_match_labelling_the_whole_map(tmp_path, sample_city):
    from scipy import ndimage

    from tests.helpers import sample_criteria
    found = {}
    for strip_cells, folder in ((10_000_000, 'one'), (2_000, 'many')):
        out = tmp_path / folder
        out.mkdir()
        grid, boundary, settlements, criteria = sample_criteria(sample_city)
        result, zones_path, _ = priority_map(grid, boundary, criteria, str(out / 'p.tif'), str(out / 'c.tif'),
                                             settlements=settlements, work_dir=str(out), strip_cells=strip_cells,
                                             sensitivity_runs=0)
        zones = high_priority_zones(result, zones_path)
        found[folder] = sorted((z['area_m2'], round(z['population'], 3)) for z in zones)
        classes = read(out / 'c.tif')[0]
        labels, count = ndimage.label(classes >= 4)
        assert len(found[folder]) == count == result.zones.count
        sizes = np.bincount(labels.ravel())[1:] * grid.cell_area
        assert sorted(sizes) == [area for area, _ in found[folder]]
    assert found['one'] == found['many']


@pytest.mark.parametrize('cell', [5.0, 2.5])
def test_population_on_a_much_finer_grid_keeps_every_column_and_the_total(tmp_path, cell):
    """GDAL 3.6's sum warp drops whole source columns when the grid is 5x finer; the engine fills them."""
    rng = np.random.default_rng(9)
    counts = rng.uniform(10, 60, (20, 400)).astype('float32')      # wide enough for GDAL to drop a column
    path = write_raster(tmp_path / 'people25.tif', counts, transform=from_origin(0, 400, 25, 25))
    criterion = RasterCriterion('population', 'population', path, ValueFunction('linear', 0, 1000),
                                resampling='sum', group='population')
    grid = analysis_grid((0, -100, 10000, 400), cell, 'EPSG:32737')
    result, _, population_grid = priority_map(grid, [square(0, -100, 10000, 400)], [criterion],
                                              str(tmp_path / 'p.tif'),
                                              str(tmp_path / 'c.tif'), work_dir=str(tmp_path), sensitivity_runs=0)
    on_grid, nodata, _, _ = read(population_grid)
    assert (on_grid == nodata).sum() == 0 and result.missing_share[0] == 0
    # GDAL's sum also over-counts the two columns beside the one it drops, by about 11 people: 0.004 %.
    assert result.population_total == pytest.approx(float(counts.sum(dtype=np.float64)), rel=1e-4)
    # Each fine cell holds its share of its source cell.
    k = int(25 / cell)
    assert np.allclose(on_grid[:k, :k], counts[0, 0] / k ** 2, rtol=1e-5)


def test_progress_starts_early_rises_and_ends_at_one(tmp_path):
    seen = []
    run(tmp_path, [hazard(tmp_path, function=ValueFunction('linear', 0.0, None)), people(tmp_path)],
        strip_cells=4, progress=seen.append)
    assert seen[0] < 0.2 and seen[-1] == pytest.approx(1.0)
    assert all(b >= a for a, b in zip(seen, seen[1:])) and len(seen) > 10


def test_a_criterion_with_no_value_inside_the_boundary_is_refused(tmp_path):
    blank = write_raster(tmp_path / 'blank.tif', np.full((4, 4), -9999, 'float32'), nodata=-9999)
    criteria = [RasterCriterion('flood', 'empty flood', blank, ValueFunction('linear', 0, 1)), people(tmp_path)]
    with pytest.raises(InputError, match='"empty flood" has no value anywhere inside the boundary'):
        run(tmp_path, criteria)
    with pytest.raises(InputError, match='outside the exclude layer'):
        run(tmp_path, [people(tmp_path)], exclude=[square(-10, -10, 50, 50)])


def test_settlement_value_bounds_come_from_the_settlements(tmp_path):
    access = ZoneCriterion('access', 'walk', np.array([100.0, 400.0, 900.0, 4000.0]), ValueFunction('linear', 0, None),
                           group='access')
    messages = []
    result, _, _ = run(tmp_path, [access], settlements=[square(0, 30, 10, 40), square(10, 30, 20, 40),
                                                        square(20, 30, 30, 40), square(30, 30, 40, 40)],
                       log=messages.append)
    assert result.functions[0].high == pytest.approx(np.percentile([100, 400, 900, 4000], 95))
    assert any('95th percentile of the settlement values' in m for m in messages)


# ------------------------------------------------------------------ scoring where the data lives

# Landslide classes on 10 m cells (origin (0, 40)), coded 1 = High ... 4 = None, scored 1, 0.6, 0.3, 0.
SLIDES = np.array([[1, 1, 4, 4],
                   [1, 2, 4, 4],
                   [3, 3, 4, 2],
                   [3, 4, 4, 1]], dtype=np.uint8)
SLIDE_SCORES = '1:1; 2:0.6; 3:0.3; 4:0'


def slides(tmp_path, scores=SLIDE_SCORES):
    return RasterCriterion('slides', 'slides', write_raster(tmp_path / 'slides.tif', SLIDES, nodata=0),
                           value_function('classes', None, None, scores, 'slides'), resampling='nearest')


def test_a_classed_hazard_finer_than_the_grid_is_scored_on_its_own_cells_then_averaged(tmp_path):
    """Hand-worked on a 20 m grid over the 10 m classes: each grid cell is the mean of its four scores.

    Top-left 20 m cell: classes 1, 1, 1, 2 -> (1 + 1 + 1 + 0.6) / 4 = 0.9; top-right: 4 x class 4 -> 0;
    bottom-left: 3, 3, 3, 4 -> 0.225; bottom-right: 4, 2, 4, 1 -> 0.4. Nearest neighbour would have
    given each 20 m cell the class of one of its four cells (1, 4, 3 and 4: 1, 0, 0.3, 0)."""
    grid = analysis_grid((0, 0, 40, 40), 20, 'EPSG:32737')
    result, _, _ = priority_map(grid, [square(0, 0, 40, 40)], [slides(tmp_path)], str(tmp_path / 'p.tif'),
                                str(tmp_path / 'c.tif'), sensitivity_runs=0, work_dir=str(tmp_path))
    priority, nodata, _, _ = read(str(tmp_path / 'p.tif'))
    np.testing.assert_allclose(priority, [[90.0, 0.0], [22.5, 40.0]], atol=1e-4)


def test_a_settlements_score_comes_from_its_own_cells_not_the_grid_cells_it_touches(tmp_path):
    """A settlement over the top-left 10 x 20 m (classes 1 and 1): its score is 1, although the 20 m
    grid cell it lies in averages 0.9. A settlement over x 10-30, y 20-40 (classes 1, 4, 2, 4): 0.4."""
    grid = analysis_grid((0, 0, 40, 40), 20, 'EPSG:32737')
    result, _, _ = priority_map(grid, [square(0, 0, 40, 40)], [slides(tmp_path)], str(tmp_path / 'p.tif'),
                                str(tmp_path / 'c.tif'), settlements=[square(0, 20, 10, 40), square(10, 20, 30, 40)],
                                sensitivity_runs=0, work_dir=str(tmp_path))
    np.testing.assert_allclose(result.criteria_means[:, 0], [1.0, (1 + 0 + 0.6 + 0) / 4], atol=1e-9)
    np.testing.assert_allclose(result.priority_mean, [100.0, 40.0], atol=1e-6)


def test_class_scores_that_leave_a_class_out_are_refused_unless_others_are_scored(tmp_path):
    grid = analysis_grid((0, 0, 40, 40), 20, 'EPSG:32737')
    with pytest.raises(InputError, match=r'give no score to the class\(es\) 4 found in the raster.*"other:0"'):
        priority_map(grid, [square(0, 0, 40, 40)], [slides(tmp_path, '1:1; 2:0.6; 3:0.3')], str(tmp_path / 'p.tif'),
                     str(tmp_path / 'c.tif'), sensitivity_runs=0, work_dir=str(tmp_path))
    result, _, _ = priority_map(grid, [square(0, 0, 40, 40)], [slides(tmp_path, '1:1; 2:0.6; 3:0.3; other:0')],
                                str(tmp_path / 'p.tif'), str(tmp_path / 'c.tif'), sensitivity_runs=0,
                                work_dir=str(tmp_path))
    priority, _, _, _ = read(str(tmp_path / 'p.tif'))
    np.testing.assert_allclose(priority, [[90.0, 0.0], [22.5, 40.0]], atol=1e-4)


@pytest.mark.parametrize('hold, bins', [(4_000_000, 65536), (50, 16), (1, 4)])
def test_the_streamed_percentile_is_numpys_exactly_with_ties_and_bounded_memory(monkeypatch, hold, bins):
    """Skewed values with heavy ties, in strips; small hold and bin counts force the narrowing passes."""
    from resilience_planner.core import priority
    monkeypatch.setattr(priority, 'PERCENTILE_HOLD', hold)
    monkeypatch.setattr(priority, 'PERCENTILE_BINS', bins)
    rng = np.random.default_rng(3)
    values = np.concatenate([rng.lognormal(3, 1.2, 20_000), np.full(7_000, 4270.0), np.full(500, 1e-9)])
    rng.shuffle(values)
    parts = np.array_split(values, 37)
    for q in (95.0, 50.0, 99.9):
        found, count = priority.exact_percentile(lambda: iter(parts), q)
        assert count == len(values)
        assert found == np.percentile(values, q)


def test_the_automatic_bound_on_a_grid_of_many_strips_is_exact(tmp_path):
    """A 10 m grid of 300 x 300 cells read in strips of 3,000 cells: the bound is np.percentile of all
    the values above 0 inside the boundary, not of a sample of strips."""
    from rasterio.transform import from_origin
    rng = np.random.default_rng(5)
    depth = (rng.gamma(0.6, 1.0, (300, 300)) * (np.arange(300)[None, :] / 300.0)).astype('float32')
    path = write_raster(tmp_path / 'depth.tif', depth, transform=from_origin(0, 3000, 10, 10))
    criterion = RasterCriterion('depth', 'depth', path, ValueFunction('linear', 0.0, None))
    grid = analysis_grid((0, 0, 3000, 3000), 10, 'EPSG:32737')
    messages = []
    result, _, _ = priority_map(grid, [square(0, 0, 3000, 3000)], [criterion], str(tmp_path / 'p.tif'),
                                str(tmp_path / 'c.tif'), sensitivity_runs=0, work_dir=str(tmp_path), strip_cells=3000,
                                log=messages.append)
    expected = np.percentile(depth[depth > 0].astype(np.float64), 95)
    assert result.functions[0].high == pytest.approx(expected, rel=1e-12)
    assert any('the 95th percentile of the {0:,} values above 0'.format(int((depth > 0).sum())) in m for m in messages)


@pytest.mark.parametrize('boundary, exclude', [([square(0, 0, 40, 20)], None),
                                               ([square(0, 0, 40, 40)], [square(0, 20, 40, 40)])])
def test_a_settlements_own_cell_score_counts_only_cells_inside_the_boundary_and_outside_the_exclusion(
        tmp_path, boundary, exclude):
    """The settlement over x 0-20 covers classes 1, 1, 1, 2 above y = 20 and 3, 3, 3, 4 below. With only the
    bottom half counted (a boundary, or the top half excluded) its score is (0.3 + 0.3 + 0.3 + 0) / 4 = 0.225,
    as the map's cells count it, not 0.5625 from all eight cells."""
    grid = analysis_grid((0, 0, 40, 40), 20, 'EPSG:32737')
    result, _, _ = priority_map(grid, boundary, [slides(tmp_path)], str(tmp_path / 'p.tif'), str(tmp_path / 'c.tif'),
                                settlements=[square(0, 0, 20, 40)], exclude=exclude, sensitivity_runs=0,
                                work_dir=str(tmp_path))
    np.testing.assert_allclose(result.criteria_means[:, 0], [0.225], atol=1e-9)


def test_classes_made_counts_the_classes_that_hold_cells():
    """Found by review: cells at 0, 50 and 100 fill classes 1, 2 and 5, which is three, not four."""
    histogram = histogram_of([0.0, 50.0, 100.0])
    breaks = class_breaks(histogram, 0.0, 100.0)
    assert sorted(set(classify(np.array([0.0, 50.0, 100.0]), breaks).tolist())) == [1, 2, 5]
    assert classes_made(histogram, breaks) == 3


# ------------------------------------------------------------------ a pure engine: the caller's criteria stay as given

def test_priority_map_never_changes_its_criteria_and_returns_the_bounds_it_chose(tmp_path):
    """Worked by hand on the 4 x 4 grid. Flood: the 11 depths above 0, sorted, are 0.1 ... 1.5, 2.0; numpy's 95th
    percentile lies at position 10 x 0.95 = 9.5, so 1.5 + 0.5 x (2.0 - 1.5) = 1.75. Access (settlement values 300
    and 1300, above 100): 300 + 0.95 x 1000 = 1250. Distance from the corner (0, 40) to the 16 cell centres: the
    two largest are sqrt(35² + 25²) = sqrt(1850) (twice, positions 13 and 14) and sqrt(35² + 35²) = sqrt(2450),
    so position 15 x 0.95 = 14.25 gives sqrt(1850) + 0.25 x (sqrt(2450) - sqrt(1850)). Vulnerability (0.2 and
    0.8, no function): the values are the scores, linear 0-1."""
    import copy
    criteria = [hazard(tmp_path, function=ValueFunction('linear', 0.0, None)),
                ZoneCriterion('vulnerability', 'svi', [0.2, 0.8]),
                ZoneCriterion('access', 'walk', [300.0, 1300.0], ValueFunction('linear', 100.0, None), group='access'),
                DistanceCriterion('clinics', 'clinics', [(0.0, 40.0)], ValueFunction('linear', 0.0, None))]
    before = copy.deepcopy(criteria)
    functions = [c.function for c in criteria]
    result, _, _ = run(tmp_path, criteria, settlements=[square(10, 30, 20, 40), square(30, 30, 40, 40)])
    assert criteria == before
    assert all(c.function is f for c, f in zip(criteria, functions))
    assert criteria[0].function.high is None and criteria[1].function is None and criteria[1].base is None
    chosen = result.functions
    assert [f.kind for f in chosen] == ['linear'] * 4
    assert (chosen[0].low, chosen[0].high) == (0.0, pytest.approx(1.75))
    assert (chosen[1].low, chosen[1].high) == (0.0, 1.0)
    assert (chosen[2].low, chosen[2].high) == (100.0, pytest.approx(1250.0))
    far, next_far = np.sqrt(2450.0), np.sqrt(1850.0)
    assert (chosen[3].low, chosen[3].high) == (0.0, pytest.approx(next_far + 0.25 * (far - next_far)))
    # The scores were made with the chosen bounds: the first settlement's cell (0.5 m deep, centre (15, 35),
    # sqrt(250) m from the clinic) scores 0.5 / 1.75 and sqrt(250) / bound; the second's (2.0 m) scores 1.
    np.testing.assert_allclose(result.criteria_means[:, 0], [0.5 / 1.75, 1.0])
    assert result.criteria_means[0, 3] == pytest.approx(np.sqrt(250.0) / chosen[3].high)


def test_criteria_used_again_get_the_bound_of_their_new_boundary(tmp_path):
    """The same criterion list for a second city (here the top half of the grid) is not stuck with the first
    city's bound. Top two rows: depths above 0 are 0.2, 0.4, 0.5, 0.6, 0.8, 1.0, 2.0; position 6 x 0.95 = 5.7,
    so 1.0 + 0.7 x (2.0 - 1.0) = 1.7."""
    criteria = [hazard(tmp_path, function=ValueFunction('linear', 0.0, None))]
    first, _, _ = run(tmp_path, criteria)
    second, _, _ = run(tmp_path, criteria, boundary=[square(0, 20, 40, 40)])
    assert first.functions[0].high == pytest.approx(1.75)
    assert second.functions[0].high == pytest.approx(1.7)
    assert criteria[0].function.high is None


def test_the_steps_of_priority_map_on_their_own():
    """Strips of whole rows; settlement values resolved on a copy, the given criterion untouched."""
    from resilience_planner.core.priority import normalised_weights, prepare_criteria, strip_windows
    grid = analysis_grid((0, 0, 40, 100), 10, 'EPSG:32737')          # 4 x 10 cells
    assert strip_windows(grid, 12) == [(0, 3), (3, 6), (6, 9), (9, 10)]
    assert strip_windows(grid, 2) == [(r, r + 1) for r in range(10)]  # never less than one row
    given = ZoneCriterion('vulnerability', 'svi', [3.0, float('nan'), 7.0], weight=3.0)
    other = ZoneCriterion('access', 'walk', [1.0, 2.0, 3.0], ValueFunction('step', 2.0), weight=1.0)
    messages = []
    prepared = prepare_criteria([given, other], 3, messages.append)
    assert prepared[0] is not given and given.function is None and given.base is None
    assert prepared[0].base == 3.0 and (prepared[0].function.low, prepared[0].function.high) == (3.0, 7.0)
    assert prepared[0].values.dtype == np.float64 and isinstance(given.values, list)
    assert prepared[1].function == ValueFunction('step', 2.0)
    assert any('scaled from the lowest settlement (3, score 0) to the highest (7, score 1)' in m for m in messages)
    assert np.allclose(normalised_weights(prepared), [0.75, 0.25])
    with pytest.raises(InputError, match='"svi" has 3 values for 2 settlements'):
        prepare_criteria([given], 2)


# ------------------------------------------------------------------ GDAL's block cache: one policy, the engine's

@pytest.mark.parametrize('start', [1200 * 1024 * 1024, 512 * 1024])
def test_the_engine_lowers_gdals_block_cache_while_it_runs_and_gives_it_back(tmp_path, start):
    """GDAL's cache size is one number for the whole process. The engine holds it to ENGINE_GDAL_CACHE bytes
    (1 MiB; rasterio's Env(GDAL_CACHEMAX=n) takes bytes, so the engine's former Env(GDAL_CACHEMAX=128) was 128
    bytes) while it reads and writes, never raises a smaller one, and restores the size it found."""
    from osgeo import gdal

    from resilience_planner.core.priority import ENGINE_GDAL_CACHE
    assert ENGINE_GDAL_CACHE == 1024 * 1024
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(start)
    try:
        seen = []
        run(tmp_path, [hazard(tmp_path), people(tmp_path)], progress=lambda share: seen.append(gdal.GetCacheMax()))
        after = gdal.GetCacheMax()
    finally:
        gdal.SetCacheMax(previous)
    assert after == start
    assert seen[0] == start                          # the grid cells are counted before any raster is read
    assert set(seen[1:]) == {min(start, ENGINE_GDAL_CACHE)}



def test_runs_that_overlap_give_back_the_cache_size_from_before_the_first_whatever_order_they_end_in():
    """Two algorithms started from the toolbox run side by side. The first finds 800 MiB, the second finds the
    first's 1 MiB; when the first ends the second still runs (the cache stays low), and when the second ends the
    cache is 800 MiB again, not the 1 MiB the second found."""
    from osgeo import gdal

    from resilience_planner.core.priority import ENGINE_GDAL_CACHE, engine_gdal_cache
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(800 * 1024 * 1024)
    try:
        first, second = engine_gdal_cache(), engine_gdal_cache()
        first.__enter__()
        second.__enter__()
        assert gdal.GetCacheMax() == ENGINE_GDAL_CACHE
        first.__exit__(None, None, None)
        assert gdal.GetCacheMax() == ENGINE_GDAL_CACHE
        second.__exit__(None, None, None)
        assert gdal.GetCacheMax() == 800 * 1024 * 1024
    finally:
        gdal.SetCacheMax(previous)

def test_every_strip_writes_whole_tiles_so_no_tile_is_written_twice(tmp_path):
    """A 300 x 300 grid in strips of 6,000 cells: strips of 16 rows (20 rounded down to whole tiles) and tiles 16
    rows high. Before, 256-row tiles were cut by the strips: each cut tile was compressed, read back and written
    again at the end of the file, where the old copy stayed as dead space. Here the file holds its tiles and its
    header (under 4 KB here), nothing else."""
    from osgeo import gdal

    from resilience_planner.core.priority import strip_windows, tile_rows
    rng = np.random.default_rng(4)
    depth = rng.gamma(0.8, 1.0, (300, 300)).astype('float32')
    path = write_raster(tmp_path / 'depth.tif', depth, transform=from_origin(0, 3000, 10, 10))
    grid = analysis_grid((0, 0, 3000, 3000), 10, 'EPSG:32737')
    windows = strip_windows(grid, 6000)
    assert windows[:2] == [(0, 16), (16, 32)] and windows[-1] == (288, 300) and tile_rows(windows) == 16
    priority_map(grid, [square(0, 0, 3000, 3000)], [RasterCriterion('depth', 'depth', path,
                                                                     ValueFunction('linear', 0.0, 3.0))],
                 str(tmp_path / 'p.tif'), str(tmp_path / 'c.tif'), sensitivity_runs=0, work_dir=str(tmp_path),
                 strip_cells=6000)
    for name in ('p.tif', 'c.tif'):
        dataset = gdal.Open(str(tmp_path / name))
        band = dataset.GetRasterBand(1)
        assert band.GetBlockSize() == [256, 16]
        tiles = sum(int(band.GetMetadataItem('BLOCK_SIZE_{0}_{1}'.format(x, y), 'TIFF'))
                    for y in range(-(-300 // 16)) for x in range(-(-300 // 256)))
        dataset = None
        assert os.path.getsize(tmp_path / name) - tiles < 4096, name


@pytest.mark.parametrize('hold, bins', [(4_000_000, 65536), (50, 16), (1, 4)])
def test_the_percentile_reads_the_strips_once_for_both_order_statistics(monkeypatch, hold, bins):
    """The two order statistics numpy interpolates between come from one search: with the values held
    after one histogram pass, the strips are read three times (range, histogram, the bin's values), not
    five; and the percentile is still numpy's exactly, also when the next value lies in the next bin."""
    from resilience_planner.core import priority
    monkeypatch.setattr(priority, 'PERCENTILE_HOLD', hold)
    monkeypatch.setattr(priority, 'PERCENTILE_BINS', bins)
    rng = np.random.default_rng(8)
    cases = [rng.lognormal(3, 1.2, 20_000), np.concatenate([np.full(99, 1.0), [2.0]]), np.array([1.0, 5.0]),
             np.concatenate([np.full(50, 3.0), np.full(50, 7.0)])]
    for values in cases:
        parts = np.array_split(values, 7)
        reads = []

        def strips(parts=parts, reads=reads):
            reads.append(1)
            return iter(parts)
        for q in (95.0, 50.0, 99.0):
            reads.clear()
            found, count = priority.exact_percentile(strips, q)
            assert count == len(values)
            assert found == np.percentile(values, q)
        if hold == 4_000_000 and len(values) == 20_000:
            assert len(reads) == 3


def test_a_settlements_people_are_counted_on_the_population_rasters_own_cells(tmp_path):
    """grid_population (result.population) is the people of the settlement, counted on the population raster's
    10 m cells, not on the 100 m analysis grid: the grid's one cell holds the block's 45 people, and a share of
    it would give the 0.09 ha settlement A only 45 x 0.09 = 4.05 of them."""
    counts = np.zeros((10, 10), dtype='float32')
    counts[4:7, 4:7] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]       # x 40-70 m, y 60 down to 30 m
    path = write_raster(tmp_path / 'people.tif', counts, transform=from_origin(0, 100, 10, 10))
    criterion = RasterCriterion('population', 'population', path, ValueFunction('linear', 0, 1000),
                                resampling='sum', group='population')
    grid = analysis_grid((0, 0, 100, 100), 100, 'EPSG:32737')
    settlements = [square(40, 30, 70, 60),           # A: the whole block, 45 people
                   square(40, 30, 55, 40),           # B: the 7 and half of the 8 (x 50-55 of 50-60): 11
                   square(0, 0, 20, 20)]             # C: on cells of 0 people: 0, not unknown
    result, _, _ = priority_map(grid, [square(0, 0, 100, 100)], [criterion], str(tmp_path / 'p.tif'),
                                str(tmp_path / 'c.tif'), settlements=settlements, work_dir=str(tmp_path),
                                sensitivity_runs=0)
    assert result.population.tolist() == pytest.approx([45.0, 11.0, 0.0])
    assert result.population_total == pytest.approx(45.0)


def test_without_a_population_raster_a_settlements_people_are_unknown(tmp_path):
    result, _, _ = run(tmp_path, [hazard(tmp_path)], settlements=[square(0, 0, 20, 20)])
    assert np.isnan(result.population).all()


@pytest.mark.parametrize('hold, bins', [(1, 4), (3, 16)])
def test_the_percentile_is_exact_for_values_lying_on_the_bins_edges(monkeypatch, hold, bins):
    """Values placed on the very edges each narrowing pass draws (np.linspace of the range), where an
    equal-width histogram's arithmetic could put a value into the neighbouring bin: the order statistics
    found are still numpy's."""
    from resilience_planner.core import priority
    monkeypatch.setattr(priority, 'PERCENTILE_HOLD', hold)
    monkeypatch.setattr(priority, 'PERCENTILE_BINS', bins)
    rng = np.random.default_rng(17)
    lo, hi = 0.1, 7.3
    first = np.linspace(lo, hi, bins + 1)
    second = np.linspace(first[bins - 2], np.nextafter(first[bins - 1], -np.inf), bins + 1)
    values = np.concatenate([np.repeat(first, 5), np.repeat(second, 3), rng.uniform(lo, hi, 300)])
    rng.shuffle(values)
    parts = np.array_split(values, 9)
    for q in (95.0, 50.0, 5.0, 100.0, 0.0):
        found, count = priority.exact_percentile(lambda: iter(parts), q)
        assert count == len(values)
        assert found == np.percentile(values, q)


def test_the_inside_mask_kept_between_passes_is_the_one_computed(tmp_path):
    """A boundary with a hole cut by an excluded area, on strips of 7 rows: every pass after the first
    reads the mask it kept (packed and compressed), which must be the mask computed afresh."""
    import contextlib

    from resilience_planner.core.priority import _Overlay, grid_cells, strip_windows
    grid = analysis_grid((0, 0, 400, 300), 10, 'EPSG:32737')
    boundary = [{'type': 'Polygon', 'coordinates': [[(3, 4), (397, 9), (380, 296), (12, 288), (3, 4)],
                                                    [(100, 100), (160, 100), (160, 170), (100, 100)]]}]
    exclude = [square(200, 35, 285, 260), square(240, 0, 261, 300)]
    cells = grid_cells(grid, boundary, exclude)
    windows = strip_windows(grid, 7 * grid.width)
    assert len(windows) > 3
    with contextlib.ExitStack() as stack:
        overlay = _Overlay(grid, [], cells.boundary, cells.exclude, None, stack)
        first = [overlay._inside(*w) for w in windows]
        again = [overlay._inside(*w) for w in windows]
        fresh = _Overlay(grid, [], cells.boundary, cells.exclude, None, stack)
        for (row0, row1), a, b in zip(windows, first, again):
            assert b.dtype == bool and b.shape == a.shape == ((row1 - row0) * grid.width,)
            np.testing.assert_array_equal(a, b)
            fresh._inside_kept.clear()
            np.testing.assert_array_equal(b, fresh._inside(row0, row1))
    total = np.concatenate(first).reshape(grid.height, grid.width)
    assert 0 < total.sum() < total.size and not total[15, 24]       # a cell in the excluded strip at x 240-261


def test_cancel_while_a_strip_is_read_ahead_ends_the_read_and_leaves_nothing(tmp_path):
    """An automatic bound (strips read ahead in a second thread), cancelled during the overlay: the run stops
    with Cancelled, no partial file is left, and the reading thread is not left running."""
    import threading
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 6

    before = threading.active_count()
    with pytest.raises(Cancelled):
        run(tmp_path, [hazard(tmp_path, function=ValueFunction('linear', 0.0, None)), people(tmp_path)],
            cancelled=cancelled, strip_cells=4)
    assert threading.active_count() == before
    leftovers = [name for name in os.listdir(tmp_path) if 'partial' in name or name.startswith(('classes', 'high'))]
    assert leftovers == []
