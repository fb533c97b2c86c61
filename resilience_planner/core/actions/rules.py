"""The register's rules, each declared once in :data:`RULES`, and everything made from them.

A rule is one of a few kinds (required, one of a list, a list of choices, a number, a date, a
code, required with another field, not before another field), given a field and what the
kind needs (the allowed values, the minimum). From that one declaration each kind makes:

- ``problem(action)``: the Python check that :func:`validate` runs, with a message that names
  the field, the value and what to do;
- ``message``: the rule broken, as a sentence (the QGIS constraint's description and the
  reason the file gives when it refuses a row);
- ``sqlite()``: an SQL condition on ``NEW`` that is true when a row breaks the rule (the
  register's check triggers, see :mod:`.sqlite`);
- ``qgis()``: a QGIS expression that is true when the rule holds (the layer's constraint
  expressions, see ``qgis_side.register``);
- ``postgres()``: a PostgreSQL CHECK condition that is true when it holds, or None when the
  column's type already enforces it.

All of them see a value as :func:`.schema.is_empty` does: text that is blank once every
character of :data:`.schema.WHITESPACE` is stripped, or the text NULL, is empty, and choices are
compared case-insensitively, as Python lower-cases them. The checks hold on the values the
register stores (numbers as numbers, dates as YYYY-MM-DD); turning what a person typed
("90,000") into them is :mod:`.values`' job, before any rule runs.
"""
import re
from dataclasses import dataclass
from typing import Optional, Tuple

from ..errors import QT_TRANSLATE_NOOP, Message
from .schema import ACTION_TYPES, FUNDING_STATUSES, HAZARDS, SPECS, STATUSES, WHITESPACE, Problem, split_list
from .schema import is_empty as _empty
from .values import parse_amount, parse_date

# --------------------------------------------------------------------------- the three dialects' building blocks

#: The largest finite double: a number beyond it is infinite.
_LARGEST = '1.7976931348623157e308'


def _sql_text(text):
    return "'{0}'".format(str(text).replace("'", "''"))


def _qgis_text(text):
    # QGIS string literals take a backslash as an escape: double it, and double quotes.
    return "'{0}'".format(str(text).replace('\\', '\\\\').replace("'", "''"))


_SQL_WHITESPACE = 'char({0})'.format(', '.join(str(c) for c in WHITESPACE))
_PG_WHITESPACE = "U&'{0}'".format(''.join('\\{0:04X}'.format(c) for c in WHITESPACE))
_RE_WHITESPACE = '[{0}]'.format(''.join('\\x{{{0:x}}}'.format(c) for c in WHITESPACE))


def _sql_value(name):
    """NEW.name as is_empty() sees it: NULL when blank once stripped, or the text NULL."""
    return "NULLIF(NULLIF(trim(NEW.\"{0}\", {1}), ''), 'NULL')".format(name, _SQL_WHITESPACE)


def _qgis_value(name):
    return "nullif(nullif(regexp_replace(to_string(\"{0}\"), {1}, ''), ''), 'NULL')".format(
        name, _qgis_text('^{0}+|{0}+$'.format(_RE_WHITESPACE)))


def _pg_value(name):
    return "NULLIF(NULLIF(btrim(\"{0}\"::text, {1}), ''), 'NULL')".format(name, _PG_WHITESPACE)


def _sql_lower(text):
    # SQLite's lower() changes ASCII letters only; of the other letters Python lower-cases,
    # only the KELVIN SIGN becomes an ASCII letter (k), so only it can make a choice match.
    return "lower(replace({0}, char(8490), 'k'))".format(text)


def _qgis_lower(text):
    # Qt lower-cases LATIN CAPITAL I WITH DOT (U+0130) to a plain i, Python to i + COMBINING DOT ABOVE.
    return 'lower(replace({0}, {1}, {2}))'.format(text, _qgis_text('\u0130'), _qgis_text('i\u0307'))


def _pg_lower(text):
    # What lower() does beyond ASCII depends on the database's locale (nothing in C, the C library's rules
    # in others): only the two letters Python lower-cases to or with an ASCII letter are set first, so that
    # a choice matches as validate() sees it in any database: the KELVIN SIGN is a k, and LATIN CAPITAL I
    # WITH DOT an i with a COMBINING DOT ABOVE (which then matches no choice, as in Python).
    return "lower(replace(replace({0}, U&'\\212A', 'k'), U&'\\0130', U&'i\\0307'))".format(text)


def _listed(values, quote):
    return ', '.join(quote(v) for v in values)


# --------------------------------------------------------------------------- the kinds of rule

@dataclass(frozen=True)
class Rule:
    """A rule on one field; the kinds below say what it checks."""

    field: str
    kind = ''

    @property
    def name(self):
        """The rule's id (the check triggers are named after it)."""
        return '{0}_{1}'.format(self.field, self.kind)

    @property
    def label(self):
        return SPECS[self.field].label

    def problem(self, action) -> Optional[Problem]:
        raise NotImplementedError

    @property
    def message(self):
        raise NotImplementedError

    def sqlite(self):
        raise NotImplementedError

    def qgis(self):
        raise NotImplementedError

    def postgres(self):
        raise NotImplementedError


@dataclass(frozen=True)
class Required(Rule):
    """The field must not be empty."""

    kind = 'required'

    def problem(self, action):
        return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine', 'is required.')
                                           )) if _empty(action.get(self.field)) else None

    @property
    def message(self):
        return '{0} is required.'.format(self.label)

    def sqlite(self):
        return '{0} IS NULL'.format(_sql_value(self.field))

    def qgis(self):
        return '{0} IS NOT NULL'.format(_qgis_value(self.field))

    def postgres(self):
        return '{0} IS NOT NULL'.format(_pg_value(self.field))


def _or(words):
    return ' or '.join(filter(None, [', '.join(words[:-1]), words[-1] if words else '']))


def _or_message(words):
    """'USD, KES or IDR' as a Message, so that the 'or' is in the user's language."""
    if len(words) < 2:
        return ''.join(words)
    return Message(QT_TRANSLATE_NOOP('Engine', '{0} or {1}'), ', '.join(words[:-1]), words[-1])


#: A field named inside another field's message ("... when there is a cost estimate"), in lower case, marked.
OTHER_FIELD_WORDS = {'cost_estimate': QT_TRANSLATE_NOOP('Engine', 'cost estimate'),
                     'start_date': QT_TRANSLATE_NOOP('Engine', 'start date')}


def _other_field(name):
    return OTHER_FIELD_WORDS.get(name) or SPECS[name].label.lower()


def _unknown(field, unknown, values):
    return Problem(field, Message(QT_TRANSLATE_NOOP('Engine', '{0} is not one of: {1}.'),
                                  ', '.join('"{0}"'.format(u) for u in unknown), ', '.join(values)))


@dataclass(frozen=True)
class OneOf(Rule):
    """When not empty, the field is one of ``values`` (in any case, with blanks around it)."""

    values: Tuple[str, ...] = ()
    kind = 'value'

    def problem(self, action):
        value = action.get(self.field)
        if _empty(value) or str(value).strip().lower() in self.values:
            return None
        return _unknown(self.field, [str(value).strip()], self.values)

    @property
    def message(self):
        return '{0} must be one of: {1}.'.format(self.label, ', '.join(self.values))

    def sqlite(self):
        value = _sql_value(self.field)
        return '{0} IS NOT NULL AND {1} NOT IN ({2})'.format(value, _sql_lower(value), _listed(self.values, _sql_text))

    def qgis(self):
        value = _qgis_value(self.field)
        return '{0} IS NULL OR {1} IN ({2})'.format(value, _qgis_lower(value), _listed(self.values, _qgis_text))

    def postgres(self):
        value = _pg_value(self.field)
        return '{0} IS NULL OR {1} IN ({2})'.format(value, _pg_lower(value), _listed(self.values, _sql_text))


@dataclass(frozen=True)
class Choices(Rule):
    """When not empty, the field lists choices of ``values`` separated by commas or semicolons."""

    values: Tuple[str, ...] = ()
    kind = 'values'

    def problem(self, action):
        value = action.get(self.field)
        if _empty(value):
            return None
        unknown = [v for v in split_list(value) if v.lower() not in self.values]
        return _unknown(self.field, unknown, self.values) if unknown else None

    @property
    def message(self):
        return '{0} must be among: {1} (separated by commas).'.format(self.label, ', '.join(self.values))

    def sqlite(self):
        # The list is split as split_list() splits it, by a recursive query (SQLite has no
        # regular expressions), and each item is trimmed of the same blanks. Bandit's B608: the text is
        # built from the declared field and value list (quoted by _sql_text), never from user input.
        items = (  # nosec B608
            "WITH RECURSIVE rp_items(item, rest) AS (SELECT NULL, replace({0}, ';', ',') || ',' UNION ALL "
            "SELECT substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1) FROM rp_items "
            "WHERE rest != '') SELECT 1 FROM rp_items WHERE item IS NOT NULL AND trim(item, {1}) NOT IN "
            "('', {2})").format(_sql_lower('NEW."{0}"'.format(self.field)), _SQL_WHITESPACE,
                                _listed(self.values, _sql_text))
        return '{0} IS NOT NULL AND EXISTS ({1})'.format(_sql_value(self.field), items)

    def qgis(self):
        items = ('array_filter(array_foreach(string_to_array(replace({0}, \';\', \',\'), \',\'), '
                 "regexp_replace(@element, {1}, '')), @element != '')").format(
                     _qgis_lower(_qgis_value(self.field)), _qgis_text('^{0}+|{0}+$'.format(_RE_WHITESPACE)))
        return '{0} IS NULL OR array_all(array({1}), {2})'.format(
            _qgis_value(self.field), _listed(self.values, _qgis_text), items)

    def postgres(self):
        # A CHECK cannot hold a subquery: the whole list is matched by one regular expression,
        # its blanks written as the characters themselves (U& escapes).
        blank = '[{0}]*'.format(''.join('\\{0:04X}'.format(c) for c in WHITESPACE))
        choice = '({0})?'.format('|'.join(re.sub(r'([^a-z0-9 ])', r'\\\\\1', v) for v in self.values))
        pattern = "U&'^({0}{1}{0}[;,])*{0}{1}{0}$'".format(blank, choice)
        value = _pg_value(self.field)
        return '{0} IS NULL OR {1} ~ {2}'.format(value, _pg_lower(value), pattern)


@dataclass(frozen=True)
class Number(Rule):
    """When not empty, the field is a finite number, at least ``minimum`` when one is given."""

    minimum: Optional[float] = None

    @property
    def kind(self):
        return 'number' if self.minimum is None else 'minimum'

    def problem(self, action):
        value = action.get(self.field)
        if _empty(value):
            return None
        try:
            number = parse_amount(value)
        except (TypeError, ValueError):
            return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine',
                    '"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.'), value))
        if number != number or number in (float('inf'), float('-inf')):
            return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine', 'must be a finite number.')))
        if self.minimum is not None and number < self.minimum:
            return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine',
                    'must be {0:,.15g} or more (got {1:,.15g}).'), self.minimum, number))
        return None

    @property
    def message(self):
        if self.minimum is None:
            return '{0} must be a number.'.format(self.label)
        return '{0} must be a number of {1:g} or more.'.format(self.label, self.minimum)

    def sqlite(self):
        field = 'NEW."{0}"'.format(self.field)
        below = '' if self.minimum is None else ' OR {0} < {1!r}'.format(field, float(self.minimum))
        return "{0} IS NOT NULL AND (typeof({1}) NOT IN ('integer', 'real') OR abs({1}) > {2}{3})".format(
            _sql_value(self.field), field, _LARGEST, below)

    def qgis(self):
        # to_real() fails on text and on infinity; try() turns the failure into NULL.
        number = 'try(to_real("{0}"))'.format(self.field)
        test = '{0} IS NOT NULL'.format(number) if self.minimum is None else '{0} >= {1!r}'.format(
            number, float(self.minimum))
        return '{0} IS NULL OR {1}'.format(_qgis_value(self.field), test)

    def postgres(self):
        below = '' if self.minimum is None else ' AND "{0}" >= {1!r}'.format(self.field, float(self.minimum))
        return ('"{0}" IS NULL OR ("{0}" NOT IN (\'Infinity\', \'-Infinity\', \'NaN\'){1})'.format(
            self.field, below))


def _sql_date(text):
    """The SQLite condition that a text (already stripped) is a date as parse_date() reads it.

    date() alone keeps 2027-02-29 as written; with a modifier it rolls it over to March, which
    then differs from the text."""
    return ("({0} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND substr({0}, 1, 4) != '0000' AND "
            "date(substr({0}, 1, 10), '+0 days') IS substr({0}, 1, 10) AND (substr({0}, 11) IN ('', 'T00:00', "
            "' 00:00', 'T00:00:00', ' 00:00:00') OR (substr({0}, 11, 11) GLOB '[T ]00:00:00.0' AND "
            "rtrim(substr({0}, 21), '0') = '')))").format(text)


def _qgis_date(text):
    return ("(regexp_match({0}, '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}([T ]00:00(:00([.]0+)?)?)?$') AND "
            "left({0}, 4) != '0000' AND try(to_date(left({0}, 10))) IS NOT NULL)").format(text)


@dataclass(frozen=True)
class Date(Rule):
    """When not empty, the field is a date written YYYY-MM-DD (a midnight time may follow)."""

    kind = 'date'

    def problem(self, action):
        try:
            parse_date(action.get(self.field))
        except ValueError as err:
            return Problem(self.field, Message('{0}.', err.args[0]))     # the reason, marked where it is raised
        return None

    @property
    def message(self):
        return '{0} must be a date written YYYY-MM-DD.'.format(self.label)

    def sqlite(self):
        value = _sql_value(self.field)
        return '{0} IS NOT NULL AND NOT {1}'.format(value, _sql_date(value))

    def qgis(self):
        value = _qgis_value(self.field)
        return '{0} IS NULL OR {1}'.format(value, _qgis_date(value))

    def postgres(self):
        return None                       # a date column holds nothing else


@dataclass(frozen=True)
class Code(Rule):
    """When not empty, the field is a code of ``letters`` ASCII letters (``what`` says which)."""

    letters: int = 3
    what: str = ''
    examples: Tuple[str, ...] = ()
    kind = 'code'

    def _pattern(self):
        return '^[A-Za-z]{{{0}}}$'.format(self.letters)

    def problem(self, action):
        value = action.get(self.field)
        if _empty(value) or re.fullmatch(self._pattern()[1:-1], str(value).strip()):
            return None
        return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine', '"{0}" is not {1}; use one such as {2}.'),
                                           str(value).strip(), self.what, _or_message(self.examples)))

    @property
    def message(self):
        return '{0} must be {1} such as {2}.'.format(self.label, self.what, _or(self.examples))

    def sqlite(self):
        value = _sql_value(self.field)
        return '{0} IS NOT NULL AND NOT (length({0}) = {1} AND {0} GLOB {2})'.format(
            value, self.letters, _sql_text('[A-Za-z]' * self.letters))

    def qgis(self):
        value = _qgis_value(self.field)
        return '{0} IS NULL OR regexp_match({0}, {1})'.format(value, _qgis_text(self._pattern()))

    def postgres(self):
        value = _pg_value(self.field)
        return '{0} IS NULL OR {0} ~ {1}'.format(value, _sql_text(self._pattern()))


@dataclass(frozen=True)
class RequiredWith(Rule):
    """The field must not be empty when ``other`` is not."""

    other: str = ''

    kind = 'required'

    def problem(self, action):
        if not _empty(action.get(self.other)) and _empty(action.get(self.field)):
            other = action.get(self.other)
            shown = '{0:,.15g}'.format(other) if isinstance(other, float) else other     # 1,000,000, not 1e+06
            return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine',
                    'is required when there is a {0} ({1}).'), _other_field(self.other), shown))
        return None

    @property
    def message(self):
        return '{0} is required when there is a {1}.'.format(self.label, SPECS[self.other].label.lower())

    def sqlite(self):
        return '{0} IS NOT NULL AND {1} IS NULL'.format(_sql_value(self.other), _sql_value(self.field))

    def qgis(self):
        return '{0} IS NULL OR {1} IS NOT NULL'.format(_qgis_value(self.other), _qgis_value(self.field))

    def postgres(self):
        return '{0} IS NULL OR {1} IS NOT NULL'.format(_pg_value(self.other), _pg_value(self.field))


@dataclass(frozen=True)
class NotBefore(Rule):
    """When both are dates, the field's date is not before ``other``'s."""

    other: str = ''
    kind = 'order'

    def problem(self, action):
        try:
            late, early = parse_date(action.get(self.field)), parse_date(action.get(self.other))
        except ValueError:
            return None                       # the date rules name what is wrong
        if late and early and late < early:
            return Problem(self.field, Message(QT_TRANSLATE_NOOP('Engine',
                    '{0} is before the {1} ({2}); make it that day or later.'),
                                               late.isoformat(), _other_field(self.other), early.isoformat()))
        return None

    @property
    def message(self):
        return '{0} is before the {1}: make it that day or later.'.format(self.label, SPECS[self.other].label.lower())

    def sqlite(self):
        late, early = _sql_value(self.field), _sql_value(self.other)
        return '{0} AND {1} AND substr({2}, 1, 10) < substr({3}, 1, 10)'.format(
            _sql_date(late), _sql_date(early), late, early)

    def qgis(self):
        late, early = _qgis_value(self.field), _qgis_value(self.other)
        return 'NOT ({0} AND {1}) OR left({2}, 10) >= left({3}, 10)'.format(
            _qgis_date(late), _qgis_date(early), late, early)

    def postgres(self):
        return '"{0}" IS NULL OR "{1}" IS NULL OR "{0}" >= "{1}"'.format(self.field, self.other)


# --------------------------------------------------------------------------- the register's rules

#: Every rule of the register, in the order of its fields; the only place a rule is written.
RULES = (
    Required('title'),
    Required('action_type'),
    OneOf('action_type', ACTION_TYPES),
    Choices('hazards', HAZARDS),
    Number('cost_estimate', minimum=0.0),
    Code('currency', letters=3, what=QT_TRANSLATE_NOOP('Engine', 'a three-letter ISO 4217 code'),
         examples=('USD', 'KES', 'IDR')),
    RequiredWith('currency', other='cost_estimate'),
    OneOf('funding_status', FUNDING_STATUSES),
    Date('start_date'),
    Date('end_date'),
    NotBefore('end_date', other='start_date'),
    Required('status'),
    OneOf('status', STATUSES),
    Number('beneficiaries', minimum=0.0),
    Number('priority_score'),
)


def validate(action, rules=None):
    """Every problem of one action (a dict), as a list of :class:`Problem`; empty when valid."""
    found = (rule.problem(action) for rule in (RULES if rules is None else rules))
    return [problem for problem in found if problem is not None]


def qgis_constraints(rules=None):
    """{field: (expression, description)}: a field's rules as one QGIS constraint expression
    (true when every one of them holds) and their messages as its description."""
    out = {}
    for rule in RULES if rules is None else rules:
        expression, description = out.get(rule.field, ('', ''))
        out[rule.field] = (' AND '.join(filter(None, [expression, '({0})'.format(rule.qgis())])),
                           ' '.join(filter(None, [description, rule.message])))
    return out


def postgres_check(rule, prefix='rp_check_'):
    """The rule as a PostgreSQL table constraint, or None when the column's type enforces it."""
    condition = rule.postgres()
    if condition is None:
        return None
    return 'CONSTRAINT "{0}{1}" CHECK ({2})'.format(prefix, rule.name, condition)
