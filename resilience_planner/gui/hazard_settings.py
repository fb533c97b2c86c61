"""The priority map's hazard settings in its Processing dialog: one row per chosen hazard, by name.

The parameter stays a QgsProcessingParameterMatrix of six columns (hazard, value function, low, high,
class scores, weight), so qgis_process, the workflow model and the batch pass what they passed before.
This widget only writes that table for the person at the dialog: each hazard raster chosen above gets a
row with its layer name, its value function chosen from a list, the bounds that function needs, and its
weight. A row left as it came (linear from 0, High from the data, weight 1) is not written: it is what the
algorithm does for a hazard without a row, and it leaves the algorithm free to refuse a classed raster
that nobody scored.

The batch and the modeler keep QGIS's own matrix widget (their values can be model inputs).
"""
import os

from qgis.core import QgsMapLayer, QgsProject
from qgis.gui import QgsGui, QgsProcessingGui
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..qgis_side.translation import Context

try:
    from processing.gui.wrappers import WidgetWrapper
except ImportError:              # a Processing without its Python wrappers (they are marked for removal in
    WidgetWrapper = None         # QGIS 4): the dialog then shows QGIS's own matrix widget, as before

#: The value functions a row offers, as the table names them (core.priority.value_function reads them).
FUNCTIONS = ('linear', 'step', 'classes')
COLUMNS = 6


HazardSettings = Context('HazardSettings')


def function_labels():
    return {'linear': HazardSettings.tr('Linear'), 'step': HazardSettings.tr('Step'),
            'classes': HazardSettings.tr('Classes')}


def function_tips():
    return {'linear': HazardSettings.tr('0 at Low, 1 at High, straight '
                                        'between'), 'step': HazardSettings.tr('1 from the threshold up, 0 below'),
            'classes': HazardSettings.tr('A score from 0 to 1 for each class code')}


def matrix_rows(value):
    """The table's rows from a parameter value: a flat list of 6 × n values (or a comma-separated text,
    as a saved setting can hold it), each row [hazard, function, low, high, classes, weight] as text."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(',') if value.strip() else []
    cells = ['' if v is None or str(v) == 'NULL' else str(v).strip() for v in value]
    if len(cells) % COLUMNS:
        return []
    return [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]


def row_index(label, names):
    """Which hazard a table row names: its layer name (exactly, then ignoring case) or its position
    (1 = first), as the algorithm reads it; None when it names none of them."""
    if label in names:
        return names.index(label)
    lowered = [name.lower() for name in names]
    if label.lower() in lowered:
        return lowered.index(label.lower())
    try:
        position = float(label)
    except ValueError:
        return None
    if position.is_integer() and 1 <= position <= len(names):
        return int(position) - 1
    return None


def layer_name(value):
    """The layer name the algorithm will see for one value of the hazard-rasters parameter (a layer, a
    project layer's id, or a file path, whose layer takes the file's base name)."""
    if isinstance(value, QgsMapLayer):
        return value.name()
    text = str(value)
    project = QgsProject.instance()
    layer = project.mapLayer(text)
    if layer is not None:
        return layer.name()
    # A path: the algorithm takes the project's layer on that file when there is one (by its name).
    for layer in project.mapLayers().values():
        if layer.source() == text:
            return layer.name()
    return os.path.splitext(os.path.basename(text.split('|')[0]))[0]


class HazardRow(QFrame):
    """One hazard: its name, the value function, the bounds that function needs, the weight."""

    changed = pyqtSignal()

    def __init__(self, name, known=True, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName('hazard_row')
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 4)
        title = QLabel('<b>{0}</b>'.format(name) if known
                       else HazardSettings.tr('<b>{0}</b> (not among the hazard rasters: this row is kept as it '
                                              'is)').format(name))
        title.setToolTip(name)
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 4)
        self.function = QComboBox()
        self.function.setObjectName('function')
        tips = function_tips()
        for key, label in function_labels().items():
            self.function.addItem(label, key)
            self.function.setItemData(self.function.count() - 1, tips[key], Qt.ItemDataRole.ToolTipRole)
        self.function.setToolTip(HazardSettings.tr('How the hazard\'s values become a 0–1 score'))
        grid.addWidget(self.function, 1, 0, 1, 2)
        grid.addWidget(QLabel(HazardSettings.tr('Weight')), 1, 2)
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName('weight')
        self.weight.setRange(0.0, 1000.0)
        self.weight.setDecimals(2)
        self.weight.setSingleStep(0.5)
        self.weight.setValue(1.0)
        self.weight.setToolTip(HazardSettings.tr('The hazard\'s weight; the weights of all criteria are normalised to '
                                                 'sum 1'))
        grid.addWidget(self.weight, 1, 3)
        self.low_label = QLabel(HazardSettings.tr('Low'))
        self.low = QLineEdit()
        self.low.setObjectName('low')
        self.high_label = QLabel(HazardSettings.tr('High'))
        self.high = QLineEdit()
        self.high.setObjectName('high')
        for edit in (self.low, self.high):
            edit.setValidator(QDoubleValidator())
        self.high.setPlaceholderText(HazardSettings.tr('95th percentile'))
        self.high.setToolTip(HazardSettings.tr('Empty: the 95th percentile of the values above Low inside the '
                                               'boundary'))
        self.classes = QLineEdit()
        self.classes.setObjectName('classes')
        self.classes.setPlaceholderText(HazardSettings.tr('e.g. 1:0.3; 2:0.7; 3:1; other:0'))
        self.classes.setToolTip(HazardSettings.tr('A score from 0 to 1 for each class code; "other:0" scores every '
                                                  'class not listed'))
        bounds = QHBoxLayout()
        bounds.setContentsMargins(0, 0, 0, 0)
        for widget in (self.low_label, self.low, self.high_label, self.high, self.classes):
            bounds.addWidget(widget)
        grid.addLayout(bounds, 2, 0, 1, 4)
        self.function.currentIndexChanged.connect(self._show_fields)
        for signal in (self.function.currentIndexChanged, self.weight.valueChanged, self.low.textChanged,
                       self.high.textChanged, self.classes.textChanged):
            signal.connect(self.changed)
        self._show_fields()

    def _show_fields(self):
        kind = self.kind()
        self.low_label.setText(HazardSettings.tr('Threshold') if kind == 'step' else HazardSettings.tr('Low'))
        self.low.setPlaceholderText(HazardSettings.tr('required') if kind == 'step' else '0')
        for widget in (self.low_label, self.low):
            widget.setVisible(kind in ('linear', 'step'))
        for widget in (self.high_label, self.high):
            widget.setVisible(kind == 'linear')
        self.classes.setVisible(kind == 'classes')

    def kind(self):
        return self.function.currentData()

    def set_cells(self, cells):
        """Show a table row's values ([hazard, function, low, high, classes, weight], as text)."""
        _, kind, low, high, classes, weight = cells
        kind = kind.lower() or 'linear'
        kind = {'threshold': 'step', 'class': 'classes', 'categories': 'classes', 'lin': 'linear'}.get(kind, kind)
        index = self.function.findData(kind)
        self.function.setCurrentIndex(max(index, 0))
        self.low.setText(low)
        self.high.setText(high)
        self.classes.setText(classes)
        try:
            self.weight.setValue(float(weight) if weight else 1.0)
        except ValueError:
            self.weight.setValue(1.0)

    def cells(self):
        """The row as the table holds it, or None when it says no more than a hazard without a row."""
        kind = self.kind()
        low = self.low.text().strip() if kind in ('linear', 'step') else ''
        high = self.high.text().strip() if kind == 'linear' else ''
        classes = self.classes.text().strip() if kind == 'classes' else ''
        weight = self.weight.value()
        if kind == 'linear' and not low and not high and weight == 1.0:
            return None
        return [self.name, kind, low, high, classes, '{0:g}'.format(weight)]


class HazardSettingsWidget(QWidget):
    """A row for each chosen hazard raster, named; the value is the six-column table's flat list."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName('hazard_settings')
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName('note')
        layout.addWidget(self.note)
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        self.names = []
        self.rows = []
        self.pending = []           # rows of a value that name no hazard chosen (yet)
        self._rebuild([])

    def set_hazards(self, names):
        """Show one row per hazard name, keeping what was entered for a hazard still chosen."""
        if list(names) == self.names:
            return
        kept = self._all_cells()
        self.names = list(names)
        self._rebuild(kept)

    def set_value(self, value):
        self._rebuild(matrix_rows(value))
        self.changed.emit()

    def value(self):
        return [cell for cells in self._all_cells() for cell in cells]

    def _all_cells(self):
        cells = [row.cells() for row in self.rows[:len(self.names)]]
        return [c for c in cells if c is not None] + self.pending

    def _rebuild(self, table):
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        given, self.pending = {}, []
        for cells in table:
            index = row_index(cells[0], self.names)
            if index is None:
                self.pending.append(cells)
            else:
                given[index] = cells
        names = self.names + [cells[0] for cells in self.pending]
        for index, name in enumerate(names):
            row = HazardRow(name, known=index < len(self.names))
            if index in given:
                row.set_cells(given[index])
            elif index >= len(self.names):
                row.set_cells(self.pending[index - len(self.names)])
                row.setEnabled(False)
            row.changed.connect(self.changed)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        if not self.names:
            self.note.setText(HazardSettings.tr('Choose the hazard rasters above: each one gets its row here, by its '
                                                'name.'))
        else:
            self.note.setText(HazardSettings.tr('How each hazard\'s values become a 0–1 score, and its weight. A '
                                                'classed hazard needs Classes with a score for each class.'))


class HazardSettingsWrapper(WidgetWrapper or object):
    """The widget wrapper named by the HAZARD_SETTINGS parameter's metadata; ``hazards`` is the name of the
    hazard-rasters parameter whose layers make the rows."""

    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        # The batch and the modeler keep QGIS's matrix widget: their values may be model inputs or a
        # column of a batch, which this widget cannot show.
        kind = dialog.__class__.__name__
        if WidgetWrapper is None or kind in ('BatchAlgorithmDialog', 'ModelerParametersDialog'):
            registry = QgsGui.processingGuiRegistry()
            if kind == 'ModelerParametersDialog':
                wrapper = registry.createModelerParameterWidget(dialog.model, dialog.childId, param, dialog.context)
            else:
                widget_type = (QgsProcessingGui.WidgetType.Batch if kind == 'BatchAlgorithmDialog'
                               else QgsProcessingGui.WidgetType.Standard)
                wrapper = registry.createParameterWidgetWrapper(param, widget_type)
            if isinstance(dialog, QDialog):
                wrapper.setDialog(dialog)
            return wrapper
        return super().__new__(cls)

    def createWidget(self, hazards='HAZARDS'):
        self.hazards_parameter = hazards
        widget = HazardSettingsWidget()
        widget.changed.connect(lambda: self.widgetValueHasChanged.emit(self))
        return widget

    def postInitialize(self, wrappers):
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == self.hazards_parameter:
                self.hazards_changed(wrapper)
                wrapper.widgetValueHasChanged.connect(self.hazards_changed)
                break

    def hazards_changed(self, wrapper):
        value = wrapper.parameterValue()
        if value is None or value == '':
            value = []
        elif not isinstance(value, (list, tuple)):
            value = [value]
        self.widget.set_hazards([layer_name(v) for v in value])

    def setValue(self, value):
        self.widget.set_value(value)

    def value(self):
        return self.widget.value()


# ---------------------------------------------------------------------- exposure rules, one per hazard

class ExposureRulesWidget(QWidget):
    """THRESHOLDS beside each hazard: a rule box under each chosen hazard raster's name. The value stays
    the comma-separated text, one rule per hazard in the rasters' order (empty: every hazard above 0)."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName('exposure_rules')
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName('note')
        self.names = []
        self.edits = []
        self.rules = {}              # the rule typed for each hazard name, kept while the hazards change
        self.pending = []            # rules of a value beyond the hazards chosen (the algorithm says so)
        self._rebuild()

    def set_hazards(self, names):
        if list(names) == self.names:
            return
        self._remember()
        if not self.names and self.pending:
            # A value set before the hazards were known: its rules go to the hazards by position.
            for name, rule in zip(names, self.pending):
                self.rules.setdefault(name, rule)
            self.pending = self.pending[len(names):]
        self.names = list(names)
        self._rebuild()

    def set_value(self, value):
        text = '' if value is None else str(value)
        parts = [part.strip() for part in text.split(',')] if text.strip() else []
        self.rules = dict(zip(self.names, parts))
        self.pending = parts[len(self.names):]
        self._rebuild()
        self.changed.emit()

    def value(self):
        self._remember()
        parts = [self.rules.get(name, '') for name in self.names] + self.pending
        return ', '.join(parts) if any(parts) else ''

    def _remember(self):
        for name, edit in zip(self.names, self.edits):
            self.rules[name] = edit.text().strip()

    def _rebuild(self):
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.note:
                item.widget().deleteLater()
        self.edits = []
        self.grid.addWidget(self.note, 0, 0, 1, 2)
        for row, name in enumerate(self.names, start=1):
            label = QLabel('<b>{0}</b>'.format(name))
            label.setToolTip(name)
            label.setWordWrap(True)
            edit = QLineEdit(self.rules.get(name, ''))
            edit.setObjectName('rule')
            edit.setPlaceholderText(HazardSettings.tr('above 0'))
            edit.setToolTip(HazardSettings.tr('Exposed where: a number (the value is at least it, e.g. 0.5), a '
                                              'comparison (>=0.5, <2) or classes (=1|2). Empty: any value above 0. A '
                                              'classed hazard needs its classes.'))
            edit.textChanged.connect(self.changed)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(edit, row, 1)
            self.edits.append(edit)
        self.grid.setColumnStretch(1, 1)
        if not self.names:
            self.note.setText(HazardSettings.tr('Choose the hazard rasters above: each one gets its rule box here, by '
                                                'its name.'))
        elif self.pending:
            self.note.setText(HazardSettings.tr('{0} more rule(s) than hazard rasters: {1}. Remove them or choose '
                                                'their hazards.').format(len(self.pending), ', '.join(self.pending)))
        else:
            self.note.setText(HazardSettings.tr('Where each hazard counts as exposed:'))


class ExposureRulesWrapper(HazardSettingsWrapper):
    """The widget wrapper named by a THRESHOLDS parameter's metadata (standard dialog only, like the
    hazard settings)."""

    def createWidget(self, hazards='HAZARDS'):
        self.hazards_parameter = hazards
        widget = ExposureRulesWidget()
        widget.changed.connect(lambda: self.widgetValueHasChanged.emit(self))
        return widget
