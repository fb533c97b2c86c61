"""Processing algorithm resilienceplanner:samplecity: write the training city."""
import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ..qgis_side.layers import EngineFeedback
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

    def shortHelpString(self):
        return self.tr(
            '<p>Writes "Mto Mkuu", a fictional city of 10 × 8 km on a river valley, for '
            'demonstrations and training. The same seed always gives the same data.</p>'
            '<p>Rasters (UTM zone 37S, 25 m): <b>flood_depth.tif</b> (m; the north-east '
            'corner is nodata, as if the flood model did not cover it), '
            '<b>landslide_susceptibility.tif</b> (classes 1–3), <b>heat_lst.tif</b> '
            '(land-surface temperature, °C) and <b>population.tif</b> (persons per cell).</p>'
            '<p>Vectors (EPSG:4326) in <b>sample_city.gpkg</b>: settlements (40 informal '
            'settlements, 0.3 to about 57 ha), settlement_profiles (a Know-Your-City-like '
            'table, with some answers missing), roads, health_facilities, schools, '
            'water_points, power_lines, substations and city_boundary.</p>')

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr('Seed'), QgsProcessingParameterNumber.Integer, 7, minValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr('Output folder')))
        self.addOutput(QgsProcessingOutputFile(self.VECTORS, self.tr('Sample city GeoPackage')))
        for name, label in ((self.FLOOD_DEPTH, 'Flood depth'), (self.LANDSLIDE, 'Landslide susceptibility'),
                            (self.HEAT, 'Land-surface temperature'), (self.POPULATION, 'Population')):
            self.addOutput(QgsProcessingOutputRasterLayer(name, self.tr(label)))

    def _run(self, parameters, context, feedback):
        from ..core.sample_city import generate
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        os.makedirs(folder, exist_ok=True)
        EngineFeedback(feedback).progress(0.1)
        paths = generate(folder, seed)
        feedback.pushInfo(self.tr('Sample city written to {0}').format(folder))
        return {self.OUTPUT_FOLDER: folder, self.VECTORS: paths['vectors'],
                self.FLOOD_DEPTH: paths['flood_depth'], self.LANDSLIDE: paths['landslide_susceptibility'],
                self.HEAT: paths['heat_lst'], self.POPULATION: paths['population']}
