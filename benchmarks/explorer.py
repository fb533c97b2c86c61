"""The Priority explorer's slider step at city sizes: milliseconds from a slider's move to the list re-ranked
and painted.

    python benchmarks/explorer.py 500 2000 5000       # prints one JSON line

A ranking of N settlements (a memory layer with names, five criterion means with some missing values, the
priority map's settings and criteria) is opened in the real dock, shown in a main window of a 1366 x 768
laptop with the map beside it; a settlement is selected, as a planner has one selected while weighing. Each
step moves one slider (round the criteria) as a drag does, then lets Qt paint the table and the chart. The
figure is the median and the slowest of STEPS steps, after WARM_UP steps.
"""
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

STEPS = 40
WARM_UP = 3
KEYS = ['flood_depth', 'heat_lst', 'population', 'vulnerability', 'access']
CRITERIA = [['flood_depth', 'hazard', 'Flood depth'], ['heat_lst', 'hazard', 'Land surface temperature'],
            ['population', 'population', 'population'], ['vulnerability', 'vulnerability', 'vulnerability'],
            ['access', 'access', 'health_facilities']]


def ranking_layer(n, seed=16):
    """A ranking of ``n`` settlements on a square lattice of 100 m plots."""
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer
    rng = np.random.default_rng(seed)
    means = rng.uniform(0, 1, (n, len(KEYS)))
    means[rng.uniform(0, 1, means.shape) < 0.03] = np.nan
    settings = json.dumps({'method': 'sum', 'missing': 'reweight', 'keys': KEYS,
                           'weights': [0.3, 0.1, 0.2, 0.2, 0.2], 'runs': 0, 'spread': 0.2})
    fields = ''.join('&field=s_{0}:double'.format(k) for k in KEYS)
    layer = QgsVectorLayer('Polygon?crs=EPSG:32737&field=settlement_id:string&field=name:string' + fields +
                           '&field=rank_stable:integer&field=priority_settings:string'
                           '&field=priority_criteria:string', 'ranking', 'memory')
    side = int(np.ceil(np.sqrt(n)))
    features = []
    for i in range(n):
        x, y = 500000 + 150 * (i % side), 9800000 + 150 * (i // side)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 100, y + 100)))
        feature.setAttributes(['S{0:05d}'.format(i), 'Settlement {0}'.format(i)] +
                              [None if v != v else float(v) for v in means[i]] +
                              [i % 2, settings, json.dumps(CRITERIA)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


class Interface:
    """The parts of QgisInterface the dock uses: a main window with a map canvas in the middle."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas()
        self.window.setCentralWidget(self.canvas)
        self.window.resize(1366, 768)

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas


def measure(app, n):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    from resilience_planner.gui.priority_explorer import PriorityExplorerDock
    iface = Interface()
    layer = ranking_layer(n)
    QgsProject.instance().addMapLayer(layer)
    dock = PriorityExplorerDock(iface, iface.window)
    iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    iface.window.show()
    started = time.perf_counter()
    dock.set_layer(layer)
    app.processEvents()
    load_ms = 1000 * (time.perf_counter() - started)
    dock.select_fid(dock.ranked_fids()[10], zoom=False)
    times = []
    for step in range(WARM_UP + STEPS):
        slider = dock.sliders[step % len(dock.sliders)][0]
        value = 150 + (step * 137) % 700          # somewhere between 15 % and 85 %
        started = time.perf_counter()
        slider.setValue(value)
        dock.table.viewport().repaint()           # the rows on screen formatted and painted, now
        dock.chart.repaint()
        app.processEvents()
        if step >= WARM_UP:
            times.append(1000 * (time.perf_counter() - started))
    assert dock.model.rowCount() == len(dock.ranked_fids()) > 0.9 * n
    dock.close()
    iface.window.close()
    QgsProject.instance().removeAllMapLayers()
    return {'settlements': n, 'median_ms': statistics.median(times), 'max_ms': max(times), 'load_ms': load_ms,
            'steps': STEPS}


def main():
    from qgis.core import QgsApplication
    sizes = [int(a) for a in sys.argv[1:]] or [500, 2000, 5000]
    app = QgsApplication([], True)
    app.initQgis()
    reports = [measure(app, n) for n in sizes]
    print(json.dumps({'explorer': reports}))


if __name__ == '__main__':
    main()
