"""Small horizontal bar charts drawn with QPainter, for the docks."""
from qgis.PyQt.QtCore import QCoreApplication, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..qgis_side.translation import localized

ROW = 18
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BarChart(QWidget):
    """Labelled bars, one a row: ``set_rows([(label, value or None, QColor), ...])``.

    ``maximum`` fixes the full-width value (1.0 for scores); without it the largest value
    fills the width. ``outline`` draws the full-width box behind each bar. ``groups`` (one per
    row) scales each group on its own: costs in different currencies are never drawn against one
    another.
    """

    def __init__(self, parent=None, maximum=None, pattern='{0:,.0f}', outline=False, value_width=90):
        super().__init__(parent)
        self.rows = []
        self.groups = []
        self.maximum = maximum
        # a text pattern writes its numbers as the dock's language does; an object with format() as it does
        self.pattern = localized(pattern) if isinstance(pattern, str) else pattern
        self.outline = outline
        self.value_width = value_width
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_rows(self, rows, groups=None):
        self.rows = list(rows)
        self.groups = list(groups) if groups is not None else [None] * len(self.rows)
        self.setMinimumHeight(ROW * max(1, len(self.rows)) + 8)
        self.update()

    def share(self, row):
        """The part of the full width row ``row``'s bar fills: its value over the largest of its group."""
        value = self.rows[row][1]
        if value is None:
            return None
        group = self.groups[row]
        top = self.maximum or max([v for (_, v, _), g in zip(self.rows, self.groups)
                                   if v is not None and g == group] + [0.0]) or 1.0
        return min(1.0, value / top)

    def sizeHint(self):
        return QSize(240, ROW * max(1, len(self.rows)) + 8)

    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            metrics = painter.fontMetrics()
            label_width = max([metrics.horizontalAdvance(str(label)) for label, _, _ in self.rows] + [40]) + 8
            width = max(20, self.width() - label_width - self.value_width)
            for row, (label, value, colour) in enumerate(self.rows):
                y = 4 + row * ROW
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(0, y - 1, label_width - 4, ROW), RIGHT_MIDDLE, str(label))
                if value is None:
                    painter.drawText(QRectF(label_width, y, width, 16), LEFT_MIDDLE,
                                     QCoreApplication.translate('BarChart', 'no data'))
                    continue
                painter.fillRect(QRectF(label_width, y + 2, width * self.share(row), 12), QColor(colour))
                if self.outline:
                    painter.drawRect(QRectF(label_width, y + 2, width, 12))
                painter.drawText(QRectF(label_width + width + 4, y, self.value_width - 4, 16),
                                 LEFT_MIDDLE, self.pattern.format(value))
        finally:
            painter.end()
