"""How ready an action is for a funder: the checklist, the score, and which exposure figures answer for a hazard.

Nothing here imports Qt or QGIS: the QGIS side (qgis_side/finance.py) reads the layers, hands plain values in,
and writes the texts in the chosen language.

The checklist (documented in resources/help/financereadiness.html) has nine items of equal weight; an action's
``readiness`` is the share of them it meets, 0 to 1:

1. ``place``: a target area drawn, or settlements served;
2. ``hazards``: at least one hazard addressed;
3. ``exposure``: evidence that the settlements it serves are exposed to a hazard it addresses (the exposure
   output counts more than 0 people exposed to one of them in those settlements);
4. ``beneficiaries``: more than 0 beneficiaries;
5. ``budget``: a cost estimate (a number of 0 or more) with its currency;
6. ``funding``: a funding source and a funding status;
7. ``lead_agency``: a lead agency;
8. ``dates``: a start date and an end date;
9. ``co_benefits``: co-benefits stated.
"""
import math
import re

from .budget import cost_of, currency_of
from .schema import is_empty, split_list

CHECKLIST = ('place', 'hazards', 'exposure', 'beneficiaries', 'budget', 'funding', 'lead_agency', 'dates',
             'co_benefits')

#: The readiness bands of the pipeline: (lowest readiness, band), highest first.
BANDS = ((0.8, 'ready'), (0.5, 'in preparation'), (0.0, 'early'))

#: The words that name a register hazard in an exposure output's keys (the hazard raster's layer name): a key
#: answers for a hazard when one of its words (split at _) starts with one of these.
HAZARD_WORDS = {
    'flood': ('flood', 'inundation'),
    'landslide': ('landslide', 'slide'),
    'heat': ('heat', 'lst', 'temperature'),
    'drought': ('drought',),
    'storm': ('storm', 'wind', 'cyclone'),
    'sea level rise': ('sea', 'slr'),
    'fire': ('fire', 'wildfire'),
    'earthquake': ('earthquake', 'seismic', 'pga'),
}


def band(readiness):
    """The pipeline's band of a readiness score: 'ready' (0.8 and more), 'in preparation' (0.5 to 0.8), 'early'."""
    if readiness is None or (isinstance(readiness, float) and math.isnan(readiness)):
        return 'early'
    for lowest, name in BANDS:
        if readiness >= lowest - 1e-9:
            return name
    return 'early'


def exposure_keys(field_names):
    """The hazard keys of an exposure output: every ``{key}_exposed_pop`` field but ``any_exposed_pop``."""
    keys = []
    for name in field_names:
        if name.endswith('_exposed_pop') and name != 'any_exposed_pop':
            keys.append(name[:-len('_exposed_pop')])
    return keys


def parse_hazard_fields(text):
    """'flood=flood_depth; heat=heat_lst' -> {'flood': ['flood_depth'], 'heat': ['heat_lst']}; '' -> {}.
    ValueError, naming the part, for a part without '='."""
    mapping = {}
    for part in re.split(r'[;\n]', text or ''):
        if not part.strip():
            continue
        if '=' not in part:
            raise ValueError(part.strip())
        hazard, keys = part.split('=', 1)
        mapping[hazard.strip().lower()] = [k.strip() for k in keys.split(',') if k.strip()]
    return mapping


def hazard_keys(hazard, keys, mapping=None):
    """The exposure keys that answer for a register hazard: those ``mapping`` gives it, else those whose words
    start with one of HAZARD_WORDS[hazard] (or the hazard itself, for a hazard the table does not list)."""
    hazard = hazard.strip().lower()
    if mapping and hazard in mapping:
        return [k for k in mapping[hazard] if k in keys]
    words = HAZARD_WORDS.get(hazard, (re.sub(r'\W+', '_', hazard),))
    found = []
    for key in keys:
        parts = key.lower().split('_')
        if any(part.startswith(word) for part in parts for word in words):
            found.append(key)
    return found


def checklist(action, has_area, served, beneficiaries, exposed):
    """{item: met} for the nine CHECKLIST items.

    Parameters
    ----------
    action : dict
        The register's fields.
    has_area : bool
        The action has a target area.
    served : list
        The settlements it serves.
    beneficiaries : float or None
    exposed : dict or None
        {hazard: people exposed to it in the settlements served} for the hazards it addresses that the exposure
        output has; None without an exposure output.
    """
    def filled(name):
        return not is_empty(action.get(name))
    try:
        cost = cost_of(action)
    except (TypeError, ValueError):
        cost = None
    people = beneficiaries if beneficiaries is not None and not math.isnan(beneficiaries) else 0.0
    return {
        'place': bool(has_area or served),
        'hazards': bool(split_list(action.get('hazards'))),
        'exposure': bool(exposed) and any(value > 0 for value in exposed.values()),
        'beneficiaries': people > 0,
        'budget': cost is not None and bool(currency_of(action)),
        'funding': filled('funding_source') and filled('funding_status'),
        'lead_agency': filled('lead_agency'),
        'dates': filled('start_date') and filled('end_date'),
        'co_benefits': filled('co_benefits'),
    }


def readiness(items):
    """The share of the checklist met, 0 to 1."""
    return sum(1 for name in CHECKLIST if items.get(name)) / len(CHECKLIST)


def pipeline(rows):
    """The pipeline by funding status and readiness band: rows are (funding_status, readiness, cost, currency,
    beneficiaries) of the active actions; returns sorted (funding_status, band, currency, actions, cost,
    beneficiaries). Costs are added within one currency only; an action without a cost counts in its row
    with 0 cost and no currency unless it has one."""
    table = {}
    for status, score, cost, currency, people in rows:
        key = (status or '', band(score), currency or '')
        entry = table.setdefault(key, [0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += cost or 0.0
        if people is not None and not math.isnan(people):
            entry[2] += people
    from .schema import FUNDING_STATUSES
    order = {s: n for n, s in enumerate(FUNDING_STATUSES)}
    bands = {name: n for n, (_, name) in enumerate(BANDS)}
    return [(s, b, c, *table[(s, b, c)]) for s, b, c in sorted(
        table, key=lambda k: (order.get(k[0], len(order)), bands[k[1]], k[2]))]
