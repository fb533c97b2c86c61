"""Settlements are named as their city names them, never by a feature id (resilience_planner.names)."""
import pytest
from qgis.core import NULL

from resilience_planner.qgis_side.names import name_field, settlement_label
from tests.conftest import vector_layer


def table(fields, rows):
    spec = ''.join('&field={0}:string'.format(name) for name in fields)
    return vector_layer('Point', ['POINT({0} 0)'.format(i) for i in range(len(rows))], spec, rows, name='s')


@pytest.mark.parametrize('fields, expected, why', [
    (['settlement_id', 'nome'], 'nome', 'its name'),
    (['settlement_id', 'Nombre'], 'Nombre', 'its name'),
    (['code', 'jina'], 'jina', 'its name'),
    (['settlement_id', 'name_local'], 'name_local', 'its name'),
    (['settlement_id', 'descricao'], 'descricao', 'the first text field whose values are mostly distinct'),
])
def test_the_name_field_is_found_as_a_city_would_write_it(plugin, fields, expected, why):
    rows = [['S{0}'.format(i), 'Vila {0}'.format(i)] for i in range(20)]
    assert name_field(table(fields, rows), key='settlement_id') == (expected, why)


def test_without_a_name_the_key_names_them_and_a_given_field_wins(plugin):
    rows = [['S{0}'.format(i), 'informal' if i % 2 else 'formal'] for i in range(20)]   # tipo repeats
    layer = table(['settlement_id', 'tipo'], rows)
    assert name_field(layer, key='settlement_id') == ('settlement_id', 'the settlement key (no name field was found)')
    assert name_field(layer, given='tipo', key='settlement_id') == ('tipo', 'chosen')
    with pytest.raises(ValueError):
        name_field(layer, given='nome')
    assert name_field(table(['tipo'], [['a'], ['a']])) == (None, 'no name field or key was found')


def test_a_settlement_without_a_name_is_labelled_by_its_key_never_its_id(plugin):
    layer = table(['settlement_id', 'nome'], [['S7', NULL], ['S8', '  '], [NULL, NULL]])
    labels = [settlement_label(f, 'nome', 'settlement_id') for f in layer.getFeatures()]
    assert labels == ['S7', 'S8', '(unnamed)']


def test_a_number_or_a_type_is_never_taken_for_the_name(plugin):
    """Found by review: settlement_pop (a number) was taken for the name by its "settlement_" prefix."""
    layer = vector_layer('Point', ['POINT({0} 0)'.format(i) for i in range(3)],
                         '&field=id:string&field=settlement_pop:double&field=settlement_type:string'
                         '&field=place_name_en:string',
                         [['1', 1200.0, 'informal', 'Kibera'], ['2', 800.0, 'informal', 'Mathare'],
                          ['3', 5000.0, 'informal', 'Mukuru']], name='s')
    assert name_field(layer, key='id') == ('place_name_en', 'the first text field whose values are mostly distinct')


def test_criterion_labels_read_file_like_names_as_words_and_keep_written_ones():
    from resilience_planner.qgis_side.names import criterion_labels
    recorded = [['flood_depth', 'hazard', 'flood_depth'], ['bnpb', 'hazard', 'Flood depth 100y (BNPB)'],
                ['access', 'access', 'health_facilities'], ['population', 'population', 'population']]
    assert criterion_labels(['flood_depth', 'bnpb', 'access', 'population', 'heat_lst'], recorded) == \
        ['Flood depth', 'Flood depth 100y (BNPB)', 'Access to health facilities', 'People', 'Heat lst']
