"""The Planned actions dock: the register of costed, funded, scheduled actions tied to places.

The dock is a view of a ``qgis_side.register_editor.RegisterEditor``: it builds the widgets,
hands what the planner asks for (new, apply, delete, update beneficiaries, save, undo) to the
editor, and refreshes when the editor says the register ``changed``. The editor makes each
edit one undo command in the layer's edit buffer (or none, when it fails), and saves through
``register.save_register``: validated first, in one transaction, so nothing typed is ever lost
to a failed save. The dock asks it to keep values the rules refuse (``keep_invalid``) and
shows their problems beside the fields until they are fixed.

It fits beside the map on a 1366 x 768 laptop (../shared/FIELD.md): tool buttons with icons
and tooltips, four tabs (the list, the action's form, the summary, the gaps), the filters and
the settlements layer in collapsible groups, and the form in a scroll area with its Apply
button always in view. The list is a lean table model (``ActionTableModel``) behind a filter
and sort proxy, reset once per change of the register, not refilled item by item.
"""
import html
import math
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDockWidget,
    QgsFieldComboBox,
    QgsMapLayerComboBox,
    QgsMapTool,
    QgsRubberBand,
)
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QSize,
    QSortFilterProxyModel,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QBrush, QColor, QGuiApplication
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..qgis_side.layers import as_float, first_field
from ..qgis_side.register import field_label, value_label, value_matches, values_label
from ..qgis_side.register_editor import EditRefused, RegisterEditor, target_area
from ..qgis_side.translation import Context, engine_message, localized, numbers
from .charts import BarChart

PROJECT_SCOPE = 'ResiliencePlanner'
PROJECT_KEY = 'action_register'
#: A register in a database: the connection string without its password, the QGIS connection it was opened by
#: (when it was), and its schema. PROJECT_KEY is then empty.
PROJECT_DATABASE_KEY = 'action_register_database'
PROJECT_CONNECTION_KEY = 'action_register_connection'
PROJECT_SCHEMA_KEY = 'action_register_schema'
#: The list's columns; the cost column shows the amount with its currency, so currency has none of its own.
COLUMNS = ('title', 'status', 'cost_estimate', 'funding_status', 'settlements', 'action_type', 'hazards')
#: The columns shown at first in a narrow dock (the header's menu shows the others; a row's tooltip has them all).
SHOWN_COLUMNS = ('title', 'status', 'cost_estimate')
TEXT_FIELDS = ('title', 'lead_agency', 'partners', 'settlements', 'cost_estimate', 'currency', 'funding_source',
               'start_date', 'end_date', 'co_benefits')
LONG_FIELDS = ('description', 'notes')
CHOICE_FIELDS = ('action_type', 'status', 'funding_status')
#: The fields whose values are the register's own words (stored in English, shown in the user's language).
VALUE_FIELDS = CHOICE_FIELDS + ('hazards',)
#: The item data role a hazard of the form's checklist holds its stored value in.
VALUE_ROLE = Qt.ItemDataRole.UserRole
#: The widest the dock asks to be when QGIS first docks it (FIELD.md: beside the map at <= 420 px).
DOCK_WIDTH = 400
#: Fields a priority ranking ("Citywide resilience priorities") has; a layer with them is chosen
#: as the settlements layer when none is.
RANKING_FIELDS = ('priority_class', 'priority_rank', 'priority_mean')


ActionEditor = Context('ActionEditor')


def format_amount(value, currency=None, exact=False):
    """An amount as people read it: thousands separated, cents only when there are some, the currency
    first ('KES 1,000,000', 'USD 1,234.56'); '' when there is no number.

    ``exact`` (for the form, whose text is read back on Apply): every decimal the number has, so that
    opening an action and applying it leaves 1234.567 as it was; three decimals after a whole part
    without grouping get a fourth zero ('1.1230'), as '1.123' could also be read as 1123."""
    number = as_float(value) if value is not None else math.nan
    if math.isnan(number):
        return ''
    if exact:
        text = '{0:,.15g}'.format(number)
        if 'e' in text:
            text = repr(number)
        whole, point, fraction = text.partition('.')
        if point and len(fraction) == 3 and ',' not in whole:
            text += '0'
    else:       # for reading: the group and decimal signs of the dock's language (1 000 000,50 in French)
        text = localized('{0:,.2f}').format(number)
        cents = '{0}00'.format(numbers().locale.decimalPoint())
        if text.endswith(cents):
            text = text[:-len(cents)]
    return '{0} {1}'.format(currency, text) if currency else text


def theme_icon(name):
    return QgsApplication.getThemeIcon('/{0}'.format(name))


def is_ranking(layer):
    """Is ``layer`` a priority ranking: polygons with the ranking's priority fields?"""
    return isinstance(layer, QgsVectorLayer) and layer.isValid() and \
        layer.geometryType() == QgsWkbTypes.PolygonGeometry and \
        all(layer.fields().lookupField(name) >= 0 for name in RANKING_FIELDS)


def ranking_layers(project=None):
    """The priority rankings in the project, in the layer tree's order (top first)."""
    project = project or QgsProject.instance()
    return [node.layer() for node in project.layerTreeRoot().findLayers() if is_ranking(node.layer())]


class ActionTableModel(QAbstractTableModel):
    """The actions of a register, one row each (feature id and record), read-only.

    ``set_actions`` replaces every row at once (one model reset); the display shows amounts with
    their currency and thousands separators, and ``sort_key`` sorts costs by currency, then amount,
    so amounts in different currencies are never ordered as if they were one."""

    FID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.problems = []
        short = {'cost_estimate': ActionEditor.tr('Cost'), 'funding_status': ActionEditor.tr('Funding'),  # narrow
                 'action_type': ActionEditor.tr('Type')}
        self.headers = [short.get(name) or field_label(name) for name in COLUMNS]

    def set_actions(self, pairs):
        from ..core.actions import validate
        self.beginResetModel()
        self.rows = [(feature.id(), record) for feature, record in pairs]
        self.problems = [validate(record) for _, record in self.rows]      # rows that need fixing show in red
        self.endResetModel()

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def record(self, row):
        return self.rows[row][1]

    def fid(self, row):
        return self.rows[row][0]

    def row_of(self, fid):
        return next((row for row, (known, _) in enumerate(self.rows) if known == fid), -1)

    def value(self, row, column):
        """The cell's value as the register stores it, as text ('' for none)."""
        value = self.rows[row][1].get(COLUMNS[column])
        if value is None:
            return ''
        return value.isoformat() if hasattr(value, 'isoformat') else str(value)

    def text(self, row, column):
        """The cell as shown: amounts with their currency, the register's own words in the user's language."""
        record, name = self.rows[row][1], COLUMNS[column]
        if name == 'cost_estimate':
            return format_amount(record.get(name), record.get('currency'))
        if name == 'hazards':
            return values_label(record.get(name))
        if name in CHOICE_FIELDS:
            return value_label(record.get(name))
        return self.value(row, column)

    def sort_key(self, row, column):
        record, name = self.rows[row][1], COLUMNS[column]
        if name == 'cost_estimate':
            number = as_float(record.get(name)) if record.get(name) is not None else math.nan
            return (record.get('currency') or '', math.isnan(number), 0.0 if math.isnan(number) else number)
        return self.value(row, column).lower()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == self.FID_ROLE:
            return self.rows[index.row()][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            row, record = index.row(), self.rows[index.row()][1]
            parts = ['{0}: {1}'.format(header, self.text(row, column))
                     for column, header in enumerate(self.headers) if self.text(row, column)]
            if record.get('description'):
                parts.append(str(record['description']))
            parts.extend(ActionEditor.tr('To fix: {0}: '
                                         '{1}').format(self._label(p.field), engine_message(p.message))
                         for p in self.problems[row])
            return '\n'.join(parts) or None
        if role == Qt.ItemDataRole.ForegroundRole and self.problems[index.row()]:
            return QBrush(QColor('#bd0026'))
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] == 'cost_estimate':
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _label(field):
        return field_label(field)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.headers):
            return self.headers[section]
        return None


class ActionFilterModel(QSortFilterProxyModel):
    """The rows ``accepts(record)`` lets through, sorted by ``ActionTableModel.sort_key``."""

    def __init__(self, accepts, parent=None):
        super().__init__(parent)
        self.accepts = accepts

    def refilter(self):
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):
        return self.accepts(self.sourceModel().record(source_row))

    def lessThan(self, left, right):
        model = self.sourceModel()
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(), right.column())


class ShownWhenSet(QLabel):
    """A word-wrapped label that takes no room while it is empty (a message, a field's problem)."""

    def __init__(self, text='', parent=None, colour=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        if colour:
            self.setStyleSheet('color: {0}'.format(colour))
        self.setVisible(bool(text))

    def setText(self, text):
        super().setText(text)
        self.setVisible(bool(text))


class _Body(QWidget):
    """The dock's contents; they ask for no more than DOCK_WIDTH when QGIS first docks them."""

    def sizeHint(self):
        hint = super().sizeHint()
        return QSize(min(hint.width(), DOCK_WIDTH), hint.height())


class Amount(float):
    """A number that knows its currency, so that a chart's value label can say it ('KES 1,000,000')."""

    def __new__(cls, value, currency=None):
        amount = super().__new__(cls, value)
        amount.currency = currency or None
        return amount


class AmountText:
    """BarChart's value ``pattern`` for Amounts: ``format(value)`` as ``format_amount`` writes it."""

    @staticmethod
    def format(value):
        return format_amount(value, getattr(value, 'currency', None))


class CostChart(BarChart):
    """Costs by a category: ``set_bars([(label, value, currency), ...])``; each currency's bars are
    scaled on their own, so a bar in one currency is never drawn against another's, and each value
    is written with its currency and thousands separators."""

    def __init__(self, parent=None):
        super().__init__(parent, pattern=AmountText(), value_width=120)
        self.bars = []

    def set_bars(self, bars, currency_in_labels=False):
        """``currency_in_labels``: the labels already name each bar's currency (several currencies), so the
        values do not repeat it."""
        bars = [tuple(bar) + ('',) * (3 - len(bar)) for bar in bars]
        self.bars = [(str(label), float(value)) for label, value, _ in bars]
        self.set_rows([(label, Amount(value, None if currency_in_labels else currency), '#3182bd')
                       for (label, value), (_, _, currency) in zip(self.bars, bars)],
                      groups=[currency or '' for _, _, currency in bars])
        metrics = self.fontMetrics()
        self.value_width = max([metrics.horizontalAdvance(text) for text in self.value_texts()] + [52]) + 8

    def value_texts(self):
        """The value label of each bar, as drawn."""
        return [self.pattern.format(value) for _, value, _ in self.rows]


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
        super().__init__(ActionEditor.tr('Planned actions'), parent)
        self.setObjectName('ResiliencePlannerActionEditor')
        self.iface = iface
        self.editor = None
        self.layer = None
        self.path = None
        self.read_only_reason = None
        self.current_fid = None
        self.tool = None
        self.save_refused = False
        self.window_width = None
        self.named_layer = None
        body = _Body(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        top = QHBoxLayout()
        self.open_button = self._tool_button('mActionFileOpen.svg', ActionEditor.tr('Open…'),
                                             ActionEditor.tr('Open a planned-action register: a GeoPackage, or a '
                                                             'register shared in a PostgreSQL database.'))
        self.create_button = self._tool_button('mActionNewGeoPackageLayer.svg', ActionEditor.tr('New register…'),
                                               ActionEditor.tr('Create a new, empty planned-action register: a '
                                                               'GeoPackage, or one shared in a PostgreSQL database.'))
        # Each offers a file or a database, side by side in its menu.
        self.open_menu, self.create_menu = QMenu(self), QMenu(self)
        self.open_file_action = self.open_menu.addAction(theme_icon('mActionFileOpen.svg'),
                                                         ActionEditor.tr('GeoPackage file…'))
        self.open_database_action = self.open_menu.addAction(theme_icon('mIconPostgis.svg'),
                                                             ActionEditor.tr('In a database (PostgreSQL)…'))
        self.create_file_action = self.create_menu.addAction(theme_icon('mActionNewGeoPackageLayer.svg'),
                                                             ActionEditor.tr('GeoPackage file…'))
        self.create_database_action = self.create_menu.addAction(theme_icon('mIconPostgis.svg'),
                                                                 ActionEditor.tr('In a database (PostgreSQL)…'))
        for button, menu in ((self.open_button, self.open_menu), (self.create_button, self.create_menu)):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button = self._tool_button('mActionSaveEdits.svg', ActionEditor.tr('Save'),
                                             ActionEditor.tr('Save the changes to the register (checked first: nothing '
                                                             'is written while an action needs fixing).'))
        self.undo_button = self._tool_button('mActionUndo.svg', ActionEditor.tr('Undo'),
                                             ActionEditor.tr('Undo the last change.'))
        self.redo_button = self._tool_button('mActionRedo.svg', ActionEditor.tr('Redo'),
                                             ActionEditor.tr('Redo the change just undone.'))
        self.export_button = self._tool_button('mActionSharingExport.svg', ActionEditor.tr('Export…'),
                                               ActionEditor.tr('Export the saved action plan as CSV or Excel.'))
        for button in (self.open_button, self.create_button, self.save_button, self.undo_button, self.redo_button,
                       self.export_button):
            top.addWidget(button)
        top.addSpacing(6)
        self.register_label = QLabel(ActionEditor.tr('No register open.'), body)
        self.register_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.register_label, 1)
        layout.addLayout(top)
        self.message = ShownWhenSet('', body)
        self.message.setObjectName('message')
        layout.addWidget(self.message)

        self.places_group = QgsCollapsibleGroupBox(ActionEditor.tr('Settlements (the priority ranking)'), body)
        self.places_group.setSaveCollapsedState(False)        # its title says what it holds; see _name_places
        places = QFormLayout(self.places_group)
        places.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.settlements_combo = QgsMapLayerComboBox(self.places_group)
        self.settlements_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.settlements_combo.setAllowEmptyLayer(True)
        self.settlements_combo.setLayer(None)
        self.settlements_combo.setToolTip(ActionEditor.tr('The settlements the actions serve: the ranking of "Citywide '
                                                          'resilience priorities", chosen by itself when the project '
                                                          'has one.'))
        places.addRow(ActionEditor.tr('Layer'), self.settlements_combo)
        self.key_field = QgsFieldComboBox(self.places_group)
        self.key_field.setToolTip(ActionEditor.tr('The field holding the settlement keys that actions name.'))
        places.addRow(ActionEditor.tr('Key'), self.key_field)
        layout.addWidget(self.places_group)

        self.tabs = QTabWidget(body)
        self.tabs.setUsesScrollButtons(True)
        layout.addWidget(self.tabs, 1)
        self._build_actions_tab()
        self._build_form_tab()
        self._build_summary_tab()
        self._build_gaps_tab()
        self.setWidget(body)

        self.open_file_action.triggered.connect(self.choose_register)
        self.open_database_action.triggered.connect(self.choose_database_register)
        self.create_file_action.triggered.connect(self.create_new_register)
        self.create_database_action.triggered.connect(self.create_database_register)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.export_button.clicked.connect(self.export)
        self.settlements_combo.layerChanged.connect(self._settlements_changed)
        self.key_field.fieldChanged.connect(lambda _: (self._name_places(), self.refresh_panels()))
        QgsProject.instance().readProject.connect(self._project_read)
        QgsProject.instance().layersAdded.connect(self._layers_added)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_leaving)
        self._set_enabled(False)
        self._name_places()
        self.places_group.setCollapsed(self.choose_ranking() is not None)

    def close_down(self):
        """Disconnect from the project before the plugin unloads."""
        for signal, slot in ((QgsProject.instance().readProject, self._project_read),
                             (QgsProject.instance().layersAdded, self._layers_added),
                             (QgsProject.instance().layersWillBeRemoved, self._layers_leaving)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    # ------------------------------------------------------------------ the main window

    def showEvent(self, event):
        window = self.parentWidget()
        if window is not None and not self.isFloating() and self.window_width is None:
            self.window_width = window.width()
        super().showEvent(event)

    def closeEvent(self, event):
        """A main window left wider than its screen gets back the width it had when the dock was shown (a
        width the planner chose within the screen is left alone)."""
        super().closeEvent(event)
        window, width = self.parentWidget(), self.window_width
        self.window_width = None
        if window is None or width is None or window.isMaximized() or window.isFullScreen():
            return
        screen = QGuiApplication.screenAt(window.geometry().center()) or QGuiApplication.primaryScreen()
        if window.width() > width and (screen is None or window.width() > screen.availableGeometry().width()):
            window.resize(width, window.height())

    # ------------------------------------------------------------------ layout

    def _tool_button(self, icon, text, tip):
        button = QToolButton(self)
        button.setIcon(theme_icon(icon))
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return button

    def _build_actions_tab(self):
        from ..core.actions import ACTION_TYPES, FUNDING_STATUSES, HAZARDS
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 4, 2, 2)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(ActionEditor.tr('Search titles, agencies, notes…'))
        self.search.setClearButtonEnabled(True)
        search_row.addWidget(self.search, 1)
        self.clear_button = self._tool_button('mActionDeselectAll.svg', ActionEditor.tr('Clear filters'),
                                              ActionEditor.tr('Show every action: clear the search and the filters.'))
        search_row.addWidget(self.clear_button)
        layout.addLayout(search_row)
        self.filters_group = QgsCollapsibleGroupBox(ActionEditor.tr('Filters'))
        self.filters_group.setSaveCollapsedState(False)       # collapsed; its title counts the filters on
        self.filters_group.setCollapsed(True)
        filters = QGridLayout(self.filters_group)
        filters.setContentsMargins(4, 4, 4, 4)
        self.status_filter = self._value_combo(ActionEditor.tr('All statuses'), self._statuses())
        self.type_filter = self._value_combo(ActionEditor.tr('All types'), ACTION_TYPES)
        self.hazard_filter = self._value_combo(ActionEditor.tr('All hazards'), HAZARDS)
        self.funding_filter = self._value_combo(ActionEditor.tr('All funding'), FUNDING_STATUSES)
        self.settlement_filter = QLineEdit()
        self.settlement_filter.setPlaceholderText(ActionEditor.tr('Settlement key'))
        self.settlement_filter.setClearButtonEnabled(True)
        for index, widget in enumerate((self.status_filter, self.type_filter, self.hazard_filter,
                                        self.funding_filter, self.settlement_filter)):
            filters.addWidget(widget, index // 2, index % 2)
        for widget in (self.status_filter, self.type_filter, self.hazard_filter, self.funding_filter,
                       self.settlement_filter, self.search):
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.textChanged
            signal.connect(lambda *_: self.filters_changed())
        self.clear_button.clicked.connect(self.clear_filters)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        layout.addWidget(self.filters_group)

        self.model = ActionTableModel(self)
        self.proxy = ActionFilterModel(self.visible, self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)       # the register's order until a header is clicked
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)    # the title takes what is left
        header.setToolTip(ActionEditor.tr('Click to sort; right-click to choose the columns.'))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions = {}
        for column, (name, width) in enumerate(zip(COLUMNS, (130, 85, 115, 85, 90, 90, 90))):
            self.table.setColumnWidth(column, width)
            if column == 0:
                continue
            action = QAction(self.model.headers[column], header)
            action.setCheckable(True)
            action.setChecked(name in SHOWN_COLUMNS)
            action.toggled.connect(lambda on, column=column: self.table.setColumnHidden(column, not on))
            header.addAction(action)
            self.table.setColumnHidden(column, name not in SHOWN_COLUMNS)
            self.column_actions[name] = action
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())
        self.table.doubleClicked.connect(lambda *_: self.tabs.setCurrentWidget(self.form_tab))
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_button = self._tool_button('mActionNewTableRow.svg', ActionEditor.tr('New'),
                                            ActionEditor.tr('Add a new action, then fill its form.'))
        self.from_selection_button = self._tool_button(
            'mActionAddPolygon.svg', ActionEditor.tr('New from selected settlements'),
            ActionEditor.tr('Add an action serving the settlements selected on the map; its target area is their '
                            'union.'))
        self.delete_button = self._tool_button('mActionDeleteSelected.svg', ActionEditor.tr('Delete…'),
                                               ActionEditor.tr('Delete the selected action (you can undo it until you '
                                                               'save).'))
        self.zoom_button = self._tool_button('mActionZoomToSelected.svg', ActionEditor.tr('Zoom to'),
                                             ActionEditor.tr("Zoom the map to the selected action's target area."))
        self.select_button = self._tool_button('mActionSelect.svg', ActionEditor.tr('Select its settlements'),
                                               ActionEditor.tr('Select, in the settlements layer, the settlements the '
                                                               'selected action serves.'))
        self.compute_button = self._tool_button(
            'mActionCalculateField.svg', ActionEditor.tr('Update beneficiaries'),
            ActionEditor.tr('Fill beneficiaries and priority_score of every action from the settlements it serves '
                            '(their grid_population and priority_mean).'))
        self.history_button = self._tool_button('mActionHistory.svg', ActionEditor.tr('History…'),
                                                ActionEditor.tr('The history of the selected action: every change, '
                                                                'who made it and when; restore an earlier state.'))
        for widget in (self.new_button, self.from_selection_button, self.delete_button, self.zoom_button,
                       self.select_button, self.compute_button, self.history_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        buttons = QHBoxLayout()
        self.draw_combo = QComboBox()
        for icon, text in (('mActionCapturePolygon.svg', ActionEditor.tr('Area')),
                           ('mActionCaptureLine.svg', ActionEditor.tr('Line')),
                           ('mActionCapturePoint.svg', ActionEditor.tr('Point'))):
            self.draw_combo.addItem(theme_icon(icon), text)
        self.draw_combo.setToolTip(ActionEditor.tr('What to draw: an area as drawn, or a line or point buffered by the '
                                                   'distance.'))
        self.buffer_distance = QDoubleSpinBox()
        self.buffer_distance.setRange(1, 100000)
        self.buffer_distance.setDecimals(0)
        self.buffer_distance.setValue(250)
        self.buffer_distance.setSuffix(' m')
        self.buffer_distance.setToolTip(ActionEditor.tr('Lines and points are buffered by this distance into a target '
                                                        'area.'))
        self.draw_button = self._tool_button('mActionCapturePolygon.svg', ActionEditor.tr('Draw new'),
                                             ActionEditor.tr('Draw a new action on the map: click its vertices, '
                                                             'right-click to finish.'))
        for widget in (self.draw_button, self.draw_combo, self.buffer_distance):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(lambda: self.new_action())
        self.from_selection_button.clicked.connect(self.new_from_selection)
        self.draw_button.clicked.connect(self.start_drawing)
        self.delete_button.clicked.connect(self.delete_current)
        self.zoom_button.clicked.connect(self.zoom_to_current)
        self.select_button.clicked.connect(self.select_served)
        self.compute_button.clicked.connect(self.update_computed)
        self.history_button.clicked.connect(lambda: self.show_history())
        self.tabs.addTab(page, ActionEditor.tr('Actions'))
        self.actions_tab = page

    @staticmethod
    def _statuses():
        from ..core.actions import STATUSES
        return STATUSES

    def _build_form_tab(self):
        from ..core.actions import SPECS
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 4, 2, 2)
        self.form_heading = QLabel(ActionEditor.tr('Select an action in the list, or add one.'))
        self.form_heading.setWordWrap(True)
        self.form_heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.form_heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)      # labels above: fields get the width
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs, self.errors = {}, {}
        for name in ('title', 'action_type', 'status', 'hazards', 'settlements', 'lead_agency', 'partners',
                     'cost_estimate', 'currency', 'funding_source', 'funding_status', 'start_date', 'end_date',
                     'description', 'co_benefits', 'notes'):
            spec = SPECS[name]
            if name in CHOICE_FIELDS:
                widget = self._value_combo('', spec.values)
            elif name == 'hazards':
                widget = QListWidget()
                widget.setFlow(QListWidget.Flow.LeftToRight)          # the hazards in aligned columns
                widget.setWrapping(True)
                widget.setResizeMode(QListWidget.ResizeMode.Adjust)
                shown = [value_label(h) for h in spec.values]
                widget.setGridSize(QSize(max(widget.fontMetrics().horizontalAdvance(h) for h in shown) + 34,
                                         widget.fontMetrics().height() + 6))
                widget.setFixedHeight(math.ceil(len(spec.values) / 2) * (widget.fontMetrics().height() + 6) + 8)
                for hazard in spec.values:
                    widget.addItem(_value_item(hazard, checked=False))
            elif name in LONG_FIELDS:
                widget = QPlainTextEdit()
                widget.setMaximumHeight(60)
            else:
                widget = QLineEdit()
                if spec.kind == 'date':
                    widget.setPlaceholderText(ActionEditor.tr('YYYY-MM-DD'))
                elif name == 'cost_estimate':
                    widget.setPlaceholderText(ActionEditor.tr('e.g. 90,000 (the currency below)'))
                elif name == 'currency':
                    widget.setPlaceholderText(ActionEditor.tr('e.g. KES, USD'))
            error = ShownWhenSet('', colour='#bd0026')
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(field_label(name) + (' *' if spec.required else ''), row)
            self.inputs[name], self.errors[name] = widget, error
        form_page = QWidget()
        form_page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_page)
        layout.addWidget(scroll, 1)
        self.apply_button = QPushButton(ActionEditor.tr('Apply to this action'))
        self.apply_button.setToolTip(ActionEditor.tr('Write the form into the register (one change you can undo); '
                                                     'problems show beside the fields.'))
        self.apply_button.clicked.connect(self.apply_form)
        layout.addWidget(self.apply_button)
        self.form_scroll = scroll
        self.form_tab = page
        self.tabs.addTab(page, ActionEditor.tr('Action'))

    def _build_summary_tab(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel('')
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(ActionEditor.tr('Cost of the active actions by funding status')))
        self.funding_chart = CostChart()
        layout.addWidget(self.funding_chart)
        self.funding_note = ShownWhenSet('')
        layout.addWidget(self.funding_note)
        layout.addWidget(QLabel(ActionEditor.tr('Cost by status')))
        self.status_chart = CostChart()
        layout.addWidget(self.status_chart)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, ActionEditor.tr('Summary'))

    def _build_gaps_tab(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.gaps_note = QLabel(ActionEditor.tr('Choose the settlements layer (the priority ranking) to see the gaps.'))
        self.gaps_note.setWordWrap(True)
        self.gaps_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.gaps_note)
        self.gaps = QListWidget()
        self.gaps.setWordWrap(True)
        self.gaps.itemDoubleClicked.connect(self._gap_chosen)
        layout.addWidget(self.gaps, 1)
        self.tabs.addTab(page, ActionEditor.tr('Gaps'))

    @staticmethod
    def _combo(items):
        combo = QComboBox()
        combo.addItems(list(items))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    @classmethod
    def _value_combo(cls, first, values):
        """A combo box of register values: ``first`` (no value, or every value in a filter), then each value in
        the user's language, the value as stored its item data (currentData, findData)."""
        combo = cls._combo(())
        combo.addItem(first, None)
        for value in values:
            combo.addItem(value_label(value), value)
        return combo

    def _set_enabled(self, enabled):
        editable = enabled and self.read_only_reason is None
        for widget in (self.save_button, self.undo_button, self.redo_button, self.new_button,
                       self.from_selection_button, self.draw_button, self.delete_button, self.apply_button,
                       self.compute_button):
            widget.setEnabled(editable)
        for widget in (self.zoom_button, self.select_button, self.export_button):
            widget.setEnabled(enabled)
        self._update_history_button()

    def _update_history_button(self):
        """History… works on a saved action of a register in a database; a GeoPackage keeps no history."""
        from ..qgis_side.register_pg import is_pg_register
        if self.layer is None:
            enabled, tip = False, ActionEditor.tr('Open a register in a database (PostgreSQL) to see the history of '
                                                  'its actions.')
        elif not is_pg_register(self.layer):
            enabled, tip = False, ActionEditor.tr('A GeoPackage register keeps no history of its own edits: only a '
                                                  'register shared in a database (PostgreSQL) records every change, '
                                                  'who made it and when. Copy this one into a database (Copy '
                                                  'planned-action register) to keep its history from then on.')
        elif self.current_fid is None or self.current_fid < 0:
            enabled, tip = False, ActionEditor.tr('Select a saved action in the list to see its history (a new '
                                                  'action has none until it is saved).')
        else:
            enabled, tip = True, ActionEditor.tr('The history of the selected action: every change, who made it and '
                                                 'when; restore an earlier state.')
        self.history_button.setEnabled(enabled)
        self.history_button.setToolTip(tip)

    def show_history(self, dialog=None):
        """Open the history of the selected action (gui.action_history); returns the dialog, or None when there
        is none to show. A restore reads the register again and selects the action."""
        if self.layer is None or self.current_fid is None or not self.history_button.isEnabled():
            return None
        from .action_history import ActionHistoryDialog
        dialog = dialog or ActionHistoryDialog(self.layer, self.current_fid, self.read_only_reason, self)
        dialog.restored.connect(self._action_restored)
        dialog.setModal(True)                 # the dock's register stays as the history shows it
        dialog.show()
        return dialog

    def _action_restored(self, fid):
        self.refresh()
        if fid is not None and fid >= 0:
            self.select_fid(fid)
        self.show_message(ActionEditor.tr('The action was restored from its history and the register read again.'))

    # ------------------------------------------------------------------ register

    def choose_register(self):
        path, _ = QFileDialog.getOpenFileName(self, ActionEditor.tr('Open a planned-action register'), '',
                                              ActionEditor.tr('GeoPackage (*.gpkg)'))
        if path:
            self.open_register(path)

    def create_new_register(self):
        path, _ = QFileDialog.getSaveFileName(self, ActionEditor.tr('New planned-action register'), '',
                                              ActionEditor.tr('GeoPackage (*.gpkg)'))
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

    def choose_database_register(self, dialog=None):
        """Open a register in a database, chosen in a DatabaseRegisterDialog (``dialog``: one made already)."""
        from .database_register import OPEN, DatabaseRegisterDialog
        dialog = dialog or DatabaseRegisterDialog(OPEN, self)
        if not dialog.exec():
            return False
        return self.open_database_register(dialog.database(), dialog.chosen_schema())

    def create_database_register(self, dialog=None):
        """Create an empty register in a database (schema and CRS chosen in a DatabaseRegisterDialog) and open it."""
        from qgis.core import QgsProcessingException

        from ..qgis_side.register_pg import create_pg_register
        from .database_register import NEW, DatabaseRegisterDialog
        dialog = dialog or DatabaseRegisterDialog(NEW, self)
        if not dialog.exec():
            return False
        try:
            create_pg_register(dialog.database(), dialog.chosen_schema(), dialog.chosen_crs())
        except QgsProcessingException as err:
            self.show_message(str(err), error=True)
            return False
        return self.open_database_register(dialog.database(), dialog.chosen_schema())

    def open_database_register(self, database, schema):
        """Open the register in ``schema`` of a database (a QGIS PostgreSQL connection name or a connection
        string): read-only, with the reason, when it cannot be changed; remembered in the project without a
        password."""
        from ..qgis_side.register import RegisterError
        from ..qgis_side.register_pg import connection_names
        if not self._can_switch():
            return False
        try:
            editor = RegisterEditor.open_database(database, schema)
        except RegisterError as err:
            self.show_message(str(err), error=True)
            return False
        self._show_editor(editor, None)
        project = QgsProject.instance()
        from qgis.core import QgsDataSourceUri
        uri = QgsDataSourceUri(editor.layer.source())
        uri.setDataSource('', '', '')
        project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, '')
        project.writeEntry(PROJECT_SCOPE, PROJECT_DATABASE_KEY, uri.connectionInfo(False))
        project.writeEntry(PROJECT_SCOPE, PROJECT_CONNECTION_KEY,
                           database if database.strip() in connection_names() else '')
        project.writeEntry(PROJECT_SCOPE, PROJECT_SCHEMA_KEY, schema)
        self.register_label.setText(ActionEditor.tr('Register: {0}').format(editor.label) + (
            ' ' + ActionEditor.tr('(read-only)') if self.read_only_reason else ''))
        self.register_label.setToolTip(editor.label)
        return True

    def _can_switch(self):
        if self.layer is not None and self.layer.isModified():
            self.show_message(ActionEditor.tr('Save or undo the changes to the open register first.'), error=True)
            return False
        return True

    def open_register(self, path):
        """Open a register (read-only when a newer plugin wrote it) and remember it in the project."""
        from ..qgis_side.register import RegisterError
        if not self._can_switch():
            return False
        try:
            editor = RegisterEditor.open(path)
        except RegisterError as err:
            self.show_message(str(err), error=True)
            return False
        self._show_editor(editor, path)
        for key in (PROJECT_DATABASE_KEY, PROJECT_CONNECTION_KEY, PROJECT_SCHEMA_KEY):
            QgsProject.instance().removeEntry(PROJECT_SCOPE, key)
        QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, path)
        self.register_label.setText(ActionEditor.tr('Register: {0}').format(os.path.basename(path)))
        self.register_label.setToolTip(path)
        return True

    def _show_editor(self, editor, path):
        """Show the register of ``editor`` (``path``: its file, None for a database's)."""
        self._drop_editor()
        self.editor = editor
        self.layer, self.path, self.read_only_reason = editor.layer, path, editor.read_only_reason
        QgsProject.instance().addMapLayer(editor.layer)
        chosen = self.settlements_combo.currentLayer()
        self.settlements_combo.setExceptedLayerList([editor.layer])      # the register serves no one
        if chosen is not None and chosen is not editor.layer and self.settlements_combo.currentLayer() is not chosen:
            self.settlements_combo.setLayer(chosen)                      # the model's reset forgot it
        self.choose_ranking()
        editor.changed.connect(self.refresh)
        editor.action_deleted.connect(self._action_deleted)
        editor.closed.connect(self._layer_gone)
        self.show_message(self.read_only_reason or '', error=bool(self.read_only_reason))
        self._set_enabled(True)
        self.refresh()

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
        self._update_history_button()

    def _layer_gone(self):
        """The register layer was removed from the project: forget it (its file is untouched)."""
        self._drop_editor()
        self.layer = None
        self.path = None
        self.current_fid = None
        self.model.set_actions([])
        self.gaps.clear()
        self.summary.setText('')
        self.register_label.setText(ActionEditor.tr('No register open.'))
        self.register_label.setToolTip('')
        self.form_heading.setText(ActionEditor.tr('Select an action in the list, or add one.'))
        self._set_enabled(False)

    def _project_read(self, *args):
        self.open_remembered()

    def remembered(self):
        """The register the project remembers: ('file', path), ('database', connection or connection string,
        schema), or None."""
        project = QgsProject.instance()
        database, _ = project.readEntry(PROJECT_SCOPE, PROJECT_DATABASE_KEY, '')
        if database:
            from ..qgis_side.register_pg import connection_names
            connection, _ = project.readEntry(PROJECT_SCOPE, PROJECT_CONNECTION_KEY, '')
            schema, _ = project.readEntry(PROJECT_SCOPE, PROJECT_SCHEMA_KEY, '')
            # The QGIS connection when this QGIS has it (its password or authentication stays in QGIS).
            return ('database', connection if connection and connection in connection_names() else database,
                    schema or 'resilience')
        path, found = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, '')
        return ('file', path) if found and path else None

    def open_remembered(self):
        """Open the register the project remembers, unless it is open already; True when one is open."""
        chosen = self.remembered()
        if chosen is None:
            return self.layer is not None
        if chosen[0] == 'file':
            return chosen[1] == self.path or self.open_register(chosen[1])
        if self.layer is not None and self.path is None and self.editor is not None and \
                self.editor.label == self._label_of(chosen):
            return True
        return self.open_database_register(chosen[1], chosen[2])

    @staticmethod
    def _label_of(chosen):
        from ..qgis_side.register_pg import describe_register
        return describe_register(chosen[1], chosen[2])

    def save(self):
        from ..qgis_side.register import RegisterError
        if self.layer is None or self.editor is None:
            return False
        try:
            count = self.editor.save()           # a save that wrote something emits changed
        except RegisterError as err:
            text = str(err)
            if err.summary:
                # The list marks the actions in red, and each says what to fix in its tooltip and its form.
                self.show_message(err.summary + ' ' + ActionEditor.tr(
                    'They are in red in the list: hover over one to read what, or select it to fix it.'), error=True)
                self.message.setToolTip(text)
            else:
                self.show_message(text, error=True)
            self.save_refused = True
            self.show_problems()
            return False
        self.show_message(ActionEditor.tr('Saved {0} change(s).').format(count))
        return True

    def undo(self):
        if self.layer is not None and self.editor is not None:
            self.editor.undo()                   # the undo stack's move emits changed

    def redo(self):
        if self.layer is not None and self.editor is not None:
            self.editor.redo()

    def show_message(self, text, error=False):
        self.save_refused = False
        self.message.setText(text)
        self.message.setToolTip('')
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
        for combo, name in checks:         # the value as stored (the combo shows it in the user's language)
            if combo.currentIndex() > 0 and \
                    str(record.get(name) or '').strip().lower() != str(combo.currentData() or '').lower():
                return False
        if self.hazard_filter.currentIndex() > 0 and str(self.hazard_filter.currentData() or '').lower() \
                not in [h.lower() for h in split_list(record.get('hazards'))]:
            return False
        wanted = self.settlement_filter.text().strip()
        if wanted and normalise_key(wanted) not in [normalise_key(s) for s in split_list(record.get('settlements'))]:
            return False
        text = self.search.text().strip().lower()
        if text:
            haystack = ' '.join(str(record.get(n) or '') for n in ('title', 'description', 'lead_agency', 'partners',
                                                                   'funding_source', 'co_benefits', 'notes'))
            # The register's own words match as stored and as the user reads them ('approved', 'approuvée').
            if text not in haystack.lower() and not any(value_matches(record.get(n), text) for n in VALUE_FIELDS):
                return False
        return True

    def fill_table(self):
        """Show the register's actions (one model reset), keeping the selected one selected."""
        self.model.set_actions(self.actions())
        for name in ('status', 'cost_estimate'):                 # grow-only, so a width the planner chose stays
            column = COLUMNS.index(name)
            needed = min(self.table.sizeHintForColumn(column), 220)
            if needed > self.table.columnWidth(column):
                self.table.setColumnWidth(column, needed)
        if self.current_fid is not None:
            self.select_fid(self.current_fid)

    def filters_changed(self):
        self.proxy.refilter()
        on = sum(1 for combo in (self.status_filter, self.type_filter, self.hazard_filter, self.funding_filter)
                 if combo.currentIndex() > 0) + bool(self.settlement_filter.text().strip())
        self.filters_group.setTitle(ActionEditor.tr('Filters ({0} on)').format(on) if on
                                    else ActionEditor.tr('Filters'))
        if self.current_fid is not None and self._proxy_row(self.current_fid) >= 0:
            self._select_row(self._proxy_row(self.current_fid))

    def clear_filters(self):
        for combo in (self.status_filter, self.type_filter, self.hazard_filter, self.funding_filter):
            combo.setCurrentIndex(0)
        self.settlement_filter.setText('')
        self.search.setText('')

    def shown_titles(self):
        """The titles of the actions the list shows, in its order."""
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    def shown_row(self, row):
        """Row ``row`` of the list as shown, one text a column."""
        return [self.proxy.index(row, column).data() for column in range(self.proxy.columnCount())]

    def _proxy_row(self, fid):
        row = self.model.row_of(fid)
        return self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1

    def _select_row(self, row):
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.selectRow(row)
        selection.blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(self.proxy.index(row, 0))

    def select_fid(self, fid):
        row = self._proxy_row(fid)
        if row >= 0:
            self._select_row(row)
        self.current_fid = fid
        self.load_form(fid)
        self._update_history_button()

    def _row_selected(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.current_fid = rows[0].data(ActionTableModel.FID_ROLE)
            self.load_form(self.current_fid)
        self._update_history_button()

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
                text = format_amount(value, exact=True)
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
            if isinstance(widget, QComboBox):          # the value as stored, whatever the language shown
                text = widget.currentData() or ''
            elif isinstance(widget, QListWidget):
                text = ', '.join(widget.item(i).data(VALUE_ROLE) for i in range(widget.count())
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
                label.setText((label.text() + ' ' if label.text() else '') + engine_message(problem.message))
        title = self.layer.getFeature(self.current_fid)['title'] or ActionEditor.tr('(no title yet)')
        heading = ActionEditor.tr('Action: {0}').format(title)
        if problems:
            fields = ', '.join(dict.fromkeys(ActionTableModel._label(p.field) for p in problems))
            heading += ' — ' + ActionEditor.tr('to fix: {0} (the notes in red below)').format(fields)
        self.form_heading.setText(heading)
        self.form_heading.setStyleSheet('color: #bd0026' if problems else '')
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
        self.tabs.setCurrentWidget(self.form_tab)
        return fid

    def settlements_layer(self):
        return self.settlements_combo.currentLayer()

    def new_from_selection(self):
        """An action serving the selected settlements, its target area their union."""
        layer = self.settlements_layer()
        key = self.key_field.currentField()
        if self.layer is None or not self.layer.isEditable():
            self.show_message(ActionEditor.tr('Open a register (that can be edited) first.'), error=True)
            return None
        if layer is None or not layer.selectedFeatureCount():
            self.show_message(ActionEditor.tr('Select settlements on the map (in the settlements layer) '
                                              'first.'), error=True)
            return None
        try:
            fid = self.editor.create_serving(layer.getSelectedFeatures(), layer.crs(), key or None,
                                             QgsProject.instance().transformContext(), keep_invalid=True)
        except EditRefused as err:
            self.show_message(str(err), error=True)
            return None
        self.select_fid(fid)
        self.tabs.setCurrentWidget(self.form_tab)
        return fid

    def start_drawing(self):
        kind = (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.LineGeometry,
                QgsWkbTypes.PointGeometry)[self.draw_combo.currentIndex()]
        canvas = self.iface.mapCanvas()
        self.tool = SketchTool(canvas, kind)
        self.tool.finished.connect(self.add_drawn)
        canvas.setMapTool(self.tool)
        self.show_message(ActionEditor.tr('Click on the map; right-click to finish.'))

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
        title = self.layer.getFeature(self.current_fid)['title'] or ActionEditor.tr('this action')
        answer = QMessageBox.question(self, ActionEditor.tr('Delete action'),
                                      ActionEditor.tr('Delete "{0}"? You can undo it until you save.').format(title))
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
            self.show_message(ActionEditor.tr('This action has no target area yet.'), error=True)
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
            self.show_message(ActionEditor.tr('Choose the settlements layer (the priority ranking) first.'), error=True)
            return 0
        try:
            changed = self.editor.update_beneficiaries(layer, key, QgsProject.instance().transformContext())
        except EditRefused as err:
            self.show_message(str(err), error=True)
            return 0
        self.show_message(ActionEditor.tr('Updated {0} value(s); save to keep them.').format(changed))
        return changed

    def export(self):
        from qgis import processing
        path, _ = QFileDialog.getSaveFileName(self, ActionEditor.tr('Export the action plan'), '',
                                              ActionEditor.tr('CSV (*.csv);;Excel (*.xlsx)'))
        if not path or self.layer is None:
            return None
        if self.layer.isModified():
            self.show_message(ActionEditor.tr('Exporting the saved register: save first to include your latest '
                                              'changes.'))
        from ..qgis_side.register_pg import layer_source
        processing.run('resilienceplanner:exportactionplan', {'INPUT': layer_source(self.layer), 'OUTPUT': path})
        self.show_message(ActionEditor.tr('Action plan written to {0}').format(path))
        return path

    # ------------------------------------------------------------------ summary and gaps

    def refresh(self):
        self.fill_table()
        self.refresh_panels()
        self._clear_fixed_refusal()
        stack = self.layer.undoStack() if self.layer is not None and self.layer.isEditable() else None
        self.undo_button.setEnabled(bool(stack and stack.canUndo()))
        self.redo_button.setEnabled(bool(stack and stack.canRedo()))

    def _clear_fixed_refusal(self):
        """A "Not saved" message goes once no action needs fixing any more (fixed, deleted or undone)."""
        from ..core.actions import validate
        if self.save_refused and not any(validate(record) for _, record in self.actions()):
            self.show_message('')

    def choose_ranking(self, layers=None):
        """When no settlements layer is chosen, choose a priority ranking: the first of ``layers`` (just added
        to the project), or the first in the project's layer tree; returns the layer chosen, or None."""
        if self.settlements_combo.currentLayer() is not None:
            return None
        rankings = ranking_layers() if layers is None else [layer for layer in layers if is_ranking(layer)]
        if not rankings:
            return None
        self.settlements_combo.setLayer(rankings[0])
        return rankings[0]

    def _layers_added(self, layers):
        self.choose_ranking(layers)

    def _layers_leaving(self, ids):
        """The settlements layer is being removed: choose another ranking, or none (the combo box would
        otherwise move to any polygon layer, the register itself included)."""
        layer = self.settlements_combo.currentLayer()
        if layer is None or layer.id() not in ids:
            return
        self.settlements_combo.setLayer(None)
        others = [other for other in ranking_layers() if other.id() not in ids]
        if others:
            self.settlements_combo.setLayer(others[0])

    def _settlements_changed(self, layer):
        previous, self.named_layer = self.named_layer, layer
        if previous is not None:
            try:
                previous.nameChanged.disconnect(self._name_places)
            except (TypeError, RuntimeError):
                pass                               # already disconnected, or the layer is gone
        if layer is not None:
            layer.nameChanged.connect(self._name_places)
        self.key_field.setLayer(layer)
        key = first_field(layer.fields()) if layer is not None else None
        if key:
            self.key_field.setField(key)
        self._name_places()
        self.refresh_panels()

    def _name_places(self):
        """The settlements group says which layer and key it holds, so it can stay collapsed; with none
        chosen it opens and asks for one."""
        layer, key = self.settlements_combo.currentLayer(), self.key_field.currentField()
        if layer is None:
            self.places_group.setTitle(ActionEditor.tr('Settlements: choose the priority ranking'))
            self.places_group.setCollapsed(False)
        else:
            # A group box is at least as wide as its title: the name is elided, so that a long one never widens
            # the dock; the key shows in the group and the tooltip.
            name = self.places_group.fontMetrics().elidedText(layer.name(), Qt.TextElideMode.ElideMiddle, 240)
            self.places_group.setTitle(ActionEditor.tr('Settlements: {0}').format(name))
        self.places_group.setToolTip(ActionEditor.tr('Settlements layer: {0}; key field: {1}.').format(
            layer.name(), key or '–') if layer is not None else '')

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
        without = ActionEditor.tr('without a currency')

        def bars(costs, table, keys):
            several = costs.single is None and costs.totals
            return [('{0} · {1}'.format(value_label(key), currency or without) if several else value_label(key),
                     amount, currency) for key, currency, amount in costs.bars(table, keys)]
        self.status_chart.set_bars(bars(every, every.by_status, STATUSES),
                                   currency_in_labels=every.single is None and bool(every.totals))
        self.funding_chart.set_bars(bars(active, active.by_funding, FUNDING_STATUSES),
                                    currency_in_labels=active.single is None and bool(active.totals))
        funded = any(value for _, value in self.funding_chart.bars)
        self.funding_chart.setVisible(funded)
        self.funding_note.setText('' if funded else ActionEditor.tr('No active action has both a cost and a funding '
                                                                    'status yet.'))
        lines = [ActionEditor.tr('{0} action(s): {1}.').format(
                     len(records), ', '.join('{0} {1}'.format(n, value_label(s)) for s, n in counts.items() if n)),
                 ActionEditor.tr('Active cost: {0}; committed or disbursed: {1}.').format(
                     format_amounts(active.totals, without, localized('{0:,.0f}')),
                     format_amounts(active.subtotal(active.by_funding, ('committed', 'disbursed')), without,
                                    localized('{0:,.0f}')))]
        if len(active.totals) > 1:
            lines.append(ActionEditor.tr('Costs in different currencies are not added together: each is totalled '
                                         'in its own.'))
        if every.refused:
            lines.append(ActionEditor.tr('Not counted (the cost is not a number of 0 or more): {0}.').format(
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
                lines.append(ActionEditor.tr('Cost per beneficiary: {0} ({1:,.0f} people served).').format(
                    format_amounts(per_person, without, localized('{0:,.2f}')), people))
            elif people and not active.totals:
                # Without any cost a cost per beneficiary of 0 would read as free.
                lines.append(ActionEditor.tr('{0:,.0f} people served; no active action has a cost estimate '
                                             'yet.').format(people))
            if result.high_population:
                lines.append(ActionEditor.tr('{0:.0%} of the people in high-priority settlements are served.').format(
                    result.covered_high_share))
            # unknown or shared settlement keys
            lines.extend(html.escape(engine_message(note), quote=False) for note in result.notes)
            self._fill_gaps(result, settlements)
        self.summary.setText('<br>'.join(lines))

    def _fill_gaps(self, result, settlements):
        layer = self.settlements_layer()
        if layer.fields().lookupField('priority_class') < 0:
            self.gaps_note.setText(ActionEditor.tr('"{0}" has no priority_class: choose the ranking of "Citywide '
                                                   'resilience priorities" to see the gaps.').format(layer.name()))
            return
        key = self.key_field.currentField()
        from ..qgis_side.names import name_field as find_name_field
        name_field, _ = find_name_field(layer, key=key or None)
        name_field = None if name_field == key else name_field
        rank = layer.fields().lookupField('priority_rank') >= 0
        gaps = [(settlements[i], i) for i, g in enumerate(result.gap) if g == 1]
        gaps.sort(key=lambda pair: as_float(pair[0]['priority_rank']) if rank else 0)
        self.gaps_note.setText(ActionEditor.tr('{0} high-priority settlement(s) (classes 4-5) have no active action. '
                                               'Double-click one to start an action for it.').format(len(gaps)))
        for feature, _ in gaps:
            name = feature[name_field] if name_field else None
            shown_key = feature[key] if key else None
            label = ' '.join(str(part) for part in (name, '({0})'.format(shown_key) if name else shown_key)
                             if part not in (None, ''))
            item = QListWidgetItem(ActionEditor.tr('{0}. {1} · priority {2:.1f}').format(
                feature['priority_rank'] if rank else '?', label, as_float(feature['priority_mean'])))
            item.setToolTip(ActionEditor.tr('Rank {0}: {1}, priority {2:.1f} of 100. Double-click to start an action '
                                            'for it.')
                            .format(feature['priority_rank'] if rank else '?', label,
                                                 as_float(feature['priority_mean'])))
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
    """Select the value ``text`` in a combo box of register values: the item whose value (its data) or whose
    shown word is ``text``, ignoring case; a value not in the list is added as written, so that applying the
    form never replaces what the register holds (validation says what is wrong with it)."""
    wanted = str(text or '').strip().lower()
    index = next((i for i in range(combo.count()) if str(combo.itemData(i) or '').lower() == wanted), -1)
    if index < 0:
        index = next((i for i in range(combo.count()) if combo.itemText(i).lower() == wanted), -1)
    if index < 0:
        combo.addItem(text, text)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _value_item(value, checked):
    """A checkable item of a list of register values: the value in the user's language, as stored in VALUE_ROLE."""
    item = QListWidgetItem(value_label(value))
    item.setData(VALUE_ROLE, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _check(widget, values):
    """Tick the listed values (ignoring case; a value or its shown word), adding any the list does not have."""
    wanted = {v.lower(): v for v in values}
    for index in range(widget.count()):
        item = widget.item(index)
        value, shown = str(item.data(VALUE_ROLE) or item.text()).lower(), item.text().lower()
        checked = (wanted.pop(value, None) is not None) | (wanted.pop(shown, None) is not None)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    for value in wanted.values():
        widget.addItem(_value_item(value, checked=True))
