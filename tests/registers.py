"""One empty planned-action register for a test, in a GeoPackage or in PostGIS, behind one interface.

The GeoPackage register's tests run against the shared register in PostgreSQL/PostGIS too (issue 18's
"the whole GeoPackage test list passes against PostGIS too"): the fixture ``new_register`` (tests/conftest.py)
is parametrized 'gpkg' and 'postgis' and yields a :class:`Register`, which says what the tests need of either
store: where it is for Processing, how to open it as a layer, an editor or in the dock, and its stored rows
(read with sqlite3 from the file, with psql from the database: the real clients, not the plugin's code).

The PostGIS registers of one test module share one database of the tests' own server (tests/pg.py), each in a
fresh schema that is dropped, with its two roles, after the test.
"""
import itertools
import json
import sqlite3

from resilience_planner.core.actions import METADATA_TABLE, TABLE

BACKENDS = ('gpkg', 'postgis')
_numbers = itertools.count(1)


def gpkg_only(reason):
    """A pytest mark for a test that runs on the GeoPackage register only, with the reason (shown in the report:
    ``pytest -rs``). Used on tests that take ``new_register``: its 'postgis' case is skipped."""
    import pytest
    return pytest.mark.gpkg_only(reason)


class Register:
    """An empty register (made by ``resilienceplanner:createactionregister``) of one backend."""

    def __init__(self, backend, path=None, pg_server=None, dbname=None, schema=None, crs='EPSG:4326'):
        self.backend, self.path, self.pg_server, self.dbname, self.schema = backend, path, pg_server, dbname, schema
        self.crs = crs
        self.others = []

    # ------------------------------------------------------------------ making one
    @classmethod
    def create(cls, backend, tmp_path, pg_server=None, dbname=None, crs=None, name='register'):
        from qgis import processing
        parameters = {} if crs is None else {'CRS': crs}
        if backend == 'gpkg':
            path = str(tmp_path / '{0}.gpkg'.format(name))
            processing.run('resilienceplanner:createactionregister', dict(parameters, OUTPUT=path))
            return cls(backend, path=path)
        schema = 'reg{0}'.format(next(_numbers))
        processing.run('resilienceplanner:createactionregister', dict(
            parameters, DATABASE=pg_server.conninfo(dbname), SCHEMA=schema))
        return cls(backend, pg_server=pg_server, dbname=dbname, schema=schema)

    def another(self, tmp_path):
        """A second empty register of the same backend (another file, or another schema of the database)."""
        self.others.append(Register.create(self.backend, tmp_path, self.pg_server, self.dbname, name='other'))
        return self.others[-1]

    def drop(self):
        """Remove a PostGIS register's schema and roles (a file goes with the test's folder)."""
        if self.backend != 'postgis':
            return
        for other in self.others:
            other.drop()
        roles = '{0}_viewer, {0}_editor'.format(self.schema)
        self.pg_server.psql("SET lock_timeout = '10s'; DROP SCHEMA IF EXISTS {0} CASCADE".format(self.schema),
                            dbname=self.dbname, check=False)
        self.pg_server.psql('DROP OWNED BY {0}'.format(roles), dbname=self.dbname, check=False)
        self.pg_server.psql('DROP ROLE IF EXISTS {0}'.format(roles), check=False)

    # ------------------------------------------------------------------ naming it
    @property
    def gpkg(self):
        return self.backend == 'gpkg'

    @property
    def conninfo(self):
        return self.pg_server.conninfo(self.dbname)

    @property
    def source(self):
        """The register's table as a Processing input (ACTIONS, INPUT)."""
        if self.gpkg:
            return '{0}|layername={1}'.format(self.path, TABLE)
        return 'postgres://' + self.layer_uri()

    @property
    def target(self):
        """The parameters that name the register for importactions."""
        if self.gpkg:
            return {'REGISTER': self.path}
        return {'DATABASE': self.conninfo, 'SCHEMA': self.schema}

    @property
    def creation(self):
        """The parameters that would create this register again with createactionregister."""
        if self.gpkg:
            return {'OUTPUT': self.path}
        return {'DATABASE': self.conninfo, 'SCHEMA': self.schema}

    @property
    def name(self):
        """How the editor's and the dock's messages name the register: its file, or its schema in the database."""
        if self.gpkg:
            return self.path
        return '{0} in database "{1}" on 127.0.0.1:{2}'.format(self.schema, self.dbname, self.pg_server.port)

    def layer_uri(self):
        from resilience_planner.qgis_side.register_pg import database
        return database(self.conninfo).layer_uri(self.schema, TABLE).uri(False)

    # ------------------------------------------------------------------ opening it
    def open(self):
        """(layer, read-only reason), as the plugin opens the register."""
        if self.gpkg:
            from resilience_planner.qgis_side.register import open_register
            return open_register(self.path)
        from resilience_planner.qgis_side.register_pg import open_pg_register
        return open_pg_register(self.conninfo, self.schema)

    def editor(self):
        from resilience_planner.qgis_side.register_editor import RegisterEditor
        if self.gpkg:
            return RegisterEditor.open(self.path)
        return RegisterEditor.open_database(self.conninfo, self.schema)

    def plain_layer(self):
        """The register's table as QGIS opens it without the plugin (its Add Layer, its own Save edits)."""
        from qgis.core import QgsVectorLayer
        if self.gpkg:
            layer = QgsVectorLayer(self.source, 'actions', 'ogr')
        else:
            layer = QgsVectorLayer(self.layer_uri(), 'actions', 'postgres')
        assert layer.isValid()
        return layer

    def open_in(self, dock):
        """Open the register in the Planned actions dock, as a planner does (a file, or a database's schema)."""
        if self.gpkg:
            return dock.open_register(self.path)
        return dock.open_database_register(self.conninfo, self.schema)

    # ------------------------------------------------------------------ what it stores
    def rows(self, sql, *parameters):
        """The rows of ``sql`` (``{table}`` and ``{metadata}`` name the register's tables) as tuples of Python
        values: through sqlite3 (with ``parameters`` as ?) or psql (the values as JSON: None, numbers, texts;
        dates as ISO texts, as the GeoPackage stores them)."""
        sql = sql.format(table=self.table, metadata=self.metadata)
        if self.gpkg:
            with sqlite3.connect(self.path) as db:
                return db.execute(sql, parameters).fetchall()
        assert not parameters, 'write the values into the SQL for PostGIS'
        out = self.pg_server.psql('SELECT row_to_json(q)::text FROM ({0}) q'.format(sql), dbname=self.dbname).stdout
        return [tuple(json.loads(line, object_pairs_hook=lambda pairs: [v for _, v in pairs]))
                for line in out.split('\n') if line]

    def execute(self, sql):
        sql = sql.format(table=self.table, metadata=self.metadata)
        if self.gpkg:
            with sqlite3.connect(self.path) as db:
                db.execute(sql)
        else:
            self.pg_server.psql(sql, dbname=self.dbname)

    @property
    def table(self):
        return TABLE if self.gpkg else '{0}.{1}'.format(self.schema, TABLE)

    @property
    def metadata(self):
        return METADATA_TABLE if self.gpkg else '{0}.{1}'.format(self.schema, METADATA_TABLE)

    def set_schema_version(self, version):
        self.execute("UPDATE {{metadata}} SET value = '{0}' WHERE key = 'schema_version'".format(version))

    def add_column(self, name):
        """A text column added to the register's table by another tool (outside the plugin's schema)."""
        self.execute('ALTER TABLE {{table}} ADD COLUMN {0} text'.format(name))

    def __repr__(self):
        return 'Register({0}, {1})'.format(self.backend, self.path or self.schema)
