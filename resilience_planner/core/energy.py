"""Least-cost energy options per settlement, with their costs, and the energy plan they add up to.

Each settlement's households can be served four ways (distances from the settlement's outline to the
nearest power line, in metres):

- **grid_densification**, within ``grid_distance`` of a line: a connection per household;
- **grid_extension**, beyond it but within ``extension_distance``: a medium-voltage line to the nearest
  line (its cost per km times the distance) shared by the households to connect, plus a connection each;
- **mini_grid**, for a settlement of at least ``minigrid_min_population`` people: generation and
  distribution per household;
- **standalone_solar**, anywhere: a solar home system per household; it serves the lowest tier of the
  Multi-Tier Framework (tier 1) only.

The option chosen is the cheapest per household among those possible that serve the minimum tier
asked for (``min_tier``). Where none of them is possible (a small settlement far from the grid, with
a tier above 1 asked for), the cheapest possible one is chosen and the reason says it is the
least-cost option until one that meets the tier can be built. Every unit cost is a parameter
(:class:`UnitCosts`, in one currency), its default and its source in :data:`SOURCES`.

Households already connected (``electricity_share``) are not connected again; those of them on an
informal connection (``informal_share`` of the connected, the profile's ``informal_connections_pct``)
are counted apart, as households to regularise with a metered connection. A settlement exposed to
flooding (``flood_share``, the exposure output's exposed share) gets a note that the network works
would sit in the hazard, and the network options' cost per household carries the resilience premium
on that share: ``cost × (1 + premium × flood_share)``.

Every figure a reason quotes is the figure written to the output, rounded as it is written (costs per
household to the cent, households whole).
"""
import math
from dataclasses import dataclass, fields

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message, words

OPTIONS = ('grid_densification', 'grid_extension', 'mini_grid', 'standalone_solar')
#: The options that lay a network in the settlement (lines, poles, service drops, meters): the ones whose
#: works would sit in a flood, and whose cost carries the resilience premium.
NETWORK_OPTIONS = ('grid_densification', 'grid_extension', 'mini_grid')
#: The highest tier of the Multi-Tier Framework each option serves.
OPTION_TIERS = {'grid_densification': 5, 'grid_extension': 5, 'mini_grid': 5, 'standalone_solar': 1}
TIERS = (1, 2, 3, 4, 5)
#: The option's words in a reason (translated by the QGIS side).
OPTION_WORDS = {'grid_densification': QT_TRANSLATE_NOOP('Engine', 'grid densification'),
                'grid_extension': QT_TRANSLATE_NOOP('Engine', 'grid extension'),
                'mini_grid': QT_TRANSLATE_NOOP('Engine', 'mini-grid'),
                'standalone_solar': QT_TRANSLATE_NOOP('Engine', 'stand-alone solar')}


@dataclass(frozen=True)
class UnitCosts:
    """The unit costs of the options, all in one currency (the defaults are US dollars; see SOURCES)."""

    connection: float = 125.0              # per household connected to the grid
    mv_line_per_km: float = 25000.0        # medium-voltage line, per km
    mini_grid: float = 733.0               # per household: generation and distribution
    solar_home_system: float = 176.0       # per household
    regularisation: float = 378.0          # per household moved from an informal to a metered connection
    resilience_premium: float = 0.0        # share added to a network option's cost, times the flood share

    def check(self):
        """Raise InputError naming a unit cost that is negative or not a number."""
        for spec in fields(self):
            value = getattr(self, spec.name)
            if not isinstance(value, (int, float)) or math.isnan(value) or math.isinf(value) or value < 0:
                raise InputError(QT_TRANSLATE_NOOP('Engine', 'The unit cost "{0}" is {1}: give a number of 0 or '
                                                             'more.'), spec.name, value)
        return self


#: Where each default of UnitCosts and HOUSEHOLD_SIZE comes from (the help and the README say the same).
SOURCES = {
    'connection': 'OnSSET (KTH-dESA, github.com/OnSSET/onsset), onsset/runner.py as of 2025: grid '
                  'connection_cost_per_hh = 125 USD',
    'mv_line_per_km': 'OnSSET runner.py as of 2025: mv_line_cost = 25,000 USD/km (33 kV)',
    'mini_grid': 'AMDA and ECA, Benchmarking Africa\'s Minigrids (2020): average cost per connection 733 USD '
                 'in 2019; no per-household figure of ESMAP\'s mini-grid reports was found to cite',
    'solar_home_system': 'OnSSET runner.py as of 2025: stand-alone PV 8,780 USD/kW for 20-50 W per household, '
                         'times 20 W, our assumption for a tier-1 system (8,780 x 0.02 = 175.6, rounded)',
    'regularisation': 'Kenya Power, "Kenya Power targets 150,000 connections in slum electrification project" '
                      '(press release, 30 January 2015, kplc.co.ke): in the slum electrification project with the '
                      'World Bank\'s GPOBA, which replaces informal connections in informal settlements with legal '
                      'prepaid-metered ones, the standard capital contribution is KSh 32,480 per connection '
                      '(GPOBA US$225 = KSh 19,350, Kenya Power KSh 11,970, the customer KSh 1,160); at the '
                      'release\'s own rate (19,350 KSh = 225 USD) that is 377.67 USD, rounded to 378',
    'resilience_premium': 'assumption: 0 (none); no published premium for flood-proofing distribution works '
                          'was found to cite (World Bank, Lifelines, 2019, puts the extra cost of resilient '
                          'infrastructure at about 3% of investment needs, but across all sectors and hazards, not '
                          'as a premium on distribution works in a flood). Set it from local engineering estimates',
    'household_size': 'Kianda village, Kibera (Nairobi): 15,201 people in 4,550 households over the 916 '
                      'structures that count both (Map Kibera structure survey, c. 2012, as published in '
                      'github.com/acrooks2/kiberaTB; shared/realdata/nairobi_kibera), 3.34 persons per '
                      'household, rounded to 3.3. For comparison, Kenya\'s 2019 census: 3.9 nationally (KNBS, '
                      '2019 Kenya Population and Housing Census). Used only where a settlement has no household '
                      'count',
}
#: Persons per household where a settlement has no household count (see SOURCES['household_size']).
HOUSEHOLD_SIZE = 3.3


@dataclass
class EnergyPlan:
    """The options of each settlement and what they cost (arrays by settlement, NaN where unknown)."""

    households: np.ndarray
    to_connect: np.ndarray
    costs: dict                   # option -> cost per household, NaN where the option is not possible
    options: list                 # the option chosen, None without usable geometry
    reasons: list                 # Message
    capex: np.ndarray
    informal: np.ndarray          # households on informal connections, to regularise
    regularisation_cost: np.ndarray
    beneficiaries: np.ndarray     # people in the households connected or regularised
    flood_notes: list             # Message or None


def _array(values, count):
    if values is None:
        return np.full(count, np.nan)
    out = np.asarray(values, dtype=float)
    if out.shape != (count,):
        raise ValueError('expected {0} values, got {1}'.format(count, out.shape))
    return out


def _money(value):
    return round(float(value), 2)


def least_cost_options(grid_distance_m, households=None, population=None, electricity_share=None,
                       informal_share=None, flood_share=None, costs=UnitCosts(), min_tier=2, grid_distance=500.0,
                       extension_distance=3000.0, minigrid_min_population=2000.0, household_size=HOUSEHOLD_SIZE,
                       currency='USD'):
    """The least-cost option of each settlement meeting ``min_tier``, with the cost of each option.

    Parameters
    ----------
    grid_distance_m : array-like
        Distance to the nearest power line (inf without any; NaN for a settlement without usable
        geometry, which gets no option).
    households, population : array-like, optional
        Households and persons per settlement, NaN where unknown; households default to
        population ÷ ``household_size``, and population to households × ``household_size``.
    electricity_share, informal_share, flood_share : array-like, optional
        Shares (0-1): households with electricity, the connected households whose connection is
        informal, and the settlement's area exposed to flooding; NaN where unknown.
    """
    if min_tier not in TIERS:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The minimum tier is {0}: choose 1, 2, 3, 4 or 5.'), min_tier)
    costs.check()
    if not household_size > 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The household size is {0}: give a number of persons above 0.'),
                         household_size)
    distance = np.asarray(grid_distance_m, dtype=float)
    count = len(distance)
    counted = _array(population, count)
    given = _array(households, count)
    homes = np.where(np.isnan(given), np.round(counted / household_size), np.round(given))
    people = np.where(np.isnan(counted), homes * household_size, counted)
    # Persons per household: the settlement's own people over its households (given or counted from them), so
    # that all its households hold exactly its people; households rounded up from the people at the default
    # size would otherwise make more beneficiaries than people (31 people, 8 households of 4: 32).
    size = np.where((homes > 0) & ~np.isnan(counted), people / np.where(homes > 0, homes, 1), household_size)
    share = np.clip(_array(electricity_share, count), 0, 1)
    informal_part = np.clip(_array(informal_share, count), 0, 1)
    flood = np.clip(_array(flood_share, count), 0, 1)
    to_connect = np.where(np.isnan(share), homes, np.round(homes * (1 - np.nan_to_num(share))))
    # NaN unless all three are known; never more than the households already connected (each part is rounded).
    informal = np.minimum(np.round(homes * share * informal_part), homes - to_connect)
    premium = 1 + costs.resilience_premium * np.nan_to_num(flood)

    cost = {option: np.full(count, np.nan) for option in OPTIONS}
    why_not = [dict() for _ in range(count)]
    for i in range(count):
        d = distance[i]
        if math.isnan(d):
            continue
        if d <= grid_distance:
            cost['grid_densification'][i] = _money(costs.connection * premium[i])
        else:
            why_not[i]['grid_densification'] = Message(QT_TRANSLATE_NOOP(
                'Engine', 'power line {0}, beyond {1:,.0f} m'), _away(d), grid_distance)
            sharing = to_connect[i] if to_connect[i] > 0 else homes[i]
            if d > extension_distance:
                why_not[i]['grid_extension'] = Message(QT_TRANSLATE_NOOP(
                    'Engine', 'power line {0}, beyond the extension distance of {1:,.0f} m'), _away(d),
                    extension_distance)
            elif not sharing > 0:
                why_not[i]['grid_extension'] = Message(QT_TRANSLATE_NOOP(
                    'Engine', 'households unknown, so the line\'s cost cannot be shared'))
            else:
                cost['grid_extension'][i] = _money(
                    (costs.mv_line_per_km * d / 1000.0 / sharing + costs.connection) * premium[i])
        if math.isnan(people[i]):
            why_not[i]['mini_grid'] = Message(QT_TRANSLATE_NOOP('Engine', 'population unknown'))
        elif people[i] < minigrid_min_population:
            why_not[i]['mini_grid'] = Message(QT_TRANSLATE_NOOP('Engine', '{0:,.0f} people, fewer than {1:,.0f}'),
                                              people[i], minigrid_min_population)
        else:
            cost['mini_grid'][i] = _money(costs.mini_grid * premium[i])
        cost['standalone_solar'][i] = _money(costs.solar_home_system)

    options, reasons, capex, floods = [], [], np.full(count, np.nan), []
    for i in range(count):
        floods.append(_flood_note(flood[i], costs.resilience_premium))
        if math.isnan(distance[i]):
            options.append(None)
            reasons.append(Message(QT_TRANSLATE_NOOP('Engine', 'no usable settlement geometry')))
            continue
        possible = [o for o in OPTIONS if not math.isnan(cost[o][i])]
        meeting = [o for o in possible if OPTION_TIERS[o] >= min_tier]
        ranked = sorted(meeting or possible, key=lambda o: (cost[o][i], OPTIONS.index(o)))
        chosen = ranked[0]
        options.append(chosen)
        capex[i] = _money(to_connect[i] * cost[chosen][i])
        reasons.append(_reason(chosen, ranked[1:2], bool(meeting), cost, i, min_tier, currency, why_not[i]))
    regularisation = np.where(np.isnan(informal), np.nan, np.round(informal * costs.regularisation, 2))
    beneficiaries = np.round((to_connect + np.nan_to_num(informal)) * size)
    return EnergyPlan(homes, to_connect, cost, options, reasons, capex, informal, regularisation, beneficiaries,
                      floods)


def _away(distance):
    if not np.isfinite(distance):
        return Message(QT_TRANSLATE_NOOP('Engine', 'too far (no line in reach)'))
    return Message(QT_TRANSLATE_NOOP('Engine', '{0:,.0f} m away'), distance)


def _reason(chosen, runner_up, meets, cost, i, min_tier, currency, why_not):
    """Why ``chosen``: its cost, the next best with its cost, and why the others are not possible."""
    word = OPTION_WORDS[chosen]
    if runner_up:
        following = Message(QT_TRANSLATE_NOOP('Engine', '; next best: {0} at {1:,.2f} {2} per household'),
                            OPTION_WORDS[runner_up[0]], cost[runner_up[0]][i], currency)
    elif meets:
        following = Message(QT_TRANSLATE_NOOP('Engine', '; no other option possible here meets tier {0}'), min_tier)
    else:
        following = ''
    # An option and why it is not possible here: "mini-grid (population unknown)".
    unavailable = [Message(QT_TRANSLATE_NOOP('Engine', '{0} ({1})'), OPTION_WORDS[o], why_not[o])
                   for o in OPTIONS if o in why_not]
    if min_tier > OPTION_TIERS['standalone_solar'] and chosen != 'standalone_solar':
        unavailable.append(Message(QT_TRANSLATE_NOOP('Engine', '{0} ({1})'), OPTION_WORDS['standalone_solar'],
                                   Message(QT_TRANSLATE_NOOP('Engine', 'serves tier 1 only'))))
    others = Message(QT_TRANSLATE_NOOP('Engine', '; not possible: {0}'), words(unavailable, '; ')) \
        if unavailable else ''
    if meets:
        return Message(QT_TRANSLATE_NOOP('Engine', '{0} at {1:,.2f} {2} per household, the least cost that meets '
                                                   'tier {3}{4}{5}'),
                       word, cost[chosen][i], currency, min_tier, following, others)
    return Message(QT_TRANSLATE_NOOP('Engine', '{0} at {1:,.2f} {2} per household: no option possible here meets '
                                               'tier {3}, so this is the least-cost one until one does{4}{5}'),
                   word, cost[chosen][i], currency, min_tier, following, others)


def _flood_note(share, premium):
    if math.isnan(share) or share <= 0:
        return None
    note = Message(QT_TRANSLATE_NOOP('Engine', '{0:.0%} of the settlement is exposed to flooding: network works '
                                               'there (poles, lines, service drops, meters) would sit in the hazard; '
                                               'raise them above the flood level or route them outside it'), share)
    if premium > 0:
        return Message(QT_TRANSLATE_NOOP('Engine', '{0} (network costs carry a resilience premium of {1:.0%} on '
                                                   'that share)'), note, premium)
    return note


def plan_summary(options, households, to_connect, capex, informal, regularisation_cost):
    """The energy plan by option and city-wide: a list of dicts, one per option that any settlement got (in the
    order of OPTIONS) and a last one, option 'all', for the city. NaN counts as nothing in the sums; a
    settlement without an option counts in 'all' for its households and informal connections only.

    Keys: option, settlements, households, households_to_connect, capex, informal_to_regularise,
    regularisation_cost."""
    options = list(options)
    columns = {'households': households, 'households_to_connect': to_connect, 'capex': capex,
               'informal_to_regularise': informal, 'regularisation_cost': regularisation_cost}
    columns = {key: np.nan_to_num(np.asarray(values, dtype=float)) for key, values in columns.items()}
    rows = []
    for option in [o for o in OPTIONS if o in options] + ['all']:
        mask = np.array([option == 'all' or o == option for o in options], dtype=bool)
        row = {'option': option, 'settlements': sum(1 for o, m in zip(options, mask) if m and o is not None)}
        for key, values in columns.items():
            total = float(values[mask].sum()) if len(values) else 0.0
            row[key] = round(total, 2) if key in ('capex', 'regularisation_cost') else int(round(total))
        rows.append(row)
    return rows
