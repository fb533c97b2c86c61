"""The algorithms on a register in the tests' own PostgreSQL (tests/pg.py): actioncoverage, exportactionplan,
importactions and the report give from a PostGIS register what they give from its GeoPackage copy; an import into
the database goes through the server's own rules."""
import csv
import shutil
import subprocess

import pytest
from qgis import processing
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer, QgsVectorLayerUtils

from resilience_planner.core.actions import FIELD_NAMES
from resilience_planner.qgis_side.register import open_register, save_register
from resilience_planner.qgis_side.register_pg import layer_source, open_pg_register


@pytest.fixture(scope='module')
def ranking(sample_priorities):
    layer = QgsVectorLayer(sample_priorities['ranking'], 'ranking', 'ogr')
    return layer, {f['settlement_id']: f for f in layer.getFeatures()}


@pytest.fixture
def registers(plugin, ranking, pg_server, pg_database, tmp_path):
    """The same plan in a GeoPackage and, copied by copyregister, in the database: (file input, database input)."""
    layer, rows = ranking
    path = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': path})
    register, _ = open_register(path)
    register.startEditing()
    high = sorted((f for f in rows.values() if f['priority_class'] and f['priority_class'] >= 4),
                  key=lambda f: f['priority_rank'])
    fields = register.fields()
    for geometry, values in (
            (None, dict(title='Drains', action_type='structural', status='approved', cost_estimate=90000.0,
                        currency='USD', funding_status='committed', hazards='flood',
                        settlements=', '.join(h['settlement_id'] for h in high[:2]))),
            (None, dict(title='Cancelled sirens', action_type='early warning', status='cancelled',
                        cost_estimate=500.0, currency='USD', settlements=high[2]['settlement_id'])),
            (QgsGeometry(high[3].geometry()), dict(title='Clinic', action_type='services', status='proposed',
                                                   cost_estimate=20000.0, currency='USD', hazards='heat',
                                                   funding_status='proposal'))):
        assert register.addFeature(QgsVectorLayerUtils.createFeature(
            register, geometry or QgsGeometry(), {fields.lookupField(k): v for k, v in values.items()}))
    assert save_register(register, keep_editing=False) == 3
    conninfo = pg_server.conninfo(pg_database)
    processing.run('resilienceplanner:copyregister', {'INPUT': path, 'OUTPUT_DATABASE': conninfo})
    shared, reason = open_pg_register(conninfo, 'resilience')
    assert reason is None and shared.featureCount() == 3
    return path + '|layername=planned_actions', layer_source(shared), conninfo, high


def test_action_coverage_from_the_database_is_that_of_the_file(registers, ranking, sample_city, tmp_path):
    in_file, in_database, _, _ = registers
    results = []
    for name, source in (('file', in_file), ('database', in_database)):
        result = processing.run('resilienceplanner:actioncoverage', {
            'ACTIONS': source, 'SETTLEMENTS': ranking[0], 'POPULATION': sample_city['population'],
            'OUTPUT_ACTIONS': str(tmp_path / (name + '_actions.gpkg')),
            'OUTPUT_SETTLEMENTS': str(tmp_path / (name + '_settlements.gpkg'))})
        actions = {f['title']: [f[n] for n in ('served', 'beneficiaries', 'priority_score', 'cost_per_beneficiary')]
                   for f in QgsVectorLayer(result['OUTPUT_ACTIONS'], 'a', 'ogr').getFeatures()}
        settlements = {f['settlement_id']: [f['actions_count'], f['actions_cost'], f['gap']]
                       for f in QgsVectorLayer(result['OUTPUT_SETTLEMENTS'], 's', 'ogr').getFeatures()}
        numbers = {k: result[k] for k in ('ACTIVE_ACTIONS', 'GAPS', 'HIGH_PRIORITY_POPULATION',
                                          'COVERED_HIGH_PRIORITY_SHARE', 'PLANNED_COST', 'PLANNED_COSTS')}
        results.append((actions, settlements, numbers))
    assert results[0] == results[1]
    actions, _, numbers = results[1]
    assert numbers['ACTIVE_ACTIONS'] == 2 and numbers['PLANNED_COST'] == 110000.0
    assert actions['Clinic'][1] > 0                                # people counted inside the database's area


def test_the_exported_plan_from_the_database_is_that_of_the_file(registers, tmp_path):
    in_file, in_database, _, _ = registers
    texts = []
    for name, source in (('file', in_file), ('database', in_database)):
        out = str(tmp_path / (name + '.csv'))
        assert processing.run('resilienceplanner:exportactionplan', {'INPUT': source, 'OUTPUT': out})['EXPORTED'] == 3
        with open(out, encoding='utf-8') as handle:
            texts.append(handle.read())
        xlsx = QgsVectorLayer(processing.run('resilienceplanner:exportactionplan', {
            'INPUT': source, 'OUTPUT': str(tmp_path / (name + '.xlsx'))})['OUTPUT'], 'x', 'ogr')
        texts.append(sorted(tuple(str(f[n]) for n in ('title', 'status', 'cost_estimate', 'settlements'))
                            for f in xlsx.getFeatures()))
    assert texts[0] == texts[2] and texts[1] == texts[3]
    rows = list(csv.DictReader(texts[2].splitlines()))
    assert sorted(r['title'] for r in rows) == ['Cancelled sirens', 'Clinic', 'Drains']
    assert list(rows[0]) == [n for n in FIELD_NAMES]


def test_importing_into_the_database_is_as_into_the_file(registers, pg_server, pg_database, sample_city, tmp_path):
    in_file, _, conninfo, _ = registers
    source = tmp_path / 'in.csv'
    source.write_text('title;action_type;status;hazards;settlements;cost_estimate;currency\n'
                      'Pumps;structural;approved;flood;S03, S04;90000;usd\n'
                      ';structural;proposed;;;;\n'
                      'Clinic 2;services;proposed;heat;S99;-1;USD\n'
                      'Shade;nature-based;in progress;heat;S01;500;USD\n', encoding='utf-8')
    outcome = {}
    for name, where in (('file', {'REGISTER': in_file.split('|')[0]}), ('database', {'DATABASE': conninfo})):
        result = processing.run('resilienceplanner:importactions', dict(where, **{
            'INPUT': str(source), 'SETTLEMENTS': sample_city['vectors'] + '|layername=settlements',
            'SETTLEMENT_KEY': 'settlement_id', 'REPORT': str(tmp_path / (name + '.txt'))}))
        outcome[name] = (result['IMPORTED'], result['REJECTED'], (tmp_path / (name + '.txt')).read_text('utf-8'))
    assert outcome['file'] == outcome['database'] and outcome['database'][:2] == (2, 2)
    layer, _ = open_register(in_file.split('|')[0])
    shared, _ = open_pg_register(conninfo, 'resilience')

    def imported(register):
        return {f['title']: (f['currency'], f['settlements'], round(f.geometry().area(), 6), f['modified_by'])
                for f in register.getFeatures() if f['title'] in ('Pumps', 'Shade')}
    assert imported(layer) == imported(shared) and imported(shared)['Pumps'][0] == 'USD'
    assert pg_server.query("SELECT count(*) FROM resilience.planned_actions WHERE created IS NOT NULL AND action_id "
                           "IS NOT NULL", dbname=pg_database) == [['5']]
    # Recorded by the database's history, by the login that imported them.
    assert pg_server.query("SELECT operation, changed_by FROM resilience.planned_actions_history WHERE title = "
                           "'Pumps'", dbname=pg_database) == [['INSERT', pg_server.user]]


def test_the_server_refuses_an_import_it_does_not_accept_and_nothing_is_written(registers, pg_server, pg_database,
                                                                               tmp_path):
    _, _, conninfo, _ = registers
    # A rule of the office's own, in the database only: the import's checks pass the row, the server refuses it.
    pg_server.psql("ALTER TABLE resilience.planned_actions ADD CONSTRAINT office_no_tbd CHECK (title <> 'TBD')",
                   dbname=pg_database)
    source = tmp_path / 'in.csv'
    source.write_text('title,action_type,status\nFine,policy,proposed\nTBD,policy,proposed\n', encoding='utf-8')
    history = pg_server.query('SELECT count(*) FROM resilience.planned_actions_history', dbname=pg_database)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run('resilienceplanner:importactions', {'INPUT': str(source), 'DATABASE': conninfo,
                                                           'REPORT': str(tmp_path / 'r.txt')})
    # The save path's one message: the database named (never its password), the server's reason with the
    # constraint's name, and that nothing changed.
    text = str(caught.value)
    assert text.startswith('Not saved: database "{0}" on 127.0.0.1:{1} refused the save ('.format(
        pg_database, pg_server.port)), text
    assert 'office_no_tbd' in text and 'nothing in the database changed' in text, text
    assert pg_server.password not in text and 'CONTEXT' not in text
    # Nothing of the import is written: not even the row the server would have taken, nor a history entry.
    assert pg_server.query("SELECT count(*) FROM resilience.planned_actions", dbname=pg_database) == [['3']]
    assert pg_server.query("SELECT count(*) FROM resilience.planned_actions WHERE title IN ('Fine', 'TBD')",
                           dbname=pg_database) == [['0']]
    assert pg_server.query('SELECT count(*) FROM resilience.planned_actions_history', dbname=pg_database) == history
    assert not (tmp_path / 'r.txt').exists()
    with pytest.raises(QgsProcessingException, match='either the register\'s GeoPackage or a database'):
        processing.run('resilienceplanner:importactions', {'INPUT': str(source), 'DATABASE': conninfo,
                                                           'REGISTER': str(tmp_path / 'x.gpkg'),
                                                           'REPORT': str(tmp_path / 'r.txt')})
    with pytest.raises(QgsProcessingException, match='holds no planned-action register'):
        processing.run('resilienceplanner:importactions', {'INPUT': str(source), 'DATABASE': conninfo,
                                                           'SCHEMA': 'elsewhere', 'REPORT': str(tmp_path / 'r.txt')})


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_the_report_from_the_database_is_that_of_the_file(registers, sample_priorities, sample_city, pg_server,
                                                         pg_database, tmp_path):
    in_file, in_database, _, _ = registers
    pages = []
    for name, source in (('file', in_file), ('database', in_database)):
        result = processing.run('resilienceplanner:report', {
            'RANKING': sample_priorities['ranking'], 'PRIORITY': sample_priorities['priority'],
            'BOUNDARY': sample_city['vectors'] + '|layername=city_boundary', 'ACTIONS': source,
            'CITY_NAME': 'Mto Mkuu', 'OUTPUT_PDF': str(tmp_path / (name + '.pdf'))})
        pages.append([subprocess.run(['pdftotext', '-layout', '-f', str(page), '-l', str(page), result['OUTPUT_PDF'],
                                      '-'], capture_output=True, text=True, check=True).stdout for page in range(1, 6)])
    assert pages[0][:4] == pages[1][:4]                 # the map, the ranking, the action plan, the finance pipeline
    assert 'Drains' in pages[1][2] and 'Clinic' in pages[1][2] and 'Action plan' in pages[1][2]
    # The method page (the last) names where the actions came from: the database's table, without its password.
    method = ' '.join(pages[1][4].split())
    assert 'table resilience.planned_actions of database "{0}" on 127.0.0.1:{1}'.format(
        pg_database, pg_server.port) in method and pg_server.password not in method
