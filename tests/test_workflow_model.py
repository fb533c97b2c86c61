"""processing/models/citywide_priorities.model3: the whole chain on the sample city."""
import os

import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsVectorLayer


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
    assert [model.childAlgorithm(c).algorithmId() for c in ('exposure', 'vulnerability', 'access', 'priorities',
                                                             'coverage', 'readiness')] == [
        'resilienceplanner:settlementexposure', 'resilienceplanner:vulnerabilityindex',
        'resilienceplanner:serviceaccess', 'resilienceplanner:prioritymap', 'resilienceplanner:actioncoverage',
        'resilienceplanner:financereadiness']


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
    pipeline = [f.attributes()[1:] for f in QgsVectorLayer(result['readiness:finance_pipeline'], 'p',
                                                              'ogr').getFeatures()]
    assert [row[:5] for row in pipeline] == [['proposal', 'in preparation', 'USD', 1, 120000.0]]
    hazards = [f.attributes()[1:] for f in QgsVectorLayer(result['readiness:cost_by_hazard'], 'h',
                                                             'ogr').getFeatures()]
    assert hazards == [['flood', 'USD', 120000.0, 1]]
