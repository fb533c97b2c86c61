"""Analysis grids: CRS, transform and shape of a raster, read in row strips.

A :class:`RasterGrid` states exactly which cells an overlay works on. Rasters on
another grid are brought onto it through a GDAL warped VRT, so that they are still
read strip by strip and memory stays bounded by the strip size.
"""
import contextlib
from dataclasses import dataclass

import numpy as np
import rasterio
import rasterio.errors
from rasterio.crs import CRS
from rasterio.enums import MaskFlags, Resampling
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window

from .errors import QT_TRANSLATE_NOOP, InputError

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
                QT_TRANSLATE_NOOP('Engine', 'Raster "{0}" has no CRS. Assign its coordinate reference system (Layer '
                                            'Properties > Source, or gdal_edit.py -a_srs) and run again.'), label)
        t = dataset.transform
        if t.b != 0 or t.d != 0:
            raise InputError(
                QT_TRANSLATE_NOOP('Engine', 'Raster "{0}" is rotated. Warp it to a north-up grid first (Raster > '
                                            'Projections > Warp) and run again.'), label)
        return cls(dataset.crs, t, dataset.width, dataset.height)

    @property
    def cell_area(self):
        """Area of one cell in squared CRS units."""
        return abs(self.transform.a * self.transform.e)

    @property
    def bounds(self):
        """(xmin, ymin, xmax, ymax) in CRS units."""
        x0, y0 = on_map(self.transform, 0, 0)
        x1, y1 = on_map(self.transform, self.width, self.height)
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

    def strips(self, strip_cells=DEFAULT_STRIP_CELLS, block_rows=1):
        """Yield full-width row windows whose cell count stays near ``strip_cells``.

        Strips hold whole rows of the file's blocks (``block_rows`` high), so that a
        compressed tile is decoded once, not once for each strip that cuts through it.
        """
        rows = max(1, min(self.height, strip_cells // max(1, self.width)))
        if block_rows > 1:
            rows = max(block_rows, rows // block_rows * block_rows)
        for row0 in range(0, self.height, rows):
            yield Window(0, row0, self.width, min(rows, self.height - row0))


@contextlib.contextmanager
def open_on_grid(path, grid, resampling=Resampling.nearest, name=None):
    """Open the raster at ``path`` so that reads come out on ``grid``.

    Yields the dataset itself when it already has that grid, otherwise a warped
    VRT. Either way ``read(1, window=...)`` returns cells of ``grid``. Counts read with
    ``Resampling.sum`` onto a finer grid come through :class:`SumOnFinerGrid`, which mends
    what GDAL 3.6's sum warp drops there.
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
        with contextlib.ExitStack() as stack:
            vrt = stack.enter_context(WarpedVRT(dataset, crs=grid.crs, transform=grid.transform, width=grid.width,
                                                height=grid.height, resampling=resampling, **extra))
            ratio = cell_area_on(own, grid) / grid.cell_area if resampling == Resampling.sum else 1.0
            if ratio > 1.0:
                nearest = stack.enter_context(WarpedVRT(
                    dataset, crs=grid.crs, transform=grid.transform, width=grid.width, height=grid.height,
                    resampling=Resampling.nearest, **extra))
                vrt = SumOnFinerGrid(vrt, nearest, 1.0 / ratio)
            yield vrt


class SumOnFinerGrid:
    """A ``sum`` warp onto a grid finer than the raster, with the cells GDAL drops filled in.

    GDAL 3.6's sum warp leaves whole source columns empty when it upsamples (measured:
    one 25 m column in 400 at a 5 m grid). A cell it leaves empty while the raster has a
    value under its centre gets that source cell's share: its value times the grid cell's
    area over the source cell's. Cells beyond the raster stay empty, as the warp has them.
    Everything else is the warped dataset's own.
    """

    def __init__(self, summed, nearest, share):
        self.summed = summed
        self.nearest = nearest
        self.share = share

    def __getattr__(self, name):
        return getattr(self.summed, name)

    def read(self, band, window=None, masked=False, out=None):
        data = self.summed.read(band, window=window, masked=masked, out=out)
        under = self.nearest.read(band, window=window, masked=masked)
        if masked:
            dropped = np.ma.getmaskarray(data) & ~np.ma.getmaskarray(under)
            if dropped.any():
                data = np.ma.array(np.ma.getdata(data).copy(), mask=np.ma.getmaskarray(data).copy())
                data[dropped] = np.ma.getdata(under)[dropped] * self.share
            return data
        dropped = _missing(data, self.summed.nodata) & ~_missing(under, self.nearest.nodata)
        if dropped.any():
            data = data.copy()
            data[dropped] = under[dropped] * self.share
        return data


def _missing(values, nodata):
    missing = ~np.isfinite(values) if np.issubdtype(values.dtype, np.floating) else np.zeros(values.shape, bool)
    if nodata is not None and not np.isnan(nodata):
        missing |= values == nodata
    return missing


def on_map(transform, col, row):
    """Map coordinates of a (column, row) position under an affine transform.

    Written out from the coefficients: ``transform * (col, row)`` is deprecated in affine 3 in
    favour of ``@``, which affine 2.4 (Debian 12) does not have."""
    return (transform.a * col + transform.b * row + transform.c,
            transform.d * col + transform.e * row + transform.f)


def cell_area_on(own, grid):
    """Area of one cell of the grid ``own`` (at its centre), in ``grid``'s CRS units."""
    from rasterio.warp import transform as warp_transform
    t = own.transform
    col, row = own.width / 2.0, own.height / 2.0
    corners = [on_map(t, col, row), on_map(t, col + 1, row), on_map(t, col + 1, row + 1), on_map(t, col, row + 1)]
    xs, ys = zip(*corners)
    if own.crs != grid.crs:
        xs, ys = warp_transform(own.crs, grid.crs, list(xs), list(ys))
    xs, ys = np.asarray(xs), np.asarray(ys)
    return 0.5 * abs(np.dot(xs, np.roll(ys, 1)) - np.dot(ys, np.roll(xs, 1)))


def open_raster(path, name=None):
    """Open a raster with rasterio, turning GDAL's error into one a user can act on."""
    try:
        return rasterio.open(path)
    except rasterio.errors.RasterioIOError as err:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'Cannot open raster "{0}": {1}. Check that the file exists and '
                                                     'is a raster GDAL can read.'), name or path, err) from err


def raster_grid(path, name=None):
    """The :class:`RasterGrid` of the raster at ``path``."""
    with open_raster(path, name) as dataset:
        return RasterGrid.of(dataset, name)


def block_rows(path, name=None):
    """Height of the raster's blocks (tiles or strips) in rows."""
    with open_raster(path, name) as dataset:
        return int(dataset.block_shapes[0][0])


class StripBuffers:
    """Arrays that strips are read into, kept from one strip to the next.

    A strip of a wide raster is tens of megabytes (20 MB on the huge benchmark city). Read into
    a new array every time, it is allocated and freed again at every strip, in the thread that
    reads ahead and the one that reduces, and glibc's allocator keeps much of it in its heaps
    instead of returning it. One array per data type, reused, holds what a strip needs and no more.
    """

    def __init__(self):
        self._arrays = {}

    def get(self, shape, dtype):
        """An array of ``shape`` and ``dtype``, reusing the last one of that data type when it
        is big enough."""
        dtype = np.dtype(dtype)
        size = int(np.prod(shape))
        array = self._arrays.get(dtype)
        if array is None or array.size < size:
            self._arrays[dtype] = None        # let the old array go before the new one is made
            array = self._arrays[dtype] = np.empty(size, dtype)
        return array[:size].reshape(shape)


class RawStrip:
    """One strip of one band as GDAL returns it, with what is needed to judge its cells.

    With ``buffers`` (a :class:`StripBuffers`) the values are read into one of its arrays
    instead of a new one; they stay valid until that array is read into again.
    """

    def __init__(self, dataset, window, band=1, buffers=None):
        flags = dataset.mask_flag_enums[band - 1]
        self.mask = None
        out = None
        if buffers is not None:
            out = buffers.get((int(window.height), int(window.width)), dataset.dtypes[band - 1])
        if all(flag in (MaskFlags.all_valid, MaskFlags.nodata) for flag in flags):
            # Nodata is a value: compared later, on the covered cells only.
            self.data = dataset.read(band, window=window, out=out)
            nodata = dataset.nodata
            self.nodata = None if nodata is None or np.isnan(nodata) else self.data.dtype.type(nodata)
        else:
            masked = dataset.read(band, window=window, masked=True, out=out)
            self.data = np.ma.getdata(masked)
            self.mask = np.ma.getmaskarray(masked)
            self.nodata = None
        scale = dataset.scales[band - 1] if dataset.scales else 1.0
        offset = dataset.offsets[band - 1] if dataset.offsets else 0.0
        self.scale = 1.0 if scale is None else scale
        self.offset = 0.0 if offset is None else offset

    def values(self):
        """The whole strip as float32 with scale and offset applied; NaN where invalid."""
        values = self.data.astype(np.float32)
        if self.scale != 1.0 or self.offset != 0.0:
            values = values * np.float32(self.scale) + np.float32(self.offset)
        invalid = ~np.isfinite(values)
        if self.nodata is not None:
            invalid |= self.data == self.nodata
        if self.mask is not None:
            invalid |= self.mask
        values[invalid] = np.nan
        return values

    def covered(self, strip):
        """float32 values and valid flags of the cells ``strip`` (a StripCells) gathers.

        Scale and offset are applied as GDAL declares them; invalid cells (nodata,
        masked, not finite) hold 0; the padding cell is 0 and invalid.
        """
        raw = strip.take(self.data)
        valid = np.ones(len(raw), dtype=bool)
        if self.nodata is not None:
            valid &= raw != self.nodata
        if self.mask is not None:
            valid &= ~strip.take(self.mask)
        values = raw.astype(np.float32, copy=False)     # raw is not needed any more: no copy
        if self.scale != 1.0 or self.offset != 0.0:
            values = values * np.float32(self.scale) + np.float32(self.offset)
        valid &= np.isfinite(values)
        valid[-1] = False
        values[~valid] = 0.0
        return values, valid


def sample_points(path, xy, crs, name=None, block_rows=256):
    """Values of a raster at points, read in row blocks (memory bounded by the block).

    Parameters
    ----------
    path : str
    xy : ndarray (n, 2)
        Points in ``crs``.
    crs : str or CRS
        CRS of the points; they are reprojected to the raster's.

    Returns
    -------
    values : ndarray (n,) float64, NaN where outside the raster or nodata.
    """
    from rasterio.warp import transform as warp_transform
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    values = np.full(len(xy), np.nan)
    if len(xy) == 0:
        return values
    with open_raster(path, name) as dataset:
        grid = RasterGrid.of(dataset, name)
        if CRS.from_user_input(crs) != grid.crs:
            x, y = warp_transform(CRS.from_user_input(crs), grid.crs, xy[:, 0], xy[:, 1])
            xy = np.column_stack([x, y])
        col, row = grid.to_cell_coords(xy)
        finite = np.isfinite(col) & np.isfinite(row)
        col = np.floor(np.where(finite, col, -1)).astype(np.int64)
        row = np.floor(np.where(finite, row, -1)).astype(np.int64)
        inside = (col >= 0) & (col < grid.width) & (row >= 0) & (row < grid.height)
        index = np.flatnonzero(inside)
        order = index[np.argsort(row[index], kind='stable')]
        for top in range(0, grid.height, block_rows):
            first, last = np.searchsorted(row[order], [top, top + block_rows])
            if last <= first:
                continue
            chosen = order[first:last]
            left, right = int(col[chosen].min()), int(col[chosen].max()) + 1
            window = Window(left, top, right - left, min(block_rows, grid.height - top))
            raw = RawStrip(dataset, window)
            picked = raw.data[row[chosen] - top, col[chosen] - left].astype(np.float64)
            valid = np.isfinite(picked)
            if raw.nodata is not None:
                valid &= raw.data[row[chosen] - top, col[chosen] - left] != raw.nodata
            if raw.mask is not None:
                valid &= ~raw.mask[row[chosen] - top, col[chosen] - left]
            picked = picked * raw.scale + raw.offset
            values[chosen] = np.where(valid, picked, np.nan)
    return values
