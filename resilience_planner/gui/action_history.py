"""The history of one action of a register shared in PostgreSQL/PostGIS, and restoring one of its states.

The database records every insert, update and delete of the register in ``planned_actions_history``
(``core.actions.sql``). This dialog, opened by the Planned actions dock's *History…*, lists the
entries of the selected action newest first (when, who, what was done, the row version and the main
fields), shows for the selected entry what differs from the action as stored now, and *Restore this
state* runs ``resilienceplanner:restoreaction`` with the row version read, so that a change someone
made since the history was read is never overwritten unseen. The register layer is then read again;
a restore is refused while the layer holds unsaved edits (they would be lost). A GeoPackage register
keeps no history of its own edits: the dock disables *History…* for one. It fits a 1366 x 768 laptop.
"""
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..qgis_side.register import field_label, value_label, values_label
from ..qgis_side.translation import Context

ActionHistory = Context('ActionHistory')

#: The fields the list of entries shows, after when, who, what and the row version.
LISTED = ('title', 'status', 'cost_estimate', 'funding_status')
CHOICES = ('action_type', 'status', 'funding_status')


def operation_label(operation):
    """What an entry's operation did, in the user's language."""
    return {'INSERT': ActionHistory.tr('added'), 'UPDATE': ActionHistory.tr('changed'),
            'DELETE': ActionHistory.tr('deleted')}.get(operation, operation or '')


def value_text(name, value, record=None):
    """A register value as the dialog shows it: the register's words in the user's language, an amount with its
    currency (from ``record``), a target area by its size; '' for none."""
    from ..core.actions.sql import GEOMETRY
    from .action_editor import format_amount
    if name == GEOMETRY:
        if not value:
            return ActionHistory.tr('none')
        geometry = QgsGeometry()
        geometry.fromWkb(value)
        parts = geometry.constGet().numGeometries() if geometry.constGet() is not None else 0
        return ActionHistory.tr('{0} part(s), {1} vertices').format(parts, geometry.constGet().nCoordinates()
                                                                     if parts else 0)
    if value is None or value == '':
        return ''
    if name == 'cost_estimate':
        return format_amount(value, (record or {}).get('currency'))
    if name == 'hazards':
        return values_label(value)
    if name in CHOICES:
        return value_label(value)
    if hasattr(value, 'isoformat'):
        return value.isoformat(sep=' ') if hasattr(value, 'hour') else value.isoformat()
    return str(value)


class ActionHistoryDialog(QDialog):
    """The history of the action ``fid`` of the PostGIS register ``layer``; ``read_only_reason``: why this login
    may not restore (the dock's), else None. ``restored`` carries the fid of the action once it is restored."""

    restored = pyqtSignal('qint64')

    ENTRY_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, layer, fid, read_only_reason=None, parent=None):
        super().__init__(parent)
        from ..qgis_side.register_pg import register_label
        self.layer, self.fid, self.read_only_reason = layer, fid, read_only_reason
        self.entries, self.current = [], None
        # As stored (not as the edit buffer may have it): the history is the database's.
        feature = next(layer.dataProvider().getFeatures(QgsFeatureRequest(fid)), None) or layer.getFeature(fid)
        self.action_id = feature['action_id'] if feature.isValid() else None
        self.title = (feature['title'] if feature.isValid() else None) or ActionHistory.tr('(no title)')
        self.setObjectName('ResiliencePlannerActionHistory')
        self.setWindowTitle(ActionHistory.tr('History of "{0}"').format(self.title))
        layout = QVBoxLayout(self)
        self.heading = QLabel(ActionHistory.tr(
            'Every change of "{0}" (action_id {1}) in the register {2}, newest first. Select an entry to see what '
            'differs from the action as it is stored now; Restore this state brings that state back (a change like '
            'any other, recorded in the history too).').format(self.title, self.action_id, register_label(layer)))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 4 + len(LISTED))
        self.table.setObjectName('entries')
        self.table.setHorizontalHeaderLabels([ActionHistory.tr('When'), ActionHistory.tr('Who'),
                                              ActionHistory.tr('What'), ActionHistory.tr('Version')] +
                                             [ActionHistory.tr('Cost') if name == 'cost_estimate' else
                                              field_label(name) for name in LISTED])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)    # in any language: nothing cut
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)        # the title takes what is left
        splitter.addWidget(self.table)
        below = QWidget()
        box = QVBoxLayout(below)
        box.setContentsMargins(0, 0, 0, 0)
        self.difference_label = QLabel('')
        self.difference_label.setWordWrap(True)
        box.addWidget(self.difference_label)
        self.differences = QTableWidget(0, 3)
        self.differences.setObjectName('differences')
        self.differences.setHorizontalHeaderLabels([ActionHistory.tr('Field'), ActionHistory.tr('In this entry'),
                                                    ActionHistory.tr('Now')])
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.verticalHeader().setVisible(False)
        self.differences.setWordWrap(True)
        header = self.differences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.differences, 1)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.message = QLabel('')
        self.message.setObjectName('message')
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(ActionHistory.tr('Restore this state'),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName('restore')
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore)
        self.table.itemSelectionChanged.connect(self._entry_selected)
        self.resize(980, 620)              # within a 1366 x 768 laptop's screen
        self.load()

    # ------------------------------------------------------------------ reading

    def load(self):
        """Read the action's history and its stored state; select the newest entry (or the one selected before).
        Returns the number of entries."""
        from ..qgis_side.register_pg import PROVIDER_ERRORS, _reason, action_history, layer_database, stored_state
        chosen = self.selected_entry()
        self.entries, self.current = [], None
        if self.action_id:
            db, schema = layer_database(self.layer)
            try:
                self.entries = action_history(db, schema, self.action_id)
                self.current = stored_state(db, schema, self.action_id)
            except PROVIDER_ERRORS as err:
                self.show_message(ActionHistory.tr('Cannot read the history of {0}: {1}').format(
                    db.label, _reason(err, db.uri())), error=True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            texts = [entry.when, entry.changed_by or '', operation_label(entry.operation),
                     '' if entry.row_version is None else str(entry.row_version)] + [
                value_text(name, entry.record.get(name), entry.record) for name in LISTED]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(self.ENTRY_ROLE, entry.history_id)
                    item.setToolTip(ActionHistory.tr('History entry {0}, {1}').format(entry.history_id,
                                                                                    entry.changed_at))
                if column == 6:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        ids = [e.history_id for e in self.entries]
        row = ids.index(chosen.history_id) if chosen is not None and chosen.history_id in ids else 0
        if self.entries:
            self.table.selectRow(row)
        self._entry_selected()
        return len(self.entries)

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() is not None else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select_entry(self, history_id):
        """Select the entry ``history_id`` in the list; False when the action has none of that id."""
        ids = [e.history_id for e in self.entries]
        if history_id not in ids:
            return False
        self.table.selectRow(ids.index(history_id))
        return True

    def difference_rows(self):
        """The differences shown, one (field, in this entry, now) of texts a row."""
        return [[self.differences.item(row, column).text() for column in range(3)]
                for row in range(self.differences.rowCount())]

    def _entry_selected(self):
        from ..core.actions.sql import GEOMETRY
        from ..qgis_side.register_pg import state_differences
        entry = self.selected_entry()
        differences = state_differences(entry, self.current) if entry is not None else []
        self.differences.setRowCount(len(differences))
        for row, (name, mine, now) in enumerate(differences):
            label = ActionHistory.tr('Target area') if name == GEOMETRY else field_label(name)
            texts = [label, value_text(name, mine, entry.record),
                     value_text(name, now, self.current.record if self.current is not None else None)
                     if self.current is not None else ActionHistory.tr('(deleted)')]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.differences.setItem(row, column, item)
        self.differences.resizeRowsToContents()
        if entry is None:
            text = ActionHistory.tr('This action has no history entry yet.') if not self.entries else ''
        elif self.current is None:
            text = ActionHistory.tr('The action is not in the register now (deleted): restoring this entry adds it '
                                    'back with the values below.')
        elif not differences:
            text = ActionHistory.tr('This entry is the action as it is stored now: there is nothing to restore.')
        else:
            text = ActionHistory.tr('What differs between entry {0} ({1}, {2}) and the action now: {3} field(s). '
                                    'Restoring it brings back the values of this entry.').format(
                                        entry.history_id, entry.when, entry.changed_by, len(differences))
        self.difference_label.setText(text)
        self._update_restore(entry, differences)

    def _update_restore(self, entry, differences):
        if self.read_only_reason:
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(self.read_only_reason)
        elif entry is None or not differences:
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(ActionHistory.tr('Select an entry that differs from the action as it is '
                                                            'now.'))
        else:
            self.restore_button.setEnabled(True)
            self.restore_button.setToolTip(ActionHistory.tr('Put the action back into the state of entry {0}: '
                                                            'every field and the target area (a change recorded in '
                                                            'the history, so it can be undone the same way).').format(
                                                                entry.history_id))

    # ------------------------------------------------------------------ restoring

    def show_message(self, text, error=False):
        self.message.setText(text)
        self.message.setStyleSheet('color: #bd0026' if error else '')
        self.message.setVisible(bool(text))

    def restore(self):
        """Restore the selected entry through resilienceplanner:restoreaction (with the row version read), then
        read the register layer again; True when it was restored. Refused while the layer has unsaved edits."""
        from qgis import processing

        from ..qgis_side.register_pg import layer_connection, layer_database, reload_register, unsaved_edits
        entry = self.selected_entry()
        if entry is None or self.action_id is None:
            return False
        if unsaved_edits(self.layer):
            self.show_message(ActionHistory.tr(
                'Nothing was restored: the register has changes you have not saved. Save them (Save in the Planned '
                'actions dock) or discard them (Undo) first: restoring reads the register again, and they would be '
                'lost.'), error=True)
            return False
        _, schema = layer_database(self.layer)
        parameters = {'DATABASE': layer_connection(self.layer), 'SCHEMA': schema, 'ACTION_ID': self.action_id,
                      'HISTORY_ID': entry.history_id}
        # The version read with the history (0: read as deleted): a change made since is refused, named.
        parameters['EXPECTED_ROW_VERSION'] = self.current.row_version if self.current is not None else 0
        try:
            results = processing.run('resilienceplanner:restoreaction', parameters)
        except QgsProcessingException as err:
            self.show_message(str(err), error=True)
            self.load()                    # what changed meanwhile is now in the list
            return False
        reload_register(self.layer)
        self.load()
        self.show_message(ActionHistory.tr('Restored: "{0}" is back in the state of entry {1} ({2}); its row version '
                                           'is now {3}. The restore is the newest entry of the history.').format(
                                               entry.title, entry.history_id, entry.when, int(results['ROW_VERSION'])))
        if self.current is not None:
            self.fid = self.current.fid
        self.restored.emit(self.fid)
        return True
