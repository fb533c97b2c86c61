"""Processing algorithms resilienceplanner:exportactionplan and resilienceplanner:importactions."""
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorFileWriter,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)

from ..qgis_side.translation import engine_message
from .base import ResiliencePlannerAlgorithm, typed_source


class ExportActionPlanAlgorithm(ResiliencePlannerAlgorithm):
    """The action plan as a table: CSV or Excel."""

    INPUT = 'INPUT'
    COLUMNS = 'COLUMNS'
    OUTPUT = 'OUTPUT'
    EXPORTED = 'EXPORTED'

    def name(self):
        return 'exportactionplan'

    def parameter_help(self):
        return {self.COLUMNS: self.tr('The register\'s own fields, or the columns of CDP-ICLEI Track\'s adaptation '
                                      'actions with the hazards and action types mapped to its categories (see the '
                                      'help for the mapping and what has no equivalent).')}

    def displayName(self):
        return self.tr('Export action plan (CSV or Excel)')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr('Planned actions'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.COLUMNS, self.tr('Columns'), [self.tr('The register\'s fields'),
                                               self.tr('CDP-ICLEI Track adaptation actions')], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr('Action plan'), self.tr('CSV (*.csv);;Excel (*.xlsx)')))
        self.addOutput(QgsProcessingOutputNumber(self.EXPORTED, self.tr('Actions exported')))

    def _run(self, parameters, context, feedback):
        from ..core.actions import FIELD_NAMES, write_csv
        from ..qgis_side.register import record_of
        source = typed_source(self, parameters, self.INPUT, context, QgsWkbTypes.PolygonGeometry)
        missing = [n for n in ('title', 'status') if n not in source.fields().names()]
        if missing:
            raise QgsProcessingException(self.tr('Layer "{0}" is not a planned-action register (no {1} field).')
                                         .format(source.sourceName(), ', '.join(missing)))
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        extension = os.path.splitext(path)[1].lower()
        if extension not in ('.csv', '.xlsx'):
            raise QgsProcessingException(self.tr('Export to .csv or .xlsx; "{0}" is neither.').format(path))
        features = list(source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)))
        if self.parameterAsEnum(parameters, self.COLUMNS, context) == 1:
            count = self._cdp(path, extension, [record_of(f) for f in features], source, context)
            feedback.pushInfo(self.tr('{0} action(s) written to {1} in the columns of CDP-ICLEI Track\'s adaptation '
                                      'actions.').format(count, path))
            return {self.OUTPUT: path, self.EXPORTED: count}
        columns = [n for n in FIELD_NAMES if n in source.fields().names()]
        if extension == '.csv':
            count = write_csv(path, [record_of(f) for f in features], columns)
        else:
            count = self._xlsx(path, source, features, columns, context)
        feedback.pushInfo(self.tr('{0} action(s) written to {1}').format(count, path))
        return {self.OUTPUT: path, self.EXPORTED: count}

    def _cdp(self, path, extension, records, source, context):
        """The CDP-ICLEI Track columns (core.actions.cdp), as CSV or as an Excel sheet."""
        from qgis.core import QgsFeature, QgsField

        from ..core.actions import cdp
        from ..qgis_side.compat import FieldType
        if extension == '.csv':
            return cdp.write_csv(path, records)
        fields = QgsFields()
        for name in cdp.HEADER:
            kind = FieldType.Double if name == cdp.COST_COLUMN else (
                FieldType.Int if name == cdp.PEOPLE_COLUMN else FieldType.String)
            fields.append(QgsField(name, kind))
        writer = self._writer(path, fields, source, context, 'adaptation actions')
        for values in cdp.rows(records):
            row = QgsFeature(fields)
            row.setAttributes([None if value == '' and fields.at(i).type() != FieldType.String else value
                               for i, value in enumerate(values)])
            writer.addFeature(row)
        del writer
        return len(records)

    def _writer(self, path, fields, source, context, layer_name):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = 'XLSX'
        options.layerName = layer_name
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.NoGeometry, source.sourceCrs(),
                                            context.transformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise QgsProcessingException(self.tr('Cannot write {0}: {1}').format(path, writer.errorMessage()))
        return writer

    def _xlsx(self, path, source, features, columns, context):
        fields = QgsFields()
        for name in columns:
            fields.append(source.fields().field(name))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = 'XLSX'
        options.layerName = 'action plan'
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.NoGeometry, source.sourceCrs(),
                                            context.transformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise QgsProcessingException(self.tr('Cannot write {0}: {1}').format(path, writer.errorMessage()))
        from qgis.core import QgsFeature
        for feature in features:
            row = QgsFeature(fields)
            row.setAttributes([feature[name] for name in columns])
            writer.addFeature(row)
        del writer
        return len(features)


class ImportActionsAlgorithm(ResiliencePlannerAlgorithm):
    """Actions from a CSV file into a register, with a report on every row."""

    INPUT = 'INPUT'
    REGISTER = 'REGISTER'
    DATABASE = 'DATABASE'
    SCHEMA = 'SCHEMA'
    SETTLEMENTS = 'SETTLEMENTS'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    REPORT = 'REPORT'
    DECIMAL = 'DECIMAL'
    IMPORTED = 'IMPORTED'
    REJECTED = 'REJECTED'

    def name(self):
        return 'importactions'

    def displayName(self):
        return self.tr('Import actions from CSV')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def parameter_help(self):
        return {
            self.DATABASE: self.tr('A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS '
                                   'PostgreSQL connection, or a connection string such as service=office. The '
                                   'database checks every row itself.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr('CSV file'), extension='csv'))
        self.addParameter(QgsProcessingParameterFile(self.REGISTER, self.tr('Register (GeoPackage)'),
                                                     extension='gpkg', optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr('Or a database (PostgreSQL)'), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, self.tr('Database schema'), defaultValue='resilience', optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, self.tr('Settlements (for target areas)'), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field'), parentLayerParameterName=self.SETTLEMENTS,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECIMAL, self.tr('Decimal mark of numbers'),
            [self.tr('Automatic, decided per column'), self.tr('Point (1,234.5)'), self.tr('Comma (1.234,5)')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr('Import report'), self.tr('Text (*.txt)')))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr('Rows imported')))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr('Rows rejected')))

    def _register(self, parameters, context):
        """(where the register is, for messages; None or (layer, read-only reason) of a database register)."""
        from ..qgis_side.register import RegisterError
        database = (self.parameterAsString(parameters, self.DATABASE, context) or '').strip()
        path = self.parameterAsFile(parameters, self.REGISTER, context) if parameters.get(self.REGISTER) else ''
        if database and path:
            raise QgsProcessingException(self.tr('Give either the register\'s GeoPackage or a database, not both.'))
        if not database:
            if not path:
                raise QgsProcessingException(self.tr('Give the register: its GeoPackage file, or a database.'))
            return path, None
        from ..qgis_side.register_pg import describe_register, open_pg_register
        schema = (self.parameterAsString(parameters, self.SCHEMA, context) or '').strip() or 'resilience'
        try:
            return describe_register(database, schema), open_pg_register(database, schema)
        except RegisterError as err:
            raise QgsProcessingException(str(err)) from None

    def _run(self, parameters, context, feedback):
        from ..core.actions import read_csv, split_list
        from ..core.numbers import DECIMALS
        from ..core.profiles import normalise_key
        from ..qgis_side.register import RegisterError, begin_editing, open_register, save_register
        report = read_csv(self.parameterAsFile(parameters, self.INPUT, context),
                          DECIMALS[self.parameterAsEnum(parameters, self.DECIMAL, context)])
        register_path, layer = self._register(parameters, context)
        try:
            if layer is None:
                layer, reason = open_register(register_path)
            else:
                layer, reason = layer
        except RegisterError as err:
            raise QgsProcessingException(str(err)) from None
        if reason:
            raise QgsProcessingException(reason)
        areas = {}
        settlements = typed_source(self, parameters, self.SETTLEMENTS, context, QgsWkbTypes.PolygonGeometry,
                                   optional=True, repairs=True)
        if settlements is not None:
            key = self.parameterAsString(parameters, self.SETTLEMENT_KEY, context)
            if not key:
                raise QgsProcessingException(self.tr('Choose the settlement key field that the CSV\'s settlements '
                                                     'column uses.'))
            transform = QgsCoordinateTransform(settlements.sourceCrs(), layer.crs(), context.transformContext())
            for feature in settlements.getFeatures():
                if feature.hasGeometry():
                    geometry = QgsGeometry(feature.geometry())
                    geometry.transform(transform)
                    areas[normalise_key(feature[key])] = geometry
        from ..core.actions import Problem
        existing = {str(f['action_id']) for f in layer.getFeatures() if f['action_id']}
        accepted = []
        for number, record in enumerate(report.accepted):
            if record.get('action_id') and str(record['action_id']) in existing:
                report.rejected.append((report.rows[number], record, [Problem(
                    'action_id', self.tr('is already in the register: importing it again would duplicate the '
                                         'action. Remove the row (or its action_id, to add it as a new action).'))]))
            else:
                accepted.append(record)
        report.accepted = accepted
        report.rejected.sort(key=lambda item: item[0])
        if not begin_editing(layer):
            raise QgsProcessingException(self.tr('The register {0} cannot be written (is the file read-only, or may '
                                                 'you only read the database?).').format(register_path))
        fields = layer.fields()
        no_area = []
        for record in report.accepted:
            parts = [areas[k] for k in (normalise_key(s) for s in split_list(record.get('settlements'))) if k in areas]
            geometry = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
            if not parts:
                no_area.append(record['title'])
            elif geometry.wkbType() != QgsWkbTypes.MultiPolygon:
                geometry.convertToMultiType()
            feature = QgsVectorLayerUtils.createFeature(layer, geometry, {
                fields.lookupField(name): value for name, value in record.items() if fields.lookupField(name) >= 0})
            layer.addFeature(feature)
        try:
            save_register(layer, keep_editing=False)
        except RegisterError as err:
            layer.rollBack()
            raise QgsProcessingException(str(err)) from None
        if no_area and settlements is not None:
            report.notes.append(self.tr('{0} imported action(s) name no settlement found in the settlements layer and '
                                        'have no target area yet.').format(len(no_area)))
        lines = report.lines()
        for line in lines:
            (feedback.pushWarning if line.startswith('Row ') else feedback.pushInfo)(engine_message(line))
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        with open(path, 'w', encoding='utf-8') as handle:
            handle.write('\n'.join(lines) + '\n')
        return {self.REPORT: path, self.IMPORTED: len(report.accepted), self.REJECTED: len(report.rejected)}
