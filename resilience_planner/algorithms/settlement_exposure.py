"""Processing algorithm resilienceplanner:settlementexposure."""
import math
import zlib
from array import array

from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_side.compat import FieldType, mark_advanced
from ..qgis_side.translation import engine_message
from .base import DECIMAL, ResiliencePlannerAlgorithm, decimal_choice, decimal_parameter, rules_help, widget_wrapper

STATISTICS = ('mean', 'max', 'exposed_share', 'coverage', 'exposed_pop')


class SettlementExposureAlgorithm(ResiliencePlannerAlgorithm):
    """Share of area and people of each settlement exposed to each hazard."""

    SETTLEMENTS = 'SETTLEMENTS'
    ID_FIELD = 'ID_FIELD'
    HAZARDS = 'HAZARDS'
    THRESHOLDS = 'THRESHOLDS'
    POPULATION = 'POPULATION'
    POPULATION_FIELD = 'POPULATION_FIELD'
    OUTPUT = 'OUTPUT'
    EXPOSED_SETTLEMENTS = 'EXPOSED_SETTLEMENTS'
    EXPOSED_POPULATION = 'EXPOSED_POPULATION'
    WARNINGS = 'WARNINGS'

    def name(self):
        return 'settlementexposure'

    def displayName(self):
        return self.tr('Settlement hazard exposure')

    def group(self):
        return self.tr('Exposure')

    def groupId(self):
        return 'exposure'

    def parameter_help(self):
        return {
            self.THRESHOLDS: rules_help(),
            self.POPULATION: self.tr('Persons per cell.'),
            self.POPULATION_FIELD: self.tr('Persons per settlement, used when there is no population raster.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr('Settlement ID field'), parentLayerParameterName=self.SETTLEMENTS,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr('Hazard rasters'), QgsProcessing.TypeRaster))
        rules = QgsProcessingParameterString(self.THRESHOLDS, self.tr('Exposure rules, one per hazard'), optional=True)
        rules.setMetadata(widget_wrapper('ExposureRulesWrapper', self.HAZARDS))    # a rule box beside each hazard
        self.addParameter(rules)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.POPULATION, self.tr('Population raster (persons/cell)'), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr('Population field (persons)'),
            parentLayerParameterName=self.SETTLEMENTS, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(decimal_parameter())
        mark_advanced(self, [DECIMAL])
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Settlement exposure'), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(
            self.EXPOSED_SETTLEMENTS, self.tr('Settlements exposed to at least one hazard')))
        self.addOutput(QgsProcessingOutputNumber(
            self.EXPOSED_POPULATION, self.tr('People exposed to at least one hazard')))
        self.addOutput(QgsProcessingOutputString(
            self.WARNINGS, self.tr('Doubts about the hazards (also in the output layer\'s metadata)')))

    def _run(self, parameters, context, feedback):
        from ..core.exposure import Hazard, settlement_exposure, unique_keys
        from ..core.rules import nearly_all_exposed
        from ..qgis_side.hazards import exposure_rules
        from ..qgis_side.layers import EngineFeedback, merged_fields, raster_file, to_attribute, to_integer
        from ..qgis_side.styles import OutputStyle

        # Invalid geometries are repaired below and counted, so Processing's own
        # check, which would stop at the first one, is switched off for this layer.
        check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        try:
            source = self.parameterAsSource(parameters, self.SETTLEMENTS, context)
        finally:
            context.setInvalidGeometryCheck(check)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SETTLEMENTS))
        layer_name = self._layer_name(parameters, context)
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr(
                'Settlements layer "{0}" has no CRS. Set its coordinate reference system '
                '(Layer Properties > Source) and run again.').format(layer_name))
        rasters = self.parameterAsLayerList(parameters, self.HAZARDS, context)
        if not rasters:
            raise QgsProcessingException(self.tr('Choose at least one hazard raster.'))
        paths = [raster_file(layer, feedback.pushInfo) for layer in rasters]
        for layer in rasters:
            if layer.bandCount() > 1:
                feedback.pushWarning(self.tr('Raster "{0}" has {1} bands; band 1 is used.').format(
                    layer.name(), layer.bandCount()))
        names = [layer.name() for layer in rasters]
        population = self.parameterAsRasterLayer(parameters, self.POPULATION, context)
        population_path = raster_file(population, feedback.pushInfo) if population is not None else None
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or None
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        doubts = []
        rules = exposure_rules(rasters, paths, self.parameterAsString(parameters, self.THRESHOLDS, context),
                               feedback.pushInfo, feedback.pushWarning, doubts)
        keys = unique_keys(names)
        hazards = [Hazard(p, n, k, r) for p, n, k, r in zip(paths, names, keys, rules)]
        for hazard in hazards:
            feedback.pushInfo(self.tr('Hazard "{0}" → fields {1}_*').format(hazard.name, hazard.key))

        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                'Settlements layer "{0}" has no features. Choose a layer with settlement '
                'polygons, or clear the selection filter.').format(layer_name))
        settlements = _Settlements(source, layer_name, id_field, population_field, feedback,
                                  decimal_choice(self, parameters, context))
        counts = settlements.counts() if population_path is None and population_field else None
        if population_path is None and population_field is None:
            feedback.pushWarning(self.tr(
                'No population raster or population field: the *_exposed_pop fields stay NULL.'))
        engine = EngineFeedback(feedback, 0, 90)
        result = settlement_exposure(
            settlements.geometries(), source.sourceCrs().toWkt(), hazards, population_path=population_path,
            population_counts=counts,
            progress=engine.progress, cancelled=engine.cancelled,
            population_name=population.name() if population is not None else 'population')
        settlements.report()
        for note in result.notes:
            feedback.pushWarning(engine_message(note))
        for hazard, exposed in zip(hazards, result.hazards):
            everything = nearly_all_exposed(exposed.exposed_share, exposed.coverage)
            if everything:
                doubt = self.tr(
                    'Hazard "{0}" exposes (nearly) all of every settlement: {1} of the {2} settlements with data are '
                    'at least 99 % exposed under its rule ({3}). A real hazard rarely does: check that the rule does '
                    'not include every value (classes coded the other way round, a threshold below the data) and '
                    'that the layer is a hazard.').format(hazard.name, everything[0], everything[1],
                                                           engine_message(hazard.rule.describe()))
                feedback.pushWarning(doubt)
                doubts.append(doubt)

        names = ['{0}_{1}'.format(key, statistic) for key in keys for statistic in STATISTICS]
        names += ['any_exposed_share', 'any_exposed_pop', 'exposed_hazards']
        self.stop_if_cancelled(feedback)
        fields, keep = merged_fields(source.fields(), [
            (name, FieldType.Int if name == 'exposed_hazards' else FieldType.Double) for name in names],
            feedback)
        columns = []
        for hazard in result.hazards:
            columns.extend(getattr(hazard, statistic) for statistic in STATISTICS)
        columns.append(result.any_exposed_share)
        columns.append(result.any_exposed_pop)
        n = len(result.exposed_hazards)
        rows = ([to_attribute(column[index]) for column in columns] + [to_integer(result.exposed_hazards[index])]
                for index in range(n))
        # Not cancellable from here on: the output file is being replaced, and stopping
        # half-way would leave neither the old nor a complete new one.
        dest_id = self.write_features(parameters, context, fields, QgsWkbTypes.multiType(source.wkbType()),
                                      source.sourceCrs(), settlements.features(n), keep, rows, feedback,
                                      (90, 100), count=n, reuse=True)
        people = result.exposed_population
        feedback.pushInfo(self.tr('{0} of {1} settlements are exposed to at least one hazard; {2}.').format(
            result.exposed_settlements, n,
            self.tr('the number of people exposed is unknown (no population)') if people is None
            else self.tr('{0:,.0f} people live in exposed cells').format(people)))
        self.style_output(context, dest_id, OutputStyle(qml='settlement_exposure.qml'))
        self.remember_doubts(dest_id, doubts)
        return {self.OUTPUT: dest_id,
                self.EXPOSED_SETTLEMENTS: result.exposed_settlements,
                self.EXPOSED_POPULATION: people,
                self.WARNINGS: '\n'.join(doubts)}

    def _layer_name(self, parameters, context):
        layer = self.parameterAsVectorLayer(parameters, self.SETTLEMENTS, context)
        return layer.name() if layer is not None else str(parameters.get(self.SETTLEMENTS))


class _Settlements:
    """The settlements, streamed: their geometries go to the engine as they are read, and
    the output reads the layer again. Only the geometries the engine measured instead of
    the drawn ones (repaired or made valid) are kept, so a large layer is never held as
    features and geometries at once.
    """

    def __init__(self, source, layer_name, id_field, population_field, feedback, decimal='auto'):
        from ..qgis_side.layers import as_float
        from ..qgis_side.names import name_field
        self.as_float = as_float               # imported once here, not once per feature in _check_same
        self.source, self.layer_name, self.id_field = source, layer_name, id_field
        # Settlements are named in messages as a person knows them: the ID field when given, else the
        # layer's name field; the feature id only when the layer has neither.
        self.label_field = id_field or name_field(source)[0]
        self.population_field, self.feedback = population_field, feedback
        self.decimal = decimal                 # DECIMAL: how a text population field writes its numbers
        self.measured = {}                     # feature order -> geometry measured instead of the drawn one
        self.drawn, self.repaired, self.skipped = [], [], []
        self.count = 0
        # Each settlement's feature id (from the first read: the population pass when there is
        # one, else the geometry pass) and a checksum of its drawn geometry, so that later reads
        # can tell they still have the features the engine measured (not only as many).
        self.ids, self.digests = array('q'), array('I')
        # The population field's values from its own pass, when it is used: the geometry and
        # output reads check that each settlement still has the value used (a text field: the text read).
        self.population_index, self.population, self.population_text = -1, None, None

    def tr(self, text):
        """``text`` in this class's context, the one pylupdate5 records ``self.tr('…')`` under here."""
        return QCoreApplication.translate('_Settlements', text)

    def counts(self):
        """Persons per settlement from the population field (one pass without geometries). A text field's
        numbers are read as core.numbers reads a column ("1.000,5", "1 234"): one decimal mark for the field,
        decided from all its cells and logged; text that is no number stops the run, naming it."""
        from ..core.numbers import read_column
        from ..qgis_side.layers import as_float, listing
        fields = self.source.fields()
        index = fields.lookupField(self.population_field)
        if index < 0:
            return None
        text = fields.at(index).type() == FieldType.String
        if not fields.at(index).isNumeric() and not text:
            raise QgsProcessingException(self.tr(
                'Population field "{0}" in "{1}" holds {2}, not numbers. Choose a numeric field '
                'of persons per settlement, or convert it first (Field Calculator: to_real("{0}")).'
            ).format(self.population_field, self.layer_name, fields.at(index).typeName()))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        cells = []
        for feature in self.source.getFeatures(request):
            cells.append(feature.attributes()[index])
            self.ids.append(feature.id())
        if text:
            cells = [None if cell == NULL else cell for cell in cells]
            numbers, convention, bad = read_column(cells, self.population_field, self.layer_name, self.decimal)
            bad += [cell for cell, number in zip(cells, numbers) if number is not None and not math.isfinite(number)]
            if bad:
                raise QgsProcessingException(self.tr(
                    'Population field "{0}" in "{1}" holds {2} value(s) that are not numbers: {3}. Choose a field of '
                    'persons per settlement, or correct those values (an empty one leaves its settlement without a '
                    'population), and run again.').format(
                    self.population_field, self.layer_name, len(bad),
                    listing(sorted({'"{0}"'.format(cell) for cell in bad}))))
            if convention is not None:
                self.feedback.pushInfo(self.tr('Population field "{0}" in "{1}": {2}.').format(
                    self.population_field, self.layer_name, engine_message(convention.reason)))
            counts = [math.nan if number is None else number for number in numbers]
            self.population_text = [str(cell) for cell in cells]
        else:
            counts = [as_float(cell) for cell in cells]
        self.population_index, self.population = index, counts
        if all(math.isnan(c) for c in counts):
            self.feedback.pushWarning(self.tr('Population field "{0}" is empty for every settlement.')
                                      .format(self.population_field))
        return counts

    def geometries(self):
        """Each settlement's polygon as WKB for the engine, or None when it has none usable."""
        from ..qgis_side.layers import measurable_polygon
        from ..qgis_side.names import settlement_label
        for index, feature in enumerate(self.source.getFeatures(QgsFeatureRequest())):
            ResiliencePlannerAlgorithm.stop_if_cancelled(self.feedback)
            self.count = index + 1
            if self.population is None:
                self.ids.append(feature.id())
            self._check_same(index, feature)
            drawn = feature.geometry()
            wkb = _wkb(drawn)                                       # read once: the digest and the engine's
            self.digests.append(_digest(drawn, wkb))
            label = settlement_label(feature, self.label_field, self.id_field, '#{0}'.format(feature.id()))
            usable, state = measurable_polygon(drawn)
            if state == 'drawn':
                self.drawn.append(label)
            elif state == 'repaired':
                self.repaired.append(label)
            if usable is None:
                self.skipped.append(label)
                yield None
                continue
            if state is None and usable.wkbType() == drawn.wkbType():
                yield wkb                               # valid and a polygon as drawn: measured as drawn
                continue
            if not usable.equals(drawn):
                self.measured[index] = usable          # the output shows what was measured
            yield bytes(usable.asWkb())                 # parsed by the engine, no JSON text
        if self.count != len(self.ids):
            raise self._changed(self.tr('{0} features, then {1}').format(len(self.ids), self.count))

    def _check_same(self, index, feature):
        """Stop if this settlement is not the one, or has not the population, read for the engine."""
        if index >= len(self.ids) or feature.id() != self.ids[index]:
            raise self._changed(self.tr('feature {0} was edited, added or deleted').format(feature.id()))
        if self.population is None:
            return
        if self.population_text is not None:
            value = feature.attributes()[self.population_index]
            if str(None if value == NULL else value) != self.population_text[index]:
                raise self._changed(self.tr('the population of feature {0} was edited').format(feature.id()))
            return
        value, used = self.as_float(feature.attributes()[self.population_index]), self.population[index]
        if not (value == used or (math.isnan(value) and math.isnan(used))):
            raise self._changed(self.tr('the population of feature {0} was edited').format(feature.id()))

    def _changed(self, what):
        return QgsProcessingException(self.tr(
            'Settlements layer "{0}" changed while it was being measured ({1}). Run again once it is no '
            'longer being edited.').format(self.layer_name, what))

    def features(self, n):
        """The settlements again, in the same order, with the geometries that were measured."""
        index = -1
        for index, feature in enumerate(self.source.getFeatures(QgsFeatureRequest())):
            if index >= n:
                break
            self._check_same(index, feature)
            if _digest(feature.geometry()) != self.digests[index]:
                raise self._changed(self.tr('feature {0} was edited, added or deleted').format(feature.id()))
            if index in self.measured:
                feature.setGeometry(self.measured[index])
            yield feature
        if index + 1 != n:
            raise self._changed(self.tr('{0} features, then {1}').format(n, index + 1))

    def report(self):
        """Warnings on the geometries that were repaired, measured as drawn or skipped."""
        from ..qgis_side.layers import listing
        feedback, name = self.feedback, self.layer_name
        if self.repaired:
            feedback.pushWarning(self.tr('Repaired {0} invalid settlement geometries with self-crossing '
                                         'rings in "{1}": {2}').format(
                len(self.repaired), name, listing(self.repaired)))
        if self.drawn:
            feedback.pushWarning(self.tr(
                'Measured {0} invalid settlement geometries in "{1}" as drawn (their rings touch or overlap '
                'but none crosses itself; overlapping parts count once): {2}').format(
                len(self.drawn), name, listing(self.drawn)))
        if self.skipped:
            feedback.pushWarning(self.tr(
                'Skipped {0} settlements in "{1}" with empty or unusable geometry (their '
                'statistics are NULL): {2}').format(len(self.skipped), name, listing(self.skipped)))


def _wkb(geometry):
    """A geometry's WKB, or b'' for none."""
    return bytes(geometry.asWkb()) if geometry is not None and not geometry.isNull() else b''


def _digest(geometry, wkb=None):
    """CRC-32 of a geometry's WKB (``wkb`` when it was read already; 0 for none)."""
    wkb = _wkb(geometry) if wkb is None else wkb
    return zlib.crc32(wkb) if wkb else 0
