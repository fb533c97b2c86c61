"""Priority-map scaling: the core overlay on square synthetic cities of growing size.

    python benchmarks/priority.py generate FOLDER SIDE   # cached rasters, SIDE x SIDE cells of 10 m
    python benchmarks/priority.py run FOLDER SIDE        # prints one JSON line

The city has a flood-depth raster and a population raster (float32, tiled, deflate), 2,000
settlements, 200 facilities; the criteria are flood depth, population density, a
settlement vulnerability and the distance to the nearest facility, with 200 sensitivity runs.
The number of settlements is the same at every size, so memory measures the grid.
Rasters are written block by block, so generating the largest city stays small too.
"""
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CELL = 10.0
ORIGIN = (500000.0, 9900000.0)
CRS = 'EPSG:32737'
SETTLEMENTS = 2000
FACILITIES = 200


def paths(folder, side):
    base = os.path.join(folder, 'priority_{0}'.format(side))
    return base, os.path.join(base, 'flood.tif'), os.path.join(base, 'population.tif')


def generate(folder, side):
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    base, flood_path, population_path = paths(folder, side)
    if os.path.exists(os.path.join(base, 'done')):
        return base
    os.makedirs(base, exist_ok=True)
    profile = dict(driver='GTiff', width=side, height=side, count=1, dtype='float32', crs=CRS,
                   transform=from_origin(ORIGIN[0], ORIGIN[1], CELL, CELL), tiled=True, blockxsize=256,
                   blockysize=256, compress='deflate', nodata=-9999.0, BIGTIFF='IF_SAFER')
    rows = max(256, 4_000_000 // side // 256 * 256)
    span = side * CELL
    with rasterio.open(flood_path, 'w', **profile) as flood, rasterio.open(population_path, 'w', **profile) as people:
        for row0 in range(0, side, rows):
            height = min(rows, side - row0)
            y = (np.arange(row0, row0 + height) + 0.5)[:, None] * CELL
            x = (np.arange(side) + 0.5)[None, :] * CELL
            river = span * (0.5 + 0.1 * np.sin(x / span * 6.0))
            depth = np.clip(2.5 - np.abs(y - river) / (span * 0.02), 0, None).astype('float32')
            rng = np.random.default_rng(row0)
            density = (20 + 30 * (1 + np.sin(x / 700.0) * np.cos(y / 900.0))).astype('float32')
            counts = (density * rng.uniform(0.5, 1.5, density.shape)).astype('float32')
            # Nodata blocks, as flood models and population grids have.
            if (row0 // rows) % 3 == 1:
                counts[:, (np.arange(side) // 512) % 7 == 3] = -9999.0
            window = Window(0, row0, side, height)
            flood.write(depth, 1, window=window)
            people.write(counts, 1, window=window)
    open(os.path.join(base, 'done'), 'w').close()
    return base


def inputs(side):
    rng = np.random.default_rng(11)
    span = side * CELL
    centres = rng.uniform(0.05 * span, 0.95 * span, (SETTLEMENTS, 2))
    sizes = np.sqrt(rng.uniform(100, 500000, SETTLEMENTS))            # a few hundred m2 to 50 ha
    settlements = []
    for (cx, cy), s in zip(centres, sizes):
        x, y = ORIGIN[0] + cx, ORIGIN[1] - cy
        settlements.append({'type': 'Polygon', 'coordinates': [[(x, y), (x + s, y), (x + s, y + s * 0.8),
                                                                 (x, y + s), (x, y)]]})
    facilities = np.column_stack([ORIGIN[0] + rng.uniform(0, span, FACILITIES),
                                  ORIGIN[1] - rng.uniform(0, span, FACILITIES)])
    x0, y0, x1, y1 = ORIGIN[0], ORIGIN[1] - span, ORIGIN[0] + span, ORIGIN[1]
    boundary = [{'type': 'Polygon', 'coordinates': [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]}]
    return boundary, settlements, facilities, rng.uniform(0, 1, SETTLEMENTS)


def run(folder, side):
    from resilience_planner.core.priority import (
        DistanceCriterion,
        RasterCriterion,
        ValueFunction,
        ZoneCriterion,
        analysis_grid,
        high_priority_zones,
        priority_map,
    )
    base, flood_path, population_path = paths(folder, side)
    boundary, settlements, facilities, vulnerability = inputs(side)
    span = side * CELL
    grid = analysis_grid((ORIGIN[0], ORIGIN[1] - span, ORIGIN[0] + span, ORIGIN[1]), CELL, CRS)
    criteria = [RasterCriterion('flood', 'flood', flood_path, ValueFunction('linear', 0, 1.5), 3),
                RasterCriterion('population', 'population', population_path, ValueFunction('linear', 0, None), 2,
                                resampling='sum', group='population'),
                ZoneCriterion('vulnerability', 'vulnerability', vulnerability, None, 2),
                DistanceCriterion('access', 'facilities', facilities, ValueFunction('linear', 250, 2000), 1)]
    out = os.path.join(base, 'out')
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    result, zones_path, _ = priority_map(grid, boundary, criteria, os.path.join(out, 'priority.tif'),
                                                 os.path.join(out, 'classes.tif'), settlements=settlements,
                                                 work_dir=out, sensitivity_runs=200)
    overlay = time.perf_counter() - start
    start = time.perf_counter()
    zones = sum(1 for _ in high_priority_zones(result, zones_path))
    zoning = time.perf_counter() - start
    cells = grid.width * grid.height
    print(json.dumps({'side': side, 'cells': cells, 'overlay_s': overlay, 'zones_s': zoning, 'zones': zones,
                      'total_s': overlay + zoning, 's_per_million': (overlay + zoning) / (cells / 1e6),
                      'ranked': int((result.rank == result.rank).sum())}))


if __name__ == '__main__':
    command, target, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if command == 'generate':
        print(generate(target, size))
    else:
        run(target, size)
