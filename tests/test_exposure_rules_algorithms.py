"""Exposure rules and classed hazards through Processing: the three algorithms that count exposure.

Hazards as agencies publish them: classes coded 1 = High ... 4 = Not flooded with a colour table
and class names, classes with names only in a QGIS style beside the file, a classed raster without
a nodata flag, and the real Jakarta 1-3 flood classes and Leyte landslide classes.
"""
import json
import os

import fiona
import numpy as np
import pytest
import rasterio
from qgis import processing
from qgis.core import (
    NULL,
    QgsPalettedRasterRenderer,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from tests.conftest import RecordingFeedback, vector_layer, write_raster

NAMES = {1: 'High', 2: 'Medium', 3: 'Low', 4: 'Not flooded'}
# Columns of 10 m cells, origin (0, 40): class 1 in column 0, 2 in column 1, 3 in column 2, 4 in column 3.
REVERSED = np.tile(np.array([1, 2, 3, 4], dtype=np.uint8), (4, 1))
WHOLE = 'POLYGON((0 0, 40 0, 40 40, 0 40, 0 0))'
LEFT_HALF = 'POLYGON((0 0, 20 0, 20 40, 0 40, 0 0))'


def paletted(path, name='Flood classes'):
    """The raster as a layer styled with its class names, as an agency's QGIS style would."""
    layer = QgsRasterLayer(path, name)
    classes = [QgsPalettedRasterRenderer.Class(code, QColor(colour), NAMES[code])
               for code, colour in ((1, '#d7191c'), (2, '#fdae61'), (3, '#ffffbf'), (4, '#ffffff'))]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


@pytest.fixture
def classes_tif(tmp_path):
    path = write_raster(tmp_path / 'flood_classes.tif', REVERSED, nodata=0)
    with rasterio.open(path, 'r+') as dataset:           # a colour table, as published
        dataset.write_colormap(1, {1: (215, 25, 28, 255), 2: (253, 174, 97, 255), 3: (255, 255, 191, 255),
                                   4: (255, 255, 255, 255)})
    return path


def settle(*wkts):
    return vector_layer('Polygon', list(wkts), '&field=name:string', [['s{0}'.format(i)] for i in range(len(wkts))],
                        name='settlements')


def exposure(hazards, thresholds=None, feedback=None, settlements=None, tmp_path=None):
    parameters = {'SETTLEMENTS': settlements or settle(WHOLE, LEFT_HALF), 'HAZARDS': hazards,
                  'OUTPUT': 'TEMPORARY_OUTPUT'}
    if thresholds is not None:
        parameters['THRESHOLDS'] = thresholds
    feedback = feedback or RecordingFeedback()
    result = processing.run('resilienceplanner:settlementexposure', parameters, feedback=feedback)
    return [f for f in result['OUTPUT'].getFeatures()], feedback


def test_a_reversed_classed_hazard_without_a_rule_is_refused_with_its_named_classes(plugin, classes_tif):
    with pytest.raises(QgsProcessingException) as raised:
        exposure([paletted(classes_tif)])
    message = str(raised.value)
    assert 'Hazard "Flood classes" is a classed raster (class names; classes 1 (High), 2 (Medium), 3 (Low), ' \
           '4 (Not flooded))' in message
    assert '"=1"' in message and 'THRESHOLDS' in message


def test_a_colour_table_alone_makes_a_raster_classed(plugin, classes_tif):
    with pytest.raises(QgsProcessingException, match=r'is a classed raster \(colour table; classes 1, 2, 3, 4\)'):
        exposure([QgsRasterLayer(classes_tif, 'Flood classes')])


@pytest.mark.parametrize('rule, whole, left, included', [
    ('=1', 0.25, 0.5, '1 (High); not exposed: 2 (Medium), 3 (Low), 4 (Not flooded)'),
    ('<=2', 0.5, 1.0, '1 (High), 2 (Medium); not exposed: 3 (Low), 4 (Not flooded)'),
    ('=1|2', 0.5, 1.0, '1 (High), 2 (Medium); not exposed'),
    ('1', 1.0, 1.0, '1 (High), 2 (Medium), 3 (Low), 4 (Not flooded); not exposed: none'),
])
def test_a_rule_counts_the_classes_it_names_and_the_log_says_which(plugin, classes_tif, rule, whole, left, included):
    """Hand-worked: the whole square holds 4 cells of each class, the left half classes 1 and 2."""
    features, feedback = exposure([paletted(classes_tif)], rule)
    assert [f['flood_classes_exposed_share'] for f in features] == [pytest.approx(whole), pytest.approx(left)]
    assert any('exposed where' in i and 'that is classes ' + included in i for i in feedback.infos), feedback.infos


def test_a_rule_that_includes_no_class_is_refused(plugin, classes_tif):
    with pytest.raises(QgsProcessingException, match=r'The rule "=7" for hazard "Flood classes" includes none'):
        exposure([paletted(classes_tif)], '=7')


def test_class_names_in_a_qgis_style_beside_the_file_are_found(plugin, tmp_path):
    path = write_raster(tmp_path / 'slopes.tif', REVERSED, nodata=0)
    styled = paletted(path, 'slopes')
    message, saved = styled.saveNamedStyle(str(tmp_path / 'slopes.qml'))
    assert saved, message
    with pytest.raises(QgsProcessingException, match=r'1 \(High\), 2 \(Medium\), 3 \(Low\), 4 \(Not flooded\)'):
        exposure([path])


def test_a_classed_raster_without_nodata_warns_that_its_background_counts_as_data(plugin, tmp_path):
    background = np.zeros((4, 4), dtype=np.uint8)
    background[:, 0] = 1                               # class 1 in column 0, value 0 elsewhere
    path = write_raster(tmp_path / 'zones.tif', background)
    layer = paletted(path, 'zones')
    features, feedback = exposure([layer], '=1')
    assert features[0]['zones_exposed_share'] == pytest.approx(0.25)
    warning = [w for w in feedback.warnings if 'has no nodata value' in w]
    assert len(warning) == 1 and 'value 0 (75% of the cells looked at)' in warning[0]
    assert 'gdal_edit.py -a_nodata 0' in warning[0]


def test_a_continuous_hazard_keeps_its_number_rule_and_says_it(plugin, tmp_path):
    depth = write_raster(tmp_path / 'depth.tif', np.linspace(0, 1.5, 16, dtype='float32').reshape(4, 4),
                         nodata=-9999)
    features, feedback = exposure([QgsRasterLayer(depth, 'depth')], '<0.2')
    # Values 0, 0.1 are below 0.2 (row 0, columns 0-1): 2 of the whole square's 16 cells, 2 of the left half's 8.
    assert [f['depth_exposed_share'] for f in features] == [pytest.approx(2 / 16), pytest.approx(2 / 8)]
    assert any('Hazard "depth": exposed where value < 0.2.' in i for i in feedback.infos)


def test_infrastructure_points_and_lines_follow_the_rule(plugin, classes_tif):
    points = vector_layer('MultiPoint', ['MULTIPOINT((35 20), (5 20))', 'POINT(25 20)'], name='clinics')
    with pytest.raises(QgsProcessingException, match='is a classed raster'):
        processing.run('resilienceplanner:infrastructureexposure', {
            'INFRASTRUCTURE': points, 'HAZARDS': [paletted(classes_tif)], 'OUTPUT': 'TEMPORARY_OUTPUT'})
    result = processing.run('resilienceplanner:infrastructureexposure', {
        'INFRASTRUCTURE': points, 'HAZARDS': [paletted(classes_tif)], 'THRESHOLDS': '=1',
        'OUTPUT': 'TEMPORARY_OUTPUT'})
    rows = [(f['flood_classes_value'], f['flood_classes_exposed']) for f in result['OUTPUT'].getFeatures()]
    # The multipoint has a part in class 1 (x = 5) and one in class 4: its value is the highest, 4, and it
    # is exposed because one part is; the point at x = 25 is in class 3.
    assert rows == [(4.0, 1), (3.0, 0)]
    line = vector_layer('LineString', ['LINESTRING(2 20, 38 20)'], name='road')
    result = processing.run('resilienceplanner:infrastructureexposure', {
        'INFRASTRUCTURE': line, 'HAZARDS': [paletted(classes_tif)], 'THRESHOLDS': '=1',
        'OUTPUT': 'TEMPORARY_OUTPUT'})
    road, = result['OUTPUT'].getFeatures()
    assert road['flood_classes_exposed'] == 1 and road['flood_classes_value'] == 4
    assert road['flood_classes_exposed_length_m'] == pytest.approx(8.0, abs=2.0)   # x 2-10 in class 1


def test_service_access_needs_a_rule_for_a_classed_hazard(plugin, classes_tif):
    settlements = settle('POLYGON((0 0, 4 0, 4 4, 0 4, 0 0))')
    clinics = vector_layer('Point', ['POINT(36 36)'], name='clinics')
    parameters = {'SETTLEMENTS': settlements, 'FACILITIES': clinics, 'HAZARD': paletted(classes_tif),
                  'OUTPUT': 'TEMPORARY_OUTPUT'}
    with pytest.raises(QgsProcessingException, match=r'Hazard "Flood classes" is a classed raster'):
        processing.run('resilienceplanner:serviceaccess', parameters)
    feedback = RecordingFeedback()
    processing.run('resilienceplanner:serviceaccess', dict(parameters, THRESHOLD='=1'), feedback=feedback)
    assert any('that is classes 1 (High); not exposed' in i for i in feedback.infos)


def _exact_share(raster, geometry, exposed_codes):
    """Exposed share by exactextract: coverage-weighted share of cells whose class is exposed."""
    import exactextract
    row, = exactextract.exact_extract(raster, [{'type': 'Feature', 'id': 0, 'properties': {}, 'geometry': geometry}],
                                      ['coverage', 'values'])
    coverage, values = np.asarray(row['properties']['coverage']), np.asarray(row['properties']['values'])
    return float((coverage * np.isin(values, exposed_codes)).sum() / coverage.sum())


def test_jakarta_flood_classes_are_recognised_and_counted_like_exactextract(plugin, realdata):
    pytest.importorskip('exactextract')
    folder = realdata / 'jakarta'
    raster = str(folder / 'hazard' / 'flood_category_123_hkv.tif')
    units = QgsVectorLayer(str(folder / 'boundaries' / 'rw_jakarta.gpkg'), 'rw', 'ogr')
    with pytest.raises(QgsProcessingException,
                       match=r'"flood classes" is a classed raster \(3 distinct integer values; classes 1, 2, 3\)'):
        exposure([QgsRasterLayer(raster, 'flood classes')], settlements=units)
    features, feedback = exposure([QgsRasterLayer(raster, 'flood classes')], '=3', settlements=units)
    assert any('that is classes 3; not exposed: 1, 2' in i for i in feedback.infos)
    shares = np.array([np.nan if f['flood_classes_exposed_share'] == NULL else f['flood_classes_exposed_share']
                       for f in features], dtype=float)
    assert np.nansum(shares > 0) > 100                 # the High class touches many units
    with fiona.open(folder / 'boundaries' / 'rw_jakarta.gpkg') as source:
        geometries = [json.loads(json.dumps(f['geometry'].__geo_interface__)) for f in source]
    wet = [i for i in np.flatnonzero(shares > 0)[:25]]
    for index in wet:
        assert shares[index] == pytest.approx(_exact_share(raster, geometries[index], [3]), abs=0.01)


def test_leyte_landslide_classes_take_their_names_from_the_style_beside_the_file(plugin, realdata):
    raster = str(realdata / 'leyte' / 'leyte_unstable_slopes.tif')
    area = settle('POLYGON((124.60 10.80, 124.90 10.80, 124.90 11.10, 124.60 11.10, 124.60 10.80))')
    area.setCrs(QgsRasterLayer(raster, 'x').crs())
    with pytest.raises(QgsProcessingException) as raised:
        exposure([raster], settlements=area)
    assert 'No build zone (1)' in str(raised.value) and 'No landslide (4)' in str(raised.value)
    features, feedback = exposure([raster], '=1', settlements=area)
    assert any('that is classes 1 (No build zone (1)); not exposed: 2 (Build only' in i for i in feedback.infos)
    geometry = json.loads(features[0].geometry().asJson())
    ours = features[0]['leyte_unstable_slopes_exposed_share']
    assert 0 < ours < 1
    assert ours == pytest.approx(_exact_share(raster, geometry, [1]), abs=0.01)


def elevation_model(tmp_path, name='srtm_30m.tif'):
    """A hill from 120 m to 498 m over 8 x 8 cells of 10 m, origin (0, 80)."""
    from rasterio.transform import from_origin
    hill = (120 + 6 * np.arange(64, dtype='float32')).reshape(8, 8)
    return write_raster(tmp_path / name, hill, transform=from_origin(0, 80, 10, 10), nodata=-9999)


@pytest.mark.parametrize('name, sign', [('srtm_30m.tif', 'its name or metadata says "srtm"'),
                                        ('surface.tif', 'its values span 120 to 498')])
def test_an_elevation_model_given_as_a_hazard_is_named_as_such_and_kept_with_the_output(plugin, tmp_path, name,
                                                                                        sign):
    from qgis.core import QgsVectorLayer as Layer
    path = elevation_model(tmp_path, name)
    output = tmp_path / 'exposure.gpkg'
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settle(WHOLE, LEFT_HALF), 'HAZARDS': [path], 'OUTPUT': str(output)}, feedback=feedback)
    features = list(Layer(str(output), 'out', 'ogr').getFeatures())
    key = os.path.splitext(name)[0]
    assert [f[key + '_exposed_share'] for f in features] == [1.0, 1.0]       # the run completes, as asked
    elevation = [w for w in feedback.warnings if 'looks like an elevation model' in w]
    everything = [w for w in feedback.warnings if 'exposes (nearly) all of every settlement' in w]
    assert len(elevation) == 1 and sign in elevation[0]
    assert everything == [] if len(features) < 3 else len(everything) == 1
    assert elevation[0] in result['WARNINGS']
    abstract = Layer(str(output), 'out', 'ogr').metadata().abstract()
    assert 'Doubts about the hazards' in abstract and elevation[0] in abstract


def test_a_hazard_that_exposes_every_settlement_is_doubted(plugin, tmp_path):
    depth = write_raster(tmp_path / 'depth.tif', np.full((4, 4), 2.0, 'float32'), nodata=-9999)
    squares = ['POLYGON(({0} 0, {1} 0, {1} 10, {0} 10, {0} 0))'.format(x, x + 10) for x in (0, 10, 20, 30)]
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settle(*squares), 'HAZARDS': [depth], 'THRESHOLDS': '0.1', 'OUTPUT': 'TEMPORARY_OUTPUT'},
        feedback=feedback)
    doubt, = [w for w in feedback.warnings if 'exposes (nearly) all of every settlement' in w]
    assert '4 of the 4 settlements with data' in doubt and 'value >= 0.1' in doubt
    assert result['WARNINGS'] == doubt
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settle(*squares), 'HAZARDS': [depth], 'THRESHOLDS': '3', 'OUTPUT': 'TEMPORARY_OUTPUT'},
        feedback=feedback)
    assert result['WARNINGS'] == '' and not any('nearly' in w for w in feedback.warnings)


def test_infrastructure_on_an_elevation_model_keeps_the_doubt_in_its_output(plugin, tmp_path):
    from qgis.core import QgsVectorLayer as Layer
    path = elevation_model(tmp_path, 'dem_30m.tif')
    output = tmp_path / 'clinics.gpkg'
    processing.run('resilienceplanner:infrastructureexposure', {
        'INFRASTRUCTURE': vector_layer('Point', ['POINT(5 75)'], name='clinics'), 'HAZARDS': [path],
        'OUTPUT': str(output)})
    abstract = Layer(str(output), 'out', 'ogr').metadata().abstract()
    assert 'Hazard "dem_30m" looks like an elevation model' in abstract
