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
    QgsProcessingParameterString,
)

from .base import ResiliencePlannerAlgorithm

logger = logging.getLogger(__name__)


class CreateActionRegisterAlgorithm(ResiliencePlannerAlgorithm):
    """An empty planned-action register in a GeoPackage."""

    OUTPUT = 'OUTPUT'
    CRS = 'CRS'
    TABLE = 'TABLE'
    DATABASE = 'DATABASE'
    SCHEMA = 'SCHEMA'

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
            self.DATABASE: self.tr('A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS '
                                   'PostgreSQL connection, or a connection string such as service=office or '
                                   'dbname=city host=db.example.org user=planner. Then no GeoPackage is needed.'),
            self.SCHEMA: self.tr('The database schema that holds the register (created if missing); an existing '
                                 'register is never dropped or altered.'),
        }

    def initAlgorithm(self, config=None):
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr('Register (GeoPackage)'), self.tr('GeoPackage (*.gpkg)'), optional=True)
        output.setCreateByDefault(False)          # no temporary register by default
        self.addParameter(output)
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr('Or a database (PostgreSQL)'), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, self.tr('Database schema'), defaultValue='resilience', optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr('CRS (empty: WGS 84)'), defaultValue='EPSG:4326', optional=True))
        self.addOutput(QgsProcessingOutputString(self.TABLE, self.tr('Table name')))

    def _run(self, parameters, context, feedback):
        from ..core.actions import TABLE
        from ..qgis_side.register import create_register
        database = (self.parameterAsString(parameters, self.DATABASE, context) or '').strip()
        if database:
            return self._run_database(database, parameters, context, feedback)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path:
            raise QgsProcessingException(self.tr('Give the register\'s GeoPackage file, or a database.'))
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

    def _run_database(self, database, parameters, context, feedback):
        from ..core.actions import TABLE
        from ..qgis_side.layers import destination_path
        from ..qgis_side.register_pg import create_pg_register
        if destination_path(parameters.get(self.OUTPUT)):
            raise QgsProcessingException(self.tr('Give either a GeoPackage file or a database for the register, '
                                                 'not both.'))
        schema = (self.parameterAsString(parameters, self.SCHEMA, context) or '').strip() or 'resilience'
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem('EPSG:4326')
        db = create_pg_register(database, schema, crs)
        feedback.pushInfo(self.tr('Register created in {0}, schema {1} (table {2}).').format(db.label, schema, TABLE))
        return {self.OUTPUT: None, self.TABLE: TABLE}
