"""The vulnerability index on real Kibera data: indicators derived per village.

The 22 Kibera villages and the community-mapped health facilities, schools and water
points come from Map Kibera / OpenStreetMap (see shared/realdata/nairobi_kibera/SOURCES.md).
Facilities per km2 are counted here with OGR and pyproj, independently of QGIS, and the
index the algorithm writes is checked against the same formula computed with numpy.
The village layer has the quirks of real data: three villages without a name, two
names used twice (Lindi, Laini Saba), one HTML-escaped name.
"""
import csv
import json

import numpy as np
import pytest
from osgeo import ogr
from pyproj import Geod
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

LAYERS = {'health': 'infrastructure/health.gpkg', 'schools': 'infrastructure/education.gpkg',
          'water': 'infrastructure/watsan.gpkg'}


def _points(path):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    points = [feature.GetGeometryRef().Clone() for feature in layer]
    return points


@pytest.fixture(scope='module')
def kibera_profiles(realdata, tmp_path_factory):
    folder = realdata / 'nairobi_kibera'
    villages = ogr.Open(str(folder / 'informal_settlements' / 'kibera_villages.gpkg'))
    layer = villages.GetLayer(0)
    geod = Geod(ellps='WGS84')
    points = {name: _points(folder / path) for name, path in LAYERS.items()}
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        shape = json.loads(geometry.ExportToJson())
        area_m2 = 0.0
        for polygon in shape['coordinates']:
            for index, ring in enumerate(polygon):
                lons, lats = zip(*[(p[0], p[1]) for p in ring])
                ring_area = abs(geod.polygon_area_perimeter(lons, lats)[0])
                area_m2 += ring_area if index == 0 else -ring_area
        name = feature.GetField('name')
        row = {'village_fid': str(feature.GetFID()), 'village': (name or '').upper() + ' ', 'area_km2': area_m2 / 1e6}
        for name, found in points.items():
            row[name + '_per_km2'] = sum(1 for p in found if p.Within(geometry)) / row['area_km2']
        rows.append(row)
    path = tmp_path_factory.mktemp('kibera') / 'kibera_profiles.csv'
    with open(path, 'w', newline='', encoding='utf-8') as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path, rows


def test_index_on_kibera_villages_matches_the_formula(plugin, realdata, kibera_profiles, tmp_path):
    path, rows = kibera_profiles
    assert len(rows) == 22
    assert sum(r['health_per_km2'] > 0 for r in rows) >= 10
    villages = QgsVectorLayer(str(realdata / 'nairobi_kibera' / 'informal_settlements' / 'kibera_villages.gpkg'),
                              'Kibera villages', 'ogr')
    table = QgsVectorLayer(str(path), 'kibera_profiles.csv', 'ogr')
    output = str(tmp_path / 'kibera_vulnerability.gpkg')
    result = processing.run('resilienceplanner:vulnerabilityindex', {
        'SETTLEMENTS': villages, 'PROFILES': table, 'SETTLEMENT_KEY': 'fid', 'PROFILE_KEY': 'village_fid',
        'INDICATORS': ['health_per_km2', '-', '1', 'schools_per_km2', '-', '1', 'water_per_km2', '-', '1'],
        'OUTPUT': output})
    assert result['SCORED'] == 22
    layer = QgsVectorLayer(output, 'out', 'ogr')
    got = {str(f['fid']): f for f in layer.getFeatures()}

    names = [r['village_fid'] for r in rows]
    raw = np.array([[r['health_per_km2'], r['schools_per_km2'], r['water_per_km2']] for r in rows])
    scaled = (raw - raw.min(axis=0)) / (raw.max(axis=0) - raw.min(axis=0))
    expected = (1 - scaled).mean(axis=1)
    for name, score in zip(names, expected):
        assert got[name]['vulnerability'] == pytest.approx(score, abs=1e-9)
        assert got[name]['vulnerability_completeness'] == pytest.approx(1.0)
    top = min(got.values(), key=lambda f: f['vulnerability_rank'])
    assert top['vulnerability'] == pytest.approx(expected.max())
    assert top['vulnerability_drivers'] != NULL


def test_joining_kibera_by_village_name_stops_on_its_duplicate_names(plugin, realdata, kibera_profiles, tmp_path):
    path, _ = kibera_profiles
    villages = QgsVectorLayer(str(realdata / 'nairobi_kibera' / 'informal_settlements' / 'kibera_villages.gpkg'),
                              'Kibera villages', 'ogr')
    output = tmp_path / 'by_name.gpkg'
    with pytest.raises(QgsProcessingException, match='more than once in "Kibera villages".*Lindi.*Laini Saba|'
                                                     'more than once in "Kibera villages".*Laini Saba.*Lindi'):
        processing.run('resilienceplanner:vulnerabilityindex', {
            'SETTLEMENTS': villages, 'PROFILES': QgsVectorLayer(str(path), 'profiles', 'ogr'),
            'SETTLEMENT_KEY': 'name', 'PROFILE_KEY': 'village',
            'INDICATORS': ['health_per_km2', '-', '1'], 'OUTPUT': str(output)})
    assert not output.exists()
