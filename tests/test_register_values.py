"""The register's own words (statuses, funding, action types, hazards) in the user's language.

The register stores them in English whatever the language; the Planned actions dock and the QGIS form show
them translated. A French catalogue is extracted with the real pylupdate5, a few of the words are filled in as
a translator would, compiled with the real lrelease and installed as the plugin installs it, with QGIS's
locale set to fr_FR; the dock and a real register GeoPackage are then driven as a planner would."""
import shutil
import sqlite3
import sys

import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt

from resilience_planner.gui.action_editor import COLUMNS
from tests.conftest import REPO

sys.path.insert(0, str(REPO / 'tools'))
import i18n

pytestmark = pytest.mark.skipif(shutil.which('pylupdate5') is None or shutil.which('lrelease') is None,
                                reason='pylupdate5 (pyqt5-dev-tools) or lrelease (qttools5-dev-tools) is not installed')

#: The words a translator filled in; every other value stays unfinished, so it reads in English.
FRENCH = {('Register', 'proposed'): 'proposée', ('Register', 'approved'): 'approuvée',
          ('Register', 'cancelled'): 'annulée', ('Register', 'committed'): 'engagé',
          ('Register', 'structural'): 'structurelle', ('Register', 'flood'): 'inondation',
          ('Register', 'heat'): 'chaleur', ('Register', 'Status'): 'Statut'}


@pytest.fixture(scope='module')
def french_qm(plugin, tmp_path_factory):
    folder = tmp_path_factory.mktemp('values-ts')
    i18n.extract(str(folder), ('fr',))
    path = folder / 'resilience_planner_fr.ts'
    assert i18n.fill_pairs(str(path), FRENCH) == set()    # every word extracted under the context it is looked up in
    compiled = tmp_path_factory.mktemp('values-qm')
    assert [p.split('/')[-1] for p in i18n.compile_all(str(compiled), str(folder))] == ['resilience_planner_fr.qm']
    return compiled


@pytest.fixture
def french(plugin, french_qm, monkeypatch):
    """QGIS in French (its locale overridden), the plugin's translator installed; undone after."""
    from resilience_planner import assets
    from resilience_planner import plugin as plugin_module
    monkeypatch.setattr(assets, 'I18N', str(french_qm))
    settings = QgsSettings()
    before = {key: settings.value(key) for key in ('locale/overrideFlag', 'locale/userLocale')}
    settings.setValue('locale/overrideFlag', True)
    settings.setValue('locale/userLocale', 'fr_FR')
    translator = plugin_module.install_translator()
    assert translator is not None
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def open_dock(qgis_iface, qtbot, path):
    from resilience_planner.gui.action_editor import ActionEditorDock
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': path})
    dock = ActionEditorDock(qgis_iface)
    qtbot.addWidget(dock)
    assert dock.open_register(path)
    return dock


@pytest.fixture
def cleanup():
    yield
    for layer in QgsProject.instance().mapLayers().values():
        if getattr(layer, 'isEditable', lambda: False)():
            layer.rollBack()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().removeEntry('ResiliencePlanner', 'action_register')


def add(dock, **values):
    assert dock.new_action() is not None
    dock.set_form(**values)
    dock.apply_form()


def stored(path, field):
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute('SELECT {0} FROM planned_actions ORDER BY fid'.format(field))]


def combo_texts(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_dock_shows_the_register_s_words_in_french_and_stores_them_in_english(
        french, cleanup, qgis_iface, qtbot, tmp_path):
    path = str(tmp_path / 'plan.gpkg')
    dock = open_dock(qgis_iface, qtbot, path)
    status = dock.inputs['status']
    assert combo_texts(status) == ['', 'proposée', 'approuvée', 'in progress', 'done', 'annulée']
    assert [status.itemData(i) for i in range(1, status.count())] == ['proposed', 'approved', 'in progress', 'done',
                                                                      'cancelled']
    assert 'structurelle' in combo_texts(dock.inputs['action_type'])
    assert combo_texts(dock.status_filter)[1:3] == ['proposée', 'approuvée']
    assert 'engagé' in combo_texts(dock.funding_filter) and 'inondation' in combo_texts(dock.hazard_filter)
    hazards = dock.inputs['hazards']
    shown = {hazards.item(i).text(): hazards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(hazards.count())}
    assert shown['inondation'] == 'flood' and shown['chaleur'] == 'heat' and shown['drought'] == 'drought'

    # Chosen from the French combo box and checklist, as a planner would.
    assert dock.new_action() is not None
    dock.set_form(title='Drains', cost_estimate='1000', currency='KES', settlements='S01')
    status.setCurrentIndex(status.findText('approuvée'))
    dock.inputs['action_type'].setCurrentIndex(dock.inputs['action_type'].findText('structurelle'))
    dock.inputs['funding_status'].setCurrentIndex(dock.inputs['funding_status'].findData('committed'))
    for i in range(hazards.count()):
        if hazards.item(i).text() in ('inondation', 'chaleur'):
            hazards.item(i).setCheckState(Qt.CheckState.Checked)
    assert dock.form_values()['status'] == 'approved' and dock.form_values()['hazards'] == 'flood, heat'
    assert dock.apply_form()
    add(dock, title='Sirens', action_type='early warning', status='proposed', hazards='flood', cost_estimate='50',
        currency='KES')
    assert dock.save()
    assert stored(path, 'status') == ['approved', 'proposed']
    assert stored(path, 'hazards') == ['flood, heat', 'flood']
    assert stored(path, 'action_type') == ['structural', 'early warning']
    assert stored(path, 'funding_status') == ['committed', None]
    # Values outside the lists (a newer tool's, or typed elsewhere): kept in the edit buffer, shown as written.
    add(dock, title='Old plan', action_type='a kind of our own', status='cancelled', hazards='heat, ash fall')

    # The table: the words in French, a planner's own word as written, the header translated.
    for name in ('status', 'action_type', 'hazards', 'funding_status'):
        dock.table.setColumnHidden(COLUMNS.index(name), False)
    rows = {dock.shown_row(r)[0]: dict(zip(COLUMNS, dock.shown_row(r))) for r in range(dock.proxy.rowCount())}
    assert rows['Drains']['status'] == 'approuvée' and rows['Drains']['hazards'] == 'inondation, chaleur'
    assert rows['Drains']['action_type'] == 'structurelle' and rows['Drains']['funding_status'] == 'engagé'
    assert rows['Sirens']['action_type'] == 'early warning'                 # not translated yet: in English
    assert rows['Old plan']['action_type'] == 'a kind of our own' and rows['Old plan']['hazards'] == \
        'chaleur, ash fall'
    assert dock.model.headerData(COLUMNS.index('status'), Qt.Orientation.Horizontal) == 'Statut'
    row = dock.shown_titles().index('Drains')
    tooltip = dock.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert 'Statut: approuvée' in tooltip

    # The loaded form shows the stored value's French word.
    dock.select_fid(next(f.id() for f, r in dock.actions() if r['title'] == 'Old plan'))
    assert status.currentText() == 'annulée' and status.currentData() == 'cancelled'
    assert dock.inputs['action_type'].currentText() == 'a kind of our own'       # kept, as written
    checked = [hazards.item(i).text() for i in range(hazards.count())
               if hazards.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == ['chaleur', 'ash fall']

    # Filters on French words find the actions holding the English value.
    dock.status_filter.setCurrentText('approuvée')
    assert dock.shown_titles() == ['Drains']
    dock.status_filter.setCurrentText('proposée')
    assert dock.shown_titles() == ['Sirens']
    dock.status_filter.setCurrentIndex(0)
    dock.hazard_filter.setCurrentText('chaleur')
    assert sorted(dock.shown_titles()) == ['Drains', 'Old plan']
    dock.hazard_filter.setCurrentIndex(0)
    dock.funding_filter.setCurrentText('engagé')
    assert dock.shown_titles() == ['Drains']
    dock.funding_filter.setCurrentIndex(0)
    # The search finds a word as the planner reads it and as it is stored.
    for text, titles in (('approuvée', ['Drains']), ('APPROVED', ['Drains']), ('annul', ['Old plan']),
                         ('inondation', ['Drains', 'Sirens']), ('early warn', ['Sirens']), ('ash', ['Old plan'])):
        dock.search.setText(text)
        assert sorted(dock.shown_titles()) == titles, text
    dock.search.setText('')
    # Sorting goes by the stored value: approved < cancelled < proposed (French would be annulée first).
    dock.table.sortByColumn(COLUMNS.index('status'), Qt.SortOrder.AscendingOrder)
    assert dock.shown_titles() == ['Drains', 'Old plan', 'Sirens']

    # The summary and its charts name statuses and funding in French.
    assert dict(dock.status_chart.bars)['approuvée'] == 1000 and 'annulée' in dict(dock.status_chart.bars)
    assert dict(dock.funding_chart.bars)['engagé'] == 1000
    assert '1 approuvée' in dock.summary.text() and '1 proposée' in dock.summary.text()


def test_the_qgis_form_s_value_map_shows_french_and_stores_english(french, cleanup, qgis_iface, qtbot, tmp_path):
    from qgis.gui import QgsGui

    from resilience_planner.qgis_side.register import open_register
    path = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': path})
    layer, reason = open_register(path)
    assert reason is None
    index = layer.fields().lookupField('status')
    setup = layer.editorWidgetSetup(index)
    assert setup.type() == 'ValueMap'
    assert setup.config()['map'][:2] == [{'proposée': 'proposed'}, {'approuvée': 'approved'}]
    assert {'in progress': 'in progress'} in setup.config()['map']
    funding = layer.editorWidgetSetup(layer.fields().lookupField('funding_status')).config()['map']
    assert {'engagé': 'committed'} in funding
    # What the attribute table shows for a stored value, by QGIS's own ValueMap formatter.
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter('ValueMap')
    assert formatter.representValue(layer, index, setup.config(), None, 'approved') == 'approuvée'
    # The form's widget: shows the French word for the stored value, and gives back the English one.
    registry = QgsGui.editorWidgetRegistry()
    registry.initEditors()
    wrapper = registry.create(layer, index, None, None)
    wrapper.setValue('cancelled')
    combo = wrapper.widget()
    qtbot.addWidget(combo)
    assert combo.currentText() == 'annulée' and wrapper.value() == 'cancelled'
    combo.setCurrentIndex(combo.findText('approuvée'))
    assert wrapper.value() == 'approved'
    # Saved through the QGIS edit buffer as the form writes it, the file holds the English value.
    from qgis.core import QgsFeature

    from resilience_planner.qgis_side.register import begin_editing, save_register
    assert begin_editing(layer)
    feature = QgsFeature(layer.fields())
    feature['title'], feature['status'], feature['action_type'] = 'Pumps', wrapper.value(), 'structural'
    feature['hazards'] = 'flood'
    assert layer.addFeature(feature)
    assert save_register(layer, keep_editing=False) == 1
    assert stored(path, 'status') == ['approved']
    # The file's own saved form names the values as stored, for QGIS without the plugin in any language.
    with sqlite3.connect(path) as db:
        style = db.execute('SELECT styleQML FROM layer_styles').fetchone()[0]
    assert 'approuvée' not in style and 'value="approved"' in style


def test_in_english_the_words_read_as_stored(plugin, cleanup, qgis_iface, qtbot, tmp_path):
    from resilience_planner.qgis_side.register import open_register
    path = str(tmp_path / 'plan.gpkg')
    dock = open_dock(qgis_iface, qtbot, path)
    assert combo_texts(dock.inputs['status']) == ['', 'proposed', 'approved', 'in progress', 'done', 'cancelled']
    layer, _ = open_register(path)
    assert layer.editorWidgetSetup(layer.fields().lookupField('status')).config()['map'][0] == \
        {'proposed': 'proposed'}
