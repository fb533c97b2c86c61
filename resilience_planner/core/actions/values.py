"""Reading values as people type them: amounts ('90,000', '1.234,56') and dates (YYYY-MM-DD)."""
import datetime
import math
import re

from ..errors import QT_TRANSLATE_NOOP, Message

# ASCII digits only: int() would also read other scripts' digits, which no file check can match.
_DATE = re.compile(r'([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?')
_AMOUNT = re.compile(r'[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?')


def parse_date(value):
    """A date from a date, datetime or text written YYYY-MM-DD; None when empty.

    Anything else is refused rather than guessed (or silently dropped by the file).
    """
    if value is None or value == '':
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if hasattr(value, 'toPyDate'):                   # a QDate handed over by a form
        return value.toPyDate() if not value.isNull() else None
    text = str(value).strip()
    if not text or text.upper() == 'NULL':
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(Message(QT_TRANSLATE_NOOP('Engine', '"{0}" is not a date; write it as YYYY-MM-DD, e.g. '
                                                             '2027-03-31'), text))
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        # Written as it should be, but no such day: say so, rather than ask for the format it already has.
        reason = (Message(QT_TRANSLATE_NOOP('Engine', 'there is no month {0}; write it as YYYY-MM-DD'), month)
                  if not 1 <= month <= 12 else
                  Message(QT_TRANSLATE_NOOP('Engine', 'month {0} of {1} has no day {2}'), month, year, day))
        raise ValueError(Message(QT_TRANSLATE_NOOP('Engine', '"{0}" is not a date: {1}'), text, reason)) from None


def parse_amount(text):
    """A number typed by a person: '90,000', '90 000', '1 000 000,50', '1.234,56', '1.000.000', '1,5'
    or '1234.5'.

    Spaces of every kind and apostrophes group thousands (core.numbers.GROUPING). With both a
    comma and a point the last one is the decimal mark and the other must group whole thousands
    ('1,234,5' is refused, not read as 12345). A lone comma followed by one or two digits is a
    decimal comma; otherwise commas group thousands. Several points group thousands ('1.000.000');
    a lone point followed by exactly three digits ('1.500': 1.5 in English, 1500 in German) is
    refused as ambiguous. Raises ValueError, saying why, for anything that is not a number.
    """
    if isinstance(text, (int, float)):
        return float(text)
    from ..numbers import GROUPING
    cleaned = str(text).strip()
    for mark in GROUPING:
        cleaned = cleaned.replace(mark, '')
    if not cleaned:
        raise ValueError('empty')
    sign = cleaned[0] if cleaned[0] in '+-' else ''
    body = cleaned[len(sign):]
    if ',' in body and '.' in body:
        decimal = ',' if body.rfind(',') > body.rfind('.') else '.'
        grouping = '.' if decimal == ',' else ','
        whole, _, fraction = body.rpartition(decimal)
        if grouping in fraction or not _grouped(whole, grouping):
            raise ValueError('"{0}": the {1} does not group whole thousands'.format(text, _MARKS[grouping]))
        body = whole.replace(grouping, '') + '.' + fraction
    elif ',' in body:
        whole, _, tail = body.rpartition(',')
        if body.count(',') == 1 and 1 <= len(tail) <= 2:
            body = whole + '.' + tail
        elif _grouped(body, ','):
            body = body.replace(',', '')
        else:
            raise ValueError('"{0}": the commas do not group whole thousands'.format(text))
    elif body.count('.') > 1:
        if not _grouped(body, '.'):
            raise ValueError('"{0}": the points do not group whole thousands'.format(text))
        body = body.replace('.', '')
    elif '.' in body:
        whole, _, tail = body.partition('.')
        if len(tail) == 3 and 1 <= len(whole) <= 3 and whole.isdigit() and whole.strip('0'):
            raise ValueError('"{0}" could be {3:g} or {1}{2}: write {1}{2} without the point (or {1},{2}), or '
                             '{3:g} without the last zeros'.format(text, whole, tail, float(whole + '.' + tail)))
    cleaned = sign + body
    # Python's float() also reads '1_000', Arabic-Indic and full-width digits, which QGIS's form and
    # the file's checks refuse: an amount is ASCII digits, as a date is (parse_date).
    if not _AMOUNT.fullmatch(cleaned):
        raise ValueError('not a number')
    number = float(cleaned)
    if not math.isfinite(number):
        raise ValueError('not finite')
    return number


_MARKS = {',': 'comma', '.': 'point'}


def _grouped(text, mark):
    """``text`` (digits and ``mark``) groups whole thousands: 1 to 3 digits, then groups of 3; or, with commas,
    as India writes lakhs and crores (12,34,567: groups of 2, then a last group of 3)."""
    parts = text.split(mark)
    if not all(part.isdigit() for part in parts):
        return False
    if 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:]):
        return True
    return (mark == ',' and len(parts) > 2 and 1 <= len(parts[0]) <= 2 and len(parts[-1]) == 3
            and all(len(part) == 2 for part in parts[1:-1]))
