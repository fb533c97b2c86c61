"""The Priority explorer dock, driven as a planner would with pytest-qt."""
import numpy as np
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from resilience_planner.core.indicators import competition_rank


@pytest.fixture(scope='module')
def ranking_layer(sample_priorities):
    return sample_priorities['ranking']


@pytest.fixture
def explorer(plugin, qgis_iface, qtbot, ranking_layer):
    layer = QgsVectorLayer(ranking_layer, 'priority ranking', 'ogr')
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())
    dock = plugin.open_priority_explorer(layer)
    # The test interface's main window is never shown: float the dock so it is on screen.
    dock.setFloating(True)
    dock.show()
    qtbot.waitExposed(dock)
    yield dock, layer
    QgsProject.instance().removeAllMapLayers()


def column(dock, number):
    return [dock.table.item(row, number).text() for row in range(dock.table.rowCount())]


def test_lists_settlements_by_rank_with_drivers(explorer):
    dock, layer = explorer
    assert dock.table.rowCount() == 40
    by_rank = sorted(layer.getFeatures(), key=lambda f: (f['priority_rank'], f.id()))
    assert column(dock, dock.NAME)[:5] == [f['name'] for f in by_rank[:5]]
    assert [int(r) for r in column(dock, dock.RANK)] == [f['priority_rank'] for f in by_rank]
    first = by_rank[0]
    key, share = column(dock, dock.DRIVER_1)[0].split()
    # Recomputed from the stored means and weights: the same driver, its share to within rounding.
    assert key == first['driver_1'] and abs(float(share.rstrip('%')) - 100 * first['driver_1_share']) <= 1
    assert float(column(dock, dock.PRIORITY)[0]) == pytest.approx(first['priority_mean'], abs=0.05)


def test_click_zooms_selects_and_charts_the_settlement(explorer, qtbot, qgis_iface):
    dock, layer = explorer
    row = 3
    rect = dock.table.visualItemRect(dock.table.item(row, dock.NAME))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fid = dock.table.item(row, dock.RANK).data(Qt.ItemDataRole.UserRole)
    feature = layer.getFeature(fid)
    assert layer.selectedFeatureIds() == [fid]
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(feature.geometry().boundingBox())
    box = feature.geometry().boundingBox()
    # Zoomed in on it: the canvas keeps its aspect ratio, so compare the shorter side.
    assert min(extent.width(), extent.height()) < 3 * max(box.width(), box.height())
    assert [label for label, _, _ in dock.chart.bars] == dock.keys
    assert [score for _, score, _ in dock.chart.bars] == pytest.approx([feature['s_' + k] for k in dock.keys])
    assert feature['name'] in dock.chart_title.text()
    dock.chart.grab()                     # paints without error


def test_weights_rerank_live_from_the_cached_criteria(explorer, qtbot, monkeypatch):
    dock, layer = explorer
    from resilience_planner.core import priority
    monkeypatch.setattr(priority, 'priority_map', lambda *a, **k: pytest.fail('the overlay was recomputed'))
    for key in dock.keys:
        dock.set_weight(key, 100 if key == 'population' else 0)
    # Population alone: the order is that of the population scores.
    population = {f.id(): f['s_population'] for f in layer.getFeatures()}
    expected = competition_rank(np.array([population[fid] for fid in dock.fids]))
    assert np.array_equal(dock.ranks, expected)
    user_role = Qt.ItemDataRole.UserRole
    shown_fids = [dock.table.item(row, dock.RANK).data(user_role) for row in range(dock.table.rowCount())]
    shown = [population[fid] for fid in shown_fids]
    assert shown == sorted(shown, reverse=True)
    assert column(dock, dock.DRIVER_1)[0].startswith('population 100%')
    labels = [label.text() for _, label in dock.sliders]
    assert labels[dock.keys.index('population')] == '100%'
    dock.reset_weights()
    saved = {f.id(): f['priority_rank'] for f in layer.getFeatures()}
    assert all(dock.ranks[i] == saved[fid] for i, fid in enumerate(dock.fids))


def test_a_layer_that_is_not_a_ranking_is_explained(plugin, qgis_iface, sample_city):
    layer = QgsVectorLayer(sample_city['vectors'] + '|layername=settlements', 'settlements', 'ogr')
    dock = plugin.open_priority_explorer()
    assert dock.set_layer(layer) is False
    assert 'is not a priority ranking' in dock.status.text() and dock.table.rowCount() == 0


def test_menu_and_toolbar_open_the_explorer(plugin, qgis_iface):
    actions = {a.objectName(): a for a in plugin.actions}
    assert 'resilienceplanner_priorityexplorer' in actions and 'resilienceplanner_prioritymap' in actions
    actions['resilienceplanner_priorityexplorer'].trigger()
    assert not plugin.priority_explorer.isHidden()
    assert actions['resilienceplanner_priorityexplorer'] in plugin.toolbar.actions()
