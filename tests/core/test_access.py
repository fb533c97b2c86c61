"""Access along hand-built road networks (core, no QGIS)."""
import numpy as np
import pytest

from resilience_planner.core.access import (
    build_graph,
    densify,
    edges_exposed,
    service_access,
    settlement_facility_distance,
)
from resilience_planner.core.errors import InputError

# A river runs north-south at x = 500. The direct road crosses it on a bridge; a detour
# crosses 500 m further north: 0,0 -> 0,500 -> 1000,500 -> 1000,0 is 2,000 m.
DIRECT = np.array([[0, 0], [400, 0], [600, 0], [1000, 0]], float)
DETOUR = np.array([[0, 0], [0, 500], [1000, 500], [1000, 0]], float)
ISLAND = np.array([[3000, 3000], [3100, 3000]], float)


def bridge_flooded(points):
    return (np.abs(points[:, 0] - 500) < 60) & (np.abs(points[:, 1]) < 20)


def river_flooded(points):
    return np.abs(points[:, 0] - 500) < 60


def test_densify_keeps_ends_and_bounds_segments():
    line = densify(np.array([[0, 0], [120, 0]], float), step=50)
    np.testing.assert_allclose(line[[0, -1]], [[0, 0], [120, 0]])
    assert np.all(np.diff(line[:, 0]) <= 50 + 1e-9) and len(line) == 4


def test_roads_join_where_vertices_meet_within_tolerance():
    graph = build_graph([DIRECT, DETOUR + [0.4, 0.0]], tolerance=1.0)
    assert graph.pieces == 1
    apart = build_graph([DIRECT, DETOUR + [5.0, 0.0]], tolerance=1.0)
    assert apart.pieces == 2
    assert 'disconnected pieces' in apart.notes[0]


def test_direct_route_then_detour_when_the_bridge_floods():
    graph = build_graph([DIRECT, DETOUR], tolerance=1.0)
    result = service_access(graph, places=np.array([[0, -30]]), place_distance=[1000.0],
                            facilities=np.array([[1000, -40]]),
                            edges_out=edges_exposed(graph, bridge_flooded))
    # 30 m connector + 1,000 m of road + 40 m connector.
    assert result.network[0] == pytest.approx(1070)
    assert result.network_hazard[0] == pytest.approx(2070)
    assert result.access_lost[0] == 0
    assert result.straight[0] == 1000


def test_access_is_lost_when_every_crossing_floods():
    graph = build_graph([DIRECT, DETOUR], tolerance=1.0)
    result = service_access(graph, np.array([[0, 0]]), [1000.0], np.array([[1000, 0]]),
                            edges_out=edges_exposed(graph, river_flooded))
    assert result.network[0] == pytest.approx(1000)
    assert np.isinf(result.network_hazard[0])
    assert result.access_lost[0] == 1


def test_flooded_facility_is_out_of_service_and_the_next_one_serves():
    graph = build_graph([DIRECT, DETOUR], tolerance=1.0)
    facilities = np.array([[400, 0], [1000, 500]], float)
    result = service_access(graph, np.array([[0, 0]]), [400.0], facilities, facilities_out=np.array([True, False]))
    assert result.network[0] == pytest.approx(400)
    assert result.network_hazard[0] == pytest.approx(1500)        # 0,0 -> 0,500 -> 1000,500


def test_an_island_is_unreachable():
    graph = build_graph([DIRECT, DETOUR, ISLAND], tolerance=1.0)
    result = service_access(graph, np.array([[3000, 3000]]), [3000.0], np.array([[1000, 0]]))
    assert np.isinf(result.network[0]) and np.isinf(result.network_hazard[0])
    assert result.access_lost[0] == 0       # never reachable, so nothing was lost


def test_nearest_of_many_facilities_in_one_run():
    graph = build_graph([DIRECT, DETOUR], tolerance=1.0)
    places = np.array([[0, 0], [1000, 0], [500, 500]], float)
    facilities = np.array([[0, 500], [1000, 0], [1000, 0]], float)     # two share a node
    result = service_access(graph, places, [0, 0, 0], facilities)
    np.testing.assert_allclose(result.network, [500, 0, 500], atol=1e-6)


def test_max_distance_makes_far_facilities_unreachable():
    graph = build_graph([DIRECT, DETOUR], tolerance=1.0)
    result = service_access(graph, np.array([[0, 0]]), [1000.0], np.array([[1000, 0]]),
                            edges_out=edges_exposed(graph, bridge_flooded), max_distance=1500)
    assert result.network[0] == pytest.approx(1000)
    assert np.isinf(result.network_hazard[0]) and result.access_lost[0] == 1


def test_no_facilities_and_no_roads():
    graph = build_graph([DIRECT], tolerance=1.0)
    result = service_access(graph, np.array([[0, 0]]), [np.inf], np.empty((0, 2)))
    assert np.isinf(result.network[0])
    with pytest.raises(InputError, match='no lines with two or more vertices'):
        build_graph([np.array([[0, 0]], float)])


def test_distance_from_settlement_shape_to_nearest_facility():
    from resilience_planner.core.coverage import Rings
    square = {'type': 'Polygon', 'coordinates': [[(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)],
                                                 [(40, 40), (60, 40), (60, 60), (40, 60), (40, 40)]]}
    far = {'type': 'Polygon', 'coordinates': [[(1000, 0), (1010, 0), (1010, 10), (1000, 10), (1000, 0)]]}
    facilities = np.array([[130, 50], [50, 50], [2000, 0]], float)    # east of, and in the hole of, the square
    distances = settlement_facility_distance(Rings([square, far, None]), facilities)
    assert distances[0] == pytest.approx(10)      # the hole's edge is 10 m from its centre; east one 30 m
    assert distances[1] == pytest.approx(np.hypot(870, 40))     # to its corner (1000, 10)
    assert np.isinf(distances[2])
    inside = settlement_facility_distance(Rings([square]), np.array([[20, 20]], float))
    assert inside[0] == 0


def test_sample_points_reprojects_and_reads_nodata_as_nan(tmp_path):
    from rasterio.transform import from_origin
    from rasterio.warp import transform

    from resilience_planner.core.grid import sample_points
    from tests.helpers import write_raster
    values = (10 * np.arange(4)[:, None] + np.arange(4)[None, :]).astype('float32')
    values[0, 0] = -9999
    x0, y0 = 250000.0, 9860000.0
    path = write_raster(tmp_path / 'r.tif', values, from_origin(x0, y0 + 40, 10, 10), nodata=-9999)
    utm = np.array([[x0 + 15, y0 + 25], [x0 + 5, y0 + 35], [x0 + 500, y0]])
    lon, lat = transform('EPSG:32737', 'EPSG:4326', utm[:, 0], utm[:, 1])
    got = sample_points(path, np.column_stack([lon, lat]), 'EPSG:4326')
    assert got[0] == pytest.approx(11) and np.isnan(got[1]) and np.isnan(got[2])


def test_a_road_with_dense_vertices_keeps_its_length():
    dense = np.column_stack([np.arange(0, 1000.1, 0.8), np.zeros(1251)])
    graph = build_graph([dense, np.array([[dense[-1, 0], 0], [2000, 0]])], tolerance=1.0)
    result = service_access(graph, np.array([[2000, -30]]), [1980.0], np.array([[0, -10]]))
    assert result.network[0] == pytest.approx(30 + 2000 + 10, abs=1)


def test_exact_shared_vertices_join_even_without_tolerance():
    graph = build_graph([np.array([[0, 0], [500, 0]], float), np.array([[500, 0], [1000, 0]], float)], tolerance=0)
    assert graph.pieces == 1


def test_roads_that_only_cross_stay_apart():
    across = np.array([[0, 0], [1000, 0]], float)
    up = np.array([[500, -500], [500, 500]], float)
    graph = build_graph([across, up], tolerance=1.0)
    assert graph.pieces == 2
    result = service_access(graph, np.array([[0, 0]]), [0.0], np.array([[500, 520]]))
    assert np.isinf(result.network[0])


def test_a_road_shorter_than_a_point_is_refused():
    with pytest.raises(InputError, match='no segment'):
        build_graph([np.array([[0, 0], [0, 0]], float)], tolerance=1.0)
    graph = build_graph([np.array([[0, 0], [0.5, 0]], float)], tolerance=1.0)     # kept: only ends snap
    assert len(graph.length) == 1


def test_distance_to_a_multipart_settlement_uses_every_part():
    from resilience_planner.core.coverage import Rings
    parts = {'type': 'MultiPolygon', 'coordinates': [
        [[(0, 0), (20, 0), (20, 20), (0, 20), (0, 0)]], [[(980, 0), (1000, 0), (1000, 20), (980, 20), (980, 0)]]]}
    distance = settlement_facility_distance(Rings([parts]), np.array([[500, 10], [1010, 10]], float))
    assert distance[0] == pytest.approx(10)
