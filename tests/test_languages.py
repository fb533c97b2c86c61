"""QGIS in French, Spanish or Portuguese: the plugin reads in that language, from the shipped catalogues.

The repository's catalogues are compiled with the real lrelease and loaded the way the plugin loads them,
with QGIS's locale overridden (``locale/overrideFlag``, ``locale/userLocale``) as a user does in
Settings > Options > General. Expected texts come from the catalogues themselves (so a retranslation does
not break the test) and a few are written out by hand from docs/glossary.md (so a catalogue that drifts
from the glossary does)."""
import shutil
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO
from tests.test_report import inputs  # noqa: F401 (fixture)

sys.path.insert(0, str(REPO / 'tools'))
import i18n

pytestmark = pytest.mark.skipif(shutil.which('lrelease') is None,
                                reason='lrelease (qttools5-dev-tools) is not installed')

#: The locale a user sets for each language (pt_BR falls back to the plugin's pt), and texts written out
#: from the glossary: the actions dock's title, the vulnerability dialog's, and the word for settlement.
LOCALES = {
    'fr': ('fr_FR', 'Actions prévues', 'Indicateurs de vulnérabilité', 'quartier'),
    'es': ('es_ES', 'Acciones previstas', 'Indicadores de vulnerabilidad', 'asentamiento'),
    'pt': ('pt_BR', 'Ações previstas', 'Indicadores de vulnerabilidade', 'assentamento'),
}


def catalogue(language):
    """{(context, source): translation} of the repository's catalogue for ``language``."""
    found = {}
    for context in ET.parse(i18n.ts_path(language)).getroot().iter('context'):
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') is None and translation.text:
                found[(context.findtext('name'), message.findtext('source'))] = translation.text
    return found


@pytest.fixture(scope='module')
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp('qm')
    written = i18n.compile_all(str(folder))
    assert sorted(p.split('/')[-1] for p in written) == [
        'resilience_planner_es.qm', 'resilience_planner_fr.qm', 'resilience_planner_pt.qm']
    return folder


@pytest.fixture(params=sorted(LOCALES))
def language(request, plugin, compiled, monkeypatch):
    """QGIS's locale overridden to one language, the plugin's translator installed for it; undone after."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from resilience_planner import assets
    from resilience_planner import plugin as plugin_module
    code = request.param
    monkeypatch.setattr(assets, 'I18N', str(compiled))
    settings = QgsSettings()
    before = {key: settings.value(key) for key in ('locale/overrideFlag', 'locale/userLocale')}
    settings.setValue('locale/overrideFlag', True)
    settings.setValue('locale/userLocale', LOCALES[code][0])
    translator = plugin_module.install_translator()
    try:
        assert translator is not None, code
        yield code
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def visible_texts(widget):
    """Every text a person reads in ``widget`` and its children: titles, labels, buttons, tooltips, headers,
    combo box items, tab names."""
    from qgis.PyQt.QtCore import QAbstractListModel, Qt
    from qgis.PyQt.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QTabWidget
    texts = [widget.windowTitle()]
    for child in [widget] + widget.findChildren(object):
        if hasattr(child, 'toolTip'):
            texts.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None \
                and not isinstance(child.model(), QAbstractListModel):
            model = child.model()
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or '') for i in range(model.columnCount())]
    return [t for t in texts if t and t.strip()]


def untranslated(texts, language):
    """The texts that are an English source of the catalogue shown as written although the catalogue
    translates them differently: strings that escaped translation at run time."""
    table = catalogue(language)
    english = {source for (_, source), text in table.items() if text != source}
    return sorted({t for t in texts if t in english})


def test_algorithm_names_groups_and_help_follow_qgis_s_language(language):
    from qgis.core import QgsProcessingModelAlgorithm

    from resilience_planner.algorithms.provider import ResiliencePlannerProvider, model_id
    from resilience_planner.assets import help_context, help_paragraphs, model_context, model_paths, model_texts
    table = catalogue(language)
    provider = ResiliencePlannerProvider()
    provider.loadAlgorithms()
    algorithms = provider.algorithms()
    assert len(algorithms) >= 14
    for algorithm in algorithms:
        context = algorithm.__class__.__name__
        name = algorithm.displayName()
        english = [source for (c, source), text in table.items() if c in (context, 'ResiliencePlannerProvider')
                   and text == name]
        assert english, (language, context, name)                 # the name shown is the catalogue's translation
        assert name != english[0] or name.isupper(), (language, name)
        help_text = algorithm.shortHelpString()
        if isinstance(algorithm, QgsProcessingModelAlgorithm):        # a shipped model: its file's texts
            path = next(p for p in model_paths() if model_id(p) == algorithm.name())
            first = model_texts(path)[0]
            translated = table[(model_context(path), first)]
            assert translated in help_text and first not in help_text, (language, algorithm.name())
            assert all(d.description() != source for d in algorithm.parameterDefinitions()
                       for source in model_texts(path) if (model_context(path), source) in table
                       and table[(model_context(path), source)] != source)
            continue
        first = help_paragraphs(algorithm.name())[0]
        # (a paragraph may hold values the help fills in, such as the schema version: compare up to them)
        assert table[(help_context(algorithm.name()), first)].split('{')[0] in help_text, (language, algorithm.name())
        assert first.split('{')[0] not in help_text
    word = LOCALES[language][3]
    assert any(word in a.displayName().lower() or word in a.shortHelpString().lower() for a in algorithms)


def test_the_actions_dock_and_the_vulnerability_dialog_read_in_the_language(language, qgis_iface, qtbot):
    from resilience_planner.gui.action_editor import ActionEditorDock
    from resilience_planner.gui.priority_explorer import PriorityExplorerDock
    from resilience_planner.gui.vulnerability_dialog import VulnerabilityDialog
    dock = ActionEditorDock(qgis_iface)
    qtbot.addWidget(dock)
    dialog = VulnerabilityDialog(qgis_iface)
    qtbot.addWidget(dialog)
    explorer = PriorityExplorerDock(qgis_iface)
    qtbot.addWidget(explorer)
    assert dock.windowTitle() == LOCALES[language][1]
    assert dialog.windowTitle() == LOCALES[language][2]
    for widget in (dock, dialog, explorer):
        texts = visible_texts(widget)
        assert len(texts) >= 8, (widget, texts)
        assert untranslated(texts, language) == [], (language, type(widget).__name__)


#: An engine message with its arguments, and what the whole message must read in each language.
ENGINE_CURRENCY = {'fr': 'un code ISO 4217 à trois lettres', 'es': 'un código ISO 4217 de tres letras',
                   'pt': 'um código ISO 4217 de três letras'}


def test_engine_errors_read_in_the_language_with_their_words_translated_too(language):
    """A Processing error raised by the engine, and a register rule's message whose arguments are engine
    words ('a three-letter ISO 4217 code', 'USD, KES or IDR'): no English left in them."""
    from qgis import processing
    from qgis.core import QgsProcessingException

    from resilience_planner.core.actions.rules import RULES
    from resilience_planner.qgis_side.translation import engine_message
    table = catalogue(language)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run('resilienceplanner:ahpweights', {'FIELDS': 'income,water', 'MATRIX': 'dix',
                                                        'OUTPUT': 'TEMPORARY_OUTPUT'})
    text = str(raised.value)
    # The error is the catalogue's translation of one engine template, filled with the value given.
    def filled(template):
        try:
            return template.format('dix')
        except (IndexError, KeyError, ValueError):       # a template of more arguments
            return None
    matches = [s for (c, s), t in table.items() if c == 'Engine' and filled(t) == text]
    assert len(matches) == 1 and matches[0].format('dix') != text, text
    rule = next(r for r in RULES if r.field == 'currency' and r.kind == 'code')
    message = engine_message(rule.problem({'currency': 'usd1'}).message)
    assert ENGINE_CURRENCY[language] in message, message
    assert 'three-letter' not in message and ' or ' not in message



#: The report's headings in each language, written out from the catalogues' glossary terms.
REPORT_WORDS = {'fr': ('Priorités de résilience', 'Classement des quartiers'),
                'es': ('Prioridades de resiliencia', 'Clasificación de los asentamientos'),
                'pt': ('Prioridades de resiliência', 'Classificação dos assentamentos')}


def test_the_report_pdf_reads_in_qgis_s_language(language, inputs, tmp_path):  # noqa: F811
    """The report with LANGUAGE left empty follows QGIS's language: its pages' text (pdftotext) holds the
    catalogue's headings and none of the English ones, with numbers written the language's way."""
    import re

    from tests.test_report import pdf_text, run_report
    result = run_report(inputs, tmp_path, OUTPUT_PNG=None)
    assert result['REPORT_LANGUAGE'] == language
    text = ' '.join(pdf_text(result['OUTPUT_PDF'], page) for page in (1, 2))
    title, ranking = REPORT_WORDS[language]
    assert title in text and ranking in text
    assert 'Settlement ranking' not in text and 'Resilience priorities' not in text
    assert re.search(r'\b\d{1,3},\d\b', text)                 # a priority such as 68,1
    assert not re.search(r'\b\d{1,3}\.\d\b', text)           # and none written 68.1
