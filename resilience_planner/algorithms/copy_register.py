"""Processing algorithm resilienceplanner:copyregister: a register from a GeoPackage to PostGIS and back."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .base import ResiliencePlannerAlgorithm


class CopyRegisterAlgorithm(ResiliencePlannerAlgorithm):
    """Every action, field and history entry of a register, into a new register (file or database)."""

    INPUT = 'INPUT'
    INPUT_DATABASE = 'INPUT_DATABASE'
    INPUT_SCHEMA = 'INPUT_SCHEMA'
    OUTPUT = 'OUTPUT'
    OUTPUT_DATABASE = 'OUTPUT_DATABASE'
    OUTPUT_SCHEMA = 'OUTPUT_SCHEMA'
    ACTIONS = 'ACTIONS'
    HISTORY = 'HISTORY'
    TARGET = 'TARGET'

    def name(self):
        return 'copyregister'

    def displayName(self):
        return self.tr('Copy planned-action register')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def parameter_help(self):
        database = self.tr('The name of a QGIS PostgreSQL connection, or a connection string such as service=office '
                           'or dbname=city host=db.example.org user=planner.')
        return {
            self.INPUT_DATABASE: self.tr('Copy from a register in a database instead of a file.') + ' ' + database,
            self.OUTPUT_DATABASE: self.tr('Copy into a new register in a database instead of a file.') + ' ' + database,
            self.OUTPUT_SCHEMA: self.tr('The schema of the new register; it must not hold a register already.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr('Register (GeoPackage)'), extension='gpkg', optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.INPUT_DATABASE, self.tr('Or a database (PostgreSQL)'), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.INPUT_SCHEMA, self.tr('Its schema'), defaultValue='resilience', optional=True))
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr('Copy (a new GeoPackage)'), self.tr('GeoPackage (*.gpkg)'), optional=True)
        output.setCreateByDefault(False)
        self.addParameter(output)
        self.addParameter(QgsProcessingParameterString(
            self.OUTPUT_DATABASE, self.tr('Or into a database'), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.OUTPUT_SCHEMA, self.tr('Its schema'), defaultValue='resilience', optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.ACTIONS, self.tr('Actions copied')))
        self.addOutput(QgsProcessingOutputNumber(self.HISTORY, self.tr('History entries copied')))
        self.addOutput(QgsProcessingOutputString(self.TARGET, self.tr('Where the copy is')))

    def _end(self, parameters, context, file_name, database_name, schema_name, which):
        from ..qgis_side.layers import destination_path
        database = (self.parameterAsString(parameters, database_name, context) or '').strip()
        if file_name == self.INPUT:
            path = self.parameterAsFile(parameters, file_name, context) if parameters.get(file_name) else ''
        else:
            path = self.parameterAsFileOutput(parameters, file_name, context) \
                if destination_path(parameters.get(file_name)) else ''
        if path and database:
            raise QgsProcessingException(self.tr('Give either a GeoPackage or a database for the {0}, not '
                                                 'both.').format(which))
        if database:
            schema = (self.parameterAsString(parameters, schema_name, context) or '').strip() or 'resilience'
            return ('database', database, schema)
        if not path:
            raise QgsProcessingException(self.tr('Give the {0}: a GeoPackage file or a database.').format(which))
        return ('file', path)

    def _run(self, parameters, context, feedback):
        from ..qgis_side.register_copy import copy_register
        from ..qgis_side.register_pg import describe_register
        source = self._end(parameters, context, self.INPUT, self.INPUT_DATABASE, self.INPUT_SCHEMA,
                           self.tr('register to copy'))
        target = self._end(parameters, context, self.OUTPUT, self.OUTPUT_DATABASE, self.OUTPUT_SCHEMA,
                           self.tr('copy'))
        if source == target:
            raise QgsProcessingException(self.tr('The copy must go somewhere else than the register it copies.'))
        copied = copy_register(source, target, feedback)
        where = target[1] if target[0] == 'file' else describe_register(target[1], target[2])
        feedback.pushInfo(self.tr('{0} action(s) and {1} history entr(y/ies) copied to {2}.').format(
            len(copied.rows), len(copied.history), where))
        if target[0] == 'file' and copied.history:
            feedback.pushInfo(self.tr('A GeoPackage keeps no history of its own edits: the history copied is in its '
                                      'table planned_actions_history, as it was in the database.'))
        return {self.ACTIONS: len(copied.rows), self.HISTORY: len(copied.history), self.TARGET: where,
                self.OUTPUT: target[1] if target[0] == 'file' else None}
