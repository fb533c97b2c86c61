"""Edits of the planned-action register: each one a single undoable step, or nothing at all.

A :class:`RegisterEditor` wraps a register layer (see ``register.py``) as the redistricting
plugin's handler wraps its district layer: every operation runs inside one edit command
(``beginEditCommand`` … ``endEditCommand``), so QGIS's undo and redo take it back as one
step. When an operation fails part-way (a rule refuses a value, the edit buffer refuses a
change, an exception) the command is destroyed with ``destroyEditCommand``: the layer and
its undo stack are as they were, and the caller gets an :class:`EditRefused` naming the
field and the value. After each successful edit the editor emits ``changed`` (and a finer
signal naming the action); views refresh on those and keep no edit logic of their own. It
holds no widgets.

Checking, per call:

- by default (scripts, tools) an edit that gives an action a problem it did not have (a
  negative cost, an unknown status, an end before the start) is refused;
- with ``keep_invalid=True`` (the Planned actions dock) nothing typed is lost: values the
  rules refuse go into the edit buffer and come back as problems, and saving refuses them
  until they are fixed (``register.save_register``).

Either way a value its field cannot hold at all (text in a number field) is refused.
"""
import datetime
import math
from contextlib import contextmanager

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .register import (
    area_overlaps,
    begin_editing,
    coverage_of,
    field_label,
    open_register,
    record_of,
    save_register,
)
from .translation import Context, engine_message

Register = Context('Register')


class EditRefused(Exception):
    """An edit that was not made: the register layer and its undo stack are as they were.

    ``field`` and ``value`` name what was refused (None when the refusal is not about one
    value); ``reason`` is the part of the message that belongs beside that field in a form.
    """

    def __init__(self, message, field=None, value=None, reason=None):
        super().__init__(message)
        self.field = field
        self.value = value
        self.reason = reason or message


class RegisterEditor(QObject):
    """Create, apply (attributes and target area), delete and update beneficiaries of the
    actions in a register layer, each as one undoable edit command."""

    #: After every successful edit, and whenever the layer's undo stack moves for another
    #: reason (undo, redo, an edit made elsewhere in QGIS, a save).
    changed = pyqtSignal()
    #: The feature id of an action just added (negative until the register is saved).
    action_added = pyqtSignal('qint64')
    #: The feature id of an action whose attributes or target area just changed.
    action_changed = pyqtSignal('qint64')
    #: The feature id of an action just deleted.
    action_deleted = pyqtSignal('qint64')
    #: The number of actions written by a save.
    saved = pyqtSignal(int)
    #: The layer was deleted (removed from the project); the editor no longer edits anything.
    closed = pyqtSignal()

    def __init__(self, layer, read_only_reason=None, parent=None):
        super().__init__(parent)
        self.layer = layer
        self.read_only_reason = read_only_reason
        self._busy = False
        layer.undoStack().indexChanged.connect(self._stack_moved)
        layer.willBeDeleted.connect(self._layer_gone)

    @classmethod
    def open(cls, path, parent=None):
        """The editor of the register in the GeoPackage ``path``, in editing mode when it can be.

        ``read_only_reason`` says why it cannot (a newer plugin wrote it, the file cannot be
        written); raises ``register.RegisterError`` when the file holds no register.
        """
        layer, reason = open_register(path)
        if reason is None and not begin_editing(layer):
            reason = Register.tr('{0} cannot be written (the file or its folder is read-only, or another program holds '
                                 'it). It is open read-only: make it writable, or save a copy, and open it '
                                 'again.').format(path)
        return cls(layer, reason, parent)

    @classmethod
    def open_database(cls, database, schema='resilience', parent=None):
        """The editor of the shared register in ``schema`` of a PostgreSQL database (a QGIS connection name or
        a connection string), in editing mode when this login may edit it; ``read_only_reason`` says why not
        (a newer plugin wrote it, the login is only a viewer). The layer's source holds no password (see
        ``register_pg.password_free``); ``label`` names the register in messages. Raises
        ``register.RegisterError``."""
        from .register_pg import describe_register, open_pg_register, password_free
        layer, reason = open_pg_register(password_free(database), schema)
        label = describe_register(database, schema)
        if reason is None and not begin_editing(layer):
            reason = Register.tr('The register {0} cannot be changed with your login (the database lets you read it '
                                 'only). It is open read-only: ask the database owner for the editor role.').format(
                                     label)
        editor = cls(layer, reason, parent)
        editor.label = label
        return editor

    #: How messages name the register (a database's); None: by its file (``path``).
    label = None

    @property
    def path(self):
        """The GeoPackage the register layer reads; for a shared register, its schema and database as a message
        names them (never with a password)."""
        if self.layer is None:
            return None
        if self.layer.providerType() == 'postgres':
            from .register_pg import register_label
            return register_label(self.layer)
        return self.layer.dataProvider().dataSourceUri().split('|')[0]

    def is_editable(self):
        return self.layer is not None and self.layer.isEditable()

    # ------------------------------------------------------------------ reading

    def actions(self):
        """(feature, record) of every action in the layer, edits included."""
        if self.layer is None:
            return []
        return [(f, record_of(f)) for f in self.layer.getFeatures()]

    def problems(self, fid):
        """What is wrong with an action (a list of core Problems), empty when it is valid or unknown."""
        from ..core.actions import validate
        if self.layer is None:
            return []
        feature = self.layer.getFeature(fid)
        return validate(record_of(feature)) if feature.isValid() else []

    def coverage(self, settlements, key_field, transform_context=None, actions=None):
        """The core coverage of the actions (edits included; ``actions``: their features, when the
        caller has them) over the settlements layer, and the settlement features in its order."""
        if settlements is None or self.layer is None:
            return None, []
        features = list(settlements.getFeatures())
        actions = [f for f, _ in self.actions()] if actions is None else actions
        result, _ = coverage_of(actions, self.layer.crs(), features, settlements.crs(), key_field,
                                transform_context or QgsProject.instance().transformContext())
        return result, features

    def served(self, fid, settlements, key_field, transform_context=None):
        """Ids of the features in ``settlements`` the action serves: those its ``settlements`` field
        names, or, when it names none, those its target area overlaps."""
        from ..core.actions import split_list
        from ..core.profiles import normalise_key
        if self.layer is None or settlements is None:
            return []
        feature = self._feature(fid)
        wanted = {normalise_key(k) for k in split_list(feature['settlements'])}
        if not wanted and feature.hasGeometry():
            features = list(settlements.getFeatures())
            overlaps = area_overlaps([feature], self.layer.crs(), features, settlements.crs(),
                                     transform_context or QgsProject.instance().transformContext())[0]
            return [features[i].id() for i in overlaps]
        if not key_field:
            return []
        return [f.id() for f in settlements.getFeatures() if normalise_key(f[key_field]) in wanted]

    # ------------------------------------------------------------------ edits

    def create(self, geometry=None, values=None, keep_invalid=False):
        """Add an action (status "proposed" unless given) with an optional target area in the
        layer's CRS; returns its feature id (negative until saved)."""
        from ..core.actions import validate
        self._require_editable()
        values = dict(values or {})
        values.setdefault('status', 'proposed')
        attributes = self._attributes(values)
        area = self._area(geometry)
        # What a blank new action already lacks (a title, a type) is not this edit's fault.
        before = validate(record_of(QgsVectorLayerUtils.createFeature(self.layer)))
        feature = QgsVectorLayerUtils.createFeature(self.layer, area if area is not None else QgsGeometry(), attributes)
        self._refuse_brought(record_of(feature), before, keep_invalid)
        with self._command(Register.tr('New action')):
            if not self.layer.addFeature(feature):
                raise EditRefused(Register.tr('Nothing was added: QGIS refused the new action in "{0}".').format(
                    self.layer.name()))
            fid = feature.id()
            self._check(fid, before, keep_invalid)
        self.action_added.emit(fid)
        self.changed.emit()
        return fid

    def create_serving(self, settlement_features, settlement_crs, key_field=None, transform_context=None,
                       keep_invalid=False):
        """An action serving the given settlements: its target area their union, its settlements
        field their keys (from ``key_field``). Returns its feature id."""
        self._require_editable()
        transform = QgsCoordinateTransform(settlement_crs, self.layer.crs(),
                                           transform_context or QgsProject.instance().transformContext())
        chosen = list(settlement_features)
        parts = []
        for feature in chosen:
            if feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                geometry.transform(transform)
                parts.append(geometry)
        area = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
        keys = None
        if key_field:
            # The settlements field lists keys separated by commas (core.actions.split_list): a key that
            # holds a comma or a semicolon could not be read back as one key, and an empty key names nobody.
            given = [f[key_field] for f in chosen]
            unusable = [str(k) for k in given if k is not None and k == k and str(k) != 'NULL'
                        and (',' in str(k) or ';' in str(k))]
            if unusable:
                raise EditRefused(Register.tr('No action was added: the settlement key(s) {0} in "{1}" hold a comma '
                                              'or a semicolon, which separate keys in the settlements served. Choose a '
                                              'key field without them.').format(', '.join('"{0}"'.format(k)
                                                                                          for k in unusable),
                                                                                key_field), 'settlements', unusable[0])
            keys = ', '.join(str(k) for k in given if k is not None and k == k and str(k).strip()
                             and str(k) != 'NULL') or None
        return self.create(area, {'settlements': keys, 'title': None}, keep_invalid=keep_invalid)

    def apply(self, fid, values=None, geometry=None, keep_invalid=False):
        """Change an action's attributes (``{field name: value}``; text is read as the field's type)
        and, when ``geometry`` is given, its target area (in the layer's CRS; an empty geometry
        removes it), as one undoable step. Returns the action's problems after the edit.

        Values equal to the stored ones are left alone: an apply that changes nothing adds no
        undo step and emits nothing.
        """
        from ..core.actions import validate
        self._require_editable()
        feature = self._feature(fid)
        values = dict(values or {})
        before = validate(record_of(feature))
        changes = {index: value for index, value in self._attributes(values).items()
                   if not _same(feature.attribute(index), value)}
        area = self._area(geometry) if geometry is not None else None
        if not changes and geometry is None:
            return before
        fields = self.layer.fields()
        record = record_of(feature)
        record.update((fields.at(index).name(), _plain(value)) for index, value in changes.items())
        self._refuse_brought(record, before, keep_invalid)
        # A field QGIS will not let change (computed, joined) is refused before the command starts: a
        # command begun and destroyed would throw away the redo history.
        for index, value in changes.items():
            if not QgsVectorLayerUtils.fieldIsEditable(self.layer, index, feature):
                name = fields.at(index).name()
                raise self._not_editable(name, value)
        title = values['title'] if 'title' in values else feature['title']
        with self._command(Register.tr('Edit action "{0}"').format(_shown(title))):
            for index, value in changes.items():
                if not self.layer.changeAttributeValue(fid, index, value):
                    name = fields.at(index).name()
                    raise self._not_editable(name, value)
            if geometry is not None and not self.layer.changeGeometry(fid, area if area is not None else QgsGeometry()):
                raise EditRefused(Register.tr('Nothing was changed: QGIS refused the new target area of "{0}".').format(
                    _shown(title)), 'geometry')
            problems = self._check(fid, before, keep_invalid)
        self.action_changed.emit(fid)
        self.changed.emit()
        return problems

    def delete(self, fid):
        """Delete an action (undoable until the register is saved)."""
        self._require_editable()
        title = self._feature(fid)['title']
        from .register_pg import delete_refusal
        refusal = delete_refusal(self.layer)          # a shared register: only its owner deletes
        if refusal:
            raise EditRefused(Register.tr('Nothing was deleted: {0}').format(refusal))
        with self._command(Register.tr('Delete action "{0}"').format(_shown(title))):
            if not self.layer.deleteFeature(fid):
                raise EditRefused(Register.tr('Nothing was deleted: QGIS refused to delete "{0}" from "{1}".').format(
                    _shown(title), self.layer.name()))
        self.action_deleted.emit(fid)
        self.changed.emit()

    def update_beneficiaries(self, settlements, key_field, transform_context=None):
        """Set every action's beneficiaries and priority_score from the settlements it serves (their
        grid_population and priority_mean), as one undoable step; returns the number of values
        changed (0: nothing to change, no undo step)."""
        self._require_editable()
        features = list(self.layer.getFeatures())
        result, _ = self.coverage(settlements, key_field, transform_context, features)
        if result is None:
            raise EditRefused(Register.tr('Choose the settlements layer (the priority ranking) first.'))
        fields = self.layer.fields()
        changes = []
        for number, feature in enumerate(features):
            for name, value in (('beneficiaries', result.beneficiaries[number]),
                                ('priority_score', result.priority_score[number])):
                value = None if value is None or value != value else round(float(value), 3)
                if not _same(feature[name], value):
                    changes.append((feature.id(), fields.lookupField(name), value))
        if not changes:
            return 0
        with self._command(Register.tr('Update beneficiaries and priority scores')):
            for fid, index, value in changes:
                if not self.layer.changeAttributeValue(fid, index, value):
                    raise EditRefused(Register.tr('Nothing was changed: QGIS refused to set {0} of action {1} to {2} '
                                                  'in "{3}".').format(fields.at(index).name(), fid, _shown(value),
                                                                   self.layer.name()), fields.at(index).name(), value)
        self.changed.emit()
        return len(changes)

    def save(self, user=None):
        """Validate and write the edit buffer (``register.save_register``); returns the number of
        actions written. Raises RegisterError, with every edit still in the buffer, when it cannot."""
        if self.layer is None:
            return 0
        from .register_pg import SaveConflict
        self._busy = True
        try:
            count = save_register(self.layer, user)
        except SaveConflict:
            self._busy = False
            self.changed.emit()          # the others were saved: the buffer holds only the conflicting actions
            raise
        finally:
            self._busy = False
        self.saved.emit(count)
        if count:
            self.changed.emit()
        return count

    def reload_action(self, fid):
        """After a save conflict in a shared register: drop this session's edits of ``fid`` for the stored version."""
        from .register_pg import reload_action
        reload_action(self.layer, fid)
        self.changed.emit()

    def keep_mine(self, fid):
        """After a save conflict in a shared register: keep this session's edits of ``fid``; the next save writes
        them over the stored version."""
        from .register_pg import keep_mine
        keep_mine(self.layer, fid)
        self.changed.emit()

    def undo(self):
        if self.layer is not None:
            self.layer.undoStack().undo()        # the stack's move emits changed

    def redo(self):
        if self.layer is not None:
            self.layer.undoStack().redo()

    # ------------------------------------------------------------------ inside

    @contextmanager
    def _command(self, text):
        """One edit command: ended when the block finishes, destroyed (every change in it undone,
        nothing left on the undo stack) when it raises."""
        self._busy = True
        self.layer.beginEditCommand(text)
        try:
            yield
        except BaseException:
            self.layer.destroyEditCommand()
            raise
        else:
            self.layer.endEditCommand()
        finally:
            self._busy = False

    def _not_editable(self, name, value):
        return EditRefused(
            Register.tr('Nothing was changed: QGIS refused to set {0} to "{1}" in "{2}" (the field cannot be edited: '
                        'it is computed, or joined from another layer).').format(name, _shown(value),
                                                                                 self.layer.name()),
            name, value, Register.tr('cannot be edited here'))

    def _require_editable(self):
        if self.layer is None:
            raise EditRefused(Register.tr('No register is open.'))
        if not self.layer.isEditable():
            raise EditRefused(Register.tr('Nothing was changed: the register "{0}" ({1}) is read-only. {2}').format(
                self.layer.name(), self.label or self.path,
                self.read_only_reason or Register.tr('Start editing it first.')).strip())

    def _feature(self, fid):
        feature = self.layer.getFeature(fid) if fid is not None else None
        if feature is None or not feature.isValid():
            raise EditRefused(Register.tr('Nothing was changed: "{0}" has no action with id {1} (it was deleted, or '
                                          'its creation undone).').format(self.layer.name(), fid))
        return feature

    def _attributes(self, values):
        """{field index: value} from {field name: value}, each value read as its field's type."""
        fields = self.layer.fields()
        out = {}
        for name, value in values.items():
            index = fields.lookupField(name)
            if index < 0:
                raise EditRefused(Register.tr('Nothing was changed: the register "{0}" has no field "{1}" (value '
                                              '"{2}").')
                                  .format(self.layer.name(), name, _shown(value)), name, value)
            out[index] = _typed(name, value)
        return out

    def _area(self, geometry):
        """A target area for the layer (multipolygon), or None for no area; refuses points and lines."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        kind = QgsWkbTypes.geometryType(geometry.wkbType())
        if kind != QgsWkbTypes.PolygonGeometry:
            raise EditRefused(Register.tr('Nothing was changed: a target area must be a polygon, not a {0}; buffer a '
                                          'point or a line first (draw it in the dock, which does).').format(
                                              QgsWkbTypes.geometryDisplayString(kind).lower()), 'geometry')
        area = QgsGeometry(geometry)
        area.convertToMultiType()
        return area

    def _check(self, fid, before, keep_invalid):
        """The action's problems as the layer now holds it (inside the edit command, so that a refusal
        destroys it); refuses, unless ``keep_invalid``, any problem the edit brought."""
        from ..core.actions import validate
        record = record_of(self.layer.getFeature(fid))
        self._refuse_brought(record, before, keep_invalid)
        return validate(record)

    @staticmethod
    def _refuse_brought(record, before, keep_invalid):
        """Refuse (unless ``keep_invalid``) the problems of ``record`` that are not in ``before``.

        Checked on the record an edit would make before the edit command begins, so that a refusal
        touches nothing (not even the redo history), and again inside it on what the layer holds."""
        from ..core.actions import validate
        if keep_invalid:
            return
        brought = [p for p in validate(record) if p not in before]
        if not brought:
            return
        first = brought[0]
        value = record.get(first.field)
        label = field_label(first.field)
        given = Register.tr('empty') if _shown(value) == '' else '"{0}"'.format(_shown(value))
        raise EditRefused(Register.tr('Nothing was changed: {0} ({1}) {2}: {3}').format(
            label, first.field, given, ' '.join(engine_message(p.message if p.field == first.field else p.line)
                                            for p in brought)),
            first.field, value, engine_message(first.message))

    def _stack_moved(self, _index):
        if not self._busy:
            self.changed.emit()

    def _layer_gone(self):
        self.layer = None
        self.closed.emit()


def _typed(name, value):
    """A value read as its register field's type: blank text as NULL, text in a number field as a
    number (``parse_amount``: 90,000 or 1.234,56; refused when it is none), date text as a date
    (kept as typed when it is none, for validation to report)."""
    from ..core.actions import SPECS, parse_amount, parse_date
    spec = SPECS.get(name)
    if value is None or (hasattr(value, 'isNull') and value.isNull()):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    if not isinstance(value, (str, int, float, datetime.date)) and not hasattr(value, 'toPyDate'):
        reason = Register.tr('a {0} cannot be stored; give text, a number or a date.').format(type(value).__name__)
        raise EditRefused(Register.tr('Nothing was changed: {0}: {1}').format(name, reason), name, value, reason)
    if spec is None:
        return value
    if spec.kind == 'real':
        if isinstance(value, float) and math.isnan(value):
            return None
        try:
            return parse_amount(value)
        except (TypeError, ValueError):
            reason = Register.tr('"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.').format(value)
            raise EditRefused(Register.tr('Nothing was changed: {0} ({1}): {2}').format(
                field_label(name), name, reason), name, value, reason) from None
    if spec.kind == 'date' and isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            return value
    return value


def _plain(value):
    """A feature attribute as plain Python (NULL as None, QDate as date), as record_of reads it."""
    if value is None or (hasattr(value, 'isNull') and value.isNull()):
        return None
    if hasattr(value, 'toPyDateTime'):
        return value.toPyDateTime()
    if hasattr(value, 'toPyDate'):
        return value.toPyDate()
    return value


def _same(old, new):
    old, new = _plain(old), _plain(new)
    if old is None or new is None:
        return old is None and new is None
    numbers = (int, float)
    if isinstance(old, numbers) and isinstance(new, numbers):
        return float(old) == float(new)
    return type(old) is type(new) and old == new


def _shown(value):
    if value is None or (hasattr(value, 'isNull') and value.isNull()):
        return ''
    if isinstance(value, float):
        return '{0:,.15g}'.format(value)          # 1,000,000 as people write it, not 1e+06
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def target_area(geometry, source_crs, target_crs, distance):
    """A multipolygon target area in ``target_crs``: polygons as drawn, points and lines buffered by
    ``distance`` metres (in the local UTM zone)."""
    geometry = QgsGeometry(geometry)
    if geometry.type() != QgsWkbTypes.PolygonGeometry:
        centre = geometry.centroid().asPoint()
        wgs84 = QgsCoordinateReferenceSystem('EPSG:4326')
        lonlat = QgsCoordinateTransform(source_crs, wgs84, QgsProject.instance()).transform(centre)
        zone = int(math.floor((lonlat.x() + 180.0) / 6.0)) % 60 + 1
        metric = QgsCoordinateReferenceSystem('EPSG:{0}'.format((32600 if lonlat.y() >= 0 else 32700) + zone))
        geometry.transform(QgsCoordinateTransform(source_crs, metric, QgsProject.instance()))
        geometry = geometry.buffer(distance, 16)
        source_crs = metric
    geometry.transform(QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance()))
    geometry.convertToMultiType()
    return geometry
