"""Hazard exposure of infrastructure: points, lines and polygons.

Lines are measured in a metric CRS: each line is split into pieces no longer than a
sampling step, and a piece counts as exposed when the hazard at its middle is. The
exposed length is therefore exact to within one step per transition between exposed
and dry ground; the maximum is taken over the pieces' ends and middles.
"""
from dataclasses import dataclass

import numpy as np

from .access import densify
from .grid import sample_points
from .rules import as_rule


@dataclass
class LineExposure:
    """Per line: hazard maximum (NaN without data), exposed length and total length in metres.

    ``exposed`` is 1 when any sampled place along the line is exposed (so it agrees with
    the maximum), even where the exposed stretch is shorter than a sampling step.
    """

    maximum: np.ndarray
    exposed_length: np.ndarray
    length: np.ndarray
    touched: np.ndarray = None          # any sampled place exposed, per line

    @property
    def exposed(self):
        touched = np.zeros(len(self.maximum), dtype=bool) if self.touched is None else self.touched
        return np.where(np.isnan(self.maximum), np.nan, touched.astype(float))


def is_exposed(values, rule):
    """The exposure rule shared with settlement exposure (an ExposureRule, a number meaning
    value >= it, or None for value > 0), on sampled values; never where a value is NaN."""
    return as_rule(rule).mask(np.asarray(values, dtype=np.float64))


def line_exposure(lines, crs, hazard_path, rule=None, step=10.0, name=None):
    """Exposure of polylines (lists of (k, 2) arrays in metres, one list per feature).

    Parameters
    ----------
    lines : list of list of ndarray
        The parts of each line feature, in a projected CRS in metres.
    crs : str
        That CRS (WKT or authority string).
    hazard_path : str
    rule : ExposureRule, float or None (see is_exposed)
    step : float
        Sampling step in metres.
    """
    parts, owner = [], []
    for index, feature_parts in enumerate(lines):
        for part in feature_parts:
            if len(part) >= 2:
                parts.append(densify(part, step))
                owner.append(index)
    n = len(lines)
    maximum = np.full(n, np.nan)
    exposed_length = np.zeros(n)
    length = np.zeros(n)
    touched = np.zeros(n, dtype=bool)
    if not parts:
        return LineExposure(maximum, exposed_length, length, touched)
    counts = np.array([len(p) for p in parts])
    points = np.vstack(parts)
    ends = np.cumsum(counts) - 1
    is_start = np.ones(len(points), dtype=bool)
    is_start[ends] = False
    a = np.flatnonzero(is_start)
    piece_owner = np.repeat(np.asarray(owner), counts - 1)
    middles = 0.5 * (points[a] + points[a + 1])
    piece_length = np.hypot(*(points[a + 1] - points[a]).T)
    vertex_values = sample_points(hazard_path, points, crs, name)
    middle_values = sample_points(hazard_path, middles, crs, name)
    vertex_owner = np.repeat(np.asarray(owner), counts)
    np.add.at(length, piece_owner, piece_length)
    np.add.at(exposed_length, piece_owner, np.where(is_exposed(middle_values, rule), piece_length, 0.0))
    for values, who in ((vertex_values, vertex_owner), (middle_values, piece_owner)):
        valid = np.isfinite(values)
        if valid.any():
            np.fmax.at(maximum, who[valid], values[valid])
        # Exposed where any sampled place is: with a rule such as <=2 or =1 the maximum cannot say.
        touched[np.unique(who[is_exposed(values, rule)])] = True
    return LineExposure(maximum, exposed_length, length, touched)
