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
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import assets
from .register import RegisterError, configure_register_layer
from .translation import Context

logger = logging.getLogger(__name__)
Register = Context('Register')

# The provider raises QgsProviderConnectionException, which QGIS 3.22's Python sees as its base QgsException.

PROVIDER = 'postgres'


class Database:
    """A PostgreSQL database reached through QGIS's provider, and how to name it in a message."""

    def __init__(self, connection, label):
        self.connection = connection
        self.label = label

    def uri(self):
        return QgsDataSourceUri(self.connection.uri())

    def execute(self, sql):
        """Run ``sql`` (one statement or a script, a single transaction) and return its rows."""
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
        except QgsException as err:
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
    except QgsException as err:
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
        srid = crs.postgisSrid()
        known = srid and db.execute('SELECT 1 FROM spatial_ref_sys WHERE srid = {0:d}'.format(int(srid)))
        if not known:
            raise QgsProcessingException(Register.tr(
                'The CRS {0} has no SRID that {1} knows (PostGIS\'s spatial_ref_sys): choose an EPSG CRS, '
                'such as the city\'s UTM zone or EPSG:4326.').format(crs.authid() or crs.description(), db.label))
        db.execute(sql.create_script(schema, srid, assets.metadata('version')) + ''.join(
            '\n' + statement + ';' for statement in then))
    except QgsException as err:
        logger.info('Creating the register in %s, schema %s failed: %s', db.label, schema, hide_password(err))
        raise QgsProcessingException(Register.tr(
            'Nothing was created in the schema "{0}" of {1}: {2}. The creation is one transaction, so the '
            'database is as it was.').format(schema, db.label, _reason(err, db.uri()))) from None
    return db


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
    except QgsException as err:
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
    reason = newer_version_reason(version)
    if reason:
        layer.setReadOnly(True)
    return layer, reason


# ---------------------------------------------------------------- the dock and the other tools (issue 18, item 6)

def registers_in(database_name):
    """[(schema, schema version)] of the registers in the database (a QGIS connection name or a connection
    string), in the schemas' order. Raises RegisterError saying what to fix."""
    from ..core.actions import sql
    db = database(database_name)
    try:
        schemas = [row[0] for row in db.execute(sql.registers_query())]
        return [(schema, stored_version(db, schema)) for schema in schemas]
    except QgsException as err:
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


def save_pg_register(layer, user, keep_editing=True):
    """Write the edit buffer of a register layer in a database (validated by ``register.save_register``
    first): each new or changed action stamped (action_id, created, modified, modified_by), then written
    by QGIS's PostgreSQL provider. The server checks every row itself; when it refuses one, nothing of
    that kind of change is written, the reason is raised as RegisterError and the edits stay in the buffer.

    The provider writes the additions, the changes and the deletions each in a transaction of its own (a
    save of new actions only, as an import, is one transaction)."""
    from qgis.core import QgsFeatureRequest

    from ..core.actions import normalised, stamp
    from .register import RegisterError, begin_editing, record_of
    buffer = layer.editBuffer()
    added = set(buffer.addedFeatures())
    deleted = set(buffer.deletedFeatureIds())
    changed = (set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())) - deleted - added
    if not (added or changed or deleted):
        return 0
    fields = layer.fields()
    for feature in list(layer.getFeatures(QgsFeatureRequest().setFilterFids(list(added | changed)))):
        before = record_of(feature)
        record = stamp(normalised(before), user, new=feature.id() in added)
        values = {}
        for name, value in record.items():
            index = fields.lookupField(name)
            if index >= 0 and name != FID_FIELD and value != before.get(name):
                values[index] = _variant(value)
        if values:
            # As stamped: the form's "on update" defaults (modified, modified_by) are not computed again.
            layer.changeAttributeValues(feature.id(), values, {}, True)
    count = len(added) + len(changed) + len(deleted)
    if not layer.commitChanges(not keep_editing):
        errors = ' '.join(layer.commitErrors())
        # The server's own sentence: the rules' message, or the last ERROR of the provider's report.
        match = re.search(r'(Resilience Planner: .*?)(?:\n|$|CONTEXT)', errors, re.S) or \
            (re.findall(r'ERROR:\s+([^\n]*)', errors) or [None])[-1]
        reason = (match.group(1) if hasattr(match, 'group') else match or hide_password(errors)).strip()
        raise RegisterError(Register.tr('Not saved: the database refused the changes ({0}). Your edits are kept in '
                                        'QGIS: fix them and save again.').format(reason))
    if keep_editing:
        begin_editing(layer)
    return count


FID_FIELD = 'fid'


def _variant(value):
    """A Python value as QGIS stores it: a time with its zone as a QDateTime in UTC (PyQt drops the zone)."""
    import datetime
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        from qgis.PyQt.QtCore import QDateTime, Qt
        return QDateTime.fromString(value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
                                    Qt.DateFormat.ISODate)
    return value
