"""`make test`'s two runs (tools/run_tests.py) and how the version matrix adds up their counts."""
import importlib.util
import os
import re
import subprocess
import sys

import pytest

from tests.helpers import REPO

ENGINE = ['-p', 'no:pytest_qgis', '-p', 'no:pytest-qt']


@pytest.fixture(scope='module')
def run_tests():
    spec = importlib.util.spec_from_file_location('run_tests', REPO / 'tools' / 'run_tests.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def planned(module, arguments, engine_only=False):
    return [(command[3:], extra) for _, command, extra in module.runs(arguments, engine_only)]


@pytest.mark.parametrize('arguments, expected', [
    ([], [(ENGINE + ['tests/core'], {'RP_ENGINE_ONLY': '1'}), (['--ignore=tests/core'], {})]),
    (['-q', 'tests/test_names.py'], [(['-q', '--ignore=tests/core', 'tests/test_names.py'], {})]),
    (['-x', 'tests/core/test_numbers.py::test_a_rule_with_an_underscore_is_refused'],
     [(ENGINE + ['-x', 'tests/core/test_numbers.py::test_a_rule_with_an_underscore_is_refused'],
       {'RP_ENGINE_ONLY': '1'})]),
    (['-k', 'tests', 'tests'], [(ENGINE + ['-k', 'tests', 'tests/core'], {'RP_ENGINE_ONLY': '1'}),
                                (['-k', 'tests', '--ignore=tests/core', 'tests'], {})]),
    (['tests/core', 'tests/test_names.py'], [(ENGINE + ['tests/core'], {'RP_ENGINE_ONLY': '1'}),
                                             (['--ignore=tests/core', 'tests/test_names.py'], {})]),
])
def test_options_go_to_both_runs_and_paths_to_their_own(run_tests, arguments, expected):
    """A -k value that names a folder stays an option; a folder holding tests/core gives it to the engine run."""
    assert planned(run_tests, arguments) == expected


def test_make_test_core_runs_only_the_engine_tests_and_refuses_other_paths(run_tests):
    assert planned(run_tests, ['-q'], engine_only=True) == [(ENGINE + ['-q', 'tests/core'], {'RP_ENGINE_ONLY': '1'})]
    with pytest.raises(SystemExit, match=r'runs only the engine tests in tests/core/; tests/test_names.py is outside'):
        run_tests.runs(['tests/test_names.py'], engine_only=True)


def summary_of(log_path):
    """tools/test_matrix.sh's summary_of on a log: "passed failed skipped"."""
    done = subprocess.run(['bash', '-c', 'source tools/test_matrix.sh && summary_of "$0"', str(log_path)],
                          cwd=str(REPO), env=dict(os.environ, APT_PACKAGES='make'), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_matrix_adds_up_each_runs_closing_line_not_a_nested_one(tmp_path):
    log = tmp_path / 'host.log'
    log.write_text('\n'.join([
        '[make test] run 1 of 2: the engine tests, without QGIS (tests/core): RP_ENGINE_ONLY=1 python -m pytest',
        '........F.s',
        '----------------------------- Captured stdout call -----------------------------',
        '============================== 7 passed in 0.50s ===============================',
        '================== 1 failed, 229 passed, 1 skipped in 14.02s ===================',
        '[make test] run 2 of 2: the tests with QGIS: python -m pytest --ignore=tests/core',
        '========== 2 failed, 270 passed, 3 skipped, 1 error in 101.31s (0:01:41) ==========', '']),
        encoding='utf-8')
    assert summary_of(log) == '499 4 4'
    # A log of a single pytest run (without the runner's lines) counts as before: its last closing line.
    single = tmp_path / 'single.log'
    single.write_text('= 1 passed in 0.1s =\n==== 500 passed, 2 skipped in 99.00s ====\n', encoding='utf-8')
    assert summary_of(single) == '500 0 2'


def test_make_test_runs_both_and_a_run_that_selects_nothing_does_not_fail_it(tmp_path):
    """-k selects two engine tests and none with QGIS: the engine run passes them, the QGIS run selects
    nothing (pytest's exit 5), and the whole exits 0 with the engine run's count in the matrix's summary."""
    done = subprocess.run([sys.executable, str(REPO / 'tools' / 'run_tests.py'), '-p', 'no:cacheprovider',
                           '-k', 'thousands', 'tests/core/test_numbers.py', 'tests/test_names.py'],
                          cwd=str(REPO), capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    lines = done.stdout.splitlines()
    headers = [line for line in lines if line.startswith('[make test] run ')]
    assert [line.split(': ')[1] for line in headers] == ['the engine tests, without QGIS (tests/core)',
                                                        'the tests with QGIS']
    assert headers[0].endswith('RP_ENGINE_ONLY=1 python -m pytest -p no:pytest_qgis -p no:pytest-qt -p '
                               'no:cacheprovider -k thousands tests/core/test_numbers.py')
    log = tmp_path / 'run.log'
    log.write_text(done.stdout, encoding='utf-8')
    assert summary_of(log) == '2 0 0'
    assert any('8 items / 6 deselected / 2 selected' in line for line in lines), done.stdout[-2000:]
    assert any(re.search(r'(\d+) items / \1 deselected', line) for line in lines), done.stdout[-2000:]
