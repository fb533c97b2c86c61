"""The action register's plain-data side: validation, CSV round trips, coverage worked by hand."""
import datetime
import os
import sqlite3

import numpy as np
import pytest

from resilience_planner.core.actions import (
    SCHEMA_VERSION,
    action_coverage,
    export_rows,
    normalised,
    read_csv,
    read_only_reason,
    schema_version,
    stamp,
    validate,
    write_csv,
    write_metadata,
)
from resilience_planner.core.errors import InputError

GOOD = {'title': 'Drain the lower valley', 'action_type': 'structural', 'status': 'approved',
        'hazards': 'flood, Heat', 'cost_estimate': 250000, 'currency': 'usd', 'funding_status': 'proposal',
        'start_date': '2027-01-01', 'end_date': '2028-06-30', 'settlements': 'S03; S04'}


def fields_of(problems):
    return sorted(p.field for p in problems)


def test_a_complete_action_is_valid_and_tidied():
    assert validate(GOOD) == []
    tidy = normalised(GOOD)
    assert tidy['hazards'] == 'flood, heat' and tidy['currency'] == 'USD' and tidy['settlements'] == 'S03, S04'


@pytest.mark.parametrize('change, field, words', [
    ({'title': ''}, 'title', 'is required'),
    ({'action_type': 'bridge'}, 'action_type', '"bridge" is not one of: structural'),
    ({'status': None}, 'status', 'is required'),
    ({'hazards': 'flood, meteor'}, 'hazards', '"meteor" is not one of'),
    ({'cost_estimate': -5}, 'cost_estimate', 'must be 0 or more'),
    ({'cost_estimate': 'lots'}, 'cost_estimate', '"lots" is not a number'),
    ({'currency': 'dollars'}, 'currency', 'three-letter ISO 4217'),
    ({'currency': None}, 'currency', 'required when there is a cost estimate'),
    ({'end_date': '2026-12-31'}, 'end_date', 'is before the start date (2027-01-01)'),
    ({'start_date': '31/01/2027'}, 'start_date', 'write it as YYYY-MM-DD'),
    ({'funding_status': 'pledged'}, 'funding_status', '"pledged" is not one of: identified'),
])
def test_each_rule_names_its_field(change, field, words):
    problems = validate(dict(GOOD, **change))
    assert fields_of(problems) == [field]
    assert words in problems[0].message


def test_stamp_sets_ids_and_times():
    now = datetime.datetime(2026, 11, 29, 12, 0, tzinfo=datetime.timezone.utc)
    first = stamp(GOOD, 'amina', now, new=True)
    assert len(first['action_id']) == 36 and first['created'] == now and first['modified_by'] == 'amina'
    later = stamp(first, 'joseph', now + datetime.timedelta(days=1))
    assert later['action_id'] == first['action_id'] and later['created'] == now
    assert later['modified'] > now and later['modified_by'] == 'joseph'


def test_csv_round_trip_and_a_report_that_loses_no_row(tmp_path):
    path = tmp_path / 'plan.csv'
    rows = [stamp(normalised(GOOD), 'amina', new=True), stamp(dict(GOOD, title='Early warning sirens',
                                                                   action_type='early warning'), 'amina', new=True)]
    assert write_csv(str(path), rows) == 2
    back = read_csv(str(path))
    assert [r['title'] for r in back.accepted] == ['Drain the lower valley', 'Early warning sirens']
    assert back.rejected == []
    # A file with good rows, bad rows and an unknown column: every row is accounted for.
    path.write_text('title;action_type;status;cost_estimate;currency;colour\n'
                    'Mangroves;nature-based;proposed;1000;KES;green\n'
                    ';structural;proposed;;;red\n'
                    'Clinic;services;maybe;-1;KES;blue\n', encoding='utf-8')
    report = read_csv(str(path))
    assert [r['title'] for r in report.accepted] == ['Mangroves']
    assert [row for row, _, _ in report.rejected] == [3, 4]
    lines = report.lines()
    assert lines[0] == '3 row(s) read: 1 imported, 2 rejected.'
    assert 'Columns not in the register, ignored: colour.' in lines
    assert 'Row 3: Title: is required.' in lines
    assert ('Row 4 ("Clinic"): Cost estimate: must be 0 or more (got -1). Status: "maybe" is not one of: '
            'proposed, approved, in progress, done, cancelled.') in lines


def test_csv_costs_are_read_with_one_decimal_mark_per_column(tmp_path):
    """A Brazilian plan: "250.000" is 250,000 reais because the column also holds "1.500,50"."""
    path = tmp_path / 'plano.csv'
    path.write_text('title;action_type;status;cost_estimate;currency\n'
                    'Drenagem;structural;proposed;250.000;BRL\n'
                    'Alerta;early warning;proposed;1.500,50;BRL\n'
                    'Hortas;nature-based;proposed;n/d;BRL\n', encoding='utf-8')
    report = read_csv(str(path))
    assert [(r['title'], r.get('cost_estimate')) for r in report.accepted] == [
        ('Drenagem', 250000.0), ('Alerta', 1500.5), ('Hortas', None)]
    assert 'Column "cost_estimate": decimal comma, thousands points (as in "1.500,50").' in report.notes
    # A column that cannot tell is refused, naming the choice; the choice reads it.
    path.write_text('title;action_type;status;cost_estimate;currency\nDrains;structural;proposed;90,000;KES\n',
                    encoding='utf-8')
    with pytest.raises(InputError, match=r'Column "cost_estimate" in ".*plano.csv" cannot tell its decimal mark'):
        read_csv(str(path))
    assert read_csv(str(path), 'point').accepted[0]['cost_estimate'] == 90000.0
    assert read_csv(str(path), 'comma').accepted[0]['cost_estimate'] == 90.0


def test_csv_without_titles_is_refused(tmp_path):
    path = tmp_path / 'bad.csv'
    path.write_text('name,cost\nx,1\n', encoding='utf-8')
    with pytest.raises(InputError, match='has no "title" column'):
        read_csv(str(path))


def test_export_rows_format_dates_and_costs():
    header, rows = export_rows([dict(GOOD, start_date=datetime.date(2027, 1, 1), cost_estimate=1234.5)],
                               ['title', 'start_date', 'cost_estimate', 'notes'])
    assert header == ['title', 'start_date', 'cost_estimate', 'notes']
    assert rows == [['Drain the lower valley', '2027-01-01', '1234.50', '']]


def test_newer_registers_open_read_only(tmp_path):
    path = str(tmp_path / 'register.gpkg')
    with sqlite3.connect(path) as db:       # the minimum of a GeoPackage that write_metadata touches
        db.execute('CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, '
                   'description TEXT)')
    write_metadata(path, '0.1.0')
    assert read_only_reason(path) is None
    with sqlite3.connect(path) as db:
        db.execute("UPDATE resilience_planner_metadata SET value = ? WHERE key = 'schema_version'",
                   (str(SCHEMA_VERSION + 1),))
    reason = read_only_reason(path)
    assert 'newer Resilience Planner' in reason and 'read-only' in reason


@pytest.mark.parametrize('folder', ['Données 100%', 'plan #2?', 'a&b=c', 'Mes documents (Dakar)'])
def test_newer_registers_are_found_in_folders_with_uri_characters(tmp_path, folder):
    """A '#', '?' or '%' in a folder name used to end the hand-built URI early: no version, not read-only."""
    missing = str(tmp_path / folder / 'nothing.gpkg')
    assert schema_version(missing) is None
    (tmp_path / folder).mkdir()
    assert schema_version(missing) is None and not os.path.exists(missing)       # looked at, not created
    path = str(tmp_path / folder / 'register.gpkg')
    with sqlite3.connect(path) as db:
        db.execute('CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, '
                   'description TEXT)')
    write_metadata(path, '0.1.0')
    assert schema_version(path) == SCHEMA_VERSION
    with sqlite3.connect(path) as db:
        db.execute("UPDATE resilience_planner_metadata SET value = ? WHERE key = 'schema_version'",
                   (str(SCHEMA_VERSION + 1),))
    assert 'read-only' in read_only_reason(path)


def test_coverage_by_hand():
    actions = [
        {'title': 'Drains', 'status': 'approved', 'cost_estimate': 300.0, 'settlements': 'S1, S2'},
        {'title': 'Sirens', 'status': 'cancelled', 'cost_estimate': 50.0, 'settlements': 'S3'},
        {'title': 'Clinic', 'status': 'proposed', 'cost_estimate': 100.0},        # served by its area
        {'title': 'Ghost', 'status': 'proposed', 'settlements': 'S9'},
    ]
    keys = ['S1', 's2', 'S3', 'S4']
    overlaps = [set(), set(), {3}, set()]
    result = action_coverage(actions, keys, overlaps, priority=[80.0, 60.0, 90.0, 40.0],
                             priority_class=[5, 4, 5, 2], population=[1000.0, 500.0, 2000.0, 300.0])
    assert result.served == [[0, 1], [2], [3], []]
    assert list(result.actions_count) == [1, 1, 0, 1]                       # the cancelled one covers nothing
    assert list(result.actions_cost) == [150.0, 150.0, 0.0, 100.0]          # shared cost split evenly
    assert list(result.gap) == [0, 0, 1, 0]                                 # S3: class 5, only a cancelled action
    assert np.allclose(result.beneficiaries[:3], [1500, 2000, 300]) and np.isnan(result.beneficiaries[3])
    assert np.allclose(result.priority_score[:3], [70, 90, 40])
    assert np.allclose(result.cost_per_beneficiary[:3], [0.2, 0.025, 100 / 300])
    assert result.high_population == 3500 and result.covered_high_population == 1500
    assert result.covered_high_share == pytest.approx(1500 / 3500)
    assert 'Ghost ("S9")' in result.notes[0]


def test_a_key_shared_by_two_settlements_serves_both_and_is_named():
    actions = [{'title': 'Drains', 'status': 'approved', 'cost_estimate': 300.0, 'settlements': 'S1'},
               {'title': 'Clinic', 'status': 'approved', 'cost_estimate': 90.0, 'settlements': 's2'}]
    keys = ['S1', 'S2', 's1 ', 'S3']                  # "S1" twice (as typed, with case and a space)
    result = action_coverage(actions, keys, [set(), set()], priority_class=[5, 5, 5, 5],
                             population=[100.0, 200.0, 300.0, 400.0])
    assert result.served == [[0, 2], [1]]
    assert list(result.actions_cost) == [150.0, 90.0, 150.0, 0.0]
    assert list(result.gap) == [0, 0, 0, 1]
    assert result.beneficiaries[0] == 400.0
    assert len(result.notes) == 1 and '"S1" (2 settlements)' in result.notes[0]


@pytest.mark.parametrize('text', ['2027-03-01 junk', '2027-03-01 (tbc)', '2027-12-31xyz', '20270301', '2027-13-01',
                                  '01/03/2027'])
def test_dates_that_are_not_yyyy_mm_dd_are_refused_not_dropped(text):
    problems = validate(dict(GOOD, start_date=text))
    assert fields_of(problems) == ['start_date'] and 'YYYY-MM-DD' in problems[0].message


def test_dates_written_as_midnight_datetimes_are_read():
    assert normalised(dict(GOOD, start_date='2027-03-01T00:00:00'))['start_date'] == datetime.date(2027, 3, 1)


@pytest.mark.parametrize('text, number', [('90,000', 90000.0), ('90 000', 90000.0), ('1.234,56', 1234.56),
                                          ('1,5', 1.5), ('1234.5', 1234.5), ('1,234,567', 1234567.0)])
def test_amounts_as_people_type_them(text, number):
    from resilience_planner.core.actions import parse_amount
    assert parse_amount(text) == pytest.approx(number)
    assert normalised(dict(GOOD, cost_estimate=text))['cost_estimate'] == pytest.approx(number)


def test_quoted_text_with_doubled_quotes_survives_a_large_file(tmp_path):
    rows = [stamp(dict(GOOD, title='Action {0}'.format(i), notes='plain note ' * 5), 'amina', new=True)
            for i in range(60)]
    rows.append(stamp(dict(GOOD, title='Drains "phase 2"', notes='a, b; c\nsecond line'), 'amina', new=True))
    path = str(tmp_path / 'big.csv')
    write_csv(path, rows)
    assert (tmp_path / 'big.csv').stat().st_size > 4096
    back = read_csv(path)
    assert back.rejected == [] and back.accepted[-1]['title'] == 'Drains "phase 2"'
    assert back.accepted[-1]['notes'] == 'a, b; c\nsecond line'


def test_a_csv_that_is_not_utf8_gets_a_message(tmp_path):
    path = tmp_path / 'latin1.csv'
    path.write_bytes('title,action_type,status\nAmélioration,policy,proposed\n'.encode('latin-1'))
    with pytest.raises(InputError, match='is not UTF-8 text. Save it as "CSV UTF-8"'):
        read_csv(str(path))


def test_large_numbers_export_in_full():
    _, rows = export_rows([dict(GOOD, beneficiaries=1234567.0)], ['beneficiaries'])
    assert rows == [['1234567']]


def test_the_file_checks_trim_every_character_python_strips():
    import sys

    from resilience_planner.core.actions.schema import WHITESPACE
    assert WHITESPACE == tuple(c for c in range(sys.maxunicode + 1) if chr(c).isspace())


def test_every_rule_has_its_own_name_and_a_message_naming_its_field():
    from resilience_planner.core.actions import RULES, SPECS
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)) == 15
    assert all(rule.message.startswith(SPECS[rule.field].label) for rule in RULES)


def test_postgres_checks_are_written_from_the_same_rules():
    import re

    from resilience_planner.core.actions import HAZARDS, Choices, Date, Number, Required, postgres_check
    assert postgres_check(Number('cost_estimate', minimum=0.0)) == (
        'CONSTRAINT "rp_check_cost_estimate_minimum" CHECK ("cost_estimate" IS NULL OR ("cost_estimate" NOT IN '
        "('Infinity', '-Infinity', 'NaN') AND \"cost_estimate\" >= 0.0))")
    assert postgres_check(Date('start_date')) is None                   # a date column holds nothing else
    assert postgres_check(Required('title')).startswith(
        'CONSTRAINT "rp_check_title_required" CHECK (NULLIF(NULLIF(btrim("title"::text, U&\'\\0009\\000A')
    # The list's pattern, its U& escapes decoded as PostgreSQL decodes them, reads lists as validate() does.
    check = postgres_check(Choices('hazards', HAZARDS))
    literal = check[check.index("~ U&'") + 5:-2]
    pattern = re.sub(r'\\([0-9A-F]{4})', lambda m: chr(int(m.group(1), 16)), literal).replace('\\\\', '\\')
    rule = Choices('hazards', HAZARDS)
    for text in ['flood', 'Flood; sea level rise, heat', 'flood,\u00a0heat', ' , ', 'floodheat', 'flood heat',
                 'fl ood', 'flood, meteor', 'sea\u00a0level rise', 'flood\x1c']:
        assert bool(re.fullmatch(pattern, text.strip().lower())) == (rule.problem({'hazards': text}) is None), text


TWO_CURRENCIES = [
    {'title': 'Drains', 'status': 'approved', 'cost_estimate': 1000000.0, 'currency': 'KES',
     'funding_status': 'committed', 'hazards': 'flood'},
    {'title': 'Pumps', 'status': 'in progress', 'cost_estimate': '200,000', 'currency': ' kes',
     'funding_status': 'proposal', 'hazards': 'flood, heat'},
    {'title': 'Clinic', 'status': 'approved', 'cost_estimate': 40000.0, 'currency': 'USD',
     'funding_status': 'committed'},
    {'title': 'Sirens', 'status': 'proposed', 'cost_estimate': 5000.0, 'funding_status': 'disbursed',
     'hazards': 'heat'},
    {'title': 'Old plan', 'status': 'cancelled', 'cost_estimate': 7.0, 'currency': 'USD'},
    {'title': 'Typo', 'status': 'approved', 'cost_estimate': -3.0, 'currency': 'USD'},
    {'title': 'Study', 'status': 'approved'},
]


def test_budget_totals_each_currency_apart_and_names_amounts_without_one():
    from resilience_planner.core.actions import budget, format_amounts, is_active
    active = budget([a for a in TWO_CURRENCIES if is_active(a)])
    assert active.totals == {'KES': 1200000.0, 'USD': 40000.0, '': 5000.0}       # never one sum of them
    assert active.single is None and active.currencies == ['KES', 'USD', '']
    assert active.by_funding == {'committed': {'KES': 1000000.0, 'USD': 40000.0}, 'proposal': {'KES': 200000.0},
                                 'disbursed': {'': 5000.0}}
    assert active.by_hazard == {'flood': {'KES': 1100000.0}, 'heat': {'KES': 100000.0, '': 5000.0},
                                '': {'USD': 40000.0}}                          # a shared cost split evenly
    assert active.subtotal(active.by_funding, ('committed', 'disbursed')) == {'KES': 1000000.0, 'USD': 40000.0,
                                                                             '': 5000.0}
    assert (active.costed, active.uncosted, active.refused) == (4, 1, ['Typo'])
    assert format_amounts(active.totals) == 'KES 1,200,000 · USD 40,000 · 5,000 without a currency'
    assert format_amounts({}) == '0'
    assert active.bars(active.by_funding, ('proposal', 'committed')) == [
        ('proposal', 'KES', 200000.0), ('committed', 'KES', 1000000.0), ('committed', 'USD', 40000.0)]
    every = budget(TWO_CURRENCIES)
    assert every.by_status['cancelled'] == {'USD': 7.0} and every.totals['USD'] == 40007.0
    one = budget(TWO_CURRENCIES[:2])
    assert one.single == 'KES' and one.bars(one.by_funding, ('identified', 'proposal')) == [
        ('identified', 'KES', 0.0), ('proposal', 'KES', 200000.0)]                 # one currency: every bar


def test_cost_per_beneficiary_is_per_currency_over_the_people_its_actions_serve():
    from resilience_planner.core.actions import cost_per_beneficiary
    per_person = cost_per_beneficiary(TWO_CURRENCIES[:4], [1000.0, 600.0, 400.0, float('nan')])
    assert per_person == {'KES': pytest.approx(1200000.0 / 1600.0), 'USD': pytest.approx(100.0)}


def test_a_settlement_served_in_two_currencies_has_no_added_cost():
    actions = [dict(TWO_CURRENCIES[0], settlements='S1, S2'), dict(TWO_CURRENCIES[2], settlements='S2'),
               dict(TWO_CURRENCIES[3], settlements='S3')]
    result = action_coverage(actions, ['S1', 'S2', 'S3'], [set()] * 3)
    assert result.actions_cost[0] == 500000.0 and np.isnan(result.actions_cost[1]) and result.actions_cost[2] == 5000
    assert result.currencies == ['KES', 'KES, USD', '']
    assert 'different currencies' in result.notes[-1]


def test_coverage_leaves_out_costs_budget_refuses_and_reads_costs_as_budget_does():
    """One rule for a cost (budget.cost_of): a negative cost is named and left out, text is read as a person wrote
    it ('90,000' is 90000), never float() of it."""
    actions = [dict(title='Typo', status='approved', cost_estimate=-500.0, currency='USD', settlements='S1'),
               dict(title='Drains', status='approved', cost_estimate='90,000', currency='USD', settlements='S2')]
    result = action_coverage(actions, ['S1', 'S2'], [set(), set()], population=[100.0, 300.0])
    assert result.actions_cost[0] == 0.0 and result.actions_cost[1] == 90000.0
    assert np.isnan(result.cost_per_beneficiary[0]) and result.cost_per_beneficiary[1] == 300.0
    assert any('"Typo" (-500.0)' in note for note in result.notes)


def test_a_hazard_named_twice_counts_once_in_the_split_by_hazard():
    from resilience_planner.core.actions import budget
    costs = budget([dict(title='Drains', status='approved', cost_estimate=90.0, currency='USD',
                         hazards='flood, Flood, heat')])
    assert costs.by_hazard == {'flood': {'USD': 45.0}, 'heat': {'USD': 45.0}}


@pytest.mark.parametrize('text', ['1_000', '\u0661\u0660', '\uff11\uff10', '1e5x', '--5'])
def test_an_amount_is_ascii_digits_as_qgis_and_the_file_read_it(text):
    from resilience_planner.core.actions import parse_amount
    with pytest.raises(ValueError):
        parse_amount(text)


def test_an_amount_still_reads_as_people_write_it():
    from resilience_planner.core.actions import parse_amount
    assert [parse_amount(t) for t in ('90,000', '90 000', '1.234,56', '1,5', '1234.5', '-3', '.5', '2e3')] == \
        [90000.0, 90000.0, 1234.56, 1.5, 1234.5, -3.0, 0.5, 2000.0]


@pytest.mark.parametrize('text, reason', [('2027-02-29', 'month 2 of 2027 has no day 29'),
                                          ('2027-04-31', 'month 4 of 2027 has no day 31'),
                                          ('2027-13-01', 'there is no month 13; write it as YYYY-MM-DD')])
def test_an_impossible_day_is_named_as_such_not_as_a_format_error(text, reason):
    from resilience_planner.core.actions import parse_date
    with pytest.raises(ValueError) as refused:
        parse_date(text)
    assert str(refused.value) == '"{0}" is not a date: {1}'.format(text, reason)


def test_messages_write_amounts_as_people_do():
    """A refused million reads '-1,000,000', never '-1e+06' (the dock shows these beside the fields)."""
    from resilience_planner.core.actions import validate
    messages = {p.field: p.message for p in validate({'title': 'Drains', 'action_type': 'structural',
                                                      'status': 'approved', 'cost_estimate': -1000000.0})}
    assert messages['cost_estimate'] == 'must be 0 or more (got -1,000,000).'
    assert messages['currency'] == 'is required when there is a cost estimate (-1,000,000).'


@pytest.mark.parametrize('text, number', [('1 000 000,50', 1000000.5), ('1\u202f000\u202f000,50', 1000000.5),
                                          ('1\u00a0000,5', 1000.5), ('1.000.000', 1000000.0),
                                          ('1.000.000,50', 1000000.5), ("1'000'000.50", 1000000.5),
                                          ('12,34,567', 1234567.0), ('1,234.5', 1234.5), ('0.500', 0.5)])
def test_amounts_grouped_as_each_language_writes_them(text, number):
    from resilience_planner.core.actions import parse_amount
    assert parse_amount(text) == number


@pytest.mark.parametrize('text, why', [('1,234,5', 'the commas do not group whole thousands'),
                                       ('1.2.3', 'the points do not group whole thousands'),
                                       ('1.234,5,6', 'the point does not group whole thousands'),
                                       ('1.500', 'could be 1.5 or 1500')])
def test_amounts_that_cannot_be_read_for_sure_are_refused_saying_why(text, why):
    """'1,234,5' was stored as 12345 and the German '1.500' as 1.5: a wrong number that looks right."""
    from resilience_planner.core.actions import parse_amount
    with pytest.raises(ValueError, match=why):
        parse_amount(text)
