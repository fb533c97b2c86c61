"""Infrastructure exposure and energy options (core, no QGIS), worked by hand."""
import numpy as np
import pytest
from rasterio.transform import from_origin

from resilience_planner.core.energy import least_cost_options
from resilience_planner.core.infrastructure import is_exposed, line_exposure
from tests.helpers import write_raster

UTM = 'EPSG:32737'


@pytest.fixture
def strip_flood(tmp_path):
    # 10 m cells over x 0-100, y 0-40; depth 1 m where 30 <= x < 60, 0 elsewhere; nodata for x >= 90.
    depth = np.zeros((4, 10), 'float32')
    depth[:, 3:6] = 1.0
    depth[:, 9] = -9999
    return write_raster(tmp_path / 'flood.tif', depth, from_origin(0, 40, 10, 10), nodata=-9999)


def test_line_exposed_length_and_maximum(strip_flood):
    across = [np.array([[0.0, 20.0], [80.0, 20.0]])]          # crosses the 30 m wide flood
    beside = [np.array([[0.0, 5.0], [25.0, 5.0]])]            # stays dry
    result = line_exposure([across, beside, []], UTM, strip_flood, rule=0.5, step=1.0)
    assert result.exposed_length[0] == pytest.approx(30.0, abs=1.0)
    assert result.length[0] == pytest.approx(80.0)
    assert result.maximum[0] == 1.0 and result.exposed[0] == 1
    assert result.exposed_length[1] == 0 and result.maximum[1] == 0 and result.exposed[1] == 0
    assert np.isnan(result.maximum[2]) and np.isnan(result.exposed[2])


def test_a_line_is_exposed_where_any_place_along_it_is_not_where_its_maximum_is(strip_flood):
    """Under "<0.5" (dry ground exposed) the line across the flood has a maximum of 1, which the
    rule excludes, yet 50 of its 80 m are dry: it is exposed, with 50 m exposed."""
    from resilience_planner.core.rules import parse_rule
    across = [np.array([[0.0, 20.0], [80.0, 20.0]])]
    result = line_exposure([across], UTM, strip_flood, rule=parse_rule('<0.5', 'flood'), step=1.0)
    assert result.maximum[0] == 1.0 and result.exposed[0] == 1
    assert result.exposed_length[0] == pytest.approx(50.0, abs=1.0)


def test_line_outside_the_raster_has_no_value(strip_flood):
    result = line_exposure([[np.array([[500.0, 500.0], [600.0, 500.0]])]], UTM, strip_flood, 0.5)
    assert np.isnan(result.maximum[0]) and result.exposed_length[0] == 0


def test_line_lengths_are_the_same_from_another_crs(strip_flood):
    from rasterio.warp import transform
    x0 = 0.0
    # The same 80 m line described in EPSG:32737 and measured there after a round trip.
    lon, lat = transform(UTM, 'EPSG:4326', [x0, 80.0], [20.0, 20.0])
    back_x, back_y = transform('EPSG:4326', UTM, lon, lat)
    line = [np.column_stack([back_x, back_y])]
    result = line_exposure([line], UTM, strip_flood, 0.5, step=1.0)
    assert result.length[0] == pytest.approx(80.0, abs=1e-3)
    assert result.exposed_length[0] == pytest.approx(30.0, abs=1.0)


def test_exposure_rule_matches_settlement_exposure():
    np.testing.assert_array_equal(is_exposed([0, 0.5, 1, np.nan], 0.5), [False, True, True, False])
    np.testing.assert_array_equal(is_exposed([0, 0.1, np.nan], None), [False, True, False])


def test_energy_options_follow_the_old_rules_at_the_default_costs():
    """At the default unit costs and tier 2, the least-cost options fall where the old distance and population
    rules put them (the reasons now give the costs)."""
    plan = least_cost_options(
        grid_distance_m=[100, 1500, 8000, 8000, 1500, np.inf],
        population=[500, 5000, 5000, 300, np.nan, 10000],
        electricity_share=[0.4, np.nan, 0.1, 0.0, 0.5, np.nan],
        grid_distance=500, extension_distance=3000, minigrid_min_population=2000)
    assert plan.options == ['grid_densification', 'grid_extension', 'mini_grid', 'standalone_solar',
                            'standalone_solar', 'mini_grid']
    assert plan.reasons[0].startswith('grid densification at 125.00 USD per household')
    assert 'population unknown' in plan.reasons[4]
    assert 'too far' in plan.reasons[5]
