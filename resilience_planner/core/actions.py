"""The planned-action register: schema, validation and coverage, as plain data.

An action is a dict of field name -> value. The register lives in a GeoPackage table
(``planned_actions``) with a metadata table recording the schema version; the QGIS side
(algorithms, editor dock) sets the same value lists and constraints on the layer so that
QGIS's own forms enforce them too. Nothing here imports Qt or QGIS.
"""
import contextlib
import csv
import datetime
import math
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

import numpy as np

from .errors import InputError

SCHEMA_VERSION = 1
TABLE = 'planned_actions'
METADATA_TABLE = 'resilience_planner_metadata'

ACTION_TYPES = ('structural', 'nature-based', 'early warning', 'services', 'energy', 'housing and tenure',
                'policy', 'capacity')
HAZARDS = ('flood', 'landslide', 'heat', 'drought', 'storm', 'sea level rise', 'fire', 'earthquake', 'other')
FUNDING_STATUSES = ('identified', 'proposal', 'committed', 'disbursed')
STATUSES = ('proposed', 'approved', 'in progress', 'done', 'cancelled')
#: Statuses whose actions cover a settlement (a cancelled action covers nothing).
ACTIVE_STATUSES = ('proposed', 'approved', 'in progress', 'done')


@dataclass(frozen=True)
class FieldSpec:
    """One register field: its storage type and what a valid value is."""

    name: str
    kind: str                         # 'text', 'real', 'date', 'datetime'
    label: str
    required: bool = False
    values: Tuple[str, ...] = ()      # allowed values (one, or several for ``multiple``)
    multiple: bool = False            # several values, stored comma-separated
    minimum: Optional[float] = None
    computed: bool = False            # written by the tools, not typed by the planner


FIELDS = (
    FieldSpec('action_id', 'text', 'Action id', required=True, computed=True),
    FieldSpec('title', 'text', 'Title', required=True),
    FieldSpec('description', 'text', 'Description'),
    FieldSpec('action_type', 'text', 'Type', required=True, values=ACTION_TYPES),
    FieldSpec('hazards', 'text', 'Hazards', values=HAZARDS, multiple=True),
    FieldSpec('settlements', 'text', 'Settlements served'),
    FieldSpec('lead_agency', 'text', 'Lead agency'),
    FieldSpec('partners', 'text', 'Partners'),
    FieldSpec('cost_estimate', 'real', 'Cost estimate', minimum=0.0),
    FieldSpec('currency', 'text', 'Currency'),
    FieldSpec('funding_source', 'text', 'Funding source'),
    FieldSpec('funding_status', 'text', 'Funding status', values=FUNDING_STATUSES),
    FieldSpec('start_date', 'date', 'Start date'),
    FieldSpec('end_date', 'date', 'End date'),
    FieldSpec('status', 'text', 'Status', required=True, values=STATUSES),
    FieldSpec('beneficiaries', 'real', 'Beneficiaries', minimum=0.0, computed=True),
    FieldSpec('priority_score', 'real', 'Priority score', computed=True),
    FieldSpec('co_benefits', 'text', 'Co-benefits'),
    FieldSpec('notes', 'text', 'Notes'),
    FieldSpec('created', 'datetime', 'Created', computed=True),
    FieldSpec('modified', 'datetime', 'Modified', computed=True),
    FieldSpec('modified_by', 'text', 'Modified by', computed=True),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
SPECS = {f.name: f for f in FIELDS}


@dataclass
class Problem:
    """A value that cannot be saved, with what to do about it."""

    field: str
    message: str

    def __str__(self):
        return '{0}: {1}'.format(SPECS[self.field].label if self.field in SPECS else self.field, self.message)


def new_action_id():
    return str(uuid.uuid4())


def split_list(value):
    """'flood, heat' -> ['flood', 'heat']; None or '' -> []."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r'[;,]', str(value)) if part.strip()]


def join_list(values):
    return ', '.join(split_list(values))


_DATE = re.compile(r'(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?')


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


def _empty(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() in ('', 'NULL')


def validate(action):
    """Every problem of one action (a dict), as a list of :class:`Problem`; empty when valid."""
    problems = []
    for spec in FIELDS:
        value = action.get(spec.name)
        if _empty(value):
            if spec.required and not spec.computed:
                problems.append(Problem(spec.name, 'is required.'))
            continue
        if spec.kind == 'real':
            try:
                number = parse_amount(value)
            except (TypeError, ValueError):
                problems.append(Problem(spec.name, '"{0}" is not a number; write digits, e.g. 90000 or '
                                                   '90,000.50.'.format(value)))
                continue
            if not math.isfinite(number):
                problems.append(Problem(spec.name, 'must be a finite number.'))
            elif spec.minimum is not None and number < spec.minimum:
                problems.append(Problem(spec.name, 'must be {0:g} or more (got {1:g}).'.format(spec.minimum, number)))
        elif spec.kind == 'date':
            try:
                parse_date(value)
            except ValueError as err:
                problems.append(Problem(spec.name, str(err) + '.'))
        elif spec.values:
            chosen = split_list(value) if spec.multiple else [str(value).strip()]
            unknown = [v for v in chosen if v.lower() not in spec.values]
            if unknown:
                problems.append(Problem(spec.name, '{0} is not one of: {1}.'.format(
                    ', '.join('"{0}"'.format(u) for u in unknown), ', '.join(spec.values))))
    if not _empty(action.get('currency')) and not re.fullmatch(r'[A-Za-z]{3}', str(action['currency']).strip()):
        problems.append(Problem('currency', 'use a three-letter ISO 4217 code such as USD, KES or IDR.'))
    if not _empty(action.get('cost_estimate')) and _empty(action.get('currency')):
        problems.append(Problem('currency', 'is required when there is a cost estimate.'))
    try:
        start, end = parse_date(action.get('start_date')), parse_date(action.get('end_date'))
    except ValueError:
        start = end = None
    if start and end and end < start:
        problems.append(Problem('end_date', 'is before the start date ({0}).'.format(start.isoformat())))
    return problems


def normalised(action):
    """The action with list fields and codes tidied (lower-case choices, upper-case currency)."""
    out = dict(action)
    for spec in FIELDS:
        value = out.get(spec.name)
        if _empty(value):
            if value is not None and (spec.values or spec.kind in ('real', 'date') or spec.name == 'currency'):
                out[spec.name] = None      # blanks or the text NULL in a checked field: stored empty
            continue
        if spec.values and spec.multiple:
            out[spec.name] = ', '.join(v.lower() for v in split_list(value))
        elif spec.values:
            out[spec.name] = str(value).strip().lower()
    if not _empty(out.get('currency')):
        out['currency'] = str(out['currency']).strip().upper()
    if not _empty(out.get('settlements')):
        out['settlements'] = join_list(out['settlements'])
    for name in ('start_date', 'end_date'):
        if not _empty(out.get(name)):
            out[name] = parse_date(out[name])
    for spec in FIELDS:
        if spec.kind == 'real' and not _empty(out.get(spec.name)):
            out[spec.name] = parse_amount(out[spec.name])
    return out


def stamp(action, user, now=None, new=False):
    """Set action_id (when missing), created (when new) and modified/modified_by."""
    now = now or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    out = dict(action)
    if _empty(out.get('action_id')):
        out['action_id'] = new_action_id()
    if new or _empty(out.get('created')):
        out['created'] = now
    out['modified'] = now
    out['modified_by'] = user
    return out


def is_active(action):
    return str(action.get('status') or '').strip().lower() in ACTIVE_STATUSES


# --------------------------------------------------------------------------- metadata and versions

def write_metadata(path, plugin_version):
    """Create or update the register's metadata table (SQLite, inside the GeoPackage)."""
    with sqlite3.connect(path) as db:
        db.execute('CREATE TABLE IF NOT EXISTS {0} (key TEXT PRIMARY KEY, value TEXT)'.format(METADATA_TABLE))
        db.executemany('INSERT OR REPLACE INTO {0} (key, value) VALUES (?, ?)'.format(METADATA_TABLE), [
            ('schema_version', str(SCHEMA_VERSION)), ('table', TABLE), ('written_by', plugin_version)])
        # GeoPackage readers list only the tables registered in gpkg_contents.
        db.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                   "VALUES (?, 'attributes', ?, ?)", (METADATA_TABLE, METADATA_TABLE,
                                                      'Resilience Planner register metadata'))


#: Prefix of the triggers that make the file itself refuse what validate() refuses.
CHECK_PREFIX = 'rp_check_'


#: The characters Python's str.strip() takes away (str.isspace()), which validate() ignores;
#: the last of them is U+3000.
_WHITESPACE = tuple(c for c in range(0x3001) if chr(c).isspace())
_SQL_WHITESPACE = 'char({0})'.format(', '.join(str(c) for c in _WHITESPACE))


def _quoted(text):
    return "'{0}'".format(str(text).replace("'", "''"))


def check_rules():
    """(name, SQL condition on NEW, message) for each rule the file can enforce by itself.

    They are the rules of :func:`validate` that SQLite can test: required fields, value
    lists, numbers not below their minimum, YYYY-MM-DD dates, the currency code, and an end
    before the start. Each is as loose as or looser than validate() on what the tools write
    (normalised values), so a save that validate() allows is never refused by the file; what
    they catch is a save that bypasses the tools, such as QGIS's own Save edits.
    """
    rules = []

    def value(name):
        # Empty as _empty() sees it: blank once str.strip() has run, or the text NULL.
        return "NULLIF(NULLIF(trim(NEW.{0}, {1}), ''), 'NULL')".format(name, _SQL_WHITESPACE)

    def lowered(text):
        return "lower(replace({0}, char(8490), 'k'))".format(text)     # Python lower-cases KELVIN SIGN to k
    for spec in FIELDS:
        name, label, text = spec.name, spec.label, value(spec.name)
        if spec.required and not spec.computed:
            rules.append((name + '_required', '{0} IS NULL'.format(text), '{0} is required.'.format(label)))
        if spec.values and not spec.multiple:
            rules.append((name + '_value', '{0} IS NOT NULL AND {2} NOT IN ({1})'.format(
                text, ', '.join(_quoted(v) for v in spec.values), lowered(text)),
                '{0} must be one of: {1}.'.format(label, ', '.join(spec.values))))
        if spec.values and spec.multiple:
            # What is left once every allowed value, separator and blank is taken out must be nothing.
            rest = lowered('NEW.' + name)
            for allowed in sorted(spec.values, key=len, reverse=True):
                rest = 'replace({0}, {1}, \'\')'.format(rest, _quoted(allowed))
            for separator in (',', ';'):
                rest = 'replace({0}, {1}, \'\')'.format(rest, _quoted(separator))
            rules.append((name + '_values', "{0} IS NOT NULL AND trim({1}, {2}) != ''".format(
                text, rest, _SQL_WHITESPACE),
                          '{0} must be among: {1} (separated by commas).'.format(label, ', '.join(spec.values))))
        if spec.kind == 'real' and spec.minimum is not None:
            rules.append((name + '_minimum', "NEW.{0} IS NOT NULL AND (typeof(NEW.{0}) NOT IN ('integer', 'real') "
                                             "OR NEW.{0} < {1!r})".format(name, spec.minimum),
                          '{0} must be a number of {1:g} or more.'.format(label, spec.minimum)))
        if spec.kind == 'date':
            rules.append((name + '_date', '{0} IS NOT NULL AND (date({0}) IS NULL OR date({0}) != substr({0}, 1, 10))'
                          .format(text), '{0} must be a date written YYYY-MM-DD.'.format(label)))
    currency = value('currency')
    rules.append(('currency_code', "{0} IS NOT NULL AND NOT (length({0}) = 3 AND {0} GLOB '[A-Za-z][A-Za-z][A-Za-z]')"
                  .format(currency), 'Currency must be a three-letter ISO 4217 code such as USD, KES or IDR.'))
    rules.append(('currency_required', 'NEW.cost_estimate IS NOT NULL AND {0} IS NULL'.format(currency),
                  'Currency is required when there is a cost estimate.'))
    rules.append(('end_date_order', 'date({0}) < date({1})'.format(value('end_date'), value('start_date')),
                  'End date is before the start date.'))
    return rules


def add_checks(path):
    """Create the check triggers in the register at ``path`` (those it lacks, or has in an earlier
    form, which are replaced); returns how many were created.

    Triggers only: no row is read or changed. Raises sqlite3.Error when the file cannot be
    written (locked or read-only).
    """
    with contextlib.closing(sqlite3.connect(path, timeout=2)) as db, db:
        have = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                               (CHECK_PREFIX + '%',)))
        added = 0
        for name, condition, message in check_rules():
            for event in ('INSERT', 'UPDATE'):
                trigger = '{0}{1}_{2}'.format(CHECK_PREFIX, name, event.lower())
                sql = ('CREATE TRIGGER "{0}" BEFORE {1} ON "{2}" FOR EACH ROW WHEN {3} BEGIN '
                       'SELECT RAISE(ABORT, {4}); END'.format(trigger, event, TABLE, condition,
                                                             _quoted('Resilience Planner: ' + message)))
                if have.get(trigger) == sql:
                    continue
                if trigger in have:
                    db.execute('DROP TRIGGER "{0}"'.format(trigger))
                db.execute(sql)
                added += 1
    return added


def schema_version(path):
    """The register's schema version, or None when the file has no metadata table.

    The file is opened by its path with queries only, not through a ``file:`` URI: a URI built
    from a path breaks on ``#``, ``?`` or ``%`` in a folder name and on Windows drive and UNC
    paths. A missing file is not created.
    """
    if not os.path.isfile(path):
        return None
    try:
        db = sqlite3.connect(path, timeout=2)
        db.execute('PRAGMA query_only = ON')
    except sqlite3.Error:
        return None
    try:
        # The table name is the module's constant, never user input (bandit B608 cannot tell).
        query = 'SELECT value FROM {0} WHERE key = ?'.format(METADATA_TABLE)  # nosec B608
        row = db.execute(query, ('schema_version',)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    if not row:
        return None
    try:
        return float(row[0])
    except (TypeError, ValueError):
        return float('inf')           # unreadable: treat as newer, so the register opens read-only


def read_only_reason(path):
    """Why a register must open read-only (written by a newer version), or None."""
    version = schema_version(path)
    if version is not None and version > SCHEMA_VERSION:
        return ('This register was written by a newer Resilience Planner (schema version {0}; this one '
                'reads version {1}). It opens read-only so that nothing in it is lost: update the plugin to '
                'edit it.'.format(version, SCHEMA_VERSION))
    return None


# --------------------------------------------------------------------------- CSV

@dataclass
class ImportReport:
    """What an import did with every row: nothing is dropped without a line here."""

    accepted: List[dict] = field(default_factory=list)
    rejected: List[Tuple[int, dict, List[Problem]]] = field(default_factory=list)
    rows: List[int] = field(default_factory=list)       # the file row of each accepted record
    notes: List[str] = field(default_factory=list)

    def lines(self):
        out = ['{0} row(s) read: {1} imported, {2} rejected.'.format(
            len(self.accepted) + len(self.rejected), len(self.accepted), len(self.rejected))]
        out += self.notes
        for row, record, problems in self.rejected:
            label = record.get('title') or record.get('action_id') or ''
            out.append('Row {0}{1}: {2}'.format(row, ' ("{0}")'.format(label) if label else '',
                                                 ' '.join(str(p) for p in problems)))
        return out


def export_rows(actions, columns=None):
    """The action plan as a header and rows of text, in the register's field order."""
    columns = list(columns or [n for n in FIELD_NAMES])
    rows = []
    for action in actions:
        row = []
        for name in columns:
            value = action.get(name)
            if _empty(value):
                row.append('')
            elif isinstance(value, (datetime.date, datetime.datetime)):
                row.append(value.isoformat())
            elif isinstance(value, float):
                row.append('{0:.2f}'.format(value) if name in ('cost_estimate',) else '{0:.15g}'.format(value))
            else:
                row.append(str(value))
        rows.append(row)
    return columns, rows


def write_csv(path, actions, columns=None):
    header, rows = export_rows(actions, columns)
    with open(path, 'w', newline='', encoding='utf-8') as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)


def read_csv(path, decimal='auto'):
    """Actions from a CSV file (UTF-8, comma or semicolon separated), checked row by row.

    Unknown columns are reported and ignored; a row with problems is rejected with its
    row number and the reasons, never dropped silently. Geometry is not part of a CSV:
    imported actions get their target area later (from their settlements or drawn).
    Each number column is read with one decimal mark for the whole column (``decimal``:
    'auto', 'point' or 'comma'; see :mod:`.numbers`), noted in the report.
    """
    report = ImportReport()
    try:
        with open(path, newline='', encoding='utf-8-sig') as handle:
            text = handle.read()
    except UnicodeDecodeError:
        raise InputError('CSV file "{0}" is not UTF-8 text. Save it as "CSV UTF-8" (in Excel: Save As > CSV UTF-8) '
                         'and import it again.'.format(path)) from None
    import io
    header = text.splitlines()[0] if text.strip() else ''
    # The delimiter is the most frequent of comma, semicolon and tab in the header; quoting
    # stays standard (doubled quotes inside quoted text), which sniffing can get wrong.
    delimiter = max(',;\t', key=header.count) if header else ','
    with io.StringIO(text, newline='') as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        if not reader.fieldnames:
            raise InputError('CSV file "{0}" is empty or has no header row.'.format(path))
        columns = {name: (name or '').strip().lower() for name in reader.fieldnames}
        keys = [key for key in columns.values() if key in SPECS]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        if twice:
            raise InputError('CSV file "{0}" has the column(s) {1} more than once; keep one of each.'.format(
                path, ', '.join(twice)))
        unknown = [name for name, key in columns.items() if key not in SPECS]
        if unknown:
            report.notes.append('Columns not in the register, ignored: {0}.'.format(', '.join(unknown)))
        if 'title' not in columns.values():
            raise InputError('CSV file "{0}" has no "title" column; the register needs one. Its columns are: '
                             '{1}.'.format(path, ', '.join(reader.fieldnames)))
        seen = set()
        rows = list(reader)
        conventions = _number_columns(rows, columns, path, decimal, report)
        for number, raw in enumerate(rows, start=2):            # row 1 is the header
            record = {columns[k]: (v.strip() if isinstance(v, str) else v) for k, v in raw.items()
                      if k is not None and columns.get(k) in SPECS}
            extra = raw.get(None)
            problems = []
            if extra:
                problems.append(Problem('title', 'the row has {0} more value(s) than the header.'.format(len(extra))))
            record = {k: v for k, v in record.items() if not _empty(v)}
            for key, convention in conventions.items():
                if key in record:
                    try:
                        value = convention.read(record[key])
                    except ValueError:
                        continue                       # left as text: validate() names it
                    if value is None:
                        del record[key]
                    else:
                        record[key] = value
            problems += validate(record)
            action_id = record.get('action_id')
            if action_id and action_id in seen:
                problems.append(Problem('action_id', 'appears twice in the file.'))
            if problems:
                report.rejected.append((number, record, problems))
                continue
            if action_id:
                seen.add(action_id)
            report.accepted.append(normalised(record))
            report.rows.append(number)
    return report


def _number_columns(rows, columns, path, decimal, report):
    """{register field: Convention} for the CSV's number columns, each decided from all its cells."""
    from .numbers import decide
    conventions = {}
    for name, key in columns.items():
        if key in SPECS and SPECS[key].kind == 'real':
            texts = [row.get(name) for row in rows if isinstance(row.get(name), str) and row.get(name).strip()]
            if texts:
                conventions[key] = decide(texts, name, path, decimal)
                report.notes.append('Column "{0}": {1}.'.format(name, conventions[key].reason))
    return conventions


# --------------------------------------------------------------------------- coverage

@dataclass
class CoverageResult:
    """Actions and settlements seen together."""

    beneficiaries: np.ndarray          # per action, people in its target area (NaN: unknown)
    priority_score: np.ndarray         # per action, mean priority of the settlements it serves
    cost_per_beneficiary: np.ndarray
    actions_count: np.ndarray          # per settlement, active actions serving it
    actions_cost: np.ndarray
    gap: np.ndarray                    # per settlement: 1 = priority class 4-5 and no active action
    high_population: float
    covered_high_population: float
    served: List[List[int]]            # per action, the settlement indexes it serves
    notes: List[str] = field(default_factory=list)

    @property
    def covered_high_share(self):
        if not self.high_population:
            return float('nan')
        return self.covered_high_population / self.high_population


def action_coverage(actions, settlement_keys, overlaps, priority=None, priority_class=None, population=None,
                    beneficiaries=None):
    """Which settlements each action serves, what it costs per person, and where the gaps are.

    Parameters
    ----------
    actions : list of dict
        ``settlements`` (keys), ``status``, ``cost_estimate``.
    settlement_keys : list
        Each settlement's key, as the actions name them (compared as normalised text).
    overlaps : list of set of int
        Per action, the settlements its target area overlaps. An action serves the
        settlements it names and, when it names none, those its area overlaps.
    priority, priority_class, population : array-like per settlement, optional
    beneficiaries : array-like per action, optional
        People inside each action's target area (from a population raster); without it the
        population of the settlements it serves is used.
    """
    from .profiles import normalise_key
    n = len(settlement_keys)
    index = {}
    for i, key in enumerate(settlement_keys):
        if key is not None:
            index.setdefault(normalise_key(key), []).append(i)
    priority = np.full(n, np.nan) if priority is None else np.asarray(priority, dtype=np.float64)
    priority_class = np.full(n, np.nan) if priority_class is None else np.asarray(priority_class, dtype=np.float64)
    population = np.full(n, np.nan) if population is None else np.asarray(population, dtype=np.float64)
    served, notes, unknown, shared = [], [], [], {}
    for a, action in enumerate(actions):
        named = split_list(action.get('settlements'))
        if named:
            hits = []
            for key in named:
                found = index.get(normalise_key(key))
                if found is None:
                    unknown.append('{0} ("{1}")'.format(action.get('title') or a + 1, key))
                else:
                    hits.extend(found)
                    if len(found) > 1:
                        shared[key] = len(found)
            served.append(sorted(set(hits)))
        else:
            served.append(sorted(overlaps[a]) if a < len(overlaps) else [])
    if unknown:
        notes.append('Settlement keys named by actions but not found: {0}.'.format(', '.join(unknown[:20])))
    if shared:
        # Two settlements with one key is a data error the actions cannot resolve: an action
        # naming the key serves every settlement that has it, and the log says which keys.
        notes.append('Settlement keys shared by more than one settlement: {0}. An action naming such a key '
                     'serves all of them; give each settlement its own key in the settlements layer.'.format(
                         ', '.join('"{0}" ({1} settlements)'.format(k, c) for k, c in list(shared.items())[:20])))
    count = np.zeros(n)
    cost = np.zeros(n)
    for action, where in zip(actions, served):
        if not is_active(action) or not where:
            continue
        count[where] += 1
        value = action.get('cost_estimate')
        if not _empty(value):
            # A shared action's cost is split evenly between the settlements it serves.
            cost[where] += float(value) / len(where)
    if beneficiaries is None:
        people = np.array([np.nansum(population[w]) if w and not np.all(np.isnan(population[w])) else np.nan
                           for w in served])
    else:
        people = np.asarray(beneficiaries, dtype=np.float64)
    score = np.array([np.nanmean(priority[w]) if w and not np.all(np.isnan(priority[w])) else np.nan
                      for w in served])
    costs = np.array([np.nan if _empty(a.get('cost_estimate')) else float(a['cost_estimate']) for a in actions])
    with np.errstate(divide='ignore', invalid='ignore'):
        per_person = np.where(people > 0, costs / people, np.nan)
    high = priority_class >= 4
    gap = (high & (count == 0)).astype(np.float64)
    gap[np.isnan(priority_class)] = np.nan
    high_population = float(np.nansum(population[high]))
    covered = float(np.nansum(population[high & (count > 0)]))
    return CoverageResult(people, score, per_person, count, cost, gap, high_population, covered, served, notes)
