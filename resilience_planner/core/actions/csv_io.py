"""The action plan as CSV: export, and import checked row by row."""
import csv
import datetime
from dataclasses import dataclass, field
from typing import List, Tuple

from ..errors import QT_TRANSLATE_NOOP, InputError, Message, words
from .records import normalised
from .rules import validate
from .schema import FIELD_NAMES, SPECS, Problem
from .schema import is_empty as _empty


@dataclass
class ImportReport:
    """What an import did with every row: nothing is dropped without a line here."""

    accepted: List[dict] = field(default_factory=list)
    rejected: List[Tuple[int, dict, List[Problem]]] = field(default_factory=list)
    rows: List[int] = field(default_factory=list)       # the file row of each accepted record
    notes: List[str] = field(default_factory=list)

    def lines(self):
        out = [Message(QT_TRANSLATE_NOOP('Engine', '{0} row(s) read: {1} imported, {2} rejected.'),
                       len(self.accepted) + len(self.rejected), len(self.accepted), len(self.rejected))]
        out += self.notes
        for row, record, problems in self.rejected:
            label = record.get('title') or record.get('action_id') or ''
            said = words([p.line for p in problems], ' ')
            out.append(Message(QT_TRANSLATE_NOOP('Engine', 'Row {0} ("{1}"): {2}'), row, label, said) if label else
                       Message(QT_TRANSLATE_NOOP('Engine', 'Row {0}: {1}'), row, said))
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
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'CSV file "{0}" is not UTF-8 text. Save it as "CSV UTF-8" (in '
                                                     'Excel: Save As > CSV UTF-8) and import it again.'),
                         path) from None
    import io
    header = text.splitlines()[0] if text.strip() else ''
    # The delimiter is the most frequent of comma, semicolon and tab in the header; quoting
    # stays standard (doubled quotes inside quoted text), which sniffing can get wrong.
    delimiter = max(',;\t', key=header.count) if header else ','
    with io.StringIO(text, newline='') as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        if not reader.fieldnames:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'CSV file "{0}" is empty or has no header row.'), path)
        columns = {name: (name or '').strip().lower() for name in reader.fieldnames}
        keys = [key for key in columns.values() if key in SPECS]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        if twice:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'CSV file "{0}" has the column(s) {1} more than once; keep '
                                                         'one of each.'), path, ', '.join(twice))
        unknown = [name for name, key in columns.items() if key not in SPECS]
        if unknown:
            report.notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'Columns not in the register, ignored: {0}.'),
                                        ', '.join(unknown)))
        if 'title' not in columns.values():
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'CSV file "{0}" has no "title" column; the register needs '
                                                         'one. Its columns are: {1}.'),
                             path, ', '.join(reader.fieldnames))
        seen = set()
        rows = list(reader)
        conventions = _number_columns(rows, columns, path, decimal, report)
        for number, raw in enumerate(rows, start=2):            # row 1 is the header
            record = {columns[k]: (v.strip() if isinstance(v, str) else v) for k, v in raw.items()
                      if k is not None and columns.get(k) in SPECS}
            extra = raw.get(None)
            problems = []
            if extra:
                problems.append(Problem('title', Message(QT_TRANSLATE_NOOP('Engine',
                        'the row has {0} more value(s) than the header.'), len(extra))))
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
                problems.append(Problem('action_id', Message(QT_TRANSLATE_NOOP('Engine',
                        'appears twice in the file.'))))
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
    from ..numbers import decide
    conventions = {}
    for name, key in columns.items():
        if key in SPECS and SPECS[key].kind == 'real':
            texts = [row.get(name) for row in rows if isinstance(row.get(name), str) and row.get(name).strip()]
            if texts:
                conventions[key] = decide(texts, name, path, decimal)
                report.notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'Column "{0}": {1}.'),
                                            name, conventions[key].reason))
    return conventions

