"""Coverage-weighted zonal reductions over one raster strip at a time.

A strip is a block of full-width rows. Only the cells some settlement covers are
gathered from it, into a compact array: first the cells of every run (a run is a
stretch of equally covered cells in one row), then the partly covered cells, then
one padding cell. Runs are summed with ``np.add.reduceat`` over their own cells
(never by subtracting prefix sums, which a huge value elsewhere in the row would
swamp), and everything is reduced per zone with ``np.bincount``. Nothing is looped
over in Python per cell or per polygon, and cells outside every settlement are never
touched after reading.
"""

import numpy as np


class StripCells:
    """The cells of a :class:`ZoneCells` that fall in one strip, and how to gather them."""

    def __init__(self, cells, row0, row1, width):
        found = cells.rows(row0, row1)
        self.zone_count = cells.zone_count
        self.run_zone = found['run_zone']
        self.run_frac = found['run_frac']
        self.part_zone = found['part_zone']
        self.part_frac = found['part_frac']
        lengths = (found['run_col1'] - found['run_col0']).astype(np.int64)
        starts = (found['run_row'].astype(np.int64) - row0) * width + found['run_col0']
        offsets = np.cumsum(lengths) - lengths
        run_cells = int(lengths.sum())
        # Flat strip index of every gathered cell: runs' cells, partial cells, padding.
        self.gather = np.empty(run_cells + len(self.part_zone) + 1, np.int64)
        self.gather[:run_cells] = np.repeat(starts - offsets, lengths) + np.arange(run_cells)
        self.gather[run_cells:-1] = (found['part_row'].astype(np.int64) - row0) * width + found['part_col']
        self.gather[-1] = 0
        # reduceat bounds: each run's first compact cell, then the start of the partial cells
        # (whose reduction is dropped), so the last run ends where the partial cells begin.
        self.run_bounds = np.append(offsets, run_cells)
        self.parts = slice(run_cells, run_cells + len(self.part_zone))
        self.lengths = lengths

    def cell_zones(self):
        """Zone and covered fraction of every gathered cell (padding excluded)."""
        zones = np.concatenate([np.repeat(self.run_zone, self.lengths), self.part_zone]).astype(np.int64)
        fracs = np.concatenate([np.repeat(self.run_frac, self.lengths), self.part_frac])
        return zones, fracs

    def dense(self, size, weights):
        """Per cell of the flat strip, the sum of ``weights`` (one per gathered cell) over zones."""
        return np.bincount(self.gather[:-1], weights, minlength=size)

    def take(self, strip):
        """Gather the covered cells of a full strip array (2-D or flat); the padding cell is 0."""
        out = np.ravel(strip)[self.gather]
        out[-1] = 0
        return out

    def weighted_sum(self, compact):
        """Per zone, the sum of a gathered array times covered fraction."""
        n = self.zone_count
        total = np.zeros(n)
        if len(self.run_zone):
            sums = np.add.reduceat(compact, self.run_bounds, dtype=np.float64)[:-1]
            total += np.bincount(self.run_zone, sums * self.run_frac, minlength=n)
        if len(self.part_zone):
            total += np.bincount(self.part_zone, compact[self.parts] * self.part_frac, minlength=n)
        return total

    def maximum(self, compact_masked, out):
        """Update ``out`` with each zone's maximum of a gathered array where invalid cells are -inf.

        Cells count when any part of them is covered, as in exactextract.
        """
        if len(self.run_zone):
            _group_max(self.run_zone, np.maximum.reduceat(compact_masked, self.run_bounds)[:-1], out)
        if len(self.part_zone):
            _group_max(self.part_zone, compact_masked[self.parts], out)


def _group_max(zones, values, out):
    """out[z] = max(out[z], max of values of zone z), vectorised by sorting."""
    order = np.argsort(zones, kind='stable')
    zones = zones[order]
    values = values[order]
    starts = np.flatnonzero(np.r_[True, zones[1:] != zones[:-1]])
    group = np.maximum.reduceat(values, starts)
    ids = zones[starts]
    out[ids] = np.maximum(out[ids], group)
