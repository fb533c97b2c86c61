"""resilienceplanner:serviceaccess through Processing: hand-built networks and real cities."""
import numpy as np
import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsRasterLayer, QgsVectorLayer
from rasterio.transform import from_origin

from tests.conftest import RecordingFeedback, vector_layer, write_raster

X0, Y0 = 300000.0, 9800000.0      # UTM 37S


layer = vector_layer


def at(x, y):
    return '{0} {1}'.format(X0 + x, Y0 + y)


def network():
    """A river at x = 500: a bridge on the direct road, a detour 500 m north."""
    direct = 'LINESTRING({0}, {1}, {2}, {3})'.format(at(0, 0), at(400, 0), at(600, 0), at(1000, 0))
    detour = 'LINESTRING({0}, {1}, {2}, {3})'.format(at(0, 0), at(0, 500), at(1000, 500), at(1000, 0))
    return layer('LineString', [direct, detour], name='roads')


def settlement():
    ring = ', '.join(at(x, y) for x, y in [(-20, -40), (20, -40), (20, -20), (-20, -20), (-20, -40)])
    return layer('Polygon', ['POLYGON(({0}))'.format(ring)], '&field=sid:integer', [[1]], name='settlements')


def clinics(points=((1000, -40),), types=None):
    fields = '&field=kind:string' if types else ''
    values = [[t] for t in types] if types else None
    return layer('Point', ['POINT({0})'.format(at(x, y)) for x, y in points], fields, values, name='clinics')


def flood(tmp_path, west=450, east=550, north=20):
    """Flood depth 1 m in a box around the river crossing, 10 m cells."""
    depth = np.zeros((120, 160), 'float32')             # x -300..1300, y -600..600
    cols = slice((west + 300) // 10, (east + 300) // 10)
    rows = slice((600 - north) // 10, (600 + north) // 10)
    depth[rows, cols] = 1.0
    return QgsRasterLayer(write_raster(tmp_path / 'flood.tif', depth, from_origin(X0 - 300, Y0 + 600, 10, 10)),
                          'flood')


def run(tmp_path, feedback=None, **parameters):
    parameters.setdefault('OUTPUT', str(tmp_path / 'access.gpkg'))
    result = processing.run('resilienceplanner:serviceaccess', parameters, feedback=feedback or RecordingFeedback())
    out = QgsVectorLayer(result['OUTPUT'], 'out', 'ogr')
    return result, list(out.getFeatures()), out


def test_flooded_bridge_makes_the_detour(plugin, tmp_path):
    result, (feature,), out = run(tmp_path, SETTLEMENTS=settlement(), FACILITIES=clinics(), ROADS=network(),
                                  HAZARD=flood(tmp_path), THRESHOLD=0.5)
    # Trips start inside the settlement, about 30 m south of the road's west end.
    start = 30.0
    assert feature['clinics_dist_m'] == pytest.approx(980, abs=0.1)            # outline (20,-40) to (1000,-40)
    assert feature['clinics_network_m'] == pytest.approx(start + 1000 + 40, abs=1)
    assert feature['clinics_network_hazard_m'] == pytest.approx(start + 2000 + 40, abs=1)
    assert feature['clinics_access_lost'] == 0
    assert result['SETTLEMENTS_LOSING_ACCESS'] == 0
    assert 'sid' in out.fields().names()


def test_flooding_both_crossings_loses_access(plugin, tmp_path):
    result, (feature,), _ = run(tmp_path, SETTLEMENTS=settlement(), FACILITIES=clinics(), ROADS=network(),
                                HAZARD=flood(tmp_path, north=600), THRESHOLD=0.5)
    assert feature['clinics_network_m'] == pytest.approx(1070, abs=1)
    assert feature['clinics_network_hazard_m'] == NULL
    assert feature['clinics_access_lost'] == 1
    assert result['SETTLEMENTS_LOSING_ACCESS'] == 1


def test_types_and_a_facility_on_an_island(plugin, tmp_path):
    points = ((1000, -40), (5000, 5000), (0, 520))
    feedback = RecordingFeedback()
    _, (feature,), out = run(tmp_path, feedback, SETTLEMENTS=settlement(),
                             FACILITIES=clinics(points, ['clinic', 'school', None]),
                             FACILITY_TYPE_FIELD='kind', ROADS=network())
    assert {'clinic_network_m', 'school_network_m', 'untyped_network_m'} <= set(out.fields().names())
    assert feature['clinic_network_m'] == pytest.approx(1070, abs=1)
    # The school is 4 km from any road: reached through its long connector, within 10 km.
    assert feature['school_network_m'] > 5000
    assert feature['untyped_network_m'] == pytest.approx(30 + 500 + 20, abs=1)
    assert any('no type' in w for w in feedback.warnings)


def test_without_roads_only_straight_distances(plugin, tmp_path):
    feedback = RecordingFeedback()
    _, (feature,), _ = run(tmp_path, feedback, SETTLEMENTS=settlement(), FACILITIES=clinics())
    assert feature['clinics_dist_m'] == pytest.approx(980, abs=0.1)
    assert feature['clinics_network_m'] == NULL and feature['clinics_access_lost'] == NULL
    assert any('No roads' in w for w in feedback.warnings)


def test_a_road_layer_of_points_is_refused(plugin, tmp_path):
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='lines'):
        run(tmp_path, SETTLEMENTS=settlement(), FACILITIES=clinics(), ROADS=clinics(), OUTPUT=str(output))
    assert not output.exists()


def test_facilities_far_outside_the_area_are_reported(plugin, tmp_path):
    feedback = RecordingFeedback()
    _, (feature,), _ = run(tmp_path, feedback, SETTLEMENTS=settlement(), FACILITIES=clinics(((90000, 90000),)),
                           ROADS=network(), MAX_DISTANCE=5000)
    assert any('No "clinics" facility lies within 5,000 m' in w for w in feedback.warnings)
    assert feature['clinics_network_m'] == NULL


def test_settlements_in_wgs84_are_measured_in_metres(plugin, tmp_path):
    reprojected = processing.run('native:reprojectlayer', {'INPUT': settlement(), 'TARGET_CRS': 'EPSG:4326',
                                                           'OUTPUT': 'memory:'})['OUTPUT']
    feedback = RecordingFeedback()
    _, (feature,), _ = run(tmp_path, feedback, SETTLEMENTS=reprojected, FACILITIES=clinics(), ROADS=network())
    assert any('UTM zone 37S' in info for info in feedback.infos)
    assert feature['clinics_dist_m'] == pytest.approx(980, abs=0.5)
    assert feature['clinics_network_m'] == pytest.approx(1070, abs=1)


@pytest.mark.parametrize('facilities, kind', [('health.gpkg', 'medical_clinic'), ('education.gpkg', 'primary')])
def test_kibera_health_and_schools_on_its_roads(plugin, realdata, tmp_path, facilities, kind):
    folder = realdata / 'nairobi_kibera'
    villages = QgsVectorLayer(str(folder / 'informal_settlements' / 'kibera_villages.gpkg'), 'villages', 'ogr')
    feedback = RecordingFeedback()
    result, features, out = run(
        tmp_path, feedback, SETTLEMENTS=villages,
        FACILITIES=QgsVectorLayer(str(folder / 'infrastructure' / facilities), 'facilities', 'ogr'),
        FACILITY_TYPE_FIELD='type', ROADS=QgsVectorLayer(str(folder / 'infrastructure' / 'roads.gpkg'), 'r', 'ogr'),
        SNAP_TOLERANCE=2.0)
    assert len(features) == 22
    assert any('UTM zone 37S' in info for info in feedback.infos)
    distances = np.array([f[kind + '_dist_m'] for f in features], dtype=float)
    network = np.array([np.nan if f[kind + '_network_m'] == NULL else f[kind + '_network_m']
                        for f in features], dtype=float)
    assert np.all(distances < 1500)                     # clinics and primary schools are everywhere in Kibera
    reached = ~np.isnan(network)
    assert reached.sum() >= 15
    # Along the roads is never shorter than in a straight line from the outline.
    assert np.all(network[reached] + 1e-6 >= distances[reached])


def test_jakarta_schools_and_clinics_over_the_flood(plugin, realdata, tmp_path):
    folder = realdata / 'jakarta'
    buildings = QgsVectorLayer(str(folder / 'infrastructure' / 'buildings_osm_north_central.gpkg'), 'b', 'ogr')
    kinds = [f for f in buildings.fields().names() if f.upper() == 'TYPE']
    assert kinds
    centroids = processing.run('native:centroids', {'INPUT': buildings, 'ALL_PARTS': False,
                                                    'OUTPUT': 'memory:'})['OUTPUT']
    services = processing.run('native:extractbyexpression', {
        'INPUT': centroids, 'EXPRESSION': '"{0}" IN (\'School\', \'Clinic/Doctor\', \'Hospital\')'.format(kinds[0]),
        'OUTPUT': 'memory:'})['OUTPUT']
    assert services.featureCount() > 100
    rw = QgsVectorLayer(str(folder / 'boundaries' / 'rw_jakarta.gpkg'), 'rw', 'ogr')
    extent = services.extent()
    extent.grow(0.01)
    rw.selectByRect(extent)
    near = processing.run('native:saveselectedfeatures', {'INPUT': rw, 'OUTPUT': 'memory:'})['OUTPUT']
    roads = QgsVectorLayer(str(folder / 'infrastructure' / 'roads_osm.gpkg'), 'roads', 'ogr')
    flood = QgsRasterLayer(str(folder / 'hazard' / 'flood_depth_current_hkv.tif'), 'flood')
    result, features, out = run(tmp_path, SETTLEMENTS=near, FACILITIES=services, FACILITY_TYPE_FIELD=kinds[0],
                                ROADS=roads, HAZARD=flood, THRESHOLD=0.5, MAX_DISTANCE=5000)
    assert len(features) == near.featureCount() > 100
    names = out.fields().names()
    assert 'school_access_lost' in names and 'clinic_doctor_network_hazard_m' in names
    lost = [f['school_access_lost'] for f in features if f['school_access_lost'] != NULL]
    normal = [f['school_network_m'] for f in features if f['school_network_m'] != NULL]
    hazard = [f['school_network_hazard_m'] for f in features if f['school_network_hazard_m'] != NULL]
    assert len(normal) > 0.5 * len(features)
    assert np.median(hazard) >= np.median(normal)       # flooding only lengthens or cuts trips
    assert 0 <= result['SETTLEMENTS_LOSING_ACCESS'] <= len(features)
    assert set(lost) <= {0, 1}


def test_outputs_load_styled(plugin, tmp_path):
    from qgis.core import QgsProject, QgsRuleBasedRenderer
    result = processing.runAndLoadResults('resilienceplanner:serviceaccess', {
        'SETTLEMENTS': settlement(), 'FACILITIES': clinics(), 'ROADS': network(),
        'OUTPUT': str(tmp_path / 'styled.gpkg')})
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.id() == result['OUTPUT']
              or lyr.source().startswith(str(tmp_path / 'styled.gpkg'))]
    assert loaded and isinstance(loaded[0].renderer(), QgsRuleBasedRenderer)
    rules = [rule.filterExpression() for rule in loaded[0].renderer().rootRule().children()]
    assert rules[0] == '"clinics_access_lost" = 1'
    QgsProject.instance().removeAllMapLayers()


def test_a_narrow_flooded_strip_cuts_the_road(plugin, tmp_path):
    # Flood only in 500 <= x < 520 (two 10 m cells) across both crossings.
    result, (feature,), _ = run(tmp_path, SETTLEMENTS=settlement(), FACILITIES=clinics(), ROADS=network(),
                                HAZARD=flood(tmp_path, west=500, east=520, north=600), THRESHOLD=0.5)
    assert feature['clinics_access_lost'] == 1


def test_zero_maximum_distance_means_no_limit_and_odd_type_names(plugin, tmp_path):
    _, (feature,), out = run(tmp_path, SETTLEMENTS=settlement(),
                             FACILITIES=clinics(((1000, -40), (0, 520)), ['клиника', '2 school']),
                             FACILITY_TYPE_FIELD='kind', ROADS=network(), MAX_DISTANCE=0)
    names = out.fields().names()
    assert 'type_network_m' in names and 't_2_school_network_m' in names
    assert feature['type_network_m'] == pytest.approx(1070, abs=1)
