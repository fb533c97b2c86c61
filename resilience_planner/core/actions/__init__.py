"""The planned-action register as plain data: schema, rules, values, the file, CSV, coverage.

An action is a dict of field name -> value. The register lives in a GeoPackage table
(``planned_actions``) with a metadata table recording the schema version; the QGIS side
sets the same value lists and constraints on the layer so that QGIS's own forms enforce them
too. Nothing here imports Qt or QGIS. One job per module:

- ``schema``: the table, fields, value lists and what an empty value is;
- ``values``: amounts and dates as people type them;
- ``rules``: the register's rules, declared once, and what they make: validate(), the QGIS
  constraint expressions, the SQLite triggers' conditions, PostgreSQL CHECKs;
- ``records``: tidying and stamping an action before it is written;
- ``sqlite``: the file's metadata, schema version and check triggers;
- ``sql``: the PostgreSQL/PostGIS register's tables, CHECK constraints and triggers, generated;
- ``csv_io``: CSV export and import;
- ``coverage``: which settlements the actions serve, and the gaps;
- ``budget``: what actions cost, per currency, never added across currencies.
"""
from .budget import NO_CURRENCY, Budget, budget, cost_of, cost_per_beneficiary, currency_of, format_amounts
from .coverage import CoverageResult, action_coverage
from .csv_io import ImportReport, export_rows, read_csv, write_csv
from .records import normalised, stamp
from .rules import (
    RULES,
    Choices,
    Code,
    Date,
    NotBefore,
    Number,
    OneOf,
    Required,
    RequiredWith,
    Rule,
    postgres_check,
    qgis_constraints,
    validate,
)
from .schema import (
    ACTION_TYPES,
    ACTIVE_STATUSES,
    FIELD_NAMES,
    FIELDS,
    FUNDING_STATUSES,
    HAZARDS,
    METADATA_TABLE,
    SCHEMA_VERSION,
    SPECS,
    STATUSES,
    TABLE,
    WHITESPACE,
    FieldSpec,
    Problem,
    is_active,
    is_empty,
    join_list,
    new_action_id,
    split_list,
)
from .sqlite import (
    CHECK_PREFIX,
    add_checks,
    check_rules,
    check_triggers,
    newer_version_reason,
    read_only_reason,
    schema_version,
    write_metadata,
)
from .values import parse_amount, parse_date

__all__ = [
    'ACTION_TYPES', 'ACTIVE_STATUSES', 'CHECK_PREFIX', 'FIELDS', 'FIELD_NAMES', 'FUNDING_STATUSES', 'HAZARDS',
    'METADATA_TABLE', 'NO_CURRENCY', 'RULES', 'SCHEMA_VERSION', 'SPECS', 'STATUSES', 'TABLE', 'WHITESPACE',
    'Budget', 'Choices', 'Code', 'CoverageResult', 'Date', 'FieldSpec', 'ImportReport', 'NotBefore', 'Number',
    'OneOf', 'Problem', 'Required', 'RequiredWith', 'Rule', 'action_coverage', 'add_checks', 'budget',
    'check_rules', 'check_triggers', 'cost_of', 'cost_per_beneficiary', 'currency_of', 'export_rows',
    'format_amounts', 'is_active', 'is_empty', 'join_list', 'new_action_id', 'newer_version_reason', 'normalised',
    'parse_amount', 'parse_date', 'postgres_check', 'qgis_constraints', 'read_csv', 'read_only_reason',
    'schema_version', 'split_list', 'stamp', 'validate', 'write_csv', 'write_metadata',
]
