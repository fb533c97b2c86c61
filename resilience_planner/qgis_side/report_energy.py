"""The report's energy plan page: households and investment per option and city-wide, then per settlement.

Added by the report when it is given an energy access output (resilienceplanner:report's ENERGY): one A4 page
at the end of the layout, its items filled by id like the others (``energy_heading``, ``energy_summary``,
``energy_table``, ``energy_note``), the settlements' table flowing onto more pages when it outgrows its frame.
Every figure is read from the energy access output's fields; the totals by the engine's one rule
(core.energy.plan_summary). Texts in the report's language (translation.in_language), numbers through
numbers_format.
"""
import json

from qgis.core import (
    NULL,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemTextTable,
    QgsLayoutSize,
    QgsUnitTypes,
)

from .layers import as_float, layer_label
from .numbers_format import current as numbers
from .translation import Context, translate


def QT_TRANSLATE_NOOP(context, text):
    """Marks ``text`` for extraction under ``context``; it is translated where it is shown."""
    return text


ReportEnergy = Context('ReportEnergy')

HEADING = QT_TRANSLATE_NOOP('ReportEnergy', 'Energy plan')
#: The option's words on the page.
OPTION_WORDS = {'grid_densification': QT_TRANSLATE_NOOP('ReportEnergy', 'Grid densification'),
                'grid_extension': QT_TRANSLATE_NOOP('ReportEnergy', 'Grid extension'),
                'mini_grid': QT_TRANSLATE_NOOP('ReportEnergy', 'Mini-grid'),
                'standalone_solar': QT_TRANSLATE_NOOP('ReportEnergy', 'Stand-alone solar'),
                'all': QT_TRANSLATE_NOOP('ReportEnergy', 'City-wide')}
SUMMARY_COLUMNS = ((QT_TRANSLATE_NOOP('ReportEnergy', 'Option'), 50, False),
                   (QT_TRANSLATE_NOOP('ReportEnergy', 'Settlements'), 22, True),
                   (QT_TRANSLATE_NOOP('ReportEnergy', 'Households'), 24, True),
                   (QT_TRANSLATE_NOOP('ReportEnergy', 'To connect'), 24, True),
                   (QT_TRANSLATE_NOOP('ReportEnergy', 'Investment'), 40, True),
                   (QT_TRANSLATE_NOOP('ReportEnergy', 'Informal to regularise'), 34, True),
                   (QT_TRANSLATE_NOOP('ReportEnergy', 'Regularisation cost'), 40, True))
SETTLEMENT_COLUMNS = ((QT_TRANSLATE_NOOP('ReportEnergy', 'Settlement'), 50, False),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'Households'), 20, True),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'To connect'), 20, True),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'Option'), 30, False),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'Per household'), 28, True),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'Investment'), 34, True),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'Informal'), 16, True),
                      (QT_TRANSLATE_NOOP('ReportEnergy', 'Flood note'), 53, False))
#: The fields of an energy access output the page reads.
FIELDS = ('energy_option', 'households', 'households_to_connect', 'capex', 'informal_to_regularise',
          'regularisation_cost', 'energy_currency')


def add_page(layout):
    """A page at the end of ``layout`` with the energy plan's items; returns its number."""
    from .report import (
        CELL_MARGIN,
        PAGE,
        QgsLayoutFrame,
        QgsLayoutMultiFrame,
        QgsLayoutPoint,
        QgsLayoutTable,
        QgsLayoutTableColumn,
        _set_text_format,
        _text_format,
    )
    collection = layout.pageCollection()
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], QgsUnitTypes.LayoutMillimeters))
    collection.addPage(page)
    number = collection.pageCount() - 1
    mm = QgsUnitTypes.LayoutMillimeters

    def label(item_id, x, y, w, h, size, bold=False, text=''):
        item = QgsLayoutItemLabel(layout)
        item.setId(item_id)
        item.setText(text)
        _set_text_format(item, size, bold)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, mm), page=number)
        item.attemptResize(QgsLayoutSize(w, h, mm))
        return item

    def table(item_id, x, y, w, h, columns):
        item = QgsLayoutItemTextTable(layout)
        heads = []
        for heading, width, right in columns:
            column = QgsLayoutTableColumn()
            column.setHeading(translate('ReportEnergy', heading))
            column.setWidth(width)
            if right:
                from qgis.PyQt.QtCore import Qt
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            heads.append(column)
        item.setColumns(heads)
        item.setCellMargin(CELL_MARGIN)
        item.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        item.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        item.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
        item.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        item.setContentTextFormat(_text_format(7))
        item.setHeaderTextFormat(_text_format(7, bold=True))
        layout.addMultiFrame(item)
        frame = QgsLayoutFrame(layout, item)
        frame.setId(item_id)
        frame.attemptMove(QgsLayoutPoint(x, y, mm), page=number)
        frame.attemptResize(QgsLayoutSize(w, h, mm))
        item.addFrame(frame)
        return item

    label('energy_heading', 10, 6, 277, 10, 16, True, translate('ReportEnergy', HEADING))
    table('energy_summary', 10, 18, 277, 40, SUMMARY_COLUMNS)
    label('energy_note', 10, 60, 277, 14, 8)
    table('energy_table', 10, 76, 277, 125, SETTLEMENT_COLUMNS)
    return number


def missing_fields(energy):
    """The fields of FIELDS the layer ``energy`` lacks (it is not an energy access output when any)."""
    return [name for name in FIELDS if energy.fields().lookupField(name) < 0]


def fill(layout, energy, name_field, key_field, log):
    """Fill the energy page's items from the energy access output ``energy`` (a QgsVectorLayer); returns the
    summary rows (core.energy.plan_summary's)."""
    from ..core.energy import plan_summary
    from .report import flow, item
    features = list(energy.getFeatures())
    options = [None if f['energy_option'] in (None, NULL) else str(f['energy_option']) for f in features]
    column = {name: [as_float(f[name]) for f in features]
              for name in ('households', 'households_to_connect', 'capex', 'informal_to_regularise',
                           'regularisation_cost')}
    rows = plan_summary(options, column['households'], column['households_to_connect'], column['capex'],
                        column['informal_to_regularise'], column['regularisation_cost'])
    currencies = sorted({str(f['energy_currency']) for f in features if f['energy_currency'] not in (None, NULL)})
    currency = currencies[0] if len(currencies) == 1 else ''
    formats = numbers()
    summary = item(layout, 'energy_summary')
    if isinstance(summary, QgsLayoutItemTextTable):
        summary.setContents([[translate('ReportEnergy', OPTION_WORDS[r['option']]), formats.integer(r['settlements']),
                              formats.integer(r['households']), formats.integer(r['households_to_connect']),
                              formats.money(r['capex'], currency), formats.integer(r['informal_to_regularise']),
                              formats.money(r['regularisation_cost'], currency)] for r in rows])
    else:
        log('The layout template has no item for: energy_summary; that content is left out.')
    per_settlement = []
    for feature, option in zip(features, options):
        label = feature[name_field] if name_field and feature[name_field] not in (None, NULL) else \
            (feature[key_field] if key_field else '')
        cost = as_float(feature['cost_per_household_' + option]) if option and energy.fields().lookupField(
            'cost_per_household_' + option) >= 0 else float('nan')
        note = feature['energy_flood_note'] if energy.fields().lookupField('energy_flood_note') >= 0 else None
        per_settlement.append([
            '' if label in (None, NULL) else str(label), formats.integer(as_float(feature['households'])),
            formats.integer(as_float(feature['households_to_connect'])),
            translate('ReportEnergy', OPTION_WORDS[option]) if option in OPTION_WORDS else '',
            formats.decimal(cost, 2), formats.money(as_float(feature['capex']), currency),
            formats.integer(as_float(feature['informal_to_regularise'])),
            '' if note in (None, NULL) else str(note)])
    table = item(layout, 'energy_table')
    if isinstance(table, QgsLayoutItemTextTable):
        table.setContents(per_settlement)
        flow(layout, table, 'energy_heading', height=180)
    else:
        log('The layout template has no item for: energy_table; that content is left out.')
    note = item(layout, 'energy_note')
    if isinstance(note, QgsLayoutItemLabel):
        note.setText(_note(features, energy, currency, currencies))
    return rows


def _note(features, energy, currency, currencies):
    """What the figures are: the tier, the unit costs (from the output's energy_settings), the source layer."""
    settings = {}
    if energy.fields().lookupField('energy_settings') >= 0:
        for feature in features:
            try:
                settings = json.loads(feature['energy_settings'] or '{}')
                break
            except (TypeError, ValueError):
                continue
    formats = numbers()
    costs = settings.get('unit_costs', {})
    parts = [ReportEnergy.tr('Least cost per household among the options that serve tier {0} of the Multi-Tier '
                             'Framework (stand-alone solar serves tier 1 only).').format(settings.get('min_tier', '?'))]
    if costs:
        parts.append(ReportEnergy.tr('Unit costs: grid connection {0}, medium-voltage line {1} per km, mini-grid {2} '
                                     'and solar home system {3} per household, regularisation {4} per informal '
                                     'connection, resilience premium {5} on the flooded share.').format(
            formats.money(costs.get('connection'), currency), formats.money(costs.get('mv_line_per_km'), currency),
            formats.money(costs.get('mini_grid'), currency), formats.money(costs.get('solar_home_system'), currency),
            formats.money(costs.get('regularisation'), currency), formats.percent(costs.get('resilience_premium'))))
    if len(currencies) > 1:
        parts.append(ReportEnergy.tr('The settlements are costed in several currencies ({0}): amounts are shown '
                                     'without a code and are not comparable.').format(', '.join(currencies)))
    parts.append(ReportEnergy.tr('Figures from the energy access output "{0}".').format(layer_label(energy)))
    return ' '.join(parts)
