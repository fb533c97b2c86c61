"""The planned-action register in PostgreSQL/PostGIS, shared by an office: creating and opening it.

A database is named as QGIS users know it: the name of a PostgreSQL connection saved in QGIS
(Browser > PostgreSQL, which may use an authentication configuration), or a libpq connection
string such as ``service=office`` or ``dbname=city host=db.example.org port=5432 user=planner``.
The SQL comes from :mod:`..core.actions.sql`, generated from the register's single declaration
of fields and rules; it runs through QGIS's own PostgreSQL provider (no other driver needed) as
one script, which the server runs as one transaction: the register is created whole or not at
all, and an existing one is never dropped or altered.

The rules live in the database (CHECK constraints and a check trigger), so a row breaking one is
refused whatever wrote it; a layer opened here also carries the same form (value lists, QGIS
constraints) as the GeoPackage register, set when it is opened (the form is not saved in the
database: that would need a table outside the register's schema).
"""
import logging
import re

from qgis.core import (
    QgsApplication,
    QgsCredentials,
    QgsDataSourceUri,
    QgsException,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import assets
from .register import RegisterError, configure_register_layer, record_of
from .translation import Context

logger = logging.getLogger(__name__)
Register = Context('Register')

#: What the provider's connection API raises: QgsProviderConnectionException, which QGIS 3.22's Python sees as
#: QgsException and QGIS 3.40 and later as itself (not a subclass of QgsException there, nor on 3.22).
PROVIDER_ERRORS = (QgsException, QgsProviderConnectionException)

PROVIDER = 'postgres'


class Database:
    """A PostgreSQL database reached through QGIS's provider, and how to name it in a message."""

    def __init__(self, connection, label):
        self.connection = connection
        self.label = label

    def uri(self):
        return QgsDataSourceUri(self.connection.uri())

    def execute(self, sql, retry=True):
        """Run ``sql`` (one statement or a script, a single transaction) and return its rows.

        QGIS keeps its connections to a database in a pool, which still holds them when the server was
        restarted or ended them (an administrator, a network cut): the first statement on such a connection
        fails, and QGIS connects it again. With ``retry``, a statement that failed so is run once more, on the
        connection made anew, rather than the failure reaching the user; a save passes retry=False (it says the
        connection was lost, keeps the edits, and the next save connects again)."""
        try:
            return self.connection.executeSql(sql)
        except PROVIDER_ERRORS as err:
            if not retry or not _is_connection_lost(str(err).replace(sql, '')):
                raise
            logger.info('The connection to %s was lost (%s); connecting again', self.label,
                        hide_password(_reason(str(err).replace(sql, '')), self.uri()))
        return self.connection.executeSql(sql)

    def layer_uri(self, schema, table):
        from ..core.actions.sql import FID, GEOMETRY
        uri = self.uri()
        uri.setDataSource(schema, table, GEOMETRY, '', FID)
        uri.setWkbType(QgsWkbTypes.MultiPolygon)
        return uri


def _metadata():
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    if metadata is None:
        raise RegisterError(Register.tr('This QGIS has no PostgreSQL provider, so it cannot reach a database: '
                                        'install QGIS with its PostgreSQL support (Debian: qgis-providers).'))
    return metadata


def hide_password(text, uri=None):
    """``text`` without a password (of a connection string in it, or ``uri``'s)."""
    text = re.sub(r"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", 'password=***', str(text))
    if uri is not None and uri.password():
        text = text.replace(uri.password(), '***')
    return text


def describe(uri):
    """How a message names a database: its service, or its name, host and port; never its password."""
    if uri.service():
        return Register.tr('service "{0}"').format(uri.service())
    where = uri.host() or 'localhost'
    if uri.port():
        where += ':' + uri.port()
    return Register.tr('database "{0}" on {1}').format(uri.database() or '?', where)


def database(name_or_conninfo):
    """The :class:`Database` that DATABASE names (a QGIS connection name or a connection string),
    checked by connecting to it. Raises RegisterError saying what to fix."""
    text = (name_or_conninfo or '').strip()
    metadata = _metadata()
    connections = metadata.connections()
    if text in connections:
        connection = connections[text]
        label = Register.tr('the QGIS connection "{0}"').format(text)
    elif '=' in text:
        try:
            connection = metadata.createConnection(text, {})
        except PROVIDER_ERRORS as err:
            raise RegisterError(Register.tr('The connection string "{0}" cannot be read: {1}').format(
                hide_password(text), hide_password(err))) from None
        label = describe(QgsDataSourceUri(connection.uri()))
    else:
        known = ', '.join('"{0}"'.format(n) for n in sorted(connections)) or Register.tr('none')
        raise RegisterError(Register.tr(
            'There is no PostgreSQL connection "{0}" in QGIS (saved connections: {1}). Give the name of one '
            '(Browser > PostgreSQL > New Connection), or a connection string such as service=office or '
            'dbname=city host=db.example.org user=planner.').format(text, known))
    found = Database(connection, label)
    # When the connection fails, the provider's exception holds only the connection string; libpq's reason
    # goes to the message log, which is read here (the log's signal is delivered in this thread).
    logged = []

    def keep(message, tag, level):
        if tag == 'PostGIS':
            logged.append(message)
    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    try:
        found.execute('SELECT 1')
    except PROVIDER_ERRORS as err:
        reason = ' '.join(' '.join(logged).split()).replace('Connection to database failed ', '') or _reason(err)
        raise RegisterError(Register.tr(
            'Cannot connect to {0}: {1}. Check the host, port, database, user and password (or the service '
            'file), and that the server accepts you.').format(label, hide_password(reason, found.uri()))) from None
    finally:
        log.messageReceived.disconnect(keep)
    return found


def _reason(error, uri=None):
    """The server's reason from a provider exception, on one line and without a password."""
    text = hide_password(str(error), uri).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # QGIS wraps the server's message as 'SQL error: <statement> returned 7 [ERROR:  reason ...]'.
    match = re.search(r'\[(?:ERROR|FATAL):\s*(.*?)\]?$', ' '.join(lines), re.S)
    return (match.group(1) if match else ' '.join(lines)).strip().rstrip(']').strip()


def existing(db, schema):
    """{name: kind} of the register's tables and functions already in ``schema``."""
    from ..core.actions import sql
    return {row[0]: row[1] for row in db.execute(sql.existing_query(schema))}


def stored_version(db, schema):
    """The schema version in the register's metadata table (a number; infinity when unreadable), or None."""
    from ..core.actions import METADATA_TABLE, sql
    if METADATA_TABLE not in existing(db, schema):
        return None
    rows = db.execute(sql.version_query(schema))
    try:
        return float(rows[0][0])
    except (IndexError, TypeError, ValueError):
        return float('inf')          # unreadable: treated as newer, so the register opens read-only


def create_pg_register(database_name, schema, crs, then=()):
    """Create an empty register in ``schema`` of the database; returns the Database.

    Refuses (QgsProcessingException, nothing written) a schema that already holds any of the
    register's tables or functions, a CRS the database does not know, and a schema name that
    cannot be used. ``then``: statements run after the creation, in the same transaction (a copy's rows)."""
    from ..core.actions import METADATA_TABLE, TABLE, sql
    problem = sql.schema_problem(schema)
    if problem:
        raise QgsProcessingException(Register.tr(
            'The schema name "{0}" cannot be used: write it in lower-case letters, digits and underscores, '
            'starting with a letter, at most 56 characters (e.g. resilience), and not a schema of PostgreSQL or '
            'PostGIS itself (public, pg_...).').format(schema))
    try:
        db = database(database_name)
    except RegisterError as err:
        raise QgsProcessingException(str(err)) from None
    try:
        found = existing(db, schema)
        if TABLE in found or METADATA_TABLE in found:
            version = stored_version(db, schema)
            raise QgsProcessingException(Register.tr(
                'The schema "{0}" of {1} already holds an action register (schema version {2}). Open it in the '
                'Planned actions dock, or give another SCHEMA: an existing register is never dropped or '
                'altered.').format(schema, db.label, _version_text(version)))
        if found:
            raise QgsProcessingException(Register.tr(
                'The schema "{0}" of {1} already has {2} of a register, but no register table: nothing was '
                'created. Give another SCHEMA, or have the database owner remove them (they are not dropped '
                'here).').format(schema, db.label, ', '.join('{0} {1}'.format(k, n) for n, k in sorted(found.items()))))
        if not db.execute('SELECT 1 FROM pg_catalog.pg_extension WHERE extname = \'postgis\''):
            raise QgsProcessingException(Register.tr(
                '{0} has no PostGIS: the register\'s target areas need it. Ask the database owner to run CREATE '
                'EXTENSION postgis; in it (Debian: install postgresql-postgis on the server).').format(db.label))
        missing = _missing_roles(db, schema)
        if missing:
            raise QgsProcessingException(Register.tr(
                'Nothing was created in the schema "{0}" of {1}: the register\'s roles {2} do not exist and this '
                'login may not create roles. Ask the database administrator to create them (CREATE ROLE {3} '
                'NOLOGIN;) or to give this login CREATEROLE, then run this again.').format(
                    schema, db.label, ', '.join(missing), ' NOLOGIN; CREATE ROLE '.join(missing)))
        srid = crs.postgisSrid()
        known = srid and db.execute('SELECT 1 FROM spatial_ref_sys WHERE srid = {0:d}'.format(int(srid)))  # nosec B608
        if not known:
            raise QgsProcessingException(Register.tr(
                'The CRS {0} has no SRID that {1} knows (PostGIS\'s spatial_ref_sys): choose an EPSG CRS, '
                'such as the city\'s UTM zone or EPSG:4326.').format(crs.authid() or crs.description(), db.label))
        db.execute(sql.create_script(schema, srid, assets.metadata('version')) + ''.join(
            '\n' + statement + ';' for statement in then), retry=False)
    except PROVIDER_ERRORS as err:
        logger.info('Creating the register in %s, schema %s failed: %s', db.label, schema, hide_password(err))
        raise QgsProcessingException(Register.tr(
            'Nothing was created in the schema "{0}" of {1}: {2}. The creation is one transaction, so the '
            'database is as it was.').format(schema, db.label, _reason(err, db.uri()))) from None
    return db


def _missing_roles(db, schema):
    """The register's roles that do not exist when this login cannot create them (else [])."""
    from ..core.actions import sql
    rows = db.execute(sql.roles_query(schema))
    existing_roles = set((rows[0][0] or '').split(',')) if rows else set()
    may_create = bool(rows) and rows[0][1] in (True, 't', 'true', 1)
    return [] if may_create else [r for r in sql.role_names(schema) if r not in existing_roles]


def _version_text(version):
    if version is None:
        return '?'
    if version == float('inf'):
        return Register.tr('unreadable')
    return '{0:g}'.format(version)


def open_pg_register(database_name, schema):
    """The register layer of ``schema`` in the database, read-only when a newer plugin wrote it.

    Returns (layer, reason) where reason explains a read-only opening (else None), as
    ``register.open_register`` does for a GeoPackage."""
    from ..core.actions import METADATA_TABLE, TABLE, newer_version_reason, sql
    problem = sql.schema_problem(schema)
    if problem:
        raise RegisterError(problem)
    db = database(database_name)
    try:
        found = existing(db, schema)
        version = stored_version(db, schema)
    except PROVIDER_ERRORS as err:
        raise RegisterError(Register.tr('Cannot read the schema "{0}" of {1}: {2}').format(
            schema, db.label, _reason(err, db.uri()))) from None
    if TABLE not in found or METADATA_TABLE not in found:
        raise RegisterError(Register.tr(
            'The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}). Create one with '
            '"Create planned-action register" and this database.').format(schema, db.label, TABLE, METADATA_TABLE))
    layer = QgsVectorLayer(db.layer_uri(schema, TABLE).uri(False), Register.tr('Planned actions'), PROVIDER)
    if not layer.isValid():
        raise RegisterError(Register.tr('The register table {0}.{1} of {2} cannot be opened as a layer: {3}').format(
            schema, TABLE, db.label, hide_password(layer.dataProvider().error().message() if layer.dataProvider()
                                                   else '', db.uri())))
    configure_register_layer(layer)
    _configure_row_version(layer)
    reason = newer_version_reason(version)
    if not reason:
        try:
            reason = read_only_reason(access(db, schema), schema)
        except PROVIDER_ERRORS as err:
            raise RegisterError(Register.tr('Cannot read the rights on the schema "{0}" of {1}: {2}').format(
                schema, db.label, _reason(err, db.uri()))) from None
    if reason:
        layer.setReadOnly(True)
    track_versions(layer)
    return layer, reason


def _configure_row_version(layer):
    """The row version in the form: labelled, never edited by hand (the trigger keeps it)."""
    from ..core.actions.sql import ROW_VERSION
    index = layer.fields().lookupField(ROW_VERSION)
    if index < 0:
        return
    layer.setFieldAlias(index, Register.tr('Row version'))
    config = layer.editFormConfig()
    config.setReadOnly(index, True)
    layer.setEditFormConfig(config)


# ---------------------------------------------------------------------------------------------- roles and rights


class Access:
    """What the database login may do in a register: read always; insert, update and delete as granted."""

    def __init__(self, login, insert, update, delete, owner):
        self.login, self.insert, self.update, self.delete, self.owner = login, insert, update, delete, owner

    @property
    def can_edit(self):
        return self.insert or self.update

    def __repr__(self):
        return 'Access({0!r}, insert={1}, update={2}, delete={3}, owner={4!r})'.format(
            self.login, self.insert, self.update, self.delete, self.owner)


def _true(value):
    return value in (True, 1, 't', 'true', 'True')


def access(db, schema):
    """The :class:`Access` of ``db``'s login to the register in ``schema`` (raises one of PROVIDER_ERRORS)."""
    from ..core.actions import sql
    row = db.execute(sql.access_query(schema))[0]
    return Access(str(row[0]), _true(row[1]), _true(row[2]), _true(row[3]), str(row[4]))


def read_only_reason(found, schema):
    """Why a login with ``found`` (an :class:`Access`) may only read the register, or None when it may edit."""
    from ..core.actions import sql
    if found.can_edit:
        return None
    editor = sql.role_names(schema)[1]
    return Register.tr(
        'Your login "{0}" may read this register but not change it (it is not in the role {1}). It opens '
        'read-only: to edit, ask the owner of the register ({2}) to run GRANT {1} TO {0};').format(
            found.login, editor, found.owner)


def delete_refusal(layer):
    """Why this login may not delete actions of the PostGIS register ``layer`` (a sentence for the dock), or
    None when it may, or when ``layer`` is not a PostGIS register. Only the register's owner deletes: an
    editor sets the status to cancelled instead."""
    if layer is None or layer.providerType() != PROVIDER:
        return None
    from qgis.core import QgsVectorDataProvider
    provider = layer.dataProvider()
    if provider.capabilities() & QgsVectorDataProvider.DeleteFeatures:
        return None
    db, schema = layer_database(layer)
    try:
        owner = access(db, schema).owner
    except PROVIDER_ERRORS:
        owner = '?'
    return Register.tr('Only the owner of the shared register ({0}) deletes actions; set the status to "cancelled" '
                       'instead, or ask the owner to delete it.').format(owner)


def layer_database(layer):
    """(:class:`Database`, schema) of a PostGIS register layer, from its source (the password, if any, is
    only in the connection, never in a message)."""
    uri = QgsDataSourceUri(layer.source())
    connection = _metadata().createConnection(uri.connectionInfo(True), {})
    return Database(connection, describe(uri)), uri.schema()


def register_label(layer):
    """How a message names the PostGIS register of ``layer``: its schema and database, never a password."""
    uri = QgsDataSourceUri(layer.source())
    return Register.tr('schema "{0}" of {1}').format(uri.schema(), describe(uri))


def is_pg_register(layer):
    """Whether ``layer`` is a register table in PostgreSQL."""
    from ..core.actions import TABLE
    return layer is not None and layer.providerType() == PROVIDER and QgsDataSourceUri(layer.source()).table() == TABLE



# ---------------------------------------------------------------------------------------------- saving, row versions
#
# "Since it was read": the row versions a layer holds when editing starts (QGIS's toggle, the dock, or after a
# save), per feature id; an action reloaded or kept explicitly gets the stored version then. A save compares
# them with the stored ones first, writes the actions that still match in one statement (a PL/pgSQL block:
# one transaction, which refuses itself whole when a row changed meanwhile, and is then tried again), and keeps
# the others' edits in the buffer, named in a SaveConflict with who changed them and when.

#: Per layer id, {feature id: row version read}.
_READ = {}
#: Per layer id, {feature id: QgsFeature}: actions this session changed that someone else deleted meanwhile.
_GONE = {}


class Conflict:
    """An action not saved because someone else changed (or deleted) it since it was read."""

    def __init__(self, fid, title, action_id, changed_by, changed_at, deleted, read_version, stored_version):
        self.fid, self.title, self.action_id = fid, title, action_id
        self.changed_by, self.changed_at, self.deleted = changed_by, changed_at, deleted
        self.read_version, self.stored_version = read_version, stored_version

    def sentence(self):
        when = _when(self.changed_at)
        if self.deleted:
            return Register.tr('"{0}" was deleted by {1} at {2}').format(self.title, self.changed_by, when)
        return Register.tr('"{0}" was changed by {1} at {2}').format(self.title, self.changed_by, when)

    def __repr__(self):
        return 'Conflict({0}, {1!r}, by={2!r}, deleted={3})'.format(self.fid, self.title, self.changed_by,
                                                                     self.deleted)


class SaveConflict(RegisterError):
    """A save that wrote the other actions (``saved``) but not ``conflicts``, whose edits stay in the buffer."""

    def __init__(self, message, conflicts, saved):
        super().__init__(message)
        self.conflicts = conflicts
        self.saved = saved


def _when(value):
    text = str(value or '?')
    return text[:19].replace('T', ' ') if len(text) >= 19 else text


def track_versions(layer):
    """Remember the row versions whenever editing of ``layer`` starts (idempotent)."""
    layer_id = layer.id()
    if layer_id in _READ:
        return
    _READ[layer_id] = {}
    layer.editingStarted.connect(lambda: remember_versions(layer))
    layer.willBeDeleted.connect(lambda: (_READ.pop(layer_id, None), _GONE.pop(layer_id, None)))
    if layer.isEditable():
        remember_versions(layer)


def remember_versions(layer, fids=None):
    """Read the stored row versions of ``fids`` (all when None) as the versions this session has read."""
    from ..core.actions.sql import ROW_VERSION
    index = layer.fields().lookupField(ROW_VERSION)
    if index < 0:
        return
    request = QgsFeatureRequest().setSubsetOfAttributes([index]).setFlags(QgsFeatureRequest.NoGeometry)
    if fids is not None:
        request.setFilterFids(list(fids))
    versions = _READ.setdefault(layer.id(), {})
    if fids is None:
        versions.clear()
    for feature in layer.dataProvider().getFeatures(request):
        versions[feature.id()] = feature.attribute(index)


def read_version(layer, fid):
    """The row version of action ``fid`` this session read (None when unknown)."""
    return _READ.get(layer.id(), {}).get(fid)


def _stored(db, schema, fids):
    """{fid: row version} of the rows of ``fids`` still in the register."""
    from ..core.actions import TABLE
    from ..core.actions.sql import FID, ROW_VERSION, ident, qualified
    if not fids:
        return {}
    rows = db.execute('SELECT {0}, {1} FROM {2} WHERE {0} IN ({3})'.format(  # nosec B608
        ident(FID), ident(ROW_VERSION), qualified(schema, TABLE), ', '.join(str(int(f)) for f in fids)))
    return {int(row[0]): (int(row[1]) if row[1] is not None else None) for row in rows}


def _last_changes(db, schema, fids):
    """{fid: (operation, changed_by, changed_at)} of the latest history entry of each of ``fids``."""
    from ..core.actions.sql import FID, HISTORY_TABLE, ident, qualified
    if not fids:
        return {}
    rows = db.execute('SELECT DISTINCT ON ({0}) {0}, operation, changed_by, changed_at::text FROM {1} WHERE {0} IN '  # nosec B608
                      '({2}) ORDER BY {0}, history_id DESC'.format(ident(FID), qualified(schema, HISTORY_TABLE),
                                                                    ', '.join(str(int(f)) for f in fids)))
    return {int(row[0]): (row[1], row[2], row[3]) for row in rows}


def _value_sql(value, kind):
    from ..core.actions.sql import PG_TYPES, literal
    if value is None:
        return 'NULL'
    if kind == 'real':
        number = float(value)
        return repr(number) if number == number and abs(number) != float('inf') else "'NaN'::double precision"
    if hasattr(value, 'isoformat'):
        value = value.isoformat(sep=' ') if hasattr(value, 'hour') else value.isoformat()
    return '{0}::{1}'.format(literal(value), PG_TYPES[kind])


def _geometry_sql(feature, srid):
    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return 'NULL'
    return "ST_Multi(ST_GeomFromWKB(decode('{0}', 'hex'), {1:d}))".format(bytes(geometry.asWkb()).hex(), int(srid))


def _table_columns(db, schema):
    """{name: type} of the columns of the register's table in the database, in their order."""
    from ..core.actions import TABLE
    from ..core.actions.sql import literal, qualified
    rows = db.execute('SELECT attname, format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute WHERE attrelid '  # nosec B608
                      '= {0}::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum'.format(
                          literal(qualified(schema, TABLE))))
    return {str(row[0]): str(row[1]) for row in rows}


def _other_columns(layer, stored):
    """The columns of the register's table outside the plugin's schema (added by the office) that ``layer`` shows:
    [(name, type)]; and the layer's columns the table does not have (added in QGIS only)."""
    from qgis.core import QgsFields

    from ..core.actions import FIELD_NAMES
    from ..core.actions.sql import FID, GEOMETRY, ROW_VERSION
    own = set(FIELD_NAMES) | {FID, GEOMETRY, ROW_VERSION}
    fields = layer.fields()
    shown = [fields.at(i).name() for i in range(fields.count()) if fields.fieldOrigin(i) != QgsFields.OriginExpression]
    return ([(name, stored[name]) for name in shown if name in stored and name not in own],
            [name for name in shown if name not in stored])


def _other_sql(value, kind):
    """A value of a column outside the schema, as an SQL literal of the column's type."""
    from ..core.actions.sql import literal
    if value is None:
        return 'NULL'
    if hasattr(value, 'isoformat'):
        value = value.isoformat(sep=' ') if hasattr(value, 'hour') else value.isoformat()
    return '{0}::{1}'.format(literal(str(value)), kind)


def _save_block(schema, srid, writes, conflict_text, others=()):
    """One PL/pgSQL block (one statement, so one transaction) doing ``writes``: [(kind, fid, record, feature,
    version)], kind 'update', 'restore', 'insert' or 'delete'. An update or delete of a row that is gone or
    at another version than ``version`` raises (SQLSTATE 40001), so the block writes everything or nothing.
    ``others``: [(name, type)] of the table's columns outside the schema that are written too."""
    import secrets

    from ..core.actions import FIELDS, TABLE
    from ..core.actions.sql import CONFLICT_STATE, FID, GEOMETRY, ROW_VERSION, ident, literal, qualified
    table = qualified(schema, TABLE)
    names = [spec.name for spec in FIELDS] + [name for name, _ in others]
    columns = ', '.join(ident(n) for n in names + [GEOMETRY])
    lines = []
    for kind, fid, record, feature, version in writes:
        values = [] if kind == 'delete' else [_value_sql(record.get(spec.name), spec.kind) for spec in FIELDS] + [
            _other_sql(record.get(name), kind_of) for name, kind_of in others] + [_geometry_sql(feature, srid)]
        refuse = ("    IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = {0}, MESSAGE = {1}; END IF;".format(
            literal(CONFLICT_STATE), literal('{0} {1}'.format(conflict_text, fid))))
        if kind == 'update':
            sets = ', '.join('{0} = {1}'.format(ident(n), v) for n, v in zip(names + [GEOMETRY], values))
            lines.append('    UPDATE {0} SET {1}, {2} = {3} WHERE {4} = {5:d};'.format(  # nosec B608
                table, sets, ident(ROW_VERSION), int(version), ident(FID), int(fid)))
            lines.append(refuse)
        elif kind == 'delete':
            lines.append('    DELETE FROM {0} WHERE {1} = {2:d} AND {3} = {4:d};'.format(  # nosec B608
                table, ident(FID), int(fid), ident(ROW_VERSION), int(version)))
            lines.append(refuse)
        elif kind == 'restore':
            lines.append('    INSERT INTO {0} ({1}, {2}) VALUES ({3:d}, {4});'.format(  # nosec B608
                table, ident(FID), columns, int(fid), ', '.join(values)))
        else:
            lines.append('    INSERT INTO {0} ({1}) VALUES ({2});'.format(table, columns, ', '.join(values)))  # nosec B608
    body = '\n'.join(lines)
    tag = '$rp_save$'
    while tag in body:
        tag = '$rp_{0}$'.format(secrets.token_hex(6))
    return 'SET LOCAL standard_conforming_strings = on;\nDO {0}\nBEGIN\n{1}\nEND\n{0};'.format(tag, body)


_CONNECTION_WORDS = ('server closed the connection', 'terminating connection', 'connection to server',
                     'no connection to the server', 'could not connect', 'connection not open', 'ssl syscall',
                     'could not receive data', 'could not send data', 'connection refused', 'broken pipe',
                     'connection timed out', 'lost connection')
_CONFLICT_TEXT = 'Resilience Planner: changed meanwhile, fid'


def _is_connection_lost(text):
    text = (text or '').lower()
    return any(word in text for word in _CONNECTION_WORDS)


def _buffer_state(layer):
    """The edit buffer as plain copies: (added features, {fid: {index: value}}, {fid: geometry}, deleted ids)."""
    from qgis.core import QgsFeature, QgsGeometry
    buffer = layer.editBuffer()
    added = [QgsFeature(f) for _, f in sorted(buffer.addedFeatures().items(), key=lambda item: abs(item[0]))]
    attributes = {fid: dict(values) for fid, values in buffer.changedAttributeValues().items()}
    geometries = {fid: QgsGeometry(g) for fid, g in buffer.changedGeometries().items()}
    return added, attributes, geometries, set(buffer.deletedFeatureIds())


def _restart(layer, keep_editing):
    """Empty the buffer, read the register again and (with keep_editing) start editing anew."""
    from .register import begin_editing
    layer.rollBack()
    layer.dataProvider().reloadData()
    layer.reload()
    if keep_editing:
        begin_editing(layer)


def _reapply(layer, added, attributes, geometries, deleted):
    """Put edits back into the (new) buffer: the features ``added``, the attribute values and geometries of
    existing features, the deletions. Returns the fids whose rows are no longer there."""
    from qgis.core import QgsFeature
    missing = set()
    for feature in added:
        copy = QgsFeature(feature)
        layer.addFeature(copy)
    present = {f.id() for f in layer.dataProvider().getFeatures(QgsFeatureRequest().setFilterFids(
        list(set(attributes) | set(geometries) | set(deleted))).setNoAttributes().setFlags(
            QgsFeatureRequest.NoGeometry))} if (attributes or geometries or deleted) else set()
    for fid in set(attributes) | set(geometries):
        if fid not in present:
            missing.add(fid)
            continue
        for index, value in attributes.get(fid, {}).items():
            layer.changeAttributeValue(fid, index, value)
        if fid in geometries:
            layer.changeGeometry(fid, geometries[fid])
    for fid in deleted:
        if fid in present:
            layer.deleteFeature(fid)
    return missing


def save_pg_register(layer, user=None, keep_editing=True):
    """Save the edit buffer of a PostGIS register layer in one transaction, with row versions.

    Every new or changed action is validated first (nothing is written while one is invalid). The
    actions someone else changed or deleted since they were read are not written: their edits stay in
    the buffer, and SaveConflict names each, with who changed it and when (from the history); the rest
    is written in one transaction and counted in ``saved``. Returns the number of actions written.
    Raises RegisterError, the buffer as it was, when the connection is lost or the server refuses a row
    (with its reason; nothing is then written)."""
    from qgis.core import QgsFeature

    from ..core.actions import normalised, sql, stamp
    from .register import _SNAPSHOTS, _user, refuse_invalid
    buffer = layer.editBuffer()
    if buffer is None or not layer.isEditable():
        return 0
    refuse_invalid(layer)
    track_versions(layer)
    user = user or _user()
    db, schema = layer_database(layer)
    layer_id = layer.id()
    added_features, attributes, geometries, deleted = _buffer_state(layer)
    added = dict(buffer.addedFeatures())
    deleted = {fid for fid in deleted if fid >= 0}
    changed = (set(attributes) | set(geometries)) - deleted - set(added)
    gone = _GONE.get(layer_id, {})
    if not (added or deleted or changed):
        return 0
    try:
        others, unsaved = _other_columns(layer, _table_columns(db, schema))
    except PROVIDER_ERRORS as err:
        raise _lost_or_refused(err, db) from None
    if unsaved:
        raise RegisterError(Register.tr(
            'Not saved: the column(s) {0} were added in QGIS but are not in the database, and this save cannot add '
            'columns. Your edits are kept: remove the new column(s) and save, or ask the owner of the register to '
            'add them to its table first.').format(', '.join(unsaved)))
    read = _READ.setdefault(layer_id, {})
    for fid in (changed | deleted) - set(read):
        # Not read when editing started (a layer whose editing began elsewhere): read now.
        remember_versions(layer, [fid])
    if deleted and not (layer.dataProvider().capabilities() & _delete_capability()):
        raise RegisterError(delete_refusal(layer))
    current = {f.id(): QgsFeature(f) for f in layer.getFeatures(QgsFeatureRequest().setFilterFids(
        list(changed | set(added))))}
    srid = layer.crs().postgisSrid()
    for attempt in range(3):
        try:
            stored = _stored(db, schema, changed | deleted)
        except PROVIDER_ERRORS as err:
            raise _lost_or_refused(err, db) from None
        conflicts = {fid for fid in changed | deleted if stored.get(fid) != read.get(fid)}
        writes = []
        for fid in sorted(deleted - conflicts):
            writes.append(('delete', fid, None, None, read[fid]))
        for fid in sorted(changed - conflicts):
            writes.append(('update', fid, stamp(normalised(record_of(current[fid])), user), current[fid], read[fid]))
        for fid in sorted(added, key=abs):
            feature = current.get(fid, added[fid])
            writes.append(('insert', fid, stamp(normalised(record_of(feature)), user, new=True), feature, None))
        if not writes:
            break
        block = _save_block(schema, srid, writes, _CONFLICT_TEXT, others)
        try:
            db.execute(block, retry=False)
            break
        except PROVIDER_ERRORS as err:
            text = str(err).replace(block, '')       # QGIS's message repeats the statement: only the server's part
            if (_CONFLICT_TEXT in text or sql.CONFLICT_MARK in text) and attempt < 2:
                logger.info('A row of %s changed during the save; trying again', db.label)
                continue          # someone saved between the check and the write: nothing was written
            raise _lost_or_refused(err, db, block) from None
    else:           # pragma: no cover - three saves in a row raced by others
        raise RegisterError(Register.tr('Not saved: others keep changing the same actions in {0}. Your edits are '
                                        'kept; save again.').format(db.label))
    saved = len(writes)
    details = _conflicts(layer, db, schema, conflicts, stored, read, current, added_features)
    # The buffer now holds only the conflicting actions' edits; the others are in the database.
    kept_read = {fid: read.get(fid) for fid in conflicts}
    snapshot = dict(_SNAPSHOTS.get(layer_id, {}))          # as editing began: restarting reads it anew
    _restart(layer, keep_editing or bool(conflicts))
    if conflicts:
        missing = _reapply(layer, [], {f: attributes[f] for f in conflicts if f in attributes},
                           {f: geometries[f] for f in conflicts if f in geometries}, deleted & conflicts)
        _READ.setdefault(layer_id, {}).update(kept_read)
        for fid in missing:          # changed here, deleted there: kept aside until reloaded or kept explicitly
            base = snapshot.get(fid)
            if base is None:
                continue
            feature = QgsFeature(base)
            for index, value in attributes.get(fid, {}).items():
                feature.setAttribute(index, value)
            if fid in geometries:
                feature.setGeometry(geometries[fid])
            gone[fid] = feature
        if gone:
            _GONE[layer_id] = gone
        names = '; '.join(c.sentence() for c in details)
        summary = Register.tr('Saved {0} action(s); not saved: {1} action(s) someone else changed since you read '
                              'them.').format(saved, len(details))
        error = SaveConflict(Register.tr('{0} {1}. Your edits of them are kept: reload each to take the stored '
                                         'version, or keep yours to overwrite it, then save.').format(summary, names),
                             details, saved)
        error.summary = summary
        raise error
    return saved


def _delete_capability():
    from qgis.core import QgsVectorDataProvider
    return QgsVectorDataProvider.DeleteFeatures


def _conflicts(layer, db, schema, fids, stored, read, current, added_features):
    """The Conflict of each of ``fids``, who changed it and when from the history."""
    from .register import _SNAPSHOTS
    if not fids:
        return []
    try:
        last = _last_changes(db, schema, fids)
    except PROVIDER_ERRORS:
        last = {}
    out = []
    for fid in sorted(fids):
        feature = current.get(fid) or _SNAPSHOTS.get(layer.id(), {}).get(fid) or layer.getFeature(fid)
        title = feature['title'] if feature is not None and feature.isValid() else None
        action_id = feature['action_id'] if feature is not None and feature.isValid() else None
        operation, by, at = last.get(fid, ('?', '?', None))
        out.append(Conflict(fid, title or Register.tr('action {0}').format(fid), action_id, by, at,
                            fid not in stored, read.get(fid), stored.get(fid)))
    return out


def _lost_or_refused(err, db, statement=None):
    """The RegisterError for a save the server did not take: the connection lost, or a row refused."""
    text = str(err).replace(statement, '') if statement else str(err)
    reason = _reason(text, db.uri()).split('CONTEXT:')[0].strip().rstrip('.')     # not the statements behind it
    logger.info('Saving the register in %s failed: %s', db.label, hide_password(text, db.uri()))
    if _is_connection_lost(text):
        return RegisterError(Register.tr(
            'Not saved: the connection to {0} was lost ({1}). Your edits are kept in QGIS; a save is one '
            'transaction, so the database holds all of it or none. Check the network or the server, then save '
            'again.').format(db.label, reason or Register.tr('no answer')))
    return RegisterError(Register.tr('Not saved: {0} refused the save ({1}). Your edits are kept; nothing in the '
                                     'database changed.').format(db.label, reason))


def reload_action(layer, fid):
    """Drop this session's edits of action ``fid`` and take the stored version (after a conflict); the other
    edits stay in the buffer."""
    layer_id = layer.id()
    if _GONE.get(layer_id, {}).pop(fid, None) is not None:
        return
    added, attributes, geometries, deleted = _buffer_state(layer)
    attributes.pop(fid, None)
    geometries.pop(fid, None)
    deleted.discard(fid)
    kept = {f: v for f, v in _READ.get(layer_id, {}).items() if f in attributes or f in geometries or f in deleted}
    _restart(layer, True)
    _reapply(layer, added, attributes, geometries, deleted)
    _READ.setdefault(layer_id, {}).update(kept)


def keep_mine(layer, fid):
    """Keep this session's edits of action ``fid`` over the stored version (after a conflict): the next save
    writes them (an action deleted meanwhile is added back)."""
    from qgis.core import QgsFeature
    layer_id = layer.id()
    feature = _GONE.get(layer_id, {}).pop(fid, None)
    if feature is not None:
        copy = QgsFeature(feature)
        copy.setId(-1)
        layer.addFeature(copy)
        return
    remember_versions(layer, [fid])


def conflicted_gone(layer):
    """{fid: feature} of the actions this session changed that someone else deleted (not in the buffer)."""
    return dict(_GONE.get(layer.id(), {}))


# ---------------------------------------------------------------- the dock and the other tools (issue 18, item 6)

def registers_in(database_name):
    """[(schema, schema version)] of the registers in the database (a QGIS connection name or a connection
    string), in the schemas' order. Raises RegisterError saying what to fix."""
    from ..core.actions import sql
    db = database(database_name)
    try:
        schemas = [row[0] for row in db.execute(sql.registers_query())]
        return [(schema, stored_version(db, schema)) for schema in schemas]
    except PROVIDER_ERRORS as err:
        raise RegisterError(Register.tr('Cannot list the registers of {0}: {1}').format(
            db.label, _reason(err, db.uri()))) from None


def version_text(version):
    """A schema version as a list shows it ('1', 'unreadable', '?')."""
    return _version_text(version)


def password_free(database_name):
    """The connection string of the database without its password, for a project file or a layer's source.

    A password the connection string or the QGIS connection holds is kept in QGIS's credentials for this
    session only (as QGIS keeps one typed when asked), so that layers and connections made from the
    returned string still connect; an authentication configuration (authcfg) or a service stays named in
    it, and keeps the password where it belongs. Raises RegisterError when the database cannot be reached."""
    db = database(database_name)
    uri = QgsDataSourceUri(db.uri().connectionInfo(False))
    password = uri.password()
    if password:
        uri.setPassword('')
        # The realm is the provider's own: the connection string without the password (QgsPostgresConn).
        QgsCredentials.instance().put(uri.connectionInfo(False), uri.username(), password)
    return uri.connectionInfo(False)


def connection_names():
    """The names of the PostgreSQL connections saved in QGIS (Browser > PostgreSQL), sorted."""
    return sorted(_metadata().connections())


def describe_register(database_name, schema):
    """How the dock names a register in a database: its schema and the database, never a password."""
    text = (database_name or '').strip()
    if text in _metadata().connections():
        where = Register.tr('connection "{0}"').format(text)
    else:
        where = describe(QgsDataSourceUri(text))
    return Register.tr('{0} in {1}').format(schema, where)


def layer_source(layer):
    """A Processing input for the register ``layer``: its file (GeoPackage) or ``postgres://`` and its
    source (a database: no password in it when it was opened through :func:`password_free`)."""
    if layer.providerType() == PROVIDER:
        return '{0}://{1}'.format(PROVIDER, layer.source())
    return layer.source()


# ---------------------------------------------------------------- history and restore (issue 18, item 5)
#
# Every insert, update and delete is in the register's history (the trigger rp_history): the row as stored (for a
# delete, as it was), who, when. An action is put back into the state of one entry through the save's own block
# (_save_block), so that a restore is a save like any other: an UPDATE naming the row version it read (the version
# trigger refuses it when the action changed meanwhile), or, for an action deleted since, an INSERT with its fid
# and action_id; the rules, the row version and the history trigger apply, and the restore is itself in the
# history (an UPDATE, or an INSERT). A GeoPackage register keeps no history of its own edits: nothing to restore.

#: The register's fields that say who changed an action last and when: a restore stamps them as any save does
#: (modified_by the one who restored it), so they are neither compared nor brought back.
BOOKKEEPING = ('modified', 'modified_by')


class ActionState:
    """One state of an action: a history entry (``history_id``, ``operation``, ``changed_at``, ``changed_by``
    set), or the row stored now (those None). ``record``: the register's fields as the core reads them;
    ``geometry``: the target area as WKB (None when it has none)."""

    def __init__(self, record, geometry, fid, row_version, history_id=None, operation=None, changed_at=None,
                 changed_by=None):
        self.record, self.geometry, self.fid, self.row_version = record, geometry, fid, row_version
        self.history_id, self.operation, self.changed_at, self.changed_by = (history_id, operation, changed_at,
                                                                            changed_by)

    @property
    def action_id(self):
        return self.record.get('action_id')

    @property
    def title(self):
        return self.record.get('title')

    @property
    def when(self):
        """When the entry was recorded, as the conflict messages write it (YYYY-MM-DD HH:MM:SS, the server's)."""
        return _when(self.changed_at)

    def __repr__(self):
        return 'ActionState({0!r}, {1!r}, history_id={2}, version={3})'.format(self.title, self.operation,
                                                                              self.history_id, self.row_version)


class Restored:
    """A restore done: the action's id, title and fid, its new row version, and how it was written (UPDATE, or
    INSERT for an action that had been deleted)."""

    def __init__(self, action_id, title, fid, row_version, operation):
        self.action_id, self.title, self.fid, self.row_version, self.operation = (action_id, title, fid,
                                                                                  row_version, operation)


def _read_states(db, schema, history, condition):
    """The states of the rows of the register (``history`` False) or of its history that ``condition`` (SQL)
    keeps: history entries newest first, rows by fid."""
    from ..core.actions import FIELDS, TABLE
    from ..core.actions.sql import FID, GEOMETRY, HISTORY_TABLE, ROW_VERSION, ident, qualified
    from .register_copy import _pg_select, _pg_value, _plain
    kinds = [(FID, 'integer'), (ROW_VERSION, 'integer')] + [(spec.name, spec.kind) for spec in FIELDS]
    own = ['history_id::text', 'operation', 'changed_at::text', 'changed_by'] if history else []
    columns = own + [_pg_select(name, kind) for name, kind in kinds] + [
        "encode(ST_AsBinary({0}), 'hex')".format(ident(GEOMETRY))]
    rows = db.execute('SELECT {0} FROM {1} WHERE {2} ORDER BY {3}'.format(  # nosec B608
        ', '.join(columns), qualified(schema, HISTORY_TABLE if history else TABLE), condition,
        'history_id DESC' if history else ident(FID)))
    out = []
    for values in rows:
        values = [_plain(v) for v in values]
        head, body, wkb = values[:len(own)], values[len(own):-1], values[-1]
        row = {name: _pg_value(kind, value) for (name, kind), value in zip(kinds, body)}
        fid, version = row.pop(FID), row.pop(ROW_VERSION)
        geometry = bytes.fromhex(str(wkb)) if wkb else None
        if history:
            out.append(ActionState(row, geometry, fid, version, int(head[0]), str(head[1]), str(head[2]),
                                   str(head[3])))
        else:
            out.append(ActionState(row, geometry, fid, version))
    return out


def action_history(db, schema, action_id):
    """Every history entry of the action ``action_id`` (:class:`ActionState`), newest first."""
    from ..core.actions.sql import literal
    return _read_states(db, schema, True, 'action_id = {0}'.format(literal(action_id)))


def history_entry(db, schema, history_id):
    """The history entry ``history_id`` (:class:`ActionState`), or None."""
    found = _read_states(db, schema, True, 'history_id = {0:d}'.format(int(history_id)))
    return found[0] if found else None


def stored_state(db, schema, action_id):
    """The action ``action_id`` as stored now (:class:`ActionState`), or None when it is not in the register."""
    from ..core.actions.sql import literal
    found = _read_states(db, schema, False, 'action_id = {0}'.format(literal(action_id)))
    return found[0] if found else None


def state_differences(state, other):
    """[(field name, value in ``state``, value in ``other``)] of the register's fields that differ, in the schema's
    order, then ('geom', WKB, WKB) when the target areas differ; the BOOKKEEPING fields are left out. ``other``
    None (the action is deleted): every field ``state`` has a value in."""
    from ..core.actions import FIELDS
    from ..core.actions.sql import GEOMETRY
    out = []
    for spec in FIELDS:
        if spec.name in BOOKKEEPING:
            continue
        mine, theirs = state.record.get(spec.name), other.record.get(spec.name) if other is not None else None
        if not _same_value(mine, theirs):
            out.append((spec.name, mine, theirs))
    theirs = other.geometry if other is not None else None
    if (state.geometry or None) != (theirs or None):
        out.append((GEOMETRY, state.geometry, theirs))
    return out


def _same_value(one, other):
    if one in (None, '') or other in (None, ''):
        return one in (None, '') and other in (None, '')
    if isinstance(one, float) or isinstance(other, float):
        try:
            return float(one) == float(other)
        except (TypeError, ValueError):
            return False
    return one == other


def unsaved_edits(layer):
    """Whether ``layer`` holds edits not saved yet: its edit buffer, or the edits kept aside after a conflict
    with an action someone else deleted (:func:`conflicted_gone`)."""
    return bool(layer is not None and (layer.isModified() or _GONE.get(layer.id())))


def reload_register(layer):
    """Read the register of ``layer`` again (after a restore) and go on editing when it was being edited; the
    row versions read are the stored ones. The caller makes sure no edit is unsaved (:func:`unsaved_edits`)."""
    _restart(layer, layer.isEditable())


def layer_connection(layer):
    """The connection string of the PostGIS register ``layer`` without its password (its source's), as the
    algorithms take it for DATABASE."""
    uri = QgsDataSourceUri(layer.source())
    uri.setDataSource('', '', '')
    return uri.connectionInfo(False)


def restore_action(database_name, schema, action_id, history_id, expected_row_version=None, user=None):
    """Put the action ``action_id`` of the register in ``schema`` back into the state of its history entry
    ``history_id``: every field of the register and the target area as they were then (modified and modified_by
    say who restored it, and when), in one transaction, by the save's own statement (the rules, the row version
    and the history apply: the restore is an UPDATE in the history, or an INSERT for an action deleted since,
    which comes back with its fid and action_id).

    ``expected_row_version``: the row version the caller saw (with the history it chose from; 0: it saw the action
    deleted); the restore is refused when the stored one differs (someone changed, deleted or added back the action
    since), naming who and when.
    Returns a :class:`Restored`; raises RegisterError saying what to do, nothing written."""
    from qgis.core import QgsFeature, QgsGeometry

    from ..core.actions import METADATA_TABLE, SCHEMA_VERSION, TABLE, sql, stamp
    from ..core.actions.sql import FID, HISTORY_TABLE, ROW_VERSION, ident, literal, qualified
    from .register import _user
    action_id = (action_id or '').strip()
    problem = sql.schema_problem(schema)
    if problem:
        raise RegisterError(problem)
    if not action_id:
        raise RegisterError(Register.tr('Nothing was restored: give ACTION_ID, the action_id of the action to '
                                        'restore (a UUID: the action\'s form, or its history, shows it).'))
    db = database(database_name)
    where = Register.tr('the register in the schema "{0}" of {1}').format(schema, db.label)
    try:
        found = existing(db, schema)
        if TABLE not in found or METADATA_TABLE not in found:
            raise RegisterError(Register.tr(
                'Nothing was restored: the schema "{0}" of {1} holds no planned-action register (tables {2} and '
                '{3}).').format(schema, db.label, TABLE, METADATA_TABLE))
        if HISTORY_TABLE not in found:
            raise RegisterError(Register.tr(
                'Nothing was restored: {0} has no history table ({1}), so no earlier state of its actions is '
                'kept.').format(where, HISTORY_TABLE))
        version = stored_version(db, schema)
        if version is not None and version > SCHEMA_VERSION:
            raise RegisterError(Register.tr(
                'Nothing was restored: {0} was written by a newer Resilience Planner (schema version {1}; this one '
                'reads version {2}), so it is read-only here. Update the plugin, then restore the action.').format(
                    where, _version_text(version), SCHEMA_VERSION))
        entry = history_entry(db, schema, history_id)
        if entry is None or entry.action_id != action_id:
            raise RegisterError(_entry_refusal(db, schema, where, action_id, history_id, entry))
        current = stored_state(db, schema, action_id)
        rights = access(db, schema)
        if not (rights.update if current is not None else rights.insert):
            raise RegisterError(Register.tr(
                'Nothing was restored: your login "{0}" may read {1} but not change it (it is not in the role '
                '{2}). Ask the owner of the register ({3}) to run GRANT {2} TO {0};').format(
                    rights.login, where, sql.role_names(schema)[1], rights.owner))
        stored = current.row_version if current is not None else None
        if expected_row_version is not None and (stored or 0) != int(expected_row_version):
            raise RegisterError(_changed_since(db, schema, entry, current, int(expected_row_version)))
        if current is not None and not state_differences(entry, current):
            raise RegisterError(Register.tr(
                'Nothing was restored: the action "{0}" is already in the state of history entry {1} (only who '
                'changed it last, and when, may differ).').format(entry.title, entry.history_id))
        feature = QgsFeature()
        if entry.geometry:
            geometry = QgsGeometry()
            geometry.fromWkb(entry.geometry)
            feature.setGeometry(geometry)
        record = stamp(dict(entry.record), user or _user())
        srid = int(db.execute('SELECT Find_SRID({0}, {1}, {2})'.format(  # nosec B608
            literal(schema), literal(TABLE), literal('geom')))[0][0])
        if current is not None:
            write = ('update', current.fid, record, feature, stored)
        elif entry.fid is not None and not _stored(db, schema, [entry.fid]):
            write = ('restore', entry.fid, record, feature, None)           # back with its own fid
        else:
            write = ('insert', None, record, feature, None)
        block = _save_block(schema, srid, [write], _CONFLICT_TEXT)
        # In the same transaction (one script): the row as the restore left it.
        script = block + '\nSELECT {0}::text, {1}::text FROM {2} WHERE action_id = {3};'.format(  # nosec B608
            ident(FID), ident(ROW_VERSION), qualified(schema, TABLE), literal(action_id))
    except PROVIDER_ERRORS as err:
        raise RegisterError(Register.tr('Nothing was restored: cannot read {0}: {1}').format(
            where, _reason(err, db.uri()))) from None
    try:
        rows = db.execute(script, retry=False)
    except PROVIDER_ERRORS as err:
        text = str(err).replace(script, '')
        logger.info('Restoring %s from history entry %s in %s failed: %s', action_id, history_id, db.label,
                    hide_password(text, db.uri()))
        if _CONFLICT_TEXT in text or sql.CONFLICT_MARK in text or 'rp_unique_action_id' in text:    # changed meanwhile
            try:
                now = stored_state(db, schema, action_id)
            except PROVIDER_ERRORS:
                now = None
            raise RegisterError(_changed_since(db, schema, entry, now, stored)) from None
        reason = _reason(text, db.uri()).split('CONTEXT:')[0].strip().rstrip('.')
        if _is_connection_lost(text):
            raise RegisterError(Register.tr(
                'Nothing was restored: the connection to {0} was lost ({1}). A restore is one transaction, so the '
                'database holds none of it: restore again once the connection is back.').format(
                    db.label, reason or Register.tr('no answer'))) from None
        raise RegisterError(Register.tr(
            'Nothing was restored: {0} refused the state of history entry {1} ({2}). A restore is checked by the '
            'register\'s rules as any save is: restore another entry, or change the action in the Planned '
            'actions dock. Nothing in the database changed.').format(db.label, entry.history_id, reason)) from None
    fid, row_version = (int(rows[0][0]), int(rows[0][1])) if rows else (None, None)
    logger.info('Restored %s (%s) from history entry %s in %s: row version %s', entry.title, action_id,
                entry.history_id, db.label, row_version)
    return Restored(action_id, entry.title, fid, row_version, 'UPDATE' if current is not None else 'INSERT')


def _entry_refusal(db, schema, where, action_id, history_id, entry):
    """Why history entry ``history_id`` (``entry``, None when unknown) cannot restore the action ``action_id``."""
    ids = ', '.join(str(e.history_id) for e in action_history(db, schema, action_id))
    if entry is not None:
        if ids:
            return Register.tr(
                'Nothing was restored: history entry {0} is of another action, "{1}" ({2}), not of {3}. Give an '
                'entry of {3} as HISTORY_ID (its entries: {4}), or {2} as ACTION_ID to restore "{1}".').format(
                    entry.history_id, entry.title, entry.action_id, action_id, ids)
        return Register.tr(
            'Nothing was restored: history entry {0} is of another action, "{1}" ({2}), and {3} has no entry in the '
            'history of {4}: give {2} as ACTION_ID to restore "{1}", or check ACTION_ID.').format(
                entry.history_id, entry.title, entry.action_id, action_id, where)
    if ids:
        return Register.tr(
            'Nothing was restored: {0} has no history entry {1}. The entries of the action {2} are {3}: give one of '
            'them as HISTORY_ID (the History… of the Planned actions dock lists them).').format(
                where, int(history_id), action_id, ids)
    return Register.tr(
        'Nothing was restored: {0} has no history entry {1}, and no entry at all of the action {2}: check '
        'ACTION_ID and HISTORY_ID (the History… of the Planned actions dock lists an action\'s entries).').format(
            where, int(history_id), action_id)


def _changed_since(db, schema, entry, current, read):
    """The refusal of a restore whose action changed (or was deleted) since the caller read version ``read``,
    naming who did it and when (the action's newest history entry)."""
    try:
        history = action_history(db, schema, entry.action_id)
    except PROVIDER_ERRORS:
        history = []
    last = history[0] if history else None
    by, at = (last.changed_by, last.when) if last is not None else ('?', '?')
    title = (current.title if current is not None else None) or entry.title
    if current is not None and not read:
        return Register.tr(
            'Nothing was restored: the action "{0}" was added back by {1} at {2} since you read it deleted (version '
            '{3} stored). Look at its history again (that is its newest entry), then restore.').format(
                title, by, at, current.row_version)
    if current is None:
        return Register.tr(
            'Nothing was restored: the action "{0}" was deleted by {1} at {2} since you read it (version {3}). Look '
            'at its history again (the deletion is its newest entry), then restore.').format(title, by, at, read)
    return Register.tr(
        'Nothing was restored: the action "{0}" was changed by {1} at {2} since you read it (version {3} read, '
        'version {4} stored). Look at its history again (that change is its newest entry), then restore.').format(
            title, by, at, read, current.row_version)
