"""The register file's own side: its metadata table, schema version and check triggers (SQLite)."""
import contextlib
import os
import sqlite3

from . import rules as _rules
from .schema import METADATA_TABLE, SCHEMA_VERSION, TABLE


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


def _quoted(text):
    return "'{0}'".format(str(text).replace("'", "''"))


def check_rules(rules=None):
    """(name, SQL condition on NEW, message) for each rule: the file's side of :data:`.rules.RULES`.

    Each condition is made by the same declaration as validate()'s check and the layer's QGIS
    constraint, so the three agree; what the triggers add is that a save bypassing the tools
    (QGIS's own Save edits, another program) is refused too.
    """
    return [(rule.name, rule.sqlite(), rule.message) for rule in (_rules.RULES if rules is None else rules)]


def check_triggers(rules=None):
    """{trigger name: CREATE TRIGGER statement}: a BEFORE INSERT and a BEFORE UPDATE trigger per rule."""
    triggers = {}
    for name, condition, message in check_rules(rules):
        for event in ('INSERT', 'UPDATE'):
            trigger = '{0}{1}_{2}'.format(CHECK_PREFIX, name, event.lower())
            triggers[trigger] = ('CREATE TRIGGER "{0}" BEFORE {1} ON "{2}" FOR EACH ROW WHEN {3} BEGIN '
                                 'SELECT RAISE(ABORT, {4}); END'.format(trigger, event, TABLE, condition,
                                                                       _quoted('Resilience Planner: ' + message)))
    return triggers


def add_checks(path, rules=None):
    """Bring the check triggers of the register at ``path`` in line with the rules: create those it
    lacks, replace those it has in another form, drop those of rules no longer declared; returns
    how many were created or replaced.

    Triggers only: no row is read or changed, so a register written with earlier triggers (the
    schema version does not change with them) keeps every row and is checked by today's rules
    from then on. Raises sqlite3.Error when the file cannot be written (locked or read-only).
    """
    wanted = check_triggers(rules)
    with contextlib.closing(sqlite3.connect(path, timeout=2)) as db, db:
        # By prefix, compared as text: LIKE would take the underscores for wildcards.
        have = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?",
                               (len(CHECK_PREFIX), CHECK_PREFIX)))
        added = 0
        for trigger in sorted(set(have) - set(wanted)):
            db.execute('DROP TRIGGER "{0}"'.format(trigger))
        for trigger, sql in wanted.items():
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
    return newer_version_reason(schema_version(path))


def newer_version_reason(version):
    """Why a register of schema ``version`` (a number, or None when unknown) must open read-only, or None;
    the same for a GeoPackage and a PostGIS register."""
    if version is not None and version > SCHEMA_VERSION:
        return ('This register was written by a newer Resilience Planner (schema version {0}; this one '
                'reads version {1}). It opens read-only so that nothing in it is lost: update the plugin to '
                'edit it.'.format(version, SCHEMA_VERSION))
    return None

