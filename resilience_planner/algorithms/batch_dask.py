"""resilienceplanner:batchcities on Dask distributed: one task per city, on a local cluster or a scheduler.

The calling QGIS (the desktop, or qgis_process on a server) is the Dask client: it submits one task per city
and collects the rows of the summary. Each worker process starts QGIS once, headless, with the plugin's
provider (:func:`start_worker_qgis`, lazily in the task's thread, so that every QGIS object of the process
lives in one thread), and runs exactly what the sequential batch runs for one city
(``BatchCitiesAlgorithm._attempt``) into the city's output folder, which every worker must see (a shared
file system, checked at the start).

Faults: a city's own failure comes back as a failed row. A worker that dies mid-city loses only that city's
attempt: Dask reschedules the task on a live worker; each attempt computes into a folder of its own
(``<city>.partial-<id>``) renamed into place only when complete, so outputs never mix two attempts. Every
attempt is booked in ``<city>.attempts.json`` in the output folder: a second death (or a third attempt on
a scheduler configured to allow more) records the city as failed with the workers that died. Cancel sets a
Dask ``Event``: tasks not started return at once, running ones cancel their step; finished cities stay.

Dask is imported only when a scheduler is given (``dask`` and ``distributed`` are optional).
"""
import json
import os
import re
import shutil
import signal
import sys
import threading
import time
import uuid

from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProcessingMultiStepFeedback
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..qgis_side.translation import Context
from .batch_cities import DONE, MARKER, STEPS

#: The context of this module's messages (see qgis_side/translation.py).
BatchDask = Context('BatchDask')

#: A test hook, read by the task: the worker running the city of this name kills itself (SIGKILL) when the
#: city's report step starts on its first attempt, as a worker dies mid-city (out of memory, killed).
KILL_CITY = 'RP_TEST_KILL_CITY'
#: The Dask event topic of the steps the workers report.
TOPIC = 'resilience-planner-batch'
#: A city is tried at most this many times when its worker dies (a failure of its own is final at once).
MAX_ATTEMPTS = 2
ATTEMPTS_SUFFIX = '.attempts.json'
#: Seconds to wait for a scheduler's answer before saying it cannot be reached.
CONNECT_TIMEOUT = 15
PARTIAL = '.partial-'


def parse_scheduler(text, cores=None):
    """``('local', N)`` for ``local`` / ``local:N``, ``('address', text)`` for a scheduler address; ValueError
    for anything else."""
    text = (text or '').strip()
    match = re.fullmatch(r'local(?::(\d+))?', text, re.IGNORECASE)
    if match:
        workers = int(match.group(1)) if match.group(1) else (cores or available_cores())
        if workers < 1:
            raise ValueError(text)
        return 'local', workers
    if re.fullmatch(r'(tcp|tls|ws|wss|ucx)://[^\s/]+(:\d+)?/?', text, re.IGNORECASE):
        return 'address', text.rstrip('/')
    raise ValueError(text)


def available_cores():
    """The cores this process may use (its CPU affinity where the platform says)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def install_advice():
    """How to add dask and distributed to the Python this QGIS runs."""
    return BatchDask.tr(
        'Install them into the Python that QGIS runs: on Debian or Ubuntu, {0} -m pip install --user '
        '--break-system-packages "dask[distributed]"; on Windows, from the OSGeo4W Shell, python -m pip install '
        '"dask[distributed]"; in a conda environment, conda install -c conda-forge dask distributed. Then restart '
        'QGIS.').format(python_executable())


def python_executable():
    """The Python interpreter of this QGIS: Dask starts its worker processes with it. In QGIS, sys.executable
    can be the QGIS program itself, which must not be started as a worker."""
    if os.path.basename(sys.executable).lower().startswith('python'):
        return sys.executable
    names = ('python3', 'python') if os.name != 'nt' else ('python3.exe', 'python.exe')
    for folder in (os.path.join(sys.exec_prefix, 'bin'), sys.exec_prefix, os.path.dirname(sys.executable)):
        for name in names:
            if os.path.isfile(os.path.join(folder, name)):
                return os.path.join(folder, name)
    return shutil.which('python3') or shutil.which('python') or sys.executable


def _import_distributed(scheduler):
    try:
        import dask
        import distributed
    except ImportError:
        raise QgsProcessingException(BatchDask.tr(
            'The scheduler {0} needs the Python packages dask and distributed, and this QGIS\'s Python does not have '
            'them. {1} Or leave the scheduler empty to run one city at a time.').format(
                scheduler, install_advice())) from None
    return dask, distributed


# -- The client side: the calling QGIS ------------------------------------------------------------------------


def run_on_dask(algorithm, scheduler, cities, out, targets, resume, cell, feedback):
    """Run the cities as Dask tasks; return the summary rows (in the cities' order) and the counts."""
    try:
        kind, value = parse_scheduler(scheduler)
    except ValueError:
        raise QgsProcessingException(BatchDask.tr(
            'The scheduler "{0}" is not one the batch knows. Leave it empty (one city at a time here), or give local, '
            'local:N (N worker processes on this machine) or a Dask scheduler address such as '
            'tcp://10.0.0.5:8786.').format(scheduler)) from None
    dask, distributed = _import_distributed(scheduler)
    rows, jobs = [None] * len(cities), []
    skipped = 0
    run = uuid.uuid4().hex[:12]
    for number, (city, folder) in enumerate(cities):
        target = os.path.join(out, targets[number])
        marker = os.path.join(target, DONE)
        if resume and os.path.exists(marker):
            with open(marker, encoding='utf-8') as handle:
                rows[number] = dict(json.load(handle), status='skipped (done before)')
            skipped += 1
            feedback.pushInfo(BatchDask.tr('{0}: done before, skipped.').format(city))
            continue
        jobs.append(dict(number=number, city=city, folder=os.path.abspath(folder), target=target, cell=cell,
                         cancel='rp-cancel-' + run, run=run))
    done = failed = 0
    if not jobs:
        return rows, done, failed, skipped
    for job in jobs:
        _clear_books(job['target'])
    cluster = client = None
    try:
        client, cluster = _connect(dask, distributed, kind, value, feedback)
        # A city folder that is missing here is that city's failure, not the shared file system's.
        _check_shared_folders(client, next((j['folder'] for j in jobs if os.path.isdir(j['folder'])), None), out)
        cancel = distributed.Event(jobs[0]['cancel'], client=client)
        steps = []
        client.subscribe_topic(TOPIC, lambda event: steps.append(event[1]))
        futures = {client.submit(run_city, job, key='rp-city-{0}-{1}'.format(run, job['number']), pure=False): job
                   for job in jobs}
        feedback.pushInfo(BatchDask.tr('{0} cities submitted to {1} ({2} workers).').format(
            len(jobs), value if kind == 'address' else 'local:{0}'.format(value), len(client.nthreads())))
        pending, finished, shares, progress, cancelled_at = set(futures), skipped, {}, 0.0, None
        while pending:
            while steps:
                event = steps.pop(0)
                if event.get('run') != run:
                    continue
                feedback.pushInfo(BatchDask.tr('{0}: {1} on {2} (attempt {3})').format(
                    event['city'], event['step'], event['worker'], event['attempt']))
                shares[event['number']] = max(shares.get(event['number'], 0.0), event['index'] / len(STEPS))
            for future in [f for f in pending if f.done()]:
                pending.discard(future)
                job = futures[future]
                row, outcome = _outcome(future, job)
                rows[job['number']] = row
                finished += 1
                shares.pop(job['number'], None)
                if outcome == 'done':
                    done += 1
                    feedback.pushInfo(BatchDask.tr('{0}: done on {1} ({2} of {3} cities finished).').format(
                        job['city'], row.get('worker', ''), finished, len(cities)))
                elif outcome == 'failed':
                    failed += 1
                    feedback.reportError(BatchDask.tr('{0}: failed on {1}: {2}').format(
                        job['city'], row.get('worker', ''), row.get('error', '')), False)
                else:
                    feedback.pushWarning(BatchDask.tr('{0}: cancelled; nothing of it was kept.').format(job['city']))
            progress = max(progress, 100.0 * (finished + sum(shares.values())) / len(cities))
            feedback.setProgress(progress)
            if feedback.isCanceled() and cancelled_at is None:
                cancelled_at = time.time()
                cancel.set()
            if cancelled_at is not None and time.time() - cancelled_at > 120:
                client.cancel(list(pending))      # a task that ignores the cancel for two minutes
                for future in pending:
                    job = futures[future]
                    rows[job['number']] = {'city': job['city'], 'status': 'not run (cancelled)'}
                break
            if pending:
                _wait(0.2)
    finally:
        if client is not None:
            try:
                client.unsubscribe_topic(TOPIC)
            # The subscription may already be gone with the scheduler; closing the client follows.
            except Exception:  # nosec B110
                pass
            client.close()
        if cluster is not None:
            cluster.close()
        for job in jobs:
            _clear_books(job['target'])
    return rows, done, failed, skipped


def _connect(dask, distributed, kind, value, feedback):
    """A client of a new LocalCluster (kind 'local', ``value`` workers) or of the scheduler at ``value``."""
    if kind == 'local':
        python = python_executable()
        if python != sys.executable:
            distributed.utils.mp_context.set_executable(python)
        # A city's worker that dies may be retried once (allowed-failures), and a worker holds one city at a
        # time (saturation 1.0), so that a death makes no other city suspicious.
        with dask.config.set({'distributed.scheduler.allowed-failures': MAX_ATTEMPTS - 1,
                              'distributed.scheduler.worker-saturation': 1.0}):
            import logging
            cluster = distributed.LocalCluster(n_workers=value, threads_per_worker=1, processes=True,
                                               host='127.0.0.1', dashboard_address=None,
                                               silence_logs=logging.ERROR)
        try:
            client = distributed.Client(cluster)
        except BaseException:
            cluster.close()
            raise
        feedback.pushInfo(BatchDask.tr('A local Dask cluster of {0} worker processes: {1}').format(
            value, cluster.scheduler_address))
        return client, cluster
    try:
        client = distributed.Client(value, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as err:
        raise QgsProcessingException(BatchDask.tr(
            'The Dask scheduler at {0} cannot be reached ({1}). Start it (dask scheduler) and its workers (dask '
            'worker {0}), or check the address and the firewall.').format(value, err)) from None
    try:
        client.wait_for_workers(1, timeout=60)
    except (OSError, TimeoutError):
        client.close()
        raise QgsProcessingException(BatchDask.tr(
            'The Dask scheduler at {0} has no worker. Start one or more on machines with QGIS and the plugin: '
            'dask worker {0} --nthreads 1.').format(value)) from None
    return client, None


def _check_shared_folders(client, first_city, out):
    """Every worker must read the first city's folder and write the output folder, at the same paths."""
    answers = client.run(check_folders, first_city, out)
    problems = ['{0} ({1})'.format(worker, problem) for worker, problem in sorted(answers.items()) if problem]
    if problems:
        raise QgsProcessingException(BatchDask.tr(
            'Not every Dask worker sees the folders of the batch: {0}. The input and output folders must be on a '
            'file system that every worker mounts at the same path (e.g. NFS or SMB); mount it there, or run '
            'without a scheduler.').format('; '.join(problems)))


def check_folders(first_city, out):
    """Run on each worker: None when it can read ``first_city`` (if given) and write ``out``, else what fails."""
    try:
        if first_city:
            os.listdir(first_city)
    except OSError as err:
        return 'cannot read {0}: {1}'.format(first_city, err.strerror or err)
    probe = os.path.join(out, '.resilience_planner_probe_{0}_{1}'.format(os.getpid(), uuid.uuid4().hex[:8]))
    try:
        with open(probe, 'w', encoding='utf-8') as handle:
            handle.write('ok')
        os.remove(probe)
    except OSError as err:
        return 'cannot write {0}: {1}'.format(out, err.strerror or err)
    return None


def _outcome(future, job):
    """The summary row and outcome of a finished task; a task that lost its workers is a failed city."""
    try:
        return future.result()
    except Exception as err:
        workers = _read_attempts(job['target'])
        if type(err).__name__ == 'KilledWorker':
            message = 'its worker stopped (killed or out of memory) on every attempt: {0}'.format(
                ', '.join(workers) or '?')
        else:
            message = '{0}: {1}'.format(type(err).__name__, str(err).strip().splitlines()[-1] if str(err).strip()
                                        else '')
        return {'city': job['city'], 'status': 'failed', 'error': message,
                'worker': workers[-1] if workers else '', 'attempts': len(workers)}, 'failed'


def _wait(seconds):
    """Sleep, keeping a QGIS window that runs the batch on its main thread responsive (its Cancel button)."""
    app = QCoreApplication.instance()
    end = time.time() + seconds
    while True:
        if app is not None and QThread.currentThread() == app.thread():
            QCoreApplication.processEvents()
        left = end - time.time()
        if left <= 0:
            return
        time.sleep(min(left, 0.05))


def _clear_books(target):
    """Remove a city's attempt book and the folders of attempts that never finished (made by this tool)."""
    folder, name = os.path.split(target)
    if os.path.exists(target + ATTEMPTS_SUFFIX):
        os.remove(target + ATTEMPTS_SUFFIX)
    if os.path.isdir(folder):
        for entry in os.listdir(folder):
            path = os.path.join(folder, entry)
            if entry.startswith(name + PARTIAL) and os.path.exists(os.path.join(path, MARKER)):
                shutil.rmtree(path, ignore_errors=True)


def _read_attempts(target):
    try:
        with open(target + ATTEMPTS_SUFFIX, encoding='utf-8') as handle:
            return list(json.load(handle))
    except (OSError, ValueError):
        return []


# -- The worker side -----------------------------------------------------------------------------------------

_WORKER = {}
_LOCK = threading.Lock()


def start_worker_qgis():
    """Start QGIS once in this worker process: headless, with Processing and the plugin's provider."""
    if 'app' not in _WORKER:
        os.environ['QT_QPA_PLATFORM'] = 'offscreen'
        if os.path.isdir('/usr/share/proj'):
            os.environ.setdefault('PROJ_DATA', '/usr/share/proj')
        from ..demo import start_qgis
        _WORKER['app'] = start_qgis()
    return _WORKER['app']


class _WorkerSteps(QgsProcessingMultiStepFeedback):
    """The city's multi-step feedback in a worker: each step it starts is reported to the client (a Dask
    event), and the test hook kills the worker when the report step starts."""

    def __init__(self, feedback, job, worker, attempt):
        super().__init__(len(STEPS), feedback)
        self.job, self.worker, self.attempt = job, worker, attempt

    def setCurrentStep(self, step):
        super().setCurrentStep(step)
        if (step == STEPS.index('report') and os.environ.get(KILL_CITY) == self.job['city']
                and (self.attempt == 1 or os.environ.get(KILL_CITY + '_EVERY'))):
            os.kill(os.getpid(), signal.SIGKILL)
        try:
            self.worker.log_event(TOPIC, {'run': self.job['run'], 'number': self.job['number'],
                                          'city': self.job['city'], 'step': STEPS[step], 'index': step,
                                          'worker': self.worker.address, 'attempt': self.attempt})
        # Progress is a courtesy: a lost progress event must not fail the city.
        except Exception:  # nosec B110
            pass


def run_city(job):
    """The Dask task of one city: its summary row and outcome ('done', 'failed', 'cancelled')."""
    from distributed import Event, get_worker

    from .batch_cities import BatchCitiesAlgorithm
    worker = get_worker()
    with _LOCK:           # one city at a time per process, whatever the worker's thread count
        start_worker_qgis()
        from qgis.core import QgsProcessingContext
        attempts = _book_attempt(job['target'], worker.address)
        extra = {'worker': worker.address, 'attempts': len(attempts)}
        cancel = Event(job['cancel'])
        if cancel.is_set():
            return dict(extra, city=job['city'], status='not run (cancelled)'), 'cancelled'
        if len(attempts) > MAX_ATTEMPTS:
            return dict(extra, city=job['city'], status='failed', error=(
                'its worker stopped (killed or out of memory) on every attempt: {0}'.format(
                    ', '.join(attempts[:-1])))), 'failed'
        feedback = QgsProcessingFeedback()
        steps = _WorkerSteps(feedback, job, worker, len(attempts))
        stop = threading.Event()
        watcher = threading.Thread(target=_watch_cancel, args=(cancel, feedback, stop), daemon=True)
        watcher.start()
        try:
            return BatchCitiesAlgorithm()._attempt(
                job['city'], job['folder'], job['target'], job['cell'], QgsProcessingContext(), feedback, steps, 0,
                partial=PARTIAL + uuid.uuid4().hex[:8], extra=extra)
        finally:
            stop.set()
            watcher.join(5)


def _watch_cancel(cancel, feedback, stop):
    """Cancel the city's feedback once the client sets the run's cancel event."""
    while not stop.wait(0.5):
        try:
            if cancel.is_set():
                feedback.cancel()
                return
        except Exception:
            return


def _book_attempt(target, worker):
    """Add this attempt's worker to the city's attempt book; return the book."""
    attempts = _read_attempts(target) + [worker]
    with open(target + ATTEMPTS_SUFFIX + '.tmp', 'w', encoding='utf-8') as handle:
        json.dump(attempts, handle)
    os.replace(target + ATTEMPTS_SUFFIX + '.tmp', target + ATTEMPTS_SUFFIX)
    return attempts
