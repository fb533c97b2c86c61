"""The generated sample city: deterministic, believable, in the CRSs the issue asks for."""
import json

import fiona
import numpy as np
import rasterio
from osgeo import ogr

from resilience_planner.core.exposure import Hazard, settlement_exposure
from resilience_planner.core.sample_city import PROFILE_FIELDS, generate

RASTERS = ('flood_depth', 'landslide_susceptibility', 'heat_lst', 'population')
LAYERS = {'settlements', 'settlement_profiles', 'roads', 'health_facilities', 'schools', 'water_points',
          'power_lines', 'substations', 'city_boundary'}


def snapshot(paths):
    """Everything in the city as plain data, to compare two generations."""
    data = {}
    for name in RASTERS:
        with rasterio.open(paths[name]) as dataset:
            data[name] = (dataset.read(1).tobytes(), dataset.transform, dataset.crs.to_string())
    for layer in fiona.listlayers(paths['vectors']):
        with fiona.open(paths['vectors'], layer=layer) as source:
            data[layer] = [json.dumps({'g': f['geometry'] and dict(f['geometry'].__geo_interface__),
                                       'p': dict(f['properties'])}, sort_keys=True, default=str)
                           for f in source]
    return data


def test_same_seed_same_city_other_seed_other_city(sample_city, tmp_path):
    again = generate(str(tmp_path / 'again'), seed=7)
    other = generate(str(tmp_path / 'other'), seed=8)
    assert snapshot(again) == snapshot(sample_city)
    assert snapshot(other)['settlements'] != snapshot(sample_city)['settlements']


def test_layers_crs_and_sizes(sample_city):
    assert set(fiona.listlayers(sample_city['vectors'])) == LAYERS
    for layer in LAYERS - {'settlement_profiles'}:
        with fiona.open(sample_city['vectors'], layer=layer) as source:
            assert source.crs.to_epsg() == 4326, layer
            assert len(source) > 0, layer
    for name in RASTERS:
        with rasterio.open(sample_city[name]) as dataset:
            assert dataset.crs.to_epsg() == 32737, name
            assert dataset.res == (25.0, 25.0)


def test_about_forty_valid_settlements_of_all_sizes(sample_city):
    with fiona.open(sample_city['vectors'], layer='settlements') as source:
        features = list(source)
    assert 35 <= len(features) <= 45
    areas = [f['properties']['area_ha'] for f in features]
    assert min(areas) < 1.0 and max(areas) > 50.0
    for feature in features:
        geometry = ogr.CreateGeometryFromJson(json.dumps(dict(feature['geometry'].__geo_interface__)))
        assert geometry.IsValid(), feature['properties']['settlement_id']
    ids = [f['properties']['settlement_id'] for f in features]
    assert len(set(ids)) == len(ids)


def test_profiles_follow_the_schema_and_join_every_settlement(sample_city):
    with fiona.open(sample_city['vectors'], layer='settlement_profiles') as source:
        fields = list(source.schema['properties'])
        rows = [dict(f['properties']) for f in source]
    assert fields == [name for name, *_ in PROFILE_FIELDS]
    with fiona.open(sample_city['vectors'], layer='settlements') as source:
        ids = {f['properties']['settlement_id'] for f in source}
    assert {r['settlement_id'] for r in rows} == ids
    assert any(r[name] is None for r in rows for name in fields), 'some answers are missing'
    for row in rows:
        assert row['households'] <= row['population']
        if row['piped_water_pct'] is not None:
            assert 0 <= row['piped_water_pct'] <= 100


def test_rasters_are_believable(sample_city):
    with rasterio.open(sample_city['flood_depth']) as dataset:
        depth = dataset.read(1, masked=True)
    assert depth.mask.any(), 'a nodata block, as where a flood model stops'
    assert 1.0 < depth.max() < 6.0 and (depth > 0).mean() < 0.5
    with rasterio.open(sample_city['landslide_susceptibility']) as dataset:
        assert set(np.unique(dataset.read(1))) == {1, 2, 3}
    with rasterio.open(sample_city['heat_lst']) as dataset:
        heat = dataset.read(1)
    assert 25 < heat.min() and heat.max() < 45
    with rasterio.open(sample_city['population']) as dataset:
        people = dataset.read(1)
    assert 200_000 < people.sum() < 2_000_000


def test_settlements_on_floodplain_slopes_and_safe_ground(sample_city):
    with fiona.open(sample_city['vectors'], layer='settlements') as source:
        crs = source.crs_wkt
        geometries = [dict(f['geometry'].__geo_interface__) for f in source]
    result = settlement_exposure(geometries, crs, [
        Hazard(sample_city['flood_depth'], 'flood', 'flood', 0.1),
        Hazard(sample_city['landslide_susceptibility'], 'slide', 'slide', 2)])
    flood, slide = result.hazards[0].exposed_share, result.hazards[1].exposed_share
    assert (flood > 0.2).sum() >= 5
    assert (slide > 0.2).sum() >= 5
    assert ((flood == 0) & (slide == 0)).sum() >= 5
