"""Copying a planned-action register between a GeoPackage and PostgreSQL/PostGIS, losing nothing.

Every row is copied with its feature id, every field as stored (dates, times, amounts, text) and its
target area; and every history entry. A PostGIS register keeps its history in
``planned_actions_history`` (``core.actions.sql``); a GeoPackage register keeps none of its own (its
edits are not recorded), so a copy into a GeoPackage carries the PostGIS history in a table of the
same name and columns, and a copy back into PostGIS puts it back in the history table as it was.
The copy adds no history entry of its own: the history says what people did, not that it moved.

Row versions (``row_version``, which only PostGIS keeps): the history's entries keep theirs wherever the history
goes (a column of the GeoPackage's history table too), so that it comes back to the server as it was. A
GeoPackage register has no such column, and its own saves count no versions, so a copy into a GeoPackage keeps
the rows' versions only through the history; a copy into PostGIS gives each action the version of its latest
state in the history (one more when the action was changed in the GeoPackage since, so that a version in the
history always names one state), 1 when the history does not know it (an action added in the GeoPackage, or a
register that never was in a database). From a database into another, every version is kept as it was.

The target is written in one transaction: in PostGIS the creation of the register, its rows and its
history are one script the server runs as one transaction; a GeoPackage is written in a new file
next to the target and moved into place only once complete. Either the whole register is there, or
nothing. An existing register is never overwritten.
"""
import datetime
import logging
import os

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsVectorLayer

from .register import RegisterError
from .register_pg import PROVIDER_ERRORS
from .translation import Context

logger = logging.getLogger(__name__)
Register = Context('Register')

UTC = datetime.timezone.utc


class Copied:
    """What a copy read (and wrote): the CRS, the rows and the history entries, each a dict of column values
    (``fid``, the register's fields, ``geom`` as WKB or None; the history's own columns before them)."""

    def __init__(self, crs, rows, history, had_history):
        self.crs = crs
        self.rows = rows
        self.history = history
        self.had_history = had_history


def _kinds():
    from ..core.actions import FIELDS
    return [(spec.name, spec.kind) for spec in FIELDS]


def _history_kinds():
    return [('history_id', 'integer'), ('operation', 'text'), ('changed_at', 'datetime'), ('changed_by', 'text'),
            ('transaction_id', 'integer')]


def _version_kind():
    """The row version's column, after the register's fields (PostGIS only: the register's table and history)."""
    from ..core.actions.sql import ROW_VERSION
    return [(ROW_VERSION, 'integer')]


def _gpkg_history_kinds():
    """The history's columns in a GeoPackage after its key (history_id, the FID): the time of a change as ISO
    8601 text (and the register's own times in it), since a GeoPackage date-time keeps milliseconds only and the
    server's keep microseconds: the history comes back to the server as it was."""
    return [('operation', 'text'), ('changed_at', 'isotime'), ('changed_by', 'text'), ('transaction_id', 'integer'),
            ('fid', 'integer')] + [(name, 'isotime' if kind == 'datetime' else kind) for name, kind in _kinds()] + \
        _version_kind()


def _newer(version, where):
    from ..core.actions import SCHEMA_VERSION
    if version is not None and version > SCHEMA_VERSION:
        raise QgsProcessingException(Register.tr(
            '{0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}): it is '
            'not copied, so that nothing in it is lost. Update the plugin to copy it.').format(
                where, version, SCHEMA_VERSION))


# ---------------------------------------------------------------- GeoPackage

def _ogr_value(feature, index, kind):
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if kind == 'real':
        return feature.GetFieldAsDouble(index)
    if kind == 'integer':
        return feature.GetFieldAsInteger64(index)
    if kind == 'isotime':
        return datetime.datetime.fromisoformat(feature.GetFieldAsString(index))
    if kind in ('date', 'datetime'):
        year, month, day, hour, minute, second, flag = feature.GetFieldAsDateTime(index)
        if kind == 'date':
            return datetime.date(year, month, day)
        whole = int(second)
        micro = int(round((second - whole) * 1000)) * 1000           # the GeoPackage keeps milliseconds
        zone = UTC if flag in (0, 1, 100) else datetime.timezone(datetime.timedelta(minutes=15 * (flag - 100)))
        return datetime.datetime(year, month, day, hour, minute, whole, micro, tzinfo=zone)
    return feature.GetFieldAsString(index)


def _ogr_rows(layer, kinds, fid_name):
    definition = layer.GetLayerDefn()
    indexes = [(name, kind, definition.GetFieldIndex(name)) for name, kind in kinds]
    rows = []
    layer.ResetReading()
    for feature in layer:
        row = {fid_name: feature.GetFID()}
        for name, kind, index in indexes:
            row[name] = _ogr_value(feature, index, kind) if index >= 0 else None
        geometry = feature.GetGeometryRef()
        row['geom'] = bytes(geometry.ExportToIsoWkb()) if geometry is not None and not geometry.IsEmpty() else None
        rows.append(row)
    rows.sort(key=lambda r: r[fid_name])
    return rows


def read_geopackage(path):
    """The register of the GeoPackage ``path`` (and the history table a copy from PostGIS left in it)."""
    from osgeo import gdal

    from ..core.actions import TABLE, schema_version
    from ..core.actions.sql import HISTORY_TABLE
    layer = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), TABLE, 'ogr')
    if not os.path.isfile(path) or not layer.isValid():
        raise QgsProcessingException(Register.tr('"{0}" has no planned-action register (table {1}): give the '
                                                 'register\'s GeoPackage.').format(path, TABLE))
    _newer(schema_version(path), '"{0}"'.format(path))
    crs = layer.crs()
    del layer
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    try:
        rows = _ogr_rows(dataset.GetLayerByName(TABLE), _kinds(), 'fid')
        history_layer = dataset.GetLayerByName(HISTORY_TABLE)
        history = []
        if history_layer is not None:
            history = _ogr_rows(history_layer, _gpkg_history_kinds(), 'history_id')
    finally:
        dataset = None
    return Copied(crs, rows, history, history_layer is not None)


def _ogr_set(feature, name, kind, value):
    if value is None:
        feature.SetFieldNull(name)
    elif kind == 'datetime':
        value = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        feature.SetField(name, value.astimezone(UTC).isoformat(sep=' ', timespec='milliseconds'))
    elif kind == 'isotime':
        feature.SetField(name, (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).isoformat())
    elif kind == 'date':
        feature.SetField(name, value.isoformat())
    else:
        feature.SetField(name, value)


def _ogr_fill(layer, rows, kinds, fid_name):
    from osgeo import ogr
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(int(row[fid_name]))
        for name, kind in kinds:
            _ogr_set(feature, name, kind, row.get(name))
        if row.get('geom') is not None:
            geometry = ogr.CreateGeometryFromWkb(row['geom'])
            feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
        if layer.CreateFeature(feature) != 0:
            raise RuntimeError(Register.tr('could not write row {0}').format(row[fid_name]))


def write_geopackage(path, copied):
    """A new GeoPackage register at ``path`` holding ``copied``: written beside it and moved into place
    when complete; refuses a file that exists."""
    from osgeo import gdal, ogr

    from ..core.actions import TABLE
    from ..core.actions.sql import HISTORY_TABLE
    from .register import create_register
    if not path.lower().endswith('.gpkg'):
        raise QgsProcessingException(Register.tr('The copy must be a GeoPackage (.gpkg); "{0}" is not.').format(path))
    if os.path.exists(path):
        existing = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), TABLE, 'ogr')
        if existing.isValid():
            raise QgsProcessingException(Register.tr(
                '"{0}" already holds an action register (table {1}): a register is never overwritten. Choose a new '
                'file.').format(path, TABLE))
        raise QgsProcessingException(Register.tr('"{0}" exists: the copy is written into a new file only. Choose a '
                                                 'new file name.').format(path))
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise QgsProcessingException(Register.tr('The folder {0} does not exist. Create it or choose another '
                                                 'place.').format(folder))
    partial = os.path.join(folder, '.{0}.copying-{1}.gpkg'.format(os.path.basename(path)[:-5], os.getpid()))
    try:
        create_register(partial, copied.crs)
        dataset = gdal.OpenEx(partial, gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            register = dataset.GetLayerByName(TABLE)
            history = None
            if copied.history or copied.had_history:
                history = dataset.CreateLayer(HISTORY_TABLE, register.GetSpatialRef(), ogr.wkbMultiPolygon,
                                              ['FID=history_id', 'GEOMETRY_NAME=geom', 'SPATIAL_INDEX=NO'])
                kinds = {'text': ogr.OFTString, 'real': ogr.OFTReal, 'date': ogr.OFTDate,
                         'datetime': ogr.OFTDateTime, 'integer': ogr.OFTInteger64, 'isotime': ogr.OFTString}
                for name, kind in _gpkg_history_kinds():
                    if history.CreateField(ogr.FieldDefn(name, kinds[kind])) != 0:
                        raise RuntimeError(Register.tr('could not add the history column {0}').format(name))
            if dataset.StartTransaction() != 0:
                raise RuntimeError(gdal.GetLastErrorMsg())
            _ogr_fill(register, copied.rows, _kinds(), 'fid')
            if history is not None:
                _ogr_fill(history, copied.history, _gpkg_history_kinds(),
                          'history_id')
            if dataset.CommitTransaction() != 0:
                raise RuntimeError(gdal.GetLastErrorMsg())
        finally:
            dataset = None
        if os.path.exists(path):              # made meanwhile by someone else: still never overwritten
            raise RuntimeError(Register.tr('"{0}" was created by another program meanwhile').format(path))
        os.replace(partial, path)
    except (RuntimeError, QgsProcessingException) as err:
        raise QgsProcessingException(Register.tr('Nothing was written to "{0}": {1}').format(path, err)) from None
    finally:
        for leftover in (partial, partial + '-wal', partial + '-shm', partial + '-journal'):
            if os.path.exists(leftover):
                os.remove(leftover)
    return path


# ---------------------------------------------------------------- PostGIS

def _pg_select(name, kind):
    from ..core.actions.sql import ident
    column = ident(name)
    if kind == 'datetime':
        return "to_char({0} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')".format(column)
    if kind == 'text':
        return column
    return '{0}::text'.format(column)


def _plain(value):
    if value is None or (hasattr(value, 'isNull') and value.isNull()):
        return None
    return value


def _pg_value(kind, text):
    text = _plain(text)
    if text is None:
        return None
    if kind == 'real':
        return float(text)
    if kind == 'integer':
        return int(text)
    if kind == 'date':
        return datetime.date.fromisoformat(str(text))
    if kind == 'datetime':
        return datetime.datetime.fromisoformat(str(text)).replace(tzinfo=UTC)
    return str(text)


def _pg_rows(db, schema, table, kinds, order):
    from ..core.actions.sql import qualified
    columns = ', '.join([_pg_select(n, k) for n, k in kinds] + ["encode(ST_AsBinary(geom), 'hex')"])
    rows = []
    for values in db.execute('SELECT {0} FROM {1} ORDER BY {2}'.format(columns, qualified(schema, table), order)):  # nosec B608
        row = {name: _pg_value(kind, value) for (name, kind), value in zip(kinds, values)}
        wkb = _plain(values[-1])
        row['geom'] = bytes.fromhex(str(wkb)) if wkb else None
        rows.append(row)
    return rows


def read_database(database_name, schema):
    """The register of ``schema`` in the database, and its history."""
    from ..core.actions import METADATA_TABLE, TABLE
    from ..core.actions.sql import HISTORY_TABLE, schema_problem
    from .register_pg import database, existing, stored_version
    problem = schema_problem(schema)
    if problem:
        raise QgsProcessingException(problem)
    try:
        db = database(database_name)
    except RegisterError as err:
        raise QgsProcessingException(str(err)) from None
    where = Register.tr('The register in the schema "{0}" of {1}').format(schema, db.label)
    try:
        found = existing(db, schema)
        if TABLE not in found or METADATA_TABLE not in found:
            raise QgsProcessingException(Register.tr(
                'The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).').format(
                    schema, db.label, TABLE, METADATA_TABLE))
        _newer(stored_version(db, schema), where)
        rows = _pg_rows(db, schema, TABLE, [('fid', 'integer')] + _kinds() + _version_kind(), 'fid')
        history = []
        if HISTORY_TABLE in found:
            history = _pg_rows(db, schema, HISTORY_TABLE, _history_kinds() + [('fid', 'integer')] + _kinds() +
                               _version_kind(), 'history_id')
        srid = db.execute("SELECT Find_SRID('{0}', '{1}', 'geom')".format(schema, TABLE))[0][0]
    except PROVIDER_ERRORS as err:
        from .register_pg import _reason
        raise QgsProcessingException(Register.tr('Cannot read the schema "{0}" of {1}: {2}').format(
            schema, db.label, _reason(err, db.uri()))) from None
    crs = QgsCoordinateReferenceSystem('EPSG:{0}'.format(int(srid)))
    return Copied(crs, rows, history, HISTORY_TABLE in found)


def _sql_value(kind, value):
    from ..core.actions.sql import literal
    if value is None:
        return 'NULL'
    if kind == 'real':
        return "{0}::double precision".format(literal(repr(float(value))))
    if kind == 'integer':
        return str(int(value))
    if kind == 'date':
        return literal(value.isoformat()) + '::date'
    if kind == 'datetime':
        value = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return literal(value.isoformat()) + '::timestamp with time zone'
    return literal(value)


def _inserts(schema, table, rows, kinds, srid):
    from ..core.actions.sql import ident, qualified
    names = ', '.join(ident(n) for n, _ in kinds) + ', geom'
    for row in rows:
        geometry = 'NULL' if row.get('geom') is None else \
            "ST_Multi(ST_SetSRID(ST_GeomFromWKB(decode('{0}', 'hex')), {1:d}))".format(row['geom'].hex(), srid)
        yield 'INSERT INTO {0} ({1}) VALUES ({2}, {3})'.format(  # nosec B608
            qualified(schema, table), names, ', '.join(_sql_value(k, row.get(n)) for n, k in kinds), geometry)


def _same_state(row, entry):
    """Whether the register's ``row`` holds what the history ``entry`` recorded (times to the millisecond, which
    a GeoPackage register keeps; the history kept them whole)."""
    for name, kind in _kinds():
        mine, theirs = row.get(name), entry.get(name)
        if kind == 'datetime' and mine is not None and theirs is not None:
            mine, theirs = (value.replace(microsecond=value.microsecond // 1000 * 1000) for value in (mine, theirs))
        if mine != theirs:
            return False
    return row.get('geom') == entry.get('geom')


def row_versions(copied):
    """{fid: row version} for the rows of ``copied`` in a register in a database: each row's own when it has one
    (read from a database); else the version of its latest state in the history, one more when the row is not
    that state (changed in a GeoPackage since), and 1 when the history has no version of it."""
    from ..core.actions.sql import ROW_VERSION
    highest, latest = {}, {}
    for entry in copied.history:              # in the order of history_id
        fid, version = entry.get('fid'), entry.get(ROW_VERSION)
        if fid is None or version is None:
            continue
        highest[fid] = max(version, highest.get(fid, version))
        latest[fid] = entry
    out = {}
    for row in copied.rows:
        fid = row['fid']
        if row.get(ROW_VERSION) is not None:
            out[fid] = int(row[ROW_VERSION])
        elif fid not in highest:
            out[fid] = 1
        else:
            entry = latest[fid]
            unchanged = entry.get('operation') != 'DELETE' and _same_state(row, entry)
            out[fid] = int(highest[fid]) + (0 if unchanged else 1)
    return out


def write_database(database_name, schema, copied):
    """A new register in ``schema`` of the database holding ``copied``: created, filled and its history put
    back in one transaction. Refuses a schema that holds a register (create_pg_register)."""
    from ..core.actions import TABLE
    from ..core.actions.sql import (
        HISTORY_TABLE,
        HISTORY_TRIGGER,
        ROW_VERSION,
        VERSION_TRIGGER,
        ident,
        literal,
        qualified,
    )
    from .register_pg import create_pg_register
    srid = copied.crs.postgisSrid()
    table, history = qualified(schema, TABLE), qualified(schema, HISTORY_TABLE)
    versions = row_versions(copied)
    rows = [dict(row, **{ROW_VERSION: versions[row['fid']]}) for row in copied.rows]
    # The copy itself is not history, nor a change of the actions: the history and row version triggers are off
    # while the rows go in (in this transaction only; the check trigger stays on, so the rules still hold).
    triggers = (HISTORY_TRIGGER, VERSION_TRIGGER)
    statements = ['ALTER TABLE {0} DISABLE TRIGGER {1}'.format(table, ident(name)) for name in triggers]
    statements += _inserts(schema, TABLE, rows, [('fid', 'integer')] + _kinds() + _version_kind(), srid)
    statements += ['ALTER TABLE {0} ENABLE TRIGGER {1}'.format(table, ident(name)) for name in triggers]
    statements += _inserts(schema, HISTORY_TABLE, copied.history, _history_kinds() + [('fid', 'integer')] + _kinds() +
                           _version_kind(), srid)
    for target, column in ((table, 'fid'), (history, 'history_id')):
        statements.append('SELECT setval(pg_get_serial_sequence({0}, {1}), coalesce(max({2}), 0) + 1, false) '  # nosec B608
                          'FROM {3}'.format(literal(target), literal(column), ident(column), target))
    return create_pg_register(database_name, schema, copied.crs, then=statements)


def copy_register(source, target, feedback=None):
    """Copy the register ``source`` to ``target``, each ``('file', path)`` or ``('database', name, schema)``.
    Returns the Copied (rows and history) that was written."""
    copied = read_geopackage(source[1]) if source[0] == 'file' else read_database(source[1], source[2])
    if target[0] == 'file':
        write_geopackage(target[1], copied)
    else:
        write_database(target[1], target[2], copied)
    logger.info('Copied a register (%d actions, %d history entries)', len(copied.rows), len(copied.history))
    return copied
