"""History and restore of an action in the shared register (issue 18, item 5), on the tests' own PostgreSQL
(tests/pg.py): resilienceplanner:restoreaction after an update and after a delete, the restore itself in the
history, its refusals (each message asserted, nothing written), and the Planned actions dock's History… dialog on
a 1366 x 768 laptop, restoring through the algorithm and refusing while the layer holds unsaved edits."""
import getpass

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import Qt

from .fit import dialog_problems
from .test_action_editor_fit import docked  # noqa: F401 (the fixture)
from .test_register_pg_share import EDITOR, VIEWER, Logins

FIRST_AREA = 'MULTIPOLYGON(((0 0,5 0,5 5,0 0)))'
SECOND_AREA = 'MULTIPOLYGON(((0 0,8 0,8 8,0 8,0 0)))'
CREATED = '2026-03-01 08:00:00+00'
STATE = 'title, status, cost_estimate, currency, funding_status, notes, ST_AsText(geom), row_version'


@pytest.fixture
def register(plugin, pg_server, pg_database):
    """A register with three actions; "Drains" then changed twice (cost, funding, notes, its area) by the owner."""
    processing.run('resilienceplanner:createactionregister', {'DATABASE': pg_server.conninfo(pg_database),
                                                              'CRS': 'EPSG:32737'})
    pg_server.psql("INSERT INTO resilience.planned_actions (title, action_type, status, geom, created) VALUES "
                   "('Drains', 'structural', 'proposed', ST_Multi(ST_GeomFromText('POLYGON((0 0,5 0,5 5,0 0))', "
                   "32737)), '{0}'), ('Clinic', 'services', 'proposed', NULL, '{0}'), ('Sirens', 'early warning', "
                   "'approved', NULL, '{0}')".format(CREATED), dbname=pg_database)
    pg_server.psql("UPDATE resilience.planned_actions SET status = 'approved', cost_estimate = 90000, currency = "
                   "'USD', funding_status = 'proposal' WHERE title = 'Drains'; UPDATE resilience.planned_actions SET "
                   "notes = 'widened', geom = ST_Multi(ST_GeomFromText('POLYGON((0 0,8 0,8 8,0 8,0 0))', 32737)) "
                   "WHERE title = 'Drains'", dbname=pg_database)
    return pg_database


@pytest.fixture
def logins(pg_server, register):
    made = Logins(pg_server, register)
    yield made
    made.drop()


def state(pg_server, dbname, title):
    return pg_server.query("SELECT {0} FROM resilience.planned_actions WHERE title = '{1}'".format(STATE, title),
                           dbname=dbname)


def history(pg_server, dbname, title, columns='history_id, operation, changed_by, status, row_version'):
    """The history entries of the action ``title``, oldest first."""
    return pg_server.query("SELECT {0} FROM resilience.planned_actions_history WHERE title = '{1}' ORDER BY "
                           "history_id".format(columns, title), dbname=dbname)


def action_id(pg_server, dbname, title):
    return pg_server.query("SELECT action_id FROM resilience.planned_actions_history WHERE title = '{0}' LIMIT 1"
                           .format(title), dbname=dbname)[0][0]


def counts(pg_server, dbname):
    return pg_server.query('SELECT (SELECT count(*) FROM resilience.planned_actions), (SELECT count(*) FROM '
                           'resilience.planned_actions_history)', dbname=dbname)


def restore(pg_server, dbname, title, history_id, conninfo=None, **more):
    parameters = {'DATABASE': conninfo or pg_server.conninfo(dbname), 'ACTION_ID': action_id(pg_server, dbname, title),
                  'HISTORY_ID': history_id}
    parameters.update(more)
    return processing.run('resilienceplanner:restoreaction', parameters)


# ------------------------------------------------------------------------------------------------- the algorithm


def test_restoring_after_an_update_brings_back_every_field_and_the_area_and_is_in_the_history(pg_server, register):
    entries = history(pg_server, register, 'Drains')
    assert [e[1:] for e in entries] == [['INSERT', 'rp_admin', 'proposed', '1'],
                                        ['UPDATE', 'rp_admin', 'approved', '2'],
                                        ['UPDATE', 'rp_admin', 'approved', '3']]
    assert state(pg_server, register, 'Drains') == [['Drains', 'approved', '90000', 'USD', 'proposal', 'widened',
                                                     'MULTIPOLYGON(((0 0,8 0,8 8,0 8,0 0)))', '3']]
    results = restore(pg_server, register, 'Drains', int(entries[0][0]), EXPECTED_ROW_VERSION=3)
    assert results['ACTION_ID'] == action_id(pg_server, register, 'Drains')
    assert results['ROW_VERSION'] == 4 and results['OPERATION'] == 'UPDATE'
    # Every field as the first entry had it (no cost, no funding, no notes), its first area; the version goes on.
    assert state(pg_server, register, 'Drains') == [['Drains', 'proposed', '', '', '', '', FIRST_AREA, '4']]
    assert pg_server.query("SELECT created AT TIME ZONE 'UTC', modified_by, modified > now() - interval '1 hour' FROM "
                           "resilience.planned_actions WHERE title = 'Drains'", dbname=register) == [
        ['2026-03-01 08:00:00', getpass.getuser(), 't']]
    # The restore is itself the newest entry: an UPDATE by the login, with the state it brought back.
    assert [e[1:] for e in history(pg_server, register, 'Drains')][-1] == ['UPDATE', 'rp_admin', 'proposed', '4']
    assert history(pg_server, register, 'Drains', 'ST_AsText(geom), cost_estimate')[-1] == [FIRST_AREA, '']
    # And the second entry back again: restoring is undone the same way.
    results = restore(pg_server, register, 'Drains', int(entries[1][0]))
    assert results['ROW_VERSION'] == 5
    assert state(pg_server, register, 'Drains') == [['Drains', 'approved', '90000', 'USD', 'proposal', '', FIRST_AREA,
                                                     '5']]
    assert pg_server.query('SELECT count(*), count(DISTINCT action_id) FROM resilience.planned_actions',
                           dbname=register) == [['3', '3']]


def test_restoring_a_deleted_action_brings_it_back_with_its_action_id_and_fid(pg_server, register):
    before = pg_server.query("SELECT fid, action_id, created FROM resilience.planned_actions WHERE title = 'Clinic'",
                             dbname=register)
    pg_server.psql("UPDATE resilience.planned_actions SET notes = 'moved' WHERE title = 'Clinic'; DELETE FROM "
                   "resilience.planned_actions WHERE title = 'Clinic'", dbname=register)
    entries = history(pg_server, register, 'Clinic', 'history_id, operation, notes, row_version')
    assert [e[1:] for e in entries] == [['INSERT', '', '1'], ['UPDATE', 'moved', '2'], ['DELETE', 'moved', '2']]
    # Seen deleted (0), restored from the deletion's entry (the action as it was when deleted).
    results = restore(pg_server, register, 'Clinic', int(entries[2][0]), EXPECTED_ROW_VERSION=0)
    assert results['OPERATION'] == 'INSERT' and results['ACTION_ID'] == before[0][1]
    assert pg_server.query("SELECT fid, action_id, created, notes, status FROM resilience.planned_actions WHERE title "
                           "= 'Clinic'", dbname=register) == [before[0] + ['moved', 'proposed']]
    # A new row's version starts at 1 (the trigger's); the history records the restore as an addition.
    assert results['ROW_VERSION'] == 1
    assert history(pg_server, register, 'Clinic', 'operation, changed_by, notes, row_version')[-1] == [
        'INSERT', 'rp_admin', 'moved', '1']
    assert counts(pg_server, register) == [['3', '8']]


def test_a_restore_after_a_change_made_since_is_refused_naming_who_and_when(pg_server, register, logins):
    eddie = logins.add('eddie', EDITOR)
    first = int(history(pg_server, register, 'Drains')[0][0])
    logins.psql(eddie, "UPDATE resilience.planned_actions SET notes = 'Eddie: agreed' WHERE title = 'Drains'")
    when = history(pg_server, register, 'Drains', "changed_at::text")[-1][0][:19]
    before = counts(pg_server, register)
    with pytest.raises(QgsProcessingException) as caught:
        restore(pg_server, register, 'Drains', first, EXPECTED_ROW_VERSION=3)
    assert str(caught.value) == (
        'Nothing was restored: the action "Drains" was changed by {0} at {1} since you read it (version 3 read, '
        'version 4 stored). Look at its history again (that change is its newest entry), then restore.'.format(
            eddie, when))
    assert counts(pg_server, register) == before
    assert state(pg_server, register, 'Drains')[0][5:] == ['Eddie: agreed', SECOND_AREA, '4']
    # Deleted since: named as deleted; seen deleted but added back since: named too.
    pg_server.psql("DELETE FROM resilience.planned_actions WHERE title = 'Sirens'", dbname=register)
    sirens = int(history(pg_server, register, 'Sirens')[0][0])
    with pytest.raises(QgsProcessingException, match='Nothing was restored: the action "Sirens" was deleted by '
                                                     'rp_admin at .* since you read it \\(version 1\\)'):
        restore(pg_server, register, 'Sirens', sirens, EXPECTED_ROW_VERSION=1)
    restore(pg_server, register, 'Sirens', sirens, EXPECTED_ROW_VERSION=0)
    with pytest.raises(QgsProcessingException, match='the action "Sirens" was added back by rp_admin at .* since you '
                                                     'read it deleted \\(version 1 stored\\)'):
        restore(pg_server, register, 'Sirens', sirens, EXPECTED_ROW_VERSION=0)


def test_an_unknown_entry_or_one_of_another_action_is_refused_with_the_action_s_entries(pg_server, register):
    drains = [int(e[0]) for e in history(pg_server, register, 'Drains')]
    clinic = int(history(pg_server, register, 'Clinic')[0][0])
    before = counts(pg_server, register)
    with pytest.raises(QgsProcessingException) as caught:
        restore(pg_server, register, 'Drains', 999)
    assert str(caught.value) == (
        'Nothing was restored: the register in the schema "resilience" of database "{0}" on 127.0.0.1:{1} has no '
        'history entry 999. The entries of the action {2} are {3}: give one of them as HISTORY_ID (the History… of '
        'the Planned actions dock lists them).'.format(register, pg_server.port, action_id(pg_server, register,
                                                                                            'Drains'),
                                                       ', '.join(str(i) for i in reversed(drains))))
    with pytest.raises(QgsProcessingException) as caught:
        restore(pg_server, register, 'Drains', clinic)
    assert str(caught.value).startswith('Nothing was restored: history entry {0} is of another action, "Clinic" '
                                        '({1}), not of {2}. Give an entry of {2} as HISTORY_ID (its entries: '.format(
                                            clinic, action_id(pg_server, register, 'Clinic'),
                                            action_id(pg_server, register, 'Drains')))
    with pytest.raises(QgsProcessingException, match='no entry at all of the action no-such-action: check ACTION_ID'):
        processing.run('resilienceplanner:restoreaction', {'DATABASE': pg_server.conninfo(register),
                                                           'ACTION_ID': 'no-such-action', 'HISTORY_ID': 999})
    assert counts(pg_server, register) == before


def test_a_viewer_and_a_register_of_a_newer_schema_restore_nothing(pg_server, register, logins):
    vera = logins.add('vera', VIEWER)
    first = int(history(pg_server, register, 'Drains')[0][0])
    before = counts(pg_server, register)
    with pytest.raises(QgsProcessingException) as caught:
        restore(pg_server, register, 'Drains', first, conninfo=logins.conninfo(vera))
    assert str(caught.value) == (
        'Nothing was restored: your login "{0}" may read the register in the schema "resilience" of database "{1}" '
        'on 127.0.0.1:{2} but not change it (it is not in the role resilience_editor). Ask the owner of the register '
        '(rp_admin) to run GRANT resilience_editor TO {0};'.format(vera, register, pg_server.port))
    # An editor may (and the history names the editor).
    eddie = logins.add('eddie', EDITOR)
    assert restore(pg_server, register, 'Drains', first, conninfo=logins.conninfo(eddie))['ROW_VERSION'] == 4
    assert history(pg_server, register, 'Drains', 'operation, changed_by')[-1] == ['UPDATE', eddie]
    pg_server.psql("UPDATE resilience.resilience_planner_metadata SET value = '3' WHERE key = 'schema_version'",
                   dbname=register)
    before = counts(pg_server, register)
    with pytest.raises(QgsProcessingException, match='Nothing was restored: the register in the schema "resilience" '
                       'of .* was written by a newer Resilience Planner \\(schema version 3; this one reads version '
                       '1\\), so it is read-only here. Update the plugin, then restore the action.'):
        restore(pg_server, register, 'Drains', first + 1)
    assert counts(pg_server, register) == before


def test_a_state_the_rules_refuse_now_is_not_restored_and_the_server_s_reason_is_given(pg_server, register):
    entries = [int(e[0]) for e in history(pg_server, register, 'Drains')]
    # The office has since added a rule of its own to the table: no cost above 50,000.
    pg_server.psql("UPDATE resilience.planned_actions SET cost_estimate = 40000 WHERE title = 'Drains'; ALTER TABLE "
                   "resilience.planned_actions ADD CONSTRAINT office_cap CHECK (cost_estimate <= 50000)",
                   dbname=register)
    before, stored = counts(pg_server, register), state(pg_server, register, 'Drains')
    with pytest.raises(QgsProcessingException) as caught:
        restore(pg_server, register, 'Drains', entries[2])
    text = str(caught.value)
    assert text.startswith('Nothing was restored: database "{0}" on 127.0.0.1:{1} refused the state of history entry '
                           '{2} (new row for relation "planned_actions" violates check constraint "office_cap"'.format(
                               register, pg_server.port, entries[2])), text
    assert text.endswith('restore another entry, or change the action in the Planned actions dock. Nothing in the '
                         'database changed.') and pg_server.password not in text
    # The register's own rules too (an entry a script wrote into the history with a status the rules refuse).
    pg_server.psql("UPDATE resilience.planned_actions_history SET status = 'someday' WHERE history_id = {0}".format(
        entries[0]), dbname=register)
    with pytest.raises(QgsProcessingException, match='refused the state of history entry {0} \\(Resilience Planner: '
                                                     'Status must be one of: proposed, approved'.format(entries[0])):
        restore(pg_server, register, 'Drains', entries[0])
    assert counts(pg_server, register) == before and state(pg_server, register, 'Drains') == stored


def test_a_geopackage_register_is_refused_it_keeps_no_history(plugin, tmp_path):
    path = str(tmp_path / 'plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': path})
    with pytest.raises(QgsProcessingException) as caught:
        processing.run('resilienceplanner:restoreaction', {'DATABASE': path, 'ACTION_ID': 'x', 'HISTORY_ID': 1})
    assert str(caught.value).startswith('"{0}" is a GeoPackage register, which keeps no history of its own edits: '
                                        'there is no earlier state to restore.'.format(path))
    assert 'Give DATABASE: the name of a QGIS PostgreSQL connection' in str(caught.value)


def test_the_same_state_again_is_not_written(pg_server, register):
    newest = int(history(pg_server, register, 'Drains')[-1][0])
    before = counts(pg_server, register)
    with pytest.raises(QgsProcessingException, match='the action "Drains" is already in the state of history entry '
                                                     '{0}'.format(newest)):
        restore(pg_server, register, 'Drains', newest)
    assert counts(pg_server, register) == before


# ------------------------------------------------------------------------------------------------- the dock's dialog


def forget_database_register():
    """The project forgets a register in a database, so that the dock opens the one the project names in a file."""
    from resilience_planner.gui.action_editor import (
        PROJECT_CONNECTION_KEY,
        PROJECT_DATABASE_KEY,
        PROJECT_SCHEMA_KEY,
        PROJECT_SCOPE,
    )
    for key in (PROJECT_DATABASE_KEY, PROJECT_CONNECTION_KEY, PROJECT_SCHEMA_KEY):
        QgsProject.instance().removeEntry(PROJECT_SCOPE, key)


@pytest.fixture
def no_database_register():
    """Before the dock opens: a test before this one may have left its database register in the project."""
    forget_database_register()


@pytest.fixture
def laptop(no_database_register, docked):  # noqa: F811
    """The dock beside the map of a laptop (tests/test_action_editor_fit.docked), opened on the fixture's GeoPackage;
    the project forgets the database register the test opens afterwards."""
    yield docked
    dock = docked[1]
    if dock.layer is not None and dock.layer.isEditable():
        dock.layer.rollBack()
    forget_database_register()


def open_history(dock, title, qtbot):
    row = dock.shown_titles().index(title)
    dock.table.selectRow(row)
    assert dock.history_button.isEnabled(), dock.history_button.toolTip()
    qtbot.mouseClick(dock.history_button, Qt.MouseButton.LeftButton)
    from resilience_planner.gui.action_history import ActionHistoryDialog
    found = [d for d in dock.findChildren(ActionHistoryDialog) if d.isVisible()]
    assert len(found) == 1
    qtbot.waitExposed(found[0])
    return found[0]


def test_the_history_dialog_fits_the_laptop_lists_the_entries_and_restores_one(laptop, pg_server, register, qtbot):
    window, dock, _ = laptop
    # On the GeoPackage register the fixture opened: no history to show, and the button says why.
    assert not dock.history_button.isEnabled()
    assert dock.history_button.toolTip().startswith('A GeoPackage register keeps no history of its own edits')
    assert dock.open_database_register(pg_server.conninfo(register), 'resilience')
    dialog = open_history(dock, 'Drains', qtbot)
    assert dialog.windowTitle() == 'History of "Drains"' and dialog.isModal()
    assert dialog_problems(dialog) == []
    rows = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]
    assert [r[1:] for r in rows] == [
        ['rp_admin', 'changed', '3', 'Drains', 'approved', 'USD 90,000', 'proposal'],
        ['rp_admin', 'changed', '2', 'Drains', 'approved', 'USD 90,000', 'proposal'],
        ['rp_admin', 'added', '1', 'Drains', 'proposed', '', '']]
    assert [r[0] for r in rows] == [w[0][:19] for w in reversed(history(pg_server, register, 'Drains',
                                                                        'changed_at::text'))]
    # The newest entry is the action as stored: nothing to restore.
    assert dialog.selected_entry().row_version == 3 and dialog.difference_rows() == []
    assert not dialog.restore_button.isEnabled()
    assert 'nothing to restore' in dialog.difference_label.text()
    # The first: what differs from now, field by field, and the target area.
    dialog.table.selectRow(2)
    assert dialog.difference_rows() == [
        ['Cost estimate', '', 'USD 90,000'], ['Currency', '', 'USD'], ['Funding status', '', 'proposal'],
        ['Status', 'proposed', 'approved'], ['Notes', '', 'widened'],
        ['Target area', '1 part(s), 4 vertices', '1 part(s), 5 vertices']]
    assert dialog.restore_button.isEnabled()
    assert dialog_problems(dialog) == []
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith('Restored: "Drains" is back in the state of entry '), dialog.message.text()
    assert state(pg_server, register, 'Drains') == [['Drains', 'proposed', '', '', '', '', FIRST_AREA, '4']]
    # The list reads the restore as its newest entry; the dock's layer shows the restored action, still editable.
    assert dialog.table.rowCount() == 4 and dialog.table.item(0, 3).text() == '4'
    assert dialog.table.item(0, 2).text() == 'changed'
    assert dock.layer.isEditable() and not dock.layer.isModified()
    fid = next(f.id() for f in dock.layer.getFeatures() if f['title'] == 'Drains')
    assert dock.layer.getFeature(fid)['status'] == 'proposed' and dock.layer.getFeature(fid)['row_version'] == 4
    assert dock.shown_row(dock.shown_titles().index('Drains'))[:2] == ['Drains', 'proposed']
    # The dock saves over the restored version without a conflict (it read the new row version).
    dock.select_fid(fid)
    dock.set_form(notes='after the restore')
    dock.apply_form()
    assert dock.save(), dock.message.text()
    assert state(pg_server, register, 'Drains')[0][5:] == ['after the restore', FIRST_AREA, '5']
    dialog.close()


def test_the_history_dialog_refuses_while_the_layer_has_unsaved_edits_and_names_a_change_made_since(
        laptop, pg_server, register, logins, qtbot):
    window, dock, _ = laptop
    assert dock.open_database_register(pg_server.conninfo(register), 'resilience')
    dialog = open_history(dock, 'Drains', qtbot)
    dialog.table.selectRow(2)
    # An edit in the dock, not saved: the restore would lose it, so it is refused, and the edit stays.
    dock.select_fid(next(f.id() for f in dock.layer.getFeatures() if f['title'] == 'Sirens'))
    dock.set_form(notes='typed, not saved')
    dock.apply_form()
    before = counts(pg_server, register)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        'Nothing was restored: the register has changes you have not saved. Save them (Save in the Planned actions '
        'dock) or discard them (Undo) first: restoring reads the register again, and they would be lost.')
    assert counts(pg_server, register) == before
    assert dock.layer.isModified()
    assert next(f for f in dock.layer.getFeatures() if f['title'] == 'Sirens')['notes'] == 'typed, not saved'
    dock.undo()
    assert not dock.layer.isModified()
    # Someone changes the action after the dialog read its history: the restore names them, writes nothing, and the
    # list then shows their change.
    eddie = logins.add('eddie', EDITOR)
    logins.psql(eddie, "UPDATE resilience.planned_actions SET notes = 'Eddie meanwhile' WHERE title = 'Drains'")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith('Nothing was restored: the action "Drains" was changed by {0} at '.format(
        eddie)), dialog.message.text()
    assert 'version 3 read, version 4 stored' in dialog.message.text()
    assert state(pg_server, register, 'Drains')[0][5:] == ['Eddie meanwhile', SECOND_AREA, '4']
    assert dialog.table.rowCount() == 4 and dialog.table.item(0, 1).text() == eddie
    assert dialog.selected_entry().row_version == 1           # the entry chosen stays chosen
    # Now read, it restores.
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith('Restored:'), dialog.message.text()
    assert state(pg_server, register, 'Drains') == [['Drains', 'proposed', '', '', '', '', FIRST_AREA, '5']]
    dialog.close()


def test_a_viewer_sees_the_history_but_cannot_restore(laptop, pg_server, register, logins, qtbot):
    window, dock, _ = laptop
    vera = logins.add('vera', VIEWER)
    assert dock.open_database_register(logins.conninfo(vera), 'resilience')
    assert dock.read_only_reason
    dialog = open_history(dock, 'Drains', qtbot)
    assert dialog.table.rowCount() == 3
    dialog.table.selectRow(2)
    assert len(dialog.difference_rows()) == 6
    assert not dialog.restore_button.isEnabled() and dialog.restore_button.toolTip() == dock.read_only_reason
    dialog.close()
    QgsProject.instance().removeAllMapLayers()
