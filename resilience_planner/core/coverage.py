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

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from struct import unpack_from

import numpy as np

from .errors import QT_TRANSLATE_NOOP, Cancelled

#: A cell at least this covered counts as full.
FULL = 1.0 - 1e-9
#: Coverage below this is rounding noise and is dropped.
NOISE = 1e-12
#: Edge pieces cut at once (bounds memory for many or huge settlements).
BATCH_PIECES = 250_000
#: Threads the exposure engine cuts coverage batches with: one per core, at most 2 (benchmarks/NOTES.md).
#: The priority map keeps one: its peak memory was measured that way.
COVERAGE_WORKERS = max(1, min(2, os.cpu_count() or 1))


def ring_area(u, v):
    """Signed shoelace area of a closed ring given as coordinate arrays."""
    return 0.5 * float(np.dot(u[:-1], v[1:]) - np.dot(u[1:], v[:-1]))


def _split(a, b, lines_u, lines_v):
    """Cut segments a->b where they cross given u and v lines.

    ``lines_u``/``lines_v`` are callables returning, per segment, the sorted line
    values strictly inside the segment's span as (segment index, value) arrays.
    Returns the start and end points of the pieces, in order along each segment,
    and the index of the segment each piece comes from.
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
    return points[:-1][same], points[1:][same], seg[:-1][same]


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


def _pieces(a, b, width, height):
    """Cut segments into pieces that each lie in one cell of a width x height grid.

    Segments are first cut at the grid's borders and clamped to it: a piece left of
    the grid still covers every cell of its rows, and pieces above, below or right
    of it cover none, so clamping keeps the coverage inside the grid exact.

    Returns
    -------
    seg, row, col : ndarray
        Source segment, row and column of each piece.
    inside : ndarray
        The piece's signed area within its cell, dv x (distance to the cell's right edge).
    dv : ndarray
        The piece's signed height, which every cell to its right in the row receives.
    """
    a, b, seg0 = _split(a, b, _window_lines(width), _window_lines(height))
    for p in (a, b):
        np.clip(p[:, 0], 0.0, width, out=p[:, 0])
        np.clip(p[:, 1], 0.0, height, out=p[:, 1])
    a, b, seg1 = _split(a, b, _integer_lines(1.0, width - 1.0), _integer_lines(1.0, height - 1.0))
    seg = seg0[seg1]
    dv = b[:, 1] - a[:, 1]
    mid_u = 0.5 * (a[:, 0] + b[:, 0])
    col = np.floor(mid_u).astype(np.int64)
    row = np.floor(0.5 * (a[:, 1] + b[:, 1])).astype(np.int64)
    keep = (dv != 0.0) & (col < width) & (row >= 0) & (row < height)
    dv, mid_u, col, row, seg = dv[keep], mid_u[keep], col[keep], row[keep], seg[keep]
    return seg, row, col, dv * ((col + 1) - mid_u), dv


def ring_coverage(u, v, width, height):
    """Coverage of one closed ring over a window of cells, as a dense array.

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
    _, row, col, inside, dv = _pieces(a, b, width, height)
    cells = np.bincount(row * width + col, weights=inside, minlength=width * height).reshape(height, width)
    right = np.bincount(row * (width + 1) + col + 1, weights=dv,
                        minlength=(width + 1) * height).reshape(height, width + 1)
    raw = cells + np.cumsum(right, axis=1)[:, :width]
    # The cells sum to minus the ring's shoelace area; orient so that it is positive.
    return raw * _orientation(ring_area(u, v))


def _orientation(area):
    return -1.0 if area > 0 else 1.0


def polygon_rings(geometry):
    """Rings of a Polygon or MultiPolygon as [(exterior, [holes])].

    ``geometry`` is GeoJSON-like (a dict with "type" and "coordinates") or ISO WKB
    bytes, which QGIS hands over without the cost of building JSON text.
    """
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        polygons = _wkb_polygons(bytes(geometry))
    else:
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


def _wkb_polygons(blob):
    """Polygons of a WKB Polygon or MultiPolygon (2D, Z, M or ZM) as lists of (n, dims) arrays."""
    # Counts and type codes are read with struct (a tenth of np.frombuffer's cost for one number); only the
    # coordinates become arrays, as views of the blob.
    polygons = []

    def header(position):
        order = '<' if blob[position] == 1 else '>'
        code = unpack_from(order + 'I', blob, position + 1)[0]
        flags = code & 0xC0000000                       # EWKB's Z and M flags
        kind, iso = (code & 0x0FFFFFFF) % 1000, (code & 0x0FFFFFFF) // 1000   # ISO: +1000 Z, +2000 M, +3000 ZM
        dims = 2 + (iso in (1, 2)) + 2 * (iso == 3) + bool(flags & 0x80000000) + bool(flags & 0x40000000)
        return order, kind, dims, position + 5

    def polygon(position):
        order, kind, dims, position = header(position)
        if kind != 3:
            raise ValueError('not a polygon in WKB (type {0})'.format(kind))
        count = unpack_from(order + 'I', blob, position)[0]
        position += 4
        rings = []
        for _ in range(count):
            points = unpack_from(order + 'I', blob, position)[0]
            position += 4
            coords = np.frombuffer(blob, dtype=order + 'f8', count=points * dims, offset=position)
            rings.append(coords.reshape(points, dims))
            position += 8 * points * dims
        return rings, position

    order, kind, _, position = header(0)
    if kind == 3:
        rings, _ = polygon(0)
        polygons.append(rings)
    elif kind == 6:
        count = unpack_from(order + 'I', blob, position)[0]
        position += 4
        for _ in range(count):
            rings, position = polygon(position)
            polygons.append(rings)
    else:
        raise ValueError('not a polygon geometry in WKB (type {0})'.format(kind))
    return polygons


def _closed(ring):
    first, last = ring[0], ring[-1]
    if first[0] != last[0] or first[1] != last[1]:
        ring = np.vstack([ring, ring[:1]])
    return ring


def polygon_area(geometry):
    """Planar area of a Polygon/MultiPolygon in its CRS units (holes removed)."""
    total = 0.0
    for exterior, holes in polygon_rings(geometry):
        total += abs(ring_area(exterior[:, 0], exterior[:, 1]))
        total -= sum(abs(ring_area(h[:, 0], h[:, 1])) for h in holes)
    return total


RUN_FIELDS = ('run_zone', 'run_row', 'run_col0', 'run_col1', 'run_frac')
PART_FIELDS = ('part_zone', 'part_row', 'part_col', 'part_frac')


class ZoneCells:
    """Cells of a grid covered by each zone, in chunks ordered by row.

    Each chunk holds the cells of one batch of zones:

    - runs of cells covered to the same extent: ``run_zone``, ``run_row``,
      ``run_col0``, ``run_col1`` (exclusive) and ``run_frac``, the covered fraction
      of each of their cells (1 inside a settlement, less beside a horizontal edge);
    - partly covered cells: ``part_zone``, ``part_row``, ``part_col``, ``part_frac``.

    Chunks are never merged: a strip gathers its rows from each, so no global sort
    or copy of all the cells is ever made.

    Attributes
    ----------
    chunks : list of dict
    zone_cells : ndarray
        Each zone's whole area in cells, including any part outside the grid.
    """

    def __init__(self, chunks, zone_area):
        self.chunks = chunks
        self.zone_cells = zone_area

    @property
    def zone_count(self):
        return len(self.zone_cells)

    def __getattr__(self, name):
        # run_zone, part_frac, ...: all chunks concatenated (for small grids and tests).
        if name in RUN_FIELDS or name in PART_FIELDS:
            arrays = [_column(chunk, name, 0, len(chunk[name.split('_')[0] + '_offsets']) - 1)
                      for chunk in self.__dict__.get('chunks', [])]
            return np.concatenate(arrays) if arrays else np.empty(0)
        raise AttributeError(name)

    def covered_cells(self):
        """Covered cells of each zone inside the grid (full runs plus fractions)."""
        n = self.zone_count
        total = np.zeros(n)
        for chunk in self.chunks:
            total += np.bincount(chunk['run_zone'], (chunk['run_col1'] - chunk['run_col0']) * chunk['run_frac'],
                                 minlength=n)
            total += np.bincount(chunk['part_zone'], chunk['part_frac'], minlength=n)
        return total

    def rows(self, row0, row1):
        """Runs and partial cells with a row in [row0, row1), gathered from every chunk."""
        found = {name: [] for name in RUN_FIELDS + PART_FIELDS}
        for chunk in self.chunks:
            for fields, prefix in ((RUN_FIELDS, 'run'), (PART_FIELDS, 'part')):
                a, b = _row_span(chunk, prefix, row0, row1)
                offsets = chunk[prefix + '_offsets']
                if offsets[b] > offsets[a]:
                    for name in fields:
                        found[name].append(_column(chunk, name, a, b))
        return {name: np.concatenate(parts) if parts else
                np.empty(0, np.float64 if name.endswith('frac') else np.int32)
                for name, parts in found.items()}

    def has_rows(self, row0, row1):
        """True when some zone covers a cell in rows [row0, row1)."""
        for chunk in self.chunks:
            for prefix in ('run', 'part'):
                a, b = _row_span(chunk, prefix, row0, row1)
                offsets = chunk[prefix + '_offsets']
                if offsets[b] > offsets[a]:
                    return True
        return False

    def to_dense(self, height, width, zone=None):
        """Coverage as a dense (height, width) array, of one zone or summed over all.

        Meant for small grids (tests, the sample city); the engine never densifies.
        """
        out = np.zeros((height, width))
        runs = slice(None) if zone is None else self.run_zone == zone
        for r, c0, c1, f in zip(self.run_row[runs], self.run_col0[runs], self.run_col1[runs], self.run_frac[runs]):
            out[r, c0:c1] += f
        parts = slice(None) if zone is None else self.part_zone == zone
        np.add.at(out, (self.part_row[parts], self.part_col[parts]), self.part_frac[parts])
        return out


def zone_cells(geometries, grid, cancelled=None, batch_pieces=BATCH_PIECES, reproject=None, release=False,
               workers=1):
    """Coverage of every zone over ``grid``, computed for many zones at once.

    Edge pieces of all the zones in a batch are cut, aggregated per (row, zone,
    column) and turned into partly covered cells and runs of full cells by a
    prefix sum within each row of each zone: the work grows with the zones'
    perimeters in cells, not with their areas or the grid's size.

    Parameters
    ----------
    geometries : Rings, or iterable of dict or None
        GeoJSON-like Polygon/MultiPolygon in the grid's CRS (or in the CRS that
        ``reproject`` starts from); None for a zone with no usable geometry.
    grid : RasterGrid
    cancelled : callable, optional
        Returns True when the user cancelled; checked between batches.
    batch_pieces : int
        Edge pieces handled at once; bounds peak memory.
    reproject : callable, optional
        Maps an (n, 2) array of x, y in the geometries' CRS to the grid's CRS; all
        vertices are transformed in one call.
    release : bool
        Free the vertices of ``geometries`` (a Rings) once they are in cell coordinates, when
        the caller needs no other grid's coverage: it keeps the peak memory down.
    workers : int, optional
        Threads cutting batches at once; 1 (the default) runs them in turn. With more, each batch
        has ``batch_pieces / workers`` pieces. The exposure engine passes :data:`COVERAGE_WORKERS`.
    """
    if not isinstance(geometries, Rings):
        geometries = Rings(geometries)
    rings = _RingTable(geometries, grid, reproject)
    if release:
        geometries.xy = None
    workers = workers or 1
    # Batches in flight together share the pieces one batch would have had: memory stays that of
    # one batch of ``batch_pieces`` (two batches of 250,000 took 45 MB more on the large city).
    batches = list(rings.batches(max(1, batch_pieces // max(1, workers))))
    chunks = []
    if workers <= 1 or len(batches) < 2:
        for zones in batches:
            _check_cancelled(cancelled)
            chunks.append(_batch_cells(rings, zones, grid.width, grid.height))
        return ZoneCells(chunks, rings.zone_area)
    # Batches are independent: numpy's sorts, ufuncs and gathers release the GIL on arrays this size,
    # so threads cut them on every core. At most ``workers`` batches are in flight (bounded memory) and
    # chunks are kept in batch order, so the result is the same as one batch after the other.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = deque()
        for zones in batches:
            _check_cancelled(cancelled)
            pending.append(pool.submit(_batch_cells, rings, zones, grid.width, grid.height))
            if len(pending) >= workers:
                chunks.append(pending.popleft().result())
        while pending:
            chunks.append(pending.popleft().result())
    return ZoneCells(chunks, rings.zone_area)


def _check_cancelled(cancelled):
    if cancelled is not None and cancelled():
        raise Cancelled(QT_TRANSLATE_NOOP('Engine', 'Cancelled while measuring settlement coverage.'))


class Rings:
    """Every ring of every settlement as compact arrays, built once from GeoJSON-like input.

    Keeps 16 bytes per vertex instead of Python's nested lists, so the input can be
    streamed from a file and memory stays small for very many settlements.

    Attributes
    ----------
    xy : ndarray (n, 2)
        All ring vertices, ring after ring (each ring closed).
    lengths, zone, role : ndarray
        Per ring: vertex count, settlement index, +1 for an exterior, -1 for a hole.
    zone_count : int
    """

    def __init__(self, geometries):
        coords, zones, roles, lengths = [], [], [], []
        count = 0
        for zone, geometry in enumerate(geometries):
            count = zone + 1
            if geometry is None:
                continue
            for exterior, holes in polygon_rings(geometry):
                for role, ring in [(1.0, exterior)] + [(-1.0, hole) for hole in holes]:
                    coords.append(ring)
                    zones.append(zone)
                    roles.append(role)
                    lengths.append(len(ring))
        self.zone_count = count
        self.xy = np.concatenate(coords) if coords else np.empty((0, 2))
        self.lengths = np.asarray(lengths, dtype=np.int64)
        self.zone = np.asarray(zones, dtype=np.int64)
        self.role = np.asarray(roles, dtype=np.float64)


class _RingTable:
    """The rings of :class:`Rings` in the cell coordinates of one grid."""

    def __init__(self, rings, grid, reproject=None):
        self.zone_area = np.zeros(rings.zone_count)
        self.ring_zone = rings.zone
        self.lengths = rings.lengths
        self.ring_start = np.cumsum(self.lengths) - self.lengths
        if len(self.lengths) == 0:
            self.u = self.v = self.ring_factor = self.ring_pieces = np.empty(0)
            return
        xy = rings.xy if reproject is None else reproject(rings.xy)
        self.u, self.v = grid.to_cell_coords(xy)
        del xy
        # Shoelace area of each ring, in cells.
        cross = self.u[:-1] * self.v[1:] - self.u[1:] * self.v[:-1]
        ends = self.ring_start + self.lengths - 1
        csum = np.concatenate([[0.0], np.cumsum(cross)])
        area = 0.5 * (csum[ends] - csum[self.ring_start])
        self.ring_factor = rings.role * np.where(area > 0, -1.0, 1.0)
        np.add.at(self.zone_area, self.ring_zone, rings.role * np.abs(area))
        # Pieces a ring will be cut into: its segments plus the grid lines they cross.
        crossings = np.abs(np.diff(self.u)) + np.abs(np.diff(self.v))
        cs = np.concatenate([[0.0], np.cumsum(crossings)])
        self.ring_pieces = cs[ends] - cs[self.ring_start] + self.lengths

    def batches(self, batch_pieces):
        """Lists of ring indexes, whole zones together, of about ``batch_pieces`` pieces."""
        if len(self.ring_zone) == 0:
            return
        zone_change = np.flatnonzero(np.r_[True, self.ring_zone[1:] != self.ring_zone[:-1]])
        zone_end = np.r_[zone_change[1:], len(self.ring_zone)]
        first = 0
        total = 0.0
        for start, end in zip(zone_change, zone_end):
            pieces = float(self.ring_pieces[start:end].sum())
            if total and total + pieces > batch_pieces:
                yield np.arange(first, start)
                first, total = start, 0.0
            total += pieces
        yield np.arange(first, len(self.ring_zone))


def _batch_cells(rings, ring_ids, width, height):
    """Runs and partial cells of the zones whose rings are ``ring_ids``."""
    starts = rings.ring_start[ring_ids]
    lengths = rings.lengths[ring_ids]
    # Vertex i starts a segment when i + 1 is in the same ring.
    counts = lengths - 1
    vertex = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(counts.sum())
    seg_ring = np.repeat(ring_ids, counts)
    a = np.column_stack([rings.u[vertex], rings.v[vertex]])
    b = np.column_stack([rings.u[vertex + 1], rings.v[vertex + 1]])
    seg, row, col, inside, dv = _pieces(a, b, width, height)
    if len(seg) == 0:
        return _chunk((np.empty(0),) * 5, (np.empty(0),) * 4, width)
    factor = rings.ring_factor[seg_ring[seg]]
    zone = rings.ring_zone[seg_ring[seg]]
    # Aggregate per (row, zone, column); zones are renumbered within the batch.
    zone_ids, local = np.unique(zone, return_inverse=True)
    nz = len(zone_ids)
    key = (row * nz + local) * (width + 1) + col
    order = np.argsort(key, kind='stable')
    key = key[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    inside = np.add.reduceat(inside[order] * factor[order], first)
    height_sum = np.add.reduceat(dv[order] * factor[order], first)
    key = key[first]
    col = key % (width + 1)
    row_zone = key // (width + 1)
    # Prefix sum of the heights within each (row, zone): the winding before each cell.
    group_first = np.r_[True, row_zone[1:] != row_zone[:-1]]
    running = np.cumsum(height_sum)
    group = np.cumsum(group_first) - 1
    before = running - height_sum
    before = before - before[group_first][group]
    after = before + height_sum
    cover = np.clip(inside + before, 0.0, 1.0)
    row = row_zone // nz
    zone = zone_ids[row_zone % nz]
    partial = cover > NOISE
    parts = (zone[partial], row[partial], col[partial], cover[partial])
    # Between one edge cell and the next in the same row, every cell is covered as
    # much as `after` says: fully inside a settlement, partly beside a horizontal edge.
    next_col = np.r_[col[1:], width]
    next_col[np.r_[group_first[1:], True]] = width
    after = np.clip(after, 0.0, 1.0)
    after[after >= FULL] = 1.0
    between = (after > NOISE) & (next_col > col + 1)
    runs = (zone[between], row[between], col[between] + 1, next_col[between], after[between])
    return _chunk(runs, parts, width)


def _chunk(runs, parts, width):
    """One batch's cells as a chunk, sorted by row.

    Fractions are 64-bit, zones 32-bit, columns 16-bit when the grid is narrower than 65,536
    cells (they are the most numerous), and rows are not stored per cell: ``<prefix>_row0``
    and ``<prefix>_offsets`` say where each row's cells start (compressed rows, as in CSR), in
    32 bits unless the chunk has 2**31 cells or more.
    """
    column_type = np.uint16 if width < 65536 else np.int32
    offset_type = np.int32 if max(len(runs[1]), len(parts[1])) < 2 ** 31 else np.int64
    chunk = {}
    for prefix, fields, columns in (('run', RUN_FIELDS, runs), ('part', PART_FIELDS, parts)):
        rows = np.asarray(columns[1]).astype(np.int64)
        order = np.argsort(rows, kind='stable')
        rows = rows[order]
        for name, column in zip(fields, columns):
            if name.endswith('_row'):
                continue
            kind = np.float64 if name.endswith('frac') else (column_type if '_col' in name else np.int32)
            chunk[name] = np.asarray(column)[order].astype(kind)
        row0 = int(rows[0]) if len(rows) else 0
        span = int(rows[-1]) - row0 + 1 if len(rows) else 0
        chunk[prefix + '_row0'] = row0
        chunk[prefix + '_offsets'] = np.searchsorted(rows, np.arange(row0, row0 + span + 1)).astype(offset_type)
    return chunk


def _row_span(chunk, prefix, row0, row1):
    """Indexes into ``<prefix>_offsets`` of rows [row0, row1), clipped to the chunk's rows."""
    last = len(chunk[prefix + '_offsets']) - 1
    start = chunk[prefix + '_row0']
    return min(max(row0 - start, 0), last), min(max(row1 - start, 0), last)


def _column(chunk, name, a, b):
    """One field of the chunk's cells in offset rows [a, b); rows are rebuilt from the offsets."""
    prefix = name.split('_')[0]
    offsets = chunk[prefix + '_offsets']
    if name.endswith('_row'):
        start = chunk[prefix + '_row0']
        return np.repeat(np.arange(start + a, start + b, dtype=np.int32), np.diff(offsets[a:b + 1]))
    return chunk[name][offsets[a]:offsets[b]]
