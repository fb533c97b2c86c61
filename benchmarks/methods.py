"""One benchmark method per process: ``python methods.py METHOD CITY_FOLDER RESULT.npz``.

Every method computes, per settlement, the mean flood depth, the exposed share
(depth >= 0.3 m) and the exposed population, starting from the files on disk.
It prints one JSON line with its own wall time; the runner measures peak memory.
"""
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from cities import THRESHOLD  # noqa: E402


def _paths(folder):
    return (os.path.join(folder, 'settlements.gpkg'), os.path.join(folder, 'flood_depth.tif'),
            os.path.join(folder, 'population.tif'))


def _geometries(vectors):
    import fiona
    with fiona.open(vectors) as source:
        crs = source.crs_wkt
        rows = [(f['properties']['sid'], dict(f['geometry'].__geo_interface__)) for f in source]
    rows.sort(key=lambda r: r[0])
    return crs, [g for _, g in rows]


def ours_core(folder):
    import fiona

    from resilience_planner.core.exposure import Hazard, settlement_exposure
    vectors, depth, people = _paths(folder)
    with fiona.open(vectors) as source:
        # Streamed: the engine keeps compact arrays, not the features. Features are in sid order.
        geometries = (f['geometry'].__geo_interface__ for f in source)
        result = settlement_exposure(geometries, source.crs_wkt, [Hazard(depth, 'flood', 'flood', THRESHOLD)],
                                     population_path=people)
    h = result.hazards[0]
    return h.mean, h.exposed_share, h.exposed_pop


def ours_processing(folder):
    from qgis import processing
    from qgis.core import QgsRasterLayer, QgsVectorLayer
    vectors, depth, people = _paths(folder)
    output = os.path.join(folder, 'ours_processing.gpkg')
    if os.path.exists(output):
        os.remove(output)
    processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': QgsVectorLayer(vectors, 'settlements', 'ogr'),
        'HAZARDS': [QgsRasterLayer(depth, 'flood')], 'THRESHOLDS': str(THRESHOLD),
        'POPULATION': QgsRasterLayer(people, 'population'), 'OUTPUT': output})
    layer = QgsVectorLayer(output, 'out', 'ogr')
    rows = sorted(((f['sid'], f['flood_mean'], f['flood_exposed_share'], f['flood_exposed_pop'])
                   for f in layer.getFeatures()), key=lambda r: r[0])
    return tuple(np.array([np.nan if v is None or v == '' or str(v) == 'NULL' else float(v)
                           for v in column]) for column in list(zip(*rows))[1:])


def exactextract(folder):
    from exactextract import exact_extract
    vectors, depth, people = _paths(folder)

    def share(values, coverage):
        valid = ~np.ma.getmaskarray(values)
        total = coverage[valid].sum()
        return float((coverage[valid] * (values.data[valid] >= THRESHOLD)).sum() / total) if total > 0 else None

    def exposed_people(values, coverage, weights):
        valid = ~np.ma.getmaskarray(values) & ~np.ma.getmaskarray(weights)
        if not valid.any():
            return None
        return float((coverage[valid] * (values.data[valid] >= THRESHOLD) * weights.data[valid]).sum())

    import rasterio
    with rasterio.open(depth) as dataset:
        crs = dataset.crs
    # exactextract does not reproject: give it the settlements in the rasters' CRS.
    features = [{'type': 'Feature', 'id': i, 'properties': {'sid': i}, 'geometry': g}
                for i, g in enumerate(_reprojected(vectors, crs))]
    rows = exact_extract(depth, features, ['mean', share, exposed_people], weights=people, include_cols=['sid'])
    rows.sort(key=lambda r: r['properties']['sid'])
    names = [k for k in rows[0]['properties'] if k != 'sid']
    columns = []
    for name in names:
        columns.append(np.array([np.nan if r['properties'][name] is None else r['properties'][name] for r in rows],
                                dtype=float))
    by_name = dict(zip(names, columns))
    share_name = next(n for n in names if 'share' in n)
    people_name = next(n for n in names if 'people' in n)
    return by_name['mean'], by_name[share_name], by_name[people_name]


def _reprojected(vectors, crs):
    """Settlements reprojected to the rasters' CRS (rasterstats does not reproject)."""
    from rasterio.warp import transform_geom
    source_crs, geometries = _geometries(vectors)
    return [transform_geom(source_crs, crs, g) for g in geometries]


def _exposed_people_raster(depth, people, out):
    """A raster-calculator pass: population where depth >= threshold, block by block."""
    import rasterio
    with rasterio.open(depth) as d, rasterio.open(people) as p:
        profile = p.profile
        with rasterio.open(out, 'w', **profile) as sink:
            for _, window in d.block_windows(1):
                a = d.read(1, window=window, masked=True)
                b = p.read(1, window=window, masked=True)
                value = np.ma.where(a >= THRESHOLD, b, 0).astype('float32')
                sink.write(value.filled(profile['nodata']), 1, window=window)


def rasterstats(folder):
    import rasterio
    from rasterstats import zonal_stats
    vectors, depth, people = _paths(folder)
    with rasterio.open(depth) as dataset:
        crs = dataset.crs
    geometries = _reprojected(vectors, crs)

    def share(values):
        data = values.compressed()
        return float((data >= THRESHOLD).mean()) if data.size else None

    first = zonal_stats(geometries, depth, stats=['mean'], add_stats={'share': share})
    product = os.path.join(folder, 'rasterstats_exposed_people.tif')
    _exposed_people_raster(depth, people, product)
    second = zonal_stats(geometries, product, stats=['sum'])
    mean = np.array([np.nan if r['mean'] is None else r['mean'] for r in first])
    exposed = np.array([np.nan if r['share'] is None else r['share'] for r in first])
    pop = np.array([np.nan if r['sum'] is None else r['sum'] for r in second])
    return mean, exposed, pop


def qgis_zonal(folder):
    from qgis import processing
    from qgis.core import QgsRasterLayer, QgsVectorLayer
    vectors, depth, people = _paths(folder)
    settlements = QgsVectorLayer(vectors, 'settlements', 'ogr')
    depth_layer = QgsRasterLayer(depth, 'depth')
    people_layer = QgsRasterLayer(people, 'people')
    exposed = os.path.join(folder, 'qgis_exposed.tif')
    exposed_people = os.path.join(folder, 'qgis_exposed_people.tif')
    for path in (exposed, exposed_people):
        if os.path.exists(path):
            os.remove(path)
    # Two raster-calculator passes (GDAL's, from the Processing toolbox): the exposed
    # mask, and population where exposed. Nodata in either input stays nodata.
    processing.run('gdal:rastercalculator', {
        'INPUT_A': depth_layer, 'BAND_A': 1, 'FORMULA': 'A >= {0}'.format(THRESHOLD), 'NO_DATA': -9999,
        'RTYPE': 5, 'OUTPUT': exposed})
    processing.run('gdal:rastercalculator', {
        'INPUT_A': depth_layer, 'BAND_A': 1, 'INPUT_B': people_layer, 'BAND_B': 1,
        'FORMULA': '(A >= {0}) * B'.format(THRESHOLD), 'NO_DATA': -9999, 'RTYPE': 5, 'OUTPUT': exposed_people})
    stats = processing.run('native:zonalstatisticsfb', {
        'INPUT': settlements, 'INPUT_RASTER': depth_layer, 'RASTER_BAND': 1, 'COLUMN_PREFIX': 'd_',
        'STATISTICS': [2, 6], 'OUTPUT': 'memory:'})['OUTPUT']
    stats = processing.run('native:zonalstatisticsfb', {
        'INPUT': stats, 'INPUT_RASTER': QgsRasterLayer(exposed, 'exposed'), 'RASTER_BAND': 1,
        'COLUMN_PREFIX': 'e_', 'STATISTICS': [2], 'OUTPUT': 'memory:'})['OUTPUT']
    stats = processing.run('native:zonalstatisticsfb', {
        'INPUT': stats, 'INPUT_RASTER': QgsRasterLayer(exposed_people, 'exposed_people'), 'RASTER_BAND': 1,
        'COLUMN_PREFIX': 'p_', 'STATISTICS': [1], 'OUTPUT': 'memory:'})['OUTPUT']
    rows = sorted(((f['sid'], f['d_mean'], f['e_mean'], f['p_sum']) for f in stats.getFeatures()),
                  key=lambda r: r[0])

    def number(value):
        try:
            return float(value)
        except (TypeError, ValueError):
            return np.nan
    return tuple(np.array([number(v) for v in column]) for column in list(zip(*rows))[1:])


def _read_once(folder, threads):
    from concurrent.futures import ThreadPoolExecutor

    import rasterio
    _, depth, people = _paths(folder)
    totals = []
    for path in (depth, people):
        with rasterio.open(path) as dataset:
            windows = [w for _, w in dataset.block_windows(1)]
            rows = {}
            for window in windows:
                rows.setdefault(window.row_off, []).append(window)
            strips = [rasterio.windows.Window(0, r, dataset.width, ws[0].height) for r, ws in sorted(rows.items())]

            def read(window, path=path):
                with rasterio.open(path) as local:
                    return float(local.read(1, window=window, masked=True).sum())
            if threads == 1:
                totals.append(sum(float(dataset.read(1, window=w, masked=True).sum()) for w in strips))
            else:
                with ThreadPoolExecutor(threads) as pool:
                    totals.append(sum(pool.map(read, strips)))
    return totals


def read_once_1(folder):
    _read_once(folder, 1)


def read_once_all(folder):
    _read_once(folder, os.cpu_count() or 2)


METHODS = {
    'read_once_1': read_once_1, 'read_once_all': read_once_all, 'ours_core': ours_core,
    'ours_processing': ours_processing, 'exactextract': exactextract, 'rasterstats': rasterstats,
    'qgis_zonal': qgis_zonal,
}


def main():
    method, folder, out = sys.argv[1:4]
    if method in ('ours_processing', 'qgis_zonal'):
        # QGIS is already running when a user calls an algorithm: its start-up is not timed.
        from resilience_planner.demo import start_qgis
        app = start_qgis()  # noqa: F841
    start = time.perf_counter()
    result = METHODS[method](folder)
    seconds = time.perf_counter() - start
    if result is not None:
        np.savez(out, mean=result[0], share=result[1], pop=result[2])
    print(json.dumps({'method': method, 'seconds': seconds}))


if __name__ == '__main__':
    main()
