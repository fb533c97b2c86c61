"""The register in PostgreSQL/PostGIS: the SQL that creates it, generated from the schema and the rules.

Every statement here, in register_pg.py and in register_copy.py is built as text (the server runs scripts
and PL/pgSQL blocks, which take no bound parameters): identifiers go through :func:`ident` /
:func:`qualified`, values through :func:`literal` or ``int``, never as given. The ``# nosec B608`` marks
say so to bandit, line by line.

Nothing here is written by hand per field or per rule: the table's columns come from
:data:`.schema.FIELDS`, and every rule of :data:`.rules.RULES` becomes

- a CHECK constraint (``rule.postgres()``), which the server enforces on every row whoever writes
  it (the column types enforce the rest: a date column holds only dates, a number column only
  numbers), with the rule's message as the constraint's comment;
- one line of the register's check trigger (``rp_check_rules``), which runs the same conditions
  before a row is stored and refuses it with the messages of every rule it breaks, so that QGIS,
  psql or any other client shows "Resilience Planner: Status must be one of: ..." rather than a
  constraint's name. The trigger treats a condition as the CHECK does (only false breaks it).

The history trigger (``rp_history``) records every insert, update and delete in
``planned_actions_history``: the row as it was stored (for a delete, as it was before), what was
done, who did it (the database login, ``session_user``), when (the transaction's time) and in
which transaction, so that every state an action had can be seen and put back.

Each action carries a row version (``row_version``), kept by the trigger ``rp_row_version``: 1 when
the row is inserted, one more at each update. A client that says which version it read (by writing
that number into ``row_version`` in its UPDATE) is refused when the row has changed since, so an
update can never silently overwrite someone else's; a client that leaves the column alone (QGIS's
own attribute table, psql) updates as before, and the version still goes up.

Two group roles named after the schema (``<schema>_viewer``, ``<schema>_editor``) are created when
they do not exist: viewers read the register, its metadata and its history; editors also insert
and update actions; only the owner of the table (and its members) deletes: an editor's delete is
refused by the server for want of the right (set the status to cancelled instead).

The statements are run in one transaction by the caller (``qgis_side.register_pg``); a schema
is never dropped or altered here. Nothing here imports Qt or QGIS.
"""
import re

from . import rules as _rules
from .schema import FIELDS, METADATA_TABLE, SCHEMA_VERSION, TABLE

HISTORY_TABLE = 'planned_actions_history'
FID = 'fid'
GEOMETRY = 'geom'
DEFAULT_SCHEMA = 'resilience'
CHECK_PREFIX = 'rp_check_'
#: The trigger (and its function) that refuses a row breaking a rule, and the one that keeps the history.
CHECK_TRIGGER = 'rp_check_rules'
HISTORY_TRIGGER = 'rp_history'
CHECK_FUNCTION = 'rp_check_planned_actions'
HISTORY_FUNCTION = 'rp_history_planned_actions'
VERSION_TRIGGER = 'rp_row_version'
VERSION_FUNCTION = 'rp_row_version_planned_actions'
#: The column that holds each action's row version (not one of the register's fields: the GeoPackage has none).
ROW_VERSION = 'row_version'
#: The SQLSTATE of the row version trigger's refusal (serialization_failure: "read again and retry").
CONFLICT_STATE = '40001'
#: How the row version trigger's refusal begins, after MESSAGE_PREFIX.
CONFLICT_MARK = 'row version conflict'
#: The prefix of the trigger's refusal, as the GeoPackage's triggers begin theirs.
MESSAGE_PREFIX = 'Resilience Planner: '

PG_TYPES = {'text': 'text', 'real': 'double precision', 'date': 'date', 'datetime': 'timestamp with time zone'}
#: The history's own columns, before a copy of the register's.
HISTORY_COLUMNS = ('history_id', 'operation', 'changed_at', 'changed_by', 'transaction_id')

#: A schema name the register accepts: lower-case letters, digits and underscores, not starting with a
#: digit, short enough that the roles named after it (``<schema>_viewer``, ``<schema>_editor``) fit
#: PostgreSQL's 63 characters.
SCHEMA_PATTERN = re.compile(r'[a-z_][a-z0-9_]{0,55}')


def ident(name):
    """An SQL identifier, quoted."""
    return '"{0}"'.format(str(name).replace('"', '""'))


def literal(text):
    """An SQL string literal (standard-conforming: only the quote is doubled)."""
    return "'{0}'".format(str(text).replace("'", "''"))


def qualified(schema, name):
    return '{0}.{1}'.format(ident(schema), ident(name))


def schema_problem(schema):
    """Why ``schema`` cannot hold a register (a sentence saying what to write), or None."""
    if not schema or not SCHEMA_PATTERN.fullmatch(schema):
        return ('The schema name "{0}" cannot be used: write it in lower-case letters, digits and underscores, '
                'starting with a letter, at most 56 characters (e.g. resilience).'.format(schema))
    if schema.startswith('pg_') or schema in ('public', 'information_schema', 'topology', 'tiger'):
        return ('The schema "{0}" is PostgreSQL\'s or PostGIS\'s own: choose a schema for the register, such as '
                'resilience.'.format(schema))
    return None


def role_names(schema):
    """(viewer role, editor role) of the register in ``schema``."""
    return schema + '_viewer', schema + '_editor'


def _columns(srid, checked):
    """The register's column definitions, in the schema's order, then its geometry (and, in the register's
    own table, its row version)."""
    out = []
    for spec in FIELDS:
        column = '{0} {1}'.format(ident(spec.name), PG_TYPES[spec.kind])
        if checked and spec.name == 'action_id':
            column += ' DEFAULT gen_random_uuid()::text'
        out.append(column)
    out.append('{0} geometry(MultiPolygon, {1:d})'.format(ident(GEOMETRY), int(srid)))
    out.append('{0} integer{1}'.format(ident(ROW_VERSION), ' NOT NULL DEFAULT 1' if checked else ''))
    return out


def check_constraints(rules=None):
    """[(constraint name, CHECK condition, message)] for the rules the column types do not enforce."""
    out = []
    for rule in _rules.RULES if rules is None else rules:
        condition = rule.postgres()
        if condition is not None:
            out.append((CHECK_PREFIX + rule.name, condition, rule.message))
    return out


def check_function(schema, rules=None):
    """The check trigger's function: every broken rule's message, in the rules' order, in one refusal."""
    cases = ',\n        '.join('CASE WHEN NOT ({0}) THEN {1} END'.format(condition, literal(message))
                               for _, condition, message in check_constraints(rules))
    body = (
        'DECLARE broken text[];\n'  # nosec B608
        'BEGIN\n'
        '    SELECT array_remove(ARRAY[\n        {cases}]::text[], NULL) INTO broken FROM (SELECT NEW.*) AS rp_row;\n'
        '    IF cardinality(broken) > 0 THEN\n'
        '        RAISE EXCEPTION USING ERRCODE = \'check_violation\', MESSAGE = {prefix} || array_to_string(broken, '
        '\' \'), SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;\n'
        '    END IF;\n'
        '    RETURN NEW;\n'
        'END').format(cases=cases or 'NULL', prefix=literal(MESSAGE_PREFIX))
    return _function(schema, CHECK_FUNCTION, body, security_definer=False)


def _function(schema, name, body, security_definer):
    if '$rp$' in body:
        raise ValueError('the function body holds its own quote')
    return ('CREATE FUNCTION {0}() RETURNS trigger LANGUAGE plpgsql{1} SET search_path = pg_catalog, pg_temp '
            'SET standard_conforming_strings = on AS $rp$\n{2}\n$rp$').format(
                qualified(schema, name), ' SECURITY DEFINER' if security_definer else '', body)


def history_function(schema):
    """The history trigger's function: one history row per row inserted, updated or deleted.

    SECURITY DEFINER, so that the history is written even for those who may not write it themselves."""
    names = [FID] + [spec.name for spec in FIELDS] + [GEOMETRY, ROW_VERSION]
    columns = ', '.join(ident(n) for n in ('operation', 'changed_at', 'changed_by', 'transaction_id') + tuple(names))

    def values(row):
        return 'TG_OP, now(), session_user, txid_current(), ' + ', '.join('{0}.{1}'.format(row, ident(n))
                                                                             for n in names)
    body = (
        'BEGIN\n'  # nosec B608
        '    IF TG_OP = \'DELETE\' THEN\n'
        '        INSERT INTO {table} ({columns}) VALUES ({old});\n'
        '        RETURN OLD;\n'
        '    END IF;\n'
        '    INSERT INTO {table} ({columns}) VALUES ({new});\n'
        '    RETURN NEW;\n'
        'END').format(table=qualified(schema, HISTORY_TABLE), columns=columns, old=values('OLD'), new=values('NEW'))
    return _function(schema, HISTORY_FUNCTION, body, security_definer=True)


def version_function(schema):
    """The row version trigger's function: 1 for a new row; on an update, the stored version plus one,
    after refusing an update that names another version than the stored one (it read an older state)."""
    body = (
        'BEGIN\n'
        '    IF TG_OP = \'INSERT\' THEN\n'
        '        NEW.{v} := 1;\n'
        '        RETURN NEW;\n'
        '    END IF;\n'
        '    IF NEW.{v} IS DISTINCT FROM OLD.{v} THEN\n'
        '        RAISE EXCEPTION USING ERRCODE = {state}, MESSAGE = format({template}, OLD.title, OLD.action_id, '
        'NEW.{v}, OLD.{v}), SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;\n'
        '    END IF;\n'
        '    NEW.{v} := OLD.{v} + 1;\n'
        '    RETURN NEW;\n'
        'END').format(v=ident(ROW_VERSION), state=literal(CONFLICT_STATE), template=literal(
            MESSAGE_PREFIX + CONFLICT_MARK + ': the action "%s" (%s) was changed by someone else since it was read '
            '(version %s read, version %s stored); read it again, then save.'))
    return _function(schema, VERSION_FUNCTION, body, security_definer=False)


def role_statements(schema):
    """The viewer and editor roles (created when absent, as group roles without a login) and their rights.

    Viewers read the register, its metadata and its history; editors read them too and insert and update
    actions; neither deletes (only the table's owner does) nor writes the history (its trigger does)."""
    viewer, editor = role_names(schema)
    create = ''.join(
        '    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = {0}) THEN\n'  # nosec B608
        '        CREATE ROLE {1} NOLOGIN;\n'
        '        COMMENT ON ROLE {1} IS {2};\n'
        '    END IF;\n'.format(literal(role), ident(role), literal(comment))
        for role, comment in (
            (viewer, 'Resilience Planner: reads the action register in schema {0}'.format(schema)),
            (editor, 'Resilience Planner: adds and changes actions in the register in schema {0}'.format(schema))))
    if '$rp$' in create:
        raise ValueError('the role names hold the block\'s quote')
    both = '{0}, {1}'.format(ident(viewer), ident(editor))
    return [
        'DO $rp$\nBEGIN\n{0}END\n$rp$'.format(create),
        'GRANT USAGE ON SCHEMA {0} TO {1}'.format(ident(schema), both),
        'GRANT SELECT ON {0}, {1}, {2} TO {3}'.format(qualified(schema, TABLE), qualified(schema, METADATA_TABLE),
                                                      qualified(schema, HISTORY_TABLE), both),
        'GRANT INSERT, UPDATE ON {0} TO {1}'.format(qualified(schema, TABLE), ident(editor)),
        'GRANT USAGE ON SEQUENCE {0} TO {1}'.format(qualified(schema, TABLE + '_fid_seq'), ident(editor)),
    ]


def roles_query(schema):
    """The register's roles that already exist, and whether the current login may create roles."""
    return ('SELECT (SELECT string_agg(rolname, \',\' ORDER BY rolname) FROM pg_catalog.pg_roles WHERE rolname IN '  # nosec B608
            '({0})), (SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user)').format(
                ', '.join(literal(r) for r in role_names(schema)))


def access_query(schema):
    """What the current login may do in the register: (login, may insert, may update, may delete, owner)."""
    table = literal('{0}.{1}'.format(ident(schema), ident(TABLE)))
    return ("SELECT session_user, has_table_privilege({0}, 'INSERT'), has_table_privilege({0}, 'UPDATE'), "  # nosec B608
            "has_table_privilege({0}, 'DELETE'), pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c "
            "WHERE c.oid = {0}::regclass").format(table)


def create_statements(schema, srid, plugin_version='', rules=None):
    """The statements that create an empty register in ``schema`` (to run in one transaction).

    They create the schema when it is missing, and fail (changing nothing, the transaction rolled
    back) when any of the register's tables or functions is already there: nothing existing is
    dropped or replaced."""
    problem = schema_problem(schema)
    if problem:
        raise ValueError(problem)
    table = qualified(schema, TABLE)
    history = qualified(schema, HISTORY_TABLE)
    checks = check_constraints(rules)
    definitions = ['{0} serial PRIMARY KEY'.format(ident(FID))] + _columns(srid, True) + [
        'CONSTRAINT {0} UNIQUE ({1})'.format(ident('rp_unique_action_id'), ident('action_id'))] + [
        'CONSTRAINT {0} CHECK ({1})'.format(ident(name), condition) for name, condition, _ in checks]
    statements = [
        'CREATE SCHEMA IF NOT EXISTS {0}'.format(ident(schema)),
        'CREATE TABLE {0} (\n    {1}\n)'.format(table, ',\n    '.join(definitions)),
        'COMMENT ON TABLE {0} IS {1}'.format(table, literal(
            'Resilience Planner: planned actions (schema version {0})'.format(SCHEMA_VERSION))),
    ]
    statements += ['COMMENT ON CONSTRAINT {0} ON {1} IS {2}'.format(ident(name), table, literal(message))
                   for name, _, message in checks]
    statements += [
        'CREATE INDEX {0} ON {1} USING gist ({2})'.format(ident('rp_planned_actions_geom'), table, ident(GEOMETRY)),
        'CREATE TABLE {0} (key text PRIMARY KEY, value text NOT NULL)'.format(qualified(schema, METADATA_TABLE)),
        'INSERT INTO {0} (key, value) VALUES {1}'.format(qualified(schema, METADATA_TABLE), ', '.join(  # nosec B608
            '({0}, {1})'.format(literal(k), literal(v)) for k, v in (
                ('schema_version', str(SCHEMA_VERSION)), ('table', TABLE), ('history_table', HISTORY_TABLE),
                ('written_by', plugin_version or 'unknown')))),
        'CREATE TABLE {0} (\n    {1}\n)'.format(history, ',\n    '.join([
            'history_id bigserial PRIMARY KEY',
            "operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE'))",
            'changed_at timestamp with time zone NOT NULL DEFAULT now()',
            'changed_by text NOT NULL DEFAULT session_user',
            'transaction_id bigint NOT NULL DEFAULT txid_current()',
            '{0} integer'.format(ident(FID))] + _columns(srid, False))),
        'COMMENT ON TABLE {0} IS {1}'.format(history, literal(
            'Resilience Planner: every insert, update and delete of {0} (the row as stored; for a delete, as it '
            'was), who, when; written by the trigger {1}'.format(TABLE, HISTORY_TRIGGER))),
        'CREATE INDEX {0} ON {1} (action_id, changed_at)'.format(ident('rp_history_action'), history),
        'CREATE INDEX {0} ON {1} ({2})'.format(ident('rp_history_fid'), history, ident(FID)),
        check_function(schema, rules),
        'CREATE TRIGGER {0} BEFORE INSERT OR UPDATE ON {1} FOR EACH ROW EXECUTE FUNCTION {2}()'.format(
            ident(CHECK_TRIGGER), table, qualified(schema, CHECK_FUNCTION)),
        version_function(schema),
        'CREATE TRIGGER {0} BEFORE INSERT OR UPDATE ON {1} FOR EACH ROW EXECUTE FUNCTION {2}()'.format(
            ident(VERSION_TRIGGER), table, qualified(schema, VERSION_FUNCTION)),
        history_function(schema),
        'CREATE TRIGGER {0} AFTER INSERT OR UPDATE OR DELETE ON {1} FOR EACH ROW EXECUTE FUNCTION {2}()'.format(
            ident(HISTORY_TRIGGER), table, qualified(schema, HISTORY_FUNCTION)),
    ]
    return statements + role_statements(schema)


def create_script(schema, srid, plugin_version='', rules=None):
    """The statements as one script (for a single round trip, which the server runs as one transaction)."""
    return ';\n'.join(create_statements(schema, srid, plugin_version, rules)) + ';'


def existing_query(schema):
    """A query listing the register's tables and functions already in ``schema`` (name, kind)."""
    names = ', '.join(literal(n) for n in (TABLE, METADATA_TABLE, HISTORY_TABLE))
    functions = ', '.join(literal(n) for n in (CHECK_FUNCTION, HISTORY_FUNCTION, VERSION_FUNCTION))
    return ("SELECT c.relname, 'table' FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "  # nosec B608
            "c.relnamespace WHERE n.nspname = {0} AND c.relname IN ({1}) UNION ALL SELECT p.proname, 'function' FROM "
            "pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = {0} AND "
            "p.proname IN ({2}) ORDER BY 1").format(literal(schema), names, functions)


def version_query(schema):
    """The register's schema version as text, from its metadata table (which must exist)."""
    return "SELECT value FROM {0} WHERE key = 'schema_version'".format(qualified(schema, METADATA_TABLE))  # nosec B608


def registers_query():
    """A query listing the schemas that hold a register: its table and its metadata table (one name per row)."""
    return ("SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_class c "  # nosec B608
            "WHERE c.relnamespace = n.oid AND c.relname = {0}) AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c "
            "WHERE c.relnamespace = n.oid AND c.relname = {1}) ORDER BY 1").format(literal(TABLE),
                                                                                 literal(METADATA_TABLE))
