"""The priority map on real Jakarta data: the HKV flood-depth model, its population grid and the
2,685 RW units as zones (shared/realdata/jakarta/SOURCES.md)."""
import json

import fiona
import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsVectorLayer

from .conftest import RecordingFeedback

exactextract = pytest.importorskip('exactextract')


@pytest.fixture(scope='module')
def jakarta_run(plugin, realdata, tmp_path_factory):
    folder = realdata / 'jakarta'
    out = tmp_path_factory.mktemp('jakarta_priority')
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': str(folder / 'boundaries' / 'kabupaten_jakarta.gpkg'), 'CELL_SIZE': 100,
        'HAZARDS': [str(folder / 'hazard' / 'flood_depth_current_hkv.tif')],
        'HAZARD_SETTINGS': ['1', 'linear', 0, 1.5, '', 2],
        'POPULATION': str(folder / 'exposure' / 'population_hkv.tif'), 'POPULATION_WEIGHT': 1,
        'SETTLEMENTS': str(folder / 'boundaries' / 'rw_jakarta.gpkg'), 'SENSITIVITY_RUNS': 200,
        'PRIORITY': str(out / 'priority.tif'), 'CLASSES': str(out / 'classes.tif'),
        'ZONES': str(out / 'zones.gpkg'), 'RANKING': str(out / 'ranking.gpkg')}, feedback=feedback)
    layer = QgsVectorLayer(str(out / 'ranking.gpkg'), 'ranking', 'ogr')
    rows = {f['OBJECTID']: f for f in layer.getFeatures()}
    return result, rows, feedback


@pytest.fixture(scope='module')
def flood_depth(realdata):
    """Mean flood depth per RW from exactextract, independent of our engine."""
    folder = realdata / 'jakarta'
    with fiona.open(folder / 'boundaries' / 'rw_jakarta.gpkg') as source:
        features = [{'type': 'Feature', 'id': i, 'properties': {'OBJECTID': f['properties']['OBJECTID']},
                     'geometry': json.loads(json.dumps(f['geometry'].__geo_interface__))}
                    for i, f in enumerate(source)]
    rows = exactextract.exact_extract(str(folder / 'hazard' / 'flood_depth_current_hkv.tif'), features, ['mean'],
                                      include_cols=['OBJECTID'])
    return {r['properties']['OBJECTID']: r['properties']['mean'] for r in rows}


def test_every_rw_is_ranked(jakarta_run):
    result, rows, _ = jakarta_run
    ranked = [f for f in rows.values() if f['priority_rank']]
    assert len(rows) == 2685
    assert len(ranked) == result['SETTLEMENTS_RANKED'] >= 2685 - 5
    assert sorted(f['priority_rank'] for f in ranked)[0] == 1


def test_flooded_rws_rank_above_dry_ones(jakarta_run, flood_depth):
    _, rows, _ = jakarta_run
    flooded = np.array([f['priority_rank'] for k, f in rows.items()
                        if f['priority_rank'] and flood_depth[k] is not None and flood_depth[k] >= 0.5])
    dry = np.array([f['priority_rank'] for k, f in rows.items()
                    if f['priority_rank'] and flood_depth[k] is not None and flood_depth[k] < 0.01])
    assert len(flooded) > 100 and len(dry) > 100
    # Probability that a flooded RW ranks above a dry one (the area under the ROC curve).
    above = (flooded[:, None] < dry[None, :]).mean()
    assert above > 0.9
    assert np.median(flooded) < np.median(dry)


def test_ranking_is_stable_under_weight_changes(jakarta_run):
    """Measured on this data: the top tenth keeps its quintile in every run; the middle moves most
    (median 5-95 % rank width 6 % of the RWs overall, 65 % of RWs stable)."""
    _, rows, _ = jakarta_run
    ranked = [f for f in rows.values() if f['priority_rank']]
    n = len(ranked)
    width = np.array([f['rank_p95'] - f['rank_p05'] for f in ranked])
    assert np.median(width) < 0.1 * n
    assert np.mean([f['rank_stable'] for f in ranked]) > 0.5
    top = [f for f in ranked if f['priority_rank'] <= n / 10]
    assert np.mean([f['rank_stable'] for f in top]) > 0.95
    assert np.mean([f['rank_p95'] <= n / 5 for f in top]) > 0.95


def test_on_a_grid_coarser_than_the_flood_each_rw_scores_its_own_cells_like_exactextract(plugin, realdata,
                                                                                          tmp_path):
    """500 m cells over a flood model of about 100 m: the flood is scored on its own cells (linear, 0 at 0 m,
    1 at 1.5 m) and each RW's s_flood is the coverage-weighted mean of those scores over the RW's own
    cells, which exactextract gives independently (coverage and values, scored here in numpy)."""
    folder = realdata / 'jakarta'
    raster = str(folder / 'hazard' / 'flood_depth_current_hkv.tif')
    feedback = RecordingFeedback()
    processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': str(folder / 'boundaries' / 'kabupaten_jakarta.gpkg'), 'CELL_SIZE': 500,
        'HAZARDS': [raster], 'HAZARD_SETTINGS': ['1', 'linear', 0, 1.5, '', 1],
        'SETTLEMENTS': str(folder / 'boundaries' / 'rw_jakarta.gpkg'), 'SENSITIVITY_RUNS': 0,
        'PRIORITY': str(tmp_path / 'p.tif'), 'CLASSES': str(tmp_path / 'c.tif'), 'RANKING': str(tmp_path / 'r.gpkg')},
        feedback=feedback)
    assert any('scored on its own cells' in info for info in feedback.infos)
    ours = {f['OBJECTID']: f['s_flood_depth_current_hkv'] for f in QgsVectorLayer(str(tmp_path / 'r.gpkg'), 'r',
                                                                                  'ogr').getFeatures()}
    with fiona.open(folder / 'boundaries' / 'rw_jakarta.gpkg') as source:
        features = [{'type': 'Feature', 'id': i, 'properties': {'OBJECTID': f['properties']['OBJECTID']},
                     'geometry': json.loads(json.dumps(f['geometry'].__geo_interface__))}
                    for i, f in enumerate(source)]
    rows = exactextract.exact_extract(raster, features, ['coverage', 'values'], include_cols=['OBJECTID'])
    compared = 0
    for row in rows:
        coverage = np.asarray(row['properties']['coverage'], float)
        values = np.asarray(row['properties']['values'], float)
        valid = np.isfinite(values)
        mine = ours[row['properties']['OBJECTID']]
        if not valid.any() or coverage[valid].sum() == 0 or mine is None or mine != mine:
            continue
        theirs = float((coverage[valid] * np.clip(values[valid] / 1.5, 0, 1)).sum() / coverage[valid].sum())
        assert mine == pytest.approx(theirs, abs=0.02), row['properties']['OBJECTID']
        compared += 1
    assert compared > 2000
