"""A QGIS process of its own that saves one change to every action of a register, for
tests/test_register_pg_killed.py to kill in the middle of the save.

It opens the register as the Planned actions dock does (``RegisterEditor.open`` for a GeoPackage,
``RegisterEditor.open_database`` for PostGIS), makes the change with the dock's editor (one
``apply`` per action, as the form does), and saves with the dock's ``editor.save()``: the plugin's
own code path, no SQL of its own. QGIS runs headless (offscreen, no GUI).

    python tests/killed_save.py gpkg PATH [options]
    python tests/killed_save.py postgis CONNINFO SCHEMA [options]

Options: ``--status S`` and ``--cost N``: the new status and cost estimate of every action;
``--notes T``: their notes; ``--fill N``: instead of changing actions, add N new ones;
``--pause-after-commit``: once the save's transaction has committed and before QGIS reads the register
again, say so and wait (to be killed there).

It talks on stdout, one line each, starting with ``RP``: ``RP opened <actions>``, ``RP edited
<edits>``; then it waits for a line ``save`` on stdin, says ``RP saving``, saves, and says
``RP committed`` (with --pause-after-commit, then waits) and ``RP saved <count> <seconds>``. A GeoPackage save
also says when its SQLite transaction begins and commits (``RP begin``, ``RP committing``, ``RP committed``,
each with the seconds since the save started).
A failure is ``RP error <message>`` and exit status 2.
"""
import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def say(*words):
    print('RP', *words, flush=True)


def tell_transaction(elapsed):
    """Say when the GeoPackage save's SQLite transaction begins (``RP begin <s>``), when its commit is asked for
    (``RP committing <s>``) and when it has returned (``RP committed <s>``), seconds since the save started: GDAL's
    calls wrapped, each said just before (begin, committing) or just after (committed) GDAL's own."""
    from osgeo import gdal
    start, commit = gdal.Dataset.StartTransaction, gdal.Dataset.CommitTransaction

    def started(dataset, *args, **kwargs):
        say('begin', '{0:.4f}'.format(elapsed()))
        return start(dataset, *args, **kwargs)

    def committed(dataset, *args, **kwargs):
        say('committing', '{0:.4f}'.format(elapsed()))
        code = commit(dataset, *args, **kwargs)
        say('committed', '{0:.4f}'.format(elapsed()))
        return code
    gdal.Dataset.StartTransaction, gdal.Dataset.CommitTransaction = started, committed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('kind', choices=('gpkg', 'postgis'))
    parser.add_argument('where', help='the GeoPackage, or the connection string')
    parser.add_argument('schema', nargs='?', default='resilience')
    parser.add_argument('--status')
    parser.add_argument('--cost', type=float)
    parser.add_argument('--notes')
    parser.add_argument('--fill', type=int, default=0)
    parser.add_argument('--pause-after-commit', action='store_true')
    args = parser.parse_args(argv)

    os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication, QgsGeometry
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from resilience_planner.qgis_side import register_pg
        from resilience_planner.qgis_side.register_editor import RegisterEditor
        if args.kind == 'gpkg':
            editor = RegisterEditor.open(args.where)
        else:
            editor = RegisterEditor.open_database(args.where, args.schema)
        if editor.read_only_reason:
            raise RuntimeError('the register opened read-only: ' + editor.read_only_reason)
        say('opened', editor.layer.featureCount())
        edits = 0
        if args.fill:
            for number in range(1, args.fill + 1):
                area = QgsGeometry.fromWkt('POLYGON(({0} 0, {1} 0, {1} 5, {0} 5, {0} 0))'.format(
                    number * 10, number * 10 + 5))
                editor.create(area, {'title': 'Action {0}'.format(number), 'action_type': 'structural',
                                     'status': 'proposed', 'cost_estimate': 1000.0 * number, 'currency': 'USD'})
                edits += 1
        else:
            values = {name: value for name, value in (('status', args.status), ('cost_estimate', args.cost),
                                                       ('notes', args.notes)) if value is not None}
            for feature, _record in editor.actions():
                editor.apply(feature.id(), values)
                edits += 1
        say('edited', edits)
        if sys.stdin.readline().strip() != 'save':
            raise RuntimeError('expected "save" on stdin')
        if args.pause_after_commit:
            # The PostGIS save calls register_pg._restart right after its transaction committed, to read the
            # register again: wait there, the save's own code untouched.
            restart = register_pg._restart

            def paused(layer, keep_editing):
                say('committed')
                time.sleep(600)
                restart(layer, keep_editing)
            register_pg._restart = paused
        started = time.monotonic()
        if args.kind == 'gpkg':
            tell_transaction(lambda: time.monotonic() - started)
        say('saving')
        count = editor.save(user='kill-test')
        say('saved', count, '{0:.3f}'.format(time.monotonic() - started))
    except Exception as err:  # the test reads why
        say('error', '{0}: {1}'.format(type(err).__name__, ' '.join(str(err).split())))
        sys.stdout.flush()
        os._exit(2)
    sys.stdout.flush()
    # Leaving without QGIS's teardown (exitQgis can crash while layers remain, see pytest.ini): the save has
    # committed, and the process's file handles and connections close with it.
    os._exit(0)


if __name__ == '__main__':
    main()
