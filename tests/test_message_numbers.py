"""Numbers inside translated messages are written as the message's language writes them.

A translated text (``Context.tr``, an algorithm's ``self.tr``, an engine message) fills its placeholders with
``format()``; a number given a format spec there ('{0:,}', '{1:.1%}', '{2:g}') takes the group and decimal
signs of the text's language. The language is the catalogue's own answer to the marked code 'en', so it
follows whichever translation is loaded: QGIS's, or the report's inside ``in_language``."""
import shutil
import sys

import numpy as np
import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / 'tools'))
import i18n

pytestmark = pytest.mark.skipif(shutil.which('lrelease') is None, reason='lrelease is not installed')

NNBSP, NBSP = '\u202f', '\u00a0'


@pytest.fixture(scope='module')
def catalogues(tmp_path_factory):
    folder = tmp_path_factory.mktemp('qm')
    assert len(i18n.compile_all(str(folder))) == 3
    return folder


@pytest.mark.parametrize('code, expected', [
    ('en', '1,234,567 people, 12.5% exposed, 2.5 m, 3.14'),
    ('fr', '1{0}234{0}567 people, 12,5{0}% exposed, 2,5 m, 3,14'.format(NNBSP)),
    ('es', '1.234.567 people, 12,5{0}% exposed, 2,5 m, 3,14'.format(NBSP)),
    ('pt', '1.234.567 people, 12,5% exposed, 2,5 m, 3,14'),
])
def test_a_translated_text_writes_its_numbers_in_its_language(plugin, catalogues, monkeypatch, code, expected):
    from resilience_planner import assets
    from resilience_planner.qgis_side.translation import Context, in_language, text_language
    monkeypatch.setattr(assets, 'I18N', str(catalogues))
    text = Context('Nowhere').tr('{0:,} people, {1:.1%} exposed, {2:g} m, {3:.2f}')
    with in_language(code):
        assert text_language() == code
        assert text.format(np.int64(1234567), 0.125, 2.5, 3.14159) == expected
    # Outside, English QGIS: as Python writes them; text without a spec, and booleans, untouched.
    assert text_language() == 'en'
    assert text.format(1234567, 0.125, 2.5, 3.14159) == '1,234,567 people, 12.5% exposed, 2.5 m, 3.14'
    with in_language(code):
        assert Context('Nowhere').tr('{0} and {1} and {2}').format(1234.5, True, 'a,b.c') == '1234.5 and True and a,b.c'


def test_engine_messages_and_algorithm_texts_follow_qgis_s_language(plugin, catalogues, monkeypatch):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from resilience_planner import assets
    from resilience_planner import plugin as plugin_module
    from resilience_planner.algorithms.provider import ResiliencePlannerProvider
    from resilience_planner.core.errors import QT_TRANSLATE_NOOP, InputError
    from resilience_planner.qgis_side.translation import engine_message
    monkeypatch.setattr(assets, 'I18N', str(catalogues))
    error = InputError(QT_TRANSLATE_NOOP('Engine', '{0}: no value on {1:.1%} of the cells inside the boundary ({2}).'),
                       'flood', 0.125, 'x')
    assert engine_message(error) == 'flood: no value on 12.5% of the cells inside the boundary (x).'
    settings = QgsSettings()
    before = settings.value('locale/userLocale')
    settings.setValue('locale/userLocale', 'fr_FR')
    translator = plugin_module.install_translator()
    try:
        assert translator is not None
        french = engine_message(error)
        assert '12,5{0}%'.format(NNBSP) in french and french != str(error)
        provider = ResiliencePlannerProvider()
        provider.loadAlgorithms()
        algorithm = next(a for a in provider.algorithms() if a.name() == 'serviceaccess')
        line = algorithm.tr('{0:,} of {1:,} road segments are cut by the hazard.').format(1200, 35000)
        assert line.startswith('1{0}200 '.format(NNBSP)) and '35{0}000'.format(NNBSP) in line
        assert line != '1,200 of 35,000 road segments are cut by the hazard.'
    finally:
        QCoreApplication.removeTranslator(translator)
        settings.setValue('locale/userLocale', before)


def test_rules_and_commands_a_user_types_keep_the_dot_in_every_language(plugin, catalogues, monkeypatch, tmp_path):
    """The classed-raster refusal quotes rules to type ("=2.5"): those are written the C way in French too."""
    from resilience_planner import assets
    from resilience_planner.qgis_side.hazards import Hazards
    from resilience_planner.qgis_side.translation import in_language
    monkeypatch.setattr(assets, 'I18N', str(catalogues))
    source = ('Hazard "{0}" is a classed raster ({1}; classes {2}). Counting every value above 0 as exposed '
              'would count every class, so say which classes are exposed, in THRESHOLDS (one rule per hazard, '
              'in order): "={3}" for class {3} only, "={3}|{4}" for two classes, or a comparison such '
              'as "<={3}" or ">={4}" (a plain number means >=).')
    with in_language('fr'):
        text = Hazards.tr(source)
        assert text != source                                   # the French catalogue has it
        filled = text.format('h', 'r', '1, 2', format(2.5, 'g'), format(3.5, 'g'))
    assert '=2.5' in filled and '=2.5|3.5' in filled and '2,5' not in filled


def test_texts_handed_to_qt_are_plain_str_so_views_show_them(plugin, qgis_iface, qtbot):
    """A str subclass returned as a model's data reaches Qt as a Python object and the view shows nothing:
    only texts with a number spec are a Text, and their format() gives a plain str."""
    from qgis.PyQt.QtCore import QAbstractListModel, QAbstractTableModel, Qt
    from qgis.PyQt.QtWidgets import QAbstractItemView

    from resilience_planner.gui.action_editor import ActionEditorDock
    from resilience_planner.gui.priority_explorer import PriorityExplorerDock
    from resilience_planner.qgis_side.translation import Context, Text
    assert type(Context('Nowhere').tr('Title')) is str
    assert type(Context('Nowhere').tr('{0} of {1}')) is str
    assert type(Context('Nowhere').tr('{0:.1f} m')) is Text
    assert type(Context('Nowhere').tr('{0:.1f} m').format(2.0)) is str
    checked = 0
    for dock in (ActionEditorDock(qgis_iface), PriorityExplorerDock(qgis_iface)):
        qtbot.addWidget(dock)
        for view in dock.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or isinstance(model, QAbstractListModel) or not isinstance(model, QAbstractTableModel):
                continue
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                assert header is None or type(header) is str, (type(dock).__name__, column, type(header))
                checked += 1
    assert checked >= 3
