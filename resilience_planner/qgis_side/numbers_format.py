"""Numbers, percentages, amounts of money and dates as the report's language writes them.

One formatter per language, built on QLocale (English is en_US, French fr_FR, Spanish es_ES, Portuguese
pt_BR, QLocale's own choice for each language), so that a report reads "1,234,567.5" in English,
"1 234 567,5" in French (QLocale's narrow no-break space), "1.234.567,5" in Spanish and Portuguese.

What QLocale (Qt 5) does not know, stated here:

- percentages: the sign after a space in French ("12,5 %", narrow no-break space U+202F, as the French
  typographic rule and CLDR write it) and in Spanish ("12,5 %", no-break space U+00A0, CLDR's es), glued to the
  number in English and Portuguese ("12.5%", "12,5%");
- amounts: always the ISO code the register holds (never a symbol: "$" is not the same money in every city), on
  the side QLocale's currency format puts it (English and Portuguese before the amount, French and Spanish
  after), always with a no-break space between: "KES 1,000,000", "1 000 000 KES", "1.000.000 KES",
  "KES 1.000.000". Whole units: a council's budget has no cents;
- dates: the language's long format without the day of the week: "March 12, 2025", "12 mars 2025",
  "12 de marzo de 2025", "12 de março de 2025".

No widgets, no Processing: only QtCore.
"""
import math
import re

from qgis.PyQt.QtCore import QDate, QLocale

NBSP = '\u00a0'
NARROW_NBSP = '\u202f'
#: What comes between a number and its percent sign, by language.
PERCENT_SPACE = {'en': '', 'fr': NARROW_NBSP, 'es': NBSP, 'pt': ''}
LOCALES = {'en': QLocale.Language.English, 'fr': QLocale.Language.French, 'es': QLocale.Language.Spanish,
           'pt': QLocale.Language.Portuguese}


class Numbers:
    """The formats of one language (``code`` one of LOCALES; another code is written the English way)."""

    def __init__(self, code='en'):
        self.code = code if code in LOCALES else 'en'
        self.locale = QLocale(LOCALES[self.code])
        # Which side the currency goes: where QLocale's currency format puts a symbol.
        self.code_first = self.locale.toCurrencyString(1.0, 'XXX', 0).lstrip().startswith('XXX')

    def integer(self, value):
        """A whole number with the language's grouping, '' for None or NaN: 1234567 -> "1,234,567"."""
        number = _number(value)
        return '' if number is None else self.locale.toString(float(round(number)), 'f', 0)

    def decimal(self, value, places=1):
        """A number with ``places`` decimals and the language's decimal sign: 12.5 -> "12,5" in French."""
        number = _number(value)
        return '' if number is None else self.locale.toString(float(number), 'f', places)

    def percent(self, share, places=0):
        """A share (0.125) as a percentage: "13%", "13 %" (fr, narrow no-break space), "13 %" (es), "13%"."""
        number = _number(share)
        if number is None:
            return ''
        return '{0}{1}%'.format(self.decimal(number * 100, places), PERCENT_SPACE[self.code])

    def money(self, value, currency=''):
        """An amount in whole units with its ISO code on the language's side: "KES 1,000,000", "1 000 000 KES";
        without a code, the number alone."""
        amount = self.integer(value)
        currency = (currency or '').strip()
        if not amount or not currency:
            return amount
        return '{0}{1}{2}'.format(currency, NBSP, amount) if self.code_first else '{0}{1}{2}'.format(
            amount, NBSP, currency)

    def date(self, value):
        """A date in the language's long format, without the weekday: "12 mars 2025"."""
        import datetime
        if isinstance(value, datetime.datetime):
            value = value.date()
        if isinstance(value, datetime.date):
            value = QDate(value.year, value.month, value.day)
        return self.locale.toString(value, self.long_date_format())

    def long_date_format(self):
        """QLocale's long date format of the language with the day of the week (dddd) and its separator removed."""
        pattern = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        pattern = re.sub(r"dddd[,\s]*", '', pattern)
        return pattern.strip(' ,')

    def range(self, low, high):
        """A range of whole numbers, "3–7"."""
        return '{0}–{1}'.format(self.integer(low), self.integer(high))


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def current():
    """The formats of the report being written on this thread (translation.in_language), else English."""
    from .translation import current_language
    language = current_language()
    if language is not None:
        return language.numbers
    global _ENGLISH
    if _ENGLISH is None:
        _ENGLISH = Numbers('en')
    return _ENGLISH


_ENGLISH = None
