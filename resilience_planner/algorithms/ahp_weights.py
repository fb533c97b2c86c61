"""Processing algorithm resilienceplanner:ahpweights."""
import re

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType
from .base import ResiliencePlannerAlgorithm


class AhpWeightsAlgorithm(ResiliencePlannerAlgorithm):
    """Indicator weights from pairwise comparisons (Saaty's AHP)."""

    FIELDS = 'FIELDS'
    MATRIX = 'MATRIX'
    DIRECTIONS = 'DIRECTIONS'
    OUTPUT = 'OUTPUT'
    PRESET = 'PRESET'
    INDICATORS = 'INDICATORS'
    CONSISTENCY_RATIO = 'CONSISTENCY_RATIO'
    LAMBDA_MAX = 'LAMBDA_MAX'

    def name(self):
        return 'ahpweights'

    def displayName(self):
        return self.tr('Indicator weights by pairwise comparison (AHP)')

    def group(self):
        return self.tr('Vulnerability')

    def groupId(self):
        return 'vulnerability'

    def parameter_help(self):
        return {
            self.MATRIX: self.tr('The full matrix, or only its upper triangle, row by row: numbers such as 3, 1/5 or '
                                 '0.2 separated by commas, rows by ; or new lines.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(self.FIELDS, self.tr('Indicator fields (comma-separated)')))
        self.addParameter(QgsProcessingParameterString(
            self.MATRIX, self.tr('Pairwise comparison matrix'), multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.DIRECTIONS, self.tr('Directions, + or - per indicator'), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('AHP weights'), QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.PRESET, self.tr('Indicator preset'), self.tr('JSON files (*.json)'), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.INDICATORS, self.tr('Indicators (field,direction,weight,...)')))
        self.addOutput(QgsProcessingOutputNumber(self.CONSISTENCY_RATIO, self.tr('Consistency ratio')))
        self.addOutput(QgsProcessingOutputNumber(self.LAMBDA_MAX, self.tr('Principal eigenvalue')))

    needs_engine = False            # numpy only: no rasterio or fiona

    def _run(self, parameters, context, feedback):
        from ..core.errors import InputError
        from ..core.indicators import Indicator, ahp_weights, matrix_from_upper, parse_judgement, write_preset
        names = [n.strip() for n in self.parameterAsString(parameters, self.FIELDS, context).split(',') if n.strip()]
        if len(names) < 2:
            raise QgsProcessingException(self.tr('Give at least two indicator fields, separated by commas.'))
        twice = sorted({n for n in names if [m.lower() for m in names].count(n.lower()) > 1})
        if twice:
            raise QgsProcessingException(self.tr('Indicator field(s) listed twice: {0}.').format(', '.join(twice)))
        if len(names) > 10:
            feedback.pushWarning(self.tr('Saaty\'s random index is tabulated up to 10 indicators; {0} use its '
                                         'last value, 1.49, so treat the consistency ratio as approximate.')
                                 .format(len(names)))
        text = self.parameterAsString(parameters, self.MATRIX, context)
        judgements = [v for v in re.split(r'[,;\s]+', text.strip()) if v]
        directions_text = self.parameterAsString(parameters, self.DIRECTIONS, context)
        directions = [d.strip() for d in directions_text.split(',')] if directions_text.strip() else ['+'] * len(names)
        n = len(names)
        if len(directions) != n:
            raise InputError(self.tr('DIRECTIONS has {0} value(s) for {1} indicators.').format(len(directions), n))
        if len(judgements) == n * n:
            matrix = [[parse_judgement(judgements[i * n + j]) for j in range(n)] for i in range(n)]
        else:
            matrix = matrix_from_upper(judgements, n)
        result = ahp_weights(matrix, names)
        indicators = [Indicator(f, d, round(float(w), 6)) for f, d, w in zip(names, directions, result.weights)]
        for indicator in indicators:
            feedback.pushInfo('{0}: {1:.3f}'.format(indicator.field, indicator.weight))
        feedback.pushInfo(self.tr('λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}').format(
            result.lambda_max, result.consistency_index, result.consistency_ratio))
        if not result.consistent:
            feedback.pushWarning(self.tr(
                'The consistency ratio is {0:.3f}, above Saaty\'s limit of 0.1: the judgements contradict '
                'each other. Revisit the pairs that disagree most before using these weights.').format(
                result.consistency_ratio))
        results = {self.INDICATORS: ','.join('{0},{1},{2}'.format(i.field, i.direction, i.weight)
                                             for i in indicators),
                   self.CONSISTENCY_RATIO: result.consistency_ratio, self.LAMBDA_MAX: result.lambda_max}
        fields = QgsFields()
        fields.append(QgsField('indicator', FieldType.String))
        fields.append(QgsField('direction', FieldType.String))
        fields.append(QgsField('weight', FieldType.Double))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is not None:
            for indicator in indicators:
                feature = QgsFeature(fields)
                feature.setAttributes([indicator.field, indicator.direction, indicator.weight])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT] = dest_id
        preset = self.parameterAsFileOutput(parameters, self.PRESET, context)
        if preset:
            write_preset(preset, 'AHP weights', indicators,
                         description='Weights from pairwise comparison, CR = {0:.3f}'.format(result.consistency_ratio))
            results[self.PRESET] = preset
        return results
