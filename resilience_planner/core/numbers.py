"""Numbers as people type them: one decimal convention per column, decided for the whole column.

Federations and offices type figures the way their country does: ``1.234,5`` in Brazil, France
or Senegal, ``1,234.5`` in Kenya, ``1 234,5`` with a space (or a thin space) in French. A single
cell can be ambiguous (``69.156`` is 69,156 people with point thousands, or 69.156 with a decimal
point); a column rarely is. So each column's convention is decided from all its cells together,
logged, and used for every cell. A column whose cells disagree, or that gives no way to decide,
is refused, naming the choice to make (DECIMAL: point or comma).
"""
import math
import re
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, InputError, Message

#: Answers that mean "no figure": left missing, never read as 0.
MISSING_WORDS = {'', 'na', 'n/a', 'n.a.', 'nan', 'null', 'none', '-', '--', '?', 'unknown', 'no data', 'n/d', 'nd',
                 's/d', 'sd', 'n.d.', 's.d.', 'sin dato', 'sem dados', 'non disponible', 'nc'}
#: Characters used only to group thousands: spaces (plain, no-break, narrow no-break, thin) and the apostrophe.
GROUPING = ' \u00a0\u202f\u2009\''
DECIMALS = ('auto', 'point', 'comma')
_DIGITS = re.compile(r'^[+-]?[\d.,]+$')


@dataclass(frozen=True)
class Convention:
    """How a column writes its numbers: the decimal mark, and why it was chosen (for the log)."""

    decimal: str                # '.' or ','
    reason: str

    @property
    def thousands(self):
        return ',' if self.decimal == '.' else '.'

    def read(self, text):
        """The number a cell's text stands for (see :func:`clean`); raises ValueError."""
        text = clean(text)
        if text is None:
            return None
        if '_' in text:                        # Python reads 1_000 as 1000; a person did not mean that
            raise ValueError(text)
        if not _DIGITS.match(text):
            return float(text)                 # 1e5, inf: Python's own reading, or ValueError
        whole = text.lstrip('+-').split(self.decimal)
        if len(whole) > 2 or (self.thousands in whole[0] and not _groups_ok(whole[0], self.thousands)) \
                or (len(whole) == 2 and self.thousands in whole[1]):
            raise ValueError(text)            # 1.234.5, 12.34,5: not grouped by thousands
        return float(text.replace(self.thousands, '').replace(self.decimal, '.'))


def clean(text):
    """A cell's text without grouping spaces and a trailing %, or None for a missing answer."""
    text = str(text).strip()
    if text.lower() in MISSING_WORDS:
        return None
    text = text.rstrip('%').strip()
    if any(mark in text for mark in GROUPING):
        # A grouping space or apostrophe only between groups of three digits of the whole part
        # ("1 234,5"); anywhere else ("12 3", "1,234 567") the text is left as it is: no number.
        sign = text[0] if text[:1] in '+-' else ''
        body = text[len(sign):]
        cut = min([i for i in (body.find('.'), body.find(',')) if i >= 0] or [len(body)])
        whole, rest = body[:cut], body[cut:]
        marks = {mark for mark in GROUPING if mark in whole}
        if len(marks) != 1 or any(mark in rest for mark in GROUPING) or not _groups_ok(whole, marks.pop()):
            return text
        for mark in GROUPING:
            whole = whole.replace(mark, '')
        text = sign + whole + rest
    return text


def _evidence(text):
    """'.' or ',' when the cell shows that mark is its decimal mark, '?' when it could be either, '' when
    it has no mark (an integer), 'x' for text that is no number in any convention."""
    if not _DIGITS.match(text):
        return 'x'
    digits = text.lstrip('+-')
    points, commas = digits.count('.'), digits.count(',')
    if points and commas:
        last = '.' if digits.rfind('.') > digits.rfind(',') else ','
        other = ',' if last == '.' else '.'
        return last if digits.count(last) == 1 and _groups_ok(digits.split(last)[0], other) else 'x'
    if not (points or commas):
        return ''
    mark = '.' if points else ','
    if digits.count(mark) > 1:            # 1.234.567: the mark groups thousands, so the other is decimal
        return (',' if mark == '.' else '.') if _groups_ok(digits, mark) else 'x'
    whole, fraction = digits.split(mark)
    if not whole or not fraction:
        return 'x'                        # ".5", "3.", ".": no sign of how the column writes its numbers
    if not whole.strip('0') and not fraction.strip('0'):
        return ''                         # 0,000 is 0 either way
    if len(fraction) == 3 and whole and whole != '0' and len(whole) <= 3:
        return '?'                        # 69.156 or 1,234: thousands or decimals alike
    return mark


def _groups_ok(text, mark):
    parts = text.split(mark)
    return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])


def decide(texts, column, table, decimal='auto'):
    """The convention of a column from its cells' texts (numbers already typed as numbers need none).

    ``decimal``: 'auto' (decide from the cells), 'point' or 'comma' (the user's choice). Raises
    InputError when the cells disagree or cannot tell, naming the column and the choice to make.
    """
    if decimal not in DECIMALS:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'DECIMAL "{0}" is not one of {1}.'), decimal, ', '.join(DECIMALS))
    if decimal == 'point':
        return Convention('.', Message(QT_TRANSLATE_NOOP('Engine', 'chosen (DECIMAL = point)')))
    if decimal == 'comma':
        return Convention(',', Message(QT_TRANSLATE_NOOP('Engine', 'chosen (DECIMAL = comma)')))
    shows = {'.': [], ',': [], '?': []}
    for text in texts:
        cleaned = clean(text)
        if cleaned is None:
            continue
        kind = _evidence(cleaned)
        if kind in shows:
            shows[kind].append(str(text).strip())
    if shows['.'] and shows[',']:
        raise InputError(
            QT_TRANSLATE_NOOP('Engine', 'Column "{0}" in "{1}" mixes decimal points ({2}) and decimal commas ({3}), '
                                        'so its figures cannot be read one way. Make the column consistent, or '
                                        'choose DECIMAL = point or comma to read every cell one way.'),
            column, table, _examples(shows['.']), _examples(shows[',']))
    says = {'.': QT_TRANSLATE_NOOP('Engine', 'decimal point, thousands commas (as in {0})'),
            ',': QT_TRANSLATE_NOOP('Engine', 'decimal comma, thousands points (as in {0})')}
    for mark in ('.', ','):
        if shows[mark]:
            return Convention(mark, Message(says[mark], _examples(shows[mark])))
    if shows['?']:
        raise InputError(
            QT_TRANSLATE_NOOP('Engine', 'Column "{0}" in "{1}" cannot tell its decimal mark: every number with a '
                                        'mark has exactly three digits after it ({2}), which reads as thousands '
                                        '(69.156 = 69,156) or as decimals (69.156) alike. Choose DECIMAL = point '
                                        '(1,234.5) or comma (1.234,5) for this table.'),
            column, table, _examples(shows['?']))
    return Convention('.', Message(QT_TRANSLATE_NOOP('Engine', 'whole numbers only')))


def _examples(texts, limit=3):
    shown = ', '.join('"{0}"'.format(t) for t in texts[:limit])
    return shown + (' …' if len(texts) > limit else '')


def read_column(values, column, table, decimal='auto'):
    """(numbers, convention, bad): a column's cells as floats (None where missing), the convention used
    for its text cells (None when all were typed as numbers), and the texts that are no number."""
    typed = (type(None), bool, int, float)
    # Anything else is read as its text: strings, and the NULL of a QGIS attribute (text "NULL").
    texts = [str(v) for v in values if not isinstance(v, typed)]
    convention = decide(texts, column, table, decimal) if texts else None
    numbers, bad = [], []
    for value in values:
        if value is None or isinstance(value, bool):
            numbers.append(None if value is None else float(value))
        elif isinstance(value, (int, float)):
            numbers.append(None if isinstance(value, float) and math.isnan(value) else float(value))
        else:
            try:
                numbers.append(convention.read(str(value)))
            except ValueError:
                numbers.append(None)
                bad.append(value)
    return numbers, convention, bad
