"""The translation catalogues as shipped: complete, current, and each translation fit to stand for its source.

A fresh extraction from the code (pylupdate5 and the help paragraphs, into a temporary folder seeded with the
repository's .ts files) must hold the same messages as the repository's catalogues: a string added, changed or
removed in the code without ``make i18n`` fails here, and so does any message left unfinished, empty or
obsolete, or a translation that lost a placeholder or an HTML tag."""
import collections
import json
import shutil
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / 'tools'))
import i18n

LANGUAGES = ('fr', 'es', 'pt')
needs_tools = pytest.mark.skipif(shutil.which('pylupdate5') is None,
                                 reason='pylupdate5 (pyqt5-dev-tools) is not installed')


def keys(path):
    """[(context, source)] of a .ts, with repeats (a repeat would be a message Linguist shows twice)."""
    return [(context.findtext('name'), message.findtext('source'))
            for context in ET.parse(str(path)).getroot().iter('context') for message in context.iter('message')]


def problems(path):
    """What is wrong with the translations of a .ts: [(context, source, why)]."""
    found = []
    for context in ET.parse(str(path)).getroot().iter('context'):
        for message in context.iter('message'):
            key = (context.findtext('name'), message.findtext('source'))
            translation = message.find('translation')
            if translation is None or translation.get('type') in ('obsolete', 'vanished'):
                found.append(key + ('obsolete' if translation is not None else 'no translation',))
            elif translation.get('type') == 'unfinished':
                found.append(key + ('unfinished',))
            elif not (translation.text or '').strip():
                found.append(key + ('empty',))
            else:
                why = i18n.mismatch(key[1], translation.text)
                if why:
                    found.append(key + (why,))
    return found


@pytest.fixture(scope='module')
def fresh(tmp_path_factory):
    """The catalogues extracted again from the code, starting from the repository's."""
    folder = tmp_path_factory.mktemp('fresh')
    for language in LANGUAGES:
        shutil.copy(i18n.ts_path(language), str(folder))
    i18n.extract(str(folder), LANGUAGES)
    return folder


@needs_tools
@pytest.mark.parametrize('language', LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_of_the_code(fresh, language):
    shipped = keys(i18n.ts_path(language))
    assert len(shipped) == len(set(shipped)), [k for k, n in collections.Counter(shipped).items() if n > 1]
    current = set(keys(fresh / 'resilience_planner_{0}.ts'.format(language)))
    missing, stale = sorted(current - set(shipped)), sorted(set(shipped) - current)
    assert not missing, 'run make i18n: {0} string(s) of the code are not in the catalogue, e.g. {1}'.format(
        len(missing), missing[:3])
    assert not stale, 'run make i18n: {0} string(s) of the catalogue are gone from the code, e.g. {1}'.format(
        len(stale), stale[:3])
    assert len(current) > 900


@pytest.mark.parametrize('language', LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders_and_tags(language):
    path = i18n.ts_path(language)
    assert ET.parse(str(path)).getroot().get('language') == language
    wrong = problems(path)
    assert not wrong, '{0} message(s) of {1} are not ready, e.g. {2}'.format(len(wrong), path, wrong[:5])


def test_the_checks_fail_on_each_kind_of_unready_message(tmp_path):
    """problems() is what the test above relies on: each kind of fault is found, a good message is not."""
    path = tmp_path / 'resilience_planner_fr.ts'
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">'
        '<context><name>C</name>'
        '<message><source>Good {0}</source><translation>Bon {0}</translation></message>'
        '<message><source>Open</source><translation type="unfinished">Ouvrir</translation></message>'
        '<message><source>Old</source><translation type="vanished">Vieux</translation></message>'
        '<message><source>Blank</source><translation> </translation></message>'
        '<message><source>Layer "{0}" has {1}</source><translation>La couche "{0}" a</translation></message>'
        '<message><source>&lt;p&gt;One &lt;b&gt;two&lt;/b&gt;&lt;/p&gt;</source>'
        '<translation>&lt;p&gt;Un deux&lt;/p&gt;</translation></message>'
        '<message><source>Warning: </source><translation>Avertissement :</translation></message>'
        '</context></TS>\n', encoding='utf-8')
    found = {source: why for _, source, why in problems(path)}
    assert set(found) == {'Open', 'Old', 'Blank', 'Layer "{0}" has {1}', '<p>One <b>two</b></p>', 'Warning: '}
    assert found['Warning: '] == 'a space at the end in the source but not in the translation'
    assert found['Open'] == 'unfinished' and found['Old'] == 'obsolete' and found['Blank'] == 'empty'
    assert found['Layer "{0}" has {1}'].startswith("placeholders ['{0}', '{1}']")
    assert found['<p>One <b>two</b></p>'].startswith('HTML tags')


def test_todo_and_fill_carry_translations_through_json_and_refuse_a_lost_placeholder(tmp_path):
    path = tmp_path / 'resilience_planner_es.ts'
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
        '<context><name>A</name>'
        '<message><source>Save</source><translation type="unfinished"/></message>'
        '<message><source>Done</source><translation>Hecho</translation></message>'
        '</context><context><name>B</name>'
        '<message><source>{0} settlements</source><translation type="unfinished"/></message>'
        '<message><source>Moved</source><translation type="unfinished"/></message>'
        '</context></TS>\n', encoding='utf-8')
    rows = i18n.todo(str(path))
    assert [(r['context'], r['source']) for r in rows] == [('A', 'Save'), ('B', '{0} settlements'), ('B', 'Moved')]
    answers = {'Save': 'Guardar', '{0} settlements': 'asentamientos', 'Moved': 'Movido'}
    for row in rows:
        row['translation'] = answers[row['source']]
    rows[2]['context'] = 'Elsewhere'        # the code moved the string to another context since
    rows.append({'context': 'A', 'source': 'Not in the code', 'translation': 'No'})
    json_path = tmp_path / 'es.json'
    json_path.write_text(json.dumps(rows, ensure_ascii=False), encoding='utf-8')
    filled, refused, unknown = i18n.fill(str(path), json.loads(json_path.read_text(encoding='utf-8')))
    assert filled == 2
    assert [(row['source'], why.split(' in the source')[0]) for row, why in refused] == [
        ('{0} settlements', "placeholders ['{0}']")]
    assert [row['source'] for row in unknown] == ['Not in the code']
    assert [(r['context'], r['source']) for r in i18n.todo(str(path))] == [('B', '{0} settlements')]
    translations = {m.findtext('source'): m.find('translation') for m in ET.parse(str(path)).getroot().iter('message')}
    assert translations['Save'].text == 'Guardar' and translations['Save'].get('type') is None
    assert translations['Moved'].text == 'Movido' and translations['Done'].text == 'Hecho'
    assert ET.parse(str(path)).getroot().get('language') == 'es'


#: The priority legend's stops, drawn in a legend of fixed width on the report's first page (QGIS 3.22's
#: legend does not wrap by width): a translation longer than the longest English one runs past the frame.
LEGEND_STOPS = ('{0} – lowest here (0 = no criterion scores)', '{0} (half of the cells below)',
                '{0} (three quarters below)', '{0} (nine tenths below)',
                '{0} – highest here (100 = every criterion high)')


@pytest.mark.parametrize('language', LANGUAGES)
def test_the_priority_legend_s_labels_fit_where_the_english_ones_do(language):
    widest = max(len(s) for s in LEGEND_STOPS)
    found = {}
    for context in ET.parse(str(i18n.ts_path(language))).getroot().iter('context'):
        if context.findtext('name') == 'Styles':
            for message in context.iter('message'):
                if message.findtext('source') in LEGEND_STOPS:
                    found[message.findtext('source')] = message.findtext('translation') or ''
    assert set(found) == set(LEGEND_STOPS)
    assert {s: t for s, t in found.items() if len(t) > widest} == {}
