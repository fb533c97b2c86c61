"""`make demo`'s job, run in-process: every analysis on the sample city, with the printed summary."""
import io
import re

from qgis.core import QgsRasterLayer, QgsVectorLayer


def test_demo_prints_the_top_ten_priorities_with_drivers(plugin, tmp_path):
    from resilience_planner import demo
    out = io.StringIO()
    folder = tmp_path / 'build' / 'demo'          # as make demo on a fresh clone: no build/ yet
    demo.run(str(folder), out=out)
    text = out.getvalue()
    block = text[text.index('Ten highest-priority settlements:'):].splitlines()
    rows = [line for line in block[2:12] if re.match(r'^\d+\s+S\d\d ', line)]
    assert len(rows) == 10
    assert all(re.search(r'(flood_depth|population|vulnerability|access|heat_lst|landslide_susceptibility) \d+%',
                         row) for row in rows)
    ranking = QgsVectorLayer(str(folder / 'priority_ranking.gpkg'), 'ranking', 'ogr')
    top = min(ranking.getFeatures(), key=lambda f: f['priority_rank'])
    assert rows[0].split()[1] == top['settlement_id']
    assert QgsRasterLayer(str(folder / 'priority.tif'), 'priority').isValid()
    assert 'people live in high-priority cells' in text and 'Note: flood depth: no value on' in text
    assert 'Action plan (example): 4 active actions' in text
    assert (folder / 'resilience_report.pdf').stat().st_size > 10000 and (folder / 'resilience_map.png').exists()
    # The report's energy page is the demo's energy plan's.
    from tests.test_report import pdf_text
    page = next(p for p in pdf_text(str(folder / 'resilience_report.pdf')).split('\f') if 'Energy plan' in p)
    plan = QgsVectorLayer(str(folder / 'energy_access.gpkg'), 'energy', 'ogr')
    total = sum(f['capex'] for f in plan.getFeatures() if f['capex'] is not None and str(f['capex']) != 'NULL')
    assert '{0:,.0f}'.format(total) in next(line for line in page.splitlines() if line.strip().startswith('City-wide'))
