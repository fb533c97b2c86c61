"""Settlement exposure engine (core, no QGIS) on 4 x 4 grids worked out by hand.

The grid has 10 m cells with origin (0, 40); cell (row r, col c) holds 10 r + c.
The square (5, 5)-(25, 25) covers, row by row from the top:
    row 1: 0.25 0.5 0.25    row 2: 0.5 1 0.5    row 3: 0.25 0.5 0.25
so its weighted sum of values is 11 + 42 + 31 = 84 over 4 cells: mean 21.
"""
import math

import numpy as np
import pytest
from rasterio.transform import from_origin

from resilience_planner.core.errors import Cancelled, InputError
from resilience_planner.core.exposure import Hazard, layer_key, settlement_exposure, unique_keys
from resilience_planner.core.rules import parse_rules
from tests.helpers import square, write_raster

VALUES = (10 * np.arange(4)[:, None] + np.arange(4)[None, :]).astype('float32')
SQUARE = square(5, 5, 25, 25)
UTM = 'EPSG:32737'


@pytest.fixture
def depth(tmp_path):
    return write_raster(tmp_path / 'depth.tif', VALUES, nodata=-9999)


def run(hazards, geometries=(SQUARE,), **kwargs):
    return settlement_exposure(list(geometries), UTM, hazards, **kwargs)


def test_mean_max_share_coverage_by_hand(depth):
    result = run([Hazard(depth, 'depth', 'depth', 21)])
    h = result.hazards[0]
    assert h.mean[0] == pytest.approx(21.0)
    assert h.max[0] == pytest.approx(32.0)          # a 0.25-covered cell still counts for max
    assert h.exposed_share[0] == pytest.approx(2.5 / 4)
    assert h.coverage[0] == pytest.approx(1.0)
    assert math.isnan(h.exposed_pop[0])             # no population source
    assert result.notes and 'population' in result.notes[0]


def test_nodata_is_excluded_not_zero(tmp_path):
    values = VALUES.copy()
    values[2, 1] = -9999                            # the one fully covered cell, value 21
    path = write_raster(tmp_path / 'holes.tif', values, nodata=-9999)
    h = run([Hazard(path, 'depth', 'depth', 21)]).hazards[0]
    assert h.mean[0] == pytest.approx((84 - 21) / 3)
    assert h.exposed_share[0] == pytest.approx(1.5 / 3)
    assert h.coverage[0] == pytest.approx(0.75)


def test_nan_cells_without_declared_nodata_are_excluded(tmp_path):
    values = VALUES.copy()
    values[2, 1] = np.nan
    path = write_raster(tmp_path / 'nan.tif', values)
    h = run([Hazard(path, 'depth', 'depth', 21)]).hazards[0]
    assert h.mean[0] == pytest.approx(21.0)
    assert h.coverage[0] == pytest.approx(0.75)


def test_default_threshold_is_value_above_zero(tmp_path):
    values = np.zeros((4, 4), 'float32')
    values[3, :] = 0.1                              # bottom row wet: covered 0.25+0.5+0.25
    path = write_raster(tmp_path / 'wet.tif', values)
    h = run([Hazard(path, 'wet', 'wet', None)]).hazards[0]
    assert h.exposed_share[0] == pytest.approx(1 / 4)


def test_settlement_smaller_than_a_cell_gets_values(depth):
    triangle = {'type': 'Polygon', 'coordinates': [[(11, 11), (14, 11), (11, 15), (11, 11)]]}
    h = run([Hazard(depth, 'depth', 'depth', 21)], [triangle]).hazards[0]
    assert h.mean[0] == pytest.approx(21.0)         # inside cell row 2, col 1
    assert h.exposed_share[0] == pytest.approx(1.0)
    assert h.coverage[0] == pytest.approx(1.0)


def test_partly_outside_and_wholly_outside(depth):
    half_out = square(-10, 20, 10, 40)              # covers cells (0,0) and (1,0)
    away = square(100, 100, 110, 110)
    result = run([Hazard(depth, 'depth', 'depth', 5)], [half_out, away, None])
    h = result.hazards[0]
    assert h.coverage[0] == pytest.approx(0.5)
    assert h.mean[0] == pytest.approx(5.0)          # (0 + 10) / 2
    assert h.exposed_share[0] == pytest.approx(0.5)
    assert h.coverage[1] == 0
    for stat in (h.mean, h.max, h.exposed_share, h.exposed_pop):
        assert math.isnan(stat[1]), 'outside the raster is NULL, not zero exposure'
    assert math.isnan(h.coverage[2])                # no geometry at all
    assert math.isnan(result.exposed_hazards[1])


def test_population_raster_on_same_grid(depth, tmp_path):
    people = write_raster(tmp_path / 'people.tif', np.full((4, 4), 8, 'float32'))
    result = run([Hazard(depth, 'depth', 'depth', 21)], population_path=people)
    assert result.hazards[0].exposed_pop[0] == pytest.approx(8 * 2.5)
    assert result.exposed_population == pytest.approx(20)
    assert result.exposed_settlements == 1


def test_population_raster_on_coarser_grid_keeps_people(depth, tmp_path):
    # 20 m cells of 32 persons are 8 persons per 10 m cell once spread.
    people = write_raster(tmp_path / 'coarse.tif', np.full((2, 2), 32, 'float32'),
                          from_origin(0, 40, 20, 20))
    result = run([Hazard(depth, 'depth', 'depth', 21)], population_path=people)
    assert result.hazards[0].exposed_pop[0] == pytest.approx(20)


def test_population_field_times_exposed_share(depth):
    result = run([Hazard(depth, 'depth', 'depth', 21)], [SQUARE, SQUARE],
                 population_counts=[100, np.nan])
    pop = result.hazards[0].exposed_pop
    assert pop[0] == pytest.approx(62.5)
    assert math.isnan(pop[1])


def test_two_hazards_union_on_same_grid(depth, tmp_path):
    west = write_raster(tmp_path / 'west.tif', np.tile([1, 0, 0, 0], (4, 1)).astype('float32'))
    result = run([Hazard(depth, 'depth', 'depth', 21), Hazard(west, 'west', 'west', 1)])
    assert result.hazards[1].exposed_share[0] == pytest.approx(0.25)
    assert result.any_exposed_share[0] == pytest.approx(3.25 / 4)
    assert result.exposed_hazards[0] == 2


def test_union_with_a_hazard_on_another_grid(depth, tmp_path):
    fine = np.zeros((8, 8), 'float32')
    fine[:, :2] = 1                                  # x < 10 m, on 5 m cells
    west = write_raster(tmp_path / 'west5.tif', fine, from_origin(0, 40, 5, 5))
    result = run([Hazard(depth, 'depth', 'depth', 21), Hazard(west, 'west', 'west', 1)])
    assert result.hazards[1].exposed_share[0] == pytest.approx(0.25)
    assert result.any_exposed_share[0] == pytest.approx(3.25 / 4)
    assert any('different grids' in note for note in result.notes)


def test_vectors_are_reprojected_to_the_raster_crs(tmp_path):
    from rasterio.warp import transform_geom
    x0, y0 = 250000.0, 9860000.0
    path = write_raster(tmp_path / 'utm.tif', VALUES, from_origin(x0, y0 + 40, 10, 10))
    local = square(x0 + 5, y0 + 5, x0 + 25, y0 + 25)
    lonlat = transform_geom(UTM, 'EPSG:4326', local, precision=-1)
    result = settlement_exposure([lonlat], 'EPSG:4326', [Hazard(path, 'd', 'd', 21)])
    assert result.hazards[0].mean[0] == pytest.approx(21.0, rel=1e-6)
    assert result.hazards[0].exposed_share[0] == pytest.approx(0.625, rel=1e-6)


def test_strip_size_does_not_change_results(depth, tmp_path):
    people = write_raster(tmp_path / 'people.tif', np.arange(16, dtype='float32').reshape(4, 4))
    shapes = [SQUARE, square(0, 0, 40, 40), square(12, 3, 33, 37)]
    one_row = run([Hazard(depth, 'd', 'd', 13)], shapes, population_path=people, strip_cells=4)
    whole = run([Hazard(depth, 'd', 'd', 13)], shapes, population_path=people)
    for name in ('mean', 'max', 'exposed_share', 'coverage', 'exposed_pop'):
        np.testing.assert_allclose(getattr(one_row.hazards[0], name), getattr(whole.hazards[0], name))


def test_multipart_equals_its_parts(depth):
    left, right = square(0, 0, 10, 10), square(30, 30, 40, 40)
    multi = {'type': 'MultiPolygon', 'coordinates': [left['coordinates'], right['coordinates']]}
    h = run([Hazard(depth, 'd', 'd', 20)], [multi]).hazards[0]
    assert h.mean[0] == pytest.approx((30 + 3) / 2)   # cells (3,0) and (0,3)
    assert h.exposed_share[0] == pytest.approx(0.5)


def test_cancel_stops_the_run(depth):
    with pytest.raises(Cancelled):
        run([Hazard(depth, 'd', 'd', 1)], cancelled=lambda: True)


def test_progress_reaches_the_end(depth):
    seen = []
    run([Hazard(depth, 'd', 'd', 1)], progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0)
    assert seen == sorted(seen)


def test_raster_without_crs_is_refused_by_name(tmp_path):
    path = write_raster(tmp_path / 'nocrs.tif', VALUES, crs=None)
    with pytest.raises(InputError, match='"flood model" has no CRS'):
        run([Hazard(path, 'flood model', 'flood_model', 1)])


def test_settlements_without_crs_are_refused(depth):
    with pytest.raises(InputError, match='settlements layer has no CRS'):
        settlement_exposure([SQUARE], None, [Hazard(depth, 'd', 'd', 1)])


def test_no_overlap_names_the_raster(depth):
    with pytest.raises(InputError, match='No settlement overlaps hazard raster "depth"'):
        run([Hazard(depth, 'depth', 'depth', 1)], [square(500, 500, 600, 600)])


def test_empty_settlements_are_refused(depth):
    with pytest.raises(InputError, match='no features'):
        run([Hazard(depth, 'd', 'd', 1)], [])


def test_missing_raster_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match='Cannot open raster "gone"'):
        run([Hazard(str(tmp_path / 'gone.tif'), 'gone', 'gone', 1)])


def test_thresholds_parsing():
    default, default_too = parse_rules('', ['a', 'b'])
    assert default.is_default and default_too.is_default and default.describe() == 'value > 0'
    half, three = parse_rules(' 0.5, 3 ', ['a', 'b'])
    assert (half.op, half.limit, three.op, three.limit) == ('>=', 0.5, '>=', 3.0)
    with pytest.raises(InputError, match='THRESHOLDS has 1 value.*2 hazard layer'):
        parse_rules('0.5', ['a', 'b'])
    with pytest.raises(InputError, match='Rule "deep" for hazard "b" is not understood'):
        parse_rules('0.5,deep', ['a', 'b'])
    with pytest.raises(InputError, match='not a finite number'):
        parse_rules('nan', ['a'])
    with pytest.raises(InputError, match='Rule "=1|high" for hazard "a" is not a set of classes'):
        parse_rules('=1|high', ['a'])


@pytest.mark.parametrize('text, expected', [
    ('', [0, 0, 1, 1, 1, 1]), ('2', [0, 0, 0, 1, 1, 1]), ('>=2', [0, 0, 0, 1, 1, 1]),
    ('>2', [0, 0, 0, 0, 1, 1]), ('<=2', [1, 1, 1, 1, 0, 0]), ('<2', [1, 1, 1, 0, 0, 0]),
    ('=1', [0, 0, 1, 0, 0, 0]), ('=1|4', [0, 0, 1, 0, 0, 1]), ('= 4 | 1', [0, 0, 1, 0, 0, 1])])
def test_each_rule_marks_the_cells_it_says(text, expected):
    """Values -1, 0, 1, 2, 3, 4 (and NaN, never exposed) under every kind of rule."""
    rule, = parse_rules(text, ['flood'])
    values = np.array([-1, 0, 1, 2, 3, 4, np.nan])
    assert rule.mask(values).astype(int).tolist() == expected + [0]
    assert rule.mask(values[:-1].astype(np.int16)).astype(int).tolist() == expected


def test_a_reversed_class_rule_counts_only_the_high_class(tmp_path):
    """Classes 1 = High ... 4 = Not flooded, 10 m cells; a settlement over two columns of each.

    Hand-worked: the settlement covers columns 0-3 of rows 0-3 (16 cells); class 1 fills column 0,
    so '=1' exposes 4 of 16 cells and '<=2' 8 of 16; the old default (> 0) counted all 16."""
    classes = np.tile(np.array([1, 2, 3, 4], dtype=np.uint8), (4, 1))
    path = write_raster(tmp_path / 'classes.tif', classes)
    settlement = [square(0, 0, 40, 40)]
    shares = {}
    for text in ('', '=1', '<=2', '=1|4'):
        rule, = parse_rules(text, ['flood'])
        result = settlement_exposure(settlement, 'EPSG:32737', [Hazard(path, 'flood', 'flood', rule)])
        shares[text] = float(result.hazards[0].exposed_share[0])
    assert shares == {'': 1.0, '=1': 0.25, '<=2': 0.5, '=1|4': 0.5}


def test_layer_keys():
    assert layer_key('Flood Depth (m) 2050') == 'flood_depth_m_2050'
    assert layer_key('100yr-flood') == 'h_100yr_flood'
    assert unique_keys(['Flood', 'flood', 'FLOOD!']) == ['flood', 'flood_2', 'flood_3']


def test_a_huge_value_elsewhere_in_the_row_does_not_swamp_the_sum(tmp_path):
    # A float32 fill value with no nodata declared, in a cell the settlement does not touch.
    values = np.array([[-3.4028235e38, 1, 2, 3]], 'float32')
    path = write_raster(tmp_path / 'fill.tif', values, from_origin(0, 10, 10, 10))
    h = run([Hazard(path, 'h', 'h')], [square(20, 0, 40, 10)]).hazards[0]
    assert h.mean[0] == pytest.approx(2.5)


def test_other_grid_without_nodata_is_not_valid_beyond_its_extent(tmp_path):
    a = np.ones((4, 4), 'float32')
    a[:, 2:] = -9999
    first = write_raster(tmp_path / 'a.tif', a, nodata=-9999)
    left_half = write_raster(tmp_path / 'b.tif', np.zeros((4, 2), 'float32'))   # x 0..20, no nodata
    result = run([Hazard(first, 'a', 'a'), Hazard(left_half, 'b', 'b')],
                 [square(0, 0, 40, 40), square(20, 0, 40, 40)])
    assert result.any_exposed_share[0] == pytest.approx(1.0)
    assert math.isnan(result.any_exposed_share[1]), 'no data from either hazard is unknown, not safe'


def test_scale_and_offset_are_applied(tmp_path):
    import rasterio
    path = str(tmp_path / 'cm.tif')
    with rasterio.open(path, 'w', driver='GTiff', width=4, height=4, count=1, dtype='int16', crs=UTM,
                       transform=from_origin(0, 40, 10, 10), nodata=-1) as dataset:
        dataset.write(np.full((4, 4), 150, 'int16'), 1)      # 1.50 m stored as cm
        dataset.scales = (0.01,)
    h = run([Hazard(path, 'depth', 'depth', 2)]).hazards[0]
    assert h.mean[0] == pytest.approx(1.5)
    assert h.exposed_share[0] == 0


def test_keys_never_repeat_or_clash_with_the_across_hazard_fields():
    assert unique_keys(['a', 'a', 'a_2']) == ['a', 'a_2', 'a_2_2']
    assert unique_keys(['Flood Depth', 'flood-depth', 'flood_depth_2']) == [
        'flood_depth', 'flood_depth_2', 'flood_depth_2_2']
    assert unique_keys(['Any', 'exposed']) == ['any_2', 'exposed_2']


def test_unknown_population_is_none_not_zero(depth):
    result = run([Hazard(depth, 'd', 'd', 1)])
    assert result.exposed_population is None


def test_rotated_population_is_named(depth, tmp_path):
    import math

    from affine import Affine
    turn = math.radians(10)     # 10 m cells turned by 10°, origin (0, 40); no Affine products (see grid.on_map)
    rotated = write_raster(tmp_path / 'wp.tif', np.ones((4, 4), 'float32'),
                           Affine(10 * math.cos(turn), 10 * math.sin(turn), 0, 10 * math.sin(turn),
                                  -10 * math.cos(turn), 40))
    with pytest.raises(InputError, match='"WorldPop 2020" is rotated'):
        run([Hazard(depth, 'd', 'd', 1)], population_path=rotated, population_name='WorldPop 2020')


def test_no_usable_geometry_at_all(depth):
    with pytest.raises(InputError, match='None of the 2 settlements has a usable polygon geometry'):
        run([Hazard(depth, 'd', 'd', 1)], [None, None])


def test_raster_sums_count_partly_covered_cells_by_their_share(tmp_path):
    from resilience_planner.core.exposure import raster_sums
    people = np.arange(16, dtype='float32').reshape(4, 4)
    path = write_raster(tmp_path / 'people.tif', people)
    # Cells are 10 m with origin (0, 40): the first square covers row 0, cols 0-1 fully and half of col 2.
    sums = raster_sums([square(0, 30, 25, 40), square(100, 100, 110, 110), None], 'EPSG:32737', path)
    assert sums[0] == pytest.approx(0 + 1 + 0.5 * 2)
    assert np.isnan(sums[1]) and np.isnan(sums[2])


def test_population_coarser_than_the_hazard_grid_keeps_every_person(tmp_path):
    """GDAL 3.6's sum warp drops whole source columns onto a 5x finer grid; the engine fills them."""
    from rasterio.transform import from_origin

    from resilience_planner.core.exposure import Hazard, settlement_exposure
    rng = np.random.default_rng(9)
    # 400 columns: without the fill, GDAL drops one of them here (279,444 people read as 278,816).
    counts = rng.uniform(10, 60, (20, 400)).astype('float32')
    people = write_raster(tmp_path / 'people25.tif', counts, transform=from_origin(0, 400, 25, 25))
    flood = write_raster(tmp_path / 'flood5.tif', np.ones((100, 2000), 'float32'),
                         transform=from_origin(0, 400, 5, 5))
    result = settlement_exposure([square(0, -100, 10000, 400)], 'EPSG:32737', [Hazard(flood, 'flood', 'flood', 0.5)],
                                 population_path=people)
    # GDAL's sum also over-counts the two columns beside the one it drops, by 11 people: 0.004 %.
    assert result.hazards[0].exposed_pop[0] == pytest.approx(float(counts.sum(dtype=np.float64)), rel=1e-4)


def _masked_scaled_raster(path, rng, blocks=None):
    """An int16 raster (70 x 40 cells) with nodata, a per-dataset mask, a scale and an offset."""
    import rasterio
    stored = rng.integers(-3, 400, (70, 40)).astype('int16')
    stored[rng.random((70, 40)) < 0.1] = -1                     # nodata
    profile = dict(driver='GTiff', width=40, height=70, count=1, dtype='int16', crs=UTM,
                   transform=from_origin(0, 700, 10, 10), nodata=-1)
    if blocks:
        profile.update(tiled=True, blockxsize=blocks, blockysize=blocks)
    with rasterio.open(str(path), 'w', **profile) as dataset:
        dataset.write(stored, 1)
        mask = np.full((70, 40), 255, 'uint8')
        mask[rng.random((70, 40)) < 0.15] = 0                   # masked out, whatever the value
        dataset.write_mask(mask)
        dataset.scales, dataset.offsets = (0.01,), (0.5,)
    return str(path)


def test_strips_read_into_reused_arrays_equal_fresh_reads(tmp_path):
    """Strips of two rasters read in turn into the same arrays: the same cells as read into new ones."""
    import rasterio
    from rasterio.windows import Window

    from resilience_planner.core.grid import RawStrip, StripBuffers
    from resilience_planner.core.zonal import StripCells
    rng = np.random.default_rng(3)
    masked = _masked_scaled_raster(tmp_path / 'masked.tif', rng)
    plain = rng.uniform(-1, 5, (70, 40)).astype('float32')
    plain[rng.random((70, 40)) < 0.1] = -9999
    plain[0, :3] = np.nan
    plain = write_raster(tmp_path / 'plain.tif', plain, transform=from_origin(0, 700, 10, 10), nodata=-9999)
    from resilience_planner.core.coverage import zone_cells
    from resilience_planner.core.grid import raster_grid
    grid = raster_grid(masked)
    shapes = [square(3, 3, 397, 697), square(55, 12, 180, 660), square(0, 0, 400, 700)]
    cells = zone_cells(shapes, grid)
    buffers = StripBuffers()
    with rasterio.open(masked) as first, rasterio.open(plain) as second:
        assert first.mask_flag_enums[0] == [rasterio.enums.MaskFlags.per_dataset]
        for row0, height in ((0, 16), (16, 16), (32, 16), (48, 16), (64, 6)):   # the last strip is shorter
            window = Window(0, row0, 40, height)
            strip = StripCells(cells, row0, row0 + height, 40)
            for dataset in (first, second, first):
                reused = RawStrip(dataset, window, 1, buffers)
                fresh = RawStrip(dataset, window, 1)
                assert not np.shares_memory(reused.data, fresh.data)
                np.testing.assert_array_equal(reused.data, fresh.data)
                for got, expected in zip(reused.covered(strip), fresh.covered(strip)):
                    np.testing.assert_array_equal(got, expected)
                assert (reused.mask is None) == (fresh.mask is None)
                if fresh.mask is not None:
                    assert fresh.mask.any() and np.array_equal(reused.mask, fresh.mask)
        again = RawStrip(first, Window(0, 0, 40, 16), 1, buffers)
    assert np.shares_memory(again.data, reused.data), 'the strips of one data type share one array'


def test_exposure_with_reused_strip_arrays_equals_fresh_arrays(tmp_path, monkeypatch):
    """Many strips, a shorter last one, two data types, a mask, scale, offset and nodata: the arrays
    the strips are read into are reused, and every result is what new arrays give."""
    import time

    from resilience_planner.core.grid import RawStrip, StripBuffers
    rng = np.random.default_rng(5)
    depth = _masked_scaled_raster(tmp_path / 'depth.tif', rng, blocks=16)
    other = write_raster(tmp_path / 'other.tif', rng.uniform(0, 9, (70, 40)).astype('float32'),
                         transform=from_origin(0, 700, 10, 10), nodata=-9999)
    people = write_raster(tmp_path / 'people.tif', rng.uniform(0, 30, (70, 40)).astype('float32'),
                          transform=from_origin(0, 700, 10, 10), nodata=-9999)
    shapes = [square(3, 3, 397, 697), square(55, 12, 180, 660), square(211, 101, 219.5, 104), None,
              square(120, 330, 380, 690)]

    def exposure():
        return run([Hazard(depth, 'd', 'd', 1.2), Hazard(other, 'o', 'o', 4)], shapes,
                   population_path=people, strip_cells=40 * 5)   # 16-row strips, aligned to the tiles

    handed = []
    get, covered = StripBuffers.get, RawStrip.covered

    def recorded(self, shape, dtype):
        array = get(self, shape, dtype)
        handed.append(array)
        return array
    def late(self, strip):
        time.sleep(0.01)        # the next strip is read meanwhile, into the other array
        return covered(self, strip)
    monkeypatch.setattr(StripBuffers, 'get', recorded)
    monkeypatch.setattr(RawStrip, 'covered', late)
    reused = exposure()
    assert len(handed) > len({a.__array_interface__['data'][0] for a in handed}), 'arrays are reused'
    assert any(a.shape[0] < 16 for a in handed), 'the last strip is shorter'
    monkeypatch.setattr(StripBuffers, 'get', lambda self, shape, dtype: np.full(shape, 7, dtype))
    fresh = exposure()
    for got, expected in zip(reused.hazards, fresh.hazards):
        for name in ('mean', 'max', 'exposed_share', 'coverage', 'exposed_pop'):
            np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))
    np.testing.assert_array_equal(reused.any_exposed_share, fresh.any_exposed_share)
    np.testing.assert_array_equal(reused.any_exposed_pop, fresh.any_exposed_pop)
    assert np.nanmax(fresh.hazards[0].exposed_share) > 0 and np.isnan(fresh.hazards[0].mean[3])


def test_freed_memory_is_handed_back_where_glibc_runs_and_nothing_breaks_elsewhere(monkeypatch):
    import platform
    import sys

    from resilience_planner.core import memory
    if sys.platform.startswith('linux') and platform.libc_ver()[0] == 'glibc':
        assert memory.release_free_memory() is True
    monkeypatch.setattr(memory, '_trim', [])
    monkeypatch.setattr(sys, 'platform', 'win32')
    assert memory.release_free_memory() is False


def test_a_large_raster_is_judged_on_its_own_blocks_spread_over_it(tmp_path, monkeypatch):
    """Forced to sample by blocks, the classes of a tiled raster are still found, with the values as stored."""
    import rasterio

    from resilience_planner.core import rules
    monkeypatch.setattr(rules, 'SAMPLE_CELLS', 100)
    monkeypatch.setattr(rules, 'SAMPLE_BLOCKS', 5)
    values = np.repeat(np.array([1, 2, 3], dtype=np.uint8), 512 * 512 // 3 + 1)[:512 * 512].reshape(512, 512)
    path = str(tmp_path / 'tiled.tif')
    with rasterio.open(path, 'w', driver='GTiff', width=512, height=512, count=1, dtype='uint8', tiled=True,
                       blockxsize=128, blockysize=128, crs='EPSG:32737', nodata=0,
                       transform=from_origin(0, 5120, 10, 10)) as dataset:
        dataset.write(values, 1)
    sample = rules.read_sample(path)
    assert 0 < len(sample.values) <= 5 * 128 * 128
    classes = rules.raster_classes(path, sample=sample)
    assert classes is not None and set(classes.codes) <= {1.0, 2.0, 3.0} and len(classes.codes) >= 2
    assert classes.reason.endswith('distinct integer values')


def test_common_hazards_do_not_look_like_elevation_models_and_a_nan_filled_dem_does(tmp_path):
    """Found by review: susceptibility 0-100, flood depths in cm and a "flood_height_m" name were taken for
    elevation models, and a DEM filled with NaN was not."""
    from resilience_planner.core.rules import elevation_signs, read_sample
    rng = np.random.default_rng(1)
    susceptibility = rng.integers(0, 101, (50, 50)).astype('uint8')
    depth_cm = np.where(rng.random((50, 50)) < 0.7, 0, rng.integers(1, 350, (50, 50))).astype('int16')
    dem = (200 + 400 * rng.random((50, 50))).astype('float32')
    dem[:5] = np.nan
    assert elevation_signs(read_sample(write_raster(tmp_path / 's.tif', susceptibility)), 'susceptibility') == []
    assert elevation_signs(read_sample(write_raster(tmp_path / 'd.tif', depth_cm)), 'flood_height_m') == []
    signs = elevation_signs(read_sample(write_raster(tmp_path / 'z.tif', dem)), 'surface')
    assert len(signs) == 1 and signs[0].startswith('its values span 200 to 600')


def test_a_float_raster_with_a_labelled_legend_is_not_taken_for_classes(tmp_path):
    from resilience_planner.core.rules import raster_classes
    depth = np.linspace(0, 4, 400, dtype='float32').reshape(20, 20)
    path = write_raster(tmp_path / 'depth.tif', depth)
    assert raster_classes(path, names={0.0: '0 m', 2.0: '2 m', 4.0: '4 m or more'}) is None
