"""The shared register in a real PostgreSQL/PostGIS (the tests' own server, tests/pg.py): creation in one
transaction, never over an existing register, a newer schema read-only, the ways to name a database."""
import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from resilience_planner.core.actions import FIELD_NAMES, FIELDS, METADATA_TABLE, RULES, SCHEMA_VERSION, TABLE
from resilience_planner.core.actions import sql as pg_sql

HISTORY = pg_sql.HISTORY_TABLE


def create(conninfo, **parameters):
    values = {'DATABASE': conninfo, 'CRS': 'EPSG:32737'}
    values.update(parameters)
    return processing.run('resilienceplanner:createactionregister', values)


@pytest.fixture
def conninfo(pg_server, pg_database):
    return pg_server.conninfo(pg_database)


@pytest.fixture
def register(plugin, pg_server, pg_database, conninfo):
    """A register created by the algorithm in the schema ``resilience``; yields the database's name."""
    result = create(conninfo)
    assert result['TABLE'] == TABLE and not result['OUTPUT']
    return pg_database


def definition(pg_server, dbname, schema='resilience'):
    """The register's tables, columns, constraints, indexes and triggers as the server describes them."""
    return pg_server.query(
        "SELECT 'column', table_name, column_name, data_type, ordinal_position::text FROM information_schema.columns "
        "WHERE table_schema = '{0}' UNION ALL SELECT 'constraint', conrelid::regclass::text, conname, contype::text, "
        "pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = '{0}'::regnamespace UNION ALL "
        "SELECT 'index', tablename, indexname, '', indexdef FROM pg_indexes WHERE schemaname = '{0}' UNION ALL "
        "SELECT 'trigger', tgrelid::regclass::text, tgname, '', pg_get_triggerdef(oid) FROM pg_trigger "
        "WHERE NOT tgisinternal AND tgrelid::regclass::text LIKE '{0}.%' ORDER BY 1, 2, 3".format(schema),
        dbname=dbname)


def test_the_algorithm_creates_the_register_tables_rules_and_history(pg_server, register):
    columns = pg_server.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                              "'resilience' AND table_name = '{0}' ORDER BY ordinal_position".format(TABLE),
                              dbname=register)
    kinds = {'text': 'text', 'real': 'double precision', 'date': 'date', 'datetime': 'timestamp with time zone'}
    assert columns == [['fid', 'integer']] + [[f.name, kinds[f.kind]] for f in FIELDS] + [
        ['geom', 'USER-DEFINED'], ['row_version', 'integer']]
    assert pg_server.query("SELECT type, srid, coord_dimension FROM geometry_columns WHERE f_table_schema = "
                           "'resilience' AND f_table_name = '{0}'".format(TABLE), dbname=register) == [
        ['MULTIPOLYGON', '32737', '2']]
    indexes = pg_server.query("SELECT indexdef FROM pg_indexes WHERE schemaname = 'resilience' AND tablename = "
                              "'{0}'".format(TABLE), dbname=register)
    assert any('USING gist (geom)' in row[0] for row in indexes)
    assert pg_server.query('SELECT key, value FROM resilience.{0} ORDER BY key'.format(METADATA_TABLE),
                           dbname=register)[1:3] == [['schema_version', str(SCHEMA_VERSION)], ['table', TABLE]]
    # Every rule the column types do not enforce is a CHECK of its own, commented with its message.
    checks = pg_server.query("SELECT conname, obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE "
                             "conrelid = 'resilience.{0}'::regclass AND contype = 'c' ORDER BY conname".format(TABLE),
                             dbname=register)
    expected = sorted(['rp_check_' + r.name, r.message] for r in RULES if r.postgres() is not None)
    assert checks == expected and len(checks) == len(RULES) - 2            # the two date rules: the date type
    triggers = pg_server.query("SELECT tgname FROM pg_trigger WHERE tgrelid = 'resilience.{0}'::regclass AND NOT "
                               "tgisinternal ORDER BY tgname".format(TABLE), dbname=register)
    assert triggers == [['rp_check_rules'], ['rp_history'], ['rp_row_version']]
    history = [row[0] for row in pg_server.query(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'resilience' AND table_name = "
        "'{0}' ORDER BY ordinal_position".format(HISTORY), dbname=register)]
    assert history == list(pg_sql.HISTORY_COLUMNS) + ['fid'] + list(FIELD_NAMES) + ['geom', 'row_version']


def test_the_register_opens_as_a_qgis_layer_with_the_form(plugin, register, conninfo):
    from resilience_planner.qgis_side.register_pg import open_pg_register
    layer, reason = open_pg_register(conninfo, 'resilience')
    assert reason is None and layer.isValid() and layer.providerType() == 'postgres'
    assert [n for n in layer.fields().names() if n != 'fid'] == list(FIELD_NAMES) + ['row_version']
    assert layer.editFormConfig().readOnly(layer.fields().lookupField('row_version'))
    assert layer.crs().authid() == 'EPSG:32737' and layer.featureCount() == 0
    fields = layer.fields()
    assert layer.editorWidgetSetup(fields.lookupField('status')).type() == 'ValueMap'
    assert layer.attributeAlias(fields.lookupField('cost_estimate')) == 'Cost estimate'
    assert layer.startEditing()
    layer.rollBack()


def test_an_existing_register_is_never_dropped_or_altered(pg_server, register, conninfo):
    pg_server.psql("INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('Keep me', 'policy', "
                   "'approved')", dbname=register)
    before = definition(pg_server, register)
    with pytest.raises(QgsProcessingException, match='The schema "resilience" of database "{0}" on 127.0.0.1:{1} '
                       'already holds an action register \\(schema version 1\\).*never dropped or altered'.format(
                           register, pg_server.port)):
        create(conninfo)
    assert definition(pg_server, register) == before
    assert pg_server.query('SELECT title FROM resilience.planned_actions', dbname=register) == [['Keep me']]
    # Another schema of the same database takes a register of its own.
    create(conninfo, SCHEMA='district_2')
    assert pg_server.query('SELECT count(*) FROM district_2.planned_actions', dbname=register) == [['0']]


def test_the_creation_is_one_transaction_nothing_is_left_when_it_fails(plugin, pg_server, pg_database, conninfo):
    # The schema exists and holds an index of another table with the name the register's index takes:
    # the server refuses that statement late in the script, and the tables made before it must be gone.
    pg_server.psql('CREATE SCHEMA resilience; CREATE TABLE resilience.other (g text); '
                   'CREATE INDEX rp_planned_actions_geom ON resilience.other (g)', dbname=pg_database)
    with pytest.raises(QgsProcessingException, match='Nothing was created in the schema "resilience".*'
                       'rp_planned_actions_geom.*already exists.*one transaction'):
        create(conninfo)
    assert pg_server.query("SELECT relname FROM pg_class WHERE relnamespace = 'resilience'::regnamespace "
                           "ORDER BY 1", dbname=pg_database) == [['other'], ['rp_planned_actions_geom']]
    assert pg_server.query("SELECT count(*) FROM pg_proc WHERE pronamespace = 'resilience'::regnamespace",
                           dbname=pg_database) == [['0']]


def test_part_of_a_register_without_its_table_is_named_and_left_alone(plugin, pg_server, pg_database, conninfo):
    pg_server.psql('CREATE SCHEMA resilience; CREATE TABLE resilience.{0} (x int)'.format(HISTORY),
                   dbname=pg_database)
    with pytest.raises(QgsProcessingException, match='already has table {0} of a register'.format(HISTORY)):
        create(conninfo)
    assert pg_server.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'resilience'",
                           dbname=pg_database) == [['1']]


def test_a_newer_schema_version_opens_read_only_with_the_reason(pg_server, register, conninfo):
    from resilience_planner.qgis_side.register_pg import open_pg_register
    pg_server.psql("UPDATE resilience.{0} SET value = '2' WHERE key = 'schema_version'".format(METADATA_TABLE),
                   dbname=register)
    layer, reason = open_pg_register(conninfo, 'resilience')
    assert 'written by a newer Resilience Planner (schema version 2.0; this one reads version 1)' in reason
    assert layer.readOnly() and not layer.startEditing()
    with pytest.raises(QgsProcessingException, match='already holds an action register \\(schema version 2\\)'):
        create(conninfo)
    pg_server.psql("UPDATE resilience.{0} SET value = 'two' WHERE key = 'schema_version'".format(METADATA_TABLE),
                   dbname=register)
    assert open_pg_register(conninfo, 'resilience')[0].readOnly()           # unreadable: as newer


def test_opening_a_schema_without_a_register_says_how_to_make_one(plugin, pg_server, pg_database, conninfo):
    from resilience_planner.qgis_side.register import RegisterError
    from resilience_planner.qgis_side.register_pg import open_pg_register
    with pytest.raises(RegisterError, match='The schema "resilience" of database .* holds no planned-action '
                       'register.*Create planned-action register'):
        open_pg_register(conninfo, 'resilience')


@pytest.mark.parametrize('schema, words', [
    ('Resilience', 'lower-case letters'), ('2040', 'starting with a letter'), ('public', 'not a schema of PostgreSQL'),
    ('a' * 57, 'at most 56'), ('x; DROP TABLE y', 'cannot be used')])
def test_a_schema_name_that_cannot_hold_a_register_is_refused(plugin, pg_server, pg_database, conninfo, schema,
                                                              words):
    with pytest.raises(QgsProcessingException, match=words):
        create(conninfo, SCHEMA=schema)
    assert pg_server.query("SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN "
                           "('public', 'information_schema')", dbname=pg_database) == [['0']]


def test_a_database_that_cannot_be_reached_is_named_without_its_password(plugin, pg_server, pg_database, tmp_path):
    wrong = pg_server.conninfo(pg_database, password='not-the-password')
    with pytest.raises(QgsProcessingException) as caught:
        create(wrong)
    text = str(caught.value)
    assert text.startswith('Cannot connect to database "{0}" on 127.0.0.1:{1}'.format(pg_database, pg_server.port))
    assert 'password authentication failed' in text and 'not-the-password' not in text
    with pytest.raises(QgsProcessingException, match='There is no PostgreSQL connection "office" in QGIS'):
        create('office')
    with pytest.raises(QgsProcessingException, match='either a GeoPackage file or a database'):
        create(pg_server.conninfo(pg_database), OUTPUT=str(tmp_path / 'register.gpkg'))
    with pytest.raises(QgsProcessingException, match='GeoPackage file, or a database'):
        processing.run('resilienceplanner:createactionregister', {})
    assert not (tmp_path / 'register.gpkg').exists()


def test_a_qgis_connection_name_and_a_service_file_name_the_database(plugin, pg_server, pg_database, tmp_path,
                                                                   monkeypatch):
    from qgis.core import QgsProviderRegistry

    from resilience_planner.qgis_side.register_pg import open_pg_register
    metadata = QgsProviderRegistry.instance().providerMetadata('postgres')
    metadata.saveConnection(metadata.createConnection(pg_server.conninfo(pg_database), {
        'saveUsername': True, 'savePassword': True}), 'Office register')
    try:
        create('Office register', SCHEMA='by_name')
        layer, reason = open_pg_register('Office register', 'by_name')
        assert layer.isValid() and reason is None
    finally:
        metadata.deleteConnection('Office register')
    service, name = pg_server.service_file(tmp_path, pg_database)
    monkeypatch.setenv('PGSERVICEFILE', service)
    create('service=' + name, SCHEMA='by_service')
    layer, reason = open_pg_register('service=' + name, 'by_service')
    assert layer.isValid() and reason is None and layer.featureCount() == 0
    assert pg_server.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'by\\_%' ORDER BY 1",
                           dbname=pg_database) == [['by_name'], ['by_service']]


def test_the_geopackage_register_is_made_as_before(plugin, tmp_path):
    result = processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(tmp_path / 'r.gpkg')})
    assert result['OUTPUT'] == str(tmp_path / 'r.gpkg') and (tmp_path / 'r.gpkg').is_file()
