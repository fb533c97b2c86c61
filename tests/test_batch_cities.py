"""resilienceplanner:batchcities: three generated cities, one broken on purpose."""
import csv
import json
import os
import shutil

import pytest
from qgis import processing

from resilience_planner.core.sample_city import generate


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
    assert not (out / 'Charlie' / 'report.pdf').exists()
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
