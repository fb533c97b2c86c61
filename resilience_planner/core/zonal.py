"""Coverage-weighted zonal reductions over one raster strip at a time.

A strip is a block of full-width rows. Each run of equally covered cells is summed
with ``np.add.reduceat`` over the cells it holds (never by subtracting prefix sums,
which a huge value elsewhere in the row would swamp), partly covered cells are
gathered and weighted by their fraction, and both are reduced per zone with
``np.bincount``. Nothing is looped over in Python per cell or per polygon.
"""
import logging

import numpy as np

logger = logging.getLogger(__name__)


class StripCells:
    """The runs and partial cells of a :class:`ZoneCells` that fall in one strip."""

    def __init__(self, cells, row0, row1, width):
        found = cells.rows(row0, row1)
        self.zone_count = cells.zone_count
        self.width = width
        self.size = (row1 - row0) * width
        self.run_zone = found['run_zone']
        self.run_frac = found['run_frac']
        row = found['run_row'].astype(np.int64) - row0
        # Flat [start, end) index pairs, interleaved for reduceat.
        bounds = np.empty(2 * len(self.run_zone), np.int64)
        bounds[0::2] = row * width + found['run_col0']
        bounds[1::2] = row * width + found['run_col1']
        self.bounds = bounds
        self.part_zone = found['part_zone']
        self.part_index = (found['part_row'].astype(np.int64) - row0) * width + found['part_col']
        self.part_frac = found['part_frac']

    @property
    def empty(self):
        return len(self.run_zone) == 0 and len(self.part_zone) == 0

    def _run_reduce(self, ufunc, flat, dtype=None):
        """ufunc over each run's cells of a flat strip (with one padding cell at the end)."""
        bounds = self.bounds
        if len(flat) == self.size:
            raise ValueError('strip arrays need one padding cell at the end')
        return ufunc.reduceat(flat, bounds, dtype=dtype)[0::2]

    def weighted_sum(self, flat):
        """Per zone, the sum of a flat strip array times covered fraction.

        ``flat`` holds the strip's cells row by row plus one padding cell at the end.
        """
        n = self.zone_count
        total = np.zeros(n)
        if len(self.run_zone):
            sums = self._run_reduce(np.add, flat, np.float64)
            total += np.bincount(self.run_zone, sums * self.run_frac, minlength=n)
        if len(self.part_zone):
            total += np.bincount(self.part_zone, flat[self.part_index] * self.part_frac, minlength=n)
        return total

    def maximum(self, flat_masked, out):
        """Update ``out`` with each zone's maximum of a flat strip where invalid cells are -inf.

        Cells count when any part of them is covered, as in exactextract.
        """
        if len(self.run_zone):
            _group_max(self.run_zone, self._run_reduce(np.maximum, flat_masked), out)
        if len(self.part_zone):
            _group_max(self.part_zone, flat_masked[self.part_index], out)


def padded(shape_cells, dtype):
    """A flat array of ``shape_cells`` + 1 zeros: strip cells and the padding cell."""
    return np.zeros(shape_cells + 1, dtype=dtype)


def _group_max(zones, values, out):
    """out[z] = max(out[z], max of values of zone z), vectorised by sorting."""
    order = np.argsort(zones, kind='stable')
    zones = zones[order]
    values = values[order]
    starts = np.flatnonzero(np.r_[True, zones[1:] != zones[:-1]])
    group = np.maximum.reduceat(values, starts)
    ids = zones[starts]
    out[ids] = np.maximum(out[ids], group)
