"""qgis_side.layer_roles: which polygon layer is settlements, and the vulnerability index's defaults."""
import pytest
from qgis.core import QgsProject

from resilience_planner.qgis_side import layer_roles
from tests.conftest import vector_layer

SQUARE = 'Polygon((0 0, 10 0, 10 10, 0 10, 0 0))'
OTHER = 'Polygon((20 0, 30 0, 30 10, 20 10, 20 0))'


def polygons(name, fields, rows):
    return vector_layer('Polygon', [SQUARE, OTHER][:len(rows)], fields, rows, name=name)


@pytest.fixture
def project():
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()


def test_roles_from_the_fields():
    zones = polygons('zones', '&field=zone_id:integer&field=priority_mean:double', [[1, 50.0]])
    actions = polygons('actions', '&field=action_id:string&field=title:string', [['a', 'Drains']])
    ranking = polygons('ranking', '&field=settlement_id:string&field=priority_mean:double', [['S1', 3.0]])
    settlements = polygons('settlements', '&field=settlement_id:string', [['S1'], ['S2']])
    table = vector_layer('None', [None], '&field=settlement_id:string', [['S1']], name='profiles')
    roads = vector_layer('LineString', ['LineString(0 0, 1 1)'], '&field=name:string', [['A']], name='roads')
    assert [layer_roles.role(layer) for layer in (zones, actions, ranking, settlements, table, roads, None)] == [
        layer_roles.ZONES, layer_roles.ACTIONS, layer_roles.OUTPUT, layer_roles.SETTLEMENTS, layer_roles.TABLE,
        None, None]


def test_keys_are_matched_by_name():
    settlements = polygons('s', '&field=Settlement_ID:string&field=ward_code:string', [['S1', 'W']])
    profiles = vector_layer('None', [None], '&field=ward_code:string&field=settlement_id:string', [['W', 'S1']])
    census = vector_layer('None', [None], '&field=ward_code:string&field=households:integer', [['W', 3]])
    unrelated = vector_layer('None', [None], '&field=households:integer', [[3]])
    # settlement_id before any other shared key; each spelt as its layer spells it
    assert layer_roles.matching_key(settlements, profiles) == ('Settlement_ID', 'settlement_id')
    assert layer_roles.matching_key(settlements, census) == ('ward_code', 'ward_code')
    assert layer_roles.matching_key(settlements, unrelated) == (None, None)
    assert layer_roles.own_key(settlements) == 'Settlement_ID'


def test_zones_and_actions_alone_give_no_settlements(project):
    project.addMapLayers([polygons('zones', '&field=zone_id:integer', [[1]]),
                          polygons('actions', '&field=action_id:string', [['a']])])
    settlements, profiles, key, profile_key, reason = layer_roles.settlement_inputs(project)
    assert (settlements, profiles, key, profile_key) == (None, None, None, None)
    assert reason == 'no settlements layer in the project'


def test_the_boundary_is_settlements_only_when_nothing_else_is(project):
    ranking = polygons('ranking', '&field=settlement_id:string&field=priority_mean:double', [['S1', 1.0]])
    project.addMapLayer(ranking)
    assert layer_roles.settlement_inputs(project)[0] is ranking                  # an output, when alone
    settlements = polygons('settlements', '&field=settlement_id:string', [['S1'], ['S2']])
    boundary = polygons('city boundary', '&field=name:string', [['Mto Mkuu']])
    project.addMapLayers([settlements, boundary])                               # the boundary on top
    chosen, profiles, key, _, reason = layer_roles.settlement_inputs(project)
    assert (chosen, profiles, key, reason) == (settlements, None, 'settlement_id', 'the newest settlements layer')


def test_the_office_settlements_before_the_newer_exposure_output(project):
    """Settlement exposure's output is settlements with exposure shares, newer than the settlements: the
    vulnerability index is meant for the settlements (the shares are no vulnerability indicators)."""
    settlements = polygons('settlements', '&field=settlement_id:string&field=population:integer', [['S1', 5]])
    exposure = polygons('settlement_exposure', '&field=settlement_id:string&field=population:integer'
                        '&field=flood_exposed_share:double&field=any_exposed_share:double'
                        '&field=exposed_hazards:integer', [['S1', 5, 0.5, 0.5, 1]])
    project.addMapLayers([settlements, exposure])                              # the output on top
    assert layer_roles.role(exposure) == layer_roles.OUTPUT
    chosen, profiles, key, _, reason = layer_roles.settlement_inputs(project)
    assert (chosen, profiles, key, reason) == (settlements, None, 'settlement_id', 'the newest settlements layer')
    project.removeMapLayer(settlements.id())
    assert layer_roles.settlement_inputs(project)[0] is exposure               # alone, it is still offered
    assert layer_roles.settlement_inputs(project)[4] == 'the newest settlements output'
