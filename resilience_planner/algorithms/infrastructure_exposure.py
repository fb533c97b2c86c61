"""Processing algorithm resilienceplanner:infrastructureexposure."""

from qgis.core import (
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
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType
from .base import ResiliencePlannerAlgorithm, rules_help, widget_wrapper

STEP_M = 10.0


class InfrastructureExposureAlgorithm(ResiliencePlannerAlgorithm):
    """Which clinics, schools, roads and power lines stand in harm's way."""

    INFRASTRUCTURE = 'INFRASTRUCTURE'
    TYPE_FIELD = 'TYPE_FIELD'
    HAZARDS = 'HAZARDS'
    THRESHOLDS = 'THRESHOLDS'
    OUTPUT = 'OUTPUT'
    SUMMARY = 'SUMMARY'
    EXPOSED_FEATURES = 'EXPOSED_FEATURES'

    def name(self):
        return 'infrastructureexposure'

    def displayName(self):
        return self.tr('Infrastructure hazard exposure')

    def group(self):
        return self.tr('Exposure')

    def groupId(self):
        return 'exposure'

    def parameter_help(self):
        return {
            self.THRESHOLDS: rules_help(),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INFRASTRUCTURE, self.tr('Infrastructure'), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr('Type field'), parentLayerParameterName=self.INFRASTRUCTURE, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr('Hazard rasters'), QgsProcessing.TypeRaster))
        rules = QgsProcessingParameterString(self.THRESHOLDS, self.tr('Exposure rules, one per hazard'), optional=True)
        rules.setMetadata(widget_wrapper('ExposureRulesWrapper', self.HAZARDS))    # a rule box beside each hazard
        self.addParameter(rules)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr('Infrastructure exposure')))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr('Exposure summary by type'), QgsProcessing.TypeVector, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.EXPOSED_FEATURES,
                                                 self.tr('Features exposed to at least one hazard')))

    def _run(self, parameters, context, feedback):
        import numpy as np  # only when the algorithm runs: QGIS starts faster

        from ..core.exposure import Hazard, settlement_exposure, unique_keys
        from ..core.grid import sample_points
        from ..core.infrastructure import is_exposed, line_exposure
        from ..qgis_side.layers import (
            geometries_in,
            line_parts,
            merged_fields,
            metric_crs,
            raster_file,
            to_attribute,
            to_integer,
        )
        from ..qgis_side.styles import OutputStyle, exposure_renderer

        source = self.parameterAsSource(parameters, self.INFRASTRUCTURE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INFRASTRUCTURE))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr('Layer "{0}" has no CRS. Set it and run again.').format(
                source.sourceName()))
        kind = QgsWkbTypes.geometryType(source.wkbType())
        if kind not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry):
            raise QgsProcessingException(self.tr('"{0}" has no points, lines or polygons.').format(
                source.sourceName()))
        rasters = self.parameterAsLayerList(parameters, self.HAZARDS, context)
        if not rasters:
            raise QgsProcessingException(self.tr('Choose at least one hazard raster.'))
        names = [layer.name() for layer in rasters]
        paths = [raster_file(layer, feedback.pushInfo) for layer in rasters]
        from ..qgis_side.hazards import exposure_rules
        doubts = []
        thresholds = exposure_rules(rasters, paths, self.parameterAsString(parameters, self.THRESHOLDS, context),
                                    feedback.pushInfo, feedback.pushWarning, doubts)
        keys = unique_keys(names)
        type_field = self.parameterAsString(parameters, self.TYPE_FIELD, context) or None
        features = list(source.getFeatures())
        if not features:
            raise QgsProcessingException(self.tr('"{0}" has no features.').format(source.sourceName()))

        work = metric_crs(source.sourceCrs(), source.sourceExtent(), context)
        feedback.pushInfo(self.tr('Lengths and areas are measured in {0} ({1}).').format(
            work.authid(), work.description()))
        shapes = geometries_in(features, source.sourceCrs(), work, context)

        columns, measure = [], np.zeros(len(features))
        any_exposed = np.zeros(len(features), dtype=bool)
        for step, (path, name, key, threshold) in enumerate(zip(paths, names, keys, thresholds)):
            self.stop_if_cancelled(feedback)
            if kind == QgsWkbTypes.PointGeometry:
                # Every part of a multipoint: its value is the highest, exposed when any part is.
                owner, xy = [], []
                for index, g in enumerate(shapes):
                    for part in (g.constParts() if g is not None else []):
                        owner.append(index)
                        xy.append((part.x(), part.y()))
                sampled = sample_points(path, np.array(xy, dtype=np.float64).reshape(-1, 2), work.toWkt(), name)
                value = np.full(len(shapes), np.nan)
                owner = np.asarray(owner, dtype=np.int64)
                valid = np.isfinite(sampled)
                np.fmax.at(value, owner[valid], sampled[valid])
                hit = np.zeros(len(shapes), dtype=bool)          # any part exposed (the rule may be <= or =)
                hit[np.unique(owner[is_exposed(sampled, threshold)])] = True
                exposed = np.where(np.isnan(value), np.nan, hit)
                columns.append((key, [value, exposed]))
            elif kind == QgsWkbTypes.LineGeometry:
                lines = [line_parts(g) for g in shapes]
                result = line_exposure(lines, work.toWkt(), path, threshold, STEP_M, name)
                length = np.where(np.isnan(result.maximum), np.nan, result.exposed_length)
                columns.append((key, [result.maximum, result.exposed, length]))
                measure = result.length
            else:
                wkb = [None if g is None else bytes(g.asWkb()) for g in shapes]
                result = settlement_exposure(wkb, work.toWkt(), [Hazard(path, name, key, threshold)],
                                             noun='feature', require_overlap=False)
                h = result.hazards[0]
                exposed = np.where(np.isnan(h.exposed_share), np.nan, (np.nan_to_num(h.exposed_share) > 0) * 1.0)
                columns.append((key, [h.mean, exposed, h.exposed_share]))
                # The exposed share is of the area with data: the exposed area is share x coverage x area.
                area = np.array([0.0 if g is None else g.area() for g in shapes])
                measure = area * np.nan_to_num(h.coverage)
            any_exposed |= np.nan_to_num(columns[-1][1][1]) > 0
            feedback.setProgress(80 * (step + 1) / len(paths))

        suffixes = {QgsWkbTypes.PointGeometry: ['value', 'exposed'],
                    QgsWkbTypes.LineGeometry: ['value', 'exposed', 'exposed_length_m'],
                    QgsWkbTypes.PolygonGeometry: ['value', 'exposed', 'exposed_share']}[kind]
        new_fields = [('{0}_{1}'.format(key, suffix), FieldType.Int if suffix == 'exposed' else FieldType.Double)
                      for key, _ in columns for suffix in suffixes]
        self.stop_if_cancelled(feedback)
        fields, keep = merged_fields(source.fields(), new_fields, feedback)
        summary_fields = QgsFields()
        for field_name, field_type in (('type', FieldType.String), ('hazard', FieldType.String),
                                       ('count', FieldType.Int), ('count_exposed', FieldType.Int),
                                       ('exposed_length_m', FieldType.Double), ('exposed_area_m2', FieldType.Double)):
            summary_fields.append(QgsField(field_name, field_type))
        # Both sinks before any writing: if the summary cannot be created, the output is untouched.
        summary, summary_id = self.parameterAsSink(parameters, self.SUMMARY, context, summary_fields,
                                                   QgsWkbTypes.NoGeometry)
        rows = [[(to_integer if suffix == 'exposed' else to_attribute)(column[index])
                 for _, values in columns for suffix, column in zip(suffixes, values)]
                for index in range(len(features))]
        dest_id = self.write_features(parameters, context, fields, source.wkbType(), source.sourceCrs(), features,
                                      keep, rows)

        results = {self.OUTPUT: dest_id, self.EXPOSED_FEATURES: int(any_exposed.sum())}
        self.remember_doubts(dest_id, doubts)
        layer = self.parameterAsVectorLayer(parameters, self.INFRASTRUCTURE, context)
        whole = layer.name() if layer is not None else source.sourceName()
        types = [str(f[type_field]) if type_field and f[type_field] not in (None, '') else
                 (whole if not type_field else 'untyped') for f in features]
        if summary is not None:
            labels = np.array(types)
            labelled = [n if names.count(n) == 1 else '{0} ({1})'.format(n, k) for n, (k, _) in zip(names, columns)]
            for (_, values), name in zip(columns, labelled):
                exposed = np.nan_to_num(values[1]) > 0
                for label in sorted(set(types)):
                    chosen = labels == label
                    length = float(np.nansum(values[2][chosen])) if kind == QgsWkbTypes.LineGeometry else None
                    area = (float(np.nansum(values[2][chosen] * measure[chosen]))
                            if kind == QgsWkbTypes.PolygonGeometry else None)
                    row = QgsFeature(summary_fields)
                    row.setAttributes([label, name, int(chosen.sum()), int((exposed & chosen).sum()),
                                       to_attribute(length), to_attribute(area)])
                    summary.addFeature(row, QgsFeatureSink.Flag.FastInsert)
                    feedback.pushInfo(self.tr('{0} / {1}: {2} of {3} exposed').format(
                        label, name, int((exposed & chosen).sum()), int(chosen.sum())))
            results[self.SUMMARY] = summary_id
        field = '{0}_exposed'.format(columns[0][0])
        self.style_output(context, dest_id, OutputStyle(renderer=lambda layer: exposure_renderer(field, kind,
                                                                                                 names[0])))
        return results


