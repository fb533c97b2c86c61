"""resilienceplanner:report: the PDF a planner hands to a council, read back with poppler."""
import os
import re
import shutil
import subprocess

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtGui import QImage

from resilience_planner.qgis_side.register import open_register, save_register


@pytest.fixture(scope='module')
def inputs(sample_priorities, sample_city, tmp_path_factory):
    out = tmp_path_factory.mktemp('report_inputs')
    gpkg = sample_city['vectors']
    ranking = QgsVectorLayer(sample_priorities['ranking'], 'ranking', 'ogr')
    top = min(ranking.getFeatures(), key=lambda f: f['priority_rank'])
    register = str(out / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    for values in (dict(title='Drains for {0}'.format(top['name']), action_type='structural', status='approved',
                        hazards='flood', settlements=top['settlement_id'], cost_estimate=250000.0, currency='USD',
                        funding_status='committed'),
                   dict(title='Cool roofs', action_type='nature-based', status='proposed', hazards='heat',
                        cost_estimate=40000.0, currency='USD', funding_status='proposal')):
        layer.addFeature(QgsVectorLayerUtils.createFeature(layer, attributes={
            fields.lookupField(k): v for k, v in values.items()}))
    save_register(layer)
    return {'ranking': sample_priorities['ranking'], 'priority': sample_priorities['priority'], 'gpkg': gpkg,
            'register': register, 'top': top['name']}


def run_report(inputs, tmp_path, **extra):
    parameters = {'RANKING': inputs['ranking'], 'PRIORITY': inputs['priority'],
                  'BOUNDARY': inputs['gpkg'] + '|layername=city_boundary', 'ROADS': inputs['gpkg'] + '|layername=roads',
                  'ACTIONS': inputs['register'] + '|layername=planned_actions', 'CITY_NAME': 'Mto Mkuu',
                  'OUTPUT_PDF': str(tmp_path / 'report.pdf'), 'OUTPUT_PNG': str(tmp_path / 'map.png')}
    feedback = extra.pop('feedback', None)
    parameters.update(extra)
    return processing.run('resilienceplanner:report', parameters, feedback=feedback)


def pdf_text(path, page=None):
    command = ['pdftotext', '-layout'] + (['-f', str(page), '-l', str(page)] if page else []) + [path, '-']
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return text.replace('\ufb02', 'fl').replace('\ufb01', 'fi')        # the fonts' ligatures


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_the_pdf_has_five_pages_with_their_sections(inputs, tmp_path):
    result = run_report(inputs, tmp_path)
    info = subprocess.run(['pdfinfo', result['OUTPUT_PDF']], capture_output=True, text=True, check=True).stdout
    assert re.search(r'^Pages:\s+5$', info, re.M)
    first, ranking, plan, pipeline, method = (pdf_text(result['OUTPUT_PDF'], page) for page in (1, 2, 3, 4, 5))
    assert 'Finance pipeline' in pipeline and 'Total cost by hazard addressed' in pipeline
    assert 'Resilience priorities' in first and 'Mto Mkuu' in first and 'Legend' in first
    assert 'lowest here (0 = no criterion scores)' in first and 'highest here (100 = every criterion high)' in first
    first_row = next(line for line in ranking.splitlines() if re.match(r'^\s*1\s', line))
    assert 'Settlement ranking' in ranking and inputs['top'] in first_row
    assert 'Action plan' in plan and 'Drains for {0}'.format(inputs['top']) in plan
    assert 'High priority, no active action' in plan
    assert 'Method and provenance' in method and 'Resilience Planner' in method and 'QGIS 3.' in method
    assert 'Flood depth' in method and '50 runs' in method and 'Flood depth: linear, 0 at 0, 1 at 1.5' in method
    # The top settlement has an action: the ranking says so, and it is not listed as a gap.
    top_line = next(line for line in ranking.splitlines() if inputs['top'] in line)
    assert top_line.rstrip().endswith('yes')
    assert '. {0} (priority'.format(inputs['top']) not in plan


def test_the_map_png_is_not_blank_and_has_its_legend(inputs, tmp_path):
    result = run_report(inputs, tmp_path)
    image = QImage(result['OUTPUT_PNG'])
    assert not image.isNull() and image.width() > 1000
    pixels = np.array([[image.pixelColor(x, y).lightness() for x in range(0, image.width(), 8)]
                       for y in range(0, image.height(), 8)], dtype=float)
    width = pixels.shape[1]
    map_part = pixels[:, int(width * 0.05):int(width * 0.7)]
    legend_part = pixels[int(pixels.shape[0] * 0.2):int(pixels.shape[0] * 0.55), int(width * 0.75):]
    assert map_part.std() > 15                       # a map, not an empty frame
    assert (legend_part < 200).mean() > 0.01         # legend symbols and text are drawn


def test_a_template_without_some_items_still_reports_and_says_what_is_missing(inputs, tmp_path):
    from resilience_planner.qgis_side.report import build_layout, save_template
    layout = build_layout(QgsProject.instance())
    layout.removeLayoutItem(layout.itemById('logo'))
    layout.removeLayoutItem(layout.itemById('gaps'))
    template = str(tmp_path / 'mine.qpt')
    assert save_template(layout, template)
    from .conftest import RecordingFeedback
    feedback = RecordingFeedback()
    parameters = {'RANKING': inputs['ranking'], 'PRIORITY': inputs['priority'],
                  'BOUNDARY': inputs['gpkg'] + '|layername=city_boundary', 'CITY_NAME': 'Mto Mkuu',
                  'TEMPLATE': template, 'OUTPUT_PDF': str(tmp_path / 'mine.pdf')}
    processing.run('resilienceplanner:report', parameters, feedback=feedback)
    assert (tmp_path / 'mine.pdf').exists()
    assert any('has no item for: gaps' in w for w in feedback.warnings)


def test_keep_the_layout_in_the_project(inputs, tmp_path):
    run_report(inputs, tmp_path, ADD_TO_PROJECT=True)
    result = run_report(inputs, tmp_path, ADD_TO_PROJECT=True)           # again: replaced, not doubled
    try:
        layout = QgsProject.instance().layoutManager().layoutByName(result['LAYOUT'])
        assert layout is not None and layout.pageCollection().pageCount() == 5
        assert len(QgsProject.instance().layoutManager().layouts()) == 1
        assert len(QgsProject.instance().mapLayers()) == 4
    finally:
        QgsProject.instance().layoutManager().clear()
        QgsProject.instance().removeAllMapLayers()


def test_a_layer_that_is_not_a_ranking_is_refused(inputs, tmp_path):
    with pytest.raises(QgsProcessingException, match='is not a priority ranking'):
        run_report(inputs, tmp_path, RANKING=inputs['gpkg'] + '|layername=settlements')


def test_names_costs_and_currencies_that_would_spoil_the_pages(inputs, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsVectorLayerUtils
    ranking = str(tmp_path / 'ranking.gpkg')
    shutil.copy(inputs['ranking'], ranking)
    dataset = ogr.Open(ranking, 1)
    table = dataset.GetLayer(0)
    for row in table:
        if row.GetField('priority_rank') in (1, 2):
            if row.GetField('priority_rank') == 1:
                row.SetField('name', 'A' * 237)
            else:
                row.SetFieldNull('name')
                unnamed_key = row.GetField('settlement_id')
            table.SetFeature(row)
    dataset = None
    register = str(tmp_path / 'mixed.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    for title, cost, currency in (('Big', 5e7, 'KES'), ('Small', 1e5, 'USD'), ('No cost', None, None),
                                  ('Middle', 2e5, 'USD')):
        layer.addFeature(QgsVectorLayerUtils.createFeature(layer, attributes={
            fields.lookupField('title'): title, fields.lookupField('action_type'): 'policy',
            fields.lookupField('status'): 'approved', fields.lookupField('cost_estimate'): cost,
            fields.lookupField('currency'): currency, fields.lookupField('funding_status'): 'committed'}))
    save_register(layer)
    result = run_report(inputs, tmp_path, RANKING=ranking, ACTIONS=register + '|layername=planned_actions')
    ranking_page, plan = pdf_text(result['OUTPUT_PDF'], 2), pdf_text(result['OUTPUT_PDF'], 3)
    first_rows = [line for line in ranking_page.splitlines() if re.match(r'^\s*[12]\s', line)]
    # A settlement without a name is named by its key, never by its feature id.
    assert 'A' * 39 + '…' in first_rows[0] and re.search(r'^\s*2\s+{0}\s'.format(unnamed_key), first_rows[1])
    assert all(re.search(r'\d+\.\d', row) for row in first_rows)             # the priority column is on the page
    order = [title for title in ('Big', 'Middle', 'Small', 'No cost') if title in plan]
    assert order == ['Big', 'Middle', 'Small', 'No cost'] and plan.index('Big') < plan.index('Middle') < \
        plan.index('Small') < plan.index('No cost')


def test_a_failed_png_leaves_no_pdf_and_an_empty_boundary_is_named(inputs, tmp_path):
    (tmp_path / 'map.png').mkdir()
    with pytest.raises(QgsProcessingException, match='could not write the map image'):
        run_report(inputs, tmp_path, OUTPUT_PNG=str(tmp_path / 'map.png'))
    assert not (tmp_path / 'report.pdf').exists()
    from .conftest import vector_layer
    empty = vector_layer('Polygon', [], name='empty boundary', crs='EPSG:4326')
    with pytest.raises(QgsProcessingException, match='"empty boundary" has no features'):
        run_report(inputs, tmp_path, BOUNDARY=empty, OUTPUT_PNG=None)


def test_a_missing_logo_and_a_boundary_elsewhere_are_warned_about(inputs, tmp_path):
    from .conftest import RecordingFeedback, vector_layer
    elsewhere = vector_layer('Polygon', ['POLYGON((10 50, 11 50, 11 51, 10 51, 10 50))'], name='elsewhere',
                             crs='EPSG:4326')
    feedback = RecordingFeedback()
    processing.run('resilienceplanner:report', {
        'RANKING': inputs['ranking'], 'PRIORITY': inputs['priority'], 'BOUNDARY': elsewhere, 'CITY_NAME': 'X',
        'LOGO': str(tmp_path / 'no_logo.png'), 'OUTPUT_PDF': str(tmp_path / 'r.pdf')}, feedback=feedback)
    assert any('no_logo.png does not exist' in w for w in feedback.warnings)
    assert any('"elsewhere" does not overlap the priority raster' in w for w in feedback.warnings)


def test_every_label_of_the_layout_and_the_template_is_left_and_top_aligned(plugin):
    """QGIS 3.40 and later justify a label whose alignment was never set: the report states it."""
    from qgis.core import QgsLayoutItemLabel, QgsPrintLayout, QgsReadWriteContext
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtXml import QDomDocument

    from resilience_planner import assets
    from resilience_planner.qgis_side.report import build_layout
    built = build_layout(QgsProject.instance())
    loaded = QgsPrintLayout(QgsProject.instance())
    document = QDomDocument()
    with open(os.path.join(assets.RESOURCES, 'templates', 'resilience_report.qpt'), encoding='utf-8') as template:
        assert document.setContent(template.read())
    loaded.loadFromTemplate(document, QgsReadWriteContext())
    for layout in (built, loaded):
        labels = [i for i in layout.items() if isinstance(i, QgsLayoutItemLabel)]
        assert len(labels) >= 8
        for label in labels:
            assert label.mode() == QgsLayoutItemLabel.Mode.ModeFont, label.id()         # plain text, never HTML
            expected = Qt.AlignmentFlag.AlignRight if label.id() == 'footer' else Qt.AlignmentFlag.AlignLeft
            assert label.hAlign() == expected, label.id()
            assert label.vAlign() == Qt.AlignmentFlag.AlignTop, label.id()


@pytest.mark.parametrize('field', ['nome', 'jina', 'nombre_asentamiento', 'descricao'])
def test_the_report_names_settlements_by_their_own_name_field_never_by_feature_id(inputs, tmp_path, field):
    """Renamed from "name" to what a city calls it (the last one only found as a text field of mostly
    distinct values): the pages list "Bondeni", not 643."""
    from osgeo import ogr
    ranking = str(tmp_path / 'ranking.gpkg')
    shutil.copy(inputs['ranking'], ranking)
    dataset = ogr.Open(ranking, 1)
    dataset.ExecuteSQL('ALTER TABLE "{0}" RENAME COLUMN "name" TO "{1}"'.format(dataset.GetLayer(0).GetName(), field))
    dataset = None
    from .conftest import RecordingFeedback
    feedback = RecordingFeedback()
    result = run_report(inputs, tmp_path, RANKING=ranking, feedback=feedback)
    assert any('Settlements are named by the field "{0}"'.format(field) in i for i in feedback.infos)
    ranking_page = pdf_text(result['OUTPUT_PDF'], 2)
    top = QgsVectorLayer(ranking, 'r', 'ogr')
    first = min(top.getFeatures(), key=lambda f: f['priority_rank'])
    assert re.search(r'^\s*1\s+{0}\s'.format(re.escape(first[field])), ranking_page, re.M)


def test_the_report_asks_processing_for_the_main_thread(plugin):
    """Layouts are not thread safe: QGIS printed "Cannot set parent, new parent is in a different thread"
    when the report added its layout from Processing's worker thread."""
    from qgis.core import QgsApplication, QgsProcessingAlgorithm
    algorithm = QgsApplication.processingRegistry().createAlgorithmById('resilienceplanner:report')
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading


def test_a_report_into_a_missing_folder_stops_before_any_work(inputs, tmp_path):
    """The base class's destination check covers the PDF and the image (the report had a copy of it)."""
    with pytest.raises(QgsProcessingException, match=r'The folder for ".*" does not exist: .*nowhere'):
        run_report(inputs, tmp_path, OUTPUT_PDF=str(tmp_path / 'nowhere' / 'report.pdf'))


def test_the_budget_charts_show_each_currency_apart_never_added(plugin, tmp_path):
    from resilience_planner.qgis_side.report import bar_chart
    from resilience_planner.qgis_side.report_content import budgets
    records = [
        {'title': 'Drains', 'status': 'approved', 'cost_estimate': 1000000.0, 'currency': 'KES',
         'funding_status': 'committed', 'hazards': 'flood'},
        {'title': 'Pumps', 'status': 'in progress', 'cost_estimate': 200000.0, 'currency': 'KES',
         'funding_status': 'proposal', 'hazards': 'flood, heat'},
        {'title': 'Clinic', 'status': 'approved', 'cost_estimate': 40000.0, 'currency': 'USD',
         'funding_status': 'committed'},
        {'title': 'Sirens', 'status': 'proposed', 'cost_estimate': 5000.0, 'funding_status': 'disbursed',
         'hazards': 'heat'},
        {'title': 'Old plan', 'status': 'cancelled', 'cost_estimate': 7.0, 'currency': 'USD'},
    ]
    funding, hazards = budgets(records)
    assert funding == [('proposal · KES', 200000.0, 'KES'), ('committed · KES', 1000000.0, 'KES'),
                       ('committed · USD', 40000.0, 'USD'), ('disbursed · no currency', 5000.0, '')]
    assert hazards == [('flood · KES', 1100000.0, 'KES'), ('heat · KES', 100000.0, 'KES'),
                       ('heat · no currency', 5000.0, ''), ('not stated · USD', 40000.0, 'USD')]
    # One currency: every funding status, labelled as before (the currency is in the values).
    funding, _ = budgets(records[:2])
    assert funding == [('identified', 0.0, 'KES'), ('proposal', 200000.0, 'KES'), ('committed', 1000000.0, 'KES'),
                       ('disbursed', 0.0, 'KES')]
    # Each currency's largest bar fills the width: USD 40,000 is not drawn as a sliver of KES 1,000,000.
    path = bar_chart(str(tmp_path / 'chart.png'), 'Budget', [('committed · KES', 1e6, 'KES'),
                                                             ('committed · USD', 4e4, 'USD')])
    image = QImage(path)
    row = (520 - 70) / 2
    ends = [image.pixelColor(310 + 640 - 5, int(60 + n * row + row / 2)).name() for n in (0, 1)]
    assert ends == ['#3182bd', '#3182bd']


# --------------------------------------------------------------------------- a report a council can read

def pdf_text_in(path, page, box_mm):
    """The text of page ``page`` inside ``box_mm`` (x, y, width, height in mm from the page's top left)."""
    x, y, width, height = (round(v * 72 / 25.4) for v in box_mm)
    command = ['pdftotext', '-f', str(page), '-l', str(page), '-x', str(x), '-y', str(y), '-W', str(width),
               '-H', str(height), path, '-']
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def page_count(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'^Pages:\s+(\d+)$', info, re.M).group(1))


def ranked_rows(text):
    """The ranking table's rows on a page of text: (rank, the rest of the line)."""
    return [(int(match.group(1)), match.group(2)) for match in re.finditer(r'^\s*(\d+)\s+(\S.*)$', text, re.M)]


def page_images(path, tmp_path, first, last, name='page'):
    """Pages ``first`` to ``last`` as PNGs (pdftoppm, 60 dpi), for the eye and for the pixel checks."""
    prefix = str(tmp_path / name)
    subprocess.run(['pdftoppm', '-png', '-r', '60', '-f', str(first), '-l', str(last), path, prefix], check=True)
    return sorted(str(p) for p in tmp_path.glob(name + '*.png'))


def ink_bottom(png):
    """How far down the page (0 to 1) its last non-white pixel row is."""
    image = QImage(png)
    rows = [y for y in range(0, image.height(), 2)
            if any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 3))]
    return (rows[-1] + 1) / image.height() if rows else 0.0


@pytest.fixture(scope='module')
def city_of_300(plugin, sample_city, tmp_path_factory):
    """A ranking of 312 settlements: the sample city's boundary tiled with 24 x 13 squares of 120 m, through
    the real priority map (flood and heat, people, 20 sensitivity runs)."""
    from osgeo import ogr, osr
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform
    out = tmp_path_factory.mktemp('city_of_300')
    gpkg = sample_city['vectors']
    boundary = QgsVectorLayer(gpkg + '|layername=city_boundary', 'b', 'ogr')
    metres = QgsCoordinateReferenceSystem('EPSG:32737')                 # the rasters' CRS
    extent = QgsCoordinateTransform(boundary.crs(), metres, QgsProject.instance()).transformBoundingBox(
        boundary.extent())
    path = str(out / 'mitaa.gpkg')
    dataset = ogr.GetDriverByName('GPKG').CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32737)
    table = dataset.CreateLayer('mitaa', srs, ogr.wkbPolygon)
    table.CreateField(ogr.FieldDefn('mtaa_id', ogr.OFTString))
    table.CreateField(ogr.FieldDefn('name', ogr.OFTString))
    columns, rows = 24, 13
    step_x, step_y = extent.width() * 0.6 / columns, extent.height() * 0.6 / rows
    number = 0
    for row in range(rows):
        for column in range(columns):
            x = extent.xMinimum() + extent.width() * 0.2 + column * step_x
            y = extent.yMinimum() + extent.height() * 0.2 + row * step_y
            feature = ogr.Feature(table.GetLayerDefn())
            number += 1
            feature.SetField('mtaa_id', 'M{0:03d}'.format(number))
            feature.SetField('name', 'Mtaa wa {0}'.format(number))
            square_wkt = 'POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))'.format(x, y, x + 120, y + 120)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(square_wkt))
            table.CreateFeature(feature)
    dataset = None
    ranking = str(out / 'ranking_300.gpkg')
    processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': gpkg + '|layername=city_boundary', 'CELL_SIZE': 100,
        'HAZARDS': [sample_city['flood_depth'], sample_city['heat_lst']],
        'HAZARD_SETTINGS': ['1', 'linear', 0, 1.5, '', 3, '2', 'linear', 33, 40, '', 1],
        'POPULATION': sample_city['population'], 'SETTLEMENTS': path + '|layername=mitaa', 'SENSITIVITY_RUNS': 20,
        'PRIORITY': str(out / 'priority.tif'), 'CLASSES': str(out / 'classes.tif'), 'ZONES': str(out / 'z.gpkg'),
        'RANKING': ranking})
    layer = QgsVectorLayer(ranking, 'r', 'ogr')
    ranked = sum(1 for f in layer.getFeatures() if f['priority_rank'] is not None and f['priority_rank'] == f[
        'priority_rank'])
    return {'ranking': ranking, 'priority': str(out / 'priority.tif'), 'ranked': ranked, 'gpkg': gpkg}


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_the_sample_city_ranking_lists_all_40_by_name_and_criterion_label(inputs, tmp_path):
    result = run_report(inputs, tmp_path)
    assert page_count(result['OUTPUT_PDF']) == 5                 # 40 rows fit the one ranking page
    ranking = pdf_text(result['OUTPUT_PDF'], 2)
    rows = ranked_rows(ranking)
    layer = QgsVectorLayer(inputs['ranking'], 'r', 'ogr')
    names = {f['priority_rank']: f['name'] for f in layer.getFeatures()}
    assert [rank for rank, _ in rows] == list(range(1, 41)) and len(names) == 40
    for rank, rest in rows:
        assert rest.startswith(names[rank]), (rank, rest)
    # Drivers by their criterion labels; the keys stay in the data.
    assert 'flood_depth' not in ranking and 'heat_lst' not in ranking and 'population' not in ranking
    assert re.search(r'(Flood depth|Heat lst|People|Access to services) \d+%', ranking)
    assert 'more in the ranking layer' not in ranking


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_the_cover_map_numbers_the_settlements_by_their_rank(inputs, tmp_path):
    result = run_report(inputs, tmp_path)
    # The map's labels are text in the PDF: inside the map frame (10-215 mm, 30-200 mm), the top ten never
    # collide away (they outrank every other label), and nothing but rank numbers is written there.
    on_map = pdf_text_in(result['OUTPUT_PDF'], 1, (11, 31, 203, 168))
    words = on_map.split()
    assert words and all(word.isdigit() and 1 <= int(word) <= 40 for word in words), words
    assert set(range(1, 11)) <= set(int(word) for word in words)
    note = ' '.join(pdf_text_in(result['OUTPUT_PDF'], 1, (219, 139, 50, 32)).split())
    assert note.startswith('Numbers on the map are the settlements\' ranks (1 = highest priority), as in the ranking')
    assert note.endswith('40 settlements ranked.')


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_a_ranking_of_300_runs_over_pages_and_the_plan_and_method_follow_it(city_of_300, inputs, tmp_path):
    result = run_report(inputs, tmp_path, RANKING=city_of_300['ranking'], PRIORITY=city_of_300['priority'],
                        ACTIONS=None, OUTPUT_PNG=None)
    pdf = result['OUTPUT_PDF']
    total = city_of_300['ranked']
    assert total >= 300
    pages = page_count(pdf)
    texts = [pdf_text(pdf, page) for page in range(1, pages + 1)]
    ranking_pages = [n for n, text in enumerate(texts) if ranked_rows(text) and 'Rank range' in text]
    # Every settlement once, in rank order, on consecutive pages right after the cover; each page repeats the
    # header; the plan and the method come after the last of them.
    ranks = [rank for n in ranking_pages for rank, _ in ranked_rows(texts[n])]
    assert ranks == list(range(1, total + 1))
    assert ranking_pages == list(range(1, 1 + len(ranking_pages)))
    per_page = [len(ranked_rows(texts[n])) for n in ranking_pages]
    assert all(count >= 38 for count in per_page[:-1])            # full pages: 185 mm of 4.3 mm rows
    assert len(ranking_pages) == -(-total // per_page[0])
    assert pages == len(ranking_pages) + 3
    assert 'Action plan' in texts[ranking_pages[-1] + 1] and 'Method and provenance' in texts[-1]
    for number, text in enumerate(texts, start=1):              # every page, the added ones too, is numbered
        assert 'Resilience priorities — Mto Mkuu · page {0} of {1}'.format(number, pages) in ' '.join(text.split())
    assert 'Settlement ranking' in texts[1]
    # Full pages look full: the ink of a middle ranking page reaches the bottom fifth of the page.
    middle = ranking_pages[len(ranking_pages) // 2] + 1
    png = page_images(pdf, tmp_path, middle, middle)[0]
    assert ink_bottom(png) > 0.85


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_the_method_page_names_each_folder_once_and_the_files_by_name(city_of_300, inputs, tmp_path):
    result = run_report(inputs, tmp_path, RANKING=city_of_300['ranking'], PRIORITY=city_of_300['priority'],
                        OUTPUT_PNG=None)
    method = pdf_text(result['OUTPUT_PDF'], page_count(result['OUTPUT_PDF']))
    method = ' '.join(method.split())
    city_folder = os.path.dirname(inputs['gpkg'])
    ranking_folder = os.path.dirname(city_of_300['ranking'])
    register_folder = os.path.dirname(inputs['register'])
    for folder in (city_folder, ranking_folder, register_folder):
        assert method.count(folder + ':') == 1 and method.count(folder) == 1, folder
    assert 'ranking_300.gpkg' in method and 'priority.tif' in method
    assert os.path.basename(inputs['gpkg']) + ', layer city_boundary' in method
    assert os.path.basename(inputs['gpkg']) + ', layer roads' in method
    assert 'Criteria and weights: Flood depth' in method and 'People' in method


def test_a_chart_value_sits_beside_its_own_bar(plugin, tmp_path):
    """The value of a short bar is drawn just after the bar's end, not in a column at the far right."""
    from resilience_planner.qgis_side.report import bar_chart
    path = bar_chart(str(tmp_path / 'chart.png'), 'Budget', [('big', 1000.0, 'USD'), ('small', 100.0, 'USD')])
    image = QImage(path)
    row = (520 - 70) / 2
    y = int(60 + row + row / 2)
    # The short bar ends at 310 + 64 px; its value's text starts within 30 px of that end.
    ink = [x for x in range(310 + 64 + 2, 1200) if image.pixelColor(x, y).lightness() < 128]
    assert ink and ink[0] - (310 + 64) < 30
    assert image.pixelColor(310 + 60, y).name() == '#3182bd'


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_sixty_actions_are_all_listed_the_plan_continuing_on_a_page_of_its_own(inputs, tmp_path):
    register = str(tmp_path / 'sixty.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    for number in range(1, 61):
        layer.addFeature(QgsVectorLayerUtils.createFeature(layer, attributes={
            fields.lookupField('title'): 'Action {0:02d}'.format(number), fields.lookupField('action_type'): 'policy',
            fields.lookupField('status'): 'approved', fields.lookupField('cost_estimate'): 1000.0 * (100 - number),
            fields.lookupField('currency'): 'USD', fields.lookupField('funding_status'): 'committed'}))
    save_register(layer)
    result = run_report(inputs, tmp_path, ACTIONS=register + '|layername=planned_actions', OUTPUT_PNG=None)
    pdf = result['OUTPUT_PDF']
    assert page_count(pdf) == 6
    plan, more, method = pdf_text(pdf, 3), pdf_text(pdf, 4), pdf_text(pdf, 6)
    assert 'Finance pipeline' in pdf_text(pdf, 5)
    listed = re.findall(r'Action (\d\d)\s', plan) + re.findall(r'Action (\d\d)\s', more)
    assert sorted(int(n) for n in listed) == list(range(1, 61))       # every one, once, costliest first
    assert [int(n) for n in listed] == list(range(1, 61))
    assert 'Action plan (continued)' in more and 'High priority, no active action' in plan
    assert 'Method and provenance' in method


@pytest.mark.skipif(shutil.which('pdftoppm') is None, reason='poppler-utils (make setup installs it)')
def test_the_finance_pipeline_page_is_financereadiness_s_summary(inputs, tmp_path):
    """The page's rows are the PIPELINE and HAZARD_COSTS outputs of "Finance readiness of the actions" on the same
    register and ranking; worked by hand: Drains (approved, flood, USD 250,000, committed, a settlement served: a
    place, the hazard, beneficiaries and the budget, 4 of 9, early) and Cool roofs (proposed, heat, USD 40,000,
    proposal, no place: the hazard and the budget, 2 of 9, early)."""
    actions = inputs['register'] + '|layername=planned_actions'
    readiness = processing.run('resilienceplanner:financereadiness', {
        'ACTIONS': actions, 'RANKING': inputs['ranking'], 'OUTPUT': 'TEMPORARY_OUTPUT',
        'PIPELINE': 'TEMPORARY_OUTPUT', 'HAZARD_COSTS': 'TEMPORARY_OUTPUT'})
    scores = sorted(f['readiness'] for f in readiness['OUTPUT'].getFeatures())
    assert scores == pytest.approx([2 / 9, 4 / 9])
    pipeline = [(f['funding_status'], f['readiness_band'], f['actions'], f['cost'])
                for f in readiness['PIPELINE'].getFeatures()]
    assert pipeline == [('proposal', 'early', 1, 40000.0), ('committed', 'early', 1, 250000.0)]
    people = {f['funding_status']: f['beneficiaries'] for f in readiness['PIPELINE'].getFeatures()}
    result = run_report(inputs, tmp_path, OUTPUT_PNG=None)
    pdf = result['OUTPUT_PDF']
    page = pdf_text(pdf, 4)
    rows = [line.split() for line in page.splitlines() if re.match(r'^\s*(proposal|committed|Total)\s', line)]
    assert [row[:4] for row in rows] == [['proposal', 'early', '(under', '0.5)'],
                                         ['committed', 'early', '(under', '0.5)'], ['Total', '2', 'USD', '290,000']]
    assert rows[0][4:8] == ['1', 'USD', '40,000', '{0:,.0f}'.format(people['proposal'])]
    assert rows[1][4:8] == ['1', 'USD', '250,000', '{0:,.0f}'.format(people['committed'])]
    assert rows[0][8:] == ['flood', '1', 'USD', '250,000'] and rows[1][8:] == ['heat', '1', 'USD', '40,000']
    assert '2 active action(s) (proposed, approved, in progress or done), 0 of them ready for a funder; mean ' \
           'readiness 0.33.' in ' '.join(page.split())
    assert 'Resilience priorities — Mto Mkuu · page 4 of 5' in ' '.join(page.split())
    # The page as rendered: both tables and the note in its upper half, nothing cut at the foot.
    png = page_images(pdf, tmp_path, 4, 4, name='pipeline')[0]
    image = QImage(png)
    ink = np.array([[image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 4)]
                    for y in range(0, image.height(), 4)])
    rows_with_ink = np.flatnonzero(ink.any(axis=1)) / ink.shape[0]
    columns = np.flatnonzero(ink[int(ink.shape[0] * 0.12):int(ink.shape[0] * 0.3)].any(axis=0)) / ink.shape[1]
    assert columns.min() < 0.1 and columns.max() > 0.75               # the two tables side by side
    body = rows_with_ink[rows_with_ink < 0.95]
    assert 0.3 < body.max() < 0.6                                     # the note right under the tables


@pytest.mark.skipif(shutil.which('pdftotext') is None, reason='poppler-utils (make setup installs it)')
def test_without_a_register_the_pipeline_page_is_left_out(inputs, tmp_path):
    result = run_report(inputs, tmp_path, ACTIONS=None, OUTPUT_PNG=None)
    pdf = result['OUTPUT_PDF']
    assert page_count(pdf) == 4
    texts = [' '.join(pdf_text(pdf, page).split()) for page in range(1, 5)]
    assert not any('Finance pipeline' in text or 'Total cost by hazard' in text for text in texts)
    assert 'Action plan' in texts[2] and 'No action register was given.' in texts[2]
    assert 'Method and provenance' in texts[3] and 'page 4 of 4' in texts[3]
