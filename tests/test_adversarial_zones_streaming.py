"""Adversarial tests of the streamed settlements of resilienceplanner:settlementexposure.

The settlements are read twice (once for the engine, once for the output); an edit made to
the layer between the two reads must not give a settlement the statistics of another.
"""
import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRasterLayer
from rasterio.transform import from_origin

from tests.conftest import RecordingFeedback, write_raster
from tests.test_settlement_exposure_algorithm import memory_layer

K = 8


def cell(k):
    """A 6 m square inside cell k (1..K) of the ramp raster."""
    x0 = 10 * (k - 1)
    return 'POLYGON(({0} 2, {1} 2, {1} 8, {0} 8, {0} 2))'.format(x0 + 2, x0 + 8)


@pytest.fixture
def ramp(tmp_path):
    """One row of 10 m cells whose values are 1..K: a settlement in cell k has mean k."""
    values = np.arange(1, K + 1, dtype='float32')[None, :]
    return QgsRasterLayer(write_raster(tmp_path / 'ramp.tif', values, from_origin(0, 10, 10, 10)), 'ramp')


class EditingFeedback(RecordingFeedback):
    """Makes an edit to the layer the first time the algorithm asks whether it is cancelled,
    i.e. while the settlements are being read for the engine, as a user editing the layer
    while the algorithm runs in the background would."""

    def __init__(self, edit):
        super().__init__()
        self.edit, self.calls = edit, 0

    def isCanceled(self):
        self.calls += 1
        if self.calls == 1:
            self.edit()
        return super().isCanceled()


def run_while_editing(plugin, ramp, tmp_path, edit_of_layer):
    layer = memory_layer([cell(k) for k in (1, 2, 3)], values=[['c1', 10.0], ['c2', 20.0], ['c3', 30.0]])
    layer.startEditing()
    fid = next(f.id() for f in layer.getFeatures() if f['name'] == 'c1')
    output = tmp_path / 'out.gpkg'
    try:
        processing.run('resilienceplanner:settlementexposure', {
            'SETTLEMENTS': layer, 'HAZARDS': [ramp], 'THRESHOLDS': '0', 'POPULATION_FIELD': 'people',
            'ID_FIELD': 'name', 'OUTPUT': str(output)},
            feedback=EditingFeedback(lambda: edit_of_layer(layer, fid)))
    finally:
        layer.rollBack()
    from qgis.core import QgsVectorLayer
    out = QgsVectorLayer(str(output), 'out', 'ogr')
    return [(f['name'], f['ramp_mean'], int(f.geometry().centroid().asPoint().x() // 10) + 1, f['people'],
             f['ramp_exposed_pop']) for f in out.getFeatures()]


def _move_c1_to_cell_5(layer, fid):
    layer.changeGeometry(fid, QgsGeometry.fromWkt(cell(5)))


def _replace_c1_by_c6(layer, fid):
    layer.deleteFeature(fid)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(cell(6)))
    feature.setAttributes(['c6', 60.0])
    layer.addFeature(feature)


def _change_the_people_of_c1(layer, fid):
    layer.changeAttributeValue(fid, layer.fields().lookupField('people'), 99.0)


@pytest.mark.parametrize('edit', [_move_c1_to_cell_5, _replace_c1_by_c6, _change_the_people_of_c1])
def test_an_edit_between_the_two_reads_never_pairs_statistics_with_another_geometry(plugin, ramp, tmp_path, edit):
    # Before the fix the layer was only checked for its number of features: a settlement moved
    # (c1 to cell 5), or one deleted and one added, came out with the geometry and attributes
    # of the second read and the statistics of the first: c1 drawn in cell 5 with mean 1, or
    # c6 in cell 6 with c1's mean 1 and c1's 10 exposed people.
    try:
        rows = run_while_editing(plugin, ramp, tmp_path, edit)
    except QgsProcessingException as err:
        assert 'changed while it was being measured' in str(err)
        return
    for name, mean, cell_of_geometry, people, exposed in rows:
        assert mean == pytest.approx(cell_of_geometry), rows
        assert name == 'c{0}'.format(cell_of_geometry), rows
        assert exposed == pytest.approx(people), rows           # every cell is exposed (threshold 0)
