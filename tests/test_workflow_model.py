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
