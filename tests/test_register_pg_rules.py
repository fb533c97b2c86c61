"""The register's rules in a real PostgreSQL/PostGIS: each rule of the single declaration (core.actions.rules.RULES)
is a CHECK constraint and a line of the check trigger (core.actions.sql), and the server itself refuses a row that
breaks one, whatever wrote it: psql (the real client) and QGIS's own layer on the table. The good and bad values are
those the GeoPackage's rules are tested with (tests/test_register_rules.py)."""
import datetime
import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from resilience_planner.core.actions import FIELDS, RULES, SPECS, TABLE, normalised, validate
from resilience_planner.core.actions import sql as pg_sql
from tests.test_register_rules import BASE, samples

PREFIX = pg_sql.MESSAGE_PREFIX
TRY = """CREATE FUNCTION pg_temp.rp_try(statement text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE stored text;
BEGIN
    BEGIN
        EXECUTE statement INTO stored;
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'rp-stored:' || stored;    -- undoes the insert
    EXCEPTION WHEN OTHERS THEN
        RETURN SQLSTATE || ':' || replace(replace(SQLERRM, E'\\n', ' '), E'\\r', ' ');
    END;
END $f$;
"""


#: Beyond the GeoPackage's samples: the KELVIN SIGN in a choice that has a k (Python lower-cases it to k; lower()
#: in a C-locale database does not).
EXTRA = {'hazards_values': [{'hazards': 'earthqua\u212ae'}, {'hazards': 'Flood, EARTHQUA\u212aE'}]}


def sql_value(field, value):
    """A value as a client would write it in SQL: numbers as numbers, anything else as a quoted text (which the
    server reads as the column's type, or refuses)."""
    if value is None:
        return 'NULL'
    if isinstance(value, bool) or not isinstance(value, (int, float, str, datetime.date)):
        raise AssertionError('no SQL for {0!r}'.format(value))
    if isinstance(value, (int, float)):
        if value != value or value in (float('inf'), float('-inf')):
            return "'{0}'::double precision".format('NaN' if value != value else
                                                    'Infinity' if value > 0 else '-Infinity')
        return repr(float(value))
    if isinstance(value, datetime.date):
        return pg_sql.literal(value.isoformat())
    return pg_sql.literal(value)


def insert(schema, row, returned):
    names = list(row)
    return 'INSERT INTO {0} ({1}) VALUES ({2}) RETURNING to_json(ARRAY[{3}]::text[])::text'.format(
        pg_sql.qualified(schema, TABLE), ', '.join(pg_sql.ident(n) for n in names),
        ', '.join(sql_value(n, row[n]) for n in names),
        ', '.join('{0}::text'.format(pg_sql.ident(n)) for n in returned))


def attempts(pg_server, dbname, statements, replica=False):
    """What the server said to each statement, through psql: ('stored', [values]) or ('refused', sqlstate, message)."""
    script = TRY + (
        'SET session_replication_role = replica;\n' if replica else '') + ''.join(
        'SELECT pg_temp.rp_try($rpq${0}$rpq$);\n'.format(s) for s in statements)
    # By newlines only: splitlines() would also split at the separators (\x1c, U+2028 ...) some values hold.
    lines = pg_server.psql(script, dbname=dbname).stdout.rstrip('\n').split('\n')
    assert len(lines) == len(statements), lines
    out = []
    for line in lines:
        state, _, message = line.partition(':')
        if state == 'P0001' and message.startswith('rp-stored:'):
            out.append(('stored', json.loads(message[len('rp-stored:'):])))
        else:
            out.append(('refused', state, message))
    return out


def as_read(names, values):
    """The stored texts back as the register's values (numbers as numbers)."""
    row = {}
    for name, text in zip(names, values):
        row[name] = float(text) if text is not None and SPECS[name].kind == 'real' else text
    return row


def stored_form(row):
    """The row as the register writes it (the dock normalises before saving), or None when it cannot be."""
    try:
        return {k: v for k, v in normalised(row).items() if k in row}
    except (TypeError, ValueError):
        return None


@pytest.fixture(scope='module', params=['C.UTF-8', 'C'])
def rules_db(pg_server, request):
    """A database with one schema per rule, each holding a register made with that rule only (as the GeoPackage
    tests install one rule's triggers), from the same generated SQL as the real register; in a database of the
    cluster's locale and in one of the C locale, where lower() changes ASCII letters only."""
    name = 'rp_rules_{0}'.format(request.param.replace('.', '_').replace('-', '').lower())
    pg_server.drop_database(name)
    pg_server.psql("CREATE DATABASE {0} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{1}' LC_CTYPE '{1}'".format(
        name, request.param))
    pg_server.psql('CREATE EXTENSION postgis', dbname=name)
    for rule in RULES:
        pg_server.psql(pg_sql.create_script('r_' + rule.name, 32737, 'test', rules=[rule]), dbname=name)
    yield name
    pg_server.drop_database(name)


@pytest.mark.parametrize('rule', RULES, ids=lambda rule: rule.name)
def test_the_server_refuses_through_psql_what_the_rule_refuses(pg_server, rules_db, rule):
    schema = 'r_' + rule.name
    fields = [f for f in (rule.field, getattr(rule, 'other', None)) if f]
    text_only = all(SPECS[f].kind == 'text' for f in fields)
    rows = [dict(BASE, **sample) for sample in samples(rule) + EXTRA.get(rule.name, [])]
    verdicts = [rule.problem(row) is None for row in rows]
    assert set(verdicts) == {True, False}                       # the rule meets good and bad values
    statements, kinds = [], []
    for row, good in zip(rows, verdicts):
        statements.append(insert(schema, row, fields))
        kinds.append(('raw', row, good))
        stored = stored_form(row) if good else None
        if stored is not None:
            statements.append(insert(schema, stored, fields))
            kinds.append(('stored', row, good))
    results = attempts(pg_server, rules_db, statements)
    checks_only = attempts(pg_server, rules_db, statements, replica=True)     # triggers off: the CHECKs alone
    wrong = []
    for (kind, row, good), result, check in zip(kinds, results, checks_only):
        sample = {f: row.get(f) for f in fields}
        if result[0] != check[0]:
            wrong.append(('the CHECK and the trigger disagree', sample, result, check))
        if result[0] == 'stored':
            # Whatever the server keeps holds the rule (a date column keeps the date it read, a number a number).
            if rule.problem(dict(BASE, **as_read(fields, result[1]))) is not None:
                wrong.append(('stored a value the rule refuses', sample, result))
        elif kind == 'stored' or (text_only and good):
            wrong.append(('refused what the register may write', sample, result))
        elif result[1] == '23514' and result[2].startswith(PREFIX):
            if result[2] != PREFIX + rule.message:
                wrong.append(('another message', sample, result))
            if check[1] != '23514' or 'rp_check_' + rule.name not in check[2]:
                wrong.append(('the CHECK refused otherwise', sample, check))
        elif text_only:
            wrong.append(('a text refused but not by the rule', sample, result))
        if text_only and not good and result[0] == 'stored':
            wrong.append(('took a text the rule refuses', sample, result))
    assert not wrong, wrong


def test_a_whole_action_is_refused_with_every_rule_it_breaks(plugin, pg_server, pg_database):
    from qgis import processing
    processing.run('resilienceplanner:createactionregister', {'DATABASE': pg_server.conninfo(pg_database)})
    rows = [dict(BASE, **sample) for rule in RULES for sample in samples(rule)[::3]]
    rows.append(dict(BASE, title=' ', status='maybe', hazards='flood, meteor', cost_estimate=-1.0,
                     funding_status='hoped', start_date='2027-06-01', end_date='2027-01-01'))
    names = [spec.name for spec in FIELDS if spec.name != 'action_id']
    # Sent as the register writes an action that validate() accepts (normalised), the others as typed.
    sent = [stored_form(row) if not validate(row) and stored_form(row) is not None else row for row in rows]
    results = attempts(pg_server, pg_database, [insert('resilience', row, names) for row in sent])
    wrong = []
    for row, result in zip(rows, results):
        if result[0] == 'stored':
            if validate(dict(as_read(names, result[1]), action_id='x')):
                wrong.append(('stored an invalid action', row, result))
        elif result[2].startswith(PREFIX):
            broken = [r.message for r in RULES if r.postgres() is not None and r.problem(row) is not None]
            if result[2] != PREFIX + ' '.join(broken):            # every rule broken, in the rules' order
                wrong.append(('not exactly the broken rules', row, broken, result))
        if result[0] == 'refused' and not validate(row) and stored_form(row) is not None:
            wrong.append(('refused a valid action', row, result))
    assert not wrong, wrong
    broken = ('title_required', 'hazards_values', 'cost_estimate_minimum', 'currency_required', 'funding_status_value',
              'end_date_order', 'status_value')
    assert results[-1] == ('refused', '23514', PREFIX + ' '.join(r.message for r in RULES if r.name in broken))


# ------------------------------------------------------------------ QGIS's own layer on the table

@pytest.fixture
def pg_layer(plugin, pg_server, pg_database):
    """A plain QGIS layer (postgres provider) on the register's table: no form of ours, only the server's rules."""
    from qgis import processing

    from resilience_planner.qgis_side.register_pg import database
    conninfo = pg_server.conninfo(pg_database)
    processing.run('resilienceplanner:createactionregister', {'DATABASE': conninfo, 'CRS': 'EPSG:32737'})
    layer = QgsVectorLayer(database(conninfo).layer_uri('resilience', TABLE).uri(False), 'actions', 'postgres')
    assert layer.isValid()
    return layer


def add(layer, **values):
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt('MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))'))
    base = {'action_id': 'a-1', 'title': 'Drains', 'action_type': 'structural', 'status': 'approved'}
    base.update(values)
    for name, value in base.items():
        feature[name] = value
    assert layer.startEditing()
    assert layer.addFeature(feature)
    return layer.commitChanges()


@pytest.mark.parametrize('values, words', [
    ({'status': 'maybe'}, 'Status must be one of'),
    ({'title': '  '}, 'Title is required'),
    ({'action_type': None}, 'Type is required'),
    ({'hazards': 'flood, tsunami'}, 'Hazards must be among'),
    ({'cost_estimate': -5.0, 'currency': 'USD'}, 'Cost estimate must be a number of 0 or more'),
    ({'cost_estimate': 100.0}, 'Currency is required when there is a cost estimate'),
    ({'cost_estimate': 100.0, 'currency': 'dollars'}, 'three-letter ISO 4217 code'),
    ({'funding_status': 'hoped'}, 'Funding status must be one of'),
    ({'start_date': '2027-06-01', 'end_date': '2027-01-01'}, 'End date is before the start date'),
    ({'beneficiaries': float('inf')}, 'Beneficiaries must be a number of 0 or more'),
])
def test_qgis_own_save_on_the_table_is_refused_with_the_server_reason_and_keeps_the_edit(
        pg_server, pg_database, pg_layer, values, words):
    assert not add(pg_layer, **values)
    errors = ' '.join(pg_layer.commitErrors())
    assert PREFIX in errors and words in errors, errors       # QGIS shows the server's reason
    buffer = pg_layer.editBuffer()
    assert pg_layer.isEditable() and len(buffer.addedFeatures()) == 1          # the edit is kept
    count = "SELECT (SELECT count(*) FROM resilience.planned_actions), (SELECT count(*) FROM " \
            "resilience.planned_actions_history)"
    assert pg_server.query(count, dbname=pg_database) == [['0', '0']]
    # Fixed in the buffer, the same edit saves.
    fid = next(iter(buffer.addedFeatures()))
    fixes = {'status': 'approved', 'title': 'Drains', 'action_type': 'policy', 'hazards': 'flood',
             'cost_estimate': 5.0, 'currency': 'USD', 'funding_status': 'committed', 'end_date': '2027-12-31',
             'start_date': '2027-01-01',
             'beneficiaries': 10.0}
    for name in values:
        assert pg_layer.changeAttributeValue(fid, pg_layer.fields().lookupField(name), fixes[name])
    if 'cost_estimate' in values:
        pg_layer.changeAttributeValue(fid, pg_layer.fields().lookupField('currency'), 'USD')
    assert pg_layer.commitChanges(), pg_layer.commitErrors()
    assert pg_server.query(count, dbname=pg_database) == [['1', '1']]


def test_qgis_own_save_of_a_valid_action_as_typed(pg_server, pg_database, pg_layer):
    from qgis.PyQt.QtCore import QDate
    assert add(pg_layer, status=' Approved', hazards='Flood; sea level rise, heat', cost_estimate=90000.0,
               currency='kes', start_date=QDate(2027, 1, 1), end_date=QDate(2027, 12, 31)), pg_layer.commitErrors()
    assert pg_server.query('SELECT status, currency, start_date, ST_SRID(geom) FROM resilience.planned_actions',
                           dbname=pg_database) == [[' Approved', 'kes', '2027-01-01', '32737']]


def test_qgis_own_edit_of_a_stored_action_is_refused_too(pg_server, pg_database, pg_layer):
    assert add(pg_layer), pg_layer.commitErrors()
    pg_layer.reload()
    feature = next(pg_layer.getFeatures())
    assert pg_layer.startEditing()
    assert pg_layer.changeAttributeValue(feature.id(), pg_layer.fields().lookupField('status'), 'finished')
    assert not pg_layer.commitChanges()
    assert PREFIX + 'Status must be one of' in ' '.join(pg_layer.commitErrors())
    assert pg_layer.isEditable() and pg_layer.editBuffer().changedAttributeValues()
    pg_layer.rollBack()
    assert pg_server.query('SELECT status FROM resilience.planned_actions', dbname=pg_database) == [['approved']]
