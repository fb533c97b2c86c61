"""Does a window fit a municipal laptop? (../shared/FIELD.md, "A laptop screen").

1366 x 768 with QGIS's own panels open: every dock fits beside the map at no more than 420 px wide,
every dialog fits in 1366 x 700, and every button a person needs lies on the screen. The checks
read Qt's real geometry (minimumSizeHint, mapToGlobal, visibleRegion); run them in a main window
sized to the laptop (``laptop_main_window``) so the docks are laid out as QGIS lays them out.
"""
from qgis.PyQt.QtCore import QPoint, QRect
from qgis.PyQt.QtWidgets import QAbstractButton, QAbstractScrollArea

SCREEN = QRect(0, 0, 1366, 768)
DIALOG_AREA = QRect(0, 0, 1366, 700)
DOCK_WIDTH = 420


def laptop_main_window(qgis_iface, qtbot):
    """pytest-qgis's main window (a real QMainWindow with a map canvas) filling the laptop's screen as a
    maximised window does: its frame on the screen's edges, its inside the screen less the frame.

    A platform adds its window frame outside the geometry a widget is given (the offscreen platform 2 px a
    side, and it moves a window given (0, 0) inside by that much): a window given the whole screen then has
    its inside 2 px past the right and bottom edges, and a right-docked dock's close button is counted off the
    screen though a real desktop would show it. So the inside is shrunk by the frame the platform reports; the
    buttons are then checked against the whole screen, with no tolerance (tests/test_fit.py)."""
    return on_the_laptop(qgis_iface.mainWindow(), qtbot)


def on_the_laptop(window, qtbot):
    """``window`` shown filling the laptop's screen, its frame on the screen's edges (laptop_main_window)."""
    window.setGeometry(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    fit_frame_to(window, SCREEN)
    return window


def fit_frame_to(window, area):
    """Give ``window`` the inside that puts its frame (the platform's) exactly on ``area``."""
    frame, inside = window.frameGeometry(), window.geometry()
    left, top = inside.left() - frame.left(), inside.top() - frame.top()
    right, bottom = frame.right() - inside.right(), frame.bottom() - inside.bottom()
    if frame != area:
        window.setGeometry(area.adjusted(left, top, -right, -bottom))


def global_rect(widget):
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def scroll_area_of(widget, window):
    """The innermost scroll area (below ``window``) whose viewport holds ``widget``, or None."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def unclipped_rect(widget, window):
    """The part of ``widget`` its parents (up to ``window``) leave visible, in global coordinates."""
    rect = global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None and rect.isValid():
        rect = rect.intersected(global_rect(parent))
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def reach_problem(widget, window, area, scrolling):
    """Why ``widget`` cannot be seen in ``area``, or None. With ``scrolling``, a widget in a scroll
    area counts as reachable when the scroll area can be seen (the user scrolls to it)."""
    scroller = scroll_area_of(widget, window) if scrolling else None
    if scroller is not None:
        problem = reach_problem(scroller, window, area, scrolling)
        return None if problem is None else problem + ' (its scroll area)'
    rect = global_rect(widget)
    if not area.contains(rect):
        return 'at {0},{1} {2}x{3}'.format(rect.x(), rect.y(), rect.width(), rect.height())
    # A container's visibleRegion() is empty where its children cover it: a scroll area is judged
    # by its parents' geometry, a button by what Qt would paint of it.
    hidden = (unclipped_rect(widget, window).isEmpty() if isinstance(widget, QAbstractScrollArea)
              else widget.visibleRegion().isEmpty())
    if hidden:
        return '(clipped by its parents)'
    return None


def buttons_off_screen(window, area=SCREEN, scrolling=False):
    """The text (or object name) of every button shown in ``window`` that does not lie wholly inside
    ``area`` or is hidden by its parents' clipping (a scroll area scrolled away, a splitter closed).
    With ``scrolling``, a button in a scroll area whose viewport is on screen is not counted: the
    user reaches it by scrolling (the real-window screenshots, tools/screenshots.py, check both)."""
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.isVisible():
            continue                        # on a tab page not shown, or deliberately hidden
        name = button.text() or button.toolTip() or button.objectName() or type(button).__name__
        problem = reach_problem(button, window, area, scrolling)
        if problem is not None:
            problems.append('{0} {1}'.format(name, problem))
    return problems


def dock_problems(dock, window, scrolling=False):
    """What keeps ``dock`` from fitting beside the map: a minimum width over DOCK_WIDTH, a window
    pushed wider than the screen, buttons off the screen."""
    problems = []
    width = dock.minimumSizeHint().width()
    if width > DOCK_WIDTH:
        problems.append('minimum width {0} px > {1} px'.format(width, DOCK_WIDTH))
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        problems.append('main window grew to {0}x{1}'.format(window.width(), window.height()))
    problems.extend(buttons_off_screen(dock, scrolling=scrolling))
    return problems


def dialog_problems(dialog, area=DIALOG_AREA, scrolling=False):
    """What keeps ``dialog`` from fitting in ``area``: its minimum size, its default size, its buttons."""
    problems = []
    hint = dialog.minimumSizeHint()
    if hint.width() > area.width() or hint.height() > area.height():
        problems.append('minimum size {0}x{1} > {2}x{3}'.format(hint.width(), hint.height(), area.width(),
                                                               area.height()))
    if dialog.width() > area.width() or dialog.height() > area.height():
        problems.append('opens at {0}x{1} > {2}x{3}'.format(dialog.width(), dialog.height(), area.width(),
                                                           area.height()))
    problems.extend(buttons_off_screen(dialog, area, scrolling))
    return problems
