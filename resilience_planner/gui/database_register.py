"""The Planned actions dock's choice of a register in a PostgreSQL/PostGIS database: open one, or create one.

The database is one of the PostgreSQL connections saved in QGIS (Browser > PostgreSQL, with its
authentication configuration or service), or a connection string typed in (``service=office``,
``dbname=city host=db.example.org user=planner``). *Find registers* lists the schemas of that
database that hold a register, with their schema version (a newer one opens read-only). The dialog
connects only when asked to (Find registers, OK), never while a name is being typed. It fits a
1366 x 768 laptop.
"""
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..qgis_side.translation import Context

DatabaseRegister = Context('DatabaseRegister')

OPEN, NEW = 'open', 'new'


class DatabaseRegisterDialog(QDialog):
    """Choose a database and a schema: of an existing register (OPEN) or of a new one (NEW, with its CRS)."""

    SCHEMA_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, mode=OPEN, parent=None):
        super().__init__(parent)
        from ..qgis_side.register_pg import connection_names
        self.mode = mode
        self.setObjectName('ResiliencePlannerDatabaseRegister')
        self.setWindowTitle(DatabaseRegister.tr('Open a register in a database') if mode == OPEN
                            else DatabaseRegister.tr('New register in a database'))
        layout = QVBoxLayout(self)
        intro = QLabel(DatabaseRegister.tr(
            'A register shared by the office, in PostgreSQL/PostGIS. Choose a QGIS connection (Browser > '
            'PostgreSQL) or type a connection string such as service=office. No password is kept in the project: '
            'use the connection\'s authentication configuration or a service file.'))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        row = QHBoxLayout()
        self.connection = QComboBox()
        self.connection.setEditable(True)
        self.connection.addItems(connection_names())
        self.connection.lineEdit().setPlaceholderText(DatabaseRegister.tr('connection, or service=office'))
        self.connection.setToolTip(DatabaseRegister.tr('The name of a PostgreSQL connection saved in QGIS, or a '
                                                       'connection string such as service=office or dbname=city '
                                                       'host=db.example.org user=planner.'))
        self.connection.setMinimumContentsLength(18)
        self.connection.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(self.connection, 1)
        self.find_button = QPushButton(DatabaseRegister.tr('Find registers'))
        self.find_button.setToolTip(DatabaseRegister.tr('Connect and list the schemas that hold a register.'))
        row.addWidget(self.find_button)
        form.addRow(DatabaseRegister.tr('Database'), row)
        self.registers = QListWidget()
        self.registers.setMaximumHeight(140)
        self.registers.setToolTip(DatabaseRegister.tr('The schemas of the database that hold a planned-action '
                                                      'register.'))
        form.addRow(DatabaseRegister.tr('Registers'), self.registers)
        self.schema = QLineEdit('resilience' if mode == NEW else '')
        self.schema.setToolTip(DatabaseRegister.tr('The schema of the new register: lower-case letters, digits and '
                                                   'underscores; it must not hold a register already.'))
        self.crs = QgsProjectionSelectionWidget()
        project_crs = QgsProject.instance().crs()
        self.crs.setCrs(project_crs if project_crs.isValid() else QgsCoordinateReferenceSystem('EPSG:4326'))
        if mode == NEW:
            form.addRow(DatabaseRegister.tr('New schema'), self.schema)
            form.addRow(DatabaseRegister.tr('CRS'), self.crs)
        else:
            self.schema.hide()
            self.crs.hide()
        layout.addLayout(form)
        self.message = QLabel('')
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet('color: #bd0026')
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            DatabaseRegister.tr('Open') if mode == OPEN else DatabaseRegister.tr('Create'))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.find_button.clicked.connect(self.find_registers)
        self.registers.itemDoubleClicked.connect(lambda _: self.accept())
        self.registers.currentItemChanged.connect(lambda *_: self._update())
        self.schema.textChanged.connect(lambda *_: self._update())
        self.connection.currentTextChanged.connect(lambda *_: self._connection_changed())
        self.resize(460, self.sizeHint().height())
        self._update()

    def database(self):
        return self.connection.currentText().strip()

    def chosen_schema(self):
        """The schema chosen: the register selected in the list (OPEN), or the one typed (NEW)."""
        if self.mode == NEW:
            return self.schema.text().strip()
        item = self.registers.currentItem()
        return item.data(self.SCHEMA_ROLE) if item is not None else ''

    def chosen_crs(self):
        return self.crs.crs()

    def show_message(self, text):
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def find_registers(self):
        """List the registers of the database; returns their schemas (empty, with a message, when there are none
        or the database cannot be reached)."""
        from ..core.actions import SCHEMA_VERSION
        from ..qgis_side.register import RegisterError
        from ..qgis_side.register_pg import registers_in, version_text
        self.registers.clear()
        self.show_message('')
        if not self.database():
            self.show_message(DatabaseRegister.tr('Choose a connection or type a connection string first.'))
            return []
        try:
            found = registers_in(self.database())
        except RegisterError as err:
            self.show_message(str(err))
            self._update()
            return []
        for schema, version in found:
            text = DatabaseRegister.tr('{0} (schema version {1})').format(schema, version_text(version))
            if version is not None and version > SCHEMA_VERSION:
                text += ' — ' + DatabaseRegister.tr('newer: opens read-only')
            item = QListWidgetItem(text)
            item.setData(self.SCHEMA_ROLE, schema)
            self.registers.addItem(item)
        if found and self.mode == OPEN:
            self.registers.setCurrentRow(0)
        if not found:
            self.show_message(DatabaseRegister.tr('This database holds no register yet.') + (
                ' ' + DatabaseRegister.tr('Create one with New register… > In a database.') if self.mode == OPEN
                else ''))
        self._update()
        return [schema for schema, _ in found]

    def _connection_changed(self):
        self.registers.clear()
        self.show_message('')
        self._update()

    def _update(self):
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.database() and self.chosen_schema()))
