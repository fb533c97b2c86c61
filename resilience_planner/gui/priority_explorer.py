"""The Priority explorer: a dock that lists settlements by priority, explains each one, and
re-ranks the list live when the planner moves the weights.

It reads a ranking written by ``resilienceplanner:prioritymap``: the criterion means (``s_*`` fields),
the settings (``priority_settings``), what each criterion was (``priority_criteria``) and the names are
read once; every slider step re-ranks from that cache in one vectorised pass (``core.ranking``) and the
table is a model over those arrays, so only the rows on screen are ever formatted. No overlay is
recomputed: the map follows the new weights only when *Apply to the map* re-runs the priority map.
"""
import logging
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QAbstractTableModel, QEvent, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..qgis_side.layers import as_float
from ..qgis_side.translation import QT_TRANSLATE_NOOP, Context, localized
from .charts import BarChart

logger = logging.getLogger(__name__)

#: Slider steps: tenths of a percent of the total weight.
SLIDER_STEPS = 1000
#: Zooming to a settlement shows it in the middle third of the view (its surroundings around it), and
#: never closer than 1:ZOOM_MIN_SCALE, so the streets and neighbours around a small settlement stay readable.
ZOOM_FACTOR = 3.0
ZOOM_MIN_SCALE = 5000.0
#: Below this width of the list (in pixels), the Main driver and Stable columns are hidden: the rank, the name and
#: the priority keep the width (QGIS's default dock width is about 285 px), and a settlement's drivers and stability
#: are in its tooltip and in the line under the list.
COMPACT_WIDTH = 370
#: The status message (after Apply to the map it runs to several sentences) shows at most this many lines and
#: scrolls beyond, so that it never squeezes the list.
STATUS_LINES = 3
#: The fewest rows the list keeps in view: when the weights and the selected settlement's chart would leave it
#: fewer, the one the planner did not just open folds away (its title stays, a click opens it again).
MIN_ROWS = 5
#: The weight sliders shown at once (a label above each); more criteria scroll within the weights group.
SLIDER_ROWS = 3


PriorityExplorer = Context('PriorityExplorer')


def _flags(flags):
    """Alignment flags as the int a model returns (PyQt5's flags convert with int(), PyQt6's enums give .value)."""
    return int(flags.value) if hasattr(flags, 'value') else int(flags)


RIGHT = _flags(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = _flags(Qt.AlignmentFlag.AlignCenter)


#: How the status line names each missing-data rule of the ranking.
MISSING_WORDS = {'reweight': QT_TRANSLATE_NOOP('PriorityExplorer', 'weights shared over the criteria present'),
                 'zero': QT_TRANSLATE_NOOP('PriorityExplorer', 'counted as score 0'),
                 'nodata': QT_TRANSLATE_NOOP('PriorityExplorer', 'no priority where a criterion is missing')}


class ScoreChart(BarChart):
    """One settlement's criterion scores (0-1); criteria without weight are grey."""

    def __init__(self, parent=None):
        super().__init__(parent, maximum=1.0, pattern='{0:.2f}', outline=True, value_width=44)
        self.bars = []                       # (label, score or None, weight share)

    def set_scores(self, labels, scores, weights):
        self.bars = [(label, None if score != score else float(score), float(weight))
                     for label, score, weight in zip(labels, scores, weights)]
        self.set_rows([(label, score, '#bd0026' if weight > 0 else '#bdbdbd') for label, score, weight in self.bars])


class ElidedLabel(QLabel):
    """A one-line label that shows its whole text where it fits and elides its end only where it cannot (its
    tooltip, set by its owner, then says it whole)."""

    def __init__(self, text='', parent=None):
        super().__init__(parent)
        self.full = ''
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text):
        self.full = text
        self._elide()

    def text(self):
        return self.full

    def shown(self):
        """The text as drawn (elided or whole)."""
        return super().text()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._elide()

    def _elide(self):
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, width) if width > 0 \
            else self.full
        if shown != super().text():
            super().setText(shown)


class StatusLabel(QLabel):
    """The explorer's message: its scroll area is as tall as the text, at most STATUS_LINES lines."""

    def __init__(self, text, parent=None):
        super().__init__(text, parent)
        self.area = None

    def setText(self, text):
        super().setText(text)
        self.fit_area()

    def fit_area(self):
        if self.area is None:
            return
        width = max(self.area.viewport().width(), 50)
        cap = STATUS_LINES * self.fontMetrics().lineSpacing() + 4
        self.area.setFixedHeight(min(self.heightForWidth(width) if self.text() else 0, cap))


class RankingModel(QAbstractTableModel):
    """The ranked settlements as rows (rank 1 first), read from the arrays of a ``core.ranking.Ranking``.

    ``set_ranking`` swaps the arrays in one model reset; ``data`` formats a cell only when a view asks
    for it, i.e. for the rows on screen.
    """

    RANK, NAME, PRIORITY, DRIVER, STABLE = range(5)
    FID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [PriorityExplorer.tr('#'), PriorityExplorer.tr('Settlement'), PriorityExplorer.tr('Priority'),
                        PriorityExplorer.tr('Main driver'), PriorityExplorer.tr('Stable')]
        self.tips = [PriorityExplorer.tr('Rank: 1 = highest priority with the weights shown; ties share a rank.'),
                     PriorityExplorer.tr('The settlement\'s name (the name field above).'),
                     PriorityExplorer.tr('Priority 0–100 with the weights shown.'),
                     PriorityExplorer.tr('The criterion with the largest share of the settlement\'s priority, and that '
                                         'share. The tooltip and the chart below give the second.'),
                     PriorityExplorer.tr('Whether the settlement kept its quintile in at least 90 % of the sensitivity '
                                         'runs around the weights of the run (not the sliders).')]
        self.names, self.labels, self.stable, self.fids = [], [], [], []
        self.ranking = None
        #: Set by the dock when the Main driver and Stable columns are hidden: the tooltip then says stability.
        self.compact = False

    def set_source(self, fids, names, labels, stable):
        self.beginResetModel()
        self.fids, self.names, self.labels, self.stable = fids, names, labels, stable
        self.ranking = None
        self.endResetModel()

    def set_names(self, names):
        self.names = names
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.NAME), self.index(self.rowCount() - 1, self.NAME))

    def set_ranking(self, ranking):
        self.beginResetModel()
        self.ranking = ranking
        self.endResetModel()

    def rowCount(self, parent=None):
        if (parent is not None and parent.isValid()) or self.ranking is None:
            return 0
        return int(self.ranking.order.shape[0])

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[section]
        return None

    def settlement(self, row):
        """The index (in the layer's order) of the settlement on ``row``."""
        return int(self.ranking.order[row])

    def driver_text(self, i, which=0):
        j = int(self.ranking.drivers[i, which])
        if j < 0:
            return ''
        # The share first, so that a narrow column cuts the end of the label, never the share.
        return localized('{0:.0%} {1}').format(self.ranking.driver_shares[i, which], self.labels[j])

    def details(self, i):
        """Settlement ``i``'s name with its two main drivers, and in the compact list its stability too."""
        drivers = [text for text in (self.driver_text(i, 0), self.driver_text(i, 1)) if text]
        text = '{0}: {1}'.format(self.names[i], ', '.join(drivers) or PriorityExplorer.tr('no driver'))
        if self.compact and i < len(self.stable) and self.stable[i]:
            text += PriorityExplorer.tr('; rank stable: {0}').format(self.stable[i])
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.ranking is None:
            return None
        i = self.settlement(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return '{0:.0f}'.format(self.ranking.ranks[i])
            if column == self.NAME:
                return self.names[i]
            if column == self.PRIORITY:
                return localized('{0:.1f}').format(self.ranking.scores[i])     # 68,1 in French
            if column == self.DRIVER:
                return self.driver_text(i)
            return self.stable[i]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(i)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RANK, self.PRIORITY, self.STABLE):
            return RIGHT if column != self.STABLE else CENTRE
        if role == self.FID_ROLE:
            return self.fids[i]
        return None


class PriorityExplorerDock(QgsDockWidget):
    """Settlements by priority, with drivers, a score chart and live weights."""

    RANK, NAME, PRIORITY, DRIVER, STABLE = range(5)

    def __init__(self, iface, parent=None):
        super().__init__(PriorityExplorer.tr('Priority explorer'), parent)
        self.setObjectName('ResiliencePlannerPriorityExplorer')
        self.iface = iface
        self.layer = None
        self.settings = {}
        self.keys, self.criteria, self.criterion_labels, self.fids = [], [], [], []
        self.names, self.stable = [], []
        self.functions = ''
        self.means = None
        self.base_weights = self.shares = None
        self.method, self.missing = 'sum', 'reweight'
        self.ranking = None
        self.sliders = []
        self.algorithm_dialog = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        form.addRow(PriorityExplorer.tr('Ranking'), self.layer_combo)
        self.name_field = QgsFieldComboBox(body)
        form.addRow(PriorityExplorer.tr('Names'), self.name_field)
        for combo in (self.layer_combo, self.name_field):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        layout.addLayout(form)
        self.status = StatusLabel(PriorityExplorer.tr('Choose the Ranking output of "Citywide resilience '
                                                      'priorities".'), body)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # At most STATUS_LINES lines, scrolled beyond: a long message never squeezes the list.
        self.status_area = QScrollArea(body)
        self.status_area.setObjectName('explorer_status')
        self.status_area.setWidget(self.status)
        self.status_area.setWidgetResizable(True)
        self.status_area.setFrameShape(QFrame.Shape.NoFrame)
        self.status_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status.area = self.status_area
        self.status_area.installEventFilter(self)
        layout.addWidget(self.status_area)
        self.status.fit_area()
        # The weights in a group that folds away (the list and the chart get its room) and opens with a click.
        self.weights_group = QgsCollapsibleGroupBox(PriorityExplorer.tr('Weights'), body)
        self.weights_group.setObjectName('explorer_weights')
        self.weights_group.setSaveCollapsedState(False)
        weights = QVBoxLayout(self.weights_group)
        weights.setContentsMargins(4, 2, 4, 4)
        weights.setSpacing(4)
        self.note = QLabel(PriorityExplorer.tr('The sliders re-rank this list only: the map and the ranking layer keep '
                                               'the weights of their run until you apply these to the map.'),
                           self.weights_group)
        self.note.setWordWrap(True)
        self.note.setObjectName('explorer_note')
        self.note.setStyleSheet('QLabel#explorer_note { color: palette(dark); font-style: italic; }')
        weights.addWidget(self.note)
        # Each criterion's name on a line of its own above its slider, so that a long one ("Access to health
        # facilities") is read whole in a narrow dock; beyond SLIDER_ROWS criteria the sliders scroll.
        self.weights_area = QScrollArea(self.weights_group)
        self.weights_area.setObjectName('explorer_sliders')
        self.weights_area.setWidgetResizable(True)
        self.weights_area.setFrameShape(QFrame.Shape.NoFrame)
        self.weights_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.weights_box = QGridLayout(holder)
        self.weights_box.setContentsMargins(0, 0, 0, 0)
        self.weights_box.setVerticalSpacing(0)
        self.weights_box.setColumnStretch(0, 1)
        self.weights_area.setWidget(holder)
        self.weights_area.setVisible(False)
        weights.addWidget(self.weights_area)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(PriorityExplorer.tr('Reset'), body)
        self.reset_button.setToolTip(PriorityExplorer.tr('Back to the weights of the run that made the ranking.'))
        self.reset_button.clicked.connect(self.reset_weights)
        self.save_button = QPushButton(PriorityExplorer.tr('Save weights…'), body)
        self.save_button.setToolTip(PriorityExplorer.tr(
            'Write these weights, with the run\'s hazard scoring, to a JSON file that the workflow model and the '
            'batch read (save it as city.json in a batch city\'s folder; its other settings are kept).'))
        self.save_button.clicked.connect(self._save_clicked)
        self.apply_button = QPushButton(PriorityExplorer.tr('Apply to the map…'), body)
        self.apply_button.setToolTip(PriorityExplorer.tr(
            'Open "Citywide resilience priorities" with these weights and the run\'s hazard scoring filled in; it '
            'runs in the background, with progress and Cancel, and writes a new map and ranking.'))
        self.apply_button.clicked.connect(self.apply_to_map)
        # Two rows, so that the three fit the dock's 420 px in any style and language.
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        weights.addLayout(buttons)
        weights.addWidget(self.apply_button)
        layout.addWidget(self.weights_group)
        self.weights_group.collapsedStateChanged.connect(
            lambda collapsed: collapsed or self._make_room(self.weights_group))

        self.model = RankingModel(self)
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        # Rows of one height, set once: a view never measures 5,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        # A selected row would make every header bold, and wider than the sections measured for it.
        header.setHighlightSections(False)
        # The narrow columns fit their widest value and their header (the rank its number of settlements).
        for column in (RankingModel.RANK, RankingModel.PRIORITY, RankingModel.STABLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._size_columns(9999)
        # Name and driver share the rest of the width: both always visible, elided when long. Headers read from
        # their start, so that a narrow one loses its end ("Settlem"), never both ends.
        for column in (RankingModel.NAME, RankingModel.DRIVER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Narrower than COMPACT_WIDTH: rank, name and priority only (the rest in the tooltip and the line below).
        self.table.installEventFilter(self)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        # The selected settlement (its drivers, its priority) and its scores, in a group that folds away too; every
        # row's tooltip says the same line.
        self.chart_group = QgsCollapsibleGroupBox(PriorityExplorer.tr('Criterion scores'), body)
        self.chart_group.setObjectName('explorer_scores')
        self.chart_group.setSaveCollapsedState(False)
        scores = QVBoxLayout(self.chart_group)
        scores.setContentsMargins(2, 2, 2, 2)
        self.chart_title = QLabel('', self.chart_group)
        self.chart_title.setWordWrap(True)
        scores.addWidget(self.chart_title)
        self.chart = ScoreChart(self.chart_group)
        scores.addWidget(self.chart)
        self.chart_group.setVisible(False)                 # until a settlement is selected
        self.chart_group.collapsedStateChanged.connect(
            lambda collapsed: collapsed or self._make_room(self.chart_group))
        layout.addWidget(self.chart_group)
        self._chart_fid = None
        self.setWidget(body)
        self._enable(False)

        self.layer_combo.layerChanged.connect(self.set_layer)
        self.name_field.fieldChanged.connect(self._name_field_changed)

    def _size_columns(self, count):
        """Rank, Priority and Stable as wide as their widest value (ranks up to ``count``) and their header."""
        header = self.table.horizontalHeader()
        metrics, bold = self.table.fontMetrics(), header.fontMetrics()
        for column, sample in ((RankingModel.RANK, '0' * max(2, len(str(count)))), (RankingModel.PRIORITY, '100.0'),
                               (RankingModel.STABLE, PriorityExplorer.tr('yes'))):
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             bold.horizontalAdvance(self.model.headers[column])) + 10)

    def eventFilter(self, watched, event):
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.set_compact(self.table.width() < COMPACT_WIDTH)
        elif watched is self.status_area and event.type() == QEvent.Type.Resize:
            self.status.fit_area()            # a new width wraps the message anew
        return super().eventFilter(watched, event)

    def set_compact(self, compact):
        """Show the Main driver and Stable columns, or (narrow) only rank, name and priority, with the selected
        settlement's drivers and stability in the line under the list and every row's in its tooltip."""
        if compact == self.model.compact and self.table.isColumnHidden(RankingModel.DRIVER) == compact:
            return
        self.model.compact = compact
        for column in (RankingModel.DRIVER, RankingModel.STABLE):
            self.table.setColumnHidden(column, compact)
        fid = self.selected_fid() if self.ranking is not None else None
        if fid is not None and fid in self.fids:
            self._show_chart(fid)

    # ------------------------------------------------------------------ loading

    def set_layer(self, layer):
        """Cache the criterion means, criteria, settings and names of a ranking layer, then rank."""
        import json

        import numpy as np

        from ..qgis_side.names import CRITERIA_FIELD, criterion_labels, recorded_criteria
        self._clear()
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return False
        fields = layer.fields()
        if fields.lookupField('priority_settings') < 0:
            self.status.setText(PriorityExplorer.tr('"{0}" is not a priority ranking (it has no priority_settings '
                                                    'field). Choose the Ranking output of "Citywide resilience '
                                                    'priorities".').format(layer.name()))
            return False
        settings, rows, first = None, [], None
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        for feature in layer.getFeatures(request):
            # Every settlement is listed, also those the run left unranked (e.g. missing = nodata and no
            # vulnerability): a weight of 0 on the criterion they lack ranks them here, as a new run would.
            rows.append(feature)
            text = feature['priority_settings']
            if text and settings is None:
                try:
                    settings = json.loads(text)
                except ValueError:
                    message = PriorityExplorer.tr('The priority_settings of "{0}" cannot be read (cut short?): '
                                                  'run the priority map again into a GeoPackage.')
                    self.status.setText(message.format(layer.name()))
                    return False
                first = feature
        if settings is None:
            self.status.setText(PriorityExplorer.tr('No settlement in "{0}" was ranked.').format(layer.name()))
            return False
        missing = [key for key in settings['keys'] if fields.lookupField('s_' + key) < 0]
        if missing:
            self.status.setText(PriorityExplorer.tr('"{0}" lacks the score fields {1}.').format(
                layer.name(), ', '.join('s_' + k for k in missing)))
            return False
        self.layer = layer
        self.keys = list(settings['keys'])
        self.method = settings.get('method', 'sum')
        self.missing = settings.get('missing', 'reweight')
        self.base_weights = np.array(settings['weights'], dtype=np.float64)
        self.settings = settings
        has_criteria = fields.lookupField(CRITERIA_FIELD) >= 0
        self.criteria = recorded_criteria(first[CRITERIA_FIELD]) if has_criteria else []
        self.criterion_labels = criterion_labels(self.keys, self.criteria)
        has_functions = fields.lookupField('priority_functions') >= 0
        self.functions = str(first['priority_functions'] or '') if has_functions else ''
        self.fids = [f.id() for f in rows]
        # Read once here, never at a slider step: the sliders only change scores and ranks.
        has_stable = fields.lookupField('rank_stable') >= 0
        self.stable = [_stable_text(f['rank_stable']) if has_stable else '' for f in rows]
        self.means = np.array([[as_float(f['s_' + key]) for key in self.keys] for f in rows], dtype=np.float64)
        self.model.set_source(self.fids, [''] * len(self.fids), self.criterion_labels, self.stable)
        self._size_columns(len(self.fids))
        self.name_field.blockSignals(True)
        self.name_field.setLayer(layer)
        self.name_field.setField(_name_field(layer))
        self.name_field.blockSignals(False)
        self._name_field_changed(self.name_field.currentField())
        if self.layer_combo.currentLayer() is not layer:
            self.layer_combo.blockSignals(True)
            self.layer_combo.setLayer(layer)
            self.layer_combo.blockSignals(False)
        from ..core.ranking import normalised
        self.shares = normalised(self.base_weights)
        self.chart_group.setCollapsed(False)          # a new ranking: its weights open, no settlement chosen yet
        self.weights_group.setCollapsed(False)
        self._build_sliders()
        self._enable(True)
        self.rerank()
        ranked = len(self.ranking.order)
        product = self.method == 'product'       # whole sentences: a method's word cannot agree in fr/es/pt
        if ranked < len(self.fids):
            missing = PriorityExplorer.marked(MISSING_WORDS[self.missing]) if self.missing in MISSING_WORDS \
                else self.missing
            if product:
                message = PriorityExplorer.tr('{0} of {1} settlements ranked, weighted product: the others lack a '
                                              'criterion that has a weight (missing data: {2}).')
            else:
                message = PriorityExplorer.tr('{0} of {1} settlements ranked, weighted sum: the others lack a '
                                              'criterion that has a weight (missing data: {2}).')
            self.status.setText(message.format(ranked, len(self.fids), missing))
        elif product:
            self.status.setText(PriorityExplorer.tr('{0} settlements, weighted product.').format(len(self.fids)))
        else:
            self.status.setText(PriorityExplorer.tr('{0} settlements, weighted sum.').format(len(self.fids)))
        return True

    def _enable(self, on):
        for button in (self.reset_button, self.save_button, self.apply_button):
            button.setEnabled(on)

    def _clear(self):
        self.layer = None
        self.keys, self.criteria, self.criterion_labels, self.fids = [], [], [], []
        self.names, self.stable = [], []
        self.means = self.ranking = self.shares = None
        self.model.set_source([], [], [], [])
        self.chart.set_scores([], [], [])
        self.chart_title.setText('')
        self.chart_group.setVisible(False)
        self._chart_fid = None
        while self.weights_box.count():
            item = self.weights_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.sliders = []
        self.weights_area.setVisible(False)
        self._enable(False)

    def _build_sliders(self):
        for index, (key, label) in enumerate(zip(self.keys, self.criterion_labels)):
            name = ElidedLabel(label)
            name.setObjectName('weight_label_' + key)
            name.setToolTip(PriorityExplorer.tr('{0} (field s_{1})').format(label, key))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, SLIDER_STEPS)
            slider.setObjectName('weight_' + key)
            slider.setToolTip(PriorityExplorer.tr('{0}: its share of the total weight. Moving it shares the rest among '
                                                  'the other criteria in their present proportions.').format(label))
            share = QLabel()
            share.setMinimumWidth(self.fontMetrics().horizontalAdvance('100 %') + 6)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda value, i=index: self._slider_moved(i, value))
            self.weights_box.addWidget(name, 2 * index, 0, 1, 2)      # the name the whole width, above
            self.weights_box.addWidget(slider, 2 * index + 1, 0)
            self.weights_box.addWidget(share, 2 * index + 1, 1)
            self.sliders.append((slider, share))
        self._show_shares()
        self._fit_sliders()

    def _fit_sliders(self):
        """The sliders' area as tall as its criteria, at most SLIDER_ROWS of them (the rest a scroll away)."""
        count = len(self.sliders)
        self.weights_area.setVisible(bool(count))
        if not count:
            return
        # Measured from the widgets' own hints: the layout's are not ready while its new widgets wait to be shown.
        name, share = self.weights_box.itemAtPosition(0, 0).widget(), self.sliders[0][1]
        row = name.sizeHint().height() + max(self.sliders[0][0].sizeHint().height(), share.sizeHint().height())
        # Beyond SLIDER_ROWS, half of the next slider's row shows, so that the scrolling is seen.
        self.weights_area.setFixedHeight(row * count if count <= SLIDER_ROWS else row * SLIDER_ROWS + row // 2)

    # ------------------------------------------------------------------ weights

    def weights(self):
        """The weights shown: each criterion's share of the total (they sum to 1)."""
        return self.shares

    def set_weight(self, key, share):
        """Set one criterion's share of the total weight (0-1), as a planner dragging its slider would."""
        self.sliders[self.keys.index(key)][0].setValue(int(round(share * SLIDER_STEPS)))

    def set_weights(self, weights):
        """Show ``weights`` (any scale; normalised to shares) and re-rank once."""
        from ..core.ranking import normalised
        self.shares = normalised(weights)
        self._show_shares()
        self.rerank()

    def reset_weights(self):
        if self.base_weights is not None:
            self.set_weights(self.base_weights)

    def _slider_moved(self, index, value):
        from ..core.ranking import rebalance
        self.shares = rebalance(self.shares, index, value / SLIDER_STEPS)
        # A lone criterion always has the whole weight: its slider springs back to 100 %.
        self._show_shares(moved=index if len(self.sliders) > 1 else None)
        self.rerank()

    def _show_shares(self, moved=None):
        """Every slider at its share and every label reading it; the slider being dragged is left alone."""
        for index, ((slider, label), share) in enumerate(zip(self.sliders, self.shares)):
            if index != moved:
                slider.blockSignals(True)
                slider.setValue(int(round(share * SLIDER_STEPS)))
                slider.blockSignals(False)
            label.setText('{0:.0f} %'.format(100 * share))

    # ------------------------------------------------------------------ ranking

    def rerank(self):
        """Score and rank every settlement from the cached criterion means with the weights shown."""
        if self.means is None:
            return
        from ..core.ranking import rerank
        selected = self.selected_fid()
        self.ranking = rerank(self.means, self.shares, self.method, self.missing)
        self.model.set_ranking(self.ranking)
        if selected is not None:
            self.select_fid(selected, zoom=False)

    @property
    def scores(self):
        return None if self.ranking is None else self.ranking.scores

    @property
    def ranks(self):
        return None if self.ranking is None else self.ranking.ranks

    def ranked_fids(self):
        """Feature ids in the current order (rank 1 first)."""
        return [self.fids[i] for i in self.ranking.order] if self.ranking is not None else []

    def _name_field_changed(self, name_field):
        """Read the settlements' names once, when the name field is chosen."""
        from ..qgis_side.names import settlement_label
        if self.layer is None:
            return
        fields = self.layer.fields()
        key = 'settlement_id' if fields.lookupField('settlement_id') >= 0 else None
        wanted = [f for f in (name_field, key) if f and fields.lookupField(f) >= 0]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
            wanted, fields)
        # A settlement without a name shows its key, never its feature id.
        unnamed = PriorityExplorer.tr('(unnamed)')
        labels = {f.id(): settlement_label(f, name_field, key, unnamed) for f in self.layer.getFeatures(request)}
        self.names = [labels.get(fid, PriorityExplorer.tr('(unnamed)')) for fid in self.fids]
        self.model.set_names(self.names)
        fid = self.selected_fid()
        if fid is not None:
            self._show_chart(fid)

    # ------------------------------------------------------------------ selection

    def selected_fid(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.ranking is None:
            return None
        return self.model.data(rows[0], RankingModel.FID_ROLE)

    def row_of(self, fid):
        if self.ranking is None or fid not in self.fids:
            return -1
        return int(self.ranking.row_of()[self.fids.index(fid)])

    def select_fid(self, fid, zoom=True):
        """Select a settlement's row (as a click would); ``zoom`` False keeps the map where it is."""
        row = self.row_of(fid)
        if row < 0:
            return False
        self._zoom = zoom
        try:
            self.table.selectRow(row)
        finally:
            self._zoom = True
        self._show_chart(fid)
        return True

    def _selected(self, *args):
        fid = self.selected_fid()
        if fid is None:
            return
        self._show_chart(fid)
        if getattr(self, '_zoom', True):
            self.zoom_to(fid)

    def visible_rows(self):
        """How many whole rows of the list are in view."""
        return self.table.viewport().height() // max(1, self.table.verticalHeader().defaultSectionSize())

    def _make_room(self, opened, extra=0):
        """``opened`` (the weights or the chart group) is opening: when the list would keep fewer than MIN_ROWS
        rows in view, the other group folds away (its title stays; a click opens it again and folds this one).
        Judged before the layout changes (``extra``: the height ``opened`` is about to take), so the dock never
        asks for more height than the window has, not even for a moment."""
        other = self.chart_group if opened is self.weights_group else self.weights_group
        if opened.isCollapsed() or other.isCollapsed() or not other.isVisible() or not self.isVisible():
            return
        extra = extra or max(0, opened.sizeHint().height() - opened.height())
        row = max(1, self.table.verticalHeader().defaultSectionSize())
        if (self.table.viewport().height() - extra) // row < MIN_ROWS:
            other.setCollapsed(True)

    def _show_chart(self, fid):
        i = self.fids.index(fid)
        name = self.names[i] if i < len(self.names) else PriorityExplorer.tr('(unnamed)')
        if self.model.compact:
            # The narrow list hides the drivers and stability: the chart's title says them (the details line).
            self.chart_title.setText(PriorityExplorer.tr('{0}. Priority {1:.1f}; criterion scores (0–1):').format(
                self.model.details(i), self.ranking.scores[i]))
        else:
            self.chart_title.setText(PriorityExplorer.tr('{0}: criterion scores (0–1); priority {1:.1f}').format(
                name, self.ranking.scores[i]))
        self.chart.set_scores(self.criterion_labels, self.means[i], self.shares)
        if fid != self._chart_fid:              # a new settlement (not a re-rank of the one shown, nor a new width)
            self._chart_fid = fid
            if not self.chart_group.isVisible():
                width = max(50, self.table.width())
                title = self.chart_title.heightForWidth(width) - self.chart_title.sizeHint().height()
                self._make_room(self.chart_group, self.chart_group.sizeHint().height() + max(0, title) +
                                self.widget().layout().spacing())
            self.chart_group.setVisible(True)

    def zoom_to(self, fid):
        """Zoom the map to a settlement with its surroundings, and select it in its layer."""
        if self.layer is None:
            return
        feature = self.layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(self.layer.crs(), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        try:
            extent = transform.transformBoundingBox(feature.geometry().boundingBox())
        except Exception:  # a CRS QGIS cannot transform keeps the current view
            logger.warning('Cannot transform the extent of feature %s to the map CRS', fid)
            return
        if extent.width() == 0 and extent.height() == 0:
            extent.grow(1.0)
        extent.scale(ZOOM_FACTOR)
        canvas.setExtent(extent)
        if canvas.scale() < ZOOM_MIN_SCALE:
            canvas.zoomScale(ZOOM_MIN_SCALE)
        canvas.refresh()
        self.layer.selectByIds([fid])

    # ------------------------------------------------------------------ keep and apply

    def weight_settings(self):
        """The weights shown as the weights file's object (qgis_side.weights) and the hazards whose scoring
        the ranking did not record."""
        from ..qgis_side.weights import weight_settings
        source = os.path.basename(self.layer.source().split('|')[0]) if self.layer is not None else ''
        return weight_settings(self.criteria, self.functions, self.keys, self.shares, source)

    def _save_clicked(self):
        start = os.path.join(os.path.dirname(self.layer.source().split('|')[0]), 'weights.json')
        path, _ = QFileDialog.getSaveFileName(self, PriorityExplorer.tr('Save weights'), start,
                                              PriorityExplorer.tr('Weights (JSON) (*.json)'),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.save_weights(path)

    def save_weights(self, path):
        """Write the weights shown to ``path`` (merged into an existing city.json); True when written."""
        from ..qgis_side.weights import write_weights
        if self.layer is None:
            return False
        settings, unscored = self.weight_settings()
        try:
            write_weights(path, settings)
        except (OSError, ValueError) as err:
            self.status.setText(PriorityExplorer.tr('The weights were not saved: {0}').format(err))
            return False
        text = PriorityExplorer.tr('Weights saved to {0}. The workflow model takes them as its inputs; a batch city '
                                   'reads them from its city.json.').format(path)
        if unscored:
            text += ' ' + PriorityExplorer.tr('The ranking does not record the scoring of {0}: check its row in '
                                              'hazard_settings.').format(', '.join(unscored))
        self.status.setText(text)
        return True

    def apply_parameters(self):
        """The priority map's parameters for the weights shown: the weights and the run's hazard scoring, and
        the run's inputs that are layers of this project (found by the names the ranking records)."""
        from ..qgis_side.weights import algorithm_parameters, run_parameters
        settings, _ = self.weight_settings()
        parameters = algorithm_parameters(settings)
        recorded, self.apply_lost = run_parameters(self.settings, self.functions, self.criteria)
        parameters.update(recorded)
        from ..qgis_side.layer_roles import project_layers
        project = QgsProject.instance()
        # Layers of one name in the order they were added (the Layers panel from the bottom): mapLayersByName's
        # order is the layers' ids', which is no order at all.
        added = {layer.id(): index for index, layer in enumerate(reversed(project_layers(project)))}
        hazard_names = [name for _key, group, name in self.criteria if group == 'hazard']
        self.apply_same_names = sorted({name for name in hazard_names if hazard_names.count(name) > 1})
        found = {}
        for _key, group, name in self.criteria:
            if group == 'access_field':
                parameters['ACCESS_FIELD'] = name
                continue
            if group == 'vulnerability':
                parameters['VULNERABILITY_FIELD'] = name
                continue
            wanted = QgsRasterLayer if group in ('hazard', 'population') else QgsVectorLayer
            # Two hazards of one name (the weights then name them by position) are two layers of that name.
            layers = sorted((layer for layer in project.mapLayersByName(name) if isinstance(layer, wanted)
                             and layer not in found.get(group, [])), key=lambda layer: added.get(layer.id(), 0))
            if layers:
                found[group] = found.get(group, []) + [layers[0]]
        if found.get('hazard'):
            parameters['HAZARDS'] = [layer.id() for layer in found['hazard']]
        if found.get('population'):
            parameters['POPULATION'] = found['population'][0].id()
        if found.get('access'):
            parameters['FACILITIES'] = found['access'][0].id()
        settlements = self._settlements_layer([parameters[name] for name in ('VULNERABILITY_FIELD', 'ACCESS_FIELD')
                                               if name in parameters])
        if settlements is not None:
            parameters['SETTLEMENTS'] = settlements.id()
        return parameters

    def _settlements_layer(self, fields):
        """The project's polygon layer the ranking was most likely made from: not a ranking, with the ranking's
        number of features and the settlement fields the run used; None when there is not exactly one."""
        candidates = []
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer) or layer is self.layer or not layer.isValid():
                continue
            names = layer.fields().names()
            if 'priority_settings' in names or any(field not in names for field in fields):
                continue
            if layer.geometryType() == self.layer.geometryType() and layer.featureCount() == len(self.fids):
                candidates.append(layer)
        return candidates[0] if len(candidates) == 1 else None

    def apply_to_map(self):
        """Open the priority map's own dialog with the weights shown; it runs in the background with progress
        and Cancel, and the new map and ranking open when it is done."""
        from qgis import processing
        if self.layer is None:
            return None
        parameters = self.apply_parameters()
        dialog = processing.createAlgorithmDialog('resilienceplanner:prioritymap', parameters)
        if dialog is None:
            self.status.setText(PriorityExplorer.tr('The priority map algorithm is not available: is the plugin\'s '
                                                    'Processing provider enabled?'))
            return None
        self.algorithm_dialog = dialog
        self._keep_settlement_fields(dialog, parameters)
        # What the new ranking must record for "made with these weights" to be true (see _show_new_ranking).
        self.applied_with = {'keys': list(self.keys), 'weights': [float(w) for w in self.shares],
                             'method': self.method, 'missing': self.missing,
                             'cell': parameters.get('CELL_SIZE'), 'functions': self.functions}
        dialog.algorithmFinished.connect(self._applied)
        dialog.show()
        filled = [PriorityExplorer.tr('the weights')]
        if 'HAZARD_SETTINGS' in parameters:
            filled.append(PriorityExplorer.tr('the hazard scoring of the run'))
        if 'METHOD' in parameters:
            filled.append(PriorityExplorer.tr('its method and missing-data rule'))
        named = [(PriorityExplorer.tr('the cell size'), 'CELL_SIZE'),
                 (PriorityExplorer.tr('hazards'), 'HAZARDS'),
                 (PriorityExplorer.tr('population'), 'POPULATION'),
                 (PriorityExplorer.tr('facilities'), 'FACILITIES'),
                 (PriorityExplorer.tr('the settlements'), 'SETTLEMENTS'),
                 (PriorityExplorer.tr('the vulnerability field'), 'VULNERABILITY_FIELD'),
                 (PriorityExplorer.tr('the access field'), 'ACCESS_FIELD')]
        filled += [label for label, name in named if name in parameters]
        text = PriorityExplorer.tr('"Citywide resilience priorities" is open with {0} filled in.')
        text = text.format(', '.join(filled))
        if 'SETTLEMENTS' not in parameters:
            text += ' ' + PriorityExplorer.tr('Choose the settlements the ranking was made from (not the ranking).')
        text += ' ' + PriorityExplorer.tr('Choose the city boundary, then Run. The ranking does not record the '
                                          'analysis CRS or the areas excluded: if the first run set them, set them '
                                          'again.')
        if getattr(self, 'apply_same_names', None) and 'HAZARDS' in parameters:
            same = PriorityExplorer.tr('Two hazards are named {0}: the ranking does not record which file was which, '
                                       'so they are filled in the order they were added to the project. Check the '
                                       'hazard rasters\' order before Run.')
            text += ' ' + same.format(', '.join('"{0}"'.format(name) for name in self.apply_same_names))
        if self.apply_lost:
            lost = PriorityExplorer.tr('The ranking does not record {0}: set it as in the first run, or the new map '
                                       'will differ from this list.')
            text += ' ' + lost.format(', '.join(self.apply_lost))
        self.status.setText(text)
        return dialog

    @staticmethod
    def _keep_settlement_fields(dialog, parameters):
        """Choosing the settlements in the dialog empties its vulnerability and access fields (their parent layer
        changed): set them again to the run's fields whenever the settlements change and have those fields."""
        panel = dialog.mainWidget() if hasattr(dialog, 'mainWidget') else None
        wrappers = getattr(panel, 'wrappers', {}) or {}
        source = wrappers.get('SETTLEMENTS')
        kept = [(wrappers.get(name), parameters[name]) for name in ('VULNERABILITY_FIELD', 'ACCESS_FIELD')
                if name in parameters and wrappers.get(name) is not None]
        if source is None or not kept or not hasattr(source, 'widgetValueHasChanged'):
            return

        from qgis.core import QgsProcessingContext
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())

        def restore(*_args):
            for wrapper, value in kept:
                if hasattr(wrapper, 'setParameterValue'):
                    wrapper.setParameterValue(value, context)
                else:
                    wrapper.setValue(value)
        source.widgetValueHasChanged.connect(restore)
        restore()

    def _applied(self, successful, results):
        """After the priority map ran from *Apply to the map*: show its new ranking, once it is in the project."""
        from qgis.PyQt.QtCore import QTimer
        if not successful:
            self.status.setText(PriorityExplorer.tr('The priority map did not finish (cancelled or failed; its log '
                                                    'says why): the map and the ranking are unchanged.'))
            return
        QTimer.singleShot(0, lambda: self._show_new_ranking((results or {}).get('RANKING')))

    def _show_new_ranking(self, ranking):
        project = QgsProject.instance()
        layer = project.mapLayer(str(ranking)) if ranking else None
        if layer is None and ranking:
            path = str(ranking).split('|')[0]
            layer = next((candidate for candidate in project.mapLayers().values()
                          if isinstance(candidate, QgsVectorLayer) and candidate.source().split('|')[0] == path), None)
        if layer is None:
            self.status.setText(PriorityExplorer.tr('The priority map ran with these weights; open its ranking to '
                                                    'explore it.'))
            return
        expected = getattr(self, 'applied_with', None) or {}
        self.set_layer(layer)
        differs = _differences(expected, self)
        if differs:
            message = PriorityExplorer.tr('The priority map ran, but the ranking "{0}" was not made as this list '
                                          'was: its {1} differ. Its list is shown now.')
            self.status.setText(message.format(layer.name(), ', '.join(differs)))
            return
        message = PriorityExplorer.tr('The map and the ranking "{0}" were made with these weights.')
        self.status.setText(message.format(layer.name()))


def _differences(expected, dock):
    """What the ranking now in ``dock`` recorded differently from ``expected`` (apply_to_map's applied_with)."""
    if not expected or dock.layer is None:
        return [PriorityExplorer.tr('settings')]
    differs = []
    if list(dock.keys) != expected['keys']:
        differs.append(PriorityExplorer.tr('criteria'))
    elif any(abs(float(a) - b) > 1e-5 for a, b in zip(dock.base_weights / max(dock.base_weights.sum(), 1e-12),
                                                       expected['weights'])):
        differs.append(PriorityExplorer.tr('weights'))
    if dock.method != expected['method'] or dock.missing != expected['missing']:
        differs.append(PriorityExplorer.tr('method or missing-data rule'))
    cell = dock.settings.get('cell')
    if expected['cell'] is None or cell is None or abs(float(cell) - float(expected['cell'])) > 1e-9:
        differs.append(PriorityExplorer.tr('cell size'))
    if dock.functions != expected['functions']:
        differs.append(PriorityExplorer.tr('value functions'))
    return differs


def _stable_text(value):
    """'yes'/'no' from the saved sensitivity (valid for the run's weights), '' when not known."""
    if value is None or value != value or str(value) == 'NULL':
        return ''
    return PriorityExplorer.tr('yes') if value else PriorityExplorer.tr('no')


def _name_field(layer):
    """The field that names the settlements (names.name_field: a name field in the city's language, else a
    text field of mostly distinct values, else the key), else the layer's first field."""
    from ..qgis_side.names import name_field
    found, _ = name_field(layer, key='settlement_id' if layer.fields().lookupField('settlement_id') >= 0 else None)
    names = layer.fields().names()
    return found or (names[0] if names else '')
