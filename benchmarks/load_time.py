"""What the plugin adds to QGIS's start-up: classFactory, initProcessing and initGui.

    python benchmarks/load_time.py [RUNS]

Each run is a fresh process with a QGIS application and a main window; the times
exclude QGIS's own start-up. Prints a JSON line with the median of each step, for starts with the
plugin's bytecode cached (as every start after QGIS's first with the plugin) and for a first start.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CHILD = r'''
import json, sys, time
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True)
app.initQgis()


class Interface:
    """The parts of QgisInterface the plugin touches at start-up, on a real main window."""

    def __init__(self):
        self.window = QMainWindow()

    def mainWindow(self):
        return self.window

    def addToolBar(self, name):
        return self.window.addToolBar(name)

    def messageBar(self):
        raise AssertionError('the plugin reported a problem at start-up')


iface = Interface()
heavy_before = {m for m in ('numpy', 'rasterio', 'fiona') if m in sys.modules}
t0 = time.perf_counter()
import resilience_planner
plugin = resilience_planner.classFactory(iface)
t1 = time.perf_counter()
plugin.initProcessing()
t2 = time.perf_counter()
plugin.initGui()
t3 = time.perf_counter()
print(json.dumps({'classFactory_ms': 1000 * (t1 - t0), 'initProcessing_ms': 1000 * (t2 - t1),
                  'initGui_ms': 1000 * (t3 - t2), 'total_ms': 1000 * (t3 - t0),
                  'heavy_before': sorted(heavy_before),
                  'heavy_after': sorted(m for m in ('numpy', 'rasterio', 'fiona') if m in sys.modules)}))
'''


def starts(runs, env):
    """The median of each step over ``runs`` fresh processes started with ``env``."""
    reports = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, '-c', CHILD], capture_output=True, text=True, env=env, check=True)
        reports.append(json.loads(done.stdout.strip().splitlines()[-1]))
    summary = {key: statistics.median(r[key] for r in reports)
               for key in ('classFactory_ms', 'initProcessing_ms', 'initGui_ms', 'total_ms')}
    summary['heavy_before'] = reports[-1]['heavy_before']
    summary['heavy_after'] = reports[-1]['heavy_after']
    return summary


def main():
    """Two kinds of start. Python keeps a module's compiled bytecode in __pycache__ beside it (QGIS's profile
    folder, where plugins are installed, is the user's own), so every start after the first reads it: that is
    the figure reported first. A first start, with the sources compiled, is reported beside it; it is what
    every start costs where PYTHONDONTWRITEBYTECODE is set, as on the machine these benchmarks run on."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', PYTHONPATH=ROOT, PROJ_DATA='/usr/share/proj')
    compiling = dict(env, PYTHONDONTWRITEBYTECODE='1')
    with tempfile.TemporaryDirectory() as cache:
        cached = {k: v for k, v in env.items() if k != 'PYTHONDONTWRITEBYTECODE'}
        cached['PYTHONPYCACHEPREFIX'] = cache          # the bytecode in a folder of its own, not in the tree
        starts(1, cached)                              # the first start writes it
        summary = starts(runs, cached)
    first = starts(runs, compiling)
    summary['runs'] = runs
    summary['first_start_total_ms'] = first['total_ms']
    summary['first_start_initProcessing_ms'] = first['initProcessing_ms']
    print(json.dumps(summary))


if __name__ == '__main__':
    main()
