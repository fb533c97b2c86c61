"""Finance readiness, project profiles and the funders' export on a tiny hand-made city, figures worked by hand.

Three settlements side by side (EPSG:32737), a ranking, an exposure and a vulnerability output written by hand,
and three actions: one with every checklist item, one with three, one cancelled."""
import csv
import datetime
import re

import pytest
from qgis import processing
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

SQUARES = {'A': (0, 0), 'B': (100, 0), 'C': (200, 0)}


def squares_layer(fields, rows, name):
    layer = QgsVectorLayer('Polygon?crs=EPSG:32737' + fields, name, 'memory')
    features = []
    for key, values in rows:
        x, y = SQUARES[key]
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt('POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))'.format(
            x, y, x + 100, y + 100)))
        feature.setAttributes([key] + list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def city(plugin):
    ranking = squares_layer('&field=settlement_id:string&field=name:string&field=priority_rank:integer'
                            '&field=priority_mean:double&field=priority_class:integer&field=grid_population:double',
                            [('A', ('Alpha', 1, 80.0, 5, 1000.0)), ('B', ('Beta', 2, 60.0, 4, 500.0)),
                             ('C', ('Gamma', 3, 20.0, 1, 300.0))], 'ranking')
    exposure = squares_layer('&field=sid:string&field=flood_depth_exposed_pop:double'
                             '&field=heat_lst_exposed_pop:double&field=any_exposed_pop:double',
                             [('A', (400.0, 100.0, 450.0)), ('B', (250.0, 0.0, 250.0)), ('C', (0.0, 0.0, 0.0))],
                             'exposure')
    vulnerability = squares_layer('&field=settlement_id:string&field=vulnerability:double'
                                  '&field=vulnerability_drivers:string',
                                  [('A', (0.72, 'water (40%), tenure (35%)')), ('B', (0.41, 'toilets (50%)')),
                                   ('C', (0.2, None))], 'vulnerability')
    actions = QgsVectorLayer(
        'MultiPolygon?crs=EPSG:32737&field=action_id:string&field=title:string&field=action_type:string'
        '&field=hazards:string&field=settlements:string&field=lead_agency:string&field=cost_estimate:double'
        '&field=currency:string&field=funding_source:string&field=funding_status:string&field=start_date:date'
        '&field=end_date:date&field=status:string&field=beneficiaries:double&field=co_benefits:string',
        'plan', 'memory')
    rows = [
        ('a1', 'Drains', 'structural', 'flood', 'A, B', 'Water department', 90000.0, 'USD', 'World Bank',
         'proposal', datetime.date(2026, 1, 1), datetime.date(2027, 6, 30), 'approved', None, 'jobs, health'),
        ('a2', 'Shade trees', 'nature-based', 'heat', 'C', None, 5000.0, None, None, None, None, None, 'proposed',
         300.0, None),
        ('a3', 'Sirens', 'early warning', 'flood', 'A', 'City', 500.0, 'USD', 'City', 'identified', None, None,
         'cancelled', None, None),
    ]
    features = []
    for values in rows:
        feature = QgsFeature(actions.fields())
        feature.setAttributes([QDate(v.year, v.month, v.day) if isinstance(v, datetime.date) else v
                               for v in values])
        features.append(feature)
    assert actions.dataProvider().addFeatures(features)[0]
    return {'ranking': ranking, 'exposure': exposure, 'vulnerability': vulnerability, 'actions': actions}


def readiness(city, **extra):
    parameters = {'ACTIONS': city['actions'], 'RANKING': city['ranking'], 'SETTLEMENT_KEY': 'settlement_id',
                  'NAME_FIELD': 'name', 'EXPOSURE': city['exposure'], 'EXPOSURE_KEY': 'sid',
                  'VULNERABILITY': city['vulnerability'], 'LANGUAGE': 'en', 'OUTPUT': 'memory:',
                  'PIPELINE': 'memory:', 'HAZARD_COSTS': 'memory:'}
    parameters.update(extra)
    return processing.run('resilienceplanner:financereadiness', parameters)


def by_title(layer):
    return {f['title']: f for f in layer.getFeatures()}


def test_more_people_exposed_than_the_settlements_have_is_a_warning_not_two_figures_side_by_side(city):
    """An exposure output counting 650 people exposed to floods in A and B while the ranking gives them 100 + 50
    people (made from other population data): the rationale warns and names both figures and the field."""
    ranking = city['ranking']
    column = ranking.fields().lookupField('grid_population')
    ids = {f['settlement_id']: f.id() for f in ranking.getFeatures()}
    assert ranking.dataProvider().changeAttributeValues({ids['A']: {column: 100.0}, ids['B']: {column: 50.0}})
    from tests.conftest import RecordingFeedback
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:financereadiness', {
        'ACTIONS': city['actions'], 'RANKING': ranking, 'SETTLEMENT_KEY': 'settlement_id', 'NAME_FIELD': 'name',
        'EXPOSURE': city['exposure'], 'EXPOSURE_KEY': 'sid', 'LANGUAGE': 'en', 'OUTPUT': 'memory:'},
        feedback=feedback)
    drains = by_title(result['OUTPUT'])['Drains']
    assert drains['beneficiaries'] == pytest.approx(150.0)
    assert ('Action "Drains": the exposure output counts 650 people exposed (flood_depth_exposed_pop), more than '
            'the 150 people the ranking gives the settlements served') in ' '.join(feedback.warnings)
    assert ('Beneficiaries: 150. Warning: the exposure output counts 650 people exposed (flood_depth_exposed_pop) '
            'but the ranking counts 150 people in the settlements served; they were computed from different '
            'population data, so neither figure is sure. Run the exposure and the priority map on the same '
            'population raster.') in drains['climate_rationale']


def test_readiness_and_rationale_by_hand(city):
    result = readiness(city)
    actions = by_title(result['OUTPUT'])
    drains, trees = actions['Drains'], actions['Shade trees']
    # Drains: every item of the checklist; its beneficiaries are the people of A and B (1,000 + 500).
    assert drains['readiness'] == pytest.approx(1.0)
    assert drains['readiness_missing'] == 'Nothing is missing.'
    assert drains['served'] == 'A, B' and drains['beneficiaries'] == pytest.approx(1500.0)
    assert drains['cost_per_beneficiary'] == pytest.approx(60.0)
    assert drains['climate_rationale'] == (
        'It serves Alpha (rank 1 of 3, priority 80.0), Beta (rank 2 of 3, priority 60.0). '
        'Flood: 650 people in them are exposed (flood_depth: Alpha 400, Beta 250). '
        'Vulnerability index (0-1): Alpha 0.72 (drivers: water (40%), tenure (35%)); Beta 0.41 (drivers: toilets '
        '(50%)). Beneficiaries: 1,500. Cost: USD\u00a090,000, USD\u00a060 per beneficiary.')
    # Shade trees: a place, a hazard and beneficiaries; Gamma has no one exposed to heat, its cost no currency.
    assert trees['readiness'] == pytest.approx(3 / 9)
    assert trees['readiness_missing'] == (
        'Missing: evidence that the settlements served are exposed to them; a cost estimate with its currency; a '
        'funding source and funding status; a lead agency; start and end dates; co-benefits.')
    assert trees['readiness_checklist'].splitlines()[:3] == [
        '\u2713 A place (a target area or settlements served)', '\u2713 The hazards it addresses',
        '\u2717 Evidence that the settlements served are exposed to them']
    assert 'Heat: 0 people in them are exposed (heat_lst: Gamma 0).' in trees['climate_rationale']
    # Trees' 300 is the register's own figure, not the people the exposure counts: the rationale says so.
    assert "Beneficiaries: 300 (the action's own figure in the register)." in trees['climate_rationale']
    assert 'Warning' not in drains['climate_rationale'] + trees['climate_rationale']
    assert 'flood_depth_exposed_pop' in drains['readiness_provenance']
    assert 'field beneficiaries' in trees['readiness_provenance']
    assert 'field grid_population' in drains['readiness_provenance']
    # The rationale's figures are the outputs' own.
    exposure = {f['sid']: f for f in city['exposure'].getFeatures()}
    assert '{0:,.0f} people'.format(exposure['A']['flood_depth_exposed_pop'] + exposure['B'][
        'flood_depth_exposed_pop']) in drains['climate_rationale']
    # Summary outputs: the two active actions (Sirens is cancelled).
    assert (result['ASSESSED'], result['READY_ACTIONS']) == (3, 1)
    assert result['MEAN_READINESS'] == pytest.approx((1 + 3 / 9) / 2)
    pipeline = [tuple(None if v == NULL else v for v in f.attributes()) for f in result['PIPELINE'].getFeatures()]
    # Funding statuses in the register's order, an unstated one last.
    assert pipeline == [('proposal', 'ready', 'USD', 1, 90000.0, 1500.0), (None, 'early', None, 1, 5000.0, 300.0)]
    hazards = {(f['hazard'], None if f['currency'] == NULL else f['currency']): (f['cost'], f['actions'])
               for f in result['HAZARD_COSTS'].getFeatures()}
    assert hazards == {('flood', 'USD'): (90000.0, 1), ('heat', None): (5000.0, 1)}


def test_without_exposure_the_evidence_is_missing(city):
    result = readiness(city, EXPOSURE=None, VULNERABILITY=None)
    drains = by_title(result['OUTPUT'])['Drains']
    assert drains['readiness'] == pytest.approx(8 / 9)
    assert 'No exposure output was given' in drains['climate_rationale']
    assert 'Vulnerability' not in drains['climate_rationale']


def test_hazard_fields_map_and_bad_input(city):
    # heat answered by the flood key, to show the mapping is the one used.
    trees = by_title(readiness(city, HAZARD_FIELDS='heat=flood_depth')['OUTPUT'])['Shade trees']
    assert 'Heat: 0 people in them are exposed (flood_depth: Gamma 0).' in trees['climate_rationale']
    with pytest.raises(QgsProcessingException, match='heat_day'):
        readiness(city, HAZARD_FIELDS='heat=heat_day')
    with pytest.raises(QgsProcessingException, match='not hazard=key'):
        readiness(city, HAZARD_FIELDS='heat')
    with pytest.raises(QgsProcessingException, match='not a priority ranking'):
        readiness(city, RANKING=city['exposure'])



def test_profiles_one_page_per_action(city, tmp_path):
    import subprocess

    import numpy as np
    from rasterio.transform import from_origin

    from tests.helpers import write_raster
    priority = write_raster(tmp_path / 'priority.tif', np.array([[80.0, 60.0, 20.0]]),
                            transform=from_origin(0, 100, 100, 100))
    ready = readiness(city, OUTPUT=str(tmp_path / 'ready.gpkg'))
    pdf = str(tmp_path / 'profiles.pdf')
    result = processing.run('resilienceplanner:projectprofiles', {
        'ACTIONS': ready['OUTPUT'], 'RANKING': city['ranking'], 'SETTLEMENT_KEY': 'settlement_id',
        'NAME_FIELD': 'name', 'PRIORITY': priority, 'CITY_NAME': 'Tiny city', 'LANGUAGE': 'en',
        'OUTPUT_PDF': pdf})
    assert result['PROFILES'] == 3
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r'^Pages:\s+3$', info, re.M), info
    text = subprocess.run(['pdftotext', '-layout', '-f', '1', '-l', '1', pdf, '-'], capture_output=True, text=True,
                          check=True).stdout
    flat = ' '.join(text.replace('\ufb01', 'fi').split())
    assert 'Drains' in flat and 'Climate rationale' in flat and 'Readiness 100%' in flat
    assert 'Flood: 650 people in them are exposed' in flat and 'Project profile 1 of 3' in flat
    second = ' '.join(subprocess.run(['pdftotext', '-f', '2', '-l', '2', pdf, '-'], capture_output=True, text=True,
                                     check=True).stdout.split())
    assert 'Shade trees' in second and 'Missing: evidence that the settlements served' in second
    subprocess.run(['pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '1', pdf, str(tmp_path / 'page')], check=True)
    from qgis.PyQt.QtGui import QImage
    image = QImage(str(tmp_path / 'page-1.png'))
    assert image.width() > 400 and image.height() > image.width()          # A4 portrait
    # The map shows the priority colours: some pixel of its frame is not white or grey.
    coloured = sum(1 for x in range(20, image.width() - 20, 5) for y in range(int(image.height() * 0.12),
                                                                             int(image.height() * 0.45), 5)
                   if len({image.pixelColor(x, y).red(), image.pixelColor(x, y).green(),
                           image.pixelColor(x, y).blue()}) > 1)
    assert coloured > 100
    import shutil
    shutil.copy(str(tmp_path / 'page-1.png'), '/tmp/finance_profile_page1.png')


def test_cdp_export_columns_and_mapping(city, tmp_path):
    from resilience_planner.core.actions import cdp
    csv_path = str(tmp_path / 'cdp.csv')
    result = processing.run('resilienceplanner:exportactionplan', {'INPUT': city['actions'], 'COLUMNS': 1,
                                                                   'OUTPUT': csv_path})
    assert result['EXPORTED'] == 3
    with open(csv_path, encoding='utf-8') as handle:
        table = list(csv.reader(handle))
    assert table[0] == [
        'Action title', 'Action', 'Climate hazard(s) that action addresses',
        'Action description and web link to further information', 'Co-benefits realized', 'Funding source(s)',
        'Status of action in the reporting year', 'Total cost of action', 'Currency', 'Finance status',
        'Lead agency', 'Start date', 'End date', 'Population benefitting', 'Location (settlements)',
        'Register action id', 'Mapping notes']
    rows = {row[0]: dict(zip(table[0], row)) for row in table[1:]}
    drains, trees, sirens = rows['Drains'], rows['Shade trees'], rows['Sirens']
    # Structural works against a flood: CDP's flood defence, a whole answer; nothing to note.
    assert drains['Climate hazard(s) that action addresses'] == 'Urban flooding'
    assert drains['Action'] == 'Engineered and built environment actions: Flood defence, such as flood levees and ' \
                               'culverts'
    assert (drains['Total cost of action'], drains['Currency']) == ('90000.0', 'USD')
    assert (drains['Start date'], drains['End date']) == ('2026-01-01', '2027-06-30')
    assert drains['Register action id'] == 'a1' and drains['Mapping notes'] == ''
    assert sirens['Action'] == 'Educational/Informational actions: Early warning and response systems'
    # Nature-based shade: only the kind of action is known; the notes ask for the action under it.
    assert trees['Climate hazard(s) that action addresses'] == 'Extreme heat'
    assert trees['Population benefitting'] == '300' and trees['Action'] == 'Ecosystem-based actions'
    assert trees['Mapping notes'] == ('choose the action under "Ecosystem-based actions" in CDP\'s list: the register '
                                      'does not say which')
    # What has no equivalent is written as CDP's "Other" with the register's word, and said in the notes.
    fire = cdp.row({'title': 'Fire lanes', 'hazards': 'fire, flood', 'action_type': 'structural'})
    assert fire[1:3] == ['Engineered and built environment actions: Flood defence, such as flood levees and '
                         'culverts', 'Other: fire; Urban flooding']
    assert fire[-1] == 'hazard "fire" has no CDP equivalent'
    xlsx = str(tmp_path / 'cdp.xlsx')
    processing.run('resilienceplanner:exportactionplan', {'INPUT': city['actions'], 'COLUMNS': 1, 'OUTPUT': xlsx})
    sheet = QgsVectorLayer(xlsx, 'cdp', 'ogr')
    assert sheet.fields().names() == table[0]
    assert {f['Action title']: f['Total cost of action'] for f in sheet.getFeatures()} == {
        'Drains': 90000.0, 'Shade trees': 5000.0, 'Sirens': 500.0}
