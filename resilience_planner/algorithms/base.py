"""What every Resilience Planner algorithm shares: naming, help, engine checks, the one error path.

Algorithms are thin adapters: they turn QGIS layers and parameters into plain data
for ``core``, and ``core`` results into sinks and numeric outputs. They hold no state.

Help texts are not in the code: each algorithm's is ``resources/help/<name>.html``, paragraphs
separated by blank lines, each translated on its own (see :func:`help_text`).
"""
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import assets
from ..qgis_side.translation import Context, localized

#: The context of the messages of this module's shared code: ``self.tr`` would look them up in each
#: subclass's context, where pylupdate5 never puts them.
AlgorithmBase = Context('AlgorithmBase')


def widget_wrapper(name, hazards):
    """Parameter metadata naming one of gui/hazard_settings.py's widget wrappers by its dotted path (so that
    qgis_process never imports a widget), with ``hazards`` the hazard-rasters parameter its rows follow."""
    return {'widget_wrapper': {'class': __name__.rsplit('.', 2)[0] + '.gui.hazard_settings.' + name,
                               'hazards': hazards}}


#: The parameter that says how numbers written as text are read (core.numbers: one decimal mark per column).
DECIMAL = 'DECIMAL'


def decimal_parameter():
    """DECIMAL, for an algorithm that reads numbers a user may have stored as text: automatic (decided per
    column from all its cells, and logged), point or comma. Its refusal of a column it cannot decide
    ("12.500", "3.200" only) names this parameter, so every algorithm that reads such a column offers it."""
    from qgis.core import QgsProcessingParameterEnum
    return QgsProcessingParameterEnum(
        DECIMAL, AlgorithmBase.tr('Decimal mark of numbers written as text'),
        [AlgorithmBase.tr('Automatic, decided per column'), AlgorithmBase.tr('Point (1,234.5)'),
         AlgorithmBase.tr('Comma (1.234,5)')], defaultValue=0)


def decimal_choice(algorithm, parameters, context):
    """DECIMAL's choice as core.numbers names it: 'auto', 'point' or 'comma'."""
    from ..core.numbers import DECIMALS
    return DECIMALS[algorithm.parameterAsEnum(parameters, DECIMAL, context)]


def read_reported(records, fields, table, decimal, feedback):
    """core.profiles.read_values of ``records`` (one dict per settlement), with the decimal mark decided for each
    text column pushed to the log and the cells that are no number pushed as warnings, in QGIS's language.
    Returns read_values' array of floats (NaN where missing), one column per field."""
    from ..core.profiles import read_values
    from ..qgis_side.translation import engine_message
    values, problems, conventions = read_values(records, fields, table, decimal)
    for message in conventions:
        feedback.pushInfo(engine_message(message))
    for message in problems:
        feedback.pushWarning(engine_message(message))
    return values


def rules_help():
    """The tooltip of an exposure-rules parameter (one rule per hazard, paired by position)."""
    return AlgorithmBase.tr(
        'One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the '
        'value is at least it, e.g. 0.5), a comparison (>=0.5, <2) or classes (=1|2). Empty: any value above 0. '
        'The log lists each hazard with its rule.')


class ResiliencePlannerAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation, icon, and the engine check before running."""

    def tr(self, text):
        """``text`` translated in this class's context; its ``format()`` writes numbers as its language does."""
        return localized(QCoreApplication.translate(self.__class__.__name__, text))

    def createInstance(self):
        return self.__class__()

    def icon(self):
        """The tool's own icon, ``resources/icons/<name>.svg``: the toolbox, the menu and the toolbar show the same."""
        return QIcon(assets.icon_path(self.name()))

    def parameter_help(self):
        """By parameter name, what a parameter's label leaves out so that it fits a laptop's dialog (the
        rule syntax, what empty means): shown as the parameter's tooltip in the dialog."""
        return {}

    def addParameter(self, definition, createOutput=True):  # noqa: N803 (QgsProcessingAlgorithm's own name)
        text = self.parameter_help().get(definition.name())
        if text:
            definition.setHelp(text)
        return super().addParameter(definition, createOutput)

    def shortHelpString(self):
        """The help of ``resources/help/<name>.html``, paragraph by paragraph through the translator."""
        return help_text(self.name(), self.help_values())

    def help_values(self):
        """Values for the ``{0}``, ``{1}`` ... of the help text, when it has any (a tuple), else None."""
        return None

    def checkParameterValues(self, parameters, context):
        """An unknown LANGUAGE (the report, the project profiles, finance readiness) is refused before anything
        runs, naming it and the languages available; then the engine's dependencies."""
        if self.parameterDefinition('LANGUAGE') is not None:
            from ..qgis_side.translation import language_code
            try:
                language_code(self.parameterAsString(parameters, 'LANGUAGE', context))
            except ValueError as err:
                return False, str(err)
        from ..dependencies import engine_problem
        problem = engine_problem()
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def require_engine(self):
        """Stop with the dependency message when the engine cannot run here."""
        from ..dependencies import engine_problem
        problem = engine_problem()
        if problem:
            raise QgsProcessingException(problem)

    #: False for an algorithm that runs without rasterio and fiona (it only computes with numpy).
    needs_engine = True

    def processAlgorithm(self, parameters, context, feedback):
        """Check the engine and the destinations, run ``_run``, and turn the engine's errors into Processing
        errors: this is the one place where ``InputError`` and ``Cancelled`` become messages."""
        from ..core.errors import Cancelled, InputError
        from ..qgis_side.translation import engine_message
        if self.needs_engine:
            self.require_engine()
        self.check_destinations(parameters)
        self._styles = []
        try:
            return self._run(parameters, context, feedback)
        except InputError as err:
            raise QgsProcessingException(engine_message(err)) from None     # translated, then formatted
        except Cancelled:
            raise QgsProcessingException(self.cancelled_message()) from None

    def cancelled_message(self):
        """What a cancelled run says: nothing was written. An algorithm whose run ends differently (it
        was cancelled while writing, and the output was completed and kept) says so itself.

        Translated in this class's context, where pylupdate5 finds the text, not the subclass's (``tr``)."""
        return QCoreApplication.translate('ResiliencePlannerAlgorithm', 'Cancelled: no output was written.')

    @staticmethod
    def stop_if_cancelled(feedback):
        """Raise ``Cancelled`` when the user has cancelled; processAlgorithm turns it into the message."""
        if feedback is not None and feedback.isCanceled():
            from ..core.errors import Cancelled
            raise Cancelled('Cancelled: no output was written.')

    def _run(self, parameters, context, feedback):
        raise NotImplementedError

    def remember_doubts(self, dest_id, doubts):
        """Doubts about the inputs (a hazard that looks like an elevation model ...) to keep with the
        output ``dest_id``; written by postProcessAlgorithm, once the output is closed."""
        self._doubts = (dest_id, list(doubts))

    def style_output(self, context, dest_id, style, raster=False):
        """Give the output ``dest_id`` its style (a ``qgis_side.styles.OutputStyle``): on the layer Processing
        loads into the project, and in the output's file (postProcessAlgorithm, once the file is closed), so
        that it opens styled from the Browser or a file manager too."""
        from ..qgis_side.styles import StylePostProcessor
        if not dest_id:
            return
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(style))
        if not hasattr(self, '_styles'):
            self._styles = []
        self._styles.append((dest_id, style, raster))

    def postProcessAlgorithm(self, context, feedback):
        """Save the outputs' styles into their files, and the remembered doubts into a GeoPackage output's
        layer metadata."""
        from ..qgis_side.styles import save_with_file
        for dest_id, style, raster in getattr(self, '_styles', []):
            message = save_with_file(dest_id, style, raster)
            if message and feedback is not None:
                feedback.pushWarning(AlgorithmBase.tr('The style of {0} could not be saved with it: {1}. It opens '
                                                      'with QGIS\'s default style.').format(dest_id, message))
        self._styles = []
        dest_id, doubts = getattr(self, '_doubts', (None, []))
        if doubts and isinstance(dest_id, str):
            from ..qgis_side.hazards import keep_doubts
            keep_doubts(dest_id, doubts, feedback)
        return {}

    def check_destinations(self, parameters):
        """Refuse, before any work, an output that cannot be written or would lose what the user had:
        a folder that does not exist or cannot be written, and a GeoPackage that holds other layers
        (Processing replaces the whole file)."""
        from ..qgis_side.layers import destination_path, listing
        for definition in self.destinationParameterDefinitions():
            path = destination_path(parameters.get(definition.name()))
            if path is None:
                continue
            label = definition.description() or definition.name()
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                raise QgsProcessingException(AlgorithmBase.tr(
                    'The folder for "{0}" does not exist: {1}. Create it, or choose another place to save.').format(
                        label, folder))
            if not os.access(folder, os.W_OK):
                raise QgsProcessingException(AlgorithmBase.tr(
                    'The folder for "{0}" cannot be written to: {1}. Choose another place to save.').format(
                        label, folder))
            # Layers that Processing writes (sinks, vector destinations) replace the file; files our
            # own code writes (the register) check what is in them themselves.
            replaces_file = definition.type() in ('sink', 'vectorDestination')
            if replaces_file and path.lower().endswith('.gpkg') and os.path.isfile(path):
                layer = os.path.splitext(os.path.basename(path))[0]
                from ..core.exposure import layer_key
                from ..core.files import geopackage_tables
                others = [name for name in geopackage_tables(path) if name != layer]
                if others:
                    raise QgsProcessingException(AlgorithmBase.tr(
                        'The GeoPackage {0} already holds {1}. Saving "{2}" as that file would replace the whole '
                        'file and lose them. Choose a new file, or add the result to it as a new layer with '
                        'ogr:dbname=\'{0}\' table="{3}" (geom) as the output, which keeps the others.').format(
                            path, listing(others), label, layer_key(label, 'result', 't_')))

    def write_features(self, parameters, context, fields, wkb_type, crs, features, keep, rows,
                       feedback=None, progress=None, count=None, reuse=False):
        """Create the OUTPUT sink and write each feature's kept attributes followed by its new ones.

        ``rows[i]`` holds the new attribute values of ``features[i]``; both may be iterators,
        with ``count`` their length. ``progress`` is an optional (start, end) percentage range
        reported while writing. With ``reuse``, ``features`` are throw-away copies (a ``getFeatures``
        iterator) and each is given the output's fields and attributes in place instead of being copied
        into a new feature: a fifth less time on 20,000 settlements. Returns the sink's id.
        """
        sink, dest_id = self.parameterAsSink(parameters, 'OUTPUT', context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, 'OUTPUT'))
        total = len(features) if count is None else count
        # A file sink makes a single polygon multi itself; a memory layer keeps what it is given, so a
        # MultiPolygon layer would hold Polygons: the geometry is made multi here when the sink is.
        multi = QgsWkbTypes.isMultiType(wkb_type)
        for index, (feature, row) in enumerate(zip(features, rows)):
            attributes = feature.attributes()
            geometry = feature.geometry()
            single = multi and not geometry.isNull() and not geometry.isMultipart()
            if single:
                geometry.convertToMultiType()
            if reuse:
                out = feature
                out.setFields(fields, False)       # the output's fields, for sinks that map by name
                if single:
                    out.setGeometry(geometry)
            else:
                out = QgsFeature(fields)
                out.setGeometry(geometry)
            out.setAttributes([attributes[i] for i in keep] + list(row))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            if progress is not None and feedback is not None and (index % 1000 == 0 or index + 1 == total):
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * (index + 1) / total)
        return dest_id


def help_text(name, values=None):
    """An algorithm's help, each paragraph translated in the context ``help:<name>`` (so that a catalogue
    holds one message per paragraph), joined as one HTML text; ``values`` fill ``{0}`` ...."""
    context = assets.help_context(name)
    text = ''.join(QCoreApplication.translate(context, paragraph) if assets.translatable(paragraph) else paragraph
                   for paragraph in assets.help_paragraphs(name))
    if not text:
        raise ValueError('The help file {0} is empty.'.format(assets.help_path(name)))
    return text.format(*values) if values is not None else text


def typed_source(algorithm, parameters, name, context, geometry_type, optional=False, repairs=False):
    """A feature source of the given geometry type with a CRS, or a message naming the layer.

    ``repairs``: the algorithm repairs invalid geometries itself (see measurable_polygon), so
    Processing's own check, which stops at the first one, is off for this source.
    """
    if repairs:
        check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        try:
            source = algorithm.parameterAsSource(parameters, name, context)
        finally:
            context.setInvalidGeometryCheck(check)
    else:
        source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        if optional:
            return None
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    if QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
        wanted = {QgsWkbTypes.PolygonGeometry: AlgorithmBase.tr('polygons'),
                  QgsWkbTypes.PointGeometry: AlgorithmBase.tr('points'),
                  QgsWkbTypes.LineGeometry: AlgorithmBase.tr('lines')}[geometry_type]
        raise QgsProcessingException(AlgorithmBase.tr('{0} must be a layer of {1}; "{2}" holds {3}.').format(
            name, wanted, source.sourceName(), QgsWkbTypes.displayString(source.wkbType())))
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(AlgorithmBase.tr('Layer "{0}" ({1}) has no CRS. Set it and run again.').format(
            source.sourceName(), name))
    return source


