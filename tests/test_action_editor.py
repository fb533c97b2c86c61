"""The Planned actions dock on a real register (a GeoPackage, and PostGIS: tests/registers.py), driven as a planner
would with pytest-qt."""
import csv

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from resilience_planner.gui.action_editor import COLUMNS


@pytest.fixture(scope='module')
def ranking_path(sample_priorities):
    return sample_priorities['ranking']


@pytest.fixture
def dock(plugin, qgis_iface, qtbot, tmp_path, ranking_path, new_register):
    ranking = QgsVectorLayer(ranking_path, 'priority ranking', 'ogr')
    QgsProject.instance().addMapLayer(ranking)
    if new_register.gpkg:
        opened = plugin.open_action_editor(new_register.path)
    else:
        opened = plugin.open_action_editor()
        assert new_register.open_in(opened)
    opened.register = new_register
    opened.setFloating(True)
    opened.show()
    qtbot.waitExposed(opened)
    opened.settlements_combo.setLayer(ranking)
    qtbot.mouseClick(opened.clear_button, Qt.MouseButton.LeftButton)
    yield opened
    if opened.layer is not None and opened.layer.isEditable():
        opened.layer.rollBack()
    QgsProject.instance().removeAllMapLayers()
    assert opened.layer is None
    forget_register()


def forget_register():
    from resilience_planner.gui.action_editor import (
        PROJECT_CONNECTION_KEY,
        PROJECT_DATABASE_KEY,
        PROJECT_KEY,
        PROJECT_SCHEMA_KEY,
        PROJECT_SCOPE,
    )
    for key in (PROJECT_KEY, PROJECT_DATABASE_KEY, PROJECT_CONNECTION_KEY, PROJECT_SCHEMA_KEY):
        QgsProject.instance().removeEntry(PROJECT_SCOPE, key)


def saved_titles(dock):
    return [row[0] for row in dock.register.rows('SELECT title FROM {table} ORDER BY fid')]


def add_via_form(dock, qtbot, **values):
    qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
    dock.set_form(**values)
    qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)


def test_add_edit_save_in_the_form(dock, qtbot):
    add_via_form(dock, qtbot, title='Drains for Bondeni', action_type='structural', status='approved',
                 hazards='flood, heat', cost_estimate='90,000', currency='usd', funding_status='proposal',
                 start_date='2027-01-01', end_date='2028-06-30', settlements='S03')
    assert dock.shown_titles() == ['Drains for Bondeni']
    assert all(label.text() == '' for label in dock.errors.values())
    qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert 'Saved 1 change' in dock.message.text()
    assert saved_titles(dock) == ['Drains for Bondeni']
    saved = next(dock.layer.getFeatures())
    assert saved['cost_estimate'] == 90000 and saved['currency'] == 'USD' and saved['hazards'] == 'flood, heat'


def test_invalid_values_show_beside_the_fields_and_are_kept(dock, qtbot):
    add_via_form(dock, qtbot, title='', action_type='structural', cost_estimate='-10', currency='KES',
                 start_date='2027-05-01', end_date='2027-01-01')
    assert 'is required' in dock.errors['title'].text()
    assert 'must be 0 or more' in dock.errors['cost_estimate'].text()
    assert 'before the start date' in dock.errors['end_date'].text()
    qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert dock.message.text().startswith('Not saved: 1 action(s) need fixing first.')
    assert saved_titles(dock) == [] and dock.layer.isModified()
    # The message stays short however many actions need fixing; the list marks them and its tooltip says what.
    assert 'in red in the list' in dock.message.text() and 'is required' in dock.message.toolTip()
    index = dock.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == '#bd0026'
    assert 'To fix: Title: is required.' in index.data(Qt.ItemDataRole.ToolTipRole)
    dock.set_form(title='Fixed', cost_estimate='10', end_date='2027-09-01')
    qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
    assert dock.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert dock.save() and saved_titles(dock) == ['Fixed']


def test_undo_and_redo_through_the_edit_buffer(dock, qtbot):
    add_via_form(dock, qtbot, title='First title', action_type='policy')
    dock.set_form(title='Second title')
    qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
    assert dock.shown_titles() == ['Second title']
    qtbot.mouseClick(dock.undo_button, Qt.MouseButton.LeftButton)
    assert dock.shown_titles() == ['First title']
    qtbot.mouseClick(dock.redo_button, Qt.MouseButton.LeftButton)
    assert dock.shown_titles() == ['Second title']
    dock.undo()
    dock.undo()
    assert dock.shown_titles() == ['']                      # the new action, before its form was applied
    dock.undo()
    assert dock.shown_titles() == []                        # the new action itself is undone


def test_filters_and_search(dock, qtbot):
    add_via_form(dock, qtbot, title='Drains', action_type='structural', status='approved', hazards='flood',
                 settlements='S03, S04', funding_status='committed', lead_agency='Roads department')
    add_via_form(dock, qtbot, title='Sirens', action_type='early warning', status='proposed', hazards='flood',
                 settlements='S01', funding_status='identified')
    add_via_form(dock, qtbot, title='Shade trees', action_type='nature-based', status='proposed', hazards='heat',
                 settlements='S04')
    assert sorted(dock.shown_titles()) == ['Drains', 'Shade trees', 'Sirens']
    dock.status_filter.setCurrentText('proposed')
    assert sorted(dock.shown_titles()) == ['Shade trees', 'Sirens']
    dock.hazard_filter.setCurrentText('heat')
    assert dock.shown_titles() == ['Shade trees']
    dock.status_filter.setCurrentIndex(0)
    dock.hazard_filter.setCurrentIndex(0)
    dock.settlement_filter.setText('s04')
    assert sorted(dock.shown_titles()) == ['Drains', 'Shade trees']
    dock.settlement_filter.setText('')
    dock.search.setText('roads')
    assert dock.shown_titles() == ['Drains']
    dock.search.setText('')
    dock.funding_filter.setCurrentText('identified')
    assert dock.shown_titles() == ['Sirens']


def test_delete_asks_first(dock, qtbot, monkeypatch):
    add_via_form(dock, qtbot, title='Keep', action_type='policy')
    add_via_form(dock, qtbot, title='Drop', action_type='policy')
    monkeypatch.setattr(QMessageBox, 'question', lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dock.delete_current() and sorted(dock.shown_titles()) == ['Drop', 'Keep']
    monkeypatch.setattr(QMessageBox, 'question', lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dock.delete_current() and dock.shown_titles() == ['Keep']
    assert dock.save() and saved_titles(dock) == ['Keep']


def test_new_from_selected_settlements_and_select_them_back(dock, qtbot):
    ranking = dock.settlements_layer()
    chosen = [f for f in ranking.getFeatures() if f['settlement_id'] in ('S03', 'S04')]
    ranking.selectByIds([f.id() for f in chosen])
    qtbot.mouseClick(dock.from_selection_button, Qt.MouseButton.LeftButton)
    feature = dock.layer.getFeature(dock.current_fid)
    assert feature['settlements'] == ', '.join(f['settlement_id'] for f in chosen)
    assert feature.geometry().area() == pytest.approx(sum(f.geometry().area() for f in chosen), rel=1e-6)
    ranking.removeSelection()
    assert sorted(dock.select_served()) == sorted(f.id() for f in chosen)


def test_drawing_a_point_makes_a_buffered_area(dock, qtbot, qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem('EPSG:32737'))
    dock.draw_combo.setCurrentIndex(2)
    dock.buffer_distance.setValue(100)
    qtbot.mouseClick(dock.draw_button, Qt.MouseButton.LeftButton)
    assert canvas.mapTool() is dock.tool
    dock.tool.points.append(QgsPointXY(300000, 9860000))
    dock.tool.finish()
    feature = dock.layer.getFeature(dock.current_fid)
    assert QgsWkbTypes.geometryType(feature.geometry().wkbType()) == QgsWkbTypes.PolygonGeometry
    area = QgsGeometry(feature.geometry())
    from qgis.core import QgsCoordinateTransform
    area.transform(QgsCoordinateTransform(dock.layer.crs(), QgsCoordinateReferenceSystem('EPSG:32737'),
                                          QgsProject.instance()))
    assert area.area() == pytest.approx(3.14159 * 100 ** 2, rel=0.01)


def test_gaps_and_summary_follow_the_actions(dock, qtbot):
    ranking = dock.settlements_layer()
    high = sorted((f for f in ranking.getFeatures() if f['priority_class'] and f['priority_class'] >= 4),
                  key=lambda f: f['priority_rank'])
    dock.refresh_panels()
    assert dock.gap_keys() == [f['settlement_id'] for f in high]
    add_via_form(dock, qtbot, title='Drains', action_type='structural', status='approved',
                 settlements=high[0]['settlement_id'], cost_estimate='1000', currency='USD', funding_status='committed')
    assert dock.gap_keys() == [f['settlement_id'] for f in high[1:]]
    add_via_form(dock, qtbot, title='Sirens', action_type='early warning', status='cancelled',
                 settlements=high[1]['settlement_id'], cost_estimate='50', currency='USD')
    assert high[1]['settlement_id'] in dock.gap_keys()         # a cancelled action covers nothing
    assert dict(dock.funding_chart.bars)['committed'] == 1000
    values = dict(zip([label for label, _ in dock.funding_chart.bars], dock.funding_chart.value_texts()))
    assert values['committed'] == 'USD 1,000' and values['disbursed'] == 'USD 0'     # one currency: values say it
    assert dict(dock.status_chart.bars)['cancelled'] == 50
    assert '2 action(s): 1 approved, 1 cancelled.' in dock.summary.text()
    dock.gaps.itemDoubleClicked.emit(dock.gaps.item(0))
    assert dock.layer.getFeature(dock.current_fid)['settlements'] == dock_key(high, 1)
    dock.grab()


def test_the_summary_names_settlement_keys_it_cannot_find(dock, qtbot):
    add_via_form(dock, qtbot, title='Drains', action_type='structural', status='approved', settlements='S03; S99')
    assert 'Settlement keys named by actions but not found: Drains ("S99")' in dock.summary.text()
    assert 'S03' not in dock.gap_keys()                          # the key it could find is served
    assert 'no active action has a cost estimate yet' in dock.summary.text()     # not "0.00 per beneficiary"
    assert 'Cost per beneficiary' not in dock.summary.text() and 'Active cost: 0;' in dock.summary.text()
    assert dock.funding_note.text() == 'No active action has both a cost and a funding status yet.'


def dock_key(high, index):
    return high[index]['settlement_id']


def test_export_writes_the_saved_plan(dock, qtbot, monkeypatch, tmp_path):
    add_via_form(dock, qtbot, title='Drains', action_type='structural', status='approved')
    dock.save()
    target = str(tmp_path / 'plan.csv')
    monkeypatch.setattr(QFileDialog, 'getSaveFileName', lambda *a, **k: (target, ''))
    qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding='utf-8') as handle:
        assert [r['title'] for r in csv.DictReader(handle)] == ['Drains']


def test_the_project_remembers_the_register(dock, plugin, tmp_path):
    path = dock.path
    project_file = str(tmp_path / 'city.qgz')
    assert QgsProject.instance().write(project_file)
    dock.layer.rollBack()
    dock.layer, dock.path = None, None
    QgsProject.instance().clear()
    assert QgsProject.instance().read(project_file)
    assert dock.path == path and dock.layer is not None and dock.layer.isEditable()


def test_a_register_from_a_newer_version_opens_read_only(plugin, qgis_iface, new_register):
    new_register.set_schema_version(99)
    if new_register.gpkg:
        dock = plugin.open_action_editor(new_register.path)
    else:
        dock = plugin.open_action_editor()
        new_register.open_in(dock)
    try:
        assert 'newer Resilience Planner' in dock.message.text()
        assert not dock.save_button.isEnabled() and not dock.new_button.isEnabled()
        assert dock.export_button.isEnabled() and not dock.layer.isEditable()
    finally:
        dock.layer, dock.path, dock.read_only_reason = None, None, None
        QgsProject.instance().removeAllMapLayers()


def test_beneficiaries_and_priority_scores_are_computed_from_the_settlements(dock, qtbot):
    ranking = {f['settlement_id']: f for f in dock.settlements_layer().getFeatures()}
    add_via_form(dock, qtbot, title='Drains', action_type='structural', settlements='S03, S04')
    add_via_form(dock, qtbot, title='Policy', action_type='policy')          # serves nobody yet
    qtbot.mouseClick(dock.compute_button, Qt.MouseButton.LeftButton)
    saved = {f['title']: f for f in dock.layer.getFeatures()}
    assert saved['Drains']['beneficiaries'] == pytest.approx(
        ranking['S03']['grid_population'] + ranking['S04']['grid_population'], abs=1e-3)
    assert saved['Drains']['priority_score'] == pytest.approx(
        (ranking['S03']['priority_mean'] + ranking['S04']['priority_mean']) / 2, abs=1e-3)
    assert is_null(saved['Policy']['beneficiaries'])
    dock.undo()
    assert is_null(next(f for f in dock.layer.getFeatures() if f['title'] == 'Drains')['beneficiaries'])


def is_null(value):
    return value is None or (hasattr(value, 'isNull') and value.isNull())


def test_the_form_keeps_what_it_cannot_understand(dock, qtbot):
    add_via_form(dock, qtbot, title='Drains', action_type='structural', cost_estimate='1.234,56', currency='EUR')
    assert next(dock.layer.getFeatures())['cost_estimate'] == pytest.approx(1234.56)
    dock.set_form(cost_estimate='about a million')
    assert dock.apply_form() is False
    assert 'is not a number' in dock.errors['cost_estimate'].text()
    assert dock.inputs['cost_estimate'].text() == 'about a million'          # still in the form
    assert next(dock.layer.getFeatures())['cost_estimate'] == pytest.approx(1234.56)
    # Values outside the lists (typed elsewhere) survive an unrelated edit of the form.
    fid = dock.current_fid
    dock.layer.changeAttributeValue(fid, dock.layer.fields().lookupField('hazards'), 'flood, tsunami')
    dock.layer.changeAttributeValue(fid, dock.layer.fields().lookupField('status'), 'Approved')
    dock.load_form(fid)
    dock.set_form(notes='checked on site', cost_estimate='10')
    dock.apply_form()
    feature = dock.layer.getFeature(fid)
    assert feature['hazards'] == 'flood, tsunami' and feature['status'] == 'approved'    # kept (case tidied)
    assert '"tsunami" is not one of' in dock.errors['hazards'].text()


def test_removing_the_register_layer_clears_the_dock(dock, qtbot):
    dock.refresh_panels()
    assert dock.gaps.count() > 0
    QgsProject.instance().removeMapLayer(dock.layer.id())
    assert dock.layer is None and dock.gaps.count() == 0 and not dock.new_button.isEnabled()
    assert dock.new_from_selection() is None and 'Open a register' in dock.message.text()


def test_the_dock_is_a_view_of_its_register_editor(dock, qtbot):
    """An action added through the editor (by a script, another tool) shows in the dock; the dock's own edits go
    through the editor, one undo step each, none for a refused one."""
    fid = dock.editor.create(values={'title': 'From a script', 'action_type': 'policy'})
    assert dock.shown_titles() == ['From a script']
    dock.select_fid(fid)
    steps = dock.layer.undoStack().count()
    dock.set_form(cost_estimate='about a million')
    assert dock.apply_form() is False and dock.layer.undoStack().count() == steps
    dock.set_form(cost_estimate='5', currency='KES')
    with qtbot.waitSignal(dock.editor.changed):
        assert dock.apply_form()
    assert dock.layer.undoStack().count() == steps + 1 and dock.layer.getFeature(fid)['cost_estimate'] == 5
    dock.editor.delete(fid)
    assert dock.shown_titles() == [] and dock.current_fid is None


def test_the_summary_totals_each_currency_apart(dock, qtbot):
    """Two currencies and one amount without a currency (typed past the form, e.g. in the attribute table)."""
    from qgis.core import QgsVectorLayerUtils
    layer, fields = dock.layer, dock.layer.fields()
    layer.startEditing()
    for title, status, cost, currency, funding in (
            ('Drains', 'approved', 1000000.0, 'KES', 'committed'),
            ('Pumps', 'in progress', 200000.0, 'KES', 'proposal'),
            ('Clinic', 'approved', 40000.0, 'USD', 'committed'),
            ('Sirens', 'proposed', 5000.0, None, 'disbursed'),
            ('Old plan', 'cancelled', 7.0, 'USD', None)):
        assert layer.addFeature(QgsVectorLayerUtils.createFeature(layer, QgsGeometry(), {
            fields.lookupField('title'): title, fields.lookupField('action_type'): 'structural',
            fields.lookupField('status'): status, fields.lookupField('cost_estimate'): cost,
            fields.lookupField('currency'): currency, fields.lookupField('funding_status'): funding}))
    dock.refresh_panels()
    text = dock.summary.text()
    # Active: KES 1,000,000 + 200,000; USD 40,000 (not the cancelled 7); 5,000 without a currency.
    assert 'Active cost: KES 1,200,000 · USD 40,000 · 5,000 without a currency; committed or disbursed: ' \
           'KES 1,000,000 · USD 40,000 · 5,000 without a currency.' in text, text
    assert 'not added together' in text
    assert dict(dock.funding_chart.bars) == {'proposal · KES': 200000.0, 'committed · KES': 1000000.0,
                                             'committed · USD': 40000.0, 'disbursed · without a currency': 5000.0}
    assert dict(dock.status_chart.bars)['cancelled · USD'] == 7.0
    # The labels name the currencies, so the values do not repeat them; one currency is said by the value.
    assert dock.funding_chart.value_texts() == ['200,000', '1,000,000', '40,000', '5,000']
    # Each currency's bars are scaled on their own: USD 40,000 is the longest USD bar, not 4 % of KES 1,000,000.
    shares = {label: dock.funding_chart.share(row) for row, (label, _) in enumerate(dock.funding_chart.bars)}
    assert shares == {'proposal · KES': 0.2, 'committed · KES': 1.0, 'committed · USD': 1.0,
                      'disbursed · without a currency': 1.0}
    layer.rollBack()


def test_amounts_show_with_thousands_and_their_currency(dock, qtbot):
    """The list showed 1e+06 for 1,000,000 and the form wrote it back as typed: now 'KES 1,000,000' in the list,
    '1,000,000' in the form, and applying the form unchanged keeps the amount."""
    add_via_form(dock, qtbot, title='Drains', action_type='structural', cost_estimate='1000000', currency='KES')
    add_via_form(dock, qtbot, title='Clinic', action_type='structural', cost_estimate='1234.5', currency='USD')
    add_via_form(dock, qtbot, title='Sirens', action_type='policy', cost_estimate='40000')
    cost = COLUMNS.index('cost_estimate')
    rows = {dock.shown_row(row)[0]: dock.shown_row(row)[cost] for row in range(len(dock.shown_titles()))}
    assert rows == {'Drains': 'KES 1,000,000', 'Clinic': 'USD 1,234.50', 'Sirens': '40,000'}
    drains = next(f.id() for f in dock.layer.getFeatures() if f['title'] == 'Drains')
    dock.select_fid(drains)
    assert dock.inputs['cost_estimate'].text() == '1,000,000'
    assert dock.apply_form() and dock.layer.getFeature(drains)['cost_estimate'] == 1000000
    # Sorting by cost groups each currency (no currency first), then orders by amount: never KES against USD.
    dock.table.sortByColumn(cost, Qt.SortOrder.AscendingOrder)
    assert dock.shown_titles() == ['Sirens', 'Drains', 'Clinic']



@pytest.mark.parametrize('typed, shown', [('1234.567', '1,234.567'), ('1.1230', '1.1230'), ('0.083333', '0.083333'),
                                          ('2500000.75', '2,500,000.75')])
def test_opening_an_action_and_applying_it_keeps_every_decimal_of_its_cost(dock, qtbot, typed, shown):
    """The form showed two decimals, so editing only the notes of a KWD 1234.567 action stored 1234.57."""
    add_via_form(dock, qtbot, title='Pumps', action_type='structural', cost_estimate=typed, currency='KWD')
    fid = next(f.id() for f in dock.layer.getFeatures() if f['title'] == 'Pumps')
    stored = dock.layer.getFeature(fid)['cost_estimate']
    assert stored == float(typed)
    dock.select_fid(fid)
    assert dock.inputs['cost_estimate'].text() == shown
    dock.set_form(notes='checked on site')
    assert dock.apply_form()
    assert dock.layer.getFeature(fid)['cost_estimate'] == stored and dock.layer.getFeature(fid)['notes'] == \
        'checked on site'


def test_the_ranking_is_chosen_as_the_settlements_layer(dock, qtbot, ranking_path):
    """A priority ranking added to the project becomes the settlements layer when none is chosen; zones (which
    have priority_mean but no rank or class) and other polygons are not."""
    QgsProject.instance().removeMapLayer(dock.settlements_layer().id())
    assert dock.settlements_layer() is None
    zones = QgsVectorLayer('Polygon?crs=EPSG:4326&field=zone_id:integer&field=priority_mean:double', 'zones', 'memory')
    QgsProject.instance().addMapLayer(zones)
    assert dock.settlements_layer() is None
    ranking = QgsVectorLayer(ranking_path, 'priority ranking', 'ogr')
    QgsProject.instance().addMapLayer(ranking)
    assert dock.settlements_layer() is ranking and dock.key_field.currentField() == 'settlement_id'
    other = QgsVectorLayer(ranking_path, 'an older ranking', 'ogr')
    QgsProject.instance().addMapLayer(other)
    assert dock.settlements_layer() is ranking                   # a chosen layer is never replaced
    assert dock.gap_keys()                                       # the gaps follow at once


def test_not_saved_goes_once_the_problem_is_fixed(dock, qtbot):
    add_via_form(dock, qtbot, title='Drains', action_type='structural', cost_estimate='-10', currency='KES')
    qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert dock.message.text().startswith('Not saved: 1 action(s) need fixing first.')
    dock.set_form(title='')                                      # a new problem: the message stays
    dock.apply_form()
    assert dock.message.text().startswith('Not saved')
    dock.set_form(title='Drains', cost_estimate='10')
    qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
    assert dock.message.text() == '' and all(label.text() == '' for label in dock.errors.values())
    # An undo that brings the problem back does not bring back a message about a save never tried again,
    # but the next save says it again.
    dock.undo()
    assert dock.message.text() == ''
    assert not dock.save() and dock.message.text().startswith('Not saved')
    dock.undo()
    assert dock.message.text().startswith('Not saved')           # the negative cost is back
    dock.undo()
    dock.undo()                                                  # back to an empty register: nothing to fix
    assert dock.message.text() == '' and dock.shown_titles() == []


def test_opening_another_register_keeps_the_settlements_layer(dock, tmp_path):
    ranking = dock.settlements_layer()
    other = dock.register.another(tmp_path)
    dock.layer.rollBack()
    assert other.open_in(dock)
    assert dock.settlements_layer() is ranking and dock.path == (other.path if other.gpkg else None)
    assert other.name in dock.register_label.toolTip()
    assert dock.layer.id() in [layer.id() for layer in dock.settlements_combo.exceptedLayerList()]


def test_the_form_heading_and_the_settlements_group_say_what_they_hold(dock, qtbot):
    # The title is elided to fit the dock (how much depends on the font); the tooltip has it all.
    assert dock.places_group.title().startswith('Settlements: p')
    assert dock.places_group.toolTip() == 'Settlements layer: priority ranking; key field: settlement_id.'
    add_via_form(dock, qtbot, title='Drains & pumps', action_type='structural', cost_estimate='-1', currency='KES')
    assert dock.form_heading.text() == 'Action: Drains & pumps — to fix: Cost estimate (the notes in red below)'
    dock.set_form(cost_estimate='1')
    dock.apply_form()
    assert dock.form_heading.text() == 'Action: Drains & pumps'
    dock.settlements_combo.setLayer(None)
    assert dock.places_group.title() == 'Settlements: choose the priority ranking'
    assert not dock.places_group.isCollapsed()


def test_the_filters_group_counts_the_filters_on(dock):
    assert dock.filters_group.title() == 'Filters'
    dock.status_filter.setCurrentText('proposed')
    dock.settlement_filter.setText('S04')
    assert dock.filters_group.title() == 'Filters (2 on)'
    dock.clear_filters()
    assert dock.filters_group.title() == 'Filters'
