"""resilienceplanner:actioncoverage on the sample city: a small plan checked by hand."""
import pytest
from qgis import processing
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer, QgsVectorLayerUtils

from resilience_planner.qgis_side.register import save_register


@pytest.fixture(scope='module')
def ranking(sample_priorities):
    layer = QgsVectorLayer(sample_priorities['ranking'], 'ranking', 'ogr')
    return layer, {f['settlement_id']: f for f in layer.getFeatures()}


@pytest.fixture(scope='module')
def high(ranking):
    """The high-priority settlements, by rank."""
    _, rows = ranking
    return sorted((f for f in rows.values() if f['priority_class'] and f['priority_class'] >= 4),
                  key=lambda f: f['priority_rank'])


@pytest.fixture
def plan(ranking, high, new_register):
    """Three actions in a register in a GeoPackage or in PostGIS (tests/registers.py)."""
    register, _ = new_register.open()
    register.startEditing()
    named = [high[0]['settlement_id'], high[1]['settlement_id']]
    fields = register.fields()

    def add(geometry, **values):
        feature = QgsVectorLayerUtils.createFeature(register, geometry or QgsGeometry(), {fields.lookupField(k): v
                                                                         for k, v in values.items()})
        assert register.addFeature(feature)

    add(None, title='Drains', action_type='structural', status='approved', cost_estimate=90000.0, currency='USD',
        settlements=', '.join(named))
    add(None, title='Cancelled sirens', action_type='early warning', status='cancelled', cost_estimate=500.0,
        currency='USD', settlements=high[2]['settlement_id'])
    area = QgsGeometry(high[3].geometry())         # drawn over a settlement, naming none
    add(area, title='Clinic', action_type='services', status='proposed', cost_estimate=20000.0, currency='USD')
    assert save_register(register) == 3
    return new_register, high


def exact_people(geometry, sample_city):
    import json

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    exactextract = pytest.importorskip('exactextract')
    geometry = QgsGeometry(geometry)
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem('EPSG:4326'),
                                              QgsCoordinateReferenceSystem('EPSG:32737'), QgsProject.instance()))
    feature = {'type': 'Feature', 'id': 0, 'properties': {}, 'geometry': json.loads(geometry.asJson())}
    return exactextract.exact_extract(sample_city['population'], [feature], ['sum'])[0]['properties']['sum']


def test_coverage_by_hand_on_the_sample_city(ranking, plan, sample_city, tmp_path):
    layer, rows = ranking
    path, high = plan
    result = processing.run('resilienceplanner:actioncoverage', {
        'ACTIONS': path.source, 'SETTLEMENTS': layer,
        'POPULATION': sample_city['population'],
        'OUTPUT_ACTIONS': str(tmp_path / 'actions.gpkg'), 'OUTPUT_SETTLEMENTS': str(tmp_path / 'settlements.gpkg')})
    actions = {f['title']: f for f in QgsVectorLayer(str(tmp_path / 'actions.gpkg'), 'a', 'ogr').getFeatures()}
    settlements = {f['settlement_id']: f for f in
                   QgsVectorLayer(str(tmp_path / 'settlements.gpkg'), 's', 'ogr').getFeatures()}
    a, b, c, d = (h['settlement_id'] for h in high[:4])
    drains = actions['Drains']
    assert set(drains['served'].split(', ')) == {a, b}
    assert drains['priority_score'] == pytest.approx((rows[a]['priority_mean'] + rows[b]['priority_mean']) / 2)
    assert actions['Clinic']['served'] == d
    # Beneficiaries of a drawn area: people of the population raster inside it, as exactextract counts them.
    assert actions['Clinic']['beneficiaries'] == pytest.approx(exact_people(high[3].geometry(), sample_city), rel=1e-6)
    assert actions['Clinic']['cost_per_beneficiary'] == pytest.approx(
        20000.0 / actions['Clinic']['beneficiaries'])
    assert settlements[a]['actions_count'] == 1 and settlements[a]['actions_cost'] == pytest.approx(45000.0)
    assert settlements[c]['actions_count'] == 0 and settlements[c]['gap'] == 1     # only a cancelled action
    assert settlements[d]['gap'] == 0
    high_ids = {k for k, f in rows.items() if f['priority_class'] and f['priority_class'] >= 4}
    gaps = {k for k, f in settlements.items() if f['gap'] == 1}
    assert gaps == high_ids - {a, b, d}
    population = {k: f['grid_population'] or 0 for k, f in rows.items()}
    expected = sum(population[k] for k in (a, b, d)) / sum(population[k] for k in high_ids)
    assert result['COVERED_HIGH_PRIORITY_SHARE'] == pytest.approx(expected)
    assert result['ACTIVE_ACTIONS'] == 2 and result['GAPS'] == len(gaps) and result['PLANNED_COST'] == 110000.0


def test_a_layer_that_is_not_a_register_is_refused(ranking, sample_city, tmp_path):
    layer, _ = ranking
    with pytest.raises(QgsProcessingException, match='is not a planned-action register'):
        processing.run('resilienceplanner:actioncoverage', {
            'ACTIONS': layer, 'SETTLEMENTS': layer, 'OUTPUT_ACTIONS': 'TEMPORARY_OUTPUT',
            'OUTPUT_SETTLEMENTS': 'TEMPORARY_OUTPUT'})


def two_currency_plan(high):
    """Actions in KES and USD and one without a currency, in a memory layer (a register would refuse the last)."""
    from qgis.core import QgsFeature

    from resilience_planner.qgis_side.register import register_fields
    layer = QgsVectorLayer('MultiPolygon?crs=EPSG:32737', 'plan', 'memory')
    layer.dataProvider().addAttributes(register_fields().toList())
    layer.updateFields()
    s = [h['settlement_id'] for h in high]
    for title, status, cost, currency, served in (
            ('Drains', 'approved', 1000000.0, 'KES', s[0]),
            ('Pumps', 'in progress', 200000.0, 'kes', s[0] + ', ' + s[1]),
            ('Clinic', 'approved', 40000.0, 'USD', s[1]), ('Sirens', 'proposed', 5000.0, None, s[2]),
            ('Old plan', 'cancelled', 7.0, 'USD', s[3])):
        feature = QgsFeature(layer.fields())
        for name, value in (('title', title), ('action_type', 'structural'), ('status', status),
                            ('cost_estimate', cost), ('currency', currency), ('settlements', served)):
            feature[name] = value
        layer.dataProvider().addFeature(feature)
    return layer


def test_costs_in_several_currencies_are_totalled_per_currency_never_added(ranking, high, tmp_path):
    layer, _ = ranking
    from qgis.core import NULL

    from tests.conftest import RecordingFeedback
    feedback = RecordingFeedback()
    result = processing.run('resilienceplanner:actioncoverage', {
        'ACTIONS': two_currency_plan(high), 'SETTLEMENTS': layer, 'OUTPUT_ACTIONS': str(tmp_path / 'actions.gpkg'),
        'OUTPUT_SETTLEMENTS': str(tmp_path / 'settlements.gpkg')}, feedback=feedback)
    # KES 1,000,000 + 200,000; USD 40,000 (the cancelled 7 USD does not count); 5,000 without a currency.
    assert result['PLANNED_COSTS'] == 'KES 1,200,000 · USD 40,000 · 5,000 without a currency'
    assert result['PLANNED_COST'] is None                          # no one number adds them up
    assert 'costed in different currencies, which are not added together: KES 1,200,000 · USD 40,000 · 5,000 ' \
           'without a currency' in ' '.join(feedback.warnings)
    cost = {f['settlement_id']: f['actions_cost'] for f in
            QgsVectorLayer(str(tmp_path / 'settlements.gpkg'), 's', 'ogr').getFeatures()}
    s = [h['settlement_id'] for h in high]
    assert cost[s[0]] == pytest.approx(1000000.0 + 100000.0)       # KES only: Drains and half of Pumps
    assert cost[s[1]] is None or cost[s[1]] == NULL                # half of Pumps in KES and the Clinic in USD
    assert cost[s[2]] == pytest.approx(5000.0)                     # one amount, without a currency, as it is
    assert cost[s[3]] == 0.0                                       # only a cancelled action


def test_a_population_field_typed_as_text_with_decimal_commas_counts_its_people(ranking, high, tmp_path):
    """The settlements' own population, kept as text by a spreadsheet in a comma-decimal language ("1234,5"):
    the people in high-priority settlements are those of the numbers, and the log says how the field was read;
    a cell that is no number is named in a warning. Before, every such cell was taken for missing, so the count
    was 0 with no word why."""
    from qgis.core import QgsFeatureRequest, QgsField
    from qgis.PyQt.QtCore import QVariant

    from tests.conftest import RecordingFeedback
    layer, _ = ranking
    text = layer.materialize(QgsFeatureRequest())
    text.setName('asentamientos')
    text.dataProvider().addAttributes([QgsField('gente', QVariant.String)])
    text.updateFields()
    index = text.fields().lookupField('gente')
    low = next(f.id() for f in text.getFeatures() if f['priority_class'] < 4)     # not counted either way
    text.dataProvider().changeAttributeValues({f.id(): {index: 'sin censo' if f.id() == low else
                                                        repr(f['grid_population']).replace('.', ',')}
                                               for f in text.getFeatures()})

    def run(settlements, field, feedback=None):
        return processing.run('resilienceplanner:actioncoverage', {
            'ACTIONS': two_currency_plan(high), 'SETTLEMENTS': settlements, 'POPULATION_FIELD': field,
            'OUTPUT_ACTIONS': 'TEMPORARY_OUTPUT', 'OUTPUT_SETTLEMENTS': 'TEMPORARY_OUTPUT'}, feedback=feedback)
    numbers = run(layer, 'grid_population')
    feedback = RecordingFeedback()
    typed_as_text = run(text, 'gente', feedback)
    assert numbers['HIGH_PRIORITY_POPULATION'] > 0
    assert typed_as_text['HIGH_PRIORITY_POPULATION'] == pytest.approx(numbers['HIGH_PRIORITY_POPULATION'])
    assert typed_as_text['COVERED_HIGH_PRIORITY_SHARE'] == pytest.approx(numbers['COVERED_HIGH_PRIORITY_SHARE'])
    assert any(m.startswith('Field "gente" in "asentamientos": decimal comma') for m in feedback.infos), feedback.infos
    assert any('"gente"' in m and '"sin censo"' in m for m in feedback.warnings), feedback.warnings


def test_a_text_population_in_thousands_is_refused_naming_decimal_which_then_reads_it(ranking, high, tmp_path):
    """The settlements' population kept as text in whole thousands with points ("12.345", "850"): every mark
    has three digits after it, so the column cannot tell thousands from decimals and the run is refused, naming
    DECIMAL, which this algorithm offers. With DECIMAL = comma (point thousands) the people are the whole
    numbers written, as from a numeric field of the same numbers."""
    from qgis.core import QgsFeatureRequest, QgsField
    from qgis.PyQt.QtCore import QVariant
    layer, _ = ranking
    text = layer.materialize(QgsFeatureRequest())
    text.dataProvider().addAttributes([QgsField('gente', QVariant.String), QgsField('whole', QVariant.Double)])
    text.updateFields()
    gente, whole = text.fields().lookupField('gente'), text.fields().lookupField('whole')
    people = {f.id(): int(round(f['grid_population'] or 0)) for f in text.getFeatures()}
    assert max(people.values()) >= 1000
    text.dataProvider().changeAttributeValues({fid: {gente: '{0:,}'.format(n).replace(',', '.'), whole: float(n)}
                                               for fid, n in people.items()})

    def run(field, **extra):
        parameters = {'ACTIONS': two_currency_plan(high), 'SETTLEMENTS': text, 'POPULATION_FIELD': field,
                      'OUTPUT_ACTIONS': 'TEMPORARY_OUTPUT', 'OUTPUT_SETTLEMENTS': 'TEMPORARY_OUTPUT'}
        parameters.update(extra)
        return processing.run('resilienceplanner:actioncoverage', parameters)
    with pytest.raises(QgsProcessingException, match=r'Choose DECIMAL = point \(1,234\.5\) or comma \(1\.234,5\)'):
        run('gente')
    numbers = run('whole')
    assert numbers['HIGH_PRIORITY_POPULATION'] > 1000
    assert run('gente', DECIMAL=2)['HIGH_PRIORITY_POPULATION'] == pytest.approx(numbers['HIGH_PRIORITY_POPULATION'])
