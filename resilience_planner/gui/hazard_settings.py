"""The priority map's hazard settings in its Processing dialog: one row per chosen hazard, by name.

The parameter stays a QgsProcessingParameterMatrix of six columns (hazard, value function, low, high,
class scores, weight), so qgis_process, the workflow model and the batch pass what they passed before.
This widget only writes that table for the person at the dialog: each hazard raster chosen above gets a
row with its layer name, its value function chosen from a list, the bounds that function needs, and its
weight. A row left as it came (linear from 0, High from the data, weight 1) is not written: it is what the
algorithm does for a hazard without a row, and it leaves the algorithm free to refuse a classed raster
that nobody scored.

The rows and the rule boxes belong to a chosen layer (its id or path), never to its name: two hazards may
share a name, and then a row names its hazard by position and its title adds the position and the file.
Numbers are written as the engine reads them (a '.' point, whatever the locale; weights to six decimals).

The batch and the modeler keep QGIS's own matrix widget (their values can be model inputs).
"""
import os

from qgis.core import QgsMapLayer, QgsProject
from qgis.gui import QgsGui, QgsProcessingGui
from qgis.PyQt.QtCore import QLocale, Qt, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator, QValidator
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

from ..qgis_side.hazards import row_index
from ..qgis_side.translation import Context

try:
    from processing.gui.wrappers import WidgetWrapper
except ImportError:              # a Processing without its Python wrappers (they are marked for removal in
    WidgetWrapper = None         # QGIS 4): the dialog then shows QGIS's own matrix widget, as before

#: The value functions a row offers, as the table names them (core.priority.value_function reads them).
FUNCTIONS = ('linear', 'step', 'classes')
COLUMNS = 6
#: A weight's decimals: the explorer saves weights such as 0.083333 (1/12), which must come back as they went.
WEIGHT_DECIMALS = 6


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


def decimal_comma():
    """Whether the person's locale writes 0,5 for a half (a ',' typed in a number box then means '.')."""
    return QLocale().decimalPoint() == ','


def without_commas(text):
    """A typed text with no ',' left: the parameter values are comma-separated, and the engine reads '.' as
    the decimal point. Where the locale writes 0,5 a ',' is that point and becomes '.'; elsewhere it is a
    thousands separator (1,000), which the engine would refuse, so it is None (refused as typed)."""
    if ',' not in text:
        return text
    return text.replace(',', '.') if decimal_comma() else None


class NumberValidator(QDoubleValidator):
    """A number as the engine reads it, whatever the locale: '.' as the decimal point, no thousands
    separator (QDoubleValidator() follows the locale: in French it swallowed the '.' of 2.5 and kept 0,5,
    which the engine refuses)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        locale = QLocale.c()
        locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
        self.setLocale(locale)

    def validate(self, text, position):
        typed = without_commas(text)
        if typed is None:
            return QValidator.State.Invalid, text, position
        state, _, _ = super().validate(typed, position)
        return state, typed, position


class RuleValidator(QValidator):
    """An exposure rule box takes no ',' (it separates the rules); a decimal comma becomes '.'."""

    def validate(self, text, position):
        typed = without_commas(text)
        if typed is None:
            return QValidator.State.Invalid, text, position
        return QValidator.State.Acceptable, typed, position


class WeightBox(QDoubleSpinBox):
    """A weight with up to six decimals, shown without trailing zeros (1, 0.45, 0.083333)."""

    def textFromValue(self, value):
        text = self.locale().toString(float(value), 'f', self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip('0').rstrip(point) if point in text else text

    def sizeHint(self):
        return self._wide_enough(super().sizeHint())

    def minimumSizeHint(self):
        return self._wide_enough(super().minimumSizeHint())

    def _wide_enough(self, hint):
        # Qt sizes the box for its maximum's text (1000, without decimals here): room for 10.083333.
        metrics = self.fontMetrics()
        shown = metrics.horizontalAdvance(self.textFromValue(self.maximum()))
        wanted = metrics.horizontalAdvance(self.locale().toString(10.0, 'f', self.decimals()))
        hint.setWidth(hint.width() + max(0, wanted - shown))
        return hint


def weight_text(value):
    """A weight as the table holds it: up to six decimals, no trailing zeros."""
    text = '{0:.{1}f}'.format(value, WEIGHT_DECIMALS).rstrip('0').rstrip('.')
    return text if text not in ('', '-0') else '0'


class Hazard:
    """One chosen hazard raster, as the rows know it: ``key`` is the hazard-rasters parameter's value for it
    (a layer id or a file path: two layers may share a name, never a key), ``name`` the layer name the
    algorithm sees, ``source`` its file."""

    def __init__(self, key, name, source=''):
        self.key, self.name, self.source = key, name, source

    def __eq__(self, other):
        return isinstance(other, Hazard) and (self.key, self.name, self.source) == (other.key, other.name,
                                                                                    other.source)

    def __repr__(self):
        return 'Hazard({0!r}, {1!r})'.format(self.key, self.name)


def hazard_list(items):
    """Hazards from names (str) or Hazard objects; a name alone is its own key. A key chosen twice gets its
    position in it, so that every hazard keeps its own rows."""
    hazards, seen = [], {}
    for item in items:
        hazard = item if isinstance(item, Hazard) else Hazard(item, item)
        count = seen.get(hazard.key, 0)
        seen[hazard.key] = count + 1
        if count:
            hazard = Hazard((hazard.key, count), hazard.name, hazard.source)
        hazards.append(hazard)
    return hazards


def titles(hazards):
    """The title of each hazard's row: its name, and where two hazards share it, its position and file."""
    names = [hazard.name for hazard in hazards]
    result = []
    for index, hazard in enumerate(hazards):
        if names.count(hazard.name) > 1:
            source = os.path.basename(hazard.source.split('|')[0]) if hazard.source else ''
            result.append(HazardSettings.tr('{0} (hazard {1}{2})').format(hazard.name, index + 1,
                                                            ', ' + source if source else ''))
        else:
            result.append(hazard.name)
    return result


def row_label(index, names):
    """How the table names hazard ``index``: its layer name, or its position (1 = first) where another
    hazard has the same name (the algorithm would give both rows to the first of them)."""
    name = names[index]
    if names.count(name) > 1 or row_index(name, names) != index:
        return str(index + 1)
    return name


def source_of(value):
    """The file behind one value of the hazard-rasters parameter (a layer, a layer id or a path)."""
    if isinstance(value, QgsMapLayer):
        return value.source()
    layer = QgsProject.instance().mapLayer(str(value))
    return layer.source() if layer is not None else str(value)


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

    def __init__(self, name, known=True, parent=None, title=None):
        super().__init__(parent)
        self.name = name
        self.label = name            # how value() names the hazard (its position where names repeat)
        self.given_weight = None     # the weight's text as it came, kept while the box shows that value
        self.setObjectName('hazard_row')
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 4)
        shown = title or name
        self.title = QLabel('<b>{0}</b>'.format(shown) if known else HazardSettings.tr(
            '<b>{0}</b> (not among the hazard rasters: this row is kept as it is)').format(shown))
        self.title.setToolTip(shown)
        self.title.setWordWrap(True)
        grid.addWidget(self.title, 0, 0, 1, 4)
        self.function = QComboBox()
        self.function.setObjectName('function')
        tips = function_tips()
        for key, label in function_labels().items():
            self.function.addItem(label, key)
            self.function.setItemData(self.function.count() - 1, tips[key], Qt.ItemDataRole.ToolTipRole)
        self.function.setToolTip(HazardSettings.tr('How the hazard\'s values become a 0–1 score'))
        grid.addWidget(self.function, 1, 0, 1, 2)
        grid.addWidget(QLabel(HazardSettings.tr('Weight')), 1, 2)
        self.weight = WeightBox()
        self.weight.setObjectName('weight')
        self.weight.setRange(0.0, 1000.0)
        self.weight.setDecimals(WEIGHT_DECIMALS)
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
            edit.setValidator(NumberValidator(edit))
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
        else:
            self.given_weight = (weight, self.weight.value()) if weight else None

    def cells(self):
        """The row as the table holds it, or None when it says no more than a hazard without a row."""
        kind = self.kind()
        low = self.low.text().strip() if kind in ('linear', 'step') else ''
        high = self.high.text().strip() if kind == 'linear' else ''
        classes = self.classes.text().strip() if kind == 'classes' else ''
        weight = self.weight.value()
        if kind == 'linear' and not low and not high and weight == 1.0:
            return None
        if self.given_weight is not None and self.given_weight[1] == weight:
            text = self.given_weight[0]          # as it came (1/12 written with 12 decimals stays so)
        else:
            text = weight_text(weight)
        return [self.label, kind, low, high, classes, text]


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
        self.hazards = []
        self.names = []
        self.rows = []
        self.pending = []           # rows of a value that name no hazard chosen (yet)
        self.aside = {}             # the rows of hazards no longer chosen, by key
        self._rebuild([])

    def set_hazards(self, hazards):
        """Show one row per hazard (names or Hazard objects), keeping what was entered for a hazard still
        chosen: by its key (layer id or path), since two hazards may share a name."""
        hazards = hazard_list(hazards)
        if hazards == self.hazards:
            return
        kept = {hazard.key: row.cells() for hazard, row in zip(self.hazards, self.rows)}
        names = [hazard.name for hazard in hazards]
        keys = {hazard.key for hazard in hazards}
        table, pending = [], list(self.pending)
        for index, hazard in enumerate(hazards):
            cells = kept.get(hazard.key)
            if cells is None and hazard.key in self.aside:
                cells = self.aside.pop(hazard.key)
                if cells in pending:
                    pending.remove(cells)
            if cells is not None:
                table.append(['{0}'.format(index + 1)] + cells[1:])     # by its new position
        for hazard in self.hazards:
            cells = kept.get(hazard.key)
            if hazard.key not in keys and cells is not None:
                # A hazard no longer chosen: its row waits aside (in the value under its name, where that
                # name is no other hazard's) and comes back when the hazard is chosen again.
                cells = [hazard.name] + cells[1:]
                self.aside[hazard.key] = cells
                if hazard.name not in names:
                    pending.append(cells)
        self.hazards = hazards
        self.names = names
        self._rebuild(table + pending)

    def set_value(self, value):
        self.aside = {}
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
                given.setdefault(index, cells)
        names = self.names + [cells[0] for cells in self.pending]
        shown = titles(self.hazards) + [cells[0] for cells in self.pending]
        for index, name in enumerate(names):
            row = HazardRow(name, known=index < len(self.names), title=shown[index])
            if index < len(self.names):
                row.label = row_label(index, self.names)
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
        self.widget.set_hazards([Hazard(v.id() if isinstance(v, QgsMapLayer) else str(v), layer_name(v),
                                        source_of(v)) for v in value])

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
        self.hazards = []
        self.names = []
        self.edits = []
        self.rules = {}              # the rule typed for each hazard's key (layer id or path: two layers may
        #                              share a name), kept while the hazards change
        self.pending = []            # rules of a value beyond the hazards chosen (the algorithm says so)
        self._rebuild()

    def set_hazards(self, hazards):
        hazards = hazard_list(hazards)
        if hazards == self.hazards:
            return
        self._remember()
        if not self.hazards and self.pending:
            # A value set before the hazards were known: its rules go to the hazards by position.
            for hazard, rule in zip(hazards, self.pending):
                self.rules.setdefault(hazard.key, rule)
            self.pending = self.pending[len(hazards):]
        self.hazards = hazards
        self.names = [hazard.name for hazard in hazards]
        self._rebuild()

    def set_value(self, value):
        text = '' if value is None else str(value)
        parts = [part.strip() for part in text.split(',')] if text.strip() else []
        self.rules = {hazard.key: part for hazard, part in zip(self.hazards, parts)}
        self.pending = parts[len(self.hazards):]
        self._rebuild()
        self.changed.emit()

    def value(self):
        self._remember()
        parts = [self.rules.get(hazard.key, '') for hazard in self.hazards] + self.pending
        return ', '.join(parts) if any(parts) else ''

    def _remember(self):
        for hazard, edit in zip(self.hazards, self.edits):
            self.rules[hazard.key] = edit.text().strip()

    def _rebuild(self):
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.note:
                item.widget().deleteLater()
        self.edits = []
        self.grid.addWidget(self.note, 0, 0, 1, 2)
        for row, (hazard, title) in enumerate(zip(self.hazards, titles(self.hazards)), start=1):
            label = QLabel('<b>{0}</b>'.format(title))
            label.setToolTip(title)
            label.setWordWrap(True)
            edit = QLineEdit(self.rules.get(hazard.key, ''))
            edit.setObjectName('rule')
            edit.setValidator(RuleValidator(edit))
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
