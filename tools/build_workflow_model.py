"""Write processing/models/citywide_priorities.model3, the one-click workflow, with PyQGIS.

    .venv/bin/python tools/build_workflow_model.py

The model is data: it is committed, the provider loads it, and planners edit it in the
Graphical Modeler. This script only makes it reproducible and reviewable as code.
Chain: settlement exposure -> vulnerability index -> access to services -> citywide
priorities -> action coverage -> finance readiness -> project profiles (a PDF page per action);
and settlement exposure -> the settlements joined to their profiles -> energy access options
(the energy plan).

Two steps run only when they have something to work on, behind a conditional branch each
(native:condition; a skipped step writes nothing and the model returns no such output):
- the energy plan, when the power lines are given: an optional input, so that the runs, saved
  models and batch cities made before it (which have none) run as before; without the distance to
  a line no grid option could be costed, and a plan of off-grid options only would mislead;
- the project profiles, when finance readiness wrote its actions and assessed at least one: an
  empty register (a new batch city's) has no profile to make.
Their outputs are optional, like finance readiness's: a caller that does not name them (one made
before they existed) still runs, and the step writes nothing for it.
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
        'actions': 'The register. Its actions\' finance readiness is assessed, and each gets a page in the project '
                   'profiles (PDF; made when the register has an action and the finance readiness output is '
                   'written).',
        'power_lines': 'With them the model makes the energy plan of the settlements and their profiles: the '
                       'least-cost option of each, its households, costs and investment. Without them that step is '
                       'skipped: the grid options cannot be costed without the distance to a line.',
        'substations': 'Optional: the energy plan then gives each settlement its distance to the nearest one.',
        'households_field': 'The profiles\' households, for the energy plan (empty: the population field\'s '
                            'persons ÷ the household size, 3.3 by default). The plan counts the people of a '
                            'settlement by the population field, else as its households × that size.',
        'electricity_field': 'The profiles\' share of households with electricity, 0–1 or 0–100 (empty: none '
                             'has it, every household is to connect).',
        'informal_field': 'The profiles\' share of the connected households whose connection is informal (not '
                          'metered), 0–1 or 0–100 (empty: none counted).',
        'flood_share_field': 'The exposure output\'s field of the share flooded, <hazard>_exposed_share, e.g. '
                             'flood_depth_exposed_share: the energy plan notes where grid works would sit in the '
                             'flood (empty: no note).',
        'city_name': 'The project profiles\' title.',
        'language': 'The language of the finance readiness texts and of the project profiles: en, fr, es, pt '
                    '(empty: QGIS\'s language).',
    }
    model.setHelpContent({**explained,
        # Kept as it was, the translations' anchor (tests/test_languages.py): the new steps are told by their
        # inputs' entries (actions, power_lines) until the catalogues translate a new description.
        'ALG_DESC': 'The whole chain on one city: settlement exposure, vulnerability index, access to services, '
                    'citywide priorities, action coverage and the actions\' finance readiness, with their project '
                    'profiles (PDF) when the register has actions and the energy plan when power lines are given. '
                    'Its inputs are the raw layers and the main choices '
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
        # The energy plan's and the profiles' inputs, all optional: a run, saved model or batch city made before
        # they existed runs as before (without power lines the energy step is skipped).
        QgsProcessingParameterFeatureSource('power_lines', 'Power lines', [QgsProcessing.TypeVectorLine],
                                            optional=True),
        QgsProcessingParameterFeatureSource('substations', 'Substations', [QgsProcessing.TypeVectorPoint],
                                            optional=True),
        QgsProcessingParameterField('households_field', 'Households field (profiles)', 'households', 'profiles',
                                    QgsProcessingParameterField.Numeric, optional=True),
        QgsProcessingParameterField('electricity_field', 'Electricity field (profiles)', 'electricity_pct',
                                    'profiles', QgsProcessingParameterField.Numeric, optional=True),
        QgsProcessingParameterField('informal_field', 'Informal connections field',
                                    'informal_connections_pct', 'profiles', QgsProcessingParameterField.Numeric,
                                    optional=True),
        QgsProcessingParameterString('flood_share_field', 'Flood share field (exposure)', optional=True),
        QgsProcessingParameterString('city_name', 'City name', optional=True),
        QgsProcessingParameterString('language', 'Language of the texts', optional=True),
    ]
    for row, parameter in enumerate(params):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, 60 + row * 45))
        model.addModelParameter(parameter, component)

    source = QgsProcessingModelChildParameterSource
    steps = [
        Step('exposure', 'resilienceplanner:settlementexposure', 'Settlement hazard exposure', {
            'SETTLEMENTS': source.fromModelParameter('settlements'),
            'ID_FIELD': source.fromModelParameter('settlement_key'),
            'HAZARDS': source.fromModelParameter('hazards'),
            'THRESHOLDS': source.fromModelParameter('thresholds'),
            'POPULATION': source.fromModelParameter('population'),
            'POPULATION_FIELD': source.fromModelParameter('population_field')}, {'OUTPUT': 'exposure'}),
        Step('vulnerability', 'resilienceplanner:vulnerabilityindex', 'Settlement vulnerability index', {
            'SETTLEMENTS': source.fromChildOutput('exposure', 'OUTPUT'),
            'PROFILES': source.fromModelParameter('profiles'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'PROFILE_KEY': source.fromModelParameter('profile_key'),
            'PRESET': source.fromModelParameter('preset')}, {'OUTPUT': 'vulnerability'}),
        Step('access', 'resilienceplanner:serviceaccess', 'Access to services', {
            'SETTLEMENTS': source.fromChildOutput('vulnerability', 'OUTPUT'),
            'FACILITIES': source.fromModelParameter('facilities'),
            'FACILITY_TYPE_FIELD': source.fromModelParameter('facility_type_field'),
            'ROADS': source.fromModelParameter('roads')}, {'OUTPUT': 'access'}),
        Step('priorities', 'resilienceplanner:prioritymap', 'Citywide resilience priorities', {
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
        Step('coverage', 'resilienceplanner:actioncoverage', 'Action coverage and gaps', {
            'ACTIONS': source.fromModelParameter('actions'),
            'SETTLEMENTS': source.fromChildOutput('priorities', 'RANKING'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'POPULATION': source.fromModelParameter('population')},
             {'OUTPUT_ACTIONS': 'actions_coverage', 'OUTPUT_SETTLEMENTS': 'settlement_gaps'}),
        Step('readiness', 'resilienceplanner:financereadiness', 'Finance readiness of the actions', {
            'ACTIONS': source.fromChildOutput('coverage', 'OUTPUT_ACTIONS'),
            'RANKING': source.fromChildOutput('priorities', 'RANKING'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'EXPOSURE': source.fromChildOutput('exposure', 'OUTPUT'),
            'VULNERABILITY': source.fromChildOutput('vulnerability', 'OUTPUT'),
            'LANGUAGE': source.fromModelParameter('language')},
             {'OUTPUT': 'finance_readiness', 'PIPELINE': 'finance_pipeline', 'HAZARD_COSTS': 'cost_by_hazard'}),
        # A conditional branch's condition reads the model's inputs and the outputs of the steps it depends on as
        # variables (@<input>, @<step's description>_<output>, spaces as _). A layer output's own variable is the
        # layer in QGIS 3.40 (a pointer, never NULL, even to no layer): its _minx is NULL when there is no layer.
        Branch('actions_to_profile', 'Actions to profile?', 'profile', (
            '@Finance_readiness_of_the_actions_OUTPUT_minx IS NOT NULL '
            'AND @Finance_readiness_of_the_actions_ASSESSED > 0'), ['readiness']),
        Step('profiles', 'resilienceplanner:projectprofiles', 'Project profiles of the actions', {
            'ACTIONS': source.fromChildOutput('readiness', 'OUTPUT'),
            'RANKING': source.fromChildOutput('priorities', 'RANKING'),
            'SETTLEMENT_KEY': source.fromModelParameter('settlement_key'),
            'PRIORITY': source.fromChildOutput('priorities', 'PRIORITY'),
            'CITY_NAME': source.fromModelParameter('city_name'),
            'LANGUAGE': source.fromModelParameter('language')},
             {'OUTPUT_PDF': 'project_profiles'}, branch=('actions_to_profile', 'profile')),
        Branch('power_lines_given', 'Power lines given?', 'given', '@power_lines IS NOT NULL', []),
        Step('profile_join', 'native:joinattributestable', 'Settlements with their profiles', {
            'INPUT': source.fromChildOutput('exposure', 'OUTPUT'),
            'FIELD': source.fromModelParameter('settlement_key'),
            'INPUT_2': source.fromModelParameter('profiles'),
            'FIELD_2': source.fromModelParameter('profile_key'),
            'FIELDS_TO_COPY': source.fromStaticValue([]),      # all of them: the energy step picks its fields
            'METHOD': source.fromStaticValue(1),               # the first profile of each settlement
            'DISCARD_NONMATCHING': source.fromStaticValue(False),
            'PREFIX': source.fromStaticValue('')}, {}, branch=('power_lines_given', 'given')),
        Step('energy', 'resilienceplanner:energyaccess', 'Energy access options', {
            'SETTLEMENTS': source.fromChildOutput('profile_join', 'OUTPUT'),
            'GRID': source.fromModelParameter('power_lines'),
            'SUBSTATIONS': source.fromModelParameter('substations'),
            'POPULATION_FIELD': source.fromModelParameter('population_field'),
            'HOUSEHOLDS_FIELD': source.fromModelParameter('households_field'),
            'ELECTRICITY_FIELD': source.fromModelParameter('electricity_field'),
            'INFORMAL_FIELD': source.fromModelParameter('informal_field'),
            'FLOOD_SHARE_FIELD': source.fromModelParameter('flood_share_field')},
             {'OUTPUT': 'energy_plan', 'SUMMARY': 'energy_by_option'}, branch=('power_lines_given', 'given')),
    ]
    from qgis.core import QgsApplication, QgsProcessingDestinationParameter, QgsProcessingModelChildDependency
    for column, step in enumerate(steps):
        child = QgsProcessingModelChildAlgorithm(step.algorithm_id)
        child.setChildId(step.child_id)
        child.setDescription(step.description)
        child.setPosition(QPointF(520 + column * 260, 200 + column * 80))
        if step.configuration:
            child.setConfiguration(step.configuration)
        dependencies = [QgsProcessingModelChildDependency(d) for d in step.depends_on]
        if step.branch:
            dependencies.append(QgsProcessingModelChildDependency(*step.branch))
        if dependencies:
            child.setDependencies(dependencies)
        for name, value in step.sources.items():
            child.addParameterSources(name, [value])
        # Every other input keeps the algorithm's own default, written into the model.
        algorithm = QgsApplication.processingRegistry().algorithmById(step.algorithm_id)
        if not step.configuration:
            for definition in algorithm.parameterDefinitions():
                if definition.name() in step.sources or isinstance(definition, QgsProcessingDestinationParameter):
                    continue
                if definition.defaultValue() is not None:
                    child.addParameterSources(definition.name(), [source.fromStaticValue(definition.defaultValue())])
        model_outputs = {}
        for child_output, name in step.outputs.items():
            output = QgsProcessingModelOutput(name, name.replace('_', ' ').capitalize())
            output.setChildOutputName(child_output)
            output.setChildId(step.child_id)
            output.setPosition(QPointF(560 + column * 260, 320 + column * 80))
            model_outputs[name] = output
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)
    return model


class Step:
    """A step of the model: a child algorithm, its inputs' sources and its outputs that are the model's; ``branch``
    (branch's child id, condition name) makes it run only when that condition holds."""

    def __init__(self, child_id, algorithm_id, description, sources, outputs, branch=None):
        self.child_id, self.algorithm_id, self.description = child_id, algorithm_id, description
        self.sources, self.outputs, self.branch = sources, outputs, branch
        self.configuration, self.depends_on = None, []


class Branch(Step):
    """A conditional branch (native:condition) with one condition, ``name``: the steps under it run when
    ``expression`` is true; ``depends_on``: the steps whose outputs the expression reads."""

    def __init__(self, child_id, description, name, expression, depends_on):
        super().__init__(child_id, 'native:condition', description, {}, {})
        self.configuration = {'conditions': [{'name': name, 'expression': expression}]}
        self.depends_on = depends_on


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
