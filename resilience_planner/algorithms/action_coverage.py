"""Processing algorithm resilienceplanner:actioncoverage."""

from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType, mark_advanced
from ..qgis_side.translation import engine_message
from .base import DECIMAL, ResiliencePlannerAlgorithm, decimal_choice, decimal_parameter, read_reported, typed_source


class ActionCoverageAlgorithm(ResiliencePlannerAlgorithm):
    """Which settlements the planned actions serve, at what cost per person, and where the gaps are."""

    ACTIONS = 'ACTIONS'
    SETTLEMENTS = 'SETTLEMENTS'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    PRIORITY_FIELD = 'PRIORITY_FIELD'
    CLASS_FIELD = 'CLASS_FIELD'
    POPULATION_FIELD = 'POPULATION_FIELD'
    POPULATION = 'POPULATION'
    OUTPUT_ACTIONS = 'OUTPUT_ACTIONS'
    OUTPUT_SETTLEMENTS = 'OUTPUT_SETTLEMENTS'
    ACTIVE_ACTIONS = 'ACTIVE_ACTIONS'
    GAPS = 'GAPS'
    HIGH_PRIORITY_POPULATION = 'HIGH_PRIORITY_POPULATION'
    COVERED_HIGH_PRIORITY_SHARE = 'COVERED_HIGH_PRIORITY_SHARE'
    PLANNED_COST = 'PLANNED_COST'
    PLANNED_COSTS = 'PLANNED_COSTS'

    def name(self):
        return 'actioncoverage'

    def displayName(self):
        return self.tr('Action coverage and gaps')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def parameter_help(self):
        return {
            self.POPULATION: self.tr('Persons per cell; the people inside each action\'s target area are counted from '
                                     'it.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACTIONS, self.tr('Planned actions'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements (priority ranking)'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field'), parentLayerParameterName=self.SETTLEMENTS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PRIORITY_FIELD, self.tr('Priority field'), 'priority_mean', self.SETTLEMENTS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, self.tr('Priority class field (1-5)'), 'priority_class', self.SETTLEMENTS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr('Population field'), 'grid_population', self.SETTLEMENTS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.POPULATION, self.tr('Population raster (persons/cell)'), optional=True))
        self.addParameter(decimal_parameter())
        mark_advanced(self, [DECIMAL])
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ACTIONS, self.tr('Actions with coverage'), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SETTLEMENTS, self.tr('Settlements with actions and gaps'), QgsProcessing.TypeVectorPolygon))
        for name, label in ((self.ACTIVE_ACTIONS, self.tr('Active actions')), (self.GAPS, self.tr('Gaps')),
                            (self.HIGH_PRIORITY_POPULATION, self.tr('People in high-priority settlements')),
                            (self.COVERED_HIGH_PRIORITY_SHARE,
                             self.tr('Share of them served by an active action')),
                            (self.PLANNED_COST, self.tr('Cost of the active actions (when in one currency)'))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.PLANNED_COSTS,
                                                 self.tr('Cost of the active actions, per currency')))

    def _run(self, parameters, context, feedback):
        import numpy as np

        from ..core.actions import budget, format_amounts, is_active
        from ..core.exposure import raster_sums
        from ..qgis_side.layers import first_field, listing, merged_fields, raster_file, to_attribute
        from ..qgis_side.register import coverage_of
        from ..qgis_side.styles import OutputStyle, outline_renderer, rule_renderer
        actions = typed_source(self, parameters, self.ACTIONS, context, QgsWkbTypes.PolygonGeometry, repairs=True)
        settlements = typed_source(self, parameters, self.SETTLEMENTS, context, QgsWkbTypes.PolygonGeometry,
                                   repairs=True)
        action_features = list(actions.getFeatures())
        if 'title' not in actions.fields().names() or 'status' not in actions.fields().names():
            raise QgsProcessingException(self.tr(
                'Layer "{0}" is not a planned-action register (it has no title or status field). Create one with '
                '"Create planned-action register".').format(actions.sourceName()))
        settlement_features = list(settlements.getFeatures())
        if not settlement_features:
            raise QgsProcessingException(self.tr('Settlements layer "{0}" has no features.').format(
                settlements.sourceName()))
        fields = settlements.fields()
        key_field = self.parameterAsString(parameters, self.SETTLEMENT_KEY, context) or first_field(fields)
        priority_field = self._field(parameters, self.PRIORITY_FIELD, context, fields, 'priority_mean', feedback)
        class_field = self._field(parameters, self.CLASS_FIELD, context, fields, 'priority_class', feedback)
        population_field = self._field(parameters, self.POPULATION_FIELD, context, fields, 'grid_population',
                                       feedback)
        keys = [f[key_field] if key_field else f.id() for f in settlement_features]
        beneficiaries = None
        population = self.parameterAsRasterLayer(parameters, self.POPULATION, context)
        if population is not None:
            shapes = [bytes(f.geometry().asWkb()) if f.hasGeometry() else None for f in action_features]
            population_path = raster_file(population, feedback.pushInfo)
            beneficiaries = raster_sums(shapes, actions.sourceCrs().toWkt(), population_path, population.name())
            without = [f['title'] or f.id() for f in action_features if not f.hasGeometry()]
            if without:
                feedback.pushWarning(self.tr('{0} action(s) have no target area, so no beneficiaries from the raster: '
                                             '{1}').format(len(without), listing(without)))
        decimal = decimal_choice(self, parameters, context)
        result, records = coverage_of(action_features, actions.sourceCrs(), settlement_features,
                                      settlements.sourceCrs(), key_field, context.transformContext(), priority_field,
                                      class_field, population_field, beneficiaries,
                                      lambda name, values: self._numbers(name, values, settlements.sourceName(),
                                                                         feedback, decimal))
        for note in result.notes:
            feedback.pushWarning(engine_message(note))
        if class_field is None:
            feedback.pushWarning(self.tr('No priority class field: gaps cannot be found (gap is NULL). Use the '
                                         'ranking of "Citywide resilience priorities".'))

        action_fields, keep = merged_fields(actions.fields(), [
            ('served', FieldType.String), ('cost_per_beneficiary', FieldType.Double)], feedback)
        # beneficiaries and priority_score are register fields: they are filled in, not added.
        sink, actions_id = self.parameterAsSink(parameters, self.OUTPUT_ACTIONS, context, action_fields,
                                                QgsWkbTypes.multiType(actions.wkbType()), actions.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ACTIONS))
        names = action_fields.names()
        for number, feature in enumerate(action_features):
            out = QgsFeature(action_fields)
            out.setGeometry(feature.geometry())
            values = [feature.attributes()[i] for i in keep] + [
                ', '.join(str(keys[i]) for i in result.served[number]) or NULL,
                to_attribute(result.cost_per_beneficiary[number])]
            for name, value in (('beneficiaries', result.beneficiaries[number]),
                                ('priority_score', result.priority_score[number])):
                if name in names:
                    values[names.index(name)] = to_attribute(value)
            out.setAttributes(values)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)

        new_fields = [('actions_count', FieldType.Int), ('actions_cost', FieldType.Double), ('gap', FieldType.Int)]
        out_fields, keep = merged_fields(fields, new_fields, feedback)
        sink, settlements_id = self.parameterAsSink(parameters, self.OUTPUT_SETTLEMENTS, context, out_fields,
                                                    QgsWkbTypes.multiType(settlements.wkbType()),
                                                    settlements.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_SETTLEMENTS))
        for number, feature in enumerate(settlement_features):
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            gap = result.gap[number]
            out.setAttributes([feature.attributes()[i] for i in keep] + [
                int(result.actions_count[number]), to_attribute(result.actions_cost[number]),
                NULL if gap != gap else int(gap)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        self.style_output(context, actions_id, OutputStyle(renderer=lambda layer: outline_renderer(
            '#006d2c', 0.6, '49,163,84,70')))
        self.style_output(context, settlements_id, OutputStyle(renderer=lambda layer: rule_renderer(
            QgsWkbTypes.PolygonGeometry, [('"gap" = 1', self.tr('High priority, no active action'), '#bd0026'),
                                          ('"actions_count" > 0', self.tr('Served by an active action'), '#31a354'),
                                          ('ELSE', self.tr('Other'), '#d9d9d9')])))
        # Costs per currency, never added across currencies (core.actions.budget).
        costs = budget([r for r in records if is_active(r)])
        planned = format_amounts(costs.totals, self.tr('without a currency'))
        if costs.single is None and costs.totals:
            feedback.pushWarning(self.tr('The active actions are costed in different currencies, which are not added '
                                         'together: {0}. The planned cost is given per currency only.').format(planned))
        else:
            feedback.pushInfo(self.tr('Cost of the active actions: {0}.').format(planned))
        if costs.refused:
            feedback.pushWarning(self.tr('Not counted (the cost is not a number of 0 or more): {0}.').format(
                listing(costs.refused)))
        active = sum(1 for r in records if is_active(r))
        cost = costs.totals.get(costs.single, 0.0) if costs.single is not None else (None if costs.totals else 0.0)
        feedback.pushInfo(self.tr('{0} active action(s); {1} gap(s); {2:.0%} of the people in high-priority '
                                  'settlements are served.').format(active, int(np.nansum(result.gap)),
                                                                   result.covered_high_share
                                                                   if result.high_population else 0.0))
        return {self.OUTPUT_ACTIONS: actions_id, self.OUTPUT_SETTLEMENTS: settlements_id,
                self.ACTIVE_ACTIONS: active, self.GAPS: int(np.nansum(result.gap)),
                self.HIGH_PRIORITY_POPULATION: result.high_population,
                self.COVERED_HIGH_PRIORITY_SHARE: result.covered_high_share if result.high_population else None,
                self.PLANNED_COST: cost, self.PLANNED_COSTS: planned}

    def _numbers(self, name, values, layer_name, feedback, decimal='auto'):
        """A settlement field's values as floats (NaN where missing), read as the profiles are
        (core.profiles.read_values): the fields chosen may be the settlements' own, with numbers typed as text
        ("1.234,5"), read by the field's convention, which the log names; text that is no number is named in a
        warning."""
        records = [{name: None if value == NULL else value} for value in values]
        return read_reported(records, [name], layer_name, decimal, feedback)[:, 0]

    def _field(self, parameters, name, context, fields, default, feedback):
        """The chosen field, or the default when the layer has it; None (with a note) otherwise."""
        chosen = self.parameterAsString(parameters, name, context)
        if chosen and fields.lookupField(chosen) >= 0:
            return chosen
        if chosen and chosen != default:
            raise QgsProcessingException(self.tr('Field "{0}" is not in the settlements layer.').format(chosen))
        if fields.lookupField(default) >= 0:
            return default
        feedback.pushInfo(self.tr('The settlements have no "{0}" field; it is left out.').format(default))
        return None
