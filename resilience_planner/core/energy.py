"""Energy access options per settlement, by a rule set a planner can read and argue with.

The rules, in order (distances from the settlement's outline, in metres):

1. Within ``grid_distance`` of a power line: **grid_densification**: connect the
   households still without electricity to the grid that is already there.
2. Beyond it but within ``extension_distance``, with at least ``minigrid_min_population``
   people: **grid_extension**: enough demand close enough to extend the lines.
3. Farther, with at least ``minigrid_min_population`` people: **mini_grid**: a local
   grid (solar with storage, typically) serves the dense demand the main grid cannot reach.
4. Otherwise: **standalone_solar**: solar home systems and kits for small or scattered
   demand far from the grid.

A settlement whose population is unknown cannot pass the population tests of rules 2
and 3; the reason says so.
"""
import math

import numpy as np

OPTIONS = ('grid_densification', 'grid_extension', 'mini_grid', 'standalone_solar')


def energy_options(grid_distance_m, population, electricity_share, grid_distance=500.0,
                   extension_distance=3000.0, minigrid_min_population=2000.0):
    """Option and reason per settlement.

    Parameters
    ----------
    grid_distance_m : array-like
        Distance to the nearest power line (inf without any; NaN for a settlement
        without usable geometry, which gets no option).
    population : array-like
        Persons per settlement, NaN where unknown.
    electricity_share : array-like
        Share of households with electricity (0-1), NaN where unknown.
    """
    options, reasons = [], []
    for distance, people, share in zip(np.asarray(grid_distance_m, float), np.asarray(population, float),
                                       np.asarray(electricity_share, float)):
        if math.isnan(distance):
            options.append(None)                       # no usable geometry: nothing to recommend
            reasons.append('no usable settlement geometry')
            continue
        connected = '' if math.isnan(share) else '; {0:.0%} of households have electricity'.format(share)
        line = 'power line {0} away'.format(
            'too far' if not np.isfinite(distance) else '{0:,.0f} m'.format(distance))
        known = not math.isnan(people)
        if distance <= grid_distance:
            options.append('grid_densification')
            reasons.append('{0}, within {1:,.0f} m{2}'.format(line, grid_distance, connected))
        elif known and people >= minigrid_min_population and distance <= extension_distance:
            options.append('grid_extension')
            reasons.append('{0:,.0f} people, {1} (within {2:,.0f} m){3}'.format(
                people, line, extension_distance, connected))
        elif known and people >= minigrid_min_population:
            options.append('mini_grid')
            reasons.append('{0:,.0f} people, {1} (beyond {2:,.0f} m){3}'.format(
                people, line, extension_distance, connected))
        else:
            options.append('standalone_solar')
            why = ('population unknown' if not known else
                   '{0:,.0f} people, fewer than {1:,.0f}'.format(people, minigrid_min_population))
            reasons.append('{0}, {1}{2}'.format(why, line, connected))
    return options, reasons
