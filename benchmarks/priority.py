"""Priority-map scaling: the core overlay on square synthetic cities of growing size.

    python benchmarks/priority.py generate FOLDER SIDE   # cached rasters, SIDE x SIDE cells of 10 m
    python benchmarks/priority.py run FOLDER SIDE        # processing.run; prints one JSON line
    python benchmarks/priority.py baseline               # QGIS started, nothing run (RSS floor)
    python benchmarks/priority.py gdal FOLDER SIDE       # the GDAL reference; prints one JSON line

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
    base = os.path.join(folder, 'priority_v2_{0}'.format(side))
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
    rows = max(256, 4_000_000 // side // 256 * 256)      # a multiple of 8: noise blocks stay whole
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
            # Noise on 8 x 8-cell blocks (80 m), like census blocks: a per-cell noise would make the
            # high-priority classes speckled, with far more zones than any city has.
            blocks = rng.uniform(0.5, 1.5, ((height + 7) // 8, (side + 7) // 8))
            noise = np.repeat(np.repeat(blocks, 8, axis=0), 8, axis=1)[:height, :side]
            counts = (density * noise).astype('float32')
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


def write_vectors(base, side):
    """The boundary, settlements (with vulnerability) and facilities as a GeoPackage, for Processing."""
    import fiona
    path = os.path.join(base, 'vectors.gpkg')
    if os.path.exists(path):
        return path
    boundary, settlements, facilities, vulnerability = inputs(side)
    polygon = {'geometry': 'Polygon', 'properties': {'vulnerability': 'float'}}
    with fiona.open(path, 'w', driver='GPKG', layer='boundary', crs=CRS, schema=polygon) as layer:
        layer.writerecords([{'geometry': boundary[0], 'properties': {'vulnerability': 0.0}}])
    with fiona.open(path, 'w', driver='GPKG', layer='settlements', crs=CRS, schema=polygon) as layer:
        layer.writerecords([{'geometry': g, 'properties': {'vulnerability': float(v)}}
                            for g, v in zip(settlements, vulnerability)])
    with fiona.open(path, 'w', driver='GPKG', layer='facilities', crs=CRS,
                    schema={'geometry': 'Point', 'properties': {}}) as layer:
        layer.writerecords([{'geometry': {'type': 'Point', 'coordinates': tuple(p)}, 'properties': {}}
                            for p in facilities])
    return path


def run(folder, side):
    """The priority-map algorithm through processing.run, as a user runs it."""
    from resilience_planner.demo import start_qgis
    app = start_qgis()  # noqa: F841 (QGIS must outlive the run)
    from qgis import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer
    base, flood_path, population_path = paths(folder, side)
    vectors = write_vectors(base, side)
    out = os.path.join(base, 'out')
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    result = processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': vectors + '|layername=boundary', 'CELL_SIZE': CELL, 'CRS': CRS,
        'HAZARDS': [flood_path], 'HAZARD_SETTINGS': ['1', 'linear', 0, 1.5, '', 3],
        'POPULATION': population_path, 'POPULATION_WEIGHT': 2,
        'SETTLEMENTS': vectors + '|layername=settlements', 'VULNERABILITY_FIELD': 'vulnerability',
        'VULNERABILITY_WEIGHT': 2, 'FACILITIES': vectors + '|layername=facilities', 'ACCESS_LOW': 250,
        'ACCESS_HIGH': 2000, 'SENSITIVITY_RUNS': 200,
        'PRIORITY': os.path.join(out, 'priority.tif'), 'CLASSES': os.path.join(out, 'classes.tif'),
        'ZONES': os.path.join(out, 'zones.gpkg'), 'RANKING': os.path.join(out, 'ranking.gpkg')},
        feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    cells = side * side
    print(json.dumps({'side': side, 'cells': cells, 'seconds': seconds, 's_per_million': seconds / (cells / 1e6),
                      'ranked': result['SETTLEMENTS_RANKED'], 'high_area_km2': result['HIGH_PRIORITY_AREA_KM2'],
                      'zones': QgsVectorLayer(os.path.join(out, 'zones.gpkg'), 'zones', 'ogr').featureCount()}))


def gdal_reference(folder, side):
    """What GDAL alone takes to bring the raster criteria onto the analysis grid and weigh them.

    ``gdalwarp`` of each raster onto the priority map's grid (the boundary's extent, 10 m cells) with
    the resampling the priority map uses for it (bilinear for the hazard, sum for the population),
    with GDAL's own speed options (``-multi -wo NUM_THREADS=ALL_CPUS``), written as the priority map
    writes its rasters (tiled, deflate); then one pass of GDAL's raster calculator (``gdal_calc.py``)
    for the weighted sum of the two scored criteria. The settlement and facility criteria, the
    classes, zones and ranking have no counterpart here: it is a floor, not the same work.
    """
    import shutil
    import subprocess
    import tempfile
    base, flood_path, population_path = paths(folder, side)
    span = side * CELL
    extent = [str(v) for v in (ORIGIN[0], ORIGIN[1] - span, ORIGIN[0] + span, ORIGIN[1])]
    options = ['-co', 'TILED=YES', '-co', 'COMPRESS=DEFLATE', '-co', 'BIGTIFF=IF_SAFER']
    work = tempfile.mkdtemp(prefix='gdal_reference_', dir=base)
    try:
        start = time.perf_counter()
        warped = []
        for path, resampling in ((flood_path, 'bilinear'), (population_path, 'sum')):
            out = os.path.join(work, os.path.basename(path))
            subprocess.run(['gdalwarp', '-q', '-overwrite', '-multi', '-wo', 'NUM_THREADS=ALL_CPUS', '-t_srs', CRS,
                            '-te'] + extent + ['-tr', str(CELL), str(CELL), '-r', resampling] + options
                           + [path, out], check=True)
            warped.append(out)
        warp_seconds = time.perf_counter() - start
        # Weights 3 and 2 as in run(): hazard scored linearly 0-1.5 m, population linearly 0-100 persons a cell.
        subprocess.run(['gdal_calc.py', '--quiet', '-A', warped[0], '-B', warped[1], '--outfile',
                        os.path.join(work, 'priority.tif'), '--type', 'Float32', '--NoDataValue', '-9999',
                        '--calc', '(3 * clip(A / 1.5, 0, 1) + 2 * clip(B / 100.0, 0, 1)) / 5',
                        '--co', 'TILED=YES', '--co', 'COMPRESS=DEFLATE', '--co', 'BIGTIFF=IF_SAFER'], check=True)
        seconds = time.perf_counter() - start
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cells = side * side
    print(json.dumps({'side': side, 'cells': cells, 'seconds': seconds, 'warp_seconds': warp_seconds,
                      's_per_million': seconds / (cells / 1e6)}))


def baseline():
    """QGIS with Processing and the provider started, nothing run: the floor of the peak RSS."""
    from resilience_planner.demo import start_qgis
    app = start_qgis()  # noqa: F841
    print(json.dumps({'started': True}))


if __name__ == '__main__':
    if sys.argv[1] == 'baseline':
        baseline()
    elif sys.argv[1] == 'gdal':
        gdal_reference(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == 'generate':
        print(generate(sys.argv[2], int(sys.argv[3])))
    else:
        run(sys.argv[2], int(sys.argv[3]))
