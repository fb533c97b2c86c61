"""The Planned actions dock: the register of costed, funded, scheduled actions tied to places.

The dock is a view of a ``qgis_side.register_editor.RegisterEditor``: it builds the widgets,
hands what the planner asks for (new, apply, delete, update beneficiaries, save, undo) to the
editor, and refreshes when the editor says the register ``changed``. The editor makes each
edit one undo command in the layer's edit buffer (or none, when it fails), and saves through
``register.save_register``: validated first, in one transaction, so nothing typed is ever lost
to a failed save. The dock asks it to keep values the rules refuse (``keep_invalid``) and
shows their problems beside the fields until they are fixed.
"""
import html
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..qgis_side.layers import as_float, first_field
from ..qgis_side.register_editor import EditRefused, RegisterEditor, target_area
from .charts import BarChart

PROJECT_SCOPE = 'ResiliencePlanner'
PROJECT_KEY = 'action_register'
COLUMNS = ('title', 'action_type', 'status', 'funding_status', 'cost_estimate', 'currency', 'settlements', 'hazards')
TEXT_FIELDS = ('title', 'lead_agency', 'partners', 'settlements', 'cost_estimate', 'currency', 'funding_source',
               'start_date', 'end_date', 'co_benefits')
LONG_FIELDS = ('description', 'notes')
CHOICE_FIELDS = ('action_type', 'status', 'funding_status')


def tr(text):
    return QCoreApplication.translate('ActionEditor', text)


class CostChart(BarChart):
    """Costs by a category: ``set_bars([(label, value, currency), ...])``; each currency's bars are
    scaled on their own, so a bar in one currency is never drawn against another's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars = []

    def set_bars(self, bars):
        bars = [tuple(bar) + ('',) * (3 - len(bar)) for bar in bars]
        self.bars = [(str(label), float(value)) for label, value, _ in bars]
        self.set_rows([(label, value, '#3182bd') for label, value in self.bars],
                      groups=[currency or '' for _, _, currency in bars])


class SketchTool(QgsMapTool):
    """Click the vertices of a point, line or polygon; right-click (or double-click) to finish."""

    finished = pyqtSignal(QgsGeometry)

    def __init__(self, canvas, kind=QgsWkbTypes.PolygonGeometry):
        super().__init__(canvas)
        self.kind = kind
        self.points = []
        self.band = QgsRubberBand(canvas, kind)
        self.band.setColor(QColor(189, 0, 38, 120))

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        self.points.append(self.toMapCoordinates(event.pos()))
        self.band.addPoint(self.points[-1])
        if self.kind == QgsWkbTypes.PointGeometry:
            self.finish()

    def canvasDoubleClickEvent(self, event):
        self.finish()

    def finish(self):
        points = [QgsPointXY(p) for p in self.points]
        self.points = []
        self.band.reset(self.kind)
        if self.kind == QgsWkbTypes.PointGeometry and points:
            geometry = QgsGeometry.fromPointXY(points[0])
        elif self.kind == QgsWkbTypes.LineGeometry and len(points) >= 2:
            geometry = QgsGeometry.fromPolylineXY(points)
        elif len(points) >= 3:
            geometry = QgsGeometry.fromPolygonXY([points + [points[0]]])
        else:
            return
        self.finished.emit(geometry)

    def deactivate(self):
        self.band.reset(self.kind)
        super().deactivate()


class ActionEditorDock(QgsDockWidget):
    """Table, filters, form, summary and gaps of a planned-action register."""

    def __init__(self, iface, parent=None):
        super().__init__(tr('Planned actions'), parent)
        self.setObjectName('ResiliencePlannerActionEditor')
        self.iface = iface
        self.editor = None
        self.layer = None
        self.path = None
        self.read_only_reason = None
        self.current_fid = None
        self.tool = None
        body = QWidget(self)
        layout = QVBoxLayout(body)

        top = QHBoxLayout()
        self.register_label = QLabel(tr('No register open.'), body)
        self.register_label.setWordWrap(True)
        top.addWidget(self.register_label, 1)
        self.open_button = QPushButton(tr('Open…'), body)
        self.create_button = QPushButton(tr('New register…'), body)
        self.save_button = QPushButton(tr('Save'), body)
        self.undo_button = QPushButton(tr('Undo'), body)
        self.redo_button = QPushButton(tr('Redo'), body)
        for button in (self.open_button, self.create_button, self.save_button, self.undo_button, self.redo_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.message = QLabel('', body)
        self.message.setWordWrap(True)
        self.message.setObjectName('message')
        layout.addWidget(self.message)

        places = QFormLayout()
        self.settlements_combo = QgsMapLayerComboBox(body)
        self.settlements_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.settlements_combo.setAllowEmptyLayer(True)
        self.settlements_combo.setLayer(None)
        places.addRow(tr('Settlements (ranking)'), self.settlements_combo)
        self.key_field = QgsFieldComboBox(body)
        places.addRow(tr('Settlement key'), self.key_field)
        layout.addLayout(places)

        self.tabs = QTabWidget(body)
        layout.addWidget(self.tabs, 1)
        self._build_actions_tab()
        self._build_summary_tab()
        self._build_gaps_tab()
        self.setWidget(body)

        self.open_button.clicked.connect(self.choose_register)
        self.create_button.clicked.connect(self.create_new_register)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.settlements_combo.layerChanged.connect(self._settlements_changed)
        self.key_field.fieldChanged.connect(lambda _: self.refresh_panels())
        QgsProject.instance().readProject.connect(self._project_read)
        self._set_enabled(False)

    def close_down(self):
        """Disconnect from the project before the plugin unloads."""
        try:
            QgsProject.instance().readProject.disconnect(self._project_read)
        except TypeError:
            pass

    # ------------------------------------------------------------------ layout

    def _build_actions_tab(self):
        from ..core.actions import ACTION_TYPES, FUNDING_STATUSES, HAZARDS, SPECS, STATUSES
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QGridLayout()
        self.status_filter = self._combo((tr('All statuses'),) + STATUSES)
        self.type_filter = self._combo((tr('All types'),) + ACTION_TYPES)
        self.hazard_filter = self._combo((tr('All hazards'),) + HAZARDS)
        self.funding_filter = self._combo((tr('All funding'),) + FUNDING_STATUSES)
        self.settlement_filter = QLineEdit()
        self.settlement_filter.setPlaceholderText(tr('Settlement key'))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr('Search titles, agencies, notes…'))
        self.clear_button = QPushButton(tr('Clear filters'))
        self.clear_button.clicked.connect(self.clear_filters)
        for index, widget in enumerate((self.status_filter, self.type_filter, self.hazard_filter,
                                        self.funding_filter, self.settlement_filter, self.search)):
            filters.addWidget(widget, index // 3, index % 3)
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.textChanged
            signal.connect(lambda *_: self.fill_table())
        filters.addWidget(self.clear_button, 0, 3)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([SPECS[c].label for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._row_selected)
        # The table and the form share the height through a splitter; the form scrolls.
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr('New'))
        self.from_selection_button = QPushButton(tr('New from selected settlements'))
        self.draw_combo = self._combo((tr('Draw area'), tr('Draw line'), tr('Draw point')))
        self.buffer_distance = QDoubleSpinBox()
        self.buffer_distance.setRange(1, 100000)
        self.buffer_distance.setValue(250)
        self.buffer_distance.setSuffix(' m')
        self.draw_button = QPushButton(tr('Draw new'))
        self.delete_button = QPushButton(tr('Delete…'))
        self.zoom_button = QPushButton(tr('Zoom to'))
        self.select_button = QPushButton(tr('Select its settlements'))
        self.export_button = QPushButton(tr('Export…'))
        self.compute_button = QPushButton(tr('Update beneficiaries'))
        self.compute_button.setToolTip(tr('Fill beneficiaries and priority_score of every action from the '
                                          'settlements it serves (their grid_population and priority_mean).'))
        for widget in (self.new_button, self.from_selection_button, self.draw_combo, self.buffer_distance,
                       self.draw_button, self.delete_button, self.zoom_button, self.select_button, self.compute_button,
                       self.export_button):
            buttons.addWidget(widget)
        upper_layout.addLayout(buttons)
        splitter.addWidget(upper)
        self.new_button.clicked.connect(lambda: self.new_action())
        self.from_selection_button.clicked.connect(self.new_from_selection)
        self.draw_button.clicked.connect(self.start_drawing)
        self.delete_button.clicked.connect(self.delete_current)
        self.zoom_button.clicked.connect(self.zoom_to_current)
        self.select_button.clicked.connect(self.select_served)
        self.export_button.clicked.connect(self.export)
        self.compute_button.clicked.connect(self.update_computed)

        form = QFormLayout()
        self.inputs, self.errors = {}, {}
        for name in ('title', 'action_type', 'status', 'hazards', 'settlements', 'lead_agency', 'partners',
                     'cost_estimate', 'currency', 'funding_source', 'funding_status', 'start_date', 'end_date',
                     'description', 'co_benefits', 'notes'):
            spec = SPECS[name]
            if name in CHOICE_FIELDS:
                widget = self._combo(('',) + spec.values)
            elif name == 'hazards':
                widget = QListWidget()
                widget.setMaximumHeight(90)
                for hazard in spec.values:
                    item = QListWidgetItem(hazard)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    widget.addItem(item)
            elif name in LONG_FIELDS:
                widget = QPlainTextEdit()
                widget.setMaximumHeight(60)
            else:
                widget = QLineEdit()
                if spec.kind == 'date':
                    widget.setPlaceholderText('YYYY-MM-DD')
            error = QLabel('')
            error.setStyleSheet('color: #bd0026')
            error.setWordWrap(True)
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget, 2)
            box.addWidget(error, 1)
            form.addRow(spec.label + (' *' if spec.required else ''), row)
            self.inputs[name], self.errors[name] = widget, error
        self.apply_button = QPushButton(tr('Apply to this action'))
        self.apply_button.clicked.connect(self.apply_form)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addLayout(form)
        form_layout.addWidget(self.apply_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        splitter.addWidget(scroll)
        splitter.setSizes([300, 500])
        self.tabs.addTab(page, tr('Actions'))

    def _build_summary_tab(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel('')
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr('Cost by funding status')))
        self.funding_chart = CostChart()
        layout.addWidget(self.funding_chart)
        layout.addWidget(QLabel(tr('Cost by status')))
        self.status_chart = CostChart()
        layout.addWidget(self.status_chart)
        layout.addStretch(1)
        self.tabs.addTab(page, tr('Summary'))

    def _build_gaps_tab(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.gaps_note = QLabel(tr('Choose the settlements layer (the priority ranking) to see the gaps.'))
        self.gaps_note.setWordWrap(True)
        layout.addWidget(self.gaps_note)
        self.gaps = QListWidget()
        self.gaps.itemDoubleClicked.connect(self._gap_chosen)
        layout.addWidget(self.gaps, 1)
        self.tabs.addTab(page, tr('Gaps'))

    @staticmethod
    def _combo(items):
        combo = QComboBox()
        combo.addItems(list(items))
        return combo

    def _set_enabled(self, enabled):
        editable = enabled and self.read_only_reason is None
        for widget in (self.save_button, self.undo_button, self.redo_button, self.new_button,
                       self.from_selection_button, self.draw_button, self.delete_button, self.apply_button,
                       self.compute_button):
            widget.setEnabled(editable)
        for widget in (self.zoom_button, self.select_button, self.export_button):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------------ register

    def choose_register(self):
        path, _ = QFileDialog.getOpenFileName(self, tr('Open a planned-action register'), '',
                                              tr('GeoPackage (*.gpkg)'))
        if path:
            self.open_register(path)

    def create_new_register(self):
        path, _ = QFileDialog.getSaveFileName(self, tr('New planned-action register'), '', tr('GeoPackage (*.gpkg)'))
        if not path:
            return
        if not path.lower().endswith('.gpkg'):
            path += '.gpkg'
        from qgis.core import QgsProcessingException

        from ..qgis_side.register import create_register
        try:
            create_register(path, QgsProject.instance().crs() if QgsProject.instance().crs().isValid()
                            else QgsCoordinateReferenceSystem('EPSG:4326'))
        except QgsProcessingException as err:
            self.show_message(str(err), error=True)
            return
        self.open_register(path)

    def open_register(self, path):
        """Open a register (read-only when a newer plugin wrote it) and remember it in the project."""
        from ..qgis_side.register import RegisterError
        if self.layer is not None and self.layer.isModified():
            self.show_message(tr('Save or undo the changes to the open register first.'), error=True)
            return False
        try:
            editor = RegisterEditor.open(path)
        except RegisterError as err:
            self.show_message(str(err), error=True)
            return False
        self._drop_editor()
        self.editor = editor
        self.layer, self.path, self.read_only_reason = editor.layer, path, editor.read_only_reason
        QgsProject.instance().addMapLayer(editor.layer)
        QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, path)
        editor.changed.connect(self.refresh)
        editor.action_deleted.connect(self._action_deleted)
        editor.closed.connect(self._layer_gone)
        self.register_label.setText(tr('Register: {0}').format(path))
        self.show_message(self.read_only_reason or '', error=bool(self.read_only_reason))
        self._set_enabled(True)
        self.refresh()
        return True

    def _drop_editor(self):
        """Stop listening to the editor of the register that was open."""
        editor, self.editor = self.editor, None
        if editor is None:
            return
        for signal, slot in ((editor.changed, self.refresh), (editor.action_deleted, self._action_deleted),
                             (editor.closed, self._layer_gone)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    def _action_deleted(self, fid):
        if fid == self.current_fid:
            self.current_fid = None

    def _layer_gone(self):
        """The register layer was removed from the project: forget it (its file is untouched)."""
        self._drop_editor()
        self.layer = None
        self.path = None
        self.current_fid = None
        self.table.setRowCount(0)
        self.gaps.clear()
        self.summary.setText('')
        self.register_label.setText(tr('No register open.'))
        self._set_enabled(False)

    def _project_read(self, *args):
        path, found = QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, '')
        if found and path and path != self.path:
            self.open_register(path)

    def save(self):
        from ..qgis_side.register import RegisterError
        if self.layer is None or self.editor is None:
            return False
        try:
            count = self.editor.save()           # a save that wrote something emits changed
        except RegisterError as err:
            self.show_message(str(err), error=True)
            self.show_problems()
            return False
        self.show_message(tr('Saved {0} change(s).').format(count))
        return True

    def undo(self):
        if self.layer is not None and self.editor is not None:
            self.editor.undo()                   # the undo stack's move emits changed

    def redo(self):
        if self.layer is not None and self.editor is not None:
            self.editor.redo()

    def show_message(self, text, error=False):
        self.message.setText(text)
        self.message.setStyleSheet('color: #bd0026' if error else '')

    # ------------------------------------------------------------------ table and filters

    def actions(self):
        """(feature, record) of every action in the layer, edits included."""
        if self.layer is None or self.editor is None:
            return []
        return self.editor.actions()

    def visible(self, record):
        from ..core.actions import split_list
        from ..core.profiles import normalise_key
        checks = ((self.status_filter, 'status'), (self.type_filter, 'action_type'),
                  (self.funding_filter, 'funding_status'))
        for combo, name in checks:
            if combo.currentIndex() > 0 and (record.get(name) or '') != combo.currentText():
                return False
        if self.hazard_filter.currentIndex() > 0 and \
                self.hazard_filter.currentText() not in [h.lower() for h in split_list(record.get('hazards'))]:
            return False
        wanted = self.settlement_filter.text().strip()
        if wanted and normalise_key(wanted) not in [normalise_key(s) for s in split_list(record.get('settlements'))]:
            return False
        text = self.search.text().strip().lower()
        if text:
            haystack = ' '.join(str(record.get(n) or '') for n in ('title', 'description', 'lead_agency', 'partners',
                                                                   'funding_source', 'co_benefits', 'notes'))
            if text not in haystack.lower():
                return False
        return True

    def fill_table(self):
        self.table.setSortingEnabled(False)
        self.table.blockSignals(True)
        rows = [(f, r) for f, r in self.actions() if self.visible(r)]
        self.table.setRowCount(len(rows))
        for row, (feature, record) in enumerate(rows):
            for column, name in enumerate(COLUMNS):
                value = record.get(name)
                item = QTableWidgetItem()
                if name == 'cost_estimate' and value is not None and not math.isnan(as_float(value)):
                    item.setData(Qt.ItemDataRole.DisplayRole, as_float(value))
                else:
                    item.setText('' if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, feature.id())
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setSortingEnabled(True)
        if self.current_fid is not None:
            self.select_fid(self.current_fid)

    def clear_filters(self):
        for combo in (self.status_filter, self.type_filter, self.hazard_filter, self.funding_filter):
            combo.setCurrentIndex(0)
        self.settlement_filter.setText('')
        self.search.setText('')

    def shown_titles(self):
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def select_fid(self, fid):
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == fid:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                break
        self.current_fid = fid
        self.load_form(fid)

    def _row_selected(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.current_fid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.load_form(self.current_fid)

    # ------------------------------------------------------------------ form

    def load_form(self, fid):
        from ..core.actions import split_list
        from ..qgis_side.register import record_of
        if self.layer is None or fid is None:
            return
        feature = self.layer.getFeature(fid)
        if not feature.isValid():
            return
        record = record_of(feature)
        for name, widget in self.inputs.items():
            value = record.get(name)
            text = '' if value is None else (value.isoformat() if hasattr(value, 'isoformat') else str(value))
            if name == 'cost_estimate' and value is not None:
                text = '{0:g}'.format(float(value))
            if isinstance(widget, QComboBox):
                _choose(widget, text)
            elif isinstance(widget, QListWidget):
                _check(widget, split_list(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)
        self.show_problems()

    def form_values(self):
        """What the form holds, as a record (empty text as None)."""
        values = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                text = widget.currentText()
            elif isinstance(widget, QListWidget):
                text = ', '.join(widget.item(i).text() for i in range(widget.count())
                                 if widget.item(i).checkState() == Qt.CheckState.Checked)
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
            else:
                text = widget.text()
            values[name] = text.strip() or None
        return values

    def set_form(self, **values):
        """Fill form fields as a planner would type them (tests and scripts)."""
        for name, value in values.items():
            widget = self.inputs[name]
            if isinstance(widget, QComboBox):
                _choose(widget, value or '')
            elif isinstance(widget, QListWidget):
                _check(widget, [v.strip() for v in (value or '').split(',') if v.strip()])
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or '')
            else:
                widget.setText('' if value is None else str(value))

    def apply_form(self):
        """Write the form into the edit buffer as one undoable change, valid or not (nothing typed is lost);
        the problems show beside the fields."""
        if self.editor is None or self.current_fid is None or not self.layer.isEditable():
            return False
        try:
            self.editor.apply(self.current_fid, self.form_values(), keep_invalid=True)
        except EditRefused as err:
            # Nothing is applied (a number field cannot hold text), and the form keeps what was typed.
            if err.field in self.errors:
                self.errors[err.field].setText(err.reason)
            else:
                self.show_message(str(err), error=True)
            return False
        self.load_form(self.current_fid)
        return self.show_problems()

    def show_problems(self):
        """Validation messages beside the fields of the current action; True when it is valid."""
        for label in self.errors.values():
            label.setText('')
        if self.layer is None or self.editor is None or self.current_fid is None:
            return True
        problems = self.editor.problems(self.current_fid)
        for problem in problems:
            if problem.field in self.errors:
                label = self.errors[problem.field]
                label.setText((label.text() + ' ' if label.text() else '') + problem.message)
        return not problems

    # ------------------------------------------------------------------ new, delete, places

    def new_action(self, geometry=None, **values):
        """Add an action (one undo command) and select it; returns its feature id."""
        if self.editor is None or self.layer is None or not self.layer.isEditable():
            return None
        try:
            fid = self.editor.create(geometry, values, keep_invalid=True)
        except EditRefused as err:
            self.show_message(str(err), error=True)
            return None
        self.select_fid(fid)
        return fid

    def settlements_layer(self):
        return self.settlements_combo.currentLayer()

    def new_from_selection(self):
        """An action serving the selected settlements, its target area their union."""
        layer = self.settlements_layer()
        key = self.key_field.currentField()
        if self.layer is None or not self.layer.isEditable():
            self.show_message(tr('Open a register (that can be edited) first.'), error=True)
            return None
        if layer is None or not layer.selectedFeatureCount():
            self.show_message(tr('Select settlements on the map (in the settlements layer) first.'), error=True)
            return None
        try:
            fid = self.editor.create_serving(layer.getSelectedFeatures(), layer.crs(), key or None,
                                             QgsProject.instance().transformContext(), keep_invalid=True)
        except EditRefused as err:
            self.show_message(str(err), error=True)
            return None
        self.select_fid(fid)
        return fid

    def start_drawing(self):
        kind = (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.LineGeometry,
                QgsWkbTypes.PointGeometry)[self.draw_combo.currentIndex()]
        canvas = self.iface.mapCanvas()
        self.tool = SketchTool(canvas, kind)
        self.tool.finished.connect(self.add_drawn)
        canvas.setMapTool(self.tool)
        self.show_message(tr('Click on the map; right-click to finish.'))

    def add_drawn(self, geometry):
        """A new action from a geometry drawn in the map's CRS; points and lines are buffered."""
        canvas_crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        area = target_area(geometry, canvas_crs, self.layer.crs(), self.buffer_distance.value())
        if self.tool is not None:
            self.iface.mapCanvas().unsetMapTool(self.tool)
        return self.new_action(area)

    def delete_current(self):
        if self.layer is None or self.current_fid is None:
            return False
        title = self.layer.getFeature(self.current_fid)['title'] or tr('this action')
        answer = QMessageBox.question(self, tr('Delete action'), tr('Delete "{0}"? You can undo it until you '
                                                                    'save.').format(title))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.editor.delete(self.current_fid)         # clears current_fid through action_deleted
        except EditRefused as err:
            self.show_message(str(err), error=True)
            return False
        return True

    def zoom_to_current(self):
        if self.layer is None or self.current_fid is None:
            return
        feature = self.layer.getFeature(self.current_fid)
        if not feature.hasGeometry():
            self.show_message(tr('This action has no target area yet.'), error=True)
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(self.layer.crs(), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        extent = transform.transformBoundingBox(feature.geometry().boundingBox())
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refresh()

    def select_served(self):
        """Select, in the settlements layer, the settlements the current action serves."""
        layer, key = self.settlements_layer(), self.key_field.currentField()
        if layer is None or not key or self.current_fid is None or self.editor is None:
            return []
        ids = self.editor.served(self.current_fid, layer, key, QgsProject.instance().transformContext())
        layer.selectByIds(ids)
        return ids

    def update_computed(self):
        """Set every action's beneficiaries and priority_score from the settlements it serves, as one
        undoable change; returns the number of values changed."""
        layer, key = self.settlements_layer(), self.key_field.currentField()
        if layer is None or self.editor is None or self.layer is None or not self.layer.isEditable():
            self.show_message(tr('Choose the settlements layer (the priority ranking) first.'), error=True)
            return 0
        try:
            changed = self.editor.update_beneficiaries(layer, key, QgsProject.instance().transformContext())
        except EditRefused as err:
            self.show_message(str(err), error=True)
            return 0
        self.show_message(tr('Updated {0} value(s); save to keep them.').format(changed))
        return changed

    def export(self):
        from qgis import processing
        path, _ = QFileDialog.getSaveFileName(self, tr('Export the action plan'), '',
                                              tr('CSV (*.csv);;Excel (*.xlsx)'))
        if not path or self.layer is None:
            return None
        if self.layer.isModified():
            self.show_message(tr('Exporting the saved register: save first to include your latest changes.'))
        processing.run('resilienceplanner:exportactionplan', {'INPUT': self.path + '|layername=planned_actions',
                                                              'OUTPUT': path})
        self.show_message(tr('Action plan written to {0}').format(path))
        return path

    # ------------------------------------------------------------------ summary and gaps

    def refresh(self):
        self.fill_table()
        self.refresh_panels()
        stack = self.layer.undoStack() if self.layer is not None and self.layer.isEditable() else None
        self.undo_button.setEnabled(bool(stack and stack.canUndo()))
        self.redo_button.setEnabled(bool(stack and stack.canRedo()))

    def _settlements_changed(self, layer):
        self.key_field.setLayer(layer)
        key = first_field(layer.fields()) if layer is not None else None
        if key:
            self.key_field.setField(key)
        self.refresh_panels()

    def coverage(self, pairs=None):
        """The core coverage of the current actions (edits included; ``pairs`` from actions() when the
        caller has them) over the settlements layer."""
        layer, key = self.settlements_layer(), self.key_field.currentField()
        if layer is None or self.layer is None or self.editor is None:
            return None, []
        pairs = self.actions() if pairs is None else pairs
        return self.editor.coverage(layer, key, QgsProject.instance().transformContext(), [f for f, _ in pairs])

    def refresh_panels(self):
        from ..core.actions import FUNDING_STATUSES, STATUSES, budget, cost_per_beneficiary, format_amounts, is_active
        pairs = self.actions()
        records = [r for _, r in pairs]
        counts = {s: 0 for s in STATUSES}
        for record in records:
            if record.get('status') in counts:
                counts[record['status']] += 1
        # Costs per currency, never added across currencies (core.actions.budget).
        every, active = budget(records), budget([r for r in records if is_active(r)])
        without = tr('without a currency')

        def bars(costs, table, keys):
            several = costs.single is None and costs.totals
            return [('{0} · {1}'.format(key, currency or without) if several else key, amount, currency)
                    for key, currency, amount in costs.bars(table, keys)]
        self.status_chart.set_bars(bars(every, every.by_status, STATUSES))
        self.funding_chart.set_bars(bars(active, active.by_funding, FUNDING_STATUSES))
        lines = [tr('{0} action(s): {1}.').format(len(records), ', '.join('{0} {1}'.format(n, s)
                                                                             for s, n in counts.items() if n)),
                 tr('Active cost: {0}; committed or disbursed: {1}.').format(
                     format_amounts(active.totals, without),
                     format_amounts(active.subtotal(active.by_funding, ('committed', 'disbursed')), without))]
        if len(active.totals) > 1:
            lines.append(tr('Costs in different currencies are not added together: each is totalled in its own.'))
        if every.refused:
            lines.append(tr('Not counted (the cost is not a number of 0 or more): {0}.').format(
                html.escape(', '.join(every.refused), quote=False)))
        self.gaps.clear()
        result, settlements = self.coverage(pairs)
        if result is not None:
            people = sum(v for v in (result.beneficiaries if result.beneficiaries is not None else [])
                         if v == v)
            # Per currency: the cost of the active actions costed in it, over the people those actions serve.
            active_records = [(r, p) for r, p in zip(records, result.beneficiaries) if is_active(r)]
            per_person = cost_per_beneficiary([r for r, _ in active_records], [p for _, p in active_records])
            if people and per_person:
                lines.append(tr('Cost per beneficiary: {0} ({1:,.0f} people served).').format(
                    format_amounts(per_person, without, '{0:,.2f}'), people))
            elif people and not active.totals:
                # Without any cost a cost per beneficiary of 0 would read as free.
                lines.append(tr('{0:,.0f} people served; no active action has a cost estimate yet.').format(people))
            if result.high_population:
                lines.append(tr('{0:.0%} of the people in high-priority settlements are served.').format(
                    result.covered_high_share))
            lines.extend(html.escape(note, quote=False) for note in result.notes)    # unknown or shared settlement keys
            self._fill_gaps(result, settlements)
        self.summary.setText('<br>'.join(lines))

    def _fill_gaps(self, result, settlements):
        layer = self.settlements_layer()
        if layer.fields().lookupField('priority_class') < 0:
            self.gaps_note.setText(tr('"{0}" has no priority_class: choose the ranking of "Citywide resilience '
                                      'priorities" to see the gaps.').format(layer.name()))
            return
        key = self.key_field.currentField()
        from ..qgis_side.names import name_field as find_name_field
        name_field, _ = find_name_field(layer, key=key or None)
        name_field = None if name_field == key else name_field
        rank = layer.fields().lookupField('priority_rank') >= 0
        gaps = [(settlements[i], i) for i, g in enumerate(result.gap) if g == 1]
        gaps.sort(key=lambda pair: as_float(pair[0]['priority_rank']) if rank else 0)
        self.gaps_note.setText(tr('{0} high-priority settlement(s) (classes 4-5) have no active action. '
                                  'Double-click one to start an action for it.').format(len(gaps)))
        for feature, _ in gaps:
            item = QListWidgetItem('{0}  {1}  (priority {2:.1f}, rank {3})'.format(
                feature[key] if key else '', feature[name_field] if name_field else '',
                as_float(feature['priority_mean']), feature['priority_rank'] if rank else '?'))
            item.setData(Qt.ItemDataRole.UserRole, feature.id())
            self.gaps.addItem(item)

    def gap_keys(self):
        layer, key = self.settlements_layer(), self.key_field.currentField()
        fids = [self.gaps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.gaps.count())]
        return [layer.getFeature(fid)[key] for fid in fids]

    def _gap_chosen(self, item):
        layer = self.settlements_layer()
        layer.selectByIds([item.data(Qt.ItemDataRole.UserRole)])
        self.new_from_selection()


def _choose(combo, text):
    """Select ``text`` in a combo box, ignoring case; a value not in the list is added, so that applying
    the form never replaces what the register holds (validation says what is wrong with it)."""
    index = next((i for i in range(combo.count()) if combo.itemText(i).lower() == text.lower()), -1)
    if index < 0:
        combo.addItem(text)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _check(widget, values):
    """Tick the listed values (ignoring case), adding any the list does not have."""
    wanted = {v.lower(): v for v in values}
    for index in range(widget.count()):
        item = widget.item(index)
        checked = wanted.pop(item.text().lower(), None) is not None
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    for value in wanted.values():
        item = QListWidgetItem(value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)

