"""Tests that need ../shared/realdata skip without it, and fail without it where CI requires it."""
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize('required, outcome', [('', 'skipped'), ('1', 'error')])
def test_missing_real_data_skips_unless_it_is_required(tmp_path, required, outcome):
    env = dict(os.environ, RP_REALDATA=str(tmp_path / 'nowhere'), RP_REALDATA_REQUIRED=required,
               QT_QPA_PLATFORM='offscreen')
    done = subprocess.run([sys.executable, '-m', 'pytest', '-q', '-p', 'no:cacheprovider',
                           'tests/test_realdata_kibera.py'], cwd=str(REPO), env=env, capture_output=True,
                          text=True, timeout=300)
    closing = done.stdout.strip().splitlines()[-1]
    assert outcome in closing and 'passed' not in closing, done.stdout[-2000:]
    assert (done.returncode == 0) == (outcome == 'skipped')
