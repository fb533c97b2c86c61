"""Styles for algorithm outputs, applied by a layer post-processor.

Processing calls the post-processor when it loads an output into the project, so the
algorithm never edits a layer itself.
"""
import logging

from qgis.core import QgsProcessingLayerPostProcessorInterface

from .. import assets

logger = logging.getLogger(__name__)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Loads a QML style from ``resources/styles`` onto an output layer."""

    # Processing keeps only a plain pointer to post-processors: hold them here.
    _instances = []

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        message, ok = layer.loadNamedStyle(assets.style_path(self.style))
        if not ok:
            feedback.pushWarning('Could not apply style {0}: {1}'.format(self.style, message))
        layer.triggerRepaint()

    @classmethod
    def create(cls, style):
        processor = cls(style)
        cls._instances.append(processor)
        return processor


class RendererPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Sets a renderer built in code, for outputs whose fields depend on the inputs."""

    _instances = []

    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        layer.setRenderer(self.factory())
        layer.triggerRepaint()

    @classmethod
    def create(cls, factory):
        processor = cls(factory)
        cls._instances.append(processor)
        return processor
