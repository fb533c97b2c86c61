"""Processing algorithm resilienceplanner:samplecity: write the training city."""
import os

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from .base import ResiliencePlannerAlgorithm


class SampleCityAlgorithm(ResiliencePlannerAlgorithm):
    """Generate the fictional sample city "Mto Mkuu" into a folder."""

    SEED = 'SEED'
    OUTPUT_FOLDER = 'OUTPUT_FOLDER'
    VECTORS = 'VECTORS'
    FLOOD_DEPTH = 'FLOOD_DEPTH'
    LANDSLIDE = 'LANDSLIDE'
    HEAT = 'HEAT'
    POPULATION = 'POPULATION'

    def name(self):
        return 'samplecity'

    def displayName(self):
        return self.tr('Generate sample city')

    def group(self):
        return self.tr('Training')

    def groupId(self):
        return 'training'

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr('Seed'), QgsProcessingParameterNumber.Integer, 7, minValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr('Output folder')))
        self.addOutput(QgsProcessingOutputFile(self.VECTORS, self.tr('Sample city GeoPackage')))
        for name, label in ((self.FLOOD_DEPTH, self.tr('Flood depth')),
                            (self.LANDSLIDE, self.tr('Landslide susceptibility')),
                            (self.HEAT, self.tr('Land-surface temperature')), (self.POPULATION, self.tr('Population'))):
            self.addOutput(QgsProcessingOutputRasterLayer(name, label))

    def _run(self, parameters, context, feedback):
        from ..core.sample_city import generate
        from ..qgis_side.layers import EngineFeedback
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        os.makedirs(folder, exist_ok=True)
        EngineFeedback(feedback).progress(0.1)
        paths = generate(folder, seed)
        feedback.pushInfo(self.tr('Sample city written to {0}').format(folder))
        self._style_and_load(context, paths, seed)
        return {self.OUTPUT_FOLDER: folder, self.VECTORS: paths['vectors'],
                self.FLOOD_DEPTH: paths['flood_depth'], self.LANDSLIDE: paths['landslide_susceptibility'],
                self.HEAT: paths['heat_lst'], self.POPULATION: paths['population']}

    def _style_and_load(self, context, paths, seed):
        """Every layer of the city gets its style in its file, and is loaded, styled, into a new group of the
        project (when there is one: not in qgis_process), in the order of SAMPLE_CITY_LAYERS."""
        from qgis.core import QgsProcessingUtils

        from ..qgis_side.styles import SAMPLE_CITY_LAYERS, LayerGroup, Styles
        group = LayerGroup(self.tr('Sample city Mto Mkuu (seed {0})').format(seed))
        for rank, (key, name, make_style, visible) in enumerate(SAMPLE_CITY_LAYERS):
            raster = key in paths
            uri = paths[key] if raster else '{0}|layername={1}'.format(paths['vectors'], key)
            style = make_style()
            if style is not None:
                self.style_output(context, uri, style, raster=raster)
            if context.project() is None:
                continue
            details = QgsProcessingContext.LayerDetails(
                Styles.marked(name), context.project(), key)       # marked in styles.py
            details.layerTypeHint = (QgsProcessingUtils.LayerHint.Raster if raster
                                     else QgsProcessingUtils.LayerHint.Vector)
            details.setPostProcessor(group.processor(style, rank, visible))
            context.addLayerToLoadOnCompletion(uri, details)
