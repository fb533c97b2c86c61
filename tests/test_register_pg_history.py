"""The shared register's history in a real PostgreSQL/PostGIS: every insert, update and delete, whoever makes it
and whatever client, is kept in planned_actions_history by the server's trigger, with who and when."""
import datetime

import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from resilience_planner.core.actions import FIELD_NAMES, TABLE

COLUMNS = ', '.join(['fid'] + list(FIELD_NAMES))


@pytest.fixture
def register(plugin, pg_server, pg_database):
    processing.run('resilienceplanner:createactionregister', {'DATABASE': pg_server.conninfo(pg_database),
                                                              'CRS': 'EPSG:32737'})
    return pg_database


def history(pg_server, dbname, columns='operation, changed_by, fid, title, status'):
    return pg_server.query('SELECT {0} FROM resilience.planned_actions_history ORDER BY history_id'.format(columns),
                           dbname=dbname)


def layer_on(pg_server, dbname):
    from resilience_planner.qgis_side.register_pg import database
    layer = QgsVectorLayer(database(pg_server.conninfo(dbname)).layer_uri('resilience', TABLE).uri(False), 'actions',
                           'postgres')
    assert layer.isValid()
    return layer


def test_qgis_edits_are_recorded_with_who_and_when(pg_server, register):
    layer = layer_on(pg_server, register)
    before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)
    assert layer.startEditing()
    for title in ('Drains', 'Clinic'):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt('MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))'))
        for name, value in {'title': title, 'action_type': 'structural', 'status': 'proposed'}.items():
            feature[name] = value
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    fids = {f['title']: f['fid'] for f in layer.getFeatures()}
    assert layer.startEditing()
    drains = next(f for f in layer.getFeatures() if f['title'] == 'Drains')
    assert layer.changeAttributeValue(drains.id(), layer.fields().lookupField('status'), 'approved')
    assert layer.deleteFeature(next(f.id() for f in layer.getFeatures() if f['title'] == 'Clinic'))
    assert layer.commitChanges(), layer.commitErrors()
    rows = history(pg_server, register)
    assert sorted(rows[:2]) == sorted([['INSERT', 'rp_admin', str(fids[t]), t, 'proposed'] for t in ('Drains',
                                                                                                     'Clinic')])
    assert sorted(rows[2:]) == sorted([['UPDATE', 'rp_admin', str(fids['Drains']), 'Drains', 'approved'],
                                       ['DELETE', 'rp_admin', str(fids['Clinic']), 'Clinic', 'proposed']])
    # The entries of one transaction share it and its time: the two actions QGIS's provider added in one.
    # (QGIS writes a commit's additions, changes and deletions in separate transactions, unless the project
    # groups its layers in transactions.)
    saves = pg_server.query('SELECT transaction_id, changed_at, count(*), string_agg(DISTINCT operation, \',\') '
                            'FROM resilience.planned_actions_history GROUP BY 1, 2 ORDER BY 2', dbname=register)
    assert saves[0][2:] == ['2', 'INSERT'] and sum(int(row[2]) for row in saves) == 4
    after = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=5)
    for row in saves:
        assert before < datetime.datetime.fromisoformat(row[1].replace(' ', 'T')) < after
    # The geometry is kept with each state.
    assert pg_server.query("SELECT DISTINCT ST_AsText(geom), ST_SRID(geom) FROM resilience.planned_actions_history",
                           dbname=register) == [['MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)))', '32737']]


@pytest.fixture
def planner(pg_server, register):
    """A login of the office's with the right to edit the actions but none on the history."""
    name = 'rp_planner_{0}'.format(register[-8:].strip('_'))
    pg_server.psql("DROP ROLE IF EXISTS {0}; CREATE ROLE {0} LOGIN PASSWORD 'planner-pw'".format(name))
    pg_server.psql('GRANT USAGE ON SCHEMA resilience TO {0}; GRANT SELECT, INSERT, UPDATE, DELETE ON '
                   'resilience.planned_actions TO {0}; GRANT USAGE ON SEQUENCE resilience.planned_actions_fid_seq '
                   'TO {0}'.format(name), dbname=register)
    yield name
    pg_server.psql('DROP OWNED BY {0}'.format(name), dbname=register)
    pg_server.psql('DROP ROLE {0}'.format(name))


def test_another_login_is_recorded_and_cannot_touch_the_history(pg_server, register, planner):
    def as_planner(sql, check=True):
        return pg_server.psql(sql, dbname=register, user=planner, password='planner-pw', check=check)
    as_planner("INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('Sirens', "
               "'early warning', 'proposed'); UPDATE resilience.planned_actions SET status = 'done'; "
               "DELETE FROM resilience.planned_actions")
    assert [row[:2] for row in history(pg_server, register)] == [
        ['INSERT', planner], ['UPDATE', planner], ['DELETE', planner]]
    for sql in ('DELETE FROM resilience.planned_actions_history',
                "UPDATE resilience.planned_actions_history SET changed_by = 'someone else'",
                "INSERT INTO resilience.planned_actions_history (operation) VALUES ('INSERT')",
                'ALTER TABLE resilience.planned_actions DISABLE TRIGGER rp_history'):
        refused = as_planner(sql, check=False)
        assert refused.returncode != 0 and ('permission denied' in refused.stderr or 'must be owner' in
                                            refused.stderr), (sql, refused.stderr)
    assert len(history(pg_server, register)) == 3


def test_what_is_not_stored_leaves_no_history(pg_server, register):
    refused = pg_server.psql("INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('x', "
                             "'structural', 'maybe')", dbname=register, check=False)
    assert 'Resilience Planner: Status must be one of' in refused.stderr
    pg_server.psql("BEGIN; INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('Undone', "
                   "'policy', 'proposed'); ROLLBACK", dbname=register)
    assert history(pg_server, register) == []


def test_a_deleted_action_is_restored_whole_from_its_history(pg_server, register):
    pg_server.psql("INSERT INTO resilience.planned_actions (action_id, title, action_type, status, hazards, "
                   "cost_estimate, currency, start_date, created, geom) VALUES ('a-7', 'Wetland', 'nature-based', "
                   "'approved', 'flood', 120000, 'KES', '2027-03-01', '2026-01-02 03:04:05+00', ST_Multi("
                   "ST_GeomFromText('POLYGON((0 0, 5 0, 5 5, 0 0))', 32737)))", dbname=register)
    stored = pg_server.query('SELECT {0}, ST_AsText(geom) FROM resilience.planned_actions'.format(COLUMNS),
                             dbname=register)
    pg_server.psql("UPDATE resilience.planned_actions SET status = 'cancelled'; DELETE FROM resilience.planned_actions",
                   dbname=register)
    # The state before the cancellation: the entry of the INSERT.
    pg_server.psql("INSERT INTO resilience.planned_actions ({0}, geom) SELECT {0}, geom FROM "
                   "resilience.planned_actions_history WHERE action_id = 'a-7' AND operation = 'INSERT'".format(
                       COLUMNS), dbname=register)
    assert pg_server.query('SELECT {0}, ST_AsText(geom) FROM resilience.planned_actions'.format(COLUMNS),
                           dbname=register) == stored
    assert [row[0] for row in history(pg_server, register)] == ['INSERT', 'UPDATE', 'DELETE', 'INSERT']
