"""Citywide priority map: criteria value functions, weighted overlay, drivers, sensitivity.

Every criterion (hazards, people, vulnerability, access to services) is brought onto
one analysis grid, turned into a 0-1 score by a value function, and combined with
weights into a 0-100 priority per cell. The grid is processed in full-width strips, so
memory depends on the strip size, not on the city's size. Settlements are summarised
on the way (coverage-weighted means of every criterion score and of the priority), so
ranking, drivers and the weight sensitivity need no second overlay: a settlement's
criterion means are all that reweighting needs.
"""
import contextlib
import math
import os
import re
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import List, Optional

import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.transform import Affine
from rasterio.windows import Window

from .coverage import Rings, zone_cells
from .errors import QT_TRANSLATE_NOOP, Cancelled, InputError, Message
from .grid import RasterGrid, RawStrip, cell_area_on, open_on_grid, open_raster, raster_grid
from .indicators import competition_rank
from .polygonize import zone_polygons
from .zonal import StripCells

PRIORITY_NODATA = -9999.0
METHODS = ('sum', 'product')
MISSING = ('reweight', 'zero', 'nodata')
CLASSIFICATIONS = ('quantile', 'equal')
#: Bins of the city-wide priority histogram that class breaks are read from (0.01 wide).
HISTOGRAM_BINS = 10000
#: The shares of the cells below the middle colours of the priority ramp: the half of the city with the lowest
#: priorities in its palest colours, the top tenth between its two darkest.
RAMP_SHARES = (0.5, 0.75, 0.9)
#: Strips read to choose automatic bounds on a large grid, and values kept from each.
#: Sensitivity runs draw their weights from this seed, so identical inputs give identical outputs.
SENSITIVITY_SEED = 20261129
#: A settlement is stable when it keeps its quintile in at least this share of runs.
STABLE_SHARE = 0.9
#: Cells of the analysis grid handled at once: about 0.4 GB of working arrays at most.
PRIORITY_STRIP_CELLS = 1_000_000
#: Largest grid accepted (cells); beyond it the cell size is surely too small for the boundary.
MAX_CELLS = 2_000_000_000


# --------------------------------------------------------------------------- value functions

@dataclass
class ValueFunction:
    """Turns criterion values into 0-1 scores.

    ``linear``: 0 at ``low``, 1 at ``high``, straight in between and flat beyond (``low``
    above ``high`` scores falling values). ``step``: 1 from ``low`` (the threshold) up, 0
    below. ``classes``: each listed value gets its score; other values get ``default`` (the
    mapping's ``other:``) or, without one, no score (missing, never a silent 0: a classed raster
    with classes the mapping does not list is refused before the overlay).
    ``high`` None means "choose it from the data" (see :func:`priority_map`).
    """

    kind: str = 'linear'
    low: Optional[float] = 0.0
    high: Optional[float] = None
    classes: Optional[dict] = None
    default: Optional[float] = None

    def score(self, values):
        values = np.asarray(values, dtype=np.float64)
        if self.kind == 'linear' and self.high != self.low:
            # Element by element, NaN in NaN out: no gather of the known values and scatter back, which
            # took most of this function's time on a strip of a million cells (the same numbers).
            with np.errstate(invalid='ignore', over='ignore'):
                return np.clip((values - self.low) / (self.high - self.low), 0.0, 1.0)
        out = np.full(values.shape, np.nan, dtype=np.float64)
        ok = ~np.isnan(values)
        x = values[ok]
        if self.kind == 'linear':
            out[ok] = (x >= self.high).astype(np.float64)
        elif self.kind == 'step':
            out[ok] = (x >= self.low).astype(np.float64)
        else:
            keys = np.array(sorted(self.classes), dtype=np.float64)
            scores = np.array([self.classes[k] for k in sorted(self.classes)], dtype=np.float64)
            position = np.clip(np.searchsorted(keys, x), 0, len(keys) - 1)
            hit = keys[position] == x
            out[ok] = np.where(hit, scores[position], np.nan if self.default is None else self.default)
        return out

    def describe(self):
        if self.kind == 'linear':
            return 'linear, 0 at {0:g}, 1 at {1:g}'.format(self.low, self.high)
        if self.kind == 'step':
            return 'step, 1 from {0:g}'.format(self.low)
        text = 'classes ' + ', '.join('{0:g}: {1:g}'.format(k, v) for k, v in sorted(self.classes.items()))
        return text + ('' if self.default is None else ', other: {0:g}'.format(self.default))


_OTHER = ('other', 'others', '*')


def parse_classes(text, name, decimal='auto', log=None):
    """'1:0.2; 2:0.6; 3:1' (or '1=0.2, 2=0.6') into {1.0: 0.2, ...}; scores must lie in 0-1.

    ``other:x`` (or ``*:x``) scores every class not listed; it is returned under the key None.
    Classes are separated by ';', or by ',' where a part holds several classes. Within one class a ','
    can only be a decimal mark ('2:0,6'), so the class values and the scores are read as columns
    (:func:`.numbers.read_column`: one decimal mark for all the scores, decided from them all, or
    ``decimal`` 'point' or 'comma'); ``log`` is told the mark used. A text whose commas could be both
    ('1:0,2, 2:0,6') is refused, never guessed.
    """
    parts = []
    for piece in str(text or '').split(';'):
        if len(re.findall(r'[:=]', piece)) <= 1:
            parts.append(piece.strip(' ,'))        # a comma before or after one class separates nothing
            continue
        for part in piece.split(','):              # '2=0.6, 3:1': the commas separate the classes
            if part.strip() and not re.search(r'[:=]', part):
                raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": in the class scores "{1}", commas '
                                                             'separate the classes, so "{2}" has no score. If a comma '
                                                             'is a decimal mark there, separate the classes with ";" '
                                                             '(e.g. "1:0,3; 2:0,7; 3:1").'),
                                 name, text, part.strip())
            parts.append(part.strip())
    pairs = []                                     # (the class as written, its value's text or None, its score's)
    for part in filter(None, parts):
        pieces = re.split(r'[:=]', part)
        if len(pieces) != 2:
            raise _unreadable_class(name, part)
        key = pieces[0].strip()
        pairs.append((part, None if key.lower() in _OTHER else key, pieces[1].strip()))
    keys = _class_column([key for _, key, _ in pairs if key is not None],
                         QT_TRANSLATE_NOOP('Engine', 'class values'), name, decimal, log)
    scores = _class_column([score for _, _, score in pairs], QT_TRANSLATE_NOOP('Engine', 'class scores'), name,
                           decimal, log)
    keys = iter(keys)
    classes = {}
    for (part, key, _), score in zip(pairs, scores):
        if key is not None:
            key = next(keys)
            if key is None:
                raise _unreadable_class(name, part)
        if score is None:
            raise _unreadable_class(name, part)
        if not 0.0 <= score <= 1.0:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": class {1} has score {2:g}; scores must '
                                                         'lie between 0 and 1.'),
                             name, 'other' if key is None else '{0:g}'.format(key), score)
        classes[key] = score
    if not [key for key in classes if key is not None]:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}" uses class scores but none are given. Write '
                                                     'them as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".'),
                         name)
    return classes


def _class_column(texts, column, name, decimal, log):
    """The class values or scores of one criterion as numbers (None for text that is none), read with one
    decimal mark; ``log`` is told which when the texts have one to tell."""
    from .numbers import read_column
    numbers, convention, _ = read_column(texts, column, name, decimal)
    if log is not None and convention is not None and any(mark in t for t in texts for mark in '.,'):
        log(Message(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": {1} read with {2}.'), name, column,
                    convention.reason))
    return [None if n is None or not math.isfinite(n) else n for n in numbers]


def _unreadable_class(name, part):
    return InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": cannot read class score "{1}". Write '
                                                  'classes as "value:score; value:score", e.g. "1:0.3; '
                                                  '2:0.7; 3:1".'), name, part)


def value_function(kind, low, high, classes, name, decimal='auto', log=None):
    """A checked :class:`ValueFunction` from a settings row (strings or numbers, empty = default); the class
    scores are read as :func:`parse_classes` reads them (``decimal``, ``log``)."""
    kind = (str(kind or 'linear')).strip().lower()
    aliases = {'linear': 'linear', 'lin': 'linear', 'step': 'step', 'threshold': 'step',
               'classes': 'classes', 'class': 'classes', 'categories': 'classes'}
    if kind not in aliases:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": unknown value function "{1}"; use linear, '
                                                     'step or classes.'), name, kind)
    kind = aliases[kind]
    low = _number(low, name, QT_TRANSLATE_NOOP('Engine', 'low bound'))
    high = _number(high, name, QT_TRANSLATE_NOOP('Engine', 'high bound'))
    if kind == 'classes':
        mapping = parse_classes(classes, name, decimal, log)
        default = mapping.pop(None, None)
        return ValueFunction('classes', classes=mapping, default=default)
    if kind == 'step':
        if low is None:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": a step needs its threshold in the Low '
                                                         'column.'), name)
        return ValueFunction('step', low=low)
    return ValueFunction('linear', low=0.0 if low is None else low, high=high)


def _number(value, name, what):
    if value is None or str(value).strip() in ('', 'NULL', 'None'):
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": the {1} "{2}" is not a number.'),
                         name, what, value) from None
    if not math.isfinite(number):
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": the {1} must be a finite number.'), name, what)
    return number


# --------------------------------------------------------------------------- criteria

@dataclass
class RasterCriterion:
    """A criterion read from a raster: a hazard (continuous or classes) or population.

    ``resampling`` is 'bilinear' for continuous values, 'nearest' for classes, and
    'sum' for population counts (their totals are kept; the score is then of the
    density in persons per hectare).
    """

    key: str
    name: str
    path: str
    function: ValueFunction
    weight: float = 1.0
    band: int = 1
    resampling: str = 'bilinear'
    group: str = 'hazard'

    @property
    def is_population(self):
        return self.resampling == 'sum'


@dataclass
class ZoneCriterion:
    """A criterion whose values belong to settlements (vulnerability, an access field).

    A cell takes the coverage-weighted value of the settlements over it, and ``base``
    for the part outside every settlement (default: the lowest settlement value).
    """

    key: str
    name: str
    values: np.ndarray
    function: Optional[ValueFunction] = None
    weight: float = 1.0
    base: Optional[float] = None
    group: str = 'vulnerability'


@dataclass
class DistanceCriterion:
    """Distance from each cell centre to the nearest of some points (facilities), in grid units."""

    key: str
    name: str
    points: np.ndarray
    function: ValueFunction
    weight: float = 1.0
    group: str = 'access'


# --------------------------------------------------------------------------- grid

def analysis_grid(bounds, cell_size, crs):
    """A north-up grid with square cells of ``cell_size`` covering ``bounds``, snapped to
    multiples of the cell size so that runs with the same settings share their cells."""
    if not cell_size or cell_size <= 0 or not math.isfinite(cell_size):
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The cell size must be a positive number of metres (got {0}).'),
                         cell_size)
    xmin, ymin, xmax, ymax = bounds
    if not all(math.isfinite(v) for v in bounds) or xmax <= xmin or ymax <= ymin:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The boundary has no area in the analysis CRS. Check the '
                                                     'boundary layer and its CRS.'))
    x0 = math.floor(xmin / cell_size) * cell_size
    y1 = math.ceil(ymax / cell_size) * cell_size
    width = int(math.ceil((xmax - x0) / cell_size - 1e-9))
    height = int(math.ceil((y1 - ymin) / cell_size - 1e-9))
    if width * height > MAX_CELLS:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'A {0:g} m cell size gives {1:,} x {2:,} cells over the '
                                                     'boundary, more than this tool handles ({3:,}). Choose a '
                                                     'larger cell size.'), cell_size, width, height, MAX_CELLS)
    return RasterGrid(CRS.from_user_input(crs), Affine(cell_size, 0, x0, 0, -cell_size, y1), width, height)


# --------------------------------------------------------------------------- results

@dataclass
class PriorityResult:
    """What the overlay found, per criterion and per settlement."""

    keys: List[str]
    names: List[str]
    groups: List[str]
    weights: np.ndarray                   # normalised to sum 1 over the criteria
    functions: List[ValueFunction]
    method: str
    missing: str
    breaks: np.ndarray                    # the 4 class breaks on 0-100
    cells: int                            # cells inside the boundary (not excluded)
    cell_area: float                      # m2
    missing_share: np.ndarray             # per criterion, share of the inside cells without a value
    priority_cells: int                   # cells with a priority
    lowest: float = float('nan')           # the lowest and highest priority of the map's cells (0-100)
    highest: float = float('nan')
    ramp_values: tuple = ()                # the priorities below which RAMP_SHARES of the cells lie
    population_total: float = float('nan')
    high_population: float = float('nan')  # people in class 4-5 cells
    high_cells: int = 0
    zones: Optional['ZoneStats'] = None   # connected class 4-5 areas
    pending: list = field(default_factory=list)   # (written, destination) not yet moved
    # per settlement
    criteria_means: Optional[np.ndarray] = None   # (n, k) coverage-weighted mean score, NaN = none
    priority_mean: Optional[np.ndarray] = None
    priority_max: Optional[np.ndarray] = None
    completeness: Optional[np.ndarray] = None
    # people in the settlement, from the population raster's own cells (partly covered cells by their share);
    # NaN without a population raster or where the settlement covers no valid cell of it
    population: Optional[np.ndarray] = None
    priority_class: Optional[np.ndarray] = None
    rank: Optional[np.ndarray] = None
    rank_p05: Optional[np.ndarray] = None
    rank_p95: Optional[np.ndarray] = None
    rank_stable: Optional[np.ndarray] = None
    notes: List[str] = field(default_factory=list)

    def drivers(self, top=2):
        """Per settlement, the ``top`` criteria by share of the score: [(key, share), ...]."""
        if self.criteria_means is None:
            return []
        contributions = contribution_shares(self.criteria_means, self.weights, self.method)
        out = []
        for row in contributions:
            if not np.any(row > 0):
                out.append([])
                continue
            order = np.argsort(-np.nan_to_num(row), kind='mergesort')[:top]
            out.append([(self.keys[j], float(row[j])) for j in order if row[j] > 0])
        return out


# --------------------------------------------------------------------------- combination

def combine(scores, weights, method='sum', missing='reweight'):
    """Priority 0-1 from criterion scores.

    Parameters
    ----------
    scores : ndarray (k, m)
        0-1 scores, NaN where a criterion has no value.
    weights : ndarray (k,)
        Non-negative; zero-weight criteria have no influence at all.
    method : 'sum' (weighted arithmetic mean) or 'product' (weighted geometric mean).
    missing : 'reweight' (weights of the present criteria rescaled), 'zero' (a missing
        score counts as 0) or 'nodata' (no priority where any weighted criterion is missing).

    Returns
    -------
    priority, completeness : ndarray (m,), NaN priority where nothing weighted is present.
    """
    weights = np.asarray(weights, dtype=np.float64)
    active = weights > 0
    s = np.asarray(scores, dtype=np.float64)[active]
    w = weights[active][:, None]
    valid = ~np.isnan(s)
    if missing == 'zero':
        s = np.where(valid, s, 0.0)
        present = np.full(s.shape[1:], w.sum())
        completeness = (w * valid).sum(axis=0) / w.sum()
    else:
        present = (w * valid).sum(axis=0)
        completeness = present / w.sum()
        s = np.where(valid, s, 0.0)
    with np.errstate(divide='ignore', invalid='ignore'):
        if method == 'sum':
            value = (w * s).sum(axis=0) / present
        else:
            logs = np.where(s > 0, np.log(np.where(s > 0, s, 1.0)), -np.inf)
            terms = np.where(valid | (missing == 'zero'), w * logs, 0.0)
            value = np.exp(terms.sum(axis=0) / present)
    value = np.where(present > 0, value, np.nan)
    if missing == 'nodata':
        value = np.where(completeness >= 1.0 - 1e-12, value, np.nan)
    return value, completeness


def contribution_shares(means, weights, method='sum'):
    """Each criterion's share of a settlement's score: w·s / Σ w·s over the criteria present.

    The same shares are reported for the product method, where they say which
    criteria are high rather than how the product was formed.
    """
    means = np.asarray(means, dtype=np.float64)
    w = np.where(np.asarray(weights) > 0, np.asarray(weights, dtype=np.float64), 0.0)
    parts = np.where(np.isnan(means), 0.0, means * w)
    total = parts.sum(axis=1, keepdims=True)
    with np.errstate(invalid='ignore', divide='ignore'):
        return np.where(total > 0, parts / total, 0.0)


def settlement_scores(means, weights, method='sum', missing='reweight'):
    """Priority 0-100 of settlements from their criterion means, for weights (k,) or (runs, k).

    This is how the explorer and the sensitivity runs re-rank without a new overlay.
    With the sum method it equals the settlements' mean priority exactly; with the
    product it is the product of the means, close to the mean of the products.
    """
    means = np.asarray(means, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    if weights.ndim == 1:
        return combine(means.T, weights, method, missing)[0] * 100.0
    out = np.empty((means.shape[0], weights.shape[0]))
    for run, w in enumerate(weights):
        out[:, run] = combine(means.T, w, method, missing)[0] * 100.0
    return out


def dirichlet_weights(weights, runs, spread, seed=SENSITIVITY_SEED):
    """``runs`` weight vectors drawn around ``weights`` (normalised).

    Dirichlet with concentration α = w (1/spread² − 1): each weight's standard deviation
    is spread·√(w(1−w)), so spread 0 keeps the weights and 1 lets them wander freely.
    Zero weights stay zero.
    """
    weights = np.asarray(weights, dtype=np.float64)
    weights = weights / weights.sum()
    if runs <= 0:
        return np.empty((0, len(weights)))
    if spread <= 0:
        return np.tile(weights, (runs, 1))
    spread = min(spread, 0.999)
    active = weights > 0
    alpha = weights[active] * (1.0 / spread ** 2 - 1.0)
    rng = np.random.default_rng(seed)
    out = np.zeros((runs, len(weights)))
    if active.sum() == 1:
        out[:, active] = 1.0
    else:
        out[:, active] = rng.dirichlet(alpha, runs)
    return out


def sensitivity(means, weights, method='sum', missing='reweight', runs=200, spread=0.2, seed=SENSITIVITY_SEED):
    """Rank spread of settlements under perturbed weights.

    Returns rank_p05, rank_p95 (NaN for unranked settlements) and rank_stable (1 when a
    settlement stays in its quintile in at least 90 % of the runs, 0 otherwise).
    """
    base = settlement_scores(means, weights, method, missing)
    n = len(base)
    p05 = np.full(n, np.nan)
    p95 = np.full(n, np.nan)
    stable = np.full(n, np.nan)
    ranked = ~np.isnan(base)
    m = int(ranked.sum())
    if m == 0 or runs <= 0:
        return p05, p95, stable
    base_quintile = _quintile(competition_rank(base)[ranked], m)
    draws = dirichlet_weights(weights, runs, spread, seed)
    ranks = np.empty((m, runs))
    same = np.zeros(m)
    for run in range(runs):
        score = settlement_scores(means[ranked], draws[run], method, missing)
        rank = competition_rank(score)
        rank = np.where(np.isnan(rank), m, rank)
        ranks[:, run] = rank
        same += _quintile(rank, m) == base_quintile
    p05[ranked] = np.percentile(ranks, 5, axis=1)
    p95[ranked] = np.percentile(ranks, 95, axis=1)
    stable[ranked] = (same / runs >= STABLE_SHARE).astype(np.float64)
    return p05, p95, stable


def _quintile(rank, m):
    return np.minimum(4, np.floor((rank - 1) * 5.0 / m)).astype(np.int64)


def class_breaks(histogram, low, high, classification='quantile'):
    """Four non-decreasing breaks on 0-100 from the priority histogram (bins of 100/HISTOGRAM_BINS).

    Quantile breaks lie on bin edges, so equal priorities (one bin) always share a class. A break
    never reaches the highest priorities: where a fifth would fall in the top bin (many cells at the
    same highest value), the break moves below it, so the highest values are always in class 5.
    Breaks that coincide leave a class empty: fewer than five classes are made.
    """
    if classification == 'equal':
        return low + (high - low) * np.arange(1, 5) / 5.0
    cumulative = np.cumsum(histogram)
    total = cumulative[-1]
    edges = np.linspace(0.0, 100.0, len(histogram) + 1)
    positions = np.searchsorted(cumulative, total * np.arange(1, 5) / 5.0, side='left')
    top = int(np.flatnonzero(histogram)[-1]) if total else len(histogram) - 1
    # Just below the top bin's lower edge, so that a top value lying on that edge (50.0 exactly) is above it.
    return np.where(positions + 1 >= top, np.nextafter(edges[top], -np.inf), edges[np.minimum(positions + 1, top)])


def histogram_quantiles(histogram, shares, low, high):
    """The priorities below which ``shares`` of the cells lie, read from the priority histogram (bins of
    100/HISTOGRAM_BINS, so to 0.01): each the centre of the bin where the cumulative count first reaches
    that share, kept within the map's ``low`` and ``high``. The colour ramp is spread over these, so that
    its colours tell the city's cells apart."""
    cumulative = np.cumsum(histogram)
    if not len(cumulative) or cumulative[-1] == 0:
        return [float('nan')] * len(shares)
    width = 100.0 / len(histogram)
    bins = np.searchsorted(cumulative, cumulative[-1] * np.asarray(shares, float), side='left')
    return [float(min(max((b + 0.5) * width, low), high)) for b in bins]


def classes_made(histogram, breaks):
    """How many of the five classes hold cells: breaks lie on bin edges (or just below the top bin's), so
    each filled bin falls whole into one class, that of its midpoint."""
    histogram = np.asarray(histogram)
    edges = np.linspace(0.0, 100.0, len(histogram) + 1)
    filled = np.flatnonzero(histogram)
    return len(np.unique(classify(0.5 * (edges[filled] + edges[filled + 1]), breaks)))


def settlement_classes(rank, m):
    """Class 1-5 of ranked settlements by quintile of their rank among the ``m`` ranked: the top fifth
    (rank 1 included) is class 5. Settlements with equal priorities share a rank, so share a class."""
    rank = np.asarray(rank, float)
    out = np.full(rank.shape, np.nan)
    ranked = np.isfinite(rank)
    if m:
        out[ranked] = 5 - _quintile(rank[ranked], m)
    return out


def classify(priority, breaks):
    """Class 1-5 of priorities (0-100): class j holds values up to break j; NaN gives 0."""
    out = np.digitize(priority, breaks, right=True) + 1
    return np.where(np.isnan(priority), 0, out).astype(np.uint8)


# --------------------------------------------------------------------------- the overlay

class _Overlay:
    """Reads every criterion on one strip of the analysis grid."""

    def __init__(self, grid, criteria, boundary_cells, exclude_cells, settlement_cells, stack):
        self.grid = grid
        self.criteria = criteria
        self.boundary_cells = boundary_cells
        self.exclude_cells = exclude_cells
        self.settlement_cells = settlement_cells
        self.datasets = {}
        self._inside_kept = {}
        self.reader = None
        self.bands = {index: getattr(criterion, 'band', 1) for index, criterion in enumerate(criteria)}
        self.trees = {}
        for index, criterion in enumerate(criteria):
            if isinstance(criterion, RasterCriterion):
                resampling = {'bilinear': Resampling.bilinear, 'nearest': Resampling.nearest,
                              'sum': Resampling.sum}[criterion.resampling]
                self.datasets[index] = stack.enter_context(
                    open_on_grid(criterion.path, grid, resampling, criterion.name))
            elif isinstance(criterion, DistanceCriterion):
                from scipy.spatial import cKDTree
                self.trees[index] = cKDTree(np.asarray(criterion.points, dtype=np.float64).reshape(-1, 2))

    @contextlib.contextmanager
    def reading(self):
        """The thread that reads ahead (:meth:`read_ahead`). Leaving the block waits for a read in flight, so
        enter it inside the block that closes the datasets: they are never closed under a read."""
        with ThreadPoolExecutor(max_workers=1) as reader:
            self.reader = reader
            try:
                yield self
            finally:
                self.reader = None

    def read_ahead(self, read, windows):
        """:func:`read_ahead` by the reading thread (see :meth:`reading`); outside it, the reads in turn."""
        return read_ahead(self.reader, read, windows)

    def use_scores(self, index, path, stack):
        """Read criterion ``index`` from ``path``, its scores on its own grid, averaged by area onto the grid."""
        self.datasets[index] = stack.enter_context(open_on_grid(path, self.grid, Resampling.average,
                                                                self.criteria[index].name))
        self.bands[index] = 1

    def read(self, row0, row1):
        """Raw values of every criterion on rows [row0, row1), as flat arrays.

        Returns inside (bool), raw list (float64, NaN = missing), population counts (or
        None) and the settlements' StripCells (or None).
        """
        width = self.grid.width
        size = (row1 - row0) * width
        window = Window(0, row0, width, row1 - row0)
        inside = self._inside(row0, row1)
        strip = None
        zones = fracs = None
        if self.settlement_cells is not None and self.settlement_cells.has_rows(row0, row1):
            strip = StripCells(self.settlement_cells, row0, row1, width)
            zones, fracs = strip.cell_zones()
        raw = []
        counts = None
        for index, criterion in enumerate(self.criteria):
            if isinstance(criterion, RasterCriterion):
                values = self._raster_values(index, window)
                if criterion.is_population:
                    counts = values
                    values = values / (self.grid.cell_area / 10000.0)     # persons per hectare
            elif isinstance(criterion, ZoneCriterion):
                values = _zone_values(criterion, strip, zones, fracs, size)
            else:
                values = self._distances(index, criterion, row0, inside, size)
            values[~inside] = np.nan
            raw.append(values)
        if counts is not None:
            counts = np.where(inside, counts, np.nan)
        return inside, raw, counts, strip

    def _inside(self, row0, row1):
        """Cells at least half inside the boundary and less than half in the excluded areas, on rows
        [row0, row1). Every pass asks for the same strips: the first answer is kept, as packed bits
        compressed by zlib (a boundary's mask is long runs of ones: a few hundred bytes a strip, where
        densifying the coverage again took a tenth of the run)."""
        kept = self._inside_kept.get((row0, row1))
        size = (row1 - row0) * self.grid.width
        if kept is not None:
            return np.unpackbits(np.frombuffer(zlib.decompress(kept), np.uint8), count=size).astype(bool)
        width = self.grid.width
        inside = _coverage(self.boundary_cells, row0, row1, width) >= 0.5
        if self.exclude_cells is not None:
            inside &= _coverage(self.exclude_cells, row0, row1, width) < 0.5
        self._inside_kept[(row0, row1)] = zlib.compress(np.packbits(inside).tobytes(), 1)
        return inside

    def _raster_values(self, index, window):
        return RawStrip(self.datasets[index], window, self.bands[index]).values().astype(np.float64).ravel()

    def read_one(self, index, row0, row1):
        """Criterion ``index``'s raw values on rows [row0, row1) (NaN outside the boundary), reading only its
        own raster where it has one."""
        criterion = self.criteria[index]
        if not isinstance(criterion, RasterCriterion):
            return self.read(row0, row1)[1][index]
        values = self._raster_values(index, Window(0, row0, self.grid.width, row1 - row0))
        if criterion.is_population:
            values = values / (self.grid.cell_area / 10000.0)
        values[~self._inside(row0, row1)] = np.nan
        return values

    def _distances(self, index, criterion, row0, inside, size):
        out = np.full(size, np.nan)
        cells = np.flatnonzero(inside)
        if len(cells) == 0:
            return out
        t = self.grid.transform
        cols = cells % self.grid.width
        rows = row0 + cells // self.grid.width
        xy = np.column_stack([t.c + (cols + 0.5) * t.a, t.f + (rows + 0.5) * t.e])
        bound = np.inf
        f = criterion.function
        if f.kind == 'linear' and f.high is not None:
            bound = max(f.low, f.high) * 1.000001 + 1e-9
        elif f.kind == 'step':
            bound = f.low * 1.000001 + 1e-9
        distance, _ = self.trees[index].query(xy, distance_upper_bound=bound, workers=-1)
        out[cells] = distance   # inf beyond the bound: scored as far
        return out


def _coverage(cells, row0, row1, width):
    size = (row1 - row0) * width
    if not cells.has_rows(row0, row1):
        return np.zeros(size)
    strip = StripCells(cells, row0, row1, width)
    _, fracs = strip.cell_zones()
    return strip.dense(size, fracs)


def _zone_values(criterion, strip, zones, fracs, size):
    """Per cell: coverage-weighted settlement value, with the base value for the uncovered part."""
    base = criterion.base
    if strip is None:
        return np.full(size, base, dtype=np.float64)
    values = criterion.values
    known = ~np.isnan(values)
    all_cover = strip.dense(size, fracs)
    known_cover = strip.dense(size, fracs * known[zones])
    known_sum = strip.dense(size, fracs * np.where(known, values, 0.0)[zones])
    rest = np.clip(1.0 - all_cover, 0.0, None)
    denominator = known_cover + rest
    with np.errstate(invalid='ignore', divide='ignore'):
        out = (known_sum + rest * base) / denominator
    return np.where(denominator > 1e-12, out, np.nan)


class _SettlementSums:
    """Coverage-weighted sums per settlement, accumulated strip by strip."""

    def __init__(self, n, k):
        self.score_sum = np.zeros((k, n))
        self.score_den = np.zeros((k, n))
        self.priority_sum = np.zeros(n)
        self.priority_den = np.zeros(n)
        self.priority_max = np.full(n, -np.inf)
        self.inside = np.zeros(n)
        self.population = np.zeros(n)
        self.population_den = np.zeros(n)

    def add(self, strip, inside, scores, priority, counts):
        gathered_inside = strip.take(inside.astype(np.float64))
        self.inside += strip.weighted_sum(gathered_inside)
        for i, score in enumerate(scores):
            compact = strip.take(score)
            valid = ~np.isnan(compact)
            self.score_sum[i] += strip.weighted_sum(np.where(valid, compact, 0.0))
            self.score_den[i] += strip.weighted_sum(valid.astype(np.float64))
        compact = strip.take(priority)
        valid = ~np.isnan(compact)
        self.priority_sum += strip.weighted_sum(np.where(valid, compact, 0.0))
        self.priority_den += strip.weighted_sum(valid.astype(np.float64))
        strip.maximum(np.where(valid, compact, -np.inf), self.priority_max)
        if counts is not None:
            compact = strip.take(counts)
            valid = ~np.isnan(compact)
            self.population += strip.weighted_sum(np.where(valid, compact, 0.0))
            self.population_den += strip.weighted_sum(valid.astype(np.float64))


def _share(numerator, denominator):
    with np.errstate(invalid='ignore', divide='ignore'):
        return np.where(denominator > 1e-12, numerator / np.where(denominator > 1e-12, denominator, 1.0), np.nan)


def priority_map(grid, boundary, criteria, priority_path, classes_path, settlements=None, exclude=None,
                 method='sum', missing='reweight', classification='quantile', class_basis='settlements',
                 sensitivity_runs=200,
                 sensitivity_spread=0.2, work_dir=None, strip_cells=PRIORITY_STRIP_CELLS,
                 progress=None, cancelled=None, log=None, commit=True):
    """Overlay the criteria on ``grid`` into a priority GeoTIFF (0-100) and classes (1-5).

    The steps, each a function of its own: :func:`check_options` and :func:`normalised_weights`,
    :func:`strip_windows`, :func:`grid_cells` (boundary, exclusion and settlements on the grid),
    :func:`prepare_criteria`, :func:`automatic_bounds`, :func:`score_on_own_cells`, the scoring pass
    (:func:`overlay_pass`), :func:`check_overlay`, the classing (:func:`city_breaks`, then the classes
    and zones pass), :func:`overlay_result` and the settlements' results. The engine's GDAL block
    cache is set once around them (:func:`engine_gdal_cache`).

    Parameters
    ----------
    grid : RasterGrid
        The analysis grid (see :func:`analysis_grid`).
    boundary : list of polygons (GeoJSON-like or WKB) in the grid's CRS
        Cells whose area is at least half inside get a priority; the rest are nodata.
    criteria : list of RasterCriterion, ZoneCriterion, DistanceCriterion
        Never changed. Linear functions whose high bound is None get it from the data: the
        95th percentile of the criterion inside the boundary (of the settlements, for a
        settlement value). The value functions used, bounds included, are the result's
        ``functions``, in the order of the criteria.
    priority_path, classes_path : str
        GeoTIFFs to write. They are written beside the destination and moved there at
        the end, so a cancelled or failed run leaves an existing file untouched.
    settlements : list of polygons or None, in the grid's CRS
        Settlements to summarise and rank (ZoneCriterion values follow their order).
    exclude : list of polygons or None
        Cells at least half inside are left out (water bodies, ...).
    work_dir : str
        Folder for the intermediate rasters (zone labels, population on the grid).
    commit : bool
        Move the rasters to their destinations at the end. With False they stay beside them
        until :func:`commit_outputs` (after the caller has written its own outputs), or
        :func:`discard_outputs` when the caller fails.

    Returns
    -------
    PriorityResult, and the paths of the zone raster (int32: the number of each connected
    class 4-5 area, 0 elsewhere) and of the population grid raster.
    """
    log = log or (lambda message: None)
    check_options(method, missing, criteria)
    weights = normalised_weights(criteria)
    windows = strip_windows(grid, strip_cells)
    sampled = sum(1 for c in criteria if c.function is not None and c.function.kind == 'linear'
                  and c.function.high is None and not isinstance(c, ZoneCriterion))
    tick = _Progress(3 * len(windows) + sampled + 2, progress, cancelled)
    cells = grid_cells(grid, boundary, exclude, settlements, cancelled)
    tick(2)
    criteria = prepare_criteria(criteria, cells.count, log)
    paths = _WorkPaths(work_dir or os.path.dirname(os.path.abspath(priority_path)), priority_path, classes_path)
    has_population = any(isinstance(c, RasterCriterion) and c.is_population for c in criteria)
    written = paths.written()
    # GDAL compresses tiles on both cores; intermediate rasters favour speed over size.
    profile = dict(driver='GTiff', width=grid.width, height=grid.height, count=1, crs=grid.crs,
                   transform=grid.transform, tiled=True, blockxsize=256, blockysize=tile_rows(windows),
                   compress='deflate', BIGTIFF='IF_SAFER', NUM_THREADS='ALL_CPUS')
    scratch = dict(profile, ZLEVEL=1)
    native = {}                      # criterion index -> its scores on its own grid (a scratch GeoTIFF)
    with engine_gdal_cache():
        try:
            with contextlib.ExitStack() as stack:
                overlay = _Overlay(grid, criteria, cells.boundary, cells.exclude, cells.settlements, stack)
                with overlay.reading():
                    criteria = automatic_bounds(overlay, criteria, windows, log, tick)
                    overlay.criteria = criteria
                    native = score_on_own_cells(overlay, criteria, grid, boundary, exclude, paths.work_dir, written,
                                                stack, cancelled, log)
                    totals = overlay_pass(overlay, criteria, weights, method, missing, windows, paths, profile,
                                          scratch, has_population, native, cells.count, tick, stack)
            check_overlay(totals, criteria, weights, exclude)
            breaks = city_breaks(totals, classification, log)
            zones = _write_classes(paths.priority, paths.classes, paths.labels, paths.zones,
                                   paths.population if has_population else None, breaks, windows, grid, profile,
                                   scratch, tick)
        except BaseException:
            for path in written:
                with contextlib.suppress(OSError):
                    os.remove(path)
            raise
        result = overlay_result(criteria, weights, method, missing, breaks, totals, zones, grid, has_population,
                                paths)
        try:
            if cells.count:
                own = _own_cell_scores(settlements, grid, criteria, native, cancelled)
                _settlement_results(result, totals.sums, criteria, missing, sensitivity_runs, sensitivity_spread,
                                    class_basis, own)
                if has_population:
                    result.population = _own_cell_population(settlements, grid, criteria, cancelled)
            if commit:
                commit_outputs(result)
        except BaseException:
            discard_outputs(result)
            raise
        finally:
            for path in native.values():
                with contextlib.suppress(OSError):
                    os.remove(path)
    return result, paths.zones, (paths.population if has_population else None)


# --------------------------------------------------------------------------- the steps of priority_map

#: GDAL's block cache while the engine reads and writes its rasters, in bytes (see engine_gdal_cache): a few
#: blocks. Every strip writes whole tiles (see tile_rows) and reads each input block it needs while the strip is
#: read, so a larger cache only holds memory: 64 MiB raised the benchmark's peak by 60 MB for no gain in time.
ENGINE_GDAL_CACHE = 1024 * 1024


#: Runs inside engine_gdal_cache now, and GDAL's cache size before the first of them entered.
_CACHE_LOCK = threading.Lock()
_CACHE_STATE = {'runs': 0, 'before': None}


@contextlib.contextmanager
def engine_gdal_cache(limit=None):
    """GDAL's block cache held to at most ``limit`` bytes while the engine runs, then given back.

    GDAL has one block cache for the whole process: its size is not a per-thread setting (rasterio's
    ``Env(GDAL_CACHEMAX=n)`` is GDALSetCacheMax64(n), in bytes, for every thread). Inside QGIS the map
    canvas shares that cache while the engine runs, so the cache is only ever lowered here, never
    raised, and runs that overlap (two algorithms started from the toolbox) count themselves in: the
    size from before the first is given back when the last one ends, whatever order they end in.
    This is the engine's one cache policy; callers (the Processing algorithm) set none of their own.
    """
    limit = int(ENGINE_GDAL_CACHE if limit is None else limit)
    try:
        from osgeo import gdal
    except ImportError:              # rasterio without GDAL's own bindings: rasterio sets and restores it
        with rasterio.Env(GDAL_CACHEMAX=limit):
            yield
        return
    with _CACHE_LOCK:
        if _CACHE_STATE['runs'] == 0:
            _CACHE_STATE['before'] = gdal.GetCacheMax()
        _CACHE_STATE['runs'] += 1
        gdal.SetCacheMax(min(gdal.GetCacheMax(), limit))
    try:
        yield
    finally:
        with _CACHE_LOCK:
            _CACHE_STATE['runs'] -= 1
            if _CACHE_STATE['runs'] == 0:
                gdal.SetCacheMax(_CACHE_STATE['before'])


def check_options(method, missing, criteria):
    """Refuse an unknown method or missing-data policy, and an empty list of criteria."""
    if method not in METHODS:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Unknown method "{0}"; use sum or product.'), method)
    if missing not in MISSING:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Unknown missing-data policy "{0}".'), missing)
    if not criteria:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'No criterion was given. Add at least one hazard raster, a '
                                                     'population raster, settlements with a vulnerability field, or '
                                                     'facilities.'))


def normalised_weights(criteria):
    """The criteria's weights scaled to sum 1; negative, infinite or all-zero weights are refused."""
    weights = np.array([c.weight for c in criteria], dtype=np.float64)
    if np.any(weights < 0) or not np.all(np.isfinite(weights)):
        bad = [c.name for c, w in zip(criteria, weights) if not (w >= 0 and math.isfinite(w))]
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Weights must be zero or more; check the weight of {0}.'),
                         ', '.join(bad))
    if weights.sum() <= 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'All criterion weights are zero. Give at least one criterion a '
                                                     'weight above 0.'))
    return weights / weights.sum()


#: GeoTIFF tiles are a multiple of 16 rows high.
TILE_ROWS = 16


def strip_windows(grid, strip_cells=PRIORITY_STRIP_CELLS):
    """The full-width strips of ``grid`` (or of anything with a width and a height) as (row0, row1) pairs of at
    most ``strip_cells`` cells, one row at least. A strip of 16 rows or more is a multiple of 16 rows, so that the
    rasters written strip by strip can be tiled with tiles as high as a strip (see :func:`tile_rows`)."""
    rows = max(1, min(grid.height, strip_cells // max(1, grid.width)))
    if rows >= TILE_ROWS:
        rows = rows // TILE_ROWS * TILE_ROWS
    return [(r, min(grid.height, r + rows)) for r in range(0, grid.height, rows)]


def tile_rows(windows):
    """The tile height of a raster written over ``windows``: as high as a strip, so that every strip writes whole
    tiles. A tile cut by two strips is compressed and written when the first strip leaves GDAL's block cache, then
    read back, completed and written again, at the end of the file: the GeoTIFF grows (by 78 % on a 4,000-cell
    wide test raster with the 256-row tiles and 250-row strips used before) and the writes slow down. Strips under
    16 rows (grids over 62,500 cells wide) get 16-row tiles."""
    rows = windows[0][1] - windows[0][0]
    return max(TILE_ROWS, -(-rows // TILE_ROWS) * TILE_ROWS)


class _Progress:
    """Counts finished work (strips; the coverage counts as two) out of ``steps``, and checks for cancel."""

    def __init__(self, steps, progress=None, cancelled=None):
        self.steps, self.progress, self.cancelled, self.done = steps, progress, cancelled, 0

    def __call__(self, amount=1):
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP('Engine', 'Cancelled: no output was written.'))
        self.done += amount
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.steps))


@dataclass
class GridCells:
    """The boundary, the exclusion and the settlements as cells of the analysis grid (see core.coverage)."""

    boundary: object
    exclude: object = None
    settlements: object = None
    count: int = 0                        # settlements


def grid_cells(grid, boundary, exclude=None, settlements=None, cancelled=None):
    """The cells (with their covered fractions) of the boundary, the exclusion and the settlements."""
    boundary_cells = zone_cells(Rings(boundary), grid, cancelled=cancelled)
    if boundary_cells.covered_cells().sum() <= 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The boundary covers no cell of the analysis grid.'))
    cells = GridCells(boundary_cells)
    if exclude:
        cells.exclude = zone_cells(Rings(exclude), grid, cancelled=cancelled)
    if settlements is not None:
        rings = Rings(settlements)
        cells.count = rings.zone_count
        cells.settlements = zone_cells(rings, grid, cancelled=cancelled)
    return cells


def prepare_criteria(criteria, n, log=None):
    """The criteria checked, with settlement values resolved; the given ones are not changed.

    A ZoneCriterion comes back as a copy (``dataclasses.replace``) with its values as float64, its base
    (the lowest settlement value when none was given) and its value function (see
    :func:`settlement_value_function`). A DistanceCriterion without points and class scores that leave a
    raster's classes unscored are refused.
    """
    log = log or (lambda message: None)
    out = []
    for criterion in criteria:
        if isinstance(criterion, ZoneCriterion):
            criterion = _prepare_zone_criterion(criterion, n, log)
        if isinstance(criterion, DistanceCriterion) and len(criterion.points) == 0:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}" has no points: the facilities layer is '
                                                         'empty.'), criterion.name)
        if isinstance(criterion, RasterCriterion):
            _check_class_scores(criterion)
        out.append(criterion)
    return out


class _WorkPaths:
    """Where priority_map writes: the outputs' partial files beside them, and the intermediate rasters."""

    def __init__(self, work_dir, priority_path, classes_path):
        self.work_dir = work_dir
        self.priority_final, self.classes_final = priority_path, classes_path
        self.priority, self.classes = _partial(priority_path), _partial(classes_path)
        self.zones = os.path.join(work_dir, 'high_priority_zones.tif')
        self.labels = os.path.join(work_dir, 'high_priority_labels.tif')
        self.population = os.path.join(work_dir, 'population_on_grid.tif')

    def written(self):
        """The files a failed run removes (scored rasters are added as they are made)."""
        return [self.priority, self.classes, self.zones, self.labels, self.population]


def score_on_own_cells(overlay, criteria, grid, boundary, exclude, work_dir, written, stack, cancelled=None,
                       log=None):
    """Score where the data lives: a hazard finer than the grid is scored on its own cells and the scores
    averaged by area onto the grid (classes by the share of each class); the overlay then reads those.

    Returns {criterion index: path of its scores}; each path is also appended to ``written``."""
    log = log or (lambda message: None)
    native = {}
    for index, criterion in enumerate(criteria):
        if isinstance(criterion, RasterCriterion) and not criterion.is_population and _finer_than(criterion, grid):
            native[index] = os.path.join(work_dir, 'scored_{0}.tif'.format(index))
            written.append(native[index])
            _write_scores(criterion, native[index], cancelled, boundary, exclude, grid.crs)
            overlay.use_scores(index, native[index], stack)
            log('{0}: scored on its own cells ({1}), then averaged by area onto the analysis cells; '
                'its settlements\' scores come from their own cells.'.format(
                    criterion.name, criterion.function.describe()))
    return native


def read_ahead(reader, read, windows):
    """``read(row0, row1)`` of each window in turn, the next window read by ``reader`` (an executor of one
    thread) while the caller works on this one: GDAL's warping and decoding and numpy's gathers release the
    GIL, so reading overlaps scoring on the other core. One strip is read ahead, never more (memory stays
    that of two strips), and a dataset is used by one thread at a time. With ``reader`` None, the reads in
    turn. Shut ``reader`` down (leave its ``with``) before closing the datasets ``read`` uses."""
    windows = list(windows)
    if reader is None:
        for row0, row1 in windows:
            yield read(row0, row1)
        return
    pending = reader.submit(read, *windows[0]) if windows else None
    try:
        for number in range(len(windows)):
            result = pending.result()
            pending = reader.submit(read, *windows[number + 1]) if number + 1 < len(windows) else None
            yield result
            del result
    finally:
        if pending is not None:            # abandoned (an error, a cancel): the read in flight ends first
            pending.cancel() or pending.exception()


@dataclass
class OverlayTotals:
    """What the scoring pass counted over the cells inside the boundary."""

    histogram: np.ndarray                 # of the cells' priorities, HISTOGRAM_BINS bins on 0-100
    inside_cells: int = 0
    missing_cells: Optional[np.ndarray] = None   # per criterion, inside cells without a value
    lowest: float = np.inf
    highest: float = -np.inf
    population_total: float = 0.0
    sums: Optional['_SettlementSums'] = None

    @property
    def priority_cells(self):
        return int(self.histogram.sum())


def overlay_pass(overlay, criteria, weights, method, missing, windows, paths, profile, scratch, has_population,
                 native, n, tick, stack):
    """The scoring pass: each strip's criteria scored and combined into the priority raster (and the population
    on the grid), with the histogram, missing values, population and settlement sums counted on the way."""
    grid = overlay.grid
    k = len(criteria)
    totals = OverlayTotals(np.zeros(HISTOGRAM_BINS, np.int64), missing_cells=np.zeros(k),
                           sums=_SettlementSums(n, k) if n else None)
    out = stack.enter_context(rasterio.open(paths.priority, 'w', dtype='float32', nodata=PRIORITY_NODATA,
                                            predictor=3, **profile))
    pop_out = None
    if has_population:
        pop_out = stack.enter_context(rasterio.open(paths.population, 'w', dtype='float32', nodata=PRIORITY_NODATA,
                                                    predictor=3, **scratch))
    def scored(row0, row1):
        # In the reading thread too: it waits on GDAL's warping less than this one works on combining.
        inside, raw, counts, strip = overlay.read(row0, row1)
        scores = np.vstack([values if i in native else _score(c, values)
                            for i, (c, values) in enumerate(zip(criteria, raw))]).astype(np.float32)
        return inside, scores, counts, strip

    for (row0, row1), (inside, scores, counts, strip) in zip(windows, overlay.read_ahead(scored, windows)):
        priority = np.full(inside.shape, np.nan)
        if inside.any():
            chosen = scores[:, inside]
            priority[inside] = combine(chosen, weights, method, missing)[0] * 100.0
            totals.inside_cells += int(inside.sum())
            totals.missing_cells += np.isnan(chosen).sum(axis=1)
            del chosen
            finite = priority[~np.isnan(priority)]
            if len(finite):
                totals.histogram += np.histogram(finite, bins=HISTOGRAM_BINS, range=(0.0, 100.0))[0]
                totals.lowest, totals.highest = min(totals.lowest, finite.min()), max(totals.highest, finite.max())
            if counts is not None:
                totals.population_total += float(np.nansum(counts))
        if totals.sums is not None and strip is not None:
            totals.sums.add(strip, inside, scores, priority, counts)
        shape = (row1 - row0, grid.width)
        window = Window(0, row0, grid.width, row1 - row0)
        out.write(np.where(np.isnan(priority), PRIORITY_NODATA, priority).astype(np.float32).reshape(shape),
                  1, window=window)
        if pop_out is not None:
            pop_out.write(np.where(np.isnan(counts), PRIORITY_NODATA, counts).astype(np.float32).reshape(shape),
                          1, window=window)
        tick()
    return totals


def check_overlay(totals, criteria, weights, exclude=None):
    """Refuse a map without cells inside the boundary, a weighted criterion without any value there, or
    no priority at all."""
    if totals.inside_cells == 0:
        if exclude:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'No cell of the grid is at least half inside the boundary '
                                                         'and outside the exclude layer. Check the boundary and the '
                                                         'exclude layer and the cell size.'))
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'No cell of the grid is at least half inside the boundary. '
                                                     'Check the boundary and the cell size.'))
    for criterion, weight, absent in zip(criteria, weights, totals.missing_cells):
        if weight > 0 and absent >= totals.inside_cells:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}" has no value anywhere inside the '
                                                         'boundary. Check that it covers the city, that its CRS is '
                                                         'right and that its nodata value is not its data; or '
                                                         'remove it.'), criterion.name)
    if totals.priority_cells == 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'No cell inside the boundary has a priority: the criteria have '
                                                     'no data there. Check that the hazard and population rasters '
                                                     'cover the boundary and that the layers have the right CRS.'))


def city_breaks(totals, classification='quantile', log=None):
    """The four class breaks of the map's cells (see :func:`class_breaks`); logs when fewer than five
    classes hold cells."""
    breaks = class_breaks(totals.histogram, totals.lowest, totals.highest, classification)
    made = classes_made(totals.histogram, breaks)
    if made < 5 and log is not None:
        log('The map\'s cells fall into {0} of the five priority classes: too many cells share the same '
            'priorities to make five.'.format(made))
    return breaks


#: What each missing-data policy does with a cell where a criterion has no value, in the map's notes.
_MISSING_SAYS = {'reweight': QT_TRANSLATE_NOOP('Engine', 'the other criteria carry the weight there'),
                 'zero': QT_TRANSLATE_NOOP('Engine', 'counted as score 0'),
                 'nodata': QT_TRANSLATE_NOOP('Engine', 'those cells have no priority')}


def overlay_result(criteria, weights, method, missing, breaks, totals, zones, grid, has_population, paths):
    """The PriorityResult of the map (before the settlements' results): the criteria as used (their value
    functions with the bounds chosen), the cells' figures, the zones and the outputs still to be moved."""
    share = totals.missing_cells / max(1, totals.inside_cells)
    result = PriorityResult(
        keys=[c.key for c in criteria], names=[c.name for c in criteria], groups=[c.group for c in criteria],
        weights=weights, functions=[c.function for c in criteria], method=method, missing=missing, breaks=breaks,
        cells=totals.inside_cells, cell_area=grid.cell_area, missing_share=share,
        priority_cells=totals.priority_cells, lowest=float(totals.lowest), highest=float(totals.highest),
        ramp_values=tuple(histogram_quantiles(totals.histogram, RAMP_SHARES, totals.lowest, totals.highest)),
        population_total=totals.population_total if has_population else float('nan'),
        high_population=float(zones.population.sum()) if has_population else float('nan'),
        high_cells=int(zones.cells.sum()), zones=zones,
        pending=[(paths.priority, paths.priority_final), (paths.classes, paths.classes_final)])
    for criterion, part in zip(criteria, share):
        if part > 0:
            result.notes.append(Message(QT_TRANSLATE_NOOP('Engine', '{0}: no value on {1:.1%} of the cells inside '
                                                                    'the boundary ({2}).'),
                                        criterion.name, part, _MISSING_SAYS[missing]))
    return result


def _check_class_scores(criterion):
    """Refuse class scores that leave some of the raster's classes without a score (and no ``other:``)."""
    function = criterion.function
    if function.kind != 'classes' or function.default is not None:
        return
    from .rules import class_label, read_sample
    seen = np.unique(read_sample(criterion.path, criterion.band).values).tolist()
    unscored = [value for value in seen if float(value) not in function.classes]
    if unscored:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}": the class scores ({1}) give no score to the '
                                                     'class(es) {2} found in the raster. Give every class a score, '
                                                     'or one score for all the others with "other:0".'),
                         criterion.name, function.describe(), ', '.join(class_label(v) for v in unscored))


def _finer_than(criterion, grid):
    """True when the raster's own cells are smaller than the analysis grid's."""
    own = raster_grid(criterion.path, criterion.name)
    return cell_area_on(own, grid) < grid.cell_area * 0.999


def _geojson(polygon):
    """A GeoJSON-like polygon from WKB or GeoJSON-like input."""
    if isinstance(polygon, (bytes, bytearray)):
        import json

        from osgeo import ogr
        return json.loads(ogr.CreateGeometryFromWkb(bytes(polygon)).ExportToJson())
    return polygon


def _in_raster_crs(polygons, crs, source):
    """``polygons`` (WKB or GeoJSON-like, in ``crs``) as GeoJSON-like shapes in the raster's CRS."""
    from rasterio.warp import transform_geom
    return [transform_geom(crs, source.crs, _geojson(p)) if crs != source.crs else _geojson(p)
            for p in polygons if p is not None]


def _area_mask(shapes, source, window):
    """Cells of ``window`` of ``source`` whose centre lies in ``shapes`` (in the raster's CRS)."""
    from rasterio.features import geometry_mask
    if not shapes:
        return np.zeros((int(window.height), int(window.width)), dtype=bool)
    return geometry_mask(shapes, out_shape=(int(window.height), int(window.width)),
                         transform=source.window_transform(window), invert=True)


def _write_scores(criterion, path, cancelled=None, boundary=None, exclude=None, crs=None):
    """The criterion's value function applied to every cell of its raster, on the raster's own grid
    (float32, NaN where the raster has no data), written block by block so memory stays bounded.

    Cells whose centre lies outside ``boundary`` or inside ``exclude`` (polygons in ``crs``) get no
    score, so that a settlement's own-cell score, like every other criterion, counts only the cells
    the map counts."""
    with open_raster(criterion.path, criterion.name) as source:
        inside = _in_raster_crs(boundary, crs, source) if boundary is not None else None
        outside = _in_raster_crs(exclude, crs, source) if exclude else None
        profile = dict(driver='GTiff', width=source.width, height=source.height, count=1, crs=source.crs,
                       transform=source.transform, dtype='float32', nodata=float('nan'), tiled=True,
                       blockxsize=256, compress='deflate', ZLEVEL=1, BIGTIFF='IF_SAFER')
        windows = strip_windows(source, PRIORITY_STRIP_CELLS)
        with rasterio.open(path, 'w', blockysize=tile_rows(windows), **profile) as target:
            for row0, row1 in windows:
                if cancelled is not None and cancelled():
                    raise Cancelled(QT_TRANSLATE_NOOP('Engine', 'Cancelled: no output was written.'))
                window = Window(0, row0, source.width, row1 - row0)
                values = source.read(criterion.band, window=window, masked=True)
                numbers = np.ma.filled(values.astype(np.float64), np.nan)
                scores = criterion.function.score(numbers)
                if inside is not None:
                    scores[~_area_mask(inside, source, window)] = np.nan
                if outside:
                    scores[_area_mask(outside, source, window)] = np.nan
                target.write(scores.astype(np.float32), 1, window=window)


def _own_cell_scores(settlements, grid, criteria, native, cancelled=None):
    """{criterion index: each settlement's coverage-weighted mean score over the criterion's own cells}."""
    if not native:
        return {}
    from .exposure import Hazard, settlement_exposure
    out = {}
    for index, path in native.items():
        criterion = criteria[index]
        measured = settlement_exposure(settlements, grid.crs, [Hazard(path, criterion.name, criterion.key)],
                                       cancelled=cancelled, require_overlap=False)
        out[index] = np.asarray(measured.hazards[0].mean, dtype=np.float64)
    return out


def _own_cell_population(settlements, grid, criteria, cancelled=None):
    """Each settlement's people, counted on the population raster's own cells (partly covered cells by their
    covered share), as the exposure's people are: NaN where it covers no valid cell.

    Not the analysis grid's people: a coarser cell spreads the people of a dense settlement over the whole cell,
    so the share of the cell a small settlement covers holds only a part of its people (on the sample city's
    200 m grid a 0.29 ha settlement of about 206 people had 31)."""
    from .exposure import raster_sums
    criterion = next(c for c in criteria if isinstance(c, RasterCriterion) and c.is_population)
    return np.asarray(raster_sums(settlements, grid.crs, criterion.path, criterion.name, cancelled=cancelled,
                                  band=criterion.band), dtype=np.float64)


def commit_outputs(result):
    """Move the finished rasters onto their destinations (replacing what was there)."""
    for partial, final in result.pending:
        os.replace(partial, final)
    result.pending = []


def discard_outputs(result):
    """Remove the finished rasters that were not committed; the destinations stay as they were."""
    for partial, _ in result.pending:
        with contextlib.suppress(OSError):
            os.remove(partial)
    result.pending = []


def _partial(path):
    return '{0}.partial{1}.tif'.format(path, os.getpid())


def _prepare_zone_criterion(criterion, n, log):
    """A copy of the ZoneCriterion with float64 values, its base and its value function resolved."""
    values = np.asarray(criterion.values, dtype=np.float64)
    if len(values) != n:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}" has {1} values for {2} settlements.'),
                         criterion.name, len(values), n)
    known = values[~np.isnan(values)]
    if len(known) == 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Criterion "{0}" has no value for any settlement. Check the '
                                                     'field.'), criterion.name)
    base = criterion.base
    if base is None:
        base = float(known.min())
        log('{0}: cells outside every settlement take the lowest settlement value, {1:g}.'.format(
            criterion.name, base))
    return replace(criterion, values=values, base=base,
                   function=settlement_value_function(criterion.function, known, criterion.name, log))


def settlement_value_function(function, known, name, log=None):
    """The value function of a settlement value, from the settlements' known values (never from the cells,
    most of which lie outside every settlement and hold the base value).

    None: the values themselves when they lie within 0-1, else linear from the lowest to the highest
    settlement. Linear without a high bound: the 95th percentile of the values above ``low``. Others
    come back as they are; a function is never changed, a new one is returned."""
    log = log or (lambda message: None)
    if function is None:
        if known.min() >= 0.0 and known.max() <= 1.0:
            log('{0}: values lie within 0-1 and are used as scores.'.format(name))
            return ValueFunction('linear', 0.0, 1.0)
        low, high = float(known.min()), float(known.max())
        log('{0}: values go beyond 0-1, so they are scaled from the lowest settlement ({1:g}, score 0) to the '
            'highest ({2:g}, score 1).'.format(name, low, high))
        return ValueFunction('linear', low, high if high > low else low + 1.0)
    if function.kind == 'linear' and function.high is None:
        above = known[known > function.low]
        high = float(np.percentile(above, 95)) if len(above) else function.low + 1.0
        function = replace(function, high=high if high > function.low else function.low + 1.0)
        log('{0}: no high bound was given; it is set to {1:.4g}, the 95th percentile of the settlement values '
            'above {2:g}.'.format(name, function.high, function.low))
    return function


def _score(criterion, values):
    if isinstance(criterion, DistanceCriterion):
        f = criterion.function
        big = np.where(np.isinf(values), 1e300, values)
        return f.score(big)
    return criterion.function.score(values)


def automatic_bounds(overlay, criteria, windows, log=None, tick=None):
    """The criteria with every unset high bound filled: copies (``dataclasses.replace``) of those whose linear
    function has no high bound, the others as they are. The bound is the exact 95th percentile of the values
    above ``low`` inside the boundary, on the analysis grid (numpy's linear interpolation between order
    statistics); with no value above ``low`` it is ``low + 1``.

    The percentile is found in passes over the strips with bounded memory (see
    :func:`exact_percentile`): a histogram narrows down where the two order statistics lie, and
    the few values there are sorted.
    """
    log = log or (lambda message: None)
    tick = tick or (lambda amount=1: None)
    out = list(criteria)
    for i, criterion in enumerate(criteria):
        if criterion.function.kind != 'linear' or criterion.function.high is not None:
            continue
        low = criterion.function.low

        def strips(index=i, low=low):
            for values in overlay.read_ahead(lambda row0, row1: overlay.read_one(index, row0, row1), windows):
                tick(0)
                values = values[np.isfinite(values)]
                yield values[values > low]

        high, count = exact_percentile(strips, 95.0)
        tick()
        if count == 0 or high <= low:
            high = low + 1.0
            log('{0}: no high bound was given, and no value above {1:g} lies inside the boundary: it is set to '
                '{2:g}.'.format(criterion.name, low, high))
        else:
            log('{0}: no high bound was given; it is set to {1:.6g}, the 95th percentile of the {2:,} values above '
                '{3:g} inside the boundary on the analysis grid.'.format(criterion.name, high, count, low))
        out[i] = replace(criterion, function=replace(criterion.function, high=high))
    return out


#: At most this many values are held at once while a percentile is found.
PERCENTILE_HOLD = 4_000_000
PERCENTILE_BINS = 65536


def exact_percentile(strips, q):
    """(percentile, count): the exact ``q``-th percentile (numpy's default, linear between order
    statistics) of all the values that ``strips()`` yields, strip by strip, and how many there are.

    ``strips`` is called once per pass; each pass keeps only a histogram, so memory stays bounded
    whatever the number of values. The range is narrowed to the bin holding the wanted order
    statistic until at most PERCENTILE_HOLD values lie in it, which are then sorted.
    """
    count, lowest, highest = 0, np.inf, -np.inf
    for values in strips():
        if len(values):
            count += len(values)
            lowest, highest = min(lowest, float(values.min())), max(highest, float(values.max()))
    if count == 0:
        return float('nan'), 0
    position = (count - 1) * q / 100.0
    below = int(math.floor(position))
    if below + 1 >= count:
        lower = upper = _order_statistic(strips, below, lowest, highest)
    else:
        # Both order statistics from one search: the next one is found in the same last pass (it is
        # in the same bin, or the least value above it), so the strips are not read twice more.
        lower, upper = _order_statistic(strips, below, lowest, highest, following=True)
        if upper is None:
            upper = _order_statistic(strips, below + 1, lowest, highest)
    return lower + (position - below) * (upper - lower), count


def _order_statistic(strips, rank, lo, hi, following=False):
    """The value of 0-based ``rank`` among all values, searched within [lo, hi] (which holds it).

    With ``following``, (that value, the value of ``rank + 1``), the second None when the search
    ended before its last pass (then it is not known).
    """
    skipped = 0                                     # values below ``lo``
    while True:
        if lo == hi:
            return (lo, None) if following else lo
        edges = np.linspace(lo, hi, PERCENTILE_BINS + 1)
        histogram = np.zeros(PERCENTILE_BINS, np.int64)
        under = 0
        least, most = np.inf, -np.inf
        for values in strips():
            under += int((values < lo).sum())
            inside = values[(values >= lo) & (values <= hi)]
            if len(inside):
                # numpy's equal-width path (bins and range, not the edges array): the same counts, since numpy
                # moves a value its arithmetic puts beside an edge of ``np.linspace(lo, hi, ...)`` into the
                # edge's bin, but without a binary search per value (six times faster on 5 M values).
                histogram += np.histogram(inside, bins=PERCENTILE_BINS, range=(lo, hi))[0]
                least, most = min(least, float(inside.min())), max(most, float(inside.max()))
        if least == most:                           # every value in the range is the same: ties end the search
            return (least, None) if following else least
        skipped = under
        cumulative = np.cumsum(histogram)
        target = rank - skipped                     # rank within [lo, hi]
        b = int(np.searchsorted(cumulative, target, side='right'))
        b = min(b, PERCENTILE_BINS - 1)
        held = int(histogram[b])
        before = skipped + (int(cumulative[b - 1]) if b else 0)
        bin_lo, bin_hi = edges[b], edges[b + 1]
        if held <= PERCENTILE_HOLD or bin_lo >= bin_hi or (bin_lo == lo and bin_hi == hi):
            last = b == PERCENTILE_BINS - 1
            chosen = []
            above = np.inf                          # the least value above the bin
            for values in strips():
                mask = (values >= bin_lo) & ((values <= bin_hi) if last else (values < bin_hi))
                chosen.append(values[mask])
                if following:
                    higher = values[(values > bin_hi) if last else (values >= bin_hi)]
                    if len(higher):
                        above = min(above, float(higher.min()))
            chosen = np.sort(np.concatenate(chosen)) if chosen else np.empty(0)
            value = float(chosen[rank - before])
            if not following:
                return value
            if rank + 1 - before < len(chosen):
                return value, float(chosen[rank + 1 - before])
            return value, (above if np.isfinite(above) else None)
        lo, hi = bin_lo, (np.nextafter(bin_hi, -np.inf) if b < PERCENTILE_BINS - 1 else bin_hi)


@dataclass
class ZoneStats:
    """Per high-priority zone (label 1..n, index 0 unused): cells, people, priority sum."""

    cells: np.ndarray
    population: np.ndarray
    priority_sum: np.ndarray

    @property
    def count(self):
        return len(self.cells) - 1


def _write_classes(priority_path, classes_path, labels_path, zones_path, population_grid, breaks, windows, grid,
                   profile, scratch, tick):
    """Second pass: classes 1-5, and the connected areas of classes 4-5 labelled zone by zone.

    Each strip's class 4-5 cells are labelled (4-connected) with provisional numbers; labels
    that touch across a strip edge are joined afterwards (connected components of the
    touching pairs), and a third pass writes the final zone numbers. People and priority are
    summed per label on the way, so a zone's figures need no zonal statistics and memory
    stays bounded by the strip, whatever the number of zones.
    """
    from scipy import ndimage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    cells, people_sum, priority_sum = [np.zeros(1)], [np.zeros(1)], [np.zeros(1)]
    pairs = []
    total = 0
    previous = None
    with contextlib.ExitStack() as stack:
        source = stack.enter_context(rasterio.open(priority_path))
        people = stack.enter_context(rasterio.open(population_grid)) if population_grid else None
        classes = stack.enter_context(rasterio.open(classes_path, 'w', dtype='uint8', nodata=0, **profile))
        labels_out = stack.enter_context(rasterio.open(labels_path, 'w', dtype='int32', nodata=0, **scratch))

        def read(row0, row1):
            window = Window(0, row0, grid.width, row1 - row0)
            persons = None if people is None else people.read(1, window=window, masked=True).filled(0.0)
            return source.read(1, window=window), persons
        # Entered last, so left first: the read in flight ends before the files close.
        reader = stack.enter_context(ThreadPoolExecutor(max_workers=1))
        for (row0, row1), (priority, persons) in zip(windows, read_ahead(reader, read, windows)):
            window = Window(0, row0, grid.width, row1 - row0)
            priority = priority.astype(np.float64)
            priority[priority == PRIORITY_NODATA] = np.nan
            cls = classify(priority, breaks)
            classes.write(cls, 1, window=window)
            labels, found = ndimage.label(cls >= 4)
            labels = labels.astype(np.int32)
            labels[labels > 0] += total
            if previous is not None:
                touching = (previous > 0) & (labels[0] > 0)
                if touching.any():
                    pairs.append(np.column_stack([previous[touching], labels[0][touching]]))
            previous = labels[-1].copy()
            flat = labels.ravel() - total
            flat[flat < 0] = 0
            counts = np.bincount(flat, minlength=found + 1)[1:]
            cells.append(counts.astype(np.float64))
            priority_sum.append(np.bincount(flat, np.nan_to_num(priority.ravel()), minlength=found + 1)[1:])
            if persons is not None:
                persons = persons.astype(np.float64).ravel()
                people_sum.append(np.bincount(flat, persons, minlength=found + 1)[1:])
            else:
                people_sum.append(np.zeros(found))
            labels_out.write(labels, 1, window=window)
            total += found
            tick()
    # Join labels that touch across strips; number the zones 1..n.
    edges = np.concatenate(pairs) if pairs else np.empty((0, 2), np.int64)
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(total + 1, total + 1))
    _, component = connected_components(graph, directed=False)
    _, final = np.unique(component[1:], return_inverse=True)
    table = np.concatenate([[0], final + 1]).astype(np.int32)
    zones = int(table.max()) if total else 0
    stats = ZoneStats(*[np.bincount(table, np.concatenate(parts), minlength=zones + 1)
                        for parts in (cells, people_sum, priority_sum)])
    stats.cells[0] = stats.population[0] = stats.priority_sum[0] = 0.0
    with rasterio.open(labels_path) as labels_in, \
            rasterio.open(zones_path, 'w', dtype='int32', nodata=0, **scratch) as zones_out:
        for row0, row1 in windows:
            window = Window(0, row0, grid.width, row1 - row0)
            zones_out.write(table[labels_in.read(1, window=window)], 1, window=window)
            tick()
    os.remove(labels_path)
    return stats


def _settlement_results(result, sums, criteria, missing, runs, spread, class_basis='settlements', own=None):
    """Each settlement's criterion means, priority, rank and sensitivity.

    Raster and distance criteria are the coverage-weighted means over the settlement's cells.
    Criteria that are settlement values (vulnerability, an access field) are the
    settlement's own value, not the mix of its partly covered cells with their neighbours
    and the base value: a small settlement is not diluted, and a settlement without a value
    has none (its completeness says so). The settlement's priority is its criterion means
    combined with the weights, exactly what the explorer and the sensitivity runs recompute.
    """
    means = np.vstack([_share(s, d) for s, d in zip(sums.score_sum, sums.score_den)]).T
    for j, criterion in enumerate(criteria):
        if isinstance(criterion, ZoneCriterion):
            means[:, j] = criterion.function.score(criterion.values)
    for j, scores in (own or {}).items():          # hazards scored on their own cells
        means[:, j] = scores
    # Means for every settlement with cells in the analysis, ranked or not: with missing = nodata a settlement
    # without a vulnerability has no priority, but the explorer can still rank it once that weight is 0.
    means[~(sums.inside > 0)] = np.nan
    ranked = sums.priority_den > 0
    result.criteria_means = means
    score, completeness = combine(means.T, result.weights, result.method, missing)
    result.priority_mean = np.where(ranked, score * 100.0, np.nan)
    result.completeness = np.where(ranked, completeness, np.nan)
    result.priority_max = np.where(np.isfinite(sums.priority_max), sums.priority_max, np.nan)
    result.population = np.where(sums.population_den > 0, sums.population, np.nan)
    result.rank = competition_rank(result.priority_mean)
    ranked = ~np.isnan(result.priority_mean)
    if class_basis == 'cells':
        result.priority_class = np.where(ranked, classify(result.priority_mean, result.breaks).astype(np.float64),
                                         np.nan)
    else:
        result.priority_class = settlement_classes(result.rank, int(ranked.sum()))
    made = len(set(result.priority_class[ranked].astype(int).tolist()))
    if ranked.any() and made < 5:
        result.notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'The ranked settlements fall into {0} of the five '
                                                                'priority classes: {1}.'),
                                    made, QT_TRANSLATE_NOOP('Engine', 'the city-wide cell breaks leave the others '
                                                                      'empty for the settlements')
                                    if class_basis == 'cells' else
                                    QT_TRANSLATE_NOOP('Engine', 'too few settlements or too many equal priorities '
                                                                'to fill five')))
    means_ranked = np.where(ranked[:, None], means, np.nan)
    result.rank_p05, result.rank_p95, result.rank_stable = sensitivity(
        means_ranked, result.weights, result.method, missing, runs, spread)
    outside = int((~ranked).sum())
    if outside:
        result.notes.append(Message(QT_TRANSLATE_NOOP('Engine', '{0} settlement(s) have no cell with a priority '
                                                                '(outside the boundary, excluded or without data) '
                                                                'and are not ranked.'), outside))


def high_priority_zones(result, zones_path, cancelled=None, band_cells=None, hold_bytes=None):
    """Yield the connected areas of classes 4-5 as dicts: zone, geometry (little-endian WKB in
    the grid's CRS), part and parts, area_m2, population (NaN without a population raster)
    and priority_mean.

    The zone raster is traced band by band (core.polygonize), so memory stays bounded: a
    zone is one polygon unless it is too large to hold, and is then given in parts (one per
    band of rows) that share its number and figures (``band_cells`` and ``hold_bytes`` as in
    :func:`core.polygonize.zone_polygons`). The figures are the whole zone's, from the sums
    made while labelling.
    """
    stats = result.zones
    if stats is None or stats.count == 0:
        return
    known = result.population_total == result.population_total
    for polygon in zone_polygons(zones_path, band_cells, hold_bytes, cancelled):
        zone = polygon.zone
        yield {'zone': zone, 'geometry': polygon.wkb, 'part': polygon.part, 'parts': polygon.parts,
               'area_m2': float(stats.cells[zone] * result.cell_area),
               'population': float(stats.population[zone]) if known else float('nan'),
               'priority_mean': float(stats.priority_sum[zone] / stats.cells[zone])}
