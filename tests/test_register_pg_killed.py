"""A real QGIS process killed (SIGKILL) in the middle of saving a change to every one of 200 actions (issue 18,
item 5: "if QGIS is killed mid-save, the database holds the old state or the new, never a mix").

The QGIS that saves is a process of its own (tests/killed_save.py: QGIS headless, the register opened and saved
through the dock's RegisterEditor, the plugin's own code path). To kill it at a known point of a PostGIS save, a
trigger of the test's (added as the server's superuser) holds the save at its 100th row until a gate of the
test's opens; the test waits until the save's backend is seen sleeping there in pg_stat_activity, then kills the
process. A GeoPackage save cannot be held so (a SQLite trigger cannot wait): it is killed at 20 moments from
its start to past its end, and each outcome must be the old state or the new.

What a kill leaves depends on what the server does with the save's transaction, which QGIS no longer has a say
in: a server that notices the client is gone (client_connection_check_interval), or an administrator who ends
the orphaned session, rolls it back (the old state); a server that does not notice runs the statement to its
end and commits it before it tries to answer (the new state, whole, though QGIS never heard of it). All three
are tested; none leaves a mix. The server: tests/pg.py.
"""
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from qgis import processing

from tests.helpers import REPO

CHILD = Path(__file__).resolve().parent / 'killed_save.py'
ACTIONS = 200
PAUSE_ROW = 100                 # the row of the save at which the test's trigger holds it
NEW_STATUS, NEW_COST = 'approved', 123456.0
TABLE = 'resilience.planned_actions'
HISTORY = 'resilience.planned_actions_history'
USER = 'kill-test'              # modified_by of the saves the processes make


# ------------------------------------------------------------------------------------------------- the processes


class QgisProcess:
    """A running tests/killed_save.py: its protocol lines (``RP word ...``) read by a thread, its stderr in a file."""

    def __init__(self, args, folder):
        self.stderr_path = folder / 'stderr-{0}.txt'.format(time.monotonic_ns())
        env = dict(os.environ, QT_QPA_PLATFORM='offscreen', PROJ_DATA=os.environ.get('PROJ_DATA', '/usr/share/proj'),
                   QGIS_CUSTOM_CONFIG_PATH=str(folder / 'qgis-profile'), PYTHONPATH=str(REPO))
        with open(str(self.stderr_path), 'w') as stderr:
            self.process = subprocess.Popen([sys.executable, str(CHILD)] + [str(a) for a in args], env=env,
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                            bufsize=1, cwd=str(REPO))
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            if line.startswith('RP '):
                self.lines.put(line.split()[1:])
        self.lines.put(None)

    def expect(self, word, timeout=180):
        """The words after ``RP word`` once the process says it; fails (with its stderr) when it says something
        else first (an error), ends, or is silent for ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                words = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                words = ['(silent for {0} s)'.format(timeout)]
            if words and words[0] == word:
                return words[1:]
            assert words is not None and words[0] not in ('error',) and not words[0].startswith('(silent'), \
                'the QGIS process said {0} while the test waited for "{1}"; its stderr: {2}'.format(
                    words, word, self.stderr()[-3000:])

    def said(self, timeout=60):
        """The first words of every line the process said since the last expect, once it has ended."""
        words = []
        while True:
            line = self.lines.get(timeout=timeout)
            if line is None:
                return words
            words.append(line[0] if line else '')

    def send(self, line):
        self.process.stdin.write(line + '\n')
        self.process.stdin.flush()

    def kill(self):
        """SIGKILL, as when QGIS is killed (or the machine's power goes): no handler, no clean-up of its own."""
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait(timeout=60) == -signal.SIGKILL

    def finish(self, timeout=120):
        return self.process.wait(timeout=timeout)

    def stderr(self):
        try:
            return self.stderr_path.read_text(errors='replace')
        except OSError:
            return ''


@pytest.fixture
def qgis_processes(tmp_path):
    """Starts QGIS processes (tests/killed_save.py) for a test and kills every one still running afterwards,
    whatever the test did: no QGIS is left behind."""
    started = []

    def start(*args):
        started.append(QgisProcess(args, tmp_path))
        return started[-1]
    yield start
    for child in started:
        if child.process.poll() is None:
            child.process.kill()
        try:
            child.process.wait(timeout=60)
        finally:
            for stream in (child.process.stdin, child.process.stdout):
                try:
                    stream.close()
                except (OSError, ValueError):
                    pass


def saved_whole(child):
    """A process's save that ran to its end: the number of actions it wrote."""
    child.expect('opened')
    child.expect('edited')
    child.send('save')
    child.expect('saving')
    count = int(child.expect('saved')[0])
    assert child.finish() == 0, child.stderr()[-3000:]
    return count


# ------------------------------------------------------------------------------------------------- PostGIS


@pytest.fixture
def register200(plugin, pg_server, pg_database):
    """A PostGIS register of 200 proposed actions (row version 1, one INSERT in the history each)."""
    processing.run('resilienceplanner:createactionregister', {'DATABASE': pg_server.conninfo(pg_database),
                                                              'CRS': 'EPSG:32737'})
    pg_server.psql("INSERT INTO {0} (title, action_type, status, cost_estimate, currency, geom) SELECT 'Action ' || "
                   "g, 'structural', 'proposed', 1000 * g, 'USD', ST_Multi(ST_MakeEnvelope(10 * g, 0, 10 * g + 5, 5, "
                   "32737)) FROM generate_series(1, {1}) g".format(TABLE, ACTIONS), dbname=pg_database)
    yield pg_database
    # A save the test left held at its trigger (a failed test) is ended, so that the database can go.
    pg_server.psql('UPDATE public.rp_test_gate SET open = true', dbname=pg_database, check=False)


def actions(pg_server, dbname):
    return pg_server.query('SELECT fid, title, status, cost_estimate, row_version, modified_by, ST_AsText(geom) '
                           'FROM {0} ORDER BY fid'.format(TABLE), dbname=dbname)


def history(pg_server, dbname):
    """(operation, status, cost, row version, changed_by, transaction id) of every history entry, in order."""
    return pg_server.query('SELECT operation, status, cost_estimate, row_version, changed_by, transaction_id FROM {0} '
                           'ORDER BY history_id'.format(HISTORY), dbname=dbname)


def hold_the_save_at_row(pg_server, dbname, row):
    """The test's trigger: the ``row``-th row any save updates waits (pg_sleep, 50 ms at a time) until the test
    opens the gate. A sequence counts the rows (it is not rolled back with the save)."""
    pg_server.psql(
        'CREATE TABLE public.rp_test_gate (open boolean NOT NULL); INSERT INTO public.rp_test_gate VALUES (false); '
        'CREATE SEQUENCE public.rp_test_rows; '
        'CREATE FUNCTION public.rp_test_hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
        "IF nextval('public.rp_test_rows') = {1} THEN "
        '  WHILE NOT (SELECT open FROM public.rp_test_gate) LOOP PERFORM pg_sleep(0.05); END LOOP; '
        'END IF; RETURN NEW; END $$; '
        'CREATE TRIGGER rp_test_hold BEFORE UPDATE ON {0} FOR EACH ROW EXECUTE FUNCTION public.rp_test_hold()'.format(
            TABLE, int(row)), dbname=dbname)


def held_save(pg_server, dbname, child, timeout=120):
    """The pid of the backend whose save is held by the test's trigger, once pg_stat_activity shows it there."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert child.process.poll() is None, 'the QGIS process ended before its save reached the test\'s trigger: ' \
            '{0}; its stderr: {1}'.format(child.said(), child.stderr()[-3000:])
        found = pg_server.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                                "pg_backend_pid() AND wait_event = 'PgSleep' AND query LIKE '%DO $rp_save$%'",
                                dbname=dbname)
        if found:
            return int(found[0][0])
        time.sleep(0.1)
    raise AssertionError('no save of QGIS reached the test\'s trigger within {0} s'.format(timeout))


def sessions(pg_server, dbname):
    """The pids of the client sessions to the database other than the query's own."""
    return {int(r[0]) for r in pg_server.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                               "AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
                                               dbname=dbname)}


def ended(pg_server, dbname, pids, timeout=30):
    """Whether the sessions ``pids`` have all ended within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not sessions(pg_server, dbname) & set(pids):
            return True
        time.sleep(0.1)
    return False


def row_lock_refused(pg_server, dbname, fid):
    """Whether another session is refused a lock on the row ``fid`` (it is being written in an open transaction)."""
    done = pg_server.psql('SELECT fid FROM {0} WHERE fid = {1:d} FOR UPDATE NOWAIT'.format(TABLE, fid),
                          dbname=dbname, check=False)
    if done.returncode == 0:
        return False
    assert 'could not obtain lock on row' in done.stderr, done.stderr
    return True


def assert_nothing_held(pg_server, dbname):
    """No lock of any session on the database is left, and every action can be locked at once by another."""
    assert pg_server.query("SELECT locktype, mode, pid FROM pg_locks WHERE pid <> pg_backend_pid() AND pid IN (SELECT "
                           "pid FROM pg_stat_activity WHERE datname = current_database())", dbname=dbname) == []
    assert pg_server.query("BEGIN; SET LOCAL lock_timeout = '2s'; SELECT count(*) FROM (SELECT fid FROM {0} FOR "
                           "UPDATE NOWAIT) locked; ROLLBACK".format(TABLE), dbname=dbname) == [[str(ACTIONS)]]


def assert_saved_whole(pg_server, dbname, before, history_before):
    """Every action holds the new status and cost, one row version more, and the history one entry each, all of
    one transaction."""
    after = actions(pg_server, dbname)
    assert [r[:2] + r[6:] for r in after] == [r[:2] + r[6:] for r in before]        # same actions, same areas
    assert [r[2:6] for r in after] == [[NEW_STATUS, '{0:g}'.format(NEW_COST), str(int(r[4]) + 1), USER]
                                       for r in before]
    entries = history(pg_server, dbname)
    assert entries[:len(history_before)] == history_before
    added = entries[len(history_before):]
    assert len(added) == ACTIONS and {tuple(e[:3]) for e in added} == {('UPDATE', NEW_STATUS, '{0:g}'.format(NEW_COST))}
    assert len({e[5] for e in added}) == 1, 'the save\'s history entries are of more than one transaction'


def start_save(qgis_processes, pg_server, dbname, *options):
    child = qgis_processes('postgis', pg_server.conninfo(dbname), 'resilience', '--status', NEW_STATUS, '--cost',
                           NEW_COST, *options)
    assert child.expect('opened') == [str(ACTIONS)]
    assert child.expect('edited') == [str(ACTIONS)]
    child.send('save')
    child.expect('saving')
    return child


@pytest.mark.parametrize('ended_by', ['the server', 'an administrator'])
def test_qgis_killed_mid_save_leaves_every_action_as_it_was_and_the_same_save_then_writes_them_all(
        pg_server, register200, qgis_processes, ended_by):
    dbname = register200
    before, history_before = actions(pg_server, dbname), history(pg_server, dbname)
    assert len(before) == ACTIONS and len(history_before) == ACTIONS
    if ended_by == 'the server':
        # The server checks every 100 ms, while a statement runs, whether its client is still there (PostgreSQL
        # 14+; Linux). The QGIS process connects after this, so its sessions have it.
        pg_server.psql("ALTER DATABASE \"{0}\" SET client_connection_check_interval = '100ms'".format(dbname))
    hold_the_save_at_row(pg_server, dbname, PAUSE_ROW)
    earlier = sessions(pg_server, dbname)                 # this pytest's own (QGIS's pool), idle
    child = start_save(qgis_processes, pg_server, dbname)
    pid = held_save(pg_server, dbname, child)
    qgis_sessions = sessions(pg_server, dbname) - earlier
    assert pid in qgis_sessions
    # Mid-save: the save's transaction has written the rows before the 100th (another session cannot lock
    # them) and not those after it; no other session sees any of it.
    assert pg_server.query('SELECT last_value FROM public.rp_test_rows', dbname=dbname) == [[str(PAUSE_ROW)]]
    fids = [int(r[0]) for r in before]
    assert row_lock_refused(pg_server, dbname, fids[0]) and row_lock_refused(pg_server, dbname, fids[PAUSE_ROW - 2])
    assert not row_lock_refused(pg_server, dbname, fids[PAUSE_ROW]) and not row_lock_refused(pg_server, dbname,
                                                                                              fids[-1])
    assert actions(pg_server, dbname) == before

    child.kill()

    if ended_by == 'an administrator':
        # Without client_connection_check_interval (its default is off) a backend learns that its client is gone
        # only when it next reads from or writes to the client's socket: after the statement. The test's trigger
        # holds the statement until the gate opens, so the orphaned session would wait for ever (a real save's
        # statement ends by itself, and then commits: see the next test). An administrator ends such a session
        # with pg_terminate_backend, which rolls its transaction back.
        time.sleep(1.0)
        assert pid in sessions(pg_server, dbname), 'the server ended the save although it cannot know QGIS is gone'
        assert pg_server.query('SELECT pg_terminate_backend({0:d})'.format(pid), dbname=dbname) == [['t']]
    # The server noticed (or was told), rolled the save back, and released its locks; the killed QGIS's other
    # (idle) sessions ended as soon as the process's sockets closed.
    assert ended(pg_server, dbname, qgis_sessions), 'the killed QGIS\'s sessions are still open: {0}'.format(
        sessions(pg_server, dbname) & qgis_sessions)
    assert actions(pg_server, dbname) == before                       # every action: its old state and row version
    assert history(pg_server, dbname) == history_before               # no entry of the killed save
    assert_nothing_held(pg_server, dbname)

    # A fresh QGIS process saves the same change: all of it.
    pg_server.psql('DROP TRIGGER rp_test_hold ON {0}'.format(TABLE), dbname=dbname)
    fresh = qgis_processes('postgis', pg_server.conninfo(dbname), 'resilience', '--status', NEW_STATUS, '--cost',
                           NEW_COST)
    assert saved_whole(fresh) == ACTIONS
    assert_saved_whole(pg_server, dbname, before, history_before)


def test_qgis_killed_mid_save_on_a_server_that_goes_on_leaves_the_new_state_whole(pg_server, register200,
                                                                                qgis_processes):
    dbname = register200
    before, history_before = actions(pg_server, dbname), history(pg_server, dbname)
    hold_the_save_at_row(pg_server, dbname, PAUSE_ROW)
    earlier = sessions(pg_server, dbname)
    child = start_save(qgis_processes, pg_server, dbname)
    pid = held_save(pg_server, dbname, child)
    qgis_sessions = sessions(pg_server, dbname) - earlier
    child.kill()
    time.sleep(1.0)
    assert pid in sessions(pg_server, dbname) and actions(pg_server, dbname) == before
    # The save goes on without QGIS: the server runs the statement to its end and commits it before it tries to
    # send QGIS the answer (and finds the socket closed). The database holds the whole save, though the QGIS
    # that made it never learnt that it was written.
    pg_server.psql('UPDATE public.rp_test_gate SET open = true', dbname=dbname)
    assert ended(pg_server, dbname, [pid]), 'the orphaned save did not end once the gate opened'
    assert pg_server.query('SELECT last_value FROM public.rp_test_rows', dbname=dbname) == [[str(ACTIONS)]]
    assert_saved_whole(pg_server, dbname, before, history_before)
    assert ended(pg_server, dbname, qgis_sessions)
    assert_nothing_held(pg_server, dbname)


def test_qgis_killed_after_the_save_committed_and_before_it_read_the_register_again_leaves_the_new_state_whole(
        pg_server, register200, qgis_processes):
    dbname = register200
    before, history_before = actions(pg_server, dbname), history(pg_server, dbname)
    earlier = sessions(pg_server, dbname)
    child = start_save(qgis_processes, pg_server, dbname, '--pause-after-commit')
    child.expect('committed')
    qgis_sessions = sessions(pg_server, dbname) - earlier
    assert qgis_sessions
    child.kill()
    assert_saved_whole(pg_server, dbname, before, history_before)
    assert ended(pg_server, dbname, qgis_sessions)
    assert_nothing_held(pg_server, dbname)
    # The next QGIS reads the saved state and saves on it (row versions 2 to 3).
    again = qgis_processes('postgis', pg_server.conninfo(dbname), 'resilience', '--status', 'in progress')
    assert saved_whole(again) == ACTIONS
    assert {(r[2], r[4]) for r in actions(pg_server, dbname)} == {('in progress', '3')}


# ------------------------------------------------------------------------------------------------- GeoPackage


def gpkg_state(path):
    """Every action of the GeoPackage as stored (read with sqlite3, which also replays a write-ahead log the
    killed QGIS left): (fid, title, status, cost, currency, notes, modified_by, geometry blob)."""
    with closing(sqlite3.connect(str(path))) as db:
        return db.execute('SELECT fid, title, status, cost_estimate, currency, notes, modified_by, geom FROM '
                          'planned_actions ORDER BY fid').fetchall()


def gpkg_sound(path):
    """The file passes SQLite's integrity check and its spatial index's, and GDAL opens its 200 actions."""
    from osgeo import ogr
    with closing(sqlite3.connect(str(path))) as db:
        assert db.execute('PRAGMA integrity_check').fetchall() == [('ok',)]
        indexes = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE "
                                            "'rtree\\_%' ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
        assert indexes and all(db.execute('SELECT rtreecheck(?)', (name,)).fetchone() == ('ok',) for name in indexes)
    dataset = ogr.Open(str(path))
    try:
        assert dataset is not None and dataset.GetLayerByName('planned_actions').GetFeatureCount() == ACTIONS
    finally:
        dataset = None


#: What each moment of a GeoPackage save may leave when QGIS is killed there: before its SQLite transaction
#: begins, and inside it, the old state; once its commit has returned, the new; during the commit, either.
ALLOWED = {'before the transaction': {'old'}, 'in the transaction': {'old'}, 'in the commit': {'old', 'new'},
           'after the commit': {'new'}}


def test_a_geopackage_save_killed_at_twenty_moments_leaves_the_old_state_or_the_new(plugin, tmp_path,
                                                                                    qgis_processes):
    path = tmp_path / 'register.gpkg'
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': str(path), 'CRS': 'EPSG:32737'})
    assert saved_whole(qgis_processes('gpkg', path, '--fill', ACTIONS)) == ACTIONS
    state = gpkg_state(path)
    assert len(state) == ACTIONS
    # One save of a change to every action, to its end: when its transaction begins and commits.
    timing = qgis_processes('gpkg', path, '--cost', 1, '--notes', 'save 0')
    timing.expect('opened')
    timing.expect('edited')
    timing.send('save')
    timing.expect('saving')
    begin, committing, committed = (float(timing.expect(word)[0]) for word in ('begin', 'committing', 'committed'))
    count, seconds = timing.expect('saved')
    assert int(count) == ACTIONS and timing.finish() == 0
    state = gpkg_state(path)
    assert {(r[3], r[5]) for r in state} == {(1.0, 'save 0')}
    # Twenty kills, from the moment the save starts to a quarter past its commit (most of a save is checking
    # the actions before the transaction, and reading the register again after it).
    span = 1.25 * committed
    seen = []
    for number in range(1, 21):
        delay = span * (number - 1) / 19
        child = qgis_processes('gpkg', path, '--cost', 1000 * number, '--notes', 'save {0}'.format(number))
        child.expect('opened')
        child.expect('edited')
        child.send('save')
        child.expect('saving')
        time.sleep(delay)
        if child.process.poll() is None:
            os.kill(child.process.pid, signal.SIGKILL)
        child.process.wait(timeout=60)
        said = child.said()
        phase = ('after the commit' if 'committed' in said else 'in the commit' if 'committing' in said else
                 'in the transaction' if 'begin' in said else 'before the transaction')
        wal = os.path.exists(str(path) + '-wal')
        after = gpkg_state(path)
        gpkg_sound(path)
        if after == state:
            outcome = 'old'
        elif [r[:3] + r[4:5] + r[7:] for r in after] == [r[:3] + r[4:5] + r[7:] for r in state] and \
                {(r[3], r[5], r[6]) for r in after} == {(1000.0 * number, 'save {0}'.format(number), USER)}:
            outcome = 'new'
        else:
            outcome = 'a mix: {0} of {1} actions changed'.format(sum(1 for a, b in zip(after, state) if a != b),
                                                                ACTIONS)
        seen.append((delay, phase, outcome, wal))
        assert outcome in ALLOWED[phase], 'kill {0}, {1:.3f} s into the save ({2}), left {3}'.format(
            number, delay, phase, outcome)
        state = after
    counts = Counter((phase, outcome) for _, phase, outcome, _ in seen)
    print('\nGeoPackage save of {0} actions: its transaction began at {1:.3f} s, committed at {2:.3f}-{3:.3f} s, '
          'the save ended at {4} s. Killed at 20 moments over 0-{5:.3f} s: {6}; a write-ahead log was left {7} '
          'time(s).\n{8}'.format(ACTIONS, begin, committing, committed, seconds, span, ', '.join(
              '{0} x {1} -> {2}'.format(n, phase, outcome) for (phase, outcome), n in sorted(counts.items())),
              sum(1 for s in seen if s[3]), '\n'.join('  {0:.3f} s: {1} -> {2}'.format(*s[:3]) for s in seen)))
    assert len(seen) == 20
