"""tests/fit.py itself: a dock at the screen's right edge fits, a widget past the edge does not (by one pixel too),
under the offscreen platform's window frame."""
import pytest
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from tests.fit import SCREEN, buttons_off_screen, dock_problems, fit_frame_to, global_rect, on_the_laptop


@pytest.fixture
def right_dock(qtbot):
    """A main window of its own (pytest-qgis's is shared by the other tests) on the laptop, a map-sized widget in
    the middle and a dock on the right."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel('map'))
    on_the_laptop(window, qtbot)
    dock = QDockWidget('Right dock', window)
    dock.setObjectName('fit_test_dock')
    dock.setWidget(QLabel('beside the map'))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [300], Qt.Orientation.Horizontal)
    dock.show()
    qtbot.waitExposed(dock)
    return window, dock


def test_the_laptop_window_has_its_frame_on_the_screen(right_dock):
    window, _ = right_dock
    assert window.frameGeometry() == SCREEN
    assert SCREEN.contains(global_rect(window))


def test_a_right_docked_dock_and_its_close_button_are_on_the_screen(right_dock):
    window, dock = right_dock
    close = dock.findChild(QAbstractButton, 'qt_dockwidget_closebutton')
    assert close is not None and close.isVisible()
    rect = global_rect(close)
    # At the right edge of the screen (the frame's 2 px aside), and inside it.
    assert SCREEN.right() - 40 <= rect.right() <= SCREEN.right()
    assert dock_problems(dock, window) == []


def window_with_a_button_at(qtbot, geometry):
    """A top-level window at ``geometry`` (its frame placed on it) with a button at its right edge."""
    window = QWidget()
    layout = QHBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    layout.addWidget(QPushButton('Run'))
    qtbot.addWidget(window)
    window.setGeometry(geometry)
    window.show()
    qtbot.waitExposed(window)
    fit_frame_to(window, geometry)
    return window


def test_a_button_past_the_right_edge_is_found_by_one_pixel(qtbot):
    # The frame on the screen: the button on it.
    inside = window_with_a_button_at(qtbot, QRect(966, 100, 400, 80))
    assert inside.frameGeometry().right() == SCREEN.right()
    assert buttons_off_screen(inside) == []
    # The frame one pixel past the right edge: the button's rect is still within the screen (the frame is not),
    # a real desktop shows it.
    framed = window_with_a_button_at(qtbot, QRect(967, 100, 400, 80))
    assert buttons_off_screen(framed) == []
    # The button itself one pixel past the edge, and a window far off the screen: both found.
    margin = framed.frameGeometry().right() - global_rect(framed).right()
    over = window_with_a_button_at(qtbot, QRect(967 + margin, 100, 400, 80))
    assert global_rect(over.findChild(QPushButton)).right() == SCREEN.right() + 1
    assert [p.split(' at ')[0] for p in buttons_off_screen(over)] == ['Run']
    far = window_with_a_button_at(qtbot, QRect(1500, 900, 300, 80))
    assert len(buttons_off_screen(far)) == 1 and buttons_off_screen(far)[0].startswith('Run at ')
