"""The action plan in the columns of CDP-ICLEI Track's adaptation actions, with the register's values mapped.

Sources, and what they are not (docs/cdp_iclei_export.md says the same at more length): no current, official
list of CDP-ICLEI Track's hazard and adaptation-action categories could be reached when this was written. The
hazard names and the action categories below are those that appear in CDP's published city responses
(the Cities adaptation data of the 2020-2021 questionnaires, as tabulated from CDP's open data in the public
repository Tiga4ka/ClimateSolutions), the names a city picked from CDP's drop-down lists. The questionnaire was
restructured in 2022 (CDP-ICLEI Track) and again since; check the names against the current reporting guidance
before uploading, and edit HAZARDS and ACTION_CATEGORIES if they have changed.

Nothing here imports Qt or QGIS.
"""
import csv
import datetime

from ..errors import QT_TRANSLATE_NOOP, Message
from .budget import cost_of, currency_of
from .schema import is_empty, split_list

#: The export's columns, in order, and the register field (or rule) each is filled from.
COLUMNS = (
    ('Action title', 'title'),
    ('Climate hazards', 'hazards'),
    ('Adaptation action', 'action_type'),
    ('Action description', 'description'),
    ('Status of action', 'status'),
    ('Co-benefit area', 'co_benefits'),
    ('Total cost of the project', 'cost_estimate'),
    ('Currency', 'currency'),
    ('Majority funding source', 'funding_source'),
    ('Finance status', 'funding_status'),
    ('Lead agency', 'lead_agency'),
    ('Start date', 'start_date'),
    ('End date', 'end_date'),
    ('Population benefitting', 'beneficiaries'),
    ('Location (settlements)', 'settlements'),
    ('Register action id', 'action_id'),
    ('Mapping notes', None),
)
HEADER = tuple(name for name, _ in COLUMNS)

OTHER = 'Other, please specify: {0}'

#: Register hazard -> CDP climate hazard. None: no equivalent (written as OTHER with the register's word).
HAZARDS = {
    'flood': 'Flash / surface flood',          # the register has one flood; CDP tells river, coastal, groundwater
    'landslide': 'Landslide',
    'heat': 'Heat wave',                        # CDP also has "Extreme hot days"
    'drought': 'Drought',
    'storm': 'Rain storm',                      # CDP also has Severe wind, Cyclone, Tropical storm, Storm surge
    'sea level rise': 'Permanent inundation',   # CDP also has Coastal flood
    'fire': None,                               # CDP has Forest fire and Land fire; not a settlement's fires
    'earthquake': None,                         # not a climate hazard
    'other': None,
}

#: Register action type -> CDP adaptation action. 'nature-based' depends on the hazards (see action_category).
ACTION_CATEGORIES = {
    'structural': 'Hazard resistant infrastructure design and construction',
    'nature-based': 'Tree planting and/or creation of green space',
    'early warning': 'Crisis management including warning and evacuation systems',
    'services': None,
    'energy': 'Diversifying power/energy supply',
    'housing and tenure': 'Projects and policies targeted at those most vulnerable',
    'policy': 'Incorporating climate change into long-term planning documents',
    'capacity': 'Community engagement/education',
}
WATER_NATURE_BASED = 'Nature based solutions for water'
WATER_HAZARDS = ('flood', 'drought', 'storm', 'sea level rise')


def hazards_of(action):
    """(CDP hazards, notes): each register hazard once, mapped; one without an equivalent as OTHER."""
    out, notes = [], []
    for hazard in dict.fromkeys(h.lower() for h in split_list(action.get('hazards'))):
        mapped = HAZARDS.get(hazard)
        if mapped is None:
            out.append(OTHER.format(hazard))
            notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'hazard "{0}" has no CDP equivalent'), hazard))
        elif mapped not in out:
            out.append(mapped)
    return out, notes


def action_category(action):
    """(CDP adaptation action, notes) of the register's action_type: nature-based solutions for a water hazard
    are CDP's "Nature based solutions for water"."""
    kind = '' if is_empty(action.get('action_type')) else str(action['action_type']).strip().lower()
    if not kind:
        return '', [Message(QT_TRANSLATE_NOOP('Engine', 'no action type'))]
    if kind == 'nature-based' and any(h.lower() in WATER_HAZARDS for h in split_list(action.get('hazards'))):
        return WATER_NATURE_BASED, []
    mapped = ACTION_CATEGORIES.get(kind)
    if mapped is None:
        return OTHER.format(kind), [Message(QT_TRANSLATE_NOOP('Engine', 'action type "{0}" has no CDP equivalent'),
                                            kind)]
    return mapped, []


def _text(value):
    if is_empty(value):
        return ''
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime('%Y-%m-%d')
    return str(value).strip()


def row(action):
    """One action as the export's values, in HEADER's order (text, the cost a number or '')."""
    hazards, notes = hazards_of(action)
    category, more = action_category(action)
    notes += more
    try:
        cost = cost_of(action)
    except (TypeError, ValueError):
        cost = None
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'cost "{0}" is not a number of 0 or more'),
                             action.get('cost_estimate')))
    values = {
        'title': _text(action.get('title')), 'hazards': '; '.join(hazards), 'action_type': category,
        'cost_estimate': cost if cost is not None else '',
        'currency': currency_of(action) if cost is not None else _text(action.get('currency')),
    }
    out = []
    for _, field in COLUMNS:
        if field is None:
            out.append('; '.join(str(note) for note in notes))     # the file is in English, as CDP's names
        elif field in values:
            out.append(values[field])
        elif field == 'beneficiaries':
            people = action.get('beneficiaries')
            out.append('' if is_empty(people) else round(float(people)))
        else:
            out.append(_text(action.get(field)))
    return out


def rows(actions):
    return [row(action) for action in actions]


def write_csv(path, actions):
    """The export as CSV (UTF-8); returns the number of actions written."""
    with open(path, 'w', newline='', encoding='utf-8') as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows(actions))
    return len(actions)
