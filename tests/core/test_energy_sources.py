"""The energy cost model's defaults and their sources: the household size is recomputed from the real Kianda
village survey (shared/realdata/nairobi_kibera/kianda_village, Map Kibera, c. 2012), and every default is named
with its source in core.energy.SOURCES and in the algorithm's help."""
from dataclasses import fields

import fiona

from resilience_planner import assets
from resilience_planner.core.energy import HOUSEHOLD_SIZE, SOURCES, UnitCosts


def test_the_default_household_size_is_kiandas_people_over_its_households(realdata):
    path = realdata / 'nairobi_kibera' / 'kianda_village' / 'structures_population.gpkg'
    with fiona.open(path) as source:
        counts = [(f['properties']['POP'], f['properties']['HOUSEHOLD']) for f in source]
    assert len(counts) == 1510
    # The structures that count both people and households (not empty ones, nor those with one count only).
    both = [(people, homes) for people, homes in counts if people and homes and people > 0 and homes > 0]
    people, households = sum(p for p, _ in both), sum(h for _, h in both)
    assert (len(both), people, households) == (916, 15201, 4550)
    assert round(people / households, 2) == 3.34
    assert round(people / households, 1) == HOUSEHOLD_SIZE == 3.3
    assert '15,201 people in 4,550 households' in SOURCES['household_size']


def test_every_default_names_its_source_here_and_in_the_help():
    defaults = {spec.name: getattr(UnitCosts(), spec.name) for spec in fields(UnitCosts)}
    assert set(SOURCES) == set(defaults) | {'household_size'}
    assert all(len(text) > 40 for text in SOURCES.values())
    with open(assets.help_path('energyaccess'), encoding='utf-8') as handle:
        help_text = ' '.join(handle.read().split())
    # The help quotes each default as the engine has it, beside where it comes from.
    for quoted in ('Grid connection 125 USD', 'medium-voltage line 25,000 USD per km', 'Mini-grid 733 USD',
                   'Solar home system 176 USD', 'Regularisation 378 USD', 'Resilience premium 0',
                   'Persons per household 3.3'):
        assert quoted in help_text, quoted
    assert (defaults['connection'], defaults['mv_line_per_km'], defaults['mini_grid']) == (125.0, 25000.0, 733.0)
    assert (defaults['solar_home_system'], defaults['regularisation'], defaults['resilience_premium']) == (
        176.0, 378.0, 0.0)
    # The regularisation cost is the source's KSh 32,480 at its own rate, KSh 19,350 = US$225.
    assert round(32480 * 225 / 19350) == defaults['regularisation']
    assert 'KSh 32,480' in SOURCES['regularisation'] and 'KSh 19,350' in SOURCES['regularisation']
