"""Run the exposure benchmark and write benchmarks/RESULTS.md.

    python benchmarks/run.py [--sizes small,large] [--methods ...] [--repeat N]

Each method runs in its own process; wall time is what the method reports for its
own work (inputs on disk to per-settlement numbers), peak memory is the process's
maximum resident set size from wait4(). Agreement is measured against exactextract.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from cities import SIZES, THRESHOLD  # noqa: E402

METHODS = ['read_once_1', 'read_once_all', 'ours_core', 'ours_processing', 'exactextract', 'qgis_zonal',
           'rasterstats']
LABELS = {
    'read_once_1': 'read both rasters once (1 thread)',
    'read_once_all': 'read both rasters once (all cores)',
    'ours_core': 'Resilience Planner engine (core call)',
    'ours_processing': 'Resilience Planner through processing.run',
    'exactextract': 'exactextract 0.3 (mean + values/coverage/weights, numpy reductions)',
    'exactextract_callables': 'exactextract 0.3 with Python callables (before issue 21)',
    'qgis_zonal': 'QGIS zonalstatisticsfb (3 runs) + 2 QGIS raster-calculator passes',
    'rasterstats': 'rasterstats on in-memory arrays (+ 1 numpy raster-calculator pass)',
}
#: Methods run once per size whatever --repeat says (they take minutes on the large city).
SLOW = ('rasterstats', 'exactextract_callables')


def load_average():
    """The 1-minute load average (other helpers' test suites share this machine)."""
    return os.getloadavg()[0]


def busiest(count=5):
    """The processes using most CPU right now, as 'name cpu%' (what else was running)."""
    done = subprocess.run(['ps', '-eo', 'pcpu,comm', '--sort=-pcpu', '--no-headers'], capture_output=True, text=True)
    rows = [line.split(None, 1) for line in done.stdout.strip().splitlines()[:count]]
    return ', '.join('{0} {1}%'.format(name.strip(), cpu) for cpu, name in rows if len(rows))


def run_method(method, folder, out):
    load = load_average()
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', PROJ_DATA='/usr/share/proj')
    env['PYTHONPATH'] = ROOT
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, os.path.join(HERE, 'methods.py'), method, folder, out],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    outside = time.perf_counter() - start
    stdout = process.stdout.read()
    stderr = process.stderr.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        return {'method': method, 'error': stderr.strip().splitlines()[-1] if stderr.strip() else 'failed'}
    report = json.loads(stdout.strip().splitlines()[-1])
    report['process_seconds'] = outside
    report['peak_rss_mb'] = usage.ru_maxrss / 1024.0
    report['cpu_seconds'] = usage.ru_utime + usage.ru_stime     # the whole process, start-up included
    report['load'] = load
    return report


def summarise(runs):
    """One report per method from its repeated runs: min and median seconds, max peak RSS, load range."""
    good = [r for r in runs if 'error' not in r]
    if not good:
        return runs[-1]
    seconds = sorted(r['seconds'] for r in good)
    return {'method': good[0]['method'], 'seconds': float(np.median(seconds)), 'min_seconds': seconds[0],
            'runs': len(good), 'peak_rss_mb': max(r['peak_rss_mb'] for r in good),
            'load_min': min(r['load'] for r in good), 'load_max': max(r['load'] for r in good)}


#: Priority-map grid sides (cells per side) measured with each BENCH_SIZE: 1 M, 16 M, 64 M, 256 M and 400 M cells.
#: Settlements in the Priority explorer's slider-step benchmark.
EXPLORER_SIZES = (500, 2000, 5000)
PRIORITY_SIDES = {'small': [1000, 4000], 'large': [8000], 'huge': [16000, 20000]}
#: Sides at which the priority map is timed against GDAL alone (16 M and 64 M cells, issue 21).
PRIORITY_REFERENCE_SIDES = (4000, 8000)


def measure(command):
    """Run a benchmark script in its own process: its last JSON line, plus its peak RSS."""
    import tempfile
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', PROJ_DATA='/usr/share/proj', PYTHONPATH=ROOT)
    with tempfile.TemporaryFile('w+') as out, tempfile.TemporaryFile('w+') as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if os.waitstatus_to_exitcode(status) != 0:
        return {'error': stderr.strip().splitlines()[-1] if stderr.strip() else 'failed'}
    report = json.loads(stdout.strip().splitlines()[-1])
    report['peak_rss_mb'] = usage.ru_maxrss / 1024.0
    return report


def agreement(result, reference):
    """p50 / p99 / max differences against exactextract, and settlements missing."""
    out = {}
    for name, relative in (('mean', False), ('share', False), ('pop', True)):
        ours, theirs = result[name], reference[name]
        both = ~np.isnan(ours) & ~np.isnan(theirs)
        diff = np.abs(ours[both] - theirs[both])
        if relative:
            diff = diff / np.maximum(np.abs(theirs[both]), 1.0)
        out[name] = (np.percentile(diff, 50), np.percentile(diff, 99), diff.max()) if diff.size else (np.nan,) * 3
    out['missing'] = int((np.isnan(result['share']) & ~np.isnan(reference['share'])).sum())
    return out


def machine():
    import rasterio
    lines = ['- {0}, {1} cores, {2:.0f} GiB memory'.format(
        platform.processor() or platform.machine(), os.cpu_count(),
        os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30)]
    versions = ['Python {0}'.format(platform.python_version()), 'numpy {0}'.format(np.__version__),
                'rasterio {0} (GDAL {1})'.format(rasterio.__version__, rasterio.__gdal_version__)]
    for module in ('exactextract', 'rasterstats'):
        try:
            versions.append('{0} {1}'.format(module, __import__(module).__version__))
        except Exception:  # only for the report
            versions.append('{0} not installed'.format(module))
    qgis = subprocess.run(['/usr/bin/python3', '-c', 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)'],
                          capture_output=True, text=True).stdout.strip()
    versions.append('QGIS {0}'.format(qgis))
    lines.append('- ' + ', '.join(versions))
    return lines


def table(size, reports, agreements):
    cells, settlements = SIZES[size]
    ours = next((r for r in reports if r['method'] == 'ours_core' and 'seconds' in r), None)
    lines = ['### {0}: {1:,}² cells ({2:.0f} M), {3:,} settlements'.format(size, cells, cells * cells / 1e6,
                                                                           settlements), '',
             '| method | runs | wall s median | wall s min | × ours (median) | 1-min load during the runs '
             '| peak RSS MB | mean depth p50 / p99 / max | exposed share p50 / p99 / max '
             '| exposed pop (rel.) p50 / p99 / max | missing |',
             '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
    for report in reports:
        label = LABELS[report['method']]
        if 'error' in report:
            lines.append('| {0} | failed: {1} | | | | | | | | | |'.format(label, report['error'][:80]))
            continue
        ratio = report['seconds'] / ours['seconds'] if ours else float('nan')
        agree = agreements.get(report['method'])
        cells_text = ['', '', '', '']
        if agree:
            cells_text = ['{0:.2g} / {1:.2g} / {2:.2g}'.format(*agree[k]) for k in ('mean', 'share', 'pop')]
            cells_text.append(str(agree['missing']))
        elif report['method'].startswith('read_once'):
            cells_text = ['n/a'] * 4
        lines.append('| {0} | {1} | {2:.2f} | {3:.2f} | {4:.2f} | {5:.1f}–{6:.1f} | {7:.0f} | {8} |'.format(
            label, report['runs'], report['seconds'], report['min_seconds'], ratio, report['load_min'],
            report['load_max'], report['peak_rss_mb'], ' | '.join(cells_text)))
    by = {r['method']: r for r in reports if 'error' not in r}
    if 'ours_processing' in by:
        ours_file = by['ours_processing']
        lines.append('')
        for peer, what in (('exactextract', 'the fair exactextract'), ('read_once_all', 'the all-cores read-once '
                                                                                        'limit')):
            if peer in by:
                lines.append('- File to file through `processing.run`: {0:.2f} × {1} (medians; {2:.2f} × from the '
                             'minimums).'.format(ours_file['seconds'] / by[peer]['seconds'], what,
                                                 ours_file['min_seconds'] / by[peer]['min_seconds']))
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--sizes', default='small,large')
    parser.add_argument('--methods', default='',
                        help='comma-separated; default: all, but rasterstats and QGIS are skipped for huge')
    parser.add_argument('--data', default=os.path.join(ROOT, 'build', 'bench'))
    parser.add_argument('--results', default=os.path.join(HERE, 'RESULTS.md'))
    parser.add_argument('--notes', default=os.path.join(HERE, 'NOTES.md'))
    parser.add_argument('--repeat', type=int, default=3,
                        help='runs of each method, interleaved (A B C A B C ...); rasterstats runs once')
    parser.add_argument('--priority-repeat', type=int, default=2,
                        help='runs of the priority map and of its GDAL reference, interleaved, at 16 M and 64 M cells')
    parser.add_argument('--skip-others', action='store_true',
                        help='exposure only: no access, priority map, load time or explorer sections')
    args = parser.parse_args()
    load_at_start = load_average()
    sections = []
    for size in args.sizes.split(','):
        methods = [m for m in args.methods.split(',') if m] or [
            m for m in METHODS if size != 'huge' or m not in ('rasterstats', 'qgis_zonal')]
        print('generating the {0} city (cached after the first run)...'.format(size), flush=True)
        # In a child process: a forked child's peak RSS counts the parent's memory at the
        # fork, so the runner itself must stay small.
        folder = subprocess.run([sys.executable, os.path.join(HERE, 'cities.py'), args.data, size], check=True,
                                capture_output=True, text=True).stdout.strip().splitlines()[-1]
        others = busiest()
        runs = {method: [] for method in methods}
        results = {}
        for repeat in range(max(1, args.repeat)):
            for method in methods:
                if repeat and method in SLOW:
                    continue
                out = os.path.join(folder, method + '.npz')
                print('  {0} (run {1})...'.format(method, repeat + 1), end=' ', flush=True)
                report = run_method(method, folder, out)
                print(report.get('error') or '{0:.2f} s, {1:.0f} MB, load {2:.1f}'.format(
                    report['seconds'], report['peak_rss_mb'], report['load']), flush=True)
                runs[method].append(report)
                if repeat == 0 and 'error' not in report and os.path.exists(out):
                    results[method] = dict(np.load(out))
        reports = [summarise(runs[method]) for method in methods]
        agreements = {}
        if 'exactextract' in results:
            for method, result in results.items():
                agreements[method] = agreement(result, results['exactextract'])
        sections.append(table(size, reports, agreements) + [
            '- Busiest processes when this size started (`ps`, CPU % over their lifetime): {0}.'.format(others)])
    if args.skip_others:
        lines = ['# Settlement exposure only (benchmarks/run.py --skip-others)', ''] + machine() + ['']
        for section in sections:
            lines += section + ['']
        with open(args.results, 'w', encoding='utf-8') as handle:
            handle.write('\n'.join(lines) + '\n')
        print('\n'.join(lines))
        return
    print('access scaling...', flush=True)
    access = []
    for settlements, edges in ((1000, 10000), (1000, 100000), (20000, 10000), (20000, 100000)):
        done = subprocess.run([sys.executable, os.path.join(HERE, 'access.py'), str(settlements), str(edges)],
                              capture_output=True, text=True, check=True)
        access.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print('priority-map scaling...', flush=True)
    priority = []
    floor = measure([sys.executable, os.path.join(HERE, 'priority.py'), 'baseline'])
    for size in args.sizes.split(','):
        for side in PRIORITY_SIDES.get(size, []):
            subprocess.run([sys.executable, os.path.join(HERE, 'priority.py'), 'generate', args.data, str(side)],
                           check=True, capture_output=True)
            ours, gdal = [], []
            # Ours and the GDAL reference interleaved (A B A B), at the sizes the target names.
            for _ in range(args.priority_repeat if side in PRIORITY_REFERENCE_SIDES else 1):
                load = load_average()
                report = measure([sys.executable, os.path.join(HERE, 'priority.py'), 'run', args.data, str(side)])
                report['load'] = load
                ours.append(report)
                print('  {0:,} cells: {1} (load {2:.1f})'.format(side * side, report.get('error') or
                                                                '{0:.1f} s, {1:.0f} MB'.format(
                                                                    report['seconds'], report['peak_rss_mb']), load),
                      flush=True)
                if side in PRIORITY_REFERENCE_SIDES:
                    load = load_average()
                    reference = measure([sys.executable, os.path.join(HERE, 'priority.py'), 'gdal', args.data,
                                         str(side)])
                    reference['load'] = load
                    gdal.append(reference)
                    print('    GDAL reference: {0} (load {1:.1f})'.format(
                        reference.get('error') or '{0:.1f} s'.format(reference['seconds']), load), flush=True)
            good = [r for r in ours if 'error' not in r]
            report = dict(good[len(good) // 2] if good else ours[-1])
            if good:
                report['seconds'] = float(np.median([r['seconds'] for r in good]))
                report['s_per_million'] = report['seconds'] / (report['cells'] / 1e6)
                report['runs'] = len(good)
                report['loads'] = [r['load'] for r in ours + gdal]
            done = [r['seconds'] for r in gdal if 'error' not in r]
            if done:
                report['gdal_seconds'] = float(np.median(done))
            priority.append(report)
    print('plugin load time...', flush=True)
    load = json.loads(subprocess.run([sys.executable, os.path.join(HERE, 'load_time.py'), '5'], capture_output=True,
                                     text=True, check=True).stdout.strip().splitlines()[-1])
    print('priority explorer...', flush=True)
    explorer = measure([sys.executable, os.path.join(HERE, 'explorer.py')] + [str(n) for n in EXPLORER_SIZES])
    for r in explorer.get('explorer', []):
        print('  {settlements:,} settlements: {median_ms:.1f} ms per slider step'.format(**r), flush=True)
    print('batch of cities, sequential and on Dask...', flush=True)
    batch = measure([sys.executable, os.path.join(HERE, 'batch.py'), args.data, '8', 'local:2'])
    print('  ' + (batch.get('error') or '{sequential_s:.1f} s and {dask_s:.1f} s: {speedup:.2f}x'.format(**batch)),
          flush=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
    lines = ['# Benchmark results', '',
             'Written by `make bench` (benchmarks/run.py) on {0}. Quote the ratios: absolute seconds vary '
             'from run to run on this shared machine.'.format(stamp), '',
             '1-minute load average at the start of the run {0:.1f}, at its end {1:.1f}, on {2} cores{3}. Methods '
             'are run in turn (A B C A B C ...) so that each repeat of each one meets the same load, and each '
             'table gives the load during its own runs.'.format(
                 load_at_start, load_average(), os.cpu_count(),
                 ': other processes were competing for the cores, so every figure here was taken under load and '
                 'absolute seconds are slower than on a quiet machine' if max(load_at_start, load_average()) >
                 (os.cpu_count() or 1) * 0.75 else ''), '', '## Machine', ''] + machine()
    lines += ['', '## Settlement exposure', '',
              'Flood depth >= {0} m and population; per settlement: coverage-weighted mean depth, exposed share, '
              'exposed population. Wall time is the method\'s own work from files on disk to per-settlement '
              'numbers (reprojecting the settlements included); peak RSS is the whole process. Differences are '
              'absolute for depth (m) and share, relative for population; "missing" counts settlements that '
              'exactextract measures and the method leaves empty.'.format(THRESHOLD), '']
    for section in sections:
        lines += section + ['']
    lines += ['## Access scaling', '',
              'The access engine (core call) on square road lattices with 100 m blocks; a flood band cuts '
              'the streets crossing a strip. One facility per 100 settlements (at least 10).', '',
              '| settlements | road edges | pieces | facilities | build graph s | straight distances s | hazard cut s '
              '| network, normal and flood s | total s | lose access |',
              '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
    for a in access:
        lines.append('| {settlements:,} | {graph_edges:,} | {pieces} | {facilities:,} | {graph_s:.3f} | '
                     '{straight_s:.3f} | {hazard_s:.3f} | {network_s:.3f} | {total_s:.2f} | {lost:,} |'.format(**a))
    lines += ['', '## Priority-map scaling', '',
              '`resilienceplanner:prioritymap` through `processing.run` on square synthetic cities of 10 m cells '
              '(benchmarks/priority.py): flood depth and population rasters (float32, tiled, deflate, with nodata '
              'blocks), 2,000 settlements with a vulnerability value, 200 facilities, 200 sensitivity runs; all '
              'four outputs written. Peak RSS is the whole process; QGIS with '
              'Processing and the provider started, nothing run, peaks at {0:.0f} MB.'.format(
                  floor.get('peak_rss_mb', float('nan'))), '',
              'The GDAL reference (`benchmarks/priority.py gdal`) is what GDAL alone takes to bring the two '
              'raster criteria onto the same grid: `gdalwarp -multi -wo NUM_THREADS=ALL_CPUS` of each with the '
              'same resampling (bilinear for the hazard, sum for the population), written tiled and deflated, plus '
              'one `gdal_calc.py` pass for their weighted sum. It runs interleaved with ours, and seconds are '
              'medians of the runs.', '',
              '| cells | runs | seconds | seconds per million cells | GDAL reference s | × GDAL reference | '
              '1-min load during the runs | peak RSS MB | settlements ranked | high-priority km² | zones |',
              '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
    for r in priority:
        if 'error' in r:
            lines.append('| {0} | failed: {1} | | | | | | | | | |'.format(r.get('cells', '?'), r['error']))
            continue
        reference = r.get('gdal_seconds')
        lines.append('| {cells:,} | {runs} | {seconds:.1f} | {s_per_million:.2f} | {gdal} | {ratio} | '
                     '{low:.1f}–{high:.1f} | {peak_rss_mb:.0f} | {ranked} | {high_area_km2:,.0f} | {zones:,} |'.format(
                         gdal='{0:.1f}'.format(reference) if reference else '', low=min(r['loads']),
                         high=max(r['loads']),
                         ratio='{0:.2f}'.format(r['seconds'] / reference) if reference else '', **r))
    lines.append('')
    lines += ['## Plugin load time', '',
              'Median of {runs} fresh processes (QGIS\'s own start-up excluded), with the plugin\'s bytecode '
              'cached as after QGIS\'s first start with it: classFactory {classFactory_ms:.1f} ms, '
              'initProcessing {initProcessing_ms:.1f} ms, initGui {initGui_ms:.1f} ms; total {total_ms:.1f} ms. '
              'A first start, compiling the plugin\'s sources: {first_start_total_ms:.1f} ms. '
              'Heavy modules imported by then: {heavy}.'.format(heavy=', '.join(load['heavy_after']) or 'none', **load),
              '']
    lines += ['## Priority explorer', '',
              'One slider step in the Priority explorer dock (benchmarks/explorer.py): the weights rebalanced, every '
              'settlement re-scored and re-ranked (core.ranking), the table model reset and its rows on screen and '
              'the chart repainted, with a settlement selected, in a 1366 x 768 main window. Five criteria with 3 % '
              'missing values; {0} steps after 3 warm-up steps. The target is 100 ms per step.'.format(
                  (explorer.get('explorer') or [{}])[0].get('steps', '?')), '',
              '| settlements | ms per step (median) | slowest step ms | opening the ranking ms |',
              '| --- | --- | --- | --- |']
    if 'error' in explorer:
        lines.append('| failed: {0} | | | |'.format(explorer['error']))
    for r in explorer.get('explorer', []):
        lines.append('| {settlements:,} | {median_ms:.1f} | {max_ms:.1f} | {load_ms:.0f} |'.format(**r))
    lines.append('')
    lines += ['## Batch of cities', '',
              '`resilienceplanner:batchcities` on 8 sample cities (benchmarks/batch.py: different seeds, 100 m cells, '
              'the workflow and the report each), without a scheduler and with SCHEDULER=local:2 (a Dask LocalCluster '
              'of 2 worker processes, its start-up included). On this 2-core machine the ceiling is about 2x.', '']
    if 'error' in batch:
        lines.append('Failed: {0}'.format(batch['error']))
    else:
        lines.append('Sequential {sequential_s:.1f} s, {scheduler} {dask_s:.1f} s: a speed-up of {speedup:.2f}x; '
                     'the same figures in both summaries: {same_figures}.'.format(**batch))
    lines.append('')
    if os.path.exists(args.notes):
        with open(args.notes, encoding='utf-8') as handle:
            lines += [handle.read().rstrip()]
    with open(args.results, 'w', encoding='utf-8') as handle:
        handle.write('\n'.join(lines) + '\n')
    print('\n'.join(lines[:60]))
    print('Wrote {0}'.format(args.results))


if __name__ == '__main__':
    main()
