"""Export of the action plan (CSV, Excel) and import from CSV with a report on every row."""
import csv

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer


@pytest.fixture
def register(new_register):
    """A register in a GeoPackage or in PostGIS (tests/registers.py)."""
    return new_register


def write(path, text):
    path.write_text(text, encoding='utf-8')
    return str(path)


def test_import_then_export_round_trip(register, sample_city, tmp_path):
    source = write(tmp_path / 'in.csv', 'title;action_type;status;hazards;settlements;cost_estimate;currency;colour\n'
                                        'Drains;structural;approved;flood;S03, S04;90000;usd;blue\n'
                                        ';structural;proposed;;;;;red\n'
                                        'Clinic;services;proposed;heat;S99;-1;USD;\n'
                                        'Sirens;early warning;in progress;flood;S01;500;USD;\n')
    result = processing.run('resilienceplanner:importactions', {
        'INPUT': source, **register.target, 'SETTLEMENTS': sample_city['vectors'] + '|layername=settlements',
        'SETTLEMENT_KEY': 'settlement_id', 'REPORT': str(tmp_path / 'report.txt')})
    assert (result['IMPORTED'], result['REJECTED']) == (2, 2)
    report = (tmp_path / 'report.txt').read_text(encoding='utf-8').splitlines()
    assert report[0] == '4 row(s) read: 2 imported, 2 rejected.'
    assert 'Row 3: Title: is required.' in report
    assert any(line.startswith('Row 4 ("Clinic"): Cost estimate: must be 0 or more') for line in report)
    assert 'Columns not in the register, ignored: colour.' in report
    layer, _ = register.open()
    saved = {f['title']: f for f in layer.getFeatures()}
    assert set(saved) == {'Drains', 'Sirens'} and saved['Drains']['currency'] == 'USD'
    settlements = QgsVectorLayer(sample_city['vectors'] + '|layername=settlements', 's', 'ogr')
    area = sum(f.geometry().area() for f in settlements.getFeatures() if f['settlement_id'] in ('S03', 'S04'))
    assert saved['Drains'].geometry().area() == pytest.approx(area, rel=1e-6)     # the union of S03 and S04

    out = str(tmp_path / 'plan.csv')
    assert processing.run('resilienceplanner:exportactionplan', {
        'INPUT': register.source, 'OUTPUT': out})['EXPORTED'] == 2
    with open(out, encoding='utf-8') as handle:
        rows = list(csv.DictReader(handle))
    assert [r['title'] for r in rows] == ['Drains', 'Sirens']
    assert rows[0]['cost_estimate'] == '90000.00' and rows[0]['settlements'] == 'S03, S04'
    xlsx = str(tmp_path / 'plan.xlsx')
    processing.run('resilienceplanner:exportactionplan', {'INPUT': register.source,
                                                          'OUTPUT': xlsx})
    sheet = QgsVectorLayer(xlsx, 'xlsx', 'ogr')
    assert sheet.isValid() and sheet.featureCount() == 2
    assert sorted(f['title'] for f in sheet.getFeatures()) == ['Drains', 'Sirens']
    assert sheet.fields().names()[:3] == ['action_id', 'title', 'description']


def test_export_refuses_other_formats_and_other_layers(register, sample_city, tmp_path):
    with pytest.raises(QgsProcessingException, match='Export to .csv or .xlsx'):
        processing.run('resilienceplanner:exportactionplan', {'INPUT': register.source,
                                                              'OUTPUT': str(tmp_path / 'plan.ods')})
    with pytest.raises(QgsProcessingException, match='is not a planned-action register'):
        processing.run('resilienceplanner:exportactionplan', {
            'INPUT': sample_city['vectors'] + '|layername=settlements', 'OUTPUT': str(tmp_path / 'plan.csv')})


def test_reimporting_an_exported_plan_duplicates_nothing(register, tmp_path):
    source = write(tmp_path / 'in.csv', 'title,action_type,status\nDrains,structural,approved\nSirens,policy,done\n')
    processing.run('resilienceplanner:importactions', {'INPUT': source, **register.target,
                                                       'REPORT': str(tmp_path / 'r1.txt')})
    exported = str(tmp_path / 'plan.csv')
    processing.run('resilienceplanner:exportactionplan', {'INPUT': register.source,
                                                          'OUTPUT': exported})
    result = processing.run('resilienceplanner:importactions', {'INPUT': exported, **register.target,
                                                                'REPORT': str(tmp_path / 'r2.txt')})
    assert (result['IMPORTED'], result['REJECTED']) == (0, 2)
    assert 'already in the register' in (tmp_path / 'r2.txt').read_text(encoding='utf-8')
    layer, _ = register.open()
    assert layer.featureCount() == 2
