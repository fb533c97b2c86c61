"""Project profiles: one A4 page per action, a QGIS print-layout atlas over the actions of financereadiness.

The layout comes from a template (``resources/templates/project_profile.qpt`` unless the planner gives their own)
whose items are filled by id, as the report's are: ``title``, ``subtitle``, ``readiness``, ``map``, ``rationale``,
``budget``, ``checklist``, ``missing``, ``provenance`` (labels, given the atlas feature's fields as expressions),
``city`` and ``footer``; the headings ``rationale_heading``, ``budget_heading``, ``checklist_heading`` and
``provenance_heading`` are shown in the profiles' language when the template holds them as the plugin wrote them.
A restyled template keeps working as long as it keeps the ids it wants filled; the log names any it lacks.

The atlas's coverage layer is a copy of the actions with the texts of the page (profile_title, profile_subtitle,
profile_readiness) in the profiles' language, and, for an action without a target area, the settlements it
serves as its area, so that its map shows them.
"""
import os

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from .. import assets
from .report import EXPORT_ERRORS, _set_text_format, item, static_texts_of
from .translation import Context, translate


def QT_TRANSLATE_NOOP(context, text):
    """Marks ``text`` for extraction under ``context``; it is translated where it is shown."""
    return text


PAGE = (210.0, 297.0)          # A4 portrait, mm
STATIC_TEXTS = {'rationale_heading': QT_TRANSLATE_NOOP('ProjectProfiles', 'Climate rationale'),
                'budget_heading': QT_TRANSLATE_NOOP('ProjectProfiles', 'Budget'),
                'checklist_heading': QT_TRANSLATE_NOOP('ProjectProfiles', 'Finance readiness checklist'),
                'provenance_heading': QT_TRANSLATE_NOOP('ProjectProfiles', 'Where the figures come from')}
#: The label ids and the field whose value each shows, on the atlas feature's page.
FIELD_ITEMS = {'title': 'profile_title', 'subtitle': 'profile_subtitle', 'readiness': 'profile_readiness',
               'rationale': 'climate_rationale', 'budget': 'budget_summary', 'checklist': 'readiness_checklist',
               'missing': 'readiness_missing', 'provenance': 'readiness_provenance'}

ProjectProfiles = Context('ProjectProfiles')


def default_template():
    return os.path.join(assets.RESOURCES, 'templates', 'project_profile.qpt')


def build_layout(project):
    """The default profile layout: one A4 portrait page with every item the profiles fill."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName('Project profiles')
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], QgsUnitTypes.LayoutMillimeters))
    mm = QgsUnitTypes.LayoutMillimeters

    def label(item_id, x, y, w, h, size=9, bold=False, text=''):
        target = QgsLayoutItemLabel(layout)
        target.setId(item_id)
        target.setText(text)
        _set_text_format(target, size, bold)
        target.setHAlign(Qt.AlignmentFlag.AlignLeft)
        target.setVAlign(Qt.AlignmentFlag.AlignTop)
        layout.addLayoutItem(target)
        target.attemptMove(QgsLayoutPoint(x, y, mm))
        target.attemptResize(QgsLayoutSize(w, h, mm))
        return target

    label('title', 10, 8, 150, 10, 16, True)
    label('subtitle', 10, 18, 150, 6, 9)
    label('readiness', 160, 8, 40, 16, 12, True).setHAlign(Qt.AlignmentFlag.AlignRight)
    label('city', 10, 24, 150, 5, 8)
    map_item = QgsLayoutItemMap(layout)
    map_item.setId('map')
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(10, 31, mm))
    map_item.attemptResize(QgsLayoutSize(190, 105, mm))
    map_item.setExtent(QgsRectangle(0, 0, 190, 105))
    label('rationale_heading', 10, 140, 190, 6, 11, True, STATIC_TEXTS['rationale_heading'])
    label('rationale', 10, 147, 190, 50, 9)
    label('budget_heading', 10, 200, 90, 6, 11, True, STATIC_TEXTS['budget_heading'])
    label('budget', 10, 207, 90, 28, 9)
    label('checklist_heading', 105, 200, 95, 6, 11, True, STATIC_TEXTS['checklist_heading'])
    label('checklist', 105, 207, 95, 45, 8.5)
    label('missing', 10, 237, 90, 18, 8.5)
    label('provenance_heading', 10, 256, 190, 5, 9, True, STATIC_TEXTS['provenance_heading'])
    label('provenance', 10, 262, 190, 26, 7)
    footer = label('footer', 10, 289, 190, 4.5, 7)
    footer.setHAlign(Qt.AlignmentFlag.AlignRight)
    return layout


def fill(layout, coverage, layers, city, log):
    """The atlas over ``coverage`` (one page per feature), its map showing ``layers``, every label by its id; log
    the ids the template lacks. Returns them."""
    missing = []
    static_texts_of(layout, STATIC_TEXTS, 'ProjectProfiles')
    for item_id, field in FIELD_ITEMS.items():
        target = item(layout, item_id)
        if isinstance(target, QgsLayoutItemLabel):
            target.setText('[% "{0}" %]'.format(field))
        else:
            missing.append(item_id)
    city_label = item(layout, 'city')
    if isinstance(city_label, QgsLayoutItemLabel):
        city_label.setText(city or '')
    footer = item(layout, 'footer')
    if isinstance(footer, QgsLayoutItemLabel):
        footer.setText(ProjectProfiles.tr('Project profile {0} of {1}').format('[% @atlas_featurenumber %]',
                                                                             '[% @atlas_totalfeatures %]'))
    else:
        missing.append('footer')
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.updateFeatures()
    if atlas.count() != coverage.featureCount():
        log('The atlas has {0} page(s) for {1} action(s).'.format(atlas.count(), coverage.featureCount()))
    map_item = item(layout, 'map')
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setLayers(layers)
        map_item.setCrs(coverage.crs())
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(0.3)
    else:
        missing.append('map')
    layout.refresh()
    if missing:
        log('The layout template has no item for: {0}; that content is left out.'.format(', '.join(missing)))
    return missing


def export(layout, pdf_path, dpi=150):
    """Every page of the atlas into one PDF (text kept as text), written beside it first and moved there when
    done, so a failure never leaves half a file or replaces an earlier one."""
    if os.path.isdir(pdf_path):
        raise RuntimeError('QGIS could not write the PDF {0}: that path is a folder. Give a file name.'.format(
            pdf_path))
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    partial = pdf_path + '.partial.pdf'
    try:
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), partial, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise RuntimeError('QGIS could not write the PDF {0}: {1}.'.format(
                pdf_path, error or EXPORT_ERRORS.get(result, 'error {0}'.format(result))))
        os.replace(partial, pdf_path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return pdf_path


def served_expression(key_field):
    """True for a settlement the atlas's action serves (its key in the action's ``served`` list)."""
    return ("array_contains(string_to_array(coalesce(attribute(@atlas_feature, 'served'), ''), ', '), "
            "to_string(\"{0}\"))".format(key_field.replace('"', '""')))


def translated(text):
    return translate('ProjectProfiles', text)
