"""The Planned actions dock on a 1366 x 768 laptop (../shared/FIELD.md, "A laptop screen"): docked beside
the map with a Layers panel open, every tab within 420 px and every button on the screen; closing it gives
the map its width back. RP_SHOTS=<folder> saves a screenshot of each tab there."""
import os

import pytest
from qgis import processing
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QTreeView

from resilience_planner.gui.action_editor import (
    PROJECT_CONNECTION_KEY,
    PROJECT_DATABASE_KEY,
    PROJECT_KEY,
    PROJECT_SCHEMA_KEY,
    PROJECT_SCOPE,
)

from .fit import DOCK_WIDTH, SCREEN, dock_problems, laptop_main_window


@pytest.fixture
def docked(plugin, qgis_iface, qtbot, tmp_path, sample_priorities):
    window = laptop_main_window(qgis_iface, qtbot)
    if window.centralWidget() is None:
        window.setCentralWidget(qgis_iface.mapCanvas())               # as in QGIS: the map in the middle
    layers_panel = QDockWidget('Layers', window)
    layers_panel.setObjectName('StandInLayers')
    layers_panel.setWidget(QTreeView())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, layers_panel)
    path = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': path})
    ranking = QgsVectorLayer(sample_priorities['ranking'], 'priority ranking', 'ogr')
    QgsProject.instance().addMapLayer(ranking)
    # From the plugin's menu, as a planner opens it; the project remembers the register.
    QgsProject.instance().writeEntry('ResiliencePlanner', 'action_register', path)
    menu_item = next(a for a in plugin.menu.actions() if a.objectName() == 'resilienceplanner_actioneditor')
    menu_item.trigger()
    dock = plugin.action_editor
    assert dock.path == path
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)   # pytest-qgis's iface does not dock
    dock.setFloating(False)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(50)
    assert not dock.isFloating() and window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    yield window, dock, ranking
    if dock.layer is not None and dock.layer.isEditable():
        dock.layer.rollBack()
    window.removeDockWidget(dock)
    window.removeDockWidget(layers_panel)
    layers_panel.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    # Every register the project may now remember, a database one too (a test that opened one would otherwise
    # hand it to the next test's dock instead of that test's GeoPackage).
    for key in (PROJECT_KEY, PROJECT_DATABASE_KEY, PROJECT_CONNECTION_KEY, PROJECT_SCHEMA_KEY):
        QgsProject.instance().removeEntry(PROJECT_SCOPE, key)


def laptop_problems(dock, window):
    """fit.dock_problems in the laptop window (fit.laptop_main_window keeps the platform's frame on the screen, so
    the dock's own close button at the right edge is on it)."""
    return dock_problems(dock, window)


def shoot(widget, name):
    folder = os.environ.get('RP_SHOTS')
    if folder:
        os.makedirs(folder, exist_ok=True)
        widget.grab().save(os.path.join(folder, name + '.png'))


def test_every_tab_fits_beside_the_map(docked, qtbot):
    window, dock, ranking = docked
    assert dock.settlements_layer() is ranking                  # chosen by itself: the project has a ranking
    # A few actions, one with a problem beside its fields, so the list, the form and the summary have content.
    for title, cost, currency, settlements in (('Drains for Bondeni', '1000000', 'KES', 'S03, S04'),
                                               ('Sirens', '40000', 'USD', 'S01'), ('', '-5', 'KES', 'S02'),
                                               ('Shade trees', '-300', 'KES', 'S05')):
        dock.new_action()
        dock.set_form(title=title, action_type='structural', status='approved', cost_estimate=cost,
                      currency=currency, settlements=settlements, hazards='flood')
        dock.apply_form()
    assert not dock.save() and dock.message.text().startswith('Not saved')    # a long message, shown
    dock.tabs.setCurrentWidget(dock.actions_tab)
    qtbot.wait(20)
    assert laptop_problems(dock, window) == []                    # as it opens: both groups collapsed
    shoot(window, 'actions-window-as-opened')
    dock.filters_group.setCollapsed(False)
    dock.places_group.setCollapsed(False)
    assert not dock.filters_group.isCollapsed()
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert laptop_problems(dock, window) == [], dock.tabs.tabText(index)
        shoot(window, 'actions-window-{0}-{1}'.format(index, dock.tabs.tabText(index).lower()))
        shoot(dock, 'actions-dock-{0}-{1}'.format(index, dock.tabs.tabText(index).lower()))
    assert dock.width() <= DOCK_WIDTH
    # A long layer name does not widen the dock (a group box is as wide as its title).
    ranking.setName('Citywide resilience priorities: settlement ranking for the 2027 municipal plan')
    qtbot.wait(20)
    assert laptop_problems(dock, window) == []
    assert dock.places_group.toolTip().startswith('Settlements layer: Citywide resilience priorities: settlement')
    assert window.centralWidget().width() >= 600                # the map keeps most of the laptop's width
    # The form's Apply button stays in view however long the form is; the fields scroll.
    dock.tabs.setCurrentWidget(dock.form_tab)
    assert dock.apply_button.visibleRegion().boundingRect().size() == dock.apply_button.size()
    assert dock.form_scroll.verticalScrollBar().maximum() > 0


def test_closing_the_dock_gives_the_window_back(docked, qtbot):
    window, dock, _ = docked
    map_width = window.centralWidget().width()
    assert not dock.isFloating() and map_width <= SCREEN.width() - dock.width()
    dock.close()
    qtbot.wait(50)
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height()
    assert window.centralWidget().width() > map_width           # the map takes the dock's place
    dock.show()
    qtbot.wait(50)
    assert laptop_problems(dock, window) == []



def test_a_window_the_dock_widened_is_given_its_width_back(docked, qtbot):
    """Before the redesign the dock pushed the window to 1,761 px, and it stayed so after the dock closed (and came
    back so the next time QGIS started). Closing the dock now gives the window the width it had when the dock
    was shown."""
    window, dock, _ = docked
    before = window.width()                     # the laptop's screen less the window's frame
    window.resize(1761, SCREEN.height())
    dock.close()
    qtbot.wait(50)
    assert window.width() == before <= SCREEN.width()


def test_the_dock_without_a_register_fits_too(docked, qtbot):
    window, dock, _ = docked
    QgsProject.instance().removeMapLayer(dock.layer.id())          # the register goes: the dock is empty
    qtbot.wait(20)
    assert dock.layer is None and dock.register_label.text() == 'No register open.'
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert laptop_problems(dock, window) == [], dock.tabs.tabText(index)
