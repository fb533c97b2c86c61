"""The resilience priorities report: a QGIS print layout of four pages or more (five with a register), filled from
the outputs.

The layout comes from a template (``resources/templates/resilience_report.qpt`` unless the
planner gives their own), and items are filled by their ids: ``title``, ``city``, ``date``,
``logo``, ``map``, ``legend``, ``scalebar``, ``north``, ``ranking_table``, ``actions_table``,
``gaps``, ``chart_funding``, ``chart_hazard``, ``map_note``, ``method`` and ``footer``, and the finance
pipeline's page (PIPELINE_ITEMS: ``pipeline_table``, ``hazard_costs_table``, ``pipeline_note`` and their
headings), which is taken out when no register is given. A restyled template keeps
working as long as it keeps the ids it wants filled; the log names any it lacks.

The ranking lists every ranked settlement: when its rows outgrow the ranking table's frame, pages are
inserted after it (the later pages move down) with a frame each at the same place, so 40 settlements take
one page and 5,000 take as many as they need, the plan and the method still following them.
"""
import json
import math
import os

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
from qgis.PyQt.QtXml import QDomDocument

from .. import assets
from .numbers_format import current as numbers
from .translation import Context, translate


def QT_TRANSLATE_NOOP(context, text):
    """Marks ``text`` for extraction under ``context``; it is translated where it is shown."""
    return text


PAGE = (297.0, 210.0)          # A4 landscape, mm
CELL_MARGIN = 0.7              # mm around a table cell's text: 7 pt rows of about 4.3 mm, 41 to a page
#: The ranking table's columns: heading, width in mm (the text, without the cell margins), right-aligned.
#: Their widths and margins add up to the 277 mm between the page's margins.
RANKING_COLUMNS = ((QT_TRANSLATE_NOOP('ResilienceReport', 'Rank'), 10, True),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'Settlement'), 62, False),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'People'), 18, True),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'Priority'), 14, True),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'Main drivers'), 104, False),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'Rank range'), 20, True),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'Stable'), 12, False),
                   (QT_TRANSLATE_NOOP('ResilienceReport', 'Action'), 14, False))
ACTION_COLUMNS = ((QT_TRANSLATE_NOOP('ResilienceReport', 'Action'), 52, False),
                  (QT_TRANSLATE_NOOP('ResilienceReport', 'Type'), 20, False),
                  (QT_TRANSLATE_NOOP('ResilienceReport', 'Status'), 16, False),
                  (QT_TRANSLATE_NOOP('ResilienceReport', 'Funding'), 16, False),
                  (QT_TRANSLATE_NOOP('ResilienceReport', 'Cost'), 25, True),
                  (QT_TRANSLATE_NOOP('ResilienceReport', 'Beneficiaries'), 18, True),
                  (QT_TRANSLATE_NOOP('ResilienceReport', 'Settlements'), 23, False))
#: The finance pipeline's page (pipeline_page): the pipeline by funding status and readiness band, and the total
#: cost by hazard addressed, as ``resilienceplanner:financereadiness`` gives them for the register's actions.
PIPELINE_COLUMNS = ((QT_TRANSLATE_NOOP('ResilienceReport', 'Funding status'), 26, False),
                    (QT_TRANSLATE_NOOP('ResilienceReport', 'Readiness'), 40, False),
                    (QT_TRANSLATE_NOOP('ResilienceReport', 'Actions'), 14, True),
                    (QT_TRANSLATE_NOOP('ResilienceReport', 'Cost'), 32, True),
                    (QT_TRANSLATE_NOOP('ResilienceReport', 'Beneficiaries'), 22, True))
HAZARD_COST_COLUMNS = ((QT_TRANSLATE_NOOP('ResilienceReport', 'Hazard addressed'), 42, False),
                       (QT_TRANSLATE_NOOP('ResilienceReport', 'Actions'), 14, True),
                       (QT_TRANSLATE_NOOP('ResilienceReport', 'Cost'), 32, True))
#: The template's static texts, in English as the .qpt holds them: ``fill`` shows each in the report's language
#: (a restyled template's own wording, which is none of these, is left as its author wrote it).
STATIC_TEXTS = {'title': QT_TRANSLATE_NOOP('ResilienceReport', 'Resilience priorities'),
                'ranking_heading': QT_TRANSLATE_NOOP('ResilienceReport', 'Settlement ranking'),
                'actions_heading': QT_TRANSLATE_NOOP('ResilienceReport', 'Action plan'),
                'pipeline_heading': QT_TRANSLATE_NOOP('ResilienceReport', 'Finance pipeline'),
                'pipeline_caption': QT_TRANSLATE_NOOP('ResilienceReport', 'By funding status and readiness'),
                'hazard_costs_caption': QT_TRANSLATE_NOOP('ResilienceReport', 'Total cost by hazard addressed'),
                'method_heading': QT_TRANSLATE_NOOP('ResilienceReport', 'Method and provenance')}
#: The items of the finance pipeline's page: it is left out (with its page) when the report has no register.
PIPELINE_ITEMS = ('pipeline_heading', 'pipeline_caption', 'pipeline_table', 'hazard_costs_caption',
                  'hazard_costs_table', 'pipeline_note')
LEGEND_TITLE = QT_TRANSLATE_NOOP('ResilienceReport', 'Legend')
COLUMN_HEADINGS = frozenset(heading for heading, _, _ in RANKING_COLUMNS + ACTION_COLUMNS + PIPELINE_COLUMNS
                            + HAZARD_COST_COLUMNS)
#: The action plan's page: the lowest the budget charts go (mm from the page's top, above the footer) and the
#: tallest they grow when a short plan leaves them room.
PLAN_BOTTOM = 201.0
CHART_HEIGHT = (60.0, 95.0)
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


ResilienceReport = Context('ResilienceReport')


def default_template():
    return os.path.join(assets.RESOURCES, 'templates', 'resilience_report.qpt')


# --------------------------------------------------------------------------- the template

def build_layout(project):
    """The default layout: five A4 landscape pages with every item the report fills (the cover and map, the
    ranking, the action plan, the finance pipeline, the method)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName('Resilience priorities report')
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], QgsUnitTypes.LayoutMillimeters))
    for _ in range(4):
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], QgsUnitTypes.LayoutMillimeters))
        collection.addPage(page)

    def label(item_id, page, x, y, w, h, size=10, bold=False, text=''):
        item = QgsLayoutItemLabel(layout)
        item.setId(item_id)
        item.setText(text)
        _set_text_format(item, size, bold)
        # Left and top, stated: QGIS 3.40 and later render a label's default alignment justified.
        item.setHAlign(Qt.AlignmentFlag.AlignLeft)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        return item

    def picture(item_id, page, x, y, w, h):
        item = QgsLayoutItemPicture(layout)
        item.setId(item_id)
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        return item

    def table(item_id, page, x, y, w, h, headers):
        item = QgsLayoutItemTextTable(layout)
        columns = []
        for header, width, right in headers:
            column = QgsLayoutTableColumn()
            column.setHeading(header)               # English in the template; fill translates it
            column.setWidth(width)                  # fixed: the frame is as wide as its columns
            if right:
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            columns.append(column)
        item.setColumns(columns)
        item.setCellMargin(CELL_MARGIN)
        item.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        item.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)    # a page of the ranking says what it lists
        item.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
        item.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        item.setContentTextFormat(_text_format(7))
        item.setHeaderTextFormat(_text_format(7, bold=True))
        layout.addMultiFrame(item)
        frame = QgsLayoutFrame(layout, item)
        frame.setId(item_id)
        frame.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        frame.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        item.addFrame(frame)
        return item

    label('title', 0, 10, 6, 200, 12, 20, True, STATIC_TEXTS['title'])
    label('city', 0, 10, 18, 150, 8, 13)
    label('date', 0, 160, 18, 50, 8, 9)
    picture('logo', 0, 257, 5, 30, 20)
    map_item = QgsLayoutItemMap(layout)
    map_item.setId('map')
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(10, 30, QgsUnitTypes.LayoutMillimeters), page=0)
    map_item.attemptResize(QgsLayoutSize(205, 170, QgsUnitTypes.LayoutMillimeters))
    map_item.setExtent(QgsRectangle(0, 0, 205, 170))     # replaced when the report is filled
    legend = QgsLayoutItemLegend(layout)
    legend.setId('legend')
    legend.setTitle(LEGEND_TITLE)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(220, 30, QgsUnitTypes.LayoutMillimeters), page=0)
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId('scalebar')
    scalebar.setStyle('Single Box')
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(220, 180, QgsUnitTypes.LayoutMillimeters), page=0)
    label('map_note', 0, 220, 140, 48, 30, 8)
    north = picture('north', 0, 270, 160, 14, 18)
    north.setPicturePath(':/images/north_arrows/layout_default_north_arrow.svg')
    label('ranking_heading', 1, 10, 6, 277, 10, 16, True, STATIC_TEXTS['ranking_heading'])
    table('ranking_table', 1, 10, 18, 277, 184, RANKING_COLUMNS)
    label('actions_heading', 2, 10, 6, 277, 10, 16, True, STATIC_TEXTS['actions_heading'])
    table('actions_table', 2, 10, 18, 184, 120, ACTION_COLUMNS)
    label('gaps', 2, 198, 18, 89, 120, 8)
    picture('chart_funding', 2, 10, 142, 135, 60)
    picture('chart_hazard', 2, 152, 142, 135, 60)
    pipeline_page(label, table, 3)
    label('method_heading', 4, 10, 6, 277, 10, 16, True, STATIC_TEXTS['method_heading'])
    label('method', 4, 10, 18, 277, 185, 11)
    footer = label('footer', 0, 10, 204, 277, 4.5, 7)
    footer.setHAlign(Qt.AlignmentFlag.AlignRight)
    return layout


def pipeline_page(label, table, page):
    """The finance pipeline's items on ``page`` of the layout being built (``label`` and ``table`` make its items):
    the pipeline by funding status and readiness band on the left, the cost by hazard addressed on the right, the
    note that says how they are read below."""
    label('pipeline_heading', page, 10, 6, 277, 10, 16, True, STATIC_TEXTS['pipeline_heading'])
    label('pipeline_caption', page, 10, 19, 140, 6, 10, True, STATIC_TEXTS['pipeline_caption'])
    table('pipeline_table', page, 10, 26, 141, 110, PIPELINE_COLUMNS)
    label('hazard_costs_caption', page, 160, 19, 127, 6, 10, True, STATIC_TEXTS['hazard_costs_caption'])
    table('hazard_costs_table', page, 160, 26, 93, 110, HAZARD_COST_COLUMNS)
    label('pipeline_note', page, 10, 140, 277, 60, 9)


def save_template(layout, path):
    return layout.saveAsTemplate(path, QgsReadWriteContext())


def load_template(path, project):
    """A print layout from a .qpt file, or a message saying why it cannot be used."""
    try:
        with open(path, encoding='utf-8') as handle:
            text = handle.read()
    except UnicodeDecodeError:
        raise ValueError('"{0}" is not a UTF-8 text file; a QGIS layout template (.qpt) saved by QGIS is.'.format(
            path)) from None
    document = QDomDocument()
    if not document.setContent(text)[0]:
        raise ValueError('"{0}" is not a QGIS layout template (.qpt).'.format(path))
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise ValueError('QGIS could not load the layout template "{0}".'.format(path))
    return layout


# --------------------------------------------------------------------------- filling

def item(layout, item_id):
    """A layout item by id, a text table by its frame's id, or None."""
    found = layout.itemById(item_id)
    if isinstance(found, QgsLayoutFrame):
        return found.multiFrame()
    return found


def fill(layout, content, log):
    """Put the report's content into the layout's items; log the ids the template lacks."""
    missing = []

    def set_text(item_id, text):
        target = item(layout, item_id)
        if isinstance(target, QgsLayoutItemLabel):
            target.setText(text)
        else:
            missing.append(item_id)

    static_texts(layout)
    set_text('title', content['title'])
    set_text('city', content['city'])
    set_text('date', content['date'])
    set_text('gaps', content['gaps'])
    set_text('method', content['method'])
    if content.get('map_note'):
        set_text('map_note', content['map_note'])
    logo = item(layout, 'logo')
    if isinstance(logo, QgsLayoutItemPicture):
        logo.setPicturePath(content.get('logo') or '')
    map_item = item(layout, 'map')
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setLayers(content['layers'])
        map_item.setCrs(content['crs'])
        map_item.setExtent(_fitted(content['extent'], map_item.rect()))
    else:
        missing.append('map')
    legend = item(layout, 'legend')
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        from qgis.core import QgsLegendStyle, QgsMapLayerLegendUtils
        for layer in content['legend_layers']:
            node = root.addLayer(layer)
            nodes = legend.model().layerLegendNodes(node)
            # A raster's first legend entry names its band ("Band 1 (Gray)"): the ramp says enough.
            if layer.type() == layer.RasterLayer and len(nodes) > 1 and 'Band' in (nodes[0].data(0) or ''):
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(nodes))))
                legend.model().refreshLayerLegend(node)
        for part in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
            style = legend.style(part)
            if hasattr(style, 'textFormat'):          # QGIS 3.30 and later: setFont is deprecated
                text_format = style.textFormat()
                text_format.setSize(7)
                style.setTextFormat(text_format)
            else:
                font = style.font()
                font.setPointSizeF(7)
                style.setFont(font)
            legend.setStyle(part, style)
        if legend.title() == LEGEND_TITLE:
            legend.setTitle(translate('ResilienceReport', LEGEND_TITLE))
        legend.adjustBoxSize()
        legend.refresh()
    else:
        missing.append('legend')
    scalebar = item(layout, 'scalebar')
    if isinstance(scalebar, QgsLayoutItemScaleBar) and isinstance(map_item, QgsLayoutItemMap):
        scalebar.setLinkedMap(map_item)
        scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        scalebar.update()
    for item_id, rows in (('ranking_table', content['ranking_rows']), ('actions_table', content['action_rows'])):
        table = item(layout, item_id)
        if isinstance(table, QgsLayoutItemTextTable):
            table.setContents(rows)
            if item_id == 'ranking_table':
                flow(layout, table, 'ranking_heading')
            else:                   # the plan's later pages have no charts below: their frames take the page
                flow(layout, table, 'actions_heading', height=PAGE[1] - 26)
        else:
            missing.append(item_id)
    fit_plan_page(layout)
    fill_pipeline(layout, content.get('pipeline'), missing)
    for item_id in ('chart_funding', 'chart_hazard'):
        picture = item(layout, item_id)
        chart = content[item_id]
        if isinstance(picture, QgsLayoutItemPicture):
            if isinstance(chart, dict):         # drawn now, at the shape of its frame
                size = picture.sizeWithUnits()
                chart = bar_chart(chart['path'], chart['title'], chart['bars'],
                                  size=(1200, round(1200 * size.height() / max(size.width(), 1.0))))
            picture.setPicturePath(chart)
        else:
            missing.append(item_id)
    if not footers(layout, ResilienceReport.tr('{0} — {1} · page {2} of {3}').format(
            content['title'], content['city'], '[% @layout_page %]', '[% @layout_numpages %]')):
        missing.append('footer')
    layout.refresh()
    if missing:
        log('The layout template has no item for: {0}; that content is left out.'.format(', '.join(missing)))
    return missing


def static_texts(layout):
    """The template's static texts (STATIC_TEXTS, the tables' column headings) in the report's language, where the
    template holds them as the plugin wrote them."""
    for item_id, english in STATIC_TEXTS.items():
        target = item(layout, item_id)
        if isinstance(target, QgsLayoutItemLabel) and target.text() == english:
            target.setText(translate('ResilienceReport', english))
    for item_id in ('ranking_table', 'actions_table', 'pipeline_table', 'hazard_costs_table'):
        table = item(layout, item_id)
        if isinstance(table, QgsLayoutItemTextTable):
            columns = list(table.columns())
            for column in columns:
                if column.heading() in COLUMN_HEADINGS:
                    column.setHeading(translate('ResilienceReport', column.heading()))
            table.setColumns(columns)


def fill_pipeline(layout, pipeline, missing):
    """The finance pipeline's page: its two tables and its note from ``pipeline`` (report_content.pipeline's dict),
    or, without one (no register given), the page taken out of the layout with its items. The ids the template
    lacks go to ``missing`` (only when there is a pipeline to show)."""
    if pipeline is None:
        remove_page_of(layout, [item(layout, i) for i in PIPELINE_ITEMS])
        return
    for item_id, rows in (('pipeline_table', pipeline['rows']), ('hazard_costs_table', pipeline['hazard_rows'])):
        table = item(layout, item_id)
        if isinstance(table, QgsLayoutItemTextTable):
            table.setContents(rows)
            flow(layout, table, 'pipeline_heading')
        else:
            missing.append(item_id)
    note = item(layout, 'pipeline_note')
    if isinstance(note, QgsLayoutItemLabel):
        note.setText(pipeline['note'])
        _note_below(layout, [item(layout, i) for i in ('pipeline_table', 'hazard_costs_table')], note)
    else:
        missing.append('pipeline_note')


def _note_below(layout, tables, note):
    """Short tables leave no empty half page: when each of ``tables`` fits its one frame, on the note's page, the
    frames shrink to their rows and ``note`` moves up to 8 mm below the taller one."""
    collection = layout.pageCollection()
    mm = QgsUnitTypes.LayoutMillimeters
    page = collection.pageNumberForPoint(note.pos())
    bottoms = []
    for table in tables:
        if not isinstance(table, QgsLayoutItemTextTable) or table.frameCount() != 1:
            return
        frame = table.frame(0)
        if collection.pageNumberForPoint(frame.pos()) != page:
            return
        top = layout.convertFromLayoutUnits(collection.positionOnPage(frame.pos()).y(), mm).length()
        height = min(table_height(table), frame.sizeWithUnits().height())
        frame.attemptResize(QgsLayoutSize(frame.sizeWithUnits().width(), height, mm))
        bottoms.append(top + height)
    note_top = layout.convertFromLayoutUnits(collection.positionOnPage(note.pos()).y(), mm).length()
    top = max(bottoms) + 8
    if top < note_top:
        x = layout.convertFromLayoutUnits(collection.positionOnPage(note.pos()).x(), mm).length()
        note.attemptMove(QgsLayoutPoint(x, top, mm), page=page)


def remove_page_of(layout, items):
    """Remove ``items`` (layout items, text tables or None) and the page they are on, when nothing else is on it
    but a footer; the later pages move up. Returns True when the page went."""
    frames = []
    for found in items:
        if isinstance(found, QgsLayoutMultiFrame):
            frames += [found.frame(n) for n in range(found.frameCount())]
        elif found is not None:
            frames.append(found)
    if not frames:
        return False
    collection = layout.pageCollection()
    pages = {collection.pageNumberForPoint(frame.pos()) for frame in frames}
    for frame in frames:
        layout.removeLayoutItem(frame)
    if len(pages) != 1 or collection.pageCount() < 2:
        return False
    (number,) = pages
    page = collection.page(number)
    others = [i for i in collection.itemsOnPage(number) if i is not page and i.id() != 'footer']
    if others:
        return False
    collection.deletePage(number)
    return True


def static_texts_of(layout, texts, context):
    """The labels ``texts`` ({item id: English text}) in the current language, translated in ``context``, where the
    template holds them as the plugin wrote them (another layout's, such as the project profiles')."""
    for item_id, english in texts.items():
        target = item(layout, item_id)
        if isinstance(target, QgsLayoutItemLabel) and target.text() == english:
            target.setText(translate(context, english))


def fit_plan_page(layout):
    """A short action plan leaves no empty half page: its table's frame shrinks to its rows, the gaps text to its
    lines, and the budget charts below them move up and grow into the room (to CHART_HEIGHT's largest).

    Only when the plan fits its one frame and the charts sit below the table and the gaps on the same page (as in
    the default template); a plan that runs over pages keeps the page as it is. Returns the charts' new top (mm
    from the page's top) or None."""
    table = item(layout, 'actions_table')
    charts = [item(layout, i) for i in ('chart_funding', 'chart_hazard')]
    if not isinstance(table, QgsLayoutItemTextTable) or table.frameCount() != 1 or not all(
            isinstance(c, QgsLayoutItemPicture) for c in charts):
        return None
    collection = layout.pageCollection()
    mm = QgsUnitTypes.LayoutMillimeters

    def place(layout_item):
        """(page, top, bottom) of an item, in mm on its page."""
        top = layout.convertFromLayoutUnits(collection.positionOnPage(layout_item.pos()).y(), mm).length()
        height = layout.convertFromLayoutUnits(layout_item.rect().height(), mm).length()
        return collection.pageNumberForPoint(layout_item.pos()), top, top + height

    frame = table.frame(0)
    page, top, bottom = place(frame)
    blocks = [frame]
    gaps = item(layout, 'gaps')
    if isinstance(gaps, QgsLayoutItemLabel) and place(gaps)[0] == page:
        blocks.append(gaps)
    if any(place(c)[0] != page or place(c)[1] < max(place(b)[2] for b in blocks) - 0.01 for c in charts):
        return None
    rows = table_height(table)
    if rows < bottom - top:
        frame.attemptResize(QgsLayoutSize(frame.sizeWithUnits().width(), rows, mm))
    if len(blocks) > 1:
        needed = text_height(gaps)
        gaps_page, gaps_top, gaps_bottom = place(gaps)
        if needed < gaps_bottom - gaps_top:
            gaps.attemptResize(QgsLayoutSize(gaps.sizeWithUnits().width(), needed, mm))
    chart_top = max(place(b)[2] for b in blocks) + 4
    height = max(CHART_HEIGHT[0], min(CHART_HEIGHT[1], PLAN_BOTTOM - chart_top))
    chart_top = min(chart_top, PLAN_BOTTOM - height)
    for chart in charts:
        x = layout.convertFromLayoutUnits(collection.positionOnPage(chart.pos()).x(), mm).length()
        chart.attemptMove(QgsLayoutPoint(x, chart_top, mm), page=page)
        chart.attemptResize(QgsLayoutSize(chart.sizeWithUnits().width(), height, mm))
    return chart_top


def table_height(table):
    """The height in mm of a text table's header and rows, one line each (the report's tables truncate), with
    half a row to spare. (totalSize() gives its frames' height when the table uses its existing frames.)"""
    from qgis.core import QgsLayoutUtils

    def line(text_format):
        return QgsLayoutUtils.fontHeightMM(text_format.toQFont()) + 2 * table.cellMargin() + table.gridStrokeWidth()
    row = line(table.contentTextFormat())
    return line(table.headerTextFormat()) + row * (len(table.contents()) + 0.5) + table.gridStrokeWidth()


def text_height(label):
    """The height in mm a label's text takes at its width, its long lines wrapped, with a line to spare.
    (QgsLayoutItemLabel.sizeForText measures one line only on QGIS 3.22.)"""
    from qgis.core import QgsLayoutUtils
    font = label.textFormat().toQFont() if hasattr(label, 'textFormat') else label.font()
    width = max(1.0, label.sizeWithUnits().width() - 2 * label.marginX())
    lines = sum(max(1, math.ceil(QgsLayoutUtils.textWidthMM(font, line) * 1.1 / width))
                for line in label.text().split('\n'))
    return (lines + 1) * QgsLayoutUtils.fontHeightMM(font) * 1.2 + 2 * label.marginY()


def flow(layout, table, heading_id=None, height=None):
    """Give ``table`` the frames its rows need: a page after its last frame for each, with a frame at the same
    place (``height`` mm tall, or as tall as the last frame) and the heading ``heading_id`` repeated above it,
    "(continued)". Inserting a page moves the items of the later pages down with it.

    Returns the number of pages added.
    """
    heading = item(layout, heading_id) if heading_id else None
    # No undo history for pages the report makes: QGIS would otherwise copy the whole page collection into an
    # undo command for every page added (5,000 settlements took 35 s, most of it in those copies).
    blocked = layout.undoStack().isBlocked()
    layout.undoStack().blockCommands(True)
    try:
        added = _add_frames(layout, table, heading, height)
    finally:
        layout.undoStack().blockCommands(blocked)
    return added


def _add_frames(layout, table, heading, height):
    collection = layout.pageCollection()
    added = 0
    shown = -1.0
    table.recalculateFrameSizes()
    while table.frameCount():
        last = table.frame(table.frameCount() - 1)
        remaining = table.totalSize().height() - last.extent().bottom()
        if remaining <= 0.01 or last.extent().bottom() <= shown:
            break                   # all shown, or a frame too small for one row (a restyled template's)
        shown = last.extent().bottom()
        size = last.sizeWithUnits()
        if height:                  # taller, but never past the page's foot
            top = layout.convertFromLayoutUnits(collection.positionOnPage(last.pos()).y(),
                                                QgsUnitTypes.LayoutMillimeters).length()
            page_height = collection.page(collection.pageNumberForPoint(last.pos())).pageSize().height()
            size = QgsLayoutSize(size.width(), max(size.height(), min(height, page_height - top - 8)),
                                 QgsUnitTypes.LayoutMillimeters)
        # Frames by the batch (one recalculation each batch, not each page: 5,000 rows in seconds), one fewer
        # than the estimate so that none is left empty; the last ones come one at a time.
        batch = max(1, int(remaining // layout.convertToLayoutUnits(size).height()) - 1)
        for _ in range(batch):
            number = collection.pageNumberForPoint(last.pos())
            page = QgsLayoutItemPage(layout)
            page.setPageSize(collection.page(number).pageSize())
            collection.insertPage(page, number + 1)
            frame = QgsLayoutFrame(layout, table)
            frame.setId('{0}_page{1}'.format(table.frame(0).id(), added + 2))
            frame.setFrameEnabled(last.frameEnabled())
            frame.attemptMove(QgsLayoutPoint(collection.positionOnPage(last.pos()), layout.units()), page=number + 1)
            frame.attemptResize(size)
            table.addFrame(frame, recalcFrameSizes=False)
            if isinstance(heading, QgsLayoutItemLabel):
                _continued(layout, heading, number + 1)
            added += 1
            last = frame
        table.recalculateFrameSizes()
    return added


def _continued(layout, heading, page):
    """A copy of the label ``heading`` on ``page``, saying "(continued)"."""
    return _copy_label(layout, heading, page, ResilienceReport.tr('{0} (continued)').format(heading.text()))


def _copy_label(layout, label, page, text):
    """A copy of ``label`` (its text format, alignment, place on its page and size) on ``page``, saying ``text``."""
    copy = QgsLayoutItemLabel(layout)
    copy.setText(text)
    if hasattr(label, 'textFormat'):
        copy.setTextFormat(label.textFormat())
    else:
        copy.setFont(label.font())
    copy.setHAlign(label.hAlign())
    copy.setVAlign(label.vAlign())
    layout.addLayoutItem(copy)
    copy.attemptMove(QgsLayoutPoint(layout.pageCollection().positionOnPage(label.pos()), layout.units()),
                     page=page)
    copy.attemptResize(label.sizeWithUnits())
    return copy


def footers(layout, text):
    """The ``footer`` label, saying ``text``, on every page (the pages the ranking added too); [% @layout_page %]
    in ``text`` is each page's number. Returns the pages given a footer."""
    footer = item(layout, 'footer')
    if not isinstance(footer, QgsLayoutItemLabel):
        return []
    footer.setText(text)
    collection = layout.pageCollection()
    own = collection.pageNumberForPoint(footer.pos())
    for number in range(collection.pageCount()):
        if number != own:
            _copy_label(layout, footer, number, text)
    return list(range(collection.pageCount()))


def rank_labels(layer, rank_field='priority_rank', size=6.5):
    """Label each settlement of ``layer`` with its rank, the number the ranking table gives it.

    Where labels would collide, the higher-ranked settlement keeps its number (the label's priority falls
    with the rank), so a city of 5,000 shows the ones that matter first; a white halo keeps them legible on
    the priority colours."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsProperty,
        QgsTextBufferSettings,
        QgsVectorLayerSimpleLabeling,
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = rank_field
    placement = getattr(Qgis, 'LabelPlacement', None) or QgsPalLayerSettings.Placement
    settings.placement = placement.OverPoint                 # on the polygon's centroid
    text = _text_format(size, bold=True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor('white'))
    text.setBuffer(buffer)
    settings.setFormat(text)
    count = max(1, layer.featureCount())
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(
        'max(0, 10 - 10 * ("{0}" - 1) / {1})'.format(rank_field, count)))
    settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


_RESULT = QgsLayoutExporter.ExportResult
EXPORT_ERRORS = {
    _RESULT.Canceled: 'the export was cancelled',
    _RESULT.MemoryError: 'not enough memory for the page image; lower the resolution',
    _RESULT.FileError: 'the file cannot be written (is the path a folder, or the file open elsewhere?)',
    _RESULT.PrintError: 'the printer or PDF engine failed',
    _RESULT.SvgLayerError: 'an SVG layer failed',
    _RESULT.IteratorError: 'the atlas failed',
}


def export(layout, pdf_path, png_path=None, dpi=150):
    """Export the layout to PDF (text kept as text) and page 1 to PNG.

    Both are written beside their destinations first and moved there only when both are
    done, so a failure leaves neither half a report nor an earlier one replaced.
    """
    for path, what in ((pdf_path, 'PDF'), (png_path, 'map image')):
        if path and os.path.isdir(path):
            raise RuntimeError('QGIS could not write the {0} {1}: that path is a folder. Give a file name.'.format(
                what, path))
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    pdf_partial = pdf_path + '.partial.pdf'
    png_partial = (png_path[:-4] + '.partial.png') if png_path else None
    try:
        result = exporter.exportToPdf(pdf_partial, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise RuntimeError('QGIS could not write the PDF {0}: {1}.'.format(
                pdf_path, EXPORT_ERRORS.get(result, 'error {0}'.format(result))))
        if png_path:
            _export_png(exporter, png_partial, png_path, dpi)
        try:
            if png_path:
                os.replace(png_partial, png_path)
            os.replace(pdf_partial, pdf_path)
        except OSError as err:
            raise RuntimeError('QGIS could not write the report files: {0}.'.format(err)) from None
    finally:
        for partial in (pdf_partial, png_partial):
            if partial and os.path.exists(partial):
                os.remove(partial)
    return [png_path] if png_path else []


def _export_png(exporter, partial, png_path, dpi):
    """Page 1 as a PNG, rendered to an image and saved by Qt.

    QgsLayoutExporter.exportToImage would then reopen the file through GDAL to georeference
    it, which PNG cannot take ("ERROR 6: The PNG driver does not support update access"
    printed on every export); the map image needs no georeference.
    """
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull() or not image.save(partial, 'PNG'):
        raise RuntimeError('QGIS could not write the map image {0}: check that the folder is writable and '
                           'has room.'.format(png_path))


# --------------------------------------------------------------------------- content

def bar_chart(path, title, bars, currency='', size=(1200, 520)):
    """A small bar chart as a PNG (for the layout), from (label, value) or (label, value, currency) bars,
    ``size`` pixels; the values written as the report's language writes amounts.

    Bars in different currencies are each scaled to the largest in their own currency: their lengths
    are not comparable across currencies, and each value says its currency."""
    width, height = int(size[0]), max(200, int(size[1]))
    formats = numbers()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor('white'))
    painter = QPainter(image)
    try:
        font = QFont()
        font.setPixelSize(26)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(20, 10, width - 40, 40), LEFT_MIDDLE, title)
        font.setBold(False)
        font.setPixelSize(22)
        painter.setFont(font)
        bars = [tuple(bar) if len(bar) == 3 else (bar[0], bar[1], currency) for bar in bars]
        top = {}
        for _, value, unit in bars:
            top[unit] = max(top.get(unit, 0.0), value)
        row = (height - 70) / max(1, len(bars))
        for number, (label_text, value, unit) in enumerate(bars):
            y = 60 + number * row
            painter.setPen(QColor('black'))
            painter.drawText(QRectF(20, y, 280, row - 6), RIGHT_MIDDLE, label_text)
            length = (width - 560) * value / (top[unit] or 1.0)
            thickness = min(row * 0.7, 80)          # a tall chart of few bars spaces them, not fattens them
            painter.fillRect(QRectF(310, y + (row - thickness) / 2, length, thickness), QColor('#3182bd'))
            # The value beside the end of its own bar, not in a column far from the short ones.
            painter.drawText(QRectF(310 + length + 10, y, 240, row - 6), LEFT_MIDDLE,
                             formats.money(value, unit))
    finally:
        painter.end()
    image.save(path)
    return path


def settings_of(ranking):
    """The priority run's settings stored in the ranking (method, weights, sensitivity), or {}."""
    for feature in ranking.getFeatures():
        text = feature['priority_settings'] if ranking.fields().lookupField('priority_settings') >= 0 else None
        if text:
            try:
                return json.loads(text)
            except ValueError:
                return {}
    return {}


def versions():
    return 'Resilience Planner {0}, QGIS {1}'.format(assets.metadata('version'), Qgis.QGIS_VERSION)


def _fitted(extent, rect, margin=1.05):
    """``extent`` grown to the map item's shape, so that all of it shows without distortion."""
    from qgis.core import QgsRectangle
    width, height = extent.width() * margin, extent.height() * margin
    ratio = rect.width() / rect.height() if rect.height() else 1.0
    if width / max(height, 1e-12) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def _set_text_format(label, size, bold=False):
    """A label's font: through QgsTextFormat from QGIS 3.24 on (setFont is deprecated there), by setFont on 3.22."""
    if hasattr(label, 'setTextFormat'):
        label.setTextFormat(_text_format(size, bold))
    else:
        label.setFont(_font(size, bold))


def _text_format(size, bold=False):
    from qgis.core import QgsTextFormat
    text = QgsTextFormat()
    text.setFont(_font(size, bold))
    text.setSize(size)
    return text


def _font(size, bold=False):
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font
