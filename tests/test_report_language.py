"""The report in a chosen language (LANGUAGE): a French catalogue extracted, translated in part and compiled with
the real pylupdate5 and lrelease, the report run through Processing with it, its PDF read back with poppler;
QGIS itself stays English. The number formats of each language against hand-written strings."""
import csv
import datetime
import json
import os
import re
import shutil
import sys
import threading

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from tests.conftest import REPO
from tests.test_report import inputs, page_count, page_images, pdf_text, run_report  # noqa: F401 (fixture)

sys.path.insert(0, str(REPO / 'tools'))
import i18n

needs_tools = pytest.mark.skipif(
    shutil.which('pylupdate5') is None or shutil.which('lrelease') is None or shutil.which('pdftotext') is None,
    reason='pylupdate5, lrelease and pdftotext (make setup installs them)')

NNBSP, NBSP = '\u202f', '\u00a0'

#: A translator's work on the French catalogue: a few strings of each context the report uses, and one of the
#: actions dock (to show that the catalogue never reaches the rest of QGIS).
FRENCH = {
    ('ResilienceReport', 'Resilience priorities'): 'Priorités de résilience',
    ('ResilienceReport', 'Settlement ranking'): 'Classement des quartiers',
    ('ResilienceReport', 'Action plan'): 'Plan d\'action',
    ('ResilienceReport', 'Method and provenance'): 'Méthode et sources',
    ('ResilienceReport', 'Legend'): 'Légende',
    ('ResilienceReport', 'Rank'): 'Rang',
    ('ResilienceReport', 'Main drivers'): 'Facteurs principaux',
    ('ResilienceReport', 'Cost'): 'Coût',
    ('ResilienceReport', 'Finance pipeline'): 'Projets à financer',
    ('ResilienceReport', 'Funding status'): 'Financement',
    ('ResilienceReport', '{0} — {1} · page {2} of {3}'): '{0} — {1} · page {2} sur {3}',
    ('ReportContent', 'yes'): 'oui',
    ('ReportContent', 'no'): 'non',
    ('Register', 'approved'): 'approuvée',
    ('ReportContent', 'High priority, no active action ({0}):'): 'Priorité haute, sans action active ({0}) :',
    ('ReportContent', '{0}. {1} (priority {2})'): '{0}. {1} (priorité {2})',
    ('ReportContent', 'Caveats:'): 'Réserves :',
    ('ReportContent', 'Inputs:'): 'Données :',
    ('ReportPages', 'Informal settlements'): 'Quartiers informels',
    ('ReportPages', 'City boundary'): 'Limite de la ville',
    ('CriterionLabels', 'People'): 'Habitants',
    ('ActionEditor', 'Planned actions'): 'Actions prévues',
}


def plain(text):
    """pdftotext's text with the no-break spaces as spaces and runs of spaces as one."""
    return ' '.join(text.replace(NNBSP, ' ').replace(NBSP, ' ').split())


# --------------------------------------------------------------------------- the formats, by hand

@pytest.mark.parametrize('code, integer, decimal, percent, money, date', [
    ('en', '1,234,567', '1,234.5', '12.5%', 'KES\u00a01,000,000', 'March 12, 2025'),
    ('fr', '1\u202f234\u202f567', '1\u202f234,5', '12,5\u202f%', '1\u202f000\u202f000\u00a0KES', '12 mars 2025'),
    ('es', '1.234.567', '1.234,5', '12,5\u00a0%', '1.000.000\u00a0KES', '12 de marzo de 2025'),
    ('pt', '1.234.567', '1.234,5', '12,5%', 'KES\u00a01.000.000', '12 de março de 2025'),
])
def test_each_language_writes_numbers_amounts_and_dates_its_way(plugin, code, integer, decimal, percent, money, date):
    from resilience_planner.qgis_side.numbers_format import Numbers
    numbers = Numbers(code)
    assert numbers.integer(1234567.4) == integer
    assert numbers.decimal(1234.5, 1) == decimal
    assert numbers.percent(0.125, 1) == percent
    assert numbers.money(1e6, 'KES') == money
    assert numbers.money(None, 'KES') == '' and numbers.integer(float('nan')) == ''
    assert numbers.date(datetime.date(2025, 3, 12)) == date
    assert numbers.range(3, 7) == '3–7'


def test_an_amount_without_currency_is_the_number_alone(plugin):
    from resilience_planner.qgis_side.numbers_format import Numbers
    assert Numbers('fr').money(250000, '') == '250\u202f000'
    assert Numbers('en').money(250000, None) == '250,000'
    assert Numbers('xx').integer(1000) == '1,000'            # not a report language: English


def test_the_report_language_holds_on_its_own_thread_only(plugin):
    """A report written in French on a worker thread leaves the main thread's texts and formats English."""
    from qgis.PyQt.QtCore import QTranslator

    from resilience_planner.qgis_side.numbers_format import current
    from resilience_planner.qgis_side.translation import Context, Language, current_language, in_language
    report = Context('ResilienceReport')
    entered, checked = threading.Event(), threading.Event()
    seen = {}

    class Catalogue(QTranslator):
        def translate(self, context, text, disambiguation=None, n=-1):
            asked = tuple(v.decode('utf-8') if isinstance(v, bytes) else v for v in (context, text))
            return 'Plan d\'action' if asked == ('ResilienceReport', 'Action plan') else ''

    translator = Catalogue()

    def worker():
        with in_language(Language('fr', translator)):
            seen['worker'] = (report.tr('Action plan'), report.tr('Legend'), current().decimal(2.5))
            entered.set()
            checked.wait(10)
        seen['after'] = report.tr('Action plan')

    thread = threading.Thread(target=worker)
    thread.start()
    assert entered.wait(10)
    try:
        assert report.tr('Action plan') == 'Action plan' and current_language() is None
        assert current().decimal(2.5) == '2.5'
    finally:
        checked.set()
        thread.join(10)
    assert seen['worker'] == ('Plan d\'action', 'Legend', '2,5')     # untranslated: English, not QGIS's language
    assert seen['after'] == 'Action plan'


def test_an_unknown_language_is_refused_naming_it_and_the_languages(inputs, tmp_path):  # noqa: F811
    with pytest.raises(QgsProcessingException) as refused:
        run_report(inputs, tmp_path, LANGUAGE='xx')
    message = str(refused.value)
    assert 'The report language "xx" is not available' in message
    assert 'en (English), fr (français), es (español), pt (português)' in message
    assert not (tmp_path / 'report.pdf').exists()
    from resilience_planner.qgis_side.translation import language_code
    assert [language_code(v) for v in ('', 'fr', 'FR', 'fr_FR', 'pt-BR', ' es ')] == ['', 'fr', 'fr', 'fr', 'pt', 'es']


# --------------------------------------------------------------------------- a French catalogue

@pytest.fixture(scope='module')
def french(plugin, tmp_path_factory):
    """The plugin's catalogues extracted into a folder of their own, FRENCH filled in, and compiled: the folder
    holds resilience_planner_fr.qm only (Spanish and Portuguese have no translation, so no .qm)."""
    folder = tmp_path_factory.mktemp('report_ts')
    i18n.extract(str(folder), ('fr', 'es'))
    path = folder / 'resilience_planner_fr.ts'
    assert i18n.fill_pairs(str(path), FRENCH) == set()
    qm = folder / 'qm'
    assert [os.path.basename(p) for p in i18n.compile_all(str(qm), str(folder))] == ['resilience_planner_fr.qm']
    return str(qm)


@pytest.fixture
def catalogues(french, monkeypatch):
    from resilience_planner import assets
    monkeypatch.setattr(assets, 'I18N', french)
    return french


@needs_tools
def test_the_french_report_is_french_and_qgis_stays_english(inputs, catalogues, tmp_path, qgis_iface, qtbot):  # noqa: F811
    from resilience_planner.gui.action_editor import ActionEditorDock
    from resilience_planner.qgis_side.numbers_format import Numbers

    from .conftest import RecordingFeedback
    locale_before = QgsSettings().value('locale/userLocale', '')
    default_locale = QLocale().name()
    feedback = RecordingFeedback()
    result = run_report(inputs, tmp_path, LANGUAGE='fr', feedback=feedback)
    assert result['REPORT_LANGUAGE'] == 'fr'
    assert any('The report is written in français (fr).' in i for i in feedback.infos)   # the log: QGIS's English
    pdf = result['OUTPUT_PDF']
    assert page_count(pdf) == 5
    cover, ranking, plan, pipeline, method = (plain(pdf_text(pdf, page)) for page in (1, 2, 3, 4, 5))
    # The template's static texts, the legend, the footer.
    assert 'Priorités de résilience' in cover and 'Légende' in cover and 'Legend' not in cover
    assert 'Quartiers informels' in cover and 'Limite de la ville' in cover
    assert 'Mto Mkuu · page 1 sur 5' in cover and 'page 5 sur 5' in method
    assert Numbers('fr').date(datetime.date.today()) in cover
    assert 'Classement des quartiers' in ranking and 'Settlement ranking' not in ranking
    assert 'Rang' in ranking and 'Facteurs principaux' in ranking and 'Main drivers' not in ranking
    # Numbers the French way: decimal commas in the priority column, grouped thousands, "40 %" shares.
    assert 'Habitants' in ranking
    assert re.search(r'Habitants \d+ %', ranking), ranking[:600]
    assert re.search(r'\s\d+,\d\s', ranking) and not re.search(r'\s\d+\.\d\s', ranking)
    assert re.search(r'\s\d{1,3}(?: \d{3})+\s', ranking)            # "1 234": thousands grouped by a space
    assert ' oui' in ranking
    assert 'Plan d\'action' in plan and 'Action plan' not in plan
    assert 'Coût' in plan and '250 000 USD' in plan and 'approuvée' in plan
    assert 'Priorité haute, sans action active' in plan and '(priorité ' in plan
    assert re.search(r'\(priorité \d+,\d\)', plan)
    assert 'Projets à financer' in pipeline and 'Financement' in pipeline and 'Finance pipeline' not in pipeline
    assert '250 000 USD' in pipeline and '290 000 USD' in pipeline             # the French way, as the plan
    assert 'Méthode et sources' in method and 'Réserves :' in method and 'Données :' in method
    # QGIS's language is untouched: its locale, the application's translators, a dock built now.
    assert QgsSettings().value('locale/userLocale', '') == locale_before and QLocale().name() == default_locale
    assert QCoreApplication.translate('ResilienceReport', 'Action plan') == 'Action plan'
    dock = ActionEditorDock(qgis_iface)
    qtbot.addWidget(dock)
    assert dock.windowTitle() == 'Planned actions'
    # And the same inputs in English give the English pages, numbers included.
    (tmp_path / 'en').mkdir()
    english = run_report(inputs, tmp_path / 'en', LANGUAGE='en')
    assert english['REPORT_LANGUAGE'] == 'en'
    assert 'USD 250,000' in plain(pdf_text(english['OUTPUT_PDF'], 3))


@needs_tools
def test_a_language_without_compiled_catalogue_is_written_in_english_and_says_so(inputs, catalogues, tmp_path):  # noqa: F811
    from .conftest import RecordingFeedback
    feedback = RecordingFeedback()
    result = run_report(inputs, tmp_path, LANGUAGE='es', feedback=feedback)
    assert result['REPORT_LANGUAGE'] == 'en'
    assert any('The report translation for "es" is not compiled' in w and 'written in English' in w
               for w in feedback.warnings), feedback.warnings
    ranking, plan = plain(pdf_text(result['OUTPUT_PDF'], 2)), plain(pdf_text(result['OUTPUT_PDF'], 3))
    assert 'Settlement ranking' in ranking and 'Action plan' in plan and 'USD 250,000' in plan   # never half


@needs_tools
def test_an_empty_language_follows_qgis(inputs, catalogues, tmp_path):  # noqa: F811
    """LANGUAGE empty: QGIS's locale, here set to French for the run (and put back)."""
    settings = QgsSettings()
    before = settings.value('locale/userLocale', '')
    settings.setValue('locale/userLocale', 'fr_FR')
    try:
        result = run_report(inputs, tmp_path, OUTPUT_PNG=None)
    finally:
        settings.setValue('locale/userLocale', before)
    assert result['REPORT_LANGUAGE'] == 'fr'
    assert 'Classement des quartiers' in plain(pdf_text(result['OUTPUT_PDF'], 2))


# --------------------------------------------------------------------------- the action plan's page

@pytest.mark.skipif(shutil.which('pdftoppm') is None, reason='poppler-utils (make setup installs it)')
def test_a_short_plan_uses_its_page(inputs, tmp_path):  # noqa: F811
    """Two actions: the charts come up under the table and the gaps and grow into the page, no empty half."""
    from qgis.PyQt.QtGui import QImage
    result = run_report(inputs, tmp_path, OUTPUT_PNG=None)
    png = page_images(result['OUTPUT_PDF'], tmp_path, 3, 3, name='plan')[0]
    image = QImage(png)
    # The rows of the page with ink, from below the heading to the footer: no empty band taller than a sixth of
    # the page between them (before, 60 % of the page lay empty between the table and the charts at the foot).
    rows = range(int(image.height() * 0.1), int(image.height() * 0.95), 2)
    inked = [y for y in rows if any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 3))]
    gaps = [b - a for a, b in zip(inked, inked[1:])]
    assert inked and max(gaps) < image.height() / 6, max(gaps)
    assert any(0.4 < y / image.height() < 0.5 for y in inked)   # the charts in the page's middle (it was empty)


# --------------------------------------------------------------------------- the batch

@needs_tools
def test_the_batch_writes_each_city_in_its_language(plugin, catalogues, tmp_path):
    from resilience_planner.core.sample_city import generate
    root = tmp_path / 'cities'
    for name, language in (('Lyon', 'fr'), ('Nowhere', 'xx')):
        folder = root / name
        paths = generate(str(folder), seed=7)
        os.rename(paths['vectors'], str(folder / 'city.gpkg'))
        for key in ('flood_depth', 'heat_lst'):
            os.rename(paths[key], str(folder / 'hazard_{0}.tif'.format(key)))
        os.remove(paths['landslide_susceptibility'])
        (folder / 'city.json').write_text(json.dumps({
            'name': name, 'thresholds': '0.3, 37', 'cell_size': 200, 'language': language,
            'hazard_settings': ['1', 'linear', 0, 1.5, '', 2, '2', 'linear', 33, 40, '', 1]}), encoding='utf-8')
    out = tmp_path / 'out'
    result = processing.run('resilienceplanner:batchcities', {'INPUT_FOLDER': str(root), 'OUTPUT_FOLDER': str(out)})
    assert (result['SUCCEEDED'], result['FAILED']) == (1, 1)
    with open(result['SUMMARY'], encoding='utf-8') as handle:
        rows = {row['city']: row for row in csv.DictReader(handle)}
    assert rows['Lyon']['status'] == 'done' and rows['Lyon']['language'] == 'fr'
    assert rows['Nowhere']['status'] == 'failed' and 'The report language "xx" is not available' in \
        rows['Nowhere']['error'] and 'city.json' in rows['Nowhere']['error']
    report = str(out / 'Lyon' / 'report.pdf')
    assert 'Classement des quartiers' in plain(pdf_text(report, 2))
    assert 'Lyon · page 1 sur' in plain(pdf_text(report, 1))
