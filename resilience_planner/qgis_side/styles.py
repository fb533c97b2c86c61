"""Every renderer of the plugin's outputs, and the post-processor that applies them.

Processing calls the post-processor when it loads an output into the project, so the
algorithm never edits a layer itself.
"""

from qgis.core import (
    QgsColorRampShader,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterShader,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from .. import assets

#: Colours of the energy options on the energy-access map.
ENERGY_COLOURS = {'grid_densification': '#2c7bb6', 'grid_extension': '#abd9e9', 'mini_grid': '#fdae61',
           'standalone_solar': '#d7191c'}


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer: with a QML file from ``resources/styles``, or with a renderer
    built in code for outputs whose fields depend on the inputs."""

    # Processing keeps only a plain pointer to post-processors: hold them here.
    _instances = []

    def __init__(self, style=None, renderer=None, layer_renderer=None):
        super().__init__()
        self.style = style
        self.renderer = renderer
        self.layer_renderer = layer_renderer

    def postProcessLayer(self, layer, context, feedback):
        if self.style is not None:
            message, ok = layer.loadNamedStyle(assets.style_path(self.style))
            if not ok:
                feedback.pushWarning('Could not apply style {0}: {1}'.format(self.style, message))
        elif self.layer_renderer is not None:
            # Raster renderers need the layer's data provider.
            layer.setRenderer(self.layer_renderer(layer))
        else:
            layer.setRenderer(self.renderer())
        layer.triggerRepaint()

    @classmethod
    def create(cls, style=None, renderer=None, layer_renderer=None):
        processor = cls(style, renderer, layer_renderer)
        cls._instances.append(processor)
        return processor


def rule_renderer(geometry_type, rules, line_width=None):
    """A rule-based renderer from (filter expression, legend label, colour) triples."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, label, colour in rules:
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(colour))
        if line_width is not None:
            symbol.setWidth(line_width)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


#: Colours of priority classes 1-5 (light yellow to dark red), shared by the rasters and the ranking.
CLASS_COLOURS = ('#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026')


CLASS_LABELS = ('1 Very low', '2 Low', '3 Medium', '4 High', '5 Very high')


def priority_renderer(layer):
    """A yellow-to-red ramp over 0-100 whose legend says what 0 and 100 mean."""
    from qgis.PyQt.QtCore import QCoreApplication

    def tr(text):
        return QCoreApplication.translate('PriorityMapAlgorithm', text)
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor('#ffffcc'), tr('0 – lowest: no criterion scores')),
             QgsColorRampShader.ColorRampItem(25.0, QColor('#fed976'), '25'),
             QgsColorRampShader.ColorRampItem(50.0, QColor('#fd8d3c'), '50'),
             QgsColorRampShader.ColorRampItem(75.0, QColor('#e31a1c'), '75'),
             QgsColorRampShader.ColorRampItem(100.0, QColor('#800026'),
                                              tr('100 – highest: every criterion at its high bound'))]
    ramp = QgsColorRampShader(0.0, 100.0)
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    ramp.setColorRampItemList(items)
    # One legend entry per labelled stop, so the legend says what 0 and 100 mean.
    from qgis.core import QgsColorRampLegendNodeSettings
    legend = QgsColorRampLegendNodeSettings()
    legend.setUseContinuousLegend(False)
    ramp.setLegendSettings(legend)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(100.0)
    return renderer


def classes_renderer(layer, breaks):
    """Classes 1-5 with their priority ranges in the legend."""
    bounds = [0.0] + list(breaks) + [100.0]
    classes = []
    for value, (colour, label) in enumerate(zip(CLASS_COLOURS, CLASS_LABELS), start=1):
        classes.append(QgsPalettedRasterRenderer.Class(
            value, QColor(colour), '{0} (priority {1:.1f}–{2:.1f})'.format(label, bounds[value - 1], bounds[value])))
    return QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)


def ranking_renderer(tr):
    rules = [('"priority_class" = {0}'.format(value), label, colour)
             for value, (colour, label) in enumerate(zip(CLASS_COLOURS, CLASS_LABELS), start=1)]
    rules.append(('"priority_class" IS NULL', tr('Not ranked (no data)'), '#bdbdbd'))
    return rule_renderer(QgsWkbTypes.PolygonGeometry, rules)


def energy_renderer():
    return rule_renderer(QgsWkbTypes.PolygonGeometry,
                         [('"energy_option" = \'{0}\''.format(option), option.replace('_', ' '), colour)
                          for option, colour in ENERGY_COLOURS.items()])


def exposure_renderer(field, kind, hazard_name):
    geometry_type = kind if kind in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry) else \
        QgsWkbTypes.PolygonGeometry
    return rule_renderer(geometry_type, (('"{0}" = 1'.format(field), 'Exposed to {0}'.format(hazard_name), '#d7301f'),
                                         ('"{0}" = 0'.format(field), 'Not exposed', '#2b8cbe'),
                                         ('"{0}" IS NULL'.format(field), 'No hazard data', '#bdbdbd')),
                         0.8 if geometry_type == QgsWkbTypes.LineGeometry else None)


def access_renderer(key, type_name):
    """Settlements by access to the first facility type: lost, kept, never reachable."""
    lost, network = '"{0}_access_lost"'.format(key), '"{0}_network_m"'.format(key)
    return rule_renderer(QgsWkbTypes.PolygonGeometry, (
        ('{0} = 1'.format(lost), 'Loses access to {0} in the hazard'.format(type_name), '#d7301f'),
        ('{0} = 0 AND {1} IS NOT NULL'.format(lost, network), 'Keeps access to {0}'.format(type_name), '#41ab5d'),
        ('{0} IS NULL'.format(network), 'No road access to {0}, even without the hazard'.format(type_name),
         '#bdbdbd')))


def outline_renderer(colour, width=0.4, fill='0,0,0,0'):
    return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({'color': fill, 'outline_color': colour,
                                                               'outline_width': str(width)}))


def line_renderer(colour, width=0.2):
    return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({'line_color': colour, 'line_width': str(width)}))
