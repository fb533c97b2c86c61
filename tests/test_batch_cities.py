"""resilienceplanner:batchcities: three generated cities, one broken on purpose."""
import csv
import json
import os
import shutil
import subprocess
import zipfile

import pytest
from qgis import processing
from qgis.core import NULL, QgsApplication, QgsProcessingAlgorithm, QgsVectorLayer

from resilience_planner.core.sample_city import generate
from tests.conftest import REPO, RecordingFeedback
from tests.test_package import qgis_process

#: What each city's folder holds after the batch (the register is made when the city has none; the cities are
#: generated with power lines, so each has its energy plan; an empty register has no project profiles).
CITY_FILES = {'.resilience_planner_output', 'access.gpkg', 'action_plan.gpkg', 'actions_coverage.gpkg', 'done.json',
              'energy_plan.gpkg', 'exposure.gpkg', 'finance_readiness.gpkg', 'map.png', 'priority.qml',
              'priority.tif', 'priority.tif.aux.xml', 'priority_classes.qml', 'priority_classes.tif',
              'priority_classes.tif.aux.xml', 'ranking.gpkg', 'report.pdf', 'settlement_gaps.gpkg',
              'vulnerability.gpkg', 'zones.gpkg'}


@pytest.fixture(scope='module')
def cities(plugin, tmp_path_factory):
    """Three cities in the documented layout; the third has a threshold no one can read."""
    root = tmp_path_factory.mktemp('cities')
    for number, (name, seed) in enumerate((('Alpha', 7), ('Bravo', 11), ('Charlie', 13))):
        folder = root / name
        paths = generate(str(folder), seed=seed)
        os.rename(paths['vectors'], str(folder / 'city.gpkg'))
        for key in ('flood_depth', 'heat_lst'):
            os.rename(paths[key], str(folder / 'hazard_{0}.tif'.format(key)))
        os.remove(paths['landslide_susceptibility'])
        settings = {'name': '{0} city'.format(name), 'thresholds': '0.3, 37', 'cell_size': 200,
                    'hazard_settings': ['1', 'linear', 0, 1.5, '', 2, '2', 'linear', 33, 40, '', 1]}
        if number == 2:
            settings['thresholds'] = 'deep, hot'
        (folder / 'city.json').write_text(json.dumps(settings), encoding='utf-8')
    return root


def summary(path):
    with open(path, encoding='utf-8') as handle:
        return {row['city']: row for row in csv.DictReader(handle)}


def test_two_reports_and_one_clear_error_then_resume(cities, tmp_path):
    out = tmp_path / 'results'
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out)})
    assert (result['SUCCEEDED'], result['FAILED'], result['SKIPPED']) == (2, 1, 0)
    rows = summary(result['SUMMARY'])
    assert rows['Alpha']['status'] == 'done' and rows['Bravo']['status'] == 'done'
    assert rows['Charlie']['status'] == 'failed' and 'deep' in rows['Charlie']['error']
    for name in ('Alpha', 'Bravo'):
        assert (out / name / 'report.pdf').stat().st_size > 10000 and (out / name / 'map.png').exists()
        assert int(rows[name]['settlements']) == 40 and float(rows[name]['population_exposed']) > 0
        assert float(rows[name]['high_priority_population']) > 0
        assert rows[name]['covered_high_priority_share'] == '0.0'          # empty registers: nothing served
        # The energy plan's city-wide figures, read from the city's plan.
        plan = list(QgsVectorLayer(str(out / name / 'energy_plan.gpkg'), 'plan', 'ogr').getFeatures())
        assert len(plan) == 40 and int(rows[name]['households_to_connect']) == sum(
            f['households_to_connect'] for f in plan if f['households_to_connect'] != NULL) > 0
        assert float(rows[name]['energy_capex']) == pytest.approx(
            sum(f['capex'] for f in plan if f['capex'] != NULL), abs=0.01)
    assert not (out / 'Charlie' / 'report.pdf').exists()
    assert set(os.listdir(out / 'Alpha')) == CITY_FILES and sorted(os.listdir(out)) == ['Alpha', 'Bravo',
                                                                                       'summary.csv']
    # Fix the broken city and resume: the two done cities are skipped, the third runs.
    settings = json.loads((cities / 'Charlie' / 'city.json').read_text(encoding='utf-8'))
    settings['thresholds'] = '0.3, 37'
    (cities / 'Charlie' / 'city.json').write_text(json.dumps(settings), encoding='utf-8')
    before = (out / 'Alpha' / 'report.pdf').stat().st_mtime
    again = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out),
                                                             'RESUME': True})
    assert (again['SUCCEEDED'], again['FAILED'], again['SKIPPED']) == (1, 0, 2)
    assert (out / 'Alpha' / 'report.pdf').stat().st_mtime == before
    rows = summary(again['SUMMARY'])
    assert rows['Charlie']['status'] == 'done' and rows['Alpha']['status'] == 'skipped (done before)'
    assert float(rows['Alpha']['high_priority_population']) > 0          # the figures carry over


def register_with_actions(folder, titles):
    """An action_plan.gpkg in the city ``folder`` with an approved flood action per title, each serving one of its
    settlements."""
    from qgis.core import QgsVectorLayerUtils

    from resilience_planner.qgis_side.register import open_register, save_register
    register = str(folder / 'action_plan.gpkg')
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    keys = [f['settlement_id'] for f in QgsVectorLayer(str(folder / 'city.gpkg') + '|layername=settlements', 's',
                                                       'ogr').getFeatures()]
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    for number, title in enumerate(titles):
        layer.addFeature(QgsVectorLayerUtils.createFeature(layer, attributes={
            fields.lookupField(k): v for k, v in dict(
                title=title, action_type='structural', status='approved', hazards='flood',
                settlements=keys[number * 7], cost_estimate=50000.0, currency='USD').items()}))
    save_register(layer)


@pytest.mark.skipif(shutil.which('pdfinfo') is None, reason='poppler-utils (make setup installs it)')
def test_a_city_with_actions_gets_its_profiles_and_one_without_power_lines_no_energy_plan(cities, tmp_path):
    """Echo has a register with two actions: its folder gains the project profiles, a page per action, and its
    report the energy plan's page. Foxtrot's city.gpkg has no power lines: no plan, no energy figures."""
    from osgeo import ogr

    from tests.test_report import page_count, pdf_text
    inputs = tmp_path / 'in'
    for name in ('Echo', 'Foxtrot'):
        shutil.copytree(cities / 'Alpha', inputs / name)
    register_with_actions(inputs / 'Echo', ['Drains', 'Flood early warning'])
    source = ogr.Open(str(inputs / 'Foxtrot' / 'city.gpkg'), 1)
    names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]
    source.DeleteLayer(names.index('power_lines'))
    source = None                                        # closed
    out = tmp_path / 'out'
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(inputs), 'OUTPUT_FOLDER': str(out)})
    assert result['SUCCEEDED'] == 2, summary(result['SUMMARY'])
    rows = summary(result['SUMMARY'])
    # Echo's register is its own (not copied), its profiles are new.
    assert set(os.listdir(out / 'Echo')) == CITY_FILES - {'action_plan.gpkg'} | {'project_profiles.pdf'}
    assert page_count(str(out / 'Echo' / 'project_profiles.pdf')) == 2
    profiles = pdf_text(str(out / 'Echo' / 'project_profiles.pdf'))
    assert 'Drains' in profiles and 'Flood early warning' in profiles and 'Alpha city' in profiles
    readiness = QgsVectorLayer(str(out / 'Echo' / 'finance_readiness.gpkg'), 'r', 'ogr')
    assert sorted(f['title'] for f in readiness.getFeatures()) == ['Drains', 'Flood early warning']
    # The report's energy page, with the plan's city-wide investment.
    report = pdf_text(str(out / 'Echo' / 'report.pdf'))
    page = next(p for p in report.split('\f') if 'Energy plan' in p)
    city_wide = next(line for line in page.splitlines() if line.strip().startswith('City-wide'))
    assert '{0:,.0f}'.format(float(rows['Echo']['energy_capex'])) in city_wide
    # The flood notes, from the exposure output's share of the flood hazard (hazard_flood_depth.tif).
    plan = {f['settlement_id']: f for f in QgsVectorLayer(str(out / 'Echo' / 'energy_plan.gpkg'), 'p',
                                                          'ogr').getFeatures()}
    exposure = QgsVectorLayer(str(out / 'Echo' / 'exposure.gpkg'), 'e', 'ogr')
    flooded = {f['settlement_id'] for f in exposure.getFeatures()
               if f['hazard_flood_depth_exposed_share'] != NULL and f['hazard_flood_depth_exposed_share'] > 0}
    assert flooded and {k for k, f in plan.items() if f['energy_flood_note'] != NULL} == flooded
    # Foxtrot: the energy step was skipped, the rest done.
    assert set(os.listdir(out / 'Foxtrot')) == CITY_FILES - {'energy_plan.gpkg'}
    assert rows['Foxtrot']['households_to_connect'] == rows['Foxtrot']['energy_capex'] == ''
    assert rows['Foxtrot']['settlements'] == rows['Echo']['settlements'] == '40'
    assert not any('Energy plan' in p for p in pdf_text(str(out / 'Foxtrot' / 'report.pdf')).split('\f'))


def test_a_manifest_names_the_cities(cities, tmp_path):
    manifest = tmp_path / 'cities.csv'
    manifest.write_text('city,folder\nAlpha,{0}\n'.format(os.path.relpath(cities / 'Alpha', tmp_path)),
                        encoding='utf-8')
    result = processing.run('resilienceplanner:batchcities', {'MANIFEST': str(manifest),
                                                              'OUTPUT_FOLDER': str(tmp_path / 'out')})
    assert result['SUCCEEDED'] == 1 and list(summary(result['SUMMARY'])) == ['Alpha']


def test_a_city_folder_missing_its_layers_is_named(cities, tmp_path):
    broken = tmp_path / 'in' / 'Delta'
    shutil.copytree(cities / 'Alpha', broken)
    (broken / 'city.gpkg').unlink()
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(tmp_path / 'in'),
                                                              'OUTPUT_FOLDER': str(tmp_path / 'out')})
    row = summary(result['SUMMARY'])['Delta']
    assert row['status'] == 'failed' and 'city.gpkg is missing' in row['error']


def test_an_output_folder_overlapping_the_inputs_is_refused_and_nothing_is_deleted(cities):
    from qgis.core import QgsProcessingException
    before = sorted(os.listdir(cities / 'Alpha'))
    with pytest.raises(QgsProcessingException, match='overlaps the city folder'):
        processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(cities)})
    assert sorted(os.listdir(cities / 'Alpha')) == before


def test_cities_that_would_share_a_folder_get_their_own_and_user_folders_are_left_alone(cities, tmp_path):
    manifest = tmp_path / 'cities.csv'
    alpha = os.path.relpath(cities / 'Alpha', tmp_path)
    manifest.write_text('city,folder\n東京,{0}\n北京,{0}\nDar es Salaam,{0}\n'.format(alpha), encoding='utf-8')
    out = tmp_path / 'out'
    (out / 'Dar_es_Salaam').mkdir(parents=True)
    (out / 'Dar_es_Salaam' / 'my_notes.txt').write_text('mine', encoding='utf-8')
    result = processing.run('resilienceplanner:batchcities', {'MANIFEST': str(manifest), 'OUTPUT_FOLDER': str(out)})
    rows = summary(result['SUMMARY'])
    assert rows['東京']['status'] == rows['北京']['status'] == 'done'
    assert rows['東京']['report'] != rows['北京']['report']
    assert (out / '東京' / 'report.pdf').exists() and (out / '北京' / 'report.pdf').exists()
    assert rows['Dar es Salaam']['status'] == 'failed' and 'was not made by this tool' in rows['Dar es Salaam']['error']
    assert (out / 'Dar_es_Salaam' / 'my_notes.txt').read_text(encoding='utf-8') == 'mine'
    assert not [p for p in os.listdir(out) if p.endswith('.partial')]


class Progress(RecordingFeedback):
    """Keeps every progress value; cancels once progress passes ``cancel_at`` (percent), if given."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.values = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._moved)

    def _moved(self, value):
        self.values.append(value)
        if self.cancel_at is not None and value >= self.cancel_at and not self.isCanceled():
            self.cancel()


def test_progress_moves_within_each_city_and_never_goes_back(cities, tmp_path):
    manifest = tmp_path / 'cities.csv'
    manifest.write_text('city,folder\nAlpha,{0}\nBravo,{1}\n'.format(cities / 'Alpha', cities / 'Bravo'),
                        encoding='utf-8')
    feedback = Progress()
    result = processing.run('resilienceplanner:batchcities', {'MANIFEST': str(manifest),
                                                              'OUTPUT_FOLDER': str(tmp_path / 'out')},
                            feedback=feedback)
    assert result['SUCCEEDED'] == 2
    values = feedback.values
    assert values == sorted(values) and values[-1] == pytest.approx(100)
    # Two cities of three steps: the first city's share is 0-50 %, and the bar moves inside it, within
    # its workflow step (1/6 to 2/6), not only once the city is done.
    assert len([v for v in values if 0 < v < 50]) > 10
    assert any(100 / 6 < v < 200 / 6 for v in values)


def test_cancel_within_a_step_stops_the_batch_and_keeps_nothing_half_done(cities, tmp_path):
    out = tmp_path / 'out'
    feedback = Progress(cancel_at=20)       # inside Alpha's workflow (its steps are 0-11.1-22.2-33.3 %)
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(cities), 'OUTPUT_FOLDER': str(out)},
                            feedback=feedback)
    assert (result['SUCCEEDED'], result['FAILED']) == (0, 0)
    rows = summary(result['SUMMARY'])
    assert {name: row['status'] for name, row in rows.items()} == {
        'Alpha': 'not run (cancelled)', 'Bravo': 'not run (cancelled)', 'Charlie': 'not run (cancelled)'}
    assert sorted(os.listdir(out)) == ['summary.csv']           # no city folder, no .partial left
    assert max(feedback.values) < 100 / 3                       # stopped inside the first city
    assert any('Alpha: cancelled' in w for w in feedback.warnings)
    assert any(w.startswith('Cancelled: the cities done are kept') for w in feedback.warnings)


def test_the_batch_runs_on_the_main_thread_because_its_report_builds_a_layout(plugin):
    registry = QgsApplication.processingRegistry()
    no_threading = QgsProcessingAlgorithm.Flag.FlagNoThreading
    assert registry.algorithmById('resilienceplanner:report').flags() & no_threading
    assert registry.algorithmById('resilienceplanner:batchcities').flags() & no_threading


@pytest.fixture(scope='module')
def installed(tmp_path_factory):
    """A QGIS profile with the packaged plugin installed and enabled, as for qgis_process."""
    subprocess.run(['make', '-s', 'package'], cwd=str(REPO), check=True, capture_output=True)
    profile_root = tmp_path_factory.mktemp('profile') / 'QGIS3'
    plugins = profile_root / 'profiles' / 'default' / 'python' / 'plugins'
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(REPO / 'build' / 'resilience_planner.zip') as archive:
        archive.extractall(plugins)
    enabled = qgis_process(profile_root, 'plugins', 'enable', 'resilience_planner')
    assert enabled.returncode == 0, enabled.stderr
    return profile_root


def test_qgis_process_runs_the_batch_without_thread_or_file_warnings(installed, cities, tmp_path):
    """Headless, as on a server: one city done, one broken city reported, and stderr clean."""
    broken = tmp_path / 'Delta'
    shutil.copytree(cities / 'Alpha', broken)
    settings = json.loads((broken / 'city.json').read_text(encoding='utf-8'))
    (broken / 'city.json').write_text(json.dumps(dict(settings, thresholds='deep, hot')), encoding='utf-8')
    manifest = tmp_path / 'cities.csv'
    manifest.write_text('city,folder\nAlpha,{0}\nDelta,{1}\n'.format(cities / 'Alpha', broken), encoding='utf-8')
    out = tmp_path / 'out'
    run = qgis_process(installed, '--json', 'run', 'resilienceplanner:batchcities', '--',
                       'MANIFEST=' + str(manifest), 'OUTPUT_FOLDER=' + str(out))
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout[run.stdout.index('{'):])['results']
    assert (results['SUCCEEDED'], results['FAILED']) == (1, 1)
    assert 'deep' in summary(results['SUMMARY'])['Delta']['error']
    assert set(os.listdir(out / 'Alpha')) == CITY_FILES and sorted(os.listdir(out)) == ['Alpha', 'summary.csv']
    for warning in ('different thread', 'QObject', 'Timers cannot', 'QBasicTimer', 'Unable to save auxiliary'):
        assert warning not in run.stderr, run.stderr
