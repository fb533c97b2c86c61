"""Styles for algorithm outputs, applied by a layer post-processor.

Processing calls the post-processor when it loads an output into the project, so the
algorithm never edits a layer itself.
"""

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsRuleBasedRenderer, QgsSymbol
from qgis.PyQt.QtGui import QColor

from .. import assets


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
