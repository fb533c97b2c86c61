"""Deterministic synthetic cities for the benchmarks.

A flood-depth and a population raster (float32, 256 x 256 tiles, deflate, a few
nodata blocks) on a UTM grid, and settlement polygons from a few m2 to 50 ha
stored in EPSG:4326, so that every method has to reproject. Written block by
block: generating the largest city needs little memory.
"""
import math
import os

import fiona
import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_transform
from rasterio.windows import Window

SIZES = {
    'small': (2_000, 3_000),
    'large': (8_000, 20_000),
    'huge': (20_000, 100_000),
}
CRS = 'EPSG:32737'
CELL = 10.0
ORIGIN = (300_000.0, 9_900_000.0)
THRESHOLD = 0.3
NODATA = -9999.0


def city_folder(root, size):
    return os.path.join(root, size)


def generate(root, size, seed=2026):
    """Write the city for ``size`` under ``root`` (skipped when already there)."""
    cells, settlements = SIZES[size]
    folder = city_folder(root, size)
    done = os.path.join(folder, '.complete')
    if os.path.exists(done):
        return folder
    os.makedirs(folder, exist_ok=True)
    transform = from_origin(ORIGIN[0], ORIGIN[1], CELL, CELL)
    rng = np.random.default_rng(seed)
    _raster(os.path.join(folder, 'flood_depth.tif'), cells, transform, _depth, rng)
    _raster(os.path.join(folder, 'population.tif'), cells, transform, _people, rng)
    _settlements(os.path.join(folder, 'settlements.gpkg'), cells, settlements, rng)
    open(done, 'w').close()
    return folder


def _raster(path, cells, transform, fill, rng):
    profile = dict(driver='GTiff', width=cells, height=cells, count=1, dtype='float32', crs=CRS,
                   transform=transform, nodata=NODATA, tiled=True, blockxsize=256, blockysize=256,
                   compress='deflate', BIGTIFF='IF_SAFER')
    holes = [(int(rng.integers(0, cells - 512)), int(rng.integers(0, cells - 512))) for _ in range(4)]
    block = 1024
    with rasterio.open(path, 'w', **profile) as dataset:
        for row0 in range(0, cells, block):
            rows = min(block, cells - row0)
            y = (row0 + np.arange(rows) + 0.5)[:, None]
            x = (np.arange(cells) + 0.5)[None, :]
            data = fill(x, y, cells, rng).astype('float32')
            for hr, hc in holes:
                top, bottom = max(hr, row0), min(hr + 512, row0 + rows)
                if top < bottom:
                    data[top - row0:bottom - row0, hc:hc + 512] = NODATA
            dataset.write(data, 1, window=Window(0, row0, cells, rows))


def _depth(x, y, cells, rng):
    """River valleys: depth falls off away from a few meandering channels."""
    depth = np.zeros(np.broadcast(x, y).shape)
    scale = cells / 8.0
    for k in range(3):
        centre = cells * (0.2 + 0.3 * k) + 0.08 * cells * np.sin(x / scale + k)
        distance = np.abs(y - centre)
        depth = np.maximum(depth, 2.5 - distance / (0.015 * cells))
    return np.clip(depth + 0.2 * np.sin(x / 37.0) * np.cos(y / 23.0), 0, None)


def _people(x, y, cells, rng):
    shape = np.broadcast(x, y).shape
    return rng.gamma(2.0, 3.0, shape)


def _settlements(path, cells, count, rng):
    span = cells * CELL
    records = []
    areas = np.exp(rng.uniform(math.log(5.0), math.log(500_000.0), count))   # 5 m2 to 50 ha
    for index, area in enumerate(areas):
        radius = math.sqrt(area / math.pi)
        cx = ORIGIN[0] + rng.uniform(radius, span - radius)
        cy = ORIGIN[1] - rng.uniform(radius, span - radius)
        n = int(rng.integers(8, 25))
        angles = np.linspace(0, 2 * math.pi, n, endpoint=False) + rng.uniform(0, 0.2)
        r = radius * (1 + 0.25 * np.sin(3 * angles + rng.uniform(0, 6)))
        xs = cx + r * np.cos(angles)
        ys = cy + r * np.sin(angles)
        lon, lat = warp_transform(CRS, 'EPSG:4326', xs.tolist(), ys.tolist())
        ring = list(zip(lon, lat)) + [(lon[0], lat[0])]
        records.append({'geometry': {'type': 'Polygon', 'coordinates': [ring]},
                        'properties': {'sid': index, 'area_m2': float(area)}})
    schema = {'geometry': 'Polygon', 'properties': {'sid': 'int', 'area_m2': 'float'}}
    with fiona.open(path, 'w', driver='GPKG', crs='EPSG:4326', schema=schema) as sink:
        sink.writerecords(records)


if __name__ == '__main__':
    import sys
    print(generate(sys.argv[1], sys.argv[2]))
