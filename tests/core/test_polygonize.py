"""Banded tracing of zone rasters (core.polygonize), checked against the raster itself
(every polygon burnt back gives the labels, cell for cell) and against GDAL's polygonize of
the whole raster at once."""
import json

import numpy as np
import pytest
import rasterio
from osgeo import ogr
from rasterio.features import rasterize, shapes
from rasterio.transform import from_origin
from scipy import ndimage

from resilience_planner.core.polygonize import band_rows, zone_polygons

# A UTM-like origin and a cell size that binary floating point cannot hold exactly: band
# edges computed from georeferenced rows would not meet.
TRANSFORM = from_origin(500000.3, 9300000.7, 0.3, 0.3)


def labels_raster(path, labels, transform=TRANSFORM):
    """An int32 GeoTIFF of one row per strip, so that bands can be as thin as one row."""
    with rasterio.open(path, 'w', driver='GTiff', width=labels.shape[1], height=labels.shape[0], count=1,
                       dtype='int32', nodata=0, crs='EPSG:32748', transform=transform, blockysize=1) as out:
        out.write(labels.astype(np.int32), 1)
    return str(path)


def blobs(shape=(90, 70), seed=4):
    """Ragged 4-connected zones (with holes, U-shapes and corner contacts) numbered 1..n."""
    rng = np.random.default_rng(seed)
    field = ndimage.gaussian_filter(rng.normal(size=shape), 1.5)
    labels, count = ndimage.label(field > 0.05)
    return labels, count


def geometry(wkb):
    return ogr.CreateGeometryFromWkb(wkb)


def whole(path):
    """GDAL's polygonize of the whole raster at once: {zone: geometry}."""
    with rasterio.open(path) as dataset:
        values = dataset.read(1)
        out = {}
        for shape, value in shapes(values, mask=values > 0, connectivity=4, transform=dataset.transform):
            assert int(value) not in out, 'zones are 4-connected: one polygon each'
            out[int(value)] = ogr.CreateGeometryFromJson(json.dumps(shape))
    return out


def burnt(polygons, shape, transform=TRANSFORM):
    return rasterize([(json.loads(geometry(p.wkb).ExportToJson()), p.zone) for p in polygons], out_shape=shape,
                     transform=transform, fill=0, dtype='int32')


@pytest.mark.parametrize('rows', [1, 4, 13, 90])
def test_zones_traced_in_bands_are_the_zones_of_the_raster(tmp_path, rows):
    labels, count = blobs()
    path = labels_raster(tmp_path / 'zones.tif', labels)
    polygons = list(zone_polygons(path, band_cells=rows * labels.shape[1]))
    assert sorted(p.zone for p in polygons) == list(range(1, count + 1))      # one polygon per zone
    assert all(p.part == p.parts == 1 for p in polygons)
    assert np.array_equal(burnt(polygons, labels.shape), labels)
    cell_area = 0.3 * 0.3
    sizes = np.bincount(labels.ravel())
    reference = whole(path)
    for p in polygons:
        shape = geometry(p.wkb)
        assert shape.IsValid()
        assert shape.GetArea() == pytest.approx(sizes[p.zone] * cell_area, rel=1e-6)  # coordinates near 1e7
        # Joined along the band edges with nothing left of them: the same polygon as in one go.
        assert shape.Equals(reference[p.zone]) or shape.SymDifference(reference[p.zone]).GetArea() < 1e-9
        assert shape.GetGeometryType() == ogr.wkbPolygon


def test_a_zone_that_would_hold_too_much_is_given_in_parts_one_per_band(tmp_path):
    labels, count = blobs()
    path = labels_raster(tmp_path / 'zones.tif', labels)
    rows = 9
    bands = band_rows(labels.shape[1], labels.shape[0], rows * labels.shape[1])
    polygons = list(zone_polygons(path, band_cells=rows * labels.shape[1], hold_bytes=0))
    reference = whole(path)
    assert np.array_equal(burnt(polygons, labels.shape), labels)
    split = 0
    for zone in range(1, count + 1):
        parts = [p for p in polygons if p.zone == zone]
        touched = [i for i, (r0, r1) in enumerate(bands) if (labels[r0:r1] == zone).any()]
        assert len(parts) == len(touched)                      # one part per band the zone is in
        assert sorted(p.part for p in parts) == list(range(1, len(touched) + 1))
        assert all(p.parts == len(touched) for p in parts)
        joined = geometry(parts[0].wkb)
        for p in parts[1:]:
            joined = joined.Union(geometry(p.wkb))
        assert joined.SymDifference(reference[zone]).GetArea() < 1e-9
        split += len(touched) > 1
    assert split >= 3                                           # the blobs do cross band edges


def test_the_budget_splits_the_largest_zone_and_keeps_small_ones_whole(tmp_path):
    labels = np.zeros((40, 30), np.int32)
    labels[:, 2:28:3] = 1                                       # a comb: one zone in every band ...
    labels[0, 2:28] = 1
    labels[9:12, 29] = 2                                        # ... and a small zone across an edge
    path = labels_raster(tmp_path / 'zones.tif', labels)
    polygons = list(zone_polygons(path, band_cells=10 * 30, hold_bytes=600))
    big = [p for p in polygons if p.zone == 1]
    small = [p for p in polygons if p.zone == 2]
    assert len(big) == 4 and {p.parts for p in big} == {4}
    assert len(small) == 1 and small[0].parts == 1
    assert geometry(small[0].wkb).GetArea() == pytest.approx(3 * 0.09)
    assert np.array_equal(burnt(polygons, labels.shape), labels)


def test_bands_hold_whole_rows_of_tiles(tmp_path):
    labels, count = blobs((600, 300))
    path = tmp_path / 'tiled.tif'
    with rasterio.open(path, 'w', driver='GTiff', width=300, height=600, count=1, dtype='int32', nodata=0,
                       crs='EPSG:32748', transform=TRANSFORM, tiled=True, blockxsize=256, blockysize=256) as out:
        out.write(labels.astype(np.int32), 1)
    assert band_rows(300, 600, 100 * 300, 256) == [(0, 256), (256, 512), (512, 600)]
    assert band_rows(300, 600, 600 * 300, 256) == [(0, 512), (512, 600)]
    polygons = list(zone_polygons(str(path), band_cells=100 * 300))
    assert np.array_equal(burnt(polygons, labels.shape), labels)
    assert len(polygons) == count


def test_an_empty_zone_raster_gives_no_polygon(tmp_path):
    path = labels_raster(tmp_path / 'zones.tif', np.zeros((20, 20), np.int32))
    assert list(zone_polygons(path, band_cells=50)) == []
