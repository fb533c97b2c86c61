"""Adversarial checks of the register's own triggers against validate(): what validate() allows, the
plugin's save and QGIS's own Save edits must be able to write."""
import sqlite3

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtCore import Qt

from resilience_planner.core.actions import TABLE, validate
from resilience_planner.qgis_side.register import open_register, save_register

from .registers import gpkg_only

REGISTER_CRS = 'EPSG:32737'

SQUARE = 'MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))'
BASE = {'title': 'Drains', 'action_type': 'structural', 'status': 'approved'}


@pytest.fixture
def register(new_register):
    """A register in a GeoPackage or in PostGIS (tests/registers.py)."""
    return new_register


def stored(register, *names):
    if isinstance(register, str):
        with sqlite3.connect(register) as db:
            return db.execute('SELECT {0} FROM {1} ORDER BY fid'.format(', '.join(names), TABLE)).fetchall()
    return register.rows('SELECT {0} FROM {{table}} ORDER BY fid'.format(', '.join(names)))


def native_add(register, **values):
    """One action added and committed by QGIS's own editing (its Save edits); returns (ok, errors)."""
    if isinstance(register, str):
        layer = QgsVectorLayer('{0}|layername={1}'.format(register, TABLE), 'actions', 'ogr')
    else:
        layer = register.plain_layer()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(SQUARE))
    for name, value in dict(BASE, action_id='a-1', **values).items():
        feature[name] = value
    assert layer.startEditing() and layer.addFeature(feature)
    ok = layer.commitChanges()
    errors = ' '.join(layer.commitErrors())
    if not ok:
        layer.rollBack()
    return ok, errors


# Blank-looking text and the text NULL count as empty for validate() (and are optional in these
# fields), but they reached the file as typed and the triggers, trimming only spaces, refused them.
EMPTY_LOOKING = [
    {'currency': 'NULL'},
    {'funding_status': 'NULL'},
    {'hazards': 'NULL'},
    {'funding_status': '\u00a0'},
    {'currency': '\t'},
    {'hazards': '\u2003'},
]


@pytest.mark.parametrize('values', EMPTY_LOOKING, ids=repr)
def test_the_plugin_save_writes_empty_looking_values_validate_allows(register, values):
    assert validate(dict(BASE, **values)) == []
    layer, _ = register.open()
    layer.startEditing()
    fields = layer.fields()
    layer.addFeature(QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(SQUARE), {
        fields.lookupField(k): v for k, v in dict(BASE, **values).items()}))
    assert save_register(layer, 'amina') == 1
    assert stored(register, *values) == [(None,) * len(values)]      # stored as empty, not as typed


@pytest.mark.parametrize('values', EMPTY_LOOKING + [
    {'status': 'approved\t'},
    {'status': 'Approved\u00a0'},
    {'currency': ' kes\n', 'cost_estimate': 10.0},
    {'hazards': 'flood,\u00a0heat'},
    {'hazards': 'earthqua\u212ae'},                 # KELVIN SIGN: Python lower-cases it to k
], ids=repr)
def test_qgis_own_save_writes_what_validate_allows(register, values):
    assert validate(dict(BASE, **values)) == []
    ok, errors = native_add(register, **values)
    assert ok, errors


@gpkg_only('triggers of an older version of the file are replaced when it opens; opening never alters a PostGIS '
           'register')
def test_what_the_first_checks_refused_is_allowed_once_the_dock_opens_the_register(register):
    """Registers made with the first version of the checks get the corrected triggers."""
    register = register.path
    with sqlite3.connect(register) as db:
        db.execute('DROP TRIGGER rp_check_currency_code_insert')
        db.execute("CREATE TRIGGER rp_check_currency_code_insert BEFORE INSERT ON planned_actions FOR EACH ROW "
                   "WHEN NULLIF(trim(NEW.currency), '') IS NOT NULL AND NOT (length(NULLIF(trim(NEW.currency), '')) "
                   "= 3 AND NULLIF(trim(NEW.currency), '') GLOB '[A-Za-z][A-Za-z][A-Za-z]') BEGIN "
                   "SELECT RAISE(ABORT, 'Resilience Planner: Currency must be a three-letter code.'); END")
    assert not native_add(register, currency='NULL')[0]
    open_register(register)
    ok, errors = native_add(register, currency='NULL')
    assert ok, errors
    assert not native_add(register, currency='dollars')[0]          # still checked
    with sqlite3.connect(register) as db:
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rp_check_%'")\
            .fetchone()[0] == 30          # 15 rules (priority_score's number check is new), insert and update


@gpkg_only('a file written before its checks; a PostGIS register has had its checks since it was made')
def test_an_older_row_validate_allows_can_be_edited_after_the_checks_arrive(register):
    """A row an earlier version wrote with the text NULL (the dock's own save kept it) must stay editable."""
    register = register.path
    with sqlite3.connect(register) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rp_check_%'")\
                .fetchall():
            db.execute('DROP TRIGGER "{0}"'.format(name))
    assert native_add(register, funding_status='NULL', currency='\u00a0')[0]
    layer, _ = open_register(register)               # the checks are added
    layer.startEditing()
    fid = next(layer.getFeatures()).id()
    layer.changeAttributeValue(fid, layer.fields().lookupField('notes'), 'two sites')
    assert save_register(layer, 'joseph') == 1
    assert stored(register, 'notes', 'funding_status', 'currency') == [('two sites', None, None)]


def test_the_dock_saves_a_currency_typed_as_null(plugin, qgis_iface, qtbot, register):
    dock = plugin.open_action_editor()
    assert register.open_in(dock)
    dock.setFloating(True)
    dock.show()
    qtbot.waitExposed(dock)
    try:
        qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
        dock.set_form(title='Sirens', action_type='early warning', status='proposed', currency='NULL')
        qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
        assert all(label.text() == '' for label in dock.errors.values())    # the form finds nothing wrong
        qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
        assert 'Saved 1 change' in dock.message.text(), dock.message.text()
        assert stored(register, 'title', 'currency') == [('Sirens', None)]
    finally:
        if dock.layer is not None and dock.layer.isEditable():
            dock.layer.rollBack()
        QgsProject.instance().removeAllMapLayers()
        QgsProject.instance().removeEntry('ResiliencePlanner', 'action_register')
