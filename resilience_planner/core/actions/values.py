"""Reading values as people type them: amounts ('90,000', '1.234,56') and dates (YYYY-MM-DD)."""
import datetime
import math
import re

# ASCII digits only: int() would also read other scripts' digits, which no file check can match.
_DATE = re.compile(r'([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?')


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
    try:
        if match is None:
            raise ValueError
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError('"{0}" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31'.format(text)) from None


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
    number = float(cleaned)
    if not math.isfinite(number):
        raise ValueError('not finite')
    return number

