"""Processing algorithm resilienceplanner:restoreaction: an action of a shared register back to an earlier state.

A register in PostgreSQL/PostGIS records every insert, update and delete in its history
(``planned_actions_history``); this puts one action back into the state of one of its entries, through
the register's own save (``qgis_side.register_pg.restore_action``). A GeoPackage register keeps no
history of its own edits, so it is refused with the reason.
"""
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .base import ResiliencePlannerAlgorithm


class RestoreActionAlgorithm(ResiliencePlannerAlgorithm):
    """One action of a register in a database, back to the state of one of its history entries."""

    DATABASE = 'DATABASE'
    SCHEMA = 'SCHEMA'
    ACTION_ID = 'ACTION_ID'
    HISTORY_ID = 'HISTORY_ID'
    EXPECTED_ROW_VERSION = 'EXPECTED_ROW_VERSION'
    ROW_VERSION = 'ROW_VERSION'
    OPERATION = 'OPERATION'

    def name(self):
        return 'restoreaction'

    def displayName(self):
        return self.tr('Restore a planned action from its history')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def parameter_help(self):
        return {
            self.DATABASE: self.tr('The register\'s database: the name of a QGIS PostgreSQL connection, or a '
                                   'connection string such as service=office or dbname=city host=db.example.org '
                                   'user=planner. A GeoPackage register keeps no history, so it cannot be '
                                   'restored from.'),
            self.SCHEMA: self.tr('The database schema that holds the register.'),
            self.ACTION_ID: self.tr('The action_id of the action to restore (a UUID).'),
            self.HISTORY_ID: self.tr('The history_id of the entry of planned_actions_history whose state the action '
                                     'gets back (the History… of the Planned actions dock lists them).'),
            self.EXPECTED_ROW_VERSION: self.tr('The row version you saw the action at (0: you saw it deleted): when '
                                               'it has changed since, nothing is restored and the message says who '
                                               'changed it and when. Empty: no check.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(self.DATABASE, self.tr('Database (PostgreSQL)')))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, self.tr('Database schema'), defaultValue='resilience', optional=True))
        self.addParameter(QgsProcessingParameterString(self.ACTION_ID, self.tr('Action (action_id)')))
        self.addParameter(QgsProcessingParameterNumber(
            self.HISTORY_ID, self.tr('History entry (history_id)'), QgsProcessingParameterNumber.Integer,
            minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.EXPECTED_ROW_VERSION, self.tr('Row version seen'),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=0))
        self.addOutput(QgsProcessingOutputString(self.ACTION_ID, self.tr('Action restored')))
        self.addOutput(QgsProcessingOutputNumber(self.ROW_VERSION, self.tr('Its new row version')))
        self.addOutput(QgsProcessingOutputString(self.OPERATION, self.tr('How it was written (UPDATE, or INSERT '
                                                                         'for a deleted action)')))

    def _run(self, parameters, context, feedback):
        from ..qgis_side.register import RegisterError
        from ..qgis_side.register_pg import restore_action
        database = (self.parameterAsString(parameters, self.DATABASE, context) or '').strip()
        if not database or database.lower().endswith('.gpkg') or os.path.isfile(database):
            raise QgsProcessingException(self._no_history(database))
        schema = (self.parameterAsString(parameters, self.SCHEMA, context) or '').strip() or 'resilience'
        action_id = (self.parameterAsString(parameters, self.ACTION_ID, context) or '').strip()
        history_id = self.parameterAsInt(parameters, self.HISTORY_ID, context)
        expected = None
        if parameters.get(self.EXPECTED_ROW_VERSION) not in (None, ''):
            expected = self.parameterAsInt(parameters, self.EXPECTED_ROW_VERSION, context)
        try:
            restored = restore_action(database, schema, action_id, history_id, expected)
        except RegisterError as err:
            raise QgsProcessingException(str(err)) from None
        if restored.operation == 'INSERT':
            feedback.pushInfo(self.tr('The action "{0}" ({1}), deleted, is back in the register in the state of '
                                      'history entry {2}: row version {3}.').format(
                                          restored.title, restored.action_id, history_id, restored.row_version))
        else:
            feedback.pushInfo(self.tr('The action "{0}" ({1}) is back in the state of history entry {2}: row '
                                      'version {3}.').format(restored.title, restored.action_id, history_id,
                                                             restored.row_version))
        return {self.ACTION_ID: restored.action_id, self.ROW_VERSION: restored.row_version,
                self.OPERATION: restored.operation}

    def _no_history(self, database):
        if database:
            return self.tr(
                '"{0}" is a GeoPackage register, which keeps no history of its own edits: there is no earlier state '
                'to restore. Only a register in a PostgreSQL database records every change (Copy planned-action '
                'register copies a GeoPackage into one). Give DATABASE: the name of a QGIS PostgreSQL connection, or '
                'a connection string such as service=office.').format(database)
        return self.tr(
            'Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office, '
            'of the register whose action to restore. A GeoPackage register keeps no history of its own edits, so '
            'only a register in a database can be restored from.')
