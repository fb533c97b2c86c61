"""Resilience Planner: integrated urban resilience planning for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Return the plugin to QGIS; heavy modules are imported only when used."""
    from .plugin import ResiliencePlannerPlugin
    return ResiliencePlannerPlugin(iface)
