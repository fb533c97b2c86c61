"""Tests known to fail on QGIS 3.40 and 3.44 (seen in CI on 2026-12-02), marked rather than hidden: they still run
there and report XFAIL (or XPASS), and on QGIS 3.22 they must pass. Each reason names the issue that stays open
until the marker can go."""
import pytest


def _qgis_340():
    from qgis.core import Qgis
    return Qgis.QGIS_VERSION_INT >= 34000


#: The Dask batch on QGIS 3.40 and 3.44.
dask_on_qgis_340 = pytest.mark.xfail(
    _qgis_340(), strict=False,
    reason="QGIS 3.40 and 3.44: a Dask worker's GeoPackage layer_styles row differs from the sequential run's, and "
           'a worker can miss the 60 s start-up under load (not yet explained: issue 19 stays open)')
