"""Algorithms run the way the Processing toolbox runs them print no thread warnings.

QGIS's toolbox (processing/gui/AlgorithmDialog.py, runAlgorithm) runs an algorithm in a
QgsProcessingAlgRunnerTask on the task manager unless it declares FlagNoThreading, in which case it
runs it on the main thread; afterwards, on the main thread, Processing's handleAlgorithmResults loads
the outputs into the project. ``run_like_the_toolbox`` follows those steps with QGIS's own classes, and
pytest-qt's ``qtlog`` records every Qt warning printed meanwhile ("QObject::setParent: Cannot set
parent, new parent is in a different thread", "QObject::startTimer: Timers cannot be started from
another thread" ...).
"""
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

THREAD_WARNINGS = ('different thread', 'another thread', 'Timers cannot', 'Cannot set parent', 'background thread')


def run_like_the_toolbox(algorithm_id, parameters, qtbot, threaded=None):
    """Run as the toolbox does; ``threaded`` overrides the algorithm's own choice (for the control)."""
    from processing.gui.AlgorithmExecutor import execute
    from processing.gui.Postprocessing import handleAlgorithmResults
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    feedback = QgsProcessingFeedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setFeedback(feedback)
    if threaded is None:
        threaded = not (algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading)
    if threaded:
        done = []
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, results: done.append((ok, results)))
        QgsApplication.taskManager().addTask(task)
        qtbot.waitUntil(lambda: bool(done), timeout=180000)
        ok, results = done[0]
    else:
        ok, results = execute(algorithm, parameters, context, feedback)
    if ok:
        handleAlgorithmResults(algorithm, context, feedback, parameters=parameters)
    return ok, results, threaded


def thread_warnings(qtlog, messages=()):
    """The thread warnings Qt printed (``qtlog``) and QGIS logged (``messages``, from ``qgis_messages``)."""
    printed = [record.message for record in qtlog.records]
    return [message for message in printed + list(messages) if any(text in message for text in THREAD_WARNINGS)]


@pytest.fixture
def qgis_messages(qgis_app):
    """Every message QGIS logs meanwhile (QgsMessageLog), where QGIS 3.22's layout labels say "Cannot load HTML
    based item label in background threads": qtlog does not see those."""
    messages = []

    def record(message, tag, level):
        messages.append(message)
    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    yield messages
    log.messageReceived.disconnect(record)


@pytest.fixture
def report_parameters(sample_priorities, sample_city, tmp_path):
    gpkg = sample_city['vectors']
    return {'RANKING': sample_priorities['ranking'], 'PRIORITY': sample_priorities['priority'],
            'BOUNDARY': gpkg + '|layername=city_boundary', 'ROADS': gpkg + '|layername=roads',
            'CITY_NAME': 'Mto Mkuu', 'ADD_TO_PROJECT': True,
            'OUTPUT_PDF': str(tmp_path / 'report.pdf'), 'OUTPUT_PNG': str(tmp_path / 'map.png')}


def test_the_report_from_the_toolbox_keeps_its_layout_and_prints_no_thread_warning(report_parameters, qtbot,
                                                                                  qtlog, qgis_messages, tmp_path):
    try:
        ok, results, threaded = run_like_the_toolbox('resilienceplanner:report', report_parameters, qtbot)
        assert ok, results
        assert not threaded  # it declares NoThreading, so the toolbox keeps it on the main thread
        assert (tmp_path / 'report.pdf').stat().st_size > 10000
        layout = QgsProject.instance().layoutManager().layoutByName(results['LAYOUT'])
        assert layout is not None and layout.pageCollection().pageCount() >= 4
        assert thread_warnings(qtlog, qgis_messages) == []
    finally:
        QgsProject.instance().layoutManager().clear()
        QgsProject.instance().removeAllMapLayers()


def test_the_check_sees_a_warning_qt_prints_from_a_worker_thread(qtbot, qtlog):
    """The control: an object parented across threads from a task does print what the test looks for."""
    from qgis.core import QgsTask
    from qgis.PyQt.QtCore import QObject
    parent = QObject()  # lives on the main thread

    def adopt(task):
        child = QObject()
        child.setParent(parent)  # from the worker thread: Qt refuses and warns
        return child.parent() is None

    refused = []
    task = QgsTask.fromFunction('adopt', adopt, on_finished=lambda exception, value: refused.append(value))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(refused), timeout=30000)
    assert refused == [True]
    assert any('different thread' in message for message in thread_warnings(qtlog))



def test_the_check_sees_what_qgis_logs_from_a_worker_thread(qtbot, qtlog, qgis_messages):
    """The control for the message log: a layout label built on a worker thread is what made QGIS 3.22 log
    "Cannot load HTML based item label in background threads" (8 times a report, one per label, when the report
    ran off the main thread); a message logged from a task is seen on every QGIS."""
    from qgis.core import Qgis, QgsLayoutItemLabel, QgsMessageLog, QgsPrintLayout, QgsTask

    def build(task):
        QgsMessageLog.logMessage('probe from a background thread', 'tests')
        layout = QgsPrintLayout(QgsProject.instance())
        label = QgsLayoutItemLabel(layout)
        layout.addLayoutItem(label)
        return True

    finished = []
    task = QgsTask.fromFunction('label', build, on_finished=lambda exception, value: finished.append(value))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    qtbot.waitUntil(lambda: any('probe' in message for message in qgis_messages), timeout=5000)
    seen = thread_warnings(qtlog, qgis_messages)
    assert 'probe from a background thread' in seen
    if Qgis.versionInt() < 32400:
        assert 'Cannot load HTML based item label in background threads' in seen


def test_the_batch_from_the_toolbox_writes_its_city_and_prints_no_thread_warning(plugin, qtbot, qtlog, qgis_messages,
                                                                                 tmp_path):
    import json
    import os

    from resilience_planner.core.sample_city import generate
    folder = tmp_path / 'cities' / 'Alpha'
    paths = generate(str(folder), seed=7)
    os.rename(paths['vectors'], str(folder / 'city.gpkg'))
    for key in ('flood_depth', 'heat_lst'):
        os.rename(paths[key], str(folder / 'hazard_{0}.tif'.format(key)))
    os.remove(paths['landslide_susceptibility'])
    (folder / 'city.json').write_text(json.dumps({
        'name': 'Alpha city', 'thresholds': '0.3, 37', 'cell_size': 200,
        'hazard_settings': ['1', 'linear', 0, 1.5, '', 2, '2', 'linear', 33, 40, '', 1]}), encoding='utf-8')
    out = tmp_path / 'out'
    out.mkdir()
    ok, results, threaded = run_like_the_toolbox('resilienceplanner:batchcities', {
        'INPUT_FOLDER': str(tmp_path / 'cities'), 'OUTPUT_FOLDER': str(out)}, qtbot)
    assert ok, results
    assert not threaded  # its report child builds a layout, so the whole batch stays on the main thread
    written = sorted(str(path.relative_to(out)) for path in out.rglob('*'))
    reports = [path for path in out.rglob('report.pdf')]
    assert len(reports) == 1 and reports[0].stat().st_size > 10000, written
    assert thread_warnings(qtlog, qgis_messages) == []
