"""Processing algorithm resilienceplanner:report."""
import os

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

from ..qgis_side.translation import LANGUAGE_NAMES, LANGUAGES, Context, in_language, resolve
from .base import ResiliencePlannerAlgorithm

#: The texts this algorithm puts on the report's pages (the map's layer names, the charts' titles): in the
#: report's language (LANGUAGE), where self.tr's texts (the log, the dialog) stay in QGIS's.
ReportPages = Context('ReportPages')


class ReportAlgorithm(ResiliencePlannerAlgorithm):
    """A PDF a planner can hand to a council: map, ranking, action plan, method."""

    RANKING = 'RANKING'
    NAME_FIELD = 'NAME_FIELD'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    PRIORITY = 'PRIORITY'
    BOUNDARY = 'BOUNDARY'
    ROADS = 'ROADS'
    ACTIONS = 'ACTIONS'
    ENERGY = 'ENERGY'
    CITY_NAME = 'CITY_NAME'
    TITLE = 'TITLE'
    LOGO = 'LOGO'
    TEMPLATE = 'TEMPLATE'
    LANGUAGE = 'LANGUAGE'
    ADD_TO_PROJECT = 'ADD_TO_PROJECT'
    OUTPUT_PDF = 'OUTPUT_PDF'
    OUTPUT_PNG = 'OUTPUT_PNG'
    LAYOUT = 'LAYOUT'
    REPORT_LANGUAGE = 'REPORT_LANGUAGE'

    def name(self):
        return 'report'

    def displayName(self):
        return self.tr('Resilience priorities report')

    def group(self):
        return self.tr('Report')

    def groupId(self):
        return 'report'

    def parameter_help(self):
        return {
            self.SETTLEMENT_KEY: self.tr('The field that holds the settlement keys as the planned actions name them.'),
            self.ENERGY: self.tr('The output of "Energy access options": adds an energy plan page.'),
            self.LANGUAGE: self.tr('The language the report is written in, its numbers and dates too: {0}. Empty: '
                                   'QGIS\'s language.').format(', '.join(LANGUAGES)),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RANKING, self.tr('Settlement priority ranking'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr('Settlement name field'), parentLayerParameterName=self.RANKING, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field'),
            parentLayerParameterName=self.RANKING, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.PRIORITY, self.tr('Priority raster (0-100)')))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr('City boundary'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr('Roads'), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACTIONS, self.tr('Planned actions (register)'), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ENERGY, self.tr('Energy plan'), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterString(self.CITY_NAME, self.tr('City name')))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr('Title'), defaultValue=self.tr('Resilience priorities')))
        self.addParameter(QgsProcessingParameterFile(self.LOGO, self.tr('Logo (image)'), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr('Layout template (.qpt)'), extension='qpt', optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LANGUAGE, self.tr('Report language'), defaultValue='',
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADD_TO_PROJECT, self.tr('Keep the layout in the project'), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr('Report (PDF)'), self.tr('PDF (*.pdf)')))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr('City map (PNG)'), self.tr('PNG (*.png)'), optional=True))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr('Layout name')))
        self.addOutput(QgsProcessingOutputString(self.REPORT_LANGUAGE, self.tr('Language of the report')))

    def _run(self, parameters, context, feedback):
        import datetime
        import tempfile

        from ..qgis_side import report
        from ..qgis_side import report_content as content_of
        from ..qgis_side.layers import first_field, layer_label
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
        energy = self._layer(parameters, self.ENERGY, context, optional=True)
        if energy is not None:
            from ..qgis_side.report_energy import missing_fields
            if missing_fields(energy):
                raise QgsProcessingException(self.tr(
                    'Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".')
                    .format(layer_label(energy), ', '.join(missing_fields(energy))))
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
        features = sorted((f for f in ranking.getFeatures() if f['priority_rank'] not in (None, NULL)),
                          key=lambda f: f['priority_rank'])
        if not features:
            raise QgsProcessingException(self.tr('The ranking "{0}" has no ranked settlement: run "Citywide '
                                                 'resilience priorities" with settlements inside the boundary.')
                                         .format(layer_label(ranking)))
        unranked = ranking.featureCount() - len(features)
        coverage, records = content_of.coverage(actions, ranking, key_field, context.transformContext())
        served = {}
        if coverage is not None:
            index = {f.id(): n for n, f in enumerate(ranking.getFeatures())}
            served = {fid: coverage.actions_count[n] for fid, n in index.items()}
        language = self._language(parameters, context, feedback)
        work = tempfile.mkdtemp(prefix='report_', dir=QgsProcessingUtils.tempFolder())
        city = self.parameterAsString(parameters, self.CITY_NAME, context)

        # Every text of the pages in the report's language, on this thread only (QGIS keeps its own).
        with in_language(language):
            # Map layers, styled for print.
            priority_layer = priority.clone()
            priority_layer.setRenderer(priority_renderer(priority_layer))
            priority_layer.setName(ReportPages.tr('Priority (0 = lowest, 100 = highest)'))
            outline = ranking.clone()
            outline.setRenderer(outline_renderer('#000000', 0.3))
            outline.setName(ReportPages.tr('Informal settlements'))
            report.rank_labels(outline)           # numbered as in the ranking table
            city_line = boundary.clone()
            city_line.setRenderer(outline_renderer('#404040', 0.6))
            city_line.setName(ReportPages.tr('City boundary'))
            layers = [outline, city_line]
            if roads is not None:
                road_lines = roads.clone()
                road_lines.setRenderer(line_renderer('#7f7f7f', 0.15))
                road_lines.setName(ReportPages.tr('Roads'))
                layers.append(road_lines)
            layers.append(priority_layer)            # referenced by this run until the layout is exported
            extent = QgsRectangle(boundary.extent())
            from qgis.core import QgsCoordinateTransform
            extent = QgsCoordinateTransform(boundary.crs(), priority_layer.crs(), context.transformContext()) \
                .transformBoundingBox(extent)

            if not extent.intersects(priority_layer.extent()):
                feedback.pushWarning(self.tr('The boundary "{0}" does not overlap the priority raster: the map will '
                                             'show the boundary without priorities. Check that both are of the same '
                                             'city.').format(layer_label(boundary)))
            logo = self.parameterAsFile(parameters, self.LOGO, context) or ''
            if logo and not os.path.isfile(logo):
                feedback.pushWarning(self.tr('The logo {0} does not exist and is left out.').format(logo))
                logo = ''
            content = {
                'title': self._title(parameters, context),
                'city': city, 'date': content_of.numbers().date(datetime.date.today()),
                'logo': logo,
                'layers': layers, 'legend_layers': [priority_layer, outline, city_line] + layers[2:-1],
                'crs': priority_layer.crs(), 'extent': extent,
                'ranking_rows': content_of.ranking_rows(features, name_field, key_field, served, coverage is not None,
                                                        content_of.criterion_labels(ranking)),
                'map_note': content_of.map_note(len(features)),
                'action_rows': content_of.action_rows(records, coverage),
                'gaps': content_of.gaps(features, name_field, key_field, served, coverage is not None),
                'method': content_of.method(ranking, priority, boundary, roads, actions, unranked, features),
            }
            content['pipeline'] = content_of.pipeline(actions, ranking, key_field, name_field,
                                                      context.transformContext(), feedback.pushWarning)
            funding, hazards = content_of.budgets(records)
            # Drawn when the layout is filled, at the shape the plan's page gives their frames.
            content['chart_funding'] = {'path': os.path.join(work, 'funding.png'), 'bars': funding,
                                        'title': ReportPages.tr('Budget by funding status (active actions)')}
            content['chart_hazard'] = {'path': os.path.join(work, 'hazard.png'), 'bars': hazards,
                                       'title': ReportPages.tr('Budget by hazard (shared costs split evenly)')}
            if energy is not None:              # its page before fill, which gives every page its footer
                from ..qgis_side import report_energy
                report_energy.add_page(layout)
                report_energy.fill(layout, energy, name_field if energy.fields().lookupField(name_field or '') >= 0
                                   else None, key_field if energy.fields().lookupField(key_field or '') >= 0
                                   else None, feedback.pushWarning)
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
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_PNG: png, self.LAYOUT: layout.name(),
                self.REPORT_LANGUAGE: language.code}

    def _language(self, parameters, context, feedback):
        """The report's Language (translation.resolve): a warning, and English, when its catalogue is not built."""
        try:
            language = resolve(self.parameterAsString(parameters, self.LANGUAGE, context), feedback.pushWarning)
        except ValueError as err:
            raise QgsProcessingException(str(err)) from None
        feedback.pushInfo(self.tr('The report is written in {0} ({1}).').format(
            LANGUAGE_NAMES[language.code], language.code))
        return language

    def _title(self, parameters, context):
        """The TITLE given, or the report's own title in the report's language when TITLE is empty or its default
        (in English or in QGIS's language: the dialog offers it in QGIS's)."""
        from ..qgis_side import report
        from ..qgis_side.translation import translate
        title = self.parameterAsString(parameters, self.TITLE, context).strip()
        english = report.STATIC_TEXTS['title']
        if title in ('', english, self.tr(english)):
            return translate('ResilienceReport', english)
        return title

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

    def _layer(self, parameters, name, context, optional=False):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            if optional:
                return None
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return layer
