"""Settlement profiles: joining a profile table to settlements, and reading its values.

Profiles arrive from federations as spreadsheets and CSV files: keys typed as text in
one table and as numbers in the other, numbers stored as text, "n/a" for a missing
answer. Keys are compared normalised, and every join problem is reported by name.
"""
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .numbers import MISSING_WORDS, read_column


def normalise_key(value):
    """A join key compared across tables.

    Case and all white space are ignored ('S 01' ~ 's01'); numbers compare by value,
    exactly for integers of any length (7 ~ '7' ~ '007' ~ 7.0; '7.50' ~ 7.5).
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    text = re.sub(r'\s+', '', str(value))
    if text == '' or text.upper() == 'NULL':
        return None
    if re.fullmatch(r'[+-]?\d+', text):
        return str(int(text))
    if re.fullmatch(r'[+-]?\d+\.\d*|[+-]?\.\d+', text):
        number = float(text)
        return str(int(number)) if number.is_integer() and re.fullmatch(r'[+-]?\d+\.0*', text) else repr(number)
    return text.lower()


def parse_number(value):
    """A number from one profile cell on its own (a decimal point), or None for a missing answer.

    Raises ValueError for text that is neither a number nor a known missing word. Whole columns
    are read by :func:`read_values`, which decides each column's decimal mark from all its cells.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    text = str(value).strip()
    if text.lower() in MISSING_WORDS:
        return None
    text = text.rstrip('%').strip().replace(' ', '')
    return float(text)


@dataclass
class ProfileJoin:
    """Which profile row serves each settlement, and what did not match."""

    rows: List[int]                               # profile row per settlement, -1 if none
    unmatched_settlements: List[str] = field(default_factory=list)
    unmatched_profiles: List[str] = field(default_factory=list)


def join_profiles(settlement_keys, profile_keys, settlements_name='settlements', profiles_name='profiles'):
    """Match settlements to profile rows by normalised key.

    Duplicate keys in either table are an error that names them.
    """
    def index(keys, table):
        found: Dict[str, int] = {}
        spellings: Dict[str, List[str]] = {}
        for row, key in enumerate(keys):
            norm = normalise_key(key)
            if norm is None:
                continue
            spellings.setdefault(norm, []).append(str(key))
            found.setdefault(norm, row)
        duplicates = []
        for names in spellings.values():
            if len(names) > 1:
                duplicates += [name for i, name in enumerate(names) if name not in names[:i]]
        if duplicates:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'Key(s) used more than once in "{0}": {1}. Each settlement '
                                                         'needs a unique key; fix the table and run again.'),
                             table, _listing(duplicates))
        return found

    settlements = index(settlement_keys, settlements_name)
    profiles = index(profile_keys, profiles_name)
    rows = []
    unmatched = []
    for key in settlement_keys:
        norm = normalise_key(key)
        row = profiles.get(norm, -1) if norm is not None else -1
        rows.append(row)
        if row < 0:
            unmatched.append(str(key))
    orphans = [str(profile_keys[row]) for norm, row in profiles.items() if norm not in settlements]
    return ProfileJoin(rows, unmatched, orphans)


def read_values(records, fields, table_name, decimal='auto'):
    """Numeric matrix (records x fields) from profile records, NaN where missing.

    Parameters
    ----------
    records : list of dict
    fields : list of str
    table_name : str
        Used in messages.
    decimal : str
        'auto' (each text column's decimal mark decided from all its cells, see :mod:`.numbers`),
        'point' or 'comma'.

    Returns
    -------
    values : ndarray
    problems : list of str
        One line per field with text that is not a number (the values are treated
        as missing and named here).
    conventions : list of str
        One line per field read from text: the decimal mark used and why.

    Raises InputError for a column whose decimal mark cannot be decided.
    """
    values = np.full((len(records), len(fields)), np.nan)
    problems, conventions = [], []
    for j, name in enumerate(fields):
        numbers, convention, bad = read_column([record.get(name) for record in records], name, table_name, decimal)
        for i, number in enumerate(numbers):
            if number is not None and math.isfinite(number):
                values[i, j] = number
            elif number is not None:
                bad.append(str(records[i].get(name)))       # inf, 1e999: not a usable figure
        if convention is not None:
            conventions.append(Message(QT_TRANSLATE_NOOP('Engine', 'Field "{0}" in "{1}": {2}.'),
                                       name, table_name, convention.reason))
        if bad:
            problems.append(Message(QT_TRANSLATE_NOOP('Engine', 'Field "{0}" in "{1}" has {2} value(s) that are not '
                                                                'numbers, treated as missing: {3}'),
                                    name, table_name, len(bad), _listing(sorted(set(map(str, bad))))))
    return values, problems, conventions


def _listing(labels, limit=10):
    shown = ', '.join('"{0}"'.format(label) for label in labels[:limit])
    return shown + (' and {0} more'.format(len(labels) - limit) if len(labels) > limit else '')
