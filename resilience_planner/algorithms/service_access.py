"""Processing algorithm resilienceplanner:serviceaccess."""
import math

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType
from ..qgis_side.translation import engine_message
from .base import ResiliencePlannerAlgorithm, typed_source


class ServiceAccessAlgorithm(ResiliencePlannerAlgorithm):
    """Distance from settlements to services, straight and along roads, with and without a hazard."""

    SETTLEMENTS = 'SETTLEMENTS'
    FACILITIES = 'FACILITIES'
    FACILITY_TYPE_FIELD = 'FACILITY_TYPE_FIELD'
    ROADS = 'ROADS'
    HAZARD = 'HAZARD'
    THRESHOLD = 'THRESHOLD'
    MAX_DISTANCE = 'MAX_DISTANCE'
    SNAP_TOLERANCE = 'SNAP_TOLERANCE'
    OUTPUT = 'OUTPUT'
    SETTLEMENTS_LOSING_ACCESS = 'SETTLEMENTS_LOSING_ACCESS'

    def name(self):
        return 'serviceaccess'

    def displayName(self):
        return self.tr('Access to services')

    def group(self):
        return self.tr('Access')

    def groupId(self):
        return 'access'

    def parameter_help(self):
        return {
            self.THRESHOLD: self.tr('A number (exposed where the value is at least it, e.g. 0.5), a comparison (<=2) '
                                    'or classes (=1|2). Empty: any value above 0.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr('Facilities'), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_TYPE_FIELD, self.tr('Facility type field'), parentLayerParameterName=self.FACILITIES,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr('Roads'), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.HAZARD, self.tr('Hazard raster'), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLD, self.tr('Hazard exposure rule'), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, self.tr('Maximum distance (m)'), QgsProcessingParameterNumber.Double,
            defaultValue=10000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr('Road snapping tolerance (m)'), QgsProcessingParameterNumber.Double,
            defaultValue=1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Access to services'), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(
            self.SETTLEMENTS_LOSING_ACCESS, self.tr('Settlements that lose access to a facility type')))

    def _run(self, parameters, context, feedback):
        import numpy as np  # only when the algorithm runs: QGIS starts faster

        from ..core.access import build_graph, edges_exposed, service_access, settlement_facility_distance
        from ..core.coverage import Rings
        from ..core.exposure import unique_keys
        from ..core.grid import sample_points
        from ..qgis_side.layers import (
            geometries_in,
            line_parts,
            merged_fields,
            metric_crs,
            raster_file,
            to_integer,
            to_metres,
        )
        from ..qgis_side.styles import OutputStyle, access_renderer

        settlements = typed_source(self, parameters, self.SETTLEMENTS, context, QgsWkbTypes.PolygonGeometry)
        facilities = typed_source(self, parameters, self.FACILITIES, context, QgsWkbTypes.PointGeometry)
        roads = typed_source(self, parameters, self.ROADS, context, QgsWkbTypes.LineGeometry, optional=True)
        hazard_layer = self.parameterAsRasterLayer(parameters, self.HAZARD, context)
        hazard_path = raster_file(hazard_layer, feedback.pushInfo) if hazard_layer is not None else None
        rule, doubts = None, []
        if hazard_path is not None:
            from ..qgis_side.hazards import exposure_rules
            rule, = exposure_rules([hazard_layer], [hazard_path], self.parameterAsString(
                parameters, self.THRESHOLD, context), feedback.pushInfo, feedback.pushWarning, doubts)
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        type_field = self.parameterAsString(parameters, self.FACILITY_TYPE_FIELD, context) or None
        if max_distance == 0:
            max_distance = math.inf                 # 0 means no limit, as the help says

        features = list(settlements.getFeatures())
        if not features:
            raise QgsProcessingException(self.tr('The settlements layer has no features.'))
        work = metric_crs(settlements.sourceCrs(), settlements.sourceExtent(), context)
        feedback.pushInfo(self.tr('Distances are measured in {0} ({1}).').format(work.authid(), work.description()))
        shapes = geometries_in(features, settlements.sourceCrs(), work, context)
        rings = Rings([None if g is None else bytes(g.asWkb()) for g in shapes])
        inside = [None if g is None else g.pointOnSurface().asPoint() for g in shapes]
        starts = np.array([(math.nan, math.nan) if p is None else (p.x(), p.y()) for p in inside],
                          dtype=np.float64).reshape(-1, 2)

        groups = {}
        untyped = 0
        layer = self.parameterAsVectorLayer(parameters, self.FACILITIES, context)
        one_type = layer.name() if layer is not None else 'facility'
        facility_features = list(facilities.getFeatures())
        for feature, geometry in zip(facility_features, geometries_in(facility_features, facilities.sourceCrs(),
                                                                      work, context)):
            if geometry is None:
                continue
            value = feature[type_field] if type_field else one_type
            if type_field and (value is None or value == NULL or str(value).strip() == ''):
                untyped += 1
                value = NO_TYPE
            for part in geometry.constParts():
                groups.setdefault(str(value), []).append((part.x(), part.y()))
        if not groups:
            raise QgsProcessingException(self.tr('The facilities layer has no points.'))
        names = sorted(groups, key=lambda name: (name == NO_TYPE, name))       # untyped last
        keys = unique_keys(['untyped' if n == NO_TYPE else n for n in names], fallback='type', digit_prefix='t_')
        if untyped:
            feedback.pushWarning(self.tr('{0} facilities have no type; their fields start with "{1}_".').format(
                untyped, keys[-1]))
        feedback.pushInfo(self.tr('Facility types: {0}').format(
            ', '.join('{0} ({1}) → {2}_*'.format(n, len(groups[n]), k) for n, k in zip(names, keys))))

        graph = None
        if roads is not None:
            lines = [part for geometry in geometries_in(roads.getFeatures(), roads.sourceCrs(), work, context)
                     for part in line_parts(geometry)]
            graph = build_graph(lines, tolerance)
            feedback.pushInfo(self.tr('Road network: {0:,} junctions and vertices, {1:,} segments.').format(
                len(graph.nodes), len(graph.length)))
            for note in graph.notes:
                feedback.pushWarning(engine_message(note))
            if np.isfinite(starts).all(axis=1).any():
                _, link = graph.nearest_node(starts[np.isfinite(starts).all(axis=1)])
                far = int((link > max_distance).sum())
                if far:
                    feedback.pushWarning(self.tr('{0} settlements are farther than the maximum distance from '
                                                 'any road.').format(far))
        else:
            feedback.pushWarning(self.tr('No roads: only straight-line distances are computed; the network '
                                         'fields stay NULL.'))
        feedback.setProgress(30)

        def exposed(points):
            return rule.mask(sample_points(hazard_path, points, work.toWkt(), hazard_layer.name()))

        edges_out = None
        if hazard_path is not None and graph is not None:
            # Every half cell along each segment, so that a narrow flooded strip is not stepped over.
            edges_out = edges_exposed(graph, exposed, _half_cell_metres(hazard_layer, work, context))
            feedback.pushInfo(self.tr('{0:,} of {1:,} road segments are cut by the hazard.').format(
                int(edges_out.sum()), len(edges_out)))

        columns, results = [], []
        for step, (name, key) in enumerate(zip(names, keys)):
            self.stop_if_cancelled(feedback)
            points = np.array(groups[name], dtype=np.float64)
            straight = settlement_facility_distance(rings, points)
            if np.all(straight > max_distance):
                feedback.pushWarning(self.tr('No "{0}" facility lies within {1:,.0f} m of any settlement.').format(
                    name, max_distance))
            if graph is None:
                network = hazard = np.full(len(features), np.nan)
                lost = np.full(len(features), np.nan)
            else:
                out = exposed(points) if hazard_path is not None else None
                if out is not None and out.any():
                    feedback.pushInfo(self.tr('{0}: {1} of {2} facilities are out of service during the hazard.')
                                      .format(name, int(out.sum()), len(points)))
                usable = np.isfinite(starts).all(axis=1)
                network = np.full(len(features), np.inf)
                hazard = np.full(len(features), np.inf)
                if usable.any():
                    result = service_access(graph, starts[usable], straight[usable], points, out, edges_out,
                                            max_distance)
                    network[usable], hazard[usable] = result.network, result.network_hazard
                lost = (np.isfinite(network) & ~np.isfinite(hazard)).astype(np.float64)
                lost[~usable] = np.nan
                feedback.pushInfo(self.tr('{0}: {1} settlements lose access during the hazard.').format(
                    name, int(np.nansum(lost))))
            columns.append((key, straight, network, hazard, lost))
            results.append(lost)
            feedback.setProgress(30 + 60 * (step + 1) / len(names))

        new_fields = []
        for key, *_ in columns:
            new_fields += [('{0}_dist_m'.format(key), FieldType.Double),
                           ('{0}_network_m'.format(key), FieldType.Double),
                           ('{0}_network_hazard_m'.format(key), FieldType.Double),
                           ('{0}_access_lost'.format(key), FieldType.Int)]
        self.stop_if_cancelled(feedback)
        fields, keep = merged_fields(settlements.fields(), new_fields, feedback)
        rows = [[value for _, straight, network, hazard, lost in columns
                 for value in (to_metres(straight[index]), to_metres(network[index]), to_metres(hazard[index]),
                               to_integer(lost[index]))] for index in range(len(features))]
        dest_id = self.write_features(parameters, context, fields, QgsWkbTypes.multiType(settlements.wkbType()),
                                      settlements.sourceCrs(), features, keep, rows)
        losing = int(np.nansum(np.vstack(results), axis=0).astype(bool).sum()) if results else 0
        first = names[0].replace(NO_TYPE, 'untyped')
        self.style_output(context, dest_id, OutputStyle(renderer=lambda layer: access_renderer(keys[0], first)))
        self.remember_doubts(dest_id, doubts)
        return {self.OUTPUT: dest_id, self.SETTLEMENTS_LOSING_ACCESS: losing}


NO_TYPE = '\x00no type'


def _half_cell_metres(layer, work, context):
    """Half the raster's cell size, in the metres of the work CRS."""
    centre = layer.extent().center()
    step = QgsPointXY(centre.x() + layer.rasterUnitsPerPixelX(), centre.y())
    transform = QgsCoordinateTransform(layer.crs(), work, context.transformContext())
    a, b = transform.transform(centre), transform.transform(step)
    return max(0.5, 0.5 * math.hypot(b.x() - a.x(), b.y() - a.y()))


