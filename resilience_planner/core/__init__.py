"""The Resilience Planner engine: numpy, rasterio and fiona only, no Qt and no QGIS."""
