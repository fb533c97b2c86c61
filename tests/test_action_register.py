"""The planned-action register in a real GeoPackage and in PostGIS: creation, the form QGIS enforces, versions."""
import datetime
import sqlite3

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsVectorLayerUtils

from resilience_planner.core.actions import FIELD_NAMES, SCHEMA_VERSION, TABLE, read_only_reason

from .registers import gpkg_only

REGISTER_CRS = 'EPSG:32737'


@pytest.fixture
def register(new_register):
    """A register made by createactionregister in a GeoPackage or in PostGIS (tests/registers.py)."""
    return new_register


def open_layer(register):
    """A fresh layer of the register: QGIS's own of the file (the form from the style saved in it); of the database,
    the plugin's (the form is not saved in the database, see README's "Shared register on PostGIS")."""
    if register.gpkg:
        layer = QgsVectorLayer('{0}|layername={1}'.format(register.path, TABLE), 'actions', 'ogr')
    else:
        layer, _ = register.open()
    assert layer.isValid()
    return layer


def test_register_has_the_schema_and_its_version(register):
    layer = open_layer(register)
    assert [n for n in layer.fields().names() if n not in ('fid', 'row_version')] == list(FIELD_NAMES)
    assert layer.crs().authid() == 'EPSG:32737' and layer.featureCount() == 0
    assert register.rows("SELECT value FROM {metadata} WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    if register.gpkg:
        assert register.rows('PRAGMA integrity_check') == [('ok',)]
        assert read_only_reason(register.path) is None
    else:
        assert layer.fields().names()[-1] == 'row_version' and register.open()[1] is None


def test_qgis_own_form_enforces_the_rules_when_the_file_is_reopened(register):
    layer = open_layer(register)        # a fresh layer: the rules come from the style saved in the file
    fields = layer.fields()
    assert layer.editorWidgetSetup(fields.lookupField('status')).type() == 'ValueMap'
    assert layer.editorWidgetSetup(fields.lookupField('start_date')).type() == 'DateTime'
    assert layer.attributeAlias(fields.lookupField('cost_estimate')) == 'Cost estimate'
    feature = QgsVectorLayerUtils.createFeature(layer)
    assert len(feature['action_id']) == 36 and feature['status'] == 'proposed'
    checks = {'title': None, 'cost_estimate': -1, 'currency': 'dollars', 'action_type': 'bridge',
              'hazards': 'flood, meteor'}
    feature['start_date'] = '2027-05-01'
    feature['end_date'] = '2027-01-01'
    for name, value in checks.items():
        feature[name] = value
    failing = [name for name in list(checks) + ['end_date']
               if not QgsVectorLayerUtils.validateAttribute(layer, feature, fields.lookupField(name))[0]]
    assert sorted(failing) == sorted(list(checks) + ['end_date'])
    for name, value in {'title': 'Drains', 'cost_estimate': 10, 'currency': 'KES', 'action_type': 'structural',
                        'hazards': 'Flood, heat', 'end_date': '2027-09-01'}.items():
        feature[name] = value
    assert all(QgsVectorLayerUtils.validateAttribute(layer, feature, i)[0] for i in range(len(fields)))


def test_an_existing_register_is_never_overwritten(register):
    layer = open_layer(register)
    layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, attributes={
        layer.fields().lookupField('title'): 'Keep me', layer.fields().lookupField('action_type'): 'policy'})
    layer.addFeature(feature)
    assert layer.commitChanges()
    with pytest.raises(QgsProcessingException, match='already holds an action register'):
        processing.run('resilienceplanner:createactionregister', register.creation)
    assert [f['title'] for f in open_layer(register).getFeatures()] == ['Keep me']


def test_not_a_geopackage_or_a_missing_folder_is_refused(plugin, tmp_path):       # files only, by nature
    with pytest.raises(QgsProcessingException, match='must be a GeoPackage'):
        processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(tmp_path / 'plan.shp')})
    with pytest.raises(QgsProcessingException, match='does not exist'):
        processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(tmp_path / 'no' / 'plan.gpkg')})


# ------------------------------------------------------------------ the file checks its own rows

def native_add(layer, **values):
    """Add one action through QGIS's own editing and commit (what its Save edits button does)."""
    from qgis.core import QgsFeature, QgsGeometry
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt('MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))'))
    base = {'action_id': 'a-1', 'title': 'Drains', 'action_type': 'structural', 'status': 'approved'}
    base.update(values)
    for name, value in base.items():
        feature[name] = value
    assert layer.startEditing()
    assert layer.addFeature(feature)
    return layer.commitChanges()


@pytest.mark.parametrize('values, words', [
    ({'status': 'maybe'}, 'Status must be one of'),
    ({'title': '  '}, 'Title is required'),
    ({'action_type': None}, 'Type is required'),
    ({'hazards': 'flood, tsunami'}, 'Hazards must be among'),
    ({'cost_estimate': -5.0, 'currency': 'USD'}, 'Cost estimate must be a number of 0 or more'),
    ({'cost_estimate': 100.0}, 'Currency is required when there is a cost estimate'),
    ({'cost_estimate': 100.0, 'currency': 'dollars'}, 'three-letter ISO 4217 code'),
    ({'funding_status': 'hoped'}, 'Funding status must be one of'),
    ({'start_date': '2027-06-01', 'end_date': '2027-01-01'}, 'End date is before the start date'),
])
def test_qgis_own_save_cannot_write_an_invalid_action(register, values, words):
    layer = open_layer(register)
    assert not native_add(layer, **values)
    assert words in ' '.join(layer.commitErrors())            # QGIS shows the file's reason
    assert layer.isEditable() and len(layer.editBuffer().addedFeatures()) == 1    # the edit is kept
    layer.rollBack()
    assert register.rows('SELECT count(*) FROM {table}') == [(0,)]


def test_qgis_own_save_writes_a_valid_action_as_typed(register):
    from qgis.PyQt.QtCore import QDate
    layer = open_layer(register)
    assert native_add(layer, status=' Approved', hazards='Flood; sea level rise, heat', cost_estimate=90000.0,
                      currency='kes', start_date=QDate(2027, 1, 1), end_date=QDate(2027, 12, 31)), \
        layer.commitErrors()
    assert open_layer(register).featureCount() == 1


def test_what_validate_allows_the_file_allows(register):
    """Every rule the file checks is as loose as validate() on normalised values: the dock's save
    of actions that pass validate() is never refused by the file."""
    from resilience_planner.core.actions import normalised, validate
    samples = [
        {'title': 'Drains', 'action_type': 'Nature-Based ', 'status': 'in progress', 'hazards': 'sea level rise;flood',
         'cost_estimate': '90,000.50', 'currency': ' idr', 'funding_status': 'Committed', 'start_date': '2027-02-28',
         'end_date': '2027-02-28 00:00', 'beneficiaries': 0},
        {'title': 'x', 'action_type': 'capacity', 'status': 'done', 'hazards': 'other', 'cost_estimate': 0,
         'currency': 'USD'},
        {'title': 'Only the required ones', 'action_type': 'policy', 'status': 'cancelled'},
    ]
    layer = open_layer(register)
    for number, sample in enumerate(samples):
        assert validate(sample) == []
        record = normalised(sample)
        if not register.gpkg:
            # QGIS's PostgreSQL provider writes a Python date set on a feature as '' (its OGR provider converts
            # it): a script gives QGIS a QDate, as its own form does (README, "Shared register on PostGIS").
            from qgis.PyQt.QtCore import QDate
            record = {k: QDate(v) if isinstance(v, datetime.date) else v for k, v in record.items()}
        assert native_add(layer, action_id='a-{0}'.format(number),
                          **{k: v for k, v in record.items() if k in FIELD_NAMES}), layer.commitErrors()
    assert open_layer(register).featureCount() == len(samples)


@gpkg_only('the checks of a file made before them are added when it opens; a PostGIS register is made with its '
           'CHECK constraints and trigger, and opening never alters it')
def test_an_older_register_gains_the_checks_when_opened(register):
    from resilience_planner.qgis_side.register import open_register
    register = register.path
    with sqlite3.connect(register) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rp_check_%'")\
                .fetchall():
            db.execute('DROP TRIGGER "{0}"'.format(name))
    layer = QgsVectorLayer('{0}|layername={1}'.format(register, TABLE), 'actions', 'ogr')
    assert native_add(layer, status='maybe')                 # without the triggers the file took it
    layer, reason = open_register(register)
    assert reason is None
    assert not native_add(layer, action_id='a-2', status='maybe')
    assert 'Status must be one of' in ' '.join(layer.commitErrors())
    layer.rollBack()
