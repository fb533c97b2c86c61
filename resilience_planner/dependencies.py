"""Check that the engine's libraries can run inside this QGIS.

rasterio and fiona must be built on the same GDAL as QGIS: pip wheels bundle their
own GDAL and have crashed QGIS (rasterio issue #2291). Algorithms that need the
engine call :func:`engine_problem` and refuse to run when it returns a message, and the
message says what to install on the platform QGIS runs on.
"""
import os
import sys

from .qgis_side.translation import QT_TRANSLATE_NOOP, Context

#: The context of the dependency messages (see qgis_side/translation.py).
Dependencies = Context('Dependencies')

_checked = None

#: How to get rasterio and fiona built on QGIS's own GDAL, by the way QGIS was installed (as written;
#: translated when a message gives it).
INSTALL_ADVICE = {
    'osgeo4w': QT_TRANSLATE_NOOP('Dependencies',
        'On Windows with OSGeo4W: run the OSGeo4W installer again (osgeo4w-setup.exe, the one that installed '
        'QGIS), choose Advanced Install, and at "Select Packages" search for python3-rasterio and '
        'python3-fiona and mark both to install (they are under Libs); or, from the OSGeo4W Shell run as '
        'administrator: osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. QGIS\'s standalone .msi '
        'installer cannot add packages: install QGIS with the OSGeo4W installer instead. Then restart QGIS.'),
    'conda': QT_TRANSLATE_NOOP('Dependencies',
        'In a conda environment: conda install -c conda-forge rasterio fiona (in the environment QGIS runs '
        'from), then restart QGIS.'),
    'debian': QT_TRANSLATE_NOOP('Dependencies',
        'On Debian or Ubuntu: sudo apt install python3-rasterio python3-fiona, then restart QGIS.'),
    'other': QT_TRANSLATE_NOOP('Dependencies',
        'Install rasterio and fiona from the same source as QGIS: the OSGeo4W installer on Windows '
        '(python3-rasterio, python3-fiona), apt on Debian/Ubuntu (python3-rasterio, python3-fiona), '
        'conda-forge with a conda QGIS. Do not pip install them into QGIS\'s Python.'),
}


def installation(platform=None, environ=None, prefix=None):
    """How this QGIS was installed, for the advice: 'osgeo4w', 'conda', 'debian' or 'other'."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    prefix = prefix or sys.prefix
    if os.path.isdir(os.path.join(prefix, 'conda-meta')) or 'CONDA_PREFIX' in environ:
        return 'conda'
    if platform == 'win32':
        # OSGeo4W and the standalone installer (built from OSGeo4W) both set OSGEO4W_ROOT.
        return 'osgeo4w' if 'OSGEO4W_ROOT' in environ or 'osgeo4w' in prefix.lower() else 'other'
    if platform.startswith('linux') and os.path.exists('/etc/debian_version'):
        return 'debian'
    return 'other'


def engine_problem():
    """None when the engine can run here, otherwise a message saying what to install."""
    global _checked
    if _checked is None:
        _checked = [_find_problem()]
    return _checked[0]


def _find_problem(kind=None):
    advice = Dependencies.marked(INSTALL_ADVICE[kind or installation()])
    try:
        from osgeo import gdal
        qgis_gdal = gdal.__version__
    except ImportError:
        qgis_gdal = None
    try:
        import rasterio
    except ImportError:
        return Dependencies.tr('Resilience Planner needs the Python package rasterio, built on the GDAL that QGIS '
                               'uses, and it is not installed. {0}').format(advice)
    try:
        import fiona
    except ImportError:
        return Dependencies.tr('Resilience Planner needs the Python package fiona, built on the GDAL that QGIS '
                               'uses, and it is not installed. {0}').format(advice)
    for package, theirs in (('rasterio', rasterio.__gdal_version__), ('fiona', getattr(fiona, '__gdal_version__',
                                                                                       None))):
        if qgis_gdal is not None and theirs and _major_minor(theirs) != _major_minor(qgis_gdal):
            return Dependencies.tr(
                '{0} is built on GDAL {1} but QGIS uses GDAL {2}. Mixing two GDALs can crash QGIS, so the '
                'algorithms will not run. Remove the pip-installed rasterio and fiona (pip uninstall '
                'rasterio fiona, in QGIS\'s Python) and install the ones built for this QGIS. {3}').format(
                    package, theirs, qgis_gdal, advice)
    return None


def _major_minor(version):
    return tuple(version.split('.')[:2])
