"""The report's content: the rows, texts and charts' bars that fill its layout (``report``).

Built from the ranking, the register and the inputs, with the plugin's one rule for each figure (budgets from
``core.actions.budget``, names from ``names``); the Processing algorithm only gathers the layers.
"""
import datetime
import math

from qgis.core import NULL
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import InputError
from .layers import as_float, layer_label
from .report import RANKING_ROWS, describe_layer, settings_of, versions


def tr(text):
    return QCoreApplication.translate('ReportContent', text)


def coverage(actions, ranking, key_field, transform_context):
    """The register's coverage of the ranked settlements, and its records; (None, []) without a register."""
    if actions is None:
        return None, []
    from .register import coverage_of
    if actions.fields().lookupField('status') < 0:
        raise InputError(tr('Layer "{0}" is not a planned-action register.').format(layer_label(actions)))
    result, records = coverage_of(list(actions.getFeatures()), actions.crs(), list(ranking.getFeatures()),
                                  ranking.crs(), key_field, transform_context)
    return result, records

def ranking_rows(features, name_field, key_field, served, with_actions):
    """The ranking table's rows: rank, name, people, priority, drivers, rank range, stable, served."""
    rows = []
    for feature in features[:RANKING_ROWS]:
        drivers = ', '.join('{0} {1:.0%}'.format(feature[d], as_float(feature[d + '_share']))
                            for d in ('driver_1', 'driver_2')
                            if feature.fields().lookupField(d) >= 0 and feature[d] not in (None, NULL))
        low, high = as_float(feature['rank_p05']), as_float(feature['rank_p95'])
        stable = feature['rank_stable'] if feature.fields().lookupField('rank_stable') >= 0 else None
        rows.append([
            str(feature['priority_rank']),
            _name(feature, name_field, key_field),
            _format(feature['grid_population'] if feature.fields().lookupField('grid_population') >= 0 else None),
            '{0:.1f}'.format(as_float(feature['priority_mean'])), drivers,
            '{0:.0f}–{1:.0f}'.format(low, high) if not math.isnan(low) else '',
            '' if stable in (None, NULL) else (tr('yes') if stable else tr('no')),
            (tr('yes') if served.get(feature.id(), 0) > 0 else tr('no')) if with_actions else '—'])
    if len(features) > RANKING_ROWS:
        rows.append(['', tr('… and {0} more in the ranking layer').format(len(features) - RANKING_ROWS),
                     '', '', '', '', '', ''])
    return rows

def action_rows(records, coverage):
    """The action plan's rows, active actions first and the costliest first within a status."""
    order = {'in progress': 0, 'approved': 1, 'proposed': 2, 'done': 3, 'cancelled': 4}
    rows = []
    def cost_key(record):
        cost = as_float(record.get('cost_estimate'))
        return -cost if not math.isnan(cost) else math.inf       # actions without a cost come last
    numbered = sorted(enumerate(records), key=lambda pair: (order.get(pair[1].get('status'), 5),
                                                           cost_key(pair[1])))
    for number, record in numbered[:22]:
        cost = as_float(record.get('cost_estimate'))
        people = as_float(record.get('beneficiaries'))
        if math.isnan(people) and coverage is not None:
            people = as_float(coverage.beneficiaries[number])
        rows.append([_short(record.get('title') or '', 60), record.get('action_type') or '',
                     record.get('status') or '',
                     record.get('funding_status') or '',
                     '' if math.isnan(cost) else '{0:,.0f} {1}'.format(cost, record.get('currency') or ''),
                     _format(people), _short(record.get('settlements') or '', 30)])
    if not rows:
        rows.append([tr('No planned action yet.') if coverage is not None else
                     tr('No action register was given.'), '', '', '', '', '', ''])
    return rows

def gaps(features, name_field, key_field, served, with_actions):
    """The high-priority settlements no active action serves, as text."""
    if not with_actions:
        return tr('No action register was given: the gaps are not known.')
    gaps = [f for f in features if as_float(f['priority_class']) >= 4 and served.get(f.id(), 0) == 0]
    lines = [tr('High priority, no active action ({0}):').format(len(gaps))]
    for feature in gaps[:18]:
        name = _name(feature, name_field, key_field)
        lines.append('{0}. {1} (priority {2:.1f})'.format(feature['priority_rank'], name,
                                                          as_float(feature['priority_mean'])))
    if len(gaps) > 18:
        lines.append(tr('… and {0} more').format(len(gaps) - 18))
    return '\n'.join(lines)

def budgets(records):
    """Budget by funding status and by hazard of the active actions, per currency (core.actions.budget).

    Returns the two charts' bars as (label, amount, currency); amounts in different currencies
    are never added, and each bar says its currency when there are several.
    """
    from ..core.actions import FUNDING_STATUSES, budget, is_active
    costs = budget([r for r in records if is_active(r)])
    if not costs.totals:
        return [(status, 0.0, '') for status in FUNDING_STATUSES], [(tr('none'), 0.0, '')]
    several = costs.single is None
    without = tr('no currency')

    def bars(table, keys, names=None):
        names = names or {}
        return [('{0} · {1}'.format(names.get(key, key), currency or without) if several else names.get(key, key),
                 amount, currency) for key, currency, amount in costs.bars(table, keys)]
    hazards = sorted(costs.by_hazard, key=lambda h: -max(costs.by_hazard[h].values()))
    return (bars(costs.by_funding, FUNDING_STATUSES),
            bars(costs.by_hazard, hazards, {'': tr('not stated')}))

def method(ranking, priority, boundary, roads, actions, unranked, features):
    """The method page: how priorities were made, from which inputs, and the caveats."""
    settings = settings_of(ranking)
    weights = ', '.join('{0} {1:.0%}'.format(k, w) for k, w in zip(settings.get('keys', []),
                                                                    settings.get('weights', [])))
    lines = [
        tr('Priority = weighted {0} of criterion scores (0-1), times 100. Criteria and weights: {1}.').format(
            settings.get('method', '?'), weights or tr('not recorded')),
        tr('Missing data: {0}. Classes 1-5 are city-wide quantiles of the map cells; a settlement\'s class '
                'is that of its priority.').format(settings.get('missing', '?')),
        tr('Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same '
                'quintile in at least 90 % of runs.').format(settings.get('runs', '?'),
                                                             settings.get('spread', '?')),
    ]
    functions = next((f['priority_functions'] for f in features
                      if f.fields().lookupField('priority_functions') >= 0 and f['priority_functions']), None)
    if functions:
        lines.append(tr('Scoring (value functions): {0}.').format(functions))
    lines += ['', tr('Inputs:')]
    for layer in [ranking, priority, boundary] + [layer for layer in (roads, actions) if layer is not None]:
        lines.append('  ' + describe_layer(layer))
    completeness = [as_float(f['priority_completeness']) for f in features
                    if f.fields().lookupField('priority_completeness') >= 0]
    partial = sum(1 for c in completeness if c < 0.999)
    lines += ['', tr('Caveats:')]
    if unranked:
        lines.append('  ' + tr('{0} settlement(s) are not ranked (no cell with data inside the boundary).')
                     .format(unranked))
    if partial:
        lines.append('  ' + tr('{0} settlement(s) lack data for part of the criteria weight; their priority '
                                    'uses the criteria present (see priority_completeness).').format(partial))
    if not unranked and not partial:
        lines.append('  ' + tr('Every settlement is ranked with every criterion present.'))
    lines.append('  ' + tr('Figures are modelled from the input data; check them on the ground before '
                                'committing funds.'))
    lines += ['', versions() + '; ' + datetime.date.today().isoformat()]
    return '\n'.join(lines)


def _name(feature, field, key=None):
    from .names import settlement_label
    return _short(settlement_label(feature, field, key), 40)


def _short(text, limit):
    return text if len(text) <= limit else text[:limit - 1] + '…'


def _format(value):
    number = as_float(value)
    return '' if math.isnan(number) else '{0:,.0f}'.format(number)

