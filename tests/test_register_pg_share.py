"""The shared register in a real PostgreSQL/PostGIS when an office works in it at once: the viewer and editor
roles (through psql and through QGIS layers as each login), row versions, two people saving at once, a save
killed half-way, a dropped connection. The tests' own server: tests/pg.py."""
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry

AREA = 'MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))'
VIEWER, EDITOR = 'resilience_viewer', 'resilience_editor'


@pytest.fixture
def register(plugin, pg_server, pg_database):
    processing.run('resilienceplanner:createactionregister', {'DATABASE': pg_server.conninfo(pg_database),
                                                              'CRS': 'EPSG:32737'})
    pg_server.psql("INSERT INTO resilience.planned_actions (title, action_type, status, geom) VALUES "
                   "('Drains', 'structural', 'proposed', ST_Multi(ST_GeomFromText('POLYGON((0 0,5 0,5 5,0 0))', "
                   "32737))), ('Clinic', 'structural', 'proposed', NULL), ('Sirens', 'early warning', 'approved', "
                   "NULL)", dbname=pg_database)
    return pg_database


class Logins:
    """Login roles of the test's own, members of the register's roles; dropped afterwards."""

    def __init__(self, pg_server, dbname):
        self.pg_server, self.dbname, self.names = pg_server, dbname, []

    def add(self, who, role=None):
        name = '{0}_{1}'.format(who, self.dbname[-6:].strip('_'))
        self.pg_server.psql("DROP ROLE IF EXISTS {0}; CREATE ROLE {0} LOGIN PASSWORD 'pw-{0}'{1}".format(
            name, ' IN ROLE {0}'.format(role) if role else ''))
        self.names.append(name)
        return name

    def conninfo(self, name):
        return self.pg_server.conninfo(self.dbname, user=name, password='pw-' + name)

    def psql(self, name, sql, check=True):
        return self.pg_server.psql(sql, dbname=self.dbname, user=name, password='pw-' + name, check=check)

    def drop(self):
        for name in self.names:
            self.pg_server.psql('DROP OWNED BY {0}'.format(name), dbname=self.dbname)
            self.pg_server.psql('DROP ROLE {0}'.format(name))


@pytest.fixture
def logins(pg_server, register):
    made = Logins(pg_server, register)
    yield made
    made.drop()


def rows(pg_server, dbname, columns='title, status, row_version'):
    return pg_server.query('SELECT {0} FROM resilience.planned_actions ORDER BY fid'.format(columns), dbname=dbname)


def opened(conninfo, editing=True):
    from resilience_planner.qgis_side.register import begin_editing
    from resilience_planner.qgis_side.register_pg import open_pg_register
    layer, reason = open_pg_register(conninfo, 'resilience')
    assert layer.isValid()
    if editing:
        assert reason is None and begin_editing(layer)
    return layer, reason


def fid_of(layer, title):
    return next(f.id() for f in layer.getFeatures() if f['title'] == title)


def change(layer, title, **values):
    fid = fid_of(layer, title)
    for name, value in values.items():
        assert layer.changeAttributeValue(fid, layer.fields().lookupField(name), value)
    return fid


def new_feature(layer, title, status='proposed'):
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(AREA))
    for name, value in {'title': title, 'action_type': 'policy', 'status': status}.items():
        feature[name] = value
    assert layer.addFeature(feature)


# ------------------------------------------------------------------------------------------------- roles


def test_the_roles_are_made_with_viewers_reading_editors_writing_and_only_the_owner_deleting(pg_server, register,
                                                                                           logins):
    assert pg_server.query("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'resilience\\_%' ORDER BY 1"
                           ) == [[EDITOR, 'f'], [VIEWER, 'f']]
    vera, eddie = logins.add('vera', VIEWER), logins.add('eddie', EDITOR)
    assert logins.psql(vera, 'SELECT count(*) FROM resilience.planned_actions').stdout.split() == ['3']
    assert logins.psql(vera, 'SELECT count(*) FROM resilience.planned_actions_history').stdout.split() == ['3']
    assert logins.psql(vera, "SELECT value FROM resilience.resilience_planner_metadata WHERE key = "
                             "'schema_version'").stdout.split() == ['1']
    for sql in ("INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('x', 'policy', "
                "'proposed')", "UPDATE resilience.planned_actions SET status = 'done'",
                'DELETE FROM resilience.planned_actions'):
        refused = logins.psql(vera, sql, check=False)
        assert 'permission denied for table planned_actions' in refused.stderr, (sql, refused.stderr)
    logins.psql(eddie, "INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('Wetland', "
                       "'nature-based', 'proposed'); UPDATE resilience.planned_actions SET status = 'approved' WHERE "
                       "title = 'Drains'")
    refused = logins.psql(eddie, "DELETE FROM resilience.planned_actions WHERE title = 'Clinic'", check=False)
    assert 'permission denied for table planned_actions' in refused.stderr
    for sql in ('DELETE FROM resilience.planned_actions_history', 'TRUNCATE resilience.planned_actions',
                'ALTER TABLE resilience.planned_actions DISABLE TRIGGER rp_row_version'):
        refused = logins.psql(eddie, sql, check=False)
        assert refused.returncode != 0 and ('permission denied' in refused.stderr or 'must be owner' in
                                            refused.stderr), (sql, refused.stderr)
    assert rows(pg_server, register, 'title, status') == [['Drains', 'approved'], ['Clinic', 'proposed'],
                                                          ['Sirens', 'approved'], ['Wetland', 'proposed']]
    assert pg_server.query('SELECT operation, changed_by FROM resilience.planned_actions_history WHERE history_id > 3 '
                           'ORDER BY history_id', dbname=register) == [['INSERT', eddie], ['UPDATE', eddie]]
    pg_server.psql("DELETE FROM resilience.planned_actions WHERE title = 'Clinic'", dbname=register)   # the owner
    assert len(rows(pg_server, register)) == 3


def test_existing_roles_are_kept_and_a_login_that_cannot_make_them_is_told_what_to_ask(plugin, pg_server, register,
                                                                                      logins):
    from qgis.core import QgsProcessingException
    # A login that may create schemas but not roles: the roles of a new schema name are missing.
    owner = logins.add('owner')
    pg_server.psql('GRANT CREATE ON DATABASE {0} TO {1}'.format(register, owner))
    with pytest.raises(QgsProcessingException, match='the register\'s roles district_9_viewer, district_9_editor do '
                       'not exist and this login may not create roles.*CREATE ROLE district_9_viewer NOLOGIN; CREATE '
                       'ROLE district_9_editor NOLOGIN;'):
        processing.run('resilienceplanner:createactionregister', {
            'DATABASE': logins.conninfo(owner), 'SCHEMA': 'district_9', 'CRS': 'EPSG:32737'})
    assert pg_server.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'district_9'", dbname=register) == [['0']]
    pg_server.psql('CREATE ROLE district_9_viewer NOLOGIN; CREATE ROLE district_9_editor NOLOGIN')
    try:
        processing.run('resilienceplanner:createactionregister', {
            'DATABASE': logins.conninfo(owner), 'SCHEMA': 'district_9', 'CRS': 'EPSG:32737'})
        assert pg_server.query("SELECT has_table_privilege('district_9_editor', 'district_9.planned_actions', "
                               "'UPDATE'), has_table_privilege('district_9_editor', 'district_9.planned_actions', "
                               "'DELETE'), pg_get_userbyid(relowner) FROM pg_class WHERE oid = "
                               "'district_9.planned_actions'::regclass", dbname=register) == [['t', 'f', owner]]
    finally:
        pg_server.psql('DROP SCHEMA district_9 CASCADE', dbname=register)
        pg_server.psql('DROP OWNED BY district_9_viewer, district_9_editor', dbname=register)
        pg_server.psql('DROP ROLE district_9_viewer, district_9_editor')


def test_a_viewer_opens_the_register_read_only_and_is_told_why(pg_server, register, logins):
    from resilience_planner.qgis_side.register_editor import EditRefused, RegisterEditor
    vera = logins.add('vera', VIEWER)
    layer, reason = opened(logins.conninfo(vera), editing=False)
    assert reason == ('Your login "{0}" may read this register but not change it (it is not in the role '
                      'resilience_editor). It opens read-only: to edit, ask the owner of the register (rp_admin) to '
                      'run GRANT resilience_editor TO {0};'.format(vera))
    assert layer.readOnly() and not layer.startEditing() and layer.featureCount() == 3
    editor = RegisterEditor(layer, reason)
    with pytest.raises(EditRefused, match='is read-only. Your login'):
        editor.create(values={'title': 'x', 'action_type': 'policy'})
    # Even a layer that ignores the reason cannot write: the provider sees no right to, and the server refuses.
    layer.setReadOnly(False)
    assert not layer.startEditing()


def test_an_editor_adds_and_changes_actions_through_qgis_but_cannot_delete(pg_server, register, logins):
    from resilience_planner.qgis_side.register import save_register
    from resilience_planner.qgis_side.register_editor import EditRefused, RegisterEditor
    from resilience_planner.qgis_side.register_pg import delete_refusal
    eddie = logins.add('eddie', EDITOR)
    layer, _ = opened(logins.conninfo(eddie))
    new_feature(layer, 'Wetland')
    change(layer, 'Drains', status='approved')
    assert save_register(layer, user='eddie') == 2
    assert rows(pg_server, register, 'title, status, row_version, modified_by') == [
        ['Drains', 'approved', '2', 'eddie'], ['Clinic', 'proposed', '1', ''], ['Sirens', 'approved', '1', ''],
        ['Wetland', 'proposed', '1', 'eddie']]
    assert layer.isEditable() and not layer.editBuffer().isModified()
    # Deleting: QGIS's provider sees the missing right, and the editor says what to do instead.
    assert not layer.deleteFeature(fid_of(layer, 'Clinic'))
    assert delete_refusal(layer) == ('Only the owner of the shared register (rp_admin) deletes actions; set the status '
                                     'to "cancelled" instead, or ask the owner to delete it.')
    editor = RegisterEditor(layer)
    with pytest.raises(EditRefused, match='Only the owner of the shared register'):
        editor.delete(fid_of(layer, 'Clinic'))
    assert len(rows(pg_server, register)) == 4
    # QGIS's own save (the attribute table's) works for an editor too, and the history names the login.
    assert layer.commitChanges()
    assert layer.startEditing()
    change(layer, 'Sirens', status='in progress')
    assert layer.commitChanges(), layer.commitErrors()
    assert pg_server.query("SELECT operation, changed_by, status, row_version FROM resilience.planned_actions_history "
                           "WHERE title = 'Sirens' ORDER BY history_id", dbname=register) == [
        ['INSERT', 'rp_admin', 'approved', '1'], ['UPDATE', eddie, 'in progress', '2']]
    owner_layer, _ = opened(pg_server.conninfo(register))
    assert delete_refusal(owner_layer) is None
    assert owner_layer.deleteFeature(fid_of(owner_layer, 'Clinic'))
    assert save_register(owner_layer) == 1
    assert [r[0] for r in rows(pg_server, register)] == ['Drains', 'Sirens', 'Wetland']


# ------------------------------------------------------------------------------------------------- row versions


def test_the_row_version_goes_up_with_each_update_and_an_older_one_is_refused_through_psql(pg_server, register):
    assert rows(pg_server, register, 'title, row_version') == [['Drains', '1'], ['Clinic', '1'], ['Sirens', '1']]
    pg_server.psql("UPDATE resilience.planned_actions SET status = 'approved' WHERE title = 'Drains'; "
                   "UPDATE resilience.planned_actions SET notes = 'n', row_version = 2 WHERE title = 'Drains'",
                   dbname=register)
    assert rows(pg_server, register, 'title, row_version')[0] == ['Drains', '3']
    refused = pg_server.psql("UPDATE resilience.planned_actions SET status = 'done', row_version = 2 WHERE title = "
                             "'Drains'", dbname=register, check=False)
    assert ('Resilience Planner: row version conflict: the action "Drains" ({0}) was changed by someone else since '
            'it was read (version 2 read, version 3 stored)'.format(
                rows(pg_server, register, 'action_id')[0][0])) in refused.stderr
    assert rows(pg_server, register)[0] == ['Drains', 'approved', '3']
    # The history keeps each version.
    assert pg_server.query("SELECT operation, row_version FROM resilience.planned_actions_history WHERE title = "
                           "'Drains' ORDER BY history_id", dbname=register) == [['INSERT', '1'], ['UPDATE', '2'],
                                                                                 ['UPDATE', '3']]


def test_two_people_saving_at_once_keep_both_changes_and_a_conflict_is_named_not_overwritten(pg_server, register,
                                                                                           logins):
    from resilience_planner.qgis_side.register import save_register
    from resilience_planner.qgis_side.register_pg import SaveConflict
    alice, bob = logins.add('alice', EDITOR), logins.add('bob', EDITOR)
    mine, theirs = opened(logins.conninfo(alice))[0], opened(logins.conninfo(bob))[0]
    change(mine, 'Drains', status='approved')
    change(mine, 'Clinic', notes='Alice: budget agreed')
    change(theirs, 'Clinic', notes='Bob: moved to 2028')
    change(theirs, 'Sirens', status='in progress')
    new_feature(theirs, 'Wetland')
    assert save_register(mine, user='alice') == 2
    with pytest.raises(SaveConflict) as caught:
        save_register(theirs, user='bob')
    conflict = caught.value
    assert conflict.saved == 2 and [c.title for c in conflict.conflicts] == ['Clinic']
    assert conflict.conflicts[0].changed_by == alice and not conflict.conflicts[0].deleted
    when = pg_server.query("SELECT changed_at::text FROM resilience.planned_actions_history WHERE changed_by = '{0}' "
                           "AND title = 'Clinic'".format(alice), dbname=register)[0][0][:19]
    assert str(conflict) == (
        'Saved 2 action(s); not saved: 1 action(s) someone else changed since you read them. "Clinic" was changed by '
        '{0} at {1}. Your edits of them are kept: reload each to take the stored version, or keep yours to '
        'overwrite it, then save.'.format(alice, when))
    # Nothing overwritten, nothing dropped or duplicated; Bob's edit of the Clinic waits in his buffer.
    assert rows(pg_server, register, 'title, status, notes') == [
        ['Drains', 'approved', ''], ['Clinic', 'proposed', 'Alice: budget agreed'], ['Sirens', 'in progress', ''],
        ['Wetland', 'proposed', '']]
    clinic = fid_of(theirs, 'Clinic')
    assert theirs.isEditable() and list(theirs.editBuffer().changedAttributeValues()) == [clinic]
    assert theirs.getFeature(clinic)['notes'] == 'Bob: moved to 2028'
    # Saving again without choosing: still refused, still nothing overwritten.
    with pytest.raises(SaveConflict, match='"Clinic" was changed by {0}'.format(alice)) as again:
        save_register(theirs, user='bob')
    assert again.value.saved == 0
    assert rows(pg_server, register, 'title, notes')[1] == ['Clinic', 'Alice: budget agreed']
    # Bob keeps his explicitly (through the editor, as the dock does): then it is saved over Alice's, and the
    # history holds both.
    from resilience_planner.qgis_side.register_editor import RegisterEditor
    editor = RegisterEditor(theirs)
    seen = []
    editor.changed.connect(lambda: seen.append('changed'))
    editor.keep_mine(clinic)
    assert seen == ['changed'] and editor.save(user='bob') == 1
    assert rows(pg_server, register, 'title, notes, row_version')[1] == ['Clinic', 'Bob: moved to 2028', '3']
    assert pg_server.query("SELECT changed_by, notes FROM resilience.planned_actions_history WHERE title = 'Clinic' "
                           "ORDER BY history_id", dbname=register) == [
        ['rp_admin', ''], [alice, 'Alice: budget agreed'], [bob, 'Bob: moved to 2028']]
    assert pg_server.query('SELECT count(*), count(DISTINCT action_id) FROM resilience.planned_actions',
                           dbname=register) == [['4', '4']]


def test_after_a_conflict_reloading_the_action_takes_the_stored_version_and_keeps_the_other_edits(pg_server, register):
    from resilience_planner.qgis_side.register import save_register
    from resilience_planner.qgis_side.register_pg import SaveConflict, reload_action
    mine, theirs = opened(pg_server.conninfo(register))[0], opened(pg_server.conninfo(register))[0]
    change(mine, 'Sirens', status='done')
    assert save_register(mine) == 1
    change(theirs, 'Sirens', status='cancelled')
    change(theirs, 'Drains', notes='kept')
    with pytest.raises(SaveConflict):
        save_register(theirs)
    new_feature(theirs, 'Shelter')          # an edit made after the conflict, before reloading
    change(theirs, 'Drains', status='approved')
    reload_action(theirs, fid_of(theirs, 'Sirens'))
    assert 'Sirens' not in [theirs.getFeature(f)['title'] for f in theirs.editBuffer().changedAttributeValues()]
    assert theirs.getFeature(fid_of(theirs, 'Sirens'))['status'] == 'done'
    assert save_register(theirs) == 2
    assert rows(pg_server, register, 'title, status, notes') == [
        ['Drains', 'approved', 'kept'], ['Clinic', 'proposed', ''], ['Sirens', 'done', ''], ['Shelter', 'proposed', '']]


def test_a_deletion_meets_a_change_made_meanwhile(pg_server, register, logins):
    from resilience_planner.qgis_side.register import save_register
    from resilience_planner.qgis_side.register_pg import SaveConflict, conflicted_gone, keep_mine
    eddie = logins.add('eddie', EDITOR)
    owner, editor = opened(pg_server.conninfo(register))[0], opened(logins.conninfo(eddie))[0]
    # The editor changes what the owner deletes: named as deleted; kept, it comes back whole with the edit.
    change(editor, 'Clinic', notes='still needed')
    assert owner.deleteFeature(fid_of(owner, 'Clinic'))
    assert save_register(owner) == 1
    with pytest.raises(SaveConflict, match='"Clinic" was deleted by rp_admin') as caught:
        save_register(editor)
    assert caught.value.conflicts[0].deleted and list(conflicted_gone(editor)) == [caught.value.conflicts[0].fid]
    keep_mine(editor, caught.value.conflicts[0].fid)
    assert save_register(editor) == 1
    assert rows(pg_server, register, 'title, notes') == [['Drains', ''], ['Sirens', ''], ['Clinic', 'still needed']]
    # The owner deletes what the editor changed meanwhile: the deletion waits, named, until the owner keeps it.
    owner.rollBack()
    assert owner.startEditing()
    change(editor, 'Drains', status='approved')
    assert owner.deleteFeature(fid_of(owner, 'Drains'))
    assert save_register(editor) == 1
    with pytest.raises(SaveConflict, match='"Drains" was changed by {0}'.format(eddie)):
        save_register(owner)
    assert [r[0] for r in rows(pg_server, register)] == ['Drains', 'Sirens', 'Clinic']
    keep_mine(owner, fid_of(editor, 'Drains'))
    assert save_register(owner) == 1
    assert [r[0] for r in rows(pg_server, register)] == ['Sirens', 'Clinic']


# ------------------------------------------------------------------------------------------------- failures


def test_a_save_that_fails_on_its_second_row_writes_nothing_and_keeps_the_edits(pg_server, register):
    from resilience_planner.qgis_side.register import RegisterError, save_register
    layer = opened(pg_server.conninfo(register))[0]
    for title in ('Drains', 'Clinic', 'Sirens'):
        change(layer, title, notes='new ' + title)
    new_feature(layer, 'Shelter')
    before = rows(pg_server, register, 'fid, title, notes, row_version')
    history = pg_server.query('SELECT count(*) FROM resilience.planned_actions_history', dbname=register)
    # A trigger of the test's: the second row the save writes kills the transaction.
    pg_server.psql("CREATE SEQUENCE resilience.rp_test_rows; CREATE FUNCTION resilience.rp_test_fail() RETURNS "
                   "trigger LANGUAGE plpgsql AS $$ BEGIN IF nextval('resilience.rp_test_rows') = 2 THEN RAISE "
                   "EXCEPTION 'the test stops the save at its second row'; END IF; RETURN NEW; END $$; "
                   "CREATE TRIGGER rp_test_fail BEFORE INSERT OR UPDATE ON resilience.planned_actions FOR EACH ROW "
                   "EXECUTE FUNCTION resilience.rp_test_fail()", dbname=register)
    with pytest.raises(RegisterError) as caught:
        save_register(layer)
    assert str(caught.value).startswith('Not saved: database "{0}" on 127.0.0.1:{1} refused the save (the test stops '
                                        'the save at its second row'.format(register, pg_server.port))
    assert 'nothing in the database changed' in str(caught.value)
    assert pg_server.query("SELECT last_value FROM resilience.rp_test_rows", dbname=register) == [['2']]
    assert rows(pg_server, register, 'fid, title, notes, row_version') == before
    assert pg_server.query('SELECT count(*) FROM resilience.planned_actions_history', dbname=register) == history
    buffer = layer.editBuffer()
    assert len(buffer.changedAttributeValues()) == 3 and len(buffer.addedFeatures()) == 1
    pg_server.psql('DROP TRIGGER rp_test_fail ON resilience.planned_actions', dbname=register)
    assert save_register(layer) == 4
    assert [r[1:] for r in rows(pg_server, register, 'fid, title, notes, row_version')] == [
        ['Drains', 'new Drains', '2'], ['Clinic', 'new Clinic', '2'], ['Sirens', 'new Sirens', '2'],
        ['Shelter', '', '1']]


def test_a_dropped_connection_says_so_and_keeps_the_edits(pg_server, register):
    from resilience_planner.qgis_side.register import RegisterError, save_register
    layer = opened(pg_server.conninfo(register))[0]
    change(layer, 'Drains', status='approved')
    new_feature(layer, 'Shelter')
    # The server ends the save's session in the middle of its transaction (as when the network or the
    # server goes away): a trigger of the test's terminates its own backend at the first row.
    pg_server.psql("CREATE FUNCTION resilience.rp_test_drop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM "
                   "pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(1); RETURN NEW; END $$; CREATE TRIGGER "
                   "rp_test_drop BEFORE INSERT OR UPDATE ON resilience.planned_actions FOR EACH ROW EXECUTE FUNCTION "
                   "resilience.rp_test_drop()", dbname=register)
    with pytest.raises(RegisterError) as caught:
        save_register(layer)
    text = str(caught.value)
    assert text.startswith('Not saved: the connection to database "{0}" on 127.0.0.1:{1} was lost ('.format(
        register, pg_server.port)), text
    assert 'terminating connection due to administrator command' in text and 'CONTEXT' not in text
    assert 'Your edits are kept in QGIS' in text and pg_server.password not in text
    assert rows(pg_server, register, 'title, status, row_version') == [
        ['Drains', 'proposed', '1'], ['Clinic', 'proposed', '1'], ['Sirens', 'approved', '1']]
    assert len(layer.editBuffer().changedAttributeValues()) == 1 and len(layer.editBuffer().addedFeatures()) == 1
    # Every session of QGIS's to the database is cut too (as by a server restart): the next save connects again.
    pg_server.psql('DROP TRIGGER rp_test_drop ON resilience.planned_actions', dbname=register)
    cut = pg_server.query("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{0}' AND "
                          "pid <> pg_backend_pid()".format(register), dbname=register)
    assert int(cut[0][0]) >= 1
    assert save_register(layer) == 2
    assert rows(pg_server, register, 'title, status, row_version') == [
        ['Drains', 'approved', '2'], ['Clinic', 'proposed', '1'], ['Sirens', 'approved', '1'],
        ['Shelter', 'proposed', '1']]
