"""A real PostgreSQL server with PostGIS for the tests, started and stopped by the tests themselves.

``pg_server`` (session-scoped, see tests/conftest.py) takes the newest PostgreSQL under
/usr/lib/postgresql/*/bin (Debian's ``postgresql`` and ``postgresql-postgis`` packages, which the
Makefile's set-up installs), initdb's a cluster in a temporary folder, starts it on a free loopback
port with its unix socket in that folder, creates a database with the postgis extension, and
stops the server and removes the folder afterwards, whatever the tests did.

PostgreSQL refuses to run as root, and the tests run as root in CI: the cluster then belongs to
the ``postgres`` system user (which Debian's postgresql-common creates), else to ``nobody``,
and the server's programs run as that user; the tests connect over TCP as the cluster's
superuser with a password made for the session (the socket folder is the server user's only).

Without PostgreSQL or PostGIS the tests that need the server skip with the reason, except where
RP_POSTGIS_REQUIRED=1 (CI can set it), where they fail.
"""
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path('/usr/lib/postgresql')
SUPERUSER = 'rp_admin'
#: The database with postgis that each test's database is copied from (CREATE DATABASE ... TEMPLATE).
TEMPLATE = 'rp_template'


class Unavailable(Exception):
    """PostgreSQL or PostGIS is not installed here; the message says what to install."""


def newest_bin():
    """The bin folder of the newest PostgreSQL installed (/usr/lib/postgresql/<major>/bin)."""
    found = []
    for folder in ROOT.glob('*/bin') if ROOT.is_dir() else ():
        if re.fullmatch(r'\d+(\.\d+)?', folder.parent.name) and all(
                os.access(str(folder / tool), os.X_OK) for tool in ('initdb', 'pg_ctl', 'postgres', 'psql')):
            found.append((tuple(int(p) for p in folder.parent.name.split('.')), folder))
    if not found:
        raise Unavailable('PostgreSQL is not installed (no initdb/pg_ctl under {0}/*/bin): install Debian\'s '
                          '"postgresql" package (make system does).'.format(ROOT))
    version, folder = max(found)
    share = Path('/usr/share/postgresql') / folder.parent.name / 'extension'
    if not (share / 'postgis.control').is_file():
        raise Unavailable('PostGIS is not installed for PostgreSQL {0} (no {1}): install Debian\'s '
                          '"postgresql-postgis" package (make system does).'.format(folder.parent.name,
                                                                                    share / 'postgis.control'))
    return folder


def server_user():
    """(name, uid, gid) of the user the server runs as: this one, or when root an unprivileged one."""
    if os.geteuid() != 0:
        entry = pwd.getpwuid(os.geteuid())
        return entry.pw_name, entry.pw_uid, entry.pw_gid
    for name in ('postgres', 'nobody'):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_name, entry.pw_uid, entry.pw_gid
    raise Unavailable('Running as root, and neither a "postgres" nor a "nobody" user exists to run PostgreSQL as.')


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


@dataclass
class PgServer:
    """A running test server: where it is, how to reach it, and psql."""

    bin: Path
    folder: Path
    port: int
    password: str
    user: str = SUPERUSER
    host: str = '127.0.0.1'
    dbname: str = 'postgres'
    version: str = ''
    _databases: list = field(default_factory=list)

    def conninfo(self, dbname=None, user=None, password=None):
        """A libpq connection string, as a person would give one to the algorithms."""
        return "host={0} port={1} dbname={2} user={3} password='{4}' sslmode=disable".format(
            self.host, self.port, dbname or self.dbname, user or self.user,
            (self.password if password is None else password).replace('\\', '\\\\').replace("'", "\\'"))

    def psql(self, sql, dbname=None, user=None, password=None, check=True):
        """Run ``sql`` with the real client; returns the CompletedProcess (stdout: unaligned rows,
        fields separated by |). With check, a failure raises AssertionError with psql's message."""
        env = dict(os.environ, PGPASSWORD=self.password if password is None else password, PGCONNECT_TIMEOUT='10',
                   PGOPTIONS='-c client_min_messages=warning')
        env.pop('PGSERVICE', None)
        result = subprocess.run(
            [str(self.bin / 'psql'), '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', self.host,
             '-p', str(self.port), '-U', user or self.user, '-d', dbname or self.dbname],
            input=sql, capture_output=True, text=True, env=env, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError('psql failed ({0}): {1}'.format(result.returncode, result.stderr.strip()))
        return result

    def query(self, sql, dbname=None, **kwargs):
        """The rows psql prints for ``sql``, each a list of its fields (text)."""
        out = self.psql(sql, dbname=dbname, **kwargs).stdout
        return [line.split('|') for line in out.splitlines() if line]

    def service_file(self, folder, dbname):
        """A libpq service file in ``folder`` naming ``dbname`` (with the password, as ~/.pgpass would give it);
        returns (its path, the service's name). The name is the database's own: QGIS keeps its connections in a
        pool by the connection string, so a service name another test gave to a database since dropped would
        reach QGIS's dead connection to that database rather than this one."""
        name = 'svc_' + dbname
        path = Path(folder) / 'pg_service.conf'
        path.write_text('[{0}]\nhost={1}\nport={2}\ndbname={3}\nuser={4}\npassword={5}\n'.format(
            name, self.host, self.port, dbname, self.user, self.password))
        return str(path), name

    def new_database(self, name):
        """A fresh database with postgis (a copy of the template); dropped when the server stops."""
        self.psql('CREATE DATABASE "{0}" TEMPLATE {1}'.format(name, TEMPLATE))
        self._databases.append(name)
        return name

    def drop_database(self, name):
        self.psql('DROP DATABASE IF EXISTS "{0}" WITH (FORCE)'.format(name))


def _run_as(user, command, **kwargs):
    """Run a server program as the server's user (subprocess switches user itself: no su or runuser needed)."""
    name, uid, gid = user
    if os.geteuid() == 0:
        kwargs.update(user=uid, group=gid, extra_groups=[])
    env = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8')
    if os.geteuid() == 0:
        env['HOME'] = '/'
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd='/', **kwargs)


def start():
    """Start a server; returns the PgServer. Raises Unavailable when PostgreSQL or PostGIS is missing."""
    folder_bin = newest_bin()
    user = server_user()
    folder = Path(tempfile.mkdtemp(prefix='rp-postgres-'))
    try:
        if os.geteuid() == 0:
            os.chown(str(folder), user[1], user[2])
        os.chmod(str(folder), 0o700)
        data, sockets, log = folder / 'data', folder / 'sockets', folder / 'server.log'
        password = secrets.token_urlsafe(18)
        pwfile = folder / 'pwfile'
        pwfile.write_text(password + '\n')
        if os.geteuid() == 0:
            os.chown(str(pwfile), user[1], user[2])
        done = _run_as(user, [str(folder_bin / 'initdb'), '-D', str(data), '-U', SUPERUSER, '--pwfile', str(pwfile),
                              '--auth-local=peer', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8',
                              '--no-sync'], timeout=300)
        pwfile.unlink()
        if done.returncode != 0:
            raise RuntimeError('initdb failed: {0}{1}'.format(done.stdout, done.stderr))
        _run_as(user, ['mkdir', '-m', '700', str(sockets)], check=True)
        for _attempt in range(5):
            port = free_port()
            with open(str(data / 'postgresql.conf'), 'a') as conf:
                conf.write("\n# tests/pg.py\nlisten_addresses = '127.0.0.1'\nport = {0}\n"
                           "unix_socket_directories = '{1}'\nfsync = off\nfull_page_writes = off\n"
                           "synchronous_commit = off\nmax_connections = 50\n".format(port, sockets))
            done = _run_as(user, [str(folder_bin / 'pg_ctl'), '-D', str(data), '-l', str(log), '-w', '-t', '60',
                                  'start'], timeout=120)
            if done.returncode == 0:
                break
            if 'could not bind' not in _read(log) and 'in use' not in _read(log):
                raise RuntimeError('PostgreSQL did not start: {0}{1}\n{2}'.format(done.stdout, done.stderr,
                                                                                  _read(log)))
        else:
            raise RuntimeError('PostgreSQL found no free port: {0}'.format(_read(log)))
        server = PgServer(bin=folder_bin, folder=folder, port=port, password=password,
                          version=folder_bin.parent.name)
        server.psql('CREATE DATABASE {0}'.format(TEMPLATE))
        server.psql('CREATE EXTENSION postgis', dbname=TEMPLATE)
        server.server_user = user
        return server
    except BaseException:
        stop_folder(folder_bin, folder, user)
        raise


def _read(path):
    try:
        return Path(path).read_text(errors='replace')
    except OSError:
        return ''


def stop_folder(folder_bin, folder, user):
    """Stop the server of ``folder`` if it runs (fast: open sessions are ended), then remove the folder."""
    data = Path(folder) / 'data'
    if (data / 'postmaster.pid').exists():
        _run_as(user, [str(folder_bin / 'pg_ctl'), '-D', str(data), '-m', 'fast', '-w', '-t', '60', 'stop'],
                timeout=120)
    shutil.rmtree(str(folder), ignore_errors=True)


def stop(server):
    stop_folder(server.bin, server.folder, server.server_user)
