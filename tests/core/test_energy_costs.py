"""The energy cost model (core/energy.py) on a small city, every figure worked by hand."""
import re

import numpy as np
import pytest

from resilience_planner.core.energy import OPTIONS, UnitCosts, least_cost_options, plan_summary
from resilience_planner.core.errors import InputError

#: A small city: distance to the grid (m), households, people, electricity, informal (of the connected), flood.
CITY = {
    'A': (200, 200, 1000, 0.5, 0.4, 0.5),       # next to the grid, half flooded
    'B': (2000, 400, 2000, 0.0, np.nan, 0.0),   # 2 km out, exactly the mini-grid's minimum population
    'C': (9728, 400, 2000, 0.0, np.nan, 0.0),   # extension costs exactly a mini-grid's 733.00: a tie
    'D': (9736, 400, 2000, 0.0, np.nan, 0.0),   # 8 m farther: the line costs 0.50 more per household
    'E': (500, 50, 250, 0.0, np.nan, 0.0),      # on the grid distance itself
    'F': (12000, 30, 150, 0.0, np.nan, 0.0),    # small and far: nothing meets tier 2
}


def run(tier=2, **costs):
    columns = list(zip(*CITY.values()))
    return least_cost_options(columns[0], households=columns[1], population=columns[2],
                              electricity_share=columns[3], informal_share=columns[4], flood_share=columns[5],
                              costs=UnitCosts(**costs), min_tier=tier, grid_distance=500, extension_distance=10000,
                              minigrid_min_population=2000)


def row(plan, name):
    return list(CITY).index(name)


def test_cost_of_each_option_per_household():
    plan = run(resilience_premium=0.2)
    a, b, c, d = (row(plan, n) for n in 'ABCD')
    # A: a connection, 125, with the premium on its flooded half: 125 x (1 + 0.2 x 0.5) = 137.50.
    assert plan.costs['grid_densification'][a] == 137.50
    assert np.isnan(plan.costs['grid_extension'][a])            # within 500 m: densified, not extended
    assert np.isnan(plan.costs['mini_grid'][a])                 # 1,000 people, fewer than 2,000
    assert plan.costs['standalone_solar'][a] == 176.0           # no premium: nothing laid in the flood
    # B: 2 km of line at 25,000/km shared by 400 households, plus a connection: 50,000 / 400 + 125 = 250.
    assert plan.costs['grid_extension'][b] == 250.0
    assert plan.costs['mini_grid'][b] == 733.0                  # 2,000 people: the minimum itself qualifies
    # C: 25,000 x 9.728 / 400 + 125 = 608 + 125 = 733.00; D: 25,000 x 9.736 / 400 + 125 = 733.50.
    assert plan.costs['grid_extension'][c] == 733.0
    assert plan.costs['grid_extension'][d] == 733.5


def test_the_choice_at_the_boundaries():
    plan = run()
    chosen = dict(zip(CITY, plan.options))
    assert chosen['A'] == 'grid_densification'
    assert chosen['B'] == 'grid_extension'                      # 250 < 733
    assert chosen['C'] == 'grid_extension'                      # a tie goes to the grid (the first in OPTIONS)
    assert chosen['D'] == 'mini_grid'                           # 733.00 < 733.50
    assert chosen['E'] == 'grid_densification'                  # 500 m is within the grid distance
    assert chosen['F'] == 'standalone_solar'                    # nothing meets tier 2: the cheapest possible
    assert plan.reasons[row(plan, 'F')].startswith('stand-alone solar at 176.00 USD per household: no option '
                                                   'possible here meets tier 2')
    beyond = least_cost_options([500.5], households=[50], minigrid_min_population=2000)
    assert beyond.options == ['grid_extension']                 # 0.5 m beyond: the line runs all 500.5 m
    assert beyond.costs['grid_extension'][0] == 375.25          # 25,000 x 0.5005 / 50 + 125
    # Tier 1 lets stand-alone solar (176) beat a mini-grid (733) and a long line.
    tier1 = dict(zip(CITY, run(tier=1).options))
    assert tier1['D'] == 'standalone_solar' and tier1['F'] == 'standalone_solar'
    assert tier1['A'] == 'grid_densification'                   # 125 < 176


def test_households_capex_informal_and_beneficiaries():
    plan = run(resilience_premium=0.2)
    a, b = row(plan, 'A'), row(plan, 'B')
    assert plan.households[a] == 200 and plan.to_connect[a] == 100         # half already have electricity
    assert plan.capex[a] == 100 * 137.50 == 13750.0
    assert plan.informal[a] == 200 * 0.5 * 0.4 == 40                       # 40% of the 100 connected
    assert plan.regularisation_cost[a] == 40 * 378 == 15120.0                # the default regularisation, 378
    assert plan.beneficiaries[a] == (100 + 40) * 5                         # 1,000 people / 200 households
    assert plan.capex[b] == 400 * 250.0
    assert np.isnan(plan.informal[b]) and np.isnan(plan.regularisation_cost[b])    # not known: not zero
    # Households from the population where there is no count, at the default 3.3 persons a household:
    # 1,000 / 3.3 = 303.03, so 303 households, all connected at 125.
    alone = least_cost_options([100], population=[1000])
    assert alone.households[0] == 303 and alone.capex[0] == 303 * 125 == 37875


def test_the_reason_quotes_the_outputs_own_figures():
    plan = run(resilience_premium=0.2)
    for index, reason in enumerate(plan.reasons):
        amounts = [float(x.replace(',', '')) for x in re.findall(r'([\d,]+\.\d\d) USD per household', reason)]
        chosen = plan.options[index]
        assert amounts[0] == plan.costs[chosen][index]
        if 'next best' in reason:
            runner = re.search(r'next best: (.+?) at', reason).group(1)
            option = {'grid densification': 'grid_densification', 'grid extension': 'grid_extension',
                      'mini-grid': 'mini_grid', 'stand-alone solar': 'standalone_solar'}[runner]
            assert amounts[1] == plan.costs[option][index]
            others = [plan.costs[o][index] for o in OPTIONS if o != chosen and not np.isnan(plan.costs[o][index])
                      and (o != 'standalone_solar')]
            assert amounts[1] == min(others)
    b = plan.reasons[row(plan, 'B')]
    assert b == ('grid extension at 250.00 USD per household, the least cost that meets tier 2; next best: '
                 'mini-grid at 733.00 USD per household; not possible: grid densification (power line 2,000 m '
                 'away, beyond 500 m); stand-alone solar (serves tier 1 only)')
    assert b.template.startswith('{0} at {1:,.2f}')          # a template the QGIS side translates


def test_flood_note_only_where_exposed():
    plan = run(resilience_premium=0.2)
    assert plan.flood_notes[row(plan, 'A')].startswith('50% of the settlement is exposed to flooding')
    assert 'resilience premium of 20%' in plan.flood_notes[row(plan, 'A')]
    assert plan.flood_notes[row(plan, 'B')] is None


def test_summary_by_option_and_city_wide():
    plan = run(resilience_premium=0.2)
    rows = {r['option']: r for r in plan_summary(plan.options, plan.households, plan.to_connect, plan.capex,
                                                 plan.informal, plan.regularisation_cost)}
    assert list(rows) == ['grid_densification', 'grid_extension', 'mini_grid', 'standalone_solar', 'all']
    assert rows['grid_densification']['settlements'] == 2                        # A and E
    assert rows['grid_densification']['capex'] == 13750.0 + 50 * 125.0
    assert rows['grid_extension']['capex'] == 400 * 250.0 + 400 * 733.0           # B and C
    assert rows['mini_grid']['households_to_connect'] == 400
    assert rows['all']['households'] == 200 + 400 * 3 + 50 + 30
    assert rows['all']['capex'] == pytest.approx(sum(r['capex'] for k, r in rows.items() if k != 'all'))
    assert rows['all']['informal_to_regularise'] == 40 and rows['all']['regularisation_cost'] == 15120.0


def test_bad_parameters_are_named():
    with pytest.raises(InputError, match='minimum tier is 7'):
        least_cost_options([100], households=[10], min_tier=7)
    with pytest.raises(InputError, match='"mini_grid" is -1'):
        least_cost_options([100], households=[10], costs=UnitCosts(mini_grid=-1.0))


def test_beneficiaries_are_never_more_than_the_people():
    """Households counted from the people are rounded; the people they hold are still the settlement's people.
    32 people at 3.3 a household are 10 households (9.70 rounded): all 10 connected serve the 32, not
    10 x 3.3 = 33."""
    plan = least_cost_options([100, 100, 100], population=[32, 3, 10], electricity_share=[0.0, 0.0, 0.5],
                              informal_share=[0.0, 0.0, 1.0])
    assert plan.households.tolist() == [10, 1, 3] and plan.to_connect.tolist() == [10, 1, 2]
    # 10 people in 3 households (3.03 rounded), half connected: 1.5 connected rounds to 2 to connect, and of the
    # 1 left connected (not 1.5 rounded to 2) the whole is informal: 3 households, all 10 people.
    assert plan.informal.tolist()[2] == 1
    assert plan.beneficiaries.tolist() == [32, 3, 10]
    # With a household count, its own size: 1,000 people in 200 households, 50 to connect: 250 people.
    counted = least_cost_options([100], households=[200], population=[1000], electricity_share=[0.75])
    assert counted.beneficiaries.tolist() == [250]
