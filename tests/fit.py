"""Does a window fit a municipal laptop? (../shared/FIELD.md, "A laptop screen").

1366 x 768 with QGIS's own panels open: every dock fits beside the map at no more than 420 px wide,
every dialog fits in 1366 x 700, and every button a person needs lies on the screen. The checks
read Qt's real geometry (minimumSizeHint, mapToGlobal, visibleRegion); run them in a main window
sized to the laptop (``laptop_main_window``) so the docks are laid out as QGIS lays them out.
"""
from qgis.PyQt.QtCore import QPoint, QRect
from qgis.PyQt.QtWidgets import QAbstractButton

SCREEN = QRect(0, 0, 1366, 768)
DIALOG_AREA = QRect(0, 0, 1366, 700)
DOCK_WIDTH = 420


def laptop_main_window(qgis_iface, qtbot):
    """pytest-qgis's main window (a real QMainWindow with a map canvas) at the laptop's size."""
    window = qgis_iface.mainWindow()
    window.setGeometry(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


def global_rect(widget):
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def buttons_off_screen(window, area=SCREEN):
    """The text (or object name) of every button shown in ``window`` that does not lie wholly inside
    ``area`` or is hidden by its parents' clipping (a scroll area scrolled away, a splitter closed)."""
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.isVisible():
            continue                        # on a tab page not shown, or deliberately hidden
        name = button.text() or button.toolTip() or button.objectName() or type(button).__name__
        rect = global_rect(button)
        if not area.contains(rect):
            problems.append('{0} at {1},{2} {3}x{4}'.format(name, rect.x(), rect.y(), rect.width(), rect.height()))
        elif button.visibleRegion().isEmpty():
            problems.append('{0} (clipped by its parents)'.format(name))
    return problems


def dock_problems(dock, window):
    """What keeps ``dock`` from fitting beside the map: a minimum width over DOCK_WIDTH, a window
    pushed wider than the screen, buttons off the screen."""
    problems = []
    width = dock.minimumSizeHint().width()
    if width > DOCK_WIDTH:
        problems.append('minimum width {0} px > {1} px'.format(width, DOCK_WIDTH))
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        problems.append('main window grew to {0}x{1}'.format(window.width(), window.height()))
    problems.extend(buttons_off_screen(dock))
    return problems


def dialog_problems(dialog, area=DIALOG_AREA):
    """What keeps ``dialog`` from fitting in ``area``: its minimum size, its default size, its buttons."""
    problems = []
    hint = dialog.minimumSizeHint()
    if hint.width() > area.width() or hint.height() > area.height():
        problems.append('minimum size {0}x{1} > {2}x{3}'.format(hint.width(), hint.height(), area.width(),
                                                               area.height()))
    if dialog.width() > area.width() or dialog.height() > area.height():
        problems.append('opens at {0}x{1} > {2}x{3}'.format(dialog.width(), dialog.height(), area.width(),
                                                           area.height()))
    problems.extend(buttons_off_screen(dialog, area))
    return problems
