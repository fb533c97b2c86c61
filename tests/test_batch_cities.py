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
