"""Opening and saving the planned-action register from QGIS without ever losing an edit.

QGIS's edit buffer holds what the planner typed (with undo and redo). Saving validates every
new or changed action first; then the buffer's changes are written to the GeoPackage in one
SQLite transaction through GDAL, so the file holds either the old or the new state even if
QGIS is killed half-way. Only after that transaction commits is the buffer cleared. When the
file is locked or a value is refused, the transaction is rolled back and the buffer, with
every edit, stays as it was.
"""
import getpass
import logging
import os

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import assets
from .compat import FieldType, save_default_style
from .translation import QT_TRANSLATE_NOOP, Context

#: The context of the register's messages, shared with register_editor.py (see translation.py).
Register = Context('Register')

#: The register's field labels, marked for translation: core.actions.SPECS holds them in English (the engine
#: has no Qt); tests/test_marking.py holds both to the same words.
FIELD_LABELS = {
    'action_id': QT_TRANSLATE_NOOP('Register', 'Action id'),
    'title': QT_TRANSLATE_NOOP('Register', 'Title'),
    'description': QT_TRANSLATE_NOOP('Register', 'Description'),
    'action_type': QT_TRANSLATE_NOOP('Register', 'Type'),
    'hazards': QT_TRANSLATE_NOOP('Register', 'Hazards'),
    'settlements': QT_TRANSLATE_NOOP('Register', 'Settlements served'),
    'lead_agency': QT_TRANSLATE_NOOP('Register', 'Lead agency'),
    'partners': QT_TRANSLATE_NOOP('Register', 'Partners'),
    'cost_estimate': QT_TRANSLATE_NOOP('Register', 'Cost estimate'),
    'currency': QT_TRANSLATE_NOOP('Register', 'Currency'),
    'funding_source': QT_TRANSLATE_NOOP('Register', 'Funding source'),
    'funding_status': QT_TRANSLATE_NOOP('Register', 'Funding status'),
    'start_date': QT_TRANSLATE_NOOP('Register', 'Start date'),
    'end_date': QT_TRANSLATE_NOOP('Register', 'End date'),
    'status': QT_TRANSLATE_NOOP('Register', 'Status'),
    'beneficiaries': QT_TRANSLATE_NOOP('Register', 'Beneficiaries'),
    'priority_score': QT_TRANSLATE_NOOP('Register', 'Priority score'),
    'co_benefits': QT_TRANSLATE_NOOP('Register', 'Co-benefits'),
    'notes': QT_TRANSLATE_NOOP('Register', 'Notes'),
    'created': QT_TRANSLATE_NOOP('Register', 'Created'),
    'modified': QT_TRANSLATE_NOOP('Register', 'Modified'),
    'modified_by': QT_TRANSLATE_NOOP('Register', 'Modified by'),
}


def field_label(name):
    """The label of a register field in the user's language; another field's name as it is."""
    if name in FIELD_LABELS:
        return Register.marked(FIELD_LABELS[name])
    from ..core.actions import SPECS
    return SPECS[name].label if name in SPECS else name

#: The register's own choice values (core.actions STATUSES, FUNDING_STATUSES, ACTION_TYPES, HAZARDS), marked for
#: translation: the register stores them as written here (in English, whatever the language), and the dock, the
#: QGIS form and the report show them in the user's (or the report's) language. tests/test_marking.py holds the
#: table to the schema's lists.
VALUE_WORDS = frozenset((
    QT_TRANSLATE_NOOP('Register', 'proposed'), QT_TRANSLATE_NOOP('Register', 'approved'),
    QT_TRANSLATE_NOOP('Register', 'in progress'), QT_TRANSLATE_NOOP('Register', 'done'),
    QT_TRANSLATE_NOOP('Register', 'cancelled'),
    QT_TRANSLATE_NOOP('Register', 'identified'), QT_TRANSLATE_NOOP('Register', 'proposal'),
    QT_TRANSLATE_NOOP('Register', 'committed'), QT_TRANSLATE_NOOP('Register', 'disbursed'),
    QT_TRANSLATE_NOOP('Register', 'structural'), QT_TRANSLATE_NOOP('Register', 'nature-based'),
    QT_TRANSLATE_NOOP('Register', 'early warning'), QT_TRANSLATE_NOOP('Register', 'services'),
    QT_TRANSLATE_NOOP('Register', 'energy'), QT_TRANSLATE_NOOP('Register', 'housing and tenure'),
    QT_TRANSLATE_NOOP('Register', 'policy'), QT_TRANSLATE_NOOP('Register', 'capacity'),
    QT_TRANSLATE_NOOP('Register', 'flood'), QT_TRANSLATE_NOOP('Register', 'landslide'),
    QT_TRANSLATE_NOOP('Register', 'heat'), QT_TRANSLATE_NOOP('Register', 'drought'),
    QT_TRANSLATE_NOOP('Register', 'storm'), QT_TRANSLATE_NOOP('Register', 'sea level rise'),
    QT_TRANSLATE_NOOP('Register', 'fire'), QT_TRANSLATE_NOOP('Register', 'earthquake'),
    QT_TRANSLATE_NOOP('Register', 'other'),
))


def value_label(value):
    """A register value as the user reads it: one of VALUE_WORDS (ignoring case and the spaces around it) in
    the user's language (the report's inside translation.in_language); any other value (a planner's own word,
    or one a newer tool wrote) as written; '' for no value."""
    if value is None or (hasattr(value, 'isNull') and value.isNull()):
        return ''
    text = str(value)
    key = text.strip().lower()
    return Register.marked(key) if key in VALUE_WORDS else text


def values_label(value):
    """A list of register values ('flood, heat', the hazards) as the user reads it, each as value_label."""
    from ..core.actions import split_list
    return ', '.join(value_label(v) for v in split_list(value))


def value_matches(value, text):
    """Whether a search ``text`` (already lower case) is in a register value as stored or as the user reads it."""
    if value is None or text == '':
        return text == ''
    return text in str(value).lower() or text in values_label(value).lower()


logger = logging.getLogger(__name__)

_KINDS = {'text': FieldType.String, 'real': FieldType.Double, 'date': FieldType.Date, 'datetime': FieldType.DateTime}


class RegisterError(Exception):
    """Saving failed; the message says why and what to do. The edits are still in the buffer. ``summary``:
    the message without the list of actions to fix, when it has one (else None)."""

    summary = None


def open_register(path):
    """The register layer of a GeoPackage, read-only when a newer plugin wrote it.

    Returns (layer, reason) where reason explains a read-only opening (else None).
    """
    from ..core.actions import TABLE, read_only_reason
    layer = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), Register.tr('Planned actions'), 'ogr')
    if not layer.isValid():
        raise RegisterError(Register.tr('"{0}" has no planned-action register (table {1}). Create one with "Create '
                            'planned-action register".').format(path, TABLE))
    reason = read_only_reason(path)
    # A register whose saved form was removed, or (unless a newer plugin wrote it) has older rules.
    if layer.editorWidgetSetup(layer.fields().lookupField('status')).type() != 'ValueMap' or \
            (not reason and _outdated_constraints(layer)):
        configure_register_layer(layer)
    set_value_maps(layer)             # in the language of this session, whatever the file's saved form holds
    if reason:
        layer.setReadOnly(True)
    else:
        _add_checks(path)
    return layer, reason


def _outdated_constraints(layer):
    """Whether the layer's constraint expressions (from the style saved in the file) are not the rules' of today."""
    from ..core.actions import qgis_constraints
    fields = layer.fields()
    return any(fields.lookupField(name) >= 0 and layer.constraintExpression(fields.lookupField(name)) != expression
               for name, (expression, _) in qgis_constraints().items())


def _add_checks(path):
    """Give a register made before the file checked its own rows the check triggers.

    Only triggers are added (no row changes). A file that cannot take them now (read-only,
    locked) opens as it is: the dock's Save still validates every action.
    """
    import sqlite3

    from ..core.actions import SCHEMA_VERSION, add_checks, schema_version
    if schema_version(path) != SCHEMA_VERSION or not os.access(path, os.W_OK):
        return
    try:
        added = add_checks(path)
    except sqlite3.Error as err:
        logger.info('Could not add the check triggers to %s: %s', path, err)
        return
    if added:
        logger.info('Added %d check triggers to the register %s', added, path)


def record_of(feature):
    """A feature's attributes as the dict the core validates."""
    out = {}
    for field, value in zip(feature.fields(), feature.attributes()):
        if value is None or (hasattr(value, 'isNull') and value.isNull()):
            value = None
        elif hasattr(value, 'toPyDateTime'):
            value = value.toPyDateTime()
        elif hasattr(value, 'toPyDate'):
            value = value.toPyDate()
        out[field.name()] = value
    return out


def area_overlaps(action_features, action_crs, settlement_features, settlement_crs, transform_context):
    """Per action, the indexes of the settlements its target area overlaps (touching edges do not count)."""
    from qgis.core import QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsSpatialIndex
    transform = QgsCoordinateTransform(action_crs, settlement_crs, transform_context)
    index = QgsSpatialIndex()
    geometries = {}
    for number, feature in enumerate(settlement_features):
        if feature.hasGeometry():
            geometries[number] = feature.geometry()
            item = QgsFeature(number)
            item.setGeometry(feature.geometry())
            index.addFeature(item)
    overlaps = []
    for feature in action_features:
        found = set()
        if feature.hasGeometry():
            area = QgsGeometry(feature.geometry())
            area.transform(transform)
            for candidate in index.intersects(area.boundingBox()):
                other = geometries[candidate]
                if area.intersects(other) and not area.touches(other):
                    found.add(candidate)
        overlaps.append(found)
    return overlaps


def coverage_of(action_features, action_crs, settlements, settlement_crs, key_field, transform_context,
                priority_field='priority_mean', class_field='priority_class', population_field='grid_population',
                beneficiaries=None, read=None):
    """Planned actions set against settlement features (ideally a priority ranking).

    Fields the settlements lack (or given as None) are left out. ``read(name, values)`` reads a field's
    values as floats (NaN where missing); by default each value is taken as a float on its own, as the
    ranking's own number fields are. Returns the core's CoverageResult and the actions' records.
    """
    from ..core.actions import action_coverage
    from .layers import as_float
    records = [record_of(f) for f in action_features]

    def column(name):
        if not name or not settlements or settlements[0].fields().lookupField(name) < 0:
            return None
        values = [f[name] for f in settlements]
        return [as_float(v) for v in values] if read is None else list(read(name, values))
    keys = [f[key_field] if key_field else f.id() for f in settlements]
    overlaps = area_overlaps(action_features, action_crs, settlements, settlement_crs, transform_context)
    result = action_coverage(records, keys, overlaps, column(priority_field), column(class_field),
                             column(population_field), beneficiaries)
    return result, records


def pending_problems(layer):
    """{feature id: [Problem, ...]} for every new or changed action in the edit buffer."""
    from ..core.actions import validate
    buffer = layer.editBuffer()
    if buffer is None:
        return {}
    ids = set(buffer.addedFeatures()) | set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())
    ids -= set(buffer.deletedFeatureIds())
    problems = {}
    if not ids:
        return problems
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(list(ids))):
        found = validate(record_of(feature))
        if found:
            problems[feature.id()] = found
    return problems


def refuse_invalid(layer):
    """Raise RegisterError (with ``summary``) when a new or changed action in the buffer breaks a rule."""
    problems = pending_problems(layer)
    if problems:
        lines = []
        for fid, found in problems.items():
            title = layer.getFeature(fid)['title'] or Register.tr('new action')
            lines.append('"{0}": {1}'.format(title, ' '.join(str(p) for p in found)))
        summary = Register.tr('Not saved: {0} action(s) need fixing first.').format(len(problems))
        error = RegisterError('{0} {1}'.format(summary, ' | '.join(lines)))
        error.summary = summary          # the sentence without the list (the dock marks the actions instead)
        raise error


def save_register(layer, user=None, keep_editing=True):
    """Validate and write the edit buffer in one transaction.

    Returns the number of actions written (added, changed or deleted). Raises
    RegisterError with the reasons, leaving the buffer untouched, when a value is invalid,
    the file is locked or cannot be written. A PostGIS register is saved by
    ``register_pg.save_pg_register`` (one transaction, row versions, SaveConflict).
    """
    from osgeo import gdal, ogr
    from qgis.core import QgsFeature

    from ..core.actions import TABLE, normalised, stamp
    buffer = layer.editBuffer()
    if buffer is None or not layer.isEditable():
        return 0
    if layer.providerType() == 'postgres':
        # The shared register: its own save path (one transaction, row versions), in register_pg.py.
        from .register_pg import save_pg_register
        return save_pg_register(layer, user, keep_editing)
    refuse_invalid(layer)
    user = user or _user()
    added = dict(buffer.addedFeatures())
    deleted = set(buffer.deletedFeatureIds())
    changed = (set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())) - deleted - set(added)
    if not (added or deleted or changed):
        return 0
    current = {f.id(): f for f in layer.getFeatures(QgsFeatureRequest().setFilterFids(list(changed | set(added))))}
    for fid in changed - set(current):
        # The row was deleted in the file by another editor since this session started:
        # this later save wins and brings it back, from the session's snapshot and the edits.
        base = _SNAPSHOTS.get(layer.id(), {}).get(fid)
        if base is None:
            raise RegisterError(Register.tr(
                'Not saved: an action you changed was deleted by someone else meanwhile, and its other values are '
                'not known here. Your edits are kept; copy them, reload the register and enter them again.'))
        feature = QgsFeature(base)
        for index, value in buffer.changedAttributeValues().get(fid, {}).items():
            feature.setAttribute(index, value)
        if fid in buffer.changedGeometries():
            feature.setGeometry(buffer.changedGeometries()[fid])
        current[fid] = feature
    path = layer.dataProvider().dataSourceUri().split('|')[0]
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        # GDAL leaves an empty file behind when it tries to reopen a register that was moved
        # or deleted: it holds nothing, and would only make the next attempt fail obscurely.
        os.remove(path)
    if not os.path.isfile(path):
        raise RegisterError(Register.tr(
            'Not saved: the register file {0} is no longer there (moved or deleted). Your edits are kept in QGIS: '
            'put the file back, or copy the layer to a new file (right-click > Export > Save Features As…).').format(
                path))
    # GDAL reports errors by return codes, or raises RuntimeError where the process has switched
    # it to exceptions (QGIS 3.40's Processing does, for the whole process): both are handled, and
    # QGIS's global setting is left alone.
    gdal.ErrorReset()
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as err:
        dataset, reason = None, str(err)
    if dataset is None:
        logger.info('GDAL could not open %s for update: %s', path, reason)
        raise RegisterError(_unreadable_message(path, reason))
    try:
        target = dataset.GetLayerByName(TABLE)
        if target is None:
            raise RegisterError(_unreadable_message(path, Register.tr('it has no table {0}').format(TABLE)))
        definition = target.GetLayerDefn()
        stored = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
        unsaved = [f.name() for f in layer.fields() if f.name() != 'fid' and f.name() not in stored]
        if unsaved:
            raise RegisterError(Register.tr(
                'Not saved: the column(s) {0} were added in QGIS but are not in the file, and this save cannot add '
                'columns. Your edits are kept: remove the new column(s) and save, or add them to the file first '
                '(Layer Properties > Fields, then Save).').format(', '.join(unsaved)))
        try:
            started = dataset.StartTransaction() == 0
            reason = gdal.GetLastErrorMsg()
        except RuntimeError as err:
            started, reason = False, str(err)
        if not started:
            logger.info('GDAL could not start a transaction on %s: %s', path, reason)
            raise RegisterError(_locked_message(path) if _is_lock(reason) else _unwritable_message(path, reason))
        try:
            for fid in deleted:
                if fid >= 0 and target.GetFeature(fid) is not None:
                    _check(target.DeleteFeature(fid), Register.tr('delete an action'))
            for fid in sorted(changed):
                record = stamp(normalised(record_of(current[fid])), user)
                row = target.GetFeature(fid)
                if row is None:
                    row = ogr.Feature(target.GetLayerDefn())
                    row.SetFID(fid)
                    _fill(row, record, current[fid])
                    _check(target.CreateFeature(row), Register.tr('restore an action'))
                else:
                    _fill(row, record, current[fid])
                    _check(target.SetFeature(row), Register.tr('update an action'))
            # New features have ids -1, -2, ... in the order they were added.
            for fid in sorted(added, key=abs):
                feature = current.get(fid, added[fid])
                record = stamp(normalised(record_of(feature)), user, new=True)
                row = ogr.Feature(target.GetLayerDefn())
                _fill(row, record, feature)
                _check(target.CreateFeature(row), Register.tr('add an action'))
            _check(dataset.CommitTransaction(), Register.tr('commit'))
        except (RuntimeError, _WriteError) as err:
            _roll_back(dataset)
            text = str(err)
            logger.info('Saving the register %s failed: %s', path, text)
            if _is_lock(text):
                raise RegisterError(_locked_message(path)) from None
            raise RegisterError(_unwritable_message(path, text)) from None
    finally:
        dataset = None
    count = len(added) + len(changed) + len(deleted)
    layer.rollBack()                  # the buffer is now in the file
    layer.dataProvider().reloadData()
    layer.reload()
    if keep_editing:
        begin_editing(layer)
    return count


#: Per layer id, the features as they were when editing began (see begin_editing).
_SNAPSHOTS = {}


def begin_editing(layer):
    """Start editing and remember the features as they are, so that a row another editor deletes
    meanwhile can still be saved whole."""
    from qgis.core import QgsFeature
    layer_id = layer.id()
    if layer_id not in _SNAPSHOTS:
        layer.willBeDeleted.connect(lambda: _SNAPSHOTS.pop(layer_id, None))
    _SNAPSHOTS[layer_id] = {f.id(): QgsFeature(f) for f in layer.getFeatures()}
    layer.startEditing()
    return layer.isEditable()


class _WriteError(Exception):
    pass


def _check(code, what):
    if code != 0:
        from osgeo import gdal
        raise _WriteError(Register.tr('could not {0}: {1}').format(
            what, gdal.GetLastErrorMsg() or Register.tr('OGR error {0}').format(code)))


def _fill(row, record, feature):
    """Set an OGR feature's fields (every column of the file, the register's and any others) and
    geometry from a record and the QGIS feature."""
    from osgeo import ogr
    definition = row.GetDefnRef()
    for index in range(definition.GetFieldCount()):
        name = definition.GetFieldDefn(index).GetName()
        value = record.get(name)
        if value is None:
            row.SetFieldNull(name)
        elif hasattr(value, 'isoformat'):
            row.SetField(name, value.isoformat(sep=' ') if hasattr(value, 'hour') else value.isoformat())
        else:
            row.SetField(name, value)
    geometry = feature.geometry()
    if geometry is None or geometry.isNull():
        row.SetGeometry(None)
    else:
        row.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))


def _first_line(text):
    """GDAL's own reason without the chain of SQLite statements that may follow it."""
    return (text or Register.tr('unknown error')).strip().splitlines()[0].rstrip('.')


def _is_lock(text):
    return any(word in (text or '').lower() for word in ('locked', 'busy'))


def _roll_back(dataset):
    try:
        dataset.RollbackTransaction()
    except RuntimeError:          # nothing was written: the transaction ends with the dataset
        pass


def _locked_message(path):
    return Register.tr('Not saved: "{0}" is locked by another program. Your edits are kept: close the other program '
                       '(or wait until it has finished writing) and save again.').format(path)


def _unreadable_message(path, reason):
    return Register.tr(
        'Not saved: "{0}" cannot be opened as an action register ({1}). Your edits are kept: check that the file is '
        'the register GeoPackage, or copy the layer to a new file (right-click > Export > Save Features As…).').format(
            path, _first_line(reason))


def _unwritable_message(path, reason):
    return Register.tr('Not saved: writing "{0}" failed ({1}). Your edits are kept; nothing in the file '
                       'changed.').format(path, _first_line(reason))


def _user():
    try:
        return getpass.getuser()
    except Exception:  # no user name on some systems
        return 'unknown'


def register_fields():
    """The register's QgsFields, in the schema's order."""
    from ..core.actions import FIELDS
    fields = QgsFields()
    for spec in FIELDS:
        fields.append(QgsField(spec.name, _KINDS[spec.kind]))
    return fields


def configure_register_layer(layer):
    """Value lists, constraints, defaults and aliases on a register layer (in memory; save the
    style to keep them)."""
    from ..core.actions import FIELDS, qgis_constraints
    fields = layer.fields()
    # The rules' QGIS side, made by the same declaration as validate() and the file's triggers.
    for name, (expression, description) in qgis_constraints().items():
        if fields.lookupField(name) >= 0:
            layer.setConstraintExpression(fields.lookupField(name), expression, description)
    for spec in FIELDS:
        index = fields.lookupField(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, field_label(spec.name))
        if spec.required:                 # also in the constraint expression; this marks the form's field
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        if spec.kind in ('date', 'datetime'):
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup('DateTime', {
                'display_format': 'yyyy-MM-dd' if spec.kind == 'date' else 'yyyy-MM-dd HH:mm',
                'field_format': 'yyyy-MM-dd' if spec.kind == 'date' else 'yyyy-MM-dd HH:mm:ss',
                'calendar_popup': True, 'allow_null': True}))
        if spec.computed:
            layer.setEditFormConfig(_read_only(layer, index))
    set_value_maps(layer)
    index = fields.lookupField
    layer.setDefaultValueDefinition(index('action_id'), QgsDefaultValue("uuid('WithoutBraces')"))
    layer.setDefaultValueDefinition(index('status'), QgsDefaultValue("'proposed'"))
    layer.setDefaultValueDefinition(index('created'), QgsDefaultValue('now()'))
    layer.setDefaultValueDefinition(index('modified'), QgsDefaultValue('now()', True))
    layer.setDefaultValueDefinition(index('modified_by'), QgsDefaultValue(
        "coalesce(@user_full_name, @user_account_name, 'unknown')", True))
    layer.setFieldConstraint(index('action_id'), QgsFieldConstraints.Constraint.ConstraintUnique,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def set_value_maps(layer, translated=True):
    """The QGIS form's value list of each single-choice field (type, funding status, status): QGIS's ValueMap
    maps a description to a value, so the form shows each value in the user's language (``translated``) and
    stores the register's own (English) value."""
    from ..core.actions import FIELDS
    fields = layer.fields()
    for spec in FIELDS:
        index = fields.lookupField(spec.name)
        if index >= 0 and spec.values and not spec.multiple:
            choices = [{value_label(v) if translated else v: v} for v in spec.values]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup('ValueMap', {'map': choices}))


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
                Register.tr('"{0}" already holds an action register (table {1}). Open it in the Planned actions '
                            'dock, or choose a new file: an existing register is never overwritten.').format(
                                path, TABLE))
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
        raise QgsProcessingException(Register.tr('Cannot create the register "{0}": {1}').format(path, message))
    del writer                                   # closes the file
    write_metadata(path, assets.metadata('version'))
    add_checks(path)          # the file refuses invalid actions even from QGIS's own Save edits
    layer = QgsVectorLayer('{0}|layername={1}'.format(path, TABLE), TABLE, 'ogr')
    if not layer.isValid():
        raise QgsProcessingException(Register.tr('The register "{0}" was written but cannot be opened.').format(path))
    configure_register_layer(layer)
    from .styles import register_renderer
    layer.setRenderer(register_renderer())       # saved with the form, so the file opens styled anywhere
    set_value_maps(layer, translated=False)      # the file's own form names the values as stored, in any language
    message = save_default_style(layer, 'Resilience Planner register', Register.tr(
        'Value lists, constraints and defaults of the planned-action register'))
    if message:
        logger.warning('Could not save the register form into %s: %s', path, message)
    return path
