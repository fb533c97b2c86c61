"""The RegisterEditor on real registers, in a GeoPackage and in PostGIS: one undo step per edit, nothing at all for a
refused one."""
import datetime

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsGeometry, QgsProject

from resilience_planner.qgis_side.compat import FieldType
from resilience_planner.qgis_side.register import RegisterError, create_register
from resilience_planner.qgis_side.register_editor import EditRefused, RegisterEditor

from .conftest import vector_layer

UTM = 'EPSG:32737'
REGISTER_CRS = UTM                   # of the PostGIS registers (tests/registers.py)
SQUARE = 'MULTIPOLYGON(((0 0, 100 0, 100 100, 0 100, 0 0)))'          # 10 000 m²
WIDE = 'POLYGON((0 0, 200 0, 200 100, 0 100, 0 0))'                     # 20 000 m²


@pytest.fixture
def register_path(new_register, tmp_path):
    """A register in UTM, in a GeoPackage (made by create_register, as before) or in PostGIS (tests/registers.py)."""
    from .registers import Register
    if new_register.gpkg:
        path = str(tmp_path / 'utm.gpkg')
        create_register(path, QgsCoordinateReferenceSystem(UTM))
        return Register('gpkg', path=path)
    return new_register


@pytest.fixture
def editor(register_path):
    opened = register_path.editor()
    assert opened.read_only_reason is None and opened.is_editable()
    yield opened
    if opened.layer is not None and opened.layer.isEditable():
        opened.layer.rollBack()


class Emitted:
    """How often a signal fired, and with what."""

    def __init__(self, signal):
        self.calls = []
        signal.connect(lambda *args: self.calls.append(args))

    def __len__(self):
        return len(self.calls)


def stack_state(editor):
    stack = editor.layer.undoStack()
    return stack.count(), stack.index(), stack.canRedo()


def titles(editor):
    return sorted(f['title'] for f in editor.layer.getFeatures())


def area_of(editor, fid):
    return editor.layer.getFeature(fid).geometry().area()


def is_null(value):
    return value is None or (hasattr(value, 'isNull') and value.isNull())


def drains(editor):
    return editor.create(QgsGeometry.fromWkt(SQUARE), {'title': 'Drains', 'action_type': 'structural'})


# --------------------------------------------------------------------------- the four operations

def test_create_adds_the_action_as_one_undo_step(editor, qtbot):
    changed, added = Emitted(editor.changed), Emitted(editor.action_added)
    with qtbot.waitSignal(editor.changed):
        fid = editor.create(QgsGeometry.fromWkt(SQUARE), {
            'title': 'Drains', 'action_type': 'structural', 'cost_estimate': '90,000', 'currency': 'KES',
            'start_date': '2027-01-01', 'notes': ''})
    feature = editor.layer.getFeature(fid)
    assert feature['title'] == 'Drains' and feature['status'] == 'proposed'        # the default status
    assert feature['cost_estimate'] == 90000.0                                      # '90,000' read as a number
    assert feature['start_date'] == datetime.date(2027, 1, 1) and is_null(feature['notes'])
    assert feature['action_id']                                                     # the layer's uuid default
    assert area_of(editor, fid) == pytest.approx(10000.0)
    assert len(changed) == 1 and added.calls == [(fid,)]
    stack = editor.layer.undoStack()
    assert stack.count() == 1 and stack.text(0) == 'New action'
    editor.undo()
    assert editor.layer.featureCount() == 0 and len(changed) == 2                  # the undo is a change too
    editor.redo()
    assert titles(editor) == ['Drains'] and len(changed) == 3


def test_create_serving_settlements_unites_their_areas_and_names_their_keys(editor):
    settlements = vector_layer('Polygon', ['POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))',
                                           'POLYGON((100 0, 250 0, 250 100, 100 100, 100 0))'],
                               fields='&field=settlement_id:string', values=[['S01'], ['S02']], crs=UTM)
    fid = editor.create_serving(settlements.getFeatures(), settlements.crs(), 'settlement_id')
    feature = editor.layer.getFeature(fid)
    assert feature['settlements'] == 'S01, S02' and is_null(feature['title'])
    assert area_of(editor, fid) == pytest.approx(100 * 100 + 150 * 100)           # 25 000 m², one polygon
    assert editor.layer.undoStack().count() == 1


def test_apply_changes_attributes_and_area_as_one_undo_step(editor, qtbot):
    fid = drains(editor)
    changed, edited = Emitted(editor.changed), Emitted(editor.action_changed)
    problems = editor.apply(fid, {'title': 'Drains for Bondeni', 'cost_estimate': '1.234,56', 'currency': 'usd',
                                  'action_type': 'structural'}, geometry=QgsGeometry.fromWkt(WIDE))
    assert problems == []
    feature = editor.layer.getFeature(fid)
    assert feature['title'] == 'Drains for Bondeni' and feature['cost_estimate'] == pytest.approx(1234.56)
    assert feature['currency'] == 'usd'                          # as typed; the save writes it upper-case
    assert area_of(editor, fid) == pytest.approx(20000.0)
    assert editor.layer.getFeature(fid).geometry().isMultipart()          # the layer holds multipolygons
    assert len(changed) == 1 and edited.calls == [(fid,)]
    stack = editor.layer.undoStack()
    assert stack.count() == 2 and stack.text(1) == 'Edit action "Drains for Bondeni"'
    editor.undo()
    feature = editor.layer.getFeature(fid)
    assert feature['title'] == 'Drains' and is_null(feature['cost_estimate']) and is_null(feature['currency'])
    assert area_of(editor, fid) == pytest.approx(10000.0)


def test_an_apply_that_changes_nothing_adds_no_step_and_emits_nothing(editor, qtbot):
    fid = editor.create(QgsGeometry.fromWkt(SQUARE), {'title': 'Drains', 'action_type': 'structural',
                                                      'cost_estimate': 100, 'currency': 'KES',
                                                      'start_date': '2027-01-01'})
    before = stack_state(editor)
    with qtbot.assertNotEmitted(editor.changed):
        editor.apply(fid, {'title': 'Drains', 'cost_estimate': '100', 'start_date': '2027-01-01', 'notes': ' '})
    assert stack_state(editor) == before


def test_apply_can_remove_the_target_area(editor):
    fid = drains(editor)
    editor.apply(fid, geometry=QgsGeometry())
    assert not editor.layer.getFeature(fid).hasGeometry() and editor.layer.undoStack().count() == 2


def test_delete_is_one_undo_step(editor, qtbot):
    keep, drop = drains(editor), editor.create(values={'title': 'Sirens', 'action_type': 'early warning'})
    deleted = Emitted(editor.action_deleted)
    with qtbot.waitSignal(editor.changed):
        editor.delete(drop)
    assert titles(editor) == ['Drains'] and deleted.calls == [(drop,)]
    assert editor.layer.undoStack().text(2) == 'Delete action "Sirens"'
    editor.undo()
    assert titles(editor) == ['Drains', 'Sirens'] and editor.layer.getFeature(keep)['title'] == 'Drains'


@pytest.fixture
def settlements():
    """Three settlements in metres: A (0-100) and B (100-200) side by side, C far east."""
    return vector_layer(
        'Polygon', ['POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))', 'POLYGON((100 0, 200 0, 200 100, 100 100, 100 0))',
                    'POLYGON((1000 0, 1100 0, 1100 100, 1000 100, 1000 0))'],
        fields='&field=settlement_id:string&field=grid_population:double&field=priority_mean:double'
               '&field=priority_class:integer',
        values=[['A', 1200.0, 0.8, 5], ['B', 300.0, 0.4, 4], ['C', 50.0, 0.2, 2]], crs=UTM)


def test_update_beneficiaries_sets_people_and_scores_as_one_undo_step(editor, settlements, qtbot):
    named = editor.create(values={'title': 'Drains', 'action_type': 'structural', 'settlements': 'A; b'})
    by_area = editor.create(QgsGeometry.fromWkt('POLYGON((1050 50, 1150 50, 1150 150, 1050 150, 1050 50))'),
                            {'title': 'Shade', 'action_type': 'nature-based'})
    nobody = editor.create(values={'title': 'Policy', 'action_type': 'policy'})
    changed = Emitted(editor.changed)
    assert editor.update_beneficiaries(settlements, 'settlement_id') == 4     # two values of two actions
    values = {fid: (editor.layer.getFeature(fid)['beneficiaries'], editor.layer.getFeature(fid)['priority_score'])
              for fid in (named, by_area, nobody)}
    assert values[named] == (pytest.approx(1200 + 300), pytest.approx((0.8 + 0.4) / 2))   # the keys it names
    assert values[by_area] == (pytest.approx(50), pytest.approx(0.2))        # names none: the one its area overlaps
    assert all(is_null(v) for v in values[nobody])
    assert len(changed) == 1
    stack = editor.layer.undoStack()
    assert stack.count() == 4 and stack.text(3) == 'Update beneficiaries and priority scores'
    with qtbot.assertNotEmitted(editor.changed):
        assert editor.update_beneficiaries(settlements, 'settlement_id') == 0         # nothing left to change
    assert stack.count() == 4
    editor.undo()
    assert all(is_null(editor.layer.getFeature(fid)['beneficiaries']) for fid in (named, by_area, nobody))
    assert sorted(editor.served(named, settlements, 'settlement_id')) == [
        f.id() for f in settlements.getFeatures() if f['settlement_id'] in ('A', 'B')]
    assert editor.served(by_area, settlements, 'settlement_id') == [
        f.id() for f in settlements.getFeatures() if f['settlement_id'] == 'C']


def test_save_writes_the_edits_and_says_how_many(editor, register_path, qtbot):
    drains(editor)
    with qtbot.waitSignal(editor.saved) as blocker:
        assert editor.save('amina') == 1
    assert blocker.args == [1] and editor.is_editable() and editor.layer.undoStack().count() == 0
    assert register_path.rows('SELECT title, modified_by FROM {table}') == [('Drains', 'amina')]


def test_undo_and_edits_made_elsewhere_in_qgis_emit_changed_for_each_step(editor):
    """An edit made outside the editor (QGIS's attribute table) is announced as well, once per undo step it
    adds (a bare change pushes one for the value and one per field with a default on update, such as
    modified); each undo is one more."""
    fid = drains(editor)
    stack = editor.layer.undoStack()
    changed, start = Emitted(editor.changed), stack.count()
    editor.layer.changeAttributeValue(fid, editor.layer.fields().lookupField('notes'), 'from the attribute table')
    steps = stack.count() - start
    assert steps >= 1 and len(changed) == steps
    for _ in range(steps):
        editor.undo()
    assert len(changed) == 2 * steps and is_null(editor.layer.getFeature(fid)['notes'])


# --------------------------------------------------------------------------- refused edits change nothing

@pytest.mark.parametrize('values, field, shown', [
    ({'cost_estimate': '-10'}, 'cost_estimate', '"-10"'),
    ({'status': 'maybe'}, 'status', '"maybe"'),
    ({'end_date': '2026-12-31', 'start_date': '2027-01-01'}, 'end_date', '"2026-12-31"'),
    ({'cost_estimate': 500}, 'currency', 'required when there is a cost'),
])
def test_a_value_the_rules_refuse_changes_nothing(editor, qtbot, values, field, shown):
    fid = drains(editor)
    before, feature = stack_state(editor), editor.layer.getFeature(fid)
    with qtbot.assertNotEmitted(editor.changed), pytest.raises(EditRefused) as refused:
        editor.apply(fid, values)
    assert refused.value.field == field and shown in str(refused.value) and field in str(refused.value)
    assert str(refused.value).startswith('Nothing was changed:')
    assert editor.layer.getFeature(fid).attributes() == feature.attributes() and stack_state(editor) == before


def test_a_new_action_the_rules_refuse_is_not_added(editor, qtbot):
    with qtbot.assertNotEmitted(editor.changed), pytest.raises(EditRefused, match='"maybe"') as refused:
        editor.create(values={'title': 'Drains', 'action_type': 'structural', 'status': 'maybe'})
    assert refused.value.field == 'status' and refused.value.value == 'maybe'
    assert editor.layer.featureCount() == 0 and editor.layer.undoStack().count() == 0


def test_a_refused_edit_keeps_the_redo_history(editor):
    fid = drains(editor)
    editor.apply(fid, {'title': 'Drains for Bondeni'})
    editor.undo()
    with pytest.raises(EditRefused):
        editor.apply(fid, {'cost_estimate': '-1'})
    assert editor.layer.undoStack().canRedo()
    editor.redo()
    assert titles(editor) == ['Drains for Bondeni']


def test_an_action_kept_invalid_is_edited_but_not_saved(editor, qtbot):
    fid = drains(editor)
    with qtbot.waitSignal(editor.changed):
        problems = editor.apply(fid, {'cost_estimate': '-10', 'currency': 'KES'}, keep_invalid=True)
    assert [(p.field, p.message) for p in problems] == [('cost_estimate', 'must be 0 or more (got -10).')]
    assert editor.layer.getFeature(fid)['cost_estimate'] == -10.0
    # A problem it already has does not block other edits, even strict ones.
    assert editor.apply(fid, {'notes': 'checked on site'}) == problems
    with pytest.raises(RegisterError, match='need fixing first'):
        editor.save()
    assert editor.layer.getFeature(fid)['notes'] == 'checked on site'       # the buffer keeps every edit


@pytest.mark.parametrize('keep_invalid', [False, True])
def test_text_in_a_number_field_is_refused_in_either_mode(editor, qtbot, keep_invalid):
    fid = drains(editor)
    before = stack_state(editor)
    with qtbot.assertNotEmitted(editor.changed), pytest.raises(EditRefused) as refused:
        editor.apply(fid, {'title': 'Renamed', 'cost_estimate': 'about a million'}, keep_invalid=keep_invalid)
    assert refused.value.field == 'cost_estimate' and refused.value.value == 'about a million'
    assert refused.value.reason == '"about a million" is not a number; write digits, e.g. 90000 or 90,000.50.'
    assert titles(editor) == ['Drains'] and stack_state(editor) == before


def test_unknown_actions_fields_and_shapes_are_refused_by_name(editor):
    fid = drains(editor)
    before = stack_state(editor)
    with pytest.raises(EditRefused, match='no action with id 999'):
        editor.apply(999, {'title': 'Ghost'})
    with pytest.raises(EditRefused, match='no action with id 999'):
        editor.delete(999)
    with pytest.raises(EditRefused, match='no field "budget"') as refused:
        editor.apply(fid, {'budget': 5})
    assert refused.value.field == 'budget'
    with pytest.raises(EditRefused, match='must be a polygon, not a point'):
        editor.apply(fid, {'title': 'Moved'}, geometry=QgsGeometry.fromWkt('POINT(5 5)'))
    with pytest.raises(EditRefused, match='a dict cannot be stored'):
        editor.apply(fid, {'notes': {'site': 1}})
    assert titles(editor) == ['Drains'] and area_of(editor, fid) == pytest.approx(10000.0)
    assert stack_state(editor) == before


def test_a_read_only_register_refuses_every_edit(register_path, qtbot):
    register_path.set_schema_version(99)
    editor = register_path.editor()
    assert 'newer Resilience Planner' in editor.read_only_reason and not editor.is_editable()
    with qtbot.assertNotEmitted(editor.changed):
        for edit in (lambda: editor.create(values={'title': 'Drains', 'action_type': 'structural'}),
                     lambda: editor.update_beneficiaries(None, None)):
            with pytest.raises(EditRefused) as refused:
                edit()
            assert register_path.name in str(refused.value) and 'read-only' in str(refused.value)
            assert 'newer Resilience Planner' in str(refused.value)
    assert editor.layer.featureCount() == 0 and editor.layer.undoStack().count() == 0


def test_a_change_the_edit_buffer_refuses_part_way_undoes_the_whole_edit(editor, qtbot):
    """A virtual (expression) field cannot be written: the title, changed first in the same edit, goes back."""
    fid = drains(editor)
    editor.layer.addExpressionField('"cost_estimate" * 2', QgsField('double_cost', FieldType.Double))
    before = stack_state(editor)
    with qtbot.assertNotEmitted(editor.changed), pytest.raises(EditRefused) as refused:
        editor.apply(fid, {'title': 'Drains for Bondeni', 'double_cost': 5})
    assert refused.value.field == 'double_cost' and 'double_cost to "5"' in str(refused.value)
    assert titles(editor) == ['Drains'] and stack_state(editor) == before


def test_an_exception_inside_an_edit_undoes_it(editor, qtbot):
    """Whatever fails after the layer was changed (here the check of the result) takes the edit back."""

    class BrokenCheck(RegisterEditor):
        def _check(self, fid, before, keep_invalid):
            raise RuntimeError('the check itself failed')

    fid = drains(editor)
    broken = BrokenCheck(editor.layer)
    before = stack_state(editor)
    with qtbot.assertNotEmitted(broken.changed), pytest.raises(RuntimeError, match='the check itself failed'):
        broken.apply(fid, {'title': 'Drains for Bondeni', 'cost_estimate': 10, 'currency': 'KES'})
    with pytest.raises(RuntimeError):
        broken.create(values={'title': 'Sirens', 'action_type': 'early warning'})
    assert titles(editor) == ['Drains'] and is_null(editor.layer.getFeature(fid)['cost_estimate'])
    assert stack_state(editor) == before


def test_removing_the_layer_closes_the_editor(editor, qtbot):
    QgsProject.instance().addMapLayer(editor.layer)
    with qtbot.waitSignal(editor.closed):
        QgsProject.instance().removeMapLayer(editor.layer.id())
    assert editor.layer is None and editor.actions() == []
    with pytest.raises(EditRefused, match='No register is open'):
        editor.create()


def test_a_field_qgis_will_not_change_is_refused_before_the_command_so_redo_survives(editor):
    """beginEditCommand throws away the redo history; a computed field is refused before it starts."""
    fid = drains(editor)
    editor.apply(fid, {'title': 'Drains for Bondeni'})
    editor.undo()
    editor.layer.addExpressionField('"cost_estimate" * 2', QgsField('double_cost', FieldType.Double))
    with pytest.raises(EditRefused, match='double_cost'):
        editor.apply(fid, {'title': 'Third', 'double_cost': 5})
    assert editor.layer.undoStack().canRedo()
    editor.redo()
    assert titles(editor) == ['Drains for Bondeni']


def test_create_serving_leaves_out_empty_keys_and_refuses_keys_that_would_split(editor):
    """The settlements field is a list split at commas and semicolons: "S, 3" would read back as two keys."""
    squares = ['POLYGON(({0} 0, {1} 0, {1} 100, {0} 100, {0} 0))'.format(x, x + 100) for x in (0, 200, 400)]
    with_empty = vector_layer('Polygon', squares, fields='&field=settlement_id:string',
                              values=[['S1'], [None], ['S3']], crs=UTM)
    fid = editor.create_serving(with_empty.getFeatures(), with_empty.crs(), 'settlement_id')
    assert editor.layer.getFeature(fid)['settlements'] == 'S1, S3'
    steps = editor.layer.undoStack().count()
    with_comma = vector_layer('Polygon', squares, fields='&field=settlement_id:string',
                              values=[['S1'], ['S, 2'], ['S3']], crs=UTM)
    with pytest.raises(EditRefused, match='"S, 2"'):
        editor.create_serving(with_comma.getFeatures(), with_comma.crs(), 'settlement_id')
    assert editor.layer.featureCount() == 1 and editor.layer.undoStack().count() == steps
