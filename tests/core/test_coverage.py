"""Exact coverage fractions (core, no QGIS): hand-worked grids and exactextract."""
import json

import numpy as np
import pytest
from osgeo import ogr
from rasterio.crs import CRS
from rasterio.transform import from_origin

from resilience_planner.core.coverage import polygon_area, ring_coverage, zone_cells
from resilience_planner.core.grid import RasterGrid
from resilience_planner.core.zonal import StripCells
from tests.helpers import square, write_raster

GRID = RasterGrid(CRS.from_epsg(32737), from_origin(0, 40, 10, 10), 4, 4)


def dense(cells, zone=0):
    """Coverage of one zone as a dense grid, rebuilt from runs and partial cells."""
    return cells.to_dense(GRID.height, GRID.width, zone)


def test_square_offset_by_half_cells_matches_hand_fractions():
    cells = zone_cells([square(5, 5, 25, 25)], GRID)
    expected = np.array([[0, 0, 0, 0],
                         [0.25, 0.5, 0.25, 0],
                         [0.5, 1.0, 0.5, 0],
                         [0.25, 0.5, 0.25, 0]])
    np.testing.assert_allclose(dense(cells), expected, atol=1e-12)
    assert cells.zone_cells[0] == pytest.approx(4.0)


def test_orientation_does_not_change_fractions():
    ring = [(5, 5), (25, 5), (25, 25), (5, 25), (5, 5)]
    clockwise = {'type': 'Polygon', 'coordinates': [ring[::-1]]}
    np.testing.assert_allclose(dense(zone_cells([clockwise], GRID)),
                               dense(zone_cells([square(5, 5, 25, 25)], GRID)), atol=1e-12)


def test_triangle_inside_one_cell_keeps_its_area():
    triangle = {'type': 'Polygon', 'coordinates': [[(1, 31), (4, 31), (1, 35), (1, 31)]]}
    cover = dense(zone_cells([triangle], GRID))
    assert cover[0, 0] == pytest.approx(6 / 100)
    assert cover.sum() == pytest.approx(0.06)


def test_hole_is_not_covered():
    outer = [(0, 0), (40, 0), (40, 40), (0, 40), (0, 0)]
    hole = [(10, 10), (10, 30), (30, 30), (30, 10), (10, 10)]
    cover = dense(zone_cells([{'type': 'Polygon', 'coordinates': [outer, hole]}], GRID))
    assert cover[1:3, 1:3].sum() == 0
    assert cover.sum() == pytest.approx(12)


def test_diagonal_edge_cuts_cells_in_half():
    # Triangle under the diagonal of the 2 x 2 block at the bottom-left.
    triangle = {'type': 'Polygon', 'coordinates': [[(0, 0), (20, 0), (0, 20), (0, 0)]]}
    cover = dense(zone_cells([triangle], GRID))
    np.testing.assert_allclose(cover[2:, :2], [[0.5, 0], [1, 0.5]], atol=1e-12)


def test_polygon_partly_outside_counts_only_inside_cells_but_keeps_full_area():
    cells = zone_cells([square(-10, 20, 10, 40)], GRID)
    assert cells.covered_cells()[0] == pytest.approx(2)
    assert cells.zone_cells[0] == pytest.approx(4)


def test_polygon_wholly_outside_and_missing_geometry_cover_nothing():
    cells = zone_cells([square(100, 100, 110, 110), None], GRID)
    np.testing.assert_array_equal(cells.covered_cells(), [0, 0])


def test_ring_coverage_with_ring_far_larger_than_window():
    # A ring around the whole window covers every cell fully, without huge arrays.
    u = np.array([-1e6, 1e6, 1e6, -1e6, -1e6])
    v = np.array([-1e6, -1e6, 1e6, 1e6, -1e6])
    np.testing.assert_allclose(ring_coverage(u, v, 3, 2), np.ones((2, 3)), atol=1e-9)


def _random_polygons(rng, count, bounds):
    """Valid random polygons (star-shaped, some with holes), checked with OGR."""
    polygons = []
    xmin, ymin, xmax, ymax = bounds
    while len(polygons) < count:
        cx, cy = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
        n = int(rng.integers(5, 16))
        angles = np.sort(rng.uniform(0, 2 * np.pi, n))
        radii = rng.uniform(0.3, 1.0, n) * rng.choice([2, 15, 60])
        ring = [(cx + r * np.cos(a), cy + r * np.sin(a)) for a, r in zip(angles, radii)]
        ring.append(ring[0])
        rings = [ring]
        if rng.random() < 0.3:
            small = 0.2 * radii.min()
            rings.append([(cx + small * np.cos(a), cy + small * np.sin(a))
                          for a in np.linspace(0, -2 * np.pi, 7)])
        geometry = {'type': 'Polygon', 'coordinates': rings}
        if ogr.CreateGeometryFromJson(json.dumps(geometry)).IsValid():
            polygons.append(geometry)
    return polygons


def test_fractions_agree_with_exactextract_on_random_polygons(tmp_path):
    exactextract = pytest.importorskip('exactextract')
    rng = np.random.default_rng(42)
    values = rng.random((30, 40)).astype('float32')
    path = write_raster(tmp_path / 'values.tif', values, from_origin(1000, 2000, 10, 10))
    polygons = _random_polygons(rng, 150, (950, 1650, 1450, 2050))
    features = [{'type': 'Feature', 'id': i, 'properties': {}, 'geometry': g}
                for i, g in enumerate(polygons)]
    result = exactextract.exact_extract(path, features, ['count', 'sum'])
    grid = RasterGrid(CRS.from_epsg(32737), from_origin(1000, 2000, 10, 10), 40, 30)
    cells = zone_cells(polygons, grid)
    ours_count = cells.covered_cells()
    strip = StripCells(cells, 0, 30, 40)
    ours_sum = strip.weighted_sum(strip.take(values.astype(np.float64)))
    theirs_count = np.array([f['properties']['count'] for f in result])
    theirs_sum = np.array([f['properties']['sum'] for f in result])
    np.testing.assert_allclose(ours_count, theirs_count, atol=1e-6)
    np.testing.assert_allclose(ours_sum, theirs_sum, rtol=1e-5, atol=1e-5)
    assert (theirs_count > 0).sum() > 100  # most polygons touch the raster


def test_polygon_area_subtracts_holes():
    outer = [(0, 0), (40, 0), (40, 40), (0, 40), (0, 0)]
    hole = [(10, 10), (10, 30), (30, 30), (30, 10), (10, 10)]
    assert polygon_area({'type': 'Polygon', 'coordinates': [outer, hole]}) == pytest.approx(1200)
    assert polygon_area({'type': 'MultiPolygon', 'coordinates': [[outer], [hole]]}) == pytest.approx(2000)


@pytest.mark.parametrize('wkt', [
    'POLYGON((0 0, 40 0, 40 40, 0 40, 0 0), (10 10, 10 30, 30 30, 30 10, 10 10))',
    'MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)), ((30 30, 40 30, 35 38, 30 30)))',
    'POLYGON Z((5 5 1, 25 5 2, 25 25 3, 5 25 4, 5 5 1))',
    'MULTIPOLYGON ZM(((5 5 1 9, 25 5 2 9, 25 25 3 9, 5 25 4 9, 5 5 1 9)))',
    'POLYGON M((5 5 7, 25 5 7, 25 25 7, 5 25 7, 5 5 7))',
])
def test_wkb_input_gives_the_same_cells_as_geojson(wkt):
    # OGR writes the WKB (ISO flavour, as QGIS does) and the GeoJSON independently.
    geometry = ogr.CreateGeometryFromWkt(wkt)
    as_json = json.loads(geometry.ExportToJson())
    as_wkb = bytes(geometry.ExportToIsoWkb())
    np.testing.assert_allclose(dense(zone_cells([as_wkb], GRID)), dense(zone_cells([as_json], GRID)), atol=1e-12)
    big_endian = bytes(geometry.ExportToIsoWkb(ogr.wkbXDR))
    np.testing.assert_allclose(dense(zone_cells([big_endian], GRID)), dense(zone_cells([as_json], GRID)), atol=1e-12)
    assert dense(zone_cells([as_wkb], GRID)).sum() > 0


def test_batches_cut_in_threads_give_the_cells_of_batches_cut_in_turn():
    # Three settlements on the 4 x 4 grid, one batch each (a batch holds whole settlements of about
    # ``batch_pieces`` edge pieces): the half-cell square of the first test, a cell-aligned square
    # and a triangle. Cut by two threads, the chunks come back in batch order with the same cells.
    shapes = [square(5, 5, 25, 25), square(20, 20, 40, 40),
              {'type': 'Polygon', 'coordinates': [[(0, 0), (40, 0), (0, 40), (0, 0)]]}]
    in_turn = zone_cells(shapes, GRID, batch_pieces=1, workers=1)
    threads = zone_cells(shapes, GRID, batch_pieces=1, workers=2)
    assert len(in_turn.chunks) == len(threads.chunks) == 3
    for name in ('run_zone', 'run_row', 'run_col0', 'run_col1', 'run_frac', 'part_zone', 'part_row', 'part_col',
                 'part_frac'):
        np.testing.assert_array_equal(getattr(threads, name), getattr(in_turn, name))
    expected = np.array([[0, 0, 0, 0],
                         [0.25, 0.5, 0.25, 0],
                         [0.5, 1.0, 0.5, 0],
                         [0.25, 0.5, 0.25, 0]])
    np.testing.assert_allclose(threads.to_dense(4, 4, 0), expected, atol=1e-12)
    # The cell-aligned square covers the top-right 2 x 2 cells whole.
    np.testing.assert_allclose(threads.to_dense(4, 4, 1), [[0, 0, 1, 1], [0, 0, 1, 1], [0] * 4, [0] * 4],
                               atol=1e-12)
    # The triangle: cells under the diagonal whole, the diagonal's cells half.
    np.testing.assert_allclose(threads.to_dense(4, 4, 2), [[0.5, 0, 0, 0], [1, 0.5, 0, 0], [1, 1, 0.5, 0],
                                                           [1, 1, 1, 0.5]], atol=1e-12)
    assert threads.zone_cells == pytest.approx([4.0, 4.0, 8.0])
