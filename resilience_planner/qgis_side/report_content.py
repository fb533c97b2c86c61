"""The report's content: the rows, texts and charts' bars that fill its layout (``report``).

Built from the ranking, the register and the inputs, with the plugin's one rule for each figure (budgets from
``core.actions.budget``, names from ``names``); the Processing algorithm only gathers the layers.
"""
import datetime
import math
import os
import re

from qgis.core import NULL

from ..core.errors import InputError
from .layers import as_float, layer_label
from .report import settings_of, versions
from .translation import Context

ReportContent = Context('ReportContent')


def coverage(actions, ranking, key_field, transform_context):
    """The register's coverage of the ranked settlements, and its records; (None, []) without a register."""
    if actions is None:
        return None, []
    from .register import coverage_of
    if actions.fields().lookupField('status') < 0:
        raise InputError(ReportContent.tr('Layer "{0}" is not a planned-action register.').format(layer_label(actions)))
    result, records = coverage_of(list(actions.getFeatures()), actions.crs(), list(ranking.getFeatures()),
                                  ranking.crs(), key_field, transform_context)
    return result, records

def criterion_labels(ranking):
    """A reader's name for each criterion key of the ranking's priority run: {'flood_depth': 'Flood depth', ...},
    by the plugin's one rule (names.criterion_labels), from the criteria the run recorded in the ranking."""
    from qgis.core import QgsFeatureRequest

    from .names import CRITERIA_FIELD, recorded_criteria
    from .names import criterion_labels as labels_of
    keys = [str(key) for key in settings_of(ranking).get('keys', [])]
    criteria = []
    if ranking.fields().lookupField(CRITERIA_FIELD) >= 0:
        request = QgsFeatureRequest().setLimit(1).setSubsetOfAttributes([CRITERIA_FIELD], ranking.fields())
        for feature in ranking.getFeatures(request):
            criteria = recorded_criteria(feature[CRITERIA_FIELD])
    return dict(zip(keys, labels_of(keys, criteria)))


def criterion_label(key, labels):
    """``key``'s label, or the key made readable when the run did not record it."""
    return labels.get(key) or _humane(key)


def _humane(key):
    text = re.sub(r'[_\s]+', ' ', str(key)).strip()
    return text[:1].upper() + text[1:] if text else str(key)


def ranking_rows(features, name_field, key_field, served, with_actions, labels=None):
    """The ranking table's rows, one for every ranked settlement: rank, name, people, priority, main drivers
    (criterion labels and shares), rank range, stable, served by an action."""
    labels = labels or {}
    rows = []
    for feature in features:
        drivers = ', '.join('{0} {1:.0%}'.format(criterion_label(feature[d], labels), as_float(feature[d + '_share']))
                            for d in ('driver_1', 'driver_2')
                            if feature.fields().lookupField(d) >= 0 and feature[d] not in (None, NULL))
        low, high = as_float(feature['rank_p05']), as_float(feature['rank_p95'])
        stable = feature['rank_stable'] if feature.fields().lookupField('rank_stable') >= 0 else None
        rows.append([
            str(feature['priority_rank']),
            _name(feature, name_field, key_field),
            _format(feature['grid_population'] if feature.fields().lookupField('grid_population') >= 0 else None),
            '{0:.1f}'.format(as_float(feature['priority_mean'])), _short(drivers, 70),
            '{0:.0f}–{1:.0f}'.format(low, high) if not math.isnan(low) else '',
            '' if stable in (None, NULL) else (ReportContent.tr('yes') if stable else ReportContent.tr('no')),
            (ReportContent.tr('yes') if served.get(feature.id(), 0) > 0 else ReportContent.tr('no'))
            if with_actions else '—'])
    return rows


def map_note(count):
    """The cover's key to the numbers on the map."""
    return ReportContent.tr('Numbers on the map are the settlements\' ranks (1 = highest priority), as in the ranking '
                            'table that follows; where numbers would overlap, the higher-ranked one is shown. {0} '
                            'settlements ranked.'
                            ).format('{0:,}'.format(count))


def action_rows(records, coverage):
    """The action plan's rows, active actions first and the costliest first within a status."""
    order = {'in progress': 0, 'approved': 1, 'proposed': 2, 'done': 3, 'cancelled': 4}
    rows = []
    def cost_key(record):
        cost = as_float(record.get('cost_estimate'))
        return -cost if not math.isnan(cost) else math.inf       # actions without a cost come last
    numbered = sorted(enumerate(records), key=lambda pair: (order.get(pair[1].get('status'), 5),
                                                           cost_key(pair[1])))
    for number, record in numbered:           # every action: the table runs over pages when needed
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
        rows.append([ReportContent.tr('No planned action yet.') if coverage is not None else
                     ReportContent.tr('No action register was given.'), '', '', '', '', '', ''])
    return rows

def gaps(features, name_field, key_field, served, with_actions):
    """The high-priority settlements no active action serves, as text."""
    if not with_actions:
        return ReportContent.tr('No action register was given: the gaps are not known.')
    gaps = [f for f in features if as_float(f['priority_class']) >= 4 and served.get(f.id(), 0) == 0]
    lines = [ReportContent.tr('High priority, no active action ({0}):').format(len(gaps))]
    for feature in gaps[:18]:
        name = _name(feature, name_field, key_field)
        lines.append('{0}. {1} (priority {2:.1f})'.format(feature['priority_rank'], name,
                                                          as_float(feature['priority_mean'])))
    if len(gaps) > 18:
        lines.append(ReportContent.tr('… and {0} more').format(len(gaps) - 18))
    return '\n'.join(lines)

def budgets(records):
    """Budget by funding status and by hazard of the active actions, per currency (core.actions.budget).

    Returns the two charts' bars as (label, amount, currency); amounts in different currencies
    are never added, and each bar says its currency when there are several.
    """
    from ..core.actions import FUNDING_STATUSES, budget, is_active
    costs = budget([r for r in records if is_active(r)])
    if not costs.totals:
        return [(status, 0.0, '') for status in FUNDING_STATUSES], [(ReportContent.tr('none'), 0.0, '')]
    several = costs.single is None
    without = ReportContent.tr('no currency')

    def bars(table, keys, names=None):
        names = names or {}
        return [('{0} · {1}'.format(names.get(key, key), currency or without) if several else names.get(key, key),
                 amount, currency) for key, currency, amount in costs.bars(table, keys)]
    hazards = sorted(costs.by_hazard, key=lambda h: -max(costs.by_hazard[h].values()))
    return (bars(costs.by_funding, FUNDING_STATUSES),
            bars(costs.by_hazard, hazards, {'': ReportContent.tr('not stated')}))

def method(ranking, priority, boundary, roads, actions, unranked, features):
    """The method page: how priorities were made, from which inputs, and the caveats."""
    settings = settings_of(ranking)
    labels = criterion_labels(ranking)
    weights = ', '.join('{0} {1:.0%}'.format(criterion_label(k, labels), w)
                        for k, w in zip(settings.get('keys', []), settings.get('weights', [])))
    lines = [
        ReportContent.tr('Priority = weighted {0} of criterion scores (0-1), times 100. Criteria and weights: '
                         '{1}.').format(
                          settings.get('method', '?'), weights or ReportContent.tr('not recorded')),
        ReportContent.tr('Missing data: {0}. Classes 1-5 are city-wide quantiles of the map cells; a settlement\'s '
                         'class is that of its priority.').format(settings.get('missing', '?')),
        ReportContent.tr('Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same '
                         'quintile in at least 90 % of runs.').format(settings.get('runs', '?'),
                                                                      settings.get('spread', '?')),
    ]
    functions = next((f['priority_functions'] for f in features
                      if f.fields().lookupField('priority_functions') >= 0 and f['priority_functions']), None)
    if functions:
        for key in sorted(labels, key=len, reverse=True):                # "flood_depth: linear ..." by its label
            functions = re.sub(r'(^|; ){0}:'.format(re.escape(key)),
                               lambda match, key=key: '{0}{1}:'.format(match.group(1), labels[key]), functions)
        lines.append(ReportContent.tr('Scoring (value functions): {0}.').format(functions))
    lines += [''] + describe_inputs([ranking, priority, boundary] + [layer for layer in (roads, actions)
                                                                      if layer is not None])
    completeness = [as_float(f['priority_completeness']) for f in features
                    if f.fields().lookupField('priority_completeness') >= 0]
    partial = sum(1 for c in completeness if c < 0.999)
    lines += ['', ReportContent.tr('Reading the ranking:'),
              '  ' + ReportContent.tr('Rank: 1 is the highest priority. Priority: 0 (lowest) to 100 (highest), the '
                                      'weighted criterion scores of the settlement\'s own cells.'),
              '  ' + ReportContent.tr('People: persons counted in the settlement on the population grid. Main drivers: '
                                      'the two criteria that contribute most to its priority, with their share of it.'),
              '  ' + ReportContent.tr('Rank range: the 5th to 95th percentile of its rank over the weight sensitivity '
                                      'runs. Stable: it stays in the same priority fifth in at least 90 % of the '
                                      'runs.'),
              '  ' + ReportContent.tr('Action: "yes" when a planned action that is not cancelled (proposed, approved, '
                                      'in progress, done) covers it; "—" when no register was given.')]
    lines += ['', ReportContent.tr('Caveats:')]
    if unranked:
        lines.append('  ' + ReportContent.tr('{0} settlement(s) are not ranked (no cell with data inside the '
                                             'boundary).')
                     .format(unranked))
    if partial:
        lines.append('  ' + ReportContent.tr('{0} settlement(s) lack data for part of the criteria weight; their '
                                             'priority uses the criteria present (see '
                                             'priority_completeness).').format(partial))
    if not unranked and not partial:
        lines.append('  ' + ReportContent.tr('Every settlement is ranked with every criterion present.'))
    lines.append('  ' + ReportContent.tr('Figures are modelled from the input data; check them on the ground before '
                                              'committing funds.'))
    lines += ['', versions() + '; ' + datetime.date.today().isoformat()]
    return '\n'.join(lines)


def describe_inputs(layers):
    """The method page's inputs: each folder once, then its files by name, with their CRS and date.

    A GeoPackage's layer is named after its file ("city.gpkg, layer roads"); a layer that is no file
    (in memory, a database, a web service) says so instead of printing a long source string."""
    from qgis.core import QgsProviderRegistry
    folders, elsewhere = {}, []
    for layer in layers:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = parts.get('path') or ''
        crs = layer.crs().authid() or layer.crs().description()
        if path and os.path.isfile(path):
            when = datetime.datetime.fromtimestamp(os.path.getmtime(path)).strftime('%Y-%m-%d')
            name = os.path.basename(path)
            if parts.get('layerName'):
                name = ReportContent.tr('{0}, layer {1}').format(name, parts['layerName'])
            folder = os.path.dirname(os.path.abspath(path))
            folders.setdefault(folder, []).append(ReportContent.tr('{0} — {1}, file of {2}').format(name, crs, when))
        elif layer.providerType() == 'postgres':            # a table of a database: named, never its password
            from qgis.core import QgsDataSourceUri

            from .register_pg import describe
            uri = QgsDataSourceUri(layer.source())
            elsewhere.append(ReportContent.tr('table {0}.{1} of {2} — {3}, database table').format(
                uri.schema(), uri.table(), describe(uri), crs))
        else:
            elsewhere.append(ReportContent.tr('"{0}" — {1}, {2} layer (not a file)').format(
                layer_label(layer), crs, layer.providerType()))
    lines = [ReportContent.tr('Inputs:')]
    for folder, files in folders.items():
        lines.append('  ' + ReportContent.tr('in {0}:').format(folder))
        lines += ['    ' + line for line in files]
    lines += ['  ' + line for line in elsewhere]
    return lines


def _name(feature, field, key=None):
    from .names import settlement_label
    return _short(settlement_label(feature, field, key), 40)


def _short(text, limit):
    return text if len(text) <= limit else text[:limit - 1] + '…'


def _format(value):
    number = as_float(value)
    return '' if math.isnan(number) else '{0:,.0f}'.format(number)

