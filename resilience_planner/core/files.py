"""What is in a file the user owns, read without changing it."""
import sqlite3


def geopackage_tables(path):
    """The names of the tables a GeoPackage lists (features, attributes, tiles), sorted; [] when it
    cannot be read as one. The file is opened by its path with queries only."""
    try:
        db = sqlite3.connect(path, timeout=2)
        db.execute('PRAGMA query_only = ON')
        try:
            return [row[0] for row in db.execute('SELECT table_name FROM gpkg_contents ORDER BY table_name')]
        finally:
            db.close()
    except sqlite3.Error:
        return []
