"""The register file's own side: its metadata table, schema version and check triggers (SQLite)."""
import contextlib
import os
import sqlite3

from .schema import FIELDS, METADATA_TABLE, SCHEMA_VERSION, TABLE, WHITESPACE


def write_metadata(path, plugin_version):
    """Create or update the register's metadata table (SQLite, inside the GeoPackage)."""
    with sqlite3.connect(path) as db:
        db.execute('CREATE TABLE IF NOT EXISTS {0} (key TEXT PRIMARY KEY, value TEXT)'.format(METADATA_TABLE))
        db.executemany('INSERT OR REPLACE INTO {0} (key, value) VALUES (?, ?)'.format(METADATA_TABLE), [
            ('schema_version', str(SCHEMA_VERSION)), ('table', TABLE), ('written_by', plugin_version)])
        # GeoPackage readers list only the tables registered in gpkg_contents.
        db.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                   "VALUES (?, 'attributes', ?, ?)", (METADATA_TABLE, METADATA_TABLE,
                                                      'Resilience Planner register metadata'))


#: Prefix of the triggers that make the file itself refuse what validate() refuses.
CHECK_PREFIX = 'rp_check_'


_SQL_WHITESPACE = 'char({0})'.format(', '.join(str(c) for c in WHITESPACE))



def _quoted(text):
    return "'{0}'".format(str(text).replace("'", "''"))


def check_rules():
    """(name, SQL condition on NEW, message) for each rule the file can enforce by itself.

    They are the rules of :func:`validate` that SQLite can test: required fields, value
    lists, numbers not below their minimum, YYYY-MM-DD dates, the currency code, and an end
    before the start. Each is as loose as or looser than validate() on what the tools write
    (normalised values), so a save that validate() allows is never refused by the file; what
    they catch is a save that bypasses the tools, such as QGIS's own Save edits.
    """
    rules = []

    def value(name):
        # Empty as _empty() sees it: blank once str.strip() has run, or the text NULL.
        return "NULLIF(NULLIF(trim(NEW.{0}, {1}), ''), 'NULL')".format(name, _SQL_WHITESPACE)

    def lowered(text):
        return "lower(replace({0}, char(8490), 'k'))".format(text)     # Python lower-cases KELVIN SIGN to k
    for spec in FIELDS:
        name, label, text = spec.name, spec.label, value(spec.name)
        if spec.required and not spec.computed:
            rules.append((name + '_required', '{0} IS NULL'.format(text), '{0} is required.'.format(label)))
        if spec.values and not spec.multiple:
            rules.append((name + '_value', '{0} IS NOT NULL AND {2} NOT IN ({1})'.format(
                text, ', '.join(_quoted(v) for v in spec.values), lowered(text)),
                '{0} must be one of: {1}.'.format(label, ', '.join(spec.values))))
        if spec.values and spec.multiple:
            # What is left once every allowed value, separator and blank is taken out must be nothing.
            rest = lowered('NEW.' + name)
            for allowed in sorted(spec.values, key=len, reverse=True):
                rest = 'replace({0}, {1}, \'\')'.format(rest, _quoted(allowed))
            for separator in (',', ';'):
                rest = 'replace({0}, {1}, \'\')'.format(rest, _quoted(separator))
            rules.append((name + '_values', "{0} IS NOT NULL AND trim({1}, {2}) != ''".format(
                text, rest, _SQL_WHITESPACE),
                          '{0} must be among: {1} (separated by commas).'.format(label, ', '.join(spec.values))))
        if spec.kind == 'real' and spec.minimum is not None:
            rules.append((name + '_minimum', "NEW.{0} IS NOT NULL AND (typeof(NEW.{0}) NOT IN ('integer', 'real') "
                                             "OR NEW.{0} < {1!r})".format(name, spec.minimum),
                          '{0} must be a number of {1:g} or more.'.format(label, spec.minimum)))
        if spec.kind == 'date':
            rules.append((name + '_date', '{0} IS NOT NULL AND (date({0}) IS NULL OR date({0}) != substr({0}, 1, 10))'
                          .format(text), '{0} must be a date written YYYY-MM-DD.'.format(label)))
    currency = value('currency')
    rules.append(('currency_code', "{0} IS NOT NULL AND NOT (length({0}) = 3 AND {0} GLOB '[A-Za-z][A-Za-z][A-Za-z]')"
                  .format(currency), 'Currency must be a three-letter ISO 4217 code such as USD, KES or IDR.'))
    rules.append(('currency_required', 'NEW.cost_estimate IS NOT NULL AND {0} IS NULL'.format(currency),
                  'Currency is required when there is a cost estimate.'))
    rules.append(('end_date_order', 'date({0}) < date({1})'.format(value('end_date'), value('start_date')),
                  'End date is before the start date.'))
    return rules


def add_checks(path):
    """Create the check triggers in the register at ``path`` (those it lacks, or has in an earlier
    form, which are replaced); returns how many were created.

    Triggers only: no row is read or changed. Raises sqlite3.Error when the file cannot be
    written (locked or read-only).
    """
    with contextlib.closing(sqlite3.connect(path, timeout=2)) as db, db:
        have = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                               (CHECK_PREFIX + '%',)))
        added = 0
        for name, condition, message in check_rules():
            for event in ('INSERT', 'UPDATE'):
                trigger = '{0}{1}_{2}'.format(CHECK_PREFIX, name, event.lower())
                sql = ('CREATE TRIGGER "{0}" BEFORE {1} ON "{2}" FOR EACH ROW WHEN {3} BEGIN '
                       'SELECT RAISE(ABORT, {4}); END'.format(trigger, event, TABLE, condition,
                                                             _quoted('Resilience Planner: ' + message)))
                if have.get(trigger) == sql:
                    continue
                if trigger in have:
                    db.execute('DROP TRIGGER "{0}"'.format(trigger))
                db.execute(sql)
                added += 1
    return added


def schema_version(path):
    """The register's schema version, or None when the file has no metadata table.

    The file is opened by its path with queries only, not through a ``file:`` URI: a URI built
    from a path breaks on ``#``, ``?`` or ``%`` in a folder name and on Windows drive and UNC
    paths. A missing file is not created.
    """
    if not os.path.isfile(path):
        return None
    try:
        db = sqlite3.connect(path, timeout=2)
        db.execute('PRAGMA query_only = ON')
    except sqlite3.Error:
        return None
    try:
        # The table name is the module's constant, never user input (bandit B608 cannot tell).
        query = 'SELECT value FROM {0} WHERE key = ?'.format(METADATA_TABLE)  # nosec B608
        row = db.execute(query, ('schema_version',)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    if not row:
        return None
    try:
        return float(row[0])
    except (TypeError, ValueError):
        return float('inf')           # unreadable: treat as newer, so the register opens read-only


def read_only_reason(path):
    """Why a register must open read-only (written by a newer version), or None."""
    version = schema_version(path)
    if version is not None and version > SCHEMA_VERSION:
        return ('This register was written by a newer Resilience Planner (schema version {0}; this one '
                'reads version {1}). It opens read-only so that nothing in it is lost: update the plugin to '
                'edit it.'.format(version, SCHEMA_VERSION))
    return None

