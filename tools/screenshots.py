"""`make screenshots`: the plugin in the real QGIS window of a 1366 x 768 laptop, photographed.

Usage: tools/screenshots.py [--out docs/screenshots] [--report PATH] [--timeout 600] [--keep]

Run with any Python 3 (the driver needs only the standard library). It builds the plugin's zip
(`make package`), installs and enables it in a throw-away QGIS profile (--profiles-path), and
starts the real QGIS desktop (`qgis`) under `xvfb-run` on a 1366 x 768 screen with this same file
as its start-up code (`qgis --code`). Inside QGIS the file:

1. maximises the main window to the screen and opens QGIS's Browser and Layers panels;
2. generates the sample city and runs the demo's steps through Processing (exposure,
   vulnerability, priorities, an example action plan, the report) and loads the results;
3. triggers every item of the plugin's menu, one after the other, as a person would; waits for
   the dock or dialog it opens to lay out; photographs the whole screen into
   ``<out>/<menu item's object name>.png`` (and, for the Processing dialogs docs/tutorial.md fills
   in, ``..._filled.png`` with its values entered, after the measurements; the Priority explorer
   also as ``..._applied.png``, a settlement selected and the message of Apply to the map shown); records the window's
   minimum size hint, its size, the buttons that are not on the screen (tests/fit.py's checks)
   and the scroll areas that need sideways scrolling; closes it again and records
   the main window's size after it closed;
4. writes the JSON report (``<out>/report.json`` by default) and quits QGIS.

The driver then renders the report PDF's first pages beside the screenshots (``report_page_N.png``,
with poppler's pdftoppm) and checks the report was written. QGIS runs in a process group of its
own with Xvfb: when it has not finished within --timeout seconds the whole group is killed, and
nothing is left behind either way. Exit status: 0 when the report was written, 2 when QGIS or
xvfb-run is missing, 1 otherwise.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

SCREEN = (1366, 768)
CONFIG_VARIABLE = 'RP_SCREENSHOTS_CONFIG'
PLUGIN = 'resilience_planner'


# ---------------------------------------------------------------------------------------------
# The driver: runs outside QGIS.
# ---------------------------------------------------------------------------------------------

def repository():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def missing_tools():
    """The programs this needs that are not on PATH."""
    return [name for name in ('qgis', 'xvfb-run') if shutil.which(name) is None]


def install_plugin(repo, profiles, locale=None):
    """The packaged plugin unzipped into ``profiles``' default profile and enabled there, as
    "Install from ZIP" and the Plugin Manager leave it; with ``locale`` (fr_FR ...), QGIS's language
    overridden to it as Settings > Options > General does."""
    subprocess.run(['make', '-s', 'package'], cwd=repo, check=True, stdout=subprocess.DEVNULL)
    profile = os.path.join(profiles, 'profiles', 'default')
    plugins = os.path.join(profile, 'python', 'plugins')
    os.makedirs(plugins)
    with zipfile.ZipFile(os.path.join(repo, 'build', PLUGIN + '.zip')) as archive:
        archive.extractall(plugins)
    os.makedirs(os.path.join(profile, 'QGIS'))
    with open(os.path.join(profile, 'QGIS', 'QGIS3.ini'), 'w', encoding='utf-8') as ini:
        ini.write('[PythonPlugins]\n{0}=true\n\n[qgis]\ncheckVersion=false\nshowTips=false\n'.format(PLUGIN))
        if locale:
            ini.write('\n[locale]\noverrideFlag=true\nuserLocale={0}\nglobalLocale={0}\n'.format(locale))
    return profile


def qgis_environment(config_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ('PYTHONPATH', 'VIRTUAL_ENV', 'QT_QPA_PLATFORM', 'DISPLAY', 'QGIS_CUSTOM_CONFIG_PATH')}
    runtime = '/tmp/runtime-{0}'.format(os.getuid())
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env.update({CONFIG_VARIABLE: config_path, 'QT_QPA_PLATFORM': 'xcb', 'XDG_RUNTIME_DIR': runtime,
                'PROJ_DATA': env.get('PROJ_DATA', '/usr/share/proj'), 'BROWSER': 'true',
                'LC_ALL': 'C.UTF-8', 'LANG': 'C.UTF-8'})
    return env


def run_qgis(command, env, timeout, log_path):
    """Run ``command`` in a process group of its own; kill the whole group when it outlives
    ``timeout`` seconds, and whatever of it is left (Xvfb, qgis) when it ends. True if it ended
    by itself."""
    with open(log_path, 'w', encoding='utf-8') as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        finished = True
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            finished = False
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            time.sleep(2)
        if process.poll() is None:
            process.wait()
    return finished


def render_report(pdf, out, pages=2):
    """The report PDF's first ``pages`` pages as report_page_N.png (poppler's pdftoppm), if it can."""
    if not pdf or not os.path.exists(pdf) or shutil.which('pdftoppm') is None:
        return []
    for old in os.listdir(out):
        if old.startswith('report_page_') and old.endswith('.png'):
            os.remove(os.path.join(out, old))
    subprocess.run(['pdftoppm', '-png', '-r', '70', '-f', '1', '-l', str(pages), pdf,
                    os.path.join(out, 'report_page')], check=True, timeout=120)
    # pdftoppm numbers the pages report_page-1.png (or -01 for longer documents).
    rendered = []
    for name in sorted(os.listdir(out)):
        if name.startswith('report_page-') and name.endswith('.png'):
            number = int(name[len('report_page-'):-4])
            target = 'report_page_{0}.png'.format(number)
            os.replace(os.path.join(out, name), os.path.join(out, target))
            rendered.append(target)
    return rendered


def remove_earlier_run(report, out):
    """The report and the pictures of an earlier run, so that none is left to go stale."""
    if not os.path.exists(report):
        return
    try:
        with open(report, encoding='utf-8') as source:
            earlier = json.load(source)
    except ValueError:
        earlier = {}
    names = set(earlier.get('report_pages', []))
    names.add(earlier.get('main_window', {}).get('screenshot'))
    for window in earlier.get('windows', []):
        names.update((window.get('screenshot'), window.get('screenshot_filled')))
    for name in names:
        if name and os.path.exists(os.path.join(out, os.path.basename(name))):
            os.remove(os.path.join(out, os.path.basename(name)))
    os.remove(report)


#: The QGIS locale set for each --language (Portuguese as written in Brazil, as the plugin's catalogue is).
LOCALES = {'fr': 'fr_FR', 'es': 'es_ES', 'pt': 'pt_BR'}


def main(argv=None):
    repo = repository()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--out', default=os.path.join(repo, 'docs', 'screenshots'),
                        help='folder for the screenshots (default docs/screenshots)')
    parser.add_argument('--report', help='the JSON report (default OUT/report.json)')
    parser.add_argument('--timeout', type=float, default=600, help='seconds before QGIS is killed')
    parser.add_argument('--keep', action='store_true', help='keep the profile, the data and the QGIS log')
    parser.add_argument('--language', choices=sorted(LOCALES),
                        help='QGIS in this language (locale overridden); OUT defaults to docs/screenshots/<language>')
    args = parser.parse_args(argv)
    if args.language and args.out == parser.get_default('out'):
        args.out = os.path.join(parser.get_default('out'), args.language)
    missing = missing_tools()
    if missing:
        print('screenshots: {0} not found; install QGIS and xvfb (make system)'.format(', '.join(missing)),
              file=sys.stderr)
        return 2
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    report = os.path.abspath(args.report or os.path.join(out, 'report.json'))
    remove_earlier_run(report, out)
    work = tempfile.mkdtemp(prefix='rp-screenshots-')
    try:
        profiles = os.path.join(work, 'profiles')
        install_plugin(repo, profiles, LOCALES.get(args.language))
        data = os.path.join(work, 'data')
        os.makedirs(data)
        config = {'repo': repo, 'out': out, 'report': report, 'data': data, 'screen': SCREEN,
                  'timeout': max(30.0, args.timeout - 20)}
        config_path = os.path.join(work, 'config.json')
        with open(config_path, 'w', encoding='utf-8') as sink:
            json.dump(config, sink)
        command = ['xvfb-run', '-a', '-s', '-screen 0 {0}x{1}x24'.format(*SCREEN),
                   'qgis', '--profiles-path', profiles, '--nologo', '--noversioncheck',
                   '--code', os.path.abspath(__file__)]
        log_path = os.path.join(work, 'qgis.log')
        finished = run_qgis(command, qgis_environment(config_path), args.timeout, log_path)
        if not os.path.exists(report):
            with open(log_path, encoding='utf-8', errors='replace') as log:
                tail = log.read()[-3000:]
            print('screenshots: QGIS {0} without writing {1}. Its log ends:\n{2}'.format(
                'ended' if finished else 'was killed after {0:.0f} s'.format(args.timeout), report, tail),
                file=sys.stderr)
            return 1
        with open(report, encoding='utf-8') as source:
            result = json.load(source)
        result['report_pages'] = render_report(result.pop('report_pdf', None), out)
        with open(report, 'w', encoding='utf-8') as sink:
            json.dump(result, sink, indent=1, sort_keys=True)
        for window in result['windows']:
            print('{0:<45} {1:<7} min {2[0]:>4} x {2[1]:<4} {3}'.format(
                window['action'], window['kind'], window.get('minimum_size_hint') or ('-', '-'),
                '; '.join(window['problems']) or 'fits'))
        for error in result['errors']:
            print('error: ' + error, file=sys.stderr)
        print('Screenshots and {0} in {1}'.format(os.path.basename(report), out))
        return 0
    finally:
        if args.keep:
            print('Kept ' + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Inside QGIS: `qgis --code tools/screenshots.py` runs this with the driver's configuration.
# ---------------------------------------------------------------------------------------------

def in_qgis(config_path):
    """Schedule the tour of the plugin's windows on QGIS's event loop; it quits QGIS at the end."""
    import importlib.util
    import traceback

    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
    from qgis.PyQt.QtCore import QRect, Qt, QTimer
    from qgis.PyQt.QtGui import QDesktopServices, QGuiApplication
    from qgis.PyQt.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QDialog, QDockWidget, QMenu
    from qgis.utils import iface, plugins

    with open(config_path, encoding='utf-8') as source:
        config = json.load(source)
    spec = importlib.util.spec_from_file_location('rp_fit', os.path.join(config['repo'], 'tests', 'fit.py'))
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    window = iface.mainWindow()
    screen_rect = QRect(0, 0, *config['screen'])
    report = {'screen': list(config['screen']), 'windows': [], 'errors': [], 'notes': [], 'opened_urls': []}
    state = {'steps': [], 'finished': False}

    # Help items open a browser: note the address instead.
    def open_url(url):
        report['opened_urls'].append(url.toString())
        return True
    QDesktopServices.openUrl = open_url

    def size(value):
        return [value.width(), value.height()]

    def geometry(widget):
        rect = fit.global_rect(widget)
        return [rect.x(), rect.y(), rect.width(), rect.height()]

    def grab(name):
        path = os.path.join(config['out'], name + '.png')
        QGuiApplication.primaryScreen().grabWindow(0).save(path, 'PNG')
        return os.path.basename(path)

    def finish():
        if state['finished']:
            return
        state['finished'] = True
        report['main_window_after'] = size(window.size())
        with open(config['report'], 'w', encoding='utf-8') as sink:
            json.dump(report, sink, indent=1)
        QgsProject.instance().setDirty(False)
        QApplication.instance().exit(0)

    def watchdog():
        report['errors'].append('the tour did not finish within {0:.0f} s'.format(config['timeout']))
        finish()

    def next_step(delay=300):
        if not state['steps']:
            QTimer.singleShot(delay, finish)
            return
        step = state['steps'].pop(0)

        def run():
            try:
                later = step()
            except Exception:  # a broken step is reported, and the tour goes on
                report['errors'].append(traceback.format_exc())
                later = 300
            if later is not None:
                next_step(later)
        QTimer.singleShot(delay, run)

    def lay_out():
        window.setGeometry(screen_rect)
        window.showMaximized()
        for name in ('Layers', 'Browser'):
            dock = window.findChild(QDockWidget, name)
            if dock is not None:
                dock.show()
        return 1500

    def load_city():
        from resilience_planner import demo
        folder = config['data']
        demo.run(folder, out=open(os.devnull, 'w', encoding='utf-8'))
        report['report_pdf'] = os.path.join(folder, 'resilience_report.pdf')
        city = os.path.join(folder, 'sample_city', 'sample_city.gpkg')
        project = QgsProject.instance()
        # Named as they are when dragged from the Browser, as docs/tutorial.md refers to them.
        vectors = [('sample_city', 'city_boundary'), ('sample_city', 'settlement_profiles'), ('sample_city', 'roads'),
                   ('sample_city', 'health_facilities'), ('sample_city', 'settlements'), ('settlement_exposure', None),
                   ('settlement_vulnerability', None), ('priority_zones', None), ('priority_ranking', None),
                   ('action_plan', 'planned_actions')]
        rasters = [('sample_city', 'flood_depth'), ('sample_city', 'landslide_susceptibility'),
                   ('sample_city', 'heat_lst'), ('sample_city', 'population'), ('', 'priority')]
        layers = []
        for place, name in rasters:
            layers.append((QgsRasterLayer(os.path.join(folder, place, name + '.tif'), name), name == 'priority'))
        for file_name, name in vectors:
            path = city if file_name == 'sample_city' else os.path.join(folder, file_name + '.gpkg')
            source = path + ('|layername=' + name if name else '')
            shown = file_name not in ('settlement_exposure', 'settlement_vulnerability', 'sample_city') or \
                name in ('roads', 'health_facilities')
            layers.append((QgsVectorLayer(source, name if file_name == 'sample_city' else file_name, 'ogr'), shown))
        for layer, shown in layers:
            if not layer.isValid():
                report['errors'].append('could not load ' + layer.source())
                continue
            project.addMapLayer(layer, False)
            project.layerTreeRoot().insertLayer(0, layer).setItemVisibilityChecked(shown)
        ranking = project.mapLayersByName('priority_ranking')
        if ranking:
            iface.setActiveLayer(ranking[0])
            iface.mapCanvas().setExtent(ranking[0].extent().buffered(ranking[0].extent().width() * 0.05))
        project.writeEntry('ResiliencePlanner', 'action_register', os.path.join(folder, 'action_plan.gpkg'))
        project.setDirty(False)
        iface.mapCanvas().refresh()
        return 2500

    def panels():
        found = {}
        for name in ('Layers', 'Browser'):
            dock = window.findChild(QDockWidget, name)
            if dock is not None and dock.isVisible():
                found[name] = geometry(dock)
        return found

    def photograph_city():
        report['main_window'] = {'size': size(window.size()), 'minimum_size_hint': size(window.minimumSizeHint()),
                                 'panels': panels(), 'map_canvas_width': iface.mapCanvas().width()}
        report['main_window']['screenshot'] = grab('sample_city')
        return 300

    def sideways(widget):
        """The scroll areas of ``widget`` that need sideways scrolling, with how many pixels are hidden."""
        found = []
        for area in widget.findChildren(QAbstractScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
                per_item = (isinstance(area, QAbstractItemView)
                            and area.horizontalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem)
                found.append('{0} scrolls sideways by {1} {2}'.format(
                    area.objectName() or type(area).__name__, bar.maximum(), 'columns' if per_item else 'px'))
        return found

    def tutorial_values(name):
        """The parameters docs/tutorial.md enters in the Processing dialog of menu item ``name``."""
        layer = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}.get
        hazards = [layer('flood_depth'), layer('landslide_susceptibility'), layer('heat_lst')]
        if name == 'resilienceplanner_settlementexposure':
            return {'SETTLEMENTS': layer('settlements'), 'ID_FIELD': 'settlement_id', 'HAZARDS': hazards,
                    'THRESHOLDS': '0.3, 2, 37', 'POPULATION': layer('population')}
        if name == 'resilienceplanner_prioritymap':
            return {'BOUNDARY': layer('city_boundary'), 'CELL_SIZE': 25, 'HAZARDS': hazards,
                    'HAZARD_SETTINGS': ['flood_depth', 'linear', 0, 1.5, '', 3,
                                        'landslide_susceptibility', 'classes', '', '', '1:0.1; 2:0.4; 3:0.8; 4:1', 1,
                                        'heat_lst', 'linear', 33, 40, '', 1],
                    'POPULATION': layer('population'), 'POPULATION_WEIGHT': 2,
                    'SETTLEMENTS': layer('settlement_vulnerability'), 'VULNERABILITY_FIELD': 'vulnerability',
                    'VULNERABILITY_WEIGHT': 2, 'FACILITIES': layer('health_facilities'), 'ACCESS_LOW': 250,
                    'ACCESS_HIGH': 2000, 'ACCESS_WEIGHT': 1}
        if name == 'resilienceplanner_actioncoverage':
            return {'ACTIONS': layer('action_plan'), 'SETTLEMENTS': layer('priority_ranking')}
        return None

    def menu_actions(menu, path=()):
        found = []
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                found.extend(menu_actions(action.menu(), path + (action.text(),)))
            else:
                found.append((path, action))
        return found

    def shown():
        tops = {id(w): w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w is not window and isinstance(w, QDialog)}
        docks = {id(d): d for d in window.findChildren(QDockWidget) if d.isVisible()}
        return tops, docks

    def open_item(path, action):
        name = action.objectName() or action.text()
        before = shown()
        entry = {'action': name, 'menu_text': ' > '.join(path + (action.text().replace('&', ''),)),
                 'kind': None, 'problems': []}

        def inspect():
            try:
                look()
            except Exception:  # reported, and the tour goes on
                report['errors'].append('{0}: {1}'.format(name, traceback.format_exc()))
                next_step(300)

        def look():
            tops, docks = shown()
            dialogs = [w for key, w in tops.items() if key not in before[0]]
            new_docks = [d for key, d in docks.items() if key not in before[1]]
            if new_docks:
                dock = new_docks[0]
                entry.update(kind='dock', object_name=dock.objectName(), title=dock.windowTitle(),
                             minimum_size_hint=size(dock.minimumSizeHint()), size=size(dock.size()),
                             geometry=geometry(dock), main_window=size(window.size()))
                entry['problems'] = fit.dock_problems(dock, window, scrolling=True)
                entry['problems_without_scrolling'] = fit.dock_problems(dock, window)
                entry['map_canvas_width'] = iface.mapCanvas().width()
                entry['sideways_scrolling'] = sideways(dock)
                entry['panels'] = panels()
                entry['screenshot'] = grab(name)
                if hasattr(dock, 'apply_to_map') and getattr(dock, 'layer', None) is not None:
                    # The Priority explorer once more as a planner leaves it: a settlement selected and the
                    # long message "Apply to the map" writes (its dialog closed again), measured and photographed.
                    model = dock.model
                    if model.rowCount():
                        dock.select_fid(model.data(model.index(0, 0), model.FID_ROLE), zoom=False)
                    dialog = dock.apply_to_map()
                    if dialog is not None:
                        dialog.close()
                    QTimer.singleShot(800, lambda: after_apply(dock))
                else:
                    dock.close()
                    QTimer.singleShot(800, after_dock_closed)
            elif dialogs:
                dialog = dialogs[0]
                entry.update(kind='dialog', object_name=dialog.objectName(), title=dialog.windowTitle(),
                             minimum_size_hint=size(dialog.minimumSizeHint()), size=size(dialog.size()),
                             geometry=geometry(dialog))
                entry['screenshot'] = grab(name)
                # Where a window manager keeps the title bar: the top-left corner on the screen.
                dialog.move(max(0, dialog.x()), max(0, dialog.y()))
                QApplication.processEvents()
                entry['problems'] = fit.dialog_problems(dialog, scrolling=True)
                entry['problems_without_scrolling'] = fit.dialog_problems(dialog)
                entry['sideways_scrolling'] = sideways(dialog)
                values = tutorial_values(name)
                if values and hasattr(dialog, 'setParameters'):
                    # The tutorial's values, photographed apart from the measured default state.
                    try:
                        dialog.setParameters(values)
                    except Exception as err:  # a changed parameter: the plain screenshot remains
                        report['notes'].append('{0}: the tutorial values were not set ({1})'.format(name, err))
                        values = None
                QTimer.singleShot(800 if values else 0, lambda: close_dialog(dialog, values))
            else:
                entry['kind'] = 'none'
                entry['opened_urls'] = list(report['opened_urls'])
                next_step(300)

        def close_dialog(dialog, values):
            if values:
                entry['screenshot_filled'] = grab(name + '_filled')
            dialog.close()
            if dialog.isVisible():
                dialog.reject()
            next_step(500)

        def after_apply(dock):
            entry['screenshot_filled'] = grab(name + '_applied')
            entry['problems'] += ['after Apply to the map: ' + problem
                                  for problem in fit.dock_problems(dock, window, scrolling=True)]
            dock.close()
            QTimer.singleShot(800, after_dock_closed)

        def after_dock_closed():
            entry['main_window_after_close'] = size(window.size())
            if entry['main_window_after_close'] != list(config['screen']):
                entry['problems'].append('main window {0}x{1} after the dock closed'.format(
                    *entry['main_window_after_close']))
                # Back to the laptop's size, so that the next window is measured on its own.
                window.setGeometry(screen_rect)
            entry['panels_after_close'] = panels()
            for panel, rect in report['main_window']['panels'].items():
                width = entry['panels_after_close'].get(panel, [0, 0, 0, 0])[2]
                if width < 0.8 * rect[2]:
                    entry['problems'].append('{0} panel {1} px wide after the dock closed ({2} px before)'.format(
                        panel, width, rect[2]))
            next_step(800)

        report['windows'].append(entry)
        # Scheduled before triggering, so that it also runs inside a modal dialog's exec().
        QTimer.singleShot(2000, inspect)
        action.trigger()
        return None

    def tour():
        plugin = plugins.get(PLUGIN)
        menu = getattr(plugin, 'menu', None) or window.findChild(QMenu, 'ResiliencePlannerMenu')
        if menu is None:
            report['errors'].append('the plugin is not loaded: no Resilience Planner menu')
            return 100
        report['menu'] = menu.title().replace('&', '')
        for path, action in menu_actions(menu):
            state['steps'].append(lambda path=path, action=action: open_item(path, action))
        return 300

    state['steps'] = [lay_out, load_city, photograph_city, tour]
    QTimer.singleShot(int(config['timeout'] * 1000), watchdog)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    next_step(2000)


if os.environ.get(CONFIG_VARIABLE) and 'qgis.utils' in sys.modules:
    in_qgis(os.environ[CONFIG_VARIABLE])
elif __name__ == '__main__':
    sys.exit(main())
