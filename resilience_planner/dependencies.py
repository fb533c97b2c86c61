"""Check that the engine's libraries can run inside this QGIS.

rasterio and fiona must be built on the same GDAL as QGIS: pip wheels bundle their
own GDAL and have crashed QGIS (rasterio issue #2291). Algorithms that need the
engine call :func:`engine_problem` and refuse to run when it returns a message.
"""
import logging

logger = logging.getLogger(__name__)

_checked = None


def engine_problem():
    """None when the engine can run here, otherwise a message saying what to install."""
    global _checked
    if _checked is None:
        _checked = [_find_problem()]
    return _checked[0]


def _find_problem():
    try:
        from osgeo import gdal
        qgis_gdal = gdal.__version__
    except ImportError:
        qgis_gdal = None
    try:
        import rasterio
    except ImportError:
        return ('Resilience Planner needs the Python package rasterio, built on the GDAL '
                'that QGIS uses. On Debian/Ubuntu install python3-rasterio and '
                'python3-fiona; on Windows use the OSGeo4W packages; with conda, '
                'conda-forge rasterio and fiona.')
    try:
        import fiona  # noqa: F401
    except ImportError:
        return ('Resilience Planner needs the Python package fiona (python3-fiona on '
                'Debian/Ubuntu, OSGeo4W or conda-forge elsewhere).')
    theirs = rasterio.__gdal_version__
    if qgis_gdal is not None and _major_minor(theirs) != _major_minor(qgis_gdal):
        return ('rasterio is built on GDAL {0} but QGIS uses GDAL {1}. Mixing two GDALs can '
                'crash QGIS, so the algorithms will not run. Remove the pip-installed '
                'rasterio/fiona and install the ones built for this QGIS '
                '(python3-rasterio and python3-fiona on Debian/Ubuntu, OSGeo4W on '
                'Windows, conda-forge with conda).'.format(theirs, qgis_gdal))
    return None


def _major_minor(version):
    return tuple(version.split('.')[:2])
