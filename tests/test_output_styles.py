"""Every output carries its style in its file (issue 16 item 6): opened from the file alone, as the Browser or a
file manager opens it, a layer has the plugin's renderer; a second run into the same GeoPackage is not refused;
the sample city loads styled into a group of its own."""
import os
import sqlite3

import numpy as np
import pytest
import rasterio
from qgis import processing
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from tests.conftest import RecordingFeedback, vector_layer, write_raster


def saved_styles(path):
    """(table, style name, default) rows of a GeoPackage's layer_styles table."""
    with sqlite3.connect(str(path)) as db:
        return db.execute('SELECT f_table_name, styleName, useAsDefault FROM layer_styles').fetchall()


def data_range(path):
    with rasterio.open(str(path)) as dataset:
        values = dataset.read(1, masked=True)
    return float(values.min()), float(values.max())


def rule_labels(layer):
    return [rule.label() for rule in layer.renderer().rootRule().children()]


def ramp_items(layer):
    return layer.renderer().shader().rasterShaderFunction().colorRampItemList()


def test_priority_outputs_open_styled_from_their_files(sample_priorities):
    priority = QgsRasterLayer(sample_priorities['priority'], 'priority')
    assert os.path.isfile(os.path.splitext(sample_priorities['priority'])[0] + '.qml')
    assert isinstance(priority.renderer(), QgsSingleBandPseudoColorRenderer)
    low, high = data_range(sample_priorities['priority'])
    assert 0 < low < high < 100                   # the sample city's priorities do not span 0-100 ...
    renderer = priority.renderer()                # ... and the ramp spans what is there, not 0-100
    assert renderer.classificationMin() == pytest.approx(low, abs=1e-3)
    assert renderer.classificationMax() == pytest.approx(high, abs=1e-3)
    items = ramp_items(priority)
    with rasterio.open(sample_priorities['priority']) as dataset:
        values = dataset.read(1, masked=True).compressed()
    # The colours at the lowest priority, at the priorities below which half, three quarters and nine tenths of
    # the cells lie (to the histogram's 0.01) and at the highest ...
    stops = [i.value for i in items]
    assert stops[0] == pytest.approx(low, abs=1e-3) and stops[-1] == pytest.approx(high, abs=1e-3)
    assert stops[1:4] == pytest.approx(np.percentile(values, [50, 75, 90]), abs=0.011)
    # ... so that the colours tell the cells apart, the darkest kept for the top tenth (over the fixed 0-100 ramp,
    # 75 % of the cells lay between its first two colours; over a plain min-max stretch, 90 % did).
    spans = np.bincount(np.clip(np.searchsorted(stops, values, side='right') - 1, 0, 3), minlength=4) / len(values)
    assert spans == pytest.approx([0.5, 0.25, 0.15, 0.1], abs=0.02), spans
    assert np.mean(values < 25) > 0.75 and np.mean(values < low + (high - low) / 4) > 0.85
    assert [i.label for i in items] == [
        '{0:.1f} – lowest here (0 = no criterion scores)'.format(low),
        '{0:.1f} (half of the cells below)'.format(stops[1]), '{0:.1f} (three quarters below)'.format(stops[2]),
        '{0:.1f} (nine tenths below)'.format(stops[3]),
        '{0:.1f} – highest here (100 = every criterion high)'.format(high)]
    # Built from the raster alone (as the report does), the same stops, to QGIS's histogram's 1/1000 of the range.
    from resilience_planner.qgis_side.styles import priority_renderer
    alone = priority_renderer(QgsRasterLayer(sample_priorities['priority'], 'again'))
    assert [i.value for i in alone.shader().rasterShaderFunction().colorRampItemList()] == pytest.approx(
        stops, abs=(high - low) / 1000 + 1e-3)

    classes = QgsRasterLayer(sample_priorities['classes'], 'classes')
    assert isinstance(classes.renderer(), QgsPalettedRasterRenderer)
    labels = [c.label for c in classes.renderer().classes()]
    assert len(labels) == 5 and labels[0].startswith('1 Very low (priority 0.0–') and \
        labels[-1].endswith('–100.0)')

    zones = QgsVectorLayer(sample_priorities['zones'], 'zones', 'ogr')
    assert isinstance(zones.renderer(), QgsRuleBasedRenderer)
    assert rule_labels(zones) == ['High priority (classes 4-5)']
    fill = zones.renderer().rootRule().children()[0].symbol().symbolLayer(0)
    assert 0 < fill.fillColor().alpha() < 128          # see-through, so the map under it stays readable
    assert fill.strokeColor().alpha() == 255 and fill.strokeWidth() >= 0.5

    ranking = QgsVectorLayer(sample_priorities['ranking'], 'ranking', 'ogr')
    assert isinstance(ranking.renderer(), QgsRuleBasedRenderer)
    assert rule_labels(ranking) == ['1 Very low', '2 Low', '3 Medium', '4 High', '5 Very high',
                                    'Not ranked (no data)']
    assert saved_styles(sample_priorities['ranking']) == [('ranking', 'Resilience Planner', 1)]


SQUARES = ['POLYGON((0 0, 20 0, 20 20, 0 20, 0 0))', 'POLYGON((20 20, 40 20, 40 40, 20 40, 20 20))']


def test_a_second_run_into_the_same_geopackage_is_not_refused(plugin, tmp_path):
    # 4 x 4 cells of 10 m over (0, 0)-(40, 40): the lower-left square's cells are 0, the upper-right's 5.
    depth = QgsRasterLayer(write_raster(tmp_path / 'depth.tif', np.array(
        [[0, 0, 5, 5], [0, 0, 5, 5], [0, 0, 0, 0], [0, 0, 0, 0]], 'float32'), nodata=-9999), 'depth')
    settlements = vector_layer('MultiPolygon', SQUARES, '&field=name:string', [['low'], ['high']])
    output = tmp_path / 'exposure.gpkg'
    for run in range(2):
        processing.run('resilienceplanner:settlementexposure', {
            'SETTLEMENTS': settlements, 'HAZARDS': [depth], 'THRESHOLDS': '1', 'OUTPUT': str(output)},
            feedback=RecordingFeedback())
        # One style, the layer's default, replaced by each run (the file is written anew).
        assert saved_styles(output) == [('exposure', 'Resilience Planner', 1)], run
    layer = QgsVectorLayer(str(output), 'from the Browser', 'ogr')
    assert {f['name']: f['any_exposed_share'] for f in layer.getFeatures()} == {'low': 0.0, 'high': 1.0}
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    labels = rule_labels(layer)
    assert labels[0] == '0 % of the area exposed to any hazard'
    assert labels[-2] == 'Over 50 % of the area exposed to any hazard' and labels[-1] == 'No hazard data'
    # The renderer draws each square in its class: the 0 % and the over-50 % symbols.
    rules = layer.renderer().rootRule().children()
    context = QgsExpressionContext()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        matching = [r.label() for r in rules if QgsExpression(r.filterExpression()).evaluate(context)]
        assert matching == [labels[0] if feature['name'] == 'low' else labels[-2]]


def test_an_output_beside_other_layers_is_still_refused(plugin, tmp_path):
    """layer_styles is not a layer, but a layer of the user's still is."""
    output = tmp_path / 'exposure.gpkg'
    settlements = vector_layer('MultiPolygon', SQUARES[:1], '&field=name:string', [['low']])
    depth = QgsRasterLayer(write_raster(tmp_path / 'depth.tif', np.zeros((4, 4), 'float32'), nodata=-9999), 'd')
    processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settlements, 'HAZARDS': [depth], 'THRESHOLDS': '1', 'OUTPUT': str(output)})
    from osgeo import ogr, osr
    dataset = ogr.Open(str(output), 1)                  # the user's own layer, added beside the output
    dataset.CreateLayer('wards', osr.SpatialReference(), ogr.wkbPolygon)
    dataset = None
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match='already holds wards'):
        processing.run('resilienceplanner:settlementexposure', {
            'SETTLEMENTS': settlements, 'HAZARDS': [depth], 'THRESHOLDS': '1', 'OUTPUT': str(output)})


def test_the_sample_city_loads_styled_into_a_group_of_its_own(plugin, tmp_path):
    from resilience_planner.qgis_side.styles import SAMPLE_CITY_LAYERS
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()
    project.layerTreeRoot().addGroup('my own work')
    context = QgsProcessingContext()
    context.setProject(project)
    folder = tmp_path / 'city'
    try:
        processing.runAndLoadResults('resilienceplanner:samplecity', {'SEED': 7, 'OUTPUT_FOLDER': str(folder)},
                                     context=context, feedback=QgsProcessingFeedback())
        root = project.layerTreeRoot()
        group = root.children()[0]
        assert group.name() == 'Sample city Mto Mkuu (seed 7)'
        assert root.children()[1].name() == 'my own work'          # the user's tree is left as it was
        assert [node.name() for node in group.children()] == [name for _, name, _, _ in SAMPLE_CITY_LAYERS]
        assert len(project.mapLayers()) == len(SAMPLE_CITY_LAYERS) == 13   # nothing loaded twice
        shown = {node.name(): node.itemVisibilityChecked() for node in group.children()}
        assert shown['Flood depth (m)'] and shown['Settlements'] and not shown['Land-surface temperature (°C)']
        loaded = {node.name(): node.layer() for node in group.children()}
        assert isinstance(loaded['Landslide susceptibility'].renderer(), QgsPalettedRasterRenderer)
        assert isinstance(loaded['Settlements'].renderer(), QgsSingleSymbolRenderer)
    finally:
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()

    # From the files alone, as the Browser opens them.
    flood = QgsRasterLayer(str(folder / 'flood_depth.tif'), 'flood')
    assert isinstance(flood.renderer(), QgsSingleBandPseudoColorRenderer)
    low, high = data_range(folder / 'flood_depth.tif')
    assert low == 0.0 and flood.renderer().classificationMax() == pytest.approx(high, abs=1e-4)
    items = ramp_items(flood)
    assert items[0].value == 0.0 and items[0].color.alpha() == 0        # dry cells see-through
    heat = QgsRasterLayer(str(folder / 'heat_lst.tif'), 'heat')
    assert (heat.renderer().classificationMin(), heat.renderer().classificationMax()) == \
        pytest.approx(data_range(folder / 'heat_lst.tif'), abs=1e-4)
    landslide = QgsRasterLayer(str(folder / 'landslide_susceptibility.tif'), 'landslide')
    assert [c.label for c in landslide.renderer().classes()] == ['1 Low', '2 Moderate', '3 High']
    gpkg = str(folder / 'sample_city.gpkg')
    roads = QgsVectorLayer(gpkg + '|layername=roads', 'roads', 'ogr')
    assert rule_labels(roads) == ['Primary road', 'Secondary road', 'Residential road', 'Other road']
    settlements = QgsVectorLayer(gpkg + '|layername=settlements', 'settlements', 'ogr')
    fill = settlements.renderer().symbol().symbolLayer(0)
    assert 0 < fill.fillColor().alpha() < 128
    tables = {row[0] for row in saved_styles(gpkg)}
    assert tables == {key for key, _, make, _ in SAMPLE_CITY_LAYERS if make() is not None and
                      not key.endswith(('depth', 'susceptibility', 'lst', 'population'))}


def test_a_shapefile_output_gets_its_style_beside_it_and_a_memory_output_nothing(plugin, tmp_path):
    depth = QgsRasterLayer(write_raster(tmp_path / 'depth.tif', np.zeros((4, 4), 'float32'), nodata=-9999), 'd')
    settlements = vector_layer('MultiPolygon', SQUARES, '&field=name:string', [['low'], ['high']])
    output = tmp_path / 'exposure.shp'
    processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settlements, 'HAZARDS': [depth], 'THRESHOLDS': '1', 'OUTPUT': str(output)})
    assert (tmp_path / 'exposure.qml').is_file()
    layer = QgsVectorLayer(str(output), 'exposure', 'ogr')
    assert rule_labels(layer)[0] == '0 % of the area exposed to any hazard'
    before = set(os.listdir(tmp_path))
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settlements, 'HAZARDS': [depth], 'THRESHOLDS': '1', 'OUTPUT': 'memory:'}, feedback=feedback)
    assert result['OUTPUT'] and set(os.listdir(tmp_path)) == before
    assert not [w for w in feedback.warnings if 'style' in w]


def test_a_new_register_opens_with_its_actions_by_status(plugin, tmp_path):
    path = tmp_path / 'actions.gpkg'
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(path), 'CRS': 'EPSG:32737'})
    layer = QgsVectorLayer(str(path) + '|layername=planned_actions', 'from the Browser', 'ogr')
    assert rule_labels(layer) == ['Action proposed', 'Action approved', 'Action in progress', 'Action done',
                                  'Action cancelled', 'Action without a status']
    # The form saved with it is still there (the value list of the status).
    assert layer.editorWidgetSetup(layer.fields().lookupField('status')).type() == 'ValueMap'


def shader_items(renderer):
    return [(item.value, item.label) for item in renderer.shader().rasterShaderFunction().colorRampItemList()]


def test_priority_stops_that_share_a_value_become_one_whose_label_says_so(plugin, tmp_path):
    """A product map with nine tenths of its cells at 0: the 50/75/90 % stops are all 0. The ramp fell back to
    evenly spread stops at 17.1, 34.2 and 51.4 while the legend still said '0.0 (half of the cells below)'."""
    from resilience_planner.qgis_side.styles import PRIORITY_STOPS, priority_renderer
    values = np.zeros((10, 10), 'float32')
    values[9] = np.linspace(5, 51.4, 10)
    layer = QgsRasterLayer(write_raster(tmp_path / 'p.tif', values, nodata=-9999), 'p')
    renderer = priority_renderer(layer, low=0.0, high=51.4, middle=[0.0, 0.0, 0.0])
    items = shader_items(renderer)
    assert [value for value, _ in items] == [0.0, pytest.approx(51.4)]
    assert items[0][1] == '0.0 – lowest here (0 = no criterion scores); nine tenths of the cells at or below'
    assert items[1][1] == '51.4 – highest here (100 = every criterion high)'
    colours = [item.color.name() for item in renderer.shader().rasterShaderFunction().colorRampItemList()]
    assert colours == [PRIORITY_STOPS[0], PRIORITY_STOPS[4]]
    # The top stops tied with the highest value: the highest's label, saying how many cells lie there.
    items = shader_items(priority_renderer(layer, low=0.0, high=30.0, middle=[10.0, 20.0, 30.0]))
    assert [value for value, _ in items] == [0.0, 10.0, 20.0, 30.0]
    assert items[-1][1] == '30.0 – highest here (100 = every criterion high); nine tenths of the cells at or below'
    # Without ties every stop keeps its own label.
    items = shader_items(priority_renderer(layer, low=0.0, high=40.0, middle=[10.0, 20.0, 30.0]))
    assert [label for _, label in items][1:4] == ['10.0 (half of the cells below)', '20.0 (three quarters below)',
                                                  '30.0 (nine tenths below)']
