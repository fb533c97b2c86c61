"""Each register rule is declared once (core.actions.rules.RULES) and makes three checks: validate()'s,
the QGIS constraint expression and the file's SQLite trigger. Here all three judge the same good and bad
values, on a real feature of a real register layer and a real INSERT into a real GeoPackage, and must agree.

GeoPackage only, by nature (all 18 cases): they install one rule's SQLite triggers into a file, add a rule's triggers
to a file, and read the form from the file's layer_styles. Their PostGIS counterpart is tests/test_register_pg_rules.py,
which judges the same samples (``samples`` here) by each rule's CHECK constraint through psql and QGIS's own layer."""
import shutil
import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)

from resilience_planner.core.actions import (
    RULES,
    TABLE,
    Choices,
    Code,
    Date,
    NotBefore,
    Number,
    OneOf,
    Required,
    RequiredWith,
    add_checks,
    validate,
)
from resilience_planner.core.actions import rules as rules_module
from resilience_planner.qgis_side.register import configure_register_layer, create_register

BASE = {'action_id': 'a-1', 'title': 'Drains', 'action_type': 'structural', 'status': 'approved'}
BLANKS = [None, '', '  ', '\t\n', '\u00a0', '\u3000', '\x1c', 'NULL', ' NULL\u2003']


def _variants(value):
    """A choice as people (and adversaries) type it."""
    out = [value, value.upper(), value.title(), ' {0}\t'.format(value), '\u00a0{0}\u2003'.format(value),
           value + 'x', 'x' + value, value.replace(' ', '\u00a0'), value.replace(' ', '  ')]
    if 'k' in value:
        out.append(value.replace('k', '\u212a'))            # KELVIN SIGN: Python lower-cases it to k
    if 'i' in value:
        out.append(value.replace('i', '\u0130', 1))         # Qt lower-cases it to i, Python to i + a dot
    return out


def samples(rule):
    """Rows (dicts of field values) that the rule should judge, good and bad alike."""
    field = rule.field
    if isinstance(rule, Required):
        return [{field: v} for v in BLANKS + ['Drains', 'null', 'x\u00a0', '-', '0']]
    if isinstance(rule, OneOf):
        values = [v for allowed in rule.values for v in _variants(allowed)]
        return [{field: v} for v in values + BLANKS + ['bogus', 'NULL x']]
    if isinstance(rule, Choices):
        first, second = rule.values[0], rule.values[-1]
        spaced = next((v for v in rule.values if ' ' in v), first)
        lists = [first, '{0}; {1}'.format(first.title(), spaced), '{0},\u00a0{1}'.format(first, second), ' , ',
                 ',,{0};;'.format(first), '{0}{1}'.format(first, second), '{0} {1}'.format(first, second),
                 first[:2] + ' ' + first[2:], '{0}, meteor'.format(first), spaced.replace(' ', '\u00a0'),
                 '{0}, NULL'.format(first), '{0}\x1c'.format(first), '{0}\x01'.format(first),
                 '\u3000{0}\u3000;\t{1}'.format(spaced, second)] + _variants(first) + _variants(spaced)
        return [{field: v} for v in lists + BLANKS]
    if isinstance(rule, Number):
        numbers = [0, 0.0, -0.0, 10.5, 90000, -5, -0.0001, 1e300, -1e300, float('inf'), float('-inf'), 'lots']
        return [{field: v} for v in numbers + BLANKS]
    if isinstance(rule, Date):
        dates = ['2027-01-01', '2024-02-29', '2027-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '0000-01-01',
                 '0001-01-01', '2027-01-01T00:00:00', '2027-01-01 00:00', '2027-01-01T00:00', '2027-01-01T00:00:00.000',
                 '2027-01-01T00:00:00.', '2027-01-01t00:00', '2027-01-01 12:30', '01/03/2027', '20270301',
                 ' 2027-03-01\t', '\u0662\u0660\u0662\u0667-\u0660\u0661-\u0660\u0661', '2027-03-01 junk',
                 '2027-3-1', '2027-03-01\n00:00']
        return [{field: v} for v in dates + BLANKS]
    if isinstance(rule, Code):
        codes = ['USD', 'kes', ' kes\n', 'Idr', 'dollars', 'US', 'USDX', 'U$D', '\u00dcSD', 'U D', '123']
        return [{field: v} for v in codes + BLANKS]
    if isinstance(rule, RequiredWith):
        others = [10.0, 0, None, '  ', 'NULL']
        return [{field: v, rule.other: o} for v in ['USD', None, ' ', 'NULL'] for o in others]
    if isinstance(rule, NotBefore):
        pairs = [('2027-01-02', '2027-01-01'), ('2027-01-01', '2027-01-01'), ('2026-12-31', '2027-01-01'),
                 ('2026-12-31', None), (None, '2027-01-01'), ('2026-12-31 00:00', '2027-01-01'),
                 ('2027-01-01T00:00:00', '2027-01-01 00:00'), ('2027-02-30', '2027-03-05'),
                 ('2026-12-31 junk', '2027-01-01'), ('NULL', '2027-01-01'), (' 2026-12-31', '2027-01-01\t')]
        return [{field: late, rule.other: early} for late, early in pairs]
    raise AssertionError('no samples for the rule kind {0}: add them here'.format(type(rule).__name__))


@pytest.fixture(scope='module')
def template(qgis_app, tmp_path_factory):
    path = str(tmp_path_factory.mktemp('rules') / 'register.gpkg')
    create_register(path, QgsCoordinateReferenceSystem('EPSG:32737'))
    return path


@pytest.fixture
def layer(template):
    layer = QgsVectorLayer('{0}|layername={1}'.format(template, TABLE), 'actions', 'ogr')
    assert layer.isValid()
    return layer


def qgis_holds(layer, expression_text, row):
    """The expression on a feature of the register layer holding the row; True when it holds."""
    feature = QgsFeature(layer.fields())
    for name, value in row.items():
        feature[name] = value
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    expression = QgsExpression(expression_text)
    assert not expression.hasParserError(), expression.parserErrorString()
    result = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    return bool(result)


def triggers(path):
    with sqlite3.connect(path) as db:
        return [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                               "name LIKE 'rp\\_check\\_%' ESCAPE '\\' ORDER BY name")]


def connect(path):
    db = sqlite3.connect(path)
    for name in ('ST_IsEmpty', 'ST_MinX', 'ST_MaxX', 'ST_MinY', 'ST_MaxY'):     # the GeoPackage's R-tree triggers
        db.create_function(name, 1, lambda geometry: None)
    return db


def sqlite_refusal(db, row):
    """None when the file takes the row (then rolled back), else the trigger's message."""
    names = list(row)
    try:
        db.execute('INSERT INTO {0} ({1}) VALUES ({2})'.format(TABLE, ', '.join(names), ', '.join('?' * len(names))),
                   [row[n] for n in names])
    except sqlite3.IntegrityError as err:
        return str(err)
    finally:
        db.rollback()
    return None


@pytest.mark.parametrize('rule', RULES, ids=lambda rule: rule.name)
def test_python_qgis_and_sqlite_agree_on_every_rule(rule, template, layer, tmp_path):
    path = str(tmp_path / 'one_rule.gpkg')
    shutil.copy(template, path)
    add_checks(path, [rule])
    assert triggers(path) == ['rp_check_{0}_insert'.format(rule.name), 'rp_check_{0}_update'.format(rule.name)]
    db = connect(path)
    verdicts = []
    try:
        for sample in samples(rule):
            row = dict(BASE, **sample)
            python = rule.problem(row) is None
            qgis = qgis_holds(layer, rule.qgis(), row)
            refusal = sqlite_refusal(db, row)
            if refusal is not None:
                assert refusal == 'Resilience Planner: ' + rule.message
            verdicts.append((sample, python, qgis, refusal is None))
    finally:
        db.close()
    disagree = [v for v in verdicts if not v[1] == v[2] == v[3]]
    assert not disagree, 'sample, python, qgis, sqlite: {0}'.format(disagree)
    assert {v[1] for v in verdicts} == {True, False}             # each rule met both good and bad values


def test_the_layer_and_the_file_agree_with_validate_on_whole_actions(template, tmp_path):
    """All rules at once, as the register carries them: its saved form and all its triggers."""
    path = str(tmp_path / 'register.gpkg')
    shutil.copy(template, path)
    layer = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), 'actions', 'ogr')
    fields = layer.fields()
    rows = [dict(BASE, **sample) for rule in RULES for sample in samples(rule)[::3]]
    rows.append(dict(BASE, hazards='Flood; sea level rise', cost_estimate=90000.5, currency=' kes',
                     funding_status='Committed', start_date='2027-01-01', end_date='2027-12-31', beneficiaries=12.0))
    db = connect(path)
    try:
        for row in rows:
            problems = validate(row)
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry())
            for name, value in row.items():
                feature[name] = value
            failing = {fields.at(i).name() for i in range(len(fields)) if fields.at(i).name() != 'fid'    # the file's
                       if not QgsVectorLayerUtils.validateAttribute(layer, feature, i)[0]}
            assert failing == {p.field for p in problems}, (row, problems, failing)
            refusal = sqlite_refusal(db, row)
            assert (refusal is None) == (not problems), (row, problems, refusal)
    finally:
        db.close()


def test_a_rule_added_to_the_declaration_appears_in_all_three(template, layer, tmp_path, monkeypatch):
    added = OneOf('lead_agency', ('city', 'county'))
    monkeypatch.setattr(rules_module, 'RULES', RULES + (added,))
    row = dict(BASE, lead_agency='ministry')
    assert [(p.field, p.message) for p in validate(row)] == [('lead_agency', '"ministry" is not one of: city, '
                                                                             'county.')]
    assert validate(dict(row, lead_agency=' County')) == []
    fresh = QgsVectorLayer('{0}|layername={1}'.format(template, TABLE), 'actions', 'ogr')
    configure_register_layer(fresh)
    index = fresh.fields().lookupField('lead_agency')
    assert fresh.constraintDescription(index) == 'Lead agency must be one of: city, county.'
    assert not qgis_holds(fresh, fresh.constraintExpression(index), row)
    assert qgis_holds(fresh, fresh.constraintExpression(index), dict(row, lead_agency='city'))
    path = str(tmp_path / 'register.gpkg')
    shutil.copy(template, path)
    assert add_checks(path) == 2                                  # only the new rule's two triggers
    db = connect(path)
    try:
        assert sqlite_refusal(db, row) == 'Resilience Planner: Lead agency must be one of: city, county.'
        assert sqlite_refusal(db, dict(row, lead_agency='city')) is None
    finally:
        db.close()
    monkeypatch.setattr(rules_module, 'RULES', RULES)
    assert add_checks(path) == 0                                  # a rule taken out takes its triggers along
    assert len(triggers(path)) == 2 * len(RULES) and not [t for t in triggers(path) if 'lead_agency' in t]


def test_a_register_with_older_constraints_gets_todays_when_opened(template, tmp_path):
    from qgis.core import QgsProject

    from resilience_planner.qgis_side.compat import save_default_style
    from resilience_planner.qgis_side.register import open_register
    path = str(tmp_path / 'register.gpkg')
    shutil.copy(template, path)
    old = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), 'actions', 'ogr')
    index = old.fields().lookupField('cost_estimate')
    old.setConstraintExpression(index, '"cost_estimate" IS NULL OR "cost_estimate" >= 0', 'The cost cannot be '
                                'negative')                    # the first registers' form: 'lots' >= 0 held
    assert not save_default_style(old, 'old', 'old')
    assert QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), 'a', 'ogr').constraintExpression(index) == \
        '"cost_estimate" IS NULL OR "cost_estimate" >= 0'
    layer, reason = open_register(path)
    assert reason is None
    assert layer.constraintDescription(index) == 'Cost estimate must be a number of 0 or more.'
    assert not qgis_holds(layer, layer.constraintExpression(index), dict(BASE, cost_estimate='lots'))
    QgsProject.instance().removeAllMapLayers()
