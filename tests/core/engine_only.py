"""A Python without QGIS for the engine tests: with the blocker installed, importing qgis or Qt fails.

resilience_planner/core/ imports neither. tests/core/conftest.py installs the blocker when
RP_ENGINE_ONLY=1 (`make test-core`, the first half of `make test`), so that an engine test, or an
engine module, that reaches QGIS fails with a message that says so, instead of passing because
QGIS happened to be installed in the same Python."""
import importlib.abc
import sys

# qgis (and its qgis.PyQt), both Qt bindings QGIS is built on, their sip, and the other Qt bindings.
BLOCKED = ('qgis', 'PyQt5', 'PyQt6', 'sip', 'PySide2', 'PySide6')
MESSAGE = ('{0} cannot be imported in the engine tests (RP_ENGINE_ONLY=1): resilience_planner/core/ and '
           'tests/core/ must not need QGIS or Qt. Import it lazily where QGIS is needed, or move the test to tests/.')


def is_blocked(name):
    """Whether a module name is qgis, Qt or one of their submodules."""
    return name.partition('.')[0] in BLOCKED


def loaded():
    """The blocked modules already imported into this Python, sorted."""
    return sorted(name for name in sys.modules if is_blocked(name))


class QgisBlocker(importlib.abc.MetaPathFinder):
    """A finder first on sys.meta_path that refuses qgis and Qt before any other finder can find them."""

    def find_spec(self, fullname, path=None, target=None):
        if is_blocked(fullname):
            raise ModuleNotFoundError(MESSAGE.format(fullname), name=fullname)
        return None


def install():
    """Put the blocker first on sys.meta_path (once). A module imported before it would stay usable
    from sys.modules, so any qgis or Qt module already there is refused with the names."""
    packages = sorted({name.partition('.')[0] for name in loaded()}, key=BLOCKED.index)
    if packages:
        raise RuntimeError(
            'The engine tests must start without QGIS, but {0} {1} already imported: run pytest with '
            '-p no:pytest_qgis -p no:pytest-qt (as `make test-core` does), and import qgis in tests/conftest.py '
            'only inside the fixtures that need it.'.format(', '.join(packages),
                                                            'was' if len(packages) == 1 else 'were'))
    if not any(isinstance(finder, QgisBlocker) for finder in sys.meta_path):
        sys.meta_path.insert(0, QgisBlocker())


def installed():
    """Whether the blocker is on sys.meta_path."""
    return any(isinstance(finder, QgisBlocker) for finder in sys.meta_path)
