"""What a layer of the project is for, so that a dialog can offer the right one first.

A polygon layer is not always settlements: the priority map's high-priority zones (``zone_id``)
and the planned-actions register (``action_id``) are polygons too, and choosing one of them as
the settlements offers their ids as vulnerability indicators. This module tells them apart by
their fields and picks the layers a person most likely means: the settlements layer joined to
its profiles, else the newest settlements layer (the topmost in the Layers panel, where QGIS puts
new layers), with the keys matched by name.

"Settlements layer" there means one the office brought, not one the plugin wrote. After a first run
the project holds ``settlement_exposure``'s output (the settlements with their exposure to each hazard),
the vulnerability index or the ranking, newer than the settlements they were made from. A GIS officer
opening the vulnerability dialog means the settlements: the vulnerability index scores the profiles'
indicators, and an exposure output would offer its exposure shares as vulnerability indicators (exposure
enters the priority map on its own, as the hazards: counted twice) and carry them into the index's output.
So an output is chosen only when no settlements layer of the office's is in the project, or when the person
joined the profiles to it (a join is a deliberate choice, and comes first whatever the layer).

QGIS side (layers and fields), no widgets and no Processing.
"""
from qgis.core import Qgis, QgsVectorLayer, QgsWkbTypes

from .layers import KEY_FIELDS
from .translation import Context

#: The context of the reasons a layer is chosen for (see translation.py).
LayerRoles = Context('LayerRoles')

ZONES, ACTIONS, OUTPUT, SETTLEMENTS, TABLE = 'zones', 'actions', 'output', 'settlements', 'table'
#: Fields that mark a polygon layer as something other than settlements.
ZONE_FIELDS = ('zone_id',)
ACTION_FIELDS = ('action_id',)
#: Fields the plugin writes into its settlement outputs (the ranking, the vulnerability index, settlement
#: exposure's ``any_exposed_share``/``exposed_hazards``): settlements still, but an output, offered after the
#: layers the office brought.
OUTPUT_FIELDS = ('vulnerability', 'priority_mean', 'priority_class', 'rank', 'any_exposed_share', 'exposed_hazards')
#: QGIS 3.30 moved geometry types to Qgis.GeometryType; QGIS 4 has only that.
POLYGON = Qgis.GeometryType.Polygon if hasattr(Qgis, 'GeometryType') else QgsWkbTypes.GeometryType.PolygonGeometry


def role(layer):
    """ZONES, ACTIONS, OUTPUT, SETTLEMENTS (other polygons), TABLE (no geometry), or None."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    names = {name.lower() for name in layer.fields().names()}
    if not layer.isSpatial():
        return TABLE
    if layer.geometryType() != POLYGON:
        return None
    if names & set(ACTION_FIELDS):
        return ACTIONS
    if names & set(ZONE_FIELDS):
        return ZONES
    if names & set(OUTPUT_FIELDS):
        return OUTPUT
    return SETTLEMENTS


def project_layers(project):
    """The project's layers, newest first: the Layers panel from the top, then any layer not in it."""
    ordered = project.layerTreeRoot().findLayers()
    layers = [node.layer() for node in ordered if node.layer() is not None]
    seen = {layer.id() for layer in layers}
    layers += [layer for layer in project.mapLayers().values() if layer.id() not in seen]
    return layers


def key_like(name):
    low = name.lower()
    return low in ('id', 'code', 'key', 'uuid', 'pcode') or low.endswith(('_id', '_code', '_key', '_uuid'))


def matching_key(first, second):
    """The field name two layers share to join on (compared case-insensitively), as spelt in each:
    a usual settlement key (settlement_id, id, name) first, then any shared name that looks like a
    key (``*_id``, ``*_code``). Returns (name in first, name in second), or (None, None)."""
    if first is None or second is None:
        return None, None
    a = {name.lower(): name for name in first.fields().names() if name.lower() != 'fid'}
    b = {name.lower(): name for name in second.fields().names() if name.lower() != 'fid'}
    shared = [low for low in a if low in b]
    for low in [k.lower() for k in KEY_FIELDS] + [s for s in shared if key_like(s)]:
        if low in shared:
            return a[low], b[low]
    return None, None


def own_key(layer):
    """The field of ``layer`` that most likely holds the settlement key, or None."""
    if layer is None:
        return None
    names = {name.lower(): name for name in layer.fields().names() if name.lower() != 'fid'}
    for low in [k.lower() for k in KEY_FIELDS] + [low for low in names if key_like(low)]:
        if low in names:
            return names[low]
    return None


def has_profile_join(layer):
    """Whether ``layer`` has a QGIS join (Layer Properties, Joins) bringing in another table's fields."""
    return bool(layer.vectorJoins())


def settlement_inputs(project):
    """The default inputs of the vulnerability index: (settlements, profiles, settlement key,
    profile key, reason). In order: a settlements layer or output with a join to its profiles (then
    no profile table: the joined fields are the layer's); a settlements layer and a table of the
    project that share a key name; the newest settlements layer (layers of one feature, such as
    the city boundary, last); the newest plugin output with settlements (an exposure output, the
    ranking), only when the office's own settlements are not in the project (see the module).
    Zones and planned actions are never chosen. Nothing found: Nones."""
    layers = project_layers(project)
    # A layer of one feature (the city boundary) is settlements only when nothing else is.
    settlements = sorted((layer for layer in layers if role(layer) == SETTLEMENTS),
                         key=lambda layer: layer.featureCount() == 1)
    outputs = [layer for layer in layers if role(layer) == OUTPUT]
    tables = [layer for layer in layers if role(layer) == TABLE]
    for layer in settlements + outputs:
        if has_profile_join(layer):
            return layer, None, own_key(layer), None, LayerRoles.tr('joined to its profiles')
    for layer in settlements:
        for table in tables:
            key, table_key = matching_key(layer, table)
            if key:
                return layer, table, key, table_key, LayerRoles.tr('shares the key "{0}" with "{1}"').format(
                    key, table.name())
    for group, reason in ((settlements, LayerRoles.tr('the newest settlements layer')),
                          (outputs, LayerRoles.tr('the newest settlements output'))):
        if group:
            return group[0], None, own_key(group[0]), None, reason
    return None, None, None, None, LayerRoles.tr('no settlements layer in the project')
