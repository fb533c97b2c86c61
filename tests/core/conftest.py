"""The engine's tests: resilience_planner/core/ alone, without QGIS.

`make test-core` (the first half of `make test`) runs this folder with RP_ENGINE_ONLY=1 and with
the pytest-qgis and pytest-qt plugins disabled; this conftest then installs a blocker
(tests/core/engine_only.py) so that importing qgis, qgis.PyQt, PyQt5 or PyQt6 fails. Nothing here
imports QGIS; the fixtures these tests share with the QGIS tests (sample_city, realdata) come from
tests/conftest.py, which imports QGIS only inside the fixtures that need it, and the helpers from
tests/helpers.py. A test that needs QGIS belongs in tests/, not here."""
import os

import pytest

from tests.core import engine_only

ENGINE_ONLY = os.environ.get('RP_ENGINE_ONLY') == '1'

if ENGINE_ONLY:
    try:
        engine_only.install()
    except RuntimeError as error:
        raise pytest.UsageError(str(error)) from None


def pytest_addoption(parser, pluginmanager):
    """pytest.ini sets pytest-qgis's options for the QGIS run; where that plugin is disabled they are
    declared here (and unused) so that pytest does not warn that they are unknown."""
    if not pluginmanager.has_plugin('pytest_qgis'):
        parser.addini('qgis_gui_enabled', 'pytest-qgis option; unused in the engine tests', default='false')
        parser.addini('qgis_disable_exit', 'pytest-qgis option; unused in the engine tests', default='false')
