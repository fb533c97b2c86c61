"""The batch of cities: sequential against a local Dask cluster (benchmarks/run.py's batch line).

    python benchmarks/batch.py DATA_FOLDER [CITIES] [SCHEDULER]

Generates CITIES sample cities (different seeds, the documented city-folder layout, 100 m cells), runs
resilienceplanner:batchcities on them without a scheduler and with SCHEDULER (default local:2), checks that
both summaries hold the same figures, and prints one JSON line: the wall times and the speed-up. The Dask
run's time includes starting its cluster (the workers' QGIS start-up).
"""
import csv
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

VARYING = ('seconds', 'worker', 'attempts', 'report')


def make_cities(root, count):
    from resilience_planner.core.sample_city import generate
    shutil.rmtree(root, ignore_errors=True)
    for number in range(count):
        folder = os.path.join(root, 'city_{0:02d}'.format(number + 1))
        paths = generate(folder, seed=100 + number)
        os.rename(paths['vectors'], os.path.join(folder, 'city.gpkg'))
        for key in ('flood_depth', 'heat_lst'):
            os.rename(paths[key], os.path.join(folder, 'hazard_{0}.tif'.format(key)))
        os.remove(paths['landslide_susceptibility'])
        with open(os.path.join(folder, 'city.json'), 'w', encoding='utf-8') as handle:
            json.dump({'name': 'City {0}'.format(number + 1), 'thresholds': '0.3, 37', 'cell_size': 100,
                       'hazard_settings': ['1', 'linear', 0, 1.5, '', 2, '2', 'linear', 33, 40, '', 1]}, handle)


def figures(summary):
    with open(summary, encoding='utf-8') as handle:
        return {row['city']: {k: v for k, v in row.items() if k not in VARYING} for row in csv.DictReader(handle)}


def main():
    data = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    scheduler = sys.argv[3] if len(sys.argv) > 3 else 'local:2'
    from resilience_planner.demo import start_qgis
    app = start_qgis()      # kept: QGIS ends when its application object goes
    from qgis import processing
    cities = os.path.join(data, 'batch_cities')
    make_cities(cities, count)
    runs = {}
    for name, value in (('sequential', ''), ('dask', scheduler)):
        out = os.path.join(data, 'batch_' + name)
        shutil.rmtree(out, ignore_errors=True)
        started = time.perf_counter()
        result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': cities, 'OUTPUT_FOLDER': out,
                                                                  'SCHEDULER': value})
        runs[name] = {'seconds': time.perf_counter() - started, 'done': result['SUCCEEDED'],
                      'figures': figures(result['SUMMARY'])}
    same = runs['sequential']['figures'] == runs['dask']['figures']
    print(json.dumps({'cities': count, 'scheduler': scheduler, 'qgis_ready': app is not None,
                      'sequential_s': runs['sequential']['seconds'], 'dask_s': runs['dask']['seconds'],
                      'done': [runs['sequential']['done'], runs['dask']['done']],
                      'speedup': runs['sequential']['seconds'] / runs['dask']['seconds'], 'same_figures': same}))


if __name__ == '__main__':
    main()
