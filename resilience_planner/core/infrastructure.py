"""Hazard exposure of infrastructure: points, lines and polygons.

Lines are measured in a metric CRS: each line is split into pieces no longer than a
sampling step, and a piece counts as exposed when the hazard at its middle is. The
exposed length is therefore exact to within one step per transition between exposed
and dry ground; the maximum is taken over the pieces' ends and middles.
"""
import logging
from dataclasses import dataclass

import numpy as np

from .access import densify
from .grid import sample_points

logger = logging.getLogger(__name__)


@dataclass
class LineExposure:
    """Per line: hazard maximum (NaN without data), exposed length and total length in metres.

    ``exposed`` is 1 when any sampled place along the line is exposed (so it agrees with
    the maximum), even where the exposed stretch is shorter than a sampling step.
    """

    maximum: np.ndarray
    exposed_length: np.ndarray
    length: np.ndarray
    threshold: object = None

    @property
    def exposed(self):
        return np.where(np.isnan(self.maximum), np.nan, is_exposed(self.maximum, self.threshold).astype(float))


def is_exposed(values, threshold):
    """Exposure rule shared with settlement exposure: value >= threshold, or > 0 without one."""
    values = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid='ignore'):
        hit = values >= threshold if threshold is not None else values > 0
    return hit & np.isfinite(values)


def line_exposure(lines, crs, hazard_path, threshold=None, step=10.0, name=None):
    """Exposure of polylines (lists of (k, 2) arrays in metres, one list per feature).

    Parameters
    ----------
    lines : list of list of ndarray
        The parts of each line feature, in a projected CRS in metres.
    crs : str
        That CRS (WKT or authority string).
    hazard_path : str
    threshold : float or None
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
    if not parts:
        return LineExposure(maximum, exposed_length, length, threshold)
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
    np.add.at(exposed_length, piece_owner, np.where(is_exposed(middle_values, threshold), piece_length, 0.0))
    for values, who in ((vertex_values, vertex_owner), (middle_values, piece_owner)):
        valid = np.isfinite(values)
        if valid.any():
            np.fmax.at(maximum, who[valid], values[valid])
    return LineExposure(maximum, exposed_length, length, threshold)
