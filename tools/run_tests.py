"""`make test` and `make test-core`: the engine tests without QGIS, then the rest with QGIS.

tests/core/ holds the tests of resilience_planner/core/, which imports neither QGIS nor Qt. They run
in a pytest of their own, with the pytest-qgis and pytest-qt plugins disabled and RP_ENGINE_ONLY=1,
under which tests/core/conftest.py makes importing qgis or Qt fail. Everything else runs in a
second pytest with QGIS, as before.

Usage: run_tests.py [--engine-only] [PYTEST_ARGS...]

Options in PYTEST_ARGS go to both runs. Paths go to the run they belong to: a path inside
tests/core/ to the engine run, any other to the QGIS run; a folder that holds tests/core/ (such
as tests) to both, the QGIS run ignoring tests/core/. Without paths, both runs take all their
tests. A run that has no path of its own is left out.

Each run starts with a line "[make test] run N of M: ..." that tools/test_matrix.sh uses to find
each run's closing pytest line and add up their counts. The exit status is the first failing
run's; a run in which no test was selected (pytest's 5, as when -k selects only the other run's
tests) does not fail when another run ran tests and PYTEST_ARGS held options; without them,
each run must find tests.
"""
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENGINE_TESTS = REPO / 'tests' / 'core'
ENGINE_RELATIVE = str(ENGINE_TESTS.relative_to(REPO))
# Disabled by their entry-point names: "-p no:pytestqt" would not disable pytest-qt.
WITHOUT_QGIS_PLUGINS = ['-p', 'no:pytest_qgis', '-p', 'no:pytest-qt']
# pytest options whose value is the next argument (so that a value is never taken for a path).
VALUE_OPTIONS = {'-k', '-m', '-p', '-o', '-c', '-W', '-n', '-r', '--deselect', '--ignore', '--ignore-glob',
                 '--rootdir', '--basetemp', '--junitxml', '--junit-xml', '--maxfail', '--tb', '--durations',
                 '--confcutdir', '--log-level', '--log-file', '--override-ini', '--pythonwarnings', '--import-mode'}
NO_TESTS_COLLECTED = 5


def inside(path, folder):
    """Whether ``path`` is ``folder`` or lies in it."""
    return path == folder or folder in path.parents


def split(arguments):
    """(options, engine paths, QGIS paths, whether any path was given) from pytest's arguments;
    paths are read from the repository's folder, where the runs start."""
    options, engine, qgis = [], [], []
    given = False
    previous = None
    for argument in arguments:
        is_value = previous in VALUE_OPTIONS
        previous = argument
        if argument.startswith('-') or is_value:
            options.append(argument)
            continue
        given = True
        target = (REPO / argument.split('::')[0]).resolve()
        if inside(target, ENGINE_TESTS):
            engine.append(argument)
            continue
        qgis.append(argument)          # a path that does not exist too: pytest, with QGIS, says so
        if inside(ENGINE_TESTS, target) and ENGINE_RELATIVE not in engine:
            engine.append(ENGINE_RELATIVE)
    return options, engine, qgis, given


def runs(arguments, engine_only=False):
    """The pytest runs to make: (title, command, extra environment) each."""
    options, engine, qgis, given = split(arguments)
    if engine_only and qgis:
        raise SystemExit('make test-core runs only the engine tests in tests/core/; {0} {1} outside it.'.format(
            ', '.join(qgis), 'is' if len(qgis) == 1 else 'are'))
    pytest = [sys.executable, '-m', 'pytest']
    planned = []
    if engine or not given:
        planned.append(('the engine tests, without QGIS (tests/core)',
                        pytest + WITHOUT_QGIS_PLUGINS + options + (engine or [ENGINE_RELATIVE]),
                        {'RP_ENGINE_ONLY': '1'}))
    if not engine_only and (qgis or not given):
        planned.append(('the tests with QGIS', pytest + options + ['--ignore=' + ENGINE_RELATIVE] + qgis, {}))
    return planned


def main(arguments):
    engine_only = arguments[:1] == ['--engine-only']
    if engine_only:
        arguments = arguments[1:]
    planned = runs(arguments, engine_only)
    statuses = []
    for number, (title, command, extra) in enumerate(planned, 1):
        shown = ' '.join(['{0}={1}'.format(*item) for item in extra.items()] + ['python'] + command[1:])
        print('[make test] run {0} of {1}: {2}: {3}'.format(number, len(planned), title, shown), flush=True)
        statuses.append(subprocess.call(command, cwd=str(REPO), env=dict(os.environ, **extra)))
    # Without arguments each run must find its tests; with options (-k, -m, --lf ...) one may find none.
    tolerated = (0, NO_TESTS_COLLECTED) if split(arguments)[0] else (0,)
    failing = [status for status in statuses if status not in tolerated]
    if failing:
        return failing[0]
    return NO_TESTS_COLLECTED if all(status == NO_TESTS_COLLECTED for status in statuses) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
