"""resilienceplanner:infrastructureexposure and resilienceplanner:energyaccess through Processing."""
import numpy as np
import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsRasterLayer, QgsVectorLayer
from rasterio.transform import from_origin

from tests.conftest import RecordingFeedback, vector_layer, write_raster

X0, Y0 = 300000.0, 9800000.0


layer = vector_layer


def at(x, y):
    return '{0} {1}'.format(X0 + x, Y0 + y)


@pytest.fixture
def flood(tmp_path):
    """1 m deep where 30 <= x < 60 (10 m cells over x 0-100, y 0-40); no data where x >= 90."""
    depth = np.zeros((4, 10), 'float32')
    depth[:, 3:6] = 1.0
    depth[:, 9] = -9999
    return QgsRasterLayer(write_raster(tmp_path / 'flood.tif', depth, from_origin(X0, Y0 + 40, 10, 10),
                                       nodata=-9999), 'Flood')


def run(algorithm, tmp_path, feedback=None, **parameters):
    parameters.setdefault('OUTPUT', str(tmp_path / (algorithm + '.gpkg')))
    result = processing.run('resilienceplanner:' + algorithm, parameters, feedback=feedback or RecordingFeedback())
    out = QgsVectorLayer(result['OUTPUT'], 'out', 'ogr')
    return result, list(out.getFeatures()), out


def test_points_lines_and_polygons(plugin, flood, tmp_path):
    points = layer('Point', ['POINT({0})'.format(at(45, 20)), 'POINT({0})'.format(at(15, 20)),
                             'POINT({0})'.format(at(95, 20))], '&field=kind:string',
                   [['clinic'], ['clinic'], ['school']], name='facilities')
    result, rows, out = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=points, TYPE_FIELD='kind',
                            HAZARDS=[flood], THRESHOLDS='0.5', SUMMARY='memory:')
    assert [r['flood_exposed'] for r in rows] == [1, 0, NULL]
    assert [r['flood_value'] for r in rows][:2] == [1.0, 0.0] and rows[2]['flood_value'] == NULL
    assert result['EXPOSED_FEATURES'] == 1
    summary = {(f['type'], f['hazard']): (f['count'], f['count_exposed']) for f in result['SUMMARY'].getFeatures()}
    assert summary == {('clinic', 'Flood'): (2, 1), ('school', 'Flood'): (1, 0)}

    roads = layer('LineString', ['LINESTRING({0}, {1})'.format(at(0, 20), at(80, 20)),
                                 'LINESTRING({0}, {1})'.format(at(0, 5), at(25, 5))], name='roads')
    result, rows, _ = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=roads, HAZARDS=[flood],
                          THRESHOLDS='0.5', SUMMARY='memory:', OUTPUT=str(tmp_path / 'roads.gpkg'))
    assert rows[0]['flood_exposed_length_m'] == pytest.approx(30, abs=10)      # sampled every 10 m
    assert rows[0]['flood_value'] == 1.0 and rows[1]['flood_exposed'] == 0
    (row,) = list(result['SUMMARY'].getFeatures())
    assert row['count_exposed'] == 1 and row['exposed_length_m'] == pytest.approx(30, abs=10)

    square = 'POLYGON(({0}, {1}, {2}, {3}, {0}))'.format(at(20, 0), at(40, 0), at(40, 40), at(20, 40))
    result, rows, _ = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=layer('Polygon', [square]),
                          HAZARDS=[flood], THRESHOLDS='0.5', SUMMARY='memory:', OUTPUT=str(tmp_path / 'p.gpkg'))
    # x 20-30 dry, 30-40 wet: half the 800 m2 square.
    assert rows[0]['flood_exposed_share'] == pytest.approx(0.5)
    assert rows[0]['flood_value'] == pytest.approx(0.5)
    (row,) = list(result['SUMMARY'].getFeatures())
    assert row['exposed_area_m2'] == pytest.approx(400)


def test_line_lengths_in_metres_from_wgs84(plugin, flood, tmp_path):
    roads = layer('LineString', ['LINESTRING({0}, {1})'.format(at(0, 20), at(80, 20))], name='roads')
    lonlat = processing.run('native:reprojectlayer', {'INPUT': roads, 'TARGET_CRS': 'EPSG:4326',
                                                      'OUTPUT': 'memory:'})['OUTPUT']
    feedback = RecordingFeedback()
    _, (row,), _ = run('infrastructureexposure', tmp_path, feedback, INFRASTRUCTURE=lonlat, HAZARDS=[flood],
                       THRESHOLDS='0.5')
    assert any('UTM zone 37S' in info for info in feedback.infos)
    assert row['flood_exposed_length_m'] == pytest.approx(30, abs=10)


def test_bad_thresholds_are_named(plugin, flood, tmp_path):
    points = layer('Point', ['POINT({0})'.format(at(45, 20))])
    with pytest.raises(QgsProcessingException, match='THRESHOLDS has 2 value'):
        run('infrastructureexposure', tmp_path, INFRASTRUCTURE=points, HAZARDS=[flood], THRESHOLDS='1,2')


def test_jakarta_schools_and_clinics_in_the_flood(plugin, realdata, tmp_path):
    folder = realdata / 'jakarta'
    buildings = QgsVectorLayer(str(folder / 'infrastructure' / 'buildings_osm_north_central.gpkg'), 'b', 'ogr')
    kind = next(f for f in buildings.fields().names() if f.upper() == 'TYPE')
    services = processing.run('native:extractbyexpression', {
        'INPUT': buildings, 'EXPRESSION': '"{0}" IN (\'School\', \'Clinic/Doctor\', \'Hospital\')'.format(kind),
        'OUTPUT': 'memory:'})['OUTPUT']
    flood = QgsRasterLayer(str(folder / 'hazard' / 'flood_depth_2007like_inasafe_clip.tif'), 'flood 2007')
    result, rows, _ = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=services, TYPE_FIELD=kind,
                          HAZARDS=[flood], THRESHOLDS='0.5', SUMMARY='memory:')
    assert len(rows) == services.featureCount() == 377 + 92 + 31
    shares = np.array([r['flood_2007_exposed_share'] for r in rows if r['flood_2007_exposed_share'] != NULL])
    assert len(shares) > 300 and 0 < (shares > 0).mean() < 1
    summary = {f['type']: f['count_exposed'] for f in result['SUMMARY'].getFeatures()}
    assert set(summary) == {'School', 'Clinic/Doctor', 'Hospital'}
    assert sum(summary.values()) == result['EXPOSED_FEATURES']


def test_energy_options_by_rule(plugin, tmp_path):
    def square(x, y, size=20):
        return 'POLYGON(({0}, {1}, {2}, {3}, {0}))'.format(at(x, y), at(x + size, y), at(x + size, y + size),
                                                         at(x, y + size))
    settlements = layer('Polygon', [square(0, 100), square(0, 1500), square(0, 6000), square(0, 6000)],
                        '&field=people:double&field=power:double',
                        [[500, 40], [5000, None], [5000, 10], [300, 0]], name='settlements')
    grid = layer('LineString', ['LINESTRING({0}, {1})'.format(at(-1000, 0), at(1000, 0))], name='grid')
    substation = layer('Point', ['POINT({0})'.format(at(0, 0))], name='substations')
    _, rows, _ = run('energyaccess', tmp_path, SETTLEMENTS=settlements, GRID=grid, SUBSTATIONS=substation,
                     POPULATION_FIELD='people', ELECTRICITY_FIELD='power', GRID_DISTANCE=500,
                     EXTENSION_DISTANCE=3000, MINIGRID_MIN_POPULATION=2000)
    assert [r['energy_option'] for r in rows] == ['grid_densification', 'grid_extension', 'mini_grid',
                                                 'standalone_solar']
    assert rows[0]['grid_dist_m'] == pytest.approx(100, abs=5)
    assert rows[0]['substation_dist_m'] == pytest.approx(100, abs=0.1)
    # 500 people / 3.3 (the default) = 151.5, so 152 households; 40% with electricity: 152 x 0.6 = 91.2, so 91 to
    # connect at 125 each.
    assert rows[0]['households'] == 152 and rows[0]['households_to_connect'] == 91
    assert rows[0]['capex'] == 91 * 125.0 == 11375.0
    assert rows[0]['energy_reason'].startswith('grid densification at 125.00 USD per household')
    assert 'fewer than 2,000' in rows[3]['energy_reason']


def test_energy_without_population_falls_back_to_solar(plugin, tmp_path):
    settlements = layer('Polygon', ['POLYGON(({0}, {1}, {2}, {0}))'.format(at(0, 4000), at(10, 4000), at(0, 4010))])
    grid = layer('LineString', ['LINESTRING({0}, {1})'.format(at(-1000, 0), at(1000, 0))])
    feedback = RecordingFeedback()
    _, (row,), _ = run('energyaccess', tmp_path, feedback, SETTLEMENTS=settlements, GRID=grid)
    assert row['energy_option'] == 'standalone_solar' and 'population unknown' in row['energy_reason']
    assert any('No population' in w for w in feedback.warnings)


@pytest.mark.parametrize('algorithm', ['infrastructureexposure', 'energyaccess'])
def test_outputs_load_styled(plugin, flood, tmp_path, algorithm):
    from qgis.core import QgsProject, QgsRuleBasedRenderer
    square = 'POLYGON(({0}, {1}, {2}, {3}, {0}))'.format(at(20, 0), at(40, 0), at(40, 40), at(20, 40))
    grid = layer('LineString', ['LINESTRING({0}, {1})'.format(at(-1000, 0), at(1000, 0))])
    if algorithm == 'infrastructureexposure':
        parameters = {'INFRASTRUCTURE': layer('Polygon', [square]), 'HAZARDS': [flood], 'THRESHOLDS': '0.5'}
    else:
        parameters = {'SETTLEMENTS': layer('Polygon', [square]), 'GRID': grid}
    parameters['OUTPUT'] = str(tmp_path / 'styled.gpkg')
    result = processing.runAndLoadResults('resilienceplanner:' + algorithm, parameters)
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.id() == result['OUTPUT']
              or lyr.source().startswith(str(tmp_path / 'styled.gpkg'))]
    assert loaded and isinstance(loaded[0].renderer(), QgsRuleBasedRenderer)
    assert len(loaded[0].renderer().rootRule().children()) >= 3
    QgsProject.instance().removeAllMapLayers()


def test_exposed_area_counts_only_the_part_with_data(plugin, flood, tmp_path):
    half_out = 'POLYGON(({0}, {1}, {2}, {3}, {0}))'.format(at(-50, 0), at(50, 0), at(50, 40), at(-50, 40))
    away = 'POLYGON(({0}, {1}, {2}, {3}, {0}))'.format(at(500, 500), at(510, 500), at(510, 510), at(500, 510))
    result, rows, _ = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=layer('Polygon', [half_out, away]),
                          HAZARDS=[flood], THRESHOLDS='0.5', SUMMARY='memory:')
    assert rows[0]['flood_exposed_share'] == pytest.approx(0.4)      # 800 of the 2,000 m2 with data
    assert rows[1]['flood_value'] == NULL and rows[1]['flood_exposed'] == NULL   # outside: NULL, not an error
    (row,) = list(result['SUMMARY'].getFeatures())
    assert row['exposed_area_m2'] == pytest.approx(800)


def test_every_part_of_a_multipoint_counts(plugin, flood, tmp_path):
    points = layer('MultiPoint', ['MULTIPOINT(({0}), ({1}))'.format(at(5, 20), at(45, 20))])
    _, (row,), _ = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=points, HAZARDS=[flood], THRESHOLDS='0.5')
    assert row['flood_value'] == 1.0 and row['flood_exposed'] == 1


def test_a_short_line_ending_in_the_flood_is_exposed(plugin, flood, tmp_path):
    lines = layer('LineString', ['LINESTRING({0}, {1})'.format(at(26, 20), at(31, 20)),
                                 'LINESTRING({0}, {1})'.format(at(500, 500), at(600, 500))])
    _, rows, _ = run('infrastructureexposure', tmp_path, INFRASTRUCTURE=lines, HAZARDS=[flood], THRESHOLDS='0.5')
    assert rows[0]['flood_value'] == 1.0 and rows[0]['flood_exposed'] == 1
    assert rows[1]['flood_exposed'] == NULL and rows[1]['flood_exposed_length_m'] == NULL


def test_a_failing_summary_leaves_the_existing_output(plugin, flood, tmp_path):
    points = layer('Point', ['POINT({0})'.format(at(45, 20)), 'POINT({0})'.format(at(15, 20))])
    output = tmp_path / 'kept.gpkg'
    run('infrastructureexposure', tmp_path, INFRASTRUCTURE=points, HAZARDS=[flood], OUTPUT=str(output))
    with pytest.raises(QgsProcessingException):
        run('infrastructureexposure', tmp_path, INFRASTRUCTURE=points, HAZARDS=[flood], OUTPUT=str(output),
            SUMMARY=str(tmp_path / 'no' / 'such' / 'folder' / 'summary.csv'))
    assert QgsVectorLayer(str(output), 'kept', 'ogr').featureCount() == 2


def test_energy_cancel_writes_nothing_and_empty_geometry_gets_no_option(plugin, tmp_path):
    grid = layer('LineString', ['LINESTRING({0}, {1})'.format(at(-1000, 0), at(1000, 0))])
    settlements = layer('Polygon', ['POLYGON(({0}, {1}, {2}, {0}))'.format(at(0, 100), at(10, 100), at(0, 110)),
                                    ''], '&field=people:double', [[9000], [9000]])   # no geometry
    _, rows, _ = run('energyaccess', tmp_path, SETTLEMENTS=settlements, GRID=grid, POPULATION_FIELD='people')
    assert rows[0]['energy_option'] == 'grid_densification'
    assert rows[1]['energy_option'] == NULL and 'no usable' in rows[1]['energy_reason']
    feedback = RecordingFeedback()
    feedback.cancel()
    output = tmp_path / 'cancelled.gpkg'
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run('energyaccess', tmp_path, feedback, SETTLEMENTS=settlements, GRID=grid, OUTPUT=str(output))
    assert not output.exists()
