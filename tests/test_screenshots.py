"""The plugin in the real QGIS window of a 1366 x 768 laptop (issue 16, FIELD.md "A laptop screen").

tools/screenshots.py (``make screenshots``) starts the QGIS desktop under Xvfb with the packaged
plugin, loads the sample city, opens every item of the plugin's menu and writes a report of what
it measured; these tests read that report. Every window the menu opens must fit.
"""
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

SCRIPT = REPO / 'tools' / 'screenshots.py'
SCREEN = [1366, 768]
HAVE_DESKTOP = shutil.which('qgis') is not None and shutil.which('xvfb-run') is not None



#: Every item of the plugin's menu on this branch: (the QAction's object name, what it opens).
MENU_ITEMS = [
    ('resilienceplanner_settlementexposure', 'dialog'),
    ('resilienceplanner_vulnerabilitydialog', 'dialog'),
    ('resilienceplanner_prioritymap', 'dialog'),
    ('resilienceplanner_priorityexplorer', 'dock'),
    ('resilienceplanner_actioneditor', 'dock'),
    ('resilienceplanner_actioncoverage', 'dialog'),
    ('resilienceplanner_samplecity', 'dialog'),
]
KNOWN = {getattr(item, 'values', item)[0] for item in MENU_ITEMS}


def load_script():
    spec = importlib.util.spec_from_file_location('screenshots', str(SCRIPT))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path):
    with open(path, 'rb') as source:
        header = source.read(24)
    assert header[:8] == b'\x89PNG\r\n\x1a\n', path
    return list(struct.unpack('>II', header[16:24]))


@pytest.fixture(scope='module')
def tour(tmp_path_factory):
    if not HAVE_DESKTOP:
        pytest.skip('needs the qgis desktop binary and xvfb-run')
    out = tmp_path_factory.mktemp('screenshots')
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONPATH',)}
    done = subprocess.run([sys.executable, str(SCRIPT), '--out', str(out), '--timeout', '600'], cwd=str(REPO),
                          env=env, capture_output=True, text=True, timeout=700)
    assert done.returncode == 0, done.stdout + done.stderr
    with open(out / 'report.json', encoding='utf-8') as source:
        report = json.load(source)
    return out, report, {window['action']: window for window in report['windows']}


def test_the_tour_ran_in_the_laptop_window_with_qgis_panels_open(tour):
    out, report, _ = tour
    assert report['errors'] == []
    assert report['screen'] == SCREEN
    assert report['menu'] == 'Resilience Planner'
    main = report['main_window']
    assert main['size'] == SCREEN
    assert set(main['panels']) == {'Browser', 'Layers'}
    assert all(width > 150 for _, _, width, _ in main['panels'].values())
    assert png_size(out / main['screenshot']) == SCREEN


def test_every_menu_item_opened_a_window_and_was_photographed(tour):
    out, report, windows = tour
    assert KNOWN <= set(windows)
    for name, window in windows.items():
        if window['kind'] == 'none':       # a Help item opens a web page: it must say which
            assert window.get('opened_urls'), name
            continue
        assert window['kind'] in ('dock', 'dialog'), name
        assert png_size(out / window['screenshot']) == SCREEN, name
        assert len(window['minimum_size_hint']) == 2, name
    # The dialogs docs/tutorial.md shows filled in, with its values.
    for name in ('resilienceplanner_settlementexposure', 'resilienceplanner_prioritymap',
                 'resilienceplanner_actioncoverage'):
        assert png_size(out / windows[name]['screenshot_filled']) == SCREEN, name
    # The explorer after Apply to the map, its long message shown (its fit is in the window's problems).
    assert windows['resilienceplanner_priorityexplorer']['screenshot_filled'] == \
        'resilienceplanner_priorityexplorer_applied.png'
    assert png_size(out / windows['resilienceplanner_priorityexplorer']['screenshot_filled']) == SCREEN
    assert report['notes'] == []


@pytest.mark.parametrize('action, kind', MENU_ITEMS)
def test_the_window_fits_the_laptop(tour, action, kind):
    """A dock <= 420 px wide and the main window back to 1366 x 768 when it closes; a dialog within
    1366 x 700; no button off the screen (a button in a scroll area counts if the area is on it)."""
    _, _, windows = tour
    window = windows[action]
    assert window['kind'] == kind
    if kind == 'dock':
        assert window['minimum_size_hint'][0] <= 420
        assert window['main_window_after_close'] == SCREEN
    else:
        assert window['minimum_size_hint'][0] <= 1366 and window['minimum_size_hint'][1] <= 700
        assert window['size'][0] <= 1366 and window['size'][1] <= 700
    assert window['problems'] == []



SIDEWAYS = [
    'resilienceplanner_settlementexposure',
    'resilienceplanner_vulnerabilitydialog',
    'resilienceplanner_prioritymap',
    'resilienceplanner_priorityexplorer',
    'resilienceplanner_actioneditor',
    'resilienceplanner_actioncoverage',
    'resilienceplanner_samplecity',
]


@pytest.mark.parametrize('action', SIDEWAYS)
def test_nothing_needs_sideways_scrolling_at_the_default_size(tour, action):
    """FIELD.md: nothing is cut off or needs sideways scrolling at default sizes."""
    _, _, windows = tour
    assert windows[action]['sideways_scrolling'] == []


def test_windows_added_to_the_menu_since_fit_the_laptop_too(tour):
    _, _, windows = tour
    assert {name: window['problems'] + window.get('sideways_scrolling', []) for name, window in windows.items()
            if name not in KNOWN and (window['problems'] or window.get('sideways_scrolling'))} == {}


def test_the_main_window_is_the_laptop_at_the_end(tour):
    """After a dock that left the window wider (recorded above), the tour puts it back."""
    _, report, _ = tour
    assert report['main_window_after'] == SCREEN
    assert report['report_pages'] == ['report_page_1.png', 'report_page_2.png']


def test_a_qgis_that_hangs_is_killed_with_everything_it_started(tmp_path):
    script = load_script()
    pids = tmp_path / 'pids'
    started = time.monotonic()
    finished = script.run_qgis(['sh', '-c', 'sleep 60 & echo $! > {0}; sleep 60'.format(pids)], dict(os.environ),
                               timeout=1, log_path=str(tmp_path / 'log'))
    assert finished is False
    assert time.monotonic() - started < 20
    status = '/proc/{0}/status'.format(int(pids.read_text()))
    alive = os.path.exists(status) and 'State:\tZ' not in open(status, encoding='ascii').read()
    assert not alive


def test_without_qgis_or_xvfb_it_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv('PATH', str(tmp_path))
    script = load_script()
    assert script.main(['--out', str(tmp_path / 'out')]) == 2
    assert 'qgis, xvfb-run not found' in capsys.readouterr().err
