"""resilienceplanner:settlementexposure through QGIS Processing, on real layers and files."""
import os

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from tests.conftest import RecordingFeedback, model_destinations, write_raster

VALUES = (10 * np.arange(4)[:, None] + np.arange(4)[None, :]).astype('float32')
SQUARE_WKT = 'POLYGON((5 5, 25 5, 25 25, 5 25, 5 5))'


def memory_layer(wkts, crs='EPSG:32737', fields='field=name:string&field=people:double', values=None):
    uri = 'MultiPolygon?{0}&{1}'.format('crs=' + crs if crs else '', fields)
    layer = QgsVectorLayer(uri, 'settlements', 'memory')
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())   # memory layers default to EPSG:4326
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values[index] if values else ['s{0}'.format(index), 100.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def depth_layer(tmp_path):
    path = write_raster(tmp_path / 'Flood Depth.tif', VALUES, nodata=-9999)
    return QgsRasterLayer(path, 'Flood Depth')


@pytest.fixture
def people_layer(tmp_path):
    return QgsRasterLayer(write_raster(tmp_path / 'people.tif', np.full((4, 4), 8, 'float32')), 'people')


def run(plugin, settlements, hazards, output, feedback=None, **extra):
    parameters = {'SETTLEMENTS': settlements, 'HAZARDS': hazards, 'OUTPUT': str(output)}
    parameters.update(extra)
    return processing.run('resilienceplanner:settlementexposure', parameters,
                          feedback=feedback or RecordingFeedback())


def read(path):
    layer = QgsVectorLayer(str(path), 'out', 'ogr')
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def test_fields_values_and_numeric_outputs(plugin, depth_layer, people_layer, tmp_path):
    output = tmp_path / 'exposure.gpkg'
    settlements = memory_layer([SQUARE_WKT, 'POLYGON((100 100, 110 100, 110 110, 100 110, 100 100))'])
    result = run(plugin, settlements, [depth_layer], output, THRESHOLDS='21', POPULATION=people_layer)
    layer, features = read(output)
    names = layer.fields().names()
    for field in ('name', 'people', 'flood_depth_mean', 'flood_depth_max', 'flood_depth_exposed_share',
                  'flood_depth_coverage', 'flood_depth_exposed_pop', 'any_exposed_share', 'any_exposed_pop',
                  'exposed_hazards'):
        assert field in names
    inside, outside = features
    assert inside['name'] == 's0'
    assert inside['flood_depth_mean'] == pytest.approx(21.0)
    assert inside['flood_depth_max'] == pytest.approx(32.0)
    assert inside['flood_depth_exposed_share'] == pytest.approx(0.625)
    assert inside['flood_depth_coverage'] == pytest.approx(1.0)
    assert inside['flood_depth_exposed_pop'] == pytest.approx(20.0)
    assert inside['any_exposed_share'] == pytest.approx(0.625)
    assert inside['exposed_hazards'] == 1
    assert outside['flood_depth_coverage'] == 0
    assert outside['flood_depth_mean'] == NULL
    assert outside['any_exposed_share'] == NULL
    assert result['EXPOSED_SETTLEMENTS'] == 1
    assert result['EXPOSED_POPULATION'] == pytest.approx(20.0)


def test_settlements_in_wgs84_are_reprojected_to_utm_raster(plugin, tmp_path):
    x0, y0 = 250000.0, 9860000.0
    from rasterio.transform import from_origin
    path = write_raster(tmp_path / 'utm.tif', VALUES, from_origin(x0, y0 + 40, 10, 10))
    utm = memory_layer(['POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))'.format(
        x0 + 5, y0 + 5, x0 + 25, y0 + 25)])
    lonlat = processing.run('native:reprojectlayer', {'INPUT': utm, 'TARGET_CRS': 'EPSG:4326',
                                                      'OUTPUT': 'memory:'})['OUTPUT']
    assert lonlat.crs().authid() == 'EPSG:4326'
    output = tmp_path / 'out.gpkg'
    run(plugin, lonlat, [QgsRasterLayer(path, 'depth')], output, THRESHOLDS='21')
    layer, (feature,) = read(output)
    assert layer.crs().authid() == 'EPSG:4326'     # the output keeps the settlements' CRS
    assert feature['depth_mean'] == pytest.approx(21.0, rel=1e-6)
    assert feature['depth_exposed_share'] == pytest.approx(0.625, rel=1e-6)


def test_population_field_is_used_without_population_raster(plugin, depth_layer, tmp_path):
    output = tmp_path / 'out.gpkg'
    run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, THRESHOLDS='21',
        POPULATION_FIELD='people')
    _, (feature,) = read(output)
    assert feature['flood_depth_exposed_pop'] == pytest.approx(62.5)


def test_text_population_field_is_refused_by_name(plugin, depth_layer, tmp_path):
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='Population field "name" in "settlements" holds'):
        run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, POPULATION_FIELD='name')
    assert not output.exists()


def test_a_population_typed_as_text_with_decimal_commas_is_read_as_numbers(plugin, depth_layer, tmp_path):
    """People as a Spanish or French spreadsheet keeps them, as text: "1.000,0" is a thousand people, as if typed
    as a number, and the log says how the field was read. Before, the run stopped, saying to convert the field
    with to_real(), which makes "1.000,0" NULL: the people were lost. "n/a" is unknown; text that is no
    number stops the run, naming it."""
    wkts = [SQUARE_WKT, 'POLYGON((25 5, 35 5, 35 15, 25 15, 25 5))', 'POLYGON((5 25, 15 25, 15 35, 5 35, 5 25))']
    text = memory_layer(wkts, fields='field=name:string&field=gente:string',
                        values=[['s0', '1.000,0'], ['s1', '2.500,5'], ['s2', 'n/a']])
    typed = memory_layer(wkts, values=[['s0', 1000.0], ['s1', 2500.5], ['s2', None]])
    feedback = RecordingFeedback()
    run(plugin, text, [depth_layer], tmp_path / 'text.gpkg', feedback, THRESHOLDS='21', POPULATION_FIELD='gente')
    run(plugin, typed, [depth_layer], tmp_path / 'typed.gpkg', THRESHOLDS='21', POPULATION_FIELD='people')
    _, from_text = read(tmp_path / 'text.gpkg')
    _, from_numbers = read(tmp_path / 'typed.gpkg')
    assert from_text[0]['flood_depth_exposed_pop'] == pytest.approx(625.0)
    assert [f['flood_depth_exposed_pop'] for f in from_text] == [f['flood_depth_exposed_pop'] for f in from_numbers]
    assert from_text[2]['flood_depth_exposed_pop'] == NULL
    assert 'Population field "gente" in "settlements": decimal comma, thousands points (as in "1.000,0", ' \
           '"2.500,5").' in feedback.infos, feedback.infos
    bad = memory_layer(wkts, fields='field=name:string&field=gente:string',
                       values=[['s0', '1.000,0'], ['s1', 'about 2000'], ['s2', 'n/a']])
    with pytest.raises(QgsProcessingException, match=r'Population field "gente" in "settlements" holds 1 value\(s\) '
                                                     r'that are not numbers: "about 2000"\. Choose a field'):
        run(plugin, bad, [depth_layer], tmp_path / 'bad.gpkg', POPULATION_FIELD='gente')
    assert not (tmp_path / 'bad.gpkg').exists()


def test_invalid_geometry_is_repaired_and_reported(plugin, depth_layer, tmp_path):
    # A bow-tie: two triangles touching at (15, 15); repaired it is two triangles of 100 m2.
    bowtie = 'POLYGON((5 5, 25 25, 25 5, 5 25, 5 5))'
    feedback = RecordingFeedback()
    output = tmp_path / 'out.gpkg'
    run(plugin, memory_layer([bowtie, SQUARE_WKT]), [depth_layer], output, feedback, THRESHOLDS='0',
        ID_FIELD='name')
    assert any('Repaired 1 invalid' in w and 's0' in w for w in feedback.warnings), feedback.warnings
    _, features = read(output)
    assert len(features) == 2
    assert features[0]['flood_depth_coverage'] == pytest.approx(1.0)
    assert features[0]['flood_depth_mean'] is not NULL


def test_multipart_settlement_is_one_feature(plugin, depth_layer, tmp_path):
    multi = 'MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)), ((30 30, 40 30, 40 40, 30 40, 30 30)))'
    output = tmp_path / 'out.gpkg'
    run(plugin, memory_layer([multi]), [depth_layer], output, THRESHOLDS='20')
    _, (feature,) = read(output)
    assert feature['flood_depth_mean'] == pytest.approx(16.5)
    assert feature['flood_depth_exposed_share'] == pytest.approx(0.5)


def test_two_hazards_and_existing_field_names(plugin, depth_layer, tmp_path):
    west = QgsRasterLayer(write_raster(tmp_path / 'west.tif', np.tile([1, 0, 0, 0], (4, 1)).astype('float32')),
                          'West bank')
    settlements = memory_layer([SQUARE_WKT], fields='field=any_exposed_share:string', values=[['old']])
    feedback = RecordingFeedback()
    output = tmp_path / 'out.gpkg'
    run(plugin, settlements, [depth_layer, west], output, feedback, THRESHOLDS='21, 1')
    layer, (feature,) = read(output)
    assert feature['west_bank_exposed_share'] == pytest.approx(0.25)
    assert feature['any_exposed_share'] == pytest.approx(0.8125)
    assert feature['exposed_hazards'] == 2
    assert layer.fields().names().count('any_exposed_share') == 1
    assert any('replaced' in w for w in feedback.warnings)


@pytest.mark.parametrize('thresholds, message', [
    ('1, 2', 'THRESHOLDS has 2 value'),
    ('deep', 'Rule "deep" for hazard "Flood Depth" is not understood'),
    ('=1|deep', 'Rule "=1|deep" for hazard "Flood Depth" is not a set of classes'),
])
def test_bad_thresholds_stop_before_writing(plugin, depth_layer, tmp_path, thresholds, message):
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match=message):
        run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, THRESHOLDS=thresholds)
    assert not output.exists()


def test_failed_run_keeps_the_users_existing_file(plugin, depth_layer, tmp_path):
    output = tmp_path / 'precious.gpkg'
    run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, THRESHOLDS='21')
    before = output.read_bytes()
    with pytest.raises(QgsProcessingException):
        run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, THRESHOLDS='x')
    assert output.read_bytes() == before


def test_raster_without_crs_is_named(plugin, tmp_path):
    layer = QgsRasterLayer(write_raster(tmp_path / 'nocrs.tif', VALUES, crs=None), 'Unprojected flood')
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='"Unprojected flood" has no CRS'):
        run(plugin, memory_layer([SQUARE_WKT]), [layer], output)
    assert not output.exists()


def test_settlements_without_crs_are_named(plugin, depth_layer, tmp_path):
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='has no CRS'):
        run(plugin, memory_layer([SQUARE_WKT], crs=None), [depth_layer], output)
    assert not output.exists()


def test_empty_settlements_layer(plugin, depth_layer, tmp_path):
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='has no features'):
        run(plugin, memory_layer([]), [depth_layer], output)
    assert not output.exists()


def test_layers_that_do_not_overlap(plugin, realdata, sample_city, tmp_path):
    kibera = QgsVectorLayer(str(realdata / 'nairobi_kibera' / 'informal_settlements' / 'kibera_villages.gpkg'),
                            'Kibera villages', 'ogr')
    assert kibera.isValid() and kibera.featureCount() == 22
    flood = QgsRasterLayer(sample_city['flood_depth'], 'sample flood')
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='No settlement overlaps hazard raster "sample flood"'):
        run(plugin, kibera, [flood], output)
    assert not output.exists()


def test_non_file_raster_is_refused(plugin, tmp_path):
    wms = QgsRasterLayer('contextualWMSLegend=0&crs=EPSG:3857&format=image/png&layers=a&styles=&'
                         'url=http://127.0.0.1:9/wms', 'web map', 'wms')
    from resilience_planner.qgis_side.layers import raster_file
    with pytest.raises(QgsProcessingException, match='web map'):
        raster_file(wms)


def test_cancel_writes_nothing(plugin, depth_layer, tmp_path):
    feedback = RecordingFeedback()
    feedback.cancel()
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='[Cc]ancelled'):
        run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, feedback)
    assert not output.exists()


def test_output_loads_with_exposure_style(plugin, depth_layer, tmp_path):
    output = tmp_path / 'styled.gpkg'
    result = processing.runAndLoadResults('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': memory_layer([SQUARE_WKT]), 'HAZARDS': [depth_layer], 'THRESHOLDS': '21',
        'OUTPUT': str(output)})
    layers = [lyr for lyr in QgsProject.instance().mapLayers().values()
              if lyr.source().startswith(str(output)) or lyr.id() == result['OUTPUT']]
    assert layers, 'the output was not loaded'
    renderer = layers[0].renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    filters = [rule.filterExpression() for rule in renderer.rootRule().children()]
    assert all('any_exposed_share' in f for f in filters)
    assert any('IS NULL' in f for f in filters)
    QgsProject.instance().removeAllMapLayers()


def test_sample_city_end_to_end(plugin, sample_city, tmp_path):
    settlements = QgsVectorLayer(sample_city['vectors'] + '|layername=settlements', 'settlements', 'ogr')
    hazards = [QgsRasterLayer(sample_city['flood_depth'], 'flood depth'),
               QgsRasterLayer(sample_city['landslide_susceptibility'], 'landslide'),
               QgsRasterLayer(sample_city['heat_lst'], 'heat')]
    output = tmp_path / 'city.gpkg'
    result = run(plugin, settlements, hazards, output, THRESHOLDS='0.3,3,36',
                 POPULATION=QgsRasterLayer(sample_city['population'], 'population'), ID_FIELD='settlement_id')
    _, features = read(output)
    assert len(features) == 40
    flood = np.array([f['flood_depth_exposed_share'] for f in features], dtype=float)
    assert (flood > 0.3).sum() >= 5 and (flood == 0).sum() >= 15     # floodplain and dry ground
    assert 0 < result['EXPOSED_SETTLEMENTS'] <= 40
    assert result['EXPOSED_POPULATION'] > 0
    assert os.path.getsize(output) > 0


def test_hole_along_the_outer_edge_is_measured_as_drawn(plugin, depth_layer, tmp_path):
    # The square 0-40 minus a hole x 0-20, y 10-30 sharing the outer edge: 12 cells remain,
    # 0+1+2+3 + 30+31+32+33 + 12+13+22+23 = 202, mean 202/12; six of them are >= 21.
    c_shape = 'POLYGON((0 0,40 0,40 40,0 40,0 0),(0 10,20 10,20 30,0 30,0 10))'
    feedback = RecordingFeedback()
    output = tmp_path / 'c.gpkg'
    run(plugin, memory_layer([c_shape]), [depth_layer], output, feedback, THRESHOLDS='21')
    _, (feature,) = read(output)
    assert feature['flood_depth_mean'] == pytest.approx(202 / 12)
    assert feature['flood_depth_exposed_share'] == pytest.approx(0.5)
    assert any('as drawn' in w for w in feedback.warnings)


def test_cancel_after_the_analysis_keeps_the_existing_output(plugin, depth_layer, tmp_path):
    output = tmp_path / 'previous.gpkg'
    run(plugin, memory_layer([SQUARE_WKT, SQUARE_WKT, SQUARE_WKT]), [depth_layer], output, THRESHOLDS='21')

    class CancelLate(RecordingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if progress >= 90:
                self.cancel()

    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], output, CancelLate(), THRESHOLDS='21')
    layer, features = read(output)
    assert len(features) == 3


def test_unknown_population_is_null_in_the_outputs(plugin, depth_layer, tmp_path):
    feedback = RecordingFeedback()
    result = run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], tmp_path / 'o.gpkg', feedback, THRESHOLDS='21')
    assert result['EXPOSED_POPULATION'] is None
    assert any('unknown' in info for info in feedback.infos)


def test_raster_table_in_a_geopackage(plugin, tmp_path):
    import rasterio
    from rasterio.transform import from_origin
    path = str(tmp_path / 'hazards.gpkg')
    profile = dict(driver='GPKG', width=4, height=4, count=1, dtype='float32', crs='EPSG:32737',
                   transform=from_origin(0, 40, 10, 10))
    with rasterio.open(path, 'w', RASTER_TABLE='depth', **profile) as dataset:
        dataset.write(VALUES, 1)
    with rasterio.open(path, 'w', RASTER_TABLE='other', APPEND_SUBDATASET='YES', **profile) as dataset:
        dataset.write(VALUES + 100, 1)
    layer = QgsRasterLayer('GPKG:{0}:depth'.format(path), 'depth table')
    assert layer.isValid() and layer.crs().authid() == 'EPSG:32737'
    output = tmp_path / 'out.gpkg'
    run(plugin, memory_layer([SQUARE_WKT]), [layer], output, THRESHOLDS='21')
    _, (feature,) = read(output)
    assert feature['depth_table_mean'] == pytest.approx(21.0, abs=0.01)


def test_multiband_raster_says_which_band(plugin, tmp_path):
    import rasterio
    from rasterio.transform import from_origin
    path = str(tmp_path / 'two.tif')
    with rasterio.open(path, 'w', driver='GTiff', width=4, height=4, count=2, dtype='float32', crs='EPSG:32737',
                       transform=from_origin(0, 40, 10, 10)) as dataset:
        dataset.write(np.stack([VALUES, VALUES + 100]))
    feedback = RecordingFeedback()
    run(plugin, memory_layer([SQUARE_WKT]), [QgsRasterLayer(path, 'two')], tmp_path / 'o.gpkg', feedback)
    assert any('2 bands; band 1 is used' in w for w in feedback.warnings)


def test_runs_inside_a_processing_model(plugin, depth_layer, tmp_path):
    """What the Graphical Modeler builds: the algorithm as a child of a model."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterVectorLayer,
    )
    model = QgsProcessingModelAlgorithm('exposure model', 'tests')
    model.addModelParameter(QgsProcessingParameterVectorLayer('settlements', 'Settlements'),
                            QgsProcessingModelParameter('settlements'))
    model.addModelParameter(QgsProcessingParameterRasterLayer('flood', 'Flood'), QgsProcessingModelParameter('flood'))
    child = QgsProcessingModelChildAlgorithm('resilienceplanner:settlementexposure')
    child.setChildId('exposure')
    child.addParameterSources('SETTLEMENTS', [QgsProcessingModelChildParameterSource.fromModelParameter('settlements')])
    child.addParameterSources('HAZARDS', [QgsProcessingModelChildParameterSource.fromModelParameter('flood')])
    child.addParameterSources('THRESHOLDS', [QgsProcessingModelChildParameterSource.fromStaticValue('21')])
    output = QgsProcessingModelOutput('exposed', 'Exposed settlements')
    output.setChildOutputName('OUTPUT')
    output.setChildId('exposure')
    child.setModelOutputs({'exposed': output})
    model.addChildAlgorithm(child)
    path = str(tmp_path / 'model.gpkg')
    output_name = model_destinations(model)['Exposed settlements']
    result = processing.run(model, {'settlements': memory_layer([SQUARE_WKT]), 'flood': depth_layer,
                                    output_name: path})
    _, (feature,) = read(result[output_name])
    assert feature['flood_depth_exposed_share'] == pytest.approx(0.625)


def test_an_output_into_a_geopackage_with_other_layers_is_refused_and_the_file_kept(plugin, depth_layer, tmp_path):
    """Processing would replace the whole file: the user's other layers are never lost."""
    import sqlite3
    city = tmp_path / 'city.gpkg'
    processing.run('native:savefeatures', {'INPUT': memory_layer([SQUARE_WKT]), 'OUTPUT': str(city),
                                           'LAYER_NAME': 'roads'})
    before = city.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], city, THRESHOLDS='21')
    message = str(raised.value)
    assert 'The GeoPackage {0} already holds roads'.format(city) in message
    assert "ogr:dbname='{0}' table=\"settlement_exposure\" (geom)".format(city) in message
    assert city.read_bytes() == before
    # The form the message gives adds the result beside the other layer.
    run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], "ogr:dbname='{0}' table=\"exposure\" (geom)".format(city),
        THRESHOLDS='21')
    with sqlite3.connect(str(city)) as db:
        # ... with its style saved in the file's layer_styles (QGIS's table, not a layer).
        assert sorted(r[0] for r in db.execute('SELECT table_name FROM gpkg_contents')) == [
            'exposure', 'layer_styles', 'roads']
        assert db.execute('SELECT f_table_name FROM layer_styles').fetchall() == [('exposure',)]
    # A GeoPackage holding only the layer the run writes is the run's own earlier output: replaced as before.
    own = tmp_path / 'own.gpkg'
    run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], own, THRESHOLDS='21')
    run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], own, THRESHOLDS='21')


@pytest.mark.parametrize('where', ['missing', 'read-only'])
def test_an_output_folder_that_is_missing_or_read_only_stops_the_run_before_any_work(plugin, depth_layer, tmp_path,
                                                                                     where):
    import subprocess
    folder = tmp_path / 'out'
    if where == 'read-only':
        folder.mkdir()
        if os.geteuid() == 0:       # root writes through permission bits: a read-only mount, as on a share
            subprocess.run(['mount', '--bind', str(folder), str(folder)], check=True)
            subprocess.run(['mount', '-o', 'remount,ro,bind', str(folder)], check=True)
        else:
            folder.chmod(0o555)
    feedback = RecordingFeedback()
    try:
        with pytest.raises(QgsProcessingException) as raised:
            run(plugin, memory_layer([SQUARE_WKT]), [depth_layer], folder / 'exposure.gpkg', feedback=feedback,
                THRESHOLDS='21')
    finally:
        if where == 'read-only':
            if os.geteuid() == 0:
                subprocess.run(['umount', str(folder)], check=True)
            folder.chmod(0o755)
    words = 'does not exist' if where == 'missing' else 'cannot be written to'
    assert str(raised.value) == 'The folder for "Settlement exposure" {0}: {1}. {2}'.format(
        words, folder, 'Create it, or choose another place to save.' if where == 'missing'
        else 'Choose another place to save.')
    assert not any('Hazard' in info for info in feedback.infos)       # stopped before reading any hazard


def test_a_raster_without_a_crs_is_read_with_the_crs_assigned_in_qgis_and_otherwise_refused(plugin, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem
    path = write_raster(tmp_path / 'no_crs.tif', VALUES, crs=None, nodata=-9999)
    bare = QgsRasterLayer(path, 'no crs')
    if bare.crs().isValid():                # some QGIS builds give such a layer the project's CRS
        bare.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException) as raised:
        run(plugin, memory_layer([SQUARE_WKT]), [bare], tmp_path / 'a.gpkg', THRESHOLDS='21')
    assert 'Raster "no crs" has no CRS. Assign one' in str(raised.value)
    assert 'gdal_edit.py -a_srs EPSG:<code> "{0}"'.format(path) in str(raised.value)
    assigned = QgsRasterLayer(path, 'no crs')
    assigned.setCrs(QgsCoordinateReferenceSystem('EPSG:32737'))
    feedback = RecordingFeedback()
    run(plugin, memory_layer([SQUARE_WKT]), [assigned], tmp_path / 'b.gpkg', feedback=feedback, THRESHOLDS='21')
    assert any('has no CRS in its file; it is read with the CRS assigned in QGIS, EPSG:32737' in i
               for i in feedback.infos)
    _, (feature,) = read(tmp_path / 'b.gpkg')
    assert feature['no_crs_exposed_share'] == pytest.approx(0.625)    # as with the file's own CRS (above)


def test_messages_name_a_repaired_settlement_by_its_name_field_without_an_id_field(plugin, depth_layer, tmp_path):
    bowtie = 'POLYGON((5 5, 25 25, 25 5, 5 25, 5 5))'
    layer = memory_layer([bowtie, SQUARE_WKT], fields='field=nome:string&field=people:double',
                         values=[['Parque Vila Isabel', 10.0], ['Maré', 20.0]])
    feedback = RecordingFeedback()
    run(plugin, layer, [depth_layer], tmp_path / 'out.gpkg', feedback, THRESHOLDS='0')
    repaired = [w for w in feedback.warnings if 'Repaired 1 invalid' in w]
    assert len(repaired) == 1 and 'Parque Vila Isabel' in repaired[0] and '#' not in repaired[0]


@pytest.mark.parametrize('destination', ['memory', 'gpkg', 'table'])
def test_each_output_feature_keeps_its_own_geometry_and_attributes_in_every_kind_of_sink(
        plugin, depth_layer, tmp_path, destination):
    """The output features are the settlements read again and given the output's fields in place: each keeps
    its own geometry (byte for byte) and kept attributes, with its own figures after them, whether the sink
    is a memory layer, a new GeoPackage or a new table in an existing GeoPackage."""
    wkts = [SQUARE_WKT, 'POLYGON((100 100, 110 100, 110 110, 100 110, 100 100))',
            'MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)),((20 20, 40 20, 40 40, 20 40, 20 20)))',
            'POLYGON((0 20, 20 20, 20 40, 0 40, 0 20),(5 25, 10 25, 10 30, 5 30, 5 25))']
    settlements = memory_layer(wkts, values=[['a', 1.0], ['b', NULL], ['c', 3.5], ['d', 4.0]])
    if destination == 'memory':
        output = 'TEMPORARY_OUTPUT'
    elif destination == 'gpkg':
        output = str(tmp_path / 'out.gpkg')
    else:
        output = "ogr:dbname='{0}' table=\"exposure\" (geom)".format(tmp_path / 'other.gpkg')
    if destination == 'table':
        layer = QgsVectorLayer('Point?crs=EPSG:32737&field=x:int', 'other', 'memory')
        processing.run('native:savefeatures', {'INPUT': layer, 'OUTPUT': str(tmp_path / 'other.gpkg'),
                                               'LAYER_NAME': 'other'})
    result = run(plugin, settlements, [depth_layer], output, THRESHOLDS='21')
    out = result['OUTPUT'] if isinstance(result['OUTPUT'], QgsVectorLayer) else QgsVectorLayer(result['OUTPUT'],
                                                                                               'out', 'ogr')
    assert out.isValid()
    features = list(out.getFeatures())
    assert [f['name'] for f in features] == ['a', 'b', 'c', 'd']
    assert [f['people'] for f in features] == [1.0, NULL, 3.5, 4.0]
    drawn = [QgsGeometry.fromWkt(wkt) for wkt in wkts]
    for feature, geometry in zip(features, drawn):
        multi = QgsGeometry(geometry)
        multi.convertToMultiType()
        assert feature.geometry().asWkb() == multi.asWkb(), (feature.geometry().asWkt(), multi.asWkt())
    means = [f['flood_depth_mean'] for f in features]
    assert means[0] == pytest.approx(21.0) and means[1] == NULL
    # By hand (cell value 10 x row + column, 10 m cells from (0, 40)): the multipolygon covers cells 30, 2, 3,
    # 12 and 13 whole, so 12; the square with a 5 m hole covers 0, 1, 11 whole and three quarters of 10,
    # so (0 + 1 + 11 + 0.75 x 10) / 3.75 = 5.2.
    assert means[2] == pytest.approx(12.0) and means[3] == pytest.approx(5.2)
    assert [f['flood_depth_max'] for f in features] == [pytest.approx(32.0), NULL, 30.0, 11.0]
    assert [f['flood_depth_exposed_share'] for f in features] == [pytest.approx(0.625), NULL, 0.2, 0.0]


def test_an_undecidable_text_population_is_refused_naming_decimal_which_then_reads_it(plugin, depth_layer, tmp_path):
    """Populations kept as text in thousands with points ("12.500", "3.200", as a French office writes 12,500)
    cannot tell thousands from decimals: the run is refused, naming DECIMAL, and this algorithm has it: comma
    reads 12,500 people, point 12.5. By hand, the square is 0.625 exposed under the rule 21."""
    wkts = [SQUARE_WKT, 'POLYGON((25 5, 35 5, 35 15, 25 15, 25 5))']
    layer = memory_layer(wkts, fields='field=name:string&field=gente:string',
                         values=[['s0', '12.500'], ['s1', '3.200']])
    with pytest.raises(QgsProcessingException, match=r'Choose DECIMAL = point \(1,234\.5\) or comma \(1\.234,5\)'):
        run(plugin, layer, [depth_layer], tmp_path / 'auto.gpkg', THRESHOLDS='21', POPULATION_FIELD='gente')
    assert not (tmp_path / 'auto.gpkg').exists()
    run(plugin, layer, [depth_layer], tmp_path / 'comma.gpkg', THRESHOLDS='21', POPULATION_FIELD='gente', DECIMAL=2)
    run(plugin, layer, [depth_layer], tmp_path / 'point.gpkg', THRESHOLDS='21', POPULATION_FIELD='gente', DECIMAL=1)
    assert read(tmp_path / 'comma.gpkg')[1][0]['flood_depth_exposed_pop'] == pytest.approx(0.625 * 12500)
    assert read(tmp_path / 'point.gpkg')[1][0]['flood_depth_exposed_pop'] == pytest.approx(0.625 * 12.5)
