"""The engine tests run where QGIS cannot be imported: the blocker refuses qgis and Qt, and every
engine module imports behind it."""
import json
import os
import re
import subprocess
import sys

import pytest

from tests.core import engine_only
from tests.helpers import REPO

BLOCKED_IMPORTS = ('qgis', 'qgis.core', 'qgis.PyQt', 'qgis.PyQt.QtCore', 'PyQt5', 'PyQt5.QtCore', 'PyQt6', 'sip')


def run_python(code):
    """Run ``code`` in a fresh Python of this run (the repository on its path) and return what it printed as JSON."""
    done = subprocess.run([sys.executable, '-c', code], cwd=str(REPO), capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_qgis_and_qt_cannot_be_imported_behind_the_blocker():
    found = run_python('''
import importlib, importlib.util, json
from tests.core import engine_only
installed = importlib.util.find_spec('qgis') is not None
engine_only.install()
results = {}
for name in %r:
    try:
        importlib.import_module(name)
        results[name] = 'imported'
    except ModuleNotFoundError as error:
        results[name] = str(error)
print(json.dumps({'installed': installed, 'results': results, 'loaded': engine_only.loaded()}))
''' % (BLOCKED_IMPORTS,))
    # QGIS is in this Python without the blocker, so the failures below are the blocker's doing.
    assert found['installed'], 'qgis is not installed here, so this cannot tell the blocker from its absence'
    for name in BLOCKED_IMPORTS:
        top = name.partition('.')[0]
        assert found['results'][name] == engine_only.MESSAGE.format(top), name
    assert found['loaded'] == []


def test_every_engine_module_imports_behind_the_blocker():
    found = run_python('''
import importlib, json, pkgutil
from tests.core import engine_only
engine_only.install()
import resilience_planner.core as core
names, errors = [], {}
for module in pkgutil.walk_packages(core.__path__, 'resilience_planner.core.'):
    names.append(module.name)
    try:
        importlib.import_module(module.name)
    except ImportError as error:
        errors[module.name] = str(error)
print(json.dumps({'names': names, 'errors': errors, 'loaded': engine_only.loaded()}))
''')
    assert {'resilience_planner.core.exposure', 'resilience_planner.core.priority',
            'resilience_planner.core.zonal'} <= set(found['names'])
    assert len(found['names']) >= 15
    assert found['errors'] == {}
    assert found['loaded'] == []


def test_a_module_imported_before_the_blocker_is_named():
    found = run_python('''
import json
import importlib
from tests.core import engine_only
importlib.import_module('qgis.PyQt.QtCore')
try:
    engine_only.install()
    print(json.dumps({'refused': None}))
except RuntimeError as error:
    print(json.dumps({'refused': str(error), 'installed': engine_only.installed()}))
''')
    # qgis.PyQt brings PyQt5 (PyQt6 on QGIS 4), and maybe a top-level sip module (Debian 12's PyQt5 does).
    assert re.match(r'The engine tests must start without QGIS, but qgis, PyQt[56](, sip)? were already imported',
                    found['refused']), found['refused']
    assert '-p no:pytest_qgis -p no:pytest-qt' in found['refused']
    assert found['installed'] is False


@pytest.mark.skipif(os.environ.get('RP_ENGINE_ONLY') != '1', reason='only in the engine run (RP_ENGINE_ONLY=1)')
def test_this_run_has_no_qgis():
    """`make test-core` ran this folder behind the blocker, with no QGIS or Qt module loaded by then."""
    assert engine_only.installed()
    assert engine_only.loaded() == []
    with pytest.raises(ModuleNotFoundError, match=r'qgis cannot be imported in the engine tests'):
        import qgis.PyQt.QtCore  # noqa: F401
    with pytest.raises(ModuleNotFoundError, match=r'PyQt5 cannot be imported in the engine tests'):
        import PyQt5  # noqa: F401
