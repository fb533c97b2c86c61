"""Shared fixtures: the real plugin loaded through classFactory, tiny rasters, real data.

This conftest is also the parent of tests/core/, whose engine tests run where importing qgis or
Qt fails (RP_ENGINE_ONLY=1, `make test-core`): it imports QGIS only inside the fixtures and
helpers that need it. The helpers that need no QGIS live in tests/helpers.py and are imported
here too, so that `from tests.conftest import write_raster` keeps working."""
import os

import pytest

from tests.helpers import REALDATA, REPO, square, write_raster

__all__ = ['REALDATA', 'REPO', 'model_destinations', 'square', 'vector_layer', 'write_raster']   # and RecordingFeedback


def __getattr__(name):
    """RecordingFeedback subclasses a QGIS class, so it is imported from tests/qgis_helpers.py on first use."""
    if name == 'RecordingFeedback':
        from tests.qgis_helpers import RecordingFeedback
        return RecordingFeedback
    raise AttributeError('module {0!r} has no attribute {1!r}'.format(__name__, name))


def vector_layer(kind, wkts, fields='', values=None, crs='EPSG:32737', name='layer'):
    """A memory layer of ``kind`` ('Point', 'LineString', 'Polygon', ...) from WKT, with optional attributes."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    result = QgsVectorLayer('{0}?crs={1}{2}'.format(kind, crs, fields), name, 'memory')
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(result.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        if values:
            feature.setAttributes(values[index])
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def model_destinations(model):
    """A model's output parameter names by their descriptions.

    QGIS 3.22 names a model output "child_id:output_name"; QGIS 3.40 and later name it after
    the output's description (lowercased, spaces as underscores). The description is what both
    show a person, so tests find the name through it."""
    return {parameter.description(): parameter.name() for parameter in model.destinationParameterDefinitions()}


@pytest.fixture(scope='session')
def realdata():
    """The real city data in ../shared/realdata: tests that need it skip without it, except where
    RP_REALDATA_REQUIRED=1 (CI sets it), where its absence fails them."""
    if not REALDATA.is_dir():
        message = 'Real city data not found at {0}; set RP_REALDATA to the shared/realdata folder.'.format(REALDATA)
        if os.environ.get('RP_REALDATA_REQUIRED') == '1':
            pytest.fail(message)
        pytest.skip(message)
    return REALDATA


@pytest.fixture(scope='session')
def layer_tree_view(qgis_app, qgis_iface):
    """A real layer tree view of the project, in place of pytest-qgis's stand-in.

    QGIS 3.44's Processing hands ``iface.layerTreeView()`` to C++ when it loads result layers;
    a stand-in object is refused there, so the interface gets a real view on the project's tree."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView
    view = QgsLayerTreeView()
    view.tree_model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())   # kept alive with the view
    view.setModel(view.tree_model)
    qgis_iface.layerTreeView = lambda: view
    return view


@pytest.fixture(scope='session')
def plugin(qgis_app, qgis_iface, qgis_processing, layer_tree_view):
    """The real plugin, loaded as QGIS loads it: classFactory, then initGui."""
    import resilience_planner
    instance = resilience_planner.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope='session')
def sample_city(tmp_path_factory):
    """The sample city, generated once per test session with the default seed."""
    from resilience_planner.core.sample_city import generate
    return generate(str(tmp_path_factory.mktemp('sample_city')), seed=7)


@pytest.fixture(scope='session')
def sample_priorities(plugin, sample_city, tmp_path_factory):
    """The sample city's priority map, run once: flood and heat, people, clinics, 50 sensitivity runs.

    Returns the paths of its outputs (ranking, priority, classes, zones)."""
    from qgis import processing
    out = tmp_path_factory.mktemp('sample_priorities')
    gpkg = sample_city['vectors']
    paths = {name: str(out / file_name) for name, file_name in (
        ('ranking', 'ranking.gpkg'), ('priority', 'priority.tif'), ('classes', 'classes.tif'), ('zones', 'z.gpkg'))}
    processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': gpkg + '|layername=city_boundary', 'CELL_SIZE': 100,
        'HAZARDS': [sample_city['flood_depth'], sample_city['heat_lst']],
        'HAZARD_SETTINGS': ['1', 'linear', 0, 1.5, '', 3, '2', 'linear', 33, 40, '', 1],
        'POPULATION': sample_city['population'], 'SETTLEMENTS': gpkg + '|layername=settlements',
        'FACILITIES': gpkg + '|layername=health_facilities', 'SENSITIVITY_RUNS': 50,
        'PRIORITY': paths['priority'], 'CLASSES': paths['classes'], 'ZONES': paths['zones'],
        'RANKING': paths['ranking']})
    return paths


@pytest.fixture(scope='session')
def pg_server():
    """A real PostgreSQL with PostGIS of the tests' own (tests/pg.py): started once, stopped and removed
    at the end of the session, even when tests fail. Skips (fails where RP_POSTGIS_REQUIRED=1) when
    PostgreSQL or PostGIS is not installed."""
    from tests import pg
    try:
        server = pg.start()
    except pg.Unavailable as err:
        if os.environ.get('RP_POSTGIS_REQUIRED') == '1':
            pytest.fail(str(err))
        pytest.skip(str(err))
    try:
        yield server
    finally:
        pg.stop(server)


@pytest.fixture
def pg_database(pg_server, request):
    """A database of the test's own with postgis, dropped afterwards; yields its name."""
    import re
    name = 'rp_' + re.sub(r'[^a-z0-9]+', '_', request.node.name.lower())[:40] + '_' + str(os.getpid())
    pg_server.drop_database(name)
    pg_server.new_database(name)
    yield name
    pg_server.drop_database(name)


@pytest.fixture(scope='module')
def pg_module_database(pg_server, request):
    """A database with postgis for the whole test module (its registers each take a fresh schema), dropped
    afterwards; yields its name."""
    import re
    name = 'rp_m_' + re.sub(r'[^a-z0-9]+', '_', request.module.__name__.split('.')[-1].lower())[:40] + '_' + \
        str(os.getpid())
    pg_server.drop_database(name)
    pg_server.new_database(name)
    yield name
    pg_server.drop_database(name)


def pytest_collection_modifyitems(items):
    """A test marked gpkg_only(reason) runs on the GeoPackage register only: its 'postgis' case is skipped with
    the reason (tests/registers.py)."""
    for item in items:
        mark = item.get_closest_marker('gpkg_only')
        callspec = getattr(item, 'callspec', None)
        if mark is not None and callspec is not None and callspec.params.get('new_register') == 'postgis':
            item.add_marker(pytest.mark.skip(reason='GeoPackage only: ' + (mark.args[0] if mark.args else '')))


@pytest.fixture(params=['gpkg', 'postgis'])
def new_register(request, plugin, tmp_path):
    """An empty planned-action register made by createactionregister, in a GeoPackage ('gpkg') or in a fresh
    schema of the module's database of the tests' PostgreSQL ('postgis'): a tests.registers.Register, which
    says where it is, opens it and reads its rows. The schema and its roles are dropped afterwards. A module's
    REGISTER_CRS (e.g. 'EPSG:32737') is the CRS of its registers (else createactionregister's default)."""
    from tests.registers import Register
    if request.param == 'gpkg':
        yield Register.create('gpkg', tmp_path, crs=getattr(request.module, 'REGISTER_CRS', None))
        return
    pg_server = request.getfixturevalue('pg_server')
    dbname = request.getfixturevalue('pg_module_database')
    register = Register.create('postgis', tmp_path, pg_server, dbname,
                               crs=getattr(request.module, 'REGISTER_CRS', None))
    try:
        yield register
    finally:
        from qgis.core import QgsProject
        QgsProject.instance().removeAllMapLayers()          # no layer keeps the schema's tables open
        register.drop()
