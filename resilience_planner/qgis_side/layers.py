"""Layers to engine inputs and back: raster files, CRS choice, geometry repair, attribute conversion."""
import math
import os

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsUnitTypes,
    QgsWkbTypes,
)

from .translation import Context

#: The translation context of this module's messages (see translation.py).
Layers = Context('Layers')


class EngineFeedback:
    """Progress and cancel callables for ``core`` from Processing feedback."""

    def __init__(self, feedback, start=0.0, end=100.0):
        self.feedback = feedback
        self.start = start
        self.end = end

    def progress(self, fraction):
        if self.feedback is not None:
            self.feedback.setProgress(self.start + fraction * (self.end - self.start))

    def cancelled(self):
        return self.feedback is not None and self.feedback.isCanceled()


def raster_file(layer, log=None):
    """The file behind a raster layer, or a clear refusal for non-file rasters.

    A file without a CRS of its own that the user has given one in QGIS (Layer Properties >
    Source) is read with that CRS, through a small VRT beside QGIS's temporary files; ``log``
    (a callable) is told so."""
    if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
        raise QgsProcessingException(Layers.tr('"{0}" is not a valid raster layer.').format(
            layer.name() if layer is not None else '?'))
    if layer.providerType() != 'gdal':
        raise QgsProcessingException(Layers.tr(
            'Raster "{0}" comes from the "{1}" provider, not from a file. Save it as a '
            'GeoTIFF first (right-click > Export > Save As...) and use that file.').format(
                layer.name(), layer.providerType()))
    parts = QgsProviderRegistry.instance().decodeUri('gdal', layer.source())
    path = parts.get('path') or layer.source()
    if not os.path.exists(path):
        raise QgsProcessingException(Layers.tr(
            'Raster "{0}" is not a file on disk ({1}). Save it as a GeoTIFF first '
            '(right-click > Export > Save As...) and use that file.').format(layer.name(), path))
    if parts.get('layerName'):
        # A raster inside a container (a GeoPackage table, a NetCDF variable): GDAL opens
        # it by the layer's own connection string.
        path = layer.source()
    if not layer.crs().isValid():
        raise QgsProcessingException(Layers.tr(
            'Raster "{0}" has no CRS. Assign one and run again: in QGIS, Layer Properties > Source > Assigned '
            'coordinate reference system (then choose the layer, not its file), or save it with one through '
            'Raster > Projections > Assign Projection; or, outside QGIS, gdal_edit.py -a_srs EPSG:<code> '
            '"{1}".').format(layer.name(), path))
    return _with_assigned_crs(layer, path, log)


def _with_assigned_crs(layer, path, log):
    """``path`` itself, or a VRT of it carrying the CRS the user assigned in QGIS when the file has none."""
    from osgeo import gdal
    try:
        dataset = gdal.Open(path)
        own = dataset.GetProjection() if dataset is not None else ''
    except RuntimeError:
        return path
    dataset = None
    if own:
        return path
    import hashlib

    from qgis.core import QgsProcessingUtils
    name = hashlib.sha256('{0}|{1}'.format(path, layer.crs().toWkt()).encode('utf-8')).hexdigest()[:16]
    vrt = os.path.join(QgsProcessingUtils.tempFolder(), 'assigned_crs_{0}.vrt'.format(name))
    try:
        done = gdal.Translate(vrt, path, format='VRT', outputSRS=layer.crs().toWkt())
    except RuntimeError:
        done = None
    if done is None:
        raise QgsProcessingException(Layers.tr(
            'Raster "{0}" has no CRS in its file, and the one assigned in QGIS ({1}) could not be applied to it. '
            'Save it with a CRS (Raster > Projections > Assign Projection) and use that file.').format(
                layer.name(), layer.crs().authid()))
    done = None
    if log is not None:
        log(Layers.tr('Raster "{0}" has no CRS in its file; it is read with the CRS assigned in QGIS, {1}.').format(
            layer.name(), layer.crs().authid() or layer.crs().description()))
    return vrt


def merged_fields(input_fields, new_fields, feedback):
    """Input fields followed by new ones; an input field with a new field's name is replaced.

    Parameters
    ----------
    input_fields : QgsFields
    new_fields : list of (name, compat.FieldType value)

    Returns
    -------
    fields : QgsFields
    keep : list of int
        Indexes of the input attributes that are copied.
    """
    taken = {name.lower() for name, _ in new_fields}
    fields = QgsFields()
    keep = []
    for index, field in enumerate(input_fields):
        if field.name().lower() in taken:
            feedback.pushWarning(Layers.tr('Input field "{0}" is replaced by the new field of the same name.')
                                 .format(field.name()))
            continue
        fields.append(field)
        keep.append(index)
    for name, kind in new_fields:
        fields.append(QgsField(name, kind))
    return fields, keep


def to_attribute(number):
    """A float for an attribute, NULL for None or NaN."""
    if number is None:
        return NULL
    number = float(number)
    return NULL if math.isnan(number) else number


def to_integer(number):
    """An int for an attribute, NULL for None or NaN."""
    if number is None or math.isnan(float(number)):
        return NULL
    return int(number)


def as_float(value):
    """A float from a field value; NaN for NULL, None or anything that is not a number."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float('nan')


#: Field names that usually hold a settlement's key, in order of preference.
KEY_FIELDS = ('settlement_id', 'id', 'name')


def first_field(fields, names=KEY_FIELDS):
    """The first of ``names`` that ``fields`` (QgsFields) has, or None."""
    return next((name for name in names if fields.lookupField(name) >= 0), None)


def destination_path(value):
    """The file an output parameter's value names, or None for temporary outputs, memory layers and
    database connections (``ogr:dbname=…``, ``postgres:``), which keep what else is there."""
    if hasattr(value, 'sink'):
        value = value.sink.staticValue()
    if not isinstance(value, str):
        return None
    path = value.split('|')[0].strip()
    if not path or path == 'TEMPORARY_OUTPUT' or path.startswith(('memory:', 'ogr:', 'postgres:', 'postgis:',
                                                                  'spatialite:')):
        return None
    return path


def layer_label(layer):
    """A layer as the user knows it: a GeoPackage table's own name (``|layername=``), else the layer's."""
    parts = layer.source().split('|')
    return next((p.split('=', 1)[1] for p in parts[1:] if p.startswith('layername=')), layer.name())


def to_metres(number):
    """Metres to a decimetre for an attribute, NULL where not finite (unreachable, unknown)."""
    if number is None or not math.isfinite(float(number)):
        return NULL
    return round(float(number), 1)


def geometries_in(features, crs, target, context):
    """Each feature's geometry transformed to ``target``, or None where null or empty."""
    transform = QgsCoordinateTransform(crs, target, context.transformContext())
    out = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            out.append(None)
            continue
        geometry.transform(transform)
        out.append(geometry)
    return out


def measurable_polygon(geometry):
    """The polygon(s) of a geometry as the engine measures them, and what was done.

    Returns (geometry or None, state) with state None (valid as is), 'drawn' (invalid,
    but its rings only touch or overlap: measured as drawn, where "make valid" could drop
    a hole along an edge), 'repaired' (a ring crosses itself: made valid) or 'skipped'
    (empty, null or not a polygon).
    """
    usable = _polygonal(QgsGeometry(geometry))
    if usable is None:
        return None, 'skipped'
    if usable.isGeosValid():
        return usable, None
    if _rings_are_simple(usable):
        return usable, 'drawn'
    fixed = _polygonal(usable.makeValid())
    return fixed, ('repaired' if fixed is not None else 'skipped')


def _polygonal(geometry):
    """The polygon part of a geometry as straight segments, or None if there is none."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        polygons = [part for part in geometry.asGeometryCollection()
                    if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.PolygonGeometry]
        if not polygons:
            return None
        geometry = QgsGeometry.collectGeometry(polygons)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return geometry


def _rings_are_simple(geometry):
    """True when no ring of the polygon(s) crosses itself."""
    for index in range(geometry.constGet().numGeometries() if geometry.isMultipart() else 1):
        polygon = geometry.constGet().geometryN(index) if geometry.isMultipart() else geometry.constGet()
        rings = [polygon.exteriorRing()] + [polygon.interiorRing(i) for i in range(polygon.numInteriorRings())]
        for ring in rings:
            if ring is None or not QgsGeometry(ring.clone()).isSimple():
                return False
    return True


def line_parts(geometry):
    """The parts of a line geometry as (k, 2) coordinate arrays; none for None."""
    import numpy as np  # only when an algorithm runs: QGIS starts faster
    if geometry is None:
        return []
    return [np.array([(v.x(), v.y()) for v in part.vertices()], dtype=np.float64).reshape(-1, 2)
            for part in geometry.constParts()]


def listing(labels, limit=10):
    """'a, b, c and 4 more' for messages that name things."""
    labels = [str(label) for label in labels]
    shown = ', '.join(labels[:limit])
    return Layers.tr('{0} and {1} more').format(shown, len(labels) - limit) if len(labels) > limit else shown


def metric_crs(crs, extent, context):
    """The CRS distances are measured in: the layer's own if projected in metres, else the local UTM zone."""
    if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
        return crs
    return utm_crs(crs, extent, context)


def utm_crs(crs, extent, context):
    """The WGS 84 UTM zone of the centre of ``extent`` (given in ``crs``)."""
    wgs84 = QgsCoordinateReferenceSystem('EPSG:4326')
    centre = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transform(extent.center())
    zone = int(math.floor((centre.x() + 180.0) / 6.0)) % 60 + 1
    return QgsCoordinateReferenceSystem('EPSG:{0}'.format((32600 if centre.y() >= 0 else 32700) + zone))
