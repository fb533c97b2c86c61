"""Processing algorithm resilienceplanner:energyaccess."""
import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType
from ..qgis_side.layers import geometries_in, line_parts, merged_fields, metric_crs, to_attribute, to_metres
from ..qgis_side.styles import OutputStyle, energy_renderer
from .base import ResiliencePlannerAlgorithm, typed_source


class EnergyAccessAlgorithm(ResiliencePlannerAlgorithm):
    """Which settlements the grid can reach, and which need mini-grids or solar."""

    SETTLEMENTS = 'SETTLEMENTS'
    GRID = 'GRID'
    SUBSTATIONS = 'SUBSTATIONS'
    ELECTRICITY_FIELD = 'ELECTRICITY_FIELD'
    POPULATION_FIELD = 'POPULATION_FIELD'
    GRID_DISTANCE = 'GRID_DISTANCE'
    EXTENSION_DISTANCE = 'EXTENSION_DISTANCE'
    MINIGRID_MIN_POPULATION = 'MINIGRID_MIN_POPULATION'
    OUTPUT = 'OUTPUT'

    def name(self):
        return 'energyaccess'

    def displayName(self):
        return self.tr('Energy access options')

    def group(self):
        return self.tr('Access')

    def groupId(self):
        return 'access'

    def parameter_help(self):
        return {
            self.ELECTRICITY_FIELD: self.tr('The share of households with electricity, 0–1 or 0–100.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GRID, self.tr('Power lines'), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUBSTATIONS, self.tr('Substations'), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ELECTRICITY_FIELD, self.tr('Electricity field (share)'),
            parentLayerParameterName=self.SETTLEMENTS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr('Population field'), parentLayerParameterName=self.SETTLEMENTS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_DISTANCE, self.tr('Grid distance (m)'), QgsProcessingParameterNumber.Double, 500.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.EXTENSION_DISTANCE, self.tr('Grid extension distance (m)'), QgsProcessingParameterNumber.Double,
            3000.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MINIGRID_MIN_POPULATION, self.tr('Mini-grid minimum population'),
            QgsProcessingParameterNumber.Double, 2000.0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Energy access options'), QgsProcessing.TypeVectorPolygon))

    def _run(self, parameters, context, feedback):
        import numpy as np  # only when the algorithm runs: QGIS starts faster

        from ..core.access import densify, settlement_facility_distance
        from ..core.coverage import Rings
        from ..core.energy import OPTIONS, energy_options

        settlements = typed_source(self, parameters, self.SETTLEMENTS, context, QgsWkbTypes.PolygonGeometry)
        grid = typed_source(self, parameters, self.GRID, context, QgsWkbTypes.LineGeometry)
        substations = typed_source(self, parameters, self.SUBSTATIONS, context, QgsWkbTypes.PointGeometry,
                                   optional=True)
        features = list(settlements.getFeatures())
        if not features:
            raise QgsProcessingException(self.tr('The settlements layer has no features.'))
        work = metric_crs(settlements.sourceCrs(), settlements.sourceExtent(), context)
        feedback.pushInfo(self.tr('Distances are measured in {0} ({1}).').format(work.authid(), work.description()))

        wkb = [None if g is None else bytes(g.asWkb())
               for g in geometries_in(features, settlements.sourceCrs(), work, context)]
        rings = Rings(wkb)
        self.stop_if_cancelled(feedback)
        # Power lines as points every 10 m: distances are exact to within 5 m.
        line_points = [densify(part, 10.0) for g in geometries_in(grid.getFeatures(), grid.sourceCrs(), work, context)
                       for part in line_parts(g) if len(part) >= 2]
        if not line_points:
            raise QgsProcessingException(self.tr('The power line layer has no lines.'))
        grid_distance_m = settlement_facility_distance(rings, np.vstack(line_points))
        grid_distance_m[[g is None for g in wkb]] = np.nan
        substation_distance = None
        if substations is not None:
            points = [(part.x(), part.y())
                      for g in geometries_in(substations.getFeatures(), substations.sourceCrs(), work, context)
                      if g is not None for part in g.constParts()]
            substation_distance = settlement_facility_distance(rings, np.array(points, dtype=np.float64))
        feedback.setProgress(60)

        electricity = self._numbers(parameters, self.ELECTRICITY_FIELD, context, features)
        if np.nanmax(np.r_[electricity, 0]) > 1:
            feedback.pushInfo(self.tr('Electricity values above 1: read as percentages.'))
            electricity = electricity / 100.0
        population = self._numbers(parameters, self.POPULATION_FIELD, context, features)
        if np.all(np.isnan(population)):
            feedback.pushWarning(self.tr('No population: settlements beyond the grid distance get '
                                         'standalone_solar (the population tests cannot pass).'))
        options, reasons = energy_options(
            grid_distance_m, population, electricity,
            self.parameterAsDouble(parameters, self.GRID_DISTANCE, context),
            self.parameterAsDouble(parameters, self.EXTENSION_DISTANCE, context),
            self.parameterAsDouble(parameters, self.MINIGRID_MIN_POPULATION, context))
        for option in OPTIONS:
            feedback.pushInfo('{0}: {1}'.format(option, options.count(option)))
        self.stop_if_cancelled(feedback)

        new_fields = [('grid_dist_m', FieldType.Double), ('energy_option', FieldType.String),
                      ('energy_reason', FieldType.String)]
        if substation_distance is not None:
            new_fields.append(('substation_dist_m', FieldType.Double))
        fields, keep = merged_fields(settlements.fields(), new_fields, feedback)
        rows = [[to_metres(grid_distance_m[index]), options[index] or to_attribute(None), reasons[index]]
                + ([] if substation_distance is None else [to_metres(substation_distance[index])])
                for index in range(len(features))]
        dest_id = self.write_features(parameters, context, fields, QgsWkbTypes.multiType(settlements.wkbType()),
                                      settlements.sourceCrs(), features, keep, rows)
        self.style_output(context, dest_id, OutputStyle(renderer=lambda layer: energy_renderer()))
        return {self.OUTPUT: dest_id}

    def _numbers(self, parameters, name, context, features):
        import numpy as np  # only when the algorithm runs: QGIS starts faster
        field = self.parameterAsString(parameters, name, context)
        if not field:
            return np.full(len(features), np.nan)
        values = []
        for feature in features:
            value = feature[field]
            try:
                values.append(float(value) if value is not None and str(value) != 'NULL' else math.nan)
            except (TypeError, ValueError):
                values.append(math.nan)
        return np.array(values)


