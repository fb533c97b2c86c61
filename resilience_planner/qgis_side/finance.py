"""Finance readiness of the planned actions: the checklist, the climate rationale and the budget in words.

Every figure a text gives is read from a layer (the ranking, the exposure and vulnerability outputs, the actions)
and the provenance text names the layer and field each came from; the texts are written in the language of the
thread (translation.in_language), their numbers too. The engine's checklist is core/actions/readiness.py.
"""
import math

from qgis.core import NULL

from ..core.actions.budget import cost_of, currency_of
from ..core.actions.readiness import CHECKLIST, checklist, hazard_keys, readiness
from ..core.actions.schema import is_empty, split_list
from ..core.profiles import normalise_key
from .layers import as_float, layer_label
from .translation import QT_TRANSLATE_NOOP, Context, numbers

FinanceTexts = Context('FinanceTexts')

#: What each checklist item asks, as the checklist and readiness_missing say it.
ITEM_TEXTS = {
    'place': QT_TRANSLATE_NOOP('FinanceTexts', 'a place (a target area or settlements served)'),
    'hazards': QT_TRANSLATE_NOOP('FinanceTexts', 'the hazards it addresses'),
    'exposure': QT_TRANSLATE_NOOP('FinanceTexts', 'evidence that the settlements served are exposed to them'),
    'beneficiaries': QT_TRANSLATE_NOOP('FinanceTexts', 'beneficiaries'),
    'budget': QT_TRANSLATE_NOOP('FinanceTexts', 'a cost estimate with its currency'),
    'funding': QT_TRANSLATE_NOOP('FinanceTexts', 'a funding source and funding status'),
    'lead_agency': QT_TRANSLATE_NOOP('FinanceTexts', 'a lead agency'),
    'dates': QT_TRANSLATE_NOOP('FinanceTexts', 'start and end dates'),
    'co_benefits': QT_TRANSLATE_NOOP('FinanceTexts', 'co-benefits'),
}

#: The mark of a met and of a missing item in readiness_checklist.
MET, MISSING = '\u2713', '\u2717'


class Layer:
    """One input layer's features by normalised key, with the words its provenance gives."""

    def __init__(self, layer, key_field):
        self.layer = layer
        self.key_field = key_field
        self.by_key = {}
        if layer is not None:
            for feature in layer.getFeatures():
                self.by_key.setdefault(normalise_key(feature[key_field]), feature)

    def __bool__(self):
        return self.layer is not None

    def get(self, key):
        return self.by_key.get(normalise_key(key))

    def has(self, name):
        return self.layer is not None and self.layer.fields().lookupField(name) >= 0

    def label(self):
        return source_label(self.layer)


def source_label(layer):
    """'"ranking" (ranking.gpkg)' for a file's layer, '"ranking"' for a layer that is no file."""
    import os
    name = layer_label(layer)
    path = layer.source().split('|')[0]
    return '"{0}" ({1})'.format(name, os.path.basename(path)) if os.path.isfile(path) else '"{0}"'.format(name)


def assess(action_features, records, served, beneficiaries_of, ranking, key_field, name_field, exposure,
           vulnerability, mapping, actions_label):
    """Per action, the new fields of the financereadiness output as a dict.

    ``served[i]`` lists the ranking features action i serves; ``beneficiaries_of[i]`` is (people, source) where
    source is 'register' (the action's own beneficiaries field) or 'settlements' (the population of the
    settlements served); ``ranking``, ``exposure`` and ``vulnerability`` are :class:`Layer`s (the last two may be
    empty); ``mapping`` is {hazard: [exposure keys]} given by the planner.
    """
    from ..core.actions.readiness import exposure_keys
    keys = exposure_keys(exposure.layer.fields().names()) if exposure else []
    ranked = sum(1 for f in ranking.layer.getFeatures() if f['priority_rank'] not in (None, NULL))
    out = []
    for feature, record, settlements, (people, source) in zip(action_features, records, served, beneficiaries_of):
        hazards = list(dict.fromkeys(h.lower() for h in split_list(record.get('hazards'))))
        exposed, figures, used_keys = None, [], []
        if exposure:
            exposed = {}
            for hazard in hazards:
                found = hazard_keys(hazard, keys, mapping)
                if not found:
                    figures.append((hazard, None, []))
                    continue
                for key in found:
                    field = key + '_exposed_pop'
                    parts = []
                    for settlement in settlements:
                        row = exposure.get(settlement[key_field])
                        value = as_float(row[field]) if row is not None else math.nan
                        parts.append((settlement, value))
                    known = [v for _, v in parts if not math.isnan(v)]
                    total = sum(known) if known else math.nan
                    if not math.isnan(total):
                        exposed[hazard] = exposed.get(hazard, 0.0) + total
                    figures.append((hazard, key, parts))
                    used_keys.append(field)
        items = checklist(record, feature.hasGeometry(), settlements, people, exposed)
        score = readiness(items)
        try:
            cost = cost_of(record)
        except (TypeError, ValueError):
            cost = None
        per_person = cost / people if cost is not None and people and people > 0 else None
        out.append({
            'served': ', '.join(str(s[key_field]) for s in settlements) or NULL,
            'beneficiaries': people,
            'cost_per_beneficiary': per_person,
            'readiness': score,
            'readiness_missing': missing_text(items),
            'readiness_checklist': checklist_text(items),
            'climate_rationale': rationale(record, settlements, ranked, ranking, key_field, name_field, figures,
                                           exposure, vulnerability, people, cost, per_person, hazards, source),
            'budget_summary': budget_text(record, cost, per_person),
            'readiness_provenance': provenance(ranking, name_field, exposure, used_keys, vulnerability, source,
                                               actions_label),
            'items': items,
            'exposed_beyond_people': exposed_beyond_people(figures, people, source),
        })
    return out


def assess_register(actions, action_features, ranking, key_field, name_field, exposure, vulnerability, mapping,
                    transform_context, warn, language=None):
    """The financereadiness assessment of a register's actions against a ranking: (records, assessed).

    ``actions`` is the register layer, ``action_features`` its features (read once by the caller), ``ranking`` the
    ranking layer; ``exposure`` and ``vulnerability`` are :class:`Layer`s (may be empty) and ``mapping`` the
    planner's {hazard: [exposure keys]}. Each action serves the ranked settlements the register's coverage rule
    gives it (register.coverage_of), and its beneficiaries are its own field, else the people of the settlements
    served. The coverage's notes go to ``warn`` in QGIS's language; the texts are written in ``language``
    (translation.in_language; None: the thread's own). The algorithm resilienceplanner:financereadiness and the
    report's pipeline page both call this, so their readiness is the same."""
    from .register import coverage_of
    from .translation import engine_message, in_language
    ranking_features = list(ranking.getFeatures())
    result, records = coverage_of(action_features, actions.crs(), ranking_features, ranking.crs(), key_field,
                                  transform_context)
    for note in result.notes:
        warn(engine_message(note))
    served = [[ranking_features[i] for i in where] for where in result.served]
    beneficiaries = []
    for number, record in enumerate(records):
        own = record.get('beneficiaries')
        if not is_empty(own):
            beneficiaries.append((float(own), 'register'))
        elif not math.isnan(result.beneficiaries[number]):
            beneficiaries.append((float(result.beneficiaries[number]), 'settlements'))
        else:
            beneficiaries.append((None, None))

    def run():
        return assess(action_features, records, served, beneficiaries, Layer(ranking, key_field), key_field,
                      name_field, exposure, vulnerability, mapping, source_label(actions))
    if language is None:
        assessed = run()
    else:
        with in_language(language):
            assessed = run()
    for record, values in zip(records, assessed):
        for field, count in values['exposed_beyond_people']:
            warn(FinanceTexts.tr('Action "{0}": the exposure output counts {1} people exposed ({2}), more than the '
                                 '{3} people the ranking gives the settlements served; the two come from different '
                                 'population data. Run the exposure and the priority map on the same population '
                                 'raster.').format(record.get('title') or '?', numbers().integer(count), field,
                                                   numbers().integer(values['beneficiaries'])))
    return records, assessed


def summaries(records, assessed):
    """The summary outputs of the active actions: (pipeline, by_hazard, scores).

    ``pipeline`` is core.actions.readiness.pipeline's rows (funding_status, band, currency, actions, cost,
    beneficiaries); ``by_hazard`` is [(hazard, currency, cost, actions)], the cost of an action that addresses
    several hazards split evenly between them (core.actions.budget) and the action counted under each, '' for the
    actions without a hazard (last); ``scores`` the active actions' readiness."""
    from ..core.actions.budget import budget
    from ..core.actions.readiness import pipeline
    from ..core.actions.schema import is_active
    active = [(record, values) for record, values in zip(records, assessed) if is_active(record)]
    rows = []
    for record, values in active:
        try:
            cost = cost_of(record)
        except (TypeError, ValueError):
            cost = None
        status = None if is_empty(record.get('funding_status')) else str(record['funding_status']).strip().lower()
        rows.append((status, values['readiness'], cost, currency_of(record) if cost is not None else '',
                     values['beneficiaries'] if values['beneficiaries'] is not None else math.nan))
    costs = budget([record for record, _ in active])
    counts = {}
    for record, _ in active:
        for hazard in dict.fromkeys(h.lower() for h in split_list(record.get('hazards'))) or ['']:
            counts[hazard] = counts.get(hazard, 0) + 1
    by_hazard = [(hazard, currency, amount, counts.get(hazard, 0))
                 for hazard in sorted(costs.by_hazard, key=lambda h: (h == '', h))
                 for currency, amount in sorted(costs.by_hazard[hazard].items())]
    return pipeline(rows), by_hazard, [values['readiness'] for _, values in active]


def missing_text(items):
    """What is still missing, in words: 'Missing: a lead agency; start and end dates.'"""
    missing = [FinanceTexts.marked(ITEM_TEXTS[name]) for name in CHECKLIST if not items[name]]
    if not missing:
        return FinanceTexts.tr('Nothing is missing.')
    return FinanceTexts.tr('Missing: {0}.').format('; '.join(missing))


def checklist_text(items):
    """The checklist, one item a line, each marked met (✓) or missing (✗)."""
    return '\n'.join('{0} {1}'.format(MET if items[name] else MISSING, _capital(FinanceTexts.marked(ITEM_TEXTS[name])))
                     for name in CHECKLIST)


def _capital(text):
    return text[:1].upper() + text[1:]


def _name(feature, name_field, key_field):
    from .names import settlement_label
    return settlement_label(feature, name_field, key_field, unnamed=FinanceTexts.tr('(unnamed)'))


def _hazard(hazard):
    from .report_content import word
    return word(hazard)


def exposed_beyond_people(figures, people, source):
    """The (exposure field, people exposed) figures that count more people exposed in the settlements served than their
    people (``source`` 'settlements'): the exposure output and the ranking were then computed from different
    population data, and neither figure can be trusted beside the other. [] otherwise."""
    if source != 'settlements' or people is None or math.isnan(people):
        return []
    out = []
    for _, key, parts in figures:
        known = [v for _, v in parts if not math.isnan(v)] if key is not None else []
        # Both from one raster's own cells, the exposed are some of the people: a rounding's margin at most.
        if known and sum(known) > people * (1 + 1e-6) + 0.5:
            out.append((key + '_exposed_pop', sum(known)))
    return out


def rationale(record, settlements, ranked, ranking, key_field, name_field, figures, exposure, vulnerability,
              people, cost, per_person, hazards, source=None):
    """The climate rationale: a short paragraph whose every figure is read from a layer."""
    formats = numbers()
    sentences = []
    if settlements:
        parts = []
        for settlement in settlements:
            rank = settlement['priority_rank']
            parts.append(FinanceTexts.tr('{0} (rank {1} of {2}, priority {3})').format(
                _name(settlement, name_field, key_field),
                formats.integer(rank) if rank not in (None, NULL) else '?', formats.integer(ranked),
                formats.decimal(as_float(settlement['priority_mean']), 1)))
        sentences.append(FinanceTexts.tr('It serves {0}.').format(', '.join(parts)))
    else:
        sentences.append(FinanceTexts.tr('It serves no settlement of the ranking.'))
    if hazards and not exposure:
        sentences.append(FinanceTexts.tr('No exposure output was given: the people exposed are not stated.'))
    for hazard, key, parts in figures:
        if key is None:
            sentences.append(FinanceTexts.tr('The exposure output has no figure for {0}.').format(_hazard(hazard)))
            continue
        known = [(s, v) for s, v in parts if not math.isnan(v)]
        if not known:
            sentences.append(FinanceTexts.tr('The exposure output has no {0} figure for the settlements served.')
                             .format(key))
            continue
        total = sum(v for _, v in known)
        detail = ', '.join('{0} {1}'.format(_name(s, name_field, key_field), formats.integer(v)) for s, v in known)
        sentences.append(FinanceTexts.tr('{0}: {1} people in them are exposed ({2}: {3}).').format(
            _capital(_hazard(hazard)), formats.integer(total), key, detail))
    if vulnerability and vulnerability.has('vulnerability'):
        parts = []
        for settlement in settlements:
            row = vulnerability.get(settlement[key_field])
            if row is None or math.isnan(as_float(row['vulnerability'])):
                continue
            drivers = row['vulnerability_drivers'] if vulnerability.has('vulnerability_drivers') else None
            text = '{0} {1}'.format(_name(settlement, name_field, key_field),
                                    formats.decimal(as_float(row['vulnerability']), 2))
            if drivers not in (None, NULL) and str(drivers).strip():
                text = FinanceTexts.tr('{0} (drivers: {1})').format(text, drivers)
            parts.append(text)
        if parts:
            sentences.append(FinanceTexts.tr('Vulnerability index (0-1): {0}.').format('; '.join(parts)))
    if people is not None and not math.isnan(people):
        if source == 'register':
            # The planner's own figure: not the people of the settlements the exposure counts, so not said as such.
            sentences.append(FinanceTexts.tr('Beneficiaries: {0} (the action\'s own figure in the register).').format(
                formats.integer(people)))
        else:
            sentences.append(FinanceTexts.tr('Beneficiaries: {0}.').format(formats.integer(people)))
        for field, count in exposed_beyond_people(figures, people, source):
            sentences.append(FinanceTexts.tr(
                'Warning: the exposure output counts {0} people exposed ({1}) but the ranking counts {2} people in '
                'the settlements served; they were computed from different population data, so neither figure is '
                'sure. Run the exposure and the priority map on the same population raster.').format(
                    formats.integer(count), field, formats.integer(people)))
    if cost is not None:
        currency = currency_of(record)
        if per_person is not None:
            sentences.append(FinanceTexts.tr('Cost: {0}, {1} per beneficiary.').format(
                formats.money(cost, currency), _per_person(per_person, currency)))
        else:
            sentences.append(FinanceTexts.tr('Cost: {0}.').format(formats.money(cost, currency)))
    return ' '.join(sentences)


def _per_person(value, currency):
    """A cost per person: whole units, or two decimals under 10 (a cost of 2.50 a person is not 3)."""
    formats = numbers()
    if value >= 10:
        return formats.money(value, currency)
    amount = formats.decimal(value, 2)
    if not currency:
        return amount
    from .numbers_format import NBSP
    return '{0}{1}{2}'.format(currency, NBSP, amount) if formats.code_first else '{0}{1}{2}'.format(
        amount, NBSP, currency)


def budget_text(record, cost, per_person):
    """The budget in words: cost, funding source and status, cost per beneficiary."""
    formats = numbers()
    currency = currency_of(record)
    lines = [FinanceTexts.tr('Cost: {0}').format(formats.money(cost, currency) if cost is not None
                                                  else FinanceTexts.tr('not estimated'))]
    source = record.get('funding_source')
    status = record.get('funding_status')
    from .report_content import word
    lines.append(FinanceTexts.tr('Funding source: {0}').format(
        FinanceTexts.tr('not stated') if is_empty(source) else str(source)))
    lines.append(FinanceTexts.tr('Funding status: {0}').format(
        FinanceTexts.tr('not stated') if is_empty(status) else word(status)))
    if per_person is not None:
        lines.append(FinanceTexts.tr('Per beneficiary: {0}').format(_per_person(per_person, currency)))
    return '\n'.join(lines)


def provenance(ranking, name_field, exposure, used_keys, vulnerability, source, actions_label):
    """Where each figure of the rationale and budget comes from: layer and fields."""
    lines = [FinanceTexts.tr('Settlements, ranks and priorities: {0}, fields {1}.').format(
        ranking.label(), ', '.join(f for f in (ranking.key_field, name_field, 'priority_rank', 'priority_mean') if f))]
    if exposure:
        lines.append(FinanceTexts.tr('People exposed: {0}, fields {1}.').format(
            exposure.label(), ', '.join(dict.fromkeys(used_keys)) or FinanceTexts.tr('none for its hazards')))
    else:
        lines.append(FinanceTexts.tr('People exposed: no exposure output was given.'))
    if vulnerability:
        lines.append(FinanceTexts.tr('Vulnerability: {0}, fields vulnerability, vulnerability_drivers.').format(
            vulnerability.label()))
    if source == 'register':
        lines.append(FinanceTexts.tr('Beneficiaries: {0}, field beneficiaries.').format(actions_label))
    elif source == 'settlements':
        lines.append(FinanceTexts.tr('Beneficiaries: the population of the settlements served, {0}, field '
                                     'grid_population.').format(ranking.label()))
    lines.append(FinanceTexts.tr('Cost and funding: {0}, fields cost_estimate, currency, funding_source, '
                                 'funding_status.').format(actions_label))
    return '\n'.join(lines)
