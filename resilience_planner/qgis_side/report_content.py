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
from .numbers_format import current as numbers
from .report import settings_of, versions
from .translation import Context, translate

ReportContent = Context('ReportContent')


def QT_TRANSLATE_NOOP(context, text):
    """Marks ``text`` for extraction under ``context``; :func:`word` translates it when it is shown."""
    return text


#: The priority run's own words that the report shows (its method and missing-data rule): kept in the data as
#: written here, shown in the report's language. The register's values (statuses, funding, action types,
#: hazards) are register.VALUE_WORDS, the one table the dock, the QGIS form and the report share.
WORDS = frozenset((
    QT_TRANSLATE_NOOP('ReportContent', 'sum'), QT_TRANSLATE_NOOP('ReportContent', 'product'),
    QT_TRANSLATE_NOOP('ReportContent', 'reweight'), QT_TRANSLATE_NOOP('ReportContent', 'zero'),
    QT_TRANSLATE_NOOP('ReportContent', 'nodata'),
))


#: The method page's first sentence for each aggregation method, and its sentence for each missing-data rule.
METHOD_SENTENCES = {
    'sum': QT_TRANSLATE_NOOP('ReportContent', 'Priority = weighted sum of criterion scores (0-1), times 100. '
                                              'Criteria and weights: {0}.'),
    'product': QT_TRANSLATE_NOOP('ReportContent', 'Priority = weighted product of criterion scores (0-1), times '
                                                  '100. Criteria and weights: {0}.'),
}
MISSING_SENTENCES = {
    'reweight': QT_TRANSLATE_NOOP('ReportContent', 'Missing data: where a criterion has no value, the weights are '
                                                   'shared over the criteria present.'),
    'zero': QT_TRANSLATE_NOOP('ReportContent', 'Missing data: a criterion without a value counts as score 0.'),
    'nodata': QT_TRANSLATE_NOOP('ReportContent', 'Missing data: a cell where any criterion has no value has no '
                                                 'priority.'),
}


def word(value):
    """A register value (register.VALUE_WORDS) or one of WORDS in the report's language; any other value (a
    planner's own word) as written."""
    from .register import VALUE_WORDS, value_label
    text = '' if value in (None, NULL) else str(value)
    if text in WORDS:
        return translate('ReportContent', text)
    return value_label(text) if text.strip().lower() in VALUE_WORDS else text


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
    formats = numbers()
    rows = []
    for feature in features:
        drivers = ', '.join('{0} {1}'.format(criterion_label(feature[d], labels),
                                             formats.percent(as_float(feature[d + '_share'])))
                            for d in ('driver_1', 'driver_2')
                            if feature.fields().lookupField(d) >= 0 and feature[d] not in (None, NULL))
        low, high = as_float(feature['rank_p05']), as_float(feature['rank_p95'])
        stable = feature['rank_stable'] if feature.fields().lookupField('rank_stable') >= 0 else None
        rows.append([
            str(feature['priority_rank']),
            _name(feature, name_field, key_field),
            _format(feature['grid_population'] if feature.fields().lookupField('grid_population') >= 0 else None),
            formats.decimal(as_float(feature['priority_mean']), 1), _short(drivers, 70),
            formats.range(low, high) if not math.isnan(low) else '',
            '' if stable in (None, NULL) else (ReportContent.tr('yes') if stable else ReportContent.tr('no')),
            (ReportContent.tr('yes') if served.get(feature.id(), 0) > 0 else ReportContent.tr('no'))
            if with_actions else '—'])
    return rows


def map_note(count):
    """The cover's key to the numbers on the map."""
    return ReportContent.tr('Numbers on the map are the settlements\' ranks (1 = highest priority), as in the ranking '
                            'table that follows; where numbers would overlap, the higher-ranked one is shown. {0} '
                            'settlements ranked.'
                            ).format(numbers().integer(count))


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
        rows.append([_short(record.get('title') or '', 60), word(record.get('action_type')),
                     word(record.get('status')),
                     word(record.get('funding_status')),
                     numbers().money(cost, record.get('currency')),
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
    lines = [ReportContent.tr('High priority, no active action ({0}):').format(numbers().integer(len(gaps)))]
    for feature in gaps[:18]:
        name = _name(feature, name_field, key_field)
        lines.append(ReportContent.tr('{0}. {1} (priority {2})').format(
            feature['priority_rank'], name, numbers().decimal(as_float(feature['priority_mean']), 1)))
    if len(gaps) > 18:
        lines.append(ReportContent.tr('… and {0} more').format(numbers().integer(len(gaps) - 18)))
    return '\n'.join(lines)

def budgets(records):
    """Budget by funding status and by hazard of the active actions, per currency (core.actions.budget).

    Returns the two charts' bars as (label, amount, currency); amounts in different currencies
    are never added, and each bar says its currency when there are several.
    """
    from ..core.actions import FUNDING_STATUSES, budget, is_active
    costs = budget([r for r in records if is_active(r)])
    if not costs.totals:
        return [(word(status), 0.0, '') for status in FUNDING_STATUSES], [(ReportContent.tr('none'), 0.0, '')]
    several = costs.single is None
    without = ReportContent.tr('no currency')

    def bars(table, keys, names=None):
        names = names or {}
        return [('{0} · {1}'.format(names.get(key, word(key)), currency or without) if several
                 else names.get(key, word(key)),
                 amount, currency) for key, currency, amount in costs.bars(table, keys)]
    hazards = sorted(costs.by_hazard, key=lambda h: -max(costs.by_hazard[h].values()))
    return (bars(costs.by_funding, FUNDING_STATUSES),
            bars(costs.by_hazard, hazards, {'': ReportContent.tr('not stated')}))

#: The pipeline's readiness bands (core.actions.readiness.BANDS) as the report's page names them.
BAND_WORDS = {'ready': QT_TRANSLATE_NOOP('ReportContent', 'ready (0.8 or more)'),
              'in preparation': QT_TRANSLATE_NOOP('ReportContent', 'in preparation (0.5 to 0.8)'),
              'early': QT_TRANSLATE_NOOP('ReportContent', 'early (under 0.5)')}


def pipeline(actions, ranking, key_field, name_field, transform_context, warn):
    """The finance pipeline's page: {'rows', 'hazard_rows', 'note'}, or None without a register.

    Readiness is computed by the code of resilienceplanner:financereadiness (finance.assess_register and
    finance.summaries) from the register and the ranking alone, so the page's figures are that algorithm's
    PIPELINE and HAZARD_COSTS outputs for the same two layers; the exposure evidence needs the exposure output,
    which the report does not read, and the note says so."""
    if actions is None:
        return None
    from ..core.actions.readiness import CHECKLIST
    from .finance import Layer, assess_register, summaries
    records, assessed = assess_register(actions, list(actions.getFeatures()), ranking, key_field, name_field,
                                        Layer(None, None), Layer(None, None), {}, transform_context, warn)
    pipeline_rows, hazard_rows, scores = summaries(records, assessed)
    formats = numbers()
    not_stated = ReportContent.tr('not stated')
    rows = [[word(status) if status else not_stated, translate('ReportContent', BAND_WORDS[band]),
             formats.integer(count), formats.money(cost, currency), formats.integer(people)]
            for status, band, currency, count, cost, people in pipeline_rows]
    totals = {}
    for _, _, currency, count, cost, people in pipeline_rows:
        entry = totals.setdefault(currency, [0, 0.0, 0.0])
        entry[0] += count
        entry[1] += cost
        entry[2] += people
    for currency, (count, cost, people) in sorted(totals.items()):
        rows.append([ReportContent.tr('Total'), '', formats.integer(count), formats.money(cost, currency),
                     formats.integer(people)])
    hazards = [[word(hazard) if hazard else not_stated, formats.integer(count), formats.money(amount, currency)]
               for hazard, currency, amount, count in hazard_rows]
    if not rows:
        rows = [[ReportContent.tr('No active action yet.'), '', '', '', '']]
    if not hazards:
        hazards = [[ReportContent.tr('No costed active action yet.'), '', '']]
    ready = sum(1 for score in scores if score >= 0.8 - 1e-9)
    lines = [
        ReportContent.tr('{0} active action(s) (proposed, approved, in progress or done), {1} of them ready for a '
                         'funder; mean readiness {2}.').format(
            formats.integer(len(scores)), formats.integer(ready),
            formats.decimal(sum(scores) / len(scores), 2) if scores else '—'),
        ReportContent.tr('Readiness is the share of the {0} checklist items an action meets: a place, the hazards '
                         'it addresses, evidence that the settlements served are exposed, beneficiaries, a cost '
                         'estimate with its currency, a funding source and status, a lead agency, start and end '
                         'dates, co-benefits. It is computed as "Finance readiness of the actions" computes it, from '
                         'the register and the ranking; this report does not read the exposure output, so the '
                         'exposure evidence counts as missing here: run that tool with it for the full score and '
                         'each action\'s climate rationale.').format(formats.integer(len(CHECKLIST))),
        ReportContent.tr('Beneficiaries are the action\'s own, else the people of the settlements it serves. An '
                         'action that addresses several hazards is counted under each and its cost split evenly '
                         'between them; amounts in different currencies are never added.'),
    ]
    return {'rows': rows, 'hazard_rows': hazards, 'note': '\n\n'.join(lines)}


def method(ranking, priority, boundary, roads, actions, unranked, features):
    """The method page: how priorities were made, from which inputs, and the caveats."""
    settings = settings_of(ranking)
    labels = criterion_labels(ranking)
    formats = numbers()
    weights = ', '.join('{0} {1}'.format(criterion_label(k, labels), formats.percent(w))
                        for k, w in zip(settings.get('keys', []), settings.get('weights', [])))
    # Whole sentences for each method and missing-data rule: a word put into a sentence cannot agree with it
    # in French, Spanish or Portuguese.
    method = METHOD_SENTENCES.get(settings.get('method'))
    missing = MISSING_SENTENCES.get(settings.get('missing'))
    lines = [
        (ReportContent.marked(method).format(weights or ReportContent.tr('not recorded')) if method else
         ReportContent.tr('Priority = criterion scores (0-1) combined by the method "{0}", times 100. Criteria and '
                          'weights: {1}.').format(word(settings.get('method', '?')),
                                                  weights or ReportContent.tr('not recorded'))),
        (ReportContent.marked(missing) if missing else ReportContent.tr('Missing data: {0}.').format(
            word(settings.get('missing', '?'))))
        + ' ' + ReportContent.tr('Classes 1-5 are city-wide quantiles of the map cells; a settlement\'s class is that '
                                 'of its priority.'),
        ReportContent.tr('Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same '
                         'quintile in at least 90 % of runs.').format(_count(settings.get('runs', '?')),
                                                                      _decimal(settings.get('spread', '?'))),
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
                     .format(formats.integer(unranked)))
    if partial:
        lines.append('  ' + ReportContent.tr('{0} settlement(s) lack data for part of the criteria weight; their '
                                             'priority uses the criteria present (see '
                                             'priority_completeness).').format(formats.integer(partial)))
    if not unranked and not partial:
        lines.append('  ' + ReportContent.tr('Every settlement is ranked with every criterion present.'))
    lines.append('  ' + ReportContent.tr('Figures are modelled from the input data; check them on the ground before '
                                              'committing funds.'))
    lines += ['', versions() + '; ' + formats.date(datetime.date.today())]
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
            when = numbers().date(datetime.datetime.fromtimestamp(os.path.getmtime(path)))
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
    return _short(settlement_label(feature, field, key, unnamed=ReportContent.tr('(unnamed)')), 40)


def _short(text, limit):
    return text if len(text) <= limit else text[:limit - 1] + '…'


def _format(value):
    return numbers().integer(as_float(value))


def _count(value):
    """A recorded count (the sensitivity runs) in the report's language, or as recorded when not a number."""
    return numbers().integer(value) if isinstance(value, (int, float)) else str(value)


def _decimal(value):
    """A recorded decimal (the sensitivity spread) in the report's language, its decimals as recorded."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    places = len(repr(float(value)).split('.')[1].rstrip('0')) if '.' in repr(float(value)) else 0
    return numbers().decimal(value, min(places, 4))

