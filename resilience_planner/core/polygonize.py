"""Polygons of a zone raster, band by band, in memory bounded by the band.

GDAL's polygonize holds every polygon that is still open until its last row: one zone that
spans the city (a high-priority area of thousands of km² with a ragged edge) is held whole,
and its outline then costs more memory than the whole overlay. Here the raster is
polygonized in bands of rows. A zone inside one band comes out of that band whole. The
pieces of a zone that crosses band edges are held until its last band and then joined
into one polygon. Zones whose pieces would hold more than a set amount of memory are
written in parts instead, one per band, each with the zone's number, its part and the
number of parts, so memory stays bounded whatever the map.

Pieces are traced and joined in cell coordinates, where the rows at band edges are exact
integers, so the join leaves no seam; only the finished polygon is put on the map.
"""
from dataclasses import dataclass

import numpy as np
import rasterio
from rasterio.windows import Window

from .errors import QT_TRANSLATE_NOOP, Cancelled

#: Cells per band: what one polygonize holds at most.
BAND_CELLS = 4_000_000
#: Bytes of well-known binary held for zones that cross band edges; past it, the largest
#: zones held are written in parts. 2 million vertices at 16 bytes.
HOLD_BYTES = 32 * 2 ** 20

_POLYGON, _MULTIPOLYGON = 3, 6


@dataclass
class ZonePolygon:
    """One output polygon: WKB (little-endian) in the raster's CRS, its zone, part and parts."""

    wkb: bytes
    zone: int
    part: int = 1
    parts: int = 1


def band_rows(width, height, band_cells=BAND_CELLS, block_rows=1):
    """(row0, row1) of each band of about ``band_cells`` cells, in whole rows of blocks."""
    rows = max(1, int(band_cells) // max(1, width))
    rows = max(block_rows, rows // block_rows * block_rows)
    return [(row0, min(row0 + rows, height)) for row0 in range(0, height, rows)]


def _read(path, row0, row1):
    """Rows ``row0:row1`` of band 1. The file is opened for this read only, so GDAL's block
    cache lets go of its tiles at once: each is read once, and memory does not grow with
    the raster (bands hold whole rows of tiles)."""
    with rasterio.open(path) as dataset:
        return dataset.read(1, window=Window(0, row0, dataset.width, row1 - row0))


def crossing_zones(path, bands):
    """{zone: (first band, last band)} for every zone with cells on both sides of a band edge.

    A 4-connected zone in two bands has two cells, one above and one below an edge,
    that are both in it; only the two rows at each edge are read.
    """
    zones, seams = [], []
    for index in range(1, len(bands)):
        row = bands[index][0]
        pair = _read(path, row - 1, row + 1)
        same = (pair[0] > 0) & (pair[0] == pair[1])
        found = np.unique(pair[0][same])
        zones.append(found.astype(np.int64))
        seams.append(np.full(len(found), index, np.int64))
    if not zones:
        return {}
    zones, seams = np.concatenate(zones), np.concatenate(seams)
    if not len(zones):
        return {}
    order = np.lexsort((seams, zones))
    zones, seams = zones[order], seams[order]
    starts = np.flatnonzero(np.r_[True, zones[1:] != zones[:-1]])
    ends = np.r_[starts[1:], len(zones)] - 1
    # Crossing the edge above band b puts the zone in bands b - 1 and b.
    return dict(zip(zones[starts].tolist(), zip((seams[starts] - 1).tolist(), seams[ends].tolist())))


def zone_polygons(path, band_cells=None, hold_bytes=None, cancelled=None):
    """Yield a ZonePolygon for each zone of the int32 raster at ``path`` (0 is no zone).

    Zones are 4-connected, as labelled. A zone is one polygon unless holding its pieces
    would pass ``hold_bytes`` (all zones held at once); it is then written in parts, one
    per band of rows, numbered from the top. ``band_cells`` and ``hold_bytes`` default to
    BAND_CELLS and HOLD_BYTES as they are when the call is made.
    """
    from osgeo import gdal, ogr
    band_cells = BAND_CELLS if band_cells is None else band_cells
    hold_bytes = HOLD_BYTES if hold_bytes is None else hold_bytes
    with rasterio.open(path) as dataset:
        width, height, transform = dataset.width, dataset.height, dataset.transform
        block_rows = dataset.block_shapes[0][0]
    bands = band_rows(width, height, band_cells, block_rows)
    crossing = crossing_zones(path, bands)
    held, held_bytes, split = {}, 0, set()
    for index, (row0, row1) in enumerate(bands):
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP('Engine', 'Cancelled: no output was written.'))
        labels = _read(path, row0, row1)
        pieces = _polygonize(gdal, ogr, labels, row0)
        del labels
        parts = {}
        for zone, wkb in pieces:
            if zone not in crossing:
                yield ZonePolygon(_on_map(wkb, transform), zone)
            elif zone in split:
                parts.setdefault(zone, []).append(wkb)
            else:
                held.setdefault(zone, []).append((index, wkb))
                held_bytes += len(wkb)
        del pieces
        for zone, wkbs in parts.items():
            first, last = crossing[zone]
            yield ZonePolygon(_on_map(_multi(ogr, wkbs), transform), zone, index - first + 1, last - first + 1)
        for zone in [z for z in held if crossing[z][1] == index]:
            wkbs = [wkb for _, wkb in held.pop(zone)]
            held_bytes -= sum(len(w) for w in wkbs)
            yield ZonePolygon(_on_map(_union(ogr, wkbs), transform), zone)
        # Over the budget: the largest zones held go out in parts, one per band.
        largest = sorted(held, key=lambda z: -sum(len(w) for _, w in held[z])) if held_bytes > hold_bytes else []
        for zone in largest:
            if held_bytes <= hold_bytes:
                break
            first, last = crossing[zone]
            by_band = {}
            for band, wkb in held.pop(zone):
                by_band.setdefault(band, []).append(wkb)
                held_bytes -= len(wkb)
            split.add(zone)
            for band in sorted(by_band):
                yield ZonePolygon(_on_map(_multi(ogr, by_band[band]), transform), zone, band - first + 1,
                                  last - first + 1)


def _polygonize(gdal, ogr, labels, row0):
    """(zone, WKB) of each 4-connected piece of ``labels``, in cell coordinates (x column, y row)."""
    rows, width = labels.shape
    memory = gdal.GetDriverByName('MEM')
    raster = memory.Create('', width, rows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform((0.0, 1.0, 0.0, float(row0), 0.0, 1.0))
    raster.GetRasterBand(1).WriteArray(labels)
    mask = memory.Create('', width, rows, 1, gdal.GDT_Byte)
    mask.SetGeoTransform((0.0, 1.0, 0.0, float(row0), 0.0, 1.0))
    mask.GetRasterBand(1).WriteArray((labels > 0).view(np.uint8))
    source = ogr.GetDriverByName('Memory').CreateDataSource('')
    layer = source.CreateLayer('pieces', None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn('zone', ogr.OFTInteger))
    # GDAL reports a failure by its return code, or by raising where the process (as QGIS 3.40's
    # Processing does) switched GDAL to exceptions.
    try:
        failed = gdal.Polygonize(raster.GetRasterBand(1), mask.GetRasterBand(1), layer, 0, []) != 0
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as err:
        failed, reason = True, str(err)
    if failed:
        raise RuntimeError('GDAL could not trace the high-priority zones: {0}'.format(reason))
    raster = mask = None
    pieces = [(feature.GetField(0), bytes(feature.GetGeometryRef().ExportToWkb(ogr.wkbNDR))) for feature in layer]
    source = None
    return pieces


def _multi(ogr, wkbs):
    """One MultiPolygon WKB of disjoint pieces (they touch at most at corners)."""
    if len(wkbs) == 1:
        return wkbs[0]
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for wkb in wkbs:
        multi.AddGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
    return bytes(multi.ExportToWkb(ogr.wkbNDR))


def _union(ogr, wkbs):
    """The pieces of one zone joined along the band edges they share."""
    if len(wkbs) == 1:
        return wkbs[0]
    multi = ogr.CreateGeometryFromWkb(_multi(ogr, wkbs))
    joined = multi.UnionCascaded()
    if joined is None:
        raise RuntimeError('GEOS could not join the pieces of a high-priority zone.')
    return bytes(joined.ExportToWkb(ogr.wkbNDR))


def _on_map(wkb, transform):
    """Little-endian 2D Polygon or MultiPolygon WKB moved from cell coordinates by ``transform``."""
    data = bytearray(wkb)
    a, b, c, d, e, f = transform.a, transform.b, transform.c, transform.d, transform.e, transform.f

    def polygon(at):
        rings = int.from_bytes(data[at + 5:at + 9], 'little')
        at += 9
        for _ in range(rings):
            n = int.from_bytes(data[at:at + 4], 'little')
            at += 4
            xy = np.frombuffer(data, np.float64, 2 * n, at).reshape(n, 2)
            moved = np.empty((n, 2))
            moved[:, 0] = c + a * xy[:, 0] + b * xy[:, 1]
            moved[:, 1] = f + d * xy[:, 0] + e * xy[:, 1]
            data[at:at + 16 * n] = moved.tobytes()
            at += 16 * n
        return at

    kind = int.from_bytes(data[1:5], 'little')
    if data[0] != 1 or kind not in (_POLYGON, _MULTIPOLYGON):
        raise ValueError('Expected a little-endian 2D polygon, got WKB type {0}.'.format(kind))
    if kind == _POLYGON:
        polygon(0)
    else:
        at = 9
        for _ in range(int.from_bytes(data[5:9], 'little')):
            at = polygon(at)
    return bytes(data)
