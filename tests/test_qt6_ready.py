"""QGIS 4 readiness that the Qt migration checker cannot see: QGIS's own enums.

On PyQt6 an enum value is reached only through its enum (``QgsFeatureSink.Flag.FastInsert``).
QGIS 3.30 and later moved many enums into ``Qgis`` and keep the old short names as explicit,
marked aliases (``is_monkey_patched``), which QGIS 4 keeps too. So a short name in our code is
safe only where the running QGIS marks it as such an alias; every other enum value must be
written with its enum's name, a form that QGIS 3.22 accepts as well.
"""
import enum
import re

import pytest
from qgis.core import Qgis

from tests.conftest import REPO

ACCESS = re.compile(r'\b(Qgs[A-Za-z0-9]+|Qgis)\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()(\.[A-Za-z_][A-Za-z0-9_]*)?')
SOURCES = [path for path in sorted((REPO / 'resilience_planner').rglob('*.py')) + sorted((REPO / 'tests').rglob('*.py'))
           if path.name != 'test_qt6_ready.py']     # this file writes a short name on purpose


def qgis_version():
    return tuple(int(part) for part in Qgis.QGIS_VERSION.split('-')[0].split('.')[:2])


def resolve(class_name):
    import qgis.core
    import qgis.gui
    return getattr(qgis.core, class_name, None) or getattr(qgis.gui, class_name, None)


def is_enum_value(value):
    if isinstance(value, enum.Enum):
        return True
    return isinstance(value, int) and type(value) not in (int, bool)


def short_enum_names():
    """Every `QgsClass.Value` in the sources whose value is an enum member reached without its enum."""
    found = {}
    for path in SOURCES:
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            for match in ACCESS.finditer(line):
                class_name, member, deeper = match.groups()
                owner = resolve(class_name)
                value = getattr(owner, member, None) if owner is not None else None
                if deeper or value is None or isinstance(value, type) or not is_enum_value(value):
                    continue
                found.setdefault('{0}.{1}'.format(class_name, member), (value, '{0}:{1}'.format(
                    path.relative_to(REPO), number)))
    return found


@pytest.mark.skipif(qgis_version() < (3, 30), reason='QGIS before 3.30 does not mark its enum aliases')
def test_every_short_enum_name_is_an_alias_that_qgis_4_keeps():
    names = short_enum_names()
    assert names, 'the scan found no enum value at all: the pattern is broken'
    unsafe = sorted('{0} ({1}): write it as {2}.{3}.{4}'.format(
        name, where, name.split('.')[0], type(value).__name__, name.split('.')[1])
        for name, (value, where) in names.items() if not getattr(value, 'is_monkey_patched', False))
    assert not unsafe, 'enum values that PyQt6 will not find:\n' + '\n'.join(unsafe)


def test_the_scan_sees_a_short_name_that_qgis_does_not_alias(tmp_path, monkeypatch):
    """The check itself: a short name of an enum that was never moved is reported."""
    from qgis.core import QgsFeatureSink
    probe = tmp_path / 'probe.py'
    probe.write_text('flags = QgsFeatureSink.FastInsert\nscoped = QgsFeatureSink.Flag.FastInsert\n',
                     encoding='utf-8')
    monkeypatch.setattr('tests.test_qt6_ready.SOURCES', [probe])
    monkeypatch.setattr('tests.test_qt6_ready.REPO', tmp_path)
    names = short_enum_names()
    assert list(names) == ['QgsFeatureSink.FastInsert']
    assert names['QgsFeatureSink.FastInsert'][0] == QgsFeatureSink.Flag.FastInsert
    assert not getattr(names['QgsFeatureSink.FastInsert'][0], 'is_monkey_patched', False)
