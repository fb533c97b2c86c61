"""The Planned actions dock on a register in the tests' own PostgreSQL (tests/pg.py): opened from a QGIS connection
or a connection string as easily as a file, created from the dock, read-only with the reason, remembered in the
project without a password, and fitting a 1366 x 768 laptop."""
import zipfile

import pytest
from qgis import processing
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsProviderRegistry
from qgis.PyQt.QtCore import Qt

from resilience_planner.gui.action_editor import (
    PROJECT_CONNECTION_KEY,
    PROJECT_DATABASE_KEY,
    PROJECT_KEY,
    PROJECT_SCHEMA_KEY,
    PROJECT_SCOPE,
)
from resilience_planner.gui.database_register import NEW, OPEN, DatabaseRegisterDialog

from .fit import dialog_problems
from .test_action_editor_fit import docked, laptop_problems  # noqa: F401 (the fixture)

KEYS = (PROJECT_KEY, PROJECT_DATABASE_KEY, PROJECT_CONNECTION_KEY, PROJECT_SCHEMA_KEY)


@pytest.fixture
def conninfo(pg_server, pg_database):
    return pg_server.conninfo(pg_database)


@pytest.fixture
def registers(plugin, pg_server, pg_database, conninfo):
    """Two registers in the database: resilience, and district_2 written by a newer plugin."""
    for schema in ('resilience', 'district_2'):
        processing.run('resilienceplanner:createactionregister', {'DATABASE': conninfo, 'SCHEMA': schema,
                                                                  'CRS': 'EPSG:32737'})
    pg_server.psql("INSERT INTO resilience.planned_actions (title, action_type, status) VALUES ('Sirens', 'early "
                   "warning', 'approved'); UPDATE district_2.resilience_planner_metadata SET value = '3' WHERE key = "
                   "'schema_version'", dbname=pg_database)
    return pg_database


@pytest.fixture
def office(pg_server, pg_database):
    """A PostgreSQL connection "Office" saved in QGIS, with its user and password."""
    metadata = QgsProviderRegistry.instance().providerMetadata('postgres')
    metadata.saveConnection(metadata.createConnection(pg_server.conninfo(pg_database), {
        'saveUsername': True, 'savePassword': True}), 'Office')
    yield 'Office'
    metadata.deleteConnection('Office')


@pytest.fixture
def dock(plugin, qtbot):
    opened = plugin.open_action_editor()
    opened.setFloating(True)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    if opened.layer is not None and opened.layer.isEditable():
        opened.layer.rollBack()
    QgsProject.instance().removeAllMapLayers()
    for key in KEYS:
        QgsProject.instance().removeEntry(PROJECT_SCOPE, key)


def accepted(dialog):
    """The dialog as a planner leaves it with OK (exec() returns at once)."""
    dialog.exec = lambda: 1
    return dialog


def test_the_dock_opens_a_register_of_a_qgis_connection_and_saves_into_it(dock, registers, office, pg_server,
                                                                          qtbot):
    assert [a.text() for a in dock.open_menu.actions()] == ['GeoPackage file…', 'In a database (PostgreSQL)…']
    assert [a.text() for a in dock.create_menu.actions()] == ['GeoPackage file…', 'In a database (PostgreSQL)…']
    dialog = DatabaseRegisterDialog(OPEN, dock)
    names = [dialog.connection.itemText(i) for i in range(dialog.connection.count())]
    assert 'Office' in names
    dialog.connection.setCurrentText('Office')
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()     # no register chosen yet
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    shown = [dialog.registers.item(i).text() for i in range(dialog.registers.count())]
    assert shown == ['district_2 (schema version 3) — newer: opens read-only', 'resilience (schema version 1)']
    dialog.registers.setCurrentRow(1)
    assert dialog.chosen_schema() == 'resilience'
    assert dock.choose_database_register(accepted(dialog))
    assert dock.layer.providerType() == 'postgres' and dock.layer.isEditable() and dock.read_only_reason is None
    assert dock.register_label.text() == 'Register: resilience in connection "Office"'
    assert dock.shown_titles() == ['Sirens'] and dock.save_button.isEnabled()
    qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
    dock.set_form(title='Drains', action_type='structural', status='approved', cost_estimate='90,000',
                  currency='usd')
    qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert 'Saved 1 change' in dock.message.text()
    assert pg_server.query("SELECT title, cost_estimate, currency, modified_by IS NOT NULL FROM "
                           "resilience.planned_actions ORDER BY fid", dbname=registers) == [
        ['Sirens', '', '', 'f'], ['Drains', '90000', 'USD', 't']]
    # The newer register: open, read-only, with the reason in the dock.
    dialog = DatabaseRegisterDialog(OPEN, dock)
    dialog.connection.setCurrentText('Office')
    assert dialog.find_registers() == ['district_2', 'resilience']
    assert dock.choose_database_register(accepted(dialog))         # the first: district_2
    assert 'newer Resilience Planner' in dock.message.text() and dock.message.isVisible()
    assert dock.register_label.text().endswith('(read-only)')
    assert not dock.layer.isEditable() and not dock.save_button.isEnabled() and not dock.new_button.isEnabled()
    assert dock.export_button.isEnabled()


def test_a_login_that_may_only_read_opens_the_register_read_only_with_the_reason(dock, registers, pg_server):
    pg_server.psql("CREATE ROLE rp_reader LOGIN PASSWORD 'reader-pass'; GRANT USAGE ON SCHEMA resilience TO "
                   "rp_reader; GRANT SELECT ON ALL TABLES IN SCHEMA resilience TO rp_reader", dbname=registers)
    try:
        reader = pg_server.conninfo(registers, user='rp_reader', password='reader-pass')
        assert dock.open_database_register(reader, 'resilience')
        assert dock.read_only_reason and dock.message.text() == dock.read_only_reason
        assert 'read-only' in dock.read_only_reason
        assert not dock.layer.isEditable() and not dock.save_button.isEnabled() and dock.shown_titles() == ['Sirens']
    finally:
        QgsProject.instance().removeAllMapLayers()
        pg_server.psql('DROP OWNED BY rp_reader; DROP ROLE rp_reader', dbname=registers)


def project_text(path):
    if path.endswith('.qgz'):
        with zipfile.ZipFile(path) as archive:
            return ''.join(archive.read(name).decode('utf-8', 'replace') for name in archive.namelist())
    with open(path, encoding='utf-8') as handle:
        return handle.read()


def test_the_project_remembers_a_database_register_without_its_password(dock, registers, conninfo, pg_server,
                                                                       office, tmp_path):
    assert pg_server.password in conninfo
    assert dock.open_database_register(conninfo, 'resilience')
    assert pg_server.password not in dock.layer.source()
    project = QgsProject.instance()
    remembered = project.readEntry(PROJECT_SCOPE, PROJECT_DATABASE_KEY, '')[0]
    assert 'dbname=\'{0}\''.format(registers) in remembered and 'password' not in remembered
    for name in ('city.qgz', 'city.qgs'):
        assert project.write(str(tmp_path / name))
        text = project_text(str(tmp_path / name))
        assert 'planned_actions' in text and remembered.split()[0] in text
        assert pg_server.password not in text and 'password=' not in text
    # Read again: the dock opens the register the project names (the password from this session's QGIS).
    dock.layer.rollBack()
    project.clear()
    assert dock.layer is None
    assert project.read(str(tmp_path / 'city.qgz'))
    assert dock.layer is not None and dock.layer.providerType() == 'postgres' and dock.shown_titles() == ['Sirens']
    # By a QGIS connection: the project names it (and its connection string, without the password).
    assert dock.open_database_register('Office', 'resilience')
    assert project.readEntry(PROJECT_SCOPE, PROJECT_CONNECTION_KEY, '')[0] == 'Office'
    assert dock.remembered() == ('database', 'Office', 'resilience')
    assert project.write(str(tmp_path / 'office.qgs'))
    assert pg_server.password not in project_text(str(tmp_path / 'office.qgs'))


def test_a_service_file_names_the_database_and_the_project_keeps_only_the_service(dock, registers, pg_server,
                                                                                  tmp_path, monkeypatch):
    service, name = pg_server.service_file(tmp_path, registers)
    monkeypatch.setenv('PGSERVICEFILE', service)
    assert dock.open_database_register('service=' + name, 'resilience')
    assert dock.register_label.text() == 'Register: resilience in service "{0}"'.format(name)
    assert QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_DATABASE_KEY, '')[0] == "service='{0}'".format(name)
    assert QgsProject.instance().write(str(tmp_path / 'city.qgs'))
    text = project_text(str(tmp_path / 'city.qgs'))
    assert "service='{0}'".format(name) in text and pg_server.password not in text


def test_a_new_register_in_a_database_from_the_dock(dock, plugin, pg_server, pg_database, conninfo):
    dialog = DatabaseRegisterDialog(NEW, dock)
    dialog.connection.setCurrentText(conninfo)
    assert dialog.chosen_schema() == 'resilience'
    dialog.schema.setText('fresh')
    dialog.crs.setCrs(QgsCoordinateReferenceSystem('EPSG:32737'))
    assert dock.create_database_register(accepted(dialog))
    assert pg_server.query("SELECT srid FROM geometry_columns WHERE f_table_schema = 'fresh' AND f_table_name = "
                           "'planned_actions'",
                           dbname=pg_database) == [['32737']]
    assert dock.layer.isEditable() and dock.shown_titles() == [] and dock.layer.crs().authid() == 'EPSG:32737'
    # A schema that holds a register already: refused, and the dock keeps the register it has open.
    layer = dock.layer
    assert not dock.create_database_register(accepted(dialog))
    assert 'already holds an action register' in dock.message.text() and dock.layer is layer
    dialog = DatabaseRegisterDialog(OPEN, dock)
    dialog.connection.setCurrentText('dbname=nowhere host=127.0.0.1 port={0} user=x password=secret-x sslmode=disable'
                                     .format(pg_server.port))
    assert dialog.find_registers() == [] and dialog.message.isVisibleTo(dialog)
    assert 'Cannot connect to database "nowhere"' in dialog.message.text() and 'secret-x' not in dialog.message.text()


def test_the_database_dialogs_and_the_dock_on_a_database_register_fit_the_laptop(docked, registers, conninfo,  # noqa: F811
                                                                                 qtbot):
    window, dock, _ = docked
    for mode in (OPEN, NEW):
        dialog = DatabaseRegisterDialog(mode, window)
        dialog.connection.setCurrentText(conninfo)
        dialog.find_registers()
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog_problems(dialog) == [], mode
        dialog.close()
    assert dock.open_database_register(conninfo, 'district_2')        # read-only: its long reason shown
    qtbot.wait(20)
    assert dock.message.isVisible()
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert laptop_problems(dock, window) == [], dock.tabs.tabText(index)
