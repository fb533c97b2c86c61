"""The QGIS-side layer: between the engine (``core``, no Qt, no qgis) and its users (``algorithms``, ``gui``).

Layer sources to engine inputs and back (``layers``), hazard layers and their rules (``hazards``),
names of settlements (``names``), every renderer and the style post-processor (``styles``), the
action register store (``register``) and its editor (``register_editor``), the report's print
layout (``report``) and its content (``report_content``), and what differs between QGIS versions
(``compat``). It depends on ``core`` only; nothing here imports ``algorithms`` or ``gui``.
"""
