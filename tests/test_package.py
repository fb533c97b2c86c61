"""The zip from `make package`, installed as QGIS installs it and run by qgis_process."""
import json
import os
import re
import shutil
import subprocess
import zipfile

import fiona
import numpy as np
import pytest

from tests.conftest import REPO, write_raster

QGIS_PROCESS = shutil.which('qgis_process.bin') or '/usr/bin/qgis_process.bin'
VALUES = (10 * np.arange(4)[:, None] + np.arange(4)[None, :]).astype('float32')


@pytest.fixture(scope='module')
def plugin_zip():
    subprocess.run(['make', '-s', 'package'], cwd=str(REPO), check=True, capture_output=True)
    path = REPO / 'build' / 'resilience_planner.zip'
    assert path.exists()
    return path


def qgis_process(profile_root, *args):
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONPATH', 'VIRTUAL_ENV')}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(profile_root), QT_QPA_PLATFORM='offscreen')
    return subprocess.run([QGIS_PROCESS, *args], cwd=str(profile_root), env=env,
                          capture_output=True, text=True, timeout=300)


def test_zip_holds_the_plugin_and_nothing_else(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        metadata = archive.read('resilience_planner/metadata.txt').decode('utf-8')
    assert {n.split('/')[0] for n in names} == {'resilience_planner'}
    for needed in ('resilience_planner/__init__.py', 'resilience_planner/metadata.txt',
                   'resilience_planner/plugin.py', 'resilience_planner/core/exposure.py',
                   'resilience_planner/resources/icons/icon.svg',
                   'resilience_planner/resources/styles/settlement_exposure.qml',
                   'resilience_planner/resources/help/settlementexposure.html',
                   'resilience_planner/LICENSE'):
        assert needed in names, needed
    assert not [n for n in names if '__pycache__' in n or n.endswith('.pyc') or '/tests/' in n
                or '/.git' in n or n.startswith('resilience_planner/processing/__init__')]
    assert not [n for n in names if n.startswith('resilience_planner/processing/') and n.endswith('.py')]
    assert metadata == (REPO / 'metadata.txt').read_text(encoding='utf-8')


def test_installed_zip_runs_settlement_exposure_in_qgis_process(plugin_zip, tmp_path):
    profile_root = tmp_path / 'QGIS3'
    plugins = profile_root / 'profiles' / 'default' / 'python' / 'plugins'
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:        # what "Install from ZIP" does
        archive.extractall(plugins)
    enabled = qgis_process(profile_root, 'plugins', 'enable', 'resilience_planner')
    assert enabled.returncode == 0, enabled.stderr
    listing = qgis_process(profile_root, 'plugins')
    assert '* resilience_planner' in listing.stdout

    data = tmp_path / 'data'
    data.mkdir()
    raster = write_raster(data / 'flood.tif', VALUES, nodata=-9999)
    settlements = str(data / 'settlements.gpkg')
    schema = {'geometry': 'Polygon', 'properties': {'name': 'str'}}
    with fiona.open(settlements, 'w', driver='GPKG', crs='EPSG:32737', schema=schema) as sink:
        sink.write({'geometry': {'type': 'Polygon', 'coordinates': [[(5, 5), (25, 5), (25, 25), (5, 25), (5, 5)]]},
                    'properties': {'name': 'Bondeni'}})
    output = str(tmp_path / 'exposure.gpkg')
    run = qgis_process(profile_root, '--json', 'run', 'resilienceplanner:settlementexposure', '--',
                       'SETTLEMENTS=' + settlements, 'HAZARDS=' + raster, 'THRESHOLDS=21', 'OUTPUT=' + output)
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout[run.stdout.index('{'):])['results']
    assert results['EXPOSED_SETTLEMENTS'] == 1
    with fiona.open(output) as layer:
        (feature,) = list(layer)
    assert feature['properties']['name'] == 'Bondeni'
    assert feature['properties']['flood_mean'] == pytest.approx(21.0)
    assert feature['properties']['flood_exposed_share'] == pytest.approx(0.625)


def test_make_deploy_enables_the_plugin_for_qgis_process(tmp_path):
    profile_root = tmp_path / 'QGIS3'
    profile = profile_root / 'profiles' / 'default'
    done = subprocess.run(['make', '-s', 'deploy', 'QGIS_PROFILE=' + str(profile)], cwd=str(REPO),
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (profile / 'python' / 'plugins' / 'resilience_planner' / 'metadata.txt').exists()
    helped = qgis_process(profile_root, 'help', 'resilienceplanner:settlementexposure')
    assert helped.returncode == 0, helped.stderr
    assert 'THRESHOLDS' in helped.stdout and 'EXPOSED_POPULATION' in helped.stdout
    city = tmp_path / 'city'
    made = qgis_process(profile_root, 'run', 'resilienceplanner:samplecity', '--', 'OUTPUT_FOLDER=' + str(city))
    assert made.returncode == 0, made.stderr
    output = str(tmp_path / 'exposure.gpkg')
    run = qgis_process(profile_root, '--json', 'run', 'resilienceplanner:settlementexposure', '--',
                       'SETTLEMENTS={0}|layername=settlements'.format(city / 'sample_city.gpkg'),
                       'HAZARDS={0}'.format(city / 'flood_depth.tif'), 'THRESHOLDS=0.3',
                       'POPULATION={0}'.format(city / 'population.tif'), 'OUTPUT=' + output)
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout[run.stdout.index('{'):])['results']
    assert 0 < results['EXPOSED_SETTLEMENTS'] < 40 and results['EXPOSED_POPULATION'] > 0
    with fiona.open(output) as layer:
        assert len(layer) == 40
    # The priority map from the command line: a matrix parameter as comma-separated text,
    # several hazards by repeating HAZARDS=.
    out = tmp_path / 'priorities'
    out.mkdir()
    run = qgis_process(profile_root, '--json', 'run', 'resilienceplanner:prioritymap', '--',
                       'BOUNDARY={0}|layername=city_boundary'.format(city / 'sample_city.gpkg'), 'CELL_SIZE=100',
                       'HAZARDS={0}'.format(city / 'flood_depth.tif'), 'HAZARDS={0}'.format(city / 'heat_lst.tif'),
                       'HAZARD_SETTINGS=1,linear,0,1.5,,3,heat_lst,linear,33,40,,1',
                       'POPULATION={0}'.format(city / 'population.tif'),
                       'SETTLEMENTS={0}|layername=settlements'.format(city / 'sample_city.gpkg'),
                       'FACILITIES={0}|layername=health_facilities'.format(city / 'sample_city.gpkg'),
                       'PRIORITY={0}'.format(out / 'priority.tif'), 'CLASSES={0}'.format(out / 'classes.tif'),
                       'ZONES={0}'.format(out / 'zones.gpkg'), 'RANKING={0}'.format(out / 'ranking.gpkg'))
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout[run.stdout.index('{'):])['results']
    assert results['SETTLEMENTS_RANKED'] == 40 and results['HIGH_PRIORITY_POPULATION'] > 0
    assert 'heat_lst [heat_lst]: linear, 0 at 33, 1 at 40; weight 0.167' in run.stdout
    with fiona.open(str(out / 'ranking.gpkg')) as layer:
        assert sorted(f['properties']['priority_rank'] for f in layer)[0] == 1
    with fiona.open(str(out / 'zones.gpkg')) as layer:
        assert len(layer) > 0
    # The report from the command line, where there is no QGIS project.
    run = qgis_process(profile_root, '--json', 'run', 'resilienceplanner:report', '--',
                       'RANKING={0}'.format(out / 'ranking.gpkg'), 'PRIORITY={0}'.format(out / 'priority.tif'),
                       'BOUNDARY={0}|layername=city_boundary'.format(city / 'sample_city.gpkg'),
                       'CITY_NAME=Mto Mkuu', 'OUTPUT_PDF={0}'.format(out / 'report.pdf'))
    assert run.returncode == 0, run.stdout + run.stderr
    assert (out / 'report.pdf').stat().st_size > 10000


def package_check():
    import importlib.util
    spec = importlib.util.spec_from_file_location('package_check', str(REPO / 'tools' / 'package_check.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_zip_passes_the_plugin_repository_rules_apart_from_the_placeholder_urls(plugin_zip):
    errors, notes = package_check().check(str(plugin_zip))
    assert errors == []
    assert len(notes) == 1 and notes[0].startswith('PLACEHOLDER: homepage, repository, tracker, email')
    errors, _ = package_check().check(str(plugin_zip), release=True)
    assert [e for e in errors if e.startswith('PLACEHOLDER')] == notes


def rebuilt(plugin_zip, target, drop=(), add=None, rename=None):
    """A copy of the plugin zip with members dropped, added or renamed."""
    with zipfile.ZipFile(plugin_zip) as source, zipfile.ZipFile(target, 'w') as copy:
        for item in source.infolist():
            if item.filename in drop:
                continue
            name = rename(item.filename) if rename else item.filename
            copy.writestr(name, source.read(item.filename))
        for name, data in (add or {}).items():
            copy.writestr(name, data)
    return str(target)


def test_the_check_refuses_what_the_repository_refuses(plugin_zip, tmp_path):
    check = package_check().check
    cases = {
        'pyc': rebuilt(plugin_zip, tmp_path / 'a.zip', add={'resilience_planner/core/grid.cpython-311.pyc': b'x'}),
        'cache': rebuilt(plugin_zip, tmp_path / 'b.zip', add={'resilience_planner/__pycache__/x.py': b''}),
        'licence': rebuilt(plugin_zip, tmp_path / 'c.zip', drop={'resilience_planner/LICENSE'}),
        'two tops': rebuilt(plugin_zip, tmp_path / 'd.zip', add={'extra/readme.txt': b'x'}),
        'name': rebuilt(plugin_zip, tmp_path / 'e.zip', rename=lambda n: n.replace('resilience_planner/', '1rp/', 1)),
        'help': rebuilt(plugin_zip, tmp_path / 'f.zip', drop={'resilience_planner/resources/help/batchcities.html'}),
    }
    expected = {'pyc': 'a .pyc file', 'cache': 'a __pycache__ folder', 'licence': 'LICENSE is missing',
                'two tops': 'one top folder', 'name': 'must start with a letter',
                'help': 'the help of algorithm batchcities (resources/help/batchcities.html) is not in the zip'}
    for case, path in cases.items():
        errors, _ = check(path)
        assert any(expected[case] in error for error in errors), (case, errors)


def test_metadata_changelog_is_the_one_changelog_md_gives(tmp_path):
    module = package_check()
    entries = module.changelog_entries()
    meta = (REPO / 'metadata.txt').read_text(encoding='utf-8')
    assert entries and entries[0][0] == re.search(r'^version=(.+)$', meta, re.M).group(1)
    copy = tmp_path / 'metadata.txt'
    copy.write_text(meta.replace('changelog=', 'changelog=0.0.1 something else\n  - stale\nold='), encoding='utf-8')
    module.write_changelog(str(copy))
    rewritten = copy.read_text(encoding='utf-8')
    assert rewritten.count('changelog=') == 1 and 'stale' not in rewritten
    assert module.metadata_changelog(entries) in rewritten


def test_qgis_process_help_lists_the_workflow_models_outputs(plugin_zip, tmp_path):
    """The model's steps are the provider's own algorithms, unknown to the registry while it loads
    them: the model was read again once the provider was registered, or help listed no output."""
    profile_root = tmp_path / 'QGIS3'
    plugins = profile_root / 'profiles' / 'default' / 'python' / 'plugins'
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    assert qgis_process(profile_root, 'plugins', 'enable', 'resilience_planner').returncode == 0
    shown = qgis_process(profile_root, 'help', 'resilienceplanner:citywidepriorities')
    assert shown.returncode == 0, shown.stderr
    for name in ('exposure:exposure', 'vulnerability:vulnerability', 'access:access', 'priorities:priority',
                 'priorities:ranking', 'coverage:settlement_gaps'):
        assert '\n{0}: '.format(name) in shown.stdout, name
