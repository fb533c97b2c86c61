"""Processing algorithm resilienceplanner:financereadiness."""
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType
from ..qgis_side.translation import LANGUAGES, localized
from .base import ResiliencePlannerAlgorithm, typed_source

#: The fields the algorithm adds to the actions (beneficiaries is filled in, or added when the layer lacks it).
NEW_FIELDS = (('served', FieldType.String), ('cost_per_beneficiary', FieldType.Double),
              ('readiness', FieldType.Double), ('readiness_missing', FieldType.String),
              ('readiness_checklist', FieldType.String), ('climate_rationale', FieldType.String),
              ('budget_summary', FieldType.String), ('readiness_provenance', FieldType.String))


class FinanceReadinessAlgorithm(ResiliencePlannerAlgorithm):
    """Per action: how ready it is for a funder, what is missing, and its climate rationale from the outputs."""

    ACTIONS = 'ACTIONS'
    RANKING = 'RANKING'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    NAME_FIELD = 'NAME_FIELD'
    EXPOSURE = 'EXPOSURE'
    EXPOSURE_KEY = 'EXPOSURE_KEY'
    VULNERABILITY = 'VULNERABILITY'
    VULNERABILITY_KEY = 'VULNERABILITY_KEY'
    HAZARD_FIELDS = 'HAZARD_FIELDS'
    LANGUAGE = 'LANGUAGE'
    OUTPUT = 'OUTPUT'
    PIPELINE = 'PIPELINE'
    HAZARD_COSTS = 'HAZARD_COSTS'
    ASSESSED = 'ASSESSED'
    MEAN_READINESS = 'MEAN_READINESS'
    READY_ACTIONS = 'READY_ACTIONS'

    needs_engine = False

    def name(self):
        return 'financereadiness'

    def displayName(self):
        return self.tr('Finance readiness of the actions')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def parameter_help(self):
        return {
            self.ACTIONS: self.tr('The register, or the actions output of "Action coverage and gaps".'),
            self.HAZARD_FIELDS: self.tr('Which exposure keys answer for a register hazard, e.g. flood=flood_depth; '
                                        'heat=heat_lst. Empty: a key answers for a hazard when one of its words '
                                        'names it (flood_depth for flood, heat_lst for heat).'),
            self.PIPELINE: self.tr('The active actions by funding status and readiness band (ready 0.8 or more, in '
                                   'preparation 0.5 to 0.8, early): their number, cost per currency and '
                                   'beneficiaries.'),
            self.LANGUAGE: self.tr('The language of the texts written (rationale, missing items, checklist), their '
                                   'numbers too: {0}. Empty: QGIS\'s language.').format(', '.join(LANGUAGES)),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACTIONS, self.tr('Planned actions'),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RANKING, self.tr('Settlement priority ranking'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field'), parentLayerParameterName=self.RANKING,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr('Settlement name field'), parentLayerParameterName=self.RANKING, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXPOSURE, self.tr('Settlement exposure (output)'), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.EXPOSURE_KEY, self.tr('Exposure key field'), parentLayerParameterName=self.EXPOSURE,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VULNERABILITY, self.tr('Vulnerability index (output)'), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VULNERABILITY_KEY, self.tr('Vulnerability key field'), parentLayerParameterName=self.VULNERABILITY,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.HAZARD_FIELDS, self.tr('Exposure keys by hazard'), defaultValue='', optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LANGUAGE, self.tr('Language of the texts'), defaultValue='', optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Actions with finance readiness'), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PIPELINE, self.tr('Funding pipeline'), QgsProcessing.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HAZARD_COSTS, self.tr('Cost by hazard addressed'), QgsProcessing.TypeVector,
            optional=True, createByDefault=True))
        for name, label in ((self.ASSESSED, self.tr('Actions assessed')),
                            (self.MEAN_READINESS, self.tr('Mean readiness of the active actions')),
                            (self.READY_ACTIONS, self.tr('Active actions ready (readiness 0.8 or more)'))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _run(self, parameters, context, feedback):
        from ..core.actions.readiness import exposure_keys, parse_hazard_fields
        from ..qgis_side.finance import assess_register, summaries
        from ..qgis_side.layers import first_field, layer_label
        from ..qgis_side.translation import resolve

        def wanted(name):
            # An output left out (a model that does not ask for it, the dialog's "Skip output") is not written.
            return parameters.get(name) is not None
        typed_source(self, parameters, self.ACTIONS, context, QgsWkbTypes.PolygonGeometry)
        typed_source(self, parameters, self.RANKING, context, QgsWkbTypes.PolygonGeometry)
        actions = self.parameterAsVectorLayer(parameters, self.ACTIONS, context)
        ranking = self.parameterAsVectorLayer(parameters, self.RANKING, context)
        names = actions.fields().names()
        if 'title' not in names or 'status' not in names:
            raise QgsProcessingException(self.tr(
                'Layer "{0}" is not a planned-action register (it has no title or status field). Create one with '
                '"Create planned-action register".').format(layer_label(actions)))
        needed = [n for n in ('priority_rank', 'priority_mean') if ranking.fields().lookupField(n) < 0]
        if needed:
            raise QgsProcessingException(self.tr(
                'Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience '
                'priorities".').format(layer_label(ranking), ', '.join(needed)))
        key_field = self.parameterAsString(parameters, self.SETTLEMENT_KEY, context) or first_field(ranking.fields())
        if not key_field:
            raise QgsProcessingException(self.tr('Choose the settlement key field of the ranking "{0}": the field '
                                                 'the actions name settlements by.').format(layer_label(ranking)))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        if name_field is None:
            from ..qgis_side.names import name_field as find_name_field
            try:
                name_field, _ = find_name_field(ranking, None, key_field)
            except ValueError:
                name_field = None
        exposure = self._joined(parameters, self.EXPOSURE, self.EXPOSURE_KEY, key_field, context)
        if exposure and not exposure_keys(exposure.layer.fields().names()):
            raise QgsProcessingException(self.tr(
                'Layer "{0}" has no {{hazard}}_exposed_pop field: it is not an output of "Settlement hazard '
                'exposure" run with people. Run it with a population raster or field.').format(
                    layer_label(exposure.layer)))
        vulnerability = self._joined(parameters, self.VULNERABILITY, self.VULNERABILITY_KEY, key_field, context)
        if vulnerability and not vulnerability.has('vulnerability'):
            raise QgsProcessingException(self.tr(
                'Layer "{0}" has no vulnerability field: use the output of "Settlement vulnerability index".')
                .format(layer_label(vulnerability.layer)))
        try:
            mapping = parse_hazard_fields(self.parameterAsString(parameters, self.HAZARD_FIELDS, context))
        except ValueError as err:
            raise QgsProcessingException(self.tr(
                'Exposure keys by hazard: "{0}" is not hazard=key (e.g. flood=flood_depth).').format(err)) from None
        if exposure:
            keys = exposure_keys(exposure.layer.fields().names())
            unknown = [k for given in mapping.values() for k in given if k not in keys]
            if unknown:
                raise QgsProcessingException(self.tr(
                    'Exposure keys by hazard name {0}, which the exposure layer "{1}" does not have; its keys are '
                    '{2}.').format(', '.join(unknown), layer_label(exposure.layer), ', '.join(keys)))

        action_features = list(actions.getFeatures())
        if ranking.featureCount() == 0:
            raise QgsProcessingException(self.tr('The ranking "{0}" has no features.').format(layer_label(ranking)))
        try:
            language = resolve(self.parameterAsString(parameters, self.LANGUAGE, context), feedback.pushWarning)
        except ValueError as err:
            raise QgsProcessingException(str(err)) from None
        records, assessed = assess_register(actions, action_features, ranking, key_field, name_field, exposure,
                                            vulnerability, mapping, context.transformContext(), feedback.pushWarning,
                                            language)

        output_id = pipeline_id = hazard_id = None
        if wanted(self.OUTPUT):
            output_id = self._write_actions(parameters, context, actions, action_features, assessed, feedback)

        pipeline_rows, hazard_rows, scores = summaries(records, assessed)
        if wanted(self.PIPELINE):
            fields = QgsFields()
            for name, kind in (('funding_status', FieldType.String), ('readiness_band', FieldType.String),
                               ('currency', FieldType.String), ('actions', FieldType.Int),
                               ('cost', FieldType.Double), ('beneficiaries', FieldType.Double)):
                fields.append(QgsField(name, kind))
            pipeline_sink, pipeline_id = self.parameterAsSink(parameters, self.PIPELINE, context, fields,
                                                              QgsWkbTypes.NoGeometry, actions.crs())
            if pipeline_sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.PIPELINE))
            for status, band, currency, count, cost, people in pipeline_rows:
                out = QgsFeature(fields)
                out.setAttributes([status or NULL, band, currency or NULL, count, cost, people])
                pipeline_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        if wanted(self.HAZARD_COSTS):
            fields = QgsFields()
            for name, kind in (('hazard', FieldType.String), ('currency', FieldType.String),
                               ('cost', FieldType.Double), ('actions', FieldType.Int)):
                fields.append(QgsField(name, kind))
            hazard_sink, hazard_id = self.parameterAsSink(parameters, self.HAZARD_COSTS, context, fields,
                                                          QgsWkbTypes.NoGeometry, actions.crs())
            if hazard_sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.HAZARD_COSTS))
            for hazard, currency, amount, count in hazard_rows:
                out = QgsFeature(fields)
                out.setAttributes([hazard or NULL, currency or NULL, amount, count])
                hazard_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)

        mean = sum(scores) / len(scores) if scores else None
        ready = sum(1 for s in scores if s >= 0.8 - 1e-9)
        feedback.pushInfo(self.tr('{0} action(s) assessed; {1} active, {2} of them ready (readiness 0.8 or more); '
                                  'mean readiness of the active actions {3}.').format(
            len(assessed), len(scores), ready, '—' if mean is None else localized('{0:.2f}').format(mean)))
        return {self.OUTPUT: output_id, self.PIPELINE: pipeline_id, self.HAZARD_COSTS: hazard_id,
                self.ASSESSED: len(assessed), self.MEAN_READINESS: mean, self.READY_ACTIONS: ready}

    def _write_actions(self, parameters, context, actions, action_features, assessed, feedback):
        """The actions with their readiness fields, into the OUTPUT sink; its id."""
        from ..qgis_side.layers import merged_fields, to_attribute
        new_fields = list(NEW_FIELDS)
        if 'beneficiaries' not in actions.fields().names():
            new_fields.insert(0, ('beneficiaries', FieldType.Double))
        out_fields, keep = merged_fields(actions.fields(), new_fields, feedback)
        sink, output_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                               QgsWkbTypes.multiType(actions.wkbType()), actions.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        out_names = out_fields.names()
        for feature, values in zip(action_features, assessed):
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            row = [feature.attributes()[i] for i in keep] + [NULL] * (len(out_names) - len(keep))
            for name, value in values.items():
                if name in out_names:
                    # Plain str: a translation.Text would reach the provider as a Python object, not a string.
                    row[out_names.index(name)] = to_attribute(value) if isinstance(value, float) or value is None \
                        else str(value) if isinstance(value, str) else value
            out.setAttributes(row)
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr('Could not write the action "{0}": {1}').format(
                    feature['title'], sink.lastError()))
        return output_id

    def _joined(self, parameters, name, key_name, default_key, context):
        """An optional settlement output as a finance.Layer joined by key: the key field chosen, else one named
        like the ranking's, else its first key-like field."""
        from ..qgis_side.finance import Layer
        from ..qgis_side.layers import first_field, layer_label
        source = typed_source(self, parameters, name, context, QgsWkbTypes.PolygonGeometry, optional=True)
        if source is None:
            return Layer(None, None)
        layer = self.parameterAsVectorLayer(parameters, name, context)
        key = self.parameterAsString(parameters, key_name, context)
        if not key:
            key = default_key if layer.fields().lookupField(default_key) >= 0 else first_field(layer.fields())
        if not key or layer.fields().lookupField(key) < 0:
            raise QgsProcessingException(self.tr(
                'Layer "{0}" has no key field "{1}" to join it to the ranking: choose its key field.').format(
                    layer_label(layer), key or default_key))
        return Layer(layer, key)
