"""The translation pipeline: make i18n's extraction, lrelease, the plugin's translator, the package's .qm.

The extraction runs the real pylupdate5 into a temporary folder (the repository's .ts files are not
touched); a string is then translated there, compiled with the real lrelease and installed the way the
plugin installs its translation, and real widgets are built under it."""
import ast
import importlib
import inspect
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / 'tools'))
import i18n

pytestmark = pytest.mark.skipif(shutil.which('pylupdate5') is None or shutil.which('lrelease') is None,
                                reason='pylupdate5 (pyqt5-dev-tools) or lrelease (qttools5-dev-tools) is not installed')

#: The modules whose strings went to @default before they had a Context, the name of that Context, and three
#: strings each of them shows.
MODULES = {
    'resilience_planner.gui.action_editor': ('ActionEditor', ['Planned actions', 'No register open.', 'Clear filters']),
    'resilience_planner.gui.vulnerability_dialog': ('Vulnerability', [
        'Vulnerability indicators', 'Direction', 'Leave the score NULL']),
    'resilience_planner.gui.priority_explorer': ('PriorityExplorer', ['Settlement', 'Save weights', 'Main driver']),
    'resilience_planner.qgis_side.report_content': ('ReportContent', ['Inputs:', 'not recorded', 'yes']),
    'resilience_planner.gui.hazard_settings': ('HazardSettings', ['Linear', 'Step', 'Classes']),
    'resilience_planner.qgis_side.register_editor': ('Register', [
        'cannot be edited here', 'No action was added: the settlement key(s) {0} in "{1}" hold a comma or a '
        'semicolon, which separate keys in the settlements served. Choose a key field without them.',
        'Nothing was changed: the register "{0}" has no field "{1}" (value "{2}").']),
    'resilience_planner.qgis_side.names': ('CriterionLabels', ['People', 'Vulnerability', 'Access to {0}']),
}
#: Modules given a Context of their own so that their strings left @default (or, passed a ``tr``, were looked up
#: in a context they were never extracted under): (module, the Context's name, three strings it shows).
CONTEXTS = [
    ('resilience_planner.qgis_side.styles', 'Styles', ['Not ranked (no data)', 'Primary road', '0 m (dry)']),
    ('resilience_planner.qgis_side.hazards', 'Hazards', ['none', 'Doubts about the hazards (Resilience Planner):',
                                                         'Hazard "{0}": exposed where {1}.']),
    ('resilience_planner.qgis_side.layers', 'Layers', ['"{0}" is not a valid raster layer.', '{0} and {1} more',
                                                       'Input field "{0}" is replaced by the new field of the same '
                                                       'name.']),
    ('resilience_planner.algorithms.base', 'AlgorithmBase', ['polygons', 'points', 'lines']),
    ('resilience_planner.qgis_side.register', 'Register', ['new action', 'Planned actions', 'unknown error']),
    ('resilience_planner.qgis_side.layer_roles', 'LayerRoles', ['joined to its profiles',
                                                                'the newest settlements layer',
                                                                'no settlements layer in the project']),
    ('resilience_planner.qgis_side.names', 'NameFields', ['its name', 'chosen', 'no name field or key was found']),
    ('resilience_planner.qgis_side.weights', 'Weights', ['the cell size', 'the population bound',
                                                         'the access bounds']),
    ('resilience_planner.gui.action_history', 'ActionHistory', ['Restore this state', 'Target area', 'In this entry']),
    ('resilience_planner.dependencies', 'Dependencies', [
        'On Debian or Ubuntu: sudo apt install python3-rasterio python3-fiona, then restart QGIS.']),
]
FRENCH = {('ActionEditor', 'Planned actions'): 'Actions prévues',
          ('ActionEditor', 'No register open.'): 'Aucun registre ouvert.',
          ('Vulnerability', 'Vulnerability indicators'): 'Indicateurs de vulnérabilité',
          ('Vulnerability', 'Leave the score NULL'): 'Laisser le score à NULL',
          ('Vulnerability', '◀ 9 extremely'): '◀ 9 extrêmement',
          ('Vulnerability', '"{a}" is strongly more important than "{b}"'): '« {a} » est nettement plus important que '
                                                                             '« {b} »',
          ('Styles', '1 Very low'): '1 Très faible', ('Styles', 'Not ranked (no data)'): 'Non classé (sans données)',
          ('Layers', '{0} and {1} more'): '{0} et {1} de plus',
          ('Register', 'Title'): 'Intitulé'}


def messages(path):
    """{context: {source: translation element}} of a .ts file."""
    found = {}
    for context in ET.parse(str(path)).getroot().iter('context'):
        found.setdefault(context.findtext('name'), {}).update(
            (m.findtext('source'), m.find('translation')) for m in context.iter('message'))
    return found


#: Calls on a variable, which no extractor can see: none (a table of texts is marked with QT_TRANSLATE_NOOP and
#: its chosen text translated with ``Context.marked``).
NOT_LITERAL = set()


def marked_literals(module):
    """[(context, text)] of the ``QT_TRANSLATE_NOOP('context', 'text')`` calls in ``module``'s source."""
    found = []
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.Call) and getattr(node.func, 'id', getattr(node.func, 'attr', None)) == \
                'QT_TRANSLATE_NOOP':
            assert all(isinstance(a, ast.Constant) for a in node.args), ast.unparse(node)
            found.append((node.args[0].value, node.args[1].value))
    return found


def context_calls(module, name):
    """The literal texts of the ``<name>.tr('…')`` calls in ``module``'s source, and the variables of the
    others."""
    texts, variables = [], set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == 'tr'
                and isinstance(node.func.value, ast.Name) and node.func.value.id == name):
            if isinstance(node.args[0], ast.Constant):
                texts.append(node.args[0].value)
            else:
                variables.add((module.__name__, ast.unparse(node.args[0])))
    return texts, variables


@pytest.fixture(scope='module')
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp('ts')
    paths = i18n.extract(str(folder), ('fr', 'es'))
    return folder, paths


@pytest.fixture(scope='module')
def translated(extracted):
    """The extracted French catalogue with FRENCH filled in, as a translator would in Linguist."""
    folder, _ = extracted
    path = folder / 'resilience_planner_fr.ts'
    assert i18n.fill_pairs(str(path), FRENCH) == set()
    return folder


def test_every_string_of_the_modules_is_extracted_under_the_context_it_is_looked_up_in(plugin, extracted):
    folder, paths = extracted
    assert [p.split('/')[-1] for p in paths] == ['resilience_planner_fr.ts', 'resilience_planner_es.ts']
    found = messages(folder / 'resilience_planner_fr.ts')
    not_literal = set()
    lost = {location.get('filename').split('resilience_planner/')[-1]      # modules with strings in @default
            for context in ET.parse(str(folder / 'resilience_planner_fr.ts')).getroot().iter('context')
            if context.findtext('name') == '@default' for location in context.iter('location')}
    assert lost == set() and '@default' not in found       # no string of the plugin lands in @default
    for module_name, name, known in [(m, n, k) for m, (n, k) in MODULES.items()] + CONTEXTS:
        module = importlib.import_module(module_name)
        assert getattr(module, name).name == name      # the context the code passes is the name pylupdate5 sees
        for text in known:
            assert text in found[name], (name, text)
        texts, variables = context_calls(module, name)
        not_literal |= variables
        assert len(texts) >= 3
        assert not set(texts) - set(found[name]), (name, set(texts) - set(found[name]))
        assert inspect.getsourcefile(module).replace('\\', '/').split('/resilience_planner/')[-1] not in lost, name
    assert not_literal == NOT_LITERAL
    # The tables marked with QT_TRANSLATE_NOOP: each text extracted under its context, as the code writes it
    # (pylupdate5 reads a \\u escape or a \\' its own way: the text looked up would not be the one extracted).
    tables = 0
    for module_name in ['resilience_planner.qgis_side.styles', 'resilience_planner.gui.vulnerability_dialog',
                        'resilience_planner.qgis_side.register', 'resilience_planner.dependencies']:
        marked = marked_literals(importlib.import_module(module_name))
        assert len(marked) >= 4, module_name
        tables += len(marked)
        for context, text in marked:
            assert text in found.get(context, {}), (module_name, context, text)
    assert tables >= 60
    # The sizes of the contexts: a context half lost would show here.
    assert len(found['ActionEditor']) >= 100 and len(found['Vulnerability']) >= 60
    assert len(found['PriorityExplorer']) >= 45 and len(found['ReportContent']) >= 30


def test_the_help_paragraphs_are_in_the_same_catalogue_and_a_translation_survives_a_new_extraction(
        plugin, extracted, tmp_path):
    from resilience_planner.assets import help_context, help_paragraphs
    folder, _ = extracted
    found = messages(folder / 'resilience_planner_es.ts')
    first = help_paragraphs('settlementexposure')[0]
    assert first in found[help_context('settlementexposure')]
    assert 'Settlement hazard exposure' in found['SettlementExposureAlgorithm']
    assert ET.parse(str(folder / 'resilience_planner_es.ts')).getroot().get('language') == 'es'
    # Translate one code string and one help paragraph, extract again: both kept, finished.
    shutil.copy(str(folder / 'resilience_planner_es.ts'), str(tmp_path / 'resilience_planner_es.ts'))
    path = tmp_path / 'resilience_planner_es.ts'
    tree = ET.parse(str(path))
    wanted = {('ActionEditor', 'Planned actions'): 'Acciones previstas',
              (help_context('settlementexposure'), first): '<p>Para cada asentamiento informal…</p>'}
    for context in tree.getroot().iter('context'):
        for message in context.iter('message'):
            key = (context.findtext('name'), message.findtext('source'))
            if key in wanted:
                message.find('translation').text = wanted[key]
                message.find('translation').attrib.pop('type', None)
    tree.write(str(path), encoding='utf-8', xml_declaration=True)
    i18n.extract(str(tmp_path), ('es',))
    again = messages(path)
    for (context, source), text in wanted.items():
        translation = again[context][source]
        assert translation.text == text and translation.get('type') is None, (context, source)
    # pylupdate5 offers the same text's translation to its other contexts, unfinished, for a translator to confirm.
    offered = [(c, s) for c, m in again.items() for s, t in m.items() if t.text and (c, s) not in wanted]
    assert offered and all(s == 'Planned actions' and again[c][s].get('type') == 'unfinished' for c, s in offered)
    assert i18n.translated(str(path)) == 2 + len(offered)
    assert sum(i18n.stats(str(path)).values()) == sum(len(m) for m in found.values())


def test_a_translated_string_shows_in_the_actions_dock_and_the_vulnerability_dialog(
        plugin, qgis_iface, qtbot, translated, tmp_path, monkeypatch):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from resilience_planner import assets
    from resilience_planner import plugin as plugin_module
    from resilience_planner.gui.action_editor import ActionEditorDock
    from resilience_planner.gui.vulnerability_dialog import VulnerabilityDialog
    written = i18n.compile_all(str(tmp_path), str(translated))
    assert [w.split('/')[-1] for w in written] == ['resilience_planner_fr.qm']   # es has no translation
    monkeypatch.setattr(assets, 'I18N', str(tmp_path))
    settings = QgsSettings()
    before = settings.value('locale/userLocale', '')
    settings.setValue('locale/userLocale', 'fr_FR')
    translator = None
    try:
        assert plugin_module.translation_path('fr_FR') == str(tmp_path / 'resilience_planner_fr.qm')
        assert plugin_module.translation_path('es') is None
        translator = plugin_module.install_translator()
        assert translator is not None
        dock = ActionEditorDock(qgis_iface)
        qtbot.addWidget(dock)
        dialog = VulnerabilityDialog(qgis_iface)
        qtbot.addWidget(dialog)
        assert dock.windowTitle() == 'Actions prévues'
        assert dock.register_label.text() == 'Aucun registre ouvert.'
        assert dock.clear_button.toolTip().startswith('Show every action')      # not translated: as written
        assert dialog.windowTitle() == 'Indicateurs de vulnérabilité'
        assert dialog.missing.itemText(2) == 'Laisser le score à NULL'
        assert dialog.missing.itemText(1) == 'Fill with the median'
        # Texts of a table marked with QT_TRANSLATE_NOOP, translated when one is chosen; a module's own Context.
        from resilience_planner.gui.vulnerability_dialog import SAATY, SAATY_SENTENCES, Vulnerability
        from resilience_planner.qgis_side.layers import listing
        from resilience_planner.qgis_side.register import field_label
        from resilience_planner.qgis_side.styles import class_labels, ranking_renderer
        assert Vulnerability.marked(SAATY[0][1]) == '◀ 9 extrêmement'
        assert Vulnerability.marked(SAATY_SENTENCES[5]).format(a='eau', b='santé') == \
            '« eau » est nettement plus important que « santé »'
        assert class_labels()[0] == '1 Très faible' and class_labels()[1] == '2 Low'
        assert [item.label() for item in ranking_renderer().legendSymbolItems()][-1] == 'Non classé (sans données)'
        assert listing(range(12)) == '0, 1, 2, 3, 4, 5, 6, 7, 8, 9 et 2 de plus'
        assert field_label('title') == 'Intitulé' and dock.model.headers[0] == 'Intitulé'
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        settings.setValue('locale/userLocale', before)
    assert ActionEditorDock(qgis_iface).windowTitle() == 'Planned actions'


def test_the_package_ships_a_qm_for_each_translated_catalogue_and_no_ts(plugin, translated, tmp_path):
    from qgis.PyQt.QtCore import QTranslator
    build = tmp_path / 'build'
    subprocess.run(['make', '-s', 'package', 'BUILD={0}'.format(build), 'I18N_TS={0}'.format(translated)],
                   cwd=str(REPO), check=True, capture_output=True)
    with zipfile.ZipFile(str(build / 'resilience_planner.zip')) as archive:
        names = archive.namelist()
        archive.extract('resilience_planner/i18n/resilience_planner_fr.qm', str(tmp_path))
    shipped = sorted(n for n in names if n.startswith('resilience_planner/i18n/') and not n.endswith('/'))
    assert shipped == ['resilience_planner/i18n/README.md', 'resilience_planner/i18n/resilience_planner_fr.qm']
    translator = QTranslator()
    assert translator.load(str(tmp_path / 'resilience_planner' / 'i18n' / 'resilience_planner_fr.qm'))
    assert translator.translate('ActionEditor', 'Planned actions') == 'Actions prévues'
    assert translator.translate('ActionEditor', 'Clear filters') == ''
    sys.path.insert(0, str(REPO / 'tools'))
    import package_check
    errors, _ = package_check.check(str(build / 'resilience_planner.zip'), ts_dir=str(translated))
    assert errors == []
    # The same zip, judged against catalogues that also translate Spanish: the missing .qm is named.
    es = translated / 'resilience_planner_es.ts'
    original = es.read_bytes()
    try:
        es.write_text(original.decode('utf-8').replace(
            '<source>Planned actions</source>\n            <translation type="unfinished" />',
            '<source>Planned actions</source>\n            <translation>Acciones previstas</translation>', 1),
            encoding='utf-8')
        assert i18n.translated(str(es)) == 1
        errors, _ = package_check.check(str(build / 'resilience_planner.zip'), ts_dir=str(translated))
    finally:
        es.write_bytes(original)
    assert errors == ['resilience_planner_es.ts holds 1 translation(s) but the zip has no '
                      'resilience_planner/i18n/resilience_planner_es.qm: build it with make package']
