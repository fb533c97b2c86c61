"""Which hazard values count as exposed: one rule per hazard, and what a classed raster holds.

A rule is written as a person would say it:

``0.5`` or ``>=0.5``  exposed where the value is at least 0.5 (a plain number means >=)
``>0.5``, ``<=2``, ``<2``  the other comparisons
``=1`` or ``=1|2``   these classes only (a set of exact values)
(empty)              the default: exposed where the value is above 0

A classed hazard (a colour table, class names, or an integer raster with few distinct values)
must be given a rule: "above 0" would count every class as exposed, including "Not flooded".
"""
import math
import re
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message

#: An integer raster with at most this many distinct values is taken for classes.
MAX_CLASSES = 16
#: A raster of at most this many cells is read whole to judge what it is; a larger one by SAMPLE_BLOCKS of
#: its own blocks spread evenly over it, so the cost does not grow with the raster.
SAMPLE_CELLS = 4_194_304
SAMPLE_BLOCKS = 64

_COMPARISON = re.compile(r'^(>=|<=|>|<|=)?\s*(.*)$')


@dataclass(frozen=True)
class ExposureRule:
    """Exposed where ``value <op> limit``, or where the value is one of ``classes`` (op '=')."""

    op: str = '>'
    limit: float = 0.0
    classes: Tuple[float, ...] = ()
    text: str = ''                     # as written; empty for the default rule

    @property
    def is_default(self):
        return not self.text

    def mask(self, values):
        """Boolean array: where ``values`` count as exposed (never where a value is NaN)."""
        values = np.asarray(values)
        with np.errstate(invalid='ignore'):
            if self.op == '=':
                hit = np.isin(values, np.asarray(self.classes, dtype=np.float64))
            elif self.op == '>=':
                hit = values >= self.limit
            elif self.op == '>':
                hit = values > self.limit
            elif self.op == '<=':
                hit = values <= self.limit
            else:
                hit = values < self.limit
        if values.dtype.kind == 'f':
            hit &= np.isfinite(values)
        return hit

    def describe(self, names=None):
        """The rule in words: 'value >= 0.5', 'class 1 (High) or 2 (Medium)'."""
        if self.op == '=':
            return Message(QT_TRANSLATE_NOOP('Engine', 'class {0}'),
                           either([class_label(code, names) for code in self.classes]))
        return Message(QT_TRANSLATE_NOOP('Engine', 'value {0} {1:g}'), self.op, self.limit)


DEFAULT_RULE = ExposureRule()


def either(texts):
    """'1 or 2 or 3': ``texts`` joined by "or", as a message whose "or" the QGIS side translates."""
    joined = texts[0] if texts else ''
    for text in texts[1:]:
        joined = Message(QT_TRANSLATE_NOOP('Engine', '{0} or {1}'), joined, text)
    return joined


def class_label(code, names=None):
    """'3 (High)' when the class has a name, else '3'."""
    text = '{0:g}'.format(code)
    name = (names or {}).get(code)
    return '{0} ({1})'.format(text, name) if name and name != text else text


def as_rule(value):
    """An ExposureRule from a rule, a number (exposed where >= it) or None (the default)."""
    if value is None:
        return DEFAULT_RULE
    if isinstance(value, ExposureRule):
        return value
    return ExposureRule('>=', float(value), text='{0:g}'.format(float(value)))


def parse_rule(text, hazard_name):
    """One hazard's rule from its text (see the module's help); empty text gives the default."""
    text = ('' if text is None else str(text)).strip()
    if not text:
        return DEFAULT_RULE
    op, rest = _COMPARISON.match(text).groups()
    rest = rest.strip()
    if op == '=':
        try:
            if '_' in rest:
                raise ValueError(rest)
            classes = tuple(sorted({float(part) for part in rest.split('|')}))
        except ValueError:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Rule "{0}" for hazard "{1}" is not a set of classes. '
                                                         'Write the class values separated by |, e.g. =1 or =1|2.'),
                             text, hazard_name) from None
        if not all(math.isfinite(code) for code in classes):
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Rule "{0}" for hazard "{1}" names a class that is not a '
                                                         'finite number.'), text, hazard_name)
        return ExposureRule('=', classes=classes, text=text)
    try:
        if '_' in rest:
            raise ValueError(rest)            # float() reads 1_0 as 10
        limit = float(rest)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP('Engine', 'Rule "{0}" for hazard "{1}" is not understood. Write a number (exposed '
                                        'where the value is at least it, e.g. 0.5), a comparison (>=0.5, >0.5, <=2, '
                                        '<2) or classes (=1 or =1|2), with a dot for decimals.'),
            text, hazard_name) from None
    if not math.isfinite(limit):
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Rule "{0}" for hazard "{1}" is not a finite number.'),
                         text, hazard_name)
    return ExposureRule(op or '>=', limit, text=text)


def parse_rules(text, hazard_names):
    """One rule per hazard from comma-separated text; empty text gives every hazard the default."""
    if text is None or not str(text).strip():
        return [DEFAULT_RULE] * len(hazard_names)
    parts = [p.strip() for p in str(text).split(',')]
    if len(parts) != len(hazard_names):
        raise InputError(
            QT_TRANSLATE_NOOP('Engine', 'THRESHOLDS has {0} value(s) ({1}) but {2} hazard layer(s) were given '
                                        '({3}). Give one rule per hazard, in the same order, separated by commas (a '
                                        'number such as 0.5, a comparison such as <=2, or classes such as =1|2), or '
                                        'leave it empty to count any value above 0 as exposed.'),
            len(parts), text, len(hazard_names), ', '.join(hazard_names))
    return [parse_rule(part, name) for part, name in zip(parts, hazard_names)]


@dataclass
class RasterClasses:
    """What a classed raster holds: its class values (seen in it or named), their names, and why
    it was taken for classes."""

    codes: Tuple[float, ...]
    names: Dict[float, str] = field(default_factory=dict)
    reason: str = ''
    nodata: Optional[float] = None
    unnamed_share: Dict[float, float] = field(default_factory=dict)   # share of sampled cells

    def listing(self, limit=20):
        shown = ', '.join(class_label(code, self.names) for code in self.codes[:limit])
        if len(self.codes) > limit:
            return Message(QT_TRANSLATE_NOOP('Engine', '{0} and {1} more'), shown, len(self.codes) - limit)
        return shown


@dataclass
class RasterSample:
    """The cells of one band (all of a small raster; SAMPLE_BLOCKS of its own blocks, spread evenly,
    of a large one: values as stored, never interpolated), with what the file says of itself:
    enough to judge what the raster is at a bounded cost."""

    values: np.ndarray                 # the sampled values with data, flat
    integer: bool
    colour_table: bool
    nodata: Optional[float]
    description: str                   # the file's and the band's descriptions and metadata, as text


def read_sample(path, band=1):
    import rasterio

    with rasterio.open(path) as dataset:
        integer = np.dtype(dataset.dtypes[band - 1]).kind in 'iu'
        try:
            dataset.colormap(band)
            colour_table = True
        except ValueError:
            colour_table = False
        if dataset.width * dataset.height <= SAMPLE_CELLS:
            sample = dataset.read(band, masked=True).compressed()
        else:
            blocks = [window for _, window in dataset.block_windows(band)]
            picks = np.unique(np.linspace(0, len(blocks) - 1, min(SAMPLE_BLOCKS, len(blocks))).round().astype(int))
            sample = np.concatenate([dataset.read(band, window=blocks[i], masked=True).compressed() for i in picks])
        words = [dataset.descriptions[band - 1] or '', dataset.units[band - 1] or '']
        for tags in (dataset.tags(), dataset.tags(band)):
            words.extend('{0} {1}'.format(k, v) for k, v in tags.items())
        nodata = dataset.nodata
    return RasterSample(sample, integer, colour_table, nodata, ' '.join(words))


#: Words by which an elevation model names itself (in its file name, layer name or metadata).
ELEVATION_WORDS = ('dem', 'dtm', 'dsm', 'srtm', 'elevation', 'elev', 'altitude', 'terrain',
                   'topography', 'aster gdem', 'copernicus dem', 'nasadem', 'alos')
_WORD = re.compile(r'(?<![a-z])({0})(?![a-z])'.format('|'.join(re.escape(w) for w in ELEVATION_WORDS)))


def elevation_signs(sample, *names):
    """Why a raster looks like an elevation model rather than a hazard, in words; [] when it does not.

    A word such as DEM, SRTM or elevation in its names or metadata, or continuous values spanning
    300 or more between -450 and 8,900 (metres of land: the Dead Sea shore to Everest) with fewer than
    half of them at the lowest value (a depth or susceptibility map mostly sits at 0)."""
    signs = []
    text = ' '.join(list(names) + [sample.description]).lower().replace('_', ' ')
    found = sorted(set(_WORD.findall(text)))
    if found:
        signs.append(Message(QT_TRANSLATE_NOOP('Engine', 'its name or metadata says {0}'),
                             ', '.join('"{0}"'.format(w) for w in found)))
    values = sample.values[np.isfinite(sample.values)] if sample.values.dtype.kind == 'f' else sample.values
    if len(values):
        low, high = float(values.min()), float(values.max())
        # Hazards (depths, susceptibilities, temperatures) mostly sit at their lowest value or span less;
        # terrain spans hundreds of metres and rarely has half its cells at one height.
        at_low = float(np.mean(values == low))
        if high - low >= 300 and low >= -450 and high <= 8900 and at_low < 0.5 \
                and len(np.unique(values[:100000])) > MAX_CLASSES:
            signs.append(Message(QT_TRANSLATE_NOOP('Engine', 'its values span {0:,.0f} to {1:,.0f}, as the metres '
                                                             'of an elevation model do'), low, high))
    return signs


def nearly_all_exposed(exposed_share, coverage, share=0.99, settlements=0.95):
    """(n, m): settlements at least ``share`` exposed among the m with hazard data, when they are
    ``settlements`` of them or more (and m >= 3); None otherwise."""
    exposed_share, coverage = np.asarray(exposed_share, float), np.asarray(coverage, float)
    with_data = np.isfinite(exposed_share) & (np.nan_to_num(coverage) > 0)
    m = int(with_data.sum())
    n = int((exposed_share[with_data] >= share).sum())
    return (n, m) if m >= 3 and n >= settlements * m else None


def raster_classes(path, band=1, names=None, sample=None):
    """The classes of ``path`` if it is a classed raster, else None.

    Classed means: class names are known (``names``, from the raster's style, categories or
    attribute table, read on the QGIS side), a colour table, or an integer raster with at most
    MAX_CLASSES distinct values, found on ``sample`` (read_sample's, read here if not given).
    """
    sample = sample or read_sample(path, band)
    integer, colours, nodata = sample.integer, sample.colour_table, sample.nodata
    if not integer:
        # Labels on a float raster's legend ("0 m", "2 m") name stops of a ramp, not classes, and a
        # colour table counts only on integers: a float raster is never classed. Said before the
        # sample is sorted for its distinct values (4 M cells: 9 % of processing.run on the large
        # benchmark city, profiled with py-spy).
        return None
    names = {float(k): v for k, v in (names or {}).items()}
    seen, counts = np.unique(sample.values, return_counts=True)
    if names:
        reason = Message(QT_TRANSLATE_NOOP('Engine', 'class names'))
    elif colours and integer:
        reason = Message(QT_TRANSLATE_NOOP('Engine', 'colour table'))
    elif integer and len(seen) <= MAX_CLASSES:
        reason = Message(QT_TRANSLATE_NOOP('Engine', '{0} distinct integer values'), len(seen))
    else:
        return None
    codes = tuple(sorted({float(v) for v in seen} | set(names)))
    unnamed = {}
    if names:
        total = max(int(counts.sum()), 1)
        unnamed = {float(v): int(c) / total for v, c in zip(seen, counts) if float(v) not in names}
    return RasterClasses(codes, names, reason, nodata, unnamed)


def classes_included(rule, classes):
    """(included, excluded) class values of ``classes`` under ``rule``."""
    codes = np.asarray(classes.codes, dtype=np.float64)
    hit = rule.mask(codes)
    return tuple(codes[hit].tolist()), tuple(codes[~hit].tolist())
