"""Processing algorithm resilienceplanner:prioritymap."""
import json
import math
import os

from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType, empty_extent, mark_advanced
from ..qgis_side.translation import engine_message
from .base import ResiliencePlannerAlgorithm, decimal_choice, decimal_parameter, typed_source, widget_wrapper

METHOD_KEYS = ('sum', 'product')
MISSING_KEYS = ('reweight', 'zero', 'nodata')
CLASSIFICATION_KEYS = ('quantile', 'equal')
CLASS_BASIS_KEYS = ('settlements', 'cells')


class PriorityMapAlgorithm(ResiliencePlannerAlgorithm):
    """Citywide priorities from hazards, people, vulnerability and access, with an explained ranking."""

    BOUNDARY = 'BOUNDARY'
    CELL_SIZE = 'CELL_SIZE'
    CRS = 'CRS'
    HAZARDS = 'HAZARDS'
    HAZARD_SETTINGS = 'HAZARD_SETTINGS'
    POPULATION = 'POPULATION'
    POPULATION_HIGH = 'POPULATION_HIGH'
    POPULATION_WEIGHT = 'POPULATION_WEIGHT'
    SETTLEMENTS = 'SETTLEMENTS'
    VULNERABILITY_FIELD = 'VULNERABILITY_FIELD'
    VULNERABILITY_WEIGHT = 'VULNERABILITY_WEIGHT'
    BASE_VULNERABILITY = 'BASE_VULNERABILITY'
    FACILITIES = 'FACILITIES'
    ACCESS_FIELD = 'ACCESS_FIELD'
    ACCESS_LOW = 'ACCESS_LOW'
    ACCESS_HIGH = 'ACCESS_HIGH'
    ACCESS_WEIGHT = 'ACCESS_WEIGHT'
    EXCLUDE = 'EXCLUDE'
    METHOD = 'METHOD'
    MISSING = 'MISSING'
    CLASSIFICATION = 'CLASSIFICATION'
    CLASS_BASIS = 'CLASS_BASIS'
    DECIMAL = 'DECIMAL'
    SENSITIVITY_RUNS = 'SENSITIVITY_RUNS'
    SENSITIVITY_SPREAD = 'SENSITIVITY_SPREAD'
    PRIORITY = 'PRIORITY'
    CLASSES = 'CLASSES'
    ZONES = 'ZONES'
    RANKING = 'RANKING'
    SETTLEMENTS_RANKED = 'SETTLEMENTS_RANKED'
    HIGH_PRIORITY_POPULATION = 'HIGH_PRIORITY_POPULATION'
    HIGH_PRIORITY_AREA_KM2 = 'HIGH_PRIORITY_AREA_KM2'
    POPULATION_TOTAL = 'POPULATION_TOTAL'
    #: Shown under "Advanced parameters": the grid (its default cell size and the boundary's UTM zone serve a
    #: first map), the bounds of the secondary criteria (empty: chosen from the data and logged), the exclusion
    #: layer, the missing-data policy, the classes, the decimal mark of numbers written as text and the sensitivity
    #: runs. The inputs, the criteria with their weights, the method and the outputs stay in the main form.
    ADVANCED = (CELL_SIZE, CRS, POPULATION_HIGH, BASE_VULNERABILITY, ACCESS_LOW, ACCESS_HIGH, EXCLUDE, MISSING,
                CLASSIFICATION, CLASS_BASIS, DECIMAL, SENSITIVITY_RUNS, SENSITIVITY_SPREAD)

    def name(self):
        return 'prioritymap'

    def displayName(self):
        return self.tr('Citywide resilience priorities')

    def group(self):
        return self.tr('Priorities')

    def groupId(self):
        return 'priorities'

    def parameter_help(self):
        return {
            self.CRS: self.tr('A projected CRS in metres; empty: the UTM zone of the boundary.'),
            self.HAZARD_SETTINGS: self.tr('One row per hazard: its value function (linear, step or classes), the '
                                          'bounds or class scores it needs, and its weight.'),
            self.POPULATION: self.tr('Persons per cell; scored as density (persons per hectare).'),
            self.POPULATION_HIGH: self.tr('The density (persons per hectare) that scores 1; empty: the 95th '
                                          'percentile.'),
            self.BASE_VULNERABILITY: self.tr('The vulnerability of cells outside every settlement; empty: the '
                                             'lowest settlement\'s.'),
            self.ACCESS_FIELD: self.tr('A distance in metres of the settlements (e.g. from Access to services), '
                                       'used when no facilities are given.'),
            self.ACCESS_HIGH: self.tr('The distance (metres) from which the deficit is full; empty: the 95th '
                                      'percentile.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr('City boundary'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr('Cell size (metres)'), QgsProcessingParameterNumber.Double, 100.0,
            minValue=0.01))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr('Analysis CRS (empty: UTM zone)'), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr('Hazard rasters'), QgsProcessing.TypeRaster, optional=True))
        settings = QgsProcessingParameterMatrix(
            self.HAZARD_SETTINGS, self.tr('Hazard settings'), numberRows=0, hasFixedNumberRows=False,
            headers=[self.tr('Hazard (name or position)'), self.tr('Value function (linear/step/classes)'),
                     self.tr('Low'), self.tr('High'), self.tr('Class scores'), self.tr('Weight')],
            optional=True)
        # The dialog shows a row per chosen hazard, by name, with its function from a list; the value stays
        # this six-column table. Named by its path, so that qgis_process never imports the widget.
        settings.setMetadata(widget_wrapper('HazardSettingsWrapper', self.HAZARDS))
        self.addParameter(settings)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.POPULATION, self.tr('Population raster (persons/cell)'), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.POPULATION_HIGH, self.tr('Population bound (persons/ha)'),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.POPULATION_WEIGHT, self.tr('Population weight'), QgsProcessingParameterNumber.Double, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements (ranked)'), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VULNERABILITY_FIELD, self.tr('Vulnerability field'), parentLayerParameterName=self.SETTLEMENTS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.VULNERABILITY_WEIGHT, self.tr('Vulnerability weight'), QgsProcessingParameterNumber.Double, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BASE_VULNERABILITY, self.tr('Vulnerability outside settlements'),
            QgsProcessingParameterNumber.Double, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr('Facilities (points)'), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ACCESS_FIELD, self.tr('Access field (metres)'),
            parentLayerParameterName=self.SETTLEMENTS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_LOW, self.tr('Access: no deficit up to (metres)'), QgsProcessingParameterNumber.Double,
            0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_HIGH, self.tr('Access: full deficit from (metres)'),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_WEIGHT, self.tr('Access weight'), QgsProcessingParameterNumber.Double, 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXCLUDE, self.tr('Exclude (e.g. water bodies)'), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr('Method'), [self.tr('Weighted sum'), self.tr('Weighted product (geometric)')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.MISSING, self.tr('Missing data'),
            [self.tr('Reweight over the criteria present'), self.tr('Count as score 0'),
             self.tr('No priority for that cell')], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, self.tr('Classes'), [self.tr('City-wide quantiles'), self.tr('Equal intervals')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASS_BASIS, self.tr('Settlement classes (priority_class)'),
            [self.tr('Quintiles of the settlements ranked'), self.tr('The map\'s city-wide classes')],
            defaultValue=0))
        self.addParameter(decimal_parameter())
        self.addParameter(QgsProcessingParameterNumber(
            self.SENSITIVITY_RUNS, self.tr('Sensitivity runs'), QgsProcessingParameterNumber.Integer, 200,
            minValue=0, maxValue=10000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SENSITIVITY_SPREAD, self.tr('Sensitivity spread (0 = fixed weights)'),
            QgsProcessingParameterNumber.Double, 0.2, minValue=0.0, maxValue=0.95))
        self.addParameter(QgsProcessingParameterRasterDestination(self.PRIORITY, self.tr('Priority (0–100)')))
        self.addParameter(QgsProcessingParameterRasterDestination(self.CLASSES, self.tr('Priority classes (1–5)')))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ZONES, self.tr('High-priority zones'), QgsProcessing.TypeVectorPolygon, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.RANKING, self.tr('Settlement priority ranking'), QgsProcessing.TypeVectorPolygon, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.SETTLEMENTS_RANKED, self.tr('Settlements ranked')))
        self.addOutput(QgsProcessingOutputNumber(self.HIGH_PRIORITY_POPULATION,
                                                 self.tr('People in high-priority cells (classes 4-5)')))
        self.addOutput(QgsProcessingOutputNumber(self.HIGH_PRIORITY_AREA_KM2,
                                                 self.tr('High-priority area (km², classes 4-5)')))
        self.addOutput(QgsProcessingOutputNumber(self.POPULATION_TOTAL, self.tr('People on the grid')))
        mark_advanced(self, self.ADVANCED)

    # ------------------------------------------------------------------ run

    def _run(self, parameters, context, feedback):
        import tempfile

        from ..core.exposure import unique_keys
        from ..core.grid import raster_grid
        from ..core.priority import (
            DistanceCriterion,
            RasterCriterion,
            ValueFunction,
            ZoneCriterion,
            analysis_grid,
            commit_outputs,
            discard_outputs,
            high_priority_zones,
            priority_map,
        )
        from ..qgis_side.layers import EngineFeedback, raster_file, utm_crs

        boundary = typed_source(self, parameters, self.BOUNDARY, context, QgsWkbTypes.PolygonGeometry, repairs=True)
        boundary_features = list(boundary.getFeatures())
        if not boundary_features:
            raise QgsProcessingException(self.tr('Boundary layer "{0}" has no features.').format(
                boundary.sourceName()))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = utm_crs(boundary.sourceCrs(), boundary.sourceExtent(), context)
        elif crs.isGeographic() or crs.mapUnits() != QgsUnitTypes.DistanceMeters:
            raise QgsProcessingException(self.tr(
                'The analysis CRS {0} is in {1}, but the cell size and distances are in metres; choose a projected '
                'CRS in metres (or leave it empty for the boundary\'s UTM zone).').format(
                crs.authid() or crs.description(), QgsUnitTypes.toString(crs.mapUnits())))
        feedback.pushInfo(self.tr('Analysis grid CRS: {0} ({1})').format(crs.authid(), crs.description()))
        boundary_polygons = self._polygons(boundary_features, boundary.sourceCrs(), crs, context,
                                           boundary.sourceName(), feedback)
        if not any(boundary_polygons):
            raise QgsProcessingException(self.tr('Boundary layer "{0}" has no usable polygon.').format(
                boundary.sourceName()))
        extent = empty_extent()
        for geometry in boundary_polygons:
            if geometry is not None:
                extent.combineExtentWith(geometry.boundingBox())
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        grid = analysis_grid((extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
                             cell_size, crs.authid() or crs.toWkt())
        feedback.pushInfo(self.tr('Grid: {0} x {1} cells of {2:g} m').format(grid.width, grid.height, cell_size))

        criteria = []
        hazards = self.parameterAsLayerList(parameters, self.HAZARDS, context)
        hazard_paths = [raster_file(layer, feedback.pushInfo) for layer in hazards]
        settlements = typed_source(self, parameters, self.SETTLEMENTS, context, QgsWkbTypes.PolygonGeometry,
                                   optional=True, repairs=True)
        facilities = typed_source(self, parameters, self.FACILITIES, context, QgsWkbTypes.PointGeometry,
                                  optional=True)
        population = self.parameterAsRasterLayer(parameters, self.POPULATION, context)
        vulnerability_field = self.parameterAsString(parameters, self.VULNERABILITY_FIELD, context)
        access_field = self.parameterAsString(parameters, self.ACCESS_FIELD, context)
        fixed = ['population', 'vulnerability', 'access']
        keys = unique_keys([layer.name() for layer in hazards] + fixed, fallback='hazard')
        settings = self._hazard_settings(parameters, context, hazards, feedback.pushInfo)
        for index, (layer, path) in enumerate(zip(hazards, hazard_paths)):
            function, weight = settings[index]
            criteria.append(RasterCriterion(
                keys[index], layer.name(), path, function, weight,
                resampling='nearest' if function.kind == 'classes' else 'bilinear', group='hazard'))
        population_key, vulnerability_key, access_key = keys[len(hazards):]
        if population is not None:
            high = self._optional_number(parameters, self.POPULATION_HIGH, context)
            if high is not None and high <= 0:
                raise QgsProcessingException(self.tr(
                    'The population high bound must be above 0 persons per hectare (got {0:g}); leave it empty to '
                    'use the 95th percentile.').format(high))
            criteria.append(RasterCriterion(
                population_key, population.name(), raster_file(population, feedback.pushInfo),
                ValueFunction('linear', 0.0, high), self.parameterAsDouble(parameters, self.POPULATION_WEIGHT, context),
                resampling='sum', group='population'))

        features, settlement_polygons = [], None
        if settlements is not None:
            features = list(settlements.getFeatures(QgsFeatureRequest()))
            if not features:
                raise QgsProcessingException(self.tr('Settlements layer "{0}" has no features.').format(
                    settlements.sourceName()))
            settlement_polygons = self._polygons(features, settlements.sourceCrs(), crs, context,
                                                 settlements.sourceName(), feedback)
        elif vulnerability_field or access_field:
            raise QgsProcessingException(self.tr(
                'A vulnerability or access field was chosen but no settlements layer: choose the settlements.'))
        if vulnerability_field:
            values = self._field_values(features, vulnerability_field, settlements.sourceName(),
                                        decimal_choice(self, parameters, context), feedback)
            criteria.append(ZoneCriterion(
                vulnerability_key, vulnerability_field, values, None,
                self.parameterAsDouble(parameters, self.VULNERABILITY_WEIGHT, context),
                self._optional_number(parameters, self.BASE_VULNERABILITY, context), group='vulnerability'))
        access_function = ValueFunction(
            'linear', self.parameterAsDouble(parameters, self.ACCESS_LOW, context),
            self._optional_number(parameters, self.ACCESS_HIGH, context))
        if (access_function.high is not None and access_function.high <= access_function.low):
            raise QgsProcessingException(self.tr(
                'Access: the full-deficit distance ({0:g} m) must be larger than the no-deficit distance '
                '({1:g} m).').format(access_function.high, access_function.low))
        access_weight = self.parameterAsDouble(parameters, self.ACCESS_WEIGHT, context)
        if facilities is not None:
            if access_field:
                feedback.pushWarning(self.tr('Both facilities and an access field were given: distances to the '
                                             'facilities are used.'))
            points = self._points(facilities, crs, context)
            if not points:
                raise QgsProcessingException(self.tr('Facilities layer "{0}" has no point.').format(
                    facilities.sourceName()))
            criteria.append(DistanceCriterion(access_key, self.tr('distance to {0}').format(
                                              _facilities_name(self, parameters, context, facilities)),
                                              points, access_function, access_weight))
        elif access_field:
            values = self._field_values(features, access_field, settlements.sourceName(),
                                        decimal_choice(self, parameters, context), feedback)
            criteria.append(ZoneCriterion(access_key, access_field, values, access_function, access_weight,
                                          None, group='access'))
        # What each criterion was, recorded in the ranking (names.CRITERIA_FIELD) for the explorer's and the
        # report's labels: the hazard layer's name, the vulnerability field, the facilities layer, the access field.
        self._criteria_record = [
            [c.key, 'access' if isinstance(c, DistanceCriterion) else 'access_field' if c.group == 'access' else
             c.group, _facilities_name(self, parameters, context, facilities) if isinstance(c, DistanceCriterion)
             else c.name] for c in criteria]
        if not criteria:
            raise QgsProcessingException(self.tr(
                'No criterion: give hazard rasters, a population raster, settlements with a vulnerability or '
                'access field, or facilities.'))
        self._check_overlap(criteria, grid, raster_grid)

        exclude = typed_source(self, parameters, self.EXCLUDE, context, QgsWkbTypes.PolygonGeometry, optional=True,
                               repairs=True)
        exclude_polygons = None
        if exclude is not None:
            exclude_polygons = [bytes(g.asWkb()) for g in self._polygons(
                list(exclude.getFeatures()), exclude.sourceCrs(), crs, context, exclude.sourceName(), feedback)
                if g is not None]

        method = METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)]
        missing = MISSING_KEYS[self.parameterAsEnum(parameters, self.MISSING, context)]
        classification = CLASSIFICATION_KEYS[self.parameterAsEnum(parameters, self.CLASSIFICATION, context)]
        class_basis = CLASS_BASIS_KEYS[self.parameterAsEnum(parameters, self.CLASS_BASIS, context)]
        priority_path = self._destination(parameters, self.PRIORITY, context)
        classes_path = self._destination(parameters, self.CLASSES, context)
        self._check_destinations(parameters, context, priority_path, classes_path)
        work_dir = tempfile.mkdtemp(prefix='prioritymap_', dir=QgsProcessingUtils.tempFolder())
        engine = EngineFeedback(feedback, 0, 85)
        result, zones_path, _ = priority_map(
            grid, [bytes(g.asWkb()) for g in boundary_polygons if g is not None], criteria, priority_path,
            classes_path, settlements=[bytes(g.asWkb()) if g is not None else None for g in settlement_polygons]
            if settlement_polygons is not None else None,
            exclude=exclude_polygons, method=method, missing=missing, classification=classification,
            class_basis=class_basis,
            sensitivity_runs=self.parameterAsInt(parameters, self.SENSITIVITY_RUNS, context),
            sensitivity_spread=self.parameterAsDouble(parameters, self.SENSITIVITY_SPREAD, context),
            work_dir=work_dir, progress=engine.progress, cancelled=engine.cancelled, log=feedback.pushInfo,
            commit=False)
        self._report(result, feedback)
        feedback.setProgress(90)
        # Past this point the outputs are written: cancel is no longer honoured, so that no
        # output is left half-written. The rasters replace their destinations last, once the
        # vector outputs are written, so a failure leaves what the user had.
        try:
            zones_id = None
            if parameters.get(self.ZONES) is not None:
                zones = high_priority_zones(result, zones_path)
                zones_id = self._write_zones(parameters, context, zones, crs)
            outputs = {self.PRIORITY: priority_path, self.CLASSES: classes_path, self.ZONES: zones_id,
                       self.HIGH_PRIORITY_POPULATION: _number(result.high_population),
                       self.HIGH_PRIORITY_AREA_KM2: result.high_cells * result.cell_area / 1e6,
                       self.POPULATION_TOTAL: _number(result.population_total),
                       self.SETTLEMENTS_RANKED: 0}
            if settlements is not None and parameters.get(self.RANKING) is not None:
                ranking_id = self._write_ranking(parameters, context, settlements, features, result, feedback)
                outputs[self.RANKING] = ranking_id
                outputs[self.SETTLEMENTS_RANKED] = int((result.rank == result.rank).sum())
            commit_outputs(result)
        except BaseException:
            discard_outputs(result)
            raise
        self._style(context, outputs, result)
        feedback.setProgress(100)
        return outputs

    # ------------------------------------------------------------------ inputs

    def _polygons(self, features, source_crs, crs, context, name, feedback):
        """Each feature's polygon(s) in ``crs`` as measured by the engine, or None."""
        from ..qgis_side.layers import geometries_in, listing, measurable_polygon
        out, problems = [], []
        for feature, geometry in zip(features, geometries_in(features, source_crs, crs, context)):
            if geometry is None:
                out.append(None)
                problems.append('#{0}'.format(feature.id()))
                continue
            usable, state = measurable_polygon(geometry)
            if state in ('skipped', 'repaired'):
                problems.append('#{0}'.format(feature.id()))
            out.append(usable)
        if problems:
            feedback.pushWarning(self.tr('{0} feature(s) of "{1}" had empty, null or self-crossing geometries '
                                         '(repaired where possible): {2}').format(len(problems), name,
                                                                                  listing(problems)))
        return out

    def _points(self, source, crs, context):
        from ..qgis_side.layers import geometries_in
        points = []
        for geometry in geometries_in(list(source.getFeatures()), source.sourceCrs(), crs, context):
            if geometry is None:
                continue
            for vertex in geometry.vertices():
                points.append((vertex.x(), vertex.y()))
        return points

    def _field_values(self, features, field, layer_name, decimal, feedback):
        """A settlement field's values as floats, NaN where missing: numbers typed as text ("0,81", "1.234,5")
        are read as core.numbers reads a column (one decimal mark for the field, ``decimal`` or decided from all
        its cells, and logged); text that is no number stops the run, naming it."""
        import numpy as np

        from ..core.numbers import read_column
        from ..qgis_side.layers import listing
        if features and features[0].fields().lookupField(field) < 0:
            numeric = [f.name() for f in features[0].fields() if f.isNumeric()]
            raise QgsProcessingException(self.tr('Field "{0}" is not in "{1}". Its numeric fields are: {2}.').format(
                field, layer_name, listing(numeric, 30) or self.tr('none')))
        cells = [None if feature[field] == NULL else feature[field] for feature in features]
        numbers, convention, bad = read_column(cells, field, layer_name, decimal)
        bad += [cell for cell, number in zip(cells, numbers) if number is not None and not math.isfinite(number)]
        if bad:
            raise QgsProcessingException(self.tr(
                'Field "{0}" of "{1}" has {2} value(s) that are not numbers: {3}. Correct them, or empty them to '
                'leave those settlements without a value, and run again.').format(
                field, layer_name, len(bad), listing(sorted({'"{0}"'.format(cell) for cell in bad}))))
        if convention is not None:
            feedback.pushInfo(self.tr('Field "{0}" in "{1}": {2}.').format(field, layer_name,
                                                                          engine_message(convention.reason)))
        return np.array([math.nan if number is None else number for number in numbers])

    def _optional_number(self, parameters, name, context):
        value = parameters.get(name)
        if value is None or value == '' or value == NULL:
            return None
        return self.parameterAsDouble(parameters, name, context)

    def _hazard_settings(self, parameters, context, hazards, log=None):
        """(ValueFunction, weight) per hazard from the settings table; ``log`` is told which hazard each
        row went to (a row names its hazard by layer name or by position)."""
        from ..core.priority import ValueFunction, value_function
        from ..qgis_side.layers import listing
        matrix = self.parameterAsMatrix(parameters, self.HAZARD_SETTINGS, context)
        if all(v is None or v == NULL or str(v).strip() == '' for v in matrix):
            matrix = []
        if len(matrix) % 6:
            raise QgsProcessingException(self.tr(
                'The hazard settings table must have 6 columns (hazard, value function, low, high, class scores, '
                'weight); it has {0} values.').format(len(matrix)))
        if matrix and not hazards:
            raise QgsProcessingException(self.tr(
                'The hazard settings table has rows but no hazard raster was chosen: choose the hazard layers '
                'or empty the table.'))
        settings = [(ValueFunction('linear', 0.0, None), 1.0) for _ in hazards]
        seen = set()
        names = [layer.name() for layer in hazards]
        for row in range(len(matrix) // 6):
            label, kind, low, high, classes, weight = [
                None if v is None or v == NULL else str(v).strip() for v in matrix[row * 6:row * 6 + 6]]
            index = _hazard_index(label, names)
            if index is None:
                raise QgsProcessingException(self.tr(
                    'Hazard settings row {0} names "{1}", which is not one of the hazard layers ({2}). Use a '
                    'layer name or its position (1 = first).').format(row + 1, label, listing(names)))
            if index in seen:
                raise QgsProcessingException(self.tr('Hazard "{0}" has two rows in the hazard settings.').format(
                    names[index]))
            seen.add(index)
            if log is not None:
                log(self.tr('Hazard settings row {0} ("{1}") is hazard {2} "{3}": {4}, weight {5}.').format(
                    row + 1, label or '', index + 1, names[index], kind or 'linear', weight or '1'))
            function = value_function(kind, low, high, classes, names[index], decimal_choice(self, parameters, context),
                                      None if log is None else lambda message: log(engine_message(message)))
            if function.kind == 'linear' and function.high is not None and function.high == function.low:
                raise QgsProcessingException(self.tr('Hazard "{0}": Low and High are equal ({1:g}); use a step '
                                                     'function for a threshold.').format(names[index], function.low))
            try:
                weight = 1.0 if weight in (None, '') else float(weight)
            except ValueError:
                raise QgsProcessingException(self.tr('Hazard "{0}": the weight "{1}" is not a number.').format(
                    names[index], weight)) from None
            if not weight >= 0 or not math.isfinite(weight):
                raise QgsProcessingException(self.tr('Hazard "{0}": the weight must be zero or more.').format(
                    names[index]))
            settings[index] = (function, weight)
        self._refuse_classed_without_settings(hazards, seen)
        return settings

    def _refuse_classed_without_settings(self, hazards, given):
        """A classed hazard without a settings row would be scored linearly by its class codes, so that
        "Not flooded" (4) scores above "High" (1): refuse it with its classes and the row to write."""
        from ..core.rules import raster_classes
        from ..qgis_side.hazards import class_names
        from ..qgis_side.layers import raster_file
        for index, layer in enumerate(hazards):
            if index in given:
                continue
            classes = raster_classes(raster_file(layer), names=class_names(layer))
            if classes is None:
                continue
            example = '; '.join('{0:g}:?'.format(code) for code in classes.codes[:6])
            raise QgsProcessingException(self.tr(
                'Hazard "{0}" is a classed raster ({1}; classes {2}). Scored linearly, its highest class code would '
                'get the highest score, whatever the class means. Give it a row in the hazard settings with the '
                'value function "classes" and a score from 0 to 1 for each class, e.g. "{3}" (write "other:0" to '
                'score every class not listed).').format(layer.name(), engine_message(classes.reason),
                                                         engine_message(classes.listing()), example))

    def _check_overlap(self, criteria, grid, raster_grid):
        """Stop when a raster criterion does not reach the analysis grid at all."""
        from rasterio.warp import transform_bounds

        from ..core.priority import RasterCriterion
        xmin, ymin, xmax, ymax = grid.bounds
        for criterion in criteria:
            if not isinstance(criterion, RasterCriterion):
                continue
            own = raster_grid(criterion.path, criterion.name)
            bx0, by0, bx1, by1 = transform_bounds(own.crs, grid.crs, *own.bounds, densify_pts=21)
            if bx1 <= xmin or bx0 >= xmax or by1 <= ymin or by0 >= ymax:
                raise QgsProcessingException(self.tr(
                    'Raster "{0}" does not overlap the boundary (its extent in {1} is {2:.6g}, {3:.6g} to {4:.6g}, '
                    '{5:.6g}). Check that it covers the same city and that both layers have the right CRS.').format(
                    criterion.name, grid.crs.to_string(), bx0, by0, bx1, by1))

    def _check_destinations(self, parameters, context, priority_path, classes_path):
        """Refuse, before any work, two rasters written to one file (the folders and GeoPackages are
        checked for every algorithm, by check_destinations)."""
        if os.path.abspath(priority_path) == os.path.abspath(classes_path):
            raise QgsProcessingException(self.tr(
                'PRIORITY and CLASSES are the same file ({0}); give them different names.').format(priority_path))

    def _destination(self, parameters, name, context):
        path = self.parameterAsOutputLayer(parameters, name, context)
        if os.path.splitext(path)[1].lower() not in ('.tif', '.tiff'):
            raise QgsProcessingException(self.tr('{0} must be saved as a GeoTIFF (.tif); "{1}" is not.').format(
                name, path))
        return path

    # ------------------------------------------------------------------ outputs

    def _report(self, result, feedback):
        if result.method == 'product':
            feedback.pushInfo(self.tr('Method: weighted product. Criteria, value functions and weights (normalised):'))
        else:
            feedback.pushInfo(self.tr('Method: weighted sum. Criteria, value functions and weights (normalised):'))
        for name, key, function, weight in zip(result.names, result.keys, result.functions, result.weights):
            feedback.pushInfo(self.tr('  {0} [{1}]: {2}; weight {3:.3f}').format(
                name, key, function.describe(), weight))
        feedback.pushInfo(self.tr('Class breaks (priority 0-100): {0}').format(
            ', '.join('{0:.2f}'.format(b) for b in result.breaks)))
        for note in result.notes:
            feedback.pushWarning(engine_message(note))

    def _write_zones(self, parameters, context, zones, crs):
        from ..qgis_side.layers import to_attribute
        fields = QgsFields()
        for name, kind in (('zone_id', FieldType.Int), ('part', FieldType.Int), ('parts', FieldType.Int),
                           ('area_ha', FieldType.Double), ('population', FieldType.Double),
                           ('priority_mean', FieldType.Double)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.ZONES, context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.ZONES))
        for zone in zones:
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(zone['geometry'])
            feature.setGeometry(geometry)
            feature.setAttributes([zone['zone'], zone['part'], zone['parts'], round(zone['area_m2'] / 10000.0, 4),
                                   to_attribute(zone['population']), to_attribute(zone['priority_mean'])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _write_ranking(self, parameters, context, settlements, features, result, feedback):
        from ..qgis_side.layers import merged_fields, to_attribute, to_integer
        from ..qgis_side.names import CRITERIA_FIELD
        score_fields = ['s_' + key for key in result.keys]
        new_fields = [(name, FieldType.Double) for name in score_fields] + [
            ('priority_mean', FieldType.Double), ('priority_max', FieldType.Double), ('priority_class', FieldType.Int),
            ('priority_rank', FieldType.Int), ('priority_completeness', FieldType.Double),
            ('driver_1', FieldType.String), ('driver_1_share', FieldType.Double),
            ('driver_2', FieldType.String), ('driver_2_share', FieldType.Double),
            ('grid_population', FieldType.Double), ('rank_p05', FieldType.Double), ('rank_p95', FieldType.Double),
            ('rank_stable', FieldType.Int), ('priority_settings', FieldType.String),
            ('priority_functions', FieldType.String), (CRITERIA_FIELD, FieldType.String)]
        fields, keep = merged_fields(settlements.fields(), new_fields, feedback)
        # Compact, so that it fits a shapefile's 254 characters for the usual criteria.
        settings = json.dumps({'method': result.method, 'missing': result.missing, 'keys': result.keys,
                               'weights': [round(float(w), 6) for w in result.weights],
                               'runs': self.parameterAsInt(parameters, self.SENSITIVITY_RUNS, context),
                               'spread': self.parameterAsDouble(parameters, self.SENSITIVITY_SPREAD, context),
                               'cell': self.parameterAsDouble(parameters, self.CELL_SIZE, context)},
                              separators=(',', ':'))
        # The value functions, for the report's method page (a field of its own, so that a shapefile cutting
        # long text cuts this and not the settings the explorer reads).
        functions = '; '.join('{0}: {1}'.format(key, f.describe()) for key, f in zip(result.keys, result.functions))
        criteria = json.dumps(getattr(self, '_criteria_record', []), ensure_ascii=False, separators=(',', ':'))
        drivers = result.drivers(2)
        rows = []
        for index in range(len(features)):
            ranked = result.rank[index] == result.rank[index]
            pair = drivers[index] if ranked else []
            pair = pair + [(None, None)] * (2 - len(pair))
            rows.append([to_attribute(v) for v in result.criteria_means[index]] + [
                to_attribute(result.priority_mean[index]), to_attribute(result.priority_max[index]),
                to_integer(result.priority_class[index]), to_integer(result.rank[index]),
                to_attribute(result.completeness[index]),
                pair[0][0] or NULL, to_attribute(pair[0][1]), pair[1][0] or NULL, to_attribute(pair[1][1]),
                to_attribute(result.population[index]), to_attribute(result.rank_p05[index]),
                to_attribute(result.rank_p95[index]), to_integer(result.rank_stable[index]),
                settings if ranked else NULL, functions if ranked else NULL, criteria if ranked else NULL])
        sink, dest_id = self.parameterAsSink(parameters, self.RANKING, context, fields,
                                             QgsWkbTypes.multiType(settlements.wkbType()), settlements.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.RANKING))
        for feature, row in zip(features, rows):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([feature.attributes()[i] for i in keep] + row)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _style(self, context, outputs, result):
        """Each output's style (see style_output): the priority ramp over the priorities the map holds."""
        from ..qgis_side.styles import (
            OutputStyle,
            classes_renderer,
            priority_renderer,
            ranking_renderer,
            zones_renderer,
        )
        breaks = [float(b) for b in result.breaks]
        low, high, middle = result.lowest, result.highest, result.ramp_values
        styles = {self.PRIORITY: OutputStyle(renderer=lambda layer: priority_renderer(layer, low, high, middle)),
                  self.CLASSES: OutputStyle(renderer=lambda layer: classes_renderer(layer, breaks)),
                  self.ZONES: OutputStyle(renderer=lambda layer: zones_renderer()),
                  self.RANKING: OutputStyle(renderer=lambda layer: ranking_renderer())}
        for name, style in styles.items():
            if outputs.get(name):
                self.style_output(context, outputs[name], style, raster=name in (self.PRIORITY, self.CLASSES))


def _facilities_name(algorithm, parameters, context, source):
    """The facilities layer's name as the user sees it (a GeoPackage layer's own name, not the file's)."""
    from ..qgis_side.layers import layer_label
    layer = algorithm.parameterAsVectorLayer(parameters, algorithm.FACILITIES, context)
    return layer_label(layer) if layer is not None else source.sourceName()


def _hazard_index(label, names):
    if label is None or label == '':
        return 0 if len(names) == 1 else None
    for index, name in enumerate(names):
        if name == label:
            return index
    lowered = [name.lower() for name in names]
    if label.lower() in lowered:
        return lowered.index(label.lower())
    try:
        position = float(label)          # "2", or "2.0" when a tool passed the table as numbers
    except ValueError:
        return None
    if position.is_integer() and 1 <= position <= len(names):
        return int(position) - 1
    return None


def _number(value):
    return None if value is None or value != value else float(value)
