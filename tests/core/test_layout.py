"""The house's import direction (README, Layout): plugin.py -> gui/, algorithms/ -> qgis_side/ -> core/.

Read from the source with ``ast``, so an import hidden inside a function counts as much as one at the top.
"""
import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / 'resilience_planner'


def imported_modules(path):
    """The absolute dotted names a module imports (relative imports resolved against its package)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix('').parts)
    package = parts[:-1] if parts[-1] != '__init__' else parts[:-1]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding='utf-8'))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)]
                module = '.'.join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            names.append(module)
            # "from .. import report" imports the module resilience_planner.report
            names.extend('{0}.{1}'.format(module, alias.name) for alias in node.names)
    return names


def modules(folder=None):
    root = PACKAGE / folder if folder else PACKAGE
    return sorted(root.rglob('*.py'))


def offenders(paths, forbidden):
    found = []
    for path in paths:
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + '.') for bad in forbidden):
                found.append('{0} imports {1}'.format(path.relative_to(PACKAGE), name))
    return sorted(set(found))


def test_the_reader_sees_relative_and_function_level_imports():
    sample = PACKAGE / 'qgis_side' / 'styles.py'
    names = imported_modules(sample)
    assert 'resilience_planner.assets' in names  # from .. import assets
    assert 'qgis.core' in names


def test_only_plugin_py_and_algorithms_import_algorithms():
    outside = [p for p in modules() if 'algorithms' not in p.relative_to(PACKAGE).parts and p.name != 'plugin.py']
    assert outside, 'no modules found'
    assert offenders(outside, ['resilience_planner.algorithms']) == []


@pytest.mark.parametrize('upper', ['algorithms', 'gui', 'resilience_planner.plugin', 'resilience_planner.demo'])
def test_the_qgis_side_layer_depends_only_on_the_engine(upper):
    forbidden = ['resilience_planner.' + upper] if '.' not in upper else [upper]
    assert offenders(modules('qgis_side'), forbidden) == []


def test_the_engine_imports_neither_qt_nor_qgis_nor_the_layers_above_it():
    forbidden = ['qgis', 'PyQt5', 'PyQt6', 'resilience_planner.qgis_side',
                 'resilience_planner.algorithms', 'resilience_planner.gui', 'resilience_planner.plugin']
    assert offenders(modules('core'), forbidden) == []


def test_the_old_top_level_modules_are_gone():
    """register.py, report.py, names.py, compat.py and hazard_layers.py live in qgis_side/ now: a copy left
    behind would be a second truth."""
    for name in ('register.py', 'report.py', 'names.py', 'compat.py', 'hazard_layers.py'):
        assert not (PACKAGE / name).exists(), name
    assert not (PACKAGE / 'algorithms' / 'styling.py').exists()
