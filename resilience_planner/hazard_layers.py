"""Hazard rasters as QGIS knows them: class names, and the exposure rule each one is given.

QGIS side (layers, renderers, GDAL metadata), no widgets and no Processing: the algorithms that
count exposure (settlement exposure, infrastructure exposure, service access) ask this module
which cells of each hazard are exposed, and it refuses a classed hazard given no rule rather
than count every class, "Not flooded" included, as exposed.
"""
import logging
import os

from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from .core.errors import InputError
from .core.rules import class_label, classes_included, parse_rules, raster_classes

logger = logging.getLogger(__name__)


def class_names(layer):
    """{class value: name} of a raster layer, from the first of: its renderer (paletted, or a
    colour ramp whose items are labelled integer values), the style file beside it (``.qml``,
    which QGIS loads for a layer opened by path), and GDAL's category names. {} when none."""
    names = _renderer_names(layer.renderer())
    if names:
        return names
    path = layer.source().split('|')[0]
    if os.path.exists(os.path.splitext(path)[0] + '.qml'):
        styled = QgsRasterLayer(path, layer.name())          # the default style: the .qml beside it
        names = _renderer_names(styled.renderer()) if styled.isValid() else {}
        if names:
            return names
    return _category_names(path)


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
    if dataset is None:
        return {}
    categories = dataset.GetRasterBand(1).GetCategoryNames() or []
    return {float(value): name for value, name in enumerate(categories) if name}


def exposure_rules(layers, paths, text, log, warn, tr):
    """The exposure rule of each hazard layer, from THRESHOLDS-style ``text``.

    A classed hazard given no rule is refused with its classes and the rule to write; with a
    rule, the log says which classes it includes. ``log`` and ``warn`` take a message;
    ``tr`` translates. Raises InputError.
    """
    names = [layer.name() for layer in layers]
    rules = parse_rules(text, names)
    for layer, path, rule in zip(layers, paths, rules):
        named = class_names(layer)
        classes = raster_classes(path, names=named)
        if classes is None:
            log(tr('Hazard "{0}": exposed where {1}.').format(
                layer.name(), 'value > 0' if rule.is_default else rule.describe()))
            continue
        if rule.is_default:
            first = classes.codes[0] if classes.codes else 1
            raise InputError(tr(
                'Hazard "{0}" is a classed raster ({1}; classes {2}). Counting every value above 0 as exposed '
                'would count every class, so say which classes are exposed, in THRESHOLDS (one rule per hazard, '
                'in order): "={3:g}" for class {3:g} only, "={3:g}|{4:g}" for two classes, or a comparison such '
                'as "<={3:g}" or ">={4:g}" (a plain number means >=).').format(
                    layer.name(), classes.reason, classes.listing(), first,
                    classes.codes[1] if len(classes.codes) > 1 else first + 1))
        included, excluded = classes_included(rule, classes)
        log(tr('Hazard "{0}" is classed ({1}): exposed where {2}, that is classes {3}; not exposed: {4}.').format(
            layer.name(), classes.reason, rule.describe(classes.names),
            ', '.join(class_label(c, classes.names) for c in included) or tr('none'),
            ', '.join(class_label(c, classes.names) for c in excluded) or tr('none')))
        if not included:
            raise InputError(tr(
                'The rule "{0}" for hazard "{1}" includes none of its classes ({2}): nothing would be exposed. '
                'Check the rule against the classes.').format(rule.text, layer.name(), classes.listing()))
        if classes.nodata is None and classes.unnamed_share:
            for code, share in sorted(classes.unnamed_share.items()):
                warn(tr('Hazard "{0}" has no nodata value, and its value {1:g} ({2:.0%} of the cells looked at) is '
                        'not one of its named classes: it is counted as data. If it is the background, set it as '
                        'nodata (Layer Properties > Transparency, or gdal_edit.py -a_nodata {1:g}).').format(
                            layer.name(), code, share))
    return rules
