"""Write processing/models/citywide_priorities.model3, the one-click workflow, with PyQGIS.

    .venv/bin/python tools/build_workflow_model.py

The model is data: it is committed, the provider loads it, and planners edit it in the
Graphical Modeler. This script only makes it reproducible and reviewable as code.
Chain: settlement exposure -> vulnerability index -> access to services -> citywide
priorities -> action coverage -> finance readiness.
"""
import os
import sys

# Qt writes XML attributes in its hashes' order, which varies between runs: a fixed seed makes the file the same
# for the same model, so that a rebuild shows only what changed.
os.environ.setdefault('QT_HASH_SEED', '0')

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
TARGET = os.path.join(ROOT, 'processing', 'models', 'citywide_priorities.model3')


def build():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterFile,
        QgsProcessingParameterMatrix,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )
    from qgis.PyQt.QtCore import QPointF

    # The name is what the Graphical Modeler shows; the id stays citywidepriorities (provider.MODEL_IDS).
    model = QgsProcessingModelAlgorithm('Citywide workflow: exposure to action coverage', 'Workflow', 'workflow')
    # Short labels fit a laptop's dialog; what they leave out is in the model's help, by input (the provider
    # also shows it as each input's tooltip: a model file does not keep a parameter's own help).
    explained = {
        'thresholds': 'One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed '
                      'where the value is at least it, e.g. 0.5), a comparison (>=0.5, <2) or classes (=1|2).',
        'hazard_settings': 'One row per hazard: hazard (layer name or position), value function (linear, step or '
                           'classes), low, high, class scores, weight.',
        'population': 'Persons per cell.',
        'population_field': 'Persons per settlement, used when there is no population raster.',
    }
    model.setHelpContent({**explained,
        'ALG_DESC': 'The whole chain on one city: settlement exposure, vulnerability index, access to services, '
                    'citywide priorities, action coverage and the actions\' finance readiness. Its inputs are the '
                    'raw layers and the main choices '
                    '(hazards with thresholds and scoring, weights, cell size).',
        'ALG_CREATOR': 'Resilience Planner',
    })
    params = [
        QgsProcessingParameterFeatureSource('settlements', 'Settlements', [QgsProcessing.TypeVectorPolygon]),
        QgsProcessingParameterField('settlement_key', 'Settlement key field', 'settlement_id', 'settlements'),
        QgsProcessingParameterFeatureSource('profiles', 'Settlement profiles (table)', [QgsProcessing.TypeVector]),
        QgsProcessingParameterField('profile_key', 'Profile key field', 'settlement_id', 'profiles'),
        QgsProcessingParameterFile('preset', 'Indicator preset (JSON)', extension='json',
                                   defaultValue='kyc_default.json'),
        QgsProcessingParameterMultipleLayers('hazards', 'Hazard rasters', QgsProcessing.TypeRaster),
        QgsProcessingParameterString('thresholds', 'Exposure rules, one per hazard'),
        QgsProcessingParameterMatrix('hazard_settings', 'Hazard scoring', numberRows=0, hasFixedNumberRows=False,
                                     headers=['Hazard', 'Value function', 'Low', 'High', 'Class scores', 'Weight'],
                                     optional=True),
        QgsProcessingParameterRasterLayer('population', 'Population raster (persons/cell)', optional=True),
        QgsProcessingParameterField('population_field', 'Population field (persons)', None, 'settlements',
                                    QgsProcessingParameterField.Numeric, optional=True),
        QgsProcessingParameterFeatureSource('boundary', 'City boundary', [QgsProcessing.TypeVectorPolygon]),
        QgsProcessingParameterNumber('cell_size', 'Cell size (metres)', QgsProcessingParameterNumber.Double, 100.0,
                                     minValue=0.01),
        QgsProcessingParameterFeatureSource('facilities', 'Health facilities (points)',
                                            [QgsProcessing.TypeVectorPoint]),
        QgsProcessingParameterField('facility_type_field', 'Facility type field', None, 'facilities',
                                    optional=True),
        QgsProcessingParameterFeatureSource('roads', 'Roads', [QgsProcessing.TypeVectorLine], optional=True),
        QgsProcessingParameterNumber('population_weight', 'Population weight', QgsProcessingParameterNumber.Double,
                                     1.0, minValue=0.0),
        QgsProcessingParameterNumber('vulnerability_weight', 'Vulnerability weight',
                                     QgsProcessingParameterNumber.Double, 1.0, minValue=0.0),
        QgsProcessingParameterNumber('access_weight', 'Access weight', QgsProcessingParameterNumber.Double, 1.0,
                                     minValue=0.0),
        QgsProcessingParameterFeatureSource('actions', 'Planned actions (register)',
                                            [QgsProcessing.TypeVectorPolygon]),
    ]
    for row, parameter in enumerate(params):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, 60 + row * 45))
        model.addModelParameter(parameter, component)

    source = QgsProcessingModelChildParameterSource
    steps = [
        ('exposure', 'resilienceplanner:settlementexposure', 'Settlement hazard exposure', {
            'SETTLEMENTS': source.fromModelParameter('settlements'),
            'ID_FIELD': source.fromModelParameter('settlement_key'),
            'HAZARDS': source.fromModelParameter('hazards'),
            'THRESHOLDS': source.fromModelParameter('thresholds'),
            'POPULATION': source.fromModelParameter('population'),
            'POPULATION_FIELD': source.fromModelParameter('population_field')}, {'OUTPUT': 'exposure'}),
        ('vulnerability', 'resilienceplanner:vulnerabilityindex', 'Settlement vulnerability index', {
            'SETTLEMENTS': source.fromChildOutput('exposure', 'OUTPUT'),
            'PROFILES': source.fromModelParameter('profiles'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'PROFILE_KEY': source.fromModelParameter('profile_key'),
            'PRESET': source.fromModelParameter('preset')}, {'OUTPUT': 'vulnerability'}),
        ('access', 'resilienceplanner:serviceaccess', 'Access to services', {
            'SETTLEMENTS': source.fromChildOutput('vulnerability', 'OUTPUT'),
            'FACILITIES': source.fromModelParameter('facilities'),
            'FACILITY_TYPE_FIELD': source.fromModelParameter('facility_type_field'),
            'ROADS': source.fromModelParameter('roads')}, {'OUTPUT': 'access'}),
        ('priorities', 'resilienceplanner:prioritymap', 'Citywide resilience priorities', {
            'BOUNDARY': source.fromModelParameter('boundary'),
            'CELL_SIZE': source.fromModelParameter('cell_size'),
            'HAZARDS': source.fromModelParameter('hazards'),
            'HAZARD_SETTINGS': source.fromModelParameter('hazard_settings'),
            'POPULATION': source.fromModelParameter('population'),
            'POPULATION_WEIGHT': source.fromModelParameter('population_weight'),
            'SETTLEMENTS': source.fromChildOutput('access', 'OUTPUT'),
            'VULNERABILITY_FIELD': source.fromStaticValue('vulnerability'),
            'VULNERABILITY_WEIGHT': source.fromModelParameter('vulnerability_weight'),
            'FACILITIES': source.fromModelParameter('facilities'),
            'ACCESS_WEIGHT': source.fromModelParameter('access_weight')},
         {'PRIORITY': 'priority', 'CLASSES': 'priority_classes', 'ZONES': 'priority_zones', 'RANKING': 'ranking'}),
        ('coverage', 'resilienceplanner:actioncoverage', 'Action coverage and gaps', {
            'ACTIONS': source.fromModelParameter('actions'),
            'SETTLEMENTS': source.fromChildOutput('priorities', 'RANKING'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'POPULATION': source.fromModelParameter('population')},
         {'OUTPUT_ACTIONS': 'actions_coverage', 'OUTPUT_SETTLEMENTS': 'settlement_gaps'}),
        ('readiness', 'resilienceplanner:financereadiness', 'Finance readiness of the actions', {
            'ACTIONS': source.fromChildOutput('coverage', 'OUTPUT_ACTIONS'),
            'RANKING': source.fromChildOutput('priorities', 'RANKING'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'EXPOSURE': source.fromChildOutput('exposure', 'OUTPUT'),
            'VULNERABILITY': source.fromChildOutput('vulnerability', 'OUTPUT')},
         {'OUTPUT': 'finance_readiness', 'PIPELINE': 'finance_pipeline', 'HAZARD_COSTS': 'cost_by_hazard'}),
    ]
    for column, (child_id, algorithm_id, description, sources, outputs) in enumerate(steps):
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(520 + column * 260, 200 + column * 80))
        for name, value in sources.items():
            child.addParameterSources(name, [value])
        # Every other input keeps the algorithm's own default, written into the model.
        from qgis.core import QgsApplication, QgsProcessingDestinationParameter
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        for definition in algorithm.parameterDefinitions():
            if definition.name() in sources or isinstance(definition, QgsProcessingDestinationParameter):
                continue
            if definition.defaultValue() is not None:
                child.addParameterSources(definition.name(), [source.fromStaticValue(definition.defaultValue())])
        model_outputs = {}
        for child_output, name in outputs.items():
            output = QgsProcessingModelOutput(name, name.replace('_', ' ').capitalize())
            output.setChildOutputName(child_output)
            output.setChildId(child_id)
            output.setPosition(QPointF(560 + column * 260, 320 + column * 80))
            model_outputs[name] = output
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)
    return model


def main():
    from resilience_planner.demo import start_qgis
    app = start_qgis()  # noqa: F841 (QGIS must outlive the model)
    model = build()
    problems = []
    for child_id in model.childAlgorithms():
        ok, errors = model.validateChildAlgorithm(child_id)
        if not ok:
            problems += errors
    if problems:
        print('\n'.join(problems))
        return 1
    if not model.toFile(TARGET):
        print('Could not write {0}'.format(TARGET))
        return 1
    print('Wrote {0}'.format(TARGET))
    return 0


if __name__ == '__main__':
    sys.exit(main())
