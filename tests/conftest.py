"""Shared fixtures: the real plugin loaded through classFactory, tiny rasters, real data."""
import os
from pathlib import Path

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingFeedback
from rasterio.transform import from_origin

REPO = Path(__file__).resolve().parents[1]
REALDATA = Path(os.environ.get('RP_REALDATA', REPO.parent / 'shared' / 'realdata'))


def write_raster(path, array, transform=None, crs='EPSG:32737', nodata=None, dtype=None):
    """Write a single-band GeoTIFF; the default grid has 10 m cells with origin (0, 40)."""
    array = np.asarray(array)
    profile = dict(driver='GTiff', width=array.shape[1], height=array.shape[0], count=1,
                   dtype=dtype or array.dtype, transform=transform or from_origin(0, 40, 10, 10))
    if crs is not None:
        profile['crs'] = crs
    if nodata is not None:
        profile['nodata'] = nodata
    with rasterio.open(str(path), 'w', **profile) as dataset:
        dataset.write(array.astype(profile['dtype']), 1)
    return str(path)


class RecordingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps what an algorithm told the user."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)


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


def square(x0, y0, x1, y1):
    """GeoJSON polygon of an axis-aligned rectangle."""
    return {'type': 'Polygon', 'coordinates': [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]}


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
