"""Hazard exposure of settlements: shares of area and people exposed, per hazard.

For every hazard raster the settlements are reprojected to the raster's CRS, their
exact cell coverage is measured once, and the raster is read once in row strips.
Statistics weight every cell by the share of it the settlement covers, so a
settlement smaller than one cell still gets its values. Nodata is left out of
every statistic, never counted as zero.
"""
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import List

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import transform

from .coverage import COVERAGE_WORKERS, Rings, zone_cells
from .errors import QT_TRANSLATE_NOOP, Cancelled, InputError, Message
from .grid import DEFAULT_STRIP_CELLS, RawStrip, StripBuffers, block_rows, open_on_grid, open_raster, raster_grid
from .memory import release_free_memory
from .rules import as_rule
from .zonal import StripCells


def layer_key(name, fallback='hazard', digit_prefix='h_'):
    """Field prefix for a layer: lowercase, runs of non-alphanumerics turned into ``_``.

    ``fallback`` stands in for a name with no Latin letter or digit; ``digit_prefix``
    goes before a key that would start with a digit (field names should not).
    """
    key = re.sub(r'[^0-9a-z]+', '_', str(name).lower()).strip('_')
    if not key:
        key = fallback
    if key[0].isdigit():
        key = digit_prefix + key
    return key


#: Keys whose fields would clash with the fields computed across hazards.
RESERVED_KEYS = {'any', 'exposed'}


def unique_keys(names, fallback='hazard', digit_prefix='h_'):
    """Field prefixes for several layers, numbered where two would clash.

    A key is never reused, whether it was made from a name or by numbering, and
    never one whose fields would collide with ``any_exposed_*`` or ``exposed_hazards``.
    """
    keys, taken = [], set(RESERVED_KEYS)
    for name in names:
        key = base = layer_key(name, fallback, digit_prefix)
        number = 2
        while key in taken:
            key = '{0}_{1}'.format(base, number)
            number += 1
        taken.add(key)
        keys.append(key)
    return keys


@dataclass
class Hazard:
    """One hazard raster to overlay.

    Attributes
    ----------
    path : str
        A file GDAL can open.
    name : str
        The layer name, used in messages.
    key : str
        Field prefix (see :func:`layer_key`).
    rule : ExposureRule, float or None
        Which values are exposed (see :mod:`.rules`); a number means value >= it, None the
        default (value > 0).
    band : int
    """

    path: str
    name: str
    key: str
    rule: object = None
    band: int = 1

    def __post_init__(self):
        self.rule = as_rule(self.rule)

    def exposed(self, values, valid):
        return valid & self.rule.mask(values)


@dataclass
class HazardExposure:
    """Per-settlement results for one hazard; NaN stands for NULL."""

    key: str
    mean: np.ndarray
    max: np.ndarray
    exposed_share: np.ndarray
    coverage: np.ndarray
    exposed_pop: np.ndarray


@dataclass
class ExposureResult:
    """Exposure of every settlement to every hazard, plus across hazards."""

    hazards: List[HazardExposure]
    any_exposed_share: np.ndarray
    any_exposed_pop: np.ndarray
    exposed_hazards: np.ndarray
    notes: List[str] = field(default_factory=list)

    @property
    def exposed_settlements(self):
        """How many settlements have some area exposed to at least one hazard."""
        return int(np.sum(np.nan_to_num(self.any_exposed_share) > 0))

    @property
    def exposed_population(self):
        """People living in cells exposed to at least one hazard (all settlements).

        None when no settlement has a population figure: unknown, not zero.
        """
        if np.all(np.isnan(self.any_exposed_pop)):
            return None
        return float(np.nansum(self.any_exposed_pop))


class _Sums:
    """Running coverage-weighted sums for one hazard (or the union of hazards)."""

    def __init__(self, n):
        self.valid = np.zeros(n)
        self.value = np.zeros(n)
        self.exposed = np.zeros(n)
        self.exposed_pop = np.zeros(n)
        self.max = np.full(n, -np.inf)

    def add(self, strip, values, valid, exposed, population):
        """Add one strip; arrays hold the strip's covered cells (see StripCells.take)."""
        self.valid += strip.weighted_sum(valid)
        self.exposed += strip.weighted_sum(exposed)
        if values is not None:
            self.value += strip.weighted_sum(values)
            strip.maximum(np.where(valid, values, np.float32(-np.inf)), self.max)
        if population is not None:
            self.exposed_pop += strip.weighted_sum(population * exposed)


def _share(numerator, denominator):
    with np.errstate(invalid='ignore', divide='ignore'):
        return np.where(denominator > 0, numerator / np.where(denominator > 0, denominator, 1), np.nan)


class _Progress:
    def __init__(self, progress, cancelled, total):
        self.progress = progress
        self.cancelled = cancelled
        self.total = max(1, total)
        self.done = 0

    def check(self):
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP('Engine', 'Settlement exposure was cancelled; nothing was written.'))

    def step(self, amount=1):
        self.done += amount
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))
        self.check()


#: What the polygons are, in messages: the ``noun`` of :func:`settlement_exposure`, as (plural, singular).
_NOUNS = {'settlement': (QT_TRANSLATE_NOOP('Engine', 'settlements'), QT_TRANSLATE_NOOP('Engine', 'settlement')),
          'feature': (QT_TRANSLATE_NOOP('Engine', 'features'), QT_TRANSLATE_NOOP('Engine', 'feature'))}


def settlement_exposure(geometries, crs, hazards, population_path=None,
                        population_counts=None, strip_cells=DEFAULT_STRIP_CELLS,
                        progress=None, cancelled=None, population_name='population', noun='settlement',
                        require_overlap=True):
    """Exposure of settlements to one or more hazard rasters.

    Parameters
    ----------
    geometries : iterable of dict or None
        GeoJSON-like Polygon/MultiPolygon per settlement, in ``crs``; None for a
        settlement without usable geometry (its statistics are NULL). Read once,
        so a generator streaming from a file keeps memory small.
    crs : str or rasterio.crs.CRS
        CRS of the geometries (WKT, EPSG code string, ...).
    hazards : list of Hazard
    population_path : str, optional
        Raster of persons per cell. It is brought onto each hazard's grid with GDAL's
        ``sum`` resampling, which keeps the number of people.
    population_counts : array-like, optional
        Persons per settlement (NaN where unknown), used without a population
        raster: exposed people = persons x exposed share.
    strip_cells : int
        Cells read at once; bounds peak memory.
    progress : callable(float), optional
    cancelled : callable() -> bool, optional
    population_name : str
        The population layer's name, used in messages.
    noun : str
        What the polygons are, in messages ("settlement", "feature").
    require_overlap : bool
        Stop when no polygon overlaps a hazard raster (otherwise their statistics are NULL).

    Returns
    -------
    ExposureResult
    """
    if not hazards:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'No hazard raster was given. Choose at least one hazard layer.'))
    plural, singular = _NOUNS.get(noun, (noun + 's', noun))
    if crs is None or str(crs).strip() == '':
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The {0} layer has no CRS. Set its coordinate reference '
                                                     'system (Layer Properties > Source) and run again.'), plural)
    rings = Rings(geometries)
    n = rings.zone_count
    if n == 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The {0} layer has no features. Choose a layer with {1} '
                                                     'polygons.'), plural, singular)
    if len(rings.lengths) == 0 and require_overlap:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'None of the {0} {1} has a usable polygon geometry (all are '
                                                     'empty, null or not polygons). Check the {1} layer.'), n, plural)
    grids = [raster_grid(h.path, h.name) for h in hazards]
    if population_path is not None:
        raster_grid(population_path, population_name)
    groups = _group_by_grid(grids)
    ticker = _Progress(progress, cancelled,
                       len(groups) * n // 2000 + sum(len(_windows(grids[g[0]], hazards[g[0]], strip_cells))
                                                    for g in groups))
    src_crs = rasterio.crs.CRS.from_user_input(crs)
    cells_by_group = []
    for number, group in enumerate(groups):
        grid = grids[group[0]]
        cells_by_group.append(zone_cells(rings, grid, cancelled=cancelled,
                                         reproject=_reprojector(src_crs, grid.crs),
                                         release=number == len(groups) - 1, workers=COVERAGE_WORKERS))
        ticker.step(n // 2000)
    del rings          # the vertices are not needed once the coverage is known: free them before the pass
    release_free_memory()   # and give what the coverage step freed back, before the pass takes more
    if require_overlap:
        _check_overlap(hazards, groups, cells_by_group, grids)

    sums = [None] * len(hazards)
    union = _Sums(n) if len(hazards) > 1 else None
    zone_area = [None] * len(hazards)
    for index, (group, cells) in enumerate(zip(groups, cells_by_group)):
        grid = grids[group[0]]
        others = [h for h in range(len(hazards)) if h not in group] if index == 0 else []
        for h in group:
            sums[h] = _Sums(n)
            zone_area[h] = cells.zone_cells
        _pass(grid, cells, [hazards[h] for h in group], [sums[h] for h in group],
              [hazards[h] for h in others], union if index == 0 else None,
              (population_path, population_name), strip_cells, ticker)
        release_free_memory()   # the strips' arrays and GDAL's blocks, before the next grid or the caller

    counts = None
    if population_path is None and population_counts is not None:
        counts = np.asarray(population_counts, dtype=np.float64)
    notes = []
    if population_path is None and counts is None:
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'No population raster or population field was given: '
                                                         'exposed population is left empty (NULL).')))
    results = []
    for hazard, total, area in zip(hazards, sums, zone_area):
        results.append(_finish(hazard.key, total, area, population_path, counts))
    if union is None:
        first = results[0]
        any_share, any_pop = first.exposed_share, first.exposed_pop
    else:
        any_share = _share(union.exposed, union.valid)
        any_pop = _population(union, any_share, population_path, counts)
    shares = np.vstack([r.exposed_share for r in results])
    exposed_hazards = np.sum(np.nan_to_num(shares) > 0, axis=0).astype(np.float64)
    exposed_hazards[np.all(np.isnan(shares), axis=0)] = np.nan
    if any(not grids[0].same_as(g) for g in grids[1:]):
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'Hazards are on different grids: any_exposed_share and '
                                                         'any_exposed_pop are computed on the grid of the first '
                                                         'hazard, with the others resampled to it by nearest '
                                                         'neighbour.')))
    return ExposureResult(results, any_share, any_pop, exposed_hazards, notes)


def _group_by_grid(grids):
    groups = []
    for index, grid in enumerate(grids):
        for group in groups:
            if grids[group[0]].same_as(grid):
                group.append(index)
                break
        else:
            groups.append([index])
    return groups


def _reprojector(src_crs, dst_crs):
    """A function reprojecting an (n, 2) coordinate array in one GDAL call, or None."""
    if src_crs == dst_crs:
        return None

    def reproject(xy):
        x, y = transform(src_crs, dst_crs, xy[:, 0], xy[:, 1])
        out = np.column_stack([x, y])
        if not np.all(np.isfinite(out)):
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Some settlement vertices cannot be reprojected from {0} '
                                                         'to {1}. Check that the settlements layer has the right '
                                                         'CRS.'), src_crs.to_string(), dst_crs.to_string())
        return out
    return reproject


def _check_overlap(hazards, groups, cells_by_group, grids):
    for group, cells in zip(groups, cells_by_group):
        if cells.covered_cells().sum() > 0:
            continue
        names = ', '.join('"{0}"'.format(hazards[h].name) for h in group)
        xmin, ymin, xmax, ymax = grids[group[0]].bounds
        raise InputError(
            QT_TRANSLATE_NOOP('Engine', 'No settlement overlaps hazard raster {0} (extent {1:.6g}, {2:.6g} to '
                                        '{3:.6g}, {4:.6g} in {5}). Check that the layers cover the same city and '
                                        'that both have the right CRS.'),
            names, xmin, ymin, xmax, ymax, grids[group[0]].crs.to_string())


def _pass(grid, cells, hazards, sums, union_hazards, union, population, strip_cells, ticker):
    """One read of every raster on ``grid``, strip by strip.

    The next raster's strip is read in a second thread while this one's covered cells are
    gathered and reduced (GDAL decompresses without holding Python's lock), and only strips
    that hold some settlement are read at all.
    """
    population_path, population_name = population
    sources = [(h.path, h.band, Resampling.nearest, h.name) for h in hazards]
    sources += [(h.path, h.band, Resampling.nearest, h.name) for h in union_hazards]
    if population_path is not None:
        sources.append((population_path, 1, Resampling.sum, population_name))
    windows = _windows(grid, hazards[0], strip_cells)
    wanted = [w for w in windows if cells.has_rows(int(w.row_off), int(w.row_off + w.height))]
    ticker.step(len(windows) - len(wanted))
    if not wanted:
        return

    # Every source of every strip is read in turn, in a second thread, into one of two arrays
    # (per data type), reused all along: the next read fills one while this thread gathers the
    # covered cells from the other and reduces them.
    reads = [(window, source) for window in wanted for source in sources]
    buffers = (StripBuffers(), StripBuffers())
    strip, arrays = None, []

    def strip_cells(window):
        return StripCells(cells, int(window.row_off), int(window.row_off + window.height), grid.width)
    # A third thread finds the next strip's covered cells (numpy, mostly without the GIL) while this
    # one reduces the current strip: the same StripCells, built beside the reduction instead of after it.
    with ThreadPoolExecutor(max_workers=1) as reader, ThreadPoolExecutor(max_workers=1) as finder:
        pending = reader.submit(_read_raw, grid, reads[0], buffers[0])
        next_cells = finder.submit(strip_cells, wanted[0])
        strip_number = 0
        for index in range(len(reads)):
            raw = pending.result()
            if index + 1 < len(reads):
                pending = reader.submit(_read_raw, grid, reads[index + 1], buffers[(index + 1) % 2])
            if strip is None:
                strip = next_cells.result()
                strip_number += 1
                if strip_number < len(wanted):
                    next_cells = finder.submit(strip_cells, wanted[strip_number])
            arrays.append(raw.covered(strip))
            del raw
            if len(arrays) < len(sources):
                continue
            people = arrays[-1][0] if population_path is not None else None
            any_valid = any_exposed = None
            for hazard, total, (values, valid) in zip(hazards, sums, arrays):
                exposed = hazard.exposed(values, valid)
                total.add(strip, values, valid, exposed, people)
                if union is not None:
                    # Copies: the union hazards below are or-ed into these in place.
                    any_valid = valid.copy() if any_valid is None else any_valid | valid
                    any_exposed = exposed.copy() if any_exposed is None else any_exposed | exposed
            if union is not None:
                for hazard, (values, valid) in zip(union_hazards, arrays[len(hazards):]):
                    any_valid |= valid
                    any_exposed |= hazard.exposed(values, valid)
                union.add(strip, None, any_valid, any_exposed, people)
            strip, arrays = None, []
            ticker.step()


def _read_raw(grid, read, buffers):
    """One strip of one source on ``grid``, as a RawStrip whose values are in ``buffers``.

    The source is opened for this strip only, so GDAL's block cache is released as
    soon as the strip is read and memory does not grow with the raster.
    """
    window, (path, band, resampling, name) = read
    # GDAL decodes the tiles of one read in parallel when asked (GeoTIFF since GDAL 3.6);
    # rasterio sets the option for this thread only.
    with rasterio.Env(GDAL_NUM_THREADS='ALL_CPUS'):
        with open_on_grid(path, grid, resampling, name) as dataset:
            return RawStrip(dataset, window, band, buffers)


def _windows(grid, hazard, strip_cells):
    """The strips of ``grid``, aligned with the blocks of the hazard raster read on it."""
    return list(grid.strips(strip_cells, block_rows(hazard.path, hazard.name)))


def _population(total, share, population_path, counts):
    if population_path is not None:
        return np.where(total.valid > 0, total.exposed_pop, np.nan)
    if counts is not None:
        return counts * share
    return np.full(len(share), np.nan)


def _finish(key, total, zone_area, population_path, counts):
    share = _share(total.exposed, total.valid)
    mean = _share(total.value, total.valid)
    peak = np.where(total.valid > 0, total.max, np.nan)
    with np.errstate(invalid='ignore', divide='ignore'):
        coverage = np.where(zone_area > 0, np.clip(total.valid / np.where(zone_area > 0, zone_area, 1),
                                                   0.0, 1.0), np.nan)
    return HazardExposure(key, mean, peak, share, coverage,
                          _population(total, share, population_path, counts))


def raster_sums(geometries, crs, path, name=None, strip_cells=DEFAULT_STRIP_CELLS, cancelled=None, band=1):
    """Coverage-weighted sum of a raster (e.g. persons per cell) inside each polygon.

    Polygons are reprojected to the raster's CRS (never the raster to theirs), partly
    covered cells count by their covered share, and the raster (``band``) is read once in
    strips, on its own cells. Returns an array with NaN for polygons that cover no valid cell.
    """
    rings = Rings(geometries)
    grid = raster_grid(path, name)
    cells = zone_cells(rings, grid, cancelled=cancelled,
                       reproject=_reprojector(rasterio.crs.CRS.from_user_input(crs), grid.crs))
    total = np.zeros(rings.zone_count)
    valid_cells = np.zeros(rings.zone_count)
    with open_raster(path, name) as dataset:
        for window in grid.strips(strip_cells, block_rows(path, name)):
            row0, row1 = int(window.row_off), int(window.row_off + window.height)
            if not cells.has_rows(row0, row1):
                continue
            strip = StripCells(cells, row0, row1, grid.width)
            values, valid = RawStrip(dataset, window, band).covered(strip)
            total += strip.weighted_sum(values.astype(np.float64))
            valid_cells += strip.weighted_sum(valid.astype(np.float64))
    return np.where(valid_cells > 0, total, np.nan)
