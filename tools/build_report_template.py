"""Write resources/templates/resilience_report.qpt, the report's default layout, and project_profile.qpt, the
project profiles', with PyQGIS.

    .venv/bin/python tools/build_report_template.py

Planners restyle a copy in QGIS's layout designer; this script keeps the default reproducible.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
TARGET = os.path.join(ROOT, 'resources', 'templates', 'resilience_report.qpt')
#: The project profiles' default layout (resilienceplanner:projectprofiles).
PROFILE_TARGET = os.path.join(ROOT, 'resources', 'templates', 'project_profile.qpt')


def main():
    from qgis.core import QgsProject

    from resilience_planner.demo import start_qgis
    from resilience_planner.qgis_side.report import build_layout, save_template
    app = start_qgis()  # noqa: F841 (QGIS must outlive the layout)
    layout = build_layout(QgsProject.instance())
    from resilience_planner.qgis_side import profiles
    for target, made in ((TARGET, layout), (PROFILE_TARGET, profiles.build_layout(QgsProject.instance()))):
        if not save_template(made, target):
            print('Could not write {0}'.format(target))
            return 1
        print('Wrote {0}'.format(target))
    return 0


if __name__ == '__main__':
    sys.exit(main())
