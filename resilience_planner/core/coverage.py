"""Exact coverage fractions of polygons over raster cells.

Each polygon edge is cut where it crosses a cell boundary, and every piece adds its
signed area to the cell it lies in and a full-height strip to every cell on its
right in the same row (the accumulation used by exact-area font rasterisers). A
prefix sum along each row then gives, for every cell, the exact share of it that
the ring covers. It is vectorised over all edge pieces, so there is no Python loop
over cells, and it agrees with exactextract's fractions to floating-point precision.

The result for a whole layer is a :class:`ZoneCells`: runs of fully covered cells
and a list of partly covered cells with their fractions. Both are ordered by row,
so zonal statistics can be reduced strip by strip with bounded memory.
"""
import logging
from dataclasses import dataclass

import numpy as np

from .errors import Cancelled

logger = logging.getLogger(__name__)

#: A cell at least this covered counts as full.
FULL = 1.0 - 1e-9
#: Coverage below this is rounding noise and is dropped.
NOISE = 1e-12
#: Cells of coverage computed at once for one polygon (bounds memory for huge ones).
MAX_WINDOW_CELLS = 4_000_000


def ring_area(u, v):
    """Signed shoelace area of a closed ring given as coordinate arrays."""
    return 0.5 * float(np.dot(u[:-1], v[1:]) - np.dot(u[1:], v[:-1]))


def _split(a, b, lines_u, lines_v):
    """Cut segments a->b where they cross given u and v lines.

    ``lines_u``/``lines_v`` are callables returning, per segment, the sorted line
    values strictly inside the segment's span as (segment index, value) arrays.
    Returns the start and end points of the pieces, in order along each segment.
    """
    n = len(a)
    d = b - a
    seg_parts, t_parts = [np.arange(n), np.arange(n)], [np.zeros(n), np.ones(n)]
    for axis, lines in ((0, lines_u), (1, lines_v)):
        seg, value = lines(a[:, axis], b[:, axis])
        if len(seg):
            seg_parts.append(seg)
            t_parts.append((value - a[seg, axis]) / d[seg, axis])
    seg = np.concatenate(seg_parts)
    t = np.clip(np.concatenate(t_parts), 0.0, 1.0)
    order = np.lexsort((t, seg))
    seg, t = seg[order], t[order]
    points = a[seg] + t[:, None] * d[seg]
    same = seg[1:] == seg[:-1]
    return points[:-1][same], points[1:][same]


def _integer_lines(lo_limit, hi_limit):
    """Line finder for the integer grid lines strictly inside each segment's span."""
    def lines(p0, p1):
        lo = np.minimum(p0, p1)
        hi = np.maximum(p0, p1)
        first = np.floor(lo) + 1.0
        last = np.ceil(hi) - 1.0
        first = np.maximum(first, lo_limit)
        last = np.minimum(last, hi_limit)
        count = np.maximum(0, (last - first + 1).astype(np.int64))
        total = int(count.sum())
        if total == 0:
            return np.empty(0, np.int64), np.empty(0)
        seg = np.repeat(np.arange(len(p0)), count)
        start = np.cumsum(count) - count
        value = first[seg] + (np.arange(total) - start[seg])
        return seg, value
    return lines


def _window_lines(limit):
    """Line finder for the two window borders 0 and ``limit``."""
    def lines(p0, p1):
        lo = np.minimum(p0, p1)
        hi = np.maximum(p0, p1)
        segs, values = [], []
        for border in (0.0, float(limit)):
            inside = np.nonzero((lo < border) & (hi > border))[0]
            segs.append(inside)
            values.append(np.full(len(inside), border))
        return np.concatenate(segs), np.concatenate(values)
    return lines


def ring_coverage(u, v, width, height):
    """Signed coverage of one closed ring over a window of cells.

    Parameters
    ----------
    u, v : ndarray
        Ring coordinates in cell units relative to the window's top-left corner
        (u = column, v = row). The ring is closed (first point equals last).
    width, height : int
        Window size in cells.

    Returns
    -------
    ndarray (height, width)
        Covered fraction of each cell, positive whatever the ring's orientation.
    """
    a = np.column_stack([u[:-1], v[:-1]]).astype(np.float64)
    b = np.column_stack([u[1:], v[1:]]).astype(np.float64)
    # Cut at the window borders and clamp: a piece left of the window still covers
    # every cell of its rows, and pieces above, below or right of it cover none.
    a, b = _split(a, b, _window_lines(width), _window_lines(height))
    for p in (a, b):
        np.clip(p[:, 0], 0.0, width, out=p[:, 0])
        np.clip(p[:, 1], 0.0, height, out=p[:, 1])
    a, b = _split(a, b, _integer_lines(1.0, width - 1.0), _integer_lines(1.0, height - 1.0))
    dv = b[:, 1] - a[:, 1]
    mid_u = 0.5 * (a[:, 0] + b[:, 0])
    mid_v = 0.5 * (a[:, 1] + b[:, 1])
    col = np.floor(mid_u).astype(np.int64)
    row = np.floor(mid_v).astype(np.int64)
    keep = (dv != 0.0) & (col < width) & (row >= 0) & (row < height)
    dv, mid_u, col, row = dv[keep], mid_u[keep], col[keep], row[keep]
    inside = np.bincount(row * width + col, weights=dv * ((col + 1) - mid_u),
                         minlength=width * height).reshape(height, width)
    right = np.bincount(row * (width + 1) + col + 1, weights=dv,
                        minlength=(width + 1) * height).reshape(height, width + 1)
    raw = inside + np.cumsum(right, axis=1)[:, :width]
    # The cells sum to minus the ring's shoelace area; orient so that it is positive.
    sign = -1.0 if ring_area(u, v) > 0 else 1.0
    return raw * sign


def polygon_rings(geometry):
    """Rings of a GeoJSON-like Polygon or MultiPolygon as [(exterior, [holes])]."""
    kind = geometry['type']
    coords = geometry['coordinates']
    if kind == 'Polygon':
        polygons = [coords]
    elif kind == 'MultiPolygon':
        polygons = coords
    else:
        raise ValueError('not a polygon geometry: {0}'.format(kind))
    out = []
    for polygon in polygons:
        rings = [_closed(np.asarray(ring, dtype=np.float64)[:, :2]) for ring in polygon if len(ring) >= 3]
        if rings:
            out.append((rings[0], rings[1:]))
    return out


def _closed(ring):
    if not np.array_equal(ring[0], ring[-1]):
        ring = np.vstack([ring, ring[:1]])
    return ring


def polygon_area(geometry):
    """Planar area of a Polygon/MultiPolygon in its CRS units (holes removed)."""
    total = 0.0
    for exterior, holes in polygon_rings(geometry):
        total += abs(ring_area(exterior[:, 0], exterior[:, 1]))
        total -= sum(abs(ring_area(h[:, 0], h[:, 1])) for h in holes)
    return total


@dataclass
class ZoneCells:
    """Cells of a grid covered by each zone, ordered by row.

    Attributes
    ----------
    run_zone, run_row, run_col0, run_col1 : ndarray
        Runs of fully covered cells: zone index, row, first column, end column
        (exclusive).
    part_zone, part_row, part_col, part_frac : ndarray
        Partly covered cells with their covered fraction.
    zone_cells : ndarray
        Each zone's whole area in cells, including any part outside the grid.
    """

    run_zone: np.ndarray
    run_row: np.ndarray
    run_col0: np.ndarray
    run_col1: np.ndarray
    part_zone: np.ndarray
    part_row: np.ndarray
    part_col: np.ndarray
    part_frac: np.ndarray
    zone_cells: np.ndarray

    @property
    def zone_count(self):
        return len(self.zone_cells)

    def covered_cells(self):
        """Covered cells of each zone inside the grid (full runs plus fractions)."""
        n = self.zone_count
        return (np.bincount(self.run_zone, self.run_col1 - self.run_col0, minlength=n)
                + np.bincount(self.part_zone, self.part_frac, minlength=n))

    def rows_slice(self, row0, row1):
        """Index slices of runs and partial cells whose row is in [row0, row1)."""
        runs = slice(*np.searchsorted(self.run_row, [row0, row1]))
        parts = slice(*np.searchsorted(self.part_row, [row0, row1]))
        return runs, parts


def zone_cells(geometries, grid, cancelled=None):
    """Coverage of every zone over ``grid``.

    Parameters
    ----------
    geometries : list of dict or None
        GeoJSON-like Polygon/MultiPolygon in the grid's CRS; None for a zone with
        no usable geometry (it covers nothing).
    grid : RasterGrid
    cancelled : callable, optional
        Returns True when the user cancelled; checked between zones.
    """
    runs = {k: [] for k in ('zone', 'row', 'c0', 'c1')}
    parts = {k: [] for k in ('zone', 'row', 'col', 'frac')}
    zone_area = np.zeros(len(geometries))
    for index, geometry in enumerate(geometries):
        if cancelled is not None and index % 256 == 0 and cancelled():
            raise Cancelled('Cancelled while measuring settlement coverage.')
        if geometry is None:
            continue
        rings = []
        for exterior, holes in polygon_rings(geometry):
            rings.append((exterior, 1.0))
            rings.extend((hole, -1.0) for hole in holes)
        if not rings:
            continue
        cells = [grid.to_cell_coords(ring) for ring, _ in rings]
        zone_area[index] = sum(s * abs(ring_area(u, v)) for (u, v), (_, s) in zip(cells, rings))
        umin = min(u.min() for u, _ in cells)
        umax = max(u.max() for u, _ in cells)
        vmin = min(v.min() for _, v in cells)
        vmax = max(v.max() for _, v in cells)
        col0, col1 = max(0, int(np.floor(umin))), min(grid.width, int(np.ceil(umax)))
        row0, row1 = max(0, int(np.floor(vmin))), min(grid.height, int(np.ceil(vmax)))
        if col1 <= col0 or row1 <= row0:
            continue
        width = col1 - col0
        band = max(1, MAX_WINDOW_CELLS // width)
        for top in range(row0, row1, band):
            height = min(band, row1 - top)
            cover = np.zeros((height, width))
            for (u, v), (_, s) in zip(cells, rings):
                cover += s * ring_coverage(u - col0, v - top, width, height)
            _collect(cover, index, top, col0, runs, parts)
    ordered_runs = _ordered(runs, ('zone', 'row', 'c0', 'c1'))
    ordered_parts = _ordered(parts, ('zone', 'row', 'col', 'frac'))
    return ZoneCells(ordered_runs['zone'], ordered_runs['row'], ordered_runs['c0'],
                     ordered_runs['c1'], ordered_parts['zone'], ordered_parts['row'],
                     ordered_parts['col'], ordered_parts['frac'], zone_area)


def _collect(cover, index, top, left, runs, parts):
    """Split one zone's coverage window into full runs and partial cells."""
    np.clip(cover, 0.0, 1.0, out=cover)
    full = cover >= FULL
    partial = (cover > NOISE) & ~full
    r, c = np.nonzero(partial)
    parts['zone'].append(np.full(len(r), index, np.int64))
    parts['row'].append(r + top)
    parts['col'].append(c + left)
    parts['frac'].append(cover[r, c])
    edges = np.diff(np.pad(full, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    sr, sc = np.nonzero(edges == 1)
    er, ec = np.nonzero(edges == -1)
    # nonzero walks row by row, so starts and ends pair up in order.
    runs['zone'].append(np.full(len(sr), index, np.int64))
    runs['row'].append(sr + top)
    runs['c0'].append(sc + left)
    runs['c1'].append(ec + left)


def _ordered(columns, names):
    arrays = {}
    for name in names:
        parts = columns[name]
        arrays[name] = np.concatenate(parts) if parts else np.empty(0)
    for name in names:
        if name != 'frac':
            arrays[name] = arrays[name].astype(np.int64)
    order = np.argsort(arrays['row'], kind='stable')
    return {name: arrays[name][order] for name in names}
