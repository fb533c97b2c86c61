"""Processing algorithm resilienceplanner:createactionregister, and the register's layer set-up.

The register is a GeoPackage table whose QGIS form (value lists, constraints, defaults) is
saved in the GeoPackage as the layer's default style, so QGIS's own attribute form and table
enforce the same rules as the editor dock wherever the file is opened.
"""
import logging
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..qgis_side.register import create_register
from .base import ResiliencePlannerAlgorithm

logger = logging.getLogger(__name__)


class CreateActionRegisterAlgorithm(ResiliencePlannerAlgorithm):
    """An empty planned-action register in a GeoPackage."""

    OUTPUT = 'OUTPUT'
    CRS = 'CRS'
    TABLE = 'TABLE'

    def name(self):
        return 'createactionregister'

    def displayName(self):
        return self.tr('Create planned-action register')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def help_values(self):
        from ..core.actions import ACTION_TYPES, FUNDING_STATUSES, SCHEMA_VERSION, STATUSES
        return (SCHEMA_VERSION, ', '.join(ACTION_TYPES), ', '.join(FUNDING_STATUSES), ', '.join(STATUSES))

    def parameter_help(self):
        return {
            self.CRS: self.tr('The CRS of the actions\' target areas; empty: WGS 84 (EPSG:4326).'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr('Register (GeoPackage)'), self.tr('GeoPackage (*.gpkg)')))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr('CRS (empty: WGS 84)'), defaultValue='EPSG:4326', optional=True))
        self.addOutput(QgsProcessingOutputString(self.TABLE, self.tr('Table name')))

    def _run(self, parameters, context, feedback):
        from ..core.actions import TABLE
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith('.gpkg'):
            raise QgsProcessingException(self.tr('The register must be a GeoPackage (.gpkg); "{0}" is not.')
                                         .format(path))
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise QgsProcessingException(self.tr('The folder {0} does not exist. Create it or choose another place.')
                                         .format(folder))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem('EPSG:4326')
        create_register(path, crs, context.transformContext())
        feedback.pushInfo(self.tr('Register written to {0} (table {1}).').format(path, TABLE))
        return {self.OUTPUT: path, self.TABLE: TABLE}
