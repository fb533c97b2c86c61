"""Processing algorithm resilienceplanner:energyaccess."""
import json

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType, mark_advanced
from ..qgis_side.translation import engine_message
from .base import DECIMAL, ResiliencePlannerAlgorithm, decimal_choice, decimal_parameter, read_reported, typed_source

#: The unit-cost parameters: parameter name, UnitCosts field.
COST_PARAMETERS = (('CONNECTION_COST', 'connection'), ('MV_LINE_COST', 'mv_line_per_km'),
                   ('MINIGRID_COST', 'mini_grid'), ('SOLAR_HOME_SYSTEM_COST', 'solar_home_system'),
                   ('REGULARISATION_COST', 'regularisation'), ('RESILIENCE_PREMIUM', 'resilience_premium'))
#: The defaults of the unit-cost parameters and of the household size: core.energy.UnitCosts's and HOUSEHOLD_SIZE
#: (written here so that loading the provider imports no engine; a test keeps them equal).
COST_DEFAULTS = {'connection': 125.0, 'mv_line_per_km': 25000.0, 'mini_grid': 733.0, 'solar_home_system': 176.0,
                 'regularisation': 378.0, 'resilience_premium': 0.0}
HOUSEHOLD_SIZE_DEFAULT = 3.3
#: The summary table's fields (core.energy.plan_summary's keys, energy_option for its option).
SUMMARY_FIELDS = (('energy_option', FieldType.String), ('settlements', FieldType.Int),
                  ('households', FieldType.Int), ('households_to_connect', FieldType.Int),
                  ('capex', FieldType.Double), ('informal_to_regularise', FieldType.Int),
                  ('regularisation_cost', FieldType.Double), ('currency', FieldType.String))


class EnergyAccessAlgorithm(ResiliencePlannerAlgorithm):
    """The least-cost energy option of each settlement, what each option costs, and the plan they add up to."""

    SETTLEMENTS = 'SETTLEMENTS'
    GRID = 'GRID'
    SUBSTATIONS = 'SUBSTATIONS'
    ELECTRICITY_FIELD = 'ELECTRICITY_FIELD'
    POPULATION_FIELD = 'POPULATION_FIELD'
    GRID_DISTANCE = 'GRID_DISTANCE'
    EXTENSION_DISTANCE = 'EXTENSION_DISTANCE'
    MINIGRID_MIN_POPULATION = 'MINIGRID_MIN_POPULATION'
    HOUSEHOLDS_FIELD = 'HOUSEHOLDS_FIELD'
    INFORMAL_FIELD = 'INFORMAL_FIELD'
    FLOOD_SHARE_FIELD = 'FLOOD_SHARE_FIELD'
    HOUSEHOLD_SIZE = 'HOUSEHOLD_SIZE'
    MIN_TIER = 'MIN_TIER'
    CURRENCY = 'CURRENCY'
    CONNECTION_COST = 'CONNECTION_COST'
    MV_LINE_COST = 'MV_LINE_COST'
    MINIGRID_COST = 'MINIGRID_COST'
    SOLAR_HOME_SYSTEM_COST = 'SOLAR_HOME_SYSTEM_COST'
    REGULARISATION_COST = 'REGULARISATION_COST'
    RESILIENCE_PREMIUM = 'RESILIENCE_PREMIUM'
    OUTPUT = 'OUTPUT'
    SUMMARY = 'SUMMARY'
    TOTAL_CAPEX = 'TOTAL_CAPEX'
    HOUSEHOLDS_TO_CONNECT = 'HOUSEHOLDS_TO_CONNECT'
    INFORMAL_TO_REGULARISE = 'INFORMAL_TO_REGULARISE'

    def name(self):
        return 'energyaccess'

    def displayName(self):
        return self.tr('Energy access options')

    def group(self):
        return self.tr('Access')

    def groupId(self):
        return 'access'

    def parameter_help(self):
        return {
            self.ELECTRICITY_FIELD: self.tr('The share of households with electricity, 0–1 or 0–100.'),
            self.INFORMAL_FIELD: self.tr('The share of the connected households whose connection is informal (the '
                                         'profile\'s informal_connections_pct), 0–1 or 0–100.'),
            self.FLOOD_SHARE_FIELD: self.tr('The settlement\'s share exposed to flooding, 0–1: the exposure '
                                            'output\'s <hazard>_exposed_share (run this on that output).'),
            self.MIN_TIER: self.tr('The Multi-Tier Framework tier every option chosen must serve (1: lights and a '
                                   'phone; 2: and a television and fan; 3: medium appliances; 4 and 5: high-power '
                                   'ones); stand-alone solar serves tier 1 only.'),
            self.CURRENCY: self.tr('The currency of every unit cost (an ISO 4217 code); the defaults are in USD.'),
            self.HOUSEHOLD_SIZE: self.tr('Used where a settlement has no household count: households = people ÷ '
                                         'this. The default, 3.3, is that of Kianda village in Kibera (Nairobi), '
                                         'an informal settlement (see the help).'),
            self.CONNECTION_COST: self.tr('Per household connected to the grid.'),
            self.SOLAR_HOME_SYSTEM_COST: self.tr('Per household; serves tier 1.'),
            self.REGULARISATION_COST: self.tr('Per informal connection made a metered one. The default, 378 USD, '
                                              'is the standard cost per connection in Kenya Power\'s slum '
                                              'electrification project (see the help).'),
            self.MINIGRID_COST: self.tr('Generation and distribution, per household connected.'),
            self.RESILIENCE_PREMIUM: self.tr('A share added to the network options\' cost per household, times the '
                                             'settlement\'s flood share: 0.2 adds 20% where all of it floods.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GRID, self.tr('Power lines'), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUBSTATIONS, self.tr('Substations'), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ELECTRICITY_FIELD, self.tr('Electricity field (share)'),
            parentLayerParameterName=self.SETTLEMENTS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr('Population field'), parentLayerParameterName=self.SETTLEMENTS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_DISTANCE, self.tr('Grid distance (m)'), QgsProcessingParameterNumber.Double, 500.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.EXTENSION_DISTANCE, self.tr('Grid extension distance (m)'), QgsProcessingParameterNumber.Double,
            3000.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MINIGRID_MIN_POPULATION, self.tr('Mini-grid minimum population'),
            QgsProcessingParameterNumber.Double, 2000.0, minValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.HOUSEHOLDS_FIELD, self.tr('Households field'), parentLayerParameterName=self.SETTLEMENTS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INFORMAL_FIELD, self.tr('Informal connections field'),
            parentLayerParameterName=self.SETTLEMENTS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FLOOD_SHARE_FIELD, self.tr('Flood share field'), parentLayerParameterName=self.SETTLEMENTS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.HOUSEHOLD_SIZE, self.tr('Persons per household'),
            QgsProcessingParameterNumber.Double, HOUSEHOLD_SIZE_DEFAULT, minValue=0.1))
        self.addParameter(QgsProcessingParameterEnum(
            self.MIN_TIER, self.tr('Minimum service tier'),
            [self.tr('Tier 1'), self.tr('Tier 2'), self.tr('Tier 3'), self.tr('Tier 4'), self.tr('Tier 5')],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterString(self.CURRENCY, self.tr('Currency of the costs'),
                                                       defaultValue='USD'))
        for name, label in ((self.CONNECTION_COST, self.tr('Grid connection cost')),
                            (self.MV_LINE_COST, self.tr('Medium-voltage line cost (per km)')),
                            (self.MINIGRID_COST, self.tr('Mini-grid cost per household')),
                            (self.SOLAR_HOME_SYSTEM_COST, self.tr('Solar home system cost')),
                            (self.REGULARISATION_COST, self.tr('Regularisation cost per connection')),
                            (self.RESILIENCE_PREMIUM, self.tr('Resilience premium (share)'))):
            field = dict(COST_PARAMETERS)[name]
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, COST_DEFAULTS[field], minValue=0))
        self.addParameter(decimal_parameter())
        mark_advanced(self, [DECIMAL])
        # Optional, made by default: the workflow model's energy plan, which a caller that asks for none (one made
        # before the model had it) need not name.
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Energy access options'), QgsProcessing.TypeVectorPolygon, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr('Energy plan by option'), QgsProcessing.TypeVector, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_CAPEX, self.tr('Investment, city-wide')))
        self.addOutput(QgsProcessingOutputNumber(self.HOUSEHOLDS_TO_CONNECT, self.tr('Households to connect')))
        self.addOutput(QgsProcessingOutputNumber(self.INFORMAL_TO_REGULARISE,
                                                 self.tr('Informal connections to regularise')))

    def _run(self, parameters, context, feedback):
        import numpy as np  # only when the algorithm runs: QGIS starts faster

        from ..core.access import densify, settlement_facility_distance
        from ..core.coverage import Rings
        from ..core.energy import OPTIONS, TIERS, UnitCosts, least_cost_options, plan_summary
        from ..qgis_side.layers import (
            geometries_in,
            line_parts,
            merged_fields,
            metric_crs,
            to_attribute,
            to_integer,
            to_metres,
        )
        from ..qgis_side.styles import OutputStyle, energy_renderer

        settlements = typed_source(self, parameters, self.SETTLEMENTS, context, QgsWkbTypes.PolygonGeometry)
        grid = typed_source(self, parameters, self.GRID, context, QgsWkbTypes.LineGeometry)
        substations = typed_source(self, parameters, self.SUBSTATIONS, context, QgsWkbTypes.PointGeometry,
                                   optional=True)
        features = list(settlements.getFeatures())
        if not features:
            raise QgsProcessingException(self.tr('The settlements layer has no features.'))
        self._settlements_name = settlements.sourceName()
        work = metric_crs(settlements.sourceCrs(), settlements.sourceExtent(), context)
        feedback.pushInfo(self.tr('Distances are measured in {0} ({1}).').format(work.authid(), work.description()))

        wkb = [None if g is None else bytes(g.asWkb())
               for g in geometries_in(features, settlements.sourceCrs(), work, context)]
        rings = Rings(wkb)
        self.stop_if_cancelled(feedback)
        # Power lines as points every 10 m: distances are exact to within 5 m.
        line_points = [densify(part, 10.0) for g in geometries_in(grid.getFeatures(), grid.sourceCrs(), work, context)
                       for part in line_parts(g) if len(part) >= 2]
        if not line_points:
            raise QgsProcessingException(self.tr('The power line layer has no lines.'))
        grid_distance_m = settlement_facility_distance(rings, np.vstack(line_points))
        grid_distance_m[[g is None for g in wkb]] = np.nan
        substation_distance = None
        if substations is not None:
            points = [(part.x(), part.y())
                      for g in geometries_in(substations.getFeatures(), substations.sourceCrs(), work, context)
                      if g is not None for part in g.constParts()]
            substation_distance = settlement_facility_distance(rings, np.array(points, dtype=np.float64))
        feedback.setProgress(60)

        electricity = self._shares(parameters, self.ELECTRICITY_FIELD, context, features, feedback)
        informal = self._shares(parameters, self.INFORMAL_FIELD, context, features, feedback)
        flood = self._shares(parameters, self.FLOOD_SHARE_FIELD, context, features, feedback)
        population = self._numbers(parameters, self.POPULATION_FIELD, context, features, feedback)
        households = self._numbers(parameters, self.HOUSEHOLDS_FIELD, context, features, feedback)
        if np.all(np.isnan(population)) and np.all(np.isnan(households)):
            feedback.pushWarning(self.tr('No population and no households: no mini-grid can be tested, no line '
                                         'shared and no investment counted; give the Population or Households '
                                         'field.'))
        if parameters.get(self.INFORMAL_FIELD) and np.all(np.isnan(electricity)):
            feedback.pushWarning(self.tr('The informal connections are a share of the connected households: without '
                                         'the Electricity field they cannot be counted.'))
        currency = self.parameterAsString(parameters, self.CURRENCY, context).strip().upper() or 'USD'
        costs = UnitCosts(**{field: self.parameterAsDouble(parameters, name, context)
                             for name, field in COST_PARAMETERS})
        if currency != 'USD' and all(getattr(costs, field) == COST_DEFAULTS[field] for _, field in COST_PARAMETERS
                                     if field != 'resilience_premium'):       # a share, in no currency
            feedback.pushWarning(self.tr('The costs are in {0}, but every unit cost is its default, which is in USD: '
                                         'give the unit costs in {0}.').format(currency))
        tier = TIERS[self.parameterAsEnum(parameters, self.MIN_TIER, context)]
        plan = least_cost_options(
            grid_distance_m, households, population, electricity, informal, flood, costs, tier,
            self.parameterAsDouble(parameters, self.GRID_DISTANCE, context),
            self.parameterAsDouble(parameters, self.EXTENSION_DISTANCE, context),
            self.parameterAsDouble(parameters, self.MINIGRID_MIN_POPULATION, context),
            self.parameterAsDouble(parameters, self.HOUSEHOLD_SIZE, context), currency)
        summary_rows = plan_summary(plan.options, plan.households, plan.to_connect, plan.capex, plan.informal,
                                    plan.regularisation_cost)
        for row in summary_rows:
            feedback.pushInfo(self.tr('{0}: {1} settlement(s), {2:,} household(s) to connect, {3:,.0f} {4}').format(
                row['option'], row['settlements'], row['households_to_connect'], row['capex'], currency))
        self.stop_if_cancelled(feedback)

        settings = json.dumps({'currency': currency, 'min_tier': tier,
                               'unit_costs': {field: getattr(costs, field) for _, field in COST_PARAMETERS}},
                              sort_keys=True)
        new_fields = [('grid_dist_m', FieldType.Double), ('households', FieldType.Int),
                      ('households_to_connect', FieldType.Int)]
        new_fields += [('cost_per_household_' + option, FieldType.Double) for option in OPTIONS]
        new_fields += [('energy_option', FieldType.String), ('energy_reason', FieldType.String),
                       ('capex', FieldType.Double), ('informal_to_regularise', FieldType.Int),
                       ('regularisation_cost', FieldType.Double), ('energy_beneficiaries', FieldType.Int),
                       ('energy_currency', FieldType.String), ('energy_flood_note', FieldType.String),
                       ('energy_settings', FieldType.String)]
        if substation_distance is not None:
            new_fields.append(('substation_dist_m', FieldType.Double))
        fields, keep = merged_fields(settlements.fields(), new_fields, feedback)
        rows = [[to_metres(grid_distance_m[index]), to_integer(plan.households[index]),
                 to_integer(plan.to_connect[index])]
                + [to_attribute(plan.costs[option][index]) for option in OPTIONS]
                + [plan.options[index] or to_attribute(None), engine_message(plan.reasons[index]),
                   to_attribute(plan.capex[index]), to_integer(plan.informal[index]),
                   to_attribute(plan.regularisation_cost[index]), to_integer(plan.beneficiaries[index]), currency,
                   engine_message(plan.flood_notes[index]) if plan.flood_notes[index] else to_attribute(None),
                   settings]
                + ([] if substation_distance is None else [to_metres(substation_distance[index])])
                for index in range(len(features))]
        dest_id = None
        if parameters.get(self.OUTPUT) is not None:          # left out ("Skip output", a model not asking for it)
            dest_id = self.write_features(parameters, context, fields, QgsWkbTypes.multiType(settlements.wkbType()),
                                          settlements.sourceCrs(), features, keep, rows)
            self.style_output(context, dest_id, OutputStyle(renderer=lambda layer: energy_renderer()))
        total = summary_rows[-1]
        results = {self.OUTPUT: dest_id, self.TOTAL_CAPEX: total['capex'],
                   self.HOUSEHOLDS_TO_CONNECT: total['households_to_connect'],
                   self.INFORMAL_TO_REGULARISE: total['informal_to_regularise']}
        summary_fields = QgsFields()
        for name, kind in SUMMARY_FIELDS:
            summary_fields.append(QgsField(name, kind))
        summary, summary_id = self.parameterAsSink(parameters, self.SUMMARY, context, summary_fields,
                                                   QgsWkbTypes.NoGeometry)
        if summary is not None:
            for row in summary_rows:
                feature = QgsFeature(summary_fields)
                feature.setAttributes([row['option']] + [row[name] for name, _ in SUMMARY_FIELDS[1:-1]] + [currency])
                summary.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[self.SUMMARY] = summary_id
        return results

    def _shares(self, parameters, name, context, features, feedback):
        """A field's values as shares 0-1: read as percentages when any exceeds 1 (the log says so)."""
        import numpy as np  # only when the algorithm runs: QGIS starts faster
        values = self._numbers(parameters, name, context, features, feedback)
        if np.nanmax(np.r_[values, 0]) > 1:
            feedback.pushInfo(self.tr('Values of "{0}" above 1: read as percentages.').format(
                self.parameterAsString(parameters, name, context)))
            values = values / 100.0
        return values

    def _numbers(self, parameters, name, context, features, feedback):
        """A field's values as floats (NaN where missing), read as the profiles are (core.profiles.read_values):
        text typed with decimal commas or points is read by the column's own convention, which the log names,
        and text that is no number is named in a warning."""
        import numpy as np  # only when the algorithm runs: QGIS starts faster

        field = self.parameterAsString(parameters, name, context)
        if not field:
            return np.full(len(features), np.nan)
        if features[0].fields().lookupField(field) < 0:      # a name typed or passed on (the workflow model's)
            raise QgsProcessingException(self.tr(
                'The settlements layer "{0}" has no field "{1}" ({2}): choose one of its fields, or none.').format(
                    self._settlements_name, field, self.parameterDefinition(name).description()))
        return read_reported([{field: feature[field]} for feature in features], [field], self._settlements_name,
                             decimal_choice(self, parameters, context), feedback)[:, 0]


