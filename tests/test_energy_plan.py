"""The energy plan through Processing: energyaccess's costs on a small city worked by hand, its summary, the
report's energy page (read back with pdftotext) and the actions energyactions writes into the register."""
import re
import shutil

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from resilience_planner.algorithms.energy_access import COST_DEFAULTS, HOUSEHOLD_SIZE_DEFAULT
from resilience_planner.core.energy import HOUSEHOLD_SIZE, UnitCosts
from resilience_planner.qgis_side.register import open_register
from tests.conftest import RecordingFeedback, vector_layer
from tests.test_report import pdf_text

X0, Y0 = 300000.0, 9800000.0
OPTION_WORDS = {'grid densification': 'grid_densification', 'grid extension': 'grid_extension',
                'mini-grid': 'mini_grid', 'stand-alone solar': 'standalone_solar'}


def at(x, y):
    return '{0} {1}'.format(X0 + x, Y0 + y)


def square(x, y, size=20):
    return 'POLYGON(({0}, {1}, {2}, {3}, {0}))'.format(at(x, y), at(x + size, y), at(x + size, y + size),
                                                     at(x, y + size))


@pytest.fixture
def small_city():
    """Four settlements north of a power line along y = 0 (distances from their outlines: 200, 2,000, 6,000 and
    6,000 m), with the profile's households, electricity, informal connections and flood share."""
    settlements = vector_layer(
        'Polygon', [square(0, 200), square(0, 2000), square(0, 6000), square(0, 6000)],
        '&field=sid:string&field=name:string&field=people:double&field=homes:double&field=power:double'
        '&field=informal:double&field=flood:double',
        [['S1', 'Riverside', 1000, 200, 50, 40, 0.5], ['S2', 'Hilltop', 2000, 400, 0, None, 0],
         ['S3', 'Far Valley', 5000, 1000, 10, 20, 0], ['S4', 'Outpost', 150, 30, 0, None, None]],
        name='settlements')
    grid = vector_layer('LineString', ['LINESTRING({0}, {1})'.format(at(-1000, 0), at(1000, 0))], name='grid')
    return settlements, grid


def run_energy(tmp_path, settlements, grid, feedback=None, **extra):
    parameters = {'SETTLEMENTS': settlements, 'GRID': grid, 'POPULATION_FIELD': 'people', 'HOUSEHOLDS_FIELD': 'homes',
                  'ELECTRICITY_FIELD': 'power', 'INFORMAL_FIELD': 'informal', 'FLOOD_SHARE_FIELD': 'flood',
                  'RESILIENCE_PREMIUM': 0.2, 'SUMMARY': 'memory:', 'OUTPUT': str(tmp_path / 'energy.gpkg')}
    parameters.update(extra)
    result = processing.run('resilienceplanner:energyaccess', parameters, feedback=feedback or RecordingFeedback())
    layer = QgsVectorLayer(result['OUTPUT'], 'energy plan', 'ogr')
    return result, {f['sid']: f for f in layer.getFeatures()}, layer


def test_the_algorithms_defaults_are_the_engines(plugin):
    assert COST_DEFAULTS == {name: getattr(UnitCosts(), name) for name in COST_DEFAULTS}
    assert set(COST_DEFAULTS) == set(UnitCosts.__dataclass_fields__)
    assert HOUSEHOLD_SIZE_DEFAULT == HOUSEHOLD_SIZE


def test_costs_per_household_worked_by_hand(plugin, small_city, tmp_path):
    result, rows, _ = run_energy(tmp_path, *small_city)
    s1, s2, s3, s4 = (rows[k] for k in ('S1', 'S2', 'S3', 'S4'))
    # S1, 200 m: a connection, 125, plus the 20% premium on its flooded half: 125 x 1.1 = 137.50.
    assert s1['cost_per_household_grid_densification'] == 137.5
    assert s1['cost_per_household_grid_extension'] == NULL and s1['cost_per_household_mini_grid'] == NULL
    assert s1['cost_per_household_standalone_solar'] == 176.0
    assert s1['energy_option'] == 'grid_densification'
    assert (s1['households'], s1['households_to_connect'], s1['capex']) == (200, 100, 13750.0)
    # 200 x 50% x 40% = 40 informal connections, at the default 378 each.
    assert (s1['informal_to_regularise'], s1['regularisation_cost']) == (40, 15120.0)
    assert s1['energy_beneficiaries'] == (100 + 40) * 5
    assert s1['energy_flood_note'].startswith('50% of the settlement is exposed to flooding')
    # S2, 2 km (within 5 m: the line is sampled every 10 m): 25,000 x 2 / 400 + 125 = 250, against 733.
    assert s2['cost_per_household_grid_extension'] == pytest.approx(250.0, abs=0.32)
    assert s2['cost_per_household_mini_grid'] == 733.0
    assert s2['energy_option'] == 'grid_extension' and s2['energy_flood_note'] == NULL
    # S3, 6 km: beyond the 3 km extension distance; 5,000 people: a mini-grid for the 900 without power.
    assert s3['energy_option'] == 'mini_grid' and s3['households_to_connect'] == 900
    assert s3['capex'] == 900 * 733.0 and s3['informal_to_regularise'] == 20         # 1,000 x 10% x 20%
    # S4, 150 people far away: nothing meets tier 2, stand-alone solar until something does.
    assert s4['energy_option'] == 'standalone_solar' and s4['capex'] == 30 * 176.0
    assert 'no option possible here meets tier 2' in s4['energy_reason']
    assert result['TOTAL_CAPEX'] == pytest.approx(13750 + 400 * s2['cost_per_household_grid_extension']
                                                  + 900 * 733 + 30 * 176, abs=0.01)
    assert result['HOUSEHOLDS_TO_CONNECT'] == 100 + 400 + 900 + 30
    assert result['INFORMAL_TO_REGULARISE'] == 40 + 20


def test_figures_typed_as_text_with_decimal_commas_are_read_as_the_profiles_are(plugin, small_city, tmp_path):
    """A profile exported from a spreadsheet in a Spanish, French or Portuguese office: people "1.000,0" and
    electricity "50,0" (per cent) as text read as 1,000 people and 50 %, exactly like the typed numbers of S1;
    a cell that is no number is named in a warning, not taken silently for a missing figure."""
    settlements, grid = small_city
    text = vector_layer('Polygon', [square(0, 200), square(0, 2000)],
                        '&field=sid:string&field=people:string&field=power:string&field=flood:double',
                        [['S1', '1.000,0', '50,0', 0.5], ['S2', 'about 2000', '0', 0]], name='asentamientos')
    feedback = RecordingFeedback()
    for folder in ('text', 'typed'):
        (tmp_path / folder).mkdir()
    _, rows, _ = run_energy(tmp_path / 'text', text, grid, feedback=feedback, HOUSEHOLDS_FIELD=None,
                            INFORMAL_FIELD=None)
    _, reference, _ = run_energy(tmp_path / 'typed', settlements, grid, HOUSEHOLDS_FIELD=None, INFORMAL_FIELD=None)
    assert rows['S1']['households'] == round(1000 / HOUSEHOLD_SIZE) == reference['S1']['households'] == 303
    assert rows['S1']['households_to_connect'] == reference['S1']['households_to_connect'] == round(303 * 0.5)
    assert rows['S1']['capex'] == reference['S1']['capex']
    assert rows['S2']['households'] == NULL
    assert any('decimal comma' in m and '"people"' in m for m in feedback.infos), feedback.infos
    assert any('"people"' in m and '"about 2000"' in m for m in feedback.warnings), feedback.warnings


def test_the_reason_quotes_the_outputs_figures(plugin, small_city, tmp_path):
    _, rows, _ = run_energy(tmp_path, *small_city)
    for row in rows.values():
        reason = row['energy_reason']
        amounts = [float(x.replace(',', '')) for x in re.findall(r'([\d,]+\.\d\d) USD per household', reason)]
        assert amounts[0] == row['cost_per_household_' + row['energy_option']]
        found = re.search(r'next best: (.+?) at', reason)
        if found:
            assert amounts[1] == row['cost_per_household_' + OPTION_WORDS[found.group(1)]]
    assert 'next best: mini-grid at 733.00 USD per household' in rows['S2']['energy_reason']


def test_the_summary_table_by_option_and_city_wide(plugin, small_city, tmp_path):
    result, rows, _ = run_energy(tmp_path, *small_city)
    summary = {f['energy_option']: f for f in result['SUMMARY'].getFeatures()}
    assert list(summary) == ['grid_densification', 'grid_extension', 'mini_grid', 'standalone_solar', 'all']
    assert summary['mini_grid']['capex'] == 900 * 733.0 and summary['mini_grid']['settlements'] == 1
    assert summary['all']['households'] == 200 + 400 + 1000 + 30
    assert summary['all']['capex'] == pytest.approx(sum(r['capex'] for r in rows.values()), abs=0.01)
    assert summary['all']['informal_to_regularise'] == 60 and summary['all']['currency'] == 'USD'


def test_a_higher_tier_or_other_costs_change_the_choice(plugin, small_city, tmp_path):
    _, tier1, _ = run_energy(tmp_path, *small_city, MIN_TIER=0, OUTPUT=str(tmp_path / 'tier1.gpkg'))
    assert tier1['S3']['energy_option'] == 'standalone_solar'                        # 176 < 733 at tier 1
    _, dear, _ = run_energy(tmp_path, *small_city, MV_LINE_COST=250000, OUTPUT=str(tmp_path / 'dear.gpkg'))
    assert dear['S2']['energy_option'] == 'mini_grid'                                # 1,375 > 733
    feedback = RecordingFeedback()
    run_energy(tmp_path, *small_city, feedback=feedback, CURRENCY='kes', OUTPUT=str(tmp_path / 'kes.gpkg'))
    assert any('every unit cost is its default, which is in USD' in w for w in feedback.warnings)


def test_energy_actions_go_into_the_register_once(plugin, small_city, tmp_path):
    _, rows, energy = run_energy(tmp_path, *small_city)
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    result = processing.run('resilienceplanner:energyactions', {
        'ENERGY': energy, 'SETTLEMENT_KEY': 'sid', 'NAME_FIELD': 'name', 'REGISTER': register,
        'LEAD_AGENCY': 'City energy office'})
    assert result['ADDED'] == 4 and result['SKIPPED'] == 0
    layer, _ = open_register(register)
    actions = {f['settlements']: f for f in layer.getFeatures()}
    s1 = actions['S1']
    assert s1['title'] == 'Energy: grid densification in Riverside'
    assert s1['action_type'] == 'energy' and s1['status'] == 'proposed' and s1['currency'] == 'USD'
    assert s1['cost_estimate'] == 13750.0 + 15120.0 == 28870.0     # capex + regularisation
    assert s1['beneficiaries'] == rows['S1']['energy_beneficiaries'] == 700
    assert s1['hazards'] == 'flood' and s1['lead_agency'] == 'City energy office'
    assert s1['description'] == rows['S1']['energy_reason']
    assert '100 household(s) to connect for 13,750 USD' in s1['notes']
    assert '40 informal connection(s) to regularise for 15,120 USD' in s1['notes']
    assert actions['S3']['cost_estimate'] == 900 * 733.0 + rows['S3']['regularisation_cost']
    assert actions['S2']['hazards'] in (None, NULL, '')
    assert all(f.hasGeometry() for f in layer.getFeatures())
    feedback = RecordingFeedback()
    again = processing.run('resilienceplanner:energyactions', {'ENERGY': energy, 'SETTLEMENT_KEY': 'sid',
                                                               'REGISTER': register}, feedback=feedback)
    assert again['ADDED'] == 0 and again['SKIPPED'] == 4
    assert any('already have their energy-plan action' in w for w in feedback.warnings)
    assert open_register(register)[0].featureCount() == 4


def test_energy_actions_refuse_a_layer_that_is_not_a_plan(plugin, small_city, tmp_path):
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    with pytest.raises(QgsProcessingException, match='is not an energy plan: it has no energy_option'):
        processing.run('resilienceplanner:energyactions', {'ENERGY': small_city[0], 'SETTLEMENT_KEY': 'sid',
                                                           'REGISTER': register})


@pytest.fixture(scope='module')
def sample_energy(plugin, sample_city, tmp_path_factory):
    """The sample city's energy plan, from its settlements joined to their profiles."""
    out = tmp_path_factory.mktemp('sample_energy')
    gpkg = sample_city['vectors']
    joined = processing.run('native:joinattributestable', {
        'INPUT': gpkg + '|layername=settlements', 'FIELD': 'settlement_id',
        'INPUT_2': gpkg + '|layername=settlement_profiles', 'FIELD_2': 'settlement_id',
        'FIELDS_TO_COPY': ['households', 'electricity_pct', 'informal_connections_pct'], 'METHOD': 1,
        'PREFIX': '', 'OUTPUT': 'memory:'})['OUTPUT']
    path = str(out / 'energy.gpkg')
    result = processing.run('resilienceplanner:energyaccess', {
        'SETTLEMENTS': joined, 'GRID': gpkg + '|layername=power_lines', 'POPULATION_FIELD': 'population',
        'HOUSEHOLDS_FIELD': 'households', 'ELECTRICITY_FIELD': 'electricity_pct',
        'INFORMAL_FIELD': 'informal_connections_pct', 'EXTENSION_DISTANCE': 1500, 'OUTPUT': path})
    return result, path


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_the_report_has_an_energy_plan_page_with_the_outputs_figures(sample_energy, sample_priorities, sample_city,
                                                                     tmp_path):
    result, path = sample_energy
    gpkg = sample_city['vectors']
    inputs = {'ranking': sample_priorities['ranking'], 'priority': sample_priorities['priority'], 'gpkg': gpkg}
    energy = QgsVectorLayer(path, 'energy', 'ogr')
    report = processing.run('resilienceplanner:report', {
        'RANKING': inputs['ranking'], 'PRIORITY': inputs['priority'], 'BOUNDARY': gpkg + '|layername=city_boundary',
        'ENERGY': path, 'CITY_NAME': 'Mto Mkuu', 'OUTPUT_PDF': str(tmp_path / 'report.pdf')})
    text = pdf_text(report['OUTPUT_PDF'])
    pages = text.split('\f')
    page = next(p for p in pages if 'Energy plan' in p)
    assert pages.index(page) >= 4                                  # after the report's own pages
    total = '{0:,.0f}'.format(result['TOTAL_CAPEX'])
    city_wide = next(line for line in page.splitlines() if line.strip().startswith('City-wide'))
    assert total in city_wide and '{0:,}'.format(int(result['HOUSEHOLDS_TO_CONNECT'])) in city_wide
    assert '{0:,}'.format(int(result['INFORMAL_TO_REGULARISE'])) in city_wide
    first = next(energy.getFeatures())
    assert first['name'][:12] in text
    assert 'Unit costs: grid connection USD' in page and 'tier 2 of the Multi-Tier' in page
    assert re.search(r'page \d+ of \d+', page)                     # the footer reached the new page


def test_energy_report_and_actions_from_the_sample_city(sample_energy, tmp_path):
    result, path = sample_energy
    energy = QgsVectorLayer(path, 'energy', 'ogr')
    assert energy.featureCount() == 40
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    added = processing.run('resilienceplanner:energyactions', {
        'ENERGY': path, 'SETTLEMENT_KEY': 'settlement_id', 'NAME_FIELD': 'name', 'REGISTER': register})
    layer, _ = open_register(register)
    assert added['ADDED'] == layer.featureCount() == sum(1 for f in energy.getFeatures() if f['capex'] != NULL)
    total = sum(f['cost_estimate'] for f in layer.getFeatures())
    regularised = sum(f['regularisation_cost'] for f in energy.getFeatures() if f['regularisation_cost'] != NULL)
    assert total == pytest.approx(result['TOTAL_CAPEX'] + regularised, abs=0.5)


def test_people_in_thousands_typed_as_text_are_refused_naming_decimal_which_then_reads_them(plugin, small_city,
                                                                                             tmp_path):
    """People "3.300" and "6.600" as text: thousands with points or decimals, the column cannot tell. The run
    is refused, naming DECIMAL, which this algorithm offers: comma reads 3,300 people (1,000 households of 3.3),
    point 3.3 people (1 household)."""
    _, grid = small_city
    text = vector_layer('Polygon', [square(0, 200), square(0, 2000)],
                        '&field=sid:string&field=people:string&field=power:double&field=flood:double',
                        [['S1', '3.300', 0.5, 0.0], ['S2', '6.600', 0.0, 0.0]], name='quartiers')
    with pytest.raises(QgsProcessingException, match=r'Choose DECIMAL = point \(1,234\.5\) or comma \(1\.234,5\)'):
        run_energy(tmp_path, text, grid, HOUSEHOLDS_FIELD=None, INFORMAL_FIELD=None)
    found = {}
    for decimal, folder in ((2, 'comma'), (1, 'point')):
        (tmp_path / folder).mkdir()
        _, rows, _ = run_energy(tmp_path / folder, text, grid, HOUSEHOLDS_FIELD=None, INFORMAL_FIELD=None,
                                DECIMAL=decimal)
        found[folder] = (rows['S1']['households'], rows['S2']['households'])
    assert found == {'comma': (1000, 2000), 'point': (1, 2)}
