"""resilienceplanner:copyregister on the tests' own PostgreSQL (tests/pg.py): a GeoPackage register into PostGIS,
back into a GeoPackage and into PostGIS again, losing no row, field or history entry; one transaction on the
target; an existing register is never overwritten."""
import os
import sqlite3

import pytest
from qgis import processing
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

from resilience_planner.core.actions import FIELD_NAMES, TABLE
from resilience_planner.core.actions.sql import HISTORY_TABLE
from resilience_planner.qgis_side.register import open_register, save_register

AREA = 'MULTIPOLYGON(((250000.125 9850000.5, 251000.25 9850000.5, 251000.25 9851000.75, 250000.125 9850000.5)))'


def copy(**parameters):
    return processing.run('resilienceplanner:copyregister', parameters)


@pytest.fixture
def gpkg(plugin, tmp_path):
    """A GeoPackage register (EPSG:32737) with three actions saved by the plugin and one deleted (a gap in the ids)."""
    path = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': path, 'CRS': 'EPSG:32737'})
    layer, _ = open_register(path)
    layer.startEditing()
    fields = layer.fields()
    for geometry, values in (
            (AREA, dict(title='Drains for Bondeni – phase 1', action_type='structural', status='approved',
                        hazards='flood, heat', settlements='S03, S04', cost_estimate=1234567.891, currency='KES',
                        funding_status='committed', description='Ligne 1\n"quoted" \'and\' ünïcode ✓',
                        notes='to delete later')),
            (None, dict(title='Sirens', action_type='early warning', status='proposed', cost_estimate=0.1,
                        currency='USD', start_date=QDate(2027, 1, 1), end_date=QDate(2028, 6, 30))),
            (None, dict(title='Cool roofs', action_type='nature-based', status='in progress', hazards='heat',
                        partners='Red Cross; County'))):
        area = QgsGeometry.fromWkt(geometry) if geometry else QgsGeometry()
        feature = QgsVectorLayerUtils.createFeature(layer, area, {fields.lookupField(k): v for k, v in values.items()})
        assert layer.addFeature(feature)
    assert save_register(layer) == 3
    layer.startEditing()
    sirens = next(f for f in layer.getFeatures() if f['title'] == 'Cool roofs')
    layer.deleteFeature(sirens.id())
    save_register(layer, keep_editing=False)
    return path


def gpkg_rows(path, table=TABLE, key='fid'):
    """The rows of a GeoPackage table as OGR reads them: key, every register field as text, the area as WKT."""
    from osgeo import gdal
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(table)
    rows = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        rows[feature.GetFID()] = {name: feature.GetFieldAsString(name) if feature.IsFieldSetAndNotNull(name) else None
                                  for name in FIELD_NAMES} | {
            'geom': geometry.ExportToIsoWkt() if geometry is not None else None}
    return rows


def pg_rows(pg_server, dbname, schema):
    """The rows as the server gives them (through JSON, so that text with line breaks stays whole)."""
    import json

    from osgeo import ogr
    rows = {}
    for (line,) in pg_server.query("SELECT json_build_array(fid, {0}, ST_AsText(geom))::text FROM {1}.planned_actions "
                                   "ORDER BY fid".format(', '.join(FIELD_NAMES), schema), dbname=dbname):
        values = json.loads(line)
        row = dict(zip(FIELD_NAMES, values[1:-1]))
        row['geom'] = ogr.CreateGeometryFromWkt(values[-1]).ExportToIsoWkt() if values[-1] else None
        rows[values[0]] = row
    return rows


def same_rows(pg_server, dbname, left, right, table, columns='*'):
    """No row of ``left``.table missing from ``right``.table or the other way round, the columns compared."""
    for a, b in ((left, right), (right, left)):
        assert pg_server.query('SELECT count(*) FROM (SELECT {3} FROM {0}.{2} EXCEPT ALL SELECT {3} FROM {1}.{2}) AS d'
                               .format(a, b, table, columns), dbname=dbname) == [['0']], (a, b, table)
    assert pg_server.query('SELECT count(*) FROM {0}.{1}'.format(left, table), dbname=dbname) == pg_server.query(
        'SELECT count(*) FROM {0}.{1}'.format(right, table), dbname=dbname)


def test_geopackage_to_postgis_to_geopackage_and_back_loses_nothing(plugin, gpkg, pg_server, pg_database, tmp_path):
    conninfo = pg_server.conninfo(pg_database)
    result = copy(INPUT=gpkg, OUTPUT_DATABASE=conninfo, OUTPUT_SCHEMA='shared')
    assert (result['ACTIONS'], result['HISTORY']) == (2, 0)
    original = gpkg_rows(gpkg)
    assert original[2]['start_date'] == '2027/01/01', original[2]
    assert sorted(original) == [1, 2]                                     # the deleted action's id stays a gap
    in_database = pg_rows(pg_server, pg_database, 'shared')
    assert sorted(in_database) == sorted(original)
    for fid, row in original.items():
        theirs = in_database[fid]
        assert theirs['geom'] == row['geom']
        assert float(theirs['cost_estimate']) == float(row['cost_estimate'])
        assert theirs['description'] == row['description'] and theirs['title'] == row['title']
        assert theirs['start_date'] == (row['start_date'].replace('/', '-') if row['start_date'] else None)
        assert theirs['created'].replace('T', ' ')[:19] == row['created'].replace('/', '-')[:19]
    # The copy added no history of its own; the database keeps the history of what happens next.
    assert pg_server.query('SELECT count(*) FROM shared.{0}'.format(HISTORY_TABLE), dbname=pg_database) == [['0']]
    pg_server.psql("UPDATE shared.planned_actions SET status = 'done', notes = NULL WHERE fid = 1; "
                   "DELETE FROM shared.planned_actions WHERE fid = 2; "
                   "INSERT INTO shared.planned_actions (title, action_type, status, created) VALUES ('Clinic', "
                   "'services', 'approved', '2026-03-01 10:00:00.123456+00')", dbname=pg_database)
    assert pg_server.query('SELECT fid FROM shared.planned_actions ORDER BY fid', dbname=pg_database) == [['1'], ['3']]
    history = pg_server.query('SELECT operation, fid FROM shared.{0} ORDER BY history_id'.format(HISTORY_TABLE),
                              dbname=pg_database)
    assert history == [['UPDATE', '1'], ['DELETE', '2'], ['INSERT', '3']]

    snapshot = str(tmp_path / 'snapshot.gpkg')
    result = copy(INPUT_DATABASE=conninfo, INPUT_SCHEMA='shared', OUTPUT=snapshot)
    assert (result['ACTIONS'], result['HISTORY']) == (2, 3) and result['OUTPUT'] == snapshot
    assert sorted(gpkg_rows(snapshot)) == [1, 3]
    assert gpkg_rows(snapshot)[1]['status'] == 'done' and gpkg_rows(snapshot)[1]['notes'] is None
    assert not [name for name in os.listdir(str(tmp_path)) if 'copying' in name]        # no partial file left
    # The GeoPackage holds the database's history in a table of the same name, the deleted action whole in it.
    kept = gpkg_rows(snapshot, HISTORY_TABLE)
    assert sorted(kept) == [1, 2, 3] and kept[2]['title'] == 'Sirens' and kept[2]['start_date'] == '2027/01/01'
    layer, reason = open_register(snapshot)
    assert reason is None and layer.featureCount() == 2 and layer.startEditing()     # a working register
    layer.rollBack()

    result = copy(INPUT=snapshot, OUTPUT_DATABASE=conninfo, OUTPUT_SCHEMA='back')
    assert (result['ACTIONS'], result['HISTORY']) == (2, 3)
    # Every column of every row and history entry, as the server compares them (times to the microsecond in
    # the history; the register's times as the GeoPackage keeps them, to the millisecond).
    same_rows(pg_server, pg_database, 'shared', 'back', HISTORY_TABLE)
    # The row versions come back too (through the history, the GeoPackage register has no such column).
    assert pg_server.query('SELECT fid, row_version FROM back.planned_actions ORDER BY fid', dbname=pg_database) == [
        ['1', '2'], ['3', '1']]
    others = ', '.join(['fid', 'geom', 'row_version'] + [n for n in FIELD_NAMES if n != 'created'])
    same_rows(pg_server, pg_database, 'shared', 'back', TABLE, others)
    # A time psql wrote to the microsecond is kept to the millisecond by the GeoPackage (the plugin writes whole
    # seconds, QGIS milliseconds); the history, kept as text in the GeoPackage, has it whole.
    assert pg_server.query("SELECT created FROM back.planned_actions WHERE fid = 3", dbname=pg_database) == [
        ['2026-03-01 10:00:00.123+00']]
    assert pg_server.query("SELECT created FROM back.{0} WHERE fid = 3".format(HISTORY_TABLE), dbname=pg_database) == [
        ['2026-03-01 10:00:00.123456+00']]
    # The copy is a working register: the next id follows, the history trigger is on, the rules hold.
    pg_server.psql("INSERT INTO back.planned_actions (title, action_type, status) VALUES ('Next', 'policy', "
                   "'proposed')", dbname=pg_database)
    assert pg_server.query("SELECT fid FROM back.planned_actions WHERE title = 'Next'", dbname=pg_database) == [['4']]
    assert pg_server.query("SELECT operation, fid FROM back.{0} ORDER BY history_id DESC LIMIT 1".format(
        HISTORY_TABLE), dbname=pg_database) == [['INSERT', '4']]
    refused = pg_server.psql("UPDATE back.planned_actions SET status = 'maybe' WHERE fid = 1", dbname=pg_database,
                             check=False)
    assert refused.returncode != 0 and 'Status must be one of' in refused.stderr


def versions(pg_server, dbname, schema, table=TABLE):
    return pg_server.query('SELECT fid, row_version FROM {0}.{1} ORDER BY {2}'.format(
        schema, table, 'fid' if table == TABLE else 'history_id'), dbname=dbname)


def test_the_row_versions_through_a_geopackage_and_between_databases(plugin, gpkg, pg_server, pg_database,
                                                                      tmp_path):
    conninfo = pg_server.conninfo(pg_database)
    copy(INPUT=gpkg, OUTPUT_DATABASE=conninfo, OUTPUT_SCHEMA='shared')
    assert versions(pg_server, pg_database, 'shared') == [['1', '1'], ['2', '1']]         # a first copy: 1 each
    pg_server.psql("UPDATE shared.planned_actions SET status = 'done' WHERE fid = 1; UPDATE shared.planned_actions "
                   "SET notes = 'twice' WHERE fid = 1; UPDATE shared.planned_actions SET notes = 'once' WHERE fid = 2",
                   dbname=pg_database)
    assert versions(pg_server, pg_database, 'shared') == [['1', '3'], ['2', '2']]
    assert versions(pg_server, pg_database, 'shared', HISTORY_TABLE) == [['1', '2'], ['1', '3'], ['2', '2']]

    # Into a GeoPackage: the register has no row_version column; its history table keeps each entry's version.
    snapshot = str(tmp_path / 'snapshot.gpkg')
    copy(INPUT_DATABASE=conninfo, INPUT_SCHEMA='shared', OUTPUT=snapshot)
    layer, _ = open_register(snapshot)
    assert layer.fields().lookupField('row_version') < 0
    with sqlite3.connect(snapshot) as db:
        assert db.execute('SELECT fid, row_version FROM {0} ORDER BY history_id'.format(HISTORY_TABLE)).fetchall() == [
            (1, 2), (1, 3), (2, 2)]
    # Changed and added in the GeoPackage (which counts no versions), then into a database again: an action as
    # its latest history entry has it keeps that version, one changed since goes one up, a new one starts at 1.
    layer.startEditing()
    sirens = next(f.id() for f in layer.getFeatures() if f['title'] == 'Sirens')
    assert layer.changeAttributeValue(sirens, layer.fields().lookupField('status'), 'approved')
    market = QgsVectorLayerUtils.createFeature(layer, QgsGeometry(), {
        layer.fields().lookupField('title'): 'Market', layer.fields().lookupField('action_type'): 'policy',
        layer.fields().lookupField('status'): 'proposed'})
    assert layer.addFeature(market)
    assert save_register(layer, keep_editing=False) == 2
    del layer
    result = copy(INPUT=snapshot, OUTPUT_DATABASE=conninfo, OUTPUT_SCHEMA='again')
    assert (result['ACTIONS'], result['HISTORY']) == (3, 3)
    assert versions(pg_server, pg_database, 'again') == [['1', '3'], ['2', '3'], ['3', '1']]
    same_rows(pg_server, pg_database, 'shared', 'again', HISTORY_TABLE)                 # no entry of the copy's own
    # The next change goes on from there, and a version in the history still names one state.
    pg_server.psql("UPDATE again.planned_actions SET status = 'done' WHERE fid = 2", dbname=pg_database)
    assert versions(pg_server, pg_database, 'again', HISTORY_TABLE) == [['1', '2'], ['1', '3'], ['2', '2'],
                                                                        ['2', '4']]
    stale = pg_server.psql('UPDATE again.planned_actions SET notes = \'late\', row_version = 3 WHERE fid = 2',
                           dbname=pg_database, check=False)
    assert stale.returncode != 0 and 'row version conflict' in stale.stderr      # the version trigger is back on

    # From a database into another, every version is kept as it was.
    copy(INPUT_DATABASE=conninfo, INPUT_SCHEMA='again', OUTPUT_DATABASE=conninfo, OUTPUT_SCHEMA='twin')
    assert versions(pg_server, pg_database, 'twin') == [['1', '3'], ['2', '4'], ['3', '1']]
    same_rows(pg_server, pg_database, 'again', 'twin', HISTORY_TABLE)
    same_rows(pg_server, pg_database, 'again', 'twin', TABLE)


def test_an_existing_register_is_never_overwritten(plugin, gpkg, pg_server, pg_database, tmp_path):
    conninfo = pg_server.conninfo(pg_database)
    copy(INPUT=gpkg, OUTPUT_DATABASE=conninfo)
    pg_server.psql("UPDATE resilience.planned_actions SET title = 'Changed in the database'", dbname=pg_database)
    with pytest.raises(QgsProcessingException, match='already holds an action register.*never dropped or altered'):
        copy(INPUT=gpkg, OUTPUT_DATABASE=conninfo)
    assert pg_server.query('SELECT DISTINCT title FROM resilience.planned_actions', dbname=pg_database) == [
        ['Changed in the database']]
    before = open(gpkg, 'rb').read()
    other = str(tmp_path / 'other.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': other})
    with pytest.raises(QgsProcessingException, match='already holds an action register.*never overwritten'):
        copy(INPUT_DATABASE=conninfo, OUTPUT=other)
    with pytest.raises(QgsProcessingException, match='already holds an action register'):
        copy(INPUT_DATABASE=conninfo, OUTPUT=gpkg)
    assert open(gpkg, 'rb').read() == before and open_register(other)[0].featureCount() == 0
    with pytest.raises(QgsProcessingException, match='either a GeoPackage or a database for the copy'):
        copy(INPUT=gpkg, OUTPUT=str(tmp_path / 'x.gpkg'), OUTPUT_DATABASE=conninfo)
    with pytest.raises(QgsProcessingException, match='Give the copy: a GeoPackage file or a database'):
        copy(INPUT=gpkg)
    with pytest.raises(QgsProcessingException, match='somewhere else'):
        copy(INPUT_DATABASE=conninfo, OUTPUT_DATABASE=conninfo)
    assert not (tmp_path / 'x.gpkg').exists()


def test_the_copy_into_the_database_is_one_transaction(plugin, gpkg, pg_server, pg_database):
    # A row the rules refuse, put into the file behind its triggers' back: the server refuses it, and nothing
    # of the copy (schema tables, rows made before it) is left.
    from osgeo import gdal
    with sqlite3.connect(gpkg) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rp_check_%'"
                                  ).fetchall():
            db.execute('DROP TRIGGER "{0}"'.format(name))
    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)          # GDAL's SQL has the GeoPackage's functions
    dataset.ExecuteSQL("UPDATE planned_actions SET status = 'maybe' WHERE fid = 2")
    dataset = None
    conninfo = pg_server.conninfo(pg_database)
    with pytest.raises(QgsProcessingException, match='Nothing was created in the schema "shared".*Status must be one '
                       'of.*one transaction'):
        copy(INPUT=gpkg, OUTPUT_DATABASE=conninfo, OUTPUT_SCHEMA='shared')
    assert pg_server.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'shared'", dbname=pg_database) == [['0']]


def test_a_register_of_a_newer_plugin_is_not_copied(plugin, gpkg, pg_server, pg_database, tmp_path):
    with sqlite3.connect(gpkg) as db:
        db.execute("UPDATE resilience_planner_metadata SET value = '7' WHERE key = 'schema_version'")
    with pytest.raises(QgsProcessingException, match='newer Resilience Planner \\(schema version 7.0'):
        copy(INPUT=gpkg, OUTPUT=str(tmp_path / 'copy.gpkg'))
    assert not (tmp_path / 'copy.gpkg').exists()
    with pytest.raises(QgsProcessingException, match='holds no planned-action register'):
        copy(INPUT_DATABASE=pg_server.conninfo(pg_database), OUTPUT=str(tmp_path / 'copy.gpkg'))


def test_the_copy_tool_is_in_the_menu_with_its_icon(plugin):
    from resilience_planner import assets
    item = next(a for a in plugin.menu.actions() if a.objectName() == 'resilienceplanner_copyregister')
    assert item.text() == 'Copy planned-action register…' and not item.icon().isNull()
    assert os.path.isfile(assets.icon_path('copyregister'))
