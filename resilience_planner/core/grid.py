"""Analysis grids: CRS, transform and shape of a raster, read in row strips.

A :class:`RasterGrid` states exactly which cells an overlay works on. Rasters on
another grid are brought onto it through a GDAL warped VRT, so that they are still
read strip by strip and memory stays bounded by the strip size.
"""
import contextlib
import logging
import math
from dataclasses import dataclass

import numpy as np
import rasterio
import rasterio.errors
from rasterio.crs import CRS
from rasterio.enums import MaskFlags, Resampling
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window

from .errors import InputError

logger = logging.getLogger(__name__)

#: Cells read at once per strip; 2 M float32 cells is 8 MB per array.
DEFAULT_STRIP_CELLS = 2_000_000


@dataclass(frozen=True)
class RasterGrid:
    """A north-up raster grid.

    Attributes
    ----------
    crs : rasterio.crs.CRS
    transform : affine.Affine
        Maps (col, row) to (x, y). Rotated grids are refused.
    width, height : int
    """

    crs: CRS
    transform: Affine
    width: int
    height: int

    @classmethod
    def of(cls, dataset, name=None):
        """Grid of an open rasterio dataset; refuses rasters without CRS or rotated."""
        label = name or dataset.name
        if dataset.crs is None:
            raise InputError(
                'Raster "{0}" has no CRS. Assign its coordinate reference system '
                '(Layer Properties > Source, or gdal_edit.py -a_srs) and run again.'.format(label))
        t = dataset.transform
        if t.b != 0 or t.d != 0:
            raise InputError(
                'Raster "{0}" is rotated. Warp it to a north-up grid first '
                '(Raster > Projections > Warp) and run again.'.format(label))
        return cls(dataset.crs, t, dataset.width, dataset.height)

    @property
    def cell_area(self):
        """Area of one cell in squared CRS units."""
        return abs(self.transform.a * self.transform.e)

    @property
    def bounds(self):
        """(xmin, ymin, xmax, ymax) in CRS units."""
        x0, y0 = self.transform * (0, 0)
        x1, y1 = self.transform * (self.width, self.height)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    def same_as(self, other):
        """True when both grids have the same cells (CRS, transform and shape)."""
        return (self.width == other.width and self.height == other.height
                and self.transform.almost_equals(other.transform, precision=1e-9)
                and self.crs == other.crs)

    def to_cell_coords(self, xy):
        """Turn an (n, 2) array of x, y into fractional (col, row) cell coordinates."""
        t = self.transform
        col = (xy[:, 0] - t.c) / t.a
        row = (xy[:, 1] - t.f) / t.e
        return col, row

    def strips(self, strip_cells=DEFAULT_STRIP_CELLS):
        """Yield full-width row windows whose cell count stays near ``strip_cells``."""
        rows = max(1, min(self.height, strip_cells // max(1, self.width)))
        for row0 in range(0, self.height, rows):
            yield Window(0, row0, self.width, min(rows, self.height - row0))


@contextlib.contextmanager
def open_on_grid(path, grid, resampling=Resampling.nearest, name=None):
    """Open the raster at ``path`` so that reads come out on ``grid``.

    Yields the dataset itself when it already has that grid, otherwise a warped
    VRT. Either way ``read(1, window=...)`` returns cells of ``grid``.
    """
    label = name or str(path)
    with open_raster(path, label) as dataset:
        own = RasterGrid.of(dataset, label)
        if own.same_as(grid):
            yield dataset
            return
        extra = {}
        if dataset.nodata is None:
            # Without a nodata value the warp would fill cells beyond the raster with 0,
            # which would read as valid data: mark them NaN instead.
            extra = dict(nodata=np.nan, dtype='float64')
        with WarpedVRT(dataset, crs=grid.crs, transform=grid.transform,
                       width=grid.width, height=grid.height,
                       resampling=resampling, **extra) as vrt:
            yield vrt


def open_raster(path, name=None):
    """Open a raster with rasterio, turning GDAL's error into one a user can act on."""
    try:
        return rasterio.open(path)
    except rasterio.errors.RasterioIOError as err:
        raise InputError('Cannot open raster "{0}": {1}. Check that the file exists and '
                         'is a raster GDAL can read.'.format(name or path, err)) from err


def raster_grid(path, name=None):
    """The :class:`RasterGrid` of the raster at ``path``."""
    with open_raster(path, name) as dataset:
        return RasterGrid.of(dataset, name)


def read_flat(dataset, window, band=1):
    """Read one strip as flat arrays with one padding cell at the end.

    Returns float32 values, with the band's scale and offset applied as GDAL
    declares them, and a boolean array of valid cells (not nodata, not masked,
    finite). Invalid cells hold 0 in ``values``; the padding cell is 0 and invalid.
    """
    height, width = int(window.height), int(window.width)
    n = height * width
    values = np.zeros(n + 1, dtype=np.float32)
    valid = np.zeros(n + 1, dtype=bool)
    flags = dataset.mask_flag_enums[band - 1]
    if all(flag in (MaskFlags.all_valid, MaskFlags.nodata) for flag in flags):
        # Fast path: nodata is a value, compared here without a masked array.
        raw = dataset.read(band, window=window)
        values[:n] = raw.ravel()
        valid[:n] = True
        if dataset.nodata is not None and not np.isnan(dataset.nodata):
            valid[:n] = raw.ravel() != raw.dtype.type(dataset.nodata)
    else:
        data = dataset.read(band, window=window, masked=True)
        values[:n] = np.ma.getdata(data).ravel()
        valid[:n] = ~np.ma.getmaskarray(data).ravel()
    scale = dataset.scales[band - 1] if dataset.scales else 1.0
    offset = dataset.offsets[band - 1] if dataset.offsets else 0.0
    if scale not in (None, 1.0) or offset not in (None, 0.0):
        values[:n] = values[:n] * np.float32(1.0 if scale is None else scale) + np.float32(offset or 0.0)
    valid[:n] &= np.isfinite(values[:n])
    values[~valid] = 0.0
    return values, valid


def utm_crs_for(lon, lat):
    """The WGS 84 UTM zone CRS that contains a longitude/latitude."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    epsg = (32600 if lat >= 0 else 32700) + zone
    return CRS.from_epsg(epsg)
