"""What differs between the QGIS releases the plugin runs on (3.22 to 4.x), kept in one place.

QGIS 3.38 moved field types from ``QVariant.Type`` to ``QMetaType.Type`` (``QgsField(name,
QVariant.Double)`` is deprecated there, and Qt6 has no ``QVariant.Type`` at all); QGIS 3.34
replaced ``QgsRectangle.setMinimal`` by ``setNull``; 3.44 deprecates ``saveStyleToDatabase``.
Code asks this module instead of testing versions itself.
"""
from qgis.core import Qgis, QgsProcessingParameterDefinition, QgsRectangle
from qgis.PyQt.QtCore import QMetaType, QVariant

#: QgsField takes (and QgsField.type() returns) a QMetaType.Type from QGIS 3.38 on.
META_TYPED_FIELDS = Qgis.versionInt() >= 33800


class FieldType:
    """Field types in the form the running QGIS expects: ``QgsField(name, FieldType.Double)``."""
    if META_TYPED_FIELDS:
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
    else:
        String = QVariant.String
        Int = QVariant.Int
        LongLong = QVariant.LongLong
        Double = QVariant.Double
        Date = QVariant.Date
        DateTime = QVariant.DateTime


#: The flag that puts a Processing parameter under "Advanced parameters". QGIS 3.36 moved parameter
#: flags to Qgis.ProcessingParameterFlag; 3.22 to 3.44 also accept QgsProcessingParameterDefinition.Flag.
ADVANCED_PARAMETER = (Qgis.ProcessingParameterFlag.Advanced if hasattr(Qgis, 'ProcessingParameterFlag')
                      else QgsProcessingParameterDefinition.Flag.FlagAdvanced)


def mark_advanced(algorithm, names):
    """Put the algorithm's parameters ``names`` under "Advanced parameters" (after initAlgorithm added them)."""
    for name in names:
        parameter = algorithm.parameterDefinition(name)
        parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)

def save_default_style(layer, name, description):
    """Store the layer's style in its database as the default; returns QGIS's error message, or ''.

    QGIS 3.44 deprecates saveStyleToDatabase for saveStyleToDatabaseV2, which 3.22 lacks."""
    if hasattr(layer, 'saveStyleToDatabaseV2'):
        _, message = layer.saveStyleToDatabaseV2(name, description, True, '')
        return message
    return layer.saveStyleToDatabase(name, description, True, '')


def empty_extent():
    """A rectangle that any combineExtentWith() replaces (null from 3.34, "minimal" before)."""
    extent = QgsRectangle()
    if hasattr(extent, 'setNull'):
        extent.setNull()
    else:
        extent.setMinimal()
    return extent
