"""processing/models/citywide_priorities.model3: the whole chain on the sample city."""
import os

import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsAggregateCalculator,
    QgsApplication,
    QgsProcessingParameterDefinition,
    QgsVectorLayer,
)

from tests.conftest import model_destinations


@pytest.fixture(scope='module')
def model(plugin):
    # The instance Processing runs (the registry's prototype lists no outputs until it is created).
    algorithm = QgsApplication.processingRegistry().createAlgorithmById('resilienceplanner:citywidepriorities')
    assert algorithm is not None, 'the provider did not load the workflow model'
    return algorithm


def test_the_model_is_in_the_toolbox_with_its_inputs(model):
    names = {p.name() for p in model.parameterDefinitions()}
    assert {'settlements', 'hazards', 'thresholds', 'hazard_settings', 'cell_size', 'population_weight',
            'vulnerability_weight', 'access_weight', 'actions'} <= names
    assert {'priorities:ranking', 'coverage:settlement_gaps', 'priorities:priority'} <= names
    assert {'power_lines', 'substations', 'households_field', 'electricity_field', 'informal_field',
            'flood_share_field', 'city_name', 'language'} <= names
    assert not any(model.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.FlagOptional == 0
                   for name in ('power_lines', 'substations', 'households_field', 'city_name', 'language'))
    steps = {c: model.childAlgorithm(c).algorithmId() for c in model.childAlgorithms()}
    assert steps == {
        'exposure': 'resilienceplanner:settlementexposure', 'vulnerability': 'resilienceplanner:vulnerabilityindex',
        'access': 'resilienceplanner:serviceaccess', 'priorities': 'resilienceplanner:prioritymap',
        'coverage': 'resilienceplanner:actioncoverage', 'readiness': 'resilienceplanner:financereadiness',
        'actions_to_profile': 'native:condition', 'profiles': 'resilienceplanner:projectprofiles',
        'power_lines_given': 'native:condition', 'profile_join': 'native:joinattributestable',
        'energy': 'resilienceplanner:energyaccess'}
    outputs = {(model.childAlgorithm(c).childId(), name) for c in model.childAlgorithms()
               for name in model.childAlgorithm(c).modelOutputs()}
    assert len(outputs) == 15 and {('energy', 'energy_plan'), ('energy', 'energy_by_option'),
                                   ('profiles', 'project_profiles')} <= outputs
    # The two new steps run under a conditional branch each.
    assert [(d.childId, d.conditionalBranch) for d in model.childAlgorithm('energy').dependencies()] == [
        ('power_lines_given', 'given')]
    assert [(d.childId, d.conditionalBranch) for d in model.childAlgorithm('profiles').dependencies()] == [
        ('actions_to_profile', 'profile')]


def test_the_model_runs_end_to_end_on_the_sample_city(model, sample_city, tmp_path):
    gpkg = sample_city['vectors']
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    outputs = {name: str(tmp_path / (name.split(':')[1] + ext)) for name, ext in (
        ('exposure:exposure', '.gpkg'), ('vulnerability:vulnerability', '.gpkg'), ('access:access', '.gpkg'),
        ('priorities:priority', '.tif'), ('priorities:priority_classes', '.tif'),
        ('priorities:priority_zones', '.gpkg'), ('priorities:ranking', '.gpkg'),
        ('coverage:actions_coverage', '.gpkg'), ('coverage:settlement_gaps', '.gpkg'))}
    result = processing.run('resilienceplanner:citywidepriorities', dict({
        'settlements': gpkg + '|layername=settlements', 'settlement_key': 'settlement_id',
        'profiles': gpkg + '|layername=settlement_profiles', 'profile_key': 'settlement_id',
        'preset': 'kyc_default.json', 'hazards': [sample_city['flood_depth'], sample_city['heat_lst']],
        'thresholds': '0.3, 37', 'hazard_settings': ['1', 'linear', 0, 1.5, '', 3, '2', 'linear', 33, 40, '', 1],
        'population': sample_city['population'], 'boundary': gpkg + '|layername=city_boundary', 'cell_size': 100,
        'facilities': gpkg + '|layername=health_facilities', 'facility_type_field': 'facility_type',
        'roads': gpkg + '|layername=roads', 'population_weight': 2, 'vulnerability_weight': 2, 'access_weight': 1,
        'actions': register + '|layername=planned_actions'}, **outputs))
    assert all(result[name] == path and os.path.exists(path) for name, path in outputs.items())
    gaps = QgsVectorLayer(result['coverage:settlement_gaps'], 'gaps', 'ogr')
    assert gaps.featureCount() == 40
    fields = gaps.fields().names()
    # Every step left its fields on the way: exposure, vulnerability, access, priority, coverage.
    assert {'flood_depth_exposed_share', 'vulnerability', 'priority_rank', 'driver_1', 'gap'} <= set(fields)
    assert any(name.endswith('_dist_m') for name in fields)
    high = [f for f in gaps.getFeatures() if f['priority_class'] and f['priority_class'] >= 4]
    assert high and all(f['gap'] == 1 for f in high)          # an empty register: every high priority is a gap
    # No power lines and no action: the energy plan's and the profiles' steps were skipped.
    assert not any(name.startswith(('energy:', 'profiles:')) and result[name] for name in result)


def test_the_model_runs_with_a_population_field_when_there_is_no_population_raster(model, sample_city, tmp_path):
    from tests.conftest import RecordingFeedback
    gpkg = sample_city['vectors']
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    feedback = RecordingFeedback()
    temporary = {p.name(): 'TEMPORARY_OUTPUT' for p in model.destinationParameterDefinitions()}
    result = processing.run('resilienceplanner:citywidepriorities', dict(temporary, **{
        'settlements': gpkg + '|layername=settlements', 'settlement_key': 'settlement_id',
        'profiles': gpkg + '|layername=settlement_profiles', 'profile_key': 'settlement_id',
        'preset': 'kyc_default.json', 'hazards': [sample_city['flood_depth']], 'thresholds': '0.3',
        'hazard_settings': ['1', 'linear', 0, 1.5, '', 3], 'population_field': 'population',
        'boundary': gpkg + '|layername=city_boundary', 'cell_size': 100,
        'facilities': gpkg + '|layername=health_facilities', 'facility_type_field': 'facility_type',
        'roads': gpkg + '|layername=roads', 'population_weight': 0, 'vulnerability_weight': 1, 'access_weight': 1,
        'actions': register + '|layername=planned_actions', 'exposure:exposure': str(tmp_path / 'e.gpkg'),
        'priorities:ranking': str(tmp_path / 'r.gpkg')}), feedback=feedback)
    exposure = QgsVectorLayer(result['exposure:exposure'], 'e', 'ogr')
    people = {f['settlement_id']: (f['population'], f['flood_depth_exposed_share'], f['flood_depth_exposed_pop'])
              for f in exposure.getFeatures()}
    assert len(people) == 40
    # From the field: exposed people = persons x exposed share, for every settlement.
    for persons, share, exposed in people.values():
        assert exposed == pytest.approx(persons * share)
    assert any(exposed > 0 for _, _, exposed in people.values())


def test_the_model_ends_with_the_actions_finance_readiness(model, sample_city, tmp_path):
    """The readiness step reads coverage's actions and the ranking: an action in the register comes out with its
    readiness, rationale and pipeline row. Its outputs are written when asked for (a caller that names only the
    other outputs, as the test above and the batch do, still runs: the step's outputs are then left out)."""
    from qgis.core import QgsVectorLayerUtils

    from resilience_planner.qgis_side.register import open_register, save_register
    gpkg = sample_city['vectors']
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    settlement = next(QgsVectorLayer(gpkg + '|layername=settlements', 's', 'ogr').getFeatures())['settlement_id']
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    layer.addFeature(QgsVectorLayerUtils.createFeature(layer, attributes={fields.lookupField(k): v for k, v in dict(
        title='Drains', action_type='structural', status='approved', hazards='flood', settlements=settlement,
        cost_estimate=120000.0, currency='USD', funding_source='City', funding_status='proposal').items()}))
    save_register(layer)
    temporary = {p.name(): 'TEMPORARY_OUTPUT' for p in model.destinationParameterDefinitions()}
    files = {name: str(tmp_path / (name.split(':')[1] + '.gpkg')) for name in (
        'readiness:finance_readiness', 'readiness:finance_pipeline', 'readiness:cost_by_hazard')}
    result = processing.run('resilienceplanner:citywidepriorities', dict(temporary, **{
        'settlements': gpkg + '|layername=settlements', 'settlement_key': 'settlement_id',
        'profiles': gpkg + '|layername=settlement_profiles', 'profile_key': 'settlement_id',
        'preset': 'kyc_default.json', 'hazards': [sample_city['flood_depth']], 'thresholds': '0.3',
        'hazard_settings': ['1', 'linear', 0, 1.5, '', 3], 'population': sample_city['population'],
        'boundary': gpkg + '|layername=city_boundary', 'cell_size': 200,
        'facilities': gpkg + '|layername=health_facilities', 'facility_type_field': 'facility_type',
        'roads': gpkg + '|layername=roads', 'population_weight': 1, 'vulnerability_weight': 1, 'access_weight': 1,
        'actions': register + '|layername=planned_actions'}, **files))
    readiness = QgsVectorLayer(result['readiness:finance_readiness'], 'readiness', 'ogr')
    (action,) = list(readiness.getFeatures())
    # Six of the nine items: a place, the hazard, the model's exposure output as evidence (people exposed to
    # floods in the settlement served), beneficiaries (its people), the budget and the funding.
    assert action['served'] == settlement and action['beneficiaries'] > 0
    assert action['readiness'] == pytest.approx(6 / 9)
    assert action['readiness_missing'] == 'Missing: a lead agency; start and end dates; co-benefits.'
    assert 'Flood: ' in action['climate_rationale'] and 'flood_depth: ' in action['climate_rationale']
    # The two figures side by side are of one population raster, on its own 25 m cells: the people of the
    # settlement (S01, 0.29 ha) and those of them on cells flooded 0.3 m deep or more. Counted apart with
    # exactextract (and with shapely, cell by cell: 205.795 and 204.513), not with the plugin: the 200 m
    # analysis grid once gave 31 beneficiaries beside 205 exposed.
    people, exposed = exact_people_and_exposed(sample_city, settlement, 0.3, tmp_path)
    assert people == pytest.approx(205.795, abs=0.01) and exposed == pytest.approx(204.513, abs=0.01)
    assert action['beneficiaries'] == pytest.approx(people, rel=1e-6)
    assert 'Flood: 205 people in them are exposed (flood_depth: Mto Chini 205).' in action['climate_rationale']
    assert 'Beneficiaries: 206.' in action['climate_rationale']
    assert action['cost_per_beneficiary'] == pytest.approx(120000.0 / people)
    pipeline = [f.attributes()[1:] for f in QgsVectorLayer(result['readiness:finance_pipeline'], 'p',
                                                              'ogr').getFeatures()]
    assert [row[:5] for row in pipeline] == [['proposal', 'in preparation', 'USD', 1, 120000.0]]
    hazards = [f.attributes()[1:] for f in QgsVectorLayer(result['readiness:cost_by_hazard'], 'h',
                                                             'ogr').getFeatures()]
    assert hazards == [['flood', 'USD', 120000.0, 1]]


def error_feedback():
    """Feedback that keeps the errors reported (a model's failed step says why there)."""
    from tests.conftest import RecordingFeedback

    class Recording(RecordingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatal_error=False):
            self.errors.append(error)
            super().reportError(error, fatal_error)
    return Recording()


#: The energy plan's figures the model and energyaccess must agree on, per settlement.
ENERGY_FIGURES = ('households', 'households_to_connect', 'cost_per_household_grid_densification',
                  'cost_per_household_grid_extension', 'cost_per_household_mini_grid',
                  'cost_per_household_standalone_solar', 'energy_option', 'capex', 'informal_to_regularise',
                  'regularisation_cost', 'energy_beneficiaries', 'grid_dist_m', 'substation_dist_m')


def city_inputs(sample_city, register, **extra):
    """The workflow model's inputs on the sample city (flood only, a coarse grid), with ``extra``."""
    gpkg = sample_city['vectors']
    return dict({
        'settlements': gpkg + '|layername=settlements', 'settlement_key': 'settlement_id',
        'profiles': gpkg + '|layername=settlement_profiles', 'profile_key': 'settlement_id',
        'preset': 'kyc_default.json', 'hazards': [sample_city['flood_depth']], 'thresholds': '0.3',
        'hazard_settings': ['1', 'linear', 0, 1.5, '', 3], 'population': sample_city['population'],
        'boundary': gpkg + '|layername=city_boundary', 'cell_size': 200,
        'facilities': gpkg + '|layername=health_facilities', 'facility_type_field': 'facility_type',
        'roads': gpkg + '|layername=roads', 'population_weight': 1, 'vulnerability_weight': 1, 'access_weight': 1,
        'actions': register + '|layername=planned_actions'}, **extra)


def test_the_models_energy_plan_is_energyaccess_s_on_the_settlements_and_their_profiles(model, sample_city,
                                                                                         tmp_path):
    """With power lines the model makes the energy plan from the exposure output joined to the profiles: the same
    households, costs, option and investment per settlement as energyaccess run by hand on the settlements joined
    to their profiles, and the flood notes from the exposure output's flooded share."""
    gpkg = sample_city['vectors']
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    temporary = {p.name(): 'TEMPORARY_OUTPUT' for p in model.destinationParameterDefinitions()}
    files = {'exposure:exposure': str(tmp_path / 'exposure.gpkg'), 'energy:energy_plan': str(tmp_path / 'energy.gpkg'),
             'energy:energy_by_option': str(tmp_path / 'by_option.gpkg')}
    result = processing.run('resilienceplanner:citywidepriorities', dict(temporary, **city_inputs(
        sample_city, register, power_lines=gpkg + '|layername=power_lines',
        substations=gpkg + '|layername=substations', population_field='population', households_field='households',
        electricity_field='electricity_pct', informal_field='informal_connections_pct',
        flood_share_field='flood_depth_exposed_share'), **files))
    assert result['energy:energy_plan'] == files['energy:energy_plan']
    plan = {f['settlement_id']: f for f in QgsVectorLayer(result['energy:energy_plan'], 'plan', 'ogr').getFeatures()}
    assert len(plan) == 40

    joined = processing.run('native:joinattributestable', {
        'INPUT': gpkg + '|layername=settlements', 'FIELD': 'settlement_id',
        'INPUT_2': gpkg + '|layername=settlement_profiles', 'FIELD_2': 'settlement_id',
        'FIELDS_TO_COPY': ['households', 'electricity_pct', 'informal_connections_pct'], 'METHOD': 1,
        'PREFIX': '', 'OUTPUT': 'memory:'})['OUTPUT']
    direct = processing.run('resilienceplanner:energyaccess', {
        'SETTLEMENTS': joined, 'GRID': gpkg + '|layername=power_lines',
        'SUBSTATIONS': gpkg + '|layername=substations', 'POPULATION_FIELD': 'population',
        'HOUSEHOLDS_FIELD': 'households', 'ELECTRICITY_FIELD': 'electricity_pct',
        'INFORMAL_FIELD': 'informal_connections_pct', 'SUMMARY': 'memory:', 'OUTPUT': str(tmp_path / 'direct.gpkg')})
    by_hand = {f['settlement_id']: f for f in QgsVectorLayer(direct['OUTPUT'], 'direct', 'ogr').getFeatures()}
    assert set(plan) == set(by_hand)
    for key, feature in plan.items():
        assert [feature[n] for n in ENERGY_FIGURES] == [by_hand[key][n] for n in ENERGY_FIGURES], key
    options = {f['energy_option'] for f in plan.values()}
    assert len(options) >= 2 and None not in options and NULL not in options       # a plan with choices in it
    assert sum(f['informal_to_regularise'] for f in plan.values() if f['informal_to_regularise'] != NULL) > 0
    # The summary by option is the direct run's, row for row, its city-wide row last.
    by_option = [f.attributes()[1:] for f in QgsVectorLayer(result['energy:energy_by_option'], 'o', 'ogr')
                 .getFeatures()]
    assert by_option == [f.attributes() for f in direct['SUMMARY'].getFeatures()]
    assert by_option[-1][0] == 'all' and by_option[-1][4] == pytest.approx(direct['TOTAL_CAPEX'], abs=0.01)
    # The flood notes: where the exposure output says some of the settlement floods, and only there.
    exposure = {f['settlement_id']: f['flood_depth_exposed_share']
                for f in QgsVectorLayer(result['exposure:exposure'], 'e', 'ogr').getFeatures()}
    flooded = {k for k, share in exposure.items() if share not in (None, NULL) and share > 0}
    assert flooded and {k for k, f in plan.items() if f['energy_flood_note']} == flooded
    key = sorted(flooded)[0]
    assert plan[key]['energy_flood_note'].startswith('{0:.0%} of the settlement is exposed to flooding'.format(
        exposure[key]))


def test_without_power_lines_the_energy_step_is_skipped_and_a_field_not_there_is_named(model, sample_city,
                                                                                     tmp_path):
    from qgis.core import QgsProcessingException
    gpkg = sample_city['vectors']
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    temporary = {p.name(): 'TEMPORARY_OUTPUT' for p in model.destinationParameterDefinitions()}
    energy = str(tmp_path / 'energy.gpkg')
    result = processing.run('resilienceplanner:citywidepriorities', dict(temporary, **city_inputs(
        sample_city, register, households_field='households'), **{'energy:energy_plan': energy}))
    assert not result.get('energy:energy_plan') and not os.path.exists(energy)
    assert result['priorities:ranking']                                    # the rest of the chain ran
    # With power lines but the plan not asked for (a caller that names only the outputs it knew): the step runs,
    # writes its summary and no plan.
    asked = {name: path for name, path in temporary.items() if name != model_destinations(model)['Energy plan']}
    result = processing.run('resilienceplanner:citywidepriorities', dict(asked, **city_inputs(
        sample_city, register, power_lines=gpkg + '|layername=power_lines', households_field='households')))
    assert not result.get('energy:energy_plan')
    by_option = {f['energy_option']: f for f in result['energy:energy_by_option'].getFeatures()}
    households = QgsVectorLayer(gpkg + '|layername=settlement_profiles', 'p', 'ogr').aggregate(
        QgsAggregateCalculator.Sum, 'households')[0]
    assert by_option['all']['households'] == households                 # the profiles' households, all of them
    feedback = error_feedback()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run('resilienceplanner:citywidepriorities', dict(temporary, **city_inputs(
            sample_city, register, power_lines=gpkg + '|layername=power_lines', households_field='homes')),
            feedback=feedback)
    # QGIS 3.22 reports a step's message to the feedback and raises a general one; 3.40 and later raise the
    # step's own message.
    said = feedback.errors + [str(caught.value)]
    assert any('has no field "homes" (Households field)' in e for e in said), said


def test_the_models_project_profiles_have_a_page_per_action(model, sample_city, tmp_path):
    """The profiles step reads finance readiness's actions and the priority outputs: one page per action of the
    register, under the city's name."""
    import re
    import subprocess

    from qgis.core import QgsProcessingException, QgsVectorLayerUtils

    from resilience_planner.qgis_side.register import open_register, save_register
    gpkg = sample_city['vectors']
    register = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    settlements = [f['settlement_id'] for f in QgsVectorLayer(gpkg + '|layername=settlements', 's',
                                                              'ogr').getFeatures()]
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    for number, (title, hazard) in enumerate((('Drains', 'flood'), ('Early warning', 'flood'),
                                              ('Shade trees', 'heat'))):
        layer.addFeature(QgsVectorLayerUtils.createFeature(layer, attributes={
            fields.lookupField(k): v for k, v in dict(
                title=title, action_type='structural', status='approved', hazards=hazard,
                settlements=settlements[number * 5], cost_estimate=10000.0 * (number + 1), currency='USD').items()}))
    save_register(layer)
    temporary = {p.name(): 'TEMPORARY_OUTPUT' for p in model.destinationParameterDefinitions()}
    pdf = str(tmp_path / 'profiles.pdf')
    result = processing.run('resilienceplanner:citywidepriorities', dict(temporary, **city_inputs(
        sample_city, register, city_name='Mto Mkuu', language='en'), **{'profiles:project_profiles': pdf}))
    assert result['profiles:project_profiles'] == pdf
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r'^Pages:\s+3$', info, re.M), info
    pages = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True, check=True).stdout.split('\f')
    for number, title in enumerate(('Drains', 'Early warning', 'Shade trees')):
        text = ' '.join(pages[number].split())
        assert title in text and 'Mto Mkuu' in text, (number, text[:300])
    readiness = result['readiness:finance_readiness']                 # a temporary output: the layer
    assert readiness.featureCount() == 3
    assert all('Beneficiaries: ' in f['climate_rationale'] for f in readiness.getFeatures())
    # Not asked for, the profiles are not made; the rest is.
    asked = {name: path for name, path in temporary.items()
             if name != model_destinations(model)['Project profiles']}
    result = processing.run('resilienceplanner:citywidepriorities', dict(asked, **city_inputs(sample_city, register)))
    assert not result.get('profiles:project_profiles') and result['readiness:finance_readiness'].featureCount() == 3
    # Nor without the readiness output they are made from (a caller naming only the outputs it knew before).
    asked = {name: path for name, path in temporary.items()
             if name != model_destinations(model)['Finance readiness']}
    second = str(tmp_path / 'second.pdf')
    result = processing.run('resilienceplanner:citywidepriorities', dict(asked, **city_inputs(sample_city, register),
                                                                         **{'profiles:project_profiles': second}))
    assert not result.get('profiles:project_profiles') and not os.path.exists(second)
    # The language goes to both steps: one that is not there is refused, named.
    feedback = error_feedback()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run('resilienceplanner:citywidepriorities', dict(temporary, **city_inputs(
            sample_city, register, language='xx')), feedback=feedback)
    said = feedback.errors + [str(caught.value)]          # the step's message: reported (3.22) or raised (3.40+)
    assert any('"xx"' in e for e in said), said


def exact_people_and_exposed(sample_city, settlement_id, depth, folder):
    """The people of one settlement of the sample city and those of them on cells at least ``depth`` deep, counted
    by exactextract on the population raster's own cells (partly covered cells by their covered share)."""
    import json

    import numpy as np
    import rasterio
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    exactextract = pytest.importorskip('exactextract')
    layer = QgsVectorLayer(sample_city['vectors'] + '|layername=settlements', 's', 'ogr')
    (feature,) = [f for f in layer.getFeatures() if f['settlement_id'] == settlement_id]
    geometry = feature.geometry()
    geometry.transform(QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem('EPSG:32737'),
                                              QgsProject.instance()))
    polygon = {'type': 'Feature', 'id': 0, 'properties': {}, 'geometry': json.loads(geometry.asJson())}
    with rasterio.open(sample_city['population']) as population, rasterio.open(sample_city['flood_depth']) as flood:
        people = population.read(1)
        depths = flood.read(1)
        flooded = (depths != flood.nodata) & (depths >= depth) & (people != population.nodata)
        profile = dict(population.profile, dtype='float32', nodata=-1)
    path = str(folder / 'exposed_people.tif')
    with rasterio.open(path, 'w', **profile) as out:
        out.write(np.where(flooded, people, 0).astype('float32'), 1)
    (total,) = exactextract.exact_extract(sample_city['population'], [polygon], ['sum'])
    (exposed,) = exactextract.exact_extract(path, [polygon], ['sum'])
    return total['properties']['sum'], exposed['properties']['sum']
