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
def test_the_pdf_has_four_pages_with_their_sections(inputs, tmp_path):
    result = run_report(inputs, tmp_path)
    info = subprocess.run(['pdfinfo', result['OUTPUT_PDF']], capture_output=True, text=True, check=True).stdout
    assert re.search(r'^Pages:\s+4$', info, re.M)
    first, ranking, plan, method = (pdf_text(result['OUTPUT_PDF'], page) for page in (1, 2, 3, 4))
    assert 'Resilience priorities' in first and 'Mto Mkuu' in first and 'Legend' in first
    assert 'lowest here (0 = no criterion scores)' in first and 'highest here (100 = every criterion high)' in first
    first_row = next(line for line in ranking.splitlines() if re.match(r'^1\s', line))
    assert 'Settlement ranking' in ranking and inputs['top'] in first_row
    assert 'Action plan' in plan and 'Drains for {0}'.format(inputs['top']) in plan
    assert 'High priority, no active action' in plan
    assert 'Method and provenance' in method and 'Resilience Planner' in method and 'QGIS 3.' in method
    assert 'flood_depth' in method and '50 runs' in method and 'linear, 0 at 0, 1 at 1.5' in method
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
        assert layout is not None and layout.pageCollection().pageCount() == 4
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
    first_rows = [line for line in ranking_page.splitlines() if re.match(r'^[12]\s', line)]
    # A settlement without a name is named by its key, never by its feature id.
    assert 'A' * 39 + '…' in first_rows[0] and re.search(r'^2\s+{0}\s'.format(unnamed_key), first_rows[1])
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
            assert label.hAlign() == Qt.AlignmentFlag.AlignLeft, label.id()
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
    assert re.search(r'^1\s+{0}\s'.format(re.escape(first[field])), ranking_page, re.M)


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
