"""Reading values as people type them: amounts ('90,000', '1.234,56') and dates (YYYY-MM-DD)."""
import datetime
import math
import re

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
        raise ValueError('"{0}" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31'.format(text))
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        # Written as it should be, but no such day: say so, rather than ask for the format it already has.
        reason = ('there is no month {0}; write it as YYYY-MM-DD'.format(month) if not 1 <= month <= 12 else
                  'month {0} of {1} has no day {2}'.format(month, year, day))
        raise ValueError('"{0}" is not a date: {1}'.format(text, reason)) from None


def parse_amount(text):
    """A number typed by a person: '90,000', '90 000', '1.234,56', '1,5' or '1234.5'.

    With both separators the last one is the decimal mark; a lone comma followed by one or
    two digits is a decimal comma, otherwise commas group thousands. Raises ValueError for
    anything that is not a number.
    """
    if isinstance(text, (int, float)):
        return float(text)
    cleaned = str(text).strip().replace('\u00a0', '').replace(' ', '').replace("'", '')
    if not cleaned:
        raise ValueError('empty')
    if ',' in cleaned and '.' in cleaned:
        decimal = ',' if cleaned.rfind(',') > cleaned.rfind('.') else '.'
        grouping = '.' if decimal == ',' else ','
        cleaned = cleaned.replace(grouping, '').replace(decimal, '.')
    elif ',' in cleaned:
        head, _, tail = cleaned.rpartition(',')
        if cleaned.count(',') == 1 and 1 <= len(tail) <= 2:
            cleaned = head + '.' + tail
        else:
            cleaned = cleaned.replace(',', '')
    # Python's float() also reads '1_000', Arabic-Indic and full-width digits, which QGIS's form and
    # the file's checks refuse: an amount is ASCII digits, as a date is (parse_date).
    if not _AMOUNT.fullmatch(cleaned):
        raise ValueError('not a number')
    number = float(cleaned)
    if not math.isfinite(number):
        raise ValueError('not finite')
    return number

