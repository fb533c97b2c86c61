"""The tests' own PostgreSQL (tests/pg.py): a real server, as an unprivileged user, gone afterwards."""
import os
import socket

import pytest


def test_the_session_server_runs_postgis_unprivileged_on_loopback(pg_server, pg_database):
    rows = pg_server.query("SELECT postgis_lib_version() IS NOT NULL, current_setting('listen_addresses'), "
                           "inet_server_addr(), inet_server_port(), current_setting('server_version_num')::int",
                           dbname=pg_database)
    assert rows == [['t', '127.0.0.1', '127.0.0.1', str(pg_server.port), rows[0][4]]]
    assert int(rows[0][4]) >= 150000                                     # PostgreSQL 15 or newer
    pid = int((pg_server.folder / 'data' / 'postmaster.pid').read_text().split()[0])
    assert os.stat('/proc/{0}'.format(pid)).st_uid != 0                  # never as root
    assert pg_server.psql('SELECT 1', password='wrong', check=False).returncode != 0   # a password is asked


def test_a_server_started_and_stopped_leaves_nothing_behind(pg_server):
    from tests import pg
    server = pg.start()
    try:
        assert server.port != pg_server.port
        assert server.query('SELECT 1') == [['1']]
    finally:
        pg.stop(server)
    assert not server.folder.exists()
    with pytest.raises(OSError), socket.create_connection(('127.0.0.1', server.port), timeout=2):
        pass
