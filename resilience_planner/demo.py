"""Headless demo: the sample city through settlement exposure, run by QGIS Processing.

Usage: ``python -m resilience_planner.demo OUTPUT_FOLDER`` (``make demo`` does this).
It writes the sample city and the outputs into the folder and prints the ten most exposed
settlements, the five most vulnerable, the facilities in the flood, the settlements that lose
access to health facilities during the flood, and an energy option for every settlement.
"""
import argparse
import os
import sys

QGIS_PLUGINS = '/usr/share/qgis/python/plugins'

HAZARDS = (('flood_depth.tif', 'flood depth', 0.3),
           ('landslide_susceptibility.tif', 'landslide susceptibility', 2),
           ('heat_lst.tif', 'heat lst', 37))

_PROVIDERS = []


def start_qgis():
    """A QGIS application without a window, with Processing and our provider."""
    from qgis.core import QgsApplication
    if QGIS_PLUGINS not in sys.path and os.path.isdir(QGIS_PLUGINS):
        sys.path.append(QGIS_PLUGINS)
    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from resilience_planner.plugin import processing_provider
    registry = QgsApplication.processingRegistry()
    if registry.providerById('resilienceplanner') is None:
        # The registry does not keep the Python object alive: hold it here.
        _PROVIDERS.append(processing_provider())
        registry.addProvider(_PROVIDERS[-1])
    return app


def run(folder, seed=7, out=sys.stdout):
    """Generate the city into ``folder``, run the exposure, print the top ten."""
    from qgis import processing
    from qgis.core import QgsProcessingFeedback, QgsRasterLayer, QgsVectorLayer

    folder = os.path.abspath(folder)
    # The demo's own output folder: on a fresh clone build/demo does not exist yet, and the sample city
    # (like every algorithm) refuses a destination whose folder is missing.
    os.makedirs(folder, exist_ok=True)
    city = os.path.join(folder, 'sample_city')
    processing.run('resilienceplanner:samplecity', {'SEED': seed, 'OUTPUT_FOLDER': city})
    hazards = []
    for file_name, layer_name, _ in HAZARDS:
        layer = QgsRasterLayer(os.path.join(city, file_name), layer_name)
        hazards.append(layer)
    output = os.path.join(folder, 'settlement_exposure.gpkg')
    if os.path.exists(output):
        os.remove(output)
    settlements = QgsVectorLayer(os.path.join(city, 'sample_city.gpkg') + '|layername=settlements',
                                 'settlements', 'ogr')
    result = processing.run('resilienceplanner:settlementexposure', {
        'SETTLEMENTS': settlements,
        'ID_FIELD': 'settlement_id',
        'HAZARDS': hazards,
        'THRESHOLDS': ','.join(str(t) for _, _, t in HAZARDS),
        'POPULATION': QgsRasterLayer(os.path.join(city, 'population.tif'), 'population'),
        'OUTPUT': output,
    }, feedback=QgsProcessingFeedback())
    layer = QgsVectorLayer(output, 'exposure', 'ogr')
    rows = sorted(layer.getFeatures(),
                  key=lambda f: (-(f['any_exposed_pop'] or 0), -(f['any_exposed_share'] or 0)))
    print('Sample city: {0}'.format(city), file=out)
    print('Output: {0}'.format(output), file=out)
    print('{0} of {1} settlements exposed to at least one hazard; {2:,.0f} people in exposed '
          'cells.'.format(int(result['EXPOSED_SETTLEMENTS']), layer.featureCount(),
                          result['EXPOSED_POPULATION']), file=out)
    print('\nTen most exposed settlements (by people exposed to any hazard):', file=out)
    header = '{0:<4}{1:<6}{2:<20}{3:>10}{4:>8}{5:>8}{6:>8}{7:>8}{8:>9}'.format(
        '#', 'id', 'name', 'exp. pop', 'any %', 'flood %', 'slide %', 'heat %', 'hazards')
    print(header, file=out)
    for rank, feature in enumerate(rows[:10], start=1):
        print('{0:<4}{1:<6}{2:<20}{3:>10,.0f}{4:>8}{5:>8}{6:>8}{7:>8}{8:>9}'.format(
            rank, feature['settlement_id'], feature['name'][:19], feature['any_exposed_pop'] or 0,
            _percent(feature['any_exposed_share']), _percent(feature['flood_depth_exposed_share']),
            _percent(feature['landslide_susceptibility_exposed_share']),
            _percent(feature['heat_lst_exposed_share']), feature['exposed_hazards']), file=out)
    vulnerability(city, folder, out)
    services_and_energy(city, folder, out)
    outputs = priorities(city, folder, out)
    action_plan_and_report(city, folder, outputs['priority_ranking.gpkg'], outputs['priority.tif'], out)
    return output


def vulnerability(city, folder, out=sys.stdout):
    """The vulnerability index from the sample profiles with the default preset."""
    from qgis import processing
    from qgis.core import QgsVectorLayer

    from resilience_planner import assets
    output = os.path.join(folder, 'settlement_vulnerability.gpkg')
    if os.path.exists(output):
        os.remove(output)
    vectors = os.path.join(city, 'sample_city.gpkg')
    result = processing.run('resilienceplanner:vulnerabilityindex', {
        'SETTLEMENTS': vectors + '|layername=settlements',
        'PROFILES': vectors + '|layername=settlement_profiles',
        'SETTLEMENT_KEY': 'settlement_id', 'PROFILE_KEY': 'settlement_id',
        'PRESET': os.path.join(assets.RESOURCES, 'indicator_presets', 'kyc_default.json'),
        'OUTPUT': output})
    layer = QgsVectorLayer(output, 'vulnerability', 'ogr')
    rows = sorted((f for f in layer.getFeatures() if f['vulnerability_rank']),
                  key=lambda f: f['vulnerability_rank'])
    print('\nFive most vulnerable settlements (Know-Your-City profile, default preset; '
          '{0} scored, mean completeness {1:.0%}):'.format(int(result['SCORED']), result['MEAN_COMPLETENESS']),
          file=out)
    print('{0:<4}{1:<6}{2:<20}{3:>6}{4:>10}  {5}'.format('#', 'id', 'name', 'index', 'complete', 'drivers'), file=out)
    for feature in rows[:5]:
        print('{0:<4}{1:<6}{2:<20}{3:>6.2f}{4:>10}  {5}'.format(
            feature['vulnerability_rank'], feature['settlement_id'], feature['name'][:19],
            feature['vulnerability'], _percent(feature['vulnerability_completeness']) + '%',
            feature['vulnerability_drivers']), file=out)
    print('Output: {0}'.format(output), file=out)
    return output


def services_and_energy(city, folder, out=sys.stdout):
    """Exposed facilities, settlements that lose clinic access in the flood, energy options."""
    from qgis import processing
    from qgis.core import QgsVectorLayer

    vectors = os.path.join(city, 'sample_city.gpkg')
    flood = os.path.join(city, 'flood_depth.tif')
    print('\nFacilities in the flood (depth >= 0.3 m):', file=out)
    for layer_name, type_field in (('health_facilities', 'facility_type'), ('schools', 'school_type'),
                                   ('water_points', 'point_type')):
        output = os.path.join(folder, 'exposed_{0}.gpkg'.format(layer_name))
        processing.run('resilienceplanner:infrastructureexposure', {
            'INFRASTRUCTURE': '{0}|layername={1}'.format(vectors, layer_name), 'TYPE_FIELD': type_field,
            'HAZARDS': [flood], 'THRESHOLDS': '0.3', 'OUTPUT': output})
        layer = QgsVectorLayer(output, layer_name, 'ogr')
        wet = [f for f in layer.getFeatures() if f['flood_depth_exposed'] == 1]
        print('  {0}: {1} of {2}{3}'.format(layer_name.replace('_', ' '), len(wet), layer.featureCount(),
                                            ': ' + ', '.join('{0} ({1:.1f} m)'.format(
                                                f['name'] if 'name' in layer.fields().names() else f[type_field],
                                                f['flood_depth_value']) for f in wet) if wet else ''), file=out)
    access = os.path.join(folder, 'service_access.gpkg')
    result = processing.run('resilienceplanner:serviceaccess', {
        'SETTLEMENTS': vectors + '|layername=settlements', 'FACILITIES': vectors + '|layername=health_facilities',
        'FACILITY_TYPE_FIELD': 'facility_type', 'ROADS': vectors + '|layername=roads', 'HAZARD': flood,
        'THRESHOLD': 0.3, 'OUTPUT': access})
    layer = QgsVectorLayer(access, 'access', 'ogr')
    print('\nSettlements that lose access in the flood ({0} lose at least one kind of health facility):'.format(
        int(result['SETTLEMENTS_LOSING_ACCESS'])), file=out)
    for kind in ('dispensary', 'health_centre', 'hospital'):
        lost = [f['settlement_id'] for f in layer.getFeatures() if f['{0}_access_lost'.format(kind)] == 1]
        print('  {0}: {1}'.format(kind.replace('_', ' '), ', '.join(lost) if lost else 'none'), file=out)
    energy = os.path.join(folder, 'energy_access.gpkg')
    processing.run('resilienceplanner:energyaccess', {
        'SETTLEMENTS': vectors + '|layername=settlements', 'GRID': vectors + '|layername=power_lines',
        'SUBSTATIONS': vectors + '|layername=substations', 'POPULATION_FIELD': 'population',
        'GRID_DISTANCE': 500, 'EXTENSION_DISTANCE': 1500, 'MINIGRID_MIN_POPULATION': 2000, 'OUTPUT': energy})
    layer = QgsVectorLayer(energy, 'energy', 'ogr')
    print('\nEnergy option for each settlement:', file=out)
    for feature in layer.getFeatures():
        print('  {0} {1:<20}{2:<20}{3}'.format(feature['settlement_id'], feature['name'][:19],
                                              feature['energy_option'], feature['energy_reason']), file=out)
    print('Outputs: {0}, {1}'.format(access, energy), file=out)


#: Hazard settings of the demo's priority map: hazard, value function, low, high, class scores, weight.
PRIORITY_HAZARDS = ['flood depth', 'linear', 0, 1.5, '', 3,
                    'landslide susceptibility', 'classes', '', '', '1:0.1; 2:0.4; 3:0.8; 4:1', 1,
                    'heat lst', 'linear', 33, 40, '', 1]


def priorities(city, folder, out=sys.stdout):
    """The citywide priority map of the sample city and its ten highest-priority settlements."""
    from qgis import processing
    from qgis.core import QgsProcessingFeedback, QgsRasterLayer, QgsVectorLayer

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.seen = []

        def pushWarning(self, warning):
            self.seen.append(warning)

    vectors = os.path.join(city, 'sample_city.gpkg')
    feedback = Warnings()
    outputs = {name: os.path.join(folder, name) for name in
               ('priority.tif', 'priority_classes.tif', 'priority_zones.gpkg', 'priority_ranking.gpkg')}
    for path in outputs.values():
        if os.path.exists(path):
            os.remove(path)
    hazards = [QgsRasterLayer(os.path.join(city, file_name), layer_name) for file_name, layer_name, _ in HAZARDS]
    result = processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': vectors + '|layername=city_boundary', 'CELL_SIZE': 25,
        'HAZARDS': hazards, 'HAZARD_SETTINGS': PRIORITY_HAZARDS,
        'POPULATION': os.path.join(city, 'population.tif'), 'POPULATION_WEIGHT': 2,
        'SETTLEMENTS': os.path.join(folder, 'settlement_vulnerability.gpkg'),
        'VULNERABILITY_FIELD': 'vulnerability', 'VULNERABILITY_WEIGHT': 2,
        'FACILITIES': vectors + '|layername=health_facilities', 'ACCESS_LOW': 250, 'ACCESS_HIGH': 2000,
        'ACCESS_WEIGHT': 1, 'PRIORITY': outputs['priority.tif'], 'CLASSES': outputs['priority_classes.tif'],
        'ZONES': outputs['priority_zones.gpkg'], 'RANKING': outputs['priority_ranking.gpkg']}, feedback=feedback)
    layer = QgsVectorLayer(outputs['priority_ranking.gpkg'], 'ranking', 'ogr')
    rows = sorted((f for f in layer.getFeatures() if f['priority_rank']), key=lambda f: f['priority_rank'])
    zones = QgsVectorLayer(outputs['priority_zones.gpkg'], 'zones', 'ogr')
    print('\nCitywide priorities (flood, landslide, heat, people, vulnerability, clinic access; 25 m grid):',
          file=out)
    print('  {0:,.0f} of {1:,.0f} people live in high-priority cells (classes 4-5, {2:.1f} km² in {3} zones).'
          .format(result['HIGH_PRIORITY_POPULATION'], result['POPULATION_TOTAL'], result['HIGH_PRIORITY_AREA_KM2'],
                  zones.featureCount()), file=out)
    for warning in feedback.seen:
        print('  Note: ' + warning, file=out)
    print('\nTen highest-priority settlements:', file=out)
    print('{0:<4}{1:<6}{2:<20}{3:>9}{4:>6}{5:>11}  {6}'.format('#', 'id', 'name', 'priority', 'class',
                                                               'rank 5-95%', 'drivers'), file=out)
    for feature in rows[:10]:
        drivers = ', '.join('{0} {1:.0%}'.format(feature[name], feature[name + '_share'])
                            for name in ('driver_1', 'driver_2') if feature[name])
        print('{0:<4}{1:<6}{2:<20}{3:>9.1f}{4:>6}{5:>11}  {6}{7}'.format(
            feature['priority_rank'], feature['settlement_id'], feature['name'][:19], feature['priority_mean'],
            feature['priority_class'], '{0:.0f}-{1:.0f}'.format(feature['rank_p05'], feature['rank_p95']),
            drivers, '' if feature['rank_stable'] else ' (rank depends on the weights)'), file=out)
    print('Outputs: {0}'.format(', '.join(outputs.values())), file=out)
    return outputs


#: The demo's example action plan: (title, type, status, hazards, settlement rank served, cost USD, funding).
EXAMPLE_ACTIONS = (
    ('Storm drains and culverts', 'structural', 'approved', 'flood', 1, 420000, 'committed'),
    ('Community flood early warning', 'early warning', 'in progress', 'flood', 2, 60000, 'disbursed'),
    ('Riverside mangrove and wetland buffer', 'nature-based', 'proposed', 'flood', 3, 150000, 'proposal'),
    ('Solar mini-grid for the clinic and homes', 'energy', 'proposed', 'heat', 5, 230000, 'identified'),
)


def action_plan_and_report(city, folder, ranking_path, priority_path, out=sys.stdout):
    """An example action plan for the top settlements, its coverage and gaps, and the PDF report."""
    from qgis import processing
    from qgis.core import QgsVectorLayer, QgsVectorLayerUtils

    from resilience_planner.qgis_side.register import open_register, save_register
    vectors = os.path.join(city, 'sample_city.gpkg')
    register = os.path.join(folder, 'action_plan.gpkg')
    if os.path.exists(register):
        os.remove(register)
    processing.run('resilienceplanner:createactionregister', {'OUTPUT': register})
    ranking = QgsVectorLayer(ranking_path, 'ranking', 'ogr')
    by_rank = {f['priority_rank']: f for f in ranking.getFeatures() if f['priority_rank']}
    layer, _ = open_register(register)
    layer.startEditing()
    fields = layer.fields()
    for title, kind, status, hazard, rank, cost, funding in EXAMPLE_ACTIONS:
        settlement = by_rank[min(rank, max(by_rank))]
        values = {'title': '{0}, {1}'.format(title, settlement['name']), 'action_type': kind, 'status': status,
                  'hazards': hazard, 'settlements': settlement['settlement_id'], 'cost_estimate': float(cost),
                  'currency': 'USD', 'funding_status': funding, 'lead_agency': 'City resilience office',
                  'notes': 'Example action of the demo.'}
        layer.addFeature(QgsVectorLayerUtils.createFeature(layer, settlement.geometry(), {
            fields.lookupField(k): v for k, v in values.items()}))
    save_register(layer, 'demo', keep_editing=False)
    coverage = processing.run('resilienceplanner:actioncoverage', {
        'ACTIONS': register + '|layername=planned_actions', 'SETTLEMENTS': ranking_path,
        'POPULATION': os.path.join(city, 'population.tif'),
        'OUTPUT_ACTIONS': os.path.join(folder, 'action_coverage.gpkg'),
        'OUTPUT_SETTLEMENTS': os.path.join(folder, 'settlement_gaps.gpkg')})
    print('\nAction plan (example): {0} active actions, {1}; {2} high-priority settlements without an '
          'action; {3:.0%} of the people in high-priority settlements served.'.format(
              int(coverage['ACTIVE_ACTIONS']), coverage['PLANNED_COSTS'], int(coverage['GAPS']),
              coverage['COVERED_HIGH_PRIORITY_SHARE'] or 0), file=out)
    pdf = os.path.join(folder, 'resilience_report.pdf')
    png = os.path.join(folder, 'resilience_map.png')
    energy = os.path.join(folder, 'energy_access.gpkg')         # services_and_energy's, with its page
    processing.run('resilienceplanner:report', {
        'RANKING': ranking_path, 'PRIORITY': priority_path, 'BOUNDARY': vectors + '|layername=city_boundary',
        'ROADS': vectors + '|layername=roads', 'ACTIONS': register + '|layername=planned_actions',
        'ENERGY': energy if os.path.exists(energy) else None,
        'CITY_NAME': 'Mto Mkuu (sample city)', 'OUTPUT_PDF': pdf, 'OUTPUT_PNG': png})
    print('Report: {0}\nMap: {1}\nAction plan: {2}'.format(pdf, png, register), file=out)
    return pdf


def _percent(value):
    try:
        return '{0:.0f}'.format(100 * float(value))
    except (TypeError, ValueError):
        return 'NULL'


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('folder', help='output folder (created if missing)')
    parser.add_argument('--seed', type=int, default=7)
    args = parser.parse_args(argv)
    app = start_qgis()  # noqa: F841 (QGIS must outlive the run)
    run(args.folder, args.seed)
    return 0


if __name__ == '__main__':
    sys.exit(main())
