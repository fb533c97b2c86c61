"""What the plugin reads of a user's file before writing over it (core/files.py)."""
import fiona
from osgeo import ogr

from resilience_planner.core.files import geopackage_tables

SQUARE = {'type': 'Polygon', 'coordinates': [[(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]]}


def _layer(path, name):
    with fiona.open(str(path), 'w', driver='GPKG', layer=name, crs='EPSG:32737',
                    schema={'geometry': 'Polygon', 'properties': {'zone_id': 'int'}}) as sink:
        sink.write({'geometry': SQUARE, 'properties': {'zone_id': 1}})


def _styles_table(path):
    """A layer_styles table as QGIS writes it (through GDAL: an attributes table listed in gpkg_contents)."""
    source = ogr.Open(str(path), 1)
    table = source.CreateLayer('layer_styles', geom_type=ogr.wkbNone)
    table.CreateField(ogr.FieldDefn('f_table_name', ogr.OFTString))
    row = ogr.Feature(table.GetLayerDefn())
    row.SetField('f_table_name', 'zones')
    table.CreateFeature(row)
    source = None


def test_saved_styles_are_not_another_layer(tmp_path):
    path = tmp_path / 'zones.gpkg'
    _layer(path, 'zones')
    _styles_table(path)
    with fiona.Env():
        assert 'layer_styles' in fiona.listlayers(str(path))   # GDAL does list it
    assert geopackage_tables(str(path)) == ['zones']


def test_other_layers_are_still_listed(tmp_path):
    path = tmp_path / 'city.gpkg'
    _layer(path, 'zones')
    _layer(path, 'roads_2019')
    _styles_table(path)
    assert geopackage_tables(str(path)) == ['roads_2019', 'zones']


def test_a_file_that_is_not_a_geopackage_lists_nothing(tmp_path):
    path = tmp_path / 'notes.gpkg'
    path.write_text('not a database')
    assert geopackage_tables(str(path)) == []
