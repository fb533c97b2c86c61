"""Processing algorithm resilienceplanner:createactionregister, and the register's layer set-up.

The register is a GeoPackage table whose QGIS form (value lists, constraints, defaults) is
saved in the GeoPackage as the layer's default style, so QGIS's own attribute form and table
enforce the same rules as the editor dock wherever the file is opened.
"""
import logging
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import assets
from ..compat import FieldType, save_default_style
from .base import ResiliencePlannerAlgorithm

logger = logging.getLogger(__name__)

_KINDS = {'text': FieldType.String, 'real': FieldType.Double, 'date': FieldType.Date, 'datetime': FieldType.DateTime}


def register_fields():
    """The register's QgsFields, in the schema's order."""
    from ..core.actions import FIELDS
    fields = QgsFields()
    for spec in FIELDS:
        fields.append(QgsField(spec.name, _KINDS[spec.kind]))
    return fields


def _quoted(values):
    return ', '.join("'{0}'".format(v.replace("'", "''")) for v in values)


def configure_register_layer(layer):
    """Value lists, constraints, defaults and aliases on a register layer (in memory; save the
    style to keep them)."""
    from ..core.actions import FIELDS
    fields = layer.fields()
    for spec in FIELDS:
        index = fields.lookupField(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, spec.label)
        if spec.values and not spec.multiple:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup('ValueMap', {'map': [{v: v} for v in spec.values]}))
            layer.setConstraintExpression(
                index, '"{0}" IS NULL OR "{0}" IN ({1})'.format(spec.name, _quoted(spec.values)),
                'One of: {0}'.format(', '.join(spec.values)))
        elif spec.values and spec.multiple:
            layer.setConstraintExpression(
                index, '"{0}" IS NULL OR array_all(array({1}), array_foreach(string_to_array("{0}", \',\'), '
                       'lower(trim(@element))))'.format(spec.name, _quoted(spec.values)),
                'Comma-separated, each one of: {0}'.format(', '.join(spec.values)))
        if spec.required and not spec.computed:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        if spec.kind in ('date', 'datetime'):
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup('DateTime', {
                'display_format': 'yyyy-MM-dd' if spec.kind == 'date' else 'yyyy-MM-dd HH:mm',
                'field_format': 'yyyy-MM-dd' if spec.kind == 'date' else 'yyyy-MM-dd HH:mm:ss',
                'calendar_popup': True, 'allow_null': True}))
        if spec.computed:
            layer.setEditFormConfig(_read_only(layer, index))
    index = fields.lookupField
    layer.setConstraintExpression(index('cost_estimate'), '"cost_estimate" IS NULL OR "cost_estimate" >= 0',
                                  'The cost cannot be negative')
    layer.setConstraintExpression(index('currency'),
                                  '("currency" IS NULL AND "cost_estimate" IS NULL) OR '
                                  'regexp_match("currency", \'^[A-Za-z]{3}$\')',
                                  'A three-letter ISO 4217 code (USD, KES, ...), required with a cost')
    layer.setConstraintExpression(index('end_date'),
                                  '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"',
                                  'The end date cannot be before the start date')
    layer.setDefaultValueDefinition(index('action_id'), QgsDefaultValue("uuid('WithoutBraces')"))
    layer.setDefaultValueDefinition(index('status'), QgsDefaultValue("'proposed'"))
    layer.setDefaultValueDefinition(index('created'), QgsDefaultValue('now()'))
    layer.setDefaultValueDefinition(index('modified'), QgsDefaultValue('now()', True))
    layer.setDefaultValueDefinition(index('modified_by'), QgsDefaultValue(
        "coalesce(@user_full_name, @user_account_name, 'unknown')", True))
    layer.setFieldConstraint(index('action_id'), QgsFieldConstraints.Constraint.ConstraintUnique,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def _read_only(layer, index):
    config = layer.editFormConfig()
    config.setReadOnly(index, True)
    return config


def create_register(path, crs, context=None):
    """Write an empty register (table, form, metadata) into ``path``; refuse to touch an existing one."""
    from ..core.actions import TABLE, add_checks, write_metadata
    if os.path.exists(path):
        existing = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), TABLE, 'ogr')
        if existing.isValid():
            raise QgsProcessingException(
                '"{0}" already holds an action register (table {1}). Open it in the Planned actions dock, or '
                'choose a new file: an existing register is never overwritten.'.format(path, TABLE))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = 'GPKG'
    options.layerName = TABLE
    options.fileEncoding = 'UTF-8'
    if os.path.exists(path):
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    from qgis.core import QgsCoordinateTransformContext
    writer = QgsVectorFileWriter.create(path, register_fields(), QgsWkbTypes.MultiPolygon, crs,
                                        context or QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        message = writer.errorMessage()
        del writer
        raise QgsProcessingException('Cannot create the register "{0}": {1}'.format(path, message))
    del writer                                   # closes the file
    write_metadata(path, assets.metadata('version'))
    add_checks(path)          # the file refuses invalid actions even from QGIS's own Save edits
    layer = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), TABLE, 'ogr')
    if not layer.isValid():
        raise QgsProcessingException('The register "{0}" was written but cannot be opened.'.format(path))
    configure_register_layer(layer)
    message = save_default_style(layer, 'Resilience Planner register', 'Value lists, constraints and defaults of '
                                 'the planned-action register')
    if message:
        logger.warning('Could not save the register form into %s: %s', path, message)
    return path


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

    def shortHelpString(self):
        from ..core.actions import ACTION_TYPES, FUNDING_STATUSES, SCHEMA_VERSION, STATUSES
        return self.tr(
            '<p>Creates an empty register of planned actions: a GeoPackage table <i>planned_actions</i> '
            '(multipolygon target areas) with a metadata table recording the schema version ({0}).</p>'
            '<p>Fields: action_id (UUID), title (required), description, action_type ({1}), hazards '
            '(several, comma-separated), settlements (keys of the settlements served), lead_agency, partners, '
            'cost_estimate (≥ 0), currency (ISO code), funding_source, funding_status ({2}), start_date, '
            'end_date (not before the start), status ({3}), beneficiaries and priority_score (computed by '
            '<i>Action coverage and gaps</i>), co_benefits, notes, created, modified, modified_by.</p>'
            '<p>The value lists, constraints and defaults are saved in the GeoPackage as the layer\'s '
            'default style, so QGIS\'s own attribute form and table enforce them wherever the file is '
            'opened. An existing register is never overwritten.</p>').format(
            SCHEMA_VERSION, ', '.join(ACTION_TYPES), ', '.join(FUNDING_STATUSES), ', '.join(STATUSES))

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr('Register (GeoPackage)'), self.tr('GeoPackage (*.gpkg)')))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr('CRS of the target areas (empty: WGS 84)'), defaultValue='EPSG:4326', optional=True))
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
