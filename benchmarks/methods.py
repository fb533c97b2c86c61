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

    def read_back():
        # The figures are in the file once processing.run returns: reading them back for the agreement
        # check is not the method's work, so main() calls this after the clock stops (0.2 s here).
        layer = QgsVectorLayer(output, 'out', 'ogr')
        rows = sorted(((f['sid'], f['flood_mean'], f['flood_exposed_share'], f['flood_exposed_pop'])
                       for f in layer.getFeatures()), key=lambda r: r[0])
        return tuple(np.array([np.nan if v is None or v == '' or str(v) == 'NULL' else float(v)
                               for v in column]) for column in list(zip(*rows))[1:])
    return read_back


def _reprojected(vectors, crs):
    """Settlements as GeoJSON geometries in the rasters' CRS, every vertex reprojected in one GDAL call.

    Neither exactextract nor rasterstats reprojects; this is the batch way (one ``transform`` of
    all vertices), not ``transform_geom`` polygon by polygon, which the notes measured as slow.
    """
    from rasterio.warp import transform
    source_crs, geometries = _geometries(vectors)
    rings, sizes = [], []
    for geometry in geometries:
        polygons = [geometry['coordinates']] if geometry['type'] == 'Polygon' else geometry['coordinates']
        for polygon in polygons:
            for ring in polygon:
                rings.append(np.asarray(ring, dtype=float)[:, :2])
                sizes.append(len(ring))
    xy = np.concatenate(rings)
    x, y = transform(source_crs, crs, xy[:, 0], xy[:, 1])
    xy = np.column_stack([x, y])
    ends = np.cumsum(sizes)
    out, ring = [], 0
    for geometry in geometries:
        polygons = [geometry['coordinates']] if geometry['type'] == 'Polygon' else geometry['coordinates']
        rebuilt = []
        for polygon in polygons:
            parts = []
            for _ in polygon:
                parts.append(xy[ends[ring] - sizes[ring]:ends[ring]].tolist())
                ring += 1
            rebuilt.append(parts)
        out.append({'type': 'Polygon', 'coordinates': rebuilt[0]} if geometry['type'] == 'Polygon'
                   else {'type': 'MultiPolygon', 'coordinates': rebuilt})
    return out


def _raster_crs(path):
    import rasterio
    with rasterio.open(path) as dataset:
        return dataset.crs


def exactextract(folder):
    """exactextract on its fast path (python/doc/performance.rst and operations.rst of exactextract).

    The mean is its own operation. It has no thresholded statistic, so the exposed share and
    population come from its ``values``, ``coverage`` and ``weights`` operations (the cells'
    values, covered fractions and population, computed in its C++ core in the same pass)
    reduced with vectorised numpy over all settlements at once, not from Python callables run
    per feature. Settlements are handed over as GeoJSON already in the rasters' CRS, reprojected
    in one batch (timed). The default ``feature-sequential`` strategy is kept: its documentation
    names ``raster-sequential`` for rasters with large chunks, and on these 256 x 256 tiles it
    measured slower (NOTES.md); GDAL's block cache (5 % of memory by default, 1.2 GB here) holds
    both rasters, which is what its documentation asks of GDAL_CACHEMAX for feature-sequential.
    """
    from exactextract import exact_extract
    vectors, depth, people = _paths(folder)
    features = [{'type': 'Feature', 'properties': {'sid': i}, 'geometry': g}
                for i, g in enumerate(_reprojected(vectors, _raster_crs(depth)))]
    rows = exact_extract(depth, features, ['mean', 'values', 'coverage', 'weights'], weights=people,
                         include_cols=['sid'])
    rows.sort(key=lambda r: r['properties']['sid'])
    n = len(rows)
    mean = np.array([np.nan if r['properties']['mean'] is None else r['properties']['mean'] for r in rows], float)
    values = [np.asarray(r['properties']['values'], float) for r in rows]
    lengths = np.array([len(v) for v in values])
    zone = np.repeat(np.arange(n), lengths)
    value = np.concatenate(values) if n else np.empty(0)
    coverage = np.concatenate([np.asarray(r['properties']['coverage'], float) for r in rows])
    weight = np.concatenate([np.asarray(r['properties']['weights'], float) for r in rows])
    exposed = coverage * (value >= THRESHOLD)
    total = np.bincount(zone, coverage, minlength=n)
    with np.errstate(invalid='ignore', divide='ignore'):
        share = np.where(total > 0, np.bincount(zone, exposed, minlength=n) / total, np.nan)
    known = np.isfinite(weight)
    pop = np.bincount(zone[known], exposed[known] * weight[known], minlength=n)
    pop[np.bincount(zone[known], minlength=n) == 0] = np.nan
    return mean, share, pop


def exactextract_callables(folder):
    """exactextract as this benchmark ran it before issue 21: Python callables per settlement and
    ``transform_geom`` per polygon. Kept only to check that the fast path gives the same numbers."""
    from exactextract import exact_extract
    from rasterio.warp import transform_geom
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

    crs = _raster_crs(depth)
    source_crs, geometries = _geometries(vectors)
    features = [{'type': 'Feature', 'id': i, 'properties': {'sid': i}, 'geometry': transform_geom(source_crs, crs, g)}
                for i, g in enumerate(geometries)]
    rows = exact_extract(depth, features, ['mean', share, exposed_people], weights=people, include_cols=['sid'])
    rows.sort(key=lambda r: r['properties']['sid'])
    names = [k for k in rows[0]['properties'] if k != 'sid']
    by_name = {name: np.array([np.nan if r['properties'][name] is None else r['properties'][name] for r in rows],
                              dtype=float) for name in names}
    return (by_name['mean'], by_name[next(n for n in names if 'share' in n)],
            by_name[next(n for n in names if 'people' in n)])


def _read_masked(path):
    import rasterio
    with rasterio.open(path) as dataset:
        return dataset.read(1, masked=True), dataset.transform


def rasterstats(folder):
    """rasterstats on its fast path (its manual, "Raster Data Sources"): each raster read once
    into a numpy array and passed with its affine transform, so that no window is read from
    the file per feature; settlements reprojected in one batch. The exposed population is a
    raster-calculator pass done in memory with numpy (population where depth >= threshold),
    and the exposed share a callable through ``add_stats``, its documented way to add a
    statistic. It counts a cell when its centre is inside (``all_touched=False``, the default).
    """
    from rasterstats import zonal_stats
    vectors, depth, people = _paths(folder)
    geometries = _reprojected(vectors, _raster_crs(depth))
    d, affine = _read_masked(depth)
    nodata = -9999.0

    def share(values):
        data = values.compressed()
        return float((data >= THRESHOLD).mean()) if data.size else None

    first = zonal_stats(geometries, d.filled(nodata), affine=affine, nodata=nodata, stats=['mean'],
                        add_stats={'share': share})
    p, _ = _read_masked(people)
    product = np.ma.where(d >= THRESHOLD, p, 0).astype('float32').filled(nodata)
    del p, d
    second = zonal_stats(geometries, product, affine=affine, nodata=nodata, stats=['sum'])
    mean = np.array([np.nan if r['mean'] is None else r['mean'] for r in first])
    exposed = np.array([np.nan if r['share'] is None else r['share'] for r in first])
    pop = np.array([np.nan if r['sum'] is None else r['sum'] for r in second])
    return mean, exposed, pop


def qgis_zonal(folder):
    """QGIS's own tools on their fast path: the C++ raster calculator (qgis:rastercalculator,
    QgsRasterCalculator; it measured 9.9 s against 14.2 s for GDAL's gdal_calc.py on the large
    city, NOTES.md) for the exposed mask and the exposed population, then native zonal
    statistics (C++; one run per raster, every statistic that raster needs in that run, into
    memory layers). Zonal statistics reprojects each settlement itself, in C++.
    """
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
    # Layers are named after their files in the expression; nodata in any input stays nodata.
    processing.run('qgis:rastercalculator', {
        'LAYERS': [depth_layer], 'EXPRESSION': '"flood_depth@1" >= {0}'.format(THRESHOLD), 'CELLSIZE': 0,
        'EXTENT': None, 'CRS': None, 'OUTPUT': exposed})
    processing.run('qgis:rastercalculator', {
        'LAYERS': [depth_layer, people_layer],
        'EXPRESSION': '("flood_depth@1" >= {0}) * "population@1"'.format(THRESHOLD), 'CELLSIZE': 0,
        'EXTENT': None, 'CRS': None, 'OUTPUT': exposed_people})
    stats = processing.run('native:zonalstatisticsfb', {
        'INPUT': settlements, 'INPUT_RASTER': depth_layer, 'RASTER_BAND': 1, 'COLUMN_PREFIX': 'd_',
        'STATISTICS': [2], 'OUTPUT': 'memory:'})['OUTPUT']
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
    'qgis_zonal': qgis_zonal, 'exactextract_callables': exactextract_callables,
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
    if callable(result):            # the method's output is a file: its figures are read back untimed
        result = result()
    if result is not None:
        np.savez(out, mean=result[0], share=result[1], pop=result[2])
    print(json.dumps({'method': method, 'seconds': seconds}))


if __name__ == '__main__':
    main()
