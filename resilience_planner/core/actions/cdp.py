"""The action plan in the columns of CDP-ICLEI Track's adaptation actions, with the register's values mapped.

Sources (docs/cdp_iclei_export.md says the same at more length, with what was searched): CDP's reporting
guidance for cities was not reachable, so the names below come from CDP's own published code, which reads the
responses of the 2025 CDP-ICLEI Track questionnaire for cities, states and regions: the repository
CDPworldwide/cdp-adapt-ex (CDP's "Adaptation & Action Explorer", commit c480a02 of July 2026). Its hazard
mapper lists the climate hazards as the response data spell them (backend/app/services/impls/hazard_mapper.py),
its solution-category mapper the nine kinds of adaptation action that begin each answer to the question on
adaptation actions (question 9.1; solution_category_mapper.py), its status mapper the statuses of an action,
and its data notebook the columns of question 9.1 (scripts/CDP CSTAR run-to-rule-them-all-ETL.ipynb). An
answer in the Action column is "<kind of action>: <action>"; the actions under each kind are a list this code
has only a few of (named in ACTIONS). Check the names against the current questionnaire before uploading, and
edit HAZARDS, ACTION_KINDS and ACTIONS if they have changed.

Nothing here imports Qt or QGIS.
"""
import csv
import datetime

from ..errors import QT_TRANSLATE_NOOP, Message
from .budget import cost_of, currency_of
from .schema import is_empty, split_list

#: The export's columns, in order, and the register field (or rule) each is filled from. A column that question 9.1
#: has carries CDP's name for it (its column identifiers in CDP's data, with their spaces and brackets put back);
#: the others are the register's own, added for a funder (title, currency, finance status, agency, dates, people,
#: place, the register's id) and the notes of this export.
COLUMNS = (
    ('Action title', 'title'),
    ('Action', 'action_type'),
    ('Climate hazard(s) that action addresses', 'hazards'),
    ('Action description and web link to further information', 'description'),
    ('Co-benefits realized', 'co_benefits'),
    ('Funding source(s)', 'funding_source'),
    ('Status of action in the reporting year', 'status'),
    ('Total cost of action', 'cost_estimate'),
    ('Currency', 'currency'),
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
#: The columns written as numbers (the others are text).
COST_COLUMN = 'Total cost of action'
PEOPLE_COLUMN = 'Population benefitting'

#: How CDP's response data write an answer chosen as "Other" (in the 2025 data; the 2020-2023 data wrote
#: "Other, please specify: ...").
OTHER = 'Other: {0}'

#: CDP's climate hazards in the 2025 responses, as CDP-ICLEI Track's data spell them (hazard_mapper.py).
CDP_HAZARDS = (
    'Heat stress', 'Extreme heat', 'Extreme cold', 'Snow and ice', 'Drought', 'Water stress',
    'Increased water demand', 'Fire weather (risk of wildfires)', 'Urban flooding', 'River flooding',
    'Coastal flooding (incl. sea level rise)', 'Other coastal events', 'Oceanic events',
    'Hurricanes, cyclones, and/or typhoons', 'Extreme wind', 'Storm', 'Heavy precipitation', 'Mass movement',
    'Loss of green space/green cover', 'Soil degradation/erosion',
    'Other forms of climate-induced landscape shift/degradation', 'Infectious disease', 'Biodiversity loss',
)

#: Register hazard -> CDP climate hazard. None: no equivalent (written as OTHER with the register's word).
HAZARDS = {
    'flood': 'Urban flooding',              # the register has one flood; CDP also has River flooding and Coastal
    'landslide': 'Mass movement',           # CDP has no landslide of its own; some cities answer "Other: Landslides"
    'heat': 'Extreme heat',                 # CDP also has Heat stress
    'drought': 'Drought',                   # CDP also has Water stress
    'storm': 'Storm',                       # CDP also has Extreme wind, Heavy precipitation, Hurricanes, ...
    'sea level rise': 'Coastal flooding (incl. sea level rise)',
    'fire': None,                           # CDP's Fire weather (risk of wildfires) is not a settlement's fires
    'earthquake': None,                     # not a climate hazard
    'other': None,
}

#: CDP's nine kinds of adaptation action in the 2025 responses: the part of an Action answer before its colon
#: (solution_category_mapper.py).
ACTION_KINDS = (
    'Engineered and built environment actions', 'Technological actions', 'Ecosystem-based actions',
    'Services actions', 'Educational/Informational actions', 'Behavioural actions', 'Economic actions',
    'Laws and regulations actions', 'Government policies and programs actions',
)

#: Whole Action answers ("<kind>: <action>") as CDP's published code and data write them; the only actions this
#: export names (where the register's action type and hazards point to one of them).
ACTIONS = {
    'flood defence': 'Engineered and built environment actions: Flood defence, such as flood levees and culverts',
    'sea walls': 'Engineered and built environment actions: Sea walls and coastal protection structures',
    'early warning': 'Educational/Informational actions: Early warning and response systems',
    'targeted plan': 'Government policies and programs actions: Development of targeted plan/program to address '
                     'hazard(s) selected',
}

#: Register action type -> the kind of CDP action (ACTION_KINDS) its Action answer is one of.
ACTION_TYPES = {
    'structural': 'Engineered and built environment actions',
    'nature-based': 'Ecosystem-based actions',
    'early warning': 'Educational/Informational actions',
    'services': 'Services actions',
    'energy': 'Technological actions',                       # our judgement: connections, mini-grids, solar
    'housing and tenure': 'Government policies and programs actions',
    'policy': 'Government policies and programs actions',
    'capacity': 'Educational/Informational actions',
}
#: The register hazards a flood defence answers.
FLOOD_HAZARDS = ('flood', 'storm')


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


def _specific(kind, hazards):
    """The whole CDP Action answer the register's type and hazards point to, or None."""
    if kind == 'structural' and 'sea level rise' in hazards:
        return ACTIONS['sea walls']
    if kind == 'structural' and any(h in FLOOD_HAZARDS for h in hazards):
        return ACTIONS['flood defence']
    if kind == 'early warning':
        return ACTIONS['early warning']
    if kind == 'policy':
        return ACTIONS['targeted plan']
    return None


def action_category(action):
    """(CDP Action answer, notes) of the register's action_type: a whole answer ("<kind>: <action>") where the
    type and hazards point to one of ACTIONS, else the kind of action alone, with a note to choose the action."""
    kind = '' if is_empty(action.get('action_type')) else str(action['action_type']).strip().lower()
    if not kind:
        return '', [Message(QT_TRANSLATE_NOOP('Engine', 'no action type'))]
    if kind not in ACTION_TYPES:
        return OTHER.format(kind), [Message(QT_TRANSLATE_NOOP('Engine', 'action type "{0}" has no CDP equivalent'),
                                            kind)]
    specific = _specific(kind, [h.lower() for h in split_list(action.get('hazards'))])
    if specific:
        return specific, []
    return ACTION_TYPES[kind], [Message(QT_TRANSLATE_NOOP('Engine', 'choose the action under "{0}" in CDP\'s list: '
                                                                    'the register does not say which'),
                                        ACTION_TYPES[kind])]


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
