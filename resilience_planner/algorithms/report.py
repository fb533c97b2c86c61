"""Processing algorithm resilienceplanner:report."""
import datetime
import math
import os
import tempfile

from qgis.core import (
    NULL,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRectangle,
)

from ..qgis_side.layers import as_float, first_field, layer_label
from .base import ResiliencePlannerAlgorithm


class ReportAlgorithm(ResiliencePlannerAlgorithm):
    """A PDF a planner can hand to a council: map, ranking, action plan, method."""

    RANKING = 'RANKING'
    NAME_FIELD = 'NAME_FIELD'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    PRIORITY = 'PRIORITY'
    BOUNDARY = 'BOUNDARY'
    ROADS = 'ROADS'
    ACTIONS = 'ACTIONS'
    CITY_NAME = 'CITY_NAME'
    TITLE = 'TITLE'
    LOGO = 'LOGO'
    TEMPLATE = 'TEMPLATE'
    ADD_TO_PROJECT = 'ADD_TO_PROJECT'
    OUTPUT_PDF = 'OUTPUT_PDF'
    OUTPUT_PNG = 'OUTPUT_PNG'
    LAYOUT = 'LAYOUT'

    def name(self):
        return 'report'

    def displayName(self):
        return self.tr('Resilience priorities report')

    def group(self):
        return self.tr('Report')

    def groupId(self):
        return 'report'

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RANKING, self.tr('Settlement priority ranking'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr('Settlement name field'), parentLayerParameterName=self.RANKING, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field (as actions name them)'),
            parentLayerParameterName=self.RANKING, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.PRIORITY, self.tr('Priority raster (0-100)')))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr('City boundary'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr('Roads'), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACTIONS, self.tr('Planned actions (register)'), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(self.CITY_NAME, self.tr('City name')))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr('Title'), defaultValue=self.tr('Resilience priorities')))
        self.addParameter(QgsProcessingParameterFile(self.LOGO, self.tr('Logo (image)'), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr('Layout template (.qpt)'), extension='qpt', optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADD_TO_PROJECT, self.tr('Keep the layout in the project'), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr('Report (PDF)'), self.tr('PDF (*.pdf)')))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr('City map (PNG)'), self.tr('PNG (*.png)'), optional=True))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr('Layout name')))

    def _run(self, parameters, context, feedback):
        from ..qgis_side import report
        from ..qgis_side.styles import line_renderer, outline_renderer, priority_renderer
        ranking = self._layer(parameters, self.RANKING, context)
        needed = [n for n in ('priority_rank', 'priority_mean', 'priority_class')
                  if ranking.fields().lookupField(n) < 0]
        if needed:
            raise QgsProcessingException(self.tr(
                'Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience '
                'priorities".').format(layer_label(ranking), ', '.join(needed)))
        priority = self.parameterAsRasterLayer(parameters, self.PRIORITY, context)
        boundary = self._layer(parameters, self.BOUNDARY, context)
        if boundary.featureCount() == 0 or boundary.extent().isEmpty():
            raise QgsProcessingException(self.tr('The boundary layer "{0}" has no features; choose the city '
                                                 'boundary.').format(layer_label(boundary)))
        roads = self._layer(parameters, self.ROADS, context, optional=True)
        actions = self._layer(parameters, self.ACTIONS, context, optional=True)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context) if parameters.get(
            self.OUTPUT_PNG) else None
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or report.default_template()
        project = context.project()
        if project is None:
            # qgis_process runs without a project; a layout needs one (QGIS crashes without it).
            from qgis.core import QgsProject
            project = QgsProject()           # lives as long as this run, like the layout
        try:
            layout = report.load_template(template, project)
        except (OSError, ValueError) as err:
            raise QgsProcessingException(self.tr('Cannot use the layout template: {0}').format(err)) from None

        from ..qgis_side.names import name_field as find_name_field
        key_field = self.parameterAsString(parameters, self.SETTLEMENT_KEY, context) or first_field(ranking.fields())
        try:
            name_field, why = find_name_field(ranking, self.parameterAsString(parameters, self.NAME_FIELD, context),
                                              key_field)
        except ValueError as err:
            raise QgsProcessingException(self.tr('The name field "{0}" is not in the ranking "{1}".').format(
                err, layer_label(ranking))) from None
        feedback.pushInfo(self.tr('Settlements are named by the field "{0}" ({1}).').format(name_field, why)
                          if name_field else self.tr('Settlements have no name field or key: they are listed as '
                                                     'unnamed.'))
        self._key_field = key_field
        features = sorted((f for f in ranking.getFeatures() if f['priority_rank'] not in (None, NULL)),
                          key=lambda f: f['priority_rank'])
        if not features:
            raise QgsProcessingException(self.tr('The ranking "{0}" has no ranked settlement: run "Citywide '
                                                 'resilience priorities" with settlements inside the boundary.')
                                         .format(layer_label(ranking)))
        unranked = ranking.featureCount() - len(features)
        coverage, records = self._coverage(actions, ranking, key_field, context)
        served = {}
        if coverage is not None:
            index = {f.id(): n for n, f in enumerate(ranking.getFeatures())}
            served = {fid: coverage.actions_count[n] for fid, n in index.items()}
        work = tempfile.mkdtemp(prefix='report_', dir=QgsProcessingUtils.tempFolder())
        city = self.parameterAsString(parameters, self.CITY_NAME, context)

        # Map layers, styled for print.
        priority_layer = priority.clone()
        priority_layer.setRenderer(priority_renderer(priority_layer))
        priority_layer.setName(self.tr('Priority (0 = lowest, 100 = highest)'))
        outline = ranking.clone()
        outline.setRenderer(outline_renderer('#000000', 0.3))
        outline.setName(self.tr('Informal settlements'))
        city_line = boundary.clone()
        city_line.setRenderer(outline_renderer('#404040', 0.6))
        city_line.setName(self.tr('City boundary'))
        layers = [outline, city_line]
        if roads is not None:
            road_lines = roads.clone()
            road_lines.setRenderer(line_renderer('#7f7f7f', 0.15))
            road_lines.setName(self.tr('Roads'))
            layers.append(road_lines)
        layers.append(priority_layer)            # referenced by this run until the layout is exported
        extent = QgsRectangle(boundary.extent())
        from qgis.core import QgsCoordinateTransform
        extent = QgsCoordinateTransform(boundary.crs(), priority_layer.crs(), context.transformContext()) \
            .transformBoundingBox(extent)

        if not extent.intersects(priority_layer.extent()):
            feedback.pushWarning(self.tr('The boundary "{0}" does not overlap the priority raster: the map will show '
                                         'the boundary without priorities. Check that both are of the same city.')
                                 .format(layer_label(boundary)))
        logo = self.parameterAsFile(parameters, self.LOGO, context) or ''
        if logo and not os.path.isfile(logo):
            feedback.pushWarning(self.tr('The logo {0} does not exist and is left out.').format(logo))
            logo = ''
        content = {
            'title': self.parameterAsString(parameters, self.TITLE, context),
            'city': city, 'date': datetime.date.today().isoformat(),
            'logo': logo,
            'layers': layers, 'legend_layers': [priority_layer, outline, city_line] + layers[2:-1],
            'crs': priority_layer.crs(), 'extent': extent,
            'ranking_rows': self._ranking_rows(features, name_field, served, coverage is not None),
            'action_rows': self._action_rows(records, coverage),
            'gaps': self._gaps(features, name_field, served, coverage is not None),
            'method': self._method(ranking, priority, boundary, roads, actions, unranked, features),
        }
        funding, hazards = self._budgets(records)
        content['chart_funding'] = report.bar_chart(os.path.join(work, 'funding.png'),
                                                    self.tr('Budget by funding status (active actions)'), funding)
        content['chart_hazard'] = report.bar_chart(os.path.join(work, 'hazard.png'),
                                                   self.tr('Budget by hazard (shared costs split evenly)'), hazards)
        report.fill(layout, content, feedback.pushWarning)
        layout.setName('{0} — {1}'.format(content['title'], city))
        feedback.setProgress(60)
        try:
            report.export(layout, pdf, png)
        except RuntimeError as err:
            raise QgsProcessingException(str(err)) from None
        self._keep = None
        if self.parameterAsBoolean(parameters, self.ADD_TO_PROJECT, context) and context.project() is not None:
            self._keep = (project, layout, layers)       # added in postProcessAlgorithm, on the main thread
        feedback.pushInfo(self.tr('Report written to {0}').format(pdf))
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_PNG: png, self.LAYOUT: layout.name()}

    def flags(self):
        """Layouts are not thread safe (QGIS's own layout export declares the same): run on the main thread."""
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def postProcessAlgorithm(self, context, feedback):
        """Keep the layout and its layers in the project, replacing an earlier report of the same name."""
        keep, self._keep = getattr(self, '_keep', None), None
        if keep is not None:
            project, layout, layers = keep
            manager = project.layoutManager()
            existing = manager.layoutByName(layout.name())
            if existing is not None:
                # The layers an earlier report of the same name added go with its layout.
                project.removeMapLayers([i for i in existing.customProperty('resilience_planner/layers', [])
                                         if project.mapLayer(i) is not None])
                manager.removeLayout(existing)
            for layer in layers:
                project.addMapLayer(layer)
            layout.setCustomProperty('resilience_planner/layers', [layer.id() for layer in layers])
            manager.addLayout(layout)
        return super().postProcessAlgorithm(context, feedback)

    # ------------------------------------------------------------------ content

    def _layer(self, parameters, name, context, optional=False):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            if optional:
                return None
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return layer

    def _coverage(self, actions, ranking, key_field, context):
        if actions is None:
            return None, []
        from ..qgis_side.register import coverage_of
        if actions.fields().lookupField('status') < 0:
            raise QgsProcessingException(self.tr('Layer "{0}" is not a planned-action register.').format(
                layer_label(actions)))
        result, records = coverage_of(list(actions.getFeatures()), actions.crs(), list(ranking.getFeatures()),
                                      ranking.crs(), key_field, context.transformContext())
        return result, records

    def _ranking_rows(self, features, name_field, served, with_actions):
        from ..qgis_side.report import RANKING_ROWS
        rows = []
        for feature in features[:RANKING_ROWS]:
            drivers = ', '.join('{0} {1:.0%}'.format(feature[d], as_float(feature[d + '_share']))
                                for d in ('driver_1', 'driver_2')
                                if feature.fields().lookupField(d) >= 0 and feature[d] not in (None, NULL))
            low, high = as_float(feature['rank_p05']), as_float(feature['rank_p95'])
            stable = feature['rank_stable'] if feature.fields().lookupField('rank_stable') >= 0 else None
            rows.append([
                str(feature['priority_rank']),
                _name(feature, name_field, self._key_field),
                _format(feature['grid_population'] if feature.fields().lookupField('grid_population') >= 0 else None),
                '{0:.1f}'.format(as_float(feature['priority_mean'])), drivers,
                '{0:.0f}–{1:.0f}'.format(low, high) if not math.isnan(low) else '',
                '' if stable in (None, NULL) else (self.tr('yes') if stable else self.tr('no')),
                (self.tr('yes') if served.get(feature.id(), 0) > 0 else self.tr('no')) if with_actions else '—'])
        if len(features) > RANKING_ROWS:
            rows.append(['', self.tr('… and {0} more in the ranking layer').format(len(features) - RANKING_ROWS),
                         '', '', '', '', '', ''])
        return rows

    def _action_rows(self, records, coverage):
        order = {'in progress': 0, 'approved': 1, 'proposed': 2, 'done': 3, 'cancelled': 4}
        rows = []
        def cost_key(record):
            cost = as_float(record.get('cost_estimate'))
            return -cost if not math.isnan(cost) else math.inf       # actions without a cost come last
        numbered = sorted(enumerate(records), key=lambda pair: (order.get(pair[1].get('status'), 5),
                                                               cost_key(pair[1])))
        for number, record in numbered[:22]:
            cost = as_float(record.get('cost_estimate'))
            people = as_float(record.get('beneficiaries'))
            if math.isnan(people) and coverage is not None:
                people = as_float(coverage.beneficiaries[number])
            rows.append([_short(record.get('title') or '', 60), record.get('action_type') or '',
                         record.get('status') or '',
                         record.get('funding_status') or '',
                         '' if math.isnan(cost) else '{0:,.0f} {1}'.format(cost, record.get('currency') or ''),
                         _format(people), _short(record.get('settlements') or '', 30)])
        if not rows:
            rows.append([self.tr('No planned action yet.') if coverage is not None else
                         self.tr('No action register was given.'), '', '', '', '', '', ''])
        return rows

    def _gaps(self, features, name_field, served, with_actions):
        if not with_actions:
            return self.tr('No action register was given: the gaps are not known.')
        gaps = [f for f in features if as_float(f['priority_class']) >= 4 and served.get(f.id(), 0) == 0]
        lines = [self.tr('High priority, no active action ({0}):').format(len(gaps))]
        for feature in gaps[:18]:
            name = _name(feature, name_field, self._key_field)
            lines.append('{0}. {1} (priority {2:.1f})'.format(feature['priority_rank'], name,
                                                              as_float(feature['priority_mean'])))
        if len(gaps) > 18:
            lines.append(self.tr('… and {0} more').format(len(gaps) - 18))
        return '\n'.join(lines)

    def _budgets(self, records):
        """Budget by funding status and by hazard of the active actions, per currency (core.actions.budget).

        Returns the two charts' bars as (label, amount, currency); amounts in different currencies
        are never added, and each bar says its currency when there are several.
        """
        from ..core.actions import FUNDING_STATUSES, budget, is_active
        costs = budget([r for r in records if is_active(r)])
        if not costs.totals:
            return [(status, 0.0, '') for status in FUNDING_STATUSES], [(self.tr('none'), 0.0, '')]
        several = costs.single is None
        without = self.tr('no currency')

        def bars(table, keys, names=None):
            names = names or {}
            return [('{0} · {1}'.format(names.get(key, key), currency or without) if several else names.get(key, key),
                     amount, currency) for key, currency, amount in costs.bars(table, keys)]
        hazards = sorted(costs.by_hazard, key=lambda h: -max(costs.by_hazard[h].values()))
        return (bars(costs.by_funding, FUNDING_STATUSES),
                bars(costs.by_hazard, hazards, {'': self.tr('not stated')}))

    def _method(self, ranking, priority, boundary, roads, actions, unranked, features):
        from ..qgis_side import report
        settings = report.settings_of(ranking)
        weights = ', '.join('{0} {1:.0%}'.format(k, w) for k, w in zip(settings.get('keys', []),
                                                                        settings.get('weights', [])))
        lines = [
            self.tr('Priority = weighted {0} of criterion scores (0-1), times 100. Criteria and weights: {1}.').format(
                settings.get('method', '?'), weights or self.tr('not recorded')),
            self.tr('Missing data: {0}. Classes 1-5 are city-wide quantiles of the map cells; a settlement\'s class '
                    'is that of its priority.').format(settings.get('missing', '?')),
            self.tr('Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same '
                    'quintile in at least 90 % of runs.').format(settings.get('runs', '?'),
                                                                 settings.get('spread', '?')),
        ]
        functions = next((f['priority_functions'] for f in features
                          if f.fields().lookupField('priority_functions') >= 0 and f['priority_functions']), None)
        if functions:
            lines.append(self.tr('Scoring (value functions): {0}.').format(functions))
        lines += ['', self.tr('Inputs:')]
        for layer in [ranking, priority, boundary] + [layer for layer in (roads, actions) if layer is not None]:
            lines.append('  ' + report.describe_layer(layer))
        completeness = [as_float(f['priority_completeness']) for f in features
                        if f.fields().lookupField('priority_completeness') >= 0]
        partial = sum(1 for c in completeness if c < 0.999)
        lines += ['', self.tr('Caveats:')]
        if unranked:
            lines.append('  ' + self.tr('{0} settlement(s) are not ranked (no cell with data inside the boundary).')
                         .format(unranked))
        if partial:
            lines.append('  ' + self.tr('{0} settlement(s) lack data for part of the criteria weight; their priority '
                                        'uses the criteria present (see priority_completeness).').format(partial))
        if not unranked and not partial:
            lines.append('  ' + self.tr('Every settlement is ranked with every criterion present.'))
        lines.append('  ' + self.tr('Figures are modelled from the input data; check them on the ground before '
                                    'committing funds.'))
        lines += ['', report.versions() + '; ' + datetime.date.today().isoformat()]
        return '\n'.join(lines)


def _name(feature, field, key=None):
    from ..qgis_side.names import settlement_label
    return _short(settlement_label(feature, field, key), 40)


def _short(text, limit):
    return text if len(text) <= limit else text[:limit - 1] + '…'


def _format(value):
    number = as_float(value)
    return '' if math.isnan(number) else '{0:,.0f}'.format(number)

