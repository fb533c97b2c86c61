"""Resilience Planner: integrated urban resilience planning for QGIS."""


def classFactory(iface):
    """Return the plugin to QGIS; heavy modules are imported only when used."""
    from .plugin import ResiliencePlannerPlugin
    return ResiliencePlannerPlugin(iface)
