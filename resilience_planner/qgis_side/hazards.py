"""Hazard rasters as QGIS knows them: class names, and the exposure rule each one is given.

QGIS side (layers, renderers, GDAL metadata), no widgets and no Processing: the algorithms that
count exposure (settlement exposure, infrastructure exposure, service access) ask this module
which cells of each hazard are exposed, and it refuses a classed hazard given no rule rather
than count every class, "Not flooded" included, as exposed.
"""
import os

from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from ..core.errors import InputError
from ..core.rules import class_label, classes_included, elevation_signs, parse_rules, raster_classes, read_sample
from .translation import Context, engine_message

#: The translation context of this module's messages (see translation.py).
Hazards = Context('Hazards')


def class_names(layer, source=None):
    """{class value: name} of a raster layer, from the first of: its renderer (paletted, or a
    colour ramp whose items are labelled integer values), the style file beside it (``.qml``,
    which QGIS loads for a layer opened by path), and GDAL's category names of ``source`` (the
    GDAL name the raster is read by, e.g. raster_file's ``GPKG:…:table``). {} when none."""
    names = _renderer_names(layer.renderer())
    if names:
        return names
    from qgis.core import QgsProviderRegistry
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get('path') or layer.source()
    if os.path.exists(os.path.splitext(path)[0] + '.qml'):
        styled = QgsRasterLayer(path, layer.name())          # the default style: the .qml beside it
        names = _renderer_names(styled.renderer()) if styled.isValid() else {}
        if names:
            return names
    return _category_names(source or layer.source())


def _renderer_names(renderer):
    """Names that a person gave the classes: labels that say more than the value itself (QGIS
    labels a colour table's 256 entries "0" ... "255" by default, which names nothing)."""
    if isinstance(renderer, QgsPalettedRasterRenderer):
        pairs = [(c.value, c.label) for c in renderer.classes()]
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.shader() is not None:
        function = renderer.shader().rasterShaderFunction()
        items = function.colorRampItemList() if hasattr(function, 'colorRampItemList') else []
        pairs = [(i.value, i.label) for i in items if float(i.value).is_integer()]
    else:
        return {}
    return {float(value): label.strip() for value, label in pairs
            if label and label.strip() and label.strip() != '{0:g}'.format(float(value))}


def _category_names(path):
    try:
        from osgeo import gdal
        dataset = gdal.Open(path)
    except (ImportError, RuntimeError):
        return {}
    band = dataset.GetRasterBand(1) if dataset is not None and dataset.RasterCount else None
    if band is None:
        return {}
    categories = band.GetCategoryNames() or []
    return {float(value): name for value, name in enumerate(categories) if name}


def exposure_rules(layers, paths, text, log, warn, doubts=None):
    """The exposure rule of each hazard layer, from THRESHOLDS-style ``text``.

    A classed hazard given no rule is refused with its classes and the rule to write; with a
    rule, the log says which classes it includes. A layer that looks like an elevation model gets
    a warning, also added to ``doubts`` (a list) when given, for the output to keep. ``log`` and
    ``warn`` take a message. Raises InputError.
    """
    names = [layer.name() for layer in layers]
    rules = parse_rules(text, names)
    # The dialog shows the rules in one text and the hazards in another widget: say which goes with which.
    log(Hazards.tr('Exposure rules paired with the hazard rasters, in order: {0}.').format('; '.join(
        '{0}. "{1}": {2}'.format(index + 1, name, Hazards.tr('no rule (any value above 0)') if rule.is_default
                                 else '"{0}"'.format(rule.text))
        for index, (name, rule) in enumerate(zip(names, rules)))))
    for layer, path, rule in zip(layers, paths, rules):
        named = class_names(layer, path)
        sample = read_sample(path)
        classes = raster_classes(path, names=named, sample=sample)
        signs = [] if classes is not None else elevation_signs(sample, layer.name(), os.path.basename(path))
        if signs:
            doubt = Hazards.tr('Hazard "{0}" looks like an elevation model, not a hazard: {1}. Elevations are not '
                       'depths or susceptibilities, so its exposure figures would mean nothing: check that this '
                       'is the hazard layer you meant, and its rule.').format(
                           layer.name(), '; '.join(map(engine_message, signs)))
            warn(doubt)
            if doubts is not None:
                doubts.append(doubt)
        if classes is None:
            log(Hazards.tr('Hazard "{0}": exposed where {1}.').format(
                layer.name(), Hazards.tr('value > 0') if rule.is_default else engine_message(rule.describe())))
            continue
        if rule.is_default:
            first = classes.codes[0] if classes.codes else 1
            raise InputError(Hazards.tr(
                'Hazard "{0}" is a classed raster ({1}; classes {2}). Counting every value above 0 as exposed '
                'would count every class, so say which classes are exposed, in THRESHOLDS (one rule per hazard, '
                'in order): "={3}" for class {3} only, "={3}|{4}" for two classes, or a comparison such '
                'as "<={3}" or ">={4}" (a plain number means >=).').format(
                    layer.name(), engine_message(classes.reason), engine_message(classes.listing()),
                    # rules as the user types them: a dot for decimals, whatever the language
                    format(first, 'g'), format(classes.codes[1] if len(classes.codes) > 1 else first + 1, 'g')))
        included, excluded = classes_included(rule, classes)
        log(Hazards.tr('Hazard "{0}" is classed ({1}): exposed where {2}, that is classes {3}; not exposed: '
                       '{4}.').format(
            layer.name(), engine_message(classes.reason), engine_message(rule.describe(classes.names)),
            ', '.join(class_label(c, classes.names) for c in included) or Hazards.tr('none'),
            ', '.join(class_label(c, classes.names) for c in excluded) or Hazards.tr('none')))
        if not included:
            raise InputError(Hazards.tr(
                'The rule "{0}" for hazard "{1}" includes none of its classes ({2}): nothing would be exposed. '
                'Check the rule against the classes.').format(
                    rule.text, layer.name(), engine_message(classes.listing())))
        if classes.nodata is None and classes.unnamed_share:
            for code, share in sorted(classes.unnamed_share.items(), key=lambda item: -item[1])[:3]:
                warn(Hazards.tr(
                    'Hazard "{0}" has no nodata value, and its value {1:g} ({2:.0%} of the cells looked at) is '
                    'not one of its named classes: it is counted as data. If it is the background, set it as '
                    'nodata (Layer Properties > Transparency, or gdal_edit.py -a_nodata {3}).').format(
                        layer.name(), code, share, format(code, 'g')))     # a command: the C way, 2.5
    return rules


def keep_doubts(uri, doubts, feedback=None):
    """Write the doubts about a run's hazards into a GeoPackage output's layer metadata (its
    abstract, under a heading), so that they travel with the file; other outputs are left alone."""
    from qgis.core import QgsLayerMetadata, QgsProviderRegistry, QgsVectorLayer

    from ..core.files import geopackage_tables
    parts = QgsProviderRegistry.instance().decodeUri('ogr', uri)
    path = str(parts.get('path', ''))
    if not path.lower().endswith('.gpkg') or not os.path.isfile(path):
        return False
    if not parts.get('layerName'):
        tables = geopackage_tables(path)
        if len(tables) != 1:
            return False
        uri = '{0}|layername={1}'.format(path, tables[0])
    layer = QgsVectorLayer(uri, 'output', 'ogr')
    metadata = QgsLayerMetadata(layer.metadata()) if layer.isValid() else QgsLayerMetadata()
    heading = Hazards.tr('Doubts about the hazards (Resilience Planner):')
    metadata.setAbstract('\n'.join([heading] + ['- ' + doubt for doubt in doubts]))
    saved, message = QgsProviderRegistry.instance().saveLayerMetadata('ogr', uri, metadata)
    if not saved and feedback is not None:
        feedback.pushWarning(Hazards.tr('The doubts could not be stored in the metadata of {0}: {1}').format(
            uri, message))
    return saved


def row_index(label, names):
    """Which hazard a hazard-settings row names (a row of the widget's table, a weights file's row): its layer
    name (exactly, then ignoring case) or its position (1 = first), as the algorithm reads it; None when it
    names none of them."""
    if label in names:
        return names.index(label)
    lowered = [name.lower() for name in names]
    if label.lower() in lowered:
        return lowered.index(label.lower())
    try:
        position = float(label)
    except ValueError:
        return None
    if position.is_integer() and 1 <= position <= len(names):
        return int(position) - 1
    return None
