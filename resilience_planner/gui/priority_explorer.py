"""The Priority explorer: a dock that lists settlements by priority, explains each one, and
re-ranks live when the planner moves the weights.

It reads a ranking written by ``resilienceplanner:prioritymap``: the criterion means
(``s_*`` fields) and the settings (``priority_settings``) are cached once, and every weight
change re-ranks from that cache with the engine's own formula. No overlay is recomputed.
"""
import json
import logging

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..qgis_side.layers import as_float
from .charts import BarChart

logger = logging.getLogger(__name__)



def tr(text):
    return QCoreApplication.translate('PriorityExplorer', text)


class ScoreChart(BarChart):
    """One settlement's criterion scores (0-1); criteria without weight are grey."""

    def __init__(self, parent=None):
        super().__init__(parent, maximum=1.0, pattern='{0:.2f}', outline=True, value_width=44)
        self.bars = []                       # (label, score or None, weight share)

    def set_scores(self, labels, scores, weights):
        self.bars = [(label, None if score != score else float(score), float(weight))
                     for label, score, weight in zip(labels, scores, weights)]
        self.set_rows([(label, score, '#bd0026' if weight > 0 else '#bdbdbd') for label, score, weight in self.bars])


class PriorityExplorerDock(QgsDockWidget):
    """Settlements by priority, with drivers, a score chart and live weights."""

    RANK, NAME, PRIORITY, DRIVER_1, DRIVER_2, STABLE = range(6)

    def __init__(self, iface, parent=None):
        super().__init__(tr('Priority explorer'), parent)
        self.setObjectName('ResiliencePlannerPriorityExplorer')
        self.iface = iface
        self.layer = None
        self.keys, self.names, self.fids = [], [], []
        self.labels, self.stable = {}, {}
        self.means = None
        self.base_weights = None
        self.method, self.missing = 'sum', 'reweight'
        self.scores = self.ranks = None
        self.sliders = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        form.addRow(tr('Ranking layer'), self.layer_combo)
        self.name_field = QgsFieldComboBox(body)
        form.addRow(tr('Name field'), self.name_field)
        layout.addLayout(form)
        self.status = QLabel(tr('Choose the Ranking output of "Citywide resilience priorities".'), body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.weights_box = QFormLayout()
        layout.addLayout(self.weights_box)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(tr('Reset weights'), body)
        self.reset_button.clicked.connect(self.reset_weights)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 6, body)
        self.table.setHorizontalHeaderLabels([tr('Rank'), tr('Settlement'), tr('Priority'), tr('Driver 1'),
                                              tr('Driver 2'), tr('Stable')])
        self.table.horizontalHeaderItem(self.STABLE).setToolTip(tr(
            'Whether the settlement kept its quintile in at least 90 % of the sensitivity runs around the '
            'weights of the run (not the sliders).'))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.chart_title = QLabel('', body)
        layout.addWidget(self.chart_title)
        self.chart = ScoreChart(body)
        layout.addWidget(self.chart)
        self.setWidget(body)

        self.layer_combo.layerChanged.connect(self.set_layer)
        self.name_field.fieldChanged.connect(self._name_field_changed)

    # ------------------------------------------------------------------ loading

    def set_layer(self, layer):
        """Cache the criterion means and settings of a ranking layer, then rank."""
        self._clear()
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return False
        fields = layer.fields()
        if fields.lookupField('priority_settings') < 0:
            self.status.setText(tr('"{0}" is not a priority ranking (it has no priority_settings field). Choose the '
                                   'Ranking output of "Citywide resilience priorities".').format(layer.name()))
            return False
        import numpy as np
        settings = None
        rows = []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        for feature in layer.getFeatures(request):
            text = feature['priority_settings']
            if text:
                settings = settings or json.loads(text)
                rows.append(feature)
        if settings is None:
            self.status.setText(tr('No settlement in "{0}" was ranked.').format(layer.name()))
            return False
        missing = [key for key in settings['keys'] if fields.lookupField('s_' + key) < 0]
        if missing:
            self.status.setText(tr('"{0}" lacks the score fields {1}.').format(
                layer.name(), ', '.join('s_' + k for k in missing)))
            return False
        self.layer = layer
        self.keys = list(settings['keys'])
        self.method = settings.get('method', 'sum')
        self.missing = settings.get('missing', 'reweight')
        self.base_weights = np.array(settings['weights'], dtype=np.float64)
        self.fids = [f.id() for f in rows]
        # Read once here, not at every re-rank: the sliders only change scores and ranks.
        self.stable = _stable(rows) if fields.lookupField('rank_stable') >= 0 else {}
        self.means = np.array([[as_float(f['s_' + key]) for key in self.keys] for f in rows], dtype=np.float64)
        self.name_field.blockSignals(True)
        self.name_field.setLayer(layer)
        self.name_field.setField(_name_field(layer))
        self.name_field.blockSignals(False)
        self._name_field_changed(self.name_field.currentField())
        if self.layer_combo.currentLayer() is not layer:
            self.layer_combo.blockSignals(True)
            self.layer_combo.setLayer(layer)
            self.layer_combo.blockSignals(False)
        self._build_sliders()
        self.status.setText(tr('{0} settlements, weighted {1}. Move the weights to re-rank.').format(
            len(self.fids), self.method))
        self.rerank()
        return True

    def _clear(self):
        self.layer = None
        self.keys, self.fids = [], []
        self.labels, self.stable = {}, {}
        self.means = self.scores = self.ranks = None
        self.table.setRowCount(0)
        self.chart.set_scores([], [], [])
        self.chart_title.setText('')
        for _ in self.sliders:
            self.weights_box.removeRow(0)
        self.sliders = []

    def _build_sliders(self):
        for index, key in enumerate(self.keys):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setValue(int(round(self.base_weights[index] * 100)))
            slider.setObjectName('weight_' + key)
            label = QLabel()
            slider.valueChanged.connect(lambda _: self.rerank())
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(slider, 1)
            box.addWidget(label)
            self.weights_box.addRow(key, row)
            self.sliders.append((slider, label))

    # ------------------------------------------------------------------ ranking

    def weights(self):
        """The slider weights, normalised to sum 1 (all zero gives the saved weights)."""
        import numpy as np
        raw = np.array([slider.value() for slider, _ in self.sliders], dtype=np.float64)
        if raw.sum() <= 0:
            return self.base_weights
        return raw / raw.sum()

    def set_weight(self, key, value):
        """Set one criterion's slider (0-100), as a planner dragging it would."""
        self.sliders[self.keys.index(key)][0].setValue(int(value))

    def reset_weights(self):
        for (slider, _), weight in zip(self.sliders, self.base_weights):
            slider.blockSignals(True)
            slider.setValue(int(round(weight * 100)))
            slider.blockSignals(False)
        self.rerank()

    def rerank(self):
        """Score and rank every settlement from the cached criterion means with the current weights."""
        if self.means is None:
            return
        from ..core.indicators import competition_rank
        from ..core.priority import contribution_shares, settlement_scores
        weights = self.weights()
        for (_, label), weight in zip(self.sliders, weights):
            label.setText('{0:.0%}'.format(weight))
        self.scores = settlement_scores(self.means, weights, self.method, self.missing)
        self.ranks = competition_rank(self.scores)
        self.shares = contribution_shares(self.means, weights, self.method)
        self._fill_table()

    def ranked_fids(self):
        """Feature ids in the current order (rank 1 first)."""
        import numpy as np
        order = np.lexsort((np.arange(len(self.fids)), np.nan_to_num(self.ranks, nan=np.inf)))
        return [self.fids[i] for i in order if self.ranks[i] == self.ranks[i]]

    def _fill_table(self):
        if self.means is None or self.ranks is None:
            return
        import numpy as np
        labels, stable = self.labels, self.stable
        index_of = {fid: i for i, fid in enumerate(self.fids)}
        selected = self.selected_fid()
        order = self.ranked_fids()
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(order))
        for row, fid in enumerate(order):
            i = index_of[fid]
            drivers = np.argsort(-self.shares[i], kind='mergesort')[:2]
            texts = [self.keys[j] + ' {0:.0%}'.format(self.shares[i][j]) if self.shares[i][j] > 0 else ''
                     for j in drivers] + ['', '']
            cells = [_number_item(self.ranks[i], '{0:.0f}'), QTableWidgetItem(str(labels.get(fid, tr('(unnamed)')))),
                     _number_item(self.scores[i], '{0:.1f}'), QTableWidgetItem(texts[0]),
                     QTableWidgetItem(texts[1]), QTableWidgetItem(stable.get(fid, ''))]
            cells[0].setData(Qt.ItemDataRole.UserRole, fid)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if selected is not None and selected in index_of:
            self.select_fid(selected, zoom=False)

    def _name_field_changed(self, name_field):
        """Read the settlements' names once, when the name field is chosen."""
        from ..qgis_side.names import settlement_label
        self.labels = {}
        if self.layer is not None:
            fields = self.layer.fields()
            key = 'settlement_id' if fields.lookupField('settlement_id') >= 0 else None
            wanted = [f for f in (name_field, key) if f and fields.lookupField(f) >= 0]
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(wanted, fields)
            # A settlement without a name shows its key, never its feature id.
            self.labels = {f.id(): settlement_label(f, name_field, key, tr('(unnamed)'))
                           for f in self.layer.getFeatures(request)}
        self._fill_table()

    # ------------------------------------------------------------------ selection

    def selected_fid(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), self.RANK).data(Qt.ItemDataRole.UserRole)

    def select_fid(self, fid, zoom=True):
        """Select a settlement's row (as a click would)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, self.RANK).data(Qt.ItemDataRole.UserRole) == fid:
                self.table.blockSignals(not zoom)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                if not zoom:
                    self._show_chart(fid)
                return True
        return False

    def _selected(self):
        fid = self.selected_fid()
        if fid is None:
            return
        self._show_chart(fid)
        self.zoom_to(fid)

    def _show_chart(self, fid):
        i = self.fids.index(fid)
        row = [r for r in range(self.table.rowCount())
               if self.table.item(r, self.RANK).data(Qt.ItemDataRole.UserRole) == fid]
        name = self.table.item(row[0], self.NAME).text() if row else self.labels.get(fid, tr('(unnamed)'))
        self.chart_title.setText(tr('{0}: criterion scores (0–1); priority {1:.1f}').format(name, self.scores[i]))
        self.chart.set_scores(self.keys, self.means[i], self.weights())

    def zoom_to(self, fid):
        """Zoom the map to a settlement and select it in its layer."""
        if self.layer is None:
            return
        feature = self.layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        canvas = self.iface.mapCanvas()
        extent = feature.geometry().boundingBox()
        transform = QgsCoordinateTransform(self.layer.crs(), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        try:
            extent = transform.transformBoundingBox(extent)
        except Exception:  # a CRS QGIS cannot transform keeps the current view
            logger.warning('Cannot transform the extent of feature %s to the map CRS', fid)
            return
        extent.scale(1.5)
        canvas.setExtent(extent)
        canvas.refresh()
        self.layer.selectByIds([fid])


def _stable(features):
    """'yes'/'no' per feature id from the saved sensitivity (valid for the saved weights)."""
    out = {}
    for feature in features:
        value = feature['rank_stable']
        out[feature.id()] = '' if value is None or value != value else (tr('yes') if value else tr('no'))
    return out


def _number_item(value, pattern):
    item = QTableWidgetItem('' if value != value else pattern.format(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _name_field(layer):
    """The field that names the settlements (names.name_field: a name field in the city's language, else a
    text field of mostly distinct values, else the key), else the layer's first field."""
    from ..qgis_side.names import name_field
    found, _ = name_field(layer, key='settlement_id' if layer.fields().lookupField('settlement_id') >= 0 else None)
    names = layer.fields().names()
    return found or (names[0] if names else '')
