"""The Priority explorer dock, driven as a planner would with pytest-qt: on four settlements worked by
hand, on the sample city's real ranking, and in a main window the size of a laptop."""
import json

import numpy as np
import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from resilience_planner.core.indicators import competition_rank
from tests.conftest import vector_layer
from tests.fit import dock_problems, laptop_main_window

# Four settlements (the engine's hand-worked case, tests/core/test_ranking.py): flood, people,
# vulnerability with weights 2 : 1 : 1, weighted sum, missing reweighted. Priorities 55, 50, 35, 60.
FOUR = [('Kanyama', 'K1', 0.8, 0.4, 0.2), ('Bauleni', 'B2', 0.2, 1.0, 0.6), ('Chibolya', 'C3', 0.0, 0.4, 1.0),
        ('Misisi', 'M4', None, 0.8, 0.4)]
SETTINGS = json.dumps({'method': 'sum', 'missing': 'reweight', 'keys': ['flood_depth', 'population', 'vulnerability'],
                       'weights': [0.5, 0.25, 0.25], 'runs': 0, 'spread': 0.2})
CRITERIA = json.dumps([['flood_depth', 'hazard', 'Flood depth (m)'], ['population', 'population', 'worldpop'],
                       ['vulnerability', 'vulnerability', 'vulnerability']])
FUNCTIONS = ('flood_depth: linear, 0 at 0, 1 at 1.5; population: linear, 0 at 0, 1 at 120; '
             'vulnerability: linear, 0 at 0, 1 at 1')


@pytest.fixture
def four(plugin, qgis_iface, qtbot):
    squares = ['POLYGON(({0} 0, {1} 0, {1} 100, {0} 100, {0} 0))'.format(500000 + 1000 * i, 500100 + 1000 * i)
               for i in range(4)]
    layer = vector_layer(
        'Polygon', squares, '&field=nombre:string&field=settlement_id:string&field=s_flood_depth:double'
        '&field=s_population:double&field=s_vulnerability:double&field=rank_stable:integer'
        '&field=priority_settings:string&field=priority_functions:string&field=priority_criteria:string',
        [[n, k, f, p, v, i % 2, SETTINGS, FUNCTIONS, CRITERIA] for i, (n, k, f, p, v) in enumerate(FOUR)],
        name='ranking')
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())
    dock = plugin.open_priority_explorer(layer)
    yield dock, layer
    QgsProject.instance().removeAllMapLayers()


def shown(dock, column):
    model = dock.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_four_settlements_ranked_by_hand_with_names_and_labels(four):
    dock, _ = four
    assert dock.criterion_labels == ['Flood depth (m)', 'People', 'Vulnerability']
    assert shown(dock, dock.NAME) == ['Misisi', 'Kanyama', 'Bauleni', 'Chibolya']
    assert shown(dock, dock.RANK) == ['1', '2', '3', '4']
    assert shown(dock, dock.PRIORITY) == ['60.0', '55.0', '50.0', '35.0']
    # Misisi: people 0.20 of 0.30; Kanyama: flood 0.40 of 0.55; Bauleni: people 0.25 of 0.50;
    # Chibolya: vulnerability 0.25 of 0.35.
    assert shown(dock, dock.DRIVER) == ['67% People', '73% Flood depth (m)', '50% People', '71% Vulnerability']
    assert shown(dock, dock.STABLE) == ['yes', 'no', 'yes', 'no']     # rank_stable 1, 0, 1, 0
    dock.set_compact(False)                    # as wide as 370 px or more: every column shown
    assert dock.model.data(dock.model.index(2, dock.NAME), Qt.ItemDataRole.ToolTipRole) == \
        'Bauleni: 50% People, 30% Vulnerability'
    dock.set_compact(True)                     # narrower: the Stable column hidden, the tooltip says it
    assert dock.table.isColumnHidden(dock.STABLE)
    assert dock.model.data(dock.model.index(2, dock.NAME), Qt.ItemDataRole.ToolTipRole) == \
        'Bauleni: 50% People, 30% Vulnerability; rank stable: yes'
    assert [label.text() for _, label in dock.sliders] == ['50 %', '25 %', '25 %']
    assert [slider.value() for slider, _ in dock.sliders] == [500, 250, 250]
    alignment = dock.model.data(dock.model.index(0, dock.PRIORITY), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & 0x0002                   # Qt::AlignRight


def test_a_slider_reads_its_share_and_the_others_make_room(four, qtbot):
    dock, _ = four
    slider = dock.sliders[1][0]
    slider.setValue(500)                       # people to half the weight, as a drag would end
    # Flood and vulnerability keep their 2 : 1 ratio in the other half.
    assert dock.weights() == pytest.approx([1 / 3, 1 / 2, 1 / 6])
    assert [label.text() for _, label in dock.sliders] == ['33 %', '50 %', '17 %']
    assert [s.value() for s, _ in dock.sliders] == [333, 500, 167]
    # Scores 100/3 * 0.8 + ... worked in tests/core/test_ranking.py: Misisi 70, Bauleni 66.7, Kanyama 50.
    assert shown(dock, dock.NAME) == ['Misisi', 'Bauleni', 'Kanyama', 'Chibolya']
    assert shown(dock, dock.PRIORITY) == ['70.0', '66.7', '50.0', '36.7']
    # Full travel is the whole weight: 100 %, the others 0 %.
    slider.setValue(slider.maximum())
    assert [label.text() for _, label in dock.sliders] == ['0 %', '100 %', '0 %']
    assert [s.value() for s, _ in dock.sliders] == [0, 1000, 0]
    dock.reset_weights()
    assert [label.text() for _, label in dock.sliders] == ['50 %', '25 %', '25 %']
    assert shown(dock, dock.PRIORITY) == ['60.0', '55.0', '50.0', '35.0']


def test_selection_survives_a_re_rank_and_zoom_keeps_the_surroundings(four, qtbot, qgis_iface):
    dock, layer = four
    canvas = qgis_iface.mapCanvas()
    canvas.resize(600, 400)
    row = 1                                   # Kanyama
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dock.table.visualRect(dock.model.index(row, dock.NAME)).center())
    fid = dock.selected_fid()
    assert dock.names[dock.fids.index(fid)] == 'Kanyama' and layer.selectedFeatureIds() == [fid]
    box = layer.getFeature(fid).geometry().boundingBox()
    extent = canvas.extent()
    assert extent.contains(box)
    # A 100 m square: shown with its surroundings, at 1:5,000 or wider, not filling the view.
    assert canvas.scale() >= 5000 * 0.999
    assert min(extent.width(), extent.height()) >= 3 * box.width()
    assert dock.chart_title.text().startswith('Kanyama') and [b[0] for b in dock.chart.bars] == dock.criterion_labels
    dock.set_weight('vulnerability', 1.0)      # Chibolya first, Kanyama last: still selected, map not moved
    assert dock.selected_fid() == fid and dock.row_of(fid) == 3
    assert canvas.extent() == extent
    dock.chart.grab()


def test_save_weights_writes_what_the_batch_and_model_read(four, tmp_path):
    dock, _ = four
    dock.set_weight('flood_depth', 0.6)          # 0.6, 0.2, 0.2
    city = tmp_path / 'city.json'
    city.write_text(json.dumps({'name': 'Lusaka', 'thresholds': '0.3'}))
    assert dock.save_weights(str(city))
    saved = json.loads(city.read_text())
    assert saved['name'] == 'Lusaka' and saved['thresholds'] == '0.3'          # kept
    assert saved['hazard_settings'] == ['Flood depth (m)', 'linear', '0', '1.5', '', 0.6]
    assert saved['population_weight'] == pytest.approx(0.2) and saved['vulnerability_weight'] == pytest.approx(0.2)
    assert 'access_weight' not in saved                                         # the run had no access
    assert 'city.json' in dock.status.text()
    # The priority map reads the row as the run's scoring with the new weight.
    from qgis.core import QgsProcessingContext

    from resilience_planner.algorithms.priority_map import PriorityMapAlgorithm
    algorithm = PriorityMapAlgorithm()
    algorithm.initAlgorithm()
    raster = QgsRasterLayer(str(tmp_path / 'none.tif'), 'Flood depth (m)', 'gdal')
    function, weight = algorithm._hazard_settings({'HAZARD_SETTINGS': saved['hazard_settings']},
                                                  QgsProcessingContext(), [raster])[0]
    assert (function.kind, function.low, function.high, weight) == ('linear', 0.0, 1.5, 0.6)
    not_json = tmp_path / 'notes.json'
    not_json.write_text('my notes')
    assert not dock.save_weights(str(not_json)) and not_json.read_text() == 'my notes'
    assert 'not JSON' in dock.status.text()


def test_apply_opens_the_priority_map_with_the_weights_shown(four, qgis_iface, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel
    dock, _ = four
    # pytest-qgis's interface has no browser model; Processing's dialog asks it for one.
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: browser, raising=False)
    dock.set_weight('population', 0.5)
    parameters = dock.apply_parameters()
    third = pytest.approx(1 / 3, abs=1e-6)
    assert parameters['HAZARD_SETTINGS'] == ['Flood depth (m)', 'linear', '0', '1.5', '', third]
    assert parameters['POPULATION_WEIGHT'] == pytest.approx(0.5)
    assert parameters['VULNERABILITY_WEIGHT'] == pytest.approx(1 / 6, abs=1e-6)
    assert parameters['VULNERABILITY_FIELD'] == 'vulnerability'
    dialog = dock.apply_to_map()
    try:
        assert dialog is not None and dialog.isVisible()
        assert dialog.algorithm().id() == 'resilienceplanner:prioritymap'
        text = dock.status.text()
        assert 'the weights, the hazard scoring of the run, its method and missing-data rule, the vulnerability ' \
               'field filled in. Choose the settlements the ranking was made from' in text
        # This ranking was written before the cell size was recorded: the dock says so, it does not guess.
        assert 'The ranking does not record the cell size: set it as in the first run' in text
        assert parameters['METHOD'] == 0 and parameters['MISSING'] == 0 and 'CELL_SIZE' not in parameters
        assert parameters['POPULATION_HIGH'] == 120.0
    finally:
        dialog.close()


def test_missing_nodata_lists_the_unranked_once_their_missing_criterion_weighs_nothing(plugin, qgis_iface):
    # As the priority map writes it with missing = nodata: Misisi (no flood) has no rank, no settings, but its
    # other means. Flood 0.5: three ranked, 55 / 50 / 35. Flood 0: people and vulnerability half each,
    # Kanyama 0.2 + 0.1 = 30, Bauleni 0.5 + 0.3 = 80, Chibolya 0.2 + 0.5 = 70, Misisi 0.4 + 0.2 = 60.
    settings = SETTINGS.replace('"reweight"', '"nodata"')
    squares = ['POLYGON(({0} 0, {1} 0, {1} 100, {0} 100, {0} 0))'.format(500000 + 1000 * i, 500100 + 1000 * i)
               for i in range(4)]
    layer = vector_layer(
        'Polygon', squares, '&field=nombre:string&field=s_flood_depth:double&field=s_population:double'
        '&field=s_vulnerability:double&field=priority_settings:string&field=priority_functions:string'
        '&field=priority_criteria:string',
        [[n, f, p, v] + ([None] * 3 if f is None else [settings, FUNCTIONS, CRITERIA]) for n, _, f, p, v in FOUR],
        name='ranking')
    QgsProject.instance().addMapLayer(layer)
    try:
        dock = plugin.open_priority_explorer(layer)
        assert dock.missing == 'nodata' and len(dock.fids) == 4
        assert shown(dock, dock.NAME) == ['Kanyama', 'Bauleni', 'Chibolya']
        assert shown(dock, dock.PRIORITY) == ['55.0', '50.0', '35.0']
        dock.set_weight('flood_depth', 0.0)
        assert shown(dock, dock.NAME) == ['Bauleni', 'Chibolya', 'Misisi', 'Kanyama']
        assert shown(dock, dock.PRIORITY) == ['80.0', '70.0', '60.0', '30.0']
    finally:
        QgsProject.instance().removeAllMapLayers()


# ---------------------------------------------------------------------------- the sample city


@pytest.fixture(scope='module')
def ranking_layer(sample_priorities):
    return sample_priorities['ranking']


@pytest.fixture
def explorer(plugin, qgis_iface, qtbot, ranking_layer, sample_city):
    layer = QgsVectorLayer(ranking_layer, 'priority ranking', 'ogr')
    QgsProject.instance().addMapLayer(layer)
    for name in ('flood_depth', 'heat_lst', 'population'):
        QgsProject.instance().addMapLayer(QgsRasterLayer(sample_city[name], name, 'gdal'))
    QgsProject.instance().addMapLayer(QgsVectorLayer(sample_city['vectors'] + '|layername=health_facilities',
                                                     'health_facilities', 'ogr'))
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())
    dock = plugin.open_priority_explorer(layer)
    yield dock, layer
    QgsProject.instance().removeAllMapLayers()


def test_the_sample_city_lists_names_and_criterion_labels(explorer):
    dock, layer = explorer
    assert dock.model.rowCount() == 40
    # The priority map recorded what each criterion was (names.CRITERIA_FIELD); the labels come from it.
    recorded = json.loads(next(layer.getFeatures())['priority_criteria'])
    assert recorded == [['flood_depth', 'hazard', 'flood_depth'], ['heat_lst', 'hazard', 'heat_lst'],
                        ['population', 'population', 'population'], ['access', 'access', 'health_facilities']]
    # File-like layer names read as words (names.readable); a name someone wrote is kept as written.
    assert dock.criterion_labels == ['Flood depth', 'Heat lst', 'People', 'Access to health facilities']
    by_rank = sorted(layer.getFeatures(), key=lambda f: (f['priority_rank'], f.id()))
    assert shown(dock, dock.NAME)[:5] == [f['name'] for f in by_rank[:5]]
    assert [int(r) for r in shown(dock, dock.RANK)] == [f['priority_rank'] for f in by_rank]
    first = by_rank[0]
    share, label = shown(dock, dock.DRIVER)[0].split(' ', 1)
    assert label == dock.criterion_labels[dock.keys.index(first['driver_1'])]
    assert abs(float(share.rstrip('%')) - 100 * first['driver_1_share']) <= 1
    assert float(shown(dock, dock.PRIORITY)[0]) == pytest.approx(first['priority_mean'], abs=0.05)
    # The run's hazards and population are layers of the project: Apply fills them in.
    parameters = dock.apply_parameters()
    names = [QgsProject.instance().mapLayer(i).name() for i in parameters['HAZARDS']]
    assert names == ['flood_depth', 'heat_lst']
    assert QgsProject.instance().mapLayer(parameters['POPULATION']).name() == 'population'
    assert QgsProject.instance().mapLayer(parameters['FACILITIES']).name() == 'health_facilities'


def test_weights_rerank_live_from_the_cached_criteria(explorer, monkeypatch):
    dock, layer = explorer
    from resilience_planner.core import priority
    monkeypatch.setattr(priority, 'priority_map', lambda *a, **k: pytest.fail('the overlay was recomputed'))
    dock.set_weight('population', 1.0)
    population = {f.id(): f['s_population'] for f in layer.getFeatures()}
    expected = competition_rank(np.array([population[fid] for fid in dock.fids]))
    assert np.array_equal(dock.ranks, expected)
    values = [population[fid] for fid in dock.ranked_fids()]
    assert values == sorted(values, reverse=True)
    assert shown(dock, dock.DRIVER)[0] == '100% People'
    dock.reset_weights()
    saved = {f.id(): f['priority_rank'] for f in layer.getFeatures()}
    assert all(dock.ranks[i] == saved[fid] for i, fid in enumerate(dock.fids))


def test_a_layer_that_is_not_a_ranking_is_explained(plugin, qgis_iface, sample_city):
    layer = QgsVectorLayer(sample_city['vectors'] + '|layername=settlements', 'settlements', 'ogr')
    dock = plugin.open_priority_explorer()
    assert dock.set_layer(layer) is False
    assert 'is not a priority ranking' in dock.status.text() and dock.model.rowCount() == 0
    assert not dock.apply_button.isEnabled() and not dock.save_button.isEnabled()


def test_menu_and_toolbar_open_the_explorer(plugin, qgis_iface):
    actions = {a.objectName(): a for a in plugin.actions}
    assert 'resilienceplanner_priorityexplorer' in actions and 'resilienceplanner_prioritymap' in actions
    actions['resilienceplanner_priorityexplorer'].trigger()
    assert not plugin.priority_explorer.isHidden()
    assert actions['resilienceplanner_priorityexplorer'] in plugin.toolbar.actions()


# ---------------------------------------------------------------------------- a laptop


@pytest.fixture
def laptop(qgis_iface, qtbot):
    """The laptop main window (tests/fit.py) with a map beside the docks: pytest-qgis's window has no central
    widget, which lets a dock take the whole width (undone afterwards). fit.py keeps its frame on the screen."""
    from qgis.PyQt.QtWidgets import QWidget
    window = laptop_main_window(qgis_iface, qtbot)
    placeholder = None
    if window.centralWidget() is None:
        placeholder = QWidget()
        placeholder.setMinimumWidth(400)
        window.setCentralWidget(placeholder)
    yield window
    if placeholder is not None:
        window.takeCentralWidget()
        placeholder.deleteLater()


def test_fits_beside_the_map_with_every_column_in_view(laptop, qtbot, explorer):
    window = laptop
    dock, _ = explorer
    dock.setFloating(False)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(50)
    assert dock_problems(dock, window) == []
    assert dock.width() <= 430
    table = dock.table
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    for column in (dock.RANK, dock.NAME, dock.PRIORITY, dock.DRIVER, dock.STABLE):
        # Every column lies inside the view: no sideways scrolling, the Driver and Stable columns shown.
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport + 1, column
        assert header.sectionSize(column) >= 24
    assert not table.horizontalScrollBar().isVisible()
    assert dock.note.isVisible() and 're-rank this list only' in dock.note.text()


def test_readable_at_the_default_dock_width(laptop, qtbot, explorer, qgis_iface, monkeypatch):
    """QGIS's default dock width (about 285 px): rank, name and priority only, each header whole and the names
    whole; the drivers and stability in the tooltip and the chart's title; the long message after Apply
    to the map scrolls in its few lines and leaves the list its height."""
    from qgis.gui import QgsBrowserGuiModel

    from resilience_planner.gui.priority_explorer import COMPACT_WIDTH, STATUS_LINES
    window = laptop
    dock, _ = explorer
    dock.setFloating(False)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [285], Qt.Orientation.Horizontal)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(50)
    assert dock.width() <= 300 and dock.table.width() < COMPACT_WIDTH
    assert dock_problems(dock, window) == []
    table, header = dock.table, dock.table.horizontalHeader()
    assert table.isColumnHidden(dock.DRIVER) and table.isColumnHidden(dock.STABLE)
    bold, metrics, viewport = header.fontMetrics(), table.fontMetrics(), table.viewport().width()
    for column in (dock.RANK, dock.NAME, dock.PRIORITY):
        text = dock.model.headers[column]
        assert header.sectionSize(column) >= bold.horizontalAdvance(text) + 6, text    # the header whole
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport + 1, text
    names = [dock.model.data(dock.model.index(row, dock.NAME)) for row in range(dock.model.rowCount())]
    assert max(metrics.horizontalAdvance(name) for name in names) + 8 <= header.sectionSize(dock.NAME)
    assert not table.horizontalScrollBar().isVisible()
    # What the hidden columns said: in every row's tooltip, and under the list for the selected one.
    tip = dock.model.data(dock.model.index(0, dock.NAME), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(names[0] + ': ') and '%' in tip and 'rank stable: ' in tip
    dock.select_fid(dock.model.data(dock.model.index(0, 0), dock.model.FID_ROLE), zoom=False)
    assert dock.chart_title.text().startswith(tip + '. Priority ')
    # The message after Apply to the map: at most STATUS_LINES lines, and the list keeps the rest of its height.
    qtbot.wait(50)
    rows_before = table.viewport().height()
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: browser, raising=False)
    dialog = dock.apply_to_map()
    try:
        qtbot.wait(50)
        assert len(dock.status.text()) > 300                     # the long one
        line = dock.fontMetrics().lineSpacing()
        assert dock.status_area.height() <= STATUS_LINES * line + 4
        assert dock.status_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
        assert table.viewport().height() >= rows_before - (STATUS_LINES - 1) * line - 4
        assert dock_problems(dock, window) == []
    finally:
        dialog.close()
    # Wide again (420 px): every column back.
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    assert not table.isColumnHidden(dock.DRIVER) and not table.isColumnHidden(dock.STABLE)
    assert 'rank stable' not in dock.chart_title.text()
    # A short message takes its one line, no more.
    dock.status.setText('40 settlements, weighted sum.')
    assert dock.status_area.height() <= dock.fontMetrics().lineSpacing() + 4


def test_apply_runs_the_priority_map_in_the_background_and_shows_its_ranking(explorer, sample_city, qgis_iface,
                                                                             qtbot, monkeypatch, tmp_path):
    from qgis.gui import QgsBrowserGuiModel
    dock, layer = explorer
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: browser, raising=False)
    dock.set_weight('population', 0.7)
    shares = list(dock.weights())
    dialog = dock.apply_to_map()
    assert 'Choose the city boundary' in dock.status.text()
    # What the planner then chooses in the dialog: the boundary, the settlements, the outputs.
    gpkg = sample_city['vectors']
    chosen = dict(dock.apply_parameters(), BOUNDARY=gpkg + '|layername=city_boundary', CELL_SIZE=100,
                  SETTLEMENTS=gpkg + '|layername=settlements', SENSITIVITY_RUNS=0,
                  PRIORITY=str(tmp_path / 'p.tif'), CLASSES=str(tmp_path / 'c.tif'), ZONES=None,
                  RANKING=str(tmp_path / 'ranking.gpkg'))
    dialog.setParameters(chosen)
    with qtbot.waitSignal(dialog.algorithmFinished, timeout=120000) as finished:
        dialog.runButton().click()
    successful, results = finished.args
    try:
        assert successful, results
        qtbot.waitUntil(lambda: dock.layer is not None and dock.layer.source().startswith(str(tmp_path)),
                        timeout=10000)
        # The new ranking was made with the weights shown: its saved weights are the sliders' shares.
        assert list(dock.base_weights) == pytest.approx(shares, abs=1e-5)
        assert 'made with these weights' in dock.status.text()
    finally:
        dialog.close()


# ---------------------------------------------------------------------------- Apply re-runs what the list shows


@pytest.fixture(scope='module')
def vulnerable_settlements(plugin, sample_city, tmp_path_factory):
    """The sample city's settlements with a vulnerability field ``vuln``; four of them (ids 3, 13, 23, 33) have
    none."""
    from qgis import processing
    path = str(tmp_path_factory.mktemp('vulnerable') / 'settlements_v.gpkg')
    processing.run('native:fieldcalculator', {
        'INPUT': sample_city['vectors'] + '|layername=settlements', 'FIELD_NAME': 'vuln', 'FIELD_TYPE': 0,
        'FIELD_LENGTH': 10, 'FIELD_PRECISION': 3,
        'FORMULA': 'CASE WHEN $id % 10 = 3 THEN NULL ELSE ($id * 37 % 100) / 100.0 END', 'OUTPUT': path})
    return path


def run_map(sample_city, folder, name, parameters):
    """processing.run of the priority map into ``folder``; returns the ranking layer (in the project)."""
    from qgis import processing
    gpkg = sample_city['vectors']
    ranking = str(folder / (name + '.gpkg'))
    processing.run('resilienceplanner:prioritymap', dict(
        parameters, BOUNDARY=gpkg + '|layername=city_boundary', PRIORITY=str(folder / (name + '_p.tif')),
        CLASSES=str(folder / (name + '_c.tif')), ZONES=str(folder / (name + '_z.gpkg')), RANKING=ranking))
    layer = QgsVectorLayer(ranking, name, 'ogr')
    assert layer.isValid() and layer.featureCount() == 40
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def vulnerable_project(plugin, qgis_iface, sample_city, vulnerable_settlements, tmp_path):
    """The first run's inputs as layers of the project, named as the ranking records them."""
    project = QgsProject.instance()
    for name in ('flood_depth', 'heat_lst', 'population'):
        project.addMapLayer(QgsRasterLayer(sample_city[name], name, 'gdal'))
    project.addMapLayer(QgsVectorLayer(sample_city['vectors'] + '|layername=health_facilities',
                                       'health_facilities', 'ogr'))
    settlements = QgsVectorLayer(vulnerable_settlements, 'settlements_v', 'ogr')
    project.addMapLayer(settlements)
    first = {'CELL_SIZE': 50, 'HAZARDS': [sample_city['flood_depth'], sample_city['heat_lst']],
             'HAZARD_SETTINGS': ['1', 'linear', 0, 1.5, '', 1, '2', 'linear', 33, 40, '', 3],
             'POPULATION': sample_city['population'], 'POPULATION_WEIGHT': 2, 'SETTLEMENTS': vulnerable_settlements,
             'VULNERABILITY_FIELD': 'vuln', 'VULNERABILITY_WEIGHT': 1,
             'FACILITIES': sample_city['vectors'] + '|layername=health_facilities', 'ACCESS_HIGH': 1500,
             'ACCESS_WEIGHT': 3, 'SENSITIVITY_RUNS': 0}
    yield settlements, first
    project.removeAllMapLayers()


def by_settlement(layer, field):
    return {f['settlement_id']: f[field] for f in layer.getFeatures()}


def explorer_scores(dock):
    """{settlement_id: (score, rank)} as the explorer shows them now (ranked settlements only)."""
    ids = by_settlement(dock.layer, 'settlement_id')
    fid_to_id = {f.id(): f['settlement_id'] for f in dock.layer.getFeatures()}
    assert len(ids) == 40
    return {fid_to_id[fid]: (dock.ranking.scores[i], dock.ranks[i]) for i, fid in enumerate(dock.fids)
            if dock.ranks[i] == dock.ranks[i]}


def assert_same_ranking(dock, layer):
    shown_now = explorer_scores(dock)
    scores, ranks = by_settlement(layer, 'priority_mean'), by_settlement(layer, 'priority_rank')
    ranked = {key for key, rank in ranks.items() if rank is not None and rank == rank and str(rank) != 'NULL'}
    assert ranked == set(shown_now)
    for key, (score, rank) in shown_now.items():
        assert scores[key] == pytest.approx(score, abs=1e-3), key
        assert ranks[key] == int(rank), key


def group_key(dock, group):
    return next(key for key, kind, _ in dock.criteria if kind == group)


def test_apply_reruns_a_product_ranking_with_its_method_cell_and_vulnerability(plugin, vulnerable_project, sample_city,
                                                                             tmp_path, qgis_iface, monkeypatch):
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsBrowserGuiModel
    settlements, first = vulnerable_project
    made = run_map(sample_city, tmp_path, 'first', dict(first, METHOD=1))
    dock = plugin.open_priority_explorer(made)
    assert dock.method == 'product' and dock.model.rowCount() == 40
    # Weights 1 : 3 : 2 : 1 : 3 as run, then the planner moves two sliders.
    dock.set_weight(group_key(dock, 'vulnerability'), 0.4)
    dock.set_weight(group_key(dock, 'access'), 0.1)
    parameters = dock.apply_parameters()
    assert parameters['METHOD'] == 1 and parameters['MISSING'] == 0 and parameters['CELL_SIZE'] == 50
    assert parameters['VULNERABILITY_FIELD'] == 'vuln' and parameters['SETTLEMENTS'] == settlements.id()
    assert parameters['ACCESS_LOW'] == 0 and parameters['ACCESS_HIGH'] == 1500
    # Vulnerability 0.4, then access 0.1: the others share 0.9 as they shared 0.8, so 0.4 x 0.9 / 0.8.
    assert parameters['VULNERABILITY_WEIGHT'] == pytest.approx(0.45, abs=1e-6)
    assert parameters['ACCESS_WEIGHT'] == pytest.approx(0.1, abs=1e-6)
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: browser, raising=False)
    dialog = dock.apply_to_map()
    try:
        wrappers = dialog.mainWidget().wrappers
        assert wrappers['SETTLEMENTS'].parameterValue() == settlements.id()
        assert wrappers['VULNERABILITY_FIELD'].parameterValue() == 'vuln'
        assert 'the settlements, the vulnerability field' in dock.status.text()
        # Everything that decides the scores was carried; only the CRS and exclusions are left to the planner.
        assert 'The ranking does not record the cell' not in dock.status.text()
        assert 'does not record the analysis CRS or the areas excluded' in dock.status.text()
    finally:
        dialog.close()
    # Two layers could be the settlements: the dialog leaves the choice to the planner, and keeps the
    # vulnerability field once the settlements are chosen (the dialog itself empties it with no layer chosen).
    twin = QgsVectorLayer(settlements.source(), 'settlements_v copy', 'ogr')
    QgsProject.instance().addMapLayer(twin)
    dialog = dock.apply_to_map()
    try:
        wrappers = dialog.mainWidget().wrappers
        assert 'Choose the settlements the ranking was made from' in dock.status.text()
        wrappers['SETTLEMENTS'].setParameterValue(twin.id(), QgsProcessingContext())
        assert wrappers['VULNERABILITY_FIELD'].parameterValue() == 'vuln'
    finally:
        dialog.close()
        QgsProject.instance().removeMapLayer(twin.id())
    again = run_map(sample_city, tmp_path, 'again', parameters)
    expected = explorer_scores(dock)
    dock._show_new_ranking(again.id())
    assert 'made with these weights' in dock.status.text()
    assert dock.layer is again
    # The new ranking is the explorer's re-ranked list: same settlements, scores within 1e-3, same ranks.
    scores, ranks = by_settlement(again, 'priority_mean'), by_settlement(again, 'priority_rank')
    assert set(expected) == set(scores)
    for key, (score, rank) in expected.items():
        assert scores[key] == pytest.approx(score, abs=1e-3), key
        assert ranks[key] == int(rank), key


def test_nodata_settlements_are_ranked_by_the_explorer_as_a_new_run_ranks_them(vulnerable_project, sample_city,
                                                                               tmp_path, qgis_iface):
    from resilience_planner.gui.priority_explorer import PriorityExplorerDock
    _, first = vulnerable_project
    made = run_map(sample_city, tmp_path, 'first', dict(first, MISSING=2))
    ranks = by_settlement(made, 'priority_rank')
    assert sum(1 for r in ranks.values() if r is None or str(r) == 'NULL') == 4
    # The four without a vulnerability keep their other means in the ranking.
    unranked = [f for f in made.getFeatures() if str(f['priority_rank']) == 'NULL' or f['priority_rank'] is None]
    assert all(f['s_flood_depth'] == f['s_flood_depth'] and str(f['s_flood_depth']) != 'NULL' for f in unranked)
    dock = PriorityExplorerDock(qgis_iface)
    dock.set_layer(made)
    assert dock.model.rowCount() == 36
    assert dock.status.text().startswith('36 of 40 settlements ranked, weighted sum: the others lack a criterion')
    assert_same_ranking(dock, made)
    dock.set_weight(group_key(dock, 'vulnerability'), 0.0)
    assert dock.model.rowCount() == 40
    parameters = dock.apply_parameters()
    assert parameters['MISSING'] == 2 and parameters['VULNERABILITY_WEIGHT'] == 0
    again = run_map(sample_city, tmp_path, 'again', parameters)
    assert_same_ranking(dock, again)
    # A run that is not what the list shows is never called "made with these weights".
    dock.applied_with = {'keys': list(dock.keys), 'weights': [float(w) for w in dock.shares],
                         'method': dock.method, 'missing': dock.missing, 'cell': 50, 'functions': dock.functions}
    coarse = run_map(sample_city, tmp_path, 'coarse', dict(parameters, CELL_SIZE=100))
    dock._show_new_ranking(coarse.id())
    assert 'made with these weights' not in dock.status.text() and 'cell size' in dock.status.text()


def test_two_hazards_of_one_name_stay_two_rows_in_the_saved_weights(plugin, qgis_iface, sample_city, tmp_path):
    """A flood map and a heat map both called "Hazard": the weights file names them by position, each with its
    own scoring, and the priority map run with that file ranks as the explorer does."""
    project = QgsProject.instance()
    flood = QgsRasterLayer(sample_city['flood_depth'], 'Hazard', 'gdal')
    heat = QgsRasterLayer(sample_city['heat_lst'], 'Hazard', 'gdal')
    for layer in (flood, heat):                   # one after the other, as a planner adds them
        project.addMapLayer(layer)
    try:
        gpkg = sample_city['vectors']
        base = {'CELL_SIZE': 100, 'SETTLEMENTS': gpkg + '|layername=settlements', 'SENSITIVITY_RUNS': 0,
                'POPULATION': sample_city['population']}
        made = run_map(sample_city, tmp_path, 'twins', dict(base, HAZARDS=[flood.id(), heat.id()], HAZARD_SETTINGS=[
            '1', 'linear', 0, 1.5, '', 1, '2', 'linear', 33, 40, '', 3]))
        dock = plugin.open_priority_explorer(made)
        hazard_keys = [key for key, group, _ in dock.criteria if group == 'hazard']
        assert len(hazard_keys) == 2
        dock.set_weight(hazard_keys[0], 0.5)
        path = tmp_path / 'weights.json'
        assert dock.save_weights(str(path))
        rows = json.loads(path.read_text(encoding='utf-8'))['hazard_settings']
        assert len(rows) == 12
        assert rows[0:5] == ['1', 'linear', '0', '1.5', ''] and rows[6:11] == ['2', 'linear', '33', '40', '']
        assert rows[5] == pytest.approx(0.5) and rows[11] + json.loads(path.read_text())['population_weight'] == \
            pytest.approx(0.5)
        parameters = dock.apply_parameters()
        assert parameters['HAZARDS'] == [flood.id(), heat.id()]            # in the order they were added
        assert parameters['HAZARD_SETTINGS'] == rows
        assert dock.apply_same_names == ['Hazard']
        again = run_map(sample_city, tmp_path, 'twins_again', dict(base, **parameters))
        assert_same_ranking(dock, again)
    finally:
        project.removeAllMapLayers()


#: Six criteria as a city run names them, the long ones as the laptop screenshots show them.
SIX = [('flood_depth', 'hazard', 'flood depth'), ('landslide', 'hazard', 'landslide susceptibility'),
       ('heat_lst', 'hazard', 'heat lst'), ('population', 'population', 'population'),
       ('vulnerability', 'vulnerability', 'vulnerability'), ('access', 'access', 'health_facilities')]


@pytest.fixture
def six(plugin, qgis_iface):
    """Forty settlements ranked on six criteria (weights 3:1:1:2:2:1), as the sample city's full run."""
    keys = [key for key, _, _ in SIX]
    settings = json.dumps({'method': 'sum', 'missing': 'reweight', 'keys': keys, 'weights': [3, 1, 1, 2, 2, 1],
                           'runs': 0, 'spread': 0.2})
    squares = ['POLYGON(({0} 0, {1} 0, {1} 100, {0} 100, {0} 0))'.format(500000 + 1000 * i, 500100 + 1000 * i)
               for i in range(40)]
    fields = '&field=name:string&field=rank_stable:integer&field=priority_settings:string(1000)' \
             '&field=priority_criteria:string(1000)' + ''.join('&field=s_{0}:double'.format(k) for k in keys)
    rows = [['Settlement {0}'.format(i), 1, settings, json.dumps([list(c) for c in SIX])] +
            [((i * 7 + j * 3) % 11) / 10 for j in range(len(keys))] for i in range(40)]
    layer = vector_layer('Polygon', squares, fields, rows, name='priority_ranking')
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())
    dock = plugin.open_priority_explorer(layer)
    yield dock, layer
    QgsProject.instance().removeAllMapLayers()


def test_a_selected_settlement_leaves_the_list_five_rows_and_the_weights_read_whole(laptop, qtbot, six):
    """At QGIS's default dock width (about 285 px) beside QGIS's three rows of toolbars (the dock about 600 px
    tall): a settlement selected, its chart shown, the list keeps at least MIN_ROWS rows (the weights fold away,
    their title a click from opening); opened again, the weights fold the chart away instead, each criterion's
    name reads whole above its slider and the sliders beyond SLIDER_ROWS are a scroll away."""
    from qgis.PyQt.QtWidgets import QToolBar

    from resilience_planner.gui.priority_explorer import MIN_ROWS, SLIDER_ROWS, ElidedLabel
    window = laptop
    dock, _ = six
    toolbars = QToolBar('QGIS toolbars (stand-in)')
    toolbars.setFixedHeight(140)                  # QGIS's menu bar and three rows of toolbars above the docks
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbars)
    try:
        dock.setFloating(False)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resizeDocks([dock], [285], Qt.Orientation.Horizontal)
        dock.show()
        qtbot.waitExposed(dock)
        qtbot.wait(50)
        assert dock.width() <= 300 and dock.height() <= 605
        assert dock.criterion_labels[1:2] == ["landslide susceptibility"], dock.status.text()
        # Nothing selected: the weights open, no chart; the list has its rows.
        assert not dock.weights_group.isCollapsed() and not dock.chart_group.isVisible()
        # (The tests' font is 12 pt, larger than QGIS's own: at it the open weights leave fewer rows.)
        assert dock.visible_rows() >= MIN_ROWS - 2
        # A settlement selected: its chart in view, and the list still shows MIN_ROWS rows.
        dock.select_fid(dock.ranked_fids()[0], zoom=False)
        qtbot.wait(50)
        assert dock.chart_group.isVisible() and not dock.chart_group.isCollapsed()
        assert dock.chart.isVisible() and dock.chart.height() >= 6 * 18
        assert dock.weights_group.isCollapsed() and dock.weights_group.isVisible()
        assert dock.visible_rows() >= MIN_ROWS, dock.visible_rows()
        assert dock_problems(dock, window) == []
        # The weights opened again: the chart folds away (the line with the drivers stays), the list keeps its rows.
        dock.weights_group.setCollapsed(False)
        qtbot.wait(50)
        assert dock.chart_group.isCollapsed() and not dock.chart_title.isVisible()
        assert dock.chart_title.text().startswith(dock.model.details(dock.fids.index(dock.ranked_fids()[0])))
        # (The tests' font is 12 pt, larger than QGIS's own, the note 6 lines: the real window keeps more.)
        assert dock.visible_rows() >= MIN_ROWS - 3, dock.visible_rows()
        assert dock_problems(dock, window, scrolling=True) == []
        area = dock.weights_area
        for index, key in enumerate(dock.keys):
            label = dock.findChild(ElidedLabel, 'weight_label_' + key)
            slider = dock.sliders[index][0]
            area.verticalScrollBar().setValue(label.y())          # scrolled to the criterion's row
            qtbot.wait(10)
            # The name whole (never "landslide" for "landslide susceptibility"), above its slider, both in view.
            assert label.shown() == label.text() == dock.criterion_labels[index]
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
            assert label.mapTo(dock, label.rect().bottomLeft()).y() <= slider.mapTo(dock, slider.rect().topLeft()).y()
            assert not slider.visibleRegion().isEmpty() and not label.visibleRegion().isEmpty(), key
        assert area.verticalScrollBar().maximum() > 0 and len(dock.keys) > SLIDER_ROWS     # the rest a scroll away
        # Moving a weight re-ranks and keeps the weights open (nothing folds while the planner drags).
        dock.set_weight('landslide', 0.5)
        qtbot.wait(10)
        assert not dock.weights_group.isCollapsed() and dock.chart_group.isCollapsed()
        # The chart opened again folds the weights; a settlement selected with the chart folded leaves it so.
        dock.chart_group.setCollapsed(False)
        qtbot.wait(50)
        assert dock.weights_group.isCollapsed() and dock.visible_rows() >= MIN_ROWS
        dock.chart_group.setCollapsed(True)
        dock.weights_group.setCollapsed(False)
        dock.select_fid(dock.ranked_fids()[3], zoom=False)
        qtbot.wait(50)
        assert dock.chart_group.isCollapsed() and not dock.weights_group.isCollapsed()
        # Wide (420 px): a label that cannot fit any width would elide; here every one reads whole too.
        window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
        qtbot.wait(50)
        assert all(dock.findChild(ElidedLabel, 'weight_label_' + k).shown() == label
                   for k, label in zip(dock.keys, dock.criterion_labels))
    finally:
        window.removeToolBar(toolbars)
        toolbars.deleteLater()


def test_a_name_that_cannot_fit_is_elided_and_its_tooltip_says_it_whole(plugin, qtbot):
    from resilience_planner.gui.priority_explorer import ElidedLabel
    label = ElidedLabel('Access to the nearest health facilities within walking distance')
    label.setToolTip(label.text())
    qtbot.addWidget(label)
    label.resize(120, 20)
    label.show()
    qtbot.waitExposed(label)
    assert label.shown() != label.text() and label.shown().endswith('…') and label.toolTip() == label.text()
    label.resize(800, 20)
    qtbot.wait(10)
    assert label.shown() == label.text()
