"""resilienceplanner:batchcities on Dask: real LocalClusters and a real `dask scheduler` with `dask worker`
processes on loopback, each worker running QGIS, over four generated cities (one broken on purpose), compared
figure by figure with the sequential run."""
import contextlib
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import fiona
import numpy as np
import psutil
import pytest
import rasterio
from qgis import processing
from qgis.core import QgsProcessingException

from resilience_planner.algorithms import batch_dask
from resilience_planner.algorithms.batch_dask import KILL_CITY, parse_scheduler
from resilience_planner.core.sample_city import generate
from tests.conftest import REPO, RecordingFeedback
from tests.test_batch_cities import CITY_FILES, register_with_actions

NAMES = (('Alpha', 7), ('Bravo', 11), ('Charlie', 13), ('Delta', 17))
BROKEN = 'Charlie'
#: The city with actions in its register: its folder has their project profiles, and no register of its own.
WITH_ACTIONS = 'Delta'
#: What may differ between two runs of the same city: times, where it ran, and the absolute folders.
VARYING = {'seconds', 'worker', 'attempts', 'report'}


@pytest.fixture(scope='module')
def cities(plugin, tmp_path_factory):
    """Four cities in the documented layout, with a coarse grid; Charlie's thresholds cannot be read."""
    root = tmp_path_factory.mktemp('dask_cities')
    for name, seed in NAMES:
        folder = root / name
        paths = generate(str(folder), seed=seed)
        os.rename(paths['vectors'], str(folder / 'city.gpkg'))
        for key in ('flood_depth', 'heat_lst'):
            os.rename(paths[key], str(folder / 'hazard_{0}.tif'.format(key)))
        os.remove(paths['landslide_susceptibility'])
        settings = {'name': '{0} city'.format(name), 'thresholds': 'deep, hot' if name == BROKEN else '0.3, 37',
                    'cell_size': 200, 'hazard_settings': ['1', 'linear', 0, 1.5, '', 2, '2', 'linear', 33, 40, '', 1]}
        (folder / 'city.json').write_text(json.dumps(settings), encoding='utf-8')
    register_with_actions(root / WITH_ACTIONS, ['Drains', 'Flood early warning'])
    return root


def city_files(name):
    """What the folder of the city ``name`` holds after the batch."""
    if name == WITH_ACTIONS:
        return CITY_FILES - {'action_plan.gpkg'} | {'project_profiles.pdf'}
    return CITY_FILES


@pytest.fixture(scope='module')
def sequential(cities, tmp_path_factory):
    """The reference: the batch without a scheduler."""
    out = tmp_path_factory.mktemp('sequential')
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out)})
    assert (result['SUCCEEDED'], result['FAILED']) == (3, 1)
    return out


@pytest.fixture(autouse=True)
def no_dask_process_left():
    """Every test leaves no Dask process behind: its clusters and workers are closed in finally blocks."""
    yield
    deadline = time.time() + 20
    while time.time() < deadline and dask_processes():
        time.sleep(0.5)
    assert dask_processes() == []


def dask_processes():
    me = psutil.Process()
    found = []
    for child in me.children(recursive=True):
        try:
            line = ' '.join(child.cmdline())
        except psutil.Error:
            continue
        # multiprocessing's resource tracker is one helper for the life of the process that spawned workers
        if ('multiprocessing' in line or 'dask' in line or 'distributed' in line) and 'resource_tracker' not in line:
            found.append(line)
    return found


def summary(path):
    with open(path, encoding='utf-8') as handle:
        return {row['city']: row for row in csv.DictReader(handle)}


def figures(row):
    return {k: v for k, v in row.items() if k not in VARYING}


def table_row(feature):
    """A feature's attributes, comparable across runs: the style table says when it was written, its rules get
    new ids ({uuid}) each time, and Qt writes XML attributes in an order of its own in each process (a hash),
    so XML is canonicalised. QGIS 3.40 and later also write the layer's elevation-profile symbols, which QGIS
    gives a random colour for each new layer (two sequential runs differ there too): that element is left out."""
    return {k: re.sub(r'"\{[0-9a-f-]{36}\}"', '"{id}"', ET.canonicalize(xml_data=without_elevation(v), strip_text=True))
            if isinstance(v, str) and v.startswith('<') else v
            for k, v in feature['properties'].items() if k != 'update_time'}


def without_elevation(text):
    """A QGIS style document without its <elevation> element (other XML as it is)."""
    root = ET.fromstring(text)
    for element in root.findall('elevation'):
        root.remove(element)
    return ET.tostring(root, encoding='unicode')


def assert_same_outputs(reference, out, names):
    """Every city folder holds the same files as the reference, with the same rasters and the same tables; the
    PDFs (whose bytes hold when they were made) the same number of pages."""
    from tests.test_report import page_count
    for name in names:
        assert set(os.listdir(out / name)) == city_files(name), name
        for file_name in sorted(city_files(name)):
            mine, theirs = out / name / file_name, reference / name / file_name
            if file_name.endswith('.tif'):
                with rasterio.open(mine) as a, rasterio.open(theirs) as b:
                    assert np.array_equal(a.read(), b.read(), equal_nan=True), (name, file_name)
                    assert a.transform == b.transform and a.crs == b.crs
            elif file_name.endswith('.gpkg'):
                for layer in fiona.listlayers(str(theirs)):
                    with fiona.open(str(mine), layer=layer) as a, fiona.open(str(theirs), layer=layer) as b:
                        rows_a, rows_b = [table_row(f) for f in a], [table_row(f) for f in b]
                        assert rows_a == rows_b, (name, file_name, layer)
                        assert [f['geometry'] for f in a] == [f['geometry'] for f in b], (name, file_name, layer)
            elif file_name.endswith('.pdf'):
                assert mine.stat().st_size > 10000 and page_count(str(mine)) == page_count(str(theirs)), file_name
    assert not [p for p in os.listdir(out) if '.partial' in p or p.endswith('.attempts.json')]


def assert_same_summary(reference, out, names=None):
    ours, theirs = summary(out / 'summary.csv'), summary(reference / 'summary.csv')
    assert list(ours) == list(theirs)
    for name in names or ours:
        assert figures(ours[name]) == figures(theirs[name]), name
    return ours


class Log(RecordingFeedback):
    """Keeps the infos and warnings, and the errors too."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)
        super().reportError(error, fatal_error)


def test_the_scheduler_parameter_is_read_or_refused():
    assert parse_scheduler('local', cores=2) == ('local', 2)
    assert parse_scheduler(' LOCAL:3 ') == ('local', 3)
    assert parse_scheduler('tcp://127.0.0.1:8786') == ('address', 'tcp://127.0.0.1:8786')
    for bad in ('local:0', 'locl', '127.0.0.1:8786', 'tcp://', 'local:two'):
        with pytest.raises(ValueError):
            parse_scheduler(bad)


def test_an_unknown_scheduler_is_refused_with_the_forms_it_takes(cities, tmp_path):
    with pytest.raises(QgsProcessingException, match='local:N'):
        processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(tmp_path),
                                                         'SCHEDULER': 'localhost:8786'})


def test_two_local_workers_give_the_sequential_results_and_name_their_workers(cities, sequential, tmp_path):
    out = tmp_path / 'out'
    feedback = Log()
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                              'SCHEDULER': 'local:2'}, feedback=feedback)
    assert (result['SUCCEEDED'], result['FAILED'], result['SKIPPED']) == (3, 1, 0)
    rows = assert_same_summary(sequential, out)
    assert rows[BROKEN]['status'] == 'failed' and 'deep' in rows[BROKEN]['error']
    assert_same_outputs(sequential, out, [n for n, _ in NAMES if n != BROKEN])
    assert sorted(os.listdir(out)) == ['Alpha', 'Bravo', 'Delta', 'summary.csv']
    workers = {row['worker'] for row in rows.values()}
    assert len(workers) == 2 and all(w.startswith('tcp://127.0.0.1:') for w in workers)   # both worked
    assert {row['attempts'] for row in rows.values()} == {'1'}
    # The log names each city as it finishes, with its worker, and counts the cities finished.
    for name, _ in NAMES:
        if name != BROKEN:
            assert any(re.match(r'{0}: done on tcp://127\.0\.0\.1:\d+ \(\d of 4 cities finished\)'.format(name), i)
                       for i in feedback.infos), feedback.infos
    assert any(e.startswith(BROKEN + ': failed on tcp://') and 'deep' in e for e in feedback.errors)
    assert any(re.match(r'Bravo: workflow on tcp://', i) for i in feedback.infos)
    done = json.loads((out / 'Alpha' / 'done.json').read_text(encoding='utf-8'))
    assert done['worker'] == rows['Alpha']['worker'] and done['attempts'] == 1


class Progress(Log):
    """Keeps every progress value; cancels once ``cancel_after`` cities are reported done, if given."""

    def __init__(self, cancel_after=None):
        super().__init__()
        self.values = []
        self.cancel_after = cancel_after
        self.progressChanged.connect(self.values.append)

    def pushInfo(self, info):
        super().pushInfo(info)
        if self.cancel_after and len([i for i in self.infos if ': done on ' in i]) >= self.cancel_after:
            self.cancel()


def test_one_worker_resumes_what_the_sequential_batch_did_and_back(cities, sequential, tmp_path):
    out = tmp_path / 'out'
    manifest = tmp_path / 'first.csv'
    manifest.write_text('city,folder\nAlpha,{0}\n'.format(cities / 'Alpha'), encoding='utf-8')
    first = processing.run('resilienceplanner:batchcities', {'MANIFEST': str(manifest), 'OUTPUT_FOLDER': str(out)})
    assert first['SUCCEEDED'] == 1
    before = (out / 'Alpha' / 'report.pdf').stat().st_mtime
    feedback = Progress()
    again = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                             'SCHEDULER': 'local:1', 'RESUME': True},
                           feedback=feedback)
    assert (again['SUCCEEDED'], again['FAILED'], again['SKIPPED']) == (2, 1, 1)
    assert (out / 'Alpha' / 'report.pdf').stat().st_mtime == before
    rows = summary(again['SUMMARY'])
    assert rows['Alpha']['status'] == 'skipped (done before)' and rows['Alpha']['worker'] == ''
    assert len({rows[n]['worker'] for n in ('Bravo', 'Delta')}) == 1
    assert_same_outputs(sequential, out, ['Alpha', 'Bravo', 'Delta'])
    # Progress counts finished cities: it never goes back and ends at 100 %.
    assert feedback.values == sorted(feedback.values) and feedback.values[-1] == pytest.approx(100)
    assert feedback.values[0] >= 25 - 1e-6           # the city skipped counts as finished
    # And back: the sequential batch resumes what Dask did.
    last = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                            'RESUME': True})
    assert (last['SUCCEEDED'], last['FAILED'], last['SKIPPED']) == (0, 1, 3)
    assert summary(last['SUMMARY'])['Bravo']['worker'] == rows['Bravo']['worker']


def test_a_worker_killed_mid_city_is_retried_once_and_no_city_is_lost_or_doubled(cities, sequential, tmp_path,
                                                                               monkeypatch):
    monkeypatch.setenv(KILL_CITY, 'Bravo')        # read by the task: its worker dies as Bravo's report starts
    out = tmp_path / 'out'
    feedback = Log()
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                              'SCHEDULER': 'local:2'}, feedback=feedback)
    assert (result['SUCCEEDED'], result['FAILED']) == (3, 1)
    rows = assert_same_summary(sequential, out)
    assert rows['Bravo']['status'] == 'done' and rows['Bravo']['attempts'] == '2'
    assert {rows[n]['attempts'] for n in ('Alpha', 'Delta', BROKEN)} == {'1'}
    assert_same_outputs(sequential, out, ['Alpha', 'Bravo', 'Delta'])
    # Bravo's first attempt ran its workflow on a worker (killed as its report started) other than the one
    # that finished it.
    first = [i for i in feedback.infos if i.startswith('Bravo: workflow on') and i.endswith('(attempt 1)')]
    assert first and rows['Bravo']['worker'] not in first[0]
    assert any(i.startswith('Bravo: workflow on') and i.endswith('(attempt 2)') for i in feedback.infos)
    assert len([i for i in feedback.infos if i.startswith('Bravo: done on')]) == 1


def test_a_city_whose_worker_dies_on_every_attempt_fails_with_the_reason(cities, tmp_path, monkeypatch):
    monkeypatch.setenv(KILL_CITY, 'Alpha')
    monkeypatch.setenv(KILL_CITY + '_EVERY', '1')        # every attempt dies
    manifest = tmp_path / 'two.csv'
    manifest.write_text('city,folder\nAlpha,{0}\nDelta,{1}\n'.format(cities / 'Alpha', cities / 'Delta'),
                        encoding='utf-8')
    out = tmp_path / 'out'
    result = processing.run('resilienceplanner:batchcities', {'MANIFEST': str(manifest), 'OUTPUT_FOLDER': str(out),
                                                              'SCHEDULER': 'local:2'})
    assert (result['SUCCEEDED'], result['FAILED']) == (1, 1)
    rows = summary(result['SUMMARY'])
    assert rows['Alpha']['status'] == 'failed' and rows['Alpha']['attempts'] == '2'
    assert 'its worker stopped (killed or out of memory) on every attempt: tcp://' in rows['Alpha']['error']
    assert rows['Delta']['status'] == 'done'
    assert sorted(os.listdir(out)) == ['Delta', 'summary.csv']       # nothing of Alpha's attempts is left


def test_cancel_keeps_the_cities_finished_and_leaves_nothing_half_done(cities, tmp_path):
    out = tmp_path / 'out'
    feedback = Progress(cancel_after=1)
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                              'SCHEDULER': 'local:1'}, feedback=feedback)
    rows = summary(result['SUMMARY'])
    assert list(rows) == [n for n, _ in NAMES]
    done = [n for n, row in rows.items() if row['status'] == 'done']
    assert 1 <= result['SUCCEEDED'] == len(done) < 3
    assert 'not run (cancelled)' in {row['status'] for row in rows.values()}
    for name in done:
        assert set(os.listdir(out / name)) == city_files(name)
    assert sorted(os.listdir(out)) == sorted(done + ['summary.csv'])
    assert any(w.startswith('Cancelled: the cities done are kept') for w in feedback.warnings)


@contextlib.contextmanager
def dask_cli(tmp_path, workers):
    """A `dask scheduler` and one `dask worker` per item of ``workers`` (a command prefix, e.g. [] or an
    unshare), on loopback, the plugin on their path; all killed on the way out."""
    scheduler_file = tmp_path / 'scheduler.json'
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM='offscreen', PROJ_DATA='/usr/share/proj')
    processes = []
    try:
        processes.append(subprocess.Popen(
            [sys.executable, '-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0',
             '--no-dashboard', '--scheduler-file', str(scheduler_file)], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL))
        deadline = time.time() + 60
        while not scheduler_file.exists() and time.time() < deadline:
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text(encoding='utf-8'))['address']
        for prefix in workers:
            processes.append(subprocess.Popen(
                prefix + [sys.executable, '-m', 'distributed.cli.dask_worker', address, '--nthreads', '1',
                          '--nworkers', '1', '--host', '127.0.0.1', '--no-dashboard'],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield address
    finally:
        for process in reversed(processes):
            try:
                for child in psutil.Process(process.pid).children(recursive=True):
                    child.kill()
            except psutil.Error:
                pass
            process.kill()
            process.wait(30)


def test_a_dask_scheduler_and_two_dask_workers_on_loopback(cities, sequential, tmp_path):
    """As on a server: `dask scheduler` and `dask worker` processes, the plugin on the workers' path."""
    with dask_cli(tmp_path, [[], []]) as address:
        out = tmp_path / 'out'
        result = processing.run('resilienceplanner:batchcities', {
            'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out), 'SCHEDULER': address})
        assert (result['SUCCEEDED'], result['FAILED']) == (3, 1)
        assert_same_summary(sequential, out)
        assert_same_outputs(sequential, out, ['Alpha', 'Bravo', 'Delta'])
        assert len({row['worker'] for row in summary(result['SUMMARY']).values()}) == 2


def can_unshare_mounts():
    """Whether this process may start one in a mount namespace of its own (root, unshare, and a / that is a mount
    point: in a bare chroot it is not, which tools/test_matrix.sh avoids by binding the chroot onto itself)."""
    if os.geteuid() != 0 or not shutil.which('unshare'):
        return False
    probe = subprocess.run(['unshare', '--mount', '--propagation', 'private', 'true'], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not can_unshare_mounts(), reason='needs root and unshare --mount')
def test_a_worker_that_does_not_see_the_folders_is_named_and_nothing_runs(cities, tmp_path):
    """One worker in a mount namespace of its own, where an empty file system hides the cities."""
    hide = ['unshare', '--mount', '--propagation', 'private', 'sh', '-c',
            'mount -t tmpfs tmpfs "$0" && exec "$@"', str(cities)]
    out = tmp_path / 'out'
    with dask_cli(tmp_path, [[], hide]) as address:
        from distributed import Client
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        with pytest.raises(QgsProcessingException, match='Not every Dask worker sees the folders of the batch: '
                                                         r'tcp://127\.0\.0\.1:\d+ \(cannot read .*Alpha'):
            processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                             'SCHEDULER': address})
    assert os.listdir(out) == []


def test_a_scheduler_that_is_not_there_is_named(cities, tmp_path, monkeypatch):
    monkeypatch.setattr(batch_dask, 'CONNECT_TIMEOUT', 3)
    with pytest.raises(QgsProcessingException, match='tcp://127.0.0.1:9 cannot be reached'):
        processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(tmp_path),
                                                         'SCHEDULER': 'tcp://127.0.0.1:9'})
