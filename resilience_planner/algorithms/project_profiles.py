"""Processing algorithm resilienceplanner:projectprofiles."""
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..qgis_side.compat import FieldType
from ..qgis_side.translation import LANGUAGES, Context
from .base import ResiliencePlannerAlgorithm, typed_source

#: The texts put on the profiles' pages, in the profiles' language (LANGUAGE).
ProfilePages = Context('ProfilePages')


class ProjectProfilesAlgorithm(ResiliencePlannerAlgorithm):
    """One page per action for a funder: map, rationale, budget, checklist, provenance (a print-layout atlas)."""

    ACTIONS = 'ACTIONS'
    RANKING = 'RANKING'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    NAME_FIELD = 'NAME_FIELD'
    PRIORITY = 'PRIORITY'
    CITY_NAME = 'CITY_NAME'
    TEMPLATE = 'TEMPLATE'
    LANGUAGE = 'LANGUAGE'
    OUTPUT_PDF = 'OUTPUT_PDF'
    PROFILES = 'PROFILES'
    PROFILES_LANGUAGE = 'PROFILES_LANGUAGE'

    needs_engine = False

    def name(self):
        return 'projectprofiles'

    def displayName(self):
        return self.tr('Project profiles (PDF)')

    def group(self):
        return self.tr('Report')

    def groupId(self):
        return 'report'

    def parameter_help(self):
        return {
            self.ACTIONS: self.tr('The output of "Finance readiness of the actions": its rationale, budget, checklist '
                                  'and provenance fill each page.'),
            self.LANGUAGE: self.tr('The language of the pages\' own texts: {0}. Empty: QGIS\'s language. The rationale '
                                   'is in the language "Finance readiness" wrote it in.').format(', '.join(LANGUAGES)),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACTIONS, self.tr('Actions with finance readiness'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RANKING, self.tr('Settlement priority ranking'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field'), parentLayerParameterName=self.RANKING,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr('Settlement name field'), parentLayerParameterName=self.RANKING, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.PRIORITY, self.tr('Priority raster (0-100)')))
        self.addParameter(QgsProcessingParameterString(self.CITY_NAME, self.tr('City name'), defaultValue='',
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr('Layout template (.qpt)'), extension='qpt', optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LANGUAGE, self.tr('Language of the pages'), defaultValue='', optional=True))
        # Optional, made by default: the workflow model's profiles, which a caller that asks for none (one made
        # before the model had them) need not name.
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr('Project profiles (PDF)'), self.tr('PDF (*.pdf)'), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.PROFILES, self.tr('Profiles (pages)')))
        self.addOutput(QgsProcessingOutputString(self.PROFILES_LANGUAGE, self.tr('Language of the pages')))

    def flags(self):
        """Layouts are not thread safe: run on the main thread, as the report does."""
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def _run(self, parameters, context, feedback):
        from ..qgis_side import profiles, report
        from ..qgis_side.layers import first_field, layer_label
        from ..qgis_side.report_content import word
        from ..qgis_side.styles import priority_renderer, rule_renderer
        from ..qgis_side.translation import in_language, numbers, resolve
        typed_source(self, parameters, self.ACTIONS, context, QgsWkbTypes.PolygonGeometry)
        typed_source(self, parameters, self.RANKING, context, QgsWkbTypes.PolygonGeometry)
        actions = self.parameterAsVectorLayer(parameters, self.ACTIONS, context)
        ranking = self.parameterAsVectorLayer(parameters, self.RANKING, context)
        needed = [n for n in ('title', 'served', 'readiness', 'climate_rationale', 'budget_summary',
                              'readiness_checklist', 'readiness_missing', 'readiness_provenance')
                  if actions.fields().lookupField(n) < 0]
        if needed:
            raise QgsProcessingException(self.tr(
                'Layer "{0}" has no {1}: use the output of "Finance readiness of the actions".').format(
                    layer_label(actions), ', '.join(needed)))
        features = list(actions.getFeatures())
        if not features:
            raise QgsProcessingException(self.tr('Layer "{0}" has no action: there is no profile to make.').format(
                layer_label(actions)))
        if parameters.get(self.OUTPUT_PDF) is None:          # left out ("Skip output", a model not asking for it)
            feedback.pushInfo(self.tr('No PDF was asked for: no profile is made.'))
            return {self.OUTPUT_PDF: None, self.PROFILES: 0, self.PROFILES_LANGUAGE: None}
        key_field = self.parameterAsString(parameters, self.SETTLEMENT_KEY, context) or first_field(ranking.fields())
        if not key_field:
            raise QgsProcessingException(self.tr('Choose the settlement key field of the ranking "{0}".').format(
                layer_label(ranking)))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        if name_field is None:
            from ..qgis_side.names import name_field as find_name_field
            try:
                name_field, _ = find_name_field(ranking, None, key_field)
            except ValueError:
                name_field = None
        priority = self.parameterAsRasterLayer(parameters, self.PRIORITY, context)
        try:
            language = resolve(self.parameterAsString(parameters, self.LANGUAGE, context), feedback.pushWarning)
        except ValueError as err:
            raise QgsProcessingException(str(err)) from None
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or profiles.default_template()
        project = context.project()
        if project is None:
            from qgis.core import QgsProject
            project = QgsProject()
        try:
            layout = report.load_template(template, project)
        except (OSError, ValueError) as err:
            raise QgsProcessingException(self.tr('Cannot use the layout template: {0}').format(err)) from None
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)

        # The settlements by key, in the actions' CRS: the area of an action that has none drawn.
        transform = QgsCoordinateTransform(ranking.crs(), actions.crs(), context.transformContext())
        areas = {}
        for settlement in ranking.getFeatures():
            if settlement.hasGeometry():
                geometry = QgsGeometry(settlement.geometry())
                geometry.transform(transform)
                areas[str(settlement[key_field])] = geometry
        with in_language(language):
            coverage = QgsVectorLayer('MultiPolygon?crs={0}'.format(actions.crs().authid() or 'EPSG:4326'),
                                      ProfilePages.tr('Action'), 'memory')
            if not actions.crs().authid():
                coverage.setCrs(actions.crs())
            fields = actions.fields()
            provider = coverage.dataProvider()
            provider.addAttributes(list(fields) + [QgsField(n, FieldType.String) for n in (
                'profile_title', 'profile_subtitle', 'profile_readiness')])
            coverage.updateFields()
            formats = numbers()
            rows = []
            without = []
            for feature in features:
                geometry = feature.geometry() if feature.hasGeometry() else QgsGeometry()
                if geometry.isEmpty():
                    served = [k.strip() for k in str(feature['served'] or '').split(',') if k.strip()]
                    parts = [areas[k] for k in served if k in areas]
                    geometry = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
                    if not parts:
                        without.append(feature['title'])
                if not geometry.isEmpty():
                    geometry.convertToMultiType()
                out = QgsFeature(coverage.fields())
                out.setGeometry(geometry)
                score = feature['readiness']
                subtitle = ' · '.join(word(feature[n]) for n in ('action_type', 'status', 'funding_status')
                                      if fields.lookupField(n) >= 0 and feature[n] not in (None, '')
                                      and str(feature[n]) != 'NULL')
                out.setAttributes(list(feature.attributes()) + [
                    str(feature['title'] or ProfilePages.tr('(untitled)')), str(subtitle),
                    str(ProfilePages.tr('Readiness {0}').format(formats.percent(score)))
                    if score is not None and str(score) != 'NULL' else str(ProfilePages.tr('Readiness not known'))])
                rows.append(out)
            provider.addFeatures(rows)
            if without:
                feedback.pushWarning(self.tr('{0} action(s) have no target area and serve no settlement of the '
                                             'ranking: their map shows the whole city.').format(len(without)))

            priority_layer = priority.clone()
            priority_layer.setRenderer(priority_renderer(priority_layer))
            priority_layer.setName(ProfilePages.tr('Priority (0 = lowest, 100 = highest)'))
            settlements = ranking.clone()
            settlements.setName(ProfilePages.tr('Settlements'))
            settlements.setRenderer(rule_renderer(QgsWkbTypes.PolygonGeometry, [
                (profiles.served_expression(key_field), ProfilePages.tr('Served by the action'), '#de2d26'),
                ('ELSE', ProfilePages.tr('Other settlements'), '#bdbdbd')]))
            self._label_served(settlements, key_field, name_field)
            area = coverage.clone()
            area.setName(ProfilePages.tr('Target area'))
            # The target area of the page's action only: the other actions' areas would hide the map.
            from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer
            root = QgsRuleBasedRenderer.Rule(None)
            root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple({
                'color': '0,0,0,0', 'outline_color': '#006d2c', 'outline_width': '0.9'}), 0, 0,
                '@atlas_featureid = $id', ProfilePages.tr('Target area')))
            area.setRenderer(QgsRuleBasedRenderer(root))
            self._outline_only(settlements)
            layers = [area, settlements, priority_layer]
            profiles.fill(layout, coverage, layers, self.parameterAsString(parameters, self.CITY_NAME, context),
                          feedback.pushWarning)
            try:
                profiles.export(layout, pdf)
            except RuntimeError as err:
                raise QgsProcessingException(str(err)) from None
        self._keep = (coverage, layers, layout)
        feedback.pushInfo(self.tr('{0} project profile(s) written to {1}').format(len(rows), pdf))
        return {self.OUTPUT_PDF: pdf, self.PROFILES: len(rows), self.PROFILES_LANGUAGE: language.code}

    @staticmethod
    def _outline_only(layer):
        """The settlements as outlines with a light fill, so that the priority map shows through."""
        renderer = layer.renderer()
        for rule in renderer.rootRule().children() if hasattr(renderer, 'rootRule') else []:
            symbol = rule.symbol()
            if symbol is not None:
                color = symbol.color()
                symbol.symbolLayer(0).setStrokeColor(color)
                symbol.symbolLayer(0).setStrokeWidth(0.6 if rule.filterExpression() != 'ELSE' else 0.2)
                color.setAlpha(60 if rule.filterExpression() != 'ELSE' else 0)
                symbol.symbolLayer(0).setFillColor(color)

    @staticmethod
    def _label_served(layer, key_field, name_field):
        """The names of the settlements the page's action serves, with a white halo."""
        from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsVectorLayerSimpleLabeling
        from qgis.PyQt.QtGui import QColor

        from ..qgis_side import profiles
        from ..qgis_side.report import _text_format
        settings = QgsPalLayerSettings()
        settings.isExpression = True
        name = '"{0}"'.format((name_field or key_field).replace('"', '""'))
        settings.fieldName = 'if({0}, to_string({1}), \'\')'.format(profiles.served_expression(key_field), name)
        text = _text_format(7, bold=True)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.7)
        buffer.setColor(QColor('white'))
        text.setBuffer(buffer)
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
