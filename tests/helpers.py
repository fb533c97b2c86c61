"""Helpers shared by the engine tests (tests/core/, run without QGIS) and the QGIS tests.

Nothing here imports qgis or Qt: tests/core/ imports this module where importing them fails."""
import os
from pathlib import Path

import fiona
import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.warp import transform_geom

REPO = Path(__file__).resolve().parents[1]
REALDATA = Path(os.environ.get('RP_REALDATA', REPO.parent / 'shared' / 'realdata'))


def write_raster(path, array, transform=None, crs='EPSG:32737', nodata=None, dtype=None):
    """Write a single-band GeoTIFF; the default grid has 10 m cells with origin (0, 40)."""
    array = np.asarray(array)
    profile = dict(driver='GTiff', width=array.shape[1], height=array.shape[0], count=1,
                   dtype=dtype or array.dtype, transform=transform or from_origin(0, 40, 10, 10))
    if crs is not None:
        profile['crs'] = crs
    if nodata is not None:
        profile['nodata'] = nodata
    with rasterio.open(str(path), 'w', **profile) as dataset:
        dataset.write(array.astype(profile['dtype']), 1)
    return str(path)


def square(x0, y0, x1, y1):
    """GeoJSON polygon of an axis-aligned rectangle."""
    return {'type': 'Polygon', 'coordinates': [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]}


def sample_criteria(city):
    """The sample city's criteria for the engine directly: grid, boundary, settlements, criteria."""
    from resilience_planner.core.priority import RasterCriterion, ValueFunction, ZoneCriterion, analysis_grid
    gpkg = city['vectors']
    crs = 'EPSG:32737'
    with fiona.open(gpkg, layer='city_boundary') as layer:
        boundary = [transform_geom(layer.crs_wkt, crs, f['geometry']) for f in layer]
    with fiona.open(gpkg, layer='settlements') as layer:
        settlements = [transform_geom(layer.crs_wkt, crs, f['geometry']) for f in layer]
    xs = [x for g in boundary for ring in g['coordinates'] for x, _ in ring]
    ys = [y for g in boundary for ring in g['coordinates'] for _, y in ring]
    grid = analysis_grid((min(xs), min(ys), max(xs), max(ys)), 50, crs)
    vulnerability = np.linspace(0.1, 0.9, len(settlements))
    criteria = [
        RasterCriterion('flood', 'flood', city['flood_depth'], ValueFunction('linear', 0, 1.5), 3),
        RasterCriterion('slide', 'slide', city['landslide_susceptibility'],
                        ValueFunction('classes', classes={1: 0.1, 2: 0.4, 3: 0.8}), 1, resampling='nearest'),
        RasterCriterion('population', 'population', city['population'], ValueFunction('linear', 0, None), 2,
                        resampling='sum', group='population'),
        ZoneCriterion('vulnerability', 'vulnerability', vulnerability, None, 2)]
    return grid, boundary, settlements, criteria
