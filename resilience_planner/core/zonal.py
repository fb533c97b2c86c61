"""Coverage-weighted zonal reductions over one raster strip at a time.

A strip is a block of full-width rows. Fully covered runs of cells are summed with
a prefix sum along each row (two look-ups per run), partly covered cells are
gathered and weighted by their fraction, and both are reduced per zone with
``np.bincount``. Nothing is looped over in Python per cell or per polygon.
"""
import logging

import numpy as np

logger = logging.getLogger(__name__)


class StripCells:
    """The runs and partial cells of a :class:`ZoneCells` that fall in one strip."""

    def __init__(self, cells, row0, row1, width):
        runs, parts = cells.rows_slice(row0, row1)
        self.zone_count = cells.zone_count
        self.width = width
        self.run_zone = cells.run_zone[runs]
        self.run_row = cells.run_row[runs] - row0
        self.run_col0 = cells.run_col0[runs]
        self.run_col1 = cells.run_col1[runs]
        self.part_zone = cells.part_zone[parts]
        self.part_row = cells.part_row[parts] - row0
        self.part_col = cells.part_col[parts]
        self.part_frac = cells.part_frac[parts]

    @property
    def empty(self):
        return len(self.run_zone) == 0 and len(self.part_zone) == 0

    def weighted_sum(self, values):
        """Per zone, the sum of ``values`` times covered fraction over this strip."""
        n = self.zone_count
        total = np.zeros(n)
        if len(self.run_zone):
            prefix = np.zeros((values.shape[0], values.shape[1] + 1))
            np.cumsum(values, axis=1, out=prefix[:, 1:])
            run_sums = (prefix[self.run_row, self.run_col1]
                        - prefix[self.run_row, self.run_col0])
            total += np.bincount(self.run_zone, run_sums, minlength=n)
        if len(self.part_zone):
            gathered = values[self.part_row, self.part_col] * self.part_frac
            total += np.bincount(self.part_zone, gathered, minlength=n)
        return total

    def maximum(self, values, valid, out):
        """Update ``out`` with each zone's maximum of valid ``values`` in this strip.

        Cells count when any part of them is covered, as in exactextract.
        """
        masked = np.where(valid, values, -np.inf)
        if len(self.run_zone):
            flat = np.append(masked.ravel(), -np.inf)
            starts = self.run_row * self.width + self.run_col0
            ends = self.run_row * self.width + self.run_col1
            bounds = np.empty(2 * len(starts), np.int64)
            bounds[0::2] = starts
            bounds[1::2] = ends
            run_max = np.maximum.reduceat(flat, bounds)[0::2]
            _group_max(self.run_zone, run_max, out)
        if len(self.part_zone):
            _group_max(self.part_zone, masked[self.part_row, self.part_col], out)


def _group_max(zones, values, out):
    """out[z] = max(out[z], max of values of zone z), vectorised by sorting."""
    order = np.argsort(zones, kind='stable')
    zones = zones[order]
    values = values[order]
    starts = np.flatnonzero(np.r_[True, zones[1:] != zones[:-1]])
    group = np.maximum.reduceat(values, starts)
    ids = zones[starts]
    out[ids] = np.maximum(out[ids], group)
