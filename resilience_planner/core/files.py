"""What is in a file the user owns, read without changing it."""
import sqlite3

#: Tables a GeoPackage lists in gpkg_contents that hold no layer of the user's: QGIS's saved styles
#: (``layer_styles``, written when a style is saved into the file as a layer's default).
NOT_LAYERS = ('layer_styles',)


def geopackage_tables(path):
    """The names of the layers a GeoPackage lists (features, attributes, tiles), sorted; [] when it
    cannot be read as one. QGIS's table of saved styles is not a layer and is left out, so that an
    output saved with its style is still a GeoPackage of one layer. The file is opened by its path
    with queries only."""
    try:
        db = sqlite3.connect(path, timeout=2)
        db.execute('PRAGMA query_only = ON')
        try:
            return [row[0] for row in db.execute('SELECT table_name FROM gpkg_contents ORDER BY table_name')
                    if row[0].lower() not in NOT_LAYERS]
        finally:
            db.close()
    except sqlite3.Error:
        return []
