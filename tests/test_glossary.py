"""The catalogues say what docs/glossary.md says: where a source names one of the plugin's key ideas, its
translation uses the glossary's word for it, in every language.

Field names, layer keys and parameter names (in <b>, <i>, <code>, backticks, CAPITALS or snake_case) stay in
English by the glossary's own rules, so they are left out of the sources before the check."""
import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

GLOSSARY = REPO / 'docs' / 'glossary.md'
TS = REPO / 'resilience_planner' / 'i18n' / 'resilience_planner_{0}.ts'

#: English term (a regular expression over the source) -> {language: the stems its translation must hold,
#: any one of them}. Each stem is checked against the glossary's row too, so the two cannot drift apart.
TERMS = {
    'informal settlement': (r'\bsettlements?\b', {'fr': ['quartier'], 'es': ['asentamiento'], 'pt': ['assentamento']}),
    'hazard': (r'\bhazards?\b', {'fr': ['aléa'], 'es': ['amenaza'], 'pt': ['ameaça']}),
    'vulnerability': (r'\bvulnerability\b', {'fr': ['vulnérabilité'], 'es': ['vulnerabilidad'],
                                             'pt': ['vulnerabilidade']}),
    'action register': (r'\bregisters?\b', {'fr': ['registre'], 'es': ['registro'], 'pt': ['registro']}),
    'ranking / rank': (r'\branking\b', {'fr': ['classement'], 'es': ['clasificación'], 'pt': ['classificação']}),
    'priority / priorities': (r'\bpriorit(y|ies)\b', {'fr': ['priori'], 'es': ['priori'], 'pt': ['priori']}),
    'exposure / exposed': (r'\bexposure\b', {'fr': ['exposition'], 'es': ['exposición'], 'pt': ['exposição']}),
    'beneficiaries': (r'\bbeneficiar(y|ies)\b', {'fr': ['bénéficiaire'], 'es': ['beneficiario'],
                                                 'pt': ['beneficiário']}),
    'weight / weights': (r'\bweights?\b', {'fr': ['poids', 'pond'], 'es': ['peso', 'ponder'],
                                           'pt': ['peso', 'ponder']}),
}
#: Sources whose use of a term is a bare field name or layer key, written without markup (start of the source).
NAMES_ONLY = ('Fill beneficiaries and priority_score',            # the fields beneficiaries, priority_score
              '<p>Fields: action_id (UUID)',                     # the register's field list
              '<li><i>city.gpkg</i> with the layers settlements',  # the sample city's layer keys
              '<p><b>Columns</b>: <i>The register\'s fields</i>')   # CDP-ICLEI Track's column names, in English
LANGUAGES = ('fr', 'es', 'pt')
COLUMN = {'fr': 1, 'es': 2, 'pt': 3}
UNTRANSLATED = re.compile(r'(?:<|&lt;)\w+(?:>|&gt;)_\w+'        # a field named after a key: <hazard>_exposed_share
                          r'|<(b|i|code)>.*?</\1>|`[^`]*`|\{[^}]*\}|\b[A-Z][A-Z_]{2,}\b|\b\w+_\w+\b|"[^"]*"',
                          re.S)


def glossary_rows():
    """{English term: [English, Français, Español, Português]} of the glossary's table."""
    rows = {}
    for line in GLOSSARY.read_text(encoding='utf-8').splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) == 4 and cells[0] not in ('English', '---'):
            rows[cells[0]] = cells
    return rows


def plain(source):
    """The words of ``source`` that are meant to be translated (markup, names and placeholders removed)."""
    return UNTRANSLATED.sub(' ', source)


def test_each_checked_stem_is_the_glossary_s_word():
    rows = glossary_rows()
    assert len(rows) >= 60
    for term, (_, stems) in TERMS.items():
        assert term in rows, term
        for language, words in stems.items():
            assert any(w in rows[term][COLUMN[language]].lower() for w in words), (term, language, rows[term])


@pytest.mark.parametrize('language', LANGUAGES)
def test_the_catalogue_uses_the_glossary_s_words(language):
    root = ET.parse(str(TS).format(language)).getroot()
    checked, drifted = 0, []
    for message in root.iter('message'):
        source, translation = message.findtext('source'), (message.findtext('translation') or '').lower()
        if source.startswith(NAMES_ONLY):
            continue
        words = plain(source)
        for term, (pattern, stems) in TERMS.items():
            if re.search(pattern, words, re.I):
                checked += 1
                if not any(stem in translation for stem in stems[language]):
                    drifted.append((term, source[:90], translation[:90]))
    assert checked > 400
    assert drifted == []


def test_the_check_sees_a_drifted_term_and_ignores_field_names():
    assert re.search(TERMS['hazard'][0], plain('The hazard layer'))
    assert not re.search(TERMS['beneficiaries'][0], plain('Fill <i>beneficiaries</i> and priority_score'))
    assert not re.search(TERMS['informal settlement'][0], plain('the layer settlement_id and "settlements"'))
    assert not re.search(TERMS['hazard'][0], plain("the exposure output's &lt;hazard&gt;_exposed_share"))
    assert re.search(TERMS['hazard'][0], plain('<b>Hazards</b>: the hazard rasters'))
