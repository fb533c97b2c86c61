"""Composite indicators: normalisation, weighting, AHP and an explainable index.

Every indicator is normalised to 0-1 and oriented so that 1 means more vulnerable.
An indicator that lowers vulnerability is turned round on the normalised scale as
``1 - v`` (the scale's maximum minus the value), never multiplied by -1. Missing
values are never treated as zero: the policy is explicit and the completeness of
each score is reported.
"""
import json
import math
from dataclasses import dataclass, field
from typing import List

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message

NORMALIZATIONS = ('minmax', 'rank', 'zscore')
MISSING_POLICIES = ('reweight', 'median', 'null')

#: Saaty's random consistency index by matrix size (Saaty 1980, as tabulated in
#: Saaty 2008, Int. J. Services Sciences 1(1), 83-98).
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41,
                9: 1.45, 10: 1.49}


@dataclass
class Indicator:
    """One indicator of the index: a field, its direction and its weight."""

    field: str
    direction: str = '+'
    weight: float = 1.0
    label: str = ''
    optional: bool = False

    def __post_init__(self):
        self.direction = str(self.direction).strip()
        if self.direction not in ('+', '-'):
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Indicator "{0}" has direction "{1}". Use + when a higher '
                                                         'value means more vulnerable, - when it means less.'),
                             self.field, self.direction)
        try:
            self.weight = float(self.weight)
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Indicator "{0}" has weight "{1}", which is not a number. '
                                                         'Give each indicator a weight of zero or more, such as 1 '
                                                         'or 0.5.'),
                             self.field, self.weight) from None
        if not math.isfinite(self.weight) or self.weight < 0:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Indicator "{0}" has weight {1}. Weights must be zero or '
                                                         'positive.'), self.field, self.weight)


def indicators_from_rows(rows, decimal='auto', log=None):
    """Indicators from a flat matrix (field, direction, weight, field, ...).

    The weights are read as one column (:func:`.numbers.read_column`): "0,5" is a half where the column writes
    decimal commas, ``decimal`` ('auto', 'point' or 'comma') as the DECIMAL parameter says; ``log`` is told the
    decimal mark used."""
    rows = [str(v).strip() if v is not None else '' for v in rows]
    if len(rows) % 3:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'INDICATORS needs three columns per row (field, direction, '
                                                     'weight); got {0} values.'), len(rows))
    used = [i for i in range(0, len(rows), 3) if rows[i]]
    weights = _weights([rows[i + 2] or 1 for i in used], 'INDICATORS', decimal, log)
    indicators = [Indicator(rows[i], rows[i + 1] or '+', weight) for i, weight in zip(used, weights)]
    _refuse_duplicates([i.field for i in indicators])
    return indicators


def _weights(values, table, decimal, log):
    """Weights as numbers, read as one column; a value that is no number is given back as it was, for
    :class:`Indicator` to refuse by name."""
    from .numbers import read_column
    numbers, convention, _ = read_column(values, QT_TRANSLATE_NOOP('Engine', 'Weight'), table, decimal)
    texts = [str(value) for value in values if isinstance(value, str)]
    if log is not None and convention is not None and any(mark in t for t in texts for mark in '.,'):
        log(Message(QT_TRANSLATE_NOOP('Engine', 'Indicator weights read with {0}.'), convention.reason))
    return [value if number is None else number for value, number in zip(values, numbers)]


def read_preset(path):
    """Read a JSON preset: ``{"name", "indicators": [{"field", "direction", "weight"}], ...}``."""
    try:
        with open(path, encoding='utf-8') as handle:
            preset = json.load(handle)
    except (OSError, ValueError) as err:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Cannot read indicator preset "{0}": {1}. Choose a JSON preset '
                                                     'file such as those in resources/indicator_presets.'),
                         path, err) from None
    items = preset.get('indicators') if isinstance(preset, dict) else None
    if not items:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Preset "{0}" lists no indicators.'), path)
    if not isinstance(items, list) or not all(isinstance(item, dict) and item.get('field') for item in items):
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Preset "{0}": "indicators" must be a list of objects, each '
                                                     'with a "field" (and optionally "direction", "weight", '
                                                     '"label", "optional").'), path)
    indicators = []
    for item in items:
        indicators.append(Indicator(item['field'], item.get('direction', '+'), item.get('weight', 1),
                                    item.get('label', ''), _flag(item.get('optional', False))))
    _refuse_duplicates([i.field for i in indicators])
    for key, valid, meaning in (('normalization', NORMALIZATIONS, 'minmax (min–max), rank (percentile rank), '
                                 'zscore (z-score through the normal distribution)'),
                                ('missing', MISSING_POLICIES, 'reweight (over the indicators present), median '
                                 '(fill with the median), null (leave the score NULL)')):
        if key in preset and preset[key] not in valid:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Preset "{0}": "{1}" is "{2}", which is not one of: {3}. '
                                                         'Write one of these, or remove the key to use the default.'),
                             path, key, preset[key], meaning)
    return preset, indicators


def _flag(value):
    """A JSON boolean, also when written as text ("true", "false", "yes", "no", "1", "0")."""
    if isinstance(value, str):
        return value.strip().lower() in ('true', 'yes', '1')
    return bool(value)


def _refuse_duplicates(names):
    """Indicator fields must be distinct, ignoring case (field lookups ignore it too)."""
    seen, duplicated = set(), []
    for name in names:
        if name.lower() in seen and name not in duplicated:
            duplicated.append(name)
        seen.add(name.lower())
    if duplicated:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Indicator field(s) listed twice: {0}.'), ', '.join(duplicated))


def write_preset(path, name, indicators, normalization='minmax', missing='reweight', description=''):
    """Write indicators as a JSON preset that :func:`read_preset` reads back."""
    preset = {'name': name, 'description': description, 'normalization': normalization,
              'missing': missing,
              'indicators': [{'field': i.field, 'direction': i.direction, 'weight': i.weight,
                              'label': i.label} for i in indicators]}
    with open(path, 'w', encoding='utf-8') as handle:
        json.dump(preset, handle, indent=2, ensure_ascii=False)
        handle.write('\n')


def normalise(values, method='minmax'):
    """Scale one indicator to 0-1 over the settlements that have a value.

    Parameters
    ----------
    values : ndarray
        Raw values, NaN where missing.
    method : {'minmax', 'rank', 'zscore'}
        ``minmax``: (x - min) / (max - min). ``rank``: percentile rank
        (rank - 1) / (n - 1), ties sharing their mean rank. ``zscore``: the
        standard normal CDF of (x - mean) / sd.
        Where all values are equal the indicator cannot tell settlements apart and
        every present value becomes 0.5.
    """
    values = np.asarray(values, dtype=np.float64)
    out = np.full(values.shape, np.nan)
    present = ~np.isnan(values)
    x = values[present]
    if x.size == 0:
        return out
    if method == 'minmax':
        span = x.max() - x.min()
        out[present] = (x - x.min()) / span if span > 0 else 0.5
    elif method == 'rank':
        out[present] = _percentile_rank(x)
    elif method == 'zscore':
        sd = x.std()
        if sd > 0:
            z = (x - x.mean()) / sd
            out[present] = 0.5 * (1.0 + _erf(z / math.sqrt(2.0)))
        else:
            out[present] = 0.5
    else:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Unknown normalisation "{0}"; use one of {1}.'),
                         method, ', '.join(NORMALIZATIONS))
    return out


def _percentile_rank(x):
    if x.size == 1:
        return np.array([0.5])
    order = np.argsort(x, kind='mergesort')
    ranks = np.empty(x.size)
    ranks[order] = np.arange(x.size, dtype=np.float64)
    # Ties share the mean of their ranks.
    unique, inverse = np.unique(x, return_inverse=True)
    mean_rank = np.bincount(inverse, ranks) / np.bincount(inverse)
    return mean_rank[inverse] / (x.size - 1)


_erf = np.vectorize(math.erf, otypes=[np.float64])


@dataclass
class IndexResult:
    """A composite index per settlement, with its parts."""

    score: np.ndarray                 # 0-1, NaN = NULL
    rank: np.ndarray                  # 1 = highest score, NaN for NULL scores
    completeness: np.ndarray          # share of weight whose indicators were present
    oriented: np.ndarray              # (settlements, indicators), 0-1, 1 = more vulnerable
    contributions: np.ndarray         # weight x oriented value / weight used, per settlement
    weights: np.ndarray               # normalised to sum 1
    notes: List[str] = field(default_factory=list)

    def drivers(self, names, top=3):
        """Text per settlement: the top indicators by contribution with their shares."""
        out = []
        for row, score in zip(self.contributions, self.score):
            if not np.isfinite(score) or score <= 0:
                out.append(None)
                continue
            shares = np.nan_to_num(row) / score
            order = np.argsort(-shares, kind='mergesort')[:top]
            parts = ['{0} {1:.0f}%'.format(names[j], 100 * shares[j]) for j in order if shares[j] > 0]
            out.append(', '.join(parts) if parts else None)
        return out


def composite_index(raw, indicators, normalization='minmax', missing='reweight'):
    """Weighted composite index of several indicators.

    Parameters
    ----------
    raw : ndarray (settlements, indicators)
        Raw indicator values, NaN where missing.
    indicators : list of Indicator
    normalization : {'minmax', 'rank', 'zscore'}
    missing : {'reweight', 'median', 'null'}
        ``reweight``: the score is the weighted mean over the indicators present.
        ``median``: a missing value is filled with the indicator's median first.
        ``null``: a settlement missing any indicator gets no score.

    Returns
    -------
    IndexResult
    """
    raw = np.array(raw, dtype=np.float64, ndmin=2)
    if missing not in MISSING_POLICIES:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Unknown missing-data policy "{0}"; use one of {1}.'),
                         missing, ', '.join(MISSING_POLICIES))
    weights = np.array([i.weight for i in indicators], dtype=np.float64)
    if weights.max(initial=0.0) <= 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'All indicator weights are zero. Give at least one indicator a '
                                                     'positive weight.'))
    weights = weights / weights.max()           # first scaled to 1, so huge weights cannot overflow
    weights = weights / weights.sum()
    present = ~np.isnan(raw)
    completeness = (present * weights).sum(axis=1)
    notes = []
    filled = raw.copy()
    if missing == 'median':
        for j, indicator in enumerate(indicators):
            column = raw[:, j]
            if np.isnan(column).any() and (~np.isnan(column)).any():
                median = float(np.nanmedian(column))
                filled[np.isnan(column), j] = median
                notes.append(Message(QT_TRANSLATE_NOOP('Engine', '{0}: {1} missing value(s) filled with the median '
                                                                 '{2:g}.'),
                                     indicator.field, int(np.isnan(column).sum()), median))
    oriented = np.empty_like(filled)
    for j, indicator in enumerate(indicators):
        column = filled[:, j]
        values = column[~np.isnan(column)]
        if values.size and np.all(values == values[0]):
            notes.append(Message(QT_TRANSLATE_NOOP('Engine', '{0}: every settlement has the same value, so it '
                                                             'cannot tell them apart (scored 0.5).'), indicator.field))
        scaled = normalise(column, normalization)
        oriented[:, j] = scaled if indicator.direction == '+' else 1.0 - scaled
    usable = ~np.isnan(oriented)
    used_weight = (usable * weights).sum(axis=1)
    weighted = np.where(usable, oriented * weights, 0.0)
    with np.errstate(invalid='ignore', divide='ignore'):
        contributions = np.where(used_weight[:, None] > 0, weighted / used_weight[:, None], np.nan)
        score = np.where(used_weight > 0, weighted.sum(axis=1) / used_weight, np.nan)
    if missing == 'null':
        # A missing indicator of weight 0 cannot change the score, so it does not void it.
        score[~present[:, weights > 0].all(axis=1)] = np.nan
    # A settlement with none of its indicators has no score, whatever the policy.
    score[completeness == 0] = np.nan
    contributions[np.isnan(score)] = np.nan
    return IndexResult(score, competition_rank(score), completeness, oriented, contributions, weights, notes)


def competition_rank(score):
    """Rank 1 for the highest score; ties share the best rank (1, 2, 2, 4); NaN stays NaN.

    Scores equal to 12 decimals are ties: the same inputs summed in another order can
    differ in the last bit.
    """
    score = np.round(np.asarray(score, dtype=np.float64), 12)
    rank = np.full(score.shape, np.nan)
    valid = ~np.isnan(score)
    values = score[valid]
    # Number of strictly higher scores, plus one.
    higher = np.searchsorted(np.sort(-values), -values, side='left')
    rank[valid] = higher + 1
    return rank


@dataclass
class AhpResult:
    """Weights from a pairwise-comparison matrix, with Saaty's consistency figures."""

    weights: np.ndarray
    lambda_max: float
    consistency_index: float
    consistency_ratio: float

    @property
    def consistent(self):
        """Saaty's rule: judgements with CR <= 0.1 are acceptably consistent."""
        return self.consistency_ratio <= 0.1


def parse_judgement(text):
    """A comparison on Saaty's scale: '3', '1/5', '0.2'."""
    text = str(text).strip()
    try:
        if '/' in text:
            top, bottom = text.split('/', 1)
            value = float(top) / float(bottom)
        else:
            value = float(text)
    except (ValueError, ZeroDivisionError):
        raise InputError(QT_TRANSLATE_NOOP('Engine', '"{0}" is not a pairwise judgement. Use 1-9 or a reciprocal '
                                                     'such as 1/3.'), text) from None
    if not math.isfinite(value) or value <= 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Judgement "{0}" must be a positive number (1-9 or 1/2-1/9).'),
                         text)
    return value


def ahp_weights(matrix, names=None):
    """Principal-eigenvector weights of a reciprocal pairwise-comparison matrix.

    Parameters
    ----------
    matrix : array-like (n, n)
        a[i, j] says how much more important indicator i is than j, on Saaty's 1-9
        scale; a[j, i] must be 1 / a[i, j] and the diagonal 1.
    names : list of str, optional
        Used in messages.
    """
    a = np.array(matrix, dtype=np.float64)
    n = a.shape[0]
    names = names or ['#{0}'.format(i + 1) for i in range(n)]
    if a.ndim != 2 or a.shape[1] != n or n == 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The pairwise matrix must be square; it is {0}.'),
                         ' x '.join(map(str, a.shape)))
    if np.any(~np.isfinite(a)) or np.any(a <= 0):
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Every pairwise judgement must be a positive number.'))
    for i in range(n):
        if abs(a[i, i] - 1) > 1e-9:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'The diagonal must be 1: "{0}" against itself is {1:g}.'),
                             names[i], a[i, i])
        for j in range(i + 1, n):
            # 5 % leeway, so that 0.33 for 1/3 or 0.14 for 1/7 (two decimals) are accepted.
            if abs(a[i, j] * a[j, i] - 1) > 0.05:
                raise InputError(QT_TRANSLATE_NOOP('Engine', 'The matrix is not reciprocal: "{0}" vs "{1}" is {2:g} '
                                                             'but "{1}" vs "{0}" is {3:g}, not {4:.3g}.'),
                                 names[i], names[j], a[i, j], a[j, i], 1 / a[i, j])
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lambda_max = float(values[k].real)
    weights = np.abs(vectors[:, k].real)
    weights = weights / weights.sum()
    ci = (lambda_max - n) / (n - 1) if n > 2 else 0.0
    # Saaty's table stops at 10; larger matrices use its last value, 1.49.
    ri = RANDOM_INDEX.get(n, 1.49)
    cr = ci / ri if ri > 0 else 0.0
    return AhpResult(weights, lambda_max, max(ci, 0.0), max(cr, 0.0))


def matrix_from_upper(judgements, n):
    """A full reciprocal matrix from the upper triangle, row by row (n (n - 1) / 2 values)."""
    expected = n * (n - 1) // 2
    if len(judgements) != expected:
        raise InputError(QT_TRANSLATE_NOOP('Engine', '{0} indicators need {1} pairwise judgements (the upper '
                                                     'triangle, row by row); got {2}.'), n, expected, len(judgements))
    a = np.ones((n, n))
    k = 0
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = parse_judgement(judgements[k])
            a[j, i] = 1.0 / a[i, j]
            k += 1
    return a
