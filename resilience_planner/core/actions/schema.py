"""The register's schema: its table, fields, value lists, and what an empty value is.

An action is a dict of field name -> value. Nothing here imports Qt or QGIS.
"""
import math
import re
import uuid
from dataclasses import dataclass
from typing import Tuple

from ..errors import Message

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
    """One register field: its storage type, label and choices. What a valid value is, is said
    by the rules (:data:`.rules.RULES`), once."""

    name: str
    kind: str                         # 'text', 'real', 'date', 'datetime'
    label: str
    values: Tuple[str, ...] = ()      # the choices a form offers (one, or several for ``multiple``)
    multiple: bool = False            # several values, stored comma-separated
    computed: bool = False            # written by the tools, not typed by the planner

    @property
    def required(self):
        """Whether a rule says the planner must fill it in."""
        from .rules import RULES, Required
        return any(isinstance(rule, Required) and rule.field == self.name for rule in RULES)


FIELDS = (
    FieldSpec('action_id', 'text', 'Action id', computed=True),
    FieldSpec('title', 'text', 'Title'),
    FieldSpec('description', 'text', 'Description'),
    FieldSpec('action_type', 'text', 'Type', values=ACTION_TYPES),
    FieldSpec('hazards', 'text', 'Hazards', values=HAZARDS, multiple=True),
    FieldSpec('settlements', 'text', 'Settlements served'),
    FieldSpec('lead_agency', 'text', 'Lead agency'),
    FieldSpec('partners', 'text', 'Partners'),
    FieldSpec('cost_estimate', 'real', 'Cost estimate'),
    FieldSpec('currency', 'text', 'Currency'),
    FieldSpec('funding_source', 'text', 'Funding source'),
    FieldSpec('funding_status', 'text', 'Funding status', values=FUNDING_STATUSES),
    FieldSpec('start_date', 'date', 'Start date'),
    FieldSpec('end_date', 'date', 'End date'),
    FieldSpec('status', 'text', 'Status', values=STATUSES),
    FieldSpec('beneficiaries', 'real', 'Beneficiaries', computed=True),
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

    @property
    def line(self):
        """'Label: message' as a Message: the message's template and args kept, for the QGIS side to translate."""
        return Message('{0}: {1}', SPECS[self.field].label if self.field in SPECS else self.field, self.message)

    def __str__(self):
        return str(self.line)


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

#: The characters Python's str.strip() takes away (str.isspace()): a value made only of them is
#: empty, and every rule (in Python, QGIS, SQLite) trims them; the last of them is U+3000.
WHITESPACE = tuple(c for c in range(0x3001) if chr(c).isspace())


def is_empty(value):
    """None, NaN, or text that is blank once stripped, or the text NULL."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() in ('', 'NULL')


def is_active(action):
    return str(action.get('status') or '').strip().lower() in ACTIVE_STATUSES

