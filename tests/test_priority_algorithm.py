"""resilienceplanner:prioritymap through Processing, on the sample city and on bad input."""
import os

import numpy as np
import pytest
import rasterio
from qgis import processing
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from .conftest import RecordingFeedback, model_destinations

HAZARD_SETTINGS = ['flood depth', 'linear', 0, 1.5, '', 3,
                   'landslide susceptibility', 'classes', '', '', '1:0.1; 2:0.4; 3:0.8; 4:1', 1,
                   'heat lst', 'linear', 33, 40, '', 1]


@pytest.fixture(scope='module')
def city_layers(plugin, sample_city, tmp_path_factory):
    gpkg = sample_city['vectors']
    vulnerability = str(tmp_path_factory.mktemp('vulnerability') / 'vulnerability.gpkg')
    from resilience_planner import assets
    processing.run('resilienceplanner:vulnerabilityindex', {
        'SETTLEMENTS': gpkg + '|layername=settlements', 'PROFILES': gpkg + '|layername=settlement_profiles',
        'SETTLEMENT_KEY': 'settlement_id', 'PROFILE_KEY': 'settlement_id',
        'PRESET': os.path.join(assets.RESOURCES, 'indicator_presets', 'kyc_default.json'), 'OUTPUT': vulnerability})
    return {
        'gpkg': gpkg,
        'boundary': QgsVectorLayer(gpkg + '|layername=city_boundary', 'city boundary', 'ogr'),
        'settlements': QgsVectorLayer(vulnerability, 'settlements', 'ogr'),
        'clinics': QgsVectorLayer(gpkg + '|layername=health_facilities', 'health facilities', 'ogr'),
        'hazards': [QgsRasterLayer(sample_city['flood_depth'], 'flood depth'),
                    QgsRasterLayer(sample_city['landslide_susceptibility'], 'landslide susceptibility'),
                    QgsRasterLayer(sample_city['heat_lst'], 'heat lst')],
        'population': QgsRasterLayer(sample_city['population'], 'population'),
    }


def parameters(layers, out, **extra):
    params = {
        'BOUNDARY': layers['boundary'], 'CELL_SIZE': 50, 'HAZARDS': layers['hazards'],
        'HAZARD_SETTINGS': HAZARD_SETTINGS, 'POPULATION': layers['population'], 'POPULATION_WEIGHT': 2,
        'SETTLEMENTS': layers['settlements'], 'VULNERABILITY_FIELD': 'vulnerability',
        'FACILITIES': layers['clinics'], 'ACCESS_LOW': 250, 'ACCESS_HIGH': 2000,
        'SENSITIVITY_RUNS': 50,
        'PRIORITY': str(out / 'priority.tif'), 'CLASSES': str(out / 'classes.tif'),
        'ZONES': str(out / 'zones.gpkg'), 'RANKING': str(out / 'ranking.gpkg')}
    params.update(extra)
    return params


def ranking(path):
    layer = QgsVectorLayer(str(path), 'ranking', 'ogr')
    assert layer.isValid()
    return {f['settlement_id']: f for f in layer.getFeatures()}


def raster(path):
    with rasterio.open(str(path)) as dataset:
        return dataset.read(1), dataset


@pytest.fixture(scope='module')
def city_run(qgis_processing, city_layers, tmp_path_factory):
    out = tmp_path_factory.mktemp('priority')
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:prioritymap', parameters(city_layers, out), feedback=feedback)
    return result, out, feedback


def test_outputs_on_the_sample_city(city_run, sample_city):
    result, out, feedback = city_run
    priority, dataset = raster(out / 'priority.tif')
    valid = priority != dataset.nodata
    assert dataset.crs.to_epsg() == 32737 and dataset.res == (50.0, 50.0)
    assert 0 <= priority[valid].min() and priority[valid].max() <= 100
    assert (~valid).sum() > 0                      # outside the boundary polygon
    classes, _ = raster(out / 'classes.tif')
    assert np.array_equal(classes > 0, valid)
    shares = np.bincount(classes[valid], minlength=6)[1:] / valid.sum()
    assert np.allclose(shares, 0.2, atol=0.03)      # city-wide quintiles
    zones = QgsVectorLayer(str(out / 'zones.gpkg'), 'zones', 'ogr')
    assert zones.featureCount() > 0
    # The sample city's zones are small enough to be one polygon each, measured as labelled.
    assert all(f['part'] == f['parts'] == 1 for f in zones.getFeatures())
    assert all(f.geometry().area() / 1e4 == pytest.approx(f['area_ha'], abs=1e-4) for f in zones.getFeatures())
    assert sum(f['area_ha'] for f in zones.getFeatures()) / 100 == pytest.approx(result['HIGH_PRIORITY_AREA_KM2'])
    assert sum(f['population'] for f in zones.getFeatures()) == pytest.approx(result['HIGH_PRIORITY_POPULATION'],
                                                                              rel=1e-6)
    with rasterio.open(sample_city['population']) as source:
        people = source.read(1, masked=True).sum()
    assert result['POPULATION_TOTAL'] == pytest.approx(float(people), rel=0.02)
    assert any('flood depth [flood_depth]: linear, 0 at 0, 1 at 1.5; weight 0.333' in i for i in feedback.infos)


def test_ranking_explains_itself(city_run):
    import json
    result, out, _ = city_run
    rows = ranking(out / 'ranking.gpkg')
    assert len(rows) == 40 and result['SETTLEMENTS_RANKED'] == 40
    ranks = sorted(f['priority_rank'] for f in rows.values())
    assert ranks[0] == 1 and ranks[-1] <= 40
    keys = {'flood_depth', 'landslide_susceptibility', 'heat_lst', 'population', 'vulnerability', 'access'}
    for feature in rows.values():
        settings = json.loads(feature['priority_settings'])
        assert set(settings['keys']) == keys and sum(settings['weights']) == pytest.approx(1, abs=1e-5)
        means = [feature['s_' + key] for key in settings['keys']]
        assert all(0 <= m <= 1 for m in means)
        recomputed = 100 * sum(w * m for w, m in zip(settings['weights'], means))
        assert feature['priority_mean'] == pytest.approx(recomputed, abs=1e-3)
        assert feature['driver_1'] in keys and feature['driver_1_share'] >= feature['driver_2_share'] > 0
        shares = {k: w * m for k, w, m in zip(settings['keys'], settings['weights'], means)}
        assert feature['driver_1'] == max(shares, key=shares.get)
        assert feature['rank_p05'] <= feature['rank_p95'] and feature['rank_stable'] in (0, 1)
        assert 1 <= feature['priority_class'] <= 5
    by_rank = sorted(rows.values(), key=lambda f: f['priority_rank'])
    assert all(a['priority_mean'] >= b['priority_mean'] for a, b in zip(by_rank, by_rank[1:]))


def test_identical_inputs_give_identical_outputs(city_layers, city_run, tmp_path):
    _, first, _ = city_run
    processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path))
    for name in ('priority.tif', 'classes.tif'):
        assert np.array_equal(raster(first / name)[0], raster(tmp_path / name)[0])
    a, b = ranking(first / 'ranking.gpkg'), ranking(tmp_path / 'ranking.gpkg')
    fields = ['priority_mean', 'priority_rank', 'rank_p05', 'rank_p95', 'rank_stable', 'driver_1', 'driver_2']
    assert all([a[k][f] for f in fields] == [b[k][f] for f in fields] for k in a)


def test_zero_weight_removes_a_criterion(city_layers, tmp_path):
    (tmp_path / 'zero').mkdir()
    (tmp_path / 'none').mkdir()
    processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path / 'zero', ACCESS_WEIGHT=0,
                                                               SENSITIVITY_RUNS=0))
    processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path / 'none', FACILITIES=None,
                                                               SENSITIVITY_RUNS=0))
    assert np.allclose(raster(tmp_path / 'zero' / 'priority.tif')[0], raster(tmp_path / 'none' / 'priority.tif')[0],
                       atol=1e-4)
    zero, none = ranking(tmp_path / 'zero' / 'ranking.gpkg'), ranking(tmp_path / 'none' / 'ranking.gpkg')
    assert all(zero[k]['priority_rank'] == none[k]['priority_rank'] for k in zero)
    assert all(zero[k]['driver_1'] != 'access' for k in zero)


def test_raising_a_settlement_vulnerability_never_lowers_its_rank(city_layers, tmp_path):
    from qgis.core import QgsFeatureRequest
    base = ranking(_run_small(city_layers, tmp_path / 'base', city_layers['settlements']))
    for settlement_id in ('S01', 'S10', 'S20', 'S30', 'S40'):
        copy = city_layers['settlements'].materialize(QgsFeatureRequest())
        index = copy.fields().indexOf('vulnerability')
        copy.startEditing()
        for feature in copy.getFeatures():
            if feature['settlement_id'] == settlement_id:
                copy.changeAttributeValue(feature.id(), index, min(1.0, (feature['vulnerability'] or 0) + 0.3))
        assert copy.commitChanges()
        raised = ranking(_run_small(city_layers, tmp_path / settlement_id, copy))
        assert raised[settlement_id]['priority_rank'] <= base[settlement_id]['priority_rank']
        assert raised[settlement_id]['priority_mean'] > base[settlement_id]['priority_mean']


def _run_small(layers, out, settlements):
    out.mkdir()
    processing.run('resilienceplanner:prioritymap', parameters(layers, out, SETTLEMENTS=settlements, CELL_SIZE=100,
                                                               SENSITIVITY_RUNS=0))
    return out / 'ranking.gpkg'


def test_swapping_an_input_crs_changes_only_resampling_noise(city_layers, sample_city, tmp_path):
    """Settlements in UTM instead of WGS 84, and the flood raster warped to WGS 84 and back."""
    from osgeo import gdal
    from qgis.core import QgsCoordinateReferenceSystem
    utm = QgsCoordinateReferenceSystem('EPSG:32737')
    settlements = processing.run('native:reprojectlayer', {
        'INPUT': city_layers['settlements'], 'TARGET_CRS': utm, 'OUTPUT': 'memory:'})['OUTPUT']
    flood = str(tmp_path / 'flood_4326.tif')
    gdal.Warp(flood, sample_city['flood_depth'], dstSRS='EPSG:4326', resampleAlg='bilinear')
    hazards = [QgsRasterLayer(flood, 'flood depth')] + city_layers['hazards'][1:]
    base, swapped = tmp_path / 'base', tmp_path / 'swapped'
    base.mkdir()
    swapped.mkdir()
    processing.run('resilienceplanner:prioritymap', parameters(city_layers, base, SENSITIVITY_RUNS=0))
    processing.run('resilienceplanner:prioritymap', parameters(city_layers, swapped, SETTLEMENTS=settlements,
                                                               HAZARDS=hazards, SENSITIVITY_RUNS=0))
    a, dataset = raster(base / 'priority.tif')
    b, _ = raster(swapped / 'priority.tif')
    valid = (a != dataset.nodata) & (b != dataset.nodata)
    assert valid.sum() / (a != dataset.nodata).sum() > 0.99
    difference = np.abs(a[valid] - b[valid])
    assert np.median(difference) < 0.5 and np.percentile(difference, 99) < 8
    first, second = ranking(base / 'ranking.gpkg'), ranking(swapped / 'ranking.gpkg')
    means = np.array([[first[k]['priority_mean'], second[k]['priority_mean']] for k in first])
    assert np.max(np.abs(means[:, 0] - means[:, 1])) < 2.0
    ranks = np.array([[first[k]['priority_rank'], second[k]['priority_rank']] for k in first])
    assert np.corrcoef(ranks.T)[0, 1] > 0.98


@pytest.mark.parametrize('change, words', [
    (dict(HAZARD_SETTINGS=['rainfall', 'linear', 0, 1, '', 1]), 'names "rainfall", which is not one of the hazard'),
    (dict(HAZARD_SETTINGS=['flood depth', 'linear', 0, 1, '']), 'must have 6 columns'),
    (dict(HAZARD_SETTINGS=['1', 'classes', '', '', 'deep:1', 1]), 'cannot read class score "deep:1"'),
    (dict(HAZARD_SETTINGS=['1', 'linear', 1, 1, '', 1]), 'Low and High are equal'),
    (dict(HAZARD_SETTINGS=['1', 'linear', 0, 1, '', -2]), 'weight must be zero or more'),
    (dict(CRS='EPSG:4326'), 'is in degrees'),
    (dict(SETTLEMENTS=None), 'no settlements layer'),
    (dict(ACCESS_LOW=500, ACCESS_HIGH=200), 'must be larger than the no-deficit distance'),
    (dict(PRIORITY='/tmp/priority.png'), 'must be saved as a GeoTIFF'),
    (dict(CRS='EPSG:2263'), r'is in feet.*choose a projected CRS in metres'),
    (dict(POPULATION_HIGH=0), 'population high bound must be above 0'),
    (dict(VULNERABILITY_FIELD='nope'), 'Field "nope" is not in "settlements". Its numeric fields are: .*vulnerability'),
    (dict(RANKING='/nonexistent/folder/ranking.gpkg'), r'The folder for ".+" does not exist: /nonexistent/folder'),
    (dict(HAZARDS=[]), 'no hazard raster was chosen: choose the hazard layers or empty the table'),
    (dict(HAZARDS=[], HAZARD_SETTINGS=None, POPULATION=None, SETTLEMENTS=None, VULNERABILITY_FIELD=None,
          FACILITIES=None), 'No criterion'),
])
def test_bad_parameters_are_refused_with_a_clear_message(city_layers, tmp_path, change, words):
    with pytest.raises(QgsProcessingException, match=words):
        processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path, **change))
    assert not (tmp_path / 'priority.tif').exists()


def test_layers_that_do_not_overlap_or_have_no_crs_are_refused(city_layers, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem

    from .conftest import vector_layer, write_raster
    far = write_raster(tmp_path / 'far.tif', np.ones((4, 4), 'float32'),
                       transform=rasterio.transform.from_origin(2_000_000, 8_000_000, 10, 10))
    with pytest.raises(QgsProcessingException, match='"elsewhere" does not overlap the boundary'):
        processing.run('resilienceplanner:prioritymap', parameters(
            city_layers, tmp_path, HAZARDS=[QgsRasterLayer(far, 'elsewhere')], HAZARD_SETTINGS=None))
    empty = vector_layer('Polygon', [], name='empty boundary')
    with pytest.raises(QgsProcessingException, match='"empty boundary" has no features'):
        processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path, BOUNDARY=empty))
    nowhere = vector_layer('Polygon', ['POLYGON((0 0, 1 0, 1 1, 0 0))'], name='no crs')
    nowhere.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match='has no CRS'):
        processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path, BOUNDARY=nowhere))


def test_same_file_for_both_rasters_is_refused(city_layers, tmp_path):
    with pytest.raises(QgsProcessingException, match='PRIORITY and CLASSES are the same file'):
        processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path,
                                                                   CLASSES=str(tmp_path / 'priority.tif')))
    assert not (tmp_path / 'priority.tif').exists()


def test_a_failing_vector_output_keeps_the_rasters_the_user_had(city_layers, tmp_path):
    (tmp_path / 'priority.tif').write_bytes(b'last week')
    (tmp_path / 'ranking.gpkg').mkdir()          # a folder where the ranking file should go
    with pytest.raises(QgsProcessingException):
        processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path))
    assert (tmp_path / 'priority.tif').read_bytes() == b'last week'
    assert not [p for p in os.listdir(tmp_path) if 'partial' in p]


def test_cancel_keeps_the_outputs_the_user_already_had(city_layers, tmp_path):
    from qgis.core import QgsProcessingFeedback
    for name in ('priority.tif', 'classes.tif'):
        (tmp_path / name).write_bytes(b'last week')
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path), feedback=feedback)
    assert (tmp_path / 'priority.tif').read_bytes() == b'last week'
    assert (tmp_path / 'classes.tif').read_bytes() == b'last week'
    assert not [p for p in os.listdir(tmp_path) if 'partial' in p]


def test_rasters_load_with_a_legend_that_says_what_0_and_100_mean(city_run):
    from resilience_planner.qgis_side.styles import classes_renderer, priority_renderer
    _, out, _ = city_run
    layer = QgsRasterLayer(str(out / 'priority.tif'), 'priority')
    layer.setRenderer(priority_renderer(layer))
    legend = [label for label, _ in layer.renderer().legendSymbologyItems()]
    # The ramp spans the map's own priorities; the legend keeps what 0 and 100 mean.
    assert legend[0].endswith('lowest here (0 = no criterion scores)')
    assert legend[-1].endswith('highest here (100 = every criterion high)')
    classes = QgsRasterLayer(str(out / 'classes.tif'), 'classes')
    classes.setRenderer(classes_renderer(classes, [10, 20, 30, 40]))
    labels = [label for label, _ in classes.renderer().legendSymbologyItems()]
    assert labels[0] == '1 Very low (priority 0.0–10.0)' and labels[-1] == '5 Very high (priority 40.0–100.0)'


def test_outputs_are_styled_when_loaded_into_the_project(city_layers, tmp_path):
    from qgis.core import (
        QgsPalettedRasterRenderer,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsRuleBasedRenderer,
        QgsSingleBandPseudoColorRenderer,
    )
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.runAndLoadResults('resilienceplanner:prioritymap', parameters(city_layers, tmp_path),
                                          context=context, feedback=QgsProcessingFeedback())
    layers = {layer.source().split('|')[0]: layer for layer in QgsProject.instance().mapLayers().values()}
    try:
        assert isinstance(layers[result['PRIORITY']].renderer(), QgsSingleBandPseudoColorRenderer)
        assert isinstance(layers[result['CLASSES']].renderer(), QgsPalettedRasterRenderer)
        assert isinstance(layers[str(tmp_path / 'ranking.gpkg')].renderer(), QgsRuleBasedRenderer)
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_runs_in_a_model_after_the_vulnerability_index(plugin, city_layers, sample_city, tmp_path):
    """What the Graphical Modeler builds: vulnerability index -> priority map, the index's output
    feeding the priority map's settlements."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
    )

    from resilience_planner import assets
    model = QgsProcessingModelAlgorithm('priorities', 'tests')
    for name in ('settlements', 'profiles', 'boundary'):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name), QgsProcessingModelParameter(name))
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    from_model = QgsProcessingModelChildParameterSource.fromModelParameter
    index = QgsProcessingModelChildAlgorithm('resilienceplanner:vulnerabilityindex')
    index.setChildId('index')
    for name, source in (('SETTLEMENTS', from_model('settlements')), ('PROFILES', from_model('profiles')),
                         ('SETTLEMENT_KEY', static('settlement_id')), ('PROFILE_KEY', static('settlement_id')),
                         ('PRESET', static(os.path.join(assets.RESOURCES, 'indicator_presets', 'kyc_default.json'))),
                         ('OUTPUT', static('TEMPORARY_OUTPUT'))):
        index.addParameterSources(name, [source])
    model.addChildAlgorithm(index)
    priorities = QgsProcessingModelChildAlgorithm('resilienceplanner:prioritymap')
    priorities.setChildId('priorities')
    for name, source in (('BOUNDARY', from_model('boundary')), ('CELL_SIZE', static(100)),
                         ('HAZARDS', static([sample_city['flood_depth']])),
                         ('SETTLEMENTS', QgsProcessingModelChildParameterSource.fromChildOutput('index', 'OUTPUT')),
                         ('VULNERABILITY_FIELD', static('vulnerability')), ('SENSITIVITY_RUNS', static(20))):
        priorities.addParameterSources(name, [source])
    outputs = {}
    for name in ('PRIORITY', 'CLASSES', 'ZONES', 'RANKING'):
        output = QgsProcessingModelOutput(name.lower(), name)
        output.setChildOutputName(name)
        output.setChildId('priorities')
        outputs[name.lower()] = output
    priorities.setModelOutputs(outputs)
    model.addChildAlgorithm(priorities)
    gpkg = sample_city['vectors']
    names = model_destinations(model)
    assert sorted(names) == ['CLASSES', 'PRIORITY', 'RANKING', 'ZONES']
    result = processing.run(model, {
        'settlements': gpkg + '|layername=settlements', 'profiles': gpkg + '|layername=settlement_profiles',
        'boundary': gpkg + '|layername=city_boundary', names['PRIORITY']: str(tmp_path / 'p.tif'),
        names['CLASSES']: str(tmp_path / 'c.tif'), names['ZONES']: str(tmp_path / 'z.gpkg'),
        names['RANKING']: str(tmp_path / 'r.gpkg')})
    rows = ranking(result[names['RANKING']])
    assert len(rows) == 40 and all(f['priority_rank'] for f in rows.values())
    assert all(f['s_vulnerability'] == pytest.approx(f['vulnerability'], abs=1e-9) for f in rows.values()
               if f['vulnerability'] is not None)


def test_a_zone_too_large_to_hold_is_written_in_parts_that_dissolve_to_it(city_layers, tmp_path, monkeypatch):
    from resilience_planner.core import polygonize
    monkeypatch.setattr(polygonize, 'BAND_CELLS', 1)           # bands of one row of tiles (256 rows) ...
    monkeypatch.setattr(polygonize, 'HOLD_BYTES', 0)           # ... and nothing held across band edges
    result = processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path, CELL_SIZE=10,
                                                                        SENSITIVITY_RUNS=0))
    with rasterio.open(result['PRIORITY']) as dataset:
        assert dataset.height > 3 * 256                        # several bands
    zones = QgsVectorLayer(result['ZONES'], 'zones', 'ogr')
    by_zone = {}
    for feature in zones.getFeatures():
        by_zone.setdefault(feature['zone_id'], []).append(feature)
    assert max(len(parts) for parts in by_zone.values()) > 1
    for parts in by_zone.values():
        assert sorted(f['part'] for f in parts) == list(range(1, len(parts) + 1))
        assert {f['parts'] for f in parts} == {len(parts)}
        assert len({(f['area_ha'], f['population'], f['priority_mean']) for f in parts}) == 1   # the zone's figures
    dissolved = processing.run('native:dissolve', {'INPUT': zones, 'FIELD': ['zone_id'], 'OUTPUT': 'memory:'})['OUTPUT']
    assert dissolved.featureCount() == len(by_zone)
    for feature in dissolved.getFeatures():
        assert feature.geometry().area() / 1e4 == pytest.approx(feature['area_ha'], abs=1e-4)
    assert sum(f['area_ha'] for f in dissolved.getFeatures()) / 100 == pytest.approx(result['HIGH_PRIORITY_AREA_KM2'])


def test_zones_can_be_skipped(city_layers, tmp_path):
    result = processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path, ZONES=None,
                                                                        SENSITIVITY_RUNS=0))
    assert result['ZONES'] is None and (tmp_path / 'priority.tif').exists() and not (tmp_path / 'zones.gpkg').exists()
    assert result['HIGH_PRIORITY_AREA_KM2'] > 0


def test_the_sample_citys_forty_settlements_spread_over_all_five_classes(sample_priorities):
    """By default a settlement's class is its quintile among the settlements ranked: 8 per class of 40,
    so "high priority" (classes 4-5) is the top 40 %, not 36 of 40 as with city-wide cell breaks."""
    rows = ranking(sample_priorities['ranking'])
    by_class = {c: sorted(f['priority_rank'] for f in rows.values() if f['priority_class'] == c) for c in range(1, 6)}
    assert [len(by_class[c]) for c in range(1, 6)] == [8, 8, 8, 8, 8]
    assert by_class[5] == list(range(1, 9)) and max(by_class[4]) == 16


def test_settlement_classes_can_follow_the_maps_city_wide_breaks(city_layers, tmp_path):
    from resilience_planner.core.priority import classify
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:prioritymap', parameters(city_layers, tmp_path, CLASS_BASIS=1,
                                                                        SENSITIVITY_RUNS=0), feedback=feedback)
    line, = [i for i in feedback.infos if i.startswith('Class breaks (priority 0-100): ')]
    breaks = [float(b) for b in line.split(': ')[1].split(', ')]
    rows = list(ranking(result['RANKING']).values())
    means = np.array([f['priority_mean'] for f in rows], dtype=float)
    expected = classify(means, breaks)
    # Two-decimal breaks in the log: only settlements within 0.005 of a break could differ.
    near = np.min(np.abs(means[:, None] - np.array(breaks)[None, :]), axis=1) < 0.005
    assert all(f['priority_class'] == e for f, e, n in zip(rows, expected, near) if not n)
    assert sum(f['priority_class'] == 5 for f in rows) != 8      # not the quintiles of the default


def test_a_classed_hazard_without_settings_is_refused_and_unscored_classes_too(city_layers, tmp_path):
    from rasterio.transform import from_origin

    from tests.conftest import write_raster
    classes = np.tile(np.array([1, 2, 3, 4], dtype=np.uint8), (4, 1))        # four columns across the city
    extent = city_layers['hazards'][0].extent()
    path = write_raster(tmp_path / 'flood_classes.tif', classes, transform=from_origin(
        extent.xMinimum(), extent.yMaximum(), extent.width() / 4, extent.height() / 4),
        crs=city_layers['hazards'][0].crs().authid(), nodata=0)
    base = parameters(city_layers, tmp_path, HAZARDS=[path], HAZARD_SETTINGS=None, SENSITIVITY_RUNS=0)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run('resilienceplanner:prioritymap', base)
    message = str(raised.value)
    assert 'Hazard "flood_classes" is a classed raster (4 distinct integer values; classes 1, 2, 3, 4)' in message
    assert 'value function "classes"' in message and '"1:?; 2:?; 3:?; 4:?"' in message
    with pytest.raises(QgsProcessingException, match=r'give no score to the class\(es\) 4 found'):
        processing.run('resilienceplanner:prioritymap', dict(base, HAZARD_SETTINGS=['1', 'classes', '', '',
                                                                                   '1:1; 2:0.6; 3:0.3', 1]))
    processing.run('resilienceplanner:prioritymap', dict(base, HAZARD_SETTINGS=['1', 'classes', '', '',
                                                                               '1:1; 2:0.6; 3:0.3; other:0', 1]))


def test_class_scores_typed_with_decimal_commas_score_as_with_points(city_layers, tmp_path):
    """The landslide classes as a French office types them, "1:0,1; 2:0,4; 3:0,8; 4:1": the same map as with
    points, and the log says how the scores were read. Commas that both separate the classes and mark decimals
    are refused, as is a text that mixes the two marks, until DECIMAL chooses one."""
    def run(folder, classes, **extra):
        settings = list(HAZARD_SETTINGS)
        settings[10] = classes
        (tmp_path / folder).mkdir()
        feedback = RecordingFeedback()
        processing.run('resilienceplanner:prioritymap', parameters(
            city_layers, tmp_path / folder, HAZARD_SETTINGS=settings, CELL_SIZE=100, SENSITIVITY_RUNS=0, **extra),
            feedback=feedback)
        return raster(tmp_path / folder / 'priority.tif')[0], ranking(tmp_path / folder / 'ranking.gpkg'), feedback
    points, by_point, _ = run('point', '1:0.1; 2:0.4; 3:0.8; 4:1')
    commas, by_comma, feedback = run('comma', '1:0,1; 2:0,4; 3:0,8; 4:1')
    assert np.array_equal(points, commas)
    assert {k: f['priority_rank'] for k, f in by_point.items()} == {k: f['priority_rank'] for k, f in by_comma.items()}
    assert 'Criterion "landslide susceptibility": class scores read with decimal comma, thousands points (as in ' \
           '"0,1", "0,4", "0,8").' in feedback.infos
    with pytest.raises(QgsProcessingException, match='commas separate the classes, so "1" has no score'):
        run('both', '1:0,1, 2:0,4, 3:0,8, 4:1')
    with pytest.raises(QgsProcessingException, match=r'mixes decimal points \("0.1"\) and decimal commas'):
        run('mixed', '1:0.1; 2:0,4; 3:0,8; 4:1')
    with pytest.raises(QgsProcessingException, match='cannot read class score "1:0.1"'):
        run('chosen', '1:0.1; 2:0,4; 3:0,8; 4:1', DECIMAL=2)          # comma: "0.1" is no number


def _with_text_vulnerability(layer, text):
    """The settlements in memory with a text field "vuln_txt": ``text(value)`` of each one's vulnerability."""
    from qgis.core import QgsFeatureRequest, QgsField
    from qgis.PyQt.QtCore import QVariant
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName('settlements as text')
    copy.dataProvider().addAttributes([QgsField('vuln_txt', QVariant.String)])
    copy.updateFields()
    index = copy.fields().lookupField('vuln_txt')
    copy.dataProvider().changeAttributeValues({f.id(): {index: text(f['vulnerability'])} for f in copy.getFeatures()})
    return copy


def test_a_vulnerability_field_typed_as_text_with_decimal_commas_is_read_as_numbers(city_layers, tmp_path):
    """A vulnerability kept as text by a spreadsheet in a comma-decimal language ("0,7623"): the same map and
    ranking as from the numbers, the convention in the log. Before, the run stopped at the first cell
    ('holds "0,7623...", not a number'). Text that is no number stops the run, naming the layer, the field and
    the values; "n/a" is a missing value."""
    def run(folder, settlements, field):
        (tmp_path / folder).mkdir()
        feedback = RecordingFeedback()
        processing.run('resilienceplanner:prioritymap', parameters(
            city_layers, tmp_path / folder, SETTLEMENTS=settlements, VULNERABILITY_FIELD=field, CELL_SIZE=100,
            SENSITIVITY_RUNS=0), feedback=feedback)
        return raster(tmp_path / folder / 'priority.tif')[0], ranking(tmp_path / folder / 'ranking.gpkg'), feedback
    numbers, by_number, said = run('numbers', city_layers['settlements'], 'vulnerability')
    assert not [m for m in said.infos if m.startswith('Field "vulnerability"')]      # numbers need no convention
    commas = _with_text_vulnerability(city_layers['settlements'], lambda v: repr(v).replace('.', ','))
    text, by_text, feedback = run('text', commas, 'vuln_txt')
    assert np.array_equal(numbers, text)
    assert {k: f['priority_rank'] for k, f in by_number.items()} == {k: f['priority_rank'] for k, f in by_text.items()}
    assert any(m.startswith('Field "vuln_txt" in "settlements as text": decimal comma, thousands points (as in "0,')
               for m in feedback.infos), feedback.infos
    bad = _with_text_vulnerability(city_layers['settlements'], lambda v: 'about half' if v > 0.7 else 'n/a' if v > 0.5
                                   else repr(v).replace('.', ','))
    with pytest.raises(QgsProcessingException, match=r'Field "vuln_txt" of "settlements as text" has \d+ value\(s\) '
                                                     r'that are not numbers: "about half"\. Correct them'):
        run('bad', bad, 'vuln_txt')
    unknown = _with_text_vulnerability(city_layers['settlements'],
                                       lambda v: 'n/a' if v > 0.5 else repr(v).replace('.', ','))
    _, by_unknown, _ = run('unknown', unknown, 'vuln_txt')
    assert len(by_unknown) == len(by_number)


def test_secondary_parameters_are_under_advanced_and_the_inputs_criteria_and_outputs_are_not(plugin):
    """The form a GIS officer opens shows the layers, the criteria with their weights, the method and the outputs;
    the grid, the bounds of the secondary criteria, the exclusion, missing data, classes, the decimal mark of numbers
    written as text and sensitivity wait under "Advanced parameters"."""
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    from resilience_planner.qgis_side.compat import ADVANCED_PARAMETER
    algorithm = QgsApplication.processingRegistry().algorithmById('resilienceplanner:prioritymap')
    flagged = {p.name() for p in algorithm.parameterDefinitions() if p.flags() & ADVANCED_PARAMETER}
    assert flagged == {'CELL_SIZE', 'CRS', 'POPULATION_HIGH', 'BASE_VULNERABILITY', 'ACCESS_LOW', 'ACCESS_HIGH',
                       'EXCLUDE', 'MISSING', 'CLASSIFICATION', 'CLASS_BASIS', 'DECIMAL', 'SENSITIVITY_RUNS',
                       'SENSITIVITY_SPREAD'}
    main = {p.name() for p in algorithm.parameterDefinitions()} - flagged
    assert main == {'BOUNDARY', 'HAZARDS', 'HAZARD_SETTINGS', 'POPULATION', 'POPULATION_WEIGHT', 'SETTLEMENTS',
                    'VULNERABILITY_FIELD', 'VULNERABILITY_WEIGHT', 'FACILITIES', 'ACCESS_FIELD', 'ACCESS_WEIGHT',
                    'METHOD', 'PRIORITY', 'CLASSES', 'ZONES', 'RANKING'}
    # Every advanced parameter has a default or is optional, so the main form alone runs.
    for name in flagged:
        parameter = algorithm.parameterDefinition(name)
        optional = parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
        assert parameter.defaultValue() is not None or optional, name
