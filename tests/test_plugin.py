"""The real plugin in a QGIS main window: menu, toolbar, provider, load/unload/load."""
import configparser
import os
import re

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

from resilience_planner import assets

ALGORITHMS = {'resilienceplanner:settlementexposure', 'resilienceplanner:samplecity',
              'resilienceplanner:vulnerabilityindex', 'resilienceplanner:ahpweights',
              'resilienceplanner:infrastructureexposure', 'resilienceplanner:serviceaccess',
              'resilienceplanner:energyaccess', 'resilienceplanner:prioritymap',
              'resilienceplanner:createactionregister', 'resilienceplanner:actioncoverage',
              'resilienceplanner:exportactionplan', 'resilienceplanner:importactions', 'resilienceplanner:report',
              'resilienceplanner:batchcities', 'resilienceplanner:energyactions'}


def menu_titles(iface):
    return [a.text() for a in iface.mainWindow().menuBar().actions()]


def test_loaded_plugin_has_menu_toolbar_and_provider(plugin, qgis_iface):
    assert '&Resilience Planner' in menu_titles(qgis_iface)
    actions = {a.objectName() for a in plugin.menu.actions()}
    assert {'resilienceplanner_settlementexposure', 'resilienceplanner_samplecity',
            'resilienceplanner_vulnerabilitydialog'} <= actions
    assert isinstance(plugin.toolbar, QToolBar)
    assert [a.objectName() for a in plugin.toolbar.actions()] == [
        'resilienceplanner_settlementexposure', 'resilienceplanner_prioritymap', 'resilienceplanner_priorityexplorer',
        'resilienceplanner_actioneditor']
    provider = QgsApplication.processingRegistry().providerById('resilienceplanner')
    assert provider is not None
    assert {a.id() for a in provider.algorithms()} >= ALGORITHMS
    for algorithm in provider.algorithms():
        assert re.fullmatch('[a-z]+', algorithm.name()), algorithm.name()
        assert algorithm.shortHelpString(), algorithm.id()


def test_unload_then_load_again_logs_no_errors(plugin, qgis_iface):
    messages = []

    def record(message, tag, level):
        if level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical):
            messages.append((tag, message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    try:
        plugin.unload()
        QgsApplication.processEvents()
        assert '&Resilience Planner' not in menu_titles(qgis_iface)
        assert QgsApplication.processingRegistry().providerById('resilienceplanner') is None
        assert plugin.actions == [] and plugin.toolbar is None
        plugin.initGui()
        QgsApplication.processEvents()
        assert menu_titles(qgis_iface).count('&Resilience Planner') == 1
        provider = QgsApplication.processingRegistry().providerById('resilienceplanner')
        assert {a.id() for a in provider.algorithms()} >= ALGORITHMS
    finally:
        log.messageReceived.disconnect(record)
    assert messages == []


@pytest.mark.parametrize('algorithm_id, title', [
    ('resilienceplanner:settlementexposure', 'Settlement hazard exposure'),
    ('resilienceplanner:prioritymap', 'Citywide resilience priorities')])
def test_menu_action_opens_the_algorithm_dialog(plugin, qgis_iface, qtbot, monkeypatch, algorithm_id, title):
    # pytest-qgis's interface has no browser model; Processing's dialog needs a real one.
    from qgis.gui import QgsBrowserGuiModel
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    action = next(a for a in plugin.menu.actions() if a.objectName() == algorithm_id.replace(':', '_'))
    action.trigger()
    dialog = plugin.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.algorithm().id() == algorithm_id
    # QGIS 3.22 titles the dialog with the algorithm's name, 3.40 and later with "group - name".
    assert dialog.windowTitle().split(' - ')[-1] == title
    dialog.close()


def test_engine_check_passes_with_debian_rasterio(plugin):
    from resilience_planner.dependencies import _find_problem
    assert _find_problem() is None
    assert plugin.check_engine() is None


def test_engine_check_names_the_two_gdal_versions(monkeypatch):
    import rasterio

    from resilience_planner import dependencies
    monkeypatch.setattr(rasterio, '__gdal_version__', '9.9.0')
    problem = dependencies._find_problem()
    assert problem is not None and '9.9.0' in problem and 'python3-rasterio' in problem


def test_a_missing_rasterio_on_osgeo4w_names_the_osgeo4w_packages_and_how_to_add_them(monkeypatch):
    import sys

    from resilience_planner import dependencies
    monkeypatch.setitem(sys.modules, 'rasterio', None)          # import rasterio now fails
    kind = dependencies.installation(platform='win32', environ={'OSGEO4W_ROOT': r'C:\OSGeo4W'},
                                     prefix=r'C:\OSGeo4W\apps\Python312')
    assert kind == 'osgeo4w'
    problem = dependencies._find_problem(kind)
    assert problem.startswith('Resilience Planner needs the Python package rasterio')
    for words in ('python3-rasterio', 'python3-fiona', 'Advanced Install', 'osgeo4w-setup.exe -q -P', 'restart QGIS'):
        assert words in problem, words
    assert 'apt' not in problem and 'conda' not in problem


def test_the_advice_follows_how_qgis_was_installed(tmp_path):
    from resilience_planner.dependencies import INSTALL_ADVICE, installation
    assert installation(platform='win32', environ={}, prefix=r'C:\Program Files\QGIS 3.40\apps\Python312') == \
        'other'
    (tmp_path / 'conda-meta').mkdir()
    assert installation(platform='win32', environ={}, prefix=str(tmp_path)) == 'conda'
    assert installation(platform='darwin', environ={'CONDA_PREFIX': '/opt/conda'}, prefix='/opt/conda') == 'conda'
    assert 'conda install -c conda-forge rasterio fiona' in INSTALL_ADVICE['conda']
    assert 'apt install python3-rasterio python3-fiona' in INSTALL_ADVICE['debian']
    assert 'OSGeo4W' in INSTALL_ADVICE['other'] and 'pip install' in INSTALL_ADVICE['other']


REQUIRED = ('name', 'qgisMinimumVersion', 'description', 'about', 'version', 'author', 'email',
            'repository', 'tracker', 'license', 'tags')


def test_metadata_passes_the_plugin_repository_checks():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(assets.METADATA, encoding='utf-8')
    meta = parser['general']
    for key in REQUIRED:
        assert meta.get(key, '').strip(), key
    assert meta['qgisMinimumVersion'] == '3.22'
    assert meta['qgisMaximumVersion'] == '4.99' and meta['supportsQt6'] == 'True'
    assert meta['hasProcessingProvider'] == 'yes'
    assert re.fullmatch(r'\d+\.\d+\.\d+', meta['version'])
    assert len(meta['about']) > 100
    assert re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]+', meta['email'])
    for key in ('repository', 'tracker', 'homepage'):
        assert meta[key].startswith('https://'), key
    assert os.path.exists(os.path.join(assets.ROOT, meta['icon'])), meta['icon']


HEAVY = ('numpy', 'rasterio', 'fiona', 'scipy', 'resilience_planner.core')
PROVIDER_LOAD = """
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
import resilience_planner
from resilience_planner.algorithms import provider
provider.ResiliencePlannerProvider().loadAlgorithms()
added = set(sys.modules) - before
print(sorted(name for name in added if any(name == h or name.startswith(h + '.') for h in HEAVY)))
"""


def test_loading_the_provider_imports_no_heavy_module():
    """rasterio, fiona, scipy and the engine load when an algorithm runs, not when QGIS starts.

    Newer QGIS imports numpy itself, so what counts is what loading the provider adds."""
    import subprocess
    import sys
    code = 'HEAVY = {0!r}\n{1}'.format(HEAVY, PROVIDER_LOAD)
    done = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == '[]'


START_UP = """
import json
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
import resilience_planner
from resilience_planner.algorithms import provider
reads = []
read = provider.WorkflowModel.load
provider.WorkflowModel.load = lambda model, path: reads.append(path) or read(model, path)
plugin = resilience_planner.classFactory(None)
plugin.initProcessing()
model = QgsApplication.processingRegistry().algorithmById('resilienceplanner:citywidepriorities')
print(json.dumps({'added': sorted(set(sys.modules) - before), 'reads': len(reads),
                  'outputs': sorted(output.name() for output in model.outputDefinitions())}))
"""


def test_the_plugin_starts_with_the_algorithms_definitions_only_and_reads_the_model_once():
    """What the algorithms use only when they run (qgis_side's layers, styles, register ...; csv, shutil,
    tempfile, uuid) is imported then, not when QGIS starts; the shipped model is read once, after the
    provider is registered, and lists its outputs (its steps are the provider's own algorithms)."""
    import json
    import subprocess
    import sys
    done = subprocess.run([sys.executable, '-c', START_UP], capture_output=True, text=True, check=True)
    started = json.loads(done.stdout.strip().splitlines()[-1])
    qgis_side = {name for name in started['added'] if name.startswith('resilience_planner.qgis_side.')}
    assert qgis_side == {'resilience_planner.qgis_side.' + name for name in ('compat', 'numbers_format',
                                                                             'translation')}
    assert not {'csv', 'shutil', 'tempfile', 'uuid', 'configparser'} & set(started['added'])
    assert started['reads'] == 1
    assert {'exposure:exposure', 'priorities:priority', 'priorities:ranking',
            'coverage:settlement_gaps'} <= set(started['outputs'])


def test_a_translation_is_found_for_the_locale_or_its_language(tmp_path, monkeypatch):
    from resilience_planner import plugin as module
    monkeypatch.setattr(module.assets, 'I18N', str(tmp_path / 'i18n'))      # the package's i18n/ folder
    (tmp_path / 'i18n').mkdir()
    (tmp_path / 'i18n' / 'resilience_planner_fr.qm').write_bytes(b'')
    assert module.translation_path('fr_FR').endswith('resilience_planner_fr.qm')
    assert module.translation_path('fr').endswith('resilience_planner_fr.qm')
    assert module.translation_path('sw') is None and module.translation_path('') is None
