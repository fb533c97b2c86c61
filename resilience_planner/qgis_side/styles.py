"""Every renderer of the plugin's outputs, and the one place that gives an output its style.

An output carries its style wherever it is opened (the Browser, drag-and-drop, another project):
:func:`save_with_file` stores it in the file itself, as the layer's default style in a GeoPackage
(its ``layer_styles`` table) or as a ``.qml`` beside a raster or another vector file, which QGIS
loads by default. :class:`StylePostProcessor` gives the same style to the layer Processing loads
into the project, so the algorithm never edits a layer itself. Algorithms name the style of each
output once (``ResiliencePlannerAlgorithm.style_output``), and both are done from that.
"""
import math
import os

from qgis.core import (
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProviderRegistry,
    QgsRasterBandStats,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from .. import assets
from .compat import save_default_style
from .translation import QT_TRANSLATE_NOOP, Context

#: The translation context of the legends and messages of this module (see translation.py).
Styles = Context('Styles')

#: Colours of the energy options on the energy-access map.
ENERGY_COLOURS = {'grid_densification': '#2c7bb6', 'grid_extension': '#abd9e9', 'mini_grid': '#fdae61',
                  'standalone_solar': '#d7191c'}
#: The legend label of each energy option (the option's words, translated when shown).
ENERGY_LABELS = {'grid_densification': QT_TRANSLATE_NOOP('Styles', 'grid densification'),
                 'grid_extension': QT_TRANSLATE_NOOP('Styles', 'grid extension'),
                 'mini_grid': QT_TRANSLATE_NOOP('Styles', 'mini grid'),
                 'standalone_solar': QT_TRANSLATE_NOOP('Styles', 'standalone solar')}

#: The name under which an output's style is saved in its GeoPackage (one per layer, replaced on each run).
SAVED_STYLE_NAME = 'Resilience Planner'


class OutputStyle:
    """How one output looks: a QML file of ``resources/styles`` (``qml``), or a renderer built for the
    layer (``renderer(layer)``, for outputs whose fields or values depend on the run), and an opacity."""

    def __init__(self, qml=None, renderer=None, opacity=None):
        if (qml is None) == (renderer is None):
            raise ValueError('An output style is a QML file or a renderer, not both or neither.')
        self.qml = qml
        self.renderer = renderer
        self.opacity = opacity

    def apply(self, layer):
        """Give ``layer`` this style; returns '' or why it could not."""
        if self.qml is not None:
            message, ok = layer.loadNamedStyle(assets.style_path(self.qml))
            if not ok:
                return message or self.qml
        else:
            layer.setRenderer(self.renderer(layer))
        if self.opacity is not None:
            layer.setOpacity(self.opacity)
        layer.triggerRepaint()
        return ''


def output_file(destination):
    """(path, uri) of the file an output was written to, the uri naming its GeoPackage layer when the file
    holds one; (None, None) for memory layers, databases and anything not a file on disk."""
    if not isinstance(destination, str) or not destination:
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri('ogr', destination)
    path = str(parts.get('path') or destination.split('|')[0])
    if not os.path.isfile(path):
        return None, None
    if path.lower().endswith('.gpkg') and not parts.get('layerName'):
        from ..core.files import geopackage_tables
        tables = geopackage_tables(path)
        if len(tables) != 1:
            return None, None
        return path, '{0}|layername={1}'.format(path, tables[0])
    return path, destination


def save_with_file(destination, style, raster=False):
    """Store ``style`` with the output ``destination`` (a file path or an ogr uri), so that it opens styled
    from the file: as the layer's default style in a GeoPackage, else as a ``.qml`` of the same name beside
    the file (priority.tif -> priority.qml). Returns '' or the reason it was not stored (an output that is
    not a file, such as a memory layer, has nothing to store and returns '')."""
    path, uri = output_file(destination)
    if path is None:
        return ''
    if raster:
        layer = QgsRasterLayer(path, os.path.splitext(os.path.basename(path))[0], 'gdal')
    else:
        layer = QgsVectorLayer(uri, os.path.splitext(os.path.basename(path))[0], 'ogr')
    if not layer.isValid():
        return Styles.tr('{0} cannot be opened').format(destination)
    message = style.apply(layer)
    if message:
        return message
    if not raster and path.lower().endswith('.gpkg'):
        return save_default_style(layer, SAVED_STYLE_NAME, Styles.tr('The style Resilience Planner gave this output'))
    message, ok = layer.saveNamedStyle(os.path.splitext(path)[0] + '.qml')
    return '' if ok else (message or Styles.tr('{0}: the .qml could not be written').format(path))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Gives an output layer that Processing loads its :class:`OutputStyle`."""

    # Processing keeps only a plain pointer to post-processors: hold them here.
    _instances = []

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):
        message = self.style.apply(layer)
        if message and feedback is not None:
            feedback.pushWarning(Styles.tr('Could not style {0}: {1}').format(layer.name(), message))

    @classmethod
    def create(cls, style=None, renderer=None, layer_renderer=None):
        """A post-processor for an :class:`OutputStyle`, or (as before) for a QML file name, a renderer
        factory without arguments or one taking the layer."""
        if not isinstance(style, OutputStyle):
            if style is not None:
                style = OutputStyle(qml=style)
            elif renderer is not None:
                style = OutputStyle(renderer=lambda layer: renderer())
            else:
                style = OutputStyle(renderer=layer_renderer)
        processor = cls(style)
        cls._instances.append(processor)
        return processor


class LayerGroup:
    """A new group of the layer tree that the layers of one run are moved into as Processing loads them, in
    the order of their ``rank`` (0 on top), whatever order they arrive in."""

    def __init__(self, name):
        self.name = name
        self.group = None
        self.placed = []         # ranks of the layers in the group, in the group's order

    def processor(self, style, rank, visible=True):
        """The post-processor of one layer: its style, then its place in the group."""
        processor = _GroupPostProcessor(self, style, rank, visible)
        StylePostProcessor._instances.append(processor)
        return processor

    def place(self, layer, project, rank, visible):
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None:
            return
        if self.group is None:
            self.group = root.insertGroup(0, self.name)
        index = sum(1 for placed in self.placed if placed < rank)
        moved = self.group.insertLayer(index, layer)      # first in the group, then out of where it was,
        node.parent().removeChildNode(node)               # so that the layer never leaves the project
        moved.setItemVisibilityChecked(visible)
        self.placed.insert(index, rank)


class _GroupPostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, group, style, rank, visible):
        super().__init__()
        self.layer_group, self.style, self.rank, self.visible = group, style, rank, visible

    def postProcessLayer(self, layer, context, feedback):
        if self.style is not None:
            message = self.style.apply(layer)
            if message and feedback is not None:
                feedback.pushWarning(Styles.tr('Could not style {0}: {1}').format(layer.name(), message))
        project = context.project()
        if project is not None:
            self.layer_group.place(layer, project, self.rank, self.visible)


def rule_renderer(geometry_type, rules, line_width=None):
    """A rule-based renderer from (filter expression, legend label, colour) triples."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, label, colour in rules:
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(colour))
        if line_width is not None:
            symbol.setWidth(line_width)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


#: Colours of priority classes 1-5 (light yellow to dark red), shared by the rasters and the ranking.
CLASS_COLOURS = ('#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026')


#: The legend labels of priority classes 1-5, as written (translated when shown: class_labels()).
CLASS_LABELS = (QT_TRANSLATE_NOOP('Styles', '1 Very low'), QT_TRANSLATE_NOOP('Styles', '2 Low'),
                QT_TRANSLATE_NOOP('Styles', '3 Medium'), QT_TRANSLATE_NOOP('Styles', '4 High'),
                QT_TRANSLATE_NOOP('Styles', '5 Very high'))


def class_labels():
    """CLASS_LABELS in the user's language."""
    return tuple(Styles.marked(label) for label in CLASS_LABELS)


def band_range(layer, band=1):
    """(lowest, highest) value of a raster band, computed exactly over the whole raster; (None, None) when
    it has no value."""
    stats = layer.dataProvider().bandStatistics(band, QgsRasterBandStats.Stats.Min | QgsRasterBandStats.Stats.Max,
                                                layer.extent(), 0)
    # (elementCount stays 0 when only Min and Max are asked for; a raster without values gives min > max.)
    if not (math.isfinite(stats.minimumValue) and math.isfinite(stats.maximumValue)
            and stats.minimumValue <= stats.maximumValue):
        return None, None
    return float(stats.minimumValue), float(stats.maximumValue)


def band_quantiles(layer, shares, low, high, bins=1000, band=1):
    """The values below which ``shares`` of a raster band's cells lie, from QGIS's histogram of the whole
    band (``bins`` bins from ``low`` to ``high``); each the centre of the bin where the share is reached."""
    histogram = layer.dataProvider().histogram(band, bins, low, high, layer.extent(), 0)
    counts = list(histogram.histogramVector)
    total = sum(counts)
    if not total or high <= low:
        return [low] * len(shares)
    out, running, index = [], 0, 0
    for share in shares:
        while index < len(counts) and running + counts[index] < share * total:
            running += counts[index]
            index += 1
        out.append(min(max(low + (high - low) * (index + 0.5) / len(counts), low), high))
    return out


def ramp_renderer(layer, stops, low, high, labels=None, number='{0:.4g}', band=1, values=None):
    """A pseudo-colour renderer of the colours ``stops`` at ``values`` (increasing, from ``low`` to ``high``;
    spread evenly when not given or not increasing); ``labels`` (one per stop, None for the value written with
    ``number``) are the legend's entries, one per stop."""
    if high <= low:
        high = low + 1.0
    if values is None or len(values) != len(stops) or any(b <= a for a, b in zip(values, values[1:])):
        values = [low + (high - low) * index / (len(stops) - 1) for index in range(len(stops))]
    items = []
    for index, (colour, value) in enumerate(zip(stops, values)):
        label = labels[index] if labels is not None and labels[index] is not None else number.format(value)
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(colour), label))
    return _interpolated(layer, items, low, high, band)


def _interpolated(layer, items, low, high, band=1):
    """A pseudo-colour renderer interpolating between ``items`` (colour-ramp items) from ``low`` to ``high``,
    with one legend entry per item."""
    ramp = QgsColorRampShader(low, high)
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList(items)
    legend = QgsColorRampLegendNodeSettings()
    legend.setUseContinuousLegend(False)
    ramp.setLegendSettings(legend)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    return renderer


#: The priority ramp, light yellow to dark red.
PRIORITY_STOPS = ('#ffffcc', '#fed976', '#fd8d3c', '#e31a1c', '#800026')


def priority_renderer(layer, low=None, high=None, middle=None):
    """The priority ramp over the priorities the map holds: its colours at the lowest priority, at the
    priorities below which half, three quarters and nine tenths of the cells lie (``middle``, see
    core.priority.RAMP_SHARES) and at the highest (``low``, ``middle``, ``high``, else read from the raster).
    So the colours tell the city's cells apart (over a fixed 0-100 ramp, most cells of a city fell in its two
    palest colours) while the darkest are kept for its top tenth. The legend gives both ends on the 0-100 scale
    and what 0 and 100 mean, in labels short enough for the report's legend."""
    from ..core.priority import RAMP_SHARES
    from .numbers_format import current as numbers
    if low is None or high is None or not math.isfinite(low) or not math.isfinite(high):
        low, high = band_range(layer)
        middle = None
    if low is None or not high > low:
        low, high, middle = 0.0, 100.0, None
    if not middle or len(middle) != len(RAMP_SHARES) or not all(math.isfinite(v) for v in middle):
        middle = band_quantiles(layer, RAMP_SHARES, low, high)
    decimal = numbers().decimal
    labels = [Styles.tr('{0} – lowest here (0 = no criterion scores)').format(decimal(low, 1)),
              Styles.tr('{0} (half of the cells below)').format(decimal(middle[0], 1)),
              Styles.tr('{0} (three quarters below)').format(decimal(middle[1], 1)),
              Styles.tr('{0} (nine tenths below)').format(decimal(middle[2], 1)),
              Styles.tr('{0} – highest here (100 = every criterion high)').format(decimal(high, 1))]
    shares = [None, Styles.tr('half of the cells'), Styles.tr('three quarters of the cells'),
              Styles.tr('nine tenths of the cells'), None]
    values = [low] + list(middle) + [high]
    # Where shares of the cells share one value (a product map with most cells at 0), the stops at that
    # value become one: the first one's colour, the label of the lowest or highest if it is among them
    # (else the first), and how many cells lie at or below it. Every label in the legend then stands
    # beside the colour drawn at its value.
    groups = []
    for index, value in enumerate(values):
        if groups and value <= values[groups[-1][0]]:
            groups[-1].append(index)
        else:
            groups.append([index])
    stops, kept_values, kept_labels = [], [], []
    last = len(values) - 1
    for group in groups:
        main = last if last in group else group[0]
        label = labels[main]
        tied = [shares[i] for i in group if i != main and shares[i] is not None]
        if tied:
            label = '{0}; {1}'.format(label, Styles.tr('{0} at or below').format(tied[-1]))
        stops.append(PRIORITY_STOPS[group[0]])
        kept_values.append(values[group[0]])
        kept_labels.append(label)
    return ramp_renderer(layer, stops, low, high, kept_labels, number='{0:.1f}', values=kept_values)


def classes_renderer(layer, breaks):
    """Classes 1-5 with their priority ranges in the legend."""
    bounds = [0.0] + list(breaks) + [100.0]
    classes = []
    for value, (colour, label) in enumerate(zip(CLASS_COLOURS, class_labels()), start=1):
        classes.append(QgsPalettedRasterRenderer.Class(
            value, QColor(colour), Styles.tr('{0} (priority {1:.1f}–{2:.1f})').format(
                label, bounds[value - 1], bounds[value])))
    return QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)


def ranking_renderer():
    rules = [('"priority_class" = {0}'.format(value), label, colour)
             for value, (colour, label) in enumerate(zip(CLASS_COLOURS, class_labels()), start=1)]
    rules.append(('"priority_class" IS NULL', Styles.tr('Not ranked (no data)'), '#bdbdbd'))
    return rule_renderer(QgsWkbTypes.PolygonGeometry, rules)


def zones_renderer():
    """High-priority zones see-through, with a strong outline, so that the map under them stays readable."""
    symbol = QgsFillSymbol.createSimple({'color': '189,0,38,64', 'outline_color': '189,0,38,255',
                                         'outline_width': '0.6', 'style': 'solid'})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, '', Styles.tr('High priority (classes 4-5)')))
    return QgsRuleBasedRenderer(root)


#: The register's actions by status: see-through fills, so that the map under the target areas stays readable.
STATUS_COLOURS = (('proposed', '253,174,97', QT_TRANSLATE_NOOP('Styles', 'Action proposed')),
                  ('approved', '166,217,106', QT_TRANSLATE_NOOP('Styles', 'Action approved')),
                  ('in progress', '26,150,65', QT_TRANSLATE_NOOP('Styles', 'Action in progress')),
                  ('done', '43,131,186', QT_TRANSLATE_NOOP('Styles', 'Action done')))


def register_renderer():
    """The planned actions by status (the register's values), cancelled ones as a dashed grey outline."""
    root = QgsRuleBasedRenderer.Rule(None)
    for status, colour, label in STATUS_COLOURS:
        symbol = QgsFillSymbol.createSimple({'color': colour + ',90', 'outline_color': colour + ',255',
                                             'outline_width': '0.6'})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, '"status" = \'{0}\''.format(status),
                                                   Styles.marked(label)))
    cancelled = QgsFillSymbol.createSimple({'color': '0,0,0,0', 'outline_color': '130,130,130,255',
                                            'outline_width': '0.4', 'outline_style': 'dash'})
    root.appendChild(QgsRuleBasedRenderer.Rule(cancelled, 0, 0, '"status" = \'cancelled\'',
                                               Styles.tr('Action cancelled')))
    other = QgsFillSymbol.createSimple({'color': '189,189,189,90', 'outline_color': '99,99,99,255',
                                        'outline_width': '0.4'})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, 'ELSE', Styles.tr('Action without a status')))
    return QgsRuleBasedRenderer(root)


def energy_renderer():
    return rule_renderer(QgsWkbTypes.PolygonGeometry,
                         [('"energy_option" = \'{0}\''.format(option),
                           Styles.marked(ENERGY_LABELS.get(option, option)), colour)
                          for option, colour in ENERGY_COLOURS.items()])


def exposure_renderer(field, kind, hazard_name):
    geometry_type = kind if kind in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry) else \
        QgsWkbTypes.PolygonGeometry
    return rule_renderer(geometry_type, (('"{0}" = 1'.format(field), Styles.tr('Exposed to {0}').format(hazard_name),
                                          '#d7301f'),
                                         ('"{0}" = 0'.format(field), Styles.tr('Not exposed'), '#2b8cbe'),
                                         ('"{0}" IS NULL'.format(field), Styles.tr('No hazard data'), '#bdbdbd')),
                         0.8 if geometry_type == QgsWkbTypes.LineGeometry else None)


def access_renderer(key, type_name):
    """Settlements by access to the first facility type: lost, kept, never reachable."""
    lost, network = '"{0}_access_lost"'.format(key), '"{0}_network_m"'.format(key)
    return rule_renderer(QgsWkbTypes.PolygonGeometry, (
        ('{0} = 1'.format(lost), Styles.tr('Loses access to {0} in the hazard').format(type_name), '#d7301f'),
        ('{0} = 0 AND {1} IS NOT NULL'.format(lost, network), Styles.tr('Keeps access to {0}').format(type_name),
         '#41ab5d'),
        ('{0} IS NULL'.format(network), Styles.tr('No road access to {0}, even without the hazard').format(
            type_name),
         '#bdbdbd')))


def outline_renderer(colour, width=0.4, fill='0,0,0,0'):
    return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({'color': fill, 'outline_color': colour,
                                                               'outline_width': str(width)}))


def line_renderer(colour, width=0.2):
    return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({'line_color': colour, 'line_width': str(width)}))


# ---------------------------------------------------------------- the sample city


def _marker(shape, colour, size='2.6', outline='255,255,255'):
    return QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({'name': shape, 'color': colour,
                                                                 'outline_color': outline, 'size': size}))


def roads_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    for road_class, label, width in (('primary', Styles.tr('Primary road'), '0.9'),
                                     ('secondary', Styles.tr('Secondary road'), '0.6'),
                                     ('residential', Styles.tr('Residential road'), '0.3')):
        root.appendChild(QgsRuleBasedRenderer.Rule(
            QgsLineSymbol.createSimple({'line_color': '99,99,99', 'line_width': width}), 0, 0,
            '"road_class" = \'{0}\''.format(road_class), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(QgsLineSymbol.createSimple({'line_color': '150,150,150',
                                                                           'line_width': '0.2'}), 0, 0, 'ELSE',
                                               Styles.tr('Other road')))
    return QgsRuleBasedRenderer(root)


def flood_renderer(layer):
    """Depth in metres, dry cells (0 m) see-through, up to the deepest water in the raster."""
    _, high = band_range(layer)
    high = high if high and high > 0 else 1.0
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor(0, 0, 0, 0), Styles.tr('0 m (dry)')),
             QgsColorRampShader.ColorRampItem(min(0.01, high / 2), QColor('#c6dbef'), Styles.tr('0.01 m')),
             QgsColorRampShader.ColorRampItem(high / 2, QColor('#4292c6'), Styles.tr('{0:.1f} m').format(high / 2)),
             QgsColorRampShader.ColorRampItem(high, QColor('#08306b'), Styles.tr('{0:.1f} m').format(high))]
    return _interpolated(layer, items, 0.0, high)


def landslide_renderer(layer):
    classes = [QgsPalettedRasterRenderer.Class(1, QColor('#fff7bc'), Styles.tr('1 Low')),
               QgsPalettedRasterRenderer.Class(2, QColor('#fe9929'), Styles.tr('2 Moderate')),
               QgsPalettedRasterRenderer.Class(3, QColor('#993404'), Styles.tr('3 High'))]
    return QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)


def heat_renderer(layer):
    low, high = band_range(layer)
    return ramp_renderer(layer, ('#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'), low or 0.0, high or 1.0,
                         number='{0:.1f} °C')


def population_renderer(layer):
    _, high = band_range(layer)
    return ramp_renderer(layer, ('#f2f0f7', '#9e9ac8', '#54278f'), 0.0, high or 1.0,
                         labels=[Styles.tr('0 people per cell'), None, None], number='{0:.0f}')


#: The sample city's layers (GeoPackage layer or raster), top to bottom in its group: the layer's name in the
#: project (marked for the context Styles, translated when loaded), its style (None: an attribute table) and
#: whether it is shown when loaded.
SAMPLE_CITY_LAYERS = (
    ('city_boundary', QT_TRANSLATE_NOOP('Styles', 'City boundary'),
     lambda: OutputStyle(renderer=lambda layer: outline_renderer('#252525', 0.8)), True),
    ('health_facilities', QT_TRANSLATE_NOOP('Styles', 'Health facilities'),
     lambda: OutputStyle(renderer=lambda layer: _marker('cross_fill', '#d7301f', '3.4', '103,0,13')), True),
    ('schools', QT_TRANSLATE_NOOP('Styles', 'Schools'),
     lambda: OutputStyle(renderer=lambda layer: _marker('square', '#2171b5', '2.2')), True),
    ('water_points', QT_TRANSLATE_NOOP('Styles', 'Water points'),
     lambda: OutputStyle(renderer=lambda layer: _marker('triangle', '#41b6c4', '2.2')), False),
    ('substations', QT_TRANSLATE_NOOP('Styles', 'Substations'),
     lambda: OutputStyle(renderer=lambda layer: _marker('diamond', '#6a51a3')), False),
    ('power_lines', QT_TRANSLATE_NOOP('Styles', 'Power lines'),
     lambda: OutputStyle(renderer=lambda layer: QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
         {'line_color': '106,81,163', 'line_width': '0.4', 'line_style': 'dash'}))), False),
    ('roads', QT_TRANSLATE_NOOP('Styles', 'Roads'), lambda: OutputStyle(renderer=lambda layer: roads_renderer()), True),
    ('settlements', QT_TRANSLATE_NOOP('Styles', 'Settlements'),
     lambda: OutputStyle(renderer=lambda layer: outline_renderer('#7f2704', 0.3, '253,208,162,90')), True),
    ('settlement_profiles', QT_TRANSLATE_NOOP('Styles', 'Settlement profiles'), lambda: None, True),
    ('flood_depth', QT_TRANSLATE_NOOP('Styles', 'Flood depth (m)'), lambda: OutputStyle(renderer=flood_renderer),
     True),
    ('landslide_susceptibility', QT_TRANSLATE_NOOP('Styles', 'Landslide susceptibility'),
     lambda: OutputStyle(renderer=landslide_renderer), False),
    ('heat_lst', QT_TRANSLATE_NOOP('Styles', 'Land-surface temperature (°C)'),
     lambda: OutputStyle(renderer=heat_renderer), False),
    ('population', QT_TRANSLATE_NOOP('Styles', 'Population (people per cell)'),
     lambda: OutputStyle(renderer=population_renderer), False),
)
