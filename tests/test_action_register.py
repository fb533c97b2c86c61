"""The planned-action register in a real GeoPackage: creation, the form QGIS enforces, versions."""
import sqlite3

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsVectorLayerUtils

from resilience_planner.core.actions import FIELD_NAMES, SCHEMA_VERSION, TABLE, read_only_reason


@pytest.fixture
def register(plugin, tmp_path):
    path = str(tmp_path / 'register.gpkg')
    result = processing.run('resilienceplanner:createactionregister', {'OUTPUT': path, 'CRS': 'EPSG:32737'})
    assert result['TABLE'] == TABLE
    return path


def open_layer(path):
    layer = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), 'actions', 'ogr')
    assert layer.isValid()
    return layer


def test_register_has_the_schema_and_its_version(register):
    layer = open_layer(register)
    assert [n for n in layer.fields().names() if n != 'fid'] == list(FIELD_NAMES)
    assert layer.crs().authid() == 'EPSG:32737' and layer.featureCount() == 0
    with sqlite3.connect(register) as db:
        assert db.execute("SELECT value FROM resilience_planner_metadata WHERE key = 'schema_version'").fetchone() \
            == (str(SCHEMA_VERSION),)
        assert db.execute('PRAGMA integrity_check').fetchone() == ('ok',)
    assert read_only_reason(register) is None


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
        processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    assert [f['title'] for f in open_layer(register).getFeatures()] == ['Keep me']


def test_not_a_geopackage_or_a_missing_folder_is_refused(plugin, tmp_path):
    with pytest.raises(QgsProcessingException, match='must be a GeoPackage'):
        processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(tmp_path / 'plan.shp')})
    with pytest.raises(QgsProcessingException, match='does not exist'):
        processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(tmp_path / 'no' / 'plan.gpkg')})
